//! Attribution without a plain cue verb: "according to", relays ("quoted X
//! as saying"), participles ("…, saying …"), stances ("the line of X was
//! that …") and possessive figures ("the ministry's figure of "…"").

use crate::clause::Clause;
use crate::lexicon::Cue;
use crate::np::{self, Np, NpKind};
use crate::words;

use super::{content_after, hearer, skip_before_cue, trim, Attr};

/// `according to SPEAKER [quoted by RELAY]`, before or after its content.
pub(super) fn according(cl: &Clause, a: usize) -> Option<(Attr, usize)> {
    let n = cl.len();
    let speaker = np::after(cl, a + 2, n)?;
    let mut k = speaker.last + 1;
    let mut via = Vec::new();
    if words::is_relay_verb(&cl.lower(k)) && cl.lower(k + 1) == "by" {
        if let Some(relay) = np::after(cl, k + 2, n) {
            k = relay.last + 1;
            via.push(relay);
        }
    }
    let mut comma = (k..n).find(|&j| cl.is_punct(j, ','));
    // "According to the World Bank, which declined …, the dam will cost …"
    if let Some(c) = comma.filter(|&c| matches!(cl.lower(c + 1).as_str(), "which" | "who")) {
        comma = (c + 1..n).find(|&j| cl.is_punct(j, ','));
    }
    let after = comma.and_then(|c| trim(cl, c + 1, n.saturating_sub(1)));
    let before = a.checked_sub(1).and_then(|e| trim(cl, 0, e));
    let size = |r: Option<(usize, usize)>| r.map_or(0, |(s, e)| e + 1 - s);
    let mut attr = Attr::new(speaker, "according to".to_string(), a);
    attr.via = via;
    attr.content = if size(after) > size(before) {
        after
    } else {
        before
    };
    Some((attr, k))
}

/// `RELAY quoted SPEAKER [, who …,] as saying [that] CONTENT`.
pub(super) fn relay(cl: &Clause, q: usize) -> Option<(Attr, usize)> {
    let n = cl.len();
    if q > 0 && words::is_passive_aux(&cl.lower(q - 1)) {
        return passive_relay(cl, q);
    }
    let speaker = np::after(cl, q + 1, n)?;
    let k = (speaker.last + 1..(speaker.last + 16).min(n)).find(|&j| {
        cl.lower(j) == "as"
            && matches!(
                cl.lower(j + 1).as_str(),
                "saying"
                    | "telling"
                    | "stating"
                    | "writing"
                    | "adding"
                    | "warning"
                    | "describing"
                    | "calling"
            )
    })?;
    let how = cl.lower(k + 1);
    let mut r = k + 2;
    if how == "telling" {
        r = hearer(cl, r);
    }
    let plain = Cue {
        present: false,
        addressee: false,
        object: false,
        that_only: false,
        np: false,
        question: false,
    };
    let (content, _) = content_after(cl, r, plain);
    let mut l = q;
    while l > 0 && words::is_skippable_before_cue(&cl.lower(l - 1)) {
        l -= 1;
    }
    let mut attr = Attr::new(speaker, format!("{} … as {}", cl.lower(q), how), q);
    if let Some(relay) = l.checked_sub(1).and_then(|l| np::before(cl, l, 0)) {
        attr.via.push(relay);
    }
    attr.content = content;
    Some((attr, r))
}

/// `SPEAKER was quoted [by RELAY] as saying CONTENT`.
pub(super) fn passive_relay(cl: &Clause, q: usize) -> Option<(Attr, usize)> {
    let n = cl.len();
    let aux = q - 1;
    let l = skip_before_cue(cl, aux);
    let speaker = np::before(cl, l.checked_sub(1)?, 0)?;
    let mut k = q + 1;
    let mut via = Vec::new();
    if cl.lower(k) == "by" {
        let relay = np::after(cl, k + 1, n)?;
        k = relay.last + 1;
        via.push(relay);
    }
    let how = cl.lower(k + 1);
    if cl.lower(k) != "as" || !matches!(how.as_str(), "saying" | "telling" | "stating") {
        return None;
    }
    let mut r = k + 2;
    if how == "telling" {
        r = hearer(cl, r);
    }
    let plain = Cue {
        present: false,
        addressee: false,
        object: false,
        that_only: false,
        np: false,
        question: false,
    };
    let (content, _) = content_after(cl, r, plain);
    let mut attr = Attr::new(speaker, format!("{} … as {}", cl.lower(q), how), q);
    attr.via = via;
    attr.content = content;
    Some((attr, r))
}

/// Participles of speech after a comma: "he refused, saying …".
pub(super) fn participle(w: &str) -> Option<Cue> {
    let base = Cue {
        present: false,
        addressee: false,
        object: false,
        that_only: false,
        np: false,
        question: false,
    };
    match w {
        "saying" | "adding" | "arguing" | "insisting" | "claiming" | "warning" | "stating"
        | "explaining" | "noting" => Some(base),
        "telling" => Some(Cue {
            addressee: true,
            ..base
        }),
        _ => None,
    }
}

/// `SUBJECT …, saying CONTENT`: the speaker is the clause's subject.
pub(super) fn saying(cl: &Clause, s: usize, cue: Cue) -> Option<(Attr, usize)> {
    if s == 0 || !cl.is_punct(s - 1, ',') {
        return None;
    }
    let speaker = np::after(cl, 0, s).or_else(|| np::before(cl, s.checked_sub(2)?, 0))?;
    let mut r = s + 1;
    if cue.addressee {
        r = hearer(cl, r);
    }
    let (content, _) = content_after(cl, r, cue);
    let mut attr = Attr::new(speaker, cl.lower(s).into(), s);
    attr.content = content;
    attr.aside = Some((speaker.last + 1, s));
    Some((attr, r))
}

/// Nouns that name a position someone holds or states.
pub(super) fn is_stance_noun(w: &str) -> bool {
    matches!(
        w,
        "line"
            | "position"
            | "view"
            | "argument"
            | "claim"
            | "message"
            | "stance"
            | "answer"
            | "response"
            | "reply"
            | "explanation"
            | "verdict"
            | "conclusion"
            | "assessment"
            | "finding"
            | "version"
            | "defence"
            | "defense"
            | "excuse"
            | "promise"
            | "warning"
    )
}

/// `the line of SPEAKER … was that CONTENT`, `SPEAKER's position is that CONTENT`.
pub(super) fn stance(cl: &Clause, v: usize) -> Option<(Attr, usize)> {
    let floor = v.saturating_sub(14);
    let noun = (floor..v).find(|&k| is_stance_noun(&cl.lower(k)))?;
    let speaker = if cl.lower(noun + 1) == "of" {
        np::after(cl, noun + 2, v)?
    } else {
        let p = noun
            .checked_sub(1)
            .filter(|&p| cl.word(p).is_some_and(np::possessive))?;
        possessor(cl, p)?
    };
    let n = cl.len();
    let mut attr = Attr::new(
        speaker,
        format!("{} … {} that", cl.lower(noun), cl.lower(v)),
        v,
    );
    attr.content = trim(cl, v + 2, n.saturating_sub(1));
    attr.present = cl.lower(v) == "is";
    attr.aside = Some((speaker.last + 1, v));
    Some((attr, v + 2))
}

/// The phrase ending in the possessive word at `p`, without its "'s".
pub(super) fn possessor(cl: &Clause, p: usize) -> Option<Np> {
    let w = cl.word(p)?;
    let cut = if w.ends_with("'s") { 2 } else { 4 };
    let mut np = np::before(cl, p, 0).unwrap_or_else(|| {
        let span = cl.span(p, p);
        Np {
            first: p,
            last: p,
            text: span,
            head: span,
            kind: NpKind::Name,
        }
    });
    np.text.end = np.text.end.saturating_sub(cut).max(np.text.start);
    np.head.end = np.head.end.saturating_sub(cut).max(np.head.start);
    Some(np)
}

/// `SPEAKER's figure of QUOTE`: "the Interior Ministry's figure of "at least 3,000"".
pub(super) fn possessive_figure(cl: &Clause, f: usize) -> Option<(Attr, usize)> {
    if cl.lower(f + 1) != "of" || cl.quote(f + 2).is_none() {
        return None;
    }
    let p = (f.saturating_sub(3)..f)
        .rev()
        .find(|&k| cl.word(k).is_some_and(np::possessive))?;
    let np = possessor(cl, p)?;
    let mut attr = Attr::new(np, cl.lower(f).into(), f);
    attr.object_only = true;
    Some((attr, f + 2))
}
