//! Behaviour of the customer sentiment rules on real-looking customer comments.
//!
//! Every expectation is what a person reading the comment would say, not what
//! some implementation happens to return. Each table is one rule; a failing
//! table lists every row that failed with the actual compound and label.
//!
//! Expectations:
//! - `Pos` / `Neg`: compound >= 0.05 / <= -0.05 (VADER's thresholds), label free
//!   (a comment with some opposing content may be `Mixed`).
//! - `PosOnly` / `NegOnly`: the same and the label is `Positive` / `Negative`
//!   (one-sided comments).
//! - `Neutral`: |compound| < 0.05 and the label is `Neutral`.
//! - `NotNeg`: compound > -0.05.
//! - `Is(label)` / `Not(label)`: the label is / is not `label`.
//!
//! Pairs `(a, b)` mean "a reads more positive than b": compound(a) > compound(b).

use cxscore::{Analyzer, Label};
use std::fmt::Write;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::default)
}

fn score(text: &str) -> (f64, Label) {
    let s = analyzer().analyze(text).sentiment;
    (s.compound, s.label)
}

fn c(text: &str) -> f64 {
    score(text).0
}

#[derive(Debug, Clone, Copy)]
enum Expect {
    Pos,
    Neg,
    PosOnly,
    NegOnly,
    Neutral,
    NotNeg,
    Is(Label),
    Not(Label),
}
use Expect::*;

fn holds(expect: Expect, compound: f64, label: Label) -> bool {
    match expect {
        Pos => compound >= 0.05,
        Neg => compound <= -0.05,
        PosOnly => compound >= 0.05 && label == Label::Positive,
        NegOnly => compound <= -0.05 && label == Label::Negative,
        Neutral => compound.abs() < 0.05 && label == Label::Neutral,
        NotNeg => compound > -0.05,
        Is(l) => label == l,
        Not(l) => label != l,
    }
}

/// Check a table of `(comment, expectation)` rows; fail once, listing every failing row.
fn check(rule: &str, rows: &[(&str, Expect)]) {
    let mut failures = String::new();
    for &(text, expect) in rows {
        let (compound, label) = score(text);
        if !holds(expect, compound, label) {
            let _ = writeln!(
                failures,
                "  {text:?}: expected {expect:?}, got compound {compound:.4}, label {label:?}"
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{rule}: {} of {} rows failed:\n{failures}",
        failures.lines().count(),
        rows.len()
    );
}

/// Check a table of pairs `(a, b)`: `a` must score strictly higher than `b`.
fn check_pairs(rule: &str, pairs: &[(&str, &str)]) {
    let mut failures = String::new();
    for &(a, b) in pairs {
        let (ca, cb) = (c(a), c(b));
        if ca.partial_cmp(&cb) != Some(std::cmp::Ordering::Greater) {
            let _ = writeln!(
                failures,
                "  expected compound({a:?}) > compound({b:?}), got {ca:.4} vs {cb:.4}"
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{rule}: {} of {} pairs failed:\n{failures}",
        failures.lines().count(),
        pairs.len()
    );
}

#[test]
fn negation_and_its_scope() {
    check(
        "negation",
        &[
            ("The food was not good.", NegOnly),
            ("Not good at all.", NegOnly),
            ("I didn't like it.", NegOnly),
            ("We did not enjoy our meal.", NegOnly),
            ("The staff weren't helpful.", NegOnly),
            ("The waiter wasn't very friendly.", NegOnly),
            ("Nobody was helpful.", NegOnly),
            ("No one helped us.", NegOnly),
            ("The manager didn't even apologize.", NegOnly),
            ("I was never disappointed.", PosOnly),
            ("Never disappointed!", PosOnly),
            ("The staff were never rude to us.", PosOnly),
            ("It wasn't bad at all.", PosOnly),
            ("The room wasn't bad.", PosOnly),
            ("No complaints at all, great stay.", PosOnly),
            ("Zero complaints from me.", PosOnly),
            ("No problems at all.", PosOnly),
            ("Had no problems with the booking.", PosOnly),
            ("No issues whatsoever.", PosOnly),
            ("I can't complain.", PosOnly),
            ("Can't fault the service.", PosOnly),
            ("They could not have been more helpful.", PosOnly),
            ("Couldn't be happier with my new sofa.", PosOnly),
            ("I couldn't be more disappointed.", NegOnly),
            ("I can't recommend them highly enough!", PosOnly),
            ("I cannot recommend this company.", NegOnly),
            ("Nothing but praise for the team.", PosOnly),
            ("Nothing but problems since day one.", NegOnly),
            // "not only", "without a doubt" are not negations.
            (
                "Not only was the food delicious, the staff were lovely too.",
                PosOnly,
            ),
            ("Without a doubt the best pizza in town.", PosOnly),
            // Negation words that customers use: lack, hardly, barely, zero, no longer.
            (
                "The dish lacked flavor and the service was lacking.",
                NegOnly,
            ),
            ("Hardly helpful at all.", NegOnly),
            ("The soup was barely warm.", NegOnly),
            ("Zero help from the manager.", NegOnly),
            ("The staff are no longer friendly.", NegOnly),
            // The scope ends at the clause: the negation does not reach past the comma.
            ("Not cheap, but great food.", PosOnly),
            ("Not the cheapest, but worth every penny.", PosOnly),
            ("No, the food was great.", PosOnly),
            ("Not fast, but the food was delicious.", Pos),
        ],
    );
}

#[test]
fn boosters_and_dampeners() {
    check(
        "boosters (signs)",
        &[
            ("kind of good", PosOnly),
            ("The room was a bit dirty.", NegOnly),
            ("The driver was a little late.", NegOnly),
            ("It was pretty good.", PosOnly),
            ("The service was painfully slow.", NegOnly),
        ],
    );
    check_pairs(
        "boosters (order)",
        &[
            ("very good", "good"),
            ("good", "kind of good"),
            (
                "The staff were extremely helpful.",
                "The staff were helpful.",
            ),
            (
                "The staff were helpful.",
                "The staff were somewhat helpful.",
            ),
            ("The checkout was super easy.", "The checkout was easy."),
            ("Damn good coffee.", "Good coffee."),
            ("very good", "pretty good"),
            ("The service was slow.", "The service was painfully slow."),
            ("The staff were rude.", "The staff were insanely rude."),
            (
                "The receptionist was rude.",
                "The receptionist was beyond rude.",
            ),
            ("Terrible service.", "Absolutely terrible service."),
            ("Awful service.", "Bloody awful service."),
            ("The room was a bit dirty.", "The room was dirty."),
            ("The driver was a little late.", "The driver was late."),
            ("The noise was mildly annoying.", "The noise was annoying."),
            ("I was slightly disappointed.", "I was disappointed."),
        ],
    );
}

#[test]
fn contrast() {
    check(
        "contrast",
        &[
            ("Although the room was small, the staff were lovely.", PosOnly),
            ("Although the staff were lovely, the room was filthy.", Neg),
            ("Though the food was cold, the waiter was very kind.", Pos),
            ("Despite the long wait, the food was excellent.", Pos),
            ("Despite the friendly staff, the room was filthy.", Neg),
            ("I loved the food. But the service was terrible.", Neg),
            ("Nice hotel, however the wifi never worked.", Neg),
            ("The room was small; that said, the staff were wonderful.", Pos),
            ("Everything was perfect except the parking.", PosOnly),
            ("Great stay apart from the noise.", Pos),
            ("The food was delicious, but the waiter was rude and the bill was wrong.", Neg),
            // Several contrasts in one comment: the last clause dominates.
            ("The food was good but the service was slow, but the manager made it right.", Pos),
            ("Great location but the room was dirty but the staff were rude.", Neg),
            ("The room was lovely but the wifi was awful, but the staff fixed it within minutes and were so kind.", Pos),
        ],
    );
    check_pairs(
        "contrast (order)",
        &[
            (
                "The service was slow but the food was great.",
                "The food was great but the service was slow.",
            ),
            (
                "The room was small, but the staff were lovely.",
                "The staff were lovely, but the room was small.",
            ),
            (
                "The room was tiny and noisy. However, the staff were wonderful.",
                "The staff were wonderful. However, the room was tiny and noisy.",
            ),
            (
                "The staff were friendly, although the room was dirty.",
                "Although the staff were friendly, the room was dirty.",
            ),
            (
                "Even though the delivery was late, the sofa is beautiful.",
                "Even though the sofa is beautiful, the delivery was late.",
            ),
        ],
    );
}

#[test]
fn all_caps_emphasis() {
    check_pairs(
        "caps",
        &[
            ("The service was terrible.", "The service was TERRIBLE."),
            ("The staff were AMAZING.", "The staff were amazing."),
            (
                "I am not happy with this order.",
                "I am NOT happy with this order.",
            ),
            (
                "The room was dirty and the staff were rude.",
                "The room was DIRTY and the staff were rude.",
            ),
            (
                "Best pizza in town, so GOOD.",
                "Best pizza in town, so good.",
            ),
        ],
    );
}

#[test]
fn exclamation_emphasis() {
    check(
        "exclamation (signs)",
        &[
            ("Please call me back!", Neutral),
            ("Thank you so much!", PosOnly),
        ],
    );
    check_pairs(
        "exclamation (order)",
        &[
            ("The staff were lovely!", "The staff were lovely."),
            ("The staff were lovely!!!", "The staff were lovely!"),
            ("Worst service ever.", "Worst service ever!"),
            ("This is unacceptable.", "This is unacceptable!!"),
            ("Thank you!", "Thank you."),
        ],
    );
}

#[test]
fn elongation() {
    check(
        "elongation (signs)",
        &[
            ("The service was sooo slow.", NegOnly),
            ("Loooove this place", PosOnly),
        ],
    );
    check_pairs(
        "elongation (order)",
        &[
            ("The service was so slow.", "The service was sooo slow."),
            ("The service was slow.", "The service was slooow."),
            ("The cake was soooo good!", "The cake was so good!"),
            ("Loooove this place", "Love this place"),
            ("The staff were sooo nice.", "The staff were so nice."),
        ],
    );
}

#[test]
fn dropped_g() {
    check(
        "dropped g (signs)",
        &[
            ("Lovin the new app!", PosOnly),
            ("That hold music is so annoyin", NegOnly),
            ("Amazin' service as always", PosOnly),
            ("Robin at the front desk checked us in.", Neutral),
        ],
    );
}

#[test]
fn emoji_and_emoticons() {
    check(
        "emoji",
        &[
            ("Great stay :)", PosOnly),
            ("Thanks for the quick reply :-)", PosOnly),
            ("The delivery was late :(", NegOnly),
            ("😡", NegOnly),
            ("👍", PosOnly),
            ("💔", NegOnly),
            ("Order arrived broken 😡", NegOnly),
            ("Quick delivery 👍", PosOnly),
            ("Love it 😍", PosOnly),
            ("Still waiting for my refund 😤", NegOnly),
            ("The staff <3", PosOnly),
        ],
    );
    check_pairs(
        "emoji (order)",
        &[
            ("Great stay :)", "Great stay"),
            ("The delivery was late", "The delivery was late :("),
            ("Order arrived broken", "Order arrived broken 😡"),
            ("Quick delivery 👍", "Quick delivery"),
            (
                "The parcel was left in the rain",
                "The parcel was left in the rain 👎",
            ),
        ],
    );
}

#[test]
fn idioms_and_phrases() {
    check(
        "idioms",
        &[
            ("The staff went above and beyond.", PosOnly),
            ("Never again.", NegOnly),
            ("Worth every penny.", PosOnly),
            ("The agent could not have cared less.", NegOnly),
            ("What a waste of money.", NegOnly),
            ("Booking was a piece of cake.", PosOnly),
            ("Total waste of time.", NegOnly),
            ("The owner went out of his way to help us.", PosOnly),
            ("Top notch service from start to finish.", PosOnly),
            ("The food is second to none.", PosOnly),
            ("Felt completely ripped off.", NegOnly),
            ("The sofa fell apart after two weeks.", NegOnly),
            ("I was put on hold for ages.", NegOnly),
            ("Customer service dropped the ball on this one.", NegOnly),
            ("They really let us down.", NegOnly),
            ("I'm fed up with this company.", NegOnly),
            ("We were over the moon with the result.", PosOnly),
            ("The view blew me away.", PosOnly),
            ("Hassle-free returns.", PosOnly),
            ("Would not recommend.", NegOnly),
            ("Would recommend.", PosOnly),
            ("Highly recommend!", PosOnly),
            ("The service here is hit or miss.", NegOnly),
            ("I felt like I was treated like a number.", NegOnly),
            ("As a regular we felt taken for granted.", NegOnly),
            ("Delivered in a timely manner.", PosOnly),
            ("The parcel never arrived.", NegOnly),
            ("The app keeps crashing.", NegOnly),
            ("It was a nightmare from start to finish.", NegOnly),
            ("I'm at my wits' end with this company.", NegOnly),
            ("Made my day!", PosOnly),
            ("The kids' menu is a rip off.", NegOnly),
            (
                "They took ownership of the mistake and made it right.",
                PosOnly,
            ),
            ("This place is my go-to for brunch.", PosOnly),
            ("We waited for a while and the food was cold.", NegOnly),
        ],
    );
}

#[test]
fn least() {
    check(
        "least",
        &[
            ("The least helpful staff I have ever met.", NegOnly),
            ("The least friendly hotel we have stayed at.", NegOnly),
            ("Not the least bit helpful.", NegOnly),
            ("At least it was clean.", NotNeg),
            ("At least the staff were friendly.", NotNeg),
            ("The least expensive option and still great.", PosOnly),
        ],
    );
}

#[test]
fn counterfactual_complaints() {
    check(
        "counterfactual",
        &[
            ("The waiter could have been more attentive.", NegOnly),
            ("It could have been better.", NegOnly),
            ("The room should have been cleaner.", NegOnly),
            ("The staff could have been friendlier.", NegOnly),
            ("Communication could have been better.", NegOnly),
            ("Would have been nice to get an apology.", NegOnly),
            ("They should have told us about the delay.", NegOnly),
            ("It couldn't have been better!", PosOnly),
            ("We couldn't have asked for a better stay.", PosOnly),
            ("Service could be improved.", NegOnly),
            ("The decor could be better.", NegOnly),
            ("This could be the best pizza in town.", PosOnly),
        ],
    );
}

#[test]
fn polite_requests_pleasantries_and_questions_are_neutral() {
    check(
        "neutral",
        &[
            ("Kindly send me the invoice.", Neutral),
            ("Please call me back.", Neutral),
            ("Please advise on the status of my order.", Neutral),
            ("Could you please send me a copy of my receipt?", Neutral),
            (
                "Kindly let me know when the item is back in stock.",
                Neutral,
            ),
            ("Hi, can you tell me your opening hours?", Neutral),
            ("What time does the shop open on Sunday?", Neutral),
            ("Do you deliver on weekends?", Neutral),
            ("Is parking available at the hotel?", Neutral),
            ("I ordered a blue jacket on Monday.", Neutral),
            ("My order number is 48213.", Neutral),
            ("We waited for the band to start.", Neutral),
            ("Good morning, I have a question about my bill.", Neutral),
            ("Kind regards, Anna", Neutral),
            ("Best regards, Tom", Neutral),
            // Help asked for is not praise.
            ("Please help!", Neutral),
            ("I need help with my booking.", Neutral),
            ("Can someone help me change my seat?", Neutral),
            ("Site down? #help", Neutral),
            ("Help, my card was charged twice.", NegOnly),
            // Politeness does not hide an opinion.
            ("They kindly offered us a free dessert.", PosOnly),
            ("Thanks for your help!", PosOnly),
            ("The staff were a big help.", PosOnly),
            ("They help me every time I call.", PosOnly),
            ("I didn't get any help.", NegOnly),
            ("No help at all.", NegOnly),
            ("Why is the app so slow?", NegOnly),
        ],
    );
}

#[test]
fn customer_facts() {
    check(
        "customer facts",
        &[
            ("Waited 45 minutes for a table.", NegOnly),
            ("There was a 45 minute wait for a table.", NegOnly),
            ("Told there is a 2 hour wait on the phone line.", NegOnly),
            ("We waited over an hour for our food.", NegOnly),
            ("Still waiting for my refund.", NegOnly),
            ("I have been on hold for 40 minutes.", NegOnly),
            ("The package arrived two days late.", NegOnly),
            ("I was charged twice for the same order.", NegOnly),
            ("They overcharged me.", NegOnly),
            ("The app crashes every time I try to pay.", NegOnly),
            (
                "The shower was leaking and the towels were stained.",
                NegOnly,
            ),
            ("My order was wrong and the fries were soggy.", NegOnly),
            ("The bread was stale.", NegOnly),
            ("Nobody answered my emails.", NegOnly),
            ("They went above and beyond for us!", PosOnly),
            ("No problems at all, very helpful staff.", PosOnly),
            ("No complaints.", PosOnly),
            ("The room was spotless.", PosOnly),
            ("Our waiter was attentive and knowledgeable.", PosOnly),
            ("Refunded within two days, no questions asked.", PosOnly),
            ("The bed was comfy and the room was quiet.", PosOnly),
            (
                "The agent was courteous and resolved my issue quickly.",
                PosOnly,
            ),
            ("The checkout was seamless.", PosOnly),
            (
                "Delivery was quick and the item was well packaged.",
                PosOnly,
            ),
        ],
    );
}

#[test]
fn excess() {
    check(
        "excess",
        &[
            ("The sauce was too sweet.", NegOnly),
            ("Way too many people in the lobby.", NegOnly),
            ("The music was too loud to talk.", NegOnly),
            ("Overly salty soup.", NegOnly),
            ("Not too salty, just right.", PosOnly),
            ("You are too kind!", PosOnly),
            ("Loved it, my wife did too.", PosOnly),
        ],
    );
}

#[test]
fn irony() {
    check(
        "irony",
        &[
            ("Thanks for the three hour delay.", NegOnly),
            ("Great job losing my luggage again.", NegOnly),
            ("I love how my order got cancelled twice.", Neg),
            // Sincere praise: after what it is about, or of the thing right after it.
            ("The nurse was great and the wait was long.", Pos),
            ("Thanks for the quick reply!", PosOnly),
            ("Thanks for fixing the problem so fast.", Pos),
            // Lone praise after a failure is sarcasm; before one, or thanks, sincere.
            ("My flight got cancelled again. Great.", NegOnly),
            ("Excellent! I forgot my umbrella at home though.", Pos),
            ("Still no bag. Thanks!", Pos),
        ],
    );
}

#[test]
fn mixed() {
    check(
        "mixed",
        &[
            (
                "The food was amazing but the waiter was rude.",
                Is(Label::Mixed),
            ),
            ("Great location, terrible service.", Is(Label::Mixed)),
            ("Lovely staff but the room was filthy.", Is(Label::Mixed)),
            (
                "The product is excellent, the delivery was a disaster.",
                Is(Label::Mixed),
            ),
            (
                "Beautiful hotel, but the staff were rude and unhelpful.",
                Is(Label::Mixed),
            ),
            // Weak on both sides, or one-sided: not mixed.
            ("The room was fine but a bit noisy.", Not(Label::Mixed)),
            (
                "Great food, great staff, great prices.",
                Is(Label::Positive),
            ),
            ("Rude staff, cold food, dirty tables.", Is(Label::Negative)),
        ],
    );
}

const LONG_REVIEW: &str = "We stayed three nights for our anniversary. \
    The check-in was quick and the receptionist was lovely. \
    Our room was spotless and the bed was very comfortable. \
    The view over the harbour was beautiful. \
    Breakfast was delicious, with lots of fresh fruit. \
    The only downside was that the air conditioning was noisy at night. \
    The spa staff were friendly and professional. \
    The location is great for walking to the old town. \
    The concierge gave us excellent restaurant tips. \
    We would happily come back.";

const RAVE: &str = "Absolutely amazing stay, the best hotel we have ever been to!";

const LONG_COMPLAINT: &str = "We booked a family room months in advance. \
    When we arrived the room was not ready and we waited two hours in the lobby. \
    The room smelled of smoke and the carpet was stained. \
    The shower was broken and nobody came to fix it. \
    Breakfast was cold and the coffee was awful. \
    The staff at the desk were rude when we complained. \
    The pool was closed for the whole stay without any warning. \
    We were charged for a minibar we never used. \
    Getting a refund took six weeks of emails. \
    The only good thing was the location.";

#[test]
fn long_texts_do_not_saturate() {
    check(
        "long texts",
        &[
            (LONG_REVIEW, PosOnly),
            (RAVE, PosOnly),
            (LONG_COMPLAINT, Neg),
        ],
    );
    check_pairs(
        "long texts (order)",
        &[
            // The review's one complaint still counts: without it the review is
            // more positive (a saturated score could not tell them apart).
            (
                &LONG_REVIEW.replace(
                    "The only downside was that the air conditioning was noisy at night.",
                    "The air conditioning was quiet at night.",
                ),
                LONG_REVIEW,
            ),
            // Listing more complaints makes a comment more negative, not less.
            (
                "Cold food.",
                "Cold food, rude staff, dirty tables and a two hour wait.",
            ),
        ],
    );
    let long = c(LONG_REVIEW);
    assert!(
        long < 0.99,
        "a long review with a complaint should not saturate at 1.0, got {long:.4}"
    );
}
