//! The word table behind [`Lexicon::lookup`](super::Lexicon::lookup) and
//! the phrase lists.
//!
//! Words of up to 15 bytes (nearly all of them) are keyed by a `u128`
//! holding their bytes and length ([`pack`]): hashing is two
//! multiplications and a match compares one integer. The value sits beside
//! its key, so a hit touches the control bytes and one slot, not a third
//! line for an entry stored elsewhere (measured: 24 ns per lookup over the
//! ICWSM words instead of 53). Longer words use an ordinary string map.

use super::{Entry, FastMap};

/// Words to values.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<V = Entry> {
    short: FastMap<u128, V>,
    long: FastMap<Box<str>, V>,
    /// Words in insertion order.
    keys: Vec<Box<str>>,
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable {
            short: FastMap::default(),
            long: FastMap::default(),
            keys: Vec::new(),
        }
    }
}

/// The bytes of a word of 1 to 15 bytes, with its length in the last byte.
/// Overlapping loads instead of a copy into a buffer: no `memcpy` call.
#[inline]
pub(crate) fn pack(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    let len = b.len();
    let bytes = if len >= 8 {
        if len > 15 {
            return None;
        }
        let head = u64::from_le_bytes(b[..8].try_into().ok()?);
        let tail = u64::from_le_bytes(b[len - 8..].try_into().ok()?);
        u128::from(head) | (u128::from(tail) << ((len - 8) * 8))
    } else if len >= 4 {
        let head = u32::from_le_bytes(b[..4].try_into().ok()?);
        let tail = u32::from_le_bytes(b[len - 4..].try_into().ok()?);
        u128::from(head) | (u128::from(tail) << ((len - 4) * 8))
    } else if len > 0 {
        u128::from(b[0])
            | (u128::from(b[len / 2]) << (len / 2 * 8))
            | (u128::from(b[len - 1]) << ((len - 1) * 8))
    } else {
        return None;
    };
    Some(bytes | ((len as u128) << 120))
}

impl<V: Default> WordTable<V> {
    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        match pack(word) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }

    /// The value of `word`, whose [`pack`]ed key (or `LONG_WORD`) is `key`.
    #[inline]
    pub(crate) fn get_keyed(&self, key: u128, word: &str) -> Option<&V> {
        if key == super::LONG_WORD {
            self.long.get(word)
        } else {
            self.short.get(&key)
        }
    }

    /// Whether `word` has an entry.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The value of `word`, created empty if missing.
    pub(crate) fn entry_mut(&mut self, word: &str) -> &mut V {
        if !self.contains(word) {
            self.keys.push(word.into());
        }
        match pack(word) {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(word.into()).or_default(),
        }
    }

    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }

    /// Every value, for changes that touch all words.
    pub(crate) fn entries_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.short.values_mut().chain(self.long.values_mut())
    }

    /// Words and entries in insertion order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.keys
            .iter()
            .filter_map(|k| self.get(k).map(|e| (&**k, e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_is_bytes_and_length() {
        let text = "abcdefghijklmnopqr";
        for len in 1..=15 {
            let word = &text[..len];
            let mut naive = [0u8; 16];
            naive[..len].copy_from_slice(word.as_bytes());
            naive[15] = len as u8;
            assert_eq!(pack(word), Some(u128::from_le_bytes(naive)), "{word}");
        }
        assert_eq!(pack(""), None);
        assert_eq!(pack(&text[..16]), None);
    }

    #[test]
    fn grows_and_keeps_every_word() {
        let mut table: WordTable = WordTable::default();
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            table.entry_mut(w).booster = i as f32;
        }
        table.entry_mut("").negator = true;
        assert_eq!(table.len(), 5001);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w).map(|e| e.booster), Some(i as f32));
        }
        assert!(table.get("").unwrap().negator && table.get("w5000").is_none());
        assert_eq!(table.entries_mut().count(), 5001);
    }

    #[test]
    fn short_and_long_words() {
        let mut table: WordTable = WordTable::default();
        let long = "incomprehensibilities";
        table.entry_mut("good").valence = Some(1.9);
        table.entry_mut(long).valence = Some(-1.0);
        table.entry_mut("good").negator = true;
        assert_eq!(table.len(), 2);
        assert_eq!(table.get("good").unwrap().valence, Some(1.9));
        assert!(table.get("good").unwrap().negator);
        assert_eq!(table.get(long).unwrap().valence, Some(-1.0));
        assert!(
            table.get("goo").is_none() && table.get("good ").is_none() && table.get("").is_none()
        );
        assert_eq!(
            table.iter().map(|(w, _)| w).collect::<Vec<_>>(),
            ["good", long]
        );
    }
}
