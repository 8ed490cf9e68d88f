//! `dossier ingest`: extraction on every core, one writer, a transaction per batch.
//!
//! Sixteen threads read the files and worker threads (rayon) skip content
//! whose SHA-256 the store already holds and extract the rest. Known content
//! is looked up per file (a read-only connection per worker; WAL lets
//! readers run beside the writer); a large run first reads the hashes
//! stored before it as a set of 64-bit prefixes, so only a file whose prefix
//! is known costs a lookup. The writer catches content repeated within the
//! run. Documents go to the single writer over a bounded channel, so memory
//! stays flat however many files there are. Files go in batches (16 files,
//! doubling up to 4,096; extracted in parallel, stored in input order, one
//! transaction per batch): a document is stored whole or not at all, a
//! crash loses at most the batch being written, and running the same
//! command again completes the store to exactly what an uninterrupted run
//! stores.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Mutex;
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
    /// Most distinct entities in one document; a document with more is
    /// refused with an error, never cut short.
    #[arg(long, default_value_t = 50_000)]
    pub max_entities: usize,
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
            max_entities: args.max_entities,
            ..LoadOptions::default()
        },
        settings: dossier_doc::Settings {
            day_first: args.day_first,
            date_override: None,
        },
    };
    // Reading every stored hash costs a pass over its index: worth it for a
    // large run only, which would otherwise read as many random index pages.
    let known = if files.len() >= LARGE_RUN {
        Some(
            store
                .content_prefixes()
                .context("cannot read the stored content hashes")?,
        )
    } else {
        None
    };
    // A large run that at least doubles a store builds the indexes only
    // queries read once, at its end (see `Store::defer_indexes`).
    let bulk = !args.replace && known.as_ref().is_some_and(|k| files.len() >= k.len());
    if bulk {
        store
            .defer_indexes()
            .context("cannot set the query indexes aside")?;
    } else {
        // What an interrupted bulk run left undone.
        store
            .build_indexes()
            .context("cannot build the query indexes")?;
    }
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    // One batch waits in the channel while the writer stores the one before.
    let (tx, rx) = sync_channel::<Vec<Msg>>(1);
    let started = Instant::now();
    let replace = IngestOptions {
        replace: args.replace,
    };
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let producer = scope.spawn(|| produce(&pool, &files, db, known.as_ref(), &options, tx));
        write(&mut store, rx, &replace, &mut progress, &mut tally);
        producer
            .join()
            .map_err(|_| anyhow::anyhow!("an extraction thread panicked"))?;
        Ok(())
    })?;
    if bulk {
        progress.note("building the indexes set aside for this run");
        store
            .build_indexes()
            .context("cannot build the query indexes")?;
    }
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
/// PDFs are listed even in a build without PDF support, so such a build
/// names each one it cannot read instead of skipping them silently.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx",
];

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

/// Documents per batch at most: extracted together, stored in one transaction.
/// On a large store most of what a batch writes is index pages, and a page
/// that several documents of the batch touch is written once, so larger
/// batches write less per document (4,096 against 1,024 measured in
/// BENCHMARKS.md); a crash loses at most one batch, which the next run redoes.
const BATCH_DOCS: usize = 4096;
/// Threads reading input files (see [`produce`]).
const READ_THREADS: usize = 16;

/// Files in a run from which the stored hashes are read up front, and
/// query-only indexes are built at its end rather than kept up to date
/// document by document (when the run at least doubles the store).
const LARGE_RUN: usize = 20_000;

/// Documents in the first batch; each next batch doubles, up to [`BATCH_DOCS`],
/// so a small run commits early and a large one soon commits rarely.
const FIRST_BATCH: usize = 16;
/// Bytes of source per batch at most (a batch always holds one file).
const BATCH_BYTES: u64 = 32 << 20;

/// Consecutive runs of `files`, each within the batch size and [`BATCH_BYTES`].
fn batches(files: &[(PathBuf, u64)]) -> Vec<&[(PathBuf, u64)]> {
    let mut out = Vec::new();
    let (mut start, mut bytes, mut size) = (0, 0u64, FIRST_BATCH);
    for (i, f) in files.iter().enumerate() {
        if i > start && (i - start >= size || bytes + f.1 > BATCH_BYTES) {
            out.push(&files[start..i]);
            (start, bytes, size) = (i, 0, (size * 2).min(BATCH_DOCS));
        }
        bytes += f.1;
    }
    if start < files.len() {
        out.push(&files[start..]);
    }
    out
}

/// Extracts the files batch by batch on the pool and sends each batch, in
/// input order, to the writer. Keeping the order makes a run's result a
/// function of its input alone: which actor a name joins can depend on the
/// names seen before it, so the same files must always be stored in the
/// same order (and a run resumed after a crash ends where an uninterrupted
/// one does).
fn produce(
    pool: &rayon::ThreadPool,
    files: &[(PathBuf, u64)],
    db: &Path,
    known: Option<&HashSet<u64>>,
    options: &Options,
    tx: SyncSender<Vec<Msg>>,
) {
    // One read-only connection per worker, to skip content already stored.
    let readers: Vec<Mutex<Option<Store>>> = (0..pool.current_num_threads())
        .map(|_| Mutex::new(None))
        .collect();
    // Reading waits on the disk, not the CPU: many readers at once keep a
    // cold disk busy while the extraction threads stay on the CPU.
    let io = rayon::ThreadPoolBuilder::new()
        .num_threads(READ_THREADS)
        .build()
        .ok();
    for batch in batches(files) {
        let read = |(path, _): &(PathBuf, u64)| std::fs::read(path);
        let contents: Vec<std::io::Result<Vec<u8>>> = match &io {
            Some(io) => io.install(|| batch.par_iter().map(read).collect()),
            None => batch.iter().map(read).collect(),
        };
        let msgs: Vec<Msg> = pool.install(|| {
            batch
                .par_iter()
                .zip(contents)
                .map(|((path, len), bytes)| {
                    // Looked up only when the hash prefix may be stored.
                    let lookup = |id: &str| {
                        let slot = rayon::current_thread_index().and_then(|i| readers.get(i));
                        let mut guard = slot.and_then(|m| m.lock().ok())?;
                        if guard.is_none() {
                            *guard = Store::open_read_only(db).ok();
                        }
                        guard.as_ref()?.source_of(id).ok().flatten()
                    };
                    one(path, *len, bytes, known, lookup, options)
                })
                .collect()
        });
        // The writer only stops listening when it is gone, and then the run is over.
        if tx.send(msgs).is_err() {
            return;
        }
    }
}

fn one(
    path: &Path,
    len: u64,
    bytes: std::io::Result<Vec<u8>>,
    known: Option<&HashSet<u64>>,
    lookup: impl FnOnce(&str) -> Option<String>,
    options: &Options,
) -> Msg {
    let name = path.display().to_string();
    let bytes = match bytes {
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
    let maybe_known = match (known, dossier_store::content_prefix(&id)) {
        (Some(set), Some(prefix)) => set.contains(&prefix),
        _ => true,
    };
    if maybe_known {
        if let Some(source) = lookup(&id) {
            return Msg::Known {
                name,
                bytes: size,
                source,
            };
        }
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

/// Stores what the workers send, one batch per transaction (see
/// [`Store::ingest_batch`]): one commit per batch instead of one per
/// document is most of the writer's speed. A crash loses at most the batch
/// being written, and the next run redoes it.
fn write(
    store: &mut Store,
    rx: Receiver<Vec<Msg>>,
    options: &IngestOptions,
    progress: &mut Progress,
    tally: &mut Tally,
) {
    for msgs in rx {
        let mut batch: Vec<(Box<Document>, u64)> = Vec::new();
        for msg in msgs {
            match msg {
                Msg::Doc(doc, bytes) => batch.push((doc, bytes)),
                other => note(other, progress, tally),
            }
        }
        flush(store, &mut batch, options, progress, tally);
    }
}

/// Stores the batch in one transaction and tallies each document.
fn flush(
    store: &mut Store,
    batch: &mut Vec<(Box<Document>, u64)>,
    options: &IngestOptions,
    progress: &mut Progress,
    tally: &mut Tally,
) {
    if batch.is_empty() {
        return;
    }
    let results = store.ingest_batch(batch.iter().map(|(d, b)| (&**d, *b)), options);
    for (i, (doc, bytes)) in batch.drain(..).enumerate() {
        tally.bytes += bytes;
        let result = match &results {
            Ok(rs) => rs.get(i).map(|r| r.as_ref().map_err(ToString::to_string)),
            Err(e) => Some(Err(e.to_string())),
        };
        match result {
            Some(Ok(Outcome::Added { replaced, .. })) => {
                tally.added += 1;
                tally.replaced += replaced;
            }
            Some(Ok(Outcome::Unchanged)) => tally.unchanged += 1,
            Some(Ok(Outcome::Duplicate { .. })) => tally.duplicate += 1,
            Some(Err(reason)) => {
                tally.failed += 1;
                progress.error(&doc.source, &reason);
            }
            None => {
                tally.failed += 1;
                progress.error(&doc.source, "not stored");
            }
        }
        progress.advance(bytes, tally.failed);
    }
}

/// Tallies a file that needs no writing: already stored, or failed.
fn note(msg: Msg, progress: &mut Progress, tally: &mut Tally) {
    match msg {
        Msg::Doc(..) => {}
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_double_up_to_the_limit_and_keep_the_order() {
        let files: Vec<(PathBuf, u64)> = (0..16_000)
            .map(|i| (PathBuf::from(format!("{i}.txt")), 10))
            .collect();
        let sizes: Vec<usize> = batches(&files).iter().map(|b| b.len()).collect();
        assert_eq!(
            &sizes[..10],
            [16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 4096]
        );
        assert_eq!(sizes.iter().sum::<usize>(), 16_000);
        let flat: Vec<&PathBuf> = batches(&files)
            .iter()
            .flat_map(|b| b.iter().map(|f| &f.0))
            .collect();
        assert!(flat.iter().zip(&files).all(|(a, b)| *a == &b.0));
    }

    #[test]
    fn a_batch_stops_at_its_byte_budget_but_holds_at_least_one_file() {
        let files = vec![
            (PathBuf::from("a"), BATCH_BYTES + 1),
            (PathBuf::from("b"), 10),
            (PathBuf::from("c"), BATCH_BYTES),
        ];
        let sizes: Vec<usize> = batches(&files).iter().map(|b| b.len()).collect();
        assert_eq!(sizes, [1, 1, 1]);
    }
}
