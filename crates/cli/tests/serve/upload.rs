//! Uploads ingest like `dossier ingest`: idempotent, versioned, each file
//! on its own, and never outside the store.

use crate::http::{multipart, request};
use crate::{store_copy, Server};

fn upload(s: &Server, files: &[(&str, &str, &[u8])]) -> serde_json::Value {
    let (ctype, body) = multipart(files);
    let r = request(
        s.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype)],
        &body,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()
}

#[test]
fn uploads_are_idempotent_and_report_each_file() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(&store_copy(dir.path()), &[]);
    let before = s.json("/api/info")["documents"].as_i64().unwrap();
    let text = b"VELSK, 2 June 1990 - The Harbour Council said 4,000 workers had joined the strike."
        as &[u8];
    let report = upload(
        &s,
        &[
            ("file", "strike.txt", text),
            ("file", "strike-copy.txt", text),
            ("file", "blob.bin", &[0u8; 2048]),
            ("file", "empty.txt", b""),
        ],
    );
    let files = report["files"].as_array().unwrap();
    let status: Vec<&str> = files
        .iter()
        .map(|f| f["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        status,
        ["added", "duplicate", "failed", "failed"],
        "{report}"
    );
    assert_eq!(files[0]["source"], "upload/strike.txt");
    assert_eq!(files[1]["duplicate_of"], "upload/strike.txt");
    assert!(files[2]["error"].as_str().unwrap().len() > 5);
    assert_eq!(
        (report["added"].as_i64(), report["failed"].as_i64()),
        (Some(1), Some(2))
    );
    // The same file again changes nothing; changed content at the same name is version 2.
    let again = upload(&s, &[("file", "strike.txt", text)]);
    assert_eq!(again["files"][0]["status"], "unchanged");
    let changed = upload(
        &s,
        &[(
            "file",
            "strike.txt",
            b"VELSK, 3 June 1990 - The strike ended, the Harbour Council said.",
        )],
    );
    assert_eq!(changed["files"][0]["version"], 2);
    assert_eq!(
        s.json("/api/info")["documents"].as_i64().unwrap(),
        before + 2
    );
    // The uploaded document is searchable and readable at once.
    let id = files[0]["id"].as_str().unwrap();
    let doc = s.json(&format!("/api/documents/{id}"));
    assert!(doc["text"].as_str().unwrap().contains("Harbour Council"));
    assert!(!s
        .json("/api/search?q=strike")
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn upload_names_never_reach_the_file_system() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("store");
    std::fs::create_dir(&inner).unwrap();
    let db = store_copy(&inner);
    let s = Server::start(&db, &[]);
    let report = upload(
        &s,
        &[
            (
                "file",
                "../../escaped.txt",
                b"The Delta Council met on 4 July 1991.",
            ),
            (
                "file",
                "..\\\\..\\\\win.txt",
                b"The Delta Council met again on 5 July 1991.",
            ),
            (
                "file",
                "/etc/cron.d/evil",
                b"The Delta Council adjourned on 6 July 1991.",
            ),
            ("file", "..", b"The Delta Council dissolved on 7 July 1991."),
        ],
    );
    let sources: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        [
            "upload/escaped.txt",
            "upload/win.txt",
            "upload/evil",
            "upload/unnamed"
        ],
        "{report}"
    );
    // Nothing but the store's own files appeared anywhere under the temp dir.
    let mut names = Vec::new();
    for entry in walk(dir.path()) {
        names.push(
            entry
                .strip_prefix(dir.path())
                .unwrap()
                .display()
                .to_string(),
        );
    }
    names.sort();
    assert!(
        names
            .iter()
            .all(|n| n == "store" || n.starts_with("store/copy.db")),
        "{names:?}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn oversized_uploads_are_refused_and_the_server_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(
        &store_copy(dir.path()),
        &["--max-upload", "256K", "--max-size", "8K"],
    );
    // One file over the per-file limit fails alone; the others are stored.
    let report = upload(
        &s,
        &[
            ("file", "big.txt", &vec![b'a'; 16 << 10]),
            (
                "file",
                "small.txt",
                b"The Delta Council met on 4 July 1991.",
            ),
        ],
    );
    let status: Vec<&str> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["status"].as_str().unwrap())
        .collect();
    assert_eq!(status, ["failed", "added"], "{report}");
    assert!(report["files"][0]["error"]
        .as_str()
        .unwrap()
        .contains("limit"));
    // A request over the whole-request limit is refused with 413.
    let (ctype, body) = multipart(&[("file", "huge.txt", &vec![b'a'; 400 << 10])]);
    let r = request(
        s.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype)],
        &body,
    );
    assert_eq!(r.status, 413, "{}", r.text());
    assert_eq!(s.get("/api/info").status, 200);
}

#[test]
fn hostile_upload_names_stay_labels() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("store");
    std::fs::create_dir(&inner).unwrap();
    let s = Server::start(&store_copy(&inner), &[]);
    let long = "n".repeat(5_000);
    let names = [
        "a\u{0}b.txt",
        "../../../../../../etc/passwd",
        "/etc/shadow",
        "C:\\Windows\\System32\\evil.dll",
        "\\\\server\\share\\x.txt",
        "%2e%2e%2f%2e%2e%2fescape.txt",
        "....//....//x.txt",
        "dir/",
        "   ",
        "\u{202e}txt.exe",
        long.as_str(),
    ];
    let bodies: Vec<String> = (0..names.len())
        .map(|i| {
            format!(
                "The Delta Council met on {} July 1991 in session {i}.",
                1 + i
            )
        })
        .collect();
    let files: Vec<(&str, &str, &[u8])> = names
        .iter()
        .zip(&bodies)
        .map(|(n, b)| ("file", *n, b.as_bytes()))
        .collect();
    let (ctype, body) = multipart(&files);
    let r = request(
        s.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype)],
        &body,
    );
    // A name the multipart parser refuses fails the request, never the server.
    assert!(r.status < 500, "{} {}", r.status, r.text());
    if r.status == 200 {
        let report = r.json();
        for f in report["files"].as_array().unwrap() {
            let source = f["source"].as_str().unwrap();
            let name = source.strip_prefix("upload/").unwrap();
            assert!(
                !name.is_empty()
                    && !name.contains(['/', '\\'])
                    && !name.chars().any(char::is_control)
                    && name != "."
                    && name != ".."
                    && name.chars().count() <= 200,
                "{source:?}"
            );
        }
    }
    let escaped: Vec<_> = walk(dir.path())
        .into_iter()
        .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
        .filter(|n| n != "store" && !n.starts_with("store/copy.db"))
        .collect();
    assert!(escaped.is_empty(), "{escaped:?}");
    for p in ["/etc/passwd", "/etc/shadow"] {
        assert!(!std::fs::read(p).is_ok_and(|b| b.windows(12).any(|w| w == b"Delta Counci")));
    }
}
