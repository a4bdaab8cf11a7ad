//! "like" as a comparison, not an opinion: "treated like a number",
//! "just like the photos". After "feels/looks/sounds", "like" is left to
//! score: on VADER's tweets those comparisons are mostly favourable.

use crate::lexicon::Annotated;

/// Words after which "like" compares rather than likes.
const BEFORE_COMPARISON: &[&str] = &[
    "just",
    "something",
    "more",
    "less",
    "treated",
    "treat",
    "treats",
    "acted",
    "act",
    "acts",
    "exactly",
    "much",
    "nothing",
    "anything",
];

/// Whether unit `i` is "like" used to compare.
pub fn is_comparison(a: &Annotated, i: usize) -> bool {
    a.word(i) == "like"
        && i > 0
        && a.units[i - 1].clause == a.units[i].clause
        && BEFORE_COMPARISON.contains(&a.word(i - 1))
}
