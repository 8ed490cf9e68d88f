//! A component that panics on one document turns that document into an
//! error; the caller (a batch, the server) goes on.

use dossier_doc::{Annotator, Document, Layer};
use dossier_extract::{extract_with, Options, Pipeline};

struct Explodes;

impl Annotator for Explodes {
    fn name(&self) -> &'static str {
        "explodes"
    }
    fn requires(&self) -> &'static [Layer] {
        &[]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[]
    }
    fn annotate(&self, doc: &mut Document) {
        if doc.text.contains("boom") {
            panic!("a component bug");
        }
    }
}

#[test]
fn a_panicking_component_becomes_an_error_for_that_document_only() {
    let pipeline = Pipeline::new(vec![Box::new(Explodes)]).expect("pipeline");
    let options = Options::default();
    let bad = extract_with(&pipeline, "bad.txt", b"It went boom.", &options);
    let Err(err) = bad else {
        panic!("the panic is not reported as an error")
    };
    assert!(err.to_string().contains("internal error"), "{err}");
    let good = extract_with(&pipeline, "good.txt", b"All quiet.", &options);
    assert!(good.is_ok());
}
