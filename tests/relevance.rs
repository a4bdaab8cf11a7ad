//! Touchpoint tables: for the default taxonomy and each domain pack,
//! comments of that industry with the touchpoints a careful reader finds
//! and the sign of the sentiment toward each.
//!
//! Table format (`tests/data/relevance/<pack>.tsv`, written by this
//! project): `text<TAB>expected`, where expected is `none` or
//! space-separated `touchpoint` + `+`/`-`/`0`; a leading `?` makes one
//! optional. A row fails when an expected touchpoint is missing or has the
//! wrong sign, or an unlisted one is reported.

use cxscore::{Analyzer, Taxonomy};

const NEUTRAL_BAND: f64 = 0.05;

struct Expected {
    name: String,
    sign: i8,
    optional: bool,
}

fn parse_expected(field: &str) -> Vec<Expected> {
    if field.trim() == "none" {
        return Vec::new();
    }
    field
        .split_whitespace()
        .map(|item| {
            let optional = item.starts_with('?');
            let item = item.trim_start_matches('?');
            let (name, sign) = item.split_at(item.len() - 1);
            let sign = match sign {
                "+" => 1,
                "-" => -1,
                "0" => 0,
                _ => panic!("bad expectation {item:?}"),
            };
            Expected {
                name: name.to_string(),
                sign,
                optional,
            }
        })
        .collect()
}

fn sign(sentiment: f64) -> i8 {
    if sentiment > NEUTRAL_BAND {
        1
    } else if sentiment < -NEUTRAL_BAND {
        -1
    } else {
        0
    }
}

/// Failures of one table, as readable lines.
fn check_table(pack: &str) -> (usize, Vec<String>) {
    let path = format!(
        "{}/tests/data/relevance/{pack}.tsv",
        env!("CARGO_MANIFEST_DIR")
    );
    let table = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let builder = Analyzer::builder();
    let analyzer = if pack == "default" {
        builder.build()
    } else {
        builder.domain(pack).build()
    }
    .unwrap();
    let mut rows = 0;
    let mut failures = Vec::new();
    for (n, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (text, expected) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{path}:{}: no tab", n + 1));
        rows += 1;
        let expected = parse_expected(expected);
        let found = analyzer.analyze(text).relevance.touchpoints;
        let mut problems = Vec::new();
        for e in &expected {
            match found.iter().find(|t| t.name == e.name) {
                Some(t) if sign(t.sentiment) != e.sign && !e.optional => problems.push(format!(
                    "{} is {:+.2}, expected sign {}",
                    e.name, t.sentiment, e.sign
                )),
                None if !e.optional => problems.push(format!("{} missing", e.name)),
                _ => {}
            }
        }
        for t in &found {
            if !expected.iter().any(|e| e.name == t.name) {
                problems.push(format!("unexpected {} {:+.2}", t.name, t.sentiment));
            }
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{path}:{}: {text:?}: {}",
                n + 1,
                problems.join("; ")
            ));
        }
    }
    (rows, failures)
}

fn assert_table(pack: &str, min_rows: usize) {
    let (rows, failures) = check_table(pack);
    assert!(rows >= min_rows, "{pack}: {rows} rows, want {min_rows}");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn default_taxonomy_across_industries() {
    assert_table("default", 40);
}

#[test]
fn hotel_pack() {
    assert_table("hotel", 20);
}

#[test]
fn restaurant_pack() {
    assert_table("restaurant", 20);
}

#[test]
fn airline_pack() {
    assert_table("airline", 20);
}

#[test]
fn retail_pack() {
    assert_table("retail", 20);
}

#[test]
fn telecom_pack() {
    assert_table("telecom", 20);
}

#[test]
fn banking_pack() {
    assert_table("banking", 20);
}

#[test]
fn saas_pack() {
    assert_table("saas", 20);
}

#[test]
fn every_bundled_pack_has_a_table() {
    for (pack, _) in cxscore::lexicon::DOMAINS {
        let (rows, _) = check_table(pack);
        assert!(rows >= 20, "{pack}");
    }
}

#[test]
fn users_replace_or_extend_the_taxonomy() {
    let own = Taxonomy::empty()
        .extend_str("mine.tsv", "barista\tcrew\nlatte\tdrinks\n")
        .unwrap();
    let analyzer = Analyzer::builder().taxonomy(own).build().unwrap();
    let a = analyzer.analyze("The barista was lovely but my latte was cold.");
    let found: Vec<(&str, i8)> = a
        .relevance
        .touchpoints
        .iter()
        .map(|t| (t.name.as_str(), sign(t.sentiment)))
        .collect();
    assert_eq!(found, [("crew", 1), ("drinks", -1)]);
    // The default taxonomy is gone: "waiter" names nothing now.
    assert!(analyzer
        .analyze("The waiter was rude.")
        .relevance
        .touchpoints
        .is_empty());

    let renamed = Analyzer::builder()
        .taxonomy_str("rename.tsv", "@rename\tproduct\tfood\n")
        .build()
        .unwrap();
    let a = renamed.analyze("The pasta dish was delicious.");
    assert!(
        a.relevance.touchpoints.iter().any(|t| t.name == "food"),
        "{a:?}"
    );
}

#[test]
fn malformed_taxonomy_is_a_typed_error_with_file_and_line() {
    let dir = std::env::temp_dir().join("cxscore_taxonomy_test.tsv");
    std::fs::write(&dir, "valet\tparking\nvalet parking\n").unwrap();
    let err = Analyzer::builder().taxonomy_file(&dir).build().unwrap_err();
    assert!(matches!(err, cxscore::Error::Data { line: 2, .. }), "{err}");
    assert!(
        err.to_string().contains("cxscore_taxonomy_test.tsv:2:"),
        "{err}"
    );
}
