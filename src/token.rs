//! Tokens: syllables, numbers, punctuation and line breaks, cut and folded in one pass over
//! the input. The folded view (`Analysis::folded`) is the text the dictionary scans: each
//! token's folded form preceded by one space, so every token starts after a space.

use crate::entity::Span;
use crate::normalize::fold::{fold_char_into, is_combining};
use crate::normalize::sig::{self, Sig};
use crate::normalize::tone;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (a syllable, an abbreviation, a foreign word).
    Word,
    /// ASCII digits.
    Number,
    /// One punctuation or symbol character.
    Punct,
    /// A line break: nothing spans it.
    Break,
}

/// How a word is capitalised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Case {
    /// "trung".
    Lower,
    /// "Trung".
    Title,
    /// "TRUNG", "A".
    Upper,
    /// "ThS", "iPhone", or not a word.
    Other,
}

/// One token of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it starts in the original input (a byte offset).
    pub start: u32,
    /// Where it ends in the original input.
    pub end: u32,
    /// Where its folded form is in [`Analysis::folded`].
    pub fold_start: u32,
    /// End of its folded form.
    pub fold_end: u32,
    /// What it is made of.
    pub kind: TokenKind,
    /// Its capitalisation.
    pub case: Case,
    /// Whether it carries a diacritic (a tone, a vowel mark, or đ).
    pub marks: bool,
    /// Whether white space (or the start of the text) stands right before it.
    pub space_before: bool,
    /// Whether its first letter is upper case.
    pub initial_upper: bool,
    /// Whether its line is written without diacritics (three words or more, fewer than one
    /// in ten with a diacritic): only there do dictionary words match without them.
    pub plain_line: bool,
    /// Whether its line is written in capitals (three words or more, nine in ten upper
    /// case): there capitals do not mark names.
    pub caps_line: bool,
    /// The grammar-word lists its folded form is in (see [`crate::keywords`]).
    pub tags: u8,
    /// A word's diacritics (see [`crate::normalize::sig`]). Other tokens: 0, so a dash
    /// matches a dash whichever it is ("-", "–"), and a digit a digit; [`sig::ODD`] when
    /// combining marks follow them, which only the matching keys compare.
    pub sig: u64,
}

impl Token {
    /// A token that is no word over `span` of the input, folded at `fold` of the folded
    /// view; `marks` when combining marks follow it (its signature is then odd).
    #[inline]
    fn not_a_word(
        kind: TokenKind,
        span: Range<usize>,
        fold: Range<usize>,
        space: bool,
        marks: bool,
    ) -> Token {
        Token {
            start: span.start as u32,
            end: span.end as u32,
            fold_start: fold.start as u32,
            fold_end: fold.end as u32,
            kind,
            case: Case::Other,
            marks,
            space_before: space,
            initial_upper: false,
            plain_line: false,
            caps_line: false,
            tags: 0,
            sig: if marks { sig::ODD } else { 0 },
        }
    }

    /// Where it is in the original input.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Whether it is a word whose first letter is upper case.
    #[inline]
    pub fn is_cap(&self) -> bool {
        self.kind == TokenKind::Word && self.initial_upper
    }
    /// Whether it is a word.
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
    /// Its folded range.
    #[inline]
    pub fn fold_range(&self) -> Range<usize> {
        self.fold_start as usize..self.fold_end as usize
    }
}

/// What [`Analysis::tok`] gives past the last token: a line break of no width.
const PAST_END: Token = Token {
    start: 0,
    end: 0,
    fold_start: 0,
    fold_end: 0,
    kind: TokenKind::Break,
    case: Case::Other,
    marks: false,
    space_before: true,
    initial_upper: false,
    plain_line: false,
    caps_line: false,
    tags: 0,
    sig: 0,
};

/// The tokens of one input with their folded view.
#[derive(Debug, Clone, Default)]
pub struct Analysis<'a> {
    /// The original input.
    pub input: &'a str,
    /// Lower case, diacritics removed, quotes and dashes folded, one space before each token.
    pub folded: String,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// Per token, its id in the vocabulary it was read with ([`Analysis::with_vocabulary`]),
    /// [`NO_WORD`] for a word not in it; empty without a vocabulary.
    pub ids: Vec<u32>,
    /// The stamp of that vocabulary (0 for none).
    pub vocabulary: u64,
    /// The lines written in lower case: four words or more, none capitalised but perhaps
    /// the first (abbreviations in capitals aside). Per line, its first token, one past its
    /// last, and whether its first word is in lower case too. Their names and places are
    /// found from what stands before them, and marked capitalised, before the dictionary
    /// looks the text up again.
    pub lower_lines: Vec<(u32, u32, bool)>,
}

/// The memory an analysis owns, kept from one text to the next by callers that analyse
/// many (see [`Analysis::with_vocabulary_in`]).
#[derive(Debug, Default)]
pub struct Buffers {
    folded: String,
    tokens: Vec<Token>,
    ids: Vec<u32>,
    lower_lines: Vec<(u32, u32, bool)>,
}

impl Buffers {
    /// The bytes they hold.
    pub fn capacity(&self) -> usize {
        self.folded.capacity()
            + self.tokens.capacity() * std::mem::size_of::<Token>()
            + self.ids.capacity() * 4
            + self.lower_lines.capacity() * 12
    }
}

/// The id of a token whose folded form is not in the vocabulary.
pub const NO_WORD: u32 = u32::MAX;

/// Folded words the tokenizer looks every token up in, in the same probe that finds its
/// grammar tags: a dictionary's vocabulary and the grammar words, each with its tags.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    words: crate::words::WordIds,
    tags: Vec<u8>,
    stamp: u64,
}

impl Vocabulary {
    /// The vocabulary of `words` (folded forms; ids follow theirs) and of every grammar
    /// word, which gets an id after them if it is not among them.
    pub fn new(words: &crate::words::Distinct) -> Self {
        static STAMPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut all = words.clone();
        let mut tags = vec![0u8; all.len()];
        for (w, t) in crate::keywords::grammar_words() {
            let id = all.id(w) as usize;
            tags.resize(all.len(), 0);
            tags[id] |= t;
        }
        Vocabulary {
            words: all.ids(),
            tags,
            stamp: STAMPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The stamp telling this vocabulary from others.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The id of the folded word `folded[start..end]`, or [`NO_WORD`].
    #[inline]
    pub fn id_at(&self, folded: &str, start: usize, end: usize) -> u32 {
        self.words.get_at(folded, start, end).unwrap_or(NO_WORD)
    }

    #[inline]
    fn tags(&self, id: u32) -> u8 {
        self.tags.get(id as usize).copied().unwrap_or(0)
    }
}

#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// The character at byte `i` when it is a two- or three-byte one of the ranges Vietnamese
/// uses (Latin letters with diacritics, combining marks), with its length; `None` for
/// anything else, which the caller decodes the general way.
#[inline]
fn decode(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b0 = *bytes.get(i)?;
    let b1 = *bytes.get(i + 1)?;
    if (0xC3..=0xCD).contains(&b0) && b1 & 0xC0 == 0x80 {
        let cp = ((b0 as u32 & 0x1F) << 6) | (b1 as u32 & 0x3F);
        return char::from_u32(cp).map(|c| (c, 2));
    }
    if b0 == 0xE1 && (b1 == 0xBA || b1 == 0xBB) {
        let b2 = *bytes.get(i + 2)?;
        if b2 & 0xC0 == 0x80 {
            let cp = 0x1000 | ((b1 as u32 & 0x3F) << 6) | (b2 as u32 & 0x3F);
            return char::from_u32(cp).map(|c| (c, 3));
        }
    }
    None
}

/// Whether the first character at byte `i` past any marks is a lower-case letter.
fn next_is_lower(input: &str, i: usize) -> bool {
    input
        .get(i..)
        .and_then(|r| r.chars().find(|&d| !is_combining(d)))
        .is_some_and(|d| d.is_lowercase())
}

/// The fewest words of a line that can be said to be typed half without diacritics.
const MIN_HALF_PLAIN_LINE: u32 = 8;

/// The fewest words of a line that can be said to be written in lower case.
const MIN_LOWER_LINE: u32 = 4;

#[inline]
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// The folded form of a punctuation character: curly quotes to straight, dashes to '-'.
fn fold_punct(c: char, out: &mut String) {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}' | '\u{2033}' => {
            out.push('"')
        }
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{B4}' => {
            out.push('\'')
        }
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => out.push('-'),
        '\u{2026}' => out.push_str("..."),
        '\u{FF0C}' => out.push(','),
        '\u{FF1A}' => out.push(':'),
        '\u{FF1B}' => out.push(';'),
        '\u{FF08}' => out.push('('),
        '\u{FF09}' => out.push(')'),
        '\u{FF05}' => out.push('%'),
        _ => {
            fold_char_into(c, out);
        }
    }
}

impl<'a> Analysis<'a> {
    /// Tokenizes and folds `input`.
    pub fn new(input: &'a str) -> Self {
        let mut a = Analysis {
            input,
            ..Default::default()
        };
        a.run(None);
        a
    }

    /// Tokenizes and folds `input`, and looks every token up in `vocabulary`. What reading
    /// a word gave is kept per thread (256 KiB) for the next time the same bytes are read
    /// with the same vocabulary, in this text or a later one.
    pub fn with_vocabulary(input: &'a str, vocabulary: &Vocabulary) -> Self {
        Self::with_vocabulary_in(input, vocabulary, Buffers::default())
    }

    /// Like [`Analysis::with_vocabulary`], in the buffers of an earlier analysis (see
    /// [`Analysis::into_buffers`]): no allocation once they are large enough.
    pub fn with_vocabulary_in(input: &'a str, vocabulary: &Vocabulary, buffers: Buffers) -> Self {
        let Buffers {
            mut folded,
            mut tokens,
            mut ids,
            mut lower_lines,
        } = buffers;
        folded.clear();
        tokens.clear();
        ids.clear();
        lower_lines.clear();
        let mut a = Analysis {
            input,
            folded,
            tokens,
            ids,
            vocabulary: vocabulary.stamp,
            lower_lines,
        };
        a.run(Some(vocabulary));
        a
    }

    /// Gives back the buffers, for the next analysis.
    pub fn into_buffers(self) -> Buffers {
        Buffers {
            folded: self.folded,
            tokens: self.tokens,
            ids: self.ids,
            lower_lines: self.lower_lines,
        }
    }

    /// Cuts the input into tokens and writes the folded view in one pass; with `v`, looks
    /// every token up in it as the token is cut (its id, and a word's tags), else looks
    /// words up in the grammar words afterwards.
    fn run(&mut self, v: Option<&Vocabulary>) {
        let input = self.input;
        let bytes = input.as_bytes();
        let mut folded = std::mem::take(&mut self.folded).into_bytes();
        folded.reserve(input.len() + input.len() / 4);
        let mut tokens = std::mem::take(&mut self.tokens);
        tokens.reserve(input.len() / 4);
        let mut ids = std::mem::take(&mut self.ids);
        if v.is_some() {
            ids.reserve(input.len() / 4);
        }
        let mut cut = Cut {
            input,
            // (Fetched once: each fetch of the lazily built table checks that it is built.)
            table: crate::normalize::fold::letter_table(),
            vocabulary: v,
            folded,
            tokens,
            ids,
            lower_lines: std::mem::take(&mut self.lower_lines),
            line: Line::starting(0),
            scratch: String::new(),
        };
        let mut cache = v.and_then(WordCache::take);
        let mut space = true;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b == b' ' {
                space = true;
                i += 1;
                continue;
            }
            if b.is_ascii_alphabetic() || b >= 0x80 {
                let word = match cache.as_deref_mut() {
                    Some(cache) => cut.cached_word(i, space, cache),
                    None => cut.word(i, space),
                };
                if let Some(end) = word {
                    i = end;
                    space = false;
                    continue;
                }
            }
            if b.is_ascii_digit() {
                i = cut.number(i, space);
                space = false;
                continue;
            }
            if b > b' ' && b < 0x80 {
                // ASCII punctuation or a symbol: neither a letter, a digit nor a space.
                i = cut.ascii_punct(i, b, space, cache.as_deref());
                space = false;
                continue;
            }
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                match input.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => (c, c.len_utf8()),
                    None => {
                        // Not at a character boundary: cannot happen in a `str`; step on.
                        i += 1;
                        continue;
                    }
                }
            };
            if is_space(c) {
                if is_line_break(c)
                    && cut
                        .tokens
                        .last()
                        .is_some_and(|t| t.kind != TokenKind::Break)
                {
                    cut.line_break(i, i + len);
                }
                space = true;
                i += len;
                continue;
            }
            i = cut.punct(i, c, len, space);
            space = false;
        }
        cut.end_line();
        if let Some(cache) = cache {
            WordCache::put(cache);
        }
        let Cut {
            folded,
            tokens,
            ids,
            lower_lines,
            ..
        } = cut;
        // Only whole characters are ever written, so this never fails.
        self.folded = String::from_utf8(folded)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        self.tokens = tokens;
        self.ids = ids;
        self.lower_lines = lower_lines;
        if v.is_none() {
            let folded = &self.folded;
            for t in &mut self.tokens {
                if t.kind == TokenKind::Word {
                    t.tags = crate::keywords::tags_at(
                        folded,
                        t.fold_start as usize,
                        t.fold_end as usize,
                    );
                }
            }
        }
    }

    /// The number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there are no tokens.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The original text of token `i` ("" past the last token).
    #[inline]
    pub fn text(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .and_then(|t| self.input.get(t.start as usize..t.end as usize))
            .unwrap_or("")
    }

    /// The folded text of token `i` ("" past the last token).
    #[inline]
    pub fn fold(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.folded.get(t.fold_range()))
            .unwrap_or("")
    }

    /// The original span of tokens `range` (end exclusive).
    #[inline]
    pub fn span(&self, range: Range<usize>) -> Span {
        Span::new(
            self.tokens[range.start].start as usize,
            self.tokens[range.end - 1].end as usize,
        )
    }

    /// Whether token `i` is the punctuation `p` (folded: curly quotes are '"', dashes '-').
    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokenKind::Punct && self.fold(i) == p
    }

    /// Whether token `i` is a dash ("-", "–", "—").
    #[inline]
    pub fn is_dash(&self, i: usize) -> bool {
        self.is_punct(i, "-")
    }

    /// Token `i`; past the last token, a line break of no width, so that a look ahead
    /// reads the end of the text as the end of a line instead of failing.
    #[inline]
    pub fn tok(&self, i: usize) -> &Token {
        self.tokens.get(i).unwrap_or(&PAST_END)
    }

    /// Whether token `i` is the word `word` (given with its diacritics): equal folded forms,
    /// and equal matching keys unless the token's line is written without diacritics.
    #[inline]
    pub fn is_word(&self, i: usize, word: &str) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word {
            return false;
        }
        // The usual answer, no, told by the first byte: a word that starts with an ASCII
        // letter folds to start with it in lower case. (Inlined, so a constant word's first
        // byte is known where it is asked for.)
        if let Some(&w) = word.as_bytes().first() {
            let f = self.folded.as_bytes().get(t.fold_range());
            if w.is_ascii() && f.and_then(<[u8]>::first) != Some(&w.to_ascii_lowercase()) {
                return false;
            }
        }
        self.is_word_token(t, i, word)
    }

    /// [`Analysis::is_word`] for word token `t` at `i`, past its first byte.
    fn is_word_token(&self, t: &Token, i: usize, word: &str) -> bool {
        if !fold_eq(self.fold(i), word) {
            return false;
        }
        (!t.marks && t.plain_line) || sig_eq(t.sig, self.text(i), sig::of(word), word)
    }

    /// Whether token `i` is one of `words`.
    pub fn is_any_word(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.is_word(i, w))
    }

    /// The original span of a byte range of the folded view, widened to whole tokens'
    /// characters: a start or end inside a token is walked to the exact character.
    pub fn fold_to_original(&self, range: Range<usize>) -> Span {
        if self.tokens.is_empty() {
            return Span::default();
        }
        let start = self.fold_offset_to_original(range.start, false);
        let end = self.fold_offset_to_original(range.end, true).max(start);
        Span::new(start, end)
    }

    fn fold_offset_to_original(&self, at: usize, is_end: bool) -> usize {
        // The token holding `at` (or the next one, for offsets on the spaces between).
        let i = self
            .tokens
            .partition_point(|t| (t.fold_end as usize) < at.max(1));
        let Some(t) = self.tokens.get(i) else {
            return self.input.len();
        };
        if at <= t.fold_start as usize {
            return if is_end && i > 0 {
                self.tokens[i - 1].end as usize
            } else {
                t.start as usize
            };
        }
        // Walk the token's characters, folding each, until the folded offset is reached.
        let mut folded = t.fold_start as usize;
        let mut buf = String::new();
        for (j, c) in self.input[t.span()].char_indices() {
            // Marks belong to the character before them: never stop in front of one.
            if folded >= at && !is_combining(c) {
                return t.start as usize + j;
            }
            buf.clear();
            if t.kind == TokenKind::Punct {
                fold_punct(c, &mut buf);
            } else {
                fold_char_into(c, &mut buf);
            }
            if !buf.is_empty() && folded + buf.len() > at && !is_end {
                return t.start as usize + j;
            }
            folded += buf.len();
        }
        t.end as usize
    }

    /// Token ranges of the sentences: a break ends one, and so does '.', '!', '?' or '…'
    /// followed by white space and a capital, a digit or a quote — but not the dot of
    /// "TP." or of an initial.
    pub fn sentences(&self) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 0..self.tokens.len() {
            if self.ends_sentence(i) {
                if start <= i {
                    out.push(start..i + 1);
                }
                start = i + 1;
            }
        }
        if start < self.tokens.len() {
            out.push(start..self.tokens.len());
        }
        out
    }

    /// Whether a sentence ends with token `i`.
    pub fn ends_sentence(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if t.kind == TokenKind::Break {
            return true;
        }
        if t.kind != TokenKind::Punct {
            return false;
        }
        let f = self.fold(i);
        if !matches!(f, "." | "!" | "?" | "...") {
            return false;
        }
        let Some(next) = self.tokens.get(i + 1) else {
            return true;
        };
        if !next.space_before {
            return false;
        }
        if f == "." && i > 0 {
            let prev = &self.tokens[i - 1];
            let p = self.fold(i - 1);
            let short_abbrev = prev.kind == TokenKind::Word
                && (matches!(
                    p,
                    "tp" | "ts" | "ths" | "pgs" | "gs" | "bs" | "ks" | "ls" | "st" | "q" | "p"
                ) || (prev.case == Case::Upper && p.chars().count() == 1));
            if short_abbrev {
                return false;
            }
        }
        next.kind == TokenKind::Break
            || next.kind == TokenKind::Number
            || next.is_cap()
            || matches!(self.fold(i + 1), "\"" | "'" | "(" | "-")
    }
}

/// What a line's words are like so far, to tell lines written without diacritics, in
/// capitals, or in lower case.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// Its first token.
    start: usize,
    words: u32,
    marked: u32,
    upper: u32,
    /// Words capitalised as names, the first aside.
    titled: u32,
    first_lower: bool,
}

impl Line {
    fn starting(start: usize) -> Self {
        Line {
            start,
            words: 0,
            marked: 0,
            upper: 0,
            titled: 0,
            first_lower: true,
        }
    }
}

/// Per byte of `x` (eight bytes of a text), 0x80 where the byte is neither an ASCII letter
/// nor part of a character outside ASCII.
#[inline(always)]
fn not_in_word(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits in lower case, then whether it is from 'a' to 'z': no sum
    // carries into the next byte.
    let l = (x & !HIGH) | 0x2020_2020_2020_2020;
    let from_a = l.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
    let past_z = l.wrapping_add(0x0505_0505_0505_0505);
    !((from_a & !past_z) | x) & HIGH
}

/// A word read and what reading it gave (see [`WordCache`]), in 32 bytes.
#[derive(Debug, Clone, Copy)]
struct Slot {
    /// The word's bytes, the key: those before the first byte that ends any word (see
    /// [`not_in_word`]), eight at most, zero-padded. None is 0, so the key tells their
    /// number; an empty slot (0) matches no word.
    key: u64,
    /// Its folded form (eight bytes at most), zero-padded: also its head.
    folded: u64,
    /// Its signature: [`sig::ODD`], or the marks of its letters (eight at most, three bits
    /// each) and its tone above them.
    sig: u32,
    id: u32,
    /// Its length in bytes (0: no word starts there), which can be less than the key's.
    len: u8,
    fold_len: u8,
    case: Case,
    marks: bool,
    initial_upper: bool,
    tags: u8,
}

impl Slot {
    /// A word's signature, packed ([`Slot::sig`]) if it has at most eight letters.
    fn pack_sig(sig: u64) -> Option<u32> {
        let packed = if sig == sig::ODD {
            u32::MAX
        } else {
            (sig & 0xFF_FFFF) as u32 | ((sig >> 57) as u32) << 24
        };
        (Self::unpack_sig(packed) == sig).then_some(packed)
    }

    #[inline]
    fn unpack_sig(packed: u32) -> u64 {
        if packed == u32::MAX {
            sig::ODD
        } else {
            (packed & 0xFF_FFFF) as u64 | ((packed >> 24) as u64) << 57
        }
    }
}

impl Default for Slot {
    fn default() -> Self {
        Slot {
            key: 0,
            folded: 0,
            sig: 0,
            id: NO_WORD,
            len: 0,
            fold_len: 0,
            case: Case::Other,
            marks: false,
            initial_upper: false,
            tags: 0,
        }
    }
}

/// Words read before and what reading them gave, by their bytes: a word seen before costs
/// one probe instead of a pass over its characters. What a word reads to depends on its
/// bytes alone (reading stops at the first byte that ends any word, if not before, and
/// looks no further; the end of the text ends it as a space does) and on the vocabulary,
/// whose stamp the cache keeps. Words of eight bytes at most that fold to eight bytes at
/// most: nearly all syllables. Kept per thread from one text to the next (256 KiB): a
/// language written in a few thousand syllables repeats them, so most words are found.
#[derive(Debug)]
struct WordCache {
    stamp: u64,
    /// The id of each ASCII character as a word of one byte (punctuation, mostly).
    one_byte: [u32; 128],
    /// Two words a set, the one stored last first.
    sets: Vec<Set>,
}

/// Two slots of a [`WordCache`]: one cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct Set([Slot; 2]);

impl WordCache {
    /// Sets: a power of two.
    const SETS: usize = 1 << 12;

    /// The set of the word `key`.
    #[inline]
    fn set(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize & (Self::SETS - 1)
    }

    /// This thread's cache, emptied unless it holds what vocabulary `v` read.
    fn take(v: &Vocabulary) -> Option<Box<WordCache>> {
        let mut cache = WORD_CACHE.try_with(|c| c.take()).ok()?.unwrap_or_else(|| {
            Box::new(WordCache {
                stamp: 0,
                one_byte: [NO_WORD; 128],
                sets: vec![Set::default(); Self::SETS],
            })
        });
        if cache.stamp != v.stamp {
            cache.sets.fill(Set::default());
            for (b, id) in (0u8..).zip(cache.one_byte.iter_mut()) {
                *id = v.words.get_with_head(b as u64, &[b]).unwrap_or(NO_WORD);
            }
            cache.stamp = v.stamp;
        }
        Some(cache)
    }

    /// Gives it back to the thread.
    fn put(cache: Box<WordCache>) {
        let _ = WORD_CACHE.try_with(|c| c.set(Some(cache)));
    }
}

thread_local! {
    static WORD_CACHE: std::cell::Cell<Option<Box<WordCache>>> = const { std::cell::Cell::new(None) };
}

/// Whether a combining mark (U+0300..U+036F) is at byte `i` of a `str`'s bytes.
#[inline]
fn combining_at(bytes: &[u8], i: usize) -> bool {
    match bytes.get(i) {
        Some(0xCC) => true,
        Some(0xCD) => bytes.get(i + 1).is_some_and(|&b| b <= 0xAF),
        _ => false,
    }
}

/// One pass over an input: the buffers being written and the line being read.
struct Cut<'a, 'v> {
    input: &'a str,
    /// [`crate::normalize::fold::letter_table`].
    table: &'static [u16],
    vocabulary: Option<&'v Vocabulary>,
    /// The folded view: only whole characters are written to it.
    folded: Vec<u8>,
    tokens: Vec<Token>,
    ids: Vec<u32>,
    lower_lines: Vec<(u32, u32, bool)>,
    line: Line,
    /// For the folded form of a rare character.
    scratch: String,
}

impl Cut<'_, '_> {
    /// Appends a token that is not a word, whose folded form is `folded[fold_start..]`,
    /// with its id.
    #[inline]
    fn push(
        &mut self,
        kind: TokenKind,
        start: usize,
        end: usize,
        fold_start: usize,
        space: bool,
        marks: bool,
    ) {
        let fold_end = self.folded.len();
        self.tokens.push(Token::not_a_word(
            kind,
            start..end,
            fold_start..fold_end,
            space,
            marks,
        ));
        if let Some(v) = self.vocabulary {
            let id = if kind == TokenKind::Break {
                NO_WORD
            } else {
                self.id(v, fold_start)
            };
            self.ids.push(id);
        }
    }

    /// Reads the word starting at byte `start`, if a letter starts there: letters and the
    /// marks that follow them, up to anything else or to a capital glued to a lower-case
    /// word ("quốcChủ"). Returns where it ends.
    fn word(&mut self, start: usize, space: bool) -> Option<usize> {
        let input = self.input;
        let bytes = input.as_bytes();
        let table = self.table;
        self.folded.push(b' ');
        let fold_start = self.folded.len();
        let (mut upper, mut lower, mut lower_run) = (0u32, 0u32, 0u32);
        let mut marks = false;
        // Every letter folds to one ASCII byte (or the word is odd): a letter's place in the
        // word is its offset in the folded form.
        let mut sig = Sig::default();
        let mut initial_upper = false;
        let mut i = start;
        while let Some(&b) = bytes.get(i) {
            // The common case first: a lower-case ASCII letter.
            if b.is_ascii_lowercase() {
                self.folded.push(b);
                lower += 1;
                lower_run += 1;
                i += 1;
                continue;
            }
            if b.is_ascii_uppercase() {
                if lower_run >= 2 && next_is_lower(input, i + 1) {
                    break;
                }
                self.folded.push(b.to_ascii_lowercase());
                initial_upper |= i == start;
                upper += 1;
                lower_run = 0;
                i += 1;
                continue;
            }
            if b < 0x80 {
                break;
            }
            let (c, len) = match decode(bytes, i) {
                Some(x) => x,
                None => match input.get(i..).and_then(|r| r.chars().next()) {
                    Some(c) => (c, c.len_utf8()),
                    None => break,
                },
            };
            if is_combining(c) {
                // A mark belongs to the letter before it.
                if i == start {
                    break;
                }
                marks = true;
                let at = (self.folded.len() - fold_start).saturating_sub(1);
                sig.combining(at, c);
                i += len;
                continue;
            }
            let info = crate::normalize::fold::letter_info_in(table, c);
            let base = info as u8;
            let is_upper = if base != 0 {
                base & 0x80 != 0
            } else if c.is_alphabetic() {
                c.is_uppercase()
            } else {
                break;
            };
            if is_upper {
                if lower_run >= 2 && next_is_lower(input, i + len) {
                    break;
                }
                initial_upper |= i == start;
                upper += 1;
                lower_run = 0;
            } else if base != 0 || c.is_lowercase() {
                lower += 1;
                lower_run += 1;
            }
            if base != 0 {
                sig.mark(self.folded.len() - fold_start, (info >> 8) as u8);
                self.folded.push(base & 0x7F);
                marks = true;
            } else {
                for l in c.to_lowercase() {
                    let mut buf = [0u8; 4];
                    self.folded
                        .extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
                sig.other();
            }
            i += len;
        }
        if i == start {
            self.folded.pop();
            return None;
        }
        let fold_end = self.folded.len();
        let case = if upper == 0 {
            Case::Lower
        } else if lower == 0 {
            Case::Upper
        } else if initial_upper && upper == 1 {
            Case::Title
        } else {
            Case::Other
        };
        let tags = match self.vocabulary {
            Some(v) => {
                let id = self.id(v, fold_start);
                self.ids.push(id);
                v.tags(id)
            }
            None => 0,
        };
        self.push_word(Token {
            start: start as u32,
            end: i as u32,
            fold_start: fold_start as u32,
            fold_end: fold_end as u32,
            kind: TokenKind::Word,
            case,
            marks,
            space_before: space,
            initial_upper,
            plain_line: false,
            caps_line: false,
            tags,
            sig: sig.finish(fold_end - fold_start),
        });
        Some(i)
    }

    /// The id in `v` of the folded form just written, `folded[fold_start..]`.
    #[inline]
    fn id(&self, v: &Vocabulary, fold_start: usize) -> u32 {
        let word = self.folded.get(fold_start..).unwrap_or_default();
        v.words
            .get_with_head(crate::words::head(word), word)
            .unwrap_or(NO_WORD)
    }

    /// Appends word token `t`, counting it in its line.
    #[inline]
    fn push_word(&mut self, t: Token) {
        let line = &mut self.line;
        if line.words == 0 {
            line.first_lower = !t.initial_upper;
        } else {
            line.titled += (t.initial_upper & (t.case != Case::Upper)) as u32;
        }
        line.words += 1;
        line.marked += t.marks as u32;
        line.upper += (t.case == Case::Upper) as u32;
        self.tokens.push(t);
    }

    /// Reads the word starting at byte `start` like [`Cut::word`], through `cache` when
    /// the same bytes were read before (with the same vocabulary).
    #[inline]
    fn cached_word(&mut self, start: usize, space: bool, cache: &mut WordCache) -> Option<usize> {
        let bytes = self.input.as_bytes();
        // The word's bytes: up to the first that is neither an ASCII letter nor part of
        // another character (where reading it must stop, if not before).
        // (Near the end, the bytes past it read as spaces: a word ends at the end of the
        // text as it does before a space.)
        let window = match bytes.get(start..start + 16) {
            Some(w) => <[u8; 16]>::try_from(w).ok(),
            None => bytes.get(start..).map(|rest| {
                let mut w = [b' '; 16];
                for (to, &from) in w.iter_mut().zip(rest) {
                    *to = from;
                }
                w
            }),
        };
        let Some((key, len)) = window.and_then(|w| {
            let w = u128::from_le_bytes(w);
            let ends = not_in_word(w as u64);
            if ends != 0 {
                let mask = ((1u64 << ends.trailing_zeros()) >> 7).wrapping_sub(1);
                Some((w as u64 & mask, ends.trailing_zeros() as usize / 8))
            } else {
                (not_in_word((w >> 64) as u64) & 0x80 != 0).then_some((w as u64, 8))
            }
        }) else {
            return self.word(start, space);
        };
        let at = WordCache::set(key);
        let Some(set) = cache.sets.get(at) else {
            return self.word(start, space);
        };
        // (Past the two: not there.)
        let way = if set.0[0].key == key {
            0
        } else if set.0[1].key == key {
            1
        } else {
            2
        };
        if let Some(slot) = set.0.get(way) {
            // Most words are read to their key's end: then where the word ends is known
            // before the slot is read, and the next word is read on without waiting for it.
            let end = if slot.len as usize == len {
                start + len
            } else if slot.len == 0 {
                return None;
            } else {
                start + slot.len as usize
            };
            // The space before it and its folded form, written at once.
            let fold_start = self.folded.len() + 1;
            let spelt = (slot.folded as u128) << 8 | b' ' as u128;
            self.folded.extend_from_slice(&spelt.to_le_bytes());
            self.folded.truncate(fold_start + slot.fold_len as usize);
            self.ids.push(slot.id);
            self.push_word(Token {
                start: start as u32,
                end: end as u32,
                fold_start: fold_start as u32,
                fold_end: (fold_start + slot.fold_len as usize) as u32,
                kind: TokenKind::Word,
                case: slot.case,
                marks: slot.marks,
                space_before: space,
                initial_upper: slot.initial_upper,
                plain_line: false,
                caps_line: false,
                tags: slot.tags,
                sig: Slot::unpack_sig(slot.sig),
            });
            return Some(end);
        }
        let read = self.word(start, space);
        let new = match read {
            None => Some(Slot {
                key,
                ..Slot::default()
            }),
            Some(end) => self.tokens.last().and_then(|t| {
                let folded = self.folded.get(t.fold_range())?;
                if folded.len() > 8 {
                    return None;
                }
                Some(Slot {
                    key,
                    folded: crate::words::head(folded),
                    sig: Slot::pack_sig(t.sig)?,
                    id: self.ids.last().copied().unwrap_or(NO_WORD),
                    len: (end - start) as u8,
                    fold_len: folded.len() as u8,
                    case: t.case,
                    marks: t.marks,
                    initial_upper: t.initial_upper,
                    tags: t.tags,
                })
            }),
        };
        if let (Some(new), Some(set)) = (new, cache.sets.get_mut(at)) {
            set.0 = [new, set.0[0]];
        }
        read
    }

    /// Reads the number starting at byte `start` (an ASCII digit): digits, and the marks
    /// that follow them. Returns where it ends.
    fn number(&mut self, start: usize, space: bool) -> usize {
        let bytes = self.input.as_bytes();
        self.folded.push(b' ');
        let fold_start = self.folded.len();
        let mut marks = false;
        let mut i = start;
        loop {
            let digits = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            self.folded
                .extend_from_slice(bytes.get(digits..i).unwrap_or_default());
            // A combining mark after a digit stays with it.
            if !combining_at(bytes, i) {
                break;
            }
            marks = true;
            i += 2;
        }
        self.push(TokenKind::Number, start, i, fold_start, space, marks);
        i
    }

    /// Reads the punctuation or symbol `c` (`len` bytes) at byte `start`, or a mark with
    /// nothing before it, and the marks that follow it. Returns where they end.
    fn punct(&mut self, start: usize, c: char, len: usize, space: bool) -> usize {
        let bytes = self.input.as_bytes();
        self.folded.push(b' ');
        let fold_start = self.folded.len();
        let mut marks = is_combining(c);
        if !marks {
            if c.is_ascii() {
                self.folded.push(if c == '`' {
                    b'\''
                } else {
                    c.to_ascii_lowercase() as u8
                });
            } else {
                self.scratch.clear();
                fold_punct(c, &mut self.scratch);
                self.folded.extend_from_slice(self.scratch.as_bytes());
            }
        }
        let mut i = start + len;
        while combining_at(bytes, i) {
            marks = true;
            i += 2;
        }
        self.push(TokenKind::Punct, start, i, fold_start, space, marks);
        i
    }

    /// [`Cut::punct`] for ASCII punctuation `b` at byte `start`.
    #[inline]
    fn ascii_punct(
        &mut self,
        start: usize,
        b: u8,
        space: bool,
        cache: Option<&WordCache>,
    ) -> usize {
        let bytes = self.input.as_bytes();
        let fold = if b == b'`' { b'\'' } else { b };
        let fold_start = self.folded.len() + 1;
        self.folded.extend_from_slice(&[b' ', fold]);
        let mut marks = false;
        let mut i = start + 1;
        while combining_at(bytes, i) {
            marks = true;
            i += 2;
        }
        if let Some(v) = self.vocabulary {
            self.ids.push(match cache {
                Some(cache) => cache.one_byte[fold as usize & 0x7F],
                None => v
                    .words
                    .get_with_head(fold as u64, &[fold])
                    .unwrap_or(NO_WORD),
            });
        }
        self.tokens.push(Token::not_a_word(
            TokenKind::Punct,
            start..i,
            fold_start..fold_start + 1,
            space,
            marks,
        ));
        i
    }

    /// A line break over `start..end`: ends the line.
    fn line_break(&mut self, start: usize, end: usize) {
        self.end_line();
        self.folded.extend_from_slice(b" \n");
        let fold_start = self.folded.len() - 1;
        self.push(TokenKind::Break, start, end, fold_start, true, false);
        self.line = Line::starting(self.tokens.len());
    }

    /// Ends the line being read: marks its tokens if it is written without diacritics or
    /// in capitals, and notes it if it is written in lower case.
    fn end_line(&mut self) {
        let line = self.line;
        let end = self.tokens.len();
        if line.start >= end {
            return;
        }
        if line.words >= MIN_LOWER_LINE && line.titled == 0 {
            self.lower_lines
                .push((line.start as u32, end as u32, line.first_lower));
        }
        // Short lines (menus, bylines) say too little to tell.
        let plain = line.words >= 3 && line.marked * 10 < line.words;
        let caps = line.words >= 3 && line.upper * 10 >= line.words * 9;
        // A line typed half without diacritics: its words without them read as on a plain
        // line ("ubnd xa phong dien thông báo cắt nước").
        let half = !plain && line.words >= MIN_HALF_PLAIN_LINE && line.marked * 10 < line.words * 6;
        // Tokens start with both false: most lines need no writing.
        if plain || caps {
            for t in self.tokens.get_mut(line.start..end).unwrap_or_default() {
                t.plain_line = plain;
                t.caps_line = caps;
            }
        }
        if half {
            for t in self.tokens.get_mut(line.start..end).unwrap_or_default() {
                t.plain_line |= !t.marks;
            }
        }
    }
}

/// Whether the folded form `folded` equals the folded form of `word`, without allocating.
pub fn fold_eq(folded: &str, word: &str) -> bool {
    let f = folded.as_bytes();
    let mut pos = 0;
    for c in word.chars() {
        let (bytes, len) = fold_char(c);
        for &b in &bytes[..len as usize] {
            // Byte by byte: these are a few bytes, a call to memcmp costs more.
            if f.get(pos) != Some(&b) {
                return false;
            }
            pos += 1;
        }
    }
    pos == f.len()
}

/// The folded form of one character, inline: its bytes and their number (0 for a mark).
#[inline]
fn fold_char(c: char) -> ([u8; 4], u8) {
    let mut out = [0u8; 4];
    if c.is_ascii() {
        out[0] = c.to_ascii_lowercase() as u8;
        return (out, 1);
    }
    if is_combining(c) {
        return (out, 0);
    }
    if let Some(b) = crate::normalize::fold::base_letter(c) {
        out[0] = b;
        return (out, 1);
    }
    let l = c.to_lowercase().next().unwrap_or(c);
    let n = l.encode_utf8(&mut out).len();
    (out, n as u8)
}

thread_local! {
    static KEYS: std::cell::RefCell<(String, String)> = const { std::cell::RefCell::new((String::new(), String::new())) };
}

/// Whether a word token with signature `token_sig` and text `text` has the diacritics of a
/// word with signature `word_sig` and text `word`, both folding alike: the signatures
/// decide, or the matching keys where one of them is odd.
#[inline]
pub fn sig_eq(token_sig: u64, text: &str, word_sig: u64, word: &str) -> bool {
    if token_sig != sig::ODD && word_sig != sig::ODD {
        token_sig == word_sig
    } else {
        key_eq(text, word)
    }
}

/// Whether `a` and `b` have the same matching key (case, normalization form and tone
/// placement aside), reusing per-thread buffers.
pub fn key_eq(a: &str, b: &str) -> bool {
    // (A thread being torn down, or a nested call, gets fresh buffers.)
    KEYS.try_with(|k| {
        let mut k = k.try_borrow_mut().ok()?;
        let (x, y) = &mut *k;
        x.clear();
        y.clear();
        tone::key_into(a, x);
        tone::key_into(b, y);
        Some(x == y)
    })
    .ok()
    .flatten()
    .unwrap_or_else(|| tone::key(a) == tone::key(b))
}

/// A set of words looked up by their folded form in one probe, then checked for
/// diacritics like [`Analysis::is_word`]. Built once per list.
#[derive(Debug, Clone)]
pub struct WordSet {
    folds: crate::words::WordIds,
    /// Per folded form, the indices of the words folding to it.
    by_fold: Vec<Vec<usize>>,
    words: Vec<&'static str>,
    sigs: Vec<u64>,
}

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&'static str]) -> Self {
        let mut folds = crate::words::Distinct::default();
        let mut by_fold: Vec<Vec<usize>> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let k = folds.id(&crate::normalize::fold(w)) as usize;
            by_fold.resize(folds.len(), Vec::new());
            by_fold[k].push(i);
        }
        WordSet {
            folds: folds.ids(),
            by_fold,
            words: words.to_vec(),
            sigs: words.iter().map(|w| sig::of(w)).collect(),
        }
    }

    /// The index in the list of the word token `i` of `a` is, if any.
    pub fn find(&self, a: &Analysis<'_>, i: usize) -> Option<usize> {
        let t = a.tokens.get(i)?;
        if t.kind != TokenKind::Word {
            return None;
        }
        let k = self
            .folds
            .get_at(&a.folded, t.fold_start as usize, t.fold_end as usize)?;
        let text = a.text(i);
        let loose = !t.marks && t.plain_line;
        self.by_fold[k as usize]
            .iter()
            .copied()
            .find(|&w| loose || sig_eq(t.sig, text, self.sigs[w], self.words[w]))
    }

    /// Whether word token `i` of `a` is in the set.
    pub fn contains(&self, a: &Analysis<'_>, i: usize) -> bool {
        self.find(a, i).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let a = Analysis::new(s);
        (0..a.len()).map(|i| a.text(i)).collect()
    }

    macro_rules! toks {
        ($name:ident, $input:expr, [$($t:expr),*]) => {
            #[test]
            fn $name() {
                assert_eq!(words($input), vec![$($t),*]);
            }
        };
    }

    toks!(simple, "Bộ Công an", ["Bộ", "Công", "an"]);
    toks!(
        glued_sentence,
        "an ninh Tổ quốcChủ tịch",
        ["an", "ninh", "Tổ", "quốc", "Chủ", "tịch"]
    );
    toks!(abbreviation_not_split, "ThS Nguyễn", ["ThS", "Nguyễn"]);
    toks!(short_prefix_not_split, "eMagazine", ["eMagazine"]);
    toks!(
        glued_nfd,
        "tướngU\u{309}y ban",
        ["tướng", "U\u{309}y", "ban"]
    );
    toks!(
        numbers_and_punct,
        "3.184 và 22/12/2023",
        ["3", ".", "184", "và", "22", "/", "12", "/", "2023"]
    );
    toks!(
        letters_then_digits,
        "14h30 Covid-19",
        ["14", "h", "30", "Covid", "-", "19"]
    );
    toks!(doc_code, "Đ/c", ["Đ", "/", "c"]);
    toks!(nfd_word, "Bo\u{323}\u{302} an", ["Bo\u{323}\u{302}", "an"]);
    toks!(
        zero_width_and_nbsp,
        "Bộ\u{200B}Công\u{A0}an",
        ["Bộ", "Công", "an"]
    );
    toks!(lone_mark, "\u{301}a", ["\u{301}", "a"]);

    #[test]
    fn folded_view() {
        let a = Analysis::new("Trung tướng “Lê”  –  Bộ\nCÔNG AN…");
        assert_eq!(a.folded, " trung tuong \" le \" - bo \n cong an ...");
        assert!(a.tokens[1].marks);
        assert!(!a.tokens[0].marks);
        assert_eq!(a.tokens[0].case, Case::Title);
        assert_eq!(a.tokens[8].case, Case::Upper);
        assert_eq!(a.tokens[7].kind, TokenKind::Break);
    }

    #[test]
    fn space_before() {
        let a = Analysis::new("08:52 (22/12)");
        let sb: Vec<bool> = a.tokens.iter().map(|t| t.space_before).collect();
        assert_eq!(
            sb,
            vec![true, false, false, true, false, false, false, false]
        );
    }

    #[test]
    fn word_matching() {
        let a = Analysis::new("Tháng thang THÁNG tháng\nngay 3 thang 4 nam 2020");
        assert!(a.is_word(0, "tháng"));
        assert!(
            !a.is_word(1, "tháng"),
            "a line with diacritics must match them"
        );
        assert!(a.is_word(2, "tháng"));
        assert!(!a.is_word(3, "thắng"));
        assert!(
            a.is_word(7, "tháng"),
            "a line without diacritics matches without them"
        );
    }

    #[test]
    fn half_plain_lines() {
        // Eight words or more, fewer than six in ten with diacritics: the bare words read
        // loosely, the marked ones keep their marks.
        let a = Analysis::new("chi cuc thue khu vuc bao sẽ kiểm tra tu thang sau nha");
        let plain: Vec<bool> = a.tokens.iter().map(|t| t.plain_line).collect();
        assert_eq!(plain.iter().filter(|&&p| p).count(), 11);
        assert!(!a.tokens[6].plain_line && !a.tokens[7].plain_line);
        assert!(a.is_word(10, "tháng"));
        assert!(!a.is_word(7, "kiếm"));
        // Six in ten or more: the line is written with diacritics.
        let a = Analysis::new("chi cục thuế khu vực báo sẽ kiểm tra từ thang sau nhé");
        assert!(!a.is_word(10, "tháng"));
        // Too short to tell.
        let a = Analysis::new("xa tan phu sẽ cắt điện");
        assert!(a.tokens.iter().all(|t| !t.plain_line));
    }

    #[test]
    fn offset_map_nfd() {
        // NFD: one folded byte maps to several input code points.
        let input = "Bo\u{323}\u{302} Co\u{302}ng an";
        let a = Analysis::new(input);
        assert_eq!(a.folded, " bo cong an");
        let span = a.fold_to_original(1..11);
        assert_eq!(&input[span], input);
        let span = a.fold_to_original(4..8);
        assert_eq!(&input[span], "Co\u{302}ng");
        // Inside a token: "o" of "bo" is the whole "ộ" cluster.
        let span = a.fold_to_original(2..3);
        assert_eq!(&input[span], "o\u{323}\u{302}");
    }

    #[test]
    fn sentences_do_not_split_inside_tokens() {
        let a = Analysis::new(
            "Đ/c Giám đốc CATP. Lúc 08:52 ngày 22/12/2023, có 3.184 người ở TP. Hồ Chí Minh. Hết",
        );
        let n = a.sentences().len();
        assert_eq!(n, 3, "{:?}", a.sentences());
    }

    /// Words read through the per-thread cache read as they do without it: the first time
    /// (read and stored), the second (found), and at the end of the text.
    #[test]
    fn cached_words_read_alike() {
        let mut words = crate::words::Distinct::default();
        for w in [
            "trung", "tuong", "nguyen", "van", "bo", "cong", "an", ",", "-",
        ] {
            words.id(w);
        }
        let v = Vocabulary::new(&words);
        let text = "Trung tướng Nguyễn Văn An, Bộ Công an – Bo\u{323}\u{302} quốcChủ tịch \
                    iPhone UBND “Tôi” nghiêngnghiêng ĐẠI TÁ\u{200B}an an\nNguyễn";
        let plain = Analysis::new(text);
        let no_tags = |a: &Analysis<'_>| {
            let mut t = a.tokens.clone();
            t.iter_mut().for_each(|t| t.tags = 0);
            t
        };
        for _ in 0..3 {
            let a = Analysis::with_vocabulary(text, &v);
            assert_eq!(a.folded, plain.folded);
            assert_eq!(no_tags(&a), no_tags(&plain));
            assert_eq!(a.lower_lines, plain.lower_lines);
            let ids: Vec<u32> = (0..a.len())
                .map(|i| match a.tokens[i].kind {
                    TokenKind::Break => NO_WORD,
                    _ => v.id_at(
                        &a.folded,
                        a.tokens[i].fold_start as usize,
                        a.tokens[i].fold_end as usize,
                    ),
                })
                .collect();
            assert_eq!(a.ids, ids);
        }
    }
}
