//! One test per shape of quantity the annotator reads, through the public
//! plain-text entry point.

use dossier_quantity::{quantities_in, Found};

fn find(text: &str) -> Vec<Found> {
    quantities_in(text)
}

fn only(text: &str) -> Found {
    let f = find(text);
    assert_eq!(f.len(), 1, "{text}: {f:#?}");
    f.into_iter().next().unwrap()
}

fn span(text: &str, f: &Found) -> String {
    text[f.quantity.span.start..f.quantity.span.end].to_string()
}

#[test]
fn digits_with_separators() {
    assert_eq!(
        only("They sent 12,500 troops.").quantity.value,
        Some(12500.0)
    );
    assert_eq!(
        only("They sent 12500 troops.").quantity.value,
        Some(12500.0)
    );
    assert_eq!(only("Prices rose 2.4 points.").quantity.value, Some(2.4));
}

#[test]
fn words() {
    assert_eq!(
        only("It lasted three thousand days.").quantity.value,
        Some(3000.0)
    );
    assert_eq!(only("He named twelve suspects.").quantity.value, Some(12.0));
    assert_eq!(only("A dozen guards stood by.").quantity.value, Some(12.0));
    let q = only("Tens of thousands of people marched.").quantity;
    assert_eq!((q.low, q.high), (Some(20000.0), Some(100000.0)));
    assert!(q.approximate);
    assert_eq!(q.unit.as_deref(), Some("people"));
    assert_eq!(
        only("Several hundred fighters fled.").quantity.low,
        Some(200.0)
    );
}

#[test]
fn mixed_digits_and_scales() {
    assert_eq!(only("It had 4 million members.").quantity.value, Some(4e6));
    let q = only("The deal was worth $2.4 billion.").quantity;
    assert_eq!((q.value, q.unit.as_deref()), (Some(2.4e9), Some("USD")));
}

#[test]
fn ranges() {
    let t = "Estimates range from 2000-2500 fighters.";
    let q = only(t).quantity;
    assert_eq!((q.low, q.high), (Some(2000.0), Some(2500.0)));
    let q = only("It has between 4,000 and 7,000 fighters.").quantity;
    assert_eq!((q.low, q.high, q.value), (Some(4000.0), Some(7000.0), None));
    let q = only("It has 4,000 to 7,000 fighters.").quantity;
    assert_eq!((q.low, q.high), (Some(4000.0), Some(7000.0)));
}

#[test]
fn money() {
    let cases = [
        ("It cost $3 million.", 3e6, "USD"),
        ("He paid $250,000.", 250000.0, "USD"),
        ("A loan of US$ 2 billion was agreed.", 2e9, "USD"),
        ("A further €5m passed through.", 5e6, "EUR"),
        ("They traced 9 million dinars.", 9e6, "XDN"),
    ];
    for (text, value, unit) in cases {
        let q = only(text).quantity;
        assert_eq!(
            (q.value, q.unit.as_deref()),
            (Some(value), Some(unit)),
            "{text}"
        );
    }
}

#[test]
fn rates_per_period() {
    let t = "It received $3 million a year.";
    assert_eq!(only(t).quantity.unit.as_deref(), Some("USD/year"));
    let t = "It received around $5 million per month.";
    let f = only(t);
    assert_eq!(f.quantity.unit.as_deref(), Some("USD/month"));
    assert_eq!(span(t, &f), "around $5 million per month");
}

#[test]
fn counted_nouns_and_lists() {
    let t = "It handed over 45 armored vehicles, 30 trucks, 12 helicopters and 900 rifles.";
    let units: Vec<_> = find(t)
        .into_iter()
        .map(|f| f.quantity.unit.unwrap_or_default())
        .collect();
    assert_eq!(
        units,
        ["armored vehicles", "trucks", "helicopters", "rifles"]
    );
    let t = "Police detained 30 local officials on Monday.";
    assert_eq!(only(t).quantity.unit.as_deref(), Some("local officials"));
}

#[test]
fn hedges() {
    let q = only("About 300 people fled.").quantity;
    assert!(q.approximate && q.hedge.as_deref() == Some("About"));
    let q = only("It holds more than 600 vehicles.").quantity;
    assert_eq!((q.value, q.low, q.high), (Some(600.0), Some(600.0), None));
    let q = only("It can hold up to 50 prisoners.").quantity;
    assert_eq!((q.low, q.high), (None, Some(50.0)));
    let q = only("There are fewer than 400 fighters there.").quantity;
    assert_eq!((q.value, q.high), (Some(400.0), Some(400.0)));
    for h in [
        "some",
        "roughly",
        "nearly",
        "an estimated",
        "at least",
        "probably",
    ] {
        let q = only(&format!("It has {h} 300 guns.")).quantity;
        assert!(q.approximate, "{h}");
    }
}

#[test]
fn claims() {
    let q = only("The Front claims 20,000 members.").quantity;
    assert!(q.claimed);
    assert_eq!(q.claimant.as_deref(), Some("The Front"));
    let q = only("Western intelligence estimates put it at 4,000 fighters.").quantity;
    assert_eq!(q.claimant.as_deref(), Some("Western intelligence"));
    let q = only("According to the ministry, 47 civilians died.").quantity;
    assert_eq!(q.claimant.as_deref(), Some("the ministry"));
    assert!(!only("The convoy carried 40 crates.").quantity.claimed);
}

#[test]
fn durations_count() {
    assert_eq!(
        only("He was sentenced to twenty years.").quantity.value,
        Some(20.0)
    );
    assert_eq!(only("They met for four hours.").quantity.value, Some(4.0));
}

#[test]
fn not_quantities() {
    let none = [
        "The group was founded in 1979.",
        "It happened on 3 May 2013.",
        "It happened on May 21, 2013.",
        "See the charter (Documents, vol. 4, p. 77).",
        "Call +1-222-555-0199 now.",
        "The briefing ended at 11:20.",
        "They met at 6 pm.",
        "The 4th brigade moved.",
        "Security Council Resolution 1373 was adopted.",
        "One of them spoke.",
        "It grew in the 1990s.",
        "He was arrested on 6/12/2009.",
    ];
    for t in none {
        assert!(find(t).is_empty(), "{t}: {:?}", find(t));
    }
}

#[test]
fn never_panics_on_odd_input() {
    let pieces = [
        "$", "€", "1", ",", ".", "-", "–", " ", "million", "a", "and", "between", "é", "ரூ", "(",
        ")", "[", "]", "¹", "12,5", "k", "m", "one", "hundred", "of", "tens", "per", "cent", "\n",
        "at least", "claims", ":",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2000 {
        let mut s = String::new();
        for _ in 0..12 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let _ = quantities_in(&s);
        let _ = dossier_quantity::numbers_in(&s);
    }
}

#[test]
fn over_after_a_particle_verb_is_no_hedge() {
    let f = only("The Front handed over 120 tanks when it disarmed.");
    assert_eq!(f.quantity.value, Some(120.0));
    assert_eq!(f.quantity.low, None);
    assert!(!f.quantity.approximate);
    let g = only("The army lost over 120 tanks.");
    assert_eq!(g.quantity.low, Some(120.0));
}
