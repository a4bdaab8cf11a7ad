//! Waits: "Waited 45 minutes for a table." is a complaint, "waiting for the
//! band to start" is not. A wait word scores only with a duration after it
//! (or "still" before it), more negative the longer the wait. Wait words
//! carry the `wait` cue in `data/rule_words.tsv`.

use crate::lexicon::{cue, Annotated};
use crate::tokenize::TokenKind;

/// Valence of a wait of minutes, hours, and days or longer.
pub const WAIT_VALENCE: [f64; 3] = [-1.2, -1.8, -2.2];
/// Valence of "still waiting".
pub const STILL_WAITING: f64 = -1.5;
/// How many units after the wait word the duration may start.
pub const SCOPE: usize = 5;

const COUNT_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "couple", "few", "several",
    "many",
];

/// Valence of unit `i` if it is a wait word with a duration.
pub fn valence(a: &Annotated, i: usize) -> Option<f64> {
    if a.cues & cue::WAIT == 0 || a.units[i].entry.cues & cue::WAIT == 0 {
        return None;
    }
    if i > 0 && a.word(i - 1) == "still" {
        return Some(STILL_WAITING);
    }
    let sentence = a.units[i].sentence;
    let end = (i + 1 + SCOPE).min(a.units.len());
    let mut counted = false;
    for k in i + 1..end {
        if a.units[k].sentence != sentence {
            break;
        }
        let word = a.word(k);
        if let Some(level) = unit_level(word) {
            if counted {
                return Some(WAIT_VALENCE[level]);
            }
        }
        if let Some(level) = fused_duration(word) {
            return Some(WAIT_VALENCE[level]);
        }
        match word {
            "forever" | "ages" | "eternity" => return Some(WAIT_VALENCE[2]),
            _ => {}
        }
        // A count must stand right before its unit: "over two hours", "for 45 minutes".
        counted = a.units[k].kind == TokenKind::Number || COUNT_WORDS.contains(&word);
    }
    None
}

/// 0 minutes, 1 hours, 2 days or longer.
fn unit_level(word: &str) -> Option<usize> {
    match word {
        "min" | "mins" | "minute" | "minutes" => Some(0),
        "hr" | "hrs" | "hour" | "hours" => Some(1),
        "day" | "days" | "week" | "weeks" | "month" | "months" => Some(2),
        _ => None,
    }
}

/// "45min", "2hrs".
fn fused_duration(word: &str) -> Option<usize> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits == word.len() {
        return None;
    }
    unit_level(&word[digits..])
}
