//! Token patterns of the customer-experience signals (moments, recovery,
//! attributes, loyalty, effort, praise), compiled once at load.
//!
//! A pattern is a lexicon line `pattern<TAB>signal<TAB>name`, e.g.
//! `would (not|never) recommend<TAB>signal<TAB>recommend-`. Its elements,
//! separated by spaces, each match whole words (lookup forms):
//!
//! | element | matches |
//! |---|---|
//! | `word` | that word |
//! | `(a\|b\|c)` | one of the words |
//! | `<role>` `<title>` `<relative>` `<vulnerable>` `<fee>` `<name>` | a word of that class (`word<TAB>class<TAB>role`); `<name>` also a capitalized word inside a sentence |
//! | `<number>` | a number or a count word ("3", "three", "a couple of") |
//! | `(a b\|c)` | one of the word sequences |
//! | `<duration>` | a duration: "45 minutes", "two hours", "an hour", "3 weeks", "all day", "hours", "forever" |
//! | `<minutes>` | a duration under an hour |
//! | `<times>` | a repeat: "five times", "twice", "several times", "again and again" |
//! | `...` | a gap of up to four words |
//!
//! A `?` after an element makes it optional: `will (definitely)? be back`.
//! A `^` before a required word or group marks it as the anchor (below).
//! A match stays within one sentence. The pattern is tried only where its
//! *anchor* occurs: the required plain-word element with the fewest words
//! that holds no common function word ("recommend" in `would not
//! recommend`), or the one marked with `^`, so the anchor words carry the
//! `signal` cue and a comment without any costs nothing. Negation, modality
//! and requests around a match are judged by
//! [`rules::modality`](crate::rules::modality), not by the pattern.

use crate::analysis::{MomentKind, RecoveryKind};
use crate::tokenize::normalize_word;

/// Most elements in a pattern.
pub const MAX_ELEMENTS: usize = 12;
/// Most words a `...` gap spans.
pub const MAX_GAP: usize = 4;

/// Words never chosen as a pattern's anchor: too common to be worth a cue.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "up",
    "out",
    "my",
    "our",
    "your",
    "me",
    "us",
    "i",
    "we",
    "you",
    "it",
    "they",
    "he",
    "she",
    "them",
    "him",
    "her",
    "their",
    "his",
    "be",
    "is",
    "was",
    "were",
    "been",
    "am",
    "are",
    "and",
    "or",
    "not",
    "no",
    "so",
    "very",
    "even",
    "just",
    "only",
    "that",
    "this",
    "have",
    "had",
    "has",
    "will",
    "would",
    "do",
    "did",
    "get",
    "got",
    "all",
    "every",
    "again",
    "'ll",
    "i'll",
    "we'll",
    "it's",
    "don't",
    "didn't",
    "never",
    "can't",
    "won't",
    "wouldn't",
    "couldn't",
    "can",
    "could",
    "as",
    "if",
    "make",
    "made",
    "take",
    "took",
    "give",
    "gave",
    "go",
    "went",
    "going",
    "come",
    "came",
    "said",
    "told",
    "kept",
    "let",
    "put",
    "one",
    "any",
    "some",
    "more",
    "way",
    "time",
    "back",
    "really",
    "definitely",
    "well",
    "too",
    "like",
    "there",
    "here",
    "still",
    "see",
    "know",
    "new",
    "first",
    "last",
    "after",
    "off",
    "through",
    "being",
    "right",
    "say",
    "feel",
    "use",
    "own",
    "day",
    "long",
    "full",
    "end",
    "next",
    "by",
    "man",
    "great",
    "best",
    "bad",
    "nothing",
    "hard",
    "while",
    "instead",
    "phone",
    "another",
    "done",
];

/// A service attribute (spec section 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttributeKind {
    /// "remembered my order" / "ignored us".
    Attentive,
    /// "helped me find" / "useless".
    Helpful,
    /// "knew my name" / "felt like a number".
    Personal,
    /// "made sure we were warm" / "inconsiderate".
    Considerate,
    /// "a delight" / "joyless".
    Delightful,
    /// "thanked us for coming" / "took us for granted".
    Appreciative,
}

impl AttributeKind {
    /// Every attribute, in report order.
    pub const ALL: [AttributeKind; 6] = [
        AttributeKind::Attentive,
        AttributeKind::Helpful,
        AttributeKind::Personal,
        AttributeKind::Considerate,
        AttributeKind::Delightful,
        AttributeKind::Appreciative,
    ];

    /// The serialized name.
    pub fn as_str(self) -> &'static str {
        match self {
            AttributeKind::Attentive => "attentive",
            AttributeKind::Helpful => "helpful",
            AttributeKind::Personal => "personal",
            AttributeKind::Considerate => "considerate",
            AttributeKind::Delightful => "delightful",
            AttributeKind::Appreciative => "appreciative",
        }
    }
}

/// A kind of loyalty intent (spec section 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IntentKind {
    /// Coming back.
    Return,
    /// Recommending to others.
    Recommend,
    /// Buying again.
    Repurchase,
    /// Leaving for good.
    Churn,
}

impl IntentKind {
    /// Every intent kind, in report order.
    pub const ALL: [IntentKind; 4] = [
        IntentKind::Return,
        IntentKind::Recommend,
        IntentKind::Repurchase,
        IntentKind::Churn,
    ];

    /// The serialized name.
    pub fn as_str(self) -> &'static str {
        match self {
            IntentKind::Return => "return",
            IntentKind::Recommend => "recommend",
            IntentKind::Repurchase => "repurchase",
            IntentKind::Churn => "churn",
        }
    }
}

/// What a pattern's match means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Signal {
    /// A moment that matters (never `Recovery`: that one is made of [`Signal::Recovery`] parts).
    Moment(MomentKind),
    /// A part of a service recovery.
    Recovery(RecoveryKind),
    /// A service attribute present (+1) or violated (-1).
    Attribute(AttributeKind, i8),
    /// A loyalty intent with its polarity.
    Intent(IntentKind, i8),
    /// Customer effort: +1 high ("had to call three times"), -1 low ("so easy").
    Effort(i8),
    /// Praise addressed to a person ("thanks to", "kudos to", "deserves a raise").
    Praise,
    /// A free extra ("upgraded us", "on the house"): a remedy when the
    /// comment tells of a failure or a recovery, else a surprise.
    Gesture,
    /// None of the signals: a phrase that only looks like one ("easy to
    /// see why", "sorry to say"); it beats the shorter matches it overlaps.
    Nothing,
}

impl Signal {
    /// Parse a signal name as written in a lexicon file: `surprise`,
    /// `going_the_distance`, `miracle`, `selfless`, `pain`, `apology`,
    /// `ownership`, `acknowledgment`, `remedy`, an attribute or intent with
    /// its polarity (`attentive+`, `recommend-`, `churn+`), `effort+`
    /// (high), `effort-` (low), `praise`, `gesture` (a free extra: remedy
    /// after a failure, else surprise), `none` (a look-alike that is none).
    pub fn parse(name: &str) -> Option<Signal> {
        let moment = |k| Some(Signal::Moment(k));
        let recovery = |k| Some(Signal::Recovery(k));
        match name {
            "surprise" => return moment(MomentKind::Surprise),
            "going_the_distance" => return moment(MomentKind::GoingTheDistance),
            "miracle" => return moment(MomentKind::Miracle),
            "selfless" => return moment(MomentKind::Selfless),
            "pain" => return moment(MomentKind::Pain),
            "apology" => return recovery(RecoveryKind::Apology),
            "ownership" => return recovery(RecoveryKind::Ownership),
            "acknowledgment" => return recovery(RecoveryKind::Acknowledgment),
            "remedy" => return recovery(RecoveryKind::Remedy),
            "praise" => return Some(Signal::Praise),
            "gesture" => return Some(Signal::Gesture),
            "none" => return Some(Signal::Nothing),
            _ => {}
        }
        let (base, polarity) = match name.as_bytes().last()? {
            b'+' => (&name[..name.len() - 1], 1),
            b'-' => (&name[..name.len() - 1], -1),
            _ => return None,
        };
        if base == "effort" {
            return Some(Signal::Effort(polarity));
        }
        if let Some(&k) = AttributeKind::ALL.iter().find(|k| k.as_str() == base) {
            return Some(Signal::Attribute(k, polarity));
        }
        IntentKind::ALL
            .iter()
            .find(|k| k.as_str() == base)
            .map(|&k| Signal::Intent(k, polarity))
    }
}

/// Word classes a pattern slot can name (`word<TAB>class<TAB>role`), as bits of
/// [`Entry::class`](super::Entry::class).
pub mod class {
    /// A staff role ("waiter", "manager", "driver").
    pub const ROLE: u8 = 1;
    /// A title before a name ("dr", "mr", "ms").
    pub const TITLE: u8 = 2;
    /// A family member ("father", "grandma", "son").
    pub const RELATIVE: u8 = 4;
    /// A word that makes a person vulnerable ("elderly", "disabled", "pregnant").
    pub const VULNERABLE: u8 = 8;
    /// A fee or charge ("fee", "surcharge", "penalty").
    pub const FEE: u8 = 16;
    /// A first name ("maria", "tom"), known even at the start of a sentence.
    pub const NAME: u8 = 32;

    const NAMES: [(&str, u8); 6] = [
        ("role", ROLE),
        ("title", TITLE),
        ("relative", RELATIVE),
        ("vulnerable", VULNERABLE),
        ("fee", FEE),
        ("name", NAME),
    ];

    /// The bit of a class name.
    pub fn by_name(name: &str) -> Option<u8> {
        NAMES.iter().find(|(n, _)| *n == name).map(|&(_, bit)| bit)
    }
}

/// What one pattern element matches.
#[derive(Debug, Clone, PartialEq)]
pub enum Matcher {
    /// One of these words (lookup forms).
    Words(Vec<Box<str>>),
    /// One of these word sequences: `(thank you|thanks)`.
    Phrases(Vec<Vec<Box<str>>>),
    /// A word of these [`class`] bits; for [`class::NAME`] also a capitalized word inside a sentence.
    Class(u8),
    /// A number or count word.
    Number,
    /// A duration ("two hours").
    Duration,
    /// A duration under an hour ("two minutes").
    Minutes,
    /// A repeat ("three times").
    Times,
    /// Up to [`MAX_GAP`] words.
    Gap,
}

/// A word's bit in a 64-bit signature of a text's words, cheap enough to
/// take for every word.
#[inline]
pub(crate) fn signature_bit(word: &str) -> u64 {
    key_signature_bit(super::phrase_key(word), || word)
}

/// [`signature_bit`] of a word from its phrase key, which holds the bytes
/// of any word of up to 15 bytes; `word` gives the longer ones.
#[inline]
pub(crate) fn key_signature_bit<'w>(key: u128, word: impl FnOnce() -> &'w str) -> u64 {
    let mixed = if key == super::LONG_WORD {
        // Every word has a bit, the empty one too: a slot test lets all through.
        let b = word().as_bytes();
        b.first().zip(b.last()).map_or(0, |(&first, &last)| {
            u64::from(first)
                | u64::from(last) << 8
                | u64::from(b[b.len() / 2]) << 16
                | (b.len() as u64) << 24
        })
    } else {
        key as u64 ^ (key >> 64) as u64
    };
    1u64 << (mixed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58)
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// What it matches.
    pub matcher: Matcher,
    /// Whether it may be absent.
    pub optional: bool,
    /// For [`Matcher::Words`], the words as phrase keys: matching compares
    /// integers (a long word's key is a marker, compared as a string).
    pub(crate) keys: Box<[u128]>,
    /// The [`signature_bit`]s of the (first) words it matches, all set for
    /// a slot: a word with none of them is rejected before `keys` is read.
    pub(crate) signature: u64,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    /// What a match means.
    pub signal: Signal,
    /// The elements, in order.
    pub elements: Vec<Element>,
    /// Index of the anchor element.
    pub anchor: usize,
    /// Whether the pattern states a negation itself ("would not recommend"):
    /// then a negator inside the match does not flip it.
    pub negated: bool,
    /// Most words the elements before the anchor can span.
    pub(crate) widest_before: usize,
    /// Whether a count or duration comes before the anchor with no gap:
    /// then it is read whole ("50 minutes late", not "minutes late").
    pub(crate) quantity_before: bool,
}

impl Pattern {
    /// Signature bits (see [`signature_bit`]) of the words of one required
    /// element besides the anchor, the one with the fewest words: a text whose
    /// signature has none of them cannot match. 0 when there is no such element.
    pub(crate) fn needs(&self) -> u64 {
        self.elements
            .iter()
            .enumerate()
            .filter_map(|(k, e)| match &e.matcher {
                Matcher::Words(words) if k != self.anchor && !e.optional => Some(words),
                _ => None,
            })
            .min_by_key(|words| words.len())
            .map_or(0, |words| {
                words
                    .iter()
                    .fold(0, |mask, word| mask | signature_bit(word))
            })
    }
}

const NEGATORS: &[&str] = &[
    "not", "never", "no", "nobody", "nothing", "without", "none", "nor", "neither", "cannot",
];

/// Whether `word` (a lookup form) negates: "not", "never", "didn't", ...
pub fn is_negation_word(word: &str) -> bool {
    NEGATORS.contains(&word) || word.ends_with("n't") || is_nt(word)
}

/// Apostrophe-less contractions: "didnt", "wont", "cant".
fn is_nt(word: &str) -> bool {
    matches!(
        word,
        "didnt"
            | "dont"
            | "doesnt"
            | "wont"
            | "cant"
            | "couldnt"
            | "wouldnt"
            | "wasnt"
            | "werent"
            | "isnt"
            | "havent"
            | "hasnt"
            | "hadnt"
            | "shouldnt"
            | "arent"
    )
}

/// Split a pattern into its elements: at spaces, except inside a group.
fn split_elements(term: &str) -> Result<Vec<&str>, String> {
    let mut elements = Vec::new();
    let (mut depth, mut start) = (0usize, None);
    for (i, c) in term.char_indices() {
        match c {
            '(' if depth == 0 => {
                depth = 1;
                start.get_or_insert(i);
            }
            '(' => return Err("groups do not nest".into()),
            ')' if depth == 1 => depth = 0,
            ')' => return Err("unopened group".into()),
            c if c.is_whitespace() && depth == 0 => {
                if let Some(s) = start.take() {
                    elements.push(&term[s..i]);
                }
            }
            _ => {
                start.get_or_insert(i);
            }
        }
    }
    if depth != 0 {
        return Err(format!("unclosed group in {term:?}"));
    }
    if let Some(s) = start {
        elements.push(&term[s..]);
    }
    Ok(elements)
}

/// Compile the pattern text `term` for `signal`; the error says what is wrong.
pub fn compile(term: &str, signal: Signal) -> Result<Pattern, String> {
    let mut elements = Vec::new();
    let mut buffer = String::new();
    let mut marked = None;
    for raw in split_elements(term)? {
        let raw = match raw.strip_prefix('^') {
            Some(rest) => {
                if marked.replace(elements.len()).is_some() {
                    return Err("more than one ^ anchor".into());
                }
                rest
            }
            None => raw,
        };
        let (body, optional) = match raw.strip_suffix('?') {
            Some(body) if !body.is_empty() => (body, true),
            _ => (raw, false),
        };
        let matcher = if body == "..." {
            Matcher::Gap
        } else if let Some(name) = body.strip_prefix('<').and_then(|b| b.strip_suffix('>')) {
            match name {
                "number" => Matcher::Number,
                "duration" => Matcher::Duration,
                "minutes" => Matcher::Minutes,
                "times" => Matcher::Times,
                _ => Matcher::Class(
                    class::by_name(name).ok_or_else(|| format!("unknown slot <{name}>"))?,
                ),
            }
        } else {
            let inner = match body.strip_prefix('(') {
                Some(rest) => rest
                    .strip_suffix(')')
                    .ok_or_else(|| format!("unclosed group {body:?}"))?,
                None => body,
            };
            let mut alternatives: Vec<Vec<Box<str>>> = Vec::new();
            for alternative in inner.split('|') {
                let mut words = Vec::new();
                for word in alternative.split_whitespace() {
                    if word.contains(['(', ')', '<', '>', '|', '?']) {
                        return Err(format!("bad word {word:?} in {body:?}"));
                    }
                    normalize_word(word, &mut buffer);
                    words.push(buffer.as_str().into());
                }
                if words.is_empty() {
                    return Err(format!("empty alternative in {body:?}"));
                }
                alternatives.push(words);
            }
            if alternatives.iter().all(|a| a.len() == 1) {
                Matcher::Words(alternatives.into_iter().flatten().collect())
            } else {
                Matcher::Phrases(alternatives)
            }
        };
        let keys = match &matcher {
            Matcher::Words(words) => words.iter().map(|w| super::phrase_key(w)).collect(),
            _ => Box::default(),
        };
        let signature = match &matcher {
            Matcher::Words(words) => words.iter().fold(0, |s, w| s | signature_bit(w)),
            Matcher::Phrases(phrases) => phrases
                .iter()
                .fold(0, |s, words| s | signature_bit(&words[0])),
            _ => u64::MAX,
        };
        elements.push(Element {
            matcher,
            optional,
            keys,
            signature,
        });
    }
    if elements.is_empty() {
        return Err("empty pattern".into());
    }
    if elements.len() > MAX_ELEMENTS {
        return Err(format!("more than {MAX_ELEMENTS} elements"));
    }
    let plain = |e: &Element| !e.optional && matches!(e.matcher, Matcher::Words(_));
    let content = |e: &Element| match &e.matcher {
        Matcher::Words(words) => words.iter().all(|w| !FUNCTION_WORDS.contains(&&**w)),
        _ => false,
    };
    if let Some(k) = marked {
        if !plain(&elements[k]) {
            return Err("the ^ anchor must be a required word or group of single words".into());
        }
    }
    // The most specific required content word: the group with the fewest words.
    let anchor = marked
        .or_else(|| {
            elements
                .iter()
                .enumerate()
                .filter(|(_, e)| plain(e) && content(e))
                .min_by_key(|(k, e)| match &e.matcher {
                    Matcher::Words(words) => (words.len(), *k),
                    _ => (usize::MAX, *k),
                })
                .map(|(k, _)| k)
        })
        .ok_or(
            "no required word that is not a common function word to anchor on: mark one with ^",
        )?;
    let negated = elements.iter().any(|e| match &e.matcher {
        Matcher::Words(words) => words.iter().any(|w| is_negation_word(w)),
        Matcher::Phrases(list) => list.iter().flatten().any(|w| is_negation_word(w)),
        _ => false,
    });
    let before = &elements[..anchor];
    let widest_before = before.iter().map(|e| max_width(&e.matcher)).sum();
    let quantity_before = before.iter().any(|e| {
        matches!(
            e.matcher,
            Matcher::Number | Matcher::Times | Matcher::Duration | Matcher::Minutes
        )
    }) && !before.iter().any(|e| matches!(e.matcher, Matcher::Gap));
    Ok(Pattern {
        signal,
        elements,
        anchor,
        negated,
        widest_before,
        quantity_before,
    })
}

/// Most words `matcher` can span.
fn max_width(matcher: &Matcher) -> usize {
    match matcher {
        Matcher::Words(_) | Matcher::Class(_) => 1,
        Matcher::Phrases(list) => list.iter().map(Vec::len).max().unwrap_or(0),
        Matcher::Number | Matcher::Times => 3,
        Matcher::Duration | Matcher::Minutes => 4,
        Matcher::Gap => MAX_GAP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_and_anchors() {
        let p = compile(
            "will (definitely|surely)? be ^back",
            Signal::Intent(IntentKind::Return, 1),
        )
        .unwrap();
        assert_eq!(p.elements.len(), 4);
        assert_eq!(p.anchor, 3);
        assert!(p.elements[1].optional && !p.negated);
        assert!(compile("will be back", Signal::Praise).is_err());
        let p = compile("(pleasant|nice) surprise", Signal::Praise).unwrap();
        assert_eq!(p.anchor, 1);
        let p = compile("had to call <times>", Signal::Effort(1)).unwrap();
        assert_eq!((p.anchor, &p.elements[3].matcher), (2, &Matcher::Times));
        let p = compile(
            "would (not|never) recommend",
            Signal::parse("recommend-").unwrap(),
        )
        .unwrap();
        assert!(p.negated && p.signal == Signal::Intent(IntentKind::Recommend, -1));
        for (bad, problem) in [
            ("", "empty"),
            ("the <nope>", "unknown slot"),
            ("(a|b", "unclosed"),
            ("((a|b)) c", "nest"),
            ("a) b", "unopened"),
            ("the?", "anchor"),
            ("to the", "mark one with ^"),
            ("(a||b) x", "empty alternative"),
            ("(a|b?) x", "bad word"),
            ("^a ^b", "more than one"),
            ("^(a b|c) d", "^ anchor"),
        ] {
            let error = compile(bad, Signal::Praise).unwrap_err();
            assert!(error.contains(problem), "{bad:?}: {error}");
        }
        assert_eq!(Signal::parse("effort-"), Some(Signal::Effort(-1)));
        let p = compile("(on|put on) hold <minutes>?", Signal::Effort(1)).unwrap();
        assert_eq!(p.anchor, 1);
        assert!(matches!(&p.elements[0].matcher, Matcher::Phrases(a) if a[1].len() == 2));
        assert_eq!(Signal::parse("kindness+"), None);
    }
}
