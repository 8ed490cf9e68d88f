//! Source bytes to plain text.
//!
//! [`load`] decides what the bytes are (plain text, Markdown or HTML, by the
//! source name and then by sniffing), decodes them ([`decode`]: a BOM first,
//! then strict UTF-8, then the HTML `<meta charset>`, then Windows-1252,
//! which maps every byte and so never fails), refuses what is not text
//! (empty files, binaries, files over the size limit) with a [`LoadError`]
//! naming the reason, and for HTML keeps the main content only ([`html`]).
//! Two container formats are read for their text layer: PDF reports
//! (`pdf` module, behind the `pdf` feature) and Word documents ([`docx`],
//! behind the `docx` feature); both are recognized by their first bytes, not
//! their names.
//!
//! Nothing here touches the file system: callers read the bytes.
#![deny(missing_docs)]

pub mod decode;
#[cfg(feature = "docx")]
pub mod docx;
mod error;
pub mod html;
#[cfg(feature = "pdf")]
pub mod pdf;

pub use error::{LoadError, LoadErrorKind};

use sha2::{Digest, Sha256};

/// Limits on what [`load`] accepts.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Largest input in bytes; larger inputs are refused, never truncated.
    pub max_bytes: usize,
    /// Deepest HTML element nesting given to the HTML parser; deeper pages are
    /// read by a linear tag stripper instead, with a warning.
    pub max_html_depth: usize,
    /// Most distinct entities one document may hold. The loader does not
    /// count them; the extraction pipeline does, and refuses a document over
    /// the limit with [`LoadErrorKind::TooManyEntities`] instead of keeping
    /// some and dropping the rest.
    pub max_entities: usize,
}

impl Default for LoadOptions {
    fn default() -> LoadOptions {
        LoadOptions {
            max_bytes: 32 * 1024 * 1024,
            max_html_depth: 512,
            max_entities: 50_000,
        }
    }
}

/// The format of a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, read as text.
    Markdown,
    /// HTML; only the main content is kept.
    Html,
    /// PDF; the text layer, page by page.
    Pdf,
    /// Word (`.docx`); the body's paragraphs.
    Docx,
}

/// A decoded source.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Hex SHA-256 of the source bytes.
    pub id: String,
    /// The plain text.
    pub text: String,
    /// The title from HTML metadata, if any.
    pub title: Option<String>,
    /// The publication date (`YYYY-MM-DD`) from HTML metadata, if any.
    pub date: Option<String>,
    /// What the source was read as.
    pub format: Format,
    /// For paged sources (PDF), the extent of each page in `text`.
    pub pages: Vec<dossier_doc::Span>,
    /// Recoverable problems met on the way.
    pub warnings: Vec<String>,
}

/// Reads `bytes`, the content of `source`, into plain text.
pub fn load(source: &str, bytes: &[u8], options: &LoadOptions) -> Result<Loaded, LoadError> {
    if bytes.len() > options.max_bytes {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            size: bytes.len(),
            limit: options.max_bytes,
        }));
    }
    if bytes.starts_with(b"%PDF-") {
        return load_pdf(bytes);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return load_docx(bytes, options);
    }
    let decoded = decode::decode(bytes)?;
    let format = format_of(source, &decoded.text);
    let mut warnings: Vec<String> = decoded.warning.iter().cloned().collect();
    let id = hex(&Sha256::digest(bytes));
    let (text, title, date) = match format {
        Format::Html => {
            let text = match decode::html_charset(bytes, &decoded) {
                Some(redecoded) => redecoded,
                None => decoded.text,
            };
            let page = html::extract(&text, options.max_html_depth);
            warnings.extend(page.warning);
            (page.text, page.title, page.date)
        }
        Format::Text | Format::Markdown | Format::Pdf | Format::Docx => (decoded.text, None, None),
    };
    if text.trim().is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoText));
    }
    Ok(Loaded {
        id,
        text,
        title,
        date,
        format,
        warnings,
        pages: Vec::new(),
    })
}

#[cfg(feature = "pdf")]
fn load_pdf(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let pdf = pdf::extract(bytes)?;
    Ok(Loaded {
        id: hex(&Sha256::digest(bytes)),
        text: pdf.text,
        title: None,
        date: None,
        format: Format::Pdf,
        warnings: pdf.warnings,
        pages: pdf.pages,
    })
}

#[cfg(not(feature = "pdf"))]
fn load_pdf(_: &[u8]) -> Result<Loaded, LoadError> {
    Err(LoadError::new(LoadErrorKind::Binary(
        "PDF document; this build has no PDF support",
    )))
}

#[cfg(feature = "docx")]
fn load_docx(bytes: &[u8], options: &LoadOptions) -> Result<Loaded, LoadError> {
    // The body may not inflate to more than the input limit allows.
    let doc = docx::extract(bytes, options.max_bytes)?;
    Ok(Loaded {
        id: hex(&Sha256::digest(bytes)),
        text: doc.text,
        title: doc.title,
        date: None,
        format: Format::Docx,
        warnings: Vec::new(),
        pages: Vec::new(),
    })
}

#[cfg(not(feature = "docx"))]
fn load_docx(_: &[u8], _: &LoadOptions) -> Result<Loaded, LoadError> {
    Err(LoadError::new(LoadErrorKind::Binary(
        "ZIP archive (a .docx?); this build has no Word support",
    )))
}

/// The format by extension, then by the first non-blank characters.
pub fn format_of(source: &str, text: &str) -> Format {
    let lower = source.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
        return Format::Html;
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        return Format::Markdown;
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("html")
    {
        Format::Html
    } else {
        Format::Text
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_and_oversized() {
        let opts = LoadOptions {
            max_bytes: 10,
            ..LoadOptions::default()
        };
        assert_eq!(
            load("a.txt", b"", &opts).unwrap_err().kind,
            LoadErrorKind::Empty
        );
        assert!(matches!(
            load("a.txt", b"0123456789AB", &opts).unwrap_err().kind,
            LoadErrorKind::TooLarge { .. }
        ));
        assert_eq!(
            load("a.txt", b"  \n\n ", &opts).unwrap_err().kind,
            LoadErrorKind::NoText
        );
    }

    #[test]
    fn id_is_sha256_of_bytes() {
        let l = load("a.txt", b"abc", &LoadOptions::default()).unwrap();
        assert_eq!(
            l.id,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn sniffs_html_without_extension() {
        assert_eq!(format_of("-", "  <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(format_of("x.md", "# Title"), Format::Markdown);
        assert_eq!(format_of("x", "Plain words."), Format::Text);
    }
}
