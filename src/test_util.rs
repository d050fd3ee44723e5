//! Helpers for the table tests of the matchers: run the default extractor and pick one kind.

use crate::entity::Value;

fn texts_of(text: &str, pick: impl Fn(&Value) -> bool) -> Vec<(String, Value)> {
    crate::extract(text)
        .into_iter()
        .filter(|e| pick(&e.value))
        .map(|e| (e.text.to_string(), e.value))
        .collect()
}

pub fn orgs(text: &str) -> Vec<(String, String)> {
    texts_of(text, |v| matches!(v, Value::Organization { .. }))
        .into_iter()
        .map(|(t, v)| match v {
            Value::Organization { name } => (t, name),
            _ => unreachable!(),
        })
        .collect()
}

pub fn locations(text: &str) -> Vec<(String, String, Option<String>)> {
    texts_of(text, |v| matches!(v, Value::Location { .. }))
        .into_iter()
        .map(|(t, v)| match v {
            Value::Location { name, unit } => (t, name, unit),
            _ => unreachable!(),
        })
        .collect()
}

pub fn persons(text: &str) -> Vec<String> {
    texts_of(text, |v| matches!(v, Value::Person { .. }))
        .into_iter()
        .map(|(_, v)| match v {
            Value::Person { name } => name,
            _ => unreachable!(),
        })
        .collect()
}

pub fn ranks(text: &str) -> Vec<(String, String, u8)> {
    texts_of(text, |v| matches!(v, Value::Rank { .. }))
        .into_iter()
        .map(|(t, v)| match v {
            Value::Rank { rank, grade, .. } => (t, rank, grade),
            _ => unreachable!(),
        })
        .collect()
}

/// (code, number, year, type, issuer) of a document.
pub type DocFields = (String, String, Option<i32>, Option<String>, Option<String>);

pub fn documents(text: &str) -> Vec<DocFields> {
    texts_of(text, |v| matches!(v, Value::Document { .. }))
        .into_iter()
        .map(|(_, v)| match v {
            Value::Document(d) => (
                d.code,
                d.number.unwrap_or_default(),
                d.year,
                d.doc_type,
                d.issuer,
            ),
            _ => unreachable!(),
        })
        .collect()
}

/// (kind, text, value) of the numeric kinds, the value written as the gold scorer does.
pub fn values(text: &str) -> Vec<(String, String, String)> {
    crate::extract(text)
        .into_iter()
        .filter_map(|e| {
            let v = match &e.value {
                Value::Number { value } => fmt(*value),
                Value::Money { value, currency } => format!("{} {currency}", fmt(*value)),
                Value::Percent { value } => fmt(*value),
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
                _ => return None,
            };
            Some((e.kind().as_str().to_string(), e.text.to_string(), v))
        })
        .collect()
}

fn fmt(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A table row for the numeric matchers: the text, then (kind, text, value) of every
/// numeric entity, the value written as the gold scorer does.
macro_rules! value_case {
    ($name:ident, $text:expr, [$(($kind:expr, $t:expr, $v:expr)),*]) => {
        #[test]
        fn $name() {
            let want: Vec<(String, String, String)> =
                vec![$(($kind.to_string(), $t.to_string(), $v.to_string())),*];
            assert_eq!($crate::test_util::values($text), want);
        }
    };
}
pub(crate) use value_case;
