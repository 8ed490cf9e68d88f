//! One test per citation shape, through the annotator on segmented text.

use dossier_citation::CitationAnnotator;
use dossier_doc::{Annotator, Citation, Document};

fn cite(text: &str) -> (Document, Vec<Citation>) {
    let mut doc = Document::new("t", text.to_string());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    CitationAnnotator::new().annotate(&mut doc);
    let c = doc.citations.clone();
    (doc, c)
}

fn one(text: &str) -> (String, Citation) {
    let (doc, c) = cite(text);
    assert_eq!(c.len(), 1, "{text}: {c:#?}");
    (doc.slice(c[0].span).to_string(), c[0].clone())
}

#[test]
fn title_volume_page() {
    let (s, c) = one("It was founded then (Annals of the Front, vol. 4, p. 77).");
    assert_eq!(s, "Annals of the Front, vol. 4, p. 77");
    assert_eq!(c.title.as_deref(), Some("Annals of the Front"));
    assert_eq!(
        (c.volume.as_deref(), c.page.as_deref()),
        (Some("4"), Some("77"))
    );
}

#[test]
fn journal_volume_after_title_then_pages() {
    let (s, c) = one("It moved there in 1966 (Regional Studies Review 17, pp. 269–280).");
    assert_eq!(s, "Regional Studies Review 17, pp. 269–280");
    assert_eq!(c.title.as_deref(), Some("Regional Studies Review"));
    assert_eq!(
        (c.volume.as_deref(), c.page.as_deref()),
        (Some("17"), Some("269–280"))
    );
    let (_, none) = cite("The vote followed (Security Council Resolution 242).");
    assert!(none.is_empty(), "{none:#?}");
}

#[test]
fn title_number_page() {
    let (_, c) = one("The paper praised it (Journal, No. 7, p. 112).");
    assert_eq!(
        (c.number.as_deref(), c.page.as_deref()),
        (Some("7"), Some("112"))
    );
}

#[test]
fn author_year_page() {
    let (s, c) = one("He arrived in winter (Author 2004: 88).");
    assert_eq!(s, "Author 2004: 88");
    assert_eq!(
        (c.author.as_deref(), c.year.as_deref(), c.page.as_deref()),
        (Some("Author"), Some("2004"), Some("88"))
    );
}

#[test]
fn author_year() {
    let (_, c) = one("Others disagree (Author 1999).");
    assert_eq!(c.year.as_deref(), Some("1999"));
}

#[test]
fn initial_and_letter_suffix() {
    let (s, c) = one("It existed by 1978 (see also K. Author 2001a).");
    assert_eq!(s, "K. Author 2001a");
    assert_eq!(
        (c.author.as_deref(), c.year.as_deref()),
        (Some("K. Author"), Some("2001a"))
    );
}

#[test]
fn et_al_with_pages() {
    let (_, c) = one("It was adopted later (Author et al. 2001, pp. 3–5).");
    assert_eq!(
        (c.author.as_deref(), c.page.as_deref()),
        (Some("Author et al."), Some("3–5"))
    );
}

#[test]
fn two_authors() {
    let (_, c) = one("It broke the estates (Author and Other 2003).");
    assert_eq!(c.author.as_deref(), Some("Author and Other"));
}

#[test]
fn several_in_one_parenthesis() {
    let (_, c) = cite("It killed 31 people (Mahfouz 1997: 140; Sabah Monitor, 6 May 1984).");
    assert_eq!(c.len(), 2);
    assert_eq!(c[1].title.as_deref(), Some("Sabah Monitor"));
    assert_eq!(c[1].year.as_deref(), Some("1984"));
}

#[test]
fn narrative_author() {
    let (s, _) = one("He crossed in 1990, according to Qureishi (2004: 88).");
    assert_eq!(s, "Qureishi (2004: 88)");
}

#[test]
fn numbered_notes_resolve_to_the_list() {
    let text = "The group claims 25,000 members [4]. Others doubt it.²\n\nReferences\n\n[2] Ardalan, Kaveh. Marvand and Its Neighbours. Kesh: University Press, 1999, p. 12.\n[4] \"Front claims members\", Sabah Monitor, 4 April 2013.\n";
    let (doc, c) = cite(text);
    let markers: Vec<&Citation> = c.iter().filter(|c| doc.slice(c.span).len() <= 4).collect();
    assert_eq!(markers.len(), 2, "{c:#?}");
    assert_eq!(markers[0].note.as_deref(), Some("4"));
    assert_eq!(markers[0].year.as_deref(), Some("2013"));
    assert_eq!(markers[1].note.as_deref(), Some("2"));
    assert_eq!(markers[1].author.as_deref(), Some("Ardalan, Kaveh"));
    let entries: Vec<&Citation> = c.iter().filter(|c| doc.slice(c.span).len() > 4).collect();
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries[0].title.as_deref(),
        Some("Marvand and Its Neighbours")
    );
    assert_eq!(entries[0].page.as_deref(), Some("12"));
}

#[test]
fn not_citations() {
    for t in [
        "The Popular Democratic Congress (PDC) met.",
        "The king died in exile (1971).",
        "The economist Nasser Rahimi (1931–1994) taught.",
        "Some say (and the record agrees) that it began in 1978.",
        "(Some early members say it already existed by 1978.)",
        "A question came (Leyla Arman, The Kesh Observer).",
    ] {
        assert!(cite(t).1.is_empty(), "{t}: {:?}", cite(t).1);
    }
}
