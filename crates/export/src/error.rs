//! The one error type of the writers.

use std::fmt;

/// Why an export could not be written.
#[derive(Debug)]
pub enum Error {
    /// The output could not be written.
    Io(std::io::Error),
    /// A row could not be encoded as JSON.
    Json(serde_json::Error),
    /// A row could not be encoded as CSV.
    Csv(csv::Error),
}

/// A result of a writer.
pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(e) => write!(f, "cannot write export: {e}"),
            Error::Json(e) => write!(f, "cannot encode JSON: {e}"),
            Error::Csv(e) => write!(f, "cannot encode CSV: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(e) => Some(e),
            Error::Json(e) => Some(e),
            Error::Csv(e) => Some(e),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::Io(e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::Json(e)
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Error {
        Error::Csv(e)
    }
}
