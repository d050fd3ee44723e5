//! Linking: officials are a person with a rank and the posts around the name —
//! "(honorific) (rank) NAME, ROLE, ROLE" or "ROLE (-) (rank) NAME" — where a role is a title
//! and the organization right after it. Also merges one person's mentions in a document.

use crate::entity::{Force, Official, Role, Span, Value};
use crate::lexicon::EntryKind;
use crate::matchers::{Candidate, Cx};
use crate::normalize::tone;
use crate::token::TokenKind;

#[derive(Debug, Clone)]
struct RoleMatch {
    start: usize,
    end: usize,
    title: String,
    org: Option<usize>,
}

/// Builds the officials over the flat `mentions`; sets the force of their ranks where their
/// organizations name one. Returns the officials, to add to the mentions.
pub fn link(cx: &Cx<'_, '_>, mentions: &mut [Candidate]) -> Vec<Candidate> {
    thread_local! {
        static SCRATCH: std::cell::Cell<Scratch> = std::cell::Cell::new(Scratch::default());
    }
    let mut scratch = SCRATCH.try_with(|s| s.take()).unwrap_or_default();
    let out = link_in(cx, mentions, &mut scratch);
    if scratch.covered.capacity() <= 1 << 20 {
        let _ = SCRATCH.try_with(|s| s.set(scratch));
    }
    out
}

/// Per-token tables of [`link`], kept by each thread from one text to the next.
#[derive(Default)]
struct Scratch {
    start_of: Vec<u32>,
    covered: Vec<bool>,
    role_start: Vec<u32>,
    role_end: Vec<u32>,
}

/// Refills `v` with `len` copies of `x`.
fn refill<T: Copy>(v: &mut Vec<T>, len: usize, x: T) {
    v.clear();
    v.resize(len, x);
}

fn link_in(cx: &Cx<'_, '_>, mentions: &mut [Candidate], scratch: &mut Scratch) -> Vec<Candidate> {
    let n = cx.n();
    if n == 0 {
        return Vec::new();
    }
    // Mention index by start token, and which tokens mentions cover.
    let Scratch {
        start_of,
        covered,
        role_start,
        role_end,
    } = scratch;
    refill(start_of, n, u32::MAX);
    refill(covered, n, false);
    for (k, m) in mentions.iter().enumerate() {
        start_of[m.start as usize] = k as u32;
        for t in m.start + 1..m.end {
            covered[t as usize] = true;
        }
    }
    let mention_at = |i: usize| -> Option<usize> {
        (i < n && start_of[i] != u32::MAX).then(|| start_of[i] as usize)
    };
    let kind_at =
        |i: usize, k: crate::entity::Kind| mention_at(i).filter(|&m| mentions[m].value.kind() == k);

    // Every role, by start token.
    let mut roles: Vec<RoleMatch> = Vec::new();
    let mut i = 0;
    while i < n {
        if covered[i] || mention_at(i).is_some() {
            i += 1;
            continue;
        }
        // (Not a post read from the "vụ" of "chức vụ": "giữ chức vụ Trưởng phòng".)
        // (Asked only where a post starts: most tokens start none.)
        let of_chuc_vu =
            || !cx.tok(i).initial_upper && crate::keywords::ends_pair(&[("chuc", "vu")], cx.a, i);
        if let Some((h, mut e)) = cx.longest(i, EntryKind::Title).filter(|_| !of_chuc_vu()) {
            let mut j = h.end as usize;
            // A longer post holding the start of an organization that runs past it ends where
            // the organization starts, if a shorter post ends there: "Chủ tịch" of "Chủ tịch
            // Hội đồng Giám mục Việt Nam", not "Chủ tịch Hội đồng".
            if !e.attrs.tail_name && kind_at(j, crate::entity::Kind::Organization).is_none() {
                let inner = (h.start as usize + 1..j).find_map(|k| {
                    let m = kind_at(k, crate::entity::Kind::Organization)?;
                    if mentions[m].end as usize <= j {
                        return None;
                    }
                    cx.hits
                        .at(i)
                        .iter()
                        .find(|t| t.kind == EntryKind::Title && t.end as usize == k)
                        .map(|t| (k, cx.entry(*t)))
                });
                if let Some((k, shorter)) = inner {
                    j = k;
                    e = shorter;
                }
            }
            // Else a post whose last words begin the organization it heads reads to the
            // organization's end: "Chánh Văn phòng" and "Văn phòng UBND tỉnh".
            let overlapping = if kind_at(j, crate::entity::Kind::Organization).is_some() {
                None
            } else {
                (h.start as usize + 1..j).find_map(|k| {
                    kind_at(k, crate::entity::Kind::Organization)
                        .filter(|&m| mentions[m].end as usize > j)
                })
            };
            if e.attrs.tail_name {
                // "Trưởng ban Dân vận", "Trưởng ngành Bảo vệ": the unit's own name.
                // It starts with a capital and runs to a function word, punctuation or the
                // organization it belongs to.
                if j < n
                    && cx.is_cap_spaced(j)
                    && mention_at(j).is_none()
                    && !covered[j]
                    && !cx.starts_phrase(j)
                {
                    j += 1;
                    loop {
                        // Two fields joined by a dash: "Trưởng khoa Ngoại thận - Tiết niệu".
                        let joined = j + 1 < n
                            && cx.a.is_dash(j)
                            && cx.tok(j).space_before
                            && cx.is_cap_spaced(j + 1)
                            && mention_at(j + 1).is_none()
                            && !covered[j + 1];
                        if joined {
                            j += 2;
                            continue;
                        }
                        if !(j < n
                            && cx.tok(j).kind == TokenKind::Word
                            && cx.tok(j).space_before
                            && mention_at(j).is_none()
                            && !covered[j]
                            && !cx.is_stop_word(j)
                            && !cx.starts_phrase(j))
                        {
                            break;
                        }
                        j += 1;
                    }
                }
            }
            // A post whose last word is a department's ("Trưởng phòng", "Trưởng khoa") reads
            // on through the department's words to the hospital or the school they are of:
            // "Trưởng phòng Kế hoạch tổng hợp Bệnh viện X" (the hospital its organization).
            // (The department's word ends the post, "Trưởng khoa", or follows it in lower
            // case, "Trưởng" + "phòng".)
            let dept_word = |k: usize| cx.a.is_any_word(k, crate::keywords::DEPARTMENT_WORDS);
            let dept_from = if j > 0
                && dept_word(j - 1)
                && cx
                    .longest(j - 1, EntryKind::Org)
                    .is_some_and(|(o, _)| o.end as usize == j)
            {
                Some(j)
            } else {
                (cx.starts(j, EntryKind::Org) && dept_word(j)).then_some(j + 1)
            };
            // (The post then names its department: "Trưởng" + "phòng" is "Trưởng phòng".)
            let mut dept_title = None;
            if let Some(from) = dept_from.filter(|_| {
                overlapping.is_none()
                    && !e.attrs.tail_name
                    && kind_at(j, crate::entity::Kind::Organization).is_none()
            }) {
                let body = (from..(from + 8).min(n))
                    .take_while(|&k| {
                        cx.tok(k).kind == TokenKind::Word
                            && cx.tok(k).space_before
                            && !covered[k]
                            && !cx.is_stop_word(k)
                            && mention_at(k).is_none_or(|m| {
                                mentions[m].value.kind() == crate::entity::Kind::Organization
                            })
                    })
                    .find(|&k| kind_at(k, crate::entity::Kind::Organization).is_some());
                if let Some(k) = body.filter(|&k| k > from) {
                    if from == j + 1 {
                        dept_title = Some(format!("{} {}", e.canonical, cx.a.text(j)));
                    }
                    j = k;
                }
            }
            // Two posts joined by a dash, held as one, before the body they are of: "Phó Chỉ
            // huy trưởng - Tham mưu trưởng Bộ CHQS tỉnh".
            let mut title = dept_title.unwrap_or_else(|| e.canonical.clone());
            if overlapping.is_none()
                && !e.attrs.tail_name
                && kind_at(j, crate::entity::Kind::Organization).is_none()
                && cx.a.is_dash(j)
                && cx.is_cap(j + 1)
                && mention_at(j + 1).is_none()
            {
                if let Some((h2, e2)) = cx.longest(j + 1, EntryKind::Title) {
                    if kind_at(h2.end as usize, crate::entity::Kind::Organization).is_some() {
                        title = format!("{} - {}", e.canonical, e2.canonical);
                        j = h2.end as usize;
                    }
                }
            }
            let mut org = None;
            if let Some(m) = overlapping {
                org = Some(m);
                j = mentions[m].end as usize;
            } else if let Some(m) = kind_at(j, crate::entity::Kind::Organization) {
                org = Some(m);
                j = mentions[m].end as usize;
                // The branch the post heads: "Giám đốc Agribank chi nhánh tỉnh Lâm Đồng";
                // where it serves: "Giám đốc Quốc gia WB tại Việt Nam".
                if cx.a.is_word(j, "chi") && cx.a.is_word(j + 1, "nhánh") {
                    if let Some(p) = kind_at(j + 2, crate::entity::Kind::Location) {
                        j = mentions[p].end as usize;
                    }
                } else if cx.a.is_any_word(j, &["tại", "ở"]) {
                    if let Some((c, _)) = cx.country_at(j + 1) {
                        j = c.end as usize;
                    }
                }
            } else if let Some((c, _)) = cx.country_at(j) {
                // A post of a country, or an envoy's: "Đại sứ Nhật Bản tại Việt Nam", "Tổng
                // Lãnh sự Lào tại Đà Nẵng".
                j = c.end as usize;
                // (The place with its unit word: "tại TP Hồ Chí Minh".)
                if cx.a.is_any_word(j, &["tại", "ở"]) && cx.is_cap_spaced(j + 1) {
                    if let Some(p) = kind_at(j + 1, crate::entity::Kind::Location) {
                        j = mentions[p].end as usize;
                    } else if let Some((c, _)) = cx.longest(j + 1, EntryKind::Place) {
                        j = c.end as usize;
                    }
                }
            } else if let Some(e) = bare_body_after(cx, j) {
                // The body named by its kind only: "Phó Giám đốc bệnh viện, cho biết".
                j = e;
            } else if let Some(p) = kind_at(j, crate::entity::Kind::Location).filter(|&p| {
                let at = mentions[p].start as usize;
                if e.attrs.bare {
                    unit_at(cx, at) || headed_facility_at(cx, at)
                } else {
                    village_at(cx, at)
                }
            }) {
                // The head of a place named with its unit: "Tỉnh trưởng tỉnh Savannakhet",
                // "Trưởng ấp Bến Đình"; of an airport: "Giám đốc Cảng hàng không quốc tế
                // Nội Bài".
                j = mentions[p].end as usize;
            } else if !e.attrs.bare {
                // "Trưởng" alone heads nothing named: "làm trưởng đoàn".
                i += 1;
                continue;
            }
            roles.push(RoleMatch {
                start: i,
                end: j,
                title,
                org,
            });
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    refill(role_start, n + 1, u32::MAX);
    refill(role_end, n + 1, u32::MAX);
    for (k, r) in roles.iter().enumerate() {
        role_start[r.start] = k as u32;
        role_end[r.end] = k as u32;
    }
    let role_at = |i: usize| (i < n && role_start[i] != u32::MAX).then(|| role_start[i] as usize);
    let role_ending = |i: usize| (i <= n && role_end[i] != u32::MAX).then(|| role_end[i] as usize);
    let is_sep = |i: usize| i < n && (cx.a.is_punct(i, "-") || cx.a.is_punct(i, ":"));
    // (The longest: "PGS.TS" rather than its "TS".)
    let honorific_ending = |i: usize| -> Option<(usize, String)> {
        // (An abbreviated one may keep its full stop: "TS. A".)
        let i = if i > 1
            && cx.a.is_punct(i - 1, ".")
            && !cx.tok(i - 1).space_before
            && matches!(
                cx.tok(i - 2).case,
                crate::token::Case::Upper | crate::token::Case::Other
            ) {
            i - 1
        } else {
            i
        };
        (1..=5).rev().filter(|&b| i >= b).find_map(|b| {
            let s = i - b;
            cx.longest(s, EntryKind::Honorific)
                .filter(|(h, _)| h.end as usize == i)
                .map(|(_, e)| (s, e.canonical.clone()))
        })
    };
    // Whether a person (possibly after a rank or an honorific) starts at i.
    let person_follows = |mut i: usize| -> bool {
        // ", RANK NAME" gives the role to the name after it too.
        let comma = i < n && cx.a.is_punct(i, ",");
        if is_sep(i) || comma {
            i += 1;
        }
        if comma && kind_at(i, crate::entity::Kind::Rank).is_none() {
            return false;
        }
        if let Some((h, _)) = cx.longest(i, EntryKind::Honorific) {
            i = h.end as usize;
        }
        if let Some(m) = kind_at(i, crate::entity::Kind::Rank) {
            i = mentions[m].end as usize;
        }
        kind_at(i, crate::entity::Kind::Person).is_some()
    };

    let mut used = vec![false; roles.len()];
    let mut forces: Vec<(usize, Force)> = Vec::new();
    let mut out = Vec::new();
    let persons: Vec<usize> = (0..mentions.len())
        .filter(|&k| mentions[k].value.kind() == crate::entity::Kind::Person)
        .collect();
    for p in persons {
        let (ps, pe) = (mentions[p].start as usize, mentions[p].end as usize);
        let mut start = ps;
        let mut rank: Option<usize> = None;
        let mut honorific = None;
        let mut held: Vec<usize> = Vec::new();
        // Left: rank, then a role before the name, then an honorific.
        if let Some(r) = p.checked_sub(1).filter(|&r| {
            mentions[r].end as usize == ps && mentions[r].value.kind() == crate::entity::Kind::Rank
        }) {
            rank = Some(r);
            start = mentions[r].start as usize;
        }
        if let Some((h, word)) = honorific_ending(start) {
            honorific = Some(word);
            start = h;
            // A rank before titles of learning, each after a comma: "Thiếu tướng, Giáo sư,
            // Tiến sĩ A".
            let mut s = start;
            while rank.is_none() && s > 1 && cx.a.is_punct(s - 1, ",") {
                // (Among the few mentions just before: the titles stand between.)
                let from = p.saturating_sub(6);
                let ending = mentions[from..p]
                    .iter()
                    .rposition(|m| {
                        m.end as usize == s - 1 && m.value.kind() == crate::entity::Kind::Rank
                    })
                    .map(|r| from + r);
                if let Some(r) = ending {
                    rank = Some(r);
                    start = mentions[r].start as usize;
                } else if let Some((h, _)) =
                    honorific_ending(s - 1).filter(|(h, _)| s.saturating_sub(*h) < 8)
                {
                    s = h;
                    continue;
                }
                break;
            }
        }
        // "ROLE NAME", "ROLE - NAME", and with a rank or a form of address "ROLE, RANK
        // NAME", "ROLE, ông NAME".
        // A post whose text runs past its own end, to the country after it.
        let mut role_reach: Option<(usize, usize)> = None;
        // (An abbreviation in brackets may stand between the post and the name: "Chủ tịch
        // Liên đoàn Bóng đá Việt Nam (VFF) Hoàng Minh Tuấn"; so may the province a body is
        // in: "Trưởng Công an huyện Ba Tơ (tỉnh Quảng Ngãi) Đinh Văn A".)
        let abbreviated = || {
            if start < 3 || !cx.a.is_punct(start - 1, ")") {
                return None;
            }
            let open = (start.saturating_sub(6)..start - 1)
                .rev()
                .find(|&k| cx.a.is_punct(k, "("))?;
            let place = kind_at(open + 1, crate::entity::Kind::Location)
                .is_some_and(|p| mentions[p].end as usize == start - 1);
            if place {
                return role_ending(open);
            }
            let letters = (open + 1..start - 1).all(|k| {
                let t = cx.tok(k);
                t.kind == TokenKind::Word
                    && matches!(
                        t.case,
                        crate::token::Case::Upper | crate::token::Case::Other
                    )
            });
            (letters && open + 1 < start - 1)
                .then(|| role_ending(open))
                .flatten()
        };
        // "ROLE là ông NAME": the post, "là", then the name ("chủ tịch UBND xã là ông A").
        let named_as = || {
            (start > 1 && cx.a.is_word(start - 1, "là"))
                .then(|| role_ending(start - 1))
                .flatten()
        };
        // "ROLE khóa XV NAME": a legislature's term between the post and the name
        // ("Đại biểu Quốc hội khóa XV Trần Thị Lan").
        let termed = || {
            (start >= 3
                && cx.a.is_word(start - 2, "khóa")
                && crate::matchers::organization::roman(cx, start - 1))
            .then(|| role_ending(start - 2))
            .flatten()
        };
        // "… chức vụ ROLE (nhiệm kỳ 2021 - 2026) đối với ông NAME": a post given or taken
        // by a decision ("phê chuẩn kết quả bầu", "miễn nhiệm", "cách chức").
        let decided = || {
            if !(start >= 3 && cx.a.is_word(start - 2, "đối") && cx.a.is_word(start - 1, "với"))
            {
                return None;
            }
            let mut e = start - 2;
            let number = |k: usize| cx.tok(k).kind == TokenKind::Number;
            if e >= 6
                && cx.a.is_word(e - 5, "nhiệm")
                && cx.a.is_word(e - 4, "kỳ")
                && number(e - 3)
                && cx.a.is_dash(e - 2)
                && number(e - 1)
            {
                e -= 5;
            }
            // (Given by a decision on the post: "miễn nhiệm chức vụ X đối với …"; not the
            // decider's, "Quyết định của Chủ tịch UBND tỉnh đối với ông A".)
            let r = role_ending(e)?;
            let s0 = roles[r].start;
            let decided = s0 >= 1
                && (cx.a.is_word(s0 - 1, "chức")
                    || s0 >= 2 && cx.a.is_word(s0 - 2, "chức") && cx.a.is_word(s0 - 1, "vụ"));
            decided.then_some(r)
        };
        let before = role_ending(start)
            .or_else(abbreviated)
            .or_else(named_as)
            .or_else(termed)
            .or_else(decided)
            .or_else(|| {
                let comma_rank = (rank.is_some() || honorific.is_some())
                    && start > 0
                    && cx.a.is_punct(start - 1, ",");
                if start > 0 && (is_sep(start - 1) || comma_rank) {
                    // A post of someone else's act is no apposition: "Quyết định của Bộ trưởng
                    // Bộ X, Đại tá A được bổ nhiệm …", "Thừa ủy quyền của Chủ tịch nước, ông A,
                    // Chủ nhiệm …" (the name then has its own post, or is the act's object).
                    let others = |r: usize| {
                        let s = roles[r].start;
                        s > 0
                            && cx.a.is_word(s - 1, "của")
                            && (cx.a.is_word(pe, "được")
                                || cx.a.is_punct(pe, ",") && role_at(pe + 1).is_some())
                    };
                    role_ending(start - 1).filter(|&r| !(comma_rank && others(r)))
                } else {
                    // A foreign post, its country between: "Thủ tướng Lào A B"; an envoy, the
                    // country sending and the one receiving: "Đại sứ Việt Nam tại Nhật Bản A B".
                    // (Where the country ending at `end` starts; one named like a person
                    // counts here, after a post: "Đại sứ Đức tại Việt Nam".)
                    let country_ending = |end: usize| {
                        (1..=4)
                            .filter(|&b| end >= b)
                            .find_map(|b| cx.country_at(end - b))
                            .filter(|(h, _)| h.end as usize == end)
                            .map(|(h, _)| h.start as usize)
                            .or_else(|| {
                                (end >= 1 && cx.country_named_like_a_person(end - 1))
                                    .then(|| end - 1)
                            })
                    };
                    let country = country_ending(start).map(|s| {
                        let posted = s > 1 && cx.a.is_any_word(s - 1, &["tại", "ở"]);
                        match country_ending(s.saturating_sub(1)).filter(|_| posted) {
                            Some(sending) => sending,
                            None => s,
                        }
                    });
                    country.and_then(|s| {
                        let r = role_ending(s)?;
                        // The post reads with its country: "Thủ tướng Lào".
                        role_reach = Some((r, start));
                        Some(r)
                    })
                }
            });
        if let Some(r) = before.filter(|&r| !used[r]) {
            used[r] = true;
            held.push(r);
            start = roles[r].start;
            // Posts stacked before the name: "Ủy viên Bộ Chính trị, Bộ trưởng Bộ X A".
            while start > 1 && cx.a.is_punct(start - 1, ",") {
                match role_ending(start - 1).filter(|&q| !used[q]) {
                    Some(q) => {
                        used[q] = true;
                        held.push(q);
                        start = roles[q].start;
                    }
                    None => break,
                }
            }
            if honorific.is_none() {
                if let Some((h, word)) = honorific_ending(start) {
                    honorific = Some(word);
                    start = h;
                }
            }
        }
        // Right: ", ROLE, ROLE" or " - ROLE, ROLE", skipping a short aside: "(ảnh)",
        // "(SN 1986)", "(quê Nghệ An)".
        // The same after a post: "Giám đốc Sở X (cũ), nay là …".
        let past_aside = |j: usize| -> usize {
            // The term of a post: "Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025, …", "… giai đoạn
            // 2016-2021, …".
            if (cx.a.is_word(j, "nhiệm") && cx.a.is_word(j + 1, "kỳ")
                || cx.a.is_word(j, "giai") && cx.a.is_word(j + 1, "đoạn"))
                && cx.tok(j + 2).kind == TokenKind::Number
                && cx.a.is_dash(j + 3)
                && cx.tok(j + 4).kind == TokenKind::Number
            {
                return j + 5;
            }
            // A legislature's term: "Đại biểu Quốc hội khóa XV, Phó Trưởng Đoàn …".
            if cx.a.is_word(j, "khóa") && crate::matchers::organization::roman(cx, j + 1) {
                return j + 2;
            }
            if cx.a.is_punct(j, "(") {
                if let Some(close) = (j + 1..(j + 16).min(n))
                    .take_while(|&k| !cx.a.is_punct(k, "(") && cx.tok(k).kind != TokenKind::Break)
                    .find(|&k| cx.a.is_punct(k, ")"))
                {
                    return close + 1;
                }
            }
            j
        };
        let mut j = pe;
        let mut end = pe;
        let mut first = true;
        // Posts in brackets right after the name: "ông A (Thứ trưởng Bộ Y tế)", "ông B (Phó
        // Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh)".
        if cx.a.is_punct(pe, "(") {
            let mut k = pe + 1;
            // (After the age or the year of birth: "(46 tuổi, nguyên Kế toán trưởng …)".)
            let is_number = |k: usize| {
                cx.a.tokens
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            };
            let age = is_number(k) && cx.a.is_word(k + 1, "tuổi");
            let born = cx.a.fold(k) == "sn" && is_number(k + 1);
            if (age || born) && cx.a.is_punct(k + 2, ",") {
                k += 3;
            }
            // (A former rank first: "(nguyên Thiếu tá, Đội trưởng …)".)
            let r0 = k + cx.a.is_any_word(k, &["nguyên", "cựu"]) as usize;
            let mut bracket_rank = None;
            if let Some(m) = kind_at(r0, crate::entity::Kind::Rank) {
                let e = mentions[m].end as usize;
                if rank.is_none() && cx.a.is_punct(e, ",") {
                    bracket_rank = Some(m);
                    k = e + 1;
                }
            }
            k += connector(cx, k);
            let mut inside = Vec::new();
            let mut close = None;
            while let Some(r) = role_at(k).filter(|&r| !used[r]) {
                inside.push(r);
                let e = roles[r].end;
                if cx.a.is_punct(e, ",") {
                    k = e + 1;
                    continue;
                }
                if cx.a.is_punct(e, ")") {
                    close = Some(e);
                }
                break;
            }
            if let Some(c) = close {
                rank = rank.or(bracket_rank);
                for r in inside {
                    used[r] = true;
                    held.push(r);
                }
                end = c + 1;
                j = c + 1;
                first = false;
            }
        }
        loop {
            j = past_aside(j);
            // The date or year of birth as an aside between commas: "A, sinh ngày 12/5/1966,
            // Chính ủy …", "B, sinh năm 1975, Giám đốc …".
            if first && cx.a.is_punct(j, ",") && cx.a.is_word(j + 1, "sinh") {
                if let Some(c) = (j + 2..(j + 10).min(n))
                    .take_while(|&k| cx.tok(k).kind != TokenKind::Break)
                    .find(|&k| cx.a.is_punct(k, ","))
                {
                    if role_at(c + 1 + connector(cx, c + 1)).is_some() {
                        j = c;
                    }
                }
            }
            // So is the age: "A, 52 tuổi, nguyên Phó Chi cục trưởng …".
            let age = first
                && j + 3 < n
                && cx.a.is_punct(j, ",")
                && cx.tok(j + 1).kind == TokenKind::Number
                && cx.a.is_word(j + 2, "tuổi")
                && cx.a.is_punct(j + 3, ",");
            if age && role_at(j + 4 + connector(cx, j + 4)).is_some() {
                j += 3;
            }
            // Roles are separated by commas, or joined by "và" ("Bí thư Huyện ủy và Chủ
            // tịch UBND huyện").
            let sep_ok = j < n
                && (cx.a.is_punct(j, ",")
                    || (!first && cx.a.is_any_word(j, &["và", "kiêm"]))
                    || (first && is_sep(j)));
            // A new post is introduced: "giữ chức vụ", "được bầu làm", "được bổ nhiệm giữ
            // chức" — with or without a comma before.
            let k = j + sep_ok as usize;
            // The rank after the name, as a former one is written before the former post:
            // "A, nguyên Thiếu tá, nguyên Phó Đội trưởng …".
            if first && sep_ok && rank.is_none() && cx.a.is_punct(j, ",") {
                let r0 = k + cx.a.is_any_word(k, &["nguyên", "cựu"]) as usize;
                if let Some(m) = kind_at(r0, crate::entity::Kind::Rank) {
                    let e = mentions[m].end as usize;
                    if cx.a.is_punct(e, ",") && role_at(e + 1 + connector(cx, e + 1)).is_some() {
                        rank = Some(m);
                        j = e;
                        continue;
                    }
                    // A former rank alone between commas is the person's too: "A, nguyên
                    // thượng úy, cán bộ Công an xã …".
                    if r0 > k && (cx.a.is_punct(e, ",") || cx.a.ends_sentence(e.saturating_sub(1)))
                    {
                        rank = Some(m);
                        end = e;
                        j = e;
                        continue;
                    }
                }
            }
            let conn = connector(cx, k);
            let mut at = k + conn;
            // A post with its body or its place right after the name, the comma left out as
            // in quick writing: "anh Nông Văn Dìn trưởng công an xã", "ông A chủ tịch xã
            // Tân Hòa".
            let names_where = |r: usize| {
                roles[r].org.is_some()
                    || cx
                        .longest(roles[r].start, EntryKind::Title)
                        .is_some_and(|(h, _)| (h.end as usize) < roles[r].end)
            };
            let unmarked =
                first && !sep_ok && conn == 0 && j == pe && role_at(j).is_some_and(names_where);
            if (!sep_ok && conn == 0 && !unmarked) || role_at(at).is_none() {
                // "… đến nhận công tác và giữ chức ROLE": a post given further on in the same
                // clause, by "giữ chức", with no other person before it.
                match far_post(cx, j, &|t| {
                    kind_at(t, crate::entity::Kind::Person).is_some()
                }) {
                    Some((p, len)) => at = p + len,
                    None => break,
                }
            }
            let Some(r) = role_at(at) else { break };
            if used[r] || person_follows(roles[r].end) {
                break;
            }
            used[r] = true;
            held.push(r);
            end = roles[r].end;
            j = end;
            first = false;
        }
        // A rank conferred on the one named after "đối với" or "cho": "thăng quân hàm Thiếu
        // tướng đối với Chính ủy Quân khu 9 A".
        if rank.is_none() {
            let s0 = start.min(held.iter().map(|&r| roles[r].start).min().unwrap_or(start));
            let to = if s0 >= 2 && cx.a.is_word(s0 - 2, "đối") && cx.a.is_word(s0 - 1, "với") {
                Some(s0 - 2)
            } else if s0 >= 1 && cx.a.is_word(s0 - 1, "cho") {
                Some(s0 - 1)
            } else {
                None
            };
            if let Some(b) = to {
                let from = p.saturating_sub(8);
                let conferred = mentions[from..p]
                    .iter()
                    .rposition(|m| {
                        m.end as usize == b
                            && m.value.kind() == crate::entity::Kind::Rank
                            && m.start >= 1
                            && cx.a.is_word(m.start as usize - 1, "hàm")
                    })
                    .map(|r| from + r);
                rank = rank.or(conferred);
            }
        }
        if rank.is_none() && held.is_empty() {
            continue;
        }
        held.sort_by_key(|&r| roles[r].start);
        let mut force = rank.and_then(|r| match &mentions[r].value {
            Value::Rank { force, .. } => *force,
            _ => None,
        });
        let role_values: Vec<Role> = held
            .iter()
            .map(|&r| {
                let rm = &roles[r];
                if let Some(o) = rm.org {
                    force = force.or(mentions[o].force);
                }
                let end = match role_reach {
                    Some((x, e)) if x == r => e,
                    _ => rm.end,
                };
                Role {
                    text: cx.text_nfc(rm.start, end),
                    title: rm.title.clone(),
                    organization: rm.org.and_then(|o| match &mentions[o].value {
                        Value::Organization { name } => Some(name.clone()),
                        _ => None,
                    }),
                    span: cx.a.span(rm.start..end),
                }
            })
            .collect();
        let rank_name = rank.and_then(|r| match &mentions[r].value {
            Value::Rank { rank, .. } => Some(rank.clone()),
            _ => None,
        });
        if let (Some(r), Some(f)) = (rank, force) {
            forces.push((r, f));
        }
        let name = match &mentions[p].value {
            Value::Person { name } => name.clone(),
            _ => continue,
        };
        // A person named again by the given name alone, with no post ("Thượng tá Hùng cho
        // biết"), is no official of its own: the name says too little to tell who.
        if pe == ps + 1 && held.is_empty() {
            continue;
        }
        let span_start = start.min(held.first().map_or(start, |&r| roles[r].start));
        let span_end = end.max(pe).max(held.last().map_or(pe, |&r| roles[r].end));
        out.push(Candidate::new(
            span_start,
            span_end,
            Value::Official(Box::new(Official {
                name,
                rank: rank_name,
                force,
                honorific,
                roles: role_values,
                person: cx.a.span(ps..pe),
            })),
        ));
    }
    for (r, f) in forces {
        if let Value::Rank { force, .. } = &mut mentions[r].value {
            force.get_or_insert(f);
        }
    }
    share_across_mentions(&mut out);
    out
}

/// The most posts one person's mentions share (past it each keeps its own): a text naming
/// one person with ever new posts stays linear.
const MAX_SHARED_ROLES: usize = 16;

/// One person named several times in a text holds the same posts throughout: every
/// mention's official carries the posts the text gives that person anywhere (each with the
/// span where it is written, in the order written), and a mention without a rank takes the
/// rank given at another. Mentions are one person's when their names are written alike.
fn share_across_mentions(officials: &mut [Candidate]) {
    if officials.len() < 2 {
        return;
    }
    // Mentions of one name side by side (names are NFC with single spaces already).
    fn name(c: &Candidate) -> &str {
        match &c.value {
            Value::Official(o) => o.name.as_str(),
            _ => "",
        }
    }
    let mut order: Vec<usize> = (0..officials.len()).collect();
    order.sort_by(|&x, &y| name(&officials[x]).cmp(name(&officials[y])).then(x.cmp(&y)));
    let mut from = 0;
    while from < order.len() {
        let mut to = from + 1;
        while to < order.len() && name(&officials[order[to]]) == name(&officials[order[from]]) {
            to += 1;
        }
        if to - from > 1 {
            share_in(officials, &order[from..to]);
        }
        from = to;
    }
}

/// Gives every official of `group` (one person's mentions, in text order) the posts of all.
fn share_in(officials: &mut [Candidate], group: &[usize]) {
    let mut roles: Vec<Role> = Vec::new();
    let (mut rank, mut force) = (None, None);
    for &k in group {
        let Value::Official(o) = &officials[k].value else {
            continue;
        };
        for role in &o.roles {
            if !roles.iter().any(|x| same_post(x, role)) {
                roles.push(role.clone());
            }
        }
        rank = rank.or_else(|| o.rank.clone());
        force = force.or(o.force);
    }
    if roles.len() > MAX_SHARED_ROLES {
        return;
    }
    roles.sort_by_key(|r| r.span.start);
    for &k in group {
        if let Value::Official(o) = &mut officials[k].value {
            o.roles.clone_from(&roles);
            if o.rank.is_none() {
                o.rank.clone_from(&rank);
            }
            o.force = o.force.or(force);
        }
    }
}

/// Whether two posts are the same: their titles and organizations, canonical (so written
/// alike, but for names taken as written: those compare by key).
fn same_post(x: &Role, y: &Role) -> bool {
    let same = |a: &str, b: &str| a == b || tone::key(a) == tone::key(b);
    same(&x.title, &y.title)
        && match (&x.organization, &y.organization) {
            (Some(a), Some(b)) => same(a, b),
            (a, b) => a == b,
        }
}

/// Whether a unit word of an administrative level starts at token `j` ("tỉnh", "xã").
fn unit_at(cx: &Cx<'_, '_>, j: usize) -> bool {
    cx.longest(j, EntryKind::Unit).is_some_and(|(_, u)| {
        matches!(
            u.attrs.level,
            crate::lexicon::Level::Province
                | crate::lexicon::Level::District
                | crate::lexicon::Level::Commune
                | crate::lexicon::Level::Village
        )
    })
}

/// Whether the unit word of a place a post heads starts at token `j` ("Cảng hàng không
/// quốc tế", "sân bay", "chùa"; `headed=yes` in `data/units.tsv`).
fn headed_facility_at(cx: &Cx<'_, '_>, j: usize) -> bool {
    cx.longest(j, EntryKind::Unit)
        .is_some_and(|(_, u)| u.attrs.headed)
}

/// Whether a unit word of a village starts at token `j` ("ấp", "thôn", "bản").
fn village_at(cx: &Cx<'_, '_>, j: usize) -> bool {
    cx.longest(j, EntryKind::Unit)
        .is_some_and(|(_, u)| u.attrs.level == crate::lexicon::Level::Village)
}

/// The end of an organization's head at token `j`, alone and closed by punctuation: the
/// body a post is of, named by its kind ("bệnh viện", "Trường").
fn bare_body_after(cx: &Cx<'_, '_>, j: usize) -> Option<usize> {
    // (Or a word for one's own body that heads nothing: "Hiệu trưởng nhà trường".)
    // (Or a capitalised head alone, the body just named: "Giám đốc Sở Nguyễn Thị A".)
    let own = || {
        crate::keywords::OWN_BODIES
            .iter()
            .find(|[a, b]| cx.a.is_word(j, a) && cx.a.is_word(j + 1, b))
            .map(|_| j + 2)
            .or_else(|| {
                (cx.is_cap(j) && cx.a.is_any_word(j, crate::keywords::HEADS_NAMED_ALONE))
                    .then_some(j + 1)
            })
    };
    let end = match cx.hits.longest(j, EntryKind::Org) {
        Some(h) => h.end as usize,
        None => own()?,
    };
    let words = cx.a.tokens[j..end]
        .iter()
        .all(|t| t.kind == TokenKind::Word && t.space_before);
    // Closed by punctuation, or by the name of the one who holds the post: "Giám đốc Sở
    // Nguyễn Thị A".
    let closes = end >= cx.n()
        || matches!(cx.tok(end).kind, TokenKind::Punct | TokenKind::Break)
        || cx.is_surname(end) && cx.is_cap_spaced(end) && cx.is_cap_spaced(end + 1);
    (words && closes).then_some(end)
}

/// Phrases that introduce a post after a name.
const CONNECTORS: &[&[&str]] = &[
    &["được", "bổ", "nhiệm", "giữ", "chức", "vụ"],
    &["được", "bổ", "nhiệm", "giữ", "chức"],
    &["được", "bổ", "nhiệm", "làm"],
    &["được", "bầu", "giữ", "chức", "vụ"],
    &["được", "bầu", "giữ", "chức"],
    &["được", "bầu", "làm"],
    &["được", "bầu", "là"],
    &["được", "bổ", "nhiệm"],
    &["được", "bầu"],
    &["được", "chỉ", "định", "giữ", "chức"],
    &["được", "chỉ", "định", "làm"],
    &["được", "chỉ", "định"],
    &["được", "điều", "động", "giữ", "chức"],
    // Moved to a post: "được điều về làm Phó Giám đốc …", "được điều động làm …".
    &["được", "điều", "động", "về", "làm"],
    &["được", "điều", "động", "làm"],
    &["được", "điều", "về", "làm"],
    &["được", "luân", "chuyển", "về", "làm"],
    &["được", "luân", "chuyển", "làm"],
    &["được", "phân", "công", "giữ", "chức"],
    &["được", "giao", "giữ", "chức", "vụ"],
    &["được", "giao", "giữ", "chức"],
    &["được", "phân", "công", "làm"],
    &["được", "giao", "làm"],
    // Chosen by the clergy: "được suy cử làm Trưởng ban Trị sự …".
    &["được", "suy", "cử", "làm"],
    &["suy", "cử", "làm"],
    // Taking up a post: "nhận nhiệm vụ Chủ tịch CLB …".
    &["nhận", "nhiệm", "vụ"],
    // Confirmed by the body above: "được chuẩn y giữ chức Phó Chủ nhiệm …".
    &["được", "chuẩn", "y", "giữ", "chức"],
    &["được", "chuẩn", "y", "làm"],
    // A rector confirmed by the ministry: "được Bộ trưởng … công nhận giữ chức Hiệu trưởng".
    &["được", "công", "nhận", "giữ", "chức"],
    &["giữ", "chức", "vụ"],
    &["giữ", "chức"],
    // A post held at the time: "khi ông A còn giữ chức Chủ tịch UBND tỉnh".
    &["còn", "giữ", "chức"],
    &["đang", "giữ", "chức"],
    // Elected (again) to a post: "…, tái đắc cử Bí thư Đảng ủy".
    &["tái", "đắc", "cử"],
    &["đắc", "cử"],
    &["tái", "bổ", "nhiệm"],
    &["được", "tái", "bổ", "nhiệm"],
    &["thôi", "giữ", "chức", "vụ"],
    &["thôi", "giữ", "chức"],
    &["làm"],
    // A post as the predicate: "bà A là Phó Giám đốc Bệnh viện X".
    &["là"],
    // A post held before: "Bà A, nguyên Giám đốc Sở X, …", "ông B, cựu Chủ tịch …",
    // "ông C, khi đó là Phó Chi cục trưởng …".
    &["nguyên"],
    &["cựu"],
    &["khi", "đó", "là"],
    &["lúc", "đó", "là"],
    // The post held now, after one held before: "…, nay là Phó Giám đốc Sở X".
    &["nay", "là"],
    &["hiện", "là"],
    &["từng", "là"],
    &["từng", "làm"],
    // As comments write it: "hồi trước làm phó giám đốc sở", "trước đây là …".
    &["hồi", "trước", "làm"],
    &["hồi", "trước", "là"],
    &["trước", "đây", "làm"],
    &["trước", "đây", "là"],
    &["trước", "là"],
    &["trước", "làm"],
    // A second post held at once: "…, đồng thời là Chủ tịch HĐND xã".
    &["đồng", "thời", "là"],
    &["đồng", "thời", "làm"],
    &["đồng", "thời", "giữ", "chức", "vụ"],
    &["đồng", "thời", "giữ", "chức"],
    &["nay", "giữ", "chức", "vụ"],
    &["nay", "giữ", "chức"],
    &["hiện", "giữ", "chức", "vụ"],
    &["hiện", "giữ", "chức"],
    // Said of the person just named: "ông A, người vừa thôi giữ chức …".
    &["người", "vừa", "thôi", "giữ", "chức"],
    &["người", "thôi", "giữ", "chức"],
    &["người", "từng", "giữ", "chức"],
    &["từng", "giữ", "các", "chức", "vụ"],
    &["từng", "giữ", "chức", "vụ"],
    &["từng", "giữ", "chức"],
    &["giữ", "các", "chức", "vụ"],
    // Confirmed in a post by the one above: "được phê chuẩn giữ chức Chủ tịch UBND tỉnh".
    &["được", "phê", "chuẩn", "giữ", "chức"],
    &["được", "phê", "chuẩn", "làm"],
    &["người", "giữ", "chức"],
    &["người", "vừa", "được", "giao", "giữ", "chức"],
    &["người", "vừa", "được", "bổ", "nhiệm", "giữ", "chức"],
    &["người", "vừa", "được", "bổ", "nhiệm", "làm"],
    &["người", "vừa", "được", "bầu", "giữ", "chức"],
    &["người", "vừa", "được", "bầu", "làm"],
];

/// The furthest a post given by "giữ chức" may stand from the roles before it, in tokens.
const FAR_POST: usize = 16;

/// Verbs that report what someone says: past one, a post named is not the speaker's.
const REPORTING: &[[&str; 2]] = &[
    ["cho", "biết"],
    ["đề", "nghị"],
    ["phát", "biểu"],
    ["yêu", "cầu"],
    ["khẳng", "định"],
    ["nhấn", "mạnh"],
    ["cho", "rằng"],
    ["thông", "tin"],
    ["chỉ", "đạo"],
];

/// Words before "giữ chức" that make the person of the clause take the post ("và giữ
/// chức", "sẽ giữ chức", "tiếp tục giữ chức", "được bổ nhiệm giữ chức", "hiện giữ chức");
/// after a noun
/// ("người giữ chức") the post is someone else's.
const TAKES_POST: &[&str] = &[
    "và", "sẽ", "đã", "được", "tục", "nhiệm", "cử", "bầu", "hiện", "nay", "từng",
];

/// Where "giữ chức (vụ)" stands after token `j` in the same clause (no sentence end, no
/// semicolon, no reporting verb, no person on the way, as `is_person` tells), said of the
/// clause's person, with its length.
fn far_post(
    cx: &Cx<'_, '_>,
    j: usize,
    is_person: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let n = cx.n();
    let k = (j..(j + FAR_POST).min(n))
        .take_while(|&k| !(cx.a.ends_sentence(k) || cx.a.is_punct(k, ";") || is_person(k)))
        .find(|&k| cx.a.is_word(k, "giữ") && cx.a.is_word(k + 1, "chức"))?;
    // Rare enough to check only now: who takes the post, and whether a reporting verb
    // stands between.
    // (Also after the comma that closes an aside about the person: "Đại tá A, quê xã B,
    // giữ chức …".)
    if k == 0 || !(cx.a.is_any_word(k - 1, TAKES_POST) || cx.a.is_punct(k - 1, ",")) {
        return None;
    }
    let reported = (j..k).any(|t| {
        REPORTING
            .iter()
            .any(|[a, b]| cx.a.is_word(t, a) && cx.a.is_word(t + 1, b))
    });
    if reported {
        return None;
    }
    let len = if cx.a.is_word(k + 2, "vụ") { 3 } else { 2 };
    Some((k, len))
}

/// The length of the connector at token `k`, or 0; an adverb of time before it counts with
/// it ("vừa được bổ nhiệm làm", "đã được bầu giữ chức", "tiếp tục được bầu làm").
fn connector(cx: &Cx<'_, '_>, k: usize) -> usize {
    let adverb = if cx.a.is_any_word(k, &["vừa", "đã", "mới"]) {
        1
    } else if cx.a.is_word(k, "tiếp") && cx.a.is_word(k + 1, "tục") {
        2
    } else {
        0
    };
    if adverb > 0 {
        let n = bare_connector(cx, k + adverb);
        return if n > 0 { n + adverb } else { 0 };
    }
    bare_connector(cx, k)
}

/// The length of the connector at token `k` itself, or 0.
fn bare_connector(cx: &Cx<'_, '_>, k: usize) -> usize {
    // Most tokens start none: their folded form says so without checking diacritics. Each
    // connector's first word folded, in the order of the list.
    static FIRST: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        CONNECTORS
            .iter()
            .map(|c| crate::normalize::fold(c[0]))
            .collect()
    });
    // ("dc"/"đc" is "được" as typed in haste.)
    let hasty = |k: usize| matches!(cx.a.fold(k), "dc");
    if k >= cx.n() || cx.tok(k).kind != TokenKind::Word {
        return 0;
    }
    // The same, sorted and once each, to say at once that a word starts none.
    static STARTS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut v: Vec<&'static str> = FIRST.iter().map(String::as_str).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    let first = if hasty(k) { "duoc" } else { cx.a.fold(k) };
    if STARTS.binary_search(&first).is_err() {
        return 0;
    }
    let at = |k: usize, words: &[&str]| {
        words
            .iter()
            .enumerate()
            .all(|(o, w)| cx.a.is_word(k + o, w) || *w == "được" && hasty(k + o))
    };
    // (Not one whose last word opens the post: "giữ chức Vụ trưởng" is "giữ chức", then
    // "Vụ trưởng", not "giữ chức vụ".)
    // (Written with its capital, on a line not in capitals: "giữ chức vụ Trưởng phòng" is
    // "giữ chức vụ" and "Trưởng phòng".)
    let opens_post = |words: &[&str]| {
        let last = k + words.len() - 1;
        words.len() > 1
            && cx.tok(last).initial_upper
            && !cx.caps(last)
            && cx.starts(last, EntryKind::Title)
    };
    // (Only the connectors that start with the token's word are read.)
    if let Some(words) = CONNECTORS
        .iter()
        .zip(FIRST.iter())
        .filter(|(_, f)| f.as_str() == first)
        .map(|(words, _)| words)
        .find(|words| at(k, words) && !opens_post(words))
    {
        return words.len();
    }
    agent_connector(cx, k, &at)
}

/// The most words of the one who gives a post, between "được" and the verb: "được Quốc
/// hội bầu làm", "được Thủ tướng Chính phủ bổ nhiệm giữ chức".
const MAX_AGENT: usize = 10;

/// The length of a connector whose giver of the post stands inside it, after "được" at
/// token `k`, or 0: a capitalised name of a body or a post, then the verb and what makes it
/// a post ("làm", "giữ chức", "là").
fn agent_connector(cx: &Cx<'_, '_>, k: usize, at: &dyn Fn(usize, &[&str]) -> bool) -> usize {
    if !cx.a.is_word(k, "được") || k + 1 >= cx.n() || !cx.is_cap_spaced(k + 1) {
        return 0;
    }
    for m in k + 2..=(k + 1 + MAX_AGENT).min(cx.n()) {
        // (Words, and the joiners glued inside one: "Bộ GD&ĐT".)
        let t = cx.tok(m - 1);
        let joiner = t.kind == TokenKind::Punct
            && !t.space_before
            && matches!(cx.a.fold(m - 1), "&" | "-" | "'" | "/");
        if !(t.kind == TokenKind::Word || joiner) {
            return 0;
        }
        let found = CONNECTORS.iter().find(|words| {
            words.len() >= 3
                && words[0] == "được"
                && matches!(words[words.len() - 1], "làm" | "chức" | "vụ" | "là")
                && at(m, &words[1..])
        });
        if let Some(words) = found {
            return m - k + words.len() - 1;
        }
    }
    0
}

/// One person across a document: every role seen, the rank, and where each mention is.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct OfficialRecord {
    /// The name (NFC, single spaces), as first written.
    pub name: String,
    /// The highest rank given.
    pub rank: Option<String>,
    /// The force, if the rank or an organization names one.
    pub force: Option<Force>,
    /// Every distinct post, in order of first mention.
    pub roles: Vec<Role>,
    /// The span of every mention of the name.
    pub mentions: Vec<Span>,
}

/// Merges officials and persons of one document by name (case, diacritics form and tone
/// placement aside): only names that are an official at least once make a record.
pub fn merge(entities: &[crate::entity::Entity<'_>]) -> Vec<OfficialRecord> {
    // (name key, record, grade of the record's rank)
    let mut records: Vec<(String, OfficialRecord, u8)> = Vec::new();
    for e in entities {
        let Value::Official(o) = &e.value else {
            continue;
        };
        let key = tone::key(&o.name);
        let idx = match records.iter().position(|(k, _, _)| *k == key) {
            Some(i) => i,
            None => {
                let rec = OfficialRecord {
                    name: o.name.clone(),
                    rank: None,
                    force: None,
                    roles: Vec::new(),
                    mentions: Vec::new(),
                };
                records.push((key, rec, u8::MAX));
                records.len() - 1
            }
        };
        // The grade of this mention's rank: the rank entity inside the official's span.
        let grade = entities.iter().find_map(|x| match &x.value {
            Value::Rank { grade, .. } if e.span().contains(x.span()) => Some(*grade),
            _ => None,
        });
        let (_, rec, best) = &mut records[idx];
        if let (Some(r), Some(g)) = (&o.rank, grade) {
            if g < *best {
                rec.rank = Some(r.clone());
                *best = g;
            }
        }
        rec.force = rec.force.or(o.force);
        for role in &o.roles {
            if !rec.roles.iter().any(|x| same_post(x, role)) {
                rec.roles.push(role.clone());
            }
        }
    }
    for e in entities {
        if let Value::Person { name } = &e.value {
            let key = tone::key(name);
            if let Some((_, rec, _)) = records.iter_mut().find(|(k, _, _)| *k == key) {
                rec.mentions.push(e.span());
            }
        }
    }
    records.into_iter().map(|(_, r, _)| r).collect()
}
