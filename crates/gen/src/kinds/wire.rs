//! A wire report: furniture, headline, a dateline lead on a recent event,
//! then body paragraphs in shuffled order (quotes, reaction, background,
//! strength, filler).

use super::{event_sentence, focus, lead_event, other_events, quote, strength};
use crate::compose::{BlockKind, Doc};
use crate::events::{self, Mode};
use crate::noise;
use crate::speech::{Said, Speaker};

/// Writes a wire report.
pub fn write(d: &mut Doc) {
    let f = focus(d);
    let grp = d.w.groups[f.group].clone();
    let Some(lead) = lead_event(d, f.group) else {
        return super::feature::write(d);
    };
    let ev = d.w.events[lead].clone();
    let published = ev.date.plus(d.rng.below(6) as i64);
    d.date = Some(published);
    let country = d.w.countries[grp.country].clone();
    let ci = d.rng.below(country.cities.len());
    let city = d.ent(country.cities[ci]);
    let place = ev.place.map_or(city, |p| d.ent(p));
    let home = d.ent(country.ent);
    noise::top(d);
    let headline = noise::title(d, "headline", f.g, place, home);
    d.push(BlockKind::Title, headline);
    // Dateline: "CITY, 14 March 2011 (Agency) --" in a few styles.
    let ai = d.rng.below(d.w.agencies.len());
    let agency = d.ent(d.w.agencies[ai]);
    let mut s = String::new();
    d.caps(&mut s, city, false);
    let style = d.rng.below(3);
    if style == 0 {
        s.push_str(" (");
        d.m(&mut s, agency);
        s.push_str(") ");
    } else {
        s.push_str(", ");
        d.day(&mut s, published);
        s.push_str(" (");
        d.m(&mut s, agency);
        s.push(')');
    }
    s.push_str([" -- ", " — ", " - "][d.rng.below(3)]);
    if style == 0 {
        // The date then lives in a separate line above.
        let mut line = String::new();
        d.day(&mut line, published);
        d.push(BlockKind::Para, line);
    }
    s.push_str(&events::report(d, lead, Mode::Recent(published)));
    d.push(BlockKind::Para, s);
    let mut paras: Vec<String> = Vec::new();
    let spokesman = grp.person("spokesman").map(|p| d.ent(p));
    if let Some(sp) = spokesman {
        let when = if d.rng.chance(0.5) {
            Said::Recent(published, published)
        } else {
            Said::Undated
        };
        let mut p = quote(d, Speaker::Named(sp), when, Some(place));
        if d.rng.chance(0.4) {
            p.push(' ');
            p.push_str(&noise::filler(d));
        }
        paras.push(p);
    }
    let minister = country.official("interior-minister").map(|p| d.ent(p));
    if let Some(m) = minister {
        let day = published.plus(-(d.rng.below(2) as i64));
        paras.push(quote(
            d,
            Speaker::Named(m),
            Said::Recent(day, published),
            Some(city),
        ));
    }
    if d.rng.chance(0.5) {
        paras.push(quote(d, Speaker::Anonymous(grp.host), Said::Undated, None));
    }
    let background: Vec<String> = other_events(d, f.group, Some(lead), 2)
        .into_iter()
        .map(|e| event_sentence(d, e))
        .collect();
    if !background.is_empty() {
        paras.push(background.join(" "));
    }
    if d.rng.chance(0.6) {
        paras.push(strength(d, &f).join(" "));
    }
    if d.rng.chance(0.5) {
        paras.push(format!("{} {}", noise::filler(d), noise::filler(d)));
    }
    d.rng.shuffle(&mut paras);
    for p in paras.into_iter().filter(|p| !p.is_empty()) {
        d.push(BlockKind::Para, p);
    }
    noise::bottom(d);
}
