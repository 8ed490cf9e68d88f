//! `dossier export`: the knowledge base in the formats other tools read.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::ValueEnum;
use dossier_export::{csv_files, ftm, gexf, graphml, plover, timeline};
use dossier_store::{ConflictFilter, QuoteFilter, QuoteRow, Store, TimelineFilter};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// FollowTheMoney entities, one JSON object per line.
    Ftm,
    /// PLOVER event records, one JSON object per line.
    Plover,
    /// entities.csv, events.csv, quotations.csv and conflicts.csv in a directory.
    Csv,
    /// The actor network as GEXF (Gephi).
    Gexf,
    /// The actor network as GraphML (networkx, igraph, yEd, Cytoscape).
    Graphml,
    /// A TimelineJS JSON file.
    Timeline,
}

/// Arguments of `dossier export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Only this actor (a name, alias or id), its events and the actors in them.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Output file (a directory for csv); standard output when absent.
    #[arg(long, value_name = "FILE|DIR")]
    pub out: Option<PathBuf>,
}

/// Runs `dossier export` against the store at `db`.
pub fn run(db: &Path, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    if !db.exists() {
        bail!(
            "no store at {} (run `dossier ingest PATH...` first, or pass --db)",
            db.display()
        );
    }
    let mut store =
        Store::open(db).with_context(|| format!("cannot open store {}", db.display()))?;
    // An export is complete: every source of every event, every claim.
    store.set_nested_limit(None);
    let entity = args.entity.as_deref();
    if args.format == ExportFormat::Csv {
        let Some(dir) = &args.out else {
            bail!("--format csv writes several files: give a directory with --out DIR");
        };
        return write_csv(&store, entity, dir);
    }
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    match args.format {
        ExportFormat::Ftm => ftm::write(&store.export_rows(entity)?, &mut out)?,
        ExportFormat::Plover => plover::write(&store.export_rows(entity)?, &mut out)?,
        ExportFormat::Gexf => {
            let id = entity.map(|n| store.entity(n).map(|d| d.id)).transpose()?;
            gexf::write(&store.network(id, usize::MAX)?, &mut out)?
        }
        ExportFormat::Graphml => {
            let id = entity.map(|n| store.entity(n).map(|d| d.id)).transpose()?;
            graphml::write(&store.network(id, usize::MAX)?, &mut out)?
        }
        ExportFormat::Timeline => {
            let filter = TimelineFilter {
                entity: args.entity.clone(),
                ..Default::default()
            };
            timeline::write(&store.timeline(&filter)?, &mut out)?
        }
        ExportFormat::Csv => unreachable!("handled above"),
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_csv(store: &Store, entity: Option<&str>, dir: &Path) -> anyhow::Result<ExitCode> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let rows = store.export_rows(entity)?;
    let quotes = quotes(store, entity)?;
    let conflicts = store.conflicts(&ConflictFilter {
        entity: entity.map(str::to_string),
        ..Default::default()
    })?;
    let create = |name: &str| -> anyhow::Result<BufWriter<File>> {
        let path = dir.join(name);
        Ok(BufWriter::new(File::create(&path).with_context(|| {
            format!("cannot create {}", path.display())
        })?))
    };
    let [entities, events, quotations, conflicting] = csv_files::FILES;
    csv_files::write_entities(&rows, create(entities)?)?;
    csv_files::write_events(&rows, create(events)?)?;
    csv_files::write_quotes(&quotes, create(quotations)?)?;
    csv_files::write_conflicts(&conflicts, create(conflicting)?)?;
    Ok(ExitCode::SUCCESS)
}

/// Every quotation, or those spoken by or naming `entity`.
fn quotes(store: &Store, entity: Option<&str>) -> anyhow::Result<Vec<QuoteRow>> {
    let Some(name) = entity else {
        return Ok(store.quotes(&QuoteFilter::default())?);
    };
    let by = QuoteFilter {
        speaker: Some(name.to_string()),
        ..Default::default()
    };
    let about = QuoteFilter {
        about: Some(name.to_string()),
        ..Default::default()
    };
    let mut all = store.quotes(&by)?;
    for q in store.quotes(&about)? {
        if !all
            .iter()
            .any(|a| a.document == q.document && a.start == q.start)
        {
            all.push(q);
        }
    }
    Ok(all)
}
