//! Plutchik's eight emotions (spec section 2), from the emotion lexicon and
//! the rules the sentiment scorer already applied: a negated word evokes
//! nothing ("not happy" is not joy, "not afraid" is not fear), boosters and
//! capitals intensify, contrast re-weights, emoji count through their
//! descriptions.
//!
//! Each emotion's intensity blends its strongest mention with a saturating
//! sum of all mentions, so one vivid word is enough and a long comment does
//! not pile up to 1.0.

use super::Modifiers;
use crate::analysis::{Emotion, Emotions};
use crate::lexicon::Annotated;
use crate::tokenize::{ALL_CAPS, ELONGATED};

/// Weight of the strongest mention in an emotion's intensity.
pub const PEAK_WEIGHT: f64 = 0.75;
/// An emotion counts as present (see [`present`]) from this intensity on.
pub const PRESENT: f64 = 0.25;
/// Below this no emotion is `dominant`.
pub const DOMINANT_MIN: f64 = 0.1;
/// Increase for a word in capitals or elongated.
pub const SHAPE_BOOST: f64 = 0.2;
/// Most that boosters, capitals and contrast together multiply a word's emotions by.
pub const MAX_SCALE: f64 = 1.5;

const ORDER: [Emotion; 8] = [
    Emotion::Joy,
    Emotion::Trust,
    Emotion::Fear,
    Emotion::Surprise,
    Emotion::Sadness,
    Emotion::Disgust,
    Emotion::Anger,
    Emotion::Anticipation,
];

/// Score the emotions of the annotated units.
pub fn score(a: &Annotated, modifiers: &Modifiers) -> Emotions {
    let mut peak = [0.0f64; 8];
    let mut sum = [0.0f64; 8];
    for (i, unit) in a.units.iter().enumerate() {
        let affect = unit.entry.affect;
        let factor = modifiers.factor[i];
        if affect.is_empty() || factor <= 0.0 {
            continue;
        }
        let mut scale = factor * (1.0 + modifiers.boost[i]) * modifiers.weight(i);
        if unit.flags & (ALL_CAPS | ELONGATED) != 0 {
            scale *= 1.0 + SHAPE_BOOST;
        }
        // Emphasis strengthens a word's emotion, but only so far.
        let scale = scale.min(MAX_SCALE);
        for e in 0..8 {
            let x = affect.emotion(e) * scale;
            sum[e] += x;
            peak[e] = peak[e].max(x);
        }
    }
    let mut intensity = [0.0f64; 8];
    for e in 0..8 {
        let saturated = sum[e] / (1.0 + sum[e]);
        intensity[e] = (PEAK_WEIGHT * peak[e] + (1.0 - PEAK_WEIGHT) * saturated).clamp(0.0, 1.0);
    }
    let (best, &max) = intensity
        .iter()
        .enumerate()
        .max_by(|x, y| x.1.total_cmp(y.1).then(y.0.cmp(&x.0)))
        .unwrap_or((0, &0.0));
    let [joy, trust, fear, surprise, sadness, disgust, anger, anticipation] = intensity;
    Emotions {
        joy,
        trust,
        fear,
        surprise,
        sadness,
        disgust,
        anger,
        anticipation,
        dominant: (max >= DOMINANT_MIN).then_some(ORDER[best]),
    }
}

/// The emotions at or above [`PRESENT`] (0.25), strongest first: the cut
/// the evaluation uses to call an emotion present.
pub fn present(emotions: &Emotions) -> Vec<Emotion> {
    let mut list: Vec<(Emotion, f64)> = ORDER
        .iter()
        .copied()
        .zip([
            emotions.joy,
            emotions.trust,
            emotions.fear,
            emotions.surprise,
            emotions.sadness,
            emotions.disgust,
            emotions.anger,
            emotions.anticipation,
        ])
        .filter(|&(_, x)| x >= PRESENT)
        .collect();
    list.sort_by(|x, y| y.1.total_cmp(&x.1));
    list.into_iter().map(|(e, _)| e).collect()
}
