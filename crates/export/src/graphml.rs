//! The actor network as GraphML, the XML graph format that networkx,
//! igraph, yEd, Cytoscape and Gephi all read.
//!
//! The graph is the one [`gexf`](crate::gexf) writes: nodes are actors
//! (`label`, `type`, `documents`), an edge is one pair of actors and one
//! event type with `event_type`, `events` (distinct events linking them),
//! `weight` (the same count, under the name graph tools look for) and
//! `relation` (`actor-target`, or `together` for co-actors, written from
//! the lower id to the higher). Two actors linked by several event types
//! have several edges, so the graph declares `parallel.edges` and readers
//! build a multigraph; every edge has its own id.
//!
//! Each attribute is declared once with a `<key>` whose id is unique across
//! nodes and edges (a reader keys its table by id alone).

use std::io::Write;

use dossier_store::reader::Network;

use crate::gexf::{escape, relation};
use crate::Result;

/// Writes `network` as one GraphML document.
pub fn write<W: Write>(network: &Network, mut out: W) -> Result<()> {
    out.write_all(HEAD.as_bytes())?;
    for n in &network.nodes {
        writeln!(
            out,
            "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"type\">{}</data><data key=\"documents\">{}</data></node>",
            n.id,
            escape(&n.name),
            escape(&n.kind),
            n.documents
        )?;
    }
    for (i, e) in network.edges.iter().enumerate() {
        let relation = relation(e);
        writeln!(
            out,
            "    <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\"><data key=\"event_type\">{}</data><data key=\"events\">{}</data><data key=\"weight\">{}</data><data key=\"relation\">{relation}</data></edge>",
            e.source,
            e.target,
            escape(&e.kind),
            e.events,
            e.events
        )?;
    }
    writeln!(out, "  </graph>\n</graphml>")?;
    out.flush()?;
    Ok(())
}

const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="documents" for="node" attr.name="documents" attr.type="int"/>
  <key id="event_type" for="edge" attr.name="event_type" attr.type="string"/>
  <key id="events" for="edge" attr.name="events" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="actors" edgedefault="directed" parse.nodes="auto" parse.edges="auto" parse.order="nodesfirst" parallel.edges="true">
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gexf::tests::network;

    #[test]
    fn keys_are_unique_and_edges_carry_type_and_count() {
        let mut out = Vec::new();
        write(&network(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        let ids: Vec<&str> = xml
            .split("<key id=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(ids.len(), unique.len(), "{ids:?}");
        assert!(xml.contains("<data key=\"label\">Voss &amp; &quot;Sons&quot; &lt;Ltd&gt;</data>"));
        assert!(xml.contains("<data key=\"label\">ArlenCouncil</data>"));
        assert!(xml.contains(
            "<data key=\"event_type\">MEET</data><data key=\"events\">3</data><data key=\"weight\">3</data><data key=\"relation\">actor-target</data>"
        ));
        assert!(xml.contains("<data key=\"relation\">together</data>"));
        assert_eq!(xml.matches("<edge ").count(), 2);
        assert_eq!(xml.matches("<node ").count(), 2);
        assert!(xml.trim_end().ends_with("</graphml>"));
    }
}
