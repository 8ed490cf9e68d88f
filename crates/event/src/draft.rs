//! Events under construction: merged by clause and date, then written out.

use dossier_doc::{Document, Event, Span};

/// Where a draft may absorb further triggers: the same unit of prose, or
/// the same list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Unit `unit` of sentence `sentence`.
    Unit {
        /// Sentence index.
        sentence: usize,
        /// Unit index in the sentence.
        unit: usize,
    },
    /// A whole list item (block index).
    Item(usize),
}

/// An event being assembled.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    /// Where it may merge.
    pub scope: Scope,
    /// The clause or clauses reporting it.
    pub span: Span,
    /// Normalized date.
    pub date: String,
    /// The time expression it was dated by (sentence, time), when written.
    pub time: Option<(usize, usize)>,
    /// Event type.
    pub kind: &'static str,
    /// The trigger's extent.
    pub trigger: Span,
    /// The trigger's words, lower case, to recognize one event told twice.
    pub lemma: String,
    /// True for a verb trigger.
    pub verb: bool,
    /// The block it was read in.
    pub block: usize,
    /// The clause region of the trigger (sentence, region).
    pub region: (usize, usize),
    /// Agents stated in the clause.
    pub agents: Vec<usize>,
    /// Agents from context: a heading, a claim of responsibility.
    pub context: Vec<usize>,
    /// Patients.
    pub targets: Vec<usize>,
    /// Patients named only as possessors.
    pub possessors: Vec<usize>,
    /// Place named after the trigger ("in Baydar").
    pub location: Option<usize>,
    /// Place named before the trigger ("In Baydar, …").
    pub location_before: Option<usize>,
    /// The paragraph's subject, when its first clause names one.
    pub paragraph: Option<usize>,
    /// The first name of the paragraph, the last resort for actors.
    pub paragraph_name: Option<usize>,
}

impl Draft {
    /// How good a trigger this draft has: a verb with a stated agent beats a
    /// bare verb, which beats a noun.
    fn rank(&self) -> u8 {
        u8::from(self.verb) * 2 + u8::from(!self.agents.is_empty())
    }

    /// True when `other` reports the same event: same scope and date, not
    /// dated by two different time expressions, and not two verbs of
    /// different clauses ("returned from Kesh, where it met …" is two events).
    pub fn same_as(&self, other: &Draft) -> bool {
        if self.date != other.date {
            return false;
        }
        if self.trigger == other.trigger {
            return true;
        }
        // "The accords were signed in Lisbon on 16 January 1992; Arriaga signed for the FPL."
        let same_sentence = matches!(
            (self.scope, other.scope),
            (Scope::Unit { sentence: a, .. }, Scope::Unit { sentence: b, .. }) if a == b
        );
        if same_sentence
            && self.kind == other.kind
            && self.lemma == other.lemma
            && (self.agents.is_empty() || other.agents.is_empty())
        {
            return true;
        }
        self.scope == other.scope
            && self.date == other.date
            && !(self.verb && other.verb && self.region != other.region)
            && (self.time.is_none() || other.time.is_none() || self.time == other.time)
    }

    /// Folds `other` into this draft.
    pub fn absorb(&mut self, other: Draft) {
        self.span = self.span.cover(other.span);
        let mut other = other;
        if other.rank() > self.rank() {
            self.kind = other.kind;
            self.trigger = other.trigger;
            self.lemma = std::mem::take(&mut other.lemma);
            self.verb = other.verb;
            self.region = other.region;
            // The better trigger's agents replace a noun's possessor.
            if !other.agents.is_empty() {
                self.agents = std::mem::take(&mut other.agents);
            }
        } else if !self.agents.is_empty() {
            other.agents.clear();
        }
        self.time = self.time.or(other.time);
        for (mine, theirs) in [
            (&mut self.agents, other.agents),
            (&mut self.context, other.context),
            (&mut self.targets, other.targets),
            (&mut self.possessors, other.possessors),
        ] {
            for e in theirs {
                if !mine.contains(&e) {
                    mine.push(e);
                }
            }
        }
        self.location = self.location.or(other.location);
        self.location_before = self.location_before.or(other.location_before);
    }

    /// The finished event, with actors chosen by the documented convention:
    /// the stated agents; failing those, the agent given by context plus the
    /// principal named participant; failing both, the paragraph's subject,
    /// the place, or the paragraph's first name.
    pub fn finish(self, doc: &Document) -> Event {
        let id = |e: usize| doc.entities[e].id.clone();
        let mut actors: Vec<usize> = self.agents.clone();
        if actors.is_empty() {
            actors.extend(self.context.iter().copied());
            let principal = self.targets.first().or(self.possessors.first()).copied();
            if let Some(p) = principal {
                if !actors.contains(&p) {
                    actors.push(p);
                }
            }
            if actors.is_empty() {
                let fallback = self
                    .location
                    .or(self.paragraph)
                    .or(self.location_before)
                    .or(self.paragraph_name);
                actors.extend(fallback);
            }
        }
        let mut targets = self.targets.clone();
        for p in &self.possessors {
            if !targets.contains(p) && !self.agents.contains(p) {
                targets.push(*p);
            }
        }
        targets.retain(|t| !self.agents.contains(t));
        Event {
            span: self.span,
            date: Some(self.date),
            kind: self.kind.to_string(),
            trigger: doc.slice(self.trigger).to_string(),
            trigger_span: self.trigger,
            actors: actors.into_iter().map(id).collect(),
            targets: targets.into_iter().map(id).collect(),
            location: self.location.or(self.location_before).map(id),
        }
    }
}
