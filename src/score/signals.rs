//! Moments that matter, service recovery, attributes, loyalty and effort
//! (spec sections 5-8), from the customer-experience patterns of the
//! lexicon ([`Pattern`]).
//!
//! A comment none of whose words anchors a pattern (the `signal` cue) or
//! names a person (`person`) or a wait (`wait`) costs one bit test. Else
//! its words are laid out once, phrases opened into their own words
//! ([`Annotated::parts`]); each pattern is tried only where its anchor word
//! stands, with bounded windows on either side; the context rule
//! ([`modality`]) drops what is hoped, asked or conditional and flips or
//! drops what is negated; of overlapping matches of the same signal the
//! most specific pattern wins.

use super::{kudos, Modifiers};
use crate::analysis::{
    Attribute, Effort, Intent, Kudos, Loyalty, Moment, MomentKind, RecoveryKind, RecoveryPart,
    Span, Stance, Touchpoint,
};
use crate::lexicon::{
    class, cue, key_signature_bit, phrase_key, Annotated, AttributeKind, Element, IntentKind,
    Lexicon, Matcher, Pattern, Signal, Unit, LONG_WORD, MAX_GAP,
};
use crate::rules::modality::{self, Context, Reading};
use crate::rules::waiting::{self, Quantity};
use crate::tokenize::{TokenKind, ALL_CAPS, CAPITALIZED};

/// Effort of one high- or low-effort phrase, before repeats and durations.
pub const EFFORT_STEP: f64 = 0.5;
/// Extra effort per repeat beyond the first ("called five times"), up to [`EFFORT_QUANTITY_MAX`].
pub const EFFORT_PER_REPEAT: f64 = 0.1;
/// Extra effort per level of a duration (minutes 0, hours 1, days 2).
pub const EFFORT_PER_LEVEL: f64 = 0.2;
/// Most extra effort a quantity adds.
pub const EFFORT_QUANTITY_MAX: f64 = 0.5;
/// Shortest wait or delay that counts as high effort.
pub const HIGH_EFFORT_MINUTES: f64 = 20.0;
/// `|effort.score|` from which the effort counts as high or low (the evaluation's cut).
pub const EFFORT_CUT: f64 = 0.2;

/// Most words one match spans (twelve elements of at most four words).
const MAX_SPAN: usize = 48;

/// Cue bits that make a comment worth scanning.
const CUES: u16 = cue::SIGNAL | cue::PERSON;

/// Reusable buffers for [`score`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    /// The comment's words, phrases opened.
    words: Vec<Unit>,
    /// The unit index of each word.
    owner: Vec<u32>,
    /// The phrase key of each opened phrase's words (see [`Annotated::key`]).
    keys: Vec<u128>,
    /// The [`signature_bit`](crate::lexicon::key_signature_bit) of each word.
    signatures: Vec<u64>,
    hits: Vec<Hit>,
}

/// One pattern match over `words[start..end]`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) signal: Signal,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Elements the pattern has: the more, the more specific.
    specificity: usize,
    /// Repeats or minutes a `<times>` or `<duration>` slot read, 0 when none.
    quantity: Quantity,
    duration: bool,
}

/// Sections 5-9 of one comment.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Signals {
    /// Moments that matter, `recovery` included when any part is found.
    pub moments: Vec<Moment>,
    /// Parts of a service recovery.
    pub recovery: Vec<RecoveryPart>,
    /// Service attributes.
    pub attributes: Vec<Attribute>,
    /// Loyalty intents and stance.
    pub loyalty: Loyalty,
    /// Customer effort.
    pub effort: Effort,
    /// Praised employees.
    pub kudos: Vec<Kudos>,
}

/// Find the signals of the annotated `text`; `compound` is its sentiment.
/// With `pain_only`, only what relevance reads: the `pain` moments (and the
/// look-alikes that hide them); no kudos.
pub fn score(
    a: &Annotated,
    lexicon: &Lexicon,
    text: &str,
    modifiers: &Modifiers,
    compound: f64,
    pain_only: bool,
    scratch: &mut Scratch,
) -> Signals {
    if a.cues & CUES == 0 {
        return Signals::default();
    }
    let Scratch {
        words,
        owner,
        keys,
        signatures,
        hits,
    } = scratch;
    owner.clear();
    hits.clear();
    // Open the phrases into their words only when there are any.
    let (words, keys): (&[Unit], &[u128]) = if a.has_phrases() {
        words.clear();
        keys.clear();
        for i in 0..a.units.len() {
            let parts = a.parts(i);
            if parts.len() == 1 {
                keys.push(a.key(i));
            } else {
                keys.extend(parts.iter().map(|part| phrase_key(a.form(part))));
            }
            for part in parts {
                words.push(*part);
                owner.push(i as u32);
            }
        }
        (words, keys)
    } else {
        owner.extend(0..a.units.len() as u32);
        (&a.units, a.keys())
    };
    if a.cues & cue::SIGNAL != 0 {
        signatures.clear();
        signatures.extend(
            keys.iter()
                .zip(words)
                .map(|(&key, word)| key_signature_bit(key, || a.form(word))),
        );
        find(
            lexicon,
            &Matching::new(a, words, keys, signatures),
            pain_only,
            hits,
        );
    }
    // Kudos need a person word, or a deed or praise to credit someone with.
    let credit = hits.iter().any(|h| {
        !matches!(
            h.signal,
            Signal::Moment(MomentKind::Pain)
                | Signal::Intent(..)
                | Signal::Effort(_)
                | Signal::Attribute(_, -1)
                | Signal::Nothing
        )
    });
    let kudos = if !pain_only && (a.cues & cue::PERSON != 0 || credit) {
        kudos::find(a, text, words, owner, modifiers, hits)
    } else {
        Vec::new()
    };
    let mut signals = collect(a, words, hits, compound);
    signals.kudos = kudos;
    signals
}

/// Every pattern match, context applied, overlaps resolved.
fn find(lexicon: &Lexicon, m: &Matching<'_>, pain_only: bool, hits: &mut Vec<Hit>) {
    let patterns = lexicon.patterns();
    let words = m.words;
    // The signature of the text's words: most patterns tried lack a word
    // they need anywhere in the text.
    let signature = m.signatures.iter().fold(0, |s, b| s | b);
    for p in 0..words.len() {
        if words[p].entry.anchor == 0 {
            continue;
        }
        // Overlaps are settled within a signal family, and only a
        // look-alike hides a signal of another: pain needs no other.
        let pain_anchored = if pain_only {
            let list = lexicon.pain_anchored(&words[p].entry);
            if list.is_empty() {
                continue;
            }
            list
        } else {
            &[]
        };
        let sentence = words[p].sentence;
        let neighbor_bit = |k: Option<usize>| {
            k.filter(|&k| words.get(k).is_some_and(|w| w.sentence == sentence))
                .map_or(0, |k| m.signatures[k])
        };
        let (before, after) = (neighbor_bit(p.checked_sub(1)), neighbor_bit(Some(p + 1)));
        let anchored = if pain_only {
            pain_anchored
        } else {
            lexicon.anchored_near(&words[p].entry, before, after)
        };
        for candidate in anchored {
            let neighbor = match candidate.side {
                1 => after,
                -1 => before,
                _ => u64::MAX,
            };
            if neighbor & candidate.neighbor == 0 && candidate.side != 0 {
                continue;
            }
            if signature & candidate.needs == 0 && candidate.needs != 0 {
                continue;
            }
            let Some(pattern) = patterns.get(candidate.pattern as usize) else {
                continue;
            };
            if let Some(hit) = m.match_at(pattern, p) {
                if let Some(hit) = judge(m.a, words, pattern, hit) {
                    hits.push(hit);
                }
            }
        }
    }
    // Of overlapping matches of the same signal family, the most specific
    // wins. Matches are short, so each is compared only with those starting
    // within one match's length of it: linear in the number of matches.
    if hits.len() < 2 {
        return;
    }
    hits.sort_by_key(|h| (family(h.signal), h.start, h.end));
    let beaten = |k: usize, hits: &[Hit]| {
        let h = hits[k];
        let near = |j: &usize| {
            let o = &hits[*j];
            family(o.signal) == family(h.signal) && o.start + MAX_SPAN > h.start
        };
        let before = (0..k).rev().take_while(near);
        let after = (k + 1..hits.len())
            .take_while(|&j| family(hits[j].signal) == family(h.signal) && hits[j].start < h.end);
        before.chain(after).any(|j| {
            let o = &hits[j];
            o.start < h.end
                && h.start < o.end
                && (o.specificity, h.start, j) > (h.specificity, o.start, k)
        })
    };
    let mut keep: Vec<bool> = (0..hits.len()).map(|k| !beaten(k, hits)).collect();
    // A look-alike ("easy to see why") hides the signals inside it.
    if hits.iter().any(|h| h.signal == Signal::Nothing) {
        drop_lookalikes(hits, &mut keep);
    }
    absorb_noticing(hits, &mut keep);
    absorb_staying(hits, &mut keep);
    let mut k = 0;
    hits.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    hits.sort_by_key(|h| (h.start, h.end));
}

/// Noticing that is part of a larger moment is read as that moment:
/// "listened to the whole story" in an acknowledgment, "saw my dad was
/// struggling" in a selfless act. Drop (in `keep`) the `attentive+` matches
/// that such a match overlaps.
fn absorb_noticing(hits: &[Hit], keep: &mut [bool]) {
    let absorbs = |h: &Hit| {
        matches!(
            h.signal,
            Signal::Recovery(RecoveryKind::Acknowledgment) | Signal::Moment(MomentKind::Selfless)
        )
    };
    let mut spans: Vec<(usize, usize)> = hits
        .iter()
        .zip(keep.iter())
        .filter(|(h, &kept)| kept && absorbs(h))
        .map(|(h, _)| (h.start, h.end))
        .collect();
    if spans.is_empty() {
        return;
    }
    spans.sort_unstable();
    // The furthest end among the spans starting at or before each one.
    let mut reach = Vec::with_capacity(spans.len());
    let mut furthest = 0;
    for &(_, end) in &spans {
        furthest = furthest.max(end);
        reach.push(furthest);
    }
    for (h, kept) in hits.iter().zip(keep.iter_mut()) {
        if h.signal != Signal::Attribute(AttributeKind::Attentive, 1) {
            continue;
        }
        let before = spans.partition_point(|&(start, _)| start < h.end);
        if before > 0 && reach[before - 1] > h.start {
            *kept = false;
        }
    }
}

/// Staying with a vulnerable customer ("waited with me until the shop
/// opened", "stayed with her until I got back") is a selfless moment, not
/// staff going the distance on a problem: drop (in `keep`) the
/// `going_the_distance` matches that a kept `selfless` match overlaps.
fn absorb_staying(hits: &[Hit], keep: &mut [bool]) {
    let selfless: Vec<(usize, usize)> = hits
        .iter()
        .zip(keep.iter())
        .filter(|(h, &kept)| kept && h.signal == Signal::Moment(MomentKind::Selfless))
        .map(|(h, _)| (h.start, h.end))
        .collect();
    if selfless.is_empty() {
        return;
    }
    for (h, kept) in hits.iter().zip(keep.iter_mut()) {
        if h.signal == Signal::Moment(MomentKind::GoingTheDistance)
            && selfless.iter().any(|&(s, e)| s < h.end && h.start < e)
        {
            *kept = false;
        }
    }
}

/// Drop (in `keep`) every match that a more specific `none` match overlaps.
fn drop_lookalikes(hits: &[Hit], keep: &mut [bool]) {
    let mut order: Vec<usize> = (0..hits.len()).collect();
    order.sort_by_key(|&k| hits[k].start);
    for (n, &k) in order.iter().enumerate() {
        let h = &hits[k];
        if h.signal != Signal::Nothing {
            continue;
        }
        let back = order[..n]
            .iter()
            .rev()
            .take_while(|&&j| hits[j].start + MAX_SPAN > h.start);
        let ahead = order[n + 1..]
            .iter()
            .take_while(|&&j| hits[j].start < h.end);
        for &j in back.chain(ahead) {
            let o = &hits[j];
            if o.signal != Signal::Nothing
                && o.start < h.end
                && h.start < o.end
                && o.specificity <= h.specificity
            {
                keep[j] = false;
            }
        }
    }
}

/// Signals that compete for the same words: the same moment, part,
/// attribute, intent kind or effort, whatever the polarity.
fn family(signal: Signal) -> (u8, u8) {
    match signal {
        Signal::Moment(k) => (0, k as u8),
        Signal::Recovery(k) => (1, k as u8),
        Signal::Attribute(k, _) => (2, k as u8),
        Signal::Intent(k, _) => (3, k as u8),
        Signal::Effort(_) => (4, 0),
        Signal::Praise => (5, 0),
        Signal::Gesture => (6, 0),
        Signal::Nothing => (7, 0),
    }
}

/// The match's context: dropped when unreal, flipped or dropped when negated.
fn judge(a: &Annotated, words: &[Unit], pattern: &Pattern, mut hit: Hit) -> Option<Hit> {
    let reading = match hit.signal {
        Signal::Intent(IntentKind::Churn, 1) => Reading::Warning,
        Signal::Intent(IntentKind::Churn, _) => Reading::Intent,
        Signal::Intent(_, p) if p < 0 => Reading::Warning,
        Signal::Intent(..) => Reading::Intent,
        Signal::Moment(MomentKind::Pain) => Reading::Failure,
        _ => Reading::Event,
    };
    let context = modality::context(a, words, hit.start, hit.end, pattern.negated, reading);
    hit.signal = match (context, hit.signal) {
        (Context::Unreal, _) => return None,
        (Context::Asserted, signal) => signal,
        (Context::Negated, Signal::Intent(k, p)) => Signal::Intent(k, -p),
        (Context::Negated, Signal::Attribute(k, p)) => Signal::Attribute(k, -p),
        (Context::Negated, Signal::Effort(p)) => Signal::Effort(-p),
        (Context::Negated, _) => return None,
    };
    // A wait of a few minutes is no effort, an hour of help is no feat.
    if hit.duration && hit.quantity.len > 0 {
        let minutes = hit.quantity.amount;
        let too_short = match hit.signal {
            Signal::Effort(1) => minutes < HIGH_EFFORT_MINUTES,
            Signal::Moment(MomentKind::GoingTheDistance) => minutes < 60.0,
            // "waited 2 minutes on hold": no failure; "took 30 minutes" may
            // be fine, "took 2 hours" is not.
            Signal::Moment(MomentKind::Pain) => {
                let took = matches!(a.form(&words[hit.start]), "took" | "takes" | "taking");
                minutes < if took { 60.0 } else { HIGH_EFFORT_MINUTES }
            }
            _ => false,
        };
        if too_short {
            return None;
        }
    }
    // "our party of 9 showing up 20 minutes late": the customer's own lateness.
    if matches!(
        hit.signal,
        Signal::Moment(MomentKind::Pain) | Signal::Effort(1)
    ) && a.form(&words[hit.end - 1]) == "late"
        && own_lateness(a, words, hit.start)
    {
        return None;
    }
    // "we were late", "I lost my keys": the customer's own doing is no failure of the business.
    if hit.signal == Signal::Moment(MomentKind::Pain) {
        // "we had to flag someone down": made to do it, still their failure.
        let made = hit.start > 0 && a.form(&words[hit.start - 1]) == "to";
        // "I was charged twice": done to the customer, still their failure.
        let done_to = hit.start > 0
            && matches!(
                a.form(&words[hit.start - 1]),
                "was" | "were" | "got" | "been" | "get" | "am" | "are"
            )
            && a.form(&words[hit.start]).ends_with("ed");
        // "we've been on hold for 2 hours", "we are still at the gate", "I
        // can't book online": time lost, a plight and what the customer is
        // kept from doing are the business's failure, whoever the subject.
        let plight = (hit.duration && hit.quantity.len > 0)
            || matches!(
                a.form(&words[hit.start]),
                "still" | "can't" | "cannot" | "couldn't" | "unable"
            );
        let own = !made
            && !done_to
            && !plight
            && (hit.start.saturating_sub(3)..hit.start)
                .take_while(|&k| words[k].clause == words[hit.start].clause)
                .any(|k| {
                    matches!(
                        a.form(&words[k]),
                        "i" | "we" | "i'd" | "we'd" | "i'm" | "we're" | "i've" | "we've" | "i'll"
                    )
                });
        let opens = hit.start == 0 || words[hit.start - 1].sentence != words[hit.start].sentence;
        let mine = words
            .get(hit.end)
            .is_some_and(|u| matches!(a.form(u), "my" | "our"));
        if own || (opens && mine && hit.end == hit.start + 1) {
            return None;
        }
    }
    // "I stayed on the phone for two hours until...": the customer's own
    // effort, not staff going the distance; "I carried my bags up four
    // floors" is no one's kindness.
    if matches!(
        hit.signal,
        Signal::Moment(MomentKind::GoingTheDistance | MomentKind::Selfless)
    ) {
        let own = (hit.start.saturating_sub(modality::IRREALIS_SCOPE)..hit.start)
            .filter(|&k| words[k].clause == words[hit.start].clause)
            .any(|k| {
                matches!(
                    a.form(&words[k]),
                    "i" | "we" | "i've" | "we've" | "i'd" | "we'd"
                )
            });
        if own {
            return None;
        }
    }
    // "I noticed my order was wrong", "we remembered our umbrella": the
    // customer noticing or remembering is no quality of the service.
    if let Signal::Attribute(kind, polarity) = hit.signal {
        // "I was delighted", "we felt valued" are the customer's reactions
        // to the service; "I was very patient" is the customer's own trait.
        let trait_kind = matches!(
            kind,
            AttributeKind::Attentive | AttributeKind::Considerate | AttributeKind::Helpful
        );
        if customer_did(a, words, hit.start, polarity > 0 && trait_kind) {
            return None;
        }
    }
    // "I could see how stressed the staff were": the customer reading
    // someone else's feelings, not staff acknowledging the customer's.
    if hit.signal == Signal::Recovery(RecoveryKind::Acknowledgment)
        && hit.start > 0
        && matches!(a.form(&words[hit.start]), "could" | "can")
        && matches!(a.form(&words[hit.start - 1]), "i" | "we")
    {
        return None;
    }
    // "I apologize for the long review": the customer's own apology.
    if hit.signal == Signal::Recovery(RecoveryKind::Apology) {
        let own = (hit.start.saturating_sub(2)..hit.start)
            .any(|k| matches!(a.form(&words[k]), "i" | "i'm" | "im" | "we" | "my"));
        if own {
            return None;
        }
    }
    Some(hit)
}

/// Whether the match at word `start` opens with a verb of noticing,
/// remembering, listening, checking or having whose subject is the
/// customer: "I noticed", "we had checked", "I'd also remembered", "I had
/// my usual"; or, for a quality
/// present (`praise`), is the customer's own: "I was very patient".
fn customer_did(a: &Annotated, words: &[Unit], start: usize, praise: bool) -> bool {
    let trait_word = |w: &str| {
        matches!(
            w,
            "was"
                | "were"
                | "am"
                | "are"
                | "'m"
                | "'re"
                | "so"
                | "very"
                | "really"
                | "always"
                | "extremely"
                | "incredibly"
                | "quite"
                | "pretty"
                | "too"
        )
    };
    let own_trait = praise
        && (trait_word(a.form(&words[start]))
            || (start > 0 && trait_word(a.form(&words[start - 1]))));
    let verb = own_trait
        || matches!(
            a.form(&words[start]),
            "noticed"
                | "notice"
                | "spotted"
                | "saw"
                | "remembered"
                | "remember"
                | "listened"
                | "checked"
                | "check"
                | "knew"
                | "know"
                | "forgot"
                | "forget"
                | "recognised"
                | "recognized"
                | "asked"
                | "ask"
                | "see"
                | "tell"
                | "sensed"
                | "clocked"
                | "thanked"
                | "thanking"
                | "had"
                | "have"
                | "has"
        );
    if !verb {
        return false;
    }
    let clause = words[start].clause;
    (start.saturating_sub(3)..start)
        .rev()
        .take_while(|&k| words[k].clause == clause)
        .map(|k| a.form(&words[k]))
        .take_while(|w| !matches!(*w, "he" | "she" | "they" | "staff" | "who" | "and" | "but"))
        .any(|w| {
            matches!(
                w,
                "i" | "we" | "i'd" | "we'd" | "i've" | "we've" | "i'm" | "we're"
            )
        })
}

/// Whether the clause before word `start` makes the customer the one who
/// was late: "we were", "I showed up", "our party (of 9) showing up".
fn own_lateness(a: &Annotated, words: &[Unit], start: usize) -> bool {
    let clause = words[start].clause;
    let from = start.saturating_sub(LATENESS_SCOPE);
    (from..start)
        .filter(|&k| words[k].clause == clause)
        .any(|k| match a.form(&words[k]) {
            "i" | "we" | "i'm" | "we're" | "i'd" | "we'd" | "i've" | "we've" => true,
            "our" | "my" => words
                .get(k + 1)
                .is_some_and(|u| matches!(a.form(u), "party" | "group" | "team" | "family")),
            _ => false,
        })
}

/// How far back (words) [`own_lateness`] looks for the customer.
const LATENESS_SCOPE: usize = 6;

/// Match `pattern` with its anchor element on word `p`.
#[derive(Clone, Copy)]
struct Matching<'m> {
    a: &'m Annotated,
    words: &'m [Unit],
    /// Phrase key of each word.
    keys: &'m [u128],
    /// Signature bit of each word.
    signatures: &'m [u64],
    /// The sentence a match stays in.
    sentence: u32,
}

impl<'m> Matching<'m> {
    fn new(a: &'m Annotated, words: &'m [Unit], keys: &'m [u128], signatures: &'m [u64]) -> Self {
        Matching {
            a,
            words,
            keys,
            signatures,
            sentence: 0,
        }
    }

    /// Match `pattern` with its anchor element on word `p`.
    fn match_at(&self, pattern: &Pattern, p: usize) -> Option<Hit> {
        let m = Matching {
            sentence: self.words[p].sentence,
            ..*self
        };
        let (before, rest) = pattern.elements.split_at(pattern.anchor);
        let after = &rest[1..];
        // Only a successful path records a quantity, so one record serves both sides.
        let mut q = None;
        let end = m.seq(after, p + 1, None, &mut q)?;
        let widest = pattern.widest_before;
        let fits = |s: &usize| m.seq(before, *s, Some(p), &mut q).is_some();
        let start = if pattern.quantity_before {
            (p.saturating_sub(widest)..=p).find(fits)?
        } else {
            (p.saturating_sub(widest)..=p).rev().find(fits)?
        };
        let (quantity, duration) = q.unwrap_or((
            Quantity {
                amount: 0.0,
                len: 0,
            },
            false,
        ));
        Some(Hit {
            signal: pattern.signal,
            start,
            end,
            specificity: pattern.elements.len(),
            quantity,
            duration,
        })
    }

    fn word(&self, k: usize) -> Option<(&str, TokenKind)> {
        let unit = self.words.get(k).filter(|u| u.sentence == self.sentence)?;
        Some((self.a.form(unit), unit.kind))
    }

    /// Match `elements` from word `pos`; the end, which must be `must_end` if given.
    /// Optional elements are tried present first, gaps shortest first.
    fn seq(
        &self,
        elements: &[crate::lexicon::Element],
        pos: usize,
        must_end: Option<usize>,
        quantity: &mut Option<(Quantity, bool)>,
    ) -> Option<usize> {
        let Some((first, rest)) = elements.split_first() else {
            return match must_end {
                Some(end) if end != pos => None,
                _ => Some(pos),
            };
        };
        if must_end.is_some_and(|end| pos > end) {
            return None;
        }
        let try_width = |width: usize, quantity: &mut Option<(Quantity, bool)>| {
            self.seq(rest, pos + width, must_end, quantity)
        };
        match &first.matcher {
            Matcher::Gap => {
                for width in 0..=MAX_GAP {
                    if width > 0 && self.word(pos + width - 1).is_none() {
                        break;
                    }
                    if let Some(end) = try_width(width, quantity) {
                        return Some(end);
                    }
                }
                return None;
            }
            _ => {
                if let Some((width, q)) = self.element(first, pos) {
                    if let Some(end) = try_width(width, quantity) {
                        if let Some(q) = q {
                            quantity.get_or_insert(q);
                        }
                        return Some(end);
                    }
                }
            }
        }
        if first.optional {
            return self.seq(rest, pos, must_end, quantity);
        }
        None
    }

    /// Width of `matcher` at word `pos`, and the quantity it read.
    fn element(&self, element: &Element, pos: usize) -> Option<(usize, Option<(Quantity, bool)>)> {
        let (word, kind) = self.word(pos)?;
        if self.signatures[pos] & element.signature == 0 {
            return None;
        }
        let at = |k: usize| self.word(k);
        match &element.matcher {
            Matcher::Words(list) => {
                let key = self.keys.get(pos).copied().unwrap_or(LONG_WORD);
                let found = if key == LONG_WORD {
                    list.iter().any(|w| **w == *word)
                } else {
                    element.keys.contains(&key)
                };
                found.then_some((1, None))
            }
            Matcher::Phrases(list) => list
                .iter()
                .find(|phrase| {
                    phrase
                        .iter()
                        .enumerate()
                        .all(|(j, w)| self.word(pos + j).is_some_and(|(x, _)| x == &**w))
                })
                .map(|phrase| (phrase.len(), None)),
            Matcher::Class(bits) => self.in_class(pos, *bits).then_some((1, None)),
            Matcher::Number => waiting::count(&at, pos, word, kind).map(|(_, used)| (used, None)),
            Matcher::Duration => waiting::duration(at, pos).map(|q| (q.len, Some((q, true)))),
            Matcher::Minutes => waiting::duration(at, pos)
                .filter(|q| waiting::level(q.amount) == 0)
                .map(|q| (q.len, Some((q, true)))),
            Matcher::Times => waiting::times(at, pos).map(|q| (q.len, Some((q, false)))),
            Matcher::Gap => Some((0, None)),
        }
    }

    fn in_class(&self, pos: usize, bits: u8) -> bool {
        let unit = &self.words[pos];
        unit.entry.class & bits != 0 || (bits & class::NAME != 0 && is_name(self.words, pos))
    }
}

/// Whether word `k` looks like a person's name: a name-class word, or a
/// capitalized word inside a sentence that the lexicon knows nothing about.
pub(crate) fn is_name(words: &[Unit], k: usize) -> bool {
    let unit = &words[k];
    if unit.kind != TokenKind::Word {
        return false;
    }
    if unit.entry.class & class::NAME != 0 && unit.flags & ALL_CAPS == 0 {
        return unit.flags & CAPITALIZED != 0;
    }
    // After an emoji a new sentence often starts unmarked: "made my night 😊 Will order again".
    let inside = k > 0
        && words[k - 1].sentence == unit.sentence
        && !matches!(words[k - 1].kind, TokenKind::Emoji | TokenKind::Emoticon);
    inside
        && unit.flags & (CAPITALIZED | ALL_CAPS) == CAPITALIZED
        && unit.entry.valence.is_none()
        && unit.entry.class == 0
        && unit.entry.cues == 0
        && !unit.entry.negator
        && unit.entry.booster == 0.0
        && unit.entry.affect.is_empty()
}

/// Build the sections from the hits.
fn collect(a: &Annotated, words: &[Unit], hits: &[Hit], compound: f64) -> Signals {
    let span = |h: &Hit| Span::new(words[h.start].start, words[h.end - 1].end);
    let mut signals = Signals::default();
    let mut effort = 0.0f64;
    let mut gestures = Vec::new();
    // Intents to stay, and whether any is hedged.
    let (mut stays, mut hedge) = (false, false);
    for h in hits {
        let s = span(h);
        match h.signal {
            Signal::Moment(kind) => push_moment(&mut signals.moments, kind, s),
            Signal::Recovery(part) => match signals.recovery.iter_mut().find(|r| r.part == part) {
                Some(r) => r.evidence.push(s),
                None => signals.recovery.push(RecoveryPart {
                    part,
                    evidence: vec![s],
                }),
            },
            Signal::Attribute(kind, polarity) => {
                let name = kind.as_str();
                match signals
                    .attributes
                    .iter_mut()
                    .find(|x| x.name == name && x.polarity == polarity)
                {
                    Some(x) => x.evidence.push(s),
                    None => signals.attributes.push(Attribute {
                        name: name.to_string(),
                        polarity,
                        evidence: vec![s],
                    }),
                }
            }
            Signal::Intent(kind, polarity) => {
                if (kind == IntentKind::Churn) == (polarity < 0) {
                    stays = true;
                    hedge |= hedged(a, words, h);
                }
                let name = kind.as_str();
                let intents = &mut signals.loyalty.intents;
                match intents
                    .iter_mut()
                    .find(|x| x.kind == name && x.polarity == polarity)
                {
                    Some(x) => x.evidence.push(s),
                    None => intents.push(Intent {
                        kind: name.to_string(),
                        polarity,
                        evidence: vec![s],
                    }),
                }
            }
            Signal::Effort(polarity) => {
                let mut step = EFFORT_STEP;
                if polarity > 0 && h.quantity.len > 0 {
                    let extra = if h.duration {
                        EFFORT_PER_LEVEL * waiting::level(h.quantity.amount) as f64
                    } else {
                        EFFORT_PER_REPEAT * (h.quantity.amount - 1.0).max(0.0)
                    };
                    step += extra.min(EFFORT_QUANTITY_MAX);
                }
                effort += f64::from(polarity) * step;
                signals.effort.evidence.push(s);
            }
            Signal::Gesture => gestures.push(s),
            Signal::Praise | Signal::Nothing => {}
        }
    }
    settle_recovery(&mut signals);
    // A free extra after a failure makes up for it; out of the blue it surprises.
    let failure =
        !signals.recovery.is_empty() || signals.moments.iter().any(|m| m.kind == MomentKind::Pain);
    for s in gestures {
        if failure {
            push_part(&mut signals.recovery, RecoveryKind::Remedy, s);
        } else {
            push_moment(&mut signals.moments, MomentKind::Surprise, s);
        }
    }
    signals.effort.score = effort.tanh();
    if !signals.recovery.is_empty() {
        let mut evidence: Vec<Span> = signals
            .recovery
            .iter()
            .flat_map(|r| r.evidence.iter().copied())
            .collect();
        evidence.sort();
        signals.moments.push(Moment {
            kind: MomentKind::Recovery,
            evidence,
        });
    }
    signals.loyalty.stance = stance(&signals.loyalty.intents, compound);
    // "might buy again, we'll see", "not switching - yet", "talked me
    // round ... staying put for now": one hedge makes the stay lukewarm.
    if stays && hedge && signals.loyalty.stance == Some(Stance::Promoter) {
        signals.loyalty.stance = Some(Stance::Passive);
    }
    signals
}

/// Recovery is making things right after a failure. A remedy ("fixed the
/// meter", "got my money back") or an acknowledgment ("said it was normal
/// to be scared") in a comment that tells of no failure, no apology and no
/// ownership recovers nothing: the remedy is dropped, and the
/// acknowledgment, a reading of the customer's feelings, shows the staff
/// attentive instead.
fn settle_recovery(signals: &mut Signals) {
    let has = |signals: &Signals, part| signals.recovery.iter().any(|r| r.part == part);
    let pain = signals.moments.iter().any(|m| m.kind == MomentKind::Pain);
    let owned = has(signals, RecoveryKind::Apology) || has(signals, RecoveryKind::Ownership);
    if pain || owned {
        return;
    }
    let acknowledged = has(signals, RecoveryKind::Acknowledgment);
    let remedied = has(signals, RecoveryKind::Remedy);
    if acknowledged && remedied {
        // "understood how frustrating it was and refunded me": the
        // frustration tells of the failure.
        return;
    }
    let mut seen = Vec::new();
    signals.recovery.retain(|r| match r.part {
        RecoveryKind::Acknowledgment => {
            seen.extend(r.evidence.iter().copied());
            false
        }
        RecoveryKind::Remedy => false,
        _ => true,
    });
    if seen.is_empty() {
        return;
    }
    let name = AttributeKind::Attentive.as_str();
    match signals
        .attributes
        .iter_mut()
        .find(|x| x.name == name && x.polarity > 0)
    {
        Some(x) => x.evidence.extend(seen),
        None => signals.attributes.push(Attribute {
            name: name.to_string(),
            polarity: 1,
            evidence: seen,
        }),
    }
}

/// Whether an intent is hedged: "might come back", "maybe order again",
/// "not switching - yet", "will buy again, we'll see".
fn hedged(a: &Annotated, words: &[Unit], h: &Hit) -> bool {
    let sentence = words[h.start].sentence;
    // "I'll probably still order from them": a hedge inside the match counts too.
    let before = (h.start.saturating_sub(HEDGE_SCOPE)..h.end)
        .filter(|&k| words[k].sentence == sentence)
        .any(|k| {
            matches!(
                a.form(&words[k]),
                "might" | "maybe" | "perhaps" | "possibly" | "probably" | "may" | "guess"
            )
        });
    let after: Vec<&str> = words[h.end..]
        .iter()
        .take(HEDGE_SCOPE + 2)
        .filter(|u| u.kind != TokenKind::Punct)
        .map(|u| a.form(u))
        .collect();
    // "will be back, we'll see", "I'd recommend it I suppose", "staying put for now".
    let later = after.first() == Some(&"yet")
        || after.windows(2).any(|w| {
            (matches!(w[0], "we'll" | "i'll") && w[1] == "see")
                || (w[0] == "i" && matches!(w[1], "guess" | "suppose"))
                || (w[0] == "for" && w[1] == "now")
        });
    before || later
}

/// How far (words) [`hedged`] looks for a hedge.
const HEDGE_SCOPE: usize = 2;

/// A touchpoint the comment is strongly negative about is a failure
/// moment even when no pain pattern names it ("the room was filthy"): at
/// most this sentiment adds `pain` with the mention as evidence.
pub const PAIN_SENTIMENT: f64 = -0.4;

/// Add `pain` for each touchpoint at or below [`PAIN_SENTIMENT`].
pub fn add_touchpoint_pain(signals: &mut Signals, touchpoints: &[Touchpoint]) {
    // "Waited 2 minutes on hold, done": a comment telling how little effort
    // it took, with no failure pattern, is no failure for a sour word.
    let told_pain = signals.moments.iter().any(|m| m.kind == MomentKind::Pain);
    if !told_pain && signals.effort.score <= -EFFORT_CUT {
        return;
    }
    for t in touchpoints.iter().filter(|t| t.sentiment <= PAIN_SENTIMENT) {
        for &span in &t.evidence {
            let known = signals.moments.iter().any(|m| {
                m.kind == MomentKind::Pain
                    && m.evidence
                        .iter()
                        .any(|e| e.start < span.end && span.start < e.end)
            });
            if !known {
                push_moment(&mut signals.moments, MomentKind::Pain, span);
            }
        }
    }
}

fn push_part(parts: &mut Vec<RecoveryPart>, part: RecoveryKind, span: Span) {
    match parts.iter_mut().find(|r| r.part == part) {
        Some(r) => r.evidence.push(span),
        None => parts.push(RecoveryPart {
            part,
            evidence: vec![span],
        }),
    }
}

fn push_moment(moments: &mut Vec<Moment>, kind: MomentKind, span: Span) {
    match moments.iter_mut().find(|m| m.kind == kind) {
        Some(m) => m.evidence.push(span),
        None => moments.push(Moment {
            kind,
            evidence: vec![span],
        }),
    }
}

/// NPS-like stance from the intents: intents to come back, buy again or
/// recommend make a promoter, intents to leave, not return or warn others
/// a detractor; both a passive, or a detractor when the comment is
/// negative. No intent, no stance.
pub fn stance(intents: &[Intent], compound: f64) -> Option<Stance> {
    if intents.is_empty() {
        return None;
    }
    let leaving = intents
        .iter()
        .any(|i| (i.kind == "churn") == (i.polarity > 0));
    let staying = intents
        .iter()
        .any(|i| (i.kind == "churn") == (i.polarity < 0));
    Some(match (staying, leaving) {
        (true, false) => Stance::Promoter,
        (true, true) if compound >= 0.0 => Stance::Passive,
        _ => Stance::Detractor,
    })
}
