//! The one error type. Loading lexicons can fail; extracting never does.

use std::fmt;

/// Everything that can go wrong while building an [`Extractor`](crate::Extractor).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A lexicon line could not be read.
    #[error("{origin}:{line}: {message}")]
    Lexicon {
        /// Where the lexicon came from (a file name, or `"<reader>"`).
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What was wrong with it.
        message: String,
    },
    /// Reading a lexicon failed.
    #[error("reading {origin}: {source}")]
    Io {
        /// Where the lexicon came from.
        origin: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The dictionary automaton could not be built.
    #[error("building the dictionary automaton: {0}")]
    Automaton(String),
}

impl Error {
    pub(crate) fn lexicon(origin: &str, line: usize, message: impl fmt::Display) -> Self {
        Error::Lexicon {
            origin: origin.to_string(),
            line,
            message: message.to_string(),
        }
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
