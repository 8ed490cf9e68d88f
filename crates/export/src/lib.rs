//! Exports of a dossier knowledge base into the formats other tools read.
//!
//! Investigators work in more than one tool: Aleph and OpenSanctions speak
//! FollowTheMoney ([`ftm`]), event researchers speak PLOVER ([`plover`]),
//! analysts open CSV in spreadsheets ([`csv_files`]), graphs go to Gephi
//! ([`gexf`]) or to networkx, igraph and yEd ([`graphml`]), and
//! chronologies to TimelineJS ([`timeline`]).
//!
//! Every writer is pure: rows from the store in, bytes out to any
//! [`std::io::Write`]. Nothing here opens the database, so each format is
//! tested on hand-built rows and the command line only glues the two.
//! Identifiers are derived from content (document hashes, names, spans),
//! never from the wall clock or a random source, so exporting the same
//! store twice gives the same bytes.
//!
//! ```
//! use dossier_store::TimelineRow;
//! let rows = vec![TimelineRow {
//!     date: Some("1994-03-02".into()), kind: "MEET".into(),
//!     text: "The envoys met in Arlen.".into(), actors: vec![], sources: vec![],
//!     source_count: 0,
//! }];
//! let mut out = Vec::new();
//! dossier_export::timeline::write(&rows, &mut out).unwrap();
//! let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
//! assert_eq!(json["events"][0]["start_date"]["year"], "1994");
//! ```
#![deny(missing_docs)]

pub mod csv_files;
mod error;
pub mod ftm;
pub mod gexf;
pub mod graphml;
mod ids;
mod index;
mod membership;
pub mod plover;
pub mod timeline;

pub use error::{Error, Result};
