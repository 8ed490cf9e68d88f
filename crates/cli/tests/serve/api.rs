//! The API answers every command-line query with the command line's rows.

use std::process::Command;

use serde_json::Value;

use crate::{bin, sample_store, Server};

/// `dossier --db STORE ARGS --format json`, parsed.
fn cli(args: &[&str]) -> Value {
    let out = Command::new(bin())
        .arg("--db")
        .arg(sample_store())
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn every_query_matches_the_command_line() {
    let s = Server::start(sample_store(), &[]);
    let all = "limit=10000";
    let pairs: Vec<(Vec<&str>, String)> = vec![
        (vec!["sources"], format!("/api/sources?{all}")),
        (vec!["entities"], format!("/api/entities?{all}")),
        (
            vec!["entities", "--type", "person"],
            format!("/api/entities?type=person&{all}"),
        ),
        (
            vec!["entities", "--min-docs", "2"],
            format!("/api/entities?min_docs=2&{all}"),
        ),
        (vec!["timeline"], format!("/api/timeline?{all}")),
        (
            vec!["timeline", "--from", "1960", "--to", "1990"],
            format!("/api/timeline?from=1960&to=1990&{all}"),
        ),
        (vec!["quotes"], format!("/api/quotes?{all}")),
        (vec!["citations"], format!("/api/citations?{all}")),
        (vec!["conflicts"], format!("/api/conflicts?{all}")),
    ];
    for (args, path) in &pairs {
        let api = s.json(path);
        assert!(
            api.as_array().is_some_and(|a| !a.is_empty()),
            "{path} is empty"
        );
        assert_eq!(
            api,
            cli(args),
            "{path} differs from `dossier {}`",
            args.join(" ")
        );
    }
    // The actor queries, for the best-documented actor.
    let top = &s.json("/api/entities?limit=1")[0];
    let name = top["name"].as_str().unwrap();
    assert_eq!(
        s.json(&format!("/api/entities/{}", enc(name))),
        cli(&["entity", name])
    );
    assert_eq!(
        s.json(&format!("/api/entities/{}?why=true", enc(name))),
        cli(&["entity", name, "--why"])
    );
    let id = top["id"].to_string();
    assert_eq!(s.json(&format!("/api/entities/{id}"))["name"], top["name"]);
    assert_eq!(
        s.json(&format!("/api/timeline?entity={}&{all}", enc(name))),
        cli(&["timeline", "--entity", name])
    );
    assert_eq!(
        s.json(&format!("/api/quotes?about={}&{all}", enc(name))),
        cli(&["quotes", "--about", name])
    );
    assert_eq!(
        s.json(&format!("/api/conflicts?entity={}&{all}", enc(name))),
        cli(&["conflicts", "--entity", name])
    );
    let word = name.split_whitespace().last().unwrap();
    let hits = s.json(&format!("/api/search?q={}&{all}", enc(word)));
    assert!(
        hits.as_array().is_some_and(|h| !h.is_empty()),
        "no hits for {word}"
    );
    assert_eq!(hits, cli(&["search", word]));
}

#[test]
fn lists_page_by_limit_and_offset() {
    let s = Server::start(sample_store(), &[]);
    for list in ["sources", "entities", "timeline", "quotes", "citations"] {
        let all = s.json(&format!("/api/{list}?limit=10000"));
        let all = all.as_array().unwrap();
        assert!(all.len() >= 4, "{list} has {} rows", all.len());
        let first = s.json(&format!("/api/{list}?limit=2"));
        let next = s.json(&format!("/api/{list}?limit=2&offset=2"));
        assert_eq!(first.as_array().unwrap()[..], all[..2], "{list} first page");
        assert_eq!(
            next.as_array().unwrap()[..],
            all[2..4],
            "{list} second page"
        );
        let past = s.json(&format!("/api/{list}?offset=100000"));
        assert_eq!(past, Value::Array(vec![]), "{list} past the end");
    }
    // Without a limit a list answers at most 100 rows.
    assert!(s.json("/api/entities").as_array().unwrap().len() <= 100);
}

#[test]
fn errors_are_json_with_the_right_status() {
    let s = Server::start(sample_store(), &[]);
    for (path, status) in [
        ("/api/entities/No%20Such%20Actor%20Anywhere", 404),
        ("/api/timeline?entity=No%20Such%20Actor%20Anywhere", 404),
        ("/api/quotes?speaker=No%20Such%20Actor%20Anywhere", 404),
        ("/api/entities?limit=abc", 400),
        ("/api/entities?limit=1000000", 400),
        ("/api/entities?type=planet", 400),
        ("/api/timeline?from=yesterday", 400),
        ("/api/documents/not-a-hash", 400),
        (&format!("/api/documents/{}", "0".repeat(64)), 404),
        ("/api/documents/by-source?source=nowhere.txt", 404),
        ("/api/no-such-endpoint", 404),
    ] {
        let r = s.get(path);
        assert_eq!(r.status, status, "{path}: {}", r.text());
        assert!(
            r.header("content-type").starts_with("application/json"),
            "{path}"
        );
        assert!(
            r.json()["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{path}"
        );
    }
}

#[test]
fn the_reader_gives_text_and_valid_spans() {
    let s = Server::start(sample_store(), &[]);
    let sources = s.json("/api/sources?limit=10000");
    let mut kinds_seen = std::collections::BTreeSet::new();
    for src in sources.as_array().unwrap() {
        let id = src["id"].as_str().unwrap();
        let doc = s.json(&format!("/api/documents/{id}"));
        let by_source = s.json(&format!(
            "/api/documents/by-source?source={}",
            enc(src["source"].as_str().unwrap())
        ));
        assert_eq!(doc, by_source);
        let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        for kind in [
            "entities",
            "times",
            "quotes",
            "citations",
            "quantities",
            "events",
            "claims",
        ] {
            for sp in doc[kind].as_array().unwrap() {
                kinds_seen.insert(kind);
                let (a, b) = (
                    sp["start"].as_u64().unwrap() as usize,
                    sp["end"].as_u64().unwrap() as usize,
                );
                assert!(
                    a < b && b <= text.len(),
                    "{kind} span {a}..{b} in {} chars",
                    text.len()
                );
            }
        }
        // Entity spans point at the actor's written name.
        for e in doc["entities"].as_array().unwrap() {
            let (a, b) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let surface: String = text[a..b].iter().collect();
            assert!(
                surface.chars().any(char::is_alphabetic),
                "entity span {surface:?}"
            );
        }
    }
    for kind in [
        "entities",
        "times",
        "quotes",
        "citations",
        "quantities",
        "events",
        "claims",
    ] {
        assert!(kinds_seen.contains(kind), "no document has {kind}");
    }
}

#[test]
fn the_network_links_actors_by_events() {
    let s = Server::start(sample_store(), &[]);
    let net = s.json("/api/network");
    let nodes: Vec<i64> = net["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_i64().unwrap())
        .collect();
    let edges = net["edges"].as_array().unwrap();
    assert!(!edges.is_empty());
    for e in edges {
        assert!(
            nodes.contains(&e["source"].as_i64().unwrap())
                && nodes.contains(&e["target"].as_i64().unwrap())
        );
        assert!(e["events"].as_i64().unwrap() >= 1);
    }
    assert!(
        edges.iter().any(|e| e["directed"] == true),
        "no actor → target link"
    );
    let first = &net["nodes"][0]["name"];
    let around = s.json(&format!(
        "/api/network?entity={}",
        enc(first.as_str().unwrap())
    ));
    let id = net["nodes"][0]["id"].as_i64().unwrap();
    assert!(around["edges"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["source"] == id || e["target"] == id));
}

#[test]
fn injection_strings_are_only_data() {
    let s = Server::start(sample_store(), &[]);
    let before = s.json("/api/info")["documents"].clone();
    let nasty = [
        "' OR 1=1 --",
        "\"; DROP TABLE document; --",
        "1) UNION SELECT sql FROM sqlite_master --",
        "%' AND 1=1 AND '%'='",
        "NEAR(a b) OR * ^ \"",
        "x\u{0}y",
        "../../../../etc/passwd",
    ];
    for n in nasty {
        let v = enc(n);
        for path in [
            format!("/api/entities/{v}"),
            format!("/api/entities?type={v}"),
            format!("/api/timeline?entity={v}"),
            format!("/api/timeline?from={v}"),
            format!("/api/quotes?speaker={v}"),
            format!("/api/quotes?about={v}"),
            format!("/api/conflicts?entity={v}"),
            format!("/api/search?q={v}"),
            format!("/api/network?entity={v}"),
            format!("/api/documents/by-source?source={v}"),
            format!("/api/documents/{v}"),
        ] {
            let r = s.get(&path);
            assert!(
                matches!(r.status, 200 | 400 | 404),
                "{path}: {} {}",
                r.status,
                r.text()
            );
            let _ = r.json();
        }
    }
    assert_eq!(s.json("/api/info")["documents"], before);
    assert!(s
        .json("/api/entities?limit=1")
        .as_array()
        .is_some_and(|a| a.len() == 1));
}
