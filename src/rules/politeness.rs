//! Politeness markers are not sentiment: "Kindly send me the invoice.",
//! "Please call me back." The markers carry the `polite` cue. A greeting
//! (cue `greeting`) followed by a comma is a salutation ("Good morning, I
//! have a question about my bill"); standing alone it is a friendly wish
//! ("Good morning world!!!"). Help asked for is no praise either ("Please
//! help!", "I need help with my booking", "#help"); help given is ("thanks
//! for your help", "a big help").

use super::negation;
use crate::lexicon::{cue, Annotated};
use crate::tokenize::TokenKind;

/// Words just before "help" that ask for it: "please help", "I need
/// help", "can you help", "someone help".
const ASKING: [&str; 16] = [
    "please", "pls", "plz", "need", "needs", "needed", "want", "wants", "wanted", "you", "u",
    "someone", "somebody", "anyone", "anybody", "urgent",
];

/// Whether unit `i` is a politeness marker in a request, or a salutation.
pub fn is_marker(a: &Annotated, i: usize) -> bool {
    if a.cues & cue::GREETING != 0 && a.units[i].entry.cues & cue::GREETING != 0 {
        return a
            .units
            .get(i + 1)
            .is_some_and(|next| next.kind == TokenKind::Punct && a.word(i + 1).starts_with(','));
    }
    if a.cues & cue::POLITE == 0 || a.units[i].entry.cues & cue::POLITE == 0 {
        return false;
    }
    if a.word(i) != "kindly" {
        return true;
    }
    // "kindly" before a verb opening a request, not "they kindly offered" (still kind).
    a.units.get(i + 1).is_some_and(|next| {
        next.kind == TokenKind::Word
            && next.entry.valence.is_none()
            && (i == 0
                || a.units[i - 1].sentence != a.units[i].sentence
                || matches!(a.word(i - 1), "you" | "please"))
    })
}

/// Whether unit `i` is "help" asked for: "#help", "help!" or "help?",
/// "Help, my flight was cancelled", or after a word that asks ("please
/// help", "need help", "can you help"). Help given stays praise ("they
/// help me every time", "thanks for your help"), and help denied a
/// complaint: no negator may stand within three words (VADER's negation
/// window: "didn't get any help").
pub fn is_help_request(a: &Annotated, i: usize) -> bool {
    let word = a.word(i);
    if word == "#help" {
        return true;
    }
    if word != "help" || (i.saturating_sub(3)..i).any(|k| negation::is_negator(a, k)) {
        return false;
    }
    let units = &a.units;
    let opens_sentence = i == 0 || units[i - 1].sentence != units[i].sentence;
    let shouted = units
        .get(i + 1)
        .is_some_and(|next| next.kind == TokenKind::Punct && a.word(i + 1).starts_with(['!', '?']));
    opens_sentence || shouted || (i.saturating_sub(2)..i).any(|k| ASKING.contains(&a.word(k)))
}
