//! Who did it, to whom, where: names around a trigger, and what pronouns
//! and descriptions ("the group", "the king", "its") refer to.

use dossier_doc::{Document, EntityKind};

use crate::clause::{verb_like, Clauses, RegionKind};
use crate::date::WINDOW;
use crate::index::Index;
use crate::lexicon::class;
use crate::trigger::Trigger;
use crate::view::{Name, View};

/// Who the text was last about, for pronouns and descriptions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Salience {
    /// The person last in subject position (or last named).
    pub person: Option<usize>,
    /// The group, state or other non-person last in subject position.
    pub org: Option<usize>,
    /// The organization the document is most about.
    pub focus: Option<usize>,
    /// The current unit's subject when it is not a person, and where it ends.
    pub unit_subject: Option<(usize, usize)>,
    /// Persons by title word, from [`crate::index::roles`].
    pub roles: rustc_hash::FxHashMap<String, Vec<usize>>,
}

/// Participants of one trigger, as entity indices.
#[derive(Debug, Clone, Default)]
pub(crate) struct Roles {
    /// Agents stated in the clause.
    pub agents: Vec<usize>,
    /// Patients: objects, passive subjects, "of" complements.
    pub targets: Vec<usize>,
    /// Targets named only as possessors ("the Front's ledgers").
    pub possessors: Vec<usize>,
    /// Where it happened, named after the trigger.
    pub location: Option<usize>,
    /// Where it happened, named before the trigger.
    pub location_before: Option<usize>,
}

/// Reads the participants of `tr`.
pub(crate) fn roles(doc: &Document, v: &View, c: &Clauses, tr: &Trigger, sal: &Salience) -> Roles {
    let region = c.region(tr.first);
    let unit = c.unit_of(tr.first);
    let mut r = Roles::default();
    let right = right_names(doc, v, c, tr, unit.1);
    r.location = right.location;
    r.location_before = location_in(doc, v, unit.0, tr.first);
    if tr.verb {
        let mut subject = subject(doc, v, region.start, tr.first, sal);
        // "X, who founded Y in 1987 and retired in 2012": the subject is X.
        let subject_relative = region.kind == RegionKind::Relative
            && matches!(v.w(region.start), "who" | "which" | "that");
        if subject_relative {
            let end = tr.first.min(region.start + 1 + WINDOW);
            let verb_at = (region.start + 1..end)
                .find(|&k| verb_like(v, k))
                .unwrap_or(end);
            let named_first = names_between(v, region.start + 1, verb_at)
                .iter()
                .any(|n| n.last < verb_at);
            if !named_first {
                subject.clear();
            }
        }
        if subject.is_empty() && region.kind == RegionKind::Relative {
            subject.extend(region.antecedent.map(|m| v.names[m].entity));
        }
        if tr.passive {
            r.agents = right.by;
            r.targets = subject;
        } else {
            r.agents = subject;
            r.targets = right.objects;
        }
    } else {
        r.agents = possessor(doc, v, tr, sal);
        r.agents.extend(right.by);
        r.targets = right.objects;
    }
    r.possessors = right.possessors;
    r.targets.retain(|t| !r.agents.contains(t));
    r
}

/// Names right of the trigger, sorted by role.
#[derive(Debug, Default)]
struct Right {
    objects: Vec<usize>,
    possessors: Vec<usize>,
    by: Vec<usize>,
    location: Option<usize>,
}

fn right_names(doc: &Document, v: &View, c: &Clauses, tr: &Trigger, end: usize) -> Right {
    let mut out = Right::default();
    let rt = c.region_of[tr.first];
    let mut in_by = false;
    for k in tr.last + 1..end.min(tr.last + 1 + WINDOW) {
        let t = &v.toks[k];
        let appositive = v.toks.get(k + 1).is_some_and(|n| n.mention.is_some());
        if !c.within(c.region_of[k], rt) || (!tr.verb && t.is_punct(',') && !appositive) {
            break;
        }
        if t.word && t.mention.is_none() {
            if t.lower == "by" {
                in_by = true;
            } else if v.is(k, class::PREP) {
                in_by = false;
            }
        }
        let Some(m) = t.mention else { continue };
        let n = v.names[m];
        if n.first != k || t.aside || t.quoted {
            continue;
        }
        let e = n.entity;
        let place = n.first > 0 && v.is(n.first - 1, class::PLACE);
        if in_by {
            push(&mut out.by, e);
        } else if place && doc.entities[e].kind == EntityKind::Location {
            if out.location.is_none() {
                out.location = Some(e);
            }
        } else if n.possessive {
            push(&mut out.possessors, e);
        } else {
            push(&mut out.objects, e);
        }
    }
    out
}

/// A place named left of the trigger ("In Baydar, …").
fn location_in(doc: &Document, v: &View, from: usize, to: usize) -> Option<usize> {
    let from = from.max(to.saturating_sub(WINDOW));
    names_between(v, from, to)
        .iter()
        .filter(|n| n.first >= from && n.last < to && n.first > 0)
        .find(|n| {
            v.is(n.first - 1, class::PLACE) && doc.entities[n.entity].kind == EntityKind::Location
        })
        .map(|n| n.entity)
}

/// Names starting in `[from, to)`, found by binary search (names are in token order).
fn names_between(v: &View, from: usize, to: usize) -> &[Name] {
    let a = v.names.partition_point(|n| n.first < from);
    let b = v.names.partition_point(|n| n.first < to);
    v.names.get(a..b.max(a)).unwrap_or(&[])
}

fn push(list: &mut Vec<usize>, e: usize) {
    if !list.contains(&e) {
        list.push(e);
    }
}

/// The subject between `from` and `to`: names that are not objects of a
/// preposition (except "by"), non-possessors first; else a pronoun or a
/// description resolved through salience.
pub(crate) fn subject(
    doc: &Document,
    v: &View,
    from: usize,
    to: usize,
    sal: &Salience,
) -> Vec<usize> {
    let from = from.max(to.saturating_sub(WINDOW));
    // Read again for each rule rather than collected: most units name few.
    let cands = || {
        names_between(v, from, to)
            .iter()
            .filter(move |n| n.first >= from && n.last < to)
            .filter(|n| !v.toks[n.first].aside && !v.toks[n.first].quoted)
            .filter(|n| n.first == 0 || !v.is(n.first - 1, class::PREP) || v.w(n.first - 1) == "by")
    };
    // The nearest stretch first: names after the last verb before the trigger
    // ("Relations deepened after its leader, Saleh Bakri, moved").
    if let Some(last_verb) = (from..to).rev().find(|&k| verb_like(v, k)) {
        let opener = (last_verb + 1..to).find(|&k| v.toks[k].word);
        if opener.is_some_and(|k| v.is(k, class::SUB | class::WHEN | class::REL)) {
            let near = subject(doc, v, last_verb + 1, to, sal);
            if !near.is_empty() {
                return near;
            }
        }
    }
    let verb_at = (from..to).find(|&k| verb_like(v, k)).unwrap_or(to);
    let mut out = Vec::new();
    for n in cands().filter(|n| !n.possessive && n.last < verb_at) {
        push(&mut out, n.entity);
    }
    if out.is_empty() {
        if let Some(n) = cands().find(|n| !n.possessive) {
            push(&mut out, n.entity);
        }
    }
    if out.is_empty() {
        if let Some(e) = refer(doc, v, from, to, sal) {
            push(&mut out, e);
        }
    }
    if out.is_empty() {
        for n in cands().filter(|n| n.possessive) {
            push(&mut out, n.entity);
        }
    }
    out
}

/// The first pronoun or description between `from` and `to`, resolved.
pub(crate) fn refer(
    doc: &Document,
    v: &View,
    from: usize,
    to: usize,
    sal: &Salience,
) -> Option<usize> {
    for k in from..to {
        let t = &v.toks[k];
        if !t.word || t.mention.is_some() || t.aside || t.quoted {
            continue;
        }
        if v.is(k, class::HE) {
            return sal.person;
        }
        if v.is(k, class::IT) {
            // "Marvand recalled its ambassador": the clause's subject, else the
            // group or state named last in the sentence.
            if let Some((e, _)) = sal.unit_subject.filter(|&(_, end)| end <= k) {
                return Some(e);
            }
            let recent = names_between(v, k.saturating_sub(WINDOW), k)
                .iter()
                .rev()
                .filter(|n| n.last < k && !v.toks[n.first].aside && !v.toks[n.first].quoted)
                .find(|n| doc.entities[n.entity].kind != EntityKind::Person)
                .map(|n| n.entity);
            return recent.or(sal.org).or(sal.focus);
        }
        if v.w(k) == "the" && v.is(k + 1, class::GROUP) {
            return sal.focus.or(sal.org);
        }
        if v.w(k) == "the" {
            if let Some(e) = by_role(&v.toks[k + 1..to.max(k + 1)], sal) {
                return Some(e);
            }
        }
    }
    None
}

/// "the king", "the colonel": the person last named, when that title is
/// theirs, else the first person seen with it.
fn by_role(rest: &[crate::token::Tok], sal: &Salience) -> Option<usize> {
    let word = rest.first().filter(|t| t.word && t.mention.is_none())?;
    let people = sal.roles.get(word.lower.as_str())?;
    sal.person
        .filter(|p| people.contains(p))
        .or_else(|| people.first().copied())
}

/// The agent named as a noun trigger's possessor: "its first major attack",
/// "the Front's raid", "his death".
fn possessor(doc: &Document, v: &View, tr: &Trigger, sal: &Salience) -> Vec<usize> {
    let mut k = tr.first;
    for _ in 0..3 {
        let Some(p) = k.checked_sub(1) else { break };
        let t = &v.toks[p];
        if let Some(m) = t.mention {
            let n = v.names[m];
            return if n.possessive {
                vec![n.entity]
            } else {
                Vec::new()
            };
        }
        if !t.word || t.time.is_some() {
            break;
        }
        if matches!(t.lower.as_str(), "its" | "his" | "her" | "their") {
            return refer(doc, v, p, p + 1, sal).into_iter().collect();
        }
        if v.is(p, class::DET | class::PREP) {
            break;
        }
        k = p;
    }
    Vec::new()
}

/// The index kind of an entity, for salience.
pub(crate) fn note(doc: &Document, sal: &mut Salience, e: usize) {
    match doc.entities[e].kind {
        EntityKind::Person => sal.person = Some(e),
        _ => sal.org = Some(e),
    }
}

/// A fresh salience for a document.
pub(crate) fn start(doc: &Document, index: &Index) -> Salience {
    Salience {
        focus: index.focus,
        roles: crate::index::roles(doc),
        ..Salience::default()
    }
}
