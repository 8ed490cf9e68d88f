//! `dossier serve` under load: many clients on keep-alive connections asking
//! mixed questions (actor, timeline, conflicts, search, the reader) while
//! files are uploaded through the API and `dossier ingest` writes to the
//! same store from another process. No request may fail, no upload may be
//! lost, and the latency percentiles are printed.
//!
//! `load_short` runs in the ordinary test suite (50 clients, 5 s). The full
//! run is `cargo test --release -p dossier-cli --test serve load_full --
//! --ignored --nocapture`, 200 clients for 30 s unless `DOSSIER_LOAD_CLIENTS`,
//! `DOSSIER_LOAD_SECS` and `DOSSIER_LOAD_DOCS` say otherwise.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::http::{multipart, request};
use crate::surface::enc;
use crate::{bin, store_copy, Server};

/// One keep-alive HTTP/1.1 connection.
struct Conn {
    addr: SocketAddr,
    stream: Option<BufReader<TcpStream>>,
}

impl Conn {
    fn new(addr: SocketAddr) -> Conn {
        Conn { addr, stream: None }
    }

    /// GETs `path`, returning the status and the body's length.
    fn get(&mut self, path: &str) -> std::io::Result<(u16, usize)> {
        let result = self.try_get(path);
        if result.is_err() {
            self.stream = None;
        }
        result
    }

    fn try_get(&mut self, path: &str) -> std::io::Result<(u16, usize)> {
        if self.stream.is_none() {
            let s = TcpStream::connect(self.addr)?;
            s.set_nodelay(true)?;
            s.set_read_timeout(Some(Duration::from_secs(120)))?;
            self.stream = Some(BufReader::new(s));
        }
        let addr = self.addr;
        let stream = self.stream.as_mut().expect("connected above");
        write!(
            stream.get_mut(),
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n"
        )?;
        let mut line = String::new();
        stream.read_line(&mut line)?;
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let (mut length, mut chunked, mut close) = (0usize, false, false);
        loop {
            line.clear();
            stream.read_line(&mut line)?;
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            let (k, v) = l.split_once(':').unwrap_or((l, ""));
            let (k, v) = (k.to_ascii_lowercase(), v.trim().to_ascii_lowercase());
            match k.as_str() {
                "content-length" => length = v.parse().unwrap_or(0),
                "transfer-encoding" => chunked = v.contains("chunked"),
                "connection" => close = v == "close",
                _ => {}
            }
        }
        let body = if chunked {
            read_chunked(stream)?
        } else {
            let mut b = vec![0; length];
            stream.read_exact(&mut b)?;
            b.len()
        };
        if close {
            self.stream = None;
        }
        Ok((status, body))
    }
}

fn read_chunked(stream: &mut BufReader<TcpStream>) -> std::io::Result<usize> {
    let mut total = 0;
    let mut line = String::new();
    loop {
        line.clear();
        stream.read_line(&mut line)?;
        let size = usize::from_str_radix(line.trim(), 16).map_err(std::io::Error::other)?;
        let mut b = vec![0; size + 2];
        stream.read_exact(&mut b)?;
        total += size;
        if size == 0 {
            return Ok(total);
        }
    }
}

/// What the clients ask, in turn.
struct Questions {
    actors: Vec<String>,
    documents: Vec<String>,
    words: Vec<String>,
}

impl Questions {
    fn gather(s: &Server) -> Questions {
        let names = |v: serde_json::Value, key: &str| -> Vec<String> {
            v.as_array()
                .unwrap()
                .iter()
                .filter_map(|e| e[key].as_str().map(str::to_string))
                .collect()
        };
        let actors = names(s.json("/api/entities?limit=200"), "name");
        let documents = names(s.json("/api/sources?limit=200"), "id");
        let words = actors
            .iter()
            .filter_map(|a| a.split_whitespace().last().map(str::to_string))
            .chain(["council", "said", "1990", "killed"].map(String::from))
            .collect();
        assert!(!actors.is_empty() && !documents.is_empty());
        Questions {
            actors,
            documents,
            words,
        }
    }

    /// The `i`-th question: its kind and path.
    fn nth(&self, i: usize) -> (&'static str, String) {
        let pick = |v: &[String]| v[(i / 7) % v.len()].clone();
        match i % 7 {
            0 => (
                "entity",
                format!("/api/entities/{}?why=true", enc(&pick(&self.actors))),
            ),
            1 => (
                "timeline",
                format!("/api/timeline?entity={}", enc(&pick(&self.actors))),
            ),
            2 => ("timeline", "/api/timeline?limit=200".to_string()),
            3 => ("conflicts", "/api/conflicts?limit=100".to_string()),
            4 => (
                "search",
                format!("/api/search?q={}&limit=50", enc(&pick(&self.words))),
            ),
            5 => (
                "reader",
                format!("/api/documents/{}", pick(&self.documents)),
            ),
            _ => ("entities", "/api/entities?limit=100".to_string()),
        }
    }
}

/// Latencies and failures of one run.
#[derive(Default)]
struct Tally {
    latencies: Vec<(&'static str, Duration)>,
    errors: Vec<String>,
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1e3
}

fn upload_text(n: usize) -> String {
    format!(
        "VELSK, {} June 1990 - The Harbour Council of district {n} said {} workers had joined the strike, \
         according to the union. \"We will stay out until the port reopens,\" said Mira Olsen-{n}, \
         the union's secretary.\n\nThe council met again on {} June 1990.",
        1 + n % 28,
        100 + n,
        1 + (n + 3) % 28
    )
}

fn generate(dir: &Path, docs: usize) {
    let out = Command::new(bin())
        .args(["gen-corpus", "--docs", &docs.to_string(), "--seed", "5"])
        .arg("--out")
        .arg(dir)
        .output()
        .unwrap();
    assert!(out.status.success());
}

fn run(clients: usize, secs: u64, ingest_docs: usize) {
    let dir = tempfile::tempdir().unwrap();
    let db = store_copy(dir.path());
    let corpus = dir.path().join("corpus");
    generate(&corpus, ingest_docs);
    let s = Server::start(&db, &[]);
    let questions = Arc::new(Questions::gather(&s));
    let before = s.json("/api/info")["documents"].as_i64().unwrap();
    let addr = s.addr;

    let started = Instant::now();
    let deadline = started + Duration::from_secs(secs);
    let ingest = Command::new(bin())
        .arg("--db")
        .arg(&db)
        .arg("ingest")
        .arg(&corpus)
        .args(["--threads", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let uploads = std::thread::spawn(move || {
        let mut ids = Vec::new();
        let mut n = 0;
        while Instant::now() < deadline {
            let text = upload_text(n);
            let (ctype, body) = multipart(&[("file", &format!("load-{n}.txt"), text.as_bytes())]);
            let r = request(
                addr,
                "POST",
                "/api/documents",
                &[("Content-Type", &ctype)],
                &body,
            );
            assert_eq!(r.status, 200, "upload {n}: {}", r.text());
            let f = &r.json()["files"][0];
            assert_eq!(f["status"], "added", "upload {n}: {f}");
            ids.push(f["id"].as_str().unwrap().to_string());
            n += 1;
        }
        ids
    });
    let tally = Arc::new(Mutex::new(Tally::default()));
    let next = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..clients)
        .map(|_| {
            let (questions, tally, next) = (questions.clone(), tally.clone(), next.clone());
            std::thread::spawn(move || {
                let mut conn = Conn::new(addr);
                let mut mine = Tally::default();
                while Instant::now() < deadline {
                    let (kind, path) = questions.nth(next.fetch_add(1, Ordering::Relaxed));
                    let t = Instant::now();
                    match conn.get(&path) {
                        Ok((200, _)) => mine.latencies.push((kind, t.elapsed())),
                        Ok((status, _)) => mine.errors.push(format!("{status} {path}")),
                        Err(e) => mine.errors.push(format!("{e} {path}")),
                    }
                }
                let mut all = tally.lock().unwrap();
                all.latencies.extend(mine.latencies);
                all.errors.extend(mine.errors);
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let uploaded = uploads.join().unwrap();
    let ingest_out = ingest.wait_with_output().unwrap();
    assert!(
        ingest_out.status.success(),
        "the concurrent ingest failed: {}",
        String::from_utf8_lossy(&ingest_out.stderr)
    );

    let tally = tally.lock().unwrap();
    assert!(
        tally.errors.is_empty(),
        "{} failed requests, e.g. {:?}",
        tally.errors.len(),
        &tally.errors[..tally.errors.len().min(5)]
    );
    // Nothing lost: every upload and every ingested file is in the store.
    for id in &uploaded {
        assert_eq!(
            s.get(&format!("/api/documents/{id}")).status,
            200,
            "lost upload {id}"
        );
    }
    let after = s.json("/api/info")["documents"].as_i64().unwrap();
    assert_eq!(after, before + uploaded.len() as i64 + ingest_docs as i64);

    let mut all: Vec<Duration> = tally.latencies.iter().map(|l| l.1).collect();
    all.sort();
    let n = all.len();
    eprintln!(
        "load: {clients} clients, {elapsed:.1} s, {n} requests ({:.0}/s), 0 errors, {} uploads and {ingest_docs} ingested documents all stored; \
         latency ms p50 {:.1} p95 {:.1} p99 {:.1} max {:.1}",
        n as f64 / elapsed,
        uploaded.len(),
        percentile(&all, 0.50),
        percentile(&all, 0.95),
        percentile(&all, 0.99),
        percentile(&all, 1.0),
    );
    for kind in [
        "entity",
        "timeline",
        "conflicts",
        "search",
        "reader",
        "entities",
    ] {
        let mut l: Vec<Duration> = tally
            .latencies
            .iter()
            .filter(|x| x.0 == kind)
            .map(|x| x.1)
            .collect();
        l.sort();
        eprintln!(
            "load: {kind:<9} {:>7} requests, ms p50 {:.1} p95 {:.1} p99 {:.1}",
            l.len(),
            percentile(&l, 0.50),
            percentile(&l, 0.95),
            percentile(&l, 0.99)
        );
    }
    assert!(n > clients, "only {n} requests answered");
}

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn load_short() {
    run(50, 5, 20);
}

#[test]
#[ignore = "a 30-second load run; run it with --ignored"]
fn load_full() {
    run(
        env_or("DOSSIER_LOAD_CLIENTS", 200),
        env_or("DOSSIER_LOAD_SECS", 30) as u64,
        env_or("DOSSIER_LOAD_DOCS", 300),
    );
}
