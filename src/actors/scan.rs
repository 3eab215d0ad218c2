//! The sentence tokenizer and the lexicon lookups used by actor finding.
//!
//! One pass over the sentence's chars makes word and punctuation tokens;
//! lookups lower-case a word into a stack buffer and binary-search sorted
//! word lists, so the hot path does not allocate beyond the token vector.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

use super::{gazetteer, lexicon};

/// The token starts with an upper-case letter.
pub(super) const CAP: u16 = 1;
/// At least two letters, all upper case ("UNHCR", "U.S.").
pub(super) const ALLCAPS: u16 = 2;
/// Contains a digit.
pub(super) const DIGIT: u16 = 4;
/// A possessive "’s"/"'s" followed the word (left out of `e`).
pub(super) const POSS: u16 = 8;
/// A plural possessive apostrophe followed the word ("Supporters'").
pub(super) const POSS_PL: u16 = 16;
/// A hyphen followed by a lower-case part ("Centre-left").
pub(super) const HYPHLOW: u16 = 32;
/// The word was cut before an adjectival suffix ("San Francisco-based"):
/// `e` ends before the hyphen.
pub(super) const MODIFIER: u16 = 64;
/// The word is a lower-case particle joined to a name ("al-Assad").
pub(super) const PARTICLE_NAME: u16 = 128;

/// A word or punctuation token, in sentence-local byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tok {
    /// First byte.
    pub s: usize,
    /// End of the word proper (possessive and adjectival suffix left out).
    pub e: usize,
    /// End of everything the token consumed.
    pub end: usize,
    /// `Some(c)` for a punctuation token.
    pub punct: Option<char>,
    /// `CAP`, `ALLCAPS`, ...
    pub flags: u16,
    /// The word proper (`s..e`) is ASCII.
    pub ascii: bool,
}

impl Tok {
    /// An ASCII word token over `s..e` with these flags.
    #[inline]
    fn ascii_word(s: usize, e: usize, flags: u16) -> Tok {
        Tok {
            s,
            e,
            end: e,
            punct: None,
            flags,
            ascii: true,
        }
    }

    /// Whether the token is a word.
    #[inline]
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
}

/// Adjectival suffixes cut off a place name ("Moscow-backed").
const MODIFIER_SUFFIXES: &[&str] = &[
    "aligned",
    "allied",
    "backed",
    "based",
    "born",
    "controlled",
    "funded",
    "headquartered",
    "led",
    "linked",
    "listed",
    "made",
    "owned",
    "registered",
    "run",
];

/// Words written with a final full stop that belongs to them.
const DOTTED: &[&str] = &[
    "adm", "apr", "atty", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "det",
    "dr", "feb", "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr",
    "mrs", "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr",
    "st", "supt",
];

/// The longest word of [`DOTTED`], in bytes: a longer ASCII word is not
/// one of them, whatever its case.
const DOTTED_LONGEST: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < DOTTED.len() {
        if DOTTED[i].len() > longest {
            longest = DOTTED[i].len();
        }
        i += 1;
    }
    longest
};

/// Up to four ASCII bytes lower-cased and packed into a word, the first
/// byte lowest; zero padded, so words of different lengths differ.
const fn pack_lower(w: &[u8]) -> u32 {
    let mut k = 0u32;
    let mut i = 0;
    while i < w.len() && i < 4 {
        k |= (w[i].to_ascii_lowercase() as u32) << (8 * i);
        i += 1;
    }
    k
}

/// The words of [`DOTTED`] packed by [`pack_lower`] and sorted.
const DOTTED_PACKED: [u32; DOTTED.len()] = {
    let mut t = [0u32; DOTTED.len()];
    let mut i = 0;
    while i < DOTTED.len() {
        t[i] = pack_lower(DOTTED[i].as_bytes());
        i += 1;
    }
    // Insertion sort, at compile time.
    let mut i = 1;
    while i < t.len() {
        let mut j = i;
        while j > 0 && t[j - 1] > t[j] {
            let x = t[j];
            t[j] = t[j - 1];
            t[j - 1] = x;
            j -= 1;
        }
        i += 1;
    }
    t
};

/// Whether the ASCII word `w` is one of [`DOTTED`] in any case
/// (`classes(w) & W_DOTTED != 0`): a binary search of a few packed words
/// where the class lookup lower-cased the word and hashed it.
#[inline]
fn is_dotted_ascii(w: &[u8]) -> bool {
    !w.is_empty()
        && w.len() <= DOTTED_LONGEST
        && DOTTED_PACKED.binary_search(&pack_lower(w)).is_ok()
}

/// [`tokenize_marking`] with no words to mark.
#[cfg(test)]
pub(super) fn tokenize(text: &str, out: &mut Vec<Tok>) -> bool {
    tokenize_marking(
        text,
        out,
        &WordFilter::default(),
        &mut Marks::default(),
        &mut Marks::default(),
    )
}

/// Whether `t`, a word token of `bytes`, may start a name run: it is
/// capitalised, or it is three bytes ending in a full stop ("No.", "no.").
/// Every token [`find`](super::find)'s run loop acts on is one of these;
/// the others it skips.
#[inline(always)]
pub(super) fn may_start_run(bytes: &[u8], t: &Tok) -> bool {
    // Non-short-circuit `|` and `&`: the three tests are computed and
    // combined without a branch each (they depend on the text).
    (t.flags & CAP != 0)
        | ((t.e.wrapping_sub(t.s) == 3) & (bytes.get(t.e.wrapping_sub(1)) == Some(&b'.')))
}

/// A list of token indexes filled without a branch per token: each index
/// is written to the next free slot, and the slot is taken only when the
/// token is kept (`bool as usize`), so the compiler emits no jump on the
/// text-dependent test. The buffer is made as long as the text before a
/// sentence (no sentence has more tokens than bytes, so a slot is always
/// there) and only ever grows, so it is not refilled with zeros each
/// sentence; the list is its first `n` slots.
#[derive(Debug, Default)]
pub(super) struct Marks {
    buf: Vec<usize>,
    n: usize,
}

impl Marks {
    /// Empties the list and makes room for `cap` indexes, to be filled
    /// through the [`Filling`] returned; its [`Filling::n`] is the new
    /// length.
    #[inline]
    pub(super) fn start(&mut self, cap: usize) -> Filling<'_> {
        if self.buf.len() < cap {
            self.buf.resize(cap, 0);
        }
        self.n = 0;
        Filling {
            buf: &mut self.buf,
            n: 0,
        }
    }
}

/// A [`Marks`] being filled: its buffer borrowed as a slice and the count
/// held apart, so that the tokenizer's loop keeps the count in a register
/// (through the `Marks` it was stored back after every token).
pub(super) struct Filling<'b> {
    buf: &'b mut [usize],
    n: usize,
}

impl Filling<'_> {
    /// Adds `i` if `keep`.
    #[inline(always)]
    pub(super) fn put(&mut self, i: usize, keep: bool) {
        if let Some(slot) = self.buf.get_mut(self.n) {
            *slot = i;
            self.n += usize::from(keep);
        }
    }
}

impl Filling<'_> {
    /// The number of indexes added: what [`Marks::done`] takes.
    #[inline]
    pub(super) fn len(&self) -> usize {
        self.n
    }
}

impl Marks {
    /// Ends a filling begun by [`Marks::start`]: the list is its first `n`
    /// slots (`n` as [`Filling::len`] gave it, cut to the buffer).
    #[inline]
    pub(super) fn done(&mut self, n: usize) {
        self.n = n.min(self.buf.len());
    }
}

impl std::ops::Deref for Marks {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        self.buf.get(..self.n).unwrap_or_default()
    }
}

/// Splits a sentence into tokens and says whether the sentence is all
/// ASCII (`text.is_ascii()`, learnt on the way). Never panics; offsets
/// are char boundaries. Lists in `maybe` (cleared first) the word tokens
/// that `filter` lets through as written and every non-ASCII word, asked
/// while the word is at hand rather than in a second pass, and in `starts`
/// (cleared first) the word tokens that [`may_start_run`].
pub(super) fn tokenize_marking(
    text: &str,
    out: &mut Vec<Tok>,
    filter: &WordFilter,
    maybe: &mut Marks,
    starts: &mut Marks,
) -> bool {
    out.clear();
    // No sentence has more tokens than bytes.
    let mut maybe_fill = maybe.start(text.len());
    let mut starts_fill = starts.start(text.len());
    // Every byte is skipped as white space, made a punctuation token or
    // read into a word: the non-ASCII ones show up in the branch below or
    // inside the words `word` reads.
    let mut ascii = true;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        // The usual token first: an ASCII letter or digit starts a word,
        // told by one table load.
        let first = ASCII_CLASS[usize::from(x)];
        if first != 0 {
            if let Some((e, flags, space)) = short_word(b, i, first) {
                // The usual word: the filter needs its first and last
                // bytes only (the word has 2 to 9 bytes, so no row past
                // the 31st). A word that ends in a letter or digit may
                // start a run exactly when it is capitalised.
                let last = b.get(e.wrapping_sub(1)).copied().unwrap_or(x);
                let n = out.len();
                maybe_fill.put(n, filter.may_ends(e - i, x, last));
                starts_fill.put(n, flags & CAP != 0);
                out.push(Tok::ascii_word(i, e, flags));
                // The space after the word is skipped here, not by a turn
                // of the loop.
                i = e + usize::from(space);
                continue;
            }
            if let Some((e, flags)) = plain_word_end(b, i, first) {
                // An ASCII word: the filter needs its first and last bytes
                // only. The token is built here, in registers.
                let last = b.get(e.wrapping_sub(1)).copied().unwrap_or(x);
                maybe_fill.put(out.len(), filter.may_ends(e - i, x, last));
                let t = Tok::ascii_word(i, e, flags);
                starts_fill.put(out.len(), may_start_run(b, &t));
                out.push(t);
                i = e.max(i + 1);
                // The space after the word is skipped here, not by a turn
                // of the loop.
                i += usize::from(b.get(i) == Some(&b' '));
                continue;
            }
            let t = word(text, i);
            ascii &= b.get(i..t.end).is_some_and(<[u8]>::is_ascii);
            let w = b.get(t.s..t.e).unwrap_or_default();
            maybe_fill.put(out.len(), !t.ascii || filter.may(w));
            starts_fill.put(out.len(), may_start_run(b, &t));
            out.push(t);
            i = t.end.max(i + 1);
            i += usize::from(b.get(i) == Some(&b' '));
            continue;
        }
        if x < 0x80 {
            if x.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            out.push(Tok {
                s: i,
                e: i + 1,
                end: i + 1,
                punct: Some(char::from(x)),
                flags: 0,
                ascii: true,
            });
            i += 1;
            // The space after ", " likewise.
            i += usize::from(b.get(i) == Some(&b' '));
            continue;
        }
        ascii = false;
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if !is_alnum(c) {
            out.push(Tok {
                s: i,
                e: i + cl,
                end: i + cl,
                punct: Some(c),
                flags: 0,
                ascii: false,
            });
            i += cl;
            continue;
        }
        let t = word(text, i);
        let w = b.get(t.s..t.e).unwrap_or_default();
        maybe_fill.put(out.len(), !t.ascii || filter.may(w));
        starts_fill.put(out.len(), may_start_run(b, &t));
        out.push(t);
        i = t.end.max(i + cl);
    }
    let (mn, sn) = (maybe_fill.n, starts_fill.n);
    maybe.n = mn;
    starts.n = sn;
    ascii
}

/// `c.is_alphanumeric()`, answered at once for the General Punctuation
/// block (U+2000–U+206F: curly quotes, dashes, spaces), which has no
/// letter or digit, where the Unicode tables cost a few hundred
/// instructions.
#[inline]
fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// Whether `c` is a letter of Latin-1 (U+00C0–U+00FF but × and ÷: "é",
/// "ü", "ñ", "ø", the accented letters of most names): `Some(true)` for a
/// capital, `Some(false)` for a small letter (no digit among them), `None`
/// for any other char. Answered by two ranges where the Unicode tables
/// cost a lookup per test (a test compares it with them for every char of
/// these blocks).
#[inline]
fn latin1_letter(c: char) -> Option<bool> {
    match c {
        '\u{C0}'..='\u{DE}' if c != '\u{D7}' => Some(true),
        '\u{DF}'..='\u{FF}' if c != '\u{F7}' => Some(false),
        _ => None,
    }
}

/// [`ASCII_CLASS`]: an ASCII capital.
const UPPER: u8 = 1;
/// [`ASCII_CLASS`]: an ASCII small letter.
const LOWER: u8 = 2;
/// [`ASCII_CLASS`]: an ASCII digit.
const DIGIT_BYTE: u8 = 4;

/// What each byte is: `UPPER`, `LOWER`, `DIGIT_BYTE`, or 0 for anything
/// else (non-ASCII bytes included).
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_digit() {
            DIGIT_BYTE
        } else {
            0
        };
        i += 1;
    }
    t
};

/// [`WORD_CLASS`]: a byte that may join what follows to an ASCII word
/// (`-`, `'`, `.`, or the first byte of a non-ASCII char), so [`word`]
/// must read the word.
const JOINER: u8 = 8;

/// [`ASCII_CLASS`] with [`JOINER`] on the bytes that may continue a word:
/// the reading of [`plain_word_end`] learns whether the byte that ended the
/// run joins it to more in the same load.
const WORD_CLASS: [u8; 256] = {
    let mut t = ASCII_CLASS;
    let mut i = 0x80;
    while i < 256 {
        t[i] |= JOINER;
        i += 1;
    }
    t[b'-' as usize] |= JOINER;
    t[b'\'' as usize] |= JOINER;
    t[b'.' as usize] |= JOINER;
    t
};

/// `0x0101…01`: one in every byte of a word.
pub(super) const ONES: u64 = u64::from_ne_bytes([1; 8]);
/// `0x8080…80`: the high bit of every byte of a word.
pub(super) const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// The bytes of `x` from `c` up (`c` at most 0x80), among its ASCII
/// bytes, as the high bit of each byte. For a byte `v` below 0x80,
/// `v + (0x80 - c)` has its high bit set exactly when `v >= c` and stays
/// below 0x100, so no carry crosses into the next byte; the caller masks
/// out the bytes of 0x80 and up.
#[inline(always)]
fn at_least(low: u64, c: u8) -> u64 {
    low.wrapping_add(ONES * u64::from(0x80 - c)) & HIGHS
}

/// The ASCII capitals, small letters and digits among the eight bytes of
/// `x`, each as the high bit of its byte (a word-wide [`ASCII_CLASS`]).
#[inline(always)]
pub(super) fn ascii_classes(x: u64) -> (u64, u64, u64) {
    let ascii = !x & HIGHS;
    let low = x & !HIGHS;
    let upper = at_least(low, b'A') & !at_least(low, b'Z' + 1);
    let lower = at_least(low, b'a') & !at_least(low, b'z' + 1);
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
    (upper & ascii, lower & ascii, digit & ascii)
}

/// [`plain_word_from`] of the word at `start`, whatever its first byte
/// (`None` when that is no ASCII letter or digit).
#[cfg(test)]
fn plain_word(bytes: &[u8], start: usize) -> Option<Tok> {
    let first = ASCII_CLASS[usize::from(*bytes.get(start)?)];
    if first == 0 {
        return None;
    }
    plain_word_from(bytes, start, first)
}

/// [`plain_word_end`] as a token, for the tests.
#[cfg(test)]
fn plain_word_from(bytes: &[u8], start: usize, first: u8) -> Option<Tok> {
    plain_word_end(bytes, start, first).map(|(e, flags)| Tok::ascii_word(start, e, flags))
}

/// The usual word read in registers: ASCII letters and digits from
/// `start` (whose class is `first`, not 0) ended within the eight bytes
/// after the first by a byte that is in no class and cannot join more to
/// the word (a space, a comma, the end of the text). Gives the end, the
/// flags, and whether a space follows, as [`plain_word_end`] gives them
/// (tested); `None` for any other word (a longer one, or one ended by `-`,
/// `'`, `.` or a non-ASCII byte), which [`plain_word_end`] or [`word`]
/// read.
///
/// Why it is cheaper than [`plain_word_end`]: the eight bytes are loaded
/// straight when the text has them (only the last word of a sentence
/// takes [`load_padded`]); the two ways out (no end among the eight
/// bytes, an end that joins) are one test; the byte after the word is
/// read from the loaded word, not loaded again; and the flags are
/// arithmetic on the class masks.
#[inline(always)]
fn short_word(bytes: &[u8], start: usize, first: u8) -> Option<(usize, u16, bool)> {
    let v = match bytes.get(start + 1..start + 9) {
        Some(c) => <[u8; 8]>::try_from(c).map_or(0, u64::from_le_bytes),
        None => load_padded(bytes, start + 1),
    };
    let (u, l, d) = word_classes(v);
    let stop = !(u | l | d) & HIGHS;
    // The high bits of the bytes below the lowest in no class: the run.
    // When `stop` is 0 this is every byte, and `n` below is 8.
    let keep = (stop ^ stop.wrapping_sub(1)) >> 1 & HIGHS;
    let n = (stop.trailing_zeros() / 8) as usize;
    // The byte that ended the run, from the loaded word (a zero past the
    // end of the text); `n` is 8 only when `stop` is 0, and then the shift
    // is cut to 0 and the word turned away below anyway.
    let ender = (v >> (8 * (n & 7))) as u8;
    if (stop == 0) | (WORD_CLASS[usize::from(ender)] & JOINER != 0) {
        return None;
    }
    let (u, l, d) = (u & keep, l & keep, d & keep);
    // All capitals: no small letter, two capitals or more (clearing the
    // lowest bit of `u` leaves one when it had two).
    let two_up = (u & u.wrapping_sub(1) != 0) | ((u != 0) & (first == UPPER));
    let allcaps = (first != LOWER) & (l == 0) & two_up;
    let digit = (first == DIGIT_BYTE) | (d != 0);
    let flags = (u16::from(first == UPPER) * CAP)
        | (u16::from(digit) * DIGIT)
        | (u16::from(allcaps) * ALLCAPS);
    Some((start + 1 + n, flags, ender == b' '))
}

/// The usual word, read in the tokenizer's loop: ASCII letters and digits
/// from `start` ended by a space, the end of the text, punctuation that
/// cannot continue it, or a full stop read as [`joined_word`] tells; as
/// the end and flags of its token (`Tok::ascii_word(start, e, flags)`:
/// the loop builds the token where it pushes it, where a token returned
/// through two paths was copied twice on the stack). `None` for any other
/// word ([`word`] reads those, and gives the same token for these).
/// `first` is the class of the first byte ([`ASCII_CLASS`], not 0): the
/// reading goes on from the second byte.
///
/// The bytes after the first are classified eight at a time
/// ([`word_classes`]): the end of the run is the lowest byte in no class,
/// found by `trailing_zeros`, where a loop over the bytes mispredicted its
/// exit once per word. Words of nine bytes or more have no end among the
/// eight and are read by [`plain_word_loop`].
#[inline(never)]
fn plain_word_end(bytes: &[u8], start: usize, first: u8) -> Option<(usize, u16)> {
    let (u, l, d) = word_classes(load_padded(bytes, start + 1));
    let stop = !(u | l | d) & HIGHS;
    if stop == 0 {
        return plain_word_loop(bytes, start, first);
    }
    // The high bits of the bytes below the first in no class: the run.
    let keep = (stop ^ stop.wrapping_sub(1)) >> 1 & HIGHS;
    let (u, l, d) = (u & keep, l & keep, d & keep);
    let pos = start + 1 + (stop.trailing_zeros() / 8) as usize;
    // What `seen` of the byte loop held: the first byte's class, those of
    // the run, and the `JOINER` bit of the byte that ended it.
    let seen = first
        | (u8::from(u != 0) * UPPER)
        | (u8::from(l != 0) * LOWER)
        | (u8::from(d != 0) * DIGIT_BYTE);
    let ender = bytes.get(pos).map_or(0, |&b| WORD_CLASS[usize::from(b)]);
    if ender & JOINER != 0 {
        return joined_word(bytes, start, pos, first, seen);
    }
    // All capitals: no small letter, two capitals or more (clearing the
    // lowest bit of `u` leaves one when it had two). `count_ones` is a
    // long sequence on baseline x86-64, which has no `popcnt`.
    let two_up = (u & u.wrapping_sub(1) != 0) | ((u != 0) & (first == UPPER));
    let allcaps = (seen & LOWER == 0) & two_up;
    let flags = (u16::from(first == UPPER) * CAP)
        | (u16::from(seen & DIGIT_BYTE != 0) * DIGIT)
        | (u16::from(allcaps) * ALLCAPS);
    Some((pos, flags))
}

/// The eight bytes of `bytes` from `at` on (`at` at most its length) as a
/// little-endian word, zero padded past the end of the text: a zero byte
/// is in no class and joins nothing, as the end of the text. Near the end
/// the last eight bytes are loaded and shifted down, without a branch on
/// where the word is; only a text shorter than eight bytes is copied.
#[inline(always)]
pub(super) fn load_padded(bytes: &[u8], at: usize) -> u64 {
    let n = bytes.len();
    let Some(from) = n.checked_sub(8) else {
        return le_word(bytes.get(at..).unwrap_or_default());
    };
    let from = at.min(from);
    let v = bytes
        .get(from..from + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
        .map_or(0, u64::from_le_bytes);
    // The bytes before `at` shifted out: 0 to 64 bits, in two shifts of
    // at most 32 so that no shift reaches the width.
    let sh = 8 * (at - from).min(8) as u32;
    (v >> (sh / 2)) >> (sh - sh / 2)
}

/// The ASCII capitals, small letters and digits among the eight bytes of
/// `x`, each as the high bit of its byte: what [`ascii_classes`] gives, in
/// fewer steps (a letter is a byte that lower-cases into `a..=z` by
/// setting its 0x20 bit; the 0x20 bit then tells small from capital).
#[inline(always)]
fn word_classes(x: u64) -> (u64, u64, u64) {
    let ascii = !x & HIGHS;
    let low = x & !HIGHS;
    let folded = low | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1) & ascii;
    let digit = at_least(low, b'0') & !at_least(low, b'9' + 1) & ascii;
    // Bit 5 of each byte moved up to bit 7.
    let small = (x << 2) & HIGHS;
    (letter & !small, letter & small, digit)
}

/// [`plain_word_end`] read byte by byte: the long words, and the
/// reference the tests compare the word-wide reading with.
#[inline(never)]
fn plain_word_loop(bytes: &[u8], start: usize, first: u8) -> Option<(usize, u16)> {
    let mut seen = first;
    let rest = bytes.get(start + 1..).unwrap_or_default();
    // The byte that ends the run is or-ed into `seen` too: its `JOINER`
    // bit says whether it may join more to the word.
    let run = rest
        .iter()
        .position(|&x| {
            let c = WORD_CLASS[usize::from(x)];
            seen |= c;
            c & (UPPER | LOWER | DIGIT_BYTE) == 0
        })
        .unwrap_or(rest.len());
    let pos = start + 1 + run;
    if seen & JOINER != 0 {
        return joined_word(bytes, start, pos, first, seen & !JOINER);
    }
    let mut flags = 0u16;
    if first == UPPER {
        flags |= CAP;
    }
    if seen & DIGIT_BYTE != 0 {
        flags |= DIGIT;
    }
    // All capitals: no small letter, two capitals or more.
    if seen & (UPPER | LOWER) == UPPER
        && bytes
            .get(start..pos)
            .unwrap_or_default()
            .iter()
            .filter(|x| x.is_ascii_uppercase())
            .nth(1)
            .is_some()
    {
        flags |= ALLCAPS;
    }
    Some((pos, flags))
}

/// The word of ASCII letters and digits `start..pos` of [`plain_word_end`]
/// when a byte that may join more to it follows. A full stop ends it as
/// [`stopped_word`] reads it when `word` would stop there too: nothing
/// alphanumeric follows ("said.", "Corp.,"), or an ASCII letter or digit
/// follows but the word is not one capital before a capital ("3.6",
/// "p.m.", "Acme.com"; `word` reads on through "U.S." only). Anything
/// else is left to `word` (`None`). Kept out of line: the loop over the
/// usual words stays lean.
#[inline(never)]
fn joined_word(
    bytes: &[u8],
    start: usize,
    pos: usize,
    first: u8,
    seen: u8,
) -> Option<(usize, u16)> {
    if bytes.get(pos) != Some(&b'.') {
        return None;
    }
    let stopped = match bytes.get(pos + 1) {
        None => true,
        // A closing quote or a dash ("said.”"): `word` stops there as at
        // ASCII punctuation; a letter ("A.É") is left to it.
        Some(&t) if t >= 0x80 => decode_at(bytes, pos + 1).is_some_and(|c| !is_alnum(c)),
        Some(&t) if !t.is_ascii_alphanumeric() => true,
        // An initial followed by a capital: a dotted acronym.
        Some(&t) => !(pos - start == 1 && first == UPPER && t.is_ascii_uppercase()),
    };
    if !stopped {
        return None;
    }
    let mut flags = 0u16;
    if first == UPPER {
        flags |= CAP;
    }
    if seen & DIGIT_BYTE != 0 {
        flags |= DIGIT;
    }
    Some(stopped_word(bytes, start, pos, seen, flags))
}

/// The char whose first byte is `bytes[at]`; `None` past the end or if
/// the bytes there are no whole char.
#[inline]
fn decode_at(bytes: &[u8], at: usize) -> Option<char> {
    let width = match *bytes.get(at)? {
        0..0x80 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    };
    let c = std::str::from_utf8(bytes.get(at..at + width)?).ok()?;
    c.chars().next()
}

/// Reads one word starting at `start` (an alphanumeric char).
fn word(text: &str, start: usize) -> Tok {
    word_in(text, start, true)
}

/// [`word`]; `shortcuts` takes the two shortcuts for the usual shapes of
/// words (tests compare them with the general loop by turning them off).
#[inline(always)]
fn word_in(text: &str, start: usize, shortcuts: bool) -> Tok {
    let mut flags = 0u16;
    let mut j = start;
    let mut seg_len = 0usize; // letters since the last '.' or '-'
    let mut seg_upper = true;
    let mut has_dot = false;
    let mut letters = 0usize;
    let mut uppers = 0usize;
    let mut first = true;
    let mut last_hyphen: Option<usize> = None;
    // Offset in the word of its first inner hyphen.
    let mut first_hyphen: Option<usize> = None;
    let bytes = text.as_bytes();
    // ASCII bytes decode without the UTF-8 machinery.
    let char_at = |k: usize| -> Option<char> {
        let x = *bytes.get(k)?;
        if x < 0x80 {
            Some(char::from(x))
        } else {
            text.get(k..)?.chars().next()
        }
    };
    // Fast path over the leading ASCII letters and digits, without a
    // branch per byte (case changes mispredicted); the letters are counted
    // below only where the count matters.
    let mut pos = start;
    let mut seen = 0u8;
    while let Some(&x) = bytes.get(pos) {
        let c = ASCII_CLASS[usize::from(x)];
        if c == 0 {
            break;
        }
        seen |= c;
        pos += 1;
    }
    // The letters and capitals of the ASCII part.
    let count = |letters: &mut usize, uppers: &mut usize| {
        for &x in bytes.get(start..pos).unwrap_or_default() {
            let c = ASCII_CLASS[usize::from(x)];
            *letters += usize::from(c & (UPPER | LOWER) != 0);
            *uppers += usize::from(c & UPPER);
        }
    };
    if bytes.get(start).is_some_and(u8::is_ascii_uppercase) {
        flags |= CAP;
    }
    if seen & DIGIT_BYTE != 0 {
        flags |= DIGIT;
    }
    if seen & (LOWER | DIGIT_BYTE) != 0 {
        seg_upper = false;
    }
    // The usual word: ASCII letters and digits ended by a space, the end
    // of the text or punctuation that cannot continue it. No possessive,
    // plural possessive, full stop, hyphen or particle can apply.
    if shortcuts
        && pos > start
        && bytes
            .get(pos)
            .is_none_or(|&t| t < 0x80 && !matches!(t, b'-' | b'\'' | b'.'))
    {
        // All capitals: no small letter, two capitals or more.
        if seen & (UPPER | LOWER) == UPPER {
            count(&mut letters, &mut uppers);
            if letters >= 2 && uppers == letters {
                flags |= ALLCAPS;
            }
        }
        return Tok::ascii_word(start, pos, flags);
    }
    // The next most usual: ASCII letters and digits ended by a full stop
    // that nothing alphanumeric follows ("said.", "Corp.,"): no hyphen,
    // apostrophe or inner dot can apply, only whether the stop belongs to
    // the word.
    if shortcuts
        && pos > start
        && bytes.get(pos) == Some(&b'.')
        && char_at(pos + 1).is_none_or(|c| !is_alnum(c))
    {
        let (e, flags) = stopped_word(bytes, start, pos, seen, flags);
        return Tok::ascii_word(start, e, flags);
    }
    // A possessive: ASCII letters and digits, "’s" or "'s", then the end
    // of the text or ASCII that cannot continue the word ("Acme’s chief",
    // "NATO's,"). The general loop reads the apostrophe and the "s" into
    // the word, stops after them, and cuts them off as `POSS`: nothing
    // else can apply (no hyphen, no full stop read, `POSS` skips the
    // stop rule).
    if shortcuts && pos > start {
        if let Some(tok) = possessive(bytes, start, pos, seen, flags) {
            return tok;
        }
        // ASCII parts joined by hyphens ("NATO-led", "two-thirds",
        // "al-Assad", "COVID-19").
        if bytes.get(pos) == Some(&b'-') {
            if let Some(tok) = hyphenated(bytes, start, pos) {
                return tok;
            }
        }
    }
    count(&mut letters, &mut uppers);
    if pos > start {
        seg_len = pos - start;
        first = false;
        j = pos;
    }
    loop {
        // An ASCII letter or digit: what the char tests below say of it,
        // read from its byte class (a test compares them for every byte).
        let class = bytes.get(pos).map_or(0, |&x| ASCII_CLASS[usize::from(x)]);
        if class != 0 {
            let upper = class == UPPER;
            if first && upper {
                flags |= CAP;
            }
            if class == DIGIT_BYTE {
                flags |= DIGIT;
            } else {
                letters += 1;
                uppers += usize::from(upper);
            }
            if last_hyphen == Some(pos) && class == LOWER {
                flags |= HYPHLOW;
            }
            seg_len += 1;
            seg_upper &= upper;
            first = false;
            j = pos + 1;
            pos = j;
            continue;
        }
        let Some(c) = char_at(pos) else { break };
        // A Latin-1 letter, likewise without the Unicode tables.
        if let Some(upper) = latin1_letter(c) {
            if first && upper {
                flags |= CAP;
            }
            letters += 1;
            uppers += usize::from(upper);
            if last_hyphen == Some(pos) && !upper {
                flags |= HYPHLOW;
            }
            seg_len += 1;
            seg_upper &= upper;
            first = false;
            j = pos + c.len_utf8();
            pos = j;
            continue;
        }
        if is_alnum(c) {
            if first && c.is_uppercase() {
                flags |= CAP;
            }
            if c.is_numeric() {
                flags |= DIGIT;
            }
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    uppers += 1;
                }
            }
            if last_hyphen == Some(pos) && c.is_lowercase() {
                flags |= HYPHLOW;
            }
            seg_len += 1;
            seg_upper &= c.is_uppercase();
            first = false;
            j = pos + c.len_utf8();
            pos = j;
            continue;
        }
        // Only these join what follows to the word; leave without looking
        // at the next char otherwise.
        if !matches!(c, '-' | '\'' | '’' | '.') {
            break;
        }
        let next = char_at(pos + c.len_utf8());
        let next_alnum = next.is_some_and(is_alnum);
        match c {
            '-' | '\'' | '’' if next_alnum => {
                if c == '-' {
                    last_hyphen = Some(pos + 1);
                    first_hyphen = first_hyphen.or(Some(pos - start));
                }
                seg_len = 0;
                seg_upper = true;
                j = pos + c.len_utf8();
                pos = j;
            }
            '.' if next_alnum
                && seg_len == 1
                && seg_upper
                && next.is_some_and(char::is_uppercase) =>
            {
                has_dot = true;
                seg_len = 0;
                j = pos + 1;
                pos = j;
            }
            _ => break,
        }
    }
    let w = &text[start..j];
    let mut e = j;
    let mut end = j;
    // Possessive "’s" / "'s".
    if w.ends_with(['s', 'S']) {
        for suffix in ["’s", "'s", "’S", "'S"] {
            if w.len() > suffix.len() && w.ends_with(suffix) {
                e = j - suffix.len();
                flags |= POSS;
                break;
            }
        }
    }
    let rest = &text[j..];
    if flags & POSS == 0 && (w.ends_with('s') || w.ends_with('S')) {
        for ap in ['\'', '’'] {
            if rest.starts_with(ap) && !rest[ap.len_utf8()..].chars().next().is_some_and(is_alnum) {
                end = j + ap.len_utf8();
                flags |= POSS_PL;
                break;
            }
        }
    }
    // A full stop that belongs to the word: initials, dotted acronyms,
    // abbreviations.
    if flags & (POSS | POSS_PL) == 0 && rest.starts_with('.') {
        let single_upper = letters == 1 && uppers == 1 && w.chars().count() == 1;
        let mut buf = [0u8; 64];
        let keep = single_upper
            || has_dot
            || (if w.is_ascii() {
                is_dotted_ascii(w.as_bytes())
            } else {
                classes(w) & W_DOTTED != 0
            })
            || (flags & CAP != 0
                && w.len() <= 6
                && lower(w, &mut buf).is_some_and(|l| {
                    let mut b2 = [0u8; 64];
                    let n = l.len();
                    n < b2.len() && {
                        b2[..n].copy_from_slice(l.as_bytes());
                        b2[n] = b'.';
                        std::str::from_utf8(&b2[..n + 1])
                            .ok()
                            .is_some_and(|k| geo(k).is_some())
                    }
                }));
        if keep {
            e = j + 1;
            end = j + 1;
        }
    }
    if letters >= 2 && uppers == letters {
        flags |= ALLCAPS;
    }
    // "San Francisco-based": cut the adjectival suffix.
    if flags & HYPHLOW != 0 && flags & POSS == 0 {
        if let Some(h) = w.rfind('-') {
            let suffix = &w[h + 1..];
            let mut buf = [0u8; 64];
            if lower(suffix, &mut buf).is_some_and(|s| MODIFIER_SUFFIXES.contains(&s)) {
                e = start + h;
                flags = (flags & !HYPHLOW) | MODIFIER;
            }
        }
    }
    // "al-Assad", "bin-Salman": a particle glued to a capitalised name.
    if flags & CAP == 0 {
        if let Some(h) = first_hyphen {
            let (p, r) = (&w[..h], &w[h + 1..]);
            if matches!(p, "al" | "el" | "bin" | "ibn" | "abu" | "ben")
                && r.chars().next().is_some_and(char::is_uppercase)
            {
                flags |= CAP | PARTICLE_NAME;
                flags &= !HYPHLOW;
            }
        }
    }
    Tok {
        s: start,
        e,
        end,
        punct: None,
        flags,
        ascii: bytes.get(start..e).is_some_and(<[u8]>::is_ascii),
    }
}

/// The token [`word`] reads for the ASCII letters and digits `start..pos`
/// followed by "’s" or "'s" and then the end of the text or an ASCII byte
/// that cannot continue the word (white space, punctuation other than
/// `-`, `'`, `.`; or a full stop nothing alphanumeric follows); `None`
/// for any other word. `seen` holds the classes of the run's bytes,
/// `flags` its `CAP` and `DIGIT` flags.
#[inline(never)]
fn possessive(bytes: &[u8], start: usize, pos: usize, seen: u8, flags: u16) -> Option<Tok> {
    let apostrophe = match bytes.get(pos..)? {
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3,
        _ => return None,
    };
    let s_at = pos + apostrophe;
    let s = *bytes.get(s_at)?;
    if s | 0x20 != b's' {
        return None;
    }
    let ends = match bytes.get(s_at + 1..).unwrap_or_default() {
        [] => true,
        [b'.', next, ..] => *next < 0x80 && !next.is_ascii_alphanumeric(),
        [b'.'] => true,
        [t, ..] => WORD_CLASS[usize::from(*t)] == 0,
    };
    if !ends {
        return None;
    }
    // All capitals counts the "s" among the letters: only a capital "S"
    // after a run with a capital and no small letter.
    let allcaps = s == b'S' && seen & (UPPER | LOWER) == UPPER;
    Some(Tok {
        s: start,
        e: pos,
        end: s_at + 1,
        punct: None,
        flags: flags | POSS | if allcaps { ALLCAPS } else { 0 },
        ascii: true,
    })
}

/// The token [`word`] reads for ASCII letters and digits from `start`
/// whose run ends at a hyphen (`pos`), when every hyphen of the word is
/// followed by an ASCII letter or digit and the word ends at the end of
/// the text or at an ASCII byte that cannot continue it (white space,
/// punctuation other than `-`, `'`, `.`); `None` for any other word.
///
/// What the general loop does with such a word, in the same order: no
/// possessive, plural possessive or full stop can apply (no apostrophe,
/// no stop follows); `HYPHLOW` when a small letter follows a hyphen; the
/// adjectival suffix after the last hyphen cut off as `MODIFIER`; a
/// particle before the first hyphen joined to a capital made a name.
#[inline(never)]
fn hyphenated(bytes: &[u8], start: usize, pos: usize) -> Option<Tok> {
    let mut j = pos;
    let mut hyphlow = false;
    let mut last_hyphen;
    // At a hyphen: it and the run after it, while a hyphen follows.
    loop {
        let after = ASCII_CLASS[usize::from(*bytes.get(j + 1)?)];
        if after == 0 {
            return None;
        }
        hyphlow |= after == LOWER;
        last_hyphen = j;
        j += 1;
        while bytes
            .get(j)
            .is_some_and(|&x| ASCII_CLASS[usize::from(x)] != 0)
        {
            j += 1;
        }
        match bytes.get(j) {
            None => break,
            Some(b'-') => continue,
            Some(&x) if WORD_CLASS[usize::from(x)] == 0 => break,
            Some(_) => return None,
        }
    }
    let w = bytes.get(start..j)?;
    let (mut letters, mut uppers, mut digit) = (0usize, 0usize, false);
    for &x in w {
        let c = ASCII_CLASS[usize::from(x)];
        letters += usize::from(c & (UPPER | LOWER) != 0);
        uppers += usize::from(c == UPPER);
        digit |= c == DIGIT_BYTE;
    }
    let mut flags = 0u16;
    if w.first().is_some_and(u8::is_ascii_uppercase) {
        flags |= CAP;
    }
    if digit {
        flags |= DIGIT;
    }
    if hyphlow {
        flags |= HYPHLOW;
    }
    if letters >= 2 && uppers == letters {
        flags |= ALLCAPS;
    }
    let mut e = j;
    // "San Francisco-based": cut the adjectival suffix.
    if hyphlow {
        let suffix = bytes.get(last_hyphen + 1..j).unwrap_or_default();
        if MODIFIER_SUFFIXES
            .iter()
            .any(|m| m.as_bytes().eq_ignore_ascii_case(suffix))
        {
            e = last_hyphen;
            flags = (flags & !HYPHLOW) | MODIFIER;
        }
    }
    // "al-Assad", "bin-Salman": a particle glued to a capitalised name.
    if flags & CAP == 0 {
        let particle = bytes.get(start..pos).unwrap_or_default();
        if matches!(particle, b"al" | b"el" | b"bin" | b"ibn" | b"abu" | b"ben")
            && bytes.get(pos + 1).is_some_and(u8::is_ascii_uppercase)
        {
            flags |= CAP | PARTICLE_NAME;
            flags &= !HYPHLOW;
        }
    }
    Some(Tok {
        s: start,
        e,
        end: j,
        punct: None,
        flags,
        ascii: true,
    })
}

/// The word of ASCII letters and digits `start..pos` that [`word`] reads
/// when a full stop follows it and nothing alphanumeric follows the stop:
/// the same token, without the general loop. `seen` holds the classes of
/// its bytes, `flags` its `CAP` and `DIGIT` flags.
fn stopped_word(bytes: &[u8], start: usize, pos: usize, seen: u8, mut flags: u16) -> (usize, u16) {
    let w = bytes.get(start..pos).unwrap_or_default();
    // All capitals: no small letter, two capitals or more.
    let uppers = if seen & LOWER == 0 {
        w.iter().filter(|x| x.is_ascii_uppercase()).count()
    } else {
        0
    };
    if uppers >= 2 {
        flags |= ALLCAPS;
    }
    // Whether the stop belongs to the word: an initial, an abbreviation,
    // a short capitalised name the gazetteer has with its stop.
    let keep = (w.len() == 1 && flags & CAP != 0)
        || is_dotted_ascii(w)
        || (flags & CAP != 0 && w.len() <= 6 && {
            let mut key = [0u8; 7];
            key.get_mut(..w.len()).is_some_and(|k| {
                k.copy_from_slice(w);
                true
            }) && {
                key.make_ascii_lowercase();
                if let Some(dot) = key.get_mut(w.len()) {
                    *dot = b'.';
                }
                key.get(..=w.len())
                    .and_then(|k| std::str::from_utf8(k).ok())
                    .is_some_and(|k| geo(k).is_some())
            }
        });
    let e = if keep { pos + 1 } else { pos };
    (e, flags)
}

/// [`lower`] of `s` appended to `out`: `false`, with `out` left as it
/// was, where `lower` gives `None` (the lower case is longer than 64
/// bytes). Each char is pushed as a char, so the copy needs no UTF-8
/// check (that of [`lower`]'s buffer mispredicted on the chars beyond
/// ASCII); the same rules as [`lower`] make each char's lower case.
pub(super) fn lower_push(s: &str, out: &mut String) -> bool {
    let at = out.len();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if let Ok(x) = u8::try_from(u32::from(c)) {
            let l = if latin1_letter(c) == Some(true) {
                char::from(x + 0x20)
            } else {
                c
            };
            out.push(l);
            continue;
        }
        let c = if c == '’' { '\'' } else { c };
        out.extend(c.to_lowercase());
    }
    if out.len() - at > 64 {
        out.truncate(at);
        return false;
    }
    true
}

/// Lower-cases `s` into `buf`; `None` when it does not fit.
pub(super) fn lower<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    if s.is_ascii() {
        let len = s.len();
        buf.get_mut(..len)?.copy_from_slice(s.as_bytes());
        // The whole buffer lower-cased, a fixed count of bytes (the loop
        // over the word's own bytes ended on its length and mispredicted
        // there); the bytes past the word are not read.
        buf.make_ascii_lowercase();
        return std::str::from_utf8(buf.get(..len)?).ok();
    }
    let mut n = 0;
    for c in s.chars() {
        if c.is_ascii() {
            // ASCII needs no case tables.
            *buf.get_mut(n)? = c.to_ascii_lowercase() as u8;
            n += 1;
            continue;
        }
        // Latin-1 ("é", "Ñ", "ü", the accented letters of most names)
        // needs no case tables either: a capital is its small letter less
        // 0x20 ([`latin1_letter`]), every other char of the block is its
        // own lower case; two bytes in UTF-8.
        if let Ok(x) = u8::try_from(u32::from(c)) {
            let l = if latin1_letter(c) == Some(true) {
                x + 0x20
            } else {
                x
            };
            let dst = buf.get_mut(n..n + 2)?;
            dst.copy_from_slice(&[0xC0 | (l >> 6), 0x80 | (l & 0x3F)]);
            n += 2;
            continue;
        }
        let c = if c == '’' { '\'' } else { c };
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// A sorted list of lower-case words.
#[derive(Debug)]
pub(super) struct Lexicon {
    words: Vec<&'static str>,
    /// Bit `b[1] & 63` of `filter[len][b[0] & 31]` is set when some word
    /// has that length and those first two bytes: most other keys are
    /// turned away before the binary search.
    filter: Vec<[u64; 32]>,
}

impl Lexicon {
    fn new(words: &[&'static str]) -> Lexicon {
        let mut v = words.to_vec();
        v.sort_unstable();
        v.dedup();
        let mut filter: Vec<[u64; 32]> = Vec::new();
        for w in &v {
            let b = w.as_bytes();
            if filter.len() <= b.len() {
                filter.resize(b.len() + 1, [0; 32]);
            }
            let (x, y) = (
                b.first().copied().unwrap_or(0),
                b.get(1).copied().unwrap_or(0),
            );
            if let Some(row) = filter.get_mut(b.len()) {
                row[usize::from(x & 31)] |= 1 << (y & 63);
            }
        }
        Lexicon { words: v, filter }
    }

    /// Whether `w` (already lower case) is in the list.
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (x, y) = (
            b.first().copied().unwrap_or(0),
            b.get(1).copied().unwrap_or(0),
        );
        self.filter
            .get(b.len())
            .is_some_and(|row| row[usize::from(x & 31)] & (1 << (y & 63)) != 0)
            && self.words.binary_search(&w).is_ok()
    }
}

/// The word lists that are looked up outside the token scan (in `merge`,
/// or as several-word keys), sorted once.
#[derive(Debug)]
pub(super) struct Lexicons {
    pub org_heads: Lexicon,
    pub company_suffixes: Lexicon,
    pub known_orgs: Lexicon,
}

/// The word lists.
pub(super) static LEX: Lazy<Lexicons> = Lazy::new(|| Lexicons {
    org_heads: Lexicon::new(lexicon::ORG_HEADS),
    company_suffixes: Lexicon::new(lexicon::COMPANY_SUFFIXES),
    known_orgs: Lexicon::new(lexicon::KNOWN_ORGS),
});

/// Word class: `title_heads`.
pub(super) const W_TITLE_HEADS: u32 = 1 << 0;
/// Word class: `roles`.
pub(super) const W_ROLES: u32 = 1 << 1;
/// Word class: `role_modifiers`.
pub(super) const W_ROLE_MODIFIERS: u32 = 1 << 2;
/// Word class: `postnominals`.
pub(super) const W_POSTNOMINALS: u32 = 1 << 3;
/// Word class: `org_heads`.
pub(super) const W_ORG_HEADS: u32 = 1 << 4;
/// Word class: `company_suffixes`.
pub(super) const W_COMPANY_SUFFIXES: u32 = 1 << 5;
/// Word class: `org_prefixes`.
pub(super) const W_ORG_PREFIXES: u32 = 1 << 6;
/// Word class: `place_heads`.
pub(super) const W_PLACE_HEADS: u32 = 1 << 7;
/// Word class: `place_prefixes`.
pub(super) const W_PLACE_PREFIXES: u32 = 1 << 8;
/// Word class: `non_actor_prefixes`.
pub(super) const W_NON_ACTOR_PREFIXES: u32 = 1 << 9;
/// Word class: `non_actor_heads`.
pub(super) const W_NON_ACTOR_HEADS: u32 = 1 << 10;
/// Word class: `not_names`.
pub(super) const W_NOT_NAMES: u32 = 1 << 11;
/// Word class: `initial_stop`.
pub(super) const W_INITIAL_STOP: u32 = 1 << 12;
/// Word class: `particles`.
pub(super) const W_PARTICLES: u32 = 1 << 13;
/// Word class: `known_orgs`.
pub(super) const W_KNOWN_ORGS: u32 = 1 << 14;
/// Word class: `groups`.
pub(super) const W_GROUPS: u32 = 1 << 15;
/// Word class: `group_modifiers`.
pub(super) const W_GROUP_MODIFIERS: u32 = 1 << 16;
/// Word class: `group_verbs`.
pub(super) const W_GROUP_VERBS: u32 = 1 << 17;
/// Word class: `place_of`.
pub(super) const W_PLACE_OF: u32 = 1 << 18;
/// Word class: `locative`.
pub(super) const W_LOCATIVE: u32 = 1 << 19;
/// Word class: `compass`.
pub(super) const W_COMPASS: u32 = 1 << 20;
/// Word class: `national_bodies`.
pub(super) const W_NATIONAL_BODIES: u32 = 1 << 21;
/// Word class: `dotted`.
pub(super) const W_DOTTED: u32 = 1 << 22;
/// Word class: "groups" (a group only with a modifier: "rights groups").
pub(super) const W_GROUPS_WORD: u32 = 1 << 23;
/// Word class: "government", "administration", "regime".
pub(super) const W_GOV: u32 = 1 << 24;
/// Word class: "the".
pub(super) const W_THE: u32 = 1 << 25;
/// Word class: a noun standing for something named before ("ministry").
pub(super) const W_ANAPHOR: u32 = 1 << 26;
/// Word class: a capitalised adjective (`adjectives`).
pub(super) const W_ADJECTIVES: u32 = 1 << 27;
/// Word class: a one-word name of the gazetteer ([`geo`] has it), so that
/// one bit of a word's classes answers for most one-word lookups.
pub(super) const W_GEO: u32 = 1 << 28;
/// Word class: the first word of a well-known organisation's name of two
/// words or more ("world" of "world bank"), so that one bit answers for
/// most runs asked about.
pub(super) const W_KNOWN_FIRST: u32 = 1 << 29;
/// Word class: the first word of a gazetteer name of two words or more
/// ("new" of "new york"), likewise. (Bit 31 stays free: no word's classes
/// are `u32::MAX`, which marks a word not looked up yet.)
pub(super) const W_GEO_FIRST: u32 = 1 << 30;

/// A small multiplicative hasher (the FxHash scheme) for short word keys:
/// several times faster than SipHash, and the keys are our own tables.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Fx(u64);

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.0 = (self.0.rotate_left(5) ^ tail_word(rest)).wrapping_mul(K);
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 1 to 7 bytes of `rest` as a little-endian word, zero padded (what
/// `u64::from_le_bytes` of them copied into a zeroed buffer gives), from
/// two loads that may overlap: the copy called `memcpy` for every word
/// hashed. The bytes both loads read are the same, so or-ing them is
/// exact.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let byte = |k: usize| u64::from(rest.get(k).copied().unwrap_or(0));
    let quad = |k: usize| {
        rest.get(k..k + 4)
            .and_then(|q| <[u8; 4]>::try_from(q).ok())
            .map_or(0, |q| u64::from(u32::from_le_bytes(q)))
    };
    if n >= 4 {
        quad(0) | quad(n - 4) << (8 * (n - 4))
    } else if n > 0 {
        byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1))
    } else {
        0
    }
}

/// Hash maps keyed by words.
pub(super) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// Every single word of every list, with the classes it belongs to.
static WORD_CLASSES: Lazy<FxMap<&'static str, u32>> = Lazy::new(|| {
    let lists: [(&[&'static str], u32); 23] = [
        (lexicon::TITLE_HEADS, W_TITLE_HEADS),
        (lexicon::ROLES, W_ROLES),
        (lexicon::ROLE_MODIFIERS, W_ROLE_MODIFIERS),
        (lexicon::POSTNOMINALS, W_POSTNOMINALS),
        (lexicon::ORG_HEADS, W_ORG_HEADS),
        (lexicon::COMPANY_SUFFIXES, W_COMPANY_SUFFIXES),
        (lexicon::ORG_PREFIXES, W_ORG_PREFIXES),
        (lexicon::PLACE_HEADS, W_PLACE_HEADS),
        (lexicon::PLACE_PREFIXES, W_PLACE_PREFIXES),
        (lexicon::NON_ACTOR_PREFIXES, W_NON_ACTOR_PREFIXES),
        (lexicon::NON_ACTOR_HEADS, W_NON_ACTOR_HEADS),
        (lexicon::NOT_NAMES, W_NOT_NAMES),
        (lexicon::INITIAL_STOP, W_INITIAL_STOP),
        (lexicon::PARTICLES, W_PARTICLES),
        (lexicon::KNOWN_ORGS, W_KNOWN_ORGS),
        (lexicon::GROUPS, W_GROUPS),
        (lexicon::GROUP_MODIFIERS, W_GROUP_MODIFIERS),
        (lexicon::GROUP_VERBS, W_GROUP_VERBS),
        (lexicon::PLACE_OF, W_PLACE_OF),
        (lexicon::LOCATIVE, W_LOCATIVE),
        (lexicon::COMPASS, W_COMPASS),
        (lexicon::NATIONAL_BODIES, W_NATIONAL_BODIES),
        (DOTTED, W_DOTTED),
    ];
    let mut m: FxMap<&'static str, u32> = FxMap::default();
    *m.entry("groups").or_insert(0) |= W_GROUPS_WORD;
    for &w in lexicon::ADJECTIVES {
        *m.entry(w).or_insert(0) |= W_ADJECTIVES;
    }
    *m.entry("the").or_insert(0) |= W_THE;
    for w in ["government", "administration", "regime"] {
        *m.entry(w).or_insert(0) |= W_GOV;
    }
    for &(w, _) in lexicon::ORG_ANAPHORS.iter().chain(lexicon::PERSON_ANAPHORS) {
        *m.entry(w).or_insert(0) |= W_ANAPHOR;
    }
    for (list, bit) in lists {
        for &w in list {
            if !w.contains(' ') {
                *m.entry(w).or_insert(0) |= bit;
            }
        }
    }
    for &w in lexicon::KNOWN_ORGS {
        if let Some((first, _)) = w.split_once(' ') {
            *m.entry(first).or_insert(0) |= W_KNOWN_FIRST;
        }
    }
    // The gazetteer is a static too: its keys live as long.
    let gazetteer: &'static FxMap<String, Geo> = &GAZETTEER;
    for k in gazetteer.keys() {
        match k.split_once(' ') {
            None => *m.entry(k.as_str()).or_insert(0) |= W_GEO,
            Some((first, _)) => *m.entry(first).or_insert(0) |= W_GEO_FIRST,
        }
    }
    m
});

/// The words of [`WORD_CLASSES`] in any of the `classes`.
pub(super) fn words_in(classes: u32) -> impl Iterator<Item = &'static str> {
    WORD_CLASSES
        .iter()
        .filter(move |(_, c)| **c & classes != 0)
        .map(|(w, _)| *w)
}

/// A set of words that answers "maybe" or "no" by a word's length, first
/// byte and last byte, each byte folded to its low five bits (which
/// ignores the case of ASCII letters): one load and one bit test, with no
/// hashing and no lower-case copy.
#[derive(Debug, Clone, Default)]
pub(super) struct WordFilter {
    /// Bit `z & 31` of `bits[len.min(31)][a & 31]`.
    bits: [[u32; 32]; 32],
}

impl WordFilter {
    /// The row and bit of `w`; `None` for the empty word.
    #[inline]
    fn slot(w: &[u8]) -> Option<(usize, usize, u32)> {
        let (&a, &z) = (w.first()?, w.last()?);
        Some((w.len().min(31), usize::from(a & 31), 1 << (z & 31)))
    }

    /// Adds `w`.
    pub(super) fn insert(&mut self, w: &[u8]) {
        if let Some((len, a, bit)) = Self::slot(w) {
            if let Some(x) = self.bits.get_mut(len).and_then(|r| r.get_mut(a)) {
                *x |= bit;
            }
        }
    }

    /// [`WordFilter::may`] of a word of `len` bytes (not 0) from its first
    /// and last bytes.
    #[inline]
    pub(super) fn may_ends(&self, len: usize, first: u8, last: u8) -> bool {
        self.bits
            .get(len.min(31))
            .and_then(|r| r.get(usize::from(first & 31)))
            .is_some_and(|x| x & (1 << (last & 31)) != 0)
    }

    /// `false` when `w`, in any ASCII case, was certainly not added.
    #[inline]
    pub(super) fn may(&self, w: &[u8]) -> bool {
        Self::slot(w).is_some_and(|(len, a, bit)| {
            self.bits
                .get(len)
                .and_then(|r| r.get(a))
                .is_some_and(|x| x & bit != 0)
        })
    }
}

/// A quick filter in front of [`WORD_CLASSES`]: bit `b[1] & 63` of
/// `FILTER[len][b[0] & 31]` is set when some listed word has that length
/// and those first two bytes (folded), so most other words skip the hash.
static FILTER: Lazy<Vec<[u64; 32]>> = Lazy::new(|| {
    let mut f = vec![[0u64; 32]; 25];
    for w in WORD_CLASSES.keys() {
        if let (Some(row), [a, b, ..]) = (f.get_mut(w.len()), w.as_bytes()) {
            row[usize::from(a & 31)] |= 1 << (b & 63);
        }
    }
    f
});

/// The longest word [`CLASS_TABLE`] holds.
pub(super) const PACKED: usize = 24;

/// A word of at most [`PACKED`] bytes packed into three words, zero padded.
///
/// Loads whole eight-byte chunks straight from the word and assembles the
/// last partial one byte by byte: copying into a buffer and reading it back
/// stalled on store forwarding.
#[inline]
fn pack(w: &[u8]) -> Option<[u64; 3]> {
    if w.len() > PACKED {
        return None;
    }
    let mut k = [0u64; 3];
    for (slot, chunk) in k.iter_mut().zip(w.chunks(8)) {
        *slot = le_word(chunk);
    }
    Some(k)
}

/// Up to eight bytes as a little-endian word, zero padded.
#[inline]
pub(super) fn le_word(chunk: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(chunk) {
        Ok(a) => u64::from_le_bytes(a),
        Err(_) => chunk
            .iter()
            .take(8)
            .rev()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
    }
}

/// The hash of a packed word: bits 32 and up pick its home slot, the top
/// 14 bits its bit in [`ClassTable::bits`].
#[inline]
fn word_hash(k: &[u64; 3], len: usize) -> u64 {
    (k[0].wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ k[1].wrapping_mul(0xC2B2_AE3D_27D4_EB4F).rotate_left(21)
        ^ k[2].wrapping_mul(0x1656_67B1_9E37_79F9).rotate_left(42)
        ^ len as u64)
        .wrapping_mul(0x517C_C1B7_2722_0A95)
}

/// The bit of a hash in [`ClassTable::bits`]: (word, mask).
#[inline]
fn bit_of(h: u64) -> (usize, u64) {
    let b = (h >> 50) as usize;
    (b >> 6, 1 << (b & 63))
}

/// One word of [`CLASS_TABLE`]: the word packed (zero padded), its length
/// and its classes, in 32 bytes aligned to 32, so that an entry is half a
/// cache line and never lies across two (the lookup that finds a word
/// reads one line of entries).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct ClassEntry {
    k: [u64; 3],
    /// 0 in an empty slot.
    len: u32,
    classes: u32,
}

// An entry is half a line: keep it so (a new field must fit).
const _: () = assert!(std::mem::size_of::<ClassEntry>() == 32);

/// [`WORD_CLASSES`] again as an open-addressing table of packed words: a
/// lookup is a few word compares, where the hash map hashed byte by byte
/// and compared through `memcmp` (every token of every sentence is looked
/// up).
///
/// The slots are [`ClassEntry`]s, whose alignment keeps each in one cache
/// line: the slots were tuples aligned to 8, and with the buffer at 16 of
/// a line every other slot lay across two lines, so that a lookup that
/// found its word there missed the cache twice at a cold article.
#[derive(Debug)]
struct ClassTable {
    /// Length 0 marks an empty slot.
    slots: Vec<ClassEntry>,
    mask: usize,
    /// One bit per 14-bit hash value, set for the words of the table: 2 KB
    /// that turn most absent words away before the slots (a cache miss
    /// each) are read. With 8 KB (one bit in 30 set, not one in 9) fewer
    /// absent words got through, but its lines were cold again at each
    /// article and half the lookups missed on them: 2 KB has a quarter of
    /// the lines to miss, and the few more probes cost less (callgrind:
    /// D1 misses of the lookup 54.8K -> 44.2K a pass, L2 7.5K -> 6.9K).
    bits: Vec<u64>,
}

impl ClassTable {
    fn new(words: &FxMap<&'static str, u32>) -> ClassTable {
        let size = (words.len() * 2).next_power_of_two().max(16);
        let mut t = ClassTable {
            slots: vec![ClassEntry::default(); size],
            mask: size - 1,
            bits: vec![0; 1 << 8],
        };
        for (w, &c) in words {
            let Some(k) = pack(w.as_bytes()) else {
                continue;
            };
            if w.is_empty() {
                continue;
            }
            let h = word_hash(&k, w.len());
            let (word, bit) = bit_of(h);
            t.bits[word] |= bit;
            let mut i = (h >> 32) as usize & t.mask;
            while t.slots[i].len != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = ClassEntry {
                k,
                len: w.len() as u32,
                classes: c,
            };
        }
        t
    }

    /// The classes of `w`; 0 when absent. At most half the slots are full,
    /// so the probe always meets an empty one.
    #[inline]
    fn get(&self, w: &[u8]) -> u32 {
        let Some(k) = pack(w) else { return 0 };
        self.get_packed(&k, w.len())
    }

    /// [`ClassTable::get_packed`] when `gate` (a quick filter's answer)
    /// lets the word through: the filter and the hash bit are and-ed into
    /// one test, where each of its own was a branch that mispredicted on
    /// the word. The probe returns at the first slot that holds the word
    /// or is empty by one test, the answer then picked without a branch.
    #[inline]
    fn get_packed_gated(&self, k: &[u64; 3], len_w: usize, gate: bool) -> u32 {
        let h = word_hash(k, len_w);
        let (word, bit) = bit_of(h);
        let hashed = self.bits.get(word).is_some_and(|b| b & bit != 0);
        if !(gate & hashed) {
            return 0;
        }
        let mut i = (h >> 32) as usize & self.mask;
        loop {
            let Some(x) = self.slots.get(i) else {
                return 0;
            };
            let same = ((x.k[0] ^ k[0]) | (x.k[1] ^ k[1]) | (x.k[2] ^ k[2])) == 0;
            let hit = same & (x.len as usize == len_w);
            if hit | (x.len == 0) {
                return if hit { x.classes } else { 0 };
            }
            i = (i + 1) & self.mask;
        }
    }

    /// [`ClassTable::get`] of a word already packed, of `len` bytes.
    #[inline]
    fn get_packed(&self, k: &[u64; 3], len_w: usize) -> u32 {
        let h = word_hash(k, len_w);
        let (word, bit) = bit_of(h);
        if self.bits.get(word).is_none_or(|b| b & bit == 0) {
            return 0;
        }
        let mut i = (h >> 32) as usize & self.mask;
        loop {
            let Some(x) = self.slots.get(i) else {
                return 0;
            };
            if x.len == 0 {
                return 0;
            }
            if x.len as usize == len_w && x.k == *k {
                return x.classes;
            }
            i = (i + 1) & self.mask;
        }
    }
}

static CLASS_TABLE: Lazy<ClassTable> = Lazy::new(|| ClassTable::new(&WORD_CLASSES));

/// [`classes_lower`] of the word `hay[s..e]`, already lower case.
///
/// Reads the word in whole eight-byte loads from `hay` where it has the
/// bytes (masking off what follows the word), so the usual short word is
/// packed without a byte loop.
#[cfg(test)]
pub(super) fn classes_lower_at(hay: &[u8], s: usize, e: usize) -> u32 {
    Classes::get().at(hay, s, e)
}

/// The class tables, looked up once for a sentence's words (each lazy
/// static checks it is built on every use).
#[derive(Clone, Copy)]
pub(super) struct Classes {
    filter: &'static [[u64; 32]],
    table: &'static ClassTable,
}

impl Classes {
    /// The tables.
    pub(super) fn get() -> Classes {
        Classes {
            filter: &FILTER,
            table: &CLASS_TABLE,
        }
    }

    /// The classes of `hay[s..e]`, already lower case (`classes_lower_at`).
    #[inline]
    pub(super) fn at(self, hay: &[u8], s: usize, e: usize) -> u32 {
        classes_lower_in(self.filter, self.table, hay, s, e)
    }
}

/// `classes_lower_at` with the tables at hand.
///
/// Where `hay` has [`PACKED`] bytes from `s` (the lower-case copy of a
/// sentence is padded so that it always has), the word is packed from
/// three loads masked by its length through [`LOW_BYTES`], and the
/// table's hash bit is asked, so that a word runs through without a
/// branch that depends on it until the one test that tells a (likely)
/// listed word; [`classes_lower_in_plain`] reads the others (and
/// is what the tests compare this with).
#[inline]
fn classes_lower_in(
    filter: &[[u64; 32]],
    table: &ClassTable,
    hay: &[u8],
    s: usize,
    e: usize,
) -> u32 {
    let n = e.wrapping_sub(s);
    // A word longer than `PACKED` has no row (and is in no list).
    let (Some(_), Some(w)) = (filter.get(n), hay.get(s..s + PACKED)) else {
        return classes_lower_in_plain(filter, table, hay, s, e);
    };
    let chunk = |k: usize| {
        let x = w
            .get(8 * k..8 * k + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
            .map_or(0, u64::from_le_bytes);
        // The bytes of the word among the eight: 0 to 8 of them.
        x & LOW_BYTES[n.saturating_sub(8 * k).min(8)]
    };
    let k = [chunk(0), chunk(1), chunk(2)];
    // Only the table's hash bit gates the probe here, not the quick
    // filter's row as well: the table answers exactly either way (the
    // gates only spare probes), and the filter's 6 KB were a second line
    // to miss on at most lookups at a cold article, where the few absent
    // words the hash bit alone lets through (3%) cost a probe each. The
    // filter has no word of one byte (its rows are keyed by two), so none
    // is ever found (a listed "x" included): `n >= 2` keeps that, and-ed
    // into the same test.
    table.get_packed_gated(&k, n, n >= 2)
}

/// `LOW_BYTES[r]` keeps the low `r` bytes of a word (`r` from 0 to 8).
const LOW_BYTES: [u64; 9] = {
    let mut t = [0u64; 9];
    let mut r = 1;
    while r < 9 {
        t[r] = u64::MAX >> (64 - 8 * r);
        r += 1;
    }
    t
};

/// [`classes_lower_in`] the plain way: for a word near the end of a
/// haystack without padding, and the reference of the tests.
#[inline(never)]
fn classes_lower_in_plain(
    filter: &[[u64; 32]],
    table: &ClassTable,
    hay: &[u8],
    s: usize,
    e: usize,
) -> u32 {
    let Some(w) = hay.get(s..e) else { return 0 };
    let (Some(row), [a, b, ..]) = (filter.get(w.len()), w) else {
        return 0;
    };
    if row[usize::from(a & 31)] & (1 << (b & 63)) == 0 {
        return 0;
    }
    if w.len() > PACKED {
        return 0;
    }
    let mut k = [0u64; 3];
    let mut at = s;
    for slot in &mut k {
        if at >= e {
            break;
        }
        let rest = e - at;
        *slot = match hay.get(at..at + 8) {
            Some(c) => {
                let x = le_word(c);
                if rest >= 8 {
                    x
                } else {
                    x & ((1u64 << (8 * rest)) - 1)
                }
            }
            None => le_word(&w[at - s..]),
        };
        at += 8;
    }
    table.get_packed(&k, w.len())
}

/// The word classes of `w`, already lower case; 0 for a word in no list.
pub(super) fn classes_lower(w: &str) -> u32 {
    let bytes = w.as_bytes();
    let (Some(row), [a, b, ..]) = (FILTER.get(w.len()), bytes) else {
        return 0;
    };
    if row[usize::from(a & 31)] & (1 << (b & 63)) == 0 {
        return 0;
    }
    CLASS_TABLE.get(bytes)
}

/// The word classes of `w` (any case); 0 for a word in no list.
pub(super) fn classes(w: &str) -> u32 {
    if w.len() > 24 {
        return 0;
    }
    let mut buf = [0u8; 64];
    let l = if w.is_ascii() {
        let b = w.as_bytes();
        buf[..b.len()].copy_from_slice(b);
        buf[..b.len()].make_ascii_lowercase();
        std::str::from_utf8(&buf[..b.len()]).ok()
    } else {
        lower(w, &mut buf)
    };
    l.and_then(|l| WORD_CLASSES.get(l).copied()).unwrap_or(0)
}

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum GeoClass {
    /// A country, or another name of one ("UK").
    Country,
    /// A country's adjective ("Venezuelan").
    Demonym,
    /// Its people ("Colombians").
    DemonymPlural,
    /// A country's capital ("Washington").
    Capital,
    /// A state, province, nation or continent.
    Region,
    /// A large city.
    City,
}

/// A gazetteer hit: the entity it names and what kind of name it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Geo {
    /// The country (for countries, demonyms, capitals) or the place itself.
    pub canon: &'static str,
    /// What kind of name matched.
    pub class: GeoClass,
}

/// The gazetteer, keyed by lower-case name.
static GAZETTEER: Lazy<FxMap<String, Geo>> = Lazy::new(|| {
    let mut v: Vec<(String, Geo)> = Vec::new();
    let mut add = |name: &str, canon: &'static str, class: GeoClass| {
        let name = name.trim();
        if !name.is_empty() {
            v.push((name.to_lowercase().replace('’', "'"), Geo { canon, class }));
        }
    };
    for &(name, _, _, aliases) in gazetteer::COUNTRIES {
        add(name, name, GeoClass::Country);
        for a in aliases.split('|') {
            add(a, name, GeoClass::Country);
        }
    }
    for &(name, demonyms, _, _) in gazetteer::COUNTRIES {
        for d in demonyms.split('|') {
            add(d, name, GeoClass::Demonym);
            if d.ends_with('n') || d.ends_with('i') {
                add(&format!("{d}s"), name, GeoClass::DemonymPlural);
            }
        }
    }
    for &(name, _, capitals, _) in gazetteer::COUNTRIES {
        for c in capitals.split('|') {
            add(c, name, GeoClass::Capital);
        }
    }
    for &(name, aliases) in gazetteer::REGIONS {
        add(name, name, GeoClass::Region);
        for a in aliases.split('|') {
            add(a, name, GeoClass::Region);
        }
    }
    for &city in gazetteer::CITIES {
        add(city, city, GeoClass::City);
    }
    // First entry wins: a country's name beats a demonym spelled the same.
    let mut m: FxMap<String, Geo> = FxMap::default();
    for (k, g) in v {
        m.entry(k).or_insert(g);
    }
    m
});

/// A quick filter in front of [`GAZETTEER`], as [`FILTER`] is in front of
/// the word classes: bit [`geo_bit`] of a name's length and its first,
/// second and last bytes is set for each name. Most runs looked up are
/// names of people or headline words, turned away before the hash.
///
/// 32K bits (4 KB, as the table of rows folded by length it replaces): that
/// table indexed the bits by the first two bytes, which headline words
/// share with place names ("Capital", "Spreads"), and let a third of the
/// runs through to the lower-case copy and the hash; mixed by a multiply,
/// a name sets one bit in some 30. The map behind it is exact, so a run
/// the filter lets through is only looked up.
static GEO_FILTER: Lazy<Box<[u64; 512]>> = Lazy::new(|| {
    let mut f = Box::new([0u64; 512]);
    for k in GAZETTEER.keys() {
        let bit = geo_bit_of(k.as_bytes(), |c| c);
        f[bit >> 6 & 511] |= 1 << (bit & 63);
    }
    f
});

/// The bit of [`GEO_FILTER`] for a name of `len` bytes whose first,
/// second and last bytes are `x`, `y`, `z` (0 where the name is shorter):
/// the four mixed by a multiply, the top 15 bits of the product.
fn geo_bit(len: usize, x: u8, y: u8, z: u8) -> usize {
    let v = u32::from(x) | u32::from(y) << 8 | u32::from(z) << 16 | (len as u32 & 0xff) << 24;
    (v.wrapping_mul(0x9E37_79B1) >> 17) as usize
}

/// [`geo_bit`] of the bytes `b` each mapped by `f` (the identity for a
/// key, ASCII lower case for a name as written: the same bit for a name
/// in any ASCII case, as lower-casing ASCII keeps the length).
fn geo_bit_of(b: &[u8], f: impl Fn(u8) -> u8) -> usize {
    geo_bit(
        b.len(),
        b.first().map_or(0, |&c| f(c)),
        b.get(1).map_or(0, |&c| f(c)),
        b.last().map_or(0, |&c| f(c)),
    )
}

/// Whether the bit `bit` of [`GEO_FILTER`] is set.
fn geo_may_be(bit: usize) -> bool {
    GEO_FILTER[bit >> 6 & 511] >> (bit & 63) & 1 != 0
}

/// Looks `key` (lower case, words joined by one space) up in the gazetteer.
pub(super) fn geo(key: &str) -> Option<Geo> {
    if !geo_may_be(geo_bit_of(key.as_bytes(), |c| c)) {
        return None;
    }
    GAZETTEER.get(key).copied()
}

/// [`geo`] of `s` lower-cased (’ as '). An ASCII name is first turned
/// away by the filter on its own bytes, without the lower-case copy.
pub(super) fn geo_any_case(s: &str) -> Option<Geo> {
    if s.is_ascii() && !geo_may_be(geo_bit_of(s.as_bytes(), |c| c.to_ascii_lowercase())) {
        return None;
    }
    let mut buf = [0u8; 64];
    lower(s, &mut buf).and_then(geo)
}

/// The names of the gazetteer (lower case) and what each names.
#[cfg(test)]
pub(super) fn gazetteer_names() -> impl Iterator<Item = (&'static str, Geo)> {
    let gazetteer: &'static FxMap<String, Geo> = &GAZETTEER;
    gazetteer.iter().map(|(k, g)| (k.as_str(), *g))
}

/// Forces the lazily built tables.
pub(super) fn warm() {
    Lazy::force(&LEX);
    Lazy::force(&WORD_CLASSES);
    Lazy::force(&FILTER);
    Lazy::force(&CLASS_TABLE);
    Lazy::force(&GAZETTEER);
    Lazy::force(&GEO_FILTER);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_and_their_flags() {
        let text = "UN said 2bn, Acme’s NATO-led Acme";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let got: Vec<(&str, u16)> = toks.iter().map(|t| (&text[t.s..t.e], t.flags)).collect();
        assert_eq!(
            got,
            [
                ("UN", CAP | ALLCAPS),
                ("said", 0),
                ("2bn", DIGIT),
                (",", 0),
                ("Acme", CAP | POSS),
                ("NATO", CAP | MODIFIER),
                ("Acme", CAP),
            ]
        );
    }

    #[test]
    fn classes_at_an_offset_agree_with_the_word_alone() {
        // Words at the end of the haystack (short loads) and inside it
        // (masked loads), listed ones and near misses.
        let mut words: Vec<String> = WORD_CLASSES.keys().map(|w| w.to_string()).collect();
        words.extend(
            [
                "zzyzx",
                "governments",
                "th",
                "a",
                "",
                "abcdefghijklmnopqrstuvwxy",
            ]
            .map(String::from),
        );
        for w in &words {
            let alone = classes_lower(w);
            for (before, after) in [
                ("", ""),
                ("x ", ""),
                ("", " said"),
                ("ab ", "s and more text"),
            ] {
                let hay = format!("{before}{w}{after}");
                let (s, e) = (before.len(), before.len() + w.len());
                assert_eq!(classes_lower_at(hay.as_bytes(), s, e), alone, "{hay:?}");
                // Padded as the finder pads its copy: the masked loads.
                let padded = format!("{hay}{}", " ".repeat(32));
                assert_eq!(classes_lower_at(padded.as_bytes(), s, e), alone, "{hay:?}");
                let (f, t) = (&FILTER[..], &*CLASS_TABLE);
                let plain = classes_lower_in_plain(f, t, padded.as_bytes(), s, e);
                assert_eq!(plain, alone, "{hay:?}");
            }
        }
        assert_eq!(classes_lower_at(b"the", 1, 9), 0);
        assert_eq!(classes_lower_at(b"the", 2, 1), 0);
        let long = format!("{}{}", "x".repeat(40), " ".repeat(32));
        assert_eq!(classes_lower_at(long.as_bytes(), 0, 30), 0);
        for (r, m) in LOW_BYTES.iter().enumerate() {
            assert_eq!(m.count_ones() as usize, 8 * r);
            assert_eq!(m.trailing_ones() as usize, 8 * r);
        }
    }

    #[test]
    fn tokenize_tells_an_ascii_sentence() {
        let mut toks = Vec::new();
        for text in [
            "",
            "Plain words, said 2bn.",
            "NATO’s chief",
            "O'Neil-Smith U.S. end.",
            "Zürich",
            "at the end é",
            "x\u{a0}y",
            "“Quoted”",
            "Acme’",
        ] {
            assert_eq!(tokenize(text, &mut toks), text.is_ascii(), "{text:?}");
        }
    }

    #[test]
    fn dotted_words_answer_as_their_class_does() {
        let mut words: Vec<String> = Vec::new();
        let alphabet = b"abgjnorstuvxyzACDGJMNOPRSTV09.";
        for &a in alphabet {
            words.push(char::from(a).to_string());
            for &b in alphabet {
                words.push(String::from_utf8(vec![a, b]).unwrap_or_default());
                for &c in alphabet {
                    words.push(String::from_utf8(vec![a, b, c]).unwrap_or_default());
                }
            }
        }
        for w in DOTTED {
            words.push(w.to_string());
            words.push(w.to_ascii_uppercase());
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            words.push(cap.clone());
            words.push(format!("{cap}s"));
            words.push(format!("x{w}"));
        }
        words.extend(
            [
                "", "septs", "SEPT", "Supt", "supts", "Mrs", "MRS", "Ltd", "lTd",
            ]
            .map(String::from),
        );
        let mut dotted = 0;
        for w in &words {
            let want = classes(w) & W_DOTTED != 0;
            assert_eq!(is_dotted_ascii(w.as_bytes()), want, "{w:?}");
            dotted += usize::from(want);
        }
        assert!(dotted >= DOTTED.len() * 3, "{dotted}");
    }

    #[test]
    fn ascii_classes_of_every_byte() {
        // The byte classes, for every byte, between neighbours that are in
        // no class (no carry may cross from one byte into the next).
        for x in 0..=255u8 {
            let word = u64::from_le_bytes([b'Z' + 1, 0xFF, x, 0x7F, b'0' - 1, 0x80, b'a' - 1, 0]);
            let (u, l, d) = ascii_classes(word);
            let bit = 0x80u64 << 16;
            assert_eq!(u == bit, x.is_ascii_uppercase(), "{x}");
            assert_eq!(l == bit, x.is_ascii_lowercase(), "{x}");
            assert_eq!(d == bit, x.is_ascii_digit(), "{x}");
            assert_eq!(u | l | d, (u | l | d) & bit, "{x}");
            assert_eq!(word_classes(word), (u, l, d), "{x}");
        }
    }

    #[test]
    fn padded_loads_are_the_bytes_copied_into_a_zeroed_word() {
        for text in [
            "",
            "a",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "Zürich—and “x” too",
        ] {
            let b = text.as_bytes();
            for at in 0..=b.len() {
                let mut w = [0u8; 8];
                let rest = &b[at..];
                let n = rest.len().min(8);
                w[..n].copy_from_slice(&rest[..n]);
                assert_eq!(load_padded(b, at), u64::from_le_bytes(w), "{text:?} {at}");
            }
        }
    }

    /// The tokenizer read the slow way: [`word`] for every word, the
    /// filter and [`may_start_run`] asked of every word token.
    fn tokenize_reference(
        text: &str,
        filter: &WordFilter,
    ) -> (Vec<Tok>, bool, Vec<usize>, Vec<usize>) {
        let (mut out, mut maybe, mut starts) = (Vec::new(), Vec::new(), Vec::new());
        let b = text.as_bytes();
        let mut i = 0;
        while let Some(c) = text.get(i..).and_then(|r| r.chars().next()) {
            let cl = c.len_utf8();
            let space = if c.is_ascii() {
                c.is_ascii_whitespace()
            } else {
                c.is_whitespace()
            };
            if space {
                i += cl;
                continue;
            }
            if !is_alnum(c) {
                out.push(Tok {
                    s: i,
                    e: i + cl,
                    end: i + cl,
                    punct: Some(c),
                    flags: 0,
                    ascii: c.is_ascii(),
                });
                i += cl;
                continue;
            }
            let t = word(text, i);
            if !t.ascii || filter.may(&b[t.s..t.e]) {
                maybe.push(out.len());
            }
            if may_start_run(b, &t) {
                starts.push(out.len());
            }
            out.push(t);
            i = t.end.max(i + cl);
        }
        (out, text.is_ascii(), maybe, starts)
    }

    #[test]
    fn tokenizing_with_the_shortcuts_is_tokenizing_word_by_word() {
        let mut filter = WordFilter::default();
        for w in [
            "officials",
            "bank",
            "government",
            "ministry",
            "said",
            "the",
            "UN",
        ] {
            filter.insert(w.as_bytes());
        }
        let texts = [
            "UN officials said 2bn, Acme’s NATO-led Acme; the Bank of Kenya's chief.",
            "O'Neil-Smith U.S. end. J. R. Smith Jr. said: “Maybe,” Mr. Dlamini — no. 5.",
            "Zürich\u{a0}bank ÉLYSÉE São Paulo’s al-Assad’s Supporters' x-ray 3.6 per cent",
            "ABCDEFGHIJKL abcdefghijklmnopqrstuvwxyz0123456789 A1 1A AB-cd ab.cd. ab.\r\nCD",
            "No. 10 and no. 5 ministry\tgovernment\x0bofficials… bank– said—the",
            "Mr. Ms. mr. J. US. U.S. Kenya. Lagos.” Inc., Corp.) St. no. NO. 42. 2bn. x. AB.",
            "said.” Kenya.— J.“ AB.\u{a0}x Mr.’ x.é Ó.É A.’s Mr.” St.… Jr.”",
            "NATO’s. Acme's, Acme’sx Acme’S 1990's UN’S-led AB’s.A ab’s.x Kenya’s’ x’s",
            "3.6 2.5bn p.m. a.m. Acme.com Mr.Smith U.S.A. J.R. A.b a.B AB.C 1.A x.y.z Kenya.Lagos",
            "A.É a.é 3.é Mr.Ó N.Y. St.Louis gov.uk NO.5 no.5 U.N.-led e.g. i.e.",
            "Ñuñoa ÉLYSÉE Þór ßa ÿes Ø×Å Café-Ñ naïve-été Müller’s Jiménez' ÀÉ. ã.b ×÷ Straße",
            "",
            "x",
            "Ab",
            "said.",
            "“”",
        ];
        let mut toks = Vec::new();
        let (mut maybe, mut starts) = (Marks::default(), Marks::default());
        let mut words = 0;
        for text in texts {
            let ascii = tokenize_marking(text, &mut toks, &filter, &mut maybe, &mut starts);
            let want = tokenize_reference(text, &filter);
            assert_eq!(toks, want.0, "{text:?}");
            assert_eq!(ascii, want.1, "{text:?}");
            assert_eq!(*maybe, want.2[..], "{text:?}");
            assert_eq!(*starts, want.3[..], "{text:?}");
            words += toks.iter().filter(|t| t.is_word()).count();
        }
        assert!(words > 50, "{words}");
    }

    #[test]
    fn tail_words_are_the_bytes_copied_into_a_zeroed_word() {
        let bytes = "aé’Z\u{a0}0—xyz".as_bytes();
        for s in 0..bytes.len() {
            for n in 0..=7.min(bytes.len() - s) {
                let rest = &bytes[s..s + n];
                let mut w = [0u8; 8];
                w[..n].copy_from_slice(rest);
                assert_eq!(tail_word(rest), u64::from_le_bytes(w), "{rest:?}");
            }
        }
    }

    #[test]
    fn word_classes_are_the_byte_classes_and_the_joiners() {
        for x in 0..=255u8 {
            let joins = x >= 0x80 || matches!(x, b'-' | b'\'' | b'.');
            assert_eq!(WORD_CLASS[usize::from(x)] & JOINER != 0, joins, "{x}");
            assert_eq!(
                WORD_CLASS[usize::from(x)] & !JOINER,
                ASCII_CLASS[usize::from(x)]
            );
        }
    }

    #[test]
    fn byte_classes_say_what_the_char_tests_say() {
        // The general loop of `word` reads an ASCII letter or digit from
        // its class, in place of these tests.
        for x in 0..=127u8 {
            let c = char::from(x);
            let class = ASCII_CLASS[usize::from(x)];
            assert_eq!(class != 0, is_alnum(c), "{x}");
            if class != 0 {
                assert_eq!(class == UPPER, c.is_uppercase(), "{x}");
                assert_eq!(class == LOWER, c.is_lowercase(), "{x}");
                assert_eq!(class == DIGIT_BYTE, c.is_numeric(), "{x}");
                assert_eq!(class != DIGIT_BYTE, c.is_alphabetic(), "{x}");
                assert_eq!(c.len_utf8(), 1);
            }
        }
    }

    #[test]
    fn latin1_letters_are_what_the_unicode_tables_say() {
        let mut letters = 0;
        for c in ('\u{80}'..='\u{2FF}').chain('\u{2000}'..='\u{206F}') {
            let slow_alnum = c.is_alphanumeric();
            assert_eq!(is_alnum(c), slow_alnum, "{c:?}");
            if let Some(upper) = latin1_letter(c) {
                assert!(c.is_alphabetic() && !c.is_numeric(), "{c:?}");
                assert_eq!(c.is_uppercase(), upper, "{c:?}");
                assert_eq!(c.is_lowercase(), !upper, "{c:?}");
                letters += 1;
            }
        }
        assert_eq!(letters, 62);
    }

    #[test]
    fn word_wide_plain_words_read_as_the_byte_loop_reads_them() {
        // Every word start of varied texts, with words around sixteen
        // bytes long (the width of the load), at the end of the text, and
        // followed by each kind of byte.
        let texts = [
            "UN said 2bn, NATO’s A B2 AB 9F x-ray O'Neil U.S. end. é Zürich AbC",
            "Internationalisation Abcdefghijklmnop ABCDEFGHIJKLMNOPQ abcdefghijklmnopq",
            "ABCDEFGHIJKLMNOP. Abcdefghijklmnop- abcdefghijklmno’ 1234567890123456x",
            "the “Ministry” of Health\u{a0}said—on Monday\u{2013}that 3.6 p.m. Acme.com",
            "Supporters' rights AB\r\nCD EF\tGH Ü é\u{a0}x González Z",
            "X",
            "ab",
            "A1B2C3D4E5F6G7H8I9",
            "IMF. WHO-led IMF’s",
            "ABCDEFGH",
            "Abcdefghi",
            "abcdefg.",
            "Ab cdefgh ij",
            "a1 A1 1a 1A AB Ab aB ab 12 A, AB; ABC: Abc) abc! 12345678 123456789 A12345678",
            "ABCDEFGHI ABCDEFGHIJ Abcdefghi abcdefghij ABCDEFGH, Abcdefgh. AbcdefghI",
            "ABCDEFGHI",
            "abcdefghij",
            "Abc",
            "AB\u{a0}Cd\u{2014}ef\u{201d}GH\"ij'kl-mn.op/qr",
        ];
        let mut seen = 0;
        let mut short = 0;
        for text in texts {
            let b = text.as_bytes();
            for i in 0..b.len() {
                let first = ASCII_CLASS[usize::from(b[i])];
                if first == 0 {
                    continue;
                }
                assert_eq!(
                    plain_word_from(b, i, first),
                    plain_word_loop(b, i, first).map(|(e, f)| Tok::ascii_word(i, e, f)),
                    "{:?}",
                    text.get(i..)
                );
                // The register reading, where it answers, answers alike;
                // it answers for every short word ended by a space, a comma
                // or the end.
                if let Some((e, flags, space)) = short_word(b, i, first) {
                    assert_eq!(
                        plain_word_end(b, i, first),
                        Some((e, flags)),
                        "{i} {text:?}"
                    );
                    assert_eq!(space, b.get(e) == Some(&b' '), "{i} {text:?}");
                    short += 1;
                } else {
                    // Turned away: a run of nine bytes or more, or one a
                    // byte that may join more to it ends.
                    let run = b[i..]
                        .iter()
                        .take_while(|x| x.is_ascii_alphanumeric())
                        .count();
                    let joins = b
                        .get(i + run)
                        .is_some_and(|&x| WORD_CLASS[usize::from(x)] != 0);
                    assert!(run > 8 || joins, "{i} {text:?}");
                }
                seen += 1;
            }
        }
        assert!(seen > 250, "{seen}");
        assert!(short > 100, "{short}");
    }

    #[test]
    fn plain_words_read_as_word_reads_them() {
        let text = "UN said 2bn, NATO’s A B2 AB 9F x-ray O'Neil U.S. end. é Zürich AbC";
        let b = text.as_bytes();
        let mut plain = 0;
        for i in 0..b.len() {
            if b[i].is_ascii_alphanumeric() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
                if let Some(t) = plain_word(b, i) {
                    assert_eq!(t, word(text, i), "{:?}", &text[i..]);
                    plain += 1;
                }
            }
        }
        assert!(plain >= 10, "{plain}");
        // Words that go on past the ASCII run are left to `word`.
        for w in ["x-ray", "O'Neil", "U.S.", "NATO’s", "Zürich"] {
            let at = text.find(w).unwrap_or(0);
            assert_eq!(plain_word(b, at), None, "{w}");
        }
        // A full stop nothing alphanumeric follows is read here.
        let at = text.find("end.").unwrap_or(0);
        assert_eq!(plain_word(b, at), Some(word(text, at)));
    }

    #[test]
    fn stopped_words_read_as_the_general_loop_reads_them() {
        // Every word below ends in a full stop; `word` takes its shortcut
        // where nothing alphanumeric follows the stop. The general loop
        // must give the same token.
        let mut short = 0;
        for w in [
            "said", "A", "a", "J", "Mr", "MR", "mr", "Sept", "SEPT", "Supts", "Inc", "Corp", "US",
            "U", "UK", "Ky", "Mass", "Calif", "Wash", "NATO", "UNHCR", "AbC", "2bn", "B2", "42",
            "Gen", "No", "no", "St", "Co", "Jr", "Ltd", "Kenya", "Lagos", "Ala", "DC",
        ] {
            for after in ["", " ", ",", ".", "”", "\"", ")", "S", "x"] {
                let text = format!("{w}.{after}");
                assert_eq!(word(&text, 0), word_in(&text, 0, false), "{text:?}");
                short += usize::from(after.bytes().all(|b| !b.is_ascii_alphanumeric()));
            }
        }
        assert!(short > 100, "{short}");
        // Some stops belong to the word, some do not.
        let ends = |t: &str| word(t, 0).e;
        assert_eq!(ends("Mr. "), 3);
        assert_eq!(ends("J. "), 2);
        assert_eq!(ends("said. "), 4);
    }

    #[test]
    fn decoded_chars_are_the_chars_of_the_text() {
        let text = "a’é—\u{a0}Z“😀”.x";
        let b = text.as_bytes();
        for at in 0..=b.len() + 1 {
            let want = text.get(at..).and_then(|r| r.chars().next());
            assert_eq!(decode_at(b, at), want, "{at}");
        }
        assert_eq!(
            decode_at("é".as_bytes().get(..1).unwrap_or_default(), 0),
            None
        );
    }

    #[test]
    fn hyphenated_words_read_as_the_general_loop_reads_them() {
        let mut taken = 0;
        for w in [
            "NATO-led",
            "al-Assad",
            "al-Assad-led",
            "Centre-left",
            "two-thirds",
            "COVID-19",
            "x-ray",
            "Jean-Pierre",
            "pro-government",
            "ibn-Saud",
            "Al-Qaeda",
            "abu-Bakr",
            "San Francisco-based",
            "A-B-C",
            "e-mail",
            "state-run",
            "mid-2024",
            "Abc-Led",
            "UN-backed",
            "al-",
            "al--x",
            "Moscow-BACKED",
            "x-y-based",
            "el-Sisi-run",
            "ben-x",
            "US-China",
            "1-0",
            "a-1b",
            "ABC-DEF",
            "Ab-cD-Ef",
            "well-known-",
            "al-Assad’s",
            "x-é",
            "Guinea-Bissau",
            "bin-Salman",
            "Bin-Salman",
            "alx-Assad",
            "al-Assad-era",
            "bin-Salman-style",
        ] {
            for after in [
                "", " ", ",", ".", ". x", "’s", "'s", "'", "-", "é", ")", "\u{a0}x",
            ] {
                let text = format!("{w}{after}");
                let start = text
                    .rfind(' ')
                    .filter(|_| w.contains(' '))
                    .map_or(0, |i| i + 1);
                let want = word_in(&text, start, false);
                assert_eq!(word(&text, start), want, "{text:?}");
                let b = text.as_bytes();
                let run = b[start..]
                    .iter()
                    .take_while(|x| x.is_ascii_alphanumeric())
                    .count();
                if b.get(start + run) == Some(&b'-') {
                    if let Some(t) = hyphenated(b, start, start + run) {
                        assert_eq!(t, want, "{text:?}");
                        taken += 1;
                    }
                }
            }
        }
        assert!(taken > 100, "{taken}");
        let flags = |t: &str| word(t, 0).flags;
        assert_eq!(flags("al-Assad said"), CAP | PARTICLE_NAME);
        assert_eq!(flags("NATO-led x"), CAP | MODIFIER);
        assert_eq!(flags("two-thirds of"), HYPHLOW);
    }

    #[test]
    fn lower_copies_are_the_unicode_lower_case() {
        // What `lower` gives: the Unicode lower case, ’ as ', `None` past
        // 64 bytes.
        let reference = |s: &str| -> Option<String> {
            let l: String = s
                .chars()
                .map(|c| if c == '’' { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            (l.len() <= 64).then_some(l)
        };
        let mut texts: Vec<String> = ('\u{80}'..='\u{2FF}').map(String::from).collect();
        texts.extend(
            [
                "ÉLYSÉE",
                "São Paulo",
                "GONZÁLEZ’s",
                "Þór",
                "ÀÉÎÕÜÝÞ×÷ßÿ",
                "İstanbul",
                "ΣΟΦΊΑ",
                "Ǆemal",
                "x\u{a0}y",
                "“Zürich”",
                "Ñuñoa",
                "naïve",
                "ÅÄÖ-åäö",
                "",
            ]
            .map(String::from),
        );
        texts.push("É".repeat(32));
        texts.push("É".repeat(33));
        texts.push(format!("{}é", "x".repeat(62)));
        // ASCII of every length to past the buffer, after a buffer left
        // full of capitals and non-ASCII bytes by another word.
        for n in 0..=66 {
            let t: String = "AbC-d’É"
                .chars()
                .filter(char::is_ascii)
                .cycle()
                .take(n)
                .collect();
            texts.push(t);
        }
        for t in &texts {
            let mut buf = [0xC3u8; 64];
            buf[..3].copy_from_slice(b"XYZ");
            assert_eq!(lower(t, &mut buf).map(String::from), reference(t), "{t:?}");
        }
        for t in &texts {
            let mut buf = [0u8; 64];
            assert_eq!(lower(t, &mut buf).map(String::from), reference(t), "{t:?}");
            // `lower_push` appends the same, or nothing.
            let mut out = String::from("kept ");
            let pushed = lower_push(t, &mut out);
            assert_eq!(pushed, reference(t).is_some(), "{t:?}");
            assert_eq!(
                out,
                format!("kept {}", reference(t).unwrap_or_default()),
                "{t:?}"
            );
        }
    }

    #[test]
    fn possessives_read_as_the_general_loop_reads_them() {
        // `word` takes its possessive shortcut where "’s"/"'s" ends the
        // word; the general loop must give the same token, and where the
        // word goes on the shortcut must not apply.
        let mut taken = 0;
        for w in [
            "Acme", "NATO", "UN", "A", "a", "2bn", "B2", "1990", "AbC", "Kenya",
        ] {
            for apostrophe in ["’", "'"] {
                for s in ["s", "S"] {
                    for after in [
                        "", " ", ",", ".", ". ", ".x", ".A", ".”", "”", "-", "-led", "'", "’", "x",
                        "é", "\u{a0}", "s", ")", ";",
                    ] {
                        let text = format!("{w}{apostrophe}{s}{after}");
                        let want = word_in(&text, 0, false);
                        assert_eq!(word(&text, 0), want, "{text:?}");
                        let b = text.as_bytes();
                        let got = possessive(b, 0, w.len(), 0, 0);
                        if let Some(t) = got {
                            assert_eq!((t.e, t.end), (want.e, want.end), "{text:?}");
                            assert_ne!(want.flags & POSS, 0, "{text:?}");
                            taken += 1;
                        }
                    }
                }
            }
        }
        assert!(taken > 200, "{taken}");
        assert_eq!(word("NATO’s chief", 0).flags, CAP | POSS);
        assert_eq!(word("NATO’S chief", 0).flags, CAP | POSS | ALLCAPS);
        assert_eq!(word("Acme’sx", 0).e, 7 + 2);
    }

    #[test]
    fn the_gazetteer_filter_keeps_every_name() {
        let mut n = 0;
        for (k, g) in GAZETTEER.iter() {
            assert_eq!(geo(k), Some(*g), "{k}");
            n += 1;
        }
        assert!(n > 100);
        for k in ["", "x", "john smith", "zzyzx", "kenyaa"] {
            assert_eq!(geo(k), None, "{k}");
        }
        // In any case, as written.
        for (k, g) in GAZETTEER.iter() {
            let upper = k.to_uppercase();
            let mut buf = [0u8; 64];
            let want = lower(&upper, &mut buf).and_then(geo);
            assert_eq!(geo_any_case(&upper), want, "{upper}");
            assert_eq!(geo_any_case(k), Some(*g), "{k}");
        }
        for k in [
            "",
            "X",
            "John Smith",
            "KENYA",
            "Kenya",
            "São Paulo",
            "Nairobi’s",
        ] {
            let mut buf = [0u8; 64];
            assert_eq!(geo_any_case(k), lower(k, &mut buf).and_then(geo), "{k}");
        }
    }

    #[test]
    fn lookup_keys_fit_the_key_buffers() {
        // `find` builds keys in a 64-byte buffer per token and gives up on
        // longer ones: no key it looks up may be longer.
        let longest = GAZETTEER
            .keys()
            .map(String::len)
            .chain(lexicon::KNOWN_ORGS.iter().map(|k| k.len()))
            .chain(lexicon::ORG_ANAPHORS.iter().map(|(k, _)| k.len()))
            .chain(lexicon::PERSON_ANAPHORS.iter().map(|(k, _)| k.len()))
            .max()
            .unwrap_or(0);
        assert!(longest > 10 && longest <= 64, "{longest}");
    }

    #[test]
    fn geo_filter_lets_every_name_through() {
        // The folded filter must never turn a name away: `geo` and
        // `geo_any_case` answer as the map does, for each name in lower
        // and upper case, and for near misses and long runs.
        for (k, g) in gazetteer_names() {
            assert_eq!(geo(k), Some(g), "{k}");
            assert_eq!(geo_any_case(k), Some(g), "{k}");
            assert_eq!(
                geo_any_case(&k.to_uppercase()),
                GAZETTEER
                    .get(&k.to_uppercase().to_lowercase().replace('’', "'"))
                    .copied(),
                "{k}"
            );
            let more = format!("{k}x");
            assert_eq!(geo(&more), GAZETTEER.get(&more).copied(), "{more}");
        }
        // And it turns most other runs away: few of its bits are set.
        let set: u32 = GEO_FILTER.iter().map(|w| w.count_ones()).sum();
        assert!(set > 100 && set < 32768 / 16, "{set}");
        let long = "a".repeat(80);
        for w in [
            "",
            "x",
            "zzyzx",
            "Gonz\u{e1}lez",
            long.as_str(),
            "fran\u{e7}a",
        ] {
            assert_eq!(geo(w), GAZETTEER.get(w).copied(), "{w}");
            let low = w.to_lowercase();
            assert_eq!(geo_any_case(w), GAZETTEER.get(&low).copied(), "{w}");
        }
    }

    #[test]
    fn class_table_agrees_with_the_map() {
        for (w, &c) in WORD_CLASSES.iter() {
            if w.len() <= PACKED {
                assert_eq!(CLASS_TABLE.get(w.as_bytes()), c, "{w}");
            }
        }
        // Absent words, a prefix and an extension of listed ones, too long.
        for w in [
            "",
            "zzyzx",
            "the ",
            "th",
            "governments",
            "x".repeat(30).as_str(),
        ] {
            assert_eq!(CLASS_TABLE.get(w.as_bytes()), 0, "{w}");
        }
        assert_ne!(classes_lower("the") & W_THE, 0);
        assert_eq!(classes_lower("The"), 0);
        // Each slot lies in one cache line.
        assert_eq!(std::mem::align_of::<ClassEntry>(), 32);
        assert_eq!(CLASS_TABLE.slots.as_ptr() as usize % 32, 0);
    }
}
