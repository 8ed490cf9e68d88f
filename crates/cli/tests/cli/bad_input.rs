//! One bad file never stops a batch: each gets one line naming it and the reason.

use crate::common::{dossier, run};

fn deep_html(depth: usize) -> String {
    let mut html = String::from("<html><body><p>Unclosed <b>bold <i>italic");
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str("The council met in Baydar.");
    html
}

#[test]
fn a_batch_with_bad_files_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("image.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(
        d.join("latin.txt"),
        b"The minister\x92s \x93plan\x94 failed.",
    )
    .unwrap();
    std::fs::write(d.join("huge.txt"), vec![b'a'; 50 * 1024 * 1024]).unwrap();
    std::fs::write(d.join("deep.html"), deep_html(10_000)).unwrap();
    std::fs::write(
        d.join("good1.txt"),
        "The council met on Monday. It adjourned.",
    )
    .unwrap();
    std::fs::write(
        d.join("good2.html"),
        "<html><body><p>Talks resumed in Kesh.</p></body></html>",
    )
    .unwrap();
    let out_dir = d.join("out");
    let out = run(&[
        "extract",
        "--out",
        out_dir.to_str().unwrap(),
        d.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    let line = |file: &str, reason: &str| {
        let hit = stderr
            .lines()
            .filter(|l| l.contains(file))
            .collect::<Vec<_>>();
        assert_eq!(hit.len(), 1, "one line for {file}: {stderr}");
        assert!(hit[0].contains(reason), "{file}: {}", hit[0]);
    };
    line("image.png", "PNG image");
    line("empty.txt", "empty file");
    line("huge.txt", "size limit");
    line("latin.txt", "Windows-1252");
    line("deep.html", "nested");
    assert!(!stderr.contains("panicked"));
    for ok in ["good1", "good2", "latin", "deep"] {
        assert!(
            out_dir.join(format!("{ok}.json")).is_file(),
            "{ok} extracted"
        );
    }
    for bad in ["image", "empty", "huge"] {
        assert!(
            !out_dir.join(format!("{bad}.json")).exists(),
            "{bad} not extracted"
        );
    }
    let latin: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out_dir.join("latin.json")).unwrap()).unwrap();
    assert_eq!(
        latin["document"]["text"],
        "The minister\u{2019}s \u{201c}plan\u{201d} failed."
    );
}

#[test]
fn all_good_exits_zero_and_missing_path_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Fine text.").unwrap();
    assert_eq!(
        run(&["extract", dir.path().to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let missing = dir.path().join("nope.txt");
    let out = run(&["extract", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn size_limit_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, "word ".repeat(400)).unwrap();
    let out = run(&["extract", "--max-size", "1K", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        run(&["extract", "--max-size", "4K", path.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
}

/// A page naming many people, each in a sentence of its own.
fn roll_call(n: usize) -> String {
    let first = [
        "Omar", "Leila", "Karim", "Nadia", "Tariq", "Samira", "Yusuf",
    ];
    let last = [
        "Haddad", "Mansour", "Rahimi", "Bakri", "Sarraf", "Nouri", "Tabrizi",
    ];
    (0..n)
        .map(|i| {
            format!(
                "Colonel {} {}-{} spoke in Baydar.\n\n",
                first[i % 7],
                last[(i / 7) % 7],
                i
            )
        })
        .collect()
}

#[test]
fn entity_limit_refuses_the_document_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roll-call.txt");
    std::fs::write(&path, roll_call(40)).unwrap();
    let file = path.to_str().unwrap();
    let out = run(&["extract", "--max-entities", "10", file]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty(), "a refused document prints nothing");
    let line = stderr.lines().find(|l| l.contains("roll-call.txt"));
    let line = line.unwrap_or_else(|| panic!("no line names the file: {stderr}"));
    assert!(
        line.contains("over the limit of 10") && line.contains("--max-entities"),
        "{line}"
    );
    // Under the default limit the same document is read whole.
    let out = run(&["extract", file]);
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["entities"].as_array().unwrap().len() > 10);
    // `ingest` refuses it whole too: nothing of it reaches the store.
    let db = dir.path().join("kb.db");
    let out = dossier()
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--max-entities", "10", file])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--max-entities"), "{stderr}");
    let out = dossier()
        .arg("--db")
        .arg(&db)
        .args(["sources", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
}
