//! The extraction pipeline: source bytes in, an annotated [`Document`] out.
//!
//! This crate is the core library's front door and does no I/O: callers hand
//! it bytes and a source name, it hands back a document or a
//! [`LoadError`](dossier_load::LoadError) that says why the bytes cannot be
//! read. [`Pipeline::standard`] runs, in this fixed order:
//!
//! 1. `segment`: layout blocks and sentences;
//! 2. `time`: time expressions and the document date;
//! 3. `entity`: named entities and their aliases;
//! 4. `citation`: bibliographic citations;
//! 5. `quote`: quotations, attributed to entities and dated by times;
//! 6. `quantity`: numbers with what they count and who claims them;
//! 7. `event`: dated events with actors and targets.
//!
//! Each step reads what earlier ones wrote; [`Pipeline::new`] refuses an order
//! in which a step would read a layer nobody wrote yet.
//!
//! ```
//! let out = dossier_extract::extract_bytes("note.txt", b"Nabil Sarraf was arrested.", &Default::default()).unwrap();
//! assert_eq!(out.document.sentences.len(), 1);
//! ```
#![deny(missing_docs)]

mod pipeline;

pub use dossier_load::{LoadError, LoadOptions};
pub use pipeline::{Pipeline, PipelineError, StageTime};

use dossier_doc::{Document, Settings};

/// Options for one extraction run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How the bytes are read.
    pub load: LoadOptions,
    /// How the text is interpreted.
    pub settings: Settings,
}

/// A document extracted from bytes, with warnings the loader raised on the way.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The annotated document.
    pub document: Document,
    /// Recoverable problems: a guessed encoding, a truncated HTML tree …
    pub warnings: Vec<String>,
}

/// Loads `bytes` as the document `source` and runs the standard pipeline.
pub fn extract_bytes(
    source: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<Extracted, LoadError> {
    extract_with(Pipeline::shared(), source, bytes, options)
}

/// Like [`extract_bytes`], with a pipeline of the caller's choosing.
pub fn extract_with(
    pipeline: &Pipeline,
    source: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<Extracted, LoadError> {
    // A bug that panics on one document must not take a whole batch (or a
    // server) down with it: the document becomes an error naming it. Fuzzing
    // builds let the panic through, since finding it is their job.
    #[cfg(not(fuzzing))]
    {
        let run =
            std::panic::AssertUnwindSafe(|| extract_unguarded(pipeline, source, bytes, options));
        std::panic::catch_unwind(run).unwrap_or_else(|_| {
            Err(dossier_load::LoadErrorKind::Unreadable(
                "internal error while extracting (a bug: please report it with this file)".into(),
            )
            .into())
        })
    }
    #[cfg(fuzzing)]
    extract_unguarded(pipeline, source, bytes, options)
}

fn extract_unguarded(
    pipeline: &Pipeline,
    source: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<Extracted, LoadError> {
    let loaded = dossier_load::load(source, bytes, &options.load)?;
    let mut document = Document::new(source, loaded.text);
    document.id = loaded.id;
    document.title = loaded.title;
    document.meta_date = loaded.date;
    document.pages = loaded.pages;
    document.settings = options.settings.clone();
    // `--date` beats page metadata; the time annotator falls back to a dateline.
    document.date = document
        .settings
        .date_override
        .clone()
        .or_else(|| document.meta_date.clone());
    pipeline.run(&mut document);
    // A document over the entity limit is refused whole: keeping some
    // entities and dropping the rest would misreport it silently.
    let found = document.entities.len();
    if found > options.load.max_entities {
        return Err(dossier_load::LoadErrorKind::TooManyEntities {
            found,
            limit: options.load.max_entities,
        }
        .into());
    }
    Ok(Extracted {
        document,
        warnings: loaded.warnings,
    })
}
