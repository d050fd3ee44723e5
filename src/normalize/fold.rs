//! The folded view of a character: lower case, no diacritics, đ → d.
//! One table lookup per non-ASCII Latin character, built once.

use std::sync::LazyLock;

const TABLE_START: u32 = 0xC0;
const TABLE_END: u32 = 0x1F00;

/// For every Latin letter from U+00C0 to U+1EFF: in the low byte its lower-case ASCII base
/// letter, or 0, with the high bit set when the letter is upper case; in the high byte its
/// diacritics as [`crate::normalize::sig`] codes them (vowel mark, tone, odd).
static BASE: LazyLock<Vec<u16>> = LazyLock::new(|| {
    (TABLE_START..TABLE_END)
        .map(|cp| {
            let Some(c) = char::from_u32(cp) else {
                return 0;
            };
            let upper = if c.is_uppercase() { 0x80 } else { 0 };
            if c == 'đ' || c == 'Đ' {
                return (b'd' | upper) as u16 | (super::sig::STROKE as u16) << 8;
            }
            let mut parts: Vec<char> = Vec::new();
            unicode_normalization::char::decompose_canonical(c, |d| parts.push(d));
            match parts.first() {
                Some(&b) if b.is_ascii_alphabetic() && b != c => {
                    (b.to_ascii_lowercase() as u8 | upper) as u16
                        | (super::sig::letter_code(&parts[1..]) as u16) << 8
                }
                _ => 0,
            }
        })
        .collect()
});

/// The table entry of `c` (0 outside the table or for letters without an ASCII base).
#[inline]
pub fn letter_info(c: char) -> u16 {
    letter_info_in(letter_table(), c)
}

/// The letter table, for loops that look many characters up.
#[inline]
pub fn letter_table() -> &'static [u16] {
    &BASE
}

/// [`letter_info`] in `table` (from [`letter_table`]).
#[inline]
pub fn letter_info_in(table: &[u16], c: char) -> u16 {
    (c as u32)
        .checked_sub(TABLE_START)
        .and_then(|i| table.get(i as usize))
        .copied()
        .unwrap_or(0)
}

/// Whether `c` is a combining mark that Vietnamese uses (tones and vowel qualities), or
/// any other combining diacritic of the U+0300 block.
#[inline]
pub fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// Vietnamese tone marks in decomposed form: grave, acute, tilde, hook above, dot below.
#[inline]
pub fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
}

/// The lower-case ASCII base of a Latin letter with diacritics ("Ộ" → `b'o'`), if it has one.
#[inline]
pub fn base_letter(c: char) -> Option<u8> {
    let cp = c as u32;
    if (TABLE_START..TABLE_END).contains(&cp) {
        match BASE[(cp - TABLE_START) as usize] as u8 & 0x7F {
            0 => None,
            b => Some(b),
        }
    } else {
        None
    }
}

/// Appends the folded form of `c` to `out`; returns whether `c` carried a diacritic.
#[inline]
pub fn fold_char_into(c: char, out: &mut String) -> bool {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        false
    } else if is_combining(c) {
        true
    } else if let Some(b) = base_letter(c) {
        out.push(b as char);
        true
    } else {
        out.extend(c.to_lowercase());
        false
    }
}

/// Whether `folded` (lower case, no diacritics) can be one Vietnamese syllable: an onset,
/// a run of vowels, a coda. "ubnd", "evn", "agribank" cannot.
pub fn is_syllable(folded: &str) -> bool {
    // The onsets, by length: "", one letter ("b", "c" …), two ("ch", "gh", "gi" …) or
    // "ngh"; each one the word starts with is tried (the byte tests stand for a list of
    // prefixes: this runs for most capitalised words of a text).
    let b = folded.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let rest_ok = |rest: &[u8]| {
        let v = rest.iter().take_while(|&&c| vowel(c)).count();
        v > 0
            && matches!(
                &rest[v..],
                b"ng" | b"nh" | b"ch" | b"c" | b"m" | b"n" | b"p" | b"t" | b""
            )
    };
    let one = |c: u8| {
        matches!(
            c,
            b'b' | b'c'
                | b'd'
                | b'g'
                | b'h'
                | b'k'
                | b'l'
                | b'm'
                | b'n'
                | b'p'
                | b'r'
                | b's'
                | b't'
                | b'v'
                | b'x'
        )
    };
    let two = |p: &[u8]| {
        matches!(
            p,
            b"ng" | b"gh" | b"gi" | b"kh" | b"nh" | b"ph" | b"qu" | b"th" | b"tr" | b"ch"
        )
    };
    rest_ok(b)
        || b.first().is_some_and(|&c| one(c)) && rest_ok(&b[1..])
        || b.len() >= 2 && two(&b[..2]) && rest_ok(&b[2..])
        || b.starts_with(b"ngh") && rest_ok(&b[3..])
}

/// The folded form of a whole string: "Bộ Công an" → "bo cong an".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// Whether `s` carries any Vietnamese diacritic (including đ).
pub fn has_diacritics(s: &str) -> bool {
    s.chars()
        .any(|c| !c.is_ascii() && (is_combining(c) || base_letter(c).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The syllable test as a list of onsets and codas, which `is_syllable` must agree with
    /// on every string of up to four letters of an alphabet holding all their letters.
    #[test]
    fn syllables_agree_with_the_lists() {
        const ONSETS: &[&str] = &[
            "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "g",
            "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
        ];
        const CODAS: &[&str] = &["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];
        let listed = |w: &str| {
            ONSETS.iter().any(|o| {
                w.strip_prefix(o).is_some_and(|rest| {
                    let v = rest.bytes().take_while(|b| b"aeiouy".contains(b)).count();
                    v > 0 && CODAS.contains(&&rest[v..])
                })
            })
        };
        let letters = b"abcdeghiklmnopqrstuvxyfz";
        // Every string of one to four of the letters.
        let mut words: Vec<String> = vec![String::new()];
        let mut last: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|w| letters.iter().map(move |&l| format!("{w}{}", l as char)))
                .collect();
            words.extend(last.iter().cloned());
        }
        assert_eq!(words.len(), 346_201);
        for w in &words {
            assert_eq!(is_syllable(w), listed(w), "{w}");
        }
        for w in ["nghieng", "ubnd", "agribank", "khuyen", "quoc", "giang"] {
            assert_eq!(is_syllable(w), listed(w), "{w}");
        }
    }

    macro_rules! t {
        ($name:ident, $input:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(fold($input), $want);
            }
        };
    }

    t!(plain, "Bộ Công an", "bo cong an");
    t!(d_stroke, "Đại tá Đỗ", "dai ta do");
    t!(horn_breve, "Thượng úy Ăn Ơn Ưu", "thuong uy an on uu");
    t!(nfd, "Bo\u{323}\u{302} Co\u{302}ng an", "bo cong an");
    t!(capitals, "TRUNG TƯỚNG", "trung tuong");
    t!(other_scripts, "Ωmega 東京", "ωmega 東京");

    #[test]
    fn diacritic_detection() {
        assert!(has_diacritics("Lê"));
        assert!(has_diacritics("đ"));
        assert!(has_diacritics("Le\u{302}"));
        assert!(!has_diacritics("Le Quoc Hung"));
        assert!(!has_diacritics("Ωmega"));
    }
}
