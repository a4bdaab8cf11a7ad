//! Any UTF-8 comment through both profiles: scores stay in range, every
//! span points at whole characters of the text, the batch entry point
//! agrees with `analyze`, and `write_json` writes serde_json's bytes.
#![no_main]

use cxscore::{Analysis, Analyzer, Profile, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn customer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(Analyzer::default)
}

fn vader() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| {
        Analyzer::builder()
            .profile(Profile::Vader)
            .build()
            .expect("the bundled VADER profile builds")
    })
}

fn check_span(s: &str, what: &str, start: usize, end: usize) {
    assert!(
        s.get(start..end).is_some(),
        "{what} span {start}..{end} is not on char boundaries inside the text ({} bytes)",
        s.len()
    );
}

fn check_spans(s: &str, what: &str, spans: &[Span]) {
    for span in spans {
        check_span(s, what, span.start, span.end);
    }
}

fn check(s: &str, profile: &str, a: &Analysis) {
    let sent = &a.sentiment;
    assert!(
        (-1.0..=1.0).contains(&sent.compound),
        "{profile}: compound {} out of [-1, 1]",
        sent.compound
    );
    let parts = [sent.positive, sent.negative, sent.neutral];
    for p in parts {
        assert!(
            (0.0..=1.0).contains(&p),
            "{profile}: proportion {p} out of [0, 1]: {parts:?}"
        );
    }
    let sum: f64 = parts.iter().sum();
    assert!(
        (sum - 1.0).abs() <= 2e-3 || parts.iter().all(|&p| p == 0.0),
        "{profile}: proportions {parts:?} sum to {sum}"
    );
    let e = &a.emotions;
    let emotions = [
        e.joy,
        e.trust,
        e.fear,
        e.surprise,
        e.sadness,
        e.disgust,
        e.anger,
        e.anticipation,
    ];
    for v in emotions {
        assert!(
            (0.0..=1.0).contains(&v),
            "{profile}: emotion {v} out of [0, 1]: {emotions:?}"
        );
    }
    let r = &a.resonance;
    for v in [r.score, r.intensity, r.personal] {
        assert!(
            (0.0..=1.0).contains(&v),
            "{profile}: resonance {v} out of [0, 1]: {r:?}"
        );
    }
    assert!(
        (0.0..=1.0).contains(&a.relevance.score),
        "{profile}: relevance {} out of [0, 1]",
        a.relevance.score
    );
    assert!(
        (-1.0..=1.0).contains(&a.effort.score),
        "{profile}: effort {} out of [-1, 1]",
        a.effort.score
    );
    for sentence in &sent.sentences {
        check_span(s, "sentence", sentence.start, sentence.end);
        assert!(
            (-1.0..=1.0).contains(&sentence.compound),
            "{profile}: sentence compound {} out of [-1, 1]",
            sentence.compound
        );
    }
    for e in &sent.evidence {
        check_span(s, "evidence", e.start, e.end);
        assert!(
            e.valence.is_finite(),
            "{profile}: evidence valence {}",
            e.valence
        );
    }
    for t in &a.relevance.touchpoints {
        check_spans(s, "touchpoint", &t.evidence);
    }
    for m in &a.moments {
        check_spans(s, "moment", &m.evidence);
    }
    for r in &a.recovery {
        check_spans(s, "recovery", &r.evidence);
    }
    for at in &a.attributes {
        check_spans(s, "attribute", &at.evidence);
    }
    for i in &a.loyalty.intents {
        check_spans(s, "intent", &i.evidence);
    }
    check_spans(s, "effort", &a.effort.evidence);
    for k in &a.kudos {
        check_spans(s, "kudos", &k.evidence);
    }
}

fuzz_target!(|s: &str| {
    for (profile, analyzer) in [("customer", customer()), ("vader", vader())] {
        let a = analyzer.analyze(s);
        check(s, profile, &a);
        assert!(
            analyzer.sentiment(s) == a.sentiment,
            "{profile}: sentiment() differs from analyze().sentiment"
        );
        let mut json = Vec::new();
        a.write_json(&mut json);
        assert!(
            json == serde_json::to_vec(&a).unwrap(),
            "{profile}: write_json differs from serde_json: {}",
            String::from_utf8_lossy(&json)
        );
        let batch = analyzer.analyze_batch(&[s]);
        assert_eq!(batch.len(), 1);
        assert!(
            batch[0] == a,
            "{profile}: analyze_batch differs from analyze:\n{:?}\nvs\n{a:?}",
            batch[0]
        );
    }
});
