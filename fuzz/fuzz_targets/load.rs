//! Any bytes, read as HTML or as text: an error or a loaded text, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = dossier_load::LoadOptions::default();
    for name in ["page.html", "note.txt"] {
        if let Ok(loaded) = dossier_load::load(name, data, &options) {
            assert!(!loaded.text.trim().is_empty());
        }
    }
});
