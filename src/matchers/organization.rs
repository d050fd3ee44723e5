//! Organizations, built rather than listed: a head from the lexicon, then what its type
//! takes — an administrative scope and place, a place name, another organization, a
//! capitalised name or a descriptive name. Canonical names expand abbreviations.

use super::{Candidate, Cx};
use crate::entity::{Force, Value};
use crate::keywords;
use crate::lexicon::{EntryKind, Level, OrgType};
use crate::normalize::tone;
use crate::token::TokenKind;

/// An organization found at some token.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgMatch {
    /// One past its last token.
    pub end: usize,
    /// Canonical name.
    pub name: String,
    /// The force it belongs to, if any.
    pub force: Option<Force>,
}

const MAX_DEPTH: usize = 3;

/// Every organization, leftmost-longest over the tokens.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < cx.n() {
        // (On a line in capitals, as in lower case, a head that closes a common word is
        // none: "CÁN BỘ CÔNG AN TỈNH …" holds no "BỘ CÔNG AN".)
        if !cx.starts(i, EntryKind::Org)
            || cx.caps(i) && keywords::ends_pair(keywords::HEADS_IN_COMPOUNDS, cx.a, i)
        {
            i += 1;
            continue;
        }
        if let Some(mut m) = org_at(cx, i, 0).filter(|m| {
            // A head in lower case counts only with the name it takes.
            cx.is_cap(i)
                || title_ends_at(cx, i) && !inside_title(cx, i)
                || lower_head_named(cx, i).is_none_or(|head_end| m.end > head_end)
        }) {
            // "Chánh Thanh tra Bộ X" is the post "Chánh Thanh tra" of the ministry: its
            // inspectorate's name, read from the post's second word, gives way to the body.
            if let Some(inner) = inspector_body(cx, i, m.end) {
                out.push(inner);
                i = m.end;
                continue;
            }
            if of_a_kind(cx, i, m.end) {
                i = m.end;
                continue;
            }
            // A channel's number glued to its broadcaster's short name: "VTV1", "VOV2".
            if m.end == i + 1
                && m.end < cx.n()
                && !cx.tok(m.end).space_before
                && cx.tok(m.end).kind == TokenKind::Number
                && cx.a.text(m.end).len() <= 2
                && (m.end + 1 >= cx.n()
                    || cx.tok(m.end + 1).space_before
                    || matches!(cx.tok(m.end + 1).kind, TokenKind::Punct | TokenKind::Break))
            {
                m.name = format!("{} {}", m.name, cx.a.text(m.end));
                m.end += 1;
            }
            // A hospital's or a school's department in lower case after its head's post
            // gives the hospital or the school: "Trưởng phòng Kế hoạch tổng hợp | Bệnh viện
            // Phụ sản Hà Nội", "Trưởng khoa Nội | Bệnh viện X".
            if let Some(inner) = (!cx.is_cap(i) && title_ends_at(cx, i))
                .then(|| housing_body(cx, i, m.end))
                .flatten()
            {
                out.push(inner);
                i = m.end;
                continue;
            }
            let end = regional_suffix(cx, m.end);
            if end > m.end + 1 {
                // "- Hồng Lĩnh": the dash is written with spaces around it.
                m.name.push_str(" -");
                append_tail(cx, m.end + 1, end, &mut m.name);
                m.end = end;
            }
            let mut c = Candidate::new(i, m.end, Value::Organization { name: m.name });
            c.force = m.force;
            out.push(c);
            i = m.end;
        } else {
            i += 1;
        }
    }
}

/// The hospital or the school that ends the organization at tokens `i..end`, where it
/// starts with a capital after its department's words: as a candidate.
fn housing_body(cx: &Cx<'_, '_>, i: usize, end: usize) -> Option<Candidate> {
    // (A department's word only, and its words up to the body plain words, as the post's
    // reading takes them: "phòng Tổ chức cán bộ" keeps the whole.)
    if !cx.a.is_any_word(i, keywords::DEPARTMENT_WORDS) {
        return None;
    }
    for k in i + 1..end {
        let housing = cx.is_cap_spaced(k)
            && cx.longest(k, EntryKind::Org).is_some_and(|(_, e)| {
                keywords::HOUSING_HEADS
                    .iter()
                    .any(|h| e.canonical.starts_with(h))
            });
        if housing {
            if let Some(m) = org_at(cx, k, 1).filter(|m| m.end == end) {
                let mut c = Candidate::new(k, m.end, Value::Organization { name: m.name });
                c.force = m.force;
                return Some(c);
            }
        }
        if cx.tok(k).kind != TokenKind::Word || cx.is_stop_word(k) {
            return None;
        }
    }
    None
}

/// Off a line in capitals or in lower case, the end of a head written in lower case at
/// `i` that names a body by the capitalised name or place after it, as comments and
/// hasty copy write them: "công an phường Đông Hòa", "trường mầm non Hoa Sen", "cty
/// Thuận Phát". Only a head of two words or more, or one written short ("cty", "clb",
/// "bv"): one plain word ("báo", "trường") is as often another word ("thông báo").
fn lower_head_named(cx: &Cx<'_, '_>, i: usize) -> Option<usize> {
    let t = cx.tok(i);
    if t.case != crate::token::Case::Lower || t.caps_line || t.kind != TokenKind::Word {
        return None;
    }
    let (h, e) = cx.longest(i, EntryKind::Org)?;
    let end = h.end as usize;
    let short = cx.a.is_any_word(i, keywords::SHORT_HEADS);
    // ("5 ca", "hai ca" count cases, not the police.)
    if i > 0
        && (cx.tok(i - 1).kind == TokenKind::Number || cx.tok(i - 1).tags & keywords::NUMBER != 0)
    {
        return None;
    }
    if !short && end - i < 2 {
        return None;
    }
    // A unit word and the place's name after a head that takes a scope or a name ("bệnh
    // viện đa khoa tỉnh Hà Tĩnh"); a name after one that takes one ("trung tâm", "ban
    // thường trực" are words, not heads, here). (Without diacritics two words before a
    // name are as often others: "su Doan" of "sư đoàn".)
    let scoped = || scope_unit(cx, end).is_some_and(|u| cx.is_cap_spaced(u));
    let named = match e.attrs.org_type {
        // (Not a place: "trung tâm TP.HCM" is the city's centre.)
        // (Nor a person's full name after it, "nhân viên ngân hàng Trần Thị Mai", nor a
        // country said like a name, "các ngân hàng Mỹ".)
        OrgType::Name => {
            scoped()
                || (short || t.marks || !t.plain_line)
                    && cx.is_cap_spaced(end)
                    && !cx.starts_phrase(end)
                    && !cx.starts(end, EntryKind::Place)
                    && !cx.starts(end, EntryKind::Unit)
                    && !(cx.is_surname(end)
                        && cx.is_cap_spaced(end + 1)
                        && (cx.a.is_any_word(end + 1, keywords::MIDDLE_NAMES)
                            || cx.is_cap_spaced(end + 2)))
                    && !cx.country_named_like_a_person(end)
        }
        OrgType::Scope | OrgType::Place => scoped(),
        // A whole name of the lexicon, its head in lower case and its own name capitalised:
        // "bệnh viện Bạch Mai" (the head ends at the first capital).
        OrgType::Fixed => {
            let first_cap = (i + 1..end).find(|&k| cx.is_cap(k));
            return first_cap.filter(|&c| end >= i + 3 && cx.capitalised(c, end));
        }
        _ => false,
    };
    named.then_some(end)
}

/// Whether the organization at tokens `i..end` names bodies of a kind, not one: its unit
/// word with no name, then another ("công an xã, phường", "đảng ủy xã, phường, đặc khu"),
/// or its bare name after a count ("34 Sở Y tế", not "ngày 5 Sở Y tế").
fn of_a_kind(cx: &Cx<'_, '_>, i: usize, end: usize) -> bool {
    // A unit word, then a comma or a conjunction and another.
    let listed = || {
        (cx.a.is_punct(end, ",") || cx.a.is_punct(end, "/") || cx.a.is_any_word(end, &["và", "hoặc"]))
            && cx.ends_at(end, EntryKind::Unit, 2)
            && scope_unit(cx, end + 1).is_some()
            // (Written alike: "Hội Phụ nữ tỉnh, Tỉnh đoàn" are two bodies; and with
            // diacritics: "va quan triet" is "và quán triệt".)
            && cx.tok(end - 1).case == cx.tok(end + 1).case
            && (cx.tok(end + 1).marks || !cx.tok(end + 1).plain_line)
    };
    // A count right before a bare name.
    let counted = || {
        i >= 1
            && cx.tok(i).space_before
            && cx.tok(i - 1).kind == TokenKind::Number
            && cx
                .a
                .text(i - 1)
                .parse::<u32>()
                .is_ok_and(|n| (2..=1000).contains(&n))
            && (i < 2
                || cx.tok(i - 1).space_before
                    && !cx.a.is_any_word(i - 2, COUNT_NOT_AFTER)
                    // (Nor a document's number: "Chỉ thị 35 Bộ Chính trị".)
                    && !cx.ends_at(i - 1, EntryKind::DocType, 3))
            && cx
                .hits
                .at(i)
                .iter()
                .any(|h| h.kind == EntryKind::Org && h.end as usize == end)
    };
    listed() || counted()
}

/// Words after which a number before a body is no count: a day, a month, a year, an
/// article, a clause or an ordinal ("ngày 5 Sở Y tế …", "lần thứ 11 Ban Chấp hành …").
const COUNT_NOT_AFTER: &[&str] = &[
    "ngày", "tháng", "năm", "lúc", "điều", "khoản", "số", "quý", "mồng", "khóa", "kỳ", "thứ", "lần",
];

/// The body after "Thanh tra" at token `i` when the post "Chánh Thanh tra" holds it and the
/// body ends where the inspectorate's name does (`end`).
fn inspector_body(cx: &Cx<'_, '_>, i: usize, end: usize) -> Option<Candidate> {
    let post = i >= 1
        && cx.a.is_word(i - 1, "chánh")
        && cx.a.is_word(i, "thanh")
        && cx.a.is_word(i + 1, "tra")
        && cx.tok(i).space_before;
    if !post {
        return None;
    }
    let m = org_at(cx, i + 2, 1).filter(|m| m.end == end)?;
    let mut c = Candidate::new(i + 2, m.end, Value::Organization { name: m.name });
    c.force = m.force;
    Some(c)
}

/// Where a regional body's name ends when its place follows its number: "Tòa án nhân dân
/// khu vực 4 - Cần Thơ", "Ban Chỉ huy Phòng thủ khu vực 2 - Hồng Lĩnh" (the form of the
/// 2025 reform). `end` is the end of the name up to its number.
fn regional_suffix(cx: &Cx<'_, '_>, end: usize) -> usize {
    // (The cheap tests of the token after the name first: most names end at no dash.)
    if !cx.a.is_dash(end) || !cx.tok(end).space_before || !cx.is_cap_spaced(end + 1) {
        return end;
    }
    // ("khu vực" or an abbreviation of a name ending in it: "Ban CHPTKV 2 - Diễn Châu".)
    let numbered = end >= 3
        && cx.tok(end - 1).kind == TokenKind::Number
        && (cx.a.is_word(end - 2, "vực") && cx.a.is_word(end - 3, "khu")
            || cx.longest(end - 2, EntryKind::Abbr).is_some_and(|(h, e)| {
                h.end as usize == end - 1 && e.canonical.ends_with("khu vực")
            }));
    // Or a region named by its two places: "Chi cục Thuế khu vực Đầm Dơi - Cái Nước".
    let placed = (1..=3).any(|b| {
        end >= b + 2
            && cx.a.is_word(end - b - 1, "vực")
            && cx.a.is_word(end - b - 2, "khu")
            && cx
                .longest(end - b, EntryKind::Place)
                .is_some_and(|(p, _)| p.end as usize == end)
    });
    if !(numbered || placed) {
        return end;
    }
    if placed {
        // Only a known place after the dash.
        return cx
            .longest(end + 1, EntryKind::Place)
            .map_or(end, |(p, _)| p.end as usize);
    }
    let k = end + 1;
    match cx.longest(k, EntryKind::Place) {
        Some((h, _)) => h.end as usize,
        // An unknown name: a run of capitalised words, which a line in capitals cannot
        // bound (there `cap_run` finds none).
        None if cx.is_surname(k) => end,
        None => match cx.cap_run(k, 3) {
            e if e > k => e,
            _ => end,
        },
    }
}

/// The organization starting at token `i`, if one does.
pub fn org_at(cx: &Cx<'_, '_>, i: usize, depth: usize) -> Option<OrgMatch> {
    if depth > MAX_DEPTH || i >= cx.n() || !cx.starts(i, EntryKind::Org) {
        return None;
    }
    // Organizations are capitalised, except right after a post: "Trưởng ban Dân vận"; but
    // not from a post's own last word ("ban" of "Phó Trưởng ban Hoằng pháp").
    if !(cx.is_cap(i)
        || depth == 0 && title_ends_at(cx, i) && !inside_title(cx, i)
        || depth == 0 && lower_head_named(cx, i).is_some())
    {
        return None;
    }
    // After a form of address comes a name, not an organization ("đồng chí Vũ Anh Đức"
    // written without diacritics looks like "Vụ"); but a head of two words or more that
    // no surname starts is one ("các anh công an xã X").
    if cx.ends_at(i, EntryKind::Honorific, 3)
        && (cx.is_surname(i)
            || cx
                .longest(i, EntryKind::Org)
                .is_none_or(|(h, _)| h.end - h.start < 2))
    {
        return None;
    }
    // A body named by a code alone ("C03", "A05") is one after a post, in brackets after
    // its name, or as the subject of a clause, a verb in lower case after it ("…, cho biết
    // C03 đã khởi tố"): else it is a room, a mark or a formula ("Căn hộ A05", "khí C02").
    let subject = || {
        // (Not in a list of codes: "tổ hợp C03, C04 và D01".)
        let listed = i >= 3
            && cx.a.is_punct(i - 1, ",")
            && cx.tok(i - 2).kind == TokenKind::Number
            && !cx.tok(i - 2).space_before
            && cx.a.text(i - 3).len() == 1
            && cx.tok(i - 3).case == crate::token::Case::Upper;
        let opens = i == 0
            || matches!(cx.tok(i - 1).kind, TokenKind::Punct | TokenKind::Break) && !listed
            || cx.is_stop_word(i - 1)
            || cx.a.is_any_word(i - 1, &["biết", "rằng"]);
        let e = cx
            .longest(i, EntryKind::Org)
            .map_or(i + 1, |(h, _)| h.end as usize);
        opens
            && cx.tok(e).kind == TokenKind::Word
            && cx.tok(e).case == crate::token::Case::Lower
            && !cx.a.is_any_word(e, &["và", "hoặc"])
    };
    if cx
        .longest(i, EntryKind::Org)
        .is_some_and(|(_, e)| e.surface.len() <= 4 && is_code(&e.surface))
        && !(title_ends_at(cx, i) || i > 0 && cx.a.is_punct(i - 1, "(") || subject())
    {
        return None;
    }
    // Nor from a post's head word where a longer post holds it and the body of that head
    // follows: "Phó Trưởng Ban Thường trực | Ban Tổ chức Trung ương". (Not "Chánh Văn phòng
    // | Bộ Công an", where the office is the post's.)
    if (1..=4).filter(|&b| i >= b).any(|b| {
        cx.longest(i - b, EntryKind::Title).is_some_and(|(t, _)| {
            let e = t.end as usize;
            e > i + 1
                && cx.starts(e, EntryKind::Org)
                && cx.is_cap(e)
                && cx.a.fold(e) == cx.a.fold(i)
        })
    }) {
        return None;
    }
    // Nor as the given name after a surname and a middle name: "Trần Văn Báo Công an tỉnh"
    // (a name, not the newspaper); written without diacritics, after any second name that
    // a rank or a form of address opens ("Trung uy Dang Quoc Bao Cong an xa").
    // (Only before a body and its unit word, which the head would join: "Báo" + "Công an
    // tỉnh"; not "Nguyễn Văn Báo Tuổi trẻ", "Lê Thị Hội Phụ nữ xã".)
    if i >= 2
        && cx
            .longest(i, EntryKind::Org)
            .is_some_and(|(h, _)| h.end as usize == i + 1)
        && cx.longest(i + 1, EntryKind::Org).is_some_and(|(h, e)| {
            e.attrs.org_type == OrgType::Scope && cx.starts(h.end as usize, EntryKind::Unit)
        })
        && cx.is_surname(i - 2)
        && cx.is_cap(i - 2)
        && cx.is_cap(i - 1)
        && (cx.a.is_any_word(i - 1, crate::keywords::MIDDLE_NAMES)
            || !cx.tok(i).marks
                && cx.tok(i).plain_line
                && (cx.ends_at(i - 2, EntryKind::Rank, 3)
                    || cx.ends_at(i - 2, EntryKind::Honorific, 2)))
    {
        return None;
    }
    // Nor inside a form of address: "sư Đoàn" of "Luật sư Đoàn Minh Khoa" is no division.
    // (Without diacritics the form is as likely a word across the two: "dai dien Vien KSND"
    // is "đại diện Viện", not "diễn viên".)
    if (cx.tok(i).marks || !cx.tok(i).plain_line)
        && (1..=2).filter(|&b| i >= b).any(|b| {
            cx.longest(i - b, EntryKind::Honorific)
                .is_some_and(|(h, _)| h.end as usize > i)
        })
    {
        return None;
    }
    // A longer title here ("Thành ủy viên") is a post, not the organization inside it.
    let title_end = cx.longest(i, EntryKind::Title).map_or(0, |(t, _)| t.end);
    // So is a phrase that only looks like one ("Ban tổ chức"), unless a longer name holds it.
    let stop_end = cx.longest(i, EntryKind::Stop).map_or(0, |(t, _)| t.end);
    // Where a longer head that wants a name ended without one: a shorter head does not
    // read its words as its name ("Ban" + "Chỉ huy" of "Ban Chỉ huy Phòng thủ khu vực").
    let mut nameless_end = 0;
    for h in cx.hits.at(i) {
        let e = cx.entry(*h);
        if e.kind != EntryKind::Org || h.end < title_end || h.end <= stop_end {
            continue;
        }
        // On a line in capitals a one-word name or desc head ("TRƯỜNG", "VỤ") is as likely
        // an ordinary word ("trường hợp", "vụ việc").
        let one_word = h.end - h.start == 1;
        // A unit named by its code: "Cục C06", "Phòng PC04", "CỤC C04 BỘ CÔNG AN", with the
        // body it belongs to.
        if matches!(e.attrs.org_type, OrgType::Name | OrgType::Desc) {
            if let Some(s) = unit_code(cx, h.end as usize) {
                let mut name = name_from(&e.canonical);
                append_tail(cx, h.end as usize, s, &mut name);
                if let Some(inner) = org_at(cx, s, depth + 1) {
                    return Some(joined(name, e.attrs.force, inner));
                }
                return Some(OrgMatch {
                    end: s,
                    name,
                    force: e.attrs.force,
                });
            }
        }
        // (A field written short says where it ends: "ĐỘI CSGT SỐ 1 …". A head that is
        // no syllable is an abbreviation, "CTCP", "TCT": it names what follows.)
        if cx.caps(i)
            && one_word
            && crate::normalize::is_syllable(cx.a.fold(i))
            && matches!(e.attrs.org_type, OrgType::Name | OrgType::Desc)
            && !(e.attrs.org_type == OrgType::Desc && desc_run(cx, h.end as usize) > h.end as usize)
        {
            // Only a known place makes it a name there: "BÁO HẬU GIANG".
            if let (OrgType::Name, Some((p, _))) = (
                e.attrs.org_type,
                cx.longest(h.end as usize, EntryKind::Place),
            ) {
                let end = p.end as usize;
                let mut name = name_from(&e.canonical);
                append_tail(cx, h.end as usize, end, &mut name);
                return Some(OrgMatch {
                    end,
                    name,
                    force: e.attrs.force,
                });
            }
            continue;
        }
        // Without diacritics a one-word head may be a surname before a name: "Vu Duc
        // Trung" is Vũ, not "Vụ".
        if one_word
            && !cx.tok(i).marks
            && cx.tok(i).plain_line
            && cx.is_surname(i)
            && cx.is_cap_spaced(i + 1)
            && cx.is_cap_spaced(i + 2)
            // (Names are syllables: "Doi CSGT so 3" is a team. And capitalised as written,
            // not read so on a line in lower case.)
            && crate::normalize::is_syllable(cx.a.fold(i + 1))
            && (i..i + 3).all(|k| cx.a.text(k).starts_with(|c: char| c.is_uppercase()))
        {
            continue;
        }
        // A one-word head that begins a known place ("Hội An", "Trường Sa"), names a unit
        // ("đường Trường Chinh") or stands in a landmark's name ("cầu Trường Tiền") is a
        // word of that name.
        if cx.head_begins_place(*h)
            || one_word
                && matches!(e.attrs.org_type, OrgType::Name | OrgType::Desc)
                // (An administrative or street unit word before it.)
                && (cx.ends_at(i, EntryKind::Unit, 3) || cx.after_landmark(i))
        {
            continue;
        }
        let head_end = h.end as usize;
        // (The name is copied only where a match is made: most heads tried are not one.)
        let force = e.attrs.force;
        let end = match e.attrs.org_type {
            OrgType::Fixed => {
                // A department and its ministry: "Cục An ninh điều tra Bộ Công an".
                // (The token after the head first: most heads have no name after them.)
                let department = || {
                    keywords::DEPARTMENT_HEADS.iter().any(|h| {
                        e.canonical
                            .strip_prefix(h)
                            .is_some_and(|r| r.starts_with(' '))
                    })
                };
                // (Or of a general department: "Cục Tuyên huấn Tổng cục Chính trị".)
                if cx.is_cap_spaced(head_end) && department() {
                    if let Some(inner) = org_at(cx, head_end, depth + 1)
                        .filter(|m| m.name.starts_with("Bộ ") || m.name.starts_with("Tổng cục "))
                    {
                        return Some(joined(name_from(&e.canonical), force, inner));
                    }
                }
                // One of several numbered alike: "Trung tâm Dữ liệu quốc gia số 1" (not a
                // document's number, "Bộ Y tế số 12/QĐ-BYT").
                let numbered = cx.a.is_word(head_end, "số")
                    && cx.tok(head_end).space_before
                    && head_end + 1 < cx.n()
                    && cx.tok(head_end + 1).kind == TokenKind::Number
                    && cx.tok(head_end + 1).space_before
                    && cx.a.text(head_end + 1).len() <= 2
                    && !(head_end + 2 < cx.n()
                        && !cx.tok(head_end + 2).space_before
                        && matches!(cx.a.fold(head_end + 2), "/" | "-" | "." | ","))
                    // (Nor an address, "số 8 Phạm Hùng", nor a count, "số 3 vụ việc": the
                    // clause ends or a function word follows.)
                    && (head_end + 2 >= cx.n()
                        || cx.tok(head_end + 2).kind != TokenKind::Word
                        || cx.is_stop_word(head_end + 2));
                if numbered && (department() || e.canonical.starts_with("Trung tâm ")) {
                    head_end + 2
                } else {
                    head_end
                }
            }
            OrgType::Scope => {
                let s = scope_at(cx, head_end);
                if s == head_end {
                    // A division followed by the body it belongs to: "Phòng Cảnh sát giao
                    // thông Công an tỉnh Quảng Ninh".
                    // (Also of a head that is no body alone: "Đội CSGT - Trật tự Công an
                    // phường X", "Thanh tra Bộ Xây dựng".)
                    let division = head_end - i >= 2;
                    if let Some(inner) = division.then(|| org_at(cx, head_end, depth + 1)).flatten()
                    {
                        return Some(joined(name_from(&e.canonical), force, inner));
                    }
                    if !e.attrs.bare {
                        // A body abroad: "Hải quân Mỹ" (its country named like a person).
                        let c = country_after(cx, head_end);
                        if c == head_end {
                            continue;
                        }
                        let mut name = name_from(&e.canonical);
                        append_tail(cx, head_end, c, &mut name);
                        return Some(OrgMatch {
                            end: abroad_after(cx, &e.canonical, c),
                            name,
                            force,
                        });
                    }
                }
                s
            }
            OrgType::Place => {
                let mut p = place_name_at(cx, head_end);
                // A body of a village, named with it: "Chi bộ thôn Khuổi Nạc".
                if p == head_end && e.attrs.level == Level::Village && cx.tok(head_end).space_before
                {
                    if let Some((u, _)) = cx
                        .longest(head_end, EntryKind::Unit)
                        .filter(|(_, u)| u.attrs.level == Level::Village)
                    {
                        p = place_after_unit(cx, u.end as usize, true);
                        if p == u.end as usize {
                            p = head_end;
                        }
                    }
                }
                // Without a place, the body it is the Party committee of: "Đảng ủy Công an
                // tỉnh", "Đảng ủy Quân sự tỉnh Gia Lai"; also a body longer than the place
                // read there ("Dang uy Quan khu 7": "Quan" is "quận" without diacritics).
                if (p == head_end || cx.starts(head_end, EntryKind::Org))
                    && cx.is_cap_spaced(head_end)
                {
                    if let Some(inner) =
                        org_at(cx, head_end, depth + 1).filter(|m| p == head_end || m.end > p)
                    {
                        return Some(joined(name_from(&e.canonical), force, inner));
                    }
                }
                p
            }
            OrgType::Of => {
                let branch = keywords::BRANCH_HEADS.contains(&e.canonical.as_str());
                if let Some(inner) = org_at(cx, head_end, depth + 1) {
                    let mut m = joined(name_from(&e.canonical), force, inner);
                    // A bank's branch names where it is after the bank: "Chi nhánh Ngân hàng
                    // TMCP Công Thương Việt Nam tỉnh Quảng Ninh", "… Việt Nam Nghệ An".
                    if branch && m.end < cx.n() && cx.tok(m.end).space_before {
                        let at = m.end;
                        let end = if cx.starts(at, EntryKind::Unit) {
                            scope_at(cx, at)
                        } else if cx.is_cap_spaced(at) {
                            cx.longest(at, EntryKind::Place)
                                .filter(|(_, p)| p.attrs.unit.as_deref() != Some("quốc gia"))
                                .map_or(at, |(h, _)| h.end as usize)
                        } else {
                            at
                        };
                        append_tail(cx, at, end, &mut m.name);
                        m.end = end;
                    }
                    return Some(m);
                }
                // (A branch without its bank is the bank's named before it: "Agribank Chi
                // nhánh Nghệ An".)
                if branch {
                    continue;
                }
                // An office described in lower case, then its body: "Văn phòng tư vấn pháp
                // luật LĐLĐ tỉnh X".
                if let Some(m) = described_then_body(cx, i, head_end, &e.canonical, force, depth) {
                    return Some(m);
                }
                // Without the body it belongs to, "Ban Tổ chức" is any organizing committee;
                // a head that names one body wherever it stands ("Cơ quan Cảnh sát điều
                // tra") is that body, where capitalised.
                let s = scope_at(cx, head_end);
                if s == head_end && !(e.attrs.bare && cx.tok(i).initial_upper) {
                    continue;
                }
                s
            }
            OrgType::Name | OrgType::Desc => {
                let s = if e.attrs.org_type == OrgType::Name {
                    match described_name(cx, &e.canonical, head_end) {
                        Some(s) => s,
                        None => name_run(cx, head_end),
                    }
                } else {
                    desc_run(cx, head_end)
                };
                let s = holder_after(cx, i, head_end, s);
                // A description in lower case, then the body it belongs to: "Đội vận động
                // quần chúng Đồn Biên phòng Mường Lạn".
                // (Of a team or a division: a "Tổ công tác" is a working party, a "Hội thao"
                // a contest.)
                // (Not without diacritics: "phong vien" is a reporter, "phóng viên".)
                if s == head_end && e.attrs.org_type == OrgType::Desc {
                    if let Some(m) =
                        described_then_body(cx, i, head_end, &e.canonical, force, depth)
                    {
                        return Some(m);
                    }
                }
                // A school named by the commune or province it serves: "Trường Tiểu học xã
                // X", "Trường Phổ thông Dân tộc nội trú tỉnh Y" (a head of three words or
                // more: "Trung tâm tỉnh" is the province's centre).
                let s = if s == head_end && e.attrs.org_type == OrgType::Name && head_end - i >= 3 {
                    scope_at(cx, head_end)
                } else {
                    s
                };
                if s == head_end {
                    // A club or a company named after another body: "Câu lạc bộ Công an Hà
                    // Nội", with the name as written.
                    // (Not a head that reads as a post: "Truong Cong an xa" is its chief.)
                    if e.attrs.org_type == OrgType::Name
                        && cx.is_cap_spaced(head_end)
                        && !cx.starts(i, EntryKind::Title)
                    {
                        if let Some(inner) = org_at(cx, head_end, depth + 1) {
                            // A brand goes on with the company's own name: "Công ty TNHH
                            // Samsung Electronics Việt Nam Thái Nguyên" (not a person's).
                            let brand = keywords::COMPANY_HEADS
                                .iter()
                                .any(|h| e.canonical.starts_with(h))
                                && cx.is_cap_spaced(inner.end)
                                && !cx.caps(inner.end)
                                && !cx.is_surname(inner.end);
                            let end = if brand {
                                name_run(cx, inner.end).max(inner.end)
                            } else {
                                inner.end
                            };
                            let mut name = name_from(&e.canonical);
                            append_tail(cx, head_end, end, &mut name);
                            return Some(OrgMatch { end, name, force });
                        }
                    }
                    nameless_end = head_end;
                    continue;
                }
                // The body the named one belongs to: "Ban Chỉ đạo 35 Quân ủy Trung ương",
                // "Ban Dân vận Thành ủy".
                if let Some(inner) = org_at(cx, s, depth + 1) {
                    let mut name = name_from(&e.canonical);
                    append_tail(cx, head_end, s, &mut name);
                    return Some(joined(name, force, inner));
                }
                let end = scope_at(cx, s);
                if end <= nameless_end {
                    continue;
                }
                end
            }
        };
        // A head of bodies abroad only: its name ends with its country, or it is none
        // ("Bộ Việc làm và Lao động Hàn Quốc"; not "Bộ Luật Dân sự").
        let end = if e.attrs.abroad {
            match (end > head_end).then(|| abroad_end(cx, head_end)).flatten() {
                Some(end) => end,
                None => continue,
            }
        } else {
            end
        };
        // A foreign body names its country after it: "Bộ Ngoại giao Trung Quốc".
        let end = abroad_after(cx, &e.canonical, country_after(cx, end));
        let end = joint_stock_after(cx, end);
        let mut name = name_from(&e.canonical);
        append_tail(cx, head_end, end, &mut name);
        return Some(OrgMatch { end, name, force });
    }
    None
}

/// The most words of a description in lower case between a head and its body.
const MAX_LOWER_DESC: usize = 4;

/// The head `canonical` at tokens `i..head_end`, one of [`keywords::DESCRIBED_HEADS`], its
/// description in lower case and the body it belongs to, as one organization (not on a line
/// without diacritics, where "phong vien" is a reporter, "phóng viên").
fn described_then_body(
    cx: &Cx<'_, '_>,
    i: usize,
    head_end: usize,
    canonical: &str,
    force: Option<Force>,
    depth: usize,
) -> Option<OrgMatch> {
    if !keywords::DESCRIBED_HEADS.contains(&canonical) || cx.tok(i).plain_line && !cx.tok(i).marks {
        return None;
    }
    let (k, inner) = lower_desc_then_body(cx, head_end, depth)?;
    let mut name = name_from(canonical);
    append_tail(cx, head_end, k, &mut name);
    Some(joined(name, force, inner))
}

/// A club's sport in lower case, then its name ("CLB bóng chuyền nữ LPBank Ninh Bình"):
/// where the name ends, for a head of [`keywords::DESCRIBED_NAME_HEADS`].
fn described_name(cx: &Cx<'_, '_>, canonical: &str, j: usize) -> Option<usize> {
    if !keywords::DESCRIBED_NAME_HEADS.contains(&canonical)
        || cx.is_cap(j)
        || !keywords::SPORTS.iter().any(|w| cx.a.is_word(j, w))
    {
        return None;
    }
    let k = (j..(j + 4).min(cx.n())).find(|&m| {
        let t = cx.tok(m);
        t.kind != TokenKind::Word
            || !t.space_before
            || t.case != crate::token::Case::Lower
            || cx.is_stop_word(m)
            || cx.starts_phrase(m)
    })?;
    if k == j || !cx.is_cap_spaced(k) {
        return None;
    }
    // (Named after a sponsor or another body, with its place: "LPBank Ninh Bình", "Công an
    // Hà Nội".)
    // (Capitalised words only: "CLB cầu lông Hòa Phát đạt 3 …" stops at the verb.)
    let e = if cx.starts(k, EntryKind::Org) {
        let m = org_at(cx, k, MAX_DEPTH)?;
        cx.cap_run(m.end, 4).max(m.end)
    } else if cx.starts_phrase(k) {
        return None;
    } else {
        cx.cap_run(k, 5)
    };
    (e > k).then_some(e)
}

/// After a head at `j`: words in lower case (no function word, no phrase of the lexicon),
/// then a capitalised organization, with where the words end.
fn lower_desc_then_body(cx: &Cx<'_, '_>, j: usize, depth: usize) -> Option<(usize, OrgMatch)> {
    for k in j + 1..=(j + MAX_LOWER_DESC).min(cx.n()) {
        let m = k - 1;
        let t = cx.tok(m);
        if t.kind != TokenKind::Word
            || !t.space_before
            || t.case != crate::token::Case::Lower
            || cx.is_stop_word(m)
            || cx.starts_phrase(m)
        {
            return None;
        }
        if cx.is_cap_spaced(k) && cx.starts(k, EntryKind::Org) {
            return org_at(cx, k, depth + 1).map(|inner| (k, inner));
        }
    }
    None
}

/// Past the form of a state group or corporation turned joint-stock, after its name and a
/// dash: "Tổng Công ty Khí Việt Nam - CTCP", "Tập đoàn X - Công ty Cổ phần".
fn joint_stock_after(cx: &Cx<'_, '_>, end: usize) -> usize {
    if !(cx.a.is_dash(end) && cx.tok(end).space_before) {
        return end;
    }
    let k = end + 1;
    if cx.a.fold(k) == "ctcp" {
        return k + 1;
    }
    if cx.a.is_word(k, "công") && cx.a.is_word(k + 1, "ty") {
        if cx.a.fold(k + 2) == "cp" {
            return k + 3;
        }
        if cx.a.is_word(k + 2, "cổ") && cx.a.is_word(k + 3, "phần") {
            return k + 4;
        }
    }
    end
}

/// Past what follows a name ending at `end` that names the other side abroad: a second
/// country after a dash ("Hội Hữu nghị Việt Nam - Nhật Bản"), or where a mission serves
/// ("Đại sứ quán Việt Nam tại Nhật Bản"). `head` is the name's head, canonical.
fn abroad_after(cx: &Cx<'_, '_>, head: &str, end: usize) -> usize {
    // (The cheap tests of the token after the name first: most names end at neither.)
    let dash = cx.a.is_dash(end) && cx.tok(end).space_before && cx.is_cap_spaced(end + 1);
    let country_ends = || {
        (1..=4).any(|b| {
            end >= b
                && cx
                    .country_at(end - b)
                    .is_some_and(|(h, _)| h.end as usize == end)
        })
    };
    if dash && country_ends() {
        if let Some((h, _)) = cx.country_at(end + 1) {
            return h.end as usize;
        }
        if cx.country_named_like_a_person(end + 1) {
            return end + 2;
        }
    }
    if cx.a.is_any_word(end, &["tại"]) && cx.is_cap(end + 1) && keywords::MISSIONS.contains(&head)
    {
        if let Some((h, _)) = cx.longest(end + 1, EntryKind::Place) {
            return h.end as usize;
        }
        if cx.country_named_like_a_person(end + 1) {
            return end + 2;
        }
        // A body the mission is at ("tại Liên hợp quốc"), or a city the lexicon does not
        // know ("tại Houston"), but a person's name.
        if let Some((h, _)) = cx.longest(end + 1, EntryKind::Org) {
            return h.end as usize;
        }
        // (A city with its unit word: "tại TP Hồ Chí Minh".)
        if let Some((u, _)) = cx.longest(end + 1, EntryKind::Unit) {
            if let Some((p, _)) = cx.longest(u.end as usize, EntryKind::Place) {
                return p.end as usize;
            }
        }
        // (Up to a person's name or a country after the city: "tại Houston Phạm Bình Đàm",
        // "tại Khon Kaen Thái Lan".)
        let mut run = end + 1;
        while run < end + 4
            && cx.is_cap_spaced(run)
            && (run == end + 1
                || !(cx.starts(run, EntryKind::Place)
                    || cx.is_surname(run) && cx.is_cap_spaced(run + 1)))
        {
            run += 1;
        }
        if run > end + 1 && !(cx.is_surname(end + 1) && cx.is_cap_spaced(end + 2)) {
            return run;
        }
    }
    end
}

/// Past a country's name written right after an organization's (`end` if none).
pub(crate) fn country_after(cx: &Cx<'_, '_>, end: usize) -> usize {
    if !cx.is_cap_spaced(end) {
        return end;
    }
    if let Some((h, _)) = cx.country_at(end) {
        return h.end as usize;
    }
    // Countries named like people are no bare places, but after a body they are its
    // country: "Chính phủ Đức" (not before a name: "Bộ Công an Anh Tuấn …", but before a
    // foreign one: "Bộ Ngoại giao Đức Anna Richter").
    if cx.country_named_like_a_person(end)
        && (!cx.is_cap_spaced(end + 1) || foreign_name_at(cx, end + 1))
    {
        end + 1
    } else {
        end
    }
}

/// Where the name of a body abroad that runs from `head_end` (its head's end) ends with its
/// country: its fields may be joined by commas and "và" ("Bộ Đất đai, Hạ tầng, Giao thông
/// và Du lịch Nhật Bản").
pub(crate) fn abroad_end(cx: &Cx<'_, '_>, head_end: usize) -> Option<usize> {
    // (Its head capitalised as written, not by the pass over lower case, and not a set, a
    // code or a pair: "Bộ Luật Dân sự Pháp", "bộ đồ chơi lego đan mạch", "bo nhiem lam
    // dai su …".)
    if head_end == 0
        || !cx
            .a
            .text(head_end - 1)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        || keywords::NOT_MINISTRY_FIELDS.contains(&cx.a.fold(head_end))
    {
        return None;
    }
    // (Each field opens with a capital; its later words may be in lower case: "Việc làm".)
    let mut opens = true;
    for k in head_end..(head_end + 14).min(cx.n()) {
        if cx.a.is_punct(k, ",") || cx.a.is_word(k, "và") {
            if opens {
                return None;
            }
            opens = true;
        } else if cx.tok(k).is_word() && cx.tok(k).space_before {
            if opens && !cx.is_cap(k) {
                return None;
            }
            if k > head_end && cx.is_cap(k) {
                if let Some((h, _)) = cx.country_at(k) {
                    return Some(h.end as usize);
                }
            }
            opens = false;
        } else {
            return None;
        }
    }
    None
}

/// Whether a capitalised run at `k` holds a word no Vietnamese syllable spells: a foreign
/// name ("Anna Richter").
fn foreign_name_at(cx: &Cx<'_, '_>, k: usize) -> bool {
    let end = cx.cap_run(k, 4);
    (k..end).any(|m| cx.tok(m).is_word() && !crate::normalize::is_syllable(cx.a.fold(m)))
}

/// A head's name joined with the organization it takes ("Ban Thường vụ" + "Tỉnh ủy").
/// A copy of an organization's canonical name with room for what is appended to it (its
/// place, the body it belongs to): one allocation instead of a copy then a reallocation.
fn name_from(canonical: &str) -> String {
    /// Room for a place or a body's name of a few words.
    const ROOM: usize = 48;
    let mut name = String::with_capacity(canonical.len() + ROOM);
    name.push_str(canonical);
    name
}

fn joined(mut name: String, force: Option<Force>, inner: OrgMatch) -> OrgMatch {
    name.push(' ');
    name.push_str(&inner.name);
    OrgMatch {
        end: inner.end,
        name,
        force: force.or(inner.force),
    }
}

/// Whether a title ends right before token `i`.
/// Where a name read from `from` to `end` for the organization at `i` ends when the post
/// right before the organization has its holder named after it: "Tổng Giám đốc Ngân hàng
/// TMCP Hưng Thịnh Vũ Hải Lâm" is the bank, then "Vũ Hải Lâm". The holder is the last
/// three or four capitalised words, from a surname, none starting a known place of two
/// words or more ("… Phương Nam Sài Gòn" is a name), with a word or more of the name
/// before.
fn holder_after(cx: &Cx<'_, '_>, i: usize, from: usize, end: usize) -> usize {
    // (A post ending at the organization, or one holding its head: "Chủ tịch Tập đoàn".)
    let post = (1..=5).filter(|&b| i >= b).find(|&b| {
        cx.longest(i - b, EntryKind::Title)
            .is_some_and(|(t, _)| t.end as usize >= i)
    });
    // (Not without diacritics, where many syllables read as surnames.)
    let Some(b) = post else { return end };
    if end < from + 4 || cx.caps(i) || cx.tok(from).plain_line || named_before(cx, i - b) {
        return end;
    }
    // (A name with its middle name first: "HTX Ngư Lộc Lê Văn Thắng" is "Lê Văn Thắng",
    // though "Lộc" is a surname too.)
    let middle = |m: usize| cx.a.is_any_word(m + 1, crate::keywords::MIDDLE_NAMES);
    let at = |m: &usize| *m > from && full_name_at(cx, *m, end);
    (end.saturating_sub(4)..=end - 3)
        .filter(at)
        .find(|&m| middle(m))
        .or_else(|| (end.saturating_sub(4)..=end - 3).find(at))
        .unwrap_or(end)
}

/// Whether tokens `m..end` read as a person's full name: a surname, then capitalised words,
/// none starting a known place of two words or more ("… Phương Nam Sài Gòn" is a name).
fn full_name_at(cx: &Cx<'_, '_>, m: usize, end: usize) -> bool {
    cx.is_surname(m)
        && (m..end).all(|k| {
            cx.is_cap_spaced(k)
                && cx
                    .longest(k, EntryKind::Place)
                    .is_none_or(|(p, _)| p.end - p.start < 2)
        })
}

/// Whether the post at token `p` stands after a comma that follows a person's name, or
/// the brackets after one: "Nguyễn Hữu Lộc (SN 1985), Giám đốc Công ty …" names its holder
/// before it, so the capitalised words after the company are the company's.
fn named_before(cx: &Cx<'_, '_>, p: usize) -> bool {
    if p < 2 || !cx.a.is_punct(p - 1, ",") {
        return false;
    }
    let c = p - 1;
    cx.a.is_punct(c - 1, ")")
        || (2..=4)
            .filter(|&b| c >= b)
            .any(|b| full_name_at(cx, c - b, c))
}

/// Whether token `i` is inside a post that starts before it.
/// Whether `s` is a code: one capital letter and digits ("C03", "A05").
fn is_code(s: &str) -> bool {
    let mut b = s.bytes();
    b.next().is_some_and(|c| c.is_ascii_uppercase())
        && b.len() >= 2
        && b.all(|c| c.is_ascii_digit())
}

fn inside_title(cx: &Cx<'_, '_>, i: usize) -> bool {
    (1..=4).filter(|&b| i >= b).any(|b| {
        cx.longest(i - b, EntryKind::Title)
            .is_some_and(|(t, _)| t.end as usize > i)
    })
}

fn title_ends_at(cx: &Cx<'_, '_>, i: usize) -> bool {
    cx.ends_at(i, EntryKind::Title, 5)
}

/// Appends tokens `start..end` to a canonical name: abbreviations expanded, unit words in
/// full, places canonical, the rest as written in the official tone placement.
fn append_tail(cx: &Cx<'_, '_>, start: usize, end: usize, name: &mut String) {
    let mut i = start;
    while i < end {
        if i > start && !cx.tok(i).space_before {
            // glued punctuation ("PT&TH") stays glued
        } else {
            name.push(' ');
        }
        // A commune's name longer than a known place it begins with ("xã vĩnh thạnh
        // trung"), as the lexicon writes it.
        let place = cx.longest(i, EntryKind::Place);
        if cx.after_commune_unit(i) {
            let place_end = place.map_or(i, |(h, _)| h.end as usize);
            if let Some((e, commune)) = crate::communes::communes()
                .name_at(cx.a, i, end)
                .filter(|&(e, _)| e > place_end)
            {
                name.push_str(&tone::old_style(commune));
                i = e;
                continue;
            }
        }
        if let Some((h, _)) = place {
            if (h.end as usize) <= end {
                name.push_str(&cx.place_name(i, h.end as usize));
                i = h.end as usize;
                continue;
            }
        }
        if let Some((h, e)) = cx.longest(i, EntryKind::Abbr) {
            let t = cx.tok(i);
            if h.end as usize == i + 1
                && t.case != crate::token::Case::Lower
                && (h.end as usize) <= end
            {
                name.push_str(&e.canonical);
                i += 1;
                continue;
            }
        }
        // (A word that only names a place of the lexicon is written as the name writes it:
        // "Hội Liên hiệp Phụ nữ Thủ đô Hà Nội".)
        if let Some((h, e)) = cx
            .longest(i, EntryKind::Unit)
            .filter(|(_, u)| !u.attrs.known)
        {
            if (h.end as usize) <= end {
                name.push_str(&e.canonical);
                i = h.end as usize;
                continue;
            }
        }
        // "SỐ 3" of a name in capitals is "số 3".
        if cx.caps(i) && cx.a.is_word(i, "số") && cx.tok(i + 1).kind == TokenKind::Number {
            name.push_str("số");
        } else {
            name.push_str(&tone::old_style(cx.a.text(i)));
        }
        i += 1;
    }
}

/// Whether a unit word of a level that scopes organizations starts at `j`.
fn scope_unit(cx: &Cx<'_, '_>, j: usize) -> Option<usize> {
    let (h, e) = cx.longest(j, EntryKind::Unit)?;
    let end = h.end as usize;
    // "xã hội" (society) holds no commune ("xã Hội Sơn" does).
    if end < cx.n()
        && cx.tok(end).case == crate::token::Case::Lower
        && keywords::ends_pair(keywords::UNIT_OPENS_COMPOUND, cx.a, end)
    {
        return None;
    }
    (matches!(
        e.attrs.level,
        Level::Province | Level::District | Level::Commune
    ) && !e.attrs.known)
        .then_some(end)
}

/// Whether a commune-level unit word ("xã", "phường") is at `j`.
fn commune_unit(cx: &Cx<'_, '_>, j: usize) -> bool {
    cx.longest(j, EntryKind::Unit)
        .is_some_and(|(_, e)| e.attrs.level == Level::Commune)
}

/// After a scope head: `[unit [place]]` or a known place. Returns the end (`j` if none).
pub(crate) fn scope_at(cx: &Cx<'_, '_>, j: usize) -> usize {
    if j >= cx.n() || !cx.tok(j).space_before {
        return j;
    }
    // A known place written with its unit glued ("TP.HCM") is longer than the unit alone.
    let place = cx
        .longest(j, EntryKind::Place)
        .filter(|_| cx.is_cap(j))
        .map(|(h, _)| h.end as usize);
    if let Some(k) = scope_unit(cx, j) {
        if let Some(p) = place.filter(|&p| p > k) {
            return p;
        }
        let e = place_after_unit(cx, k, true);
        // Communes are often named after people ("xã Lý Bôn", "phường Trần Hưng Đạo"): two
        // or three capitalised words make the commune's name.
        // (Not a person's full name, "Văn" or "Thị" in its middle: "chủ tịch ubnd xã Lê
        // Thị Hoa"; unless the commune list names it: "phường Lương Văn Tri".)
        if e == k && commune_unit(cx, j) && cx.is_surname(k) {
            let run = cx.cap_run(k, 4);
            if (run == k + 2 || run == k + 3)
                && (!cx.a.is_any_word(k + 1, crate::keywords::MIDDLE_NAMES)
                    || crate::communes::communes().longest_at(cx.a, k, run) == Some(run))
            {
                return run;
            }
        }
        return e;
    }
    if cx.is_cap(j) {
        if let Some((h, _)) = cx.longest(j, EntryKind::Place) {
            return h.end as usize;
        }
    }
    region_at(cx, j)
}

/// A region that a body has been named by since 2025, at `j`: "khu vực" and a number or a
/// place ("Chi nhánh Văn phòng Đăng ký đất đai khu vực Bảo Lộc", "Trung tâm Y tế khu vực
/// 2"), or "vùng" and a numeral ("Chi cục Kiểm lâm vùng III"). Returns its end (`j` if none).
pub(crate) fn region_at(cx: &Cx<'_, '_>, j: usize) -> usize {
    if j >= cx.n() || !cx.tok(j).space_before {
        return j;
    }
    if cx.a.is_word(j, "khu") && cx.a.is_word(j + 1, "vực") && cx.tok(j + 1).space_before {
        let e = place_after_unit(cx, j + 2, true);
        if e > j + 2 {
            return e;
        }
    }
    if cx.a.is_word(j, "vùng")
        && j + 1 < cx.n()
        && cx.tok(j + 1).space_before
        && (cx.tok(j + 1).kind == TokenKind::Number || roman(cx, j + 1))
    {
        return j + 2;
    }
    j
}

/// After a unit word at `k`: a known place, or a run of capitalised words that does not
/// look like a person's name, or a number ("phường 3"). Returns the end (`k` if none).
pub(crate) fn place_after_unit(cx: &Cx<'_, '_>, k: usize, allow_number: bool) -> usize {
    // (Glued to a unit written short with its full stop: "Q.5", "TP.Vinh".)
    if k >= cx.n() || !(cx.tok(k).space_before || k > 0 && cx.a.is_punct(k - 1, ".")) {
        return k;
    }
    let after_commune = cx.after_commune_unit(k);
    // A commune's name joined by a dash or opened by a number: "phường Xuân Hương - Đà
    // Lạt", "phường 2 Bảo Lộc".
    if let Some(end) = after_commune.then(|| cx.commune_written_apart(k)).flatten() {
        return end;
    }
    if cx.is_cap(k) {
        if let Some((h, e)) = cx.longest(k, EntryKind::Place) {
            // A region is no province: "4 tỉnh Tây Nguyên" are provinces of it.
            if e.attrs.unit.as_deref() == Some("vùng") {
                return k;
            }
            // A province's, a country's or a city's of today (no unit of before 2025) name
            // is whole: capitalised words after it are someone's name ("UBND tỉnh Khánh Hòa
            // Chamaléa Thị Thủy", "Tổng Lãnh sự tại TP Hồ Chí Minh Aleksei Petrov").
            let whole = matches!(e.attrs.unit.as_deref(), Some("tỉnh" | "quốc gia"))
                || e.attrs.city_of_today();
            let end = h.end as usize;
            // A commune's name longer than the place it begins with, after a commune's unit
            // word: "XÃ VĨNH THẠNH TRUNG" (not the district "Vĩnh Thạnh").
            // So elsewhere, its words capitalised: "xa Lao Bao" ("Lao" alone is Laos).
            // (Only where a word, a number or a dash follows the place: the look-up is for
            // a name that goes on.)
            let goes_on = end < cx.n()
                && (matches!(cx.tok(end).kind, TokenKind::Word | TokenKind::Number)
                    && cx.tok(end).space_before
                    || cx.a.is_dash(end));
            if after_commune && goes_on {
                let commune = if cx.caps(k) {
                    cx.commune_in_capitals(k)
                } else {
                    crate::communes::communes()
                        .longest_at(cx.a, k, cx.n())
                        .filter(|&c| cx.capitalised(k, c))
                };
                if let Some(c) = commune.filter(|&c| c > end) {
                    return c;
                }
            }
            let end = if whole {
                end
            } else {
                extend_place_words(cx, end)
            };
            // (The province or district a commune is in, with no comma: no part of it.)
            let end = if after_commune {
                cx.larger_place_inside(k, end)
            } else {
                end
            };
            return extend_place_suffix(cx, end);
        }
        // On a line in capitals a commune's known name tells where the place ends: "XÃ
        // NGHĨA ĐỒNG BẮT GIỮ …".
        if let Some(end) = cx.commune_in_capitals(k) {
            return end;
        }
        // So does one capitalised, though a surname starts it: "UBND xã Tân Lập Thanh Xuân".
        if let Some(end) = after_commune
            .then(|| crate::communes::communes().longest_at(cx.a, k, cx.n()))
            .flatten()
            .filter(|&c| cx.capitalised(k, c))
        {
            return end;
        }
        // A word that heads organizations may begin a place's name: "phường Trường Vinh".
        let named_like_a_head = cx.starts_phrase(k)
            && cx.hits.at(k).iter().all(|h| match h.kind {
                EntryKind::Org => h.end as usize == k + 1,
                EntryKind::Title | EntryKind::Rank | EntryKind::Honorific => false,
                _ => true,
            })
            && cx.is_cap_spaced(k + 1)
            && !cx.starts_phrase(k + 1);
        if cx.is_surname(k) || cx.starts_phrase(k) && !named_like_a_head {
            return k;
        }
        let e = cx.cap_run(k, 4);
        // (A longer run for a commune of three words before a name of three or four.)
        let e = cx.commune_before_name(k, cx.cap_run(k, 7)).unwrap_or(e);
        let e = cx.person_inside(k, e);
        let e = if after_commune {
            cx.larger_place_inside(k, e)
        } else {
            e
        };
        return extend_place_suffix(cx, e);
    }
    if allow_number && cx.tok(k).kind == TokenKind::Number && cx.a.text(k).len() <= 3 {
        return k + 1;
    }
    k
}

/// A known place followed by more capitalised words is a longer name ("Tân Phú" then
/// "Thạnh"): they join it, unless they start a person's name or another phrase.
pub(crate) fn extend_place_words(cx: &Cx<'_, '_>, mut e: usize) -> usize {
    if cx.caps(e) {
        return e;
    }
    let limit = e + 2;
    // (A surname ends the place only where a name goes on after it: "Vinh" then "Lộc," is
    // the ward Vinh Lộc.)
    while e < limit
        && cx.is_cap_spaced(e)
        && (!cx.is_surname(e) || !cx.is_cap_spaced(e + 1))
        && !cx.starts_phrase(e)
        && !cx.starts(e, EntryKind::Unit)
        && !cx.starts(e, EntryKind::Place)
    {
        e += 1;
    }
    e
}

/// "Châu Thành A", "phường III", "Hải Châu 1": a letter, Roman numeral or small number
/// glued by a space to a place name.
fn extend_place_suffix(cx: &Cx<'_, '_>, e: usize) -> usize {
    if e < cx.n() && cx.tok(e).space_before {
        let t = cx.tok(e);
        let s = cx.a.text(e);
        // "VI THỊ …" after a place is a surname starting a name, not the Roman six.
        let starts_name = cx.is_surname(e) && cx.is_cap_spaced(e + 1);
        // "Quảng Ninh 9 tháng": a number that counts what follows it is no suffix.
        let counts = t.kind == TokenKind::Number
            && (cx.a.is_any_word(e + 1, keywords::COUNTED) || numeral_goes_on(cx, e));
        if (t.kind == TokenKind::Number && s.len() <= 2 && !counts)
            || (t.kind == TokenKind::Word && super::is_roman(s) && !starts_name)
        {
            return e + 1;
        }
    }
    e
}

/// Whether the number at token `e` goes on into a larger numeral: "23,5%", "19.600".
fn numeral_goes_on(cx: &Cx<'_, '_>, e: usize) -> bool {
    let glued = |k: usize| k < cx.n() && !cx.tok(k).space_before;
    glued(e + 1)
        && (cx.a.is_punct(e + 1, "%")
            || matches!(cx.a.fold(e + 1), "," | ".")
                && glued(e + 2)
                && cx.tok(e + 2).kind == TokenKind::Number)
        // A sum after the name: "Công ty X 185 triệu đồng".
        || cx.a.is_any_word(e + 1, &["triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng", "USD"])
}

/// After a place-type head ("Tỉnh ủy"): a known place or a capitalised run that is not a
/// person's name.
fn place_name_at(cx: &Cx<'_, '_>, j: usize) -> usize {
    // "Đảng ủy xã Tân Hưng": a unit and a place, as after a scope head.
    if j < cx.n() && cx.tok(j).space_before && scope_unit(cx, j).is_some() {
        return scope_at(cx, j);
    }
    let r = region_at(cx, j);
    if r > j {
        return r;
    }
    if j >= cx.n() || !cx.tok(j).space_before || !cx.is_cap(j) {
        return j;
    }
    if let Some((h, _)) = cx.longest(j, EntryKind::Place) {
        return h.end as usize;
    }
    // The capital with its word, capitalised: "Thành ủy Thủ đô Hà Nội".
    if let Some((u, _)) = cx
        .longest(j, EntryKind::Unit)
        .filter(|(_, u)| u.attrs.known)
    {
        if let Some((p, _)) = cx.longest(u.end as usize, EntryKind::Place) {
            return p.end as usize;
        }
    }
    if cx.is_surname(j) || cx.starts_phrase(j) {
        return j;
    }
    cx.cap_run(j, 4)
}

/// A capitalised name after a name-type head: capitalised words, abbreviations, Roman
/// numerals, "&" or "-" glued between them, and "và" before another capitalised word.
/// The end of a unit's code at token `k`: capitals and the number glued to them ("C06",
/// "PC04", "PA05", "A05"), then a space or punctuation.
fn unit_code(cx: &Cx<'_, '_>, k: usize) -> Option<usize> {
    let n = cx.n();
    if k + 1 >= n || !cx.tok(k).space_before || cx.tok(k + 1).space_before {
        return None;
    }
    let letters = cx.a.text(k);
    let code = cx.tok(k).kind == TokenKind::Word
        && cx.tok(k).case == crate::token::Case::Upper
        && (1..=3).contains(&letters.len())
        && cx.tok(k + 1).kind == TokenKind::Number
        && (2..=3).contains(&cx.a.text(k + 1).len());
    let ends = k + 2 >= n || cx.tok(k + 2).space_before || cx.tok(k + 2).kind == TokenKind::Punct;
    (code && ends).then_some(k + 2)
}

/// Whether token `k` is a roman numeral in capitals ("V", "XX", "III").
pub(crate) fn roman(cx: &Cx<'_, '_>, k: usize) -> bool {
    cx.tok(k).case == crate::token::Case::Upper && super::is_roman(cx.a.text(k))
}

fn name_run(cx: &Cx<'_, '_>, j: usize) -> usize {
    // Without diacritics a name may read as a form of address right after its head: "Don
    // Bien phong Chi Ma" (Chi Ma, not chị Ma).
    let plain_address = || {
        let t = cx.tok(j);
        t.plain_line
            && !t.marks
            && cx
                .hits
                .at(j)
                .iter()
                .all(|h| h.kind == EntryKind::Honorific || h.kind == EntryKind::Surname)
    };
    if j < cx.n() && cx.starts_phrase(j) && !plain_address() {
        return j;
    }
    // A unit numbered with "số": "Tổ bầu cử số 7".
    if cx.a.is_word(j, "số")
        && j + 1 < cx.n()
        && cx.tok(j + 1).kind == TokenKind::Number
        && cx.tok(j + 1).space_before
        && cx.a.text(j + 1).len() <= 4
    {
        return j + 2;
    }
    // A numbered unit: "Tiểu đoàn 3", "Sư đoàn 330".
    if j < cx.n()
        && cx.tok(j).kind == TokenKind::Number
        && cx.tok(j).space_before
        && cx.a.text(j).len() <= 4
    {
        // "Ban Chỉ đạo 389 Quốc gia": capitalised words may follow the number, the last
        // with the lower-case syllable that closes it.
        let mut k = j + 1;
        // (A word in lower case that closes the one a capital opened goes on: "Hải đội 2
        // Biên phòng Khánh Hòa".)
        while k < cx.n()
            && k < j + 5
            && (cx.is_cap_spaced(k) && !cx.starts_phrase(k)
                || k > j + 1 && cx.closes_name_compound(k))
            && !cx.is_stop_word(k)
            && scope_unit(cx, k).is_none()
        {
            k += 1;
        }
        let closes = k > j + 1
            && k < cx.n()
            && cx.tok(k).kind == TokenKind::Word
            && cx.tok(k).space_before
            && !cx.is_cap(k)
            && !cx.is_stop_word(k)
            && (k + 1 >= cx.n() || cx.tok(k + 1).kind != TokenKind::Word || cx.is_stop_word(k + 1));
        return k + closes as usize;
    }
    let caps = cx.caps(j);
    let mut k = j;
    let limit = (j + 10).min(cx.n());
    while k < limit {
        let t = cx.tok(k);
        // A capitalised word of address inside a name is a syllable of it when no person's
        // name follows: "Bệnh viện Đa khoa Tâm Anh Hà Nội" (where a place follows).
        let name_word = || {
            cx.is_cap(k)
                && !cx.caps(k)
                && cx
                    .longest(k, EntryKind::Honorific)
                    .is_some_and(|(h, _)| h.end as usize == k + 1)
                && (!cx.is_surname(k + 1)
                    || cx
                        .longest(k + 1, EntryKind::Place)
                        .is_some_and(|(p, _)| !cx.is_cap(p.end as usize)))
        };
        // (A word in lower case that closes the one a capital opened is no post: "Moi
        // truong" of "Môi trường" without diacritics, not "Trưởng".)
        if k > j
            && (cx.starts(k, EntryKind::Title)
                || cx.starts(k, EntryKind::Rank)
                || cx.starts(k, EntryKind::Honorific) && !name_word())
            && !cx.closes_name_compound(k)
        {
            break;
        }
        if k > j && cx.is_cap(k) && scope_unit(cx, k).is_some() {
            break;
        }
        if caps && (k >= j + 4 || cx.is_stop_word(k)) {
            // (A known place the fourth word begins is whole: "… THỰC PHẨM SẠCH GIA LAI".)
            if k >= j + 4 && !cx.is_stop_word(k) {
                if let Some((p, _)) = cx.longest(k - 1, EntryKind::Place) {
                    k = k.max(p.end as usize);
                }
            }
            break;
        }
        if t.kind == TokenKind::Word
            && t.initial_upper
            && (k == j || t.space_before || glued_joiner(cx, k))
        {
            k += 1;
            // A roman numeral closes a name before a person's: "Kho bạc Nhà nước khu vực
            // V Trần Minh Khoa".
            // Nor do words in lower case after it: "Chi cục Thuế khu vực XVII ban hành …".
            if roman(cx, k - 1)
                && (cx.is_cap_spaced(k) && cx.is_surname(k)
                    || k < cx.n()
                        && cx.tok(k).kind == TokenKind::Word
                        && cx.tok(k).case == crate::token::Case::Lower)
            {
                break;
            }
            continue;
        }
        // "Phát triển": the capital of "Phát" carries the word (where "triển" alone ends a
        // name, as in "triển khai").
        if k > j && (cx.is_cap(k - 1) && cx.closes_compound(k) || cx.closes_name_compound(k)) {
            k += 1;
            continue;
        }
        if k > j
            && t.kind == TokenKind::Number
            && t.space_before
            && cx.a.text(k).len() <= 3
            && !numeral_goes_on(cx, k)
            && !score_at(cx, k)
        {
            k = code_tail(cx, k + 1);
            continue;
        }
        if k > j {
            let more = numbered_part(cx, k);
            if more > 0 {
                k += more;
                continue;
            }
        }
        if k > j
            && t.kind == TokenKind::Punct
            && !t.space_before
            && matches!(cx.a.fold(k), "&" | "-" | ".")
            && k + 1 < cx.n()
            && cx.is_cap(k + 1)
            && !cx.tok(k + 1).space_before
        {
            k += 1;
            continue;
        }
        if k > j && cx.a.is_word(k, "và") && cx.is_cap_spaced(k + 1) && !cx.starts_phrase(k + 1) {
            k += 1;
            continue;
        }
        // Lower-case words between capitalised ones ("Công trình đô thị Hậu Giang"), or one
        // closing the word a capital opened ("Chính trị") before a unit or the phrase's end.
        if k > j
            && t.kind == TokenKind::Word
            && t.space_before
            && !cx.is_stop_word(k)
            && !cx.starts_phrase(k)
        {
            let mut m = k;
            while m < limit
                && m < k + 3
                && cx.tok(m).kind == TokenKind::Word
                && cx.tok(m).space_before
                && !cx.is_cap(m)
                && !cx.is_stop_word(m)
                && !cx.starts_phrase(m)
                && scope_unit(cx, m).is_none()
            {
                m += 1;
            }
            // Another capitalised word of the name may follow, even one that could head an
            // organization of its own ("Nông sản Trường Phát"), but not a post.
            // Past a proper name, more than one word in lower case is a verb's phrase: "Đồn
            // Biên phòng Bản Lầu bắt quả tang Thào A Dính" (where "Công ty cổ phần Thiết bị
            // y tế Hoàng Long" is one name).
            let then_cap = m > k
                && m < cx.n()
                && cx.is_cap_spaced(m)
                && !cx.starts(m, EntryKind::Title)
                && !cx.starts(m, EntryKind::Rank)
                && !cx.starts(m, EntryKind::Honorific)
                && scope_unit(cx, m).is_none()
                && (m == k + 1 || k == j + 1 || !cx.is_cap(k - 1));
            // A name's lower-case rest, then the scope: after one capitalised word ("Quỹ Hỗ
            // trợ nông dân tỉnh Hà Tĩnh"), or after lower-case words of the name already
            // ("Quỹ Bảo vệ và Phát triển rừng tỉnh Sơn La"); not after a proper name, where
            // a verb follows ("Công ty Hòa Phát đầu tư tỉnh …").
            let then_scope = m > k
                && m < cx.n()
                && scope_unit(cx, m).is_some()
                && (k == j + 1 || !cx.is_cap(k - 1));
            let closes_word = m == k + 1
                && cx.is_cap(k - 1)
                // (Not a part of the day before a date: "Trường THPT X sáng 8/4".)
                && cx.tok(k).tags & keywords::DAY == 0
                // (A known place before it is whole: a lower-case word after it does not
                // close it, "Bệnh viện Trung ương Thái Nguyên khám".)
                && !cx.ends_at(k, EntryKind::Place, 4)
                // (A verb before its direction is no syllable of the name: "Công ty Hưng
                // Thịnh Phát diễn ra …".)
                && !cx.a.is_any_word(m, keywords::DIRECTIONS)
                && (m >= cx.n()
                    || cx.tok(m).kind != TokenKind::Word && !sum_at(cx, m)
                    || cx.is_stop_word(m)
                    || scope_unit(cx, m).is_some());
            if then_cap || closes_word {
                k = m;
                continue;
            }
            if then_scope {
                k = m;
                break;
            }
        }
        break;
    }
    // A name does not end on a joiner.
    while k > j && (cx.tok(k - 1).kind == TokenKind::Punct || cx.a.is_word(k - 1, "và")) {
        k -= 1;
    }
    k
}

/// Whether a match's score starts at token `k`: one digit, a glued dash, one digit, and
/// nothing glued on ("thắng CLB Hải Phòng 2-0"), where a unit's code has more ("29-01D").
fn score_at(cx: &Cx<'_, '_>, k: usize) -> bool {
    let glued = |i: usize| i < cx.n() && !cx.tok(i).space_before;
    cx.a.text(k).len() == 1
        && glued(k + 1)
        && cx.a.is_dash(k + 1)
        && glued(k + 2)
        && cx.tok(k + 2).kind == TokenKind::Number
        && cx.a.text(k + 2).len() == 1
        && !glued(k + 3)
}

/// Whether a sum or a count of more than three digits starts at token `m`: after a word
/// in lower case it is what a verb takes ("Trường THCS Lê Lợi thu 1.500.000 đồng").
fn sum_at(cx: &Cx<'_, '_>, m: usize) -> bool {
    cx.tok(m).kind == TokenKind::Number && (cx.a.text(m).len() > 3 || numeral_goes_on(cx, m))
}

fn glued_joiner(cx: &Cx<'_, '_>, k: usize) -> bool {
    k > 0 && cx.tok(k - 1).kind == TokenKind::Punct && matches!(cx.a.fold(k - 1), "&" | "-" | ".")
}

/// A descriptive name after a desc-type head ("Cục Cảnh sát giao thông"): it starts with a
/// capital and runs over words up to punctuation, a function word or another phrase.
/// The tokens at `k` (inside a name) that number it: digits glued to a code in capitals
/// ("Phòng PC04"), or "số" and a number ("Đội CSGT số 2"). 0 for none.
fn numbered_part(cx: &Cx<'_, '_>, k: usize) -> usize {
    let small_number =
        |i: usize| i < cx.n() && cx.tok(i).kind == TokenKind::Number && cx.a.text(i).len() <= 3;
    if k > 0
        && small_number(k)
        && !cx.tok(k).space_before
        && cx.tok(k - 1).kind == TokenKind::Word
        && cx.tok(k - 1).case == crate::token::Case::Upper
    {
        return 1;
    }
    if cx.a.is_word(k, "số") && small_number(k + 1) && cx.tok(k + 1).space_before {
        return 2;
    }
    0
}

/// Past a unit's number at `k`, its code glued by a dash: digits and at most two capitals
/// ("Trung tâm Đăng kiểm 29-01D", "50-05V"); else `k`.
fn code_tail(cx: &Cx<'_, '_>, k: usize) -> usize {
    let glued = |i: usize| i < cx.n() && !cx.tok(i).space_before;
    if !(glued(k) && cx.a.is_dash(k) && glued(k + 1) && cx.tok(k + 1).kind == TokenKind::Number)
        || cx.a.text(k + 1).len() > 3
    {
        return k;
    }
    let mut end = k + 2;
    if glued(end)
        && cx.tok(end).kind == TokenKind::Word
        && cx.tok(end).case == crate::token::Case::Upper
        && cx.a.text(end).len() <= 2
    {
        end += 1;
    }
    // (Nothing more glued on: "29-01-2025" is a date.)
    if glued(end) {
        return k;
    }
    end
}

/// Duties named in pairs with a comma inside a name: "phòng, chống" (prevent and fight),
/// "phòng cháy, chữa cháy", "cứu nạn, cứu hộ". At the comma `k`: 2 (the comma and the
/// word after it) when the words around it make such a pair, else 0.
fn paired_duty(cx: &Cx<'_, '_>, k: usize) -> usize {
    let pair = k > 0
        && cx.a.is_punct(k, ",")
        && ((cx.a.is_word(k - 1, "phòng") && cx.a.is_word(k + 1, "chống"))
            || (cx.a.is_word(k - 1, "cháy") && cx.a.is_word(k + 1, "chữa"))
            || (cx.a.is_word(k - 1, "nạn") && cx.a.is_word(k + 1, "cứu")));
    if pair {
        2
    } else {
        0
    }
}

fn desc_run(cx: &Cx<'_, '_>, j: usize) -> usize {
    // In capitals only an abbreviated field says where the name ends, with its number:
    // "ĐỘI CSGT SỐ 1 PHÒNG CSGT …".
    if cx.caps(j) {
        let abbr = j < cx.n()
            && cx.tok(j).space_before
            && cx
                .longest(j, EntryKind::Abbr)
                .is_some_and(|(h, _)| h.end as usize == j + 1);
        return if abbr {
            j + 1 + numbered_part(cx, j + 1)
        } else {
            j
        };
    }
    // A department named by a body's acronym after its head's post: "Vụ trưởng Vụ ASEAN"
    // (of the ministry after it; not "Vụ SCB Bộ Công an", the case).
    if j >= 2
        && cx.ends_at(j - 1, EntryKind::Title, 4)
        && cx.is_cap_spaced(j)
        && cx.tok(j).case == crate::token::Case::Upper
        && cx.a.text(j).len() >= 3
        && cx
            .longest(j, EntryKind::Org)
            .is_some_and(|(h, _)| h.end as usize == j + 1)
        && cx.starts(j + 1, EntryKind::Org)
    {
        return j + 1;
    }
    if !cx.is_cap_spaced(j)
        || cx.starts_phrase(j)
        || cx.is_surname(j) && cx.is_cap(j + 1) && cx.is_cap(j + 2)
    {
        return j;
    }
    let mut k = j + 1;
    let limit = (j + 14).min(cx.n());
    // Past its number a name goes on only with a capital: "Đội CSGT số 6 dừng xe" stops
    // at the verb.
    let mut numbered = false;
    while k < limit {
        let t = cx.tok(k);
        let number = numbered_part(cx, k);
        let more = number.max(paired_duty(cx, k));
        if more > 0 {
            numbered |= number > 0;
            k += more;
            continue;
        }
        // Two fields joined by a dash: "Phòng Kế hoạch - Tài chính", "Khoa Ngoại thận -
        // Tiết niệu" (not a body or a place after it: "… - Công an tỉnh").
        // (A place of one word that a word in lower case goes on from is a field's first
        // syllable: "Chính sách - Pháp luật"; not "Phòng Giáo dục - Nga Sơn tổ chức".)
        let place_after = || {
            cx.longest(k + 1, EntryKind::Place).is_some_and(|(p, _)| {
                let e = p.end as usize;
                !(e == k + 2
                    && cx.tok(e).kind == TokenKind::Word
                    && cx.tok(e).space_before
                    && cx.tok(e).case == crate::token::Case::Lower)
            })
        };
        if cx.a.is_dash(k)
            && t.space_before
            && cx.is_cap_spaced(k + 1)
            && !cx.starts(k + 1, EntryKind::Org)
            && !place_after()
            && !cx.starts_phrase(k + 1)
        {
            k += 2;
            continue;
        }
        if t.kind != TokenKind::Word
            || !t.space_before
            || cx.is_stop_word(k)
            || cx.starts_phrase(k)
            || numbered && !cx.is_cap(k)
        {
            break;
        }
        if scope_unit(cx, k).is_some() {
            break;
        }
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use crate::test_util::orgs;

    macro_rules! org {
        ($name:ident, $text:expr, [$(($t:expr, $canon:expr)),*]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, String)> = vec![$(($t.to_string(), $canon.to_string())),*];
                assert_eq!(orgs($text), want);
            }
        };
    }

    // An office described in lower case before its body; a union named by its company.
    org!(
        an_office_described_before_its_body,
        "Văn phòng tư vấn pháp luật Sở Tư pháp tỉnh Nghệ An và Công đoàn Công ty TNHH Minh Long làm việc",
        [
            (
                "Văn phòng tư vấn pháp luật Sở Tư pháp tỉnh Nghệ An",
                "Văn phòng tư vấn pháp luật Sở Tư pháp tỉnh Nghệ An"
            ),
            (
                "Công đoàn Công ty TNHH Minh Long",
                "Công đoàn Công ty Trách nhiệm hữu hạn Minh Long"
            )
        ]
    );
    // A headline's verb ends a name in capitals; a verb before its direction closes no
    // company's name.
    org!(
        verbs_end_names,
        "BẮT NGUYÊN PHÓ GIÁM ĐỐC NGÂN HÀNG CHIẾM ĐOẠT 26 TỶ ĐỒNG\nPhiên tòa tại Công ty cổ phần Đầu tư Minh Phát diễn ra hôm qua",
        [(
            "Công ty cổ phần Đầu tư Minh Phát",
            "Công ty Cổ phần Đầu tư Minh Phát"
        )]
    );
    org!(
        regional_body_in_capitals_keeps_only_a_known_place,
        "TÒA ÁN NHÂN DÂN KHU VỰC 4 - ABC XYZ XÉT XỬ, TÒA ÁN NHÂN DÂN KHU VỰC 2 - CẦN THƠ TUYÊN ÁN",
        [
            ("TÒA ÁN NHÂN DÂN KHU VỰC 4", "Tòa án nhân dân khu vực 4"),
            (
                "TÒA ÁN NHÂN DÂN KHU VỰC 2 - CẦN THƠ",
                "Tòa án nhân dân khu vực 2 - Cần Thơ"
            )
        ]
    );
    org!(
        religious_bodies_and_health_departments,
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định, Giáo phận Bùi Chu và Cục Quản lý Khám, chữa bệnh",
        [
            (
                "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định",
                "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nam Định"
            ),
            ("Giáo phận Bùi Chu", "Giáo phận Bùi Chu"),
            ("Cục Quản lý Khám, chữa bệnh", "Cục Quản lý Khám, chữa bệnh")
        ]
    );
    org!(
        election_bodies,
        "Ủy ban bầu cử tỉnh Gia Lai chỉ đạo Tổ bầu cử số 12; Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai",
        [
            ("Ủy ban bầu cử tỉnh Gia Lai", "Ủy ban bầu cử tỉnh Gia Lai"),
            ("Tổ bầu cử số 12", "Tổ bầu cử số 12"),
            (
                "Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai",
                "Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai"
            )
        ]
    );
    org!(
        bodies_named_by_region,
        "Chi cục Kiểm lâm vùng II, Hạt Kiểm lâm khu vực Lắk và Chi nhánh Văn phòng Đăng ký đất đai khu vực 3",
        [
            ("Chi cục Kiểm lâm vùng II", "Chi cục Kiểm lâm vùng II"),
            ("Hạt Kiểm lâm khu vực Lắk", "Hạt Kiểm lâm khu vực Lắk"),
            (
                "Chi nhánh Văn phòng Đăng ký đất đai khu vực 3",
                "Chi nhánh Văn phòng Đăng ký đất đai khu vực 3"
            )
        ]
    );
    org!(
        a_capitalised_word_of_two_syllables_in_a_company_name,
        "Công ty TNHH Lương thực Hòa Bình ký với Công ty cổ phần Thực phẩm Sài Gòn",
        [
            (
                "Công ty TNHH Lương thực Hòa Bình",
                "Công ty Trách nhiệm hữu hạn Lương thực Hòa Bình"
            ),
            (
                "Công ty cổ phần Thực phẩm Sài Gòn",
                "Công ty Cổ phần Thực phẩm Sài Gòn"
            )
        ]
    );
    org!(
        a_unit_with_its_arm_and_number,
        "Trung đoàn Pháo phòng không 214 và Lữ đoàn Hải quân đánh bộ 126 diễn tập cùng Học viện Phòng không - Không quân",
        [
            ("Trung đoàn Pháo phòng không 214", "Trung đoàn Pháo phòng không 214"),
            ("Lữ đoàn Hải quân đánh bộ 126", "Lữ đoàn Hải quân đánh bộ 126"),
            (
                "Học viện Phòng không - Không quân",
                "Học viện Phòng không - Không quân"
            )
        ]
    );
    org!(
        a_head_without_its_name_lends_no_words,
        "tỉnh lập 9 Ban Chỉ huy Phòng thủ khu vực, Ban Chỉ huy Phòng thủ khu vực 3 - Mộc Châu",
        [(
            "Ban Chỉ huy Phòng thủ khu vực 3 - Mộc Châu",
            "Ban Chỉ huy Phòng thủ khu vực 3 - Mộc Châu"
        )]
    );
    // The regional command abbreviated, with its place after its number; a radar station
    // by its number; a body of a kind ("Ban Chỉ huy phòng thủ khu vực" without its number)
    // does not take "trực" of "trực thuộc" for its name. Without diacritics "quan su" is
    // "quân sự", no district ("quận") that ends the body.
    org!(
        abbreviated_regions_stations_and_plain_military_words,
        "Ban CHPTKV 1 - Tam Điệp và Trạm Ra đa 610 cùng Ban Chỉ huy phòng thủ khu vực trực thuộc",
        [
            (
                "Ban CHPTKV 1 - Tam Điệp",
                "Ban Chỉ huy Phòng thủ khu vực 1 - Tam Điệp"
            ),
            ("Trạm Ra đa 610", "Trạm Ra đa 610")
        ]
    );
    // Without diacritics "Moi truong do thi" is one name ("Môi trường đô thị"): neither a
    // post ("Trưởng") nor function words ("do", "thì") end it.
    org!(
        a_name_without_diacritics_holding_words_that_read_as_others,
        "Cong ty TNHH MTV Moi truong do thi Ha Tinh phai boi thuong",
        [(
            "Cong ty TNHH MTV Moi truong do thi Ha Tinh",
            "Công ty Trách nhiệm hữu hạn Một thành viên Moi truong do thi Hà Tĩnh"
        )]
    );
    // The State by the country's full name; a people's government of China by its region.
    org!(
        full_names_of_states_and_chinese_governments,
        "Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính quyền Nhân dân tỉnh Vân Nam",
        [
            (
                "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam"
            ),
            (
                "Chính quyền Nhân dân tỉnh Vân Nam",
                "Chính quyền Nhân dân tỉnh Vân Nam"
            )
        ]
    );
    // A name holding a noun whose first syllable is a function word ("thực phẩm"), ending
    // before a verb ("lấy").
    org!(
        nouns_opened_by_function_words_inside_a_name,
        "Chi cục An toàn vệ sinh thực phẩm lấy mẫu",
        [(
            "Chi cục An toàn vệ sinh thực phẩm",
            "Chi cục An toàn vệ sinh thực phẩm"
        )]
    );
    #[test]
    fn compounds_closing_a_capitalised_word_without_diacritics() {
        let found = orgs("theo CTCP Nghien cuu Thi truong Bat dong san Song Hong cho biet");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].0,
            "CTCP Nghien cuu Thi truong Bat dong san Song Hong"
        );
    }

    #[test]
    fn nouns_opened_by_function_words_without_diacritics() {
        let found = orgs("Chi cuc An toan ve sinh thuc pham lay mau");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Chi cuc An toan ve sinh thuc pham");
    }
    // Companies in headlines in capitals: an abbreviated head names what follows, a
    // headline's verb ends the name, a known place may be its last words; a match's score
    // after a club is no part of it.
    org!(
        companies_in_capital_headlines_and_scores,
        "CTCP THÉP BẮC HÀ LÃI 90 TỶ ĐỒNG; NGÂN HÀNG TMCP NAM VIỆT GIẢM 12%\nCÔNG TY TNHH NÔNG SẢN XANH ĐẮK LẮK BỊ PHẠT\nHôm qua CLB Hà Tĩnh đã thua CLB Bình Định 3-1",
        [
            ("CTCP THÉP BẮC HÀ", "Công ty Cổ phần THÉP Bắc Hà"),
            ("NGÂN HÀNG TMCP NAM VIỆT", "Ngân hàng Thương mại cổ phần NAM VIỆT"),
            (
                "CÔNG TY TNHH NÔNG SẢN XANH ĐẮK LẮK",
                "Công ty Trách nhiệm hữu hạn NÔNG SẢN XANH Đắk Lắk"
            ),
            ("CLB Hà Tĩnh", "Câu lạc bộ Hà Tĩnh"),
            ("CLB Bình Định", "Câu lạc bộ Bình Định")
        ]
    );
    // A lower-case head before a person's full name or a country said like a name is a
    // word of the sentence; "ca" after a count is cases.
    #[test]
    fn lower_case_heads_before_people_countries_and_counts() {
        let found = orgs("nhân viên ngân hàng Trần Thị Mai bị bắt, các ngân hàng Mỹ tăng lãi, có 5 ca phường Tân Mai, đồn biên phòng Ka Long");
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["đồn biên phòng Ka Long"]);
    }
    // Heads written in lower case in comments: with their place or name they are bodies;
    // a single common word ("báo") or a place after a head ("trung tâm TP.HCM") is not.
    org!(
        heads_in_lower_case_with_their_names,
        "Mình báo công an phường Tân Mai rồi, con học trường mầm non Sao Mai, cty Minh Tâm thì im, nhà ở trung tâm TP.HCM, thông báo Hà Nội mưa",
        [
            ("công an phường Tân Mai", "Công an phường Tân Mai"),
            ("trường mầm non Sao Mai", "Trường Mầm non Sao Mai"),
            ("cty Minh Tâm", "Công ty Minh Tâm")
        ]
    );

    #[test]
    fn military_words_without_diacritics_are_no_district() {
        let found = orgs("Hom qua Ban Chi huy quan su cap huyen giai the");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Ban Chi huy quan su cap huyen");
    }
    org!(
        development_inside_a_name,
        "Quỹ Bảo tồn và Phát triển rừng tỉnh Kon Tum triển khai chi trả",
        [(
            "Quỹ Bảo tồn và Phát triển rừng tỉnh Kon Tum",
            "Quỹ Bảo tồn và Phát triển rừng tỉnh Kon Tum"
        )]
    );
    org!(
        a_function_word_inside_a_compound,
        "Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh làm việc với doanh nghiệp",
        [(
            "Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh",
            "Trung tâm Dịch vụ việc làm tỉnh Hà Tĩnh"
        )]
    );
    org!(
        a_body_and_the_body_it_belongs_to,
        "Cục Hàng hải Việt Nam thuộc Bộ Xây dựng cấp phép",
        [
            ("Cục Hàng hải Việt Nam", "Cục Hàng hải Việt Nam"),
            ("Bộ Xây dựng", "Bộ Xây dựng")
        ]
    );
    org!(
        regional_offices_and_project_boards,
        "Kho bạc Nhà nước khu vực VII và Ban Quản lý dự án đầu tư xây dựng tỉnh Lâm Đồng ký biên bản",
        [
            ("Kho bạc Nhà nước khu vực VII", "Kho bạc Nhà nước khu vực VII"),
            (
                "Ban Quản lý dự án đầu tư xây dựng tỉnh Lâm Đồng",
                "Ban Quản lý dự án đầu tư xây dựng tỉnh Lâm Đồng"
            )
        ]
    );
    org!(
        a_commune_named_after_a_person_and_a_team_of_its_police,
        "Công an phường Lý Thường Kiệt và Đội CSGT - Trật tự Công an phường Hòa Khánh",
        [
            (
                "Công an phường Lý Thường Kiệt",
                "Công an phường Lý Thường Kiệt"
            ),
            (
                "Đội CSGT - Trật tự Công an phường Hòa Khánh",
                "Đội Cảnh sát giao thông - Trật tự Công an phường Hòa Khánh"
            )
        ]
    );
    org!(
        a_province_is_whole_before_a_name,
        "Phó Chủ tịch UBND tỉnh Lâm Đồng Ya Tông Đa Mút và Công ty CP Dược Minh An 1,5 tỷ đồng",
        [
            ("UBND tỉnh Lâm Đồng", "Ủy ban nhân dân tỉnh Lâm Đồng"),
            ("Công ty CP Dược Minh An", "Công ty Cổ phần Dược Minh An")
        ]
    );
    org!(
        a_company_named_by_its_trade,
        "Công ty cổ phần Thiết bị điện Trường Sơn và Đồn Biên phòng Nà Sác bắt giữ Lò Văn Pấng",
        [
            (
                "Công ty cổ phần Thiết bị điện Trường Sơn",
                "Công ty Cổ phần Thiết bị điện Trường Sơn"
            ),
            ("Đồn Biên phòng Nà Sác", "Đồn Biên phòng Nà Sác")
        ]
    );
    org!(
        a_district_team_of_investigation_police,
        "Doi Canh sat dieu tra toi pham ve ma tuy Cong an huyen Ky Son",
        [(
            "Doi Canh sat dieu tra toi pham ve ma tuy Cong an huyen Ky Son",
            "Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Kỳ Sơn"
        )]
    );
    org!(
        a_club_named_after_a_body,
        "Câu lạc bộ Thể Công Viettel tiếp Câu lạc bộ Công an TP.HCM trên sân nhà",
        [
            ("Câu lạc bộ Thể Công Viettel", "Câu lạc bộ Thể Công Viettel"),
            (
                "Câu lạc bộ Công an TP.HCM",
                "Câu lạc bộ Công an Hồ Chí Minh"
            )
        ]
    );
    org!(
        a_head_read_as_a_post_takes_no_body,
        "Truong Cong an xa Tan Phu va Bo Quoc phong Lao",
        [
            ("Cong an xa Tan Phu", "Công an xã Tân Phú"),
            ("Bo Quoc phong Lao", "Bộ Quốc phòng Lào")
        ]
    );
    org!(
        a_foreign_body_and_its_country,
        "Bộ Ngoại giao Nhật Bản và Bộ Quốc phòng Hàn Quốc ra thông cáo",
        [
            ("Bộ Ngoại giao Nhật Bản", "Bộ Ngoại giao Nhật Bản"),
            ("Bộ Quốc phòng Hàn Quốc", "Bộ Quốc phòng Hàn Quốc")
        ]
    );
    org!(
        bodies_abroad,
        "Hải quân Ấn Độ, Lực lượng Phòng vệ Nhật Bản, Hội Hữu nghị Việt Nam - Nga và Tổng Lãnh sự quán Việt Nam tại Thượng Hải; Hải quân tập trận",
        [
            ("Hải quân Ấn Độ", "Hải quân Ấn Độ"),
            ("Lực lượng Phòng vệ Nhật Bản", "Lực lượng Phòng vệ Nhật Bản"),
            ("Hội Hữu nghị Việt Nam - Nga", "Hội Hữu nghị Việt Nam - Nga"),
            (
                "Tổng Lãnh sự quán Việt Nam tại Thượng Hải",
                "Tổng Lãnh sự quán Việt Nam tại Thượng Hải"
            )
        ]
    );
    org!(
        a_country_named_like_a_person_after_a_body,
        "Chính phủ Đức tài trợ, Bộ Công an Anh Tuấn nói",
        [
            ("Chính phủ Đức", "Chính phủ Đức"),
            ("Bộ Công an", "Bộ Công an")
        ]
    );
    org!(
        party_committee_of_a_body,
        "Bí thư Đảng ủy Công an tỉnh và Đảng ủy Quân sự tỉnh Gia Lai họp",
        [
            ("Đảng ủy Công an tỉnh", "Đảng ủy Công an tỉnh"),
            (
                "Đảng ủy Quân sự tỉnh Gia Lai",
                "Đảng ủy Quân sự tỉnh Gia Lai"
            )
        ]
    );
    org!(
        a_place_named_like_a_head,
        "Công an phường Trường Vinh phối hợp với Công an xã Hội Sơn",
        [
            ("Công an phường Trường Vinh", "Công an phường Trường Vinh"),
            ("Công an xã Hội Sơn", "Công an xã Hội Sơn")
        ]
    );
    org!(
        codes_and_numbers_in_names,
        "Phòng PC03 và Đội CSGT số 4 vừa phối hợp kiểm tra",
        [
            ("Phòng PC03", "Phòng PC03"),
            ("Đội CSGT số 4", "Đội Cảnh sát giao thông số 4")
        ]
    );
    org!(
        duties_in_pairs,
        "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ phối hợp với Phòng Cảnh sát phòng, chống tội phạm về môi trường",
        [
            (
                "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
                "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
            ),
            (
                "Phòng Cảnh sát phòng, chống tội phạm về môi trường",
                "Phòng Cảnh sát phòng, chống tội phạm về môi trường"
            )
        ]
    );
    // A commune's name is no person's; a person's full name after a bare "UBND xã" is
    // hers, the body named by its kind ("UBND xã", as "UBND tỉnh").
    org!(
        commune_named_like_a_person,
        "Trưởng Công an xã Hồ Sen báo cáo, Chủ tịch UBND xã Đinh Thị Mai Hoa",
        [
            ("Công an xã Hồ Sen", "Công an xã Hồ Sen"),
            ("UBND xã", "Ủy ban nhân dân xã")
        ]
    );
    org!(
        regional_body_with_its_place,
        "Tòa án nhân dân khu vực 3 - Đồng Tháp xét xử, Ban Chỉ huy Phòng thủ khu vực 5 - Tam Điệp ra mắt",
        [
            (
                "Tòa án nhân dân khu vực 3 - Đồng Tháp",
                "Tòa án nhân dân khu vực 3 - Đồng Tháp"
            ),
            (
                "Ban Chỉ huy Phòng thủ khu vực 5 - Tam Điệp",
                "Ban Chỉ huy Phòng thủ khu vực 5 - Tam Điệp"
            )
        ]
    );
    org!(
        a_head_word_inside_a_company_name,
        "Công ty TNHH Vật tư Thành Công ký hợp đồng",
        [(
            "Công ty TNHH Vật tư Thành Công",
            "Công ty Trách nhiệm hữu hạn Vật tư Thành Công"
        )]
    );
    org!(
        one_capital_then_lower_case_then_scope,
        "Quỹ Bảo vệ rừng tỉnh Gia Lai giải ngân",
        [(
            "Quỹ Bảo vệ rừng tỉnh Gia Lai",
            "Quỹ Bảo vệ rừng tỉnh Gia Lai"
        )]
    );
    org!(
        a_verb_after_a_name_is_not_part_of_it,
        "Công ty Hòa Phát đầu tư tỉnh Quảng Ngãi",
        [("Công ty Hòa Phát", "Công ty Hòa Phát")]
    );
    org!(
        a_head_word_that_begins_a_place_or_a_landmark_is_no_head,
        "khách thăm Hội An rồi ra quần đảo Hoàng Sa, qua cầu Trường Xuân và đường Hội Hòa",
        []
    );
    org!(
        unaccented_investment_company_named_after_a_place,
        "Cong ty TNHH Dau tu Hoi An Xanh trung thau goi thau so 3",
        [(
            "Cong ty TNHH Dau tu Hoi An Xanh",
            "Công ty Trách nhiệm hữu hạn Đầu tư Hội An Xanh"
        )]
    );
    org!(
        a_known_place_ends_a_name,
        "Bệnh viện Đa khoa Cà Mau mổ, cứu sống bé trai",
        [("Bệnh viện Đa khoa Cà Mau", "Bệnh viện Đa khoa Cà Mau")]
    );
    org!(
        fixed_ministry,
        "Lãnh đạo Bộ Công an phát biểu",
        [("Bộ Công an", "Bộ Công an")]
    );
    org!(
        abbreviated_union,
        "Chủ tịch Tổng LĐLĐ Việt Nam phát biểu",
        [("Tổng LĐLĐ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam")]
    );
    org!(
        scope_unit_and_place,
        "Công an tỉnh Bắc Ninh và UBND huyện Gia Lâm họp",
        [
            ("Công an tỉnh Bắc Ninh", "Công an tỉnh Bắc Ninh"),
            ("UBND huyện Gia Lâm", "Ủy ban nhân dân huyện Gia Lâm")
        ]
    );
    org!(
        scope_place_only,
        "Công an Đà Nẵng cho biết",
        [("Công an Đà Nẵng", "Công an Đà Nẵng")]
    );
    org!(
        scope_stops_before_person,
        "Phó Chủ tịch UBND tỉnh Lê Văn Tâm dự",
        [("UBND tỉnh", "Ủy ban nhân dân tỉnh")]
    );
    org!(
        bare_police_is_not_an_org,
        "lực lượng Công an triển khai",
        []
    );
    org!(lower_case_is_not_an_org, "ngành công an tỉnh", []);
    org!(
        place_head,
        "Thị ủy Bình Minh tổ chức; Huyện ủy họp",
        [
            ("Thị ủy Bình Minh", "Thị ủy Bình Minh"),
            ("Huyện ủy", "Huyện ủy")
        ]
    );
    org!(
        of_head,
        "Ủy viên Ban Thường vụ Tỉnh ủy dự",
        [("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy")]
    );
    org!(
        name_head_company,
        "tại Công ty TNHH Hòa Bình III, ở xã",
        [(
            "Công ty TNHH Hòa Bình III",
            "Công ty Trách nhiệm hữu hạn Hòa Bình III"
        )]
    );
    org!(
        lower_case_inside_name,
        "tại Công ty TNHH Một thành viên Cấp thoát nước Long An.",
        [(
            "Công ty TNHH Một thành viên Cấp thoát nước Long An",
            "Công ty Trách nhiệm hữu hạn Một thành viên Cấp thoát nước Long An"
        )]
    );
    org!(
        name_then_scope,
        "Trung tâm Chính trị huyện Mỹ Tú đã",
        [(
            "Trung tâm Chính trị huyện Mỹ Tú",
            "Trung tâm Chính trị huyện Mỹ Tú"
        )]
    );
    org!(
        school_with_person_name,
        "Trường THPT Lê Quý Đôn nhận",
        [(
            "Trường THPT Lê Quý Đôn",
            "Trường Trung học phổ thông Lê Quý Đôn"
        )]
    );
    org!(
        number_in_name,
        "thay mặt Ban Chỉ đạo 138 Thành phố, đồng chí",
        [("Ban Chỉ đạo 138 Thành phố", "Ban Chỉ đạo 138 thành phố")]
    );
    org!(
        desc_head,
        "lãnh đạo Cục Cảnh sát môi trường, Công an tỉnh",
        [
            ("Cục Cảnh sát môi trường", "Cục Cảnh sát môi trường"),
            ("Công an tỉnh", "Công an tỉnh")
        ]
    );
    org!(
        department_with_scope,
        "Giám đốc Sở Y tế tỉnh Nam Định nói",
        [("Sở Y tế tỉnh Nam Định", "Sở Y tế tỉnh Nam Định")]
    );
    org!(
        sectors_abbreviated_with_a_hyphen,
        "lãnh đạo Sở KH-ĐT tỉnh Bình Định và BCH Quân sự tỉnh Kon Tum họp",
        [
            (
                "Sở KH-ĐT tỉnh Bình Định",
                "Sở Kế hoạch và Đầu tư tỉnh Bình Định"
            ),
            (
                "BCH Quân sự tỉnh Kon Tum",
                "Bộ Chỉ huy Quân sự tỉnh Kon Tum"
            )
        ]
    );
    org!(
        radio_abbreviation,
        "tại Đài PT&TH tỉnh.",
        [("Đài PT&TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh")]
    );
    org!(
        front_committee,
        "Ủy ban MTTQ Việt Nam tỉnh phát động",
        [(
            "Ủy ban MTTQ Việt Nam tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
        )]
    );
    org!(
        unaccented,
        "Thu truong Bo Cong an",
        [("Bo Cong an", "Bộ Công an")]
    );
    org!(
        a_company_named_after_its_holder_was,
        "Công an đã bắt Trần Văn Phúc (46 tuổi), Giám đốc Công ty TNHH Thương mại Lê Phát Đạt, sáng 3/5.",
        [(
            "Công ty TNHH Thương mại Lê Phát Đạt",
            "Công ty Trách nhiệm hữu hạn Thương mại Lê Phát Đạt"
        )]
    );
    org!(
        an_inspectorate_post_then_its_ministry,
        "Phó Chánh Thanh tra Bộ Tài chính Hà Minh Tuấn và Thanh tra Bộ Công an cùng làm việc.",
        [
            ("Bộ Tài chính", "Bộ Tài chính"),
            ("Thanh tra Bộ Công an", "Thanh tra Bộ Công an")
        ]
    );
    org!(
        company_names_in_capitals_and_the_verbs_after_them,
        "MƯA LỚN Ở HUYỆN BA VÌ, CÔNG TY MAY HỒNG PHÁT PHÁT HIỆN SẠT LỞ; PHẠT CÔNG TY THÉP NAM HƯNG VÌ XẢ THẢI",
        [
            ("CÔNG TY MAY HỒNG PHÁT", "Công ty MAY HỒNG PHÁT"),
            ("CÔNG TY THÉP NAM HƯNG", "Công ty THÉP NAM HƯNG")
        ]
    );
    org!(
        no_body_from_a_posts_last_word,
        "Ông Tạ Văn Hòa, Phó Trưởng ban Thường trực Ban Văn hóa Trung ương, phát biểu",
        [("Ban Văn hóa Trung ương", "Ban Văn hóa Trung ương")]
    );
    org!(
        a_numbered_team_then_a_verb_and_a_school_then_a_sum,
        "hôm qua anh thượng úy ở Đội CSGT số 6 dừng xe mình; Trường THCS Lê Lợi thu 1.500.000 đồng",
        [
            ("Đội CSGT số 6", "Đội Cảnh sát giao thông số 6"),
            ("Trường THCS Lê Lợi", "Trường Trung học cơ sở Lê Lợi")
        ]
    );
    org!(
        a_team_described_in_lower_case_then_its_post,
        "Đội vận động quần chúng Đồn Biên phòng Pa Tần về bản; Tổ công tác Công an xã Ia Dom trực",
        [
            (
                "Đội vận động quần chúng Đồn Biên phòng Pa Tần",
                "Đội vận động quần chúng Đồn Biên phòng Pa Tần"
            ),
            ("Công an xã Ia Dom", "Công an xã Ia Dom")
        ]
    );
    org!(
        a_division_of_two_fields_and_a_school_before_a_date,
        "Phòng Kế hoạch - Tài chính Sở Y tế tỉnh Cà Mau họp với Trường THPT Phan Bội Châu sáng 8/4/2026",
        [
            (
                "Phòng Kế hoạch - Tài chính Sở Y tế tỉnh Cà Mau",
                "Phòng Kế hoạch - Tài chính Sở Y tế tỉnh Cà Mau"
            ),
            (
                "Trường THPT Phan Bội Châu",
                "Trường Trung học phổ thông Phan Bội Châu"
            )
        ]
    );
    org!(
        regions_named_by_two_places_and_by_number,
        "Chi cục Thuế khu vực Thới Bình - U Minh và Ngân hàng Nhà nước Khu vực 9 phối hợp",
        [
            (
                "Chi cục Thuế khu vực Thới Bình - U Minh",
                "Chi cục Thuế khu vực Thới Bình - U Minh"
            ),
            (
                "Ngân hàng Nhà nước Khu vực 9",
                "Ngân hàng Nhà nước Khu vực 9"
            )
        ]
    );
    org!(
        half_unaccented_line,
        "ubnd xa tan phu thong bao sẽ cắt điện tu sang mai, moi nguoi chu y giúp nha",
        [("ubnd xa tan phu", "Ủy ban nhân dân xã Tân Phú")]
    );
    org!(
        capitals,
        "BỘ QUỐC PHÒNG THÔNG BÁO",
        [("BỘ QUỐC PHÒNG", "Bộ Quốc phòng")]
    );
    org!(
        division_of_a_body,
        "cán bộ Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh cho biết",
        [(
            "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh",
            "Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh"
        )]
    );
    org!(
        numbered_units,
        "Tiểu đoàn 3, Sư đoàn 330 giúp dân",
        [
            ("Tiểu đoàn 3", "Tiểu đoàn 3"),
            ("Sư đoàn 330", "Sư đoàn 330")
        ]
    );
    org!(
        numbered_with_name,
        "Ban Chỉ đạo 389 Quốc gia vừa có công văn",
        [("Ban Chỉ đạo 389 Quốc gia", "Ban Chỉ đạo 389 quốc gia")]
    );
    org!(
        numbered_with_scope,
        "Ban Chỉ đạo 389 tỉnh họp",
        [("Ban Chỉ đạo 389 tỉnh", "Ban Chỉ đạo 389 tỉnh")]
    );
    org!(
        party_committee_of_a_commune,
        "Bí thư Đảng ủy xã Tân Hưng phát biểu",
        [("Đảng ủy xã Tân Hưng", "Đảng ủy xã Tân Hưng")]
    );
    org!(
        named_body_of_a_body,
        "Ban Chỉ đạo 35 Quân ủy Trung ương họp",
        [(
            "Ban Chỉ đạo 35 Quân ủy Trung ương",
            "Ban Chỉ đạo 35 Quân ủy Trung ương"
        )]
    );
    org!(
        a_roman_numeral_ends_a_name_before_a_person,
        "Giám đốc Kho bạc Nhà nước khu vực IX Lê Minh Tâm ký văn bản",
        [("Kho bạc Nhà nước khu vực IX", "Kho bạc Nhà nước khu vực IX")]
    );
    org!(
        national_bodies_of_finance_alone,
        "Cục Thuế thu 20 tỷ đồng; Kho bạc Nhà nước chi trả; CDC tỉnh Lào Cai tiêm vắc xin",
        [
            ("Cục Thuế", "Cục Thuế"),
            ("Kho bạc Nhà nước", "Kho bạc Nhà nước"),
            (
                "CDC tỉnh Lào Cai",
                "Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai"
            )
        ]
    );
    org!(
        a_department_and_its_ministry,
        "Cục Quản lý Dược Bộ Y tế và VỤ PHÁP CHẾ BỘ TƯ PHÁP họp",
        [
            ("Cục Quản lý Dược Bộ Y tế", "Cục Quản lý Dược Bộ Y tế"),
            ("VỤ PHÁP CHẾ BỘ TƯ PHÁP", "Vụ Pháp chế Bộ Tư pháp")
        ]
    );
    org!(
        a_surname_without_diacritics_is_no_head,
        "Chu tich UBND phuong Ba Dinh Vu Quang Hai va Vu Phap che cua Bo",
        [
            ("UBND phuong Ba Dinh", "Ủy ban nhân dân phường Ba Đình"),
            ("Vu Phap che", "Vụ Pháp chế")
        ]
    );
    org!(
        clubs_museums_and_theatres,
        "Hà Nội FC gặp Thép Xanh Nam Định; Bảo tàng Phụ nữ Việt Nam và Nhà hát Lớn Hà Nội mở cửa",
        [
            ("Hà Nội FC", "Câu lạc bộ Hà Nội"),
            ("Thép Xanh Nam Định", "Thép Xanh Nam Định"),
            ("Bảo tàng Phụ nữ Việt Nam", "Bảo tàng Phụ nữ Việt Nam"),
            ("Nhà hát Lớn Hà Nội", "Nhà hát Lớn Hà Nội")
        ]
    );
    org!(
        a_name_ending_in_a_word_of_two_syllables,
        "Bảo tàng Mỹ thuật Quốc gia tổ chức triển lãm cùng Nhà hát Tuổi trẻ",
        [
            ("Bảo tàng Mỹ thuật Quốc gia", "Bảo tàng Mỹ thuật Quốc gia"),
            ("Nhà hát Tuổi trẻ", "Nhà hát Tuổi trẻ")
        ]
    );
    org!(
        society_holds_no_commune,
        "Viện Nghiên cứu xã hội vùng Tây Bắc họp, Công an xã có mặt",
        [
            (
                "Viện Nghiên cứu xã hội vùng Tây Bắc",
                "Viện Nghiên cứu xã hội vùng Tây Bắc"
            ),
            ("Công an xã", "Công an xã")
        ]
    );
    org!(
        a_unit_named_by_its_code,
        "Cục C06 khuyến cáo; Phòng PC04 Công an tỉnh Sơn La và CỤC A05 BỘ CÔNG AN vào cuộc",
        [
            ("Cục C06", "Cục C06"),
            (
                "Phòng PC04 Công an tỉnh Sơn La",
                "Phòng PC04 Công an tỉnh Sơn La"
            ),
            ("CỤC A05 BỘ CÔNG AN", "Cục A05 Bộ Công an")
        ]
    );
    org!(
        enforcement_tax_and_market_bodies_since_2025,
        "Phòng Thi hành án dân sự khu vực 2 - Nghệ An, Thuế tỉnh Lạng Sơn, Thuế cơ sở 4 tỉnh Lạng Sơn và Đội Quản lý thị trường số 7 cùng Tổng cục Thuế; nộp thuế tỉnh Lạng Sơn",
        [
            (
                "Phòng Thi hành án dân sự khu vực 2 - Nghệ An",
                "Phòng Thi hành án dân sự khu vực 2 - Nghệ An"
            ),
            ("Thuế tỉnh Lạng Sơn", "Thuế tỉnh Lạng Sơn"),
            ("Thuế cơ sở 4 tỉnh Lạng Sơn", "Thuế cơ sở 4 tỉnh Lạng Sơn"),
            ("Đội Quản lý thị trường số 7", "Đội Quản lý thị trường số 7"),
            ("Tổng cục Thuế", "Tổng cục Thuế")
        ]
    );
    org!(
        universities_with_words_in_lower_case,
        "Trường Đại học Kinh tế Quốc dân và Vụ Giáo dục Đại học công bố điểm chuẩn",
        [
            (
                "Trường Đại học Kinh tế Quốc dân",
                "Trường Đại học Kinh tế Quốc dân"
            ),
            ("Vụ Giáo dục Đại học", "Vụ Giáo dục Đại học")
        ]
    );
    org!(
        a_university_in_a_comment_in_lower_case,
        "cháu tôi đỗ đại học bách khoa hà nội năm nay rồi",
        [("đại học bách khoa hà nội", "Đại học Bách khoa Hà Nội")]
    );
    org!(
        relic_boards_and_religious_bodies,
        "Ban Quản lý di tích Đền Hùng, Ban Trị sự GHPGVN tỉnh Sóc Trăng, Hội Đoàn kết Sư sãi yêu nước tỉnh Trà Vinh và Học viện Phật giáo Việt Nam tại Huế; Hội Lim mở",
        [
            ("Ban Quản lý di tích Đền Hùng", "Ban Quản lý di tích Đền Hùng"),
            (
                "Ban Trị sự GHPGVN tỉnh Sóc Trăng",
                "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng"
            ),
            (
                "Hội Đoàn kết Sư sãi yêu nước tỉnh Trà Vinh",
                "Hội Đoàn kết Sư sãi yêu nước tỉnh Trà Vinh"
            ),
            (
                "Học viện Phật giáo Việt Nam tại Huế",
                "Học viện Phật giáo Việt Nam tại Huế"
            )
        ]
    );
    org!(
        listed_companies_and_their_forms,
        "Tổng Công ty Điện lực Dầu khí Việt Nam - CTCP, Công ty Cổ phần Vận tải Xăng dầu Miền Bắc và UBCKNN phạt Công ty CP Địa ốc Kim Phát 95 triệu đồng",
        [
            (
                "Tổng Công ty Điện lực Dầu khí Việt Nam - CTCP",
                "Tổng công ty Điện lực Dầu khí Việt Nam - Công ty Cổ phần"
            ),
            (
                "Công ty Cổ phần Vận tải Xăng dầu Miền Bắc",
                "Công ty Cổ phần Vận tải Xăng dầu Miền Bắc"
            ),
            ("UBCKNN", "Ủy ban Chứng khoán Nhà nước"),
            ("Công ty CP Địa ốc Kim Phát", "Công ty Cổ phần Địa ốc Kim Phát")
        ]
    );
    org!(
        a_body_after_a_form_of_address,
        "cảm ơn các anh công an xã mường chà đã giúp; đồng chí Vu Anh Duc phat bieu",
        [("công an xã mường chà", "Công an xã Mường Chà")]
    );
    org!(
        a_word_of_address_inside_a_name_and_insurance_since_2025,
        "Bệnh viện Đa khoa Tâm Anh Hà Nội và BHXH cơ sở Quỳnh Lưu",
        [
            (
                "Bệnh viện Đa khoa Tâm Anh Hà Nội",
                "Bệnh viện Đa khoa Tâm Anh Hà Nội"
            ),
            ("BHXH cơ sở Quỳnh Lưu", "Bảo hiểm xã hội cơ sở Quỳnh Lưu")
        ]
    );
    org!(
        a_commune_then_its_chairman,
        "Chủ tịch UBND xã Bình Lợi Trần Văn Dũng chỉ đạo",
        [("UBND xã Bình Lợi", "Ủy ban nhân dân xã Bình Lợi")]
    );
    org!(
        a_commune_of_three_words_then_its_chairman,
        "Chủ tịch UBND xã Đông Thái Ninh Trần Văn An chỉ đạo",
        [(
            "UBND xã Đông Thái Ninh",
            "Ủy ban nhân dân xã Đông Thái Ninh"
        )]
    );
    org!(
        museums_theatres_and_arts_associations,
        "Bảo tàng Lịch sử quốc gia, Nhà hát Tuồng Việt Nam và Hội Nghệ sĩ Sân khấu Việt Nam phối hợp",
        [
            ("Bảo tàng Lịch sử quốc gia", "Bảo tàng Lịch sử quốc gia"),
            ("Nhà hát Tuồng Việt Nam", "Nhà hát Tuồng Việt Nam"),
            (
                "Hội Nghệ sĩ Sân khấu Việt Nam",
                "Hội Nghệ sĩ Sân khấu Việt Nam"
            )
        ]
    );
    org!(
        a_numbered_unit_with_its_arm_and_place,
        "Hải đội 3 Biên phòng Quảng Ninh và Tiểu đoàn 5 hành quân",
        [
            (
                "Hải đội 3 Biên phòng Quảng Ninh",
                "Hải đội 3 Biên phòng Quảng Ninh"
            ),
            ("Tiểu đoàn 5", "Tiểu đoàn 5")
        ]
    );
    // A head that names one body even alone, where capitalised; one that takes a body
    // and has none is no organization.
    org!(
        investigating_body_alone,
        "Bà Hạnh gửi đơn tới Cơ quan Cảnh sát điều tra. Ban Tổ chức cho biết giải vẫn diễn ra",
        [("Cơ quan Cảnh sát điều tra", "Cơ quan Cảnh sát điều tra")]
    );
    // Without diacritics "Quan" after a Party committee is "quận": the longer body wins.
    org!(
        committee_of_a_military_region_without_diacritics,
        "Dang uy Quan khu 7 va Dang uy Bo Tu lenh Thu do hop",
        [
            ("Dang uy Quan khu 7", "Đảng ủy Quân khu 7"),
            (
                "Dang uy Bo Tu lenh Thu do",
                "Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội"
            )
        ]
    );
    org!(
        inspection_centre_with_its_code,
        "Sai phạm tại Trung tâm Đăng kiểm 50-05V kéo dài từ 29-01-2025",
        [("Trung tâm Đăng kiểm 50-05V", "Trung tâm Đăng kiểm 50-05V")]
    );
    // A commune's name longer than the district it begins with, in capitals and in lower
    // case; a ward's name with a dash or a number.
    org!(
        communes_longer_than_a_district,
        "XỬ PHẠT PHÓ CHỦ TỊCH UBND XÃ VĨNH THẠNH TRUNG 12 TRIỆU ĐỒNG\nhôm qua ubnd xã vĩnh thạnh trung họp",
        [
            ("UBND XÃ VĨNH THẠNH TRUNG", "Ủy ban nhân dân xã Vĩnh Thạnh Trung"),
            ("ubnd xã vĩnh thạnh trung", "Ủy ban nhân dân xã Vĩnh Thạnh Trung")
        ]
    );
    org!(
        wards_named_with_a_dash_or_a_number,
        "HĐND phường Lâm Viên - Đà Lạt và UBND phường 3 Bảo Lộc cùng họp",
        [
            (
                "HĐND phường Lâm Viên - Đà Lạt",
                "Hội đồng nhân dân phường Lâm Viên - Đà Lạt"
            ),
            ("UBND phường 3 Bảo Lộc", "Ủy ban nhân dân phường 3 Bảo Lộc")
        ]
    );
    // A school named by the commune or province it serves.
    org!(
        schools_named_by_their_commune,
        "Trường Mầm non xã Hòa Phú và Trường Phổ thông dân tộc nội trú tỉnh Kon Tum",
        [
            ("Trường Mầm non xã Hòa Phú", "Trường Mầm non xã Hòa Phú"),
            (
                "Trường Phổ thông dân tộc nội trú tỉnh Kon Tum",
                "Trường Phổ thông Dân tộc nội trú tỉnh Kon Tum"
            )
        ]
    );
    // Bodies of a kind, not one: a unit word with no name and another after it, or a bare
    // name after a count; not a day's number, an ordinal, nor two bodies in a list.
    org!(
        bodies_of_a_kind,
        "Tỉnh giao 120 trưởng công an xã, phường nhiệm vụ mới; 34 Sở Y tế báo cáo. Ngày 5 Sở Y tế họp, lần thứ 3 Ban Chấp hành Trung ương Đảng họp, Hội Nông dân tỉnh, Tỉnh đoàn dự",
        [
            ("Sở Y tế", "Sở Y tế"),
            ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
            ("Hội Nông dân tỉnh", "Hội Nông dân tỉnh"),
            ("Tỉnh đoàn", "Tỉnh đoàn")
        ]
    );
    // In capitals, a team named by its abbreviated field and number, then its body; a
    // headline's "NỢ THUẾ" ends a company's name.
    org!(
        abbreviated_team_in_capitals,
        "ĐỘI CSGT SỐ 3 PHÒNG CSGT CÔNG AN TỈNH NGHỆ AN RA QUÂN\nCƯỠNG CHẾ CÔNG TY TNHH GỖ MINH LỘC NỢ THUẾ",
        [
            (
                "ĐỘI CSGT SỐ 3 PHÒNG CSGT CÔNG AN TỈNH NGHỆ AN",
                "Đội Cảnh sát giao thông số 3 Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"
            ),
            // (Words no lexicon knows keep their capitals.)
            ("CÔNG TY TNHH GỖ MINH LỘC", "Công ty Trách nhiệm hữu hạn GỖ MINH LỘC")
        ]
    );
    // A company named after a brand goes on with its own name.
    org!(
        a_brand_inside_a_company_name,
        "Công ty TNHH Samsung Display Bắc Ninh tuyển thêm lao động; Vinatex báo lãi",
        [
            (
                "Công ty TNHH Samsung Display Bắc Ninh",
                "Công ty Trách nhiệm hữu hạn Samsung Display Bắc Ninh"
            ),
            ("Vinatex", "Tập đoàn Dệt May Việt Nam")
        ]
    );
    // A commune's name longer than a place it begins with, without diacritics ("Lao" alone
    // is Laos); lower-case words end a name at its Roman numeral.
    org!(
        commune_after_a_country_and_a_numeral_closing_a_name,
        "Cong an xa Lao Bao phoi hop. Chi cục Thuế khu vực IX ban hành quyết định",
        [
            ("Cong an xa Lao Bao", "Công an xã Lao Bảo"),
            ("Chi cục Thuế khu vực IX", "Chi cục Thuế khu vực IX")
        ]
    );
    // The press by the names readers use, in any case.
    org!(
        the_press_by_its_short_names,
        "xem tren vtv roi, VnExpress cung dua tin, phat tren VTV3",
        [
            ("vtv", "Đài Truyền hình Việt Nam"),
            ("VnExpress", "VnExpress"),
            ("VTV3", "Đài Truyền hình Việt Nam 3")
        ]
    );
    // A document's number before a body is no count of bodies; a club's name does not run
    // on into a player's; a channel's number before punctuation; a village's name stops
    // before a person's.
    org!(
        numbers_players_channels_and_villages,
        "Chỉ thị 35 Bộ Chính trị nêu rõ. Câu lạc bộ Công an Hà Nội Quang Hải ghi bàn, xem VTV1, Bí thư Chi bộ thôn Nà Lò Hoàng Văn An dự",
        [
            ("Bộ Chính trị", "Bộ Chính trị"),
            ("Câu lạc bộ Công an Hà Nội", "Câu lạc bộ Công an Hà Nội"),
            ("VTV1", "Đài Truyền hình Việt Nam 1"),
            ("Chi bộ thôn Nà Lò", "Chi bộ thôn Nà Lò")
        ]
    );
    // A commune's body stops before the province or district written after it with no
    // comma; a given name after a surname and "Văn" is no newspaper.
    org!(
        a_communes_body_before_its_province_and_a_given_name_like_a_head,
        "Công an phường Sài Gòn TP HCM và UBND xã Ea Tam Krông Năng cho biết ông Lê Văn Báo Công an tỉnh Gia Lai đến",
        [
            ("Công an phường Sài Gòn", "Công an phường Sài Gòn"),
            ("UBND xã Ea Tam", "Ủy ban nhân dân xã Ea Tam"),
            ("Công an tỉnh Gia Lai", "Công an tỉnh Gia Lai")
        ]
    );
    // Boards and builders whose names run on in lower case (lexicon entries).
    org!(
        boards_and_builders_named_in_lower_case,
        "Ban Quản lý đường sắt đô thị Hà Nội giao Tổng công ty Xây dựng công trình giao thông 1 làm gói thầu của Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa.",
        [
            ("Ban Quản lý đường sắt đô thị Hà Nội", "Ban Quản lý đường sắt đô thị Hà Nội"),
            (
                "Tổng công ty Xây dựng công trình giao thông 1",
                "Tổng công ty Xây dựng công trình giao thông 1"
            ),
            (
                "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa",
                "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Thanh Hóa"
            )
        ]
    );
    // A club's sport in lower case before its sponsor's name; two fields joined by a dash
    // where the second opens with a country's name ("Pháp luật"); stock indices are no
    // exchange; banks and gold traders by their brands.
    org!(
        clubs_fields_indices_and_brands,
        "CLB bóng rổ nam Sacombank Cần Thơ thắng; Ban Tuyên giáo - Pháp luật Tổng LĐLĐ Việt Nam họp; HNX-Index giảm khi MSB và Bảo Tín Mạnh Hải báo lãi.",
        [
            ("CLB bóng rổ nam Sacombank Cần Thơ", "Câu lạc bộ bóng rổ nam Sacombank Cần Thơ"),
            (
                "Ban Tuyên giáo - Pháp luật Tổng LĐLĐ Việt Nam",
                "Ban Tuyên giáo - Pháp luật Tổng Liên đoàn Lao động Việt Nam"
            ),
            ("MSB", "Ngân hàng Thương mại cổ phần Hàng Hải Việt Nam"),
            ("Bảo Tín Mạnh Hải", "Công ty Vàng bạc Đá quý Bảo Tín Mạnh Hải")
        ]
    );
    // The ministry's departments by their codes after a post or as a clause's subject (not
    // a flat's or a formula's code); a high-technology park's board.
    org!(
        departments_by_code_and_boards,
        "Phó Cục trưởng C04 làm việc với Ban Quản lý Khu công nghệ cao Đà Nẵng. Sau đó, C03 đã khởi tố vụ án ở căn hộ A05, nơi khí C02 tràn ra.",
        [
            ("C04", "Cục Cảnh sát điều tra tội phạm về ma túy"),
            ("Ban Quản lý Khu công nghệ cao Đà Nẵng", "Ban Quản lý Khu công nghệ cao Đà Nẵng"),
            (
                "C03",
                "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"
            )
        ]
    );
    // A club's name needs its sport before it in lower case: "CLB chiêu mộ …" is a club
    // signing a player; the name stops at the verb after it.
    org!(
        a_club_and_a_verb,
        "CLB chiêu mộ Nguyễn Văn Quyết; CLB cầu lông Hòa Phát đạt 3 huy chương.",
        [("CLB cầu lông Hòa Phát", "Câu lạc bộ cầu lông Hòa Phát")]
    );
    // A one-word head after a surname and "Thị" heads a body where no body and unit follow;
    // a commune whose name a surname starts ends the body before its district; a district
    // named like a place after a dash with a verb after it is no field.
    org!(
        heads_after_names_communes_and_fields,
        "Bà Lê Thị Hội Phụ nữ xã vận động; UBND xã Tân Lập Thanh Xuân họp; Phòng Giáo dục - Nga Sơn tổ chức thi.",
        [
            ("Hội Phụ nữ xã", "Hội Phụ nữ xã"),
            ("UBND xã Tân Lập", "Ủy ban nhân dân xã Tân Lập"),
            ("Phòng Giáo dục", "Phòng Giáo dục")
        ]
    );
    // A whole name of the lexicon with its head in lower case and its own name capitalised,
    // as readers write it; not where the name is not all capitalised ("bộ Công an").
    org!(
        a_whole_name_with_its_head_in_lower_case,
        "tôi nằm ở bệnh viện Chợ Rẫy 3 tuần rồi chuyển sang bệnh viện Bạch Mai; bộ Công an vừa họp",
        [
            ("bệnh viện Chợ Rẫy", "Bệnh viện Chợ Rẫy"),
            ("bệnh viện Bạch Mai", "Bệnh viện Bạch Mai")
        ]
    );
    // The commune's joint office; border posts named by the gate or the port they guard.
    org!(
        joint_offices_and_border_gates,
        "Văn phòng HĐND và UBND xã Tân Lạc, Đồn Biên phòng cửa khẩu quốc tế Tịnh Biên và Trạm Kiểm soát Biên phòng Cầu Treo họp.",
        [
            (
                "Văn phòng HĐND và UBND xã Tân Lạc",
                "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Tân Lạc"
            ),
            (
                "Đồn Biên phòng cửa khẩu quốc tế Tịnh Biên",
                "Đồn Biên phòng cửa khẩu quốc tế Tịnh Biên"
            ),
            (
                "Trạm Kiểm soát Biên phòng Cầu Treo",
                "Trạm Kiểm soát Biên phòng Cầu Treo"
            )
        ]
    );
    // Tournaments named after their confederations and the Hùng Kings' anniversary are no
    // bodies.
    org!(
        tournaments_and_anniversaries,
        "Đội tuyển vô địch ASEAN Cup rồi dự AFC Champions League Two dịp Giỗ Tổ Hùng Vương; Liên đoàn Bóng đá Việt Nam chúc mừng.",
        [("Liên đoàn Bóng đá Việt Nam", "Liên đoàn Bóng đá Việt Nam")]
    );
    // A ministry's department named by an international body's acronym after its head's
    // post, with its ministry.
    org!(
        a_department_named_by_an_acronym,
        "Ông Hà Văn Long, Vụ trưởng Vụ APEC Bộ Ngoại giao, và Vụ Đông Nam Á Bộ Ngoại giao phối hợp.",
        [
            ("Vụ APEC Bộ Ngoại giao", "Vụ APEC Bộ Ngoại giao"),
            ("Vụ Đông Nam Á Bộ Ngoại giao", "Vụ Đông Nam Á Bộ Ngoại giao")
        ]
    );
    // Missions abroad by the city they are in, or the body they are at; associations of
    // Vietnamese abroad; a mission's city is no person's name.
    org!(
        missions_and_associations_abroad,
        "Tổng Lãnh sự quán Việt Nam tại Houston, Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc và Hội người Việt Nam tại Séc phối hợp với Đại sứ quán Việt Nam tại Lê Văn Hưng.",
        [
            (
                "Tổng Lãnh sự quán Việt Nam tại Houston",
                "Tổng Lãnh sự quán Việt Nam tại Houston"
            ),
            (
                "Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc",
                "Phái đoàn đại diện thường trực Việt Nam tại Liên hợp quốc"
            ),
            ("Hội người Việt Nam tại Séc", "Hội người Việt Nam tại Séc"),
            ("Đại sứ quán Việt Nam", "Đại sứ quán Việt Nam")
        ]
    );
    // The competition authority by its full name.
    org!(
        the_competition_authority,
        "Cục Quản lý cạnh tranh và Bảo vệ người tiêu dùng xử phạt công ty.",
        [(
            "Cục Quản lý cạnh tranh và Bảo vệ người tiêu dùng",
            "Cục Quản lý cạnh tranh và Bảo vệ người tiêu dùng"
        )]
    );
    // A mission at a city with its unit word, or before a person's name; "Vụ" before a
    // bank's short name is a case, not a department.
    org!(
        missions_at_cities_and_a_case,
        "Tổng Lãnh sự quán Hàn Quốc tại TP Hồ Chí Minh và Tổng Lãnh sự quán Việt Nam tại Houston Phạm Bình Đàm trao đổi. Vụ SCB Bộ Công an đề nghị truy tố.",
        [
            (
                "Tổng Lãnh sự quán Hàn Quốc tại TP Hồ Chí Minh",
                "Tổng Lãnh sự quán Hàn Quốc tại thành phố Hồ Chí Minh"
            ),
            (
                "Tổng Lãnh sự quán Việt Nam tại Houston",
                "Tổng Lãnh sự quán Việt Nam tại Houston"
            ),
            ("SCB", "Ngân hàng Thương mại cổ phần Sài Gòn"),
            ("Bộ Công an", "Bộ Công an")
        ]
    );
    // A body named by the capital with its word.
    org!(
        a_body_of_the_capital_with_its_word,
        "Thành ủy Thủ đô Hà Nội họp.",
        [("Thành ủy Thủ đô Hà Nội", "Thành ủy Thủ đô Hà Nội")]
    );
    // A commune's people's credit fund, a coast guard abroad.
    org!(
        a_credit_fund_and_a_coast_guard_abroad,
        "Quỹ tín dụng nhân dân xã Cẩm Bình cho vay; tàu Hải cảnh Trung Quốc rời đi.",
        [
            (
                "Quỹ tín dụng nhân dân xã Cẩm Bình",
                "Quỹ tín dụng nhân dân xã Cẩm Bình"
            ),
            ("Hải cảnh Trung Quốc", "Hải cảnh Trung Quốc")
        ]
    );
    // A department of the lexicon with the general department it is of, or with its
    // number.
    org!(
        a_known_department_of_a_department_or_numbered,
        "Cục Tuyên huấn Tổng cục Chính trị và Trung tâm Dữ liệu quốc gia số 2 phối hợp với Cục Cảnh sát giao thông số 3 Phạm Hùng.",
        [
            (
                "Cục Tuyên huấn Tổng cục Chính trị",
                "Cục Tuyên huấn Tổng cục Chính trị"
            ),
            (
                "Trung tâm Dữ liệu quốc gia số 2",
                "Trung tâm Dữ liệu quốc gia số 2"
            ),
            ("Cục Cảnh sát giao thông", "Cục Cảnh sát giao thông")
        ]
    );
    // A bank's branch named before its bank and the place it is in; a transaction office.
    org!(
        a_banks_branch_and_its_place,
        "Chi nhánh Ngân hàng TMCP Công Thương Việt Nam tỉnh Quảng Ninh và Phòng giao dịch Quảng Xương; Chi nhánh Nghệ An của công ty.",
        [
            (
                "Chi nhánh Ngân hàng TMCP Công Thương Việt Nam tỉnh Quảng Ninh",
                "Chi nhánh Ngân hàng Thương mại cổ phần Công Thương Việt Nam tỉnh Quảng Ninh"
            ),
            ("Phòng giao dịch Quảng Xương", "Phòng giao dịch Quảng Xương")
        ]
    );
    // A diocese's see by its name; the fisheries sub-department of a province; the bishops'
    // charity.
    org!(
        religious_and_fisheries_bodies,
        "Tòa Giám mục Bùi Chu, Chi cục Thủy sản và Kiểm ngư tỉnh Quảng Ngãi và Caritas Việt Nam phối hợp.",
        [
            ("Tòa Giám mục Bùi Chu", "Tòa Giám mục Bùi Chu"),
            (
                "Chi cục Thủy sản và Kiểm ngư tỉnh Quảng Ngãi",
                "Chi cục Thủy sản và Kiểm ngư tỉnh Quảng Ngãi"
            ),
            ("Caritas Việt Nam", "Ủy ban Bác ái Xã hội - Caritas Việt Nam")
        ]
    );
    // A province's power company; the energy groups by their brands.
    org!(
        power_companies_and_energy_brands,
        "Công ty Điện lực Quảng Trị, PV Power và Petrovietnam ký kết.",
        [
            ("Công ty Điện lực Quảng Trị", "Công ty Điện lực Quảng Trị"),
            ("PV Power", "Tổng công ty Điện lực Dầu khí Việt Nam"),
            (
                "Petrovietnam",
                "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"
            )
        ]
    );
    // In capitals as in lower case, a head that closes a common word is none.
    org!(
        a_head_inside_a_common_word_in_capitals,
        "KỶ LUẬT 5 CÁN BỘ CÔNG AN TỈNH LẠNG SƠN",
        [("CÔNG AN TỈNH LẠNG SƠN", "Công an tỉnh Lạng Sơn")]
    );
    // A ministry abroad named by its fields ends with its country, or is none; the
    // departments of the foreign ministry in lower case.
    org!(
        a_ministry_abroad_by_its_fields,
        "Bộ Việc làm và Lao động Hàn Quốc ký với Vụ châu Âu theo Bộ Luật Lao động hiện hành.",
        [
            (
                "Bộ Việc làm và Lao động Hàn Quốc",
                "Bộ Việc làm và Lao động Hàn Quốc"
            ),
            ("Vụ châu Âu", "Vụ châu Âu")
        ]
    );
    // Not a set, a code or a pair named with a country, nor a deal ("thương vụ"); the
    // trade office is Vietnam's in a country.
    org!(
        sets_codes_and_deals_are_no_bodies,
        "Bộ Sưu tập Hàn Quốc và Bộ Đôi Rapper Nhật Bản ra mắt; Thương vụ Masan bán mảng bán lẻ, Thương vụ Việt Nam tại Úc khuyến nghị.",
        [
            ("Masan", "Tập đoàn Masan"),
            ("Thương vụ Việt Nam tại Úc", "Thương vụ Việt Nam tại Úc")
        ]
    );
}
