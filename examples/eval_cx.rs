//! Precision, recall and F1 of every customer-experience signal on a file
//! of labelled comments.
//!
//! ```text
//! cargo run --release --example eval_cx [-- FILE.jsonl] [--misses] [--half dev|check]
//! ```
//!
//! `FILE.jsonl` defaults to `tests/data/cx_signals.jsonl` (comments written
//! by this project). Run it on your own labelled comments to see how the
//! signals do on your data. One JSON object per line (blank lines and lines
//! starting with `#` or `//` are skipped); every field but `text` is
//! optional, and an absent field means "expect nothing":
//!
//! ```json
//! {"id": "r-7", "industry": "hotel",
//!  "text": "The night manager, Luis, set up a crib without us asking. Will stay here again.",
//!  "moments": ["surprise"], "recovery": [], "attributes": ["attentive+", "considerate+"],
//!  "loyalty": ["return+"], "stance": "promoter", "effort": "low", "kudos": ["Luis"],
//!  "not": ["moments:miracle", "loyalty:recommend+", "kudos"], "note": "why"}
//! ```
//!
//! - `moments`: `surprise`, `going_the_distance`, `miracle`, `selfless`,
//!   `pain` (never `recovery`: the `recovery` moment is expected exactly
//!   when `recovery` is non-empty).
//! - `recovery`: `apology`, `ownership`, `acknowledgment`, `remedy`.
//! - `attributes`: `attentive`, `helpful`, `personal`, `considerate`,
//!   `delightful`, `appreciative`, each with `+` (present) or `-` (violated).
//! - `loyalty`: `return`, `recommend`, `repurchase`, `churn`, each with `+`
//!   or `-` ("would not recommend" is `recommend-`).
//! - `stance`: `promoter`, `passive` or `detractor`.
//! - `effort`: `high` or `low`; predicted when `|effort.score|` is at least
//!   [`EFFORT_CUT`](cxscore::score::signals::EFFORT_CUT).
//! - `kudos`: the praised people; a predicted `who` matches a label when,
//!   ignoring case, one contains the other ("our driver Tom" ~ "Tom").
//! - `not`: guards, signals that must not be found, as `group:value`
//!   (`moments:surprise`, `loyalty:recommend+`, `stance:promoter`,
//!   `effort:high`) or `kudos` for no kudos at all.
//!
//! Prints one line per signal (gold count, true and false positives, false
//! negatives, precision, recall, F1), micro averages per group, and how many
//! guards held. `--misses` also lists every miss and broken guard with the
//! row id. `--half dev` and `--half check` score only the rows at odd or
//! even positions (1st, 3rd, ... or 2nd, 4th, ...), for tuning on one half
//! and checking on the other.

#[path = "../tests/common/cx_eval.rs"]
mod cx_eval;

use cxscore::Analyzer;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut path = String::from("tests/data/cx_signals.jsonl");
    let (mut misses, mut half) = (false, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--misses" => misses = true,
            "--half" => half = args.next(),
            other => path = other.to_string(),
        }
    }
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::from(2);
        }
    };
    let mut rows = match cx_eval::parse(&text) {
        Ok(rows) => rows,
        Err(problem) => {
            eprintln!("{path}: {problem}");
            return ExitCode::from(2);
        }
    };
    match half.as_deref() {
        None => {}
        Some(which @ ("dev" | "check")) => {
            let keep = usize::from(which == "check");
            rows = rows
                .into_iter()
                .enumerate()
                .filter(|(i, _)| i % 2 == keep)
                .map(|(_, r)| r)
                .collect();
        }
        Some(other) => {
            eprintln!("--half takes dev or check, not {other:?}");
            return ExitCode::from(2);
        }
    }
    let report = cx_eval::evaluate(&Analyzer::default(), &rows);
    println!("{path}: {} comments", rows.len());
    print!("{}", cx_eval::table(&report));
    if misses {
        for m in &report.misses {
            let what = if m.false_positive { "FP" } else { "FN" };
            let text = rows.iter().find(|r| r.id == m.id).map_or("", |r| &r.text);
            println!("{what} {:<34} {} {text}", m.signal, m.id);
        }
        for (id, guard) in &report.broken_guards {
            println!("GUARD {guard} {id}");
        }
    }
    ExitCode::SUCCESS
}
