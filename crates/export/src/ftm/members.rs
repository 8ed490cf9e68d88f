//! `Membership` entities: one per document, member and organization, for
//! every membership that document states in so many words (see
//! [`crate::membership`]).

use std::collections::HashMap;

use dossier_store::export_rows::{ExportMention, ExportRows};

use super::{cite_document, proxy::Proxy};
use crate::ids;
use crate::index::Index;
use crate::membership::{self, Kind, Named};

/// Memberships stated in the documents of `rows`, between exported actors.
pub(super) fn memberships(
    rows: &ExportRows,
    index: &Index<'_>,
    ids: &HashMap<i64, String>,
) -> Vec<Proxy> {
    let mut by_doc: HashMap<&str, Vec<&ExportMention>> = HashMap::new();
    for m in &rows.mentions {
        by_doc.entry(&m.document).or_default().push(m);
    }
    let mut out = Vec::new();
    for d in &rows.documents {
        let Some(mentions) = by_doc.get(d.id.as_str()) else {
            continue;
        };
        let bytes = byte_offsets(&d.text);
        let mut named: Vec<Named> = Vec::new();
        for m in mentions {
            let Some(e) = index.entity(m.entity).filter(|e| ids.contains_key(&e.id)) else {
                continue;
            };
            let kind = match e.kind.as_str() {
                "person" => Kind::Person,
                "organization" => Kind::Organization,
                _ => Kind::Other,
            };
            for &(s, t) in &m.spans {
                let at = |cp: i64| usize::try_from(cp).ok().and_then(|i| bytes.get(i).copied());
                if let (Some(start), Some(end)) = (at(s), at(t)) {
                    named.push(Named {
                        entity: e.id,
                        kind,
                        start,
                        end,
                    });
                }
            }
        }
        let mut seen: HashMap<(i64, i64), usize> = HashMap::new();
        let first = out.len();
        for f in membership::find(&d.text, &mut named) {
            let (Some(member), Some(org)) = (ids.get(&f.member), ids.get(&f.organization)) else {
                continue;
            };
            let at = *seen.entry((f.member, f.organization)).or_insert_with(|| {
                let mut p =
                    Proxy::new("Membership", ids::make("membership", &[&d.id, member, org]));
                p.add("member", member.clone());
                p.add("organization", org.clone());
                cite_document(&mut p, d);
                out.push(p);
                out.len() - 1 - first
            });
            let p = &mut out[first + at];
            if let Some(role) = f.role {
                p.add("role", role);
            }
            if let Some(said) = d.text.get(f.start..f.end) {
                p.add("summary", said.to_string());
            }
        }
    }
    out
}

/// `offsets[i]` is the byte offset of code point `i`; the last entry is the
/// text's length, so an exclusive end maps too.
fn byte_offsets(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    v.push(text.len());
    v
}
