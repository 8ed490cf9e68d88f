//! Lookups from the ids in event rows to the actors and documents they name.

use std::collections::HashMap;

use dossier_store::export_rows::{ExportDocument, ExportEntity, ExportRows};

/// Actors and documents of one export, by id.
pub(crate) struct Index<'a> {
    entities: HashMap<i64, &'a ExportEntity>,
    documents: HashMap<&'a str, &'a ExportDocument>,
}

impl<'a> Index<'a> {
    pub(crate) fn new(rows: &'a ExportRows) -> Index<'a> {
        Index {
            entities: rows.entities.iter().map(|e| (e.id, e)).collect(),
            documents: rows.documents.iter().map(|d| (d.id.as_str(), d)).collect(),
        }
    }

    pub(crate) fn entity(&self, id: i64) -> Option<&'a ExportEntity> {
        self.entities.get(&id).copied()
    }

    pub(crate) fn document(&self, id: &str) -> Option<&'a ExportDocument> {
        self.documents.get(id).copied()
    }

    /// Names of `ids`, skipping any not exported.
    pub(crate) fn names(&self, ids: &[i64]) -> Vec<&'a str> {
        ids.iter()
            .filter_map(|i| self.entity(*i))
            .map(|e| e.name.as_str())
            .collect()
    }
}
