//! `dossier extract`: documents in, dossier.extract/1 JSON out.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use dossier_doc::contract;
use dossier_extract::{LoadOptions, Options};
use rayon::prelude::*;

use crate::inputs::{expand, Input};
use crate::{ExtractArgs, OutputFormat};

/// Documents processed together; bounds memory while keeping output in input order.
const CHUNK: usize = 64;

/// Runs the command; exit code 2 when any input failed.
pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        // Only fails when a pool already exists, in which case it is kept.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let options = Options {
        load: LoadOptions {
            max_bytes: args.max_size,
            max_entities: args.max_entities,
            ..LoadOptions::default()
        },
        settings: dossier_doc::Settings {
            day_first: args.day_first,
            date_override: args.date.clone(),
        },
    };
    let (inputs, errors) = expand(&args.paths);
    let mut failed = errors.len();
    for (name, reason) in &errors {
        eprintln!("dossier: {name}: {reason}");
    }
    let single = inputs.len() == 1 && args.format == OutputFormat::Json
        || args.format == OutputFormat::Pretty && inputs.len() == 1;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let array = args.out.is_none() && !single && args.format != OutputFormat::Jsonl;
    if array {
        out.write_all(b"[")?;
    }
    let mut written = 0usize;
    let mut stems = HashSet::new();
    for chunk in inputs.chunks(CHUNK) {
        let results: Vec<_> = chunk.par_iter().map(|input| one(input, &options)).collect();
        for (input, result) in chunk.iter().zip(results) {
            match result {
                Ok((json, warnings)) => {
                    for w in warnings {
                        eprintln!("dossier: warning: {}: {w}", input.name());
                    }
                    if let Some(dir) = &args.out {
                        write_file(dir, input, &json, &mut stems, args.format)?;
                    } else {
                        if array && written > 0 {
                            out.write_all(b",\n")?;
                        }
                        write_value(&mut out, &json, args.format)?;
                        if !array {
                            out.write_all(b"\n")?;
                        }
                    }
                    written += 1;
                }
                Err(reason) => {
                    failed += 1;
                    eprintln!("dossier: {}: {reason}", input.name());
                }
            }
        }
    }
    if array {
        out.write_all(b"]\n")?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads and extracts one input; the error is the reason, for one line of stderr.
fn one(input: &Input, options: &Options) -> Result<(contract::Extract, Vec<String>), String> {
    let bytes = input.read().map_err(|e| e.to_string())?;
    let source = input.name();
    let extracted =
        dossier_extract::extract_bytes(&source, &bytes, options).map_err(|e| e.to_string())?;
    Ok((
        contract::to_extract(&extracted.document),
        extracted.warnings,
    ))
}

fn write_value(
    out: &mut impl Write,
    json: &contract::Extract,
    format: OutputFormat,
) -> anyhow::Result<()> {
    match format {
        OutputFormat::Pretty => serde_json::to_writer_pretty(&mut *out, json)?,
        _ => serde_json::to_writer(&mut *out, json)?,
    }
    Ok(())
}

fn write_file(
    dir: &Path,
    input: &Input,
    json: &contract::Extract,
    stems: &mut HashSet<String>,
    format: OutputFormat,
) -> anyhow::Result<()> {
    let stem = match input {
        Input::Stdin => "stdin".to_string(),
        Input::File(p) => p
            .file_stem()
            .map_or("document".into(), |s| s.to_string_lossy().into_owned()),
    };
    if !stems.insert(stem.clone()) {
        eprintln!(
            "dossier: warning: {}: another input also writes {stem}.json; the later one wins",
            input.name()
        );
    }
    let path = dir.join(format!("{stem}.json"));
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(&path).with_context(|| format!("cannot write {}", path.display()))?,
    );
    write_value(&mut file, json, format)?;
    file.flush()?;
    Ok(())
}
