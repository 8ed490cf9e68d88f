use super::*;
use serde_json::Value;

fn export() -> Vec<Value> {
    let mut out = Vec::new();
    write(&crate::plover::tests::rows(), &mut out).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn of<'a>(all: &'a [Value], schema: &str) -> Vec<&'a Value> {
    all.iter().filter(|v| v["schema"] == schema).collect()
}

#[test]
fn actors_get_their_schema_and_proof() {
    let all = export();
    let person = of(&all, "Person");
    assert_eq!(person.len(), 1);
    assert_eq!(person[0]["properties"]["name"][0], "Lina Voss");
    assert_eq!(
        person[0]["properties"]["proof"][0],
        format!("doc-{}", "d".repeat(64))
    );
    assert_eq!(of(&all, "Organization").len(), 1);
    assert_eq!(of(&all, "LegalEntity").len(), 1);
    assert_eq!(of(&all, "Address")[0]["properties"]["full"][0], "Arlen");
    assert_eq!(of(&all, "Document").len(), 1);
}

#[test]
fn events_link_involved_organizer_and_place() {
    let all = export();
    let ev = of(&all, "Event");
    assert_eq!(ev.len(), 2);
    let p = &ev[0]["properties"];
    assert_eq!(p["date"][0], "2001-05-02");
    assert_eq!(p["involved"].as_array().unwrap().len(), 2);
    assert_eq!(p["organizer"].as_array().unwrap().len(), 1);
    assert_eq!(p["location"][0], "Arlen");
    let person = of(&all, "Person")[0]["id"].clone();
    assert_eq!(p["organizer"][0], person);
}

#[test]
fn designate_gives_a_sanction_and_mentions_link_documents() {
    let all = export();
    let s = of(&all, "Sanction");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0]["properties"]["authority"][0], "Treasury Office");
    assert_eq!(s[0]["properties"]["listingDate"][0], "2001-05");
    let org = of(&all, "Organization")[0]["id"].clone();
    assert_eq!(s[0]["properties"]["entity"][0], org);
    let m = of(&all, "Mention");
    assert_eq!(m.len(), 2);
    assert_eq!(
        m[0]["properties"]["name"],
        serde_json::json!(["Voss", "Lina Voss"])
    );
    assert_eq!(m[0]["properties"]["detectedSchema"][0], "Person");
}

#[test]
fn ids_are_stable_and_unique() {
    let (a, b) = (export(), export());
    assert_eq!(a, b);
    let mut ids: Vec<&str> = a.iter().map(|v| v["id"].as_str().unwrap()).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn odd_dates_are_left_out() {
    assert_eq!(ftm_date("1994-03"), Some("1994-03".into()));
    assert_eq!(ftm_date("199X"), None);
    assert_eq!(ftm_date("1990s"), None);
}

#[test]
fn a_stated_membership_links_member_and_organization_with_proof() {
    let all = export();
    let m = of(&all, "Membership");
    assert_eq!(m.len(), 1, "{m:?}");
    let p = &m[0]["properties"];
    assert_eq!(p["member"][0], of(&all, "Person")[0]["id"]);
    assert_eq!(p["organization"][0], of(&all, "Organization")[0]["id"]);
    assert_eq!(p["role"][0], "member");
    assert_eq!(p["summary"][0], "Lina Voss, a member of the Harbor Council");
    assert_eq!(p["proof"][0], format!("doc-{}", "d".repeat(64)));
}

#[test]
fn named_sanctions_are_listings_other_sanction_acts_are_not() {
    let mut ev = crate::plover::tests::rows().events[1].clone();
    ev.kind = "SANCTION".into();
    ev.trigger = "sanctioned".into();
    assert!(is_listing(&ev));
    ev.trigger = "expelled".into();
    assert!(!is_listing(&ev));
    ev.kind = "COERCE".into();
    ev.trigger = "imposed".into();
    ev.text = "the Treasury Office imposed sanctions on the Harbor Council".into();
    assert!(is_listing(&ev));
    ev.text = "the Treasury Office imposed a curfew".into();
    assert!(!is_listing(&ev));
}
