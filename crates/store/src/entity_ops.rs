//! Actors as rows: create, join, merge, recompute.
//!
//! An actor's counters (documents, mentions, kinds, first and last dates)
//! and its distinct surfaces (`entity_alias`) are kept up to date
//! incrementally on every join and merge, so listing actors never scans
//! per-document rows; only curation and `--replace` recompute from scratch.

use dossier_doc::{Entity, EntityKind};
use rusqlite::{params, Connection, OptionalExtension};

use crate::curate::{self, Rule};
use crate::error::Result;
use crate::{dates, facts, keys, pairs};

fn kind_column(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "n_person",
        EntityKind::Organization => "n_organization",
        EntityKind::Location => "n_location",
        EntityKind::Other => "n_other",
    }
}

/// A new, empty actor.
pub(crate) fn create(conn: &Connection, name: &str, kind: EntityKind) -> Result<i64> {
    conn.prepare_cached("INSERT INTO entity (name, kind) VALUES (?1, ?2)")?
        .execute(params![name, kind.as_str()])?;
    Ok(conn.last_insert_rowid())
}

/// The actor's current type.
pub(crate) fn kind_of(conn: &Connection, entity: i64) -> Result<EntityKind> {
    let k: String = conn
        .prepare_cached("SELECT kind FROM entity WHERE id = ?1")?
        .query_row([entity], |r| r.get(0))?;
    Ok(EntityKind::parse(&k).unwrap_or(EntityKind::Other))
}

/// Adds per-document entity `local` to `entity`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn join(
    conn: &Connection,
    rules: &[Rule],
    entity: i64,
    local: i64,
    e: &Entity,
    surfaces: &[(String, i64)],
    docid: i64,
    date: Option<&str>,
) -> Result<()> {
    conn.prepare_cached("UPDATE local_entity SET entity = ?1 WHERE id = ?2")?
        .execute([entity, local])?;
    let seen: bool = conn
        .prepare_cached(
            "SELECT 1 FROM local_entity WHERE entity = ?1 AND doc = ?2 AND id <> ?3 LIMIT 1",
        )?
        .exists([entity, docid, local])?;
    let sql = format!(
        "UPDATE entity SET docs = docs + ?2, mentions = mentions + ?3, {k} = {k} + 1 WHERE id = ?1",
        k = kind_column(e.kind)
    );
    conn.prepare_cached(&sql)?
        .execute(params![entity, (!seen) as i64, e.mentions.len() as i64])?;
    for (surface, class) in surfaces {
        let named = (*surface == e.name) as i64;
        add_surface(conn, rules, entity, surface, *class, 1, named, local)?;
    }
    refresh(conn, entity)?;
    if let Some(d) = date {
        widen_dates(conn, entity, d)?;
    }
    Ok(())
}

/// Adds (or strengthens) one surface of an actor, unless a curation rule drops it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn add_surface(
    conn: &Connection,
    rules: &[Rule],
    entity: i64,
    surface: &str,
    class: i64,
    n: i64,
    named: i64,
    local: i64,
) -> Result<()> {
    let key = keys::key(surface);
    if key.is_empty() || curate::drops_surface(conn, rules, entity, &key)? {
        return Ok(());
    }
    conn.prepare_cached(
        "INSERT INTO entity_alias (entity, surface, key, class, n, named, first_local)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (entity, surface) DO UPDATE SET
           n = n + excluded.n, class = max(class, excluded.class), named = named + excluded.named",
    )?
    .execute(params![entity, surface, key, class, n, named, local])?;
    Ok(())
}

/// Sets the actor's name (the one most documents use) and type (the most
/// frequent; places before organizations on a tie, as countries are both).
pub(crate) fn refresh(conn: &Connection, entity: i64) -> Result<()> {
    let name: Option<String> = conn
        .prepare_cached(
            "SELECT surface FROM entity_alias WHERE entity = ?1 AND class >= 0
             ORDER BY named DESC, class DESC, n DESC, length(surface) DESC LIMIT 1",
        )?
        .query_row([entity], |r| r.get(0))
        .optional()?;
    let counts: (i64, i64, i64, i64) = conn
        .prepare_cached(
            "SELECT n_person, n_location, n_organization, n_other FROM entity WHERE id = ?1",
        )?
        .query_row([entity], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
    let order = [
        (counts.0, EntityKind::Person),
        (counts.1, EntityKind::Location),
        (counts.2, EntityKind::Organization),
        (counts.3, EntityKind::Other),
    ];
    let mut kind = order[0];
    for k in &order[1..] {
        if k.0 > kind.0 {
            kind = *k;
        }
    }
    conn.prepare_cached("UPDATE entity SET name = coalesce(?2, name), kind = ?3 WHERE id = ?1")?
        .execute(params![entity, name, kind.1.as_str()])?;
    Ok(())
}

/// Widens the actor's first and last dates to include `value`.
pub(crate) fn widen_dates(conn: &Connection, entity: i64, value: &str) -> Result<()> {
    let Some(r) = dates::range(value) else {
        return Ok(());
    };
    conn.prepare_cached(
        "UPDATE entity SET first = ?2, first_lo = ?3 WHERE id = ?1 AND (first_lo IS NULL OR first_lo > ?3)",
    )?
    .execute(params![entity, value, r.lo])?;
    conn.prepare_cached(
        "UPDATE entity SET last = ?2, last_hi = ?3 WHERE id = ?1 AND (last_hi IS NULL OR last_hi < ?3)",
    )?
    .execute(params![entity, value, r.hi])?;
    Ok(())
}

/// Makes `gone` part of `keep`: every row pointing at `gone` points at
/// `keep`, counters add up, and `gone` is deleted.
pub(crate) fn merge(conn: &Connection, keep: i64, gone: i64) -> Result<()> {
    if keep == gone {
        return Ok(());
    }
    for sql in [
        "UPDATE local_entity SET entity = ?1 WHERE entity = ?2",
        "INSERT INTO entity_alias (entity, surface, key, class, n, named, first_local)
         SELECT ?1, surface, key, class, n, named, first_local FROM entity_alias WHERE entity = ?2
         ON CONFLICT (entity, surface) DO UPDATE SET
           n = n + excluded.n, class = max(class, excluded.class), named = named + excluded.named",
        "DELETE FROM entity_alias WHERE entity = ?2",
        "UPDATE event_actor SET entity = ?1 WHERE entity = ?2",
        "INSERT OR IGNORE INTO story_actor (entity, story, kind, lo, hi)
         SELECT ?1, story, kind, lo, hi FROM story_actor WHERE entity = ?2",
        "DELETE FROM story_actor WHERE entity = ?2",
        "UPDATE quote SET speaker_entity = ?1 WHERE speaker_entity = ?2",
        "UPDATE quote_about SET entity = ?1 WHERE entity = ?2",
        "UPDATE entity SET
           mentions = mentions + (SELECT mentions FROM entity WHERE id = ?2),
           n_person = n_person + (SELECT n_person FROM entity WHERE id = ?2),
           n_organization = n_organization + (SELECT n_organization FROM entity WHERE id = ?2),
           n_location = n_location + (SELECT n_location FROM entity WHERE id = ?2),
           n_other = n_other + (SELECT n_other FROM entity WHERE id = ?2),
           docs = (SELECT count(DISTINCT doc) FROM local_entity WHERE entity = ?1)
         WHERE id = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([keep, gone])?;
    }
    let (first, last): (Option<String>, Option<String>) = conn
        .prepare_cached("SELECT first, last FROM entity WHERE id = ?1")?
        .query_row([gone], |r| Ok((r.get(0)?, r.get(1)?)))?;
    for d in [first, last].into_iter().flatten() {
        widen_dates(conn, keep, &d)?;
    }
    facts::move_subject(conn, gone, keep)?;
    pairs::recount_entity(conn, gone)?;
    pairs::recount_entity(conn, keep)?;
    conn.prepare_cached("DELETE FROM entity WHERE id = ?1")?
        .execute([gone])?;
    refresh(conn, keep)
}

/// Rebuilds an actor from its per-document entities after some left it;
/// deletes it when none is left. Curated aliases are kept.
pub(crate) fn recompute(conn: &Connection, rules: &[Rule], entity: i64) -> Result<()> {
    let left: i64 = conn.query_row(
        "SELECT count(*) FROM local_entity WHERE entity = ?1",
        [entity],
        |r| r.get(0),
    )?;
    if left == 0 {
        for sql in [
            "DELETE FROM entity WHERE id = ?1",
            "DELETE FROM entity_alias WHERE entity = ?1",
            "DELETE FROM story_actor WHERE entity = ?1",
        ] {
            conn.execute(sql, [entity])?;
        }
        pairs::recount_entity(conn, entity)?;
        return facts::drop_subject(conn, entity);
    }
    conn.execute(
        "UPDATE entity SET
           docs = (SELECT count(DISTINCT doc) FROM local_entity WHERE entity = ?1),
           mentions = (SELECT total(mentions) FROM local_entity WHERE entity = ?1),
           n_person = (SELECT count(*) FROM local_entity WHERE entity = ?1 AND kind = 'person'),
           n_organization = (SELECT count(*) FROM local_entity WHERE entity = ?1 AND kind = 'organization'),
           n_location = (SELECT count(*) FROM local_entity WHERE entity = ?1 AND kind = 'location'),
           n_other = (SELECT count(*) FROM local_entity WHERE entity = ?1 AND kind = 'other'),
           first = NULL, first_lo = NULL, last = NULL, last_hi = NULL
         WHERE id = ?1",
        [entity],
    )?;
    conn.execute(
        "DELETE FROM entity_alias WHERE entity = ?1 AND class < ?2",
        params![entity, keys::CURATED],
    )?;
    let rows: Vec<(i64, String, String, String, Option<String>)> = conn
        .prepare(
            "SELECT l.id, l.kind, l.name, l.aliases, d.date FROM local_entity l
             JOIN document d ON d.doc = l.doc WHERE l.entity = ?1",
        )?
        .query_map([entity], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (local, kind, name, aliases, date) in rows {
        let kind = EntityKind::parse(&kind).unwrap_or(EntityKind::Other);
        let aliases: Vec<String> = serde_json::from_str(&aliases)?;
        for (s, class) in keys::surfaces(&name, &aliases, kind) {
            let named = (s == name) as i64;
            add_surface(conn, rules, entity, &s, class, 1, named, local)?;
        }
        if let Some(d) = date {
            widen_dates(conn, entity, &d)?;
        }
    }
    let event_dates: Vec<String> = conn
        .prepare(
            "SELECT e.date FROM event_actor a JOIN event e ON e.id = a.event
             WHERE a.entity = ?1 AND e.date IS NOT NULL",
        )?
        .query_map([entity], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for d in event_dates {
        widen_dates(conn, entity, &d)?;
    }
    refresh(conn, entity)
}
