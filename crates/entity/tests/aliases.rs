//! Alias shapes within one document, each a test: the text names one actor
//! several ways and the recognizer must make one entity of them, or keep
//! two actors apart.

use dossier_doc::{Annotator, Document, Entity, EntityKind};
use dossier_entity::EntityAnnotator;

fn entities(text: &str) -> Vec<Entity> {
    let mut doc = Document::new("t", text.to_string());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    EntityAnnotator::new().annotate(&mut doc);
    doc.entities
}

/// The entity one of whose aliases is `alias`.
fn find<'a>(es: &'a [Entity], alias: &str) -> &'a Entity {
    es.iter()
        .find(|e| e.aliases.iter().any(|a| a == alias))
        .unwrap_or_else(|| panic!("no entity with alias {alias:?} in {es:#?}"))
}

fn same(es: &[Entity], a: &str, b: &str) {
    assert_eq!(
        find(es, a).id,
        find(es, b).id,
        "{a} and {b} should be one entity: {es:#?}"
    );
}

fn apart(es: &[Entity], a: &str, b: &str) {
    assert_ne!(
        find(es, a).id,
        find(es, b).id,
        "{a} and {b} should be two entities"
    );
}

#[test]
fn acronym_after_expansion() {
    let es = entities("The Popular Defence Committees (PDC) met in Kesh. Later the PDC dissolved.");
    same(&es, "Popular Defence Committees", "PDC");
    assert_eq!(find(&es, "PDC").kind, EntityKind::Organization);
}

#[test]
fn acronym_before_expansion() {
    let es = entities("Officials said the PDC (Popular Defence Committees) had been disbanded.");
    same(&es, "Popular Defence Committees", "PDC");
}

#[test]
fn also_known_as_and_short_description() {
    let es = entities(
        "The Front, also known as the National Liberation Front of Qaranistan (NLFQ), denied it. \
         The NLFq said the Front would answer.",
    );
    same(&es, "Front", "National Liberation Front of Qaranistan");
    same(&es, "NLFQ", "National Liberation Front of Qaranistan");
    same(&es, "NLFq", "NLFQ");
}

#[test]
fn punctuation_variants() {
    let es = entities("Jabhat-al-Tahrir fighters crossed. Jabhat al-Tahrir denied it. The U.K. and the UK envoy spoke.");
    same(&es, "Jabhat-al-Tahrir", "Jabhat al-Tahrir");
    same(&es, "U.K.", "UK");
}

#[test]
fn possessives() {
    let es =
        entities("Colonel Moammar Hadidi spoke. Hadidi's office and Hadidi\u{2019}s aides agreed.");
    let e = find(&es, "Moammar Hadidi");
    assert_eq!(e.mentions.len(), 3);
    assert!(e
        .aliases
        .iter()
        .all(|a| !a.contains('\'') && !a.contains('\u{2019}')));
}

#[test]
fn transliteration_variants() {
    let es = entities(
        "Muammar Qadhafi ruled for decades. Critics of Moamar Gaddafi were jailed. \
         Kadafi denied it. Hezbollah and Hizbullah are one party, as is Hizballah.",
    );
    same(&es, "Muammar Qadhafi", "Moamar Gaddafi");
    same(&es, "Muammar Qadhafi", "Kadafi");
    same(&es, "Hezbollah", "Hizbullah");
    same(&es, "Hezbollah", "Hizballah");
}

#[test]
fn surname_alone() {
    let es = entities("Nabil Sarraf, the treasurer, was arrested. Sarraf denied the charges.");
    same(&es, "Nabil Sarraf", "Sarraf");
    assert_eq!(find(&es, "Sarraf").kind, EntityKind::Person);
}

#[test]
fn distinctive_first_name_alone() {
    let es =
        entities("General Karim Nouri led the army. Years later Karim was killed in an ambush.");
    same(&es, "Karim Nouri", "Karim");
}

#[test]
fn as_his_name_is_also_spelled() {
    let es = entities(
        "Colonel Moammar Hadidi runs the Interior Ministry. Muammar al-Hadidi -- as his name is also spelled -- has led it since 2008.",
    );
    same(&es, "Moammar Hadidi", "Muammar al-Hadidi");
}

#[test]
fn formerly() {
    let es = entities("The Sabah Monitor (formerly the Sabah Weekly Herald) reported the raid.");
    same(&es, "Sabah Monitor", "Sabah Weekly Herald");
}

#[test]
fn better_known_as() {
    let es =
        entities("Muhammad Said al-Qasimi, better known as Abu Firas, formed the Bakri Brigades.");
    same(&es, "Muhammad Said al-Qasimi", "Abu Firas");
    apart(&es, "Abu Firas", "Bakri Brigades");
}

#[test]
fn brothers_sharing_a_surname_stay_apart() {
    let es = entities(
        "The brothers Karim and Nader Nouri learned that at great cost. General Karim Nouri was killed in 1987. \
         His younger brother, Judge Nader Nouri, presided over the trial.",
    );
    apart(&es, "Karim", "Nader Nouri");
    same(&es, "Karim", "Karim Nouri");
    same(&es, "Nader Nouri", "Nader Nouri");
}

#[test]
fn namesakes_with_no_relation_stay_apart() {
    let es = entities(
        "Foreign Minister Darius Tabrizi flew to Geneva. Tabrizi's predecessor, Reza Tabrizi (no relation), stayed home.",
    );
    apart(&es, "Darius Tabrizi", "Reza Tabrizi");
    same(&es, "Darius Tabrizi", "Tabrizi");
}

#[test]
fn person_and_organization_named_after_him_stay_apart() {
    let es =
        entities("Saleh Bakri founded the Front. The Bakri Brigades answer to Bakri only in name.");
    apart(&es, "Saleh Bakri", "Bakri Brigades");
    same(&es, "Saleh Bakri", "Bakri");
    assert_eq!(find(&es, "Bakri Brigades").kind, EntityKind::Organization);
}

#[test]
fn country_and_organization_containing_its_name_stay_apart() {
    let es = entities("Radio Free Marvand broadcasts from Baydar. It is banned in Marvand.");
    apart(&es, "Radio Free Marvand", "Marvand");
    assert_eq!(
        find(&es, "Radio Free Marvand").kind,
        EntityKind::Organization
    );
}

#[test]
fn leader_and_his_government_stay_apart() {
    let es = entities("President Farhad Ghorbani spoke. The Ghorbani government denied it.");
    let e = find(&es, "Farhad Ghorbani");
    assert_eq!(e.mentions.len(), 1, "{e:#?}");
}

#[test]
fn merges_leave_evidence() {
    let es =
        entities("The Popular Defence Committees (PDC) met. Nabil Sarraf left. Sarraf returned.");
    assert!(find(&es, "PDC")
        .evidence
        .iter()
        .any(|l| l.contains("acronym")));
    assert!(find(&es, "Sarraf")
        .evidence
        .iter()
        .any(|l| l.contains("surname")));
}

#[test]
fn ids_follow_first_mention() {
    let es = entities("In Baydar, officials accused Marvand. Reuters reported it from Geneva.");
    let ids: Vec<&str> = es.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["e1", "e2", "e3", "e4"]);
    assert_eq!(es[0].name, "Baydar");
    assert_eq!(es[3].kind, EntityKind::Location);
}

#[test]
fn titles_are_kept_as_roles() {
    let es = entities("Marvandi Foreign Minister Yusuf Kerimov arrived in Marvand.");
    let e = find(&es, "Yusuf Kerimov");
    assert_eq!(e.name, "Yusuf Kerimov");
    assert_eq!(e.mentions[0].role.as_deref(), Some("Foreign Minister"));
}

#[test]
fn title_case_headline_yields_only_body_names() {
    let es = entities(
        "Prosecutors Say Front Ran Arms Through Port of Sabah\n\nProsecutors said the Front used the port of Sabah.",
    );
    assert!(
        es.iter()
            .all(|e| !e.name.contains("Prosecutors") && !e.name.contains("Arms")),
        "{es:#?}"
    );
}

#[test]
fn translation_of_an_organization_name() {
    let es = entities("The National Assembly (Majlis-e Melli) debated the accord. Its vote in the Majlis-e Melli was close.");
    same(&es, "National Assembly", "Majlis-e Melli");
}

#[test]
fn garbage_does_not_panic() {
    for text in [
        "",
        "'",
        "\u{2019}s",
        "A. B. C.",
        "Al-",
        "-- --",
        "ÉÉÉ",
        "X (",
        ") Y (Z",
        "the the of of",
    ] {
        let _ = entities(text);
    }
    let long = "Al-Qasimi ".repeat(2000);
    assert!(!entities(&long).is_empty());
}

#[test]
fn a_short_form_shared_by_two_people_is_an_alias_of_neither() {
    let es = entities(
        "Ernesto de la Vega won the election. Later President de la Vega declared a state of siege. \
         He gave the command to his nephew, Colonel Ramón de la Vega. Soldiers under Colonel de la Vega \
         killed villagers. Nobody knows what de la Vega meant.",
    );
    let ernesto = find(&es, "Ernesto de la Vega");
    let ramon = find(&es, "Ramón de la Vega");
    assert_ne!(ernesto.id, ramon.id);
    for e in [ernesto, ramon] {
        assert!(!e.aliases.iter().any(|a| a == "de la Vega"), "{e:#?}");
    }
    assert!(ernesto.aliases.iter().any(|a| a == "President de la Vega"));
    assert!(ramon.aliases.iter().any(|a| a == "Colonel de la Vega"));
}

#[test]
fn a_surname_before_family_is_not_a_person_mention() {
    let es = entities("Ramon de la Vega denies it. The trial has divided the de la Vega family.");
    assert_eq!(find(&es, "Ramon de la Vega").mentions.len(), 1, "{es:#?}");
    assert!(es.iter().all(|e| e.name != "Vega"), "{es:#?}");
}

#[test]
fn a_country_keeps_a_last_word_that_is_common() {
    let es = entities("Walter Hartley, the United States ambassador, reported to Washington.");
    assert_eq!(find(&es, "United States").kind, EntityKind::Location);
}

#[test]
fn nationality_compounds_are_not_entities() {
    let es = entities(
        "Father Tomás O'Donnell, an Irish-born priest, met Marvandi-backed fighters in Marvand.",
    );
    assert!(es.iter().all(|e| !e.name.contains('-')), "{es:#?}");
}

#[test]
fn foreign_titles_are_roles() {
    let es = entities(
        "José María Arriaga founded the group. Arriaga, by then known as Comandante Arriaga, signed.",
    );
    let e = find(&es, "José María Arriaga");
    assert_eq!(e.mentions.len(), 3, "{es:#?}");
    assert!(e
        .mentions
        .iter()
        .any(|m| m.role.as_deref() == Some("Comandante")));
}

#[test]
fn place_name_openers_and_contexts_make_locations() {
    let es = entities(
        "Units attacked posts along the Río Claro. Costa Albina's capital fell. Zarqa's border was closed.",
    );
    assert_eq!(find(&es, "Río Claro").kind, EntityKind::Location);
    assert_eq!(find(&es, "Costa Albina").kind, EntityKind::Location);
    assert_eq!(find(&es, "Zarqa").kind, EntityKind::Location);
}

#[test]
fn a_newspaper_is_an_organization() {
    let es = entities("We read the archive of the newspaper El Heraldo in San Telmo.");
    assert_eq!(find(&es, "El Heraldo").kind, EntityKind::Organization);
}

#[test]
fn acronym_beside_a_reordered_translation() {
    let es = entities(
        "It was an action against a unit of the FPL (Popular Liberation Front) near Kesh.",
    );
    same(&es, "FPL", "Popular Liberation Front");
}

#[test]
fn romance_organization_name_and_its_translation() {
    let es = entities(
        "The Truth Commission (Comisión de la Verdad) reported in 1995. The Truth Commission named him.",
    );
    same(&es, "Truth Commission", "Comisión de la Verdad");
}
