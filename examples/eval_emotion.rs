//! Evaluate the emotion and resonance scorers on GoEmotions, WASSA-2017 and EmoBank.
//!
//! ```text
//! cargo run --release --example eval_emotion -- ../shared/data [--split test|dev]
//! ```
//!
//! Prints three tables, each with NRCLex (the lexicon peer) beside cxscore
//! when its scores are in `tests/data/nrclex_*_test.tsv` (written by
//! `scripts/nrclex_reference.py`, test split only):
//!
//! - GoEmotions (Ekman labels): per-emotion F1 and the macro F1 over anger,
//!   disgust, fear, joy, sadness and surprise. cxscore predicts an emotion
//!   when its intensity in `analysis.emotions` is at least [`PRESENT`] (0.25);
//!   a comment whose gold label is only `neutral` has no positive label.
//!   NRCLex predicts an emotion when its affect frequency is > 0 (the word
//!   list has one of its words): of the definitions tried, this gives NRCLex
//!   its best macro F1 (`scripts/nrclex_reference.py` prints the others).
//! - WASSA-2017 EmoInt: Pearson r of cxscore's intensity of the tweet's
//!   emotion (anger, fear, joy, sadness) with the gold intensity; NRCLex's
//!   affect frequency and raw count of that emotion.
//! - EmoBank: Pearson r of `analysis.resonance.intensity` with the arousal
//!   rating A; NRCLex's number of emotion words and its summed emotion count.
//!
//! `--split dev` runs on the dev splits (GoEmotions dev, WASSA dev, EmoBank
//! dev) for development; NRCLex columns are then `n/a`. Report on test, tune
//! on dev. The texts live outside the repository (`../shared/data`); the
//! example skips with a message when they are absent.
//! `cargo test --example eval_emotion` runs the metric unit tests.

#[allow(dead_code)]
#[path = "support/metrics.rs"]
mod metrics;

use cxscore::analysis::Emotions;
use cxscore::Analyzer;
use metrics::{pearson, Counts};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The intensity from which an emotion counts as present.
const PRESENT: f64 = 0.25;

/// GoEmotions' Ekman emotions, in report order.
const EKMAN: [&str; 6] = ["anger", "disgust", "fear", "joy", "sadness", "surprise"];

/// The WASSA-2017 emotions.
const WASSA: [&str; 4] = ["anger", "fear", "joy", "sadness"];

/// Intensity of the emotion named `name` (one of Plutchik's eight).
fn intensity(emotions: &Emotions, name: &str) -> f64 {
    match name {
        "joy" => emotions.joy,
        "trust" => emotions.trust,
        "fear" => emotions.fear,
        "surprise" => emotions.surprise,
        "sadness" => emotions.sadness,
        "disgust" => emotions.disgust,
        "anger" => emotions.anger,
        "anticipation" => emotions.anticipation,
        _ => f64::NAN,
    }
}

/// Split one line of RFC 4180 CSV into fields (quoted fields may hold
/// commas and doubled quotes; EmoBank has no line breaks inside fields).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' {
            quoted = true;
        } else if c == ',' {
            fields.push(std::mem::take(&mut field));
        } else {
            field.push(c);
        }
    }
    fields.push(field);
    fields
}

/// Lines of a text file without their line ends, empty lines skipped.
fn lines(content: &str) -> impl Iterator<Item = (usize, &str)> {
    content
        .split('\n')
        .enumerate()
        .map(|(n, line)| (n + 1, line.strip_suffix('\r').unwrap_or(line)))
        .filter(|(_, line)| !line.is_empty())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// One GoEmotions comment: id, text and its gold Ekman emotions as a bit set over [`EKMAN`].
struct GoItem {
    id: String,
    text: String,
    gold: u8,
}

fn load_goemotions(dir: &Path, split: &str) -> Result<Vec<GoItem>, String> {
    let base = dir.join("goemotions/ekman");
    let names: Vec<String> = read(&base.join("labels.txt"))?
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let path = base.join(format!("{split}.tsv"));
    let mut items = Vec::new();
    for (n, line) in lines(&read(&path)?) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [text, labels, id] = fields[..] else {
            return Err(format!("{}:{n}: expected 3 fields", path.display()));
        };
        let mut gold = 0u8;
        for label in labels.split(',') {
            let index: usize = label
                .parse()
                .map_err(|_| format!("{}:{n}: bad label {label:?}", path.display()))?;
            let name = names
                .get(index)
                .ok_or_else(|| format!("{}:{n}: label {index} out of range", path.display()))?;
            if let Some(bit) = EKMAN.iter().position(|e| e == name) {
                gold |= 1 << bit;
            }
        }
        items.push(GoItem {
            id: id.to_string(),
            text: text.to_string(),
            gold,
        });
    }
    Ok(items)
}

/// One WASSA-2017 tweet: id, text, its emotion and the gold intensity.
struct WassaItem {
    id: String,
    text: String,
    emotion: &'static str,
    gold: f64,
}

fn load_wassa(dir: &Path, split: &str) -> Result<Vec<WassaItem>, String> {
    let mut items = Vec::new();
    for emotion in WASSA {
        let path = dir.join(format!(
            "wassa2017_emoint/raw/{emotion}-ratings-0to1.{split}.gold.txt"
        ));
        for (n, line) in lines(&read(&path)?) {
            let fields: Vec<&str> = line.split('\t').collect();
            let [id, text, emo, gold] = fields[..] else {
                return Err(format!("{}:{n}: expected 4 fields", path.display()));
            };
            if emo != emotion {
                return Err(format!("{}:{n}: emotion {emo:?}", path.display()));
            }
            let gold = gold
                .trim()
                .parse()
                .map_err(|_| format!("{}:{n}: bad intensity {gold:?}", path.display()))?;
            items.push(WassaItem {
                id: id.to_string(),
                text: text.to_string(),
                emotion,
                gold,
            });
        }
    }
    Ok(items)
}

/// One EmoBank sentence: id, text and its arousal rating (1..5).
struct EmoBankItem {
    id: String,
    text: String,
    arousal: f64,
}

fn load_emobank(dir: &Path, split: &str) -> Result<Vec<EmoBankItem>, String> {
    let path = dir.join("emobank/emobank.csv");
    let mut items = Vec::new();
    for (n, line) in lines(&read(&path)?).skip(1) {
        let fields = split_csv_line(line);
        let [id, item_split, _v, a, _d, text] = &fields[..] else {
            return Err(format!("{}:{n}: expected 6 fields", path.display()));
        };
        if item_split != split {
            continue;
        }
        let arousal = a
            .parse()
            .map_err(|_| format!("{}:{n}: bad arousal {a:?}", path.display()))?;
        items.push(EmoBankItem {
            id: id.clone(),
            text: text.clone(),
            arousal,
        });
    }
    Ok(items)
}

/// A reference file of NRCLex scores: column names and, per id, the numbers.
struct Reference {
    columns: Vec<String>,
    rows: HashMap<String, Vec<f64>>,
}

impl Reference {
    /// Parse a TSV whose first column is the id; `skip` more text columns
    /// after the id (WASSA's emotion) are folded into the key as `id/text`.
    fn parse(content: &str, skip: usize) -> Result<Reference, String> {
        let mut all = lines(content);
        let (_, header) = all.next().ok_or("empty file")?;
        let columns = header
            .split('\t')
            .skip(1 + skip)
            .map(str::to_string)
            .collect();
        let mut rows = HashMap::new();
        for (n, line) in all {
            let mut fields = line.split('\t');
            let mut key = fields.next().unwrap_or("").to_string();
            for _ in 0..skip {
                key.push('/');
                key.push_str(fields.next().unwrap_or(""));
            }
            let numbers = fields
                .map(|f| {
                    f.parse::<f64>()
                        .map_err(|_| format!("line {n}: bad number {f:?}"))
                })
                .collect::<Result<Vec<f64>, String>>()?;
            rows.insert(key, numbers);
        }
        Ok(Reference { columns, rows })
    }

    fn load(name: &str, skip: usize) -> Option<Reference> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name);
        let parsed = read(&path).and_then(|content| {
            Reference::parse(&content, skip).map_err(|e| format!("{}: {e}", path.display()))
        });
        match parsed {
            Ok(reference) => Some(reference),
            Err(message) => {
                eprintln!("NRCLex column left out: {message} (run scripts/nrclex_reference.py)");
                None
            }
        }
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == name)
    }

    /// Column `name` for each key, or `None` if the column or any key is missing.
    fn values<'k>(&self, keys: impl Iterator<Item = &'k str>, name: &str) -> Option<Vec<f64>> {
        let column = self.column(name)?;
        keys.map(|key| self.rows.get(key).and_then(|row| row.get(column).copied()))
            .collect()
    }
}

fn fmt(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => format!("{v:.3}"),
        _ => "n/a".to_string(),
    }
}

fn goemotions_table(analyzer: &Analyzer, items: &[GoItem], reference: Option<&Reference>) {
    let predicted: Vec<u8> = items
        .iter()
        .map(|item| {
            let emotions = analyzer.analyze(&item.text).emotions;
            EKMAN
                .iter()
                .enumerate()
                .filter(|(_, name)| intensity(&emotions, name) >= PRESENT)
                .fold(0u8, |bits, (i, _)| bits | 1 << i)
        })
        .collect();
    // NRCLex: an emotion is present when its affect frequency (raw count / total) is > 0.
    let nrclex: Option<Vec<u8>> = reference.and_then(|reference| {
        let columns: Option<Vec<usize>> = EKMAN.iter().map(|e| reference.column(e)).collect();
        let columns = columns?;
        items
            .iter()
            .map(|item| {
                let row = reference.rows.get(&item.id)?;
                Some(columns.iter().enumerate().fold(0u8, |bits, (i, &c)| {
                    if row.get(c).copied().unwrap_or(0.0) > 0.0 {
                        bits | 1 << i
                    } else {
                        bits
                    }
                }))
            })
            .collect()
    });
    if reference.is_some() && nrclex.is_none() {
        eprintln!("NRCLex column left out: the reference lacks some comments");
    }
    println!(
        "GoEmotions Ekman, {} comments: F1 (cxscore: intensity >= {PRESENT}; NRCLex: affect frequency > 0)",
        items.len()
    );
    println!();
    println!("| emotion | gold | cxscore P | cxscore R | cxscore F1 | NRCLex F1 |");
    println!("|---|---:|---:|---:|---:|---:|");
    let (mut ours_sum, mut theirs_sum) = (0.0, 0.0);
    for (bit, name) in EKMAN.iter().enumerate() {
        let mask = 1u8 << bit;
        let mut ours = Counts::default();
        let mut theirs = Counts::default();
        for (i, item) in items.iter().enumerate() {
            let gold = item.gold & mask != 0;
            ours.add(gold, predicted[i] & mask != 0);
            if let Some(nrclex) = &nrclex {
                theirs.add(gold, nrclex[i] & mask != 0);
            }
        }
        ours_sum += ours.f1();
        theirs_sum += theirs.f1();
        println!(
            "| {name} | {} | {:.3} | {:.3} | {:.3} | {} |",
            ours.tp + ours.fn_,
            ours.precision(),
            ours.recall(),
            ours.f1(),
            fmt(nrclex.as_ref().map(|_| theirs.f1()))
        );
    }
    let n = EKMAN.len() as f64;
    println!(
        "| **macro** | | | | {:.3} | {} |",
        ours_sum / n,
        fmt(nrclex.as_ref().map(|_| theirs_sum / n))
    );
}

fn wassa_table(analyzer: &Analyzer, items: &[WassaItem], reference: Option<&Reference>) {
    println!(
        "WASSA-2017 EmoInt, {} tweets: Pearson r with the gold intensity",
        items.len()
    );
    println!();
    println!("| emotion | tweets | cxscore r | NRCLex frequency r | NRCLex count r |");
    println!("|---|---:|---:|---:|---:|");
    for emotion in WASSA {
        let subset: Vec<&WassaItem> = items.iter().filter(|i| i.emotion == emotion).collect();
        let gold: Vec<f64> = subset.iter().map(|i| i.gold).collect();
        let ours: Vec<f64> = subset
            .iter()
            .map(|i| intensity(&analyzer.analyze(&i.text).emotions, emotion))
            .collect();
        let keys: Vec<String> = subset
            .iter()
            .map(|i| format!("{}/{}", i.id, i.emotion))
            .collect();
        let theirs = |column: &str| {
            reference
                .and_then(|r| r.values(keys.iter().map(String::as_str), column))
                .map(|values| pearson(&values, &gold))
        };
        println!(
            "| {emotion} | {} | {} | {} | {} |",
            subset.len(),
            fmt(Some(pearson(&ours, &gold))),
            fmt(theirs("frequency")),
            fmt(theirs("count"))
        );
    }
}

fn emobank_table(analyzer: &Analyzer, items: &[EmoBankItem], reference: Option<&Reference>) {
    let gold: Vec<f64> = items.iter().map(|i| i.arousal).collect();
    let ours: Vec<f64> = items
        .iter()
        .map(|i| analyzer.analyze(&i.text).resonance.intensity)
        .collect();
    let theirs = |column: &str| {
        reference
            .and_then(|r| r.values(items.iter().map(|i| i.id.as_str()), column))
            .map(|values| pearson(&values, &gold))
    };
    println!(
        "EmoBank, {} sentences: Pearson r with arousal (A)",
        items.len()
    );
    println!();
    println!("| sentences | cxscore resonance.intensity r | NRCLex emotion words r | NRCLex emotion count r |");
    println!("|---:|---:|---:|---:|");
    println!(
        "| {} | {} | {} | {} |",
        items.len(),
        fmt(Some(pearson(&ours, &gold))),
        fmt(theirs("emotion_words")),
        fmt(theirs("emotion_count"))
    );
}

struct Args {
    dir: PathBuf,
    split: String,
}

fn parse_args() -> Result<Args, String> {
    let mut dir = None;
    let mut split = "test".to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--split" => {
                split = args.next().ok_or("--split needs test or dev")?;
                if split != "test" && split != "dev" {
                    return Err(format!("--split: expected test or dev, found {split:?}"));
                }
            }
            "-h" | "--help" => {
                return Err("usage: eval_emotion [DATA_DIR] [--split test|dev]".to_string());
            }
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(Args {
        dir: dir.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")),
        split,
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if !args.dir.is_dir() {
        println!(
            "skipped: {} not found (the evaluation data lives outside the repo)",
            args.dir.display()
        );
        return ExitCode::SUCCESS;
    }
    let analyzer = Analyzer::default();
    let test = args.split == "test";
    let reference = |name: &str, skip: usize| {
        if test {
            Reference::load(name, skip)
        } else {
            None
        }
    };
    println!("split: {}", args.split);
    println!();
    let mut failed = false;
    if args.dir.join("goemotions").is_dir() {
        match load_goemotions(&args.dir, &args.split) {
            Ok(items) => goemotions_table(
                &analyzer,
                &items,
                reference("nrclex_goemotions_test.tsv", 0).as_ref(),
            ),
            Err(message) => {
                eprintln!("GoEmotions: {message}");
                failed = true;
            }
        }
    } else {
        println!(
            "GoEmotions skipped: {} not found",
            args.dir.join("goemotions").display()
        );
    }
    println!();
    if args.dir.join("wassa2017_emoint").is_dir() {
        match load_wassa(&args.dir, &args.split) {
            Ok(items) => wassa_table(
                &analyzer,
                &items,
                reference("nrclex_wassa_test.tsv", 1).as_ref(),
            ),
            Err(message) => {
                eprintln!("WASSA-2017: {message}");
                failed = true;
            }
        }
    } else {
        println!(
            "WASSA-2017 skipped: {} not found",
            args.dir.join("wassa2017_emoint").display()
        );
    }
    println!();
    if args.dir.join("emobank").is_dir() {
        match load_emobank(&args.dir, &args.split) {
            Ok(items) => emobank_table(
                &analyzer,
                &items,
                reference("nrclex_emobank_test.tsv", 0).as_ref(),
            ),
            Err(message) => {
                eprintln!("EmoBank: {message}");
                failed = true;
            }
        }
    } else {
        println!(
            "EmoBank skipped: {} not found",
            args.dir.join("emobank").display()
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields() {
        assert_eq!(split_csv_line("a,b,,c"), ["a", "b", "", "c"]);
        assert_eq!(
            split_csv_line(r#"id1,train,3.0,2.8,3.1,"Hi, ""you"" there""#),
            ["id1", "train", "3.0", "2.8", "3.1", r#"Hi, "you" there"#]
        );
        assert_eq!(split_csv_line(r#"x,"""""#), ["x", "\""]);
    }

    #[test]
    fn reference_keys_and_columns() {
        let content = "id\temotion\tcount\tfrequency\n7\tjoy\t2\t0.5\r\n8\tfear\t0\t0\n";
        let reference = Reference::parse(content, 1).unwrap();
        assert_eq!(reference.columns, ["count", "frequency"]);
        assert_eq!(
            reference.values(["7/joy", "8/fear"].into_iter(), "frequency"),
            Some(vec![0.5, 0.0])
        );
        assert_eq!(reference.values(["9/joy"].into_iter(), "count"), None);
        assert_eq!(reference.values(["7/joy"].into_iter(), "nope"), None);
        assert!(Reference::parse("id\tx\na\tnot-a-number\n", 0).is_err());
    }

    #[test]
    fn intensity_by_name() {
        // `Emotions` is non-exhaustive: build it by assignment.
        let mut emotions = Emotions::default();
        emotions.joy = 0.5;
        emotions.anger = 0.25;
        assert_eq!(intensity(&emotions, "joy"), 0.5);
        assert_eq!(intensity(&emotions, "anger"), 0.25);
        assert_eq!(intensity(&emotions, "fear"), 0.0);
        assert!(intensity(&emotions, "glee").is_nan());
    }
}
