//! The extractor: lexicons and the automaton built once, then the pipeline — tokenize and
//! fold, scan the dictionary, run the matchers, resolve overlaps, link officials.

use crate::entity::{Entity, Kind};
use crate::error::Result;
use crate::lexicon::{self, Attrs, Entry, EntryKind};
use crate::matchers::dictionary::{Dictionary, Hits};
use crate::matchers::{self, Candidate, Cx};
use crate::official::{self, OfficialRecord};
use crate::resolve::resolve;
use crate::token::{Analysis, Buffers};
use std::collections::HashSet;
use std::io::BufRead;

/// Builds an [`Extractor`]: the built-in lexicons plus the caller's entries.
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    builtin: bool,
    entries: Vec<Entry>,
    kinds: Option<HashSet<Kind>>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            builtin: true,
            entries: Vec::new(),
            kinds: None,
        }
    }
}

impl ExtractorBuilder {
    /// Leaves out the built-in lexicons: only the entries added here are known.
    pub fn without_builtin(mut self) -> Self {
        self.builtin = false;
        self
    }

    /// Adds one entry; `canonical` empty means the surface itself.
    pub fn add_entry(mut self, kind: EntryKind, surface: &str, canonical: &str) -> Self {
        if !surface.trim().is_empty() {
            self.entries
                .push(Entry::new(kind, surface, canonical, Attrs::default()));
        }
        self
    }

    /// Adds one entry with its attributes.
    pub fn add_lexicon_entry(mut self, entry: Entry) -> Self {
        self.entries.push(entry);
        self
    }

    /// Adds every entry of a lexicon in the format of `data/` (see `data/README.md`).
    /// A malformed line is an error naming its line number.
    pub fn load_lexicon<R: BufRead>(mut self, reader: R) -> Result<Self> {
        self.entries.extend(lexicon::read(reader, "<reader>")?);
        Ok(self)
    }

    /// Returns only entities of these kinds (officials still use the others underneath).
    pub fn kinds(mut self, kinds: &[Kind]) -> Self {
        self.kinds = Some(kinds.iter().copied().collect());
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Result<Extractor> {
        let mut entries = if self.builtin {
            lexicon::builtin()?
        } else {
            Vec::new()
        };
        entries.extend(self.entries);
        expand_canonical_abbreviations(&mut entries);
        let variants = abbreviated_variants(&entries);
        entries.extend(variants);
        let dict = Dictionary::new(&entries)?;
        Ok(Extractor {
            entries,
            dict,
            kinds: self.kinds,
        })
    }
}

/// Canonical organization names are written in full: "Công ty TNHH" → "Công ty Trách
/// nhiệm hữu hạn". Only words written in capitals are taken for abbreviations.
fn expand_canonical_abbreviations(entries: &mut [Entry]) {
    let abbrs: crate::words::FastMap<String, String> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Abbr)
        .map(|e| (e.surface.clone(), e.canonical.clone()))
        .collect();
    for e in entries.iter_mut().filter(|e| e.kind == EntryKind::Org) {
        if !e
            .canonical
            .split_whitespace()
            .any(|w| abbrs.contains_key(w))
        {
            continue;
        }
        let expanded: Vec<&str> = e
            .canonical
            .split_whitespace()
            .map(|w| abbrs.get(w).map_or(w, |x| x.as_str()))
            .collect();
        e.canonical = expanded.join(" ");
    }
}

/// For every organization and post, the forms with its words abbreviated as news writes
/// them: "Ủy ban nhân dân" gives "UBND", "Tổng Liên đoàn Lao động Việt Nam" gives "Tổng
/// LĐLĐ Việt Nam", "Chủ tịch Hội đồng quản trị" gives "Chủ tịch HĐQT". Two rounds, so two
/// abbreviations can stand in one name.
fn abbreviated_variants(entries: &[Entry]) -> Vec<Entry> {
    // Every word's matching key by an id: names share most of their words, so each word's
    // key is made once, and words compare as ids.
    let mut ids = WordKeys::default();
    let abbrs: Vec<(Vec<u32>, &str, Vec<u32>)> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Abbr)
        .map(|e| {
            (
                e.canonical
                    .split_whitespace()
                    .map(|w| ids.id(w))
                    .collect::<Vec<_>>(),
                e.surface.as_str(),
                e.surface.split_whitespace().map(|w| ids.id(w)).collect(),
            )
        })
        .filter(|(words, _, _)| words.len() >= 2)
        .collect();
    let named: Vec<&Entry> = entries
        .iter()
        .filter(|e| matches!(e.kind, EntryKind::Org | EntryKind::Title))
        .collect();
    // Canonical forms by an id, so that a surface seen is two small keys, not a string.
    let mut canon: crate::words::FastMap<&str, u32> = Default::default();
    // Each entry with its words' keys and its canonical form's id.
    let first: Vec<(&Entry, Vec<u32>, u32)> = named
        .iter()
        .map(|&e| {
            let keys = e.surface.split_whitespace().map(|w| ids.id(w)).collect();
            let n = canon.len() as u32;
            (e, keys, *canon.entry(e.canonical.as_str()).or_insert(n))
        })
        .collect();
    // A surface is known by its words' keys.
    let mut seen: crate::words::FastSet<(Vec<u32>, u32)> = first
        .iter()
        .map(|(_, keys, c)| (keys.clone(), *c))
        .collect();
    // The abbreviations by the key of their expansion's first word: an entry is tried only
    // against those whose first word it holds (in the list's order, as before).
    let mut by_first: crate::words::FastMap<u32, Vec<usize>> = Default::default();
    for (k, (exp, _, _)) in abbrs.iter().enumerate() {
        by_first.entry(exp[0]).or_default().push(k);
    }
    // Where each abbreviation's expansion stands in a name, as (abbreviation, word).
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut round = |frontier: &[(&Entry, Vec<u32>, u32)]| {
        let mut next: Vec<(Entry, Vec<u32>, u32)> = Vec::new();
        for (e, keys, c) in frontier {
            found.clear();
            for (at, k) in keys.iter().enumerate() {
                for &x in by_first.get(k).into_iter().flatten() {
                    if keys[at..].starts_with(&abbrs[x].0) {
                        found.push((x, at));
                    }
                }
            }
            // In the list's order, and each abbreviation where its expansion stands first,
            // then after it.
            found.sort_unstable();
            let mut free_from = (usize::MAX, 0);
            for &(x, at) in found.iter() {
                let (exp, abbr, abbr_keys) = &abbrs[x];
                if free_from.0 == x && at < free_from.1 {
                    continue;
                }
                free_from = (x, at + exp.len());
                let mut key = Vec::with_capacity(keys.len() + abbr_keys.len() - exp.len());
                key.extend_from_slice(&keys[..at]);
                key.extend_from_slice(abbr_keys);
                key.extend_from_slice(&keys[at + exp.len()..]);
                if seen.insert((key.clone(), *c)) {
                    let words: Vec<&str> = e.surface.split_whitespace().collect();
                    let mut w: Vec<&str> = words[..at].to_vec();
                    w.push(abbr);
                    w.extend_from_slice(&words[at + exp.len()..]);
                    // (The canonical form is the entry's, already in its output form.)
                    let variant = Entry {
                        kind: e.kind,
                        surface: w.join(" "),
                        canonical: e.canonical.clone(),
                        attrs: e.attrs.clone(),
                    };
                    next.push((variant, key, *c));
                }
            }
        }
        next
    };
    // Two rounds: the entries, then the variants the first made.
    let out = round(&first);
    let frontier: Vec<(&Entry, Vec<u32>, u32)> =
        out.iter().map(|(e, k, c)| (e, k.clone(), *c)).collect();
    let second = round(&frontier);
    out.into_iter().chain(second).map(|(e, _, _)| e).collect()
}

/// Ids for words' matching keys, each key made once per distinct word.
#[derive(Default)]
struct WordKeys {
    by_word: crate::words::FastMap<String, u32>,
    by_key: crate::words::FastMap<String, u32>,
}

impl WordKeys {
    /// The id of `word`'s matching key.
    fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.by_word.get(word) {
            return id;
        }
        let k = crate::normalize::tone::key(word);
        let n = self.by_key.len() as u32;
        let id = *self.by_key.entry(k).or_insert(n);
        self.by_word.insert(word.to_string(), id);
        id
    }
}

/// Texts longer than this go through the pipeline in pieces of about this size.
const CHUNK: usize = 1 << 18;

/// How far past a cut a piece reads: far enough for any entity across the cut.
const OVERLAP: usize = 4096;

/// The end of the overlap read past `end`: white space about [`OVERLAP`] bytes on.
fn cut_after(text: &str, end: usize) -> usize {
    let mut to = (end + OVERLAP).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    // White space within another stretch of the same size, or the hard limit there: a
    // run without any is read no further (it could be the whole text).
    let mut limit = (to + OVERLAP).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    match text[to..limit].find(char::is_whitespace) {
        Some(k) => to + k,
        None => limit,
    }
}

/// Where the piece of `text` starting at `start` ends: the last line break in the second
/// half of the next [`CHUNK`] bytes, else the last sentence end, else the last white space,
/// else a character boundary.
fn cut(text: &str, start: usize) -> usize {
    if text.len() - start <= CHUNK {
        return text.len();
    }
    let mut hard = start + CHUNK;
    while !text.is_char_boundary(hard) {
        hard -= 1;
    }
    let mut lo = start + CHUNK / 2;
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let window = &text[lo..hard];
    if let Some(k) = window.rfind('\n') {
        return lo + k + 1;
    }
    if let Some(k) = window.rfind(". ") {
        return lo + k + 2;
    }
    if let Some(k) = window.rfind(char::is_whitespace) {
        return lo + k + window[k..].chars().next().map_or(1, char::len_utf8);
    }
    hard
}

/// The extractor: immutable, `Send + Sync`, cheap to call from many threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    entries: Vec<Entry>,
    dict: Dictionary,
    kinds: Option<HashSet<Kind>>,
}

impl Extractor {
    /// A builder with the built-in lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The extractor with the built-in lexicons only.
    pub fn new() -> Result<Self> {
        Self::builder().build()
    }

    /// Every lexicon entry it knows, built-in, added and generated.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entities of `text`, sorted by start (an official before the mentions inside it).
    /// Never fails and never panics; spans are byte offsets into `text`.
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Entity<'a>> {
        let mut entities = if text.len() > CHUNK {
            self.extract_chunked(text)
        } else {
            self.pooled(text, |a| self.run(a))
        };
        if let Some(kinds) = &self.kinds {
            entities.retain(|e| kinds.contains(&e.kind()));
        }
        entities
    }

    /// The entities of many texts, in order; uses every core with the `rayon` feature.
    pub fn extract_batch<'a>(&self, texts: &[&'a str]) -> Vec<Vec<Entity<'a>>> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.extract(t)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.extract(t)).collect()
        }
    }

    /// The officials of one document, one record per person: every post seen, the highest
    /// rank, and the span of each mention of the name.
    pub fn officials(&self, text: &str) -> Vec<OfficialRecord> {
        let entities = if text.len() > CHUNK {
            self.extract_chunked(text)
        } else {
            self.pooled(text, |a| self.run(a))
        };
        official::merge(&entities)
    }

    /// Texts past [`CHUNK`] bytes go through in pieces, with their spans moved back to the
    /// whole text: the working memory stays the size of a piece, so time stays linear in
    /// the text (and the pipeline's 32-bit offsets suffice). A piece ends at a line break,
    /// where no entity can run on; a text with none in reach is cut after a sentence, or
    /// else at white space.
    fn extract_chunked<'a>(&self, text: &'a str) -> Vec<Entity<'a>> {
        let mut out = Vec::new();
        let mut start = 0;
        while start < text.len() {
            let end = cut(text, start);
            // A cut that is not a line break may fall inside an entity: read on a little past
            // it, keep what starts before it (and what lies inside what is kept), and start
            // the next piece after the last kept entity.
            let at_line = end == text.len() || text[..end].ends_with('\n');
            let reach = if at_line { end } else { cut_after(text, end) };
            let piece = &text[start..reach];
            let mut kept_end = end;
            for e in self.pooled(piece, |a| self.run(a)) {
                let (s, t) = (start + e.start, start + e.end);
                if s < end || t <= kept_end && s < kept_end {
                    kept_end = kept_end.max(t);
                    out.push(Entity::new(text, crate::entity::Span::new(s, t), e.value));
                }
            }
            start = kept_end;
        }
        out
    }

    /// Runs `f` on the analysis of `text`, made in this thread's buffers: a thread that
    /// extracts from many texts allocates them once, not once a text.
    fn pooled<'a, T>(&self, text: &'a str, f: impl FnOnce(&mut Analysis<'a>) -> T) -> T {
        thread_local! {
            static BUFFERS: std::cell::Cell<Buffers> = std::cell::Cell::new(Buffers::default());
        }
        // (A thread being torn down has no buffers to lend: fresh ones then.)
        let buffers = BUFFERS.try_with(|b| b.take()).unwrap_or_default();
        let mut a = Analysis::with_vocabulary_in(text, self.dict.vocabulary(), buffers);
        let out = f(&mut a);
        let buffers = a.into_buffers();
        // A text of a CHUNK holds a few MB; more is not kept.
        if buffers.capacity() <= 8 * CHUNK * 4 {
            let _ = BUFFERS.try_with(|b| b.set(buffers));
        }
        out
    }

    /// Tokenizes `text` the way [`Extractor::extract`] does (exposed for the benchmarks).
    #[doc(hidden)]
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        Analysis::with_vocabulary(text, self.dict.vocabulary())
    }

    /// The dictionary hits of `a` (exposed for the benchmarks).
    #[doc(hidden)]
    pub fn hits(&self, a: &Analysis<'_>) -> Hits {
        self.dict.find(a)
    }

    /// The dictionary's distinct folded patterns, each token preceded by a space like
    /// [`Analysis::folded`] (the benchmarks build their reference automaton from them).
    #[doc(hidden)]
    pub fn folded_patterns(&self) -> &[String] {
        self.dict.folded_patterns()
    }

    /// The matchers' candidates, before overlap resolution (exposed for the benchmarks).
    #[doc(hidden)]
    pub fn candidates(&self, a: &Analysis<'_>, hits: &Hits) -> Vec<Candidate> {
        let mut cands: Vec<Candidate> = Vec::with_capacity(a.len() / 4);
        self.candidates_into(a, hits, &mut cands);
        cands
    }

    /// The matchers' candidates, appended to `cands`.
    fn candidates_into(&self, a: &Analysis<'_>, hits: &Hits, cands: &mut Vec<Candidate>) {
        let cx = Cx {
            a,
            hits,
            entries: &self.entries,
        };
        let cands = &mut *cands;
        matchers::rank::find(&cx, cands);
        matchers::organization::find(&cx, cands);
        matchers::location::find(&cx, cands);
        matchers::person::find(&cx, cands);
        matchers::document::find(&cx, cands);
        let chains = matchers::number::Chains::new(&cx);
        matchers::time::find_with(&cx, &chains, cands);
        matchers::number::find_with(&cx, &chains, cands);
    }

    /// Resolution and linking of candidates into mentions and officials (exposed for the
    /// benchmarks).
    #[doc(hidden)]
    pub fn link(&self, a: &Analysis<'_>, hits: &Hits, cands: Vec<Candidate>) -> Vec<Candidate> {
        let cx = Cx {
            a,
            hits,
            entries: &self.entries,
        };
        let mut mentions = resolve(cands, a.len());
        let officials = official::link(&cx, &mut mentions);
        mentions.extend(officials);
        mentions
    }

    fn run<'a>(&self, a: &mut Analysis<'a>) -> Vec<Entity<'a>> {
        let mut hits = self.hits(a);
        // Names and places written in lower case, marked capitalised, match anew.
        thread_local! {
            static CHANGED: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
        }
        let mut changed = CHANGED.try_with(|c| c.take()).unwrap_or_default();
        crate::recase::recase(&self.dict, &self.entries, a, &hits, &mut changed);
        if !changed.is_empty() {
            let again = self.dict.find_again(a, &hits, &changed);
            hits.recycle();
            hits = again;
        }
        let _ = CHANGED.try_with(|c| c.set(changed));
        let a = &*a;
        // The candidates' buffer is this thread's from one text to the next: a text's
        // candidates are many, and a large allocation made and freed on every call costs.
        thread_local! {
            static CANDIDATES: std::cell::Cell<Vec<Candidate>> =
                const { std::cell::Cell::new(Vec::new()) };
        }
        let mut cands = CANDIDATES.try_with(|c| c.take()).unwrap_or_default();
        cands.clear();
        self.candidates_into(a, &hits, &mut cands);
        let mut all = self.link(a, &hits, cands);
        hits.recycle();
        // Mentions come sorted and officials after them: a stable sort merges the two runs.
        all.sort_by(|x, y| x.start.cmp(&y.start).then(y.end.cmp(&x.end)));
        let entities = all
            .drain(..)
            .map(|c| Entity::new(a.input, a.span(c.start as usize..c.end as usize), c.value))
            .collect();
        // (A buffer grown by a huge text is not kept.)
        if all.capacity() <= 1 << 16 {
            let _ = CANDIDATES.try_with(|c| c.set(all));
        }
        entities
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A long text goes through in pieces and gives what its paragraphs give one by one.
    #[test]
    fn pieces_lose_nothing() {
        let ex = Extractor::new().unwrap();
        let para = "Đại tá Lê Văn Hải, Giám đốc Công an tỉnh Nghệ An, cho biết ngày 12/3/2024 đã thu 1,2 tỷ đồng.";
        let one = ex.extract(para).len();
        // With line breaks.
        let text = format!("{para}\n").repeat(2 * CHUNK / para.len() + 3);
        let n = text.len() / (para.len() + 1);
        let found = ex.extract(&text);
        assert!(text.len() > CHUNK);
        assert_eq!(found.len(), one * n);
        // Without any: cuts fall after a sentence or at white space, and nothing is lost.
        let text = format!("{para} ").repeat(2 * CHUNK / para.len() + 3);
        let found = ex.extract(&text);
        assert_eq!(found.len(), one * (text.len() / (para.len() + 1)));
        let words = "Trung tướng ".repeat(3 * CHUNK / 12);
        let ranks = ex.extract(&words);
        assert_eq!(ranks.len(), 3 * CHUNK / 12);
        for w in [&found, &ranks] {
            for e in w.iter() {
                assert!(e.start < e.end);
            }
            assert!(w.windows(2).all(|p| p[0].start <= p[1].start));
        }
    }

    #[test]
    fn batch_keeps_order_and_answers() {
        let ex = Extractor::new().unwrap();
        let texts: Vec<String> = (0..50)
            .map(|i| {
                format!(
                    "Đại tá Lê Văn {} nhận {i} tỷ đồng ngày {}/3/2024.",
                    ["An", "Bình", "Cường"][i % 3],
                    i % 28 + 1
                )
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let batch = ex.extract_batch(&refs);
        assert_eq!(batch.len(), refs.len());
        for (t, got) in refs.iter().zip(&batch) {
            assert_eq!(got, &ex.extract(t));
        }
    }

    #[test]
    fn user_lexicon_lines_are_checked() {
        let err = Extractor::builder()
            .load_lexicon("org\tX\t\ttype=bogus\n".as_bytes())
            .unwrap_err();
        assert_eq!(err.to_string(), "<reader>:1: bad value \"bogus\" for type");
        let ex = Extractor::builder()
            .without_builtin()
            .add_entry(EntryKind::Rank, "Thiếu úy", "")
            .build()
            .unwrap();
        assert!(ex.extract("Trung tướng A").is_empty(), "no built-in ranks");
    }
}
