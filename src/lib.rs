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
pub use analyzer::{Analyzer, AnalyzerBuilder, Profile};
pub use error::Error;
pub use lexicon::Lexicon;

/// The README's Rust example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
