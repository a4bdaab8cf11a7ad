//! Text emoticons recognised as single tokens.

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
    if chunk.len() < 2 || chunk.len() > 12 || !chunk.is_ascii() {
        return false;
    }
    let bytes = chunk.as_bytes();
    let last = bytes[bytes.len() - 1];
    let repeats = bytes.iter().rev().take_while(|&&b| b == last).count();
    let core = &chunk[..chunk.len() - repeats + 1];
    core.len() <= 5 && EMOTICONS.iter().any(|e| e.eq_ignore_ascii_case(core))
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
