//! Property tests: no input panics, every span is valid, and the same text in NFC or NFD,
//! or in either tone placement, gives the same entities.

mod common;

use proptest::prelude::*;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use viet_extract::{extract, normalize, Entity, Extractor};

static EX: LazyLock<Extractor> = LazyLock::new(|| Extractor::new().expect("built-in lexicons"));

/// Every matcher's candidate has a width and lies inside the tokens (resolution would drop
/// one that does not, but a matcher that makes one has read something wrong).
fn check_candidates(text: &str) -> Result<(), TestCaseError> {
    let a = EX.analyze(text);
    let hits = EX.hits(&a);
    for c in EX.candidates(&a, &hits) {
        prop_assert!(
            c.start < c.end && c.end as usize <= a.len(),
            "{c:?} of no width or past the end in {text:?}"
        );
    }
    Ok(())
}

fn check_spans(input: &str, entities: &[Entity<'_>]) -> Result<(), TestCaseError> {
    let mut last = 0;
    for e in entities {
        prop_assert!(
            e.start <= e.end && e.end <= input.len(),
            "{e:?} out of range"
        );
        prop_assert!(
            input.is_char_boundary(e.start) && input.is_char_boundary(e.end),
            "{e:?} inside a character"
        );
        prop_assert_eq!(&input[e.start..e.end], e.text);
        prop_assert!(e.start >= last, "not sorted by start");
        last = e.start;
    }
    Ok(())
}

/// What must agree across forms: kind and text up to normalization form and tone placement.
fn signature(text: &str) -> Vec<(&'static str, String)> {
    extract(text)
        .iter()
        .map(|e| (e.kind().as_str(), normalize::key(e.text)))
        .collect()
}

const WORDS: &[&str] = &[
    "Trung tướng",
    "Đại uý",
    "thượng tá",
    "Nguyễn",
    "Văn",
    "Thị",
    "Lê",
    "Hoà",
    "Thuỷ",
    "Khoẻ",
    "Uỷ viên",
    "Ủy ban",
    "Bộ Công an",
    "Công an tỉnh",
    "UBND",
    "huyện",
    "xã",
    "Vị Thuỷ",
    "Quảng Nam",
    "Giám đốc",
    "Phó Chủ tịch",
    "ông",
    "đồng chí",
    "Đ/c",
    "ngày",
    "tháng",
    "năm",
    "giai đoạn",
    "2018",
    "-",
    "2023",
    "22/12/2023",
    "3.184",
    "4,5",
    "75%",
    "72/94",
    "08:52",
    "14h30",
    "triệu",
    "đồng",
    "hai",
    "mươi",
    "ba",
    "44-KL/TW",
    "số",
    "124/2021/TT-BCA",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "“",
    "”",
    "–",
    "…",
    "và",
    "của",
    "cho",
    "biết",
    "Tổng LĐLĐ Việt Nam",
    "Trường THCS",
    "Hồ Chí Minh",
    "TP",
    "Đà Nẵng",
    "được",
    "\n",
    "phường",
    "III",
    "A",
    "quốcChủ",
    "\u{a0}",
    "\u{200b}",
];

fn vietnamese_like() -> impl Strategy<Value = String> {
    prop::collection::vec((0..WORDS.len(), prop::bool::ANY), 0..40).prop_map(|picks| {
        let mut s = String::new();
        for (i, glue) in picks {
            if !glue && !s.is_empty() {
                s.push(' ');
            }
            s.push_str(WORDS[i]);
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn any_string_is_safe(s in any::<String>()) {
        let entities = extract(&s);
        check_spans(&s, &entities)?;
    }

    #[test]
    fn odd_characters_are_safe(s in "[\\u{300}-\\u{36f}a-zđĐÀ-ỹ0-9./:%,\\-–—“” \\n\\u{a0}\\u{200b}🙂]{0,80}") {
        let entities = extract(&s);
        check_spans(&s, &entities)?;
    }

    #[test]
    fn vietnamese_like_spans_are_valid(s in vietnamese_like()) {
        let entities = extract(&s);
        check_spans(&s, &entities)?;
    }

    #[test]
    fn candidates_have_a_width(s in vietnamese_like()) {
        check_candidates(&s)?;
        check_candidates(&s.to_uppercase())?;
    }

    #[test]
    fn nfd_gives_the_same_entities(s in vietnamese_like()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        check_spans(&nfd, &extract(&nfd))?;
        prop_assert_eq!(signature(&nfc), signature(&nfd));
    }

    #[test]
    fn tone_placement_gives_the_same_entities(s in vietnamese_like()) {
        let nfc: String = s.nfc().collect();
        let old = normalize::old_style(&nfc);
        let new = common::new_tone_style(&old);
        prop_assert_eq!(signature(&old), signature(&new));
    }
}

/// A list after a place on a line in capitals made a location of no width ("TP ĐÀ NẴNG,
/// ĐƯỢC"): the case the property above found, kept.
#[test]
fn no_location_of_no_width_in_capitals() {
    check_candidates("ĐỘI PHÓ PHÒNG CSGT CÔNG AN TP ĐÀ NẴNG, ĐƯỢC TẶNG").unwrap();
}
