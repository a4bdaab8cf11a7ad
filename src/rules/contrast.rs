//! Contrast: "but", "however", "yet" shift weight to what follows;
//! "although", "though", "even though", "despite" mark the clause they
//! open as the weaker one. Every contrast in a comment counts, not only
//! the first "but".

use crate::lexicon::Annotated;

/// Re-weight `valences` (one per unit) around every contrast word.
pub fn apply(a: &Annotated, valences: &mut [f64]) {
    let units = &a.units;
    for c in 0..units.len() {
        let Some(before_weight) = units[c].entry.contrast else {
            continue;
        };
        let before_weight = f64::from(before_weight);
        let sentence = units[c].sentence;
        let sentence_start = units[..c]
            .iter()
            .rposition(|u| u.sentence != sentence)
            .map_or(0, |p| p + 1);
        let sentence_end = units[c..]
            .iter()
            .position(|u| u.sentence != sentence)
            .map_or(units.len(), |p| c + p);
        if before_weight < 1.0 {
            // "A but B": A weighs less, B more. A sentence opening with
            // "But"/"However" contrasts with the sentence before it.
            let from = if sentence_start == c && c > 0 {
                let previous = units[c - 1].sentence;
                units[..c]
                    .iter()
                    .rposition(|u| u.sentence != previous)
                    .map_or(0, |p| p + 1)
            } else {
                sentence_start
            };
            for v in &mut valences[from..c] {
                *v *= before_weight;
            }
            for v in &mut valences[c + 1..sentence_end] {
                *v *= 2.0 - before_weight;
            }
        } else {
            // "Although A, B": the clause the word opens is the weaker one.
            let clause = units[c].clause;
            let clause_end = units[c..]
                .iter()
                .position(|u| u.clause != clause)
                .map_or(units.len(), |p| c + p);
            for (k, v) in valences
                .iter_mut()
                .enumerate()
                .take(sentence_end)
                .skip(sentence_start)
            {
                if k == c {
                    continue;
                }
                *v *= if (c..clause_end).contains(&k) {
                    2.0 - before_weight
                } else {
                    before_weight
                };
            }
        }
    }
}
