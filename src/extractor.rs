//! The extractor: lexicons and the automaton built once, then the pipeline — tokenize and
//! fold, scan the dictionary, run the matchers, resolve overlaps, link officials.

use crate::entity::{Entity, Kind};
use crate::error::Result;
use crate::lexicon::{self, Attrs, Entry, EntryKind};
use crate::matchers::dictionary::{Dictionary, Hits};
use crate::matchers::{self, Candidate, Cx};
use crate::official::{self, OfficialRecord};
use crate::resolve::resolve;
use crate::token::Analysis;
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
    let abbrs: std::collections::HashMap<String, String> = entries
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

/// For every organization, the forms with its words abbreviated as news writes them:
/// "Ủy ban nhân dân" gives "UBND", "Tổng Liên đoàn Lao động Việt Nam" gives "Tổng LĐLĐ Việt
/// Nam". Two rounds, so two abbreviations can stand in one name.
fn abbreviated_variants(entries: &[Entry]) -> Vec<Entry> {
    use crate::normalize::tone::key;
    let abbrs: Vec<(Vec<String>, &str)> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Abbr)
        .map(|e| {
            (
                e.canonical.split_whitespace().map(key).collect::<Vec<_>>(),
                e.surface.as_str(),
            )
        })
        .filter(|(words, _)| words.len() >= 2)
        .collect();
    let mut seen: HashSet<(String, String)> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Org)
        .map(|e| (key(&e.surface), e.canonical.clone()))
        .collect();
    let mut out = Vec::new();
    let mut frontier: Vec<Entry> = entries
        .iter()
        .filter(|e| e.kind == EntryKind::Org)
        .cloned()
        .collect();
    for _round in 0..2 {
        let mut next = Vec::new();
        for e in &frontier {
            let words: Vec<&str> = e.surface.split_whitespace().collect();
            let keys: Vec<String> = words.iter().map(|w| key(w)).collect();
            for (exp, abbr) in &abbrs {
                let mut at = 0;
                while at + exp.len() <= keys.len() {
                    if keys[at..at + exp.len()] == exp[..] {
                        let mut w: Vec<&str> = words[..at].to_vec();
                        w.push(abbr);
                        w.extend_from_slice(&words[at + exp.len()..]);
                        let surface = w.join(" ");
                        if seen.insert((key(&surface), e.canonical.clone())) {
                            let v =
                                Entry::new(EntryKind::Org, &surface, &e.canonical, e.attrs.clone());
                            next.push(v);
                        }
                        at += exp.len();
                    } else {
                        at += 1;
                    }
                }
            }
        }
        out.extend(next.iter().cloned());
        frontier = next;
    }
    out
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
        let a = Analysis::new(text);
        let mut entities = self.run(&a);
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
        let a = Analysis::new(text);
        official::merge(&self.run(&a))
    }

    /// The dictionary hits of `a` (exposed for the benchmarks).
    #[doc(hidden)]
    pub fn hits(&self, a: &Analysis<'_>) -> Hits {
        let mut hits = Vec::new();
        self.dict.find(a, &mut hits);
        Hits::new(hits, a.len())
    }

    /// Counts the bare automaton's matches over a folded text (the benchmarks' reference).
    #[doc(hidden)]
    pub fn bare_scan(&self, folded: &str) -> usize {
        self.dict.count(folded)
    }

    /// The matchers' candidates, before overlap resolution (exposed for the benchmarks).
    #[doc(hidden)]
    pub fn candidates(&self, a: &Analysis<'_>, hits: &Hits) -> Vec<Candidate> {
        let cx = Cx {
            a,
            hits,
            entries: &self.entries,
        };
        let mut cands: Vec<Candidate> = Vec::with_capacity(a.len() / 4);
        matchers::rank::find(&cx, &mut cands);
        matchers::organization::find(&cx, &mut cands);
        matchers::location::find(&cx, &mut cands);
        matchers::person::find(&cx, &mut cands);
        matchers::document::find(&cx, &mut cands);
        let chains = matchers::number::Chains::new(&cx);
        matchers::time::find_with(&cx, &chains, &mut cands);
        matchers::number::find_with(&cx, &chains, &mut cands);
        cands
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

    fn run<'a>(&self, a: &Analysis<'a>) -> Vec<Entity<'a>> {
        let hits = self.hits(a);
        let cands = self.candidates(a, &hits);
        let mut all = self.link(a, &hits, cands);
        all.sort_unstable_by(|x, y| x.start.cmp(&y.start).then(y.end.cmp(&x.end)));
        all.into_iter()
            .map(|c| Entity::new(a.input, a.span(c.start as usize..c.end as usize), c.value))
            .collect()
    }
}
