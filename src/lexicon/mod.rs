//! Stage 2: everything known about a word, in one lookup.
//!
//! A [`Lexicon`] maps the lookup form of a token (see
//! [`normalize_word`]) to an [`Entry`]:
//! valence, degree modifier, negation, contrast, and whether a phrase
//! starts with it. Phrases ("above and beyond", "no complaints") live in a
//! token trie keyed by their first word. The bundled lexicon is compiled
//! once from the files in `data/`; a user's file goes through the same
//! parser ([`parse_lexicon`]) and merges over it.
//!
//! ```
//! use cxscore::Lexicon;
//!
//! let mut lexicon = Lexicon::bundled().clone();
//! lexicon.merge_str("mine", "meh\t-0.8\nslay\t2.5\n").unwrap();
//! assert_eq!(lexicon.lookup("slay").and_then(|e| e.valence), Some(2.5));
//! assert!(lexicon.merge_str("bad", "oops").is_err());
//! ```

mod annotate;
mod inflect;
mod nrc;
mod parse;
mod pattern;
mod table;
mod taxonomy;

pub use annotate::{Annotated, Unit};
pub use nrc::EMOLEX_INTENSITY;
pub use taxonomy::{Taxonomy, DOMAINS, MAX_TOUCHPOINTS};

pub use parse::{
    parse_emoji_descriptions, parse_lexicon, Affect, Record, RecordKind, EMOTION_NAMES,
};
pub(crate) use pattern::key_signature_bit;
pub use pattern::{
    class, is_negation_word, AttributeKind, Element, IntentKind, Matcher, Pattern, Signal, MAX_GAP,
};

use crate::tokenize::{normalize_word, tokenize, TokenKind};
use crate::Error;
use once_cell::sync::Lazy;
use std::collections::HashMap;

/// Hash map with a fast, fixed-seed hasher: lookups are deterministic and cheap.
pub(crate) type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

pub(crate) const VADER_LEXICON: &str = include_str!("../../data/vader_lexicon.txt");
pub(crate) const VADER_EMOJI: &str = include_str!("../../data/emoji_utf8_lexicon.txt");
pub(crate) const VADER_MODIFIERS: &str = include_str!("../../data/vader_modifiers.tsv");
const PATTERN_LEXICON: &str = include_str!("../../data/pattern_lexicon.tsv");
const RULE_WORDS: &str = include_str!("../../data/rule_words.tsv");
const CUSTOMER_LEXICON: &str = include_str!("../../data/customer_lexicon.tsv");
const CUSTOMER_MODIFIERS: &str = include_str!("../../data/customer_modifiers.tsv");
const EMOTION_LEXICON: &str = include_str!("../../data/emotion_lexicon.tsv");
const CX_PATTERNS: &str = include_str!("../../data/cx_patterns.tsv");

/// Rule triggers a word can carry (`term<TAB>cue<TAB>name` in a lexicon file).
/// The annotator ORs them over a comment, so a rule whose cue is absent costs nothing.
pub mod cue {
    /// A wait ("waited", "queued"): scored with a duration.
    pub const WAIT: u16 = 1;
    /// A modal of a counterfactual ("could", "should've").
    pub const MODAL: u16 = 2;
    /// A politeness marker ("please", "kindly").
    pub const POLITE: u16 = 4;
    /// A word after which "like" compares ("just", "treated").
    pub const COMPARE: u16 = 8;
    /// "least".
    pub const LEAST: u16 = 16;
    /// First person ("I", "my", "we"): the customer tells their own story.
    pub const FIRST_PERSON: u16 = 32;
    /// A story marker ("then", "yesterday", "finally").
    pub const STORY: u16 = 64;
    /// A greeting ("good morning"): friendly alone, a formula before a comma.
    pub const GREETING: u16 = 128;
    /// The anchor of a customer-experience pattern ([`Signal`](super::Signal)):
    /// set by `signal` lines, not by name.
    pub const SIGNAL: u16 = 256;
    /// A word that names or titles a person (a `role`, `title` or `name`
    /// class word): the kudos scorer runs only when one is present.
    pub const PERSON: u16 = 512;

    /// An excess marker ("too", "overly"): the neutral word after it is a complaint.
    pub const EXCESS: u16 = 1024;
    /// A word whose valence says what it is, not what the customer thinks
    /// of a touchpoint beside it ("my friends", "on hand"): relevance places
    /// no opinion from it.
    pub const ASIDE: u16 = 2048;
    /// A copula ("was", "seemed"): an opinion after it is said of the subject
    /// before it ("the food was great").
    pub const COPULA: u16 = 4096;
    /// Praise that reads as irony before a failure ("thanks for the delay").
    pub const IRONY: u16 = 8192;
    /// The anchor of a `pain` pattern ("lost", "cancelled"): set with the
    /// pattern, not by name. Relevance alone runs the patterns only when
    /// one is present, since pain is all it reads of them.
    pub const PAIN: u16 = 16384;
    /// A word that tells a complaint or a tip only by where it stands
    /// ("took" before a duration, "why" in a question, "Try the lamb."):
    /// relevance reads only the words that carry it.
    pub const TOLD: u16 = 32768;

    const NAMES: [(&str, u16); 13] = [
        ("wait", WAIT),
        ("modal", MODAL),
        ("polite", POLITE),
        ("compare", COMPARE),
        ("least", LEAST),
        ("first_person", FIRST_PERSON),
        ("story", STORY),
        ("greeting", GREETING),
        ("excess", EXCESS),
        ("aside", ASIDE),
        ("copula", COPULA),
        ("irony", IRONY),
        ("told", TOLD),
    ];

    /// The bit of a cue name.
    pub fn by_name(name: &str) -> Option<u16> {
        NAMES.iter().find(|(n, _)| *n == name).map(|&(_, bit)| bit)
    }
}

/// Everything the lexicon knows about one word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Entry {
    /// Sentiment valence on VADER's -4..+4 scale.
    pub valence: Option<f32>,
    /// Degree modifier: > 0 intensifies, < 0 dampens, 0 is none.
    pub booster: f32,
    /// Negation word.
    pub negator: bool,
    /// Contrastive conjunction: weight of the clause before it.
    pub contrast: Option<f32>,
    /// Some phrase starts with this word.
    pub phrase_head: bool,
    /// Index + 1 of the phrases starting with this word in the lexicon, 0
    /// when none: the annotator reaches them without a second lookup.
    phrase_list: u32,
    /// Index + 1 of the taxonomy phrases starting with this word, 0 when none.
    touchpoint_list: u32,
    /// The valence was carried over from another form of the word ("refunded" from "refund").
    pub inflected: bool,
    /// Rule triggers, [`cue`] bits.
    pub cues: u16,
    /// Emotions and arousal the word evokes.
    pub affect: Affect,
    /// Touchpoint the word names: its id (see [`Lexicon::touchpoint_name`])
    /// in the low bits [`TOUCHPOINT_ID`], 0 when none; [`TOUCHPOINT_PHRASE`]
    /// set when a taxonomy phrase starts with the word.
    pub touchpoint: u8,
    /// Word classes pattern slots match, [`class`] bits.
    pub class: u8,
    /// The patterns this word anchors (see [`Lexicon::anchored`]): their group's index + 1, 0 when none.
    pub anchor: u16,
}

/// A pattern as its anchor word lists it, with two tests cheap enough to
/// rule out most tries before the pattern itself is read (of ~72k tries
/// per pass over the ICWSM texts that pass the first, ~3k match).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Anchored {
    /// Index in [`Lexicon::patterns`].
    pub pattern: u32,
    /// Signature bits of one required word list of the pattern, of which
    /// the text's words need one; 0 when there is no such test.
    pub needs: u64,
    /// Which word next to the anchor the pattern requires: +1 the one
    /// after, -1 the one before, 0 none to test.
    pub side: i8,
    /// Signature bits of the words that may stand there.
    pub neighbor: u64,
}

impl Anchored {
    fn new(pattern: &Pattern, index: u32) -> Self {
        let anchor = pattern.anchor;
        let after = pattern.elements.get(anchor + 1).map(|e| (1, e, true));
        let before = anchor
            .checked_sub(1)
            .and_then(|k| pattern.elements.get(k))
            .map(|e| (-1, e, false));
        // The first of the two neighbours that is required and spelled out.
        let test = after
            .into_iter()
            .chain(before)
            .find_map(|(side, e, first)| {
                let bits = match &e.matcher {
                    _ if e.optional => return None,
                    pattern::Matcher::Words(words) => words
                        .iter()
                        .map(|w| pattern::signature_bit(w))
                        .fold(0, |a, b| a | b),
                    pattern::Matcher::Phrases(list) => list
                        .iter()
                        .filter_map(|words| if first { words.first() } else { words.last() })
                        .map(|w| pattern::signature_bit(w))
                        .fold(0, |a, b| a | b),
                    _ => return None,
                };
                Some((side, bits))
            });
        let (side, neighbor) = test.unwrap_or((0, 0));
        Anchored {
            pattern: index,
            needs: pattern.needs(),
            side,
            neighbor,
        }
    }
}

/// Bits of [`Entry::touchpoint`] holding the touchpoint id (index + 1).
pub const TOUCHPOINT_ID: u8 = 0x7f;
/// Bit of [`Entry::touchpoint`]: a taxonomy phrase starts with this word.
pub const TOUCHPOINT_PHRASE: u8 = 0x80;

/// A multi-word term ("above and beyond", "kind of").
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// Lookup forms of its tokens.
    pub words: Vec<Box<str>>,
    /// What is known about the phrase as a whole.
    pub entry: Entry,
    /// `words` as [`phrase_key`]s: matching compares integers, not strings.
    keys: Box<[u128]>,
}

impl Phrase {
    fn new(words: Vec<Box<str>>, entry: Entry) -> Phrase {
        let keys = words.iter().map(|w| phrase_key(w)).collect();
        Phrase { words, entry, keys }
    }

    /// Whether this phrase's words after the first are `next`, the
    /// [`phrase_key`]s of the following units; `same(k, word)` tells
    /// whether the unit `k` after the head spells `word`, asked only for
    /// words too long to pack.
    #[inline]
    pub(crate) fn matches_after_head(
        &self,
        next: &[u128],
        same: &impl Fn(usize, &str) -> bool,
    ) -> bool {
        let rest = &self.keys[1..];
        rest.len() <= next.len()
            && rest
                .iter()
                .zip(next)
                .enumerate()
                .all(|(k, (&want, &have))| {
                    want == have && (want != LONG_WORD || same(k + 1, &self.words[k + 1]))
                })
    }
}

/// The phrases starting with one word, longest first, indexed by their
/// second word: a head as common as "the" or "no" starts dozens of phrases,
/// and the annotator looks at only those whose second word follows.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseList {
    phrases: Vec<Phrase>,
    /// (second word's key, index in `phrases`), sorted: equal keys longest first.
    by_second: Vec<(u128, u32)>,
    /// [`second_bit`]s of the second words: a try whose next word has none
    /// ends without reading `by_second` (a cache miss for a common head).
    seconds: u64,
}

/// A second word's bit in [`PhraseList::seconds`]; all bits for a word too
/// long to pack, which every list may hold.
#[inline]
fn second_bit(key: u128) -> u64 {
    if key == LONG_WORD {
        u64::MAX
    } else {
        pattern::key_signature_bit(key, || "")
    }
}

impl PhraseList {
    /// Add `phrase` after the phrases at least as long, keeping both orders
    /// without re-sorting: a head as common as "the" gets hundreds of
    /// phrases, one at a time, while the lexicon is built.
    fn insert(&mut self, phrase: Phrase) {
        let len = phrase.words.len();
        let second = phrase.keys[1];
        let at = self.phrases.partition_point(|p| p.words.len() >= len);
        self.phrases.insert(at, phrase);
        let at = at as u32;
        for (_, index) in &mut self.by_second {
            *index += u32::from(*index >= at);
        }
        let place = self
            .by_second
            .partition_point(|&entry| entry < (second, at));
        self.by_second.insert(place, (second, at));
        self.seconds |= second_bit(second);
    }

    /// The longest phrase whose words after the head are the units read by
    /// `key_at(k)` (the [`phrase_key`] of the `k`-th unit after the head,
    /// `None` past the text) and `same(k, word)` (for words too long to pack).
    #[inline]
    pub(crate) fn longest_match(
        &self,
        mut key_at: impl FnMut(usize) -> Option<u128>,
        same: impl Fn(usize, &str) -> bool,
    ) -> Option<&Phrase> {
        let head = key_at(0)?;
        let second = key_at(1)?;
        if self.seconds & second_bit(second) == 0 {
            return None;
        }
        // Most heads start a handful of phrases: a scan beats a binary search there.
        let start = if self.by_second.len() <= 8 {
            self.by_second
                .iter()
                .position(|&(k, _)| k >= second)
                .unwrap_or(self.by_second.len())
        } else {
            self.by_second.partition_point(|&(k, _)| k < second)
        };
        let candidates = &self.by_second[start..];
        // Nearly every try ends here, before any more words are read.
        if candidates.first().is_none_or(|&(k, _)| k != second) {
            return None;
        }
        // next[j]: key of the (j + 1)-th unit after the head, read as needed.
        let mut next = [0u128; MAX_PHRASE_WORDS];
        next[0] = second;
        let mut known = 1;
        for &(_, index) in candidates.iter().take_while(|&&(k, _)| k == second) {
            let phrase = &self.phrases[index as usize];
            let needed = phrase.words.len() - 1;
            while known < needed.min(MAX_PHRASE_WORDS) {
                let Some(key) = key_at(known + 1) else { break };
                next[known] = key;
                known += 1;
            }
            // The head too: an entry copied to another word keeps its list index.
            if needed <= known
                && phrase.keys[0] == head
                && phrase.matches_after_head(&next[..needed], &same)
            {
                return Some(phrase);
            }
        }
        None
    }
}

/// Longest phrase matched, in words.
pub(crate) const MAX_PHRASE_WORDS: usize = 12;

/// Key of a word longer than [`table::pack`] holds; such words compare as strings.
pub(crate) const LONG_WORD: u128 = u128::MAX;

/// A word's packed form for phrase matching, [`LONG_WORD`] when too long.
#[inline]
pub(crate) fn phrase_key(word: &str) -> u128 {
    table::pack(word).unwrap_or(LONG_WORD)
}

fn set_kind(entry: &mut Entry, kind: RecordKind) {
    match kind {
        RecordKind::Valence(v) | RecordKind::Idiom(v) => {
            entry.valence = Some(v as f32);
            entry.inflected = false;
        }
        RecordKind::Booster(b) => entry.booster = b as f32,
        RecordKind::Negator => entry.negator = true,
        RecordKind::Contrast(w) => entry.contrast = Some(w as f32),
        RecordKind::Cue(bit) => entry.cues |= bit,
        RecordKind::Emotions(affect) => entry.affect = affect,
        RecordKind::Class(bits) => {
            entry.class |= bits;
            if bits & (class::ROLE | class::TITLE | class::NAME) != 0 {
                entry.cues |= cue::PERSON;
            }
        }
        // A pattern's words are not one term: `Lexicon::add_pattern` handles it.
        RecordKind::Signal(_) => {}
    }
}

/// Word and phrase knowledge used by the customer profile.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: table::WordTable,
    /// Phrases by their first word, longest first.
    /// Phrases by first word (see `Entry::phrase_list`).
    phrases: Vec<PhraseList>,
    /// Taxonomy phrases by their first word, longest first. Kept apart from
    /// `phrases` so naming a touchpoint never hides the words' sentiment
    /// ("late flight" is a service mention and still "late").
    touchpoint_phrases: Vec<PhraseList>,
    /// Reported touchpoint names; id `k` is `touchpoint_names[k - 1]`.
    touchpoint_names: Vec<String>,
    /// Id of the touchpoint a complaint naming none is about, 0 when none.
    complaint_touchpoint: u8,
    /// Id of the touchpoint of the word "price" (what things cost), 0 when none.
    price_touchpoint: u8,
    /// Customer-experience patterns.
    patterns: Vec<Pattern>,
    /// Per anchor word (its `Entry::anchor` - 1): the patterns it anchors.
    anchors: Vec<Vec<Anchored>>,
    /// `anchors` laid out in one array for the scorer, and each anchor
    /// word's range in it: one cache line serves a word's patterns.
    anchored: Vec<Anchored>,
    anchored_ranges: Vec<AnchorRange>,
    /// Of each anchor word's patterns, the pain patterns and the look-alikes
    /// that can hide them, in the same order: all relevance alone tries.
    pain_anchored: Vec<Anchored>,
    /// Each anchor word's range in `pain_anchored`.
    pain_ranges: Vec<(u32, u32)>,
}

/// An anchor word's range in [`Lexicon::anchored`], with the union of the
/// neighbour signatures its patterns test: a word none of whose neighbours
/// can pass is skipped without reading its patterns (most occurrences).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct AnchorRange {
    start: u32,
    end: u32,
    /// Signature bits some pattern accepts in the word before.
    before: u64,
    /// The same for the word after.
    after: u64,
    /// Some pattern tests no neighbour: the word is always tried.
    unsided: bool,
}

static BUNDLED: Lazy<Lexicon> = Lazy::new(|| {
    let mut lexicon = Lexicon::default();
    for (name, text) in [
        ("data/vader_lexicon.txt", VADER_LEXICON),
        ("data/pattern_lexicon.tsv", PATTERN_LEXICON),
        ("data/vader_modifiers.tsv", VADER_MODIFIERS),
        ("data/rule_words.tsv", RULE_WORDS),
        ("data/customer_lexicon.tsv", CUSTOMER_LEXICON),
        ("data/customer_modifiers.tsv", CUSTOMER_MODIFIERS),
        ("data/emotion_lexicon.tsv", EMOTION_LEXICON),
    ] {
        if let Err(error) = lexicon.merge_str(name, text) {
            // The bundled files are tested to parse; reaching this is a packaging bug.
            unreachable!("bundled lexicon is malformed: {error}");
        }
    }
    lexicon.add_emoji_valences();
    // pattern's lexicon lists adjectives: a word whose valence is still its
    // value there gets no verb forms.
    let adjectives: FastMap<Box<str>, f32> =
        parse_lexicon("data/pattern_lexicon.tsv", PATTERN_LEXICON)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|record| match record.kind {
                RecordKind::Valence(v) => {
                    Some((record.term.to_lowercase().into_boxed_str(), v as f32))
                }
                _ => None,
            })
            .collect();
    lexicon.add_inflections(|word, valence| adjectives.get(word) == Some(&valence));
    // After the inflections: a word that only anchors a pattern ("helped")
    // must still get the valence of its base form.
    if let Err(error) = lexicon.merge_str("data/cx_patterns.tsv", CX_PATTERNS) {
        unreachable!("bundled lexicon is malformed: {error}");
    }
    lexicon.set_taxonomy(Taxonomy::bundled());
    lexicon
});

impl Lexicon {
    /// The bundled lexicon: VADER's words and emoji, its rule words, and
    /// the customer-domain words and phrases this project writes.
    pub fn bundled() -> &'static Lexicon {
        &BUNDLED
    }

    /// Look up a word's lookup form (lower case, see [`normalize_word`]).
    #[inline]
    pub fn lookup(&self, word: &str) -> Option<&Entry> {
        self.words.get(word)
    }

    /// [`lookup`](Self::lookup) of a word whose [`phrase_key`] is known.
    #[inline]
    pub(crate) fn lookup_keyed(&self, key: u128, word: &str) -> (bool, &Entry) {
        self.words.get_keyed(key, word)
    }

    /// [`lookup_keyed`](Self::lookup_keyed) of a packed key (not [`LONG_WORD`]).
    #[inline]
    pub(crate) fn lookup_packed(&self, key: u128) -> (bool, &Entry) {
        self.words.get_packed(key)
    }

    /// The entry of a unit the lexicon has nothing for.
    #[inline]
    pub(crate) fn no_entry(&self) -> &Entry {
        self.words.empty()
    }

    /// Phrases starting with `word`, longest first.
    pub fn phrases_from(&self, word: &str) -> &[Phrase] {
        self.lookup(word)
            .and_then(|entry| self.phrase_list(entry))
            .map_or(&[], |list| &list.phrases)
    }

    /// The phrases starting with the word of `entry`, for the annotator.
    #[inline]
    pub(crate) fn phrase_list(&self, entry: &Entry) -> Option<&PhraseList> {
        self.phrases
            .get((entry.phrase_list as usize).checked_sub(1)?)
    }

    /// Taxonomy phrases starting with `word`, longest first.
    /// Each phrase's `entry.touchpoint` is its touchpoint id.
    pub fn touchpoint_phrases_from(&self, word: &str) -> &[Phrase] {
        self.lookup(word)
            .and_then(|entry| self.touchpoint_phrase_list(entry))
            .map_or(&[], |list| &list.phrases)
    }

    /// The taxonomy phrases starting with the word of `entry`.
    #[inline]
    pub(crate) fn touchpoint_phrase_list(&self, entry: &Entry) -> Option<&PhraseList> {
        self.touchpoint_phrases
            .get((entry.touchpoint_list as usize).checked_sub(1)?)
    }

    /// The reported name of touchpoint `id` (an [`Entry::touchpoint`] masked by [`TOUCHPOINT_ID`]).
    pub fn touchpoint_name(&self, id: u8) -> Option<&str> {
        let index = usize::from(id).checked_sub(1)?;
        self.touchpoint_names.get(index).map(String::as_str)
    }

    /// Id of the touchpoint a complaint naming no touchpoint is about
    /// (the taxonomy's `@complaint`), 0 when it names none.
    pub(crate) fn complaint_touchpoint(&self) -> u8 {
        self.complaint_touchpoint
    }

    /// Touchpoint names in id order.
    pub fn touchpoint_names(&self) -> &[String] {
        &self.touchpoint_names
    }

    /// Replace the touchpoint terms by `taxonomy`'s: the bundled lexicon
    /// carries the default taxonomy; a domain pack or a user's taxonomy
    /// replaces it here.
    pub fn set_taxonomy(&mut self, taxonomy: &Taxonomy) {
        for entry in self.words.entries_mut() {
            entry.touchpoint = 0;
            entry.touchpoint_list = 0;
        }
        for list in &mut self.phrases {
            for phrase in &mut list.phrases {
                phrase.entry.touchpoint = 0;
            }
        }
        self.touchpoint_phrases.clear();
        self.touchpoint_names = taxonomy.names().to_vec();
        self.complaint_touchpoint = taxonomy.complaint().map_or(0, |k| k + 1);
        let resolved = taxonomy.resolved();
        let listed: std::collections::HashSet<&str> = resolved
            .iter()
            .map(|(t, _)| *t)
            .chain(taxonomy.removed())
            .collect();
        let stemmer = inflect::Stemmer::create(inflect::Algorithm::English);
        let mut inflected = Vec::new();
        for &(term, index) in &resolved {
            let id = index + 1;
            let words = lookup_forms(term);
            if let [word] = &words[..] {
                let entry = self.words.entry_mut(word);
                entry.touchpoint = (entry.touchpoint & TOUCHPOINT_PHRASE) | id;
                for form in inflect::term_forms(word, &stemmer) {
                    if !listed.contains(form.as_str()) {
                        inflected.push((form, id));
                    }
                }
                continue;
            }
            let Some(head) = words.first().cloned() else {
                continue;
            };
            // A lexicon phrase with the same words is merged into one unit
            // before touchpoints are matched: it carries the id itself.
            let list = self.words.get(&head).map_or(0, |e| e.phrase_list as usize);
            if let Some(phrase) = list
                .checked_sub(1)
                .and_then(|i| self.phrases.get_mut(i))
                .and_then(|list| list.phrases.iter_mut().find(|p| p.words == words))
            {
                phrase.entry.touchpoint = id;
            }
            let entry = self.words.entry_mut(&head);
            entry.touchpoint |= TOUCHPOINT_PHRASE;
            if entry.touchpoint_list == 0 {
                self.touchpoint_phrases.push(PhraseList::default());
                entry.touchpoint_list = self.touchpoint_phrases.len() as u32;
            }
            let named = Entry {
                touchpoint: id,
                ..Entry::default()
            };
            self.touchpoint_phrases[entry.touchpoint_list as usize - 1]
                .insert(Phrase::new(words, named));
        }
        for (form, id) in inflected {
            let entry = self.words.entry_mut(&form);
            if entry.touchpoint & TOUCHPOINT_ID == 0 {
                entry.touchpoint |= id;
            }
        }
        // A sentiment phrase is matched as one unit and would hide a
        // touchpoint word inside it ("no updates", "ate my card"): it names
        // the touchpoint of its last such word, the head of an English noun phrase.
        // A taxonomy line `can't wait<TAB>none` keeps an idiom out of it.
        let removed: Vec<Vec<Box<str>>> =
            taxonomy.removed().into_iter().map(lookup_forms).collect();
        let words = &self.words;
        for list in &mut self.phrases {
            for phrase in &mut list.phrases {
                if phrase.entry.touchpoint & TOUCHPOINT_ID != 0 || removed.contains(&phrase.words) {
                    continue;
                }
                let named = phrase.words.iter().rev().find_map(|w| {
                    let id = words.get(w).map_or(0, |e| e.touchpoint & TOUCHPOINT_ID);
                    (id != 0).then_some(id)
                });
                if let Some(id) = named {
                    phrase.entry.touchpoint = id;
                }
            }
        }
        self.price_touchpoint = self
            .words
            .get("price")
            .map_or(0, |e| e.touchpoint & TOUCHPOINT_ID);
    }

    /// Id of the touchpoint of the word "price" (what things cost in the
    /// bundled taxonomies), 0 when the taxonomy has none.
    pub(crate) fn price_touchpoint(&self) -> u8 {
        self.price_touchpoint
    }

    /// The patterns unit word `entry` anchors.
    #[inline]
    pub fn anchored(&self, entry: &Entry) -> &[Anchored] {
        self.anchored_near(entry, u64::MAX, u64::MAX)
    }

    /// The patterns word `entry` anchors, or none when no pattern's
    /// neighbour test can pass: `before` and `after` are the
    /// [`signature_bit`]s of the words beside it (0 when none).
    #[inline]
    pub(crate) fn anchored_near(&self, entry: &Entry, before: u64, after: u64) -> &[Anchored] {
        let Some(range) = usize::from(entry.anchor)
            .checked_sub(1)
            .and_then(|k| self.anchored_ranges.get(k))
        else {
            return &[];
        };
        if !range.unsided && before & range.before == 0 && after & range.after == 0 {
            return &[];
        }
        self.anchored
            .get(range.start as usize..range.end as usize)
            .unwrap_or(&[])
    }

    /// The pain patterns and look-alikes word `entry` anchors, in the order
    /// of [`anchored`](Self::anchored).
    #[inline]
    pub(crate) fn pain_anchored(&self, entry: &Entry) -> &[Anchored] {
        usize::from(entry.anchor)
            .checked_sub(1)
            .and_then(|k| self.pain_ranges.get(k))
            .and_then(|&(start, end)| self.pain_anchored.get(start as usize..end as usize))
            .unwrap_or(&[])
    }

    /// Every customer-experience pattern, in load order.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// Number of single-word entries.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the lexicon has no words.
    pub fn is_empty(&self) -> bool {
        self.words.len() == 0
    }

    /// Merge a lexicon text (format: [`parse_lexicon`]) over this one. On
    /// error nothing is merged.
    pub fn merge_str(&mut self, source_name: &str, text: &str) -> Result<(), Error> {
        let records = parse_lexicon(source_name, text)?;
        for record in records {
            self.apply(&record);
        }
        self.lay_out_anchors();
        Ok(())
    }

    /// Merge a lexicon file over this one. On error nothing is merged.
    pub fn merge_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let (name, text) = Error::read_file(path.as_ref())?;
        self.merge_str(&name, &text)
    }

    fn apply(&mut self, record: &Record) {
        if let RecordKind::Signal(signal) = record.kind {
            // The parser already compiled it once to validate it.
            if let Ok(pattern) = pattern::compile(&record.term, signal) {
                self.add_pattern(pattern);
            }
            return;
        }
        let words = lookup_forms(&record.term);
        if words.len() > 1 {
            self.add_phrase(words, record.kind);
        } else if let Some(word) = words.into_iter().next() {
            // Single letters ("l" is +2.0 in VADER) are too ambiguous to score.
            if word.len() == 1
                && word.as_bytes()[0].is_ascii_alphabetic()
                && matches!(record.kind, RecordKind::Valence(_))
            {
                return;
            }
            set_kind(self.words.entry_mut(&word), record.kind);
        }
    }

    fn lay_out_anchors(&mut self) {
        self.anchored.clear();
        self.anchored_ranges.clear();
        self.pain_anchored.clear();
        self.pain_ranges.clear();
        for list in &self.anchors {
            let pain_start = self.pain_anchored.len() as u32;
            self.pain_anchored.extend(list.iter().filter(|candidate| {
                matches!(
                    self.patterns[candidate.pattern as usize].signal,
                    Signal::Moment(crate::analysis::MomentKind::Pain) | Signal::Nothing
                )
            }));
            self.pain_ranges
                .push((pain_start, self.pain_anchored.len() as u32));
            let mut range = AnchorRange {
                start: self.anchored.len() as u32,
                ..AnchorRange::default()
            };
            for candidate in list {
                match candidate.side {
                    -1 => range.before |= candidate.neighbor,
                    1 => range.after |= candidate.neighbor,
                    _ => range.unsided = true,
                }
            }
            self.anchored.extend_from_slice(list);
            range.end = self.anchored.len() as u32;
            self.anchored_ranges.push(range);
        }
    }

    fn add_pattern(&mut self, pattern: Pattern) {
        let anchored = Anchored::new(&pattern, self.patterns.len() as u32);
        let anchor = pattern.anchor;
        if let Matcher::Words(words) = &pattern.elements[anchor].matcher {
            for word in words {
                let entry = self.words.entry_mut(word);
                entry.cues |= cue::SIGNAL;
                if pattern.signal == Signal::Moment(crate::analysis::MomentKind::Pain) {
                    entry.cues |= cue::PAIN;
                }
                if entry.anchor == 0 && self.anchors.len() < usize::from(u16::MAX) {
                    self.anchors.push(Vec::new());
                    entry.anchor = self.anchors.len() as u16;
                }
                if let Some(group) = self
                    .anchors
                    .get_mut(usize::from(entry.anchor).wrapping_sub(1))
                {
                    group.push(anchored);
                }
            }
        }
        self.patterns.push(pattern);
    }

    fn add_phrase(&mut self, words: Vec<Box<str>>, kind: RecordKind) {
        let head = words[0].clone();
        let entry = self.words.entry_mut(&head);
        entry.phrase_head = true;
        if entry.phrase_list == 0 {
            self.phrases.push(PhraseList::default());
            entry.phrase_list = self.phrases.len() as u32;
        }
        let list = &mut self.phrases[entry.phrase_list as usize - 1];
        match list.phrases.iter_mut().find(|p| p.words == words) {
            Some(phrase) => set_kind(&mut phrase.entry, kind),
            None => {
                let mut entry = Entry::default();
                set_kind(&mut entry, kind);
                list.insert(Phrase::new(words, entry));
            }
        }
    }

    /// Give each emoji the valence and emotions of its VADER description
    /// ("😢" is a "crying face": "crying" is -2.1 and sad), computed once
    /// here so scoring needs one lookup per emoji.
    fn add_emoji_valences(&mut self) {
        let Ok(pairs) = parse_emoji_descriptions("data/emoji_utf8_lexicon.txt", VADER_EMOJI) else {
            return;
        };
        let mut buffer = String::new();
        for (emoji, description) in pairs {
            let mut sum = 0.0f32;
            let mut negate = false;
            let mut affect = Affect::default();
            for word in description.split_whitespace() {
                normalize_word(word, &mut buffer);
                if let Some(entry) = self.words.get(buffer.as_str()) {
                    if entry.negator {
                        negate = true;
                    }
                    if let Some(v) = entry.valence {
                        sum += if negate { -0.74 * v } else { v };
                    }
                    if !negate {
                        for (mine, theirs) in affect.emotions.iter_mut().zip(entry.affect.emotions)
                        {
                            *mine = (*mine).max(theirs);
                        }
                        affect.arousal = affect.arousal.max(entry.affect.arousal);
                    }
                }
            }
            if sum == 0.0 && affect.is_empty() {
                continue;
            }
            let entry = self.words.entry_mut(&emoji);
            if entry.valence.is_none() && sum != 0.0 {
                entry.valence = Some(sum.clamp(-4.0, 4.0));
            }
            if entry.affect.is_empty() {
                entry.affect = affect;
            }
        }
    }

    /// Add the regular inflections of every word; `adjective(word, valence)`:
    /// the word is an adjective (comparatives and superlatives only).
    fn add_inflections(&mut self, adjective: impl Fn(&str, f32) -> bool) {
        let words = &self.words;
        let additions = inflect::inflections(words, |w| {
            words
                .get(w)
                .and_then(|e| e.valence)
                .is_some_and(|v| adjective(w, v))
        });
        for (word, valence) in additions {
            let entry = self.words.entry_mut(&word);
            if entry.valence.is_none() {
                entry.valence = Some(valence);
                entry.inflected = true;
            }
        }
    }
}

/// The lookup forms of a term's tokens: "Above and beyond" -> ["above", "and", "beyond"].
fn lookup_forms(term: &str) -> Vec<Box<str>> {
    // Emoticons keep their case: VADER scores "D:" -2.9 but "d:" +1.2.
    if crate::tokenize::is_emoticon(term) {
        return vec![term.into()];
    }
    let tokens = tokenize(term);
    if tokens.len() == 1 || tokens.iter().all(|t| t.kind == TokenKind::Punct) {
        // Emoticons and symbols the tokenizer would split are kept whole.
        let mut buffer = String::new();
        normalize_word(term.trim(), &mut buffer);
        return vec![buffer.into_boxed_str()];
    }
    let mut buffer = String::new();
    tokens
        .iter()
        .map(|t| {
            normalize_word(t.text, &mut buffer);
            buffer.as_str().into()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchored_patterns_name_the_word_beside_the_anchor() {
        let bit = pattern::signature_bit;
        let compile = |term| pattern::compile(term, Signal::Praise).unwrap();
        // The required word after the anchor is tested first.
        let after = Anchored::new(&compile("^checked (back|in) on"), 0);
        assert_eq!((after.side, after.neighbor), (1, bit("back") | bit("in")));
        // An optional word after it cannot be: the one before is tested.
        let before = Anchored::new(&compile("really ^helpful (staff)?"), 1);
        assert_eq!((before.side, before.neighbor), (-1, bit("really")));
        // A phrase before the anchor: its last word stands beside it.
        let phrase = Anchored::new(&compile("(thank you|many thanks) ^everything"), 2);
        assert_eq!(
            (phrase.side, phrase.neighbor),
            (-1, bit("you") | bit("thanks"))
        );
        // A slot or gap beside it: nothing to test.
        let slot = Anchored::new(&compile("waited <duration> ^outside"), 3);
        assert_eq!((slot.side, slot.pattern), (0, 3));
    }

    #[test]
    fn a_word_is_tried_when_one_of_its_patterns_can_pass() {
        let bit = pattern::signature_bit;
        let mut lexicon = Lexicon::bundled().clone();
        lexicon
            .merge_str(
                "mine.tsv",
                "^zzyay indeed\tsignal\tremedy\n^zzwow indeed\tsignal\tremedy\n^zzwow <duration>\tsignal\tremedy\n",
            )
            .unwrap();
        let yay = *lexicon.lookup("zzyay").unwrap();
        assert_eq!(lexicon.anchored_near(&yay, 0, bit("indeed")).len(), 1);
        // Its one pattern needs "indeed" after it: alone, or with it before, never.
        assert!(lexicon.anchored_near(&yay, 0, 0).is_empty());
        assert!(lexicon.anchored_near(&yay, bit("indeed"), 0).is_empty());
        // A pattern that tests no neighbour is tried even with none beside the word.
        let wow = *lexicon.lookup("zzwow").unwrap();
        assert_eq!(lexicon.anchored_near(&wow, 0, 0).len(), 2);
    }

    #[test]
    fn phrases_match_after_the_second_word_test_long_words_too() {
        let mut lexicon = Lexicon::bundled().clone();
        lexicon
            .merge_str(
                "mine.tsv",
                "zzhead incomprehensibilities\t-2\nzzhead tail\t2\nzzhead tail end\t-1\n",
            )
            .unwrap();
        let mut a = Annotated::default();
        let valence = |a: &Annotated| a.units[0].entry.valence;
        a.annotate("zzhead incomprehensibilities", &lexicon);
        assert_eq!((a.units.len(), valence(&a)), (1, Some(-2.0)));
        a.annotate("zzhead tail end", &lexicon);
        assert_eq!((a.units.len(), valence(&a)), (1, Some(-1.0)));
        a.annotate("zzhead tail", &lexicon);
        assert_eq!((a.units.len(), valence(&a)), (1, Some(2.0)));
        // A second word no phrase of the head has ends the try.
        a.annotate("zzhead other tail", &lexicon);
        assert_eq!(a.units.len(), 3);
    }

    #[test]
    fn bundled_files_parse() {
        for (name, text) in [
            ("data/vader_lexicon.txt", VADER_LEXICON),
            ("data/vader_modifiers.tsv", VADER_MODIFIERS),
            ("data/pattern_lexicon.tsv", PATTERN_LEXICON),
            ("data/rule_words.tsv", RULE_WORDS),
            ("data/customer_lexicon.tsv", CUSTOMER_LEXICON),
            ("data/customer_modifiers.tsv", CUSTOMER_MODIFIERS),
            ("data/emotion_lexicon.tsv", EMOTION_LEXICON),
            ("data/cx_patterns.tsv", CX_PATTERNS),
        ] {
            parse_lexicon(name, text).unwrap();
        }
        parse_emoji_descriptions("emoji", VADER_EMOJI).unwrap();
    }

    #[test]
    fn one_lookup_knows_everything() {
        let lexicon = Lexicon::bundled();
        assert!(lexicon.lookup("good").unwrap().valence.unwrap() > 1.0);
        assert!(lexicon.lookup("very").unwrap().booster > 0.0);
        assert!(lexicon.lookup("not").unwrap().negator);
        assert!(lexicon.lookup("but").unwrap().contrast.is_some());
        assert!(lexicon.lookup("above").unwrap().phrase_head);
        assert!(lexicon.lookup("😢").unwrap().valence.unwrap() < 0.0);
    }

    #[test]
    fn malformed_merge_changes_nothing() {
        let mut lexicon = Lexicon::bundled().clone();
        let before = lexicon.len();
        let err = lexicon
            .merge_str("user.tsv", "zzgood\t2\nzzbad\tnope\n")
            .unwrap_err();
        assert!(err.to_string().starts_with("user.tsv:2:"), "{err}");
        assert_eq!(lexicon.len(), before);
        assert!(lexicon.lookup("zzgood").is_none());
    }

    #[test]
    fn user_patterns_merge_or_fail_whole() {
        let mut lexicon = Lexicon::bundled().clone();
        let patterns = lexicon.patterns().len();
        lexicon
            .merge_str(
                "mine.tsv",
                "barista\tclass\trole\nremade (my|our) latte\tsignal\tremedy\n",
            )
            .unwrap();
        assert_eq!(lexicon.patterns().len(), patterns + 1);
        let entry = lexicon.lookup("remade").unwrap();
        assert!(entry.cues & cue::SIGNAL != 0 && !lexicon.anchored(entry).is_empty());
        let err = lexicon
            .merge_str("bad.tsv", "x (y\tsignal\tremedy\n")
            .unwrap_err();
        assert!(err.to_string().starts_with("bad.tsv:1: pattern"), "{err}");
        assert_eq!(lexicon.patterns().len(), patterns + 1);
    }

    #[test]
    fn user_phrases_merge() {
        let mut lexicon = Lexicon::default();
        lexicon.merge_str("mine", "Over The Moon\t3\n").unwrap();
        let phrases = lexicon.phrases_from("over");
        assert_eq!(phrases.len(), 1);
        assert_eq!(&*phrases[0].words[2], "moon");
    }
}
