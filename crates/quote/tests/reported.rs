//! Indirect speech, written sources, nested attribution and dates.

mod common;

use common::{annotate, quote};
use dossier_doc::QuoteKind;

#[test]
fn said_that() {
    let doc = annotate(
        "Prosecutors in Qaranistan said that the group moved weapons through the port.",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "the group moved weapons");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(
        doc.slice(q.span),
        "the group moved weapons through the port"
    );
    assert_eq!(q.speaker.as_deref(), Some("Prosecutors in Qaranistan"));
}

#[test]
fn says_without_that() {
    let doc = annotate(
        "Marvand says 47 civilians were killed; Baydar says nine, all of them fighters.",
        None,
        &[],
        &[],
    );
    assert_eq!(
        quote(&doc, "47 civilians").speaker.as_deref(),
        Some("Marvand")
    );
    assert_eq!(
        quote(&doc, "nine, all of them").speaker.as_deref(),
        Some("Baydar")
    );
}

#[test]
fn according_to_before_and_after() {
    let doc = annotate(
        "According to the Centre for Conflict Studies, about 1,200 people were killed. The talks failed, according to her office.",
        None,
        &[],
        &[],
    );
    assert_eq!(
        quote(&doc, "about 1,200 people").speaker.as_deref(),
        Some("Centre for Conflict Studies")
    );
    assert_eq!(
        quote(&doc, "The talks failed").speaker.as_deref(),
        Some("her office")
    );
}

#[test]
fn told_a_hearer_with_and_without_that() {
    let doc = annotate(
        "A senior officer told Northwind the army had begun pulling back. Hadidi told parliament that the Front kept its camps.",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "the army had begun");
    assert_eq!(q.speaker.as_deref(), Some("senior officer"));
    assert!(q.anonymous);
    assert_eq!(
        quote(&doc, "the Front kept its camps").speaker.as_deref(),
        Some("Hadidi")
    );
}

#[test]
fn claimed() {
    let doc = annotate(
        "Qaranistani officials later claimed the true total was more than 600 heavy vehicles.",
        None,
        &[],
        &[],
    );
    assert_eq!(
        quote(&doc, "the true total").speaker.as_deref(),
        Some("Qaranistani officials")
    );
}

#[test]
fn a_written_source_speaks() {
    let doc = annotate(
        "The charge sheet, filed last week with the High Court, says the group received 40 shipments. A 2007 report by the Centre for Conflict Studies put the figure at \"about 5,500.\"",
        None,
        &[("2007", "2007"), ("last week", "2011-W10")],
        &[],
    );
    let q = quote(&doc, "the group received 40 shipments");
    assert_eq!(q.speaker.as_deref(), Some("charge sheet"));
    assert_eq!(q.date, None, "a standing document has no statement date");
    let r = quote(&doc, "about 5,500");
    assert_eq!(r.speaker.as_deref(), Some("Centre for Conflict Studies"));
    assert_eq!(r.date.as_deref(), Some("2007"));
}

#[test]
fn a_relay_quoting_an_anonymous_diplomat() {
    let doc = annotate(
        "Reuters quoted a European diplomat, who asked not to be named, as saying that \"nobody doubts the shipments happened.\"",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "nobody doubts");
    assert_eq!(q.speaker.as_deref(), Some("European diplomat"));
    assert!(q.anonymous);
    assert_eq!(q.via, vec!["Reuters".to_string()]);
}

#[test]
fn a_defector_quoted_by_a_newspaper_in_a_year() {
    let doc = annotate(
        "The Front received \"around $5 million a month\" from Marvand, according to a defector quoted by the Sabah Monitor in 2006.",
        None,
        &[("2006", "2006")],
        &[],
    );
    let q = quote(&doc, "around $5 million");
    assert_eq!(q.speaker.as_deref(), Some("defector"));
    assert_eq!(q.via, vec!["Sabah Monitor".to_string()]);
    assert_eq!(q.date.as_deref(), Some("2006"));
    assert!(q.anonymous);
}

#[test]
fn an_agency_citing_an_officer() {
    let doc = annotate(
        "The agency cited a senior officer as saying the camps would close within a month.",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "the camps would close");
    assert_eq!(q.speaker.as_deref(), Some("senior officer"));
    assert_eq!(q.via, vec!["agency".to_string()]);
}

#[test]
fn a_relative_time_in_the_attribution_dates_the_statement() {
    let doc = annotate(
        "\"These books show every payment,\" Hadidi told reporters in Baydar on Sunday.",
        Some("2011-03-14"),
        &[("on Sunday", "2011-03-13")],
        &[],
    );
    assert_eq!(
        quote(&doc, "These books").date.as_deref(),
        Some("2011-03-13")
    );
}

#[test]
fn a_news_report_dates_an_undated_past_statement_by_its_news_day() {
    let text = "KESH, 4 August 2009 - The two states signed a ceasefire on Monday.\n\n\"Today we chose to count the living,\" Tabrizi said after the ceremony.\n";
    let doc = annotate(
        text,
        Some("2009-08-04"),
        &[("4 August 2009", "2009-08-04"), ("on Monday", "2009-08-03")],
        &[],
    );
    assert_eq!(
        quote(&doc, "count the living").date.as_deref(),
        Some("2009-08-03")
    );
}

#[test]
fn a_list_item_dates_its_statements() {
    let text =
        "• 28 Feb. 2013: Sarraf is sentenced. His sister, Layla Sarraf, says he will appeal.\n";
    let doc = annotate(
        text,
        Some("2014-06-02"),
        &[("28 Feb. 2013", "2013-02-28")],
        &[],
    );
    let q = quote(&doc, "he will appeal");
    assert_eq!(q.speaker.as_deref(), Some("Layla Sarraf"));
    assert_eq!(q.date.as_deref(), Some("2013-02-28"));
}

#[test]
fn nothing_is_taken_from_page_furniture() {
    let text =
        "Share this article\n\nRelated stories\n\nThe minister said the talks would resume.\n";
    let doc = annotate(text, None, &[], &[]);
    assert_eq!(doc.quotes.len(), 1);
}

#[test]
fn a_speaker_quoted_in_the_passive() {
    let doc = annotate(
        "The commander was quoted by state radio as saying that the border would stay closed.",
        None,
        &[],
        &[],
    );
    let q = quote(&doc, "the border would stay closed");
    assert_eq!(q.speaker.as_deref(), Some("commander"));
    assert_eq!(q.via, vec!["state radio".to_string()]);
}

#[test]
fn a_negated_cue_reports_nothing() {
    let doc = annotate(
        "The minister did not say when the talks would resume.",
        None,
        &[],
        &[],
    );
    assert!(doc.quotes.is_empty(), "{:?}", common::shown(&doc));
}

#[test]
fn an_appositive_about_speaking_dates_the_statement() {
    let doc = annotate(
        "The historian Tobias Renner, writing in 1978, argues that both figures were inflated. The inquiry, which reported in 2001, found that the mutineers surrendered.",
        None,
        &[("in 1978", "1978"), ("in 2001", "2001")],
        &[],
    );
    let q = quote(&doc, "both figures were inflated");
    assert_eq!(q.speaker.as_deref(), Some("Tobias Renner"));
    assert_eq!(q.date.as_deref(), Some("1978"));
    assert_eq!(
        quote(&doc, "the mutineers surrendered").date.as_deref(),
        Some("2001")
    );
}
