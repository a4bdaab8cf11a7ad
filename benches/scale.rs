//! Scaling: threads, and long comments against short ones.
//!
//! `cargo bench --bench scale` (about a minute) uses the VADER ICWSM-2014
//! texts in `../shared/data/vader-icwsm2014`, or, when that directory is
//! absent, a small built-in corpus of customer comments. Criterion reports
//! bytes/s over the texts' UTF-8 length.
//!
//! * `scale/batch_1_thread`, `scale/batch_2_threads`: [`Analyzer::analyze_batch`]
//!   over all the texts inside a rayon pool of 1 and 2 threads. Their ratio
//!   is the parallel speed-up (at most 2, and only if two cores are free).
//! * `scale/long_comment_1mb`, `scale/tweets`: one comment of about 1 MB
//!   (the texts joined with ". ") against the tweets scored one by one.
//!   Equal bytes/s means time is linear in the length of a comment.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use cxscore::Analyzer;
use std::time::Duration;

/// Size of the long comment.
const LONG_BYTES: usize = 1 << 20;

/// The texts joined with ". ", repeated as needed, to at least `len` bytes.
fn long_comment(texts: &[String], len: usize) -> String {
    let mut long = String::with_capacity(len + 4096);
    for text in texts.iter().cycle() {
        if long.len() >= len {
            break;
        }
        if !long.is_empty() {
            long.push_str(". ");
        }
        long.push_str(text.trim_end_matches(['.', ' ']));
    }
    long
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("build a rayon pool")
}

fn scale(c: &mut Criterion) {
    let (texts, tweets) = corpus::load("scale");
    let analyzer = Analyzer::default();
    if !cfg!(feature = "rayon") {
        println!("scale: the `rayon` feature is off: analyze_batch runs on one thread");
    }

    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let bytes: usize = refs.iter().map(|t| t.len()).sum();
    let batch_sum = |texts: &[&str]| -> f64 {
        analyzer
            .analyze_batch(texts)
            .iter()
            .map(|a| a.sentiment.compound)
            .sum()
    };
    let pools = [("batch_1_thread", pool(1)), ("batch_2_threads", pool(2))];
    // Outside the measurement: both pools give the same, finite result.
    let sums: Vec<f64> = pools
        .iter()
        .map(|(_, p)| p.install(|| batch_sum(&refs)))
        .collect();
    assert!(sums[0].is_finite() && sums[0] == sums[1], "{sums:?}");

    let mut group = c.benchmark_group("scale");
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    group.throughput(Throughput::Bytes(bytes as u64));
    for (name, pool) in &pools {
        group.bench_function(*name, |b| {
            b.iter(|| pool.install(|| black_box(batch_sum(black_box(&refs)))))
        });
    }

    let long = long_comment(&texts, LONG_BYTES);
    let compound = analyzer.analyze(&long).sentiment.compound;
    println!(
        "scale: long comment of {} bytes, compound {compound}; tweets: {} texts, {} bytes",
        long.len(),
        tweets.len(),
        tweets.iter().map(String::len).sum::<usize>()
    );
    assert!(compound.is_finite());
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("long_comment_1mb", |b| {
        b.iter(|| black_box(analyzer.analyze(black_box(&long)).sentiment.compound))
    });
    let tweet_bytes: usize = tweets.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(tweet_bytes as u64));
    group.bench_function("tweets", |b| {
        b.iter(|| {
            black_box(&tweets)
                .iter()
                .map(|t| analyzer.analyze(t).sentiment.compound)
                .sum::<f64>()
        })
    });
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
