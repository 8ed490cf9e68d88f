//! Actors that share events, counted on write.
//!
//! An actor's dossier lists the actors it shares most stories with. Counting
//! them at query time joins every story of the actor to every other actor
//! of that story, a cost that grows with the actor; instead `actor_pair`
//! holds, for each ordered pair of actors, how many stories name both, and
//! `actor_pair_n(entity, n DESC, other)` serves the list in the order shown.
//! The pair is stored both ways, so one index range answers for either
//! actor. Ingest adds one to the pairs of an actor joining a story; curation
//! and `--replace` recount what they touch.

use rusqlite::Connection;

use crate::error::Result;

/// `entity` has just joined `story`: one more shared story with each actor
/// already there, both ways.
pub(crate) fn joined(conn: &Connection, entity: i64, story: i64) -> Result<()> {
    for sql in [
        "INSERT INTO actor_pair (entity, other, n)
         SELECT ?1, entity, 1 FROM story_actor WHERE story = ?2 AND entity <> ?1
         ON CONFLICT (entity, other) DO UPDATE SET n = n + 1",
        "INSERT INTO actor_pair (entity, other, n)
         SELECT entity, ?1, 1 FROM story_actor WHERE story = ?2 AND entity <> ?1
         ON CONFLICT (entity, other) DO UPDATE SET n = n + 1",
    ] {
        conn.prepare_cached(sql)?.execute([entity, story])?;
    }
    Ok(())
}

/// Takes the pairs of `story`'s actors out of the counts (before its actors
/// change); [`count_story`] puts them back.
pub(crate) fn forget_story(conn: &Connection, story: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE actor_pair SET n = n - 1 WHERE (entity, other) IN
           (SELECT a.entity, b.entity FROM story_actor a
            JOIN story_actor b ON b.story = a.story AND b.entity <> a.entity
            WHERE a.story = ?1)",
    )?
    .execute([story])?;
    conn.prepare_cached(
        "DELETE FROM actor_pair WHERE n <= 0
           AND entity IN (SELECT entity FROM story_actor WHERE story = ?1)",
    )?
    .execute([story])?;
    Ok(())
}

/// Counts the pairs of `story`'s actors (after its actors changed).
pub(crate) fn count_story(conn: &Connection, story: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO actor_pair (entity, other, n)
         SELECT a.entity, b.entity, 1 FROM story_actor a
         JOIN story_actor b ON b.story = a.story AND b.entity <> a.entity
         WHERE a.story = ?1
         ON CONFLICT (entity, other) DO UPDATE SET n = n + 1",
    )?
    .execute([story])?;
    Ok(())
}

/// Recounts every pair of `entity` from its stories (after a merge, or
/// after it lost its stories), both ways.
pub(crate) fn recount_entity(conn: &Connection, entity: i64) -> Result<()> {
    for sql in [
        "DELETE FROM actor_pair WHERE (entity, other) IN
           (SELECT other, entity FROM actor_pair WHERE entity = ?1)",
        "DELETE FROM actor_pair WHERE entity = ?1",
        "INSERT INTO actor_pair (entity, other, n)
         SELECT ?1, b.entity, count(*) FROM story_actor a
         JOIN story_actor b ON b.story = a.story AND b.entity <> a.entity
         WHERE a.entity = ?1 GROUP BY b.entity",
        "INSERT INTO actor_pair (entity, other, n)
         SELECT other, entity, n FROM actor_pair WHERE entity = ?1",
    ] {
        conn.prepare_cached(sql)?.execute([entity])?;
    }
    Ok(())
}
