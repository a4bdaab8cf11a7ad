//! Politeness markers are not sentiment: "Kindly send me the invoice.",
//! "Please call me back." The markers carry the `polite` cue. A greeting
//! (cue `greeting`) followed by a comma is a salutation ("Good morning, I
//! have a question about my bill"); standing alone it is a friendly wish
//! ("Good morning world!!!").

use crate::lexicon::{cue, Annotated};
use crate::tokenize::TokenKind;

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
