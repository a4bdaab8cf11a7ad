//! Sentiment for `Profile::Customer`: VADER's rules made right for
//! customer comments, applied over the annotated units.
//!
//! Per unit: politeness and comparison "like" are not opinions; then word
//! shape (caps, elongation), boosters, counterfactuals or negation, and
//! "least". A negator that also carries valence ("no") counts only when it
//! negated nothing. Then contrast re-weights clauses, each sentence gets its
//! `!`/`?` emphasis, and the sum is scaled by the number of opinionated
//! sentences before normalizing, so long comments do not saturate.

use super::Modifiers;
use crate::analysis::{Evidence, Label, SentenceScore, Sentiment};
use crate::lexicon::{cue, Annotated};
use crate::rules::{
    attributive, boosters, comparison, contrast, counterfactual, emphasis, excess, irony, least,
    negation, politeness, waiting,
};
use crate::tokenize::{TokenKind, ALL_CAPS};

/// VADER's normalization constant: compound = s / sqrt(s² + ALPHA).
pub const ALPHA: f64 = 15.0;
/// The summed valence is divided by (opinionated sentences)^LENGTH_EXPONENT,
/// between a sum (0) and a mean (1): tuned on VADER's develop sets.
pub const LENGTH_EXPONENT: f64 = 0.5;
/// The smallest compound of a comment whose rules leave a net opinion: the
/// label cut (±0.05). A net valence under ~0.19 would normalize inside the
/// neutral band, yet raters rarely read such comments (one weak word, or
/// two opinions that nearly cancel) as neutral: on VADER's develop sets 38
/// of the 563 texts whose compound fell strictly inside the band had a
/// neutral mean rating. A comment with no net opinion ("Please call me
/// back.") stays at 0.
pub const MIN_OPINION: f64 = 0.05;
/// Positive and negative content each at least this strong (raw valence sum) make a comment `mixed`...
pub const MIXED_MIN: f64 = 1.2;
/// ...when the weaker side is at least this share of the stronger.
pub const MIXED_RATIO: f64 = 0.4;

/// Reusable buffers for [`score`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    valences: Vec<f64>,
    negators_used: Vec<usize>,
    contrast: contrast::Scratch,
}

/// What [`score`] reports besides the scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Sentence scores and evidence too.
    Full,
    /// Neither, for a caller that reads only the scores and `modifiers`.
    Scores,
}

/// Score the annotated units of `text`, and record in `modifiers` how the
/// rules modified each unit, for the scorers that run after this one.
pub fn score(
    a: &Annotated,
    text: &str,
    scratch: &mut Scratch,
    modifiers: &mut Modifiers,
    detail: Detail,
) -> Sentiment {
    let units = &a.units;
    let n = units.len();
    modifiers.reset(n);
    let valences = &mut scratch.valences;
    valences.clear();
    valences.resize(n, 0.0);
    let cap_differential = cap_differential(a);
    let negated_by = &mut scratch.negators_used;
    negated_by.clear();
    // Only "too" and wait words give a unit without valence one.
    let valence_rules = a.cues & (cue::WAIT | cue::EXCESS) != 0;
    for i in 0..n {
        let unit = &units[i];
        if unit.entry.valence.is_none() && unit.entry.affect.is_empty() && !valence_rules {
            continue;
        }
        let lexical = unit
            .entry
            .valence
            .map(f64::from)
            .filter(|&v| !attributive::overridden(a, i, v));
        let valence = lexical.or_else(|| {
            // Only a comment with a wait word pays for the wait rule.
            (a.cues & cue::WAIT != 0)
                .then(|| waiting::valence(a, i))
                .flatten()
        });
        let valence = excess::apply(a, i, valence);
        if valence.is_none() && unit.entry.affect.is_empty() {
            continue;
        }
        if boosters::acts_as_booster(a, i)
            || politeness::is_marker(a, i)
            || politeness::is_help_request(a, i)
            || comparison::is_comparison(a, i)
        {
            modifiers.factor[i] = 0.0;
            continue;
        }
        // Negation, counterfactuals and "least" scale the unit; boosters push it.
        let (mut factor, negator) = match counterfactual::apply(a, i, 1.0) {
            Some(f) => (f, None),
            None => negation::apply(a, i, 1.0),
        };
        factor = least::apply(a, i, factor);
        let boost = boosters::magnitude(a, i, cap_differential);
        modifiers.factor[i] = factor;
        modifiers.boost[i] = boost;
        if let Some(base) = valence {
            let shaped = emphasis::word_shape(unit, base, cap_differential);
            let mut v = boosters::apply(shaped, boost) * factor;
            // A word scored 0 ("available", "number") gives the negator
            // nothing to flip: "no longer available" keeps its complaint.
            if let Some(k) = negator.filter(|_| v != 0.0) {
                negated_by.push(k);
                // "NOT happy" is more emphatic than "not happy".
                if cap_differential && units[k].flags & ALL_CAPS != 0 {
                    v = emphasis::push(v, emphasis::C_INCR);
                }
            }
            valences[i] = v;
        }
    }
    // A negator that negated something ("no problems") is not itself negative.
    for &k in negated_by.iter() {
        valences[k] = 0.0;
    }
    // Praise said of a failure: "thanks for the 3 hour delay".
    irony::apply(a, valences);
    let (mut raw_pos, mut raw_neg, mut opinions) = (0.0, 0.0, 0);
    // Without branches: the sign of an opinion is a coin flip to the predictor.
    for &v in valences.iter() {
        raw_pos += v.max(0.0);
        raw_neg += (-v).max(0.0);
        opinions += usize::from(v != 0.0);
    }
    modifiers.valence.extend_from_slice(valences);
    if contrast::weights(a, &mut scratch.contrast, &mut modifiers.weight) {
        for (v, w) in valences.iter_mut().zip(&modifiers.weight) {
            *v *= w;
        }
    }
    // One copy of the aggregation per detail: no test of it per unit.
    match detail {
        Detail::Full => aggregate::<true>(a, text, valences, (raw_pos, raw_neg), opinions),
        Detail::Scores => aggregate::<false>(a, text, valences, (raw_pos, raw_neg), 0),
    }
}

/// Sentence sums, proportions and evidence in one pass over the units.
/// `opinions` (units with valence before contrast weights) sizes the evidence.
fn aggregate<const DETAIL: bool>(
    a: &Annotated,
    text: &str,
    valences: &[f64],
    (raw_pos, raw_neg): (f64, f64),
    opinions: usize,
) -> Sentiment {
    let units = &a.units;
    // Sized once: growing them cost more reallocations than the count.
    let sentence_count = units
        .first()
        .zip(units.last())
        .filter(|_| DETAIL)
        .map_or(0, |(first, last)| {
            (last.sentence - first.sentence) as usize + 1
        });
    let mut sentences = Vec::with_capacity(sentence_count);
    let mut evidence = Vec::with_capacity(opinions);
    let (mut total, mut sentence_sum, mut opinionated) = (0.0, 0.0, 0usize);
    let (mut exclamations, mut questions) = (0, 0);
    let (mut pos, mut neg, mut neu) = (0.0, 0.0, 0.0);
    let mut sentence_start = 0;
    for (i, (u, &v)) in units.iter().zip(valences).enumerate() {
        // Punctuation never has valence.
        if v != 0.0 {
            if v > 0.0 {
                pos += v + 1.0;
            } else {
                neg += 1.0 - v;
            }
            if DETAIL {
                evidence.push(Evidence {
                    start: u.start,
                    end: u.end,
                    valence: v,
                });
            }
        } else if u.kind == TokenKind::Punct {
            let s = text.as_bytes().get(u.start..u.end).unwrap_or_default();
            exclamations += s.iter().filter(|&&b| b == b'!').count();
            questions += s.iter().filter(|&&b| b == b'?').count();
        } else {
            neu += 1.0;
        }
        sentence_sum += v;
        let sentence_ends = units
            .get(i + 1)
            .is_none_or(|next| next.sentence != u.sentence);
        if sentence_ends {
            if sentence_sum != 0.0 {
                opinionated += 1;
            }
            total += sentence_sum;
            if DETAIL {
                sentences.push(SentenceScore {
                    start: units[sentence_start].start,
                    end: u.end,
                    compound: normalize(sentence_sum),
                });
            }
            sentence_sum = 0.0;
            sentence_start = i + 1;
        }
    }
    let mut scaled = total;
    if opinionated > 1 {
        scaled /= (opinionated as f64).powf(LENGTH_EXPONENT);
    }
    if scaled != 0.0 {
        scaled = emphasis::push(scaled, emphasis::punctuation(exclamations, questions));
    }
    let mut compound = normalize(scaled);
    if compound != 0.0 && compound.abs() < MIN_OPINION {
        compound = MIN_OPINION.copysign(compound);
    }
    let total_mass = pos + neg + neu;
    let (positive, negative, neutral) = if total_mass > 0.0 {
        (pos / total_mass, neg / total_mass, neu / total_mass)
    } else {
        (0.0, 0.0, 0.0)
    };
    let mixed = raw_pos >= MIXED_MIN
        && raw_neg >= MIXED_MIN
        && raw_pos.min(raw_neg) >= MIXED_RATIO * raw_pos.max(raw_neg);
    let label = if mixed {
        Label::Mixed
    } else if compound >= 0.05 {
        Label::Positive
    } else if compound <= -0.05 {
        Label::Negative
    } else {
        Label::Neutral
    };
    evidence.sort_by(|x, y| {
        y.valence
            .abs()
            .total_cmp(&x.valence.abs())
            .then(x.start.cmp(&y.start))
    });
    Sentiment {
        compound,
        positive,
        negative,
        neutral,
        label,
        sentences,
        evidence,
    }
}

/// Map a valence sum to -1..1.
pub fn normalize(sum: f64) -> f64 {
    (sum / (sum * sum + ALPHA).sqrt()).clamp(-1.0, 1.0)
}

/// Whether some but not all words are in capitals (then capitals are emphasis).
fn cap_differential(a: &Annotated) -> bool {
    a.caps_words > 0 && a.caps_words < a.words
}
