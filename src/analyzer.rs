//! The [`Analyzer`]: built once, then drives the pipeline for every comment.

use crate::analysis::{Analysis, Label, MomentKind, Relevance, Sentiment};
use crate::lexicon::{cue, Annotated, Lexicon, Taxonomy};
use crate::score::sentiment::Detail;
use crate::score::signals::Signals;
use crate::score::{
    emotion, relevance, resonance, sentiment, signals, vader::VaderData, Modifiers,
};
use crate::Error;
use once_cell::sync::Lazy;
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
    lexicon: Arc<Lexicon>,
    /// VADER's own data, for [`Profile::Vader`] only: the customer profile
    /// does not pay to build it.
    vader: Option<Arc<VaderData>>,
    max_input_bytes: usize,
}

/// Default of [`AnalyzerBuilder::max_input_bytes`]: 10 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 10 << 20;

/// The bundled data, shared by every default analyzer instead of copied.
static BUNDLED_LEXICON: Lazy<Arc<Lexicon>> = Lazy::new(|| Arc::new(Lexicon::bundled().clone()));
static BUNDLED_VADER: Lazy<Arc<VaderData>> = Lazy::new(|| Arc::new(VaderData::bundled().clone()));

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer {
            lexicon: Arc::clone(&BUNDLED_LEXICON),
            vader: None,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
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
    nrc: Vec<(NrcFormat, std::path::PathBuf)>,
    max_input_bytes: Option<usize>,
    taxonomy_base: Option<TaxonomyBase>,
    taxonomy_sources: Vec<Source>,
}

#[derive(Debug, Clone)]
enum TaxonomyBase {
    Domain(String),
    Given(Taxonomy),
}

#[derive(Debug, Clone, Copy)]
enum NrcFormat {
    EmoLex,
    Intensity,
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

    /// Score at most this many bytes of a comment (default
    /// [`DEFAULT_MAX_INPUT_BYTES`]): a longer text is scored on its first
    /// `max` bytes, cut back to a character boundary, so memory per call
    /// stays bounded. Time is linear in the input either way.
    pub fn max_input_bytes(mut self, max: usize) -> Self {
        self.max_input_bytes = Some(max);
        self
    }

    /// Use your own copy of NRC EmoLex (word-level file) for emotions; see
    /// [`Lexicon::load_nrc_emolex`]. NRC's lexicons are licensed for
    /// non-commercial research and are not shipped with this crate.
    pub fn nrc_emolex_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.nrc.push((NrcFormat::EmoLex, path.into()));
        self
    }

    /// Use your own copy of the NRC Emotion Intensity Lexicon; see
    /// [`Lexicon::load_nrc_intensity`].
    pub fn nrc_intensity_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.nrc.push((NrcFormat::Intensity, path.into()));
        self
    }

    /// Use the bundled domain pack `name` ("airline", "banking", "hotel",
    /// "restaurant", "retail", "saas", "telecom"; see
    /// [`DOMAINS`](crate::lexicon::DOMAINS)) on top of the default taxonomy.
    ///
    /// ```
    /// let hotel = cxscore::Analyzer::builder().domain("hotel").build().unwrap();
    /// let a = hotel.analyze("The concierge was wonderful but the minibar prices were a joke.");
    /// let names: Vec<_> = a.relevance.touchpoints.iter().map(|t| t.name.as_str()).collect();
    /// assert!(names.contains(&"staff") && names.contains(&"price"), "{names:?}");
    /// assert!(cxscore::Analyzer::builder().domain("casino").build().is_err());
    /// ```
    pub fn domain(mut self, name: impl Into<String>) -> Self {
        self.taxonomy_base = Some(TaxonomyBase::Domain(name.into()));
        self
    }

    /// Use `taxonomy` instead of the default one (e.g. [`Taxonomy::empty`]
    /// extended by your own terms).
    pub fn taxonomy(mut self, taxonomy: Taxonomy) -> Self {
        self.taxonomy_base = Some(TaxonomyBase::Given(taxonomy));
        self
    }

    /// Add a taxonomy file (format: [`Taxonomy`]) over the default taxonomy
    /// or the chosen domain pack.
    ///
    /// ```
    /// let analyzer = cxscore::Analyzer::builder()
    ///     .taxonomy_str("mine.tsv", "valet\tparking\n")
    ///     .build()
    ///     .unwrap();
    /// let a = analyzer.analyze("The valet was slow.");
    /// assert_eq!(a.relevance.touchpoints[0].name, "parking");
    /// ```
    pub fn taxonomy_file(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.taxonomy_sources.push(Source::File(path.into()));
        self
    }

    /// Add a taxonomy given as text; `name` names it in errors.
    pub fn taxonomy_str(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.taxonomy_sources.push(Source::Text {
            name: name.into(),
            text: text.into(),
        });
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
        let texts = read_sources(self.sources)?;
        let taxonomy_texts = read_sources(self.taxonomy_sources)?;
        let taxonomy = if self.taxonomy_base.is_none() && taxonomy_texts.is_empty() {
            None
        } else {
            let mut taxonomy = match self.taxonomy_base {
                None => Taxonomy::bundled().clone(),
                Some(TaxonomyBase::Domain(name)) => Taxonomy::domain(&name)?,
                Some(TaxonomyBase::Given(taxonomy)) => taxonomy,
            };
            for (name, text) in &taxonomy_texts {
                taxonomy = taxonomy.extend_str(name, text)?;
            }
            Some(taxonomy)
        };
        let bundled = texts.is_empty() && self.nrc.is_empty() && taxonomy.is_none();
        let vader = match self.profile {
            Profile::Customer => None,
            Profile::Vader if texts.is_empty() => Some(Arc::clone(&BUNDLED_VADER)),
            Profile::Vader => Some(Arc::new(VaderData::from_texts(&texts)?)),
        };
        let lexicon = if bundled {
            Arc::clone(&BUNDLED_LEXICON)
        } else {
            let mut lexicon = Lexicon::bundled().clone();
            for (name, text) in &texts {
                lexicon.merge_str(name, text)?;
            }
            for (format, path) in &self.nrc {
                match format {
                    NrcFormat::EmoLex => lexicon.load_nrc_emolex(path)?,
                    NrcFormat::Intensity => lexicon.load_nrc_intensity(path)?,
                }
            }
            // After the user's lexicon, so its phrases carry their touchpoints too.
            lexicon.set_taxonomy(taxonomy.as_ref().unwrap_or(Taxonomy::bundled()));
            Arc::new(lexicon)
        };
        Ok(Analyzer {
            lexicon,
            vader,
            max_input_bytes: self.max_input_bytes.unwrap_or(DEFAULT_MAX_INPUT_BYTES),
        })
    }
}

/// Read each source's text, named for errors.
fn read_sources(sources: Vec<Source>) -> Result<Vec<(String, String)>, Error> {
    sources
        .into_iter()
        .map(|source| match source {
            Source::Text { name, text } => Ok((name, text)),
            Source::File(path) => Error::read_file(&path),
        })
        .collect()
}

/// Per-thread buffers, so analysing a comment allocates only its result.
#[derive(Default)]
struct Buffers {
    annotated: Annotated,
    sentiment: sentiment::Scratch,
    relevance: relevance::Scratch,
    modifiers: Modifiers,
    signals: signals::Scratch,
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
        if self.vader.is_some() {
            Profile::Vader
        } else {
            Profile::Customer
        }
    }

    /// The lexicon in use (bundled plus custom).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Analyse one comment. Never fails: any string is valid input.
    pub fn analyze(&self, text: &str) -> Analysis {
        let text = bounded(text, self.max_input_bytes);
        BUFFERS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut buffers) => self.analyze_with(text, &mut buffers),
            // Re-entered from inside an analysis on this thread: use fresh buffers.
            Err(_) => self.analyze_with(text, &mut Buffers::default()),
        })
    }

    /// Only the sentiment of one comment: the same numbers as
    /// `analyze(text).sentiment`, without the other sections' work.
    ///
    /// ```
    /// let analyzer = cxscore::Analyzer::default();
    /// let text = "Worth every penny!";
    /// assert_eq!(analyzer.sentiment(text), analyzer.analyze(text).sentiment);
    /// ```
    pub fn sentiment(&self, text: &str) -> Sentiment {
        let text = bounded(text, self.max_input_bytes);
        if let Some(vader) = &self.vader {
            return vader_sentiment(vader, text);
        }
        let score = |buffers: &mut Buffers| {
            buffers.annotated.annotate(text, &self.lexicon);
            sentiment::score(
                &buffers.annotated,
                text,
                &mut buffers.sentiment,
                &mut buffers.modifiers,
                Detail::Full,
            )
        };
        BUFFERS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut buffers) => score(&mut buffers),
            Err(_) => score(&mut Buffers::default()),
        })
    }

    /// Only the relevance of one comment: the same touchpoints and score as
    /// `analyze(text).relevance`, without the emotions, resonance and the
    /// other sections' work (of the CX patterns, only the pain ones run: a
    /// failure they find is an opinion of its touchpoint).
    ///
    /// ```
    /// let analyzer = cxscore::Analyzer::default();
    /// let text = "Great food but the service was painfully slow.";
    /// let relevance = analyzer.relevance(text);
    /// assert_eq!(relevance, analyzer.analyze(text).relevance);
    /// assert!(relevance.touchpoints.iter().any(|t| t.name == "service" && t.sentiment < 0.0));
    /// ```
    pub fn relevance(&self, text: &str) -> Relevance {
        let text = bounded(text, self.max_input_bytes);
        BUFFERS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut buffers) => self.relevance_with(text, false, &mut buffers).2,
            Err(_) => self.relevance_with(text, false, &mut Buffers::default()).2,
        })
    }

    /// Analyse many comments, results in input order. With the `rayon`
    /// feature (on by default) the comments are spread over rayon's thread
    /// pool; each result is the same as [`analyze`](Self::analyze)'s.
    ///
    /// ```
    /// let analyzer = cxscore::Analyzer::default();
    /// let results = analyzer.analyze_batch(&["No complaints.", "Never again."]);
    /// assert!(results[0].sentiment.compound > 0.0 && results[1].sentiment.compound < 0.0);
    /// ```
    pub fn analyze_batch(&self, texts: &[&str]) -> Vec<Analysis> {
        #[cfg(feature = "rayon")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.analyze(t)).collect()
        }
        #[cfg(not(feature = "rayon"))]
        {
            texts.iter().map(|t| self.analyze(t)).collect()
        }
    }

    /// A parallel iterator of analyses, in the order of `texts`
    /// (`collect` keeps it), for pipelines already built on rayon.
    ///
    /// ```
    /// use rayon::prelude::*;
    /// let analyzer = cxscore::Analyzer::default();
    /// let texts = vec!["Great staff!".to_string(), "Rude staff.".to_string()];
    /// let compounds: Vec<f64> = analyzer
    ///     .analyze_par_iter(texts.par_iter().map(String::as_str))
    ///     .map(|a| a.sentiment.compound)
    ///     .collect();
    /// assert!(compounds[0] > 0.0 && compounds[1] < 0.0);
    /// ```
    #[cfg(feature = "rayon")]
    pub fn analyze_par_iter<'t, I>(
        &'t self,
        texts: I,
    ) -> impl rayon::iter::IndexedParallelIterator<Item = Analysis> + 't
    where
        I: rayon::iter::IntoParallelIterator<Item = &'t str>,
        I::Iter: rayon::iter::IndexedParallelIterator + 't,
    {
        use rayon::prelude::*;
        texts.into_par_iter().map(move |t| self.analyze(t))
    }

    /// The one pass: annotate once, then every scorer reads the same units.
    fn analyze_with(&self, text: &str, buffers: &mut Buffers) -> Analysis {
        let (sentiment, mut signals, relevance) = self.relevance_with(text, true, buffers);
        let a = &buffers.annotated;
        let emotions = emotion::score(a, &buffers.modifiers);
        signals::add_touchpoint_pain(&mut signals, &relevance.touchpoints);
        let resonance = resonance::score(
            a,
            text,
            &buffers.modifiers,
            &emotions,
            signals.moments.len(),
        );
        Analysis {
            sentiment,
            emotions,
            relevance,
            resonance,
            moments: signals.moments,
            recovery: signals.recovery,
            attributes: signals.attributes,
            loyalty: signals.loyalty,
            effort: signals.effort,
            kudos: signals.kudos,
            ..Analysis::default()
        }
    }

    /// The stages relevance needs: the lookup, the sentiment rules (their
    /// per-unit valences are the opinions) and the CX patterns (a failure
    /// they read as pain is an opinion of its touchpoint): all their signals
    /// with `all_signals`, else only the pain.
    fn relevance_with(
        &self,
        text: &str,
        all_signals: bool,
        buffers: &mut Buffers,
    ) -> (Sentiment, Signals, Relevance) {
        buffers.annotated.annotate(text, &self.lexicon);
        let a = &buffers.annotated;
        // Relevance alone reads only the compound and the modifiers.
        let detail = if all_signals {
            Detail::Full
        } else {
            Detail::Scores
        };
        let mut sentiment = sentiment::score(
            a,
            text,
            &mut buffers.sentiment,
            &mut buffers.modifiers,
            detail,
        );
        if let Some(vader) = &self.vader {
            sentiment = vader_sentiment(vader, text);
        }
        // Relevance alone reads only pain of the patterns: none can match
        // without a pain pattern's anchor word, and pain counts only
        // placed on a touchpoint the comment names or, where the taxonomy
        // has one, on the touchpoint of complaints that name none.
        let pain_read = a.cues & cue::PAIN != 0
            && (self.lexicon.complaint_touchpoint() != 0
                || a.units.iter().any(|u| u.entry.touchpoint != 0));
        let signals = if all_signals || pain_read {
            signals::score(
                a,
                &self.lexicon,
                text,
                &buffers.modifiers,
                sentiment.compound,
                !all_signals,
                &mut buffers.signals,
            )
        } else {
            Signals::default()
        };
        let pain = signals
            .moments
            .iter()
            .find(|m| m.kind == MomentKind::Pain)
            .map_or(&[][..], |m| &m.evidence[..]);
        let relevance = relevance::score(
            a,
            text,
            &self.lexicon,
            &buffers.modifiers,
            pain,
            &mut buffers.relevance,
        );
        (sentiment, signals, relevance)
    }
}

/// vaderSentiment's scores as a [`Sentiment`].
fn vader_sentiment(vader: &VaderData, text: &str) -> Sentiment {
    let s = vader.polarity_scores(text);
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

/// The first `max` bytes of `text`, cut back to a character boundary.
fn bounded(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
