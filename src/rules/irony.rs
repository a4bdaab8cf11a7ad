//! Irony: praise said of a failure is a complaint. "Thanks for the 3 hour
//! delay", "great job losing my bag", "love how my flight got cancelled
//! again" are negative. The praise words carry the `irony` cue; one is
//! ironic when it opens its clause (only names, interjections and
//! pronouns before it: "@airline thanks for...", "I love how...") and a
//! failure, a unit the rules left negative, follows it in the same clause
//! before any contrast word, "and", other praise or a deed that is no
//! failure ("thanks for fixing the problem"), within [`SCOPE`] units. Praise
//! after what it is about is sincere ("the crew was great and the flight
//! was delayed"), and so is praise of the thing right after it ("great crew
//! and a bad landing"): ironic praise is followed by a link word ("thanks
//! for", "great job", "love how", "congrats on").
//!
//! Praise that stands alone as a sentence after a failure is a sarcastic
//! aside: "No catering on a 5 hour flight. Nice.", "Only one agent for 100
//! people. Super." Before the failure it is sincere ("Excellent! Maybe
//! mine will come Monday, I forgot"), and thanks are politeness ("Still no
//! bag. Thanks!").

use super::negation::N_SCALAR;
use crate::lexicon::{cue, Annotated};
use crate::tokenize::TokenKind;

/// How many units after the praise word the failure may stand.
pub const SCOPE: usize = 6;

/// Words that may stand before ironic praise in its clause.
const OPENERS: [&str; 16] = [
    "i", "we", "i'd", "oh", "wow", "well", "so", "really", "just", "yeah", "gee", "and", "also",
    "totally", "truly", "sure",
];

/// Ironic praise is followed by one of these: it is said of what comes
/// after them ("thanks for", "great job", "love how", "congrats on").
const LINKS: [&str; 11] = [
    "for", "on", "how", "job", "work", "way", "being", "getting", "having", "another", "again",
];

/// Ironic praise alone in its sentence may stand with these around it
/// (besides names, hashtags, emoji and punctuation): "Wow. Just great."
const ALONE_WITH: [&str; 3] = ["oh", "wow", "just"];

/// Thanks alone in their sentence close a complaint politely.
const THANKS: [&str; 5] = ["thanks", "thank", "thx", "ty", "appreciate"];

/// How many units each side of lone praise are looked at: a longer
/// sentence is no lone aside.
const ALONE_SCOPE: usize = 6;

/// Flip the valence of ironic praise in `valences` (after negation and the
/// other per-unit rules, before contrast).
pub fn apply(a: &Annotated, valences: &mut [f64]) {
    if a.cues & cue::IRONY == 0 {
        return;
    }
    let units = &a.units;
    // Lone praise is ironic only after a failure.
    let first_failure = valences.iter().position(|&v| v < 0.0);
    for i in 0..units.len() {
        if valences[i] <= 0.0 || units[i].entry.cues & cue::IRONY == 0 {
            continue;
        }
        if first_failure.is_some_and(|f| f < i) && !THANKS.contains(&a.word(i)) && alone(a, i) {
            valences[i] *= N_SCALAR;
            continue;
        }
        let clause = units[i].clause;
        let opens = (0..i)
            .rev()
            .take_while(|&k| units[k].clause == clause)
            .all(|k| {
                matches!(units[k].kind, TokenKind::Mention | TokenKind::Hashtag)
                    || OPENERS.contains(&a.word(k))
            });
        let linked = units
            .get(i + 1)
            .is_some_and(|next| next.clause == clause && LINKS.contains(&a.word(i + 1)))
            || (a.word(i) == "thank" && i + 2 < units.len() && a.word(i + 2) == "for");
        if !opens || !linked {
            continue;
        }
        let mut failure = false;
        for k in (i + 1..units.len().min(i + 1 + SCOPE)).take_while(|&k| units[k].clause == clause)
        {
            let unit = &units[k];
            let word = a.word(k);
            // "thanks for fixing the problem": the deed thanked for is no failure.
            let deed = unit.entry.valence.is_none() && word.ends_with("ing") && word != "being";
            if unit.entry.contrast.is_some()
                || valences[k] > 0.0
                || deed
                || matches!(word, "and" | "or")
            {
                break;
            }
            if valences[k] < 0.0 {
                failure = true;
                break;
            }
        }
        if failure {
            valences[i] *= N_SCALAR;
        }
    }
}

/// Whether unit `i` is the only word of its sentence besides names,
/// hashtags, emoji, punctuation and [`ALONE_WITH`]: "Nice.", "Wow. Super!".
fn alone(a: &Annotated, i: usize) -> bool {
    let units = &a.units;
    let sentence = units[i].sentence;
    let filler = |k: usize| {
        k == i
            || matches!(
                units[k].kind,
                TokenKind::Punct | TokenKind::Mention | TokenKind::Hashtag | TokenKind::Emoji
            )
            || ALONE_WITH.contains(&a.word(k))
    };
    let before = (i.saturating_sub(ALONE_SCOPE)..i)
        .rev()
        .take_while(|&k| units[k].sentence == sentence);
    let after = (i + 1..units.len().min(i + 1 + ALONE_SCOPE))
        .take_while(|&k| units[k].sentence == sentence);
    let (mut seen_before, mut seen_after) = (0, 0);
    for k in before {
        if !filler(k) {
            return false;
        }
        seen_before += 1;
    }
    for k in after {
        if !filler(k) {
            return false;
        }
        seen_after += 1;
    }
    // The sentence must end within the window on both sides.
    let starts = i - seen_before == 0 || units[i - seen_before - 1].sentence != sentence;
    let ends = i + seen_after + 1 >= units.len() || units[i + seen_after + 1].sentence != sentence;
    starts && ends
}
