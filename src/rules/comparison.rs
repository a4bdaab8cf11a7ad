//! "like" as a comparison, not an opinion: "it looked like a hostel",
//! "felt like hours".

use crate::lexicon::Annotated;

/// Whether unit `i` is "like" used to compare.
pub fn is_comparison(a: &Annotated, i: usize) -> bool {
    if a.word(i) != "like" || i == 0 || a.units[i - 1].clause != a.units[i].clause {
        return false;
    }
    matches!(
        a.word(i - 1),
        "look"
            | "looks"
            | "looked"
            | "looking"
            | "feel"
            | "feels"
            | "felt"
            | "feeling"
            | "seem"
            | "seems"
            | "seemed"
            | "sound"
            | "sounds"
            | "sounded"
            | "smell"
            | "smells"
            | "smelled"
            | "smelt"
            | "taste"
            | "tastes"
            | "tasted"
            | "just"
            | "something"
            | "more"
            | "less"
            | "treated"
            | "treat"
            | "treats"
            | "acted"
            | "act"
            | "acts"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "it's"
            | "its"
            | "exactly"
            | "much"
    )
}
