//! Dates, times of day and periods of years.

use super::number::Chains;
use super::{Candidate, Cx};
use crate::entity::Value;
use crate::token::TokenKind;

#[inline]
fn glued(cx: &Cx<'_, '_>, i: usize) -> bool {
    cx.glued(i)
}

#[inline]
fn num(cx: &Cx<'_, '_>, i: usize) -> Option<u32> {
    if i < cx.n() && cx.tok(i).kind == TokenKind::Number && cx.a.text(i).len() <= 4 {
        cx.a.text(i).parse().ok()
    } else {
        None
    }
}

fn is_year(cx: &Cx<'_, '_>, i: usize) -> Option<i32> {
    (i < cx.n() && cx.a.text(i).len() == 4)
        .then(|| num(cx, i))
        .flatten()
        .filter(|y| (1000..=2199).contains(y))
        .map(|y| y as i32)
}

fn days_in(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid_dm(d: u32, m: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in(m)
}

/// A separator at `i` that joins date parts: glued "/", "-", "." or a spaced dash.
fn sep(cx: &Cx<'_, '_>, i: usize, spaced_dash: bool) -> Option<&'static str> {
    if i >= cx.n() || cx.tok(i).kind != TokenKind::Punct {
        return None;
    }
    let f = match cx.a.fold(i) {
        "/" => "/",
        "-" => "-",
        "." => ".",
        _ => return None,
    };
    let tight = !cx.tok(i).space_before && glued(cx, i + 1);
    let loose = spaced_dash
        && f == "-"
        && cx.tok(i).space_before
        && i + 1 < cx.n()
        && cx.tok(i + 1).space_before;
    (tight || loose).then_some(f)
}

fn date(start: usize, end: usize, y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Candidate {
    Candidate::new(
        start,
        end,
        Value::Date {
            year: y,
            month: m.map(|m| m as u8),
            day: d.map(|d| d as u8),
        },
    )
}

/// A year read out after "năm": "năm hai nghìn không trăm hai mươi sáu" is 2026, its span
/// the year as a year in digits is ("năm" left out). Only a number of thousands in words
/// ("hai nghìn …"), of this era: "năm năm" are five years.
fn year_in_words(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    if !cx.a.is_word(i, "năm") || i + 2 >= cx.n() || !cx.a.is_word(i + 2, "nghìn") {
        return None;
    }
    // (Not a count per year: "mỗi năm hai nghìn tấn", "cả năm hai nghìn lượt".)
    if i > 0 && cx.a.is_any_word(i - 1, PER_YEAR) {
        return None;
    }
    let w = crate::matchers::number::words_numeral(cx, i + 1)?;
    let (mut y, mut end) = (w.value as i32, w.end);
    // The units after "lẻ" or "linh": "hai nghìn lẻ năm" is 2005.
    if cx.a.is_any_word(end, &["lẻ", "linh"]) {
        let unit =
            crate::matchers::number::unit_word(cx, end + 1).filter(|u| (1..=9).contains(u))?;
        y += unit as i32;
        end += 2;
    }
    (w.value.fract() == 0.0 && (1945..=2100).contains(&y))
        .then(|| date(i + 1, end, Some(y), None, None))
}

/// Words before "năm" that make it "a year" of a count, not the year named after it.
const PER_YEAR: &[&str] = &[
    "mỗi", "hằng", "hàng", "cả", "một", "khoảng", "trong", "gần", "hơn",
];

/// Every date, time and period.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let chains = Chains::new(cx);
    find_with(cx, &chains, out);
}

pub(crate) fn find_with(cx: &Cx<'_, '_>, chains: &Chains, out: &mut Vec<Candidate>) {
    let n = cx.n();
    let mut i = 0;
    while i < n {
        let t = cx.tok(i);
        // Only a number, a date word or a number word starts one: the tags skip the rest.
        if t.kind != TokenKind::Number
            && t.tags & (crate::keywords::DATE | crate::keywords::NUMBER) == 0
        {
            i += 1;
            continue;
        }
        if t.kind == TokenKind::Number && !chains.wordy[i] {
            if let Some((first, last)) = day_range(cx, i) {
                out.push(first);
                i += 1;
                if let Some(last) = last {
                    i = last.end as usize;
                    out.push(last);
                }
                continue;
            }
        }
        let found = if t.kind == TokenKind::Number && !chains.wordy[i] {
            numeric_date(cx, i)
                .or_else(|| clock(cx, i))
                .or_else(|| clock_glued(cx, i))
                .or_else(|| spoken_time(cx, i))
                .or_else(|| year_range(cx, i))
                .or_else(|| day_month_words(cx, i))
                .or_else(|| born_year(cx, i))
                .or_else(|| born_short(cx, i))
        } else if t.kind == TokenKind::Number {
            clock_glued(cx, i).or_else(|| month_typed_short(cx, i))
        } else if t.kind == TokenKind::Word {
            // Only "ngày", "mồng", "mùng", "tháng", "năm" and "từ" start a date, and a number
            // word an hour: the tags skip the other words.
            // An hour in words ends at "giờ" within three words: "hai mươi ba giờ".
            let hour_words = || {
                (i + 1..(i + 4).min(n)).any(|k| cx.a.fold(k) == "gio" && cx.a.is_word(k, "giờ"))
                    && crate::keywords::NUMBER_SET.contains(cx.a, i)
            };
            if crate::keywords::DATE_SET.contains(cx.a, i) {
                spelled_date(cx, i)
                    .or_else(|| from_to_years(cx, i))
                    .or_else(|| year_in_words(cx, i))
                    .or_else(|| hour_words().then(|| spoken_time(cx, i)).flatten())
            } else if t.tags & crate::keywords::NUMBER != 0 && hour_words() {
                spoken_time(cx, i)
            } else {
                None
            }
        } else {
            None
        };
        match found {
            Some(c) => {
                i = c.end as usize;
                out.push(c);
            }
            None => i += 1,
        }
    }
}

/// "t8/2025": "tháng 8/2025" typed in haste, the month's number at token `i`.
fn month_typed_short(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    if !(i > 0 && cx.a.fold(i - 1) == "t" && cx.tok(i - 1).space_before && glued(cx, i)) {
        return None;
    }
    let m = num(cx, i).filter(|m| (1..=12).contains(m))?;
    if !(cx.a.is_punct(i + 1, "/") && glued(cx, i + 1) && glued(cx, i + 2)) {
        return None;
    }
    let y = is_year(cx, i + 2)?;
    Some(date(i - 1, i + 3, Some(y), Some(m), None))
}

/// "SN 1987": the year of birth ("sinh năm") written short; a year after its lunar name
/// ("Tết Bính Ngọ 2026") or after an event's ("Olympic 2028").
fn born_year(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let y = is_year(cx, i)?;
    let after_sn = i > 0 && cx.tok(i - 1).kind == TokenKind::Word && cx.a.fold(i - 1) == "sn";
    let after_name = i >= 2 && crate::keywords::year_name_at(cx.a, i - 2);
    // The year of an event after its name: "Asian Cup 2027", "Festival Huế 2026" (a name
    // capitalised as a name is, not a code such as "G20 2026" or "CSB 2014").
    let after_event = i > 0
        && cx.tok(i - 1).kind == TokenKind::Word
        && (cx.tok(i - 1).case == crate::token::Case::Title
            // (Or a body known by its letters that holds the event: "APEC 2025".)
            || cx.tok(i - 1).case == crate::token::Case::Upper
                && !cx.caps(i - 1)
                && cx.ends_at(i, crate::lexicon::EntryKind::Org, 1))
        && (1900..=2100).contains(&y);
    // The year of the New Year's festival: "Tết Nguyên đán 2026", "Tết Dương lịch 2025",
    // "Tết Âm lịch 2026".
    let after_tet = || {
        i > 0
            && (1900..=2100).contains(&y)
            && matches!(cx.a.fold(i - 1), "tet" | "dan" | "lich")
            && (cx.a.is_word(i - 1, "tết")
                || i >= 3
                    && cx.a.is_word(i - 3, "tết")
                    && (cx.a.is_word(i - 1, "đán") && cx.a.is_word(i - 2, "nguyên")
                        || cx.a.is_word(i - 1, "lịch")
                            && cx.a.is_any_word(i - 2, &["dương", "âm"])))
    };
    // The year of a season or a crop: "vụ đông 2025", "vụ hè thu 2024", "mùa mưa bão 2025".
    let after_season = || {
        i > 0
            && (1900..=2100).contains(&y)
            && cx.a.is_any_word(i - 1, SEASONS)
            // ("vụ" or "mùa", then season words only: not "mùa này thu 2000 tấn".)
            && (2..=4).filter(|&b| i >= b).any(|b| {
                cx.a.is_any_word(i - b, &["vụ", "mùa"])
                    && (i - b + 1..i).all(|k| cx.a.is_any_word(k, SEASONS))
            })
    };
    // A year first in brackets after a word, alone or before a comma: a person's year of
    // birth ("Hoàng Văn Tình (1988)", "(1988, trú …)"), an event's year.
    let bracketed = i >= 2
        && cx.a.is_punct(i - 1, "(")
        && cx.tok(i - 2).kind == TokenKind::Word
        && (1900..=2100).contains(&y)
        && matches!(cx.a.fold(i + 1), ")" | ",");
    if !(cx.tok(i).space_before || bracketed)
        || !(after_sn
            || after_name
            || after_event
            || after_tet()
            || after_season()
            || after_noun(cx, i, y)
            || bracketed)
    {
        return None;
    }
    if glued(cx, i + 1) && !matches!(cx.a.fold(i + 1), "," | "." | ")" | ";" | ":") {
        return None;
    }
    Some(date(i, i + 1, Some(y), None, None))
}

/// The words that end a season's or a crop's name ("vụ đông", "mùa mưa bão").
const SEASONS: &[&str] = &["đông", "xuân", "thu", "hè", "mưa", "khô", "lũ", "bão"];

/// "sn 98": a year of birth in two digits after "sn" (sinh năm), as comments write it;
/// 1930 to 2029.
fn born_short(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let yy = num(cx, i).filter(|_| cx.a.text(i).len() == 2)? as i32;
    let after_sn = i > 0 && cx.tok(i - 1).kind == TokenKind::Word && cx.a.fold(i - 1) == "sn";
    // (Not a house's number, "SN" for "số nhà": "căn nhà SN 45", "trú tại SN 98 đường …".)
    let house = i >= 2 && cx.a.is_any_word(i - 2, &["nhà", "tại"])
        || cx.starts(i + 1, crate::lexicon::EntryKind::Unit)
        || cx.a.is_any_word(i + 1, &["đường", "phố", "ngõ", "hẻm"]);
    if !after_sn || house || !cx.tok(i).space_before || glued(cx, i + 1) && !ends_clause(cx, i + 1)
    {
        return None;
    }
    let y = if yy < 30 { 2000 + yy } else { 1900 + yy };
    Some(date(i, i + 1, Some(y), None, None))
}

/// Words after which a number is a quantity, not a year: "khoảng 2000.", "gần 1980,".
const QUANTITY_WORDS: &[&str] = &[
    "khoảng",
    "gần",
    "hơn",
    "tổng",
    "số",
    "đạt",
    "mất",
    "tới",
    "hết",
    "chừng",
    "ngót",
    "xỉ",
    "tăng",
    "giảm",
    "còn",
    "cả",
    "tất",
    "mỗi",
    "tốp",
    "top",
    "lần",
    "bằng",
    "nhân",
    "chia",
    "cộng",
    "trừ",
    "phòng",
    "nhà",
    "lô",
    "mã",
    "hiệu",
    "thứ",
    "hạng",
    "điểm",
    "cao",
    "sâu",
    "dài",
    "rộng",
    "nặng",
    "giá",
    "tuyển",
    "dụng",
    "trợ",
    "bán",
    "mua",
    "nhận",
    "cấp",
    "chi",
    "nộp",
    "góp",
    "vay",
    "đón",
    "xuất",
    "nhập",
    "trả",
    "thưởng",
    "phạt",
];

/// A year after a common noun, where a year is the thing that can end there: "kỳ thi tốt
/// nghiệp thpt 2025,", "vụ lúa xuân 2025 cho …", "Bộ luật Dân sự 2015 là …". The year
/// stands before a sentence's punctuation, a line's end or a function word, so "1980 hộ
/// dân" stays a count; after a word of quantity or trade ("khoảng", "tuyển dụng", "bán")
/// it is a count too.
fn after_noun(cx: &Cx<'_, '_>, i: usize, y: i32) -> bool {
    use crate::keywords::{DATE, NUMBER, STOP};
    static QUANTITY: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| crate::token::WordSet::new(QUANTITY_WORDS));
    if i == 0 || !(1945..=2100).contains(&y) {
        return false;
    }
    let prev = cx.tok(i - 1);
    // (A word in lower case: after a code in capitals it is a serial, "tàu CSB 2014".)
    if prev.kind != TokenKind::Word
        || prev.case != crate::token::Case::Lower && !prev.caps_line
        || prev.tags & (STOP | NUMBER | DATE) != 0
        || QUANTITY.contains(cx.a, i - 1)
    {
        return false;
    }
    match cx.a.tokens.get(i + 1) {
        None => true,
        Some(t) => match t.kind {
            TokenKind::Break => true,
            TokenKind::Punct => matches!(cx.a.fold(i + 1), "," | "." | ")" | ";" | ":" | "!" | "?"),
            TokenKind::Word => t.space_before && t.tags & STOP != 0,
            TokenKind::Number => false,
        },
    }
}

/// "22/12/2023", "7-11-2024", "29.03.2024", "9/2017", "2023-12", "22/12" in context.
fn numeric_date(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let a = num(cx, i)?;
    // A quarter is no month: "quý 4/2025".
    if i > 0 && cx.a.is_word(i - 1, "quý") && (1..=4).contains(&a) {
        return None;
    }

    // ISO: 2023-12 or 2023-12-22.
    if let Some(y) = is_year(cx, i) {
        if sep(cx, i + 1, false) == Some("-") {
            let m =
                num(cx, i + 2).filter(|m| (1..=12).contains(m) && cx.a.text(i + 2).len() == 2)?;
            if sep(cx, i + 3, false) == Some("-") {
                if let Some(d) = num(cx, i + 4).filter(|&d| valid_dm(d, m)) {
                    return Some(date(i, i + 5, Some(y), Some(m), Some(d)));
                }
            }
            return Some(date(i, i + 3, Some(y), Some(m), None));
        }
        return None;
    }
    let s1 = sep(cx, i + 1, true)?;
    let b = num(cx, i + 2)?;
    let spaced = cx.tok(i + 1).space_before;
    // d/m/y with the same separator twice.
    if !spaced && sep(cx, i + 3, false) == Some(s1) {
        if let Some(y) = is_year(cx, i + 4) {
            if valid_dm(a, b) {
                return Some(date(i, i + 5, Some(y), Some(b), Some(a)));
            }
        }
        return None;
    }
    // d - m - y with spaced dashes, as typeset: "14 – 8 – 2025".
    if spaced && sep(cx, i + 3, true) == Some("-") && cx.tok(i + 3).space_before {
        if let Some(y) = is_year(cx, i + 4).filter(|_| valid_dm(a, b)) {
            return Some(date(i, i + 5, Some(y), Some(b), Some(a)));
        }
    }
    // m/y.
    if !spaced && s1 != "." {
        if let Some(y) = is_year(cx, i + 2) {
            if (1..=12).contains(&a) {
                return Some(date(i, i + 3, Some(y), Some(a), None));
            }
            return None;
        }
    }
    // d/m: with a day word before it, or in brackets; with a dot only after a day word
    // ("ngày 11.11"), where "12.5" is otherwise a number.
    // (Not "tới" of a share: "chiếm tới 3/4", "lên tới 2/3".)
    let share = i >= 2
        && cx.a.is_any_word(i - 1, &["tới", "đến"])
        && cx.a.is_any_word(i - 2, &["chiếm", "lên"]);
    let context =
        !share && (1..=2).any(|k| i >= k && crate::keywords::DAY_SET.contains(cx.a, i - k));
    // (A range of a measure is no date, "từ 5-10 km", nor one of a count without a day
    // word before it, "3-4 người"; "Ngày 2-9 năm nay" is a date.)
    let counted = s1 == "-"
        && (cx.a.is_any_word(i + 3, crate::keywords::MEASURES)
            || !context && cx.a.is_any_word(i + 3, crate::keywords::COUNTED));
    if s1 == "." && !context
        || counted
        || !valid_dm(a, b)
        || cx.a.text(i + 2).len() > 2
        || glued(cx, i + 3) && !ends_clause(cx, i + 3) && !dashed_range(cx, i + 3)
    {
        return None;
    }
    let bracketed = i > 0 && cx.a.is_punct(i - 1, "(") && cx.a.is_punct(i + 3, ")");
    // A dateline: "Hà Nội, 12/11 – …".
    let dateline = s1 == "/"
        && i >= 2
        && cx.a.is_punct(i - 1, ",")
        && cx.ends_at(i - 1, crate::lexicon::EntryKind::Place, 3)
        && (i + 3 >= cx.n() || cx.a.is_dash(i + 3) || ends_clause(cx, i + 3));
    let context = context || dateline;
    // After the name of a day: "Ngày Nhà giáo Việt Nam 20-11", "Ngày Thương binh - Liệt sĩ
    // 27/7".
    let holiday = (2..=7).filter(|&k| i >= k).any(|k| {
        let s = i - k;
        cx.tok(s).initial_upper
            && cx.a.is_word(s, "ngày")
            && (s + 1..i).all(|t| cx.tok(t).kind == TokenKind::Word || cx.a.is_dash(t))
    });
    // The end of a range whose start is a date: "30/4 - 1/5", "từ 2/9 đến 5/9".
    // (The start with a day word or "từ" before it, as a date of its own.)
    let range_end = s1 == "/"
        && i >= 5
        && (cx.a.is_dash(i - 1) || cx.a.is_any_word(i - 1, &["đến", "tới"]))
        && cx.a.is_punct(i - 3, "/")
        && num(cx, i - 4)
            .zip(num(cx, i - 2))
            .is_some_and(|(d, m)| valid_dm(d, m) && cx.a.text(i - 2).len() <= 2)
        && (cx.a.is_word(i - 5, "từ")
            || (5..=6).any(|k| i >= k && crate::keywords::DAY_SET.contains(cx.a, i - k)));
    // A word of time after it: "15/11 sẽ trả", "20/12 tới", "2/9 này".
    let time_after = s1 == "/"
        && i + 3 < cx.n()
        && cx.tok(i + 3).space_before
        && cx.a.is_any_word(i + 3, DAY_AFTER);
    if bracketed || context || holiday || range_end || time_after {
        return Some(date(i, i + 3, None, Some(b), Some(a)));
    }
    None
}

/// A range of days of one month, the month written once after the last: "28-30/9",
/// "16 - 20/11/2025", "từ ngày 28 đến ngày 30 tháng 11", "ngày 5 và 6/10". The first day
/// is a date of that month as written (no year: "--09-28"); with the last day's date when
/// it is written with a slash (a month in words is read as a date of its own).
fn day_range(cx: &Cx<'_, '_>, i: usize) -> Option<(Candidate, Option<Candidate>)> {
    // (Most numbers are followed by neither a dash nor a function word: said at once.)
    let next = cx.tok(i + 1);
    if !(next.kind == TokenKind::Punct
        || next.kind == TokenKind::Word
            && (next.tags & crate::keywords::STOP != 0 || cx.a.fold(i + 1) == "toi"))
        || cx.a.text(i).len() > 2
    {
        return None;
    }
    let first = num(cx, i).filter(|d| (1..=31).contains(d))?;
    // (A day glued to what stands before it is part of something else: "1/28-30/9".)
    if glued(cx, i) && i > 0 && !cx.a.is_punct(i - 1, "(") {
        return None;
    }
    let dashed = sep(cx, i + 1, true) == Some("-");
    let joined = !dashed && cx.a.is_any_word(i + 1, &["đến", "tới", "và"]);
    if !(dashed || joined) {
        return None;
    }
    // In words, the day needs a day word or "từ" before it ("tăng từ 16 đến 20/11" aside,
    // "từ 16 đến 20" counts).
    let day_word = (1..=2).any(|k| i >= k && crate::keywords::DAY_SET.contains(cx.a, i - k));
    let from = i >= 1 && cx.a.is_word(i - 1, "từ");
    if joined && !(day_word || from) {
        return None;
    }
    let k = i + 2 + (joined && cx.a.is_word(i + 2, "ngày")) as usize;
    let last = num(cx, k).filter(|&d| d > first && d <= 31 && cx.a.text(k).len() <= 2)?;
    if sep(cx, k + 1, false) == Some("/") {
        let m = num(cx, k + 2).filter(|&m| valid_dm(last, m) && cx.a.text(k + 2).len() <= 2)?;
        // Not a fraction or a code: the month ends there, or a year follows.
        let (y, end) = if sep(cx, k + 3, false) == Some("/") {
            (Some(is_year(cx, k + 4)?), k + 5)
        } else {
            (None, k + 3)
        };
        if glued(cx, end) && !ends_clause(cx, end) || counted_after(cx, end) {
            return None;
        }
        // Without a day word before it, the range must end its phrase ("diễn ra 28-30/9,"):
        // "khoảng 1-2/3 diện tích", "từ 3 đến 5/10 học sinh" are shares, "số 15-17/2
        // Nguyễn Trãi" a house.
        let ends_phrase = end >= cx.n()
            || matches!(cx.tok(end).kind, TokenKind::Punct | TokenKind::Break)
            || cx.a.is_any_word(end, DAY_AFTER)
            || cx.a.is_any_word(end, &["tại", "ở"]);
        if !day_word && !ends_phrase {
            return None;
        }
        return Some((
            date(i, i + 1, None, Some(m), Some(first)),
            Some(date(k, end, y, Some(m), Some(last))),
        ));
    }
    if cx.a.is_word(k + 1, "tháng") && cx.tok(k + 1).space_before {
        let (m, _) = month_at(cx, k + 2)?;
        if valid_dm(last, m) && day_month_words(cx, k).is_some() {
            return Some((date(i, i + 1, None, Some(m), Some(first)), None));
        }
    }
    None
}

/// Whether a measure or a counted noun stands at `k`: what comes before is a range of
/// them ("3-4/5 số cổ phiếu", "16 đến 20/11 điểm"), not of days.
fn counted_after(cx: &Cx<'_, '_>, k: usize) -> bool {
    cx.a.is_any_word(k, crate::keywords::MEASURES)
        || cx.a.is_any_word(k, crate::keywords::COUNTED)
        || cx.a.is_any_word(k, &["số", "điểm"])
}

/// Whether a dash glued at `k` joins a day and month to another: "30/4-4/5".
fn dashed_range(cx: &Cx<'_, '_>, k: usize) -> bool {
    cx.a.is_dash(k)
        && glued(cx, k + 1)
        && num(cx, k + 1).is_some()
        && cx.a.is_punct(k + 2, "/")
        && num(cx, k + 3).is_some()
}

/// Words after a day and month that make them a date: the future, or "this" and "next".
const DAY_AFTER: &[&str] = &["sẽ", "tới", "này", "vừa", "mới"];

/// Whether token `k` is punctuation that ends a phrase: ")", ",", ".", ";", ":" — but not
/// a dot or dash that continues a number.
fn ends_clause(cx: &Cx<'_, '_>, k: usize) -> bool {
    matches!(
        cx.a.fold(k),
        ")" | "," | ";" | ":" | "\"" | "!" | "?" | "..."
    ) || cx.a.is_punct(k, ".") && !(glued(cx, k + 1) && cx.tok(k + 1).kind == TokenKind::Number)
}

/// "08:52", "15:23:24".
fn clock(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let h = num(cx, i).filter(|&h| h <= 23 && cx.a.text(i).len() <= 2)?;
    if !(cx.a.is_punct(i + 1, ":") && glued(cx, i + 1) && glued(cx, i + 2)) {
        return None;
    }
    let m = num(cx, i + 2).filter(|&m| m <= 59 && cx.a.text(i + 2).len() == 2)?;
    let mut end = i + 3;
    let mut second = None;
    if cx.a.is_punct(end, ":") && glued(cx, end) && glued(cx, end + 1) {
        if let Some(s) = num(cx, end + 1).filter(|&s| s <= 59 && cx.a.text(end + 1).len() == 2) {
            second = Some(s as u8);
            end += 2;
        }
    }
    Some(Candidate::new(
        i,
        end,
        Value::Time {
            hour: h as u8,
            minute: m as u8,
            second,
        },
    ))
}

/// "14h30", "8h", "8g15".
fn clock_glued(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    if !(cx.tok(i).space_before || i > 0 && cx.tok(i - 1).kind == TokenKind::Punct) {
        return None;
    }
    let h = num(cx, i).filter(|&h| h <= 24 && cx.a.text(i).len() <= 2)?;
    if !(glued(cx, i + 1) && (cx.a.is_word(i + 1, "h") || cx.a.is_word(i + 1, "g"))) {
        return None;
    }
    let mut end = i + 2;
    let mut minute = 0;
    if glued(cx, end) && cx.tok(end).kind == TokenKind::Number {
        let m = num(cx, end).filter(|&m| m <= 59 && cx.a.text(end).len() == 2)?;
        minute = m;
        end += 1;
        if glued(cx, end) && cx.a.is_any_word(end, &["p", "ph"]) {
            end += 1;
        }
    }
    if glued(cx, end) && cx.tok(end).kind != TokenKind::Punct {
        return None;
    }
    // "8g15" is a time, "5G" a network.
    if end == i + 2 && cx.a.is_word(i + 1, "g") {
        return None;
    }
    // (A part of the day after the time is its own: "tới 2h sáng".)
    let part_after = end < cx.n() && cx.a.is_any_word(end, DAY_PARTS);
    let hour = match part_of_day(cx, h % 24, end) {
        same if same == h % 24 && !part_after => part_of_day_before(cx, same, i),
        other => other,
    };
    Some(Candidate::new(
        i,
        end,
        Value::Time {
            hour: hour as u8,
            minute: minute as u8,
            second: None,
        },
    ))
}

/// The hour on the 24-hour clock, read with the part of the day written after the time at
/// token `end` ("sáng", "chiều", "tối", "đêm", "trưa"). The word is not part of the time's
/// span: "8h30" of "8h30 tối" is 20:30, as "22/12" of "chiều 22/12" is the date.
/// The hour read with a part of the day just before it, where none follows: "tối 11h",
/// "tối qua 11h", "chiều nay 3h" (the time at token `i`).
/// (With its diacritics only: without them "toi 11h" is "tới 11h", until 11 o'clock.)
fn part_of_day_before(cx: &Cx<'_, '_>, hour: u32, i: usize) -> u32 {
    let part = (1..=2).filter(|&b| i >= b).find(|&b| {
        cx.a.is_any_word(i - b, &["chiều", "tối", "đêm"])
            && cx.tok(i - b).marks
            && (b == 1 || cx.a.is_any_word(i - 1, &["qua", "nay", "mai", "hôm"]))
    });
    match part {
        Some(b) if cx.a.is_word(i - b, "đêm") => {
            if (7..12).contains(&hour) {
                hour + 12
            } else {
                hour
            }
        }
        Some(_) if hour < 12 => hour + 12,
        _ => hour,
    }
}

fn part_of_day(cx: &Cx<'_, '_>, hour: u32, end: usize) -> u32 {
    if end < cx.n() && !cx.tok(end).space_before {
        return hour;
    }
    // Without diacritics "toi" before another time is "tới" (until): "tu 5h30 toi 11h"
    // (not before a date: "9h toi 15/3" is the evening).
    if cx.a.fold(end) == "toi"
        && !cx.tok(end).marks
        && cx.tok(end + 1).kind == TokenKind::Number
        && !cx.a.is_punct(end + 2, "/")
        && !cx.a.is_punct(end + 2, "-")
    {
        return hour;
    }
    if cx.a.is_any_word(end, &["chiều", "tối"]) {
        if hour < 12 {
            hour + 12
        } else {
            hour
        }
    } else if cx.a.is_word(end, "đêm") && (7..12).contains(&hour)
        || cx.a.is_word(end, "trưa") && hour < 5
    {
        hour + 12
    } else {
        hour
    }
}

/// A small whole number at token `j`, at most `max`, in digits ("7", "07") or words ("bảy",
/// "mười lăm", "hai mươi"): its value and where it ends.
fn small_at(cx: &Cx<'_, '_>, j: usize, max: u32) -> Option<(u32, usize)> {
    let t = cx.a.tokens.get(j)?;
    let (v, end) = if t.kind == TokenKind::Number {
        (num(cx, j).filter(|_| cx.a.text(j).len() <= 2)?, j + 1)
    } else {
        match crate::matchers::number::words_numeral(cx, j) {
            Some(w) if w.value.fract() == 0.0 => (w.value as u32, w.end),
            Some(_) => return None,
            None => (crate::matchers::number::unit_word(cx, j)? as u32, j + 1),
        }
    };
    (v <= max).then_some((v, end))
}

/// The parts of the day that may follow an hour: "8 giờ tối".
const DAY_PARTS: &[&str] = &["sáng", "trưa", "chiều", "tối", "đêm"];

/// "10 giờ 45 phút", "10 giờ 45", "3 giờ rưỡi chiều", "lúc 2 giờ chiều", "8 giờ tối",
/// "bảy giờ ba mươi phút".
fn spoken_time(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let (mut h, at) = small_at(cx, i, 24)?;
    if !cx.a.is_word(at, "giờ") || !cx.tok(at).space_before {
        return None;
    }
    let mut end = at + 1;
    let mut minute = 0;
    if let Some((m, e)) = small_at(cx, end, 59).filter(|_| cx.tok(end).space_before) {
        // Minutes in words are minutes only with "phút" ("bảy giờ hai mươi phút"):
        // "7 giờ hai ngày" is no time.
        let spelled = cx.tok(end).kind == TokenKind::Word;
        if !spelled || cx.a.is_word(e, "phút") {
            minute = m;
            end = e;
            if cx.a.is_word(end, "phút") {
                end += 1;
            }
        }
    } else if cx.a.is_word(end, "rưỡi") {
        minute = 30;
        end += 1;
    } else if cx.a.is_word(end, "kém") {
        // "8 giờ kém 15", "tám giờ kém mười lăm sáng": minutes before the hour, in words
        // only with "phút" or a part of the day after them.
        if let Some((m, e)) =
            small_at(cx, end + 1, 59).filter(|&(m, _)| m > 0 && cx.tok(end + 1).space_before)
        {
            let phut = cx.a.is_word(e, "phút");
            let day_part = cx.a.is_any_word(e, DAY_PARTS);
            let spelled = cx.tok(end + 1).kind == TokenKind::Word;
            if phut || day_part || !spelled && !cx.a.is_word(e, "giờ") {
                let total = (h * 60 + 24 * 60 - m) % (24 * 60);
                h = total / 60;
                minute = total % 60;
                end = e + phut as usize;
            }
        }
    }
    let hour = part_of_day(cx, h % 24, end);
    // A bare "5 giờ" is more often a duration than a time: keep it only with "lúc" or a
    // part of the day.
    let anchored = end > at + 1
        || end < cx.n() && cx.tok(end).space_before && cx.a.is_any_word(end, DAY_PARTS)
        || (i > 0
            && cx
                .a
                .is_any_word(i - 1, &["lúc", "vào", "từ", "đến", "tới", "khoảng", "hồi"]))
        || cx.a.is_any_word(end, &["ngày", "hôm"])
        || cx.a.is_word(end, "cùng") && cx.a.is_word(end + 1, "ngày");
    // (Hours counted on the clock are a duration: "2 giờ đồng hồ".)
    let clock_hours = cx.a.is_word(at + 1, "đồng") && cx.a.is_word(at + 2, "hồ");
    (anchored && !clock_hours).then(|| {
        Candidate::new(
            i,
            end,
            Value::Time {
                hour: hour as u8,
                minute: minute as u8,
                second: None,
            },
        )
    })
}

/// "2018 - 2023", "2018-2023": two years, the second later.
fn year_range(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let a = is_year(cx, i)?;
    if !(cx.a.is_dash(i + 1) && (glued(cx, i + 1) || cx.tok(i + 1).space_before)) {
        return None;
    }
    let tight = !cx.tok(i + 1).space_before && glued(cx, i + 2);
    let loose = cx.tok(i + 1).space_before && i + 2 < cx.n() && cx.tok(i + 2).space_before;
    if !(tight || loose) {
        return None;
    }
    let b = is_year(cx, i + 2)?;
    if b <= a
        || b - a > 100
        || glued(cx, i + 3) && !matches!(cx.a.fold(i + 3), ")" | "," | "." | ";" | "\"" | ":")
    {
        return None;
    }
    Some(Candidate::new(i, i + 3, Value::Period { start: a, end: b }))
}

/// "từ năm 2018 đến năm 2023".
fn from_to_years(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    if !cx.a.is_word(i, "từ") {
        return None;
    }
    let mut j = i + 1;
    if cx.a.is_word(j, "năm") {
        j += 1;
    }
    let a = is_year(cx, j)?;
    j += 1;
    if !cx.a.is_any_word(j, &["đến", "tới"]) {
        return None;
    }
    j += 1;
    if cx.a.is_word(j, "năm") {
        j += 1;
    }
    let b = is_year(cx, j)?;
    // "từ năm 2020 đến năm 2025" keeps its "từ năm" like "giai đoạn" keeps nothing: the
    // span starts where the keywords the scorer of this form knows start.
    let start = if cx.a.is_word(i + 1, "năm") {
        i
    } else {
        i + 1
    };
    (b > a).then(|| Candidate::new(start, j + 1, Value::Period { start: a, end: b }))
}

const MONTH_WORDS: &[(&str, u32)] = &[
    ("giêng", 1),
    ("một", 1),
    ("hai", 2),
    ("ba", 3),
    ("tư", 4),
    ("bốn", 4),
    ("năm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
    ("mười", 10),
    ("chạp", 12),
];

/// A month after "tháng": digits, or words ("mười một", "chạp"). Returns (month, end).
fn month_at(cx: &Cx<'_, '_>, j: usize) -> Option<(u32, usize)> {
    if let Some(m) = num(cx, j).filter(|m| (1..=12).contains(m) && cx.a.text(j).len() <= 2) {
        return Some((m, j + 1));
    }
    if cx.a.is_word(j, "mười") {
        if cx.a.is_word(j + 1, "một") {
            return Some((11, j + 2));
        }
        if cx.a.is_word(j + 1, "hai") {
            return Some((12, j + 2));
        }
        return Some((10, j + 1));
    }
    MONTH_WORDS
        .iter()
        .find(|(w, _)| cx.a.is_word(j, w))
        .map(|&(_, m)| (m, j + 1))
}

/// The year after a day and month, if "năm" and a year follow ("năm 2025", "năm hai nghìn
/// không trăm hai mươi lăm"): (year, end of the date).
fn year_after(cx: &Cx<'_, '_>, end: usize) -> (Option<i32>, usize) {
    if !cx.a.is_word(end, "năm") {
        return (None, end);
    }
    if let Some(y) = is_year(cx, end + 1) {
        return (Some(y), end + 2);
    }
    match crate::matchers::number::words_numeral(cx, end + 1) {
        Some(w) if (1000.0..=2199.0).contains(&w.value) && w.value.fract() == 0.0 => {
            (Some(w.value as i32), w.end)
        }
        _ => (None, end),
    }
}

/// "23 tháng Chạp", "3 tháng 2 năm 2025": a day in digits, "tháng" and a month, without
/// "ngày" before them. Not a count of months: "3 tháng 10 ngày" is left alone.
fn day_month_words(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let d = num(cx, i).filter(|d| (1..=31).contains(d) && cx.a.text(i).len() <= 2)?;
    if !cx.a.is_word(i + 1, "tháng") || !cx.tok(i + 1).space_before {
        return None;
    }
    // "9 tháng năm 2025" counts the months of a year: "năm" is a month only after "ngày".
    if cx.a.is_word(i + 2, "năm") {
        return None;
    }
    // "7 năm 6 tháng tù" counts years and months.
    if i >= 2 && cx.a.is_word(i - 1, "năm") && cx.tok(i - 2).kind == TokenKind::Number {
        return None;
    }
    // Without diacritics a month in words is as likely another word ("6 thang tu" is
    // "6 tháng tù" as often as "tháng tư"): only digits there, and the lunar months' own
    // names ("13 thang Gieng", "23 thang Chap"; not the "chấp" of "chấp hành", "chấp nhận").
    let month = cx.a.tokens.get(i + 2)?;
    let lunar = match cx.a.fold(i + 2) {
        "gieng" => true,
        "chap" => !matches!(cx.a.fold(i + 3), "hanh" | "nhan" | "thuan"),
        _ => false,
    };
    if month.kind != TokenKind::Number && month.plain_line && !month.marks && !lunar {
        return None;
    }
    let (m, end) = month_at(cx, i + 2)?;
    // (Nor a period between two events: "6 tháng một lần" is every six months.)
    if !valid_dm(d, m) || cx.a.is_any_word(end, &["ngày", "tuần", "tù", "lần"]) {
        return None;
    }
    let (y, end) = year_after(cx, end);
    Some(date(i, end, y, Some(m), Some(d)))
}

/// After a month at `end`, the year and month of the month that ends its range: "đến
/// tháng 12/2025", "- tháng Sáu năm 2024".
fn range_end_year(cx: &Cx<'_, '_>, end: usize) -> Option<(i32, u32)> {
    if !(cx.a.is_any_word(end, &["đến", "tới"]) || cx.a.is_dash(end)) {
        return None;
    }
    let k = end + 1 + cx.a.is_word(end + 1, "hết") as usize;
    if !cx.a.is_word(k, "tháng") {
        return None;
    }
    let (m, e) = month_at(cx, k + 1)?;
    let year_follows =
        cx.a.is_word(e, "năm") || cx.a.is_punct(e, "/") && glued(cx, e) && glued(cx, e + 1);
    if !year_follows {
        return None;
    }
    Some((is_year(cx, e + 1)?, m))
}

/// "ngày 19 tháng 8 năm 2022", "mồng 3 tháng 3", "tháng 12 năm 2023", "tháng mười năm 2017",
/// "tháng 9/2017", "ngày 20/6/2024", "năm 2024".
fn spelled_date(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    // "ngày/mồng D tháng M [năm Y]"
    if cx.a.is_any_word(i, &["ngày", "mồng", "mùng"]) {
        // The day in digits or in words ("mười lăm", "mồng một").
        let (d, after) = match num(cx, i + 1) {
            Some(d) => (d, i + 2),
            None => match crate::matchers::number::words_numeral(cx, i + 1) {
                Some(w) => (w.value as u32, w.end),
                // One word ("mồng một"): read like a month's number.
                None => month_at(cx, i + 1)?,
            },
        };
        if !(1..=31).contains(&d) || !cx.tok(i + 1).space_before {
            return None;
        }
        // "mồng một Tết": the first days of the lunar year.
        if cx.a.is_word(after, "tết") && !cx.a.is_word(i, "ngày") && d <= 10 {
            return Some(date(i, after + 1, None, Some(1), Some(d)));
        }
        if !cx.a.is_word(after, "tháng") {
            // "mùng 2/9": the day and month in digits after "mồng"/"mùng" keep it.
            if after == i + 2 && !cx.a.is_word(i, "ngày") {
                if let Some(mut c) = numeric_date(cx, i + 1) {
                    if matches!(c.value, Value::Date { day: Some(_), .. }) {
                        c.start = i as u32;
                        return Some(c);
                    }
                }
            }
            return None;
        }
        let (m, mut end) = month_at(cx, after + 1)?;
        if !valid_dm(d, m) {
            return None;
        }
        let (y, e) = year_after(cx, end);
        end = e;
        // "ngày" is left out of the span, "mồng" kept: "mồng 3" is a day, "3" alone is not.
        let start = if cx.a.is_word(i, "ngày") { i + 1 } else { i };
        return Some(date(start, end, y, Some(m), Some(d)));
    }
    if cx.a.is_word(i, "tháng") {
        let (m, end) = month_at(cx, i + 1)?;
        // "tháng" is in the span of a month alone, with diacritics or without ("tháng 3",
        // "thang 3"), and before a month in words ("thang Ba"); without diacritics before
        // digits and a year it is left out ("8 nam 2015"), as annotators of such text leave
        // it.
        let start = if cx.tok(i).marks
            || cx.tok(i + 1).kind != TokenKind::Number
            || !cx.a.is_word(end, "năm")
        {
            i
        } else {
            i + 1
        };
        if cx.a.is_word(end, "năm") {
            let y = is_year(cx, end + 1)?;
            return Some(date(start, end + 2, Some(y), Some(m), None));
        }
        // A month alone, in digits ("đến hết tháng 11"), by its lunar name ("tháng Chạp",
        // "tháng Giêng") or by its number in a word written with a capital ("tháng Ba":
        // three months are "ba tháng").
        let digits = cx.tok(i + 1).kind == TokenKind::Number;
        let lunar = cx.a.is_any_word(i + 1, &["chạp", "giêng"]);
        // (Not in an event's name: "Cách mạng tháng Tám", "Cách mạng Tháng Mười Nga".)
        let named = !digits
            && end == i + 2
            && cx.is_cap(i + 1)
            && !cx.caps(i + 1)
            && (!cx.is_cap(i) || cx.clause_start(i))
            && !(i >= 2 && cx.a.is_word(i - 2, "cách") && cx.a.is_word(i - 1, "mạng"));
        // "3 tháng 10 ngày" counts months and days.
        let counted = i > 0 && cx.tok(i - 1).kind == TokenKind::Number;
        if !counted && (lunar || named || digits && (!glued(cx, end) || ends_clause(cx, end))) {
            // The first month of a range takes the year its last one has: "từ tháng 7 đến
            // tháng 12/2025".
            let y = range_end_year(cx, end)
                .filter(|&(_, last)| last >= m)
                .map(|(y, _)| y);
            return Some(date(start, end, y, Some(m), None));
        }
        return None;
    }
    if cx.a.is_word(i, "năm") && !cx.a.is_word(i + 1, "học") {
        let y = is_year(cx, i + 1)?;
        if !cx.tok(i + 1).space_before
            || glued(cx, i + 2) && !matches!(cx.a.fold(i + 2), "," | "." | ")" | ";" | ":" | "\"")
        {
            return None;
        }
        // "năm 2018 - 2023" is a period: leave it to the year range.
        if cx.a.is_dash(i + 2) && is_year(cx, i + 3).is_some() {
            return None;
        }
        // The year alone is the span: "năm" is the keyword, not the date.
        return Some(date(i + 1, i + 2, Some(y), None, None));
    }
    None
}

#[cfg(test)]
mod tests {

    use crate::test_util::value_case as tm;

    tm!(
        full_dates,
        "ký 22/12/2023, 7-11-2024 và 29.03.2024",
        [
            ("date", "22/12/2023", "2023-12-22"),
            ("date", "7-11-2024", "2024-11-07"),
            ("date", "29.03.2024", "2024-03-29")
        ]
    );
    // A month named by a capitalised word, and the first month of a range taking the year
    // of its last; "ba tháng" counts months.
    tm!(
        months_by_name_and_ranges,
        "từ tháng Ba đến tháng Sáu năm 2024 và từ tháng 7 đến tháng 12/2025, sau ba tháng",
        [
            ("date", "tháng Ba", "2024-03"),
            ("date", "tháng Sáu năm 2024", "2024-06"),
            ("date", "tháng 7", "2025-07"),
            ("date", "12/2025", "2025-12")
        ]
    );
    // A day and month before a counted word, after a day word, stay a date.
    tm!(
        dates_before_counted_words,
        "Ngày 2-9 năm nay đông vui, sáng 20-11 người dân đến trường, quý 9/2025 thì không có",
        [
            ("date", "2-9", "--09-02"),
            ("date", "20-11", "--11-20"),
            ("date", "9/2025", "2025-09")
        ]
    );
    // A quarter is no month; a range before a unit counts; "t8/2025" is a month.
    tm!(
        quarters_ranges_and_hasty_months,
        "quý 4/2025 lãi tăng, nước vào sâu từ 5-10 km, từ t8/2025 giá giảm",
        [
            ("number", "5", "5"),
            ("number", "10", "10"),
            ("date", "t8/2025", "2025-08")
        ]
    );
    tm!(
        day_and_month_before_a_word_of_time,
        "xã nói là 15/11 sẽ chi trả, lễ 2/9 tới thì nghỉ; tỷ lệ 3/5 số hộ",
        [
            ("date", "15/11", "--11-15"),
            ("date", "2/9", "--09-02"),
            ("fraction", "3/5", "3/5")
        ]
    );
    tm!(
        dates_with_spaced_dashes,
        "khởi công ngày 3 – 9 – 2025 và bàn giao 1 - 6 - 2026, tỷ số 2 - 1 - 0",
        [
            ("date", "3 – 9 – 2025", "2025-09-03"),
            ("date", "1 - 6 - 2026", "2026-06-01"),
            ("number", "2", "2"),
            ("number", "1", "1"),
            ("number", "0", "0")
        ]
    );
    tm!(
        durations_are_no_dates,
        "bị phạt 2 năm 3 tháng tư hôm nay",
        [("number", "2", "2"), ("number", "3", "3")]
    );
    tm!(
        hour_before_punctuation,
        "đến 17h, đạt 98%; từ 6h.",
        [
            ("time", "17h", "17:00"),
            ("percent", "98%", "98"),
            ("time", "6h", "06:00")
        ]
    );
    tm!(
        a_count_of_months_ends_the_text,
        "sau 4,5 tháng",
        [("number", "4,5", "4.5")]
    );
    tm!(
        months_in_words_without_diacritics,
        "bi cao bi phat 5 thang tu giam, ngay 6 thang 4 xet xu",
        [("number", "5", "5"), ("date", "6 thang 4", "--04-06")]
    );
    tm!(
        year_of_birth,
        "bị can Lê Văn Tư (SN 1979, ngụ xã An Phú) và sn 2001",
        [("date", "1979", "1979"), ("date", "2001", "2001")]
    );
    tm!(
        month_year,
        "vào tháng 9/2017",
        [("date", "9/2017", "2017-09")]
    );
    tm!(
        day_month_in_context,
        "Chiều nay 6/11 và hôm qua (11-11), đến ngày 12 - 11",
        [
            ("date", "6/11", "--11-06"),
            ("date", "11-11", "--11-11"),
            ("date", "12 - 11", "--11-12")
        ]
    );
    tm!(
        iso_month,
        "date 2023-12 xong",
        [("date", "2023-12", "2023-12")]
    );
    tm!(
        spelled,
        "ngày 19 tháng 8 năm 2022, mồng 3 tháng 3, tháng 12 năm 2023, tháng mười năm 2017",
        [
            ("date", "19 tháng 8 năm 2022", "2022-08-19"),
            ("date", "mồng 3 tháng 3", "--03-03"),
            ("date", "tháng 12 năm 2023", "2023-12"),
            ("date", "tháng mười năm 2017", "2017-10")
        ]
    );
    tm!(year_only, "cuối năm 2024.", [("date", "2024", "2024")]);
    tm!(
        day_month_before_full_stop,
        "hoàn thành trước ngày 30/6.",
        [("date", "30/6", "--06-30")]
    );
    tm!(
        month_alone,
        "đến hết tháng 11, tỉnh",
        [("date", "tháng 11", "?")]
    );
    tm!(
        dates_and_times_before_a_comma_without_space,
        "Sáng 9/12,đoàn đến; ngày 15.01.2026,họp lúc 07:30,xong 2-3-2026;tối",
        [
            ("date", "9/12", "--12-09"),
            ("date", "15.01.2026", "2026-01-15"),
            ("time", "07:30", "07:30"),
            ("date", "2-3-2026", "2026-03-02")
        ]
    );
    tm!(invalid_date, "ngày 32/13/2023", []);
    tm!(
        clock_times,
        "lúc 08:52 và 15:23:24, 14h30, 8h",
        [
            ("time", "08:52", "08:52"),
            ("time", "15:23:24", "15:23"),
            ("time", "14h30", "14:30"),
            ("time", "8h", "08:00")
        ]
    );
    // A part of the day just before the hour, with "qua", "nay" between or not.
    tm!(
        a_part_of_the_day_before_the_hour,
        "tối qua 11h còn tuần tra, chiều 3h30 họp, sáng 9h khai mạc, tối 2h sáng mới về; xep hang tu 5h30 toi 11h",
        [
            ("time", "11h", "23:00"),
            ("time", "3h30", "15:30"),
            ("time", "9h", "09:00"),
            ("time", "2h", "02:00"),
            ("time", "5h30", "05:30"),
            ("time", "11h", "11:00")
        ]
    );
    tm!(
        spoken_times,
        "10 giờ 45 phút, 3 giờ rưỡi chiều, lúc 2 giờ chiều, 8 giờ tối",
        [
            ("time", "10 giờ 45 phút", "10:45"),
            ("time", "3 giờ rưỡi", "15:30"),
            ("time", "2 giờ", "14:00"),
            ("time", "8 giờ", "20:00")
        ]
    );
    // An hour after "hồi" or "trước", or before "cùng ngày"; a bare hour after "sau" is a
    // duration.
    tm!(
        hours_anchored_by_the_words_around_them,
        "hồi 1 giờ bão mạnh lên, vào bờ trước mười bảy giờ cùng ngày, sau 5 giờ thì yếu đi, trước 3 giờ thảo luận",
        [
            ("time", "1 giờ", "01:00"),
            ("time", "mười bảy giờ", "17:00"),
            ("number", "5", "5"),
            ("number", "3", "3")
        ]
    );
    // A year read out in words after "năm".
    tm!(
        a_year_in_words,
        "dự toán năm hai nghìn không trăm hai mươi sáu, sau năm năm; năm hai nghìn lẻ năm ông về hưu; mỗi năm hai nghìn tấn",
        [
            ("date", "hai nghìn không trăm hai mươi sáu", "2026"),
            ("date", "hai nghìn lẻ năm", "2005"),
            ("number", "hai nghìn", "2000")
        ]
    );
    tm!(
        the_year_of_a_summit_known_by_its_letters,
        "Tuần lễ Cấp cao APEC 2027 và tàu CSB 2014",
        [("date", "2027", "2027"), ("number", "2014", "2014")]
    );
    tm!(
        the_year_of_the_new_years_festival,
        "quà Tết Nguyên đán 2027 và Tết Dương lịch 2026, không phải 2026 hộ",
        [
            ("date", "2027", "2027"),
            ("date", "2026", "2026"),
            ("number", "2026", "2026")
        ]
    );
    tm!(
        times_in_words,
        "lúc bảy giờ ba mươi phút sáng, mười bốn giờ chiều nay, 9 giờ mười lăm phút và làm việc tám giờ hai ngày",
        [
            ("time", "bảy giờ ba mươi phút", "07:30"),
            ("time", "mười bốn giờ", "14:00"),
            ("time", "9 giờ mười lăm phút", "09:15")
        ]
    );
    tm!(
        after_the_name_of_a_day,
        "mít tinh Ngày Thương binh - Liệt sĩ 27/7 và Ngày Phụ nữ Việt Nam 20-10",
        [("date", "27/7", "--07-27"), ("date", "20-10", "--10-20")]
    );
    tm!(
        spelled_years_and_lunar_months,
        "lễ ngày mười tháng mười hai năm hai nghìn không trăm hai mươi tư, chợ mở từ 25 tháng Chạp đến mồng ba Tết, rằm tháng Giêng",
        [
            (
                "date",
                "mười tháng mười hai năm hai nghìn không trăm hai mươi tư",
                "2024-12-10"
            ),
            ("date", "25 tháng Chạp", "--12-25"),
            ("date", "mồng ba Tết", "--01-03"),
            ("date", "tháng Giêng", "?")
        ]
    );
    tm!(
        months_counted_are_not_dates,
        "án phạt 18 tháng tù, dự án kéo dài 3 tháng 10 ngày, thu 9 tháng năm 2024",
        [
            ("number", "18", "18"),
            ("number", "3", "3"),
            ("number", "10", "10"),
            ("number", "9", "9"),
            ("date", "2024", "2024")
        ]
    );
    tm!(
        spelled_days,
        "hội diễn ngày hai mươi mốt tháng mười hai, khai mạc mồng một tháng giêng",
        [
            ("date", "hai mươi mốt tháng mười hai", "--12-21"),
            ("date", "mồng một tháng giêng", "--01-01")
        ]
    );
    tm!(
        day_month_after_mung,
        "nghỉ từ mồng 30/4 đến hết mùng 3/5/2026",
        [
            ("date", "mồng 30/4", "--04-30"),
            ("date", "mùng 3/5/2026", "2026-05-03")
        ]
    );
    tm!(
        unaccented_period_keeps_its_keywords,
        "Tu nam 2019 den nam 2024 tinh da xay 12 truong hoc",
        [
            ("period", "Tu nam 2019 den nam 2024", "2019/2024"),
            ("number", "12", "12")
        ]
    );
    tm!(
        periods,
        "giai đoạn 2018 - 2023 và (2018-2023), từ năm 2018 đến năm 2023",
        [
            ("period", "2018 - 2023", "2018/2023"),
            ("period", "2018-2023", "2018/2023"),
            ("period", "từ năm 2018 đến năm 2023", "2018/2023")
        ]
    );
    tm!(
        fraction_not_date,
        "giảm 35/47 trường hợp",
        [("fraction", "35/47", "35/47")]
    );
    tm!(
        lunar_months_without_diacritics,
        "le vao dem 15 thang Gieng, cung ong Tao 23 thang chap; da 4 thang chap hanh an",
        [
            ("date", "15 thang Gieng", "--01-15"),
            ("date", "23 thang chap", "--12-23"),
            ("number", "4", "4")
        ]
    );
    tm!(
        a_year_after_a_common_noun,
        "Vụ hè thu 2026 cho năng suất cao, luật thuế 2025; thôn có 1980 hộ, khoảng 2000.",
        [
            ("date", "2026", "2026"),
            ("date", "2025", "2025"),
            ("number", "1980", "1980"),
            ("number", "2000", "2000")
        ]
    );
    tm!(
        a_year_in_brackets_and_the_end_of_a_range,
        "tài xế Lê Văn Hòa (1990) nghỉ lễ 2/9 - 3/9, tỷ lệ 3/4 - 1/2",
        [
            ("date", "1990", "1990"),
            ("date", "2/9", "--09-02"),
            ("date", "3/9", "--09-03"),
            ("fraction", "3/4", "3/4"),
            ("fraction", "1/2", "1/2")
        ]
    );
    // Two days and months joined by a glued dash are a range of two dates.
    // Months counted between two events are no date.
    tm!(
        every_six_months,
        "kiểm tra 6 tháng một lần, họp ngày 6 tháng một",
        [("number", "6", "6"), ("date", "6 tháng một", "--01-06")]
    );
    // "tới" after a verb of shares opens a share, not a date.
    tm!(
        a_share_after_chiem_toi,
        "Gạo chiếm tới 3/4 sản lượng, giá lên tới 2/3 mức cũ, nghỉ tới 3/4",
        [
            ("fraction", "3/4", "3/4"),
            ("fraction", "2/3", "2/3"),
            ("date", "3/4", "--04-03")
        ]
    );
    tm!(
        a_range_of_dates_glued_by_a_dash,
        "nghỉ lễ từ 29/8-2/9, tỷ lệ 3/4",
        [
            ("date", "29/8", "--08-29"),
            ("date", "2/9", "--09-02"),
            ("fraction", "3/4", "3/4")
        ]
    );
    tm!(
        the_year_of_a_season,
        "vụ đông 2026 thắng lớn, mùa mưa bão 2025 qua, 2025 hộ trồng vụ hè thu",
        [
            ("date", "2026", "2026"),
            ("date", "2025", "2025"),
            ("number", "2025", "2025")
        ]
    );
    // Without a day word, a range must end its phrase: shares and house numbers are none;
    // "SN" before a street is a house's number; a season's words only before its year.
    tm!(
        shares_houses_and_seasons_are_no_dates,
        "khoảng 1-2/3 diện tích, nhà 15-17/2 Lý Thường Kiệt, trú tại SN 98 đường Lê Lợi, mùa này thu 2000 tấn",
        [
            ("number", "1", "1"),
            ("fraction", "2/3", "2/3"),
            ("number", "15", "15"),
            ("number", "98", "98"),
            ("number", "2000", "2000")
        ]
    );
    tm!(
        the_lunar_new_year,
        "thưởng Tết Âm lịch 2027 cho 2027 công nhân",
        [("date", "2027", "2027"), ("number", "2027", "2027")]
    );
    // A range of days with the month written once: the first day is a date of that month.
    tm!(
        ranges_of_days,
        "Giải chạy diễn ra 12-14/6/2026; hội chợ từ ngày 3 tới ngày 7 tháng 12; ngày 9 và 10/8 nghỉ",
        [
            ("date", "12", "--06-12"),
            ("date", "14/6/2026", "2026-06-14"),
            ("date", "3", "--12-03"),
            ("date", "7 tháng 12", "--12-07"),
            ("date", "9", "--08-09"),
            ("date", "10/8", "--08-10")
        ]
    );
    // A range of counts is none: "3-4/5 số".
    tm!(
        ranges_of_counts_are_no_days,
        "chia 3-4/5 số vốn",
        [("number", "3", "3"), ("fraction", "4/5", "4/5")]
    );
    // Minutes before the hour, in digits or in words, with the part of the day after them.
    tm!(
        minutes_before_the_hour,
        "Lúc chín giờ kém hai mươi sáng, rồi 5 giờ kém 10 chiều và 6 giờ kém một chút",
        [
            ("time", "chín giờ kém hai mươi", "08:40"),
            ("time", "5 giờ kém 10", "16:50"),
            ("number", "6", "6")
        ]
    );
    // Without diacritics "thang" stays in the span of a month alone, as "tháng" does, and
    // before a month in words; before a month in digits and a year it is left out.
    tm!(
        a_month_after_thang_without_diacritics,
        "tu thang 4 den thang 9/2025 va thang Tam nam 2024",
        [
            ("date", "thang 4", "2025-04"),
            ("date", "9/2025", "2025-09"),
            ("date", "thang Tam nam 2024", "2024-08")
        ]
    );
    // Without diacritics "toi" before a time is "tới", before a date the evening.
    tm!(
        toi_before_a_time_and_before_a_date,
        "tu 6h30 toi 10h, khoang 9h toi 15/3",
        [
            ("time", "6h30", "06:30"),
            ("time", "10h", "10:00"),
            ("time", "9h", "21:00"),
            ("date", "15/3", "--03-15")
        ]
    );
}
