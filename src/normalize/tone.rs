//! Tone placement. Vietnamese writes the tone of "oa", "oe", "uy" at a syllable's end on
//! either vowel ("hoà"/"hòa", "Uỷ"/"Ủy"); the matching key removes the question by moving
//! every tone to the end of its syllable, and `old_style` rewrites to the placement that
//! official names use.

use super::fold::{is_combining, is_tone_mark};
use unicode_normalization::char::decompose_canonical;
use unicode_normalization::UnicodeNormalization;

/// Appends the matching key of `s` to `out`: lower case, canonical decomposition, and each
/// syllable's tone mark moved to the syllable's end. Keys are equal for NFC and NFD input
/// and for both tone placements.
pub fn key_into(s: &str, out: &mut String) {
    let mut tone: Option<char> = None;
    for c in s.chars() {
        // Fast paths: ASCII, and Latin letters with at most a vowel mark and a tone, from a
        // table built once; everything else decomposes.
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                out.push(c.to_ascii_lowercase());
            } else {
                if let Some(t) = tone.take() {
                    out.push(t);
                }
                out.push(c);
            }
            continue;
        }
        if let Some(&(base, mark, t)) = (c as u32)
            .checked_sub(0xC0)
            .and_then(|i| LETTERS.get(i as usize))
        {
            if base != 0 {
                out.push(base as char);
                if mark != '\0' {
                    out.push(mark);
                }
                if t != '\0' {
                    tone = Some(t);
                }
                continue;
            }
        }
        decompose_canonical(c, |d| {
            if is_tone_mark(d) {
                tone = Some(d);
            } else if is_combining(d) {
                out.push(d);
            } else if d.is_alphabetic() {
                out.extend(d.to_lowercase());
            } else {
                if let Some(t) = tone.take() {
                    out.push(t);
                }
                out.push(d);
            }
        });
    }
    if let Some(t) = tone {
        out.push(t);
    }
}

/// For U+00C0..U+1EFF: (lower-case ASCII base, vowel mark, tone mark) of letters that
/// decompose to an ASCII letter and at most one mark of each kind; base 0 otherwise.
static LETTERS: std::sync::LazyLock<Vec<(u8, char, char)>> = std::sync::LazyLock::new(|| {
    (0xC0u32..0x1F00)
        .map(|cp| {
            let Some(c) = char::from_u32(cp) else {
                return (0, '\0', '\0');
            };
            let mut parts: Vec<char> = Vec::new();
            decompose_canonical(c, |d| parts.push(d));
            let (mut mark, mut tone) = ('\0', '\0');
            let base = parts[0];
            if parts.len() == 1 || !base.is_ascii_alphabetic() || parts.len() > 3 {
                return (0, '\0', '\0');
            }
            for &p in &parts[1..] {
                if is_tone_mark(p) && tone == '\0' {
                    tone = p;
                } else if is_combining(p) && !is_tone_mark(p) && mark == '\0' {
                    mark = p;
                } else {
                    return (0, '\0', '\0');
                }
            }
            (base.to_ascii_lowercase() as u8, mark, tone)
        })
        .collect()
});

/// The matching key of `s` (see [`key_into`]).
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    key_into(s, &mut out);
    out
}

/// `s` in NFC with the tone of a final "oa", "oe", "uy" on its first vowel, the placement of
/// official names: "Thuỷ" → "Thủy", "hoà" → "hòa", "Uỷ ban" → "Ủy ban". "quý" stays.
pub fn old_style(s: &str) -> String {
    if !needs_old_style(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut syllable: Vec<char> = Vec::with_capacity(8);
    for c in s.nfd() {
        if c.is_alphabetic() || is_combining(c) {
            syllable.push(c);
        } else {
            flush_syllable(&mut syllable, &mut out);
            out.push(c);
        }
    }
    flush_syllable(&mut syllable, &mut out);
    out.nfc().collect()
}

/// Whether `s` may differ from its old-style NFC form: it is not NFC, or a tone stands on
/// the second vowel of "oa", "oe" or "uy" at the end of a syllable.
fn needs_old_style(s: &str) -> bool {
    use unicode_normalization::{is_nfc_quick, IsNormalized};
    if s.is_ascii() {
        return false;
    }
    if is_nfc_quick(s.chars()) != IsNormalized::Yes {
        return true;
    }
    // (A pair that a letter follows does not end its syllable, and keeps its tone:
    // "Hoàng", "Toàn".)
    let mut prev = ' ';
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let second = match c {
            'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'À' | 'Á' | 'Ả' | 'Ã' | 'Ạ' | 'è' | 'é' | 'ẻ' | 'ẽ'
            | 'ẹ' | 'È' | 'É' | 'Ẻ' | 'Ẽ' | 'Ẹ' => matches!(prev, 'o' | 'O'),
            'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' | 'Ỳ' | 'Ý' | 'Ỷ' | 'Ỹ' | 'Ỵ' => {
                matches!(prev, 'u' | 'U')
            }
            _ => false,
        };
        if second && !chars.peek().is_some_and(|n| n.is_alphabetic()) {
            return true;
        }
        prev = c;
    }
    false
}

fn flush_syllable(syl: &mut Vec<char>, out: &mut String) {
    let tones: Vec<usize> = (0..syl.len()).filter(|&i| is_tone_mark(syl[i])).collect();
    if tones.len() == 1 {
        let tone = syl[tones[0]];
        let base: Vec<char> = syl.iter().copied().filter(|&c| !is_tone_mark(c)).collect();
        // Indices of base letters (not marks) in `base`.
        let letters: Vec<usize> = (0..base.len())
            .filter(|&i| !is_combining(base[i]))
            .collect();
        let n = letters.len();
        if n >= 2 {
            let a = base[letters[n - 2]].to_lowercase().next().unwrap_or(' ');
            let b = base[letters[n - 1]].to_lowercase().next().unwrap_or(' ');
            let before = if n >= 3 {
                base[letters[n - 3]].to_lowercase().next().unwrap_or(' ')
            } else {
                ' '
            };
            // Only a bare pair ends the syllable: the marks after the last letter (if any)
            // belong to it; a vowel quality mark on the pair ("oă", "uê") is not this case.
            let last_has_mark = letters[n - 1] + 1 < base.len();
            let first_has_mark = letters[n - 2] + 1 < letters[n - 1];
            let pair = matches!((a, b), ('o', 'a') | ('o', 'e') | ('u', 'y'));
            let quy = a == 'u' && before == 'q';
            if pair && !(last_has_mark || first_has_mark || quy) {
                let at = letters[n - 2] + 1;
                let mut fixed = base.clone();
                fixed.insert(at, tone);
                out.extend(fixed);
                syl.clear();
                return;
            }
        }
    }
    out.extend(syl.iter());
    syl.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! same_key {
        ($name:ident, $a:expr, $b:expr) => {
            #[test]
            fn $name() {
                assert_eq!(key($a), key($b));
            }
        };
    }
    macro_rules! old {
        ($name:ident, $a:expr, $b:expr) => {
            #[test]
            fn $name() {
                assert_eq!(old_style($a), $b);
            }
        };
    }

    same_key!(uy_capital, "Uỷ ban", "Ủy ban");
    same_key!(hoa, "hoà", "hòa");
    same_key!(thuy, "Thuỷ", "Thủy");
    same_key!(khoe, "khoẻ", "khỏe");
    same_key!(dai_uy, "Đại uý", "Đại úy");
    same_key!(nfd_vs_nfc, "Tro\u{302}\u{301}ng", "Trống");
    same_key!(case, "THƯỢNG TÁ", "thượng tá");

    #[test]
    fn keys_keep_meaning_apart() {
        assert_ne!(key("bò công an"), key("Bộ Công an"));
        assert_ne!(key("trường"), key("trưởng"));
        assert_ne!(key("Le"), key("Lê"));
    }

    old!(old_uy, "Uỷ ban", "Ủy ban");
    old!(old_hoa, "Hoà An", "Hòa An");
    old!(old_thuy, "Vị Thuỷ", "Vị Thủy");
    old!(old_khoe, "khoẻ", "khỏe");
    old!(quy_stays, "quý", "quý");
    // A pair that a letter follows keeps its tone; one that ends a syllable after it moves.
    old!(pair_before_a_letter, "Hoàng Toàn hoà", "Hoàng Toàn hòa");
    old!(pair_before_a_letter_only, "Hoàng Toàn", "Hoàng Toàn");
    old!(final_consonant_stays, "hoàn toàn", "hoàn toàn");
    old!(already_old, "Ủy viên", "Ủy viên");
    old!(nfd_in, "Thuy\u{309}", "Thủy");
}
