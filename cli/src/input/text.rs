//! `--format text`: every line is a comment.

use super::lines::Lines;
use super::{utf8, Item, Record, RecordReader};
use std::borrow::Cow;
use std::io::{self, BufRead};

pub struct TextReader<R> {
    lines: Lines<R>,
}

impl<R: BufRead> TextReader<R> {
    pub fn new(inner: R) -> Self {
        TextReader {
            lines: Lines::new(inner),
        }
    }
}

impl<R: BufRead> RecordReader for TextReader<R> {
    fn next_item(&mut self) -> io::Result<Option<Item<'_>>> {
        let Some((line, bytes)) = self.lines.next_line()? else {
            return Ok(None);
        };
        Ok(Some(match utf8(bytes, "the line") {
            Ok(text) => Item::Record(Record {
                id: None,
                text: Cow::Borrowed(text),
            }),
            Err(problem) => Item::bad(line, problem),
        }))
    }
}
