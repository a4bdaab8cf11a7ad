//! The speed ratios the issues name, measured so that a busy machine
//! cancels out.
//!
//! `cargo bench --bench ratios` (about two minutes) times the same scorers
//! as `throughput` (see `support/peers.rs`), one pass over all the texts
//! each, taking turns: every round times every scorer once, in an order
//! that rotates from round to round. Criterion times one bench after the
//! other, so on a shared machine a slow minute lands on one bench alone and
//! moves every ratio it is in; here each ratio is taken within a round and
//! the median over the rounds is reported. `CXSCORE_ROUNDS` sets the number
//! of rounds (default 15).

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/peers.rs"]
mod peers;

use std::hint::black_box;
use std::time::Instant;

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter or `--list` asks for nothing here.
    if std::env::args()
        .skip(1)
        .any(|a| a == "--list" || !a.starts_with("--"))
    {
        return;
    }
    let texts = corpus::load("ratios").0;
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds: usize = std::env::var("CXSCORE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(15);
    let peers = peers::Peers::new();
    let scorers = peers.scorers();
    for (name, score) in &scorers {
        let sum = score(&texts);
        assert!(sum.is_finite(), "{name}: sum of scores is {sum}");
    }
    // seconds[s][r]: scorer s in round r.
    let mut seconds = vec![Vec::with_capacity(rounds); scorers.len()];
    for round in 0..rounds {
        for k in 0..scorers.len() {
            let s = (round + k) % scorers.len();
            let start = Instant::now();
            black_box(scorers[s].1(black_box(&texts)));
            seconds[s].push(start.elapsed().as_secs_f64());
        }
    }
    let index = |name: &str| scorers.iter().position(|(n, _)| *n == name).unwrap();
    println!(
        "\n{rounds} rounds over {} texts ({bytes} bytes); median of each:\n",
        texts.len()
    );
    println!("| scorer | ms per pass | MB/s |");
    println!("|---|---:|---:|");
    for (s, (name, _)) in scorers.iter().enumerate() {
        let ms = median(seconds[s].clone()) * 1e3;
        println!("| `{name}` | {ms:.1} | {:.1} |", bytes as f64 / 1e3 / ms);
    }
    let ratio = |slow: &str, fast: &str| {
        let (a, b) = (index(slow), index(fast));
        median((0..rounds).map(|r| seconds[a][r] / seconds[b][r]).collect())
    };
    println!("\n| ratio (median of the rounds' ratios) | value | bar |");
    println!("|---|---:|---|");
    for (what, slow, fast, bar) in [
        (
            "`vader_sentimental` time / customer time",
            "vader_sentimental",
            "cxscore_customer",
            "≥ 3 (#2)",
        ),
        (
            "customer time / `floor` time",
            "cxscore_customer",
            "floor",
            "≤ 2 (#2, #6)",
        ),
        (
            "relevance time / customer time",
            "cxscore_relevance",
            "cxscore_customer",
            "≤ 1.4 (#4)",
        ),
        (
            "full time / customer time",
            "cxscore_full",
            "cxscore_customer",
            "≤ 1.6 (#5)",
        ),
        (
            "`vader_sentimental` time / full time",
            "vader_sentimental",
            "cxscore_full",
            "≥ 2 (#6)",
        ),
    ] {
        println!("| {what} | {:.2} | {bar} |", ratio(slow, fast));
    }
}
