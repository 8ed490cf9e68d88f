//! Transcripts: speaker-labelled turns of an interview, briefing or hearing.
//!
//! A turn opens with an upper-case label and a colon (`BAKRI:`, `SPOKESWOMAN
//! NADIA FARROKH:`, `QUESTION:`, `Q:`), optionally naming the questioner in
//! brackets (`QUESTION (Leyla Arman, The Kesh Observer):`). Paragraphs after a
//! turn without a label of their own carry on that turn (a statement read out,
//! a long answer) until a heading, a bracketed stage direction or the end.
//!
//! Labels resolve to people: a surname label to the full name the document
//! gives elsewhere ("BAKRI" → "Saleh Bakri"), a titled label to the name
//! without the title, a bracketed questioner to that name. A bare `QUESTION`
//! or `Q` is an unnamed questioner: its turns are quotations with no speaker,
//! marked anonymous. `A` / `ANSWER` is the person the transcript interviews,
//! the last person named before the first turn. A played recording
//! (`[RECORDING] NAME:`) is dated by the last day the turn before it names
//! ("Yesterday the president spoke …"). Every other turn is dated by the
//! transcript's own date: a time in the lines just before the first turn
//! ("In an interview broadcast on 9 September 2010, …", "Baydar, 21 January
//! 2013"), else the document date.

use dossier_doc::{BlockKind, Document, Span};

/// A label's parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Label {
    /// The upper-case label ("SPOKESWOMAN NADIA FARROKH").
    pub label: String,
    /// A name given in brackets after it.
    pub named: Option<String>,
    /// Byte length of the label through its colon.
    pub len: usize,
    /// The turn is a played recording ("[RECORDING] NAME:"), not live speech.
    pub recorded: bool,
}

/// One turn or continuation paragraph of a transcript.
#[derive(Debug, Clone)]
pub(crate) struct TurnBlock {
    /// The block index.
    pub block: usize,
    /// The spoken text (after the label).
    pub body: Span,
    /// Index into [`Transcript::labels`] of the turn this block belongs to.
    pub turn: usize,
    /// The block opens with the turn's label (else it carries the turn on).
    pub labelled: bool,
}

/// The transcript passages of a document.
#[derive(Debug, Default)]
pub(crate) struct Transcript {
    /// Every block that is a turn or carries one on.
    pub blocks: Vec<TurnBlock>,
    /// Each turn's label and the transcript date, by turn.
    pub labels: Vec<(Label, Option<String>, usize)>,
}

/// Labels that are no speaker.
fn not_a_speaker(label: &str) -> bool {
    matches!(
        label,
        "NOTE"
            | "UPDATE"
            | "CORRECTION"
            | "EDITOR'S NOTE"
            | "WARNING"
            | "SOURCE"
            | "SOURCES"
            | "PHOTO"
            | "WATCH"
            | "READ MORE"
            | "RELATED"
            | "TRANSCRIPT"
            | "TAGS"
            | "FILED UNDER"
            | "FROM"
            | "TO"
            | "DATE"
            | "SUBJECT"
            | "SUBJ"
            | "CC"
            | "BCC"
            | "RE"
            | "REF"
            | "ATTN"
            | "CLASSIFICATION"
            | "FILE"
            | "CAPTION"
            | "BYLINE"
            | "DATELINE"
            | "LOCATION"
            | "TIME"
            | "PLACE"
            | "SUMMARY"
            | "COMMENT"
            | "ENDS"
            | "END"
            | "NB"
            | "PS"
            | "P.S."
            | "URL"
            | "EMAIL"
            | "TEL"
            | "PHONE"
            | "FAX"
            | "CONTACT"
            | "ADDRESS"
            | "KEYWORDS"
            | "TOPIC"
    )
}

/// Parses a speaker label at the start of `line`.
pub(crate) fn label(line: &str) -> Option<Label> {
    let colon = line.get(..line.len().min(100))?.find(':')?;
    let mut head = &line[..colon];
    let mut recorded = false;
    if let Some(rest) = head.strip_prefix('[') {
        let close = rest.find(']')?;
        recorded = true;
        head = rest[close + 1..].trim_start();
    }
    let (upper, named) = match head.find('(') {
        Some(p) => {
            let inner = head[p + 1..].strip_suffix(')')?;
            let name = inner.split(',').next().unwrap_or("").trim();
            (
                head[..p].trim(),
                (!name.is_empty()).then(|| name.to_string()),
            )
        }
        None => (head.trim(), None),
    };
    let letters = upper.chars().filter(|c| c.is_alphabetic()).count();
    let shape = upper
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '\u{2019}'));
    let words = upper.split_whitespace().count();
    let followed = line[colon + 1..].starts_with(char::is_whitespace);
    (letters >= 1 && shape && (1..=6).contains(&words) && followed && !not_a_speaker(upper)).then(
        || Label {
            label: upper.to_string(),
            named,
            len: colon + 1,
            recorded,
        },
    )
}

/// True for labels that mark the questioner.
pub(crate) fn is_question(label: &str) -> bool {
    matches!(
        label,
        "Q" | "Q." | "QUESTION" | "QUESTIONER" | "REPORTER" | "JOURNALIST" | "INTERVIEWER"
    )
}

/// True for labels that mark the person interviewed.
pub(crate) fn is_answer(label: &str) -> bool {
    matches!(label, "A" | "A." | "ANSWER")
}

/// Finds the transcript passages of `doc`: at least two turns are needed,
/// so that a lone "NOTE:"-like line does not make prose a transcript.
pub(crate) fn find(
    doc: &Document,
    date_near: &dyn Fn(usize) -> Option<String>,
    last_day_in: &dyn Fn(Span) -> Option<String>,
) -> Transcript {
    let mut t = Transcript::default();
    let mut current: Option<usize> = None;
    let mut run_date: Option<String> = None;
    let mut turns = 0;
    for (bi, b) in doc.blocks.iter().enumerate() {
        let text = doc.slice(b.span);
        let parsed = match b.kind {
            BlockKind::Turn | BlockKind::Paragraph => label(text),
            _ => None,
        };
        if let Some(l) = parsed {
            if current.is_none() {
                run_date = date_near(bi);
            }
            let body_start = b.span.start + l.len;
            let lead = doc.slice(Span::new(body_start, b.span.end));
            let lead = lead.len() - lead.trim_start().len();
            // A recording played in the programme speaks from the day the
            // turn before it names ("Yesterday the president spoke …").
            let date = if l.recorded {
                t.blocks
                    .last()
                    .and_then(|prev| last_day_in(prev.body))
                    .or_else(|| run_date.clone())
            } else {
                run_date.clone()
            };
            t.labels.push((l, date, b.span.start));
            let turn = t.labels.len() - 1;
            t.blocks.push(TurnBlock {
                block: bi,
                body: Span::new(body_start + lead, b.span.end),
                turn,
                labelled: true,
            });
            current = Some(turn);
            turns += 1;
            continue;
        }
        let stage = text.starts_with('(') && text.ends_with(')');
        match (current, b.kind) {
            (Some(turn), BlockKind::Paragraph) if !stage => t.blocks.push(TurnBlock {
                block: bi,
                body: b.span,
                turn,
                labelled: false,
            }),
            (_, BlockKind::Furniture) => {}
            _ => current = None,
        }
    }
    if turns < 2 {
        return Transcript::default();
    }
    t
}

/// Title case for an upper-case label word ("FARROKH" → "Farrokh", "AL-MANSURI" → "Al-Mansuri").
pub(crate) fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'' && c != '\u{2019}';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let l = label("SPOKESWOMAN NADIA FARROKH: Good morning.").expect("label");
        assert_eq!(l.label, "SPOKESWOMAN NADIA FARROKH");
        let q = label("QUESTION (Leyla Arman, The Kesh Observer): Do you?").expect("label");
        assert_eq!(q.label, "QUESTION");
        assert_eq!(q.named.as_deref(), Some("Leyla Arman"));
        assert!(label("Transcript: Press briefing").is_none());
        assert!(label("NOTE: this is not a turn").is_none());
        assert!(label("BAKRI:no space").is_none());
        assert_eq!(title_case("AL-MANSURI"), "Al-Mansuri");
        let r = label("[RECORDING] PRESIDENT FARHAD GHORBANI: Marvand will").expect("label");
        assert!(r.recorded);
        assert_eq!(r.label, "PRESIDENT FARHAD GHORBANI");
        assert!(label("SUBJECT: a memo line").is_none());
    }
}
