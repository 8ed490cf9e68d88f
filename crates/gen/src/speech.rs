//! Quotations: direct, split, indirect, relayed ("X quoted Y as saying"),
//! anonymous and block quotations, from the shapes in
//! `lexicons/gen/quote-shapes.txt` and the phrases in `lexicons/gen/quotes.txt`.

use crate::calendar::Date;
use crate::compose::{BlockKind, Doc, H};
use crate::events;
use crate::lexicon::lexicon;
use crate::names::capitalize;
use crate::template;

/// Who speaks.
#[derive(Debug, Clone, Copy)]
pub enum Speaker {
    /// A named entity.
    Named(H),
    /// An unnamed official of the country with this demonym index.
    Anonymous(usize),
}

/// When it was said, if the text says.
#[derive(Debug, Clone, Copy)]
pub enum Said {
    /// Not dated in the sentence.
    Undated,
    /// On an absolute day.
    On(Date),
    /// Recently, relative to the publication date (day, publication date).
    Recent(Date, Date),
}

/// A quotation's words: (sentence without final stop, the claim part).
pub fn words(d: &mut Doc) -> (String, String) {
    let lx = lexicon();
    let claim = *d
        .rng
        .pick(lx.list("quotes/claim"))
        .unwrap_or(&"we will answer in our own time");
    let mut text = capitalize(claim);
    if d.rng.chance(0.4) {
        let opener = *d
            .rng
            .pick(lx.list("quotes/opener"))
            .unwrap_or(&"Let me be clear.");
        text = format!("{opener} {text}");
    }
    if d.rng.chance(0.25) {
        let closer = *d
            .rng
            .pick(lx.list("quotes/closer"))
            .unwrap_or(&"We ask only to be heard.");
        text = format!("{text}. {}", closer.trim_end_matches('.'));
    }
    (text, claim.to_string())
}

/// Shifts a first-person clause into reported speech.
fn reported(clause: &str) -> String {
    clause
        .split(' ')
        .map(|w| match w {
            "we" => "they",
            "our" => "their",
            "us" => "them",
            "will" => "would",
            "can" => "could",
            "has" => "had",
            "have" => "had",
            "is" => "was",
            "are" => "were",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A snippet of `claim` that survives any capitalization: its second to sixth words.
fn snippet(claim: &str) -> String {
    let w: Vec<&str> = claim.split_whitespace().collect();
    let from = usize::from(w.len() > 3);
    w[from..w.len().min(from + 5)].join(" ")
}

/// One attributed quotation as a sentence; records its gold.
pub fn sentence(d: &mut Doc, who: Speaker, when: Said, place: Option<H>, via: Option<H>) -> String {
    let indirect = d.rng.chance(0.3);
    let key = if indirect {
        "speech/indirect"
    } else {
        "speech/direct"
    };
    let can = |slot: &str| match slot {
        "D" => !matches!(when, Said::Undated),
        "P" => place.is_some(),
        "V" => via.is_some(),
        _ => true,
    };
    let Some(shape) = template::choose(&mut d.rng, lexicon().list(key), can) else {
        return String::new();
    };
    let (text, claim) = words(d);
    // Reported speech shifts person and tense: "we will" becomes "they would".
    let claim = if indirect { reported(&claim) } else { claim };
    let cue = *d.rng.pick(lexicon().list("speech/cue")).unwrap_or(&"said");
    let mut date_value = None;
    let (sentence, _) = template::render(d, shape, |d, s, slot| match slot {
        "S" | "S+" => match who {
            Speaker::Named(h) => {
                if slot == "S+" && !d.introduced(h) {
                    if d.rng.chance(0.5) {
                        d.titled(s, h)
                    } else {
                        d.with_role(s, h)
                    }
                } else {
                    d.m(s, h)
                }
            }
            Speaker::Anonymous(ci) => {
                let dem = d.w.countries[ci % d.w.countries.len()].demonym.clone();
                d.ignore(&dem);
                let start = s.trim_end().is_empty();
                s.push_str(if start { "A " } else { "a " });
                s.push_str(&dem);
                s.push_str(" official");
                if slot == "S+" {
                    s.push_str(", who asked not to be named,");
                }
            }
        },
        "V" => {
            if let Some(v) = via {
                d.m(s, v);
            }
        }
        "P" => {
            if let Some(p) = place {
                d.m(s, p);
            }
        }
        "D" => {
            date_value = Some(match when {
                Said::On(day) => {
                    s.push_str(if s.trim_end().is_empty() {
                        "On "
                    } else {
                        "on "
                    });
                    d.day(s, day)
                }
                Said::Recent(day, published) => events::recent(d, s, day, published),
                Said::Undated => String::new(),
            })
        }
        "Q" => s.push_str(&text),
        "Q1" => {
            let opener = *d
                .rng
                .pick(lexicon().list("quotes/opener"))
                .unwrap_or(&"Let me be clear.");
            s.push_str(opener.trim_end_matches(['.', ':']));
        }
        "Q2" => s.push_str(&claim),
        "q" => s.push_str(&claim),
        "cue" => s.push_str(cue),
        _ => {}
    });
    let speakers = match who {
        Speaker::Named(h) => d.speaker_names(h),
        Speaker::Anonymous(_) => vec!["official".to_string()],
    };
    let sn = snippet(&claim);
    if sentence.contains(&sn) {
        d.quote(&sn, &speakers, date_value, false);
    }
    sentence
}

/// A block quotation: an introducing paragraph ending in a colon, then the
/// quoted paragraph. Pushes both blocks; records the gold.
pub fn block(d: &mut Doc, h: H, day: Option<Date>) {
    let mut intro = String::new();
    if d.introduced(h) {
        d.m(&mut intro, h)
    } else {
        d.titled(&mut intro, h)
    };
    let verb = ["said", "wrote", "declared", "told the assembly"][d.rng.below(4)];
    intro.push(' ');
    intro.push_str(verb);
    let mut value = None;
    if let Some(day) = day {
        intro.push_str(" on ");
        value = Some(d.day(&mut intro, day));
    }
    intro.push(':');
    let (text, claim) = words(d);
    let (more, _) = words(d);
    let body = format!("{text}. {more}.");
    let speakers = d.speaker_names(h);
    d.quote(&snippet(&claim), &speakers, value, true);
    d.push(BlockKind::Para, intro);
    d.push(BlockKind::BlockQuote, body);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reported_speech_shifts_person_and_tense() {
        assert_eq!(
            reported("we will not negotiate while our people are in prison"),
            "they would not negotiate while their people were in prison"
        );
    }

    #[test]
    fn snippets_skip_the_first_word() {
        assert_eq!(
            snippet("we will not negotiate while our people are in prison"),
            "will not negotiate while our"
        );
        assert_eq!(snippet("a b"), "a b");
    }
}
