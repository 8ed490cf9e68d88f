//! One test per shape the event finder must read, on documents whose time
//! and entity layers are filled by hand, so that these tests exercise this
//! crate alone.

use dossier_doc::{Annotator, Document, Entity, EntityKind, Event, Mention, Span, Time};

/// A document under construction.
struct Doc(Document);

fn doc(text: &str) -> Doc {
    let mut d = Document::new("t.txt", text.to_string());
    dossier_segment::Segmenter::new().annotate(&mut d);
    Doc(d)
}

/// Byte offsets of every whole-word occurrence of `needle`.
fn occurrences(text: &str, needle: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(needle) {
        let s = from + i;
        let e = s + needle.len();
        let before = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            out.push(Span::new(s, e));
        }
        from = e;
    }
    out
}

impl Doc {
    /// An entity mentioned wherever one of `names` occurs.
    fn ent(mut self, kind: EntityKind, names: &[&str]) -> Doc {
        let id = format!("e{}", self.0.entities.len() + 1);
        let mut mentions: Vec<Mention> = names
            .iter()
            .flat_map(|n| occurrences(&self.0.text, n))
            .map(|span| Mention { span, role: None })
            .collect();
        mentions.sort_by_key(|m| m.span.start);
        self.0.entities.push(Entity {
            id,
            kind,
            name: names[0].to_string(),
            aliases: names.iter().map(|s| s.to_string()).collect(),
            mentions,
            evidence: vec![],
        });
        self
    }

    fn org(self, names: &[&str]) -> Doc {
        self.ent(EntityKind::Organization, names)
    }

    fn person(self, names: &[&str]) -> Doc {
        self.ent(EntityKind::Person, names)
    }

    fn place(self, names: &[&str]) -> Doc {
        self.ent(EntityKind::Location, names)
    }

    /// A time expression at every occurrence of `text`.
    fn time(mut self, text: &str, value: &str) -> Doc {
        for span in occurrences(&self.0.text, text) {
            self.0.times.push(Time {
                span,
                value: Some(value.to_string()),
                modifier: None,
                anchor: "absolute",
            });
        }
        self
    }

    fn events(mut self) -> Found {
        crate::EventAnnotator::new().annotate(&mut self.0);
        Found(self.0)
    }
}

/// The events found, with lookups by name.
struct Found(Document);

impl Found {
    fn names(&self, ids: &[String]) -> Vec<String> {
        ids.iter()
            .map(|id| {
                self.0
                    .entity(id)
                    .map(|e| e.name.clone())
                    .unwrap_or_default()
            })
            .collect()
    }

    /// The one event with this trigger (panics with the list when absent).
    fn by_trigger(&self, trigger: &str) -> &Event {
        let all: Vec<&Event> = self
            .0
            .events
            .iter()
            .filter(|e| e.trigger == trigger)
            .collect();
        assert_eq!(all.len(), 1, "trigger {trigger}: {:#?}", self.0.events);
        all[0]
    }

    fn actors(&self, e: &Event) -> Vec<String> {
        self.names(&e.actors)
    }

    fn targets(&self, e: &Event) -> Vec<String> {
        self.names(&e.targets)
    }

    fn location(&self, e: &Event) -> Option<String> {
        e.location
            .as_ref()
            .map(|l| self.names(std::slice::from_ref(l))[0].clone())
    }

    fn text(&self, e: &Event) -> String {
        self.0.slice(e.span).to_string()
    }

    fn dates(&self) -> Vec<String> {
        self.0
            .events
            .iter()
            .filter_map(|e| e.date.clone())
            .collect()
    }
}

#[test]
fn agent_resolved_from_the_group_with_target_and_place() {
    let f = doc("The Front grew fast. The Front recruited students.\n\nIn 1984, the group bombed the Ministry of Justice in Baydar, killing 31 people.\n")
        .org(&["the Front", "The Front"])
        .org(&["Ministry of Justice"])
        .place(&["Baydar"])
        .time("1984", "1984")
        .events();
    let e = f.by_trigger("bombed");
    assert_eq!(e.kind, "ASSAULT");
    assert_eq!(e.date.as_deref(), Some("1984"));
    assert_eq!(f.actors(e), ["the Front"]);
    assert_eq!(f.targets(e), ["Ministry of Justice"]);
    assert_eq!(f.location(e).as_deref(), Some("Baydar"));
    assert!(f.text(e).ends_with("killing 31 people"));
}

#[test]
fn listing_on_a_sanctions_list() {
    let f = doc("The United Nations Security Council placed the JTW on its sanctions list on 2 October 2001; the European Union followed in May 2002.\n")
        .org(&["United Nations Security Council"])
        .org(&["JTW"])
        .org(&["European Union"])
        .time("2 October 2001", "2001-10-02")
        .time("May 2002", "2002-05")
        .events();
    let e = f.by_trigger("placed");
    assert_eq!(e.kind, "DESIGNATE");
    assert_eq!(e.date.as_deref(), Some("2001-10-02"));
    assert_eq!(f.actors(e), ["United Nations Security Council"]);
    assert_eq!(f.targets(e), ["JTW"]);
    let eu = f.by_trigger("followed");
    assert_eq!(eu.kind, "DESIGNATE");
    assert_eq!(eu.date.as_deref(), Some("2002-05"));
    assert_eq!(f.actors(eu), ["European Union"]);
}

#[test]
fn passive_without_agent_takes_the_patient() {
    let f =
        doc("General Karim Nouri was assassinated in 1987.\n\nThe depot was shelled on May 3.\n")
            .person(&["Karim Nouri"])
            .time("1987", "1987")
            .time("May 3", "2013-05-03")
            .events();
    let e = f.by_trigger("assassinated");
    assert_eq!(e.date.as_deref(), Some("1987"));
    assert_eq!(f.actors(e), ["Karim Nouri"]);
    assert_eq!(f.targets(e), ["Karim Nouri"]);
    let s = f.by_trigger("shelled");
    assert_eq!(s.kind, "ASSAULT");
    assert_eq!(s.date.as_deref(), Some("2013-05-03"));
}

#[test]
fn passive_with_by_phrase() {
    let f = doc("The agreement was signed on Monday by Reza Tabrizi and Walid Haddad in Kesh.\n")
        .person(&["Reza Tabrizi"])
        .person(&["Walid Haddad"])
        .place(&["Kesh"])
        .time("Monday", "2009-08-03")
        .events();
    let e = f.by_trigger("signed");
    assert_eq!(f.actors(e), ["Reza Tabrizi", "Walid Haddad"]);
    assert_eq!(f.location(e).as_deref(), Some("Kesh"));
}

#[test]
fn bulleted_items_with_sub_items_as_further_targets() {
    let text = "Attacks attributed to the Front\n\n\u{2022} 4 May 1984: bombing of the Ministry of Justice in Baydar, killing 31 people\n\u{2022} 19 November 1987: assassination of General Karim Nouri\n\u{2013} his driver, Omid Farahani\n\u{2022} 1 July 1996: mortar attack on the presidential palace\n";
    let f = doc(text)
        .org(&["the Front"])
        .org(&["Ministry of Justice"])
        .person(&["Karim Nouri"])
        .person(&["Omid Farahani"])
        .place(&["Baydar"])
        .time("4 May 1984", "1984-05-04")
        .time("19 November 1987", "1987-11-19")
        .time("1 July 1996", "1996-07-01")
        .events();
    assert_eq!(f.dates(), ["1984-05-04", "1987-11-19", "1996-07-01"]);
    let b = f.by_trigger("bombing");
    assert_eq!(f.actors(b), ["the Front", "Ministry of Justice"]);
    assert_eq!(f.location(b).as_deref(), Some("Baydar"));
    let a = f.by_trigger("assassination");
    assert_eq!(f.targets(a), ["Karim Nouri", "Omid Farahani"]);
    let m = f.by_trigger("mortar attack");
    assert_eq!(f.actors(m), ["the Front"]);
}

#[test]
fn relative_date_uses_the_time_value() {
    let f = doc("Hadidi said ledgers were seized in a raid on 12 June 2009. Two days after the raid, police arrested the Front's treasurer, Nabil Sarraf.\n")
        .person(&["Hadidi"])
        .org(&["the Front"])
        .person(&["Nabil Sarraf"])
        .time("12 June 2009", "2009-06-12")
        .time("Two days after the raid", "2009-06-14")
        .events();
    let e = f.by_trigger("arrested");
    assert_eq!(e.kind, "ARREST");
    assert_eq!(e.date.as_deref(), Some("2009-06-14"));
    assert_eq!(f.actors(e), ["Nabil Sarraf"]);
    assert!(f.targets(e).contains(&"Nabil Sarraf".to_string()));
}

#[test]
fn several_dates_make_several_events() {
    let f = doc("The camp was shelled on May 3, May 9 and May 21.\n")
        .time("May 3", "2013-05-03")
        .time("May 9", "2013-05-09")
        .time("May 21", "2013-05-21")
        .events();
    assert_eq!(f.dates(), ["2013-05-03", "2013-05-09", "2013-05-21"]);
}

#[test]
fn not_events() {
    let text = "Should the talks fail, the army will attack in March.\n\nThe delegations will meet next week.\n\nIf the accord holds, the camps will be closed by September.\n\nArmed groups often attack police posts in 2010.\n\nThe Front did not attack the base in 2011.\n\nThe Front Attacked in 1999\n\nI think the group bombed the depot in 2012.\n\nHe said: \u{201c}We bombed the depot in 2012.\u{201d}\n\nDid the army shell the camp in 2013?\n";
    let f = doc(text)
        .org(&["The Front"])
        .time("March", "2014-03")
        .time("next week", "2014-W10")
        .time("September", "2014-09")
        .time("2010", "2010")
        .time("2011", "2011")
        .time("1999", "1999")
        .time("2012", "2012")
        .time("2013", "2013")
        .events();
    assert!(f.0.events.is_empty(), "{:#?}", f.0.events);
}

#[test]
fn reported_past_events_count_but_take_only_their_own_date() {
    let f = doc("On Monday prosecutors said that the group moved weapons to Sabah. Officials said the case rested on ledgers seized in a raid on 12 June 2009.\n")
        .place(&["Sabah"])
        .time("Monday", "2011-03-14")
        .time("12 June 2009", "2009-06-12")
        .events();
    assert_eq!(f.dates(), ["2009-06-12"], "{:#?}", f.0.events);
}

#[test]
fn narrative_date_carries_to_the_next_sentence() {
    let f =
        doc("The operation began on 3 May. Qaranistani forces struck positions of the Front.\n")
            .place(&["Qaranistan"])
            .org(&["the Front"])
            .time("3 May", "2013-05-03")
            .events();
    let e = f.by_trigger("struck");
    assert_eq!(e.date.as_deref(), Some("2013-05-03"));
    assert_eq!(f.actors(e), ["Qaranistan"]);
    assert_eq!(f.targets(e), ["the Front"]);
}

#[test]
fn relative_clause_keeps_its_own_date() {
    let f = doc("In September 1962 officers seized the palace; the king left for exile in Geneva, where he died in 1971.\n")
        .place(&["Geneva"])
        .time("September 1962", "1962-09")
        .time("1971", "1971")
        .events();
    assert_eq!(f.by_trigger("left").date.as_deref(), Some("1962-09"));
    assert_eq!(f.by_trigger("died").date.as_deref(), Some("1971"));
}

#[test]
fn who_clause_events_belong_to_the_antecedent() {
    let f = doc("Hassan Qureishi, who joined in 1980 and left in 1995, insists that the group existed by 1978.\n")
        .person(&["Hassan Qureishi"])
        .time("1980", "1980")
        .time("1995", "1995")
        .time("1978", "1978")
        .events();
    let j = f.by_trigger("joined");
    assert_eq!(j.date.as_deref(), Some("1980"));
    assert_eq!(f.actors(j), ["Hassan Qureishi"]);
    let l = f.by_trigger("left");
    assert_eq!(l.date.as_deref(), Some("1995"));
    assert_eq!(f.actors(l), ["Hassan Qureishi"]);
}

#[test]
fn responsibility_claim_names_the_actor() {
    let f = doc("\u{2022} 1996-07-01: mortar attack on the palace. No one is killed; the Front claims it.\n")
        .org(&["the Front"])
        .time("1996-07-01", "1996-07-01")
        .events();
    let e = f.by_trigger("mortar attack");
    assert_eq!(f.actors(e), ["the Front"]);
    assert_eq!(f.0.events.len(), 1);
}

#[test]
fn survives_empty_and_odd_documents() {
    for text in [
        "",
        "\u{2022}",
        "\u{2014}\u{2014}",
        "((((",
        "in in in ; : , and , and",
    ] {
        let _ = doc(text).time("in", "2001").events();
    }
}

#[test]
fn one_event_told_twice_in_a_sentence_is_one_event() {
    let f = doc("The peace accords were signed in Lisbon on 16 January 1992; Arriaga, by then known everywhere as Comandante Arriaga, signed for the FPL.\n")
        .place(&["Lisbon"])
        .person(&["Arriaga", "Comandante Arriaga"])
        .org(&["FPL"])
        .time("16 January 1992", "1992-01-16")
        .events();
    assert_eq!(f.0.events.len(), 1, "{:#?}", f.0.events);
    let e = &f.0.events[0];
    assert_eq!(f.actors(e), ["Arriaga"]);
}

#[test]
fn dated_list_item_without_known_trigger_is_a_timeline_entry() {
    let f = doc("\u{2022} 1961: the Seren Treaty divides the river between the two states.\n")
        .ent(EntityKind::Other, &["Seren Treaty"])
        .time("1961", "1961")
        .events();
    assert_eq!(f.0.events.len(), 1);
    let e = &f.0.events[0];
    assert_eq!(e.kind, "OTHER");
    assert_eq!(e.date.as_deref(), Some("1961"));
    assert_eq!(f.actors(e), ["Seren Treaty"]);
}

#[test]
fn events_after_publication_are_plans() {
    let mut d = doc("\u{2022} 3 June 2019: the commission meets in Geneva.\n\u{2022} 1 April 2019: the commission met in Geneva.\n")
        .place(&["Geneva"])
        .time("3 June 2019", "2019-06-03")
        .time("1 April 2019", "2019-04-01");
    d.0.date = Some("2019-04-12".to_string());
    let f = d.events();
    assert_eq!(f.dates(), ["2019-04-01"]);
}

#[test]
fn heading_attribution_needs_an_event_noun() {
    let f = doc("By Leyla Arman in Kesh\n\nThe depot was shelled on May 3.\n")
        .person(&["Leyla Arman"])
        .place(&["Kesh"])
        .time("May 3", "2013-05-03")
        .events();
    let e = f.by_trigger("shelled");
    assert!(f.actors(e).is_empty(), "{:?}", f.actors(e));
}
