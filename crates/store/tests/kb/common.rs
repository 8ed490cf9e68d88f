//! Builds annotated documents by hand, as the extraction pipeline would.

#![allow(dead_code)]

use dossier_doc::{
    Block, BlockKind, Document, Entity, EntityKind, Event, Mention, Quantity, Quote, QuoteKind,
    Sentence, Span,
};

/// A document under construction; spans are found by searching the text.
pub struct Doc {
    pub doc: Document,
}

fn hex_id(source: &str, text: &str) -> String {
    // A stand-in content hash: distinct texts give distinct ids.
    let mut h: u64 = 0xcbf29ce484222325;
    for b in source.bytes().chain([0]).chain(text.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}{:048x}", text.len())
}

impl Doc {
    /// One paragraph per line; sentences end at ". ".
    pub fn new(source: &str, text: &str) -> Doc {
        let mut doc = Document::new(source, text.to_string());
        doc.id = hex_id(source, text);
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let end = start + line.trim_end().len();
            let block = doc.blocks.len();
            doc.blocks.push(Block {
                span: Span::new(start, end),
                kind: BlockKind::Paragraph,
            });
            let mut s = start;
            let body = &text[start..end];
            for (i, _) in body.match_indices(". ") {
                let e = start + i + 1;
                doc.sentences.push(Sentence {
                    span: Span::new(s, e),
                    block,
                });
                s = e + 1;
            }
            if s < end {
                doc.sentences.push(Sentence {
                    span: Span::new(s, end),
                    block,
                });
            }
            start += line.len();
        }
        Doc { doc }
    }

    pub fn date(mut self, d: &str) -> Doc {
        self.doc.date = Some(d.to_string());
        self
    }

    pub fn span(&self, needle: &str, nth: usize) -> Span {
        let (i, _) = self
            .doc
            .text
            .match_indices(needle)
            .nth(nth)
            .unwrap_or_else(|| panic!("`{needle}` not in the text"));
        Span::new(i, i + needle.len())
    }

    /// An entity whose mentions are every occurrence of each alias.
    pub fn entity(mut self, id: &str, kind: EntityKind, name: &str, aliases: &[&str]) -> Doc {
        let mut mentions = Vec::new();
        for a in aliases.iter().chain([&name]) {
            for (i, _) in self.doc.text.match_indices(*a) {
                let span = Span::new(i, i + a.len());
                if !mentions.iter().any(|m: &Mention| m.span.overlaps(span)) {
                    mentions.push(Mention { span, role: None });
                }
            }
        }
        mentions.sort_by_key(|m| m.span);
        let mut all = vec![name.to_string()];
        all.extend(aliases.iter().map(|a| a.to_string()).filter(|a| a != name));
        self.doc.entities.push(Entity {
            id: id.to_string(),
            kind,
            name: name.to_string(),
            aliases: all,
            mentions,
            evidence: vec![],
        });
        self
    }

    pub fn event(
        mut self,
        clause: &str,
        kind: &str,
        trigger: &str,
        date: &str,
        actors: &[&str],
    ) -> Doc {
        let span = self.span(clause, 0);
        let t = self.span(trigger, 0);
        self.doc.events.push(Event {
            span,
            date: Some(date.to_string()).filter(|d| !d.is_empty()),
            kind: kind.to_string(),
            trigger: trigger.to_string(),
            trigger_span: t,
            actors: actors.iter().map(|a| a.to_string()).collect(),
            targets: vec![],
            location: None,
        });
        self
    }

    pub fn located(mut self, place: &str) -> Doc {
        if let Some(e) = self.doc.events.last_mut() {
            e.location = Some(place.to_string());
        }
        self
    }

    pub fn quantity(mut self, text: &str, q: Quantity) -> Doc {
        let span = self.span(text, 0);
        self.doc.quantities.push(Quantity { span, ..q });
        self
    }

    pub fn quote(mut self, text: &str, speaker: &str, speaker_id: Option<&str>) -> Doc {
        let span = self.span(text, 0);
        self.doc.quotes.push(Quote {
            span,
            speaker: Some(speaker.to_string()),
            speaker_span: None,
            speaker_id: speaker_id.map(str::to_string),
            date: None,
            cue: Some("said".into()),
            kind: QuoteKind::Direct,
            via: vec![],
            anonymous: false,
        });
        self
    }

    pub fn build(self) -> Document {
        let mut d = self.doc;
        d.quantities.sort_by_key(|q| q.span);
        d
    }
}

pub fn count(value: f64, unit: &str) -> Quantity {
    Quantity {
        value: Some(value),
        unit: Some(unit.to_string()).filter(|u| !u.is_empty()),
        ..Quantity::default()
    }
}
