//! Block quotations and transcripts.

mod common;

use common::{absent, annotate, quote};
use dossier_doc::QuoteKind;

#[test]
fn a_colon_line_introduces_paragraphs_until_the_author_speaks() {
    let text = "Statements\n\nSenator Helen Marsh, a member of the Foreign Relations Committee, said on 12 April 2005:\n\nThe Front is not a resistance movement. It is a private army.\n\nIt should remain on every list where it appears today.\n\nThe Marvandi foreign ministry replied three days later that the remarks were \"an insult.\"\n";
    let doc = annotate(
        text,
        None,
        &[
            ("on 12 April 2005", "2005-04-12"),
            ("three days later", "2005-04-15"),
        ],
        &[],
    );
    let first = quote(&doc, "The Front is not a resistance movement");
    assert_eq!(first.kind, QuoteKind::Block);
    assert_eq!(first.speaker.as_deref(), Some("Helen Marsh"));
    assert_eq!(first.date.as_deref(), Some("2005-04-12"));
    let second = quote(&doc, "It should remain on every list");
    assert_eq!(second.speaker.as_deref(), Some("Helen Marsh"));
    let reply = quote(&doc, "an insult");
    assert_eq!(reply.kind, QuoteKind::Direct);
    assert_eq!(reply.speaker.as_deref(), Some("Marvandi foreign ministry"));
    assert_eq!(reply.date.as_deref(), Some("2005-04-15"));
}

#[test]
fn a_written_source_can_introduce_a_block() {
    let text = "The Centre for Conflict Studies wrote in its annual survey on 2 March 2008:\n\nThe group has between 3,000 and 4,500 fighters.\n";
    let doc = annotate(text, None, &[("on 2 March 2008", "2008-03-02")], &[]);
    let q = quote(&doc, "between 3,000 and 4,500");
    assert_eq!(q.speaker.as_deref(), Some("Centre for Conflict Studies"));
    assert_eq!(q.date.as_deref(), Some("2008-03-02"));
}

#[test]
fn a_colon_line_dated_month_day_comma_year_introduces_a_block() {
    let text = "Statements\n\nNatalia Orlova said on March 25, 2017:\n\nThe border will not be settled by force.\n\nAmbassador Tom Reid told the assembly on Nov. 4, 2014:\n\nWe will not negotiate while our people are in prison.\n";
    let doc = annotate(
        text,
        None,
        &[
            ("on March 25, 2017", "2017-03-25"),
            ("on Nov. 4, 2014", "2014-11-04"),
        ],
        &[],
    );
    let first = quote(&doc, "The border will not be settled");
    assert_eq!(first.kind, QuoteKind::Block);
    assert_eq!(first.speaker.as_deref(), Some("Natalia Orlova"));
    assert_eq!(first.date.as_deref(), Some("2017-03-25"));
    let second = quote(&doc, "We will not negotiate");
    assert_eq!(second.kind, QuoteKind::Block);
    assert_eq!(second.speaker.as_deref(), Some("Tom Reid"));
    assert_eq!(second.date.as_deref(), Some("2014-11-04"));
}

#[test]
fn transcript_turns_resolve_labels_and_take_the_interview_date() {
    let text = "Saleh Bakri founded the Front.\n\nIn an interview broadcast on 9 September 2010, Bakri was asked about the money.\n\nQUESTION: Did your organization take money from Marvand?\n\nBAKRI: We took help from friends. We never took orders.\n";
    let doc = annotate(text, None, &[("on 9 September 2010", "2010-09-09")], &[]);
    let answer = quote(&doc, "We took help from friends");
    assert_eq!(answer.kind, QuoteKind::Block);
    assert_eq!(answer.speaker.as_deref(), Some("Saleh Bakri"));
    assert_eq!(answer.date.as_deref(), Some("2010-09-09"));
    let question = quote(&doc, "Did your organization");
    assert_eq!(question.speaker, None, "an unnamed questioner");
    assert!(question.anonymous);
    assert_eq!(question.date.as_deref(), Some("2010-09-09"));
}

#[test]
fn titled_labels_named_questioners_and_continued_turns() {
    let text = "Transcript: press briefing\nBaydar, 7 May 2013\n\nSPOKESWOMAN NADIA FARROKH: Good morning. The statement reads:\n\nThe Ministry rejects the claims.\n\nQUESTION (Leyla Arman, The Kesh Observer): Do you dispute that figure?\n\nFARROKH: We dispute it entirely.\n\n(The briefing ended at 11:20.)\n";
    let doc = annotate(
        text,
        Some("2013-05-07"),
        &[("7 May 2013", "2013-05-07")],
        &[],
    );
    assert_eq!(
        quote(&doc, "Good morning").speaker.as_deref(),
        Some("Nadia Farrokh")
    );
    assert_eq!(
        quote(&doc, "The Ministry rejects").speaker.as_deref(),
        Some("Nadia Farrokh")
    );
    assert_eq!(
        quote(&doc, "Do you dispute").speaker.as_deref(),
        Some("Leyla Arman")
    );
    let last = quote(&doc, "We dispute it entirely");
    assert_eq!(last.speaker.as_deref(), Some("Nadia Farrokh"));
    assert_eq!(last.date.as_deref(), Some("2013-05-07"));
    assert!(absent(&doc, "The briefing ended"));
}

#[test]
fn a_quotation_inside_a_turn_comes_before_the_turn() {
    let text = "Baydar, 7 May 2013\n\nQUESTION: The Front's spokesman, Tarek al-Mansuri, said last week that the group would \"answer fire with fire\". Do you expect attacks?\n\nFARROKH: No.\n";
    let doc = annotate(text, Some("2013-05-07"), &[("last week", "2013-W18")], &[]);
    let q = quote(&doc, "answer fire with fire");
    assert_eq!(q.speaker.as_deref(), Some("Tarek al-Mansuri"));
    assert_eq!(q.date.as_deref(), Some("2013-W18"));
}

#[test]
fn memo_headers_are_not_turns() {
    let text = "FROM: Embassy of Aldermark\nTO: Ministry of External Affairs\nSUBJECT: a report\n\nThe ambassador said the border would stay closed.\n";
    let doc = annotate(text, None, &[], &[]);
    assert!(doc.quotes.iter().all(|q| q.kind != QuoteKind::Block));
    assert_eq!(
        quote(&doc, "the border would stay closed")
            .speaker
            .as_deref(),
        Some("ambassador")
    );
}

#[test]
fn answers_belong_to_the_person_interviewed_and_narration_ends_the_transcript() {
    let text = "An interview with Miriam Achterberg\n\nMiriam Achterberg directed the National Archive. She spoke to us on 3 May 2016.\n\nQ: When did you first see the files?\n\nA: In the spring of 1995.\n\nThe archive's current director, Jonas Pereira, said in a written reply that the files remain open.\n";
    let doc = annotate(text, None, &[("on 3 May 2016", "2016-05-03")], &[]);
    let a = quote(&doc, "In the spring of 1995");
    assert_eq!(a.speaker.as_deref(), Some("Miriam Achterberg"));
    assert_eq!(a.date.as_deref(), Some("2016-05-03"));
    let narration = quote(&doc, "the files remain open");
    assert_eq!(narration.speaker.as_deref(), Some("Jonas Pereira"));
    assert!(absent(&doc, "The archive's current director"));
}

#[test]
fn a_quoted_paragraph_after_a_colon_line_is_one_direct_quotation() {
    let text = "In a statement, the council said:\n\n\"The redevelopment will provide 2,000 new homes.\"\n";
    let doc = annotate(text, None, &[], &[]);
    assert_eq!(doc.quotes.len(), 1, "{:?}", common::shown(&doc));
    let q = quote(&doc, "2,000 new homes");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(q.speaker.as_deref(), Some("council"));
}
