//! Degree modifiers: "very good", "kind of slow", "EXTREMELY rude".

use super::{clause_before, emphasis::C_INCR};
use crate::lexicon::Annotated;
use crate::tokenize::ALL_CAPS;

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

/// The valence of unit `i` after the boosters before it.
pub fn apply(a: &Annotated, i: usize, mut valence: f64, cap_differential: bool) -> f64 {
    for (distance, k) in clause_before(a, i, 3).enumerate() {
        let unit = &a.units[k];
        if !acts_as_booster(a, k) {
            continue;
        }
        let mut scalar = f64::from(unit.entry.booster);
        if valence < 0.0 {
            scalar = -scalar;
        }
        if cap_differential && unit.flags & ALL_CAPS != 0 {
            scalar += if valence > 0.0 { C_INCR } else { -C_INCR };
        }
        valence += scalar * DECAY[distance];
    }
    valence
}
