//! `POST /api/documents`: uploaded files are extracted and ingested exactly
//! as `dossier ingest` would, each file on its own.
//!
//! A file's name is a label, never a path: it is cut to its last component,
//! stripped of control characters and stored as the document's source
//! `upload/NAME`. Nothing is written to the file system except through the
//! store, so no name can reach outside it. Each file is one store
//! transaction; a file that fails is reported and the others go on.

use std::sync::{Arc, Mutex};

use axum::extract::multipart::{Field, Multipart, MultipartRejection};
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use dossier_extract::{LoadOptions, Options};
use dossier_store::{IngestOptions, Outcome, Store};
use serde::Serialize;

use crate::error::ApiError;
use crate::state::{AppState, Limits};

/// What happened to one uploaded file.
#[derive(Debug, Serialize)]
pub(crate) struct FileReport {
    /// The name the client gave, cleaned.
    name: String,
    /// The source the document is stored under.
    source: String,
    /// `added`, `unchanged`, `duplicate` or `failed`.
    status: &'static str,
    /// Content hash, when read.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    /// Version stored, when added.
    #[serde(skip_serializing_if = "Option::is_none")]
    version: Option<i64>,
    /// The source already holding the same content, for `duplicate`.
    #[serde(skip_serializing_if = "Option::is_none")]
    duplicate_of: Option<String>,
    /// Why it failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    /// Recoverable problems met while reading it.
    warnings: Vec<String>,
}

/// The whole upload.
#[derive(Debug, Serialize)]
pub(crate) struct UploadReport {
    files: Vec<FileReport>,
    added: usize,
    unchanged: usize,
    failed: usize,
}

/// Longest stored name, in characters.
const MAX_NAME: usize = 200;

/// The last path component of `raw`, without control characters; never
/// empty, never `.` or `..`.
pub(crate) fn clean_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let name: String = last
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    let name = name.trim();
    if name.is_empty() || name.chars().all(|c| c == '.') {
        "unnamed".to_string()
    } else {
        name.to_string()
    }
}

pub(crate) async fn upload(
    State(st): State<Arc<AppState>>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<UploadReport>), ApiError> {
    let Some(writer) = st.writer.clone() else {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "the server is read-only: uploads are refused",
        ));
    };
    let mut multipart = multipart.map_err(|e| ApiError::new(e.status(), e.body_text()))?;
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(ApiError::new(e.status(), e.body_text())),
        };
        let Some(raw) = field.file_name().map(str::to_string) else {
            continue; // Form fields that are not files carry nothing to ingest.
        };
        let name = clean_name(&raw);
        let bytes = match read_capped(field, st.limits.max_file).await {
            Ok(b) => b,
            Err(Capped::TooLarge) => {
                files.push(failed(
                    &name,
                    format!(
                        "the file is larger than the limit of {} bytes",
                        st.limits.max_file
                    ),
                ));
                continue;
            }
            Err(Capped::Broken(e)) => return Err(e),
        };
        files.push(ingest_one(writer.clone(), name, bytes, st.limits).await);
    }
    if files.is_empty() {
        return Err(ApiError::bad_request("the request carries no file"));
    }
    let count = |s: &str| files.iter().filter(|f| f.status == s).count();
    let report = UploadReport {
        added: count("added"),
        unchanged: count("unchanged") + count("duplicate"),
        failed: count("failed"),
        files,
    };
    Ok((StatusCode::OK, Json(report)))
}

enum Capped {
    TooLarge,
    Broken(ApiError),
}

/// Reads a field, stopping as soon as it passes `limit` bytes.
async fn read_capped(mut field: Field<'_>, limit: usize) -> Result<Vec<u8>, Capped> {
    let mut out = Vec::new();
    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if out.len() + chunk.len() > limit {
                    // Drain the rest so the next field can be read.
                    while let Ok(Some(_)) = field.chunk().await {}
                    return Err(Capped::TooLarge);
                }
                out.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(out),
            Err(e) => return Err(Capped::Broken(ApiError::new(e.status(), e.body_text()))),
        }
    }
}

fn failed(name: &str, error: String) -> FileReport {
    FileReport {
        name: name.to_string(),
        source: format!("upload/{name}"),
        status: "failed",
        id: None,
        version: None,
        duplicate_of: None,
        error: Some(error),
        warnings: Vec::new(),
    }
}

/// Extracts on the blocking pool (in parallel with other uploads), then
/// ingests under the one writer.
async fn ingest_one(
    writer: Arc<Mutex<Store>>,
    name: String,
    bytes: Vec<u8>,
    limits: Limits,
) -> FileReport {
    let fallback = name.clone();
    tokio::task::spawn_blocking(move || ingest_blocking(&writer, &name, &bytes, limits))
        .await
        .unwrap_or_else(|e| failed(&fallback, format!("extraction failed: {e}")))
}

fn ingest_blocking(writer: &Mutex<Store>, name: &str, bytes: &[u8], limits: Limits) -> FileReport {
    let source = format!("upload/{name}");
    let options = Options {
        load: LoadOptions {
            max_bytes: limits.max_file,
            max_entities: limits.max_entities,
            ..LoadOptions::default()
        },
        ..Options::default()
    };
    let extracted = match dossier_extract::extract_bytes(&source, bytes, &options) {
        Ok(x) => x,
        Err(e) => return failed(name, e.to_string()),
    };
    let doc = &extracted.document;
    let Ok(mut store) = writer.lock() else {
        return failed(
            name,
            "the store writer is unavailable after an earlier failure".into(),
        );
    };
    let outcome = store
        .ingest(doc, bytes.len() as u64, &IngestOptions::default())
        .and_then(|o| store.apply_rules().map(|()| o));
    let mut report = FileReport {
        name: name.to_string(),
        source,
        status: "added",
        id: Some(doc.id.clone()),
        version: None,
        duplicate_of: None,
        error: None,
        warnings: extracted.warnings.clone(),
    };
    match outcome {
        Ok(Outcome::Added { version, .. }) => report.version = Some(version),
        Ok(Outcome::Unchanged) => report.status = "unchanged",
        Ok(Outcome::Duplicate { source }) => {
            report.status = "duplicate";
            report.duplicate_of = Some(source);
        }
        Err(e) => {
            report.status = "failed";
            report.error = Some(e.to_string());
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::clean_name;

    #[test]
    fn names_never_become_paths() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("..\\..\\windows\\win.ini"), "win.ini");
        assert_eq!(clean_name("/abs/dir/"), "unnamed");
        assert_eq!(clean_name(".."), "unnamed");
        assert_eq!(clean_name("a\u{0}b\nc.txt"), "abc.txt");
        assert_eq!(clean_name(&"x".repeat(500)).len(), 200);
    }
}
