//! Stage 3: the sentiment rules, one file per rule, each with its constants.
//!
//! Every rule reads the annotated units (never the raw text) and adjusts
//! the valence of one unit, or re-weights a span of units
//! ([`contrast`]). [`score::sentiment`](crate::score::sentiment) applies
//! them in order.

pub mod attributive;
pub mod boosters;
pub mod comparison;
pub mod contrast;
pub mod counterfactual;
pub mod emphasis;
pub mod excess;
pub mod irony;
pub mod least;
pub mod modality;
pub mod negation;
pub mod politeness;
pub mod waiting;

use crate::lexicon::Annotated;
use crate::tokenize::TokenKind;

/// Indices of the up to `max` non-punctuation units before `i` in the same
/// clause, nearest first. Stray symbols ("not *that* good") take no place;
/// the scan is bounded, so a clause of ten thousand symbols stays linear.
pub(crate) fn clause_before(
    a: &Annotated,
    i: usize,
    max: usize,
) -> impl Iterator<Item = usize> + '_ {
    let clause = a.units[i].clause;
    (i.saturating_sub(max * 4)..i)
        .rev()
        .take_while(move |&k| a.units[k].clause == clause)
        .filter(move |&k| a.units[k].kind != TokenKind::Punct)
        .take(max)
}
