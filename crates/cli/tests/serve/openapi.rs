//! `/api/openapi.json` describes what the server really sends: every
//! response of every described path is validated against its schema.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::http::{multipart, request};
use crate::{sample_store, store_copy, Server};

/// A validator for the schema at JSON pointer `ptr` inside the description.
fn validator(spec: &Value, ptr: &str) -> jsonschema::Validator {
    assert!(
        spec.pointer(ptr).is_some(),
        "the description has nothing at {ptr}"
    );
    let mut root = spec.clone();
    root.as_object_mut().unwrap().insert(
        "$ref".into(),
        json!(format!("#{}", ptr.replace('{', "%7B").replace('}', "%7D"))),
    );
    jsonschema::draft202012::new(&root).unwrap_or_else(|e| panic!("schema at {ptr}: {e}"))
}

fn escape(path: &str) -> String {
    path.replace('~', "~0").replace('/', "~1")
}

fn check(
    spec: &Value,
    path: &str,
    method: &str,
    status: u16,
    body: &Value,
    seen: &mut BTreeSet<String>,
) {
    let ptr = format!(
        "/paths/{}/{method}/responses/{status}/content/application~1json/schema",
        escape(path)
    );
    let v = validator(spec, &ptr);
    let errors: Vec<String> = v
        .iter_errors(body)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{method} {path} {status} does not match its schema:\n{}",
        errors.join("\n")
    );
    seen.insert(format!("{method} {path}"));
}

#[test]
fn real_responses_match_the_description() {
    let s = Server::start(sample_store(), &[]);
    let spec = s.json("/api/openapi.json");
    assert_eq!(spec["openapi"], "3.1.0");
    let mut seen = BTreeSet::new();
    let ok = |path: &str, url: &str, seen: &mut BTreeSet<String>| {
        let body = s.json(url);
        check(&spec, path, "get", 200, &body, seen);
        body
    };
    ok("/api/info", "/api/info", &mut seen);
    ok("/api/openapi.json", "/api/openapi.json", &mut seen);
    let sources = ok("/api/sources", "/api/sources?limit=10000", &mut seen);
    let entities = ok("/api/entities", "/api/entities?limit=10000", &mut seen);
    ok("/api/timeline", "/api/timeline?limit=10000", &mut seen);
    ok("/api/quotes", "/api/quotes?limit=10000", &mut seen);
    ok("/api/citations", "/api/citations?limit=10000", &mut seen);
    let conflicts = ok("/api/conflicts", "/api/conflicts?limit=10000", &mut seen);
    assert!(
        !conflicts.as_array().unwrap().is_empty(),
        "the samples have conflicts"
    );
    ok("/api/search", "/api/search?q=the&limit=200", &mut seen);
    ok("/api/network", "/api/network", &mut seen);
    // Every actor's dossier, with and without the merge evidence.
    for e in entities.as_array().unwrap().iter().take(40) {
        let id = &e["id"];
        ok(
            "/api/entities/{name}",
            &format!("/api/entities/{id}"),
            &mut seen,
        );
        ok(
            "/api/entities/{name}",
            &format!("/api/entities/{id}?why=true"),
            &mut seen,
        );
    }
    for src in sources.as_array().unwrap() {
        ok(
            "/api/documents/{id}",
            &format!("/api/documents/{}", src["id"].as_str().unwrap()),
            &mut seen,
        );
    }
    let first = sources[0]["source"].as_str().unwrap().replace('/', "%2F");
    ok(
        "/api/documents/by-source",
        &format!("/api/documents/by-source?source={first}"),
        &mut seen,
    );

    // Errors.
    for (path, url, status) in [
        (
            "/api/entities/{name}",
            "/api/entities/Nobody%20Whatsoever",
            404,
        ),
        ("/api/entities", "/api/entities?limit=x", 400),
        ("/api/documents/{id}", "/api/documents/xyz", 400),
    ] {
        let r = s.get(url);
        assert_eq!(r.status, status, "{url}");
        check(&spec, path, "get", status, &r.json(), &mut seen);
    }

    // Uploads: the report, and the refusals.
    let dir = tempfile::tempdir().unwrap();
    let w = Server::start(&store_copy(dir.path()), &["--max-upload", "64K"]);
    let (ctype, body) = multipart(&[
        (
            "file",
            "note.txt",
            b"On 3 May 1994 the Port Council met in Velsk, a spokesman said.",
        ),
        ("file", "empty.txt", b""),
    ]);
    let r = request(
        w.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype)],
        &body,
    );
    assert_eq!(r.status, 200, "{}", r.text());
    check(&spec, "/api/documents", "post", 200, &r.json(), &mut seen);
    let (ctype, big) = multipart(&[("file", "big.txt", &vec![b'a'; 200 << 10])]);
    let r = request(
        w.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype)],
        &big,
    );
    assert_eq!(r.status, 413, "{}", r.text());
    check(&spec, "/api/documents", "post", 413, &r.json(), &mut seen);
    let ro = Server::start(sample_store(), &["--read-only"]);
    let r = request(
        ro.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype)],
        &body,
    );
    assert_eq!(r.status, 403);
    check(&spec, "/api/documents", "post", 403, &r.json(), &mut seen);

    // Every operation the description lists was checked against a real answer.
    for (path, ops) in spec["paths"].as_object().unwrap() {
        for method in ops.as_object().unwrap().keys() {
            assert!(
                seen.contains(&format!("{method} {path}")),
                "{method} {path} was never checked"
            );
        }
    }
}

#[test]
fn the_description_is_a_complete_openapi_document() {
    let s = Server::start(sample_store(), &[]);
    let spec = s.json("/api/openapi.json");
    for key in ["openapi", "info", "paths", "components"] {
        assert!(spec.get(key).is_some(), "no {key}");
    }
    // Every $ref resolves.
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    out.push(r.clone());
                }
                m.values().for_each(|x| refs(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(&spec, &mut all);
    assert!(all.len() > 20);
    for r in all {
        let ptr = r.strip_prefix('#').unwrap();
        assert!(spec.pointer(ptr).is_some(), "dangling {r}");
    }
}
