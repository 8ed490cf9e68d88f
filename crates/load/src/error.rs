//! Why a source could not be read.

use std::fmt;

/// A source that cannot be turned into text, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// What went wrong.
    pub kind: LoadErrorKind,
}

/// The reasons a source is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// Zero bytes.
    Empty,
    /// Bytes that decode but hold no text (only white space or markup).
    NoText,
    /// Not text at all; the string says what it looks like.
    Binary(&'static str),
    /// A PDF without a text layer: a scanned document.
    NoTextLayer,
    /// A file of a known format that its parser could not read.
    Unreadable(String),
    /// Over the size limit.
    TooLarge {
        /// The source's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// More distinct entities than the per-document limit.
    TooManyEntities {
        /// Entities found.
        found: usize,
        /// The limit.
        limit: usize,
    },
}

impl From<LoadErrorKind> for LoadError {
    fn from(kind: LoadErrorKind) -> LoadError {
        LoadError { kind }
    }
}

impl LoadError {
    pub(crate) fn new(kind: LoadErrorKind) -> LoadError {
        LoadError { kind }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            LoadErrorKind::Empty => write!(f, "empty file"),
            LoadErrorKind::NoText => write!(f, "no text after removing markup and white space"),
            LoadErrorKind::NoTextLayer => {
                write!(
                    f,
                    "PDF has no text layer (a scanned document?); OCR is not supported"
                )
            }
            LoadErrorKind::Unreadable(why) => write!(f, "unreadable: {why}"),
            LoadErrorKind::Binary(what) => write!(f, "not a text document ({what})"),
            LoadErrorKind::TooLarge { size, limit } => write!(
                f,
                "{:.1} MiB is over the {:.1} MiB size limit (raise it with --max-size)",
                *size as f64 / 1048576.0,
                *limit as f64 / 1048576.0
            ),
            LoadErrorKind::TooManyEntities { found, limit } => write!(
                f,
                "{found} distinct entities is over the limit of {limit} per document; the document is refused whole, not cut (raise the limit with --max-entities)"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_say_how_to_raise_them() {
        let e = LoadError::from(LoadErrorKind::TooManyEntities {
            found: 12,
            limit: 10,
        });
        let msg = e.to_string();
        assert!(msg.contains("12") && msg.contains("limit of 10"), "{msg}");
        assert!(msg.contains("--max-entities"), "{msg}");
        let e = LoadError::new(LoadErrorKind::TooLarge {
            size: 3 << 20,
            limit: 1 << 20,
        });
        assert!(e.to_string().contains("--max-size"));
    }
}
