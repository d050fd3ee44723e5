//! The dictionary matcher: every lexicon entry as a path of folded tokens in one trie,
//! walked from each token of the input. Each token's folded form is looked up once in the
//! lexicon's vocabulary (one hash probe; words no entry uses stop there), so a text costs
//! about one probe per token whatever the size of the lexicon. A hit spans whole tokens,
//! and where the matched text carries diacritics they must equal the entry's up to case
//! and tone placement (compared as [`crate::normalize::sig`] signatures); text without any
//! diacritics matches accent-insensitively.

use crate::error::{Error, Result};
use crate::lexicon::{Entry, EntryKind};
use crate::normalize::{sig, tone};
use crate::token::{Analysis, TokenKind, Vocabulary, NO_WORD};
use crate::words::Distinct;
use crate::words::FastMap;

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

/// "No such word, node or pattern".
const NONE: u32 = u32::MAX;

/// The trie over folded tokens and, per pattern (a distinct folded form), its entries.
#[derive(Debug, Clone)]
pub struct Dictionary {
    vocab: Vocabulary,
    /// The child of the root for each word id, with its node's data at hand: most walks
    /// end at it.
    roots: Vec<Root>,
    /// The other edges: (node, word id) → node.
    edges: IdMap,
    /// Per node, the pattern ending there, or [`NONE`].
    pattern_at: Vec<u32>,
    /// Per node, a bit per child word id modulo 64: a walk stops here without probing
    /// `edges` for most next words.
    next: Vec<u64>,
    /// Per pattern, its folded form (the reference scan's input).
    patterns: Vec<String>,
    /// Per pattern: the entries folding to it.
    by_pattern: Vec<Vec<PatternEntry>>,
    /// Per pattern: whether all its entries only count capitalised (most single names).
    caps_only: Vec<bool>,
    /// Per node, whether an entry reaches it by a word glued to the one before, as a brand
    /// in camel case splits ("VietinBank" is "Vietin" then "Bank"): only there does a walk
    /// go on over a glued word.
    glued_in: Vec<bool>,
}

/// A first-level node: its number, the pattern ending there and its children's bits.
#[derive(Debug, Clone, Copy)]
struct Root {
    node: u32,
    pattern: u32,
    next: u64,
}

/// One entry of a pattern.
#[derive(Debug, Clone)]
struct PatternEntry {
    /// Index into the extractor's entries.
    entry: u32,
    /// The token-wise matching key, for words whose signatures are odd.
    key: String,
    /// Each token's signature.
    sigs: Box<[u64]>,
    /// Whether any signature is odd.
    odd: bool,
    /// Whether the entry only counts capitalised (names, places).
    needs_cap: bool,
    /// Whether the entry only counts written with its diacritics (`diacritics=yes`).
    needs_marks: bool,
    kind: EntryKind,
}

/// A map from (node, word id) to node: open addressing over a multiplicative hash.
#[derive(Debug, Clone, Default)]
struct IdMap {
    /// (key, value) per slot; key `u64::MAX` is empty.
    slots: Vec<(u64, u32)>,
}

impl IdMap {
    #[inline]
    fn key(node: u32, word: u32) -> u64 {
        (node as u64) << 32 | word as u64
    }

    #[inline]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & (self.slots.len() - 1)
    }

    #[inline]
    fn get(&self, node: u32, word: u32) -> u32 {
        if self.slots.is_empty() {
            return NONE;
        }
        let key = Self::key(node, word);
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (k, v) = self.slots[i];
            if k == key {
                return v;
            }
            if k == u64::MAX {
                return NONE;
            }
            i = (i + 1) & mask;
        }
    }

    fn from_edges(edges: &FastMap<u64, u32>) -> Self {
        let size = (edges.len() * 2 + 1).next_power_of_two().max(16);
        let mut m = IdMap {
            slots: vec![(u64::MAX, NONE); size],
        };
        let mask = size - 1;
        for (&k, &v) in edges {
            let mut i = m.slot(k);
            while m.slots[i].0 != u64::MAX {
                i = (i + 1) & mask;
            }
            m.slots[i] = (k, v);
        }
        m
    }
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
    /// Builds the trie over `entries`.
    pub fn new(entries: &[Entry]) -> Result<Self> {
        let mut vocab = Distinct::default();
        let mut roots: Vec<u32> = Vec::new();
        let mut edges: FastMap<u64, u32> = FastMap::default();
        let mut pattern_at: Vec<u32> = vec![NONE];
        let mut patterns: Vec<String> = Vec::new();
        let mut by_pattern: Vec<Vec<PatternEntry>> = Vec::new();
        let mut glued: Vec<u32> = Vec::new();
        for (id, e) in entries.iter().enumerate() {
            let a = Analysis::new(&e.surface);
            if a.is_empty() {
                continue;
            }
            if a.tokens.iter().any(|t| t.kind == TokenKind::Break) {
                return Err(Error::Automaton(format!(
                    "entry {:?} spans a line break",
                    e.surface
                )));
            }
            // The path of the entry's tokens, made where missing; node 0 is the root.
            let mut node = 0u32;
            for i in 0..a.len() {
                let w = vocab.id(a.fold(i));
                if node == 0 {
                    if roots.len() <= w as usize {
                        roots.resize(w as usize + 1, NONE);
                    }
                    if roots[w as usize] == NONE {
                        roots[w as usize] = pattern_at.len() as u32;
                        pattern_at.push(NONE);
                    }
                    node = roots[w as usize];
                } else {
                    let next = pattern_at.len() as u32;
                    node = *edges.entry(IdMap::key(node, w)).or_insert(next);
                    if node == next {
                        pattern_at.push(NONE);
                    }
                    if a.tokens[i].kind == TokenKind::Word
                        && !a.tokens[i].space_before
                        && a.tokens[i - 1].kind == TokenKind::Word
                    {
                        glued.push(node);
                    }
                }
            }
            if pattern_at[node as usize] == NONE {
                pattern_at[node as usize] = by_pattern.len() as u32;
                patterns.push(a.folded.clone());
                by_pattern.push(Vec::new());
            }
            let slot = pattern_at[node as usize] as usize;
            let mut key = String::new();
            token_key(&a, 0..a.len(), &mut key);
            // One entry per kind, canonical form and diacritics: surfaces that differ only
            // in a dash ("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu") match the same texts.
            let sigs: Box<[u64]> = a.tokens.iter().map(|t| t.sig).collect();
            let odd = sigs.contains(&sig::ODD);
            if !by_pattern[slot].iter().any(|p| {
                entries[p.entry as usize].kind == e.kind
                    && entries[p.entry as usize].canonical == e.canonical
                    && if odd || p.odd {
                        p.key == key
                    } else {
                        p.sigs == sigs
                    }
            }) {
                by_pattern[slot].push(PatternEntry {
                    entry: id as u32,
                    key,
                    odd,
                    sigs,
                    needs_cap: matches!(e.kind, EntryKind::Surname | EntryKind::Place),
                    // (A unit word keeps its hit: the place after it is read as one, and
                    // `location::unit_location` decides whether the word is the unit.)
                    needs_marks: e.attrs.diacritics && e.kind != EntryKind::Unit,
                    kind: e.kind,
                });
            }
        }
        roots.resize(vocab.len(), NONE);
        // Words that start an entry take the smallest ids: the roots table then holds only
        // them, small enough to stay in cache, and other words stop at its bound.
        let mut order: Vec<usize> = (0..vocab.len()).collect();
        order.sort_by_key(|&w| roots[w] == NONE);
        let mut new_id = vec![0u32; vocab.len()];
        for (new, &old) in order.iter().enumerate() {
            new_id[old] = new as u32;
        }
        let mut reordered = Distinct::default();
        for &o in &order {
            reordered.id(&vocab.words()[o]);
        }
        let roots: Vec<u32> = order
            .iter()
            .map(|&o| roots[o])
            .take_while(|&r| r != NONE)
            .collect();
        let edges: FastMap<u64, u32> = edges
            .into_iter()
            .map(|(k, v)| {
                let word = new_id[(k & 0xFFFF_FFFF) as usize];
                (IdMap::key((k >> 32) as u32, word), v)
            })
            .collect();
        let mut next = vec![0u64; pattern_at.len()];
        for &k in edges.keys() {
            next[(k >> 32) as usize] |= 1 << (k & 63);
        }
        let roots = roots
            .iter()
            .map(|&node| Root {
                node,
                pattern: pattern_at[node as usize],
                next: next[node as usize],
            })
            .collect();
        let caps_only = by_pattern
            .iter()
            .map(|es| es.iter().all(|e| e.needs_cap))
            .collect();
        let mut glued_in = vec![false; pattern_at.len()];
        for n in glued {
            glued_in[n as usize] = true;
        }
        Ok(Dictionary {
            caps_only,
            glued_in,
            vocab: Vocabulary::new(&reordered),
            roots,
            edges: IdMap::from_edges(&edges),
            next,
            pattern_at,
            patterns,
            by_pattern,
        })
    }

    /// The vocabulary to tokenize with so that tokens come with their word ids.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// Each distinct folded pattern, every token preceded by a space like the folded view.
    pub fn folded_patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Every hit in `a`, grouped by start token.
    pub fn find(&self, a: &Analysis<'_>) -> Hits {
        let n = a.len();
        // (A thread being torn down has no buffers to lend: fresh ones then.)
        let mut hits = HIT_BUFFERS.try_with(|b| b.take()).unwrap_or_default();
        hits.hits.clear();
        hits.first.clear();
        hits.kinds.clear();
        hits.first.reserve(n + 1);
        hits.kinds.reserve(n);
        // Each token's word id, from the tokenizer when it read with this vocabulary.
        let own: Vec<u32>;
        let ids: &[u32] = if a.vocabulary == self.vocab.stamp() && a.ids.len() == n {
            &a.ids
        } else {
            own = a
                .tokens
                .iter()
                .map(|t| {
                    if t.kind == TokenKind::Break {
                        NO_WORD
                    } else {
                        self.vocab
                            .id_at(&a.folded, t.fold_start as usize, t.fold_end as usize)
                    }
                })
                .collect();
            &own
        };
        let mut key = String::new();
        for start in 0..n {
            hits.first.push(hits.hits.len() as u32);
            let group = hits.hits.len();
            let cap = a.tokens[start].initial_upper;
            self.walk(a, ids, start, cap, &mut key, &mut hits.hits);
            hits.kinds.push(
                hits.hits[group..]
                    .iter()
                    .fold(0, |m, h| m | 1 << h.kind as u16),
            );
        }
        hits.first.push(hits.hits.len() as u32);
        hits
    }

    /// Appends the hits starting at token `start`, longest first, counting the token as
    /// capitalised when `cap` is.
    #[inline(always)]
    fn walk(
        &self,
        a: &Analysis<'_>,
        ids: &[u32],
        start: usize,
        cap: bool,
        key: &mut String,
        out: &mut Vec<Hit>,
    ) {
        let n = ids.len();
        let group = out.len();
        // Grammar words past the entries' words have ids but start nothing.
        let Some(&root) = self.roots.get(ids[start] as usize) else {
            return;
        };
        let (mut node, mut p, mut next) = (root.node, root.pattern, root.next);
        let mut end = start + 1;
        while node != NONE {
            if p != NONE && (cap || !self.caps_only[p as usize]) {
                self.check(a, start..end, p as usize, cap, key, out);
            }
            if end >= n || ids[end] == NONE || next >> (ids[end] & 63) & 1 == 0 {
                break;
            }
            // Words glued together ("ThịỦy" split as a glued sentence) are not a phrase, but
            // where an entry glues them too ("VietinBank").
            let t = &a.tokens[end];
            let glued = t.kind == TokenKind::Word
                && !t.space_before
                && a.tokens[end - 1].kind == TokenKind::Word;
            node = self.edges.get(node, ids[end]);
            if glued && node != NONE && !self.glued_in[node as usize] {
                break;
            }
            if node != NONE {
                p = self.pattern_at[node as usize];
                next = self.next[node as usize];
            }
            end += 1;
        }
        // Found shortest first: the matchers want the longest first.
        out[group..].reverse();
    }

    /// The longest hit of `kind` starting at token `start` of `a`, read as if the token
    /// were capitalised: what a name or place written in lower case would match. `None`
    /// also when `a` was not read with this dictionary's vocabulary.
    pub fn longest_uncased_hit(
        &self,
        a: &Analysis<'_>,
        start: usize,
        kind: EntryKind,
    ) -> Option<Hit> {
        if a.vocabulary != self.vocab.stamp() || a.ids.len() != a.len() || start >= a.len() {
            return None;
        }
        // Most words start no entry: no walk for them.
        self.roots.get(a.ids[start] as usize)?;
        thread_local! {
            static SCRATCH: std::cell::RefCell<Vec<Hit>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let walk = |out: &mut Vec<Hit>| {
            out.clear();
            self.walk(a, &a.ids, start, true, &mut String::new(), out);
            out.iter().find(|h| h.kind == kind).copied()
        };
        // (A thread being torn down, or a nested call, walks into a fresh list.)
        SCRATCH
            .try_with(|v| v.try_borrow_mut().ok().map(|mut v| walk(&mut v)))
            .ok()
            .flatten()
            .unwrap_or_else(|| walk(&mut Vec::new()))
    }

    /// Appends the entries of pattern `p` that `tokens` match.
    #[inline(always)]
    fn check(
        &self,
        a: &Analysis<'_>,
        tokens: std::ops::Range<usize>,
        p: usize,
        cap: bool,
        key: &mut String,
        out: &mut Vec<Hit>,
    ) {
        let (start, end) = (tokens.start, tokens.end);
        let entries = &self.by_pattern[p];
        // Without diacritics, in a line written without them, any entry folding the same way
        // matches; otherwise the diacritics must agree.
        let toks = &a.tokens[start..end];
        let marked = toks.iter().any(|t| t.marks || !t.plain_line);
        let odd = marked && toks.iter().any(|t| t.sig == sig::ODD);
        key.clear();
        let first = out.len();
        for e in entries {
            // Names and places are written with a capital: lower case ones are not.
            if e.needs_cap && !cap {
                continue;
            }
            let agrees = if !marked {
                // Without diacritics, only an entry that reads the same without them.
                !e.needs_marks
            } else if odd || e.odd {
                if key.is_empty() {
                    token_key(a, start..end, key);
                }
                e.key == *key
            } else {
                toks.iter().zip(e.sigs.iter()).all(|(t, s)| t.sig == *s)
            };
            if agrees {
                out.push(Hit {
                    start: start as u32,
                    end: end as u32,
                    entry: e.entry,
                    kind: e.kind,
                });
            }
        }
        // Entries of one pattern come in lexicon order; the reversal of the group keeps
        // them in that order among hits of the same length.
        out[first..].reverse();
    }
}

/// Hits grouped by start token, for the matchers' look-ups.
#[derive(Debug, Default)]
pub struct Hits {
    hits: Vec<Hit>,
    /// `first[i]..first[i+1]` are the hits starting at token i.
    first: Vec<u32>,
    /// Per token, a bit per kind of the hits starting there (bit `kind as u16`): most
    /// look-ups stop at it.
    kinds: Vec<u16>,
}

thread_local! {
    /// The buffers of the last [`Hits`] this thread recycled.
    static HIT_BUFFERS: std::cell::Cell<Hits> = std::cell::Cell::new(Hits::default());
}

impl Hits {
    /// Gives the buffers back to this thread, for its next text: a thread that extracts
    /// from many texts allocates them once.
    pub fn recycle(self) {
        // A text of a chunk holds a few MB; more is not kept.
        if self.first.capacity() <= 1 << 20 {
            let _ = HIT_BUFFERS.try_with(|b| b.set(self));
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
        if !self.starts(i, kind) {
            return None;
        }
        self.at(i).iter().find(|h| h.kind == kind).copied()
    }

    /// Whether any hit of `kind` starts at token `i`.
    #[inline]
    pub fn starts(&self, i: usize, kind: EntryKind) -> bool {
        self.kinds.get(i).is_some_and(|m| m & 1 << kind as u16 != 0)
    }

    /// Whether a hit of one of the kinds of `mask` (bit `kind as u16`) starts at token `i`.
    #[inline]
    pub fn starts_any(&self, i: usize, mask: u16) -> bool {
        self.kinds.get(i).is_some_and(|m| m & mask != 0)
    }

    /// Whether any hit starts at token `i`.
    #[inline]
    pub fn any(&self, i: usize) -> bool {
        self.kinds.get(i).is_some_and(|&m| m != 0)
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
        let hits = d.find(&a);
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
    fn dash_variants_match_once() {
        let lex = "place\tBà Rịa - Vũng Tàu\t\tunit=tỉnh\nplace\tBà Rịa – Vũng Tàu\tBà Rịa - Vũng Tàu\tunit=tỉnh\n";
        for text in [
            "tỉnh Bà Rịa – Vũng Tàu",
            "tỉnh Bà Rịa - Vũng Tàu",
            "tỉnh Bà Rịa—Vũng Tàu",
        ] {
            let h = hits(lex, text);
            assert_eq!(h.len(), 1, "{text}: {h:?}");
            assert_eq!(h[0].1, "Bà Rịa - Vũng Tàu");
        }
    }

    #[test]
    fn camel_case_brands_match_only_glued_as_written() {
        let lex = "org\tVietinBank\t\ttype=fixed\norg\tThị ủy\t\ttype=fixed\n";
        assert_eq!(hits(lex, "ngân hàng VietinBank báo lãi").len(), 1);
        // A glued sentence is no phrase: "ThịỦy" is "Thị" then "Ủy".
        assert!(hits(lex, "bà Lê ThịỦy ban").is_empty());
        assert_eq!(hits(lex, "Thị ủy Sơn Tây").len(), 1);
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
