use dossier_doc::{Annotator, Document};

use super::*;

fn cands(text: &str) -> Vec<Candidate> {
    let mut doc = Document::new("t", text.to_string());
    dossier_segment::Segmenter::new().annotate(&mut doc);
    let ctx = DocContext::new(&doc);
    find(&doc, &ctx)
}

fn names(text: &str) -> Vec<String> {
    cands(text).into_iter().map(|c| c.name).collect()
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    let n = names("Should the talks collapse, war is likely. Money came from Kesh.\n\nQUESTION: Did Bakri take money?");
    assert_eq!(n, ["Kesh", "Bakri"]);
}

#[test]
fn transcript_labels_are_person_mentions() {
    let cs = cands("SORENSEN: Baydar says so.\n\nEL-MANSOURI: Then Baydar is lying.\n\nSPOKESWOMAN NADIA FARROKH: Good morning.");
    let n: Vec<(&str, bool)> = cs.iter().map(|c| (c.name.as_str(), c.label)).collect();
    assert_eq!(
        n,
        [
            ("SORENSEN", true),
            ("Baydar", false),
            ("EL-MANSOURI", true),
            ("Baydar", false),
            ("NADIA FARROKH", true)
        ]
    );
    assert_eq!(cs[4].role.as_deref(), Some("SPOKESWOMAN"));
}

#[test]
fn titles_are_roles_not_names() {
    let cs = cands("Marvandi Foreign Minister Yusuf Kerimov met Gen. Karim Nouri and Dravian Water Minister Milena Horvatek. Both flew to Marvand and to Dravia.");
    let n: Vec<(&str, Option<&str>)> = cs
        .iter()
        .map(|c| (c.name.as_str(), c.role.as_deref()))
        .collect();
    assert_eq!(
        n,
        [
            ("Yusuf Kerimov", Some("Foreign Minister")),
            ("Karim Nouri", Some("Gen.")),
            ("Milena Horvatek", Some("Water Minister")),
            ("Marvand", None),
            ("Dravia", None)
        ]
    );
}

#[test]
fn possessives_are_stripped() {
    assert_eq!(
        names("They met at Hadidi's house and Bakri\u{2019}s villa."),
        ["Hadidi", "Bakri"]
    );
}

#[test]
fn connectors_join_one_name() {
    assert_eq!(
        names("He joined the Centre for Conflict Studies and met Anneke van der Molen in Jabhat al-Tahrir al-Watani offices."),
        ["Centre for Conflict Studies", "Anneke van der Molen", "Jabhat al-Tahrir al-Watani"]
    );
}

#[test]
fn and_separates_names() {
    assert_eq!(
        names("Talks between Marvand and Qaranistan resumed."),
        ["Marvand", "Qaranistan"]
    );
}

#[test]
fn coordinated_given_names_share_the_surname() {
    let cs = cands("The brothers Karim and Nader Nouri learned that.");
    assert_eq!(cs.len(), 2);
    assert_eq!(cs[0].name, "Karim");
    assert_eq!(cs[0].shared_surname.as_deref(), Some("Nouri"));
    assert_eq!(cs[1].name, "Nader Nouri");
}

#[test]
fn initials_and_apostrophes_stay_in_names() {
    assert_eq!(
        names("Then Lyndon B. Johnson read J. R. R. Tolkien with Mohammed Sa'id al-Qasimi."),
        [
            "Lyndon B. Johnson",
            "J. R. R. Tolkien",
            "Mohammed Sa'id al-Qasimi"
        ]
    );
}

#[test]
fn sentence_initial_names_are_kept_when_confirmed() {
    assert_eq!(
        names("Bakri was born in Sabah. Later Bakri left."),
        ["Bakri", "Sabah", "Bakri"]
    );
}

#[test]
fn possessive_name_at_sentence_start() {
    assert_eq!(
        names("Foreign Minister Darius Tabrizi flew to Geneva. Tabrizi's predecessor, Reza Tabrizi (no relation), stayed home."),
        ["Darius Tabrizi", "Geneva", "Tabrizi", "Reza Tabrizi"]
    );
}
