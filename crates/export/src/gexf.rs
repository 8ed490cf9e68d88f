//! The actor network as GEXF 1.2, the format Gephi opens natively.
//!
//! Nodes are actors (label, type, documents); an edge is one pair of
//! actors and one event type, weighted by how many distinct events link
//! them. Who did what to whom is an edge from actor to target; actors
//! acting together are one edge from the lower id to the higher with
//! `relation` = `together`. Every edge is written `directed` because GEXF
//! readers (networkx among them) reject undirected edges in a directed
//! graph; the `relation` attribute keeps the difference.
//!
//! XML is written by hand: the document is flat and fixed, and every
//! attribute value goes through [`escape`].

use std::io::Write;

use dossier_store::reader::{Network, NetworkEdge};

use crate::Result;

/// Writes `network` as one GEXF document.
pub fn write<W: Write>(network: &Network, mut out: W) -> Result<()> {
    out.write_all(HEAD.as_bytes())?;
    writeln!(out, "    <nodes>")?;
    for n in &network.nodes {
        writeln!(
            out,
            "      <node id=\"n{}\" label=\"{}\"><attvalues><attvalue for=\"type\" value=\"{}\"/><attvalue for=\"documents\" value=\"{}\"/></attvalues></node>",
            n.id,
            escape(&n.name),
            escape(&n.kind),
            n.documents
        )?;
    }
    writeln!(out, "    </nodes>\n    <edges>")?;
    for (i, e) in network.edges.iter().enumerate() {
        let relation = relation(e);
        writeln!(
            out,
            "      <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\" label=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"event_type\" value=\"{}\"/><attvalue for=\"events\" value=\"{}\"/><attvalue for=\"relation\" value=\"{relation}\"/></attvalues></edge>",
            e.source,
            e.target,
            escape(&e.kind),
            e.events,
            escape(&e.kind),
            e.events
        )?;
    }
    writeln!(out, "    </edges>\n  </graph>\n</gexf>")?;
    out.flush()?;
    Ok(())
}

const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <meta><creator>dossier</creator><description>Actors linked by the events they share</description></meta>
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="documents" title="documents" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="event_type" title="event_type" type="string"/>
      <attribute id="events" title="events" type="integer"/>
      <attribute id="relation" title="relation" type="string"/>
    </attributes>
"#;

/// How an edge's two actors relate: one acted on the other, or both took part.
pub(crate) fn relation(edge: &NetworkEdge) -> &'static str {
    if edge.directed {
        "actor-target"
    } else {
        "together"
    }
}

/// `s` safe inside a double-quoted XML attribute; characters XML 1.0
/// forbids (most control characters) are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push_str(&format!("&#{};", c as u32)),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use dossier_store::reader::{NetworkEdge, NetworkNode};

    /// Two actors with a directed and an undirected link and names to escape.
    pub(crate) fn network() -> Network {
        let node = |id, name: &str| NetworkNode {
            id,
            name: name.into(),
            kind: "person".into(),
            documents: 2,
        };
        Network {
            nodes: vec![
                node(1, "Voss & \"Sons\" <Ltd>"),
                node(2, "Arlen\u{1}Council"),
            ],
            edges: vec![
                NetworkEdge {
                    source: 1,
                    target: 2,
                    kind: "MEET".into(),
                    directed: true,
                    events: 3,
                },
                NetworkEdge {
                    source: 1,
                    target: 2,
                    kind: "ACCUSE".into(),
                    directed: false,
                    events: 1,
                },
            ],
        }
    }

    #[test]
    fn names_are_escaped_and_ids_unique() {
        let mut out = Vec::new();
        write(&network(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(xml.contains("label=\"Voss &amp; &quot;Sons&quot; &lt;Ltd&gt;\""));
        assert!(xml.contains("label=\"ArlenCouncil\""));
        assert!(xml.contains("id=\"e0\"") && xml.contains("id=\"e1\""));
        assert!(xml.contains("weight=\"3\""));
        assert!(xml.contains("value=\"together\""));
        assert_eq!(xml.matches("<edge ").count(), 2);
    }
}
