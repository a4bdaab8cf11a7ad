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

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use cxscore::{Analyzer, Profile};
use std::time::Duration;
use unicode_segmentation::UnicodeSegmentation;

/// The floor's lexicon: VADER's words and mean valences.
fn floor_lexicon() -> foldhash::HashMap<String, f64> {
    let text = include_str!("../data/vader_lexicon.txt");
    let mut map = foldhash::HashMap::default();
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let mut fields = line.split('\t');
        if let (Some(word), Some(valence)) = (fields.next(), fields.next()) {
            if let Ok(valence) = valence.parse::<f64>() {
                map.insert(word.to_string(), valence);
            }
        }
    }
    assert!(map.len() > 7000, "vader_lexicon.txt: {} words", map.len());
    map
}

/// Floor compound of one text: sum of word valences, normalized like VADER.
fn floor_score(lexicon: &foldhash::HashMap<String, f64>, text: &str, buf: &mut String) -> f64 {
    let mut sum = 0.0;
    for word in text.unicode_words() {
        buf.clear();
        for c in word.chars() {
            buf.extend(c.to_lowercase());
        }
        if let Some(valence) = lexicon.get(buf.as_str()) {
            sum += valence;
        }
    }
    sum / (sum * sum + 15.0).sqrt()
}

fn throughput(c: &mut Criterion) {
    let texts = corpus::load("throughput").0;
    let bytes: usize = texts.iter().map(String::len).sum();

    let customer = Analyzer::default();
    let vader = Analyzer::builder().profile(Profile::Vader).build().unwrap();
    let sentimental = vader_sentimental::SentimentIntensityAnalyzer::new();
    let sentiment = vader_sentiment::SentimentIntensityAnalyzer::new();
    let lexicon = floor_lexicon();

    type Scorer<'a> = Box<dyn Fn(&[String]) -> f64 + 'a>;
    let benches: Vec<(&str, Scorer)> = vec![
        (
            "cxscore_customer",
            Box::new(|texts: &[String]| texts.iter().map(|t| customer.sentiment(t).compound).sum()),
        ),
        (
            // Relevance alone, with the stages it reads: the lookup, the
            // sentiment rules and the CX patterns (pain is an opinion).
            "cxscore_relevance",
            Box::new(|texts: &[String]| texts.iter().map(|t| customer.relevance(t).score).sum()),
        ),
        (
            // Every section that has landed (sentiment, emotions, resonance, moments and the other CX signals).
            "cxscore_full",
            Box::new(|texts: &[String]| {
                texts
                    .iter()
                    .map(|t| {
                        let a = customer.analyze(t);
                        a.sentiment.compound + a.emotions.joy + a.resonance.score
                    })
                    .sum()
            }),
        ),
        (
            "cxscore_vader",
            Box::new(|texts: &[String]| texts.iter().map(|t| vader.sentiment(t).compound).sum()),
        ),
        (
            "vader_sentimental",
            Box::new(|texts: &[String]| {
                texts
                    .iter()
                    .map(|t| sentimental.polarity_scores(t).compound)
                    .sum()
            }),
        ),
        (
            "vader_sentiment",
            Box::new(|texts: &[String]| {
                texts
                    .iter()
                    .map(|t| sentiment.polarity_scores(t)["compound"])
                    .sum()
            }),
        ),
        (
            "floor",
            Box::new(|texts: &[String]| {
                let mut buf = String::new();
                texts
                    .iter()
                    .map(|t| floor_score(&lexicon, t, &mut buf))
                    .sum()
            }),
        ),
    ];

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
