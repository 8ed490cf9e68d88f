//! Names seen in the document, for resolving short forms, transcript labels
//! and pronouns when the entity layer has nothing better.
//!
//! Built once per document in one pass over its content blocks: every run of
//! two or more capitalized words (titles stripped) is a full name, filed under
//! its last word; a later lone word equal to a full name's last word is a
//! mention of that name. Runs that look like institutions (a speaker noun
//! inside: "Ministry of Justice", "Centre for …") are kept for short forms
//! but are never antecedents of "he" or "she".

use rustc_hash::FxHashMap as HashMap;

use dossier_doc::{Document, EntityKind, Lower, Span};

use crate::clause::Clause;
use crate::lexicon::{self, NounClass};
use crate::marks;
use crate::np::{self, NpKind};
use crate::tokens::{capitalized, BlockTokens, Kind};
use crate::words;

/// A name occurrence that can stand for a person.
#[derive(Debug, Clone)]
pub(crate) struct PersonMention {
    /// Where it stands.
    pub span: Span,
    /// The full name it stands for.
    pub name: String,
    /// The entity, when one covers it.
    pub id: Option<String>,
    /// An unnamed person standing as a sentence's subject ("The colonial
    /// secretary in London took a different view. … he described …").
    pub nominal: bool,
    /// It opens its sentence (within its first few words): a subject.
    pub subject: bool,
}

/// Full names by last word, and person mentions in text order.
#[derive(Debug, Default)]
pub(crate) struct Names {
    full: HashMap<String, Vec<(usize, String)>>,
    /// Person mentions outside quotations, in text order.
    pub persons: Vec<PersonMention>,
}

impl Names {
    /// Indexes `doc`.
    #[cfg(test)]
    pub fn build(doc: &Document) -> Names {
        let toks = crate::tokens::per_block(doc);
        Names::build_with(doc, &marks::per_block(doc), &toks)
    }

    /// Indexes `doc`, given the quotations and the tokens of each block
    /// (none in furniture).
    pub fn build_with(
        doc: &Document,
        marks: &[Vec<marks::Marked>],
        block_toks: &[BlockTokens],
    ) -> Names {
        let mut names = Names::default();
        let text = doc.text.as_str();
        // Outer spans of every quotation sorted by start, with the furthest
        // end so far: "does a quotation contain this span" is a binary search.
        let mut quoted: Vec<(Span, usize)> = marks.iter().flatten().map(|q| (q.outer, 0)).collect();
        quoted.sort_by_key(|q| q.0.start);
        let mut reach = 0;
        for q in &mut quoted {
            reach = reach.max(q.0.end);
            q.1 = reach;
        }
        let inside = |s: Span| {
            let k = quoted.partition_point(|q| q.0.start <= s.start);
            quoted[..k]
                .iter()
                .rev()
                .take_while(|q| q.1 >= s.end)
                .any(|q| q.0.contains(s))
        };
        for (block, bt) in doc.blocks.iter().zip(block_toks) {
            if block.kind.is_furniture() {
                continue;
            }
            let toks = bt.all();
            let mut i = 0;
            while i < toks.len() {
                let run_end = run(text, toks, i);
                if run_end > i {
                    let span = Span::new(toks[i].span.start, toks[run_end - 1].span.end);
                    names.add_run(text, span, inside(span));
                    i = run_end;
                } else {
                    i += 1;
                }
            }
        }
        for e in doc.entities.iter().filter(|e| e.kind == EntityKind::Person) {
            for m in &e.mentions {
                if inside(m.span) || possessive_at(text, m.span.end) {
                    continue;
                }
                names.persons.push(PersonMention {
                    span: m.span,
                    name: e.name.clone(),
                    id: Some(e.id.clone()),
                    nominal: false,
                    subject: false,
                });
            }
        }
        names.subjects(doc, block_toks);
        names.persons.sort_by_key(|p| p.span.start);
        for p in &mut names.persons {
            p.subject |= opens_sentence(doc, block_toks, p.span.start);
        }
        names
    }

    /// The last person mention before `at` that is a sentence's subject.
    pub fn subject_before(&self, at: usize) -> Option<&PersonMention> {
        let i = self.persons.partition_point(|p| p.span.start < at);
        self.persons[..i]
            .iter()
            .rev()
            .find(|p| p.subject && p.span.end <= at)
    }

    /// Files unnamed singular persons that open a sentence as its subject.
    fn subjects(&mut self, doc: &Document, block_toks: &[BlockTokens]) {
        let text = doc.text.as_str();
        for (_, s) in doc.content_sentences() {
            let Some(body) = text.get(s.span.start..s.span.end) else {
                continue;
            };
            // The first character boundary at or past byte 120.
            let mut cut = body.len().min(120);
            while !body.is_char_boundary(cut) {
                cut += 1;
            }
            let head = Span::new(s.span.start, s.span.start + cut);
            let toks = match block_toks.get(s.block) {
                Some(bt) => bt.plain(text, head),
                None => crate::tokens::tokenize(text, head, &[]).into(),
            };
            let cl = Clause { text, toks: &toks };
            let Some(np) = np::after(&cl, 0, cl.len()) else {
                continue;
            };
            let head = cl.lower(np.last);
            let singular = !head.ends_with('s') || head.ends_with("ss");
            if np.kind == NpKind::Nominal(NounClass::Person) && singular {
                self.persons.push(PersonMention {
                    span: np.text,
                    name: text
                        .get(np.text.start..np.text.end)
                        .unwrap_or("")
                        .to_string(),
                    id: None,
                    nominal: true,
                    subject: true,
                });
            }
        }
    }

    /// The first person named in `within` (the person an interview presents).
    pub fn first_person_in(&self, within: Span) -> Option<&PersonMention> {
        let i = self
            .persons
            .partition_point(|p| p.span.start < within.start);
        self.persons[i..]
            .iter()
            .take_while(|p| p.span.start < within.end)
            .find(|p| !p.nominal)
    }

    /// Files a capitalized run.
    fn add_run(&mut self, text: &str, span: Span, quoted: bool) {
        let raw = text.get(span.start..span.end).unwrap_or("");
        let name = strip_titles(raw);
        let mut toks = name.split_whitespace();
        let Some(first) = toks.next() else { return };
        let last = toks.next_back().unwrap_or(first);
        let several = !std::ptr::eq(first, last);
        if several {
            let full = self
                .full_before(span.start, name)
                .unwrap_or_else(|| name.to_string());
            // Looked up before a key is allocated: most last words recur.
            let key = Lower::of(last);
            let filed = (span.start, full.clone());
            match self.full.get_mut(key.as_str()) {
                Some(list) => list.push(filed),
                None => {
                    self.full.insert(key.as_str().to_string(), vec![filed]);
                }
            }
            if !quoted && person_like(name) {
                self.persons.push(PersonMention {
                    span,
                    name: full,
                    id: None,
                    nominal: false,
                    subject: false,
                });
            }
        } else if !quoted && !possessive_at(text, span.end) {
            if let Some(full) = self
                .full_before(span.start, name)
                .filter(|f| person_like(f))
            {
                self.persons.push(PersonMention {
                    span,
                    name: full,
                    id: None,
                    nominal: false,
                    subject: false,
                });
            }
        }
    }

    /// The latest full name before `at` whose last words are `short`
    /// ("Tabrizi" → "Reza Tabrizi", "Van der Molen" → "Anneke van der Molen").
    pub fn full_before(&self, at: usize, short: &str) -> Option<String> {
        // The list for the last word first: most words have none, and then
        // no other word needs lowering.
        let list = self
            .full
            .get(Lower::of(short.split_whitespace().next_back()?).as_str())?;
        let words: Vec<Lower> = short.split_whitespace().map(Lower::of).collect();
        let fits = |full: &str| longer_with_end(full, &words);
        let end = list.partition_point(|(p, _)| *p < at);
        list[..end]
            .iter()
            .rev()
            .take(64)
            .find(|(_, f)| fits(f))
            .map(|(_, f)| f.clone())
    }

    /// Like [`Names::full_before`], falling back to the first full name
    /// anywhere in the document (a transcript label may precede the name).
    pub fn full_any(&self, at: usize, short: &str) -> Option<String> {
        self.full_before(at, short).or_else(|| {
            let words: Vec<Lower> = short.split_whitespace().map(Lower::of).collect();
            let list = self.full.get(words.last()?.as_str())?;
            list.iter()
                .find(|(_, f)| longer_with_end(f, &words))
                .map(|(_, f)| f.clone())
        })
    }

    /// The last person mention before `at`.
    pub fn person_before(&self, at: usize) -> Option<&PersonMention> {
        let i = self.persons.partition_point(|p| p.span.start < at);
        self.persons[..i].iter().rev().find(|p| p.span.end <= at)
    }
}

/// True when `full` has more words than `words` and ends with them (lower
/// case); compared word by word, without lowering `full` into a new vector.
fn longer_with_end(full: &str, words: &[Lower]) -> bool {
    full.split_whitespace().count() > words.len()
        && full
            .split_whitespace()
            .rev()
            .zip(words.iter().rev())
            .all(|(f, w)| Lower::of(f) == *w)
}

/// True when byte `at` lies within the first few words of its sentence
/// ("Haddad was …", "At sixty-five, Bakri faces …", "Her counterpart, Obed
/// Mwangaza, was …").
fn opens_sentence(doc: &Document, block_toks: &[BlockTokens], at: usize) -> bool {
    let Some(s) = doc.sentence_at(at).and_then(|i| doc.sentences.get(i)) else {
        return false;
    };
    let head = Span::new(s.span.start, at);
    at - s.span.start.min(at) < 100
        && match block_toks.get(s.block) {
            Some(bt) => bt.fewer_than(&doc.text, head, 7),
            None => crate::tokens::fewer_than(&doc.text, head, 7),
        }
}

/// True when the word ending at `end` is followed by a possessive "'s".
fn possessive_at(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    rest.starts_with("'s") || rest.starts_with("\u{2019}s")
}

/// True when the word is itself a possessive ("Aldermark's").
fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// True when a full name has no institution or place word in it.
fn person_like(name: &str) -> bool {
    !name.split_whitespace().any(|t| {
        words::with_lower(t, |lw| {
            lexicon::speaker_nouns().contains_key(lw) || lexicon::not_person().contains(lw)
        })
    })
}

/// The end (exclusive token index) of a capitalized run starting at `i`, or
/// `i` when none starts there. Particles and `of`/`for` join runs.
fn run(text: &str, toks: &[crate::tokens::Token], i: usize) -> usize {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| text.get(t.span.start..t.span.end))
    };
    let starts = word(i).is_some_and(|w| {
        capitalized(w) && !possessive(w) && !words::with_lower(w, words::is_function_word)
    });
    if !starts {
        return i;
    }
    let mut k = i + 1;
    loop {
        match word(k) {
            Some(w) if capitalized(w) && !w.ends_with("'s") && !w.ends_with("\u{2019}s") => k += 1,
            Some(w) if words::is_name_particle(w) || matches!(w, "of" | "for") => {
                if word(k + 1).is_some_and(capitalized) {
                    k += 2;
                } else if words::is_name_particle(w)
                    && word(k + 1).is_some_and(words::is_name_particle)
                    && word(k + 2).is_some_and(capitalized)
                {
                    k += 3;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    k
}

/// The name without leading titles: everything up to the last head title
/// ("Minister", "Colonel", "chair") is dropped when only title words and
/// capitalized words stand before it and a name follows ("Deputy Foreign
/// Minister Karim Haddad" → "Karim Haddad", "FoS chair Ilse Brandauer" →
/// "Ilse Brandauer"). With a word before the title that is not itself a title
/// word ("Dravian Water Minister …"), two words must follow, so that a
/// two-word name is never cut to one.
pub(crate) fn strip_titles(name: &str) -> &str {
    let name = name.trim();
    let count = name.split_whitespace().count();
    // One word is never cut (a title needs a name after it): no lookup.
    if count < 2 {
        return name;
    }
    // The byte offset of the word after the last cut title.
    let mut cut: Option<usize> = None;
    let mut pending = false;
    let mut foreign = false;
    for (k, t) in name.split_whitespace().enumerate() {
        if pending {
            cut = Some(t.as_ptr() as usize - name.as_ptr() as usize);
            pending = false;
        }
        match words::with_lower(t, |lw| lexicon::titles().get(lw).copied()) {
            Some(head) => {
                let left = count - k - 1;
                if head && left >= if foreign { 2 } else { 1 } {
                    pending = true;
                }
            }
            None if capitalized(t) && k + 1 < count => foreign = true,
            None => break,
        }
    }
    match cut {
        Some(at) if !pending => name.get(at..).unwrap_or(name),
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_stripped() {
        assert_eq!(
            strip_titles("Deputy Foreign Minister Karim Haddad"),
            "Karim Haddad"
        );
        assert_eq!(strip_titles("Colonel Moammar Hadidi"), "Moammar Hadidi");
        assert_eq!(
            strip_titles("Foreign Relations Committee"),
            "Foreign Relations Committee"
        );
        assert_eq!(strip_titles("SPOKESWOMAN NADIA FARROKH"), "NADIA FARROKH");
        assert_eq!(strip_titles("President"), "President");
        assert_eq!(strip_titles("FoS chair Ilse Brandauer"), "Ilse Brandauer");
        assert_eq!(
            strip_titles("Dravian Water Minister Milena Horvatek"),
            "Milena Horvatek"
        );
        assert_eq!(strip_titles("Mr. Kazem Javadi"), "Kazem Javadi");
        assert_eq!(strip_titles("Colonel de la Vega"), "de la Vega");
        assert_eq!(strip_titles("Interior Ministry"), "Interior Ministry");
    }

    #[test]
    fn short_forms_resolve_to_latest_full_name() {
        let mut doc = Document::new(
            "t",
            "Foreign Minister Reza Tabrizi spoke. Anneke van der Molen agreed. Tabrizi left. Van der Molen stayed."
                .to_string(),
        );
        dossier_doc::Annotator::annotate(&dossier_segment::Segmenter::new(), &mut doc);
        let names = Names::build(&doc);
        assert_eq!(
            names.full_before(60, "Tabrizi").as_deref(),
            Some("Reza Tabrizi")
        );
        assert_eq!(
            names.full_before(90, "Van der Molen").as_deref(),
            Some("Anneke van der Molen")
        );
        let p = names.person_before(doc.text.len()).expect("a person");
        assert_eq!(p.name, "Anneke van der Molen");
    }
}
