//! Stamping an attribution: its speaker resolved, its relays named, its date found.

use dossier_doc::Span;

use crate::attrib::{self, Attr};
use crate::clause::Clause;
use crate::marks::Marked;
use crate::resolve::Context;

use super::{Run, Stamp};

impl Run<'_> {
    /// Resolves an attribution's speaker, relays and date.
    pub(super) fn stamp(
        &mut self,
        cl: &Clause,
        a: &Attr,
        (clause, unit): (Span, Span),
        bi: usize,
        qs: &[(usize, Marked)],
    ) -> Option<Stamp> {
        let ctx = Context {
            last_speaker: self.last_speaker.as_ref(),
            last_person: self.last_person.as_ref().map(|(p, s)| (*p, s)),
            window: self.window,
        };
        let mut speaker = self.resolver.phrase(&a.speaker, &ctx)?;
        speaker.anonymous |= a.anonymous;
        let via = a
            .via
            .iter()
            .filter_map(|v| self.resolver.phrase(v, &Context::default())?.name)
            .collect();
        if speaker.name.is_some() && a.speaker.kind != crate::np::NpKind::Pronoun {
            self.last_speaker = Some(speaker.clone());
        }
        if speaker.person && speaker.name.is_some() {
            let at = cl.toks.get(a.cue_at).map_or(unit.start, |t| t.span.start);
            self.last_person = Some((at, speaker.clone()));
        }
        Some(Stamp {
            date: self.date(cl, a, (clause, unit), bi, qs),
            speaker,
            cue: Some(a.cue.clone()),
            via,
        })
    }

    /// The statement's date: see [`crate::date`] for the order of preference.
    /// Times after the cue are sought to the end of its clause, times before
    /// the speaker from the start of its sentence ("… last November; he
    /// refused, saying …").
    fn date(
        &self,
        cl: &Clause,
        a: &Attr,
        (clause, unit): (Span, Span),
        bi: usize,
        qs: &[(usize, Marked)],
    ) -> Option<String> {
        let at = |k: usize| cl.toks.get(k).map(|t| t.span);
        let cue = at(a.cue_at)?;
        let first = a
            .via
            .iter()
            .map(|v| v.first)
            .chain([a.speaker.first, a.cue_at])
            .min()
            .unwrap_or(a.cue_at);
        let speaker_start = at(first).map_or(cue.start, |s| s.start);
        let mut exclude: Vec<Span> = qs.iter().map(|(_, m)| m.outer).collect();
        if let Some(c) = a.content {
            exclude.push(attrib::range_span(cl, c));
        }
        // An appositive dates the speaker, not the statement ("X, who chaired
        // the inquiry from 1998 to 2003, told …"), unless it is itself about
        // speaking or publishing ("Renner, writing in 1978, argues …", "The
        // inquiry, which reported in 2001, found …").
        if let Some(c) = a.aside {
            let speaking = (c.0..=c.1).any(|k| {
                let w = cl.lower(k);
                matches!(
                    w.as_str(),
                    "writing"
                        | "speaking"
                        | "interviewed"
                        | "testifying"
                        | "addressing"
                        | "talking"
                        | "asked"
                        | "quoted"
                        | "closing"
                        | "opening"
                        | "replying"
                        | "responding"
                        | "published"
                        | "issued"
                        | "released"
                ) || crate::lexicon::cues().contains_key(w.as_str())
            });
            if !speaking {
                exclude.push(attrib::range_span(cl, c));
            }
        }
        let after = Span::new(cue.end, clause.end.max(cue.end));
        let before = Span::new(unit.start, speaker_start);
        let middle = Span::new(speaker_start, cue.start);
        let d = &self.dates;
        d.in_region(after, &exclude, cue.end)
            .or_else(|| d.in_region(before, &exclude, speaker_start))
            .or_else(|| d.in_region(middle, &exclude, cue.start))
            .or_else(|| d.cited(unit, cue.end))
            .or_else(|| d.list_lead(bi))
            .or_else(|| {
                if a.present {
                    None
                } else {
                    d.news_day(cue.start, &|s| self.is_quoted(s))
                }
            })
    }
}
