//! Properties of generated corpora: determinism, gold that matches the
//! text, every kind present, and a cross gold that refers to real documents.

use std::collections::HashSet;

use dossier_gen::{generate, CrossBuilder, DocKind, Generated, World};

/// The text a reader of the page sees: tags dropped, entities decoded (as
/// the scorer does it).
fn visible(g: &Generated) -> String {
    let raw = if g.kind == DocKind::Html || g.name.ends_with(".html") {
        let mut out = String::new();
        let mut in_tag = false;
        for c in g.text.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => {
                    in_tag = false;
                    out.push(' ');
                }
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&#8220;", "\u{201c}")
            .replace("&#8221;", "\u{201d}")
            .replace("&#8217;", "\u{2019}")
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&copy;", "©")
            .replace("&amp;", "&")
    } else {
        g.text.clone()
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `needle` occurs in `hay` as whole words.
fn occurs_as_words(hay: &str, needle: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !word(before) && !word(after)
    })
}

fn corpus(seed: u64, n: u64) -> (World, Vec<Generated>) {
    let w = World::new(seed);
    let docs = (0..n).map(|i| generate(&w, i)).collect();
    (w, docs)
}

#[test]
fn same_seed_same_bytes() {
    let (_, a) = corpus(11, 60);
    let (_, b) = corpus(11, 60);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.name, y.name);
        assert_eq!(x.text, y.text);
        assert_eq!(x.gold, y.gold);
    }
    let (_, c) = corpus(12, 5);
    assert_ne!(a[0].text, c[0].text);
}

#[test]
fn a_document_does_not_depend_on_the_corpus_size() {
    let w = World::new(3);
    let alone = generate(&w, 41);
    let (_, docs) = corpus(3, 50);
    assert_eq!(alone.text, docs[41].text);
}

#[test]
fn every_gold_string_occurs_in_the_text() {
    let (_, docs) = corpus(5, 400);
    for g in &docs {
        let text = visible(g);
        let gold = &g.doc_gold;
        let check = |what: &str, s: &str| {
            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                text.contains(&s),
                "{}: {what} {s:?} not in text:\n{text}",
                g.name
            );
        };
        for e in &gold.entities {
            assert!(!e.aliases.is_empty(), "{}: {} has no alias", g.name, e.name);
            for a in &e.aliases {
                assert!(
                    occurs_as_words(&text, a),
                    "{}: alias {a:?} not a whole word in:\n{text}",
                    g.name
                );
            }
        }
        for t in &gold.times {
            check("time", &t.text);
        }
        for q in gold.quotes.iter().chain(&gold.block_quotes) {
            check("quote", &q.snippet);
            assert!(!q.speaker.is_empty(), "{}: quote without speaker", g.name);
        }
        for c in &gold.citations {
            check("citation", c);
        }
        for q in &gold.quantities {
            check("quantity", &q.text);
        }
        for s in &gold.ignore {
            check("ignored string", s);
        }
        let names: HashSet<&str> = gold.entities.iter().map(|e| e.name.as_str()).collect();
        for ev in &gold.events {
            assert!(
                !ev.actors.is_empty(),
                "{}: event without actors {ev:?}",
                g.name
            );
            for a in &ev.actors {
                assert!(
                    names.contains(a.as_str()),
                    "{}: actor {a} is not a gold entity",
                    g.name
                );
            }
            for k in &ev.keywords {
                assert!(text.to_lowercase().contains(k), "{}: keyword {k}", g.name);
            }
            assert!(
                gold.times.iter().any(|t| t.value.contains(&ev.date)),
                "{}: event date {}",
                g.name,
                ev.date
            );
        }
    }
}

#[test]
fn gold_files_parse_and_name_their_document() {
    let (_, docs) = corpus(8, 100);
    for g in &docs {
        let v: serde_json::Value = serde_json::from_str(&g.gold).expect("gold is JSON");
        assert_eq!(v["doc"], g.name.as_str());
        assert_eq!(
            v["entities"].as_array().map(Vec::len),
            Some(g.doc_gold.entities.len())
        );
        if let Some(d) = g.doc_gold.date.as_deref() {
            assert_eq!(d.len(), 10);
        }
    }
}

#[test]
fn every_kind_appears() {
    let (_, docs) = corpus(2, 200);
    for k in DocKind::ALL {
        assert!(docs.iter().any(|g| g.kind == k), "{k:?} missing");
    }
    assert!(docs.iter().any(|g| !g.doc_gold.citations.is_empty()));
    assert!(docs.iter().any(|g| !g.doc_gold.block_quotes.is_empty()));
    assert!(docs
        .iter()
        .any(|g| g.text.contains("QUESTION:") || g.text.contains("Q:")));
}

#[test]
fn cross_gold_refers_to_existing_documents() {
    let (w, docs) = corpus(6, 300);
    let mut cross = CrossBuilder::new(&w);
    for g in &docs {
        cross.add(&g.facts);
    }
    let v: serde_json::Value = serde_json::from_str(&cross.finish()).expect("cross gold is JSON");
    let stems: HashSet<String> = docs.iter().map(|g| g.facts.stem.clone()).collect();
    let all_text: String = docs.iter().map(visible).collect::<Vec<_>>().join("\n");
    let conflicts = v["conflicts"].as_array().expect("conflicts");
    let corroborated = v["corroborated"].as_array().expect("corroborated");
    let merged = v["merged_entities"].as_array().expect("merged");
    let apart = v["must_not_merge"].as_array().expect("must_not_merge");
    assert!(conflicts.len() >= 4, "{}", conflicts.len());
    assert!(corroborated.len() >= 4);
    assert!(!merged.is_empty());
    assert!(!apart.is_empty());
    for item in conflicts.iter().chain(corroborated) {
        for d in item["docs"].as_array().expect("docs") {
            assert!(stems.contains(d.as_str().unwrap_or("")), "unknown doc {d}");
        }
    }
    for c in conflicts {
        assert!(c["values"].as_array().map_or(0, Vec::len) >= 2);
    }
    for m in merged {
        for f in m["must_merge"].as_array().expect("forms") {
            assert!(
                all_text.contains(f.as_str().unwrap_or("")),
                "form {f} never written"
            );
        }
    }
    for p in apart {
        let (a, b) = (p[0].as_str().unwrap_or(""), p[1].as_str().unwrap_or(""));
        assert_ne!(a, b);
        assert!(all_text.contains(a) && all_text.contains(b));
    }
}

#[test]
fn empty_and_single_corpora() {
    let w = World::new(1);
    let cross = CrossBuilder::new(&w);
    let v: serde_json::Value = serde_json::from_str(&cross.finish()).expect("JSON");
    assert_eq!(v["documents"], 0);
    let mut cross = CrossBuilder::new(&w);
    cross.add(&generate(&w, 0).facts);
    let v: serde_json::Value = serde_json::from_str(&cross.finish()).expect("JSON");
    assert_eq!(v["documents"], 1);
    assert!(v["corroborated"].as_array().is_some_and(Vec::is_empty));
}
