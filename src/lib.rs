//! Typed entities from Vietnamese news text.
//!
//! `viet_extract` reads Vietnamese text — NFC or NFD, either tone placement, capitals, lower
//! case, or typed without diacritics — and returns ranks, officials, organizations,
//! locations, persons and numeric expressions, each with its byte span in the original
//! input.
//!
//! ```
//! use viet_extract::{extract, Kind, Value};
//!
//! let text = "Thượng tá Lê Văn Hòa, Trưởng Công an huyện Tân Phú, cho biết ngày 12/3/2024 đã thu 75% số tiền.";
//! let found = extract(text);
//! let kinds: Vec<Kind> = found.iter().map(|e| e.kind()).collect();
//! assert!(kinds.contains(&Kind::Official));
//! for e in &found {
//!     assert_eq!(&text[e.start..e.end], e.text);
//! }
//! let date = found.iter().find(|e| e.kind() == Kind::Date).unwrap();
//! assert_eq!(date.value, Value::Date { year: Some(2024), month: Some(3), day: Some(12) });
//! ```
//!
//! # Ranks
//! All ranks of the People's Public Security and the People's Army, in any case and tone
//! placement ("thượng tá", "ĐẠI TÁ", "Đại uý"): canonical form, grade (1 = Đại tướng) and the
//! force when the text says it (the rank itself, or the organization of the official).
//!
//! # Officials
//! A person with a rank or at least one post: "Đại tá A, Phó Giám đốc Công an tỉnh",
//! "Chủ tịch UBND tỉnh B", "Trung tướng C - Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an".
//! Each role keeps its text, canonical title and canonical organization; a person named
//! again later in the text carries the posts given at the other mentions.
//! [`Extractor::officials`] merges one document's mentions of each person.
//!
//! # Organizations and locations
//! Organizations are built by grammar from lexicon heads: fixed names ("Bộ Công an"), heads
//! with a scope and place ("Công an tỉnh Quảng Nam", "UBND huyện Châu Thành"), party
//! committees ("Tỉnh ủy Hậu Giang"), named institutions ("Trường THCS …"). Canonical names
//! expand abbreviations. Locations are a unit word and a name, or a known province or
//! district, before and after the 2025 merger.
//!
//! # Persons
//! A surname from the lexicon and capitalised syllables, or any capitalised run after a rank
//! or a form of address, or a credit ("Ảnh: Hải Nguyễn"). In text typed in lower case, a
//! surname and its given names after a rank, a form of address or a post.
//!
//! # Numbers
//! "." groups thousands and "," is the decimal mark; scale words multiply ("1,2 triệu");
//! number words are read ("hai mươi ba"). Money, percents, fractions, dates (numeric and
//! spelled), times, periods of years and legal document codes ("124/2021/TT-BCA") are typed.
//!
//! # Crate features
//! - `serde` (default): `Serialize` for entities in the documented JSON form.
//! - `rayon` (default): [`Extractor::extract_batch`] uses every core.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod communes;
pub mod entity;
pub mod error;
pub mod extractor;
pub mod keywords;
pub mod lexicon;
pub mod matchers;
pub mod normalize;
pub mod official;
mod recase;
pub mod resolve;
#[cfg(test)]
mod test_util;
pub mod token;
pub mod words;

pub use entity::{Document, Entity, Force, Kind, Official, Role, Span, Value};
pub use error::{Error, Result};
pub use extractor::{Extractor, ExtractorBuilder};
pub use lexicon::{Entry, EntryKind};
pub use official::OfficialRecord;

use std::sync::LazyLock;

static DEFAULT: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::new().expect("the built-in lexicons are valid"));

/// The entities of `text`, with the default extractor (built once, on first use).
pub fn extract(text: &str) -> Vec<Entity<'_>> {
    DEFAULT.extract(text)
}

/// The default extractor.
pub fn default_extractor() -> &'static Extractor {
    &DEFAULT
}

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

#[cfg(test)]
mod oibits {
    use super::*;

    fn send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        send_sync::<Extractor>();
        send_sync::<ExtractorBuilder>();
        send_sync::<Entity<'static>>();
        send_sync::<Value>();
        send_sync::<Official>();
        send_sync::<Document>();
        send_sync::<Role>();
        send_sync::<Span>();
        send_sync::<Error>();
        send_sync::<Entry>();
        send_sync::<OfficialRecord>();
        send_sync::<token::Analysis<'static>>();
        send_sync::<normalize::Normalized<'static>>();
    }
}
