//! PDF reports: reading order, page map, running headers and footers, hyphenation, scans.
#![cfg(feature = "pdf")]

mod pdf_writer;

use dossier_load::{load, Format, LoadErrorKind, LoadOptions};

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Body lines of page `n`: different words on every page, as in a report.
fn body(n: usize) -> Vec<String> {
    let places = ["Arlen", "Baydar", "Kesh", "Tamrin"];
    let months = ["March", "June", "September", "December"];
    let (place, month) = (places[(n - 1) % 4], months[(n - 1) % 4]);
    lines(&[
        &format!("Section {n}. The ministry said the commu-"),
        &format!("nication from {place} had been intercepted by the"),
        &format!("border police in {month} 1990, weeks before the talks."),
    ])
}

fn report(pages: usize) -> Vec<u8> {
    let pages: Vec<Vec<String>> = (1..=pages)
        .map(|n| {
            let mut l = lines(&["Annual Survey of Border Conflicts", ""]);
            l.extend(body(n));
            l.push(String::new());
            l.push(format!("Page {n} of {pages}"));
            l
        })
        .collect();
    pdf_writer::pdf(&pages)
}

#[test]
fn page_map_gives_each_page_its_own_text() {
    let loaded = load("report.pdf", &report(4), &LoadOptions::default()).unwrap();
    assert_eq!(loaded.format, Format::Pdf);
    assert_eq!(loaded.pages.len(), 4);
    for (i, page) in loaded.pages.iter().enumerate() {
        let text = &loaded.text[page.start..page.end];
        assert!(
            text.starts_with(&format!("Section {}.", i + 1)),
            "page {}: {text:?}",
            i + 1
        );
    }
    assert!(loaded.text[loaded.pages[2].start..loaded.pages[2].end].contains("Kesh"));
    assert!(loaded.pages.windows(2).all(|w| w[0].end <= w[1].start));
}

#[test]
fn running_header_and_page_footer_are_dropped() {
    let loaded = load("report.pdf", &report(4), &LoadOptions::default()).unwrap();
    assert!(
        !loaded.text.contains("Annual Survey"),
        "running header kept: {}",
        loaded.text
    );
    assert!(
        !loaded.text.contains("Page 2 of 4"),
        "footer kept: {}",
        loaded.text
    );
}

#[test]
fn line_end_hyphenation_is_mended_and_lines_joined() {
    let loaded = load("report.pdf", &report(3), &LoadOptions::default()).unwrap();
    assert!(
        loaded
            .text
            .contains("The ministry said the communication from Arlen had been intercepted by the border police in March 1990"),
        "{}",
        loaded.text
    );
    // A real compound keeps its hyphen: the next line starts with a capital.
    let pdf = pdf_writer::pdf(&[lines(&[
        "The talks between the North-",
        "South commission resumed in spring.",
    ])]);
    let loaded = load("one.pdf", &pdf, &LoadOptions::default()).unwrap();
    assert!(
        loaded.text.contains("North- South") || loaded.text.contains("North-South"),
        "{}",
        loaded.text
    );
    assert!(!loaded.text.contains("NorthSouth"));
}

#[test]
fn two_columns_are_read_one_after_the_other() {
    let left = [
        "The first column opens the report",
        "and runs down the left side of",
        "the page to its end.",
    ];
    let right = [
        "The second column follows it, as",
        "any reader expects, and closes",
        "the page.",
    ];
    let page = pdf_writer::two_columns(
        "A Report on the Coastal Strip Drawn in Two Columns",
        &left,
        &right,
        "7",
    );
    let pdf = pdf_writer::pdf_placed(&[page]);
    let loaded = load("columns.pdf", &pdf, &LoadOptions::default()).unwrap();
    let text = &loaded.text;
    assert!(
        text.contains(
            "The first column opens the report and runs down the left side of the page to its end."
        ),
        "{text}"
    );
    assert!(
        text.contains("The second column follows it, as any reader expects, and closes the page."),
        "{text}"
    );
    let first = text.find("The first column").unwrap();
    let second = text.find("The second column").unwrap();
    let heading = text.find("A Report on").unwrap();
    assert!(heading < first && first < second, "{text}");
}

#[test]
fn non_ascii_text_survives() {
    let pdf = pdf_writer::pdf(&[lines(&[
        "Ramón Pérez told the “commission” in Zürich – twice.",
    ])]);
    let loaded = load("accents.pdf", &pdf, &LoadOptions::default()).unwrap();
    assert!(
        loaded
            .text
            .contains("Ramón Pérez told the “commission” in Zürich – twice."),
        "{}",
        loaded.text
    );
}

#[test]
fn scanned_pdf_has_no_text_layer() {
    let bytes = pdf_writer::pdf(&[vec![], vec![]]);
    let err = load("scan.pdf", &bytes, &LoadOptions::default()).unwrap_err();
    assert_eq!(err.kind, LoadErrorKind::NoTextLayer);
    let msg = err.to_string();
    assert!(
        msg.contains("no text layer") && msg.contains("OCR"),
        "{msg}"
    );
}

#[test]
fn image_only_pages_in_a_text_pdf_are_named_in_a_warning() {
    let bytes = pdf_writer::pdf(&[body(1), vec![], body(3)]);
    let loaded = load("mixed.pdf", &bytes, &LoadOptions::default()).unwrap();
    assert_eq!(loaded.pages.len(), 3);
    assert_eq!(loaded.pages[1].start, loaded.pages[1].end);
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert!(
        loaded.warnings[0].contains("page 2 of 3"),
        "{:?}",
        loaded.warnings
    );
}

#[test]
fn damaged_pdf_is_an_error_not_a_panic() {
    let mut bytes = pdf_writer::pdf(&[lines(&["Some text on a page."])]);
    bytes.truncate(bytes.len() / 2);
    bytes.extend_from_slice(b"garbage \x00\x01\x02");
    let _ = load("broken.pdf", &bytes, &LoadOptions::default());
    let err = load("junk.pdf", b"%PDF-1.4 not really", &LoadOptions::default()).unwrap_err();
    assert!(
        matches!(
            err.kind,
            LoadErrorKind::Unreadable(_) | LoadErrorKind::NoTextLayer
        ),
        "{err}"
    );
}
