//! # cxscore
//!
//! Explainable, lexicon- and rule-based scoring of customer comments.
//!
//! ```
//! use cxscore::Analyzer;
//!
//! let analyzer = Analyzer::default();
//! let analysis = analyzer.analyze("No complaints, the staff went above and beyond!");
//! assert!(analysis.sentiment.compound > 0.5);
//! ```
//!
//! The pipeline, one module per stage: [`tokenize`] splits the text into
//! borrowed tokens with byte spans; [`lexicon`] answers, in one lookup per
//! token, everything known about a word; [`rules`] hold the sentiment rules
//! (negation, boosters, contrast, emphasis, idioms); [`score`] holds the
//! scorers; [`analysis`] is the serialized result and [`Analyzer`] drives it.
//!
//! ## Design of the hot path
//!
//! - **One pass, one lookup per token.** The tokenizer classifies 8 or 16
//!   bytes at once for nearly every word and hands each token to the
//!   annotator as it finds it ([`tokenize::tokenize_with`]); the annotator
//!   writes the token's lookup form into one reused buffer, then looks all
//!   units up in a loop of their own (so successive lookups overlap), one
//!   hash lookup per unit that returns everything known about the word
//!   ([`lexicon::Entry`]: valence, degree modifier, negation, contrast,
//!   phrase start, rule cues, emotions, touchpoint). The touchpoint
//!   taxonomy (default or a domain pack, [`Taxonomy`]) is compiled into the
//!   same table when the analyzer is built, so relevance costs no extra
//!   lookup. Phrases are merged in one pass afterwards,
//!   only when some token can start one. Every scorer reads these units.
//! - **No per-token allocation.** Tokens borrow the input; units, lookup
//!   forms and valences live in per-thread buffers reused across calls, so
//!   a call allocates only its result.
//! - **Precomputed, not recomputed.** Lowercasing is skipped for words that
//!   are already lower case (the tokenizer flags them); inflections
//!   ("refunded") are generated from the lexicon once with a Snowball
//!   stemmer instead of stemming tokens; emoji valences are computed once
//!   from VADER's descriptions; lexicons are parsed once into `once_cell`
//!   statics shared by every default analyzer.
//! - **Fast, deterministic hashing.** Words of up to 15 bytes are keyed by
//!   their packed bytes. The annotator looks them up in a perfect hash
//!   table built once per lexicon (a small pilot table, a tag byte per slot,
//!   the entry beside its key): whether a word is in the lexicon is a coin
//!   flip for the branch predictor, so the lookup selects its result
//!   without branching on it, and a word that is not there reads only the
//!   tag array, not a slot.
//! - **Rules that cost nothing when absent.** Rule words carry cue bits and
//!   the annotator ORs them per comment, so a comment without a modal never
//!   runs the counterfactual rule; it also notes whether any unit is a
//!   contrast word, a booster or a negator, whose rules otherwise return at
//!   once. [`Analyzer::relevance`] skips the sentence scores and evidence
//!   it would discard.
//! - **Linear time.** Look-backs are bounded; contrast re-weighting uses a
//!   difference array; VADER's `but` quirk is reproduced with ordered sets
//!   instead of a quadratic scan. Comments longer than
//!   [`AnalyzerBuilder::max_input_bytes`] are scored on their first bytes.
//! - **Writing is part of the budget.** [`Analysis::write_json`] writes
//!   the bytes serde_json would with constant keys and one reservation
//!   per analysis; through serde, escaping keys and writing piece by
//!   piece cost a sixth of the CLI's time.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod analysis;
mod analyzer;
mod error;
pub mod lexicon;
pub mod rules;
pub mod score;
pub mod tokenize;

pub use analysis::{Analysis, Label, Sentiment, Span};
pub use analyzer::{Analyzer, AnalyzerBuilder, Profile, DEFAULT_MAX_INPUT_BYTES};
pub use error::Error;
pub use lexicon::{Lexicon, Taxonomy};

/// The README's Rust example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
