use super::*;

fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
    tokenize(text).iter().map(|t| (t.text, t.kind)).collect()
}

#[test]
fn words_contractions_and_symbols() {
    use TokenKind::*;
    let table: &[(&str, &[(&str, TokenKind)])] = &[
        ("didn't can’t", &[("didn't", Word), ("can’t", Word)]),
        (
            "hassle-free check-in",
            &[("hassle-free", Word), ("check-in", Word)],
        ),
        (
            "$4.50 at 7:30",
            &[
                ("$", Punct),
                ("4.50", Number),
                ("at", Word),
                ("7:30", Number),
            ],
        ),
        (
            "wow!!! ok?!",
            &[("wow", Word), ("!!!", Punct), ("ok", Word), ("?!", Punct)],
        ),
        (
            "see https://x.co/a. #fail @Acme",
            &[
                ("see", Word),
                ("https://x.co/a", Url),
                (".", Punct),
                ("#fail", Hashtag),
                ("@Acme", Mention),
            ],
        ),
        (
            "love it :-) <3 :(",
            &[
                ("love", Word),
                ("it", Word),
                (":-)", Emoticon),
                ("<3", Emoticon),
                (":(", Emoticon),
            ],
        ),
        (
            "great👍🏽 service 👨‍👩‍👧",
            &[
                ("great", Word),
                ("👍🏽", Emoji),
                ("service", Word),
                ("👨‍👩‍👧", Emoji),
            ],
        ),
        ("café naïve", &[("café", Word), ("naïve", Word)]),
        (
            "a &gt; b &amp; c &lt;3",
            &[
                ("a", Word),
                ("&gt;", Punct),
                ("b", Word),
                ("&amp;", Punct),
                ("c", Word),
                ("&lt;3", Emoticon),
            ],
        ),
        ("fine\u{b}ok\u{c}\u{b}", &[("fine", Word), ("ok", Word)]),
        ("", &[]),
    ];
    for (text, expected) in table {
        assert_eq!(kinds(text), *expected, "tokenizing {text:?}");
    }
}

#[test]
fn spans_point_into_the_input() {
    let text = "Héllo,  wörld!! 😀 ok";
    for t in tokenize(text) {
        assert_eq!(&text[t.start..t.end()], t.text);
    }
}

#[test]
fn shape_flags() {
    let t = tokenize("GREAT Maria sooo I OK");
    assert!(t[0].is_all_caps() && !t[0].is_elongated());
    assert!(t[1].is_capitalized() && !t[1].is_all_caps());
    assert!(t[2].is_elongated());
    assert!(!t[3].is_all_caps(), "a single capital is not shouting");
    assert!(t[4].is_all_caps());
}

#[test]
fn sentences_and_clauses() {
    let t = tokenize("Good food, slow service. Will return\nThanks");
    let marks: Vec<_> = t.iter().map(|t| (t.text, t.sentence, t.clause)).collect();
    assert_eq!(
        marks,
        [
            ("Good", 0, 0),
            ("food", 0, 0),
            (",", 0, 0),
            ("slow", 0, 1),
            ("service", 0, 1),
            (".", 0, 1),
            ("Will", 1, 2),
            ("return", 1, 2),
            ("Thanks", 2, 3),
        ]
    );
}

#[test]
fn normalization() {
    let mut out = String::new();
    assert!(normalize_word("SOOOO", &mut out));
    assert_eq!(out, "soo");
    let mut squeezed = String::new();
    squeeze_doubles(&out, &mut squeezed);
    assert_eq!(squeezed, "so");
    assert!(!normalize_word("Can’t", &mut out));
    assert_eq!(out, "can't");
}
