//! Candidate mentions: runs of capitalized words, cut and trimmed.
//!
//! A name in English prose is a run of capitalized words, possibly joined by
//! lower-case connectors (`Centre for Conflict Studies`, `Jabhat al-Tahrir`,
//! `Anneke van der Molen`). A run is found in one pass over a sentence's
//! tokens, then cut where a connector joins two names rather than naming one
//! thing (`Marvand and Qaranistan`), and trimmed of what is not the name:
//! sentence-opening common words, titles (kept as the mention's role),
//! nationality adjectives before a title, trailing dates.
//!
//! This module holds the candidate type and the per-sentence reader;
//! `runs` finds and cuts the runs (and reads transcript labels and quoted
//! titles), `build` trims a run to the name and fills in the candidate.
//! Sentences come already tokenized from the document context, so the text
//! is tokenized once for the whole stage.

use dossier_doc::{BlockKind, Document, Lower, Span};

use crate::context::DocContext;
use crate::lexicon::{self, Lexicons};
use crate::tokens::{Kind, Token};

/// A candidate mention.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// The mention's extent, a directly attached title included.
    pub span: Span,
    /// The name's extent.
    pub name_span: Span,
    /// The name as written, spaces normalized.
    pub name: String,
    /// The name folded ([`crate::lexicon::fold`]), kept once: classifying,
    /// grouping and naming the entity each look it up.
    pub folded: String,
    /// The name's words.
    pub words: Vec<String>,
    /// Where each word lies.
    pub word_spans: Vec<Span>,
    /// The title or role standing in or before the mention.
    pub role: Option<String>,
    /// Index of the sentence.
    pub sentence: usize,
    /// Kind of the enclosing block.
    pub block: BlockKind,
    /// True for a transcript speaker label (`BAKRI:`).
    pub label: bool,
    /// Up to two lower-cased words before the mention, nearest last.
    pub before: Vec<Lower>,
    /// Up to two lower-cased words after the name, nearest first.
    pub after: Vec<Lower>,
    /// The surname a coordinated given name shares (`Karim` in `Karim and Nader Nouri`).
    pub shared_surname: Option<String>,
    /// True for an upper-case name opening a block and followed by a comma
    /// (a dateline: `BAYDAR, 14 March`).
    pub dateline: bool,
    /// True for a name in parentheses in a dateline, before the dash that
    /// opens the story (`BAYDAR, 14 March (Northwind) --`): a news agency.
    pub agency: bool,
    /// True for a Title Case phrase in quotation marks (a title of a work).
    pub quoted_title: bool,
    /// True when a possessive ending follows the name (`Kesh's`).
    pub possessive: bool,
}

impl Candidate {
    /// The word just before the mention, lower case, or "".
    pub fn prev(&self) -> &str {
        self.before.last().map_or("", Lower::as_str)
    }

    /// The word just after the name, lower case, or "".
    pub fn next(&self) -> &str {
        self.after.first().map_or("", Lower::as_str)
    }
}

/// Lower-case words that may join capitalized words inside one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "de", "du", "des", "da", "di", "del", "della", "do", "dos", "das", "van",
    "von", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "ben", "la", "le", "les", "y",
    "e", "ye", "on",
];

/// Lower-case facility words that widen a place mention.
const FACILITIES: &[&str] = &["prison", "jail"];

/// All candidates of the document's content sentences, in text order.
pub(crate) fn find(doc: &Document, ctx: &DocContext) -> Vec<Candidate> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for (si, toks) in &ctx.sentences {
        let (si, toks) = (*si, toks.as_slice());
        let Some(sent) = doc.sentences.get(si) else {
            continue;
        };
        let block = doc
            .blocks
            .get(sent.block)
            .map_or(BlockKind::Paragraph, |b| b.kind);
        words.clear();
        words.extend(toks.iter().map(|t| doc.slice(t.span)));
        let first_in_block = doc
            .blocks
            .get(sent.block)
            .is_some_and(|b| b.span.start == sent.span.start);
        let s = Sentence {
            doc,
            ctx,
            lex,
            toks,
            words: &words,
            index: si,
            block,
            start: 0,
            block_start: first_in_block,
            labelling: false,
        };
        let label_end = if first_in_block && block != BlockKind::Heading {
            s.label_end()
        } else {
            0
        };
        if label_end > 0 {
            Sentence {
                labelling: true,
                ..s
            }
            .label(label_end, &mut out);
        }
        let s = Sentence {
            start: label_end + usize::from(label_end > 0),
            ..s
        };
        s.runs(s.start, &mut out);
    }
    out
}

/// A capitalized word, or a lower-case particle hyphen-attached to a
/// capitalized word (`al-Qasimi`).
fn name_shaped(w: &str) -> bool {
    // Plain ASCII words settle on their first byte and hyphen.
    match w.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => return true,
        // A plain loop: words are short, and a `memchr` call costs more.
        Some(b) if b.is_ascii_lowercase() && !w.bytes().any(|c| c == b'-') => return false,
        _ => {}
    }
    let first = w.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        return true;
    }
    match w.split_once('-') {
        Some((p, rest)) => {
            CONNECTORS.contains(&p)
                || [
                    "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ed", "abu",
                ]
                .contains(&p)
                    && rest.chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

struct Sentence<'a> {
    doc: &'a Document,
    ctx: &'a DocContext<'a>,
    lex: &'a Lexicons,
    toks: &'a [Token],
    words: &'a [&'a str],
    index: usize,
    block: BlockKind,
    /// The first token after a transcript label, where the sentence proper starts.
    start: usize,
    /// True when the sentence opens its block (datelines).
    block_start: bool,
    /// True while reading a speaker label, where a lone upper-case word is a name.
    labelling: bool,
}

impl Sentence<'_> {
    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// A capitalized word that may be part of a name (or `al-Qasimi`), and
    /// not inside a time expression (looked up last: most words fail the
    /// shape test first).
    fn cap(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        name_shaped(self.word(i)) && !self.ctx.in_time(t.span)
    }

    fn connector(&self, i: usize) -> bool {
        self.is_word(i) && CONNECTORS.contains(&self.word(i)) || self.word(i) == "&"
    }

    fn text(&self, a: usize, b: usize) -> String {
        // The words' extent in the text bounds the joined length.
        let cap = match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|l| self.toks.get(l)),
        ) {
            (Some(x), Some(y)) => y.span.end.saturating_sub(x.span.start),
            _ => 0,
        };
        let mut s = String::with_capacity(cap);
        for i in a..b {
            if i > a && self.toks[i].space_before {
                s.push(' ');
            }
            s.push_str(self.word(i));
        }
        s
    }

    fn context_before(&self, start: usize) -> Vec<Lower> {
        let k = self.toks.partition_point(|t| t.span.end <= start);
        let lo = k.saturating_sub(2);
        (lo..k).map(|i| Lower::of(self.word(i))).collect()
    }

    fn context_after(&self, b: usize) -> Vec<Lower> {
        let mut k = b;
        if self.toks.get(k).is_some_and(|t| t.kind == Kind::Possessive) {
            k += 1;
        }
        (k..(k + 2).min(self.toks.len()))
            .map(|i| Lower::of(self.word(i)))
            .collect()
    }
}

mod build;
mod runs;
#[cfg(test)]
mod tests;
