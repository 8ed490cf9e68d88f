//! Integration tests of `dossier serve`: the real binary on a free loopback
//! port over a store ingested from `samples/`, spoken to over HTTP.

mod api;
mod http;
mod load;
mod openapi;
mod security;
#[path = "../support/store_dump.rs"]
mod store_dump;
mod surface;
mod upload;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

/// The binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_dossier")
}

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A store with `samples/` ingested, built once per test run and never
/// written to (tests that write copy it first).
pub fn sample_store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let db = dir.path().join("samples.db");
            let out = Command::new(bin())
                .arg("--db")
                .arg(&db)
                .arg("ingest")
                .arg(root().join("samples"))
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "ingest failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            (dir, db)
        })
        .1
}

/// A private copy of the sample store, for tests that write.
pub fn store_copy(dir: &Path) -> PathBuf {
    let db = dir.join("copy.db");
    // VACUUM INTO writes a consistent single-file copy whatever the WAL holds.
    let conn = rusqlite::Connection::open(sample_store()).unwrap();
    conn.execute("VACUUM INTO ?1", [db.to_str().unwrap()])
        .unwrap();
    db
}

/// A running `dossier serve`, killed when dropped.
pub struct Server {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
}

impl Server {
    /// Starts the server on `db` with extra arguments; waits until it listens.
    pub fn start(db: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(bin())
            .arg("--db")
            .arg(db)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(args)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let mut lines = BufReader::new(stderr).lines();
        let addr = loop {
            let Some(Ok(line)) = lines.next() else {
                let _ = child.kill();
                panic!("the server exited before listening");
            };
            if let Some(rest) = line.split("on http://").nth(1) {
                break rest.trim_end_matches('/').parse().unwrap();
            }
        };
        // Keep draining stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server { child, addr }
    }

    /// GET a path.
    pub fn get(&self, path: &str) -> http::Response {
        http::request(self.addr, "GET", path, &[], &[])
    }

    /// GET a path and parse the JSON body, asserting 200.
    pub fn json(&self, path: &str) -> serde_json::Value {
        let r = self.get(path);
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        r.json()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
