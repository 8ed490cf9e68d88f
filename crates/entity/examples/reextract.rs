//! Re-runs segmentation, time and entity recognition over the texts of
//! earlier `dossier extract` outputs, so the entity stage can be evaluated
//! on its own: `cargo run -p dossier-entity --example reextract -- IN_DIR OUT_DIR`.

use dossier_doc::contract::{to_extract, Extract};
use dossier_doc::{Annotator, Document};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: reextract IN_DIR OUT_DIR");
        std::process::exit(2);
    };
    let _ = std::fs::create_dir_all(output);
    let Ok(entries) = std::fs::read_dir(input) else {
        eprintln!("{input}: cannot read directory");
        std::process::exit(2);
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let Ok(data) = std::fs::read_to_string(&p) else {
            continue;
        };
        let Ok(old) = serde_json::from_str::<Extract>(&data) else {
            eprintln!("{}: not an extract", p.display());
            continue;
        };
        let mut doc = Document::new(old.document.source.clone(), old.document.text.clone());
        doc.id = old.document.id.clone();
        doc.title = old.document.title.clone();
        doc.date = old.document.date.clone();
        dossier_segment::Segmenter::new().annotate(&mut doc);
        dossier_time::TimeAnnotator::new().annotate(&mut doc);
        dossier_entity::EntityAnnotator::new().annotate(&mut doc);
        let mut out = to_extract(&doc);
        // Keep the other layers of the earlier run so the scorer sees them.
        out.quotes = old.quotes;
        out.citations = old.citations;
        out.quantities = old.quantities;
        out.events = old.events;
        let name = p.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        let target = std::path::Path::new(output).join(name);
        if let Ok(json) = serde_json::to_string(&out) {
            let _ = std::fs::write(target, json);
        }
    }
}
