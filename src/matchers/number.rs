//! Numbers, money, percents and fractions. "." groups thousands and "," is the decimal mark;
//! scale words multiply; number words are read when two or more stand together. Digits glued
//! to letters ("Covid-19", identifiers) are not numbers.

use super::{Candidate, Cx};
use crate::entity::Value;
use crate::token::{Case, TokenKind};

/// Glued runs of tokens (no white space between them), for telling identifiers apart.
pub(crate) struct Chains {
    /// Per number token: whether its run holds a word other than a trailing unit ("14h30",
    /// "500đ"). Other tokens are never asked about and stay false.
    pub wordy: Vec<bool>,
}

const SUFFIXES: &[&str] = &[
    "h", "g", "đ", "k", "m", "km", "kg", "ha", "tr", "p", "ph", "s", "usd", "vnd", "vnđ", "cm",
    "mm", "ml",
];

impl Chains {
    pub(crate) fn new(cx: &Cx<'_, '_>) -> Self {
        let n = cx.n();
        let mut wordy = vec![false; n];
        // Whether a run of glued tokens breaks before token i.
        // A comma or semicolon before a word ends a clause typed without its space
        // ("12.10.2025,tại"); a slash before a lower-case word reads "per" ("50.000đ/người").
        let boundary = |i: usize| {
            i == 0
                || i == n
                || cx.tok(i).space_before
                || cx.a.is_punct(i - 1, "%")
                || cx.tok(i).kind == TokenKind::Break
                || cx.tok(i - 1).kind == TokenKind::Break
                || (cx.tok(i).kind == TokenKind::Word
                    && (cx.a.is_punct(i - 1, ",") || cx.a.is_punct(i - 1, ";")))
                // So does one between a word and a number ("chết,3 người"), where no
                // decimal comma stands between digits.
                || (cx.tok(i).kind == TokenKind::Number
                    && i >= 2
                    && cx.tok(i - 2).kind == TokenKind::Word
                    && (cx.a.is_punct(i - 1, ",") || cx.a.is_punct(i - 1, ";")))
                || (cx.a.is_punct(i, "/")
                    && i + 1 < n
                    && cx.tok(i + 1).kind == TokenKind::Word
                    && cx.tok(i + 1).case == crate::token::Case::Lower)
                // Text glued as a scraper leaves it: a sentence after a number or its full
                // stop ("15/9/2024Trong", "2/11/2024.Tổng"), a number after a date word
                // ("ngày01/7/2025").
                || (cx.tok(i).kind == TokenKind::Word
                    && cx.tok(i).case == crate::token::Case::Title
                    && cx.a.text(i).len() >= 2
                    && (cx.tok(i - 1).kind == TokenKind::Number || cx.a.is_punct(i - 1, ".")))
                || (cx.tok(i).kind == TokenKind::Number
                    && cx.tok(i - 1).kind == TokenKind::Word
                    && cx.a.is_any_word(i - 1, &["ngày", "tháng", "năm", "lúc"]))
        };
        let mut i = 0;
        while i < n {
            // Only runs with digits are ever asked about.
            if cx.tok(i).kind != TokenKind::Number {
                i += 1;
                continue;
            }
            let mut s = i;
            while !boundary(s) {
                s -= 1;
            }
            let mut e = i + 1;
            while !boundary(e) {
                e += 1;
            }
            // The run s..e: wordy if a word stands anywhere but as a unit after digits.
            let mut w = false;
            for k in s..e {
                let t = cx.tok(k);
                if t.kind == TokenKind::Word {
                    let unit = k > s
                        && cx.tok(k - 1).kind == TokenKind::Number
                        // Units are written in lower case ("30k", "14h"); "30K" is a
                        // plate or a code, but for a sum in capitals (`upper_sum_suffix`).
                        // Currency codes are capitals.
                        && (cx.tok(k).case == crate::token::Case::Lower
                            || matches!(cx.a.fold(k), "usd" | "vnd")
                            || upper_sum_suffix(cx, k, e))
                        && SUFFIXES.iter().any(|u| cx.a.is_word(k, u))
                        && (k + 1 == e || cx.tok(k + 1).kind != TokenKind::Word);
                    if !unit {
                        w = true;
                        break;
                    }
                }
            }
            wordy[s..e].iter_mut().for_each(|x| *x = w);
            i = e;
        }
        Chains { wordy }
    }
}

/// A numeral read at some token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Numeral {
    /// One past its last token.
    pub end: usize,
    /// Its value.
    pub value: f64,
    /// Whether it was a bare run of digits (no separators, no scale).
    pub plain: bool,
}

#[inline]
fn glued(cx: &Cx<'_, '_>, i: usize) -> bool {
    cx.glued(i)
}

#[inline]
fn is_num(cx: &Cx<'_, '_>, i: usize) -> bool {
    i < cx.n() && cx.tok(i).kind == TokenKind::Number
}

fn digits(s: &str) -> Option<f64> {
    if s.len() > 15 {
        return None;
    }
    s.parse::<u64>().ok().map(|v| v as f64)
}

/// Reads "3.184", "2.345.000", "4,5", "4.0", "1.234,5" at token `i` (a number).
pub(crate) fn digits_numeral(cx: &Cx<'_, '_>, i: usize) -> Option<Numeral> {
    let mut value = digits(cx.a.text(i))?;
    let mut j = i + 1;
    let mut plain = true;
    let grouped = cx.a.is_punct(j, ".")
        && glued(cx, j)
        && is_num(cx, j + 1)
        && glued(cx, j + 1)
        && cx.a.text(j + 1).len() == 3;
    if grouped && cx.a.text(i).len() <= 3 {
        while cx.a.is_punct(j, ".")
            && glued(cx, j)
            && is_num(cx, j + 1)
            && glued(cx, j + 1)
            && cx.a.text(j + 1).len() == 3
        {
            value = value * 1000.0 + digits(cx.a.text(j + 1))?;
            j += 2;
        }
        plain = false;
        if cx.a.is_punct(j, ",") && glued(cx, j) && is_num(cx, j + 1) && glued(cx, j + 1) {
            value += fraction_part(cx.a.text(j + 1))?;
            j += 2;
        }
    } else if (cx.a.is_punct(j, ",") || cx.a.is_punct(j, "."))
        && glued(cx, j)
        && is_num(cx, j + 1)
        && glued(cx, j + 1)
        && !(glued(cx, j + 2)
            && (cx.a.is_punct(j + 2, ".") || cx.a.is_punct(j + 2, ","))
            && is_num(cx, j + 3))
    {
        value += fraction_part(cx.a.text(j + 1))?;
        j += 2;
        plain = false;
    }
    Some(Numeral {
        end: j,
        value,
        plain,
    })
}

/// Reads thousands grouped by spaces ("2 350", "96 500", "1 250 000") after the plain
/// numeral `num` at token `i`: the first group one to three digits, each next exactly three,
/// when nothing makes the run ambiguous. Not after another number or a label ("lớp 10 150
/// học sinh"), not inside a code glued to what precedes it ("+84 912 345 678"), not with a
/// leading zero (a phone number), and not when a number that is not a group of three
/// follows ("2 350 12"). Otherwise `num` unchanged.
fn spaced_groups(cx: &Cx<'_, '_>, i: usize, num: Numeral) -> Numeral {
    let first = cx.a.text(i);
    let group = |k: usize| is_num(cx, k) && cx.tok(k).space_before && cx.a.text(k).len() == 3;
    if !num.plain || num.end != i + 1 || first.len() > 3 || first.starts_with('0') || !group(i + 1)
    {
        return num;
    }
    if i > 0 {
        let p = i - 1;
        let t = cx.tok(p);
        let opens = cx.a.is_punct(p, "(") || cx.a.is_punct(p, "\"");
        if !(cx.tok(i).space_before || opens)
            || t.kind == TokenKind::Number
            || t.kind == TokenKind::Word
                && ((t.initial_upper && !cx.clause_start(p))
                    || cx.a.is_any_word(p, crate::keywords::LABELS))
        {
            return num;
        }
    }
    let mut value = num.value;
    let mut j = i + 1;
    while group(j) {
        let Some(v) = digits(cx.a.text(j)) else {
            return num;
        };
        value = value * 1000.0 + v;
        j += 1;
    }
    // A decimal part may follow the last group ("1 234,5"); another number may not.
    let mut end = j;
    if cx.a.is_punct(j, ",") && glued(cx, j) && is_num(cx, j + 1) && glued(cx, j + 1) {
        match fraction_part(cx.a.text(j + 1)) {
            Some(f) => {
                value += f;
                end = j + 2;
            }
            None => return num,
        }
    }
    let dangling = is_num(cx, end)
        || glued(cx, end)
            && end < cx.n()
            && cx.tok(end).kind == TokenKind::Punct
            && matches!(cx.a.fold(end), "." | "," | "/" | "-" | ":")
            && is_num(cx, end + 1);
    if dangling {
        return num;
    }
    Numeral {
        end,
        value,
        plain: false,
    }
}

fn fraction_part(s: &str) -> Option<f64> {
    if s.len() > 12 {
        return None;
    }
    format!("0.{s}").parse().ok()
}

const SCALES: &[(&str, f64)] = &[
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("triệu", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
];

fn scale_at(cx: &Cx<'_, '_>, i: usize) -> Option<f64> {
    if i >= cx.n() || !cx.tok(i).space_before {
        return None;
    }
    SCALES
        .iter()
        .find(|(w, _)| cx.a.is_word(i, w))
        .map(|&(_, v)| v)
}

/// Whether the capitalised word at token `k`, after a number word, goes on a numeral in
/// Title Case: number words, then a capitalised word ("Hai Nghìn Công Nhân"), not a name
/// that ends there ("Ba Trieu mo cua").
fn title_case_numeral(cx: &Cx<'_, '_>, mut k: usize) -> bool {
    if cx.tok(k).tags & crate::keywords::NUMBER == 0 {
        return false;
    }
    while k < cx.n() && cx.is_cap_spaced(k) && cx.tok(k).tags & crate::keywords::NUMBER != 0 {
        k += 1;
    }
    cx.is_cap_spaced(k)
}

/// `value` × `scale` without the binary fraction's noise: 4,15 × 10⁶ is 4.150.000, not
/// 4.150.000,0000000005. (Rounded to a whole number from a million up, else to a
/// millionth.)
fn times(value: f64, scale: f64) -> f64 {
    let v = value * scale;
    if v.abs() >= 1e6 {
        v.round()
    } else {
        (v * 1e6).round() / 1e6
    }
}

/// Reads a numeral with its scale words ("1,2 triệu", "5 nghìn tỷ"), and the smaller
/// parts that follow it ("1 tỷ 200 triệu").
pub(crate) fn scaled(cx: &Cx<'_, '_>, mut n: Numeral) -> Numeral {
    let mut last = f64::INFINITY;
    loop {
        let mut scale = 1.0;
        while let Some(s) = scale_at(cx, n.end) {
            scale *= s;
            n.end += 1;
        }
        if scale == 1.0 {
            return n;
        }
        n.value = times(n.value, scale);
        n.plain = false;
        last = last.min(scale);
        // "1 tỷ 200 triệu": another number with a smaller scale adds to this one.
        let k = n.end;
        let next = (k < cx.n() && cx.tok(k).kind == TokenKind::Number && cx.tok(k).space_before)
            .then(|| digits_numeral(cx, k))
            .flatten();
        match next {
            Some(m) if scale_at(cx, m.end).is_some_and(|s| s < last) => {
                let part = scaled_once(cx, m);
                n.value += part.value;
                n.end = part.end;
                last = part.scale;
            }
            _ => return n,
        }
    }
}

struct Part {
    value: f64,
    end: usize,
    scale: f64,
}

fn scaled_once(cx: &Cx<'_, '_>, m: Numeral) -> Part {
    let mut scale = 1.0;
    let mut end = m.end;
    while let Some(s) = scale_at(cx, end) {
        scale *= s;
        end += 1;
    }
    Part {
        value: times(m.value, scale),
        end,
        scale,
    }
}

const UNITS: &[(&str, u64)] = &[
    ("không", 0),
    ("một", 1),
    ("mốt", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("tư", 4),
    ("năm", 5),
    ("lăm", 5),
    ("nhăm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("bẩy", 7),
    ("tám", 8),
    ("chín", 9),
];

/// After the lower bound of a range, at token `k`: a dash or "đến"/"tới", then the upper
/// bound with its scale ("triệu", or "tr" glued as typed in chats), and perhaps its
/// currency. Returns the scale and the currency's code.
fn range_upper(cx: &Cx<'_, '_>, k: usize) -> Option<(f64, Option<&'static str>, f64)> {
    let n = cx.n();
    if k + 1 >= n || cx.tok(k + 1).kind != TokenKind::Number {
        return None;
    }
    let to = cx.a.is_dash(k) || cx.tok(k).space_before && cx.a.is_any_word(k, &["đến", "tới"]);
    if !to {
        return None;
    }
    let upper = digits_numeral(cx, k + 1)?;
    // As typed: "4-6tr", "20-30k".
    if glued(cx, upper.end) {
        return match cx.a.fold(upper.end) {
            "tr" => Some((1e6, Some("VND"), upper.value)),
            "k" => Some((1e3, Some("VND"), upper.value)),
            _ => None,
        };
    }
    // The scale words right after the upper bound ("3 tỷ 500 triệu" takes "tỷ"), then its
    // currency; a currency alone carries too ("1.000-2.000 USD").
    let scale = scaled_once(cx, upper).scale;
    let currency = currency_at(cx, scaled(cx, upper).end).map(|(_, code)| code);
    (scale > 1.0 || currency.is_some()).then_some((scale, currency, upper.value))
}

/// The value of the one number word at token `i` ("ba", "tư", "mười"; not "mốt", "lăm",
/// which only follow a ten).
pub(crate) fn unit_word(cx: &Cx<'_, '_>, i: usize) -> Option<u64> {
    if cx.a.is_word(i, "mười") {
        return Some(10);
    }
    // (Without diacritics "mot" is as often "một": soft only as written "mốt".)
    if cx.a.is_any_word(i, &["lăm", "nhăm"]) || cx.a.is_word(i, "mốt") && cx.tok(i).marks {
        return None;
    }
    UNITS
        .iter()
        .find(|(w, _)| cx.a.is_word(i, w))
        .map(|&(_, v)| v)
}

/// Reads a run of number words ("hai mươi ba", "một trăm linh năm", "bảy trăm hai mươi mốt
/// nghìn không trăm mười hai"); `None` unless two or more words make a well-formed number.
pub(crate) fn words_numeral(cx: &Cx<'_, '_>, i: usize) -> Option<Numeral> {
    numeral_in_words(cx, i, true)
}

/// [`words_numeral`], reading its scale words ("nghìn", "triệu", "tỷ") and a decimal
/// ("phẩy"), or, for the digits after a decimal comma (`whole` false), neither.
fn numeral_in_words(cx: &Cx<'_, '_>, i: usize, whole: bool) -> Option<Numeral> {
    let scales = whole;
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    let mut pending: Option<u64> = None;
    // What the last word was, for the grammar: 0 start, 1 unit, 2 ten, 3 hundred, 4 linh, 5 scale.
    let mut last = 0u8;
    // The largest scale read so far.
    let mut top: u64 = 0;
    // Number words capitalised inside a sentence, a capitalised word after them, are a
    // name's: "đường Ba Triệu", "Hai Bà Trưng" ("Ba Trieu" without diacritics).
    let t = cx.a.tokens.get(i)?;
    if t.initial_upper
        && !t.caps_line
        && i > 0
        && !cx.a.ends_sentence(i - 1)
        && !matches!(cx.a.fold(i - 1), ":" | "\"" | "(" | "-")
        && cx.is_cap_spaced(i + 1)
        // (Not a number in a title written in Title Case, words after it capitalised too:
        // "Tuyển Hai Nghìn Công Nhân".)
        && !title_case_numeral(cx, i + 1)
    {
        return None;
    }
    let mut j = i;
    let mut words = 0;
    let mut end = i;
    while j < cx.n() && cx.tok(j).kind == TokenKind::Word && (j == i || cx.tok(j).space_before) {
        let unit = UNITS
            .iter()
            .find(|(w, _)| cx.a.is_word(j, w))
            .map(|&(_, v)| v);
        if let Some(d) = unit {
            // A digit follows nothing, a ten, a hundred, "linh" or a scale; "mốt", "lăm", "tư"
            // only after a ten.
            let after_ten = last == 2;
            // (Without diacritics "mot" is as often "một": soft only as written "mốt".)
            let soft =
                cx.a.is_any_word(j, &["lăm", "nhăm"]) || cx.a.is_word(j, "mốt") && cx.tok(j).marks;
            if last == 1 || (soft && !after_ten) {
                break;
            }
            pending = Some(d);
            last = 1;
        } else if pending.is_some_and(|d| d >= 2) && cx.a.is_word(j, "mươi") {
            // (Checked before "mười": without diacritics both are "muoi".)
            group += pending.take().unwrap_or(0) * 10;
            last = 2;
        } else if pending.is_some()
            && last == 1
            && cx.a.is_word(j, "chục")
            // (Without diacritics "chuc" is as often "chức", a post: only before a scale.)
            && (cx.tok(j).marks || SCALES.iter().any(|(w, _)| cx.a.is_word(j + 1, w)))
        {
            // Tens counted: "ba chục triệu" is 30 triệu; no unit after them ("hai chục năm
            // qua" is twenty years).
            group += pending.take().unwrap_or(0) * 10;
            last = 2;
            if !SCALES.iter().any(|(w, _)| cx.a.is_word(j + 1, w)) {
                words += 1;
                end = j + 1;
                break;
            }
        } else if cx.a.is_word(j, "mười") {
            if last == 1 || last == 2 {
                break;
            }
            group += 10;
            last = 2;
        } else if cx.a.is_word(j, "mươi") {
            let Some(d) = pending.take().filter(|&d| d >= 2) else {
                break;
            };
            group += d * 10;
            last = 2;
        } else if cx.a.is_word(j, "trăm") {
            let Some(d) = pending.take() else {
                break;
            };
            group += d * 100;
            last = 3;
        } else if cx.a.is_any_word(j, &["linh", "lẻ"]) {
            if last != 3 {
                break;
            }
            last = 4;
        } else if let Some(s) = SCALES
            .iter()
            .find(|(w, _)| scales && cx.a.is_word(j, w))
            .map(|&(_, v)| v as u64)
            // (Without diacritics "ngan hang" is "ngân hàng", a bank.)
            .filter(|_| {
                !crate::keywords::ends_pair(crate::keywords::SCALE_OPENS_COMPOUND, cx.a, j + 1)
            })
        {
            let g = group + pending.take().unwrap_or(0);
            if g == 0 && last == 5 {
                total = total.saturating_mul(s);
            } else if g == 0 {
                break;
            } else if s > top {
                // A larger scale takes all before it: "một nghìn hai trăm tỷ" is 1.200 tỷ.
                total = total.saturating_add(g).saturating_mul(s);
            } else {
                total = total.saturating_add(g.saturating_mul(s));
            }
            top = top.max(s);
            group = 0;
            last = 5;
        } else if whole && cx.a.is_word(j, "phẩy") && matches!(last, 1..=3) && total == 0 {
            // A decimal read out: "mười tám phẩy hai" (18,2), "hai phẩy năm tỷ" (2,5 tỷ).
            let Some((fraction, after)) = decimal_words(cx, j + 1) else {
                break;
            };
            let mut value = (group + pending.unwrap_or(0)) as f64 + fraction;
            let mut end = after;
            if let Some(s) = SCALES.iter().find(|(w, _)| cx.a.is_word(after, w)) {
                value = times(value, s.1);
                end += 1;
            }
            return Some(Numeral {
                end,
                value,
                plain: false,
            });
        } else {
            break;
        }
        words += 1;
        j += 1;
        end = j;
    }
    if words < 2 || last == 4 {
        return None;
    }
    let value = total + group + pending.unwrap_or(0);
    Some(Numeral {
        end,
        value: value as f64,
        plain: false,
    })
}

/// The digits after "phẩy" read out as a number, its zeros first ("không năm" is ,05;
/// "mười lăm" is ,15): the fraction and where it ends.
fn decimal_words(cx: &Cx<'_, '_>, i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut digits = String::new();
    while cx.a.is_word(j, "không") && cx.tok(j).space_before {
        digits.push('0');
        j += 1;
    }
    let unit = |k: usize| {
        UNITS
            .iter()
            .filter(|(w, _)| !matches!(*w, "mốt" | "lăm" | "nhăm" | "tư"))
            .find(|(w, _)| cx.a.is_word(k, w))
            .map(|&(_, v)| v)
    };
    if !cx.tok(j).space_before {
        return None;
    }
    match numeral_in_words(cx, j, false).filter(|n| n.value < 1000.0) {
        Some(n) => {
            digits.push_str(&(n.value as u64).to_string());
            j = n.end;
        }
        None => {
            // Digit by digit: "tám phẩy hai ba" is 8,23; after a digit "lăm" and "tư" are 5
            // and 4 ("một phẩy hai lăm", 1,25).
            digits.push_str(&unit(j)?.to_string());
            j += 1;
            // (Not "năm" before a year: "sáu phẩy tám năm 2024".)
            while digits.len() < 6
                && cx.tok(j).space_before
                && !(cx.a.is_word(j, "năm") && cx.tok(j + 1).kind == TokenKind::Number)
            {
                let Some(d) = unit(j).or_else(|| {
                    UNITS
                        .iter()
                        .find(|(w, _)| matches!(*w, "lăm" | "tư") && cx.a.is_word(j, w))
                        .map(|&(_, v)| v)
                }) else {
                    break;
                };
                digits.push_str(&d.to_string());
                j += 1;
            }
        }
    }
    let end = j;
    let fraction: f64 = format!("0.{digits}").parse().ok()?;
    Some((fraction, end))
}

/// Words before a sum written short that make it a price: "giá 2k5" is 2.500 đồng.
const PRICE_WORDS: &[&str] = &[
    "giá", "mua", "bán", "tốn", "trả", "thu", "lương", "hết", "còn", "chỉ", "mất", "được", "từ",
    "xe",
];

/// Currency words (split into their syllables) and their ISO codes.
const CURRENCIES: &[(&[&str], &str)] = &[
    (&["đồng"], "VND"),
    (&["VNĐ"], "VND"),
    (&["VND"], "VND"),
    (&["đ"], "VND"),
    (&["USD"], "USD"),
    (&["EUR"], "EUR"),
    (&["euro"], "EUR"),
    (&["yên"], "JPY"),
    (&["JPY"], "JPY"),
    (&["yen"], "JPY"),
    (&["CNY"], "CNY"),
    (&["NDT"], "CNY"),
    (&["won"], "KRW"),
    (&["KRW"], "KRW"),
    (&["baht"], "THB"),
    (&["bảng", "Anh"], "GBP"),
    (&["GBP"], "GBP"),
    (&["rúp"], "RUB"),
    (&["riel"], "KHR"),
    (&["ringgit"], "MYR"),
    (&["rupee"], "INR"),
    (&["kíp"], "LAK"),
    (&["LAK"], "LAK"),
    (&["THB"], "THB"),
    (&["rupiah"], "IDR"),
    (&["peso"], "PHP"),
    (&["KHR"], "KHR"),
    (&["SGD"], "SGD"),
    (&["AUD"], "AUD"),
    (&["nhân", "dân", "tệ"], "CNY"),
    (&["Đài", "tệ"], "TWD"),
    (&["TWD"], "TWD"),
    (&["zloty"], "PLN"),
    (&["PLN"], "PLN"),
    (&["franc", "Thụy", "Sĩ"], "CHF"),
    (&["CHF"], "CHF"),
    (&["CAD"], "CAD"),
    (&["đô", "la", "Canada"], "CAD"),
    (&["đô", "la", "Hồng", "Kông"], "HKD"),
    (&["đô", "la", "Mỹ"], "USD"),
    (&["đô", "la", "Úc"], "AUD"),
    (&["đô", "la", "Singapore"], "SGD"),
    (&["đô", "la"], "USD"),
    (&["đô"], "USD"),
];

/// Words that make "đồng" something other than money ("15 đồng chí").
const NOT_MONEY_AFTER_DONG: &[&str] = &[
    "chí", "bào", "hương", "nghiệp", "đội", "minh", "tâm", "lòng", "thời", "bộ", "loạt", "đều",
    "ý", "tình", "hành", "hồ", "phục", "cấp", "chủ", "ruộng", "cỏ", "lúa", "bằng", "sông", "ca",
    "phạm",
];

fn currency_at(cx: &Cx<'_, '_>, i: usize) -> Option<(usize, &'static str)> {
    if i >= cx.n() {
        return None;
    }
    if cx.tok(i).kind != TokenKind::Word {
        return None;
    }
    // Most words after a number start no currency: one probe says so.
    static FIRST_WORDS: std::sync::LazyLock<crate::token::WordSet> =
        std::sync::LazyLock::new(|| {
            let firsts: Vec<&'static str> = CURRENCIES.iter().map(|(p, _)| p[0]).collect();
            crate::token::WordSet::new(&firsts)
        });
    if !FIRST_WORDS.contains(cx.a, i) {
        return None;
    }
    for &(parts, code) in CURRENCIES {
        let ok = parts
            .iter()
            .enumerate()
            .all(|(k, p)| cx.a.is_word(i + k, p) && (k == 0 || cx.tok(i + k).space_before));
        if !ok {
            continue;
        }
        let w = parts[0];
        let end = i + parts.len();
        // Without diacritics "do" is as often "độ" ("7,7 do" Richter, "30 do C") as "đô":
        // a dollar only after a scale word ("5 nghin do").
        if parts.len() == 1
            && w == "đô"
            && !cx.tok(i).marks
            && !(i > 0 && cx.a.is_any_word(i - 1, &["nghìn", "ngàn", "triệu", "tỷ"]))
        {
            return None;
        }
        // The kip only as written with diacritics ("kip" is as often the "kíp" of "kíp mìn",
        // detonators) and after a scale word (a team or a shift is a "kíp" too: "5 kíp mổ").
        let scaled_before = i > 0 && cx.a.is_any_word(i - 1, &["nghìn", "ngàn", "triệu", "tỷ"]);
        if w == "kíp" && !(cx.tok(i).marks && scaled_before) {
            return None;
        }
        // Written without diacritics the next word says little ("dong ho tro" is "đồng hỗ
        // trợ"): after a scale word ("triệu", "tỷ"), "đồng" is the currency there.
        let loose = !cx.tok(end.min(cx.n() - 1)).marks && cx.tok(i).plain_line;
        let scaled = i > 0
            && cx
                .a
                .is_any_word(i - 1, &["triệu", "tỷ", "nghìn", "ngàn", "trăm"]);
        if w == "đồng"
            && end < cx.n()
            && cx.tok(end).space_before
            && cx.a.is_any_word(end, NOT_MONEY_AFTER_DONG)
            && !(loose && scaled)
            // ("18,5 tỷ đồng phục vụ …": the sum, then "phục vụ", not "đồng phục"; "1,2 tỷ
            // đồng chủ tàu": the sum, then the owner, not "đồng chủ".)
            && !(scaled && cx.a.is_word(end, "phục") && cx.a.is_word(end + 1, "vụ"))
            && !(scaled && cx.a.is_word(end, "chủ"))
        {
            return None;
        }
        // "đ" and codes may be glued ("500.000đ"); words need a space.
        if cx.tok(i).space_before || matches!(w, "đ" | "VNĐ" | "VND" | "USD" | "EUR") {
            return Some((end, code));
        }
    }
    None
}

/// Where a run of digit groups from token `i` ends when it is an identifier, not numbers:
/// groups joined by single spaces or by glued full stops, the first opening with a zero
/// ("0812 447 905", "069.219.4053"), or three groups at least, one of four digits or more
/// (an account, "1903 6688 2471") or, joined by full stops, one after the first not of three
/// (an address, "103.97.125.44"); not "1 000 000", "1.234.567" nor "4 500 7 người".
fn identifier_end(cx: &Cx<'_, '_>, i: usize) -> Option<usize> {
    let n = cx.n();
    let first = cx.a.text(i);
    // (Most numbers stand alone: one look at the next token says so.)
    let joined = |k: usize| {
        if k >= n {
            return None;
        }
        if cx.tok(k).kind == TokenKind::Number && cx.tok(k).space_before {
            return Some(k);
        }
        (cx.a.is_punct(k, ".")
            && !cx.tok(k).space_before
            && k + 1 < n
            && cx.tok(k + 1).kind == TokenKind::Number
            && !cx.tok(k + 1).space_before)
            .then_some(k + 1)
    };
    let mut k = joined(i + 1)?;
    let mut groups = 1;
    // (Groups other than thousands', joined by full stops; a group of four digits or more.)
    let (mut odd, mut dotted, mut long) = (false, false, first.len() >= 4);
    loop {
        groups += 1;
        odd |= cx.a.text(k).len() != 3;
        dotted |= !cx.tok(k).space_before;
        long |= cx.a.text(k).len() >= 4;
        match joined(k + 1) {
            Some(next) => k = next,
            None => break,
        }
    }
    let zero = first.len() >= 3 && first.starts_with('0');
    // (Counts side by side, "còn 4 500 7 người", are no identifier.)
    (zero || groups >= 3 && (dotted && odd || long)).then_some(k + 1)
}

/// Every number, money amount, percent and fraction.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let chains = Chains::new(cx);
    find_with(cx, &chains, out);
}

pub(crate) fn find_with(cx: &Cx<'_, '_>, chains: &Chains, out: &mut Vec<Candidate>) {
    let n = cx.n();
    let mut i = 0;
    while i < n {
        let t = cx.tok(i);
        // Only a number or a number word starts a numeral: the tags skip the other words.
        if t.kind != TokenKind::Number && t.tags & crate::keywords::NUMBER == 0 {
            i += 1;
            continue;
        }
        let numeral = if t.kind == TokenKind::Number {
            // A phone number or an identifier ("0913.456.789"), not a count.
            let id_like = cx.a.text(i).len() >= 4 && cx.a.text(i).starts_with('0');
            // A hotline: "1900 6769", "1800.1234" (both groups are the number).
            // (Its rest in one group or two: "1900 6769", "1900 558 818".)
            let group = |k: usize, len: std::ops::RangeInclusive<usize>| {
                k < n
                    && cx.tok(k).kind == TokenKind::Number
                    && cx.tok(k).space_before
                    && len.contains(&cx.a.text(k).len())
            };
            if matches!(cx.a.text(i), "1900" | "1800")
                && !cx.a.is_word(i.saturating_sub(1), "năm")
                && (group(i + 1, 4..=6) || group(i + 1, 3..=3) && group(i + 2, 3..=4))
            {
                i += if group(i + 1, 4..=6) { 2 } else { 3 };
                continue;
            }
            if i + 2 < n
                && matches!(cx.a.text(i), "1900" | "1800")
                && cx.a.is_punct(i + 1, ".")
                && !cx.tok(i + 1).space_before
                && cx.tok(i + 2).kind == TokenKind::Number
                && (3..=6).contains(&cx.a.text(i + 2).len())
                && !cx.tok(i + 2).space_before
            {
                i += 3;
                continue;
            }
            // A storm's name: "bão số 3".
            let storm = i >= 2 && cx.a.is_word(i - 1, "số") && cx.a.is_word(i - 2, "bão");
            // A sports event's edition: "SEA Games 33", "V.League 1" (a year after it is a
            // date, read elsewhere).
            let edition = i > 0
                && t.space_before
                && cx.a.text(i).len() <= 3
                && cx.tok(i - 1).initial_upper
                && crate::keywords::EVENT_ENDS.contains(&cx.a.fold(i - 1));
            // A kilometre marker's numbers: "Km 15+200" (the marker is a place's name).
            let km_marker = i > 0
                && (cx.a.fold(i - 1) == "km"
                    && cx.tok(i - 1).initial_upper
                    && cx.a.is_punct(i + 1, "+")
                    && !cx.tok(i + 1).space_before
                    || cx.a.is_punct(i - 1, "+")
                        && !t.space_before
                        && i >= 3
                        && cx.a.fold(i - 3) == "km"
                        && cx.tok(i - 3).initial_upper);
            // The power of a unit of area or volume: the "2" of "15m2".
            let power = !t.space_before
                && i > 0
                && matches!(cx.a.text(i), "2" | "3")
                && matches!(cx.a.fold(i - 1), "m" | "km" | "cm" | "dm")
                && cx.tok(i - 1).case == crate::token::Case::Lower;
            // An account, a phone number or an address on the net, in groups: none of its
            // groups is a count ("0812 447 905", "1903 6688 2471", "27.72.101.9").
            if let Some(end) = identifier_end(cx, i) {
                i = end;
                continue;
            }
            if chains.wordy[i]
                || power
                || starts_inside_group(cx, i)
                || id_like
                || storm
                || edition
                || km_marker
                || code_number(cx, i)
            {
                i += 1;
                continue;
            }
            digits_numeral(cx, i).map(|num| spaced_groups(cx, i, num))
        } else if t.kind == TokenKind::Word
            && crate::keywords::NUMBER_SET.contains(cx.a, i)
            && (crate::keywords::NUMBER_SET.contains(cx.a, i + 1)
                || cx.a.fold(i + 1) == "phay" && cx.a.is_word(i + 1, "phẩy"))
        {
            // Two number words at least, or a decimal read out ("hai phẩy năm"): most
            // "một", "năm", "không" stand alone.
            words_numeral(cx, i)
        } else if t.kind == TokenKind::Word
            && t.tags & crate::keywords::NUMBER != 0
            && cx.a.fold(i + 1) == "phan"
            && cx.a.is_word(i + 1, "phần")
            && crate::keywords::NUMBER_SET.contains(cx.a, i)
        {
            // One number word is a share: "mười phần trăm", "hai phần ba".
            unit_word(cx, i).map(|v| Numeral {
                end: i + 1,
                value: v as f64,
                plain: false,
            })
        } else {
            None
        };
        let Some(num) = numeral else {
            i += 1;
            continue;
        };
        // A quarter and its year are neither a fraction nor a count: "quý 4/2025".
        if t.kind == TokenKind::Number
            && i > 0
            && cx.a.is_word(i - 1, "quý")
            && cx.a.is_punct(num.end, "/")
            && glued(cx, num.end)
            && is_num(cx, num.end + 1)
            && glued(cx, num.end + 1)
            && cx.a.text(num.end + 1).len() == 4
        {
            i = num.end + 2;
            continue;
        }
        // A fraction: a whole number "/" a whole number, no larger than it ("72/94",
        // "1.386/1.402"), where the run is not a date, a code or "24/7".
        if t.kind == TokenKind::Number
            && num.value.fract() == 0.0
            && cx.a.is_punct(num.end, "/")
            && glued(cx, num.end)
            && is_num(cx, num.end + 1)
            && glued(cx, num.end + 1)
        {
            let den = digits_numeral(cx, num.end + 1).filter(|d| d.value.fract() == 0.0);
            let after = den.map_or(num.end + 2, |d| d.end);
            // (A full stop goes on only before a digit: "72/94." ends a sentence.)
            let more = glued(cx, after)
                && after < n
                && (matches!(cx.a.fold(after), "/" | "-")
                    || cx.a.is_punct(after, ".") && glued(cx, after + 1) && is_num(cx, after + 1));
            // Two years one after the other are a season or a school year: "niên vụ
            // 2025/2026", "năm học 2025/2026".
            // (The second may be written short: "mùa giải 2025/26".)
            let years = den
                .filter(|d| {
                    cx.a.text(i).len() == 4
                        && d.end == num.end + 2
                        && (1945.0..=2100.0).contains(&num.value)
                        && match cx.a.text(num.end + 1).len() {
                            4 => d.value == num.value + 1.0,
                            2 => d.value == (num.value + 1.0) % 100.0,
                            _ => false,
                        }
                })
                .map(|d| Numeral {
                    value: num.value + 1.0,
                    ..d
                });
            if let (false, Some(d)) = (more, years) {
                out.push(Candidate::new(
                    i,
                    d.end,
                    Value::Period {
                        start: num.value as i32,
                        end: d.value as i32,
                    },
                ));
                i = d.end;
                continue;
            }
            if let (false, Some(d)) = (more, den) {
                if d.value > 0.0 && num.value <= d.value {
                    out.push(Candidate::new(
                        i,
                        after,
                        Value::Fraction {
                            numerator: num.value as u64,
                            denominator: d.value as u64,
                        },
                    ));
                }
            }
            // Not a fraction: the whole glued run is something else (a code, a bad date).
            let mut k = after;
            while more && glued(cx, k) {
                k += 1;
            }
            i = k;
            continue;
        }
        // Sums written short, as in chats and comments: "500k" (nghìn), "2tr" (triệu) đồng.
        // (In capitals too, "600K", "3TR7": on a line in capitals, or after ten or more,
        // where no screen's "4K" is.)
        if t.kind == TokenKind::Number
            && glued(cx, num.end)
            && (cx.tok(num.end).case == crate::token::Case::Lower
                || cx.tok(num.end).case == crate::token::Case::Upper
                    && (cx.tok(num.end).caps_line || num.value >= 10.0))
        {
            // A year of birth as the young write it: "2k7" is 2007, not 2.700 đồng.
            let digit_after = num.end + 1 < n
                && glued(cx, num.end + 1)
                && cx.tok(num.end + 1).kind == TokenKind::Number
                && cx.a.text(num.end + 1).len() == 1
                && (num.end + 2 >= n
                    || !glued(cx, num.end + 2)
                    || matches!(cx.a.fold(num.end + 2), "," | "." | ";" | ")" | "!" | "?"));
            // (Not a price: "giá 2k5", "mua 2k5 một cái".)
            // (Nor a price by what follows: "2k5 một bó", "từ 2k5 lên 3k".)
            let priced = i > 0 && cx.a.is_any_word(i - 1, PRICE_WORDS)
                || cx.a.is_any_word(num.end + 2, &["một", "mỗi", "lên"])
                || cx.a.is_punct(num.end + 2, "/");
            if cx.a.text(i) == "2"
                && !priced
                && num.end == i + 1
                && cx.a.text(num.end) == "k"
                && digit_after
            {
                let year = cx.a.text(num.end + 1).parse::<i32>().unwrap_or(0) + 2000;
                out.push(Candidate::new(
                    i,
                    num.end + 2,
                    Value::Date {
                        year: Some(year),
                        month: None,
                        day: None,
                    },
                ));
                i = num.end + 2;
                continue;
            }
            let scale = match cx.a.fold(num.end) {
                "k" => Some(1e3),
                "tr" => Some(1e6),
                _ => None,
            };
            // (Not a number plate's letter: "30k-888.68".)
            let mut e = num.end + 1;
            // A part of the scale after it: "1tr5" is 1,5 triệu, "2tr500" 2,5 triệu.
            let mut value = num.value;
            // (After "k" one digit only: "1k5"; "30k888" is a plate's or a code's.)
            let most = if scale == Some(1e3) { 1 } else { 3 };
            if scale.is_some()
                && e < n
                && glued(cx, e)
                && cx.tok(e).kind == TokenKind::Number
                && cx.a.text(e).len() <= most
            {
                let digits = cx.a.text(e);
                let part: f64 = digits.parse().unwrap_or(0.0);
                value += part / 10f64.powi(digits.len() as i32);
                e += 1;
            }
            let ends = e >= n
                || !glued(cx, e)
                || matches!(cx.a.fold(e), "," | ";" | ")" | "/" | "!" | "?" | ":")
                || cx.a.is_punct(e, ".") && !(glued(cx, e + 1) && is_num(cx, e + 1));
            if let Some(scale) = scale.filter(|_| ends) {
                out.push(Candidate::new(
                    i,
                    e,
                    Value::Money {
                        value: times(value, scale),
                        currency: "VND".to_string(),
                    },
                ));
                i = e;
                continue;
            }
        }
        let digits_end = num.end;
        let mut num = scaled(cx, num);
        // The lower bound of a range takes the scale and currency of the upper: "6-8 triệu
        // đồng", "từ 4 đến 6 triệu đồng", "4-6tr".
        let mut range_currency = None;
        if t.kind == TokenKind::Number && num.end == digits_end {
            if let Some((scale, currency, upper)) = range_upper(cx, num.end) {
                // (Not a bound written in full already, larger than the upper's number:
                // "từ 300.000 đến 1,2 triệu đồng"; "1.500-2.000 tỷ đồng" takes the scale.)
                if num.value <= upper {
                    num.value = times(num.value, scale);
                }
                num.plain = false;
                range_currency = currency;
            }
        }
        // "1 tỷ rưỡi", "một triệu rưỡi": and a half of the scale.
        if let Some(scale) = scale_at(cx, num.end - 1).filter(|&s| s >= 1000.0) {
            if num.end < n && cx.tok(num.end).space_before && cx.a.is_word(num.end, "rưỡi") {
                num.value += scale / 2.0;
                num.end += 1;
            }
        }
        let mut end = num.end;
        // A share in words: "hai phần ba", "một phần mười" (not "một phần nguyên nhân", nor
        // "một phần năm 2025").
        if t.kind == TokenKind::Word && cx.a.is_word(end, "phần") && !cx.a.is_word(end + 1, "trăm")
        {
            let den = words_numeral(cx, end + 1).or_else(|| {
                unit_word(cx, end + 1).map(|v| Numeral {
                    end: end + 2,
                    value: v as f64,
                    plain: false,
                })
            });
            if let Some(d) = den.filter(|d| {
                d.value >= 2.0
                    && d.value <= 1000.0
                    && num.value < d.value
                    && !(d.end < n && cx.tok(d.end).kind == TokenKind::Number)
            }) {
                out.push(Candidate::new(
                    i,
                    d.end,
                    Value::Fraction {
                        numerator: num.value as u64,
                        denominator: d.value as u64,
                    },
                ));
                i = d.end;
                continue;
            }
            if num.end == i + 1 {
                // One number word that is no share stands alone.
                i += 1;
                continue;
            }
        }
        let value = if let Some(code) = range_currency {
            Value::Money {
                value: num.value,
                currency: code.to_string(),
            }
        } else if cx.a.is_punct(end, "%") {
            end += 1;
            Value::Percent { value: num.value }
        } else if cx.a.is_word(end, "phần") && cx.a.is_word(end + 1, "trăm") {
            end += 2;
            Value::Percent { value: num.value }
        } else if let Some((e, code)) = currency_at(cx, end).filter(|_| {
            // (Not a year after "năm" that a currency's name follows: "Năm 2024 USD tăng".)
            !(end == i + 1 && i > 0 && cx.a.is_word(i - 1, "năm") && cx.modern_year(i))
        }) {
            end = e;
            Value::Money {
                value: num.value,
                currency: code.to_string(),
            }
        } else if let Some(code) = currency_before(cx, i) {
            out.push(Candidate::new(
                i - 1,
                end,
                Value::Money {
                    value: num.value,
                    currency: code.to_string(),
                },
            ));
            i = end;
            continue;
        } else if bare_amount(cx, i, end) {
            Value::Money {
                value: num.value,
                currency: "VND".to_string(),
            }
        } else {
            Value::Number { value: num.value }
        };
        out.push(Candidate::new(i, end, value));
        i = end;
    }
}

/// Whether the number at tokens `i..end`, ended by "triệu" or "tỷ" and then by the clause,
/// is an amount of đồng left unsaid: "thiệt hại ước 2,8 tỷ.", "thưởng 500 triệu". Billions
/// that count nothing ("chưa tới 2 tỉ, …", "1 tỷ rưỡi để …") are money without a cue.
fn bare_amount(cx: &Cx<'_, '_>, i: usize, end: usize) -> bool {
    let last = end.saturating_sub(1 + cx.a.is_word(end.saturating_sub(1), "rưỡi") as usize);
    let scaled = last > i && cx.a.is_any_word(last, &["triệu", "tỷ", "tỉ"]);
    let closes = end >= cx.n()
        || cx.tok(end).kind == TokenKind::Break
        || matches!(cx.a.fold(end), "," | "." | ";" | ")" | "!" | "...");
    // A rate by the month or the head is a wage or a price: "10 triệu/tháng".
    let rate = cx.a.is_punct(end, "/") && cx.a.is_any_word(end + 1, &["tháng", "người"]);
    let billions = cx.a.is_any_word(last, &["tỷ", "tỉ"])
        && (closes
            || end < cx.n()
                && cx.tok(end).space_before
                && cx
                    .a
                    .is_any_word(end, &["để", "nhưng", "và", "cho", "thì", "mà", "từ", "vào"]));
    scaled
        && (rate
            || billions
            || closes
                && (i.saturating_sub(6)..i)
                    .any(|k| cx.a.is_any_word(k, crate::keywords::MONEY_CUES)))
}

/// The currency code written before an amount ("VND 5 tỷ", "USD 20.000"), as its token.
fn currency_before(cx: &Cx<'_, '_>, i: usize) -> Option<&'static str> {
    if i == 0 || !cx.tok(i).space_before || cx.tok(i - 1).kind != TokenKind::Word {
        return None;
    }
    let code = match cx.a.text(i - 1) {
        "VND" | "VNĐ" => "VND",
        "USD" => "USD",
        "EUR" => "EUR",
        _ => return None,
    };
    Some(code)
}

/// Whether the word at `k`, in capitals after digits, is "K" or "TR" of a sum ("600K",
/// "3TR7"): after two digits or more ("TR" after one on a line in capitals), and ending the
/// run `..e`, perhaps after its part ("3TR7"), or before a mark ("4TR5,", "2TR/M2"), so a
/// plate's letter ("30K-888.68") is none.
fn upper_sum_suffix(cx: &Cx<'_, '_>, k: usize, e: usize) -> bool {
    // (A single digit before "K" is a screen's "4K", "8K", even in capitals.)
    let digits = cx.a.text(k - 1).len();
    let sum = match cx.a.fold(k) {
        "k" => digits >= 2,
        "tr" => digits >= 2 || cx.tok(k).caps_line,
        _ => false,
    };
    // (A plate's letter: "biển 51K 123.45", its number spaced after it.)
    let plate =
        cx.a.tokens
            .get(e)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || (k.saturating_sub(4)..k).any(|b| cx.a.is_word(b, "biển"));
    if !sum || plate {
        return false;
    }
    let mut m = k + 1;
    if m < e && cx.tok(m).kind == TokenKind::Number && cx.a.text(m).len() <= 3 {
        m += 1;
    }
    // (A rate's "/": "2TR/M2".)
    m == e || matches!(cx.a.fold(m), "," | ";" | "." | ")" | "!" | "?" | ":" | "/")
}

/// Whether the number at token `i` is part of an identifier: a vessel's or a vehicle's
/// number after its letters ("tàu CSB 8003", "BĐ 97654 TS"), or a number plate ("biển
/// số 29-B1 234.56").
fn code_number(cx: &Cx<'_, '_>, i: usize) -> bool {
    let text = cx.a.text(i);
    if i == 0 || !cx.tok(i).space_before {
        return false;
    }
    let p = cx.tok(i - 1);
    let year = text.len() == 4 && matches!(text.as_bytes()[0], b'1' | b'2');
    let after_letters = text.len() >= 3
        && !year
        && p.kind == TokenKind::Word
        && matches!(p.case, Case::Upper | Case::Other)
        && !p.caps_line
        && cx.a.fold(i - 1).len() <= 4;
    // A plate: a glued run of digits, letters and dashes, then the number.
    let plate = p.kind == TokenKind::Number
        && !cx.tok(i - 1).space_before
        && i >= 2
        && (cx.tok(i - 2).kind == TokenKind::Word || cx.a.is_dash(i - 2))
        && !cx.tok(i - 2).space_before;
    after_letters || plate
}

/// Whether token `i` continues a numeral to its left ("184" of "3.184").
fn starts_inside_group(cx: &Cx<'_, '_>, i: usize) -> bool {
    i >= 2
        && !cx.tok(i).space_before
        && matches!(cx.a.fold(i - 1), "." | ",")
        && !cx.tok(i - 1).space_before
        && is_num(cx, i - 2)
}

#[cfg(test)]
mod tests {

    use crate::test_util::value_case as num;

    num!(thousands, "có 3.184 mô hình", [("number", "3.184", "3184")]);
    // Accounts, phone numbers and addresses in groups are no counts; grouped thousands are.
    num!(
        identifiers_in_groups,
        "gọi 0812 447 905 hoặc 069.219.4053, chuyển vào tài khoản 1903 6688 2471 từ IP 27.72.101.9; thu 1 000 000 đồng và 1.234.567 lượt",
        [
            ("money", "1 000 000 đồng", "1000000 VND"),
            ("number", "1.234.567", "1234567")
        ]
    );
    // After a scale word "đồng chủ" is the sum and then an owner.
    num!(
        a_sum_before_an_owner,
        "PHẠT 1,2 TỶ ĐỒNG CHỦ TÀU CÁ",
        [("money", "1,2 TỶ ĐỒNG", "1200000000 VND")]
    );
    // A count typed right after a comma that follows a word: the comma is no decimal mark.
    num!(
        a_count_glued_after_a_comma,
        "1 người chết,3 người bị thương, giá 1,5 lần",
        [
            ("number", "1", "1"),
            ("number", "3", "3"),
            ("number", "1,5", "1.5")
        ]
    );
    // Digits after "phẩy" read one by one; tens counted by "chục"; without diacritics
    // "ngan hang" is a bank and "mot" before "phần" is "một".
    num!(
        decimals_digit_by_digit_tens_and_banks,
        "lãi chín phẩy một bốn phần trăm, tăng hai phẩy tám lăm lần, thu bốn chục triệu đồng",
        [
            ("percent", "chín phẩy một bốn phần trăm", "9.14"),
            ("number", "hai phẩy tám lăm", "2.85"),
            ("money", "bốn chục triệu đồng", "40000000 VND")
        ]
    );
    // The Lao kip as written, not the detonators ("kíp mìn"), nor without diacritics.
    num!(
        kip_the_money_and_kip_the_detonators,
        "tặng 300 triệu kíp, thu 40 kíp mìn, mua 50 kip",
        [
            ("money", "300 triệu kíp", "300000000 LAK"),
            ("number", "40", "40"),
            ("number", "50", "50")
        ]
    );
    // Tens with no scale after them stop there; "năm" before a year is no digit; a kip is
    // money only after a scale word; "2k5 một bó" is a price.
    num!(
        tens_years_shifts_and_prices,
        "hai chục năm qua, tăng bốn phẩy hai năm 2025, có 3 kíp trực, rau 2k5 một bó",
        [
            ("number", "hai chục", "20"),
            ("number", "bốn phẩy hai", "4.2"),
            ("date", "2025", "2025"),
            ("number", "3", "3"),
            ("money", "2k5", "2500 VND")
        ]
    );
    // "2k7" is a year of birth, but a price after "giá"; "sn 98" is 1998.
    num!(
        years_of_birth_written_short,
        "mấy đứa 2k7 thi xong, giá 2k5 một cái, em sn 98",
        [
            ("date", "2k7", "2007"),
            ("money", "2k5", "2500 VND"),
            ("date", "98", "1998")
        ]
    );
    num!(
        plain_banks_and_shares,
        "mot ngan hang cho vay mot phan tu so von, ong giu hai chuc vu",
        [("fraction", "mot phan tu", "1/4")]
    );
    // A decimal times a scale has no binary noise: 4,15 × 10⁶ is 4150000 exactly.
    num!(
        scaled_decimals_are_exact,
        "vay 4,15 triệu USD, từ 4,1 đến 6,3 triệu đồng, 2,55 nghìn lượt",
        [
            ("money", "4,15 triệu USD", "4150000 USD"),
            ("money", "4,1", "4100000 VND"),
            ("money", "6,3 triệu đồng", "6300000 VND"),
            ("number", "2,55 nghìn", "2550")
        ]
    );
    // The lower bound of a range takes the upper's scale unless written in full.
    num!(
        a_bound_in_full_keeps_its_value,
        "vé từ 300.000 đến 1,2 triệu đồng, lương từ 4 đến 6 triệu đồng, vốn 1.500-2.000 tỷ đồng",
        [
            ("money", "300.000", "300000 VND"),
            ("money", "1,2 triệu đồng", "1200000 VND"),
            ("money", "4", "4000000 VND"),
            ("money", "6 triệu đồng", "6000000 VND"),
            ("money", "1.500", "1500000000000 VND"),
            ("money", "2.000 tỷ đồng", "2000000000000 VND")
        ]
    );
    // A unit glued to its number, and the power of an area's unit.
    num!(
        glued_units,
        "ngập 40cm, phòng 15m2, bể 120m3",
        [
            ("number", "40", "40"),
            ("number", "15", "15"),
            ("number", "120", "120")
        ]
    );
    // A decimal read out: the number, "phẩy", the digits after the comma as a number.
    num!(
        decimals_in_words,
        "giảm còn mười tám phẩy hai phần trăm, vốn hai phẩy năm tỷ đồng, lãi ba phẩy không năm phần trăm, thu bốn phẩy mười lăm triệu đồng",
        [
            ("percent", "mười tám phẩy hai phần trăm", "18.2"),
            ("money", "hai phẩy năm tỷ đồng", "2500000000 VND"),
            ("percent", "ba phẩy không năm phần trăm", "3.05"),
            ("money", "bốn phẩy mười lăm triệu đồng", "4150000 VND")
        ]
    );
    num!(
        a_storm_by_its_number,
        "bão số 7 làm 12 nhà sập",
        [("number", "12", "12")]
    );
    num!(
        hotlines_in_groups,
        "gọi 1900 558 818 hoặc 1800 1234 trong năm 1900 có 3 người",
        [("date", "1900", "1900"), ("number", "3", "3")]
    );
    num!(
        numbers_of_vessels_and_plates_are_no_counts,
        "tàu KN 290 và tàu cá QNg 90871 TS kéo xe biển số 30-E1 456.78 về 12 bến; Hội nghị G20 2026",
        [("number", "12", "12"), ("number", "2026", "2026")]
    );
    num!(
        amounts_lost_and_rates,
        "bị lừa mất 2 tỷ 100 triệu, nghe nói được chừng 12 triệu/tháng, còn 90 triệu/năm thì khác",
        [
            ("money", "2 tỷ 100 triệu", "2100000000 VND"),
            ("money", "12 triệu", "12000000 VND"),
            ("number", "90 triệu", "90000000")
        ]
    );
    num!(
        amounts_of_dong_left_unsaid,
        "thiệt hại khoảng 3,5 tỷ, dân số 100 triệu.",
        [
            ("money", "3,5 tỷ", "3500000000 VND"),
            ("number", "100 triệu", "100000000")
        ]
    );
    num!(
        hotlines_are_not_counts,
        "gọi 1900 1234 hoặc 1800.5678 trong năm 1900 có 12 cuộc",
        [("date", "1900", "1900"), ("number", "12", "12")]
    );
    num!(
        unaccented_dong_after_a_scale,
        "Xa da chi 420 trieu dong ho tro 9 gia dinh kho khan",
        [
            ("money", "420 trieu dong", "420000000 VND"),
            ("number", "9", "9")
        ]
    );
    num!(
        millions_grouped,
        "thu 2.345.000 lượt",
        [("number", "2.345.000", "2345000")]
    );
    num!(decimal_comma, "tăng 4,5 lần", [("number", "4,5", "4.5")]);
    num!(decimal_dot, "nền 4.0 mới", [("number", "4.0", "4")]);
    num!(
        scale,
        "hơn 1,2 triệu người và 5 nghìn hộ",
        [
            ("number", "1,2 triệu", "1200000"),
            ("number", "5 nghìn", "5000")
        ]
    );
    num!(
        words,
        "hai mươi ba người, một trăm linh năm hộ",
        [
            ("number", "hai mươi ba", "23"),
            ("number", "một trăm linh năm", "105")
        ]
    );
    num!(
        long_words,
        "bảy trăm hai mươi mốt nghìn không trăm mười hai",
        [(
            "number",
            "bảy trăm hai mươi mốt nghìn không trăm mười hai",
            "721012"
        )]
    );
    num!(
        words_without_diacritics,
        "nhan hai muoi ba don to giac",
        [("number", "hai muoi ba", "23")]
    );
    num!(lone_word_is_not_a_number, "hai bên cùng ký", []);
    num!(
        shares_in_words,
        "lãi tăng chín phần trăm, ba phần tư số hộ và một phần mười lăm diện tích",
        [
            ("percent", "chín phần trăm", "9"),
            ("fraction", "ba phần tư", "3/4"),
            ("fraction", "một phần mười lăm", "1/15")
        ]
    );
    num!(
        editions_of_sports_events_and_seasons,
        "SEA Games 33 và ASIAD 20, mùa giải 2025/26, 20 vận động viên",
        [("period", "2025/26", "2025/2026"), ("number", "20", "20")]
    );
    num!(
        the_lower_bound_of_a_range,
        "phạt 6-8 triệu đồng, từ 4 đến 6 triệu đồng, 2-3tr; 40 đến 60 triệu người",
        [
            ("money", "6", "6000000 VND"),
            ("money", "8 triệu đồng", "8000000 VND"),
            ("money", "4", "4000000 VND"),
            ("money", "6 triệu đồng", "6000000 VND"),
            ("money", "2", "2000000 VND"),
            ("money", "3tr", "3000000 VND"),
            ("number", "40", "40000000"),
            ("number", "60 triệu", "60000000")
        ]
    );
    num!(
        short_sums_with_a_part_of_the_scale,
        "nộp 1tr5, 2tr500 và 1k5; biển 30k888",
        [
            ("money", "1tr5", "1500000 VND"),
            ("money", "2tr500", "2500000 VND"),
            ("money", "1k5", "1500 VND"),
            ("number", "30", "30"),
            ("number", "888", "888")
        ]
    );
    num!(
        ranges_with_a_compound_scale_or_a_currency_alone,
        "phạt từ 2 đến 3 tỷ 500 triệu đồng, giá 1.000-2.000 USD, 20-30k",
        [
            ("money", "2", "2000000000 VND"),
            ("money", "3 tỷ 500 triệu đồng", "3500000000 VND"),
            ("money", "1.000", "1000 USD"),
            ("money", "2.000 USD", "2000 USD"),
            ("money", "20", "20000 VND"),
            ("money", "30k", "30000 VND")
        ]
    );
    num!(
        seasons_and_fractions_at_a_sentence_end,
        "niên vụ 2025/2026 đạt 72/94. Nắng trên 39 do C",
        [
            ("period", "2025/2026", "2025/2026"),
            ("fraction", "72/94", "72/94"),
            ("number", "39", "39")
        ]
    );
    num!(
        larger_scale_takes_all_before_it,
        "một nghìn hai trăm năm mươi tỷ đồng và hai tỷ ba trăm nghìn đồng",
        [
            (
                "money",
                "một nghìn hai trăm năm mươi tỷ đồng",
                "1250000000000 VND"
            ),
            ("money", "hai tỷ ba trăm nghìn đồng", "2000300000 VND")
        ]
    );
    num!(
        a_part_is_no_share,
        "một phần nguyên nhân, chia ba phần bằng nhau, một phần năm 2025 và năm phần ba",
        [("date", "2025", "2025")]
    );
    num!(
        money_vnd,
        "phạt 300 triệu đồng và 5,9 tỷ đồng",
        [
            ("money", "300 triệu đồng", "300000000 VND"),
            ("money", "5,9 tỷ đồng", "5900000000 VND")
        ]
    );
    num!(
        money_glued,
        "giá 500.000đ, 2 triệu VNĐ, 10 USD",
        [
            ("money", "500.000đ", "500000 VND"),
            ("money", "2 triệu VNĐ", "2000000 VND"),
            ("money", "10 USD", "10 USD")
        ]
    );
    num!(
        money_ti,
        "40 tỉ đồng",
        [("money", "40 tỉ đồng", "40000000000 VND")]
    );
    num!(
        comrades_are_not_money,
        "cho 15 đồng chí",
        [("number", "15", "15")]
    );
    num!(
        percent,
        "hơn 75% và 12,5 % và 30 phần trăm",
        [
            ("percent", "75%", "75"),
            ("percent", "12,5 %", "12.5"),
            ("percent", "30 phần trăm", "30")
        ]
    );
    num!(
        fraction,
        "giảm 72/94 trường hợp",
        [("fraction", "72/94", "72/94")]
    );
    num!(
        thousands_grouped_by_spaces,
        "kho nhập 3 420 tấn gạo, 1 250 000 liều vắc xin và 7 600 tỷ đồng",
        [
            ("number", "3 420", "3420"),
            ("number", "1 250 000", "1250000"),
            ("money", "7 600 tỷ đồng", "7600000000000 VND")
        ]
    );
    num!(
        spaces_between_labels_and_counts_group_nothing,
        "lớp 12 300 em, năm 2024 180 hộ, còn 4 500 7 người",
        [
            ("number", "12", "12"),
            ("number", "300", "300"),
            ("date", "2024", "2024"),
            ("number", "180", "180"),
            ("number", "4", "4"),
            ("number", "500", "500"),
            ("number", "7", "7")
        ]
    );
    num!(
        per_unit_after_glued_money,
        "vé 120.000đ/lượt, gạo 18.000đ/kg",
        [
            ("money", "120.000đ", "120000 VND"),
            ("money", "18.000đ", "18000 VND")
        ]
    );
    num!(
        dollars_of_a_country,
        "góp 15 triệu đô la Mỹ và 3 triệu đô la Úc",
        [
            ("money", "15 triệu đô la Mỹ", "15000000 USD"),
            ("money", "3 triệu đô la Úc", "3000000 AUD")
        ]
    );
    num!(
        accomplices_are_not_money,
        "KHỞI TỐ 4 ĐỒNG PHẠM, bắt thêm 2 đồng phạm",
        [("number", "4", "4"), ("number", "2", "2")]
    );
    num!(
        identifiers_are_not_numbers,
        "Covid-19 và mã ac2e5786-aef7-472d",
        []
    );
    num!(
        a_currency_code_before_the_amount,
        "vốn ghi VND 8 tỷ, trả thêm USD 20.000",
        [
            ("money", "VND 8 tỷ", "8000000000 VND"),
            ("money", "USD 20.000", "20000 USD")
        ]
    );
    num!(
        billions_and_a_half,
        "mỗi xã nhận 2 tỷ rưỡi để làm đường và ba triệu rưỡi đồng tiền quà",
        [
            ("money", "2 tỷ rưỡi", "2500000000 VND"),
            ("money", "ba triệu rưỡi đồng", "3500000 VND")
        ]
    );
    num!(
        billions_that_count_nothing_are_money,
        "góp được 3 tỉ, còn nợ 4 tỷ nhưng 2 tỷ người dùng mạng",
        [
            ("money", "3 tỉ", "3000000000 VND"),
            ("money", "4 tỷ", "4000000000 VND"),
            ("number", "2 tỷ", "2000000000")
        ]
    );
    num!(
        a_year_after_its_lunar_name,
        "Tết Ất Tỵ 2025 và Tết Bính Ngọ 2026 gần nhau",
        [("date", "2025", "2025"), ("date", "2026", "2026")]
    );
    num!(
        a_network_is_no_time,
        "phủ sóng 5G và 4G từ 8g15",
        [("time", "8g15", "08:15")]
    );
    num!(
        dates_in_text_glued_by_a_scraper,
        "hiệu lực từ ngày01/7/2025, họp từ 15/9/2024Trong đó có 3 xã, khai mạc 2/11/2024.Tổng",
        [
            ("date", "01/7/2025", "2025-07-01"),
            ("date", "15/9/2024", "2024-09-15"),
            ("number", "3", "3"),
            ("date", "2/11/2024", "2024-11-02")
        ]
    );
    num!(
        the_year_of_an_event_after_its_name,
        "vé dự Olympic 2028 và Festival Huế 2026, còn Hội nghị G20 2026 có 40 nước",
        [
            ("date", "2028", "2028"),
            ("date", "2026", "2026"),
            ("number", "2026", "2026"),
            ("number", "40", "40")
        ]
    );
    num!(
        a_trading_session_by_its_date,
        "kết thúc phiên 22/10, chỉ số tăng 12,35 điểm",
        [("date", "22/10", "--10-22"), ("number", "12,35", "12.35")]
    );
    num!(
        datelines_and_days_with_dots,
        "Hà Nội, 12/11 – Ngày 11.11, giá tăng 12.5 lần; Đà Nẵng, 3/4 số hộ",
        [
            ("date", "12/11", "--11-12"),
            ("date", "11.11", "--11-11"),
            ("number", "12.5", "12.5"),
            ("fraction", "3/4", "3/4")
        ]
    );
    num!(
        sums_written_short,
        "áo giá 500k, lương 12tr/tháng, chạy 42km",
        [
            ("money", "500k", "500000 VND"),
            ("money", "12tr", "12000000 VND"),
            ("number", "42", "42")
        ]
    );
    num!(
        number_words_capitalised_in_a_name,
        "Le hoi den Ba Trieu mo cua, Hai Ba Trung dong vui; hai trăm người đến",
        [("number", "hai trăm", "200")]
    );
    num!(
        sums_written_short_in_capitals,
        "NỘP PHẠT 800K, TIỀN NƯỚC 1TR2 MỖI THÁNG, THU THÊM 4TR5, MÀN HÌNH 8K\nmàn hình 8K giá 35K.",
        [
            ("money", "800K", "800000 VND"),
            ("money", "1TR2", "1200000 VND"),
            ("money", "4TR5", "4500000 VND"),
            ("money", "35K", "35000 VND")
        ]
    );
    num!(
        a_kilometre_marker_holds_no_number,
        "tai nạn tại Km 27+350 Quốc lộ 14, cách đó 3 km",
        [("number", "3", "3")]
    );
    num!(
        currencies_of_the_region_and_degrees_without_diacritics,
        "vien phi 800.000 won, ve 2.000 baht; dong dat 6,1 do richter, gia 300 nghin do",
        [
            ("money", "800.000 won", "800000 KRW"),
            ("money", "2.000 baht", "2000 THB"),
            ("number", "6,1", "6.1"),
            ("money", "300 nghin do", "300000 USD")
        ]
    );
    num!(
        plates_counts_and_numbers_in_title_case,
        "xe biển 51K 123.45 bị giữ; Tuyển Hai Nghìn Công Nhân; công ty tuyển dụng 2000, còn thiếu",
        [("number", "Hai Nghìn", "2000"), ("number", "2000", "2000")]
    );
    // Without diacritics "mot" before a scale is "một", not "mốt".
    num!(
        one_before_a_scale_without_diacritics,
        "ong Tuan da chi mot ty hai tram trieu dong de mua dat, mot nguoi khac chi hai muoi mot trieu dong",
        [
            ("money", "mot ty hai tram trieu dong", "1200000000 VND"),
            ("money", "hai muoi mot trieu dong", "21000000 VND")
        ]
    );
}
