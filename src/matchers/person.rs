//! Persons: a surname from the lexicon and one to three capitalised syllables; any run of
//! capitalised syllables right after a rank or a form of address; credits ("Ảnh: Hải
//! Nguyễn", "Bài viết: HỒNG NHUNG").

use super::{Candidate, Cx};
use crate::entity::Value;
use crate::keywords;
use crate::lexicon::EntryKind;
use crate::token::{Case, TokenKind};

/// Every person.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let from = out.len();
    find_names(cx, out);
    named_again(cx, out, from);
}

/// People named again by the given name alone, as a story goes on: "Hoàng Thị Diệu Linh
/// … Linh giả danh …", "Thứ trưởng Bộ Y tế Đoàn Minh Khuê … Thứ trưởng Khuê", "bác sĩ
/// Trương Hoàng Phúc … Theo bác sĩ Phúc". The word must be the last of a full name read
/// before in the same text (with the same diacritics), stand alone (no capitalised word
/// against it), and open a clause or follow a form of address, a rank or a post: "miền
/// Nam" after a "Nguyễn Văn Nam" is no one.
/// Verbs that follow a person named as the subject: "Linh khai", "Phúc nói".
const SAID: &[&str] = &[
    "khai", "nói", "kể", "thừa", "nhận", "bỏ", "trốn", "giả", "chia",
];

fn named_again(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>, from: usize) {
    // The last words of the full names found, by folded form and diacritics, with where
    // each name ends (the earliest for a word that ends several).
    // (Keyed by the first bytes of the folded form and the diacritics: integers compare
    // fast, and most capitalised words are rejected by them alone.)
    let key = |k: usize| (crate::words::head(cx.a.fold(k).as_bytes()), cx.tok(k).sig);
    let mut given: Vec<((u64, u64), usize)> = out[from..]
        .iter()
        .filter(|c| matches!(c.value, Value::Person { .. }) && c.end >= c.start + 2)
        .map(|c| c.end as usize - 1)
        .filter(|&g| !cx.caps(g))
        .map(|g| (key(g), g))
        .collect();
    if given.is_empty() {
        return;
    }
    given.sort_unstable();
    // A bit per first letter and length: most capitalised words fail it at once.
    let bit =
        |f: &str| 1u64 << ((f.len() * 7 + f.as_bytes().first().map_or(0, |&b| b as usize)) & 63);
    let mask = given.iter().fold(0u64, |m, &(_, g)| m | bit(cx.a.fold(g)));
    let first = given.iter().map(|g| g.1 + 1).min().unwrap_or(0);
    let taken_from = out.len();
    for i in first..cx.n() {
        let t = cx.tok(i);
        if t.case != Case::Title || mask & bit(cx.a.fold(i)) == 0 || !t.space_before || t.caps_line
        {
            continue;
        }
        // The same word as a full name's last, read before.
        let k = key(i);
        let at = given.partition_point(|g| g.0 < k);
        let read_before = given[at..]
            .iter()
            .take_while(|g| g.0 == k)
            .any(|&(_, g)| g < i && cx.a.fold(g) == cx.a.fold(i));
        if !read_before {
            continue;
        }
        let introduced = || {
            cx.ends_at(i, EntryKind::Honorific, 3)
                || cx.ends_at(i, EntryKind::Rank, 3)
                || cx.ends_at(i, EntryKind::Title, 4)
        };
        // Alone: no capitalised word against it (but a post or form of address before:
        // "Thứ trưởng Khuê").
        if cx.is_cap(i + 1) && cx.tok(i + 1).space_before || cx.is_cap(i - 1) && !introduced() {
            continue;
        }
        // Opening a clause (or after a function word: "sau đó Linh đã …"), the name is a
        // subject: a function word or a verb of speech must follow it, as after a name
        // ("Linh đã", "Phúc cho biết"; not "Toàn bộ", "Thông tin", "… và Nam.").
        let bare = cx.clause_start(i)
            || cx.a.is_punct(i - 1, ",")
            || cx.tok(i - 1).case == Case::Lower && cx.tok(i - 1).tags & keywords::STOP != 0;
        let subject = || {
            let next = cx.tok(i + 1);
            next.kind == TokenKind::Word
                && next.case == Case::Lower
                && (next.tags & keywords::STOP != 0 || cx.a.is_any_word(i + 1, SAID))
        };
        let opens = introduced() || bare && subject();
        // A word of the lexicon other than a name's is that word: a place, a body, a post.
        if !opens
            || cx
                .hits
                .at(i)
                .iter()
                .any(|h| !matches!(h.kind, EntryKind::Surname | EntryKind::Honorific))
        {
            continue;
        }
        // Not inside a name already read (those are in order: the last one starting at or
        // before it).
        let read = &out[from..taken_from];
        let at = read.partition_point(|c| c.start as usize <= i);
        let inside = at > 0 && (read[at - 1].end as usize) > i;
        if !inside {
            out.push(person(cx, i, i + 1));
        }
    }
}

/// Whether two to four words from the surname at `i` are followed by the year of birth in
/// brackets, which only a person's name is: "BÙI ĐỨC LONG (SN 1991, …)", "(1991)".
fn born_after(cx: &Cx<'_, '_>, i: usize) -> bool {
    (i + 2..=i + 4).any(|e| {
        cx.a.is_punct(e, "(")
            && (i..e).all(|k| cx.tok(k).kind == TokenKind::Word && cx.tok(k).space_before)
            && (matches!(cx.a.fold(e + 1), "sn" | "sinh")
                || cx.tok(e + 1).kind == TokenKind::Number && cx.a.text(e + 1).len() == 4)
    })
}

fn find_names(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let n = cx.n();
    let mut i = 0;
    while i < n {
        // Every start below is a dictionary hit, but for a credit's colon and a woman's "H'".
        let may_start = cx.hits.any(i)
            || cx.a.is_punct(i, ":")
            || cx.tok(i).case == Case::Upper && cx.a.fold(i) == "h";
        if !may_start {
            i += 1;
            continue;
        }
        // After a rank or a form of address, any capitalised run is a name.
        let anchor = cx.longest(i, EntryKind::Rank).or_else(|| {
            // A capitalised form of address of one word counts only at the start of a
            // clause ("Ông A"), not inside a name ("Bà Nà"); an abbreviated title or one of
            // two words anywhere ("GS. Jean-Pierre Laurent", "Giáo sư A").
            cx.longest(i, EntryKind::Honorific).filter(|(h, _)| {
                !cx.is_cap(i)
                    || cx.clause_start(i)
                    || cx.surname_after(h.end as usize)
                    || h.end - h.start >= 2
                    || cx.tok(i).case != Case::Title
            })
        });
        if let Some((h, e)) = anchor {
            let mut j = h.end as usize;
            // An abbreviated form of address may keep its full stop: "GS. Jean-Pierre".
            if e.kind == EntryKind::Honorific
                && j + 1 < n
                && matches!(cx.tok(j - 1).case, Case::Upper | Case::Other)
                && cx.a.is_punct(j, ".")
                && !cx.tok(j).space_before
                && cx.tok(j + 1).space_before
            {
                j += 1;
            }
            // A trade, then where one comes from: "HLV người Hàn Quốc Choi Min-jae", "tay
            // vợt Nhật Bản Takumi Sasaki".
            if e.kind == EntryKind::Honorific {
                let k = j + cx.a.is_word(j, "người") as usize;
                if let Some((c, _)) = cx.country_at(k).filter(|_| cx.is_cap_spaced(k)) {
                    if cx.is_cap_spaced(c.end as usize) {
                        j = c.end as usize;
                    }
                }
            }
            // (A defendant is named again by the given name alone: "bị cáo Khôi"; not on a
            // line in capitals, "BỊ CÁO CẦM ĐẦU …".)
            let strong = e.kind == EntryKind::Rank
                || ["ông", "bà", "đồng chí"].contains(&e.canonical.as_str())
                || ["bị cáo", "bị can"].contains(&e.canonical.as_str())
                    && (!cx.caps(i) || cx.a.is_any_word(j, keywords::COMMON_SURNAMES));
            // A baptismal name of one or two words before a surname is not counted in the
            // name's length: "Linh mục Gioan Baotixita Lê Văn Thịnh".
            let mut b = j;
            while b < j + 2 && baptismal(cx, b) {
                b += 1;
            }
            let end = if b > j && cx.is_surname(b) && cx.is_cap_spaced(b) {
                hyphenated_run(cx, b)
            } else {
                hyphenated_run(cx, j)
            };
            let min = if strong { 1 } else { 2 };
            // On a line in capitals every word looks like a name: only a rank or a strong
            // form of address vouches for one there, or a title of learning before a
            // surname ("PGS.TS NGUYỄN QUANG HUY": a title of two words or more in full), not
            // a word of kinship ("ANH") nor a legal standing ("BỊ CÁO CẦM ĐẦU …").
            let titled = e.canonical.split_whitespace().nth(1).is_some()
                && !e.canonical.starts_with("bị ")
                && !e.canonical.starts_with("nghi ")
                && cx.is_surname(j);
            let trusted = strong || !cx.caps(j) || titled;
            // (A country after a trade is where one comes from: "y bác sĩ Việt Nam".)
            let country = cx.country_at(j).is_some_and(|(c, _)| c.end as usize == end);
            // (Nor a body's abbreviation that no syllable spells: "THƯỢNG TÁ CSGT BỊ …".)
            let abbreviation = !crate::normalize::is_syllable(cx.a.fold(j))
                && (cx.starts(j, EntryKind::Abbr) || cx.starts(j, EntryKind::Org));
            if trusted && !country && !abbreviation && end >= j + min && cx.tok(j).space_before {
                out.push(person(cx, j, end));
                i = end;
                continue;
            }
        }
        // On a line in capitals, a post followed by a surname: "THỦ TƯỚNG PHẠM MINH CHÍNH".
        // (Not a post that a longer phrase holds: "GIÁM ĐỐC THẨM" is a review of a ruling.)
        let stopped = |h: &crate::matchers::dictionary::Hit| {
            cx.longest(i, EntryKind::Stop)
                .is_some_and(|(s, _)| s.end > h.end)
        };
        if cx.caps(i) {
            if let Some((h, _)) = cx.longest(i, EntryKind::Title).filter(|(h, _)| !stopped(h)) {
                let mut j = h.end as usize;
                // The post's organization may stand between: "CHỦ TỊCH UBND TỈNH X NGUYỄN …".
                if !cx.is_surname(j) {
                    if let Some(m) = super::organization::org_at(cx, j, 0) {
                        j = m.end;
                    }
                }
                // And a legislature's term: "ĐẠI BIỂU QUỐC HỘI KHÓA XV TRỊNH …" (not before a
                // body or a delegation by its place, "… KHÓA XV ĐOÀN HÀ NỘI").
                if cx.a.is_word(j, "khóa")
                    && super::organization::roman(cx, j + 1)
                    && !cx.starts(j + 2, EntryKind::Org)
                    && !cx.starts(j + 3, EntryKind::Place)
                {
                    j += 2;
                }
                // And a title of learning, after a comma or not: "…, GS.TS NGÔ …".
                let comma = cx.a.is_punct(j, ",") as usize;
                if let Some((h, _)) = cx.longest(j + comma, EntryKind::Honorific) {
                    j = h.end as usize;
                }
                // (A country is no surname there: "TỔNG THỐNG HÀN QUỐC LEE JAE-MYUNG".)
                if j < n && cx.is_cap_spaced(j) && cx.is_surname(j) && cx.country_at(j).is_none() {
                    let end = name_run(cx, j);
                    if end >= j + 2 {
                        out.push(person(cx, j, end));
                        i = end;
                        continue;
                    }
                }
            }
        }
        // A foreign leader or envoy: a post, the country or the body served, perhaps where,
        // then the name, which has no Vietnamese surname to anchor it ("Thủ tướng Lào
        // Sonexay Siphandone", "Tổng Thư ký Liên hợp quốc António Guterres", "Đại sứ Đức
        // tại Việt Nam Helga Brandt").
        if let Some((h, post)) = cx.longest(i, EntryKind::Title) {
            // A name with a word no Vietnamese syllable spells ("António Guterres", "Kao Kim
            // Hourn"; not "Nhiem Ky"), or any after a post held only abroad ("Phó Tỉnh
            // trưởng Khăm Phăn Sổm Phon").
            let foreign = |k: usize, end: usize| {
                post.attrs.abroad && !cx.caps(k) && !cx.starts(k, EntryKind::Org)
                    || (k..end).any(|m| {
                        cx.tok(m).is_word() && !crate::normalize::is_syllable(cx.a.fold(m))
                    })
            };
            // A post of two words or more, perhaps naming its field, then such a name:
            // "Thứ trưởng Ngoại giao Fujimoto Kenta", "Đại sứ Yamada Takeshi".
            let mut k = h.end as usize;
            let serves = served(cx, k);
            // (After a post held only abroad, the province it heads: "Tỉnh trưởng
            // Champasak Vilay Bút Đa Kham".)
            if post.attrs.abroad && serves.is_none() && cx.is_cap_spaced(k) {
                if let Some((p, _)) = cx.longest(k, EntryKind::Place) {
                    k = p.end as usize;
                }
            }
            if serves.is_none()
                && h.end - h.start >= 2
                && !cx.caps(i)
                && cx.is_cap_spaced(k)
                && !cx.starts_phrase(k)
            {
                let end = hyphenated_run(cx, k);
                if end >= k + 2 && foreign(k, end) {
                    out.push(person(cx, k, end));
                    i = end;
                    continue;
                }
            }
            if let Some((k, abroad)) = serves {
                let end = hyphenated_run(cx, k);
                // (Vietnam's own leaders have surnames, which anchor them already; and on a
                // line in capitals only a country abroad vouches for a name.)
                // A body named, no country: only a foreign name.
                let foreign = foreign(k, end);
                let trusted = if cx.caps(i) {
                    abroad
                } else {
                    abroad || foreign
                };
                if trusted && end >= k + 2 && cx.tok(k).space_before {
                    out.push(person(cx, k, end));
                    i = end;
                    continue;
                }
            }
        }
        // Credits: "Ảnh: A B - C D".
        if cx.a.is_punct(i, ":")
            && i > 0
            && cx
                .a
                .is_any_word(i - 1, &["ảnh", "viết", "bài", "tin", "clip", "video"])
        {
            let mut j = i + 1;
            loop {
                let end = credit_run(cx, j);
                if end < j + 2 {
                    break;
                }
                out.push(person(cx, j, end));
                j = end;
                if j < n && cx.a.is_dash(j) || cx.a.is_punct(j, ",") {
                    j += 1;
                } else {
                    break;
                }
            }
            i = j.max(i + 1);
            continue;
        }
        // An Ê Đê or Jrai woman's name, its "H'" glued to the first syllable: "H'Nơ Niê".
        if cx.tok(i).case == Case::Upper
            && cx.a.fold(i) == "h"
            && cx.tok(i).space_before
            && !cx.caps(i)
            && after_apostrophe(cx, i) == i + 3
            && cx.is_cap_spaced(i + 3)
            && !stops_name(cx, i + 3)
            && !inside_place(cx, i)
        {
            let (k, _) = given_names(cx, i + 3, 3);
            out.push(person(cx, i, k));
            i = k;
            continue;
        }
        // A surname starts a name, unless it ends a place name ("Tây Ninh" then "Nguyễn …"),
        // or the line is in capitals, where any word looks like a name.
        // (In capitals a surname with the middle name "THỊ" or "VĂN" is one: "NÔNG THỊ MAI
        // PHƯƠNG"; so is one with the H'Mông men's "A" before a given name: "SÙNG A PÁO".)
        if cx.is_cap(i)
            && cx.is_surname(i)
            && (!cx.caps(i)
                || cx.tok(i).space_before
                    && (cx.a.is_any_word(i + 1, &["thị", "văn"])
                        // (Not a verb's first word: "ĐỐI TƯỢNG VẬN CHUYỂN" without
                        // diacritics, "DOI TUONG VAN CHUYEN".)
                        && !keywords::caps_verb_at(cx.a, i + 1)
                        || cx.a.text(i + 1) == "A"
                            && crate::keywords::HMONG_SURNAMES.contains(&cx.a.fold(i))
                            && cx.is_cap_spaced(i + 2)
                            && !stops_name(cx, i + 2)
                        || born_after(cx, i)))
            && !(i > 0 && cx.is_cap(i - 1) && !cx.tok(i).space_before)
            && !inside_place(cx, i)
            && !crate::keywords::year_name_at(cx.a, i)
            // "Ban Chấp hành": an organization's head of two words or more is no name.
            && cx
                .longest(i, EntryKind::Org)
                .is_none_or(|(h, _)| h.end - h.start < 2)
            && !names_no_person(cx, i)
            && !opens_with_a_city(cx, i)
            && !names_a_landmark(cx, i)
            && !ends_a_run_before_a_name(cx, i)
            && !unmarked_post_after_comma(cx, i)
        {
            let end = name_run_from_surname(cx, i);
            let end = if end >= i + 2 {
                lower_hyphen_tail(cx, end)
            } else {
                end
            };
            // A name that is all a known place's is the place's: "… Choang Quảng Tây".
            let a_place = cx
                .longest(i, EntryKind::Place)
                .is_some_and(|(h, _)| h.end as usize == end);
            // Nor is one whose last word opens a compound that a word in lower case closes:
            // "Cung Văn hóa" is a palace of culture.
            if end >= i + 2 && !a_place && !cx.closes_name_compound(end) {
                // A baptismal name before it belongs to it: "Giuse Vũ Đình Phúc".
                // (Of one or two words: "Giuse", "Gioan Baotixita".)
                let mut start = i;
                while start > 0
                    && i - start < 2
                    && cx.tok(start).space_before
                    && baptismal(cx, start - 1)
                {
                    start -= 1;
                }
                out.push(person(cx, start, end));
                i = end;
                continue;
            }
        }
        // Without diacritics no name starts inside a post of three words or more that
        // starts here: "Pho Truong Ban Thuong truc" holds no "Trương Ban".
        if !cx.tok(i).marks && cx.tok(i).plain_line {
            if let Some((h, _)) = cx
                .longest(i, EntryKind::Title)
                .filter(|(h, _)| h.end - h.start >= 3)
            {
                i = h.end as usize;
                continue;
            }
        }
        i += 1;
    }
}

/// Whether the surname at token `i` is rather a word of the capitalised run before it, a
/// full name of its own starting one or two words after it: "xã Đông Thái Trần Văn An",
/// "xã Đông Thái Ninh Trần Văn An" (the commune, then "Trần Văn An": a surname, "Văn" or
/// "Thị", a given name). Not after a form of address, a rank or a post, where the run is
/// the name ("ông Nguyễn Trần Văn Mai").
fn ends_a_run_before_a_name(cx: &Cx<'_, '_>, i: usize) -> bool {
    if i == 0 || !cx.is_cap(i - 1) || cx.caps(i) || !cx.is_cap_spaced(i) {
        return false;
    }
    let led = [EntryKind::Honorific, EntryKind::Rank, EntryKind::Title]
        .iter()
        .any(|&k| cx.ends_at(i, k, 3));
    !led && (i + 1..=i + 2).any(|m| {
        (i + 1..=m).all(|t| cx.is_cap_spaced(t))
            && cx.is_surname(m)
            && cx.a.is_any_word(m + 1, crate::keywords::MIDDLE_NAMES)
            && cx.is_cap_spaced(m + 2)
    })
}

/// Whether the unmarked surname at token `i`, on a line written without diacritics, rather
/// begins a post given after a comma, where a post stands: a post of two words or more, or
/// one before a body's name — "…, Truong Ban To chuc Le hoi" is "Trưởng Ban Tổ chức Lễ
/// hội", not a person "Trương Ban Tô".
fn unmarked_post_after_comma(cx: &Cx<'_, '_>, i: usize) -> bool {
    let t = cx.tok(i);
    !t.marks
        && t.plain_line
        && i > 0
        && cx.a.is_punct(i - 1, ",")
        && cx.longest(i, EntryKind::Title).is_some_and(|(h, _)| {
            let end = h.end as usize;
            cx.is_cap_spaced(end) && (h.end - h.start >= 2 || cx.starts(end, EntryKind::Org))
        })
}

/// Whether token `k` is a capitalised word of a baptismal name ("Giuse", "Baotixita").
fn baptismal(cx: &Cx<'_, '_>, k: usize) -> bool {
    cx.is_cap(k) && keywords::BAPTISMAL_NAMES.contains(&cx.a.fold(k))
}

/// Whether token `i` is inside a known place name that starts before it, or starts a
/// place name that a surname follows ("Đồng Tháp" then "Huỳnh …").
fn inside_place(cx: &Cx<'_, '_>, i: usize) -> bool {
    let before = (1..=3).filter(|&b| i >= b).any(|b| {
        cx.longest(i - b, EntryKind::Place)
            .is_some_and(|(h, _)| h.end as usize > i)
    });
    // A country's name ("Hàn Quốc") is not a person's, whatever follows it.
    // (A place of one word before "Văn" or "Thị" is a surname: "Chu Văn Bình"; so is a
    // frequent surname opening a place of two words when one word only follows: "Vũ Quang
    // Thái" is a name, "Đồng Tháp Huỳnh Văn Mười" a place and a name.)
    let starts = cx.country_at(i).is_some()
        || cx.longest(i, EntryKind::Place).is_some_and(|(h, _)| {
            let e = h.end as usize;
            e < cx.n()
                && cx.is_cap_spaced(e)
                && cx.is_surname(e)
                && !(e == i + 1 && cx.a.is_any_word(e, crate::keywords::MIDDLE_NAMES))
                && !(e == i + 2
                    && cx.a.is_any_word(i, keywords::COMMON_SURNAMES)
                    && !cx.is_cap_spaced(e + 1))
        });
    // Nor is the name right after a commune's or a village's unit word, but for a full name
    // with "Văn" or "Thị" ("chủ tịch UBND xã Lê Thị Hoa"): "xã Tân Lập Đan Phượng".
    let after_unit = (1..=2).filter(|&b| i >= b).any(|b| {
        cx.longest(i - b, EntryKind::Unit).is_some_and(|(h, e)| {
            h.end as usize == i
                && matches!(
                    e.attrs.level,
                    crate::lexicon::Level::Commune | crate::lexicon::Level::Village
                )
        })
    }) && !cx.a.is_any_word(i + 1, crate::keywords::MIDDLE_NAMES);
    before || starts || after_unit
}

/// After a post at `j`: past the country or the body served ("Lào", "Liên hợp quốc") and
/// where an envoy serves ("Đức tại Việt Nam"), with whether a country abroad was named;
/// `None` when neither follows the post.
fn served(cx: &Cx<'_, '_>, j: usize) -> Option<(usize, bool)> {
    let country = |k: usize| -> Option<(usize, bool)> {
        if !cx.is_cap_spaced(k) {
            return None;
        }
        match cx.country_at(k) {
            Some((h, e)) => Some((h.end as usize, e.canonical != "Việt Nam")),
            None => cx.country_named_like_a_person(k).then_some((k + 1, true)),
        }
    };
    // A body served is a whole name of the lexicon ("Liên hợp quốc", "WHO", "EU") or a
    // body abroad with its country ("Đuma Quốc gia Liên bang Nga"), which need no grammar
    // to bound them.
    let whole_name = || {
        let (h, e) = cx.longest(j, EntryKind::Org).filter(|_| cx.is_cap(j))?;
        let end = h.end as usize;
        let country = super::organization::country_after(cx, end);
        match e.attrs.org_type {
            crate::lexicon::OrgType::Fixed => Some((country, country > end)),
            crate::lexicon::OrgType::Scope if !e.attrs.bare && country > end => {
                Some((country, true))
            }
            // A ministry abroad by its fields: "Bộ Việc làm và Lao động Hàn Quốc".
            _ if e.attrs.abroad => super::organization::abroad_end(cx, end).map(|e| (e, true)),
            _ => None,
        }
    };
    // A city of today where a consulate is, with its unit word or without: "Tổng Lãnh sự
    // Nhật Bản tại TP Hồ Chí Minh".
    let city = |k: usize| -> Option<(usize, bool)> {
        let at = match cx.longest(k, EntryKind::Unit) {
            Some((u, e)) if e.canonical == "thành phố" => u.end as usize,
            _ => k,
        };
        let (h, e) = cx.longest(at, EntryKind::Place)?;
        // (Not on a line in capitals, where the name's end is not seen.)
        (cx.is_cap_spaced(at) && !cx.caps(at) && e.attrs.city_of_today())
            .then_some((h.end as usize, e.attrs.abroad))
    };
    // (A city served: "Thị trưởng Thành phố Busan".)
    let (mut k, mut abroad) = country(j).or_else(whole_name).or_else(|| city(j))?;
    if cx.a.is_any_word(k, &["tại", "ở"]) {
        if let Some((e, far)) = country(k + 1).or_else(|| city(k + 1)) {
            k = e;
            abroad |= far;
        }
    }
    // Its abbreviation in brackets: "Hội đồng Kinh doanh Hoa Kỳ - ASEAN (USABC)".
    if cx.a.is_punct(k, "(")
        && cx.tok(k + 1).case == Case::Upper
        && cx.a.is_punct(k + 2, ")")
        && cx.starts(k + 1, EntryKind::Org)
    {
        k += 3;
    }
    Some((k, abroad))
}

/// Past the second part of a Korean given name, in lower case after a hyphen: "Kim
/// Jae-won".
fn lower_hyphen_tail(cx: &Cx<'_, '_>, end: usize) -> usize {
    if cx.glued(end)
        && cx.a.is_punct(end, "-")
        && cx.glued(end + 1)
        && cx.tok(end + 1).kind == TokenKind::Word
        && cx.tok(end + 1).case == Case::Lower
    {
        end + 2
    } else {
        end
    }
}

/// A name's run from token `j`, with a first name in two capitalised parts ("Jean-Pierre
/// Laurent") and a lower-case second part ("Park Sung-ho"); not a post glued by a dash ("ông
/// Lê Văn Hùng-Giám đốc Sở").
fn hyphenated_run(cx: &Cx<'_, '_>, j: usize) -> usize {
    let mut end = name_run(cx, j);
    loop {
        while end > j && past_hyphens(cx, end) > end && !cx.starts_phrase(end + 1) {
            let e2 = past_hyphens(cx, end);
            end = name_run(cx, e2).max(e2);
        }
        match past_particles(cx, j, end) {
            Some(k) => end = name_run(cx, k).max(k + 1),
            None => return end,
        }
    }
}

/// Where a foreign name goes on after one or two particles in lower case at `end`, the name
/// `j..end` holding a word no Vietnamese syllable spells: "Luiz Carlos de Almeida", "Pieter
/// van der Linden".
fn past_particles(cx: &Cx<'_, '_>, j: usize, end: usize) -> Option<usize> {
    let particle = |k: usize| {
        cx.tok(k).space_before
            && cx.tok(k).case == Case::Lower
            && cx.a.is_any_word(k, keywords::NAME_PARTICLES)
    };
    let n = (0..2).take_while(|&p| particle(end + p)).count();
    let foreign =
        || (j..end).any(|m| cx.tok(m).is_word() && !crate::normalize::is_syllable(cx.a.fold(m)));
    (end > j && n > 0 && cx.is_cap_spaced(end + n) && !cx.starts_phrase(end + n) && foreign())
        .then_some(end + n)
}

/// Past the parts of a name joined by hyphens: "Park Sung-ho", "CHO HYUN-WOO".
fn past_hyphens(cx: &Cx<'_, '_>, mut end: usize) -> usize {
    while cx.glued(end) && cx.a.is_punct(end, "-") && cx.glued(end + 1) && cx.tok(end + 1).is_word()
    {
        end += 2;
    }
    end
}

/// Whether a landmark's noun stands before token `i`, which then names the landmark: "cầu
/// Trần Thị Lý", "cao tốc Đồng Đăng - Trà Lĩnh" (not a ship, whose owner may follow: "chủ
/// tàu Trần Văn A").
fn names_a_landmark(cx: &Cx<'_, '_>, i: usize) -> bool {
    i >= 2
        && (cx.after_landmark(i) && !cx.a.is_word(i - 1, "tàu")
            || cx.a.is_word(i - 2, "cao") && cx.a.is_word(i - 1, "tốc"))
}

/// Whether the words before token `i` name a people or a branch, not a person: "đồng bào
/// dân tộc La Hu", "BIDV chi nhánh Hà Thành".
fn names_no_person(cx: &Cx<'_, '_>, i: usize) -> bool {
    i >= 2
        && keywords::NOT_BEFORE_A_PERSON
            .iter()
            .any(|[a, b]| cx.a.is_word(i - 2, a) && cx.a.is_word(i - 1, b))
        // A known body's name ending in them is followed by its head's name: "Hội đồng Dân
        // tộc Sầm Văn Pháo".
        && !(cx.is_cap(i - 2) && cx.ends_at(i, EntryKind::Org, 4))
}

/// Whether a city of today of the lexicon starts at token `i` (a centrally run city, a city
/// abroad): no person's name starts with one, though it starts with a surname ("tại Hà Nội
/// Lotte Center", "Hà" then "Nội").
fn opens_with_a_city(cx: &Cx<'_, '_>, i: usize) -> bool {
    cx.longest(i, EntryKind::Place).is_some_and(|(h, e)| {
        h.end as usize > i + 1
            && e.attrs.city_of_today()
            && !cx.a.is_any_word(h.end as usize, keywords::MIDDLE_NAMES)
    })
}

fn person(cx: &Cx<'_, '_>, start: usize, end: usize) -> Candidate {
    Candidate::new(
        start,
        end,
        Value::Person {
            name: cx.text_nfc(start, end),
        },
    )
}

/// Capitalised syllables from `j`, at most four, stopping at a title, rank or organization.
fn name_run(cx: &Cx<'_, '_>, j: usize) -> usize {
    let mut k = j;
    let max = if cx.caps(j) { 3 } else { 4 };
    // Syllables, not tokens: "K'Hoàng" is one syllable of three tokens.
    let mut syllables = 0;
    // Without diacritics a surname may read as a function word right after a rank: "THUONG
    // TA DANG VAN LONG" is Đặng, not "đang".
    let surname_first = |k: usize| {
        k == j
            && cx.is_surname(k)
            && cx.is_stop_word(k)
            && cx.is_cap_spaced(k + 1)
            && !cx.starts(k, EntryKind::Title)
            && !cx.starts(k, EntryKind::Rank)
    };
    while k < cx.n()
        && syllables < max
        && cx.is_cap(k)
        && cx.tok(k).space_before
        && (!stops_name(cx, k) || surname_first(k))
    {
        k = after_apostrophe(cx, k);
        syllables += 1;
    }
    if cx.caps(j) && syllables == 3 && fourth_in_caps(cx, j, k) {
        k += 1;
    }
    k
}

/// Whether, in capitals, the syllable at `k` is the fourth of the name from `j`: a woman's
/// ("THỊ" second) that punctuation, a function word or a headline's verb ends: "… VI THỊ
/// NGỌC BÍCH: …", "LÊ THỊ KIM THOA YÊU CẦU", "… HỒNG THẮM ĐỐI THOẠI" (not "PHẠM ĐỨC
/// THỊNH THĂM, …").
fn fourth_in_caps(cx: &Cx<'_, '_>, j: usize, k: usize) -> bool {
    cx.a.is_word(j + 1, "thị")
        && cx.is_cap_spaced(k)
        && !stops_name(cx, k)
        // (Not a verb of motion or a function word before the headline's verb: "… HƯƠNG
        // XUỐNG KIỂM TRA", "… HOA TỚI CHÚC MỪNG".)
        && !cx.is_stop_word(k)
        && !cx.a.is_any_word(k, keywords::GOING_WORDS)
        && (k + 1 >= cx.n()
            || matches!(cx.tok(k + 1).kind, TokenKind::Punct | TokenKind::Break)
            || cx.is_stop_word(k + 1)
            || cx.starts(k + 1, EntryKind::Title)
            || cx.starts(k + 1, EntryKind::Honorific)
            || keywords::caps_verb_at(cx.a, k + 1))
}

fn name_run_from_surname(cx: &Cx<'_, '_>, i: usize) -> usize {
    let max = if cx.caps(i) { 3 } else { 4 };
    let (mut k, syllables) = given_names(cx, i + 1, max);
    if cx.caps(i) && syllables == 3 && fourth_in_caps(cx, i, k) {
        k += 1;
    }
    k
}

/// The given names from token `k`, after a name's first syllable, up to `max` syllables in
/// all: where they end, and how many syllables the name then has.
fn given_names(cx: &Cx<'_, '_>, mut k: usize, max: usize) -> (usize, usize) {
    let mut syllables = 1;
    while k < cx.n() && syllables < max && cx.is_cap_spaced(k) && !stops_name(cx, k) {
        k = after_apostrophe(cx, k);
        syllables += 1;
    }
    (k, syllables)
}

/// Past the syllable at `k`: one token, or three for a Jrai or Ê Đê prefix glued to its
/// syllable by an apostrophe ("H'Liên", "Y’Sơn").
fn after_apostrophe(cx: &Cx<'_, '_>, k: usize) -> usize {
    let prefix = cx.tok(k).case == Case::Upper && cx.a.fold(k).len() == 1;
    if prefix && cx.glued(k + 1) && cx.a.is_punct(k + 1, "'") && cx.glued(k + 2) && cx.is_cap(k + 2)
    {
        k + 3
    } else {
        k + 1
    }
}

/// Whether the word at `k`, written without diacritics, follows two capitalised words of a
/// name (where "Truong" may be its last syllable).
fn after_surname_and_given(cx: &Cx<'_, '_>, k: usize) -> bool {
    k >= 2
        && cx.tok(k).plain_line
        && !cx.tok(k).marks
        && cx.is_surname(k - 2)
        && cx.is_cap_spaced(k - 1)
}

fn stops_name(cx: &Cx<'_, '_>, k: usize) -> bool {
    // Without diacritics the syllable after a surname may read as a longer head: "Lu Van
    // Phong" is no "văn phòng".
    let after_surname = k > 0 && cx.is_surname(k - 1) && cx.tok(k).plain_line && !cx.tok(k).marks;
    // Without diacritics on a line in capitals, only a function word that is no given name
    // ends it: "THIEU TA DANG HOANG NAM" (Nam, not "năm"), "LE THI THU HANG"; and "NGAY"
    // of a date ("TU NGAY 1/12").
    let plain_caps = cx.caps(k) && cx.tok(k).plain_line && !cx.tok(k).marks;
    let stop = if plain_caps {
        cx.is_stop_word(k)
            && (keywords::PLAIN_FUNCTION_WORDS.contains(&cx.a.fold(k)) || cx.a.fold(k) == "ngay")
    } else {
        cx.is_stop_word(k)
    };
    // (A capitalised unit word inside a name is a given name: "Nguyễn Văn Đường".)
    stop || cx.hits.at(k).iter().any(|h| {
        let e = cx.entry(*h);
        match e.kind {
            // A capitalised "Anh" inside a name is a given name, not "anh"; and a post
            // of one word that stands only with its body is a name's syllable without it
            // ("Bui Xuan Truong da …" is Trường, not "Trưởng").
            EntryKind::Title => {
                !after_surname_and_given(cx, k)
                    || h.end - h.start != 1
                    || e.attrs.bare
                    || cx.is_cap_spaced(k + 1)
            }
            EntryKind::Rank => !super::rank::reads_as_name(cx, h),
            // A one-word organization head ("Công an") inside a name is unlikely; a longer one
            // starting here ends the name.
            // So does a one-word head before an abbreviation of its kind: "… Tuan Doi
            // Csgt so 2".
            EntryKind::Org => {
                h.end - h.start >= 2 && !after_surname || cx.starts(h.end as usize, EntryKind::Abbr)
            }
            _ => false,
        }
    })
}

/// A credited name: capitalised words of two letters or more.
fn credit_run(cx: &Cx<'_, '_>, j: usize) -> usize {
    let mut k = j;
    while k < cx.n()
        && k < j + 4
        && cx.is_cap(k)
        && cx.tok(k).space_before
        && cx.tok(k).kind == TokenKind::Word
        && cx.a.text(k).chars().count() >= 2
        && !(k + 1 < cx.n()
            && cx.a.is_punct(k + 1, ".")
            && !cx.tok(k + 1).space_before
            && cx.a.text(k).chars().count() == 1)
    {
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use crate::test_util::persons;

    macro_rules! per {
        ($name:ident, $text:expr, [$($p:expr),*]) => {
            #[test]
            fn $name() {
                let want: Vec<String> = vec![$($p.to_string()),*];
                assert_eq!(persons($text), want);
            }
        };
    }

    per!(
        lower_case_names_before_a_year_of_birth,
        "công an xã đã bắt quả tang lò văn khánh (sn 1993) và nguyễn thị thu trang (41 tuổi), còn hà nội (sn) thì không",
        ["lò văn khánh", "nguyễn thị thu trang"]
    );
    // Without diacritics: a post after a comma is no name though its first word is a
    // surname ("Truong Ban" is "Trưởng Ban"); a one-word place before "Van" is a surname
    // ("Chu Van Binh"); a headline's verb is no middle name ("DOI TUONG VAN CHUYEN").
    per!(
        names_and_their_lookalikes_without_diacritics,
        "Ong Pham Van Long, Truong Ban Chi dao, va ong Chu Van Binh cho biet.\nGIA LAI: BAT 2 DOI TUONG VAN CHUYEN MA TUY",
        ["Pham Van Long", "Chu Van Binh"]
    );
    // In capitals a frequent surname after "BỊ CÁO" starts a name; a rarer one may be a
    // word ("CẦM ĐẦU").
    per!(
        defendants_in_capitals,
        "TUYÊN PHẠT BỊ CÁO PHẠM QUỐC BẢO 2 NĂM TÙ, BỊ CÁO CẦM ĐẦU ĐƯỜNG DÂY 9 NĂM TÙ",
        ["PHẠM QUỐC BẢO"]
    );
    // Particles inside a foreign name; a palace of culture is no person.
    per!(
        foreign_names_with_particles,
        "Đại sứ Brazil tại Việt Nam Paulo Roberto de Oliveira gặp Bộ trưởng Jan van der Berg tại Cung Văn hóa Hữu nghị",
        ["Paulo Roberto de Oliveira", "Jan van der Berg"]
    );
    per!(
        ede_and_jrai_womens_names,
        "trong đó có H'Liên Niê, Phó Chủ tịch xã, và em H'Ly Ksor; xã Ia H'Drai",
        ["H'Liên Niê", "H'Ly Ksor"]
    );
    per!(
        hmong_names_in_capitals,
        "TÒA TUYÊN PHẠT BỊ CÁO GIÀNG A SÌNH 5 NĂM TÙ, CHÂU Á VÀ LÊ A; ĐẤU GIÁ LÔ A KHU ĐÔ THỊ",
        ["GIÀNG A SÌNH"]
    );
    per!(
        foreign_names_after_a_post_and_what_it_serves,
        "Tổng Giám đốc WHO Tedros Ghebreyesus gặp Đại sứ Mỹ tại Lào Kim Min-jun và Bộ trưởng Quốc phòng Úc Peter Collins",
        ["Tedros Ghebreyesus", "Kim Min-jun", "Peter Collins"]
    );
    per!(
        a_common_word_after_a_body_is_no_foreign_name,
        "Bí thư Tỉnh ủy Nghệ An Nhiệm Kỳ tới",
        []
    );
    per!(
        surname_and_given,
        "Theo ông Trần Minh Tuấn, Giám đốc",
        ["Trần Minh Tuấn"]
    );
    per!(
        two_syllables_after_rank,
        "Đại tướng Tô Lâm phát biểu",
        ["Tô Lâm"]
    );
    per!(
        rare_surname_after_honorific,
        "bà Y Ngọc Diệp cho biết",
        ["Y Ngọc Diệp"]
    );
    per!(
        unaccented_after_rank,
        "Trung tuong Le Quoc Hung, Thu truong",
        ["Le Quoc Hung"]
    );
    per!(credit_given_name_first, "Ảnh: Minh Nguyễn", ["Minh Nguyễn"]);
    per!(
        credit_capitals,
        "Bài viết: THU HẰNG - Ảnh: QUANG HUY - ĐỨC ANH",
        ["THU HẰNG", "QUANG HUY", "ĐỨC ANH"]
    );
    per!(
        honorific_not_in_name,
        "đồng chí Phạm Thị Hoa dự",
        ["Phạm Thị Hoa"]
    );
    per!(
        name_stops_at_title,
        "ông Lê Văn Bình Chủ tịch",
        ["Lê Văn Bình"]
    );
    per!(
        given_name_like_honorific,
        "đồng chí Vũ Anh Tuấn phát biểu",
        ["Vũ Anh Tuấn"]
    );
    per!(
        nfd_name,
        "ông Nguye\u{302}\u{303}n Văn An",
        ["Nguyễn Văn An"]
    );
    per!(
        after_a_place,
        "Chủ tịch UBND tỉnh Tây Ninh Nguyễn Hồng Sơn đã ký",
        ["Nguyễn Hồng Sơn"]
    );
    per!(
        foreign_names_after_a_title_or_standing,
        "Giáo sư Anna Schmidt trao đổi với bị cáo Kim Jong Su và nghi phạm Tran Van Ba",
        ["Anna Schmidt", "Kim Jong Su", "Tran Van Ba"]
    );
    per!(
        foreign_leaders_after_post_and_country,
        "Thủ tướng Thái Lan Anutin Charnvirakul gặp Tổng thống Hàn Quốc Lee Jae Myung",
        ["Anutin Charnvirakul", "Lee Jae Myung"]
    );
    per!(
        apostrophe_prefix_counts_as_one_syllable,
        "đồng chí H'Lâm Thị Hương và Trung úy Ksor Y'Bình Văn Nam đến",
        ["H'Lâm Thị Hương", "Ksor Y'Bình Văn Nam"]
    );
    per!(
        apostrophe_names,
        "bà Ksor H'Hoa và ông Nay Y’Ruê dự lễ",
        ["Ksor H'Hoa", "Nay Y’Ruê"]
    );
    per!(
        capitals_post_and_organization_then_name,
        "GIÁM ĐỐC SỞ Y TẾ TỈNH GIA LAI LÊ VĂN TÁM KIỂM TRA BỆNH VIỆN",
        ["LÊ VĂN TÁM"]
    );
    per!(
        capitals_trust_only_strong_anchors,
        "BỊ CAN CHỦ MƯU ĐƯỜNG DÂY BUÔN LẬU SA LƯỚI",
        []
    );
    per!(
        capitals_need_an_anchor,
        "ĐƯỜNG DÂY LỪA ĐẢO BỊ TRIỆT PHÁ",
        []
    );
    per!(
        capitals_after_a_post,
        "THU TUONG PHAM MINH CHINH: KHONG DE THIEU VON",
        ["PHAM MINH CHINH"]
    );
    per!(
        a_lunar_year_is_no_person,
        "So với Tết Giáp Thìn, ông Đinh Dậu Hòa nói lượng khách tăng",
        ["Đinh Dậu Hòa"]
    );
    per!(
        four_syllables_of_a_woman_in_capitals,
        "BỘ TRƯỞNG BỘ Y TẾ ĐÀO THỊ HỒNG VÂN YÊU CẦU; HỌC SINH LƯU THỊ MAI ANH ĐƯỢC TUYÊN DƯƠNG",
        ["ĐÀO THỊ HỒNG VÂN", "LƯU THỊ MAI ANH"]
    );
    per!(
        a_verb_after_three_syllables_in_capitals,
        "THƯỢNG TƯỚNG TRẦN QUỐC BÌNH THĂM, TẶNG QUÀ",
        ["TRẦN QUỐC BÌNH"]
    );
    per!(
        a_head_of_two_words_is_no_surname,
        "Dai hoi bau Ban Chap hanh moi, ong Ha Van Tuan lam Bi thu",
        ["Ha Van Tuan"]
    );
    per!(
        a_title_of_learning_in_capitals,
        "SÁNG 3/4, TS.BS TRỊNH VĂN HẢI CHO BIẾT; BỊ CÁO CẦM ĐẦU ĐƯỜNG DÂY LĨNH ÁN",
        ["TRỊNH VĂN HẢI"]
    );
    per!(
        a_people_or_a_branch_is_no_person,
        "đồng bào dân tộc La Hu ở bản, tiền gửi ở BIDV chi nhánh Hà Thành, ông Lò Văn Páo nói",
        ["Lò Văn Páo"]
    );
    per!(
        a_body_named_for_the_peoples_before_its_head,
        "Phó Chủ nhiệm Ủy ban Dân tộc Lò Văn Sinh và đồng bào dân tộc Hà Nhì dự lễ",
        ["Lò Văn Sinh"]
    );
    per!(
        a_defendant_named_again_by_the_given_name,
        "Tòa bác kháng cáo của bị cáo Khôi.\nBỊ CÁO CẦM ĐẦU ĐƯỜNG DÂY BỊ BẮT\nVKSND KHÔNG KHÁNG NGHỊ GIÁM ĐỐC THẨM BẢN ÁN",
        ["Khôi"]
    );
    per!(
        names_in_capitals_without_diacritics,
        "THUONG TA VU HOANG NAM DUOC BO NHIEM TU NGAY 1/12\nBA LE THI THU HANG DUOC BAU LAM CHU TICH HDND",
        ["VU HOANG NAM", "LE THI THU HANG"]
    );
    per!(
        a_korean_given_name_in_two_parts,
        "Ông Park Min-ho gặp bà Kim Soo-jin và ông Lê Văn Hà-Phó Giám đốc",
        ["Park Min-ho", "Kim Soo-jin", "Lê Văn Hà"]
    );
    per!(
        a_landmark_named_after_a_person,
        "xe qua cầu Nguyễn Văn Trỗi lên cao tốc Bùi Thị Xuân, chủ tàu Lê Văn Tài báo tin",
        ["Lê Văn Tài"]
    );
    per!(
        trades_of_sport_and_the_arts_anchor_a_name,
        "HLV Park Ji-hoon khen tiền đạo Marcos Silva; NSND Thu Hà và thủ môn Đặng Văn Lâm",
        ["Park Ji-hoon", "Marcos Silva", "Thu Hà", "Đặng Văn Lâm"]
    );
    per!(
        a_trade_then_where_one_comes_from,
        "HLV người Nhật Bản Kenji Mori dẫn dắt đội, tay vợt Hà Lan Tim Verhoeven thua; NSND LÊ THỊ HỒNG HÀ ĐẠO DIỄN",
        ["Kenji Mori", "Tim Verhoeven", "LÊ THỊ HỒNG HÀ"]
    );
    per!(
        an_abbreviated_title_with_its_full_stop_and_a_hyphenated_first_name,
        "Hôm qua, GS. Jean-Luc Moreau và TS. Trần Văn Hải gặp ông Lê Văn Hùng-Giám đốc Sở",
        ["Jean-Luc Moreau", "Trần Văn Hải", "Lê Văn Hùng"]
    );
    // A person named again by the given name alone, as a story goes on; not a word that
    // only spells like one ("miền Nam"), nor before a full name is read.
    per!(
        named_again_by_the_given_name,
        "Tâm nói trước. Công an bắt Lê Thị Minh Tâm ở miền Nam. Tâm khai, sau đó Tâm bỏ trốn; Thượng tá Trần Văn Nam cho biết miền Nam mưa, theo Thượng tá Nam, đã xong",
        [
            "Lê Thị Minh Tâm",
            "Tâm",
            "Tâm",
            "Trần Văn Nam",
            "Nam"
        ]
    );
    // A lawyer's name that begins with a head's word ("Đoàn" of "Sư đoàn") is a name.
    per!(
        a_name_after_a_form_of_address_ending_in_a_heads_first_word,
        "theo luật sư Đoàn Quốc Bảo, vụ án còn nhiều tình tiết",
        ["Đoàn Quốc Bảo"]
    );
    // In capitals a name is vouched for by the year of birth in brackets after it.
    per!(
        names_in_capitals_before_the_year_of_birth,
        "BẮT GIỮ 3 ĐỐI TƯỢNG, TRONG ĐÓ ĐINH QUỐC HÙNG (SN 1990) CẦM ĐẦU; TRƯỚC ĐÓ (2024) ĐÃ BẮT",
        ["ĐINH QUỐC HÙNG"]
    );
    // A word that opens a clause is a name said again only as a subject: "Toàn bộ",
    // "Thông tin" are words, "… miền Bắc và Nam." a region.
    per!(
        words_that_spell_a_given_name_are_not_one,
        "Ông Lê Văn Toàn, Giám đốc Sở Xây dựng, cho biết. Toàn bộ hồ sơ đã nộp. Bà Đào Thị Nam tới thăm miền Bắc và Nam. Nam cho biết thêm.",
        ["Lê Văn Toàn", "Đào Thị Nam", "Nam"]
    );
    // In capitals a given name that is also a function word or a headline's verb is a name
    // after a middle name.
    per!(
        given_names_in_capitals_that_are_also_words,
        "KHỞI TỐ LÊ VĂN TRỰC; ĐẠI TÁ TRẦN VĂN BÁO DỰ; ÔNG LỖ VĂN THÀNH ĐƯỢC BẦU",
        ["LÊ VĂN TRỰC", "TRẦN VĂN BÁO", "LỖ VĂN THÀNH"]
    );
    per!(
        clergy_and_a_place_that_reads_as_a_name,
        "Hòa thượng Thích Trí Quảng dự lễ; đoàn Khu tự trị dân tộc Choang Quảng Tây đến",
        ["Thích Trí Quảng"]
    );
}
