//! From a speaker phrase to a speaker: names expanded from short forms,
//! pronouns resolved, titles dropped, entities linked.

use dossier_doc::{Document, EntityKind, Span};

use crate::lexicon::NounClass;
use crate::names::{strip_titles, Names};
use crate::np::{Np, NpKind};

/// A resolved speaker, ready to stamp on quotations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Speaker {
    /// The speaker as the document names them, fullest form.
    pub name: Option<String>,
    /// Where that name stands.
    pub span: Option<Span>,
    /// The entity, when there is one.
    pub id: Option<String>,
    /// Unnamed on purpose, or an unnamed person or group.
    pub anonymous: bool,
    /// A named person (an antecedent for later pronouns).
    pub person: bool,
}

/// What a pronoun can refer back to: the last speaker of any kind (for
/// "they" and "it"), the last person who spoke and where, and how far back a
/// speaker or subject may stand (the start of the paragraph before).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context<'s> {
    /// The last speaker named.
    pub last_speaker: Option<&'s Speaker>,
    /// The last person who spoke, with the byte where the cue stood.
    pub last_person: Option<(usize, &'s Speaker)>,
    /// Earliest byte a speaker or subject antecedent may stand at.
    pub window: usize,
}

/// Resolves speakers against the document's entities and names.
pub(crate) struct Resolver<'a> {
    doc: &'a Document,
    names: &'a Names,
    /// Every entity mention as (span, entity index), by start.
    mentions: Vec<(Span, usize)>,
}

impl<'a> Resolver<'a> {
    /// A resolver over `doc`.
    pub fn new(doc: &'a Document, names: &'a Names) -> Resolver<'a> {
        let mut mentions: Vec<(Span, usize)> = doc
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.span, i)))
            .collect();
        mentions.sort_by_key(|m| m.0.start);
        Resolver {
            doc,
            names,
            mentions,
        }
    }

    /// The entity with a mention overlapping `span`, widest mention first.
    fn entity_over(&self, span: Span) -> Option<usize> {
        let end = self.mentions.partition_point(|m| m.0.start < span.end);
        self.mentions[..end]
            .iter()
            .rev()
            .take(64)
            .filter(|m| m.0.overlaps(span))
            .max_by_key(|m| m.0.len())
            .map(|m| m.1)
    }

    /// The speaker a phrase names, pronouns resolved in `ctx`.
    pub fn phrase(&self, np: &Np, ctx: &Context) -> Option<Speaker> {
        match np.kind {
            NpKind::Pronoun => self.pronoun(np, ctx),
            NpKind::Name => Some(self.name(np.text, np.head)),
            NpKind::Nominal(class) => Some(self.nominal(np, class)),
        }
    }

    /// "he" and "she" refer to the last person named as a speaker or as a
    /// sentence's subject in this paragraph or the one before, else to the
    /// last person named at all; "they" and "it" to the last speaker.
    fn pronoun(&self, np: &Np, ctx: &Context) -> Option<Speaker> {
        let word = dossier_doc::Lower::of(self.doc.slice(np.text));
        let at = np.text.start;
        match word.as_str() {
            "he" | "she" => {
                let subject = self
                    .names
                    .subject_before(at)
                    .filter(|p| p.span.start >= ctx.window)
                    .map(|p| (p.span.start, self.mention(p)));
                let spoke = ctx
                    .last_person
                    .filter(|(pos, _)| *pos >= ctx.window && *pos < at)
                    .map(|(pos, s)| (pos, s.clone()));
                let near = match (subject, spoke) {
                    (Some(a), Some(b)) => Some(if a.0 > b.0 { a.1 } else { b.1 }),
                    (a, b) => a.or(b).map(|x| x.1),
                };
                near.or_else(|| self.person_before(at))
            }
            "they" | "it" => ctx.last_speaker.cloned(),
            _ => None,
        }
    }

    /// The last person named before byte `at`.
    pub fn person_before(&self, at: usize) -> Option<Speaker> {
        let p = self.names.person_before(at)?;
        Some(self.mention(p))
    }

    /// The first person named inside `within`.
    pub fn first_person_in(&self, within: Span) -> Option<Speaker> {
        Some(self.mention(self.names.first_person_in(within)?))
    }

    /// A person mention as a speaker.
    fn mention(&self, p: &crate::names::PersonMention) -> Speaker {
        let id = p.id.clone().or_else(|| {
            self.entity_over(p.span)
                .filter(|_| !p.nominal)
                .map(|i| self.doc.entities[i].id.clone())
        });
        let name = id
            .as_deref()
            .and_then(|id| self.doc.entity(id))
            .map_or_else(|| p.name.clone(), |e| e.name.clone());
        Speaker {
            name: Some(name),
            span: Some(p.span),
            id,
            anonymous: p.nominal,
            person: true,
        }
    }

    /// A named speaker: titles dropped, short forms expanded, entity linked.
    pub fn name(&self, text: Span, head: Span) -> Speaker {
        let raw = self.doc.slice(text);
        let stripped = strip_titles(raw);
        let last_word = last_word_span(self.doc, head);
        if let Some(i) = self.entity_over(last_word) {
            let e = &self.doc.entities[i];
            let fuller = e.name.len() > stripped.len() && ends_with_words(&e.name, stripped);
            return Speaker {
                name: Some(if fuller {
                    e.name.clone()
                } else {
                    stripped.to_string()
                }),
                span: Some(text),
                id: Some(e.id.clone()),
                anonymous: false,
                person: e.kind == EntityKind::Person,
            };
        }
        let full = self.names.full_before(text.start, stripped);
        let person = full.is_some() || stripped.split_whitespace().count() >= 2;
        Speaker {
            name: Some(full.unwrap_or_else(|| stripped.to_string())),
            span: Some(text),
            id: None,
            anonymous: false,
            person: person && !institution(stripped),
        }
    }

    fn nominal(&self, np: &Np, class: NounClass) -> Speaker {
        let last_word = last_word_span(self.doc, np.head);
        let id = self
            .entity_over(last_word)
            .filter(|&i| self.doc.entities[i].kind != EntityKind::Location)
            .map(|i| self.doc.entities[i].id.clone());
        Speaker {
            name: Some(self.doc.slice(np.text).to_string()),
            span: Some(np.text),
            id,
            anonymous: matches!(class, NounClass::Person | NounClass::Group),
            person: false,
        }
    }

    /// The speaker a transcript label names: the entity or full name whose last
    /// words match it, else the label in title case.
    pub fn label(&self, label: &str, at: usize) -> Speaker {
        let stripped = strip_titles(label);
        let title = crate::transcript::title_case(stripped);
        let entity = self
            .doc
            .entities
            .iter()
            .find(|e| matches!(e.kind, EntityKind::Person) && ends_with_words(&e.name, &title));
        if let Some(e) = entity {
            let shouted = !e.name.chars().any(char::is_lowercase);
            return Speaker {
                name: Some(if shouted { title } else { e.name.clone() }),
                span: None,
                id: Some(e.id.clone()),
                anonymous: false,
                person: true,
            };
        }
        let name = self.names.full_any(at, &title).unwrap_or(title);
        Speaker {
            name: Some(name),
            span: None,
            id: None,
            anonymous: false,
            person: true,
        }
    }
}

/// True when `full` ends with the words of `short` (case-insensitive).
fn ends_with_words(full: &str, short: &str) -> bool {
    let f: Vec<String> = full.split_whitespace().map(str::to_lowercase).collect();
    let s: Vec<String> = short.split_whitespace().map(str::to_lowercase).collect();
    !s.is_empty() && f.ends_with(&s)
}

/// True when a name holds an institution word ("Centre", "Ministry").
fn institution(name: &str) -> bool {
    name.split_whitespace()
        .any(|w| crate::lexicon::speaker_nouns().contains_key(dossier_doc::Lower::of(w).as_str()))
}

/// The span of the last word inside `span`.
fn last_word_span(doc: &Document, span: Span) -> Span {
    let s = doc.slice(span);
    match s.rfind(char::is_whitespace) {
        Some(p) => Span::new(span.start + p + 1, span.end),
        None => span,
    }
}
