//! A transcript: a ministry briefing or a radio interview, as `NAME:` and
//! `QUESTION:` turns under a header with place and date.

use super::{event_sentence, focus, other_events};
use crate::calendar::Date;
use crate::compose::{BlockKind, Doc, H};
use crate::events;
use crate::numbers;
use crate::speech;
use crate::world::{Entity, Form, Kind};

/// Writes a transcript.
pub fn write(d: &mut Doc) {
    let f = focus(d);
    let grp = d.w.groups[f.group].clone();
    let country = d.w.countries[grp.country].clone();
    let host = d.w.countries[grp.host].clone();
    let last = grp
        .events
        .last()
        .map_or(Date::new(2010, 1, 1), |&e| d.w.events[e].date);
    let published = last.plus(20 + d.rng.below(900) as i64);
    d.date = Some(published);
    let briefing = d.rng.chance(0.5);
    let city = d.ent(country.cities[0]);
    // Header.
    let (speaker, label) = if briefing {
        let ministry_name = format!("Ministry of Foreign Affairs of {}", d.w.name(country.ent));
        let ministry = d.local(Kind::Org, &ministry_name);
        let mut t = String::from("Transcript: Press briefing by the ");
        d.write_as(&mut t, ministry, &ministry_name, false);
        d.push(BlockKind::Title, t);
        d.ignore("Transcript");
        let name = crate::names::person(
            &mut d.rng,
            Some(crate::world::culture_of(grp.country)),
            None,
        );
        let female = name.female;
        let form = &name.forms[0];
        let h = d.local_entity(Entity {
            kind: Kind::Person,
            forms: vec![Form {
                full: form.full.clone(),
                short: Some(form.short.clone()),
                acronym: None,
            }],
            role: Some("spokesman"),
            female,
            country: Some(grp.country),
        });
        (h, if female { "SPOKESWOMAN" } else { "SPOKESMAN" })
    } else {
        let radio = d.ent(country.radio);
        let leader = d.ent(grp.person("leader").unwrap_or(grp.ent));
        let mut t = String::from("Interview with ");
        d.bare(&mut t, leader);
        t.push_str(", leader of ");
        d.bare(&mut t, f.g);
        t.push_str(", on ");
        d.bare(&mut t, radio);
        d.push(BlockKind::Title, t);
        (leader, "")
    };
    let mut line = String::new();
    d.m(&mut line, city);
    line.push_str(", ");
    d.day(&mut line, published);
    d.push(BlockKind::Para, line);
    let q_label = ["QUESTION", "Q", "REPORTER", "INTERVIEWER"][d.rng.below(4)];
    d.ignore(q_label);
    let mut first = true;
    let turns = 3 + d.rng.below(4);
    let mut answers: Vec<usize> = (0..4).collect();
    d.rng.shuffle(&mut answers);
    let mut questions: Vec<usize> = (0..6).collect();
    d.rng.shuffle(&mut questions);
    let evs = other_events(d, f.group, None, turns);
    for i in 0..turns {
        let mut s = String::new();
        if first {
            if !label.is_empty() {
                s.push_str(label);
                s.push(' ');
            }
            d.caps(&mut s, speaker, false);
        } else {
            d.caps(&mut s, speaker, true);
        }
        s.push_str(": ");
        let kind = if i < answers.len() { answers[i] } else { 1 };
        let answer = answer(d, i, kind, first, speaker, published, &evs, host.ent);
        s.push_str(&answer);
        d.push(BlockKind::Turn, s);
        first = false;
        if i + 1 < turns {
            let kind = questions.get(i).copied().unwrap_or(2);
            let q = question(d, kind, f.g, host.ent, grp.claim);
            d.push(BlockKind::Turn, format!("{q_label}: {q}"));
        }
    }
    let end = format!(
        "(The {} ended at {}:{:02}.)",
        if briefing { "briefing" } else { "interview" },
        10 + d.rng.below(8),
        d.rng.below(60)
    );
    d.push(BlockKind::Para, end);
}

/// One answer: the speaker's words plus one kind of fact (`kind` 0–3).
#[allow(clippy::too_many_arguments)]
fn answer(
    d: &mut Doc,
    i: usize,
    kind: usize,
    first: bool,
    speaker: H,
    published: Date,
    evs: &[usize],
    host: usize,
) -> String {
    let mut parts = Vec::new();
    if first {
        parts.push(
            [
                "Good afternoon.",
                "Thank you for having me.",
                "Good morning, everyone.",
            ][d.rng.below(3)]
            .to_string(),
        );
    }
    let (text, claim) = speech::words(d);
    parts.push(format!("{text}."));
    let sn: Vec<&str> = claim.split_whitespace().skip(1).take(5).collect();
    let names = d.speaker_names(speaker);
    d.quote(&sn.join(" "), &names, Some(published.iso()), false);
    match kind {
        0 => {
            let day = published.plus(-(1 + d.rng.below(5) as i64));
            let mut s = String::new();
            events::recent(d, &mut s, day, published);
            s.push_str(" our delegation returned from ");
            let h = d.ent(host);
            d.m(&mut s, h);
            s.push('.');
            parts.push(s);
        }
        1 => {
            if let Some(&e) = evs.get(i) {
                parts.push(event_sentence(d, e));
            }
        }
        2 => {
            let mut s = String::from("We have said this since ");
            let y = published.y - 1 - d.rng.below(6) as i32;
            d.year(&mut s, y);
            s.push('.');
            parts.push(s);
        }
        _ => {
            let next = published.plus(7);
            let mut s = String::from("A decision will be announced ");
            d.time(&mut s, "next week", &next.iso_week());
            s.push('.');
            parts.push(s);
        }
    }
    parts.join(" ")
}

/// One question of kind `kind` (0–3).
fn question(d: &mut Doc, kind: usize, g: H, host: usize, claim: u32) -> String {
    let mut s = String::new();
    match kind {
        0 => {
            s.push_str("Did you discuss ");
            d.m(&mut s, g);
            s.push('?');
        }
        1 => {
            let h = d.ent(host);
            d.m(&mut s, h);
            s.push_str(" says there are fewer than ");
            let n = u64::from(claim / 10).max(100);
            let t = format!("{} fighters", numbers::digits(n));
            d.qty(&mut s, &t, &t, n as f64);
            s.push_str(" there. Is that right?");
        }
        2 => {
            s.push_str("When will the talks resume?");
        }
        3 => {
            s.push_str("Is ");
            d.m(&mut s, g);
            s.push_str(" still on the sanctions lists?");
        }
        4 => {
            s.push_str("Can you confirm the figure of ");
            let n = u64::from(claim);
            let t = format!("{} members", numbers::digits(n));
            d.qty(&mut s, &t, &t, n as f64);
            s.push('?');
        }
        _ => {
            s.push_str("What happened ");
            let d0 = d.date.unwrap_or(Date::new(2010, 1, 1)).plus(-7);
            d.time(&mut s, "last week", &d0.iso_week());
            s.push('?');
        }
    }
    s
}
