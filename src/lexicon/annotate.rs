//! The single lookup pass: tokens in, [`Unit`]s out.
//!
//! Each token is normalized once into a shared buffer and looked up once;
//! phrases ("above and beyond", "kind of") are matched here and become one
//! unit. Every scorer reads these units; none re-tokenizes or looks up again.

use super::{phrase_key, Entry, Lexicon, LONG_WORD};
use crate::tokenize::{
    append_normalized, squeeze_doubles, tokenize_with, Token, TokenKind, ELONGATED, LOOKUP_READY,
};

/// A token or matched phrase with everything the lexicon knows about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Kind of the (first) token.
    pub kind: TokenKind,
    /// Shape flags of the (first) token.
    pub flags: u8,
    /// Sentence ordinal.
    pub sentence: u32,
    /// Clause ordinal.
    pub clause: u32,
    /// What the lexicon knows; default when nothing.
    pub entry: Entry,
    /// Whether this unit is a matched phrase.
    pub phrase: bool,
    norm_start: u32,
    norm_end: u32,
    /// For a phrase: where its words' own units start in `Annotated::parts`, and how many.
    parts_start: u32,
    parts_len: u32,
}

/// Units of one text plus their lookup forms.
#[derive(Debug, Default, Clone)]
pub struct Annotated {
    /// Units in text order.
    pub units: Vec<Unit>,
    /// The [`cue`](super::cue) bits of all units together.
    pub cues: u16,
    /// Number of word units.
    pub words: usize,
    /// Number of word units in capitals ("GREAT").
    pub caps_words: usize,
    /// Which rule words ([`CONTRAST`], [`BOOSTER`], [`NEGATOR`]) some unit
    /// may be: a bit is never clear when one is.
    present: u8,
    norms: String,
    /// Phrase key of each unit's lookup form (see [`Annotated::key`]).
    keys: Vec<u128>,
    scratch: String,
    /// The word units of every merged phrase, in order (see [`Annotated::parts`]).
    parts: Vec<Unit>,
    /// Indices of the units that may start a phrase: the first `head_count`
    /// (the rest is room kept from earlier texts).
    heads: Vec<u32>,
    head_count: usize,
}

impl Annotated {
    /// The lookup form of unit `i` (lower case; for a phrase, its first word).
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        let u = &self.units[i];
        &self.norms[u.norm_start as usize..u.norm_end as usize]
    }

    /// The lookup form of any unit of this text, including a phrase's word
    /// from [`parts`](Self::parts) (for a phrase itself, its first word).
    #[inline]
    pub fn form(&self, unit: &Unit) -> &str {
        form(&self.norms, unit)
    }

    /// The phrase key of unit `i`'s lookup form, kept from its lookup so
    /// phrase matching packs no word twice.
    #[inline]
    pub(crate) fn key(&self, i: usize) -> u128 {
        self.keys.get(i).copied().unwrap_or(LONG_WORD)
    }

    /// [`key`](Self::key) of every unit.
    #[inline]
    pub(crate) fn keys(&self) -> &[u128] {
        &self.keys
    }

    /// False when no unit is a contrast word ("but", "although"): the
    /// contrast rule then has nothing to weigh.
    #[inline]
    pub fn may_contrast(&self) -> bool {
        self.present & CONTRAST != 0
    }

    /// False when no unit is a booster ("very", "slightly").
    #[inline]
    pub fn may_boost(&self) -> bool {
        self.present & BOOSTER != 0
    }

    /// False when no unit is a negator ("not", "never", a word in "n't").
    #[inline]
    pub fn may_negate(&self) -> bool {
        self.present & NEGATOR != 0
    }

    /// Whether some unit is a merged phrase (then [`parts`](Self::parts) opens it).
    #[inline]
    pub fn has_phrases(&self) -> bool {
        !self.parts.is_empty()
    }

    /// The words of unit `i` as units of their own: a phrase's words, each
    /// with its own span and lexicon entry, or the unit itself. Patterns
    /// match these, so a phrase the sentiment lexicon merges ("will be
    /// back") hides none of its words from them.
    #[inline]
    pub fn parts(&self, i: usize) -> &[Unit] {
        let unit = &self.units[i];
        if unit.phrase {
            let start = unit.parts_start as usize;
            &self.parts[start..start + unit.parts_len as usize]
        } else {
            std::slice::from_ref(unit)
        }
    }

    /// Tokenize and annotate `text`, reusing this value's buffers: each
    /// token is normalized as the tokenizer finds it, then every unit is
    /// looked up, then phrases are merged in one pass.
    pub fn annotate(&mut self, text: &str, lexicon: &Lexicon) {
        self.units.clear();
        self.keys.clear();
        self.parts.clear();
        self.head_count = 0;
        self.norms.clear();
        self.norms.push_str(text);
        self.cues = 0;
        self.words = 0;
        self.caps_words = 0;
        self.present = 0;
        tokenize_with(text, |token| self.push_token(&token));
        if self.look_up(lexicon) {
            self.merge_phrases(lexicon);
        }
    }

    /// Normalize and store one token, with the default entry.
    fn push_token(&mut self, token: &Token<'_>) {
        let mut norm_start = self.norms.len();
        let mut in_text = false;
        match token.kind {
            // `norms` starts with a copy of the text: a word already in its
            // lookup form is read there, not copied again.
            TokenKind::Word if token.flags & LOOKUP_READY != 0 => {
                norm_start = token.start;
                in_text = true;
            }
            // A short word with capitals: the scanner packed its lower-case
            // ASCII bytes (pushed one by one: no validation, no call).
            TokenKind::Word if token.key != 0 => {
                let len = token.text.len();
                let bytes = token.key.to_le_bytes();
                self.norms
                    .extend(bytes[..len].iter().map(|&b| char::from(b)));
            }
            TokenKind::Word | TokenKind::Hashtag => {
                let body = token.text.strip_prefix('#').unwrap_or(token.text);
                append_normalized(body, &mut self.norms);
            }
            TokenKind::Emoticon => {
                let text = token.text;
                if let Some(rest) = text.strip_prefix("&lt;") {
                    self.norms.push('<');
                    self.norms.push_str(rest);
                } else {
                    // ":DDD" is ":D": keep one of a repeated last character.
                    let last = text.as_bytes()[text.len() - 1];
                    let repeats = text.bytes().rev().take_while(|&b| b == last).count();
                    self.norms.push_str(&text[..text.len() - repeats + 1]);
                }
            }
            // Numbers, punctuation, emoji, mentions, URLs: their text is their form.
            _ => {
                norm_start = token.start;
                in_text = true;
            }
        }
        let norm_end = if in_text {
            token.end()
        } else {
            self.norms.len()
        };
        // The word itself is read only to pack it.
        let key = if token.key != 0 {
            token.key
        } else {
            // Only these words can have an apostrophe: "didn't" negates.
            let word = &self.norms[norm_start..norm_end];
            self.present |= NEGATOR * u8::from(word.ends_with("n't"));
            phrase_key(word)
        };
        self.keys.push(key);
        self.units.push(Unit {
            start: token.start,
            end: token.end(),
            kind: token.kind,
            flags: token.flags,
            sentence: token.sentence,
            clause: token.clause,
            entry: Entry::default(),
            phrase: false,
            norm_start: norm_start as u32,
            norm_end: norm_end as u32,
            parts_start: 0,
            parts_len: 0,
        });
        let word = token.kind == TokenKind::Word;
        self.words += usize::from(word);
        self.caps_words += usize::from(word & token.is_all_caps());
    }

    /// Look every unit up, in a loop of its own: the lookups of successive
    /// words overlap in the processor instead of each waiting for its table
    /// line between two tokens' scanning. Returns whether a phrase may start
    /// at some unit.
    fn look_up(&mut self, lexicon: &Lexicon) -> bool {
        if self.heads.len() < self.units.len() {
            self.heads.resize(self.units.len(), 0);
        }
        for (i, (unit, &key)) in self.units.iter_mut().zip(&self.keys).enumerate() {
            let (found, entry) = match unit.kind {
                TokenKind::Punct | TokenKind::Number | TokenKind::Url | TokenKind::Mention => {
                    (false, lexicon.no_entry())
                }
                _ if key == LONG_WORD => lexicon.lookup_keyed(key, form(&self.norms, unit)),
                _ => lexicon.lookup_packed(key),
            };
            unit.entry = *entry;
            // The rare kinds first: whether a word was found is no better
            // than a coin flip for the branch predictor.
            if (unit.flags & ELONGATED != 0
                || matches!(unit.kind, TokenKind::Emoticon | TokenKind::Emoji))
                & !found
            {
                let word = form(&self.norms, unit);
                unit.entry = fallback(unit, word, lexicon, &mut self.scratch).unwrap_or_default();
            }
            self.cues |= unit.entry.cues;
            self.present |= present(&unit.entry);
            // The heads' positions, written without a branch on whether this is one.
            self.heads[self.head_count] = i as u32;
            self.head_count += usize::from(unit.entry.phrase_head);
        }
        self.head_count > 0
    }

    /// Replace each run of units that spells a phrase by one unit, longest
    /// phrase first. Only the phrase heads are visited; the units between
    /// them move as blocks, and only once something before them merged.
    fn merge_phrases(&mut self, lexicon: &Lexicon) {
        let n = self.units.len();
        // `read`: next unit not yet placed; `write`: where it goes.
        let (mut read, mut write) = (0, 0);
        for h in 0..self.head_count {
            let head = self.heads[h] as usize;
            if head < read {
                // Inside a phrase merged from an earlier head.
                continue;
            }
            let matched = lexicon
                .phrase_list(&self.units[head].entry)
                .and_then(|list| {
                    list.longest_match(
                        |k| (head + k < n).then(|| self.keys[head + k]),
                        |k, word| self.word(head + k) == word,
                    )
                });
            let Some(phrase) = matched else {
                continue;
            };
            if write != read {
                self.units.copy_within(read..head, write);
                self.keys.copy_within(read..head, write);
            }
            write += head - read;
            let consumed = phrase.words.len();
            let mut unit = self.units[head];
            unit.parts_start = self.parts.len() as u32;
            unit.parts_len = consumed as u32;
            self.parts
                .extend_from_slice(&self.units[head..head + consumed]);
            unit.end = self.units[head + consumed - 1].end;
            unit.entry = phrase.entry;
            unit.phrase = true;
            self.cues |= phrase.entry.cues;
            self.present |= present(&phrase.entry);
            self.units[write] = unit;
            self.keys[write] = self.keys[head];
            write += 1;
            read = head + consumed;
        }
        if write != read {
            self.units.copy_within(read..n, write);
            self.keys.copy_within(read..n, write);
            self.units.truncate(write + n - read);
            self.keys.truncate(write + n - read);
        }
    }
}

/// The lookup form of `unit` in `norms`.
#[inline]
fn form<'a>(norms: &'a str, unit: &Unit) -> &'a str {
    norms
        .get(unit.norm_start as usize..unit.norm_end as usize)
        .unwrap_or("")
}

/// Bits of [`Annotated::present`].
const CONTRAST: u8 = 1;
const BOOSTER: u8 = 2;
const NEGATOR: u8 = 4;

/// The rule words `entry` is.
#[inline]
fn present(entry: &Entry) -> u8 {
    (CONTRAST * u8::from(entry.contrast.is_some()))
        | (BOOSTER * u8::from(entry.booster != 0.0))
        | (NEGATOR * u8::from(entry.negator))
}

/// The entry of a word not in the lexicon as written: emoticons in
/// lower case, elongated words squeezed, emoji without modifiers.
fn fallback(unit: &Unit, word: &str, lexicon: &Lexicon, scratch: &mut String) -> Option<Entry> {
    let mut entry = None;
    if unit.kind == TokenKind::Emoticon {
        // VADER's emoticons are case-sensitive ("D:" is sad, "d:" is not); fall back to lower case.
        scratch.clear();
        scratch.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        entry = lexicon.lookup(scratch).copied();
    }
    if entry.is_none() && unit.flags & ELONGATED != 0 {
        squeeze_doubles(word, scratch);
        entry = lexicon.lookup(scratch).copied();
    }
    if entry.is_none() && unit.kind == TokenKind::Emoji {
        // Drop skin tones and variation selectors: "👍🏽" scores as "👍".
        let first = word.chars().next().map_or(0, char::len_utf8);
        entry = lexicon.lookup(&word[..first]).copied();
    }
    entry
}
