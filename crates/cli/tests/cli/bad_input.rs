//! One bad file never stops a batch: each gets one line naming it and the reason.

use crate::common::run;

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
