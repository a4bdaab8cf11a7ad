//! Excess: "too long", "way too sweet", "overly friendly" complain about a
//! word that alone is neutral or even praise. A neutral or positive word
//! right after an excess marker ("too", "overly": the `excess` cue in
//! `data/rule_words.tsv`) scores [`EXCESS_VALENCE`], except compliments
//! that "too" only strengthens ("you are too kind"); negative words keep
//! their valence ("too bad"), and negation applies as to any opinion ("not
//! too salty" is praise).

use crate::lexicon::{cue, Annotated};
use crate::tokenize::TokenKind;

/// Valence of a neutral word made a complaint by "too".
pub const EXCESS_VALENCE: f64 = -1.1;

/// Words that follow "too" without being what is in excess ("me too, the staff...").
const NOT_EXCESS: &[&str] = &[
    "a", "although", "an", "and", "are", "as", "at", "be", "but", "by", "can", "for", "from",
    "haha", "he", "http", "https", "i", "if", "in", "is", "it", "lol", "may", "my", "of", "on",
    "or", "our", "she", "so", "thanks", "that", "the", "they", "this", "though", "thx", "to",
    "was", "we", "were", "when", "will", "with", "you", "your",
];

/// Praise "too" strengthens instead of faulting.
const COMPLIMENTS: &[&str] = &[
    "adorable",
    "cute",
    "funny",
    "generous",
    "good",
    "hilarious",
    "kind",
];

/// Valence of unit `i` given its lexicon valence: [`EXCESS_VALENCE`] for a
/// neutral or positive word in excess, else `valence` unchanged.
#[inline]
pub fn apply(a: &Annotated, i: usize, valence: Option<f64>) -> Option<f64> {
    if a.cues & cue::EXCESS == 0 || i == 0 || a.units[i - 1].entry.cues & cue::EXCESS == 0 {
        return valence;
    }
    let unit = &a.units[i];
    if unit.kind != TokenKind::Word || unit.clause != a.units[i - 1].clause {
        return valence;
    }
    let word = a.word(i);
    match valence {
        Some(v) if v < 0.0 || COMPLIMENTS.contains(&word) => Some(v),
        _ if NOT_EXCESS.contains(&word) => valence,
        _ => Some(EXCESS_VALENCE),
    }
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    #[test]
    fn too_makes_neutral_words_complaints() {
        let analyzer = Analyzer::default();
        for text in [
            "The sauce was too sweet.",
            "Way too many people.",
            "Overly salty soup.",
        ] {
            assert!(analyzer.sentiment(text).compound < -0.05, "{text}");
        }
        for text in [
            "Not too salty, just right.",
            "Me too, the staff agreed.",
            "It was too good.",
        ] {
            assert!(analyzer.sentiment(text).compound >= 0.0, "{text}");
        }
    }
}
