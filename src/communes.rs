//! The communes, wards, townships and special zones of `data/communes.tsv`: names read as a
//! place right after their unit word where no capital marks them ("công an xã chiềng
//! khoong"). They are kept apart from the dictionary's places, as a set of keys looked up
//! only there: many are also common phrases or people's names, and the set is large.

use crate::token::{Analysis, TokenKind};
use std::collections::HashSet;
use std::sync::LazyLock;

/// The most words a name holds.
pub const MAX_WORDS: usize = 4;

/// The names, by their matching key ([`crate::normalize::tone::key`]) and folded without
/// diacritics.
#[derive(Debug, Default)]
pub struct Communes {
    keys: HashSet<String>,
    folded: HashSet<String>,
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
    pub fn parse(src: &str) -> Self {
        let mut c = Communes::default();
        for line in src.lines() {
            let mut cols = line.split('\t');
            if cols.next() != Some("commune") {
                continue;
            }
            let Some(name) = cols.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            c.keys.insert(crate::normalize::tone::key(name));
            c.folded.insert(crate::normalize::fold(name));
        }
        c
    }

    /// The number of distinct names.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Where the longest name of two words or more starting at token `k` of `a` ends, no
    /// further than `limit`: compared with its diacritics, or folded where the words carry
    /// none.
    pub fn longest_at(&self, a: &Analysis<'_>, k: usize, limit: usize) -> Option<usize> {
        let mut buf = String::new();
        let top = limit.min(k + MAX_WORDS).min(a.len());
        (k + 2..=top).rev().find(|&end| {
            let toks = &a.tokens[k..end];
            // Words, and the apostrophe or dash glued inside one ("Ia H'Drai").
            let words = toks.first().is_some_and(|t| t.kind == TokenKind::Word)
                && toks.iter().all(|t| {
                    t.kind == TokenKind::Word || t.kind == TokenKind::Punct && !t.space_before
                });
            if !words {
                return false;
            }
            buf.clear();
            if toks.iter().any(|t| t.marks) {
                key_join(a, k..end, &mut buf);
                self.keys.contains(&buf)
            } else {
                folded_join(a, k..end, &mut buf);
                self.folded.contains(&buf)
            }
        })
    }
}

/// The matching keys of tokens `range` of `a`, a space where the text has one.
fn key_join(a: &Analysis<'_>, range: std::ops::Range<usize>, out: &mut String) {
    for i in range {
        if !out.is_empty() && a.tok(i).space_before {
            out.push(' ');
        }
        crate::normalize::tone::key_into(a.text(i), out);
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
