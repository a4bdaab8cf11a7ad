//! `--format jsonl`: one JSON object per line, `{"text": "...", "id": ...}`.

use super::lines::Lines;
use super::{utf8, Item, Record, RecordReader};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::io::{self, BufRead};

pub struct JsonlReader<R> {
    lines: Lines<R>,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(inner: R) -> Self {
        JsonlReader {
            lines: Lines::new(inner),
        }
    }
}

impl<R: BufRead> RecordReader for JsonlReader<R> {
    fn next_item(&mut self) -> io::Result<Option<Item<'_>>> {
        let Some((line, bytes)) = self.lines.next_line()? else {
            return Ok(None);
        };
        let record = utf8(bytes, "the line").and_then(parse);
        Ok(Some(match record {
            Ok(record) => Item::Record(record),
            Err(problem) => Item::bad(line, problem),
        }))
    }
}

/// Parse one line; the text borrows from it unless it has escapes.
fn parse(line: &str) -> Result<Record<'_>, String> {
    if line.trim().is_empty() {
        return Err("empty line, expected a JSON object with a string `text` field".into());
    }
    let parsed: JsonRecord<'_> = serde_json::from_str(line).map_err(|e| {
        // The position is within this one line: report the column only.
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let message = full.strip_suffix(&suffix).unwrap_or(&full);
        if e.is_data() {
            message.to_string()
        } else {
            format!("invalid JSON: {message} (column {})", e.column())
        }
    })?;
    let text = parsed
        .text
        .ok_or_else(|| "missing string field `text`".to_string())?;
    Ok(Record {
        id: parsed.id.map(Cow::Owned),
        text,
    })
}

/// The fields of a JSONL record this tool reads; others are ignored.
struct JsonRecord<'a> {
    text: Option<Cow<'a, str>>,
    id: Option<String>,
}

impl<'de> de::Deserialize<'de> for JsonRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = JsonRecord<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object with a string `text` field")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut text = None;
        let mut id = None;
        let mut seen_id = false;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Text => {
                    if text.is_some() {
                        return Err(de::Error::duplicate_field("text"));
                    }
                    text = Some(map.next_value::<Text<'de>>()?.0);
                }
                Key::Id => {
                    if seen_id {
                        return Err(de::Error::duplicate_field("id"));
                    }
                    seen_id = true;
                    id = map.next_value::<Id>()?.0;
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(JsonRecord { text, id })
    }
}

/// A key of the record object, without allocating.
enum Key {
    Text,
    Id,
    Other,
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(match v {
                    "text" => Key::Text,
                    "id" => Key::Id,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The `text` field: a string, borrowed from the line when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> de::Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string for `text`")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// The optional `id` field: a string or a number (echoed as a string);
/// `null` counts as absent.
struct Id(Option<String>);

impl<'de> de::Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdVisitor;
        impl Visitor<'_> for IdVisitor {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or number for `id`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id(Some(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Id, E> {
                Ok(Id(Some(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
                Ok(Id(Some(v.to_string())))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
                Ok(Id(Some(v.to_string())))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Id, E> {
                // JSON's own spelling of the number, e.g. 1.5 or 1e300.
                Ok(Id(Some(match serde_json::Number::from_f64(v) {
                    Some(n) => n.to_string(),
                    None => v.to_string(),
                })))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Id, E> {
                Ok(Id(None))
            }
            fn visit_none<E: de::Error>(self) -> Result<Id, E> {
                Ok(Id(None))
            }
        }
        deserializer.deserialize_any(IdVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_plain_text_and_reads_ids() {
        let r = parse(r#"{"id": 7, "text": "fine", "x": [1, {"a": null}]}"#).unwrap();
        assert!(matches!(r.text, Cow::Borrowed("fine")));
        assert_eq!(r.id.as_deref(), Some("7"));
        let r = parse(r#"{"text": "caf\u00e9 \"ok\"", "id": "a-1"}"#).unwrap();
        assert_eq!(r.text, "café \"ok\"");
        assert_eq!(r.id.as_deref(), Some("a-1"));
        assert_eq!(
            parse(r#"{"text":"", "id": 1.5}"#).unwrap().id.as_deref(),
            Some("1.5")
        );
        assert_eq!(
            parse(r#"{"text":"", "id": -3}"#).unwrap().id.as_deref(),
            Some("-3")
        );
        assert_eq!(parse(r#"{"text":"", "id": null}"#).unwrap().id, None);
    }

    #[test]
    fn explains_what_is_wrong() {
        for (line, needle) in [
            (r#"{"text": 5}"#, "expected a string for `text`"),
            (r#"{"text": null}"#, "expected a string for `text`"),
            (r#"{"id": 1}"#, "missing string field `text`"),
            (r#"[1, 2]"#, "expected a JSON object"),
            (r#"{"text": "a", "id": true}"#, "string or number for `id`"),
            (r#"{"text": "a", "text": "b"}"#, "duplicate field `text`"),
            (r#"{"text": "a""#, "invalid JSON"),
            (r#"{"text": "a"} x"#, "invalid JSON: trailing characters"),
            ("", "empty line"),
            ("  ", "empty line"),
        ] {
            let problem = parse(line).unwrap_err();
            assert!(problem.contains(needle), "{line:?}: {problem}");
            assert!(!problem.contains("at line"), "{line:?}: {problem}");
        }
    }
}
