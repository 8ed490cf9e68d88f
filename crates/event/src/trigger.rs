//! Trigger words: which verbs and nouns in a unit report an event.
//!
//! A verb counts when it is finite and factual: past tense or a participle
//! (passive or perfect), or the historical present of a chronology's list
//! item; not after a modal or "to", not negated. A noun counts where a date
//! is attached to it in the same stretch between commas ("the bombing of the
//! ministry on 4 May 1984") or where it heads a dated list item.

use crate::clause::Clauses;
use crate::lexicon::{class, Form, NounEntry, VerbEntry};
use crate::token::Tok;
use crate::view::View;

/// A word or phrase that names an event.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// Event type.
    pub kind: &'static str,
    /// True for a verb, false for a noun.
    pub verb: bool,
    /// True for a passive verb: its subject is the patient.
    pub passive: bool,
    /// True for a present perfect ("has attacked"): a date must be written in the clause.
    pub perfect: bool,
}

/// Where the unit stands, as far as tense rules care.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Setting {
    /// In a list item: the historical present reports events.
    pub list: bool,
    /// The first sentence of a list item: its nouns head dated entries.
    pub list_head: bool,
}

/// What stands in the verb group before a verb.
#[derive(Debug, Default)]
struct Aux {
    modal: bool,
    neg: bool,
    be_past: bool,
    be_present: bool,
    have_present: bool,
    did: bool,
}

/// Triggers in unit `[a, b)`, in text order.
pub(crate) fn find(v: &View, c: &Clauses, (a, b): (usize, usize), set: Setting) -> Vec<Trigger> {
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        let t = &v.toks[i];
        if !candidate(t) {
            i += 1;
            continue;
        }
        let verb = verb_entry(v, i, (a, b), t.verbs());
        let noun = longest(v, i, b, t.nouns(), |e: &NounEntry| &e.words);
        let noun_first = noun.is_some() && noun_context(v, i, set);
        // A word that can be either reads as a verb unless a noun's context says otherwise.
        let found = match (verb, noun) {
            (Some(e), _) if !noun_first => verb_trigger(v, c, i, e, set),
            (_, Some(e)) => noun_trigger(v, i, e, (a, b), set),
            _ => None,
        };
        match found {
            Some(tr) => {
                i = tr.last + 1;
                out.push(tr);
            }
            None => i += 1,
        }
    }
    out
}

/// True when `t` may start a trigger: a free word (not a name, a time, an
/// aside or a quotation) that starts some verb or noun entry. Most words
/// start none, and a sentence without candidates reports no event.
pub(crate) fn candidate(t: &Tok) -> bool {
    t.lex
        .is_some_and(|w| !w.verbs.is_empty() || !w.nouns.is_empty())
        && t.word
        && !t.aside
        && !t.quoted
        && t.mention.is_none()
        && t.time.is_none()
}

/// The longest entry whose words stand at `i`.
fn longest<'e, E>(
    v: &View,
    i: usize,
    b: usize,
    entries: &'e [E],
    words: impl Fn(&E) -> &Vec<String>,
) -> Option<&'e E> {
    entries
        .iter()
        .filter(|e| {
            let ws = words(e);
            i + ws.len() <= b
                && ws.iter().enumerate().all(|(k, w)| {
                    let t = &v.toks[i + k];
                    t.word && t.mention.is_none() && t.lower == *w
                })
        })
        .max_by_key(|e| words(e).len())
}

/// The verb entry standing at `i`: the longest whose cue is present, else
/// the longest without a cue.
fn verb_entry<'e>(
    v: &View,
    i: usize,
    unit: (usize, usize),
    entries: &'e [VerbEntry],
) -> Option<&'e VerbEntry> {
    let fits = |e: &&VerbEntry| {
        i + e.words.len() <= unit.1
            && e.words.iter().enumerate().all(|(k, w)| {
                let t = &v.toks[i + k];
                t.word && t.mention.is_none() && t.lower == *w
            })
    };
    let cued = entries
        .iter()
        .filter(fits)
        .filter(|e| !e.cues.is_empty() && cue_near(v, e, i, unit))
        .max_by_key(|e| e.words.len());
    cued.or_else(|| {
        entries
            .iter()
            .filter(fits)
            .filter(|e| e.cues.is_empty())
            .max_by_key(|e| e.words.len())
    })
}

/// True when one of the entry's cues stands within eight words of the trigger in its unit.
fn cue_near(v: &View, e: &VerbEntry, i: usize, (a, b): (usize, usize)) -> bool {
    let last = i + e.words.len() - 1;
    let lo = i.saturating_sub(8).max(a);
    let hi = b.min(last + 9);
    (lo..i).chain(last + 1..hi).any(|k| {
        let w = strip_possessives(&v.toks[k].lower);
        e.cues.iter().any(|c| c == w)
    })
}

/// `w` without trailing `'s` (every one of them, as `trim_end_matches`
/// would, without its general searcher).
fn strip_possessives(mut w: &str) -> &str {
    while let Some(x) = w.strip_suffix("'s") {
        w = x;
    }
    w
}

/// True when the word at `i` reads as a noun: after a determiner, a
/// possessive, an adjective of place, or heading a list item.
fn noun_context(v: &View, i: usize, set: Setting) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return set.list_head;
    };
    let prev = &v.toks[p];
    if !prev.word {
        return set.list_head && (prev.is_punct(':') || prev.is_punct('\u{2022}'));
    }
    v.is(p, class::DET | class::IRREALIS)
        || prev.lower.ends_with("'s")
        || prev.lower.ends_with("\u{2019}s")
        || prev.time.is_some()
        || matches!(
            prev.lower.as_str(),
            "first" | "major" | "partial" | "second" | "last" | "mortar" | "failed"
        )
        || (prev.mention.is_some() && !set.list)
}

fn aux(v: &View, i: usize, floor: usize) -> Aux {
    let mut a = Aux::default();
    let mut j = i;
    while j > floor {
        j -= 1;
        let t = &v.toks[j];
        if !t.word || t.mention.is_some() || t.time.is_some() {
            break;
        }
        let w = t.lower.as_str();
        if v.is(j, class::MODAL) {
            a.modal = true;
            break;
        } else if v.is(j, class::NEG) || w.ends_with("n't") || w.ends_with("n\u{2019}t") {
            a.neg = true;
        } else if v.is(j, class::BE) {
            if matches!(w, "is" | "are" | "am" | "'s" | "\u{2019}s") {
                a.be_present = true;
            } else {
                a.be_past = true;
            }
        } else if v.is(j, class::HAVE) {
            a.have_present |= matches!(w, "has" | "have");
        } else if v.is(j, class::DO) {
            a.did = true;
        } else if !(v.is(j, class::ADV) || (w.len() > 3 && w.ends_with("ly"))) {
            break;
        }
    }
    a
}

/// True when a negation stands shortly before `i` in its region.
fn negated(v: &View, c: &Clauses, i: usize) -> bool {
    let floor = c.region(i).start.max(i.saturating_sub(6));
    (floor..i).any(|j| v.is(j, class::NEG) && !v.toks[j].aside)
}

fn verb_trigger(v: &View, c: &Clauses, i: usize, e: &VerbEntry, set: Setting) -> Option<Trigger> {
    let last = i + e.words.len() - 1;
    let x = aux(v, i, c.region(i).start);
    if x.modal || x.neg || x.did || negated(v, c, i) {
        return None;
    }
    let has = |f: Form| e.forms.contains(&f);
    // "a retired general", "the banned party": a participle used as an adjective.
    let adjective = i > 0
        && v.is(i - 1, class::DET)
        && v.toks
            .get(last + 1)
            .is_some_and(|t| t.word && !v.is(last + 1, class::PREP));
    if adjective && !has(Form::Base) {
        return None;
    }
    let by_follows = v.w(last + 1) == "by";
    let passive = has(Form::Participle) && (x.be_past || x.be_present || by_follows);
    let finite = if has(Form::Past) || has(Form::Participle) {
        !x.be_present || set.list
    } else if has(Form::Gerund) {
        x.be_past
    } else {
        set.list
    };
    if !finite {
        return None;
    }
    Some(Trigger {
        first: i,
        last,
        kind: e.kind,
        verb: true,
        passive,
        perfect: x.have_present,
    })
}

fn noun_trigger(
    v: &View,
    i: usize,
    e: &NounEntry,
    (a, b): (usize, usize),
    set: Setting,
) -> Option<Trigger> {
    let last = i + e.words.len() - 1;
    if i > a && v.is(i - 1, class::IRREALIS | class::NEG) {
        return None;
    }
    // "A verdict is not expected before …": a negated or modal clause around the noun.
    let unreal = |k: usize| {
        !v.toks[k].quoted
            && v.toks[k].time.is_none()
            && v.w(k) != "to"
            && (v.is(k, class::NEG | class::MODAL) || v.w(k).ends_with("n't"))
    };
    if segment(v, i, (a, b)).any(unreal) {
        return None;
    }
    if !set.list_head && !dated_segment(v, i, (a, b)) {
        return None;
    }
    Some(Trigger {
        first: i,
        last,
        kind: e.kind,
        verb: false,
        passive: false,
        perfect: false,
    })
}

/// Token indices between the commas around `i`, within unit `[a, b)`.
fn segment(v: &View, i: usize, (a, b): (usize, usize)) -> impl Iterator<Item = usize> + '_ {
    // Commas around an appositive name ("the arrest of the treasurer, Nabil
    // Sarraf, in June 2009") do not end the stretch.
    let named = move |k: usize| v.toks.get(k).is_some_and(|t| t.mention.is_some());
    let stop = move |k: &usize| {
        let t = &v.toks[*k];
        let appositive = t.is_punct(',') && (named(*k + 1) || (*k > 0 && named(*k - 1)));
        t.time.is_none() && !t.aside && !appositive && (t.is_punct(',') || t.is_punct(';'))
    };
    // Bounded, so that a sentence without commas costs no more than a short one.
    let left = (a..i).rev().take_while(stop_not(stop)).take(40);
    let right = (i..b).take_while(stop_not(stop)).take(40);
    left.chain(right)
}

fn stop_not(stop: impl Fn(&usize) -> bool) -> impl Fn(&usize) -> bool {
    move |k| !stop(k)
}

/// True when a dated, unbounded time stands between the commas around `i`.
fn dated_segment(v: &View, i: usize, unit: (usize, usize)) -> bool {
    segment(v, i, unit).any(|k| {
        v.toks[k]
            .time
            .and_then(|t| v.times.get(t))
            .is_some_and(|t| t.value.is_some() && !t.bound && !v.toks[k].aside)
    })
}
