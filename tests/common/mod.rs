//! Shared by the integration tests: the dev gold, read from ../shared/eval when present.

#![allow(dead_code)]

use std::path::PathBuf;

/// The gold file, or `None` (with a message saying so) when it is absent.
pub fn gold_path() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev.jsonl");
    if p.exists() {
        Some(p)
    } else {
        eprintln!(
            "SKIPPED: the dev gold {} is absent; this test needs it",
            p.display()
        );
        None
    }
}

/// (id, text) of every gold case.
pub fn gold_texts() -> Option<Vec<(String, String)>> {
    Some(texts_of(&gold_path()?))
}

/// (id, text) of every case of a gold file.
pub fn texts_of(path: &std::path::Path) -> Vec<(String, String)> {
    let src = std::fs::read_to_string(path).expect("the gold is readable");
    {
        src.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("gold lines are JSON");
                (
                    v["id"].as_str().unwrap_or_default().to_string(),
                    v["text"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect()
    }
}

/// Removes every diacritic (and đ → d), keeping case: how text typed without them looks.
pub fn strip_diacritics(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// Every oa/oe/uy syllable ending with its tone moved to the second vowel ("hòa" → "hoà").
pub fn new_tone_style(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
    let chars: Vec<char> = s.nfd().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        // pattern: (o|u) TONE (a|e|y) followed by a non-letter
        let c = chars[i];
        if matches!(c.to_ascii_lowercase(), 'o' | 'u')
            && i + 2 < chars.len() + 1
            && chars.get(i + 1).is_some_and(|t| tones.contains(t))
            && chars.get(i + 2).is_some_and(|v| {
                matches!(
                    (c.to_ascii_lowercase(), v.to_ascii_lowercase()),
                    ('o', 'a') | ('o', 'e') | ('u', 'y')
                )
            })
            && !chars
                .get(i + 3)
                .is_some_and(|n| n.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(n))
            && !(c.eq_ignore_ascii_case(&'u') && i > 0 && chars[i - 1].eq_ignore_ascii_case(&'q'))
        {
            out.push(c);
            out.push(chars[i + 2]);
            out.push(chars[i + 1]);
            i += 3;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out.into_iter().collect::<String>().nfc().collect()
}
