//! Stage 1: split a comment into tokens that borrow the input.
//!
//! Each [`Token`] carries its byte span, a [`TokenKind`], shape flags
//! (ALL CAPS, elongated, capitalized) and the ordinal of its sentence and
//! clause, so later stages never re-scan the text. ASCII runs take a
//! hand-written fast path; anything else is split at Unicode word
//! boundaries (UAX #29, `unicode-segmentation`), which keeps emoji ZWJ
//! sequences, flags and skin tones whole.
//!
//! ```
//! use cxscore::tokenize::{tokenize, TokenKind};
//!
//! let tokens = tokenize("SOOO good :) didn't wait @acme");
//! let kinds: Vec<_> = tokens.iter().map(|t| (t.text, t.kind)).collect();
//! assert_eq!(kinds, [
//!     ("SOOO", TokenKind::Word), ("good", TokenKind::Word), (":)", TokenKind::Emoticon),
//!     ("didn't", TokenKind::Word), ("wait", TokenKind::Word), ("@acme", TokenKind::Mention),
//! ]);
//! assert!(tokens[0].is_all_caps() && tokens[0].is_elongated());
//! ```

mod emoticon;
mod scan;

pub use emoticon::is_emoticon;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, with internal apostrophes or hyphens ("didn't", "check-in").
    Word,
    /// Digits, with internal `.` `,` `:` ("4.5", "10,000", "7:30").
    Number,
    /// One emoji grapheme cluster.
    Emoji,
    /// A text emoticon such as `:)`, `:-(`, `<3`.
    Emoticon,
    /// Punctuation; runs of `!` or `?` or `.` are one token.
    Punct,
    /// A web address.
    Url,
    /// `@name`.
    Mention,
    /// `#tag`.
    Hashtag,
}

/// Shape flag: every cased letter is upper case and there are at least two letters.
pub const ALL_CAPS: u8 = 1;
/// Shape flag: a letter repeats three or more times in a row ("sooo").
pub const ELONGATED: u8 = 2;
/// Shape flag: first letter upper case.
pub const CAPITALIZED: u8 = 4;
/// The word is already its own lookup form (ASCII, lower case, not elongated),
/// so normalizing it is a plain copy.
pub const LOOKUP_READY: u8 = 8;

/// One token, borrowing the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token's text as written.
    pub text: &'a str,
    /// Byte offset of the token in the input.
    pub start: usize,
    /// What the token is.
    pub kind: TokenKind,
    /// [`ALL_CAPS`], [`ELONGATED`], [`CAPITALIZED`].
    pub flags: u8,
    /// Ordinal of the sentence the token belongs to.
    pub sentence: u32,
    /// Ordinal of the clause (split at `,` `;` `:` dashes and sentence ends).
    pub clause: u32,
    /// The packed lookup key of the word's lower-case form when the scanner
    /// had it at hand (short ASCII words), else 0: the annotator packs no
    /// word twice.
    pub(crate) key: u128,
}

impl Token<'_> {
    /// One past the token's last byte.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    /// Whether the token is written in capitals ("GREAT").
    pub fn is_all_caps(&self) -> bool {
        self.flags & ALL_CAPS != 0
    }
    /// Whether a letter repeats three or more times ("sooo").
    pub fn is_elongated(&self) -> bool {
        self.flags & ELONGATED != 0
    }
    /// Whether the first letter is a capital ("Maria").
    pub fn is_capitalized(&self) -> bool {
        self.flags & CAPITALIZED != 0
    }
}

/// Tokenize `text` into a new vector.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    tokenize_into(text, &mut tokens);
    tokens
}

/// Tokenize `text`, appending to `tokens` (cleared first) so a caller can reuse one buffer.
pub fn tokenize_into<'a>(text: &'a str, tokens: &mut Vec<Token<'a>>) {
    tokens.clear();
    tokenize_with(text, |token| tokens.push(token));
}

/// Tokenize `text`, handing each token to `sink` as it is found: the
/// annotator consumes tokens this way without storing them.
pub fn tokenize_with<'a>(text: &'a str, sink: impl FnMut(Token<'a>)) {
    scan::Scanner::new(text, sink).run();
}

/// Write the lookup form of a word into `out`: lower case, and letters
/// repeated three or more times cut to two ("Sooo" -> "soo"). Returns
/// whether anything was cut.
pub fn normalize_word(word: &str, out: &mut String) -> bool {
    out.clear();
    append_normalized(word, out)
}

/// [`normalize_word`], appending to `out` instead of replacing it.
pub fn append_normalized(word: &str, out: &mut String) -> bool {
    let bytes = word.as_bytes();
    if word.is_ascii() {
        let elongated = bytes
            .windows(3)
            .any(|w| w[0] == w[1] && w[1] == w[2] && w[0].is_ascii_alphabetic());
        if !elongated {
            let from = out.len();
            out.push_str(word);
            out[from..].make_ascii_lowercase();
            return false;
        }
    }
    let mut cut = false;
    let mut last = '\0';
    let mut run = 0usize;
    for c in word.chars() {
        if c == last {
            run += 1;
        } else {
            last = c;
            run = 1;
        }
        if run > 2 && c.is_alphabetic() {
            cut = true;
            continue;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{2019}' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    cut
}

/// Remove doubled letters left by [`normalize_word`] ("soo" -> "so"), for a second lookup.
pub fn squeeze_doubles(word: &str, out: &mut String) {
    out.clear();
    let mut last = '\0';
    for c in word.chars() {
        if c != last || !c.is_alphabetic() {
            out.push(c);
        }
        last = c;
    }
}

#[cfg(test)]
mod tests;
