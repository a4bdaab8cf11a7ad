//! Stemmed fallback, compiled ahead of time.
//!
//! Instead of stemming every unknown token while scoring, we generate the
//! regular inflections of each lexicon word once ("refund" -> "refunded",
//! "refunding") and keep those whose Snowball stem
//! (`rust-stemmers`) equals the word's own. Scoring then stays one hash
//! lookup per token.

use super::table::WordTable;
pub(super) use rust_stemmers::{Algorithm, Stemmer};

/// The shortest "-in" form kept for an "-ing" word: shorter ones are
/// other words too often ("sin", "kin", "thin").
const MIN_DROPPED_G: usize = 5;
/// "-in" forms that are words of their own ("robin" from VADER's
/// misspelled "robing").
const NOT_DROPPED_G: &[&str] = &["robin"];

/// Inflected forms missing from `words`, with the valence of their base
/// word, and the dropped-g forms of its "-ing" words.
/// A base for which `adjective` holds gets only its comparative and
/// superlative: an "-ed" or "-ing" form of an adjective is a verb of another
/// sense ("base" motives, "based on"; a "rank" smell, "ranked #12").
pub(super) fn inflections(
    words: &WordTable,
    adjective: impl Fn(&str) -> bool,
) -> Vec<(Box<str>, f32)> {
    let stemmer = Stemmer::create(Algorithm::English);
    let mut out = Vec::new();
    let mut candidates = Vec::with_capacity(16);
    for (word, entry) in words.iter() {
        let Some(valence) = entry.valence else {
            continue;
        };
        if word.len() < 4 || entry.inflected || !word.bytes().all(|b| b.is_ascii_lowercase()) {
            continue;
        }
        // Written speech drops the g: "amazin", "lovin", "annoyin".
        if let Some(dropped) = word.strip_suffix('g').filter(|w| w.ends_with("in")) {
            if dropped.len() >= MIN_DROPPED_G
                && !NOT_DROPPED_G.contains(&dropped)
                && !words.contains(dropped)
            {
                out.push((dropped.into(), valence));
            }
        }
        // Stemming is most of the cost of building a lexicon: an inflected
        // form is not inflected again ("amazinging"), forms the
        // lexicon already lists are not stemmed, nor is a word none of whose
        // forms is missing.
        if is_inflected_form(word) {
            continue;
        }
        candidates.clear();
        candidate_forms(word, &mut candidates);
        candidates.retain(|c| !words.contains(c));
        if adjective(word) {
            candidates.retain(|c| !c.ends_with("ed") && !c.ends_with("ing"));
        }
        if candidates.is_empty() {
            continue;
        }
        let stem = stemmer.stem(word);
        for candidate in candidates.drain(..) {
            // Snowball keeps superlatives whole ("fastest"), but one built
            // from an opinion word keeps its direction.
            if candidate.ends_with("est") || stemmer.stem(&candidate) == stem {
                out.push((candidate.into_boxed_str(), valence));
            }
        }
    }
    // Deterministic order whatever the map's iteration order; the first base word wins.
    out.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    out.dedup_by(|a, b| a.0 == b.0);
    out
}

/// Forms of a taxonomy term that name the same thing: plurals, possessives
/// and regular verb forms whose Snowball stem is the term's ("waiter" ->
/// "waiters", "waiter's"; "deliver" -> "delivered").
pub(super) fn term_forms(word: &str, stemmer: &Stemmer) -> Vec<String> {
    if word.len() < 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let stem = stemmer.stem(word);
    let mut candidates = vec![joined(word, "s"), joined(word, "es"), joined(word, "'s")];
    if let Some(base) = word.strip_suffix('y') {
        candidates.push(joined(base, "ies"));
    }
    candidate_forms(word, &mut candidates);
    candidates.retain(|c| {
        let bare = c.strip_suffix("'s").unwrap_or(c);
        bare == word || stemmer.stem(bare) == stem
    });
    candidates
}

/// Regular English inflections of `word`. Plurals are left out: a noun's
/// plural often reads differently ("kind" is +2.4, "all kinds of" is not).
fn candidate_forms(word: &str, out: &mut Vec<String>) {
    const VOWELS: &[u8] = b"aeiou";
    let bytes = word.as_bytes();
    let n = bytes.len();
    let last = bytes[n - 1];
    let before_last = bytes[n - 2];
    if last == b'e' {
        let base = &word[..n - 1];
        for suffix in ["ed", "er", "est", "ing"] {
            out.push(joined(base, suffix));
        }
    } else if last == b'y' && !VOWELS.contains(&before_last) {
        let base = &word[..n - 1];
        for suffix in ["ied", "ier", "iest"] {
            out.push(joined(base, suffix));
        }
        out.push(joined(word, "ing"));
    } else {
        for suffix in ["ed", "ing", "er", "est"] {
            out.push(joined(word, suffix));
        }
        let consonant_vowel_consonant = !VOWELS.contains(&last)
            && !matches!(last, b'w' | b'x' | b'y')
            && VOWELS.contains(&before_last)
            && !VOWELS.contains(&bytes[n - 3]);
        if consonant_vowel_consonant {
            let doubled = joined(word, &word[n - 1..]);
            for suffix in ["ed", "ing", "er", "est"] {
                out.push(joined(&doubled, suffix));
            }
        }
    }
}

/// Whether `word` is itself an "-ing" or "-ed" form ("loving", "died"),
/// not a base that ends so ("sting", "bed", "succeed").
fn is_inflected_form(word: &str) -> bool {
    let has_vowel = |stem: &str| stem.bytes().any(|b| b"aeiouy".contains(&b));
    if let Some(stem) = word.strip_suffix("ing") {
        has_vowel(stem)
    } else if let Some(stem) = word.strip_suffix("ed") {
        !word.ends_with("eed") && has_vowel(stem)
    } else {
        false
    }
}

/// `base` followed by `suffix`, allocated once (`format!` costs a tenth of
/// building the lexicon here).
fn joined(base: &str, suffix: &str) -> String {
    let mut out = String::with_capacity(base.len() + suffix.len());
    out.push_str(base);
    out.push_str(suffix);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_inflected_forms_from_bases_that_end_alike() {
        for form in ["loving", "crying", "suing", "died", "axed", "annoyed"] {
            assert!(is_inflected_form(form), "{form}");
        }
        for base in [
            "sting", "bring", "thing", "bed", "shed", "succeed", "greed", "kind",
        ] {
            assert!(!is_inflected_form(base), "{base}");
        }
    }

    #[test]
    fn adds_regular_forms_only() {
        let mut words: WordTable = WordTable::default();
        for (w, v) in [
            ("refund", 1.0),
            ("stop", -0.5),
            ("happy", 2.7),
            ("hate", -2.7),
            ("amazing", 2.8),
            ("robing", -1.5),
            ("sing", 0.5),
        ] {
            words.entry_mut(w).valence = Some(v);
        }
        let forms: Vec<_> = inflections(&words, |_| false)
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        for expected in [
            "refunded",
            "refunding",
            "stopped",
            "stopping",
            "hated",
            "hating",
            "amazin",
        ] {
            assert!(
                forms.iter().any(|f| &**f == expected),
                "{expected} in {forms:?}"
            );
        }
        assert!(
            !forms.iter().any(|f| &**f == "happys"),
            "irregular form kept: {forms:?}"
        );
        let adjectives: Vec<_> = inflections(&words, |w| w == "happy")
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        assert!(
            adjectives.iter().any(|f| &**f == "happiest")
                && !adjectives.iter().any(|f| &**f == "happied"),
            "an adjective gets only its comparatives: {adjectives:?}"
        );
        assert!(
            !forms.iter().any(|f| &**f == "refunds"),
            "plural kept: {forms:?}"
        );
        for word in ["robin", "sin"] {
            assert!(
                !forms.iter().any(|f| &**f == word),
                "{word} is a word of its own: {forms:?}"
            );
        }
    }
}
