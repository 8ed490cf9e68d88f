//! Any text: blocks and sentences on char boundaries, sentences inside blocks.
#![no_main]
use dossier_doc::{Annotator, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut doc = Document::new("fuzz", text.to_string());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    if let Err(e) = doc.check() {
        panic!("{e}");
    }
});
