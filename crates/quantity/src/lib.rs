//! Numbers with what they count, how sure the source is, and who claims them.
//!
//! Partisan sources disagree on numbers more than on anything else: the
//! same attack kills "31 people" in one report and "more than 40" in
//! another; a movement "claims 20,000 members" while intelligence estimates
//! put it "between 4,000 and 7,000". [`QuantityAnnotator`] keeps each figure
//! with the hedge that qualifies it and the party that gives it, so that
//! figures can be compared across sources rather than merely listed.
//!
//! The work is split by concern, each step reading only the sentence at hand:
//!
//! * a gate that passes over, without tokenizing, the sentences that hold
//!   neither a digit nor a number or scale word (most of a news text);
//! * [`token`]: a tokenizer that keeps "US$2.4bn" apart and "12,500" whole;
//! * [`number`]: numerals in digits, words or both ("three thousand",
//!   "4 million", "a dozen", "tens of thousands");
//! * ranges ("between 4,000 and 7,000", "2000-2500"), currencies ("$",
//!   "US$", "dinars") and rate periods ("a month" → `USD/month`), hedges
//!   ("more than 600" → a lower bound) and the counted noun ("armored
//!   vehicles");
//! * a filter that drops numbers that are not quantities: dates and years
//!   (also where the time layer marks them), page and volume numbers,
//!   citations, clock times, phone numbers, labels in names;
//! * claims: a figure inside a quotation belongs to its speaker, and one
//!   after "according to" or with a cue verb ("The Front claims …") to the
//!   cue's subject.
//!
//! All rules are shallow and local, so the cost is linear in the text.
//! Lexicons (number words, scales, currencies, hedges, stopwords) live in
//! `lexicons/quantity/`.
//!
//! ```
//! let found = dossier_quantity::quantities_in("The Front claims 20,000 members.");
//! assert_eq!(found[0].quantity.value, Some(20000.0));
//! assert_eq!(found[0].quantity.unit.as_deref(), Some("members"));
//! assert!(found[0].quantity.claimed);
//! ```
#![deny(missing_docs)]

mod build;
pub mod claim;
mod filter;
mod gate;
mod lexicon;
mod money;
mod noun;
pub mod number;
pub mod token;

use dossier_doc::{Annotator, Document, Layer, Quantity, Span};

/// A quantity with the parts of it that conformance tests look at.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The quantity as the document layer stores it.
    pub quantity: Quantity,
    /// The amount alone: currency and numbers with their scales, without
    /// hedge, counted noun or period ("$2.4 billion", "4,000 and 7,000").
    pub core: Span,
    /// The amount with its hedges, without counted noun or period
    /// ("more than 600", "between 4,000 and 7,000").
    pub hedged: Span,
    /// True when the unit is a currency.
    pub money: bool,
}

/// Writes the quantities layer.
#[derive(Debug, Default)]
pub struct QuantityAnnotator;

impl QuantityAnnotator {
    /// An annotator with the built-in lexicons.
    pub fn new() -> QuantityAnnotator {
        QuantityAnnotator
    }
}

impl Annotator for QuantityAnnotator {
    fn name(&self) -> &'static str {
        "quantity"
    }

    fn requires(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }

    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Quantities]
    }

    fn annotate(&self, doc: &mut Document) {
        doc.quantities = find(doc).into_iter().map(|f| f.quantity).collect();
    }
}

/// Every quantity in a document's content sentences, in text order.
///
/// Reads the sentence, time, citation, quote and entity layers when present.
pub fn find(doc: &Document) -> Vec<Found> {
    let times = sorted(doc.times.iter().map(|t| t.span));
    let citations = sorted(doc.citations.iter().map(|c| c.span));
    let mut layers: Option<claim::Layers> = None;
    let mut out = Vec::new();
    for (_, sentence) in doc.content_sentences() {
        if !gate::may_count(doc.slice(sentence.span)) {
            continue;
        }
        let tokens = token::tokenize(&doc.text, sentence.span);
        let nums = number::numerals(&doc.text, &tokens);
        if nums.is_empty() {
            continue;
        }
        // Cues and the document's indexes are read only where a figure is.
        let mut cues: Option<claim::Cues> = None;
        for d in build::drafts(&doc.text, &tokens, &nums) {
            if inside(&citations, d.core) || (inside(&times, d.core) && !is_duration(&d)) {
                continue;
            }
            let cues = cues.get_or_insert_with(|| claim::Cues::new(&doc.text, &tokens));
            let layers = layers.get_or_insert_with(|| claim::Layers::new(doc));
            let c = claim::claim_in(doc, layers, &tokens, cues, d.span);
            out.push(Found {
                quantity: Quantity {
                    span: d.span,
                    value: d.value,
                    low: d.low,
                    high: d.high,
                    unit: d.unit,
                    approximate: d.hedge.is_some() || (d.value.is_none() && d.low != d.high),
                    claimed: c.claimed,
                    claimant: c.claimant,
                    claimant_id: c.claimant_id,
                    hedge: d.hedge,
                },
                core: d.core,
                hedged: d.hedged,
                money: d.money,
            });
        }
    }
    out
}

/// Quantities in a bare string: segments it and runs the annotator's rules
/// without the other layers (no times, entities or quotes).
pub fn quantities_in(text: &str) -> Vec<Found> {
    let mut doc = Document::new("-", text.to_string());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    find(&doc)
}

/// Every numeral in a bare string with its value, as a number reader sees
/// them: years, labels and codes included ("192.168.1.2" is four numbers),
/// but not ordinals ("4th"), measurements glued to their unit ("180ml") or
/// "one" used as a pronoun ("which one").
pub fn numbers_in(text: &str) -> Vec<(Span, f64)> {
    let tokens = token::tokenize(text, Span::new(0, text.len()));
    number::numerals(text, &tokens)
        .into_iter()
        .filter(|n| !filter::not_a_number(text, &tokens, n))
        .map(|n| (n.span, n.value))
        .collect()
}

/// True when `unit` is a unit of measurement ("miles", "square meters",
/// "3-inch" compounds' "inch") rather than a counted thing.
pub fn is_measure(unit: &str) -> bool {
    let head = dossier_doc::Lower::of(unit.split([' ', '-']).next().unwrap_or(unit));
    lexicon::measure(&head)
}

fn is_duration(d: &build::Draft) -> bool {
    filter::duration(d.unit.as_deref())
}

fn sorted(spans: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut v: Vec<Span> = spans.collect();
    v.sort();
    v
}

/// True when `span` overlaps one of the sorted `spans`.
fn inside(spans: &[Span], span: Span) -> bool {
    // Spans may nest, so look back over those starting before `span` ends
    // only as far as one that ends before it: a bounded scan in practice.
    let i = spans.partition_point(|s| s.start < span.end);
    spans[..i].iter().rev().take(8).any(|s| s.overlaps(span))
}
