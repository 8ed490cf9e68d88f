//! Groups, their people and their dated history, including the planted
//! disagreements: a second year for some events, a disputed death toll,
//! and a claimed strength against outside estimates.

use crate::calendar::Date;
use crate::lexicon::lexicon;
use crate::names;
use crate::rng::Rng;
use crate::world::{
    acronym, fill, Builder, Country, EntId, Entity, Event, EventKind, Form, Group, Kind, Precision,
};

/// Builds the groups and their events; also returns namesake pairs.
pub(crate) fn build(
    b: &mut Builder,
    countries: &[Country],
    institutes: &[EntId],
    bodies: &[EntId],
) -> (Vec<Group>, Vec<Event>, Vec<(EntId, EntId)>) {
    let mut groups = Vec::new();
    let mut events = Vec::new();
    let mut namesakes = Vec::new();
    let mut acronyms = std::collections::HashSet::new();
    for gi in 0..crate::world::world_groups() {
        let country = b.rng.below(countries.len());
        let host = (country + 1 + b.rng.below(countries.len() - 1)) % countries.len();
        let ent = loop {
            let e = group_entity(&mut b.rng, b.ents[countries[country].ent].name());
            let fresh = e.forms.iter().all(|f| !b.is_used(&f.full))
                && e.forms
                    .iter()
                    .filter_map(|f| f.acronym.clone())
                    .all(|a| !acronyms.contains(&a));
            if fresh {
                for a in e.forms.iter().filter_map(|f| f.acronym.clone()) {
                    acronyms.insert(a);
                }
                let mut e = e;
                e.country = Some(country);
                break b.add(e);
            }
        };
        let culture = crate::world::culture_of(country);
        let mut people = Vec::new();
        for role in ["leader", "spokesman", "treasurer", "commander", "founder"] {
            people.push((role, b.new_person(role, Some(country), Some(culture))));
        }
        if gi % 4 == 1 {
            // The spokesman shares a surname with his country's interior minister.
            if let Some(min) = countries[country].official("interior-minister") {
                let short = b.ents[min].forms[0].short.clone().unwrap_or_default();
                let bare = short
                    .trim_start_matches("al-")
                    .trim_start_matches("el-")
                    .to_string();
                let mut pn = names::person(&mut b.rng, Some(culture), Some(&bare));
                pn.forms.truncate(1);
                if pn.forms[0].full != b.ents[min].forms[0].full
                    && pn.forms[0].short == short
                    && !b.is_used(&pn.forms[0].full)
                {
                    let p = b.person("spokesman", Some(country), pn);
                    people[1] = ("spokesman", p);
                    namesakes.push((min, p));
                }
            }
        }
        let named_wing = (gi % 6 == 2).then(|| {
            let founder = people[4].1;
            let f = &b.ents[founder].forms[0];
            let surname = f.short.clone().unwrap_or_default();
            let surname =
                names::capitalize(surname.trim_start_matches("al-").trim_start_matches("el-"));
            let full = f.full.clone();
            let shape = *b
                .rng
                .pick(lexicon().list("orgs/named-after"))
                .unwrap_or(&"{surname} Brigades");
            let name = fill(&fill(shape, "surname", &surname), "full", &full);
            let mut e = Entity::simple(Kind::Org, name);
            e.country = Some(country);
            b.add(e)
        });
        let founded = b.rng.range(1958, 2000) as i32;
        let claim = round(b.rng.range(8_000, 40_000) as u32, 1000);
        let low = round(claim / (3 + b.rng.below(4) as u32), 500).max(500);
        let high = round(low * 3 / 2 + b.rng.below(low as usize) as u32, 500);
        let point = round(low + b.rng.below((high - low) as usize + 1) as u32, 100);
        let inst = institutes[b.rng.below(institutes.len())];
        let point_year = b.rng.range(i64::from(founded) + 5, 2018) as i32;
        let mut group = Group {
            ent,
            country,
            host,
            people,
            named_wing,
            claim,
            estimate: (low, high),
            point: (point, point_year, inst),
            events: Vec::new(),
            founded,
        };
        let mut evs = history(&mut b.rng, gi, &group, countries, bodies);
        evs.sort_by_key(|e| e.date);
        for e in evs {
            group.events.push(events.len());
            events.push(e);
        }
        groups.push(group);
    }
    (groups, events, namesakes)
}

fn round(n: u32, to: u32) -> u32 {
    (n / to).max(1) * to
}

/// A group's name in its spellings, with acronyms and a short head.
fn group_entity(rng: &mut Rng, country: &str) -> Entity {
    let lx = lexicon();
    let pick = |rng: &mut Rng, key: &str| *rng.pick(lx.list(key)).unwrap_or(&"Front");
    if rng.chance(0.4) {
        let split = |line: &'static str| {
            let (sp, en) = line.rsplit_once(' ').unwrap_or((line, line));
            (sp.split('|').collect::<Vec<_>>(), en)
        };
        let (head, head_en) = split(pick(rng, "orgs/arabic-head"));
        let (w1, w1_en) = split(pick(rng, "orgs/arabic-word"));
        let (mut w2, mut w2_en) = split(pick(rng, "orgs/arabic-word"));
        if w2[0] == w1[0] {
            (w2, w2_en) = (vec!["Watani"], "National");
        }
        let arabic = |h: &str, art: &str, a: &str, c: &str| format!("{h} {art}{a} {art}{c}");
        let canonical = arabic(head[0], "al-", w1[0], w2[0]);
        let acr = acronym(&canonical);
        let english = format!("{w2_en} {w1_en} {head_en} of {country}");
        let mut forms = vec![
            Form {
                full: canonical,
                short: Some(head_en.into()),
                acronym: Some(acr.clone()),
            },
            Form {
                full: arabic(
                    head.get(1).unwrap_or(&head[0]),
                    "el-",
                    w1.get(1).unwrap_or(&w1[0]),
                    w2[0],
                ),
                short: Some(head_en.into()),
                acronym: Some(acr),
            },
            Form {
                full: format!("{} {}", head[0], w1[0]),
                short: Some(head_en.into()),
                acronym: None,
            },
            Form {
                full: english.clone(),
                short: Some(head_en.into()),
                acronym: Some(acronym(&english)),
            },
        ];
        forms.dedup_by(|a, b| a.full == b.full);
        return Entity {
            kind: Kind::Org,
            forms,
            role: None,
            female: false,
            country: None,
        };
    }
    let head = pick(rng, "orgs/head");
    let name = fill(
        &fill(
            &fill(
                &fill(pick(rng, "orgs/english-shape"), "head", head),
                "cause",
                pick(rng, "orgs/cause"),
            ),
            "adjective",
            pick(rng, "orgs/adjective"),
        ),
        "country",
        country,
    );
    let acr = acronym(&name);
    Entity {
        kind: Kind::Org,
        forms: vec![Form {
            full: name,
            short: Some(head.into()),
            acronym: Some(acr),
        }],
        role: None,
        female: false,
        country: None,
    }
}

/// The dated history of one group.
fn history(
    rng: &mut Rng,
    gi: usize,
    g: &Group,
    countries: &[Country],
    bodies: &[EntId],
) -> Vec<Event> {
    let home = &countries[g.country];
    let host = &countries[g.host];
    let city = |rng: &mut Rng, c: &Country| c.cities[rng.below(c.cities.len())];
    let mut out = Vec::new();
    let ev = |kind, date, precision| Event {
        kind,
        group: gi,
        date,
        precision,
        alt_year: None,
        place: None,
        target: None,
        agent: None,
        style: 0,
        toll: None,
    };
    let mut founding = ev(
        EventKind::Founding,
        Date::random_in(rng, g.founded),
        Precision::Year,
    );
    founding.place = Some(city(rng, home));
    founding.agent = g.person("founder");
    if rng.chance(0.25) {
        founding.alt_year = Some(g.founded + if rng.chance(0.5) { 1 } else { -1 });
    }
    out.push(founding);
    let last = 2019;
    if rng.chance(0.75) {
        let y = rng
            .range(i64::from(g.founded) + 2, i64::from(g.founded) + 15)
            .min(last) as i32;
        let mut mv = ev(EventKind::Move, Date::random_in(rng, y), Precision::Year);
        mv.place = Some(if rng.chance(0.5) {
            host.ent
        } else {
            host.cities[0]
        });
        mv.agent = g.person("leader");
        if rng.chance(0.6) {
            mv.alt_year = Some(y - 1);
        }
        out.push(mv);
    }
    let span = |rng: &mut Rng| rng.range(i64::from(g.founded) + 1, last) as i32;
    for _ in 0..2 + rng.below(3) {
        let mut a = ev(
            EventKind::Attack,
            {
                let y = span(rng);
                Date::random_in(rng, y)
            },
            Precision::Day,
        );
        a.place = Some(city(rng, home));
        a.style = rng.below(1000);
        if rng.chance(0.3) {
            a.target =
                home.official(["defence-minister", "police-chief", "prime-minister"][rng.below(3)]);
        }
        let toll = rng.range(2, 80) as u32;
        let claimed = rng.chance(0.5).then(|| {
            if rng.chance(0.5) {
                (toll / 3).max(1)
            } else {
                toll * 2 + rng.below(20) as u32
            }
        });
        a.toll = Some((toll, claimed.filter(|&c| c != toll)));
        out.push(a);
    }
    for role in ["treasurer", "commander"].iter().take(1 + rng.below(2)) {
        let mut a = ev(
            EventKind::Arrest,
            {
                let y = span(rng);
                Date::random_in(rng, y)
            },
            Precision::Day,
        );
        a.target = g.person(role);
        a.agent = home.official(if rng.chance(0.5) {
            "interior-minister"
        } else {
            "police-chief"
        });
        a.place = Some(city(rng, home));
        out.push(a);
    }
    for _ in 0..1 + rng.below(2) {
        let precision = if rng.chance(0.7) {
            Precision::Day
        } else {
            Precision::Month
        };
        let mut d = ev(
            EventKind::Designation,
            {
                let y = span(rng);
                Date::random_in(rng, y)
            },
            precision,
        );
        d.agent = Some(if rng.chance(0.7) {
            bodies[rng.below(2)]
        } else {
            countries[(g.country + 3) % countries.len()].ent
        });
        out.push(d);
    }
    if rng.chance(0.5) {
        let mut c = ev(
            EventKind::Ceasefire,
            {
                let y = span(rng);
                Date::random_in(rng, y)
            },
            Precision::Day,
        );
        c.agent = home.official(if rng.chance(0.5) {
            "president"
        } else {
            "foreign-minister"
        });
        c.place = Some(host.cities[0]);
        out.push(c);
    }
    out
}
