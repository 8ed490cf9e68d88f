//! What `dossier serve` is told, and the checks made before binding.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// How to serve.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store file.
    pub db: PathBuf,
    /// Address to listen on.
    pub bind: SocketAddr,
    /// Secret every request must present (Bearer header or login cookie).
    pub token: Option<String>,
    /// Refuse every write (uploads) with 403, and open the store read-only.
    pub read_only: bool,
    /// Largest upload request in bytes (all files of one request together).
    pub max_upload: usize,
    /// Largest single uploaded file in bytes.
    pub max_file: usize,
    /// Most distinct entities in one uploaded document; more fails the file.
    pub max_entities: usize,
}

impl Config {
    /// A configuration serving `db` on the default loopback address.
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            read_only: false,
            max_upload: 64 << 20,
            max_file: 32 << 20,
            max_entities: dossier_extract::LoadOptions::default().max_entities,
        }
    }

    /// Refuses what would expose the store: a non-loopback address without a
    /// token, an empty token.
    pub fn check(&self) -> Result<(), ConfigError> {
        match &self.token {
            Some(t) if t.trim().is_empty() => Err(ConfigError::EmptyToken),
            Some(t) if t.len() > 1024 => Err(ConfigError::LongToken),
            None if !self.bind.ip().is_loopback() => Err(ConfigError::NeedsToken(self.bind)),
            _ => Ok(()),
        }
    }
}

/// Why a configuration was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// Binding a non-loopback address needs a token.
    NeedsToken(SocketAddr),
    /// The token is empty.
    EmptyToken,
    /// The token is longer than 1024 bytes.
    LongToken,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::NeedsToken(a) => write!(
                f,
                "refusing to serve on {a} without --token: anyone on the network could read and change the store (bind 127.0.0.1, or give --token)"
            ),
            ConfigError::EmptyToken => write!(f, "the token is empty"),
            ConfigError::LongToken => write!(f, "the token is longer than 1024 bytes"),
        }
    }
}

impl std::error::Error for ConfigError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_needs_no_token() {
        assert_eq!(Config::new("x.db").check(), Ok(()));
        let mut c = Config::new("x.db");
        c.bind = "[::1]:9000".parse().unwrap();
        assert_eq!(c.check(), Ok(()));
    }

    #[test]
    fn other_addresses_need_a_token() {
        let mut c = Config::new("x.db");
        c.bind = "0.0.0.0:8080".parse().unwrap();
        assert_eq!(c.check(), Err(ConfigError::NeedsToken(c.bind)));
        c.token = Some("  ".into());
        assert_eq!(c.check(), Err(ConfigError::EmptyToken));
        c.token = Some("s3cret-token".into());
        assert_eq!(c.check(), Ok(()));
    }
}
