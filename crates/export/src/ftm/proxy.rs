//! One FtM entity being built: a schema, an id and multi-valued properties.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use crate::Result;

/// An entity as FtM serializes it; properties in name order so output is stable.
#[derive(Debug, Serialize)]
pub(crate) struct Proxy {
    id: String,
    schema: &'static str,
    properties: BTreeMap<&'static str, Vec<String>>,
}

impl Proxy {
    pub(crate) fn new(schema: &'static str, id: String) -> Proxy {
        Proxy {
            id,
            schema,
            properties: BTreeMap::new(),
        }
    }

    /// Adds a value unless it is empty or already there.
    pub(crate) fn add(&mut self, prop: &'static str, value: String) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let list = self.properties.entry(prop).or_default();
        if !list.iter().any(|v| v == value) {
            list.push(value.to_string());
        }
    }

    pub(crate) fn write<W: Write>(&self, out: &mut W) -> Result<()> {
        serde_json::to_writer(&mut *out, self)?;
        out.write_all(b"\n")?;
        Ok(())
    }
}
