//! Direct quotations: marks, cue placement, inversions, appositives,
//! continuations, pronouns and short forms.

mod common;

use common::{absent, annotate, quote};
use dossier_doc::QuoteKind;

#[test]
fn straight_quotes_with_the_cue_after() {
    let doc = annotate("\"We never took orders,\" Bakri said.", None, &[], &[]);
    let q = quote(&doc, "We never took orders");
    assert_eq!(doc.slice(q.span), "We never took orders");
    assert_eq!(q.speaker.as_deref(), Some("Bakri"));
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.cue.as_deref(), Some("said"));
}

#[test]
fn curly_quotes_with_the_cue_before() {
    let doc = annotate(
        "Interior Minister Karim Nouri said: \u{201c}These books show every payment.\u{201d}",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "These books show every payment.");
    assert_eq!(q.speaker.as_deref(), Some("Karim Nouri"));
}

#[test]
fn single_quotes_inside_double_stay_in_the_content() {
    let doc = annotate(
        "\"They shouted 'Down with the council' all night,\" the officer said.",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "'Down with the council' all night");
    assert_eq!(q.speaker.as_deref(), Some("officer"));
    assert_eq!(
        doc.quotes.len(),
        1,
        "the inner marks are no quotation of their own"
    );
}

#[test]
fn inversion_puts_the_speaker_after_the_cue() {
    let doc = annotate(
        "\"The ledgers were forged,\" said Nabil Sarraf, the treasurer.",
        None,
        &[],
        &[],
    );
    assert_eq!(
        quote(&doc, "forged").speaker.as_deref(),
        Some("Nabil Sarraf")
    );
}

#[test]
fn appositive_is_skipped_and_its_dates_ignored() {
    let text = "Judge Amal Reyes, who chaired the inquiry from 1998 to 2003, told the committee on 4 June 2004 that \"the files were never complete.\"";
    let doc = annotate(
        text,
        None,
        &[
            ("from 1998 to 2003", "1998/2003"),
            ("on 4 June 2004", "2004-06-04"),
        ],
        &[],
    );
    let q = quote(&doc, "the files were never complete");
    assert_eq!(q.speaker.as_deref(), Some("Amal Reyes"));
    assert_eq!(q.date.as_deref(), Some("2004-06-04"));
}

#[test]
fn a_role_before_a_name_yields_the_name() {
    let doc = annotate(
        "A spokesman, Tariq el-Mansouri, told Northwind the charges were \"a fabrication of the ministry.\"",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "a fabrication of the ministry");
    assert_eq!(q.speaker.as_deref(), Some("Tariq el-Mansouri"));
    assert!(!q.anonymous);
}

#[test]
fn a_second_sentence_and_a_following_paragraph_continue_the_speaker() {
    let text = "\"Today we chose to count the living,\" Reza Tabrizi said. \"It was never ours.\"\n\n\"Our soldiers will be home before the end of the year.\"\n";
    let doc = annotate(text, None, &[], &[]);
    assert_eq!(
        quote(&doc, "It was never ours.").speaker.as_deref(),
        Some("Reza Tabrizi")
    );
    assert_eq!(
        quote(&doc, "Our soldiers will be home").speaker.as_deref(),
        Some("Reza Tabrizi")
    );
}

#[test]
fn a_pronoun_resolves_to_the_last_person_named() {
    let text = "Walid Haddad was more guarded. The ceasefire, he said, would be judged \"by what happens in Zarin.\"";
    let doc = annotate(text, None, &[], &[]);
    assert_eq!(
        quote(&doc, "by what happens").speaker.as_deref(),
        Some("Walid Haddad")
    );
}

#[test]
fn a_short_form_resolves_to_the_full_name_and_entity() {
    let text = "Colonel Moammar Hadidi spoke first. \"These books show every payment,\" Hadidi told reporters.";
    let doc = annotate(text, None, &[], &["Moammar Hadidi"]);
    let q = quote(&doc, "These books");
    assert_eq!(q.speaker.as_deref(), Some("Moammar Hadidi"));
    assert_eq!(q.speaker_id.as_deref(), Some("e1"));
    let plain = annotate(text, None, &[], &[]);
    assert_eq!(
        quote(&plain, "These books").speaker.as_deref(),
        Some("Moammar Hadidi")
    );
}

#[test]
fn a_split_quotation_keeps_one_speaker() {
    let text = "Anneke van der Molen was blunter. \u{201c}Patience,\u{201d} she said, \u{201c}is not a policy.\u{201d}";
    let doc = annotate(text, None, &[], &[]);
    assert_eq!(
        quote(&doc, "is not a policy").speaker.as_deref(),
        Some("Anneke van der Molen")
    );
}

#[test]
fn a_verb_that_quotes_its_object() {
    let doc = annotate(
        "Van der Molen, a Dutch diplomat, called the accord \"fragile but real\".",
        None,
        &[],
        &[],
    );
    assert_eq!(
        quote(&doc, "fragile but real").speaker.as_deref(),
        Some("Van der Molen")
    );
}

#[test]
fn scare_quotes_titles_and_nicknames_are_not_quotations() {
    let text = "The group levied a so-called \"liberation tax\" on traders. Its commander, better known as \"Abu Firas\", wrote a book, \"Borders of Sand\", in 2011. Al-Nidaa (\"The Call\") first appeared in 1980.";
    let doc = annotate(text, None, &[], &[]);
    for s in ["liberation tax", "Abu Firas", "Borders of Sand", "The Call"] {
        assert!(absent(&doc, s), "{s} is no quotation");
    }
}

#[test]
fn a_chant_is_a_quotation_of_the_crowd() {
    let doc = annotate(
        "Outside the palace, 'Down with the council' was chanted by a crowd of students.",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "Down with the council");
    assert!(q.speaker.as_deref().is_some_and(|s| s.contains("crowd")));
}
