//! Stage 4: the scorers. Each reads the annotated units of one comment;
//! the sentiment scorer applies the rules once and records their effect on
//! every unit in [`Modifiers`], which the later scorers reuse.

pub mod emotion;
pub mod kudos;
pub mod relevance;
pub mod resonance;
pub mod sentiment;
pub mod signals;
pub mod vader;

/// How the rules modified each unit, one value per unit.
#[derive(Debug, Default, Clone)]
pub struct Modifiers {
    /// Negation, counterfactual and "least" factor: 1 untouched, negative
    /// when negated (VADER's -0.74), 1.25 for "never so", 0 when the unit is
    /// not an opinion here (a booster, a politeness marker, a comparison).
    pub factor: Vec<f64>,
    /// Total degree-modifier magnitude before the unit (0 none, > 0 intensified).
    pub boost: Vec<f64>,
    /// Contrast weight of the unit; empty when the comment has no contrast word.
    pub weight: Vec<f64>,
    /// Valence of the unit after every rule but contrast (0 when none), for
    /// the scorers that attach opinions to what they are about.
    pub valence: Vec<f64>,
}

impl Modifiers {
    fn reset(&mut self, n: usize) {
        self.factor.clear();
        self.factor.resize(n, 1.0);
        self.boost.clear();
        self.boost.resize(n, 0.0);
        self.weight.clear();
        self.valence.clear();
    }

    /// Contrast weight of unit `i`.
    #[inline]
    pub fn weight(&self, i: usize) -> f64 {
        self.weight.get(i).copied().unwrap_or(1.0)
    }
}
