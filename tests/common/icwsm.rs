//! Reading the VADER ICWSM-2014 ground truth and the vaderSentiment reference.
//!
//! Shared by `tests/vader_parity.rs`, `examples/eval_vader.rs` and
//! `benches/throughput.rs`, each of which includes this file with
//! `#[path = ...] mod icwsm;`. The texts live outside the repository in
//! `../shared/data/vader-icwsm2014` (relative to the crate root); callers skip
//! with a printed message when that directory is absent.
//!
//! Parsing matches `scripts/vader_reference.py` exactly: decode UTF-8, split
//! lines on '\n', strip one trailing '\r', skip empty lines, split on '\t' at
//! most twice into id, rating, text.

// Every includer uses a different part of this module.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One ground-truth set: short name, file name, and whether it is a develop
/// set (tweets, movie, nyt) or the check set (amazon).
#[derive(Debug, Clone, Copy)]
pub struct SetInfo {
    pub name: &'static str,
    pub file: &'static str,
    pub develop: bool,
}

/// The four sets, in report order.
pub const SETS: [SetInfo; 4] = [
    SetInfo {
        name: "tweets",
        file: "tweets_GroundTruth.txt",
        develop: true,
    },
    SetInfo {
        name: "movie",
        file: "movieReviewSnippets_GroundTruth.txt",
        develop: true,
    },
    SetInfo {
        name: "amazon",
        file: "amazonReviewSnippets_GroundTruth.txt",
        develop: false,
    },
    SetInfo {
        name: "nyt",
        file: "nytEditorialSnippets_GroundTruth.txt",
        develop: true,
    },
];

/// Number of texts in the four files together.
pub const TOTAL_TEXTS: usize = 23_703;

/// One rated text.
#[derive(Debug, Clone)]
pub struct Item {
    /// Short set name, one of [`SETS`]' names.
    pub set: &'static str,
    pub id: String,
    /// Mean human rating, -4..=4.
    pub rating: f64,
    pub text: String,
}

/// vaderSentiment's `polarity_scores` for one text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub neg: f64,
    pub neu: f64,
    pub pos: f64,
    pub compound: f64,
}

/// `../shared/data/vader-icwsm2014`, relative to the crate root, unless the
/// environment variable `CXSCORE_ICWSM_DIR` names another directory (set it to
/// a missing path to try the skip path).
pub fn default_data_dir() -> PathBuf {
    match std::env::var_os("CXSCORE_ICWSM_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/vader-icwsm2014"),
    }
}

/// `tests/data/vader_reference.tsv`, written by `scripts/vader_reference.py`.
pub fn reference_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/vader_reference.tsv")
}

/// Parse one ground-truth file's content; `set` names the items.
pub fn parse_set(set: &'static str, content: &str) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    for (n, line) in content.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let (Some(id), Some(rating), Some(text)) = (fields.next(), fields.next(), fields.next())
        else {
            return Err(format!("{set}:{}: expected 3 tab-separated fields", n + 1));
        };
        let rating = rating
            .parse()
            .map_err(|e| format!("{set}:{}: bad rating {rating:?}: {e}", n + 1))?;
        items.push(Item {
            set,
            id: id.to_string(),
            rating,
            text: text.to_string(),
        });
    }
    Ok(items)
}

/// Load all four sets from `dir`, in [`SETS`] order.
///
/// `Ok(None)` when `dir` does not exist (the caller prints a skip message);
/// an error when it exists but a file is missing or malformed.
pub fn load(dir: &Path) -> Result<Option<Vec<Item>>, String> {
    if !dir.is_dir() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(TOTAL_TEXTS);
    for set in SETS {
        let path = dir.join(set.file);
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let content =
            String::from_utf8(bytes).map_err(|e| format!("{}: not UTF-8: {e}", path.display()))?;
        items.extend(parse_set(set.name, &content)?);
    }
    Ok(Some(items))
}

/// Load the reference scores, keyed by (set, id).
pub fn load_reference(path: &Path) -> Result<HashMap<(String, String), Scores>, String> {
    let content = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e} (run scripts/vader_reference.py to write it)",
            path.display()
        )
    })?;
    let mut lines = content.lines();
    let header = lines.next().unwrap_or_default();
    if header != "set\tid\tneg\tneu\tpos\tcompound" {
        return Err(format!("{}: unexpected header {header:?}", path.display()));
    }
    let mut scores = HashMap::new();
    for (n, line) in lines.enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = || format!("{}:{}: malformed line {line:?}", path.display(), n + 2);
        if fields.len() != 6 {
            return Err(bad());
        }
        let num = |i: usize| fields[i].parse::<f64>().map_err(|_| bad());
        let row = Scores {
            neg: num(2)?,
            neu: num(3)?,
            pos: num(4)?,
            compound: num(5)?,
        };
        if scores
            .insert((fields[0].to_string(), fields[1].to_string()), row)
            .is_some()
        {
            return Err(format!(
                "{}:{}: duplicate {} {}",
                path.display(),
                n + 2,
                fields[0],
                fields[1]
            ));
        }
    }
    Ok(scores)
}
