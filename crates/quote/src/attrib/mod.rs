//! Attribution patterns over one clause: who says what, by which cue.
//!
//! The patterns, tried at every cue in a clause:
//!
//! * `SPEAKER [, APPOSITIVE ,] [had|later …] CUE [HEARER] [ADJUNCTS] [that] CONTENT`
//!   ("Hadidi said the case …", "A spokesman, Tariq el-Mansouri, told Northwind
//!   the charges were …", "X replied three days later that …");
//! * `SPEAKER who|which … CUE` and `NAME, a NOUN … who CUE` (relative clauses);
//! * `CONTENT|QUOTE , SPEAKER CUE [ADJUNCTS]` ("…, the foreign ministry said.");
//! * `QUOTE , CUE SPEAKER` (inversion: "…," said Nabil Sarraf);
//! * `SPEAKER CUE [OBJECT] QUOTE` for verbs that report only through a
//!   quotation ("called the accord "fragile but real"");
//! * `SPEAKER … and CUE` (a second verb of the same subject);
//! * `SUBJECT …, saying CONTENT` (a participle of speech);
//! * `QUOTE … CUE by SPEAKER` (passive: 'Down with the council', chanted by a crowd);
//! * `according to SPEAKER [quoted by RELAY]` before or after its content;
//! * `RELAY quoted|cited SPEAKER [, who …,] as saying [that] CONTENT`;
//! * `SPEAKER's figure|estimate of QUOTE`.

mod content;
mod speaker;
mod special;

use dossier_doc::Span;

use crate::clause::Clause;
use crate::lexicon::{self, Cue};
use crate::np::{self, Np, NpKind};
use crate::tokens::capitalized;
use crate::words;

use content::{adjunct_at, content_after, hearer, trim};
use speaker::{left_speaker, skip_before_cue, time_adjunct};
use special::{according, participle, possessive_figure, relay, saying, stance};

/// The most attributions read in one clause.
const MAX_ATTRIBUTIONS: usize = 32;

/// One attribution found in a clause.
#[derive(Debug, Clone)]
pub(crate) struct Attr {
    /// The speaker phrase.
    pub speaker: Np,
    /// The cue as written.
    pub cue: String,
    /// Index of the cue's (first) token.
    pub cue_at: usize,
    /// Present tense: a standing position.
    pub present: bool,
    /// Reports speech only through a quotation after the cue.
    pub object_only: bool,
    /// Relays, outermost first.
    pub via: Vec<Np>,
    /// Reported content as a token range (inclusive), for indirect speech.
    pub content: Option<(usize, usize)>,
    /// A phrase set off between speaker and cue (an appositive or relative
    /// clause): its times describe the speaker, not the statement.
    pub aside: Option<(usize, usize)>,
    /// The clause ends with a colon right after the attribution: a block
    /// quotation follows.
    pub intro: bool,
    /// An anonymity phrase stands in the attribution.
    pub anonymous: bool,
}

impl Attr {
    fn new(speaker: Np, cue: String, cue_at: usize) -> Attr {
        Attr {
            speaker,
            cue,
            cue_at,
            present: false,
            object_only: false,
            via: Vec::new(),
            content: None,
            aside: None,
            intro: false,
            anonymous: false,
        }
    }
}

/// Every attribution in the clause, in order.
pub(crate) fn parse(cl: &Clause) -> Vec<Attr> {
    let mut out: Vec<Attr> = Vec::new();
    let mut i = 0;
    // A bound on attributions per clause keeps a pathological run-on
    // sentence (thousands of "said" and no stop) linear.
    while i < cl.len() && out.len() < MAX_ATTRIBUTIONS {
        let word = cl.word(i);
        // An ASCII word with no capital is its own lower case: most words
        // of a clause, spared the copy.
        let lowered;
        // An ASCII word without capitals is its own lower case and cannot be
        // capitalized (a word token opens with a letter).
        let (lw, lower_case): (&str, bool) = match word {
            Some(w) if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) => (w, true),
            Some(w) => {
                lowered = dossier_doc::Lower::of(w);
                (lowered.as_str(), !capitalized(w))
            }
            None => ("", false),
        };
        let found = if lw == "according" && cl.lower(i + 1) == "to" {
            according(cl, i)
        } else if !lower_case {
            None
        } else if words::is_relay_verb(lw)
            && (cl.lower(i + 1) != "by" || i > 0 && words::is_passive_aux(&cl.lower(i - 1)))
        {
            relay(cl, i)
        } else if let Some(cue) = lexicon::cues().get(lw).filter(|_| !noun_use(cl, i)) {
            verb(cl, i, *cue, out.last())
        } else if let Some(cue) = participle(lw) {
            saying(cl, i, cue)
        } else if matches!(
            lw,
            "figure" | "estimate" | "estimates" | "count" | "tally" | "description" | "version"
        ) {
            possessive_figure(cl, i)
        } else if matches!(lw, "was" | "is" | "remains" | "remained") && cl.lower(i + 1) == "that" {
            stance(cl, i)
        } else {
            None
        };
        match found {
            Some((attr, next)) => {
                out.push(attr);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    for a in &mut out {
        a.anonymous |= anonymity(cl, a);
    }
    out
}

/// True when a cue form that is also a plural noun ("records", "reports",
/// "claims") stands as the noun: right before punctuation or a preposition.
fn noun_use(cl: &Clause, i: usize) -> bool {
    let lw = cl.lower(i);
    let ambiguous = matches!(
        lw.as_str(),
        "records"
            | "reports"
            | "claims"
            | "estimates"
            | "notes"
            | "dates"
            | "answers"
            | "replies"
            | "comments"
            | "promises"
            | "denies"
            | "states"
            | "statements"
            | "date"
            | "record"
            | "estimate"
            | "claim"
            | "report"
            | "place"
            | "places"
            | "read"
    );
    if !ambiguous {
        return false;
    }
    let next = i + 1;
    let before_det = i > 0 && words::is_determiner(&cl.lower(i - 1));
    before_det
        || next >= cl.len()
        || cl.toks.get(next).is_some_and(|t| {
            !matches!(
                t.kind,
                crate::tokens::Kind::Word
                    | crate::tokens::Kind::Num
                    | crate::tokens::Kind::Quote(_)
            )
        })
        || matches!(
            cl.lower(next).as_str(),
            "of" | "from" | "by" | "in" | "on" | "for" | "and" | "or"
        )
}

/// True when an anonymity phrase stands between the speaker and the content.
fn anonymity(cl: &Clause, a: &Attr) -> bool {
    let from = a
        .via
        .first()
        .map_or(a.speaker.first, |v| v.first.min(a.speaker.first))
        .min(a.cue_at);
    let to = a.content.map_or(cl.len().saturating_sub(1), |(s, _)| s);
    let span = cl.span(from.min(to), to.max(from));
    let lower = cl
        .text
        .get(span.start..span.end)
        .unwrap_or("")
        .to_lowercase();
    lexicon::anonymity_matcher().is_match(&lower)
}

/// A cue verb at `c`: finds the speaker on either side and the content.
fn verb(cl: &Clause, c: usize, cue: Cue, prev: Option<&Attr>) -> Option<(Attr, usize)> {
    let n = cl.len();
    let text = dossier_doc::Lower::of(cl.raw(c));
    if c > 0 && words::is_passive_aux(&cl.lower(c - 1)) || cl.lower(c + 1) == "by" {
        // "'Down with the council', chanted by a crowd"; "he was told" has no speaker.
        if cl.lower(c + 1) != "by" {
            return None;
        }
        let speaker = np::after(cl, c + 2, n)?;
        return Some((Attr::new(speaker, text.into(), c), speaker.last + 1));
    }
    let l = skip_before_cue(cl, c);
    let (speaker, aside, trailing) = left_speaker(cl, c, l, prev)?;
    if speaker.kind == NpKind::Pronoun && matches!(cl.lower(speaker.first).as_str(), "i" | "we") {
        return None;
    }
    let after_speaker = if speaker.first > c {
        speaker.last + 1
    } else {
        c + 1
    };
    let mut r = after_speaker;
    if cue.addressee {
        r = hearer(cl, r);
    }
    let (mut content, intro) = content_after(cl, r, cue);
    if content.is_none() && !cue.object && !intro && adjunct_at(cl, r) {
        if let Some(end) = trailing {
            content = trim(cl, 0, end);
            // A parenthetical cue ("…, the coalition says, at least …")
            // reports the whole sentence around it.
            if cl.is_punct(r, ',') {
                if let Some((_, e)) = trim(cl, r + 1, n.saturating_sub(1)) {
                    content = content.map(|(s, _)| (s, e));
                }
            }
        }
    }
    let mut attr = Attr::new(speaker, text.into(), c);
    attr.present = cue.present;
    attr.object_only = cue.object;
    attr.content = content.filter(|_| !cue.object || cue.np);
    attr.aside = aside;
    attr.intro = intro;
    Some((attr, r))
}

/// Token indices of the quotations in the clause with the attribution each
/// belongs to, if any.
pub(crate) fn owned_quotes(cl: &Clause, attrs: &[Attr]) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    for k in 0..cl.len() {
        if cl.quote(k).is_none() || is_naming(cl, k) {
            continue;
        }
        let inside = attrs
            .iter()
            .position(|a| a.content.is_some_and(|(s, e)| s <= k && k <= e));
        let nearest = attrs
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.object_only || k > a.cue_at)
            .min_by_key(|(_, a)| a.cue_at.abs_diff(k))
            .map(|(i, _)| i);
        out.push((k, inside.or(nearest)));
    }
    out
}

/// True when the quotation at `k` names or titles something rather than
/// reporting speech: a so-called term, a nickname, a title, a gloss in brackets.
pub(crate) fn is_naming(cl: &Clause, k: usize) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    if cl.is_punct(p, '(') {
        return true;
    }
    // "a book, "Borders of Sand", …": a title in apposition.
    if cl.is_punct(p, ',') && p > 0 && words::is_naming(&cl.lower(p - 1)) {
        return true;
    }
    let prev = cl.lower(p);
    if words::is_naming(&prev) {
        // "called it "…"" is speech; "a group called "…"" is a name.
        let by_pronoun = p > 0 && words::is_pronoun(&cl.lower(p - 1));
        return !(prev == "called" && by_pronoun);
    }
    matches!(prev.as_str(), "as" | "the" | "a") && p > 0 && words::is_naming(&cl.lower(p - 1))
}

/// The byte span of a token range.
pub(crate) fn range_span(cl: &Clause, r: (usize, usize)) -> Span {
    cl.span(r.0, r.1)
}
