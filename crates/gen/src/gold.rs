//! The gold annotations of one document, in the `*.gold.json` format of the
//! evaluation scorer, and the facts a document contributes to the cross gold.

use crate::world::EntId;

/// One entity of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldEntity {
    /// Canonical name (the world's, so documents agree).
    pub name: String,
    /// `person`, `organization`, `location`, `other`.
    pub kind: &'static str,
    /// Another acceptable type (`organization` for countries and publications).
    pub also: Option<&'static str>,
    /// Every surface form written in the document.
    pub aliases: Vec<String>,
}

/// A time expression.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldTime {
    /// As written.
    pub text: String,
    /// Acceptable values.
    pub value: Vec<String>,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    /// Words that occur in the quotation.
    pub snippet: String,
    /// Acceptable speaker names.
    pub speaker: Vec<String>,
    /// Acceptable dates, when the text dates it.
    pub date: Option<Vec<String>>,
}

/// A quantity: a single value or a range.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuantity {
    /// The number with what it counts.
    pub text: String,
    /// Single value.
    pub value: Option<f64>,
    /// Range.
    pub range: Option<(f64, f64)>,
}

/// An event.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldEvent {
    /// Date value as written.
    pub date: String,
    /// Words the event's clause contains.
    pub keywords: Vec<String>,
    /// Canonical names of participants.
    pub actors: Vec<String>,
}

/// Everything the scorer checks for one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocGold {
    /// File name.
    pub doc: String,
    /// Publication date, when the document states one.
    pub date: Option<String>,
    /// Entities.
    pub entities: Vec<GoldEntity>,
    /// Strings that count neither way (furniture, headings, demonyms).
    pub ignore: Vec<String>,
    /// Times.
    pub times: Vec<GoldTime>,
    /// Inline quotations and transcript turns.
    pub quotes: Vec<GoldQuote>,
    /// Colon-introduced block quotations.
    pub block_quotes: Vec<GoldQuote>,
    /// Citations, as written.
    pub citations: Vec<String>,
    /// Quantities.
    pub quantities: Vec<GoldQuantity>,
    /// Events.
    pub events: Vec<GoldEvent>,
}

/// Which planted disagreement a written value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConflictKey {
    /// The year of event `n`.
    Year(usize),
    /// The death toll of event `n`.
    Toll(usize),
    /// The strength of group `n`.
    Strength(usize),
}

/// What one document contributes to the cross-document gold.
#[derive(Debug, Clone, Default)]
pub struct DocFacts {
    /// The document's stem (file name without extension).
    pub stem: String,
    /// Full names and acronyms written, by world entity.
    pub forms: Vec<(EntId, String)>,
    /// World entities mentioned.
    pub mentioned: Vec<EntId>,
    /// Events reported (with a date).
    pub events: Vec<usize>,
    /// Values written for planted disagreements.
    pub conflicts: Vec<(ConflictKey, u64)>,
}

fn s(x: &str) -> String {
    serde_json::to_string(x).unwrap_or_else(|_| "\"\"".into())
}

fn list(xs: &[String]) -> String {
    let items: Vec<String> = xs.iter().map(|x| s(x)).collect();
    format!("[{}]", items.join(", "))
}

fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

fn quotes(out: &mut String, key: &str, qs: &[GoldQuote]) {
    let rows: Vec<String> = qs
        .iter()
        .map(|q| {
            let date = q.date.as_ref().map_or("null".to_string(), |d| list(d));
            format!(
                "  {{\"snippet\": {}, \"speaker\": {}, \"date\": {date}}}",
                s(&q.snippet),
                list(&q.speaker)
            )
        })
        .collect();
    block(out, key, &rows);
}

fn block(out: &mut String, key: &str, rows: &[String]) {
    if rows.is_empty() {
        out.push_str(&format!(" \"{key}\": [],\n"));
    } else {
        out.push_str(&format!(" \"{key}\": [\n{}\n ],\n", rows.join(",\n")));
    }
}

impl DocGold {
    /// The gold file, laid out like the hand-written ones: one item per line.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(4096);
        out.push_str(&format!("{{\n \"doc\": {},\n", s(&self.doc)));
        let date = self.date.as_deref().map_or("null".to_string(), s);
        out.push_str(&format!(" \"date\": {date},\n"));
        let rows: Vec<String> = self
            .entities
            .iter()
            .map(|e| {
                let also = e
                    .also
                    .map_or(String::new(), |a| format!(", \"also\": [{}]", s(a)));
                format!(
                    "  {{\"name\": {}, \"type\": {}{also}, \"aliases\": {}}}",
                    s(&e.name),
                    s(e.kind),
                    list(&e.aliases)
                )
            })
            .collect();
        block(&mut out, "entities", &rows);
        out.push_str(&format!(" \"ignore\": {},\n", list(&self.ignore)));
        let rows: Vec<String> = self
            .times
            .iter()
            .map(|t| {
                format!(
                    "  {{\"text\": {}, \"value\": {}}}",
                    s(&t.text),
                    list(&t.value)
                )
            })
            .collect();
        block(&mut out, "times", &rows);
        quotes(&mut out, "quotes", &self.quotes);
        if !self.block_quotes.is_empty() {
            quotes(&mut out, "block_quotes", &self.block_quotes);
        }
        let rows: Vec<String> = self
            .citations
            .iter()
            .map(|c| format!("  {{\"text\": {}}}", s(c)))
            .collect();
        block(&mut out, "citations", &rows);
        let rows: Vec<String> = self
            .quantities
            .iter()
            .map(|q| match (q.value, q.range) {
                (_, Some((lo, hi))) => format!(
                    "  {{\"text\": {}, \"low\": {}, \"high\": {}}}",
                    s(&q.text),
                    num(lo),
                    num(hi)
                ),
                (v, None) => format!(
                    "  {{\"text\": {}, \"value\": {}}}",
                    s(&q.text),
                    v.map_or("null".into(), num)
                ),
            })
            .collect();
        block(&mut out, "quantities", &rows);
        let rows: Vec<String> = self
            .events
            .iter()
            .map(|e| {
                format!(
                    "  {{\"date\": {}, \"keywords\": {}, \"actors\": {}}}",
                    s(&e.date),
                    list(&e.keywords),
                    list(&e.actors)
                )
            })
            .collect();
        block(&mut out, "events", &rows);
        // Drop the comma after the last member.
        if out.ends_with(",\n") {
            out.truncate(out.len() - 2);
            out.push('\n');
        }
        out.push_str("}\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_json_parses_and_has_every_key() {
        let g = DocGold {
            doc: "g0000001-wire.txt".into(),
            date: Some("2011-03-14".into()),
            entities: vec![GoldEntity {
                name: "A \"B\"".into(),
                kind: "person",
                also: None,
                aliases: vec!["A".into()],
            }],
            quantities: vec![
                GoldQuantity {
                    text: "5 men".into(),
                    value: Some(5.0),
                    range: None,
                },
                GoldQuantity {
                    text: "4 and 7".into(),
                    value: None,
                    range: Some((4.0, 7.0)),
                },
            ],
            ..DocGold::default()
        };
        let v: serde_json::Value = serde_json::from_str(&g.to_json()).expect("valid JSON");
        for key in [
            "doc",
            "date",
            "entities",
            "ignore",
            "times",
            "quotes",
            "citations",
            "quantities",
            "events",
        ] {
            assert!(v.get(key).is_some(), "{key}");
        }
        assert_eq!(v["quantities"][1]["low"], 4);
        assert_eq!(v["entities"][0]["name"], "A \"B\"");
    }
}
