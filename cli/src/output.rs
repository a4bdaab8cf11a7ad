//! The JSON-lines writer for analyses and malformed-record markers.

use serde::Serialize;
use std::io::{self, Write};

/// Output is written to the inner writer in pieces of about this size.
const BUFFER: usize = 64 * 1024;

/// Buffered JSON-lines output: one object per line.
pub struct Output<W: Write> {
    inner: W,
    buf: Vec<u8>,
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
            inner,
            buf: Vec::with_capacity(BUFFER + 4096),
        }
    }

    /// Write one analysis as a line of JSON.
    pub fn analysis(&mut self, analysis: &cxscore::Analysis) -> io::Result<()> {
        encode_analysis(&mut self.buf, analysis);
        self.write_full()
    }

    /// Write `{"line": N, "error": "..."}` for a malformed record.
    pub fn bad_record(&mut self, line: u64, problem: &str) -> io::Result<()> {
        encode_bad_record(&mut self.buf, line, problem)?;
        self.write_full()
    }

    /// Write lines already encoded by [`encode_analysis`] and [`encode_bad_record`].
    pub fn encoded(&mut self, lines: &[u8]) -> io::Result<()> {
        self.buf.extend_from_slice(lines);
        self.write_full()
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.inner.write_all(&self.buf)?;
        self.buf.clear();
        self.inner.flush()
    }

    /// Hand the buffer to the inner writer once it holds a full piece, so
    /// an analysis is copied once, into the buffer, on its way out.
    fn write_full(&mut self) -> io::Result<()> {
        if self.buf.len() >= BUFFER {
            self.inner.write_all(&self.buf)?;
            self.buf.clear();
            if self.buf.capacity() > 4 * BUFFER {
                // One huge record grew it; do not pin that memory.
                self.buf = Vec::with_capacity(BUFFER + 4096);
            }
        }
        Ok(())
    }
}

/// One analysis as a line of JSON, the bytes [`Output::analysis`] writes.
pub fn encode_analysis(out: &mut Vec<u8>, analysis: &cxscore::Analysis) {
    analysis.write_json(out);
    out.push(b'\n');
}

/// `{"line": N, "error": "..."}`, the bytes [`Output::bad_record`] writes.
pub fn encode_bad_record(out: &mut Vec<u8>, line: u64, problem: &str) -> io::Result<()> {
    // serde_json's error converts back into the underlying io::Error.
    serde_json::to_writer(
        &mut *out,
        &BadRecordLine {
            line,
            error: problem,
        },
    )
    .map_err(io::Error::from)?;
    out.push(b'\n');
    Ok(())
}
