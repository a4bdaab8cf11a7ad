//! Loading the NRC emotion lexicons from a user's own files.
//!
//! The NRC lexicons are licensed for non-commercial research only, so the
//! crate never ships them; a user who holds a license plugs them in here.
//! Both formats are `word<TAB>emotion<TAB>value` lines:
//!
//! - EmoLex (word level): value `0` or `1`; the word's eight emotions are
//!   replaced by what EmoLex says, an associated emotion at [`EMOLEX_INTENSITY`].
//!   `positive` and `negative` rows are read and ignored.
//! - Emotion Intensity Lexicon: value `0..1`; the listed emotions are set.
//!
//! A header line is skipped; anything else malformed is an [`Error::Data`]
//! naming the file and line, and nothing is merged.

use super::{Affect, Lexicon, EMOTION_NAMES};
use crate::tokenize::normalize_word;
use crate::Error;
use std::collections::BTreeMap;

/// Intensity given to an emotion EmoLex associates with a word.
pub const EMOLEX_INTENSITY: f64 = 0.6;

/// One parsed line: word, emotion index (None for positive/negative), value.
type Row = (String, Option<usize>, f64);

fn parse_rows(source_name: &str, text: &str, binary: bool) -> Result<Vec<Row>, Error> {
    let mut rows = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() < 3 {
            return Err(Error::data(
                source_name,
                line_no,
                "expected word<TAB>emotion<TAB>value",
            ));
        }
        let Ok(value) = fields[2].parse::<f64>() else {
            if line_no == 1 {
                continue; // header
            }
            return Err(Error::data(
                source_name,
                line_no,
                format!("{:?} is not a number", fields[2]),
            ));
        };
        let valid = if binary {
            value == 0.0 || value == 1.0
        } else {
            (0.0..=1.0).contains(&value)
        };
        if !valid {
            let expected = if binary { "0 or 1" } else { "a number in 0..1" };
            return Err(Error::data(
                source_name,
                line_no,
                format!("value {value} is not {expected}"),
            ));
        }
        let emotion = match fields[1] {
            "positive" | "negative" => None,
            name => Some(
                EMOTION_NAMES
                    .iter()
                    .position(|e| *e == name)
                    .ok_or_else(|| {
                        Error::data(source_name, line_no, format!("unknown emotion {name:?}"))
                    })?,
            ),
        };
        if fields[0].is_empty() {
            return Err(Error::data(source_name, line_no, "empty word"));
        }
        rows.push((fields[0].to_string(), emotion, value));
    }
    Ok(rows)
}

fn to_byte(value: f64) -> u8 {
    (value.clamp(0.0, 1.0) * 255.0).round() as u8
}

impl Lexicon {
    /// Merge NRC EmoLex (word-level file) over this lexicon's emotions.
    pub fn load_nrc_emolex(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let (name, text) = Error::read_file(path.as_ref())?;
        self.merge_nrc_emolex_str(&name, &text)
    }

    /// Merge NRC EmoLex given as text; `source_name` names it in errors.
    pub fn merge_nrc_emolex_str(&mut self, source_name: &str, text: &str) -> Result<(), Error> {
        let rows = parse_rows(source_name, text, true)?;
        let mut words: BTreeMap<String, [u8; 8]> = BTreeMap::new();
        for (word, emotion, value) in rows {
            let emotions = words.entry(word).or_default();
            if let Some(e) = emotion {
                emotions[e] = if value == 1.0 {
                    to_byte(EMOLEX_INTENSITY)
                } else {
                    0
                };
            }
        }
        let mut key = String::new();
        for (word, emotions) in words {
            normalize_word(&word, &mut key);
            let entry = self.words.entry_mut(&key);
            entry.affect = Affect {
                emotions,
                arousal: entry.affect.arousal,
            };
        }
        Ok(())
    }

    /// Merge the NRC Emotion Intensity Lexicon over this lexicon's emotions.
    pub fn load_nrc_intensity(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let (name, text) = Error::read_file(path.as_ref())?;
        self.merge_nrc_intensity_str(&name, &text)
    }

    /// Merge the NRC Emotion Intensity Lexicon given as text.
    pub fn merge_nrc_intensity_str(&mut self, source_name: &str, text: &str) -> Result<(), Error> {
        let rows = parse_rows(source_name, text, false)?;
        let mut key = String::new();
        for (word, emotion, value) in rows {
            if let Some(e) = emotion {
                normalize_word(&word, &mut key);
                self.words.entry_mut(&key).affect.emotions[e] = to_byte(value);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Tiny fixtures in the NRC formats, written by this project (made-up words).
    const EMOLEX: &str =
        "zorbly\tanger\t1\nzorbly\tjoy\t0\nzorbly\tnegative\t1\nflimp\tjoy\t1\nflimp\ttrust\t1\n";
    const INTENSITY: &str = "word\temotion\temotion-intensity-score\nzorbly\tfear\t0.82\n";

    #[test]
    fn emolex_and_intensity_merge() {
        let mut lexicon = Lexicon::default();
        lexicon.merge_nrc_emolex_str("emolex.txt", EMOLEX).unwrap();
        lexicon
            .merge_nrc_intensity_str("intensity.txt", INTENSITY)
            .unwrap();
        let zorbly = lexicon.lookup("zorbly").unwrap().affect;
        assert!((zorbly.emotion(6) - EMOLEX_INTENSITY).abs() < 0.01, "anger");
        assert_eq!(zorbly.emotion(0), 0.0, "joy");
        assert!((zorbly.emotion(2) - 0.82).abs() < 0.01, "fear");
        let flimp = lexicon.lookup("flimp").unwrap().affect;
        assert!(flimp.emotion(0) > 0.5 && flimp.emotion(1) > 0.5);
    }

    #[test]
    fn malformed_files_are_errors_and_merge_nothing() {
        for (text, line, needle) in [
            ("a\tanger\t1\nb\tglee\t1\n", 2, "unknown emotion"),
            ("a\tanger\t2\n", 1, "0 or 1"),
            ("a\tanger\t1\nb\tanger\n", 2, "expected word"),
            ("a\tanger\t1\nb\tanger\tyes\n", 2, "not a number"),
        ] {
            let mut lexicon = Lexicon::default();
            match lexicon.merge_nrc_emolex_str("e.txt", text) {
                Err(Error::Data {
                    line: l, problem, ..
                }) => {
                    assert_eq!(l, line, "{text:?}");
                    assert!(problem.contains(needle), "{text:?}: {problem}");
                }
                other => panic!("{text:?}: expected a data error, got {other:?}"),
            }
            assert!(
                lexicon.lookup("a").is_none(),
                "nothing half-loaded for {text:?}"
            );
        }
        let mut lexicon = Lexicon::default();
        assert!(lexicon
            .merge_nrc_intensity_str("i.txt", "a\tfear\t1.5\n")
            .is_err());
    }
}
