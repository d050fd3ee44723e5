//! Legal document codes: "44-KL/TW", "09/NQ-CP", "124/2021/TT-BCA", "03/CT-BCA-X11",
//! "1234/QĐ-UBND", "100/2019/NĐ-CP". The document word before a code ("Thông tư số …")
//! fills the type when the code does not carry one.

use super::{Candidate, Cx};
use crate::entity::{Document, Value};
use crate::lexicon::EntryKind;
use crate::token::{Case, TokenKind};

/// Every document code.
pub fn find(cx: &Cx<'_, '_>, out: &mut Vec<Candidate>) {
    let n = cx.n();
    let mut i = 0;
    while i < n {
        let t = cx.tok(i);
        let starts = t.kind == TokenKind::Number
            && (t.space_before || i > 0 && matches!(cx.a.fold(i - 1), "(" | "\"" | "'"));
        if starts {
            if let Some(c) = code_at(cx, i) {
                i = c.end as usize;
                out.push(c);
                continue;
            }
        }
        i += 1;
    }
}

/// Whether token `k` can be part of a code's letters: an upper-case word ("TT", "QĐ"), or a
/// word with digits glued after it ("X11" is "X" then "11").
fn code_word(cx: &Cx<'_, '_>, k: usize) -> bool {
    let t = cx.tok(k);
    // Capitals ("BCA", "QĐ"), or short mixed forms such as "TTg" (Thủ tướng).
    t.kind == TokenKind::Word
        && (t.case == Case::Upper && cx.a.fold(k).len() <= 8
            || t.case == Case::Other && t.initial_upper && cx.a.fold(k).len() <= 4 && !t.marks
            // In lower case ("nđ-cp"), checked as a whole code by `code_at`.
            || t.case == Case::Lower && cx.a.fold(k).len() <= 8)
}

/// Whether `letters` (a code's type part, any case) folds like the code letters of a
/// document type of the lexicon ("nđ" as "NĐ").
fn known_type(cx: &Cx<'_, '_>, letters: &str) -> bool {
    let want = crate::normalize::fold::fold(letters);
    cx.entries.iter().any(|e| {
        e.kind == EntryKind::DocType
            && !e.canonical.is_empty()
            && crate::normalize::fold::fold(&e.canonical) == want
    })
}

fn code_at(cx: &Cx<'_, '_>, i: usize) -> Option<Candidate> {
    let n = cx.n();
    // The glued run from i: numbers, code words, "/" and "-".
    let mut end = i + 1;
    while end < n && !cx.tok(end).space_before {
        let t = cx.tok(end);
        let ok = match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => code_word(cx, end),
            TokenKind::Punct => matches!(cx.a.fold(end), "/" | "-"),
            TokenKind::Break => false,
        };
        if !ok {
            break;
        }
        end += 1;
    }
    while end > i + 1 && cx.tok(end - 1).kind == TokenKind::Punct {
        end -= 1;
    }
    // A code has a slash (dashes alone join a number plate's parts: "29-B1") and letters
    // (dates and fractions have none): most runs stop here, before anything is gathered.
    if !(i..end).any(|k| cx.a.is_punct(k, "/"))
        || !(i..end).any(|k| cx.tok(k).kind == TokenKind::Word)
    {
        return None;
    }
    // Split into parts on the separators.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = i;
    for k in i..end {
        if cx.tok(k).kind == TokenKind::Punct {
            if k > s {
                parts.push((s, k));
            }
            s = k + 1;
        }
    }
    if end > s {
        parts.push((s, end));
    }
    if parts.len() < 2 {
        return None;
    }
    let text = |(a, b): (usize, usize)| -> String { (a..b).map(|k| cx.a.text(k)).collect() };
    // (A sum written short is no number of a code, "2TR/M2"; a number with a letter before
    // a known type is, "15K/QĐ-UBND".)
    if (parts[0].0..parts[0].1).any(|k| matches!(cx.a.fold(k), "k" | "tr"))
        && !known_type(cx, &text(parts[1]))
    {
        return None;
    }
    let is_letters = |p: (usize, usize)| cx.tok(p.0).kind == TokenKind::Word;
    // number [/ year] then letters.
    let number = text(parts[0]);
    let mut idx = 1;
    let mut year = None;
    if idx < parts.len() && !is_letters(parts[idx]) {
        let y = text(parts[idx]);
        let yv: i32 = y
            .parse()
            .ok()
            .filter(|v| (1945..=2199).contains(v) && y.len() == 4)?;
        year = Some(yv);
        idx += 1;
    }
    if idx >= parts.len() || !is_letters(parts[idx]) {
        return None;
    }
    // A code written in lower case ("168/2024/nđ-cp") is one when it has a year or an
    // issuer, or its type is a known one: "5/ha" is a rate. It is given in capitals.
    let lower =
        (i..end).any(|k| cx.tok(k).kind == TokenKind::Word && cx.tok(k).case == Case::Lower);
    if lower && year.is_none() && idx + 1 >= parts.len() && !known_type(cx, &text(parts[idx])) {
        return None;
    }
    let upper = |s: String| if lower { s.to_uppercase() } else { s };
    let doc_type = upper(text(parts[idx]));
    // The type code is short letters (KL, NQ, TT-BCA's TT, QĐ), or a known type in its own
    // case ("TTr", a Tờ trình); after a year or "số", also a longer issuer or court code
    // ("76/2025/UBTVQH15", "215/2025/QĐXXST-HS", "số 125/HĐBCQG-VP").
    let most = if year.is_some() || i > 0 && cx.a.is_word(i - 1, "số") {
        8
    } else {
        5
    };
    if doc_type.chars().count() > most
        || !(doc_type
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit())
            || known_type(cx, &doc_type))
    {
        return None;
    }
    let issuer_parts: Vec<String> = parts[idx + 1..].iter().map(|&p| text(p)).collect();
    let issuer = if issuer_parts.is_empty() {
        None
    } else {
        // Rejoin with the separators as written.
        let first = parts[idx + 1].0;
        let last = parts[parts.len() - 1].1;
        Some(upper(
            (first..last).map(|k| cx.a.text(k)).collect::<String>(),
        ))
    };
    let code: String = upper((i..end).map(|k| cx.a.text(k)).collect());
    // The document word before the code ("Thông tư số 124/…") names the type when the
    // code's own letters are not a known type.
    // A legislature and its term alone after the year ("202/2025/QH15", "76/2025/UBTVQH15")
    // is the issuer: the type is the document word before it.
    let (mut doc, issuer) = if issuer.is_none()
        && doc_type.ends_with(|c: char| c.is_ascii_digit())
        && !known_type(cx, &doc_type)
    {
        (None, Some(doc_type))
    } else {
        (Some(doc_type), issuer)
    };
    if let Some(word_type) = doc_word_before(cx, i) {
        if doc.as_deref().is_none_or(|d| d.is_empty()) {
            doc = Some(word_type);
        }
    }
    Some(Candidate::new(
        i,
        end,
        Value::Document(Box::new(Document {
            code,
            number: Some(number),
            year,
            doc_type: doc,
            issuer,
        })),
    ))
}

fn doc_word_before(cx: &Cx<'_, '_>, i: usize) -> Option<String> {
    let mut j = i;
    if j > 0 && cx.a.is_word(j - 1, "số") {
        j -= 1;
    }
    // The longest doc-type hit ending right before j.
    for back in 1..=4 {
        if j < back {
            break;
        }
        let s = j - back;
        if let Some((h, e)) = cx.longest(s, EntryKind::DocType) {
            if h.end as usize == j && !e.canonical.is_empty() {
                return Some(e.canonical.clone());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::test_util::documents;

    macro_rules! doc {
        ($name:ident, $text:expr, [$(($code:expr, $num:expr, $year:expr, $ty:expr, $iss:expr)),*]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, String, Option<i32>, Option<String>, Option<String>)> = vec![$((
                    $code.to_string(), $num.to_string(), $year, $ty.map(|s: &str| s.to_string()), $iss.map(|s: &str| s.to_string())
                )),*];
                assert_eq!(documents($text), want);
            }
        };
    }

    doc!(
        party_conclusion,
        "Kết luận 44-KL/TW ngày",
        [("44-KL/TW", "44", None, Some("KL"), Some("TW"))]
    );
    doc!(
        resolution,
        "Nghị quyết số 09/NQ-CP của",
        [("09/NQ-CP", "09", None, Some("NQ"), Some("CP"))]
    );
    doc!(
        circular_with_year,
        "Thông tư số 124/2021/TT-BCA ngày",
        [(
            "124/2021/TT-BCA",
            "124",
            Some(2021),
            Some("TT"),
            Some("BCA")
        )]
    );
    doc!(
        issuer_with_unit,
        "(03/CT-BCA-X11)",
        [("03/CT-BCA-X11", "03", None, Some("CT"), Some("BCA-X11"))]
    );
    doc!(
        decision,
        "Quyết định 1234/QĐ-UBND và Nghị định 100/2019/NĐ-CP.",
        [
            ("1234/QĐ-UBND", "1234", None, Some("QĐ"), Some("UBND")),
            ("100/2019/NĐ-CP", "100", Some(2019), Some("NĐ"), Some("CP"))
        ]
    );
    doc!(not_a_code, "tỷ lệ 72/94 và 2018-2023", []);
    doc!(
        lower_case_with_year,
        "theo nghị định 35/2023/nđ-cp thì",
        [("35/2023/NĐ-CP", "35", Some(2023), Some("NĐ"), Some("CP"))]
    );
    doc!(
        lower_case_known_type,
        "văn bản số 712/qđ của sở",
        [("712/QĐ", "712", None, Some("QĐ"), None)]
    );
    doc!(
        lower_case_with_issuer,
        "công văn 88/sxd-qlcl gửi",
        [("88/SXD-QLCL", "88", None, Some("SXD"), Some("QLCL"))]
    );
    doc!(
        lower_case_rates,
        "năng suất 5/ha, giá 30/kg và 2/3 số hộ",
        []
    );
    doc!(
        a_submission_and_a_number_with_a_letter,
        "Tờ trình số 88/TTr-SYT và Quyết định số 15K/QĐ-UBND, đền bù 2TR/M2",
        [
            ("88/TTr-SYT", "88", None, Some("TTr"), Some("SYT")),
            ("15K/QĐ-UBND", "15K", None, Some("QĐ"), Some("UBND"))
        ]
    );
    // After a year, a longer issuer or court code is the type.
    doc!(
        standing_committee_and_court_codes,
        "Nghị quyết 1680/2025/UBTVQH15 và Quyết định 31/2025/QĐXXST-HS",
        [
            (
                "1680/2025/UBTVQH15",
                "1680",
                Some(2025),
                Some("NQ"),
                Some("UBTVQH15")
            ),
            (
                "31/2025/QĐXXST-HS",
                "31",
                Some(2025),
                Some("QĐXXST"),
                Some("HS")
            )
        ]
    );
}
