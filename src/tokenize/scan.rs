//! The scanner behind [`tokenize_into`](super::tokenize_into).

use super::{is_emoticon, Token, TokenKind, ALL_CAPS, CAPITALIZED, ELONGATED, LOOKUP_READY};
use unicode_segmentation::UnicodeSegmentation;

pub(super) struct Scanner<'a, F> {
    text: &'a str,
    sink: F,
    emitted: bool,
    sentence: u32,
    clause: u32,
    pending_sentence: bool,
    pending_clause: bool,
}

impl<'a, F: FnMut(Token<'a>)> Scanner<'a, F> {
    pub(super) fn new(text: &'a str, sink: F) -> Self {
        Scanner {
            text,
            sink,
            emitted: false,
            sentence: 0,
            clause: 0,
            pending_sentence: false,
            pending_clause: false,
        }
    }

    pub(super) fn run(mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = 0;
        while pos < bytes.len() {
            // Whitespace: a line break ends the sentence.
            let b = bytes[pos];
            if b == b'\n' {
                self.pending_sentence = true;
                pos += 1;
                continue;
            }
            // `is_ascii_whitespace` leaves out the vertical tab; `chunk_end` does not.
            if b.is_ascii_whitespace() || b == 0x0b {
                pos += 1;
                continue;
            }
            if b >= 0x80 {
                let c = text[pos..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                        self.pending_sentence = true;
                    }
                    pos += c.len_utf8();
                    continue;
                }
            }
            // Most chunks are plain ASCII words: no emoticon, URL or punctuation to look for.
            let word = scan_ascii_word(bytes, pos, bytes.len());
            if let Some(w) = word {
                if w.end == bytes.len() || bytes[w.end].is_ascii_whitespace() {
                    self.push_word(pos, w);
                    pos = w.end;
                    continue;
                }
            }
            let chunk_end = chunk_end(text, pos);
            // A word that ends at punctuation ("food.") is scanned once:
            // `pieces` starts from it unless the chunk is an emoticon or URL.
            self.chunk(pos, chunk_end, word.filter(|w| w.end <= chunk_end));
            pos = chunk_end;
        }
    }

    /// One whitespace-delimited chunk.
    fn chunk(&mut self, start: usize, end: usize, first_word: Option<Word>) {
        let chunk = &self.text[start..end];
        if chunk.is_empty() {
            return;
        }
        if is_emoticon(chunk) {
            self.push(start, end, TokenKind::Emoticon, 0);
            return;
        }
        if matches!(chunk.as_bytes()[0], b'h' | b'H' | b'w' | b'W')
            && (starts_with_ignore_case(chunk, "http://")
                || starts_with_ignore_case(chunk, "https://")
                || starts_with_ignore_case(chunk, "www."))
        {
            let trimmed = chunk.trim_end_matches(['.', ',', '!', '?', ')', ';', ':']);
            self.push(start, start + trimmed.len(), TokenKind::Url, 0);
            self.pieces(start + trimmed.len(), end, None);
            return;
        }
        self.pieces(start, end, first_word);
    }

    /// Words, numbers, tags, emoji and punctuation inside a chunk.
    fn pieces(&mut self, mut pos: usize, end: usize, mut first_word: Option<Word>) {
        let text = self.text;
        let bytes = text.as_bytes();
        while pos < end {
            let b = bytes[pos];
            let word = first_word
                .take()
                .or_else(|| scan_ascii_word(bytes, pos, end));
            if let Some(w) = word {
                self.push_word(pos, w);
                pos = w.end;
            } else if b.is_ascii_alphanumeric() || (b >= 0x80 && starts_word(&text[pos..end])) {
                let word_end = word_end(text, pos, end);
                let kind = if b.is_ascii_digit()
                    && text[pos..word_end]
                        .bytes()
                        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b',' | b':'))
                {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                };
                let flags = word_flags(&text[pos..word_end]);
                self.push(pos, word_end, kind, flags);
                pos = word_end;
            } else if (b == b'@' || b == b'#')
                && pos + 1 < end
                && (bytes[pos + 1].is_ascii_alphanumeric() || bytes[pos + 1] == b'_')
            {
                let tag_end = pos
                    + 1
                    + bytes[pos + 1..end]
                        .iter()
                        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                        .count();
                let kind = if b == b'@' {
                    TokenKind::Mention
                } else {
                    TokenKind::Hashtag
                };
                self.push(pos, tag_end, kind, 0);
                pos = tag_end;
            } else if b == b'&' && html_entity_len(&bytes[pos..end]) > 0 {
                // Scraped text keeps HTML entities: "&gt;" is one symbol, "&lt;3" a heart.
                let entity_end = pos + html_entity_len(&bytes[pos..end]);
                if bytes[pos..end].starts_with(b"&lt;3") {
                    self.push(pos, entity_end + 1, TokenKind::Emoticon, 0);
                    pos = entity_end + 1;
                } else {
                    self.push(pos, entity_end, TokenKind::Punct, 0);
                    pos = entity_end;
                }
            } else if b < 0x80 {
                // Runs of sentence punctuation ("!!!", "?!", "...") are one token.
                let run_end = if matches!(b, b'!' | b'?') {
                    pos + bytes[pos..end]
                        .iter()
                        .take_while(|c| matches!(c, b'!' | b'?'))
                        .count()
                } else if b == b'.' {
                    pos + bytes[pos..end].iter().take_while(|c| **c == b'.').count()
                } else {
                    pos + 1
                };
                self.push(pos, run_end, TokenKind::Punct, 0);
                match b {
                    b'.' | b'!' | b'?' => self.pending_sentence = true,
                    b',' | b';' | b':' | b'-' | b'(' | b')' => self.pending_clause = true,
                    _ => {}
                }
                pos = run_end;
            } else {
                let grapheme = text[pos..end].graphemes(true).next().unwrap_or("");
                let grapheme_end = pos + grapheme.len().max(1);
                let first = grapheme.chars().next().unwrap_or(' ');
                if is_emoji(first) {
                    self.push(pos, grapheme_end, TokenKind::Emoji, 0);
                } else {
                    self.push(pos, grapheme_end, TokenKind::Punct, 0);
                    match first {
                        '\u{2026}' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}' => {
                            self.pending_sentence = true
                        }
                        '\u{2013}' | '\u{2014}' => self.pending_clause = true,
                        _ => {}
                    }
                }
                pos = grapheme_end;
            }
        }
    }

    fn push_word(&mut self, start: usize, word: Word) {
        let kind = if word.number {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        self.push_keyed(start, word.end, kind, word.flags, word.key);
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind, flags: u8) {
        self.push_keyed(start, end, kind, flags, 0);
    }

    #[inline(always)]
    fn push_keyed(&mut self, start: usize, end: usize, kind: TokenKind, flags: u8, key: u128) {
        // An emoticon or emoji after "." still belongs to that sentence
        // ("Great food. :)"): the pending break waits for the next token.
        let trailing_symbol = matches!(kind, TokenKind::Emoticon | TokenKind::Emoji);
        if !trailing_symbol {
            if self.pending_sentence {
                if self.emitted {
                    self.sentence += 1;
                    self.clause += 1;
                }
            } else if self.pending_clause && self.emitted {
                self.clause += 1;
            }
            self.pending_sentence = false;
            self.pending_clause = false;
        }
        self.emitted = true;
        (self.sink)(Token {
            text: &self.text[start..end],
            start,
            kind,
            flags,
            sentence: self.sentence,
            clause: self.clause,
            key,
        });
    }
}

/// An ASCII word the scanner found.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Word {
    end: usize,
    flags: u8,
    number: bool,
    /// The packed lookup key of its lower-case form, 0 when not computed.
    key: u128,
}

/// An ASCII word at `pos` in one pass: its end, shape flags and whether it
/// is a number. `None` when there is no word there or it runs into
/// non-ASCII text (the general path handles that).
#[inline]
fn scan_ascii_word(bytes: &[u8], pos: usize, end: usize) -> Option<Word> {
    match scan_short_word(bytes, pos, end) {
        Some(word) => word,
        None => scan_word_bytewise(bytes, pos, end),
    }
}

/// Bytes of 0x01, 0x80 and 0x7f.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;
const LOWS: u64 = ONES * 0x7f;

/// The 8 bytes of `bytes[from..end]` from `from`, zeros past its end (no
/// word continues into a zero byte).
#[inline(always)]
fn load_8(bytes: &[u8], from: usize, end: usize) -> u64 {
    let ahead = bytes.get(from..end.min(bytes.len())).unwrap_or_default();
    match ahead.get(..8) {
        Some(eight) => <[u8; 8]>::try_from(eight).map_or(0, u64::from_le_bytes),
        None => {
            let mut padded = [0u8; 8];
            padded[..ahead.len()].copy_from_slice(ahead);
            u64::from_le_bytes(padded)
        }
    }
}

/// The high bit of each of the 8 bytes of `x` that is a digit, a capital,
/// a small letter.
#[inline(always)]
fn classify(x: u64) -> (u64, u64, u64) {
    // The high bit of each byte strictly between `low` and `high` (bytes
    // below 0x80; exact per byte, no carry crosses into the next).
    let between = |x: u64, low: u64, high: u64| {
        (ONES * (127 + high) - (x & LOWS)) & !x & ((x & LOWS) + ONES * (127 - low)) & HIGHS
    };
    let digit = between(x, b'0' as u64 - 1, b'9' as u64 + 1);
    // Setting bit 5 folds capitals onto small letters; that bit (moved to
    // bit 7) then tells which case a letter was.
    let letter = between(x | (ONES * 0x20), b'a' as u64 - 1, b'z' as u64 + 1);
    (digit, letter & !(x << 2), letter & (x << 2))
}

/// [`scan_ascii_word`] for a word of fewer than 16 bytes that no joiner
/// continues ("food", "it", "42.", "wonderful" but not "didn't" or
/// "1,000"), nearly all words: 8 bytes at `pos` are classified at once (16
/// when the word runs past them), and the word's length ends no byte loop
/// a branch predictor could not foresee. `None` when the word is not of
/// that kind.
#[inline(always)]
fn scan_short_word(bytes: &[u8], pos: usize, end: usize) -> Option<Option<Word>> {
    let first = load_8(bytes, pos, end);
    let (digit, upper, lower) = classify(first);
    let stops = !(upper | lower | digit) & HIGHS;
    if stops != 0 {
        return word_of_8(bytes, pos, end, first, stops, [digit, upper, lower]);
    }
    // A word of 8 bytes or more: the next 8 too, in 16-byte masks.
    let second = load_8(bytes, pos + 8, end);
    let (digit_2, upper_2, lower_2) = classify(second);
    let stops = !(upper_2 | lower_2 | digit_2) & HIGHS;
    if stops == 0 {
        return None;
    }
    let join = |low: u64, high: u64| u128::from(low) | u128::from(high) << 64;
    word_of_16(
        bytes,
        pos,
        end,
        join(first, second),
        u128::from(stops) << 64,
        [
            join(digit, digit_2),
            join(upper, upper_2),
            join(lower, lower_2),
        ],
    )
}

/// The rest of [`scan_short_word`] on 8 (`u64`) or 16 (`u128`) bytes `x`
/// read at `pos`, given their stop, digit, capital and small-letter masks
/// (same result).
macro_rules! word_of {
    ($name:ident, $lanes:ty) => {
        #[inline(always)]
        fn $name(
            bytes: &[u8],
            pos: usize,
            end: usize,
            x: $lanes,
            stops: $lanes,
            [digit, upper, lower]: [$lanes; 3],
        ) -> Option<Option<Word>> {
            const SIZE: usize = std::mem::size_of::<$lanes>();
            const HIGHS: $lanes = <$lanes>::MAX / 0xff * 0x80;
            let len = (stops.trailing_zeros() / 8) as usize;
            if len == 0 {
                return Some(None);
            }
            // The byte that stopped the word, 0 at the end; it may join the word to more.
            let stop = (x >> (len * 8)) as u8;
            if stop >= 0x80 {
                // Non-ASCII right after: the general path reads the word.
                return Some(None);
            }
            if matches!(stop, b'\'' | b'-' | b'&' | b'.' | b',' | b':') {
                let next = bytes
                    .get(pos + len + 1)
                    .copied()
                    .filter(|_| pos + len + 1 < end);
                let joins = if matches!(stop, b'.' | b',' | b':') {
                    digit >> ((len - 1) * 8) & 0x80 != 0 && next.is_some_and(|n| n.is_ascii_digit())
                } else {
                    next.is_some_and(|n| n.is_ascii_alphanumeric())
                };
                if joins {
                    return None;
                }
            }
            let word = HIGHS >> ((SIZE - len) * 8);
            let (upper, lower) = (upper & word, lower & word);
            // A letter equal to the two bytes before it ("sooo"): bytes equal to
            // their predecessor are the zero bytes of `x ^ (x << 8)`.
            let diff = x ^ (x << 8);
            let same = !(((diff & !HIGHS) + !HIGHS) | diff | !HIGHS);
            let elongated = same & (same << 8) & (upper | lower) != 0;
            let mut flags = 0;
            if upper != 0 {
                if upper & 0x80 != 0 {
                    flags |= CAPITALIZED;
                }
                if upper.count_ones() >= 2 && lower == 0 {
                    flags |= ALL_CAPS;
                }
            }
            if elongated {
                flags |= ELONGATED;
            }
            if upper == 0 && !elongated {
                flags |= LOOKUP_READY;
            }
            // Capitals to small letters: the form the lexicon is keyed by, packed
            // as `lexicon::phrase_key` packs it (bytes, then the length in the top byte).
            let key = if elongated {
                0
            } else {
                u128::from((x | (upper >> 2)) & (<$lanes>::MAX >> ((SIZE - len) * 8)))
                    | ((len as u128) << 120)
            };
            Some(Some(Word {
                end: pos + len,
                flags,
                number: digit & word == word,
                key,
            }))
        }
    };
}

word_of!(word_of_8, u64);
word_of!(word_of_16, u128);

/// [`scan_ascii_word`] a byte at a time: any word, joiners and all.
fn scan_word_bytewise(bytes: &[u8], pos: usize, end: usize) -> Option<Word> {
    if pos >= end || CLASS[usize::from(bytes[pos])] == 0 {
        return None;
    }
    let mut i = pos;
    // OR and AND of the byte classes tell "any capital" and "all digits" without counting.
    let (mut any, mut all, mut elongated) = (0u8, DIGIT, false);
    // The two bytes before `b`, kept in registers for the elongation test.
    let (mut prev, mut prev2) = (0u8, 0u8);
    for &b in &bytes[pos..end] {
        let class = CLASS[usize::from(b)];
        if class != 0 {
            any |= class;
            all &= class;
            // Three equal letters in a row ("sooo"); digits ("1000") do not count.
            if b == prev && b == prev2 && class != DIGIT {
                elongated = true;
            }
            prev2 = prev;
            prev = b;
            i += 1;
            continue;
        }
        if b >= 0x80 {
            return None;
        }
        let next = bytes.get(i + 1).copied().filter(|_| i + 1 < end);
        let joins = match b {
            b'\'' | b'-' | b'&' => {
                prev.is_ascii_alphanumeric() && next.is_some_and(|n| n.is_ascii_alphanumeric())
            }
            b'.' | b',' | b':' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
            _ => false,
        };
        if !joins {
            break;
        }
        if next.is_some_and(|n| n >= 0x80) {
            return None;
        }
        if !matches!(b, b'.' | b',' | b':') {
            all = 0;
        }
        prev2 = prev;
        prev = b;
        i += 1;
    }
    if i < end && bytes[i] >= 0x80 {
        return None;
    }
    let mut flags = 0;
    if any & UPPER != 0 {
        if bytes[pos].is_ascii_uppercase() {
            flags |= CAPITALIZED;
        }
        let upper = bytes[pos..i]
            .iter()
            .filter(|b| b.is_ascii_uppercase())
            .count();
        if upper >= 2 && any & LOWER == 0 {
            flags |= ALL_CAPS;
        }
    }
    if elongated {
        flags |= ELONGATED;
    }
    if any & UPPER == 0 && !elongated {
        flags |= LOOKUP_READY;
    }
    Some(Word {
        end: i,
        flags,
        number: all & DIGIT != 0,
        key: 0,
    })
}

const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
/// Class of each byte: capital, lower-case letter, digit, or 0 for anything else.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    table
};

/// End of the whitespace-delimited chunk starting at `pos`.
fn chunk_end(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = pos;
    while end < bytes.len() {
        let b = bytes[end];
        if b < 0x80 {
            if b.is_ascii_whitespace() || b == 0x0b {
                return end;
            }
            end += 1;
        } else {
            let c = text[end..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                return end;
            }
            end += c.len_utf8();
        }
    }
    end
}

/// Length of the HTML entity at the start of `bytes` ("&amp;", "&#39;"), or 0.
fn html_entity_len(bytes: &[u8]) -> usize {
    const NAMED: [&[u8]; 6] = [b"&amp;", b"&lt;", b"&gt;", b"&quot;", b"&apos;", b"&nbsp;"];
    if let Some(entity) = NAMED.iter().find(|e| bytes.starts_with(e)) {
        return entity.len();
    }
    if bytes.starts_with(b"&#") {
        let digits = bytes[2..]
            .iter()
            .take(6)
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if digits > 0 && bytes.get(2 + digits) == Some(&b';') {
            return 3 + digits;
        }
    }
    0
}

fn starts_with_ignore_case(chunk: &str, prefix: &str) -> bool {
    chunk.len() >= prefix.len()
        && chunk.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn starts_word(rest: &str) -> bool {
    rest.chars().next().is_some_and(char::is_alphanumeric)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// End of the word starting at `pos`: alphanumerics, with `'` `’` `-` `&`
/// between letters and `.` `,` `:` between digits.
fn word_end(text: &str, pos: usize, end: usize) -> usize {
    // ASCII fast path: letters and digits up to the first other byte.
    let bytes = text.as_bytes();
    let mut ascii_end = pos;
    while ascii_end < end && bytes[ascii_end].is_ascii_alphanumeric() {
        ascii_end += 1;
    }
    let ends_plainly = ascii_end == end
        || (bytes[ascii_end] < 0x80
            && !matches!(bytes[ascii_end], b'\'' | b'-' | b'&' | b'.' | b',' | b':'));
    if ends_plainly && ascii_end > pos {
        return ascii_end;
    }
    let slice = &text[pos..end];
    let mut chars = slice.char_indices().peekable();
    let mut last_end = 0;
    let mut prev = '\0';
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            last_end = i + c.len_utf8();
            prev = c;
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let joins = match c {
            '\'' | '\u{2019}' | '-' | '&' => {
                prev.is_alphanumeric() && next.is_some_and(char::is_alphanumeric)
            }
            '.' | ',' | ':' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
            _ => false,
        };
        if !joins {
            break;
        }
        prev = c;
    }
    pos + last_end
}

fn word_flags(word: &str) -> u8 {
    if word.is_ascii() {
        return ascii_word_flags(word.as_bytes());
    }
    let mut flags = 0;
    let mut upper = 0;
    let mut lower = 0;
    let mut last = '\0';
    let mut run = 0usize;
    for (i, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            if i == 0 {
                flags |= CAPITALIZED;
            }
        } else if c.is_lowercase() {
            lower += 1;
        }
        if c == last {
            run += 1;
            if run >= 3 && c.is_alphabetic() {
                flags |= ELONGATED;
            }
        } else {
            last = c;
            run = 1;
        }
    }
    if upper >= 2 && lower == 0 {
        flags |= ALL_CAPS;
    }
    flags
}

fn ascii_word_flags(word: &[u8]) -> u8 {
    // One pass: capitals, lower case, and runs of three equal letters.
    let (mut upper, mut lower, mut elongated) = (0usize, false, false);
    let (mut last, mut run) = (0u8, 0u8);
    for &b in word {
        upper += usize::from(b.is_ascii_uppercase());
        lower |= b.is_ascii_lowercase();
        if b == last {
            run = run.saturating_add(1);
            elongated |= run >= 3 && b.is_ascii_alphabetic();
        } else {
            last = b;
            run = 1;
        }
    }
    let mut flags = 0;
    if word.first().is_some_and(u8::is_ascii_uppercase) {
        flags |= CAPITALIZED;
    }
    if upper >= 2 && !lower {
        flags |= ALL_CAPS;
    }
    if elongated {
        flags |= ELONGATED;
    }
    if upper == 0 && !elongated {
        flags |= LOOKUP_READY;
    }
    flags
}

/// Emoji and pictographic symbols (the ranges VADER's emoji file covers).
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1f000}'..='\u{1faff}'
        | '\u{2600}'..='\u{27bf}'
        | '\u{2300}'..='\u{23ff}'
        | '\u{2b00}'..='\u{2bff}'
        | '\u{2190}'..='\u{21ff}'
        | '\u{25a0}'..='\u{25ff}'
        | '\u{2100}'..='\u{214f}'
        | '\u{a9}' | '\u{ae}' | '\u{203c}' | '\u{2049}' | '\u{3030}' | '\u{303d}'
        | '\u{3297}' | '\u{3299}' | '\u{e0020}'..='\u{e007f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-byte path gives what the byte loop gives, at every position
    /// of every string over an alphabet of letters, digits, joiners, spaces
    /// and non-ASCII text.
    #[test]
    fn short_words_scan_as_the_byte_loop_does() {
        let alphabet: Vec<&str> = vec![
            "a", "o", "O", "Z", "z", "1", "0", "9", "'", "-", "&", ".", ",", ":", " ", "!", "\n",
            "é", "😀", "\u{0}", "_", "ab", "cde", "KLMNO", "pqrst", "42",
        ];
        // A fixed linear congruential sequence: the same strings every run.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize % n
        };
        let mut checked = 0;
        for _ in 0..20_000 {
            let len = 1 + next(20);
            let text: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let bytes = text.as_bytes();
            for pos in 0..bytes.len() {
                for end in [bytes.len(), pos + next(bytes.len() - pos + 1)] {
                    if let Some(fast) = scan_short_word(bytes, pos, end) {
                        let slow = scan_word_bytewise(bytes, pos, end);
                        let keyless = fast.map(|w| Word { key: 0, ..w });
                        assert_eq!(keyless, slow, "{text:?} at {pos}..{end}");
                        if let Some(w) = fast.filter(|w| w.key != 0) {
                            let lower = text[pos..w.end].to_ascii_lowercase();
                            let key = crate::lexicon::phrase_key(&lower);
                            assert_eq!(w.key, key, "{text:?} at {pos}");
                        }
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
    }
}
