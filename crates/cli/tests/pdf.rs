//! PDF reports through the binary: `dossier extract report.pdf` keeps the
//! page map, `dossier ingest DIR` stores PDFs next to text, and a scan is
//! refused by name with the reason. Built with `--features pdf`.
#![cfg(feature = "pdf")]

#[path = "../../load/tests/pdf_writer/mod.rs"]
mod pdf_writer;

use std::process::{Command, Stdio};

fn dossier(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("dossier runs")
}

/// A three-page report with a running header and page footers.
fn report() -> Vec<u8> {
    let bodies = [
        [
            "On 4 March 1991 the Northern Council met in Arlen. Its",
            "chairman, Omar Haddad, said the talks would go on.",
        ],
        [
            "The ministry said on 9 March 1991 that the commu-",
            "nication had been intercepted by the border police.",
        ],
        [
            "Lina Voss, a senior adviser, was arrested in Kesh on",
            "12 March 1991, according to the Northern Council.",
        ],
    ];
    let pages: Vec<Vec<String>> = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let mut lines = vec![
                "Quarterly Review of Border Affairs".to_string(),
                String::new(),
            ];
            lines.extend(body.iter().map(|l| l.to_string()));
            lines.push(String::new());
            lines.push(format!("Page {} of 3", i + 1));
            lines
        })
        .collect();
    pdf_writer::pdf(&pages)
}

#[test]
fn extract_keeps_pages_and_drops_furniture() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, report()).unwrap();
    let out = dossier(&["extract", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text: Vec<char> = doc["document"]["text"].as_str().unwrap().chars().collect();
    let pages = doc["document"]["pages"].as_array().expect("pages");
    assert_eq!(pages.len(), 3);
    let page_of = |needle: &str| -> u64 {
        let s: String = text.iter().collect();
        let at = s.find(needle).expect(needle);
        let cp = s[..at].chars().count() as u64;
        pages
            .iter()
            .find(|p| p["start"].as_u64().unwrap() <= cp && cp < p["end"].as_u64().unwrap())
            .map(|p| p["page"].as_u64().unwrap())
            .expect("on a page")
    };
    assert_eq!(page_of("Omar Haddad"), 1);
    assert_eq!(page_of("communication had been intercepted"), 2);
    assert_eq!(page_of("Lina Voss"), 3);
    let s: String = text.iter().collect();
    assert!(!s.contains("Quarterly Review"), "{s}");
    assert!(!s.contains("Page 2 of 3"), "{s}");
    let names: Vec<&str> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert!(names.contains(&"Omar Haddad"), "{names:?}");
    assert!(names.contains(&"Lina Voss"), "{names:?}");
}

#[test]
fn ingest_reads_pdfs_in_a_directory_and_names_a_scan() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("report.pdf"), report()).unwrap();
    std::fs::write(docs.join("scan.pdf"), pdf_writer::pdf(&[vec![], vec![]])).unwrap();
    std::fs::write(
        docs.join("note.txt"),
        "The Northern Council met in Kesh on 2 May 1991.",
    )
    .unwrap();
    let db = dir.path().join("kb.db");
    let db = db.to_str().unwrap();
    let out = dossier(&["--db", db, "ingest", docs.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("scan.pdf") && stderr.contains("no text layer") && stderr.contains("OCR"),
        "{stderr}"
    );
    let out = dossier(&["--db", db, "sources", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sources = String::from_utf8_lossy(&out.stdout);
    assert!(sources.contains("report.pdf"), "{sources}");
    assert!(sources.contains("note.txt"), "{sources}");
    assert!(!sources.contains("scan.pdf"), "{sources}");
    let out = dossier(&["--db", db, "entity", "Lina Voss", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
