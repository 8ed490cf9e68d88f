//! TimelineJS: `{"events": [{"start_date", "end_date", "text", "group"}]}`,
//! the JSON file the TimelineJS viewer loads directly.
//!
//! A date keeps only the precision the sources agree on: `1994` gives a
//! year, `1994-03` a year and month. Ranges (a decade, `1990/1994`) get an
//! `end_date`. Rows without a date are left out: TimelineJS cannot place
//! them. Text is HTML in TimelineJS, so it is escaped.

use std::io::Write;

use dossier_store::{dates, TimelineRow};
use serde_json::{json, Map, Value};

use crate::Result;

/// Writes `rows` as one TimelineJS document.
pub fn write<W: Write>(rows: &[TimelineRow], out: W) -> Result<()> {
    let events: Vec<Value> = rows.iter().filter_map(event).collect();
    serde_json::to_writer_pretty(out, &json!({ "events": events }))?;
    Ok(())
}

fn event(row: &TimelineRow) -> Option<Value> {
    let value = row.date.as_deref()?;
    let range = dates::range(value)?;
    let (start, end) = (ymd(range.lo), ymd(range.hi));
    let mut ev = Map::new();
    // "1994" or "1994-03" span a range that is only their precision.
    if start != end && !same_precision(value) {
        ev.insert("end_date".into(), part(end, value));
    }
    ev.insert("start_date".into(), part(start, value));
    let headline = if row.actors.is_empty() {
        row.kind.clone()
    } else {
        format!("{}: {}", row.kind, row.actors.join(", "))
    };
    let mut text = escape(&row.text);
    for s in &row.sources {
        text.push_str(&format!(
            "<br><small>{} [{}–{}]</small>",
            escape(&s.document),
            s.start,
            s.end
        ));
    }
    ev.insert(
        "text".into(),
        json!({ "headline": escape(&headline), "text": text }),
    );
    ev.insert("group".into(), json!(row.kind));
    ev.insert(
        "unique_id".into(),
        json!(crate::ids::make("tl", &[value, &row.kind, &row.text])),
    );
    Some(Value::Object(ev))
}

/// True for a plain year or year-month, whose range is only its precision.
fn same_precision(value: &str) -> bool {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    (b.len() == 4 && digits(0..4)) || (b.len() == 7 && digits(0..4) && b[4] == b'-' && digits(5..7))
}

fn ymd(day: i64) -> (i64, i64, i64) {
    (day / 10_000, (day / 100) % 100, day % 100)
}

/// A TimelineJS date with as many parts as `value` states.
fn part((y, m, d): (i64, i64, i64), value: &str) -> Value {
    let precise = value.len() >= 10 && !value.contains('/');
    let month = value.len() >= 7 && !value.contains('/');
    let mut o = Map::new();
    o.insert("year".into(), json!(y.to_string()));
    if month || precise {
        o.insert("month".into(), json!(m.to_string()));
    }
    if precise {
        o.insert("day".into(), json!(d.to_string()));
    }
    Value::Object(o)
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_store::SourceSpan;

    fn row(date: Option<&str>) -> TimelineRow {
        TimelineRow {
            date: date.map(str::to_string),
            kind: "MEET".into(),
            text: "Envoys <met> in Arlen & Tor.".into(),
            actors: vec!["Lina Voss".into()],
            sources: vec![SourceSpan {
                document: "a.txt".into(),
                start: 3,
                end: 30,
            }],
            source_count: 1,
        }
    }

    fn export(rows: &[TimelineRow]) -> Value {
        let mut out = Vec::new();
        write(rows, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn day_month_year_parts_and_escaped_text() {
        let v = export(&[row(Some("1994-03-02"))]);
        let e = &v["events"][0];
        assert_eq!(
            e["start_date"],
            json!({"year": "1994", "month": "3", "day": "2"})
        );
        assert_eq!(e["text"]["headline"], "MEET: Lina Voss");
        assert!(e["text"]["text"]
            .as_str()
            .unwrap()
            .starts_with("Envoys &lt;met&gt; in Arlen &amp; Tor."));
        assert_eq!(e["group"], "MEET");
        assert!(e.get("end_date").is_none());
    }

    #[test]
    fn year_only_has_no_month_and_undated_rows_are_dropped() {
        let v = export(&[row(Some("1994")), row(None)]);
        assert_eq!(v["events"].as_array().unwrap().len(), 1);
        assert_eq!(v["events"][0]["start_date"], json!({"year": "1994"}));
    }

    #[test]
    fn a_range_gets_an_end_date() {
        let v = export(&[row(Some("1990/1994"))]);
        assert_eq!(v["events"][0]["start_date"]["year"], "1990");
        assert_eq!(v["events"][0]["end_date"]["year"], "1994");
    }
}
