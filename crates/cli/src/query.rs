//! The query commands: each prints rows of the store as a table, CSV or JSON.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use dossier_store::{
    Conflict, ConflictFilter, EntityFilter, Page, QuoteFilter, QuoteRow, Store, TimelineFilter,
    TimelineRow,
};

use crate::kb::{FormatArg, KbCommand};
use crate::table::{list, opt, print, resolve, Table};

/// Arguments of `dossier entities`.
#[derive(Debug, Clone, clap::Args)]
pub struct EntitiesArgs {
    /// Only actors of this type: person, organization, location, other.
    #[arg(long = "type", value_name = "T")]
    pub kind: Option<String>,
    /// Only actors in at least N documents.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_docs: i64,
    #[command(flatten)]
    pub out: FormatArg,
}

/// Arguments of `dossier entity`.
#[derive(Debug, Clone, clap::Args)]
pub struct EntityArgs {
    /// A name, an alias or an id.
    pub name: String,
    /// Show the evidence for each merge: which alias, which document.
    #[arg(long)]
    pub why: bool,
    #[command(flatten)]
    pub out: FormatArg,
}

/// Arguments of `dossier timeline`.
#[derive(Debug, Clone, clap::Args)]
pub struct TimelineArgs {
    /// Only events of this actor.
    #[arg(long)]
    pub entity: Option<String>,
    /// From this date (1971, 1971-03 or 1971-03-05).
    #[arg(long)]
    pub from: Option<String>,
    /// Up to this date.
    #[arg(long)]
    pub to: Option<String>,
    #[command(flatten)]
    pub out: FormatArg,
}

/// Arguments of `dossier quotes`.
#[derive(Debug, Clone, clap::Args)]
pub struct QuotesArgs {
    /// Only quotations by this actor.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only quotations naming this actor.
    #[arg(long)]
    pub about: Option<String>,
    #[command(flatten)]
    pub out: FormatArg,
}

/// Arguments of `dossier conflicts`.
#[derive(Debug, Clone, clap::Args)]
pub struct ConflictsArgs {
    /// Only conflicts about this actor.
    #[arg(long)]
    pub entity: Option<String>,
    #[command(flatten)]
    pub out: FormatArg,
}

/// Arguments of `dossier search`.
#[derive(Debug, Clone, clap::Args)]
pub struct SearchArgs {
    /// Words to find (all of them, diacritics ignored).
    pub text: String,
    #[command(flatten)]
    pub out: FormatArg,
}

fn page(out: &FormatArg) -> Page {
    Page {
        limit: out.limit,
        offset: 0,
    }
}

fn check_date(d: &Option<String>) -> anyhow::Result<()> {
    match d {
        Some(v) if dossier_store::dates::range(v).is_none() => {
            anyhow::bail!("`{v}` is not a date such as 1971, 1971-03 or 1971-03-05")
        }
        _ => Ok(()),
    }
}

/// Runs a query command.
pub fn run(db: &Path, command: KbCommand) -> anyhow::Result<ExitCode> {
    if !db.exists() {
        anyhow::bail!(
            "no store at {} (run `dossier ingest PATH...` first, or pass --db)",
            db.display()
        );
    }
    let store = Store::open(db).with_context(|| format!("cannot open store {}", db.display()))?;
    match command {
        KbCommand::Sources(out) => sources(&store, &out),
        KbCommand::Entities(a) => entities(&store, &a),
        KbCommand::Entity(a) => entity(&store, &a),
        KbCommand::Timeline(a) => {
            check_date(&a.from)?;
            check_date(&a.to)?;
            let rows = store.timeline(&TimelineFilter {
                entity: a.entity.clone(),
                from: a.from.clone(),
                to: a.to.clone(),
                page: page(&a.out),
            })?;
            print(resolve(a.out.format), &rows, || timeline_table(&rows))
        }
        KbCommand::Quotes(a) => {
            let rows = store.quotes(&QuoteFilter {
                speaker: a.speaker.clone(),
                about: a.about.clone(),
                page: page(&a.out),
            })?;
            print(resolve(a.out.format), &rows, || quotes_table(&rows))
        }
        KbCommand::Citations(out) => citations(&store, &out),
        KbCommand::Conflicts(a) => {
            let rows = store.conflicts(&ConflictFilter {
                entity: a.entity.clone(),
                page: page(&a.out),
            })?;
            print(resolve(a.out.format), &rows, || conflicts_table(&rows))
        }
        KbCommand::Search(a) => {
            let rows = store.search(&a.text, page(&a.out))?;
            print(resolve(a.out.format), &rows, || {
                let mut t = Table::new(&["document", "start", "snippet"]);
                for h in &rows {
                    t.row(vec![
                        h.document.clone(),
                        h.start.to_string(),
                        h.snippet.clone(),
                    ]);
                }
                t
            })
        }
        _ => unreachable!("the caller routes only queries here"),
    }?;
    Ok(ExitCode::SUCCESS)
}

fn sources(store: &Store, out: &FormatArg) -> anyhow::Result<()> {
    let rows = store.sources(page(out))?;
    print(resolve(out.format), &rows, || {
        let mut t = Table::new(&[
            "source",
            "v",
            "date",
            "title",
            "entities",
            "times",
            "quotes",
            "citations",
            "quantities",
            "events",
        ]);
        for s in &rows {
            t.row(vec![
                s.source.clone(),
                s.version.to_string(),
                opt(&s.date),
                opt(&s.title),
                s.entities.to_string(),
                s.times.to_string(),
                s.quotes.to_string(),
                s.citations.to_string(),
                s.quantities.to_string(),
                s.events.to_string(),
            ]);
        }
        t
    })
}

fn entities(store: &Store, a: &EntitiesArgs) -> anyhow::Result<()> {
    if let Some(k) = &a.kind {
        if dossier_doc::EntityKind::parse(k).is_none() {
            anyhow::bail!("`{k}` is not a type: use person, organization, location or other");
        }
    }
    let rows = store.entities(&EntityFilter {
        kind: a.kind.clone(),
        min_docs: a.min_docs,
        page: page(&a.out),
    })?;
    print(resolve(a.out.format), &rows, || {
        let mut t = Table::new(&["id", "name", "type", "documents", "mentions", "aliases"]);
        for e in &rows {
            t.row(vec![
                e.id.to_string(),
                e.name.clone(),
                e.kind.clone(),
                e.documents.to_string(),
                e.mentions.to_string(),
                list(&e.aliases),
            ]);
        }
        t
    })
}

fn entity(store: &Store, a: &EntityArgs) -> anyhow::Result<()> {
    let mut d = store.entity(&a.name)?;
    if a.why {
        d.why = store.why(&d.id.to_string(), page(&a.out))?;
    }
    let format = resolve(a.out.format);
    if format != crate::kb::Format::Table {
        return print(format, &d, || Table::new(&[]));
    }
    let mut t = Table::new(&["", ""]);
    t.row(vec![
        "name".into(),
        format!("{} ({}, id {})", d.name, d.kind, d.id),
    ]);
    t.row(vec!["aliases".into(), list(&d.aliases)]);
    t.row(vec!["documents".into(), d.document_count.to_string()]);
    t.row(vec!["first".into(), opt(&d.first)]);
    t.row(vec!["last".into(), opt(&d.last)]);
    let related: Vec<String> = d
        .related
        .iter()
        .map(|r| format!("{} ({})", r.name, r.events))
        .collect();
    t.row(vec!["related".into(), list(&related)]);
    print(format, &d, || t)?;
    let section = |title: &str| println!("\n{title}");
    if !d.why.is_empty() {
        section("WHY THESE NAMES ARE ONE");
        let mut w = Table::new(&["document", "name", "rule", "alias", "matched in"]);
        for e in &d.why {
            w.row(vec![
                e.document.clone(),
                e.name.clone(),
                e.rule.clone(),
                opt(&e.alias),
                opt(&e.matched_document),
            ]);
            for line in &e.in_document {
                w.row(vec![
                    String::new(),
                    String::new(),
                    format!("in document: {line}"),
                    String::new(),
                    String::new(),
                ]);
            }
        }
        print(format, &(), || w)?;
    }
    if !d.timeline.is_empty() {
        section("TIMELINE");
        print(format, &(), || timeline_table(&d.timeline))?;
    }
    if !d.quotes_by.is_empty() {
        section("QUOTATIONS BY");
        print(format, &(), || quotes_table(&d.quotes_by))?;
    }
    if !d.quotes_about.is_empty() {
        section("QUOTATIONS ABOUT");
        print(format, &(), || quotes_table(&d.quotes_about))?;
    }
    if !d.conflicts.is_empty() {
        section("CONFLICTS");
        print(format, &(), || conflicts_table(&d.conflicts))?;
    }
    Ok(())
}

fn citations(store: &Store, out: &FormatArg) -> anyhow::Result<()> {
    let rows = store.citations(page(out))?;
    print(resolve(out.format), &rows, || {
        let mut t = Table::new(&["count", "work", "documents"]);
        for c in &rows {
            t.row(vec![
                c.count.to_string(),
                c.work.clone(),
                list(&c.documents),
            ]);
        }
        t
    })
}

fn timeline_table(rows: &[TimelineRow]) -> Table {
    let mut t = Table::new(&["date", "type", "sources", "actors", "text"]);
    for r in rows {
        t.row(vec![
            opt(&r.date),
            r.kind.clone(),
            r.sources.len().to_string(),
            list(&r.actors),
            r.text.clone(),
        ]);
    }
    t
}

fn quotes_table(rows: &[QuoteRow]) -> Table {
    let mut t = Table::new(&["speaker", "date", "document", "via", "text"]);
    for q in rows {
        t.row(vec![
            opt(&q.speaker),
            opt(&q.date),
            q.document.clone(),
            list(&q.via),
            q.text.clone(),
        ]);
    }
    t
}

fn conflicts_table(rows: &[Conflict]) -> Table {
    let mut t = Table::new(&[
        "id",
        "subject",
        "attribute",
        "value",
        "kind",
        "asserted by",
        "document",
        "text",
    ]);
    for c in rows {
        for (i, cl) in c.claims.iter().enumerate() {
            let first = i == 0;
            t.row(vec![
                if first {
                    c.id.to_string()
                } else {
                    String::new()
                },
                if first {
                    c.subject.clone()
                } else {
                    String::new()
                },
                if first {
                    c.attribute.clone()
                } else {
                    String::new()
                },
                cl.value.clone(),
                cl.kind.clone(),
                opt(&cl.asserted_by),
                cl.document.clone(),
                cl.text.clone(),
            ]);
        }
    }
    t
}
