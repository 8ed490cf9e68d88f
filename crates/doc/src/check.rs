//! Invariants every annotated document keeps, checked in tests and fuzzing.

use crate::document::Document;
use crate::span::Span;

impl Document {
    /// Checks that every span of every layer lies inside the text on
    /// character boundaries, that sentences stay inside their block, and that
    /// every entity id a quote, quantity or event refers to exists.
    ///
    /// Returns the first violation found, described for a test failure.
    pub fn check(&self) -> Result<(), String> {
        let ok = |s: Span| {
            s.start <= s.end
                && s.end <= self.text.len()
                && self.text.is_char_boundary(s.start)
                && self.text.is_char_boundary(s.end)
        };
        let mut spans: Vec<(&str, Span)> = Vec::new();
        spans.extend(self.blocks.iter().map(|b| ("block", b.span)));
        spans.extend(self.sentences.iter().map(|s| ("sentence", s.span)));
        for e in &self.entities {
            spans.extend(e.mentions.iter().map(|m| ("mention", m.span)));
        }
        spans.extend(self.times.iter().map(|t| ("time", t.span)));
        spans.extend(self.quotes.iter().map(|q| ("quote", q.span)));
        spans.extend(
            self.quotes
                .iter()
                .filter_map(|q| q.speaker_span)
                .map(|s| ("speaker", s)),
        );
        spans.extend(self.citations.iter().map(|c| ("citation", c.span)));
        spans.extend(self.quantities.iter().map(|q| ("quantity", q.span)));
        spans.extend(self.events.iter().map(|e| ("event", e.span)));
        spans.extend(self.events.iter().map(|e| ("trigger", e.trigger_span)));
        if let Some((what, s)) = spans.iter().find(|(_, s)| !ok(*s)) {
            return Err(format!(
                "{what} span {}..{} is not inside the text on char boundaries",
                s.start, s.end
            ));
        }
        for s in &self.sentences {
            match self.blocks.get(s.block) {
                Some(b) if b.span.contains(s.span) => {}
                _ => {
                    return Err(format!(
                        "sentence {}..{} lies outside its block",
                        s.span.start, s.span.end
                    ))
                }
            }
        }
        let known = |id: &String| self.entities.iter().any(|e| &e.id == id);
        let refs = self
            .quotes
            .iter()
            .filter_map(|q| q.speaker_id.as_ref())
            .chain(
                self.quantities
                    .iter()
                    .filter_map(|q| q.claimant_id.as_ref()),
            )
            .chain(
                self.events
                    .iter()
                    .flat_map(|e| e.actors.iter().chain(&e.targets).chain(&e.location)),
            );
        for id in refs {
            if !known(id) {
                return Err(format!("entity id {id} is referred to but not defined"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::{Block, BlockKind, Document, Sentence, Span};

    #[test]
    fn finds_a_span_off_a_char_boundary() {
        let mut doc = Document::new("t", "é".to_string());
        assert!(doc.check().is_ok());
        doc.blocks.push(Block {
            span: Span::new(0, 1),
            kind: BlockKind::Paragraph,
        });
        assert!(doc.check().unwrap_err().contains("block"));
        doc.blocks[0].span = Span::new(0, 2);
        doc.sentences.push(Sentence {
            span: Span::new(0, 2),
            block: 3,
        });
        assert!(doc.check().unwrap_err().contains("outside its block"));
    }
}
