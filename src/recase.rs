//! Names and places written in lower case ("đại tá nguyễn văn a, giám đốc công an tỉnh
//! b"): the words a careful writer would have capitalised, found from what stands before
//! them, and marked capitalised so that the matchers read them as any other. On every line,
//! a known place of two words or more after its unit word ("tỉnh an giang"), with the
//! organization head before it. On lines written in lower case, also a place after an
//! organization or "tại", a name after a rank, a form of address, or a post and perhaps its
//! organization, and whole organization names. Nothing is guessed without such an anchor:
//! a lower-case word alone says nothing.

use crate::lexicon::{Entry, EntryKind, Level, OrgType};
use crate::matchers::dictionary::{Dictionary, Hits};
use crate::token::{Analysis, Case, TokenKind};
use std::ops::Range;

/// Words after which a province or country is named without its unit ("tại hà nội").
const PLACE_PREPOSITIONS: &[&str] = &["tại", "ở"];

/// What [`recase`] reads.
struct Rx<'x, 'a> {
    dict: &'x Dictionary,
    entries: &'x [Entry],
    a: &'x Analysis<'a>,
    hits: &'x Hits,
}

/// Marks capitalised the names and places of `a` written in lower case, read from `hits`
/// (the dictionary's hits on `a` as written). Writes to `changed` the tokens it marked, in
/// order, so the caller looks the dictionary up again from them.
pub(crate) fn recase(
    dict: &Dictionary,
    entries: &[Entry],
    a: &mut Analysis<'_>,
    hits: &Hits,
    changed: &mut Vec<usize>,
) {
    changed.clear();
    let mut marks: Vec<Range<usize>> = Vec::new();
    {
        let x = Rx {
            dict,
            entries,
            a,
            hits,
        };
        let n = a.len();
        let mut i = 0;
        // Lines as written, then a line in lower case, in turn.
        for line in 0..=a.lower_lines.len() {
            let (start, end, all_lower) = match a.lower_lines.get(line) {
                Some(&(s, e, all)) => (s as usize, e as usize, all),
                None => (n, n, false),
            };
            // Any line: a unit and its place, an organization head and its place.
            // (Capitalised heads and units are read as written.)
            while i < start {
                // (The hits' kinds first: a small table, where most tokens stop.)
                if hits.starts_any(i, 1 << EntryKind::Unit as u16 | 1 << EntryKind::Org as u16)
                    && a.tok(i).case == Case::Lower
                {
                    x.org_head(i, (n, false), false, &mut marks);
                    if let Some(r) = x.unit_place(i, n, false) {
                        i = r.end;
                        marks.push(r);
                        continue;
                    }
                }
                i += 1;
            }
            i = i.max(start);
            // Where the last place or name marked on this line ends: a province after a
            // comma there is the larger place it is in ("xã a, cần thơ").
            let mut marked_end = usize::MAX;
            // Whether that mark is a place after its unit word: a place right after it is
            // the larger place it is in, with no comma ("phường hòa khánh đà nẵng", "xã
            // đông thạnh hóc môn"; not a name that is also a phrase, "xã tân lập yên bình
            // trở lại").
            let mut marked_unit_place = false;
            while i < end {
                let after_comma = i == marked_end && a.is_punct(i, ",");
                let found = after_comma
                    .then(|| x.place(i + 1, false, end, true))
                    .flatten()
                    .or_else(|| {
                        // (Where the place ends its phrase: not "xã tân lập long an toàn".)
                        (i == marked_end && marked_unit_place)
                            .then(|| x.place(i, true, end, false))
                            .flatten()
                            .filter(|r| {
                                let e = r.end;
                                e >= end || a.tok(e).kind != TokenKind::Word || function_word(a, e)
                            })
                    })
                    .or_else(|| {
                        // Every anchor is a dictionary hit, but "tại" / "ở", function words
                        // that a province or a country may follow.
                        let anchored = if hits.any(i) {
                            x.org_head(i, (end, all_lower), true, &mut marks);
                            x.anchored(i, end)
                        } else {
                            let prep = a.tok(i).tags & crate::keywords::STOP != 0
                                && matches!(a.fold(i), "tai" | "o")
                                && a.is_any_word(i, PLACE_PREPOSITIONS);
                            prep.then(|| x.place(i + 1, false, end, true)).flatten()
                        };
                        // On a line all in lower case, a province or a country of two words
                        // or more needs no anchor when written with its diacritics ("hà
                        // tĩnh đứng đầu"): without them it may be any two words.
                        anchored
                            .or_else(|| x.before_birth(i, end))
                            .or_else(|| all_lower.then(|| x.bare_place(i, end)).flatten())
                    });
                match found {
                    Some(r) => {
                        i = r.end;
                        marked_end = r.end;
                        marked_unit_place = (1..=2).any(|b| {
                            r.start >= b
                                && hits
                                    .longest(r.start - b, EntryKind::Unit)
                                    .is_some_and(|u| u.end as usize == r.start)
                        });
                        marks.push(r);
                    }
                    None => i += 1,
                }
            }
        }
    }
    for r in &marks {
        for (k, t) in r.clone().zip(&mut a.tokens[r.clone()]) {
            if t.kind == TokenKind::Word && t.case == Case::Lower {
                t.initial_upper = true;
                t.case = Case::Title;
                changed.push(k);
            }
        }
    }
    changed.sort_unstable();
}

impl Rx<'_, '_> {
    /// A name that its year of birth or its age follows in brackets: "tạm giữ huỳnh văn lợi
    /// (sn 1979, …)", "lê minh trí (sinh năm 1990)", "trần văn a (37 tuổi)": a surname and one
    /// to three given names at token `i`.
    fn before_birth(&self, i: usize, line_end: usize) -> Option<Range<usize>> {
        let a = self.a;
        let t = a.tok(i);
        if t.kind != TokenKind::Word || t.case != Case::Lower {
            return None;
        }
        let paren = (i + 2..(i + 5).min(line_end)).find(|&p| a.is_punct(p, "("))?;
        let birth = a.is_any_word(paren + 1, &["sn", "sinh"])
            || paren + 2 < line_end
                && a.tok(paren + 1).kind == TokenKind::Number
                && a.is_word(paren + 2, "tuổi");
        // Four words only for a woman's name ("nguyễn thị thu hà"): else the first is a word
        // before the name, as "quả tang" (red-handed) is before "lò văn pọm" written
        // without diacritics.
        if !birth || !lower_run(a, i, paren, line_end) || paren - i == 4 && a.fold(i + 1) != "thi" {
            return None;
        }
        let s = self.dict.longest_uncased_hit(a, i, EntryKind::Surname)?;
        let s_end = s.end as usize;
        if a.fold(i).len() < 2
            || s_end >= paren
            || !(s_end..paren).all(|m| name_syllable(a, self.hits, m, m == s_end))
        {
            return None;
        }
        Some(i..paren)
    }

    /// The first word of an organization's head at token `i`, to capitalise when the head is
    /// plainly one: a head its place follows ("công an tỉnh b", "sở y tế hà nội"; the place
    /// is marked too), a head of two words its number follows ("lữ đoàn 12"), or, on a
    /// line all in lower case, a head of one word and its number, a whole name of two words
    /// or more ("bộ công an") or a body of another named after it ("ban thường vụ tỉnh
    /// ủy"), or a body named by its unit word alone ("công an tỉnh đã …"). (A line with its
    /// first word capitalised may be ordinary text, where "công an nhân dân" in lower case is
    /// the force, not a body, and "công an tỉnh" without its province is no name.)
    fn org_head(
        &self,
        i: usize,
        line: (usize, bool),
        in_lower: bool,
        marks: &mut Vec<Range<usize>>,
    ) {
        let (entries, a, hits) = (self.entries, self.a, self.hits);
        let (line_end, all_lower) = line;
        let Some(h) = hits.longest(i, EntryKind::Org) else {
            return;
        };
        let k = h.end as usize;
        // "cán bộ công an": the head word closes a common word there.
        if crate::keywords::ends_pair(crate::keywords::HEADS_IN_COMPOUNDS, a, i) {
            return;
        }
        // (A head of the lexicon may hold a number: "quân đoàn 12".)
        if lower_words(a, i, k, line_end).is_none() {
            return;
        }
        // The place right after the head, or after its unit: marked with it.
        let placed = || match hits.longest(k, EntryKind::Unit) {
            Some(_) => self.unit_place(k, line_end, in_lower),
            None => self.place(k, true, line_end, in_lower),
        };
        // A number after a head of two words is a unit's ("lữ đoàn 271", "quân khu 3"); after
        // one word only on a line all in lower case ("đội 2").
        let numbered = (all_lower || k >= i + 2)
            && k < line_end
            && a.tok(k).kind == TokenKind::Number
            && a.tok(k).space_before
            // A whole name holding its number: "quân khu 3".
            || k >= i + 3 && a.tok(k - 1).kind == TokenKind::Number;
        let of = entries[h.entry as usize].attrs.org_type == OrgType::Of
            && hits.starts(k, EntryKind::Org)
            && lower_run(a, k, k + 1, line_end);
        // One word that no Vietnamese syllable spells is an abbreviation or a brand, on any
        // line: "ubnd xã", "hđnd", "agribank".
        let abbreviation = k == i + 1 && !crate::normalize::is_syllable(a.fold(i));
        let attrs = &entries[h.entry as usize].attrs;
        // On a line all in lower case, a whole name of two words or more, or a head of three
        // words or more that is a body alone ("sở y tế", not "công an").
        let named = abbreviation
            || all_lower
                && k >= i + 2
                && (of
                    || attrs.org_type == OrgType::Fixed
                    || attrs.org_type == OrgType::Scope && attrs.bare && k >= i + 3);
        let place = if named || numbered { None } else { placed() };
        // (After a form of address a name follows: "ông ca phường" is no body there.)
        let after_address = || {
            (1..=3).any(|b| {
                i >= b
                    && hits
                        .longest(i - b, EntryKind::Honorific)
                        .is_some_and(|h| h.end as usize == i)
            })
        };
        // Without diacritics an abbreviation of one word that spells a syllable is no body
        // in lower case before a unit word alone: "ca xa" is "cả xã", the whole commune;
        // "ubnd xa" is the body, and so is "ca phường" where the line has its diacritics.
        let spelt_abbreviation = |m: usize, end: usize| {
            end == m + 1
                && a.tok(m).plain_line
                && hits.starts(m, EntryKind::Abbr)
                && crate::normalize::is_syllable(a.fold(m))
        };
        // On a line all in lower case, a body that stands alone, then its unit word and no
        // name: "công an thành phố đã xử phạt" (the city's police, named by its unit).
        let bare_unit = all_lower
            && place.is_none()
            && attrs.org_type == OrgType::Scope
            // (A sector or a force is no body: "ngành công an tỉnh", "lực lượng công an xã".)
            && !(i > 0 && a.is_any_word(i - 1, &["ngành", "lượng"]))
            // (Nor an abbreviation that spells a syllable: "ca xa" is "cả xã", the whole
            // commune; "ubnd xa" is the body.)
            && !spelt_abbreviation(i, k)
            && !after_address()
            && hits.longest(k, EntryKind::Unit).is_some_and(|u| {
                let e = u.end as usize;
                let level = entries[u.entry as usize].attrs.level;
                matches!(level, Level::Province | Level::District | Level::Commune)
                    && (e >= line_end
                        || a.tok(e).kind != TokenKind::Word
                        || function_word(a, e))
            });
        // On a line all in lower case, a head of one word, an abbreviation and its number
        // or the body it belongs to: "đội csgt số 6", "đội csgt công an tỉnh sơn la" (both
        // words marked, the abbreviation read as the name).
        let abbreviated_number = all_lower
            && k == i + 1
            && k + 2 < line_end
            && a.tok(k).kind == TokenKind::Word
            && a.tok(k).case == Case::Lower
            && hits.starts(k, EntryKind::Abbr)
            && (a.is_word(k + 1, "số") && a.tok(k + 2).kind == TokenKind::Number
                || hits.starts(k + 1, EntryKind::Org));
        if abbreviated_number {
            marks.push(i..k + 1);
            return;
        }
        // On a line all in lower case, a division of two words or more before the body it
        // belongs to: "phòng csgt công an tp.hcm", "đội cảnh sát giao thông công an huyện
        // củ chi".
        // (A head of one word that a description follows, up to the body: "đội cảnh sát
        // giao thông công an huyện".)
        // (Not a post's first word, "đội phó đội csgt …", nor past another head.)
        // (Looked for on a line all in lower case only, where a division is marked.)
        let body = if !all_lower {
            None
        } else if k == i + 1
            && attrs.org_type == OrgType::Desc
            && !hits.starts(i, EntryKind::Title)
            && !a.is_any_word(k, crate::keywords::HEAD_POST_WORDS)
        {
            (k..(k + 6).min(line_end))
                .take_while(|&m| {
                    a.tok(m).kind == TokenKind::Word
                        && !function_word(a, m)
                        && !hits.starts(m, EntryKind::Title)
                })
                .skip(1)
                .find(|&m| {
                    hits.longest(m, EntryKind::Org).is_some_and(|h| {
                        entries[h.entry as usize].attrs.org_type == OrgType::Scope
                            && hits.starts(h.end as usize, EntryKind::Unit)
                            && !spelt_abbreviation(m, h.end as usize)
                    })
                })
        } else {
            (k >= i + 2 && attrs.org_type == OrgType::Scope && hits.starts(k, EntryKind::Org))
                .then_some(k)
        };
        let division = body.is_some_and(|b| lower_run(a, b, b + 1, line_end)) && !after_address();
        if named || numbered || bare_unit || division || place.is_some() {
            marks.push(i..i + 1);
            marks.extend(place);
            // The body it is of, too: "ban thường vụ thành ủy".
            if of {
                marks.push(k..k + 1);
            }
            if let Some(b) = body.filter(|_| division) {
                marks.push(b..b + 1);
            }
        }
    }

    /// A unit word at `i` and the known place of two words or more it names, in lower case:
    /// "tỉnh nghệ an" (not "xã hội"); on a line in lower case, also a commune's name of
    /// `data/communes.tsv` after a commune's unit word ("xã chiềng khoong").
    fn unit_place(&self, i: usize, line_end: usize, in_lower: bool) -> Option<Range<usize>> {
        let h = self.hits.longest(i, EntryKind::Unit)?;
        let k = h.end as usize;
        // On a line in lower case, a commune's name after its unit word: "công an xã
        // chiềng khoong"; also where it is longer than a known place it begins with ("xã
        // vĩnh thạnh trung", not the district "vĩnh thạnh").
        let commune = || {
            let commune = self.entries[h.entry as usize].attrs.level == Level::Commune;
            if !(in_lower && commune && lower_run(self.a, k, k + 1, line_end)) {
                return None;
            }
            let end = crate::communes::communes().longest_at(self.a, k, line_end)?;
            // Communes counted are communes of a kind, not one named ("3 xã biên giới",
            // "các xã vùng cao"), unless their names follow one by one ("3 xã tam quang,
            // tam đình và tam thái").
            let counted = i > 0
                && (self.a.tok(i - 1).kind == TokenKind::Number
                    || self.a.is_any_word(i - 1, COUNTING_WORDS));
            let listed = (self.a.is_punct(end, ",") || self.a.is_word(end, "và"))
                && !self.a.is_any_word(end + 1, COUNTING_WORDS)
                && !self.hits.starts(end + 1, EntryKind::Unit);
            if counted && !listed {
                return None;
            }
            lower_name(self.a, k, end, line_end).then_some(k..end)
        };
        match self.place(k, true, line_end, in_lower) {
            Some(p) => Some(commune().filter(|c| c.end > p.end).unwrap_or(p)),
            None => commune(),
        }
    }

    /// The known place of two words or more in lower case at `k`: of any level, or only a
    /// province or a country; one whose name is also an ordinary phrase only on a line
    /// written in lower case (`in_lower`).
    fn place(
        &self,
        k: usize,
        any_level: bool,
        line_end: usize,
        in_lower: bool,
    ) -> Option<Range<usize>> {
        // Most words after a unit are capitalised names or ordinary words: no look-up.
        if !lower_run(self.a, k, k + 1, line_end) {
            return None;
        }
        let h = self.dict.longest_uncased_hit(self.a, k, EntryKind::Place)?;
        let e = &self.entries[h.entry as usize];
        if e.attrs.word && !in_lower {
            return None;
        }
        let unit = e.attrs.unit.as_deref();
        let province = matches!(unit, Some("tỉnh" | "thành phố" | "quốc gia"));
        let end = h.end as usize;
        (lower_name(self.a, k, end, line_end) && (any_level || province)).then_some(k..end)
    }

    /// A province or a country of two words or more at `k`, written in lower case with its
    /// diacritics (on a line that has them), whose name is no ordinary phrase (not
    /// `word=yes`).
    fn bare_place(&self, k: usize, line_end: usize) -> Option<Range<usize>> {
        let t = self.a.tok(k);
        if t.plain_line || t.kind != TokenKind::Word {
            return None;
        }
        let r = self.place(k, false, line_end, false)?;
        r.clone().any(|m| self.a.tok(m).marks).then_some(r)
    }

    /// The tokens to capitalise after an anchor starting at token `i`, if one does and a place
    /// or a name follows it.
    fn anchored(&self, i: usize, line_end: usize) -> Option<Range<usize>> {
        let (dict, entries, a, hits) = (self.dict, self.entries, self.a, self.hits);
        let longest = |kind| {
            hits.longest(i, kind)
                .map(|h| (h.end as usize, &entries[h.entry as usize]))
        };
        let place = |k: usize, any_level: bool| self.place(k, any_level, line_end, true);
        // A unit word and the place it names: "tỉnh nghệ an", "xã mường tè".
        if let Some(r) = self.unit_place(i, line_end, true) {
            return Some(r);
        }
        // An organization and its province: "sở y tế hà nội".
        let org = longest(EntryKind::Org).map(|(k, _)| k);
        if let Some(r) = org.and_then(|k| place(k, true)) {
            return Some(r);
        }
        // A rank, a strong form of address or a post, then a surname and the given names.
        // (`from`: where the marking starts, before the name when a place stands there.)
        // A school named after a person: "trường thpt nguyễn du", "trường tiểu học kim
        // đồng" (marked with its head).
        let school = longest(EntryKind::Org).filter(|&(k, e)| {
            k >= i + 2 && e.attrs.org_type == OrgType::Name && e.canonical.starts_with("Trường ")
        });
        let (k, rank, from) = if let Some((k, _)) = school {
            (k, false, i)
        } else if let Some((k, _)) = longest(EntryKind::Rank) {
            (k, true, k)
        } else if let Some((k, _)) = longest(EntryKind::Honorific).filter(|&(k, _)| {
            // After a word for kin ("con em đồng bào"), only a full name with its middle
            // name: "anh em lê văn tâm".
            (!crate::keywords::ends_pair(crate::keywords::KIN_WORDS, a, i)
                || a.is_any_word(k + 1, crate::keywords::MIDDLE_NAMES))
                // (Without diacritics, not a common word it spells with the surname: "chi
                // dao ubnd tinh" directs the province.)
                && !(a.tok(i).plain_line
                    && crate::keywords::ends_pair(crate::keywords::PLAIN_ADDRESS_COMPOUNDS, a, k))
        }) {
            (k, false, k)
        } else if let Some((k, _)) = longest(EntryKind::Title) {
            // The post's organization may stand between, with its scope: "thứ trưởng bộ y tế
            // nguyễn văn a", "chủ tịch ubnd tỉnh b nguyễn văn a".
            // A body taken whole on a line in lower case (a whole name, or one of another
            // body: "ủy viên ban thường vụ tỉnh ủy") follows the post, no name.
            let org_hit = hits.longest(k, EntryKind::Org);
            let whole = org_hit.is_some_and(|h| {
                matches!(
                    entries[h.entry as usize].attrs.org_type,
                    OrgType::Of | OrgType::Fixed
                )
            });
            let org = org_hit.map(|h| {
                let o = h.end as usize;
                let place = hits
                    .longest(o, EntryKind::Unit)
                    .and_then(|u| self.place(u.end as usize, true, line_end, true));
                match place {
                    Some(p) => (p.end, p.start),
                    None => (o, o),
                }
            });
            match org {
                Some((o, from)) if dict.longest_uncased_hit(a, o, EntryKind::Surname).is_some() => {
                    (o, false, from)
                }
                _ if whole => return None,
                _ => (k, false, k),
            }
        } else {
            return None;
        };
        let s = dict.longest_uncased_hit(a, k, EntryKind::Surname)?;
        // (Nor one that, without diacritics, is more often a function word: "cung".)
        if !a.tok(k).marks && crate::keywords::PLAIN_SURNAME_WORDS.contains(&a.fold(k)) {
            return None;
        }
        // (A surname of one letter, "Y", is too like a word in lower case, "cố ý", but
        // after a rank.)
        if a.fold(k).len() < 2 && !rank {
            return None;
        }
        let s_end = s.end as usize;
        if !lower_run(a, k, s_end, line_end) {
            return None;
        }
        let mut m = s_end;
        while m < line_end && m < k + 3 && name_syllable(a, hits, m, m == s_end) {
            m += 1;
        }
        let bounded = |m: usize| m >= line_end || a.tok(m).kind != TokenKind::Word;
        // A fourth syllable only when the name ends with it: "nguyễn thị thanh xuân,"; or,
        // in a woman's name ("thị"), a function word or "giữ (chức)" after it: "hoàng thị
        // thúy nga ở …", "… thúy nga giám đốc …".
        let womans = s_end < line_end && a.fold(s_end) == "thi" && a.is_word(s_end, "thị");
        if m == k + 3
            && school.is_none()
            && m < line_end
            && name_syllable(a, hits, m, false)
            && (bounded(m + 1)
                || womans
                    && m + 1 < line_end
                    && (function_word(a, m + 1)
                        || a.is_word(m + 1, "giữ")
                        || hits.starts(m + 1, EntryKind::Title)
                            && !a.is_any_word(m, crate::keywords::POST_PREFIXES)))
        {
            m += 1;
        }
        // Two syllables are a name when something plainly ends them; after a rank, a
        // function word does too ("đại tướng tô lâm phát biểu").
        // (After a school's head, two: "trường tiểu học kim đồng bắt …".)
        let ok = m >= k + 3
            || m == k + 2 && (bounded(m) || rank && function_word(a, m) || school.is_some());
        ok.then_some(from..m)
    }
}

/// Whether tokens `k..end` are a name of two words or more in lower case within the line.
fn lower_name(a: &Analysis<'_>, k: usize, end: usize, line_end: usize) -> bool {
    // (Or one word that no syllable spells: a place's abbreviation, "hn", "hcm".)
    lower_words(a, k, end, line_end).is_some_and(|words| {
        words >= 2 || end == k + 1 && !crate::normalize::is_syllable(a.fold(k))
    })
}

/// How many words tokens `k..end` hold when they are written in lower case within the line:
/// a lower-case word after a space first, then lower-case words, numbers after a space,
/// punctuation glued inside and dashes ("tp.hcm", "quân đoàn 12", "bà rịa - vũng tàu");
/// `None` otherwise.
fn lower_words(a: &Analysis<'_>, k: usize, end: usize, line_end: usize) -> Option<usize> {
    if end > line_end || !lower_run(a, k, k + 1, line_end) {
        return None;
    }
    let mut words = 0;
    for (m, t) in (k..end).zip(&a.tokens[k..end]) {
        match t.kind {
            TokenKind::Word if t.case == Case::Lower => words += 1,
            TokenKind::Number if t.space_before => {}
            TokenKind::Punct if !t.space_before || a.is_dash(m) => {}
            _ => return None,
        }
    }
    Some(words)
}

/// Whether tokens `k..end` are lower-case words, each after a space, within the line.
fn lower_run(a: &Analysis<'_>, k: usize, end: usize, line_end: usize) -> bool {
    end <= line_end
        && k < end
        && a.tokens[k..end]
            .iter()
            .all(|t| t.kind == TokenKind::Word && t.case == Case::Lower && t.space_before)
}

/// Words that count the units after them: "các xã", "nhiều phường".
const COUNTING_WORDS: &[&str] = &["các", "những", "nhiều", "mọi", "mỗi", "từng", "hai", "ba"];

/// Whether token `m` is a function word that ends a name: checked with its diacritics, or,
/// written without them, only among the words that are no given name.
fn function_word(a: &Analysis<'_>, m: usize) -> bool {
    let t = a.tok(m);
    if t.plain_line && !t.marks {
        t.kind == TokenKind::Word && crate::keywords::PLAIN_FUNCTION_WORDS.contains(&a.fold(m))
    } else {
        crate::keywords::STOP_SET.contains(a, m)
    }
}

/// Whether token `m` can be a given name in lower case: a word after a space that is no
/// function word and starts no post, rank, form of address or (but right after the surname,
/// `after_surname`) organization or unit of two words or more.
fn name_syllable(a: &Analysis<'_>, hits: &Hits, m: usize, after_surname: bool) -> bool {
    let t = a.tok(m);
    t.kind == TokenKind::Word
        && t.case == Case::Lower
        && t.space_before
        // (No abbreviation that no syllable spells: "ubnd"; a foreign name's may, "lee
        // jae-myung".)
        && (crate::normalize::is_syllable(a.fold(m))
            || !hits
                .at(m)
                .iter()
                .any(|h| matches!(h.kind, EntryKind::Org | EntryKind::Abbr)))
        && (!function_word(a, m)
            // A function word that is also a given name closes a name before a comma:
            // "ông nguyễn hữu phát, tổng giám đốc …".
            || a.is_punct(m + 1, ",") && a.is_any_word(m, crate::keywords::GIVEN_NAME_WORDS))
        && !hits.at(m).iter().any(|h| match h.kind {
            EntryKind::Title | EntryKind::Rank | EntryKind::Honorific | EntryKind::DocType => true,
            // A one-word head ("trường", "sở") is as likely a given name; right after the
            // surname so is a longer one ("lữ văn phong" is no "văn phòng"), and so is one
            // whose second word opens a post or a body and its unit: "lê văn thanh phó chủ
            // tịch" (no "thành phố"), "đặng quốc bao công an xã" (no "Báo Công an").
            EntryKind::Org | EntryKind::Unit => {
                h.end - h.start >= 2 && !after_surname && !opens_post_or_body(hits, m + 1)
            }
            _ => false,
        })
        // The unit of a body right after what reads as a surname: "đoàn xã ea súp" is the
        // commune's Youth Union.
        && !(after_surname && a.is_any_word(m, &["xã", "phường", "huyện", "tỉnh"]))
}

/// Whether a post, or a body and its unit word, starts at token `m`: "phó chủ tịch", "công
/// an xã".
fn opens_post_or_body(hits: &Hits, m: usize) -> bool {
    hits.starts(m, EntryKind::Title)
        || hits
            .longest(m, EntryKind::Org)
            .is_some_and(|h| hits.starts(h.end as usize, EntryKind::Unit))
}

#[cfg(test)]
mod tests {
    use crate::test_util::{locations, orgs, persons};

    macro_rules! lower {
        ($name:ident, $text:expr, persons [$($p:expr),*], orgs [$($o:expr),*], places [$($l:expr),*]) => {
            #[test]
            fn $name() {
                let want: Vec<String> = vec![$($p.to_string()),*];
                assert_eq!(persons($text), want, "persons");
                let want: Vec<String> = vec![$($o.to_string()),*];
                let got: Vec<String> = orgs($text).into_iter().map(|(t, _)| t).collect();
                assert_eq!(got, want, "organizations");
                let want: Vec<String> = vec![$($l.to_string()),*];
                let got: Vec<String> = locations($text).into_iter().map(|(t, _, _)| t).collect();
                assert_eq!(got, want, "locations");
            }
        };
    }

    // A school named after a person, with its head; a division before its body.
    lower!(
        schools_and_divisions_in_lower_case,
        "con tôi học trường tiểu học trần phú thì ổn, phòng csgt công an tỉnh hà tĩnh và đội cảnh sát giao thông công an huyện cẩm xuyên làm tốt",
        persons [],
        orgs [
            "trường tiểu học trần phú",
            "phòng csgt công an tỉnh hà tĩnh",
            "đội cảnh sát giao thông công an huyện cẩm xuyên"
        ],
        places []
    );
    // A known name joined by a dash, in lower case.
    lower!(
        names_joined_by_a_dash,
        "tôi ở tỉnh bà rịa - vũng tàu, anh tôi ở quân chủng phòng không - không quân",
        persons [],
        orgs ["quân chủng phòng không - không quân"],
        places ["tỉnh bà rịa - vũng tàu"]
    );
    // An abbreviation that spells a syllable is no body by its unit alone: "cả xã".
    lower!(
        an_abbreviation_that_spells_a_word,
        "vu mua nam nay ca xa thu hoach 500 tan, ubnd xa da ho tro",
        persons [],
        orgs ["ubnd xa"],
        places []
    );
    // Without diacritics "chi dao" directs (chỉ đạo), no "chị Đào"; an abbreviation is no
    // given name.
    lower!(
        a_form_of_address_that_spells_a_verb,
        "thu tuong chi dao ubnd tinh khanh hoa thu hoi dat",
        persons [],
        orgs ["ubnd tinh khanh hoa"],
        places []
    );
    // Without diacritics "cung" is "cùng" (with), no surname after a body.
    lower!(
        cung_after_a_body_is_with,
        "truong cong an xa muong lat cung luc luong dan quan da co mat",
        persons [],
        orgs ["cong an xa muong lat"],
        places []
    );
    lower!(
        a_body_named_by_its_unit_alone,
        "năm nay công an thị xã đã bắt 12 vụ, còn mấy ông ca phường mà làm thế thì dân tin ai",
        persons [],
        orgs ["công an thị xã"],
        places []
    );
    lower!(
        a_team_by_its_abbreviation_and_number,
        "dai uy tran quoc tuan doi csgt so 2 xu ly rat dung luat, ubnd tp vua thong bao 15/11 se lam",
        persons ["tran quoc tuan"],
        orgs ["doi csgt so 2", "ubnd tp"],
        places []
    );
    lower!(
        a_unit_after_what_reads_as_a_surname,
        "bà lý thị hoa, phó bí thư đoàn xã ea súp, đã vận động 40 đoàn viên",
        persons ["lý thị hoa"],
        orgs [],
        places ["xã ea súp"]
    );
    lower!(
        a_team_by_its_abbreviation_then_its_body,
        "cảm ơn đại úy lò văn sinh đội csgt công an tỉnh điện biên đã giúp em lúc 5h sáng nay",
        persons ["lò văn sinh"],
        orgs ["đội csgt công an tỉnh điện biên"],
        places []
    );
    lower!(
        communes_counted_are_no_named_commune,
        "đoàn đã về thăm 3 xã biên giới và các xã vùng cao, rồi làm việc với ubnd xã biên giới; 2 xã tam quang, tam đình nhập lại",
        persons [],
        orgs ["ubnd xã biên giới"],
        places ["xã tam quang"]
    );
    // A word for kin ending in a form of address starts no name ("con em đồng bào"), but
    // for a full name with its middle name ("anh em lê văn tâm").
    lower!(
        kin_words_start_no_name,
        "năm nay con em đồng bào dân tộc được hỗ trợ, còn hai anh em lê văn tâm thì đi học xa",
        persons ["lê văn tâm"],
        orgs [],
        places []
    );

    #[test]
    fn syllables() {
        for w in [
            "a", "nghieng", "quoc", "gia", "uy", "truong", "oan", "khuyu", "ach",
        ] {
            assert!(crate::normalize::is_syllable(w), "{w}");
        }
        for w in [
            "ubnd", "hdnd", "evn", "agribank", "who", "vff", "bidv", "asean", "tp",
        ] {
            assert!(!crate::normalize::is_syllable(w), "{w}");
        }
    }
    lower!(
        a_surname_at_the_end_of_the_text,
        "quan khu 9 cung vay, trung tuong lai",
        persons [],
        orgs ["quan khu 9"],
        places []
    );
    lower!(
        provinces_and_countries_with_nothing_before_them,
        "nghe nói hà tĩnh với nhật bản ký rồi, còn thái bình thì chưa, ha noi cung vay",
        persons [],
        orgs [],
        places ["hà tĩnh", "nhật bản"]
    );
    lower!(
        a_womans_name_of_four_syllables,
        "có ai quen bà lương thị thu hà ở thái bình không, hỏi giúp với",
        persons ["lương thị thu hà"],
        orgs [],
        places ["thái bình"]
    );
    lower!(
        abbreviations_no_syllable_spells,
        "dân phản ánh lên ubnd xã và hđnd huyện, còn agribank thì im lặng, mong tp xem xét",
        persons [],
        orgs ["ubnd xã", "hđnd huyện", "agribank"],
        places []
    );
    lower!(
        a_whole_name_holding_its_number,
        "sáng nay Đại tá Hà Văn Long, sư đoàn 312, quân khu 1, về thăm đơn vị",
        persons ["Hà Văn Long"],
        orgs ["sư đoàn 312", "quân khu 1"],
        places []
    );
    lower!(
        a_head_word_that_closes_a_common_word,
        "hai cán bộ công an đến nhà hỏi thăm, còn bộ công an thì chưa trả lời gì cả",
        persons [],
        orgs ["bộ công an"],
        places []
    );
    lower!(
        rank_name_post_and_scope,
        "thượng tá đinh văn khải, phó giám đốc công an tỉnh hà tĩnh, cho biết vụ việc đã rõ.",
        persons ["đinh văn khải"],
        orgs ["công an tỉnh hà tĩnh"],
        places []
    );
    lower!(
        address_and_province_after_organization,
        "bà vương thị loan, trưởng phòng sở nội vụ đà nẵng, trả lời chất vấn chiều nay.",
        persons ["vương thị loan"],
        orgs ["sở nội vụ đà nẵng"],
        places []
    );
    lower!(
        unaccented_lower_case,
        "trung ta ha quang vinh, truong cong an xa, da den tai hien truong o tinh son la.",
        persons["ha quang vinh"],
        orgs["cong an xa"],
        places["tinh son la"]
    );
    lower!(
        two_syllables_after_a_rank,
        "hôm qua đại tướng tô lâm phát biểu trước cử tri tại hà nội về nhiều vấn đề.",
        persons ["tô lâm"],
        orgs [],
        places ["hà nội"]
    );
    lower!(
        name_ends_before_a_verb,
        "bộ quốc phòng vừa bổ nhiệm thiếu tướng kiều minh đạt giữ chức phó tư lệnh.",
        persons ["kiều minh đạt"],
        orgs ["bộ quốc phòng"],
        places []
    );
    lower!(
        post_organization_scope_then_name,
        "phó chủ tịch ubnd tỉnh quảng trị hồ văn nam vừa ký quyết định.",
        persons ["hồ văn nam"],
        orgs ["ubnd tỉnh quảng trị"],
        places []
    );
    lower!(
        given_names_that_are_words_without_diacritics,
        "hom nay ong nguyen minh danh va thieu ta tran van nam da den cung dai uy lu van phong.",
        persons ["nguyen minh danh", "tran van nam", "lu van phong"],
        orgs [],
        places []
    );
    lower!(
        the_province_after_a_comma,
        "hôm nay cử tri tỉnh quảng trị và cử tri tại đà nẵng, việt nam đi bầu.",
        persons [],
        orgs [],
        places ["tỉnh quảng trị", "đà nẵng", "việt nam"]
    );
    lower!(
        a_place_written_with_a_dot,
        "sáng nay tại tp.hcm mưa lớn kéo dài.",
        persons [],
        orgs [],
        places ["tp.hcm"]
    );
    lower!(
        abbreviated_heads_in_lower_case,
        "giám đốc sở gd&đt tỉnh hà tĩnh vừa ký văn bản.",
        persons [],
        orgs ["sở gd&đt tỉnh hà tĩnh"],
        places []
    );
    lower!(
        whole_names_and_bodies_of_bodies,
        "bộ tài chính gửi văn bản tới ban thường vụ tỉnh ủy và lữ đoàn 146 hôm qua.",
        persons [],
        orgs ["bộ tài chính", "ban thường vụ tỉnh ủy", "lữ đoàn 146"],
        places []
    );
    // "công an tỉnh" after "ngành" is the sector in some province, no body's name.
    lower!(
        scope_without_place_is_no_name,
        "cán bộ ngành công an tỉnh đã có mặt từ sáng sớm để hỗ trợ người dân.",
        persons [],
        orgs [],
        places []
    );
    // A surname that is also a word does not make a name of what follows a form of
    // address: "từ chức" is resigning, not a person.
    lower!(
        surname_word_is_not_a_name,
        "ông từ chức giám đốc sau khi sai phạm bị phát hiện ở công ty.",
        persons [],
        orgs [],
        places []
    );
    // A lower-case place without its unit or an organization before it stays a word.
    lower!(
        no_anchor_no_place,
        "nhiều người mong hòa bình sẽ sớm trở lại với vùng đất này sau chiến tranh.",
        persons [],
        orgs [],
        places []
    );
    // Names capitalised, posts and places not: the place after its unit still counts.
    lower!(
        mixed_line_place_after_unit,
        "Đại tá Lương Văn Tài, giám đốc công an tỉnh quảng trị, đã kiểm tra trạm.",
        persons ["Lương Văn Tài"],
        orgs ["công an tỉnh quảng trị"],
        places []
    );
    // A place name that is also a phrase counts in lower case only on a line all in lower
    // case: here "thống nhất" is agreeing.
    lower!(
        ordinary_phrase_is_no_place_in_ordinary_text,
        "Sau hội nghị, Công an và Hội Nông dân tỉnh thống nhất kế hoạch phối hợp.",
        persons [],
        orgs ["Hội Nông dân tỉnh"],
        places []
    );
    // A capitalised sentence is left as written: its names count by their capitals.
    lower!(
        normal_case_untouched,
        "Theo ông Trần Văn Phúc, tỉnh Gia Lai đã hỗ trợ nhiều hộ dân.",
        persons ["Trần Văn Phúc"],
        orgs [],
        places ["tỉnh Gia Lai"]
    );
    lower!(
        a_body_of_three_words_alone,
        "hôm qua sở tài chính đã gửi văn bản cho các xã trong tỉnh",
        persons [],
        orgs ["sở tài chính"],
        places []
    );
    lower!(
        a_board_after_a_post_is_no_name,
        "dong chi ha van son, uy vien ban thuong vu tinh uy, phat bieu tai hoi nghi",
        persons ["ha van son"],
        orgs ["ban thuong vu tinh uy"],
        places []
    );
    lower!(
        a_womans_four_syllables_before_her_post,
        "hội đồng quản trị bổ nhiệm bà trần thị mai hương giữ chức giám đốc từ tháng 8",
        persons ["trần thị mai hương"],
        orgs [],
        places []
    );
    lower!(
        a_places_abbreviation_in_lower_case,
        "nghe nói sở xây dựng hn vừa duyệt dự án ở tp hcm và tại brussels",
        persons [],
        orgs ["sở xây dựng hn"],
        places ["tp hcm", "brussels"]
    );
    // A given name that is also a function word closes a name before a comma; as the verb
    // it starts ("phát biểu") it does not.
    lower!(
        a_given_name_that_is_also_a_word,
        "ông trần minh phát, giám đốc sở y tế, cho biết. sau đó ông phát biểu",
        persons ["trần minh phát"],
        orgs ["sở y tế"],
        places []
    );
    // A given name whose next word would close a common word with it, where a post or a
    // body and its unit opens on that word: "thanh phó" is no "thành phố", "bao công an"
    // no "Báo Công an". A woman's fourth name before her post.
    lower!(
        a_given_name_before_a_post_or_a_body,
        "hôm qua ông lê văn thanh phó chủ tịch ubnd tỉnh quảng trị và bà đỗ thị kim loan giám đốc sở tài chính đã đến",
        persons ["lê văn thanh", "đỗ thị kim loan"],
        orgs ["ubnd tỉnh quảng trị", "sở tài chính"],
        places []
    );
    lower!(
        a_given_name_before_a_body_without_diacritics,
        "sang nay thuong uy ngo quoc bao cong an xa dien ban da giup ba con",
        persons ["ngo quoc bao"],
        orgs ["cong an xa dien ban"],
        places []
    );
    // The province or district a ward is in, right after it with no comma.
    lower!(
        a_ward_and_its_province_without_a_comma,
        "nha toi o phuong an khe da nang, con chi toi o xa ea tam krong nang",
        persons [],
        orgs [],
        places ["phuong an khe", "da nang", "xa ea tam", "krong nang"]
    );
    // A place after a commune only where it ends its phrase ("long an toàn" is no
    // province); a commune's name is no person's.
    lower!(
        a_commune_then_words_that_only_look_like_a_place,
        "bà con xã tân lập long an toàn đã về, còn xa tan lap ha noi co 200 ho",
        persons [],
        orgs [],
        places ["xã tân lập", "xa tan lap", "ha noi"]
    );
}
