//! A word's diacritics as one number. Two words that fold alike have equal matching keys
//! ([`super::tone::key`]) exactly when their signatures are equal: the signature holds, per
//! letter, its vowel mark (circumflex, breve, horn, or the stroke of đ) and, once per
//! word, its tone, wherever it stands. Comparing signatures is how the tokens' diacritics
//! are checked without building keys; a word the code cannot hold (a mark outside
//! Vietnamese, two vowel marks on a letter, more than [`MAX_LETTERS`] letters, a letter
//! outside Latin) gets [`ODD`], and callers compare keys instead.

/// The signature of a word the number cannot hold.
pub const ODD: u64 = u64::MAX;
/// The most letters a signature holds.
pub const MAX_LETTERS: u32 = 19;

/// Vowel mark codes: circumflex, breve, horn, and the stroke of đ.
const CIRCUMFLEX: u8 = 1;
const BREVE: u8 = 2;
const HORN: u8 = 3;
/// The code of đ's stroke.
pub const STROKE: u8 = 4;
/// Set in a letter code when the letter carries what a signature cannot hold.
const ODD_BIT: u8 = 0x40;

/// The code of a combining mark: a vowel mark in the low three bits, a tone in the next
/// three, or the odd bit.
#[inline]
fn mark_code(c: char) -> u8 {
    match c {
        '\u{302}' => CIRCUMFLEX,
        '\u{306}' => BREVE,
        '\u{31B}' => HORN,
        '\u{300}' => 1 << 3,
        '\u{301}' => 2 << 3,
        '\u{303}' => 3 << 3,
        '\u{309}' => 4 << 3,
        '\u{323}' => 5 << 3,
        _ => ODD_BIT,
    }
}

/// A signature being built: the caller says at which letter (counted from 0) each
/// diacritic stands, and how many letters the word has.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sig {
    bits: u64,
    tone: u8,
    odd: bool,
}

impl Sig {
    /// Letter `at` carries the diacritics of code `code` (a letter table code, or a
    /// combining mark's).
    #[inline]
    pub fn mark(&mut self, at: usize, code: u8) {
        if code & ODD_BIT != 0 {
            self.odd = true;
        }
        let mark = code & 7;
        if mark != 0 {
            if at >= MAX_LETTERS as usize {
                self.odd = true;
            } else {
                let shift = at * 3;
                if (self.bits >> shift) & 7 != 0 {
                    self.odd = true;
                }
                self.bits |= (mark as u64) << shift;
            }
        }
        let tone = (code >> 3) & 7;
        if tone != 0 {
            self.tone = tone;
        }
    }

    /// Combining mark `c` after letter `at`.
    #[inline]
    pub fn combining(&mut self, at: usize, c: char) {
        self.mark(at, mark_code(c));
    }

    /// Something the signature cannot hold.
    #[inline]
    pub fn other(&mut self) {
        self.odd = true;
    }

    /// The signature of a word of `letters` letters.
    #[inline]
    pub fn finish(&self, letters: usize) -> u64 {
        if self.odd || letters > MAX_LETTERS as usize {
            ODD
        } else {
            self.bits | (self.tone as u64) << 57
        }
    }
}

/// The code of a letter carrying the combining marks `marks`, for the letter table.
pub fn letter_code(marks: &[char]) -> u8 {
    let mut code = 0u8;
    for &m in marks {
        let c = mark_code(m);
        if c & ODD_BIT != 0 || (c & 7 != 0 && code & 7 != 0) || (c >> 3 != 0 && code >> 3 & 7 != 0)
        {
            return ODD_BIT;
        }
        code |= c;
    }
    code
}

/// The signature of a word.
pub fn of(word: &str) -> u64 {
    let mut s = Sig::default();
    let mut letters = 0usize;
    for c in word.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
        } else if super::fold::is_combining(c) {
            if letters == 0 {
                s.other();
            }
            s.combining(letters.saturating_sub(1), c);
        } else {
            let info = super::fold::letter_info(c);
            if info & 0x7F != 0 {
                s.mark(letters, (info >> 8) as u8);
                letters += 1;
            } else {
                s.other();
            }
        }
    }
    s.finish(letters)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{fold, key};
    use unicode_normalization::UnicodeNormalization;

    /// Words folding alike, in several forms: signatures agree exactly when keys do.
    #[test]
    fn signatures_agree_with_keys() {
        let base = [
            "hòa",
            "hoà",
            "HOÀ",
            "hoa",
            "hóa",
            "hỏa",
            "Thủy",
            "Thuỷ",
            "thuy",
            "thúy",
            "đỗ",
            "do",
            "dỗ",
            "Đỗ",
            "đô",
            "dơ",
            "dở",
            "tướng",
            "tuong",
            "tưởng",
            "tượng",
            "tường",
            "uỷ",
            "ủy",
            "Uỷ",
            "quý",
            "quỳ",
            "ăn",
            "ân",
            "an",
            "ấn",
            "ẩn",
            "nguyễn",
            "nguyên",
            "nguyen",
            "NGUYỄN",
            "trưởng",
            "trường",
            "truong",
            "ương",
            "uong",
            "ưong",
            "uơng",
        ];
        let mut words: Vec<String> = Vec::new();
        for w in base {
            words.push(w.to_string());
            words.push(w.nfd().collect());
            words.push(w.to_uppercase());
        }
        for a in &words {
            for b in &words {
                if fold(a) != fold(b) {
                    continue;
                }
                let (x, y) = (of(a), of(b));
                assert_ne!(x, ODD, "{a}");
                assert_eq!(x == y, key(a) == key(b), "{a} / {b}");
            }
        }
    }

    #[test]
    fn odd_words() {
        assert_eq!(of("über"), ODD);
        assert_eq!(of("ωmega"), ODD);
        assert_eq!(of("a\u{302}\u{306}"), ODD);
        assert_eq!(of("aaaaaaaaaaaaaaaaaaaaaaaaâ"), ODD);
        assert_eq!(of("aaaaaaaaaaaaaaaaaaaaaaaaa"), ODD);
        assert_eq!(of("abc"), 0);
    }
}
