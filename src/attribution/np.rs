//! Word tokens and noun-phrase chunks: the little syntax that finding a
//! source needs.
//!
//! A sentence is cut into words, numbers and single punctuation characters;
//! a lower-cased copy of the sentence (ASCII only, so byte offsets do not
//! move) gives the keys for the word tables. Noun phrases are chunked by
//! shape: capitalised runs with their connectors ("Department of Mineral
//! Resources and Energy"), a determiner and a few modifiers ("the cloud
//! software maker"), possessives ("the mine's owner").

use crate::bytes::ASCII_ALNUM;
use crate::bytes::ascii8::{alnum_end, load8};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

use super::verbs::{NOUN_FORMS, NOUN_MARKERS};
use super::words::{
    ABBREVIATIONS, BE_FORMS, DETERMINERS, LY_NOUNS, NAME_PARTICLES, OPENERS, PRONOUNS,
    SKIP_BEFORE_VERB, SOURCE_NOUNS, STOP_WORDS,
};

/// Bodies named for their subject with "on": "Commission on Audit",
/// "Committee on Foreign Affairs", "Intergovernmental Panel on Climate
/// Change" (the usual English names of such bodies; own compilation).
const ON_HEADS: &[&str] = &[
    "commission",
    "committee",
    "conference",
    "convention",
    "council",
    "forum",
    "panel",
    "subcommittee",
    "taskforce",
];

/// A weekday or month name, which "on" introduces as a date.
fn is_day_or_month(k: &str) -> bool {
    matches!(
        k,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// A multiplicative hash (the FxHash scheme) taking eight bytes a step:
/// the word tables are tiny and the keys short, so a simple hash beats
/// SipHash here, and whole words beat FNV's byte a step. The tables are
/// only looked up, never iterated, so the hash decides nothing but speed.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    pub(crate) const K: u64 = 0x517c_c1b7_2722_0a95;

    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    /// At most two eight-byte (or four-byte) windows of the word, chosen by
    /// its length, and the length: one or two turns on the length instead
    /// of a loop over the chunks and one over the bytes left, whose ends
    /// depend on each word (mispredicted at most words). Words longer than
    /// sixteen bytes hash by their ends only; equal hashes are compared by
    /// the table, so this decides speed only.
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let (a, b) = windows(bytes);
        self.add(a);
        // The length keeps "a" and "a\0" apart.
        self.add(b ^ ((n as u64) << 56));
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
}

/// A quick filter in front of a word table: a bit array with one bit set
/// for each word of the table, at [`shape_slot`] of the word's [`shape`]
/// (length, first two bytes and last), so most other words skip the hash. Never says no to a
/// word of the table (its bit is set); a word of another shape that lands
/// on a set bit is only sent on to the exact lookup.
///
/// It replaced rows of 256 bytes per word length (one row per length,
/// 4 KB per table): a dozen tables of that size missed the L1 cache on
/// about a third of their lookups. The bit array is 16 bits per table word
/// (at least one cache line), so a table of 300 words takes 1 KB and the
/// small ones a single line, while about one word in sixteen of the others
/// passes by chance.
#[derive(Debug)]
pub(crate) struct Prefilter {
    bits: Box<[u64]>,
    /// `64 - log2(number of bits)`: [`shape_slot`]'s shift.
    shift: u32,
}

/// The shape of a word that the quick filters look at: its length, its
/// first two bytes and its last (0 where the word is shorter), packed.
#[inline]
pub(crate) fn shape(len: usize, a: u8, c: u8, z: u8) -> u64 {
    (len as u32 as u64) | (u64::from(a) << 32) | (u64::from(c) << 40) | (u64::from(z) << 48)
}

/// The slot of a word of [`shape`] `x` in a bit array of
/// `2^(64 - shift)` slots: a multiplicative hash, its top bits.
#[inline]
fn shape_slot(x: u64, shift: u32) -> usize {
    (x.wrapping_mul(WordHasher::K) >> shift) as usize
}

/// The shift of [`shape_slot`] for a bit array of 16 bits per word of a
/// table of `n` words (at least 512 bits, one cache line).
fn prefilter_shift(n: usize) -> u32 {
    64 - (16 * n).next_power_of_two().max(512).trailing_zeros()
}

/// The [`shape`] of `w`.
#[inline]
fn shape_of(w: &str) -> u64 {
    let b = w.as_bytes();
    shape(
        b.len(),
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
        b.last().copied().unwrap_or(0),
    )
}

impl Prefilter {
    /// The filter of `words`, 16 bits a word.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Prefilter {
        let words: Vec<&str> = words.into_iter().collect();
        Prefilter::with_shift(&words, prefilter_shift(words.len()))
    }

    /// The filter of `words` with [`shape_slot`]'s `shift` given (two
    /// filters of one shift share their slots: [`MarkTable`]).
    pub(crate) fn with_shift(words: &[&str], shift: u32) -> Prefilter {
        let mut bits = vec![0u64; ((1usize << (64 - shift)) / 64).max(1)].into_boxed_slice();
        for &w in words {
            let slot = shape_slot(shape_of(w), shift);
            if let Some(word) = bits.get_mut(slot / 64) {
                *word |= 1 << (slot % 64);
            }
        }
        Prefilter { bits, shift }
    }

    /// Whether `w` may be in the table (false: it is not).
    #[cfg(test)]
    pub(crate) fn may_have(&self, w: &str) -> bool {
        self.may_have_shape(shape_of(w))
    }

    /// Whether a word of [`shape`] `x` may be in the table (false: it is
    /// not).
    #[inline]
    pub(crate) fn may_have_shape(&self, x: u64) -> bool {
        let slot = shape_slot(x, self.shift);
        self.bits
            .get(slot / 64)
            .is_some_and(|word| word & (1 << (slot % 64)) != 0)
    }
}

/// The two quick filters of the word marks ([`MAY_CUE`], [`MAY_HEDGE`]) in
/// one bit array, so that a word asks once and touches one cache line:
/// slot `s` of both filters (one [`shape_slot`] shift) is bits `2s` (cue)
/// and `2s + 1` (hedge).
#[derive(Debug)]
pub(crate) struct MarkTable {
    bits: Box<[u64]>,
}

/// The [`shape_slot`] shift of [`MARKS`]' filters: 8192 slots (2 KB for the
/// two), some 30 per cue word.
pub(crate) const MARK_SHIFT: u32 = 64 - 13;

impl MarkTable {
    /// The table of the two filters, both of shift [`MARK_SHIFT`].
    pub(crate) fn new(cue: &Prefilter, hedge: &Prefilter) -> MarkTable {
        debug_assert!(cue.shift == MARK_SHIFT && hedge.shift == MARK_SHIFT);
        let slots = cue.bits.len().max(hedge.bits.len()) * 64;
        let mut bits = vec![0u64; slots / 32].into_boxed_slice();
        for s in 0..slots {
            let mark = |f: &Prefilter, m: u8| {
                let on = f.bits.get(s / 64).is_some_and(|w| w & (1 << (s % 64)) != 0);
                u64::from(u8::from(on) * m)
            };
            let marks = mark(cue, MAY_CUE) | mark(hedge, MAY_HEDGE);
            if let Some(word) = bits.get_mut(s / 32) {
                *word |= marks << (2 * (s % 32));
            }
        }
        MarkTable { bits }
    }

    /// The marks of a word of [`shape`] `x`: what
    /// [`Prefilter::may_have_shape`] of each filter answers.
    #[inline]
    pub(crate) fn marks(&self, x: u64) -> u8 {
        let slot = shape_slot(x, MARK_SHIFT);
        let word = self.bits.get(slot / 32).copied().unwrap_or(0);
        ((word >> (2 * (slot % 32))) & 3) as u8
    }
}

/// The marks of the cue and hedge words.
static MARKS: Lazy<MarkTable> =
    Lazy::new(|| MarkTable::new(&super::CUE_WORDS, &super::HEDGE_WORDS));

/// A set of table words.
///
/// A [`Prefilter`] stands in front of the table: most words asked about
/// are in no table, and it turns them away for a few instructions. Words
/// of up to sixteen bytes (all but a few table words) are kept inline as
/// [`short_key`]s in an open-addressing table and compared as integers:
/// no pointer to a key's bytes to follow (a cold cache line) and no
/// `memcmp` call whose length mispredicts. Longer words live in a hash set.
#[derive(Debug)]
pub(crate) struct WordSet {
    pre: Prefilter,
    /// [`short_key`]s, [`EMPTY_SLOT`] where free; a power of two long.
    short: Vec<(u64, u64, u8)>,
    long: HashSet<&'static str, BuildHasherDefault<WordHasher>>,
}

/// A free slot of [`WordSet`]'s table (no key has a length of 255).
const EMPTY_SLOT: (u64, u64, u8) = (0, 0, u8::MAX);

/// The inline key of a word of at most sixteen bytes: two windows of it
/// and its length, the windows of [`WordHasher::write`]. Together they
/// hold every byte of the word (first and last eight of 8-16 bytes, first
/// and last four of 4-7, first, middle and last of 0-3), so with the
/// length two words have equal keys only when they are equal. `None` for
/// a longer word.
#[inline]
pub(crate) fn short_key(w: &str) -> Option<(u64, u64, u8)> {
    let bytes = w.as_bytes();
    let n = bytes.len();
    if n > 16 {
        return None;
    }
    let (a, b) = windows(bytes);
    Some((a, b, n as u8))
}

/// Two windows of `bytes`, chosen by its length: the first and last eight
/// bytes of a word of eight or more, the first and last four of four to
/// seven, and the first, middle and last byte (and 0) of zero to three.
/// Up to sixteen bytes they hold every byte of the word.
#[inline]
fn windows(bytes: &[u8]) -> (u64, u64) {
    let n = bytes.len();
    if let (Some(a), Some(b)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (u64::from_le_bytes(*a), u64::from_le_bytes(*b))
    } else if let (Some(a), Some(b)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (
            u64::from(u32::from_le_bytes(*a)),
            u64::from(u32::from_le_bytes(*b)),
        )
    } else {
        let byte = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
        (
            byte(0) | (byte(n / 2) << 8) | (byte(n.saturating_sub(1)) << 16),
            0,
        )
    }
}

/// The first slot of `key` in a table of `mask + 1` slots.
#[inline]
fn slot_of(key: (u64, u64, u8), mask: usize) -> usize {
    let (a, b, n) = key;
    let h = (a.rotate_left(5) ^ b ^ (u64::from(n) << 56)).wrapping_mul(WordHasher::K);
    (h >> 32) as usize & mask
}

impl WordSet {
    /// Whether `w` is in the set.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.pre.may_have_shape(shape_of(w)) && self.lookup(w)
    }

    /// [`WordSet::contains`] past the quick filter.
    #[inline]
    fn lookup(&self, w: &str) -> bool {
        let Some(key) = short_key(w) else {
            return self.long.contains(w);
        };
        let mask = self.short.len().wrapping_sub(1);
        let mut i = slot_of(key, mask);
        // The table is at most half full, so a free slot ends the walk.
        for _ in 0..self.short.len() {
            match self.short.get(i) {
                Some(&k) if k == key => return true,
                Some(&k) if k == EMPTY_SLOT => return false,
                Some(_) => i = (i + 1) & mask,
                None => return false,
            }
        }
        false
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordSet {
        let words: HashSet<&'static str> = words.into_iter().collect();
        let size = (2 * words.len()).next_power_of_two().max(8);
        let mut short = vec![EMPTY_SLOT; size];
        let mut long = HashSet::default();
        for &w in &words {
            match short_key(w) {
                Some(key) => {
                    let mut i = slot_of(key, size - 1);
                    while short[i] != EMPTY_SLOT && short[i] != key {
                        i = (i + 1) & (size - 1);
                    }
                    short[i] = key;
                }
                None => {
                    long.insert(w);
                }
            }
        }
        WordSet {
            pre: Prefilter::new(words.iter().copied()),
            short,
            long,
        }
    }
}

/// A map from table words to values, kept as [`WordSet`] keeps its words:
/// keys of up to sixteen bytes inline as [`short_key`]s compared as
/// integers, longer ones in a hash map. Built from pairs, a later pair
/// replaces an earlier one of the same word (as collecting a `HashMap`).
#[derive(Debug)]
pub(crate) struct WordMap<V> {
    /// `(key, value)`, key [`EMPTY_SLOT`] where free; a power of two long.
    short: Vec<((u64, u64, u8), V)>,
    long: HashMap<&'static str, V, BuildHasherDefault<WordHasher>>,
}

impl<V: Copy + Default> WordMap<V> {
    /// The value of `w`, if it is in the map.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        let Some(key) = short_key(w) else {
            return self.long.get(w);
        };
        let mask = self.short.len().wrapping_sub(1);
        let mut i = slot_of(key, mask);
        // The table is at most half full, so a free slot ends the walk.
        for _ in 0..self.short.len() {
            match self.short.get(i) {
                Some((k, v)) if *k == key => return Some(v),
                Some((k, _)) if *k == EMPTY_SLOT => return None,
                Some(_) => i = (i + 1) & mask,
                None => return None,
            }
        }
        None
    }
}

impl<V: Copy + Default> FromIterator<(&'static str, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(pairs: I) -> WordMap<V> {
        let pairs: Vec<(&'static str, V)> = pairs.into_iter().collect();
        let size = (2 * pairs.len()).next_power_of_two().max(8);
        let mut short = vec![(EMPTY_SLOT, V::default()); size];
        let mut long = HashMap::default();
        for (w, v) in pairs {
            match short_key(w) {
                Some(key) => {
                    let mut i = slot_of(key, size - 1);
                    while short[i].0 != EMPTY_SLOT && short[i].0 != key {
                        i = (i + 1) & (size - 1);
                    }
                    short[i] = (key, v);
                }
                None => {
                    long.insert(w, v);
                }
            }
        }
        WordMap { short, long }
    }
}

/// Builds a [`WordSet`] from a table.
pub(crate) fn set(words: &[&'static str]) -> WordSet {
    words.iter().copied().collect()
}

pub(crate) static SOURCE: Lazy<WordSet> = Lazy::new(|| set(SOURCE_NOUNS));
pub(crate) static STOP: Lazy<WordSet> = Lazy::new(|| set(STOP_WORDS));
pub(crate) static SKIP: Lazy<WordSet> = Lazy::new(|| set(SKIP_BEFORE_VERB));
pub(crate) static BE: Lazy<WordSet> = Lazy::new(|| set(BE_FORMS));
pub(crate) static AUX: Lazy<WordSet> = Lazy::new(|| set(&["has", "have", "had", "having"]));
pub(crate) static PRON: Lazy<WordSet> = Lazy::new(|| set(PRONOUNS));
pub(crate) static DET: Lazy<WordSet> = Lazy::new(|| set(DETERMINERS));
pub(crate) static OPEN: Lazy<WordSet> = Lazy::new(|| set(OPENERS));
pub(crate) static ABBR: Lazy<WordSet> = Lazy::new(|| set(ABBREVIATIONS));
pub(crate) static NOUNISH: Lazy<WordSet> = Lazy::new(|| set(NOUN_MARKERS));
static PARTICLE: Lazy<WordSet> = Lazy::new(|| set(NAME_PARTICLES));
static NOUN_FORM: Lazy<WordSet> = Lazy::new(|| set(NOUN_FORMS));
static NOT_ADVERB: Lazy<WordSet> = Lazy::new(|| set(LY_NOUNS));

/// Forces the statics of this file.
pub(crate) fn warm() {
    for s in [
        &SOURCE,
        &STOP,
        &SKIP,
        &BE,
        &AUX,
        &PRON,
        &DET,
        &OPEN,
        &ABBR,
        &NOUNISH,
        &PARTICLE,
        &NOUN_FORM,
        &NOT_ADVERB,
    ] {
        Lazy::force(s);
    }
    Lazy::force(&MARKS);
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, with inner hyphens, apostrophes and dots ("Achieng-Otieno",
    /// "U.S.").
    Word,
    /// Starts with a digit ("1,200", "2bn").
    Num,
    /// One punctuation character.
    Punct,
}

/// A token of a sentence; offsets are local to the sentence.
///
/// The offsets are kept as `u32` (a sentence longer than `u32::MAX` bytes
/// gets no tokens: [`Sent::new_in`]): 12 bytes a token instead of 24, so
/// the tokens of a sentence, written by the tokeniser and read by every
/// pass, take half the cache lines.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// [`Tok::start`].
    start32: u32,
    /// [`Tok::end`].
    end32: u32,
    pub kind: Kind,
    /// The first letter is upper case.
    pub cap: bool,
    /// For a word, which quick filters its key passes: [`MAY_CUE`],
    /// [`MAY_HEDGE`] (0 for the others).
    pub marks: u8,
}

impl Tok {
    /// A token of `start..end` (both at most `u32::MAX`: the tokeniser
    /// takes no longer sentence).
    #[inline]
    fn new(start: usize, end: usize, kind: Kind, cap: bool, marks: u8) -> Tok {
        Tok {
            start32: start as u32,
            end32: end as u32,
            kind,
            cap,
            marks,
        }
    }

    /// The token's first byte.
    #[inline]
    pub fn start(&self) -> usize {
        self.start32 as usize
    }

    /// The byte after the token.
    #[inline]
    pub fn end(&self) -> usize {
        self.end32 as usize
    }
}

/// [`Tok::marks`]: the word may be a cue (its key passes the quick filter
/// of the cue words).
pub(crate) const MAY_CUE: u8 = 1;
/// [`Tok::marks`]: the word may be the first word of a hedge.
pub(crate) const MAY_HEDGE: u8 = 2;

/// A noun phrase: token range `first..=last` and its head token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Chunk {
    pub first: usize,
    pub last: usize,
    pub head: usize,
}

/// Whether a chunk can be a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// A noun phrase that can say things.
    Source,
    /// A personal pronoun ("she").
    Pronoun,
    /// Anything else.
    No,
}

/// A tokenised sentence.
pub(crate) struct Sent<'t> {
    pub text: &'t str,
    lower: String,
    pub toks: Vec<Tok>,
}

/// What a char is to the tokeniser: white space, the start of a word (a
/// letter), of a number (an ASCII digit), or punctuation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Space,
    Word,
    Num,
    Punct,
}

/// [`Start`] of each ASCII char, as [`start_of`] would answer.
const ASCII_START: [Start; 128] = {
    let mut t = [Start::Punct; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if matches!(b, b' ' | 0x09..=0x0D) {
            // `char::is_whitespace` in ASCII (vertical tab included).
            Start::Space
        } else if b.is_ascii_alphabetic() {
            Start::Word
        } else if b.is_ascii_digit() {
            Start::Num
        } else {
            Start::Punct
        };
        i += 1;
    }
    t
};

/// What `c` starts: a table for ASCII, the Unicode properties beyond.
#[inline]
fn start_of(c: char) -> Start {
    match ASCII_START.get(c as usize) {
        Some(&k) => k,
        None if c.is_whitespace() => Start::Space,
        None if is_alpha(c) => Start::Word,
        None => Start::Punct,
    }
}

/// How many ASCII letters and digits `b` has from `at` on.
#[inline]
fn ascii_alnum_run(b: &[u8], at: usize) -> usize {
    let rest = b.get(at..).unwrap_or_default();
    rest.iter()
        .position(|&x| !ASCII_ALNUM[usize::from(x)])
        .unwrap_or(rest.len())
}

/// The char at byte `i` of `s` and its length, if any (`None` off the end
/// or inside a char).
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    match *s.as_bytes().get(i)? {
        // An ASCII byte is always a whole char: no UTF-8 decoding.
        b if b < 0x80 => Some((char::from(b), 1)),
        _ => s.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// `c.is_alphanumeric()`, answered at once for the General Punctuation
/// block (U+2000–U+206F: curly quotes, dashes, spaces), which has no
/// letter or digit, where the Unicode tables cost a few hundred
/// instructions.
#[inline]
fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// `c.is_alphabetic()`, the same way as [`is_alnum`].
#[inline]
fn is_alpha(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphabetic()
}

/// Whether `c` is a quotation mark (straight or curly, double or single).
#[inline]
fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\u{00AB}' | '\u{00BB}'
    )
}

/// The high bit of every byte.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// Bit 5 of every byte: set, it makes an ASCII capital small.
const CASE_BITS: u64 = 0x2020_2020_2020_2020;

/// The high bit of each byte of `v` (all ASCII: below 0x80) from `lo` to
/// `hi` (ASCII), exactly: no sum carries out of its byte.
#[inline]
fn ascii_range8(v: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let from = v + ONES * u64::from(0x80 - lo);
    let past = v + ONES * u64::from(0x80 - (hi + 1));
    from & !past & HIGH_BITS
}

/// Whether `w` is all capitals with at least two letters ("WHO",
/// "U.S."). The lower-case test comes first: it ends at the second letter
/// of most capitalised words ("Police"), where counting the letters reads
/// the whole word; an ASCII word is answered from its bytes.
fn is_acronym(w: &str) -> bool {
    if w.is_ascii() {
        let b = w.as_bytes();
        return !b.iter().any(u8::is_ascii_lowercase)
            && b.iter().filter(|x| x.is_ascii_alphabetic()).count() >= 2;
    }
    w.chars().all(|c| !c.is_lowercase()) && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Where a word of `text` that starts at `start` ends, its letters and
/// digits read up to `j`, which is not a space nor the end: the rest of
/// [`Sent::new_in`]'s word rule, out of line. Joins letters and digits
/// past ASCII and the joiners `-`, `'`, `’`, `.`, `&` before one; then
/// takes the dot of an abbreviation ("Gen.", "U.S.") or the quote of a
/// plural possessive before a capitalised word ("Supporters' Trust").
#[inline(never)]
fn word_end(text: &str, lower: &str, start: usize, mut j: usize) -> usize {
    let b = text.as_bytes();
    while let Some((d, dl)) = char_at(text, j) {
        // Most words end at a space, which joins nothing.
        if d == ' ' {
            break;
        }
        if is_alnum(d) {
            j += dl;
            continue;
        }
        if matches!(d, '-' | '\'' | '\u{2019}' | '.' | '&')
            && char_at(text, j + dl).is_some_and(|(e, _)| is_alnum(e))
        {
            j += dl;
            continue;
        }
        break;
    }
    let (Some(word), Some(low)) = (text.get(start..j), lower.get(start..j)) else {
        return j;
    };
    if b.get(j) == Some(&b'.') && is_abbreviation(word, low) {
        return j + 1;
    }
    // (The word's last char is an `s`: the last byte of a longer char is
    // never ASCII.) Plural possessive: "Supporters' Trust".
    if matches!(b.get(j.wrapping_sub(1)), Some(b's' | b'S')) {
        if let Some((q, ql)) = char_at(text, j) {
            if (q == '\'' || q == '\u{2019}')
                && !char_at(text, j + ql).is_some_and(|(e, _)| is_alnum(e))
                && char_at(text, j + ql).is_some_and(|(e, _)| e == ' ')
                && char_at(text, j + ql + 1).is_some_and(|(e, _)| e.is_uppercase())
            {
                return j + ql;
            }
        }
    }
    j
}

/// Where the number token starting with the ASCII digit at `i` ends: its
/// letters and digits, and separators (`,` `.` `:` `-` `/`) followed by a
/// digit ("2,400", "10:30", "2025-03-04").
fn number_end(text: &str, i: usize) -> usize {
    let mut j = i + 1;
    j += ascii_alnum_run(text.as_bytes(), j);
    while let Some((d, dl)) = char_at(text, j) {
        if is_alnum(d) {
            j += dl;
            continue;
        }
        if matches!(d, ',' | '.' | ':' | '-' | '/')
            && char_at(text, j + 1).is_some_and(|(e, _)| e.is_ascii_digit())
        {
            j += 1;
            continue;
        }
        break;
    }
    j
}

/// [`AFTER_WORD`]: the word ends before this byte: a space, or an ASCII
/// mark that neither joins a word nor follows an abbreviation or a plural
/// possessive (the end of the text counts as this too).
const ENDS: u8 = 0;
/// [`AFTER_WORD`]: a joiner (`-`, `'`, `.`, `&`) or a byte past ASCII:
/// [`word_end`] decides.
const MAY_GO_ON: u8 = 1;

/// What the byte after a run of ASCII letters and digits says of the
/// word's end, for [`Sent::new_in`]'s short path: [`word_end`] at such a
/// byte would answer the run's end at once, which one load tells here.
const AFTER_WORD: [u8; 256] = {
    let mut t = [ENDS; 256];
    let mut i = 0x80;
    while i < 256 {
        t[i] = MAY_GO_ON;
        i += 1;
    }
    t[b'-' as usize] = MAY_GO_ON;
    t[b'\'' as usize] = MAY_GO_ON;
    t[b'.' as usize] = MAY_GO_ON;
    t[b'&' as usize] = MAY_GO_ON;
    t
};

/// Whether a stop before this byte joins nothing: an ASCII byte that is
/// no letter or digit (a byte past ASCII may start a letter, which the
/// stop would join).
const AFTER_DOT: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x80 {
        t[i] = !(i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// The quick filters of the word tables for the word at `start..end`,
/// asked once when the sentence is tokenised, not by each pass: the
/// word's [`shape`] in lower case (`lb`).
#[inline]
fn word_marks(table: &MarkTable, lb: &[u8], start: usize, end: usize) -> u8 {
    let len = end - start;
    let a = lb.get(start).copied().unwrap_or(0);
    // The byte after the first masked to 0 for a one-byte word, rather than
    // a branch on the length.
    let two = len >= 2;
    let second = lb.get(start + 1).copied().unwrap_or(0) & 0u8.wrapping_sub(u8::from(two));
    let last = lb.get(end.wrapping_sub(1)).copied().unwrap_or(0);
    table.marks(shape(len, a, second, last))
}

impl<'t> Sent<'t> {
    /// Tokenises `text`.
    pub fn new(text: &'t str) -> Sent<'t> {
        Sent::new_in(text, String::new(), Vec::new())
    }

    /// [`Sent::new`] reusing the buffers of a sentence no longer needed
    /// (from [`Sent::into_parts`]).
    ///
    /// The loop reads a byte at a time and decodes a char only past ASCII;
    /// the common word, ASCII letters up to a space or a mark that joins
    /// nothing, takes a short path with few branches that depend on the
    /// text: its letters are read eight at a time ([`alnum_end`]) and the
    /// byte after it is classed through [`AFTER_WORD`]. The rare turns of a
    /// word (a joiner, a char past ASCII, an abbreviation's dot, a
    /// possessive's quote) are taken out of line in [`word_end`] (a test
    /// holds the tokens equal to those of the char-by-char loop).
    pub fn new_in(text: &'t str, mut lower: String, mut toks: Vec<Tok>) -> Sent<'t> {
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        toks.clear();
        // Offsets are kept as `u32` ([`Tok`]): a longer text gets no tokens.
        if u32::try_from(text.len()).is_err() {
            return Sent { text, lower, toks };
        }
        toks.reserve(text.len() / 5 + 1);
        // The table of the word marks, looked up once.
        let mark_table = &*MARKS;
        let b = text.as_bytes();
        let lb = lower.as_bytes();
        let mut i = 0;
        while let Some(&x) = b.get(i) {
            let start = i;
            if x.is_ascii_alphabetic() {
                // The short path: a word that starts with an ASCII letter.
                let mut j = alnum_end(b, i + 1);
                let after = b.get(j).map_or(ENDS, |&y| AFTER_WORD[usize::from(y)]);
                if after != ENDS {
                    j = if b.get(j) == Some(&b'.')
                        && b.get(j + 1).is_none_or(|&z| AFTER_DOT[usize::from(z)])
                    {
                        // A stop that joins nothing (most often the
                        // sentence's own): [`word_end`]'s answer without its
                        // loop. The word is ASCII letters and digits, so it
                        // has no dot and is an abbreviation only as a single
                        // capital or a listed one; a stop is no quote, so
                        // there is no possessive to take.
                        let abbreviation = x.is_ascii_uppercase()
                            && (j - start == 1
                                || lower.get(start..j).is_some_and(|k| ABBR.contains(k)));
                        j + usize::from(abbreviation)
                    } else {
                        word_end(text, &lower, start, j)
                    };
                }
                toks.push(Tok::new(
                    start,
                    j,
                    Kind::Word,
                    x.is_ascii_uppercase(),
                    word_marks(mark_table, lb, start, j),
                ));
                // The space after the word, skipped here rather than by
                // the loop.
                i = j + usize::from(b.get(j) == Some(&b' '));
                continue;
            }
            let (kind, len) = if x < 0x80 {
                (ASCII_START[usize::from(x)], 1)
            } else {
                match char_at(text, i) {
                    Some((c, len)) => (start_of(c), len),
                    None => break,
                }
            };
            match kind {
                Start::Space => i += len,
                Start::Word => {
                    // A word that starts past ASCII ("Ángel", "Ωmega").
                    let mut j = alnum_end(b, i + len);
                    if b.get(j).is_some_and(|&y| y != b' ') {
                        j = word_end(text, &lower, start, j);
                    }
                    let cap = char_at(text, i).is_some_and(|(c, _)| c.is_uppercase());
                    toks.push(Tok::new(
                        start,
                        j,
                        Kind::Word,
                        cap,
                        word_marks(mark_table, lb, start, j),
                    ));
                    i = j + usize::from(b.get(j) == Some(&b' '));
                }
                Start::Num => {
                    let j = number_end(text, i);
                    toks.push(Tok::new(start, j, Kind::Num, false, 0));
                    // A space after it is skipped here too (it makes no
                    // token), saving the loop a turn.
                    i = j + usize::from(b.get(j) == Some(&b' '));
                }
                Start::Punct => {
                    toks.push(Tok::new(start, i + len, Kind::Punct, false, 0));
                    i += len;
                    i += usize::from(b.get(i) == Some(&b' '));
                }
            }
        }
        Sent { text, lower, toks }
    }

    /// The tokeniser as first written, char by char: the test of
    /// [`Sent::new_in`] compares the two.
    #[cfg(test)]
    pub fn new_in_plain(text: &'t str, mut lower: String, mut toks: Vec<Tok>) -> Sent<'t> {
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        toks.clear();
        // Offsets are kept as `u32` ([`Tok`]): a longer text gets no tokens.
        if u32::try_from(text.len()).is_err() {
            return Sent { text, lower, toks };
        }
        toks.reserve(text.len() / 5 + 1);
        // The table of the word marks, looked up once.
        let mark_table = &*MARKS;
        let b = text.as_bytes();
        let mut i = 0;
        while let Some((c, len)) = char_at(text, i) {
            let kind = start_of(c);
            if kind == Start::Space {
                i += len;
                continue;
            }
            let start = i;
            if kind == Start::Word {
                let mut j = i + len;
                // The ASCII letters and digits first, a byte at a time
                // through a table (the range tests cost twice as much).
                j += ascii_alnum_run(b, j);
                while let Some((d, dl)) = char_at(text, j) {
                    // Most words end at a space, which joins nothing.
                    if d == ' ' {
                        break;
                    }
                    if is_alnum(d) {
                        j += dl;
                        continue;
                    }
                    if matches!(d, '-' | '\'' | '\u{2019}' | '.' | '&')
                        && char_at(text, j + dl).is_some_and(|(e, _)| is_alnum(e))
                    {
                        j += dl;
                        continue;
                    }
                    break;
                }
                if b.get(j) == Some(&b'.') && is_abbreviation(&text[start..j], &lower[start..j]) {
                    j += 1;
                } else if matches!(b.get(j.wrapping_sub(1)), Some(b's' | b'S')) {
                    // (The word's last char is an `s`: the last byte of a
                    // longer char is never ASCII.)
                    // Plural possessive: "Supporters' Trust".
                    if let Some((q, ql)) = char_at(text, j) {
                        if (q == '\'' || q == '\u{2019}')
                            && !char_at(text, j + ql).is_some_and(|(e, _)| is_alnum(e))
                            && char_at(text, j + ql).is_some_and(|(e, _)| e == ' ')
                            && char_at(text, j + ql + 1).is_some_and(|(e, _)| e.is_uppercase())
                        {
                            j += ql;
                        }
                    }
                }
                // The quick filters of the word tables, asked once here, not
                // by each pass: the word's length and first two bytes in
                // lower case (0 past its end).
                let lb = lower.as_bytes();
                let len = j - start;
                let a = lb.get(start).copied().unwrap_or(0);
                let second = if len >= 2 {
                    lb.get(start + 1).copied().unwrap_or(0)
                } else {
                    0
                };
                toks.push(Tok::new(
                    start,
                    j,
                    Kind::Word,
                    c.is_uppercase(),
                    mark_table.marks(shape(len, a, second, lb.get(j - 1).copied().unwrap_or(0))),
                ));
                // The space after the word, skipped here rather than by the
                // loop.
                i = if b.get(j) == Some(&b' ') { j + 1 } else { j };
            } else if kind == Start::Num {
                let j = number_end(text, i);
                toks.push(Tok::new(start, j, Kind::Num, false, 0));
                i = j;
            } else {
                toks.push(Tok::new(start, i + len, Kind::Punct, false, 0));
                i += len;
            }
        }
        Sent { text, lower, toks }
    }

    /// The lower-cased copy and the tokens, to be kept for another pass
    /// over the same text (see [`Sent::from_parts`]).
    pub fn into_parts(self) -> (String, Vec<Tok>) {
        (self.lower, self.toks)
    }

    /// The sentence again from what [`Sent::into_parts`] gave for this very
    /// `text`, without tokenising it a second time.
    pub fn from_parts(text: &'t str, lower: String, toks: Vec<Tok>) -> Sent<'t> {
        Sent { text, lower, toks }
    }

    /// Number of tokens.
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The token's text.
    #[inline]
    pub fn word(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .map_or("", |t| self.text.get(t.start()..t.end()).unwrap_or(""))
    }

    /// The token's text in ASCII lower case ("" out of range).
    #[inline]
    pub fn key(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| self.lower.get(t.start()..t.end()).unwrap_or(""))
    }

    /// Whether token `i` is a word with `mark` ([`MAY_CUE`], [`MAY_HEDGE`]).
    #[inline]
    pub fn marked(&self, i: usize, mark: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.marks & mark != 0)
    }

    /// Whether token `i` is a word.
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    /// Whether token `i` is a capitalised word.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.cap)
    }

    /// Whether token `i` is the punctuation `c`.
    #[inline]
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        // The bytes of `c` (a constant where this is inlined) against the
        // token's, and the kind, tested together: a `&&` on the kind is a
        // branch the CPU mispredicts at many tokens.
        let mut buf = [0u8; 4];
        let want = c.encode_utf8(&mut buf).as_bytes();
        let same = self
            .text
            .as_bytes()
            .get(t.start()..t.end())
            .is_some_and(|b| b.starts_with(want));
        (t.kind == Kind::Punct) & same
    }

    /// Whether token `i` is a quotation mark.
    #[inline]
    pub fn is_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct
                && self.text[t.start()..]
                    .chars()
                    .next()
                    .is_some_and(is_quote_char)
        })
    }

    /// Whether token `i` is in `set` (by its lower-case key).
    #[inline]
    pub fn in_set(&self, i: usize, set: &WordSet) -> bool {
        self.is_word(i) && set.contains(self.key(i))
    }

    /// Byte range of tokens `first..=last`.
    #[inline]
    pub fn range(&self, first: usize, last: usize) -> (usize, usize) {
        (self.toks[first].start(), self.toks[last].end())
    }

    /// Whether a word is a possessive ("Peru's", "mine’s", "Supporters'").
    fn possessive(&self, i: usize) -> bool {
        let w = self.word(i);
        w.ends_with("'s")
            || w.ends_with("\u{2019}s")
            || w.ends_with('\'')
            || w.ends_with('\u{2019}')
    }

    /// Whether token `i` is an all-capitals word ("WHO", "UNHCR"): a name,
    /// even where its letters spell a function word.
    pub fn acronym(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        // A word of up to eight ASCII bytes is answered from one load of
        // the text, its small letters and letters as bit masks, instead of
        // loops that end where the word does.
        let len = t.end() - t.start();
        if len <= 8 {
            let keep = ((1u128 << (8 * len)) - 1) as u64;
            let v = load8(self.text.as_bytes(), t.start()) & keep;
            if v & HIGH_BITS == 0 {
                let small = ascii_range8(v, b'a', b'z');
                let letter = ascii_range8(v | CASE_BITS, b'a', b'z');
                return small == 0 && letter.count_ones() >= 2;
            }
        }
        is_acronym(self.word(i))
    }

    /// A lower-case particle inside a personal name ("van der Berg").
    fn particle(&self, i: usize) -> bool {
        !self.is_cap(i) && PARTICLE.contains(self.key(i))
    }

    /// A connector inside a capitalised name ("of", "and", "for", "de").
    fn name_connector(&self, i: usize) -> bool {
        matches!(self.key(i), "of" | "and" | "for" | "&" | "on" | "in")
            || PARTICLE.contains(self.key(i))
    }

    /// The noun phrase that ends at token `e`, walking left.
    pub fn np_back(&self, e: usize) -> Option<Chunk> {
        let first = self.np_back_core(e)?;
        // "sources familiar with the matter", "a person close to the talks".
        if first >= 3
            && matches!(
                (self.key(first - 2), self.key(first - 1)),
                ("familiar", "with") | ("close", "to") | ("briefed", "on") | ("involved", "in")
            )
            && SOURCE.contains(self.key(first - 3))
        {
            let role = self.np_back_core(first - 3)?;
            return Some(Chunk {
                first: role,
                last: e,
                head: first - 3,
            });
        }
        // "a spokesperson for X", "observers from X", "head of X", "a poll
        // by Ipsos".
        if first >= 2
            && matches!(self.key(first - 1), "for" | "of" | "from" | "at" | "by")
            && self.is_word(first - 2)
            && (!self.is_cap(first - 2) || first == 2)
            && SOURCE.contains(self.key(first - 2))
        {
            let role = self.np_back_core(first - 2)?;
            return Some(Chunk {
                first: role,
                last: e,
                head: first - 2,
            });
        }
        Some(Chunk {
            first,
            last: e,
            head: e,
        })
    }

    /// The first token of the plain noun phrase ending at `last`.
    fn np_back_core(&self, last: usize) -> Option<usize> {
        if !self.head_ok(last) {
            return None;
        }
        if self.in_set(last, &PRON) {
            return Some(last);
        }
        let mut first = last;
        let mut lower_run = 0;
        let mut j = last;
        // Bounded, so that a run of capitalised words stays linear.
        while j > 0 && last - j < 16 {
            let p = j - 1;
            let t = self.toks[p];
            match t.kind {
                Kind::Word => {
                    let k = self.key(p);
                    // "Office of the High Commissioner": "the" inside a name.
                    if k == "the"
                        && self.is_cap(first)
                        && p >= 2
                        && matches!(self.key(p - 1), "of" | "for")
                        && self.is_cap(p - 2)
                    {
                        j = p - 1;
                        continue;
                    }
                    if DET.contains(k) {
                        // "the", "a", "its": open the phrase.
                        first = p;
                        break;
                    }
                    if self.name_connector(p) {
                        let mut q = p;
                        while q > 0 && self.particle(q) && self.particle(q - 1) {
                            q -= 1;
                        }
                        let joins_names = self.is_cap(first)
                            && q > 0
                            && self.is_cap(q - 1)
                            && (q == p || self.particle(p))
                            && !matches!(k, "on" | "in");
                        if joins_names {
                            j = p;
                            continue;
                        }
                        break;
                    }
                    if t.cap {
                        // A capitalised function word inside a name:
                        // "Doctors Without Borders".
                        let inside_name = p > 0 && self.is_cap(p - 1) && self.is_cap(first);
                        let acronym = inside_name || self.acronym(p);
                        if !acronym
                            && ((STOP.contains(k) && k != "no") || (PRON.contains(k) && p == 0))
                        {
                            break;
                        }
                        first = p;
                        j = p;
                        continue;
                    }
                    if STOP.contains(k)
                        || PRON.contains(k)
                        || BE.contains(k)
                        || adverb(k)
                        || k.ends_with("ing")
                    {
                        break;
                    }
                    if !self.possessive(p) {
                        lower_run += 1;
                        if lower_run > 3 {
                            break;
                        }
                    }
                    first = p;
                    j = p;
                }
                Kind::Num => {
                    if p > 0 && self.key(p - 1) == "no." {
                        first = p - 1;
                        j = p - 1;
                        continue;
                    }
                    break;
                }
                Kind::Punct => {
                    // "Ministry of Housing, Construction and Sanitation".
                    let inside_list = self.is_punct(p, ',')
                        && self.is_cap(first)
                        && p > 0
                        && self.is_cap(p - 1)
                        && (first..=last).any(|x| self.key(x) == "and");
                    if inside_list || (self.is_punct(p, '&') && p > 0 && self.is_cap(p - 1)) {
                        j = p;
                        continue;
                    }
                    break;
                }
            }
        }
        Some(first)
    }

    /// Whether token `i` can end a noun phrase.
    fn head_ok(&self, i: usize) -> bool {
        match self.toks.get(i).map(|t| t.kind) {
            Some(Kind::Word) => {
                let k = self.key(i);
                !STOP.contains(k)
                    || PRON.contains(k)
                    || self.acronym(i)
                    || (self.is_cap(i) && i > 0 && k != "the")
            }
            Some(Kind::Num) => i > 0 && self.key(i - 1) == "no.",
            _ => false,
        }
    }

    /// The noun phrase that starts at token `b`, walking right.
    pub fn np_fwd(&self, b: usize) -> Option<Chunk> {
        self.fwd(b, true)
    }

    /// [`Sent::np_fwd`]; `extend` allows one postmodifier ("for the
    /// ministry", "familiar with the matter"), never nested.
    fn fwd(&self, b: usize, extend: bool) -> Option<Chunk> {
        let n = self.len();
        let mut i = b;
        if self.in_set(i, &DET) && (self.is_word(i + 1) || !PRON.contains(self.key(i))) {
            i += 1;
        }
        if i >= n {
            return None;
        }
        // A lone pronoun.
        if i == b && self.in_set(i, &PRON) {
            return Some(Chunk {
                first: i,
                last: i,
                head: i,
            });
        }
        let mut last: Option<usize> = None;
        let mut lower_run = 0;
        let mut has_of = false;
        while i < n && i - b < 16 {
            let t = self.toks[i];
            match t.kind {
                Kind::Word => {
                    let k = self.key(i);
                    let acronym = self.acronym(i);
                    if t.cap && (acronym || !(STOP.contains(k) && last.is_none() && i > 0)) {
                        if !acronym && STOP.contains(k) && !matches!(k, "no") && last.is_some() {
                            break;
                        }
                        last = Some(i);
                        i += 1;
                        continue;
                    }
                    // "Office of the High Commissioner".
                    if matches!(k, "of" | "for")
                        && last.is_some_and(|l| self.is_cap(l))
                        && self.key(i + 1) == "the"
                        && self.is_cap(i + 2)
                    {
                        has_of = true;
                        i += 2;
                        continue;
                    }
                    // "on" joins a name only after a body that takes a
                    // subject ("the Commission on Audit", "the Council on
                    // Foreign Relations"), not before a day ("Reuters on
                    // Monday").
                    let on_subject = k == "on"
                        && last.is_some_and(|l| ON_HEADS.contains(&self.key(l)))
                        && !is_day_or_month(self.key(i + 1));
                    if self.name_connector(i)
                        && last.is_some_and(|l| self.is_cap(l))
                        && self.is_cap(i + 1)
                        && (!matches!(k, "on" | "in") || on_subject)
                    {
                        has_of |= k == "of";
                        i += 1;
                        continue;
                    }
                    // "people familiar with the matter".
                    if extend
                        && matches!(
                            (k, self.key(i + 1)),
                            ("familiar", "with") | ("close", "to") | ("involved", "in")
                        )
                        && last.is_some_and(|l| SOURCE.contains(self.key(l)))
                    {
                        if let (Some(l), Some(c)) = (last, self.fwd(i + 2, false)) {
                            return Some(Chunk {
                                first: b,
                                last: c.last,
                                head: l,
                            });
                        }
                    }
                    if STOP.contains(k)
                        || PRON.contains(k)
                        || BE.contains(k)
                        || adverb(k)
                        || k.ends_with("ed")
                        || k.ends_with("ing")
                    {
                        break;
                    }
                    lower_run += 1;
                    // After a name, at most two nouns ("a Reuters tally",
                    // "GUS data").
                    let after_name = last.is_some_and(|l| self.is_cap(l));
                    if lower_run > 4 || (after_name && lower_run > 2) {
                        break;
                    }
                    last = Some(i);
                    i += 1;
                }
                Kind::Num => {
                    if i > 0 && self.key(i - 1) == "no." {
                        last = Some(i);
                        i += 1;
                        continue;
                    }
                    break;
                }
                Kind::Punct => {
                    let list = self.is_punct(i, ',')
                        && has_of
                        && self.is_cap(i + 1)
                        && (i + 1..(i + 6).min(n))
                            .any(|x| self.key(x) == "and" && self.is_cap(x + 1));
                    if list || (self.is_punct(i, '&') && self.is_cap(i + 1)) {
                        i += 1;
                        continue;
                    }
                    break;
                }
            }
        }
        let last = last?;
        let mut chunk = Chunk {
            first: b,
            last,
            head: last,
        };
        // "a spokesperson for the ministry".
        if extend
            && (!self.is_cap(last) || last == 0)
            && SOURCE.contains(self.key(last))
            && matches!(self.key(last + 1), "for" | "of" | "from" | "at")
        {
            if let Some(c) = self.fwd(last + 2, false) {
                if self.fit(c) == Fit::Source && c.first == last + 2 {
                    chunk.last = c.last;
                }
            }
        }
        Some(chunk)
    }

    /// Whether a chunk can be a source.
    pub fn fit(&self, c: Chunk) -> Fit {
        let k = self.key(c.head);
        if c.first == c.last && PRON.contains(k) && !self.acronym(c.head) {
            return if matches!(k, "he" | "she" | "they" | "we" | "i" | "you" | "it") {
                Fit::Pronoun
            } else {
                Fit::No
            };
        }
        match self.toks.get(c.head).map(|t| t.kind) {
            Some(Kind::Word) => {}
            Some(Kind::Num) if c.head > 0 && self.key(c.head - 1) == "no." => {
                return Fit::Source;
            }
            _ => return Fit::No,
        }
        let cap = self.is_cap(c.head);
        if STOP.contains(k) && !(cap && c.head > 0) && !self.acronym(c.head) {
            return Fit::No;
        }
        if cap || SOURCE.contains(k) || agentive(k) {
            Fit::Source
        } else {
            Fit::No
        }
    }

    /// The subject of the sentence's main clause: the first noun phrase
    /// after a dateline ("LIMA, March 4 (Wire) -") and an introductory
    /// phrase ("On Monday,").
    pub fn subject(&self) -> Option<Chunk> {
        let n = self.len();
        let mut i = 0;
        // Dateline: an all-caps first word and a dash soon after.
        let first = self.word(0);
        if first.len() >= 2 && first.chars().all(|c| !c.is_lowercase()) {
            if let Some(d) = (1..n.min(20)).find(|&x| {
                self.is_punct(x, '-')
                    || self.is_punct(x, '\u{2014}')
                    || self.is_punct(x, '\u{2013}')
            }) {
                i = d + 1;
            }
        }
        if self.in_set(i, &OPEN) {
            let comma = (i + 1..n.min(i + 16)).find(|&x| self.is_punct(x, ','))?;
            i = comma + 1;
        }
        self.np_fwd(i)
    }

    /// Whether the verb at `i` reads as a noun ("the estimate", "press
    /// reports"). A past form reads as an adjective only after a determiner ("an
    /// estimated 18,000", "the reported attack"): "media reported" is a
    /// verb.
    pub fn noun_use(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        if self.key(i).ends_with("ed") {
            return self.in_set(i - 1, &DET) && !self.in_set(i - 1, &PRON)
                || matches!(self.key(i - 1), "a" | "an" | "the");
        }
        // Only forms that are also nouns: "press reports", "the estimate".
        NOUN_FORM.contains(self.key(i)) && self.in_set(i - 1, &NOUNISH)
    }
}

/// A lower-case word ending in "-ly" that is an adverb ("quickly"), not a
/// noun ("tally", "family", "assembly").
fn adverb(k: &str) -> bool {
    k.ends_with("ly") && k.len() > 4 && !SOURCE.contains(k) && !NOT_ADVERB.contains(k)
}

/// Agent-noun suffixes that make a lower-case head a plausible source
/// ("forecasters", "organisers", "economists").
fn agentive(k: &str) -> bool {
    let plural = ["ers", "ors", "ists", "ians", "ants", "ents"];
    (k.len() > 5 && plural.iter().any(|s| k.ends_with(s)))
        || (k.len() > 4 && (k.ends_with("ist") || k.ends_with("ian")))
        || (k.len() > 6 && k.ends_with("or"))
}

/// Whether `word` (followed by a full stop) is an abbreviation that keeps
/// the stop: an initial ("J."), a dotted acronym ("U.S."), or a table entry
/// written with a capital ("Inc.", "Dr.", "No.").
fn is_abbreviation(word: &str, lower: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    let single = first.is_some_and(|c| c.is_uppercase()) && chars.next().is_none();
    single
        || (word.contains('.') && !word.contains(' '))
        || (first.is_some_and(|c| c.is_uppercase()) && ABBR.contains(lower))
}

/// Whether the chunk's tokens, read right to left from the verb at `v`,
/// allow a subject: returns the index of the token before the skipped
/// adverbs and auxiliaries, or `None` for a passive ("was told"), a negation
/// or an infinitive.
pub(crate) fn before_verb(s: &Sent<'_>, v: usize) -> Option<usize> {
    let mut j = v;
    let mut steps = 0;
    while j > 0 && steps < 6 {
        let p = j - 1;
        if !s.is_word(p) {
            break;
        }
        let k = s.key(p);
        if BE.contains(k) && j == v {
            return None;
        }
        if matches!(k, "not" | "never" | "to") || k.ends_with("n't") {
            return None;
        }
        if SKIP.contains(k) || (adverb(k) && !s.is_cap(p)) {
            j = p;
            steps += 1;
            continue;
        }
        break;
    }
    if j == 0 { None } else { Some(j - 1) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A [`WordMap`] answers as the `HashMap` collected from the same
    /// pairs (a later pair of a word wins), long words and near misses too.
    #[test]
    fn word_map_is_a_plain_map() {
        let pairs: Vec<(&'static str, (&'static str, bool))> = super::super::verbs::REPORTING_VERBS
            .iter()
            .map(|&(f, l, s)| (f, (l, s)))
            .chain([
                ("said", ("twice", true)),
                ("abcdefghijklmnopq", ("long", false)),
                ("abcdefghijklmnopqr", ("longer", true)),
                ("a", ("a", false)),
            ])
            .collect();
        let map: WordMap<(&str, bool)> = pairs.iter().copied().collect();
        let plain: HashMap<&str, (&str, bool)> = pairs.iter().copied().collect();
        let mut asks: Vec<String> = vec!["".into(), "aaa".into(), "Zoë".into(), "\0".into()];
        for (w, _) in &pairs {
            asks.push(w.to_string());
            asks.push(w.to_uppercase());
            asks.push(format!("{w}s"));
            asks.push(w.repeat(3));
            asks.push(w.chars().skip(1).collect());
        }
        for a in &asks {
            assert_eq!(map.get(a), plain.get(a.as_str()), "{a:?}");
        }
        assert_eq!(map.get("said"), Some(&("twice", true)));
    }

    /// A [`WordSet`] answers as a plain hash set of its words, for the
    /// words themselves, their near misses (a byte more, less or changed,
    /// other case), long words, Unicode and odd bytes.
    #[test]
    fn word_set_is_a_plain_set() {
        // Many keys of one shape: long runs of taken slots to walk.
        let many: &'static [&'static str] = Vec::leak(
            (0..300)
                .map(|i| &*String::leak(format!("w{i}")))
                .collect::<Vec<&'static str>>(),
        );
        let tables: [&[&'static str]; 5] = [
            many,
            STOP_WORDS,
            SOURCE_NOUNS,
            &[
                "a",
                "ab",
                "abc",
                "abcd",
                "abcdefg",
                "abcdefgh",
                "abcdefghijklmnop",
            ],
            &[
                "abcdefghijklmnopq",
                "internationalisation",
                "é",
                "zoë",
                "a\0",
                "\0",
            ],
        ];
        for table in tables {
            let set = set(table);
            let plain: HashSet<&str> = table.iter().copied().collect();
            let mut asks: Vec<String> = vec![
                String::new(),
                "\0".into(),
                "a\0".into(),
                "\0a".into(),
                "abcdefghijklmnopqr".into(),
                "abcdefghijklmnoq".into(),
                "Zoë".into(),
                "—".into(),
                "\u{a0}".into(),
            ];
            for w in table {
                asks.push(w.to_string());
                asks.push(w.to_uppercase());
                asks.push(format!("{w}s"));
                asks.push(format!("x{w}"));
                asks.push(w.repeat(3));
                asks.push(w.chars().skip(1).collect());
                asks.push(w.chars().rev().collect());
                let mut v: Vec<u8> = w.bytes().collect();
                let mid = v.len() / 2;
                if let Some(m) = v.get_mut(mid) {
                    *m ^= 1;
                }
                asks.push(String::from_utf8_lossy(&v).into_owned());
            }
            let mut hits = 0;
            for a in &asks {
                assert_eq!(set.contains(a), plain.contains(a.as_str()), "{a:?}");
                // The table alone, without the quick filter in front.
                assert_eq!(set.lookup(a), plain.contains(a.as_str()), "{a:?}");
                hits += usize::from(plain.contains(a.as_str()));
            }
            assert!(hits >= table.len(), "{hits}");
        }
    }

    /// The tokeniser's short paths give the tokens of the char-by-char
    /// loop, on varied text (joiners, abbreviations, possessives, numbers,
    /// Unicode letters, quotes, dashes and spaces) and on the bench corpus.
    #[test]
    fn tokens_are_those_of_the_char_loop() {
        let mut texts: Vec<String> = [
            "Officials said 40 people were reportedly killed.",
            "AT&T's R&D unit, A&1,000 and B&2; Gen. Smith, Mr. Jones, Dr.Who, the U.S. on Jan. 5.",
            "The Supporters' Trust and the Jones’ Bar; the fans’ views, Boss' and Supporters'trust.",
            "It costs ½ of £1.5bn, x² and ١٢٣ or ٣-year plans at 3:30pm, 24/7, 1.5bn-dollar.",
            "“We won’t,” said Zoë Ríos-Carvajal — don't, didn’t; J. K. Rowling (Ed.) ÉCOLE Ýes.",
            "Rain\u{a0}fell\u{2009}in\tthe north\r\nof C++ #1 @user x.y.z ends. Ⅻ legions 𝒜lpha ß.",
            "snake_case _ and a–b, a—b, a-b-c and -5 or .5 or 5. U.S.-based co-op's e-mail",
            "",
            " ",
            "’",
            "s'",
            "Gen.",
            "a",
        ]
        .map(String::from)
        .to_vec();
        let lines: Vec<String> = crate::bench_corpus_texts()
            .iter()
            .flat_map(|t| t.lines().map(String::from).collect::<Vec<_>>())
            .collect();
        assert!(lines.len() > 1000, "the bench corpus is read");
        texts.extend(lines);
        let key = |s: &Sent<'_>| {
            s.toks
                .iter()
                .map(|t| (t.start(), t.end(), t.kind, t.cap, t.marks))
                .collect::<Vec<_>>()
        };
        for text in &texts {
            let fast = Sent::new(text);
            let plain = Sent::new_in_plain(text, String::new(), Vec::new());
            assert_eq!(key(&fast), key(&plain), "{text:?}");
            assert_eq!(fast.lower, plain.lower);
        }
    }

    fn chunk_text(s: &Sent<'_>, c: Chunk) -> String {
        let (a, b) = s.range(c.first, c.last);
        s.text[a..b].to_string()
    }

    #[test]
    fn the_start_table_answers_as_the_char_tests() {
        for c in (0u8..=0x7F)
            .map(char::from)
            .chain(['é', '’', '\u{a0}', '٣', '—', 'Ж'])
        {
            let want = if c.is_whitespace() {
                Start::Space
            } else if c.is_alphabetic() {
                Start::Word
            } else if c.is_ascii_digit() {
                Start::Num
            } else {
                Start::Punct
            };
            assert_eq!(start_of(c), want, "{c:?}");
        }
    }

    #[test]
    fn the_punctuation_block_has_no_letter_or_digit() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric() && !c.is_alphabetic(), "{c:?}");
        }
        for c in ['a', 'é', 'Z', '7', '٣', '’', '—', ' ', '\u{2070}'] {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn word_sets_hold_their_tables() {
        for (set, table) in [
            (&*SOURCE, SOURCE_NOUNS),
            (&*STOP, STOP_WORDS),
            (&*SKIP, SKIP_BEFORE_VERB),
            (&*BE, BE_FORMS),
            (&*PRON, PRONOUNS),
            (&*DET, DETERMINERS),
            (&*OPEN, OPENERS),
            (&*ABBR, ABBREVIATIONS),
            (&*NOUNISH, NOUN_MARKERS),
            (&*PARTICLE, NAME_PARTICLES),
        ] {
            for w in table {
                assert!(set.contains(w), "{w}");
                assert!(!set.contains(&format!("{w}zq")), "{w}zq");
            }
        }
        assert!(!SOURCE.contains("") && !SOURCE.contains("zzyzx"));
    }

    #[test]
    fn marks_are_the_filters_answers() {
        let text = "Officials SAID, reportedly: “É said” a 12 according-to x Says’ may.";
        let s = Sent::new(text);
        assert!(s.len() > 10);
        for i in 0..s.len() {
            let k = s.key(i);
            let want = if s.is_word(i) {
                (u8::from(super::super::CUE_WORDS.may_have(k)) * MAY_CUE)
                    | (u8::from(super::super::HEDGE_WORDS.may_have(k)) * MAY_HEDGE)
            } else {
                0
            };
            assert_eq!(s.toks[i].marks, want, "{k:?}");
        }
        assert!(s.marked(1, MAY_CUE) && s.marked(3, MAY_HEDGE));
    }

    #[test]
    fn prefilter_keeps_every_table_word() {
        let f = Prefilter::new(["said", "according", "a", "tells"]);
        for w in ["said", "according", "a", "tells"] {
            assert!(f.may_have(w), "{w}");
        }
        // Other shapes are turned away (these land on clear bits).
        for w in ["sai", "saidx", "paid", "", "b"] {
            assert!(!f.may_have(w), "{w}");
        }
        // Every word of every table passes its filter, at both sizes.
        let tables: [&[&str]; 13] = [
            SOURCE_NOUNS,
            STOP_WORDS,
            SKIP_BEFORE_VERB,
            BE_FORMS,
            PRONOUNS,
            DETERMINERS,
            OPENERS,
            ABBREVIATIONS,
            NOUN_MARKERS,
            NAME_PARTICLES,
            NOUN_FORMS,
            LY_NOUNS,
            &["é", "zoë", "a\0", "\0", "internationalisation"],
        ];
        for t in tables {
            let f = Prefilter::new(t.iter().copied());
            let g = Prefilter::with_shift(t, MARK_SHIFT);
            for w in t {
                assert!(f.may_have(w) && g.may_have(w), "{w}");
            }
        }
    }

    /// A token is 12 bytes, and its offsets come back as given.
    #[test]
    fn tokens_are_small_and_keep_their_offsets() {
        assert_eq!(std::mem::size_of::<Tok>(), 12);
        let t = Tok::new(7, 4_000_000_000, Kind::Word, true, MAY_CUE);
        assert_eq!((t.start(), t.end(), t.marks), (7, 4_000_000_000, MAY_CUE));
        let text = "Zoë “said” — it’s 1,200\u{a0}km.";
        let s = Sent::new(text);
        let words: Vec<&str> = s.toks.iter().map(|t| &text[t.start()..t.end()]).collect();
        assert_eq!(
            words,
            ["Zoë", "“", "said", "”", "—", "it’s", "1,200", "km", "."]
        );
    }

    /// The filters turn away most words of other shapes: the words of the
    /// corpus that are in no table pass [`SOURCE`]'s (the largest table)
    /// at most one time in eight (a filter with every bit set fails).
    #[test]
    fn prefilter_turns_most_others_away() {
        let (mut others, mut passed) = (0usize, 0usize);
        for text in crate::bench_corpus_texts().iter().take(60) {
            let s = Sent::new(text);
            for i in 0..s.len() {
                let k = s.key(i);
                if s.is_word(i) && !SOURCE_NOUNS.contains(&k) {
                    others += 1;
                    passed += usize::from(SOURCE.pre.may_have(k));
                }
            }
        }
        assert!(others > 1000 && passed * 8 < others, "{passed} of {others}");
    }

    /// [`MarkTable::marks`] answers as the two filters it packs, for the
    /// shapes of every token of some corpus text and of the table words.
    #[test]
    fn mark_table_is_the_two_filters() {
        let (cue, hedge) = (&*super::super::CUE_WORDS, &*super::super::HEDGE_WORDS);
        let mut words: Vec<String> = super::super::verbs::REPORTING_VERBS
            .iter()
            .map(|&(f, _, _)| f.to_string())
            .chain(
                super::super::words::HEDGES
                    .iter()
                    .map(|&(f, _, _)| f.to_string()),
            )
            .collect();
        for text in crate::bench_corpus_texts().iter().take(40) {
            let s = Sent::new(text);
            words.extend((0..s.len()).map(|i| s.key(i).to_string()));
        }
        let (mut cues, mut hedges) = (0, 0);
        for w in &words {
            let want =
                (u8::from(cue.may_have(w)) * MAY_CUE) | (u8::from(hedge.may_have(w)) * MAY_HEDGE);
            assert_eq!(MARKS.marks(shape_of(w)), want, "{w:?}");
            cues += usize::from(want & MAY_CUE != 0);
            hedges += usize::from(want & MAY_HEDGE != 0);
        }
        assert!(cues > 200 && hedges > 100);
    }

    /// [`Sent::acronym`] and [`Sent::is_punct`] answer as the plain tests
    /// they replace, token by token.
    #[test]
    fn token_tests_answer_as_the_plain_ones() {
        let mut texts: Vec<String> = [
            "WHO and UNHCR, U.S. A B2 ÉCOLE Ab AB x1 X1Y IMF’s NATO-led (Reuters) – — : ; &",
            "ABCDEFGH ABCDEFGHI abcdefgh Abcdefgh A.B. 12 «AB» “CD”",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(crate::bench_corpus_texts().iter().take(30).cloned());
        for text in &texts {
            let s = Sent::new(text);
            for i in 0..s.len() + 1 {
                let plain = s.is_word(i) && is_acronym(s.word(i));
                assert_eq!(s.acronym(i), plain, "{:?}", s.word(i));
                for c in [
                    ',', '.', '&', '(', ')', '-', ':', ';', '\u{2013}', '\u{2014}',
                ] {
                    let plain = s.toks.get(i).is_some_and(|t| {
                        t.kind == Kind::Punct && s.text[t.start()..t.end()].starts_with(c)
                    });
                    assert_eq!(s.is_punct(i, c), plain, "{:?} {c:?}", s.word(i));
                }
            }
        }
    }

    /// The acronym test answers as the plain char test it replaces.
    #[test]
    fn acronyms_as_the_char_test() {
        let plain = |w: &str| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.chars().all(|c| !c.is_lowercase())
        };
        for w in [
            "",
            "A",
            "AB",
            "WHO",
            "Who",
            "U.S.",
            "U.S",
            "I",
            "UNHCR's",
            "UNHCR’S",
            "ÉU",
            "Éu",
            "É",
            "ÉÉ",
            "NHS-backed",
            "G7",
            "7",
            "A1",
            "ΣΩ",
            "Σω",
            "DR.",
            "Dr.",
            "KC",
            "Zoë",
            "ZOË",
            "ß",
        ] {
            assert_eq!(is_acronym(w), plain(w), "{w}");
        }
    }

    #[test]
    fn tokens_keep_abbreviations_and_names() {
        let s =
            Sent::new("Veltrix Inc. and the U.S. Geological Survey’s Achieng-Otieno said 1,200.");
        let words: Vec<&str> = (0..s.len()).map(|i| s.word(i)).collect();
        assert_eq!(
            words,
            [
                "Veltrix",
                "Inc.",
                "and",
                "the",
                "U.S.",
                "Geological",
                "Survey’s",
                "Achieng-Otieno",
                "said",
                "1,200",
                "."
            ]
        );
    }

    #[test]
    fn plural_possessive_before_a_name() {
        let s = Sent::new("the Northbridge City Supporters' Trust called");
        assert_eq!(s.word(3), "Supporters'");
    }

    #[test]
    fn backward_chunks() {
        let s = Sent::new("It rose, the Ministry of Housing, Construction and Sanitation said");
        let c = s.np_back(s.len() - 2).unwrap();
        assert_eq!(
            chunk_text(&s, c),
            "the Ministry of Housing, Construction and Sanitation"
        );
        let s = Sent::new("A spokesperson for trade body RenewableUK said");
        let c = s.np_back(s.len() - 2).unwrap();
        assert_eq!(
            chunk_text(&s, c),
            "A spokesperson for trade body RenewableUK"
        );
        assert_eq!(s.word(c.head), "spokesperson");
    }

    #[test]
    fn forward_chunks_stop_at_participles() {
        let s = Sent::new("according to figures compiled as of May");
        let c = s.np_fwd(2).unwrap();
        assert_eq!(chunk_text(&s, c), "figures");
        let s = Sent::new("according to the Department for Energy Security and Net Zero.");
        let c = s.np_fwd(2).unwrap();
        assert_eq!(
            chunk_text(&s, c),
            "the Department for Energy Security and Net Zero"
        );
    }

    #[test]
    fn lower_case_heads_need_a_source_noun() {
        let s = Sent::new("hot, dry winds");
        let c = s.np_back(s.len() - 1).unwrap();
        assert_eq!(s.fit(c), Fit::No);
        let s = Sent::new("the cloud software maker");
        let c = s.np_back(s.len() - 1).unwrap();
        assert_eq!(s.fit(c), Fit::Source);
    }

    #[test]
    fn subject_skips_the_dateline() {
        let s = Sent::new("NAIROBI, Feb. 11 (Wire) - The Central Bank of Kenya (CBK) cut rates");
        let c = s.subject().unwrap();
        assert_eq!(chunk_text(&s, c), "The Central Bank of Kenya");
    }
}
