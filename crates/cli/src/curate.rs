//! The curation commands: corrections kept in the store and re-applied after every ingest.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use dossier_store::Store;

/// Arguments of `dossier merge`.
#[derive(Debug, Clone, clap::Args)]
pub struct MergeArgs {
    /// One actor (a name, alias or id).
    pub a: String,
    /// The other actor.
    pub b: String,
}

/// Arguments of `dossier split`.
#[derive(Debug, Clone, clap::Args)]
pub struct SplitArgs {
    /// The actor (a name, alias or id).
    pub entity: String,
    /// The name whose entities become an actor of their own.
    pub alias: String,
}

/// `dossier alias add|remove`.
#[derive(Debug, Clone, Subcommand)]
pub enum AliasCommand {
    /// Make ALIAS a name of ENTITY (actors so named merge into it).
    Add {
        /// The actor.
        entity: String,
        /// The alias.
        alias: String,
    },
    /// Make ALIAS no name of ENTITY (entities so named leave it).
    Remove {
        /// The actor.
        entity: String,
        /// The alias.
        alias: String,
    },
}

fn open(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        anyhow::bail!(
            "no store at {} (run `dossier ingest` first, or pass --db)",
            db.display()
        );
    }
    Store::open(db).with_context(|| format!("cannot open store {}", db.display()))
}

/// `dossier merge A B`.
pub fn merge(db: &Path, a: &MergeArgs) -> anyhow::Result<ExitCode> {
    let mut store = open(db)?;
    let id = store.merge(&a.a, &a.b)?;
    println!(
        "merged `{}` and `{}` into actor {id}; the rule is kept for later ingests",
        a.a, a.b
    );
    Ok(ExitCode::SUCCESS)
}

/// `dossier split ENTITY ALIAS`.
pub fn split(db: &Path, a: &SplitArgs) -> anyhow::Result<ExitCode> {
    let mut store = open(db)?;
    let n = store.split(&a.entity, &a.alias)?;
    println!(
        "split `{}` from `{}` ({n} document entities moved); the rule is kept for later ingests",
        a.alias, a.entity
    );
    Ok(ExitCode::SUCCESS)
}

/// `dossier alias add|remove ENTITY ALIAS`.
pub fn alias(db: &Path, a: &AliasCommand) -> anyhow::Result<ExitCode> {
    let mut store = open(db)?;
    match a {
        AliasCommand::Add { entity, alias } => {
            let n = store.alias_add(entity, alias)?;
            println!("`{alias}` is now a name of `{entity}` ({n} actors merged)");
        }
        AliasCommand::Remove { entity, alias } => {
            let n = store.alias_remove(entity, alias)?;
            println!("`{alias}` is no longer a name of `{entity}` ({n} document entities moved)");
        }
    }
    Ok(ExitCode::SUCCESS)
}
