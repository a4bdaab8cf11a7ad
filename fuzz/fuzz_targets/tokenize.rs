//! Any bytes; valid UTF-8 is tokenized and every token must be the slice
//! its span names, in increasing, non-overlapping order.
#![no_main]

use cxscore::tokenize::{tokenize, tokenize_into};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let tokens = tokenize(s);
    let mut previous_end = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        assert!(!t.text.is_empty(), "token {i} is empty: {t:?}");
        assert!(
            t.start >= previous_end,
            "token {i} {t:?} starts at {} before the previous token's end {previous_end}",
            t.start
        );
        assert!(
            t.end() <= s.len(),
            "token {i} {t:?} ends past the input ({})",
            s.len()
        );
        assert_eq!(
            Some(t.text),
            s.get(t.start..t.end()),
            "token {i} {t:?} is not the slice its span names"
        );
        // The text must borrow the input at that very place, not just equal it.
        assert_eq!(t.text.as_ptr() as usize, s.as_ptr() as usize + t.start);
        previous_end = t.end();
    }
    // Sentence and clause ordinals never go backwards.
    for w in tokens.windows(2) {
        assert!(
            w[0].sentence <= w[1].sentence,
            "sentence ordinals go back: {w:?}"
        );
        assert!(w[0].clause <= w[1].clause, "clause ordinals go back: {w:?}");
    }
    // The reusing entry point gives the same tokens.
    let mut reused = vec![];
    tokenize_into(s, &mut reused);
    assert_eq!(reused, tokens);
});
