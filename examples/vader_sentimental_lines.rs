//! A line-by-line scorer built on the `vader-sentimental` crate, the peer
//! `scripts/bench_cli.sh` times `cxscore score` against.
//!
//! `cargo run --release --example vader_sentimental_lines -- FILE` writes one
//! compound score per line of FILE to stdout. Lines are split like
//! `cxscore score`'s text format (`\n`, a trailing `\r` removed); a line that
//! is not UTF-8 is scored on its lossy decoding.

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use vader_sentimental::SentimentIntensityAnalyzer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args_os()
        .nth(1)
        .ok_or("usage: vader_sentimental_lines FILE")?;
    let mut input = BufReader::with_capacity(256 * 1024, std::fs::File::open(&path)?);
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let analyzer = SentimentIntensityAnalyzer::new();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        let mut line = buf.as_slice();
        if let Some(rest) = line.strip_suffix(b"\n") {
            line = rest;
        }
        if let Some(rest) = line.strip_suffix(b"\r") {
            line = rest;
        }
        let text = String::from_utf8_lossy(line);
        let compound = analyzer.polarity_scores(&text).compound;
        if let Err(e) = writeln!(out, "{compound}") {
            // `| head` closed the pipe: a normal end.
            return if e.kind() == io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(e.into())
            };
        }
    }
    match out.flush() {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
