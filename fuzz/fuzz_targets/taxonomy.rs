//! Taxonomy texts: loading never panics, a failed load names the source
//! and a line, and a loaded taxonomy compiles into a lexicon that scores.
#![no_main]

use cxscore::{Analyzer, Taxonomy};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    match Taxonomy::bundled().clone().extend_str("fuzz", s) {
        Ok(taxonomy) => {
            assert!(taxonomy.names().len() <= cxscore::lexicon::MAX_TOUCHPOINTS);
            let analyzer = Analyzer::builder().taxonomy(taxonomy).build().unwrap();
            let analysis = analyzer.analyze(s);
            assert!((0.0..=1.0).contains(&analysis.relevance.score));
        }
        Err(error) => assert!(error.to_string().starts_with("fuzz:"), "{error}"),
    }
});
