//! Trimming a run to the name (titles kept as the role, sentence openers and
//! nationality adjectives dropped) and building the candidate.

use dossier_doc::Span;

use super::{Candidate, Sentence, CONNECTORS, FACILITIES};
use crate::lexicon::fold;
use crate::tokens::Kind;

impl Sentence<'_> {
    /// Trims `[a, b)` to the name and builds the candidate.
    pub(super) fn build(&self, mut a: usize, mut b: usize) -> Option<Candidate> {
        let mention_start = |a: usize| self.toks[a].span.start;
        let mut role: Option<String> = None;
        let mut title_start: Option<usize> = None;
        loop {
            if a >= b {
                return None;
            }
            let f = fold(self.word(a));
            let t = self.lex.title_len_folded(&f, &self.words[a..b]);
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
            if self.demonym_before_name(a, b)
                || self.lex.non_entities.contains(&f) && !self.keeps_opener(a, b)
            {
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
        // A known name keeps its last word even when that word alone is a
        // common one (`United States`, `Costa Rica`).
        let known = |a: usize, b: usize| {
            let f = fold(&self.text(a, b));
            self.lex.is_place(&f) || self.lex.organizations.contains(&f)
        };
        while b > a + 1
            && {
                let f = fold(self.word(b - 1));
                self.lex.non_entities.contains(&f) || CONNECTORS.contains(&self.word(b - 1))
            }
            && !known(a, b)
        {
            b -= 1;
        }
        let name = self.text(a, b);
        let folded = fold(&name);
        // An ASCII fold with single inner spaces folds to itself, so the
        // demonym test reuses it.
        let demonym = if folded.is_ascii() && !folded.contains("  ") && !folded.ends_with(' ') {
            self.ctx.is_demonym_folded(&folded)
        } else {
            self.ctx.is_demonym(&name)
        };
        if self.lex.non_entities.contains(&folded)
            || demonym
            || b - a == 1 && self.nationality_compound(a)
        {
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
            folded: folded.to_string(),
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
            possessive: self.toks.get(b).is_some_and(|t| t.kind == Kind::Possessive),
        })
        .map(|c| self.with_facility(c, a, b))
    }

    /// A nationality adjective opening `[a, b)` before a title (`Marvandi
    /// Colonel X`) or an organization's name (`Marvandi Border Police`),
    /// which the name leaves out. The demonym test, the dearest, is made
    /// once and only when a title or a long enough run follows.
    fn demonym_before_name(&self, a: usize, b: usize) -> bool {
        let title_follows = b - a > 1
            && (self.lex.title_len(&self.words[a + 1..b]) > 0
                || self.qualified_title(a + 1, b).is_some());
        if !title_follows && b - a <= 2 || !self.ctx.is_demonym(self.word(a)) {
            return false;
        }
        title_follows
            || crate::classify::head_kind(self.lex, &self.owned(a + 1, b))
                == Some(dossier_doc::EntityKind::Organization)
    }

    /// A hyphenated adjective built on a nationality or place
    /// (`Irish-born`, `Marvandi-backed`, `Irish-American`): no entity.
    fn nationality_compound(&self, a: usize) -> bool {
        let w = self.word(a);
        let mut parts = w.split(['-', '\u{2011}']);
        let Some(first) = parts.next() else {
            return false;
        };
        if first.len() == w.len() || !first.starts_with(char::is_uppercase) {
            return false;
        }
        let nationality = |p: &str| self.ctx.is_demonym(p);
        (nationality(first) || self.lex.is_place(&fold(first)))
            && parts.all(|p| p.starts_with(char::is_lowercase) || nationality(p))
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
            !self.ctx.given(w) && !crate::resolve::head_word(w) && w.starts_with(char::is_uppercase)
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
            || crate::tokens::opens(self.toks, self.start, a)
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
        // The variant test, which keys every capitalized word of the
        // document on first use, is asked last.
        known
            || (!self.ctx.is_common_word(w)
                && (self.ctx.is_capital(&f)
                    || shaped
                    || possessive
                    || crate::classify::is_acronym_shape(w)
                    || self.ctx.is_capital_variant(w)))
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
}
