//! Shared state: a pool of read-only store connections for queries and one
//! writer for uploads.
//!
//! A SQLite connection serves one thread at a time, so queries take a
//! connection from the pool for their duration (on the blocking thread pool,
//! never on the async workers). WAL mode lets them read while the writer
//! ingests. A semaphore bounds how many queries run at once, so a burst of
//! clients queues instead of opening a connection each.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use dossier_store::Store;
use tokio::sync::Semaphore;

use crate::config::Config;
use crate::error::{ApiError, ServeError};

/// Queries running at once; more wait their turn.
const MAX_READERS: usize = 8;

/// Request size limits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) max_upload: usize,
    pub(crate) max_file: usize,
    pub(crate) max_entities: usize,
}

pub(crate) struct AppState {
    db: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Semaphore,
    pub(crate) writer: Option<Arc<Mutex<Store>>>,
    pub(crate) token: Option<Vec<u8>>,
    pub(crate) limits: Limits,
}

impl AppState {
    pub(crate) fn open(config: &Config) -> Result<AppState, ServeError> {
        let fail = |e| ServeError::Store(config.db.clone(), e);
        let writer = if config.read_only {
            None
        } else {
            Some(Arc::new(Mutex::new(Store::open(&config.db).map_err(fail)?)))
        };
        // One reader up front proves the file opens read-only at the current schema.
        let first = Store::open_read_only(&config.db).map_err(fail)?;
        Ok(AppState {
            db: config.db.clone(),
            idle: Mutex::new(vec![first]),
            permits: Semaphore::new(MAX_READERS),
            writer,
            token: config.token.as_ref().map(|t| t.as_bytes().to_vec()),
            limits: Limits {
                max_upload: config.max_upload,
                max_file: config.max_file,
                max_entities: config.max_entities,
            },
        })
    }

    pub(crate) fn read_only(&self) -> bool {
        self.writer.is_none()
    }

    /// Runs `f` with a read-only connection on the blocking pool.
    pub(crate) async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::internal("the server is shutting down"))?;
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = state.take()?;
            let out = f(&store);
            state.put(store);
            out
        })
        .await
        .map_err(|e| ApiError::internal(format!("query failed: {e}")))?
    }

    fn take(&self) -> Result<Store, ApiError> {
        let pooled = self.idle.lock().ok().and_then(|mut v| v.pop());
        match pooled {
            Some(s) => Ok(s),
            None => Store::open_read_only(&self.db).map_err(ApiError::from),
        }
    }

    fn put(&self, store: Store) {
        if let Ok(mut v) = self.idle.lock() {
            if v.len() < MAX_READERS {
                v.push(store);
            }
        }
    }
}
