//! Who may talk to the server, and what every answer says to the browser.

use std::process::Command;

use crate::http::{multipart, request};
use crate::{bin, sample_store, store_copy, Server};

#[test]
fn a_public_address_needs_a_token() {
    let out = Command::new(bin())
        .arg("--db")
        .arg(sample_store())
        .args(["serve", "--bind", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--token"), "{err}");
}

#[test]
fn the_token_is_required_everywhere_but_the_login_page() {
    let token = "correct-horse-battery-staple";
    let s = Server::start(sample_store(), &["--token", token]);
    let get = |path: &str, headers: &[(&str, &str)]| request(s.addr, "GET", path, headers, &[]);
    assert_eq!(get("/api/sources", &[]).status, 401);
    assert_eq!(
        get("/api/sources", &[]).header("www-authenticate"),
        "Bearer"
    );
    assert_eq!(
        get("/api/sources", &[("Authorization", "Bearer wrong")]).status,
        401
    );
    assert_eq!(
        get(
            "/api/sources",
            &[("Authorization", "Bearer correct-horse-battery-stapl")]
        )
        .status,
        401
    );
    assert_eq!(
        get(
            "/api/sources",
            &[("Authorization", &format!("Bearer {token}"))]
        )
        .status,
        200
    );
    assert_eq!(
        get(
            "/api/sources",
            &[("Cookie", &format!("a=b; dossier_token={token}"))]
        )
        .status,
        200
    );
    let page = get("/", &[]);
    assert_eq!(page.status, 303);
    assert_eq!(page.header("location"), "/login");
    assert_eq!(get("/assets/js/app.js", &[]).status, 303);
    assert_eq!(get("/login", &[]).status, 200);
    // The login form sets an HttpOnly, SameSite=Strict cookie for the right token only.
    let form = |t: &str| {
        request(
            s.addr,
            "POST",
            "/login",
            &[("Content-Type", "application/x-www-form-urlencoded")],
            format!("token={t}").as_bytes(),
        )
    };
    let bad = form("nope");
    assert_eq!(bad.status, 303);
    assert_eq!(bad.header("location"), "/login?failed=1");
    assert!(bad.header("set-cookie").is_empty());
    let good = form(token);
    assert_eq!(good.status, 303);
    let cookie = good.header("set-cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().unwrap();
    assert_eq!(get("/api/info", &[("Cookie", pair)]).status, 200);
}

#[test]
fn every_answer_carries_the_security_headers() {
    let s = Server::start(sample_store(), &[]);
    for path in [
        "/",
        "/assets/js/app.js",
        "/assets/app.css",
        "/api/sources",
        "/api/nothing",
        "/login",
    ] {
        let r = s.get(path);
        let csp = r.header("content-security-policy");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(
            csp.contains("object-src") || csp.contains("default-src 'none'"),
            "{path}: {csp}"
        );
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
            "{path}: {csp}"
        );
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(r.header("x-frame-options"), "DENY", "{path}");
    }
}

#[test]
fn the_pages_hold_no_inline_script_and_never_parse_data_as_html() {
    let s = Server::start(sample_store(), &[]);
    for page in ["/", "/login"] {
        let html = s.get(page).text();
        for tag in html.split("<script").skip(1) {
            let head = tag.split('>').next().unwrap();
            assert!(
                head.contains("src="),
                "{page} has an inline script: <script{head}>"
            );
        }
        assert!(!regex_like_handler(&html), "{page} has an inline handler");
    }
    let index = s.get("/").text();
    assert!(index.contains("/assets/js/app.js"));
    // Each module the UI loads is served as JavaScript and never builds markup from strings.
    let app = s.get("/assets/js/app.js").text();
    let mut modules = vec!["app.js".to_string()];
    modules.extend(
        app.lines()
            .filter_map(|l| l.split("from './").nth(1))
            .map(|m| m.trim_end_matches("';").to_string()),
    );
    assert!(modules.len() >= 10, "{modules:?}");
    for m in modules {
        let r = s.get(&format!("/assets/js/{m}"));
        assert_eq!(r.status, 200, "{m}");
        assert!(
            r.header("content-type").starts_with("text/javascript"),
            "{m}"
        );
        let js = r.text();
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ] {
            assert!(!js.contains(sink), "{m} uses {sink}");
        }
    }
    assert_eq!(s.get("/assets/../../Cargo.toml").status, 404);
    assert_eq!(s.get("/assets/nothing.js").status, 404);
}

fn regex_like_handler(html: &str) -> bool {
    html.split('<').skip(1).any(|tag| {
        let head = tag.split('>').next().unwrap_or("");
        head.split_whitespace()
            .skip(1)
            .any(|attr| attr.to_ascii_lowercase().starts_with("on"))
    })
}

#[test]
fn foreign_host_names_and_cross_origin_writes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let s = Server::start(&store_copy(dir.path()), &[]);
    // A page on another domain resolving to 127.0.0.1 (DNS rebinding) gets nothing.
    let r = request(
        s.addr,
        "GET",
        "/api/sources",
        &[("Host", "evil.example:8080")],
        &[],
    );
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        request(
            s.addr,
            "GET",
            "/api/sources",
            &[("Host", "localhost:1")],
            &[]
        )
        .status,
        200
    );
    // A form posted from another site is refused; the server's own origin is not.
    let (ctype, body) = multipart(&[(
        "file",
        "x.txt",
        b"The Harbour Council met in Velsk on 2 June 1990.",
    )]);
    let foreign = request(
        s.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype), ("Origin", "http://evil.example")],
        &body,
    );
    assert_eq!(foreign.status, 403, "{}", foreign.text());
    let own = format!("http://{}", s.addr);
    let same = request(
        s.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype), ("Origin", &own)],
        &body,
    );
    assert_eq!(same.status, 200, "{}", same.text());
}

#[test]
fn read_only_refuses_every_write() {
    let s = Server::start(sample_store(), &["--read-only"]);
    assert_eq!(s.json("/api/info")["read_only"], true);
    let (ctype, body) = multipart(&[("file", "x.txt", b"Some text about 1990.")]);
    let r = request(
        s.addr,
        "POST",
        "/api/documents",
        &[("Content-Type", &ctype)],
        &body,
    );
    assert_eq!(r.status, 403);
    assert!(r.json()["error"].as_str().unwrap().contains("read-only"));
    for (method, path) in [
        ("PUT", "/api/documents"),
        ("DELETE", "/api/documents"),
        ("POST", "/api/sources"),
        ("PATCH", "/api/entities/1"),
    ] {
        let r = request(s.addr, method, path, &[], &[]);
        assert!(
            (403..=405).contains(&r.status),
            "{method} {path}: {}",
            r.status
        );
    }
    assert!(!s.json("/api/sources").as_array().unwrap().is_empty());
}

#[test]
fn read_only_never_creates_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("absent.db");
    let out = Command::new(bin())
        .arg("--db")
        .arg(&db)
        .args(["serve", "--read-only", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("absent.db"));
    assert!(!db.exists());
}
