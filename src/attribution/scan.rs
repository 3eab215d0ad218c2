//! The sentence filter of the attribution pass without a regex: a walk over
//! the runs of ASCII letters with a small Bloom filter (see [`any_word`]).
//!
//! The pattern it replaces (`ANY_FILTER` in the parent module) walked a
//! lazy DFA whose states were cold at every article (~88K D1 misses a
//! pass); the filter here is 512 bytes and the keys to confirm a hit.

use once_cell::sync::Lazy;

use crate::bytes::letter_key;
use crate::bytes::runs::{letter_bits, load8, walk};

const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bits of the eight bytes of `high` (as [`letter_bits`] gives
/// them) as bits 0-7, bit `k` for byte `k`: each product bit comes from one
/// pair of factor bits, so nothing carries.
#[inline(always)]
fn gather(high: u64) -> u64 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// What a listed word is to [`any_word`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A word that can start a cue (a reporting verb, a participle,
    /// "according"), whether or not it is also a hedge word.
    Cue,
    /// A hedge word that is no cue word.
    Hedge,
}

/// The listed words for [`any_word`]: a Bloom filter of one bit per hash
/// of a word's key (512 bytes), and the keys by hash to confirm a hit.
pub(super) struct Index {
    /// Bit `h` set for the hash `h` ([`hash`]) of each listed word's key.
    bloom: [u64; BLOOM_WORDS],
    /// The keys ([`key`]) of the listed words and what each is, in the
    /// order of their buckets (`h >> BUCKET_SHIFT` for the hash `h`).
    keys: Vec<(u64, u64, Kind)>,
    /// Where each bucket's keys start in `keys`, and then its length.
    starts: [u16; BUCKETS + 1],
}

/// The size of [`Index::bloom`] in `u64`s: 4096 bits for about 200 words.
const BLOOM_WORDS: usize = 64;
/// A bucket of [`Index::keys`] for sixteen bits of the Bloom filter.
const BUCKET_SHIFT: usize = 4;
/// How many buckets [`Index::keys`] has.
const BUCKETS: usize = (BLOOM_WORDS * 64) >> BUCKET_SHIFT;

/// Longest listed word the walk can find: a run of sixteen letters or more
/// is skipped whole (a test checks every listed word is shorter).
pub(super) const MAX_LEN: usize = 15;
const _: () = assert!(MAX_LEN <= 15, "letter_key keys words of up to 15 letters");

impl Index {
    /// What the key ([`key`]) with the hash `h` is, if it is a listed
    /// word's.
    #[inline(always)]
    fn get(&self, h: usize, key: (u64, u64)) -> Option<Kind> {
        let b = h >> BUCKET_SHIFT;
        let start = self.starts.get(b).map_or(0, |&s| usize::from(s));
        let end = self.starts.get(b + 1).map_or(0, |&s| usize::from(s));
        self.keys
            .get(start..end)?
            .iter()
            .find(|k| (k.0, k.1) == key)
            .map(|k| k.2)
    }
}

/// The key of a word of one to [`MAX_LEN`] ASCII letters (the one
/// [`letter_key`] gives); `None` for any other word.
pub(super) fn key(w: &[u8]) -> Option<(u64, u64)> {
    letter_key(w)
}

/// Where a key ([`key`]) sits in [`Index::bloom`], by its first eight
/// bytes `lo` (all the walk reads of a word at first): its two bits `h` (bit
/// `h % 64` of word `h / 64`), twelve bits each of one product. The first
/// also names the key's bucket. A word of eight letters or more has no
/// zero among them, a shorter one has zeros past its end, so the two never
/// share a `lo`.
///
/// Two bits rather than one: about 200 words set ~5% of the 4096 bits, so
/// one bit let one word in twenty of other text through to [`confirm`]
/// (a mispredicted branch and a cold bucket each), two let one in a hundred.
#[inline(always)]
fn hash(lo: u64) -> (usize, usize) {
    let h = lo.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((h >> (64 - 12)) as usize, ((h >> 28) & 0xFFF) as usize)
}

/// Whether both bits of a key's hash ([`hash`]) are set in `bloom`: 0 or 1.
#[inline(always)]
fn bloom_test(bloom: &[u64; BLOOM_WORDS], (h1, h2): (usize, usize)) -> u64 {
    let bit = |h: usize| bloom.get(h / 64).map_or(0, |w| w >> (h % 64));
    bit(h1) & bit(h2) & 1
}

/// The index of `words`: each with its kind.
pub(super) fn index<'a>(words: impl IntoIterator<Item = (&'a str, Kind)>) -> Index {
    let mut bloom = [0u64; BLOOM_WORDS];
    let mut keys = Vec::new();
    for (w, kind) in words {
        // Every listed word has a key (a test checks).
        if let Some((lo, hi)) = key(w.as_bytes()) {
            let (h, h2) = hash(lo);
            for h in [h, h2] {
                if let Some(slot) = bloom.get_mut(h / 64) {
                    *slot |= 1 << (h % 64);
                }
            }
            keys.push((h >> BUCKET_SHIFT, (lo, hi), kind));
        }
    }
    // A word listed as both kinds is a cue word (`Cue` sorts first).
    keys.sort_unstable_by_key(|k| (k.0, k.1, k.2 != Kind::Cue));
    keys.dedup_by_key(|k| (k.0, k.1));
    let mut starts = [0u16; BUCKETS + 1];
    for (b, start) in starts.iter_mut().enumerate() {
        let before = keys.iter().take_while(|k| k.0 < b).count();
        *start = u16::try_from(before).unwrap_or(u16::MAX);
    }
    let keys = keys.into_iter().map(|k| (k.1.0, k.1.1, k.2)).collect();
    Index {
        bloom,
        keys,
        starts,
    }
}

/// Whether `b` is an ASCII word byte other than a letter (a digit or
/// `_`): a neighbour that makes a run of letters no whole word to an
/// ASCII `\b`.
#[inline(always)]
fn digit_or_under(b: u8) -> bool {
    b.is_ascii_digit() || b == b'_'
}

/// The sixteen bytes of `b` from `i`, zero past its end.
#[inline(always)]
fn load16(b: &[u8], i: usize) -> (u64, u64) {
    match b.get(i..).and_then(<[u8]>::first_chunk::<16>) {
        Some(c) => {
            let (lo, hi) = c.split_at(8);
            (
                u64::from_le_bytes(lo.try_into().unwrap_or_default()),
                u64::from_le_bytes(hi.try_into().unwrap_or_default()),
            )
        }
        None => load16_tail(b, i),
    }
}

/// [`load16`] near the end of `b`: two of [`load8`]'s reads, zero past
/// the end.
#[cold]
#[inline(never)]
fn load16_tail(b: &[u8], i: usize) -> (u64, u64) {
    (load8(b, i), load8(b, i.saturating_add(8)))
}

/// The listed words of `b` as whole words to an ASCII `\b`: whether one is
/// a cue word, and, where none is, whether one is a hedge word (`None`
/// where a cue word was found: the walk stops there).
///
/// A listed word is ASCII letters, so a match of `\b(?:word|...)\b`
/// (ASCII `\b`, any ASCII case) is a run of ASCII word bytes (letters,
/// digits, `_`) between non-word bytes (or the ends) that spells a word:
/// that is a whole run of ASCII letters whose neighbours are neither
/// letters nor digits nor `_`. A byte >= 0x80 is no word byte to ASCII
/// `\b` and no letter here ("Mayé" holds "May" to both). So the walk goes
/// over the runs of letters eight bytes at a time: at the start of a run,
/// its first eight bytes (its letters lower-cased, zero past them) are
/// tested in the Bloom filter; the rare hit is confirmed exactly
/// ([`confirm`]), with the whole run and its neighbours. The runs are
/// found by [`walk`]. The test `filter_walk_is_the_regex` compares the
/// answer with the pattern's.
pub(super) fn any_word(index: &Index, b: &[u8]) -> (bool, Option<bool>) {
    let mut hedge = false;
    let cue = walk(b, |i, key, inside| {
        // Tested only where a run starts.
        let start = u64::from(key != 0) & !inside;
        if bloom_test(&index.bloom, hash(key)) & start != 0 {
            if let Some(kind) = confirm(index, b, i) {
                if kind == Kind::Cue {
                    return true;
                }
                hedge = true;
            }
        }
        false
    });
    if cue {
        (true, None)
    } else {
        (false, Some(hedge))
    }
}

/// What the run of letters at `i` (the start of a run) is, if it is a
/// listed word between neighbours that are no digits or `_`.
#[inline(never)]
fn confirm(index: &Index, b: &[u8], i: usize) -> Option<Kind> {
    let (lo, hi) = load16(b, i);
    let m = gather(letter_bits(lo)) | (gather(letter_bits(hi)) << 8);
    // The run's length: 1 to 16 (sixteen letters or more).
    let len = (!m).trailing_zeros();
    if len as usize > MAX_LEN {
        return None;
    }
    // The run's bytes lower-cased, zero past it (`len` is 1 to 15, so
    // both shifts are below 64).
    let bits = 8 * len;
    let key_lo = (lo | (ONES * 0x20)) & (u64::MAX >> (64 - bits.min(64)));
    let key_hi = (hi | (ONES * 0x20)) & ((1u64 << bits.saturating_sub(64)) - 1);
    let kind = index.get(hash(key_lo).0, (key_lo, key_hi))?;
    let len = len as usize;
    let before = i.checked_sub(1).and_then(|p| b.get(p));
    let after = b.get(i + len);
    if before.is_some_and(|&c| digit_or_under(c)) || after.is_some_and(|&c| digit_or_under(c)) {
        return None;
    }
    Some(kind)
}

/// The listed words' index for the pipeline.
pub(super) static INDEX: Lazy<Index> = Lazy::new(|| {
    index(
        super::cue_words().map(|w| (w, Kind::Cue)).chain(
            super::words::HEDGES
                .iter()
                .map(|&(w, _, _)| (w, Kind::Hedge)),
        ),
    )
});
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_commonest_words_do_not_pass_the_bloom_filter() {
        // Each word of ordinary text that passes the filter costs a
        // mispredicted branch and a cold bucket in `confirm`: the hash's
        // bits are chosen so that the commonest English words (none
        // listed) do not pass. (With the second bit at `h >> 40`, "a"
        // passed.)
        let common = [
            "a", "an", "the", "of", "to", "in", "and", "or", "is", "was", "are", "were", "be",
            "been", "it", "its", "he", "she", "his", "her", "they", "their", "we", "on", "at",
            "by", "for", "with", "from", "as", "that", "this", "which", "who", "has", "have",
            "had", "not", "but", "will", "would", "also", "after", "more", "than", "since", "year",
            "years", "percent", "per", "new", "one", "two", "million", "people",
        ];
        for w in common {
            let lo = key(w.as_bytes()).map_or(0, |k| k.0);
            assert_eq!(bloom_test(&INDEX.bloom, hash(lo)), 0, "{w}");
        }
    }
}
