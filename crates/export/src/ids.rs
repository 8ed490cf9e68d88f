//! Deterministic identifiers: a prefix naming what it is and the first 20
//! hex digits of the SHA-256 of the parts that make it unique.

use sha2::{Digest, Sha256};

/// `prefix-` and a hash of `parts`, joined by a separator no part contains.
pub(crate) fn make(prefix: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0x1f]);
    }
    let digest = h.finalize();
    let mut out = String::with_capacity(prefix.len() + 21);
    out.push_str(prefix);
    out.push('-');
    for b in digest.iter().take(10) {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_parts_same_id_and_parts_do_not_run_together() {
        assert_eq!(super::make("x", &["a", "b"]), super::make("x", &["a", "b"]));
        assert_ne!(super::make("x", &["ab", ""]), super::make("x", &["a", "b"]));
        assert_eq!(super::make("ent", &["a"]).len(), 24);
    }
}
