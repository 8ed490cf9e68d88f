//! The document kinds, each a function that writes one document's blocks.

pub mod chronology;
pub mod feature;
pub mod html;
pub mod transcript;
pub mod wire;

use crate::compose::{Doc, H};
use crate::events::{self, Mode};
use crate::gold::ConflictKey;
use crate::numbers;
use crate::speech::{self, Said, Speaker};
use crate::template;
use crate::world::{EventKind, Precision};

/// The kinds of document the generator writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// A wire report with a dateline.
    Wire,
    /// A long history piece with citations and notes.
    Feature,
    /// A bulleted chronology with sub-items.
    Chronology,
    /// A briefing or interview transcript.
    Transcript,
    /// A news page in HTML with its boilerplate.
    Html,
}

impl DocKind {
    /// Every kind.
    pub const ALL: [DocKind; 5] = [
        DocKind::Wire,
        DocKind::Feature,
        DocKind::Chronology,
        DocKind::Transcript,
        DocKind::Html,
    ];

    /// Short name used in file names.
    pub fn label(self) -> &'static str {
        match self {
            DocKind::Wire => "wire",
            DocKind::Feature => "feature",
            DocKind::Chronology => "chrono",
            DocKind::Transcript => "transcript",
            DocKind::Html => "page",
        }
    }

    /// File extension.
    pub fn ext(self) -> &'static str {
        if self == DocKind::Html {
            "html"
        } else {
            "txt"
        }
    }
}

/// What a document is about: a group and its surroundings.
pub struct Focus {
    /// Group index.
    pub group: usize,
    /// The group's handle.
    pub g: H,
}

/// Picks the focus group (famous groups more often) and registers it.
pub fn focus(d: &mut Doc) -> Focus {
    let group = d.rng.skewed(d.w.groups.len());
    let g = d.ent(d.w.groups[group].ent);
    Focus { group, g }
}

/// A recent, day-dated event of the group for a news lead.
pub fn lead_event(d: &mut Doc, group: usize) -> Option<usize> {
    let evs: Vec<usize> = d.w.groups[group]
        .events
        .iter()
        .copied()
        .filter(|&e| {
            d.w.events[e].precision == Precision::Day && d.w.events[e].kind != EventKind::Founding
        })
        .collect();
    d.rng.pick(&evs).copied()
}

/// Events of the group other than `except`, in random order, at most `n`.
pub fn other_events(d: &mut Doc, group: usize, except: Option<usize>, n: usize) -> Vec<usize> {
    let before = d.date;
    let mut evs: Vec<usize> = d.w.groups[group]
        .events
        .iter()
        .copied()
        .filter(|&e| Some(e) != except && before.is_none_or(|p| d.w.events[e].date < p))
        .collect();
    d.rng.shuffle(&mut evs);
    evs.truncate(n);
    evs
}

/// A sentence reporting event `ev` in prose.
pub fn event_sentence(d: &mut Doc, ev: usize) -> String {
    events::report(d, ev, Mode::Prose)
}

/// Sentences about the group's strength: claim, estimate and a point figure.
pub fn strength(d: &mut Doc, f: &Focus) -> Vec<String> {
    let grp = d.w.groups[f.group].clone();
    let noun = *d
        .rng
        .pick(crate::lexicon::lexicon().list("nouns/members"))
        .unwrap_or(&"members");
    let mut out = Vec::new();
    let point_known = d.date.is_none_or(|p| grp.point.1 <= p.y);
    for part in ["claim", "estimate", "point"] {
        if part != "claim" && d.rng.chance(0.3) || part == "point" && !point_known {
            continue;
        }
        let shapes = crate::lexicon::lexicon().list(&format!("strength/{part}"));
        let Some(shape) = template::choose(&mut d.rng, shapes, |_| true) else {
            continue;
        };
        let (text, _) = template::render(d, shape, |d, s, slot| match slot {
            "G" => d.m(s, f.g),
            "claim" => {
                let n = u64::from(grp.claim);
                let num = if d.rng.chance(0.2) {
                    numbers::words(n)
                } else {
                    numbers::digits(n)
                };
                let t = format!("{num} {noun}");
                d.qty(s, &t, &t, n as f64);
                d.conflict(ConflictKey::Strength(f.group), n);
            }
            "range" => {
                let (lo, hi) = (u64::from(grp.estimate.0), u64::from(grp.estimate.1));
                let join = if s.ends_with("between ") { "and" } else { "to" };
                let core = format!("{} {join} {}", numbers::digits(lo), numbers::digits(hi));
                d.qty_range(s, &format!("{core} {noun}"), &core, lo as f64, hi as f64);
                d.conflict(ConflictKey::Strength(f.group), lo);
                d.conflict(ConflictKey::Strength(f.group), hi);
            }
            "point" => {
                let n = u64::from(grp.point.0);
                let t = format!("{} {noun}", numbers::digits(n));
                d.qty(s, &t, &t, n as f64);
                d.conflict(ConflictKey::Strength(f.group), n);
            }
            "I" => {
                let h = d.ent(grp.point.2);
                d.m(s, h);
            }
            "y" => {
                d.year(s, grp.point.1);
            }
            "H" => {
                let dem = d.w.countries[grp.country].demonym.clone();
                d.ignore(&dem);
                s.push_str(&dem);
            }
            _ => {}
        });
        out.push(text);
    }
    out
}

/// A quotation by `who`, relayed by a news outlet now and then.
pub fn quote(d: &mut Doc, who: Speaker, when: Said, place: Option<H>) -> String {
    let via = if d.rng.chance(0.5) {
        let a = d.w.agencies[d.rng.below(d.w.agencies.len())];
        Some(d.ent(a))
    } else {
        None
    };
    speech::sentence(d, who, when, place, via)
}

/// Money flowing to the group, with a source.
pub fn funding(d: &mut Doc, f: &Focus) -> String {
    let host = d.w.countries[d.w.groups[f.group].host].ent;
    let h = d.ent(host);
    let millions = 1 + d.rng.below(9) as u64;
    let (written, core) = match d.rng.below(4) {
        0 => (
            format!("around ${millions} million a month"),
            format!("${millions} million"),
        ),
        1 => (
            format!("{millions} million dollars a year"),
            format!("{millions} million dollars"),
        ),
        2 => (
            format!("as much as ${millions} million"),
            format!("${millions} million"),
        ),
        _ => (
            format!("an estimated €{millions} million a year"),
            format!("€{millions} million"),
        ),
    };
    let ai = d.rng.below(d.w.agencies.len());
    let via = d.ent(d.w.agencies[ai]);
    let shapes = crate::lexicon::lexicon().list("strength/funding");
    let shape =
        template::choose(&mut d.rng, shapes, |_| true).unwrap_or("{G} received {money} from {H}.");
    let (text, _) = template::render(d, shape, |d, s, slot| match slot {
        "G" => d.m(s, f.g),
        "H" => d.m(s, h),
        "V" => d.m(s, via),
        "money" => d.qty(s, &written, &core, (millions * 1_000_000) as f64),
        _ => {}
    });
    text
}
