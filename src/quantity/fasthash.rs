//! A small FNV-1a hasher for the word tables: the keys are short ASCII
//! words from our own tables, so hash flooding is not a concern and SipHash
//! costs more than the lookups it serves.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bit.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map with the FNV hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A word table: a map with a filter on (length, first byte) in front, so
/// that most words that are not in it cost a few instructions instead of
/// a hash. Keys are compared exactly, as by the map alone.
pub(crate) struct WordMap<V> {
    /// Bit `b & 31` of `shapes[len.min(31)]` is set for each key of that
    /// length starting with the byte `b`.
    shapes: [u32; 32],
    map: FastMap<&'static str, V>,
}

impl<V> WordMap<V> {
    /// An empty table.
    pub(crate) fn new() -> WordMap<V> {
        WordMap {
            shapes: [0; 32],
            map: FastMap::default(),
        }
    }

    #[inline]
    fn shape(w: &str) -> (usize, u32) {
        let first = w.as_bytes().first().copied().unwrap_or(0);
        (w.len().min(31), 1 << (first & 31))
    }

    /// Inserts `k`, replacing its value (as `HashMap::insert`).
    pub(crate) fn insert(&mut self, k: &'static str, v: V) {
        let (len, bit) = Self::shape(k);
        self.shapes[len] |= bit;
        self.map.insert(k, v);
    }

    /// Inserts `k` unless it is there (the first value of a key wins).
    pub(crate) fn insert_first(&mut self, k: &'static str, v: V) {
        if !self.map.contains_key(k) {
            self.insert(k, v);
        }
    }

    /// The value of `w`.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        let (len, bit) = Self::shape(w);
        if self.shapes[len] & bit == 0 {
            return None;
        }
        self.map.get(w)
    }
}

#[cfg(test)]
mod tests {
    use super::WordMap;

    #[test]
    fn word_map_finds_exactly_its_keys() {
        let mut m = WordMap::new();
        let keys = [
            "",
            "a",
            "of",
            "the",
            "The",
            "dollar",
            "€",
            "kilometres-per-hour",
            "x",
        ];
        for (i, k) in keys.iter().enumerate() {
            m.insert_first(k, i);
        }
        m.insert_first("of", 99);
        m.insert("x", 42);
        for (i, k) in keys.iter().enumerate() {
            let want = if *k == "x" { 42 } else { i };
            assert_eq!(m.get(k), Some(&want), "{k:?}");
        }
        for w in [
            "b",
            "off",
            "th",
            "THE",
            "dollars",
            "€€",
            "A",
            "kilometres-per-hours",
        ] {
            assert_eq!(m.get(w), None, "{w:?}");
        }
    }
}
