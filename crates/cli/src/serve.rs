//! `dossier serve`: the HTTP API and web UI over the knowledge base.

use std::net::SocketAddr;
use std::path::Path;
use std::process::ExitCode;

/// Arguments of `dossier serve`.
#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on; anything but loopback needs --token.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,
    /// Secret every request must present (Authorization: Bearer, or the login form).
    #[arg(long, env = "DOSSIER_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Refuse every write (uploads answer 403); the store is opened read-only.
    #[arg(long)]
    pub read_only: bool,
    /// Largest upload request in bytes (a suffix K, M or G multiplies).
    #[arg(long, default_value = "64M", value_parser = crate::parse_size)]
    pub max_upload: usize,
    /// Largest single uploaded file in bytes.
    #[arg(long, default_value = "32M", value_parser = crate::parse_size)]
    pub max_size: usize,
    /// Most distinct entities in one document; a document with more is
    /// refused with an error, never cut short.
    #[arg(long, default_value_t = 50_000)]
    pub max_entities: usize,
}

/// Serves until Ctrl-C.
pub fn run(db: &Path, args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let mut config = dossier_server::Config::new(db);
    config.bind = args.bind;
    config.token = args.token.clone();
    config.read_only = args.read_only;
    config.max_upload = args.max_upload;
    config.max_file = args.max_size.min(args.max_upload);
    config.max_entities = args.max_entities;
    dossier_server::serve_blocking(config, |addr| {
        // The one line scripts wait for; the port matters when --bind asked for port 0.
        eprintln!("dossier: serving {} on http://{addr}/", db.display());
    })?;
    Ok(ExitCode::SUCCESS)
}
