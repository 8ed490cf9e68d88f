//! The knowledge-base commands: `ingest`, the queries, and curation.

use std::path::Path;
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};

use crate::{curate, ingest, query};

/// How query results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// The JSON the HTTP API also serves.
    Json,
    /// Comma-separated values with a header row.
    Csv,
}

/// `--format`, shared by every query.
#[derive(Debug, Clone, clap::Args)]
pub struct FormatArg {
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Print at most this many rows.
    #[arg(long)]
    pub limit: Option<usize>,
}

/// Commands that read or write the knowledge base.
#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Extract documents and store them in the knowledge base.
    Ingest(ingest::IngestArgs),
    /// Stored documents with title, date and counts of what was found.
    Sources(FormatArg),
    /// Actors across documents: [{id, name, type, aliases, documents, mentions}].
    Entities(query::EntitiesArgs),
    /// The dossier of one actor.
    Entity(query::EntityArgs),
    /// Events across documents, by date, each with every source.
    Timeline(query::TimelineArgs),
    /// Quotations, by speaker or about an actor.
    Quotes(query::QuotesArgs),
    /// What the corpus cites, how often, and from which documents.
    Citations(FormatArg),
    /// Figures and dates the sources disagree on.
    Conflicts(query::ConflictsArgs),
    /// Full-text search over sentences.
    Search(query::SearchArgs),
    /// Declare two actors one (kept and re-applied after every ingest).
    Merge(curate::MergeArgs),
    /// Separate the entities known by ALIAS from an actor.
    Split(curate::SplitArgs),
    /// Add or remove an alias of an actor.
    #[command(subcommand)]
    Alias(curate::AliasCommand),
}

/// Runs a knowledge-base command against the store at `db`.
pub fn run(db: &Path, command: KbCommand) -> anyhow::Result<ExitCode> {
    match command {
        KbCommand::Ingest(a) => ingest::run(db, &a),
        KbCommand::Merge(a) => curate::merge(db, &a),
        KbCommand::Split(a) => curate::split(db, &a),
        KbCommand::Alias(a) => curate::alias(db, &a),
        other => query::run(db, other),
    }
}
