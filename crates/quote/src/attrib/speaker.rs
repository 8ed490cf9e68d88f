//! Who speaks: the speaker phrase on either side of a cue, through
//! appositives, relative clauses, time adjuncts and inversions.

use crate::clause::Clause;
use crate::lexicon;
use crate::np::{self, Np, NpKind};
use crate::words;

use super::Attr;

/// The index after the speaker: steps left over adverbs and auxiliaries
/// ("had later told") and a short time adjunct ("X on Tuesday denied").
pub(super) fn skip_before_cue(cl: &Clause, c: usize) -> usize {
    let mut l = c;
    loop {
        while l > 0 && words::is_skippable_before_cue(&cl.lower(l - 1)) {
            l -= 1;
        }
        let time = (l.saturating_sub(5)..l).rev().find(|&k| {
            matches!(
                cl.lower(k).as_str(),
                "on" | "last" | "this" | "early" | "late" | "in"
            ) && time_adjunct(cl, k) == l - k
        });
        match time {
            Some(k) if k > 0 => l = k,
            _ => return l,
        }
    }
}

/// Words that name a stretch of time in an adjunct ("last week", "a day later").
pub(super) fn is_time_noun(w: &str) -> bool {
    words::is_calendar_word(w)
        || matches!(
            w,
            "week"
                | "weeks"
                | "month"
                | "months"
                | "year"
                | "years"
                | "day"
                | "days"
                | "weekend"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
                | "decade"
                | "decades"
                | "time"
                | "hour"
                | "hours"
                | "session"
                | "sitting"
                | "times"
                | "occasions"
        )
}

/// The number of tokens of a time adjunct starting at `k` ("on Tuesday",
/// "last week", "three days later", "on 12 March", "this month"), or 0.
pub(super) fn time_adjunct(cl: &Clause, k: usize) -> usize {
    let lw = cl.lower(k);
    let mut j = k;
    if matches!(
        lw.as_str(),
        "on" | "in"
            | "last"
            | "this"
            | "next"
            | "early"
            | "late"
            | "earlier"
            | "later"
            | "that"
            | "a"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "several"
            | "few"
            | "the"
    ) || cl.is_num(k)
    {
        j += 1;
    }
    let start = j;
    while j < cl.len() && j < start + 6 && date_part(cl, j) {
        j += 1;
    }
    if j == start {
        return 0;
    }
    if matches!(cl.lower(j).as_str(), "later" | "earlier" | "ago") {
        j += 1;
    }
    if !(k..j).any(|i| is_time_noun(&cl.lower(i))) {
        return 0;
    }
    j - k
}

/// True when token `j` continues a time adjunct: a time noun, a number,
/// "of", the period of an abbreviated month ("Nov."), or the comma between
/// day and year ("March 25, 2017").
fn date_part(cl: &Clause, j: usize) -> bool {
    let lw = cl.lower(j);
    if is_time_noun(&lw) || cl.is_num(j) || lw == "of" {
        return true;
    }
    let prev = j.checked_sub(1);
    if cl.is_punct(j, '.') {
        return prev.is_some_and(|p| words::is_calendar_word(&cl.lower(p)));
    }
    cl.is_punct(j, ',') && prev.is_some_and(|p| cl.is_num(p)) && cl.is_num(j + 1)
}

/// The speaker left of the cue at `c` (with skippable words from `l`): the
/// speaker phrase, a set-off phrase between it and the cue, and where
/// content before the speaker ends, if the speaker follows a comma.
pub(super) type Left = (Np, Option<(usize, usize)>, Option<usize>);

pub(super) fn left_speaker(cl: &Clause, c: usize, l: usize, prev: Option<&Attr>) -> Option<Left> {
    let n = cl.len();
    let Some(left) = l.checked_sub(1) else {
        return Some((inverted(cl, c, n)?, None, None));
    };
    let lw = cl.lower(left);
    if matches!(lw.as_str(), "and" | "but") {
        // "called the trial theatre and said …": the same subject.
        let sp = match prev {
            Some(p) => p.speaker,
            None => np::after(cl, 0, left).filter(|s| s.kind != NpKind::Pronoun)?,
        };
        return Some((sp, None, None));
    }
    if matches!(lw.as_str(), "who" | "which" | "that") {
        let sp = antecedent(cl, left)?;
        return Some((sp, Some((sp.last + 1, left)), None));
    }
    if cl.is_punct(left, ',') {
        return match appositive(cl, left) {
            Some((sp, aside)) => Some((sp, Some(aside), None)),
            None => Some((inverted(cl, c, n)?, None, left.checked_sub(1))),
        };
    }
    if cl.quote(left).is_some() {
        return Some((inverted(cl, c, n)?, None, None));
    }
    if let Some(sp) = relative_subject(cl, left) {
        return Some(sp);
    }
    let sp = np::before(cl, left, 0).or_else(|| reduced_relative(cl, left))?;
    let trailing = sp
        .first
        .checked_sub(1)
        .filter(|&k| cl.is_punct(k, ',') && k > 0)
        .map(|k| k - 1);
    Some((sp, None, trailing))
}

/// The speaker after the cue in an inversion ("…," said Nabil Sarraf, the
/// treasurer.), accepted only when nothing but an adjunct or the end follows.
pub(super) fn inverted(cl: &Clause, c: usize, n: usize) -> Option<Np> {
    let sp = np::after(cl, c + 1, n)?;
    let next = sp.last + 1;
    let ends = next >= n
        || [',', '.', ';', ':', ')', '!', '?']
            .iter()
            .any(|&p| cl.is_punct(next, p))
        || words::is_preposition(&cl.lower(next))
        || words::is_skippable_before_cue(&cl.lower(next));
    ends.then_some(sp)
}

/// The antecedent of a relative pronoun at `rel`: "Qaranistan, which says",
/// "a surgeon in Geneva who says" (after a name in apposition: the name).
pub(super) fn antecedent(cl: &Clause, rel: usize) -> Option<Np> {
    let mut k = rel.checked_sub(1)?;
    if cl.is_punct(k, ',') {
        k = k.checked_sub(1)?;
    }
    let np = np::before(cl, k, 0)?;
    if matches!(np.kind, NpKind::Nominal(_)) {
        let comma = np.first.checked_sub(1).filter(|&p| cl.is_punct(p, ','));
        if let Some(name) = comma
            .and_then(|p| p.checked_sub(1))
            .and_then(|e| np::before(cl, e, 0))
            .filter(|s| s.kind == NpKind::Name)
        {
            return Some(name);
        }
    }
    Some(np)
}

/// "A Marvandi official who has given accurate information in the past
/// told …": the speaker stands before a relative clause with no commas.
pub(super) fn relative_subject(cl: &Clause, left: usize) -> Option<Left> {
    let floor = left.saturating_sub(16);
    let rel = (floor..=left).rev().find(|&k| {
        cl.is_punct(k, ',')
            || cl.quote(k).is_some()
            || matches!(cl.lower(k).as_str(), "who" | "which")
    })?;
    if !matches!(cl.lower(rel).as_str(), "who" | "which") || rel == 0 {
        return None;
    }
    let sp = np::before(cl, rel - 1, 0)?;
    (sp.kind != NpKind::Pronoun).then_some((sp, Some((rel, left)), None))
}

/// "A former commander interviewed in Kesh in September told …": a speaker
/// noun followed by a participle and its adjuncts.
pub(super) fn reduced_relative(cl: &Clause, left: usize) -> Option<Np> {
    let floor = left.saturating_sub(10);
    for k in (floor..left).rev() {
        if cl.word(k).is_none() && !cl.is_num(k) && !cl.is_punct(k, '[') && !cl.is_punct(k, ']') {
            return None;
        }
        let next = cl.lower(k + 1);
        let participle = next.ends_with("ed") || next.ends_with("ing") || next == "based";
        if participle && lexicon::speaker_nouns().contains_key(cl.lower(k).as_str()) {
            let np = np::before(cl, k, 0)?;
            return Some(Np { last: left, ..np });
        }
    }
    None
}

/// `S0 , S1 , CUE` with the comma before the cue at `comma`: the speaker is
/// S1 when it is a bare name after a role ("A spokesman, Tariq el-Mansouri,
/// told"), else S0 ("Senator Helen Marsh, a member of …, said"). Returns the
/// speaker and the set-off phrase.
pub(super) fn appositive(cl: &Clause, comma: usize) -> Option<(Np, (usize, usize))> {
    let open = (0..comma)
        .rev()
        .find(|&j| cl.is_punct(j, ',') || cl.quote(j).is_some())?;
    if cl.quote(open).is_some() || open == 0 {
        return None;
    }
    let seg = (0..open)
        .rev()
        .find(|&j| cl.is_punct(j, ',') || cl.quote(j).is_some())
        .map_or(0, |j| j + 1);
    let s0 = np::after(cl, seg, open)
        .filter(|s| s.first == seg && s.kind != NpKind::Pronoun)
        .or_else(|| np::before(cl, open - 1, 0))?;
    let s1 = np::before(cl, comma - 1, open + 1).filter(|s| {
        let named =
            s.first > open + 1 && matches!(cl.lower(s.first - 1).as_str(), "named" | "called");
        (s.first == open + 1 || named) && s.kind == NpKind::Name
    });
    match s1 {
        Some(s1) if s0.kind != NpKind::Name || starts_with_role(cl, &s0) => {
            Some((s1, (s0.first, s0.last)))
        }
        _ => Some((s0, (open, comma))),
    }
}

/// True when a named phrase is really a role ("Its spokesman").
pub(super) fn starts_with_role(cl: &Clause, np: &Np) -> bool {
    let lw = cl.lower(np.last);
    lexicon::speaker_nouns().contains_key(lw.as_str())
        || lexicon::titles().contains_key(lw.as_str())
}
