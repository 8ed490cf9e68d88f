//! PDF reports: reading order, page map, running headers and footers, hyphenation, scans.
#![cfg(feature = "pdf")]

mod pdf_writer;

use dossier_load::{load, Format, LoadErrorKind, LoadOptions};

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn pages_headers_and_hyphenation() {
    let pages: Vec<Vec<String>> = (1..=4)
        .map(|n| {
            let mut l = lines(&["Annual Survey of Border Conflicts", ""]);
            l.extend(lines(&[
                &format!("Section {n}. The ministry said the commu-"),
                "nication had been intercepted by the border police in",
                "the winter of 1990.",
            ]));
            l.push(String::new());
            l.push(format!("Page {n} of 4"));
            l
        })
        .collect();
    let bytes = pdf_writer::pdf(&pages);
    let loaded = load("report.pdf", &bytes, &LoadOptions::default()).unwrap();
    assert_eq!(loaded.format, Format::Pdf);
    assert_eq!(loaded.pages.len(), 4);
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
    assert!(
        loaded.text.contains("communication had been intercepted"),
        "{}",
        loaded.text
    );
    let third = &loaded.text[loaded.pages[2].start..loaded.pages[2].end];
    assert!(third.starts_with("Section 3."), "{third}");
}

#[test]
fn scanned_pdf_has_no_text_layer() {
    let bytes = pdf_writer::pdf(&[vec![], vec![]]);
    let err = load("scan.pdf", &bytes, &LoadOptions::default()).unwrap_err();
    assert_eq!(err.kind, LoadErrorKind::NoTextLayer);
    assert!(err.to_string().contains("OCR"));
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
