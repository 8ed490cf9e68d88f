//! Cross-document resolution: which actor a per-document entity belongs to.
//!
//! Each surface form of the new entity (its name, its aliases, the hidden
//! surname or initials) is looked up by normalization key in
//! `entity_alias`, an index over the distinct surfaces of every actor, so the
//! cost is a few index probes per entity whatever the size of the store.
//! A match is *strong* (the same distinctive name or alias, an acronym some
//! document defined, a curated alias) or *weak* (a surname or a one-word
//! alias): strong matches join at once, and several strong matches mean the
//! new entity bridges actors that are one; weak matches join only when
//! exactly one actor fits, so two people sharing a surname stay apart.

use dossier_doc::{Entity, EntityKind};
use rusqlite::{params, Connection};

use crate::curate::{self, Rule};
use crate::entity_ops;
use crate::error::Result;
use crate::keys::{self, Strength, INITIALS, SHORT, SURNAME};

/// A known actor that one surface of the new entity matches.
struct Candidate {
    entity: i64,
    docs: i64,
    kind: EntityKind,
    strength: Strength,
    rule: &'static str,
    alias: String,
    other: i64,
}

/// Finds or creates the actor of per-document entity `local` (row of
/// `local_entity`, extracted as `e` from document `docid`) and joins it.
pub(crate) fn resolve(
    conn: &Connection,
    rules: &[Rule],
    local: i64,
    e: &Entity,
    docid: i64,
    date: Option<&str>,
) -> Result<i64> {
    let surfaces = keys::surfaces(&e.name, &e.aliases, e.kind);
    let name_key = keys::key(&e.name);
    let mut cands = candidates(conn, rules, e, &surfaces, &name_key)?;
    // The best evidence for each actor comes first: it is the one recorded.
    cands.sort_by_key(|c| (c.strength, rule_rank(c.rule)));
    let mut strong: Vec<&Candidate> = Vec::new();
    for c in cands.iter().filter(|c| c.strength == Strength::Strong) {
        if !strong.iter().any(|s| s.entity == c.entity) {
            strong.push(c);
        }
    }
    let join = |target: &Candidate| -> Result<i64> {
        entity_ops::join(conn, rules, target.entity, local, e, &surfaces, docid, date)?;
        link(
            conn,
            local,
            target.rule,
            Some(&target.alias),
            Some(target.other),
        )?;
        Ok(target.entity)
    };
    if let Some(best) = strong.iter().max_by_key(|c| (c.docs, -c.entity)) {
        let target = join(best)?;
        for other in strong.iter().filter(|c| c.entity != target) {
            let kind = entity_ops::kind_of(conn, target)?;
            let exists = entity_ops::kind_of(conn, other.entity).is_ok();
            if exists
                && keys::kinds_agree(kind, other.kind, Strength::Strong)
                && !curate::forbids_pair(conn, rules, target, other.entity)?
            {
                entity_ops::merge(conn, target, other.entity)?;
                link(
                    conn,
                    local,
                    "bridges",
                    Some(&other.alias),
                    Some(other.other),
                )?;
            }
        }
        return Ok(target);
    }
    let mut weak: Vec<&Candidate> = Vec::new();
    for c in &cands {
        if !weak.iter().any(|w| w.entity == c.entity) {
            weak.push(c);
        }
    }
    if let [only] = weak.as_slice() {
        return join(only);
    }
    let entity = entity_ops::create(conn, &e.name, e.kind)?;
    entity_ops::join(conn, rules, entity, local, e, &surfaces, docid, date)?;
    let rule = if weak.is_empty() {
        "first seen"
    } else {
        "ambiguous short name, kept apart"
    };
    link(conn, local, rule, None, None)?;
    Ok(entity)
}

fn candidates(
    conn: &Connection,
    rules: &[Rule],
    e: &Entity,
    surfaces: &[(String, i64)],
    name_key: &str,
) -> Result<Vec<Candidate>> {
    let mut st = conn.prepare_cached(
        "SELECT a.entity, a.surface, a.class, a.first_local, e.kind, e.name, e.docs
         FROM entity_alias a JOIN entity e ON e.id = a.entity
         WHERE a.key = ?1 LIMIT 256",
    )?;
    let mut out = Vec::new();
    for (surface, class) in surfaces {
        let k = keys::key(surface);
        let is_name = k == name_key && *class >= SHORT;
        let rows = st.query_map([&k], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
            ))
        })?;
        for row in rows {
            let (entity, esurface, eclass, other, ekind, ename, docs) = row?;
            let Some(mut strength) = keys::strength(*class, eclass) else {
                continue;
            };
            // The same one-word name on both sides ("Tabrizi" and an actor
            // known only as "Tabrizi") is the same unresolved name.
            if is_name && eclass >= SHORT && keys::key(&ename) == k {
                strength = Strength::Strong;
            }
            // A surname or one-word alias proves something only when it is
            // all one side is known by: "Tabrizi" may join Darius Tabrizi,
            // but Reza Tabrizi never joins Darius through their surname.
            if strength == Strength::Weak && !is_name && keys::key(&ename) != k {
                continue;
            }
            let kind = EntityKind::parse(&ekind).unwrap_or(EntityKind::Other);
            if !keys::kinds_agree(e.kind, kind, strength)
                || curate::forbids(conn, rules, entity, name_key)?
            {
                continue;
            }
            out.push(Candidate {
                entity,
                docs,
                kind,
                strength,
                rule: rule_name(surface, *class, &esurface, eclass, strength),
                alias: esurface,
                other,
            });
        }
    }
    Ok(out)
}

fn rule_name(a: &str, ca: i64, b: &str, cb: i64, strength: Strength) -> &'static str {
    if ca == keys::CURATED || cb == keys::CURATED {
        "curated alias"
    } else if ca == INITIALS || cb == INITIALS {
        "acronym of the name"
    } else if ca == SURNAME || cb == SURNAME {
        "surname, one candidate"
    } else if strength == Strength::Weak {
        "short name, one candidate"
    } else if a == b {
        "same name"
    } else if a.to_lowercase() == b.to_lowercase() {
        "same name, other case"
    } else {
        "transliteration key"
    }
}

fn rule_rank(rule: &str) -> u8 {
    match rule {
        "curated alias" => 0,
        "same name" => 1,
        "same name, other case" => 2,
        "acronym of the name" => 3,
        "transliteration key" => 4,
        _ => 5,
    }
}

/// Records why `local` joined its actor.
pub(crate) fn link(
    conn: &Connection,
    local: i64,
    rule: &str,
    alias: Option<&str>,
    other: Option<i64>,
) -> Result<()> {
    let mut st = conn
        .prepare_cached("INSERT INTO link (local, rule, alias, other) VALUES (?1, ?2, ?3, ?4)")?;
    st.execute(params![local, rule, alias, other])?;
    Ok(())
}
