//! Candidate mentions: runs of capitalized words, cut and trimmed.
//!
//! A name in English prose is a run of capitalized words, possibly joined by
//! lower-case connectors (`Centre for Conflict Studies`, `Jabhat al-Tahrir`,
//! `Anneke van der Molen`). A run is found in one pass over a sentence's
//! tokens, then cut where a connector joins two names rather than naming one
//! thing (`Marvand and Qaranistan`), and trimmed of what is not the name:
//! sentence-opening common words, titles (kept as the mention's role),
//! nationality adjectives before a title, trailing dates.

use dossier_doc::{BlockKind, Document, Span};

use crate::context::DocContext;
use crate::lexicon::{self, fold, Lexicons};
use crate::tokens::{self, Kind, Token};

/// A candidate mention.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// The mention's extent, a directly attached title included.
    pub span: Span,
    /// The name's extent.
    pub name_span: Span,
    /// The name as written, spaces normalized.
    pub name: String,
    /// The name's words.
    pub words: Vec<String>,
    /// Where each word lies.
    pub word_spans: Vec<Span>,
    /// The title or role standing in or before the mention.
    pub role: Option<String>,
    /// Index of the sentence.
    pub sentence: usize,
    /// Kind of the enclosing block.
    pub block: BlockKind,
    /// True for a transcript speaker label (`BAKRI:`).
    pub label: bool,
    /// Up to two lower-cased words before the mention, nearest last.
    pub before: Vec<String>,
    /// Up to two lower-cased words after the name, nearest first.
    pub after: Vec<String>,
    /// The surname a coordinated given name shares (`Karim` in `Karim and Nader Nouri`).
    pub shared_surname: Option<String>,
    /// True for an upper-case name opening a block and followed by a comma
    /// (a dateline: `BAYDAR, 14 March`).
    pub dateline: bool,
    /// True for a name in parentheses in a dateline, before the dash that
    /// opens the story (`BAYDAR, 14 March (Northwind) --`): a news agency.
    pub agency: bool,
    /// True for a Title Case phrase in quotation marks (a title of a work).
    pub quoted_title: bool,
}

impl Candidate {
    /// The word just before the mention, lower case, or "".
    pub fn prev(&self) -> &str {
        self.before.last().map_or("", String::as_str)
    }

    /// The word just after the name, lower case, or "".
    pub fn next(&self) -> &str {
        self.after.first().map_or("", String::as_str)
    }
}

/// Lower-case words that may join capitalized words inside one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "and", "de", "du", "des", "da", "di", "del", "della", "do", "dos", "das", "van",
    "von", "der", "den", "ter", "al", "el", "bin", "ibn", "bint", "ben", "la", "le", "les", "y",
    "e", "ye", "on",
];

/// Lower-case facility words that widen a place mention.
const FACILITIES: &[&str] = &["prison", "jail"];

/// All candidates of the document's content sentences, in text order.
pub(crate) fn find(doc: &Document, ctx: &DocContext) -> Vec<Candidate> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    for (si, sent) in doc.content_sentences() {
        let block = doc
            .blocks
            .get(sent.block)
            .map_or(BlockKind::Paragraph, |b| b.kind);
        let toks = tokens::tokenize(&doc.text, sent.span);
        let words: Vec<&str> = toks.iter().map(|t| doc.slice(t.span)).collect();
        let first_in_block = doc
            .blocks
            .get(sent.block)
            .is_some_and(|b| b.span.start == sent.span.start);
        let s = Sentence {
            doc,
            ctx,
            lex,
            toks: &toks,
            words: &words,
            index: si,
            block,
            start: 0,
            block_start: first_in_block,
            labelling: false,
        };
        let label_end = if first_in_block && block != BlockKind::Heading {
            s.label_end()
        } else {
            0
        };
        if label_end > 0 {
            Sentence {
                labelling: true,
                ..s
            }
            .label(label_end, &mut out);
        }
        let s = Sentence {
            start: label_end + usize::from(label_end > 0),
            ..s
        };
        s.runs(s.start, &mut out);
    }
    out
}

struct Sentence<'a> {
    doc: &'a Document,
    ctx: &'a DocContext,
    lex: &'a Lexicons,
    toks: &'a [Token],
    words: &'a [&'a str],
    index: usize,
    block: BlockKind,
    /// The first token after a transcript label, where the sentence proper starts.
    start: usize,
    /// True when the sentence opens its block (datelines).
    block_start: bool,
    /// True while reading a speaker label, where a lone upper-case word is a name.
    labelling: bool,
}

impl Sentence<'_> {
    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// A capitalized word that may be part of a name (or `al-Qasimi`).
    fn cap(&self, i: usize) -> bool {
        if !self.is_word(i) || self.toks.get(i).is_some_and(|t| self.ctx.in_time(t.span)) {
            return false;
        }
        let w = self.word(i);
        let first = w.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            return true;
        }
        // A lower-case particle hyphen-attached to a capitalized word.
        match w.split_once('-') {
            Some((p, rest)) => {
                CONNECTORS.contains(&p)
                    || [
                        "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul", "ed", "abu",
                    ]
                    .contains(&p)
                        && rest.chars().next().is_some_and(char::is_uppercase)
            }
            None => false,
        }
    }

    fn connector(&self, i: usize) -> bool {
        self.is_word(i) && CONNECTORS.contains(&self.word(i)) || self.word(i) == "&"
    }

    /// A Title Case phrase of two words or more between quotation marks,
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
        c.words = (a..b)
            .filter(|&i| self.is_word(i))
            .map(|i| self.word(i).to_string())
            .collect();
        c.word_spans = (a..b)
            .filter(|&i| self.is_word(i))
            .map(|i| self.toks[i].span)
            .collect();
        c.after = self.context_after(b);
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
    fn label_end(&self) -> usize {
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
    fn label(&self, end: usize, out: &mut Vec<Candidate>) {
        let ws: Vec<usize> = (0..end).take_while(|&i| self.is_word(i)).collect();
        if ws.is_empty() {
            return;
        }
        if let Some(mut c) = self.build(ws[0], ws[ws.len() - 1] + 1) {
            if self.lex.non_entities.contains(&fold(&c.name)) {
                return;
            }
            c.label = true;
            out.push(c);
        }
    }

    /// Every run of capitalized words after token `from`.
    fn runs(&self, from: usize, out: &mut Vec<Candidate>) {
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
            for (a, b, surname) in self.cut(i, j) {
                if let Some(mut c) = self.build(a, b) {
                    c.shared_surname = surname;
                    out.push(c);
                }
            }
            i = j;
        }
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
                && self.lex.is_given(self.word(s0))
                && self.lex.is_given(self.word(s1))
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
    fn has_head(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| {
            let f = fold(self.word(i));
            self.lex.org_heads.contains(&f)
                || self.lex.other_after.contains(&f)
                || self.lex.other_before.contains(&f)
                || self.lex.loc_before.contains(&f)
                || self.lex.loc_after.contains(&f)
        }) && !self.lex.title_len(&self.words[a..b]).eq(&(b - a))
    }

    fn text(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        for i in a..b {
            if i > a && self.toks[i].space_before {
                s.push(' ');
            }
            s.push_str(self.word(i));
        }
        s
    }

    /// Trims `[a, b)` to the name and builds the candidate.
    fn build(&self, mut a: usize, mut b: usize) -> Option<Candidate> {
        let mention_start = |a: usize| self.toks[a].span.start;
        let mut role: Option<String> = None;
        let mut title_start: Option<usize> = None;
        loop {
            if a >= b {
                return None;
            }
            let f = fold(self.word(a));
            let t = self.lex.title_len(&self.words[a..b]);
            if t > 0 && t < b - a {
                role = Some(self.text(a, a + t));
                title_start.get_or_insert(a);
                a += t;
                // "Gen." split as "Gen" "." is kept by the tokenizer as one word
                continue;
            }
            if t > 0 {
                return None;
            }
            let demonym_before_title = b - a > 1
                && self.ctx.is_demonym(self.word(a))
                && (self.lex.title_len(&self.words[a + 1..b]) > 0
                    || self.qualified_title(a + 1, b).is_some());
            let demonym_before_org = b - a > 2
                && self.ctx.is_demonym(self.word(a))
                && crate::classify::head_kind(self.lex, &self.owned(a + 1, b))
                    == Some(dossier_doc::EntityKind::Organization);
            let listed_opener = self.lex.non_entities.contains(&f) && !self.keeps_opener(a, b);
            if demonym_before_title || demonym_before_org || listed_opener {
                a += 1;
                title_start = None;
                continue;
            }
            if let Some(k) = self.qualified_title(a, b) {
                // A role outside the title lexicon stays out of the mention.
                role = Some(self.text(a, k + 1));
                title_start = None;
                a = k + 1;
                continue;
            }
            break;
        }
        while b > a + 1 && {
            let f = fold(self.word(b - 1));
            self.lex.non_entities.contains(&f) || CONNECTORS.contains(&self.word(b - 1))
        } {
            b -= 1;
        }
        let name = self.text(a, b);
        let folded = fold(&name);
        if self.lex.non_entities.contains(&folded) || self.ctx.is_demonym(&name) {
            return None;
        }
        if b - a == 1 && !self.single_word_stands(a, role.is_some()) {
            return None;
        }
        if !name.chars().any(char::is_alphabetic) {
            return None;
        }
        let upper_name = !name.chars().any(char::is_lowercase);
        let start = title_start.map_or(mention_start(a), mention_start);
        let name_span = Span::new(self.toks[a].span.start, self.toks[b - 1].span.end);
        Some(Candidate {
            span: Span::new(start, name_span.end),
            name_span,
            words: (a..b).map(|i| self.word(i).to_string()).collect(),
            word_spans: (a..b).map(|i| self.toks[i].span).collect(),
            name,
            role,
            sentence: self.index,
            block: self.block,
            label: false,
            before: self.context_before(if title_start.is_some() {
                start
            } else {
                name_span.start
            }),
            after: self.context_after(b),
            shared_surname: None,
            dateline: self.block_start
                && a == 0
                && self.toks.get(b).is_some_and(|t| t.kind == Kind::Punct(','))
                && upper_name,
            agency: self.block_start
                && a > 0
                && self.toks[a - 1].kind == Kind::Punct('(')
                && self.toks.get(b).is_some_and(|t| t.kind == Kind::Punct(')'))
                && self
                    .toks
                    .get(b + 1)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '\u{2014}' | '\u{2013}'))),
            quoted_title: false,
        })
        .map(|c| self.with_facility(c, a, b))
    }

    /// A capitalized qualifier and a title head opening `[a, b)` before a
    /// person's name (`Water Minister Milena Horvatek`): the index of the
    /// title head.
    fn qualified_title(&self, a: usize, b: usize) -> Option<usize> {
        let k = (a + 1..(a + 3).min(b.saturating_sub(1)))
            .find(|&k| self.lex.title_heads.contains(&fold(self.word(k))))?;
        let rest = self.owned(k + 1, b);
        let qualifiers_plain = (a..k).all(|i| {
            let w = self.word(i);
            !self.lex.is_given(w)
                && !crate::resolve::head_word(w)
                && w.starts_with(char::is_uppercase)
        });
        (qualifiers_plain && crate::classify::head_kind(self.lex, &rest).is_none()).then_some(k)
    }

    /// Whether a one-word name at `a` is kept: not an initial, not a bare
    /// head word ("Ministry") unless after "the", and at the start of a
    /// sentence only when the document also writes it capitalized inside one
    /// and never as a common word.
    fn single_word_stands(&self, a: usize, titled: bool) -> bool {
        let w = self.word(a);
        let f = fold(w);
        if w.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            return false;
        }
        if titled || self.labelling {
            return true;
        }
        if crate::resolve::head_word(w)
            && !self.lex.is_place(&f)
            && !self.lex.organizations.contains(&f)
        {
            return a > 0 && self.word(a - 1).eq_ignore_ascii_case("the");
        }
        let at_start = a == self.start
            || self.after_quote(a)
            || a > 0 && self.toks[a - 1].kind == Kind::Punct(':');
        if !at_start {
            return true;
        }
        let known = self.lex.is_place(&f) || self.lex.organizations.contains(&f);
        // Name shapes no common word has: `al-Tahrir`, `Sa'id`, `McKay`.
        let shaped =
            w.contains(['-', '\'', '\u{2019}']) || w.chars().skip(1).any(char::is_uppercase);
        let possessive = self
            .toks
            .get(a + 1)
            .is_some_and(|t| t.kind == Kind::Possessive);
        known
            || (!self.ctx.is_common_word(w)
                && (self.ctx.is_capital(&f)
                    || self.ctx.is_capital_variant(w)
                    || shaped
                    || possessive
                    || crate::classify::is_acronym_shape(w)))
    }

    fn owned(&self, a: usize, b: usize) -> Vec<String> {
        (a..b).map(|i| self.word(i).to_string()).collect()
    }

    /// Widens a place mention over a facility word written in lower case
    /// around it (`port of Sabah`, `Qal'at Sharqi prison`): sources name the
    /// place by the facility, and the mention should show it.
    fn with_facility(&self, mut c: Candidate, a: usize, b: usize) -> Candidate {
        if c.role.is_some() {
            return c;
        }
        if a >= 2 && self.word(a - 1) == "of" && self.word(a - 2) == "port" {
            c.span.start = self.toks[a - 2].span.start;
        }
        let after = self.word(b);
        if self.is_word(b) && FACILITIES.contains(&after) {
            c.span.end = self.toks[b].span.end;
        }
        c
    }

    /// A common word opening a sentence stays when the whole run is a known
    /// name (`The Hague`, `New York`).
    fn keeps_opener(&self, a: usize, b: usize) -> bool {
        let f = fold(&self.text(a, b));
        self.lex.is_place(&f)
            || self.lex.organizations.contains(&f)
            || self.lex.given.contains(&fold(self.word(a))) && b - a > 1
    }

    fn after_quote(&self, a: usize) -> bool {
        a > self.start
            && (self.start..a).all(|i| {
                matches!(
                    self.toks[i].kind,
                    Kind::Punct(
                        '"' | '\u{201c}'
                            | '\u{2018}'
                            | '\''
                            | '('
                            | '['
                            | '-'
                            | '\u{2014}'
                            | '\u{2013}'
                            | '\u{2022}'
                            | '*'
                            | ':'
                    )
                )
            })
    }

    fn context_before(&self, start: usize) -> Vec<String> {
        let k = self.toks.partition_point(|t| t.span.end <= start);
        let lo = k.saturating_sub(2);
        (lo..k).map(|i| self.word(i).to_lowercase()).collect()
    }

    fn context_after(&self, b: usize) -> Vec<String> {
        let mut k = b;
        if self.toks.get(k).is_some_and(|t| t.kind == Kind::Possessive) {
            k += 1;
        }
        (k..(k + 2).min(self.toks.len()))
            .map(|i| self.word(i).to_lowercase())
            .collect()
    }
}

#[cfg(test)]
mod tests;
