//! Timelines: stories ordered by date, coarse dates before the precise
//! dates they contain, each with every source reporting it.

use rusqlite::{params, Connection};

use super::{day_bounds, find_entity, TimelineFilter};
use crate::error::{Error, Result};
use crate::model::{SourceSpan, TimelineRow};
use crate::Store;

impl Store {
    /// Dated events across documents, one row per story.
    pub fn timeline(&self, filter: &TimelineFilter) -> Result<Vec<TimelineRow>> {
        let from = day_bounds(filter.from.as_deref(), false);
        let to = day_bounds(filter.to.as_deref(), true);
        let (limit, offset) = (filter.page.sql_limit(), filter.page.sql_offset());
        let ids: Vec<i64> = match &filter.entity {
            Some(name) => {
                let e = find_entity(&self.conn, name)?.ok_or_else(|| Error::no_entity(name))?;
                self.conn
                    .prepare_cached(
                        "SELECT story FROM story_actor
                         WHERE entity = ?1 AND lo IS NOT NULL AND hi >= ?2 AND lo <= ?3
                         ORDER BY lo, hi DESC, story LIMIT ?4 OFFSET ?5",
                    )?
                    .query_map(params![e, from, to, limit, offset], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?
            }
            None => self
                .conn
                .prepare_cached(
                    "SELECT id FROM story WHERE lo IS NOT NULL AND lo <= ?2 AND hi >= ?1
                     ORDER BY lo, hi DESC, id LIMIT ?3 OFFSET ?4",
                )?
                .query_map(params![from, to, limit, offset], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?,
        };
        self.story_rows_beside(&ids, self.nested)
    }

    /// [`story_rows`] of `stories` in up to [`ROW_PARTS`] parts read side by
    /// side (see `beside`): each row reads a few pages all over the store.
    pub(crate) fn story_rows_beside(
        &self,
        stories: &[i64],
        nested: Option<usize>,
    ) -> Result<Vec<TimelineRow>> {
        if stories.len() < 2 * ROW_PARTS {
            return story_rows(&self.conn, stories, nested);
        }
        let size = stories.len().div_ceil(ROW_PARTS);
        std::thread::scope(|s| {
            let parts: Vec<_> = stories
                .chunks(size)
                .map(|part| self.beside(s, move |c| story_rows(c, part, nested)))
                .collect();
            let mut rows = Vec::with_capacity(stories.len());
            for part in parts {
                rows.extend(self.wait(part)?);
            }
            Ok(rows)
        })
    }
}

/// Parts a list of timeline rows is read in, side by side.
const ROW_PARTS: usize = 4;

/// The timeline rows of `stories`, in the given order, with at most
/// `nested` sources each (read in order from `event_story_span`, which
/// holds their offsets, so the events themselves are not read).
pub(crate) fn story_rows(
    conn: &Connection,
    stories: &[i64],
    nested: Option<usize>,
) -> Result<Vec<TimelineRow>> {
    let limit = nested.map_or(-1, |n| n.min(i64::MAX as usize) as i64);
    let mut head =
        conn.prepare_cached("SELECT date, kind, text, sources FROM story WHERE id = ?1")?;
    let mut actors = conn.prepare_cached(
        "SELECT e.name FROM story_actor a JOIN entity e ON e.id = a.entity
         WHERE a.story = ?1 ORDER BY e.docs DESC, e.id",
    )?;
    let mut sources = conn.prepare_cached(
        "SELECT d.source, v.start, v.end FROM event v JOIN document d ON d.doc = v.doc
         WHERE v.story = ?1 ORDER BY v.doc, v.start LIMIT ?2",
    )?;
    let mut out = Vec::with_capacity(stories.len());
    for &s in stories {
        let (date, kind, text, source_count): (Option<String>, String, String, i64) =
            head.query_row([s], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        out.push(TimelineRow {
            date,
            kind,
            text,
            actors: actors
                .query_map([s], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?,
            sources: sources
                .query_map(params![s, limit], |r| {
                    Ok(SourceSpan {
                        document: r.get(0)?,
                        start: r.get(1)?,
                        end: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?,
            source_count,
        });
    }
    Ok(out)
}
