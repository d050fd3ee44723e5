//! Normalization: NFC text with an offset map back to the input, the folded view
//! (lower case, no diacritics) and the tone-placement-free matching key.
//!
//! The extractor itself folds while it tokenizes (see [`crate::token`]); this module owns the
//! character-level rules and the [`Normalized`] text for callers who want the NFC form.

pub mod fold;
pub mod sig;
pub mod tone;

use std::borrow::Cow;
use std::ops::Range;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

pub use fold::{fold, has_diacritics, is_syllable};
pub use tone::{key, old_style};

/// Maps byte offsets of a derived text back to the original input. One segment per original
/// character cluster (a base character with its combining marks); lookups snap to segment
/// edges and never land inside a character.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// (derived start, original start) of each segment, both increasing.
    segments: Vec<(u32, u32)>,
    derived_len: u32,
    original_len: u32,
}

impl OffsetMap {
    /// The identity map over a text of `len` bytes.
    pub fn identity(len: usize) -> Self {
        OffsetMap {
            segments: Vec::new(),
            derived_len: len as u32,
            original_len: len as u32,
        }
    }

    fn is_identity(&self) -> bool {
        self.segments.is_empty()
    }

    /// The original byte range of `range` in the derived text: from the start of the segment
    /// holding `range.start` to the end of the segment holding the last byte.
    pub fn to_original(&self, range: Range<usize>) -> Range<usize> {
        if self.is_identity() {
            let s = range.start.min(self.original_len as usize);
            let e = range.end.clamp(s, self.original_len as usize);
            return s..e;
        }
        let start = self
            .segment_of(range.start)
            .map_or(self.original_len, |i| self.segments[i].1);
        let end = if range.end <= range.start {
            start
        } else {
            match self.segment_of(range.end - 1) {
                Some(i) => self.segments.get(i + 1).map_or(self.original_len, |s| s.1),
                None => self.original_len,
            }
        };
        start as usize..end.max(start) as usize
    }

    fn segment_of(&self, at: usize) -> Option<usize> {
        if at >= self.derived_len as usize {
            return None;
        }
        let i = self.segments.partition_point(|s| s.0 as usize <= at);
        i.checked_sub(1)
    }
}

/// Text in NFC with the map back to the input it came from.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    /// The NFC text; borrowed when the input already was NFC.
    pub text: Cow<'a, str>,
    /// From `text` offsets to input offsets.
    pub map: OffsetMap,
}

/// NFC-normalizes `input`, borrowing it when it already is NFC.
pub fn nfc(input: &str) -> Normalized<'_> {
    if is_nfc_quick(input.chars()) == IsNormalized::Yes {
        return Normalized {
            text: Cow::Borrowed(input),
            map: OffsetMap::identity(input.len()),
        };
    }
    let mut text = String::with_capacity(input.len());
    let mut segments = Vec::new();
    // A character with combining class 0 starts a cluster; its marks follow it.
    let mut chars = input.char_indices().peekable();
    while let Some((i, _)) = chars.next() {
        let mut end = input.len();
        while let Some(&(j, d)) = chars.peek() {
            if fold::is_combining(d)
                || unicode_normalization::char::canonical_combining_class(d) != 0
            {
                chars.next();
            } else {
                end = j;
                break;
            }
        }
        segments.push((text.len() as u32, i as u32));
        text.extend(input[i..end].nfc());
    }
    Normalized {
        map: OffsetMap {
            segments,
            derived_len: text.len() as u32,
            original_len: input.len() as u32,
        },
        text: Cow::Owned(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_input_is_borrowed() {
        let n = nfc("Bộ Công an");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.map.to_original(0..4), 0..4);
    }

    #[test]
    fn nfd_maps_whole_characters() {
        // "Bộ" in NFD: B, o, dot below, circumflex = 1 + 1 + 2 + 2 bytes.
        let input = "Bo\u{323}\u{302} an";
        let n = nfc(input);
        assert_eq!(n.text, "Bộ an");
        // "ộ" is bytes 1..4 of the NFC text and 1..6 of the input.
        assert_eq!(n.map.to_original(1..4), 1..6);
        assert_eq!(&input[n.map.to_original(0..4)], "Bo\u{323}\u{302}");
        assert_eq!(&input[n.map.to_original(5..7)], "an");
        // A range that starts inside a character snaps to the whole character.
        assert_eq!(n.map.to_original(2..3), 1..6);
    }

    #[test]
    fn out_of_range_is_clamped() {
        let input = "Đa\u{300}";
        let n = nfc(input);
        let r = n.map.to_original(0..100);
        assert_eq!(r, 0..input.len());
        assert_eq!(n.map.to_original(50..60), input.len()..input.len());
    }
}
