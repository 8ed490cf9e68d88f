//! The pass over a document: blocks in order, clauses in each, quotations out.

mod clauses;
mod stamp;
mod turns;

use rustc_hash::FxHashMap as HashMap;

use dossier_doc::{BlockKind, Document, Quote, QuoteKind, Span};

use crate::attrib;
use crate::clause::Clause;
use crate::date::Dates;
use crate::marks::{self, Marked};
use crate::names::Names;
use crate::resolve::{Resolver, Speaker};
use crate::tokens::{self, BlockTokens};
use crate::transcript;

/// Everything stamped on a quotation besides its span and kind.
#[derive(Debug, Clone, Default)]
pub(crate) struct Stamp {
    pub speaker: Speaker,
    pub date: Option<String>,
    pub cue: Option<String>,
    pub via: Vec<String>,
}

impl Stamp {
    fn quote(&self, span: Span, kind: QuoteKind) -> Quote {
        Quote {
            span,
            speaker: self.speaker.name.clone(),
            speaker_span: self.speaker.span,
            speaker_id: self.speaker.id.clone(),
            date: self.date.clone(),
            cue: self.cue.clone(),
            kind,
            via: self.via.clone(),
            anonymous: self.speaker.anonymous,
        }
    }
}

/// State carried from block to block.
struct Run<'a> {
    doc: &'a Document,
    dates: Dates<'a>,
    resolver: Resolver<'a>,
    /// The tokens of every block, read once.
    toks: &'a [BlockTokens],
    /// Outer spans of every quotation, in text order.
    quoted: Vec<Span>,
    out: Vec<Quote>,
    /// The last speaker named, for "they" and "it".
    last_speaker: Option<Speaker>,
    /// The last person who spoke and where, for "he" and "she".
    last_person: Option<(usize, Speaker)>,
    /// Where the paragraph before the current one starts.
    window: usize,
    /// The last direct quotation's stamp and block, for continuation paragraphs.
    last_direct: Option<(usize, Stamp)>,
    /// A block quotation introduced by a colon line: its stamp, the speaker's
    /// last name, and how many paragraphs it has taken.
    pending: Option<(Stamp, String, usize)>,
}

/// Finds every quotation in `doc`.
pub(crate) fn run(doc: &Document) -> Vec<Quote> {
    let marks = marks::per_block(doc);
    let toks = tokens::per_block(doc);
    let names = Names::build_with(doc, &marks, &toks);
    let quoted: Vec<Span> = marks.iter().flatten().map(|m| m.outer).collect();
    let mut run = Run {
        doc,
        dates: Dates::new(doc),
        resolver: Resolver::new(doc, &names),
        toks: &toks,
        quoted,
        out: Vec::new(),
        last_speaker: None,
        last_person: None,
        window: 0,
        last_direct: None,
        pending: None,
    };
    let transcript = transcript::find(doc, &|bi| run.transcript_date(bi), &|span| {
        run.dates.last_day_in(span)
    });
    let turn_stamps = run.turn_stamps(&transcript);
    let turn_of: HashMap<usize, (Span, usize, bool)> = transcript
        .blocks
        .iter()
        .map(|t| (t.block, (t.body, t.turn, t.labelled)))
        .collect();
    let mut ended = vec![false; transcript.labels.len()];
    let mut cursor = 0;
    let mut prev_content: Option<usize> = None;
    for (bi, block) in doc.blocks.iter().enumerate() {
        let start = cursor;
        while cursor < doc.sentences.len() && doc.sentences[cursor].block <= bi {
            cursor += 1;
        }
        let sentences: Vec<Span> = doc.sentences[start..cursor]
            .iter()
            .filter(|s| s.block == bi)
            .map(|s| s.span)
            .collect();
        match block.kind {
            BlockKind::Furniture => continue,
            BlockKind::Heading => {
                run.pending = None;
                run.last_direct = None;
                prev_content = None;
                continue;
            }
            _ => {}
        }
        // An unlabelled paragraph after a turn carries it on, unless it
        // attributes speech to someone: then the author has taken over.
        let turn = turn_of.get(&bi).copied().filter(|&(_, t, labelled)| {
            let over = ended.get(t).copied().unwrap_or(true)
                || !labelled && run.narrates(bi, &sentences, &marks[bi]);
            if over {
                if let Some(e) = ended.get_mut(t) {
                    *e = true;
                }
            }
            !over
        });
        let range = turn.map_or(block.span, |t| t.0);
        let context = match turn {
            Some((body, t, _)) => {
                let stamp = turn_stamps[t].clone();
                run.out.push(stamp.quote(body, QuoteKind::Block));
                run.pending = None;
                Some(stamp)
            }
            None => run.block_quote(bi, &marks[bi]),
        };
        run.window = prev_content.map_or(block.span.start, |p| doc.blocks[p].span.start);
        run.block(bi, range, &sentences, &marks[bi], context, prev_content);
        prev_content = Some(bi);
    }
    let mut out = run.out;
    // Text order by end, so a quotation inside another (a quote read out in a
    // transcript turn) comes before the one that holds it.
    out.sort_by(|a, b| (a.span.end, b.span.start).cmp(&(b.span.end, a.span.start)));
    out.dedup_by(|a, b| a.span == b.span);
    out.retain(|q| !q.span.is_empty() && !doc.in_furniture(q.span));
    out
}

impl<'a> Run<'a> {
    /// True when the block at `range` attributes speech to a third party
    /// by name or description: the author's narration, not a speaker's words.
    fn narrates(&self, bi: usize, sentences: &[Span], marks: &[Marked]) -> bool {
        let range = self.doc.blocks[bi].span;
        let indexed: Vec<(usize, Marked)> = marks.iter().copied().enumerate().collect();
        clauses::clauses(self.doc, range, sentences, &indexed)
            .into_iter()
            .any(|(clause, _)| {
                let qs: Vec<(usize, Marked)> = indexed
                    .iter()
                    .copied()
                    .filter(|(_, m)| clause.contains(m.outer))
                    .collect();
                let toks = self.block_tokens(bi).tokenize(&self.doc.text, clause, &qs);
                let cl = Clause {
                    text: &self.doc.text,
                    toks: &toks,
                };
                attrib::parse(&cl).iter().any(|a| {
                    let quoted = (a.cue_at..cl.len()).any(|k| cl.quote(k).is_some());
                    a.speaker.kind != crate::np::NpKind::Pronoun
                        && (a.content.is_some() || a.object_only && quoted)
                })
            })
    }

    /// The tokens of block `bi`.
    fn block_tokens(&self, bi: usize) -> &'a BlockTokens {
        static NONE: BlockTokens = BlockTokens::EMPTY;
        let all: &'a [BlockTokens] = self.toks;
        all.get(bi).unwrap_or(&NONE)
    }

    /// True when `span` lies inside a quotation.
    fn is_quoted(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= span.start);
        i > 0 && self.quoted[i - 1].contains(span)
    }

    /// When a colon line introduced a block quotation, stamps block `bi` as
    /// part of it if it reads as the speaker's words rather than the author's.
    fn block_quote(&mut self, bi: usize, marks: &[Marked]) -> Option<Stamp> {
        let (stamp, surname, taken) = self.pending.take()?;
        let b = &self.doc.blocks[bi];
        if b.kind != BlockKind::Paragraph {
            return None;
        }
        let text = self.doc.slice(b.span);
        if taken > 0 {
            let mentions_speaker = !surname.is_empty() && text.contains(surname.as_str());
            let has_cue = text
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| crate::lexicon::cues().contains_key(dossier_doc::Lower::of(w).as_str()));
            if !marks.is_empty() || mentions_speaker || has_cue || text.ends_with(':') {
                return None;
            }
        }
        // A paragraph that is one quotation in marks is that direct quotation,
        // stamped by the colon line; it is not repeated as a block.
        let whole =
            matches!(marks, [m] if m.outer.start == b.span.start && m.outer.end + 1 >= b.span.end);
        if !whole {
            self.out.push(stamp.quote(b.span, QuoteKind::Block));
        }
        self.pending = Some((stamp.clone(), surname, taken + 1));
        Some(stamp)
    }

    /// Finds the quotations in one block's `range`.
    fn block(
        &mut self,
        bi: usize,
        range: Span,
        sentences: &[Span],
        marks: &[Marked],
        context: Option<Stamp>,
        prev_content: Option<usize>,
    ) {
        let indexed: Vec<(usize, Marked)> = marks
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, m)| range.contains(m.outer))
            .collect();
        let mut attributed: Vec<(Span, Stamp)> = Vec::new();
        let mut loose: Vec<Marked> = Vec::new();
        for (clause, unit) in clauses::clauses(self.doc, range, sentences, &indexed) {
            let from = indexed.partition_point(|(_, m)| m.outer.start < clause.start);
            let qs: Vec<(usize, Marked)> = indexed[from..]
                .iter()
                .take_while(|(_, m)| m.outer.start < clause.end)
                .filter(|(_, m)| clause.contains(m.outer))
                .copied()
                .collect();
            let toks = self.block_tokens(bi).tokenize(&self.doc.text, clause, &qs);
            let cl = Clause {
                text: &self.doc.text,
                toks: &toks,
            };
            let attrs = attrib::parse(&cl);
            let stamps: Vec<Option<Stamp>> = attrs
                .iter()
                .map(|a| self.stamp(&cl, a, (clause, unit), bi, &qs))
                .collect();
            for (a, stamp) in attrs.iter().zip(&stamps) {
                let Some(stamp) = stamp else { continue };
                if a.intro && context.is_none() {
                    let surname = stamp
                        .speaker
                        .name
                        .as_deref()
                        .and_then(|n| n.split_whitespace().last())
                        .unwrap_or("")
                        .to_string();
                    self.pending = Some((stamp.clone(), surname, 0));
                }
                if let Some((s, e)) = a.content {
                    // Content that is mostly a quotation is the quotation;
                    // content with words of its own around it is reported too.
                    let own = (s..=e)
                        .filter(|&k| cl.word(k).is_some() || cl.is_num(k))
                        .count();
                    let quoted = (s..=e).any(|k| cl.quote(k).is_some());
                    if !quoted || own >= 4 {
                        let span = attrib::range_span(&cl, (s, e));
                        self.out.push(stamp.quote(span, QuoteKind::Indirect));
                    }
                }
            }
            for (k, owner) in attrib::owned_quotes(&cl, &attrs) {
                let Some(qi) = cl.quote(k) else { continue };
                let Some(m) = marks.get(qi).copied() else {
                    continue;
                };
                match owner.and_then(|o| stamps.get(o).cloned().flatten()) {
                    Some(stamp) => {
                        self.out.push(stamp.quote(m.inner, QuoteKind::Direct));
                        attributed.push((m.inner, stamp));
                    }
                    None => loose.push(m),
                }
            }
        }
        for m in loose {
            if let Some(stamp) =
                self.continuation(bi, range, m, &attributed, &context, prev_content)
            {
                self.out.push(stamp.quote(m.inner, QuoteKind::Direct));
                attributed.push((m.inner, stamp));
            }
        }
        if let Some((_, stamp)) = attributed.iter().max_by_key(|(s, _)| s.start) {
            self.last_direct = Some((bi, stamp.clone()));
        }
    }

    /// The stamp for a quotation no cue in its clause claims: the speaker of
    /// the block's other quotations, of the quotation just before this
    /// paragraph, of the enclosing turn or block quotation, or nobody (a
    /// scare quote, a title).
    fn continuation(
        &self,
        bi: usize,
        range: Span,
        m: Marked,
        attributed: &[(Span, Stamp)],
        context: &Option<Stamp>,
        prev_content: Option<usize>,
    ) -> Option<Stamp> {
        let content = self.doc.slice(m.inner);
        let words = content.split_whitespace().count();
        let sentence_like = content.chars().next().is_some_and(char::is_uppercase);
        if let Some(c) = context {
            return Some(c.clone());
        }
        if words < 3 {
            return None;
        }
        let before = attributed
            .iter()
            .rev()
            .find(|(s, _)| s.end <= m.outer.start);
        let after = attributed.iter().find(|(s, _)| s.start >= m.outer.end);
        if let Some((_, s)) = before {
            return Some(s.clone());
        }
        if let Some((_, s)) = after.filter(|_| sentence_like) {
            return Some(s.clone());
        }
        let opens_block = self
            .doc
            .slice(Span::new(range.start, m.outer.start))
            .trim()
            .is_empty();
        match &self.last_direct {
            Some((b, s)) if opens_block && sentence_like && Some(*b) == prev_content && *b < bi => {
                Some(s.clone())
            }
            _ => None,
        }
    }
}
