//! The store's error type.

use std::fmt;

/// Why a store operation failed.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// SQLite refused: a corrupt file, a full disk, a locked database.
    Sqlite(rusqlite::Error),
    /// The file was written by a newer dossier whose schema this one does not know.
    TooNew {
        /// The schema version found in the file.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// A name given on the command line matches no entity.
    NoSuchEntity(String),
    /// A curation request that cannot be carried out, with the reason.
    Curation(String),
    /// A JSON column that does not parse: a bug or a damaged store.
    Json(serde_json::Error),
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    pub(crate) fn no_entity(name: &str) -> Error {
        Error::new(ErrorKind::NoSuchEntity(name.to_string()))
    }

    pub(crate) fn curation(reason: impl Into<String>) -> Error {
        Error::new(ErrorKind::Curation(reason.into()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Sqlite(e) => write!(f, "database error: {e}"),
            ErrorKind::TooNew { found, known } => write!(
                f,
                "the store has schema version {found}, newer than this dossier knows ({known}); upgrade dossier"
            ),
            ErrorKind::NoSuchEntity(n) => write!(f, "no entity named `{n}` in the store"),
            ErrorKind::Curation(r) => write!(f, "{r}"),
            ErrorKind::Json(e) => write!(f, "damaged JSON column: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Sqlite(e) => Some(e),
            ErrorKind::Json(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::new(ErrorKind::Sqlite(e))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Error {
        Error::new(ErrorKind::Json(e))
    }
}

/// The store's result type.
pub type Result<T> = std::result::Result<T, Error>;
