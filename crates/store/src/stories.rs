//! Events grouped into stories: one timeline row per happening, however
//! many documents report it.
//!
//! A new event joins an existing story when the two are the same kind of
//! event with overlapping dates and share an actor or target (found through
//! the `story_actor(entity, kind, lo)` index), or, when one of them names
//! no actor, when they have the same trigger on the same day or month. Otherwise it
//! starts a story of its own. The story keeps the most precise date any
//! source gives within the agreement.

use dossier_doc::Document;
use rusqlite::{params, Connection, OptionalExtension};

use crate::dates::{self, DayRange};
use crate::error::Result;
use crate::ingest::{entity_of, Locals, Offsets};
use crate::{entity_ops, pairs};

/// Stores the document's events, each in its story.
pub(crate) fn write_events(
    conn: &Connection,
    doc: &Document,
    docid: i64,
    locals: &Locals,
    at: &Offsets,
) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO event (doc, start, end, text, date, lo, hi, kind, trigger, location, story)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut actor = conn.prepare_cached(
        "INSERT INTO event_actor (event, local, entity, role) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for ev in &doc.events {
        if doc.in_furniture(ev.span) {
            continue;
        }
        let range = ev.date.as_deref().and_then(dates::range);
        let date = range.and(ev.date.as_deref());
        let mut members: Vec<(i64, i64, &str)> = Vec::new();
        for (ids, role) in [(&ev.actors, "actor"), (&ev.targets, "target")] {
            for l in ids.iter().filter_map(|id| locals.get(id)) {
                if !members.iter().any(|m| m.0 == *l) {
                    members.push((*l, entity_of(conn, *l)?, role));
                }
            }
        }
        let entities: Vec<i64> = members.iter().map(|m| m.1).collect();
        let story = match find(conn, &ev.kind, &ev.trigger, range, &entities)? {
            Some(s) => s,
            None => create(conn, &ev.kind, &ev.trigger, doc.slice(ev.span), date, range)?,
        };
        let (start, end) = at.of(ev.span);
        let location = ev.location.as_ref().and_then(|id| locals.get(id)).copied();
        insert.execute(params![
            docid,
            start,
            end,
            doc.slice(ev.span),
            date,
            range.map(|r| r.lo),
            range.map(|r| r.hi),
            ev.kind,
            ev.trigger,
            location,
            story
        ])?;
        let event = conn.last_insert_rowid();
        for (l, e, role) in &members {
            actor.execute(params![event, l, e, role])?;
        }
        join(conn, story, &ev.kind, date, range, &entities)?;
        if let Some(d) = date {
            for e in &entities {
                entity_ops::widen_dates(conn, *e, d)?;
            }
        }
    }
    Ok(())
}

fn find(
    conn: &Connection,
    kind: &str,
    trigger: &str,
    range: Option<DayRange>,
    entities: &[i64],
) -> Result<Option<i64>> {
    let Some(r) = range else {
        return Ok(None);
    };
    // A story overlapping [lo, hi] starts at most the widest story's width
    // before lo, so the scan along `story_actor_kind` covers that window and
    // not every earlier story of the actor (which grows with the corpus).
    // The widest width comes from `story_width` in one index step.
    let mut by_actor = conn.prepare_cached(
        "SELECT story FROM story_actor
         WHERE entity = ?1 AND kind = ?2 AND lo <= ?4 AND hi >= ?3
           AND lo >= ?3 - (SELECT max(hi - lo) FROM story) LIMIT 1",
    )?;
    for e in entities {
        if let Some(s) = by_actor
            .query_row(params![e, kind, r.lo, r.hi], |row| row.get(0))
            .optional()?
        {
            return Ok(Some(s));
        }
    }
    // Without a shared actor, only a precise date and the same trigger word will do.
    if r.lo / 100 != r.hi / 100 {
        return Ok(None);
    }
    // Two reports naming different actors are different events.
    Ok(conn
        .prepare_cached(
            "SELECT id FROM story WHERE kind = ?1 AND lo = ?2 AND hi = ?3 AND trigger = ?4 COLLATE NOCASE
             AND (?5 = 0 OR NOT EXISTS (SELECT 1 FROM story_actor a WHERE a.story = story.id))
             LIMIT 1",
        )?
        .query_row(params![kind, r.lo, r.hi, trigger, entities.len() as i64], |row| row.get(0))
        .optional()?)
}

fn create(
    conn: &Connection,
    kind: &str,
    trigger: &str,
    text: &str,
    date: Option<&str>,
    range: Option<DayRange>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO story (date, lo, hi, kind, trigger, text, sources) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
    )?
    .execute(params![
        date,
        range.map(|r| r.lo),
        range.map(|r| r.hi),
        kind,
        trigger,
        text
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Counts one more source for `story`, narrows its date when this source is
/// more precise, and indexes it under each of the event's actors.
fn join(
    conn: &Connection,
    story: i64,
    kind: &str,
    date: Option<&str>,
    range: Option<DayRange>,
    entities: &[i64],
) -> Result<()> {
    conn.prepare_cached("UPDATE story SET sources = sources + 1 WHERE id = ?1")?
        .execute([story])?;
    if let (Some(d), Some(r)) = (date, range) {
        let n = conn
            .prepare_cached(
                "UPDATE story SET date = ?2, lo = ?3, hi = ?4
                 WHERE id = ?1 AND lo IS NOT NULL AND (hi - lo) > ?5",
            )?
            .execute(params![story, d, r.lo, r.hi, r.hi - r.lo])?;
        if n > 0 {
            conn.prepare_cached("UPDATE story_actor SET lo = ?2, hi = ?3 WHERE story = ?1")?
                .execute(params![story, r.lo, r.hi])?;
        }
    }
    let (lo, hi): (Option<i64>, Option<i64>) = conn
        .prepare_cached("SELECT lo, hi FROM story WHERE id = ?1")?
        .query_row([story], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let mut add = conn.prepare_cached(
        "INSERT OR IGNORE INTO story_actor (entity, story, kind, lo, hi) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for e in entities {
        if add.execute(params![e, story, kind, lo, hi])? > 0 {
            pairs::joined(conn, *e, story)?;
        }
    }
    Ok(())
}

/// Recounts stories after events left them: drops empty ones and rebuilds
/// their actor index from the events that remain.
pub(crate) fn recompute(conn: &Connection, story: i64) -> Result<()> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM event WHERE story = ?1",
        [story],
        |r| r.get(0),
    )?;
    pairs::forget_story(conn, story)?;
    conn.execute("DELETE FROM story_actor WHERE story = ?1", [story])?;
    if n == 0 {
        conn.execute("DELETE FROM story WHERE id = ?1", [story])?;
        return Ok(());
    }
    conn.execute(
        "UPDATE story SET sources = ?2 WHERE id = ?1",
        params![story, n],
    )?;
    conn.execute(
        "INSERT OR IGNORE INTO story_actor (entity, story, kind, lo, hi)
         SELECT a.entity, s.id, s.kind, s.lo, s.hi FROM event e
         JOIN event_actor a ON a.event = e.id JOIN story s ON s.id = e.story
         WHERE e.story = ?1",
        [story],
    )?;
    pairs::count_story(conn, story)
}
