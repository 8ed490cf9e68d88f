//! A chronology: a title, an introduction, and dated bulleted items with
//! nested sub-items, oldest first or newest first.

use super::focus;
use crate::compose::{BlockKind, Doc};
use crate::events::{self, Mode};
use crate::noise;
use crate::speech::{self, Said, Speaker};

/// Writes a chronology.
pub fn write(d: &mut Doc) {
    let f = focus(d);
    let grp = d.w.groups[f.group].clone();
    let home = d.ent(d.w.countries[grp.country].ent);
    let capital = d.ent(d.w.countries[grp.country].cities[0]);
    noise::top(d);
    let title = noise::title(d, "timeline-title", f.g, capital, home);
    d.push(BlockKind::Title, title);
    let mut intro = String::from("This chronology lists the main events in the history of ");
    d.full(&mut intro, f.g);
    intro.push_str(", based on press reports and court records.");
    if d.rng.chance(0.4) {
        intro.push_str(" Dates are given as reported; some are disputed.");
    }
    d.push(BlockKind::Para, intro);
    let mut evs = grp.events.clone();
    if d.rng.chance(0.3) {
        evs.reverse();
    }
    let keep = 3 + d.rng.below(evs.len().max(1));
    evs.truncate(keep);
    for ev in evs {
        let mut s = String::new();
        let value = events::item_date(d, &mut s, ev);
        let body = events::report(d, ev, Mode::Item(value));
        s.push_str(&body);
        d.push(BlockKind::Item(0), s);
        if d.rng.chance(0.35) {
            let sub = match d.rng.below(3) {
                0 => noise::filler(d),
                1 => {
                    let sp = grp.person("spokesman").map(|p| d.ent(p));
                    match sp {
                        Some(h) => {
                            speech::sentence(d, Speaker::Named(h), Said::Undated, None, None)
                        }
                        None => noise::filler(d),
                    }
                }
                _ => "Details remain disputed.".to_string(),
            };
            d.push(BlockKind::Item(1), sub);
        }
    }
    if d.rng.chance(0.5) {
        let f = noise::filler(d);
        d.push(BlockKind::Para, f);
    }
    noise::bottom(d);
}
