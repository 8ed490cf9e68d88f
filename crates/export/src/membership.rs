//! Memberships the text states, read from the words between two named
//! actors: "X, a senior commander of the Y", "X of the Y party", "Y leader
//! X", "X, a Y official", "X, Y's spokesman", "X joined the Y".
//!
//! The store keeps where every actor is named in every document, so this
//! reads only the short stretch between two neighbouring mentions (and a
//! few words after the second): one pass over a document's mentions in
//! text order, each gap read at most twice. Only role nouns and the words
//! that may stand around them (`lexicons/export/`) may fill the gap;
//! anything else (a verb, a conjunction, a sentence end) means the text
//! does not state a membership there, and nothing is guessed.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Who may hold a role: only persons, or organizations too ("X, a member
/// of the Y alliance").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holder {
    Person,
    Any,
}

/// The kind of an actor, as far as memberships care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A person.
    Person,
    /// An organization.
    Organization,
    /// A place or anything else: never a party to a membership.
    Other,
}

/// One actor named at `start..end` (byte offsets into the text).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named {
    pub(crate) entity: i64,
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// A membership stated at `start..end` (byte offsets) of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) member: i64,
    pub(crate) organization: i64,
    /// The role as written ("senior commander"), when the text names one.
    pub(crate) role: Option<String>,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The member's kind, so a verb after "X of the Y" can take X as subject.
    member_kind: Kind,
}

struct Lexicon {
    roles: HashMap<String, Holder>,
    words: Vec<String>,
}

const ROLES: &str = include_str!("../../../lexicons/export/membership-roles.txt");
const WORDS: &str = include_str!("../../../lexicons/export/membership-words.txt");

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let lines = |s: &'static str| {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        let roles = lines(ROLES)
            .filter_map(|l| {
                let mut it = l.split_whitespace();
                let role = it.next()?.to_lowercase();
                let holder = if it.next() == Some("any") {
                    Holder::Any
                } else {
                    Holder::Person
                };
                Some((role, holder))
            })
            .collect();
        let words = lines(WORDS).map(str::to_lowercase).collect();
        Lexicon { roles, words }
    })
}

impl Lexicon {
    /// The holder a role word admits; plurals by a trailing `s`.
    fn role(&self, word: &str) -> Option<Holder> {
        self.roles.get(word).copied().or_else(|| {
            word.strip_suffix('s')
                .and_then(|w| self.roles.get(w).copied())
        })
    }

    fn word(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }
}

/// Every membership stated between neighbouring mentions in `text`.
/// `named` may come in any order; overlapping mentions are skipped.
pub(crate) fn find(text: &str, named: &mut [Named]) -> Vec<Found> {
    named.sort_by_key(|n| (n.start, n.end));
    let mut out: Vec<Found> = Vec::new();
    for pair in named.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.entity == b.entity || a.end > b.start || b.start - a.end > MAX_GAP {
            continue;
        }
        let Some(gap) = text.get(a.end..b.start).and_then(tokens) else {
            continue;
        };
        let after = text.get(b.end..).map(after_tokens).unwrap_or_default();
        // "X of the Y, joined the Z": the subject of the verb is X.
        let subject = out
            .last()
            .filter(|f| f.end == a.end && f.organization == a.entity)
            .map(|f| (f.member, f.start, f.member_kind));
        if let Some(f) = read_pair(a, b, &gap, &after, subject) {
            out.push(f);
        } else if let Some((role, start)) = role_before(text, a, b, &gap) {
            out.push(Found {
                member: b.entity,
                organization: a.entity,
                role: Some(role),
                start,
                end: b.end,
                member_kind: b.kind,
            });
        }
    }
    out
}

/// The widest gap (bytes) read between two mentions.
const MAX_GAP: usize = 120;

fn read_pair(
    a: Named,
    b: Named,
    gap: &[Tok],
    after: &[(String, usize)],
    subject: Option<(i64, usize, Kind)>,
) -> Option<Found> {
    let found = |(member, member_kind): (i64, Kind), organization, role, start, end| Found {
        member,
        organization,
        role,
        start,
        end,
        member_kind,
    };
    if b.kind == Kind::Organization {
        if let Some((role, holder)) = apposition(gap) {
            return admits(holder, a.kind)
                .then(|| found((a.entity, a.kind), b.entity, role, a.start, b.end));
        }
        if let Some((role, holder, end)) = role_after(gap, after) {
            return admits(holder, a.kind).then(|| {
                found(
                    (a.entity, a.kind),
                    b.entity,
                    Some(role),
                    a.start,
                    b.end + end,
                )
            });
        }
        let (member, start, kind) = subject.unwrap_or((a.entity, a.start, a.kind));
        if let Some((role, holder)) = verb(gap) {
            return (admits(holder, kind) && member != b.entity).then(|| {
                found(
                    (member, kind),
                    b.entity,
                    Some(role.to_string()),
                    start,
                    b.end,
                )
            });
        }
    }
    if a.kind == Kind::Organization {
        if let Some((role, holder)) = title(gap) {
            return admits(holder, b.kind)
                .then(|| found((b.entity, b.kind), a.entity, Some(role), a.start, b.end));
        }
    }
    None
}

fn admits(holder: Holder, kind: Kind) -> bool {
    match holder {
        Holder::Person => kind == Kind::Person,
        Holder::Any => matches!(kind, Kind::Person | Kind::Organization),
    }
}

/// A token of a gap: a lowercased word, a comma or a possessive `'s`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Word(String),
    Comma,
    Poss,
}

/// The gap as tokens, or `None` when it holds anything that ends a phrase
/// (a full stop, a semicolon, a bracket, a quotation mark, a line break).
fn tokens(gap: &str) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    for raw in gap.split([' ', '\t']) {
        if raw.is_empty() {
            continue;
        }
        let (body, comma) = match raw.strip_suffix(',') {
            Some(b) => (b, true),
            None => (raw, false),
        };
        let (body, poss) = strip_poss(body);
        if !body.is_empty() {
            if !body
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                || body.ends_with('.') && body.len() > 3
            {
                return None;
            }
            out.push(Tok::Word(body.to_lowercase()));
        }
        if poss {
            out.push(Tok::Poss);
        }
        if comma {
            out.push(Tok::Comma);
        }
    }
    Some(out)
}

fn strip_poss(s: &str) -> (&str, bool) {
    for p in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(b) = s.strip_suffix(p) {
            return (b, true);
        }
    }
    (s, false)
}

/// Up to six words after the second mention, with where each ends (bytes
/// from the mention's end); reading stops at the first non-word.
fn after_tokens(rest: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for raw in rest.split_inclusive([' ', '\t']) {
        let word = raw.trim_end_matches([' ', '\t']);
        let end = at + word.len();
        at += raw.len();
        if word.is_empty() {
            continue;
        }
        let (body, poss) = strip_poss(word);
        let clean = body.trim_end_matches([',', '.', ';', ':']);
        if body.is_empty() && poss && out.is_empty() {
            out.push(("'s".to_string(), end));
            continue;
        }
        if clean.is_empty() || !clean.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        out.push((clean.to_lowercase(), at - raw.len() + clean.len()));
        if clean.len() != body.len() || out.len() >= 6 {
            break;
        }
    }
    out
}

const PREPS: [&str; 6] = ["of", "in", "at", "within", "for", "from"];
const DETS: [&str; 3] = ["a", "an", "the"];
const BE: [&str; 8] = [
    "is", "was", "has", "had", "been", "became", "remains", "remained",
];

fn word(t: &Tok) -> Option<&str> {
    match t {
        Tok::Word(w) => Some(w),
        _ => None,
    }
}

/// ", a senior commander of the", " of the", ", who was a member of":
/// the role and who may hold it, the role absent for a bare "of".
fn apposition(gap: &[Tok]) -> Option<(Option<String>, Holder)> {
    let lex = lexicon();
    let words: Vec<&str> = gap.iter().filter_map(word).collect();
    if gap.contains(&Tok::Poss) || gap.iter().skip(1).any(|t| *t == Tok::Comma) {
        return None;
    }
    let comma = gap.first() == Some(&Tok::Comma);
    if !comma {
        // "X of the Y": a person's organization, no role.
        return match words.as_slice() {
            ["of"] | ["of", "the"] => Some((None, Holder::Person)),
            _ => None,
        };
    }
    let mut i = 0;
    while i < words.len() && (words[i] == "who" || BE.contains(&words[i])) {
        i += 1;
    }
    if words
        .get(i)
        .is_some_and(|w| DETS.contains(w) || *w == "one")
    {
        i += 1;
        if words.get(i - 1) == Some(&"one") && words.get(i..i + 2) == Some(&["of", "the"]) {
            i += 2;
        }
    }
    let body = words.get(i..)?;
    // The body must end with a preposition, optionally followed by "the".
    let end = if body.last() == Some(&"the") {
        body.len() - 1
    } else {
        body.len()
    };
    if end < 2 || !PREPS.contains(&body[end - 1]) {
        return None;
    }
    let phrase = &body[..end - 1];
    let mut holder = None;
    for w in phrase {
        if let Some(h) = lex.role(w) {
            holder.get_or_insert(h);
        } else if !(lex.word(w) || PREPS.contains(w) || DETS.contains(w)) {
            return None;
        }
    }
    let holder = holder?;
    Some((Some(phrase.join(" ")), holder))
}

/// ", a Y official", ", the Y party's chairman" , ", Y's spokesman": a role
/// written after the organization. Returns the role, who may hold it, and
/// where the phrase ends (bytes after the organization's mention).
fn role_after(gap: &[Tok], after: &[(String, usize)]) -> Option<(String, Holder, usize)> {
    let lex = lexicon();
    let det = match gap {
        [Tok::Comma, Tok::Word(d)] if DETS.contains(&d.as_str()) => true,
        [Tok::Comma] => false,
        _ => return None,
    };
    let mut words = after;
    if words.first().is_some_and(|(w, _)| w == "'s") {
        words = &words[1..];
    } else if !det {
        return None;
    }
    // Modifiers, then role nouns; the phrase ends at its last role noun.
    let mut last = None;
    for (i, (w, _)) in words.iter().enumerate() {
        if let Some(h) = lex.role(w) {
            last = Some((i, h));
        } else if last.is_some() || !lex.word(w) {
            break;
        }
    }
    let (i, holder) = last?;
    let role: Vec<&str> = words[..=i].iter().map(|(w, _)| w.as_str()).collect();
    Some((role.join(" "), holder, words[i].1))
}

/// "the commander of the Y, X": a role of the organization written before
/// it, then the person in apposition. Returns the role and where it starts.
fn role_before(text: &str, a: Named, b: Named, gap: &[Tok]) -> Option<(String, usize)> {
    if a.kind != Kind::Organization || gap != [Tok::Comma] {
        return None;
    }
    let mut lo = a.start.saturating_sub(60);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let before = text.get(lo..a.start)?;
    let words: Vec<(usize, &str)> = before
        .split_inclusive([' ', '\t', '\n'])
        .scan(lo, |at, w| {
            let start = *at;
            *at += w.len();
            Some((start, w.trim_end()))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let mut i = words.len();
    let lower = |i: usize| words[i].1.to_lowercase();
    if i > 0 && lower(i - 1) == "the" {
        i -= 1;
    }
    if i == 0 || lower(i - 1) != "of" {
        return None;
    }
    let of = i - 1;
    let lex = lexicon();
    let mut first = of;
    let mut holder = None;
    while first > 0 {
        let w = lower(first - 1);
        match lex.role(&w) {
            Some(h) if holder.is_none() && first == of => holder = Some(h),
            None if holder.is_some() && lex.word(&w) => {}
            _ => break,
        }
        first -= 1;
    }
    let holder = holder?;
    if !admits(holder, b.kind) || first == 0 && lo > 0 {
        return None;
    }
    let role: Vec<String> = (first..of).map(lower).collect();
    Some((role.join(" "), words[first].0))
}

/// " joined the", ", led the": a verb that states membership.
fn verb(gap: &[Tok]) -> Option<(&'static str, Holder)> {
    let mut words: Vec<&str> = gap.iter().filter_map(word).collect();
    if gap.contains(&Tok::Poss) {
        return None;
    }
    if words.last() == Some(&"the") {
        words.pop();
    }
    let (&last, before) = words.split_last()?;
    if !before
        .iter()
        .all(|w| matches!(*w, "has" | "had" | "later" | "then" | "also" | "once"))
    {
        return None;
    }
    Some(match last {
        "joined" | "rejoined" => ("member", Holder::Any),
        "founded" | "co-founded" | "cofounded" => ("founder", Holder::Person),
        "led" | "leads" | "headed" | "heads" => ("leader", Holder::Person),
        "chaired" | "chairs" => ("chair", Holder::Person),
        "commanded" | "commands" => ("commander", Holder::Person),
        _ => return None,
    })
}

/// " leader ", "'s military chief, ": a title between an organization and
/// the person holding it ("Y leader X").
fn title(gap: &[Tok]) -> Option<(String, Holder)> {
    let lex = lexicon();
    let mut toks = gap;
    if toks.first() == Some(&Tok::Poss) {
        toks = &toks[1..];
    }
    if toks.last() == Some(&Tok::Comma) {
        toks = &toks[..toks.len() - 1];
    }
    let words: Vec<&str> = toks.iter().map(word).collect::<Option<_>>()?;
    let (&last, before) = words.split_last()?;
    let holder = lex.role(last)?;
    if !before.iter().all(|w| lex.word(w) || lex.role(w).is_some()) {
        return None;
    }
    Some((words.join(" "), holder))
}

#[cfg(test)]
mod tests;
