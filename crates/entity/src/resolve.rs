//! Grouping candidates into entities: one actor, every alias.
//!
//! Candidates are first grouped by the normalization key of their name
//! (so `Qadhafi` and `Gaddafi` meet), then groups are joined by evidence,
//! strongest first: alias statements in the text, acronyms and their
//! expansions, near-identical full person names. Short forms (a surname
//! alone, a first name alone, "the Front") are then resolved mention by
//! mention to the entity they most plausibly continue. Every join records
//! why, in the entity's evidence.

use dossier_doc::{Document, EntityKind};

use crate::aliases::{self, Link};
use crate::candidates::Candidate;
use crate::classify::{self, is_acronym_shape, Votes};
use crate::context::DocContext;
use crate::lexicon::{self, fold, HashMap, HashSet};
use crate::normalize::{acronym_form, is_acronym_of, key, key_of_word_keys, similar, word_keys};

/// Candidates and the groups they fall into, with a union-find over groups.
pub(crate) struct Groups {
    pub cands: Vec<Candidate>,
    pub votes: Vec<Votes>,
    /// The kind each candidate would have with no votes at all.
    fallback: Vec<EntityKind>,
    /// The group of each candidate, before unions.
    pub group: Vec<usize>,
    parent: Vec<usize>,
    pub evidence: Vec<Vec<String>>,
    /// For each candidate, the group it was resolved to when that is not
    /// its own (short forms).
    pub moved: Vec<Option<usize>>,
    /// The word keys of every candidate's name and completed name, computed
    /// once per distinct name: several joining steps compare them.
    pub name_keys: HashMap<String, Vec<String>>,
}

impl Groups {
    /// Groups body candidates by the key of their (completed) name.
    pub fn new(cands: Vec<Candidate>, ctx: &DocContext) -> Groups {
        let modifiers = classify::modifiers(&cands, ctx);
        let votes: Vec<Votes> = cands
            .iter()
            .map(|c| classify::votes(c, ctx, &modifiers))
            .collect();
        let fallback = cands.iter().map(|c| classify::fallback(c, ctx)).collect();
        let mut by_key: HashMap<String, usize> = HashMap::default();
        // A name seen before has the same key: most mentions repeat a name.
        let mut by_name: HashMap<String, usize> = HashMap::default();
        let mut group = Vec::with_capacity(cands.len());
        // Every completed name's word keys, from which its key follows.
        let name_keys = name_keys(&cands);
        for c in &cands {
            let name = full_name(c);
            if let Some(&gr) = by_name.get(&*name) {
                group.push(gr);
                continue;
            }
            let n = by_key.len();
            let k = match name_keys.get(&*name) {
                Some(ks) => key_of_word_keys(ks),
                None => key(&name),
            };
            let gr = *by_key.entry(k).or_insert(n);
            by_name.insert(name.into_owned(), gr);
            group.push(gr);
        }
        let n = by_key.len();
        let n_cands = cands.len();
        Groups {
            name_keys,
            cands,
            votes,
            fallback,
            group,
            parent: (0..n).collect(),
            evidence: vec![Vec::new(); n],
            moved: vec![None; n_cands],
        }
    }

    /// The word keys of `name`, from the memo when it is a candidate's name.
    pub fn word_keys(&self, name: &str) -> std::borrow::Cow<'_, [String]> {
        match self.name_keys.get(name) {
            Some(k) => std::borrow::Cow::Borrowed(k.as_slice()),
            None => std::borrow::Cow::Owned(word_keys(name)),
        }
    }

    /// How many groups there are (roots among them).
    pub fn groups(&self) -> usize {
        self.parent.len()
    }

    /// The root of group `g`.
    pub fn root(&self, mut g: usize) -> usize {
        while self.parent[g] != g {
            g = self.parent[g];
        }
        g
    }

    /// The entity (root group) candidate `i` belongs to now.
    pub fn of(&self, i: usize) -> usize {
        let g = self.moved.get(i).copied().flatten();
        self.root(g.unwrap_or(self.group[i]))
    }

    /// Joins two groups, recording why.
    pub fn union(&mut self, a: usize, b: usize, why: String) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[gone] = keep;
        let moved = std::mem::take(&mut self.evidence[gone]);
        self.evidence[keep].extend(moved);
        self.evidence[keep].push(why);
    }

    /// The summed votes of every root, computed in one pass.
    pub fn sums(&self) -> PerRoot<Votes> {
        let mut sums: Vec<Option<Votes>> = vec![None; self.parent.len()];
        for i in 0..self.cands.len() {
            if let Some(slot) = sums.get_mut(self.of(i)) {
                slot.get_or_insert_with(Votes::default).merge(self.votes[i]);
            }
        }
        PerRoot(sums)
    }

    /// The kind of every root, computed in one pass: by its summed votes,
    /// or with none, by the fallback of its first candidate.
    pub fn kinds(&self) -> PerRoot<EntityKind> {
        let mut sums: Vec<Option<(Votes, EntityKind)>> = vec![None; self.parent.len()];
        for i in 0..self.cands.len() {
            if let Some(slot) = sums.get_mut(self.of(i)) {
                let e = slot.get_or_insert((Votes::default(), self.fallback[i]));
                e.0.merge(self.votes[i]);
            }
        }
        PerRoot(
            sums.into_iter()
                .map(|s| {
                    s.map(|(v, fallback)| {
                        if v.strength() > 0 {
                            v.kind().0
                        } else {
                            fallback
                        }
                    })
                })
                .collect(),
        )
    }
}

/// A value for each root group, indexed by the root (groups are numbered
/// densely, so a vector serves where a map was hashed for every lookup).
pub(crate) struct PerRoot<T>(Vec<Option<T>>);

impl<T> PerRoot<T> {
    /// The value of root `r`, when it has candidates.
    pub fn get(&self, r: &usize) -> Option<&T> {
        self.0.get(*r).and_then(Option::as_ref)
    }
}

/// The word keys of every candidate's completed name and name as written.
fn name_keys(cands: &[Candidate]) -> HashMap<String, Vec<String>> {
    let mut keys: HashMap<String, Vec<String>> = HashMap::default();
    for c in cands {
        let n = full_name(c);
        if !keys.contains_key(&*n) {
            keys.insert(n.to_string(), word_keys(&n));
        }
        if !keys.contains_key(&c.name) {
            keys.insert(c.name.clone(), word_keys(&c.name));
        }
    }
    keys
}

/// The name a candidate stands for, with a coordinated surname completed.
pub(crate) fn full_name(c: &Candidate) -> std::borrow::Cow<'_, str> {
    match &c.shared_surname {
        Some(s) => format!("{} {}", c.name, s).into(),
        None => c.name.as_str().into(),
    }
}

/// Runs every joining step over `g`; `ctx` answers given-name questions
/// from its per-document memo.
pub(crate) fn resolve(doc: &Document, g: &mut Groups, ctx: &DocContext) {
    for link in aliases::links(doc, &g.cands) {
        match link {
            Link::Same(i, j, why) => {
                let (a, b) = (g.group[i], g.group[j]);
                g.union(a, b, why);
            }
            Link::PreviousPerson(j, why, spelling) => {
                let kinds = g.kinds();
                let prev = (0..j).rev().find(|&i| {
                    kinds.get(&g.of(i)) == Some(&EntityKind::Person) && g.cands[i].words.len() > 1
                });
                let Some(i) = prev else { continue };
                let fits = !spelling
                    || similar(&g.cands[i].name, &g.cands[j].name)
                    || g.word_keys(&g.cands[i].name).last() == g.word_keys(&g.cands[j].name).last();
                if g.of(i) != g.of(j) && fits {
                    let (a, b) = (g.group[i], g.group[j]);
                    g.union(a, b, why);
                }
            }
        }
    }
    acronyms(g);
    person_variants(g);
    crate::translate::link(g);
    org_prefixes(g);
    crate::shortforms::resolve(g, ctx);
}

/// Joins an acronym to the group whose name it abbreviates, preferring a
/// name introduced before the acronym, the nearest one.
fn acronyms(g: &mut Groups) {
    // Expansions: multi-word names, whose initials are few, indexed by the
    // letters an acronym of them can open with; each acronym group is
    // matched once.
    let mut by_letter: HashMap<char, Vec<usize>> = HashMap::default();
    for (i, c) in g.cands.iter().enumerate() {
        if c.words.len() >= 2 {
            for l in opening_letters(&c.name) {
                by_letter.entry(l).or_default().push(i);
            }
        }
    }
    let mut done = HashSet::default();
    for j in 0..g.cands.len() {
        let c = &g.cands[j];
        if c.words.len() != 1 || !is_acronym_shape(&c.name) || !done.insert(g.group[j]) {
            continue;
        }
        let Some(first) = acronym_form(&c.name).chars().next() else {
            continue;
        };
        let own = g.of(j);
        let mut best: Option<usize> = None;
        for &i in by_letter.get(&first).map_or(&[][..], Vec::as_slice) {
            let d = &g.cands[i];
            if g.of(i) == own || !is_acronym_of(&c.name, &d.name) {
                continue;
            }
            // Prefer the last expansion before the acronym, else the first after it.
            match best {
                Some(b) if b < j && i > j => {}
                _ if i < j || best.is_none() => best = Some(i),
                _ => {}
            }
        }
        if let Some(i) = best {
            let why = format!("acronym: {} = {}", c.name, g.cands[i].name);
            let (a, b) = (g.group[i], g.group[j]);
            g.union(a, b, why);
        }
    }
}

/// The letters an acronym of `name` can open with: the initials of its
/// leading minor words (which an acronym may keep or skip) and of its first
/// significant word, upper case.
fn opening_letters(name: &str) -> Vec<char> {
    let mut out = Vec::new();
    for w in name.split(|c: char| c.is_whitespace() || c == '-' || c == '\u{2011}') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&');
        let Some(c) = w.chars().next() else {
            continue;
        };
        out.extend(c.to_uppercase());
        if !crate::normalize::is_minor(w) {
            break;
        }
    }
    out
}

/// Joins full person names that differ by a slip or a middle name
/// (`Nabeel Sarraf`, `Mohammad Saeed al-Qasimi`), bucketed by surname key.
fn person_variants(g: &mut Groups) {
    let kinds = g.kinds();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::default();
    // A second mention with the group and name of an earlier one would only
    // repeat its comparisons: skipping it keeps a much-named person linear.
    let mut seen: HashSet<(usize, &str)> = HashSet::default();
    for (i, c) in g.cands.iter().enumerate() {
        if c.words.len() < 2 || kinds.get(&g.of(i)) != Some(&EntityKind::Person) {
            continue;
        }
        if !seen.insert((g.group[i], c.name.as_str())) {
            continue;
        }
        if let Some(last) = g.word_keys(&c.name).last() {
            by_last.entry(last.clone()).or_default().push(i);
        }
    }
    for members in by_last.values() {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if g.of(i) != g.of(j) && similar(&g.cands[i].name, &g.cands[j].name) {
                    let why = format!("spelling: {} ~ {}", g.cands[i].name, g.cands[j].name);
                    let (a, b) = (g.group[i], g.group[j]);
                    g.union(a, b, why);
                }
            }
        }
    }
}

/// Joins an organization's name to a longer form of it that only adds a
/// place or a qualifier (`National Assembly` = `National Assembly of
/// Marvand`, `Jebhat el-Tahrir` = `Jabhat al-Tahrir al-Watani`), but not a
/// new head word (`United Nations` ≠ `United Nations Security Council`).
fn org_prefixes(g: &mut Groups) {
    let kinds = g.kinds();
    let lex = lexicon::get();
    let mut by_first: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::default();
    let mut seen: HashSet<(usize, &[String])> = HashSet::default();
    for (i, c) in g.cands.iter().enumerate() {
        if c.words.len() < 2 || kinds.get(&g.of(i)) != Some(&EntityKind::Organization) {
            continue;
        }
        if !seen.insert((g.group[i], c.words.as_slice())) {
            continue;
        }
        let ks = g.word_keys(&c.name).into_owned();
        if ks.len() >= 2 {
            by_first.entry(ks[0].clone()).or_default().push((i, ks));
        }
    }
    for members in by_first.values() {
        for (i, ki) in members {
            for (j, kj) in members {
                if kj.len() <= ki.len() || !kj.starts_with(ki) || g.of(*i) == g.of(*j) {
                    continue;
                }
                let extra_head = g.cands[*j]
                    .words
                    .iter()
                    .skip(g.cands[*i].words.len())
                    .any(|w| lex.heads_after.contains(&fold(w)));
                if !extra_head {
                    let why = format!("longer form: {} = {}", g.cands[*i].name, g.cands[*j].name);
                    let (a, b) = (g.group[*i], g.group[*j]);
                    g.union(a, b, why);
                }
            }
        }
    }
}

/// True when a single word names a head word only ("Front", "Accord").
pub(crate) fn head_word(w: &str) -> bool {
    let lex = lexicon::get();
    lex.heads_after.contains(&fold(w))
}
