//! Who claims a figure.
//!
//! Partisan sources disagree most on numbers, so a figure keeps who gives
//! it. Three cases, tried in order:
//!
//! 1. the figure lies inside a quotation: the quotation's speaker claims it;
//! 2. "according to X": X claims it;
//! 3. a cue verb in the sentence ("The Front claims 20,000 members",
//!    "Marvand says 47 civilians died", "…, officials said"): the subject
//!    of the cue (the words from the clause start to the cue) claims it.

use crate::lexicon;
use crate::token::{Kind, Token};
use dossier_doc::{Document, Span};

/// A figure's claim.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Claim {
    /// True when someone claims or estimates the figure.
    pub claimed: bool,
    /// Who, as written.
    pub claimant: Option<String>,
    /// Their entity, when one is known.
    pub claimant_id: Option<String>,
}

/// The claim cues of one sentence, found once so that each figure's lookup
/// is a binary search rather than a rescan of the sentence.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    according: Option<Option<Span>>,
    verbs: Vec<usize>,
}

impl Cues {
    /// The cues in one sentence's tokens.
    pub fn new(text: &str, tokens: &[Token]) -> Cues {
        Cues {
            according: according(text, tokens),
            verbs: (0..tokens.len())
                .filter(|&k| is_cue(text, tokens, k))
                .collect(),
        }
    }
}

/// Quotations and entity mentions of one document sorted by position, so
/// that each figure finds its quotation and its claimant's entity by binary
/// search instead of a scan of the whole document.
#[derive(Debug, Clone, Default)]
pub struct Layers {
    /// Quotation spans sorted by start, with their index in `doc.quotes`
    /// and the largest end among them up to here.
    quotes: Vec<(Span, usize, usize)>,
    /// Mention spans sorted by start, with their entity's index.
    mentions: Vec<(Span, usize)>,
}

impl Layers {
    /// Indexes the quotation and entity layers of `doc`.
    pub fn new(doc: &Document) -> Layers {
        let mut quotes: Vec<(Span, usize, usize)> = doc
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| (q.span, i, 0))
            .collect();
        quotes.sort_by_key(|q| (q.0.start, q.1));
        let mut reach = 0;
        for q in &mut quotes {
            reach = reach.max(q.0.end);
            q.2 = reach;
        }
        let mut mentions: Vec<(Span, usize)> = doc
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.span, i)))
            .collect();
        mentions.sort_by_key(|m| (m.0.start, m.1));
        Layers { quotes, mentions }
    }

    /// The first quotation (in layer order) whose span satisfies `hit`, among
    /// those starting before `before` and reaching past `after`.
    fn quote(&self, before: usize, after: usize, hit: impl Fn(Span) -> bool) -> Option<usize> {
        let k = self.quotes.partition_point(|q| q.0.start < before);
        self.quotes[..k]
            .iter()
            .rev()
            .take_while(|q| q.2 > after)
            .filter(|q| hit(q.0))
            .map(|q| q.1)
            .min()
    }

    /// The first entity (in layer order) with a mention inside `who`.
    fn entity_within(&self, who: Span) -> Option<usize> {
        let k = self.mentions.partition_point(|m| m.0.start < who.start);
        self.mentions[k..]
            .iter()
            .take_while(|m| m.0.start <= who.end)
            .filter(|m| who.contains(m.0))
            .map(|m| m.1)
            .min()
    }
}

/// The claim on a figure at `span`, given the tokens and cues of its sentence.
pub fn claim(doc: &Document, tokens: &[Token], cues: &Cues, span: Span) -> Claim {
    claim_in(doc, &Layers::new(doc), tokens, cues, span)
}

/// Like [`claim`], with the document's layers indexed once by the caller.
pub fn claim_in(
    doc: &Document,
    layers: &Layers,
    tokens: &[Token],
    cues: &Cues,
    span: Span,
) -> Claim {
    let containing = layers.quote(span.start + 1, span.end.saturating_sub(1), |q| {
        q.contains(span)
    });
    if let Some(q) = containing.and_then(|i| doc.quotes.get(i)) {
        if let Some(speaker) = q.speaker.clone() {
            return Claim {
                claimed: true,
                claimant: Some(speaker),
                claimant_id: q.speaker_id.clone(),
            };
        }
    }
    let text = doc.text.as_str();
    let from = tokens.partition_point(|t| t.span.start < span.start);
    let to = tokens.partition_point(|t| t.span.start < span.end);
    let found = cues
        .according
        .or_else(|| cue_subject(text, tokens, &cues.verbs, from, to));
    let Some(found) = found else {
        return Claim::default();
    };
    let Some(who) = found else {
        return Claim {
            claimed: true,
            ..Claim::default()
        };
    };
    let claimant = doc.slice(who).to_string();
    let claimant_id = layers
        .entity_within(who)
        .and_then(|i| doc.entities.get(i))
        .map(|e| e.id.clone());
    if is_pronoun(&claimant) {
        let speaker = layers
            .quote(span.end, span.start, |q| q.overlaps(span))
            .and_then(|i| doc.quotes.get(i));
        return Claim {
            claimed: true,
            claimant: speaker.and_then(|q| q.speaker.clone()),
            claimant_id: speaker.and_then(|q| q.speaker_id.clone()),
        };
    }
    Claim {
        claimed: true,
        claimant: Some(claimant),
        claimant_id,
    }
}

/// "according to X": the span of X (up to a comma), when the cue is present.
fn according(text: &str, tokens: &[Token]) -> Option<Option<Span>> {
    // One buffer for every phrase tried: building a `String` per word and
    // per phrase cost more than the lookup.
    let mut phrase = String::new();
    for (i, t) in tokens.iter().enumerate() {
        // A token holds no space, so it must be a cue's first word.
        if !lexicon::after_cue_opener(t.text(text)) {
            continue;
        }
        for len in [3, 2] {
            let Some(words) = tokens.get(i..i + len) else {
                continue;
            };
            phrase.clear();
            for (k, t) in words.iter().enumerate() {
                if k > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(&dossier_doc::Lower::of(t.text(text)));
            }
            if lexicon::claim_cue(&phrase) == Some("after") {
                return Some(phrase_from(text, tokens, i + len));
            }
        }
    }
    None
}

/// The words from `start` to the next comma or clause end (at most six).
fn phrase_from(text: &str, tokens: &[Token], start: usize) -> Option<Span> {
    let mut end = None;
    for (k, t) in tokens.iter().enumerate().skip(start).take(6) {
        if t.kind == Kind::Punct
            || (k > start && lexicon::stopword(&dossier_doc::Lower::of(t.text(text))))
        {
            let lw = dossier_doc::Lower::of(t.text(text));
            if !matches!(lw.as_str(), "of" | "the" | "'" | "\u{2019}" | "-") {
                break;
            }
        }
        end = Some(k);
    }
    let end = end?;
    Some(Span::new(tokens[start].span.start, tokens[end].span.end))
}

/// The subject of the cue verb nearest before the figure (tokens `from..to`),
/// or else after it. A subject that is only a pronoun or starts with a
/// possessive ("its researchers counted") defers to an earlier cue's.
fn cue_subject(
    text: &str,
    tokens: &[Token],
    verbs: &[usize],
    from: usize,
    to: usize,
) -> Option<Option<Span>> {
    let split = verbs.partition_point(|&k| k < from);
    let mut before = verbs[..split].iter().rev().copied();
    let Some(cue) = before.next() else {
        let after = verbs.partition_point(|&k| k < to);
        let cue = *verbs.get(after)?;
        return Some(subject(text, tokens, cue));
    };
    let mut who = subject(text, tokens, cue);
    for earlier in before.take(2) {
        let weak = who.is_none_or(|s| {
            let first = text
                .get(s.start..s.end)
                .unwrap_or("")
                .split(' ')
                .next()
                .unwrap_or("");
            is_pronoun(first)
                || matches!(
                    dossier_doc::Lower::of(first).as_str(),
                    "its" | "their" | "his" | "her" | "our"
                )
        });
        if !weak {
            break;
        }
        if let Some(s) = subject(text, tokens, earlier) {
            who = Some(s);
        }
    }
    Some(who)
}

/// A cue verb; "an estimated", "the count" are nouns or adjectives.
fn is_cue(text: &str, tokens: &[Token], k: usize) -> bool {
    if tokens[k].kind != Kind::Word || !lexicon::verb_cue(tokens[k].text(text)) {
        return false;
    }
    let determiner = k > 0
        && matches!(
            dossier_doc::Lower::of(tokens[k - 1].text(text)).as_str(),
            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
        );
    !determiner
}

/// The words between the clause start and the cue at `cue`.
fn subject(text: &str, tokens: &[Token], cue: usize) -> Option<Span> {
    let mut end = cue;
    // Skip adverbs and auxiliaries just before the cue: "officials later claimed".
    while end > 0 {
        let w = dossier_doc::Lower::of(tokens[end - 1].text(text));
        let adverb = w.ends_with("ly")
            || matches!(
                w.as_str(),
                "later" | "also" | "now" | "then" | "since" | "earlier" | "still" | "already"
            );
        let aux = matches!(
            w.as_str(),
            "has" | "have" | "had" | "was" | "were" | "is" | "are"
        );
        if tokens[end - 1].kind == Kind::Word && (adverb || aux) {
            end -= 1;
        } else {
            break;
        }
    }
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = tokens[start - 1];
        let w = dossier_doc::Lower::of(t.text(text));
        let boundary = matches!(
            w.as_str(),
            "but" | "and" | "while" | "that" | "which" | "whereas"
        ) || is_cue(text, tokens, start - 1)
            || (t.kind == Kind::Punct && !matches!(w.as_str(), "'" | "\u{2019}" | "-" | "."))
            || t.kind == Kind::Digits;
        if boundary {
            break;
        }
        start -= 1;
    }
    (start < end).then(|| Span::new(tokens[start].span.start, tokens[end - 1].span.end))
}

fn is_pronoun(s: &str) -> bool {
    matches!(
        dossier_doc::Lower::of(s).as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who"
    )
}
