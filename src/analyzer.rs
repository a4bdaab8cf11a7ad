//! The [`Analyzer`]: built once, then drives the pipeline for every comment.

use crate::analysis::{Analysis, Label, Sentiment};
use crate::lexicon::{Annotated, Lexicon};
use crate::score::{sentiment, vader::VaderData};
use crate::Error;
use std::cell::RefCell;
use std::sync::Arc;

/// Which sentiment rules to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Profile {
    /// VADER's rules made right for customer comments (the default).
    #[default]
    Customer,
    /// vaderSentiment 3.3.2's `polarity_scores`, number for number, for migrating users.
    Vader,
}

/// Scores customer comments. Cheap to clone, `Send + Sync`.
///
/// ```
/// use cxscore::{Analyzer, Label, Profile};
///
/// let analyzer = Analyzer::default();
/// let a = analyzer.analyze("The food was great but the service was painfully slow.");
/// assert_eq!(a.sentiment.label, Label::Mixed);
///
/// let vader = Analyzer::builder().profile(Profile::Vader).build().unwrap();
/// assert_eq!(vader.analyze("VADER is smart, handsome, and funny.").sentiment.compound, 0.8316);
/// ```
#[derive(Debug, Clone)]
pub struct Analyzer {
    profile: Profile,
    lexicon: Arc<Lexicon>,
    vader: Arc<VaderData>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            profile: Profile::Customer,
            lexicon: Arc::new(Lexicon::bundled().clone()),
            vader: Arc::new(VaderData::bundled().clone()),
        }
    }
}

/// Builds an [`Analyzer`]: profile and custom lexicons.
///
/// ```
/// use cxscore::Analyzer;
///
/// let analyzer = Analyzer::builder()
///     .lexicon_str("slang", "bussin\t2.5\nmid\t-1.0\n")
///     .build()
///     .unwrap();
/// assert!(analyzer.analyze("the tacos were bussin").sentiment.compound > 0.3);
/// let err = Analyzer::builder().lexicon_str("bad.tsv", "oops\n").build().unwrap_err();
/// assert_eq!(err.to_string(), "bad.tsv:1: no tab after \"oops\"");
/// ```
#[derive(Debug, Clone, Default)]
pub struct AnalyzerBuilder {
    profile: Profile,
    sources: Vec<Source>,
}

#[derive(Debug, Clone)]
enum Source {
    File(std::path::PathBuf),
    Text { name: String, text: String },
}

impl AnalyzerBuilder {
    /// Choose the sentiment profile.
    pub fn profile(mut self, profile: Profile) -> Self {
        self.profile = profile;
        self
    }

    /// Merge a lexicon file (format: [`parse_lexicon`](crate::lexicon::parse_lexicon)) over the bundled one.
    pub fn lexicon_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.sources.push(Source::File(path.into()));
        self
    }

    /// Merge a lexicon given as text; `name` names it in errors.
    pub fn lexicon_str(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.sources.push(Source::Text {
            name: name.into(),
            text: text.into(),
        });
        self
    }

    /// Load everything; the first malformed source is an error and nothing is built.
    pub fn build(self) -> Result<Analyzer, Error> {
        let mut texts = Vec::with_capacity(self.sources.len());
        for source in self.sources {
            texts.push(match source {
                Source::Text { name, text } => (name, text),
                Source::File(path) => {
                    let name = path.display().to_string();
                    let text = std::fs::read_to_string(&path).map_err(|error| Error::Io {
                        path: name.clone(),
                        error,
                    })?;
                    (name, text)
                }
            });
        }
        let mut lexicon = Lexicon::bundled().clone();
        for (name, text) in &texts {
            lexicon.merge_str(name, text)?;
        }
        let vader = if texts.is_empty() {
            VaderData::bundled().clone()
        } else {
            VaderData::from_texts(&texts)?
        };
        Ok(Analyzer {
            profile: self.profile,
            lexicon: Arc::new(lexicon),
            vader: Arc::new(vader),
        })
    }
}

/// Per-thread buffers, so analysing a comment allocates only its result.
#[derive(Default)]
struct Buffers {
    annotated: Annotated,
    sentiment: sentiment::Scratch,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

impl Analyzer {
    /// Start building an analyzer.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The profile in use.
    pub fn profile(&self) -> Profile {
        self.profile
    }

    /// The lexicon in use (bundled plus custom).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Analyse one comment. Never fails: any string is valid input.
    pub fn analyze(&self, text: &str) -> Analysis {
        let sentiment = match self.profile {
            Profile::Vader => self.vader_sentiment(text),
            Profile::Customer => BUFFERS.with(|cell| match cell.try_borrow_mut() {
                Ok(mut buffers) => self.customer_sentiment(text, &mut buffers),
                // Re-entered from inside an analysis on this thread: use fresh buffers.
                Err(_) => self.customer_sentiment(text, &mut Buffers::default()),
            }),
        };
        Analysis {
            sentiment,
            ..Analysis::default()
        }
    }

    /// Analyse many comments, results in input order.
    pub fn analyze_batch(&self, texts: &[&str]) -> Vec<Analysis> {
        texts.iter().map(|t| self.analyze(t)).collect()
    }

    fn customer_sentiment(&self, text: &str, buffers: &mut Buffers) -> Sentiment {
        buffers.annotated.annotate(text, &self.lexicon);
        sentiment::score(&buffers.annotated, text, &mut buffers.sentiment)
    }

    fn vader_sentiment(&self, text: &str) -> Sentiment {
        let s = self.vader.polarity_scores(text);
        let label = if s.compound >= 0.05 {
            Label::Positive
        } else if s.compound <= -0.05 {
            Label::Negative
        } else {
            Label::Neutral
        };
        Sentiment {
            compound: s.compound,
            positive: s.pos,
            negative: s.neg,
            neutral: s.neu,
            label,
            sentences: Vec::new(),
            evidence: Vec::new(),
        }
    }
}
