//! Stage 3: the sentiment rules, one file per rule, each with its constants.
//!
//! Every rule reads the annotated units (never the raw text) and adjusts
//! the valence of one unit, or re-weights a span of units
//! ([`contrast`]). [`score::sentiment`](crate::score::sentiment) applies
//! them in order.

pub mod boosters;
pub mod comparison;
pub mod contrast;
pub mod counterfactual;
pub mod emphasis;
pub mod least;
pub mod negation;
pub mod politeness;

use crate::lexicon::Annotated;

/// Indices of the up to `max` units before `i` in the same clause, nearest first.
pub(crate) fn clause_before(
    a: &Annotated,
    i: usize,
    max: usize,
) -> impl Iterator<Item = usize> + '_ {
    let clause = a.units[i].clause;
    (i.saturating_sub(max)..i)
        .rev()
        .take_while(move |&k| a.units[k].clause == clause)
}
