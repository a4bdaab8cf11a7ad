//! "least": "the least helpful staff" is negative; "at least" is not a negation.

use super::negation::N_SCALAR;
use crate::lexicon::{cue, Annotated};

/// The valence of unit `i` after a "least" right before it.
pub fn apply(a: &Annotated, i: usize, valence: f64) -> f64 {
    if a.cues & cue::LEAST == 0
        || i == 0
        || a.units[i - 1].entry.cues & cue::LEAST == 0
        || a.units[i - 1].clause != a.units[i].clause
    {
        return valence;
    }
    if i >= 2 && matches!(a.word(i - 2), "at" | "very") {
        return valence;
    }
    valence * N_SCALAR
}
