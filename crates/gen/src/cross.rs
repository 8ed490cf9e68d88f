//! The cross-document gold: which spellings must merge, which look-alikes
//! must stay apart, which values disagree, and which events several
//! documents report. Built incrementally, one document's facts at a time,
//! in memory bounded by the world (not the corpus): per item it keeps a
//! count and the first few documents only.

use std::collections::BTreeMap;

use crate::gold::{ConflictKey, DocFacts};
use crate::world::{EntId, EventKind, World};

/// Documents listed per item at most; the count covers all of them.
pub const MAX_DOCS: usize = 20;

#[derive(Default)]
struct Seen {
    count: u64,
    docs: Vec<String>,
}

impl Seen {
    fn add(&mut self, stem: &str) {
        self.count += 1;
        if self.docs.len() < MAX_DOCS {
            self.docs.push(stem.to_string());
        }
    }
}

/// Accumulates [`DocFacts`] into the cross gold.
pub struct CrossBuilder<'w> {
    w: &'w World,
    documents: u64,
    forms: BTreeMap<EntId, Vec<String>>,
    mentioned: BTreeMap<EntId, u64>,
    events: BTreeMap<usize, Seen>,
    conflicts: BTreeMap<ConflictKey, BTreeMap<u64, Seen>>,
}

fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn list(xs: &[String]) -> String {
    format!(
        "[{}]",
        xs.iter().map(|x| js(x)).collect::<Vec<_>>().join(", ")
    )
}

impl<'w> CrossBuilder<'w> {
    /// An empty builder over `w`.
    pub fn new(w: &'w World) -> CrossBuilder<'w> {
        CrossBuilder {
            w,
            documents: 0,
            forms: BTreeMap::new(),
            mentioned: BTreeMap::new(),
            events: BTreeMap::new(),
            conflicts: BTreeMap::new(),
        }
    }

    /// Adds one document's facts; call in document order for a stable output.
    pub fn add(&mut self, f: &DocFacts) {
        self.documents += 1;
        for (id, form) in &f.forms {
            let v = self.forms.entry(*id).or_default();
            if !v.iter().any(|x| x.eq_ignore_ascii_case(form)) {
                v.push(form.clone());
            }
        }
        for id in &f.mentioned {
            *self.mentioned.entry(*id).or_default() += 1;
        }
        for e in &f.events {
            self.events.entry(*e).or_default().add(&f.stem);
        }
        for (k, v) in &f.conflicts {
            self.conflicts
                .entry(*k)
                .or_default()
                .entry(*v)
                .or_default()
                .add(&f.stem);
        }
    }

    /// The first full form written for `id`, if it was written at all.
    fn written(&self, id: EntId) -> Option<&String> {
        self.forms.get(&id).and_then(|v| {
            v.iter()
                .find(|f| f.contains(' ') || f.len() > 5)
                .or(v.first())
        })
    }

    fn merges(&self) -> Vec<String> {
        self.forms
            .iter()
            .filter(|(_, v)| v.len() >= 2)
            .map(|(id, v)| {
                format!(
                    "  {{\"name\": {}, \"must_merge\": {}}}",
                    js(self.w.name(*id)),
                    list(v)
                )
            })
            .collect()
    }

    fn apart(&self) -> Vec<String> {
        let mut pairs: Vec<(EntId, EntId)> = self.w.namesakes.clone();
        for c in &self.w.countries {
            pairs.push((c.ent, c.radio));
        }
        for g in &self.w.groups {
            if let (Some(wing), Some(founder)) = (g.named_wing, g.person("founder")) {
                pairs.push((founder, wing));
            }
        }
        pairs
            .into_iter()
            .filter_map(|(a, b)| {
                Some(format!(
                    "  [{}, {}]",
                    js(self.written(a)?),
                    js(self.written(b)?)
                ))
            })
            .collect()
    }

    fn about(&self, k: ConflictKey) -> (String, String, Vec<String>) {
        let gname = |g: usize| self.w.name(self.w.groups[g].ent).to_string();
        match k {
            ConflictKey::Year(e) => {
                let ev = &self.w.events[e];
                let what = if ev.kind == EventKind::Move {
                    "moved its headquarters"
                } else {
                    "was founded"
                };
                (
                    format!("year-e{e}"),
                    format!("the year {} {what}", gname(ev.group)),
                    vec![gname(ev.group)],
                )
            }
            ConflictKey::Toll(e) => {
                let ev = &self.w.events[e];
                (
                    format!("toll-e{e}"),
                    format!(
                        "the death toll of the attack of {} attributed to {}",
                        ev.date.iso(),
                        gname(ev.group)
                    ),
                    vec![gname(ev.group)],
                )
            }
            ConflictKey::Strength(g) => (
                format!("strength-g{g}"),
                format!("the number of {}'s members or fighters", gname(g)),
                vec![gname(g)],
            ),
        }
    }

    fn conflict_rows(&self) -> Vec<String> {
        self.conflicts
            .iter()
            .filter(|(_, vals)| vals.len() >= 2)
            .map(|(k, vals)| {
                let (id, about, subject) = self.about(*k);
                let values: Vec<String> = vals.keys().map(|v| v.to_string()).collect();
                let mut docs: Vec<String> = Vec::new();
                for s in vals.values() {
                    for d in &s.docs {
                        if !docs.contains(d) && docs.len() < MAX_DOCS {
                            docs.push(d.clone());
                        }
                    }
                }
                format!(
                    "  {{\"id\": {}, \"about\": {}, \"subject\": {}, \"values\": {}, \"docs\": {}}}",
                    js(&id),
                    js(&about),
                    list(&subject),
                    list(&values),
                    list(&docs)
                )
            })
            .collect()
    }

    fn corroborated(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|(_, s)| s.count >= 2)
            .map(|(&e, s)| {
                let ev = &self.w.events[e];
                let kind = format!("{:?}", ev.kind).to_lowercase();
                let mut actors = vec![self.w.name(self.w.groups[ev.group].ent).to_string()];
                for id in [ev.agent, ev.target].into_iter().flatten() {
                    actors.push(self.w.name(id).to_string());
                }
                let date = match ev.precision {
                    crate::world::Precision::Year => ev.date.y.to_string(),
                    crate::world::Precision::Month => ev.date.iso_month(),
                    crate::world::Precision::Day => ev.date.iso(),
                };
                format!(
                    "  {{\"id\": \"e{e}\", \"type\": {}, \"date\": {}, \"actors\": {}, \"documents\": {}, \"docs\": {}}}",
                    js(&kind),
                    js(&date),
                    list(&actors),
                    s.count,
                    list(&s.docs)
                )
            })
            .collect()
    }

    /// The cross gold file.
    pub fn finish(&self) -> String {
        let section = |name: &str, rows: Vec<String>| {
            if rows.is_empty() {
                format!(" \"{name}\": []")
            } else {
                format!(" \"{name}\": [\n{}\n ]", rows.join(",\n"))
            }
        };
        let about = format!(
            "Cross-document facts over {} generated documents (seed {}): what a knowledge base built from all of them must show. Lists of documents are cut at {MAX_DOCS}.",
            self.documents, self.w.seed
        );
        [
            format!("{{\n \"about\": {}", js(&about)),
            format!(" \"seed\": {}", self.w.seed),
            format!(" \"documents\": {}", self.documents),
            section("merged_entities", self.merges()),
            section("must_not_merge", self.apart()),
            section("conflicts", self.conflict_rows()),
            section("corroborated", self.corroborated()),
        ]
        .join(",\n")
            + "\n}\n"
    }
}
