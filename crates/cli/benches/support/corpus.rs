//! The documents of a folder, for the benchmarks.

use std::path::Path;

/// Every `.txt`, `.html` and `.md` file directly in `dir` except a README,
/// as (file name, bytes), sorted by name.
pub fn documents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("txt" | "html" | "md")
            ) && p.file_stem().is_some_and(|s| s != "README")
        })
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                std::fs::read(&p).ok()?,
            ))
        })
        .collect();
    out.sort();
    out
}
