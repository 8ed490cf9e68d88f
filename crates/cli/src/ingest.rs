//! `dossier ingest`: extraction on every core, one writer, a transaction per file.
//!
//! Worker threads (rayon) read each file, skip content whose SHA-256 the
//! store already holds (a read-only connection per worker; WAL lets readers
//! run beside the writer) and extract the rest. Documents go to the single
//! writer over a bounded channel, so memory stays flat however many files
//! there are, and each is stored in its own transaction: a crash loses at
//! most the documents in flight, and running the same command again
//! completes the store.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::time::Instant;

use anyhow::Context;
use dossier_doc::Document;
use dossier_extract::{LoadOptions, Options};
use dossier_store::{IngestOptions, Outcome, Store};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::inputs::{expand, Input};
use crate::progress::Progress;

/// Arguments of `dossier ingest`.
#[derive(Debug, Clone, clap::Args)]
pub struct IngestArgs {
    /// Files or directories (read recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Drop older versions of a changed file instead of keeping them.
    #[arg(long)]
    pub replace: bool,
    /// Read 03/04/1958 as 3 April (day first) instead of March 4.
    #[arg(long)]
    pub day_first: bool,
    /// Largest input file in bytes (a suffix K, M or G multiplies).
    #[arg(long, default_value = "32M", value_parser = crate::parse_size)]
    pub max_size: usize,
    /// Extraction threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

/// What a worker hands the writer.
enum Msg {
    /// Extracted and ready to store.
    Doc(Box<Document>, u64),
    /// Content already stored under `source`.
    Known {
        name: String,
        bytes: u64,
        source: String,
    },
    /// Could not be read or extracted.
    Failed {
        name: String,
        bytes: u64,
        reason: String,
    },
}

/// Tallies for the summary.
#[derive(Debug, Default)]
pub(crate) struct Tally {
    pub added: usize,
    pub unchanged: usize,
    pub duplicate: usize,
    pub replaced: usize,
    pub failed: usize,
    pub bytes: u64,
}

/// Runs the command; exit code 2 when any file failed.
pub fn run(db: &Path, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let mut store =
        Store::open(db).with_context(|| format!("cannot open store {}", db.display()))?;
    let (inputs, errors) = expand(&args.paths);
    let files: Vec<(PathBuf, u64)> = inputs
        .into_iter()
        .filter_map(|i| match i {
            Input::File(p) if args.paths.contains(&p) || is_document(&p) => {
                let len = std::fs::metadata(&p).map_or(0, |m| m.len());
                Some((p, len))
            }
            Input::File(_) | Input::Stdin => None,
        })
        .collect();
    let total: u64 = files.iter().map(|f| f.1).sum();
    let mut progress = Progress::new(files.len() as u64, total, std::io::stderr().is_terminal());
    let mut tally = Tally::default();
    for (name, reason) in &errors {
        progress.error(name, reason);
        tally.failed += 1;
    }
    let options = Options {
        load: LoadOptions {
            max_bytes: args.max_size,
            ..LoadOptions::default()
        },
        settings: dossier_doc::Settings {
            day_first: args.day_first,
            date_override: None,
        },
    };
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let (tx, rx) = sync_channel::<Msg>(pool.current_num_threads() * 4);
    let started = Instant::now();
    let replace = IngestOptions {
        replace: args.replace,
    };
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let producer = scope.spawn(|| {
            pool.install(|| produce(&files, db, &options, tx));
        });
        write(&mut store, rx, &replace, &mut progress, &mut tally);
        producer
            .join()
            .map_err(|_| anyhow::anyhow!("an extraction thread panicked"))?;
        Ok(())
    })?;
    store
        .apply_rules()
        .context("cannot re-apply curation rules")?;
    progress.finish();
    summary(&store, &tally, files.len(), started.elapsed().as_secs_f64())?;
    Ok(if tally.failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Extensions read from directories; files named on the command line are
/// read whatever their name (a directory of documents often holds notes,
/// JSON and other files that are not documents).
const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm", "xhtml"];

fn is_document(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    match ext {
        Some(e) => {
            DOCUMENT_EXTENSIONS.contains(&e.as_str()) && !stem.eq_ignore_ascii_case("readme")
        }
        None => false,
    }
}

fn produce(files: &[(PathBuf, u64)], db: &Path, options: &Options, tx: SyncSender<Msg>) {
    files.par_iter().for_each_init(
        || (tx.clone(), Store::open_read_only(db).ok()),
        |(tx, reader), (path, len)| {
            let msg = one(path, *len, reader.as_ref(), options);
            // The writer only stops listening when it is gone, and then the run is over.
            let _ = tx.send(msg);
        },
    );
}

fn one(path: &Path, len: u64, reader: Option<&Store>, options: &Options) -> Msg {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            return Msg::Failed {
                name,
                bytes: len,
                reason: e.to_string(),
            }
        }
    };
    let size = bytes.len() as u64;
    let id = hex(&Sha256::digest(&bytes));
    if let Some(source) = reader.and_then(|r| r.source_of(&id).ok().flatten()) {
        return Msg::Known {
            name,
            bytes: size,
            source,
        };
    }
    match dossier_extract::extract_bytes(&name, &bytes, options) {
        Ok(x) => Msg::Doc(Box::new(x.document), size),
        Err(e) => Msg::Failed {
            name,
            bytes: size,
            reason: e.to_string(),
        },
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn write(
    store: &mut Store,
    rx: Receiver<Msg>,
    options: &IngestOptions,
    progress: &mut Progress,
    tally: &mut Tally,
) {
    for msg in rx {
        match msg {
            Msg::Doc(doc, bytes) => {
                tally.bytes += bytes;
                match store.ingest(&doc, bytes, options) {
                    Ok(Outcome::Added { replaced, .. }) => {
                        tally.added += 1;
                        tally.replaced += replaced;
                    }
                    Ok(Outcome::Unchanged) => tally.unchanged += 1,
                    Ok(Outcome::Duplicate { .. }) => tally.duplicate += 1,
                    Err(e) => {
                        tally.failed += 1;
                        progress.error(&doc.source, &e.to_string());
                    }
                }
                progress.advance(bytes, tally.failed);
            }
            Msg::Known {
                name,
                bytes,
                source,
            } => {
                tally.bytes += bytes;
                if source == name {
                    tally.unchanged += 1;
                } else {
                    tally.duplicate += 1;
                }
                progress.advance(bytes, tally.failed);
            }
            Msg::Failed {
                name,
                bytes,
                reason,
            } => {
                tally.failed += 1;
                tally.bytes += bytes;
                progress.error(&name, &reason);
                progress.advance(bytes, tally.failed);
            }
        }
    }
}

fn summary(store: &Store, t: &Tally, files: usize, secs: f64) -> anyhow::Result<()> {
    let stats = store.stats()?;
    let mb = t.bytes as f64 / 1e6;
    eprintln!(
        "dossier: {files} files, {mb:.1} MB in {secs:.1} s ({:.0} files/s): {} added, {} unchanged, {} duplicate, {} replaced, {} failed",
        files as f64 / secs.max(1e-9),
        t.added,
        t.unchanged,
        t.duplicate,
        t.replaced,
        t.failed
    );
    eprintln!(
        "dossier: the store holds {} documents, {} actors, {} timeline events, {} conflicts",
        stats.documents, stats.entities, stats.stories, stats.conflicts
    );
    Ok(())
}
