//! A word after a bullet, a dash or an opening quotation mark is written as
//! the first word of its sentence: its capital says nothing about a name.

use dossier_doc::{Annotator, Document, Entity};
use dossier_entity::EntityAnnotator;

fn entities(text: &str) -> Vec<Entity> {
    let mut doc = Document::new("t", text.to_string());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    EntityAnnotator::new().annotate(&mut doc);
    doc.entities
}

fn named(es: &[Entity], alias: &str) -> bool {
    es.iter().any(|e| e.aliases.iter().any(|a| a == alias))
}

#[test]
fn a_common_word_after_a_bullet_is_no_name() {
    for bullet in ['\u{00b7}', '\u{25e6}', '\u{2022}'] {
        let text = format!(
            "Notes from the meeting in Kesh.\n\n{bullet} Details remain unclear after the talks.\n\
             {bullet} Omar Haddad left for Kesh on Monday.\n"
        );
        let es = entities(&text);
        assert!(!named(&es, "Details"), "{bullet}: {es:#?}");
        assert!(named(&es, "Omar Haddad"), "{bullet}: {es:#?}");
    }
}
