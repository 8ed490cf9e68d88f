//! What is said: the reported content after a cue, its hearer and adjuncts,
//! and where it ends.

use crate::clause::Clause;
use crate::lexicon::{self, Cue};
use crate::tokens::capitalized;
use crate::words;

use super::time_adjunct;

/// Skips the hearer after "told": a pronoun, a name, or a short noun phrase.
pub(super) fn hearer(cl: &Clause, r: usize) -> usize {
    let lw = cl.lower(r);
    let Some(w) = cl.word(r) else { return r };
    if lw == "that" {
        return r;
    }
    if words::is_object_pronoun(&lw) {
        return r + 1;
    }
    if capitalized(w) && !words::is_calendar_word(&lw) {
        let mut k = r + 1;
        while cl
            .word(k)
            .is_some_and(|w| capitalized(w) || words::is_name_particle(w))
        {
            k += 1;
        }
        return k;
    }
    let mut k = r;
    if words::is_determiner(&lw) {
        k += 1;
    }
    let start = k;
    while k < start + 4 {
        let Some(w) = cl.word(k) else { break };
        let lw = dossier_doc::Lower::of(w);
        if lw == "that"
            || words::is_preposition(&lw)
            || words::is_determiner(&lw)
            || words::is_pronoun(&lw)
            || lw == "there"
        {
            break;
        }
        k += 1;
    }
    k
}

/// The content after the cue (and hearer) at `r`, and whether the clause
/// ends with a colon that introduces a block quotation.
pub(super) fn content_after(cl: &Clause, r: usize, cue: Cue) -> (Option<(usize, usize)>, bool) {
    let n = cl.len();
    let end = n.saturating_sub(1);
    let colon = |k: usize| {
        let rest_empty = (k + 1..n).all(|j| cl.is_punct(j, '.'));
        if rest_empty {
            (None, true)
        } else {
            (trim(cl, k + 1, end), false)
        }
    };
    if r >= n {
        return (None, false);
    }
    let adjunct = time_adjunct(cl, r);
    let after_time = r + adjunct;
    let ends = after_time >= n
        || cl.toks.get(after_time).is_some_and(
            |t| matches!(t.kind, crate::tokens::Kind::Punct(p) if p != ':' && p != ','),
        );
    let quoted = (0..n).any(|k| cl.quote(k).is_some());
    if adjunct > 0 && ends && !cue.that_only && !cue.object && !cue.addressee && !quoted {
        // "Qureishi says the winter of 1990": the dating is the content.
        return (trim(cl, r, end), false);
    }
    let r = after_time;
    if r >= n {
        return (None, false);
    }
    if cl.is_punct(r, ':') {
        return colon(r);
    }
    let lw = cl.lower(r);
    if lw == "that" {
        return (trim(cl, r + 1, end), false);
    }
    if cl.is_punct(r, ',') && cl.quote(r + 1).is_some() || cl.quote(r).is_some() {
        return (trim(cl, r, end), false);
    }
    if cue.question {
        return if words::is_question_word(&lw) {
            (trim(cl, r, end), false)
        } else {
            (None, false)
        };
    }
    if cue.object {
        // "put it to me last week, "…"": the quotation is the content.
        let window = (r..(r + 8).min(n)).take_while(|&k| {
            k == r || !lexicon::cues().contains_key(cl.lower(k).as_str()) && !cl.is_punct(k, ';')
        });
        if let Some(q) = window.into_iter().find(|&k| cl.quote(k).is_some()) {
            return (trim(cl, q, end), false);
        }
    }
    let repeated = matches!(cl.lower(r + 1).as_str(), "times" | "occasions");
    let figure = cue.that_only && cl.is_num(r);
    if (cue.np || figure || !cue.that_only && !cue.object) && opens_content(cl, r) && !repeated {
        let content = trim(cl, r, end).filter(|&c| !cue.np || holds_figure(cl, c));
        return (content, false);
    }
    // Adjuncts first: "said in a statement faxed … on Tuesday that …". An
    // object instead ("declared a state of siege that …") has no content.
    if !adjunct_at(cl, r) && !cue.np {
        // "later recalled the mood in the camps:" still introduces a block.
        let intro = cl.is_punct(end, ':') && !(r..n).any(|k| cl.quote(k).is_some());
        return (None, intro);
    }
    for k in r..(r + 18).min(n) {
        if cl.lower(k) == "that" {
            return (trim(cl, k + 1, end), false);
        }
        if cl.is_punct(k, ':') {
            return colon(k);
        }
        if cl.quote(k).is_some() {
            return (trim(cl, k, end), false);
        }
        if cl.is_punct(k, ',') || cl.is_punct(k, ';') || cl.is_punct(k, '(') {
            break;
        }
    }
    if cue.np && !cue.object {
        return (trim(cl, r, end).filter(|&c| holds_figure(cl, c)), false);
    }
    (None, false)
}

/// True when token `r` opens an adjunct, a quotation or punctuation rather
/// than an object: what may follow a cue whose content lies elsewhere.
pub(super) fn adjunct_at(cl: &Clause, r: usize) -> bool {
    let lw = cl.lower(r);
    r >= cl.len()
        || cl
            .toks
            .get(r)
            .is_some_and(|t| matches!(t.kind, crate::tokens::Kind::Punct(_)))
        || words::is_preposition(&lw)
        || words::is_skippable_before_cue(&lw)
        || words::is_calendar_word(&lw)
        || time_adjunct(cl, r) > 0
        || cl.quote(r).is_some()
}

/// True when a token range holds a number or a dating: the content of an
/// estimate ("put the number at a few hundred", "places the arrival in December").
pub(super) fn holds_figure(cl: &Clause, (s, e): (usize, usize)) -> bool {
    (s..=e).any(|k| {
        let lw = cl.lower(k);
        cl.is_num(k)
            || words::is_calendar_word(&lw)
            || matches!(
                lw.as_str(),
                "hundred"
                    | "hundreds"
                    | "thousand"
                    | "thousands"
                    | "dozen"
                    | "dozens"
                    | "million"
                    | "millions"
                    | "billion"
                    | "half"
                    | "third"
                    | "quarter"
                    | "year"
                    | "decade"
                    | "century"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "winter"
            )
    })
}

/// True when token `r` can open a reported clause.
pub(super) fn opens_content(cl: &Clause, r: usize) -> bool {
    if cl.is_num(r) {
        return true;
    }
    let Some(w) = cl.word(r) else { return false };
    let lw = dossier_doc::Lower::of(w);
    if words::is_hedge(&lw) {
        return cl.is_num(r + 1) || cl.lower(r + 1) == "least";
    }
    if capitalized(w) {
        return !words::is_calendar_word(&lw);
    }
    // After "said", anything but an adjunct opens the reported clause
    // ("say catches have fallen", "said it would").
    !(words::is_preposition(&lw)
        || words::is_skippable_before_cue(&lw)
        || words::is_calendar_word(&lw)
        || matches!(
            lw.as_str(),
            "so" | "not"
                | "nothing"
                | "little"
                | "much"
                | "more"
                | "goodbye"
                | "hello"
                | "yes"
                | "no"
        ))
}

/// The token range `from..=to` without closing punctuation or note markers,
/// cut before a contrasting clause (", while …"), when it holds at least
/// two tokens of substance.
pub(super) fn trim(cl: &Clause, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut from = from;
    while from < to && (cl.is_punct(from, ',') || cl.is_punct(from, ':')) {
        from += 1;
    }
    let cue_after = |k: usize| {
        (k..=to).any(|j| {
            cl.word(j).is_some_and(|w| !capitalized(w))
                && lexicon::cues().contains_key(cl.lower(j).as_str())
        })
    };
    let mut to = (from + 1..=to)
        .find(|&k| {
            cl.is_punct(k, ',')
                && match cl.lower(k + 1).as_str() {
                    "while" | "whereas" => true,
                    "but" => cue_after(k + 2),
                    _ => false,
                }
        })
        .map_or(to, |k| k - 1);
    loop {
        if to > from && cl.is_punct(to, ']') {
            match (from..to).rev().find(|&k| cl.is_punct(k, '[')) {
                Some(open) if open > from => to = open - 1,
                _ => break,
            }
        } else if to > from
            && cl.word(to).is_none()
            && !cl.is_num(to)
            && cl.quote(to).is_none()
            && !cl.is_punct(to, ')')
        {
            to -= 1;
        } else {
            break;
        }
    }
    let substance = (from..=to)
        .filter(|&k| cl.word(k).is_some() || cl.is_num(k) || cl.quote(k).is_some())
        .count();
    let quoted = (from..=to).any(|k| cl.quote(k).is_some());
    (to < cl.len() && from <= to && (substance >= 2 || quoted)).then_some((from, to))
}
