//! The scorers both speed benches time: cxscore's profiles and sections,
//! the two Rust VADER ports and the floor, each as a function from all the
//! texts to the sum of their scores.

use cxscore::{Analyzer, Profile};
use unicode_segmentation::UnicodeSegmentation;

/// The floor's lexicon: VADER's words and mean valences.
fn floor_lexicon() -> foldhash::HashMap<String, f64> {
    let text = include_str!("../../data/vader_lexicon.txt");
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

/// The analyzers and peers, built once.
pub struct Peers {
    customer: Analyzer,
    vader: Analyzer,
    sentimental: vader_sentimental::SentimentIntensityAnalyzer<'static>,
    sentiment: vader_sentiment::SentimentIntensityAnalyzer<'static>,
    lexicon: foldhash::HashMap<String, f64>,
}

/// One scorer: all the texts in, the sum of their scores out.
pub type Scorer<'a> = Box<dyn Fn(&[String]) -> f64 + 'a>;

impl Peers {
    pub fn new() -> Self {
        Peers {
            customer: Analyzer::default(),
            vader: Analyzer::builder().profile(Profile::Vader).build().unwrap(),
            sentimental: vader_sentimental::SentimentIntensityAnalyzer::new(),
            sentiment: vader_sentiment::SentimentIntensityAnalyzer::new(),
            lexicon: floor_lexicon(),
        }
    }

    /// The scorers by bench name, in the order the benches report them.
    pub fn scorers(&self) -> Vec<(&'static str, Scorer<'_>)> {
        let Peers {
            customer,
            vader,
            sentimental,
            sentiment,
            lexicon,
        } = self;
        vec![
            (
                "cxscore_customer",
                Box::new(|texts: &[String]| {
                    texts.iter().map(|t| customer.sentiment(t).compound).sum()
                }),
            ),
            (
                // Relevance alone, with the stages it reads: the lookup, the
                // sentiment rules and the CX patterns (pain is an opinion).
                "cxscore_relevance",
                Box::new(|texts: &[String]| {
                    texts.iter().map(|t| customer.relevance(t).score).sum()
                }),
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
                Box::new(|texts: &[String]| {
                    texts.iter().map(|t| vader.sentiment(t).compound).sum()
                }),
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
                        .map(|t| floor_score(lexicon, t, &mut buf))
                        .sum()
                }),
            ),
        ]
    }
}
