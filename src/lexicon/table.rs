//! The word table behind [`Lexicon::lookup`](super::Lexicon::lookup) and
//! the phrase lists.
//!
//! Words of up to 15 bytes (nearly all of them) are keyed by a `u128`
//! holding their bytes and length ([`pack`]): hashing is two
//! multiplications and a match compares one integer. The value sits beside
//! its key, so a hit touches the control bytes and one slot, not a third
//! line for an entry stored elsewhere (measured: 24 ns per lookup over the
//! ICWSM words instead of 53). Longer words use an ordinary string map.
//!
//! Lookups go to a frozen copy of the short words, a perfect hash table
//! ([`Frozen`]) built on the first lookup after a change: every word has
//! exactly one slot, found through a small table of pilots that stays in
//! the L1 cache, so a lookup is one slot load and a compare whose outcome
//! selects the value without a branch. Whether a word is in the lexicon is
//! close to a coin flip for the branch predictor (59% of the ICWSM words
//! are), and the hash map's probe branched on it twice per word.

use super::{Entry, FastMap};
use once_cell::sync::OnceCell;

/// Words to values.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<V = Entry> {
    short: FastMap<u128, V>,
    long: FastMap<Box<str>, V>,
    /// Words in insertion order.
    keys: Vec<Box<str>>,
    /// `short` as a perfect hash table; emptied by every change.
    frozen: OnceCell<Frozen<V>>,
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable {
            short: FastMap::default(),
            long: FastMap::default(),
            keys: Vec::new(),
            frozen: OnceCell::new(),
        }
    }
}

/// A key and its value, alone on a cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct Slot<V> {
    key: u128,
    value: V,
}

/// Keys per bucket of pilots, on average.
const BUCKET_KEYS: usize = 4;

/// A perfect hash table over packed keys (the PTHash scheme): a key's
/// bucket holds a pilot chosen at build time so that the keys of every
/// bucket land on free slots. A miss reads the value of the last slot,
/// whose key is `LONG_WORD`, which no packed word has.
#[derive(Debug, Clone)]
pub(crate) struct Frozen<V> {
    seed: u64,
    pilots: Box<[u16]>,
    /// A byte of each slot's key hash ([`Frozen::tag`]), 0 when empty: a
    /// word not in the table reads the small tag array, not a slot line.
    tags: Box<[u8]>,
    slots: Box<[Slot<V>]>,
}

#[inline]
fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    (product as u64) ^ ((product >> 64) as u64)
}

/// `hash` scaled to `0..n` by its high bits.
#[inline]
fn fast_range(hash: u64, n: usize) -> usize {
    ((u128::from(hash) * n as u128) >> 64) as usize
}

impl<V: Copy + Default> Frozen<V> {
    #[inline]
    fn hash(seed: u64, key: u128) -> u64 {
        folded_multiply(
            key as u64 ^ seed,
            (key >> 64) as u64 ^ 0x243f_6a88_85a3_08d3,
        )
    }

    #[inline]
    fn tag(hash: u64) -> u8 {
        hash as u8 | 1
    }

    #[inline]
    fn position(hash: u64, pilot: u16, slots: usize) -> usize {
        let mixed = folded_multiply(
            hash ^ u64::from(pilot).wrapping_mul(0x9e37_79b9_7f4a_7c15),
            0x1319_8a2e_0370_7344,
        );
        fast_range(mixed, slots)
    }

    /// The table of `items`, whose keys are distinct and non-zero.
    fn build(items: &[(u128, V)]) -> Frozen<V> {
        let slots = items.len() + items.len() / 4 + 1;
        let buckets = items.len().div_ceil(BUCKET_KEYS).max(1);
        let mut seed = 0x4528_21e6_38d0_1377_u64;
        loop {
            if let Some(table) = Self::try_build(items, seed, buckets, slots) {
                return table;
            }
            seed = folded_multiply(seed, 0xbe54_66cf_34e9_0c6c) | 1;
        }
    }

    fn try_build(items: &[(u128, V)], seed: u64, buckets: usize, slots: usize) -> Option<Self> {
        let hashes: Vec<u64> = items.iter().map(|&(k, _)| Self::hash(seed, k)).collect();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
        for (i, &h) in hashes.iter().enumerate() {
            members[fast_range(h, buckets)].push(i);
        }
        let mut order: Vec<usize> = (0..buckets).collect();
        // Largest buckets first, while most slots are free.
        order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
        let mut pilots = vec![0u16; buckets];
        let mut taken = vec![false; slots];
        let mut places = Vec::new();
        for bucket in order {
            let keys = &members[bucket];
            if keys.is_empty() {
                break;
            }
            let pilot = (0..=u16::MAX).find(|&pilot| {
                places.clear();
                keys.iter().all(|&i| {
                    let place = Self::position(hashes[i], pilot, slots);
                    let free = !taken[place] && !places.contains(&place);
                    places.push(place);
                    free
                })
            })?;
            for &place in &places {
                taken[place] = true;
            }
            pilots[bucket] = pilot;
        }
        let mut table = vec![Slot::default(); slots + 1];
        table[slots].key = super::LONG_WORD;
        let mut tags = vec![0u8; slots + 1];
        for (&(key, value), &h) in items.iter().zip(&hashes) {
            let place = Self::position(h, pilots[fast_range(h, buckets)], slots);
            table[place] = Slot { key, value };
            tags[place] = Self::tag(h);
        }
        Some(Frozen {
            seed,
            pilots: pilots.into(),
            tags: tags.into(),
            slots: table.into(),
        })
    }

    /// The default value, in the empty slot.
    fn empty(&self) -> &V {
        &self.slots[self.slots.len() - 1].value
    }

    /// Whether `key` is in the table, and its value or the empty slot's default.
    #[inline]
    fn get(&self, key: u128) -> (bool, &V) {
        let h = Self::hash(self.seed, key);
        let pilot = self.pilots[fast_range(h, self.pilots.len())];
        let empty = self.slots.len() - 1;
        let place = Self::position(h, pilot, empty);
        // Selects, not branches: the outcomes are unpredictable.
        let tagged = if self.tags[place] == Self::tag(h) {
            place
        } else {
            empty
        };
        let found = self.slots[tagged].key == key;
        let index = if found { tagged } else { empty };
        (found, &self.slots[index].value)
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

impl<V: Copy + Default> WordTable<V> {
    #[inline]
    fn frozen(&self) -> &Frozen<V> {
        self.frozen.get_or_init(|| {
            let items: Vec<(u128, V)> = self.short.iter().map(|(&k, &v)| (k, v)).collect();
            Frozen::build(&items)
        })
    }

    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        match pack(word) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }

    /// Whether `word`, whose [`pack`]ed key (or `LONG_WORD`) is `key`, has
    /// a value, and the value (the default when not): the annotator's
    /// lookup, through the frozen table.
    #[inline]
    pub(crate) fn get_keyed(&self, key: u128, word: &str) -> (bool, &V) {
        let frozen = self.frozen();
        if key == super::LONG_WORD {
            match self.long.get(word) {
                Some(value) => (true, value),
                None => (false, frozen.empty()),
            }
        } else {
            frozen.get(key)
        }
    }

    /// [`get_keyed`](Self::get_keyed) of a packed key.
    #[inline]
    pub(crate) fn get_packed(&self, key: u128) -> (bool, &V) {
        self.frozen().get(key)
    }

    /// The default value, as [`get_keyed`](Self::get_keyed) returns for a miss.
    #[inline]
    pub(crate) fn empty(&self) -> &V {
        self.frozen().empty()
    }

    /// Whether `word` has an entry.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The value of `word`, created empty if missing.
    pub(crate) fn entry_mut(&mut self, word: &str) -> &mut V {
        self.frozen.take();
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
        self.frozen.take();
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
    fn frozen_table_finds_every_key_and_nothing_else() {
        for n in [0usize, 1, 2, 7, 100, 5000] {
            let items: Vec<(u128, u32)> = (0..n)
                .map(|i| (pack(&format!("k{i}")).unwrap(), i as u32 + 1))
                .collect();
            let table = Frozen::build(&items);
            for &(key, value) in &items {
                assert_eq!(table.get(key), (true, &value), "n {n}");
            }
            for i in n..n + 2000 {
                let key = pack(&format!("k{i}")).unwrap();
                assert_eq!(table.get(key), (false, &0), "n {n}");
            }
            assert_eq!(table.get(0), (false, &0));
        }
    }

    #[test]
    fn changes_unfreeze_the_table() {
        let mut table: WordTable = WordTable::default();
        table.entry_mut("good").valence = Some(1.9);
        assert_eq!(
            table.get_keyed(pack("good").unwrap(), "good").1.valence,
            Some(1.9)
        );
        table.entry_mut("bad").valence = Some(-2.5);
        table.entry_mut("good").valence = Some(2.0);
        assert_eq!(
            table.get_keyed(pack("good").unwrap(), "good").1.valence,
            Some(2.0)
        );
        assert!(table.get_keyed(pack("bad").unwrap(), "bad").0);
        for entry in table.entries_mut() {
            entry.negator = true;
        }
        assert!(table.get_keyed(pack("bad").unwrap(), "bad").1.negator);
        let (found, empty) = table.get_keyed(pack("ugly").unwrap(), "ugly");
        assert!(!found && *empty == Entry::default());
        let long = "incomprehensibilities";
        table.entry_mut(long).booster = 0.5;
        assert_eq!(
            table.get_keyed(super::super::LONG_WORD, long),
            (true, table.get(long).unwrap())
        );
        assert!(
            !table
                .get_keyed(super::super::LONG_WORD, "uncharacteristically")
                .0
        );
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
