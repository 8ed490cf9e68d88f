//! Word documents: paragraphs, title, revisions and headers left out, damaged archives.
#![cfg(feature = "docx")]

use std::io::{Cursor, Write};

use dossier_load::{load, Format, LoadErrorKind, LoadOptions};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A `.docx` archive holding `parts` (name, XML), deflated as Word does.
fn docx(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in parts {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// `word/document.xml` with one `w:p` per paragraph, each split into runs at `|`.
fn body(paragraphs: &[&str]) -> String {
    let ps: String = paragraphs
        .iter()
        .map(|p| {
            let runs: String = p
                .split('|')
                .map(|r| {
                    format!(
                        r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{r}</w:t></w:r>"#
                    )
                })
                .collect();
            format!("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>{runs}</w:p>")
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{ps}<w:sectPr/></w:body></w:document>"#
    )
}

#[test]
fn paragraphs_runs_and_title() {
    let core = r#"<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Field report &amp; annex</dc:title></cp:coreProperties>"#;
    let bytes = docx(&[
        (
            "word/document.xml",
            body(&[
                "Border incidents in 1991",
                "The commission met in Arlen on |12 May 1991| and heard |“four witnesses”.",
                "",
                "Smith &amp; Sons denied it.",
            ]),
        ),
        ("docProps/core.xml", core.to_string()),
        (
            "word/header1.xml",
            format!("<w:hdr {NS}><w:p><w:r><w:t>CONFIDENTIAL DRAFT</w:t></w:r></w:p></w:hdr>"),
        ),
    ]);
    let loaded = load("report.docx", &bytes, &LoadOptions::default()).unwrap();
    assert_eq!(loaded.format, Format::Docx);
    assert_eq!(
        loaded.text,
        "Border incidents in 1991\n\nThe commission met in Arlen on 12 May 1991 and heard “four witnesses”.\n\nSmith & Sons denied it.\n"
    );
    assert_eq!(loaded.title.as_deref(), Some("Field report & annex"));
    assert!(!loaded.text.contains("CONFIDENTIAL"));
}

#[test]
fn deleted_revisions_and_field_codes_are_not_text() {
    let xml = format!(
        r#"<w:document {NS}><w:body><w:p><w:r><w:t>The envoy </w:t></w:r><w:del><w:r><w:delText>never </w:delText></w:r></w:del><w:ins><w:r><w:t>finally </w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>arrived.</w:t><w:br/><w:t>Next line.</w:t></w:r></w:p></w:body></w:document>"#
    );
    let loaded = load(
        "a.docx",
        &docx(&[("word/document.xml", xml)]),
        &LoadOptions::default(),
    )
    .unwrap();
    assert_eq!(loaded.text, "The envoy finally arrived.\nNext line.\n");
}

#[test]
fn a_zip_that_is_not_word_and_a_damaged_archive_are_errors() {
    let bytes = docx(&[("notes.txt", "hello".to_string())]);
    let err = load("notes.zip", &bytes, &LoadOptions::default()).unwrap_err();
    assert!(matches!(err.kind, LoadErrorKind::Binary(_)), "{err}");
    assert!(err.to_string().contains("Word"), "{err}");

    let mut bytes = docx(&[("word/document.xml", body(&["Some text."]))]);
    bytes.truncate(bytes.len() / 2);
    let err = load("cut.docx", &bytes, &LoadOptions::default()).unwrap_err();
    assert!(matches!(err.kind, LoadErrorKind::Unreadable(_)), "{err}");

    let bytes = docx(&[("word/document.xml", body(&["", ""]))]);
    let err = load("blank.docx", &bytes, &LoadOptions::default()).unwrap_err();
    assert_eq!(err.kind, LoadErrorKind::NoText);
}

#[test]
fn a_body_inflating_past_the_limit_is_refused() {
    let big = "word ".repeat(50_000);
    let bytes = docx(&[("word/document.xml", body(&[&big]))]);
    let opts = LoadOptions {
        max_bytes: 100_000,
        ..LoadOptions::default()
    };
    assert!(bytes.len() < opts.max_bytes, "the archive itself is small");
    let err = load("bomb.docx", &bytes, &opts).unwrap_err();
    assert!(matches!(err.kind, LoadErrorKind::TooLarge { .. }), "{err}");
}
