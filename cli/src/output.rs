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
        encode_analysis(&mut self.out, analysis)
    }

    /// Write `{"line": N, "error": "..."}` for a malformed record.
    pub fn bad_record(&mut self, line: u64, problem: &str) -> io::Result<()> {
        encode_bad_record(&mut self.out, line, problem)
    }

    /// Write lines already encoded by [`encode_analysis`] and [`encode_bad_record`].
    pub fn encoded(&mut self, lines: &[u8]) -> io::Result<()> {
        self.out.write_all(lines)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// One analysis as a line of JSON, the bytes [`Output::analysis`] writes.
pub fn encode_analysis(out: impl Write, analysis: &cxscore::Analysis) -> io::Result<()> {
    json_line(out, analysis)
}

/// `{"line": N, "error": "..."}`, the bytes [`Output::bad_record`] writes.
pub fn encode_bad_record(out: impl Write, line: u64, problem: &str) -> io::Result<()> {
    json_line(
        out,
        &BadRecordLine {
            line,
            error: problem,
        },
    )
}

fn json_line(mut out: impl Write, value: &impl Serialize) -> io::Result<()> {
    // serde_json's error converts back into the underlying io::Error.
    serde_json::to_writer(&mut out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")
}
