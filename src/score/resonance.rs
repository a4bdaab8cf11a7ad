//! Resonance (spec section 4): how emotionally intense and memorable a
//! comment is. `intensity` is the arousal of its words (their sum over the
//! square root of the comment's length: dense arousal counts, length alone
//! does not), emphasis (capitals, `!`, elongation, boosters) and the
//! strongest high-arousal emotion (fear, surprise, anger, joy); `personal`
//! is first-person involvement, people named, a story told, specific
//! details; `score` combines them with the moments that matter.

use super::Modifiers;
use crate::analysis::{Emotions, Resonance};
use crate::lexicon::{cue, Annotated};
use crate::tokenize::{TokenKind, ALL_CAPS, CAPITALIZED, ELONGATED};

/// Weights of word arousal, emphasis and high-arousal emotion in `intensity`
/// (from a least-squares fit on EmoBank's train split, which is only read).
pub const INTENSITY_WEIGHTS: [f64; 3] = [0.45, 0.3, 0.25];
/// Weights of first person, names, details and story in `personal`.
pub const PERSONAL_WEIGHTS: [f64; 4] = [0.4, 0.2, 0.2, 0.2];
/// Weights of intensity, personal and moments in `score`.
pub const SCORE_WEIGHTS: [f64; 3] = [0.55, 0.3, 0.15];

/// Score the resonance of the annotated units of `text`; `moments` is the
/// number of moments that matter found in it (none until that scorer runs).
pub fn score(
    a: &Annotated,
    text: &str,
    modifiers: &Modifiers,
    emotions: &Emotions,
    moments: usize,
) -> Resonance {
    let mut arousal_sum = 0.0f64;
    let (mut emphasis, mut exclamations) = (0.0f64, 0usize);
    let (mut first_person, mut names, mut details, mut story) = (0usize, 0usize, 0usize, 0usize);
    // Capitals stand out only in a comment not written in them.
    let caps_stand_out = a.caps_words < a.words;
    // Counts and weights are added as 0/1 products, not under branches:
    // which of the other units count is as good as random, and
    // mispredicted branches cost more than this loop's arithmetic.
    let one = |yes: bool| f64::from(u8::from(yes));
    let mut previous_sentence = None;
    for (i, unit) in a.units.iter().enumerate() {
        // Two words in three count for nothing here: one test skips them.
        let plain = unit.kind == TokenKind::Word
            && unit.entry.affect.arousal == 0
            && unit.flags & (ALL_CAPS | ELONGATED | CAPITALIZED) == 0
            && unit.entry.cues & (cue::FIRST_PERSON | cue::STORY) == 0
            && modifiers.boost.get(i).is_none_or(|b| *b <= 0.0);
        if plain {
            previous_sentence = Some(unit.sentence);
            continue;
        }
        let live = modifiers.factor.get(i).is_none_or(|f| *f != 0.0);
        arousal_sum += one(live) * unit.entry.affect.arousal();
        let word = unit.kind == TokenKind::Word;
        let cues = unit.entry.cues;
        emphasis += one(word && unit.flags & ALL_CAPS != 0 && caps_stand_out) * 0.15;
        emphasis += one(word && unit.flags & ELONGATED != 0) * 0.1;
        emphasis += one(word && modifiers.boost.get(i).is_some_and(|b| *b > 0.0)) * 0.08;
        emphasis += one(matches!(unit.kind, TokenKind::Emoji | TokenKind::Emoticon)) * 0.05;
        first_person += usize::from(word && cues & cue::FIRST_PERSON != 0);
        story += usize::from(word && cues & cue::STORY != 0);
        // A capitalized word inside a sentence is most often a name ("Maria").
        let inside = previous_sentence == Some(unit.sentence);
        names += usize::from(
            word && inside
                && unit.flags & (CAPITALIZED | ALL_CAPS) == CAPITALIZED
                && cues & cue::FIRST_PERSON == 0,
        );
        details += usize::from(unit.kind == TokenKind::Number);
        if unit.kind == TokenKind::Punct {
            exclamations += text.as_bytes()[unit.start..unit.end]
                .iter()
                .filter(|&&b| b == b'!')
                .count();
        }
        previous_sentence = Some(unit.sentence);
    }
    emphasis += 0.1 * exclamations.min(4) as f64;
    let word_arousal = (arousal_sum / (a.words.max(1) as f64).sqrt()).min(1.0);
    let aroused_emotion = [
        emotions.fear,
        emotions.surprise,
        emotions.anger,
        emotions.joy,
    ]
    .into_iter()
    .fold(0.0, f64::max);
    let [wa, we, wm] = INTENSITY_WEIGHTS;
    let intensity =
        (wa * word_arousal + we * emphasis.min(1.0) + wm * aroused_emotion).clamp(0.0, 1.0);
    let saturate = |count: usize, full: f64| (count as f64 / full).min(1.0);
    let [pf, pn, pd, ps] = PERSONAL_WEIGHTS;
    let personal = (pf * saturate(first_person, 3.0)
        + pn * saturate(names, 2.0)
        + pd * saturate(details, 2.0)
        + ps * saturate(story, 2.0))
    .clamp(0.0, 1.0);
    Resonance {
        score: combine(intensity, personal, moments),
        intensity,
        personal,
    }
}

/// The resonance score: intensity and personal involvement, raised by every
/// moment that matters (the first counts most).
pub fn combine(intensity: f64, personal: f64, moments: usize) -> f64 {
    let [wi, wp, wm] = SCORE_WEIGHTS;
    let moment_share = 1.0 - 0.5f64.powi(moments.min(8) as i32);
    (wi * intensity + wp * personal + wm * moment_share * 2.0).clamp(0.0, 1.0)
}
