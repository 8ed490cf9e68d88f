//! `kill -9` during `dossier ingest` leaves a sound store with whole
//! documents only, and running the same command again completes it to
//! exactly what an uninterrupted run stores.
//!
//! A generated corpus is ingested once without interruption (the expected
//! store). Then, several times over from an empty store, `dossier ingest` is
//! started and killed with SIGKILL after a random delay, a few times in a row
//! (each run resuming the last); after every kill the store must pass
//! `PRAGMA integrity_check` and hold no half-written document, and after a
//! final uninterrupted run it must hold exactly the expected documents and
//! entities. The seed is printed, and `DOSSIER_CRASH_SEED` replays it;
//! `DOSSIER_CRASH_WINDOW_MS` sets the longest delay before a kill.

#[path = "support/store_dump.rs"]
mod store_dump;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Documents in the generated corpus: more than one ingest batch.
const DOCS: usize = 300;
/// Kills that must land while an ingest is running.
const KILLS: usize = 20;

fn dossier() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
}

fn generate(dir: &Path) {
    let out = dossier()
        .args(["gen-corpus", "--docs", &DOCS.to_string(), "--seed", "11"])
        .arg("--out")
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn ingest(db: &Path, dir: &Path) -> Command {
    let mut c = dossier();
    c.arg("--db").arg(db).arg("ingest").arg(dir);
    c.stdout(Stdio::null()).stderr(Stdio::null());
    c
}

/// xorshift64*: enough randomness for kill moments, reproducible from a seed.
struct Rng(u64);

impl Rng {
    fn seeded() -> Rng {
        let seed = std::env::var("DOSSIER_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(1, |d| d.as_nanos() as u64)
            })
            | 1;
        eprintln!("DOSSIER_CRASH_SEED={seed}");
        Rng(seed)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
    }
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
    if count(
        &conn,
        "SELECT count(*) FROM sqlite_master WHERE name = 'document'",
    ) == 0
    {
        return 0; // Killed before the schema was created.
    }
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

/// What a store holds, independent of the order documents arrived in.
#[derive(Debug, PartialEq, Eq)]
struct Contents {
    /// (source, content hash) of every document.
    documents: BTreeSet<(String, String)>,
    /// (document hash, local id, kind, name) of every entity.
    entities: BTreeSet<(String, String, String, String)>,
    /// Actors after cross-document resolution.
    actors: i64,
}

fn contents(db: &Path) -> Contents {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut q = conn.prepare("SELECT source, id FROM document").unwrap();
    let documents = q
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut q = conn
        .prepare(
            "SELECT d.id, l.local_id, l.kind, l.name FROM local_entity l JOIN document d ON d.doc = l.doc",
        )
        .unwrap();
    let entities = q
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let actors = count(
        &conn,
        "SELECT count(*) FROM entity WHERE id IN (SELECT entity FROM local_entity)",
    );
    Contents {
        documents,
        entities,
        actors,
    }
}

#[test]
fn twenty_kills_at_random_moments_then_resume() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    generate(&corpus);
    let reference = tmp.path().join("reference.db");
    let started = Instant::now();
    assert!(ingest(&reference, &corpus).status().unwrap().success());
    let full = started.elapsed();
    let expected = contents(&reference);
    assert_eq!(expected.documents.len(), DOCS);
    assert!(expected.entities.len() > DOCS, "{expected:?}");

    let mut rng = Rng::seeded();
    // Kill moments spread over a whole uninterrupted run: a store gets
    // killed run after run, each resuming the last, until one run ends on
    // its own; then it must hold exactly what the uninterrupted run stored.
    let mut window = std::env::var("DOSSIER_CRASH_WINDOW_MS")
        .ok()
        .and_then(|w| w.parse().ok())
        .unwrap_or((full.as_millis() as u64 * 5 / 4).max(50));
    let (mut landed, mut stored, mut stores) = (0, Vec::new(), 0);
    while landed < KILLS {
        assert!(stores < 4 * KILLS, "the kills keep missing the ingest");
        let db = tmp.path().join(format!("killed-{stores}.db"));
        stores += 1;
        // At most a few kills per store, so a run that keeps dying before
        // its first commit cannot loop for long.
        for _ in 0..8 {
            let mut child = ingest(&db, &corpus).spawn().unwrap();
            std::thread::sleep(Duration::from_millis(rng.below(window)));
            if child.try_wait().unwrap().is_some() {
                // Finished before the kill: this store is complete. The
                // reference run may have been slowed by other work, so aim
                // the next kills earlier.
                window = (window * 3 / 4).max(20);
                break;
            }
            let _ = child.kill(); // SIGKILL on Unix: no chance to clean up.
            let _ = child.wait();
            landed += 1;
            if db.exists() {
                stored.push(check_consistent(&db));
            }
        }
        assert!(ingest(&db, &corpus).status().unwrap().success());
        assert_eq!(check_consistent(&db), DOCS as i64);
        let got = contents(&db);
        assert_eq!(
            got.documents, expected.documents,
            "documents after kills at {stored:?}"
        );
        let missing: Vec<_> = expected
            .entities
            .difference(&got.entities)
            .take(5)
            .collect();
        let extra: Vec<_> = got
            .entities
            .difference(&expected.entities)
            .take(5)
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "entities after kills at {stored:?}: missing {missing:?}, extra {extra:?}"
        );
        assert_eq!(
            got.actors, expected.actors,
            "actors after kills at {stored:?}"
        );
    }
    eprintln!(
        "{landed} kills on {stores} stores (documents stored at each kill: {stored:?}); uninterrupted ingest {full:?}"
    );
}

#[test]
fn ingesting_the_same_files_twice_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let db = tmp.path().join("twice.db");
    let run = || {
        let out = dossier()
            .arg("--db")
            .arg(&db)
            .arg("ingest")
            .arg(root.join("samples"))
            .arg(root.join("tests/corpus"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    run();
    let first = dump(&db);
    assert!(first.len() > 1000, "the store is nearly empty");
    let second_report = run();
    assert!(
        second_report.contains(" 0 added"),
        "the second run added documents: {second_report}"
    );
    let second = dump(&db);
    assert_eq!(first.len(), second.len());
    let changed: Vec<_> = first.iter().filter(|r| !second.contains(r)).collect();
    assert!(
        changed.is_empty(),
        "rows changed by the second run: {changed:?}"
    );
}

/// Every row of every table, as text, in rowid order.
fn dump(db: &Path) -> Vec<String> {
    store_dump::rows(&rusqlite::Connection::open(db).unwrap())
}
