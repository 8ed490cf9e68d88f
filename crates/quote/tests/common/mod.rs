//! Helpers shared by the integration tests: a document segmented by the real
//! segmenter, with times and entities placed by hand where a test needs them.

#![allow(dead_code)]

use dossier_doc::{Annotator, Document, Entity, EntityKind, Mention, Quote, Span, Time};

/// Builds, segments and annotates a document. `times` are (text as written,
/// value) pairs placed at the text's first occurrence; `people` are full
/// names whose every surface form (the name and its last word) becomes a
/// mention of one person entity.
pub fn annotate(
    text: &str,
    date: Option<&str>,
    times: &[(&str, &str)],
    people: &[&str],
) -> Document {
    let mut doc = Document::new("test.txt", text.to_string());
    doc.date = date.map(str::to_string);
    dossier_segment::Segmenter::new().annotate(&mut doc);
    for (written, value) in times {
        let start = text.find(written).expect("time text in document");
        doc.times.push(Time {
            span: Span::new(start, start + written.len()),
            value: Some(value.to_string()),
            modifier: None,
            anchor: "absolute",
        });
    }
    doc.times.sort_by_key(|t| t.span.start);
    for (i, name) in people.iter().enumerate() {
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let mut mentions = Vec::new();
        for form in [*name, surname] {
            for (at, _) in text.match_indices(form) {
                let span = Span::new(at, at + form.len());
                let inside_longer = mentions.iter().any(|m: &Mention| m.span.contains(span));
                if !inside_longer {
                    mentions.push(Mention { span, role: None });
                }
            }
        }
        mentions.sort_by_key(|m| m.span.start);
        doc.entities.push(Entity {
            id: format!("e{}", i + 1),
            kind: EntityKind::Person,
            name: name.to_string(),
            aliases: vec![name.to_string(), surname.to_string()],
            mentions,
            evidence: Vec::new(),
        });
    }
    dossier_quote::QuoteAnnotator::new().annotate(&mut doc);
    doc
}

/// The quotation whose content contains `snippet`.
pub fn quote<'a>(doc: &'a Document, snippet: &str) -> &'a Quote {
    doc.quotes
        .iter()
        .find(|q| doc.slice(q.span).contains(snippet))
        .unwrap_or_else(|| panic!("no quotation contains {snippet:?}: {:#?}", shown(doc)))
}

/// Every quotation as (text, speaker), for failure messages.
pub fn shown(doc: &Document) -> Vec<(String, Option<String>)> {
    doc.quotes
        .iter()
        .map(|q| (doc.slice(q.span).to_string(), q.speaker.clone()))
        .collect()
}

/// True when no quotation contains `snippet`.
pub fn absent(doc: &Document, snippet: &str) -> bool {
    !doc.quotes
        .iter()
        .any(|q| doc.slice(q.span).contains(snippet))
}
