//! NRC EmoLex and Emotion Intensity texts, the formats of a user's own NRC
//! files: merging never panics, a failed merge names the source and a line
//! and leaves the lexicon as it was, and a merge adds at most a word a line.
#![no_main]

use cxscore::Lexicon;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    for emolex in [true, false] {
        // An empty lexicon: every merged word is then the input's own.
        let mut lexicon = Lexicon::default();
        let merged = if emolex {
            lexicon.merge_nrc_emolex_str("fuzz", s)
        } else {
            lexicon.merge_nrc_intensity_str("fuzz", s)
        };
        match merged {
            Ok(()) => assert!(lexicon.len() <= s.lines().count()),
            Err(error) => {
                let message = error.to_string();
                assert!(message.starts_with("fuzz:"), "{message}");
                assert!(lexicon.is_empty(), "a failed merge changed the lexicon");
            }
        }
    }
});
