//! The texts both benches score: VADER's ICWSM-2014 ground truth when
//! `../shared/data` has it, else a built-in corpus of customer comments.

#[path = "../../tests/common/icwsm.rs"]
mod icwsm;

/// Used when the ICWSM texts are absent: comments of the kind cxscore is for.
const BUILTIN_CORPUS: &[&str] = &[
    "No complaints, the staff went above and beyond!",
    "Waited 45 minutes for a table and nobody apologized.",
    "The food was amazing but the waiter was rude.",
    "The waiter could have been more attentive.",
    "Kindly send me the invoice.",
    "Maria at the front desk was SO helpful :)",
    "Never again. Total waste of money.",
    "Checkout page kept failing, had to call three times 😡",
    "Not the friendliest staff, though the room was spotless.",
    "Worth every penny, will definitely be back!",
    "Delivery arrived two days late and the box was crushed.",
    "Great product, terrible packaging.",
    "I've been a customer for ten years and this is the worst service I've ever had.",
    "The app is fine I guess, nothing special.",
    "Support resolved my issue in five minutes, thank you!!",
    "Why does the bill show a charge I never agreed to?",
    "Room was clean, bed was comfy, breakfast could be better.",
    "Honestly not bad at all for the price.",
    "The new update broke everything. Please fix ASAP.",
    "Absolutely love the new menu 😍",
    "Staff were friendly but the wait was way too long.",
    "I asked for a refund three weeks ago and still nothing.",
    "Easy to set up, works as advertised.",
    "Meh.",
    "The driver was polite and helpful, 5 stars.",
    "Would not recommend. The product stopped working after a week.",
    "Thanks for the quick reply, that solved it.",
    "The hotel was nice, but the noise from the street kept us up all night.",
    "Customer service hung up on me twice. Unbelievable.",
    "Prices went up again and the portions got smaller.",
    "Best coffee in town, hands down!",
    "The instructions were confusing and a part was missing.",
    "Not sure yet, I'll update my review after a month of use.",
    "Fantastic experience from start to finish.",
    "The agent didn't even try to help, just read from a script.",
    "Shipping was fast and the item matches the description.",
    "I'm disappointed, I expected more after all the hype.",
    "Could you please add an option to export to CSV?",
    "The room smelled of smoke even though it was non-smoking.",
    "Super friendly team, they remembered my name :D",
    "Website is slow and keeps logging me out.",
    "Good value, but the battery life is poor.",
    "Nobody answered the phone, so I drove to the store instead.",
    "Perfect fit and great quality, ordering another one.",
    "The manager was very understanding and gave us a discount.",
    "Terrible. Just terrible.",
    "It's okay, does what it needs to do.",
    "Loved the atmosphere, hated the music.",
    "My order was wrong AGAIN!!!",
    "Everything was great, thanks again to the whole team.",
];

/// All texts, and the tweets alone (all texts again for the built-in
/// corpus); `bench` names the bench in the message saying which was used.
pub fn load(bench: &str) -> (Vec<String>, Vec<String>) {
    let dir = icwsm::default_data_dir();
    match icwsm::load(&dir) {
        Ok(Some(items)) => {
            println!(
                "{bench}: {} ICWSM-2014 texts from {}",
                items.len(),
                dir.display()
            );
            let tweets = items
                .iter()
                .filter(|item| item.set == "tweets")
                .map(|item| item.text.clone())
                .collect();
            (items.into_iter().map(|item| item.text).collect(), tweets)
        }
        Ok(None) => {
            println!(
                "{bench}: {} not found; using the built-in corpus of {} customer comments",
                dir.display(),
                BUILTIN_CORPUS.len()
            );
            let texts: Vec<String> = BUILTIN_CORPUS.iter().map(|s| s.to_string()).collect();
            (texts.clone(), texts)
        }
        Err(message) => panic!("{message}"),
    }
}
