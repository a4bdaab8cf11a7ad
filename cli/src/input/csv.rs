//! `--format csv`: a header row, then one record per row.

use super::{utf8, CsvColumns, Item, Record, RecordReader};
use crate::failure::Failure;
use csv::{ByteRecord, ErrorKind, ReaderBuilder};
use std::borrow::Cow;
use std::io::{self, Read};

pub struct CsvReader {
    reader: csv::Reader<Box<dyn Read>>,
    record: ByteRecord,
    text: usize,
    id: Option<usize>,
}

impl CsvReader {
    /// Read the header row and find the columns; a missing one is a usage error.
    pub fn new(input: Box<dyn Read>, name: &str, columns: CsvColumns<'_>) -> Result<Self, Failure> {
        let mut reader = ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .buffer_capacity(256 * 1024)
            .from_reader(input);
        let headers = reader.byte_headers().map_err(|e| {
            let message = e.to_string();
            match e.into_kind() {
                ErrorKind::Io(e) => Failure::input(name, e),
                _ => Failure::Usage(format!("{name}: cannot read the CSV header row: {message}")),
            }
        })?;
        let find = |column: &str| -> Result<usize, Failure> {
            headers
                .iter()
                .position(|h| h == column.as_bytes())
                .ok_or_else(|| {
                    let found: Vec<String> = headers
                        .iter()
                        .map(|h| format!("{:?}", String::from_utf8_lossy(h)))
                        .collect();
                    Failure::Usage(format!(
                        "{name}: no column {column:?} in the CSV header (columns: {})",
                        if found.is_empty() {
                            "none, the input is empty".to_string()
                        } else {
                            found.join(", ")
                        }
                    ))
                })
        };
        let text = find(columns.text)?;
        let id = columns.id.map(find).transpose()?;
        Ok(CsvReader {
            reader,
            record: ByteRecord::new(),
            text,
            id,
        })
    }
}

impl RecordReader for CsvReader {
    fn next_item(&mut self) -> io::Result<Option<Item<'_>>> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let line = self.record.position().map_or(0, |p| p.line());
                Ok(Some(match fields(&self.record, self.text, self.id) {
                    Ok(record) => Item::Record(record),
                    Err(problem) => Item::bad(line, problem),
                }))
            }
            Err(error) => {
                let fallback = self.reader.position().line();
                let message = error.to_string();
                match error.into_kind() {
                    ErrorKind::Io(e) => Err(e),
                    ErrorKind::UnequalLengths {
                        pos,
                        expected_len,
                        len,
                    } => Ok(Some(Item::bad(
                        pos.map_or(fallback, |p| p.line()),
                        format!("expected {expected_len} fields like the header, found {len}"),
                    ))),
                    _ => Ok(Some(Item::bad(fallback, message))),
                }
            }
        }
    }
}

fn fields(record: &ByteRecord, text: usize, id: Option<usize>) -> Result<Record<'_>, String> {
    let field = |index: usize| {
        record
            .get(index)
            .ok_or_else(|| format!("row has no column {}", index + 1))
    };
    let text = utf8(field(text)?, "the text column")?;
    let id = match id {
        Some(index) => Some(Cow::Borrowed(utf8(field(index)?, "the id column")?)),
        None => None,
    };
    Ok(Record {
        id,
        text: Cow::Borrowed(text),
    })
}
