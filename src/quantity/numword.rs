//! The number-word prefilter without a regex: a walk over the runs of ASCII
//! letters with one small table of prefixes (see [`any_number_word`]).
//!
//! The pattern it replaces (`NUMBER_WORD_SET`, kept for the tests) walked
//! a lazy DFA whose states were cold at every article (~34K D1 misses a
//! pass); the table here is 512 bytes.

use once_cell::sync::Lazy;

use crate::bytes::runs::walk;

const ONES: u64 = 0x0101_0101_0101_0101;

/// The words of the pattern: a word that starts with one of them (any
/// ASCII case, at an ASCII `\b`) may spell a number.
pub(super) const WORDS: [&str; 31] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thir", "fif", "twenty", "forty", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "dozen", "score", "half", "third", "quarter", "couple",
    "naught", "nought",
];

/// An empty slot of [`Table::slots`]: no key ([`prefix_key`], or the walk's,
/// whose bytes are below 0x80) is all ones.
const NONE: u64 = u64::MAX;

/// How many slots [`Table::slots`] has.
const SLOTS: usize = 64;

/// The prefixes by the hash of their first three letters: one a slot,
/// lower-case, little-endian, zero past its end ([`NONE`] for none). Two listed
/// words that share their first three letters ("twelve", "twenty") share
/// a slot under those three ("twe"), and a hit there is confirmed
/// ([`confirm`]).
pub(super) struct Table {
    /// The multiplier of the hash ([`slot`]), chosen so that no two
    /// prefixes share a slot.
    mul: u64,
    /// The prefixes, one a slot.
    slots: [u64; SLOTS],
    /// The keys ([`prefix_key`]) of all of [`WORDS`], for [`confirm`].
    words: [u64; WORDS.len()],
}

/// The slot of the first three bytes of `key` under the multiplier `mul`.
#[inline(always)]
fn slot(key: u64, mul: u64) -> usize {
    ((key & 0x00FF_FFFF).wrapping_mul(mul) >> (64 - 6)) as usize
}

/// The prefix `w` (ASCII letters) as a key: its first eight bytes
/// lower-case, little-endian, zero past its end.
fn prefix_key(w: &str) -> u64 {
    w.bytes().take(8).enumerate().fold(0, |k, (i, c)| {
        k | u64::from(c.to_ascii_lowercase()) << (8 * i)
    })
}

/// The table of [`WORDS`]: a word that has another listed word as its
/// prefix is left out (the shorter one finds it), two that share their
/// first three letters leave those three, and the multiplier is the first
/// of a fixed sequence under which no two prefixes share a slot (a test
/// checks one is found).
pub(super) fn table() -> Table {
    let mut keys: Vec<u64> = WORDS
        .iter()
        .filter(|w| !WORDS.iter().any(|p| p != *w && w.starts_with(p)))
        .map(|w| prefix_key(w))
        .collect();
    keys.sort_unstable_by_key(|k| k & 0xFF_FFFF);
    // Words that share their first three letters: those three.
    let shared: Vec<u64> = keys
        .windows(2)
        .filter(|p| p.first().map(|k| k & 0xFF_FFFF) == p.get(1).map(|k| k & 0xFF_FFFF))
        .filter_map(|p| p.first().map(|k| k & 0xFF_FFFF))
        .collect();
    keys.retain(|k| !shared.contains(&(k & 0xFF_FFFF)));
    keys.extend(shared);
    keys.dedup();
    let mut mul: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..100_000 {
        let mut slots = [NONE; SLOTS];
        let fits = keys.iter().all(|&k| match slots.get_mut(slot(k, mul)) {
            Some(p) if *p == NONE => {
                *p = k;
                true
            }
            _ => false,
        });
        if fits {
            return Table {
                mul,
                slots,
                words: WORDS.map(prefix_key),
            };
        }
        mul = mul
            .wrapping_mul(0x5851_F42D_4C95_7F2D)
            .wrapping_add(0x1405_7B7E_F767_814F)
            | 1;
    }
    // Not reached (a test checks); a table that finds nothing.
    Table {
        mul,
        slots: [NONE; SLOTS],
        words: WORDS.map(prefix_key),
    }
}

/// The table for the pipeline.
pub(super) static TABLE: Lazy<Table> = Lazy::new(table);

/// Zero where `v`'s lowest `8 * k` bytes, for the `k` bytes of the prefix
/// `p` (zero past its end), are `p`, else not ([`NONE`] is no prefix).
#[inline(always)]
fn differs(v: u64, p: u64) -> u64 {
    // Every byte of a prefix is a letter, so has its bit 0x40 set.
    let m = ((p >> 6) & ONES) * 0xFF;
    (v & m) ^ p
}

/// Whether `b` has a word (at an ASCII `\b`) that starts with one of
/// [`WORDS`], any ASCII case: what `\b(?:zero|one|...)` (`(?i-u)`) finds.
///
/// A listed word is ASCII letters, so such a match starts a run of ASCII
/// letters whose byte before is no ASCII word byte (no letter, digit or
/// `_`; a byte >= 0x80 is none) and whose letters begin with the word.
/// The walk goes over the runs of letters eight bytes at a time (as
/// attribution's filter does): at the start of a run, its first eight
/// bytes (its letters lower-cased, zero past them) are compared with the
/// prefix in the slot of their first three, without a branch; the rare
/// hit is confirmed with the byte before and the listed words. The runs
/// are found by [`walk`]. The test `walk_is_the_regex` compares the
/// answer with the pattern's.
pub(super) fn any_number_word(b: &[u8]) -> bool {
    let t = &*TABLE;
    walk(b, |i, key, inside| {
        let p = t.slots.get(slot(key, t.mul)).copied().unwrap_or(NONE);
        // Tested only at the start of a run: where `i` is no letter, `key`
        // is zero and differs from every prefix. One test of one number,
        // which is almost never zero.
        differs(key, p) | inside == 0 && confirm(b, i, key, &t.words)
    })
}

/// Whether a listed word starts at `i` (the start of a run of letters
/// whose first bytes spell a prefix of the table, `key` the walk's key of
/// them), at an ASCII `\b`: the byte before is no letter, digit or `_`,
/// and one of the keys `words` of [`WORDS`] (none longer than eight
/// letters) is a prefix of `key` (one test a word, without a branch).
#[inline(never)]
fn confirm(b: &[u8], i: usize, key: u64, words: &[u64; WORDS.len()]) -> bool {
    let before = i.checked_sub(1).and_then(|p| b.get(p));
    if before.is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_') {
        return false;
    }
    words
        .iter()
        .fold(0u64, |any, &w| any | u64::from(differs(key, w) == 0))
        != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The pattern the walk replaces, without its digit alternative.
    static PATTERN: Lazy<regex::Regex> = Lazy::new(|| {
        regex::Regex::new(&format!(r"(?i-u)\b(?:{})", WORDS.join("|"))).expect("valid pattern")
    });

    #[test]
    fn a_table_is_found() {
        let t = table();
        for w in WORDS {
            let k = prefix_key(w);
            assert!(w.len() <= 8, "{w}");
            let p = t.slots[slot(k, t.mul)];
            assert_eq!(differs(k, p), 0, "{w}");
        }
    }

    #[test]
    fn the_pattern_is_the_prefilters() {
        // The pipeline's pattern is this one with `[0-9]|` before.
        assert_eq!(
            super::super::NUMBER_WORD_SET.as_str(),
            format!(r"(?i-u)[0-9]|\b(?:{})", WORDS.join("|"))
        );
    }

    fn check(s: &str) {
        assert_eq!(any_number_word(s.as_bytes()), PATTERN.is_match(s), "{s:?}");
    }

    #[test]
    fn walk_is_the_regex_on_cases() {
        for s in [
            "",
            "one",
            "One",
            "ONE",
            "xone",
            "_one",
            "1one",
            "one1",
            "éone",
            "\u{a0}one",
            "—one",
            "onerous",
            "someone",
            "often",
            "tenant",
            "the fifth",
            "Thirteen",
            "twelve",
            "twenty",
            "tw",
            "twe",
            "tweet twelfth Twenty",
            "Tweets",
            "abcdefghthousand",
            "abcdefgh thousand",
            "abcdefg_thousand",
            "a\r\nmillion",
            "no numbers here at all, said the official",
            "FORTY-ONE",
            "forthwith",
            "quart",
            "quarterly",
            "couplet",
            "nought",
            "naughty",
            "scores",
            "halve",
            "halfway",
            "Mayé one",
        ] {
            check(s);
        }
    }

    #[test]
    fn walk_is_the_regex_on_the_corpus() {
        // Every line of the bench corpus, and every piece of it between
        // full stops, as text.
        let corpus = include_str!("../../benches/corpus/articles.jsonl");
        let mut hits = 0;
        for line in corpus.lines() {
            check(line);
            for piece in line.split(". ") {
                check(piece);
                hits += usize::from(PATTERN.is_match(piece));
            }
        }
        assert!(hits > 1000, "{hits}");
    }

    fn piece() -> impl Strategy<Value = String> {
        let mut choices: Vec<String> = WORDS.iter().map(|w| (*w).to_string()).collect();
        choices.extend(
            [
                "the",
                "for",
                "this",
                "could",
                "th",
                "tw",
                "fi",
                "o",
                "on",
                "e",
                "ei",
                "x",
                "abcdefghijklmnopqrst",
                "_",
                "0",
                "7",
                " ",
                " ",
                " ",
                "é",
                "\u{a0}",
                "—",
                "\r\n",
                "-",
                ".",
                ",",
                "'",
                "\"",
                "(",
            ]
            .iter()
            .map(|s| (*s).to_string()),
        );
        (prop::sample::select(choices), any::<u8>()).prop_map(|(s, case)| {
            s.chars()
                .enumerate()
                .map(|(i, c)| {
                    if (case >> (i % 8)) & 1 == 1 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    }
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn walk_is_the_regex(parts in prop::collection::vec(piece(), 0..24)) {
            let s: String = parts.concat();
            prop_assert_eq!(any_number_word(s.as_bytes()), PATTERN.is_match(&s), "{:?}", s);
        }

        #[test]
        fn walk_is_the_regex_on_any_text(s in "[a-zA-Z0-9_ é\u{a0}—\r\n.-]{0,60}") {
            prop_assert_eq!(any_number_word(s.as_bytes()), PATTERN.is_match(&s), "{:?}", s);
        }
    }
}
