//! Lexicon texts: parsing and merging never panic, and a text that fails
//! to parse fails to merge too, leaving the lexicon as it was.
#![no_main]

use cxscore::lexicon::parse_lexicon;
use cxscore::Lexicon;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let parsed = parse_lexicon("fuzz", s);
    let mut lexicon = Lexicon::bundled().clone();
    let before = lexicon.len();
    let merged = lexicon.merge_str("fuzz", s);
    match (&parsed, &merged) {
        (Ok(records), Ok(())) => {
            assert!(records.len() <= s.lines().count());
        }
        (Err(parse_error), Err(merge_error)) => {
            assert_eq!(parse_error.to_string(), merge_error.to_string());
            assert!(
                parse_error.to_string().starts_with("fuzz:"),
                "{parse_error}"
            );
            assert_eq!(lexicon.len(), before, "a failed merge changed the lexicon");
        }
        (Ok(_), Err(e)) => panic!("parse succeeded but merge failed: {e}"),
        (Err(e), Ok(())) => panic!("parse failed ({e}) but merge succeeded"),
    }
});
