//! Waits, durations and repeats. "Waited 45 minutes for a table." is a
//! complaint, "waiting for the band to start" is not: a wait word scores
//! only with a duration after it (or "still" before it), more negative the
//! longer the wait. Wait words carry the `wait` cue in
//! `data/rule_words.tsv`.
//!
//! [`duration`] and [`times`] read "two hours", "all day", "five times",
//! "twice" from any sequence of words; the customer-experience patterns use
//! them for their `<duration>` and `<times>` slots, to weigh effort and pain.

use crate::lexicon::{cue, Annotated};
use crate::tokenize::TokenKind;

/// Valence of a wait of minutes, hours, and days or longer.
pub const WAIT_VALENCE: [f64; 3] = [-1.2, -1.8, -2.2];
/// Valence of "still waiting".
pub const STILL_WAITING: f64 = -1.5;
/// How many units after the wait word the duration may start.
pub const SCOPE: usize = 5;

/// Minutes in an hour, a day of waiting ("all day": a working day), a week, a month.
const HOUR: f64 = 60.0;
const DAY: f64 = 8.0 * HOUR;
const WEEK: f64 = 7.0 * DAY;
const MONTH: f64 = 30.0 * DAY;

/// One word of a sequence: its lookup form and kind.
pub type WordAt<'w> = (&'w str, TokenKind);

/// A duration in minutes or a count of repeats, and how many words said it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    /// Minutes ([`duration`]) or repeats ([`times`]).
    pub amount: f64,
    /// Words it took.
    pub len: usize,
}

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
    let word = |k: usize| {
        (k < end && a.units[k].sentence == sentence).then(|| (a.word(k), a.units[k].kind))
    };
    let after = (i + 1..end).find_map(|k| duration(word, k));
    // "a 45 minute wait", "a two-hour hold": the duration right before the noun.
    let before = || {
        let start = i.saturating_sub(2);
        let word = |k: usize| {
            (k >= start && k < i && a.units[k].sentence == sentence)
                .then(|| (a.word(k), a.units[k].kind))
        };
        (start..i).find_map(|k| duration(word, k).filter(|q| k + q.len == i))
    };
    after.or_else(before).map(|q| WAIT_VALENCE[level(q.amount)])
}

/// 0 minutes, 1 hours, 2 days or longer.
pub fn level(minutes: f64) -> usize {
    if minutes < HOUR {
        0
    } else if minutes < DAY.min(24.0 * HOUR) {
        1
    } else {
        2
    }
}

/// The duration starting at word `at` of a sequence (`word(k)` is `None`
/// past its end): "45 minutes", "an hour", "a couple of days", "2hrs",
/// "all day", "hours", "forever".
pub fn duration<'w>(word: impl Fn(usize) -> Option<WordAt<'w>>, at: usize) -> Option<Quantity> {
    let (first, kind) = word(at)?;
    if let Some(unit) = fused_unit(first) {
        let digits = first.bytes().take_while(u8::is_ascii_digit).count();
        let n: f64 = first[..digits].parse().ok()?;
        return Some(Quantity {
            amount: n * unit,
            len: 1,
        });
    }
    match first {
        "forever" | "ages" | "eternity" => {
            return Some(Quantity {
                amount: WEEK,
                len: 1,
            })
        }
        "all" | "whole" | "entire" => {
            let (next, _) = word(at + 1)?;
            let amount = match next {
                "day" | "morning" | "afternoon" | "evening" | "night" => DAY,
                "week" => WEEK,
                _ => return None,
            };
            return Some(Quantity { amount, len: 2 });
        }
        _ => {}
    }
    // A bare plural is an indefinite span: "waited hours", "took weeks".
    if let Some(unit) = unit_minutes(first).filter(|_| first.ends_with('s')) {
        return Some(Quantity {
            amount: 3.0 * unit,
            len: 1,
        });
    }
    let (count, used) = count(&word, at, first, kind)?;
    let (next, _) = word(at + used)?;
    let unit = unit_minutes(next)?;
    Some(Quantity {
        amount: count * unit,
        len: used + 1,
    })
}

/// The repeat starting at word `at`: "five times", "3 times", "twice",
/// "several times", "again and again", "over and over".
pub fn times<'w>(word: impl Fn(usize) -> Option<WordAt<'w>>, at: usize) -> Option<Quantity> {
    let (first, kind) = word(at)?;
    let single = |amount| Some(Quantity { amount, len: 1 });
    match first {
        "twice" => return single(2.0),
        "thrice" => return single(3.0),
        "again" | "over" => {
            let and = word(at + 1).is_some_and(|(w, _)| w == "and");
            let same = word(at + 2).is_some_and(|(w, _)| w == first);
            return (and && same).then_some(Quantity {
                amount: 4.0,
                len: 3,
            });
        }
        _ => {}
    }
    let (count, used) = count(&word, at, first, kind)?;
    matches!(word(at + used), Some(("times", _))).then_some(Quantity {
        amount: count,
        len: used + 1,
    })
}

/// A count at word `at` (`first` and `kind` are that word) and the words
/// it took: "3", "five", "a", "a couple of", "several".
pub fn count<'w>(
    word: &impl Fn(usize) -> Option<WordAt<'w>>,
    at: usize,
    first: &str,
    kind: TokenKind,
) -> Option<(f64, usize)> {
    if kind == TokenKind::Number {
        let n: f64 = first.replace(',', "").parse().ok()?;
        return n.is_finite().then_some((n, 1));
    }
    let n = match first {
        "a" | "an" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "ninety" => 90.0,
        "few" | "multiple" => 3.0,
        "several" | "numerous" => 4.0,
        "many" => 5.0,
        "countless" | "dozens" => 12.0,
        "couple" => 2.0,
        _ => return None,
    };
    // "a couple of", "a few", "a dozen".
    let (after, mut used) = match (first, word(at + 1)) {
        ("a" | "an", Some(("couple" | "few" | "dozen" | "half", _))) => (at + 2, 2),
        _ => (at + 1, 1),
    };
    let n = match word(at + 1) {
        Some(("couple", _)) if used == 2 => 2.0,
        Some(("few", _)) if used == 2 => 3.0,
        Some(("dozen", _)) if used == 2 => 12.0,
        Some(("half", _)) if used == 2 => 0.5,
        _ => n,
    };
    if matches!(word(after), Some(("of", _))) && matches!(first, "couple" | "a" | "dozens") {
        used += 1;
    }
    Some((n, used))
}

/// Minutes in one of a time unit.
fn unit_minutes(word: &str) -> Option<f64> {
    Some(match word {
        "sec" | "secs" | "second" | "seconds" => 1.0 / 60.0,
        "min" | "mins" | "minute" | "minutes" => 1.0,
        "hr" | "hrs" | "hour" | "hours" => HOUR,
        "day" | "days" => DAY,
        "week" | "weeks" => WEEK,
        "month" | "months" => MONTH,
        _ => return None,
    })
}

/// "45min", "2hrs": the unit's minutes.
fn fused_unit(word: &str) -> Option<f64> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits == word.len() {
        return None;
    }
    unit_minutes(&word[digits..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    /// The duration (or with `repeat`, the repeat) at the start of `text`.
    fn read(text: &str, repeat: bool) -> Option<(f64, usize)> {
        let tokens = tokenize(text);
        let lower: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
        let word = |k: usize| tokens.get(k).map(|t| (lower[k].as_str(), t.kind));
        let q = if repeat {
            times(word, 0)
        } else {
            duration(word, 0)
        };
        q.map(|q| (q.amount, q.len))
    }

    #[test]
    fn durations() {
        let d = |text| read(text, false);
        assert_eq!(d("45 minutes"), Some((45.0, 2)));
        assert_eq!(d("two hours"), Some((120.0, 2)));
        assert_eq!(d("an hour"), Some((60.0, 2)));
        assert_eq!(d("a couple of days"), Some((2.0 * DAY, 4)));
        assert_eq!(d("3 weeks"), Some((3.0 * WEEK, 2)));
        assert_eq!(d("all day"), Some((DAY, 2)));
        assert_eq!(d("2hrs"), Some((120.0, 1)));
        assert_eq!(d("hours"), Some((180.0, 1)));
        assert_eq!(d("a table"), None);
        assert_eq!(d("two people"), None);
        assert_eq!(level(45.0), 0);
        assert_eq!(level(120.0), 1);
        assert_eq!(level(3.0 * WEEK), 2);
    }

    #[test]
    fn repeats() {
        let t = |text| read(text, true);
        assert_eq!(t("five times"), Some((5.0, 2)));
        assert_eq!(t("3 times"), Some((3.0, 2)));
        assert_eq!(t("twice"), Some((2.0, 1)));
        assert_eq!(t("several times"), Some((4.0, 2)));
        assert_eq!(t("again and again"), Some((4.0, 3)));
        assert_eq!(t("five stars"), None);
        assert_eq!(t("again"), None);
    }
}
