//! Per-statement cost, for finding where a query spends its time.
//!
//! Wall time on a shared machine is noisy; SQLite's count of virtual-machine
//! steps is not, and it grows with the rows a statement reads. Both are
//! reported for every statement the store runs, so a query whose cost
//! follows the size of an actor rather than of its answer shows up as a
//! statement whose steps grow with the actor.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use rusqlite::trace::{TraceEvent, TraceEventCodes};
use rusqlite::StatementStatus;

use crate::error::Result;
use crate::Store;

/// Receives each finished statement: its SQL text, wall time, and the
/// virtual-machine steps this run of it took.
pub type Profiler = Box<dyn FnMut(&str, Duration, u64) + Send>;

impl Store {
    /// Calls `f` after every statement this store runs (`None` stops it).
    /// Costs nothing when unset.
    pub fn profile(&mut self, f: Option<Profiler>) -> Result<()> {
        let Some(mut f) = f else {
            self.conn
                .trace_v2(TraceEventCodes::empty(), None::<fn(TraceEvent<'_>)>)?;
            return Ok(());
        };
        // The step counter of a cached statement adds up over its runs.
        let mut seen: HashMap<String, i64> = HashMap::new();
        // SQLite's own timing has millisecond resolution; a statement is
        // timed here from its first step to its reset.
        let mut started: HashMap<String, Instant> = HashMap::new();
        self.conn.trace_v2(
            TraceEventCodes::SQLITE_TRACE_STMT | TraceEventCodes::SQLITE_TRACE_PROFILE,
            Some(move |e: TraceEvent<'_>| match e {
                TraceEvent::Stmt(st, _) => {
                    started.insert(st.sql().to_string(), Instant::now());
                }
                TraceEvent::Profile(st, took) => {
                    let sql = st.sql();
                    let took = started.remove(sql.as_ref()).map_or(took, |t| t.elapsed());
                    let total = i64::from(st.get_status(StatementStatus::VmStep));
                    let before = seen.insert(sql.to_string(), total).unwrap_or(0);
                    let steps = if total >= before {
                        total - before
                    } else {
                        total
                    };
                    f(&sql, took, steps as u64);
                }
                _ => {}
            }),
        )?;
        Ok(())
    }
}
