//! The matchers: each reads the tokens and the dictionary hits and proposes candidates,
//! which [`crate::resolve`] then makes flat.

pub mod dictionary;
pub mod document;
pub mod location;
pub mod number;
pub mod organization;
pub mod person;
pub mod rank;
pub mod time;

use crate::entity::{Force, Value};
use crate::lexicon::{Entry, EntryKind};
use crate::token::{Analysis, Case, Token, TokenKind};
use dictionary::{Hit, Hits};

/// What every matcher reads: the tokens, the dictionary hits and the entries they point to.
pub struct Cx<'a, 'b> {
    /// Tokens and folded view.
    pub a: &'b Analysis<'a>,
    /// Dictionary hits.
    pub hits: &'b Hits,
    /// The extractor's entries.
    pub entries: &'b [Entry],
}

/// A proposed mention over tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// First token.
    pub start: u32,
    /// One past the last token.
    pub end: u32,
    /// The typed value.
    pub value: Value,
    /// Breaks ties between candidates of equal length: higher wins.
    pub priority: u8,
    /// The force an organization belongs to, for the ranks of its officials.
    pub force: Option<Force>,
}

impl Candidate {
    /// A candidate with the default priority of its kind.
    pub fn new(start: usize, end: usize, value: Value) -> Self {
        use crate::entity::Kind::*;
        let priority = match value.kind() {
            Document => 9,
            Date | Time | Period => 8,
            Money | Percent | Fraction => 7,
            Organization => 6,
            Rank => 6,
            Location => 5,
            Person => 4,
            Number => 1,
            Official => 0,
        };
        Candidate {
            start: start as u32,
            end: end as u32,
            value,
            priority,
            force: None,
        }
    }
}

impl<'a, 'b> Cx<'a, 'b> {
    /// Token `i`; past the last token, a line break of no width, so that a look ahead
    /// reads the end of the text as the end of a line instead of failing.
    #[inline]
    pub fn tok(&self, i: usize) -> &Token {
        self.a.tok(i)
    }

    /// The number of tokens.
    #[inline]
    pub fn n(&self) -> usize {
        self.a.tokens.len()
    }

    /// The entry of a hit.
    #[inline]
    pub fn entry(&self, h: Hit) -> &'b Entry {
        &self.entries[h.entry as usize]
    }

    /// The longest hit of `kind` at token `i`.
    #[inline]
    pub fn longest(&self, i: usize, kind: EntryKind) -> Option<(Hit, &'b Entry)> {
        self.hits
            .longest(i, kind)
            .map(|h| (h, &self.entries[h.entry as usize]))
    }

    /// Whether a hit of `kind` starts at token `i`.
    #[inline]
    pub fn starts(&self, i: usize, kind: EntryKind) -> bool {
        self.hits.starts(i, kind)
    }

    /// Whether token `i` is a capitalised word.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        i < self.n() && self.a.tok(i).is_cap()
    }

    /// Whether token `i` exists and is glued to the token before it (no space between).
    #[inline]
    pub fn glued(&self, i: usize) -> bool {
        i < self.n() && !self.a.tok(i).space_before
    }

    /// Whether token `i` is a capitalised word glued to nothing on its left other than space.
    #[inline]
    pub fn is_cap_spaced(&self, i: usize) -> bool {
        self.is_cap(i) && self.a.tok(i).space_before
    }

    /// Whether a title, rank, honorific or (capitalised) organization starts at token `i`:
    /// such a token ends a run of names.
    pub fn starts_phrase(&self, i: usize) -> bool {
        let cap = self.is_cap(i);
        self.hits.at(i).iter().any(|h| match h.kind {
            EntryKind::Title | EntryKind::Rank => true,
            // A capitalised "Bà", "Anh" inside a phrase is a name ("Bà Nà"); only at the start
            // of a clause is it a form of address.
            EntryKind::Honorific => {
                !cap || self.clause_start(i) || self.surname_after(h.end as usize)
            }
            EntryKind::Org => cap && !self.head_begins_place(*h),
            _ => false,
        })
    }

    /// Whether the organization head `h` is one generic word ("Hội", "Trường", "Báo") that
    /// begins a known place ("Hội An", "Trường Sa", "Bảo Lộc" without diacritics): a word of
    /// the place's name, no head.
    pub fn head_begins_place(&self, h: Hit) -> bool {
        h.end - h.start == 1
            && matches!(
                self.entry(h).attrs.org_type,
                crate::lexicon::OrgType::Name | crate::lexicon::OrgType::Desc
            )
            && self
                .longest(h.start as usize, EntryKind::Place)
                .is_some_and(|(p, _)| p.end > h.end)
    }

    /// Whether a capitalised surname stands at token `k` (after a form of address).
    pub fn surname_after(&self, k: usize) -> bool {
        self.is_cap_spaced(k) && self.is_surname(k)
    }

    /// Whether token `i` starts a clause: the text's start, or after a line break, a
    /// sentence's end, a quote, a bracket or a colon.
    pub fn clause_start(&self, i: usize) -> bool {
        i == 0
            || self.tok(i - 1).kind == TokenKind::Break
            || matches!(
                self.a.fold(i - 1),
                "." | "!" | "?" | "\"" | "(" | ":" | "..." | ";" | "-"
            )
    }

    /// Whether token `i` is a function word that ends a name (in lower case, or in any case
    /// on a line written in capitals), or there a verb that no name holds
    /// ([`crate::keywords::CAPS_VERBS`]).
    pub fn is_stop_word(&self, i: usize) -> bool {
        let t = self.tok(i);
        if t.kind != TokenKind::Word || !(t.case == Case::Lower || t.caps_line) {
            return false;
        }
        // A function word, but one inside a compound or a company's name in capitals.
        let function_word = || {
            crate::keywords::STOP_SET.contains(self.a, i)
                && !(self.closes_compound(i)
                    || self.opens_compound(i)
                    || t.case == Case::Upper && crate::keywords::name_word_in_capitals(self.a, i))
        };
        function_word()
            || crate::keywords::ends_pair(crate::keywords::STOP_PAIRS, self.a, i + 1)
            || t.caps_line && crate::keywords::caps_verb_at(self.a, i)
    }

    /// Whether token `i` is a function word's look-alike inside a noun: the first syllable
    /// of "thực phẩm", or, without diacritics, either syllable of "do thi" ("đô thị").
    fn opens_compound(&self, i: usize) -> bool {
        use crate::keywords::{ends_pair, PLAIN_COMPOUNDS, STOP_OPENS_COMPOUNDS};
        ends_pair(STOP_OPENS_COMPOUNDS, self.a, i + 1)
            || !self.tok(i).marks
                && (ends_pair(PLAIN_COMPOUNDS, self.a, i + 1)
                    || ends_pair(PLAIN_COMPOUNDS, self.a, i))
    }

    /// Whether token `i` is the function word that closes a compound with the word before
    /// it ("việc làm", "phát triển"): there it ends nothing.
    pub fn closes_compound(&self, i: usize) -> bool {
        crate::keywords::ends_pair(crate::keywords::STOP_IN_COMPOUNDS, self.a, i)
    }

    /// Whether token `i` stands on a line written in capitals.
    #[inline]
    pub fn caps(&self, i: usize) -> bool {
        i < self.n() && self.a.tok(i).caps_line
    }

    /// On a line in capitals, where every word is capitalised, the end of the commune's
    /// known name (`data/communes.tsv`) at token `k` after its unit word: "PHƯỜNG AN ĐÔNG,
    /// TP.HCM".
    pub fn commune_in_capitals(&self, k: usize) -> Option<usize> {
        (self.caps(k) && self.tok(k).space_before)
            .then(|| crate::communes::communes().longest_at(self.a, k, self.n()))
            .flatten()
    }

    /// Off a line in capitals, the end of a commune's known name at token `k` after its
    /// unit word that capitals alone do not delimit: one joined by a dash or holding a
    /// number, its words capitalised ("phường Xuân Hương - Đà Lạt", "phường 2 Bảo Lộc",
    /// "xã Sơn Kim 1").
    pub fn commune_written_apart(&self, k: usize) -> Option<usize> {
        let n = self.n();
        if k >= n || self.caps(k) || !self.tok(k).space_before {
            return None;
        }
        let most = (k + crate::communes::MAX_WORDS).min(n);
        // (Most names have neither: no look-up for them.)
        // (A number only right after the name's capitalised words: "Sơn Kim 1".)
        let apart_at = |i: usize| {
            self.a.is_dash(i)
                || i > k && self.tok(i).kind == TokenKind::Number && (k..i).all(|m| self.is_cap(m))
        };
        if self.tok(k).kind != TokenKind::Number && !(k + 1..most).any(apart_at) {
            return None;
        }
        let end = crate::communes::communes().longest_at(self.a, k, most)?;
        let apart = self.tok(k).kind == TokenKind::Number || (k..end).any(apart_at);
        (apart && self.capitalised(k, end)).then_some(end)
    }

    /// Whether a commune-level unit word ("xã", "phường") ends right before token `k`.
    pub fn after_commune_unit(&self, k: usize) -> bool {
        (1..=2).filter(|&b| k >= b).any(|b| {
            self.longest(k - b, EntryKind::Unit).is_some_and(|(h, e)| {
                h.end as usize == k && e.attrs.level == crate::lexicon::Level::Commune
            })
        })
    }

    /// Whether every word of tokens `k..end` is capitalised (numbers and punctuation
    /// between them aside).
    pub fn capitalised(&self, k: usize, end: usize) -> bool {
        (k..end).all(|i| self.tok(i).kind != TokenKind::Word || self.is_cap(i))
    }

    /// Where a person's name begins inside the capitalised run `k..end` of a place's name:
    /// a surname before "Văn" or "Thị", or a monk's "Thích" ("thôn Khuổi Nạc Hoàng Văn A",
    /// "chùa Som Rông Thích Minh Hải"); `end` if none.
    pub fn person_inside(&self, k: usize, end: usize) -> usize {
        (k + 1..end)
            .find(|&m| {
                self.is_surname(m) && self.a.is_any_word(m + 1, crate::keywords::MIDDLE_NAMES)
                    || self.a.is_word(m, "thích") && self.is_cap_spaced(m + 1)
            })
            .unwrap_or(end)
    }

    /// Where a known commune's name at token `k` ends inside the capitalised run `k..end`
    /// when a person's name follows it there: "UBND xã Bình Lợi Huỳnh Văn Tám" is the
    /// commune "Bình Lợi", then its chairman.
    pub fn commune_before_name(&self, k: usize, end: usize) -> Option<usize> {
        if end < k + 4 {
            return None;
        }
        // (The longest commune first: "Đông Thái Ninh" before "Đông Thái".)
        (k + 2..end - 1).rev().find(|&m| {
            self.is_surname(m)
                && self.is_cap_spaced(m + 1)
                && crate::communes::communes().longest_at(self.a, k, m) == Some(m)
        })
    }

    /// End of the run of capitalised words from `i` (at most `max`), each separated by
    /// space; `i` itself when there is none, or when the line is all in capitals and so
    /// says nothing of where a name ends.
    pub fn cap_run(&self, i: usize, max: usize) -> usize {
        if self.caps(i) {
            return i;
        }
        let mut j = i;
        while j < self.n()
            && j - i < max
            && (self.is_cap(j) || j > i && self.closes_name_compound(j))
            && (j == i || self.tok(j).space_before)
        {
            j += 1;
            // A name written in syllables joined by hyphens, the later ones in lower case:
            // "Sa-vẳn-na-khệt", "Phông-xa-lỳ", "Luông Pha-bang".
            // (Not after a known place, nor into a function word: "Nội Bài-cửa ngõ",
            // "Nghệ An-đã".)
            while j + 1 < self.n()
                && self.a.is_punct(j, "-")
                && !self.ends_at(j, EntryKind::Place, 4)
                && !self.is_stop_word(j + 1)
                && !self.tok(j).space_before
                && !self.tok(j + 1).space_before
                && self.tok(j + 1).kind == TokenKind::Word
                && self.tok(j + 1).case == Case::Lower
            {
                j += 2;
            }
        }
        j
    }

    /// Whether token `j` is the lower-case syllable that closes a compound a capital opened
    /// in a name ("Quốc gia", "Trung ương"; see [`crate::keywords::NAME_COMPOUNDS`]).
    pub fn closes_name_compound(&self, j: usize) -> bool {
        j > 0
            && self.is_cap(j - 1)
            && self.tok(j).case == Case::Lower
            && crate::keywords::ends_pair(crate::keywords::NAME_COMPOUNDS, self.a, j)
    }

    /// The country whose name starts at token `i` (a place of unit "quốc gia"), as the hit
    /// and its entry.
    pub fn country_at(&self, i: usize) -> Option<(Hit, &'b Entry)> {
        self.longest(i, EntryKind::Place)
            .filter(|(_, e)| e.attrs.unit.as_deref() == Some("quốc gia"))
    }

    /// Whether token `i` is a capitalised country named like a person ("Đức", "Mỹ"): no
    /// place of the lexicon, a country only where the caller's context says so.
    pub fn country_named_like_a_person(&self, i: usize) -> bool {
        self.is_cap(i) && crate::keywords::COUNTRY_LIKE_SET.contains(self.a, i)
    }

    /// Whether token `i` stands in the name of a landmark: after a lower-case noun such as
    /// "cầu", "chợ", "kênh" or "tàu", or in the capitalised run (dashes included) that
    /// follows one ("kênh Tham Lương - Bến Cát"). A place or a head word there is part of
    /// the landmark's name. Not after a unit word ("huyện đảo Lý Sơn" is the district).
    pub fn after_landmark(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 8 && (self.is_cap(k - 1) || self.a.is_dash(k - 1)) {
            k -= 1;
        }
        if k == 0 || k == i && !self.tok(i).space_before {
            return false;
        }
        let noun = k - 1;
        let t = self.tok(noun);
        t.kind == TokenKind::Word
            && t.case == Case::Lower
            && !t.caps_line
            && crate::keywords::LANDMARK_SET.contains(self.a, noun)
            // (Without diacritics "den" is rather "đến" than "đền" ("tu Ha Noi den Vinh"),
            // and "cho" before a body's name "cho" than "chợ" ("cho Cuc Canh sat …").)
            && !(!t.marks
                && t.plain_line
                && (self.a.fold(noun) == "den"
                    || self.a.fold(noun) == "cho" && self.starts(noun + 1, EntryKind::Org)))
            && !crate::keywords::ends_pair(crate::keywords::LANDMARKS_IN_COMPOUNDS, self.a, noun)
            && !self.ends_at(noun, EntryKind::Unit, 2)
            // A unit word that names islands is no landmark: "quần đảo Trường Sa".
            && !self.ends_at(noun + 1, EntryKind::Unit, 2)
    }

    /// Whether a hit of `kind` starting at most `reach` tokens back ends right before token
    /// `i`.
    pub fn ends_at(&self, i: usize, kind: EntryKind, reach: usize) -> bool {
        (1..=reach).filter(|&b| i >= b).any(|b| {
            self.longest(i - b, kind)
                .is_some_and(|(h, _)| h.end as usize == i)
        })
    }

    /// Where a run of capitalised words `k..end` after a commune's or a village's unit word
    /// stops before the province or district it is in, written with no comma: "phường Hòa
    /// Khánh Đà Nẵng", "xã Ea Kly Krông Pắc" (not where a commune's known name runs on).
    pub fn larger_place_inside(&self, k: usize, end: usize) -> usize {
        let commune = crate::communes::communes().longest_at(self.a, k, end);
        (k + 2..end.saturating_sub(1))
            .find(|&m| {
                self.larger_place_at(m).is_some_and(|e| e <= end) && commune.is_none_or(|c| c <= m)
            })
            .unwrap_or(end)
    }

    /// The end of a known province or district of two words or more at token `m`, after a
    /// space: what [`Cx::larger_place_inside`] stops before.
    pub fn larger_place_at(&self, m: usize) -> Option<usize> {
        let (p, e) = self.longest(m, EntryKind::Place)?;
        let end = p.end as usize;
        let province = matches!(e.attrs.unit.as_deref(), Some("tỉnh" | "thành phố"));
        let district = matches!(e.attrs.unit.as_deref(), Some("huyện" | "quận" | "thị xã"));
        // (A district named like a person, after a commune, is as likely a person's name:
        // "Trưởng Công an xã Tân Lập Trần Văn Thời", "… Hoàng Mai"; and a name that goes on
        // is no place's.)
        (self.tok(m).space_before
            && self.is_cap(m)
            && end >= m + 2
            && (province || district && !self.is_surname(m))
            && !self.is_cap_spaced(end))
        .then_some(end)
    }

    /// Whether token `i` is written as a year of these times: four digits, 1900 to 2100.
    pub fn modern_year(&self, i: usize) -> bool {
        let t = self.a.text(i);
        t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
    }

    /// Whether a surname starts at token `i`.
    pub fn is_surname(&self, i: usize) -> bool {
        self.starts(i, EntryKind::Surname)
    }

    /// The name of the place written at tokens `start..end`: the lexicon's form for what the
    /// lexicon knows ("Vi Thuy", "TP.HCM"), else as written. An alias written out in words
    /// ("Sài Gòn") stays as written: after 2025 it is also a ward's own name.
    pub fn place_name(&self, start: usize, end: usize) -> String {
        let written = || crate::normalize::old_style(&self.text_nfc(start, end));
        match self.longest(start, EntryKind::Place) {
            Some((h, e)) if h.end as usize == end => {
                // Surfaces are written in the canonical tone placement, so a plain comparison
                // settles most entries; the keys only decide the rest.
                let alias = e.canonical != e.surface
                    && crate::normalize::key(&e.canonical) != crate::normalize::key(&e.surface);
                let tokens = &self.a.tokens[start..end];
                let abbreviation = tokens
                    .iter()
                    .all(|t| t.kind != TokenKind::Word || t.case == Case::Upper);
                let unaccented = !tokens.iter().any(|t| t.marks);
                if !alias || abbreviation || unaccented {
                    e.canonical.clone()
                } else {
                    written()
                }
            }
            _ => {
                // A commune's name after its unit word, in capitals or without diacritics, as
                // the list writes it: "XA SON KIM 2" is "Sơn Kim 2".
                let tokens = self.a.tokens.get(start..end).unwrap_or_default();
                let unmarked = tokens.iter().all(|t| !t.marks);
                let caps = tokens
                    .iter()
                    .all(|t| t.kind != TokenKind::Word || t.case == Case::Upper);
                if end >= start + 2 && (unmarked || caps) && self.after_commune_unit(start) {
                    if let Some((_, name)) = crate::communes::communes()
                        .name_at(self.a, start, end)
                        .filter(|&(e, _)| e == end)
                    {
                        return crate::normalize::old_style(name);
                    }
                }
                written()
            }
        }
    }

    /// The original text of tokens `start..end` with single spaces, in NFC.
    pub fn text_nfc(&self, start: usize, end: usize) -> String {
        use unicode_normalization::UnicodeNormalization;
        // (As long as the original text, most often: one allocation.)
        let len = match (
            self.a.tokens.get(start),
            self.a.tokens.get(end.wrapping_sub(1)),
        ) {
            (Some(first), Some(last)) if start < end => last.end.saturating_sub(first.start),
            _ => 0,
        };
        let mut s = String::with_capacity(len as usize);
        for i in start..end {
            if i > start && self.tok(i).space_before {
                s.push(' ');
            }
            let t = self.a.text(i);
            if nfc_stable(t)
                || unicode_normalization::is_nfc_quick(t.chars())
                    == unicode_normalization::IsNormalized::Yes
            {
                s.push_str(t);
            } else {
                s.extend(t.nfc());
            }
        }
        s
    }
}

/// Whether `s` is in NFC for want of anything NFC could change, read off its bytes: every
/// character below U+0300 (ASCII, Latin-1, Latin Extended-A and B) or in Latin Extended
/// Additional (U+1E00–U+1EFF, the Vietnamese letters with tones) is NFC and composes with
/// nothing before it. Anything else (combining marks among it) is left to the full check.
#[inline]
fn nfc_stable(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x00..=0x7F => i += 1,
            // U+0080..U+02FF.
            0xC2..=0xCB => i += 2,
            0xE1 if matches!(b.get(i + 1), Some(0xB8..=0xBB)) => i += 3,
            _ => return false,
        }
    }
    true
}

/// Whether `s` is a Roman numeral of at most a few letters ("I", "III", "XIV").
pub(crate) fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.len() <= 5 && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

#[cfg(test)]
mod tests {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

    #[test]
    fn stable_text_is_nfc() {
        // Every character the fast path lets through is NFC, alone and after a letter.
        for cp in (0x80..0x300).chain(0x1E00..0x1F00) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for s in [c.to_string(), format!("a{c}"), format!("{c}b")] {
                assert!(super::nfc_stable(&s), "U+{cp:04X}");
                assert_eq!(is_nfc_quick(s.chars()), IsNormalized::Yes, "U+{cp:04X}");
            }
        }
        // Decomposed letters and other scripts go to the full check.
        let nfd: String = "Nguyễn".nfd().collect();
        assert!(!super::nfc_stable(&nfd));
        assert!(!super::nfc_stable("Ω"));
        assert!(!super::nfc_stable("한"));
    }
}
