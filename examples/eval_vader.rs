//! Evaluate the sentiment profiles on the VADER ICWSM-2014 ground truth.
//!
//! ```text
//! cargo run --release --example eval_vader -- ../shared/data/vader-icwsm2014 [--errors N]
//! ```
//!
//! Prints, per set and overall, Pearson r of the compound score against the
//! mean human rating and the support-weighted 3-class F1 (classes cut at
//! +-0.05 on the compound score and on rating / 4) for `Profile::Customer`,
//! `Profile::Vader` and vaderSentiment 3.3.2 (from
//! `tests/data/vader_reference.tsv`). tweets, movie and nyt are the develop
//! sets; amazon is the check set: report it, never tune to it.
//!
//! `--errors N` also prints the N texts of each develop set where the
//! Customer profile is furthest from the human rating (never for amazon).
//! `cargo test --example eval_vader` runs the metric unit tests.

#[path = "../tests/common/icwsm.rs"]
mod icwsm;

#[allow(dead_code)]
#[path = "support/metrics.rs"]
mod metrics;

use cxscore::{Analyzer, Profile};
use icwsm::{Item, SETS};
use metrics::pearson;
use std::path::PathBuf;
use std::process::ExitCode;

/// Three sentiment classes, cut at +-0.05 as VADER recommends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Negative,
    Neutral,
    Positive,
}

const CLASSES: [Class; 3] = [Class::Negative, Class::Neutral, Class::Positive];

impl Class {
    /// Class of a score in -1..=1: >= 0.05 positive, <= -0.05 negative.
    fn of(score: f64) -> Class {
        if score >= 0.05 {
            Class::Positive
        } else if score <= -0.05 {
            Class::Negative
        } else {
            Class::Neutral
        }
    }

    /// Gold class of a mean rating in -4..=4: rating / 4, same cut.
    fn of_rating(rating: f64) -> Class {
        Class::of(rating / 4.0)
    }
}

/// Support-weighted F1 over the three classes, like scikit-learn's
/// `f1_score(average="weighted")`: each class's F1 (0 when undefined)
/// weighted by its number of gold items.
fn weighted_f1(gold: &[Class], predicted: &[Class]) -> f64 {
    assert_eq!(gold.len(), predicted.len());
    if gold.is_empty() {
        return f64::NAN;
    }
    let mut total = 0.0;
    for class in CLASSES {
        let (mut tp, mut fp, mut fn_) = (0_usize, 0_usize, 0_usize);
        for (&g, &p) in gold.iter().zip(predicted) {
            match (g == class, p == class) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fn_ += 1,
                (false, false) => {}
            }
        }
        let support = tp + fn_;
        let precision = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let recall = if support == 0 {
            0.0
        } else {
            tp as f64 / support as f64
        };
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        total += f1 * support as f64;
    }
    total / gold.len() as f64
}

/// Pearson r and weighted F1 of `scores` against the ratings of `items`.
fn metrics(items: &[&Item], scores: &[f64]) -> (f64, f64) {
    let ratings: Vec<f64> = items.iter().map(|item| item.rating).collect();
    let gold: Vec<Class> = ratings.iter().map(|&r| Class::of_rating(r)).collect();
    let predicted: Vec<Class> = scores.iter().map(|&s| Class::of(s)).collect();
    (pearson(scores, &ratings), weighted_f1(&gold, &predicted))
}

struct Args {
    dir: PathBuf,
    errors: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut dir = None;
    let mut errors = 0;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--errors" => {
                let n = args.next().ok_or("--errors needs a number")?;
                errors = n
                    .parse()
                    .map_err(|_| format!("--errors: not a number: {n:?}"))?;
            }
            "-h" | "--help" => {
                return Err("usage: eval_vader [DATA_DIR] [--errors N]".to_string());
            }
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(Args {
        dir: dir.unwrap_or_else(icwsm::default_data_dir),
        errors,
    })
}

/// Shorten `text` to at most `max` characters for a table cell.
fn cell(text: &str, max: usize) -> String {
    let mut out: String = text
        .chars()
        .take(max)
        .map(|c| if c == '|' || c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

fn fmt(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => format!("{v:.4}"),
        _ => "n/a".to_string(),
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let items = match icwsm::load(&args.dir) {
        Ok(Some(items)) => items,
        Ok(None) => {
            println!(
                "skipped: {} not found (the VADER ICWSM-2014 ground truth lives outside the repo)",
                args.dir.display()
            );
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let reference = match icwsm::load_reference(&icwsm::reference_path()) {
        Ok(reference) => Some(reference),
        Err(message) => {
            eprintln!("vaderSentiment column left out: {message}");
            None
        }
    };

    let customer = Analyzer::default();
    let vader = Analyzer::builder().profile(Profile::Vader).build().unwrap();
    let customer_scores: Vec<f64> = items
        .iter()
        .map(|item| customer.analyze(&item.text).sentiment.compound)
        .collect();
    let vader_scores: Vec<f64> = items
        .iter()
        .map(|item| vader.analyze(&item.text).sentiment.compound)
        .collect();
    let python_scores: Option<Vec<f64>> = reference.as_ref().and_then(|reference| {
        items
            .iter()
            .map(|item| {
                reference
                    .get(&(item.set.to_string(), item.id.clone()))
                    .map(|s| s.compound)
            })
            .collect()
    });
    if reference.is_some() && python_scores.is_none() {
        eprintln!("vaderSentiment column left out: the reference lacks some texts");
    }

    println!("Pearson r (compound vs mean rating) / support-weighted 3-class F1 (cut at +-0.05)");
    println!();
    println!("| set | role | texts | Customer r | Customer F1 | Vader r | Vader F1 | vaderSentiment r | vaderSentiment F1 |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|");
    let groups: Vec<(&str, &str, Vec<usize>)> = SETS
        .iter()
        .map(|set| {
            let role = if set.develop { "develop" } else { "check" };
            let indices = (0..items.len())
                .filter(|&i| items[i].set == set.name)
                .collect();
            (set.name, role, indices)
        })
        .chain(std::iter::once((
            "overall",
            "all",
            (0..items.len()).collect(),
        )))
        .collect();
    for (name, role, indices) in &groups {
        let subset: Vec<&Item> = indices.iter().map(|&i| &items[i]).collect();
        let pick = |scores: &[f64]| -> Vec<f64> { indices.iter().map(|&i| scores[i]).collect() };
        let (cr, cf) = metrics(&subset, &pick(&customer_scores));
        let (vr, vf) = metrics(&subset, &pick(&vader_scores));
        let (pr, pf) = match &python_scores {
            Some(scores) => {
                let (r, f) = metrics(&subset, &pick(scores));
                (Some(r), Some(f))
            }
            None => (None, None),
        };
        println!(
            "| {name} | {role} | {} | {} | {} | {} | {} | {} | {} |",
            subset.len(),
            fmt(Some(cr)),
            fmt(Some(cf)),
            fmt(Some(vr)),
            fmt(Some(vf)),
            fmt(pr),
            fmt(pf)
        );
    }

    if args.errors > 0 {
        for set in SETS.iter().filter(|set| set.develop) {
            let mut indices: Vec<usize> = (0..items.len())
                .filter(|&i| items[i].set == set.name)
                .collect();
            let error = |i: usize| (customer_scores[i] - items[i].rating / 4.0).abs();
            indices.sort_by(|&a, &b| error(b).total_cmp(&error(a)));
            println!();
            println!(
                "{} worst Customer-profile errors on {} (|compound - rating/4|):",
                args.errors.min(indices.len()),
                set.name
            );
            println!();
            println!("| id | rating/4 | Customer | Vader | error | text |");
            println!("|---|---:|---:|---:|---:|---|");
            for &i in indices.iter().take(args.errors) {
                println!(
                    "| {} | {:+.3} | {:+.3} | {:+.3} | {:.3} | {} |",
                    items[i].id,
                    items[i].rating / 4.0,
                    customer_scores[i],
                    vader_scores[i],
                    error(i),
                    cell(&items[i].text, 160)
                );
            }
        }
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_f1_by_hand() {
        use Class::*;
        assert_eq!(
            weighted_f1(&[Positive, Negative], &[Positive, Negative]),
            1.0
        );
        // Positive: P 1/2, R 1/2, F1 1/2, support 2. Negative: P 1/2, R 1, F1 2/3,
        // support 1. Neutral: F1 0, support 1. (2 * 1/2 + 2/3) / 4 = 5/12.
        let gold = [Positive, Positive, Negative, Neutral];
        let predicted = [Positive, Negative, Negative, Positive];
        assert!((weighted_f1(&gold, &predicted) - 5.0 / 12.0).abs() < 1e-12);
    }

    #[test]
    fn classes_cut_at_five_hundredths() {
        assert_eq!(Class::of(0.05), Class::Positive);
        assert_eq!(Class::of(0.0499), Class::Neutral);
        assert_eq!(Class::of(-0.05), Class::Negative);
        assert_eq!(Class::of_rating(0.2), Class::Positive);
        assert_eq!(Class::of_rating(-0.19), Class::Neutral);
    }
}
