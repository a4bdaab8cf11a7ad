//! The JSON-lines writer for analyses and malformed-record markers.

use serde::Serialize;
use std::io::{self, BufWriter, Write};

/// Buffered JSON-lines output: one object per line.
pub struct Output<W: Write> {
    out: BufWriter<W>,
}

/// Written in a malformed record's place with `--keep-going`.
#[derive(Serialize)]
struct BadRecordLine<'a> {
    line: u64,
    error: &'a str,
}

impl<W: Write> Output<W> {
    pub fn new(inner: W) -> Self {
        Output {
            out: BufWriter::with_capacity(64 * 1024, inner),
        }
    }

    /// Write one analysis as a line of JSON.
    pub fn analysis(&mut self, analysis: &cxscore::Analysis) -> io::Result<()> {
        self.json_line(analysis)
    }

    /// Write `{"line": N, "error": "..."}` for a malformed record.
    pub fn bad_record(&mut self, line: u64, problem: &str) -> io::Result<()> {
        self.json_line(&BadRecordLine {
            line,
            error: problem,
        })
    }

    fn json_line(&mut self, value: &impl Serialize) -> io::Result<()> {
        // serde_json's error converts back into the underlying io::Error.
        serde_json::to_writer(&mut self.out, value).map_err(io::Error::from)?;
        self.out.write_all(b"\n")
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
