mod common;
mod conflicts;
mod counters;
mod curation;
mod format;
mod ingest;
mod queries;
mod resolution;
mod scale;

use dossier_store::Store;

/// A fresh store in memory.
fn store() -> Store {
    Store::open_in_memory().expect("an in-memory store opens")
}

/// Every actor as (name, sorted aliases), for assertions.
fn actors(store: &Store) -> Vec<(String, Vec<String>)> {
    store
        .entities(&Default::default())
        .unwrap()
        .into_iter()
        .map(|e| {
            let mut a = e.aliases;
            a.sort();
            (e.name, a)
        })
        .collect()
}

/// The actor whose aliases include `alias`, as (id, aliases).
fn actor_with(store: &Store, alias: &str) -> Vec<(i64, Vec<String>)> {
    store
        .entities(&Default::default())
        .unwrap()
        .into_iter()
        .filter(|e| e.aliases.iter().any(|a| a == alias))
        .map(|e| (e.id, e.aliases))
        .collect()
}

fn ingest(store: &mut Store, doc: &dossier_doc::Document) {
    store
        .ingest(doc, doc.text.len() as u64, &Default::default())
        .expect("ingest succeeds");
}
