//! Full-text search over sentences (FTS5, BM25, diacritics folded).

use rusqlite::params;

use super::Page;
use crate::error::Result;
use crate::model::SearchHit;
use crate::Store;

/// The user's words as an FTS5 query: each word quoted (so punctuation and
/// operators in the text are taken literally), all required.
fn fts_query(text: &str) -> String {
    text.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Store {
    /// Sentences containing every word of `text`, best BM25 first, with the
    /// matches marked `**like this**`.
    pub fn search(&self, text: &str, page: Page) -> Result<Vec<SearchHit>> {
        let q = fts_query(text);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut st = self.conn.prepare_cached(
            "SELECT d.source, d.title, s.start, s.end,
                    snippet(sentence_fts, 0, '**', '**', '…', 32), f.rank
             FROM sentence_fts f
             JOIN sentence s ON s.id = f.rowid
             JOIN document d ON d.doc = s.doc
             WHERE sentence_fts MATCH ?1
             ORDER BY f.rank LIMIT ?2 OFFSET ?3",
        )?;
        let rows = st.query_map(params![q, page.sql_limit(), page.sql_offset()], |r| {
            Ok(SearchHit {
                document: r.get(0)?,
                title: r.get(1)?,
                start: r.get(2)?,
                end: r.get(3)?,
                snippet: r.get(4)?,
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
}
