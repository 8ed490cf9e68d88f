//! `kill -9` during `dossier ingest` leaves a sound store with whole
//! documents only, and running the same command again completes it.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const FILES: usize = 240;

fn write_corpus(dir: &Path) {
    let names = ["Hadidi", "Bakri", "Tabrizi", "Nouri", "Farrokh", "Kerimov"];
    let places = ["Baydar", "Kesh", "Zarin", "Sabah", "Marvand"];
    for i in 0..FILES {
        let mut text = format!("Report {i}\n\n");
        for j in 0..30 {
            let who = names[(i + j) % names.len()];
            let place = places[(i * 7 + j) % places.len()];
            text.push_str(&format!(
                "On {} May {} Colonel Omar {who} met officials of the Popular Front in {place}, \
                 where {} armed men were counted, according to report {i}-{j}.\n\n",
                1 + (i + j) % 28,
                1950 + (i * 3 + j) % 60,
                100 + i * 10 + j,
            ));
        }
        std::fs::write(dir.join(format!("doc-{i:04}.txt")), text).unwrap();
    }
}

fn ingest(db: &Path, dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_dossier"));
    c.arg("--db").arg(db).arg("ingest").arg(dir);
    c.stdout(Stdio::null()).stderr(Stdio::null());
    c
}

/// A pseudo-random delay: the kill must land at a different moment each run.
fn random_delay(round: u64) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as u64);
    Duration::from_millis(150 + (nanos / 7 + round * 331) % 1200)
}

fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Every stored document is whole, and nothing points at a missing one.
fn check_consistent(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let half = count(
        &conn,
        "SELECT count(*) FROM document d WHERE n_sentences <> (SELECT count(*) FROM sentence s WHERE s.doc = d.doc)
            OR n_entities < (SELECT count(*) FROM local_entity l WHERE l.doc = d.doc)
            OR n_events <> (SELECT count(*) FROM event e WHERE e.doc = d.doc)",
    );
    assert_eq!(half, 0, "half-written documents");
    for table in [
        "sentence",
        "local_entity",
        "event",
        "quote",
        "claim",
        "citation",
        "quantity",
    ] {
        let orphans = count(
            &conn,
            &format!("SELECT count(*) FROM {table} WHERE doc NOT IN (SELECT doc FROM document)"),
        );
        assert_eq!(orphans, 0, "rows of {table} without their document");
    }
    let fts = count(&conn, "SELECT count(*) FROM sentence_fts");
    assert_eq!(fts, count(&conn, "SELECT count(*) FROM sentence"));
    let unlinked = count(
        &conn,
        "SELECT count(*) FROM local_entity WHERE entity NOT IN (SELECT id FROM entity)",
    );
    assert_eq!(unlinked, 0, "entities without their actor");
    count(&conn, "SELECT count(*) FROM document")
}

#[test]
fn kill_at_a_random_moment_then_resume() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write_corpus(&corpus);
    let db = tmp.path().join("kb.db");
    let mut stored = Vec::new();
    for round in 0..3 {
        let mut child = ingest(&db, &corpus).spawn().unwrap();
        std::thread::sleep(random_delay(round));
        let _ = child.kill(); // SIGKILL on Unix: no chance to clean up.
        let _ = child.wait();
        if db.exists() {
            stored.push(check_consistent(&db));
        }
    }
    let status = ingest(&db, &corpus).status().unwrap();
    assert!(status.success(), "the resumed ingest completes");
    assert_eq!(
        check_consistent(&db),
        FILES as i64,
        "after kills at {stored:?} documents"
    );
    let again = ingest(&db, &corpus).status().unwrap();
    assert!(again.success());
    assert_eq!(
        check_consistent(&db),
        FILES as i64,
        "a second run stores nothing twice"
    );
}
