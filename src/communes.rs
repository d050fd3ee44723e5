//! The communes, wards, townships and special zones of `data/communes.tsv`: names read as a
//! place right after their unit word where no capital marks them ("công an xã chiềng
//! khoong"). They are kept apart from the dictionary's places, as a set of keys looked up
//! only there: many are also common phrases or people's names, and the set is large.

use crate::token::{Analysis, TokenKind};
use crate::words::FastMap;
use std::sync::LazyLock;

/// The most tokens a name holds ("Xuân Hương - Đà Lạt": five).
pub const MAX_WORDS: usize = 5;

/// The names, by their form folded without diacritics: each with the names that fold to
/// it, as written. (A name's matching key, [`crate::normalize::tone::key`], is worked out
/// only when a text's words fold to it: most names are never met, and keying them all
/// would cost every process a few milliseconds at its first line in lower case.)
#[derive(Debug, Default)]
pub struct Communes {
    by_fold: FastMap<String, Vec<&'static str>>,
}

static COMMUNES: LazyLock<Communes> =
    LazyLock::new(|| Communes::parse(include_str!("../data/communes.tsv")));

/// The built-in set.
pub fn communes() -> &'static Communes {
    &COMMUNES
}

impl Communes {
    /// The set of the names in `src` (the lexicon format, kind `commune`; other lines are
    /// skipped).
    pub fn parse(src: &'static str) -> Self {
        let mut c = Communes::default();
        c.by_fold.reserve(src.len() / 40);
        for line in src.lines() {
            let mut cols = line.split('\t');
            if cols.next() != Some("commune") {
                continue;
            }
            let Some(name) = cols.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let names = c.by_fold.entry(crate::normalize::fold(name)).or_default();
            if !names.contains(&name) {
                names.push(name);
            }
        }
        c
    }

    /// The number of distinct names as written.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.by_fold.values().map(Vec::len).sum()
    }

    /// Where the longest name of two words or more starting at token `k` of `a` ends, no
    /// further than `limit`: compared with its diacritics, or folded where the words carry
    /// none.
    pub fn longest_at(&self, a: &Analysis<'_>, k: usize, limit: usize) -> Option<usize> {
        self.name_at(a, k, limit).map(|(end, _)| end)
    }

    /// The longest name at token `k` as [`Communes::longest_at`] finds it: its end and the
    /// name as the lexicon writes it.
    pub fn name_at(
        &self,
        a: &Analysis<'_>,
        k: usize,
        limit: usize,
    ) -> Option<(usize, &'static str)> {
        let (mut buf, mut name_key) = (String::new(), String::new());
        let top = limit.min(k + MAX_WORDS).min(a.len());
        (k + 2..=top).rev().find_map(|end| {
            let toks = &a.tokens[k..end];
            // Words, a number ("Bảo Lâm 5", "2 Bảo Lộc"), the apostrophe or dash glued inside
            // one ("Ia H'Drai") and a dash between two ("Xuân Hương - Đà Lạt").
            let words = toks
                .first()
                .is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                && toks.iter().enumerate().all(|(n, t)| match t.kind {
                    TokenKind::Word | TokenKind::Number => true,
                    TokenKind::Punct => !t.space_before || n > 0 && a.is_dash(k + n),
                    TokenKind::Break => false,
                });
            if !words {
                return None;
            }
            buf.clear();
            folded_join(a, k..end, &mut buf);
            let names = self.by_fold.get(&buf)?;
            if !toks.iter().any(|t| t.marks) {
                return names.first().map(|&n| (end, n));
            }
            // Written with diacritics: they must agree with a name's.
            buf.clear();
            key_join(a, k..end, &mut buf);
            names
                .iter()
                .find(|name| {
                    name_key.clear();
                    crate::normalize::tone::key_into(name, &mut name_key);
                    name_key == buf
                })
                .map(|&n| (end, n))
        })
    }
}

/// The matching keys of tokens `range` of `a`, a space where the text has one.
fn key_join(a: &Analysis<'_>, range: std::ops::Range<usize>, out: &mut String) {
    for i in range {
        if !out.is_empty() && a.tok(i).space_before {
            out.push(' ');
        }
        if a.tok(i).kind == TokenKind::Punct {
            // (Dashes and apostrophes of any kind as their plain form.)
            out.push_str(a.fold(i));
        } else {
            crate::normalize::tone::key_into(a.text(i), out);
        }
    }
}

/// The folded forms of tokens `range` of `a`, a space where the text has one.
fn folded_join(a: &Analysis<'_>, range: std::ops::Range<usize>, out: &mut String) {
    for i in range {
        if !out.is_empty() && a.tok(i).space_before {
            out.push(' ');
        }
        out.push_str(a.fold(i));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_with_and_without_diacritics() {
        let c = communes();
        assert!(c.len() > 7000, "{}", c.len());
        for (text, k, want) in [
            ("công an xã chiềng khoong đã", 3, Some(5)),
            ("cong an xa chieng khoong da", 3, Some(5)),
            ("thị trấn ea t'ling mới", 2, Some(6)),
            // Diacritics that disagree: not the name.
            ("xã chiêng khoóng", 1, None),
            ("công an xã đã giúp", 3, None),
        ] {
            let a = Analysis::new(text);
            assert_eq!(c.longest_at(&a, k, a.len()), want, "{text}");
        }
    }
}
