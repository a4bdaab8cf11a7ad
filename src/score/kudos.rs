//! Kudos (spec section 9): the employees a comment praises, as written
//! ("Maria", "the night manager", "our driver Tom").
//!
//! A person is a name (a `name`-class word, or a capitalized word inside a
//! sentence the lexicon does not know), a title and a name ("Dr. Patel"),
//! or a role ("waiter", "night manager") with its determiner and a name
//! after it. The praise must be about that person: a praise phrase right
//! before or after it ("thanks to", "shout out to", "deserves a raise"), a
//! positive word right before it ("the lovely waitress"), or the person as
//! the subject of a positive clause ("Maria at the desk was so helpful"),
//! within its part of the sentence (cut at commas and "but"). A bare
//! capitalized word must be that subject or the object of praise, so
//! "Thanks to Amazon's app" stays out only when nothing says it acts like a person.

use super::signals::Hit;
use super::Modifiers;
use crate::analysis::{Kudos, MomentKind, Span};
use crate::lexicon::{class, Annotated, AttributeKind, IntentKind, Signal, Unit};
use crate::tokenize::{TokenKind, ALL_CAPS, CAPITALIZED};

/// How many words after a person a clause's praise may stand.
pub const AFTER: usize = 8;
/// How many words before a person a positive word or praise phrase may stand.
pub const BEFORE: usize = 3;
/// How many words after a person a moment they made may start.
pub const DEED: usize = 30;
/// Positive valence (after negation) the words after a person must add up to.
pub const PRAISE_MIN: f64 = 1.0;
/// Most words a praise phrase spans.
const MAX_PRAISE: usize = 48;
/// Most words of a name ("Maria Lopez Garcia").
const NAME_WORDS: usize = 4;
/// Most words between a determiner and its role ("the night shift manager").
const MODIFIERS: usize = 2;
/// How far back a sentence-opening name is looked for as a name used before.
const NAMED_BEFORE: usize = 60;
/// How many words into the next sentence a verdict on the person may start ("What a guy.").
const VERDICT: usize = 2;

/// Verbs and adverbs that follow a person acting: "Maria was", "Tom fixed".
const PERSON_VERBS: &[&str] = &[
    "was",
    "is",
    "were",
    "are",
    "has",
    "had",
    "did",
    "went",
    "helped",
    "made",
    "took",
    "fixed",
    "sorted",
    "answered",
    "handled",
    "stayed",
    "came",
    "walked",
    "explained",
    "greeted",
    "remembered",
    "treated",
    "kept",
    "gave",
    "got",
    "really",
    "truly",
    "always",
    "personally",
    "also",
    "even",
    "definitely",
    "deserves",
    "knew",
    "found",
    "offered",
    "brought",
    "called",
    "checked",
    "saved",
    "listened",
    "solved",
    "resolved",
    "managed",
    "sat",
    "saw",
    "held",
    "spent",
    "let",
    "ran",
    "drove",
    "put",
    "sent",
    "told",
    "could",
    "would",
    "will",
    "can",
    "couldn't",
    "didn't",
    "calls",
    "remembers",
    "knows",
    "makes",
    "takes",
    "treats",
    "goes",
    "helps",
    "gets",
    "listens",
    "explains",
    "checks",
    "keeps",
    "never",
    "rang",
    "paid",
    "lent",
    "dug",
    "stood",
    "bent",
    "caught",
    "taught",
];

/// Whether `word` after a person makes them its subject: a verb from the
/// list or a regular past tense ("noticed", "searched").
fn acts(word: &str) -> bool {
    PERSON_VERBS.contains(&word) || (word.len() > 4 && word.ends_with("ed"))
}

/// Whether `word` is a determiner that opens a role ("the waiter", "our driver").
fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "our" | "my" | "your" | "this" | "that" | "their"
    )
}

/// Prepositions before a person that make them an object, not the one acting.
const OBJECT_OF: &[&str] = &["for", "about", "against", "toward", "towards"];

/// Words after a person that keep them the subject: "Maria at the desk", "Jonas from support".
const LINKS: &[&str] = &["at", "from", "in", "on", "with"];

/// A person mentioned in `words[start..end]`.
#[derive(Debug, Clone, Copy)]
struct Mention {
    start: usize,
    end: usize,
    /// A role with no name ("the hygienist").
    role_only: bool,
    /// A name with no role or title ("Corinne").
    name_only: bool,
}

/// Find the praised people. `words` are the comment's words with `owner`
/// their units; `hits` the pattern matches, in text order.
pub(crate) fn find(
    a: &Annotated,
    text: &str,
    words: &[Unit],
    owner: &[u32],
    modifiers: &Modifiers,
    hits: &[Hit],
) -> Vec<Kudos> {
    let mut kudos: Vec<Kudos> = Vec::new();
    // Per kudos: only ever a role without a name; a name thanked on its own.
    let mut shapes: Vec<(bool, bool)> = Vec::new();
    // Per kudos: who in lower case, and the role a determiner names ("the waiter").
    let mut forms: Vec<(String, Option<String>)> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let Some(mention) = mention_at(a, words, k) else {
            k += 1;
            continue;
        };
        k = mention.end;
        let Some(evidence) = praised(a, words, owner, modifiers, mention, hits) else {
            continue;
        };
        let span = Span::new(words[mention.start].start, words[mention.end - 1].end);
        let who = span.text(text);
        let form = person_form(who);
        // "The waiter" ... "that waiter": the same role is the same person.
        let same = |(x, role): &(String, Option<String>)| {
            x.contains(form.0.as_str())
                || form.0.contains(x.as_str())
                || role.is_some() && *role == form.1
        };
        let shape = (
            mention.role_only,
            mention.name_only && thanked(a, words, &mention),
        );
        // Only the last few people named are candidates, so a comment
        // naming thousands stays linear; real comments name a handful.
        let window = forms.len().saturating_sub(SAME_PERSON_WINDOW);
        match forms[window..].iter().position(same).map(|j| j + window) {
            Some(j) => {
                let x = &mut kudos[j];
                shapes[j] = (shapes[j].0 && shape.0, shapes[j].1 || shape.1);
                // Keep the fuller form: "the night manager, Luis" over "Luis".
                if who.len() > x.who.len() {
                    x.who = who.to_string();
                    forms[j] = form;
                }
                x.evidence.extend([span, evidence]);
            }
            None => {
                kudos.push(Kudos {
                    who: who.to_string(),
                    evidence: vec![span, evidence],
                });
                shapes.push(shape);
                forms.push(form);
            }
        }
    }
    // "The hygienist remembered ... Thank you Corinne!": a name thanked
    // after the one praised role is that person, and the name says who.
    if matches!(shapes[..], [(true, false), (false, true)]) {
        if let Some(name) = kudos.pop() {
            let role = &mut kudos[0];
            role.who = name.who;
            role.evidence.extend(name.evidence);
        }
    }
    kudos
}

/// How many of the people named last a new mention may be the same as.
const SAME_PERSON_WINDOW: usize = 32;

/// `who` in lower case, with the role its determiner names ("the waiter"), if any.
fn person_form(who: &str) -> (String, Option<String>) {
    let lower = who.to_lowercase();
    let role = lower.split_once(' ').and_then(|(first, last)| {
        is_determiner(first).then(|| last.rsplit(' ').next().unwrap_or(last).to_owned())
    });
    (lower, role)
}

/// The person mentioned from word `k`, if one starts there.
fn mention_at(a: &Annotated, words: &[Unit], k: usize) -> Option<Mention> {
    let unit = &words[k];
    if unit.kind != TokenKind::Word {
        return None;
    }
    let word = a.form(unit);
    let determiner = is_determiner(word);
    // Every mention starts at a determiner, a role or a capital: most words are none.
    if !determiner && unit.flags & CAPITALIZED == 0 && unit.entry.class & class::ROLE == 0 {
        return None;
    }
    // "Dr. Patel", "Mr Jones": the title and the name.
    if unit.entry.class & class::TITLE != 0 && unit.flags & CAPITALIZED != 0 {
        let mut n = k + 1;
        if words.get(n).is_some_and(|u| a.form(u) == ".") {
            n += 1;
        }
        if words.get(n).is_some_and(capitalized) {
            return Some(Mention {
                start: k,
                end: name_end(words, n + 1),
                role_only: false,
                name_only: false,
            });
        }
        return None;
    }
    if determiner || unit.entry.class & class::ROLE != 0 {
        // "the night manager", "our driver Tom", "Waiter".
        let first = if unit.entry.class & class::ROLE != 0 {
            k
        } else {
            k + 1
        };
        let role = (first..(first + MODIFIERS + 1).min(words.len())).find(|&r| {
            words[r].entry.class & class::ROLE != 0
                && words[first..r].iter().all(|u| {
                    u.kind == TokenKind::Word
                        && u.entry.valence.is_none()
                        && !is_determiner(a.form(u))
                })
        })?;
        let start = k;
        let mut end = role + 1;
        if words.get(end).is_some_and(|u| is_proper(words, end, u)) {
            end = name_end(words, end);
        } else if words.get(end).is_some_and(|u| a.form(u) == ",")
            && words
                .get(end + 1)
                .is_some_and(|u| is_proper(words, end + 1, u))
        {
            // "the night manager, Luis, ...": the role and the name.
            end = name_end(words, end + 1);
        }
        return Some(Mention {
            start,
            end,
            role_only: end == role + 1,
            name_only: false,
        });
    }
    // "my husband Dave": the customer's family, not staff.
    if k > 0 && words[k - 1].entry.class & class::RELATIVE != 0 {
        return None;
    }
    if super::signals::is_name(words, k) || named_before(a, words, k) || introduced(a, words, k) {
        if relative_named(a, words, k) {
            return None;
        }
        return Some(Mention {
            start: k,
            end: name_end(words, k + 1),
            role_only: false,
            name_only: true,
        });
    }
    None
}

/// Whether the person named at `mention` is thanked by name and nothing
/// more is said of them: "Thank you Corinne!", "Cheers Nadia.", "can't
/// thank Lucía enough" (not "thanks Nadia at reception for ...").
fn thanked(a: &Annotated, words: &[Unit], mention: &Mention) -> bool {
    let k = mention.start;
    let before = |n: usize| k.checked_sub(n).map_or("", |j| a.form(&words[j]));
    let thanks = matches!(before(1), "thank" | "thanks" | "thx" | "cheers" | "kudos")
        || (before(1) == "you" && before(2) == "thank");
    let said = words
        .get(mention.end)
        .is_none_or(|u| u.kind != TokenKind::Word || a.form(u) == "enough");
    thanks && said
}

/// A capitalized word opening a sentence that the comment already used as
/// a name inside a sentence: "... the receptionist, Nadia, ... Nadia is amazing."
fn named_before(a: &Annotated, words: &[Unit], k: usize) -> bool {
    let unit = &words[k];
    let opens = k > 0 && words[k - 1].sentence != unit.sentence;
    if !opens || !capitalized(unit) || unit.entry.cues != 0 || unit.entry.valence.is_some() {
        return false;
    }
    let form = a.form(unit);
    (k.saturating_sub(NAMED_BEFORE)..k).any(|j| {
        a.form(&words[j]) == form
            && super::signals::is_name(words, j)
            && (j == 0 || words[j - 1].entry.class & class::RELATIVE == 0)
    })
}

/// Praise the staff gave the customer: "came over to thank us".
fn thanks_customer(a: &Annotated, words: &[Unit], h: &Hit) -> bool {
    h.signal == Signal::Praise
        && words
            .get(h.end)
            .is_some_and(|u| matches!(a.form(u), "us" | "me" | "everyone" | "customers"))
}

/// A capitalized word opening a sentence, unknown to the lexicon, followed by
/// where the person works: "Jonas from the success team", "Hannah in claims".
fn introduced(a: &Annotated, words: &[Unit], k: usize) -> bool {
    let unit = &words[k];
    let opens = k == 0 || words[k - 1].sentence != unit.sentence;
    let unknown = unit.entry.cues == 0
        && unit.entry.valence.is_none()
        && unit.entry.class == 0
        && !unit.entry.negator
        && unit.entry.affect.is_empty();
    if !opens || !capitalized(unit) || !unknown {
        return false;
    }
    let link = words
        .get(k + 1)
        .is_some_and(|u| matches!(a.form(u), "from" | "at" | "in"));
    link && words.get(k + 2).is_some_and(|u| {
        u.sentence == unit.sentence
            && (matches!(a.form(u), "the" | "our" | "your") || u.entry.class & class::ROLE != 0)
    })
}

/// Whether the name at `k` was given before as a relative's: "my husband Dave ... Dave is".
fn relative_named(a: &Annotated, words: &[Unit], k: usize) -> bool {
    let form = a.form(&words[k]);
    (k.saturating_sub(NAMED_BEFORE).max(1)..k)
        .any(|j| a.form(&words[j]) == form && words[j - 1].entry.class & class::RELATIVE != 0)
}

fn capitalized(unit: &Unit) -> bool {
    unit.kind == TokenKind::Word && unit.flags & (CAPITALIZED | ALL_CAPS) == CAPITALIZED
}

fn is_proper(words: &[Unit], k: usize, unit: &Unit) -> bool {
    capitalized(unit) && (unit.entry.class & class::NAME != 0 || super::signals::is_name(words, k))
}

/// One past a name's last word: a surname after a first name ("Maria Lopez").
fn name_end(words: &[Unit], mut k: usize) -> usize {
    let last = k + NAME_WORDS;
    while k < words.len()
        && k < last
        && capitalized(&words[k])
        && words[k].sentence == words[k - 1].sentence
        && words[k].entry.valence.is_none()
        && words[k].entry.class & class::ROLE == 0
    {
        k += 1;
    }
    k
}

/// The evidence of praise of `m`, if it is praised.
fn praised(
    a: &Annotated,
    words: &[Unit],
    owner: &[u32],
    modifiers: &Modifiers,
    m: Mention,
    hits: &[Hit],
) -> Option<Span> {
    let sentence = words[m.end - 1].sentence;
    let span = |s: usize, e: usize| Span::new(words[s].start, words[e - 1].end);
    // A praise phrase right before ("thanks to Maria") or right after ("Tom deserves a raise").
    // Hits are in text order: look only at those starting near the person.
    let from = hits.partition_point(|h| h.start + MAX_PRAISE + 1 < m.start);
    let near = hits[from..].iter().take_while(|h| h.start <= m.end + 2);
    // "Highly recommend Dr. Varga": recommending a person right before them praises them too.
    let recommends = |h: &&Hit| {
        h.signal == Signal::Intent(IntentKind::Recommend, 1) && h.end <= m.start && m.start == h.end
    };
    if let Some(h) = near
        .filter(|h| h.signal == Signal::Praise || recommends(h))
        .find(|h| {
            (h.end <= m.start && m.start - h.end <= 1) || (h.start >= m.end && h.start - m.end <= 2)
        })
    {
        return Some(span(h.start, h.end));
    }
    let valence = |k: usize| {
        modifiers
            .valence
            .get(owner[k] as usize)
            .copied()
            .unwrap_or(0.0)
    };
    let ends_part = |u: &Unit| {
        u.sentence != sentence
            || u.entry.contrast.is_some()
            || (u.kind == TokenKind::Punct && a.form(u) != ".")
    };
    // A positive word right before: "the lovely waitress", "thank you Maria".
    let clause = words[m.start].clause;
    let before = (m.start.saturating_sub(BEFORE)..m.start)
        .rev()
        .take_while(|&k| words[k].clause == clause && !ends_part(&words[k]))
        .take(2)
        .find(|&k| {
            let unit = owner[k] as usize;
            valence(k) > 0.0 && modifiers.factor.get(unit).is_some_and(|f| *f > 0.0)
        });
    if let Some(k) = before {
        return Some(span(k, k + 1));
    }
    // The person as the subject of what follows: "Maria at the desk was",
    // "Tom fixed", "the night manager, Luis, had"; skip an appositive comma.
    let mut after = m.end;
    if words.get(after).is_some_and(|u| a.form(u) == ",") {
        after += 1;
    }
    let next = words.get(after).map_or("", |u| a.form(u));
    if !acts(next) && !LINKS.contains(&next) {
        return None;
    }
    // "an exception for the guy in first class": the object of a preposition acts in nothing.
    let object = m.start > 0 && OBJECT_OF.contains(&a.form(&words[m.start - 1]));
    if object {
        return None;
    }
    // A moment, a service attribute or praise they gave, in the sentence.
    let from = hits.partition_point(|h| h.start < after);
    // "The manager comped our meal. He also checked back twice...": the
    // next sentence goes on about the same person when it opens with he or she.
    let next_opening = (after..words.len())
        .take(DEED + MAX_PRAISE)
        .find(|&k| words[k].sentence != sentence);
    let goes_on = next_opening.is_some_and(|k| {
        words[k..]
            .iter()
            .take(VERDICT)
            .any(|u| matches!(a.form(u), "he" | "she"))
    });
    let reach = if goes_on { DEED + MAX_PRAISE } else { DEED };
    let deed = hits[from..]
        .iter()
        .take_while(|h| h.start < after + reach)
        .filter(|h| {
            let s = words[h.start].sentence;
            s == sentence || (goes_on && s == sentence + 1)
        })
        .find(|h| {
            matches!(
                h.signal,
                Signal::Moment(
                    MomentKind::Surprise
                        | MomentKind::GoingTheDistance
                        | MomentKind::Miracle
                        | MomentKind::Selfless
                ) | Signal::Attribute(_, 1)
                    | Signal::Praise
                    | Signal::Gesture
            ) && !thanks_customer(a, words, h)
        });
    if let Some(h) = deed {
        return Some(span(h.start, h.end));
    }
    // A short verdict opening the next sentence: "Hank waited with me ... What a guy."
    let verdict = hits[from..]
        .iter()
        .take_while(|h| h.start < after + DEED + MAX_PRAISE)
        .filter(|h| {
            words[h.start].sentence == sentence + 1
                && matches!(
                    h.signal,
                    Signal::Praise
                        | Signal::Moment(
                            MomentKind::Surprise
                                | MomentKind::GoingTheDistance
                                | MomentKind::Selfless
                        )
                        | Signal::Attribute(AttributeKind::Helpful | AttributeKind::Considerate, 1)
                )
        })
        .find(|h| {
            (h.start.saturating_sub(VERDICT + 1)..h.start).any(|j| words[j].sentence == sentence)
        });
    if let Some(h) = verdict {
        return Some(span(h.start, h.end));
    }
    // Words of a recovery ("apologized", "refunded") make things right, they are no praise.
    let lo = hits.partition_point(|h| h.start + MAX_PRAISE < after);
    let recovery = |k: usize| {
        hits[lo..]
            .iter()
            .take_while(|h| h.start <= k)
            .any(|h| matches!(h.signal, Signal::Recovery(_)) && h.end > k)
    };
    let thanked = |k: usize| {
        hits[lo..]
            .iter()
            .take_while(|h| h.start <= k)
            .any(|h| h.end > k && thanks_customer(a, words, h))
    };
    let (mut positive, mut negative, mut best) = (0.0f64, 0.0f64, None::<(f64, usize)>);
    let mut last_owner = u32::MAX;
    for k in (after..words.len()).take(AFTER) {
        let u = &words[k];
        if u.kind == TokenKind::Punct && a.form(u) == "." && u.sentence == sentence {
            break;
        }
        if ends_part(u) && k > after {
            break;
        }
        if owner[k] == last_owner {
            continue;
        }
        last_owner = owner[k];
        // "felt like a bot": "like" compares, it does not praise.
        if recovery(k) || thanked(k) || a.form(u) == "like" {
            continue;
        }
        let v = valence(k);
        if v > 0.0 {
            positive += v;
            if best.is_none_or(|(b, _)| v > b) {
                best = Some((v, k));
            }
        } else {
            negative -= v;
        }
    }
    let (_, k) = best?;
    (positive >= PRAISE_MIN && positive > negative).then(|| {
        let unit = owner[k] as usize;
        Span::new(a.units[unit].start, a.units[unit].end)
    })
}
