//! A long history piece: sections under headings in shuffled order, with
//! parenthetical citations or numbered notes, a disputed date, a block
//! quotation and an embedded list of attacks.

use super::{event_sentence, focus, funding, strength};
use crate::cite::{self, Style};
use crate::compose::{BlockKind, Doc};
use crate::events::{self, Mode};
use crate::noise;
use crate::numbers;
use crate::world::EventKind;

/// A section: heading key and paragraphs (each a list of sentences).
struct Section {
    heading: &'static str,
    paras: Vec<Vec<String>>,
    items: Vec<String>,
}

/// Writes a feature.
pub fn write(d: &mut Doc) {
    let f = focus(d);
    let grp = d.w.groups[f.group].clone();
    let home = d.ent(d.w.countries[grp.country].ent);
    let capital = d.ent(d.w.countries[grp.country].cities[0]);
    let style = if d.rng.chance(0.5) {
        Style::Parenthetical
    } else {
        Style::Notes
    };
    let mut notes = Vec::new();
    noise::top(d);
    let title = noise::title(d, "feature-title", f.g, capital, home);
    d.push(BlockKind::Title, title);
    if d.rng.chance(0.5) {
        let ji = d.rng.below(d.w.journalists.len());
        let j = d.ent(d.w.journalists[ji]);
        let mut by = String::from("By ");
        d.full(&mut by, j);
        d.push(BlockKind::Para, by);
        let last = grp.events.iter().map(|&e| d.w.events[e].date).max();
        let last = last.unwrap_or(crate::calendar::Date::new(2010, 1, 1));
        let published = last.plus(30 + d.rng.below(2000) as i64);
        d.date = Some(published);
        let mut line = String::from(["Published ", "Updated ", ""][d.rng.below(3)]);
        d.day(&mut line, published);
        d.push(BlockKind::Para, line);
    }
    let mut sections = Vec::new();
    // Background: founding, the move and its disputed date, a duration.
    let mut bg = Vec::new();
    let evs = grp.events.clone();
    for &e in &evs {
        let kind = d.w.events[e].kind;
        if matches!(kind, EventKind::Founding | EventKind::Move) {
            let s = event_sentence(d, e);
            let s = if d.rng.chance(0.6) {
                cite::attach(d, s, style, &mut notes)
            } else {
                s
            };
            bg.push(s);
            if kind == EventKind::Move && d.w.events[e].alt_year.is_some() {
                bg.push(disputed(d, e, style, &mut notes));
            }
        }
    }
    if d.rng.chance(0.5) {
        let n = 3 + d.rng.below(25) as u64;
        let mut s = String::from("It stayed there for ");
        let t = format!(
            "{} years",
            if d.rng.chance(0.6) {
                numbers::words(n)
            } else {
                n.to_string()
            }
        );
        d.qty(&mut s, &t, &t, n as f64);
        s.push('.');
        bg.push(s);
    }
    sections.push(Section {
        heading: "background",
        paras: vec![bg],
        items: Vec::new(),
    });
    // Money.
    let mut money = vec![funding(d, &f)];
    let m = money.pop().unwrap_or_default();
    money.push(cite::attach(d, m, style, &mut notes));
    money.push(noise::filler(d));
    sections.push(Section {
        heading: "funding",
        paras: vec![money],
        items: Vec::new(),
    });
    // Violence: prose or a dated list.
    let attacks: Vec<usize> = evs
        .iter()
        .copied()
        .filter(|&e| !matches!(d.w.events[e].kind, EventKind::Founding | EventKind::Move))
        .collect();
    let as_list = d.rng.chance(0.5);
    let mut prose = Vec::new();
    let mut items = Vec::new();
    for e in attacks.into_iter().take(4) {
        if as_list {
            let mut s = String::new();
            let v = events::item_date(d, &mut s, e);
            s.push_str(&events::report(d, e, Mode::Item(v)));
            items.push(s);
        } else {
            let s = event_sentence(d, e);
            let s = if d.rng.chance(0.4) {
                cite::attach(d, s, style, &mut notes)
            } else {
                s
            };
            prose.push(s);
        }
    }
    sections.push(Section {
        heading: "attacks",
        paras: vec![prose],
        items,
    });
    sections.push(Section {
        heading: "numbers",
        paras: vec![strength(d, &f)],
        items: Vec::new(),
    });
    d.rng.shuffle(&mut sections);
    for sec in sections {
        noise::heading(d, sec.heading);
        for p in sec.paras.into_iter().filter(|p| !p.is_empty()) {
            d.push(BlockKind::Para, p.join(" "));
        }
        for it in sec.items {
            d.push(BlockKind::Item(0), it);
        }
    }
    // Statements: a block quotation by the leader or a foreign legislator.
    noise::heading(d, "statements");
    let speaker = if d.rng.chance(0.5) {
        grp.person("leader").unwrap_or(grp.ent)
    } else {
        d.w.outsiders[d.rng.below(d.w.outsiders.len())]
    };
    let h = d.ent(speaker);
    let day = grp
        .events
        .last()
        .map(|&e| d.w.events[e].date.plus(30 + d.rng.below(300) as i64));
    crate::speech::block(d, h, day);
    if !notes.is_empty() {
        noise::heading(d, "notes");
        for (i, n) in notes.iter().enumerate() {
            d.push(BlockKind::Para, format!("{}. {n}", i + 1));
        }
    }
    noise::bottom(d);
}

/// "Accounts differ": the two years sources give for a move, both cited.
fn disputed(d: &mut Doc, ev: usize, style: Style, notes: &mut Vec<String>) -> String {
    let e = d.w.events[ev].clone();
    let (a, b) = (e.date.y, e.alt_year.unwrap_or(e.date.y));
    let mut s = String::from(
        [
            "Accounts differ on the date. ",
            "Sources disagree on the year. ",
        ][d.rng.below(2)],
    );
    s.push_str("Some place the move in ");
    d.year(&mut s, a);
    s.push_str(", others in ");
    d.year(&mut s, b);
    s.push('.');
    d.conflict(crate::gold::ConflictKey::Year(ev), a as u64);
    d.conflict(crate::gold::ConflictKey::Year(ev), b as u64);
    cite::attach(d, s, style, notes)
}
