//! Finding runs of capitalized words in a sentence and cutting them where a
//! connector joins two names; transcript labels and quoted titles.

use dossier_doc::Span;

use super::{Candidate, Sentence};
use crate::lexicon::fold;
use crate::tokens::Kind;

/// Lower-case particles that open a name written without its given name.
const LEADING_PARTICLES: &[&str] = &[
    "de", "du", "des", "da", "di", "del", "della", "dos", "das", "van", "von", "der", "ter", "la",
    "le", "al", "el", "bin", "ibn", "bint",
];

impl Sentence<'_> {
    /// starting at `i`: the index of the closing mark.
    fn quoted_title(&self, i: usize) -> Option<usize> {
        let open = i.checked_sub(1).map(|k| self.toks[k].kind);
        if !matches!(open, Some(Kind::Punct('"' | '\u{201c}' | '\u{2018}'))) {
            return None;
        }
        let mut words = 0;
        for k in i..(i + 16).min(self.toks.len()) {
            match self.toks[k].kind {
                Kind::Punct('"' | '\u{201d}' | '\u{2019}') => return (words >= 2).then_some(k),
                Kind::Punct(',' | ':' | '-' | '?' | '!') => {}
                Kind::Word => {
                    let w = self.word(k);
                    let small = matches!(
                        w,
                        "of" | "the"
                            | "and"
                            | "in"
                            | "a"
                            | "an"
                            | "for"
                            | "on"
                            | "to"
                            | "at"
                            | "by"
                            | "or"
                    );
                    if !(small
                        || w.starts_with(char::is_uppercase)
                        || w.starts_with(char::is_numeric))
                    {
                        return None;
                    }
                    words += 1;
                }
                _ => return None,
            }
        }
        None
    }

    /// The whole span `[a, b)` as one candidate, trailing punctuation dropped.
    fn build_whole(&self, a: usize, mut b: usize) -> Option<Candidate> {
        while b > a && self.toks[b - 1].kind != Kind::Word {
            b -= 1;
        }
        let mut c = self.build(a, a + 1)?;
        c.name_span = Span::new(self.toks[a].span.start, self.toks[b - 1].span.end);
        c.span = c.name_span;
        c.name = self.doc.slice(c.name_span).to_string();
        c.folded = fold(&c.name).to_string();
        c.words = (a..b)
            .filter(|&i| self.is_word(i))
            .map(|i| self.word(i).to_string())
            .collect();
        c.word_spans = (a..b)
            .filter(|&i| self.is_word(i))
            .map(|i| self.toks[i].span)
            .collect();
        c.after = self.context_after(b);
        c.possessive = self.toks.get(b).is_some_and(|t| t.kind == Kind::Possessive);
        Some(c)
    }

    /// After connectors starting at `j` (`of the`, `van der`, `bin al`), the
    /// index of the capitalized word they lead to.
    fn connector_chain(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k < j + 3 && (self.connector(k) || k > j && self.word(k) == "the") {
            k += 1;
        }
        (k > j && self.cap(k)).then_some(k)
    }

    /// Where a transcript label ends: the index of its colon, when the words
    /// before it are upper case.
    pub(super) fn label_end(&self) -> usize {
        let colon = self
            .toks
            .iter()
            .take(8)
            .position(|t| t.kind == Kind::Punct(':'));
        match colon {
            Some(c)
                if c > 0
                    && (0..c).all(|i| {
                        !self.is_word(i) || !self.word(i).chars().any(char::is_lowercase)
                    }) =>
            {
                c
            }
            _ => 0,
        }
    }

    /// The speaker label as one candidate, titles stripped.
    pub(super) fn label(&self, end: usize, out: &mut Vec<Candidate>) {
        let ws: Vec<usize> = (0..end).take_while(|&i| self.is_word(i)).collect();
        if ws.is_empty() {
            return;
        }
        if let Some(mut c) = self.build(ws[0], ws[ws.len() - 1] + 1) {
            if self.lex.non_entities.contains(&c.folded) {
                return;
            }
            c.label = true;
            out.push(c);
        }
    }

    /// Every run of capitalized words after token `from`.
    pub(super) fn runs(&self, from: usize, out: &mut Vec<Candidate>) {
        let n = self.toks.len();
        let mut i = from;
        while i < n {
            if !self.cap(i) {
                i += 1;
                continue;
            }
            if let Some(end) = self.quoted_title(i) {
                if let Some(mut c) = self.build_whole(i, end) {
                    c.quoted_title = true;
                    out.push(c);
                }
                i = end + 1;
                continue;
            }
            let mut j = i + 1;
            loop {
                if self.cap(j) && self.toks[j].space_before
                    || self.cap(j) && self.word(j - 1) == "-"
                {
                    j += 1;
                } else if let Some(k) = self.connector_chain(j) {
                    j = k;
                } else {
                    break;
                }
            }
            for (a, b, surname) in self.cut(self.leading_particles(i), j) {
                if let Some(mut c) = self.build(a, b) {
                    c.shared_surname = surname;
                    out.push(c);
                }
            }
            i = j;
        }
    }

    /// Where a name starting with the capitalized word at `i` really starts:
    /// before up to two lower-case name particles (`the de la Vega family`,
    /// `by van Gogh`), which no common English word resembles.
    fn leading_particles(&self, i: usize) -> usize {
        let mut a = i;
        while a > self.start
            && i - a < 2
            && self.is_word(a - 1)
            && LEADING_PARTICLES.contains(&self.word(a - 1))
        {
            a -= 1;
        }
        a
    }

    /// Cuts the run `[a, b)` at connectors that join two names.
    fn cut(&self, a: usize, b: usize) -> Vec<(usize, usize, Option<String>)> {
        let whole = fold(&self.text(a, b));
        if self.lex.is_place(&whole) || self.lex.organizations.contains(&whole) {
            return vec![(a, b, None)];
        }
        let mut parts: Vec<(usize, usize, Option<String>)> = Vec::new();
        let mut start = a;
        let mut k = a;
        while k < b {
            let w = self.word(k);
            let joins = match w {
                "and" | "&" => self.and_joins(start, k),
                "of" | "for" | "on" => self.has_head(start, k),
                _ => true,
            };
            if !joins {
                parts.push((start, k, None));
                start = if self.word(k + 1) == "the" {
                    k + 2
                } else {
                    k + 1
                };
                k = start;
                continue;
            }
            k += 1;
        }
        parts.push((start, b, None));
        // "Karim and Nader Nouri": a lone given name coordinated with a full name.
        for x in 0..parts.len().saturating_sub(1) {
            let (s0, e0, _) = parts[x];
            let (s1, e1, _) = parts[x + 1];
            let joined_by_and = self.word(e0) == "and";
            if joined_by_and
                && e0 == s0 + 1
                && e1 >= s1 + 2
                && self.ctx.given(self.word(s0))
                && self.ctx.given(self.word(s1))
            {
                parts[x].2 = Some(self.text(s1 + 1, e1));
            }
        }
        parts
    }

    /// "and" joins inside an organization's "of"-phrase (`Ministry of Trade
    /// and Industry`) or the ampersand in a firm's name.
    fn and_joins(&self, start: usize, k: usize) -> bool {
        if self.word(k) == "&" {
            return true;
        }
        (start..k).any(|i| matches!(self.word(i), "of" | "for")) && self.has_head(start, k)
    }

    /// True when `[a, b)` contains an organization, place or thing head word,
    /// so that a following "of" continues the name.
    pub(super) fn has_head(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.lex.any_head.contains(&fold(self.word(i))))
            && !self.lex.title_len(&self.words[a..b]).eq(&(b - a))
    }
}
