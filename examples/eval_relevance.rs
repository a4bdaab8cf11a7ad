//! Relevance (touchpoints and their sentiment) on real aspect-labelled data.
//!
//! ```text
//! cargo run --release --example eval_relevance [DATA_DIR] [--split test|dev]
//! ```
//!
//! `DATA_DIR` defaults to `../shared/data`. `test` (the default) reports
//! the check splits: SemEval-2014 restaurants `test.xml`, MAMS `test.xml`,
//! and the tweets at United. `dev` reports the develop splits the rules
//! and the packs were tuned on: SemEval `train.xml`, MAMS `train.xml` +
//! `validation.xml`, tweets at the other airlines. `--errors N` prints the
//! first N wrong category polarities of each set (airline: of the dev
//! split only, the tweets whose reason touchpoint is not found negative).
//!
//! - **Categories** (restaurant pack): a data category is detected when
//!   one of its touchpoints is reported: food/menu -> `product`, service
//!   (SemEval) -> `staff` or `service`, staff/service (MAMS) -> `staff`/`service`,
//!   price -> `price`, ambience/place -> `place`. Precision, recall and F1
//!   are micro over those categories; `anecdotes/miscellaneous` and
//!   touchpoints outside the mapping are not counted.
//! - **Polarity**: for each labelled category, the sentiment of its
//!   touchpoint (positive > [`NEUTRAL_BAND`], negative < -band, else
//!   neutral); when the touchpoint was not found, or for
//!   the comment's overall label stands in if it names no touchpoint, else
//!   neutral; `anecdotes/miscellaneous` is the comment's overall label.
//!   "All" counts every labelled category like the SemEval task did
//!   (`conflict` labels can never be right); "mapped" only the mapped ones.
//! - **Airline**: tweets whose complaint reason maps to touchpoints (Late
//!   Flight -> service; Lost/Damaged Luggage -> delivery; Customer Service
//!   Issue, Flight Attendant Complaints -> staff or service; Flight Booking
//!   Problems -> digital; Cancelled Flight -> service or policy; Bad Flight
//!   -> product; longlines -> service): share where one of them is
//!   reported with negative sentiment (airline pack).
//!
//! Published figures (SemEval-2014 task 4 paper, restaurants, test):
//! category F1 baseline 0.639, best 0.886; polarity accuracy baseline 0.657,
//! best 0.829.

#[allow(dead_code)]
#[path = "support/metrics.rs"]
mod metrics;

use cxscore::{Analysis, Analyzer, Label};
use metrics::{ratio, Counts};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// |touchpoint sentiment| at most this is neutral.
const NEUTRAL_BAND: f64 = 0.05;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Polarity {
    Positive,
    Negative,
    Neutral,
    Conflict,
}

impl Polarity {
    fn parse(s: &str) -> Option<Polarity> {
        Some(match s {
            "positive" => Polarity::Positive,
            "negative" => Polarity::Negative,
            "neutral" => Polarity::Neutral,
            "conflict" => Polarity::Conflict,
            _ => return None,
        })
    }

    fn of(sentiment: f64) -> Polarity {
        if sentiment > NEUTRAL_BAND {
            Polarity::Positive
        } else if sentiment < -NEUTRAL_BAND {
            Polarity::Negative
        } else {
            Polarity::Neutral
        }
    }

    fn of_label(label: Label) -> Polarity {
        match label {
            Label::Positive => Polarity::Positive,
            Label::Negative => Polarity::Negative,
            Label::Mixed => Polarity::Conflict,
            _ => Polarity::Neutral,
        }
    }
}

struct Sentence {
    text: String,
    categories: Vec<(String, Polarity)>,
}

/// Touchpoints a data category is detected by; empty when not scored.
fn touchpoints_of(category: &str, mams: bool) -> &'static [&'static str] {
    match category {
        "food" | "menu" => &["product"],
        "service" if mams => &["service"],
        "service" => &["staff", "service"],
        "staff" => &["staff"],
        "price" => &["price"],
        "ambience" | "place" => &["place"],
        _ => &[],
    }
}

/// The data category a touchpoint reports, for precision.
fn category_of(touchpoint: &str, mams: bool) -> Option<&'static str> {
    match touchpoint {
        "product" => Some("food"),
        "staff" if mams => Some("staff"),
        "staff" | "service" => Some("service"),
        "price" => Some("price"),
        "place" => Some(if mams { "place" } else { "ambience" }),
        _ => None,
    }
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Sentences of a SemEval-2014 or MAMS XML file (both use `<sentence>`,
/// `<text>` and `<aspectCategory category= polarity=>`).
fn load_xml(path: &Path) -> Result<Vec<Sentence>, String> {
    let content = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for block in content.split("<sentence").skip(1) {
        let Some(text_start) = block.find("<text>") else {
            continue;
        };
        let rest = &block[text_start + 6..];
        let text_end = rest.find("</text>").ok_or("unclosed <text>")?;
        let mut categories = Vec::new();
        for tag in block.split("<aspectCategory ").skip(1) {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            let (Some(category), Some(polarity)) = (
                attribute(tag, "category"),
                attribute(tag, "polarity").and_then(Polarity::parse),
            ) else {
                return Err(format!("{}: bad aspectCategory {tag:?}", path.display()));
            };
            categories.push((category.to_string(), polarity));
        }
        out.push(Sentence {
            text: unescape(&rest[..text_end]),
            categories,
        });
    }
    Ok(out)
}

/// The polarity predicted for a category: its touchpoints' sentiment; when
/// none of them was found, the comment's label if it names no touchpoint at
/// all (its opinions are about something unnamed), else neutral (its
/// opinions went to the touchpoints it does name).
fn predicted_polarity(analysis: &Analysis, touchpoints: &[&str]) -> (Polarity, bool) {
    if touchpoints.is_empty() {
        // anecdotes/miscellaneous: the comment as a whole.
        return (Polarity::of_label(analysis.sentiment.label), false);
    }
    let found: Vec<f64> = analysis
        .relevance
        .touchpoints
        .iter()
        .filter(|t| touchpoints.contains(&t.name.as_str()))
        .map(|t| t.sentiment)
        .collect();
    if analysis.relevance.touchpoints.is_empty() {
        (Polarity::of_label(analysis.sentiment.label), false)
    } else if found.is_empty() {
        (Polarity::Neutral, false)
    } else {
        (Polarity::of(found.iter().sum()), true)
    }
}

fn absa_table(
    name: &str,
    analyzer: &Analyzer,
    sentences: &[Sentence],
    mams: bool,
    show_errors: usize,
) {
    let mut shown = 0;
    let mut detection: BTreeMap<&str, Counts> = BTreeMap::new();
    let (mut all_right, mut all) = (0, 0);
    let (mut mapped_right, mut mapped) = (0, 0);
    let (mut found_right, mut found) = (0, 0);
    let mut confusion: BTreeMap<(Polarity, Polarity), usize> = BTreeMap::new();
    for sentence in sentences {
        let analysis = analyzer.analyze(&sentence.text);
        let predicted: Vec<&str> = analysis
            .relevance
            .touchpoints
            .iter()
            .filter_map(|t| category_of(&t.name, mams))
            .collect();
        let gold: Vec<&str> = sentence
            .categories
            .iter()
            .map(|(c, _)| c.as_str())
            .filter(|c| !touchpoints_of(c, mams).is_empty())
            .map(|c| if c == "menu" { "food" } else { c })
            .collect();
        for category in ["food", "service", "staff", "price", "ambience", "place"] {
            detection
                .entry(category)
                .or_default()
                .add(gold.contains(&category), predicted.contains(&category));
        }
        for (category, gold) in &sentence.categories {
            let touchpoints = touchpoints_of(category, mams);
            let (polarity, was_found) = predicted_polarity(&analysis, touchpoints);
            let right = usize::from(polarity == *gold);
            if right == 0 && !touchpoints.is_empty() && shown < show_errors {
                shown += 1;
                println!(
                    "  {category}: gold {gold:?}, predicted {polarity:?} [{}] {:?}",
                    touchpoint_list(&analysis),
                    sentence.text
                );
            }
            all += 1;
            all_right += right;
            if !touchpoints.is_empty() {
                mapped += 1;
                mapped_right += right;
                *confusion.entry((*gold, polarity)).or_default() += 1;
                if was_found {
                    found += 1;
                    found_right += right;
                }
            }
        }
    }
    println!("{name}: {} sentences", sentences.len());
    println!("| category | precision | recall | F1 |");
    println!("|---|---|---|---|");
    let mut micro = Counts::default();
    for (category, c) in &detection {
        if c.tp + c.fn_ + c.fp == 0 {
            continue;
        }
        println!(
            "| {category} | {:.3} | {:.3} | {:.3} |",
            c.precision(),
            c.recall(),
            c.f1()
        );
        micro.tp += c.tp;
        micro.fp += c.fp;
        micro.fn_ += c.fn_;
    }
    println!(
        "| **micro** | **{:.3}** | **{:.3}** | **{:.3}** |",
        micro.precision(),
        micro.recall(),
        micro.f1()
    );
    println!(
        "polarity accuracy: all {:.3} ({all}), mapped {:.3} ({mapped}), where the touchpoint was found {:.3} ({found})",
        ratio(all_right, all),
        ratio(mapped_right, mapped),
        ratio(found_right, found),
    );
    let cells: Vec<String> = confusion
        .iter()
        .map(|((g, p), n)| format!("{g:?}->{p:?} {n}"))
        .collect();
    println!("gold->predicted (mapped): {}", cells.join(", "));
}

/// Touchpoints that show a complaint reason; empty for reasons not scored.
fn reason_touchpoints(reason: &str) -> &'static [&'static str] {
    match reason {
        "Late Flight" | "longlines" => &["service"],
        "Lost Luggage" | "Damaged Luggage" => &["delivery"],
        "Customer Service Issue" | "Flight Attendant Complaints" => &["staff", "service"],
        "Flight Booking Problems" => &["digital"],
        "Cancelled Flight" => &["service", "policy"],
        "Bad Flight" => &["product"],
        _ => &[],
    }
}

/// The touchpoints an analysis found, with their sentiment, for error lines.
fn touchpoint_list(analysis: &cxscore::Analysis) -> String {
    let found: Vec<String> = analysis
        .relevance
        .touchpoints
        .iter()
        .map(|t| format!("{}{:+.2}", t.name, t.sentiment))
        .collect();
    found.join(" ")
}

/// `show_errors` prints misses (no negative reason touchpoint) of the dev
/// split only: the United check split is never shown.
fn airline_table(path: &Path, check: bool, show_errors: usize) -> Result<(), String> {
    let analyzer = Analyzer::builder()
        .domain("airline")
        .build()
        .map_err(|e| e.to_string())?;
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let headers = reader.headers().map_err(|e| e.to_string())?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or(format!("no column {name}"))
    };
    let (airline, reason, text) = (
        column("airline")?,
        column("negativereason")?,
        column("text")?,
    );
    let mut by_reason: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut shown = 0;
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        if (record[airline] == *"United") != check {
            continue;
        }
        let touchpoints = reason_touchpoints(&record[reason]);
        if touchpoints.is_empty() {
            continue;
        }
        let analysis = analyzer.analyze(&record[text]);
        let named = analysis
            .relevance
            .touchpoints
            .iter()
            .filter(|t| touchpoints.contains(&t.name.as_str()));
        let mentioned = named.clone().count() > 0;
        let negative = named.clone().any(|t| t.sentiment < -NEUTRAL_BAND);
        if !negative && !check && shown < show_errors {
            shown += 1;
            println!(
                "  {}: [{}] {:?}",
                &record[reason],
                touchpoint_list(&analysis),
                &record[text]
            );
        }
        let row = by_reason.entry(record[reason].to_string()).or_default();
        row.0 += 1;
        row.1 += usize::from(mentioned);
        row.2 += usize::from(negative);
    }
    let scope = if check { "United" } else { "other airlines" };
    println!("Airline tweets with a complaint reason ({scope}), airline pack");
    println!("| reason | tweets | touchpoint found | found and negative |");
    println!("|---|---|---|---|");
    let (mut n, mut found, mut negative) = (0, 0, 0);
    for (reason, (count, f, neg)) in &by_reason {
        println!(
            "| {reason} | {count} | {:.3} | {:.3} |",
            ratio(*f, *count),
            ratio(*neg, *count)
        );
        n += count;
        found += f;
        negative += neg;
    }
    println!(
        "| **all** | **{n}** | **{:.3}** | **{:.3}** |",
        ratio(found, n),
        ratio(negative, n)
    );
    Ok(())
}

struct Args {
    dir: PathBuf,
    check: bool,
    show_errors: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut dir = None;
    let mut check = true;
    let mut show_errors = 0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--split" => match args.next().as_deref() {
                Some("test") => check = true,
                Some("dev") => check = false,
                other => return Err(format!("--split: expected test or dev, found {other:?}")),
            },
            "--errors" => {
                show_errors = args
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--errors needs a number")?;
            }
            "-h" | "--help" => {
                return Err(
                    "usage: eval_relevance [DATA_DIR] [--split test|dev] [--errors N]".to_string(),
                )
            }
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let dir = dir.unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    Ok(Args {
        dir,
        check,
        show_errors,
    })
}

fn main() -> ExitCode {
    let Args {
        dir,
        check,
        show_errors,
    } = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if !dir.is_dir() {
        println!(
            "skipped: {} not found (the evaluation data lives outside the repo)",
            dir.display()
        );
        return ExitCode::SUCCESS;
    }
    println!("split: {}\n", if check { "test (check)" } else { "dev" });
    let restaurant = match Analyzer::builder().domain("restaurant").build() {
        Ok(analyzer) => analyzer,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let absa = dir.join("absa");
    let mut failed = false;
    let semeval: &[&str] = if check { &["test.xml"] } else { &["train.xml"] };
    let mams: &[&str] = if check {
        &["test.xml"]
    } else {
        &["train.xml", "validation.xml"]
    };
    for (name, folder, files, is_mams) in [
        (
            "SemEval-2014 restaurants",
            "semeval14-restaurants",
            semeval,
            false,
        ),
        ("MAMS", "mams", mams, true),
    ] {
        let mut sentences = Vec::new();
        for file in files {
            let path = absa.join(folder).join(file);
            if !path.is_file() {
                println!("{name} skipped: {} not found\n", path.display());
                continue;
            }
            match load_xml(&path) {
                Ok(s) => sentences.extend(s),
                Err(message) => {
                    eprintln!("{message}");
                    failed = true;
                }
            }
        }
        if !sentences.is_empty() {
            absa_table(name, &restaurant, &sentences, is_mams, show_errors);
            println!();
        }
    }
    let airline = dir.join("twitter_us_airline_sentiment/tweets_merged.csv");
    if airline.is_file() {
        if let Err(message) = airline_table(&airline, check, show_errors) {
            eprintln!("{message}");
            failed = true;
        }
    } else {
        println!("Airline skipped: {} not found", airline.display());
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
    fn reads_categories_and_unescapes() {
        let dir = std::env::temp_dir().join("cxscore_eval_relevance_test.xml");
        std::fs::write(
            &dir,
            "<sentences><sentence id=\"1\"><text>Fish &amp; chips</text><aspectCategories>\
             <aspectCategory category=\"food\" polarity=\"positive\"/></aspectCategories></sentence></sentences>",
        )
        .unwrap();
        let sentences = load_xml(&dir).unwrap();
        assert_eq!(sentences[0].text, "Fish & chips");
        assert_eq!(
            sentences[0].categories,
            [("food".to_string(), Polarity::Positive)]
        );
    }

    #[test]
    fn mapping_round_trips() {
        for (category, mams) in [
            ("food", false),
            ("service", false),
            ("staff", true),
            ("place", true),
        ] {
            for t in touchpoints_of(category, mams) {
                assert_eq!(category_of(t, mams), Some(category), "{t}");
            }
        }
    }
}
