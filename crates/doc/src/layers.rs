//! The typed annotation layers: what annotators find, as spans over the text.

use crate::span::Span;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A human being.
    Person,
    /// A government, ministry, armed group, party, agency, court, medium, company …
    Organization,
    /// A country, city, region, camp, base, bridge, port …
    Location,
    /// Another named thing worth indexing: a publication, book, report, law, operation.
    Other,
}

impl EntityKind {
    /// The contract's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Other => "other",
        }
    }

    /// Parses the contract's name for a kind.
    pub fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "person" => EntityKind::Person,
            "organization" => EntityKind::Organization,
            "location" => EntityKind::Location,
            "other" => EntityKind::Other,
            _ => return None,
        })
    }
}

/// One occurrence of an entity in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The mention's extent; it may include a title ("Colonel Moammar Hadidi").
    pub span: Span,
    /// The title or role standing in the mention or just before it, if any.
    pub role: Option<String>,
}

/// A named entity with every alias and mention in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Identifier unique within the document (`e1`, `e2`, …).
    pub id: String,
    /// Person, organization, location or other.
    pub kind: EntityKind,
    /// The canonical name: the fullest form, without titles.
    pub name: String,
    /// Every distinct surface form, canonical name first.
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// Why aliases were merged, one line each (an acronym definition, a
    /// transliteration key, an explicit "also known as" …).
    pub evidence: Vec<String>,
}

/// A time expression's modifier (TIMEX3 `mod`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeModifier {
    /// "early 1973", "the start of 1959".
    Start,
    /// "mid-July", "the middle of 1974".
    Mid,
    /// "late 1973", "the end of 1959".
    End,
    /// "before 1990", "until 2004" where the expression bounds from above.
    Before,
    /// "after 1990", "since 2008".
    After,
    /// "about 1990", "around 1975".
    Approx,
}

impl TimeModifier {
    /// The TIMEX3 name of the modifier.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeModifier::Start => "START",
            TimeModifier::Mid => "MID",
            TimeModifier::End => "END",
            TimeModifier::Before => "BEFORE",
            TimeModifier::After => "AFTER",
            TimeModifier::Approx => "APPROX",
        }
    }
}

/// A time expression with its normalized value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time {
    /// The expression's extent.
    pub span: Span,
    /// ISO 8601 / TIMEX3 value: `1958-03-03`, `1962-09`, `1971`, `196X`,
    /// `1961/1964`, `1990-WI`, `2011-W10`, `XXXX-WXX-2`; `None` when unresolvable.
    pub value: Option<String>,
    /// START, MID, END … when the expression names part of a period.
    pub modifier: Option<TimeModifier>,
    /// What the value was resolved against: `document`, `narrative`, `event`
    /// or `absolute` when the text alone fixes it.
    pub anchor: &'static str,
}

/// How a quotation is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// In quotation marks.
    Direct,
    /// An indented or colon-introduced paragraph without marks, or a transcript turn.
    Block,
    /// Reported speech: "X said that …", "according to X".
    Indirect,
}

impl QuoteKind {
    /// The contract's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Block => "block",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation and its attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted or reported content.
    pub span: Span,
    /// Who said it, as the text names them (resolved from pronouns and short forms).
    pub speaker: Option<String>,
    /// Where the speaker is named in the text, when it is.
    pub speaker_span: Option<Span>,
    /// The speaker's entity, when the speaker is one.
    pub speaker_id: Option<String>,
    /// When it was said, normalized like [`Time::value`].
    pub date: Option<String>,
    /// The cue: "said", "told", "according to" …
    pub cue: Option<String>,
    /// Direct, block or indirect.
    pub kind: QuoteKind,
    /// The chain of relays, outermost first ("Reuters quoted a diplomat as saying" → `["Reuters"]`).
    pub via: Vec<String>,
    /// True when the speaker is unnamed ("a diplomat who asked not to be named").
    pub anonymous: bool,
}

/// A bibliographic citation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Citation {
    /// The citation's extent (inside the parentheses, or the reference entry).
    pub span: Span,
    /// Author or authors as written.
    pub author: Option<String>,
    /// Title of the work cited.
    pub title: Option<String>,
    /// Year, with a letter suffix when the text has one (`2001a`).
    pub year: Option<String>,
    /// Volume.
    pub volume: Option<String>,
    /// Issue number.
    pub number: Option<String>,
    /// Page or page range.
    pub page: Option<String>,
    /// For a numbered note marker, the note number it points to.
    pub note: Option<String>,
}

/// A number or amount and what it counts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Quantity {
    /// The quantity's extent, including the counted noun.
    pub span: Span,
    /// The value when a single number is given.
    pub value: Option<f64>,
    /// Lower bound ("between 4,000 and 7,000", "more than 600").
    pub low: Option<f64>,
    /// Upper bound ("up to 50").
    pub high: Option<f64>,
    /// What is counted, or the currency and period ("troops", "USD/year").
    pub unit: Option<String>,
    /// True under a hedge: about, around, some, nearly, an estimated …
    pub approximate: bool,
    /// True when someone claims or estimates the figure.
    pub claimed: bool,
    /// Who claims or estimates it, when the text says.
    pub claimant: Option<String>,
    /// The claimant's entity, when it is one.
    pub claimant_id: Option<String>,
    /// The hedge word as written.
    pub hedge: Option<String>,
}

/// Something that happened at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The clause reporting the event.
    pub span: Span,
    /// Normalized date, like [`Time::value`].
    pub date: Option<String>,
    /// PLOVER category or an extra type (FOUND, RELOCATE, DESIGNATE, ARREST, TRIAL).
    pub kind: String,
    /// The verb or noun that names the event.
    pub trigger: String,
    /// Where the trigger stands.
    pub trigger_span: Span,
    /// Entity ids of who did it.
    pub actors: Vec<String>,
    /// Entity ids of to whom or to what it was done.
    pub targets: Vec<String>,
    /// Entity id of where it happened.
    pub location: Option<String>,
}
