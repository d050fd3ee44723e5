//! Table-driven: every line of tests/data/numbers.tsv gives a text, the kind expected, the
//! entity's text and its value as the gold scorer writes it — or "-" when the text must
//! hold no entity of that kind.

use viet_extract::{extract, Entity, Value};

fn fmt(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The value of an entity, written as ../shared/eval/score.py compares it.
fn value(e: &Entity<'_>) -> String {
    match &e.value {
        Value::Number { value } | Value::Money { value, .. } | Value::Percent { value } => {
            fmt(*value)
        }
        Value::Fraction {
            numerator,
            denominator,
        } => format!("{numerator}/{denominator}"),
        Value::Date { year, month, day } => match (year, month, day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (Some(y), None, None) => format!("{y:04}"),
            _ => "?".into(),
        },
        Value::Time { hour, minute, .. } => format!("{hour:02}:{minute:02}"),
        Value::Period { start, end } => format!("{start}/{end}"),
        Value::Document(d) => d.code.clone(),
        _ => String::new(),
    }
}

#[test]
fn table() {
    let table = include_str!("data/numbers.tsv");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 4, "numbers.tsv:{}: four columns", n + 1);
        let (text, kind, want_text, want_value) = (cols[0], cols[1], cols[2], cols[3]);
        rows += 1;
        let found: Vec<Entity<'_>> = extract(text)
            .into_iter()
            .filter(|e| e.kind().as_str() == kind)
            .collect();
        if want_text == "-" {
            if !found.is_empty() {
                failures.push(format!(
                    "line {}: {text:?}: no {kind} expected, got {:?}",
                    n + 1,
                    found
                ));
            }
            continue;
        }
        match found.iter().find(|e| e.text == want_text) {
            Some(e) if value(e) == want_value => {}
            Some(e) => failures.push(format!(
                "line {}: {text:?}: {kind} {want_text:?} value {} not {want_value}",
                n + 1,
                value(e)
            )),
            None => failures.push(format!(
                "line {}: {text:?}: no {kind} {want_text:?}; got {:?}",
                n + 1,
                found.iter().map(|e| e.text).collect::<Vec<_>>()
            )),
        }
    }
    assert!(rows >= 70, "the table has {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
