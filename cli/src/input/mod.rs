//! Input readers: each yields one record at a time, borrowing from buffers
//! it reuses, so memory stays constant however large the input.

mod csv;
mod jsonl;
mod lines;
mod text;

use crate::args::Format;
use crate::failure::Failure;
use std::borrow::Cow;
use std::io::{self, BufReader, Read};

/// Read-buffer size for line-based formats.
const BUFFER: usize = 256 * 1024;

/// One comment to score.
#[derive(Debug)]
pub struct Record<'a> {
    pub id: Option<Cow<'a, str>>,
    pub text: Cow<'a, str>,
}

/// What a reader yields for each input record.
#[derive(Debug)]
pub enum Item<'a> {
    Record(Record<'a>),
    /// A malformed record at this 1-based line, and what is wrong with it.
    Bad {
        line: u64,
        problem: String,
    },
}

impl Item<'_> {
    fn bad(line: u64, problem: impl Into<String>) -> Self {
        Item::Bad {
            line,
            problem: problem.into(),
        }
    }
}

/// A stream of records.
pub trait RecordReader {
    /// The next record, `Ok(None)` at the end of the input, `Err` when reading fails.
    fn next_item(&mut self) -> io::Result<Option<Item<'_>>>;
}

/// Which CSV columns to read.
pub struct CsvColumns<'a> {
    pub text: &'a str,
    pub id: Option<&'a str>,
}

/// A reader for `format` over `input`; `name` names the input in messages.
pub fn reader(
    format: Format,
    input: Box<dyn Read>,
    name: &str,
    columns: Option<CsvColumns<'_>>,
) -> Result<Box<dyn RecordReader>, Failure> {
    Ok(match format {
        Format::Text => Box::new(text::TextReader::new(BufReader::with_capacity(
            BUFFER, input,
        ))),
        Format::Jsonl => Box::new(jsonl::JsonlReader::new(BufReader::with_capacity(
            BUFFER, input,
        ))),
        Format::Csv => {
            let columns = columns
                .ok_or_else(|| Failure::Usage("--format csv needs --text-column NAME".into()))?;
            Box::new(csv::CsvReader::new(input, name, columns)?)
        }
    })
}

/// A field's bytes as UTF-8, or what is wrong with them.
fn utf8<'a>(bytes: &'a [u8], what: &str) -> Result<&'a str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "invalid UTF-8 in {what} at byte {} (the input must be UTF-8)",
            e.valid_up_to() + 1
        )
    })
}
