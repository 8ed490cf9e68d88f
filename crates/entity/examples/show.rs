//! Prints the entities of plain-text files, one line each (id, type, name,
//! aliases, roles, mention count), to see at a glance what the recognizer
//! made of a document: `cargo run -p dossier-entity --example show -- FILE...`.
//! With `-e TEXT` the text itself is read.

use dossier_doc::{Annotator, Document};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<(String, String)> = if args.first().is_some_and(|a| a == "-e") {
        vec![("-e".to_string(), args[1..].join(" "))]
    } else {
        args.iter()
            .filter_map(|p| std::fs::read_to_string(p).ok().map(|t| (p.clone(), t)))
            .collect()
    };
    for (name, text) in texts {
        let mut doc = Document::new(name.clone(), text);
        dossier_segment::Segmenter::new().annotate(&mut doc);
        dossier_time::TimeAnnotator::new().annotate(&mut doc);
        dossier_entity::EntityAnnotator::new().annotate(&mut doc);
        println!("== {name}");
        for e in &doc.entities {
            let roles: Vec<&str> = e
                .mentions
                .iter()
                .filter_map(|m| m.role.as_deref())
                .collect();
            println!(
                "{} {:?} | {} | {:?} | {:?} | {}",
                e.id,
                e.kind,
                e.name,
                e.aliases,
                roles,
                e.mentions.len()
            );
        }
    }
}
