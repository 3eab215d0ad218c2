//! One table for every word list the scanner asks about a word: each
//! lower-case word maps to one [`Lex`] entry with its set memberships
//! (function word, auxiliary, month ...), its verb lemma and the values of
//! the word-to-value tables. A token is looked up once per sentence (the
//! scanner keeps the answer per token), instead of once per list per
//! question.
//!
//! The entries say exactly what the separate tables say: a map that kept
//! the first value of a key keeps it here, one that kept the last keeps
//! that, and a word gets a lemma exactly when `lemma::lemma` gives one.

use once_cell::sync::Lazy;

use super::Bound;
use super::fasthash::FastMap;
use super::lemma;
use super::numbers::{LABEL_WORDS, MONTHS, SCALES, SMALL, TENS};
use super::qualifiers::QUALIFIERS;
use super::units::{CURRENCY_WORDS, MEASURES, NATIONAL_CURRENCIES};
use super::words::{
    AUX, CASUALTY, CHANGE_VERBS, CLAUSE_WORDS, DETERMINERS, EVENT_NOUNS, PART_NOUNS, PREPS,
    PRONOUNS, REPORTING, STOP, WEEKDAYS,
};

/// In `STOP`.
pub(super) const STOP_W: u32 = 1;
/// In `AUX`.
pub(super) const AUX_W: u32 = 1 << 1;
/// In `DETERMINERS`.
pub(super) const DET_W: u32 = 1 << 2;
/// In `PREPS`.
pub(super) const PREP_W: u32 = 1 << 3;
/// In `PRONOUNS`.
pub(super) const PRONOUN_W: u32 = 1 << 4;
/// In `CLAUSE_WORDS`.
pub(super) const CLAUSE_W: u32 = 1 << 5;
/// In `LABEL_WORDS`.
pub(super) const LABEL_W: u32 = 1 << 6;
/// A national adjective of `NATIONAL_CURRENCIES`.
pub(super) const NATIONAL_W: u32 = 1 << 7;
/// In `WEEKDAYS`.
pub(super) const WEEKDAY_W: u32 = 1 << 8;
/// In `MONTHS`.
pub(super) const MONTH_W: u32 = 1 << 9;
/// In `CASUALTY`.
pub(super) const CASUALTY_W: u32 = 1 << 10;
/// In `PART_NOUNS`.
pub(super) const PART_W: u32 = 1 << 11;
/// Its lemma is in `CHANGE_VERBS`.
pub(super) const CHANGE_L: u32 = 1 << 12;
/// Its lemma is in `REPORTING`.
pub(super) const REPORTING_L: u32 = 1 << 13;
/// In [`CONNECTIVES`].
pub(super) const CONNECTIVE_W: u32 = 1 << 14;
/// In [`UP_DOWN`].
pub(super) const UP_DOWN_W: u32 = 1 << 15;
/// In [`BE_FORMS`].
pub(super) const BE_W: u32 = 1 << 16;
/// The first word of a measure of several words in `MEASURES` ("square"
/// of "square kilometres"): a table bit, so that the test after a figure
/// reads the entry it fetches anyway instead of searching a list.
pub(super) const MEASURE_FIRST_W: u32 = 1 << 17;
/// In [`SUBJECT_EDGES`].
pub(super) const SUBJECT_EDGE_W: u32 = 1 << 18;
/// In [`OBJECT_PREPS`].
pub(super) const OBJECT_PREP_W: u32 = 1 << 19;
/// In [`RATE_LINKS`].
pub(super) const RATE_LINK_W: u32 = 1 << 20;

/// The words that may link a figure to the one before ("rose 4% to
/// $3.5 billion"); the scanner's own list, kept here as a table bit so
/// that the walk left of a figure tests one bit, not six words.
pub(super) const CONNECTIVES: &[&str] = &["to", "from", "or", "and", "by", "at"];
/// "up"/"down" ("up from 121").
pub(super) const UP_DOWN: &[&str] = &["up", "down"];
/// The forms of "be" the walk left of a figure stops at ("Turnout was").
pub(super) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
/// The prepositions that link a figure to a noun on its left ("a budget
/// of $3bn", "cut its rate by 50bp"): the object-from-left rule's list,
/// kept as a table bit of the word before the figure, whose entry the walk
/// left of the figure has fetched already.
pub(super) const OBJECT_PREPS: &[&str] = &["of", "by", "at", "to", "from"];
/// The words after a figure that may begin an exchange rate ("129 to the
/// U.S. dollar", "per euro", "against the dollar"): the rule's list, kept
/// as a table bit of the word after the figure, whose entry the unit test
/// after the figure has fetched already.
pub(super) const RATE_LINKS: &[&str] = &["to", "per", "against"];
/// The words at which the walk back from a verb to its subject may stop
/// ("as", "and", "says", "after", ...): the union of its three word tests,
/// kept as a table bit so that the walk asks one bit of each word and runs
/// the word tests only on these (my own compilation: the walk's lists).
pub(super) const SUBJECT_EDGES: &[&str] = &[
    "as", "while", "and", "but", "when", "because", "that", "says", "said", "say", "told", "tells",
    "after", "since", "before", "until",
];

/// Bit of a word in -ly that is no verb form ("reportedly", not "supply"),
/// in [`Lex::form`] and the scanner's per-token answer.
pub(super) const ADVERB: u32 = 1 << 30;
/// Bit of a past tense or participle of a known verb ("slowed", "rose").
pub(super) const PAST: u32 = 1 << 29;
/// Bit of a determiner or a possessive in 's.
pub(super) const DET: u32 = 1 << 28;

/// What the tables say about one lower-case word, in 32 bytes (half a
/// cache line, never across two: the type is aligned to 32): the word
/// itself, which the index checks here (so a lookup that finds a word
/// touches its slot and this entry, nothing else), the bits, and each
/// value as a small number into its table. The table of 6,000-odd words
/// took 104 bytes a word before, and a lookup missed the cache at most
/// articles: every field was a pointer or an `Option` of its own.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[repr(align(32))]
pub(super) struct Lex {
    /// The first eight bytes of the word (zero-padded), see [`key`].
    ka: u64,
    /// The last eight bytes of a word of 8 to 16 bytes, else 0.
    kb: u64,
    /// The `*_W` and `*_L` bits, and the [`ADVERB`], [`PAST`] and [`DET`]
    /// bits of the word itself ([`Lex::form`]): they are apart (bits 0 to
    /// 20 and 28 to 30), so a test of one kind never sees the other.
    pub flags: u32,
    /// The verb lemma as `lemma::lemma_code` numbers it (0: none).
    lemma: u16,
    /// The length of a word of up to 16 bytes (the index compares it).
    len: u8,
    /// 1 + the place in `EVENT_NOUNS` of the word's first entry (0: none).
    event: u8,
    /// 1 + the place in `MEASURES` of its last entry (0: none).
    measure: u8,
    /// 1 + the place in `CURRENCY_WORDS` of its last entry (0: none).
    currency: u8,
    /// 1 + the place in `SMALL` of its first entry (0: none).
    small: u8,
    /// 1 + the place in `TENS` of its first entry (0: none).
    tens: u8,
    /// 1 + the place in [`Lexicon::quals`] of the qualifier sequences
    /// that end in the word (0: none).
    qual: u8,
    /// 1 + the place in `SCALES` of its first entry (0: none).
    scale: u8,
}

/// A qualifier sequence and the bound it sets (an entry of `QUALIFIERS`).
pub(super) type Qualifier = (&'static [&'static str], Bound);

// An entry is half a line: keep it so (a new field must fit).
const _: () = assert!(std::mem::size_of::<Lex>() == 32);

/// Entry `code` (1-based, 0: none) of a table of pairs: the value.
#[inline]
fn nth<T: Copy>(table: &[(&str, T)], code: u8) -> Option<T> {
    // 0 wraps to usize::MAX, which no table reaches.
    table.get(usize::from(code).wrapping_sub(1)).map(|p| p.1)
}

/// The 1-based number of a place in a table of at most 255 entries.
fn code_of(k: usize) -> u8 {
    u8::try_from(k + 1).unwrap_or(0)
}

impl Lex {
    /// The [`ADVERB`], [`PAST`] and [`DET`] bits of the word itself,
    /// worked out once when the table is built: each depends only on the
    /// word and its entry, so the scanner need not test the word's bytes
    /// for them at every lookup (a possessive in 's, read from the text as
    /// written, and the -ly test of a word in no table are left to it).
    #[inline]
    pub(super) fn form(&self) -> u32 {
        self.flags & (ADVERB | PAST | DET)
    }
    /// The verb lemma (`lemma::lemma`).
    #[inline]
    pub(super) fn lemma(&self) -> Option<&'static str> {
        lemma::lemma_of_code(self.lemma)
    }
    /// The event of an event noun (first entry of `EVENT_NOUNS`).
    #[inline]
    pub(super) fn event(&self) -> Option<&'static str> {
        nth(EVENT_NOUNS, self.event)
    }
    /// The unit of a measure word (last entry of `MEASURES`).
    #[inline]
    pub(super) fn measure(&self) -> Option<&'static str> {
        nth(MEASURES, self.measure)
    }
    /// The currency of a currency word (last entry of `CURRENCY_WORDS`).
    #[inline]
    pub(super) fn currency(&self) -> Option<&'static str> {
        nth(CURRENCY_WORDS, self.currency)
    }
    /// The value in `SMALL` (first entry).
    #[inline]
    pub(super) fn small(&self) -> Option<u32> {
        nth(SMALL, self.small)
    }
    /// The value in `TENS` (first entry).
    #[inline]
    pub(super) fn tens(&self) -> Option<u32> {
        nth(TENS, self.tens)
    }
    /// The factor in `SCALES` (first entry).
    #[inline]
    pub(super) fn scale(&self) -> Option<f64> {
        nth(SCALES, self.scale)
    }
}

/// The entries and the index from word to entry (entry 0: no entry).
///
/// The index is open addressing over two-byte slots: the entry number in
/// the low [`ENTRY_BITS`] bits and 3 more bits of the word's hash above
/// (0: empty). A probe compares the hash bits first and reads the entry
/// (to compare the word, kept there) only when they agree (one time in
/// eight for another word), so a word in no table mostly touches one line
/// of the 32 KB of slots, and a word in one touches its slot and its
/// entry. Before, a slot held the whole key (24 bytes, 384 KB of slots),
/// and the table missed the caches at most lookups.
pub(super) struct Lexicon {
    slots: Vec<u16>,
    shift: u32,
    entries: Vec<Lex>,
    /// Words of more than 16 bytes (a handful: none the scanner asks).
    long: FastMap<&'static [u8], u32>,
    /// The sequences of `QUALIFIERS` grouped by their last word ("~" is
    /// a word here), each group in table order; [`Lex`] has the place of
    /// its word's group, so the test before a figure asks the entry it
    /// has at hand instead of a list of words and a map.
    quals: Vec<Vec<Qualifier>>,
}

impl Lexicon {
    /// The number of the entry of `w` (0 for a word no table has); the
    /// scanner asks [`Lexicon::find_in`].
    #[cfg(test)]
    pub(super) fn find(&self, w: &str) -> u32 {
        self.get(w.as_bytes())
    }

    /// The number of the entry of the word `text[s..e]` (0 for a word no
    /// table has, or if that is out of range): a short word is read with
    /// the bytes after it in one load.
    #[inline]
    pub(super) fn find_in(&self, text: &[u8], s: usize, e: usize) -> u32 {
        let Some(w) = text.get(s..e) else {
            return 0;
        };
        let n = w.len();
        if n < 8 {
            if let Some(c) = text.get(s..).and_then(|r| r.first_chunk::<8>()) {
                let a = u64::from_le_bytes(*c) & ((1u64 << (8 * n)) - 1);
                return self.probe(a, 0, n);
            }
        }
        self.get(w)
    }

    /// The qualifier sequences that end in the word of entry `e`, in
    /// `QUALIFIERS` order (none for most words).
    #[inline]
    pub(super) fn qualifiers(&self, e: &Lex) -> &[Qualifier] {
        // 0 wraps to usize::MAX, past the end.
        self.quals
            .get(usize::from(e.qual).wrapping_sub(1))
            .map_or(&[], Vec::as_slice)
    }

    /// Entry number `n` (see [`Lexicon::find_in`]).
    #[inline]
    pub(super) fn entry(&self, n: u32) -> &Lex {
        // Entry 0 exists from the start (the table is built around it), so
        // the fallback cannot fail. A static or a field as the fallback
        // reads the same but changes inlining: 2.4M instructions more per
        // pass over the bench corpus.
        self.entries.get(n as usize).unwrap_or(&self.entries[0])
    }

    /// The hash of a key: the slot from its top bits, 3 more bits below
    /// them to keep in the slot (as the slot keeps them).
    #[inline]
    fn hash(&self, a: u64, b: u64, n: usize) -> (usize, u16) {
        let h = (a ^ b.rotate_left(23) ^ (n as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // Bits 45 to 47 of the hash, in the top bits of a slot: below the
        // slot number's bits (the index has at most 2^14 slots), and a
        // fixed shift costs less than one by `shift`.
        let tag = (h >> 32) as u16 & TAG;
        ((h >> self.shift) as usize, tag)
    }

    #[inline]
    fn get(&self, w: &[u8]) -> u32 {
        let n = w.len();
        if n > 16 {
            return self.long.get(w).copied().unwrap_or(0);
        }
        let (a, b) = key(w);
        self.probe(a, b, n)
    }

    /// The entry of the word of length `n` (at most 16) with key `(a, b)`.
    #[inline]
    fn probe(&self, a: u64, b: u64, n: usize) -> u32 {
        let mask = self.slots.len() - 1;
        let (mut i, tag) = self.hash(a, b, n);
        loop {
            let Some(&s) = self.slots.get(i) else {
                return 0;
            };
            if s == 0 {
                return 0;
            }
            if s & TAG == tag {
                let e = u32::from(s & !TAG);
                // Every slot names an entry (the table was built so); one
                // test for the three of the key (equal keys and length).
                if let Some(x) = self.entries.get(e as usize) {
                    if (x.ka ^ a) | (x.kb ^ b) | (u64::from(x.len) ^ n as u64) == 0 {
                        return e;
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `w` (not in the table yet) with entry `e` (not 0, below
    /// 2^[`ENTRY_BITS`] as a test checks, its key already in the entry).
    /// The index is sized for all words before any is added, so it never
    /// fills.
    fn insert(&mut self, w: &'static str, e: u32) {
        let w = w.as_bytes();
        let n = w.len();
        if n > 16 {
            self.long.insert(w, e);
            return;
        }
        let (a, b) = key(w);
        let mask = self.slots.len() - 1;
        let (mut i, tag) = self.hash(a, b, n);
        while self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = tag | (e as u16 & !TAG);
    }
}

/// The bits of an entry number in a slot of the index (the table has
/// 6,000-odd entries; a test checks that they fit).
const ENTRY_BITS: u32 = 13;
/// The bits of a slot above the entry number: hash bits.
const TAG: u16 = !((1 << ENTRY_BITS) - 1);

/// A word of up to 16 bytes as two words of 8 (the first and the last
/// eight bytes, which overlap for a word of 9 to 15 bytes; zero-padded for
/// a shorter one): with the length, equal keys mean equal words.
#[inline]
fn key(w: &[u8]) -> (u64, u64) {
    match (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (Some(a), Some(b)) => (u64::from_le_bytes(*a), u64::from_le_bytes(*b)),
        _ => {
            let mut a = 0u64;
            for (k, &c) in w.iter().enumerate().take(8) {
                a |= u64::from(c) << (8 * k);
            }
            (a, 0)
        }
    }
}

/// The [`ADVERB`], [`PAST`] and [`DET`] bits of the lower-case word `w`
/// with the `lemma` and `flags` of its entry, as the scanner reads them (a
/// possessive in 's aside).
fn form_bits(w: &[u8], lemma: Option<&str>, flags: u32) -> u32 {
    let mut v = 0;
    if w.len() > 4 && w.ends_with(b"ly") && lemma.is_none() && !w.ends_with(b"ply") {
        v |= ADVERB;
    }
    if lemma.is_some_and(|l| l.as_bytes() != w && !w.ends_with(b"s") && !w.ends_with(b"ing")) {
        v |= PAST;
    }
    if flags & DET_W != 0 {
        v |= DET;
    }
    v
}

/// The table, built once.
pub(super) static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let words = STOP.len()
        + AUX.len()
        + DETERMINERS.len()
        + PREPS.len()
        + PRONOUNS.len()
        + CLAUSE_WORDS.len()
        + LABEL_WORDS.len()
        + WEEKDAYS.len()
        + MONTHS.len()
        + CASUALTY.len()
        + PART_NOUNS.len()
        + NATIONAL_CURRENCIES.len()
        + EVENT_NOUNS.len()
        + MEASURES.len()
        + CURRENCY_WORDS.len()
        + SMALL.len()
        + TENS.len()
        + SCALES.len()
        + lemma::forms().count();
    let bits = (words * 2).next_power_of_two().trailing_zeros().max(4);
    let mut lx = Lexicon {
        slots: vec![0; 1 << bits],
        shift: 64 - bits,
        entries: vec![Lex::default()],
        long: FastMap::default(),
        quals: Vec::new(),
    };
    let mut seen: FastMap<&'static str, u32> = FastMap::default();
    let mut slot = |w: &'static str| -> usize {
        if let Some(&n) = seen.get(w) {
            return n as usize;
        }
        let n = lx.entries.len();
        let mut e = Lex::default();
        if w.len() <= 16 {
            (e.ka, e.kb) = key(w.as_bytes());
            e.len = w.len() as u8;
        }
        lx.entries.push(e);
        seen.insert(w, n as u32);
        lx.insert(w, n as u32);
        n
    };
    let mut set: Vec<(usize, u32)> = Vec::new();
    for (list, bit) in [
        (STOP, STOP_W),
        (AUX, AUX_W),
        (DETERMINERS, DET_W),
        (PREPS, PREP_W),
        (PRONOUNS, PRONOUN_W),
        (CLAUSE_WORDS, CLAUSE_W),
        (LABEL_WORDS, LABEL_W),
        (WEEKDAYS, WEEKDAY_W),
        (MONTHS, MONTH_W),
        (CASUALTY, CASUALTY_W),
        (PART_NOUNS, PART_W),
        (CONNECTIVES, CONNECTIVE_W),
        (UP_DOWN, UP_DOWN_W),
        (BE_FORMS, BE_W),
        (SUBJECT_EDGES, SUBJECT_EDGE_W),
        (OBJECT_PREPS, OBJECT_PREP_W),
        (RATE_LINKS, RATE_LINK_W),
    ] {
        for &w in list {
            set.push((slot(w), bit));
        }
    }
    for &(a, _, _) in NATIONAL_CURRENCIES {
        set.push((slot(a), NATIONAL_W));
    }
    for &(k, _) in MEASURES {
        if let Some((first, _)) = k.split_once(' ') {
            set.push((slot(first), MEASURE_FIRST_W));
        }
    }
    // (entry, which table, 1 + the place in it)
    let mut places: Vec<(usize, u8, u8)> = Vec::new();
    for (k, &(w, _)) in EVENT_NOUNS.iter().enumerate() {
        places.push((slot(w), 0, code_of(k)));
    }
    for (k, &(w, _)) in MEASURES.iter().enumerate() {
        places.push((slot(w), 1, code_of(k)));
    }
    for (k, &(w, _)) in CURRENCY_WORDS.iter().enumerate() {
        places.push((slot(w), 2, code_of(k)));
    }
    for (k, &(w, _)) in SMALL.iter().enumerate() {
        places.push((slot(w), 3, code_of(k)));
    }
    for (k, &(w, _)) in TENS.iter().enumerate() {
        places.push((slot(w), 4, code_of(k)));
    }
    for (k, &(w, _)) in SCALES.iter().enumerate() {
        places.push((slot(w), 5, code_of(k)));
    }
    // (entry of the last word, its sequences), in order of first use.
    let mut quals: Vec<(usize, Vec<Qualifier>)> = Vec::new();
    for &(words, b) in QUALIFIERS {
        if let Some(&last) = words.last() {
            let n = slot(last);
            match quals.iter_mut().find(|g| g.0 == n) {
                Some(g) => g.1.push((words, b)),
                None => quals.push((n, vec![(words, b)])),
            }
        }
    }
    let mut lemmas: Vec<(usize, &'static str)> = Vec::new();
    for (form, l) in lemma::forms() {
        // `lemma` reads only ASCII words of up to 24 bytes, lower-cased.
        if form.is_ascii() && form.len() <= 24 && !form.bytes().any(|b| b.is_ascii_uppercase()) {
            lemmas.push((slot(form), l));
        }
    }
    for (k, (n, _)) in quals.iter().enumerate() {
        lx.entries[*n].qual = code_of(k);
    }
    lx.quals = quals.into_iter().map(|g| g.1).collect();
    let entries = &mut lx.entries;
    for (n, bit) in set {
        entries[n].flags |= bit;
    }
    let first = |c: &mut u8, v: u8| {
        if *c == 0 {
            *c = v;
        }
    };
    for (n, which, v) in places {
        let e = &mut entries[n];
        match which {
            // `EVENT_NOUNS_MAP` kept the first entry of a key.
            0 => first(&mut e.event, v),
            // `MEASURES_MAP`, `CURRENCY_WORDS_MAP` kept the last.
            1 => e.measure = v,
            2 => e.currency = v,
            // A linear `lookup` finds the first entry.
            3 => first(&mut e.small, v),
            4 => first(&mut e.tens, v),
            _ => first(&mut e.scale, v),
        }
    }
    for (n, l) in lemmas {
        let e = &mut entries[n];
        e.lemma = lemma::lemma_code(l);
        if CHANGE_VERBS.contains(&l) {
            e.flags |= CHANGE_L;
        }
        if REPORTING.contains(&l) {
            e.flags |= REPORTING_L;
        }
    }
    // Every entry is looked up by its own word only (the index compares
    // the whole word), so the bits of that word are the bits of any token
    // that finds the entry.
    for (&w, &n) in &seen {
        let e = &mut entries[n as usize];
        e.flags |= form_bits(w.as_bytes(), e.lemma(), e.flags);
    }
    lx
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::numbers::{LABEL_WORDS, MONTHS};

    /// Every entry says what the separate tables say, for every word of
    /// every table and a few that are in none.
    #[test]
    fn entries_agree_with_the_tables() {
        let mut words: Vec<&str> = vec!["", "people", "González", "DETAINED", "x"];
        for list in [
            STOP,
            AUX,
            DETERMINERS,
            PREPS,
            PRONOUNS,
            CLAUSE_WORDS,
            LABEL_WORDS,
            WEEKDAYS,
            MONTHS,
            CASUALTY,
            PART_NOUNS,
            CHANGE_VERBS,
            REPORTING,
        ] {
            words.extend(list.iter().copied());
        }
        words.extend(EVENT_NOUNS.iter().map(|p| p.0));
        words.extend(MEASURES.iter().map(|p| p.0));
        words.extend(
            MEASURES
                .iter()
                .filter_map(|p| p.0.split_once(' ').map(|(a, _)| a)),
        );
        words.extend(CURRENCY_WORDS.iter().map(|p| p.0));
        words.extend(SMALL.iter().map(|p| p.0));
        words.extend(TENS.iter().map(|p| p.0));
        words.extend(SCALES.iter().map(|p| p.0));
        words.extend(NATIONAL_CURRENCIES.iter().map(|p| p.0));
        words.extend(lemma::forms().map(|p| p.0));
        // Words next to table words: one letter more or less (lengths
        // across the 8- and 16-byte edges of the index keys).
        let mut near: Vec<String> = Vec::new();
        for w in &words {
            near.push(format!("{w}s"));
            near.push(format!("x{w}"));
            near.push(format!("{w}xxxxxxxx"));
            let mut c = w.chars();
            c.next_back();
            near.push(c.as_str().to_string());
        }
        words.extend(near.iter().map(String::as_str));
        let first =
            |t: &[(&'static str, &'static str)], w: &str| t.iter().find(|p| p.0 == w).map(|p| p.1);
        let last = |t: &[(&'static str, &'static str)], w: &str| {
            t.iter().rev().find(|p| p.0 == w).map(|p| p.1)
        };
        for w in words {
            let e = LEXICON.entry(LEXICON.find(w));
            let l = lemma::lemma(w).filter(|_| !w.bytes().any(|b| b.is_ascii_uppercase()));
            assert_eq!(e.lemma(), l, "{w}");
            let bit =
                |list: &[&str], b: u32| assert_eq!(list.contains(&w), e.flags & b != 0, "{w}");
            bit(STOP, STOP_W);
            bit(AUX, AUX_W);
            bit(DETERMINERS, DET_W);
            bit(PREPS, PREP_W);
            bit(PRONOUNS, PRONOUN_W);
            bit(CLAUSE_WORDS, CLAUSE_W);
            bit(LABEL_WORDS, LABEL_W);
            bit(WEEKDAYS, WEEKDAY_W);
            bit(MONTHS, MONTH_W);
            bit(CASUALTY, CASUALTY_W);
            bit(PART_NOUNS, PART_W);
            bit(SUBJECT_EDGES, SUBJECT_EDGE_W);
            bit(OBJECT_PREPS, OBJECT_PREP_W);
            bit(RATE_LINKS, RATE_LINK_W);
            let measure_first = MEASURES
                .iter()
                .any(|p| p.0.split_once(' ').is_some_and(|(a, _)| a == w));
            assert_eq!(measure_first, e.flags & MEASURE_FIRST_W != 0, "{w}");
            let national = NATIONAL_CURRENCIES.iter().any(|p| p.0 == w);
            assert_eq!(national, e.flags & NATIONAL_W != 0, "{w}");
            let change = l.is_some_and(|l| CHANGE_VERBS.contains(&l));
            assert_eq!(change, e.flags & CHANGE_L != 0, "{w}");
            let reporting = l.is_some_and(|l| REPORTING.contains(&l));
            assert_eq!(reporting, e.flags & REPORTING_L != 0, "{w}");
            assert_eq!(e.event(), first(EVENT_NOUNS, w), "{w}");
            assert_eq!(e.measure(), last(MEASURES, w), "{w}");
            assert_eq!(e.currency(), last(CURRENCY_WORDS, w), "{w}");
            let value = |t: &[(&str, u32)]| t.iter().find(|p| p.0 == w).map(|p| p.1);
            assert_eq!(e.small(), value(SMALL), "{w}");
            assert_eq!(e.tens(), value(TENS), "{w}");
            assert_eq!(
                e.scale(),
                SCALES.iter().find(|p| p.0 == w).map(|p| p.1),
                "{w}"
            );
        }
        // Every entry number fits in a slot of the index.
        assert!(LEXICON.entries.len() <= 1 << ENTRY_BITS);
        // The empty word (past the last token) has no entry.
        assert!(LEXICON.qualifiers(LEXICON.entry(0)).is_empty());
        assert_eq!(LEXICON.find(""), 0);
    }

    /// The qualifier groups of the entries are the sequences of
    /// `QUALIFIERS` by last word, in table order, for every word of it and
    /// a few that end none.
    #[test]
    fn qualifier_groups_agree_with_the_table() {
        let mut words: Vec<&str> = vec!["", "people", "Over", "overs", "~~", "-", "more"];
        for &(ws, _) in QUALIFIERS {
            words.extend(ws.iter().copied());
        }
        for w in words {
            let want: Vec<Qualifier> = QUALIFIERS
                .iter()
                .filter(|q| q.0.last() == Some(&w))
                .copied()
                .collect();
            let got = LEXICON.qualifiers(LEXICON.entry(LEXICON.find(w)));
            assert_eq!(got, want.as_slice(), "{w:?}");
        }
    }

    #[test]
    fn find_in_a_sentence_agrees_with_find() {
        let text = "The toll rose to 41, officials said; Détenus were freed. x";
        let b = text.as_bytes();
        for s in 0..=b.len() {
            for e in s..=b.len() {
                let want = text.get(s..e).map_or(0, |w| LEXICON.find(w));
                if text.get(s..e).is_some() {
                    assert_eq!(LEXICON.find_in(b, s, e), want, "{s}..{e}");
                }
            }
        }
        assert_ne!(LEXICON.find_in(b, 46, 50), 0, "were");
        assert_eq!(LEXICON.find_in(b, 60, 90), 0);
    }
}
