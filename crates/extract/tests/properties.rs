//! Properties of extraction over generated text: every span valid and on
//! code-point boundaries, ids consistent, and the same input always giving
//! the same output.
//!
//! The text is built from pieces chosen to meet the rules' edge cases (quote
//! marks of every kind, dates, titles and initials, bullets, transcript
//! labels, parentheses, multi-byte characters, markup), so random draws hit
//! the awkward combinations far more often than random bytes would.

use dossier_doc::contract::to_extract;
use dossier_extract::{extract_bytes, Options};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "\"",
    "\u{201c}",
    "\u{201d}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "said",
    "told reporters",
    "according to",
    "Gen.",
    "U.K.",
    "J. R.",
    "Dr.",
    "No. 7",
    "p. 45",
    "pp. 3\u{2013}5",
    "(",
    ")",
    "[12]",
    "\u{b9}\u{b2}",
    ":",
    ";",
    ",",
    ".",
    "?",
    "!",
    "\u{2026}",
    "--",
    "\u{2014}",
    "\n",
    "\n\n",
    "\u{2022} ",
    "\u{2013} ",
    "QUESTION:",
    "BAKRI:",
    "3 March 1958",
    "March 3, 1958",
    "1961-64",
    "the 1950s",
    "on Tuesday",
    "last week",
    "Three days later",
    "May 14",
    "1971",
    "12,500",
    "$3 million a year",
    "between 4,000 and 7,000",
    "about",
    "more than",
    "Hadidi",
    "Moammar al-Hadidi",
    "Jabhat al-Tahrir",
    "(JTW)",
    "the Front",
    "Ministry of Justice",
    "in Baydar",
    "was assassinated",
    "bombed",
    "also known as",
    "Sa'id",
    "\u{e9}",
    "\u{4e2d}\u{6587}",
    "\u{1f600}",
    "<p>",
    "</p>",
    "<b>",
    "&amp;",
    "\u{feff}",
    "\t",
    " ",
    " ",
    " ",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_valid_and_extraction_is_deterministic(text in text(), html in any::<bool>()) {
        let name = if html { "p.html" } else { "p.txt" };
        let options = Options::default();
        let a = extract_bytes(name, text.as_bytes(), &options);
        let b = extract_bytes(name, text.as_bytes(), &options);
        match (a, b) {
            (Ok(a), Ok(b)) => {
                prop_assert!(a.document.check().is_ok(), "{:?}", a.document.check());
                let ja = to_extract(&a.document);
                prop_assert_eq!(&ja, &to_extract(&b.document));
                let chars: Vec<char> = ja.document.text.chars().collect();
                for m in ja.entities.iter().flat_map(|e| &e.mentions) {
                    prop_assert_eq!(chars[m.start..m.end].iter().collect::<String>(), m.text.clone());
                }
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "same input, different outcome"),
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(out) = extract_bytes("x.txt", &bytes, &Options::default()) {
            prop_assert!(out.document.check().is_ok());
        }
    }
}
