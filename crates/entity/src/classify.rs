//! Typing a candidate: votes from lexicons, name shape and context.
//!
//! Each candidate casts weighted votes for person, organization, location
//! and other; an entity sums the votes of all its mentions, so one strong
//! signal (a gazetteer hit, a head word, a title) settles a name that is
//! elsewhere written bare. Strong votes come from the name itself; weak ones
//! from the words around it ("in X", "X said").

use crate::lexicon::HashSet;

use dossier_doc::EntityKind;

use crate::candidates::Candidate;
use crate::context::DocContext;
use crate::lexicon::{self, fold, Lexicons};

/// Votes per kind, in the order person, organization, location, other.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Votes(pub [i32; 4]);

const KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Location,
    EntityKind::Other,
];

impl Votes {
    fn add(&mut self, kind: EntityKind, w: i32) {
        if let Some(i) = KINDS.iter().position(|&k| k == kind) {
            self.0[i] += w;
        }
    }

    /// Sums two vote sets.
    pub fn merge(&mut self, o: Votes) {
        for i in 0..4 {
            self.0[i] += o.0[i];
        }
    }

    /// The winning kind, with the winning total; person on a tie at zero.
    pub fn kind(&self) -> (EntityKind, i32) {
        let mut best = 0;
        for i in 1..4 {
            if self.0[i] > self.0[best] {
                best = i;
            }
        }
        (KINDS[best], self.0[best])
    }

    /// The strongest single signal in these votes.
    pub fn strength(&self) -> i32 {
        self.0.iter().copied().max().unwrap_or(0)
    }
}

/// Strong votes: the name is known, or its words say what it is.
const STRONG: i32 = 10;

/// Capitalized words that stand as modifiers inside the names of
/// organizations and things (`Kesh` in `Kesh Accord`, `Baydar University`,
/// `University of Kesh`): most often place names.
pub(crate) fn modifiers(cands: &[Candidate], ctx: &DocContext) -> HashSet<String> {
    let lex = lexicon::get();
    let mut out = HashSet::default();
    // Surnames of people named in full are not places.
    let surnames: HashSet<String> = cands
        .iter()
        .filter(|c| c.words.len() > 1 && ctx.given(&c.words[0]))
        .filter_map(|c| c.words.last().map(|w| fold(w).to_string()))
        .collect();
    for c in cands {
        if c.words.len() < 2 || c.words.len() > 4 || ctx.given(&c.words[0]) {
            continue;
        }
        if !matches!(
            head_kind(lex, &c.words),
            Some(EntityKind::Organization | EntityKind::Other)
        ) {
            continue;
        }
        // The word right before a final head, or right after "of".
        let n = c.words.len();
        let is_head = |w: &str| {
            let f = fold(w);
            lex.org_heads.contains(&f) || lex.other_after.contains(&f)
        };
        let mut picks = Vec::new();
        if n == 2 && is_head(&c.words[1]) {
            picks.push(&c.words[0]);
        }
        if n >= 3 && c.words[n - 2] == "of" {
            picks.push(&c.words[n - 1]);
        }
        for w in picks {
            if w.starts_with(char::is_uppercase)
                && !is_acronym_shape(w)
                && !is_head(w)
                && !surnames.contains(&*fold(w))
            {
                out.insert(fold(w).to_string());
            }
        }
    }
    out
}

/// The votes of one candidate.
pub(crate) fn votes(c: &Candidate, ctx: &DocContext, modifiers: &HashSet<String>) -> Votes {
    let lex = lexicon::get();
    let mut v = Votes::default();
    let f = c.folded.as_str();
    if lex.is_place(f) {
        v.add(EntityKind::Location, STRONG + 2);
    }
    if lex.organizations.contains(f) {
        v.add(EntityKind::Organization, STRONG + 2);
    }
    if let Some(kind) = head_kind(lex, &c.words) {
        v.add(kind, STRONG);
    }
    if c.role.is_some() || c.label && c.block == dossier_doc::BlockKind::Turn {
        v.add(EntityKind::Person, 8);
    }
    let first = c.words.first().map_or("", String::as_str);
    if ctx.given(first) && !lex.is_place(&fold(first)) {
        v.add(EntityKind::Person, if c.words.len() > 1 { 8 } else { 3 });
    }
    if c.shared_surname.is_some() {
        v.add(EntityKind::Person, STRONG);
    }
    if c.words.len() > 1 && has_name_particle(&c.words) {
        v.add(EntityKind::Person, 4);
    }
    if initials(&c.words) {
        v.add(EntityKind::Person, 6);
    }
    if c.quoted_title {
        v.add(EntityKind::Other, STRONG);
    }
    if c.agency {
        v.add(EntityKind::Organization, STRONG);
    }
    if c.dateline {
        v.add(EntityKind::Location, 6);
    }
    if c.words.len() == 1 && modifiers.contains(f) && !ctx.given(&c.name) {
        v.add(EntityKind::Location, 3);
    }
    if c.words.len() == 1 && c.prev() == "the" {
        if lex.org_heads.contains(f) {
            v.add(EntityKind::Organization, 6);
        } else if lex.other_after.contains(f) {
            v.add(EntityKind::Other, 6);
        }
    }
    if let Some(kind) = descriptor(c) {
        v.add(kind, 8);
    }
    context_votes(c, ctx, lex, f, &mut v);
    v
}

/// The kind a common noun just before the name gives it ("the newspaper
/// Al-Nidaa", "the station, Sawt al-Jabha", "the village of Kafr Sabt").
fn descriptor(c: &Candidate) -> Option<EntityKind> {
    let lex = lexicon::get();
    let mut before = c
        .before
        .iter()
        .rev()
        .filter(|w| !matches!(w.as_str(), "," | "of" | "the" | "called" | "named"));
    let w = before.next()?;
    lex.descriptors.get(w.as_str()).copied()
}

/// The kind a name with no vote at all gets: a person when it has several
/// words, a place when the document puts it after "in", "near", "from"…,
/// a person otherwise.
pub(crate) fn fallback(c: &Candidate, ctx: &DocContext) -> EntityKind {
    if c.words.len() == 1 && ctx.after_preposition(&c.folded) {
        EntityKind::Location
    } else {
        EntityKind::Person
    }
}

fn context_votes(c: &Candidate, ctx: &DocContext, lex: &Lexicons, f: &str, v: &mut Votes) {
    let single = c.words.len() == 1;
    if lex.loc_preps.contains(c.prev()) && c.role.is_none() {
        v.add(EntityKind::Location, if single { 3 } else { 1 });
    }
    if c.possessive && lex.place_nouns.contains(c.next()) && c.role.is_none() {
        v.add(EntityKind::Location, 4);
    }
    if lex.cues.contains(c.next()) {
        v.add(EntityKind::Person, 2);
    }
    if single && has_demonym(ctx, f) {
        v.add(EntityKind::Location, 6);
    }
    if single && f.ends_with("stan") {
        v.add(EntityKind::Location, 4);
    }
    if single
        && c.name.chars().filter(|ch| ch.is_alphabetic()).count() >= 2
        && is_acronym_shape(&c.name)
        && !c.label
    {
        v.add(EntityKind::Organization, 2);
    }
}

/// True when the document writes a nationality adjective formed from `f`.
fn has_demonym(ctx: &DocContext, f: &str) -> bool {
    let mut word = String::with_capacity(f.len() + 3);
    ["i", "ian", "ese", "ish", "ani"].iter().any(|s| {
        word.clear();
        word.push_str(f);
        word.push_str(s);
        ctx.is_capital(&word)
    })
}

/// Upper-case letters (and dots or digits), at least two letters, mostly capitals: `JTW`, `NLFq`, `U.K.`
pub(crate) fn is_acronym_shape(s: &str) -> bool {
    if !s.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        } else if !(c.is_alphanumeric() || c == '.' || c == '&') {
            return false;
        }
    }
    (2..=10).contains(&letters) && upper * 4 >= letters * 3
}

/// The kind a head word gives: the last head word before the first "of" /
/// "for" (`Ministry of Foreign Affairs`, `Annals of the Front`), else a word
/// that heads from the front (`Camp Hawra`, `Operation X`), else any head.
pub(crate) fn head_kind(lex: &Lexicons, words: &[String]) -> Option<EntityKind> {
    let cut = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "on"))
        .unwrap_or(words.len());
    let zone = &words[..cut];
    let after = |w: &str| {
        let f = fold(w);
        if lex.org_heads.contains(&f) || foreign_org_head(lex, &f) {
            Some(EntityKind::Organization)
        } else if lex.other_after.contains(&f) {
            Some(EntityKind::Other)
        } else if lex.loc_after.contains(&f) {
            Some(EntityKind::Location)
        } else {
            None
        }
    };
    if zone.len() > 1 || cut < words.len() {
        if let Some(k) = zone.iter().rev().find_map(|w| after(w)) {
            return Some(k);
        }
    }
    let first = fold(words.first()?);
    let first = first.split('-').next().unwrap_or("");
    if words.len() > 1 && lex.loc_before.contains(first) {
        return Some(EntityKind::Location);
    }
    if words.len() > 1 && lex.other_before.contains(first) {
        return Some(EntityKind::Other);
    }
    if words.len() > 1 && lex.org_heads.contains(first) {
        return Some(EntityKind::Organization);
    }
    None
}

/// A foreign word whose English rendering is an organization head
/// (`Jebhe` → front, `Hizb` → party).
fn foreign_org_head(lex: &Lexicons, f: &str) -> bool {
    let first = f.split('-').next().unwrap_or(f);
    lex.translations
        .get(first)
        .is_some_and(|r| r.iter().any(|e| lex.org_heads.contains(e)))
}

/// `bin`, `ibn`, `Abu`, `al-` inside a multi-word name mark a person.
fn has_name_particle(words: &[String]) -> bool {
    // ASCII case is ignored: no other letter lowers to one of these.
    let is = |w: &str, p: &str| w.eq_ignore_ascii_case(p);
    let opens = |w: &str, p: &str| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    words.iter().enumerate().any(|(i, w)| {
        (i > 0 && ["bin", "ibn", "bint", "ben"].iter().any(|p| is(w, p)))
            || (i == 0 && is(w, "abu"))
            || (i > 0 && (opens(w, "al-") || opens(w, "el-")))
    })
}

/// A name with initials (`Lyndon B. Johnson`, `J. R. R. Tolkien`).
fn initials(words: &[String]) -> bool {
    words.len() > 1 && words.iter().any(|w| {
        let mut cs = w.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    })
}
