//! Any text, with and without a document date: valid time spans, no panic.
#![no_main]
use dossier_doc::{Annotator, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for date in [None, Some("2011-03-14".to_string())] {
        let mut doc = Document::new("fuzz", text.to_string());
        doc.date = date;
        dossier_segment::Segmenter::new().annotate(&mut doc);
        dossier_time::TimeAnnotator::new().annotate(&mut doc);
        if let Err(e) = doc.check() {
            panic!("{e}");
        }
    }
});
