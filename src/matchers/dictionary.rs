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
    /// The nodes, level by level, each node's children together and in the order of their
    /// words. The first level comes first, numbered by word id: the word ids below
    /// `roots` are exactly the words that start an entry, and word `w`'s node is node `w`.
    nodes: Vec<Node>,
    /// Per node, the word of the edge into it: a node's children's words lie together, in
    /// order, for a look-up without a branch per child.
    words: Vec<u32>,
    /// The number of words that start an entry.
    roots: usize,
    /// Per word that starts an entry, what tells at a glance whether a walk from it can
    /// find anything; then one more, for every other word, that can find nothing.
    starts: Vec<Start>,
    /// Per node, a bit per kind (bit `kind as u16`) of the entries a walk through it can
    /// reach: a look-up of one kind skips the walk from most words, and stops the others
    /// where nothing of the kind lies further.
    kinds_below: Vec<u16>,
    /// Every pattern's entries, a pattern's together in lexicon order.
    entries: Vec<PatternEntry>,
    /// Per entry of `entries`, its token-wise matching key, for words whose signatures
    /// are odd.
    keys: Vec<String>,
    /// Each entry's token signatures, one after another (see [`PatternEntry::sigs`]).
    sigs: Vec<u64>,
    /// Per pattern, its folded form (the reference scan's input).
    patterns: Vec<String>,
}

/// A node of the trie: the path of folded words from the root to it, with all a walk
/// reads there at hand.
#[derive(Debug, Clone, Copy)]
struct Node {
    /// A bit per child word id modulo 64: a walk stops here without looking among the
    /// children for most next words.
    next: u64,
    /// Its first child, in `Dictionary::nodes`.
    children: u32,
    /// The number of its children.
    n_children: u32,
    /// The first entry of the pattern ending here, in `Dictionary::entries`.
    entries: u32,
    /// The number of those entries (0: no pattern ends here).
    n_entries: u32,
    /// Whether all those entries only count capitalised (most single names).
    caps_only: bool,
    /// Whether an entry reaches it by a word glued to the one before, as a brand in camel
    /// case splits ("VietinBank" is "Vietin" then "Bank"): only there does a walk go on
    /// over a glued word.
    glued_in: bool,
}

/// A word of the first level as a walk's first test sees it.
#[derive(Debug, Clone, Copy, Default)]
struct Start {
    /// Its node's [`Node::next`].
    next: u64,
    /// Bit 0: a pattern ends at its node that counts in lower case too; bit 1: a pattern
    /// ends at its node.
    ends: u8,
}

/// One entry of a pattern.
#[derive(Debug, Clone, Copy)]
struct PatternEntry {
    /// Index into the extractor's entries.
    entry: u32,
    /// Where its tokens' signatures start in `Dictionary::sigs` (one per token of the
    /// pattern).
    sigs: u32,
    kind: EntryKind,
    /// Whether any signature is odd.
    odd: bool,
    /// Whether the entry only counts capitalised (names, places).
    needs_cap: bool,
    /// Whether the entry only counts written with its diacritics (`diacritics=yes`).
    needs_marks: bool,
}

/// One entry of a pattern while the dictionary is built.
struct Building {
    entry: PatternEntry,
    /// The token-wise matching key.
    key: String,
    /// Each token's signature.
    sigs: Box<[u64]>,
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
        // (Sized for the entries at hand: a name has about three words.)
        let mut edges: FastMap<u64, u32> =
            FastMap::with_capacity_and_hasher(entries.len() * 3, Default::default());
        let mut pattern_at: Vec<u32> = Vec::with_capacity(entries.len() * 3);
        pattern_at.push(NONE);
        let mut patterns: Vec<String> = Vec::with_capacity(entries.len());
        let mut by_pattern: Vec<Vec<Building>> = Vec::with_capacity(entries.len());
        let mut glued: Vec<u32> = Vec::new();
        let edge = |node: u32, word: u32| (node as u64) << 32 | word as u64;
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
                    node = *edges.entry(edge(node, w)).or_insert(next);
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
            let mut key = String::with_capacity(e.surface.len() + 8);
            token_key(&a, 0..a.len(), &mut key);
            // One entry per kind, canonical form and diacritics: surfaces that differ only
            // in a dash ("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu") match the same texts.
            let sigs: Box<[u64]> = a.tokens.iter().map(|t| t.sig).collect();
            let odd = sigs.contains(&sig::ODD);
            if !by_pattern[slot].iter().any(|p| {
                entries[p.entry.entry as usize].kind == e.kind
                    && entries[p.entry.entry as usize].canonical == e.canonical
                    && if odd || p.entry.odd {
                        p.key == key
                    } else {
                        p.sigs == sigs
                    }
            }) {
                by_pattern[slot].push(Building {
                    entry: PatternEntry {
                        entry: id as u32,
                        sigs: 0,
                        kind: e.kind,
                        odd,
                        // (And a head of bodies abroad only, "Bộ", capitalised there: most
                        // "bộ" of a text are the common word, no walk from them.)
                        needs_cap: matches!(e.kind, EntryKind::Surname | EntryKind::Place)
                            || e.kind == EntryKind::Org && e.attrs.abroad,
                        // (A unit word keeps its hit: the place after it is read as one,
                        // and `location::unit_location` decides whether the word is the
                        // unit.)
                        needs_marks: e.attrs.diacritics && e.kind != EntryKind::Unit,
                    },
                    key,
                    sigs,
                });
            }
        }
        roots.resize(vocab.len(), NONE);
        // Words that start an entry take the smallest ids: the first level of nodes then
        // holds only them, small enough to stay in cache, and other words stop at its
        // bound.
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
        // Each node's children as (word, node), in the order of their words.
        let mut children: Vec<Vec<(u32, u32)>> = vec![Vec::new(); pattern_at.len()];
        for (&k, &v) in &edges {
            children[(k >> 32) as usize].push((new_id[(k & 0xFFFF_FFFF) as usize], v));
        }
        for c in &mut children {
            c.sort_unstable();
        }
        let mut is_glued = vec![false; pattern_at.len()];
        for n in glued {
            is_glued[n as usize] = true;
        }
        // The entries, pattern after pattern, and where each pattern's start.
        let mut flat: Vec<PatternEntry> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut sig_pool: Vec<u64> = Vec::new();
        let mut pattern_start: Vec<u32> = Vec::with_capacity(by_pattern.len() + 1);
        for es in by_pattern {
            pattern_start.push(flat.len() as u32);
            for b in es {
                flat.push(PatternEntry {
                    sigs: sig_pool.len() as u32,
                    ..b.entry
                });
                sig_pool.extend_from_slice(&b.sigs);
                keys.push(b.key);
            }
        }
        pattern_start.push(flat.len() as u32);
        // The nodes level by level (the first in word order), each node's children in a
        // row: `order[k]` is the old number of node k, and its word `words[k]`.
        let mut level: Vec<(u32, u32)> = roots
            .iter()
            .enumerate()
            .map(|(w, &node)| (w as u32, node))
            .collect();
        let mut nodes: Vec<Node> = Vec::with_capacity(pattern_at.len());
        let mut old_of: Vec<(u32, u32)> = Vec::with_capacity(pattern_at.len());
        old_of.append(&mut level);
        let mut k = 0;
        while k < old_of.len() {
            let (_, old) = old_of[k];
            let kids = &children[old as usize];
            let first = old_of.len() as u32;
            old_of.extend_from_slice(kids);
            let p = pattern_at[old as usize];
            let (from, to) = if p == NONE {
                (0, 0)
            } else {
                (pattern_start[p as usize], pattern_start[p as usize + 1])
            };
            nodes.push(Node {
                next: kids.iter().fold(0, |m, &(w, _)| m | 1 << (w & 63)),
                children: first,
                n_children: kids.len() as u32,
                entries: from,
                n_entries: to - from,
                caps_only: flat[from as usize..to as usize].iter().all(|e| e.needs_cap),
                glued_in: is_glued[old as usize],
            });
            k += 1;
        }
        let starts = nodes[..roots.len()]
            .iter()
            .map(|n| Start {
                next: n.next,
                ends: if n.n_entries == 0 {
                    0
                } else {
                    2 | !n.caps_only as u8
                },
            })
            .chain([Start::default()])
            .collect();
        // A node's children come after it: from the last node back, each node's kinds are
        // its own entries' and its children's.
        let mut kinds_below = vec![0u16; nodes.len()];
        for (k, node) in nodes.iter().enumerate().rev() {
            let own = flat[node.entries as usize..][..node.n_entries as usize]
                .iter()
                .fold(0u16, |m, e| m | 1 << e.kind as u16);
            let from = node.children as usize;
            let below = kinds_below[from..][..node.n_children as usize]
                .iter()
                .fold(own, |m, &x| m | x);
            kinds_below[k] = below;
        }
        Ok(Dictionary {
            vocab: Vocabulary::new(&reordered),
            words: old_of.iter().map(|&(w, _)| w).collect(),
            nodes,
            roots: roots.len(),
            starts,
            kinds_below,
            entries: flat,
            keys,
            sigs: sig_pool,
            patterns,
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
        // First, at i + 1, the number of hits starting at token i: summed at the end.
        hits.first.resize(n + 1, 0);
        hits.kinds.resize(n, 0);
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
        let tokens = &a.tokens[..ids.len()];
        let starts = &self.starts[..];
        let last = starts.len() - 1;
        let mut key = String::new();
        // Sixty-four tokens at a time: first, without a branch per token, those a walk
        // from which can find something (a pattern that counts ends at their word's node,
        // or the next word may go on from there), then the walks from them.
        for (block, (ids_b, tokens_b)) in ids.chunks(64).zip(tokens.chunks(64)).enumerate() {
            let base = block * 64;
            let mut todo = 0u64;
            for (j, (&w, t)) in ids_b.iter().zip(tokens_b).enumerate() {
                let after = ids.get(base + j + 1).copied().unwrap_or(NONE);
                let s = &starts[(w as usize).min(last)];
                let ends = s.ends & (1 | (t.initial_upper as u8) << 1) != 0;
                let goes_on = s.next >> (after & 63) & 1 != 0;
                todo |= ((ends | goes_on) as u64) << j;
            }
            while todo != 0 {
                let start = base + todo.trailing_zeros() as usize;
                todo &= todo - 1;
                let group = hits.hits.len();
                let cap = tokens[start].initial_upper;
                self.walk(a, ids, start, cap, None, &mut key, &mut hits.hits);
                if hits.hits.len() > group {
                    hits.first[start + 1] = (hits.hits.len() - group) as u32;
                    hits.kinds[start] = hits.hits[group..]
                        .iter()
                        .fold(0, |m, h| m | 1 << h.kind as u16);
                }
            }
        }
        let mut sum = 0;
        for f in &mut hits.first {
            sum += *f;
            *f = sum;
        }
        hits
    }

    /// The hits of `a` once tokens `changed` (in order) were marked capitalised, from
    /// `old`, its hits before: only the hits starting at a changed token can differ (a
    /// walk reads the case of the token it starts from, and nothing else that changed),
    /// so only there is the dictionary walked again.
    pub fn find_again(&self, a: &Analysis<'_>, old: &Hits, changed: &[usize]) -> Hits {
        let n = a.len();
        if a.vocabulary != self.vocab.stamp() || a.ids.len() != n || old.kinds.len() != n {
            return self.find(a);
        }
        let mut hits = HIT_BUFFERS.try_with(|b| b.take()).unwrap_or_default();
        hits.hits.clear();
        hits.first.clear();
        hits.kinds.clear();
        hits.hits.reserve(old.hits.len() + changed.len());
        hits.first.reserve(n + 1);
        hits.first.push(0);
        hits.kinds.extend_from_slice(&old.kinds);
        let mut key = String::new();
        // The old hits up to each changed token, copied as they stand, then its own anew.
        let mut copied = 0;
        for &k in changed.iter().chain([&n]) {
            let from = old.first[copied] as usize;
            let to = old.first[k] as usize;
            hits.hits.extend_from_slice(&old.hits[from..to]);
            let shift = hits.hits.len() as i64 - to as i64;
            hits.first.extend(
                old.first[copied + 1..=k]
                    .iter()
                    .map(|&f| (f as i64 + shift) as u32),
            );
            if k == n {
                break;
            }
            let group = hits.hits.len();
            let cap = a.tokens[k].initial_upper;
            self.walk(a, &a.ids, k, cap, None, &mut key, &mut hits.hits);
            hits.kinds[k] = hits.hits[group..]
                .iter()
                .fold(0, |m, h| m | 1 << h.kind as u16);
            hits.first.push(hits.hits.len() as u32);
            copied = k + 1;
        }
        hits
    }

    /// Appends the hits starting at token `start`, longest first, counting the token as
    /// capitalised when `cap` is; only those of kind `only` when it is given.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        a: &Analysis<'_>,
        ids: &[u32],
        start: usize,
        cap: bool,
        only: Option<EntryKind>,
        key: &mut String,
        out: &mut Vec<Hit>,
    ) {
        let n = ids.len();
        let tokens = &a.tokens[..n];
        let group = out.len();
        // Grammar words past the entries' words have ids but start nothing.
        let Some(mut node) = self.nodes[..self.roots].get(ids[start] as usize) else {
            return;
        };
        let t = &tokens[start];
        // Whether the tokens so far carry diacritics (or stand in a line that does), and
        // whether one's signature is odd.
        let mut marked = t.marks || !t.plain_line;
        let mut odd = t.sig == sig::ODD;
        let mut end = start + 1;
        loop {
            // The entries of the pattern ending here that the tokens match, last first.
            if node.n_entries != 0 && (cap || !node.caps_only) {
                let from = node.entries as usize;
                let entries = &self.entries[from..][..node.n_entries as usize];
                let toks = &tokens[start..end];
                let odd = marked && odd;
                key.clear();
                for (i, e) in entries.iter().enumerate().rev() {
                    // Names and places are written with a capital: lower case ones are not.
                    if e.needs_cap && !cap || only.is_some_and(|k| k != e.kind) {
                        continue;
                    }
                    // Without diacritics, in a line written without them, any entry folding
                    // the same way matches; otherwise the diacritics must agree.
                    let agrees = if !marked {
                        // Without diacritics, only an entry that reads the same without them.
                        !e.needs_marks
                    } else if odd || e.odd {
                        if key.is_empty() {
                            token_key(a, start..end, key);
                        }
                        self.keys[from + i] == *key
                    } else {
                        let sigs = &self.sigs[e.sigs as usize..][..toks.len()];
                        toks.iter().zip(sigs).all(|(t, s)| t.sig == *s)
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
            }
            if end >= n {
                break;
            }
            let w = ids[end];
            if node.next >> (w & 63) & 1 == 0 {
                break;
            }
            let Some(at) = self.child(node, w) else {
                break;
            };
            // (Past the last node with an entry of the kind asked for, nothing is found.)
            if only.is_some_and(|k| self.kinds_below[at] & 1 << k as u16 == 0) {
                break;
            }
            let child = &self.nodes[at];
            // Words glued together ("ThịỦy" split as a glued sentence) are not a phrase, but
            // where an entry glues them too ("VietinBank").
            let t = &tokens[end];
            if !child.glued_in
                && t.kind == TokenKind::Word
                && !t.space_before
                && tokens[end - 1].kind == TokenKind::Word
            {
                break;
            }
            marked |= t.marks || !t.plain_line;
            odd |= t.sig == sig::ODD;
            node = child;
            end += 1;
        }
        // Found shortest first, each pattern's entries last first: the matchers want the
        // longest first, and a pattern's entries in lexicon order.
        if out.len() - group > 1 {
            out[group..].reverse();
        }
    }

    /// The index of the child of `node` by word `w`, if any.
    #[inline(always)]
    fn child(&self, node: &Node, w: u32) -> Option<usize> {
        let from = node.children as usize;
        let words = &self.words[from..][..node.n_children as usize];
        // The children's words are in order: the child is the first word not below `w`.
        let i = words.iter().filter(|&&x| x < w).count();
        if words.get(i) == Some(&w) {
            Some(from + i)
        } else {
            None
        }
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
        if a.ids[start] as usize >= self.roots {
            return None;
        }
        // Nor for most of the rest: no entry of the kind is reached from their word.
        if self.kinds_below[a.ids[start] as usize] & 1 << kind as u16 == 0 {
            return None;
        }
        thread_local! {
            static SCRATCH: std::cell::RefCell<Vec<Hit>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let walk = |out: &mut Vec<Hit>| {
            out.clear();
            self.walk(a, &a.ids, start, true, Some(kind), &mut String::new(), out);
            out.iter().find(|h| h.kind == kind).copied()
        };
        // (A thread being torn down, or a nested call, walks into a fresh list.)
        SCRATCH
            .try_with(|v| v.try_borrow_mut().ok().map(|mut v| walk(&mut v)))
            .ok()
            .flatten()
            .unwrap_or_else(|| walk(&mut Vec::new()))
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
