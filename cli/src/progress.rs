//! The progress bar: bytes read of the input file, on stderr, only when
//! stderr is a terminal.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

const TEMPLATE: &str =
    "{spinner} [{elapsed_precise}] [{wide_bar}] {bytes}/{total_bytes} ({bytes_per_sec}, ETA {eta})";

/// A bar for an input of `len` bytes, or `None` when stderr is not a terminal.
pub fn for_file(len: u64) -> Option<Progress> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let style = ProgressStyle::with_template(TEMPLATE)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    Some(Progress(ProgressBar::new(len).with_style(style)))
}

/// Clears the bar when dropped, so messages after it start on a clean line.
pub struct Progress(pub ProgressBar);

impl Drop for Progress {
    fn drop(&mut self) {
        self.0.finish_and_clear();
    }
}
