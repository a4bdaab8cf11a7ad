//! Counterfactual complaints: "The waiter could have been more attentive."
//! A positive word after "could/should have been" describes what did not
//! happen, so it flips; "couldn't have been better" keeps its sign.
//! "could be better" and "could be improved" flip too; "this could be the
//! best pizza in town" does not. "would have been" flips only a comparison ("would have been nicer",
//! "would have been more helpful"): "that would have been the perfect
//! name" is praise.

use super::{clause_before, negation::N_SCALAR};
use crate::lexicon::{cue, Annotated};

/// How far back the modal may stand.
pub const SCOPE: usize = 6;

/// `Some(new valence)` when unit `i` sits in a counterfactual clause.
pub fn apply(a: &Annotated, i: usize, valence: f64) -> Option<f64> {
    if a.cues & cue::MODAL == 0 {
        return None;
    }
    let mut perfect = false; // "have been" / "have done" seen after the modal
    for k in clause_before(a, i, SCOPE) {
        let word = a.word(k);
        let next = a.units.get(k + 1).map_or("", |_| a.word(k + 1));
        match word {
            "have" | "'ve" if next == "been" || next.ends_with("ed") => perfect = true,
            "could've" | "should've" | "might've" | "would've"
                if next == "been" || next.ends_with("ed") =>
            {
                return flip(a, i, word == "would've", valence);
            }
            "couldn't" | "shouldn't" | "wouldn't" if perfect => return Some(valence),
            // "could be better", "service could be improved", "could use improvement".
            "could" | "should" if next == "be" || next == "use" => {
                return flip(a, i, true, valence)
            }
            "could" | "should" | "would" | "might" if perfect => {
                if next == "not" {
                    return Some(valence);
                }
                return flip(a, i, word == "would", valence);
            }
            _ => {}
        }
    }
    None
}

fn flip(a: &Annotated, i: usize, only_comparisons: bool, valence: f64) -> Option<f64> {
    let word = a.word(i);
    let comparison = word.ends_with("er")
        || word.starts_with("improv")
        || (i > 0 && matches!(a.word(i - 1), "more" | "less" | "bit" | "little"));
    if only_comparisons && !comparison {
        return None;
    }
    Some(valence * N_SCALAR)
}
