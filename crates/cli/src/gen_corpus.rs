//! `dossier gen-corpus`: writes a deterministic generated corpus with its
//! gold, for evaluation and benchmarks at scale.
//!
//! Documents are generated and written in parallel, chunk by chunk, so
//! memory stays bounded whatever the count; the cross gold is folded in
//! document order, so the output does not depend on the number of threads.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{bail, Context};
use dossier_gen::{generate, CrossBuilder, DocFacts, World};
use rayon::prelude::*;

/// Documents generated between two folds into the cross gold.
const CHUNK: u64 = 2048;
/// File names carry seven digits.
const MAX_DOCS: u64 = 9_999_999;

/// Arguments of `dossier gen-corpus`.
#[derive(Debug, clap::Args)]
pub struct GenCorpusArgs {
    /// Number of documents to write.
    #[arg(long, default_value_t = 1000)]
    pub docs: u64,
    /// Seed: the world and every document are a function of it (and of the
    /// document's number), so the same seed and count give the same bytes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Directory to write into (created when missing; must be empty unless --overwrite).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Write into a directory that already holds files.
    #[arg(long)]
    pub overwrite: bool,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

/// Runs the command.
pub fn run(args: &GenCorpusArgs) -> anyhow::Result<ExitCode> {
    if args.docs > MAX_DOCS {
        bail!(
            "--docs {} is more than the {MAX_DOCS} documents file names can number",
            args.docs
        );
    }
    prepare(&args.out, args.overwrite)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let started = Instant::now();
    let world = World::new(args.seed);
    let mut cross = CrossBuilder::new(&world);
    let mut bytes = 0u64;
    let mut from = 0u64;
    while from < args.docs {
        let to = (from + CHUNK).min(args.docs);
        let written: Vec<anyhow::Result<(DocFacts, u64)>> = pool.install(|| {
            (from..to)
                .into_par_iter()
                .map(|i| write_one(&world, i, &args.out))
                .collect()
        });
        for r in written {
            let (facts, n) = r?;
            bytes += n;
            cross.add(&facts);
        }
        from = to;
    }
    let path = args.out.join("cross.gold.json");
    std::fs::write(&path, cross.finish())
        .with_context(|| format!("cannot write {}", path.display()))?;
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "dossier: wrote {} documents ({:.1} MB of text and gold) and cross.gold.json to {} in {secs:.1}s",
        args.docs,
        bytes as f64 / 1e6,
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn prepare(dir: &Path, overwrite: bool) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    if !overwrite && entries.next().is_some() {
        bail!(
            "{} is not empty; choose an empty directory or pass --overwrite",
            dir.display()
        );
    }
    Ok(())
}

fn write_one(world: &World, index: u64, dir: &Path) -> anyhow::Result<(DocFacts, u64)> {
    let g = generate(world, index);
    let doc = dir.join(&g.name);
    std::fs::write(&doc, &g.text).with_context(|| format!("cannot write {}", doc.display()))?;
    let gold = dir.join(format!("{}.gold.json", g.facts.stem));
    std::fs::write(&gold, &g.gold).with_context(|| format!("cannot write {}", gold.display()))?;
    Ok((g.facts, (g.text.len() + g.gold.len()) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn make(dir: &Path, docs: u64, threads: usize) {
        let args = GenCorpusArgs {
            docs,
            seed: 3,
            out: dir.to_path_buf(),
            overwrite: false,
            threads: Some(threads),
        };
        run(&args).expect("generation succeeds");
    }

    fn listing(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .expect("dir")
            .map(|e| {
                let p = e.expect("entry").path();
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (name, std::fs::read(&p).expect("file"))
            })
            .collect();
        v.sort();
        v
    }

    #[test]
    fn same_output_whatever_the_threads() {
        let (a, b) = (
            tempfile::tempdir().expect("tmp"),
            tempfile::tempdir().expect("tmp"),
        );
        make(a.path(), 40, 1);
        make(b.path(), 40, 2);
        let (la, lb) = (listing(a.path()), listing(b.path()));
        assert_eq!(la.len(), 81);
        assert!(la == lb);
    }

    #[test]
    fn zero_and_one_documents() {
        let a = tempfile::tempdir().expect("tmp");
        make(a.path(), 0, 1);
        assert_eq!(listing(a.path()).len(), 1);
        let b = tempfile::tempdir().expect("tmp");
        make(b.path(), 1, 1);
        assert_eq!(listing(b.path()).len(), 3);
    }

    #[test]
    fn refuses_a_non_empty_directory() {
        let a = tempfile::tempdir().expect("tmp");
        make(a.path(), 1, 1);
        let args = GenCorpusArgs {
            docs: 1,
            seed: 3,
            out: a.path().to_path_buf(),
            overwrite: false,
            threads: None,
        };
        assert!(run(&args).is_err());
    }
}
