//! Whether a customer-experience pattern's match states a fact: "they did
//! not even apologize" is no apology, "I was hoping they'd make an
//! exception" no miracle, "I would have come back if..." no return intent,
//! "Can you refund me?" and "please refund" no remedy.
//!
//! The context is read from the words around the match, in its sentence,
//! within bounded windows.

use crate::lexicon::{is_negation_word, Annotated, Unit};
use crate::tokenize::TokenKind;

/// How far back a negator reaches (words, same clause).
pub const NEGATION_SCOPE: usize = 3;
/// How far back a hope, wish, request or condition reaches (words, same sentence).
pub const IRREALIS_SCOPE: usize = 8;
/// How far after the match a condition ("if", "unless") reaches.
pub const CONDITION_AFTER: usize = 4;

/// How far after the match its sentence's question mark is looked for.
pub const QUESTION_SCOPE: usize = 40;

/// What the context makes of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Stated as a fact.
    Asserted,
    /// Stated and negated ("did not apologize", "would not recommend").
    Negated,
    /// Hoped, wished, asked for, conditional, promised or asked about: not a fact.
    Unreal,
}

/// How a signal reads its context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// An event that happened (moments, recovery, attributes, effort).
    Event,
    /// A stated intent: "hope to come back" and "would recommend" count,
    /// "would have come back" and "if they fix it" do not.
    Intent,
    /// An intent against the business (not recommending, not coming back,
    /// leaving): read as [`Reading::Intent`], but a condition after it
    /// keeps it ("I'd recommend avoiding it unless you like being
    /// overcharged").
    Warning,
    /// A failure: told even in a question or a request ("Will you refund
    /// the fee you charged me by mistake?" still reports the mistake).
    Failure,
}

/// The context of the match `words[start..end]` (words: the comment's
/// words in order, see [`Annotated::parts`]). `negated_pattern`: the
/// pattern states a negation itself, so one inside the match is its own
/// and one just before it does not flip it again ("no explanation and not
/// even a thank-you").
pub fn context(
    a: &Annotated,
    words: &[Unit],
    start: usize,
    end: usize,
    negated_pattern: bool,
    reading: Reading,
) -> Context {
    let Some(first) = words.get(start) else {
        return Context::Asserted;
    };
    let sentence = first.sentence;
    let failure = reading == Reading::Failure;
    if !failure && sentence_is_question(a, words, end, sentence) {
        // "Would I recommend? Absolutely not.": the customer's own answer.
        return match answer(a, words, end, sentence) {
            Some(false) => Context::Negated,
            Some(true) => Context::Asserted,
            None => Context::Unreal,
        };
    }
    let word = |k: usize| a.form(&words[k]);
    // In scare quotes: the manager came to 'apologize'.
    let quote = |k: usize| {
        words
            .get(k)
            .is_some_and(|u| matches!(a.form(u), "'" | "\"" | "\u{201c}" | "\u{201d}" | "\u{2018}"))
    };
    // A failure in scare quotes is still told: they 'lost' the form.
    if !failure && end == start + 1 && start > 0 && quote(start - 1) && quote(end) {
        return Context::Unreal;
    }
    let mut negated = !negated_pattern
        && (start..end).any(|k| is_negation_word(word(k)) && !not_only(a, words, k));
    // After the match: "I'll come back if they fix it" (but "won't be back
    // unless..." still says no).
    let after = (end..words.len())
        .take_while(|&k| words[k].clause == words[end - 1].clause)
        .take(CONDITION_AFTER);
    let mut conditional = false;
    for k in after {
        conditional |= match word(k) {
            "if" => !passing_by(a, words, k),
            "unless" => true,
            _ => false,
        };
    }
    let intent = matches!(reading, Reading::Intent | Reading::Warning);
    // "I'll recommend it when pigs fly": an intent that will never be.
    if intent && !negated_pattern && never_time(a, words, end, sentence) {
        negated = !negated;
    }
    let mut seen = 0;
    let mut k = start;
    while k > 0 && seen < IRREALIS_SCOPE {
        k -= 1;
        let unit = &words[k];
        if unit.sentence != sentence {
            break;
        }
        if unit.kind == TokenKind::Punct {
            continue;
        }
        seen += 1;
        let w = word(k);
        let same_clause = unit.clause == first.clause;
        if same_clause
            && seen <= NEGATION_SCOPE
            && !negated_pattern
            && unit.entry.contrast.is_none()
            && is_negation_word(w)
            && !not_only(a, words, k)
        {
            negated = true;
        }
        let next = words.get(k + 1).map_or("", |u| a.form(u));
        let perfect = next == "have" || next == "'ve";
        let unreal = match w {
            // A wish, hope or request for it, in any clause of the sentence.
            "please" | "pls" | "plz" => !failure,
            "would've" | "could've" | "should've" | "might've" => true,
            "would" | "could" | "should" | "might" | "must" | "'d" => perfect,
            "if" | "unless" | "whether" | "instead" | "rather" => same_clause,
            "hope" | "hoping" | "hoped" | "wish" | "wished" | "wishing" | "expect" | "expected"
            | "expecting" => reading == Reading::Event,
            "want" | "wanted" | "wants" | "need" | "needed" | "needs" | "asked" | "ask"
            | "asking" | "request" | "requested" | "demand" | "demanded" | "demanding"
            | "tried" | "trying" | "try" | "promised" | "promise" | "supposed" | "waiting"
            | "until" => reading == Reading::Event && same_clause,
            "will" | "'ll" | "gonna" | "they'll" | "they'd" | "he'd" | "she'd" | "he'll"
            | "she'll" | "they're" => reading == Reading::Event && same_clause && seen <= 3,
            _ => false,
        };
        if unreal {
            return Context::Unreal;
        }
    }
    // "Everyone keeps telling me to switch banks": someone else's wish for
    // the customer, not the customer's intent ("time for me to switch" is).
    if intent
        && start >= 2
        && word(start - 1) == "to"
        && matches!(word(start - 2), "me" | "us")
        && (start < 3 || word(start - 3) != "for")
    {
        return Context::Unreal;
    }
    if !failure && request_opening(a, words, start, sentence) {
        return Context::Unreal;
    }
    if conditional && !negated && reading != Reading::Warning {
        return Context::Unreal;
    }
    // "I'll be back on the return leg since I've got no choice": forced, no intent.
    if reading == Reading::Intent && !negated && forced(a, words, start, sentence) {
        return Context::Unreal;
    }
    if negated {
        Context::Negated
    } else {
        Context::Asserted
    }
}

/// "if we're in the area", "if I'm ever in town": an occasion, not a
/// condition on the intent.
fn passing_by(a: &Annotated, words: &[Unit], k: usize) -> bool {
    let next: Vec<&str> = words[k + 1..]
        .iter()
        .take(5)
        .take_while(|u| u.sentence == words[k].sentence)
        .map(|u| a.form(u))
        .collect();
    let subject = next
        .first()
        .is_some_and(|w| matches!(*w, "we're" | "i'm" | "we" | "i" | "ever"));
    subject
        && next.iter().any(|w| {
            matches!(
                *w,
                "area" | "town" | "nearby" | "passing" | "neighborhood" | "neighbourhood" | "city"
            )
        })
}

/// How far after an intent its "when pigs fly" is looked for.
const NEVER_TIME_SCOPE: usize = 4;

/// "when pigs fly", "when hell freezes over": a time that never comes.
fn never_time(a: &Annotated, words: &[Unit], end: usize, sentence: u32) -> bool {
    let next: Vec<&str> = words[end.min(words.len())..]
        .iter()
        .take_while(|u| u.sentence == sentence)
        .filter(|u| u.kind != TokenKind::Punct)
        .take(NEVER_TIME_SCOPE + 2)
        .map(|u| a.form(u))
        .collect();
    next.windows(2).any(|w| {
        matches!(w[0], "when" | "once" | "until" | "till") && matches!(w[1], "pigs" | "hell")
    })
}

/// Whether the sentence says the customer has no choice ("since I've got
/// no choice", "no other option"): a stay or return that is forced.
fn forced(a: &Annotated, words: &[Unit], start: usize, sentence: u32) -> bool {
    let start = start.min(words.len().saturating_sub(1));
    let from = (start.saturating_sub(QUESTION_SCOPE)..=start)
        .rev()
        .take_while(|&k| words[k].sentence == sentence)
        .last()
        .unwrap_or(start);
    let forms: Vec<&str> = words[from..]
        .iter()
        .take_while(|u| u.sentence == sentence)
        .take(QUESTION_SCOPE)
        .filter(|u| u.kind != TokenKind::Punct)
        .map(|u| a.form(u))
        .collect();
    let choice = |k: usize| {
        forms
            .get(k)
            .is_some_and(|w| matches!(*w, "choice" | "option" | "alternative"))
    };
    (0..forms.len()).any(|k| {
        forms[k] == "no" && (choice(k + 1) || (forms.get(k + 1) == Some(&"other") && choice(k + 2)))
    })
}

/// "not only", "not just": no negation.
fn not_only(a: &Annotated, words: &[Unit], k: usize) -> bool {
    a.form(&words[k]) == "not"
        && words
            .get(k + 1)
            .is_some_and(|u| matches!(a.form(u), "only" | "just"))
}

/// Whether the sentence of the match ends with a question mark.
fn sentence_is_question(a: &Annotated, words: &[Unit], end: usize, sentence: u32) -> bool {
    // Bounded: a sentence without an end is no question.
    let last = words[end.min(words.len())..]
        .iter()
        .take(QUESTION_SCOPE)
        .take_while(|u| u.sentence == sentence)
        .last()
        .or_else(|| words.get(end.wrapping_sub(1)));
    last.is_some_and(|u| u.kind == TokenKind::Punct && a.form(u).contains('?'))
}

/// The customer's answer to their own question (ending at or after
/// `end`): the next sentence opening with a "no" ("No.", "Hardly.",
/// "Absolutely not.", "Not a chance.") or a plain "yes" ("Yes.",
/// "Absolutely.", "Of course."; not "Sure, if you like waiting").
fn answer(a: &Annotated, words: &[Unit], end: usize, sentence: u32) -> Option<bool> {
    let mut next = words[end.min(words.len())..]
        .iter()
        .take(QUESTION_SCOPE)
        .skip_while(|u| u.sentence == sentence)
        .filter(|u| u.kind != TokenKind::Punct);
    let first = next.next()?;
    let second = next.next().filter(|u| u.sentence == first.sentence);
    let second = second.map(|u| a.form(u));
    let negative = matches!(second, Some("not" | "no" | "never"));
    // A one-word answer sentence, or one word and its period.
    let alone = second.is_none();
    match a.form(first) {
        "no" | "nope" | "nah" | "never" | "hardly" | "not" => Some(false),
        "absolutely" | "definitely" | "certainly" | "hell" | "heck" | "god" if negative => {
            Some(false)
        }
        "yes" | "yep" | "yeah" | "absolutely" | "definitely" | "certainly" if alone => Some(true),
        _ => None,
    }
}

/// A sentence opening "Can you", "Could you", "Would you", "Will you": a request.
fn request_opening(a: &Annotated, words: &[Unit], start: usize, sentence: u32) -> bool {
    let opening = (start.saturating_sub(IRREALIS_SCOPE)..=start)
        .find(|&k| words[k].sentence == sentence && (k == 0 || words[k - 1].sentence != sentence));
    opening.is_some_and(|k| {
        matches!(a.form(&words[k]), "can" | "could" | "would" | "will")
            && words.get(k + 1).is_some_and(|u| a.form(u) == "you")
    })
}
