//! Full-text search over sentences (FTS5, BM25, diacritics folded).

use rusqlite::params;

use super::Page;
use crate::error::Result;
use crate::model::SearchHit;
use crate::Store;

/// Matching sentences ranked per search, the newest first (see [`Store::search`]).
pub(crate) const SEARCH_WINDOW: i64 = 2000;

/// Words of context a snippet keeps, as FTS5's `snippet()` would.
const SNIPPET_WORDS: usize = 32;

/// The user's words as an FTS5 query: each word quoted (so punctuation and
/// operators in the text are taken literally), all required.
fn fts_query(text: &str) -> String {
    text.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Tokens as the index's `unicode61` tokenizer cuts them: runs of letters
/// and digits, with their byte ranges.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// A token compared as the index compares it: case and diacritics folded.
fn fold(token: &str) -> String {
    deunicode::deunicode(token).to_lowercase()
}

/// The sentence with the tokens of `query` marked `**like this**`, cut to
/// [`SNIPPET_WORDS`] tokens around the first match (`…` where cut).
fn snippet(text: &str, query: &str) -> String {
    let wanted: Vec<String> = tokens(query)
        .iter()
        .map(|&(s, e)| fold(&query[s..e]))
        .collect();
    let toks = tokens(text);
    let hit = |&(s, e): &(usize, usize)| wanted.contains(&fold(&text[s..e]));
    let first = toks.iter().position(hit).unwrap_or(0);
    let from = first
        .saturating_sub(SNIPPET_WORDS / 4)
        .min(toks.len().saturating_sub(SNIPPET_WORDS));
    let to = (from + SNIPPET_WORDS).min(toks.len());
    let mut out = String::new();
    let mut at = match toks.get(from) {
        Some(&(s, _)) if from > 0 => {
            out.push('…');
            s
        }
        _ => 0,
    };
    for t in &toks[from..to] {
        out.push_str(&text[at..t.0]);
        if hit(t) {
            out.push_str("**");
            out.push_str(&text[t.0..t.1]);
            out.push_str("**");
        } else {
            out.push_str(&text[t.0..t.1]);
        }
        at = t.1;
    }
    if to < toks.len() {
        out.push('…');
    } else {
        out.push_str(&text[at..]);
    }
    out
}

impl Store {
    /// Sentences containing every word of `text`, best BM25 first, with the
    /// matches marked `**like this**`.
    ///
    /// Ranking reads only the 2,000 most recently stored
    /// matching sentences: BM25 over every match of a common word is a cost
    /// that grows with the store (half a second for 60,000 matches in
    /// 100,000 documents), while the newest matches are found by walking the
    /// index backwards and stopping. A search with fewer matches than that
    /// ranks them all. Snippets are cut and marked here from the page's
    /// sentences only (FTS5's `snippet()` would read the whole list of
    /// matches again for each hit).
    pub fn search(&self, text: &str, page: Page) -> Result<Vec<SearchHit>> {
        let q = fts_query(text);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut st = self.conn.prepare_cached(
            "SELECT d.source, d.title, s.start, s.end, f.text, w.rank
             FROM (SELECT rowid, rank FROM
                     (SELECT rowid, rank FROM sentence_fts WHERE sentence_fts MATCH ?1
                      ORDER BY rowid DESC LIMIT ?4)
                   ORDER BY rank LIMIT ?2 OFFSET ?3) AS w
             JOIN sentence s ON s.id = w.rowid
             JOIN document d ON d.doc = s.doc
             JOIN sentence_fts f ON f.rowid = w.rowid
             ORDER BY w.rank",
        )?;
        let params = params![q, page.sql_limit(), page.sql_offset(), SEARCH_WINDOW];
        let rows = st.query_map(params, |r| {
            let sentence: String = r.get(4)?;
            Ok(SearchHit {
                document: r.get(0)?,
                title: r.get(1)?,
                start: r.get(2)?,
                end: r.get(3)?,
                snippet: snippet(&sentence, text),
                rank: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn operators_are_literal() {
        assert_eq!(
            super::fts_query("al-Tahrir OR \"x"),
            "\"al-Tahrir\" \"OR\" \"\"\"x\""
        );
    }

    #[test]
    fn matches_are_marked_whatever_their_case_and_accents() {
        assert_eq!(
            super::snippet("Talks in Genève resumed; the GENEVE talks.", "geneve talks"),
            "**Talks** in **Genève** resumed; the **GENEVE** **talks**."
        );
    }

    #[test]
    fn a_long_sentence_is_cut_around_the_first_match() {
        let words: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
        let text = words.join(" ");
        let s = super::snippet(&text, "w60");
        assert!(s.starts_with("…w52 "), "{s}");
        assert!(s.contains("**w60**") && s.ends_with("w83…"), "{s}");
    }
}
