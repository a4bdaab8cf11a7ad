//! Attributive opinions: in "terrible support" or "poor help" the noun is
//! what the opinion is about, and its own lexicon valence ("support" is
//! +1.7 in VADER) is not the customer's opinion. A touchpoint word right
//! after an opinion word of the opposite sign loses its valence. Same-sign
//! pairs keep both ("rude, unhelpful staff" is doubly negative).

use crate::lexicon::{Annotated, TOUCHPOINT_ID};
use crate::tokenize::TokenKind;

/// Whether unit `i`, with lexicon valence `valence`, is a touchpoint noun
/// whose valence the opinion word before it overrides.
pub fn overridden(a: &Annotated, i: usize, valence: f64) -> bool {
    let unit = &a.units[i];
    if i == 0 || unit.entry.touchpoint & TOUCHPOINT_ID == 0 || unit.phrase {
        return false;
    }
    let before = &a.units[i - 1];
    before.kind == TokenKind::Word
        && before.clause == unit.clause
        && before
            .entry
            .valence
            .is_some_and(|v| f64::from(v) * valence < 0.0)
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    #[test]
    fn the_opinion_decides_a_touchpoint_nouns_sign() {
        let analyzer = Analyzer::default();
        assert!(analyzer.sentiment("Terrible support.").compound < -0.3);
        assert!(analyzer.sentiment("Great support!").compound > 0.3);
        assert!(analyzer.sentiment("Rude, unhelpful staff.").compound < -0.5);
    }
}
