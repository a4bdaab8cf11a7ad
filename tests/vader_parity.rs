//! `Profile::Vader` against vaderSentiment 3.3.2 on all 23,703 VADER ICWSM-2014 texts.
//!
//! The reference scores are `tests/data/vader_reference.tsv`, written by
//! `scripts/vader_reference.py`; the texts are read from
//! `../shared/data/vader-icwsm2014` and the test skips when they are absent.
//! Run with `cargo test --release --test vader_parity -- --nocapture` to see
//! every differing text.

#[path = "common/icwsm.rs"]
mod icwsm;

use cxscore::{Analyzer, Profile};

/// Largest difference, over neg/neu/pos/compound, that still counts as equal
/// (the reference is rounded to 3 and 4 decimals).
const TOLERANCE: f64 = 1e-3;
/// How many texts may differ: 99.99% of 23,703 must match.
const MAX_DIFFERING: usize = 2;

#[test]
fn vader_profile_matches_vadersentiment_3_3_2() {
    let dir = icwsm::default_data_dir();
    let items = match icwsm::load(&dir).unwrap() {
        Some(items) => items,
        None => {
            println!(
                "SKIPPED vader_parity: {} not found (the VADER ICWSM-2014 ground truth lives outside the repo)",
                dir.display()
            );
            return;
        }
    };
    assert_eq!(
        items.len(),
        icwsm::TOTAL_TEXTS,
        "texts read from {}",
        dir.display()
    );
    let reference = icwsm::load_reference(&icwsm::reference_path()).unwrap();
    assert_eq!(reference.len(), items.len(), "reference rows");

    let analyzer = Analyzer::builder().profile(Profile::Vader).build().unwrap();
    let mut differing = Vec::new();
    let (mut exact, mut max_diff) = (0_usize, 0.0_f64);
    for item in &items {
        let python = reference
            .get(&(item.set.to_string(), item.id.clone()))
            .unwrap_or_else(|| panic!("{} {} missing from the reference", item.set, item.id));
        let s = analyzer.analyze(&item.text).sentiment;
        let ours = icwsm::Scores {
            neg: s.negative,
            neu: s.neutral,
            pos: s.positive,
            compound: s.compound,
        };
        let diff = [
            ours.neg - python.neg,
            ours.neu - python.neu,
            ours.pos - python.pos,
            ours.compound - python.compound,
        ]
        .iter()
        // Unlike f64::max, keeps a NaN so that it counts as differing below.
        .fold(0.0_f64, |max, d| {
            if d.is_nan() || d.abs() > max {
                d.abs()
            } else {
                max
            }
        });
        if diff < 1e-9 {
            exact += 1;
        }
        max_diff = max_diff.max(diff);
        if diff.is_nan() || diff > TOLERANCE {
            differing.push((item, ours, *python, diff));
        }
    }

    for (item, ours, python, diff) in &differing {
        println!(
            "DIFF {}\t{}\tmax|d|={diff:.4}\tours neg={:.3} neu={:.3} pos={:.3} compound={:.4}\tpython neg={} neu={} pos={} compound={}",
            item.set,
            item.id,
            ours.neg,
            ours.neu,
            ours.pos,
            ours.compound,
            python.neg,
            python.neu,
            python.pos,
            python.compound
        );
    }
    let matching = items.len() - differing.len();
    println!(
        "vader_parity: {matching}/{} texts within {TOLERANCE} ({:.3}%), {exact} identical, {} differ; largest difference {max_diff:.4}",
        items.len(),
        100.0 * matching as f64 / items.len() as f64,
        differing.len()
    );
    assert!(
        differing.len() <= MAX_DIFFERING,
        "{} texts differ from vaderSentiment 3.3.2 by more than {TOLERANCE} (at most {MAX_DIFFERING} may); see the DIFF lines above",
        differing.len()
    );
}
