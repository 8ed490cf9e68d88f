//! The whole attack surface, enumerated rather than listed by hand: every
//! route the router declares must be described by the OpenAPI document (or
//! be one of the few pages), and the tests below walk that enumeration, so
//! a new route or parameter is tested the day it is added.
//!
//! - hostile strings through every parameter of every operation: never a
//!   5xx, always JSON, and the store is byte for byte unchanged;
//! - the token on every route and method;
//! - `--read-only` on every write the router declares.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::http::{multipart, request};
use crate::{store_copy, Server};

/// The server's route declarations, read from its source.
const ROUTER_SOURCES: &[&str] = &[
    include_str!("../../../server/src/api/mod.rs"),
    include_str!("../../../server/src/auth.rs"),
    include_str!("../../../server/src/assets.rs"),
];

/// Routes outside `/api/`: the UI and the login flow.
const PAGES: &[(&str, &str)] = &[
    ("get", "/"),
    ("get", "/favicon.svg"),
    ("get", "/assets/{*path}"),
    ("get", "/login"),
    ("post", "/login"),
    ("post", "/logout"),
];

/// `(method, path)` of every `.route(…)` in the server's source.
pub fn declared_routes() -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for src in ROUTER_SOURCES {
        for decl in src.split(".route(").skip(1) {
            let decl = decl
                .split(".fallback(")
                .next()
                .unwrap_or(decl)
                .split(".with_state(")
                .next()
                .unwrap_or(decl);
            let path = decl.split('"').nth(1).expect("a route path literal");
            for method in ["get", "post", "put", "delete", "patch"] {
                let called = decl.match_indices(&format!("{method}(")).any(|(i, _)| {
                    i == 0
                        || !decl.as_bytes()[i - 1].is_ascii_alphanumeric()
                            && decl.as_bytes()[i - 1] != b'_'
                });
                if called {
                    out.insert((method.to_string(), path.to_string()));
                }
            }
        }
    }
    out
}

/// `(method, path) -> parameter names` from the OpenAPI description.
fn described(spec: &Value) -> BTreeMap<(String, String), Vec<(String, String)>> {
    let mut out = BTreeMap::new();
    for (path, ops) in spec["paths"].as_object().unwrap() {
        for (method, op) in ops.as_object().unwrap() {
            let params = op["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| {
                            (
                                p["name"].as_str().unwrap().to_string(),
                                p["in"].as_str().unwrap().to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.insert((method.clone(), path.clone()), params);
        }
    }
    out
}

#[test]
fn every_declared_route_is_described_or_a_page() {
    let declared = declared_routes();
    assert!(declared.len() >= 20, "{declared:?}");
    let spec: Value =
        serde_json::from_str(include_str!("../../../server/src/openapi.json")).unwrap();
    let described: BTreeSet<_> = described(&spec).into_keys().collect();
    let pages: BTreeSet<_> = PAGES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    let expected: BTreeSet<_> = described.union(&pages).cloned().collect();
    assert_eq!(
        declared, expected,
        "the router and the OpenAPI description (plus the pages) disagree"
    );
}

/// Strings that break naive SQL, FTS, path and text handling.
fn hostile() -> Vec<String> {
    let mut v: Vec<String> = [
        "' OR 1=1 --",
        "\" OR \"\"=\"",
        "'; DROP TABLE document; --",
        "1) UNION SELECT name, sql FROM sqlite_master --",
        "%' OR '%'='",
        "NEAR(a b) OR title:* ^ \"",
        "x\u{0}y",
        "%00",
        "\u{202e}\u{627}\u{644}\u{642}\u{630}\u{627}\u{641}\u{64a} \u{1f600} e\u{301}",
        "../../../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "<script>alert(1)</script>",
        "-1",
        "99999999999999999999999",
        "true; false",
        "",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    v.push("A".repeat(20_000));
    v.push("'".repeat(5_000));
    v
}

/// Percent-encodes every byte outside the unreserved set.
pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Every row of every table of the store, as text.
fn dump(db: &Path) -> Vec<String> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    crate::store_dump::rows(&conn)
}

#[test]
fn hostile_strings_through_every_parameter_are_only_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_copy(dir.path());
    let before = dump(&db);
    let s = Server::start(&db, &[]);
    let spec = s.json("/api/openapi.json");
    let top = s.json("/api/entities?limit=1")[0]["id"].to_string();
    let doc = s.json("/api/sources?limit=1")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let valid = |name: &str| {
        if name == "id" {
            doc.clone()
        } else {
            top.clone()
        }
    };
    let (mut sent, mut params) = (0, 0);
    for ((method, path), ps) in described(&spec) {
        if method != "get" {
            continue; // The one write, upload, has its own tests.
        }
        for (name, place) in &ps {
            params += 1;
            for h in hostile() {
                let mut url = path.clone();
                for (other, where_) in &ps {
                    if where_ == "path" {
                        let v = if other == name { enc(&h) } else { valid(other) };
                        url = url.replace(&format!("{{{other}}}"), &v);
                    }
                }
                if place == "query" {
                    url.push_str(&format!("?{name}={}", enc(&h)));
                }
                let r = s.get(&url);
                sent += 1;
                assert!(
                    (200..500).contains(&r.status),
                    "{url:.200}: {} {}",
                    r.status,
                    r.text()
                );
                if !matches!(r.status, 414 | 431) {
                    let _ = r.json();
                }
            }
        }
    }
    // Query strings that are not UTF-8 or not well-formed are read leniently
    // or refused, never fatal.
    for raw in [
        "/api/search?q=%FF%FE",
        "/api/entities?limit=%",
        "/api/timeline?from=1%ZZ",
        "/api/quotes?speaker=a&speaker=b&about",
        "/api/search?q",
    ] {
        let r = s.get(raw);
        assert!((200..500).contains(&r.status), "{raw}: {}", r.status);
        let _ = r.json();
    }
    assert!(params >= 20, "only {params} parameters described");
    eprintln!("{sent} hostile requests over {params} parameters");
    drop(s);
    assert!(dump(&db) == before, "a query changed the store");
}

#[test]
fn hostile_strings_through_every_command_line_query_are_only_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_copy(dir.path());
    let before = dump(&db);
    // Argument vectors cannot hold NUL; everything else goes through.
    let strings: Vec<String> = hostile()
        .into_iter()
        .filter(|h| !h.contains('\0'))
        .collect();
    let mut runs = 0;
    for h in &strings {
        let h = h.as_str();
        let queries: Vec<Vec<&str>> = vec![
            vec!["entities", "--type", h],
            vec!["entity", h],
            vec!["entity", h, "--why"],
            vec!["timeline", "--entity", h],
            vec!["timeline", "--from", h],
            vec!["timeline", "--to", h],
            vec!["quotes", "--speaker", h],
            vec!["quotes", "--about", h],
            vec!["conflicts", "--entity", h],
            vec!["search", h],
            vec!["merge", h, h],
            vec!["split", h, h],
        ];
        for q in queries {
            let out = std::process::Command::new(crate::bin())
                .arg("--db")
                .arg(&db)
                .args(&q)
                .args(["--format", "json"])
                .output()
                .unwrap();
            runs += 1;
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                matches!(out.status.code(), Some(0..=2)),
                "{q:.80?}: {:?} {err}",
                out.status
            );
            assert!(!err.contains("panicked"), "{q:.80?}: {err}");
        }
    }
    eprintln!("{runs} hostile command lines");
    assert!(dump(&db) == before, "a query changed the store");
}

#[test]
fn every_route_and_method_needs_the_token() {
    let token = "tok-3f9a-aa71-5c20";
    let dir = tempfile::tempdir().unwrap();
    let db = store_copy(dir.path());
    let before = dump(&db);
    let s = Server::start(&db, &["--token", token]);
    let doc = {
        let r = request(
            s.addr,
            "GET",
            "/api/sources?limit=1",
            &[("Authorization", &format!("Bearer {token}"))],
            &[],
        );
        r.json()[0]["id"].as_str().unwrap().to_string()
    };
    let (ctype, body) = multipart(&[("file", "t.txt", b"The Delta Council met on 4 July 1991.")]);
    let mut checked = 0;
    for (method, path) in declared_routes() {
        let url = path
            .replace("{name}", "1")
            .replace("{id}", &doc)
            .replace("{*path}", "js/app.js");
        // The login form and what it needs are served to anyone.
        let public = url == "/login" || url == "/favicon.svg";
        for (label, auth) in [
            ("none", None),
            ("wrong", Some("Bearer tok-3f9a-aa71-5c2")),
            ("cookie", Some("dossier_token=nope")),
        ] {
            let mut headers = vec![("Content-Type", ctype.as_str())];
            let cookie;
            if let Some(a) = auth {
                if a.starts_with("Bearer") {
                    headers.push(("Authorization", a));
                } else {
                    cookie = a.to_string();
                    headers.push(("Cookie", cookie.as_str()));
                }
            }
            let r = request(s.addr, &method.to_uppercase(), &url, &headers, &body);
            checked += 1;
            if public {
                assert!(r.status != 401, "{method} {url}");
                continue;
            }
            let refused = if url.starts_with("/api/") {
                r.status == 401
            } else {
                r.status == 303 && r.header("location") == "/login"
            };
            assert!(refused, "{method} {url} with {label} token: {}", r.status);
        }
        // With the token the route answers (not a refusal).
        let bearer = format!("Bearer {token}");
        let r = request(
            s.addr,
            &method.to_uppercase(),
            &url,
            &[("Authorization", &bearer), ("Content-Type", &ctype)],
            if method == "post" && url == "/api/documents" {
                &body
            } else {
                &[]
            },
        );
        assert!(
            r.status != 401 && r.status != 403 && r.status < 500,
            "{method} {url} with the token: {}",
            r.status
        );
    }
    assert!(checked >= 60, "{checked}");
    drop(s);
    // Only the authorised upload above changed the store: one document more.
    let after = dump(&db);
    let docs = |rows: &[String]| rows.iter().filter(|r| r.starts_with("document:")).count();
    assert_eq!(docs(&after), docs(&before) + 1);
}

#[test]
fn read_only_refuses_every_declared_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = store_copy(dir.path());
    let before = dump(&db);
    let s = Server::start(&db, &["--read-only"]);
    let (ctype, body) = multipart(&[("file", "t.txt", b"The Delta Council met on 4 July 1991.")]);
    let mut writes = 0;
    for (method, path) in declared_routes() {
        // The login and logout forms set or clear a cookie; they write nothing.
        if method == "get" || path == "/login" || path == "/logout" {
            continue;
        }
        let url = path.replace("{name}", "1").replace("{id}", &"0".repeat(64));
        let r = request(
            s.addr,
            &method.to_uppercase(),
            &url,
            &[("Content-Type", &ctype)],
            &body,
        );
        writes += 1;
        assert_eq!(r.status, 403, "{method} {url}: {}", r.text());
        assert!(r.json()["error"].as_str().unwrap().contains("read-only"));
    }
    assert!(writes >= 1);
    // Methods the router does not declare are refused on every path too.
    for (_, path) in declared_routes() {
        let url = path.replace("{name}", "1").replace("{id}", &"0".repeat(64));
        for m in ["PUT", "DELETE", "PATCH"] {
            let r = request(s.addr, m, &url, &[], &[]);
            assert!(matches!(r.status, 403..=405), "{m} {url}: {}", r.status);
        }
    }
    drop(s);
    assert!(
        dump(&db) == before,
        "the read-only server changed the store"
    );
}
