//! `dossier`: the command-line front end.
//!
//! Glue only: arguments are parsed into a [`Command`], and each command calls
//! the library crates. Errors that end the whole run are `anyhow` errors
//! printed once; errors about single inputs are printed one line each and the
//! run goes on, ending with exit code 2.

mod curate;
mod export;
mod extract;
mod gen_corpus;
mod ingest;
mod inputs;
mod kb;
mod progress;
mod query;
mod serve;
mod table;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc instead of the system allocator: extraction builds many small
/// strings and vectors per sentence, and with glibc's malloc about a fifth
/// of its instructions went to allocating and freeing them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// dossier: an evidence engine for contested history.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about, propagate_version = true)]
struct Cli {
    /// The knowledge base file.
    #[arg(
        long,
        global = true,
        env = "DOSSIER_DB",
        default_value = "dossier.db",
        value_name = "PATH"
    )]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract entities, dates, quotations, citations, quantities and events
    /// from documents, as dossier.extract/1 JSON.
    Extract(ExtractArgs),
    #[command(flatten)]
    Kb(kb::KbCommand),
    /// Write a deterministic generated corpus with gold annotations.
    GenCorpus(gen_corpus::GenCorpusArgs),
    /// Serve the HTTP API and the web UI over the knowledge base.
    Serve(serve::ServeArgs),
    /// Write the knowledge base as FollowTheMoney, PLOVER, CSV, GEXF, GraphML or TimelineJS.
    Export(export::ExportArgs),
}

/// Output shapes for `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One JSON value: an object for one input, an array for several.
    Json,
    /// One compact JSON object per line.
    Jsonl,
    /// Indented JSON.
    Pretty,
}

/// Arguments of `dossier extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files or directories (read recursively); `-` reads standard input.
    #[arg(default_value = "-")]
    pub paths: Vec<PathBuf>,
    /// Output shape on standard output.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    pub format: OutputFormat,
    /// Publication date (YYYY-MM-DD) that overrides any date in the documents.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<String>,
    /// Read 03/04/1958 as 3 April (day first) instead of March 4.
    #[arg(long)]
    pub day_first: bool,
    /// Write DIR/<file stem>.json per input instead of printing.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Largest input file in bytes (a suffix K, M or G multiplies).
    #[arg(long, default_value = "32M", value_parser = parse_size)]
    pub max_size: usize,
    /// Most distinct entities in one document; a document with more is
    /// refused with an error, never cut short.
    #[arg(long, default_value_t = 50_000)]
    pub max_entities: usize,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

fn parse_date(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s[..4].parse::<u32>().is_ok()
        && s[5..7].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        && s[8..10].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
    ok.then(|| s.to_string())
        .ok_or_else(|| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn parse_size(s: &str) -> Result<usize, String> {
    let (num, mult) = match s.chars().last() {
        Some('K' | 'k') => (&s[..s.len() - 1], 1 << 10),
        Some('M' | 'm') => (&s[..s.len() - 1], 1 << 20),
        Some('G' | 'g') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>()
        .map(|n| n.saturating_mul(mult))
        .map_err(|_| format!("`{s}` is not a size such as 1048576, 512K or 32M"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Kb(command) => kb::run(&cli.db, command),
        Command::GenCorpus(args) => gen_corpus::run(&args),
        Command::Serve(args) => serve::run(&cli.db, &args),
        Command::Export(args) => export::run(&cli.db, &args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("dossier: {err:#}");
            ExitCode::from(1)
        }
    }
}
