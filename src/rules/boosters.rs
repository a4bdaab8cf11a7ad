//! Degree modifiers: "very good", "kind of slow", "EXTREMELY rude".

use super::clause_before;
use super::emphasis::{C_INCR, ELONGATION_INCR};
use crate::lexicon::Annotated;
use crate::tokenize::{ALL_CAPS, ELONGATED};

/// Weight of a modifier one, two and three units before the word.
pub const DECAY: [f64; 3] = [1.0, 0.95, 0.9];

/// Whether unit `k` acts as a degree modifier here: a booster word followed,
/// in its clause, by a sentiment word ("incredible service"). Standing
/// alone ("it was incredible") its own valence counts instead.
pub fn acts_as_booster(a: &Annotated, k: usize) -> bool {
    let unit = &a.units[k];
    if unit.entry.booster == 0.0 {
        return false;
    }
    if unit.entry.valence.is_none() {
        return true;
    }
    a.units[k + 1..]
        .iter()
        .take(2)
        .take_while(|u| u.clause == unit.clause)
        .any(|u| u.entry.valence.is_some())
}

/// How much the boosters before unit `i` intensify it (negative: dampen),
/// with VADER's decay by distance and its extra for a booster in capitals,
/// and more for an elongated one.
pub fn magnitude(a: &Annotated, i: usize, cap_differential: bool) -> f64 {
    let mut total = 0.0;
    if !a.may_boost() {
        return total;
    }
    for (distance, k) in clause_before(a, i, 3).enumerate() {
        let unit = &a.units[k];
        if !acts_as_booster(a, k) {
            continue;
        }
        let mut scalar = f64::from(unit.entry.booster);
        if cap_differential && unit.flags & ALL_CAPS != 0 {
            scalar += C_INCR;
        }
        // "sooo slow" is slower than "so slow".
        if unit.flags & ELONGATED != 0 && scalar > 0.0 {
            scalar += ELONGATION_INCR;
        }
        total += scalar * DECAY[distance];
    }
    total
}

/// The valence of unit `i` after boosters of total `magnitude`: pushed
/// away from zero (or toward it, for dampeners) in the valence's direction.
pub fn apply(valence: f64, magnitude: f64) -> f64 {
    if valence < 0.0 {
        valence - magnitude
    } else {
        valence + magnitude
    }
}
