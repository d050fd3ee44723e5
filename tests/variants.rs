//! The same dev sentences rewritten by code — without diacritics, in capitals, in NFD, with
//! the other tone placement — still give the same ranks and organizations (canonical).

mod common;

use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;
use viet_extract::{extract, Value};

/// Multiset of (kind, canonical) for ranks and organizations. A name inside an
/// organization that no lexicon knows ("Trường THCS Ngô Quốc Trị") can only come back as
/// written, so organizations compare without case and diacritics; ranks compare exactly.
fn ranks_and_orgs(text: &str) -> BTreeMap<(String, String), usize> {
    let mut m = BTreeMap::new();
    for e in extract(text) {
        let key = match &e.value {
            Value::Rank { rank, .. } => ("rank".to_string(), rank.clone()),
            Value::Organization { name } => (
                "organization".to_string(),
                common::strip_diacritics(name).to_lowercase(),
            ),
            _ => continue,
        };
        *m.entry(key).or_insert(0) += 1;
    }
    m
}

fn check(rewrite: fn(&str) -> String, what: &str) {
    let Some(texts) = common::gold_texts() else {
        return;
    };
    let mut failures = Vec::new();
    for (id, text) in &texts {
        let want = ranks_and_orgs(text);
        let got = ranks_and_orgs(&rewrite(text));
        if want != got {
            failures.push(format!("{id}: want {want:?}\n   got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{what}: {} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn without_diacritics() {
    check(common::strip_diacritics, "without diacritics");
}

#[test]
fn in_capitals() {
    check(|s| s.to_uppercase(), "in capitals");
}

#[test]
fn in_nfd() {
    check(|s| s.nfd().collect(), "NFD");
}

#[test]
fn other_tone_placement() {
    check(common::new_tone_style, "new tone placement");
}
