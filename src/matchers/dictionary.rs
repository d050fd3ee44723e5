//! The dictionary matcher: one aho-corasick automaton over the folded forms of every lexicon
//! entry, scanned once over the folded view. A hit must start and end on token bounds, and
//! where the matched text carries diacritics it must equal the entry's up to case and tone
//! placement; text without any diacritics matches accent-insensitively.

use crate::error::{Error, Result};
use crate::lexicon::{Entry, EntryKind};
use crate::normalize::tone;
use crate::token::{Analysis, TokenKind};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// One dictionary hit: tokens `start..end` match entry `entry`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First token.
    pub start: u32,
    /// One past the last token.
    pub end: u32,
    /// Index into the extractor's entries.
    pub entry: u32,
    /// The entry's kind, kept here so look-ups by kind stay in the hit list.
    pub kind: EntryKind,
}

/// The automaton and, per pattern, the entries that fold to it.
#[derive(Debug, Clone)]
pub struct Dictionary {
    ac: AhoCorasick,
    /// Per pattern: how many tokens it spans.
    tokens: Vec<u32>,
    /// Per pattern: (entry index, token-wise matching key, whether the entry only counts
    /// capitalised, its kind) of each entry folding to it.
    by_pattern: Vec<Vec<(u32, String, bool, EntryKind)>>,
}

/// The token-wise matching key of a text: each token's key, joined by single spaces.
pub(crate) fn token_key(a: &Analysis<'_>, range: std::ops::Range<usize>, out: &mut String) {
    for i in range {
        if !out.is_empty() {
            out.push(' ');
        }
        tone::key_into(a.text(i), out);
    }
}

impl Dictionary {
    /// Builds the automaton over `entries`.
    pub fn new(entries: &[Entry]) -> Result<Self> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut by_pattern: Vec<Vec<(u32, String, bool, EntryKind)>> = Vec::new();
        let mut tokens: Vec<u32> = Vec::new();
        for (id, e) in entries.iter().enumerate() {
            let a = Analysis::new(&e.surface);
            if a.is_empty() {
                continue;
            }
            let mut key = String::new();
            token_key(&a, 0..a.len(), &mut key);
            let pat = a.folded.clone();
            let slot = *index.entry(pat.clone()).or_insert_with(|| {
                patterns.push(pat);
                by_pattern.push(Vec::new());
                tokens.push(a.len() as u32);
                by_pattern.len() - 1
            });
            if !by_pattern[slot].iter().any(|(x, k, _, _)| {
                entries[*x as usize].kind == e.kind
                    && *k == key
                    && entries[*x as usize].canonical == e.canonical
            }) {
                by_pattern[slot].push((
                    id as u32,
                    key,
                    matches!(e.kind, EntryKind::Surname | EntryKind::Place),
                    e.kind,
                ));
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            // Every pattern starts with a space, the commonest byte: a prefilter only costs.
            .prefilter(false)
            .build(&patterns)
            .map_err(|e| Error::Automaton(e.to_string()))?;
        Ok(Dictionary {
            ac,
            tokens,
            by_pattern,
        })
    }

    /// The number of distinct folded patterns.
    pub fn patterns(&self) -> usize {
        self.by_pattern.len()
    }

    /// The number of raw automaton matches over `folded`, nothing checked: the reference
    /// the benchmarks compare the whole pipeline with.
    pub fn count(&self, folded: &str) -> usize {
        self.ac.find_overlapping_iter(folded).count()
    }

    /// Every hit in `a`, appended to `out` in the order the automaton finds them (by end).
    pub fn find(&self, a: &Analysis<'_>, out: &mut Vec<Hit>) {
        let hay = a.folded.as_bytes();
        let mut key = String::new();
        // Overlapping matches come in order of their end: one cursor finds their last token.
        let mut last = 0usize;
        for m in self.ac.find_overlapping_iter(&a.folded) {
            // Patterns start with the space before their first token; the match must end
            // where a token ends.
            if m.end() < hay.len() && hay[m.end()] != b' ' {
                continue;
            }
            while last < a.tokens.len() && (a.tokens[last].fold_end as usize) < m.end() {
                last += 1;
            }
            if last >= a.tokens.len() || a.tokens[last].fold_end as usize != m.end() {
                continue;
            }
            let count = self.tokens[m.pattern().as_usize()] as usize;
            let Some(start) = (last + 1).checked_sub(count) else {
                continue;
            };
            if a.tokens[start].fold_start as usize != m.start() + 1 {
                continue;
            }
            let end = last + 1;
            // Words glued together ("ThịỦy" split as a glued sentence) are not a phrase.
            if (start + 1..end).any(|k| {
                let t = &a.tokens[k];
                t.kind == TokenKind::Word
                    && !t.space_before
                    && a.tokens[k - 1].kind == TokenKind::Word
            }) {
                continue;
            }
            // Without diacritics, in a line written without them, any entry folding the same
            // way matches; otherwise the keys must agree.
            let entries = &self.by_pattern[m.pattern().as_usize()];
            if !a.tokens[start].initial_upper && entries.iter().all(|e| e.2) {
                continue;
            }
            let marked = a.tokens[start..end]
                .iter()
                .any(|t| t.marks || !t.plain_line);
            if marked {
                key.clear();
                token_key(a, start..end, &mut key);
            }
            let cap = a.tokens[start].initial_upper;
            for (entry, ekey, needs_cap, kind) in entries {
                // Names and places are written with a capital: lower case ones are not.
                if *needs_cap && !cap {
                    continue;
                }
                if !marked || *ekey == key {
                    out.push(Hit {
                        start: start as u32,
                        end: end as u32,
                        entry: *entry,
                        kind: *kind,
                    });
                }
            }
        }
    }
}

/// Hits grouped by start token, for the matchers' look-ups.
#[derive(Debug, Default)]
pub struct Hits {
    hits: Vec<Hit>,
    /// `first[i]..first[i+1]` are the hits starting at token i.
    first: Vec<u32>,
}

impl Hits {
    /// Groups `hits` (in any order) over `n` tokens: by start, longest first.
    pub fn new(hits: Vec<Hit>, n: usize) -> Self {
        // A counting sort by start; the few hits of one start then by length.
        let mut first = vec![0u32; n + 1];
        for h in &hits {
            first[h.start as usize + 1] += 1;
        }
        for i in 0..n {
            first[i + 1] += first[i];
        }
        let mut next = first.clone();
        let mut sorted = vec![
            Hit {
                start: 0,
                end: 0,
                entry: 0,
                kind: EntryKind::Stop
            };
            hits.len()
        ];
        for h in hits {
            let slot = &mut next[h.start as usize];
            sorted[*slot as usize] = h;
            *slot += 1;
        }
        for i in 0..n {
            let group = &mut sorted[first[i] as usize..first[i + 1] as usize];
            if group.len() > 1 {
                group.sort_unstable_by(|x, y| y.end.cmp(&x.end).then(x.entry.cmp(&y.entry)));
            }
        }
        Hits {
            hits: sorted,
            first,
        }
    }

    /// The hits starting at token `i`, longest first.
    #[inline]
    pub fn at(&self, i: usize) -> &[Hit] {
        if i + 1 >= self.first.len() {
            return &[];
        }
        &self.hits[self.first[i] as usize..self.first[i + 1] as usize]
    }

    /// All hits.
    pub fn all(&self) -> &[Hit] {
        &self.hits
    }

    /// The longest hit of `kind` starting at token `i`.
    #[inline]
    pub fn longest(&self, i: usize, kind: EntryKind) -> Option<Hit> {
        self.at(i).iter().find(|h| h.kind == kind).copied()
    }

    /// Whether any hit of `kind` starts at token `i`.
    #[inline]
    pub fn starts(&self, i: usize, kind: EntryKind) -> bool {
        self.longest(i, kind).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::parse;

    fn hits(lex: &str, text: &str) -> Vec<(String, String)> {
        let entries = parse(lex, "t").unwrap();
        let d = Dictionary::new(&entries).unwrap();
        let a = Analysis::new(text);
        let mut out = Vec::new();
        d.find(&a, &mut out);
        let hits = Hits::new(out, a.len());
        hits.all()
            .iter()
            .map(|h| {
                let span = a.span(h.start as usize..h.end as usize);
                (
                    text[span].to_string(),
                    entries[h.entry as usize].canonical.clone(),
                )
            })
            .collect()
    }

    const LEX: &str = "rank\tTrung tướng\t\tgrade=3\nrank\tĐại úy\t\tgrade=9\norg\tBộ Công an\t\ttype=fixed\norg\tCông an\t\ttype=scope\n";

    #[test]
    fn accented_case_and_tone_insensitive() {
        let h = hits(LEX, "THƯỢNG TÁ và trung tướng, Đại uý");
        assert_eq!(
            h,
            vec![
                ("trung tướng".into(), "Trung tướng".into()),
                ("Đại uý".into(), "Đại úy".into())
            ]
        );
    }

    #[test]
    fn unaccented_text_matches_without_diacritics() {
        let h = hits(LEX, "Trung tuong Le, Thu truong Bo Cong an");
        assert!(hits(LEX, "Một Trung tuong trong câu có dấu").is_empty());
        let texts: Vec<&str> = h.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, vec!["Trung tuong", "Bo Cong an", "Cong an"]);
        assert_eq!(h[1].1, "Bộ Công an");
    }

    #[test]
    fn diacritics_must_agree() {
        let h = hits(LEX, "con bò công an");
        let texts: Vec<&str> = h.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, vec!["công an"]);
    }

    #[test]
    fn token_bounds() {
        assert!(hits(LEX, "Bộ Công anh").is_empty());
        assert!(hits(LEX, "XBộ Công an").iter().all(|h| h.0 == "Công an"));
    }

    #[test]
    fn nfd_input() {
        let h = hits(LEX, "Bo\u{323}\u{302} Co\u{302}ng an");
        assert_eq!(h[0].1, "Bộ Công an");
    }
}
