//! `parse_emoji_descriptions` must never panic, whatever the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    if let Ok(pairs) = cxscore::lexicon::parse_emoji_descriptions("fuzz", s) {
        // One pair per non-blank line at most.
        assert!(pairs.len() <= s.lines().count());
    }
});
