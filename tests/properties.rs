//! Properties that hold for any input string.

use cxscore::{Analyzer, Label, Profile};
use proptest::prelude::*;
use std::sync::OnceLock;

fn customer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::default)
}

fn vader() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::builder().profile(Profile::Vader).build().unwrap())
}

/// Strings mixing the things the rules look at: words, negators, boosters,
/// contrast words, caps, punctuation runs, emoji, emoticons, odd whitespace.
fn comment() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("good".to_string()),
        Just("NOT".to_string()),
        Just("no complaints".to_string()),
        Just("but".to_string()),
        Just("although".to_string()),
        Just("very".to_string()),
        Just("kind of".to_string()),
        Just("could have been".to_string()),
        Just("least".to_string()),
        Just("sooo".to_string()),
        Just("!!!".to_string()),
        Just("??".to_string()),
        Just(":-)".to_string()),
        Just("D:".to_string()),
        Just("😡👍🏽".to_string()),
        Just("\u{1c}\u{a0}\n".to_string()),
        Just("déçu".to_string()),
        "[a-zA-Z']{1,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.join(" "))
}

fn check(analyzer: &Analyzer, full_text: &str) {
    let analysis = analyzer.analyze(full_text);
    let s = &analysis.sentiment;
    // Failure messages show the start of the input, not a megabyte of it.
    let text = &full_text[..full_text.floor_char_boundary(200)];
    assert!(
        (-1.0..=1.0).contains(&s.compound),
        "compound {} for {text:?}",
        s.compound
    );
    let sum = s.positive + s.negative + s.neutral;
    assert!(
        sum == 0.0 || (sum - 1.0).abs() < 2e-3,
        "proportions sum to {sum} for {text:?}"
    );
    for p in [s.positive, s.negative, s.neutral] {
        assert!((0.0..=1.0).contains(&p), "{p} for {text:?}");
    }
    for e in &s.evidence {
        assert!(
            e.start < e.end && full_text.get(e.start..e.end).is_some(),
            "bad span {e:?} in {text:?}"
        );
    }
    for sentence in &s.sentences {
        assert!(
            full_text.get(sentence.start..sentence.end).is_some(),
            "bad sentence span in {text:?}"
        );
        assert!((-1.0..=1.0).contains(&sentence.compound));
    }
    let e = &analysis.emotions;
    let r = &analysis.resonance;
    for x in [
        e.joy,
        e.trust,
        e.fear,
        e.surprise,
        e.sadness,
        e.disgust,
        e.anger,
        e.anticipation,
        r.score,
        r.intensity,
        r.personal,
    ] {
        assert!(
            (0.0..=1.0).contains(&x),
            "emotion or resonance {x} for {text:?}"
        );
    }
    if full_text.trim().is_empty() {
        assert_eq!(s.compound, 0.0);
        assert_eq!(s.label, Label::Neutral);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_comment_scores_in_range(text in comment()) {
        check(customer(), &text);
        check(vader(), &text);
    }

    #[test]
    fn any_string_scores_in_range(text in any::<String>()) {
        check(customer(), &text);
        check(vader(), &text);
    }

    #[test]
    fn sections_alone_equal_the_full_analysis(text in comment()) {
        for analyzer in [customer(), vader()] {
            let analysis = analyzer.analyze(&text);
            prop_assert_eq!(analyzer.sentiment(&text), analysis.sentiment);
            prop_assert_eq!(analyzer.relevance(&text), analysis.relevance);
        }
    }

    #[test]
    fn json_writer_equals_serde(text in comment(), id in proptest::option::of(any::<String>())) {
        let mut analysis = customer().analyze(&text);
        if let Some(id) = id {
            analysis = analysis.with_id(id);
        }
        let mut ours = Vec::new();
        analysis.write_json(&mut ours);
        prop_assert_eq!(ours, serde_json::to_vec(&analysis).unwrap());
    }

    #[test]
    fn batch_equals_one_by_one(texts in prop::collection::vec(comment(), 0..8)) {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let batch = customer().analyze_batch(&refs);
        prop_assert_eq!(batch.len(), texts.len());
        for (text, analysis) in texts.iter().zip(&batch) {
            prop_assert_eq!(&customer().analyze(text), analysis);
        }
    }
}

#[test]
fn analyzer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Analyzer>();
    assert_send_sync::<cxscore::Analysis>();
    assert_send_sync::<cxscore::Error>();
}

#[test]
fn same_results_from_eight_threads() {
    let texts = [
        "No complaints, the staff went above and beyond!",
        "Waited 45 minutes. NEVER again!!!",
        "The food was amazing but the waiter was rude 😡",
    ];
    let expected: Vec<_> = texts.iter().map(|t| customer().analyze(t)).collect();
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for _ in 0..50 {
                    for (t, e) in texts.iter().zip(&expected) {
                        assert_eq!(&customer().analyze(t), e);
                    }
                }
            });
        }
    });
}

#[test]
fn pathological_inputs_finish() {
    let inputs = [
        "!".repeat(100_000),
        "😡".repeat(50_000),
        "not ".repeat(50_000) + "good",
        "but ".repeat(30_000),
        "a".repeat(1_000_000),
        "no ".repeat(40_000),
        // Customer-experience patterns and kudos: many overlapping matches, long names.
        "would not recommend ".repeat(20_000),
        "had to call five times ".repeat(10_000),
        "thanks to Maria ".repeat(20_000),
        "Maria ".repeat(50_000) + "was great",
        "stayed until ".repeat(30_000),
    ];
    for text in &inputs {
        check(customer(), text);
        check(vader(), text);
    }
}

#[test]
fn long_inputs_are_scored_on_a_bounded_window() {
    let analyzer = Analyzer::builder().max_input_bytes(101).build().unwrap();
    // 'é' is two bytes: the cut at 101 must move back to a character boundary.
    let late = "é".repeat(60) + " terrible";
    assert_eq!(
        analyzer.analyze(&late).sentiment.compound,
        0.0,
        "words past the window are not read"
    );
    let early = "terrible ".to_string() + &"é".repeat(60);
    let s = analyzer.analyze(&early).sentiment;
    assert!(s.compound < 0.0);
    assert!(s.evidence.iter().all(|e| e.end <= 101));
}
