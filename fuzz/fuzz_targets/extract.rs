//! Any bytes through the whole extraction: every layer valid, and the same
//! input always gives the same output.
#![no_main]
use dossier_extract::{extract_bytes, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = Options::default();
    let (Ok(a), Ok(b)) = (
        extract_bytes("fuzz.txt", data, &options),
        extract_bytes("fuzz.txt", data, &options),
    ) else {
        return;
    };
    if let Err(e) = a.document.check() {
        panic!("{e}");
    }
    let ja = dossier_doc::contract::to_extract(&a.document);
    let jb = dossier_doc::contract::to_extract(&b.document);
    assert!(ja == jb, "extraction is not deterministic");
});
