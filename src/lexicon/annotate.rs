//! The single lookup pass: tokens in, [`Unit`]s out.
//!
//! Each token is normalized once into a shared buffer and looked up once;
//! phrases ("above and beyond", "kind of") are matched here and become one
//! unit. Every scorer reads these units; none re-tokenizes or looks up again.

use super::{Entry, Lexicon};
use crate::tokenize::{append_normalized, squeeze_doubles, Token, TokenKind, LOOKUP_READY};

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
}

/// Units of one text plus their lookup forms.
#[derive(Debug, Default, Clone)]
pub struct Annotated {
    /// Units in text order.
    pub units: Vec<Unit>,
    /// The [`cue`](super::cue) bits of all units together.
    pub cues: u16,
    norms: String,
    ranges: Vec<(u32, u32)>,
    scratch: String,
}

impl Annotated {
    /// The lookup form of unit `i` (lower case; for a phrase, its first word).
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        let u = &self.units[i];
        &self.norms[u.norm_start as usize..u.norm_end as usize]
    }

    /// Fill from `tokens`, reusing this value's buffers.
    pub fn fill(&mut self, tokens: &[Token<'_>], lexicon: &Lexicon) {
        self.units.clear();
        self.norms.clear();
        self.cues = 0;
        // Normalize every token once.
        let mut ranges = std::mem::take(&mut self.ranges);
        ranges.clear();
        for token in tokens {
            let start = self.norms.len() as u32;
            match token.kind {
                TokenKind::Word if token.flags & LOOKUP_READY != 0 => {
                    self.norms.push_str(token.text)
                }
                TokenKind::Word | TokenKind::Hashtag => {
                    let body = token.text.strip_prefix('#').unwrap_or(token.text);
                    append_normalized(body, &mut self.norms);
                }
                TokenKind::Emoticon => {
                    // ":DDD" is ":D": keep one of a repeated last character.
                    let text = token.text;
                    if let Some(rest) = text.strip_prefix("&lt;") {
                        self.norms.push('<');
                        self.norms.push_str(rest);
                        ranges.push((start, self.norms.len() as u32));
                        continue;
                    }
                    let last = text.as_bytes()[text.len() - 1];
                    let repeats = text.bytes().rev().take_while(|&b| b == last).count();
                    self.norms.push_str(&text[..text.len() - repeats + 1]);
                }
                _ => self.norms.push_str(token.text),
            }
            ranges.push((start, self.norms.len() as u32));
        }
        fn norm<'n>(norms: &'n str, ranges: &[(u32, u32)], k: usize) -> &'n str {
            let (s, e) = ranges[k];
            &norms[s as usize..e as usize]
        }
        let mut i = 0;
        while i < tokens.len() {
            let token = &tokens[i];
            let word = norm(&self.norms, &ranges, i);
            let mut entry = match token.kind {
                TokenKind::Punct | TokenKind::Number | TokenKind::Url | TokenKind::Mention => None,
                _ => lexicon.lookup(word).copied(),
            };
            if entry.is_none() && token.kind == TokenKind::Emoticon {
                self.scratch.clear();
                self.scratch
                    .extend(word.chars().map(|c| c.to_ascii_lowercase()));
                entry = lexicon.lookup(&self.scratch).copied();
            }
            if entry.is_none() && token.is_elongated() {
                squeeze_doubles(word, &mut self.scratch);
                entry = lexicon.lookup(&self.scratch).copied();
            }
            if entry.is_none() && token.kind == TokenKind::Emoji {
                // Drop skin tones and variation selectors: "👍🏽" scores as "👍".
                let first = word.chars().next().map_or(0, char::len_utf8);
                entry = lexicon.lookup(&word[..first]).copied();
            }
            let entry = entry.unwrap_or_default();
            let mut matched = None;
            if entry.phrase_head {
                for phrase in lexicon.phrases_from(word) {
                    let n = phrase.words.len();
                    if i + n <= tokens.len()
                        && phrase
                            .words
                            .iter()
                            .enumerate()
                            .skip(1)
                            .all(|(k, w)| norm(&self.norms, &ranges, i + k) == &**w)
                    {
                        matched = Some((n, phrase.entry));
                        break;
                    }
                }
            }
            let (n, entry, phrase) = match matched {
                Some((n, phrase_entry)) => (n, phrase_entry, true),
                None => (1, entry, false),
            };
            let last = &tokens[i + n - 1];
            self.cues |= entry.cues;
            self.units.push(Unit {
                start: token.start,
                end: last.end(),
                kind: token.kind,
                flags: token.flags,
                sentence: token.sentence,
                clause: token.clause,
                entry,
                phrase,
                norm_start: ranges[i].0,
                norm_end: ranges[i].1,
            });
            i += n;
        }
        self.ranges = ranges;
    }
}
