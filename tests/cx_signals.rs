//! Customer-experience signals: the issue's bars on the project's labelled
//! comments (`tests/data/cx_signals.jsonl`, written by this project), and a
//! table of the cases the rules must get right (negation, modality,
//! requests, the customer's own words).
//!
//! `cargo test --release --test cx_signals -- --nocapture` prints the
//! per-signal table; `cargo run --release --example eval_cx -- --misses`
//! lists every miss.

#[path = "common/cx_eval.rs"]
mod cx_eval;

use cx_eval::{evaluate, parse, predicted, table, Report};
use cxscore::Analyzer;

const DATA: &str = include_str!("data/cx_signals.jsonl");

fn report() -> Report {
    let rows = parse(DATA).expect("tests/data/cx_signals.jsonl parses");
    assert!(rows.len() >= 180, "{} rows", rows.len());
    let report = evaluate(&Analyzer::default(), &rows);
    println!("{}", table(&report));
    report
}

/// The issue's bars: F1 >= 0.85 for moments, recovery, loyalty and effort,
/// 0.8 for kudos; precision >= 0.85 for every group (see the README's
/// "Moments that matter" section for the numbers).
#[test]
fn issue_bars() {
    let report = report();
    let mut failures = Vec::new();
    for (group, f1) in [
        ("moments", 0.85),
        ("recovery", 0.85),
        ("loyalty", 0.85),
        ("effort", 0.85),
        ("kudos", 0.8),
    ] {
        let c = report.group(group);
        if c.f1() < f1 {
            failures.push(format!("{group}: F1 {:.3} < {f1}", c.f1()));
        }
    }
    for group in cx_eval::GROUPS {
        let c = report.group(group);
        if c.precision() < 0.85 {
            failures.push(format!("{group}: precision {:.3} < 0.85", c.precision()));
        }
    }
    // Issue #5 per line: precision >= 0.85 for every signal; F1 >= 0.85 for
    // each moment, recovery part, loyalty intent and effort level.
    for (name, c) in &report.signals {
        if c.precision() < 0.85 {
            failures.push(format!("{name}: precision {:.3} < 0.85", c.precision()));
        }
        let group = name.split(':').next().unwrap_or("");
        let stance_or_attribute = matches!(group, "stance" | "attributes" | "kudos");
        if !stance_or_attribute && c.f1() < 0.85 {
            failures.push(format!("{name}: F1 {:.3} < 0.85", c.f1()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the rules reach today, so a change that loses ground fails.
#[test]
fn no_regression() {
    let report = report();
    let mut failures = Vec::new();
    for (group, precision, f1) in [
        ("moments", 0.92, 0.92),
        ("recovery", 0.96, 0.94),
        ("loyalty", 0.94, 0.94),
        ("stance", 0.94, 0.94),
        ("effort", 0.95, 0.92),
        ("kudos", 0.93, 0.91),
        ("attributes", 0.95, 0.86),
    ] {
        let c = report.group(group);
        if c.precision() < precision || c.f1() < f1 {
            failures.push(format!(
                "{group}: precision {:.3} (floor {precision}), F1 {:.3} (floor {f1})",
                c.precision(),
                c.f1()
            ));
        }
    }
    // Guards: what a comment must not be read as.
    let held = report.guards_held as f64 / report.guards.max(1) as f64;
    if held < 0.93 {
        failures.push(format!(
            "guards: {held:.3} held; broken: {:?}",
            report.broken_guards
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_rules_read_context() {
    let analyzer = Analyzer::default();
    // (comment, labels that must be found, labels that must not)
    let table: &[(&str, &[&str], &[&str])] = &[
        (
            "Without even asking, she brought a blanket for my daughter.",
            &["moments:surprise"],
            &[],
        ),
        (
            "They did not even apologize for the wait.",
            &[],
            &["recovery:apology", "moments:recovery"],
        ),
        (
            "I was hoping they'd make an exception but no luck.",
            &[],
            &["moments:miracle"],
        ),
        (
            "I would have come back if the food was better.",
            &[],
            &["loyalty:return+"],
        ),
        (
            "Would not recommend. Waited 45 minutes for a table.",
            &["loyalty:recommend-", "moments:pain", "stance:detractor"],
            &["loyalty:recommend+"],
        ),
        ("Can you refund me?", &[], &["recovery:remedy"]),
        ("Please refund my order.", &[], &["recovery:remedy"]),
        (
            "The manager apologized, took responsibility and refunded the whole meal.",
            &[
                "recovery:apology",
                "recovery:ownership",
                "recovery:remedy",
                "moments:recovery",
            ],
            &[],
        ),
        (
            "He stayed on the phone with me for two hours until it worked. Will definitely be back!",
            &["moments:going_the_distance", "loyalty:return+", "stance:promoter"],
            &[],
        ),
        (
            "Had to call five times and got transferred three times. Still waiting.",
            &["effort:high"],
            &["effort:low"],
        ),
        (
            "So easy, took two minutes. Highly recommend!",
            &["effort:low", "loyalty:recommend+"],
            &["effort:high"],
        ),
        (
            "They waived the late fee and helped my elderly father carry the groceries to his car.",
            &["moments:miracle", "moments:selfless"],
            &[],
        ),
        (
            "Never again. I'm cancelling my account and switching to another bank.",
            &["loyalty:return-", "loyalty:churn+", "stance:detractor"],
            &["stance:promoter"],
        ),
        (
            "I can't recommend them enough.",
            &["loyalty:recommend+"],
            &["loyalty:recommend-"],
        ),
        ("I'm sorry to say the room was filthy.", &[], &["recovery:apology"]),
        (
            "Easy to see why this place is empty.",
            &[],
            &["effort:low"],
        ),
        // The customer's own answer to their question.
        (
            "Would I recommend them? Absolutely not.",
            &["loyalty:recommend-", "stance:detractor"],
            &["loyalty:recommend+"],
        ),
        // A warning keeps its "unless".
        (
            "I'd recommend avoiding this place unless you enjoy being ignored.",
            &["loyalty:recommend-"],
            &["loyalty:recommend+"],
        ),
        // A hedged intent is lukewarm.
        (
            "Might come back if we're in the area.",
            &["loyalty:return+", "stance:passive"],
            &["stance:promoter"],
        ),
        // A fix with no failure is no recovery; the customer noticing is no attribute.
        (
            "The technician fixed the meter and explained the bill.",
            &[],
            &["recovery:remedy", "moments:recovery"],
        ),
        (
            "I noticed my order was wrong.",
            &["moments:pain"],
            &["attributes:attentive+"],
        ),
        (
            "The doctor was 50 minutes late.",
            &["moments:pain", "effort:high"],
            &[],
        ),
        (
            "We showed up 20 minutes late and they still seated us.",
            &[],
            &["moments:pain", "effort:high"],
        ),
    ];
    let mut failures = Vec::new();
    for &(text, found, absent) in table {
        let labels = predicted(&analyzer.analyze(text)).set;
        for want in found {
            if !labels.contains(*want) {
                failures.push(format!("{text:?}: missing {want} in {labels:?}"));
            }
        }
        for unwanted in absent {
            if labels.contains(*unwanted) {
                failures.push(format!("{text:?}: unexpected {unwanted}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn kudos_name_the_praised_person_only() {
    let analyzer = Analyzer::default();
    let who = |text: &str| -> Vec<String> {
        analyzer
            .analyze(text)
            .kudos
            .into_iter()
            .map(|k| k.who)
            .collect()
    };
    assert_eq!(who("Maria at the front desk was so helpful!"), ["Maria"]);
    assert_eq!(who("Our driver Tom was amazing."), ["Our driver Tom"]);
    assert_eq!(
        who("Huge thanks to Dr. Patel for everything."),
        ["Dr. Patel"]
    );
    assert!(who("Maria was rude from the moment we checked in.").is_empty());
    assert!(who("The clerk couldn't have cared less about my parcel.").is_empty());
    // A name thanked on its own after the one praised role is that person.
    assert_eq!(
        who("The hygienist remembered I get nervous and had my music ready. Thank you Corinne!"),
        ["Corinne"]
    );
    assert_eq!(
        who("The nurse was so kind to my dad. Cheers Nadia at reception for the parking pass too."),
        ["The nurse", "Nadia"]
    );
    assert!(who("The food was great.").is_empty());
}

#[test]
fn evidence_spans_point_at_the_words() {
    let text = "The night manager waived the late fee. Would not recommend the spa though.";
    let a = Analyzer::default().analyze(text);
    let miracle = a
        .moments
        .iter()
        .find(|m| m.kind == cxscore::analysis::MomentKind::Miracle)
        .expect("a miracle moment");
    assert_eq!(miracle.evidence[0].text(text), "waived the late fee");
    let recommend = &a.loyalty.intents[0];
    assert_eq!(
        (recommend.kind.as_str(), recommend.polarity),
        ("recommend", -1)
    );
    assert!(recommend.evidence[0].text(text).contains("recommend"));
}
