//! Regular expressions built for a short life of small haystacks.
//!
//! The `regex` crate prepares every pattern for long texts: besides the
//! automaton it always builds a reversed copy for its lazy DFA. The
//! patterns here carry large Unicode classes (`\p{L}`, `\p{M}`) and are
//! matched against a parenthesis or one list entry at a time, where the
//! bounded backtracker and the one-pass engine are as quick as the DFA.
//! Skipping the DFA halves the cost of building them, which a short run
//! pays in full. Matching semantics (leftmost-first, Unicode, UTF-8) are
//! those of `regex::Regex`.

use regex_automata::meta::{self, Regex};
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::MatchKind;

/// A compiled pattern.
#[derive(Debug)]
pub(crate) struct Rx(Regex);

/// One match: where it lies in the haystack.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    /// Byte offset of the start.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the end.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        self.hay.get(self.start..self.end).unwrap_or("")
    }
}

/// The groups of one match.
#[derive(Debug)]
pub(crate) struct Caps<'h> {
    hay: &'h str,
    caps: Captures,
}

impl<'h> Caps<'h> {
    fn wrap(&self, span: Option<regex_automata::Span>) -> Option<Match<'h>> {
        span.map(|s| Match {
            hay: self.hay,
            start: s.start,
            end: s.end,
        })
    }

    /// Group `i` (0 is the whole match), when it took part.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.wrap(self.caps.get_group(i))
    }

    /// The named group, when it took part.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.wrap(self.caps.get_group_by_name(name))
    }
}

impl Rx {
    /// Compiles `pattern` without the lazy DFA. Panics only on a malformed
    /// built-in pattern.
    pub fn new(pattern: &str) -> Rx {
        let config = meta::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid(false)
            .dfa(false);
        let built = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build(pattern);
        Rx(built.expect("built-in pattern is valid"))
    }

    /// The groups of the leftmost-first match in `hay`.
    pub fn captures<'h>(&self, hay: &'h str) -> Option<Caps<'h>> {
        let mut caps = self.0.create_captures();
        self.0.captures(hay, &mut caps);
        caps.is_match().then_some(Caps { hay, caps })
    }

    /// Every successive non-overlapping match's groups.
    pub fn captures_iter<'r, 'h>(&'r self, hay: &'h str) -> impl Iterator<Item = Caps<'h>> + 'r
    where
        'h: 'r,
    {
        self.0
            .captures_iter(hay)
            .map(move |caps| Caps { hay, caps })
    }

    /// Every successive non-overlapping match.
    pub fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.0.find_iter(hay).map(move |m| Match {
            hay,
            start: m.start(),
            end: m.end(),
        })
    }
}
