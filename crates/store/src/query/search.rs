//! Full-text search over sentences (FTS5, BM25, diacritics folded).

use rusqlite::{params, OptionalExtension};

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

/// BM25 parameters, as FTS5's `bm25()` uses them.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// True when text token `t` is the folded query token `q`.
fn same(t: &str, q: &str) -> bool {
    if t.is_ascii() {
        t.eq_ignore_ascii_case(q)
    } else {
        fold(t) == q
    }
}

/// How often the phrase `p` (folded tokens) occurs in `toks` of `text`.
fn occurrences(text: &str, toks: &[(usize, usize)], p: &[String]) -> usize {
    if p.is_empty() || toks.len() < p.len() {
        return 0;
    }
    (0..=toks.len() - p.len())
        .filter(|&i| {
            p.iter()
                .zip(&toks[i..])
                .all(|(q, &(s, e))| same(&text[s..e], q))
        })
        .count()
}

/// The row count and token count FTS5 keeps in its averages record
/// (`sentence_fts_data` id 1: two SQLite varints), what `bm25()` reads.
fn averages(blob: &[u8]) -> Option<(f64, f64)> {
    fn varint(b: &[u8], at: &mut usize) -> Option<u64> {
        let mut v: u64 = 0;
        for i in 0..9 {
            let byte = *b.get(*at)?;
            *at += 1;
            if i == 8 {
                return Some((v << 8) | u64::from(byte));
            }
            v = (v << 7) | u64::from(byte & 0x7f);
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    let mut at = 0;
    let rows = varint(blob, &mut at)?;
    let tokens = varint(blob, &mut at)?;
    (rows > 0).then_some((rows as f64, tokens as f64))
}

impl Store {
    /// Sentences containing every word of `text`, best BM25 first, with the
    /// matches marked `**like this**`.
    ///
    /// Ranking reads only the 2,000 most recently stored matching sentences
    /// (found by walking the index backwards and stopping): BM25 over every
    /// match of a common word is a cost that grows with the store. FTS5's
    /// own `bm25()` also counts every match of each word for its inverse
    /// document frequency, so the score is computed here, as `bm25()` does,
    /// with that count estimated from how densely the word's 2,000 newest
    /// matches fall among the newest sentences (exact when it has fewer).
    /// Snippets are cut and marked from the page's sentences only.
    pub fn search(&self, text: &str, page: Page) -> Result<Vec<SearchHit>> {
        let q = fts_query(text);
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let window: Vec<(i64, String)> = self
            .conn
            .prepare_cached(
                "SELECT rowid, text FROM sentence_fts WHERE sentence_fts MATCH ?1
                 ORDER BY rowid DESC LIMIT ?2",
            )?
            .query_map(params![q, SEARCH_WINDOW], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        if window.is_empty() {
            return Ok(Vec::new());
        }
        let ranked = self.rank(text, &q, &window)?;
        let mut row = self.conn.prepare_cached(
            "SELECT d.source, d.title, s.start, s.end FROM sentence s
             JOIN document d ON d.doc = s.doc WHERE s.id = ?1",
        )?;
        let take = page.limit.unwrap_or(usize::MAX);
        let mut out = Vec::new();
        for (rank, i) in ranked.into_iter().skip(page.offset).take(take) {
            let (id, sentence) = &window[i];
            out.push(row.query_row([id], |r| {
                Ok(SearchHit {
                    document: r.get(0)?,
                    title: r.get(1)?,
                    start: r.get(2)?,
                    end: r.get(3)?,
                    snippet: snippet(sentence, text),
                    rank,
                })
            })?);
        }
        Ok(out)
    }

    /// (rank, index into `window`), best first: BM25 as FTS5 computes it
    /// (k1 1.2, b 0.75, rank = −score), ties newest first.
    fn rank(&self, text: &str, q: &str, window: &[(i64, String)]) -> Result<Vec<(f64, usize)>> {
        let phrases: Vec<Vec<String>> = text
            .split_whitespace()
            .map(|w| tokens(w).iter().map(|&(s, e)| fold(&w[s..e])).collect())
            .collect();
        let blob: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT block FROM sentence_fts_data WHERE id = 1")?
            .query_row([], |r| r.get(0))
            .optional()?;
        let (rows, avgdl) = match blob.as_deref().and_then(averages) {
            Some((rows, toks)) => (rows, toks / rows),
            None => (window[0].0.max(1) as f64, 0.0),
        };
        let idf: Vec<f64> = text
            .split_whitespace()
            .map(|w| {
                let hits = if text.split_whitespace().nth(1).is_none() {
                    self.density(q, window, rows)?
                } else {
                    self.density(&fts_query(w), &[], rows)?
                };
                let n = (hits * rows).min(rows);
                let idf = ((rows - n + 0.5) / (n + 0.5)).ln();
                Ok(if idf <= 0.0 { 1e-6 } else { idf })
            })
            .collect::<Result<_>>()?;
        let toks: Vec<Vec<(usize, usize)>> = window.iter().map(|(_, t)| tokens(t)).collect();
        let avgdl = if avgdl > 0.0 {
            avgdl
        } else {
            toks.iter().map(Vec::len).sum::<usize>() as f64 / window.len() as f64
        };
        let mut ranked: Vec<(f64, usize)> = window
            .iter()
            .zip(&toks)
            .enumerate()
            .map(|(i, ((_, sentence), toks))| {
                let len = toks.len() as f64;
                let score: f64 = phrases
                    .iter()
                    .zip(&idf)
                    .map(|(p, idf)| {
                        // The index matched the row: at least once.
                        let f = occurrences(sentence, toks, p).max(1) as f64;
                        idf * f * (K1 + 1.0) / (f + K1 * (1.0 - B + B * len / avgdl.max(1.0)))
                    })
                    .sum();
                (-score, i)
            })
            .collect();
        ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        Ok(ranked)
    }

    /// The share of all sentences that match `q`: from `window` (its
    /// newest matches, when given) or from the 2,000 newest matches of `q`.
    /// With fewer matches than that it is exact; otherwise it is the share
    /// among the sentences those matches span.
    fn density(&self, q: &str, window: &[(i64, String)], rows: f64) -> Result<f64> {
        let (count, oldest): (i64, Option<i64>) = if window.is_empty() {
            self.conn
                .prepare_cached(
                    "SELECT count(*), min(rowid) FROM (SELECT rowid FROM sentence_fts
                     WHERE sentence_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)",
                )?
                .query_row(params![q, SEARCH_WINDOW], |r| Ok((r.get(0)?, r.get(1)?)))?
        } else {
            (window.len() as i64, window.last().map(|w| w.0))
        };
        let newest: i64 = self
            .conn
            .prepare_cached("SELECT coalesce(max(id), 0) FROM sentence")?
            .query_row([], |r| r.get(0))?;
        if count < SEARCH_WINDOW {
            return Ok(count as f64 / rows.max(1.0));
        }
        let span = (newest - oldest.unwrap_or(0) + 1).max(1) as f64;
        Ok(count as f64 / span)
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
