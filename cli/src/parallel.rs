//! `--threads N` with N > 1: the records are read in bounded chunks; each
//! chunk is scored and encoded on a pool of N threads and written in input
//! order before the next chunk is read, so memory is bounded by the chunk
//! size whatever the input size.

use crate::failure::Failure;
use crate::input::{Item, RecordReader};
use crate::output::{self, Output};
use cxscore::Analyzer;
use rayon::prelude::*;
use rayon::ThreadPool;
use std::io::{self, Write};
use std::ops::Range;

/// A chunk holds at most this many records...
pub const CHUNK_RECORDS: usize = 4096;
/// ...and stops taking more once its texts and ids reach this many bytes.
pub const CHUNK_BYTES: usize = 8 << 20;
/// A text buffer that grew past this (one huge record) is released after
/// its chunk, so it does not pin that memory for the rest of the run.
const KEEP_CAPACITY: usize = 2 * CHUNK_BYTES;
/// Each chunk is split into this many pieces per thread, so a thread that
/// drew long records is helped by the others (work stealing).
const PIECES_PER_THREAD: usize = 8;

/// Score every record in input order on `pool`; same output, exit codes and
/// messages as the one-thread [`crate::score`] loop.
pub fn pump(
    reader: &mut dyn RecordReader,
    analyzer: &Analyzer,
    out: &mut Output<impl Write>,
    name: &str,
    keep_going: bool,
    pool: &ThreadPool,
) -> Result<(), Failure> {
    let mut chunk = Chunk::default();
    let pieces = pool.current_num_threads() * PIECES_PER_THREAD;
    loop {
        let fill = chunk.fill(reader, name, keep_going);
        if !chunk.entries.is_empty() {
            let encoded = pool
                .install(|| chunk.encode(analyzer, pieces))
                .map_err(Failure::output)?;
            for lines in &encoded {
                out.encoded(lines).map_err(Failure::output)?;
            }
        }
        match fill {
            Fill::Full => {}
            Fill::End => return Ok(()),
            Fill::Stop(failure) => return Err(failure),
        }
    }
}

/// Records read ahead of scoring: texts and ids in one buffer.
#[derive(Default)]
struct Chunk {
    data: String,
    entries: Vec<Entry>,
}

/// One input record of a chunk.
enum Entry {
    /// A record to score; ranges into [`Chunk::data`].
    Record {
        id: Option<Range<usize>>,
        text: Range<usize>,
    },
    /// A malformed record (with `--keep-going`).
    Bad { line: u64, problem: String },
}

/// Why [`Chunk::fill`] stopped.
enum Fill {
    /// The chunk is full; the input may go on.
    Full,
    /// The input is exhausted.
    End,
    /// Write this chunk, then stop with this failure.
    Stop(Failure),
}

impl Chunk {
    /// Replace the contents with the next records of `reader`.
    fn fill(&mut self, reader: &mut dyn RecordReader, name: &str, keep_going: bool) -> Fill {
        self.entries.clear();
        if self.data.capacity() > KEEP_CAPACITY {
            self.data = String::new();
        }
        self.data.clear();
        while self.entries.len() < CHUNK_RECORDS && self.data.len() < CHUNK_BYTES {
            let item = match reader.next_item() {
                Ok(Some(item)) => item,
                Ok(None) => return Fill::End,
                Err(error) => return Fill::Stop(Failure::input(name, error)),
            };
            let entry = match item {
                Item::Record(record) => Entry::Record {
                    id: record.id.map(|id| push(&mut self.data, &id)),
                    text: push(&mut self.data, &record.text),
                },
                Item::Bad { line, problem } if keep_going => Entry::Bad { line, problem },
                Item::Bad { line, problem } => {
                    return Fill::Stop(Failure::BadRecord {
                        source: name.to_string(),
                        line,
                        problem,
                    })
                }
            };
            self.entries.push(entry);
        }
        Fill::Full
    }

    /// Score and encode every entry, in parallel on the current pool, as
    /// about `pieces` runs of JSON lines in input order.
    fn encode(&self, analyzer: &Analyzer, pieces: usize) -> io::Result<Vec<Vec<u8>>> {
        let per_piece = self.entries.len().div_ceil(pieces.max(1)).max(1);
        self.entries
            .par_chunks(per_piece)
            .map(|entries| {
                let mut lines = Vec::with_capacity(entries.len() * 1024);
                for entry in entries {
                    match entry {
                        Entry::Record { id, text } => {
                            let analysis = analyzer.analyze(&self.data[text.clone()]);
                            let analysis = match id {
                                Some(id) => analysis.with_id(&self.data[id.clone()]),
                                None => analysis,
                            };
                            output::encode_analysis(&mut lines, &analysis);
                        }
                        Entry::Bad { line, problem } => {
                            output::encode_bad_record(&mut lines, *line, problem)?;
                        }
                    }
                }
                Ok(lines)
            })
            .collect()
    }
}

/// Append `s` to `data`; where it went.
fn push(data: &mut String, s: &str) -> Range<usize> {
    let start = data.len();
    data.push_str(s);
    start..data.len()
}
