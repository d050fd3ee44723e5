//! x
#![forbid(unsafe_code)]

pub mod entity;
pub mod error;
pub mod extractor;
pub mod lexicon;
pub mod matchers;
pub mod normalize;
pub mod official;
pub mod resolve;
pub mod token;
#[cfg(test)]
mod test_util;

pub use entity::{Entity, Force, Kind, Official, Role, Span, Value};
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
