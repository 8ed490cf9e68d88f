//! Clause structure read from punctuation and function words.
//!
//! No parser: a sentence is cut into *units* (independent clauses: at `;`,
//! `:`, and at ", and" / ", but" when a verb follows on both sides), and each
//! unit into nested *regions* opened by a relative pronoun ("who joined in
//! 1980"), a temporal "when", another subordinator ("after …"), or a speech
//! verb ("said the case rested on …"). Regions decide which time expression
//! dates which verb and where a verb's subject can be found.

use crate::lexicon::class;
use crate::token::Tok;
use crate::view::View;

/// What opened a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RegionKind {
    /// The unit's main clause.
    Main,
    /// A relative clause about the name before it.
    Relative,
    /// A "when" clause: its date also dates the clause it hangs on.
    When,
    /// Another subordinate clause.
    Sub,
    /// Reported content after a speech verb.
    Complement,
}

/// A region of a unit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Region {
    /// What opened it.
    pub kind: RegionKind,
    /// The region it hangs on.
    pub parent: Option<usize>,
    /// Its first token.
    pub start: usize,
    /// For a relative clause, the name it is about (index into `View::names`).
    pub antecedent: Option<usize>,
}

/// Units and regions of one sentence.
#[derive(Debug)]
pub(crate) struct Clauses {
    /// Token ranges `[start, end)` of the units.
    pub units: Vec<(usize, usize)>,
    /// Every region, in order of opening.
    pub regions: Vec<Region>,
    /// The region of each token.
    pub region_of: Vec<usize>,
}

impl Clauses {
    /// Reads the clause structure of `v`.
    pub fn new(v: &View) -> Clauses {
        let units = units(v);
        let mut c = Clauses {
            units: Vec::new(),
            // A unit opens its main region and, typically, a few more.
            regions: Vec::with_capacity(units.len() * 4),
            region_of: vec![0; v.toks.len()],
        };
        for &(a, b) in &units {
            c.regions_of_unit(v, a, b);
        }
        c.units = units;
        c
    }

    /// Only the units of `v`, without regions: enough for a sentence
    /// that holds no trigger word, where regions would never be read.
    pub fn units_only(v: &View) -> Clauses {
        Clauses {
            units: units(v),
            regions: Vec::new(),
            region_of: Vec::new(),
        }
    }

    /// The unit containing token `i`.
    pub fn unit_of(&self, i: usize) -> (usize, usize) {
        self.units
            .iter()
            .copied()
            .find(|&(a, b)| a <= i && i < b)
            .unwrap_or((i, i + 1))
    }

    /// True when region `r` is `anc` or lies inside it.
    pub fn within(&self, r: usize, anc: usize) -> bool {
        let mut cur = Some(r);
        while let Some(x) = cur {
            if x == anc {
                return true;
            }
            cur = self.regions.get(x).and_then(|g| g.parent);
        }
        false
    }

    /// The region of token `i`.
    pub fn region(&self, i: usize) -> Region {
        let r = self.region_of.get(i).copied().unwrap_or(0);
        self.regions.get(r).copied().unwrap_or(Region {
            kind: RegionKind::Main,
            parent: None,
            start: 0,
            antecedent: None,
        })
    }

    fn open(
        &mut self,
        kind: RegionKind,
        parent: usize,
        start: usize,
        ante: Option<usize>,
    ) -> usize {
        self.regions.push(Region {
            kind,
            parent: Some(parent),
            start,
            antecedent: ante,
        });
        self.regions.len() - 1
    }

    fn regions_of_unit(&mut self, v: &View, a: usize, b: usize) {
        self.regions.push(Region {
            kind: RegionKind::Main,
            parent: None,
            start: a,
            antecedent: None,
        });
        let main = self.regions.len() - 1;
        let mut cur = main;
        for i in a..b {
            let t = &v.toks[i];
            let free = !t.aside && !t.quoted && t.time.is_none();
            if free && t.is_punct(',') {
                let k = self.regions[cur].kind;
                if k != RegionKind::Main
                    && k != RegionKind::Complement
                    && i > self.regions[cur].start + 1
                {
                    cur = self.regions[cur].parent.unwrap_or(main);
                }
            } else if free && t.word {
                let before = cur;
                cur = self.boundary(v, i, cur);
                // A speech verb stays in the clause that reports; its content starts after it.
                if self.regions[cur].start > i {
                    self.region_of[i] = before;
                    continue;
                }
            }
            self.region_of[i] = cur;
        }
    }

    /// Opens a region at token `i` when it is a boundary word; returns the current region.
    fn boundary(&mut self, v: &View, i: usize, cur: usize) -> usize {
        let prev = i.checked_sub(1).map(|p| &v.toks[p]);
        if v.is(i, class::REL) {
            if v.w(i) == "that"
                && prev.is_none_or(|p| !p.word || v.is(i - 1, class::SPEECH | class::PREP))
            {
                return cur;
            }
            let ante = antecedent(v, i);
            return self.open(RegionKind::Relative, cur, i, ante);
        }
        if v.is(i, class::WHEN) {
            return self.open(RegionKind::When, cur, i, None);
        }
        if v.is(i, class::SUB) {
            return self.open(RegionKind::Sub, cur, i, None);
        }
        if v.is(i, class::SPEECH)
            && self.regions[cur].kind != RegionKind::Complement
            && !cued_trigger(v, i)
        {
            let start = if v.w(i + 1) == "that" { i + 2 } else { i + 1 };
            return self.open(RegionKind::Complement, cur, start, None);
        }
        cur
    }
}

/// True when the word at `i` is a trigger whose cue follows: "recalled its
/// ambassador" reports an event, "recalled decades later" reports speech.
fn cued_trigger(v: &View, i: usize) -> bool {
    v.toks[i].verbs().iter().any(|e| {
        !e.cues.is_empty()
            && (i + 1..(i + 8).min(v.toks.len()))
                .any(|k| e.cues.iter().any(|c| *c == v.toks[k].lower))
    })
}

/// The name a relative pronoun at `i` refers to: the one ending just before it.
fn antecedent(v: &View, i: usize) -> Option<usize> {
    let mut j = i;
    for _ in 0..6 {
        j = j.checked_sub(1)?;
        let t = &v.toks[j];
        if let Some(m) = t.mention {
            return Some(m);
        }
        if t.is_punct(';') || t.is_punct(':') || verb_like(v, j) {
            return None;
        }
    }
    None
}

/// True when token `i` can head a finite clause (read once per token by
/// [`View::new`] through [`heads_clause`]).
#[inline]
pub(crate) fn verb_like(v: &View, i: usize) -> bool {
    v.toks[i].verb
}

/// True when `t`, as the view finally reads it, can head a finite clause.
#[inline]
pub(crate) fn heads_clause(t: &Tok) -> bool {
    if !t.word || t.mention.is_some() || t.time.is_some() {
        return false;
    }
    let aux = class::BE | class::HAVE | class::DO | class::MODAL | class::SPEECH;
    if t.classes & aux != 0 && t.lower != "to" {
        return true;
    }
    t.finite || (t.lower.len() > 4 && t.lower.ends_with("ed"))
}

/// Cuts the sentence into units.
fn units(v: &View) -> Vec<(usize, usize)> {
    let n = v.toks.len();
    let mut out = Vec::with_capacity(4);
    let mut start = 0;
    // Whether a verb stands in the current unit so far, kept as we go so the
    // cut stays linear however many commas a sentence has.
    let mut verb_seen = false;
    for i in 0..n {
        let t = &v.toks[i];
        verb_seen |= verb_like(v, i);
        if t.aside || t.quoted || t.time.is_some() {
            continue;
        }
        let hard = t.is_punct(';') || t.is_punct(':');
        // ", and sentenced him" shares the subject: one unit; ", and in 1991 it moved" does not.
        let soft = t.is_punct(',')
            && matches!(v.w(i + 1), "and" | "but" | "while" | "whereas" | "yet")
            && !(i + 2 < n && verb_like(v, i + 2))
            && verb_seen
            && next_segment(v, i + 2).any(|k| verb_like(v, k));
        if hard || soft {
            if i > start {
                out.push((start, i));
            }
            start = i + 1;
            verb_seen = false;
        }
    }
    if start < n {
        out.push((start, n));
    }
    out
}

/// Token indices from `i` up to the next comma or semicolon.
fn next_segment(v: &View, i: usize) -> impl Iterator<Item = usize> + '_ {
    (i..v.toks.len())
        .take_while(move |&k| !(v.toks[k].is_punct(',') || v.toks[k].is_punct(';')))
        .take(40)
}
