//! Ids for a fixed set of folded words, looked up in one probe: a word's first eight bytes
//! and its length are its key, so all but the longest words compare as two numbers. The
//! tokenizer's grammar tags, the dictionary's vocabulary and the matchers' word lists all
//! look tokens up this way.

/// A folded word's first eight bytes, zero-padded, as a number.
#[inline]
pub(crate) fn head(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .take(8)
        .enumerate()
        .fold(0, |v, (k, &b)| v | (b as u64) << (8 * k))
}

/// The head of `text[start..end]`, read as one load where eight bytes are there to read.
#[inline]
fn head_at(text: &[u8], start: usize, end: usize) -> u64 {
    match text.get(start..start + 8) {
        Some(b) => {
            let v = u64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
            let n = end.saturating_sub(start);
            if n >= 8 {
                v
            } else {
                v & ((1u64 << (n * 8)) - 1)
            }
        }
        None => head_near_end(text, start, end),
    }
}

/// [`head_at`] for the last bytes of a text.
#[cold]
#[inline(never)]
fn head_near_end(text: &[u8], start: usize, end: usize) -> u64 {
    head(text.get(start..end).unwrap_or_default())
}

/// A fast hash for the maps built once from the lexicons (their keys are the lexicons' own
/// words and ids, not the input's): the multiply-and-rotate hash of the Rust compiler.
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher {
    hash: u64,
}

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl std::hash::Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FastHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FastHasher>>;
/// A hash set with [`FastHasher`].
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FastHasher>>;

/// Distinct words in order of first sight, each with its id: how every list of folded words
/// is gathered before its [`WordIds`] is built.
#[derive(Debug, Clone, Default)]
pub struct Distinct {
    words: Vec<String>,
    index: FastMap<String, u32>,
}

impl Distinct {
    /// The id of `word`, added if new.
    pub fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.index.get(word) {
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(word.to_string());
        self.index.insert(word.to_string(), id);
        id
    }

    /// The words, by id.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Their look-up table.
    pub fn ids(&self) -> WordIds {
        WordIds::new(self.words.iter().map(String::as_str))
    }
}

/// The head of an empty slot: eight 0xFF bytes are never UTF-8.
const EMPTY: u64 = u64::MAX;

/// A fixed set of words, each with its id (its place in the list it was built from).
#[derive(Debug, Clone, Default)]
pub struct WordIds {
    /// Per slot, the head of its word ([`EMPTY`] for none): probes read only these, eight
    /// bytes a slot, so the table stays small in cache.
    heads: Vec<u64>,
    /// Per slot, its word's length and id.
    meta: Vec<(u32, u32)>,
    /// Per id, its range in `text` (compared only for words past eight bytes).
    words: Vec<(u32, u32)>,
    text: String,
}

impl WordIds {
    /// The set of `words`, which must be distinct; ids follow their order.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut m = WordIds::default();
        for w in words {
            let s = m.text.len() as u32;
            m.text.push_str(w);
            m.words.push((s, m.text.len() as u32));
        }
        let size = (m.words.len() * 2 + 1).next_power_of_two().max(16);
        m.heads = vec![EMPTY; size];
        m.meta = vec![(0, 0); size];
        for id in 0..m.words.len() {
            let (s, e) = m.words[id];
            let w = &m.text.as_bytes()[s as usize..e as usize];
            let h = head(w);
            let mut i = m.slot(h);
            while m.heads[i] != EMPTY {
                i = (i + 1) & (size - 1);
            }
            m.heads[i] = h;
            m.meta[i] = (w.len() as u32, id as u32);
        }
        m
    }

    /// Whether word `id`, longer than eight bytes, is `word`.
    #[cold]
    #[inline(never)]
    fn long_word_is(&self, id: u32, word: &[u8]) -> bool {
        let (a, b) = self.words[id as usize];
        self.text.as_bytes().get(a as usize..b as usize) == Some(word)
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    #[inline]
    fn slot(&self, head: u64) -> usize {
        (head.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (self.heads.len() - 1)
    }

    /// The id of `word`.
    #[inline]
    pub fn get(&self, word: &str) -> Option<u32> {
        let b = word.as_bytes();
        self.probe(head(b), b)
    }

    /// The id of the word `text[start..end]` (a token's range of the folded view).
    #[inline(always)]
    pub fn get_at(&self, text: &str, start: usize, end: usize) -> Option<u32> {
        let t = text.as_bytes();
        let word = t.get(start..end)?;
        self.probe(head_at(t, start, end), word)
    }

    /// The id of `word`, whose [`head`] the caller has (computed as its bytes were written).
    #[inline(always)]
    pub(crate) fn get_with_head(&self, h: u64, word: &[u8]) -> Option<u32> {
        self.probe(h, word)
    }

    #[inline(always)]
    fn probe(&self, h: u64, word: &[u8]) -> Option<u32> {
        if self.heads.is_empty() {
            return None;
        }
        let mask = self.heads.len() - 1;
        let mut i = self.slot(h);
        loop {
            let head = self.heads[i];
            if head == h {
                let (len, id) = self.meta[i];
                if len as usize == word.len() && (word.len() <= 8 || self.long_word_is(id, word)) {
                    return Some(id);
                }
            } else if head == EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_words() {
        let words = [
            "an",
            "cong",
            "nghieng",
            "chuyenvien",
            "chuyenvienx",
            "a",
            "\u{0}",
        ];
        let m = WordIds::new(words);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(w), Some(i as u32), "{w:?}");
        }
        for w in [
            "",
            "ang",
            "con",
            "chuyenvie",
            "chuyenviem",
            "b",
            "\u{0}\u{0}",
        ] {
            assert_eq!(m.get(w), None, "{w:?}");
        }
        let text = " cong an chuyenvienx a";
        assert_eq!(m.get_at(text, 1, 5), Some(1));
        assert_eq!(m.get_at(text, 6, 8), Some(0));
        assert_eq!(m.get_at(text, 9, 20), Some(4));
        assert_eq!(m.get_at(text, 21, 22), Some(5));
        assert_eq!(m.get_at(text, 1, 4), None);
        assert_eq!(m.get_at(text, 30, 34), None);
    }
}
