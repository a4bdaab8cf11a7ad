//! Contrast: "but", "however", "yet" shift weight to what follows;
//! "although", "though", "even though", "despite" mark the clause they
//! open as the weaker one. Every contrast in a comment counts, not only
//! the first "but".
//!
//! Each contrast multiplies a range of units; the ranges are accumulated in
//! a log-space difference array, so a comment of a thousand "but"s stays
//! linear.

use crate::lexicon::Annotated;

/// Bound of a unit's accumulated log weight (weights stay within e^±8).
const MAX_LOG_WEIGHT: f64 = 8.0;

/// Contrast weights are kept inside this range so every factor stays positive.
const WEIGHT_RANGE: (f64, f64) = (0.05, 1.95);

/// Buffers [`weights`] reuses from comment to comment.
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    sentence_start: Vec<usize>,
    sentence_end: Vec<usize>,
    clause_end: Vec<usize>,
    log_factor: Vec<f64>,
}

/// The weight of every unit after the contrast words of the comment, into
/// `weights` (1.0 where no contrast reaches). Returns whether there was any.
pub fn weights(a: &Annotated, scratch: &mut Scratch, weights: &mut Vec<f64>) -> bool {
    let units = &a.units;
    let n = units.len();
    weights.clear();
    if !a.may_contrast() || !units.iter().any(|u| u.entry.contrast.is_some()) {
        return false;
    }
    weights.resize(n, 1.0);
    // Sentence start, sentence end and clause end of every unit.
    let Scratch {
        sentence_start,
        sentence_end,
        clause_end,
        log_factor,
    } = scratch;
    for (buffer, fill) in [
        (&mut *sentence_start, 0),
        (&mut *sentence_end, n),
        (&mut *clause_end, n),
    ] {
        buffer.clear();
        buffer.resize(n, fill);
    }
    for i in 1..n {
        sentence_start[i] = if units[i].sentence == units[i - 1].sentence {
            sentence_start[i - 1]
        } else {
            i
        };
    }
    for i in (0..n.saturating_sub(1)).rev() {
        sentence_end[i] = if units[i].sentence == units[i + 1].sentence {
            sentence_end[i + 1]
        } else {
            i + 1
        };
        clause_end[i] = if units[i].clause == units[i + 1].clause {
            clause_end[i + 1]
        } else {
            i + 1
        };
    }
    log_factor.clear();
    log_factor.resize(n + 1, 0.0);
    let mut scale = |from: usize, to: usize, factor: f64| {
        if from < to {
            log_factor[from] += factor.ln();
            log_factor[to] -= factor.ln();
        }
    };
    for c in 0..n {
        let Some(weight) = units[c].entry.contrast else {
            continue;
        };
        let w = f64::from(weight).clamp(WEIGHT_RANGE.0, WEIGHT_RANGE.1);
        let (start, end) = (sentence_start[c], sentence_end[c]);
        if w < 1.0 {
            // "A but B": A weighs less, B more. A sentence opening with
            // "But"/"However" contrasts with the sentence before it.
            let from = if start == c && c > 0 {
                sentence_start[c - 1]
            } else {
                start
            };
            scale(from, c, w);
            scale(c + 1, end, 2.0 - w);
        } else {
            // "Although A, B": the clause the word opens is the weaker one.
            scale(start, c, w);
            scale(c + 1, clause_end[c], 2.0 - w);
            scale(clause_end[c], end, w);
        }
    }
    let mut running = 0.0;
    for (w, delta) in weights.iter_mut().zip(log_factor.iter()) {
        running += delta;
        if running != 0.0 {
            // A thousand "but"s must not overflow to infinity (or 0 × ∞).
            *w = running.clamp(-MAX_LOG_WEIGHT, MAX_LOG_WEIGHT).exp();
        }
    }
    true
}
