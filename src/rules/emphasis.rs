//! Emphasis: ALL CAPS, elongation ("sooo"), and `!` / `?` runs.

use crate::lexicon::Unit;
use crate::tokenize::{ALL_CAPS, ELONGATED};

/// VADER's increase for a word in capitals among lower-case words.
pub const C_INCR: f64 = 0.733;
/// Increase for an elongated word ("sooo slow").
pub const ELONGATION_INCR: f64 = 0.3;
/// Increase per `!` (VADER), counted up to [`MAX_EXCLAMATIONS`] per sentence.
pub const EXCLAMATION_INCR: f64 = 0.292;
/// Cap on counted `!` per sentence.
pub const MAX_EXCLAMATIONS: usize = 4;
/// Increase per `?` when there are two or three.
pub const QUESTION_INCR: f64 = 0.18;
/// Increase for four or more `?`.
pub const QUESTION_MAX: f64 = 0.96;

/// Push `valence` away from zero by `amount`.
pub fn push(valence: f64, amount: f64) -> f64 {
    if valence > 0.0 {
        valence + amount
    } else {
        valence - amount
    }
}

/// Word shape: capitals (only when not the whole text is in capitals) and elongation.
pub fn word_shape(unit: &Unit, valence: f64, cap_differential: bool) -> f64 {
    let mut v = valence;
    if cap_differential && unit.flags & ALL_CAPS != 0 {
        v = push(v, C_INCR);
    }
    if unit.flags & ELONGATED != 0 {
        v = push(v, ELONGATION_INCR);
    }
    v
}

/// Emphasis of a sentence from its `!` and `?` counts.
pub fn punctuation(exclamations: usize, questions: usize) -> f64 {
    let ep = exclamations.min(MAX_EXCLAMATIONS) as f64 * EXCLAMATION_INCR;
    let qm = match questions {
        0 | 1 => 0.0,
        2 | 3 => questions as f64 * QUESTION_INCR,
        _ => QUESTION_MAX,
    };
    ep + qm
}
