//! A news page in HTML: the article (a wire-like story with a byline and
//! sub-headings) inside navigation, share bars, asides, comments and a
//! footer; the publication date lives only in the page metadata.

use super::{event_sentence, focus, lead_event, other_events, quote, strength};
use crate::compose::{BlockKind, Doc};
use crate::events::{self, Mode};
use crate::noise;
use crate::speech::{Said, Speaker};

/// Writes a news page's blocks and metadata.
pub fn write(d: &mut Doc) {
    let f = focus(d);
    let grp = d.w.groups[f.group].clone();
    let Some(lead) = lead_event(d, f.group) else {
        return super::chronology::write(d);
    };
    let ev = d.w.events[lead].clone();
    let published = ev.date.plus(d.rng.below(4) as i64);
    d.date = Some(published);
    let country = d.w.countries[grp.country].clone();
    let paper_id = d.w.newspapers[grp.country % d.w.newspapers.len()];
    let paper = d.ent(paper_id);
    let city = d.ent(country.cities[1 % country.cities.len()]);
    let place = ev.place.map_or(city, |p| d.ent(p));
    let home = d.ent(country.ent);
    let headline = noise::title(d, "headline", f.g, place, home);
    let mut site = String::new();
    d.bare(&mut site, paper);
    let ji = d.rng.below(d.w.journalists.len());
    let j = d.ent(d.w.journalists[ji]);
    let mut author = String::new();
    d.bare(&mut author, j);
    d.meta.push(("title", headline.clone()));
    d.meta.push(("site", site));
    d.meta.push(("author", author));
    d.push(BlockKind::Title, headline);
    let mut by = String::from("By ");
    d.m(&mut by, j);
    by.push_str(" in ");
    d.m(&mut by, city);
    d.push(BlockKind::Para, by);
    let lead_text = events::report(d, lead, Mode::Recent(published));
    d.push(BlockKind::Para, lead_text);
    let mut paras = Vec::new();
    if let Some(sp) = grp.person("spokesman") {
        let h = d.ent(sp);
        paras.push(quote(d, Speaker::Named(h), Said::Undated, None));
    }
    if let Some(m) = country.official("foreign-minister") {
        let h = d.ent(m);
        paras.push(quote(
            d,
            Speaker::Named(h),
            Said::Recent(published, published),
            Some(city),
        ));
    }
    if d.rng.chance(0.5) {
        // The predecessor who shares the minister's surname.
        let h = d.ent(country.predecessor);
        let mut s = String::from("The minister's predecessor, ");
        d.full(&mut s, h);
        s.push_str(", who is no relation, had taken a softer line.");
        paras.push(s);
    }
    let background: Vec<String> = other_events(d, f.group, Some(lead), 2)
        .into_iter()
        .map(|e| event_sentence(d, e))
        .collect();
    paras.push(background.join(" "));
    if d.rng.chance(0.5) {
        paras.push(strength(d, &f).join(" "));
    }
    if d.rng.chance(0.4) {
        let radio = d.ent(country.radio);
        let mut s = String::new();
        d.m(&mut s, radio);
        s.push_str(", which broadcasts into ");
        d.m(&mut s, home);
        s.push_str(" from abroad, reported the same account.");
        paras.push(s);
    }
    d.rng.shuffle(&mut paras);
    let mid = paras.len() / 2;
    for (i, p) in paras.into_iter().enumerate().filter(|(_, p)| !p.is_empty()) {
        if i == mid && d.rng.chance(0.4) {
            noise::heading(d, "background");
        }
        d.push(BlockKind::Para, p);
    }
}
