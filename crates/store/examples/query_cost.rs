//! Where a query spends its time: every SQL statement that the `entity`,
//! `timeline`, `conflicts` and `search` queries run on a store, with its
//! wall time and SQLite virtual-machine steps, over the actors in most
//! documents.
//!
//! ```text
//! cargo run --release -p dossier-store --example query_cost -- STORE [ACTORS] [RUNS]
//! ```
//!
//! Steps do not depend on the machine's load and grow with the rows a
//! statement reads, so a statement whose steps grow with the size of the
//! actor (not of its answer) is one that will not stay fast at scale.
//! Times are the median and the largest over the runs, per statement and
//! per query; the first run of each actor is not timed (cold pages).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use dossier_store::{ConflictFilter, EntityFilter, Page, Store, TimelineFilter};

/// Per statement: runs as (milliseconds, steps).
type Costs = BTreeMap<String, Vec<(f64, u64)>>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(db) = args.first() else {
        eprintln!("usage: query_cost STORE [ACTORS] [RUNS]");
        std::process::exit(2);
    };
    let actors: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let runs: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(5);
    let mut store = Store::open_read_only(db).expect("the store opens");
    let top = store
        .entities(&EntityFilter {
            page: Page::first(actors),
            ..Default::default()
        })
        .expect("entities");
    for e in &top {
        println!("actor {} {:?}: {} documents", e.id, e.name, e.documents);
    }
    let ids: Vec<String> = top.iter().map(|e| e.id.to_string()).collect();
    let costs: Arc<Mutex<Costs>> = Arc::default();
    let sink = Arc::clone(&costs);
    store
        .profile(Some(Box::new(move |sql, took, steps| {
            let sql = sql.split_whitespace().collect::<Vec<_>>().join(" ");
            if let Ok(mut c) = sink.lock() {
                c.entry(sql)
                    .or_default()
                    .push((took.as_secs_f64() * 1e3, steps));
            }
        })))
        .expect("profile");
    // The words `cargo bench --bench kb` searches for.
    let words = [
        "minister",
        "front",
        "border",
        "ceasefire",
        "weapons",
        "talks",
        "arrested",
        "report",
    ];
    let page = Page::first(100);
    type Query<'a> = Box<dyn Fn(&Store, &str) + 'a>;
    let queries: [(&str, Query, &[String]); 4] = [
        ("entity", Box::new(|s, a| drop(s.entity(a))), &ids),
        (
            "timeline",
            Box::new(|s, a| {
                drop(s.timeline(&TimelineFilter {
                    entity: Some(a.to_string()),
                    page,
                    ..Default::default()
                }))
            }),
            &ids,
        ),
        (
            "conflicts",
            Box::new(|s, a| {
                drop(s.conflicts(&ConflictFilter {
                    entity: Some(a.to_string()),
                    page,
                }))
            }),
            &ids,
        ),
        (
            "search",
            Box::new(|s, w| drop(s.search(w, Page::first(20)))),
            &[],
        ),
    ];
    for (name, run, args) in &queries {
        let args: Vec<String> = if args.is_empty() {
            words.iter().map(|w| w.to_string()).collect()
        } else {
            args.to_vec()
        };
        let mut whole = Vec::new();
        for a in &args {
            run(&store, a); // warm
            costs.lock().expect("costs").clear();
            let mut these = Vec::new();
            for _ in 0..runs {
                let t = Instant::now();
                run(&store, a);
                these.push(t.elapsed());
            }
            whole.extend_from_slice(&these);
            let label = format!("{name} {a}: {}", summary(&mut these));
            report(&label, &costs.lock().expect("costs"), runs);
        }
        println!("== {name}: {}", summary(&mut whole));
    }
}

fn summary(d: &mut [Duration]) -> String {
    d.sort();
    let ms = |i: usize| d.get(i).map_or(0.0, |x| x.as_secs_f64() * 1e3);
    format!(
        "median {:.2} ms, max {:.2} ms over {} runs",
        ms(d.len() / 2),
        ms(d.len().saturating_sub(1)),
        d.len()
    )
}

/// One line per statement: calls per run, milliseconds and steps per run.
fn report(label: &str, costs: &Costs, runs: usize) {
    println!("-- {label}");
    let mut rows: Vec<_> = costs.iter().collect();
    rows.sort_by(|a, b| total(b.1).total_cmp(&total(a.1)));
    for (sql, calls) in rows {
        let ms = total(calls) / runs as f64;
        let steps: u64 = calls.iter().map(|c| c.1).sum::<u64>() / runs as u64;
        let sql: String = sql.chars().take(110).collect();
        println!(
            "  {:>5} calls {ms:8.3} ms {steps:>9} steps  {sql}",
            calls.len() / runs
        );
    }
}

fn total(calls: &[(f64, u64)]) -> f64 {
    calls.iter().map(|c| c.0).sum()
}
