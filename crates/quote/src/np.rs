//! Speaker phrases: the noun phrase before or after a cue.
//!
//! A speaker is a proper name ("Colonel Moammar Hadidi", "Centre for Conflict
//! Studies", "Anneke van der Molen"), an unnamed noun phrase headed by a
//! speaker noun ("a senior Qaranistani officer", "the charge sheet",
//! "Marvandi state radio"), or a pronoun. Phrases are read outwards from the
//! cue over the clause's tokens, never further than the clause.

use dossier_doc::Span;

use crate::clause::Clause;
use crate::lexicon::{self, NounClass};
use crate::tokens::capitalized;
use crate::words;

/// The most words a speaker phrase's core may have: names and noun phrases
/// are short, and the bound keeps every scan constant-time.
const MAX_PHRASE: usize = 12;

/// What a speaker phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// A proper name.
    Name,
    /// A common noun phrase headed by a noun of this class.
    Nominal(NounClass),
    /// A pronoun, to be resolved.
    Pronoun,
}

/// A speaker phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Np {
    /// Index of its first token, determiner included.
    pub first: usize,
    /// Index of its last token.
    pub last: usize,
    /// The speaker as it will be shown: no leading article.
    pub text: Span,
    /// The head (the name, or the head noun's phrase) for linking to entities.
    pub head: Span,
    /// Name, nominal or pronoun.
    pub kind: NpKind,
}

/// True when the word at `i` opens the clause and is a common word that is
/// capitalized only for that reason ("Diplomats said", "The report says"),
/// unless a capitalized word follows and makes it part of a name ("Radio
/// Free Marvand").
fn initial_common(cl: &Clause, i: usize, floor: usize) -> bool {
    let lw = cl.lower(i);
    let next_cap = cl.word(i + 1).is_some_and(capitalized);
    i == floor
        && (words::is_function_word(&lw)
            || !next_cap
                && (lexicon::speaker_nouns().contains_key(lw.as_str())
                    || lexicon::modifiers().contains(lw.as_str())))
}

/// True when the word is a possessive ("Qaranistan's").
pub(crate) fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// Steps left over bracketed material ending at `i`: an acronym "(CCS)", a
/// note marker "[4]". Returns the index of the token before it.
fn skip_brackets(cl: &Clause, mut i: usize, floor: usize) -> Option<usize> {
    loop {
        let open = if cl.is_punct(i, ')') {
            '('
        } else if cl.is_punct(i, ']') {
            '['
        } else {
            return Some(i);
        };
        let at = (floor..i).rev().take(12).find(|&j| cl.is_punct(j, open))?;
        i = at.checked_sub(1)?;
        if i < floor {
            return None;
        }
    }
}

/// The speaker phrase ending at token `last`, not reaching before `floor`.
pub(crate) fn before(cl: &Clause, last: usize, floor: usize) -> Option<Np> {
    let i = skip_brackets(cl, last, floor)?;
    let lw = cl.lower(i);
    if words::is_pronoun(&lw) {
        let span = cl.span(i, i);
        return Some(Np {
            first: i,
            last: i,
            text: span,
            head: span,
            kind: NpKind::Pronoun,
        });
    }
    let mut np = core_before(cl, i, floor)?;
    for _ in 0..2 {
        let Some(prep_at) = np.first.checked_sub(1).filter(|&p| p > floor) else {
            break;
        };
        let prep = cl.lower(prep_at);
        if !matches!(
            prep.as_str(),
            "in" | "of" | "for" | "at" | "from" | "by" | "on"
        ) {
            break;
        }
        let Some(prev) = core_before(cl, prep_at - 1, floor) else {
            break;
        };
        np = attach(prev, &prep, np);
    }
    Some(Np { last, ..np })
}

/// Joins `prev PREP np` into one phrase: a written source's author becomes
/// the speaker ("a 2007 report by the Centre …"), a place narrows an unnamed
/// speaker ("the foreign ministry in Kesh"), and a named speaker keeps its name.
fn attach(prev: Np, prep: &str, np: Np) -> Np {
    match prev.kind {
        NpKind::Nominal(NounClass::Document | NounClass::Media)
            if matches!(prep, "by" | "from") && np.kind == NpKind::Name =>
        {
            Np {
                first: prev.first,
                ..np
            }
        }
        NpKind::Nominal(_) => Np {
            first: prev.first,
            text: prev.text.cover(np.text),
            head: prev.head,
            kind: prev.kind,
            last: np.last,
        },
        NpKind::Name if matches!(prep, "in" | "at") => Np {
            last: np.last,
            ..prev
        },
        _ => np,
    }
}

/// A name or an unnamed phrase ending at `i`, without attached phrases.
fn core_before(cl: &Clause, i: usize, floor: usize) -> Option<Np> {
    let w = cl.word(i)?;
    let lw = dossier_doc::Lower::of(w);
    if words::is_calendar_word(&lw) || words::is_function_word(&lw) {
        return None;
    }
    if capitalized(w) && !initial_common(cl, i, floor) && !possessive(w) {
        return name_before(cl, i, floor);
    }
    nominal_before(cl, i, floor)
}

/// A run of capitalized words (with name particles, "of", "of the", "and")
/// ending at `i`.
fn name_before(cl: &Clause, i: usize, floor: usize) -> Option<Np> {
    let cap = |k: usize| {
        cl.word(k)
            .is_some_and(|w| capitalized(w) && !possessive(w) && !initial_common(cl, k, floor))
    };
    let mut j = i;
    while j > floor && i - j < MAX_PHRASE {
        let p = j - 1;
        let lw = cl.lower(p);
        let particle = words::is_name_particle(&lw)
            && p > floor
            && (cap(p - 1) || words::is_name_particle(&cl.lower(p - 1)));
        if cap(p) || particle {
            j = p;
        } else if matches!(lw.as_str(), "of" | "for" | "and") && p > floor && cap(p - 1) {
            j = p - 1;
        } else if lw == "the"
            && p > floor + 1
            && matches!(cl.lower(p - 1).as_str(), "of" | "for")
            && cap(p - 2)
        {
            j = p - 2;
        } else {
            break;
        }
    }
    // A sentence-initial article or adverb is no part of the name.
    while j < i && words::is_function_word(&cl.lower(j)) {
        j += 1;
    }
    if words::is_function_word(&cl.lower(j)) {
        return None;
    }
    let first = if j > floor && cl.lower(j - 1) == "the" {
        j - 1
    } else {
        j
    };
    let span = cl.span(j, i);
    Some(Np {
        first,
        last: i,
        text: span,
        head: span,
        kind: NpKind::Name,
    })
}

/// An unnamed phrase headed by the noun at `i`: modifiers, demonyms, a year,
/// compound nouns, possessives, and a determiner before it.
fn nominal_before(cl: &Clause, i: usize, floor: usize) -> Option<Np> {
    let head = cl.lower(i);
    let class = lexicon::speaker_nouns().get(head.as_str()).copied();
    let mut j = i;
    while j > floor && i - j < MAX_PHRASE {
        let p = j - 1;
        let lw = cl.lower(p);
        if words::is_determiner(&lw) || words::is_function_word(&lw) {
            break;
        }
        let modifier = cl.word(p).is_some_and(|w| {
            lexicon::modifiers().contains(lw.as_str())
                || capitalized(w)
                || possessive(w)
                || lexicon::speaker_nouns().contains_key(lw.as_str())
        }) || cl.is_num(p);
        if modifier {
            j = p;
        } else {
            break;
        }
    }
    let det = j
        .checked_sub(1)
        .filter(|&p| p >= floor && words::is_determiner(&cl.lower(p)));
    let class = match class {
        Some(c) => c,
        None if det.is_some() && cl.word(i).is_some_and(|w| !capitalized(w)) => NounClass::Org,
        None => return None,
    };
    let first = det.unwrap_or(j);
    // Possessive pronouns stay ("her office"); articles go.
    let keep_det = det.is_some_and(|p| {
        matches!(
            cl.lower(p).as_str(),
            "its" | "his" | "her" | "their" | "our"
        )
    });
    let text = cl.span(if keep_det { first } else { j }, i);
    Some(Np {
        first,
        last: i,
        text,
        head: cl.span(j, i),
        kind: NpKind::Nominal(class),
    })
}

/// True when the word `w` at `k`, `lw` in lower case, can stand inside a
/// speaker phrase read forwards.
fn phrase_word(cl: &Clause, k: usize, det: bool, w: &str, lw: &str) -> bool {
    if words::is_calendar_word(lw) {
        return false;
    }
    if capitalized(w) {
        return !words::is_function_word(lw);
    }
    if words::is_name_particle(lw) || matches!(lw, "of" | "for") {
        return k > 0
            && cl.word(k - 1).is_some_and(capitalized)
            && cl.word(k + 1).is_some_and(capitalized);
    }
    if words::is_function_word(lw) {
        return false;
    }
    lexicon::modifiers().contains(lw)
        || lexicon::speaker_nouns().contains_key(lw)
        || lexicon::titles().contains_key(lw)
        || det
}

/// The speaker phrase starting at token `start`, not reaching `ceil`:
/// "according to [a defector]", "said [Nabil Sarraf]", "quoted [a European diplomat]".
pub(crate) fn after(cl: &Clause, start: usize, ceil: usize) -> Option<Np> {
    phrase_after(cl, start, ceil, true)
}

/// [`after`], taking a name in apposition only when `apposition` is set
/// (not for phrases inside a phrase).
fn phrase_after(cl: &Clause, start: usize, ceil: usize, apposition: bool) -> Option<Np> {
    let ceil = ceil.min(cl.len());
    let mut i = start;
    let first = cl.lower(start);
    let det = cl.word(i).is_some() && words::is_determiner(&first);
    if det {
        i += 1;
    }
    if !det && cl.word(i).is_some() && words::is_pronoun(&first) {
        let span = cl.span(i, i);
        return Some(Np {
            first: i,
            last: i,
            text: span,
            head: span,
            kind: NpKind::Pronoun,
        });
    }
    let body = i;
    let mut window = body;
    // The window's words in lower case, each lowered once.
    let mut lows: [dossier_doc::Lower; 6] = Default::default();
    while window < ceil && window < body + 6 {
        let Some(w) = cl.word(window) else { break };
        let lw = dossier_doc::Lower::of(w);
        if !phrase_word(cl, window, det, w, &lw) {
            break;
        }
        lows[window - body] = lw;
        window += 1;
    }
    // A capitalized word is a head without looking it up.
    let is_head = |k: usize| {
        cl.word(k).is_some_and(capitalized) || {
            let lw = lows[k - body].as_str();
            lexicon::speaker_nouns().contains_key(lw) || lexicon::titles().get(lw) == Some(&true)
        }
    };
    let last = (body..window)
        .rev()
        .find(|&k| is_head(k))
        .or_else(|| (det && window > body).then(|| window - 1))?;
    let kind = if cl.word(last).is_some_and(capitalized) {
        NpKind::Name
    } else {
        let class = lexicon::speaker_nouns()
            .get(lows[last - body].as_str())
            .copied()
            .unwrap_or(NounClass::Org);
        NpKind::Nominal(class)
    };
    let keep_det = det && matches!(first.as_str(), "its" | "his" | "her" | "their" | "our");
    let mut np = Np {
        first: start,
        last,
        text: cl.span(if keep_det { start } else { body }, last),
        head: cl.span(body, last),
        kind,
    };
    if let NpKind::Nominal(class) = kind {
        extend_nominal(cl, &mut np, class, ceil, apposition);
    }
    Some(np)
}

/// Completes an unnamed phrase read forwards: its author ("figures compiled
/// by X" → X), a name in apposition ("the governor of Zarin province, Firouz
/// Alavi" → the name), or an attached phrase ("a spokesman for the ministry").
fn extend_nominal(cl: &Clause, np: &mut Np, class: NounClass, ceil: usize, apposition: bool) {
    let last = np.last;
    let prep = cl.lower(last + 1);
    let by_author = matches!(class, NounClass::Document | NounClass::Media)
        && words::is_authoring_participle(&prep)
        && cl.lower(last + 2) == "by";
    if by_author {
        if let Some(author) = phrase_after(cl, last + 3, ceil, false) {
            *np = Np {
                first: np.first,
                ..author
            };
        }
        return;
    }
    if matches!(prep.as_str(), "in" | "of" | "for" | "at") && last + 2 < ceil {
        if let Some(pp) = phrase_after(cl, last + 2, ceil, false)
            .filter(|p| p.kind == NpKind::Name || prep == "of")
        {
            np.text = np.text.cover(pp.text);
            np.last = pp.last;
        }
    }
    let k = (np.last + 1..(np.last + 4).min(ceil))
        .take_while(|&j| cl.word(j).is_some() || cl.is_punct(j, ','))
        .find(|&j| cl.is_punct(j, ','));
    if let Some(k) = k.filter(|_| apposition) {
        if let Some(name) = phrase_after(cl, k + 1, ceil, false).filter(|p| p.kind == NpKind::Name)
        {
            let closes = name.last + 1 >= ceil
                || cl.is_punct(name.last + 1, ',')
                || cl.is_punct(name.last + 1, '.');
            if closes && name.first == k + 1 {
                *np = Np {
                    first: np.first,
                    ..name
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn with<R>(text: &str, f: impl FnOnce(&Clause) -> R) -> R {
        let toks = tokenize(text, Span::new(0, text.len()), &[]);
        f(&Clause { text, toks: &toks })
    }

    fn back(text: &str) -> (String, NpKind) {
        with(text, |cl| {
            let np = before(cl, cl.len() - 1, 0).expect("a phrase");
            (text[np.text.start..np.text.end].to_string(), np.kind)
        })
    }

    fn fwd(text: &str) -> String {
        with(text, |cl| {
            let np = after(cl, 0, cl.len()).expect("a phrase");
            text[np.text.start..np.text.end].to_string()
        })
    }

    #[test]
    fn names_before() {
        assert_eq!(back("after the ceremony Tabrizi").0, "Tabrizi");
        assert_eq!(back("Van der Molen").0, "Van der Molen");
        assert_eq!(
            back("in which the Centre for Conflict Studies (CCS)").0,
            "Centre for Conflict Studies"
        );
        assert_eq!(
            back("the interior minister in Baydar, Colonel Moammar Hadidi").0,
            "Colonel Moammar Hadidi"
        );
        assert_eq!(back("Radio Free Marvand").0, "Radio Free Marvand");
        assert_eq!(back("Friends of the Seren").0, "Friends of the Seren");
        assert_eq!(back("Lindqvist and Mahfouz [6]").0, "Lindqvist and Mahfouz");
        assert!(with("in September", |cl| before(cl, 1, 0)).is_none());
    }

    #[test]
    fn nominals_before() {
        assert_eq!(back("a figure Marvandi officials").0, "Marvandi officials");
        assert_eq!(
            back("The Marvandi foreign ministry").0,
            "Marvandi foreign ministry"
        );
        assert_eq!(back("Diplomats").0, "Diplomats");
        assert_eq!(
            back("the foreign ministry in Kesh").0,
            "foreign ministry in Kesh"
        );
        assert_eq!(
            back("Prosecutors in Qaranistan").0,
            "Prosecutors in Qaranistan"
        );
        assert_eq!(back("The charge sheet").0, "charge sheet");
        assert_eq!(
            back("A 2007 report by the Centre for Conflict Studies in Geneva").0,
            "Centre for Conflict Studies"
        );
        assert_eq!(back("Marvandi state radio").0, "Marvandi state radio");
        assert_eq!(
            back("Marvand\u{2019}s health ministry").0,
            "Marvand\u{2019}s health ministry"
        );
        assert_eq!(back("The accord's preamble").0, "accord's preamble");
        assert_eq!(
            back("The judgment in the Sarraf case").0,
            "judgment in the Sarraf case"
        );
        assert!(matches!(
            back("A senior Qaranistani officer").1,
            NpKind::Nominal(NounClass::Person)
        ));
    }

    #[test]
    fn phrases_after() {
        assert_eq!(fwd("a European diplomat, who asked"), "European diplomat");
        assert_eq!(fwd("a defector quoted by the Sabah Monitor"), "defector");
        assert_eq!(fwd("the Sabah Monitor in 2006"), "Sabah Monitor");
        assert_eq!(fwd("her office, the two"), "her office");
        assert_eq!(
            fwd("figures compiled by the Baydar Bar Association, more"),
            "Baydar Bar Association"
        );
        assert_eq!(fwd("Nabil Sarraf, the treasurer"), "Nabil Sarraf");
        assert_eq!(
            fwd("a spokesman for the Interior Ministry."),
            "spokesman for the Interior Ministry"
        );
        assert_eq!(fwd("two reliable sources. "), "reliable sources");
        assert_eq!(
            fwd("the governor of Zarin province, Firouz Alavi."),
            "Firouz Alavi"
        );
        assert_eq!(
            fwd("FoS chair Ilse Brandauer-Kov\u{10d}."),
            "FoS chair Ilse Brandauer-Kov\u{10d}"
        );
        assert_eq!(
            fwd("an unnamed member of the ruling party as saying"),
            "unnamed member of the ruling party"
        );
    }
}
