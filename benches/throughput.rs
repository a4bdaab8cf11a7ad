//! Throughput of cxscore's profiles against two Rust VADER ports and a floor.
//!
//! `cargo bench --bench throughput` scores every VADER ICWSM-2014 text
//! (`../shared/data/vader-icwsm2014`, 23,703 texts) per iteration, or, when
//! that directory is absent, a small built-in corpus of customer comments.
//! Criterion reports bytes/s over the texts' UTF-8 length.
//!
//! * `cxscore_customer`, `cxscore_vader`: [`cxscore::Analyzer::sentiment`] with each profile.
//! * `cxscore_full`: [`cxscore::Analyzer::analyze`], every section that has landed.
//! * `vader_sentimental`: the `vader-sentimental` 0.1.3 crate.
//! * `vader_sentiment`: the `vader_sentiment` 0.1.1 crate.
//! * `floor`: a lower bound for any lexicon scorer: split into
//!   `unicode_words()`, lowercase, look each word up in VADER's lexicon, sum.
//!
//! Each bench sums the compound scores of all texts, checks the sum is finite
//! once before measuring, and black-boxes it, so the scoring can't be skipped.

#[path = "../tests/common/icwsm.rs"]
mod icwsm;

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use cxscore::{Analyzer, Profile};
use std::time::Duration;
use unicode_segmentation::UnicodeSegmentation;

/// Used when the ICWSM texts are absent: comments of the kind cxscore is for.
const BUILTIN_CORPUS: &[&str] = &[
    "No complaints, the staff went above and beyond!",
    "Waited 45 minutes for a table and nobody apologized.",
    "The food was amazing but the waiter was rude.",
    "The waiter could have been more attentive.",
    "Kindly send me the invoice.",
    "Maria at the front desk was SO helpful :)",
    "Never again. Total waste of money.",
    "Checkout page kept failing, had to call three times 😡",
    "Not the friendliest staff, though the room was spotless.",
    "Worth every penny, will definitely be back!",
    "Delivery arrived two days late and the box was crushed.",
    "Great product, terrible packaging.",
    "I've been a customer for ten years and this is the worst service I've ever had.",
    "The app is fine I guess, nothing special.",
    "Support resolved my issue in five minutes, thank you!!",
    "Why does the bill show a charge I never agreed to?",
    "Room was clean, bed was comfy, breakfast could be better.",
    "Honestly not bad at all for the price.",
    "The new update broke everything. Please fix ASAP.",
    "Absolutely love the new menu 😍",
    "Staff were friendly but the wait was way too long.",
    "I asked for a refund three weeks ago and still nothing.",
    "Easy to set up, works as advertised.",
    "Meh.",
    "The driver was polite and helpful, 5 stars.",
    "Would not recommend. The product stopped working after a week.",
    "Thanks for the quick reply, that solved it.",
    "The hotel was nice, but the noise from the street kept us up all night.",
    "Customer service hung up on me twice. Unbelievable.",
    "Prices went up again and the portions got smaller.",
    "Best coffee in town, hands down!",
    "The instructions were confusing and a part was missing.",
    "Not sure yet, I'll update my review after a month of use.",
    "Fantastic experience from start to finish.",
    "The agent didn't even try to help, just read from a script.",
    "Shipping was fast and the item matches the description.",
    "I'm disappointed, I expected more after all the hype.",
    "Could you please add an option to export to CSV?",
    "The room smelled of smoke even though it was non-smoking.",
    "Super friendly team, they remembered my name :D",
    "Website is slow and keeps logging me out.",
    "Good value, but the battery life is poor.",
    "Nobody answered the phone, so I drove to the store instead.",
    "Perfect fit and great quality, ordering another one.",
    "The manager was very understanding and gave us a discount.",
    "Terrible. Just terrible.",
    "It's okay, does what it needs to do.",
    "Loved the atmosphere, hated the music.",
    "My order was wrong AGAIN!!!",
    "Everything was great, thanks again to the whole team.",
];

fn load_texts() -> Vec<String> {
    let dir = icwsm::default_data_dir();
    match icwsm::load(&dir) {
        Ok(Some(items)) => {
            println!(
                "throughput: {} ICWSM-2014 texts from {}",
                items.len(),
                dir.display()
            );
            items.into_iter().map(|item| item.text).collect()
        }
        Ok(None) => {
            println!(
                "throughput: {} not found; using the built-in corpus of {} customer comments",
                dir.display(),
                BUILTIN_CORPUS.len()
            );
            BUILTIN_CORPUS.iter().map(|s| s.to_string()).collect()
        }
        Err(message) => panic!("{message}"),
    }
}

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
    let texts = load_texts();
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
