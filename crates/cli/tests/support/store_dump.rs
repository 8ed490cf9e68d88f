//! Every row of every table of a store, as text: what tests compare to
//! show that something left the store unchanged.

/// Every row of every (non-virtual) table, as `table:value|value|…`, tables
/// by name and rows in rowid order.
pub fn rows(conn: &rusqlite::Connection) -> Vec<String> {
    let mut q = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
        .unwrap();
    let tables: Vec<String> = q
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut rows = Vec::new();
    for t in tables {
        let mut q = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = q.column_count();
        let mut r = q.query([]).unwrap();
        while let Some(row) = r.next().unwrap() {
            let mut line = format!("{t}:");
            for i in 0..n {
                let v: rusqlite::types::Value = row.get(i).unwrap();
                line.push_str(&format!("{v:?}|"));
            }
            rows.push(line);
        }
    }
    rows
}
