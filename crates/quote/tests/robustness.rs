//! Hostile input: nothing panics, and odd text yields no odd quotations.

mod common;

use common::annotate;

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn random_fragments_never_panic() {
    let pieces = [
        "\"",
        "\u{201c}",
        "\u{201d}",
        "'",
        "\u{2018}",
        "\u{2019}",
        " said ",
        " told ",
        ", ",
        ".",
        ":",
        "\n\n",
        "QUESTION: ",
        "BAKRI: ",
        "according to ",
        " quoted ",
        " as saying ",
        "(",
        ")",
        "[4]",
        "é",
        "Hadidi",
        " the ",
        "officials",
        ";",
        "that ",
        "Reuters",
        " who ",
        "\u{a0}",
        "—",
    ];
    let mut rng = Lcg(7);
    for _ in 0..300 {
        let n = rng.next() % 80;
        let text: String = (0..n).map(|_| pieces[rng.next() % pieces.len()]).collect();
        let doc = annotate(&text, Some("2011-03-14"), &[], &[]);
        for q in &doc.quotes {
            assert!(
                text.get(q.span.start..q.span.end).is_some(),
                "span on char boundaries"
            );
        }
    }
}

#[test]
fn a_long_run_on_sentence_is_handled() {
    let text = "Officials said that ".repeat(5_000) + "\"" + &"said, ".repeat(5_000);
    let doc = annotate(&text, None, &[], &[]);
    assert!(doc.quotes.len() <= 10_000);
}
