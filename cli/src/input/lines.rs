//! Line splitting shared by the line-based formats.

use std::io::{self, BufRead};

/// A line buffer that grew past this is shrunk back after use, so one huge
/// line does not pin its memory for the rest of the run.
const KEEP_CAPACITY: usize = 1024 * 1024;

/// Reads lines as bytes into one reused buffer.
pub struct Lines<R> {
    inner: R,
    buf: Vec<u8>,
    line: u64,
}

impl<R: BufRead> Lines<R> {
    pub fn new(inner: R) -> Self {
        Lines {
            inner,
            buf: Vec::with_capacity(4096),
            line: 0,
        }
    }

    /// The next line's 1-based number and bytes, without its `\n` or `\r\n`,
    /// and without a UTF-8 byte-order mark on line 1. `None` at the end.
    pub fn next_line(&mut self) -> io::Result<Option<(u64, &[u8])>> {
        if self.buf.capacity() > KEEP_CAPACITY {
            self.buf = Vec::with_capacity(4096);
        }
        self.buf.clear();
        if self.inner.read_until(b'\n', &mut self.buf)? == 0 {
            return Ok(None);
        }
        self.line += 1;
        let mut bytes = self.buf.as_slice();
        if let Some(rest) = bytes.strip_suffix(b"\n") {
            bytes = rest;
        }
        if let Some(rest) = bytes.strip_suffix(b"\r") {
            bytes = rest;
        }
        if self.line == 1 {
            if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
                bytes = rest;
            }
        }
        Ok(Some((self.line, bytes)))
    }
}
