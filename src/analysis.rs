//! The result of analysing one comment: the serialized form of
//! `shared/spec/cx-signals.md` ("Serialized form").
//!
//! Every type here is `#[non_exhaustive]` so new fields are not breaking
//! changes, and serializes (with the default `serde` feature) to exactly the
//! JSON keys the spec names.

mod json;

#[cfg(feature = "serde")]
use serde::Serialize;

/// A byte range `[start, end)` into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct Span {
    /// First byte of the evidence.
    pub start: usize,
    /// One past the last byte of the evidence.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The evidence text this span points at, or `""` if it does not fit `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Everything the analyzer found in one comment.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Analysis {
    /// The caller's identifier for the comment, echoed back; absent when none was given.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// Overall valence.
    pub sentiment: Sentiment,
    /// Plutchik's eight emotions.
    pub emotions: Emotions,
    /// Which touchpoints of the business the comment is about.
    pub relevance: Relevance,
    /// How emotionally intense and memorable the comment is.
    pub resonance: Resonance,
    /// Moments that matter.
    pub moments: Vec<Moment>,
    /// Parts of a service recovery.
    pub recovery: Vec<RecoveryPart>,
    /// Service attributes present or violated.
    pub attributes: Vec<Attribute>,
    /// Stated intent about the future relationship.
    pub loyalty: Loyalty,
    /// How hard the customer had to work.
    pub effort: Effort,
    /// Employees the comment praises.
    pub kudos: Vec<Kudos>,
}

impl Analysis {
    /// Attach the caller's identifier, which the serialized form echoes as `id`.
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }
}

/// Sentiment label of a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Label {
    /// compound >= 0.05 and no strong negative sentence.
    Positive,
    /// compound <= -0.05 and no strong positive sentence.
    Negative,
    /// Nothing to score, or |compound| < 0.05.
    #[default]
    Neutral,
    /// Strong positive and strong negative content in the same comment.
    Mixed,
}

impl Label {
    /// The label's name as serialized.
    pub fn as_str(&self) -> &'static str {
        match self {
            Label::Positive => "positive",
            Label::Negative => "negative",
            Label::Neutral => "neutral",
            Label::Mixed => "mixed",
        }
    }
}

/// Valence of the comment (spec section 1).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Sentiment {
    /// Normalized overall valence, -1.0 ..= 1.0 (VADER scale).
    pub compound: f64,
    /// Proportion of positive content; `positive + negative + neutral == 1` (or all 0 for empty input).
    pub positive: f64,
    /// Proportion of negative content.
    pub negative: f64,
    /// Proportion of neutral content.
    pub neutral: f64,
    /// The label derived from the compound and the per-sentence scores.
    pub label: Label,
    /// Per-sentence compound scores with their spans.
    pub sentences: Vec<SentenceScore>,
    /// The words and phrases that drove the score, strongest first.
    pub evidence: Vec<Evidence>,
}

/// The compound of one sentence.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct SentenceScore {
    /// First byte of the sentence.
    pub start: usize,
    /// One past the last byte of the sentence.
    pub end: usize,
    /// The sentence's normalized valence.
    pub compound: f64,
}

/// A scored word or phrase.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Evidence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The valence this word contributed after every rule (negation, boosters, contrast, ...).
    pub valence: f64,
}

/// Plutchik's eight emotions, each 0.0 ..= 1.0 (spec section 2).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Emotions {
    /// Joy.
    pub joy: f64,
    /// Trust.
    pub trust: f64,
    /// Fear.
    pub fear: f64,
    /// Surprise.
    pub surprise: f64,
    /// Sadness.
    pub sadness: f64,
    /// Disgust.
    pub disgust: f64,
    /// Anger.
    pub anger: f64,
    /// Anticipation.
    pub anticipation: f64,
    /// The strongest emotion, `None` when all are ~0.
    pub dominant: Option<Emotion>,
}

impl Emotions {
    /// The emotions present, strongest first: those with an intensity of at
    /// least 0.25 ([`score::emotion::PRESENT`](crate::score::emotion::PRESENT)),
    /// the cut the evaluation uses.
    ///
    /// ```
    /// use cxscore::{analysis::Emotion, Analyzer};
    /// let emotions = Analyzer::default().analyze("I am so angry and disgusted!").emotions;
    /// assert!(emotions.present().contains(&Emotion::Anger));
    /// ```
    pub fn present(&self) -> Vec<Emotion> {
        crate::score::emotion::present(self)
    }
}

/// One of Plutchik's eight basic emotions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Emotion {
    /// Joy.
    Joy,
    /// Trust.
    Trust,
    /// Fear.
    Fear,
    /// Surprise.
    Surprise,
    /// Sadness.
    Sadness,
    /// Disgust.
    Disgust,
    /// Anger.
    Anger,
    /// Anticipation.
    Anticipation,
}

impl Emotion {
    /// The emotion's name as serialized.
    pub fn as_str(&self) -> &'static str {
        match self {
            Emotion::Joy => "joy",
            Emotion::Trust => "trust",
            Emotion::Fear => "fear",
            Emotion::Surprise => "surprise",
            Emotion::Sadness => "sadness",
            Emotion::Disgust => "disgust",
            Emotion::Anger => "anger",
            Emotion::Anticipation => "anticipation",
        }
    }
}

/// Touchpoints the comment is about (spec section 3).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Relevance {
    /// 0.0 ..= 1.0: how much the comment's opinions are about the business.
    pub score: f64,
    /// One entry per touchpoint mentioned.
    pub touchpoints: Vec<Touchpoint>,
}

/// A touchpoint mention with its own sentiment.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Touchpoint {
    /// Touchpoint name from the taxonomy (`staff`, `service`, ...).
    pub name: String,
    /// Sentiment of the opinions attached to it, -1.0 ..= 1.0.
    pub sentiment: f64,
    /// Where it is mentioned.
    pub evidence: Vec<Span>,
}

/// Emotional resonance (spec section 4).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Resonance {
    /// 0.0 ..= 1.0 overall.
    pub score: f64,
    /// Emotional arousal and emphasis, 0.0 ..= 1.0.
    pub intensity: f64,
    /// First-person involvement, people named, a story told, 0.0 ..= 1.0.
    pub personal: f64,
}

/// A moment that matters (spec section 5).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Moment {
    /// Which moment.
    pub kind: MomentKind,
    /// The words that show it.
    pub evidence: Vec<Span>,
}

/// Kinds of moments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MomentKind {
    /// Something unasked for and unexpected, well timed.
    Surprise,
    /// Staff stayed with the customer until the problem was solved.
    GoingTheDistance,
    /// An exception outside the usual rules.
    Miracle,
    /// Deeply human help.
    Selfless,
    /// Making things right after a failure.
    Recovery,
    /// A failure moment.
    Pain,
}

impl MomentKind {
    /// The kind's name as serialized.
    pub fn as_str(&self) -> &'static str {
        match self {
            MomentKind::Surprise => "surprise",
            MomentKind::GoingTheDistance => "going_the_distance",
            MomentKind::Miracle => "miracle",
            MomentKind::Selfless => "selfless",
            MomentKind::Recovery => "recovery",
            MomentKind::Pain => "pain",
        }
    }
}

/// A part of a service recovery.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct RecoveryPart {
    /// Which part.
    pub part: RecoveryKind,
    /// The words that show it.
    pub evidence: Vec<Span>,
}

/// Parts of making things right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RecoveryKind {
    /// "apologized".
    Apology,
    /// "took responsibility".
    Ownership,
    /// "understood how frustrated I was".
    Acknowledgment,
    /// "refunded", "replaced it".
    Remedy,
}

impl RecoveryKind {
    /// The part's name as serialized.
    pub fn as_str(&self) -> &'static str {
        match self {
            RecoveryKind::Apology => "apology",
            RecoveryKind::Ownership => "ownership",
            RecoveryKind::Acknowledgment => "acknowledgment",
            RecoveryKind::Remedy => "remedy",
        }
    }
}

/// A service attribute present (+1) or violated (-1).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Attribute {
    /// `attentive`, `helpful`, `personal`, `considerate`, `delightful` or `appreciative`.
    pub name: String,
    /// +1 present, -1 violated.
    pub polarity: i8,
    /// The words that show it.
    pub evidence: Vec<Span>,
}

/// Loyalty intents and the stance they add up to (spec section 7).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Loyalty {
    /// Promoter, passive or detractor; `None` when nothing qualifies.
    pub stance: Option<Stance>,
    /// Each stated intent.
    pub intents: Vec<Intent>,
}

/// NPS-like stance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Stance {
    /// Will come back and recommend.
    Promoter,
    /// Satisfied but unenthusiastic.
    Passive,
    /// Will not come back or warns others.
    Detractor,
}

impl Stance {
    /// The stance's name as serialized.
    pub fn as_str(&self) -> &'static str {
        match self {
            Stance::Promoter => "promoter",
            Stance::Passive => "passive",
            Stance::Detractor => "detractor",
        }
    }
}

/// A stated intent about the future relationship.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Intent {
    /// `return`, `recommend`, `repurchase` or `churn`.
    pub kind: String,
    /// +1 or -1 ("would not recommend" is a -1 `recommend`).
    pub polarity: i8,
    /// The words that state it.
    pub evidence: Vec<Span>,
}

/// Customer effort (spec section 8).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Effort {
    /// -1.0 effortless ..= +1.0 high effort; 0.0 when nothing is said about it.
    pub score: f64,
    /// The words that show it.
    pub evidence: Vec<Span>,
}

/// Praise of a specific employee (spec section 9).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
#[non_exhaustive]
pub struct Kudos {
    /// The name or role as written.
    pub who: String,
    /// Where the praise is.
    pub evidence: Vec<Span>,
}
