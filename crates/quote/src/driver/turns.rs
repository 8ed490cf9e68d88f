//! Transcript turns: each turn's speaker and date.

use dossier_doc::Span;

use crate::resolve::Speaker;
use crate::transcript::{self, Transcript};

use super::{Run, Stamp};

impl Run<'_> {
    /// The transcript's date for a run of turns starting at block `first`.
    pub(super) fn transcript_date(&self, first: usize) -> Option<String> {
        self.doc.blocks[..first]
            .iter()
            .rev()
            .filter(|b| !b.kind.is_furniture())
            .take(3)
            .find_map(|b| self.dates.first_in(b.span))
            .or_else(|| self.dates.document())
    }

    /// The few blocks before byte `first` that introduce a transcript.
    fn intro_span(&self, first: usize) -> Span {
        let start = self
            .doc
            .blocks
            .iter()
            .rev()
            .filter(|b| b.span.end <= first && !b.kind.is_furniture())
            .take(3)
            .last()
            .map_or(0, |b| b.span.start);
        Span::new(start, first)
    }

    /// One stamp per transcript turn.
    pub(super) fn turn_stamps(&mut self, t: &Transcript) -> Vec<Stamp> {
        let first = t.labels.first().map_or(0, |l| l.2);
        let mut seen: Vec<Speaker> = Vec::new();
        t.labels
            .iter()
            .map(|(label, date, at)| {
                let speaker = if transcript::is_question(&label.label) {
                    match &label.named {
                        Some(n) => Speaker {
                            name: Some(n.clone()),
                            id: self
                                .doc
                                .entities
                                .iter()
                                .find(|e| e.name.eq_ignore_ascii_case(n))
                                .map(|e| e.id.clone()),
                            person: true,
                            ..Speaker::default()
                        },
                        None => Speaker {
                            anonymous: true,
                            ..Speaker::default()
                        },
                    }
                } else if transcript::is_answer(&label.label) {
                    let intro = self.intro_span(first);
                    self.resolver
                        .first_person_in(intro)
                        .or_else(|| self.resolver.person_before(first))
                        .unwrap_or_default()
                } else {
                    let earlier = seen.iter().find(|s| {
                        s.name.as_deref().is_some_and(|n| {
                            dossier_doc::Lower::of(n)
                                .ends_with(dossier_doc::Lower::of(&label.label).as_str())
                        })
                    });
                    match earlier {
                        Some(s) => s.clone(),
                        None => self.resolver.label(&label.label, *at),
                    }
                };
                if speaker.person && speaker.name.is_some() {
                    seen.push(speaker.clone());
                }
                Stamp {
                    speaker,
                    date: date.clone(),
                    cue: Some(label.label.clone()),
                    via: Vec::new(),
                }
            })
            .collect()
    }
}
