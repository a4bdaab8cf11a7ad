//! Score comments, one per line, and print one JSON analysis per line.
//!
//! `cargo run --example score` scores the bundled `examples/comments.txt`;
//! `cargo run --example score -- FILE` scores FILE.

use cxscore::Analyzer;
use std::io::{BufRead, BufReader, Write};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/comments.txt").to_string()
    });
    let analyzer = Analyzer::default();
    let reader = BufReader::new(std::fs::File::open(&path)?);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in reader.lines() {
        let line = line?;
        let analysis = analyzer.analyze(&line);
        writeln!(
            out,
            "{:+.3} {:<8} {}",
            analysis.sentiment.compound,
            analysis.sentiment.label.as_str(),
            line
        )?;
        serde_json::to_writer(&mut out, &analysis)?;
        writeln!(out)?;
    }
    Ok(())
}
