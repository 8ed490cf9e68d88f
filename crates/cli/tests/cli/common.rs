//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A command running the built `dossier` binary.
pub fn dossier() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.stdin(Stdio::null());
    cmd
}

/// Runs `dossier` with `args` and returns its output.
pub fn run(args: &[&str]) -> Output {
    dossier().args(args).output().expect("dossier runs")
}

/// Checks every span of one dossier.extract/1 object against its text.
/// Returns the number of spans checked.
pub fn check_spans(doc: &serde_json::Value) -> usize {
    let text: Vec<char> = doc["document"]["text"]
        .as_str()
        .expect("text")
        .chars()
        .collect();
    let mut checked = 0;
    let mut check = |item: &serde_json::Value, what: &str| {
        let start = item["start"].as_u64().expect("start") as usize;
        let end = item["end"].as_u64().expect("end") as usize;
        assert!(
            start <= end && end <= text.len(),
            "{what}: bad range {start}..{end}"
        );
        if let Some(t) = item.get("text").and_then(|t| t.as_str()) {
            let slice: String = text[start..end].iter().collect();
            assert_eq!(
                slice, t,
                "{what}: text differs from document.text[{start}:{end}]"
            );
        }
        checked += 1;
    };
    for key in [
        "sentences",
        "times",
        "quotes",
        "citations",
        "quantities",
        "events",
    ] {
        for item in doc[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key} must be a list"))
        {
            check(item, key);
        }
    }
    for entity in doc["entities"].as_array().expect("entities list") {
        for m in entity["mentions"].as_array().expect("mentions list") {
            check(m, "mention");
        }
    }
    checked
}
