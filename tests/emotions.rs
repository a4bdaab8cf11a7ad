//! Emotions and resonance: tables of comments with the expected dominant
//! emotion, negation cases, and resonance orderings.

use cxscore::analysis::Emotion::{self, *};
use cxscore::lexicon::{parse_lexicon, RecordKind};
use cxscore::Analyzer;
use std::collections::HashSet;

fn analyzer() -> Analyzer {
    Analyzer::default()
}

#[test]
fn dominant_emotion() {
    let a = analyzer();
    let table: &[(&str, Emotion)] = &[
        (
            "I am absolutely furious, this is the third time you've lost my order!",
            Anger,
        ),
        ("So happy with my new sofa, it's perfect!", Joy),
        (
            "I'm scared to use this app again after my card was charged twice.",
            Fear,
        ),
        ("Really sad to see the old café close down.", Sadness),
        (
            "The bathroom was disgusting, there was mould everywhere.",
            Disgust,
        ),
        (
            "Wow, I was shocked when they upgraded us for free!",
            Surprise,
        ),
        ("Can't wait for my next visit!", Anticipation),
        (
            "The technician was honest and reliable, I trust this company.",
            Trust,
        ),
        ("Thank you so much, you made my day 😊", Joy),
        ("This is outrageous. I demand a refund NOW!", Anger),
        ("I was terrified the flight would be cancelled.", Fear),
        ("Heartbroken that my package never arrived 💔", Sadness),
    ];
    let mut failures = Vec::new();
    for &(text, expected) in table {
        let emotions = a.analyze(text).emotions;
        if emotions.dominant != Some(expected) {
            failures.push(format!(
                "{text:?}: expected {expected:?}, got {:?} ({emotions:?})",
                emotions.dominant
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
}

#[test]
fn negated_emotions_do_not_count() {
    let a = analyzer();
    for (text, emotion) in [
        ("I am not happy with the service.", Joy),
        ("I was not afraid at all, the staff were calm.", Fear),
        ("Never angry with them, they always fix things.", Anger),
        ("Not surprised, to be honest.", Surprise),
    ] {
        let present = a.analyze(text).emotions.present();
        assert!(
            !present.contains(&emotion),
            "{text:?}: {emotion:?} should not be present, got {present:?}"
        );
    }
}

#[test]
fn emphasis_raises_intensity_and_resonance() {
    let a = analyzer();
    let calm = a.analyze("The food was fine, thanks.");
    let hot = a.analyze("I was FURIOUS!!! They lost my luggage AGAIN and nobody cared!!!");
    assert!(
        hot.resonance.intensity > calm.resonance.intensity + 0.2,
        "{:?} vs {:?}",
        hot.resonance,
        calm.resonance
    );
    let angry = a.analyze("I am angry.").emotions.anger;
    let very_angry = a.analyze("I am extremely angry!").emotions.anger;
    assert!(very_angry > angry, "{very_angry} vs {angry}");
}

#[test]
fn personal_stories_resonate_more() {
    let a = analyzer();
    let generic = a.analyze("Good hotel.");
    let story = a.analyze(
        "When my father fell ill during our stay, Maria at the front desk drove us to the hospital at 2am and then checked on us the next day.",
    );
    assert!(
        story.resonance.personal > generic.resonance.personal + 0.3,
        "{:?}",
        story.resonance
    );
    assert!(
        story.resonance.score > generic.resonance.score,
        "{:?} vs {:?}",
        story.resonance,
        generic.resonance
    );
}

#[test]
fn moments_raise_resonance() {
    // The hook the moments scorer will use: each moment adds to the score.
    let none = cxscore::score::resonance::combine(0.4, 0.3, 0);
    let one = cxscore::score::resonance::combine(0.4, 0.3, 1);
    let two = cxscore::score::resonance::combine(0.4, 0.3, 2);
    assert!(none < one && one < two && two <= 1.0);
}

#[test]
fn emotion_lexicon_parses_without_duplicates() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/emotion_lexicon.tsv"
    ))
    .unwrap();
    let records = parse_lexicon("data/emotion_lexicon.tsv", &text)
        .expect("emotion lexicon parses (unknown emotion names are errors)");
    assert!(records.len() >= 3000, "only {} entries", records.len());
    let mut seen = HashSet::new();
    for record in &records {
        assert!(
            matches!(record.kind, RecordKind::Emotions(a) if !a.is_empty()),
            "{:?} has no emotion",
            record.term
        );
        assert!(
            seen.insert(record.term.to_lowercase()),
            "duplicate entry {:?}",
            record.term
        );
    }
}

#[test]
fn nrc_files_plug_in() {
    // Fixtures in NRC's formats, written by this project with made-up words.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let analyzer = Analyzer::builder()
        .nrc_emolex_file(format!("{dir}/nrc_emolex_format.txt"))
        .nrc_intensity_file(format!("{dir}/nrc_intensity_format.txt"))
        .build()
        .unwrap();
    assert_eq!(
        analyzer.analyze("the flimp was here").emotions.dominant,
        Some(Joy)
    );
    let zorbly = analyzer.analyze("so much zorbly").emotions;
    assert_eq!(zorbly.dominant, Some(Anger));
    assert!(zorbly.anger > zorbly.fear && zorbly.fear > 0.0);
    let err = Analyzer::builder()
        .nrc_emolex_file(format!("{dir}/nrc_intensity_format.txt"))
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("nrc_intensity_format.txt:2"),
        "{err}"
    );
}
