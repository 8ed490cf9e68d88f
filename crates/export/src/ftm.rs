//! FollowTheMoney entities, one JSON object per line, as Aleph, yente and
//! the `followthemoney` tools read them: `{"id", "schema", "properties"}`
//! with every property a list of strings.
//!
//! What becomes what:
//!
//! | store row | FtM schema |
//! |---|---|
//! | person / organization / other actor | `Person` / `Organization` / `LegalEntity` |
//! | location actor | `Address` (`full` = the name) |
//! | document | `Article` for web pages and URLs, `Document` otherwise |
//! | an actor named in a document | `Mention` (`document`, `resolved`, `name`) |
//! | event report | `Event` (`involved`, `organizer`, `date`, `location`) |
//! | listing event with a target (a designation, "sanctioned X") | `Sanction` (`entity`, `authority`, `listingDate`) |
//! | "X, a commander of the Y", "Y leader X" in a document | `Membership` (`member`, `organization`, `role`) |
//!
//! Provenance: every actor carries `proof` links to the documents that
//! name it, every event, sanction and membership a `proof` link to the
//! document that states it (with `sourceUrl` when the document came from a
//! URL) and its `summary` the words it was read from, and the `Mention`
//! entities say which name each document used. No value is written that
//! cannot be traced to a stored document this way.

mod members;
mod proxy;

use std::collections::HashMap;
use std::io::Write;

use dossier_store::export_rows::{ExportDocument, ExportEntity, ExportEvent, ExportRows};

use crate::index::Index;
use crate::{ids, plover, Result};
use proxy::Proxy;

/// Writes every actor, document, mention, event and sanction of `rows`.
pub fn write<W: Write>(rows: &ExportRows, mut out: W) -> Result<()> {
    let index = Index::new(rows);
    let ids = entity_ids(&rows.entities);
    let mut proofs: HashMap<i64, Vec<&str>> = HashMap::new();
    for m in &rows.mentions {
        let list = proofs.entry(m.entity).or_default();
        if !list.contains(&m.document.as_str()) {
            list.push(&m.document);
        }
    }
    for d in &rows.documents {
        document(d).write(&mut out)?;
    }
    for e in &rows.entities {
        let mut p = actor(e, &ids[&e.id]);
        for d in proofs.get(&e.id).into_iter().flatten() {
            p.add("proof", document_id(d));
        }
        p.write(&mut out)?;
    }
    // One Mention per (document, actor): a document may name one actor
    // through several of its own entities.
    let mut mentions: Vec<(&str, i64, Proxy)> = Vec::new();
    let mut seen: HashMap<(&str, i64), usize> = HashMap::new();
    for m in &rows.mentions {
        let Some(e) = index.entity(m.entity) else {
            continue;
        };
        let at = match seen.get(&(m.document.as_str(), e.id)) {
            Some(at) => *at,
            None => {
                let mut p =
                    Proxy::new("Mention", ids::make("mention", &[&m.document, &ids[&e.id]]));
                p.add("document", document_id(&m.document));
                // `resolved` ranges over LegalEntity: a place keeps only its name here.
                if e.kind != "location" {
                    p.add("resolved", ids[&e.id].clone());
                }
                p.add("detectedSchema", schema_of(&e.kind).to_string());
                mentions.push((&m.document, e.id, p));
                seen.insert((&m.document, e.id), mentions.len() - 1);
                mentions.len() - 1
            }
        };
        let p = &mut mentions[at].2;
        p.add("name", m.name.clone());
        for a in &m.aliases {
            p.add("name", a.clone());
        }
    }
    for (_, _, p) in &mentions {
        p.write(&mut out)?;
    }
    for p in members::memberships(rows, &index, &ids) {
        p.write(&mut out)?;
    }
    for ev in &rows.events {
        event(&index, &ids, ev).write(&mut out)?;
        if is_listing(ev) {
            for p in sanctions(&index, &ids, ev) {
                p.write(&mut out)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// The FtM schema of a store actor type.
pub fn schema_of(kind: &str) -> &'static str {
    match kind {
        "person" => "Person",
        "organization" => "Organization",
        "location" => "Address",
        _ => "LegalEntity",
    }
}

/// Ids from type and name, so the same actor gets the same id in every
/// export of every store; the store id is added only when two actors share
/// a type and name.
fn entity_ids(entities: &[ExportEntity]) -> HashMap<i64, String> {
    let mut seen: HashMap<(&str, &str), usize> = HashMap::new();
    for e in entities {
        *seen.entry((&e.kind, &e.name)).or_default() += 1;
    }
    entities
        .iter()
        .map(|e| {
            let prefix = schema_of(&e.kind).to_ascii_lowercase();
            let id = if seen[&(e.kind.as_str(), e.name.as_str())] > 1 {
                ids::make(&prefix, &[&e.kind, &e.name, &e.id.to_string()])
            } else {
                ids::make(&prefix, &[&e.kind, &e.name])
            };
            (e.id, id)
        })
        .collect()
}

fn document_id(sha: &str) -> String {
    format!("doc-{sha}")
}

fn is_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

fn document(d: &ExportDocument) -> Proxy {
    let lower = d.source.to_ascii_lowercase();
    let web = is_url(&d.source) || lower.ends_with(".html") || lower.ends_with(".htm");
    let mut p = Proxy::new(if web { "Article" } else { "Document" }, document_id(&d.id));
    let file = d.source.rsplit(['/', '\\']).next().unwrap_or(&d.source);
    p.add("fileName", file.to_string());
    p.add("title", d.title.clone().unwrap_or_else(|| file.to_string()));
    p.add("contentHash", d.id.clone());
    if let Some(date) = d.date.as_deref().and_then(ftm_date) {
        p.add(if web { "publishedAt" } else { "date" }, date);
    }
    if is_url(&d.source) {
        p.add("sourceUrl", d.source.clone());
    }
    p
}

fn actor(e: &ExportEntity, id: &str) -> Proxy {
    let schema = schema_of(&e.kind);
    let mut p = Proxy::new(schema, id.to_string());
    if schema == "Address" {
        p.add("full", e.name.clone());
    } else {
        p.add("name", e.name.clone());
        for a in e.aliases.iter().filter(|a| **a != e.name) {
            p.add("alias", a.clone());
        }
    }
    p
}

fn cite(p: &mut Proxy, index: &Index<'_>, ev: &ExportEvent) {
    match index.document(&ev.document) {
        Some(d) => cite_document(p, d),
        None => p.add("proof", document_id(&ev.document)),
    }
}

/// `proof` to the document, and `sourceUrl` when it came from the web.
fn cite_document(p: &mut Proxy, d: &ExportDocument) {
    p.add("proof", document_id(&d.id));
    if is_url(&d.source) {
        p.add("sourceUrl", d.source.clone());
    }
}

/// An event that puts its targets on a list: a designation, or a sanction
/// named as such ("sanctioned", "embargoed", "blacklisted", "imposed
/// sanctions on"), not the other PLOVER SANCTION acts (expulsions,
/// recalled envoys, severed ties).
fn is_listing(ev: &ExportEvent) -> bool {
    let trigger = ev.trigger.to_lowercase();
    let listing_word = ["sanction", "embargo", "blacklist"]
        .iter()
        .any(|w| trigger.starts_with(w));
    match ev.kind.as_str() {
        "DESIGNATE" => true,
        "SANCTION" => listing_word,
        "COERCE" => trigger.starts_with("impos") && ev.text.to_lowercase().contains("sanction"),
        _ => false,
    }
}

fn event(index: &Index<'_>, ids: &HashMap<i64, String>, ev: &ExportEvent) -> Proxy {
    let mut p = Proxy::new("Event", plover::event_id(ev));
    p.add("name", format!("{} ({})", ev.kind, ev.trigger));
    p.add("summary", ev.text.clone());
    p.add("keywords", ev.kind.clone());
    add_date(&mut p, ev.date.as_deref(), "date");
    // `involved` and `organizer` range over LegalEntity, so places named
    // as actors go to `location` instead.
    let legal = |id: &i64| index.entity(*id).is_some_and(|e| e.kind != "location");
    for id in ev.actors.iter().chain(&ev.targets) {
        match ids.get(id) {
            Some(x) if legal(id) => p.add("involved", x.clone()),
            Some(_) => p.add("location", index.names(&[*id]).concat()),
            None => {}
        }
    }
    for id in ev.actors.iter().filter(|i| legal(i)) {
        if let Some(x) = ids.get(id) {
            p.add("organizer", x.clone());
        }
    }
    if let Some(place) = ev.location.and_then(|l| index.entity(l)) {
        p.add("location", place.name.clone());
        if let Some(x) = ids.get(&place.id) {
            p.add("addressEntity", x.clone());
        }
    }
    cite(&mut p, index, ev);
    p
}

/// One `Sanction` per listed target: the listing authority is who acted.
fn sanctions(index: &Index<'_>, ids: &HashMap<i64, String>, ev: &ExportEvent) -> Vec<Proxy> {
    let authority = index.names(&ev.actors).join("; ");
    ev.targets
        .iter()
        .filter_map(|t| ids.get(t))
        .map(|target| {
            let mut p = Proxy::new(
                "Sanction",
                ids::make("sanction", &[&plover::event_id(ev), target]),
            );
            p.add("entity", target.clone());
            if !authority.is_empty() {
                p.add("authority", authority.clone());
            }
            add_date(&mut p, ev.date.as_deref(), "listingDate");
            p.add("summary", ev.text.clone());
            cite(&mut p, index, ev);
            p
        })
        .collect()
}

/// A store date in FtM's form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a range
/// `a/b` becomes `startDate` and `endDate`; anything else (a decade) is
/// left out rather than written as a date FtM would drop.
fn add_date(p: &mut Proxy, value: Option<&str>, prop: &'static str) {
    let Some(value) = value else { return };
    if let Some((a, b)) = value.split_once('/') {
        if let (Some(a), Some(b)) = (ftm_date(a), ftm_date(b)) {
            if prop == "date" {
                p.add("startDate", a);
                p.add("endDate", b);
            } else {
                p.add(prop, a);
            }
        }
    } else if let Some(d) = ftm_date(value) {
        p.add(prop, d);
    }
}

fn ftm_date(value: &str) -> Option<String> {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let ok = match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    };
    ok.then(|| value.to_string())
}

#[cfg(test)]
mod tests;
