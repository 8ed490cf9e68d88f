//! Curation: corrections a person makes to resolution, kept as rules.
//!
//! Resolution works from evidence and can be wrong; an investigator who
//! knows better says so once (`merge`, `split`, `alias add`, `alias
//! remove`). Each correction is stored as a [`Rule`] naming actors by the
//! names the person typed, carried out at once, consulted while new
//! documents are resolved (a split pair is never joined again, a removed
//! alias is never re-added), and re-applied in full by
//! [`Store::apply_rules`] after every ingest run.

use rusqlite::{params, Connection, TransactionBehavior};
use serde::Serialize;

use crate::entity_ops;
use crate::error::{Error, Result};
use crate::keys;
use crate::{facts, query, resolve, stories, Store};

/// A curation operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleOp {
    /// `a` and `b` are one actor.
    Merge,
    /// Entities named `b` are not actor `a`.
    Split,
    /// `b` is a name of actor `a`.
    AliasAdd,
    /// `b` is not a name of actor `a`.
    AliasRemove,
}

impl RuleOp {
    fn as_str(self) -> &'static str {
        match self {
            RuleOp::Merge => "merge",
            RuleOp::Split => "split",
            RuleOp::AliasAdd => "alias-add",
            RuleOp::AliasRemove => "alias-remove",
        }
    }

    fn parse(s: &str) -> Option<RuleOp> {
        Some(match s {
            "merge" => RuleOp::Merge,
            "split" => RuleOp::Split,
            "alias-add" => RuleOp::AliasAdd,
            "alias-remove" => RuleOp::AliasRemove,
            _ => return None,
        })
    }

    fn separates(self) -> bool {
        matches!(self, RuleOp::Split | RuleOp::AliasRemove)
    }
}

/// One stored correction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// What to do.
    pub op: RuleOp,
    /// The actor, as the person named it.
    pub a: String,
    /// The other actor or the alias.
    pub b: String,
}

pub(crate) fn load_rules(conn: &Connection) -> Result<Vec<Rule>> {
    let mut st = conn.prepare("SELECT op, a, b FROM curation ORDER BY id")?;
    let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (op, a, b) = row?;
        if let Some(op) = RuleOp::parse(&op) {
            out.push(Rule { op, a, b });
        }
    }
    Ok(out)
}

fn has_key(conn: &Connection, entity: i64, key: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM entity_alias WHERE key = ?1 AND entity = ?2 AND class >= 0")?
        .exists(params![key, entity])?)
}

fn name_key(conn: &Connection, entity: i64) -> Result<String> {
    let name: String = conn
        .prepare_cached("SELECT name FROM entity WHERE id = ?1")?
        .query_row([entity], |r| r.get(0))?;
    Ok(keys::key(&name))
}

/// True when a rule keeps an entity named with `name_key` out of `entity`.
pub(crate) fn forbids(
    conn: &Connection,
    rules: &[Rule],
    entity: i64,
    name_key: &str,
) -> Result<bool> {
    for r in rules.iter().filter(|r| r.op.separates()) {
        let (ka, kb) = (keys::key(&r.a), keys::key(&r.b));
        if name_key == kb && has_key(conn, entity, &ka)? {
            return Ok(true);
        }
        if name_key == ka && name_key_is(conn, entity, &kb)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn name_key_is(conn: &Connection, entity: i64, k: &str) -> Result<bool> {
    Ok(name_key(conn, entity)? == k)
}

/// True when a rule keeps actors `x` and `y` apart.
pub(crate) fn forbids_pair(conn: &Connection, rules: &[Rule], x: i64, y: i64) -> Result<bool> {
    if !rules.iter().any(|r| r.op.separates()) {
        return Ok(false);
    }
    Ok(forbids(conn, rules, x, &name_key(conn, y)?)?
        || forbids(conn, rules, y, &name_key(conn, x)?)?)
}

/// True when a rule says the surface with `key` is not a name of `entity`.
pub(crate) fn drops_surface(
    conn: &Connection,
    rules: &[Rule],
    entity: i64,
    key: &str,
) -> Result<bool> {
    for r in rules.iter().filter(|r| r.op.separates()) {
        let (ka, kb) = (keys::key(&r.a), keys::key(&r.b));
        if key == kb && ka != kb && has_key(conn, entity, &ka)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Carries out every rule again; cheap when nothing changed.
pub(crate) fn apply_rules(conn: &Connection, rules: &[Rule]) -> Result<()> {
    for r in rules {
        apply(conn, rules, r)?;
    }
    Ok(())
}

fn apply(conn: &Connection, rules: &[Rule], r: &Rule) -> Result<usize> {
    let Some(a) = query::find_entity(conn, &r.a)? else {
        return Ok(0);
    };
    match r.op {
        RuleOp::Merge => match query::find_entity(conn, &r.b)? {
            Some(b) if b != a => {
                entity_ops::merge(conn, a, b)?;
                Ok(1)
            }
            _ => Ok(0),
        },
        RuleOp::AliasAdd => {
            entity_ops::add_surface(conn, rules, a, &r.b, keys::CURATED, 0, 0, 0)?;
            let kb = keys::key(&r.b);
            let others: Vec<i64> = conn
                .prepare_cached(
                    "SELECT DISTINCT entity FROM entity_alias WHERE key = ?1 AND entity <> ?2",
                )?
                .query_map(params![kb, a], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut n = 0;
            for o in others {
                if name_key(conn, o)? == kb {
                    entity_ops::merge(conn, a, o)?;
                    n += 1;
                }
            }
            Ok(n)
        }
        RuleOp::Split | RuleOp::AliasRemove => {
            let kb = keys::key(&r.b);
            conn.execute(
                "DELETE FROM entity_alias WHERE entity = ?1 AND key = ?2 AND class < ?3",
                params![a, kb, keys::CURATED],
            )?;
            let moved = split_out(conn, rules, a, &kb, &r.b)?;
            entity_ops::refresh(conn, a)?;
            Ok(moved)
        }
    }
}

/// Moves the per-document entities of `entity` named with key `kb` to a new
/// actor of their own; returns how many moved.
fn split_out(
    conn: &Connection,
    rules: &[Rule],
    entity: i64,
    kb: &str,
    alias: &str,
) -> Result<usize> {
    let moved: Vec<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT id, name, kind FROM local_entity WHERE entity = ?1 AND name_key = ?2",
        )?
        .query_map(params![entity, kb], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let Some((_, name, kind)) = moved.first() else {
        return Ok(0);
    };
    let kind = dossier_doc::EntityKind::parse(kind).unwrap_or(dossier_doc::EntityKind::Other);
    let new = entity_ops::create(conn, name, kind)?;
    let mut touched: Vec<i64> = Vec::new();
    for (l, _, _) in &moved {
        conn.execute(
            "UPDATE local_entity SET entity = ?1 WHERE id = ?2",
            [new, *l],
        )?;
        conn.execute(
            "UPDATE event_actor SET entity = ?1 WHERE local = ?2",
            [new, *l],
        )?;
        conn.execute(
            "UPDATE quote SET speaker_entity = ?1 WHERE speaker_local = ?2",
            [new, *l],
        )?;
        conn.execute(
            "UPDATE quote_about SET entity = ?1 WHERE local = ?2",
            [new, *l],
        )?;
        let stories: Vec<i64> = conn
            .prepare_cached(
                "SELECT DISTINCT e.story FROM event_actor a JOIN event e ON e.id = a.event WHERE a.local = ?1",
            )?
            .query_map([*l], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        touched.extend(stories);
        resolve::link(conn, *l, "split by curation", Some(alias), None)?;
    }
    touched.sort_unstable();
    touched.dedup();
    for s in touched {
        stories::recompute(conn, s)?;
    }
    let locals: Vec<i64> = moved.iter().map(|m| m.0).collect();
    facts::refile(conn, &locals)?;
    entity_ops::recompute(conn, rules, entity)?;
    entity_ops::recompute(conn, rules, new)?;
    Ok(moved.len())
}

impl Store {
    fn add_rule(&mut self, op: RuleOp, a: &str, b: &str) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO curation (op, a, b) VALUES (?1, ?2, ?3)",
            params![op.as_str(), a, b],
        )?;
        let rules = load_rules(&tx)?;
        let rule = Rule {
            op,
            a: a.to_string(),
            b: b.to_string(),
        };
        let n = apply(&tx, &rules, &rule)?;
        tx.commit()?;
        self.rules = rules;
        Ok(n)
    }

    pub(crate) fn require(&self, name: &str) -> Result<i64> {
        query::find_entity(&self.conn, name)?.ok_or_else(|| Error::no_entity(name))
    }

    /// Declares actors `a` and `b` one; returns the surviving actor's id.
    pub fn merge(&mut self, a: &str, b: &str) -> Result<i64> {
        let (x, y) = (self.require(a)?, self.require(b)?);
        if x == y {
            return Err(Error::curation(format!(
                "`{a}` and `{b}` are already one actor"
            )));
        }
        self.add_rule(RuleOp::Merge, a, b)?;
        self.require(a)
    }

    /// Separates the entities named `alias` from actor `entity`; returns how
    /// many per-document entities moved to the new actor.
    pub fn split(&mut self, entity: &str, alias: &str) -> Result<usize> {
        self.require(entity)?;
        if keys::key(entity) == keys::key(alias) {
            return Err(Error::curation(format!(
                "`{alias}` is the actor's own name; split by another alias"
            )));
        }
        self.add_rule(RuleOp::Split, entity, alias)
    }

    /// Adds `alias` as a name of `entity`, merging actors of that name into it.
    pub fn alias_add(&mut self, entity: &str, alias: &str) -> Result<usize> {
        self.require(entity)?;
        self.add_rule(RuleOp::AliasAdd, entity, alias)
    }

    /// Removes `alias` from `entity` and moves entities so named out of it.
    pub fn alias_remove(&mut self, entity: &str, alias: &str) -> Result<usize> {
        self.require(entity)?;
        self.add_rule(RuleOp::AliasRemove, entity, alias)
    }

    /// Applies every curation rule again (after an ingest run).
    pub fn apply_rules(&mut self) -> Result<()> {
        if self.rules.is_empty() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        apply_rules(&tx, &self.rules)?;
        tx.commit()?;
        Ok(())
    }
}
