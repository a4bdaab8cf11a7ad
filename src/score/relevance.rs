//! Relevance: which touchpoints a comment is about, each with the sentiment
//! of the opinions attached to it (aspect-based sentiment).
//!
//! Touchpoint mentions come from the same lookup as everything else: a
//! word's [`Entry::touchpoint`](crate::lexicon::Entry::touchpoint) names its
//! touchpoint or says a taxonomy phrase starts there. Each opinion unit
//! (its valence after negation, boosters and the other rules, before
//! contrast re-weighting) goes to one mention:
//! - a mention that is itself an opinion ("overcharged", "delicious") keeps it;
//! - else, when "he" or "she" is its subject, the person named last
//!   ("we asked the waiter for water and he was rude");
//! - else, for the first opinion after a copula, the subject mention before
//!   it in the same segment ("the pasta was not bad for the price");
//! - else a person mention a few words before it in the same segment ("the
//!   waitress forgot our drinks"), unless the opinion modifies the mention
//!   right after it; so is a second predicate after "and" of a person who
//!   opens the clause ("our waiter took the order and never came back");
//! - else the nearest mention in the same segment (a clause, split again at
//!   contrast words such as "but", "although"); praise passes over a
//!   setting, a mention after a preposition ("the dishes on the menu are
//!   great", "a lovely chat at the bar");
//! - else, where that sentence names one touchpoint only, the nearest
//!   mention of the same sentence (praise again no setting), at [`SENTENCE_WEIGHT`];
//! - else the last mention of the sentence before, or the first of the
//!   sentence after, where that sentence names one touchpoint only, at
//!   [`NEIGHBOUR_WEIGHT`] ("My bag never arrived. Awful.");
//! - else, when the whole comment names one touchpoint, the nearest mention,
//!   at [`NEIGHBOUR_WEIGHT`]. Otherwise the opinion is about no touchpoint:
//!   with several named, guessing would give one the other's praise. Such
//!   opinions go weakly to the touchpoints that have none, unless the
//!   placed opinions disagree with them (a mixed comment: the unnamed
//!   touchpoints are as likely merely mentioned); praise skips touchpoints
//!   named only as settings. A complaint placed nowhere, or one that names
//!   no touchpoint at all, goes to the taxonomy's `@complaint` touchpoint
//!   when it has one (the airline pack: "worst airline ever" is its
//!   service).
//!
//! A fault placed at what a person handled, with that person the subject
//! of its clause, is theirs too ("the waiter brought the wrong wine").
//!
//! Words whose valence says what they are ("friends", "party", the `aside`
//! cue) and "like" where no subject precedes it ("looks like a diner") are
//! no opinion of a touchpoint.
//!
//! In a complaint, praise in a question, a wish, a need or a condition ("Is
//! there a better time to call?", "hopefully my bag makes it", "you should
//! hire better agents", "would be nice to get an update") is not said of a
//! touchpoint and goes nowhere. "Better" asked for ("you should hire
//! better agents", "I expected better service") says the present one falls
//! short: a complaint of the touchpoint.
//!
//! Help asked for ("can you help?", "help!"), "want" and "please" are
//! requests, no praise.
//!
//! A failure the CX patterns read as pain but no opinion word scores ("lost
//! my bag", "the site is down") is an opinion of [`PAIN_VALENCE`], placed the
//! same way (a mention inside the failure takes it); so are a why-question
//! ("why is my bag still in Denver?") and a negator with no opinion word
//! after it in its clause ("I can't check in", "they couldn't find my bag";
//! not "didn't have to wait"); so is a person who
//! failed to act ("the waiter never came back", "... and he never brought
//! it"), for that person. A wait
//! for a person ("we waited forever for our server") is also theirs. How
//! long a dish took is no opinion of the dish but of the service (the
//! touchpoint of "waited"), when its sentence names it.
//!
//! Some words tell an opinion only by where they stand (see `told` in the source):
//! "took" before a duration is a wait ("the waitress took 20 minutes to
//! bring the menu"), "Try the lamb." recommends it; placed like opinions,
//! but dropped where they find no mention. The customer made to chase a
//! person ("we had to ask the waiter twice") complains of them.
//!
//! Mentions joined only by "and", "or", commas and articles share the
//! opinion ("the food and service were great"), unless "and" opens a clause
//! ("we ordered the fish and the waitress was lovely"). Everything is found with
//! binary searches over the sorted mentions, so time stays linear.

use super::{sentiment::normalize, Modifiers};
use crate::analysis::{Relevance, Span, Touchpoint};
use crate::lexicon::{cue, Annotated, Lexicon, TOUCHPOINT_ID, TOUCHPOINT_PHRASE};
use crate::rules::{politeness, waiting};
use crate::tokenize::TokenKind;

/// Weight of an opinion attached to a mention in another clause of its sentence.
pub const SENTENCE_WEIGHT: f64 = 0.6;
/// Weight of an opinion attached to a mention in the sentence before or after.
pub const NEIGHBOUR_WEIGHT: f64 = 0.4;
/// Weight of the opinions placed nowhere, shared by the touchpoints without any.
pub const RESIDUAL_WEIGHT: f64 = 0.4;
/// Valence of a failure told without an opinion word ("lost my bag"), a
/// pain moment of the CX patterns: about as negative as "delayed" (-1.4).
pub const PAIN_VALENCE: f64 = -1.5;
/// How negative (valence sum) a comment naming no touchpoint must be to
/// count as a complaint: a mild word alone ("sorry") is not.
pub const COMPLAINT_MIN: f64 = 0.5;
/// Relevance of a comment with opinions but no touchpoint, at most.
pub const UNANCHORED_MAX: f64 = 0.2;

/// Marks a sentence whose mentions name several touchpoints.
const MIXED: u8 = u8::MAX;

/// How many units after a negator, within its clause, must hold no
/// opinion word for it to tell a failure ("never let our glasses go empty"
/// is praise).
const NEGATION_REACH: usize = 8;
/// Words of an obligation a negator spares the customer ("didn't have to").
const OBLIGED: [&str; 5] = ["have", "has", "had", "need", "needed"];
/// The word of a why-question, a complaint put to the business.
const WHY: &str = "why";
/// Words that join coordinated mentions ("food, drinks and service").
const CONNECTORS: [&str; 12] = [
    "and", "or", "&", ",", "/", "the", "their", "its", "our", "both", "plus", "n",
];
/// In a complaint, thanks, calls for help and answers are said to the
/// business, not of a touchpoint: "the page never loads. thx!", "still no
/// bag, help!", "Yes, I filed a report. Still no bag".
const ADDRESSED: [&str; 10] = [
    "thanks", "thank", "thx", "help", "ty", "yes", "yeah", "yep", "ok", "okay",
];
/// Words of a wish, a demand, a need or a condition: the praise after them
/// is hoped for, not found ("it would be nice to get an update", "I need
/// help finding my bag", "if you want to arrive on time, pick another
/// airline"); "would" only before "be" or "have", "could" before "use"
/// (see [`wished`]).
const HOPES: [&str; 17] = [
    "hope",
    "hoping",
    "hopefully",
    "hoped",
    "wish",
    "wishing",
    "praying",
    "should",
    "woulda",
    "if",
    "need",
    "needs",
    "expect",
    // "I want to talk to a person", "please find my bag": asked for.
    "want",
    "please",
    "pls",
    "plz",
];
/// The comparative that, asked for, is a complaint (see [`demanded`]).
const BETTER: &str = "better";
/// Words before "better" in its clause that ask for it ("should hire
/// better", "need better"); not "if" or "want" ("if you want a better
/// seat, book early" is a tip).
const DEMAND_HOPES: [&str; 6] = ["should", "need", "needs", "must", "hope", "wish"];
/// Words right before "better" that ask for it ("do better", "expected better").
const DEMANDS: [&str; 6] = [
    "do", "expected", "expect", "deserve", "deserved", "deserves",
];
/// How far back in its clause a hope word makes a wish.
const WISH_SCOPE: usize = 8;
/// At most this many units between two coordinated mentions.
const MAX_CONNECTORS: usize = 3;
/// At most this many mentions on each side share one opinion.
const MAX_GROUP: usize = 4;
/// At most this many units between a subject mention and the opinion after
/// its copula ("the room was not very clean", "the pasta we had last night was bland").
const MAX_PREDICATE: usize = 6;
/// Prepositions that make the mention after them a setting ("on the menu",
/// "at the bar", "for dinner"). Not "of" ("the quality of the food"),
/// "by"/"with" ("ignored by the waiter", "rude with us") nor "to" ("to
/// refill our water").
const PREPOSITIONS: [&str; 13] = [
    "at", "on", "in", "for", "from", "through", "into", "off", "about", "during", "after",
    "before", "inside",
];
/// Words between a preposition and its mention.
const DETERMINERS: [&str; 14] = [
    "the", "a", "an", "our", "my", "their", "your", "his", "her", "its", "this", "that", "these",
    "those",
];
/// At most this many units between a preposition and its mention, plus one.
const SETTING_REACH: usize = 4;
/// At most this many words between a person and their act ("then",
/// "was slow and").
const MAX_ADVERBS: usize = 4;
/// At most this many words between "had to" and the person it chases
/// ("had to go and track down the waitress").
const OBLIGED_REACH: usize = 5;
/// Pronouns that stand for a person named before ("the waiter ... he").
const PRONOUNS: [&str; 2] = ["he", "she"];
/// Words that tell how long something took.
const TOOK: [&str; 3] = ["took", "takes", "taking"];
/// How far after a duration praise says the time was fine.
const PRAISE_REACH: usize = 4;
/// Verbs that recommend what follows when they open a sentence ("Try the lamb.").
const RECOMMENDS: [&str; 3] = ["try", "order", "get"];
/// Adverbs that may stand before such a verb ("Definitely try the lamb.").
const RECOMMEND_ADVERBS: [&str; 4] = ["definitely", "also", "do", "just"];
/// At most this many words from such a verb to its touchpoint ("try their
/// famous lamb").
const RECOMMEND_REACH: usize = 4;
/// Valence of such a recommendation: VADER's "recommend".
const RECOMMEND_VALENCE: f64 = 1.5;
/// Words of size or amount: more of a dish, a menu or a room is praise
/// ("the portions were large", "a big menu"), more of what it costs blame
/// ("the prices are high"); see [`measured`].
const MORE: [&str; 7] = ["large", "larger", "big", "bigger", "huge", "high", "higher"];
/// Words of less: blame of a dish or a room ("the place is small"), praise
/// of a price ("low prices").
const LESS: [&str; 5] = ["small", "smaller", "tiny", "low", "lower"];
/// Valence of a size said of a touchpoint (about "huge").
const MAGNITUDE_VALENCE: f64 = 1.2;
/// Words of a duration, blame when said of a wait ("the wait was long"),
/// praise when short; nothing of anything else ("a long menu").
const LONG: [&str; 3] = ["long", "longer", "lengthy"];
/// See [`LONG`].
const SHORT: [&str; 3] = ["short", "shorter", "brief"];
/// The word whose touchpoint waiting is about (service in the bundled taxonomies).
const WAIT_WORD: &str = "waited";
/// How far after a wait word its "for" may stand ("waited an hour for").
const WAIT_REACH: usize = 6;
/// How many units after a person's negated verb must hold no opinion word.
const FAILURE_REACH: usize = 4;
/// At most this many units from a person to the "and" of a second
/// predicate ("the waiter took our drink order and never came back").
const COORDINATED_REACH: usize = 8;
/// Pronouns that open a clause of another subject ("and it was cold").
const SUBJECTS: [&str; 6] = ["i", "we", "he", "she", "it", "they"];
/// At most this many units from a person to the fault in what they handled.
const AGENT_REACH: usize = 8;
/// At most this many determiners or "then" before a subject ("then our").
const SUBJECT_HEAD: usize = 3;
/// How far back before a coordinated mention the customer or an opinion is
/// looked for (see [`new_clause`]).
const CLAUSE_HEAD: usize = 8;
/// Words before "like" that make it the verb ("I like", "you'll like", "didn't like").
const LIKERS: [&str; 10] = [
    "you", "they", "really", "also", "would", "you'll", "didn't", "don't", "not", "i'd",
];

#[derive(Debug, Clone, Copy)]
struct Mention {
    touchpoint: u8,
    first: usize,
    last: usize,
    /// A single word with a valence of its own ("cheap", "friendly").
    opinion: bool,
    /// Named in a prepositional phrase ("on the menu", "at the bar", "for
    /// dinner"): the setting of a clause, rarely what its opinions are about.
    setting: bool,
    /// The setting is named by "for" or "in": what a complaint is about
    /// as often ("wouldn't come back for the food", "a hair in the soup")
    /// as its occasion or place ("for dinner", "in the dining room").
    purpose: bool,
}

/// Reusable buffers for [`score`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    mentions: Vec<Mention>,
    segments: Vec<u32>,
    questions: Vec<bool>,
    /// Per sentence: the one touchpoint its mentions name, 0 when none, [`MIXED`] when several.
    sentence_touchpoint: Vec<u8>,
    /// Per touchpoint id: attached valence sum and first mention order.
    sums: Vec<f64>,
    touched: Vec<bool>,
    order: Vec<u8>,
}

/// Score relevance from the annotated units and the rules' per-unit valences.
pub fn score(
    a: &Annotated,
    text: &str,
    lexicon: &Lexicon,
    modifiers: &Modifiers,
    pain: &[Span],
    scratch: &mut Scratch,
) -> Relevance {
    let valence = |i: usize| modifiers.valence.get(i).copied().unwrap_or(0.0);
    find_mentions(a, lexicon, &mut scratch.mentions);
    let cost = lexicon.price_touchpoint();
    mark_opinions(&mut scratch.mentions, cost, valence);
    let units = &a.units;
    let (opinion_mass, net) = (0..units.len()).fold((0.0, 0.0), |(mass, net), i| {
        let v = valence(i);
        (mass + v.abs(), net + v)
    });
    if scratch.mentions.is_empty() {
        // A complaint that names nothing is about the whole business, where
        // the taxonomy says which touchpoint that is ("worst airline ever"
        // is the airline's service); praise without an object is chatter
        // as often ("happy Friday!").
        let complaint = lexicon.complaint_touchpoint();
        // Failures told without an opinion word count too (why-questions
        // only where the comment asks something).
        let told_failures = || {
            let asks = text.contains('?');
            (0..units.len())
                .filter(|&i| {
                    valence(i) == 0.0
                        && (asks && asked(a, i)
                            || units[i].entry.negator && negated_failure(a, i, pain, valence))
                })
                .count() as f64
        };
        let net = if complaint != 0 {
            net + PAIN_VALENCE * pain.len() as f64 + PAIN_VALENCE * told_failures()
        } else {
            net
        };
        let touchpoints = if complaint != 0 && net < -COMPLAINT_MIN {
            vec![Touchpoint {
                name: lexicon
                    .touchpoint_name(complaint)
                    .unwrap_or_default()
                    .to_string(),
                sentiment: normalize(net * NEIGHBOUR_WEIGHT),
                evidence: Vec::new(),
            }]
        } else {
            Vec::new()
        };
        return Relevance {
            score: UNANCHORED_MAX * (opinion_mass / 3.0).min(1.0),
            touchpoints,
        };
    }
    segment(a, text, &mut scratch.segments, &mut scratch.questions);
    let uniform = &mut scratch.sentence_touchpoint;
    uniform.clear();
    uniform.resize(scratch.questions.len(), 0);
    for m in &scratch.mentions {
        let slot = &mut uniform[units[m.first].sentence as usize];
        *slot = if *slot == 0 || *slot == m.touchpoint {
            m.touchpoint
        } else {
            MIXED
        };
    }
    let mentions = &scratch.mentions;
    let uniform = &scratch.sentence_touchpoint;
    let segments = &scratch.segments;
    let slots = lexicon.touchpoint_names().len() + 1;
    scratch.sums.clear();
    scratch.sums.resize(slots, 0.0);
    scratch.order.clear();
    for m in mentions {
        if !scratch.order.contains(&m.touchpoint) {
            scratch.order.push(m.touchpoint);
        }
    }
    // In a complaint, thanks are politeness; after praise they are praise.
    let complaint = !pain.is_empty() || (0..units.len()).any(|i| valence(i) < 0.0);
    let mut attached = 0.0;
    let mut unattached = 0.0;
    let mut told_pain = 0.0;
    scratch.touched.clear();
    scratch.touched.resize(slots, false);
    for (i, unit) in units.iter().enumerate() {
        // "Why is my flight delayed again?": a why-question put to the
        // business is a complaint, placed like a failure.
        // So is what was not done: "I can't check in online".
        let v = valence(i);
        let said = v != 0.0;
        let failed = !said
            && (asked_why(a, i, &scratch.questions)
                || unit.entry.negator && negated_failure(a, i, pain, valence));
        let v = match (said, failed) {
            (true, _) => v,
            (false, true) => PAIN_VALENCE,
            (false, false) if unit.entry.cues & cue::TOLD != 0 => {
                told(a, i, mentions, cost, lexicon, modifiers)
            }
            (false, false) => 0.0,
        };
        // "You should get better agents", "expected better": better asked
        // for says the present one falls short.
        let v = if v > 0.0 && demanded(a, i) { -v } else { v };
        // Only a wait or a tip told by where a word stands is too weak to share out.
        let weak = !said && !failed;
        told_pain += if said { 0.0 } else { v.abs() };
        if v == 0.0
            || unit.entry.cues & cue::ASIDE != 0
            || (complaint && v > 0.0 && ADDRESSED.contains(&a.word(i)))
            // "I hope...", "hopefully": the customer's wish, praise of nothing.
            || (v > 0.0 && HOPES.contains(&a.word(i)))
            || (v > 0.0 && politeness::is_help_request(a, i))
            || (a.word(i) == "like" && !like_verb(a, i))
        {
            continue;
        }
        // In a complaint, praise asked about or hoped for is not said of anything: "Is
        // there a better time to call?", "hopefully my bag makes it".
        if complaint && v > 0.0 && (scratch.questions[unit.sentence as usize] || wished(a, i)) {
            continue;
        }
        // A size word said of the price judges it the other way: "low
        // prices", "the bill was huge".
        let v = if said && unit.entry.cues & cue::TOLD != 0 {
            measured(a, i, mentions)
                .filter(|&m| mentions[m].touchpoint == cost && !excessive(a, i))
                .map_or(v, |_| -v)
        } else {
            v
        };
        let place = attach(a, i, v > 0.0, mentions, segments, uniform);
        let place = if v < 0.0 && slow(a, i..i + 1) {
            place.and_then(|(m, w)| Some((slowness(a, lexicon, mentions, m)?, w)))
        } else {
            place
        };
        let Some((m, weight)) = place else {
            // A wait or a tip told without an opinion word is too weak to
            // share out: "drinks took 20 minutes" says nothing of the food.
            if !weak {
                unattached += v;
            }
            continue;
        };
        attached += v.abs() * weight;
        let shared = group(a, mentions, segments, m);
        let said_of = subject(a, i, mentions, segments, m);
        // A fault in what a person handled is theirs too: "the waiter
        // brought the wrong dish" is about the waiter as well.
        let agent = (v < 0.0)
            .then(|| agent(a, mentions, segments, m, i))
            .flatten()
            .filter(|p| !shared.contains(p) && said_of != Some(*p));
        for k in shared.clone().chain(said_of).chain(agent) {
            let id = usize::from(mentions[k].touchpoint);
            scratch.sums[id] += v * weight;
            scratch.touched[id] = true;
        }
        // A wait for a person is theirs too: "we waited forever for our
        // server to bring the check" is about the server as well.
        if v < 0.0 && a.parts(i).iter().any(|u| u.entry.cues & cue::WAIT != 0) {
            if let Some(p) = waited_for(a, mentions, segments, i)
                .filter(|&p| !shared.contains(&p) && said_of != Some(p))
            {
                let id = usize::from(mentions[p].touchpoint);
                scratch.sums[id] += v;
                scratch.touched[id] = true;
            }
        }
    }
    // A person who failed to act, told without an opinion word ("the waiter
    // never came back", "our server didn't check on us"), is a complaint
    // about them.
    for (m, mention) in mentions.iter().enumerate() {
        if failed_to_act(a, mentions, m, valence)
            && !scratch.questions[units[mention.first].sentence as usize]
        {
            let id = usize::from(mention.touchpoint);
            scratch.sums[id] += PAIN_VALENCE;
            scratch.touched[id] = true;
            attached += PAIN_VALENCE.abs();
            told_pain += PAIN_VALENCE.abs();
        }
    }
    // So is "he"/"she" who failed to act, for the person named last: "I
    // asked the waiter twice and he never brought it".
    if a.cues & cue::PERSON != 0 {
        for (k, unit) in units.iter().enumerate() {
            let person = (PRONOUNS.contains(&a.word(k)) && negated_act(a, k, valence))
                .then(|| person_before(a, mentions, k))
                .flatten();
            // The customer made to chase a person ("we had to ask the waiter
            // twice") complains of them.
            let person = person.or_else(|| obliged(a, mentions, segments, k));
            if let Some(p) = person.filter(|_| !scratch.questions[unit.sentence as usize]) {
                let id = usize::from(mentions[p].touchpoint);
                scratch.sums[id] += PAIN_VALENCE;
                scratch.touched[id] = true;
                attached += PAIN_VALENCE.abs();
                told_pain += PAIN_VALENCE.abs();
            }
        }
    }
    // Failures told without an opinion word ("lost my bag", "site is down")
    // are opinions too, placed like one.
    for span in pain {
        let first = units.partition_point(|u| u.end <= span.start);
        let last = units.partition_point(|u| u.start < span.end);
        if first >= last || (first..last).any(|k| valence(k) < 0.0) {
            continue;
        }
        let inside = mentions.partition_point(|m| m.last < first);
        let place = match mentions.get(inside) {
            Some(m) if m.first < last => Some((inside, 1.0)),
            _ => attach(a, first, false, mentions, segments, uniform),
        };
        // The span of a late arrival may start after its "took" ("took 45
        // minutes to arrive").
        let place = if slow(a, first.saturating_sub(1)..last) {
            place.and_then(|(m, w)| Some((slowness(a, lexicon, mentions, m)?, w)))
        } else {
            place
        };
        told_pain += PAIN_VALENCE.abs();
        let Some((m, weight)) = place else {
            continue;
        };
        attached += PAIN_VALENCE.abs() * weight;
        let shared = group(a, mentions, segments, m);
        for k in shared.clone() {
            let id = usize::from(mentions[k].touchpoint);
            scratch.sums[id] += PAIN_VALENCE * weight;
            scratch.touched[id] = true;
        }
        let person = (first..last)
            .find(|&k| a.parts(k).iter().any(|u| u.entry.cues & cue::WAIT != 0))
            .and_then(|k| waited_for(a, mentions, segments, k))
            .filter(|p| !shared.contains(p));
        if let Some(p) = person {
            let id = usize::from(mentions[p].touchpoint);
            scratch.sums[id] += PAIN_VALENCE;
            scratch.touched[id] = true;
        }
    }
    let agree = scratch
        .sums
        .iter()
        .all(|&sum| sum == 0.0 || (sum > 0.0) == (unattached > 0.0));
    let mut absorbed = false;
    if unattached != 0.0 && agree {
        // Opinions we could not place go, weakly, to the touchpoints that
        // have none: "We had the tasting menu and the sommelier's pairings, all superb."
        // Not when the placed ones disagree: "the waiter was rude when we
        // asked about the wine, a shame on such a lovely evening" says
        // nothing of the wine.
        // Praise goes to no touchpoint named only as a setting: "we sat at
        // the bar, all superb" praises no bar.
        for &id in &scratch.order {
            let subject =
                unattached < 0.0 || mentions.iter().any(|m| m.touchpoint == id && !m.setting);
            if !scratch.touched[usize::from(id)] && subject {
                scratch.sums[usize::from(id)] += unattached * RESIDUAL_WEIGHT;
                absorbed = true;
            }
        }
    }
    // A complaint placed nowhere is about the whole business, where the
    // taxonomy names its touchpoint: "the app says boarding, the gate says
    // nothing, what a joke" is the airline's service too.
    let whole = lexicon.complaint_touchpoint();
    // Only where the residual went nowhere.
    if whole != 0
        && unattached < -COMPLAINT_MIN
        && !absorbed
        && !scratch.touched[usize::from(whole)]
    {
        if !scratch.order.contains(&whole) {
            scratch.order.push(whole);
        }
        scratch.sums[usize::from(whole)] += unattached * RESIDUAL_WEIGHT;
    }
    let touchpoints = scratch
        .order
        .iter()
        .map(|&id| Touchpoint {
            name: lexicon.touchpoint_name(id).unwrap_or_default().to_string(),
            sentiment: normalize(scratch.sums[usize::from(id)]),
            evidence: mentions
                .iter()
                .filter(|m| m.touchpoint == id)
                .map(|m| Span::new(units[m.first].start, units[m.last].end))
                .collect(),
        })
        .collect();
    let asked = mentions
        .iter()
        .all(|m| scratch.questions[units[m.first].sentence as usize]);
    let opinion_mass = opinion_mass + told_pain;
    let coverage = if opinion_mass > 0.0 {
        (attached / opinion_mass).min(1.0)
    } else {
        0.0
    };
    let breadth = (mentions.len() as f64 / 3.0).min(1.0);
    let mut relevance = 0.45 + 0.35 * coverage + 0.2 * breadth;
    if asked {
        // A question names a touchpoint without saying anything of it.
        relevance *= 0.5;
    }
    Relevance {
        score: relevance.clamp(0.0, 1.0),
        touchpoints,
    }
}

/// The person mention "he" or "she" stands for when one of them is the
/// subject of opinion unit `i` (at most [`MAX_ADVERBS`] words before it in
/// its segment, no mention between, the opinion modifying no mention right
/// after it): the last person named in this sentence or the one before.
fn pronoun_subject(
    a: &Annotated,
    mentions: &[Mention],
    segments: &[u32],
    next: usize,
    i: usize,
) -> Option<usize> {
    let units = &a.units;
    let pronoun = (i.saturating_sub(MAX_ADVERBS + 1)..i)
        .rev()
        .take_while(|&k| segments[k] == segments[i])
        .find(|&k| PRONOUNS.contains(&a.word(k)))?;
    let between = next > 0 && mentions[next - 1].last >= pronoun;
    let modifier = mentions.get(next).is_some_and(|m| m.first == i + 1);
    if between || modifier || (pronoun + 1..i).any(|k| units[k].entry.valence.is_some()) {
        return None;
    }
    person_before(a, mentions, pronoun)
}

/// Whether units `range` tell how long something took: a wait word ("waited
/// 40 minutes", "waited forever") or "took" ("took an hour").
fn slow(a: &Annotated, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|k| {
        TOOK.contains(&a.word(k)) || a.parts(k).iter().any(|u| u.entry.cues & cue::WAIT != 0)
    })
}

/// Where a slowness placed at mention `m` goes: a slow dish is no opinion
/// of the dish ("the food took 45 minutes to arrive") but of the service,
/// the touchpoint the taxonomy gives waiting, at its mention nearest `m` in
/// the sentence; nowhere when the sentence names none. A person keeps it ("the waiter
/// took forever").
fn slowness(a: &Annotated, lexicon: &Lexicon, mentions: &[Mention], m: usize) -> Option<usize> {
    let units = &a.units;
    let mention = &mentions[m];
    let wait = lexicon
        .lookup(WAIT_WORD)
        .map_or(0, |e| e.touchpoint & TOUCHPOINT_ID);
    if wait == 0 || mention.touchpoint == wait || units[mention.first].entry.cues & cue::PERSON != 0
    {
        return Some(m);
    }
    let sentence = units[mention.first].sentence;
    let ok = |n: &Mention| n.touchpoint == wait && units[n.first].sentence == sentence;
    let before = mentions[..m].iter().rposition(ok);
    let after = mentions[m..].iter().position(ok).map(|k| m + k);
    match (before, after) {
        (Some(b), Some(f)) => Some(if f - m <= m - b { f } else { b }),
        (b, f) => b.or(f),
    }
}

/// The person mention a wait at unit `i` is for: "for", a determiner at
/// most, then a person word ("waited 20 minutes for the waitress").
fn waited_for(a: &Annotated, mentions: &[Mention], segments: &[u32], i: usize) -> Option<usize> {
    let units = &a.units;
    let end = units.len().min(i + 1 + WAIT_REACH);
    let at = (i + 1..end)
        .take_while(|&k| segments[k] == segments[i])
        .find(|&k| a.word(k) == "for")?;
    let person = (at + 1..end.min(at + 3))
        .take_while(|&k| segments[k] == segments[i])
        .find(|&k| !DETERMINERS.contains(&a.word(k)))
        .filter(|&k| units[k].entry.cues & cue::PERSON != 0)?;
    let m = mentions.partition_point(|m| m.last < person);
    mentions.get(m).filter(|m| m.first == person).map(|_| m)
}

/// Whether mention `m` names a person followed, within its segment, by a
/// negated verb with no opinion word after it: "the waiter never came
/// back", "our server didn't check on us" (not "the waiter wasn't rude").
fn failed_to_act(
    a: &Annotated,
    mentions: &[Mention],
    m: usize,
    valence: impl Fn(usize) -> f64,
) -> bool {
    let mention = &mentions[m];
    !mention.opinion
        && a.units[mention.first].entry.cues & cue::PERSON != 0
        && negated_act(a, mention.last, valence)
}

/// Whether the subject ending at unit `subject` is followed, within its
/// clause, by a negated verb with no opinion word after it.
fn negated_act(a: &Annotated, subject: usize, valence: impl Fn(usize) -> f64) -> bool {
    let units = &a.units;
    let clause = units[subject].clause;
    let in_clause = |k: &usize| units[*k].clause == clause && units[*k].entry.contrast.is_none();
    let plain = |k: usize| {
        let u = &units[k];
        u.kind == TokenKind::Word && u.entry.touchpoint & TOUCHPOINT_ID == 0 && valence(k) == 0.0
    };
    let start = subject + 1;
    let direct = (start..units.len().min(start + 3))
        .take_while(in_clause)
        .find(|&k| units[k].entry.negator || !plain(k))
        .filter(|&k| units[k].entry.negator);
    // A second predicate of the same subject, told without one: "the
    // waiter took our order and never came back".
    let coordinated = || {
        let and = (start..units.len().min(start + COORDINATED_REACH))
            .take_while(in_clause)
            .find(|&k| a.word(k) == "and")
            // Not after praise: "our server was attentive and never let our
            // glasses go empty".
            .filter(|&and| (start..and).all(|k| valence(k) == 0.0))?;
        (and + 1..units.len().min(and + 3))
            .take_while(|&k| matches!(a.word(k), "then" | "just") || units[k].entry.negator)
            .find(|&k| units[k].entry.negator)
    };
    let Some(negator) = direct.or_else(coordinated) else {
        return false;
    };
    let end = units.len().min(negator + 1 + FAILURE_REACH);
    (negator + 1..end)
        .take_while(in_clause)
        .all(|k| valence(k) == 0.0 && units[k].entry.valence.is_none())
}

/// The person mention a few words after "had to" at unit `k`, in its
/// segment: "we had to ask the waitress for water", "had to flag down our
/// server".
fn obliged(a: &Annotated, mentions: &[Mention], segments: &[u32], k: usize) -> Option<usize> {
    let units = &a.units;
    if a.word(k) != "had" || k + 2 >= units.len() || a.word(k + 1) != "to" {
        return None;
    }
    let m = mentions.partition_point(|m| m.last < k + 2);
    mentions.get(m).filter(|m| {
        m.first <= k + 2 + OBLIGED_REACH
            && segments[m.first] == segments[k]
            && units[m.first].entry.cues & cue::PERSON != 0
    })?;
    Some(m)
}

/// The last person mention before unit `k`, in its sentence or the one
/// before: whom "he" or "she" at `k` stands for.
fn person_before(a: &Annotated, mentions: &[Mention], k: usize) -> Option<usize> {
    let units = &a.units;
    let next = mentions.partition_point(|m| m.last < k);
    let sentence = units[k].sentence;
    (next.saturating_sub(MAX_GROUP * 2)..next).rev().find(|&m| {
        let unit = &units[mentions[m].first];
        unit.entry.cues & cue::PERSON != 0 && unit.sentence + 1 >= sentence
    })
}

/// Whether unit `i` stands in a wish: a hope word or "should" at or before
/// it in its clause ("I sure hope you find my bag", "you should get better
/// agents").
fn wished(a: &Annotated, i: usize) -> bool {
    // "would be nice", "would have been great", "could use some love": a
    // wish; "would recommend" is praise.
    let hope = |k: usize| {
        HOPES.contains(&a.word(k))
            || (k + 1 < a.units.len()
                && match a.word(k) {
                    "would" => matches!(a.word(k + 1), "be" | "have" | "'ve"),
                    "could" => a.word(k + 1) == "use",
                    _ => false,
                })
    };
    hope(i) || crate::rules::clause_before(a, i, WISH_SCOPE).any(hope)
}

/// Whether unit `i` is "better" asked for: in a demand or wish ("you
/// should hire better agents", "need better communication") or after "do", "expected" or "deserve" ("you can do better",
/// "I expected better").
fn demanded(a: &Annotated, i: usize) -> bool {
    a.word(i) == BETTER
        && i > 0
        && (DEMANDS.contains(&a.word(i - 1))
            || crate::rules::clause_before(a, i, WISH_SCOPE)
                .any(|k| DEMAND_HOPES.contains(&a.word(k))))
}

/// The opinion a word without valence tells by where it stands: "took"
/// before a duration is a wait ("the waitress took 20 minutes to bring the
/// menu"), as long as waiting that long; "try", "order" or "get" opening a
/// sentence recommends what follows ("Try the lamb.").
fn told(
    a: &Annotated,
    i: usize,
    mentions: &[Mention],
    cost: u8,
    lexicon: &Lexicon,
    modifiers: &Modifiers,
) -> f64 {
    let word = a.word(i);
    let units = &a.units;
    let sentence = units[i].sentence;
    let more = MORE.contains(&word);
    let long = LONG.contains(&word);
    if more || long || LESS.contains(&word) || SHORT.contains(&word) {
        let Some(m) = measured(a, i, mentions) else {
            return 0.0;
        };
        let touchpoint = mentions[m].touchpoint;
        let sign = if more || LESS.contains(&word) {
            if more == (touchpoint == cost) {
                -1.0
            } else {
                1.0
            }
        } else {
            let wait = lexicon
                .lookup(WAIT_WORD)
                .map_or(0, |e| e.touchpoint & TOUCHPOINT_ID);
            match (touchpoint == wait, long) {
                (false, _) => return 0.0,
                (true, true) => -1.0,
                (true, false) => 1.0,
            }
        };
        // "not very large": negation turns it as any opinion.
        let negated = modifiers.factor.get(i).is_some_and(|&f| f < 0.0);
        return if negated { -sign } else { sign } * MAGNITUDE_VALENCE;
    }
    // "deliveries take up to an hour".
    if TOOK.contains(&word) || word == "take" {
        let end = (i + 1 + waiting::SCOPE).min(units.len());
        let at = |k: usize| {
            (k < end && units[k].sentence == sentence).then(|| (a.word(k), units[k].kind))
        };
        let Some((k, q)) = (i + 1..end).find_map(|k| Some((k, waiting::duration(at, k)?))) else {
            return 0.0;
        };
        // Praise right after says the time was fine: "took 48 hours,
        // incredibly smooth".
        let after = k + q.len;
        let fine = (after..units.len().min(after + PRAISE_REACH))
            .take_while(|&k| units[k].sentence == sentence && units[k].entry.contrast.is_none())
            .any(|k| units[k].entry.valence.is_some_and(|v| v > 0.0));
        return if fine {
            0.0
        } else {
            waiting::WAIT_VALENCE[waiting::level(q.amount)]
        };
    }
    let opens = |k: usize| k == 0 || units[k - 1].sentence != sentence;
    // "Definitely try the lamb."
    let imperative = opens(i) || (RECOMMEND_ADVERBS.contains(&a.word(i - 1)) && opens(i - 1));
    // Only of a touchpoint named right after it ("Try the lamb shank").
    let object = || {
        (i + 1..units.len().min(i + 1 + RECOMMEND_REACH))
            .take_while(|&k| units[k].kind == TokenKind::Word)
            .any(|k| units[k].entry.touchpoint != 0)
    };
    if RECOMMENDS.contains(&word) && imperative && object() {
        RECOMMEND_VALENCE
    } else {
        0.0
    }
}

/// The mention size word `i` measures: the one right after it ("large
/// portions", "high prices") or the subject of its copula ("the portions
/// were large", "prices are a bit high").
fn measured(a: &Annotated, i: usize, mentions: &[Mention]) -> Option<usize> {
    let next = mentions.partition_point(|m| m.last < i);
    if mentions
        .get(next)
        .is_some_and(|m| m.first == i + 1 && !m.opinion)
    {
        return Some(next);
    }
    let b = next.checked_sub(1)?;
    let subject = &mentions[b];
    (!subject.opinion && predicate(a, subject.last + 1..i)).then_some(b)
}

/// Whether an excess marker stands right before unit `i` ("too low").
fn excessive(a: &Annotated, i: usize) -> bool {
    i > 0 && a.units[i - 1].entry.cues & cue::EXCESS != 0
}

/// Touchpoint mentions in text order: single words and taxonomy phrases (longest first).
fn find_mentions(a: &Annotated, lexicon: &Lexicon, out: &mut Vec<Mention>) {
    out.clear();
    let units = &a.units;
    let mut i = 0;
    while i < units.len() {
        let tag = units[i].entry.touchpoint;
        if tag == 0 {
            i += 1;
            continue;
        }
        if tag & TOUCHPOINT_PHRASE != 0 && !units[i].phrase {
            let n = units.len();
            // A phrase the sentiment lexicon merged hides its words from taxonomy phrases.
            let matched = lexicon
                .touchpoint_phrase_list(&units[i].entry)
                .and_then(|list| {
                    list.longest_match(
                        |k| (i + k < n && !units[i + k].phrase).then(|| a.key(i + k)),
                        |k, word| a.word(i + k) == word,
                    )
                });
            if let Some(phrase) = matched {
                let (setting, purpose) = setting(a, i);
                let len = phrase.words.len();
                out.push(Mention {
                    touchpoint: phrase.entry.touchpoint & TOUCHPOINT_ID,
                    first: i,
                    last: i + len - 1,
                    opinion: false,
                    setting,
                    purpose,
                });
                i += len;
                continue;
            }
        }
        if tag & TOUCHPOINT_ID != 0 {
            let (setting, purpose) = setting(a, i);
            out.push(Mention {
                touchpoint: tag & TOUCHPOINT_ID,
                first: i,
                last: i,
                opinion: false,
                setting,
                purpose,
            });
        }
        i += 1;
    }
}

/// Whether the mention starting at unit `first` follows a preposition,
/// past determiners and other touchpoint words ("on the dessert menu"),
/// and whether that preposition is "for" or "in".
fn setting(a: &Annotated, first: usize) -> (bool, bool) {
    for k in (first.saturating_sub(SETTING_REACH)..first).rev() {
        let word = a.word(k);
        if PREPOSITIONS.contains(&word) {
            // "for" after a mention names what it is for ("value for
            // unlimited data", "a wait for a table"): no setting.
            let complement =
                word == "for" && k > 0 && a.units[k - 1].entry.touchpoint & TOUCHPOINT_ID != 0;
            return (!complement, matches!(word, "for" | "in"));
        }
        let entry = &a.units[k].entry;
        let compound = entry.touchpoint & TOUCHPOINT_ID != 0 && entry.valence.is_none();
        if !compound && !DETERMINERS.contains(&word) {
            return (false, false);
        }
    }
    (false, false)
}

/// Mark mentions that are opinions themselves. An opinion word that names
/// one touchpoint right before a mention of another modifies that mention: "friendly service" is about the service,
/// so "friendly" is no staff mention there, only the service's opinion;
/// but a word of touchpoint `cost` judges the price ("cheap drinks").
fn mark_opinions(mentions: &mut Vec<Mention>, cost: u8, valence: impl Fn(usize) -> f64) {
    let n = mentions.len();
    let mut write = 0;
    for read in 0..n {
        let mut m = mentions[read];
        m.opinion = m.first == m.last && valence(m.first) != 0.0;
        // A price word judges the price, not the thing priced: "inexpensive
        // sushi", "overpriced drinks".
        let modifies_next = m.opinion
            && m.touchpoint != cost
            && mentions
                .get(read + 1)
                .is_some_and(|next| next.first == m.last + 1 && next.touchpoint != m.touchpoint);
        if !modifies_next {
            mentions[write] = m;
            write += 1;
        }
    }
    mentions.truncate(write);
}

/// Segment of each unit (a clause, split again at contrast words) and
/// whether each sentence is a question.
fn segment(a: &Annotated, text: &str, segments: &mut Vec<u32>, questions: &mut Vec<bool>) {
    segments.clear();
    questions.clear();
    let mut id = 0u32;
    let mut clause = a.units.first().map_or(0, |u| u.clause);
    for unit in &a.units {
        if unit.clause != clause || unit.entry.contrast.is_some() {
            id += 1;
            clause = unit.clause;
        }
        segments.push(id);
        let sentence = unit.sentence as usize;
        if questions.len() <= sentence {
            questions.resize(sentence + 1, false);
        }
        if unit.kind == TokenKind::Punct && text.as_bytes()[unit.start..unit.end].contains(&b'?') {
            questions[sentence] = true;
        }
    }
}

/// Whether unit `i` is "why" without a valence of its own.
#[inline]
fn asked(a: &Annotated, i: usize) -> bool {
    let entry = &a.units[i].entry;
    entry.cues & cue::TOLD != 0 && entry.valence.is_none() && a.word(i) == WHY
}

/// Whether unit `i` is "why" without a valence of its own, in a question.
fn asked_why(a: &Annotated, i: usize, questions: &[bool]) -> bool {
    asked(a, i) && questions[a.units[i].sentence as usize]
}

/// Whether unit `i` is a negator with no opinion word after it in its
/// clause, telling what was not done: "I can't check in", "they couldn't
/// find my bag", "my bag hasn't shown up" (not "I can't wait", "can't
/// complain", "never let our glasses go empty", "didn't have to wait"),
/// and no failure a CX pattern already told ("can't get through").
fn negated_failure(a: &Annotated, i: usize, pain: &[Span], valence: impl Fn(usize) -> f64) -> bool {
    let units = &a.units;
    let unit = &units[i];
    // "without" names what was missing, not an act that failed: "wouldn't
    // have our house without him".
    if !unit.entry.negator || a.word(i) == "without" {
        return false;
    }
    // "didn't have to wait", "never needed to ask": spared, no failure;
    // "wouldn't have made it without her": thanks; "we won't be
    // renewing": an intent, told by the loyalty signals.
    if i + 2 < units.len() && OBLIGED.contains(&a.word(i + 1)) && a.word(i + 2) == "to"
        || i + 1 < units.len()
            && matches!(a.word(i), "wouldn't" | "won't")
            && matches!(a.word(i + 1), "have" | "be")
    {
        return false;
    }
    // A person who failed to act is theirs alone (see [`failed_to_act`]):
    // "the technician couldn't finish".
    let person = (i.saturating_sub(3)..i).any(|k| {
        units[k].clause == unit.clause
            && (units[k].entry.cues & cue::PERSON != 0 || PRONOUNS.contains(&a.word(k)))
    });
    if person {
        return false;
    }
    let end = units.len().min(i + 1 + NEGATION_REACH);
    (i + 1..end)
        .take_while(|&k| units[k].clause == unit.clause)
        .all(|k| valence(k) == 0.0 && units[k].entry.valence.is_none())
        && !pain
            .iter()
            .any(|s| s.start <= unit.start && unit.end <= s.end)
}

/// Whether "like" at unit `i` is the verb, after its subject or auxiliary
/// ("we like", "you'll like", "didn't like"), not a comparison ("looks like a diner").
fn like_verb(a: &Annotated, i: usize) -> bool {
    i > 0 && (a.units[i - 1].entry.cues & cue::FIRST_PERSON != 0 || LIKERS.contains(&a.word(i - 1)))
}

/// The mention opinion unit `i` is about, and the weight it carries there.
fn attach(
    a: &Annotated,
    i: usize,
    praise: bool,
    mentions: &[Mention],
    segments: &[u32],
    uniform: &[u8],
) -> Option<(usize, f64)> {
    let units = &a.units;
    let sentence = units[i].sentence;
    // First mention ending at or after i.
    let next = mentions.partition_point(|m| m.last < i);
    if mentions.get(next).is_some_and(|m| m.first <= i) {
        return Some((next, 1.0));
    }
    let segment = segments[i];
    // Mentions that are opinions themselves ("cheap", "friendly") keep
    // their own valence and attract no other: look past a few of them for
    // a plain mention ("the wine was cheap and good" is about the wine).
    let plain = |m: &usize| !mentions[*m].opinion;
    let before = (next.saturating_sub(MAX_GROUP)..next).rev().find(plain);
    let after = (next..mentions.len().min(next + MAX_GROUP)).find(plain);
    // Praise goes to no setting in its clause or sentence: "the
    // dishes on the menu are great" is about the dishes. A failure is often
    // where it happened ("stuck on the phone for hours").
    // A failure is said of a setting only by "for" or "in" ("not worth
    // coming back for the food", "a hair in the soup"); "the waiter ignored
    // us at the bar" is no complaint of the bar.
    let core = |m: &usize| {
        let mention = &mentions[*m];
        !(mention.opinion || mention.setting && (praise || !mention.purpose))
    };
    let before_core = (next.saturating_sub(MAX_GROUP)..next).rev().find(core);
    let after_core = (next..mentions.len().min(next + MAX_GROUP)).find(core);
    let distance = |m: usize| {
        let mention = &mentions[m];
        if mention.last < i {
            i - mention.last
        } else {
            mention.first - i
        }
    };
    let nearest_of = |before: Option<usize>, after: Option<usize>, ok: &dyn Fn(usize) -> bool| {
        match (before.filter(|&m| ok(m)), after.filter(|&m| ok(m))) {
            // On a tie the mention after wins: "nice outdoor atmosphere".
            (Some(b), Some(f)) => Some(if distance(f) <= distance(b) { f } else { b }),
            (b, f) => b.or(f),
        }
    };
    let nearest = |ok: &dyn Fn(usize) -> bool| nearest_of(before, after, ok);
    // "he"/"she" a few words before the opinion stands for the person named
    // last: "we asked the waiter for water and he was rude".
    if let Some(p) = pronoun_subject(a, mentions, segments, next, i) {
        return Some((p, 1.0));
    }
    // The first opinion after a copula is said of the subject before it:
    // "the pasta was not bad for the price" is about the pasta.
    if let Some(b) = before_core.filter(|&b| segments[mentions[b].first] == segment) {
        if predicate(a, mentions[b].last + 1..i) {
            return Some((b, 1.0));
        }
    }
    // A person's act, a few words after them, is about them: "the waitress
    // forgot our drinks", "our server was slow and ignored us" (not "the
    // chef made amazing pasta", where the opinion modifies the mention after it).
    if let Some(b) = before_core.filter(|&b| segments[mentions[b].first] == segment) {
        let gap = mentions[b].last + 1..i;
        let modifier = mentions.get(next).is_some_and(|m| m.first == i + 1);
        if units[mentions[b].first].entry.cues & cue::PERSON != 0
            && gap.len() <= MAX_ADVERBS
            && !modifier
            && gap.clone().all(|k| {
                let entry = &units[k].entry;
                units[k].kind == TokenKind::Word
                    && (entry.touchpoint & TOUCHPOINT_ID == 0 || entry.valence.is_some())
                    && entry.contrast.is_none()
            })
        {
            return Some((b, 1.0));
        }
    }
    // So is the act of a second predicate: "our waiter took the order and
    // never came back", "the waiter brought the soup and then forgot the bread".
    if let Some(p) = second_predicate(a, mentions, segments, next, i) {
        return Some((p, 1.0));
    }
    let in_segment = |m: usize| segments[mentions[m].first] == segment;
    if let Some(m) = nearest_of(before_core, after_core, &in_segment) {
        return Some((m, 1.0));
    }
    // Beyond its segment an opinion is only attached where the sentence
    // (or its neighbour) names one touchpoint: with several it is anyone's.
    let single = |s: u32| {
        uniform
            .get(s as usize)
            .is_some_and(|&t| t != 0 && t != MIXED)
    };
    if single(sentence) {
        if let Some(m) = nearest_of(before_core, after_core, &|m| {
            units[mentions[m].first].sentence == sentence
        }) {
            return Some((m, SENTENCE_WEIGHT));
        }
    }
    let neighbour = |m: usize, s: u32| units[mentions[m].first].sentence == s && single(s);
    if let Some(b) = before.filter(|&m| sentence > 0 && neighbour(m, sentence - 1)) {
        return Some((b, NEIGHBOUR_WEIGHT));
    }
    if let Some(f) = after.filter(|&m| neighbour(m, sentence + 1)) {
        return Some((f, NEIGHBOUR_WEIGHT));
    }
    // A comment about one touchpoint: all its opinions are about it.
    let first = mentions.first()?.touchpoint;
    mentions
        .iter()
        .all(|m| m.touchpoint == first)
        .then(|| nearest(&|_| true))
        .flatten()
        .map(|m| (m, NEIGHBOUR_WEIGHT))
}

/// The person whose second predicate opinion unit `i` opens: "and" (with
/// "then" or "just") right before it, the person at most
/// [`COORDINATED_REACH`] units before that "and", in its segment.
fn second_predicate(
    a: &Annotated,
    mentions: &[Mention],
    segments: &[u32],
    next: usize,
    i: usize,
) -> Option<usize> {
    let units = &a.units;
    let and = (i.saturating_sub(3)..i)
        .rev()
        .take_while(|&k| matches!(a.word(k), "and" | "then" | "just"))
        .find(|&k| a.word(k) == "and")?;
    (next.saturating_sub(MAX_GROUP)..next).rev().find(|&m| {
        let mention = &mentions[m];
        mention.last < and
            && and - mention.last <= COORDINATED_REACH
            && segments[mention.first] == segments[i]
            && !mention.opinion
            && units[mention.first].entry.cues & cue::PERSON != 0
            && opens_clause(a, segments, mention.first)
    })
}

/// Whether the mention starting at unit `first` opens its segment, past
/// determiners and "then": a subject ("our waiter took..."), not an object
/// ("we asked the waiter...").
fn opens_clause(a: &Annotated, segments: &[u32], first: usize) -> bool {
    let units = &a.units;
    let head = (first.saturating_sub(SUBJECT_HEAD)..first)
        .rev()
        .find(|&k| !DETERMINERS.contains(&a.word(k)) && !matches!(a.word(k), "then" | "finally"));
    head.is_none_or(|k| {
        units[k].kind != TokenKind::Word
            || segments[k] != segments[first]
            || units[k].sentence != units[first].sentence
    })
}

/// The person who opens the segment of mention `m` as its subject, before
/// `m` and opinion unit `i`, when nothing between them names another
/// subject (the customer, "he"/"she", a copula): the agent of what `m` is
/// the object of ("the waitress gave us the wrong wine").
fn agent(
    a: &Annotated,
    mentions: &[Mention],
    segments: &[u32],
    m: usize,
    i: usize,
) -> Option<usize> {
    let units = &a.units;
    let segment = segments[mentions[m].first];
    if segments[i] != segment {
        return None;
    }
    let p = (m.saturating_sub(MAX_GROUP)..m).rev().find(|&p| {
        let mention = &mentions[p];
        segments[mention.first] == segment
            && !mention.opinion
            && units[mention.first].entry.cues & cue::PERSON != 0
    })?;
    let start = mentions[p].last + 1;
    let end = i.max(mentions[m].last);
    let other_subject = (start..end)
        .any(|k| units[k].entry.cues & cue::COPULA != 0 || SUBJECTS.contains(&a.word(k)));
    (!other_subject && end - start <= AGENT_REACH && opens_clause(a, segments, mentions[p].first))
        .then_some(p)
}

/// Whether the units of `gap` join a subject to the opinion after them: a
/// copula and nothing else that names, judges or contrasts ("was not very").
fn predicate(a: &Annotated, gap: std::ops::Range<usize>) -> bool {
    let units = &a.units;
    gap.len() <= MAX_PREDICATE
        && gap.clone().any(|k| units[k].entry.cues & cue::COPULA != 0)
        && gap.clone().all(|k| {
            let entry = &units[k].entry;
            entry.touchpoint & TOUCHPOINT_ID == 0
                && entry.contrast.is_none()
                && entry.valence.is_none()
        })
}

/// The subject of opinion unit `i` when `i` is itself mention `m` of
/// another touchpoint, after a copula: "my luggage was delayed" is said of
/// the luggage too, not only of the delay.
fn subject(
    a: &Annotated,
    i: usize,
    mentions: &[Mention],
    segments: &[u32],
    m: usize,
) -> Option<usize> {
    let mention = &mentions[m];
    let b = m.checked_sub(1)?;
    let subject = &mentions[b];
    (mention.first == i
        && mention.last == i
        && !subject.opinion
        && subject.touchpoint != mention.touchpoint
        && segments[subject.first] == segments[i]
        && predicate(a, subject.last + 1..i))
    .then_some(b)
}

/// Mention `m` and the mentions coordinated with it.
fn group(
    a: &Annotated,
    mentions: &[Mention],
    segments: &[u32],
    m: usize,
) -> std::ops::Range<usize> {
    let joined = |left: &Mention, right: &Mention| {
        let gap = left.last + 1..right.first;
        // "cheap drinks": the price word judges, it is no coordinated mention.
        let modifier = left.opinion && gap.is_empty() && left.touchpoint != right.touchpoint;
        !modifier
            && gap.len() <= MAX_CONNECTORS
            && gap.clone().all(|k| CONNECTORS.contains(&a.word(k)))
            && !new_clause(a, segments, left, right)
    };
    let mut first = m;
    while first > 0 && m - first < MAX_GROUP && joined(&mentions[first - 1], &mentions[first]) {
        first -= 1;
    }
    let mut last = m;
    while last + 1 < mentions.len()
        && last - m < MAX_GROUP
        && joined(&mentions[last], &mentions[last + 1])
    {
        last += 1;
    }
    first..last + 1
}

/// Whether "and" before `right` opens a clause of its own: `right` is the
/// subject of a copula while `left` follows the customer or an opinion in
/// its segment ("we ordered the fish and the waitress was lovely", "loved
/// the pasta and the service was slow"), so the two share nothing.
fn new_clause(a: &Annotated, segments: &[u32], left: &Mention, right: &Mention) -> bool {
    let units = &a.units;
    let subject = units
        .get(right.last + 1)
        .is_some_and(|u| u.entry.cues & cue::COPULA != 0);
    subject
        && (0..left.first)
            .rev()
            .take_while(|&k| segments[k] == segments[left.first])
            .take(CLAUSE_HEAD)
            .any(|k| {
                let entry = &units[k].entry;
                entry.cues & cue::FIRST_PERSON != 0 || entry.valence.is_some()
            })
}

#[cfg(test)]
mod tests {
    use crate::Analyzer;

    fn touchpoints(text: &str) -> Vec<(String, f64)> {
        Analyzer::default()
            .analyze(text)
            .relevance
            .touchpoints
            .into_iter()
            .map(|t| (t.name, t.sentiment))
            .collect()
    }

    fn sign(text: &str, name: &str) -> i8 {
        let found = touchpoints(text);
        let (_, s) = found
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} not in {found:?} for {text:?}"));
        if *s > 0.05 {
            1
        } else if *s < -0.05 {
            -1
        } else {
            0
        }
    }

    #[test]
    fn each_touchpoint_gets_its_own_opinions() {
        let text = "The food was great but the service was painfully slow.";
        assert_eq!(sign(text, "product"), 1);
        assert_eq!(sign(text, "service"), -1);
        assert_eq!(sign("The waiter was not the friendliest.", "staff"), -1);
        assert_eq!(sign("Waited 40 minutes for a table.", "service"), -1);
    }

    #[test]
    fn coordinated_mentions_share_and_neighbours_carry() {
        let text = "The food and service were terrible.";
        assert_eq!(sign(text, "product"), -1);
        assert_eq!(sign(text, "service"), -1);
        assert_eq!(sign("We ordered the food. It was amazing!", "product"), 1);
    }

    #[test]
    fn relevance_is_high_for_touchpoint_opinions_low_for_chatter() {
        let analyzer = Analyzer::default();
        let on = analyzer.analyze("The staff were rude and the room was filthy.");
        let off = analyzer.analyze("Posting this lol, happy Friday everyone!");
        let question = analyzer.analyze("What is the price?");
        assert!(on.relevance.score > 0.8, "{:?}", on.relevance);
        assert!(off.relevance.score < 0.3, "{:?}", off.relevance);
        assert!(question.relevance.score < 0.4, "{:?}", question.relevance);
    }
}
