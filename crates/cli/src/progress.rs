//! Progress of a long ingest: a bar on a terminal, a quiet line now and then otherwise.

use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

/// Reports files and bytes done, rate, time left and errors so far.
pub struct Progress {
    bar: Option<ProgressBar>,
    files: u64,
    done: u64,
    total_bytes: u64,
    bytes: u64,
    started: Instant,
    last_line: Instant,
}

/// How often a line is printed when standard error is not a terminal.
const QUIET_EVERY: Duration = Duration::from_secs(5);

impl Progress {
    /// Progress over `files` files of `bytes` bytes; a bar when `terminal`.
    pub fn new(files: u64, bytes: u64, terminal: bool) -> Progress {
        let bar = terminal.then(|| {
            let bar = ProgressBar::new(bytes);
            let style = ProgressStyle::with_template(
                "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            files,
            done: 0,
            total_bytes: bytes,
            bytes: 0,
            started: Instant::now(),
            last_line: Instant::now(),
        }
    }

    /// One more file done, of `bytes` bytes; `errors` so far.
    pub fn advance(&mut self, bytes: u64, errors: usize) {
        self.done += 1;
        self.bytes += bytes;
        let msg = format!("{}/{} files, {errors} errors", self.done, self.files);
        match &self.bar {
            Some(bar) => {
                bar.set_position(self.bytes);
                bar.set_message(msg);
            }
            None if self.last_line.elapsed() >= QUIET_EVERY => {
                self.last_line = Instant::now();
                let secs = self.started.elapsed().as_secs_f64().max(1e-9);
                let rate = self.done as f64 / secs;
                let left = (self.files.saturating_sub(self.done)) as f64 / rate.max(1e-9);
                eprintln!(
                    "dossier: {msg}, {:.1}/{:.1} MB, {rate:.0} files/s, ETA {left:.0} s",
                    self.bytes as f64 / 1e6,
                    self.total_bytes as f64 / 1e6
                );
            }
            None => {}
        }
    }

    /// Reports a file that failed, above the bar when there is one.
    pub fn error(&self, name: &str, reason: &str) {
        self.note(&format!("{name}: {reason}"));
    }

    /// Prints one line about the run, above the bar when there is one.
    pub fn note(&self, what: &str) {
        let line = format!("dossier: {what}");
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
