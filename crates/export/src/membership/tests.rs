use super::*;

/// Finds memberships in `text`, where the actors are given by name and
/// kind: every occurrence of each name is a mention.
fn run(text: &str, actors: &[(&str, Kind)]) -> Vec<(String, String, Option<String>, String)> {
    let mut named = Vec::new();
    for (id, (name, kind)) in actors.iter().enumerate() {
        for (start, _) in text.match_indices(name) {
            named.push(Named {
                entity: id as i64,
                kind: *kind,
                start,
                end: start + name.len(),
            });
        }
    }
    find(text, &mut named)
        .into_iter()
        .map(|f| {
            (
                actors[f.member as usize].0.to_string(),
                actors[f.organization as usize].0.to_string(),
                f.role,
                text[f.start..f.end].to_string(),
            )
        })
        .collect()
}

const P: Kind = Kind::Person;
const O: Kind = Kind::Organization;

#[test]
fn apposition_with_role_and_preposition() {
    let got = run(
        "Samir Haddad, a senior commander of the Popular Front, said the talks failed.",
        &[("Samir Haddad", P), ("Popular Front", O)],
    );
    assert_eq!(
        got,
        vec![(
            "Samir Haddad".into(),
            "Popular Front".into(),
            Some("senior commander".into()),
            "Samir Haddad, a senior commander of the Popular Front".into()
        )]
    );
}

#[test]
fn member_of_a_body_of_the_organization() {
    let got = run(
        "Leila Farouk, who was a member of the central committee of the Socialist Party, spoke.",
        &[("Leila Farouk", P), ("Socialist Party", O)],
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2.as_deref(), Some("member of the central committee"));
}

#[test]
fn one_of_the_leaders() {
    let got = run(
        "Omar Said, one of the founders of the Harbor League, left.",
        &[("Omar Said", P), ("Harbor League", O)],
    );
    assert_eq!(got[0].2.as_deref(), Some("founders"));
}

#[test]
fn person_of_the_party_has_no_role() {
    let got = run(
        "Youssef Amari of the Baath Party spoke first.",
        &[("Youssef Amari", P), ("Baath Party", O)],
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2, None);
}

#[test]
fn organization_title_before_the_name() {
    let got = run(
        "Hamas leader Karim Nadir met the envoy. The Defense Ministry's chief spokesman, Ali Rostami, said nothing.",
        &[
            ("Hamas", O),
            ("Karim Nadir", P),
            ("Defense Ministry", O),
            ("Ali Rostami", P),
        ],
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "Karim Nadir");
    assert_eq!(got[0].1, "Hamas");
    assert_eq!(got[0].2.as_deref(), Some("leader"));
    assert_eq!(got[1].0, "Ali Rostami");
    assert_eq!(got[1].2.as_deref(), Some("chief spokesman"));
}

#[test]
fn role_written_after_the_organization() {
    let got = run(
        "Omar Said, a Hezbollah military official, denied it. Rana Aziz, Hezbollah's spokeswoman, agreed.",
        &[("Omar Said", P), ("Hezbollah", O), ("Rana Aziz", P)],
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("military official"));
    assert_eq!(
        got[0].3, "Omar Said, a Hezbollah military official",
        "the span covers the role"
    );
    assert_eq!(got[1].0, "Rana Aziz");
    assert_eq!(got[1].2.as_deref(), Some("spokeswoman"));
}

#[test]
fn joined_takes_the_subject_of_an_apposition() {
    let got = run(
        "Youssef Amari of the Baath Party joined the Popular Front in 1998.",
        &[
            ("Youssef Amari", P),
            ("Baath Party", O),
            ("Popular Front", O),
        ],
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "Youssef Amari");
    assert_eq!(got[1].1, "Popular Front");
    assert_eq!(got[1].2.as_deref(), Some("member"));
}

#[test]
fn organizations_join_but_do_not_command() {
    let got = run(
        "The Harbor League joined the Northern Alliance. The Harbor League led the Northern Alliance.",
        &[("Harbor League", O), ("Northern Alliance", O)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2.as_deref(), Some("member"));
}

#[test]
fn no_membership_without_the_words_for_it() {
    for text in [
        "Samir Haddad, a critic of the Popular Front, spoke.",
        "Samir Haddad met the Popular Front.",
        "Samir Haddad. The Popular Front replied.",
        "Samir Haddad and the Popular Front signed.",
        "Samir Haddad, 45, a member of the Popular Front, spoke.",
        "Popular Front fighters attacked Samir Haddad's house.",
    ] {
        let got = run(text, &[("Samir Haddad", P), ("Popular Front", O)]);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn places_are_never_parties() {
    let got = run(
        "Ana Ruiz, the governor of Arlen Province, spoke.",
        &[("Ana Ruiz", P), ("Arlen Province", Kind::Other)],
    );
    assert!(got.is_empty());
}

#[test]
fn role_of_the_organization_then_the_name() {
    let got = run(
        "among them the military commander of the Bakri Brigades, Tarek Nasri, who was held.",
        &[("Bakri Brigades", O), ("Tarek Nasri", P)],
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Tarek Nasri");
    assert_eq!(got[0].2.as_deref(), Some("military commander"));
    assert_eq!(
        got[0].3,
        "military commander of the Bakri Brigades, Tarek Nasri"
    );
}
