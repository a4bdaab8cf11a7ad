//! Politeness markers are not sentiment: "Kindly send me the invoice.",
//! "Please call me back." The markers carry the `polite` cue.

use crate::lexicon::{cue, Annotated};
use crate::tokenize::TokenKind;

/// Whether unit `i` is a politeness marker in a request.
pub fn is_marker(a: &Annotated, i: usize) -> bool {
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
