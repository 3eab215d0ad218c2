//! Finding temporal expressions: a small tokenizer and a hand-written
//! grammar over its tokens, one pass over the sentence.
//!
//! Tokens are runs of letters, runs of ASCII digits, or single other
//! characters; every token keeps its byte range, so adjacency ("4:17",
//! "a.m.", "2024-07-28") is checked by comparing offsets. Words are matched
//! on an ASCII-lowercased copy of the sentence, which keeps byte offsets.

use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;

use super::value::{Sem, valid_day};
use super::words::{
    HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, SET_WORDS, UNITS, Unit, WEEKDAYS,
    YEAR_NOUNS, YEAR_PREPOSITIONS,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum K {
    Word,
    Num,
    Punct,
}

/// One token: byte range in the sentence and its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: K,
    /// The class bits the scan loop uses ([`Scan::class`]).
    pub c: u32,
}

/// Byte classes for the tokenizer.
const B_SPACE: u8 = 0;
const B_DIGIT: u8 = 1;
const B_ALPHA: u8 = 2;
/// A byte of a non-ASCII character.
const B_HIGH: u8 = 3;
const B_OTHER: u8 = 4;

/// The class of each byte, one load per byte in the tokenizer's loops.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [B_OTHER; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_whitespace() {
            B_SPACE
        } else if b.is_ascii_digit() {
            B_DIGIT
        } else if b.is_ascii_alphabetic() {
            B_ALPHA
        } else if b >= 0x80 {
            B_HIGH
        } else {
            B_OTHER
        };
        c += 1;
    }
    t
};

/// How many bytes past a sentence the tokenizer reads: its lower-cased
/// copy should be followed by as many spaces.
pub(crate) const PAD: usize = 16;

/// [`PAD`] spaces, for the tests' [`tokenize`].
#[cfg(test)]
pub(crate) const PADDING: &str = "                ";

/// Splits `text` into tokens (into `out`, cleared first); whitespace
/// (including U+00A0) separates. `low` is `text` lower-cased (ASCII),
/// best followed by [`PADDING`] (else a padded copy is made). (The scan
/// calls [`tokenize_padded`] itself: see [`Scan::with_buffers`].)
#[cfg(test)]
pub(crate) fn tokenize(text: &str, low: &str, out: &mut Vec<Tok>) {
    if low.len() >= text.len() + PAD {
        tokenize_padded(text, low.as_bytes(), out);
    } else {
        let padded = format!("{low}{PADDING}");
        tokenize_padded(text, padded.as_bytes(), out);
    }
}

/// Splits `text` into tokens (into `out`, cleared first); whitespace
/// (including U+00A0) separates. `lb` is `text` lower-cased (ASCII), best
/// followed by [`PAD`] spaces.
///
/// The padding (spaces: no letter, no digit) only lets the eight-byte
/// paths run to the sentence's last word: without it, `lb` being the
/// lower-cased text alone, those paths find too few bytes near the end
/// and leave the words there to the plain ones, with the same tokens.
///
/// One pass over the bytes with plain index loops: ASCII letters and
/// digits cost a table load each, and a non-ASCII character is decoded
/// once and tested with [`is_letter`] (the curly quotes and dashes of
/// news text without a Unicode table lookup).
fn tokenize_padded(text: &str, lb: &[u8], out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let n = b.len();
    out.reserve(n / 4);
    let index: &ClassIndex = &CLASS_INDEX;
    let mut i = 0;
    while i < n {
        let c = b[i];
        match BYTE_CLASS[usize::from(c)] {
            B_SPACE => i += 1,
            B_DIGIT => {
                let s = i;
                // The run of digits eight bytes at a time (a loop byte by
                // byte left at a place the text decides); `lb` holds the
                // text's digits where the text does, so up to `n` the runs
                // are the same.
                i = digits_end(lb, s + 1).min(n);
                out.push(Tok {
                    s,
                    e: i,
                    k: K::Num,
                    c: C_NUM_TOKEN,
                });
                // The space after a number, as after a word.
                if b.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            B_ALPHA => {
                let s = i;
                // Most words are ASCII and shorter than sixteen letters:
                // two eight-byte loads give their end and their bytes,
                // the key for the class lookup.
                let c = if let Some((len, c)) = ascii_word(index, lb, s) {
                    i = s + len;
                    c
                } else {
                    i = word_end(text, i + 1);
                    index.get_in(lb, s, i)
                };
                out.push(Tok {
                    s,
                    e: i,
                    k: K::Word,
                    c,
                });
                // The space after a word, without another round of the loop.
                if b.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            B_HIGH => {
                let ch = char_at(text, i);
                let e = i + ch.len_utf8();
                if is_letter(ch) {
                    let s = i;
                    i = word_end(text, e);
                    out.push(Tok {
                        s,
                        e: i,
                        k: K::Word,
                        c: index.get_in(lb, s, i),
                    });
                } else {
                    // A non-letter, non-ASCII char: a space or a punctuation mark.
                    if !ch.is_whitespace() {
                        out.push(Tok {
                            s: i,
                            e,
                            k: K::Punct,
                            c: C_PUNCT,
                        });
                    }
                    i = e;
                    // The space after a curly quote or a dash.
                    if b.get(i) == Some(&b' ') {
                        i += 1;
                    }
                }
            }
            _ => {
                out.push(Tok {
                    s: i,
                    e: i + 1,
                    k: K::Punct,
                    c: C_PUNCT,
                });
                i += 1;
                // The space after a comma or full stop, as after a word.
                if b.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
        }
    }
}

/// The end of the word going on at `i`: ASCII letters, and non-ASCII
/// letters (a word such as "González" is one token).
#[inline(always)]
pub(crate) fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        i = ascii_letters_end(b, i);
        if b.get(i).is_some_and(|&c| c >= 0x80) {
            let ch = char_at(text, i);
            if is_letter(ch) {
                i += ch.len_utf8();
                continue;
            }
        }
        return i;
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `v` (eight bytes read little-endian) that
/// is an ASCII letter, the other bits clear.
#[inline(always)]
fn letter_bits(v: u64) -> u64 {
    // Case folded, with the high bit of every byte cleared so that no
    // sum below carries into the next byte; bytes >= 0x80 are masked
    // out at the end.
    let x = (v | (ONES * 0x20)) & !HIGHS;
    let ge_a = x.wrapping_add(ONES * (0x80 - 0x61));
    let gt_z = x.wrapping_add(ONES * (0x80 - 0x7B));
    ge_a & !gt_z & !v & HIGHS
}

/// A word of one to seven ASCII letters at `s` (which holds a letter)
/// whose end, within the eight bytes from `s`, is an ASCII byte that is
/// no letter: its end and its bytes lower-cased as a little-endian number
/// (the key of [`ClassIndex::get_short`]). `None` for any other word, left
/// to [`word_end`] and [`ClassIndex::get_in`].
///
/// Why this is the plain path's answer: [`word_end`] stops at the first
/// byte that is no ASCII letter unless it starts a non-ASCII letter, and
/// an ASCII byte starts none; an ASCII letter lower-cases by setting bit
/// 5, so the key is the one `get_in` reads from the lower-cased copy.
#[inline(always)]
pub(crate) fn short_ascii_word(b: &[u8], s: usize) -> Option<(usize, u64)> {
    // Two length tests (`b.get(s..s + 8)` also tests `s + 8` for overflow).
    let v = u64::from_le_bytes(*b.get(s..)?.first_chunk::<8>()?);
    let other = !letter_bits(v) & HIGHS;
    // Eight letters or more: the long path.
    if other == 0 {
        return None;
    }
    let len = (other.trailing_zeros() / 8) as usize;
    // A byte >= 0x80 after the letters may begin a letter ("Mayé").
    if len == 0 || (v >> (8 * len)) & 0x80 != 0 {
        return None;
    }
    let mask = (1u64 << (8 * len)) - 1;
    Some((s + len, (v | (ONES * 0x20)) & mask))
}

/// A word of one to fifteen ASCII letters at `s` of `lb` (lower-cased;
/// `s` holds a letter) that an ASCII byte ends: its length and its class,
/// from [`ClassIndex::get_short`] for a word of up to eight letters, else
/// from [`ClassIndex::get_long`]. `None` for any other word (longer, or
/// followed by a non-ASCII byte, which may begin a letter, as in "Mayé"),
/// left to [`word_end`] and [`ClassIndex::get_in`]; also where `lb` has
/// no sixteen bytes from `s`.
///
/// Why this is the plain path's answer: [`word_end`] stops at the first
/// byte that is no ASCII letter unless it starts a non-ASCII letter, and
/// an ASCII byte starts none. The two halves are read as `u64`s, and a
/// short word's path reads the second only for its first byte (a `u128`
/// shift by a length costs a dozen instructions).
#[inline(always)]
fn ascii_word(index: &ClassIndex, lb: &[u8], s: usize) -> Option<(usize, u32)> {
    let chunk = lb.get(s..)?.first_chunk::<16>()?;
    let (lo, hi) = chunk.split_at(8);
    let lo = u64::from_le_bytes(lo.try_into().ok()?);
    let hi = u64::from_le_bytes(hi.try_into().ok()?);
    let other_lo = !letter_bits(lo) & HIGHS;
    let other_hi = !letter_bits(hi) & HIGHS;
    if other_lo | (other_hi & 0x80) != 0 {
        // Up to eight letters: `end` is eight times the length (0 to 64;
        // 64 when the word fills `lo` and `hi` starts with no letter).
        let end = other_lo.trailing_zeros() & !7;
        // All ones for a word of eight letters, else 0: the choices below
        // by masks, as `checked_shr` and the like make branches.
        let full = 0u64.wrapping_sub(u64::from(end >> 6));
        // The byte after the word, in `lo` or first in `hi`.
        let after = ((lo >> (end & 63)) & !full) | (hi & full);
        if after & 0x80 != 0 {
            return None;
        }
        let mask = (1u64 << (end & 63)).wrapping_sub(1) | full;
        let len = (end / 8) as usize;
        return Some((len, index.get_short(lo & mask, len)));
    }
    // Sixteen letters or more: the long path.
    if other_hi == 0 {
        return None;
    }
    // Nine to fifteen letters: `end` is eight times the length past
    // eight (8 to 56).
    let end = other_hi.trailing_zeros() & !7;
    if (hi >> end) & 0x80 != 0 {
        return None;
    }
    let len = 8 + (end / 8) as usize;
    Some((len, index.get_long(lo, hi & ((1u64 << end) - 1), len)))
}

/// The high bit of each byte of `v` (eight bytes read little-endian) that
/// is an ASCII digit, the other bits clear (as [`letter_bits`]).
#[inline(always)]
fn digit_bits(v: u64) -> u64 {
    let x = v & !HIGHS;
    let ge_0 = x.wrapping_add(ONES * (0x80 - 0x30));
    let gt_9 = x.wrapping_add(ONES * (0x80 - 0x3A));
    ge_0 & !gt_9 & !v & HIGHS
}

/// The value of the `len` (1 to 8) ASCII digits that start the eight
/// bytes `v` (read little-endian), without a branch.
///
/// Why this is the digits' value: subtracting `'0'` from every byte
/// leaves the digits' bytes exact (a digit is no less than `'0'`, so no
/// borrow leaves it, and a borrow from a byte after the digits only runs
/// on to later bytes); shifting left by the bytes past the digits drops
/// those bytes and puts zeros, leading zeros of the number, before the
/// first digit; then the usual pairwise sums (ten times each digit plus
/// the next, a hundred times each pair plus the next, ten thousand times
/// each four plus the next) give the eight-digit number. `len` outside
/// 1..=8 gives some number (no panic), not used.
#[inline(always)]
pub(crate) fn digits8(v: u64, len: usize) -> u32 {
    let d = v.wrapping_sub(ONES * u64::from(b'0'));
    let d = d << ((8 * (8 - len.clamp(1, 8))) & 63);
    // Each byte pair: the first digit (more significant) is the lower byte.
    let d = d.wrapping_mul(10).wrapping_add(d >> 8);
    let d = ((d & 0x0000_00FF_0000_00FF).wrapping_mul(100 + (1_000_000 << 32)))
        .wrapping_add(((d >> 16) & 0x0000_00FF_0000_00FF).wrapping_mul(1 + (10_000 << 32)))
        >> 32;
    d as u32
}

/// The end of the run of ASCII digits at `i`, eight bytes at a time.
#[inline(always)]
pub(crate) fn digits_end(b: &[u8], mut i: usize) -> usize {
    while let Some(&chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let other = !digit_bits(u64::from_le_bytes(chunk)) & HIGHS;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The end of the run of ASCII letters at `i`, eight bytes at a time.
#[inline(always)]
fn ascii_letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(&chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let v = u64::from_le_bytes(chunk);
        let other = !letter_bits(v) & HIGHS;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The char starting at byte `i` (a space if `i` is not on a char
/// boundary, which the tokenizer never asks for).
fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ')
}

/// `char::is_alphabetic`, with the ranges frequent in news text answered
/// without the Unicode table: General Punctuation (U+2000–U+206F: curly
/// quotes, dashes, spaces) holds no letter, and Latin-1 and Latin
/// Extended-A and -B (U+00C0–U+024F) only letters but × and ÷ (the test
/// `is_letter_is_is_alphabetic` checks both claims).
pub(crate) fn is_letter(ch: char) -> bool {
    let u = u32::from(ch);
    if u < 0x80 {
        return ch.is_ascii_alphabetic();
    }
    if (0x2000..=0x206F).contains(&u) {
        return false;
    }
    if (0xC0..=0x24F).contains(&u) {
        return u != 0xD7 && u != 0xF7;
    }
    ch.is_alphabetic()
}

/// A found expression: token range `[a, b)` and its meaning.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub a: usize,
    pub b: usize,
    pub sem: Sem,
}

/// The sentence being scanned.
pub(crate) struct Scan<'a> {
    /// The sentence is a headline in Title Case: capitals say nothing.
    pub headline: bool,
    pub text: &'a str,
    pub low: &'a str,
    pub toks: Vec<Tok>,
    /// `starts[..n_starts]`: the tokens where [`may_start`] says an
    /// expression may start, in order ([`starts_into`]): the only ones
    /// [`Scan::run_into`] looks at.
    starts: Vec<u32>,
    n_starts: usize,
    /// How deep [`Scan::date`] calls are nested ("the end of the end of
    /// ...", "a day after a day after ..."): bounded, so that the work per
    /// token and the stack stay bounded on any input.
    depth: std::cell::Cell<u8>,
    /// The tokens (of the first 64) where [`Scan::date`] found nothing
    /// without reaching [`MAX_DEPTH`] anywhere below: it finds nothing
    /// there at any depth, and is not asked again ("the next meeting"
    /// tries "next" from "the", then the scan loop tries it itself).
    failed: std::cell::Cell<u64>,
    /// Whether a [`Scan::date`] call was refused for depth since the flag
    /// was last cleared.
    cut: std::cell::Cell<bool>,
}

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

fn month_of(w: &str) -> Option<(u8, bool)> {
    MONTHS
        .iter()
        .find(|(k, ..)| *k == w)
        .map(|&(_, m, ab)| (m, ab))
}

fn weekday_of(w: &str) -> Option<(u8, bool)> {
    WEEKDAYS
        .iter()
        .find(|(k, ..)| *k == w)
        .map(|&(_, d, ab)| (d, ab))
}

fn unit_of(w: &str) -> Option<Unit> {
    lookup(UNITS, w)
}

/// The dashes [`Scan::is_dash`] knows, as a list for its test.
#[cfg(test)]
const DASHES: &[&str] = &["-", "–", "—"];

/// The deepest nesting of dates in one another the grammar follows
/// ("the week of the first Monday after Easter 2025" needs three).
const MAX_DEPTH: u8 = 4;

/// Words that may follow a year without making it a count.
pub(crate) const FUNCTION_AFTER_YEAR: &[&str] = &[
    "and",
    "or",
    "but",
    "to",
    "in",
    "on",
    "at",
    "as",
    "when",
    "while",
    "after",
    "before",
    "the",
    "a",
    "an",
    "with",
    "for",
    "from",
    "by",
    "of",
    "that",
    "which",
    "alone",
    "inclusive",
    "respectively",
    "period",
    "levels",
    "level",
];

/// FNV-1a: a fast hash for the short words of the lookup sets (SipHash,
/// the std default, costs more than the rest of a lookup).
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A hash builder for [`Fnv`].
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// The holidays by their first word, as indices into [`HOLIDAYS`] in table
/// order (so longer names listed first are still tried first).
pub(crate) static HOLIDAY_INDEX: Lazy<HashMap<&'static str, Vec<usize>, FnvBuild>> =
    Lazy::new(|| {
        let mut map: HashMap<&'static str, Vec<usize>, FnvBuild> = HashMap::default();
        for (k, (words, _)) in HOLIDAYS.iter().enumerate() {
            if let Some(first) = words.first() {
                map.entry(*first).or_default().push(k);
            }
        }
        map
    });

/// Holiday names made of ordinary English words: found only with a
/// capital letter or a year after them ("the night journey" of a convoy is
/// not Isra and Mi'raj).
const GENERIC_HOLIDAYS: &[&[&str]] = &[
    &["the", "night", "journey"],
    &["night", "of", "power"],
    &["night", "of", "measures"],
    &["night", "of", "decree"],
    &["sacrifice", "feast"],
    &["feast", "of", "the", "sacrifice"],
    &["feast", "of", "sacrifice"],
    &["feast", "of", "weeks"],
    &["feast", "of", "booths"],
    &["feast", "of", "breaking", "the", "fast"],
    &["holocaust", "day"],
    &["holocaust", "remembrance", "day"],
    &["prophet", "birthday"],
    &["prophets", "birthday"],
    &["night", "of", "destiny"],
    &["night", "of", "value"],
    &["lantern", "festival"],
    &["moon", "festival"],
    &["tomb", "sweeping", "day"],
    &["arabic", "new", "year"],
];

/// Capitalised words that may stand before a one-word holiday without
/// making it a surname.
const HOLIDAY_ADJECTIVES: &[&str] = &[
    "happy",
    "muslim",
    "muslims",
    "islamic",
    "jewish",
    "jews",
    "hindu",
    "hindus",
    "sikh",
    "sikhs",
    "chinese",
    "indian",
    "holy",
    "the",
    "this",
    "last",
    "next",
    "during",
    "after",
    "before",
    "since",
    "until",
    "on",
    "for",
    "of",
    "in",
    "ahead",
    "celebrating",
    "celebrate",
    "a",
    "an",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "its",
];

/// Words that can start a temporal expression: the tables' words plus the
/// grammar's own. Tokens not in it are skipped without parsing.
pub(crate) static STARTERS: Lazy<HashSet<&'static str, FnvBuild>> = Lazy::new(|| {
    let mut set: HashSet<&'static str, FnvBuild> = HashSet::default();
    set.extend(MONTHS.iter().map(|m| m.0));
    set.extend(WEEKDAYS.iter().map(|m| m.0));
    set.extend(HOLIDAYS.iter().map(|h| h.0[0]));
    set.extend(NUMBER_WORDS.iter().map(|m| m.0));
    set.extend(ORDINAL_WORDS.iter().map(|m| m.0));
    set.extend(SEASONS.iter().map(|m| m.0));
    // The words `Scan::word_date` reads by name, and the other openers.
    set.extend(WORD_DATE_WORDS.iter().copied());
    set.extend([
        "between",
        "from",
        "early",
        "late",
        "mid",
        "end",
        "start",
        "beginning",
        "middle",
        "turn",
        "noon",
        "midday",
        "midnight",
        "every",
        "each",
    ]);
    set.extend(SET_WORDS.iter().map(|s| s.0));
    set
});

// Classes of a token for the scan loop ([`Scan::class`]).
/// A digit token.
pub(crate) const C_NUM: u32 = 1;
/// A punctuation token.
const C_PUNCT: u32 = 2;
/// A word in [`STARTERS`].
pub(crate) const C_STARTER: u32 = 4;
/// A word after which "the" may start an expression though it is no
/// starter itself ("the week of", "the same day", "the end of").
const C_THE_NEXT: u32 = 8;
/// A unit or a weekday in the plural ("days", "Mondays").
const C_UNIT: u32 = 16;
/// "the": an expression starting with it needs its next token to be a
/// digit, a punctuation mark, a starter or one of [`C_THE_NEXT`].
const C_THE: u32 = 32;
/// A number word that is nothing else ("a", "two"): an expression
/// starting with it needs a unit, a plural weekday or a dash next.
const C_COUNT: u32 = 64;
/// "from", "between": an interval needs a date right after.
pub(crate) const C_INTERVAL: u32 = 128;
/// A word that may follow a number of one to three digits in an
/// expression: a month, a unit, a plural weekday, an ordinal suffix, "of",
/// a separator of a range, "a.m.", an era, a time zone (see
/// [`Scan::date_num`] and [`Scan::time`]). Any other word after such a
/// number makes it no date, no time and no duration.
const C_NUM_NEXT: u32 = 256;
/// The first word of a holiday's name (a key of [`HOLIDAY_INDEX`]).
pub(crate) const C_HOLIDAY: u32 = 1 << 12;
/// A word of [`YEAR_PREPOSITIONS`].
pub(crate) const C_YEAR_PREP: u32 = 1 << 13;
/// A word of [`YEAR_NOUNS`].
pub(crate) const C_YEAR_NOUN: u32 = 1 << 14;
/// A word of [`FUNCTION_AFTER_YEAR`].
pub(crate) const C_AFTER_YEAR: u32 = 1 << 15;
/// A word of [`MONTHS`].
pub(crate) const C_MONTH: u32 = 1 << 16;
/// A word of [`WEEKDAYS`].
pub(crate) const C_WEEKDAY: u32 = 1 << 17;
/// A word of [`UNITS`] (not the plural weekdays of [`C_UNIT`]).
pub(crate) const C_UNIT_WORD: u32 = 1 << 18;
/// A word of [`NUMBER_WORDS`].
pub(crate) const C_NUMBER: u32 = 1 << 19;
/// A word of [`ORDINAL_WORDS`].
pub(crate) const C_ORDINAL: u32 = 1 << 20;
/// A word of [`SEASONS`].
pub(crate) const C_SEASON: u32 = 1 << 21;
/// A word of [`SET_WORDS`].
pub(crate) const C_SET: u32 = 1 << 22;

/// The word tables the grammar reads by name, each with its class bit:
/// a token without the bit is in no row of the table, so the linear
/// search of the table is skipped ([`Scan::month_at`] and the others).
pub(crate) fn table_bits() -> [(Vec<&'static str>, u32); 7] {
    [
        (MONTHS.iter().map(|m| m.0).collect(), C_MONTH),
        (WEEKDAYS.iter().map(|m| m.0).collect(), C_WEEKDAY),
        (UNITS.iter().map(|m| m.0).collect(), C_UNIT_WORD),
        (NUMBER_WORDS.iter().map(|m| m.0).collect(), C_NUMBER),
        (ORDINAL_WORDS.iter().map(|m| m.0).collect(), C_ORDINAL),
        (SEASONS.iter().map(|m| m.0).collect(), C_SEASON),
        (SET_WORDS.iter().map(|m| m.0).collect(), C_SET),
    ]
}

/// The plurals of the weekday names ("mondays", "sundays"): kept by a static,
/// so that [`WORD_CLASS`] can key on them for the life of the program
/// without leaking them (leak checkers see them reachable).
static WEEKDAY_PLURALS: Lazy<Vec<String>> =
    Lazy::new(|| WEEKDAYS.iter().map(|(w, _, _)| format!("{w}s")).collect());

/// The word classes in one map, so that a word costs one lookup.
///
/// How the guards follow from the grammar: [`Scan::at`] on "the" can only
/// succeed through [`Scan::modified`] ("the end of"), a holiday whose name
/// starts with "the" (its second word, or a punctuation mark skipped inside
/// the name), or [`Scan::the_date`] (a digit, an apostrophe, a starter, or
/// one of its own words next). On a number word, through
/// [`Scan::offset`] or [`Scan::duration_or_set`] only, which both need a
/// unit or plural weekday after the count ("twenty-one" and "three-day"
/// have a dash). "from" and "between" make an interval only, whose first
/// date starts with a digit or a starter ([`Scan::date`] finds nothing
/// else).
pub(crate) static WORD_CLASS: Lazy<HashMap<&'static str, u32, FnvBuild>> = Lazy::new(|| {
    let mut m: HashMap<&'static str, u32, FnvBuild> = HashMap::default();
    for w in STARTERS.iter() {
        *m.entry(w).or_default() |= C_STARTER;
    }
    let the_next = [
        "end",
        "start",
        "beginning",
        "middle",
        "turn",
        "weekend",
        "week",
        "same",
        "current",
        "previous",
        "past",
        "following",
        "next",
        "coming",
        "preceding",
        "day",
    ];
    let the_holidays = HOLIDAYS
        .iter()
        .filter(|(words, _)| words.first() == Some(&"the"))
        .filter_map(|(words, _)| words.get(1).copied());
    for w in the_next.into_iter().chain(the_holidays) {
        *m.entry(w).or_default() |= C_THE_NEXT;
    }
    for (w, _) in UNITS {
        *m.entry(w).or_default() |= C_UNIT;
    }
    for plural in WEEKDAY_PLURALS.iter() {
        *m.entry(plural.as_str()).or_default() |= C_UNIT;
    }
    *m.entry("the").or_default() |= C_THE;
    // A number word is guarded only when no other rule starts with it.
    let other = |w: &str| {
        HOLIDAY_INDEX.contains_key(w)
            || lookup(ORDINAL_WORDS, w).is_some()
            || month_of(w).is_some()
            || weekday_of(w).is_some()
            || SEASONS.iter().any(|s| s.0 == w)
            || WORD_DATE_WORDS.contains(&w)
            || matches!(
                w,
                "the" | "from" | "between" | "noon" | "midday" | "midnight"
            )
            || SET_WORDS.iter().any(|s| s.0 == w)
            || matches!(w, "every" | "each")
            || matches!(w, "early" | "late" | "mid" | "end" | "start")
            || matches!(w, "beginning" | "middle" | "turn")
    };
    for (w, _) in NUMBER_WORDS {
        if !other(w) {
            *m.entry(w).or_default() |= C_COUNT;
        }
    }
    for w in ["from", "between"] {
        *m.entry(w).or_default() |= C_INTERVAL;
    }
    let num_next = [
        "st", "nd", "rd", "th", "s", "q", "of", "day", "to", "through", "thru", "till", "until",
        "am", "pm", "a", "p", "ad", "bc", "bce", "b", "gmt", "utc", "hours", "hrs", "h",
    ];
    let months = MONTHS.iter().map(|x| x.0);
    let units = UNITS.iter().map(|x| x.0);
    for w in num_next.into_iter().chain(months).chain(units) {
        *m.entry(w).or_default() |= C_NUM_NEXT;
    }
    for plural in WEEKDAY_PLURALS.iter() {
        *m.entry(plural.as_str()).or_default() |= C_NUM_NEXT;
    }
    m
});

/// [`WORD_CLASS`] laid out by shape (first letter, second letter or none,
/// length; lengths of 31 and more share a slot): the words of a shape are
/// `entries[offsets[k]..offsets[k + 1]]`, usually none or one. Most words
/// of a sentence have a shape no class word has and cost two loads.
///
/// The words of at most sixteen bytes are also in two dense hash tables
/// keyed by their bytes as numbers, which the tokenizer probes
/// ([`ClassIndex::get_in`]): a multiply, a shift and a few compares whose
/// outcome is arithmetic, not branches ([`ClassIndex::get_short`]). Each
/// bucket is one cache line, and a word's class is named by a one-byte
/// place in [`ClassIndex::classes`], so that a line holds seven short
/// words: the tables, cold at every article (the other stages run in
/// between), take a quarter of the lines a table of four words a line
/// with their classes inline took.
pub(crate) struct ClassIndex {
    offsets: Vec<u32>,
    /// The word, its class, and for a word of at most eight bytes those
    /// bytes as a little-endian number.
    entries: Vec<(&'static str, u32, u64)>,
    /// The distinct classes of the words of the dense tables, by the place
    /// their buckets name (a byte: no bounds test); place 0 is class 0 (no
    /// word).
    classes: Box<[u32; 256]>,
    /// The words of one to eight bytes (without a zero byte) by their
    /// bytes as one number, seven to a bucket.
    short: Table<ShortBucket>,
    /// The words of nine to sixteen bytes (without a zero byte) by their
    /// bytes as a number in two halves, three to a bucket.
    long: Table<LongBucket>,
}

/// A hash table of buckets (a power of two of them): the bucket of a key
/// `x` is `buckets[(x * mul) >> shift]`.
struct Table<B> {
    buckets: Vec<B>,
    /// The odd multiplier (chosen so that no bucket overflows).
    mul: u64,
    /// 64 minus log2 of the number of buckets.
    shift: u32,
}

impl<B> Table<B> {
    /// The bucket of the key `x`.
    #[inline(always)]
    fn bucket(&self, x: u64) -> Option<&B> {
        self.buckets
            .get((x.wrapping_mul(self.mul) >> self.shift) as usize)
    }
}

/// Up to three words of [`ClassIndex::long`] with the same hash: their
/// bytes as a little-endian number in two halves (both 0 for an empty
/// place, which no word's second half is), and their classes' places in
/// [`ClassIndex::classes`], `id[k + 1]` for the word in place `k` (`id[0]`
/// is 0, for no word); one cache line.
#[derive(Clone, Default)]
#[repr(align(64))]
struct LongBucket {
    lo: [u64; 3],
    hi: [u64; 3],
    id: [u8; 4],
}

/// The number a long word's two halves hash as.
#[inline(always)]
fn long_key(lo: u64, hi: u64) -> u64 {
    lo ^ hi.wrapping_mul(0xA24B_AED4_963E_E407)
}

impl Bucket for LongBucket {
    type Word = (u64, u64, u8);

    fn key(&(lo, hi, _): &Self::Word) -> u64 {
        long_key(lo, hi)
    }

    fn put(&mut self, (lo, hi, id): Self::Word) -> bool {
        let Some(k) = self.hi.iter().position(|&h| h == 0) else {
            return false;
        };
        self.lo[k] = lo;
        self.hi[k] = hi;
        self.id[k + 1] = id;
        true
    }
}

/// Up to seven words of [`ClassIndex::short`] with the same hash: their
/// bytes as a little-endian number (0 for an empty place, which no word
/// is), and their classes' places in [`ClassIndex::classes`], `id[k + 1]`
/// for the word in place `k` (`id[0]` is 0, for no word); one cache line.
#[derive(Clone, Default)]
#[repr(align(64))]
struct ShortBucket {
    key: [u64; 7],
    id: [u8; 8],
}

impl Bucket for ShortBucket {
    type Word = (u64, u8);

    fn key(&(key, _): &Self::Word) -> u64 {
        key
    }

    fn put(&mut self, (key, id): Self::Word) -> bool {
        let Some(k) = self.key.iter().position(|&x| x == 0) else {
            return false;
        };
        self.key[k] = key;
        self.id[k + 1] = id;
        true
    }
}

/// A bucket of a dense class table ([`ShortBucket`], [`LongBucket`]), for
/// [`buckets`] to fill.
trait Bucket: Clone + Default {
    /// A word as the bucket keeps it: its key and its class's place.
    type Word: Copy;
    /// The number the word hashes as.
    fn key(word: &Self::Word) -> u64;
    /// Puts `word` in the first empty place; false if there is none.
    fn put(&mut self, word: Self::Word) -> bool;
}

/// A multiplier for [`buckets`] to try: the `seed`th output of
/// SplitMix64, made odd.
fn multiplier(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// The buckets for `words` (no two the same): the fewest (at least 16)
/// that, with one of a few multipliers tried in turn, leave no bucket
/// overflowing.
fn buckets<B: Bucket>(words: &[B::Word]) -> Table<B> {
    let mut bits = 4u32;
    loop {
        let shift = 64 - bits;
        for seed in 0..256 {
            let mul = multiplier(seed);
            let mut buckets = vec![B::default(); 1 << bits];
            let fits = words.iter().all(|w| {
                let k = (B::key(w).wrapping_mul(mul) >> shift) as usize;
                buckets.get_mut(k).is_some_and(|b| b.put(*w))
            });
            if fits || bits >= 24 {
                return Table {
                    buckets,
                    mul,
                    shift,
                };
            }
        }
        bits += 1;
    }
}

/// The bytes of `w` (at most eight) as a little-endian number.
fn key_of(w: &[u8]) -> u64 {
    w.iter()
        .take(8)
        .enumerate()
        .fold(0, |k, (j, &c)| k | u64::from(c) << (8 * j))
}

impl ClassIndex {
    /// Lays `words` out by shape; words of no shape (not starting with a
    /// lower-case ASCII letter) are left out, as no token can match them.
    /// (The dense tables name at most 255 distinct classes besides 0; the
    /// words of any more would be left out of them: the tests check that
    /// the module's indexes find every word.)
    pub(crate) fn new<I: IntoIterator<Item = (&'static str, u32)>>(words: I) -> ClassIndex {
        let mut slots: Vec<Vec<(&'static str, u32, u64)>> = vec![Vec::new(); 27 * 27 * 32];
        for (w, c) in words {
            if let Some(k) = shape_index(w.as_bytes()) {
                slots[k * 32 + w.len().min(31)].push((w, c, key_of(w.as_bytes())));
            }
        }
        let mut offsets = Vec::with_capacity(slots.len() + 1);
        let mut entries = Vec::new();
        for slot in slots {
            offsets.push(entries.len() as u32);
            entries.extend(slot);
        }
        offsets.push(entries.len() as u32);
        let mut classes = vec![0u32];
        let mut id_of = |c: u32| -> Option<u8> {
            let k = match classes.iter().position(|&x| x == c) {
                Some(k) => k,
                None => {
                    classes.push(c);
                    classes.len() - 1
                }
            };
            u8::try_from(k).ok()
        };
        // The short words, the first of equal ones kept (as the slot scan
        // of `get` finds the first). A key names one word (and its length)
        // when the word has no zero byte (words with one, or empty, are
        // left to `get`); words of class 0 need no place (a word in none
        // has class 0).
        let mut seen: Vec<u64> = Vec::new();
        let mut words: Vec<(u64, u8)> = Vec::new();
        for &(w, c, key) in &entries {
            if w.is_empty() || w.len() > 8 || w.bytes().any(|b| b == 0) || seen.contains(&key) {
                continue;
            }
            seen.push(key);
            if let Some(id) = id_of(c).filter(|&id| id != 0) {
                words.push((key, id));
            }
        }
        let short = buckets::<ShortBucket>(&words);
        let mut seen: Vec<(u64, u64)> = Vec::new();
        let mut long_words: Vec<(u64, u64, u8)> = Vec::new();
        for &(w, c, key) in &entries {
            let b = w.as_bytes();
            if b.len() <= 8 || b.len() > 16 || b.contains(&0) {
                continue;
            }
            let hi = key_of(b.get(8..).unwrap_or(&[]));
            if seen.contains(&(key, hi)) {
                continue;
            }
            seen.push((key, hi));
            if let Some(id) = id_of(c).filter(|&id| id != 0) {
                long_words.push((key, hi, id));
            }
        }
        let long = buckets::<LongBucket>(&long_words);
        let mut class_of = Box::new([0u32; 256]);
        for (place, c) in class_of.iter_mut().zip(classes) {
            *place = c;
        }
        ClassIndex {
            offsets,
            entries,
            classes: class_of,
            short,
            long,
        }
    }

    /// The words of the index, in its order.
    #[cfg(test)]
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|e| e.0)
    }

    /// The number of buckets of the short and the long table.
    #[cfg(test)]
    pub(crate) fn table_sizes(&self) -> (usize, usize) {
        (self.short.buckets.len(), self.long.buckets.len())
    }

    /// The words of `w`'s shape.
    fn slot(&self, w: &[u8]) -> &[(&'static str, u32, u64)] {
        let Some(k) = shape_index(w) else {
            return &[];
        };
        let slot = k * 32 + w.len().min(31);
        let (Some(&lo), Some(&hi)) = (self.offsets.get(slot), self.offsets.get(slot + 1)) else {
            return &[];
        };
        self.entries.get(lo as usize..hi as usize).unwrap_or(&[])
    }

    /// The class of a lower-cased word (0 for a word in no class).
    pub(crate) fn get(&self, w: &[u8]) -> u32 {
        self.slot(w)
            .iter()
            .find(|(x, ..)| x.len() == w.len() && x.bytes().eq(w.iter().copied()))
            .map_or(0, |e| e.1)
    }

    /// The class of the word whose bytes, read as a little-endian number,
    /// are `key`, and whose length is `len` (at most eight); as
    /// [`ClassIndex::get`] for words without a zero byte.
    #[inline(always)]
    pub(crate) fn get_short(&self, key: u64, len: usize) -> u32 {
        let Some(b) = self.short.bucket(key) else {
            return 0;
        };
        // Without a branch on the text: the place holding the key (at most
        // one does; an empty place's key, 0, names no word) is found by
        // arithmetic on the compares (`k + 1`, 0 for none), then its class
        // place is loaded. A compare per place that could branch would
        // guess wrong on every other word (and LLVM makes a branch of a
        // loaded value masked by a compare, so the loads come after).
        let mut place = 0usize;
        for k in 0..7 {
            place += (k + 1) * usize::from(b.key[k] == key);
        }
        // A stored key has no zero byte, so its length is the place of its
        // last nonzero byte: the key names a word of `len` bytes only if
        // its byte `len - 1` is nonzero ("may\0" is not "may").
        let last = len.wrapping_sub(1);
        let whole = (last < 8) & ((key >> (8 * (last & 7))) != 0);
        let id = b.id[(place * usize::from(whole)) & 7];
        self.classes[usize::from(id)]
    }

    /// The class of the word of `len` bytes (nine to sixteen) whose bytes,
    /// read as a little-endian number, are `lo` (the first eight) and `hi`
    /// (the rest); as [`ClassIndex::get`] for words without a zero byte,
    /// and without a branch, as [`ClassIndex::get_short`].
    #[inline(always)]
    pub(crate) fn get_long(&self, lo: u64, hi: u64, len: usize) -> u32 {
        let Some(b) = self.long.bucket(long_key(lo, hi)) else {
            return 0;
        };
        let mut place = 0usize;
        for k in 0..3 {
            place += (k + 1) * usize::from((b.lo[k] == lo) & (b.hi[k] == hi));
        }
        // As in `get_short`, for the second half: byte `len - 9` of it
        // must be its last nonzero one (an empty place, `hi` 0, fails).
        let last = len.wrapping_sub(9);
        let whole = (last < 8) & ((hi >> (8 * (last & 7))) != 0);
        let id = b.id[(place * usize::from(whole)) & 3];
        self.classes[usize::from(id)]
    }

    /// The class of the word `low[s..e]` (lower-cased): as [`ClassIndex::get`],
    /// but a word of at most eight bytes with eight bytes of `low` from its
    /// start is looked up in the short-word table by those bytes as one
    /// number (words with no zero byte and equal numbers are equal words).
    #[inline(always)]
    pub(crate) fn get_in(&self, low: &[u8], s: usize, e: usize) -> u32 {
        let Some(w) = low.get(s..e) else {
            return 0;
        };
        let len = w.len();
        if len > 8 {
            return self.get(w);
        }
        let Some(chunk) = low.get(s..s + 8) else {
            return self.get(w);
        };
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        let mask = if len == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * len)) - 1
        };
        let key = u64::from_le_bytes(b) & mask;
        if key == 0 {
            return self.get(w);
        }
        // A word with a zero byte matches no stored key and length: the
        // stored words have none, and a zero after the word would make
        // the length differ.
        self.get_short(key, len)
    }
}

/// [`WORD_CLASS`] with the tense-cue class of each word
/// (`super::cue_classes`) in the bits from [`CUE_SHIFT`] up and
/// [`C_HOLIDAY`] on the first words of holidays, and a bit for each of
/// the year-context tables, so that the tokenizer's one lookup also
/// serves the cue search, the holiday search and the year rules. (Every
/// word of those tables has a shape, as a test checks, so none is left
/// out of the index.)
pub(crate) static CLASS_INDEX: Lazy<ClassIndex> = Lazy::new(|| {
    let mut m: HashMap<&'static str, u32, FnvBuild> = WORD_CLASS.clone();
    for (w, cue) in super::cue_classes() {
        *m.entry(w).or_default() |= u32::from(cue) << CUE_SHIFT;
    }
    for w in HOLIDAY_INDEX.keys() {
        *m.entry(w).or_default() |= C_HOLIDAY;
    }
    for (table, bit) in [
        (YEAR_PREPOSITIONS, C_YEAR_PREP),
        (YEAR_NOUNS, C_YEAR_NOUN),
        (FUNCTION_AFTER_YEAR, C_AFTER_YEAR),
    ] {
        for w in table {
            *m.entry(w).or_default() |= bit;
        }
    }
    for (table, bit) in table_bits() {
        for w in table {
            *m.entry(w).or_default() |= bit;
        }
    }
    for w in super::DIRECTION_WORDS {
        *m.entry(w).or_default() |= C_DIRECTION_WORD;
    }
    for w in super::SUBJECT_PRONOUNS {
        *m.entry(w).or_default() |= C_SUBJECT_PRONOUN;
    }
    for c in m.values_mut() {
        *c |= start_bits(*c);
    }
    ClassIndex::new(m)
});

/// Where the tense-cue class sits in a token's class bits (three bits,
/// above the scan classes).
pub(crate) const CUE_SHIFT: u32 = 9;

/// The tense-cue class bits of a token's class.
pub(crate) const C_CUE: u32 = 7 << CUE_SHIFT;

/// A word of `super::DIRECTION_WORDS`, which the tense-cue search reads
/// by name.
pub(crate) const C_DIRECTION_WORD: u32 = 1 << 29;

/// A word of `super::SUBJECT_PRONOUNS` ("it", "he", "she").
pub(crate) const C_SUBJECT_PRONOUN: u32 = 1 << 30;

/// Where a word's first two letters sit in [`CLASS_INDEX`]; `None` for a
/// word that starts with anything but two lower-case ASCII letters or one
/// alone (no class word does).
fn shape_index(w: &[u8]) -> Option<usize> {
    let letter = |c: u8| c.is_ascii_lowercase().then(|| usize::from(c - b'a'));
    let first = letter(*w.first()?)?;
    let second = match w.get(1) {
        None => 26,
        Some(&c) => letter(c)?,
    };
    Some(first * 27 + second)
}

/// Whether [`Scan::at`] can find anything at a token of class `c` before
/// one of class `next` (see [`WORD_CLASS`] for why).
pub(crate) fn may_start(c: u32, next: u32, digits: usize) -> bool {
    if c & (C_NUM | C_STARTER) == 0 {
        return false;
    }
    if c & C_NUM != 0 {
        return digits >= 4 || next & (C_NUM | C_PUNCT | C_NUM_NEXT) != 0;
    }
    if c & (C_THE | C_COUNT | C_INTERVAL) == 0 {
        return true;
    }
    (c & C_THE != 0 && next & (C_NUM | C_PUNCT | C_STARTER | C_THE_NEXT) != 0)
        || (c & C_COUNT != 0 && next & (C_PUNCT | C_UNIT) != 0)
        || (c & C_INTERVAL != 0 && next & (C_NUM | C_STARTER) != 0)
}

/// Where a token's class keeps the class bits of the next token before
/// which [`Scan::at`] may find something there ([`start_bits`]).
const WANT_SHIFT: u32 = 23;
/// The class bits of the next token that [`may_start`] reads.
const NEXT_BITS: u32 = C_NUM | C_PUNCT | C_STARTER | C_THE_NEXT | C_UNIT | C_NUM_NEXT;
/// A starter before which any token will do ([`start_bits`]).
const C_ALWAYS: u32 = 1 << 28;
/// The class of a digit token: [`C_NUM`] and its [`start_bits`].
pub(crate) const C_NUM_TOKEN: u32 = C_NUM | ((C_NUM | C_PUNCT | C_NUM_NEXT) << WANT_SHIFT);

/// The bits that [`may_start`] reads off a token's class `c`, laid out
/// for [`may_start_flat`]: the next token's bits it accepts (shifted by
/// [`WANT_SHIFT`]), or [`C_ALWAYS`] for a starter that needs none. A
/// number also starts before anything with four digits or more, which
/// its class cannot say.
pub(crate) fn start_bits(c: u32) -> u32 {
    if c & C_NUM != 0 {
        return (C_NUM | C_PUNCT | C_NUM_NEXT) << WANT_SHIFT;
    }
    if c & C_STARTER == 0 {
        return 0;
    }
    if c & (C_THE | C_COUNT | C_INTERVAL) == 0 {
        return C_ALWAYS;
    }
    let mut want = 0;
    if c & C_THE != 0 {
        want |= C_NUM | C_PUNCT | C_STARTER | C_THE_NEXT;
    }
    if c & C_COUNT != 0 {
        want |= C_PUNCT | C_UNIT;
    }
    if c & C_INTERVAL != 0 {
        want |= C_NUM | C_STARTER;
    }
    want << WANT_SHIFT
}

/// [`may_start`] for a class that carries its [`start_bits`] (every
/// token's does): a few bit operations, no branch.
#[inline(always)]
pub(crate) fn may_start_flat(c: u32, next: u32, digits: usize) -> bool {
    let want = (c >> WANT_SHIFT) & next & NEXT_BITS;
    let long_number = (c & C_NUM) * u32::from(digits >= 4);
    (want | (c & C_ALWAYS) | long_number) != 0
}

/// Lists in `out[..k]` the tokens where [`may_start`] holds, in order,
/// and returns `k`: one pass without branches on the text (each index is
/// written, and `k` grows by the test's outcome). `out` is made as long
/// as `toks` if shorter, and keeps its length (the buffer serves the
/// next sentence without being filled again).
fn starts_into(toks: &[Tok], out: &mut Vec<u32>) -> usize {
    if out.len() < toks.len() {
        out.resize(toks.len(), 0);
    }
    let mut len = 0;
    let mut put = |i: usize, t: &Tok, next: u32| {
        let ok = may_start_flat(t.c, next, t.e - t.s);
        // Written at `len` whatever the test says (`len <= i`, so the
        // place exists); kept only if it holds.
        if let Some(place) = out.get_mut(len) {
            *place = i as u32;
        }
        len += usize::from(ok);
    };
    // Each token with the next one's class from the pair at hand (no
    // test for the end in the loop), then the last one before nothing.
    for (i, pair) in toks.windows(2).enumerate() {
        if let [t, u] = pair {
            put(i, t, u.c);
        }
    }
    if let Some(t) = toks.last() {
        put(toks.len() - 1, t, 0);
    }
    len
}

/// The words [`Scan::word_date`] handles by name.
const WORD_DATE_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "eom",
    "eoy",
    "the",
    "q",
    "h",
    "fy",
    "fiscal",
    "that",
    "earlier",
    "later",
    "last",
    "this",
    "next",
    "past",
    "previous",
    "coming",
    "current",
    "upcoming",
];

/// Words without which no expression can be found in a sentence that has
/// no digit: every rule of the grammar below that succeeds on words alone
/// takes at least one of them into its match. Month and weekday names
/// (and "Mondays" for "two Mondays ago"), the units (the relative words,
/// "every", the counts and "the same ..." all need one), seasons, parts of
/// the day and the other words that stand alone ("today", "noon", "daily",
/// "weekend", "half"), and for each holiday one word of its name (a holiday
/// matches only with every word of its name).
pub(crate) fn head_words() -> Vec<String> {
    let mut heads: Vec<&'static str> = Vec::new();
    heads.extend(MONTHS.iter().map(|m| m.0));
    heads.extend(WEEKDAYS.iter().map(|m| m.0));
    heads.extend(UNITS.iter().map(|m| m.0));
    heads.extend(SEASONS.iter().map(|m| m.0));
    heads.extend([
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "eom",
        "eoy",
        "noon",
        "midday",
        "midnight",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "night",
    ]);
    heads.extend(SET_WORDS.iter().map(|s| s.0));
    heads.push("half");
    for (words, _) in HOLIDAYS {
        if words.iter().any(|w| heads.contains(w)) {
            continue;
        }
        // The longest word of the name is the rarest in ordinary text.
        if let Some(w) = words.iter().max_by_key(|w| w.len()) {
            heads.push(w);
        }
    }
    let mut out: Vec<String> = heads.into_iter().map(str::to_string).collect();
    out.extend(WEEKDAYS.iter().map(|m| format!("{}s", m.0)));
    out
}

/// The head words ([`head_words`]) for [`has_head_word`]: a Bloom filter
/// of one bit per hash of a word's key (512 bytes, a few cache lines to
/// bring in at each article, where the regex it replaces walked a lazy
/// DFA of many), and the keys by hash to confirm a hit exactly (two cache
/// lines a hit, where a binary search over the keys touched five or six).
pub(crate) struct HeadIndex {
    /// Bit `h` set for the hash `h` of each head word's key ([`head_hash`]).
    bloom: [u64; HEAD_BLOOM_WORDS],
    /// The keys of the head words ([`letter_key`](crate::bytes::letter_key)), in the order of their
    /// buckets (`h >> HEAD_BUCKET_SHIFT` for the hash `h`).
    keys: Vec<(u64, u64)>,
    /// Where each bucket's keys start in `keys`, and then its length.
    starts: [u16; HEAD_BUCKETS + 1],
}

/// A bucket of [`HeadIndex::keys`] for sixteen bits of the Bloom filter.
const HEAD_BUCKET_SHIFT: usize = 4;
/// How many buckets [`HeadIndex::keys`] has.
const HEAD_BUCKETS: usize = (HEAD_BLOOM_WORDS * 64) >> HEAD_BUCKET_SHIFT;

impl HeadIndex {
    /// Whether the key ([`letter_key`](crate::bytes::letter_key)) with the hash `h` is a head word's.
    #[inline(always)]
    fn has(&self, h: usize, key: (u64, u64)) -> bool {
        let b = h >> HEAD_BUCKET_SHIFT;
        let start = self.starts.get(b).map_or(0, |&s| usize::from(s));
        let end = self.starts.get(b + 1).map_or(0, |&s| usize::from(s));
        self.keys.get(start..end).is_some_and(|k| k.contains(&key))
    }
}

/// The size of [`HeadIndex::bloom`] in `u64`s: 4096 bits for about 150
/// words, so that about one word in thirty of other text needs the exact
/// check.
const HEAD_BLOOM_WORDS: usize = 64;

/// Where a key ([`letter_key`](crate::bytes::letter_key)) sits in [`HeadIndex::bloom`]: bit `h % 64`
/// of word `h / 64`.
#[inline(always)]
fn head_hash(lo: u64, hi: u64) -> usize {
    let h = (lo ^ hi.rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - 12)) as usize
}

/// The head words' index ([`HeadIndex`]).
pub(crate) static HEAD_INDEX: Lazy<HeadIndex> = Lazy::new(|| {
    let mut bloom = [0u64; HEAD_BLOOM_WORDS];
    let mut keys = Vec::new();
    for w in head_words() {
        // Every head word has a key (a test checks); one without would
        // be missed, so the test matters.
        if let Some((lo, hi)) = crate::bytes::letter_key(w.as_bytes()) {
            let h = head_hash(lo, hi);
            if let Some(slot) = bloom.get_mut(h / 64) {
                *slot |= 1 << (h % 64);
            }
            keys.push((h >> HEAD_BUCKET_SHIFT, (lo, hi)));
        }
    }
    keys.sort_unstable();
    keys.dedup();
    // The start of each bucket: the count of keys in the buckets before
    // it (fewer than 65536 keys, as a test checks).
    let mut starts = [0u16; HEAD_BUCKETS + 1];
    for (b, start) in starts.iter_mut().enumerate() {
        let before = keys.iter().take_while(|k| k.0 < b).count();
        *start = u16::try_from(before).unwrap_or(u16::MAX);
    }
    let keys = keys.into_iter().map(|k| k.1).collect();
    HeadIndex {
        bloom,
        keys,
        starts,
    }
});

/// Whether the sentence holds a head word ([`head_words`]) as a whole
/// word: a run of ASCII letters, between bytes that are no ASCII letters
/// (or the ends), equal to a head word up to ASCII case. `lb` is the
/// sentence's copy (lower-cased or not) followed by at least [`PAD`]
/// spaces, `n` the sentence's length.
///
/// This is exactly what the pattern `(^|[^a-zA-Z])(?i-u:head|...)([^a-zA-Z]|$)`
/// answers (the test `head_word_test_is_the_pattern` compares them): a
/// non-ASCII character is a non-letter to the pattern, and each of its
/// bytes (all >= 0x80) is no ASCII letter here, so "Mayé" passes by
/// "May" in both; the padding spaces stand for the pattern's `$`.
///
/// Each run of letters is read as two eight-byte numbers at its start,
/// its length found from the letter bits without a branch, and its key
/// tested in the Bloom filter; the rare hit is confirmed exactly.
pub(crate) fn has_head_word(lb: &[u8], n: usize) -> bool {
    let index: &HeadIndex = &HEAD_INDEX;
    let mut i = next_letter(lb, 0, n);
    while i < n {
        let Some(chunk) = lb.get(i..).and_then(<[u8]>::first_chunk::<16>) else {
            // No padding (never so from `fill_padded`): the plain way.
            return cold_has_head_word(lb.get(i..n).unwrap_or_default());
        };
        let (lo, hi) = chunk.split_at(8);
        let lo = u64::from_le_bytes(lo.try_into().unwrap_or_default());
        let hi = u64::from_le_bytes(hi.try_into().unwrap_or_default());
        let letters_lo = letter_bits(lo);
        let letters_hi = letter_bits(hi);
        let other_lo = !letters_lo & HIGHS;
        let other_hi = !letters_hi & HIGHS;
        // Eight times the run's length, up to 128 (sixteen letters or
        // more), without a branch: `full` is all ones when the first
        // eight bytes are all letters.
        let full = 0u64.wrapping_sub(u64::from(other_lo == 0));
        let bits = u64::from(other_lo.trailing_zeros() & !7)
            + (full & u64::from(other_hi.trailing_zeros() & !7));
        let len = (bits / 8) as usize;
        if len >= 16 {
            // Longer than any head word: skip the run.
            i = next_letter(lb, ascii_letters_end(lb, i), n);
            continue;
        }
        let mask_lo = (1u64 << (bits & 63)).wrapping_sub(1) | full;
        let mask_hi = (1u64 << (bits & 63)).wrapping_sub(1) & full;
        let key_lo = (lo | (ONES * 0x20)) & mask_lo;
        let key_hi = (hi | (ONES * 0x20)) & mask_hi;
        let h = head_hash(key_lo, key_hi);
        let bit = index.bloom.get(h / 64).map_or(0, |w| (w >> (h % 64)) & 1);
        if bit != 0 && index.has(h, (key_lo, key_hi)) {
            return true;
        }
        // The next run's start from the letter bits already at hand: the
        // letters past the run in the sixteen bytes (the run's own are
        // masked out, and it ends before them), as an offset from `i`
        // without a branch (16 when there is none there).
        let rest_lo = letters_lo & !mask_lo;
        let rest_hi = letters_hi & !mask_hi;
        let none_lo = 0u64.wrapping_sub(u64::from(rest_lo == 0));
        let step = u64::from(rest_lo.trailing_zeros() / 8)
            + (none_lo & u64::from(rest_hi.trailing_zeros() / 8));
        i += step as usize;
        if step >= 16 {
            i = next_letter(lb, i, n);
        }
    }
    false
}

/// The first byte at or after `i` that is an ASCII letter, if there is
/// one before `n`; else some place at or after `n` (the end of the
/// sentence: [`has_head_word`] stops there, so the walk need not go on
/// through the padding byte by byte, a loop whose exit was guessed wrong
/// at most sentences).
#[inline(always)]
fn next_letter(lb: &[u8], mut i: usize, n: usize) -> usize {
    while i < n {
        let Some(&chunk) = lb.get(i..).and_then(<[u8]>::first_chunk::<8>) else {
            // Fewer than eight bytes left (a copy without padding).
            while i < lb.len() && !lb[i].is_ascii_alphabetic() {
                i += 1;
            }
            return i;
        };
        let letters = letter_bits(u64::from_le_bytes(chunk));
        if letters != 0 {
            return i + (letters.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
}

/// [`has_head_word`] on a sentence without padding, run by run.
#[cold]
#[inline(never)]
fn cold_has_head_word(b: &[u8]) -> bool {
    let index: &HeadIndex = &HEAD_INDEX;
    b.split(|c| !c.is_ascii_alphabetic())
        .filter_map(crate::bytes::letter_key)
        .any(|(lo, hi)| index.has(head_hash(lo, hi), (lo, hi)))
}

impl<'a> Scan<'a> {
    #[cfg(test)]
    pub(crate) fn new(text: &'a str, low: &'a str) -> Scan<'a> {
        Scan::with_tokens(text, low, Vec::new())
    }

    /// Tokenizes `text` into `toks` (a buffer kept between sentences).
    #[cfg(test)]
    pub(crate) fn with_tokens(text: &'a str, low: &'a str, toks: Vec<Tok>) -> Scan<'a> {
        Scan::with_buffers(text, low, (toks, Vec::new()))
    }

    /// Tokenizes `text` into the token buffer of `buffers`, and lists in
    /// its other buffer the tokens where an expression may start (buffers
    /// kept between sentences; [`Scan::into_buffers`] gives them back).
    pub(crate) fn with_buffers(
        text: &'a str,
        low: &'a str,
        (mut toks, mut starts): (Vec<Tok>, Vec<u32>),
    ) -> Scan<'a> {
        // `low` straight to the tokenizer, padded or not (the resolver's
        // copy is; a test's may not be), without a test of its length
        // at every sentence.
        tokenize_padded(text, low.as_bytes(), &mut toks);
        let n_starts = starts_into(&toks, &mut starts);
        Scan {
            headline: false,
            text,
            low,
            toks,
            starts,
            n_starts,
            depth: std::cell::Cell::new(0),
            failed: std::cell::Cell::new(0),
            cut: std::cell::Cell::new(false),
        }
    }

    /// Gives the buffers back.
    pub(crate) fn into_buffers(self) -> (Vec<Tok>, Vec<u32>) {
        (self.toks, self.starts)
    }

    /// Lower-case text of token `i`, or "" past the end.
    pub(crate) fn w(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.low.get(t.s..t.e))
            .unwrap_or("")
    }

    /// The class bits of token `i` (0 past the end).
    pub(crate) fn class(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(0, |t| t.c)
    }

    /// Whether token `i` has the class bit `bit` (a word of the table the
    /// bit stands for; never past the end).
    fn has(&self, i: usize, bit: u32) -> bool {
        self.class(i) & bit != 0
    }

    /// The tense-cue class of token `i` (0 for none, past the end, and
    /// for digits and punctuation).
    pub(crate) fn cue_class(&self, i: usize) -> u8 {
        ((self.class(i) >> CUE_SHIFT) & 7) as u8
    }

    /// `self.month_at(i)`, looked for only where the token's class
    /// says the word is in [`MONTHS`] (see [`table_bits`]).
    fn month_at(&self, i: usize) -> Option<(u8, bool)> {
        if self.has(i, C_MONTH) {
            month_of(self.w(i))
        } else {
            None
        }
    }

    /// `self.weekday_at(i)`, gated by [`C_WEEKDAY`].
    fn weekday_at(&self, i: usize) -> Option<(u8, bool)> {
        if self.has(i, C_WEEKDAY) {
            weekday_of(self.w(i))
        } else {
            None
        }
    }

    /// `self.unit_at(i)`, gated by [`C_UNIT_WORD`].
    fn unit_at(&self, i: usize) -> Option<Unit> {
        if self.has(i, C_UNIT_WORD) {
            unit_of(self.w(i))
        } else {
            None
        }
    }

    /// The value of the number word at `i` ([`NUMBER_WORDS`]), gated by
    /// [`C_NUMBER`].
    fn number_word_at(&self, i: usize) -> Option<u32> {
        if self.has(i, C_NUMBER) {
            lookup(NUMBER_WORDS, self.w(i))
        } else {
            None
        }
    }

    /// The value of the ordinal word at `i` ([`ORDINAL_WORDS`]), gated by
    /// [`C_ORDINAL`].
    fn ordinal_word_at(&self, i: usize) -> Option<u32> {
        if self.has(i, C_ORDINAL) {
            lookup(ORDINAL_WORDS, self.w(i))
        } else {
            None
        }
    }

    /// The season at `i` ([`SEASONS`]: its code and first month), gated
    /// by [`C_SEASON`].
    fn season_at(&self, i: usize) -> Option<(&'static str, u8)> {
        if !self.has(i, C_SEASON) {
            return None;
        }
        let w = self.w(i);
        SEASONS
            .iter()
            .find(|(k, ..)| *k == w)
            .map(|&(_, code, start)| (code, start))
    }

    fn k(&self, i: usize) -> Option<K> {
        self.toks.get(i).map(|t| t.k)
    }

    /// Lower-case bytes of token `i`, or none past the end: as
    /// [`Scan::w`] without the test that the token lies on char
    /// boundaries (a token always does), for comparisons.
    pub(crate) fn wb(&self, i: usize) -> &'a [u8] {
        self.toks
            .get(i)
            .and_then(|t| self.low.as_bytes().get(t.s..t.e))
            .unwrap_or(b"")
    }

    /// Whether token `i` is `s` (compared as bytes, see [`Scan::wb`]).
    pub(crate) fn is(&self, i: usize, s: &str) -> bool {
        self.wb(i) == s.as_bytes()
    }

    /// Whether token `i` is a dash: "-", or one of the two
    /// three-byte dashes, "–" (E2 80 93) and "—" (E2 80 94), tested by
    /// the token's length and bytes, without a loop over the list (the
    /// same answers as `Scan::is_dash_plain`, as a test checks).
    pub(crate) fn is_dash(&self, i: usize) -> bool {
        match self.wb(i) {
            [b'-'] => true,
            [0xE2, 0x80, last] => (*last == 0x93) | (*last == 0x94),
            _ => false,
        }
    }

    /// [`Scan::is_dash`] as the plain search of [`DASHES`].
    #[cfg(test)]
    pub(crate) fn is_dash_plain(&self, i: usize) -> bool {
        let w = self.wb(i);
        DASHES.iter().any(|d| d.as_bytes() == w)
    }

    /// Token `i` ends where token `i + 1` starts.
    fn adj(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.e == b.s,
            _ => false,
        }
    }

    /// The value of a digit token of at most `max` digits.
    fn num(&self, i: usize, max: usize) -> Option<u32> {
        let t = self.toks.get(i)?;
        if t.k != K::Num || t.e - t.s > max {
            return None;
        }
        // A digit token of up to nine digits fits a u32: fold its digits
        // rather than go through `str::parse`.
        if t.e - t.s > 9 {
            return self.w(i).parse().ok();
        }
        // Up to eight digits with eight bytes of the copy from the first
        // (the padded copy has them): one load and a few multiplies, no
        // loop whose exit the number's length decides.
        if let Some(&chunk) = self
            .low
            .as_bytes()
            .get(t.s..)
            .and_then(<[u8]>::first_chunk::<8>)
        {
            if t.e - t.s <= 8 {
                return Some(digits8(u64::from_le_bytes(chunk), t.e - t.s));
            }
        }
        let digits = self.low.as_bytes().get(t.s..t.e)?;
        Some(
            digits
                .iter()
                .fold(0, |n, &c| n * 10 + u32::from(c.wrapping_sub(b'0'))),
        )
    }

    fn ndigits(&self, i: usize) -> usize {
        self.toks
            .get(i)
            .filter(|t| t.k == K::Num)
            .map_or(0, |t| t.e - t.s)
    }

    /// First letter upper case in the original text.
    fn cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.s))
            .is_some_and(|c| c.is_ascii_uppercase())
    }

    /// A capitalised word that is not itself a date word: after a weekday
    /// or holiday it makes a name ("the Sunday Times").
    fn is_name_word(&self, i: usize) -> bool {
        !self.headline
            && self.k(i) == Some(K::Word)
            && self.cap(i)
            && self.month_at(i).is_none()
            && self.weekday_at(i).is_none()
            && !matches!(
                self.wb(i),
                b"morning" | b"afternoon" | b"evening" | b"night" | b"eve" | b"day"
            )
    }

    pub(crate) fn is_apos(&self, i: usize) -> bool {
        // "’" is E2 80 99.
        matches!(self.wb(i), b"'" | b"\xE2\x80\x99")
    }

    /// Digit token `i` is part of a larger number ("2,024", "3.2", "$2024").
    fn in_bigger_number(&self, i: usize) -> bool {
        let before = i > 0
            && self.adj(i - 1)
            && (is_number_glue(self.wb(i - 1))
                || self.k(i - 1) == Some(K::Num)
                || self.k(i - 1) == Some(K::Word));
        let after = self.adj(i)
            && matches!(self.wb(i + 1), b"," | b"." | b"%")
            && self.k(i + 2) == Some(K::Num)
            && self.adj(i + 1);
        let pct = self.adj(i) && self.is(i + 1, "%");
        before || after || pct
    }

    /// A day number (1..=31) with optional ordinal suffix at `i`; returns
    /// (day, next token).
    fn day_num(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(d) = self.num(i, 2) {
            if !(1..=31).contains(&d) {
                return None;
            }
            if self.adj(i) && matches!(self.wb(i + 1), b"st" | b"nd" | b"rd" | b"th") {
                return Some((d, i + 2));
            }
            return Some((d, i + 1));
        }
        let d = self.ordinal_word_at(i)?;
        if matches!(d, 20 | 30) && self.is_dash(i + 1) {
            // "twenty-first"
            let n = d;
            if let Some(u) = self.ordinal_word_at(i + 2).filter(|u| *u < 10) {
                return Some((n + u, i + 3));
            }
        }
        Some((d, i + 1))
    }

    /// A four-digit year at `i` (1000..=2199).
    fn year_at(&self, i: usize) -> Option<i32> {
        if self.ndigits(i) != 4 {
            return None;
        }
        let y = self.num(i, 4)? as i32;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// A number written in digits or words at `i`: (value, next token).
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(n) = self.num(i, 4) {
            if self.in_bigger_number(i) {
                return None;
            }
            return Some((n, i + 1));
        }
        let n = self.number_word_at(i)?;
        if (20..=90).contains(&n) && self.is_dash(i + 1) {
            if let Some(u) = self.number_word_at(i + 2).filter(|u| (1..10).contains(u)) {
                return Some((n + u, i + 3));
            }
        }
        Some((n, i + 1))
    }

    /// Skips an adjacent full stop after an abbreviation.
    fn skip_dot(&self, i: usize) -> usize {
        if self.adj(i - 1) && self.is(i, ".") {
            i + 1
        } else {
            i
        }
    }

    /// Scans the whole sentence.
    #[cfg(test)]
    pub(crate) fn run(&self) -> Vec<Found> {
        let mut out = Vec::new();
        self.run_into(&mut out);
        out
    }

    /// Scans the whole sentence into `out` (cleared first: a buffer kept
    /// from one sentence to the next).
    pub(crate) fn run_into(&self, out: &mut Vec<Found>) {
        out.clear();
        // The next token not yet in an expression.
        let mut from = 0;
        // Only the tokens where `may_start` holds (listed by
        // `starts_into`): the others, most of a sentence, start nothing.
        for &i in self.starts.get(..self.n_starts).unwrap_or(&[]) {
            let i = i as usize;
            if i < from {
                continue;
            }
            let Some(t) = self.toks.get(i) else {
                break;
            };
            if self.skip_at(i, t.c) {
                continue;
            }
            if let Some(f) = self.at(i) {
                from = f.b.max(i + 1);
                out.push(f);
            }
        }
    }

    /// The guards of [`Scan::run_into`] beyond [`may_start`]: a number glued to
    /// what makes it no date ([`Scan::glued_number`]), "from" or "between"
    /// with no date able to follow ([`Scan::interval_may_start`]).
    pub(crate) fn skip_at(&self, i: usize, c: u32) -> bool {
        (c & C_NUM != 0 && (self.glued_after_mark(i) || self.glued_number(i)))
            || (c & C_INTERVAL != 0 && !self.interval_may_start(i))
    }

    /// A number glued to a word or number before it ("G20", "Q3", a token
    /// run together), or to a ",", "." or "$" ("2,204,600", "22.4",
    /// "$3,500"): [`Scan::at`] finds nothing there.
    ///
    /// - [`Scan::time`] refuses a number glued to anything but a
    ///   punctuation mark, and glued to ",", ".", "$" or ":";
    /// - [`Scan::date_num`] refuses a number glued to anything but a
    ///   punctuation mark, and glued to a mark of [`is_number_glue`]
    ///   (",", "." and "$" among them), so [`Scan::date`] finds nothing;
    /// - in [`Scan::duration_or_set`] a number is no set word,
    ///   [`Scan::count`] stops at [`Scan::in_bigger_number`] (true for a
    ///   number glued to a word, a number or such a mark), and a number of
    ///   five digits or more is no number word;
    /// - "from" and "between" start intervals, not numbers.
    ///
    /// (Glued to ":", "4:17", the number may still count days: left to `at`.)
    fn glued_after_mark(&self, i: usize) -> bool {
        i > 0
            && self.adj(i - 1)
            && (self.k(i - 1) != Some(K::Punct) || matches!(self.wb(i - 1), b"," | b"." | b"$"))
    }

    /// A number glued to a "%" after it ("5%"), or to a comma and more
    /// digits ("2,400"): [`Scan::at`] finds nothing there. [`Scan::time`]
    /// needs ":", "." or a time word after the number; [`Scan::date_num_inner`]
    /// and [`Scan::count`] (in [`Scan::duration_or_set`]) stop at
    /// [`Scan::in_bigger_number`], true for both; a number of five digits
    /// or more is no count and no date.
    ///
    /// Also a decimal ("3.6", "12.5"): a number glued to a full stop and
    /// more digits, with nothing glued after those ([`Scan::decimal`]).
    fn glued_number(&self, i: usize) -> bool {
        let (Some(t), Some(u)) = (self.toks.get(i), self.toks.get(i + 1)) else {
            return false;
        };
        if u.s != t.e || u.e != u.s + 1 {
            return false;
        }
        match self.low.as_bytes().get(u.s) {
            Some(b'%') => true,
            Some(b',') => self
                .toks
                .get(i + 2)
                .is_some_and(|v| v.k == K::Num && v.s == u.e),
            Some(b'.') => self.decimal(i),
            _ => false,
        }
    }

    /// Number `i`, a full stop and number `i + 2` glued together, without
    /// a second full stop and a number glued after them ("10.31.1974"),
    /// and not a British time ("7.30 pm": two digits after the stop and
    /// "am" or "pm" next), where [`Scan::at`] finds nothing ("3.6",
    /// "12.5%", "3.5.", "1.5x"):
    ///
    /// - [`Scan::time`] reads a number before a full stop only as such a
    ///   time ("7.30pm"); else it needs a colon, "am"/"pm" or a time word
    ///   right after the number, and finds a full stop;
    /// - [`Scan::numeric`] needs a third number glued on ("10.31.1974")
    ///   to read a date with full stops; then [`Scan::date_num_inner`]
    ///   stops at [`Scan::in_bigger_number`], true for a number glued to
    ///   "." and digits, as [`Scan::count`] does in
    ///   [`Scan::duration_or_set`] (and the set words are no numbers).
    fn decimal(&self, i: usize) -> bool {
        let (Some(t), Some(u), Some(v)) =
            (self.toks.get(i), self.toks.get(i + 1), self.toks.get(i + 2))
        else {
            return false;
        };
        let third = self.adj(i + 2)
            && self.is(i + 3, ".")
            && self.adj(i + 3)
            && self.k(i + 4) == Some(K::Num);
        let time = t.e - t.s <= 2 && v.e - v.s == 2 && self.ampm(i + 3).0.is_some();
        t.k == K::Num && v.k == K::Num && v.s == u.e && !third && !time
    }

    /// Whether "from" or "between" at `i` may start an interval: its first
    /// date at `i + 1` can only be found where [`Scan::at`] may find
    /// something (see [`may_start`]); `at` on "from" or "between" looks
    /// for an interval instead of a date, so those are let through.
    fn interval_may_start(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i + 1) else {
            return false;
        };
        matches!(self.wb(i + 1), b"from" | b"between")
            || may_start(t.c, self.class(i + 2), t.e - t.s)
    }

    pub(crate) fn at(&self, i: usize) -> Option<Found> {
        // Explicit intervals: "between March and May 2023", "from 2019 to
        // 2021". The class bit [`C_INTERVAL`] is on exactly these two
        // words (the class lookup is exact; digits and marks have other
        // bits): one bit test for two string compares.
        if self.has(i, C_INTERVAL) {
            if let Some(f) = self.interval(i) {
                return Some(f);
            }
            return None;
        }
        if let Some(f) = self.time(i) {
            return Some(f);
        }
        if let Some((b, sem)) = self.date(i) {
            // Ranges written with a dash or "to": "2019-2021", "July 13-15".
            if let Some(f) = self.range_tail(i, b, &sem) {
                return Some(f);
            }
            return Some(Found { a: i, b, sem });
        }
        self.duration_or_set(i)
    }

    fn interval(&self, i: usize) -> Option<Found> {
        let (b1, s1) = self.date(i + 1)?;
        let sep = self.w(b1);
        let ok = if self.is(i, "between") {
            sep == "and"
        } else {
            matches!(sep, "to" | "until" | "through" | "till" | "thru") || self.is_dash(b1)
        };
        if !ok {
            return None;
        }
        let (b2, s2) = self.date(b1 + 1)?;
        // "between 1600 and 1700 polling stations": counts, not years.
        if matches!(s2, Sem::Year(_))
            && self.k(b2) == Some(K::Word)
            && !self.cap(b2)
            && !self.has(b2, C_AFTER_YEAR)
            && !self.has(b2, C_YEAR_NOUN)
        {
            return None;
        }
        let (s1, s2) = share_year(s1, s2)?;
        Some(Found {
            a: i,
            b: b2,
            sem: Sem::Interval(Box::new(s1), Box::new(s2)),
        })
    }

    fn range_tail(&self, a: usize, b: usize, sem: &Sem) -> Option<Found> {
        let dash = self.is_dash(b);
        let word = matches!(self.wb(b), b"to" | b"through" | b"thru");
        if !dash && !word {
            return None;
        }
        match *sem {
            Sem::Year(y1) if dash => {
                let y2 = self.year_at(b + 1).or_else(|| {
                    // "2019-21"
                    let n = self.num(b + 1, 2)? as i32;
                    (self.ndigits(b + 1) == 2 && self.adj(b)).then_some(y1 / 100 * 100 + n)
                })?;
                (y2 > y1).then(|| Found {
                    a,
                    b: b + 2,
                    sem: Sem::Interval(Box::new(Sem::Year(y1)), Box::new(Sem::Year(y2))),
                })
            }
            Sem::Ymd { y, m, d } => {
                // "July 13-15", "July 13 to 15", "Aug 8 - Aug 12".
                if let Some((b2, s2)) = self.date(b + 1) {
                    let (s1, s2) = share_year(sem.clone(), s2)?;
                    return Some(Found {
                        a,
                        b: b2,
                        sem: Sem::Interval(Box::new(s1), Box::new(s2)),
                    });
                }
                let (d2, b2) = self.day_num(b + 1)?;
                if self.k(b + 1) != Some(K::Num) || d2 <= u32::from(d) || !valid_day(m, d2) {
                    return None;
                }
                let (y, b2) = match self.year_after(b2) {
                    Some((yy, e)) if y.is_none() => (Some(yy), e),
                    _ => (y, b2),
                };
                Some(Found {
                    a,
                    b: b2,
                    sem: Sem::Interval(
                        Box::new(Sem::Ymd { y, m, d }),
                        Box::new(Sem::Ymd { y, m, d: d2 as u8 }),
                    ),
                })
            }
            Sem::Ym { .. } => {
                let (b2, s2) = self.date(b + 1)?;
                if !matches!(s2, Sem::Ym { .. }) {
                    return None;
                }
                let (s1, s2) = share_year(sem.clone(), s2)?;
                Some(Found {
                    a,
                    b: b2,
                    sem: Sem::Interval(Box::new(s1), Box::new(s2)),
                })
            }
            _ => None,
        }
    }

    /// ", 2025" or " 2025" after a month-day: (year, next token).
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        if self.is(i, ",") {
            if let Some(y) = self.year_at(i + 1) {
                if !self.in_bigger_number(i + 1) {
                    return Some((y, i + 2));
                }
            }
            return None;
        }
        if self.is(i, "of") {
            return self.year_at(i + 1).map(|y| (y, i + 2));
        }
        let y = self.year_at(i)?;
        if self.adj(i) && matches!(self.wb(i + 1), b"," | b".") && self.k(i + 2) == Some(K::Num) {
            return None;
        }
        Some((y, i + 1))
    }

    /// Whether the word before `i` makes a month name, a season or a bare
    /// year read as a date.
    fn date_context_before(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let p = self.w(i - 1);
        // "mid-March", "late-May".
        if self.is_dash(i - 1) && i >= 2 && matches!(self.wb(i - 2), b"mid" | b"early" | b"late") {
            return true;
        }
        self.has(i - 1, C_YEAR_PREP)
            || matches!(
                p,
                "the" | "on" | "last" | "next" | "this" | "that" | "at" | "against" | "over"
            )
    }

    /// The core grammar of dates. Returns (end token, meaning).
    ///
    /// The answer depends on the tokens and on the depth only through the
    /// depth limit: one found without any call below refused for depth is
    /// the answer at every depth, and a failure of that kind is kept in
    /// `failed` (test `date_failures_kept_are_failures_anywhere`).
    fn date(&self, i: usize) -> Option<(usize, Sem)> {
        let bit = u32::try_from(i)
            .ok()
            .and_then(|k| 1u64.checked_shl(k))
            .unwrap_or(0);
        if self.failed.get() & bit != 0 {
            return None;
        }
        let d = self.depth.get();
        if d >= MAX_DEPTH {
            self.cut.set(true);
            return None;
        }
        let outer_cut = self.cut.replace(false);
        self.depth.set(d + 1);
        let r = self.date_at(i);
        self.depth.set(d);
        let cut = self.cut.get();
        // A failure not cut short is remembered, without a branch on the
        // outcome (which the text decides).
        let remember = 0u64.wrapping_sub(u64::from(r.is_none() & !cut));
        self.failed.set(self.failed.get() | (bit & remember));
        self.cut.set(outer_cut | cut);
        r
    }

    fn date_at(&self, i: usize) -> Option<(usize, Sem)> {
        match self.k(i)? {
            K::Num => self.date_num(i),
            K::Punct => None,
            K::Word => {
                // "Mid-Autumn Festival" before "mid-autumn".
                if self.is(i, "mid") {
                    if let Some(r) = self.holiday(i, None) {
                        return Some(r);
                    }
                }
                if let Some(r) = self.modified(i) {
                    return Some(r);
                }
                if let Some((m, ab)) = self.month_at(i) {
                    if let Some(r) = self.month_date(i, m, ab) {
                        return Some(r);
                    }
                }
                if let Some((wd, ab)) = self.weekday_at(i) {
                    if let Some(r) = self.weekday_date(i, wd, ab) {
                        return Some(r);
                    }
                }
                if let Some(r) = self.holiday(i, None) {
                    return Some(r);
                }
                self.word_date(i)
            }
        }
    }

    /// "early 2024", "mid-2024", "the end of 2024", "late last year".
    fn modified(&self, i: usize) -> Option<(usize, Sem)> {
        let mut j = i;
        if self.is(i, "the") {
            j += 1;
        }
        let next = match self.wb(j) {
            b"early" | b"late" | b"mid" => {
                if j != i {
                    return None;
                }
                if self.is_dash(j + 1) && self.adj(j) {
                    j + 2
                } else {
                    j + 1
                }
            }
            b"end" | b"start" | b"beginning" | b"middle" | b"turn" if self.is(j + 1, "of") => j + 2,
            // "end-2025", "start-2024" (financial style).
            b"end" | b"start"
                if j == i
                    && self.is_dash(j + 1)
                    && self.adj(j)
                    && self.adj(j + 1)
                    && self.year_at(j + 2).is_some() =>
            {
                j + 2
            }
            _ => return None,
        };
        if let Some(y) = self.year_at(next) {
            return Some((next + 1, Sem::Year(y)));
        }
        // "the end of the year", "the start of the month", "end of month".
        let k = if self.is(next, "the") { next + 1 } else { next };
        if let Some(u) = self
            .unit_at(k)
            .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter))
        {
            if !self.w(k).ends_with('s') {
                return Some((k + 1, Sem::RelUnit { unit: u, n: 0 }));
            }
        }
        let (b, sem) = self.date(next)?;
        match sem {
            Sem::Year(_)
            | Sem::Ym { .. }
            | Sem::RelUnit { .. }
            | Sem::Decade(_)
            | Sem::Century(_)
            | Sem::Quarter { .. }
            | Sem::Half { .. }
            | Sem::Season { .. }
            | Sem::Weekday { .. }
            | Sem::Weekend { .. } => Some((b, sem)),
            _ => None,
        }
    }

    fn month_date(&self, i: usize, m: u8, abbr: bool) -> Option<(usize, Sem)> {
        let mut j = i + 1;
        if abbr {
            j = self.skip_dot(j);
        }
        // Month followed by a day: "March 3", "Dec. 25", "March 3rd, 2025",
        // "march first", "February the 15th".
        let day = if self.year_at(j).is_some() {
            None
        } else if self.is(j, "the") {
            self.day_num(j + 1)
        } else {
            self.day_num(j)
        };
        let word = self.w(i);
        let capital = self.cap(i);
        if let Some((d, e)) = day {
            // "March 3.5", "Dec 25,000": the day is part of a bigger number.
            let glued_after = self.adj(j)
                && matches!(self.wb(j + 1), b"," | b"." | b"%")
                && self.k(j + 2) == Some(K::Num)
                && self.adj(j + 1);
            if !valid_day(m, d) || (self.k(j) == Some(K::Num) && glued_after) {
                return None;
            }
            // "may" and "march" are also common words: the month needs a
            // capital (or a full stop) when it is "May".
            if word == "may" && !capital {
                return None;
            }
            // A spelled ordinal after a month must really be a day.
            if self.k(j) == Some(K::Word) && !self.is(j, "the") && word == "may" {
                return None;
            }
            let (y, e) = match self.year_after(e) {
                Some((y, e2)) => (Some(y), e2),
                None => (None, e),
            };
            // "Jul 18, Fri": a weekday after the date.
            if y.is_none() && self.is(e, ",") {
                if let Some((wd, _)) = self.weekday_at(e + 1) {
                    let e2 = if self.is(e + 2, ".") { e + 3 } else { e + 2 };
                    return Some((e2, Sem::WdDate { wd, m, d: d as u8 }));
                }
            }
            return Some((e, Sem::Ymd { y, m, d: d as u8 }));
        }
        // Month and year: "July 2024", "March of 2024".
        if let Some((y, e)) = self.year_after(j).filter(|_| !self.is(j, ",")) {
            if word == "may" && !capital {
                return None;
            }
            return Some((e, Sem::Ym { y: Some(y), m }));
        }
        // A bare month.
        if abbr && !(self.is(i + 1, ".") && self.adj(i) && capital && self.date_context_before(i)) {
            return None;
        }
        let ambiguous = matches!(word, "may" | "march");
        // "March after next" (not "march after next week's vote").
        if self.is(j, "after")
            && self.is(j + 1, "next")
            && self.k(j + 2) != Some(K::Word)
            && (!ambiguous || capital)
        {
            return Some((j + 2, Sem::RelMonth { m, n: 2 }));
        }
        if ambiguous {
            if word == "may" && !capital {
                return None;
            }
            // "January-March": the end of a range of months.
            let range_end =
                capital && i >= 2 && self.is_dash(i - 1) && self.month_at(i - 2).is_some();
            if !self.date_context_before(i) && !range_end {
                return None;
            }
            // "the march": a noun; "the March quarter" / "the May vote" are fine.
            if i > 0 && self.is(i - 1, "the") && !capital {
                return None;
            }
        }
        // "the March quarter": the quarter ending in that month.
        if self.is(j, "quarter") && i > 0 && self.is(i - 1, "the") && m % 3 == 0 {
            return Some((
                j + 1,
                Sem::Quarter {
                    y: None,
                    q: m / 3,
                    rel: None,
                },
            ));
        }
        // "October last year", "March next year".
        if self.is(j + 1, "year") {
            let r = match self.w(j) {
                "last" => Some(-1),
                "this" => Some(0),
                "next" => Some(1),
                _ => None,
            };
            if let Some(r) = r {
                return Some((j + 2, Sem::MonthOfYear { m, rel: r }));
            }
        }
        Some((j, Sem::Ym { y: None, m }))
    }

    fn weekday_date(&self, i: usize, wd: u8, abbr: bool) -> Option<(usize, Sem)> {
        let mut j = i + 1;
        // "Tue", "Thurs", "Fri" are no English words and stand alone; "Mon."
        // needs its full stop; "Wed", "Sat" and "Sun" are words ("Sun" is
        // also a newspaper) and need a capital and a full stop, or a date.
        let dotted = abbr && self.is(j, ".") && self.adj(i);
        // In capitals ("FRI") it is more likely an acronym.
        let caps = self.toks[i].e - self.toks[i].s > 1
            && self
                .text
                .as_bytes()
                .get(self.toks[i].s + 1)
                .is_some_and(|c| c.is_ascii_uppercase());
        // "Nguyen Thi Thu", "Thu Trang", "Ms. Thu": "Thu" and "Tue" are
        // also given names.
        let title = |k: usize| matches!(self.wb(k), b"mr" | b"ms" | b"mrs" | b"dr" | b"miss");
        let in_name = !self.headline
            && ((i > 1 && self.is_name_word(i - 1))
                || self.is_name_word(j)
                || (i > 1 && self.is(i - 1, ".") && title(i - 2))
                || (i > 0 && title(i - 1)));
        let standalone = abbr
            && !in_name
            && (!caps || self.headline)
            && (matches!(
                self.wb(i),
                b"tue" | b"tues" | b"thu" | b"thur" | b"thurs" | b"fri"
            ) || (dotted && self.is(i, "mon")));
        if abbr {
            if dotted {
                j += 1;
            }
            let before_date = self.is(j, ",")
                || self.k(j) == Some(K::Word)
                || (self.k(j) == Some(K::Num) && self.ordinal(j));
            if !(standalone || before_date || dotted && self.cap(i)) {
                return None;
            }
            if i > 0 && self.is(i - 1, "the") {
                return None;
            }
        }
        // A name: "the Sunday Times", "last week's Sunday Times", "Good
        // Friday Agreement".
        if i > 0
            && self.is_name_word(i + 1)
            && (self.is(i - 1, "the")
                || (i > 1 && self.is(i - 1, "s") && self.is_apos(i - 2))
                || (self.cap(i - 1)
                    && self.k(i - 1) == Some(K::Word)
                    && !matches!(
                        self.wb(i - 1),
                        b"on"
                            | b"since"
                            | b"by"
                            | b"until"
                            | b"from"
                            | b"before"
                            | b"after"
                            | b"last"
                            | b"next"
                            | b"this"
                            | b"in"
                            | b"of"
                            | b"and"
                            | b"or"
                            | b"to"
                            | b"through"
                    )))
        {
            return None;
        }
        // "Monday, Feb 18", "Sunday, March 3, 2024": the date decides.
        let k = if self.is(j, ",") { j + 1 } else { j };
        if let Some((m, _)) = self.month_at(k) {
            match self.month_date(k, m, true) {
                Some((e, Sem::Ymd { y: None, m, d })) => {
                    return Some((e, Sem::WdDate { wd, m, d }));
                }
                Some((e, sem @ Sem::Ymd { .. })) => return Some((e, sem)),
                _ => {}
            }
        }
        // "Tuesday the 19th", "Thu 15th".
        let k = if self.is(j, "the") { j + 1 } else { j };
        if self.k(k) == Some(K::Num) && self.ordinal(k) {
            if let Some((d, e)) = self.day_num(k) {
                return Some((e, Sem::WdDom { wd, d: d as u8 }));
            }
        }
        if abbr && !standalone && !(self.is(i + 1, ".") && self.cap(i)) {
            return None;
        }
        // "Friday after next".
        if self.is(i + 1, "after") && self.is(i + 2, "next") {
            return Some((i + 3, Sem::Weekday { wd, shift: 1 }));
        }
        // "Monday of this week", "Wednesday next week".
        let mut shift = 0;
        let mut e = i + 1;
        let (of, k) = if self.is(i + 1, "of") || self.is(i + 1, "from") {
            (true, i + 2)
        } else {
            (false, i + 1)
        };
        if self.is(k + 1, "week") {
            match self.w(k) {
                "this" if of => {
                    shift = 3;
                    e = k + 2;
                }
                "next" => {
                    shift = 1;
                    e = k + 2;
                }
                // "Sunday of last week", "Wednesday last week": a day of
                // the previous week.
                "last" => {
                    shift = -2;
                    e = k + 2;
                }
                _ => {}
            }
        }
        Some((e, Sem::Weekday { wd, shift }))
    }

    /// "Monday of March", "Monday in the month", "Friday of last month"
    /// after an ordinal at `j` (the weekday token): the nth weekday.
    fn nth_weekday_of(&self, n: i8, j: usize) -> Option<(usize, Sem)> {
        let (wd, ab) = self.weekday_at(j)?;
        if ab || !matches!(self.wb(j + 1), b"of" | b"in") {
            return None;
        }
        let (e, month) = self.month_expr(j + 2)?;
        Some((
            e,
            Sem::NthWd {
                n,
                wd,
                month: Box::new(month),
            },
        ))
    }

    /// "Tuesday after Christmas 2014", "Monday before Easter" at `j` (the
    /// weekday token), after an ordinal `n`: the `n`th such weekday after
    /// (or before) that day.
    fn nth_weekday_from(&self, n: u32, j: usize) -> Option<(usize, Sem)> {
        let (wd, ab) = self.weekday_at(j)?;
        let dir = self.w(j + 1);
        if ab || !matches!(dir, "after" | "before") || !(1..=9).contains(&n) {
            return None;
        }
        // "after the first Monday in November".
        let k = if self.is(j + 2, "the") && self.k(j + 3) == Some(K::Word) {
            j + 3
        } else {
            j + 2
        };
        let (e, base) = self.date(k)?;
        if !is_day(&base) {
            return None;
        }
        let n = i64::from(n);
        Some((
            e,
            Sem::WeekdayCount {
                wd,
                n: if dir == "before" { -n } else { n },
                base: Some(Box::new(base)),
            },
        ))
    }

    /// "week of October 2014", "day in the month", "weekend of July" at `j`
    /// (the unit token), after an ordinal `n` (negative: counted from the
    /// end, "last" = -1, "second last" = -2).
    fn unit_of_period(&self, n: i8, j: usize) -> Option<(usize, Sem)> {
        // A weekend is counted by its Saturday.
        let (unit, weekend) = match self.w(j) {
            "day" => (Unit::Day, false),
            "week" => (Unit::Week, false),
            "weekend" => (Unit::Day, true),
            _ => return None,
        };
        if !matches!(self.wb(j + 1), b"of" | b"in") {
            return None;
        }
        let k = j + 2;
        let (e, within) = match self.year_at(k) {
            Some(y) if !self.in_bigger_number(k) => (k + 1, Sem::Year(y)),
            _ => self.month_expr(k)?,
        };
        let within = Box::new(within);
        Some((
            e,
            if weekend {
                Sem::WeekendOf { n, within }
            } else {
                Sem::UnitOf { unit, n, within }
            },
        ))
    }

    /// An ordinal day or week of a period at `i` ("first week of", "third
    /// day of", "second last week of", "5th last day of"): the ordinal at
    /// `i`, its value, and the token after it.
    fn ordinal_unit_of(&self, i: usize) -> Option<(usize, Sem)> {
        // A number is no ordinal word: its digits are read without a
        // look at the table (a word is no number: `num` has none).
        let word = (self.k(i) != Some(K::Num))
            .then(|| self.ordinal_word_at(i))
            .flatten();
        let (n, j) = match word {
            Some(n) => (n, i + 1),
            None => {
                let n = self.num(i, 2)?;
                if !self.ordinal(i) {
                    return None;
                }
                (n, i + 2)
            }
        };
        if !(1..=31).contains(&n) {
            return None;
        }
        let n = n as i8;
        if self.is(j, "last") {
            return self.unit_of_period(-n, j + 1);
        }
        self.unit_of_period(n, j)
    }

    /// A month named or counted from now: "March", "March 2014", "this
    /// month", "the next month", "the month".
    fn month_expr(&self, k: usize) -> Option<(usize, Sem)> {
        let k = if self.is(k, "the") { k + 1 } else { k };
        if let Some((m, ab)) = self.month_at(k) {
            let k2 = if ab { self.skip_dot(k + 1) } else { k + 1 };
            if let Some(y) = self.year_at(k2) {
                return Some((k2 + 1, Sem::Ym { y: Some(y), m }));
            }
            return Some((k2, Sem::Ym { y: None, m }));
        }
        let (n, k) = match self.w(k) {
            "this" | "current" => (0, k + 1),
            "next" | "following" => (1, k + 1),
            "last" | "previous" => (-1, k + 1),
            "month" => (0, k),
            _ => return None,
        };
        if !self.is(k, "month") {
            return None;
        }
        Some((
            k + 1,
            Sem::RelUnit {
                unit: Unit::Month,
                n,
            },
        ))
    }

    /// Holidays, optionally with a year after them.
    fn holiday(&self, i: usize, rel: Option<i64>) -> Option<(usize, Sem)> {
        // The class bit says whether the word starts a holiday's name,
        // without hashing it.
        if self.class(i) & C_HOLIDAY == 0 {
            return None;
        }
        let first = self.w(i);
        let cands = HOLIDAY_INDEX.get(first)?;
        for &(words, rule) in cands.iter().filter_map(|&k| HOLIDAYS.get(k)) {
            let mut j = i + 1;
            let mut ok = true;
            for want in &words[1..] {
                // A hyphen inside a name ("Eid al-Adha", "Ratha-Yatra").
                if self.is(j, "-") && self.adj(j - 1) && self.adj(j) {
                    j += 1;
                }
                // Skip apostrophes and a possessive "s" ("New Year's Day").
                if self.is_apos(j) {
                    j += 1;
                    if self.is(j, "s") {
                        j += 1;
                    }
                }
                if self.is(j, ".") && self.adj(j - 1) {
                    j += 1;
                }
                if self.is(j, want) {
                    j += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            if !ok {
                continue;
            }
            // Proper names: need a capital unless written all lower case.
            if words.len() > 1 && words[0] == "may" && !self.cap(i) {
                continue;
            }
            // A name: "Good Friday Agreement", "Christmas Island"; for
            // lunar names also at the start ("Rakhi Sawant arrived").
            if (i > 0 || rule.is_lunar()) && self.is_name_word(j) {
                continue;
            }
            let mut y = self.year_at(j).filter(|_| !self.in_bigger_number(j));
            let mut e = if y.is_some() { j + 1 } else { j };
            // "Diwali in 2019": the holiday of that year.
            if y.is_none() && self.is(j, "in") {
                y = self
                    .year_at(j + 1)
                    .filter(|_| !self.in_bigger_number(j + 1));
                if y.is_some() {
                    e = j + 2;
                }
            }
            // Names made of ordinary words ("night of power", "sacrifice
            // feast") need a capital on their last word (the first may
            // start the sentence) or a year after them.
            if y.is_none() && !self.cap(j - 1) && GENERIC_HOLIDAYS.contains(&words) {
                continue;
            }
            // "Rakhi" is also a given name: the festival needs a year or
            // a word before it that makes it one ("on Rakhi", "this Rakhi").
            if words == ["rakhi"]
                && y.is_none()
                && (i == 0 || !HOLIDAY_ADJECTIVES.contains(&self.w(i - 1)))
            {
                continue;
            }
            // A one-word lunar holiday after a capitalised word is a
            // surname ("Tariq Ramadan"), unless the word says whose
            // holiday it is ("Muslim Ramadan", "Happy Diwali").
            if words.len() == 1
                && rule.is_lunar()
                && !self.headline
                && i >= 1
                && self.k(i - 1) == Some(K::Word)
                && self.cap(i - 1)
                && !HOLIDAY_ADJECTIVES.contains(&self.w(i - 1))
            {
                continue;
            }
            // "Vijayadashami in five years": the holiday of that year.
            if y.is_none() && self.is(j, "in") {
                if let Some((n, k)) = self.count(j + 1) {
                    if matches!(self.wb(k), b"year" | b"years") && (1..=100).contains(&n) {
                        return Some((
                            k + 1,
                            Sem::HolidayOfYear {
                                rule,
                                rel: i64::from(n),
                            },
                        ));
                    }
                }
            }
            // "Thanksgiving of next year".
            if y.is_none() && self.is(j, "of") && self.is(j + 2, "year") {
                let r = match self.w(j + 1) {
                    "this" => Some(0),
                    "next" => Some(1),
                    "last" => Some(-1),
                    _ => None,
                };
                if let Some(r) = r {
                    return Some((j + 3, Sem::HolidayOfYear { rule, rel: r }));
                }
            }
            return Some((e, Sem::Holiday { rule, y, rel }));
        }
        None
    }

    /// Dates that start with a digit token.
    fn date_num(&self, i: usize) -> Option<(usize, Sem)> {
        // Glued to what comes before: "2,024", "$2024", "3.2", "G20", "COVID-19".
        if i > 0
            && self.adj(i - 1)
            && (is_number_glue(self.wb(i - 1))
                || matches!(self.wb(i - 1), b"/" | b":")
                || self.k(i - 1) != Some(K::Punct)
                || (self.is_dash(i - 1)
                    && i > 1
                    && self.adj(i - 2)
                    && self.k(i - 2) != Some(K::Punct)))
        {
            return None;
        }
        self.date_num_inner(i)
    }

    fn date_num_inner(&self, i: usize) -> Option<(usize, Sem)> {
        let nd = self.ndigits(i);
        let n = self.num(i, 4)?;
        let sep = self.w(i + 1);
        // ISO and slashed numeric dates.
        if self.adj(i) && matches!(sep, "-" | "/" | ".") && self.adj(i + 1) {
            if let Some(r) = self.numeric(i, nd, n, sep) {
                return Some(r);
            }
        }
        if self.in_bigger_number(i) {
            return None;
        }
        // "3rd quarter", "4th qtr 2018".
        if let Some(r) = self.ordinal_period(i) {
            return Some(r);
        }
        // "3rd week of October", "5th last day of May".
        if let Some(r) = self.ordinal_unit_of(i) {
            return Some(r);
        }
        // "3rd Tuesday after Christmas".
        if nd <= 2 && self.ordinal(i) {
            if let Some(r) = self.nth_weekday_from(n, i + 2) {
                return Some(r);
            }
        }
        // "3rd Tuesday of September", "20th of next month".
        if nd <= 2 && self.ordinal(i) {
            if let Some(r) = self.nth_weekday_of(n.min(5) as i8, i + 2) {
                return Some(r);
            }
        }
        if nd <= 2 && (1..=31).contains(&n) {
            let j = if self.ordinal(i) { i + 2 } else { i + 1 };
            let j = if self.is(j, "day") { j + 1 } else { j };
            if self.is(j, "of") {
                if let Some((e, month @ Sem::RelUnit { .. })) = self.month_expr(j + 1) {
                    return Some((
                        e,
                        Sem::DayOf {
                            d: n as u8,
                            month: Box::new(month),
                        },
                    ));
                }
            }
        }
        // "1990s", "the 1990s".
        if nd == 4 && n % 10 == 0 && self.adj(i) && self.is(i + 1, "s") {
            let y = n as i32;
            // "the 1800s" is a century, "the 1990s" a decade.
            if (1000..=2100).contains(&y) && y % 100 == 0 {
                return Some((i + 2, Sem::Century(y / 100)));
            }
            if (1000..=2190).contains(&y) {
                return Some((i + 2, Sem::Decade(y / 10)));
            }
        }
        // "the ’90s", "the '80s".
        if nd == 2
            && n % 10 == 0
            && i > 0
            && self.adj(i - 1)
            && self.is_apos(i - 1)
            && self.adj(i)
            && self.is(i + 1, "s")
        {
            let century = if n >= 30 { 190 } else { 200 };
            return Some((i + 2, Sem::Decade(century + n as i32 / 10)));
        }
        // "2018Q4", "18q4".
        if self.adj(i) && self.is(i + 1, "q") && self.adj(i + 1) {
            if let Some(q) = self.num(i + 2, 1).filter(|q| (1..=4).contains(q)) {
                let y = if nd == 4 {
                    n as i32
                } else if nd == 2 {
                    2000 + n as i32
                } else {
                    return None;
                };
                return Some((
                    i + 3,
                    Sem::Quarter {
                        y: Some(y),
                        q: q as u8,
                        rel: None,
                    },
                ));
            }
        }
        // "19th century", "21st-century".
        if nd <= 2 && self.adj(i) && matches!(self.wb(i + 1), b"st" | b"nd" | b"rd" | b"th") {
            let j = if self.is_dash(i + 2) { i + 3 } else { i + 2 };
            if self.is(j, "century") && (1..=30).contains(&n) {
                return Some((j + 1, Sem::Century(n as i32 - 1)));
            }
        }
        // "3 March 2025", "31st Oct 1974", "15 of february", "14april 2015".
        if nd <= 2 {
            if let Some((d, mut j)) = self.day_num(i) {
                if self.is(j, "of") {
                    j += 1;
                }
                if let Some((m, ab)) = self.month_at(j) {
                    if valid_day(m, d) && (!self.is(j, "may") || self.cap(j)) {
                        let mut e = j + 1;
                        if ab {
                            e = self.skip_dot(e);
                        }
                        let (y, e) = match self.year_after(e) {
                            Some((y, e)) => (Some(y), e),
                            None => match self.num(e, 2) {
                                Some(yy) if self.ndigits(e) == 2 && self.ordinal(i) => {
                                    (Some(2000 + yy as i32), e + 1)
                                }
                                _ => (None, e),
                            },
                        };
                        return Some((e, Sem::Ymd { y, m, d: d as u8 }));
                    }
                }
            }
        }
        // "14 A.D.", "in 44 BC", "1066 AD": a year of any length with its
        // era, dotted or after a year's context word ("stage 3 AD" is not).
        if n >= 1 && (nd == 4 || self.date_context_before(i) || self.is(i + 2, ".")) {
            if let Some((e, bc)) = self.era(i + 1) {
                let y = n as i32;
                return Some((e, Sem::Year(if bc { -y } else { y })));
            }
        }
        // A bare year, only where the words around it make it one.
        if nd == 4 {
            let y = n as i32;
            if !(1000..=2199).contains(&y) {
                return None;
            }
            let prev = if i > 0 { self.w(i - 1) } else { "" };
            let next = self.w(i + 1);
            let context_before = self.date_context_before(i);
            let after_prep = context_before && prev != "the" && prev != "at";
            // "Flight 1990", "Article 2024": a capitalised word that is not
            // itself a year's context word names a thing.
            let bad_prev =
                i > 0 && self.cap(i - 1) && self.k(i - 1) == Some(K::Word) && !context_before;
            let noun_after = self.has(i + 1, C_YEAR_NOUN)
                || (self.is_apos(i + 1) && self.is(i + 2, "s"))
                || (next == "-"
                    && matches!(self.wb(i + 2), b"era" | b"style" | b"level" | b"levels"));
            let ad = matches!(next, "ad" | "bc" | "bce" | "ce");
            if next == "bc"
                || next == "bce"
                || (next == "b" && self.is(i + 2, ".") && self.is(i + 3, "c"))
            {
                let e = if next == "b" { i + 4 } else { i + 2 };
                let e = if self.is(e, ".") && self.adj(e - 1) {
                    e + 1
                } else {
                    e
                };
                return Some((e, Sem::Year(-y)));
            }
            // "and 1700 polling stations", "to 2000 people": a count after a
            // weak context word.
            let weak = matches!(
                prev,
                "and"
                    | "or"
                    | "between"
                    | "to"
                    | "from"
                    | "than"
                    | "as"
                    | "for"
                    | "around"
                    | "circa"
                    | "of"
            );
            let count_after = self.k(i + 1) == Some(K::Word)
                && !self.cap(i + 1)
                && !self.has(i + 1, C_AFTER_YEAR)
                && !noun_after;
            if weak && count_after {
                return None;
            }
            // The first of "between 1600 and 1700 polling stations".
            if prev == "between"
                && next == "and"
                && self.k(i + 2) == Some(K::Num)
                && self.k(i + 3) == Some(K::Word)
                && !self.cap(i + 3)
                && !self.has(i + 3, C_AFTER_YEAR)
                && !self.has(i + 3, C_YEAR_NOUN)
            {
                return None;
            }
            if (after_prep || noun_after || ad) && !bad_prev {
                return Some((i + 1, Sem::Year(y)));
            }
            if prev == "the" && self.k(i + 1) == Some(K::Word) && !bad_prev {
                // "the 2024 election" and the like: a year before a noun
                // that is not a counted thing.
                if noun_after {
                    return Some((i + 1, Sem::Year(y)));
                }
            }
        }
        // "13 to 15 July", "1-8 September".
        if let Some(r) = self.day_range(i) {
            return Some(r);
        }
        // "two days ago" with digits: "1 week ago".
        self.offset(i)
    }

    /// An era after a year at `j`: "A.D.", "a.d.", "B.C.", or "AD", "BC",
    /// "BCE" in capitals ("ad" alone is a word; "CE" is also a product
    /// mark): (is BC, next token).
    fn era(&self, j: usize) -> Option<(usize, bool)> {
        let w = self.w(j);
        if matches!(w, "ad" | "bc" | "bce") {
            let t = self.toks.get(j)?;
            let upper = self
                .text
                .get(t.s..t.e)?
                .bytes()
                .all(|c| c.is_ascii_uppercase());
            return upper.then_some((j + 1, w.starts_with('b')));
        }
        // "a.d.", "b.c." (the last full stop may end the sentence).
        if matches!(w, "a" | "b")
            && self.adj(j)
            && self.is(j + 1, ".")
            && self.adj(j + 1)
            && self.is(j + 2, if w == "a" { "d" } else { "c" })
        {
            let e = if self.adj(j + 2) && self.is(j + 3, ".") {
                j + 4
            } else {
                j + 3
            };
            return Some((e, w == "b"));
        }
        None
    }

    /// "13 to 15 July", "23rd to 26th Oct", "the 13th to the 15th of July":
    /// a bare day, then a full day-month.
    fn day_range(&self, i: usize) -> Option<(usize, Sem)> {
        if self.k(i) != Some(K::Num) {
            return None;
        }
        let (d1, j) = self.day_num(i)?;
        let sep_ok = matches!(
            self.wb(j),
            b"to" | b"through" | b"thru" | b"till" | b"until"
        ) || self.is_dash(j);
        if !sep_ok {
            return None;
        }
        let k = if self.is(j + 1, "the") { j + 2 } else { j + 1 };
        if self.k(k) != Some(K::Num) {
            return None;
        }
        let (b, s2) = self.date_num_inner(k)?;
        match s2 {
            Sem::Ymd { y, m, d } if u32::from(d) > d1 && valid_day(m, d1) => Some((
                b,
                Sem::Interval(
                    Box::new(Sem::Ymd { y, m, d: d1 as u8 }),
                    Box::new(Sem::Ymd { y, m, d }),
                ),
            )),
            _ => None,
        }
    }

    fn ordinal(&self, i: usize) -> bool {
        self.adj(i) && matches!(self.wb(i + 1), b"st" | b"nd" | b"rd" | b"th")
    }

    /// "2024-07-28", "2024-07", "07/28/2024", "3/3/15", "10.31.1974",
    /// "31/Oct/1974", "2/2013", "2/15".
    fn numeric(&self, i: usize, nd: usize, n: u32, sep: &str) -> Option<(usize, Sem)> {
        let j = i + 2;
        let n2 = self.num(j, 4);
        let nd2 = self.ndigits(j);
        let third = self.adj(j) && self.is(j + 1, sep) && self.adj(j + 1);
        let n3 = if third { self.num(j + 2, 4) } else { None };
        let nd3 = if third { self.ndigits(j + 2) } else { 0 };
        let tail_ok = |e: usize| {
            // Not followed by more digits glued on ("2024-07-28-1").
            !(self.adj(e - 1)
                && matches!(self.wb(e), b"-" | b"/" | b".")
                && self.k(e + 1) == Some(K::Num))
        };
        if nd == 4 && sep != "." {
            let y = n as i32;
            let m = n2?;
            if let Some(d) = n3 {
                if nd2 <= 2 && nd3 <= 2 && valid_day(m as u8, d) && tail_ok(j + 3) {
                    return Some((
                        j + 3,
                        Sem::Ymd {
                            y: Some(y),
                            m: m as u8,
                            d: d as u8,
                        },
                    ));
                }
                return None;
            }
            // "2024-07": a month only with a leading zero or a slash.
            let w2 = self.w(j);
            // "2014-10" is a month, "2011-12" a span of years.
            let range = sep != "/" && !w2.starts_with('0') && m > n % 100;
            if nd2 == 2 && (1..=12).contains(&m) && !range && tail_ok(j + 1) {
                return Some((
                    j + 1,
                    Sem::Ym {
                        y: Some(y),
                        m: m as u8,
                    },
                ));
            }
            return None;
        }
        if nd > 2 {
            return None;
        }
        // Day / month-name / year: "31/Oct/1974", "31-Oct-74".
        if self.k(j) == Some(K::Word) {
            let (m, _) = self.month_at(j)?;
            if !valid_day(m, n) {
                return None;
            }
            if self.adj(j) && self.is(j + 1, sep) && self.adj(j + 1) {
                let yy = self.num(j + 2, 4)?;
                let y = full_year(yy, self.ndigits(j + 2))?;
                return Some((
                    j + 3,
                    Sem::Ymd {
                        y: Some(y),
                        m,
                        d: n as u8,
                    },
                ));
            }
            return Some((
                j + 1,
                Sem::Ymd {
                    y: None,
                    m,
                    d: n as u8,
                },
            ));
        }
        let a = n;
        let b = n2?;
        if let Some(c) = n3 {
            // US order: month / day / year.
            let y = full_year(c, nd3)?;
            if nd2 <= 2 && valid_day(a as u8, b) && a <= 12 && tail_ok(j + 3) {
                return Some((
                    j + 3,
                    Sem::Ymd {
                        y: Some(y),
                        m: a as u8,
                        d: b as u8,
                    },
                ));
            }
            return None;
        }
        if sep != "/" {
            return None;
        }
        // "2/2013": month / year.
        if nd2 == 4 && (1..=12).contains(&a) {
            let y = b as i32;
            if (1000..=2199).contains(&y) && tail_ok(j + 1) {
                return Some((
                    j + 1,
                    Sem::Ym {
                        y: Some(y),
                        m: a as u8,
                    },
                ));
            }
            return None;
        }
        // "2/15": month / day, only where it cannot be a fraction or a
        // score ("1/2", "24/7"): the day above 12, or after "on".
        let prev_on = i > 0 && matches!(self.wb(i - 1), b"on" | b"since" | b"until" | b"by");
        if nd2 <= 2 && a <= 12 && valid_day(a as u8, b) && (b > 12 || prev_on) && tail_ok(j + 1) {
            return Some((
                j + 1,
                Sem::Ymd {
                    y: None,
                    m: a as u8,
                    d: b as u8,
                },
            ));
        }
        None
    }

    /// Dates that start with a word other than a month or weekday name.
    fn word_date(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        match w {
            "today" => return Some((i + 1, Sem::DayOffset(0))),
            "yesterday" | "tomorrow" => {
                let d = if w == "yesterday" { -1 } else { 1 };
                if let Some(code) = part_of_day(self.w(i + 1)) {
                    return Some((i + 2, Sem::PartOfDay { day: d, code }));
                }
                return Some((i + 1, Sem::DayOffset(d)));
            }
            "tonight" => return Some((i + 1, Sem::PartOfDay { day: 0, code: "NI" })),
            // Business shorthand for "the end of the month/year", in
            // capitals only.
            "eom" | "eoy"
                if self
                    .text
                    .get(self.toks[i].s..self.toks[i].e)
                    .is_some_and(|t| t.bytes().all(|c| c.is_ascii_uppercase())) =>
            {
                let unit = if w == "eom" { Unit::Month } else { Unit::Year };
                return Some((i + 1, Sem::RelUnit { unit, n: 0 }));
            }
            "the" => return self.the_date(i),
            "q" | "h" if self.adj(i) => {
                let v = self.num(i + 1, 1)?;
                if self.adj(i + 1) && self.k(i + 2) == Some(K::Word) {
                    return None;
                }
                let (y, e) = match self.year_at(i + 2) {
                    Some(y) => (Some(y), i + 3),
                    None => (None, i + 2),
                };
                if w == "q" && (1..=4).contains(&v) && self.cap(i) {
                    return Some((
                        e,
                        Sem::Quarter {
                            y,
                            q: v as u8,
                            rel: None,
                        },
                    ));
                }
                if w == "h" && (1..=2).contains(&v) && self.cap(i) {
                    return Some((
                        e,
                        Sem::Half {
                            y,
                            h: v as u8,
                            rel: None,
                        },
                    ));
                }
                return None;
            }
            "fy" if self.adj(i) => {
                let n = self.num(i + 1, 4)?;
                let y = full_year(n, self.ndigits(i + 1))?;
                return Some((i + 2, Sem::Fiscal(y)));
            }
            "fiscal" => {
                let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
                let y = self.year_at(j)?;
                return Some((j + 1, Sem::Fiscal(y)));
            }
            "that" => {
                // "that day", "that same week": the date last mentioned.
                let j = if self.is(i + 1, "same") { i + 2 } else { i + 1 };
                let u = self
                    .unit_at(j)
                    .filter(|u| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year))?;
                if self.w(j).ends_with('s') {
                    return None;
                }
                return Some((j + 1, Sem::AnchorUnit { unit: u, n: 0 }));
            }
            "earlier" | "later" => {
                // "earlier this month", "later this year".
                if self.is(i + 1, "this") {
                    let u = self.unit_at(i + 2)?;
                    return Some((i + 3, Sem::RelUnit { unit: u, n: 0 }));
                }
                return None;
            }
            "last" | "this" | "next" | "past" | "previous" | "coming" | "current" | "upcoming" => {
                return self.relative(i);
            }
            _ => {}
        }
        // "first week of October 2014", "second last day of May".
        if let Some(r) = self.ordinal_unit_of(i) {
            return Some(r);
        }
        // "first Monday after Easter".
        if let Some(r) = self
            .ordinal_word_at(i)
            .and_then(|n| self.nth_weekday_from(n, i + 1))
        {
            return Some(r);
        }
        // "first Monday of March", "first of March".
        if let Some(n) = self.ordinal_word_at(i).filter(|n| *n <= 5) {
            if let Some(r) = self.nth_weekday_of(n as i8, i + 1) {
                return Some(r);
            }
        }
        if let Some(d) = self.ordinal_word_at(i) {
            if self.is(i + 1, "of") {
                if let Some((e, month)) = self.month_expr(i + 2) {
                    return Some(match month {
                        Sem::Ym { y: Some(y), m } => (
                            e,
                            Sem::Ymd {
                                y: Some(y),
                                m,
                                d: d as u8,
                            },
                        ),
                        Sem::Ym { y: None, m } if valid_day(m, d) => (
                            e,
                            Sem::Ymd {
                                y: None,
                                m,
                                d: d as u8,
                            },
                        ),
                        other => (
                            e,
                            Sem::DayOf {
                                d: d as u8,
                                month: Box::new(other),
                            },
                        ),
                    });
                }
            }
        }
        // "first quarter", "third-quarter", "second half of 2024".
        if let Some(r) = self.ordinal_period(i) {
            return Some(r);
        }
        // Seasons: "summer 2024", "in the summer" is left out (vague).
        if let Some((code, start)) = self.season_at(i) {
            if let Some(y) = self.year_at(i + 1) {
                return Some((
                    i + 2,
                    Sem::Season {
                        y: Some(y),
                        code,
                        start,
                        rel: None,
                    },
                ));
            }
            if self.is(i + 1, "of") {
                if let Some(y) = self.year_at(i + 2) {
                    return Some((
                        i + 3,
                        Sem::Season {
                            y: Some(y),
                            code,
                            start,
                            rel: None,
                        },
                    ));
                }
            }
            return None;
        }
        // "two days ago", "a year earlier", "three days later".
        self.offset(i)
    }

    fn offset(&self, i: usize) -> Option<(usize, Sem)> {
        let (n, j) = self.count(i)?;
        // "three Fridays from now", "two Thursdays ago".
        if let Some((wd, false)) = self.w(j).strip_suffix('s').and_then(weekday_of) {
            let n = i64::from(n);
            return match (self.w(j + 1), self.w(j + 2)) {
                ("ago" | "back", _) => Some((
                    j + 2,
                    Sem::WeekdayCount {
                        wd,
                        n: -n,
                        base: None,
                    },
                )),
                ("from", "now" | "today") | ("hence", _) => {
                    let e = if self.is(j + 1, "hence") {
                        j + 2
                    } else {
                        j + 3
                    };
                    Some((e, Sem::WeekdayCount { wd, n, base: None }))
                }
                _ => None,
            };
        }
        let unit = self.unit_at(j)?;
        // "in two weeks": a date ahead, kept only where the sentence speaks
        // of the future; not "the highest in 10 years", "the first time in
        // a decade".
        // "in a quarter of an hour", "three-quarters of": a fraction.
        if unit == Unit::Quarter && self.is(j + 1, "of") {
            return None;
        }
        if i > 0
            && self.is(i - 1, "in")
            && !matches!(self.wb(j + 1), b"ago" | b"time" | b"earlier" | b"later")
        {
            let before = if i > 1 { self.w(i - 2) } else { "" };
            let superlative = before.ends_with("est")
                || matches!(
                    before,
                    "first" | "time" | "ever" | "once" | "most" | "least" | "only"
                );
            if !superlative && unit != Unit::Hour {
                return Some((
                    j + 1,
                    Sem::After {
                        unit,
                        n: i64::from(n),
                    },
                ));
            }
        }
        let plural = self.w(j).ends_with('s');
        if (n == 1) == plural && n != 1 {
            // "two day ago" is not English; tolerate it anyway.
        }
        let dir = self.w(j + 1);
        let n = i64::from(n);
        // "three days after Easter", "a week before Christmas 2014": from
        // a date the text names.
        if matches!(dir, "after" | "before")
            && matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
            && matches!(self.k(j + 2), Some(K::Word | K::Num))
        {
            if let Some((e, base)) = self.date(j + 2) {
                let dated = matches!(base, Sem::Ymd { .. } | Sem::Ym { .. } | Sem::Year(_))
                    || is_day(&base);
                if dated {
                    let n = if dir == "before" { -n } else { n };
                    return Some((
                        e,
                        Sem::ShiftFrom {
                            unit,
                            n,
                            base: Box::new(base),
                        },
                    ));
                }
            }
        }
        match dir {
            "ago" => Some((
                j + 2,
                Sem::Offset {
                    unit,
                    n: -n,
                    anchor: false,
                },
            )),
            // "5 weeks earlier than usual": a comparison, not a date.
            "earlier" | "later" if self.is(j + 2, "than") => None,
            "earlier" | "before" | "previously" => {
                // "a year before" at the end of a clause, not "a year before the vote".
                if dir == "before" && self.k(j + 2) == Some(K::Word) {
                    return None;
                }
                Some((
                    j + 2,
                    Sem::Offset {
                        unit,
                        n: -n,
                        anchor: true,
                    },
                ))
            }
            "later" | "after" | "afterwards" => {
                if dir == "after" && self.k(j + 2) == Some(K::Word) {
                    return None;
                }
                Some((
                    j + 2,
                    Sem::Offset {
                        unit,
                        n,
                        anchor: true,
                    },
                ))
            }
            "hence" => Some((
                j + 2,
                Sem::Offset {
                    unit,
                    n,
                    anchor: false,
                },
            )),
            "from" if self.is(j + 2, "now") || self.is(j + 2, "today") => Some((
                j + 3,
                Sem::Offset {
                    unit,
                    n,
                    anchor: false,
                },
            )),
            _ => None,
        }
    }

    fn ordinal_period(&self, i: usize) -> Option<(usize, Sem)> {
        // As in `ordinal_unit_of`: a number is looked up in no table.
        let word = (self.k(i) != Some(K::Num))
            .then(|| self.ordinal_word_at(i))
            .flatten();
        let (k, j) = match word {
            Some(k) => (k, i + 1),
            None => {
                let n = self.num(i, 1)?;
                if !self.ordinal(i) {
                    return None;
                }
                (n, i + 2)
            }
        };
        let j = if self.is_dash(j) { j + 1 } else { j };
        let what = self.w(j);
        let is_q = matches!(what, "quarter" | "qtr");
        let is_h = what == "half";
        if !(is_q && (1..=4).contains(&k) || is_h && (1..=2).contains(&k)) {
            return None;
        }
        let mut e = j + 1;
        let mut y = None;
        let mut rel = None;
        if let Some(yy) = self.year_at(e) {
            y = Some(yy);
            e += 1;
        } else if self.is(e, "of") || self.is(e, "in") {
            if let Some(yy) = self.year_at(e + 1) {
                y = Some(yy);
                e += 2;
            } else if self.is(e + 1, "the") && self.is(e + 2, "year") {
                rel = Some(0);
                e += 3;
            } else if matches!(self.wb(e + 1), b"this" | b"last" | b"next")
                && self.is(e + 2, "year")
            {
                rel = Some(match self.w(e + 1) {
                    "last" => -1,
                    "next" => 1,
                    _ => 0,
                });
                e += 3;
            }
        } else if matches!(self.wb(e), b"this" | b"last" | b"next") && self.is(e + 1, "year") {
            rel = Some(match self.w(e) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            });
            e += 2;
        }
        if is_h && y.is_none() && rel.is_none() {
            // "the second half" alone is usually of a match or a story.
            return None;
        }
        let k = k as u8;
        Some((
            e,
            if is_q {
                Sem::Quarter { y, q: k, rel }
            } else {
                Sem::Half { y, h: k, rel }
            },
        ))
    }

    /// Expressions starting with "the".
    fn the_date(&self, i: usize) -> Option<(usize, Sem)> {
        let j = i + 1;
        let w = self.w(j);
        // "the 1990s", "the 19th century", "the third quarter of 2025".
        // The starter bit of the token's class is [`STARTERS`] looked up
        // by the tokenizer (`starter_bit_is_starters` checks it).
        let starter = self.k(j) == Some(K::Num) || self.has(j, C_STARTER);
        if let Some((b, sem)) = if starter { self.date(j) } else { None } {
            match sem {
                Sem::Decade(_)
                | Sem::Century(_)
                | Sem::Quarter { .. }
                | Sem::Half { .. }
                | Sem::UnitOf { .. }
                | Sem::WeekendOf { .. }
                | Sem::Season { .. } => return Some((b, sem)),
                Sem::Ymd { .. }
                    if self.k(j) != Some(K::Word) || self.ordinal_word_at(j).is_some() =>
                {
                    return Some((b, sem));
                }
                _ => {}
            }
        }
        // "the ’90s".
        if self.is_apos(j) {
            if let Some((b, sem @ Sem::Decade(_))) = self.date_num(j + 1) {
                return Some((b, sem));
            }
        }
        // "on the 15th": a day of the month, the month left to the
        // direction; only after "on" and not before a noun ("on the 15th
        // floor").
        if i > 0
            && self.is(i - 1, "on")
            && self.k(j) == Some(K::Num)
            && self.ordinal(j)
            && (self.k(j + 2) != Some(K::Word)
                || matches!(
                    self.wb(j + 2),
                    b"and"
                        | b"or"
                        | b"but"
                        | b"at"
                        | b"in"
                        | b"when"
                        | b"as"
                        | b"after"
                        | b"before"
                        | b"was"
                        | b"were"
                        | b"is"
                        | b"will"
                        | b"would"
                ))
        {
            let d = self.num(j, 2).filter(|d| (1..=31).contains(d))?;
            return Some((j + 2, Sem::Dom(d as u8)));
        }
        match w {
            "weekend" => Some((j + 1, Sem::Weekend { shift: 0 })),
            // "the week of October 7": the week holding that day.
            "week" if self.is(j + 1, "of") => {
                // "the week of the first Monday after Easter".
                let k = if self.is(j + 2, "the") && self.k(j + 3) == Some(K::Word) {
                    j + 3
                } else {
                    j + 2
                };
                let (b, day) = self.date(k)?;
                let named = matches!(
                    day,
                    Sem::Ymd { .. }
                        | Sem::WdDate { .. }
                        | Sem::Holiday { .. }
                        | Sem::NthWd { .. }
                        | Sem::WeekdayCount { base: Some(_), .. }
                );
                named.then(|| (b, Sem::WeekOf(Box::new(day))))
            }
            // "the same day", "the same week": the date last mentioned.
            "same" if matches!(self.wb(j + 1), b"day" | b"week" | b"month" | b"year") => {
                let u = self.unit_at(j + 1)?;
                Some((j + 2, Sem::AnchorUnit { unit: u, n: 0 }))
            }
            "same" => {
                // "the same quarter last year".
                if self.is(j + 1, "quarter")
                    && matches!(self.wb(j + 2), b"last" | b"a")
                    && self.is(j + 3, "year")
                {
                    return Some((j + 4, Sem::SameQuarter { rel: -1 }));
                }
                None
            }
            "current" | "previous" | "past" | "following" | "next" | "coming" | "preceding" => {
                let u = self.unit_at(j + 1)?;
                if self.w(j + 1).ends_with('s') {
                    return None;
                }
                let n = match w {
                    "current" => 0,
                    "previous" | "past" | "preceding" => -1,
                    _ => 1,
                };
                if u == Unit::Day {
                    // "the next day", "the previous day": from the last date.
                    return Some((
                        j + 2,
                        Sem::Offset {
                            unit: u,
                            n,
                            anchor: true,
                        },
                    ));
                }
                if matches!(w, "following" | "preceding" | "previous") {
                    return Some((j + 2, Sem::AnchorUnit { unit: u, n }));
                }
                Some((j + 2, Sem::RelUnit { unit: u, n }))
            }
            "day" => {
                // "the day before yesterday", "the day after tomorrow".
                match (self.w(j + 1), self.w(j + 2)) {
                    ("before", "yesterday") => Some((j + 3, Sem::DayOffset(-2))),
                    ("after", "tomorrow") => Some((j + 3, Sem::DayOffset(2))),
                    ("before", _) if self.k(j + 2) != Some(K::Word) => Some((
                        j + 2,
                        Sem::Offset {
                            unit: Unit::Day,
                            n: -1,
                            anchor: true,
                        },
                    )),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// "last week", "this year", "next Monday", "last summer", "last night".
    fn relative(&self, i: usize) -> Option<(usize, Sem)> {
        let w = self.w(i);
        let n: i64 = match w {
            "last" | "past" | "previous" => -1,
            "this" | "current" => 0,
            _ => 1,
        };
        let j = i + 1;
        let nw = self.w(j);
        // "the last day of October", "last week of September 2014".
        if w == "last" {
            if let Some(r) = self.unit_of_period(-1, j) {
                return Some(r);
            }
        }
        // "last week's Sunday", "next week's Monday".
        if nw == "week" && self.is_apos(j + 1) && self.is(j + 2, "s") {
            if let Some((wd, false)) = self.weekday_at(j + 3).filter(|_| !self.is_name_word(j + 4))
            {
                let shift = match n {
                    -1 => -2,
                    0 => 3,
                    _ => 1,
                };
                return Some((j + 4, Sem::Weekday { wd, shift }));
            }
        }
        if let Some(u) = self.unit_at(j) {
            if nw.ends_with('s') || u == Unit::Hour {
                return None;
            }
            if u == Unit::Day {
                return None;
            }
            // "last year's", fine; "this year alone", fine.
            return Some((j + 1, Sem::RelUnit { unit: u, n }));
        }
        if let Some((wd, ab)) = self.weekday_at(j) {
            if ab && !self.cap(j) {
                return None;
            }
            if w == "last" {
                if let Some(r) = self.nth_weekday_of(-1, j) {
                    return Some(r);
                }
            }
            let shift = match w {
                "last" | "past" | "previous" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            return Some((j + 1, Sem::Weekday { wd, shift }));
        }
        if nw == "weekend" {
            let shift = match n {
                -1 => -1,
                1 => 1,
                _ => 2,
            };
            return Some((
                j + 1,
                Sem::Weekend {
                    shift: if shift == 2 { 3 } else { shift },
                },
            ));
        }
        if let Some(code) = part_of_day(nw) {
            let day = if w == "last" && nw == "night" {
                -1
            } else if w == "this" {
                0
            } else {
                return None;
            };
            return Some((j + 1, Sem::PartOfDay { day, code }));
        }
        if let Some((code, start)) = self.season_at(j) {
            return Some((
                j + 1,
                Sem::Season {
                    y: None,
                    code,
                    start,
                    rel: Some(n),
                },
            ));
        }
        if let Some((m, ab)) = self.month_at(j) {
            if ab || (nw == "may" && !self.cap(j)) || (nw == "march" && !self.cap(j)) {
                return None;
            }
            // "last March": the most recent March before this month.
            return Some((j + 1, Sem::RelMonth { m, n }));
        }
        if let Some((e, Sem::Holiday { rule, y: None, .. })) = self.holiday(j, None) {
            return Some((
                e,
                Sem::Holiday {
                    rule,
                    y: None,
                    rel: Some(n),
                },
            ));
        }
        None
    }

    /// [`Scan::time`]'s words as plain string compares, before the kind
    /// test, for the test that compares them (the rest, for a number, is
    /// `time`'s own).
    #[cfg(test)]
    pub(crate) fn time_plain(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        if w == "noon" || w == "midday" {
            return Some(Found {
                a: i,
                b: i + 1,
                sem: Sem::Time { h: 12, mi: 0 },
            });
        }
        if w == "midnight" {
            return Some(Found {
                a: i,
                b: i + 1,
                sem: Sem::Time { h: 0, mi: 0 },
            });
        }
        if self.k(i) != Some(K::Num) {
            return None;
        }
        self.time(i)
    }

    /// Times of day: "10 a.m.", "4:17 a.m.", "3:45 p.m.", "0600 GMT",
    /// "noon", "midnight".
    pub(crate) fn time(&self, i: usize) -> Option<Found> {
        // A word is a time only as one of three words; a number is none
        // of them, so it skips their compares (which branched on the
        // length of every number that may start an expression).
        if self.k(i)? != K::Num {
            let h = if self.is(i, "noon") || self.is(i, "midday") {
                12
            } else if self.is(i, "midnight") {
                0
            } else {
                return None;
            };
            return Some(Found {
                a: i,
                b: i + 1,
                sem: Sem::Time { h, mi: 0 },
            });
        }
        if i > 0
            && self.adj(i - 1)
            && (self.k(i - 1) != Some(K::Punct)
                || matches!(self.wb(i - 1), b"," | b"." | b"$" | b":"))
        {
            return None;
        }
        let nd = self.ndigits(i);
        let n = self.num(i, 4)?;
        let (mut h, mut mi, mut j) = (n, 0, i + 1);
        let mut colon = false;
        if nd <= 2
            && self.adj(i)
            && self.is(i + 1, ":")
            && self.adj(i + 1)
            && self.ndigits(i + 2) == 2
        {
            mi = self.num(i + 2, 2)?;
            j = i + 3;
            colon = true;
        } else if nd <= 2
            && self.adj(i)
            && self.is(i + 1, ".")
            && self.adj(i + 1)
            && self.ndigits(i + 2) == 2
            && self.ampm(i + 3).0.is_some()
        {
            // British "7.30pm".
            mi = self.num(i + 2, 2)?;
            j = i + 3;
        } else if nd == 4 {
            // "0600 GMT", "1430 hours".
            if !matches!(self.wb(i + 1), b"gmt" | b"utc" | b"hours" | b"hrs" | b"h") {
                return None;
            }
            h = n / 100;
            mi = n % 100;
            if h > 24 || mi > 59 {
                return None;
            }
            return Some(Found {
                a: i,
                b: i + 2,
                sem: Sem::Time {
                    h: h as u8,
                    mi: mi as u8,
                },
            });
        } else if nd > 2 {
            return None;
        }
        // a.m. / p.m. / am / pm
        let (ampm, e) = self.ampm(j);
        match ampm {
            Some(pm) => {
                if !(1..=12).contains(&h) || mi > 59 {
                    return None;
                }
                if pm && h != 12 {
                    h += 12;
                } else if !pm && h == 12 {
                    h = 0;
                }
                j = e;
            }
            None => {
                if !colon || h > 23 || mi > 59 {
                    return None;
                }
                // "4:17" alone needs a time word after or "at" before.
                let tz = matches!(
                    self.wb(j),
                    b"gmt" | b"utc" | b"local" | b"hours" | b"hrs" | b"et" | b"bst" | b"cet"
                );
                let at = i > 0
                    && matches!(
                        self.wb(i - 1),
                        b"at"
                            | b"until"
                            | b"by"
                            | b"from"
                            | b"before"
                            | b"after"
                            | b"about"
                            | b"around"
                            | b"approximately"
                            | b"till"
                            | b"to"
                            | b"since"
                    );
                if !tz && !at {
                    return None;
                }
            }
        }
        if matches!(self.wb(j), b"gmt" | b"utc") {
            j += 1;
        }
        Some(Found {
            a: i,
            b: j,
            sem: Sem::Time {
                h: h as u8,
                mi: mi as u8,
            },
        })
    }

    /// "a.m.", "am", "p.m", "PM" at `j`: (is pm, next token).
    fn ampm(&self, j: usize) -> (Option<bool>, usize) {
        let w = self.w(j);
        match w {
            "am" | "pm" => (Some(w == "pm"), j + 1),
            "a" | "p"
                if self.is(j + 1, ".") && self.adj(j) && self.is(j + 2, "m") && self.adj(j + 1) =>
            {
                let e = if self.is(j + 3, ".") && self.adj(j + 2) {
                    j + 4
                } else {
                    j + 3
                };
                (Some(w == "p"), e)
            }
            _ => (None, j),
        }
    }

    /// "for three years" (P3Y), "a 21-day curfew" (P21D), "annual",
    /// "every year".
    fn duration_or_set(&self, i: usize) -> Option<Found> {
        let w = self.w(i);
        // A word without the bit of [`SET_WORDS`] is in no row of it.
        let set = if self.has(i, C_SET) {
            SET_WORDS.iter().find(|s| s.0 == w).map(|s| s.1)
        } else {
            None
        };
        if let Some(v) = set {
            // Not in names ("Daily Mail", "Annual Report" in a title).
            if self.cap(i) && i > 0 {
                return None;
            }
            return Some(Found {
                a: i,
                b: i + 1,
                sem: Sem::Set(v.to_string()),
            });
        }
        if matches!(w, "every" | "each") {
            let u = self.unit_at(i + 1)?;
            if self.w(i + 1).ends_with('s') {
                return None;
            }
            return Some(Found {
                a: i,
                b: i + 2,
                sem: Sem::Set(format!("P1{}", unit_letter(u)?)),
            });
        }
        // Durations: "for three years", "a 21-day curfew".
        let (n, j) = self.count(i)?;
        if matches!(w, "a" | "an") {
            return None;
        }
        let (j, hyphen) = if self.is_dash(j) && self.adj(j - 1) && self.adj(j) {
            (j + 1, true)
        } else {
            (j, false)
        };
        let u = self.unit_at(j)?;
        let after = self.w(j + 1);
        // "three-quarters of the vote": a fraction.
        if u == Unit::Quarter && after == "of" {
            return None;
        }
        if matches!(
            after,
            "old" | "ago" | "earlier" | "later" | "before" | "after" | "hence"
        ) || (self.is_dash(j + 1) && self.is(j + 2, "old"))
        {
            return None;
        }
        let prev = if i > 0 { self.w(i - 1) } else { "" };
        let intro = matches!(
            prev,
            "for"
                | "over"
                | "within"
                | "past"
                | "last"
                | "next"
                | "first"
                | "spanning"
                | "coming"
                | "upcoming"
        );
        if !(intro || hyphen) {
            return None;
        }
        // "a 40-year high", "10-year bonds": a measure of something else.
        if hyphen
            && matches!(
                after,
                "high"
                    | "highs"
                    | "low"
                    | "lows"
                    | "record"
                    | "peak"
                    | "average"
                    | "bond"
                    | "bonds"
                    | "yield"
                    | "yields"
                    | "note"
                    | "notes"
                    | "gilt"
                    | "gilts"
                    | "treasury"
                    | "treasuries"
                    | "mortgage"
                    | "mortgages"
                    | "loan"
                    | "loans"
            )
        {
            return None;
        }
        let v = match u {
            Unit::Hour => format!("PT{n}H"),
            Unit::Decade => format!("P{}Y", n * 10),
            Unit::Century => format!("P{}Y", n * 100),
            Unit::Quarter => format!("P{}M", n * 3),
            _ => format!("P{n}{}", unit_letter(u)?),
        };
        Some(Found {
            a: i,
            b: j + 1,
            sem: Sem::Duration(v),
        })
    }
}

/// Whether `w` (a token's bytes) is a mark that makes a number glued
/// after it part of a bigger one: ",", ".", "$", "#", "€" (E2 82 AC),
/// "£" (C2 A3), "¥" (C2 A5).
pub(crate) fn is_number_glue(w: &[u8]) -> bool {
    matches!(
        w,
        b"," | b"." | b"$" | b"#" | b"\xE2\x82\xAC" | b"\xC2\xA3" | b"\xC2\xA5"
    )
}

/// Whether a meaning names a single day (a base to count weekdays or
/// days from).
fn is_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Ymd { .. }
            | Sem::Holiday { .. }
            | Sem::WdDate { .. }
            | Sem::Weekday { .. }
            | Sem::DayOffset(_)
            | Sem::NthWd { .. }
    )
}

fn unit_letter(u: Unit) -> Option<char> {
    Some(match u {
        Unit::Day => 'D',
        Unit::Week => 'W',
        Unit::Month => 'M',
        Unit::Year => 'Y',
        _ => return None,
    })
}

fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

fn full_year(n: u32, nd: usize) -> Option<i32> {
    match nd {
        4 => Some(n as i32).filter(|y| (1000..=2199).contains(y)),
        2 => Some(if n < 50 {
            2000 + n as i32
        } else {
            1900 + n as i32
        }),
        _ => None,
    }
}

/// Gives the first end of an interval the year of the second ("between
/// March and May 2023"); refuses ends of different kinds.
fn share_year(a: Sem, b: Sem) -> Option<(Sem, Sem)> {
    Some(match (a, b) {
        (Sem::Ym { y: None, m }, Sem::Ym { y: Some(y), m: m2 }) => {
            (Sem::Ym { y: Some(y), m }, Sem::Ym { y: Some(y), m: m2 })
        }
        (
            Sem::Ymd { y: None, m, d },
            Sem::Ymd {
                y: Some(y),
                m: m2,
                d: d2,
            },
        ) => (
            Sem::Ymd { y: Some(y), m, d },
            Sem::Ymd {
                y: Some(y),
                m: m2,
                d: d2,
            },
        ),
        (a @ Sem::Ym { .. }, b @ Sem::Ym { .. })
        | (a @ Sem::Ymd { .. }, b @ Sem::Ymd { .. })
        | (a @ Sem::Year(_), b @ Sem::Year(_))
        | (a @ Sem::Weekday { .. }, b @ Sem::Weekday { .. })
        | (a @ Sem::Quarter { .. }, b @ Sem::Quarter { .. }) => (a, b),
        (a @ Sem::Ym { .. }, b @ Sem::Year(_)) => (a, b),
        _ => return None,
    })
}
