//! Politeness markers are not sentiment: "Kindly send me the invoice.",
//! "Please call me back."

use crate::lexicon::Annotated;
use crate::tokenize::TokenKind;

/// Whether unit `i` is a politeness marker in a request.
pub fn is_marker(a: &Annotated, i: usize) -> bool {
    match a.word(i) {
        "please" | "pls" | "plz" => true,
        // "kindly" before a verb, not "they kindly offered" (still kind).
        "kindly" => a.units.get(i + 1).is_some_and(|next| {
            next.kind == TokenKind::Word
                && next.entry.valence.is_none()
                && (i == 0
                    || a.units[i - 1].sentence != a.units[i].sentence
                    || matches!(a.word(i - 1), "you" | "please"))
        }),
        _ => false,
    }
}
