//! Word documents (`.docx`) to text.
//!
//! A `.docx` file is a ZIP archive of XML parts; the body is
//! `word/document.xml`, a sequence of paragraphs (`w:p`) whose text runs
//! hold `w:t` elements. This module reads that part with `zip` and
//! `quick-xml` and writes one paragraph per block, separated by blank lines,
//! which is what the segmenter expects. What a reader does not see as body
//! text stays out: deleted revisions (`w:delText`), field codes
//! (`w:instrText`), and the page header and footer parts (running furniture
//! that would otherwise repeat on every page). The title comes from the
//! package properties (`docProps/core.xml`), when it is set.
//!
//! The archive's declared sizes are not trusted: the body is read through a
//! limit, so a ZIP bomb is refused as too large rather than filling memory.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::{LoadError, LoadErrorKind};

/// The text of a Word document.
#[derive(Debug, Clone)]
pub struct DocxText {
    /// Paragraphs separated by blank lines.
    pub text: String,
    /// `dc:title` from the package properties, if set.
    pub title: Option<String>,
}

/// Whether `bytes` is a ZIP archive (the container of `.docx`).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads the body text of a `.docx`; `limit` bounds the uncompressed body.
pub fn extract(bytes: &[u8], limit: usize) -> Result<DocxText, LoadError> {
    let unreadable = |why: String| LoadError::new(LoadErrorKind::Unreadable(why));
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| unreadable(format!("not a readable ZIP archive: {e}")))?;
    let body = match part(&mut zip, "word/document.xml", limit)? {
        Some(body) => body,
        None => {
            return Err(LoadError::new(LoadErrorKind::Binary(
                "ZIP archive without word/document.xml; not a Word document",
            )))
        }
    };
    let text = paragraphs(&body).map_err(|e| unreadable(format!("word/document.xml: {e}")))?;
    if text.trim().is_empty() {
        return Err(LoadError::new(LoadErrorKind::NoText));
    }
    let title = part(&mut zip, "docProps/core.xml", limit)
        .ok()
        .flatten()
        .and_then(|core| element_text(&core, "title"));
    Ok(DocxText { text, title })
}

/// One part of the archive as text, or `None` when the archive lacks it.
fn part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: usize,
) -> Result<Option<String>, LoadError> {
    let mut file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(LoadError::new(LoadErrorKind::Unreadable(format!(
                "{name}: {e}"
            ))))
        }
    };
    let mut out = String::new();
    let read = file
        .by_ref()
        .take(limit as u64 + 1)
        .read_to_string(&mut out)
        .map_err(|e| LoadError::new(LoadErrorKind::Unreadable(format!("{name}: {e}"))))?;
    if read > limit {
        return Err(LoadError::new(LoadErrorKind::TooLarge {
            size: read,
            limit,
        }));
    }
    Ok(Some(out))
}

/// Where the reader is inside the body.
#[derive(Default)]
struct State {
    out: String,
    /// Inside a `w:t` (visible text) element.
    in_text: bool,
    /// Text written since the current paragraph began.
    paragraph_has_text: bool,
}

impl State {
    fn push(&mut self, s: &str) {
        if self.in_text {
            self.out.push_str(s);
            self.paragraph_has_text |= !s.trim().is_empty();
        }
    }

    fn end_paragraph(&mut self) {
        if self.paragraph_has_text {
            while self.out.ends_with([' ', '\t']) {
                self.out.pop();
            }
            self.out.push_str("\n\n");
        } else {
            // An empty paragraph (spacing) adds nothing; drop stray breaks.
            let keep = self.out.trim_end_matches([' ', '\t', '\n']).len();
            if !self.out.is_empty() {
                self.out.truncate(keep);
                self.out.push_str("\n\n");
            }
        }
        self.paragraph_has_text = false;
    }
}

/// The paragraphs of `word/document.xml`, one block each.
fn paragraphs(xml: &str) -> Result<String, quick_xml::Error> {
    let mut reader = Reader::from_str(xml);
    let mut st = State::default();
    loop {
        match reader.read_event()? {
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => st.in_text = true,
                "tab" => st.out.push('\t'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "tab" => st.out.push('\t'),
                "br" | "cr" => st.out.push('\n'),
                "p" => st.end_paragraph(),
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => st.in_text = false,
                "p" => st.end_paragraph(),
                // Table cells: keep neighbouring cells apart.
                "tc" if !st.out.ends_with([' ', '\n']) => st.out.push(' '),
                _ => {}
            },
            Event::Text(t) => st.push(&t.xml10_content()),
            Event::CData(t) => st.push(&t),
            Event::GeneralRef(r) => {
                if let Some(c) = r.resolve_char_ref().ok().flatten() {
                    st.push(c.encode_utf8(&mut [0; 4]));
                } else if let Some(s) = named_entity(&r) {
                    st.push(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let text = st.out.trim().to_string();
    Ok(if text.is_empty() { text } else { text + "\n" })
}

fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    })
}

/// The text of the first element whose local name is `local`.
fn element_text(xml: &str, local: &str) -> Option<String> {
    let mut reader = Reader::from_str(xml);
    let mut inside = false;
    let mut out = String::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) if e.local_name().as_ref() == local => inside = true,
            Event::End(e) if inside && e.local_name().as_ref() == local => break,
            Event::Text(t) if inside => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if inside => out.push_str(named_entity(&r).unwrap_or("")),
            Event::Eof => break,
            _ => {}
        }
    }
    let out = out.trim().to_string();
    (!out.is_empty()).then_some(out)
}
