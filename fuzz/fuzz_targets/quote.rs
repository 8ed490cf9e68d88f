//! Any text through the steps quotation extraction reads, then quotations.
#![no_main]
use dossier_doc::{Annotator, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut doc = Document::new("fuzz", text.to_string());
    doc.date = Some("2013-01-21".to_string());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    dossier_time::TimeAnnotator::new().annotate(&mut doc);
    dossier_entity::EntityAnnotator::new().annotate(&mut doc);
    dossier_quote::QuoteAnnotator::new().annotate(&mut doc);
    if let Err(e) = doc.check() {
        panic!("{e}");
    }
});
