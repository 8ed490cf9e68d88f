//! Claims filed under facts, and the conflicts they reveal.
//!
//! A *fact* is a subject (an actor) and an attribute: a counted thing
//! (`personnel`, `vehicles`, `casualties` …, from `lexicons/store/counted.txt`)
//! or the date of a once-only event (`date of FOUND`, `date of RELOCATE to
//! Marvand`). Every quantity and dated event that can be tied to an actor is
//! a *claim* on such a fact, with its value as a range: a plain figure
//! allows ±10 % (±25 % when hedged), "more than 600" is `[600, ∞)`, a date
//! covers its years. A fact is in conflict when two of its claims cannot
//! both be true, i.e. when the smallest upper bound lies below the largest
//! lower bound; both bounds are kept on the fact, so adding a claim costs
//! O(1) however many claims the fact has.

use dossier_doc::{Document, EntityKind, Quantity, Span};
use rusqlite::{params, Connection, OptionalExtension};

use crate::dates;
use crate::error::Result;
use crate::ingest::{entity_of, Locals, Offsets};
use crate::keys;

/// Stands for "no upper bound"; SQLite stores it as an ordinary REAL.
const BIG: f64 = 1e300;

/// Event kinds an actor does once (or once per place), whose dates may conflict.
const ONCE: &[&str] = &["FOUND", "RELOCATE", "DESIGNATE"];

/// One claim about to be filed.
pub(crate) struct NewClaim<'a> {
    pub subject_local: i64,
    pub attribute: String,
    pub value: String,
    pub lo: f64,
    pub hi: f64,
    pub text: &'a str,
    pub span: (i64, i64),
    pub asserted_by: Option<String>,
    pub kind: &'static str,
}

/// Files the document's quantities and once-only event dates as claims.
pub(crate) fn file_claims(
    conn: &Connection,
    doc: &Document,
    docid: i64,
    locals: &Locals,
    at: &Offsets,
) -> Result<()> {
    let mentions = mention_index(doc, locals);
    for c in quantity_claims(doc, &mentions, at) {
        add(conn, docid, &c)?;
    }
    for c in denied_dates(conn, doc, locals, at)? {
        add(conn, docid, &c)?;
    }
    for ev in &doc.events {
        let (Some(date), Some(actor)) = (&ev.date, ev.actors.first()) else {
            continue;
        };
        let (Some(r), Some(&local)) = (dates::range(date), locals.get(actor)) else {
            continue;
        };
        if !ONCE.contains(&ev.kind.as_str()) || doc.in_furniture(ev.span) {
            continue;
        }
        let subject = entity_of(conn, local)?;
        let place = match ev.location.as_ref().and_then(|l| locals.get(l)) {
            Some(&l) => Some(name_of(conn, entity_of(conn, l)?)?),
            None => None,
        };
        let attribute = event_attribute(conn, subject, &ev.kind, place.as_deref())?;
        let claim = NewClaim {
            subject_local: local,
            attribute,
            value: date.clone(),
            lo: r.first_year() as f64,
            hi: r.last_year() as f64,
            text: doc.slice(ev.span),
            span: at.of(ev.span),
            asserted_by: speaker_over(doc, ev.span),
            kind: "claim",
        };
        add(conn, docid, &claim)?;
    }
    Ok(())
}

/// Words between two dates that deny the second: "in August 1977, not 1976".
const DENIALS: &[&str] = &[
    "not",
    "and not",
    "not in",
    "rather than",
    "instead of",
    "but not",
];

/// Dates a text gives and denies in one breath ("took place in August 1977,
/// not 1976"): both are claims on the date of the event around them, so the
/// dispute the text reports is a conflict even when only one document has it.
fn denied_dates<'d>(
    conn: &Connection,
    doc: &'d Document,
    locals: &Locals,
    at: &Offsets,
) -> Result<Vec<NewClaim<'d>>> {
    let mut out = Vec::new();
    for pair in doc.times.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let gap = doc.text.get(a.span.end..b.span.start).unwrap_or("");
        let gap = gap
            .trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace())
            .to_lowercase();
        if !DENIALS.contains(&gap.as_str()) {
            continue;
        }
        let (Some(va), Some(vb)) = (&a.value, &b.value) else {
            continue;
        };
        let (Some(ra), Some(rb)) = (dates::range(va), dates::range(vb)) else {
            continue;
        };
        let Some(ev) = doc.events.iter().find(|e| e.span.overlaps(a.span)) else {
            continue;
        };
        let Some(&local) = ev.actors.first().and_then(|x| locals.get(x)) else {
            continue;
        };
        let attribute = event_attribute(conn, entity_of(conn, local)?, &ev.kind, None)?;
        for (value, r, span, by) in [
            (va, ra, a.span, speaker_over(doc, ev.span)),
            (vb, rb, b.span, None),
        ] {
            out.push(NewClaim {
                subject_local: local,
                attribute: attribute.clone(),
                value: value.clone(),
                lo: r.first_year() as f64,
                hi: r.last_year() as f64,
                text: doc.slice(Span::new(a.span.start, b.span.end)),
                span: at.of(span),
                asserted_by: by,
                kind: "claim",
            });
        }
    }
    Ok(out)
}

/// `date of KIND to PLACE`; an event with no place joins the one fact of
/// its kind the actor already has, if exactly one.
fn event_attribute(
    conn: &Connection,
    subject: i64,
    kind: &str,
    place: Option<&str>,
) -> Result<String> {
    let bare = format!("date of {kind}");
    if let Some(p) = place {
        return Ok(format!("{bare} to {p}"));
    }
    let known: Vec<String> = conn
        .prepare_cached(
            "SELECT attribute FROM fact WHERE subject = ?1 AND attribute LIKE ?2 LIMIT 2",
        )?
        .query_map(params![subject, format!("{bare}%")], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(match known.as_slice() {
        [only] => only.clone(),
        _ => bare,
    })
}

fn name_of(conn: &Connection, entity: i64) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT name FROM entity WHERE id = ?1")?
        .query_row([entity], |r| r.get(0))?)
}

/// Every mention of an organization or person: (start, end, local, kind).
type Mentions = Vec<(usize, usize, i64, EntityKind)>;

fn mention_index(doc: &Document, locals: &Locals) -> Mentions {
    let mut out: Mentions = Vec::new();
    for e in &doc.entities {
        let Some(&l) = locals.get(&e.id) else {
            continue;
        };
        out.extend(
            e.mentions
                .iter()
                .map(|m| (m.span.start, m.span.end, l, e.kind)),
        );
    }
    out.sort_unstable_by_key(|m| (m.0, m.1));
    out
}

/// The speaker of a quotation overlapping `span`, if any.
fn speaker_over(doc: &Document, span: Span) -> Option<String> {
    doc.quotes
        .iter()
        .find(|q| q.span.overlaps(span) && q.speaker.is_some())
        .and_then(|q| q.speaker.clone())
}

/// A filed quantity that later ones may continue: a figure with no counted
/// noun ("a figure others put at fewer than 400") continues the last one, a
/// figure whose sentence names no actor continues the last of its attribute.
struct Thread {
    sentence: usize,
    attribute: String,
    subject: i64,
}

fn quantity_claims<'d>(doc: &'d Document, mentions: &Mentions, at: &Offsets) -> Vec<NewClaim<'d>> {
    let mut out = Vec::new();
    let mut recent: Vec<Thread> = Vec::new();
    for q in &doc.quantities {
        if doc.in_furniture(q.span) {
            continue;
        }
        let Some(sentence) = doc.sentence_at(q.span.start) else {
            continue;
        };
        let near = |t: &&Thread, d: usize| sentence.saturating_sub(t.sentence) <= d;
        let (attribute, subject) = match q.unit.as_deref().map(str::trim).filter(|u| !u.is_empty())
        {
            Some(unit) => {
                let Some(attribute) = keys::attribute(unit) else {
                    continue;
                };
                let attribute = if killed_near(doc, q.span) {
                    "casualties".to_string()
                } else {
                    attribute
                };
                (attribute, None)
            }
            None if killed_near(doc, q.span) => ("casualties".to_string(), None),
            None => match recent.last().filter(|t| near(t, 2)) {
                Some(t) => (t.attribute.clone(), Some(t.subject)),
                None => continue,
            },
        };
        let same = |d: usize| {
            recent
                .iter()
                .rev()
                .filter(|t| near(t, d))
                .find(|t| t.attribute == attribute)
                .map(|t| t.subject)
        };
        // A second claim on the same figure in one sentence ("Dravia puts
        // the figure at …") is about what the first one was about.
        let subject = subject
            .or_else(|| q.claimant.as_ref().and_then(|_| same(0)))
            .or_else(|| subject_of(doc, q, sentence, mentions))
            .or_else(|| same(3));
        let Some(subject) = subject else { continue };
        let Some((value, lo, hi)) = bounds(q) else {
            continue;
        };
        recent.push(Thread {
            sentence,
            attribute: attribute.clone(),
            subject,
        });
        out.push(NewClaim {
            subject_local: subject,
            attribute,
            value,
            lo,
            hi,
            text: doc.slice(q.span),
            span: at.of(q.span),
            asserted_by: q.claimant.clone().or_else(|| speaker_over(doc, q.span)),
            kind: claim_kind(doc, q, sentence),
        });
    }
    out
}

/// True when a word of killing stands within three words of the figure
/// ("killed 214 villagers", "fewer than 50 combatants died"): whatever noun
/// it counts, the figure is a death toll.
fn killed_near(doc: &Document, span: Span) -> bool {
    let before: Vec<&str> = doc
        .text
        .get(span.start.saturating_sub(40)..span.start)
        .or_else(|| doc.text.get(..span.start))
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(3)
        .collect();
    let after: Vec<&str> = doc
        .text
        .get(span.end..)
        .unwrap_or("")
        .split_whitespace()
        .take(3)
        .collect();
    before.iter().chain(after.iter()).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        keys::is_killing(&w)
    })
}

/// What a figure counts: the actor named right after it ("3,000 men *of the
/// Front*"), else the nearest organization or person in its sentence that
/// is not the one asserting it, else the claimant, else the nearest place.
fn subject_of(doc: &Document, q: &Quantity, sentence: usize, mentions: &Mentions) -> Option<i64> {
    let s = doc.sentences.get(sentence)?.span;
    let first = mentions.partition_point(|m| m.0 < s.start);
    let all: Vec<&(usize, usize, i64, EntityKind)> = mentions[first..]
        .iter()
        .take_while(|m| m.1 <= s.end)
        .collect();
    let inside: Vec<&(usize, usize, i64, EntityKind)> = all
        .iter()
        .copied()
        .filter(|m| matches!(m.3, EntityKind::Organization | EntityKind::Person))
        .collect();
    for m in inside.iter().filter(|m| m.0 >= q.span.end) {
        let gap = doc
            .text
            .get(q.span.end..m.0)
            .unwrap_or("")
            .trim()
            .to_lowercase();
        let gap = gap.trim_start_matches(|c: char| !c.is_alphanumeric());
        let words: Vec<&str> = gap.split_whitespace().collect();
        if words.len() <= 4 && matches!(words.as_slice(), [.., "of"] | [.., "of", "the"]) {
            return Some(m.2);
        }
    }
    let claimant = q.claimant.as_deref().map(str::to_lowercase);
    let asserts = |m: &(usize, usize, i64, EntityKind)| {
        let text = doc.text.get(m.0..m.1).unwrap_or("").to_lowercase();
        claimant
            .as_deref()
            .is_some_and(|c| c.contains(&text) || text.contains(c))
    };
    let pick = |pool: Vec<&&(usize, usize, i64, EntityKind)>| {
        pool.iter()
            .filter(|m| m.1 <= q.span.start)
            .max_by_key(|m| m.0)
            .or_else(|| {
                pool.iter()
                    .filter(|m| m.0 >= q.span.end)
                    .min_by_key(|m| m.0)
            })
            .map(|m| m.2)
    };
    let others: Vec<_> = inside.iter().filter(|m| !asserts(m)).collect();
    // A place is the subject only when no actor is named at all
    // ("about 12,000 people march in Port Amsel").
    let places: Vec<_> = all
        .iter()
        .filter(|m| m.3 == EntityKind::Location && !asserts(m))
        .collect();
    pick(others)
        .or_else(|| pick(inside.iter().collect()))
        .or_else(|| pick(places))
}

fn fmt(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The value as written in a claim and the range it allows.
fn bounds(q: &Quantity) -> Option<(String, f64, f64)> {
    let tol = if q.approximate || q.hedge.is_some() {
        0.25
    } else {
        0.1
    };
    let finite = |v: Option<f64>| v.filter(|v| v.is_finite() && *v >= 0.0);
    match (finite(q.value), finite(q.low), finite(q.high)) {
        (_, Some(l), Some(h)) if l <= h => Some((
            format!("{}-{}", fmt(l), fmt(h)),
            l * (1.0 - tol),
            h * (1.0 + tol),
        )),
        (_, Some(l), None) => Some((format!(">{}", fmt(l)), l, BIG)),
        (_, None, Some(h)) => Some((format!("<{}", fmt(h)), 0.0, h)),
        (Some(v), _, _) => Some((fmt(v), v * (1.0 - tol), v * (1.0 + tol))),
        _ => None,
    }
}

/// `estimate` for a range or after an estimating verb, `hedge` for a
/// single figure under about/around/some …, `claim` otherwise (a bound such
/// as "at least 3,000" is a claim about the figure).
fn claim_kind(doc: &Document, q: &Quantity, sentence: usize) -> &'static str {
    let range = q.low.is_some() && q.high.is_some();
    let bound = q.low.is_some() != q.high.is_some();
    if !range && !bound && (q.approximate || q.hedge.is_some()) {
        return "hedge";
    }
    let before = doc
        .sentences
        .get(sentence)
        .and_then(|s| doc.text.get(s.span.start..q.span.start))
        .unwrap_or("")
        .to_lowercase();
    if range || before.contains("estimat") {
        "estimate"
    } else {
        "claim"
    }
}

/// Files one claim under its fact, creating the fact if needed.
pub(crate) fn add(conn: &Connection, docid: i64, c: &NewClaim) -> Result<()> {
    let subject = entity_of(conn, c.subject_local)?;
    let fact = fact_for(conn, subject, &c.attribute)?;
    conn.prepare_cached(
        "INSERT INTO claim (fact, doc, subject_local, value, lo, hi, text, start, end, asserted_by, kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        fact,
        docid,
        c.subject_local,
        c.value,
        c.lo,
        c.hi,
        c.text,
        c.span.0,
        c.span.1,
        c.asserted_by,
        c.kind
    ])?;
    // The first claim of each value, for listing a much-disputed fact.
    conn.prepare_cached(
        "INSERT INTO fact_value (fact, value, doc, start) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (fact, value) DO UPDATE SET doc = excluded.doc, start = excluded.start
         WHERE (excluded.doc, excluded.start) < (doc, start)",
    )?
    .execute(params![fact, c.value, docid, c.span.0])?;
    conn.prepare_cached(
        "UPDATE fact SET claims = claims + 1, min_hi = min(min_hi, ?2), max_lo = max(max_lo, ?3),
           conflicting = (min(min_hi, ?2) < max(max_lo, ?3)) WHERE id = ?1",
    )?
    .execute(params![fact, c.hi, c.lo])?;
    Ok(())
}

fn fact_for(conn: &Connection, subject: i64, attribute: &str) -> Result<i64> {
    let found: Option<i64> = conn
        .prepare_cached("SELECT id FROM fact WHERE subject = ?1 AND attribute = ?2")?
        .query_row(params![subject, attribute], |r| r.get(0))
        .optional()?;
    if let Some(f) = found {
        return Ok(f);
    }
    conn.prepare_cached(
        "INSERT INTO fact (subject, attribute, claims, min_hi, max_lo, conflicting) VALUES (?1, ?2, 0, ?3, ?4, 0)",
    )?
    .execute(params![subject, attribute, BIG, -BIG])?;
    Ok(conn.last_insert_rowid())
}

/// Recounts a fact from its claims; deletes it when none is left.
pub(crate) fn recompute(conn: &Connection, fact: i64) -> Result<()> {
    let n: i64 = conn.query_row("SELECT count(*) FROM claim WHERE fact = ?1", [fact], |r| {
        r.get(0)
    })?;
    conn.execute("DELETE FROM fact_value WHERE fact = ?1", [fact])?;
    if n == 0 {
        conn.execute("DELETE FROM fact WHERE id = ?1", [fact])?;
        return Ok(());
    }
    conn.execute(
        "INSERT OR IGNORE INTO fact_value (fact, value, doc, start)
         SELECT fact, value, doc, start FROM claim WHERE fact = ?1 ORDER BY doc, start",
        [fact],
    )?;
    conn.execute(
        "UPDATE fact SET claims = ?2,
           min_hi = (SELECT min(hi) FROM claim WHERE fact = ?1),
           max_lo = (SELECT max(lo) FROM claim WHERE fact = ?1)
         WHERE id = ?1",
        params![fact, n],
    )?;
    conn.execute(
        "UPDATE fact SET conflicting = (min_hi < max_lo) WHERE id = ?1",
        [fact],
    )?;
    Ok(())
}

/// After actor `gone` merged into `keep`: its facts become `keep`'s, joining
/// facts `keep` already has on the same attribute.
pub(crate) fn move_subject(conn: &Connection, gone: i64, keep: i64) -> Result<()> {
    let facts: Vec<(i64, String)> = conn
        .prepare_cached("SELECT id, attribute FROM fact WHERE subject = ?1")?
        .query_map([gone], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (f, attribute) in facts {
        let target: Option<i64> = conn
            .query_row(
                "SELECT id FROM fact WHERE subject = ?1 AND attribute = ?2",
                params![keep, attribute],
                |r| r.get(0),
            )
            .optional()?;
        match target {
            Some(t) => {
                conn.execute("UPDATE claim SET fact = ?1 WHERE fact = ?2", [t, f])?;
                conn.execute("DELETE FROM fact_value WHERE fact = ?1", [f])?;
                conn.execute("DELETE FROM fact WHERE id = ?1", [f])?;
                recompute(conn, t)?;
            }
            None => {
                conn.execute("UPDATE fact SET subject = ?1 WHERE id = ?2", [keep, f])?;
            }
        }
    }
    Ok(())
}

/// Re-files the claims whose subject is one of `locals` (which just moved
/// to another actor) under that actor's facts.
pub(crate) fn refile(conn: &Connection, locals: &[i64]) -> Result<()> {
    for &l in locals {
        let claims: Vec<(i64, i64, String)> = conn
            .prepare_cached(
                "SELECT c.id, c.fact, f.attribute FROM claim c JOIN fact f ON f.id = c.fact
                 WHERE c.subject_local = ?1",
            )?
            .query_map([l], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let subject = entity_of(conn, l)?;
        for (claim, old, attribute) in claims {
            let new = fact_for(conn, subject, &attribute)?;
            if new != old {
                conn.execute("UPDATE claim SET fact = ?1 WHERE id = ?2", [new, claim])?;
                recompute(conn, old)?;
                recompute(conn, new)?;
            }
        }
    }
    Ok(())
}

/// Deletes the facts of an actor that no longer exists.
pub(crate) fn drop_subject(conn: &Connection, entity: i64) -> Result<()> {
    for sql in [
        "DELETE FROM claim WHERE fact IN (SELECT id FROM fact WHERE subject = ?1)",
        "DELETE FROM fact_value WHERE fact IN (SELECT id FROM fact WHERE subject = ?1)",
    ] {
        conn.execute(sql, [entity])?;
    }
    conn.execute("DELETE FROM fact WHERE subject = ?1", [entity])?;
    Ok(())
}
