//! "like" as a comparison, not an opinion: "treated like a number",
//! "just like the photos". The words before such a "like" carry the
//! `compare` cue in `data/rule_words.tsv`. After "feels/looks/sounds",
//! "like" is left to score: on VADER's tweets those comparisons are mostly
//! favourable.

use crate::lexicon::{cue, Annotated};

/// Whether unit `i` is "like" used to compare, or to mean "as if" ("I felt
/// like I was ignored", where a pronoun follows a verb of seeming).
pub fn is_comparison(a: &Annotated, i: usize) -> bool {
    if i == 0 || a.units[i - 1].clause != a.units[i].clause || a.word(i) != "like" {
        return false;
    }
    if a.cues & cue::COMPARE != 0 && a.units[i - 1].entry.cues & cue::COMPARE != 0 {
        return true;
    }
    let seeming = matches!(
        a.word(i - 1),
        "feel"
            | "feels"
            | "felt"
            | "feeling"
            | "seem"
            | "seems"
            | "seemed"
            | "look"
            | "looks"
            | "looked"
            | "sound"
            | "sounds"
            | "sounded"
    );
    seeming
        && a.units.get(i + 1).is_some_and(|_| {
            a.units[i + 1].entry.cues & cue::FIRST_PERSON != 0
                || matches!(
                    a.word(i + 1),
                    "you"
                        | "he"
                        | "she"
                        | "they"
                        | "it"
                        | "nobody"
                        | "no"
                        | "someone"
                        | "everyone"
                        | "the"
                )
        })
}
