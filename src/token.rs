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

/// Whether `t` is a word capitalised as a name is ("Hùng", not "UBND" nor "hùng").
#[inline]
fn is_titled(t: &Token) -> bool {
    t.kind == TokenKind::Word && t.initial_upper && t.case != Case::Upper
}

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

    /// Tokenizes and folds `input`, and looks every token up in `vocabulary`.
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

    /// Looks every token up in `v`, if given: its id, and a word's tags. After the
    /// tokens are all read, so each folded form can be read eight bytes at once.
    fn look_up(&mut self, v: Option<&Vocabulary>) {
        let folded = &self.folded;
        match v {
            Some(v) => {
                self.ids.reserve(self.tokens.len());
                for t in &mut self.tokens {
                    let id = if t.kind == TokenKind::Break {
                        NO_WORD
                    } else {
                        v.id_at(folded, t.fold_start as usize, t.fold_end as usize)
                    };
                    if t.kind == TokenKind::Word {
                        t.tags = v.tags(id);
                    }
                    self.ids.push(id);
                }
            }
            None => {
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
    }

    /// Appends a token of `kind` over `start..end` whose folded form is
    /// `folded[fold_start..]`.
    #[inline]
    fn push(&mut self, kind: TokenKind, start: usize, end: usize, fold_start: usize, space: bool) {
        self.tokens.push(Token {
            start: start as u32,
            end: end as u32,
            fold_start: fold_start as u32,
            fold_end: self.folded.len() as u32,
            kind,
            case: Case::Other,
            marks: false,
            space_before: space,
            initial_upper: false,
            plain_line: false,
            caps_line: false,
            tags: 0,
            sig: 0,
        });
    }

    /// Reads the word starting at byte `start`, if a letter starts there (`table` is
    /// [`crate::normalize::fold::letter_table`]): letters and the
    /// marks that follow them, up to anything else or to a capital glued to a lower-case
    /// word ("quốcChủ"). Returns where it ends.
    fn word(&mut self, start: usize, space: bool, table: &[u16]) -> Option<usize> {
        let input = self.input;
        let bytes = input.as_bytes();
        let fold_start = self.folded.len() + 1;
        let (mut upper, mut lower, mut lower_run) = (0u32, 0u32, 0u32);
        let mut marks = false;
        // Every letter folds to one ASCII byte (or the word is odd): a letter's place in the
        // word is its offset in the folded form.
        let mut sig = Sig::default();
        let mut initial_upper = false;
        let mut i = start;
        self.folded.push(' ');
        while let Some(&b) = bytes.get(i) {
            // The common case first: a lower-case ASCII letter.
            if b.is_ascii_lowercase() {
                self.folded.push(b as char);
                lower += 1;
                lower_run += 1;
                i += 1;
                continue;
            }
            if b.is_ascii_uppercase() {
                if lower_run >= 2 && next_is_lower(input, i + 1) {
                    break;
                }
                self.folded.push(b.to_ascii_lowercase() as char);
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
                self.folded.push((base & 0x7F) as char);
                marks = true;
            } else {
                self.folded.extend(c.to_lowercase());
                sig.other();
            }
            i += len;
        }
        if i == start {
            self.folded.pop();
            return None;
        }
        let case = if upper == 0 {
            Case::Lower
        } else if lower == 0 {
            Case::Upper
        } else if initial_upper && upper == 1 {
            Case::Title
        } else {
            Case::Other
        };
        let fold_end = self.folded.len();
        self.tokens.push(Token {
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
            tags: 0,
            sig: sig.finish(fold_end - fold_start),
        });
        Some(i)
    }

    fn run(&mut self, v: Option<&Vocabulary>) {
        let input = self.input;
        let bytes = input.as_bytes();
        // (Fetched once: each fetch of the lazily built table checks that it is built.)
        let table = crate::normalize::fold::letter_table();
        self.folded.reserve(input.len() + input.len() / 4);
        self.tokens.reserve(input.len() / 4);
        let mut space = true;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b == b' ' {
                space = true;
                i += 1;
                continue;
            }
            if b.is_ascii_alphabetic() || b >= 0x80 {
                if let Some(end) = self.word(i, space, table) {
                    i = end;
                    space = false;
                    continue;
                }
            }
            if b.is_ascii_digit() {
                let start = i;
                let fold_start = self.folded.len() + 1;
                self.folded.push(' ');
                let mut marks = false;
                while let Some(&d) = bytes.get(i) {
                    if d.is_ascii_digit() {
                        self.folded.push(d as char);
                        i += 1;
                    } else if d == 0xCC || d == 0xCD {
                        // A combining mark (U+0300..U+036F) after a digit stays with it.
                        match input.get(i..).and_then(|r| r.chars().next()) {
                            Some(c) if is_combining(c) => {
                                marks = true;
                                i += c.len_utf8();
                            }
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                self.push(TokenKind::Number, start, i, fold_start, space);
                if marks {
                    if let Some(t) = self.tokens.last_mut() {
                        t.marks = true;
                        t.sig = sig::ODD;
                        t.sig = sig::ODD;
                    }
                }
                space = false;
                continue;
            }
            let Some(c) = input.get(i..).and_then(|r| r.chars().next()) else {
                // Not at a character boundary: cannot happen in a `str`; step on.
                i += 1;
                continue;
            };
            let len = c.len_utf8();
            if is_space(c) {
                if is_line_break(c)
                    && self
                        .tokens
                        .last()
                        .is_some_and(|t| t.kind != TokenKind::Break)
                {
                    let fold_start = self.folded.len() + 1;
                    self.folded.push_str(" \n");
                    self.push(TokenKind::Break, i, i + len, fold_start, true);
                }
                space = true;
                i += len;
                continue;
            }
            // Punctuation, a symbol, or a mark with nothing before it: one character and
            // the marks that follow it.
            let start = i;
            let fold_start = self.folded.len() + 1;
            self.folded.push(' ');
            let mut marks = is_combining(c);
            if !marks {
                fold_punct(c, &mut self.folded);
            }
            i += len;
            while let Some(d) = input.get(i..).and_then(|r| r.chars().next()) {
                if !is_combining(d) {
                    break;
                }
                marks = true;
                i += d.len_utf8();
            }
            self.push(TokenKind::Punct, start, i, fold_start, space);
            if marks {
                if let Some(t) = self.tokens.last_mut() {
                    t.marks = true;
                    t.sig = sig::ODD;
                }
            }
            space = false;
        }
        self.mark_plain_lines();
        self.look_up(v);
    }

    /// Sets `plain_line` on the tokens of every line written without diacritics.
    fn mark_plain_lines(&mut self) {
        let mut start = 0;
        while start < self.tokens.len() {
            let mut end = start;
            let (mut words, mut marked, mut upper, mut titled) = (0u32, 0u32, 0u32, 0u32);
            let mut first_lower = true;
            while end < self.tokens.len() && self.tokens[end].kind != TokenKind::Break {
                let t = &self.tokens[end];
                if t.kind == TokenKind::Word {
                    if words == 0 {
                        first_lower = !t.initial_upper;
                    } else {
                        titled += is_titled(t) as u32;
                    }
                    words += 1;
                    marked += t.marks as u32;
                    upper += (t.case == Case::Upper) as u32;
                }
                end += 1;
            }
            if words >= MIN_LOWER_LINE && titled == 0 {
                self.lower_lines
                    .push((start as u32, end as u32, first_lower));
            }
            // Short lines (menus, bylines) say too little to tell.
            let plain = words >= 3 && marked * 10 < words;
            let caps = words >= 3 && upper * 10 >= words * 9;
            // A line typed half without diacritics: its words without them read as on a
            // plain line ("ubnd xa phong dien thông báo cắt nước").
            let half = !plain && words >= MIN_HALF_PLAIN_LINE && marked * 10 < words * 6;
            // Tokens start with both false: most lines need no writing.
            if plain || caps {
                for t in &mut self.tokens[start..end] {
                    t.plain_line = plain;
                    t.caps_line = caps;
                }
            }
            if half {
                for t in &mut self.tokens[start..end] {
                    t.plain_line |= !t.marks;
                }
            }
            start = end + 1;
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

    /// Whether token `i` is the word `word` (given with its diacritics): equal folded forms,
    /// and equal matching keys unless the token's line is written without diacritics.
    pub fn is_word(&self, i: usize, word: &str) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word || !fold_eq(self.fold(i), word) {
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
}
