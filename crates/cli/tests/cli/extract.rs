//! `dossier extract` emits the contract for text, HTML and stdin, with true offsets.

use std::io::Write;
use std::process::Stdio;

use crate::common::{check_spans, dossier, repo, run};

const LISTS: [&str; 7] = [
    "sentences",
    "entities",
    "times",
    "quotes",
    "citations",
    "quantities",
    "events",
];

fn assert_contract(doc: &serde_json::Value) {
    assert_eq!(doc["schema"], "dossier.extract/1");
    for key in LISTS {
        assert!(doc[key].is_array(), "{key} must always be a list");
    }
    assert_eq!(doc["document"]["id"].as_str().map(str::len), Some(64));
}

#[test]
fn text_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wire.txt");
    std::fs::write(&path, "BAYDAR, 14 March 2011 (Northwind) -- Gen. Karim Nouri met the U.N. envoy. \u{201c}Talks failed,\u{201d} he said.\n").unwrap();
    let out = run(&["extract", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_contract(&doc);
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 2);
    check_spans(&doc);
}

#[test]
fn html_file_keeps_main_content_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.html");
    std::fs::write(
        &path,
        r#"<html><head><title>Envoy recalled | Site</title><meta property="article:published_time" content="2012-11-08T09:30:00Z"></head>
<body><nav>Home World</nav><article><h1>Envoy recalled</h1><p>Marvand recalled its envoy.</p></article><footer>Contact us</footer></body></html>"#,
    )
    .unwrap();
    let out = run(&["extract", "--format", "pretty", path.to_str().unwrap()]);
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_contract(&doc);
    assert_eq!(doc["document"]["title"], "Envoy recalled");
    assert_eq!(doc["document"]["date"], "2012-11-08");
    let text = doc["document"]["text"].as_str().unwrap();
    assert!(text.contains("Marvand recalled its envoy."));
    assert!(!text.contains("Home World") && !text.contains("Contact us"));
}

#[test]
fn stdin_and_date_override() {
    let mut child = dossier()
        .args(["extract", "--date", "2001-10-02", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"The council met. It adjourned.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["document"]["source"], "-");
    assert_eq!(doc["document"]["date"], "2001-10-02");
}

#[test]
fn bad_date_is_a_usage_error() {
    let out = run(&["extract", "--date", "14/03/2011", "-"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn jsonl_and_out_dir() {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in [
        ("a.txt", "One line. Two."),
        ("b.md", "# Heading\n\nSome *text* here."),
    ] {
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let out = run(&["extract", "--format", "jsonl", dir.path().to_str().unwrap()]);
    let lines: Vec<&[u8]> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 2);
    let outdir = dir.path().join("out");
    let out = run(&[
        "extract",
        "--out",
        outdir.to_str().unwrap(),
        dir.path().join("a.txt").to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(outdir.join("a.json")).unwrap()).unwrap();
    assert_contract(&doc);
}

/// Every span of every output over the samples and the test corpus points at its text.
#[test]
fn every_span_matches_the_text() {
    let root = repo();
    let mut paths = Vec::new();
    for dir in ["samples", "tests/corpus"] {
        let d = root.join(dir);
        assert!(d.is_dir(), "{dir} is part of the repository");
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.extension()
                .is_some_and(|e| e == "txt" || e == "html" || e == "md")
            {
                paths.push(p.to_string_lossy().into_owned());
            }
        }
    }
    let mut args = vec!["extract", "--format", "jsonl"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut docs = 0;
    let mut spans = 0;
    for line in out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let doc: serde_json::Value = serde_json::from_slice(line).unwrap();
        assert_contract(&doc);
        spans += check_spans(&doc);
        docs += 1;
    }
    assert!(
        docs >= 20,
        "samples and corpus hold at least 20 documents, found {docs}"
    );
    assert!(spans > docs * 10, "expected many spans, found {spans}");
}
