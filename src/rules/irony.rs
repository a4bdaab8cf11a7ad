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

/// Flip the valence of ironic praise in `valences` (after negation and the
/// other per-unit rules, before contrast).
pub fn apply(a: &Annotated, valences: &mut [f64]) {
    if a.cues & cue::IRONY == 0 {
        return;
    }
    let units = &a.units;
    for i in 0..units.len() {
        if valences[i] <= 0.0 || units[i].entry.cues & cue::IRONY == 0 {
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
