//! Closed word classes the attribution patterns test against.
//!
//! These are English grammar, not data about any subject, so they live in
//! code beside the patterns that read them; open lists (cue verbs, speaker
//! nouns, titles) are lexicon files.

/// Determiners and possessives that open a noun phrase.
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "your"
            | "my"
            | "this"
            | "that"
            | "these"
            | "those"
            | "one"
            | "another"
            | "some"
            | "several"
            | "many"
            | "two"
            | "three"
            | "four"
            | "other"
            | "most"
            | "both"
    )
}

/// Subject pronouns a speaker can be given as.
pub(crate) fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i")
}

/// Object pronouns that can be a hearer ("told him").
pub(crate) fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "us" | "me" | "you" | "it")
}

/// Prepositions that open an adjunct or attach a phrase to a noun.
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "to"
            | "from"
            | "by"
            | "through"
            | "with"
            | "without"
            | "for"
            | "of"
            | "over"
            | "via"
            | "since"
            | "until"
            | "upon"
            | "into"
            | "outside"
            | "inside"
            | "near"
            | "while"
            | "when"
            | "as"
            | "under"
            | "against"
            | "among"
            | "across"
            | "within"
    )
}

/// Words that may stand between a speaker and the cue verb ("had", "later").
pub(crate) fn is_skippable_before_cue(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "later"
            | "then"
            | "again"
            | "previously"
            | "once"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "reportedly"
            | "allegedly"
            | "recently"
            | "subsequently"
            | "immediately"
            | "initially"
            | "simply"
            | "had"
            | "has"
            | "have"
            | "has long"
            | "frequently"
            | "often"
            | "openly"
            | "flatly"
            | "angrily"
            | "quickly"
            | "separately"
            | "further"
            | "first"
            | "already"
            | "still"
            | "now"
            | "long"
            | "earlier"
            | "afterwards"
            | "officially"
            | "formally"
            | "bluntly"
            | "firmly"
            | "calmly"
            | "quietly"
            | "briefly"
            | "finally"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "since"
    )
}

/// Auxiliaries that make a following participle passive ("was told").
pub(crate) fn is_passive_aux(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being")
}

/// Quantity words that open a clause only before a number ("about 1,200").
pub(crate) fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "over"
            | "under"
            | "nearly"
            | "almost"
            | "roughly"
            | "some"
            | "up"
            | "at"
            | "more"
            | "fewer"
            | "less"
    )
}

/// Lower-case particles inside personal names (`van der Molen`, `ibn Hamoud`).
pub(crate) fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "der"
            | "den"
            | "de"
            | "del"
            | "della"
            | "di"
            | "da"
            | "dos"
            | "du"
            | "la"
            | "le"
            | "von"
            | "bin"
            | "ibn"
            | "bint"
            | "al"
            | "el"
            | "abu"
            | "ben"
            | "ter"
    )
}

/// Words before a quotation that make it a name, a title or a term rather
/// than something said.
pub(crate) fn is_naming(w: &str) -> bool {
    matches!(
        w,
        "so-called"
            | "dubbed"
            | "nicknamed"
            | "titled"
            | "entitled"
            | "headlined"
            | "named"
            | "known"
            | "called"
            | "termed"
            | "styled"
            | "self-styled"
            | "word"
            | "term"
            | "phrase"
            | "slogan"
            | "motto"
            | "banner"
            | "book"
            | "article"
            | "film"
            | "song"
            | "poem"
            | "essay"
            | "pamphlet"
            | "column"
            | "editorial"
            | "headline"
            | "programme"
            | "program"
            | "operation"
            | "plan"
            | "doctrine"
            | "policy"
            | "campaign"
    )
}

/// Relay verbs: "Reuters quoted X as saying", "the agency cited X as saying".
pub(crate) fn is_relay_verb(w: &str) -> bool {
    matches!(
        w,
        "quoted" | "cited" | "quotes" | "cites" | "quoting" | "citing"
    )
}

/// Participles that attach an author to a written source ("figures compiled by X").
pub(crate) fn is_authoring_participle(w: &str) -> bool {
    matches!(
        w,
        "compiled"
            | "published"
            | "issued"
            | "released"
            | "gathered"
            | "collected"
            | "prepared"
            | "produced"
            | "written"
            | "drafted"
            | "filed"
            | "quoted"
            | "cited"
            | "commissioned"
            | "kept"
    )
}

/// Weekday and month names and day words: capitalized or not, they date
/// a statement and never name its speaker or open its content.
pub(crate) fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "yesterday"
            | "today"
            | "tonight"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Calls `f` with `word` in lower case, without allocating for the short
/// ASCII words that make up nearly all text.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    f(&dossier_doc::Lower::of(word))
}

/// Words capitalized only because they open a sentence, never part of a name
/// ("Then Baydar …", "Nobody in this government …").
pub(crate) fn is_function_word(w: &str) -> bool {
    is_determiner(w)
        || is_pronoun(w)
        || is_preposition(w)
        || matches!(
            w,
            "then"
                | "now"
                | "but"
                | "and"
                | "or"
                | "so"
                | "yet"
                | "still"
                | "if"
                | "although"
                | "though"
                | "because"
                | "nobody"
                | "everyone"
                | "everybody"
                | "someone"
                | "somebody"
                | "anyone"
                | "no"
                | "all"
                | "none"
                | "each"
                | "every"
                | "here"
                | "there"
                | "however"
                | "meanwhile"
                | "also"
                | "only"
                | "even"
                | "asked"
                | "citing"
                | "speaking"
                | "according"
                | "where"
                | "what"
                | "why"
                | "how"
                | "who"
                | "which"
                | "whether"
                | "not"
                | "never"
                | "let"
                | "should"
                | "would"
                | "will"
                | "can"
                | "could"
                | "did"
                | "do"
                | "does"
                | "yes"
                | "well"
                | "later"
                | "earlier"
                | "again"
                | "instead"
                | "once"
                | "twice"
                | "first"
                | "last"
                | "next"
                | "since"
                | "dear"
                | "thanks"
                | "good"
                | "mr"
                | "mrs"
                | "ms"
        )
}

/// Question words that open the content of "asked".
pub(crate) fn is_question_word(w: &str) -> bool {
    matches!(
        w,
        "whether" | "if" | "what" | "why" | "how" | "when" | "where" | "who" | "which"
    )
}
