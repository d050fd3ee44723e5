//! Locations: a unit word and a name ("tỉnh Hậu Giang", "phường III", "Khu công nghiệp Tân
//! Phú Thạnh"), a known place on its own ("Quảng Nam"), and the names coordinated after a
//! unit ("xã Vị Thủy và Vĩnh Thuận Tây").

use super::organization::{extend_place_words, place_after_unit, region_at};
use super::{Candidate, Cx};
use crate::entity::Value;
use crate::lexicon::{EntryKind, Level};
use crate::token::TokenKind;

/// Whether the words before token `i` name an observance: "Ngày" written with a capital,
/// a capitalised word after it, and at most six words up to `i`, in one phrase.
fn observance_before(cx: &Cx<'_, '_>, i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 7 {
        k -= 1;
        let t = cx.tok(k);
        if t.kind != TokenKind::Word || !t.space_before && k > 0 {
            return false;
        }
        if cx.a.is_word(k, "ngày") {
            return t.initial_upper && k + 1 < i && cx.is_cap(k + 1) && !cx.caps(k);
        }
    }
    false
}

/// Every location.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < cx.n() {
        // Both kinds of location start at a unit word or a known place.
        if !cx.starts(i, EntryKind::Unit)
            && !cx.starts(i, EntryKind::Place)
            && cx.tok(i).tags & crate::keywords::COUNTRY_LIKE == 0
        {
            i += 1;
            continue;
        }
        if let Some((end, c)) = unit_location(cx, i) {
            out.push(c);
            // (The unit word's entry: `unit_location` starts at one.)
            let unit = cx.longest(i, EntryKind::Unit).map(|(_, u)| u);
            let level = unit.map(|u| u.attrs.level);
            // The province or district a commune is in, right after it with no comma.
            let cut = end > 0
                && cx.is_cap(end - 1)
                && matches!(level, Some(Level::Commune | Level::Village));
            if let Some(e) = cut.then(|| cx.larger_place_at(end)).flatten() {
                // (With its own unit word if it has one: "TP HCM".)
                match unit_location(cx, end).filter(|&(u, _)| u == e) {
                    Some((_, c)) => out.push(c),
                    None => out.push(Candidate::new(
                        end,
                        e,
                        Value::Location {
                            name: place_name(cx, end, e),
                            unit: None,
                        },
                    )),
                }
                i = e;
                continue;
            }
            // Names coordinated after this one share its unit level.
            let mut j = end;
            // Streets are named after people and joined by a dash at a crossing: "đường
            // Nguyễn Văn Linh - Tôn Đức Thắng".
            let street = level == Some(Level::Street);
            // (After a word that takes only a place of the lexicon, only such a place.)
            let known = unit.is_some_and(|u| u.attrs.known);
            loop {
                let sep = j < cx.n()
                    && (cx.a.is_punct(j, ",")
                        || cx.a.is_word(j, "và")
                        || street && cx.a.is_dash(j));
                if !sep || !cx.is_cap_spaced(j + 1) {
                    break;
                }
                let k = j + 1;
                // A name of two words that ends the item ("các xã Nam Đà, Krông Nô và Quảng
                // Phú.") is a place of the list, though a surname starts it; a longer one is
                // a person's ("xã A, Nguyễn Văn B").
                let two_words = cx.cap_run(k, 3) == k + 2
                    && (k + 2 >= cx.n()
                        || matches!(cx.tok(k + 2).kind, TokenKind::Punct | TokenKind::Break)
                        || cx.a.is_word(k + 2, "và"));
                // (A ward named after a person, which the commune list knows, is one: "các
                // phường Tràng Tiền, Lý Thái Tổ".)
                let commune_named = || {
                    level == Some(Level::Commune)
                        && crate::communes::communes()
                            .longest_at(cx.a, k, cx.n())
                            .is_some_and(|c| c == cx.cap_run(k, 4))
                };
                if cx.starts_phrase(k)
                    || cx.starts(k, EntryKind::Unit)
                    || !street
                        && cx.is_surname(k)
                        && !cx.starts(k, EntryKind::Place)
                        && !two_words
                        && !commune_named()
                {
                    break;
                }
                let e = match cx.longest(k, EntryKind::Place) {
                    Some((h, _)) => extend_place_words(cx, h.end as usize),
                    None if known => break,
                    None => cx.cap_run(k, 4),
                };
                // (On a line in capitals a run says nothing: no name, and none of no width.)
                if e <= k {
                    break;
                }
                out.push(Candidate::new(
                    k,
                    e,
                    Value::Location {
                        name: place_name(cx, k, e),
                        unit: None,
                    },
                ));
                j = e;
            }
            i = end.max(i + 1);
            continue;
        }
        let title_end = cx.longest(i, EntryKind::Title).map_or(0, |(t, _)| t.end);
        if cx.is_cap(i) {
            // A place name that is also a phrase says nothing without its unit on a line
            // in capitals ("THỐNG NHẤT"), nor with a word in lower case ("Thống nhất đất
            // nước").
            if let Some((h, e)) = cx
                .longest(i, EntryKind::Place)
                .filter(|(h, _)| h.end > title_end)
                .filter(|(h, e)| {
                    !(e.attrs.word
                        && (cx.caps(i) || (h.start..h.end).any(|k| !cx.is_cap(k as usize))))
                })
            {
                let end = h.end as usize;
                // A bare place must stand apart: not glued to a longer capitalised run.
                // On a line in capitals every word is capitalised: that says nothing.
                // (A person's name after it does not glue: "Đại sứ tại Nhật Bản Lê Văn A".)
                let person_after = cx.is_surname(end) && cx.is_cap_spaced(end + 1);
                // A country after a post or "tại" may have a foreign name after it:
                // "Ngoại trưởng Nhật Bản Kenji Morita", "Đại sứ … tại Việt Nam Helga Brandt".
                // So may a city of today after "tại": "Tổng Lãnh sự … tại Đà Nẵng Kim Min-ho".
                let posted_country = if e.attrs.unit.as_deref() == Some("quốc gia") {
                    posted(cx, i)
                } else {
                    e.attrs.city_of_today() && i > 0 && cx.a.is_any_word(i - 1, &["tại"])
                };
                let glued = !cx.caps(i)
                    && (end < cx.n()
                        && cx.is_cap_spaced(end)
                        && !cx.starts_phrase(end)
                        && !person_after
                        && !posted_country
                        || i > 0
                            && cx.is_cap_spaced(i)
                            && cx.is_cap(i - 1)
                            && cx.tok(i - 1).kind == TokenKind::Word
                            // (Not a preposition opening the sentence: "Tại An Giang, …".)
                            && !cx.a.is_any_word(i - 1, &["tại", "ở", "từ", "về", "đến", "tới"]));
                // A place's letters glued to a serial are a code's: "SG-6742", "HN-1234".
                let code = cx.tok(i).case == crate::token::Case::Upper
                    && cx.a.is_dash(end)
                    && !cx.tok(end).space_before
                    && cx
                        .a
                        .tokens
                        .get(end + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number && !t.space_before);
                let glued = glued || code;
                // A place's name right after a form of address or a rank is a person's:
                // "ông Vinh", "Đại tá Vinh".
                // (A country there is where one comes from: "y bác sĩ Việt Nam".)
                let addressed = (cx.ends_at(i, EntryKind::Honorific, 2)
                    || cx.ends_at(i, EntryKind::Rank, 3))
                    && e.attrs.unit.as_deref() != Some("quốc gia");
                // The country that ends an observance's name is part of it: "Ngày Thầy
                // thuốc Việt Nam", "Ngày Sách và Văn hóa đọc Việt Nam".
                let observed =
                    e.attrs.unit.as_deref() == Some("quốc gia") && observance_before(cx, i);
                // Without diacritics a name right after a count is what is counted: "1.350
                // TAN BINH" is "tân binh" (recruits), not the district.
                // (Not a year, "nam 2025 Viet Nam", nor a team's age, "U22 Malaysia"; a country
                // is no noun.)
                // (The count's first token: "1.350" is three.)
                let first = (1..i.min(4))
                    .map(|b| i - b)
                    .find(|&k| cx.tok(k).space_before)
                    .unwrap_or(0);
                // (A count: digits and their separators only, not a road's or a house's
                // number, "Quoc lo 1 Quang Ngai", "nha so 12 Ha Noi", nor a date or a score.)
                let count_only = (first..i).all(|k| {
                    cx.tok(k).kind == TokenKind::Number || matches!(cx.a.fold(k), "." | ",")
                }) && !(first > 0
                    && cx
                        .a
                        .is_any_word(first - 1, &["lộ", "số", "km", "đường", "phố", "ngày"]));
                let counted = i > 0
                    && cx.tok(i - 1).kind == TokenKind::Number
                    && cx.tok(first).kind == TokenKind::Number
                    && count_only
                    && !cx.modern_year(i - 1)
                    && e.attrs.unit.as_deref() != Some("quốc gia")
                    && !cx.tok(i).marks
                    && cx.tok(i).plain_line;
                // On a line in capitals without diacritics a place's name is as often common
                // words ("GIA DIEN BAN LE" is "giá điện bán lẻ", "CO SO PHAP LY"): one there
                // opens the line or a clause, or follows a preposition of place.
                // (Only a name that has diacritics, written without them: not "MALAYSIA".)
                let bare_caps = cx.caps(i)
                    && cx.tok(i).plain_line
                    && !(i..end).any(|k| cx.tok(k).marks)
                    && !e.canonical.is_ascii()
                    && !(i == 0
                        || matches!(cx.tok(i - 1).kind, TokenKind::Punct | TokenKind::Break)
                        || cx.a.is_any_word(i - 1, COUNTRY_PREPOSITIONS)
                        || cx.a.is_any_word(i - 1, LOCATIVES)
                        || cx.tok(i - 1).kind == TokenKind::Word
                            && cx.ends_at(i, EntryKind::Unit, 2));
                if !glued
                    && !addressed
                    && !observed
                    && !counted
                    && !bare_caps
                    && !cx.after_landmark(i)
                {
                    out.push(Candidate::new(
                        i,
                        end,
                        Value::Location {
                            name: e.canonical.clone(),
                            unit: None,
                        },
                    ));
                }
                i = end;
                continue;
            }
            // A country named like a person ("Đức", "Mỹ") is one after a post or "tại", or
            // after a preposition with no name going on after it ("với Mỹ năm 2025").
            // (Or the market or the country it is: "thị trường Mỹ", "nước Đức".)
            let after_preposition = i > 0
                && (cx.a.is_any_word(i - 1, COUNTRY_PREPOSITIONS)
                    || cx.a.is_word(i - 1, "nước")
                    || i > 1 && cx.a.is_word(i - 2, "thị") && cx.a.is_word(i - 1, "trường"))
                && !cx.is_cap_spaced(i + 1);
            // Or in a list of countries: "Trung Quốc, Nga, Ấn Độ".
            let listed = i >= 2
                && (cx.a.is_punct(i - 1, ",") || cx.a.is_word(i - 1, "và"))
                && !cx.is_cap_spaced(i + 1)
                && ((2..=4).filter(|&b| i > b).any(|b| {
                    cx.country_at(i - b)
                        .is_some_and(|(c, _)| c.end as usize == i - 1)
                    // (A country said like a name listed after another such, itself in a list:
                    // "Nhật Bản, Đức, Pháp"; not the given name of "Nguyễn Văn Đức, Anh".)
                }) || cx.country_named_like_a_person(i - 2)
                    && i >= 3
                    && (cx.a.is_punct(i - 3, ",") || cx.a.is_word(i - 3, "và")));
            // Or alone in brackets, where a body abroad is placed: "Đại học Stanford (Mỹ)".
            let bracketed = i > 0 && cx.a.is_punct(i - 1, "(") && cx.a.is_punct(i + 1, ")");
            if (cx.tok(i).space_before || bracketed)
                && cx.country_named_like_a_person(i)
                && (posted(cx, i) || after_preposition || listed || bracketed)
            {
                out.push(Candidate::new(
                    i,
                    i + 1,
                    Value::Location {
                        name: cx.place_name(i, i + 1),
                        unit: None,
                    },
                ));
            }
        }
        i += 1;
    }
}

/// Prepositions and verbs of travel after which a country may stand.
const COUNTRY_PREPOSITIONS: &[&str] = &["với", "sang", "từ", "tới", "đến", "thăm", "của"];

/// Whether a post ends right before token `i`, or "tại" / "ở" stands there.
fn posted(cx: &Cx<'_, '_>, i: usize) -> bool {
    i > 0 && (cx.a.is_any_word(i - 1, &["tại", "ở"]) || cx.ends_at(i, EntryKind::Title, 5))
}

fn place_name(cx: &Cx<'_, '_>, start: usize, end: usize) -> String {
    cx.place_name(start, end)
}

/// A unit word at `i` and the name after it.
fn unit_location(cx: &Cx<'_, '_>, i: usize) -> Option<(usize, Candidate)> {
    let (h, e) = cx.longest(i, EntryKind::Unit)?;
    // Without diacritics a unit word may close a common word: "co quan" is "cơ quan", not
    // "cơ quận"; "dia phuong" is "địa phương".
    if !cx.tok(i).marks
        && cx.tok(i).plain_line
        && crate::keywords::ends_pair(crate::keywords::UNIT_WORD_COMPOUNDS, cx.a, i)
    {
        return None;
    }
    if crate::keywords::ends_pair(crate::keywords::UNIT_CLOSES_COMPOUND, cx.a, i) {
        return None;
    }
    // The end of a form of address: "Già làng A Thút" is the village elder.
    if cx.ends_at(i + 1, EntryKind::Honorific, 2) {
        return None;
    }
    let k = h.end as usize;
    let unmarked = (i..k).all(|m| !cx.tok(m).marks);
    if e.attrs.diacritics && unmarked {
        return None;
    }
    // Without diacritics a capitalised word for a street, a village or a landmark may be a
    // surname: "Duong Thi Lan" is Dương, not "đường". Before a known place it is the unit,
    // but for the middle names "Văn" and "Thị".
    // (A unit word of two words with the second in lower case is no name: "Quang truong
    // Ba Dinh".)
    if unmarked
        && matches!(e.attrs.level, Level::Street | Level::Village | Level::Zone)
        && (i..k).all(|m| cx.is_cap(m))
        && !cx.caps(i)
        && cx.is_surname(i)
        && (!cx.starts(k, EntryKind::Place) || matches!(cx.a.fold(k), "van" | "thi"))
    {
        return None;
    }
    // Inside a longer unit word: "phố" of "thành phố".
    if i > 0
        && cx
            .longest(i - 1, EntryKind::Unit)
            .is_some_and(|(u, _)| u.end >= h.end)
    {
        return None;
    }
    // A title written the same way wins ("Pho Truong" is "Phó Trưởng", not a street).
    if cx
        .longest(i, EntryKind::Title)
        .is_some_and(|(t, _)| t.end >= h.end)
    {
        return None;
    }
    let level = e.attrs.level;
    // A zone named by another: "Khu kinh tế cửa khẩu quốc tế Cầu Treo".
    if level == Level::Zone && k < cx.n() && cx.tok(k).space_before {
        let inner = cx
            .longest(k, EntryKind::Unit)
            .filter(|(_, u)| u.attrs.level == Level::Zone)
            .and_then(|_| unit_location(cx, k));
        if let Some((end, _)) = inner {
            let name = place_name(cx, k, end);
            return Some((
                end,
                Candidate::new(
                    i,
                    end,
                    Value::Location {
                        name,
                        unit: Some(e.canonical.clone()),
                    },
                ),
            ));
        }
    }
    let end = match level {
        // A province or district is a known place or a name that is not a person's.
        Level::Province | Level::District => place_after_unit(cx, k, level == Level::District),
        // Communes, villages, zones and streets are often named after people.
        _ => {
            // On a line in capitals, a commune's known name tells where the place ends:
            // "Ở PHƯỜNG AN ĐÔNG, TP.HCM".
            // So does one joined by a dash or opened by a number: "phường Xuân Hương - Đà
            // Lạt", "phường 2 Bảo Lộc".
            let commune = (level == Level::Commune)
                .then(|| {
                    cx.commune_in_capitals(k)
                        .or_else(|| cx.commune_written_apart(k))
                })
                .flatten();
            // (A commune or a village may be followed by the province it is in, with no
            // comma.)
            let cut = |e: usize| {
                if matches!(level, Level::Commune | Level::Village) {
                    cx.larger_place_inside(k, e)
                } else {
                    e
                }
            };
            if let Some(end) = commune {
                end
            } else if k < cx.n() && cx.tok(k).space_before && cx.is_cap(k) {
                match cx.longest(k, EntryKind::Place) {
                    Some((p, _)) => {
                        let e = extend_place_words(cx, p.end as usize);
                        // A person's name after a known place is no more of it: "phường
                        // Hoàn Kiếm Vũ Đức Trung".
                        if cx.is_surname(e) && cx.is_cap_spaced(e) && cx.is_cap_spaced(e + 1) {
                            e
                        } else {
                            cut(e.max(roman_or_run(cx, k)))
                        }
                    }
                    None => {
                        let e = roman_or_run(cx, k);
                        let e = cx.commune_before_name(k, cx.cap_run(k, 7)).unwrap_or(e);
                        cut(cx.person_inside(k, e))
                    }
                }
            } else if k < cx.n()
                && cx.tok(k).space_before
                && cx.tok(k).kind == TokenKind::Number
                && cx.a.text(k).len() <= 3
                && level != Level::Zone
                // (Some unit words written without diacritics are verbs before a count:
                // "ban 3 goi" is "bán 3 gói"; see `number=marked`.)
                && !(e.attrs.number_marked && !cx.tok(i).marks && cx.tok(i).plain_line)
            {
                // "quốc lộ 1A": a letter glued to the number belongs to it.
                let glued_letter = k + 1 < cx.n()
                    && !cx.tok(k + 1).space_before
                    && cx.tok(k + 1).case == crate::token::Case::Upper
                    && cx.a.text(k + 1).len() == 1;
                k + 1 + glued_letter as usize
            } else {
                k
            }
        }
    };
    // On a line in capitals, a landmark's name that ends its clause, of three words at
    // most, where the landmark is where one is or goes ("TRÊN ĐẢO SONG TỬ TÂY") or what a
    // post heads ("TRỤ TRÌ CHÙA PHÚC LÂM,"): not "ĐẢO CHIỀU", "XUỐNG SÔNG TỰ TỬ".
    // (So is the first end of a road named by its ends, if known: "CAO TỐC CAM LỘ - LA SƠN".)
    let placed = || {
        i > 0
            && (cx.a.is_any_word(i - 1, LOCATIVES)
                || e.attrs.headed && cx.ends_at(i, EntryKind::Title, 3))
    };
    let end = if end == k && level == Level::Zone && cx.caps(k) && placed() {
        caps_clause_end(cx, k, false)
    } else if end == k && e.attrs.ends && cx.caps(k) {
        cx.longest(k, EntryKind::Place)
            .map_or(k, |(p, _)| p.end as usize)
    } else {
        end
    };
    // A people's name alone is no place's: "chùa Khmer", "làng Chăm" (pagodas, villages of
    // a kind); nor, after a commune's unit, a person's full name with "Văn" or "Thị" in its
    // middle ("chủ tịch ubnd xã Lê Thị Hoa"), which no commune has.
    if end == k
        || end == k + 1 && cx.a.is_any_word(k, crate::keywords::PEOPLES)
        || level == Level::Commune
            && end >= k + 3
            && cx.is_surname(k)
            && cx.a.is_any_word(k + 1, crate::keywords::MIDDLE_NAMES)
            && crate::communes::communes()
                .longest_at(cx.a, k, end)
                .is_none()
    {
        return None;
    }
    // (Only a place of the lexicon that is no country after a word that says so; without
    // diacritics only after the word capitalised: "thu do Ha Noi" is "thu do", collected by.)
    if e.attrs.known
        && (unmarked && cx.tok(i).case == crate::token::Case::Lower
            || !cx.longest(k, EntryKind::Place).is_some_and(|(p, pe)| {
                p.end as usize == end && pe.attrs.unit.as_deref() != Some("quốc gia")
            }))
    {
        return None;
    }
    let end = if level == Level::Zone {
        zone_tail(cx, end)
    } else if e.attrs.ends {
        ends_joined(cx, end)?
    } else {
        end
    };
    let name = place_name(cx, k, end);
    Some((
        end,
        Candidate::new(
            i,
            end,
            Value::Location {
                name,
                unit: Some(e.canonical.clone()),
            },
        ),
    ))
}

/// Past the other places a road named by its ends joins, each after a spaced dash: "cao
/// tốc Cam Lộ - La Sơn", "cao tốc TP.HCM - Long Thành - Dầu Giây"; `None` where a dash is
/// followed by words that cannot be read so (in lower case): no part of the name is given.
fn ends_joined(cx: &Cx<'_, '_>, mut end: usize) -> Option<usize> {
    while end < cx.n()
        && cx.a.is_dash(end)
        && cx.tok(end).space_before
        && (cx.is_cap_spaced(end + 1) || cx.caps(end + 1) && cx.tok(end + 1).space_before)
    {
        let k = end + 1;
        let e = match cx.longest(k, EntryKind::Place) {
            Some((p, _)) => p.end as usize,
            // (A line in capitals bounds no run: words up to the next mark, a dash too.)
            None if cx.caps(k) => caps_clause_end(cx, k, true),
            None => cx.cap_run(k, 3),
        };
        if e <= k {
            break;
        }
        end = e;
    }
    let unread = end < cx.n()
        && cx.a.is_dash(end)
        && cx.tok(end).space_before
        && cx.tok(end + 1).kind == TokenKind::Word;
    (!unread).then_some(end)
}

/// Past what a zone's name may add: a letter glued by a dash ("Yên Phong II-C"), a second
/// place after a spaced dash ("Khu kinh tế Chân Mây - Lăng Cô"), or the region it serves
/// ("Trường bắn Quốc gia khu vực 1").
fn zone_tail(cx: &Cx<'_, '_>, end: usize) -> usize {
    let region = region_at(cx, end);
    if region > end {
        return region;
    }
    if cx.glued(end) && cx.a.is_punct(end, "-") && cx.glued(end + 1) {
        let t = cx.tok(end + 1);
        if t.case == crate::token::Case::Upper && cx.a.text(end + 1).len() <= 2
            || t.kind == TokenKind::Number && cx.a.text(end + 1).len() <= 2
        {
            return end + 2;
        }
    }
    if end < cx.n() && cx.a.is_dash(end) && cx.tok(end).space_before && cx.is_cap_spaced(end + 1) {
        if let Some((p, _)) = cx.longest(end + 1, EntryKind::Place) {
            return p.end as usize;
        }
        if !cx.starts_phrase(end + 1) && !cx.is_surname(end + 1) {
            let e = cx.cap_run(end + 1, 3);
            if e > end + 1 {
                return e;
            }
        }
    }
    end
}

/// Words after which a landmark is where one is or goes: "trên đảo", "tại chùa".
const LOCATIVES: &[&str] = &["tại", "ở", "trên", "đến", "tới", "thăm", "ra", "về"];

/// Where words in capitals from token `k` end their clause within three words: at a line's
/// end or a punctuation mark (a dash only where `at_dash`), with no function word or other
/// phrase between; else `k`.
fn caps_clause_end(cx: &Cx<'_, '_>, k: usize, at_dash: bool) -> usize {
    let mut m = k;
    while m < cx.n() && m < k + 4 {
        let t = cx.tok(m);
        if t.kind != TokenKind::Word {
            break;
        }
        if !t.space_before || !cx.caps(m) || cx.is_stop_word(m) || m > k && cx.starts_phrase(m) {
            return k;
        }
        m += 1;
    }
    let ends = m >= cx.n()
        || matches!(cx.tok(m).kind, TokenKind::Break | TokenKind::Punct)
            && (at_dash || !cx.a.is_dash(m));
    if m > k && m <= k + 3 && ends {
        m
    } else {
        k
    }
}

fn roman_or_run(cx: &Cx<'_, '_>, k: usize) -> usize {
    let mut e = cx.cap_run(k, 5);
    // A syllable glued to its prefix by an apostrophe: "thôn Đưng K'Si".
    while e > k && cx.glued(e) && cx.a.is_punct(e, "'") && cx.glued(e + 1) && cx.is_cap(e + 1) {
        e += 2;
    }
    if e < cx.n() && cx.tok(e).space_before {
        let t = cx.tok(e);
        // (Not a number that counts what follows it: "xã Hòa Xuân 18 tỷ đồng".)
        if t.kind == TokenKind::Number
            && cx.a.text(e).len() <= 2
            && !cx.a.is_any_word(e + 1, crate::keywords::COUNTED)
        {
            return e + 1;
        }
    }
    e
}

#[cfg(test)]
mod tests {
    use crate::test_util::locations;

    macro_rules! loc {
        ($name:ident, $text:expr, [$(($t:expr, $n:expr, $u:expr)),*]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, String, Option<String>)> =
                    vec![$(($t.to_string(), $n.to_string(), $u.map(|u: &str| u.to_string()))),*];
                assert_eq!(locations($text), want);
            }
        };
    }

    // A city of today is a whole name: a foreign name after it is a person's.
    loc!(
        a_city_of_today_is_whole,
        "Tổng Lãnh sự Thái Lan tại TP Hồ Chí Minh Somchai Wong dự lễ ở Bern.",
        [
            ("Thái Lan", "Thái Lan", None),
            ("TP Hồ Chí Minh", "Hồ Chí Minh", Some("thành phố")),
            ("Bern", "Bern", None)
        ]
    );
    // A city of today opens no person's name: the city stands alone.
    loc!(
        a_city_before_a_venue,
        "Hội chợ diễn ra tại Hà Nội Opera Hilton với 200 gian hàng.",
        [("Hà Nội", "Hà Nội", None)]
    );
    // A housing project named as a place: its name is no bare place.
    loc!(
        a_housing_project_named_as_a_place,
        "Thanh tra kết luận về Khu dân cư Hòa Bình và Khu đô thị sinh thái Sông Xanh tại xã Tân Lập; các khu dân cư khác không vi phạm.",
        [
            ("Khu dân cư Hòa Bình", "Hòa Bình", Some("khu dân cư")),
            (
                "Khu đô thị sinh thái Sông Xanh",
                "Sông Xanh",
                Some("khu đô thị sinh thái")
            ),
            ("xã Tân Lập", "Tân Lập", Some("xã"))
        ]
    );
    // Names written in syllables joined by hyphens, the later ones in lower case.
    loc!(
        names_in_hyphenated_syllables,
        "Đoàn tỉnh Sê-kông thăm TP Cay-xỏn Phôm-vi-hản và tỉnh Luông Pha-bang; tỉnh Nghệ An-đã xong.",
        [
            ("tỉnh Sê-kông", "Sê-kông", Some("tỉnh")),
            (
                "TP Cay-xỏn Phôm-vi-hản",
                "Cay-xỏn Phôm-vi-hản",
                Some("thành phố")
            ),
            ("tỉnh Luông Pha-bang", "Luông Pha-bang", Some("tỉnh")),
            ("tỉnh Nghệ An", "Nghệ An", Some("tỉnh"))
        ]
    );
    // A number that counts a sum after a commune is no part of its name.
    loc!(
        a_sum_after_a_commune,
        "Tỉnh cấp cho xã Hòa Xuân 18 tỷ đồng và phường Bến Nghé 2 triệu đồng, còn xã Tân Lập 2 nhận ít.",
        [
            ("xã Hòa Xuân", "Hòa Xuân", Some("xã")),
            ("phường Bến Nghé", "Bến Nghé", Some("phường")),
            ("xã Tân Lập 2", "Tân Lập 2", Some("xã"))
        ]
    );
    loc!(
        communes_in_capitals,
        "CHÁY NHÀ Ở PHƯỜNG AN ĐÔNG, TP.HCM; XÃ TAM QUANG ĐÓN BẰNG",
        [
            ("PHƯỜNG AN ĐÔNG", "An Đông", Some("phường")),
            ("TP.HCM", "Hồ Chí Minh", Some("thành phố")),
            ("XÃ TAM QUANG", "Tam Quang", Some("xã"))
        ]
    );
    // Without diacritics "den" is "đến" rather than "đền" (a temple's name would follow).
    loc!(
        a_place_after_den_without_diacritics,
        "Doan tau chay tu Ha Noi den Vinh trong 5 gio.",
        [("Ha Noi", "Hà Nội", None), ("Vinh", "Vinh", None)]
    );
    loc!(
        a_place_after_a_preposition_opening_the_sentence,
        "Tại Cà Mau, giá tôm tăng; Ở Gia Lai, cà phê giảm",
        [("Cà Mau", "Cà Mau", None), ("Gia Lai", "Gia Lai", None)]
    );
    loc!(
        exploitation_is_no_waterfall,
        "chống khai thác IUU gần thác Dray Nur, lập biên bản 26 vụ",
        [("thác Dray Nur", "Dray Nur", Some("thác"))]
    );
    loc!(
        the_country_of_an_observance,
        "mừng Ngày Doanh nhân Việt Nam; Ngay Nha giao Viet Nam; ngày mai Việt Nam",
        [("Việt Nam", "Việt Nam", None)]
    );
    loc!(
        a_landmark_noun_inside_a_common_word,
        "Bộ yêu cầu Gia Lai và Quảng Ngãi báo cáo nhu cầu vốn; dân qua cầu Hàm Rồng",
        [
            ("Gia Lai", "Gia Lai", None),
            ("Quảng Ngãi", "Quảng Ngãi", None)
        ]
    );
    loc!(
        a_number_that_counts_is_no_suffix,
        "Thu ngân sách tỉnh Gia Lai 6 tháng tăng; phường Hà Giang 2 có 4 tổ",
        [
            ("tỉnh Gia Lai", "Gia Lai", Some("tỉnh")),
            ("phường Hà Giang 2", "Hà Giang 2", Some("phường"))
        ]
    );
    loc!(
        cities_abroad_and_countries_after_a_post,
        "Đoàn từ Bắc Kinh sang Tokyo, Đại sứ Đức tại Việt Nam Klaus Weber gặp Thủ tướng Anh; ông Đức đến",
        [
            ("Bắc Kinh", "Bắc Kinh", None),
            ("Tokyo", "Tokyo", None),
            ("Đức", "Đức", None),
            ("Việt Nam", "Việt Nam", None),
            ("Anh", "Anh", None)
        ]
    );
    loc!(
        the_street_word_inside_the_city_word,
        "Chủ tịch HĐND thành phố  Trần Thị Mai và phố Hàng Bạc",
        [("phố Hàng Bạc", "Hàng Bạc", Some("phố"))]
    );
    loc!(
        a_number_going_on_is_no_suffix,
        "tinh Son La con 21,4% va buon Ko Tam",
        [
            ("tinh Son La", "Sơn La", Some("tỉnh")),
            ("buon Ko Tam", "Ko Tam", Some("buôn"))
        ]
    );
    loc!(
        a_place_named_like_a_phrase_needs_its_capitals,
        "Ngày Thống nhất đất nước, đoàn về Thống Nhất",
        [("Thống Nhất", "Thống Nhất", None)]
    );
    loc!(
        places_in_the_name_of_a_landmark,
        "xe khách chạy qua cầu Long Xuyên, xuống bến phà gần kênh Nhiêu Lộc - Thị Nghè rồi về huyện đảo Phú Quốc và Cà Mau",
        [
            ("huyện đảo Phú Quốc", "Phú Quốc", Some("huyện")),
            ("Cà Mau", "Cà Mau", None)
        ]
    );
    loc!(
        unit_words_inside_common_words,
        "Co quan Canh sat dieu tra va chinh quyen dia phuong Vinh Phuc da den xa Tam Son",
        [
            ("Vinh Phuc", "Vĩnh Phúc", None),
            ("xa Tam Son", "Tam Sơn", Some("xã"))
        ]
    );
    loc!(
        province,
        "chi nhánh tỉnh Bắc Giang;",
        [("tỉnh Bắc Giang", "Bắc Giang", Some("tỉnh"))]
    );
    loc!(
        district_with_letter,
        "ở huyện Châu Thành A đã",
        [("huyện Châu Thành A", "Châu Thành A", Some("huyện"))]
    );
    loc!(
        roman_wards,
        "cử tri phường I và phường IV, thành phố Sóc Trăng trước",
        [
            ("phường I", "I", Some("phường")),
            ("phường IV", "IV", Some("phường")),
            ("thành phố Sóc Trăng", "Sóc Trăng", Some("thành phố"))
        ]
    );
    loc!(
        coordinated,
        "cử tri xã Long Hòa và Tân Lập, huyện Vị Thủy",
        [
            ("xã Long Hòa", "Long Hòa", Some("xã")),
            ("Tân Lập", "Tân Lập", None),
            ("huyện Vị Thủy", "Vị Thủy", Some("huyện"))
        ]
    );
    loc!(
        zone,
        "ở Khu công nghiệp Sóng Thần 2, tỉnh",
        [(
            "Khu công nghiệp Sóng Thần 2",
            "Sóng Thần 2",
            Some("khu công nghiệp")
        )]
    );
    loc!(
        street_named_after_person,
        "trên đường Lê Lợi",
        [("đường Lê Lợi", "Lê Lợi", Some("đường"))]
    );
    loc!(
        bare_province,
        "trên địa bàn Quảng Ngãi thời gian qua",
        [("Quảng Ngãi", "Quảng Ngãi", None)]
    );
    loc!(
        tone_placement,
        "huyện Vị Thuỷ",
        [("huyện Vị Thuỷ", "Vị Thủy", Some("huyện"))]
    );
    loc!(
        numbered_ward,
        "tại phường 3, quận 10",
        [
            ("phường 3", "3", Some("phường")),
            ("quận 10", "10", Some("quận"))
        ]
    );
    loc!(
        city_abbrev,
        "ở TP Đà Nẵng",
        [("TP Đà Nẵng", "Đà Nẵng", Some("thành phố"))]
    );
    loc!(
        unit_then_person_is_not_a_place,
        "Chủ tịch tỉnh Nguyễn Văn Nam",
        []
    );
    loc!(
        road_number_with_letter,
        "tại km 15 quốc lộ 1A, xã",
        [("quốc lộ 1A", "1A", Some("quốc lộ"))]
    );
    loc!(
        title_is_not_a_street,
        "Pho Truong phong Canh sat hinh su cho biet",
        []
    );
    loc!(
        street_crossing,
        "ngã tư đường Nguyễn Văn Linh - Tôn Đức Thắng, quận",
        [
            ("đường Nguyễn Văn Linh", "Nguyễn Văn Linh", Some("đường")),
            ("Tôn Đức Thắng", "Tôn Đức Thắng", None)
        ]
    );
    loc!(
        alias_in_words_stays_as_written,
        "tại phường Sài Gòn, TP.HCM",
        [
            ("phường Sài Gòn", "Sài Gòn", Some("phường")),
            ("TP.HCM", "Hồ Chí Minh", Some("thành phố"))
        ]
    );
    loc!(
        islands_waterfalls_and_squares,
        "Tàu ra đảo Cồn Cỏ và quần đảo Trường Sa; khách đến thác Dải Yếm, rồi Quảng trường Lâm Viên",
        [
            ("đảo Cồn Cỏ", "Cồn Cỏ", Some("đảo")),
            ("quần đảo Trường Sa", "Trường Sa", Some("quần đảo")),
            ("thác Dải Yếm", "Dải Yếm", Some("thác")),
            ("Quảng trường Lâm Viên", "Lâm Viên", Some("quảng trường"))
        ]
    );
    loc!(
        an_island_needs_its_diacritics,
        "lanh dao Hoang Van Minh va chi dao Tran Thi Hoa den som",
        []
    );
    loc!(
        a_street_word_without_diacritics_may_be_a_surname,
        "Ba Duong Thi Hoa va ong Dao Van Tien o duong Le Loi, xa Lung Cu",
        [
            ("duong Le Loi", "Le Loi", Some("đường")),
            ("xa Lung Cu", "Lũng Cú", Some("xã"))
        ]
    );
    loc!(
        a_syllable_after_an_apostrophe,
        "về thôn Đưng K'Si và buôn H'Mông, xã Ea Ning",
        [
            ("thôn Đưng K'Si", "Đưng K'Si", Some("thôn")),
            ("buôn H'Mông", "H'Mông", Some("buôn")),
            ("xã Ea Ning", "Ea Ning", Some("xã"))
        ]
    );
    loc!(
        airports_parks_regions_and_zones_with_dashes,
        "Từ sân bay Nội Bài về Khu công nghệ cao Hòa Lạc, Khu công nghiệp Quế Võ II-B và Khu kinh tế Nhơn Hội - Phù Cát ở Nam Trung Bộ; Cảng hàng không Việt Nam họp",
        [
            ("sân bay Nội Bài", "Nội Bài", Some("sân bay")),
            ("Khu công nghệ cao Hòa Lạc", "Hòa Lạc", Some("khu công nghệ cao")),
            ("Khu công nghiệp Quế Võ II-B", "Quế Võ II-B", Some("khu công nghiệp")),
            ("Khu kinh tế Nhơn Hội - Phù Cát", "Nhơn Hội - Phù Cát", Some("khu kinh tế")),
            ("Nam Trung Bộ", "Nam Trung Bộ", None)
        ]
    );
    loc!(
        khmer_villages_and_a_village_elder,
        "Già làng Đinh Văn Tơ ở sóc Tà Mun, còn ông Chau Sóc ở phum Kna",
        [
            ("sóc Tà Mun", "Tà Mun", Some("sóc")),
            ("phum Kna", "Kna", Some("phum"))
        ]
    );
    loc!(
        unit_words_closing_common_words_without_diacritics,
        "Quan khu 9 xay nha tren dia ban 13 tinh, binh quan 10 thang tang 3%, tai quan 5",
        [("quan 5", "5", Some("quận"))]
    );
    loc!(
        a_country_named_like_a_person_after_a_preposition,
        "thặng dư thương mại với Mỹ năm 2025 tăng, còn ông Đức và chị Anh Thư thì về quê",
        [("Mỹ", "Mỹ", None)]
    );
    loc!(
        urban_areas,
        "Dự án Khu đô thị mới Kim Chung Xanh và Khu đô thị Nam Sơn được duyệt",
        [
            (
                "Khu đô thị mới Kim Chung Xanh",
                "Kim Chung Xanh",
                Some("khu đô thị mới")
            ),
            ("Khu đô thị Nam Sơn", "Nam Sơn", Some("khu đô thị"))
        ]
    );
    loc!(
        a_place_after_a_form_of_address_is_a_person,
        "ông Vinh cho biết đoàn về Vinh, còn bà Huế ở Huế",
        [("Vinh", "Vinh", None), ("Huế", "Thừa Thiên Huế", None)]
    );
    loc!(
        a_village_word_inside_a_common_word,
        "lap bien ban 126 truong hop, mua ban 26 kg, van ban 12 trang; ve ban Na Hoi",
        [("ban Na Hoi", "Na Hoi", Some("bản"))]
    );
    loc!(
        communes_of_two_words_in_a_list,
        "tại các xã Tân Lập, Hoàng Hoa và Phạm Trấn. Ông Lê Văn Tám cho biết",
        [
            ("xã Tân Lập", "Tân Lập", Some("xã")),
            ("Hoàng Hoa", "Hoàng Hoa", None),
            ("Phạm Trấn", "Phạm Trấn", None)
        ]
    );
    loc!(
        stadiums_but_no_trading_floor,
        "trận đấu trên sân Hàng Đẫy và Sân vận động Thống Nhất; co phieu tren san HoSE",
        [
            ("sân Hàng Đẫy", "Hàng Đẫy", Some("sân")),
            (
                "Sân vận động Thống Nhất",
                "Thống Nhất",
                Some("sân vận động")
            )
        ]
    );
    loc!(
        border_gates,
        "hàng qua cửa khẩu quốc tế Cha Lo và cửa khẩu Tà Lùng",
        [
            (
                "cửa khẩu quốc tế Cha Lo",
                "Cha Lo",
                Some("cửa khẩu quốc tế")
            ),
            ("cửa khẩu Tà Lùng", "Tà Lùng", Some("cửa khẩu"))
        ]
    );
    loc!(
        a_region_after_a_province_word,
        "mưa lớn ở 5 tỉnh Tây Nguyên và tỉnh Gia Lai",
        [
            ("Tây Nguyên", "Tây Nguyên", None),
            ("tỉnh Gia Lai", "Gia Lai", Some("tỉnh"))
        ]
    );
    loc!(
        a_zone_named_by_another,
        "đầu tư vào Khu kinh tế cửa khẩu quốc tế Bờ Y",
        [(
            "Khu kinh tế cửa khẩu quốc tế Bờ Y",
            "cửa khẩu quốc tế Bờ Y",
            Some("khu kinh tế")
        )]
    );
    loc!(
        rivers_and_bays,
        "Nước sông Lô dâng cao, tàu neo ở vịnh Nha Trang; bài song ca",
        [
            ("sông Lô", "Lô", Some("sông")),
            ("vịnh Nha Trang", "Nha Trang", Some("vịnh"))
        ]
    );
    loc!(
        units_written_short_with_a_full_stop,
        "Cửa hàng ở P. Tân Định, Q.3, rồi chuyển về SG",
        [
            ("P. Tân Định", "Tân Định", Some("phường")),
            ("Q.3", "3", Some("quận")),
            ("SG", "Hồ Chí Minh", None)
        ]
    );
    loc!(
        a_code_and_a_station_hold_no_place,
        "tàu số hiệu SG-2231 cập ga Sài Gòn rồi về SG",
        [("SG", "Hồ Chí Minh", None)]
    );
    // Without diacritics "ban" before a count sells ("bán"); "ban" before a name is still a
    // village, and pagodas of a people are none.
    loc!(
        a_count_after_ban_and_pagodas_of_a_people,
        "doi tuong dang ban 3 goi heroin o ban Huoi Lech; cac chùa Khmer",
        [("ban Huoi Lech", "Huoi Lech", Some("bản"))]
    );
    // Without diacritics a name after a count is what is counted ("tân binh"), not the
    // district; a commune whose name ends in a number keeps it.
    loc!(
        counted_plain_words_and_numbered_communes,
        "GIAO 2.100 TAN BINH CHO XA SON KIM 2; Don 300 tan binh o Tan Binh, U23 Malaysia",
        [
            ("XA SON KIM 2", "Sơn Kim 2", Some("xã")),
            ("Tan Binh", "Tân Bình", None),
            ("Malaysia", "Malaysia", None)
        ]
    );
    // Countries named like people in a list of countries; a country after a trade.
    loc!(
        countries_in_lists_and_after_trades,
        "hợp tác với các nước Nhật Bản, Đức, Pháp và Mỹ; 20 kỹ sư Hàn Quốc sang làm việc",
        [
            ("Nhật Bản", "Nhật Bản", None),
            ("Đức", "Đức", None),
            ("Pháp", "Pháp", None),
            ("Mỹ", "Mỹ", None),
            ("Hàn Quốc", "Hàn Quốc", None)
        ]
    );
    // A country as a market; a ring road by its number.
    loc!(
        markets_and_ring_roads,
        "xuất khẩu sang thị trường Mỹ qua tuyến Vành đai 3",
        [("Mỹ", "Mỹ", None), ("Vành đai 3", "3", Some("vành đai"))]
    );
    // Without diacritics a place after a road's number or a date stays a place; given
    // names in a list after a full name are no countries.
    loc!(
        places_after_numbers_and_names_in_lists,
        "Quoc lo 1 Quang Ngai sat lo; ngay 30/4 Ha Noi mua; ong Le Van Duc, Anh va chi Mai",
        [
            ("Quoc lo 1", "1", Some("quốc lộ")),
            ("Quang Ngai", "Quảng Ngãi", None),
            ("Ha Noi", "Hà Nội", None)
        ]
    );
    // A cemetery of the fallen is a place with its name, not the district it is named by.
    loc!(
        cemeteries,
        "Đoàn viếng Nghĩa trang liệt sĩ quốc gia Hàm Rồng rồi về huyện Hàm Yên",
        [
            (
                "Nghĩa trang liệt sĩ quốc gia Hàm Rồng",
                "Hàm Rồng",
                Some("nghĩa trang liệt sĩ quốc gia")
            ),
            ("huyện Hàm Yên", "Hàm Yên", Some("huyện"))
        ]
    );
    // The province or district a commune is in, written after it with no comma, is a place
    // of its own; a commune whose known name runs on is not cut.
    loc!(
        a_commune_and_its_province_without_a_comma,
        "Gia đình ở phường Thanh Khê Đà Nẵng và xã Vĩnh Thạnh Trung.",
        [
            ("phường Thanh Khê", "Thanh Khê", Some("phường")),
            ("Đà Nẵng", "Đà Nẵng", None),
            ("xã Vĩnh Thạnh Trung", "Vĩnh Thạnh Trung", Some("xã"))
        ]
    );
    // On a line in capitals an island's name that ends its clause where one is on it; not
    // "ĐẢO CHIỀU" (to turn round) nor "lừa đảo" (fraud).
    loc!(
        an_island_in_capitals,
        "ĐÓN TẾT CÙNG CHIẾN SĨ TRÊN ĐẢO SINH TỒN; GIÁ VÀNG ĐẢO CHIỀU; KẺ LỪA ĐẢO CHẠY TRỐN",
        [("ĐẢO SINH TỒN", "SINH TỒN", Some("đảo"))]
    );
    // A capital with its word, where the lexicon knows the capital; not a country, nor a
    // word that is no place, nor "thu do" without diacritics.
    loc!(
        the_capital_with_its_word,
        "Đoàn đến Thủ đô Hà Nội rồi thủ đô Bangkok; Tuyên Quang là thủ đô kháng chiến; Thủ đô Việt Nam đón khách.",
        [
            ("Thủ đô Hà Nội", "Hà Nội", Some("thủ đô")),
            ("thủ đô Bangkok", "Bangkok", Some("thủ đô")),
            ("Tuyên Quang", "Tuyên Quang", None),
            ("Việt Nam", "Việt Nam", None)
        ]
    );
    // An expressway is named by the places it joins, across the dashes (a road: optional in
    // the gold); in lower case, where the second end cannot be read, no part of it.
    loc!(
        an_expressway_by_its_ends,
        "Xe khách lật trên cao tốc Hòa Lạc - Hòa Bình rồi cao tốc TP.HCM - Long Thành - Dầu Giây. Trên cao tốc cam lộ - la sơn, xe hỏng.",
        [
            ("cao tốc Hòa Lạc - Hòa Bình", "Hòa Lạc - Hòa Bình", Some("cao tốc")),
            (
                "cao tốc TP.HCM - Long Thành - Dầu Giây",
                "TP.HCM - Long Thành - Dầu Giây",
                Some("cao tốc")
            ),
            ("cam lộ", "Cam Lộ", None)
        ]
    );
    // A country named like a person, alone in brackets after a body abroad.
    loc!(
        a_country_in_brackets,
        "Cô nhận học bổng của Đại học Yale (Mỹ) và Viện Max Planck (Đức).",
        [("Mỹ", "Mỹ", None), ("Đức", "Đức", None)]
    );
    // A fast boat is no road; after a commune a district named like a person is no place
    // of it ("Trưởng Công an xã Tân Lập Trần Văn Thời" names the chief).
    loc!(
        boats_and_names_after_a_commune,
        "Tàu cao tốc Rạch Giá - Phú Quốc nghỉ chạy. Trưởng Công an xã Tân Lập Trần Văn Thời cho biết.",
        [
            ("Rạch Giá", "Rạch Giá", None),
            ("Phú Quốc", "Phú Quốc", None)
        ]
    );
    // A ward named after a person, in a list after a plural unit, where the commune list
    // knows it; a person's full name there is not one.
    loc!(
        a_ward_named_after_a_person_in_a_list,
        "Sáp nhập các phường Tràng Tiền, Lý Thái Tổ; các xã Tân Lập, Nguyễn Văn An cho biết.",
        [
            ("phường Tràng Tiền", "Tràng Tiền", Some("phường")),
            ("Lý Thái Tổ", "Lý Thái Tổ", None),
            ("xã Tân Lập", "Tân Lập", Some("xã"))
        ]
    );
    // On a line in capitals without diacritics a place's name that could be common words
    // counts only where it opens a clause or follows a preposition of place.
    loc!(
        places_in_a_plain_capitals_headline,
        "EVN TANG GIA DIEN BAN LE TAI QUANG NAM; HA TINH: CO SO PHAP LY DA RO",
        [
            ("QUANG NAM", "Quảng Nam", None),
            ("HA TINH", "Hà Tĩnh", None)
        ]
    );
}
