//! "like" as a comparison, not an opinion: "treated like a number",
//! "just like the photos". The words before such a "like" carry the
//! `compare` cue in `data/rule_words.tsv`. After "feels/looks/sounds",
//! "like" is left to score: on VADER's tweets those comparisons are mostly
//! favourable.

use crate::lexicon::{cue, Annotated};

/// Whether unit `i` is "like" used to compare.
pub fn is_comparison(a: &Annotated, i: usize) -> bool {
    a.cues & cue::COMPARE != 0
        && i > 0
        && a.units[i - 1].entry.cues & cue::COMPARE != 0
        && a.units[i - 1].clause == a.units[i].clause
        && a.word(i) == "like"
}
