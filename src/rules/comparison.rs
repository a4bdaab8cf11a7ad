//! "like" as a comparison, not an opinion: "treated like a number",
//! "just like the photos" (the words before such a "like" carry the
//! `compare` cue in `data/rule_words.tsv`), or meaning "as if": "I felt like
//! I was ignored". "seems like it", "looks like we'll..." are left to score:
//! raters read them as mildly positive.

use crate::lexicon::{cue, Annotated};

/// Whether unit `i` is "like" used to compare or to mean "as if".
pub fn is_comparison(a: &Annotated, i: usize) -> bool {
    if i == 0 || a.units[i - 1].clause != a.units[i].clause || a.word(i) != "like" {
        return false;
    }
    if a.cues & cue::COMPARE != 0 && a.units[i - 1].entry.cues & cue::COMPARE != 0 {
        return true;
    }
    let feeling = matches!(a.word(i - 1), "feel" | "feels" | "felt" | "feeling");
    feeling
        && a.units.get(i + 1).is_some_and(|next| {
            next.entry.cues & cue::FIRST_PERSON != 0
                || matches!(
                    a.word(i + 1),
                    "you" | "he" | "she" | "they" | "nobody" | "no" | "someone"
                )
        })
}
