//! What queries return: plain rows that serialize to the JSON every front
//! end (the command line, the HTTP API) gives out unchanged.

use serde::Serialize;

/// A stored document and counts of what was found in it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Source {
    /// Hex SHA-256 of the source bytes.
    pub id: String,
    /// Path or URL the document came from.
    pub source: String,
    /// 1 for the first content seen at this path, 2 for the next …
    pub version: i64,
    /// Title, if known.
    pub title: Option<String>,
    /// Publication date, if known.
    pub date: Option<String>,
    /// Size of the source in bytes.
    pub bytes: i64,
    /// Sentences.
    pub sentences: i64,
    /// Entities found in this document.
    pub entities: i64,
    /// Time expressions.
    pub times: i64,
    /// Quotations.
    pub quotes: i64,
    /// Citations.
    pub citations: i64,
    /// Quantities.
    pub quantities: i64,
    /// Events.
    pub events: i64,
}

/// An actor resolved across documents.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityRow {
    /// Stable identifier in this store.
    pub id: i64,
    /// The name most documents use.
    pub name: String,
    /// `person`, `organization`, `location` or `other`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Every surface form, most frequent first.
    pub aliases: Vec<String>,
    /// Documents mentioning it.
    pub documents: i64,
    /// Mentions across all documents.
    pub mentions: i64,
}

/// Where a fact was read: a document and a code-point span in its text.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SourceSpan {
    /// The document's path or URL.
    pub document: String,
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
}

/// One row of a timeline: an event, corroborated by every source that reports it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimelineRow {
    /// The most precise date the sources agree on.
    pub date: Option<String>,
    /// Event type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The clause reporting it, from its first source.
    pub text: String,
    /// Names of the actors and targets.
    pub actors: Vec<String>,
    /// The reports of the event in document order: all of them, or the
    /// first [`Store::nested_limit`](crate::Store::nested_limit).
    pub sources: Vec<SourceSpan>,
    /// How many reports there are in all.
    pub source_count: i64,
}

/// A quotation with its attribution.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteRow {
    /// What was said.
    pub text: String,
    /// Who said it, as the document names them.
    pub speaker: Option<String>,
    /// The speaker's resolved actor.
    pub speaker_id: Option<i64>,
    /// When it was said.
    pub date: Option<String>,
    /// Relays, outermost first.
    pub via: Vec<String>,
    /// `direct`, `block` or `indirect`.
    pub kind: String,
    /// The document's path or URL.
    pub document: String,
    /// Start (code points).
    pub start: i64,
    /// End (code points, exclusive).
    pub end: i64,
}

/// A cited work and where it is cited.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CitationRow {
    /// The work as first written.
    pub work: String,
    /// Author(s).
    pub author: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Year.
    pub year: Option<String>,
    /// How many times it is cited.
    pub count: i64,
    /// Documents citing it.
    pub documents: Vec<String>,
}

/// One side of a conflict.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Claim {
    /// The value asserted: `1991`, `20000`, `4000-7000`, `>600`, `<400`.
    pub value: String,
    /// The words of the source.
    pub text: String,
    /// The document's path or URL.
    pub document: String,
    /// Who asserts it, when the text says.
    pub asserted_by: Option<String>,
    /// `claim`, `estimate` or `hedge`.
    pub kind: String,
}

/// The same subject and attribute with incompatible values.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Conflict {
    /// Stable identifier in this store.
    pub id: i64,
    /// The actor the claims are about.
    pub subject: String,
    /// What is disputed: `personnel`, `vehicles`, `date of RELOCATE` …
    pub attribute: String,
    /// The claims in document order: all of them when there are at most
    /// [`Store::nested_limit`](crate::Store::nested_limit), else the first
    /// claim of each distinct value (up to that many).
    pub claims: Vec<Claim>,
    /// How many claims there are in all.
    pub claim_count: i64,
}

/// A sentence matching a full-text search.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SearchHit {
    /// The document's path or URL.
    pub document: String,
    /// The document's title.
    pub title: Option<String>,
    /// Start of the sentence (code points).
    pub start: i64,
    /// End of the sentence (code points, exclusive).
    pub end: i64,
    /// The sentence with matches between `**`.
    pub snippet: String,
    /// BM25 score; lower is better, as SQLite reports it.
    pub rank: f64,
}

/// Why one per-document entity belongs to its actor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    /// The document whose entity joined.
    pub document: String,
    /// The entity's name in that document.
    pub name: String,
    /// `first seen`, `same name`, `transliteration key`, `acronym`,
    /// `surname, one candidate`, `short name, one candidate`, `curated` …
    pub rule: String,
    /// The alias the match was made on.
    pub alias: Option<String>,
    /// The document that brought the matching alias.
    pub matched_document: Option<String>,
    /// Merges the document itself made ("also known as", an acronym defined in the text).
    pub in_document: Vec<String>,
}

/// Another actor appearing in the same events.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Related {
    /// Its identifier.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Events shared.
    pub events: i64,
}

/// A document mentioning an actor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocRef {
    /// The document's path or URL.
    pub document: String,
    /// Its title.
    pub title: Option<String>,
    /// Its date.
    pub date: Option<String>,
}

/// Everything the store knows about one actor.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Dossier {
    /// Identifier.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: String,
    /// Every surface form.
    pub aliases: Vec<String>,
    /// How many documents mention it.
    pub document_count: i64,
    /// Mentions across documents.
    pub mentions: i64,
    /// The documents, newest first (at most the query's limit).
    pub documents: Vec<DocRef>,
    /// The earliest date it is mentioned at or acts at.
    pub first: Option<String>,
    /// The latest such date.
    pub last: Option<String>,
    /// Its events.
    pub timeline: Vec<TimelineRow>,
    /// Quotations it speaks.
    pub quotes_by: Vec<QuoteRow>,
    /// Quotations that name it.
    pub quotes_about: Vec<QuoteRow>,
    /// Actors sharing its events.
    pub related: Vec<Related>,
    /// Conflicts about it.
    pub conflicts: Vec<Conflict>,
    /// Why its names were merged (filled by `why`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub why: Vec<Evidence>,
}
