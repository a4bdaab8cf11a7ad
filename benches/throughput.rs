//! Throughput of cxscore's profiles against two Rust VADER ports and a floor.
//!
//! `cargo bench --bench throughput` scores every VADER ICWSM-2014 text
//! (`../shared/data/vader-icwsm2014`, 23,703 texts) per iteration, or, when
//! that directory is absent, a small built-in corpus of customer comments.
//! Criterion reports bytes/s over the texts' UTF-8 length.
//!
//! * `cxscore_customer`, `cxscore_vader`: [`cxscore::Analyzer::sentiment`] with each profile.
//! * `cxscore_relevance`: [`cxscore::Analyzer::relevance`], touchpoints alone.
//! * `cxscore_full`: [`cxscore::Analyzer::analyze`], every section that has landed.
//! * `vader_sentimental`: the `vader-sentimental` 0.1.3 crate.
//! * `vader_sentiment`: the `vader_sentiment` 0.1.1 crate.
//! * `floor`: a lower bound for any lexicon scorer: split into
//!   `unicode_words()`, lowercase, look each word up in VADER's lexicon, sum.
//!
//! Each bench sums the compound scores of all texts, checks the sum is finite
//! once before measuring, and black-boxes it, so the scoring can't be skipped.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/peers.rs"]
mod peers;

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use peers::Peers;
use std::time::Duration;

fn throughput(c: &mut Criterion) {
    let texts = corpus::load("throughput").0;
    let bytes: usize = texts.iter().map(String::len).sum();
    let peers = Peers::new();
    let benches = peers.scorers();

    // Check once, outside the measurement, that every scorer runs over every
    // text and gives a finite sum.
    for (name, score) in &benches {
        let sum = score(&texts);
        assert!(sum.is_finite(), "{name}: sum of compounds is {sum}");
        println!(
            "throughput: {name}: sum of compounds over {} texts = {sum:.4}",
            texts.len()
        );
    }

    let mut group = c.benchmark_group("throughput");
    group
        .throughput(Throughput::Bytes(bytes as u64))
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (name, score) in &benches {
        group.bench_function(*name, |b| b.iter(|| black_box(score(black_box(&texts)))));
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
