//! Text emoticons recognised as single tokens.

use once_cell::sync::Lazy;
use std::collections::HashSet;

/// Emoticons as written; letters match either case (":D", ":d", "XD").
const EMOTICONS: &[&str] = &[
    ":)", ":-)", ":]", ":-]", "=)", "=]", ":}", ":o)", ":c)", "(:", "(-:", "^_^", "^^", "^.^",
    ":(", ":-(", ":[", ":-[", "=(", "=[", ":{", "):", ")-:", ":c", ":'(", ":'-(", ";(", "t_t",
    ";)", ";-)", ";]", ";d", ":d", ":-d", "=d", "xd", "x-d", "8)", "8-)", "b)", "b-)", ":p", ":-p",
    ";p", ";-p", "=p", ":b", "xp", ":o", ":-o", "o_o", "o.o", "0_o", "o_0", ":/", ":-/", ":\\",
    ":-\\", "=/", ":s", ":-s", ":|", ":-|", ":$", ":x", ":-x", ":*", ":-*", ";*", "<3", "<33",
    "<333", "</3", "<\\3", "d:", "d8", "d;", "d=", ":@", ">:(", ">:-(", ">:)", ">:-)", ":')",
    ":'-)", ":3", ":-3", "=3", "-_-", "-.-", ">_<", ">.<", "u_u",
];

/// Whether `chunk` (a whitespace-delimited piece of text) is a text emoticon.
/// A repeated last character counts once (":)))" is ":)").
pub fn is_emoticon(chunk: &str) -> bool {
    // Cheap reject first: emoticons have at most two letters or digits ("XD", "<33" after the cut).
    if chunk.len() < 2 || chunk.len() > 12 || !chunk.is_ascii() {
        return false;
    }
    let bytes = chunk.as_bytes();
    // Words with punctuation after them ("it.", "I'm") start with two letters; no emoticon longer than two does.
    if chunk.len() > 2 && bytes[0].is_ascii_alphabetic() && bytes[1].is_ascii_alphabetic() {
        return false;
    }
    let alphanumeric = chunk.bytes().filter(u8::is_ascii_alphanumeric).count();
    if alphanumeric > 4 || (alphanumeric == chunk.len() && chunk.len() > 2) {
        return false;
    }
    let last = bytes[bytes.len() - 1];
    let repeats = bytes.iter().rev().take_while(|&&b| b == last).count();
    let core = &bytes[..bytes.len() - repeats + 1];
    if core.len() > 5 {
        return false;
    }
    let mut lower = [0u8; 5];
    for (l, b) in lower.iter_mut().zip(core) {
        *l = b.to_ascii_lowercase();
    }
    SET.contains(&lower[..core.len()])
}

/// The list above plus every emoticon-shaped key of VADER's lexicon (":l", "=/", "\\o/").
static SET: Lazy<HashSet<Vec<u8>, foldhash::fast::FixedState>> = Lazy::new(|| {
    let vader_keys = crate::lexicon::VADER_LEXICON
        .lines()
        .filter_map(|line| line.split('\t').next())
        .filter(|key| looks_like_emoticon(key));
    EMOTICONS
        .iter()
        .copied()
        .chain(vader_keys)
        .map(|e| e.to_ascii_lowercase().into_bytes())
        .collect()
});

/// ASCII, 2-5 characters, some punctuation, and not a word with an apostrophe ("can't").
fn looks_like_emoticon(key: &str) -> bool {
    let bytes = key.as_bytes();
    (2..=5).contains(&bytes.len())
        && key.is_ascii()
        && bytes.iter().any(u8::is_ascii_punctuation)
        && bytes.iter().filter(|b| b.is_ascii_alphabetic()).count() <= 1
}

#[cfg(test)]
mod tests {
    use super::is_emoticon;

    #[test]
    fn emoticons_and_not() {
        for yes in [
            ":)", ":-(", "<3", ":D", "XD", ":P", ":'(", "</3", ";)", ":)))",
        ] {
            assert!(is_emoticon(yes), "{yes}");
        }
        for no in ["a", "ok", "3", "(a)", "hello", "::", "!!!"] {
            assert!(!is_emoticon(no), "{no}");
        }
    }
}
