//! Negation and its scope: "not good", "never disappointed", "no problems".
//!
//! A negator up to three units before a sentiment word, in the same clause
//! and with no contrast word or other opinion word between, flips and
//! dampens it (VADER's scalar). "not only" and "without doubt" do not negate; "never so" and
//! "never this" intensify instead.

use super::{boosters, clause_before};
use crate::lexicon::Annotated;
use crate::tokenize::TokenKind;

/// VADER's empirically derived negation scalar.
pub const N_SCALAR: f64 = -0.74;
/// How far back a negator reaches.
pub const SCOPE: usize = 3;

/// Laughter is said about the whole comment, like an emoticon: "no idea lol"
/// does not negate "lol".
const LAUGHTER: &[&str] = &[
    "lol", "lolol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "hihi",
];

/// Whether unit `k` negates what follows it.
pub fn is_negator(a: &Annotated, k: usize) -> bool {
    let unit = &a.units[k];
    // A contrast word VADER lists as a negator ("despite") contrasts instead.
    if unit.entry.negator && unit.entry.contrast.is_none() {
        let next = a.units.get(k + 1).map(|_| a.word(k + 1));
        return !matches!(
            (a.word(k), next),
            ("not", Some("only" | "just"))
                | ("without", Some("doubt" | "a"))
                | ("no", Some("doubt"))
        );
    }
    !unit.phrase && a.word(k).ends_with("n't")
}

/// The valence of unit `i` after negation, and the negator's index if one applied.
/// Emoji, emoticons, laughter and negators themselves ("no and no") are not negated.
pub fn apply(a: &Annotated, i: usize, valence: f64) -> (f64, Option<usize>) {
    let unit = &a.units[i];
    if !a.may_negate()
        || matches!(unit.kind, TokenKind::Emoji | TokenKind::Emoticon)
        || unit.entry.negator
    {
        return (valence, None);
    }
    for k in clause_before(a, i, SCOPE) {
        if a.units[k].entry.contrast.is_some() {
            break;
        }
        let negator = is_negator(a, k);
        // The negation stops at the first opinion word: "don't thank me, okay" leaves "okay" alone.
        if !negator && a.units[k].entry.valence.is_some() && !boosters::acts_as_booster(a, k) {
            break;
        }
        if negator {
            if LAUGHTER.contains(&a.word(i)) {
                return (valence, None);
            }
            // VADER's "never so good", "haven't been this sore": intensified, not negated.
            let so_or_this = |w: &str| w == "so" || w == "this";
            let distance = i - k;
            if (distance >= 2 && a.word(k) == "never" && so_or_this(a.word(k + 1)))
                || (distance == 3 && so_or_this(a.word(i - 1)))
            {
                return (valence * 1.25, None);
            }
            return (valence * N_SCALAR, Some(k));
        }
    }
    (valence, None)
}
