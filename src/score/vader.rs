//! `Profile::Vader`: vaderSentiment 3.3.2's `polarity_scores`, number for number.
//!
//! For users migrating from VADER who need the same four numbers. It keeps
//! VADER's own tokenization (split on whitespace, strip punctuation unless
//! that leaves two characters or fewer) and its quirks, such as the
//! `but` rule re-weighting by the first *equal value* rather than by
//! position, and the operator precedence of its three-words-back negation
//! check. Python string semantics (`str.split`, `str.lower`,
//! `str.isupper`, `round`) are reproduced where they reach the result.

use crate::lexicon::{parse_emoji_descriptions, parse_lexicon, FastMap, RecordKind};
use crate::lexicon::{VADER_EMOJI, VADER_LEXICON, VADER_MODIFIERS};
use crate::Error;
use once_cell::sync::Lazy;
use std::borrow::Cow;
use std::collections::BTreeSet;

const C_INCR: f64 = 0.733;
const N_SCALAR: f64 = -0.74;
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// VADER's data: lexicon, emoji descriptions and rule words.
#[derive(Debug, Clone)]
pub struct VaderData {
    lexicon: FastMap<Box<str>, f64>,
    emojis: FastMap<char, Box<str>>,
    boosters: FastMap<Box<str>, f64>,
    negators: FastMap<Box<str>, ()>,
    special_cases: FastMap<Box<str>, f64>,
}

/// vaderSentiment's four numbers.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct VaderScores {
    /// Proportion negative, rounded to 3 decimals.
    pub neg: f64,
    /// Proportion neutral, rounded to 3 decimals.
    pub neu: f64,
    /// Proportion positive, rounded to 3 decimals.
    pub pos: f64,
    /// Normalized sum, rounded to 4 decimals.
    pub compound: f64,
}

static BUNDLED: Lazy<VaderData> = Lazy::new(|| match VaderData::from_texts(&[]) {
    Ok(data) => data,
    // Bundled files are tested to parse; reaching this is a packaging bug.
    Err(error) => unreachable!("bundled VADER data is malformed: {error}"),
});

impl VaderData {
    /// VADER's bundled data.
    pub fn bundled() -> &'static VaderData {
        &BUNDLED
    }

    /// VADER's data with user lexicons `(name, text)` merged over it.
    pub fn from_texts(user: &[(String, String)]) -> Result<VaderData, Error> {
        let mut data = VaderData {
            lexicon: FastMap::default(),
            emojis: FastMap::default(),
            boosters: FastMap::default(),
            negators: FastMap::default(),
            special_cases: FastMap::default(),
        };
        let bundled = [
            ("data/vader_lexicon.txt", VADER_LEXICON),
            ("data/vader_modifiers.tsv", VADER_MODIFIERS),
        ];
        let user = user.iter().map(|(n, t)| (n.as_str(), t.as_str()));
        for (name, text) in bundled.into_iter().chain(user) {
            for record in parse_lexicon(name, text)? {
                let term: Box<str> = record.term.into();
                match record.kind {
                    RecordKind::Valence(v) => {
                        data.lexicon.insert(term, v);
                    }
                    RecordKind::Booster(b) => {
                        data.boosters.insert(term, b);
                    }
                    RecordKind::Negator => {
                        data.negators.insert(term, ());
                    }
                    RecordKind::Idiom(v) => {
                        data.special_cases.insert(term, v);
                    }
                    RecordKind::Contrast(_)
                    | RecordKind::Cue(_)
                    | RecordKind::Emotions(_)
                    | RecordKind::Class(_)
                    | RecordKind::Signal(_) => {}
                }
            }
        }
        // `chr in self.emojis` only ever matches one-code-point keys.
        for (emoji, description) in
            parse_emoji_descriptions("data/emoji_utf8_lexicon.txt", VADER_EMOJI)?
        {
            let mut chars = emoji.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                data.emojis.insert(c, description.into());
            }
        }
        Ok(data)
    }

    /// `SentimentIntensityAnalyzer().polarity_scores(text)`.
    pub fn polarity_scores(&self, text: &str) -> VaderScores {
        let replaced = self.replace_emojis(text);
        let text = py_strip(&replaced);
        let words: Vec<&str> = text
            .split(py_is_space)
            .filter(|w| !w.is_empty())
            .map(strip_punc_if_word)
            .collect();
        let lower: Vec<Cow<str>> = words.iter().map(|w| py_lower(w)).collect();
        let is_cap_diff = allcap_differential(&words);
        let mut sentiments = Vec::with_capacity(words.len());
        for i in 0..words.len() {
            let item = &*lower[i];
            if self.boosters.contains_key(item)
                || (i + 1 < words.len() && item == "kind" && lower[i + 1] == "of")
            {
                sentiments.push(0.0);
                continue;
            }
            let valence = self.sentiment_valence(&words, &lower, i, is_cap_diff);
            sentiments.push(valence);
        }
        but_check(&lower, &mut sentiments);
        score_valence(&sentiments, text)
    }

    fn replace_emojis<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if text.is_ascii() || !text.chars().any(|c| self.emojis.contains_key(&c)) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut prev_space = true;
        for c in text.chars() {
            if let Some(description) = self.emojis.get(&c) {
                if !prev_space {
                    out.push(' ');
                }
                out.push_str(description);
                prev_space = false;
            } else {
                out.push(c);
                prev_space = c == ' ';
            }
        }
        Cow::Owned(out)
    }

    fn in_lexicon(&self, word: &str) -> bool {
        self.lexicon.contains_key(word)
    }

    fn negated(&self, word: &str) -> bool {
        self.negators.contains_key(word) || word.contains("n't")
    }

    fn sentiment_valence(
        &self,
        words: &[&str],
        lower: &[Cow<str>],
        i: usize,
        is_cap_diff: bool,
    ) -> f64 {
        let item = &*lower[i];
        let Some(&base) = self.lexicon.get(item) else {
            return 0.0;
        };
        let n = words.len();
        let mut valence = base;
        if item == "no" && i != n - 1 && self.in_lexicon(&lower[i + 1]) {
            valence = 0.0;
        }
        if (i > 0 && lower[i - 1] == "no")
            || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && matches!(&*lower[i - 1], "or" | "nor"))
        {
            valence = base * N_SCALAR;
        }
        if py_isupper(words[i]) && is_cap_diff {
            if valence > 0.0 {
                valence += C_INCR;
            } else {
                valence -= C_INCR;
            }
        }
        for start_i in 0..3 {
            if i > start_i && !self.in_lexicon(&lower[i - (start_i + 1)]) {
                let before = i - (start_i + 1);
                let mut s =
                    self.scalar_inc_dec(words[before], &lower[before], valence, is_cap_diff);
                if start_i == 1 && s != 0.0 {
                    s *= 0.95;
                }
                if start_i == 2 && s != 0.0 {
                    s *= 0.9;
                }
                valence += s;
                valence = self.negation_check(valence, lower, start_i, i);
                if start_i == 2 {
                    valence = self.special_idioms_check(valence, lower, i);
                }
            }
        }
        least_check(self, valence, lower, i)
    }

    fn scalar_inc_dec(&self, word: &str, word_lower: &str, valence: f64, is_cap_diff: bool) -> f64 {
        let Some(&booster) = self.boosters.get(word_lower) else {
            return 0.0;
        };
        let mut scalar = booster;
        if valence < 0.0 {
            scalar *= -1.0;
        }
        if py_isupper(word) && is_cap_diff {
            if valence > 0.0 {
                scalar += C_INCR;
            } else {
                scalar -= C_INCR;
            }
        }
        scalar
    }

    fn negation_check(
        &self,
        mut valence: f64,
        lower: &[Cow<str>],
        start_i: usize,
        i: usize,
    ) -> f64 {
        let w = |back: usize| -> &str { &lower[i - back] };
        let so_or_this = |word: &str| word == "so" || word == "this";
        match start_i {
            0 => {
                if self.negated(w(1)) {
                    valence *= N_SCALAR;
                }
            }
            1 => {
                if w(2) == "never" && so_or_this(w(1)) {
                    valence *= 1.25;
                } else if w(2) == "without" && w(1) == "doubt" {
                } else if self.negated(w(2)) {
                    valence *= N_SCALAR;
                }
            }
            _ => {
                // VADER's `A and B or C` binds as `(A and B) or C`.
                if (w(3) == "never" && so_or_this(w(2))) || so_or_this(w(1)) {
                    valence *= 1.25;
                } else if w(3) == "without" && (w(2) == "doubt" || w(1) == "doubt") {
                } else if self.negated(w(3)) {
                    valence *= N_SCALAR;
                }
            }
        }
        valence
    }

    fn special_idioms_check(&self, mut valence: f64, lower: &[Cow<str>], i: usize) -> f64 {
        let mut key = String::new();
        let lookup =
            |key: &mut String, parts: &[&str], table: &FastMap<Box<str>, f64>| -> Option<f64> {
                key.clear();
                for (k, part) in parts.iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                    }
                    key.push_str(part);
                }
                table.get(key.as_str()).copied()
            };
        let (w3, w2, w1, w0) = (&*lower[i - 3], &*lower[i - 2], &*lower[i - 1], &*lower[i]);
        let sequences: [&[&str]; 5] = [
            &[w1, w0],
            &[w2, w1, w0],
            &[w2, w1],
            &[w3, w2, w1],
            &[w3, w2],
        ];
        for seq in sequences {
            if let Some(v) = lookup(&mut key, seq, &self.special_cases) {
                valence = v;
                break;
            }
        }
        if lower.len() - 1 > i {
            if let Some(v) = lookup(&mut key, &[w0, &lower[i + 1]], &self.special_cases) {
                valence = v;
            }
        }
        if lower.len() - 1 > i + 1 {
            if let Some(v) = lookup(
                &mut key,
                &[w0, &lower[i + 1], &lower[i + 2]],
                &self.special_cases,
            ) {
                valence = v;
            }
        }
        let n_grams: [&[&str]; 3] = [&[w3, w2, w1], &[w3, w2], &[w2, w1]];
        for n_gram in n_grams {
            if let Some(b) = lookup(&mut key, n_gram, &self.boosters) {
                valence += b;
            }
        }
        valence
    }
}

fn least_check(data: &VaderData, mut valence: f64, lower: &[Cow<str>], i: usize) -> f64 {
    if i > 1 && !data.in_lexicon(&lower[i - 1]) && lower[i - 1] == "least" {
        if lower[i - 2] != "at" && lower[i - 2] != "very" {
            valence *= N_SCALAR;
        }
    } else if i > 0 && !data.in_lexicon(&lower[i - 1]) && lower[i - 1] == "least" {
        valence *= N_SCALAR;
    }
    valence
}

/// VADER's `_but_check`, including its `list.index(value)` lookup: each
/// value re-weights the *first* position holding an equal value. Zeros
/// stay zero whatever they are multiplied by, so only non-zero values are
/// tracked, each value's positions in an ordered set: no quadratic scan.
fn but_check(lower: &[Cow<str>], sentiments: &mut [f64]) {
    let Some(bi) = lower.iter().position(|w| w == "but") else {
        return;
    };
    let mut positions: FastMap<u64, BTreeSet<usize>> = FastMap::default();
    for (k, &s) in sentiments.iter().enumerate() {
        if s != 0.0 {
            positions.entry(s.to_bits()).or_default().insert(k);
        }
    }
    for k in 0..sentiments.len() {
        let value = sentiments[k];
        if value == 0.0 {
            continue;
        }
        let Some(si) = positions
            .get(&value.to_bits())
            .and_then(|set| set.first().copied())
        else {
            continue;
        };
        let new = match si.cmp(&bi) {
            std::cmp::Ordering::Less => value * 0.5,
            std::cmp::Ordering::Greater => value * 1.5,
            std::cmp::Ordering::Equal => continue,
        };
        if let Some(set) = positions.get_mut(&value.to_bits()) {
            set.remove(&si);
        }
        positions.entry(new.to_bits()).or_default().insert(si);
        sentiments[si] = new;
    }
}

fn score_valence(sentiments: &[f64], text: &str) -> VaderScores {
    if sentiments.is_empty() {
        return VaderScores::default();
    }
    let mut sum_s: f64 = sentiments.iter().sum();
    let ep = text.matches('!').count().min(4) as f64 * 0.292;
    let qm_count = text.matches('?').count();
    let qm = match qm_count {
        0 | 1 => 0.0,
        2 | 3 => qm_count as f64 * 0.18,
        _ => 0.96,
    };
    let punct = ep + qm;
    if sum_s > 0.0 {
        sum_s += punct;
    } else if sum_s < 0.0 {
        sum_s -= punct;
    }
    let compound = (sum_s / (sum_s * sum_s + 15.0).sqrt()).clamp(-1.0, 1.0);
    let mut pos_sum = 0.0;
    let mut neg_sum = 0.0;
    let mut neu_count = 0.0;
    for &s in sentiments {
        if s > 0.0 {
            pos_sum += s + 1.0;
        }
        if s < 0.0 {
            neg_sum += s - 1.0;
        }
        if s == 0.0 {
            neu_count += 1.0;
        }
    }
    if pos_sum > f64::abs(neg_sum) {
        pos_sum += punct;
    } else if pos_sum < f64::abs(neg_sum) {
        neg_sum -= punct;
    }
    let total = pos_sum + neg_sum.abs() + neu_count;
    VaderScores {
        neg: py_round(neg_sum.abs() / total, 3),
        neu: py_round(neu_count / total, 3),
        pos: py_round(pos_sum / total, 3),
        compound: py_round(compound, 4),
    }
}

/// Python's `round(x, digits)`: correctly rounded from the binary value.
fn py_round(x: f64, digits: usize) -> f64 {
    format!("{x:.digits$}").parse().unwrap_or(x)
}

/// Python's `str.isspace` for one character.
fn py_is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn py_strip(text: &str) -> &str {
    text.trim_matches(py_is_space)
}

fn strip_punc_if_word(token: &str) -> &str {
    let stripped = token.trim_matches(|c| PUNCTUATION.contains(c));
    if stripped.chars().count() <= 2 {
        token
    } else {
        stripped
    }
}

fn py_lower(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Python's `str.isupper`: at least one cased character and none lower or title case.
fn py_isupper(word: &str) -> bool {
    let mut cased = false;
    for c in word.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    cased
}

fn is_titlecase(c: char) -> bool {
    matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}' | '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}' | '\u{1fa8}'..='\u{1faf}' | '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

fn allcap_differential(words: &[&str]) -> bool {
    let allcap = words.iter().filter(|w| py_isupper(w)).count();
    let differential = words.len() - allcap;
    0 < differential && differential < words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Outputs of vaderSentiment 3.3.2 for its own README examples.
    #[test]
    fn matches_python_on_readme_examples() {
        let cases: [(&str, [f64; 4]); 8] = [
            ("VADER is smart, handsome, and funny.", [0.0, 0.254, 0.746, 0.8316]),
            ("VADER is VERY SMART, handsome, and FUNNY.", [0.0, 0.246, 0.754, 0.9227]),
            ("VADER is not smart, handsome, nor funny.", [0.646, 0.354, 0.0, -0.7424]),
            ("At least it isn't a horrible book.", [0.0, 0.678, 0.322, 0.431]),
            ("The book was only kind of good.", [0.0, 0.697, 0.303, 0.3832]),
            (
                "The plot was good, but the characters are uncompelling and the dialog is not great.",
                [0.327, 0.579, 0.094, -0.7042],
            ),
            ("Today only kinda sux! But I'll get by, lol", [0.127, 0.556, 0.317, 0.5249]),
            ("Catch utf-8 emoji such as 💘 and 💋 and 😁", [0.0, 0.583, 0.417, 0.875]),
        ];
        let data = VaderData::bundled();
        for (text, [neg, neu, pos, compound]) in cases {
            let s = data.polarity_scores(text);
            assert_eq!(
                (s.neg, s.neu, s.pos, s.compound),
                (neg, neu, pos, compound),
                "{text}"
            );
        }
    }

    #[test]
    fn empty_and_blank() {
        let data = VaderData::bundled();
        assert_eq!(data.polarity_scores(""), VaderScores::default());
        assert_eq!(data.polarity_scores(" \t\u{1c}\n"), VaderScores::default());
    }
}
