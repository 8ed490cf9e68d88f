//! The generated world: countries, cities, armed groups and their people,
//! officials, media, scholars and books, all fixed by the seed alone.
//!
//! The world does not depend on the number of documents, so corpora of
//! 1,000 and 1,000,000 documents made with one seed talk about the same
//! actors and events, and a small corpus is a sample of a large one.

use crate::calendar::Date;
use crate::lexicon::lexicon;
use crate::names::{self, PersonName};
use crate::rng::Rng;

/// An index into [`World::ents`].
pub type EntId = usize;

/// What an entity is; `Work` is a publication (gold type `other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A person.
    Person,
    /// An organization.
    Org,
    /// A place.
    Place,
    /// A book, journal or report.
    Work,
}

impl Kind {
    /// The gold type name.
    pub fn gold(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Org => "organization",
            Kind::Place => "location",
            Kind::Work => "other",
        }
    }
}

/// One spelling of an entity's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The full name in this spelling.
    pub full: String,
    /// A short form for later mentions (surname; `Front` written "the Front").
    pub short: Option<String>,
    /// An acronym defined beside the full form.
    pub acronym: Option<String>,
}

/// A named thing.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Kind.
    pub kind: Kind,
    /// Spellings; the first is canonical. Never empty.
    pub forms: Vec<Form>,
    /// Role key of a person (`spokesman`, `interior-minister`, …).
    pub role: Option<&'static str>,
    /// Female person (for pronouns).
    pub female: bool,
    /// Country index, where it has one.
    pub country: Option<usize>,
}

impl Entity {
    /// The canonical name.
    pub fn name(&self) -> &str {
        self.forms.first().map_or("", |f| f.full.as_str())
    }

    pub(crate) fn simple(kind: Kind, name: String) -> Entity {
        Entity {
            kind,
            forms: vec![Form {
                full: name,
                short: None,
                acronym: None,
            }],
            role: None,
            female: false,
            country: None,
        }
    }
}

/// A country and what hangs off it.
#[derive(Debug, Clone)]
pub struct Country {
    /// The country entity.
    pub ent: EntId,
    /// `Karistani`.
    pub demonym: String,
    /// Cities, capital first.
    pub cities: Vec<EntId>,
    /// `Radio Free <Country>`.
    pub radio: EntId,
    /// `<Capital> University`.
    pub university: EntId,
    /// Officials by role key.
    pub officials: Vec<(&'static str, EntId)>,
    /// A former foreign minister sharing the current one's surname.
    pub predecessor: EntId,
}

impl Country {
    /// The official holding `role`, if any.
    pub fn official(&self, role: &str) -> Option<EntId> {
        self.officials
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, e)| *e)
    }
}

/// An armed or political group.
#[derive(Debug, Clone)]
pub struct Group {
    /// The group entity.
    pub ent: EntId,
    /// Home country.
    pub country: usize,
    /// Country that later hosts it.
    pub host: usize,
    /// People by role key (`leader`, `spokesman`, `treasurer`, `commander`, `founder`).
    pub people: Vec<(&'static str, EntId)>,
    /// An armed wing named after the founder, with that founder.
    pub named_wing: Option<EntId>,
    /// Members the group claims.
    pub claim: u32,
    /// Outside estimate, low and high.
    pub estimate: (u32, u32),
    /// A research institute's point figure and its year.
    pub point: (u32, i32, EntId),
    /// Its events, oldest first.
    pub events: Vec<usize>,
    /// Year founded.
    pub founded: i32,
}

impl Group {
    /// The person holding `role`.
    pub fn person(&self, role: &str) -> Option<EntId> {
        self.people
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, e)| *e)
    }
}

/// A book a scholar wrote.
#[derive(Debug, Clone)]
pub struct Book {
    /// The title (a `Work`).
    pub title: EntId,
    /// The author.
    pub author: EntId,
    /// Year published.
    pub year: i32,
    /// Publisher (an organization).
    pub publisher: EntId,
    /// City of publication.
    pub city: EntId,
}

/// What kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// The group is founded.
    Founding,
    /// The group moves its headquarters.
    Move,
    /// An attack attributed to the group.
    Attack,
    /// One of its people is arrested.
    Arrest,
    /// A body designates or sanctions it.
    Designation,
    /// A ceasefire with a government.
    Ceasefire,
}

/// How precisely an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// Year only.
    Year,
    /// Month.
    Month,
    /// Day.
    Day,
}

/// A dated event.
#[derive(Debug, Clone)]
pub struct Event {
    /// Kind.
    pub kind: EventKind,
    /// The group involved.
    pub group: usize,
    /// When (true date).
    pub date: Date,
    /// Known precision.
    pub precision: Precision,
    /// A second year some sources give (a planted conflict).
    pub alt_year: Option<i32>,
    /// Where (a city or country entity).
    pub place: Option<EntId>,
    /// Who was hit or arrested (a person), where named.
    pub target: Option<EntId>,
    /// Who designated, arrested or signed.
    pub agent: Option<EntId>,
    /// A shape selector for attack descriptions.
    pub style: usize,
    /// Dead by the official count, and the group's own count when disputed.
    pub toll: Option<(u32, Option<u32>)>,
}

/// The whole generated world.
#[derive(Debug, Clone)]
pub struct World {
    /// The seed.
    pub seed: u64,
    /// Every named entity.
    pub ents: Vec<Entity>,
    /// Countries.
    pub countries: Vec<Country>,
    /// Groups, in order of fame (documents pick early ones more often).
    pub groups: Vec<Group>,
    /// News agencies.
    pub agencies: Vec<EntId>,
    /// Newspapers (each with its city's country).
    pub newspapers: Vec<EntId>,
    /// Research institutes.
    pub institutes: Vec<EntId>,
    /// International bodies.
    pub bodies: Vec<EntId>,
    /// Scholars.
    pub scholars: Vec<EntId>,
    /// Journalists.
    pub journalists: Vec<EntId>,
    /// Diplomats and legislators abroad.
    pub outsiders: Vec<EntId>,
    /// Books.
    pub books: Vec<Book>,
    /// Journals.
    pub journals: Vec<EntId>,
    /// Events.
    pub events: Vec<Event>,
    /// Persons who must never be merged though they share a surname.
    pub namesakes: Vec<(EntId, EntId)>,
}

/// Sizes of the world: fixed, so the world is a function of the seed only.
const COUNTRIES: usize = 10;
const CITIES: usize = 5;
const GROUPS: usize = 48;
const CULTURES: [&str; COUNTRIES] = [
    "arabic", "persian", "turkic", "arabic", "african", "slavic", "malay", "arabic", "persian",
    "turkic",
];

/// The number of groups in every world.
pub(crate) fn world_groups() -> usize {
    GROUPS
}

/// The naming culture of country `ci`.
pub(crate) fn culture_of(ci: usize) -> &'static str {
    CULTURES[ci % COUNTRIES]
}

/// Collects entities while the world is built.
pub(crate) struct Builder {
    /// The world's random stream.
    pub(crate) rng: Rng,
    /// Entities so far.
    pub(crate) ents: Vec<Entity>,
    used: std::collections::HashSet<String>,
}

impl Builder {
    pub(crate) fn add(&mut self, e: Entity) -> EntId {
        for f in &e.forms {
            self.used.insert(f.full.clone());
        }
        self.ents.push(e);
        self.ents.len() - 1
    }

    /// A fresh invented place name not used before.
    pub(crate) fn place_name(&mut self, country: bool) -> (String, Option<&'static str>) {
        loop {
            let (n, suf) = names::invent_place(&mut self.rng, country);
            if n.len() >= 4 && !self.used.contains(&n) {
                self.used.insert(n.clone());
                return (n, suf);
            }
        }
    }

    pub(crate) fn person(
        &mut self,
        role: &'static str,
        country: Option<usize>,
        name: PersonName,
    ) -> EntId {
        let female = name.female;
        let forms = name
            .forms
            .into_iter()
            .map(|f| Form {
                full: f.full,
                short: Some(f.short),
                acronym: None,
            })
            .collect();
        self.add(Entity {
            kind: Kind::Person,
            forms,
            role: Some(role),
            female,
            country,
        })
    }

    /// A person with a name no one else has in full.
    pub(crate) fn new_person(
        &mut self,
        role: &'static str,
        country: Option<usize>,
        culture: Option<&'static str>,
    ) -> EntId {
        for _ in 0..20 {
            let n = names::person(&mut self.rng, culture, None);
            if n.forms.iter().all(|f| !self.used.contains(&f.full)) {
                return self.person(role, country, n);
            }
        }
        let n = names::person(&mut self.rng, culture, None);
        self.person(role, country, n)
    }

    pub(crate) fn is_used(&self, name: &str) -> bool {
        self.used.contains(name)
    }

    pub(crate) fn simple(&mut self, kind: Kind, name: String) -> EntId {
        self.add(Entity::simple(kind, name))
    }
}

pub(crate) fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(&format!("{{{key}}}"), value)
}

/// Initials of the capitalized words: `National Liberation Front of X` → `NLFX`.
pub fn acronym(name: &str) -> String {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

impl World {
    /// The world of `seed`.
    pub fn new(seed: u64) -> World {
        let mut b = Builder {
            rng: Rng::stream(seed, 1, 0),
            ents: Vec::new(),
            used: Default::default(),
        };
        let lx = lexicon();
        let mut countries = Vec::new();
        for ci in 0..COUNTRIES {
            let culture = culture_of(ci);
            let (cname, suf) = b.place_name(true);
            let demonym = names::demonym(&cname, suf);
            b.used.insert(demonym.clone());
            let mut country = Entity::simple(Kind::Place, cname.clone());
            country.country = Some(ci);
            let ent = b.add(country);
            let mut cities = Vec::new();
            for _ in 0..CITIES {
                let (n, _) = b.place_name(false);
                let mut e = Entity::simple(Kind::Place, n);
                e.country = Some(ci);
                cities.push(b.add(e));
            }
            let radio = b.simple(Kind::Org, format!("Radio Free {cname}"));
            let capital = b.ents[cities[0]].name().to_string();
            let short = b.rng.chance(0.5);
            let university = b.simple(
                Kind::Org,
                if short {
                    format!("{capital} University")
                } else {
                    format!("University of {capital}")
                },
            );
            let mut officials = Vec::new();
            for role in [
                "president",
                "prime-minister",
                "foreign-minister",
                "interior-minister",
                "defence-minister",
                "police-chief",
            ] {
                officials.push((role, b.new_person(role, Some(ci), Some(culture))));
            }
            // A predecessor sharing the foreign minister's surname, no relation.
            let fm = officials[2].1;
            let surname = b.ents[fm].forms[0].short.clone().unwrap_or_default();
            let bare = surname
                .trim_start_matches("al-")
                .trim_start_matches("el-")
                .to_string();
            let mut pn = names::person(&mut b.rng, Some(culture), Some(&bare));
            pn.forms.truncate(1);
            let predecessor = if pn.forms[0].full != b.ents[fm].forms[0].full {
                b.person("foreign-minister", Some(ci), pn)
            } else {
                b.new_person("foreign-minister", Some(ci), Some(culture))
            };
            countries.push(Country {
                ent,
                demonym,
                cities,
                radio,
                university,
                officials,
                predecessor,
            });
        }
        let mut namesakes: Vec<(EntId, EntId)> = countries
            .iter()
            .map(|c| (c.official("foreign-minister").unwrap_or(0), c.predecessor))
            .filter(|&(a, p)| b.ents[a].forms[0].short == b.ents[p].forms[0].short)
            .collect();
        let words = lx.list("words/media").to_vec();
        let agencies = (0..8)
            .map(|i| {
                let w = words[i % words.len()];
                let t = lx.list("orgs/agency")[i % 3];
                b.simple(Kind::Org, fill(t, "word", w))
            })
            .collect();
        let newspapers = (0..COUNTRIES)
            .map(|ci| {
                let t = *b
                    .rng
                    .pick(lx.list("orgs/newspaper"))
                    .unwrap_or(&"{city} Monitor");
                let city = b.ents[countries[ci].cities[1]].name().to_string();
                let mut e = Entity::simple(Kind::Org, fill(t, "city", &city));
                e.country = Some(ci);
                b.add(e)
            })
            .collect();
        let institutes: Vec<EntId> = (0..8)
            .map(|i| {
                let t = lx.list("orgs/institute")[i % lx.list("orgs/institute").len()];
                let topic = lx.list("orgs/topic")[i % lx.list("orgs/topic").len()];
                b.simple(Kind::Org, fill(t, "topic", topic))
            })
            .collect();
        let bodies: Vec<EntId> = lx
            .list("intl/all")
            .iter()
            .map(|n| b.simple(Kind::Org, n.to_string()))
            .collect();
        let scholars: Vec<EntId> = (0..40)
            .map(|_| b.new_person("scholar", None, None))
            .collect();
        let journalists = (0..30)
            .map(|_| b.new_person("journalist", None, None))
            .collect();
        let outsiders = (0..12)
            .map(|i| {
                b.new_person(
                    if i % 2 == 0 { "diplomat" } else { "senator" },
                    None,
                    Some("english"),
                )
            })
            .collect();
        let (books, journals) = works(&mut b, &scholars, &countries);
        let (groups, events, more) = crate::groups::build(&mut b, &countries, &institutes, &bodies);
        namesakes.extend(more);
        World {
            seed,
            ents: b.ents,
            countries,
            groups,
            agencies,
            newspapers,
            institutes,
            bodies,
            scholars,
            journalists,
            outsiders,
            books,
            journals,
            events,
            namesakes,
        }
    }

    /// The entity `id`.
    pub fn ent(&self, id: EntId) -> &Entity {
        &self.ents[id.min(self.ents.len().saturating_sub(1))]
    }

    /// The canonical name of `id`.
    pub fn name(&self, id: EntId) -> &str {
        self.ent(id).name()
    }
}

/// Books and journals.
fn works(b: &mut Builder, scholars: &[EntId], countries: &[Country]) -> (Vec<Book>, Vec<EntId>) {
    let lx = lexicon();
    let publishers: Vec<EntId> = (0..6)
        .map(|i| {
            let w = lx.list("words/media")[(i * 5 + 3) % lx.list("words/media").len()];
            let t = lx.list("orgs/publisher")[i % lx.list("orgs/publisher").len()];
            b.simple(Kind::Org, fill(t, "word", w))
        })
        .collect();
    let mut books = Vec::new();
    let mut titles = std::collections::HashSet::new();
    for (i, &author) in scholars.iter().enumerate() {
        let shape = *b
            .rng
            .pick(lx.list("words/title-shape"))
            .unwrap_or(&"The {noun} Years");
        let noun = *b.rng.pick(lx.list("words/title-noun")).unwrap_or(&"War");
        let mut title = fill(shape, "noun", noun);
        if !titles.insert(title.clone()) {
            let c = &countries[i % countries.len()];
            title = format!("{title} in {}", b.ents[c.ent].name());
            if !titles.insert(title.clone()) {
                continue;
            }
        }
        let t = b.simple(Kind::Work, title);
        let year = b.rng.range(1975, 2015) as i32;
        let publisher = publishers[b.rng.below(publishers.len())];
        let c = &countries[b.rng.below(countries.len())];
        let city = c.cities[b.rng.below(c.cities.len())];
        books.push(Book {
            title: t,
            author,
            year,
            publisher,
            city,
        });
    }
    let journals = countries
        .iter()
        .take(4)
        .map(|c| format!("{} Studies Review", b.ents[c.ent].name()))
        .chain([
            "Journal of Conflict Studies".to_string(),
            "Review of Regional Security".to_string(),
        ])
        .collect::<Vec<_>>()
        .into_iter()
        .map(|n| b.simple(Kind::Work, n))
        .collect();
    (books, journals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_world_depends_on_the_seed_only() {
        let a = World::new(9);
        let b = World::new(9);
        let c = World::new(10);
        assert_eq!(a.ents.len(), b.ents.len());
        assert!(a.ents.iter().zip(&b.ents).all(|(x, y)| x.forms == y.forms));
        assert_ne!(a.name(a.countries[0].ent), c.name(c.countries[0].ent));
    }

    #[test]
    fn acronyms() {
        assert_eq!(acronym("National Liberation Front of Karistan"), "NLFK");
        assert_eq!(acronym("Jabhat al-Tahrir al-Watani"), "JTW");
    }

    #[test]
    fn namesakes_share_a_surname() {
        let w = World::new(4);
        assert!(!w.namesakes.is_empty());
        for &(a, b) in &w.namesakes {
            assert_ne!(w.name(a), w.name(b));
            assert_eq!(w.ent(a).forms[0].short, w.ent(b).forms[0].short);
        }
    }
}
