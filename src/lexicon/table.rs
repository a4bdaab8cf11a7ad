//! The word table behind [`Lexicon::lookup`](super::Lexicon::lookup).
//!
//! Words of up to 15 bytes (nearly all of them) are keyed by a `u128`
//! holding their bytes and length: hashing is two multiplications and a
//! match compares one integer, with no pointer to follow. Longer words use
//! an ordinary string map. Entries live in one vector, so the hash tables
//! stay small enough for the cache.

use super::{Entry, FastMap};

/// Words to entries.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordTable {
    short: FastMap<u128, u32>,
    long: FastMap<Box<str>, u32>,
    keys: Vec<Box<str>>,
    entries: Vec<Entry>,
}

/// The bytes of a word of at most 15 bytes, with its length in the last byte.
#[inline]
fn pack(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.len() > 15 {
        return None;
    }
    let mut buffer = [0u8; 16];
    buffer[..bytes.len()].copy_from_slice(bytes);
    buffer[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(buffer))
}

impl WordTable {
    #[inline]
    fn index(&self, word: &str) -> Option<u32> {
        match pack(word) {
            Some(key) => self.short.get(&key).copied(),
            None => self.long.get(word).copied(),
        }
    }

    /// The entry of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&Entry> {
        self.index(word).map(|i| &self.entries[i as usize])
    }

    /// Whether `word` has an entry.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.index(word).is_some()
    }

    /// The entry of `word`, created empty if missing.
    pub(crate) fn entry_mut(&mut self, word: &str) -> &mut Entry {
        let index = match self.index(word) {
            Some(i) => i,
            None => {
                let i = self.entries.len() as u32;
                match pack(word) {
                    Some(key) => self.short.insert(key, i),
                    None => self.long.insert(word.into(), i),
                };
                self.keys.push(word.into());
                self.entries.push(Entry::default());
                i
            }
        };
        &mut self.entries[index as usize]
    }

    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Every entry, for changes that touch all words.
    pub(crate) fn entries_mut(&mut self) -> impl Iterator<Item = &mut Entry> {
        self.entries.iter_mut()
    }

    /// Words and entries in insertion order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.keys.iter().map(|k| &**k).zip(&self.entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_words() {
        let mut table = WordTable::default();
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
