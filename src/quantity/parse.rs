//! The quantity scanner: a tokenizer, a number parser working on tokens,
//! the rules that keep non-quantities out, and the object/event reader.
//!
//! All offsets here are byte offsets into the sentence.

use std::cell::{Cell, RefCell};

use once_cell::sync::Lazy;

use super::Bound;
use super::fasthash::WordMap;
use super::lex::{
    ADVERB, AUX_W, BE_W, CASUALTY_W, CHANGE_L, CLAUSE_W, CONNECTIVE_W, DET, DET_W, LABEL_W,
    LEXICON, Lex, Lexicon, MEASURE_FIRST_W, MONTH_W, NATIONAL_W, OBJECT_PREP_W, PART_W, PAST,
    PREP_W, PRONOUN_W, RATE_LINK_W, REPORTING_L, STOP_W, SUBJECT_EDGE_W, UP_DOWN_W, WEEKDAY_W,
};
use super::numbers::{FRACTIONS, MONTHS, SCALE_ABBREVS, SMALL, TENS, VAGUE};
use super::units::{CURRENCY_CODES, CURRENCY_PREFIXES, MEASURES, NATIONAL_CURRENCIES};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum K {
    Word,
    Num,
    Punct,
}

/// A token: byte range, kind, and whether whitespace precedes it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: K,
    pub sp: bool,
    /// A dash: punctuation `-`, `–`, `—`, `‐` or `‑` ([`Cx::is_dash`]),
    /// known to the tokenizer from the byte or char it reads anyway.
    pub dash: bool,
}

/// A quantity found in a sentence (sentence-local offsets).
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub high: Option<f64>,
    pub bound: Bound,
    pub unit: Option<&'static str>,
    pub object: Option<(usize, usize)>,
    pub event: Option<(&'static str, usize, usize)>,
    /// Token range of the whole expression.
    t0: usize,
    t1: usize,
    /// Whether a qualifier word of its own set the bound.
    qualified: bool,
    /// Token range of the object.
    obj_t: Option<(usize, usize)>,
}

/// Splits `t` into words (letters, with inner apostrophes), numbers (digits
/// with inner `,`/`.` followed by a digit) and single punctuation chars.
#[cfg(test)]
pub(super) fn tokenize(t: &str, out: &mut Vec<Tok>) {
    tokenize_marking(t, out, &mut Vec::new());
}

/// Splits `t` as the tests' reference `tokenize` does, also listing in
/// `cands` the tokens a number may start at (see [`tokenize_into`]).
#[cfg(test)]
pub(super) fn tokenize_marking(t: &str, out: &mut Vec<Tok>, cands: &mut Vec<usize>) {
    let n = tokenize_into(t, out, cands);
    cands.truncate(n);
}

/// Splits `t` as the tests' reference `tokenize` does, and puts in
/// `cands[..n]` the tokens a number may start at, returning `n`: every
/// number, and the words that pass [`may_start_shape`]. The scan then
/// visits only those instead of every token of the sentence.
///
/// A word's or number's index is written at `cands[n]` with `n` raised
/// only when it is a candidate, so that no branch depends on the answer
/// (`cands` is kept longer than the text has tokens, so the write always
/// lands).
pub(super) fn tokenize_into(t: &str, out: &mut Vec<Tok>, cands: &mut Vec<usize>) -> usize {
    if cands.len() <= t.len() {
        cands.resize(t.len() + 1, 0);
    }
    let b = t.as_bytes();
    let mut n = 0;
    let mut i = 0;
    let mut sp = true;
    while let Some(&c) = b.get(i) {
        let start = i;
        let mut dash = false;
        // Tests in the order of how often they hold (words, then numbers,
        // then punctuation), rather than a `match` on the byte's class:
        // that compiles to a jump table whose indirect branch
        // mispredicts at about every fourth token.
        let k = if c.is_ascii_alphabetic() {
            i = word_end(t, i);
            if let Some(slot) = cands.get_mut(n) {
                *slot = out.len();
            }
            n += usize::from(may_start_shape(c, i - start));
            K::Word
        } else if c.is_ascii_digit()
            || (c == b'.'
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && (i == 0 || !b[i - 1].is_ascii_digit()))
        {
            i = number_end(b, i);
            if let Some(slot) = cands.get_mut(n) {
                *slot = out.len();
            }
            n += 1;
            K::Num
        } else if c.is_ascii_whitespace() {
            sp = true;
            i += 1;
            continue;
        } else if c < 128 {
            i += 1;
            dash = c == b'-';
            K::Punct
        } else {
            let ch = t.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            let len = ch.len_utf8();
            if ch.is_whitespace() {
                sp = true;
                i += len;
                continue;
            }
            if is_alpha(ch) {
                // A word starting with a non-ASCII letter is never a
                // number word: no candidate.
                i = word_end(t, i);
                K::Word
            } else {
                i += len;
                dash = is_dash_char(ch);
                K::Punct
            }
        };
        out.push(Tok {
            s: start,
            e: i,
            k,
            sp,
            dash,
        });
        // Most tokens end at a plain space: step over it here rather than
        // through the byte dispatch above (which reads it the same).
        sp = b.get(i) == Some(&b' ');
        i += usize::from(sp);
    }
    n
}

/// Whether a word token of `len` bytes starting with the byte `first` can
/// be one `Cx::may_start_number` accepts: its length and first letter
/// are those of a number word, or it may be "a"/"an" (which that test
/// then reads with the word after). A cheaper, looser test on what the
/// tokenizer has at hand: it never says no where that test says yes.
///
/// `first` is an ASCII letter (the tokenizer asks for no other word).
#[inline]
fn may_start_shape(first: u8, len: usize) -> bool {
    // One load: bit `c - 'a'` of `CAND_SHAPES[len]`; `| 0x20` lower-cases
    // a letter, and `& 31` keeps the shift in range for any other byte.
    let bit = u32::from((first | 0x20).wrapping_sub(b'a') & 31);
    CAND_SHAPES.get(len).is_some_and(|m| m >> bit & 1 != 0)
}

/// [`START_SHAPES`] as [`may_start_shape`] reads it: a word of up to two
/// letters only if it starts with "a" ("a", "an"), none past nine
/// letters (the test `Cx::may_start_number` makes).
const CAND_SHAPES: [u32; 16] = {
    let mut m = START_SHAPES;
    m[0] = 0;
    m[1] = 1;
    m[2] = 1;
    let mut n = 10;
    while n < 16 {
        m[n] = 0;
        n += 1;
    }
    m
};

/// Keeps of the tokenizer's candidates `cands[..n]` (the numbers and the
/// words that pass [`may_start_shape`]) those `at` reads: the numbers and
/// the words `Cx::may_start_number` takes, in order; returns how many.
/// The test is made with [`word_may_start`] and [`AFTER_A`] and each
/// candidate is written at `cands[m]` with `m` raised only when it is
/// kept: no branch on the answer (a branch there, in the scan loop,
/// mispredicted at about every other word). A test checks the kept list
/// against `may_start_number`.
fn keep_number_starts(t: &str, toks: &[Tok], cands: &mut [usize], n: usize) -> usize {
    let b = t.as_bytes();
    let mut m = 0;
    for k in 0..n {
        let Some(&c) = cands.get(k) else {
            break;
        };
        let Some(tok) = toks.get(c) else {
            continue;
        };
        let first = b.get(tok.s).copied().unwrap_or(0);
        let second = b.get(tok.s + 1).copied().unwrap_or(0);
        let next = toks
            .get(c + 1)
            .map_or(0, |x| b.get(x.s).copied().unwrap_or(0));
        let (word, aan) = word_may_start(first, second, tok.e - tok.s);
        let keep =
            (tok.k == K::Num) | (word & (tok.k == K::Word)) | (aan & AFTER_A[usize::from(next)]);
        if let Some(slot) = cands.get_mut(m) {
            *slot = c;
        }
        m += usize::from(keep);
    }
    m
}

/// For a word of `len` bytes whose first byte `first` is an ASCII letter
/// and whose second byte is `second` (the byte after the word for a word
/// of one byte, 0 at the end of the text): whether
/// `Cx::may_start_number` takes it, as far as the word alone tells,
/// and whether it is "a"/"an" (taken only before a word starting with a
/// letter of [`AFTER_A`]). Table loads and bit arithmetic, no branch.
/// [`keep_number_starts`] asks it of the tokenizer's candidates.
#[inline]
fn word_may_start(first: u8, second: u8, len: usize) -> (bool, bool) {
    // `| 0x20` lower-cases an ASCII letter, and turns no other byte into
    // one; `first` is a letter, so `& 31` is 1..=26.
    let f = first | 0x20;
    let s = (second | 0x20).wrapping_sub(b'a');
    let allowed = CAND_SECOND[len.min(15)][usize::from(f & 31)];
    let cand = (s < 26) & (allowed >> (s & 31) & 1 != 0);
    let aan = (f == b'a') & ((len == 1) | ((len == 2) & (s == b'n' - b'a')));
    (cand, aan)
}

/// Whether a word starting with the byte may follow a candidate "a"/"an"
/// ("a dozen", "a hundred", "a third", "a million"): the test
/// `Cx::may_start_number` makes of the token after "a"/"an".
const AFTER_A: [bool; 256] = {
    let mut m = [false; 256];
    let l = b"dcphtmbqf";
    let mut k = 0;
    while k < l.len() {
        m[l[k] as usize] = true;
        m[l[k].to_ascii_uppercase() as usize] = true;
        k += 1;
    }
    m
};

/// `CAND_SECOND[n][f & 31]` has bit `s - b'a'` set when
/// `Cx::may_start_number` takes a word of `n` bytes (3 to 9) starting
/// with the lower-case letters `f`, `s`: its list of first letters,
/// [`START_SHAPES`] and [`START_SECOND`] in one table (no word of another
/// length is taken by it but "a"/"an").
const CAND_SECOND: [[u32; 32]; 16] = {
    let letters = b"otfsenzhdmb";
    let mut m = [[0u32; 32]; 16];
    let mut n = 3;
    while n <= 9 {
        let mut k = 0;
        while k < letters.len() {
            let c = (letters[k] - b'a') as usize;
            if START_SHAPES[n] & (1 << c) != 0 {
                m[n][(letters[k] & 31) as usize] = START_SECOND[n][c];
            }
            k += 1;
        }
        n += 1;
    }
    m
};

/// The end of a number starting at `i` (a digit, or a dot before one):
/// digits, and `,` or `.` with a digit after.
#[inline]
fn number_end(b: &[u8], mut i: usize) -> usize {
    i += 1;
    loop {
        match b.get(i) {
            Some(c) if c.is_ascii_digit() => i += 1,
            Some(b',' | b'.') if b.get(i + 1).is_some_and(u8::is_ascii_digit) => i += 2,
            _ => return i,
        }
    }
}

/// [`tokenize`] as it was, a test after another per byte: the reference
/// for its test.
#[cfg(test)]
pub(crate) fn tokenize_reference(t: &str, out: &mut Vec<Tok>) {
    let b = t.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut sp = true;
    while i < n {
        let c = b[i];
        if c.is_ascii_whitespace() {
            sp = true;
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_digit()
            || (c == b'.'
                && i + 1 < n
                && b[i + 1].is_ascii_digit()
                && (i == 0 || !b[i - 1].is_ascii_digit()))
        {
            i += 1;
            loop {
                if i < n && b[i].is_ascii_digit() {
                    i += 1;
                } else if i + 1 < n && (b[i] == b',' || b[i] == b'.') && b[i + 1].is_ascii_digit() {
                    i += 2;
                } else {
                    break;
                }
            }
            out.push(Tok {
                s: start,
                e: i,
                k: K::Num,
                sp,
                dash: false,
            });
            sp = false;
            continue;
        }
        if c < 128 {
            if c.is_ascii_alphabetic() {
                i = word_end(t, i);
                out.push(Tok {
                    s: start,
                    e: i,
                    k: K::Word,
                    sp,
                    dash: false,
                });
            } else {
                i += 1;
                out.push(Tok {
                    s: start,
                    e: i,
                    k: K::Punct,
                    sp,
                    dash: c == b'-',
                });
            }
            sp = false;
            continue;
        }
        let ch = t[i..].chars().next().unwrap_or(' ');
        let len = ch.len_utf8();
        if ch.is_whitespace() {
            sp = true;
            i += len;
            continue;
        }
        if ch.is_alphabetic() {
            i = word_end(t, i);
            out.push(Tok {
                s: start,
                e: i,
                k: K::Word,
                sp,
                dash: false,
            });
        } else {
            i += len;
            out.push(Tok {
                s: start,
                e: i,
                k: K::Punct,
                sp,
                dash: is_dash_char(ch),
            });
        }
        sp = false;
    }
}

#[inline(always)]
fn word_end(t: &str, mut i: usize) -> usize {
    // Most words are plain ASCII letters up to a space or punctuation:
    // sixteen bytes, then eight bytes a step.
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let b = t.as_bytes();
    // The high bit of each byte of `w` that is no ASCII letter.
    let non_letters = |w: u64| {
        // Fold case and drop the high bit, so that no byte carries: then a
        // byte is a letter when 'a' <= x <= 'z' and it was ASCII.
        let x = (w | (LO * 0x20)) & !HI;
        let from_a = x + LO * (0x80 - u64::from(b'a'));
        let past_z = x + LO * (0x7F - u64::from(b'z'));
        !(from_a & !past_z & !w & HI) & HI
    };
    // Most words end within 16 bytes: one step over two words of eight
    // finds the end with one branch that is almost always taken (the
    // steps of eight below exited after the first step or the second,
    // by the word's length: that exit mispredicted for long words). The
    // first non-letter of the two is found without a branch, from the
    // 128-bit mask.
    if let Some(c) = b.get(i..).and_then(|r| r.first_chunk::<16>()) {
        let (lo, hi) = c.split_at(8);
        let (mut a, mut z) = ([0u8; 8], [0u8; 8]);
        a.copy_from_slice(lo);
        z.copy_from_slice(hi);
        let nl = u128::from(non_letters(u64::from_le_bytes(a)))
            | (u128::from(non_letters(u64::from_le_bytes(z))) << 64);
        if nl != 0 {
            return word_end_at(t, i + (nl.trailing_zeros() / 8) as usize);
        }
        i += 16;
    }
    let mut tail = true;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut a = [0u8; 8];
        a.copy_from_slice(chunk);
        let nl = non_letters(u64::from_le_bytes(a));
        if nl != 0 {
            i += (nl.trailing_zeros() / 8) as usize;
            tail = false;
            break;
        }
        i += 8;
    }
    if tail {
        while let Some(&c) = b.get(i) {
            if !c.is_ascii_alphabetic() {
                break;
            }
            i += 1;
        }
    }
    word_end_at(t, i)
}

/// The end of a word whose ASCII letters end at `i`: there, unless a
/// non-ASCII char or an apostrophe goes on ([`word_end_slow`]).
#[inline(always)]
fn word_end_at(t: &str, i: usize) -> usize {
    match t.as_bytes().get(i) {
        Some(&c) if c >= 128 || c == b'\'' => word_end_slow(t, i),
        _ => i,
    }
}

/// [`word_end`] past a non-ASCII letter or an apostrophe.
fn word_end_slow(t: &str, mut i: usize) -> usize {
    let n = t.len();
    let b = t.as_bytes();
    while i < n {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        if c < 128 && c != b'\'' {
            break;
        }
        let rest = &t[i..];
        let ch = rest.chars().next().unwrap_or(' ');
        if is_alpha(ch) {
            i += ch.len_utf8();
        } else if ch == '\'' || ch == '’' {
            let after = &rest[ch.len_utf8()..];
            if after.chars().next().is_some_and(is_alpha) {
                i += ch.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    i
}

/// A dash char: `–`, `—`, `‐`, `‑` (the ASCII `-` is tested apart).
#[inline]
fn is_dash_char(ch: char) -> bool {
    matches!(ch, '\u{2013}' | '\u{2014}' | '\u{2010}' | '\u{2011}')
}

/// `char::is_alphabetic`, answered at once for the General Punctuation
/// block (curly quotes, dashes, ellipsis: none is alphabetic), which news
/// text has most of its non-ASCII chars from.
#[inline]
pub(super) fn is_alpha(ch: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&ch) && ch.is_alphabetic()
}

/// Read-only view of a tokenized sentence.
pub(super) struct Cx<'a> {
    pub t: &'a str,
    /// `t` with ASCII letters lower-cased (same byte offsets).
    pub lower: &'a str,
    pub toks: &'a [Tok],
    pub headline: bool,
    /// What the word tables say about each token, filled in on first
    /// use: [`UNSET`], or the token's [`Lexicon`] entry number with the
    /// [`ADVERB`] and [`PAST`] bits.
    pub info: &'a [Cell<u32>],
    pub lexicon: &'static Lexicon,
}

/// A token whose entry is not looked up yet.
const UNSET: u32 = u32::MAX;
/// The entry number (below the [`ADVERB`], [`PAST`] and [`DET`] bits).
const ENTRY: u32 = DET - 1;

/// A lower-cased token, as bytes: tokens start and end on char
/// boundaries, so comparing bytes answers as comparing the strs would,
/// and taking them needs no char-boundary tests (`str::get` makes two,
/// one of which mispredicts often at the first and last token).
#[derive(Clone, Copy)]
struct Low<'a>(&'a [u8]);

impl<'a> Low<'a> {
    fn as_bytes(&self) -> &'a [u8] {
        self.0
    }
}

impl<'a> Cx<'a> {
    fn s(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.t.get(t.s..t.e))
            .unwrap_or("")
    }
    /// The bytes of token `i` (no char-boundary checks: tokens end on
    /// char boundaries, and bytes need none).
    fn bytes(&self, i: usize) -> &'a [u8] {
        self.toks
            .get(i)
            .and_then(|t| self.t.as_bytes().get(t.s..t.e))
            .unwrap_or(&[])
    }
    fn k(&self, i: usize) -> Option<K> {
        self.toks.get(i).map(|t| t.k)
    }
    fn is_word(&self, i: usize) -> bool {
        self.k(i) == Some(K::Word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.k(i) == Some(K::Num)
    }
    fn sp(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.sp)
    }
    /// Whether token `i` is the word `w` (given in lower case). Compares
    /// bytes: tokens start and end on char boundaries, so equal bytes are
    /// equal strings, and the length rules most words out first.
    ///
    /// The kind and the length are tested together (`&`, one branch):
    /// apart, each test was a branch on the text that mispredicted.
    #[inline]
    fn w(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            (t.k == K::Word) & (t.e - t.s == w.len())
                && self.lower.as_bytes().get(t.s..t.e) == Some(w.as_bytes())
        })
    }
    /// Whether token `i` is the punctuation `p` (bytes, as [`Cx::w`]).
    #[inline]
    fn p(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            (t.k == K::Punct) & (t.e - t.s == p.len())
                && self.t.as_bytes().get(t.s..t.e) == Some(p.as_bytes())
        })
    }
    fn low(&self, i: usize) -> Low<'a> {
        Low(self
            .toks
            .get(i)
            .and_then(|t| self.lower.as_bytes().get(t.s..t.e))
            .unwrap_or(&[]))
    }
    fn cap(&self, i: usize) -> bool {
        match self.bytes(i).first() {
            Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
            Some(_) => self.s(i).chars().next().is_some_and(char::is_uppercase),
            None => false,
        }
    }
    /// Whether token `i` is a dash (the tokenizer's [`Tok::dash`]: one
    /// load, instead of a test of the kind and one of the bytes, each a
    /// branch on the text; a test checks it against
    /// `Cx::is_dash_reference`).
    fn is_dash(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.dash)
    }
    /// [`Cx::is_dash`] from the token's kind and bytes.
    #[cfg(test)]
    fn is_dash_reference(&self, i: usize) -> bool {
        self.k(i) == Some(K::Punct)
            && matches!(
                self.bytes(i),
                b"-" | [0xE2, 0x80, 0x93 | 0x94 | 0x90 | 0x91] // – — ‐ ‑
            )
    }
    /// [`has_inner_capital`] of token `i`: for an ASCII token of up to
    /// eight bytes (most words), from one load of its bytes with bit
    /// arithmetic, instead of a walk over them that mispredicts at its
    /// exit; other tokens (and one too near the end of the text for the
    /// load) ask the function.
    fn inner_capital(&self, i: usize) -> bool {
        const LO: u64 = 0x0101_0101_0101_0101;
        const HI: u64 = 0x8080_8080_8080_8080;
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let n = t.e.saturating_sub(t.s);
        if (1..=8).contains(&n) {
            if let Some(c) = self
                .t
                .as_bytes()
                .get(t.s..)
                .and_then(|r| r.first_chunk::<8>())
            {
                // The token's bytes; the bytes after it are zeroed.
                let w = u64::from_le_bytes(*c) & (u64::MAX >> (64 - 8 * n));
                if w & HI == 0 {
                    // All ASCII: a byte is a capital when it is at least
                    // 'A' and not past 'Z' (no byte carries: each is below
                    // 0x80 and the sums stay below 0x100); the first byte
                    // is left out.
                    let from_a = w + LO * u64::from(0x80 - b'A');
                    let past_z = w + LO * u64::from(0x7F - b'Z');
                    return from_a & !past_z & HI & !0xFF != 0;
                }
            }
        }
        has_inner_capital(self.s(i))
    }
    /// The cached table answer for token `i` (0, no entry, past the end).
    #[inline]
    fn info(&self, i: usize) -> u32 {
        let Some(c) = self.info.get(i) else {
            return 0;
        };
        let v = c.get();
        if v != UNSET {
            return v;
        }
        let v = self.look_up(i);
        c.set(v);
        v
    }
    /// One lookup of token `i` (lower-cased) in the combined table.
    fn look_up(&self, i: usize) -> u32 {
        let Some(t) = self.toks.get(i) else {
            return 0;
        };
        let lower = self.lower.as_bytes();
        let n = self.lexicon.find_in(lower, t.s, t.e);
        // The bits of a word in the table were worked out with the table
        // (`Lex::form`); a word in none has no lemma and no DET_W, so of
        // them only the -ly adverb is left to ask of its bytes.
        let mut v = n | self.lexicon.entry(n).form();
        // The word's bytes: tokens start and end on char boundaries, so
        // byte tests answer as the str ones would.
        let w = lower.get(t.s..t.e).unwrap_or(&[]);
        if n == 0 && w.len() > 4 && w.ends_with(b"ly") && !w.ends_with(b"ply") {
            v |= ADVERB;
        }
        // The possessive is read as written: "BRITAIN'S" is none. Both
        // forms end in a lower-case s: one test turns away most words.
        let raw = self.t.as_bytes().get(t.s..t.e).unwrap_or(&[]);
        if raw.last() == Some(&b's') && (raw.ends_with(b"'s") || raw.ends_with("’s".as_bytes())) {
            v |= DET;
        }
        v
    }
    /// [`Cx::look_up`] as it was, testing the word's bytes for every bit:
    /// the reference for its test.
    #[cfg(test)]
    fn look_up_reference(&self, i: usize) -> u32 {
        let Some(t) = self.toks.get(i) else {
            return 0;
        };
        let lower = self.lower.as_bytes();
        let n = self.lexicon.find_in(lower, t.s, t.e);
        let w = lower.get(t.s..t.e).unwrap_or(&[]);
        let lemma = self.lexicon.entry(n).lemma();
        let mut v = n;
        if w.len() > 4 && w.ends_with(b"ly") && lemma.is_none() && !w.ends_with(b"ply") {
            v |= ADVERB;
        }
        if lemma.is_some_and(|l| l.as_bytes() != w && !w.ends_with(b"s") && !w.ends_with(b"ing")) {
            v |= PAST;
        }
        let raw = self.t.as_bytes().get(t.s..t.e).unwrap_or(&[]);
        if self.lexicon.entry(n).flags & DET_W != 0
            || raw.ends_with(b"'s")
            || raw.ends_with("’s".as_bytes())
        {
            v |= DET;
        }
        v
    }
    /// What the word tables say about token `i`.
    #[inline]
    fn lex(&self, i: usize) -> &'static Lex {
        self.lexicon.entry(self.info(i) & ENTRY)
    }
    /// Whether token `i` has one of the `flags` of [`Lex`].
    #[inline]
    fn is(&self, i: usize, flags: u32) -> bool {
        self.lex(i).flags & flags != 0
    }
    /// The verb lemma of token `i`.
    #[inline]
    fn lem(&self, i: usize) -> Option<&'static str> {
        self.lex(i).lemma()
    }
    /// Token `i` is an adverb in -ly that is not a verb form.
    #[inline]
    fn adverb(&self, i: usize) -> bool {
        self.info(i) & ADVERB != 0
    }
    /// Token `i` is a past tense or participle of a known verb.
    #[inline]
    fn past(&self, i: usize) -> bool {
        self.info(i) & PAST != 0
    }
}

fn lookup<T: Copy>(table: &[(&str, T)], w: &[u8]) -> Option<T> {
    table
        .iter()
        .find(|(k, _)| k.as_bytes() == w)
        .map(|(_, v)| *v)
}

impl Cx<'_> {
    /// The value of token `i` as a number word below a hundred.
    fn small_value(&self, i: usize) -> Option<f64> {
        let lx = self.lex(i);
        lx.small().or(lx.tens()).map(f64::from)
    }
}

/// A parsed number before units: value, token range, and how it was
/// written.
#[derive(Debug, Clone, Copy, Default)]
struct Core {
    value: f64,
    t0: usize,
    t1: usize,
    /// Written in digits.
    digits: bool,
    /// Has thousands separators or a decimal point.
    formatted: bool,
    /// A scale word or suffix applied.
    scaled: bool,
    /// Vague plural ("dozens", "tens of thousands").
    vague: bool,
    /// A fraction of a whole read as a percentage.
    percent: bool,
    /// An attached lower-case `m` after digits, million after a currency,
    /// metres otherwise.
    m_pending: bool,
}

/// The powers of ten 10^0 to 10^15, each exact in an f64 (every power up
/// to 10^22 is).
const POW10: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

fn parse_digits(s: &str) -> Option<f64> {
    parse_digits_formatted(s).map(|(v, _)| v)
}

/// [`parse_digits`], and whether `s` has a separator or a decimal point
/// (`s.contains([',', '.'])`), from the same walk over its bytes where it
/// can tell: a plain integer (digits and commas) has one exactly when
/// not all its bytes are digits. Asked of a number token (digits, `,` and
/// `.` only); for any other text the second answer is still the search.
fn parse_digits_formatted(s: &str) -> Option<(f64, bool)> {
    // Figures of up to 15 digits with at most one decimal point (nearly
    // all): the digits as an integer, exact in an f64 (below 2^53), and
    // the number of digits after the point. An integer is that value; a
    // decimal is it divided by an exact power of ten (at most 10^15), one
    // correctly rounded division: the correctly rounded value of the
    // decimal, which is what the float parser returns (its own fast path
    // for such numbers is this division). Commas are skipped, as the
    // slow path below drops them. The float parser (its code cold at
    // most figures) is left for the rest.
    let (mut v, mut digits, mut frac, mut point, mut plain) = (0u64, 0usize, 0usize, false, true);
    for &b in s.as_bytes() {
        match b {
            b'0'..=b'9' => {
                v = v * 10 + u64::from(b - b'0');
                digits += 1;
                frac += usize::from(point);
                if digits > 15 {
                    plain = false;
                    break;
                }
            }
            b',' => {}
            b'.' if !point => point = true,
            _ => {
                plain = false;
                break;
            }
        }
    }
    if plain && digits > 0 {
        // Only digits, commas and one point were seen, all of them.
        let formatted = point || digits != s.len();
        let value = match POW10.get(frac) {
            Some(&p) if point => v as f64 / p,
            _ => v as f64,
        };
        return Some((value, formatted));
    }
    let formatted = s.contains([',', '.']);
    if !s.contains(',') {
        return s
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .map(|v| (v, formatted));
    }
    // Drop the thousands separators, on the stack for any figure news
    // writes.
    let mut buf = [0u8; 64];
    let mut n = 0;
    for &b in s.as_bytes() {
        if b != b',' {
            let Some(slot) = buf.get_mut(n) else {
                let owned: String = s.chars().filter(|&c| c != ',').collect();
                return owned
                    .parse::<f64>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .map(|v| (v, formatted));
            };
            *slot = b;
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n])
        .ok()?
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| (v, formatted))
}

impl Cx<'_> {
    /// A number spelled in digits at token `i`, with a scale.
    fn digits_core(&self, i: usize) -> Option<Core> {
        let s = self.s(i);
        // A number token is short: one pass over its bytes gives the
        // value and whether it has a separator.
        let (mut value, formatted) = parse_digits_formatted(s)?;
        let mut core = Core {
            value,
            t0: i,
            t1: i + 1,
            digits: true,
            formatted,
            ..Core::default()
        };
        let j = i + 1;
        // Slash fractions "1/3"; a third part makes it a date.
        if self.p(j, "/") && !self.sp(j) && self.is_num(j + 1) && !self.sp(j + 1) {
            if self.p(j + 2, "/") || s.contains(',') {
                return None;
            }
            let d = parse_digits(self.s(j + 1))?;
            // Fractions news writes with a slash have small round
            // denominators; "9/11" and "3/15" are dates, "24/7" a phrase.
            if d <= value || ![2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 100.0, 1000.0].contains(&d) {
                return None;
            }
            value /= d;
            core.value = value;
            core.t1 = j + 2;
            return Some(core);
        }
        // "1 point 1"
        if self.w(j, "point") && self.is_num(j + 1) && !self.s(j + 1).contains(['.', ',']) {
            let frac = format!("0.{}", self.s(j + 1));
            if let Ok(f) = frac.parse::<f64>() {
                core.value = value + f;
                core.t1 = j + 2;
            }
            return Some(core);
        }
        self.apply_scale(&mut core);
        Some(core)
    }

    /// Scale words and suffixes after a core: "million", "bn", "k", "M".
    fn apply_scale(&self, core: &mut Core) {
        let mut j = core.t1;
        // "$1.5-billion" (Canadian and some US copy)
        if self.is_dash(j) && !self.sp(j) && !self.sp(j + 1) && self.lex(j + 1).scale().is_some() {
            j += 1;
        }
        if !self.is_word(j) {
            return;
        }
        let attached = !self.sp(j);
        // Bytes, not a str: no char-boundary tests (tokens start and end
        // on char boundaries, so equal bytes are equal strs).
        let raw = self.bytes(j);
        let low = self.low(j);
        let w = low.as_bytes();
        if let Some(f) = self.lex(j).scale() {
            core.value *= f;
            core.t1 = j + 1;
            core.scaled = true;
            // "three thousand millions", "1.5 lakh crore"
            if let Some(g) = self.lex(j + 1).scale() {
                if g >= f {
                    core.value *= g;
                    core.t1 = j + 2;
                }
            }
            return;
        }
        if raw == b"m" {
            // "1.5m people" is a million, "a 100m sprint" metres.
            let nx = self.s(j + 1);
            let plural = self.is_word(j + 1)
                && nx.ends_with('s')
                && !nx.ends_with("ss")
                && nx.chars().next().is_some_and(char::is_lowercase);
            if attached && (plural || self.w(j + 1, "people")) {
                core.value *= 1e6;
                core.t1 = j + 1;
                core.scaled = true;
                return;
            }
            core.m_pending = true;
            return;
        }
        if w == b"dozen" || w == b"dozens" {
            core.value *= 12.0;
            core.t1 = j + 1;
            return;
        }
        if raw == b"M" && attached {
            core.value *= 1e6;
            core.t1 = j + 1;
            core.scaled = true;
            return;
        }
        // Every abbreviation has three letters or fewer (a test checks).
        let abbrev = if w.len() <= 3 {
            lookup(SCALE_ABBREVS, w)
        } else {
            None
        };
        if let Some(f) = abbrev {
            // "k", "b" only attached; "bn", "mn", "tn" also spaced.
            if attached || w.len() > 1 {
                core.value *= f;
                core.t1 = j + 1;
                core.scaled = true;
            }
        }
    }

    /// A number spelled in words at token `i`.
    fn words_core(&self, i: usize) -> Option<Core> {
        let first = self.low(i);
        let fw = first.as_bytes();
        // Vague plurals: "dozens", "hundreds of thousands", "scores of".
        if (fw == b"tens" || fw == b"hundreds") && self.w(i + 1, "of") {
            let n = self.low(i + 2);
            let base = if fw == b"tens" { 10.0 } else { 100.0 };
            let scale = match n.as_bytes() {
                b"thousands" => Some(1e3),
                b"millions" => Some(1e6),
                b"billions" => Some(1e9),
                _ => None,
            };
            if let Some(sc) = scale {
                return Some(Core {
                    value: base * sc,
                    t0: i,
                    t1: i + 3,
                    vague: true,
                    ..Core::default()
                });
            }
        }
        if let Some(&(_, v, needs_of)) = VAGUE.iter().find(|(w, _, _)| w.as_bytes() == fw) {
            if needs_of && !self.w(i + 1, "of") {
                return None;
            }
            return Some(Core {
                value: v,
                t0: i,
                t1: i + 1,
                vague: true,
                ..Core::default()
            });
        }
        // Fractions of a whole.
        if let Some(c) = self.fraction_core(i) {
            return Some(c);
        }
        let mut j = i;
        let mut article = false;
        if fw == b"a" || fw == b"an" {
            article = true;
            j += 1;
            // "a couple of", "a pair of"
            if self.w(j, "couple") || self.w(j, "pair") {
                let t1 = if self.w(j + 1, "of") { j + 2 } else { j + 1 };
                return Some(Core {
                    value: 2.0,
                    t0: i,
                    t1,
                    ..Core::default()
                });
            }
        }
        let mut total = 0.0f64;
        let mut cur = 0.0f64;
        let mut any = false;
        let mut last_small = false;
        let mut scaled = false;
        let mut end = j;
        loop {
            if !self.is_word(j) {
                break;
            }
            let low = self.low(j);
            let w = low.as_bytes();
            let lx = self.lex(j);
            if let Some(v) = lx.small().map(f64::from) {
                if last_small || (article && !any) {
                    break;
                }
                cur += v;
                any = true;
                last_small = true;
                j += 1;
                end = j;
                continue;
            }
            if let Some(v) = lx.tens().map(f64::from) {
                if last_small || (article && !any) {
                    break;
                }
                cur += v;
                any = true;
                j += 1;
                end = j;
                // "eighty-eight", "twenty five"
                let k = if self.is_dash(j) && !self.sp(j) && !self.sp(j + 1) {
                    j + 1
                } else {
                    j
                };
                if let Some(u) = self.lex(k).small() {
                    if (1..10).contains(&u) {
                        cur += f64::from(u);
                        j = k + 1;
                        end = j;
                    }
                }
                last_small = true;
                continue;
            }
            if w == b"hundred" {
                if !any && !article {
                    break;
                }
                cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
                any = true;
                last_small = false;
                j += 1;
                end = j;
                continue;
            }
            if w == b"dozen" || w == b"dozens" {
                if !any && !article {
                    break;
                }
                cur = if cur == 0.0 { 12.0 } else { cur * 12.0 };
                any = true;
                last_small = false;
                j += 1;
                end = j;
                // "a dozen of" (Duckling) reads "of" as part of it only
                // when nothing follows.
                continue;
            }
            if let Some(f) = lx.scale() {
                if !any && !article {
                    break;
                }
                let c = if cur == 0.0 { 1.0 } else { cur };
                if cur == 0.0 && total > 0.0 {
                    total *= f;
                } else {
                    total += c * f;
                }
                cur = 0.0;
                any = true;
                scaled = true;
                last_small = false;
                j += 1;
                end = j;
                continue;
            }
            if w == b"and" && any && self.is_word(j + 1) {
                let nx = self.low(j + 1);
                if self.small_value(j + 1).is_some() {
                    last_small = false;
                    j += 1;
                    continue;
                }
                // "one and a half million"
                if nx.as_bytes() == b"a" && self.w(j + 2, "half") {
                    cur += 0.5;
                    j += 3;
                    end = j;
                    continue;
                }
            }
            break;
        }
        if !any {
            return None;
        }
        let mut core = Core {
            value: total + cur,
            t0: i,
            t1: end,
            scaled,
            ..Core::default()
        };
        // "two point two million"
        if self.w(end, "point") {
            let mut k = end + 1;
            let mut frac = String::from("0.");
            while let Some(d) = self.lex(k).small() {
                if d > 9 {
                    break;
                }
                frac.push(char::from(b'0' + d as u8));
                k += 1;
            }
            if k > end + 1 {
                if let Ok(f) = frac.parse::<f64>() {
                    core.value += f;
                    core.t1 = k;
                    if let Some(f) = self.lex(k).scale() {
                        core.value *= f;
                        core.t1 = k + 1;
                        core.scaled = true;
                    }
                }
            }
        }
        Some(core)
    }

    /// "half", "a third", "two-thirds", "three quarters" as a share of a
    /// whole, read only where "of" follows or "by"/"than" precedes;
    /// "half a million" is a number.
    fn fraction_core(&self, i: usize) -> Option<Core> {
        let fw = self.low(i);
        let fw = fw.as_bytes();
        // "half a million", "half a dozen"
        if fw == b"half" && (self.w(i + 1, "a") || self.w(i + 1, "an")) {
            let sc = self.low(i + 2);
            let f = if sc.as_bytes() == b"dozen" {
                Some(12.0)
            } else {
                self.lex(i + 2).scale()
            };
            if let Some(f) = f {
                return Some(Core {
                    value: 0.5 * f,
                    t0: i,
                    t1: i + 3,
                    scaled: true,
                    ..Core::default()
                });
            }
        }
        // "half a percentage point", "a quarter of a point": a fraction
        // of one unit.
        if fw == b"half"
            && (self.w(i + 1, "a") || self.w(i + 1, "an"))
            && self.unit_after(i + 2, false).is_some()
        {
            return Some(Core {
                value: 0.5,
                t0: i,
                t1: i + 2,
                ..Core::default()
            });
        }
        let (num, den_i) = if fw == b"half" {
            (1.0, i)
        } else if fw == b"a" || fw == b"one" {
            (1.0, i + 1)
        } else if let Some(v) = self.lex(i).small().filter(|v| (2..10).contains(v)) {
            let k = if self.is_dash(i + 1) && !self.sp(i + 1) {
                i + 2
            } else {
                i + 1
            };
            (f64::from(v), k)
        } else {
            return None;
        };
        let den = self.low(den_i);
        let pct = lookup(FRACTIONS, den.as_bytes())?;
        if fw == b"half" {
            let prev = i.checked_sub(1).map(|p| self.low(p));
            let prev = prev.as_ref().map_or(&[][..], |p| p.as_bytes());
            // "the first half of the year", "second-half"
            if matches!(
                prev,
                b"first" | b"second" | b"the" | b"a" | b"this" | b"last" | b"next"
            ) {
                return None;
            }
            if self.is_dash(i + 1) && !self.sp(i + 1) {
                return None;
            }
            let qual = qualifies_fraction(prev);
            // "half of", "half the population", "half its workforce"
            let whole = self.w(i + 1, "of")
                || matches!(
                    self.low(i + 1).as_bytes(),
                    b"the" | b"its" | b"their" | b"his" | b"her" | b"our" | b"all"
                );
            if !(whole || qual) {
                return None;
            }
            return Some(Core {
                value: 50.0,
                t0: i,
                t1: i + 1,
                percent: true,
                ..Core::default()
            });
        }
        if den.as_bytes() == b"half" {
            return None;
        }
        if self.w(den_i + 1, "of")
            && (self.w(den_i + 2, "a") || self.w(den_i + 2, "an"))
            && self.unit_after(den_i + 3, false).is_some()
        {
            return Some(Core {
                value: num * pct / 100.0,
                t0: i,
                t1: den_i + 3,
                ..Core::default()
            });
        }
        let prev = i.checked_sub(1).map(|p| self.low(p));
        let prev = prev.as_ref().map_or(&[][..], |p| p.as_bytes());
        let qual = qualifies_fraction(prev);
        // "a third of", "by nearly a fifth"; "a third term" is an ordinal.
        if !(self.w(den_i + 1, "of") || (qual && num == 1.0 && fw == b"a")) {
            return None;
        }
        Some(Core {
            value: num * pct,
            t0: i,
            t1: den_i + 1,
            percent: true,
            ..Core::default()
        })
    }
}

/// Words besides those of `SMALL` and `TENS` a number in words starts
/// with ("a dozen", "half a million", "tens of thousands").
const STARTERS: &[&str] = &[
    "a",
    "an",
    "half",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
];

/// The `k`th word of `SMALL`, `TENS` and `STARTERS` in turn (`None` past
/// the last): the words a spelled-out number can start with, for the
/// tables below.
const fn start_word(k: usize) -> Option<&'static str> {
    if k < SMALL.len() {
        return Some(SMALL[k].0);
    }
    let k = k - SMALL.len();
    if k < TENS.len() {
        return Some(TENS[k].0);
    }
    let k = k - TENS.len();
    if k < STARTERS.len() {
        Some(STARTERS[k])
    } else {
        None
    }
}

/// Bit `c - b'a'` of `START_SHAPES[n]` is set when a word of `SMALL`,
/// `TENS` or `STARTERS` has `n` bytes and starts with the letter `c`.
const START_SHAPES: [u32; 16] = {
    /// Marks `w` (a test checks every word is 1 to 15 ASCII lower-case
    /// letters).
    const fn add(m: &mut [u32; 16], w: &str) {
        let b = w.as_bytes();
        if !b.is_empty() && b.len() < 16 && b[0].is_ascii_lowercase() {
            m[b.len()] |= 1 << (b[0] - b'a');
        }
    }
    let mut m = [0u32; 16];
    let mut k = 0;
    while let Some(w) = start_word(k) {
        add(&mut m, w);
        k += 1;
    }
    m
};

/// Bit `s - b'a'` of `START_SECOND[n][f - b'a']` is set when a word of
/// `SMALL`, `TENS` or `STARTERS` has `n` bytes, the first letter `f` and
/// the second letter `s`.
const START_SECOND: [[u32; 26]; 16] = {
    /// Marks `w` (a test checks every word is 1 to 15 ASCII lower-case
    /// letters).
    const fn add(m: &mut [[u32; 26]; 16], w: &str) {
        let b = w.as_bytes();
        if b.len() >= 2 && b.len() < 16 && b[0].is_ascii_lowercase() && b[1].is_ascii_lowercase() {
            m[b.len()][(b[0] - b'a') as usize] |= 1 << (b[1] - b'a');
        }
    }
    let mut m = [[0u32; 26]; 16];
    let mut k = 0;
    while let Some(w) = start_word(k) {
        add(&mut m, w);
        k += 1;
    }
    m
};

#[cfg(test)]
pub(crate) fn start_words_for_tests() -> Vec<&'static str> {
    SMALL
        .iter()
        .chain(TENS)
        .map(|p| p.0)
        .chain(STARTERS.iter().copied())
        .collect()
}

/// A unit found after (or before) a number.
#[derive(Clone, Copy)]
struct UnitHit {
    unit: &'static str,
    t1: usize,
}

impl Cx<'_> {
    /// A currency written before the number starting at token `i`:
    /// returns the unit and the first token of the prefix.
    fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
        let p = i.checked_sub(1)?;
        // Allow one space between prefix and number ("$ 10", "EUR 20").
        // Bytes, not a str (see `Low`); the str only for a map lookup.
        let ps = self.bytes(p);
        if self.k(p) == Some(K::Punct) {
            if ps == b"." && self.w(p.checked_sub(1)?, "rs") {
                return Some(("INR", p - 1));
            }
            let sym = map_get(&CURRENCY_PREFIXES_MAP, self.s(p))?;
            // "US$", "C$", "HK$"
            if ps == b"$" && !self.sp(p) {
                if let Some(q) = p.checked_sub(1) {
                    if self.is_word(q) {
                        if let Some(u) = dollar_prefix(self.s(q)) {
                            return Some((u, q));
                        }
                    }
                }
            }
            return Some((sym, p));
        }
        // Every prefix a word can be ("KSh", "Rs", "RM") and every code
        // starts with a capital (a test checks): most words before a
        // figure ("than", "the") need no look at the tables.
        if self.k(p) == Some(K::Word) && ps.first().is_some_and(u8::is_ascii_uppercase) {
            if let Some(u) = map_get(&CURRENCY_PREFIXES_MAP, self.s(p)) {
                if ps.iter().all(u8::is_ascii_alphabetic) {
                    return Some((u, p));
                }
            }
            if ps.len() == 3 && ps.iter().all(u8::is_ascii_uppercase) {
                if let Some(c) = CURRENCY_CODES_SET.get(self.s(p)).copied() {
                    return Some((c, p));
                }
            }
        }
        None
    }

    /// A unit after a number ending at token `j` (exclusive).
    fn unit_after(&self, j: usize, money_prefix: bool) -> Option<UnitHit> {
        // Bytes, not a str (see `Low`).
        let s = self.bytes(j);
        match self.k(j)? {
            K::Punct => {
                if s == b"%" {
                    return Some(UnitHit {
                        unit: "%",
                        t1: j + 1,
                    });
                }
                if s == "°".as_bytes() {
                    let c = self.s(j + 1);
                    if c == "C" || c == "F" {
                        return Some(UnitHit {
                            unit: if c == "C" { "°C" } else { "°F" },
                            t1: j + 2,
                        });
                    }
                    return Some(UnitHit {
                        unit: "°",
                        t1: j + 1,
                    });
                }
                if !money_prefix {
                    if let Some(u) = map_get(&CURRENCY_PREFIXES_MAP, self.s(j)) {
                        if !self.sp(j) {
                            // "20€", "10$"
                            return Some(UnitHit { unit: u, t1: j + 1 });
                        }
                    }
                }
                None
            }
            K::Num => None,
            K::Word => {
                let low = self.low(j);
                let w = low.as_bytes();
                // A measure of two words (or of three with dashes) equals
                // the text from `j` on only if it starts with the word `j`:
                // a bit of the table entry (read below anyway) rather than
                // a search of `MEASURE_FIRST_WORDS` that branched at every
                // word compared (a test checks they agree).
                let multi = self.is(j, MEASURE_FIRST_W);
                // "25-basis-point"
                let three =
                    if multi && self.is_dash(j + 1) && !self.sp(j + 1) && self.is_word(j + 2) {
                        self.lower
                            .get(self.toks[j].s..self.toks[j + 2].e)
                            .map(|x| x.replace(['-', '–'], " "))
                    } else {
                        None
                    };
                if let Some(u) = three.as_deref().and_then(|x| map_get(&MEASURES_MAP, x)) {
                    return Some(UnitHit { unit: u, t1: j + 3 });
                }
                // Two-word units first.
                if self.is_word(j + 1) {
                    if multi {
                        let two = self
                            .lower
                            .get(self.toks[j].s..self.toks[j + 1].e)
                            .unwrap_or("");
                        if let Some(u) = map_get(&MEASURES_MAP, two) {
                            return Some(UnitHit { unit: u, t1: j + 2 });
                        }
                    }
                    // "Kenyan shillings", "Hong Kong dollars"
                    let nx = self.low(j + 1);
                    let head = nx.as_bytes().strip_suffix(b"s").unwrap_or(nx.as_bytes());
                    // Most words are no national adjective: one set lookup
                    // before the table.
                    let national = if self.is(j, NATIONAL_W) {
                        NATIONAL_CURRENCIES
                            .iter()
                            .find(|(a, h, _)| a.as_bytes() == w && h.as_bytes() == head)
                    } else {
                        None
                    };
                    if let Some((_, _, code)) = national {
                        return Some(UnitHit {
                            unit: code,
                            t1: j + 2,
                        });
                    }
                }
                if !money_prefix {
                    if let Some(u) = self.lex(j).currency() {
                        // "won" and "real" are also common words: take them
                        // only as the plain unit right after a number.
                        if matches!(w, b"won" | b"real" | b"sol" | b"dong" | b"lei") {
                            return None;
                        }
                        return Some(UnitHit { unit: u, t1: j + 1 });
                    }
                    if s.len() == 3 && s.iter().all(u8::is_ascii_uppercase) {
                        if let Some(c) = CURRENCY_CODES_SET.get(self.s(j)).copied() {
                            return Some(UnitHit { unit: c, t1: j + 1 });
                        }
                    }
                    if s == b"US" && self.p(j + 1, "$") {
                        return Some(UnitHit {
                            unit: "USD",
                            t1: j + 2,
                        });
                    }
                    if s == b"RM" {
                        return Some(UnitHit {
                            unit: "MYR",
                            t1: j + 1,
                        });
                    }
                    if s == b"Rs" && !self.sp(j) {
                        return Some(UnitHit {
                            unit: "INR",
                            t1: j + 1,
                        });
                    }
                }
                // "km/h"
                if (w == b"km" || w == b"kilometres" || w == b"kilometers")
                    && self.p(j + 1, "/")
                    && self.w(j + 2, "h")
                {
                    return Some(UnitHit {
                        unit: "km/h",
                        t1: j + 3,
                    });
                }
                // "3p" (pence), read in pounds.
                if s == b"p" && !self.sp(j) {
                    return Some(UnitHit {
                        unit: "GBp",
                        t1: j + 1,
                    });
                }
                // "41.5C" in British copy.
                if (s == b"C" || s == b"F") && !self.sp(j) {
                    return Some(UnitHit {
                        unit: if s == b"C" { "°C" } else { "°F" },
                        t1: j + 1,
                    });
                }
                // Single letters only as written: "5 m", "2 g"; "5G" is a
                // label.
                if s.len() == 1 && !matches!(s, b"m" | b"g" | b"t") {
                    return None;
                }
                if matches!(w, b"ha" | b"t" | b"g" | b"gs" | b"m" | b"mm" | b"cm") && s != w {
                    return None;
                }
                let u = self.lex(j).measure()?;
                // "km/h" written "km per hour"
                Some(UnitHit { unit: u, t1: j + 1 })
            }
        }
    }
}

/// The currency codes, each mapped to itself (the table's `&'static str`).
static CURRENCY_CODES_SET: Lazy<WordMap<&'static str>> = Lazy::new(|| {
    let mut m = WordMap::new();
    for &c in CURRENCY_CODES {
        m.insert(c, c);
    }
    m
});

/// A table of pairs as a map; the first entry of a key wins, as in a
/// linear [`lookup`].
macro_rules! first_map {
    ($name:ident, $list:ident) => {
        static $name: Lazy<WordMap<&'static str>> = Lazy::new(|| {
            let mut m = WordMap::new();
            for &(k, v) in $list {
                m.insert_first(k, v);
            }
            m
        });
    };
}
first_map!(CURRENCY_PREFIXES_MAP, CURRENCY_PREFIXES);

// Built as `collect` into a map did: a later entry of a key replaces an
// earlier one.
static MEASURES_MAP: Lazy<WordMap<&'static str>> = Lazy::new(|| {
    let mut m = WordMap::new();
    for &(k, v) in MEASURES {
        m.insert(k, v);
    }
    m
});

/// The first words of the measures of two words ("per cent", "square
/// miles"): a word no such measure starts with needs no look at the
/// pairs. The scanner reads them as the table bit `MEASURE_FIRST_W`; the
/// list is the reference for its test.
#[cfg(test)]
static MEASURE_FIRST_WORDS: Lazy<Vec<&'static str>> = Lazy::new(|| {
    let mut v: Vec<&'static str> = MEASURES
        .iter()
        .filter_map(|(k, _)| k.split_once(' ').map(|(a, _)| a))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

fn in_set<V>(set: &WordMap<V>, w: &str) -> bool {
    set.get(w).is_some()
}

fn map_get(map: &WordMap<&'static str>, w: &str) -> Option<&'static str> {
    map.get(w).copied()
}

/// The longest word [`dollar_prefix`] spells out: every key of
/// `CURRENCY_PREFIXES` is shorter (a test checks).
const DOLLAR_WORD_MAX: usize = 15;

/// The currency of the prefix `word` + "$" ("US$", "HK$"), spelled in a
/// buffer on the stack: a `format!` here was an allocation and a free for
/// each "$" after a word (530 a pass over the bench corpus). A word longer
/// than [`DOLLAR_WORD_MAX`] makes a key no table has.
fn dollar_prefix(word: &str) -> Option<&'static str> {
    let w = word.as_bytes();
    if w.len() > DOLLAR_WORD_MAX {
        return None;
    }
    let mut buf = [0u8; DOLLAR_WORD_MAX + 1];
    let combo = buf.get_mut(..=w.len())?;
    let (head, dollar) = combo.split_at_mut(w.len());
    head.copy_from_slice(w);
    dollar.fill(b'$');
    // A str and an ASCII byte after it: valid UTF-8.
    map_get(&CURRENCY_PREFIXES_MAP, std::str::from_utf8(combo).ok()?)
}

/// Forces the word sets.
pub(super) fn warm() {
    Lazy::force(&CURRENCY_CODES_SET);
    Lazy::force(&CURRENCY_PREFIXES_MAP);
    Lazy::force(&MEASURES_MAP);
    Lazy::force(&LEXICON);
}

/// Whether `before` ends with a month abbreviation or "No." on the same
/// line, so that a number starting the next text is a date or a label.
pub(super) fn ends_with_label_abbrev(before: &str) -> bool {
    let line = before.rsplit('\n').next().unwrap_or("");
    let line = line.trim_end();
    let Some(word) = line.rsplit(char::is_whitespace).next() else {
        return false;
    };
    let Some(stem) = word.strip_suffix('.') else {
        return false;
    };
    let stem = stem.trim_start_matches(|c: char| !c.is_alphanumeric());
    let capital = stem.chars().next().is_some_and(char::is_uppercase);
    // The tables are lower case: comparing ignoring ASCII case is
    // comparing the lower-cased stem.
    (capital && MONTHS.iter().any(|m| stem.eq_ignore_ascii_case(m)))
        || ["no", "nos", "art", "vol", "sec"]
            .iter()
            .any(|l| stem.eq_ignore_ascii_case(l))
}

/// Finds all quantities of a sentence; `lead_label` tells whether the text
/// before it ends with "Dec." or "No." (see [`ends_with_label_abbrev`]),
/// asked only when the sentence opens with a figure. `emit` gets them, in
/// text order, once.
pub(super) fn scan(
    t: &str,
    headline: bool,
    lead_label: impl FnOnce() -> bool,
    mut emit: impl FnMut(&[Found]),
) {
    // The token list, the lower-cased copy and the list of finds are
    // scratch space: borrow the thread's buffers rather than allocate them
    // per sentence. They are used in place, borrowed for the whole scan,
    // rather than moved out and back (two moves of five vectors and a drop
    // a sentence); `emit` runs inside the borrow, so a scan it started
    // would find them in use and take fresh ones, as a thread whose
    // buffers are gone does.
    let mut lead = Some(lead_label);
    let mut ask = || lead.take().is_some_and(|f| f());
    let mut done = false;
    let _ = SCRATCH.try_with(|cell| {
        if let Ok(mut bufs) = cell.try_borrow_mut() {
            scan_in(t, headline, &mut ask, &mut bufs);
            emit(&bufs.2);
            done = true;
            // Buffers a giant sentence grew (hostile input) are freed, not
            // held by the thread for good.
            if t.len() > SCRATCH_MAX_BYTES {
                *bufs = Scratch::default();
            }
        }
    });
    if !done {
        let mut bufs = Scratch::default();
        scan_in(t, headline, &mut ask, &mut bufs);
        emit(&bufs.2);
    }
}

/// Whether a char after the first of `s` is upper case ("iPhone"):
/// `s.chars().skip(1).any(char::is_uppercase)`, with the ASCII capitals
/// found among the bytes (none of the first char's bytes is one unless it
/// is one itself, which is skipped) and the chars decoded only for a word
/// with non-ASCII letters.
pub(crate) fn has_inner_capital(s: &str) -> bool {
    s.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        || (!s.is_ascii() && s.chars().skip(1).any(char::is_uppercase))
}

/// Thirty-two spaces: the padding after the lower-cased copy.
const LOWER_PAD: &str = "                                ";

/// Writes `t` with ASCII letters lower-cased into `buf` and returns that
/// copy (`t.to_ascii_lowercase()`, a test checks). Thirty-two spaces go
/// after the text, and the text is lower-cased up to a multiple of 32
/// bytes: the loop then runs in whole vector steps, with no byte-by-byte
/// tail whose exit mispredicts; the copy returned is the text's part.
fn lower_into<'b>(buf: &'b mut String, t: &str) -> &'b str {
    buf.clear();
    buf.push_str(t);
    buf.push_str(LOWER_PAD);
    let whole = t.len().div_ceil(32) * 32;
    if let Some(part) = buf.get_mut(..whole) {
        part.make_ascii_lowercase();
    }
    buf.get(..t.len()).unwrap_or("")
}

#[cfg(test)]
#[test]
fn lower_into_is_to_ascii_lowercase() {
    let mut buf = String::new();
    let base = "Zoë’s CAFÉ\u{a0}— “QUOTED” González's ÉLEVEN 東京 ＡＢ 12,400 Mr. X\r\n";
    for n in 0..base.len() {
        let Some(t) = base.get(..n) else { continue };
        assert_eq!(lower_into(&mut buf, t), t.to_ascii_lowercase());
        let long = t.repeat(5);
        assert_eq!(lower_into(&mut buf, &long), long.to_ascii_lowercase());
    }
}

/// Token list, lower-cased sentence, finds, token table answers and the
/// tokens a number may start at, kept between sentences.
type Scratch = (Vec<Tok>, String, Vec<Found>, Vec<Cell<u32>>, Vec<usize>);

/// The longest sentence whose buffers the thread keeps (the token lists
/// and the lower-cased copy grow with it; a news sentence needs a few
/// hundred bytes).
const SCRATCH_MAX_BYTES: usize = 16 << 10;

thread_local! {
    static SCRATCH: RefCell<Scratch> = const {
        RefCell::new((Vec::new(), String::new(), Vec::new(), Vec::new(), Vec::new()))
    };
}

fn scan_in(
    t: &str,
    headline: bool,
    lead_label: &mut dyn FnMut() -> bool,
    (toks, lower, out, info, cands): &mut Scratch,
) {
    toks.clear();
    toks.reserve(t.len() / 4);
    let n = tokenize_into(t, toks, cands);
    let n = keep_number_starts(t, toks, cands, n);
    let cands = cands.get(..n).unwrap_or(&[]);
    out.clear();
    // No token a number can start at (the prefilter let the sentence in
    // for "tend" or "oneself"): nothing below would find anything.
    if cands.is_empty() {
        return;
    }
    let lower = lower_into(lower, t);
    info.clear();
    info.resize(toks.len(), Cell::new(UNSET));
    let toks: &[Tok] = toks;
    let cx = Cx {
        t,
        lower,
        toks,
        headline,
        info,
        lexicon: &LEXICON,
    };
    let mut i = 0;
    if cx.is_num(0) && lead_label() {
        i = cx.skip_chain(1);
    }
    // Every token a number may start at, in order; `at` reads no other
    // (punctuation never starts one, a word only if `may_start_number`,
    // which `keep_number_starts` answers as), so going from one to the
    // next past `i` visits what a walk over every token would.
    for &c in cands {
        if c < i {
            continue;
        }
        i = cx.at(c, out).max(c + 1);
    }
    cx.link_brackets(out);
    for k in 0..out.len() {
        cx.read_object_event(out, k);
    }
    cx.share_objects(out);
}

/// What lies left of a quantity.
#[cfg_attr(test, derive(Debug, PartialEq))]
enum Left {
    /// The verb governing it.
    Verb(usize),
    /// The previous quantity, with only connecting words between ("rose
    /// 4% to $3.5 billion").
    Prev,
    /// "up from 121": the event and object of the figure before.
    Inherit,
    /// A form of "be" right before: "Turnout was 67.3%".
    Be(usize),
    /// Nothing found.
    None,
}

impl Cx<'_> {
    /// Reads a quantity starting at token `i` into `out`, if there is
    /// one; returns the token to go on from.
    fn at(&self, i: usize, out: &mut Vec<Found>) -> usize {
        let skip = i + 1;
        let core = match self.k(i) {
            Some(K::Num) => match self.digits_core(i) {
                Some(c) => c,
                None => return i + 3,
            },
            Some(K::Word) => {
                // `scan` only calls this for a word that `may_start_number`.
                let low = self.low(i);
                let w = low.as_bytes();
                // Most words asked about are none: the two short lists are
                // cheaper than the table.
                let starts = lookup(SMALL, w).is_some()
                    || lookup(TENS, w).is_some()
                    || STARTERS.iter().any(|s| s.as_bytes() == w);
                if !starts {
                    return skip;
                }
                match self.words_core(i) {
                    Some(c) => c,
                    None => return skip,
                }
            }
            _ => return skip,
        };
        let mut core = core;
        // "one in five children", "nine out of 10 doctors": a share.
        if let Some((den, t1)) = self.ratio_tail(core.t1) {
            if core.value >= 1.0 && den > core.value && !core.scaled && !core.vague {
                core.value = core.value / den * 100.0;
                core.t1 = t1;
                core.percent = true;
            }
        }
        if let Some(next) = self.excluded(&core) {
            return next;
        }
        // Sign.
        let mut start_tok = core.t0;
        let mut negative = false;
        if core.digits {
            if let Some(p) = start_tok.checked_sub(1) {
                if (self.p(p, "-") || self.p(p, "−"))
                    && (!self.sp(start_tok) || self.p(p, "−") || p == 0 || self.sp(p))
                    && (p == 0 || self.sp(p) || self.p(p - 1, "("))
                {
                    negative = true;
                    start_tok = p;
                }
            }
        }
        if let Some(p) = start_tok.checked_sub(1) {
            if self.w(p, "minus") || self.w(p, "negative") {
                negative = true;
                start_tok = p;
            }
        }
        // Currency before.
        let mut unit: Option<&'static str> = None;
        let mut money = false;
        if let Some((u, p)) = self.currency_before(start_tok) {
            unit = Some(u);
            money = true;
            start_tok = p;
        }
        if core.m_pending && money {
            core.value *= 1e6;
            core.t1 += 1;
            core.scaled = true;
            core.m_pending = false;
        }
        let mut end_tok = core.t1;
        if !money || core.m_pending {
            if let Some(u) = self.unit_after(end_tok, money) {
                unit = Some(u.unit);
                end_tok = u.t1;
                // A scale written after the currency word is rare; a
                // scale right after a currency code ("USD 3bn") is read
                // by `apply_scale` already.
            }
        }
        if core.percent {
            unit = Some("%");
        }
        // "tens of millions of dollars", "billions of euros"
        if unit.is_none() && (core.vague || core.scaled) && self.w(end_tok, "of") {
            if let Some(u) = self.lex(end_tok + 1).currency() {
                unit = Some(u);
                end_tok += 2;
            }
        }
        if unit == Some("GBp") {
            core.value /= 100.0;
            unit = Some("GBP");
        }
        // "10-year bond", "5-km race": the unit of an adjectival figure.
        if unit.is_none() && self.is_dash(end_tok) && !self.sp(end_tok) && !self.sp(end_tok + 1) {
            if let Some(u) = self.unit_after(end_tok + 1, false) {
                if !self.is_dash(u.t1) && !is_currency(u.unit) {
                    unit = Some(u.unit);
                    end_tok = u.t1;
                }
            }
        }
        // An age after a name: "Graham Ashworth-Reid, 58,".
        if unit.is_none()
            && core.digits
            && !core.formatted
            && core.value >= 1.0
            && core.value < 120.0
            && self.p(end_tok, ",")
            && start_tok >= 2
            && self.p(start_tok - 1, ",")
            && self.is_word(start_tok - 2)
            && self.cap(start_tok - 2)
        {
            unit = Some("year");
        }
        // Adjectival "34-year-old", "460-seat": the unit is an age.
        if unit.is_none()
            && self.is_dash(end_tok)
            && !self.sp(end_tok)
            && !self.sp(end_tok + 1)
            && self.w(end_tok + 1, "year")
            && self.is_dash(end_tok + 2)
            && self.w(end_tok + 3, "old")
        {
            unit = Some("year");
            end_tok += 4;
        }
        // Duration followed by "ago/earlier/later" is a date, not a count.
        if matches!(unit, Some("year" | "month" | "week" | "day" | "h" | "min")) {
            let nx = self.low(end_tok);
            if matches!(
                nx.as_bytes(),
                b"ago" | b"earlier" | b"later" | b"before" | b"after"
            ) {
                return end_tok;
            }
        }
        let mut value = if negative { -core.value } else { core.value };
        let mut high = None;
        let mut bound = if core.vague {
            Bound::Approx
        } else {
            Bound::Exact
        };
        // Ranges.
        let between = start_tok
            .checked_sub(1)
            .is_some_and(|p| self.w(p, "between"));
        if between {
            start_tok -= 1;
        }
        if let Some((hv, hunit, hscaled, t1)) = self.range_tail(end_tok, between, unit, core) {
            if hv > value {
                let mut lo = value;
                if !core.scaled && hscaled && core.digits {
                    // "10 to 15 million": the scale is shared.
                    let f = scale_of(hv);
                    if lo * f < hv {
                        lo *= f;
                    }
                }
                value = lo;
                high = Some(hv);
                if unit.is_none() {
                    unit = hunit;
                }
                bound = Bound::Range;
                end_tok = t1;
            }
        } else if between {
            start_tok += 1;
        }
        if core.digits && core.t1 == core.t0 + 1 && unit.is_none() && !core.scaled {
            // A plain integer: years, labels.
            if self.year_like(core.t0) && bound != Bound::Range {
                // "the 1990-91 season", "the 2024-25 budget"
                return self.skip_chain(end_tok);
            }
        }
        // Qualifier.
        let mut qualified = false;
        if bound != Bound::Range {
            if let Some((b, q0)) = self.qualifier_before(start_tok) {
                // "invest $5bn over two years": "over" a period is a
                // preposition; "jailed for over 11 years" a floor.
                let period = matches!(unit, Some("year" | "month" | "week" | "day" | "h"))
                    && q0 + 1 == start_tok
                    && (self.w(q0, "over") || self.w(q0, "under"))
                    && q0 > 0
                    && !matches!(
                        self.low(q0 - 1).as_bytes(),
                        b"for" | b"of" | b"than" | b"after"
                    )
                    && self.lem(q0 - 1).is_none();
                if !period {
                    bound = b;
                    start_tok = q0;
                    qualified = true;
                }
            }
        } else if let Some((_, q0)) = self.qualifier_before(start_tok) {
            start_tok = q0;
        }
        let start = self.toks[start_tok].s;
        let end = self.toks[end_tok.saturating_sub(1).max(start_tok)].e;
        out.push(Found {
            start,
            end,
            value,
            high,
            bound,
            unit,
            object: None,
            event: None,
            t0: start_tok,
            t1: end_tok,
            qualified,
            obj_t: None,
        });
        end_tok
    }

    /// The denominator of "one in five", "nine out of 10": value and end.
    fn ratio_tail(&self, j: usize) -> Option<(f64, usize)> {
        let k = if self.w(j, "in") {
            j + 1
        } else if self.w(j, "out") && self.w(j + 1, "of") {
            j + 2
        } else {
            return None;
        };
        let den = if self.is_num(k) {
            let s = self.s(k);
            if s.contains([',', '.']) || (self.is_word(k + 1) && !self.sp(k + 1)) {
                return None;
            }
            (parse_digits(s)?, k + 1)
        } else if self.is_word(k) {
            let v = self.small_value(k)?;
            if self.is_dash(k + 1) {
                return None;
            }
            (v, k + 1)
        } else {
            return None;
        };
        if den.0 > 100.0 || den.0 < 2.0 || self.unit_after(den.1, false).is_some() {
            return None;
        }
        Some(den)
    }

    /// The high end of a range after a low end ending at token `j`.
    fn range_tail(
        &self,
        j: usize,
        between: bool,
        lo_unit: Option<&'static str>,
        lo: Core,
    ) -> Option<(f64, Option<&'static str>, bool, usize)> {
        // "two or three people": a small range, spoken style.
        let sep_or = self.w(j, "or") && lo_unit.is_none() && !lo.formatted && lo.value < 100.0;
        let sep_word = self.w(j, "to") || (between && self.w(j, "and")) || sep_or;
        let sep_dash = self.is_dash(j) && !self.w(j, "and");
        if !(sep_word || sep_dash) {
            return None;
        }
        if sep_dash && !lo.digits {
            return None;
        }
        if self.w(j, "to") {
            // "rose from 10 to 15" is two quantities.
            if let Some(p) = lo.t0.checked_sub(1) {
                let mut p = p;
                if self.currency_before(lo.t0).is_some() {
                    p = p.saturating_sub(1);
                }
                let verb_before = p > 0 && self.is_word(p - 1) && self.lem(p - 1).is_some();
                if (self.w(p, "from") && verb_before) || self.w(p, "by") {
                    return None;
                }
                // "shares rose 3p to 480p": a change and where it ended.
                let change = self.is_word(p)
                    && self.is(p, CHANGE_L)
                    && self.lem(p).is_some_and(|l| l != "hold");
                if change && lo_unit.is_some() {
                    return None;
                }
            }
        }
        let mut k = j + 1;
        // "about 7.0 g", "~7"
        if self.w(k, "about") || self.p(k, "~") {
            k += 1;
        }
        let mut hunit = None;
        let mut money = false;
        let cur = if self.is_num(k) {
            None
        } else {
            let c = self.is_num(k + 1).then(|| self.currency_at(k)).flatten();
            if let Some((u, t)) = c {
                k = t;
                money = true;
                Some(u)
            } else {
                None
            }
        };
        let hi = if self.is_num(k) {
            if sep_dash && self.sp(k) != self.sp(j) && !self.sp(k) {
                // "10 -15" reads as a sign.
            }
            self.digits_core(k)?
        } else if self.is_word(k) && !sep_dash {
            let c = self.words_core(k)?;
            if c.vague || c.percent {
                return None;
            }
            c
        } else {
            return None;
        };
        if sep_dash {
            // "2025-05-31", "2024-25": dates and seasons.
            if self.is_dash(hi.t1) && self.is_num(hi.t1 + 1) {
                return None;
            }
            if !lo.formatted && !hi.formatted {
                let a = lo.value;
                if (1000.0..=2100.0).contains(&a) && self.s(lo.t0).len() == 4 {
                    return None;
                }
            }
        }
        // "between 2019 and 2023", "from 2010 to 2020": years.
        let plain_year = |c: &Core| {
            c.digits
                && !c.formatted
                && !c.scaled
                && c.t1 == c.t0 + 1
                && self.s(c.t0).len() == 4
                && (1000.0..=2100.0).contains(&c.value)
        };
        if plain_year(&lo) && plain_year(&hi) && lo_unit.is_none() && cur.is_none() {
            return None;
        }
        if sep_or && (hi.value > 2.0 * lo.value || hi.formatted || hi.scaled) {
            return None;
        }
        let mut v = hi.value;
        let mut t1 = hi.t1;
        if hi.m_pending && (money || lo_unit.is_some_and(is_currency)) {
            v *= 1e6;
            t1 += 1;
        }
        if cur.is_some() {
            hunit = cur;
        }
        if let Some(u) = self.unit_after(t1, money) {
            hunit = Some(u.unit);
            t1 = u.t1;
            if u.unit == "GBp" {
                v /= 100.0;
                hunit = Some("GBP");
            }
        }
        if let (Some(a), Some(b)) = (lo_unit, hunit) {
            if a != b {
                return None;
            }
        }
        if lo_unit.is_some() && hunit.is_none() && self.w(j, "to") {
            // "rose 4% to 3.5": different things.
            return None;
        }
        let hscaled = hi.scaled || (hi.m_pending && t1 > hi.t1);
        Some((v, hunit.or(lo_unit), hscaled, t1))
    }

    /// A currency prefix starting at token `k` (for the high end of a
    /// range): unit and the token after it.
    fn currency_at(&self, k: usize) -> Option<(&'static str, usize)> {
        let (u, p) = self.currency_before(k + 1)?;
        (p == k || p + 1 == k).then_some((u, k + 1))
    }

    /// A qualifier ending right before token `i`.
    fn qualifier_before(&self, i: usize) -> Option<(Bound, usize)> {
        let p = i.checked_sub(1)?;
        // The sequences whose last word is the token right before, in
        // table order, from the token's entry: empty for most tokens (a
        // test checks the groups against `QUALIFIERS`). The list of last
        // words and the map by last word this replaces cost a string
        // compare and a hash at every figure.
        let candidates = self.lexicon.qualifiers(self.lex(p));
        if candidates.is_empty() {
            return None;
        }
        let last = self.low(p);
        let last = last.as_bytes();
        // "jailed for 11 years over £86m fraud": a preposition after
        // another figure.
        if matches!(last, b"over" | b"under" | b"above" | b"below") && i >= 2 {
            let b = i - 2;
            if self.is_num(b)
                || (self.is_word(b)
                    && b >= 1
                    && self.is_num(b - 1)
                    && self.lex(b).measure().is_some())
            {
                return None;
            }
        }
        for &(words, b) in candidates {
            let n = words.len();
            if n > i {
                continue;
            }
            // The last word is the token before the figure, which found
            // the entry of that word: only the words before it are
            // compared (a single-word qualifier, the most common, none).
            // The token is that word as `w`/`p` read it: a token whose
            // lower-case bytes are a letter word is a word, and one that
            // is "~" is punctuation (`qualifier_before_reference` keeps
            // the plain loop, and a test compares the two).
            let ok = words.iter().take(n - 1).enumerate().all(|(k, w)| {
                let t = i - n + k;
                if *w == "~" {
                    self.p(t, "~")
                } else {
                    self.w(t, w)
                }
            });
            if ok {
                return Some((b, i - n));
            }
        }
        None
    }

    /// [`Cx::qualifier_before`] comparing every word of a sequence with
    /// the text: the reference for its test.
    #[cfg(test)]
    fn qualifier_before_reference(&self, i: usize) -> Option<(Bound, usize)> {
        use super::qualifiers::QUALIFIERS;
        let p = i.checked_sub(1)?;
        let last = self.low(p);
        let last = last.as_bytes();
        if matches!(last, b"over" | b"under" | b"above" | b"below") && i >= 2 {
            let b = i - 2;
            if self.is_num(b)
                || (self.is_word(b)
                    && b >= 1
                    && self.is_num(b - 1)
                    && self.lex(b).measure().is_some())
            {
                return None;
            }
        }
        for &(words, b) in QUALIFIERS {
            let n = words.len();
            if n > i {
                continue;
            }
            let ok = words.iter().enumerate().all(|(k, w)| {
                let t = i - n + k;
                if *w == "~" {
                    self.p(t, "~")
                } else {
                    self.w(t, w)
                }
            });
            if ok {
                return Some((b, i - n));
            }
        }
        None
    }

    /// A bare 4-digit integer read as a year: 1000-2100 with no unit or
    /// scale, unless a plural count noun follows and no preposition or
    /// determiner precedes ("2000 people").
    fn year_like(&self, i: usize) -> bool {
        let s = self.s(i);
        if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let v: u32 = s.parse().unwrap_or(0);
        if !(1000..=2100).contains(&v) {
            return false;
        }
        let prev = i.checked_sub(1).map(|p| self.low(p));
        let prev = prev.as_ref().map_or(&[][..], |p| p.as_bytes());
        let date_prep = matches!(
            prev,
            b"in"
                | b"since"
                | b"by"
                | b"until"
                | b"till"
                | b"from"
                | b"before"
                | b"after"
                | b"of"
                | b"during"
                | b"through"
                | b"the"
                | b"a"
                | b"its"
                | b"their"
                | b"and"
                | b"to"
                | b"between"
                | b"for"
                | b"early"
                | b"late"
                | b"mid"
                | b"circa"
                | b"c"
        ) || (i > 0 && self.p(i - 1, ","));
        let next_plural = self.is_word(i + 1) && {
            let w = self.s(i + 1);
            w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !w.ends_with("'s")
                && !w.ends_with("’s")
                && w.chars().next().is_some_and(char::is_lowercase)
        };
        date_prep || !next_plural || self.w(i + 1, "elections")
    }

    /// The rules of [`Cx::excluded`] on token `p`, attached before a
    /// figure that ends at token `after`: where to go on when one refuses
    /// the figure. Kept out of line: most figures have a space before.
    #[inline(never)]
    fn glued_before(&self, p: usize, after: usize) -> Option<usize> {
        // Attached letters before: "G20", "A320", "Q3", "MH370".
        if self.is_word(p) {
            let w = self.s(p);
            let currency =
                map_get(&CURRENCY_PREFIXES_MAP, w).is_some() || in_set(&CURRENCY_CODES_SET, w);
            if !currency {
                return Some(self.skip_chain(after));
            }
        }
        // "COVID-19", "F-35", "Covid-19"
        if self.is_dash(p) && !self.sp(p) && p > 0 && self.is_word(p - 1) {
            return Some(self.skip_chain(after));
        }
        // Part of a time or score already read: "4:17"
        if self.p(p, ":") {
            return Some(after);
        }
        None
    }

    /// The rules of [`Cx::excluded`] on a dash at token `after`, right
    /// after the digits figure `c`: where to go on when one refuses the
    /// figure. Kept out of line: most figures have no dash after.
    #[inline(never)]
    fn dash_after(&self, c: &Core, after: usize) -> Option<usize> {
        let s = self.bytes(c.t0);
        // A name: "7-Eleven", "3-M" (not in Title Case headlines).
        if !self.headline
            && !self.sp(after)
            && self.is_word(after + 1)
            && !self.sp(after + 1)
            && self.cap(after + 1)
        {
            return Some(after + 2);
        }
        // Scores: "beat Chelsea 2-1", "ended 0-0", "a 5-4 vote".
        if !self.sp(after) && self.is_num(after + 1) && !self.sp(after + 1) {
            let b = self.s(after + 1);
            if !s.iter().any(|&x| x == b',' || x == b'.')
                && !b.contains([',', '.'])
                && !self.is_dash(after + 2)
            {
                let (x, y) = (c.value, parse_digits(b).unwrap_or(0.0));
                if x >= y && x <= 200.0 {
                    return Some(after + 2);
                }
            }
        }
        // Hyphen chains of three numbers: dates, phone numbers.
        if self.is_num(after + 1) && self.is_dash(after + 2) && self.is_num(after + 3) {
            return Some(self.skip_chain(after));
        }
        // "555-1234"
        if !self.sp(after) && self.is_num(after + 1) {
            let b = self.s(after + 1);
            if s.len() == 3
                && b.len() == 4
                && !s.contains(&b',')
                && !b.contains([',', '.'])
                && !b.ends_with("00")
            {
                return Some(after + 2);
            }
        }
        None
    }

    /// The rules that keep a parsed number out. Returns the token to resume
    /// at when the number is not a quantity.
    // Kept out of line: inlined into `at` it costs 2M instructions more
    // per pass over the bench corpus (callgrind).
    #[inline(never)]
    fn excluded(&self, c: &Core) -> Option<usize> {
        let i = c.t0;
        let after = c.t1;
        let prev = i.checked_sub(1);
        if c.digits {
            // The figure's bytes (a number token is ASCII): no
            // char-boundary tests.
            let s = self.bytes(i);
            // The rules on a token attached before the figure ("G20",
            // "COVID-19", "4:17", "+44") all need it attached: one test
            // (false for most figures) skips them, rather than a test of
            // the token's kind for each.
            let glued_before = prev.filter(|_| !self.sp(i));
            if let Some(p) = glued_before {
                if let Some(next) = self.glued_before(p, after) {
                    return Some(next);
                }
            }
            // Leading zeros: codes, phone numbers ("0800", "007").
            if s.len() > 1 && s.starts_with(b"0") && !s.starts_with(b"0.") {
                return Some(self.skip_phone(after));
            }
            // Phone numbers: "+44 20 ...", "555-1234".
            if glued_before.is_some_and(|p| self.p(p, "+")) {
                return Some(self.skip_phone(after));
            }
            // Attached letters after that are not scale or unit: "1st",
            // "1990s", "5G", "737s".
            if self.is_word(after) && !self.sp(after) {
                let w = self.s(after);
                let unitish = self.lex(after).measure().is_some()
                    || self.lex(after).currency().is_some()
                    || w == "Rs"
                    || w == "RM"
                    || w == "C"
                    || w == "F"
                    || w == "US"
                    || w == "m"
                    || w == "p"
                    || in_set(&CURRENCY_CODES_SET, w)
                    || (w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase()));
                if !unitish || matches!(w, "s" | "st" | "nd" | "rd" | "th" | "G") {
                    return Some(after + 1);
                }
            }
            // Times: "4:17", "10 a.m.", "9pm", "1400 GMT".
            if self.p(after, ":") && self.is_num(after + 1) && !self.sp(after + 1) {
                return Some(after + 2);
            }
            if self.time_suffix(after) {
                return Some(after + 1);
            }
            // Street addresses: "10 Downing Street", "221B Baker Street".
            if self.is_word(after)
                && self.cap(after)
                && matches!(
                    self.low(after + 1).as_bytes(),
                    b"street"
                        | b"st"
                        | b"road"
                        | b"rd"
                        | b"avenue"
                        | b"ave"
                        | b"lane"
                        | b"boulevard"
                        | b"drive"
                        | b"square"
                        | b"place"
                        | b"way"
                        | b"terrace"
                        | b"crescent"
                )
            {
                return Some(after + 2);
            }
            // The rules on a dash after the figure: one test (false for
            // most figures) skips the four of them.
            if self.is_dash(after) {
                if let Some(next) = self.dash_after(c, after) {
                    return Some(next);
                }
            }
            // Slash dates "12/03/2024" are refused by `digits_core`.
            // Days of the month: "March 4", "Dec. 25", "4 March".
            // `formatted` says whether the figure's token has a separator
            // or a decimal point (read from its bytes by `digits_core`),
            // which a char search of the token would ask again.
            if c.value >= 1.0 && c.value <= 31.0 && !c.formatted {
                if let Some(p) = prev {
                    let q = if self.p(p, ".") {
                        p.checked_sub(1)
                    } else {
                        Some(p)
                    };
                    if let Some(q) = q {
                        if self.month_at(q) {
                            // "March 3-5"
                            return Some(self.skip_chain(after));
                        }
                    }
                }
                let mut k = after;
                if self.w(k, "st") || self.w(k, "nd") || self.w(k, "rd") || self.w(k, "th") {
                    k += 1;
                }
                if self.w(k, "of") {
                    k += 1;
                }
                if self.month_at(k) {
                    return Some(k + 1);
                }
            }
            // "No. 10", "Section 230", "Boeing 737", "Route 66".
            if let Some(p) = prev {
                if self.label_before(p, c) {
                    return Some(self.skip_chain(after));
                }
            }
        } else {
            let low = self.low(i);
            let w = low.as_bytes();
            // Number words capitalised inside body text are names
            // ("Formula One", "Channel Four").
            if !self.headline && self.cap(i) && !self.sentence_start(i) && !c.vague {
                let prev_is_qual =
                    prev.is_some_and(|p| self.qualifier_before(p + 1).is_some() || self.p(p, "("));
                if !prev_is_qual {
                    return Some(after);
                }
            }
            // "twenty fifth", "forty-second": ordinals.
            let k = if self.is_dash(after) {
                after + 1
            } else {
                after
            };
            if self.is_word(k) && {
                let lk = self.low(k);
                super::numbers::ORDINALS
                    .iter()
                    .any(|(o, _)| lk.as_bytes() == o.as_bytes())
            } {
                return Some(k + 1);
            }
            // Hyphenated compounds "one-sided", "two-time", "one-off".
            if self.is_dash(after)
                && !self.sp(after)
                && self.is_word(after + 1)
                && !c.percent
                && self.lex(after + 1).measure().is_none()
            {
                return Some(after + 2);
            }
            // "zero tolerance", "zero-sum": a count only before a plural
            // noun or a unit ("zero deaths", "zero percent").
            if w == b"zero" && after < self.toks.len() && !self.p(after, ".") {
                let nx = self.s(after);
                let unitish = self.unit_after(after, false).is_some();
                if !(unitish || (nx.ends_with('s') && !nx.ends_with("ss"))) {
                    return Some(after);
                }
            }
            if !c.percent
                && (w == b"one" || (w == b"a" || w == b"an") && c.value == 1.0)
                && self.one_is_not_count(i, after)
            {
                return Some(after);
            }
            if w == b"a" || w == b"an" {
                // "a" alone reads a number only before a scale or dozen
                // ("a dozen", "a million"): handled by `words_core`.
            }
            // "one day", "two-thirds" handled above; ordinals are not
            // number words here.
            if self.time_suffix(after) {
                return Some(after);
            }
            if c.value <= 31.0 && c.value >= 1.0 && self.month_at(after) {
                return Some(after + 1);
            }
        }
        None
    }

    /// [`Cx::excluded`] as it was, each rule testing its own neighbours:
    /// the reference for its test.
    #[cfg(test)]
    fn excluded_reference(&self, c: &Core) -> Option<usize> {
        let i = c.t0;
        let after = c.t1;
        let prev = i.checked_sub(1);
        if c.digits {
            // The figure's bytes (a number token is ASCII): no
            // char-boundary tests.
            let s = self.bytes(i);
            // Attached letters before: "G20", "A320", "Q3", "MH370".
            if let Some(p) = prev {
                if !self.sp(i) && self.is_word(p) {
                    let w = self.s(p);
                    let currency = map_get(&CURRENCY_PREFIXES_MAP, w).is_some()
                        || in_set(&CURRENCY_CODES_SET, w);
                    if !currency {
                        return Some(self.skip_chain(after));
                    }
                }
                // "COVID-19", "F-35", "Covid-19"
                if self.is_dash(p) && !self.sp(i) && !self.sp(p) && p > 0 && self.is_word(p - 1) {
                    return Some(self.skip_chain(after));
                }
                // Part of a time or score already read: "4:17"
                if self.p(p, ":") && !self.sp(i) {
                    return Some(after);
                }
            }
            // Leading zeros: codes, phone numbers ("0800", "007").
            if s.len() > 1 && s.starts_with(b"0") && !s.starts_with(b"0.") {
                return Some(self.skip_phone(after));
            }
            // Phone numbers: "+44 20 ...", "555-1234".
            if prev.is_some_and(|p| self.p(p, "+") && !self.sp(i)) {
                return Some(self.skip_phone(after));
            }
            // Attached letters after that are not scale or unit: "1st",
            // "1990s", "5G", "737s".
            if self.is_word(after) && !self.sp(after) {
                let w = self.s(after);
                let unitish = self.lex(after).measure().is_some()
                    || self.lex(after).currency().is_some()
                    || w == "Rs"
                    || w == "RM"
                    || w == "C"
                    || w == "F"
                    || w == "US"
                    || w == "m"
                    || w == "p"
                    || in_set(&CURRENCY_CODES_SET, w)
                    || (w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase()));
                if !unitish || matches!(w, "s" | "st" | "nd" | "rd" | "th" | "G") {
                    return Some(after + 1);
                }
            }
            // Times: "4:17", "10 a.m.", "9pm", "1400 GMT".
            if self.p(after, ":") && self.is_num(after + 1) && !self.sp(after + 1) {
                return Some(after + 2);
            }
            if self.time_suffix(after) {
                return Some(after + 1);
            }
            // Street addresses: "10 Downing Street", "221B Baker Street".
            if self.is_word(after)
                && self.cap(after)
                && matches!(
                    self.low(after + 1).as_bytes(),
                    b"street"
                        | b"st"
                        | b"road"
                        | b"rd"
                        | b"avenue"
                        | b"ave"
                        | b"lane"
                        | b"boulevard"
                        | b"drive"
                        | b"square"
                        | b"place"
                        | b"way"
                        | b"terrace"
                        | b"crescent"
                )
            {
                return Some(after + 2);
            }
            // A name: "7-Eleven", "3-M" (not in Title Case headlines).
            if !self.headline
                && self.is_dash(after)
                && !self.sp(after)
                && self.is_word(after + 1)
                && !self.sp(after + 1)
                && self.cap(after + 1)
            {
                return Some(after + 2);
            }
            // Scores: "beat Chelsea 2-1", "ended 0-0", "a 5-4 vote".
            if self.is_dash(after)
                && !self.sp(after)
                && self.is_num(after + 1)
                && !self.sp(after + 1)
            {
                let b = self.s(after + 1);
                if !s.iter().any(|&x| x == b',' || x == b'.')
                    && !b.contains([',', '.'])
                    && !self.is_dash(after + 2)
                {
                    let (x, y) = (c.value, parse_digits(b).unwrap_or(0.0));
                    if x >= y && x <= 200.0 {
                        return Some(after + 2);
                    }
                }
            }
            // Hyphen chains of three numbers: dates, phone numbers.
            if self.is_dash(after)
                && self.is_num(after + 1)
                && self.is_dash(after + 2)
                && self.is_num(after + 3)
            {
                return Some(self.skip_chain(after));
            }
            // "555-1234"
            if self.is_dash(after) && !self.sp(after) && self.is_num(after + 1) {
                let b = self.s(after + 1);
                if s.len() == 3
                    && b.len() == 4
                    && !s.contains(&b',')
                    && !b.contains([',', '.'])
                    && !b.ends_with("00")
                {
                    return Some(after + 2);
                }
            }
            // Slash dates "12/03/2024" are refused by `digits_core`.
            // Days of the month: "March 4", "Dec. 25", "4 March".
            // `formatted` says whether the figure's token has a separator
            // or a decimal point (read from its bytes by `digits_core`),
            // which a char search of the token would ask again.
            if c.value >= 1.0 && c.value <= 31.0 && !c.formatted {
                if let Some(p) = prev {
                    let q = if self.p(p, ".") {
                        p.checked_sub(1)
                    } else {
                        Some(p)
                    };
                    if let Some(q) = q {
                        if self.month_at(q) {
                            // "March 3-5"
                            return Some(self.skip_chain(after));
                        }
                    }
                }
                let mut k = after;
                if self.w(k, "st") || self.w(k, "nd") || self.w(k, "rd") || self.w(k, "th") {
                    k += 1;
                }
                if self.w(k, "of") {
                    k += 1;
                }
                if self.month_at(k) {
                    return Some(k + 1);
                }
            }
            // "No. 10", "Section 230", "Boeing 737", "Route 66".
            if let Some(p) = prev {
                if self.label_before(p, c) {
                    return Some(self.skip_chain(after));
                }
            }
        } else {
            let low = self.low(i);
            let w = low.as_bytes();
            // Number words capitalised inside body text are names
            // ("Formula One", "Channel Four").
            if !self.headline && self.cap(i) && !self.sentence_start(i) && !c.vague {
                let prev_is_qual =
                    prev.is_some_and(|p| self.qualifier_before(p + 1).is_some() || self.p(p, "("));
                if !prev_is_qual {
                    return Some(after);
                }
            }
            // "twenty fifth", "forty-second": ordinals.
            let k = if self.is_dash(after) {
                after + 1
            } else {
                after
            };
            if self.is_word(k) && {
                let lk = self.low(k);
                super::numbers::ORDINALS
                    .iter()
                    .any(|(o, _)| lk.as_bytes() == o.as_bytes())
            } {
                return Some(k + 1);
            }
            // Hyphenated compounds "one-sided", "two-time", "one-off".
            if self.is_dash(after)
                && !self.sp(after)
                && self.is_word(after + 1)
                && !c.percent
                && self.lex(after + 1).measure().is_none()
            {
                return Some(after + 2);
            }
            // "zero tolerance", "zero-sum": a count only before a plural
            // noun or a unit ("zero deaths", "zero percent").
            if w == b"zero" && after < self.toks.len() && !self.p(after, ".") {
                let nx = self.s(after);
                let unitish = self.unit_after(after, false).is_some();
                if !(unitish || (nx.ends_with('s') && !nx.ends_with("ss"))) {
                    return Some(after);
                }
            }
            if !c.percent
                && (w == b"one" || (w == b"a" || w == b"an") && c.value == 1.0)
                && self.one_is_not_count(i, after)
            {
                return Some(after);
            }
            if w == b"a" || w == b"an" {
                // "a" alone reads a number only before a scale or dozen
                // ("a dozen", "a million"): handled by `words_core`.
            }
            // "one day", "two-thirds" handled above; ordinals are not
            // number words here.
            if self.time_suffix(after) {
                return Some(after);
            }
            if c.value <= 31.0 && c.value >= 1.0 && self.month_at(after) {
                return Some(after + 1);
            }
        }
        None
    }

    /// Cheap test on the bytes of word `i` before any table lookup: the
    /// number words start with one of a few letters, and "a"/"an" count
    /// only before a number word. The scan makes it without branches
    /// ([`keep_number_starts`]); this is the reference for its test.
    #[cfg(test)]
    fn may_start_number(&self, i: usize) -> bool {
        let s = self.bytes(i);
        let Some(&c) = s.first() else {
            return false;
        };
        let c = c.to_ascii_lowercase();
        if s.len() <= 2 {
            if !(s.eq_ignore_ascii_case(b"a") || s.eq_ignore_ascii_case(b"an")) {
                return false;
            }
            let nx = self.bytes(i + 1);
            return matches!(
                nx.first().map(u8::to_ascii_lowercase),
                Some(b'd' | b'c' | b'p' | b'h' | b't' | b'm' | b'b' | b'q' | b'f')
            );
        }
        // And only a word whose length and first two letters are those of
        // a word that starts a number (`SMALL`, `TENS`, `STARTERS`): `at`
        // reads no other. The second letter turns away most of the short
        // words that share a length and first letter with one ("the",
        // "that", "fire").
        s.len() <= 9
            && matches!(
                c,
                b'o' | b't' | b'f' | b's' | b'e' | b'n' | b'z' | b'h' | b'd' | b'm' | b'b'
            )
            && START_SHAPES[s.len()] & (1 << (c - b'a')) != 0
            && s.get(1).is_some_and(|&c2| {
                let c2 = c2.to_ascii_lowercase();
                c2.is_ascii_lowercase()
                    && START_SECOND[s.len()][usize::from(c - b'a')] & (1 << (c2 - b'a')) != 0
            })
    }

    /// Whether `at` reads a number word at word `i`: the test it makes
    /// before `words_core`, for the test of `Cx::may_start_number`.
    #[cfg(test)]
    fn starts_number_word(&self, i: usize) -> bool {
        let low = self.low(i);
        let w = low.as_bytes();
        lookup(SMALL, w).is_some()
            || lookup(TENS, w).is_some()
            || STARTERS.iter().any(|s| s.as_bytes() == w)
    }

    fn sentence_start(&self, i: usize) -> bool {
        // First token, or only punctuation (quotes, dashes) before it.
        (0..i).all(|k| self.k(k) == Some(K::Punct))
    }

    /// Skips the rest of a phone number: groups of plain digits separated
    /// by spaces, dashes or brackets.
    fn skip_phone(&self, mut j: usize) -> usize {
        while (self.is_num(j) && !self.s(j).contains([',', '.']))
            || ((self.is_dash(j) || self.p(j, "(") || self.p(j, ")")) && self.is_num(j + 1))
        {
            j += 1;
        }
        j
    }

    /// Skips a chain "737-800", "19-20" after a label.
    fn skip_chain(&self, mut j: usize) -> usize {
        while self.is_dash(j) && !self.sp(j) && self.is_num(j + 1) {
            j += 2;
        }
        j
    }

    /// A capitalised month name or abbreviation ("May" and "March" are
    /// also words; capitalised they are months).
    fn month_at(&self, k: usize) -> bool {
        self.is_word(k) && self.cap(k) && self.is(k, MONTH_W)
    }

    /// "10 a.m.", "9pm", "1400 GMT", "11 o'clock".
    fn time_suffix(&self, j: usize) -> bool {
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        // Every form below starts with one of these bytes.
        if !matches!(
            self.t.as_bytes().get(t.s),
            Some(
                b'a' | b'A'
                    | b'p'
                    | b'P'
                    | b'G'
                    | b'U'
                    | b'B'
                    | b'E'
                    | b'C'
                    | b'I'
                    | b'h'
                    | b'o'
                    | b'O'
            )
        ) {
            return false;
        }
        // Each form is asked only after a token starting with its first
        // letter (the most common ones, "of", "and", "people", need at
        // most one of the three looks).
        let first = self.t.as_bytes().get(t.s).copied().unwrap_or(0);
        // "a.m", "am", "p.m", "pm": the second byte is a dot or an m.
        let second = self.t.as_bytes().get(t.s + 1).copied().unwrap_or(0);
        if matches!(first, b'a' | b'A' | b'p' | b'P') && matches!(second, b'.' | b'm' | b'M') {
            let rest = self.t.get(t.s..).unwrap_or("");
            for suf in ["a.m", "p.m", "am", "pm"] {
                let n = suf.len();
                if rest.len() >= n && rest.as_bytes()[..n].eq_ignore_ascii_case(suf.as_bytes()) {
                    let r = rest.get(n..).unwrap_or("");
                    if !r.chars().next().is_some_and(char::is_alphanumeric) {
                        return true;
                    }
                }
            }
        }
        if matches!(first, b'o' | b'O') {
            return self.w(j, "o'clock") || self.w(j, "o’clock");
        }
        matches!(
            self.bytes(j),
            b"GMT" | b"UTC" | b"BST" | b"EST" | b"EDT" | b"PST" | b"PDT" | b"CET" | b"IST" | b"hrs"
        )
    }

    /// [`Cx::time_suffix`] as it was, for its test.
    #[cfg(test)]
    fn time_suffix_reference(&self, j: usize) -> bool {
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        let rest = self.t.get(t.s..).unwrap_or("");
        for suf in ["a.m", "p.m", "am", "pm"] {
            let n = suf.len();
            if rest.len() >= n && rest.as_bytes()[..n].eq_ignore_ascii_case(suf.as_bytes()) {
                let r = rest.get(n..).unwrap_or("");
                if !r.chars().next().is_some_and(char::is_alphanumeric) {
                    return true;
                }
            }
        }
        let w = self.s(j);
        matches!(
            w,
            "GMT" | "UTC" | "BST" | "EST" | "EDT" | "PST" | "PDT" | "CET" | "IST" | "hrs"
        ) || self.w(j, "o'clock")
            || self.w(j, "o’clock")
    }

    /// Whether the word before a number makes it a label.
    fn label_before(&self, p: usize, c: &Core) -> bool {
        // "No. 10", "Nos. 3"
        if self.p(p, ".") {
            if let Some(q) = p.checked_sub(1) {
                let w = self.low(q);
                if matches!(
                    w.as_bytes(),
                    b"no" | b"nos" | b"vol" | b"p" | b"pp" | b"art" | b"sec"
                ) {
                    return true;
                }
            }
            return false;
        }
        if !self.is_word(p) {
            return false;
        }
        // A capital after the first letter: "iPhone", "eBay". Asked only
        // of a word that does not start with one (for a capitalised word
        // the answer changes nothing below); an ASCII capital is found
        // among the bytes, other capitals need the chars.
        let cap = self.cap(p);
        let mixed = !cap && self.inner_capital(p);
        if !(cap || mixed) {
            return false;
        }
        let low = self.low(p);
        let w = low.as_bytes();
        // "iPhone 15", "iOS 17"
        if mixed {
            return true;
        }
        if w == b"no" {
            // "No 10 Downing Street" only before a capital.
            return self.is_word(c.t1) && self.cap(c.t1);
        }
        if self.is(p, LABEL_W) {
            return true;
        }
        // A capitalised name right before a small plain integer in body
        // text: "Boeing 737", "Route 66", "Ocampo 11,116,035" is kept by
        // its separators.
        let raw = self.s(p);
        if self.headline
            || map_get(&CURRENCY_PREFIXES_MAP, raw).is_some()
            || in_set(&CURRENCY_CODES_SET, raw)
            || self.is(p, STOP_W | DET_W)
            || matches!(
                w,
                b"another" | b"only" | b"just" | b"all" | b"some" | b"over" | b"nearly"
            )
        {
            return false;
        }
        let plain = !c.formatted && !c.scaled && c.value < 1000.0;
        if !plain {
            return false;
        }
        // A verb starts a sentence ("Kill 12"); inside one, a capitalised
        // word is a name ("Stage 4").
        if self.is(p, WEEKDAY_W | MONTH_W) || (self.lem(p).is_some() && self.sentence_start(p)) {
            return false;
        }
        if self.qualifier_before(p + 1).is_some() {
            return false;
        }
        true
    }

    /// "one of the", "no one", "one another", "one day" and other uses of
    /// "one" that are not a count.
    fn one_is_not_count(&self, i: usize, after: usize) -> bool {
        let nx = self.low(after);
        let nx = nx.as_bytes();
        if matches!(
            nx,
            b"of"
                | b"another"
                | b"or"
                | b"and"
                | b"day"
                | b"time"
                | b"way"
                | b"hand"
                | b"thing"
                | b"point"
                | b"side"
                | b"who"
                | b"that"
                | b"which"
                | b"in"
                | b"is"
                | b"was"
                | b"can"
                | b"could"
                | b"would"
                | b"should"
                | b"might"
                | b"may"
                | b"will"
                | b"does"
                | b"did"
                | b"has"
                | b"had"
                | b"by"
                | b"after"
                | b"at"
                | b"to"
                | b"than"
                | b"for"
                | b"on"
                | b"more"
        ) || (!self.is_word(after) && after < self.toks.len() && !self.p(after, "."))
        {
            // "one in five" is a ratio, not a count either.
            return true;
        }
        // "one by one", "one after another"
        if i >= 2 && self.w(i - 2, "one") && matches!(self.low(i - 1).as_bytes(), b"by" | b"to") {
            return true;
        }
        if let Some(p) = i.checked_sub(1) {
            let pw = self.low(p);
            if matches!(
                pw.as_bytes(),
                b"no"
                    | b"every"
                    | b"any"
                    | b"each"
                    | b"the"
                    | b"this"
                    | b"that"
                    | b"which"
                    | b"someone"
                    | b"anyone"
                    | b"everyone"
                    | b"only"
                    | b"at"
                    | b"one"
            ) {
                return true;
            }
        }
        // "one's"
        let s = self.s(after);
        s.starts_with('\'') || s.starts_with('’')
    }
}

fn is_currency(u: &str) -> bool {
    u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase())
}

fn scale_of(v: f64) -> f64 {
    if v >= 1e12 {
        1e12
    } else if v >= 1e9 {
        1e9
    } else if v >= 1e6 {
        1e6
    } else if v >= 1e3 {
        1e3
    } else {
        1.0
    }
}

impl Cx<'_> {
    /// A figure in brackets converting the one before it takes its bound
    /// when it has no qualifier of its own ("about 30 km (19 miles)").
    fn link_brackets(&self, out: &mut [Found]) {
        for k in 1..out.len() {
            let (a, b) = out.split_at_mut(k);
            let prev = &a[k - 1];
            let cur = &mut b[0];
            let opens = cur.t0 > 0 && self.p(cur.t0 - 1, "(") && cur.t0 - 1 == prev.t1;
            if opens && !cur.qualified && prev.bound != Bound::Range {
                cur.bound = prev.bound;
            }
        }
    }

    /// A short noun phrase starting at token `i`, going right; returns its
    /// token range.
    fn np_right(&self, mut i: usize) -> Option<(usize, usize)> {
        // Skip determiners and possessives: "the", "its", "Britain's".
        for _ in 0..3 {
            if !self.is_word(i) {
                break;
            }
            let low = self.low(i);
            let w = low.as_bytes();
            // `is_det`: a determiner or a possessive in 's.
            if self.info(i) & DET != 0
                || matches!(w, b"all" | b"both")
                || self.bytes(i).ends_with(b"s'")
            {
                i += 1;
            } else {
                break;
            }
        }
        // "10 dead and 40 injured": the state, not what is counted.
        if self.is(i, CASUALTY_W) && (!self.is_word(i + 1) || self.is(i + 1, STOP_W)) {
            return None;
        }
        let start = i;
        let mut end = i;
        let mut words = 0;
        while words < 5 {
            // "Q3 bookings", "CO2"
            if self.is_num(end) && !self.sp(end) && words > 0 {
                end += 1;
                continue;
            }
            if self.is_word(end) {
                let low = self.low(end);
                let w = low.as_bytes();
                // "Earnings per share"
                if w == b"per" && words > 0 && self.is_word(end + 1) {
                    end += 2;
                    words += 2;
                    continue;
                }
                // The table answer for `end`, fetched once for the tests
                // below.
                let info = self.info(end);
                let lx = self.lexicon.entry(info & ENTRY);
                if lx.flags & (STOP_W | PRONOUN_W) != 0 {
                    break;
                }
                if lx.flags & WEEKDAY_W != 0 || (lx.flags & MONTH_W != 0 && self.cap(end)) {
                    break;
                }
                let s = self.bytes(end);
                // Every rule below asks for a lemma, the PAST bit, or a
                // word in -ly or -ed (the "-ing" ones ask for a lemma as
                // well): a word with none of these (most nouns) passes
                // them all, so it is taken at one branch, computed without
                // short-circuits, instead of a branch per rule. A test
                // checks this against the function without the gate.
                let plain = lx.lemma().is_none()
                    & (info & PAST == 0)
                    & !w.ends_with(b"ly")
                    & !s.ends_with(b"ed");
                if plain {
                    end += 1;
                    words += 1;
                    // Hyphenated compounds, as below.
                    if self.is_dash(end)
                        && !self.sp(end)
                        && self.is_word(end + 1)
                        && !self.sp(end + 1)
                    {
                        end += 1;
                    }
                    continue;
                }
                // An adverb after the head: "about 20 typhoons annually".
                if w.ends_with(b"ly") && words > 0 && !self.cap(end) {
                    break;
                }
                // An adverb before a verb: "nearly 2,000 reportedly released".
                if w.ends_with(b"ly") && self.is_word(end + 1) {
                    let nx = self.low(end + 1);
                    if nx.as_bytes().ends_with(b"ed") || self.past(end + 1) {
                        break;
                    }
                }
                // A verb form ends the phrase unless it is the first word
                // and a noun follows ("rescued men", "unvaccinated adult").
                // An "-ing" word is a verb only when the lemmatiser knows it
                // and an object follows ("people fleeing the fighting"); else
                // a noun ("new spending", "the shilling").
                let lem = lx.lemma();
                let ing_verb = s.ends_with(b"ing")
                    && lem.is_some()
                    && (self.is_det(end + 1)
                        || self.is_num(end + 1)
                        || self.is(end + 1, PRONOUN_W));
                let verbish = (s.ends_with(b"ed") || ing_verb || info & PAST != 0) && words > 0;
                if verbish {
                    break;
                }
                // A verb before a figure or a determiner: "the bill
                // includes $40bn".
                if words > 0 && w.ends_with(b"s") && lem.is_some() {
                    let nk = end + 1;
                    let fig = self.is_num(nk)
                        || self.currency_before(nk + 1).is_some_and(|(_, p)| p == nk)
                        || self.is_det(nk);
                    if fig {
                        break;
                    }
                }
                // Title Case headlines: "5.8 Tremor Jolts Northern Chile".
                if self.headline && words > 0 && self.cap(end) && w.ends_with(b"s") && lem.is_some()
                {
                    let pw = self.low(end - 1);
                    if !pw.as_bytes().ends_with(b"s") && self.is_word(end + 1) && self.cap(end + 1)
                    {
                        break;
                    }
                }
                // A verb after a plural noun: "season tickets remain".
                if words > 0 && lem.is_some() && !self.cap(end) {
                    let pw = self.low(end - 1);
                    let pw = pw.as_bytes();
                    if (pw.ends_with(b"s") && !pw.ends_with(b"ss"))
                        || matches!(pw, b"people" | b"children" | b"men" | b"women" | b"police")
                    {
                        break;
                    }
                }
                if words == 0 && (s.ends_with(b"ed") || (s.ends_with(b"ing") && lem.is_some())) {
                    // must be followed by another content word
                    if !self.is_word(end + 1) || self.is(end + 1, STOP_W) {
                        break;
                    }
                }
                end += 1;
                words += 1;
                // Hyphenated compounds: "private-sector", "club-record".
                if self.is_dash(end) && !self.sp(end) && self.is_word(end + 1) && !self.sp(end + 1)
                {
                    end += 1;
                }
                continue;
            }
            break;
        }
        if end == start {
            return None;
        }
        // Do not end on a dash.
        let mut e = end;
        while e > start && !self.is_word(e - 1) && !self.is_num(e - 1) {
            e -= 1;
        }
        (e > start).then_some((start, e))
    }

    /// [`Cx::np_right`] as it was, without the gate for plain nouns: the
    /// reference for its test.
    #[cfg(test)]
    fn np_right_reference(&self, mut i: usize) -> Option<(usize, usize)> {
        // Skip determiners and possessives: "the", "its", "Britain's".
        for _ in 0..3 {
            if !self.is_word(i) {
                break;
            }
            let low = self.low(i);
            let w = low.as_bytes();
            // `is_det`: a determiner or a possessive in 's.
            if self.info(i) & DET != 0
                || matches!(w, b"all" | b"both")
                || self.bytes(i).ends_with(b"s'")
            {
                i += 1;
            } else {
                break;
            }
        }
        // "10 dead and 40 injured": the state, not what is counted.
        if self.is(i, CASUALTY_W) && (!self.is_word(i + 1) || self.is(i + 1, STOP_W)) {
            return None;
        }
        let start = i;
        let mut end = i;
        let mut words = 0;
        while words < 5 {
            // "Q3 bookings", "CO2"
            if self.is_num(end) && !self.sp(end) && words > 0 {
                end += 1;
                continue;
            }
            if self.is_word(end) {
                let low = self.low(end);
                let w = low.as_bytes();
                // "Earnings per share"
                if w == b"per" && words > 0 && self.is_word(end + 1) {
                    end += 2;
                    words += 2;
                    continue;
                }
                // The table answer for `end`, fetched once for the tests
                // below.
                let info = self.info(end);
                let lx = self.lexicon.entry(info & ENTRY);
                if lx.flags & (STOP_W | PRONOUN_W) != 0 {
                    break;
                }
                if lx.flags & WEEKDAY_W != 0 || (lx.flags & MONTH_W != 0 && self.cap(end)) {
                    break;
                }
                let s = self.bytes(end);
                // An adverb after the head: "about 20 typhoons annually".
                if w.ends_with(b"ly") && words > 0 && !self.cap(end) {
                    break;
                }
                // An adverb before a verb: "nearly 2,000 reportedly released".
                if w.ends_with(b"ly") && self.is_word(end + 1) {
                    let nx = self.low(end + 1);
                    if nx.as_bytes().ends_with(b"ed") || self.past(end + 1) {
                        break;
                    }
                }
                // A verb form ends the phrase unless it is the first word
                // and a noun follows ("rescued men", "unvaccinated adult").
                // An "-ing" word is a verb only when the lemmatiser knows it
                // and an object follows ("people fleeing the fighting"); else
                // a noun ("new spending", "the shilling").
                let lem = lx.lemma();
                let ing_verb = s.ends_with(b"ing")
                    && lem.is_some()
                    && (self.is_det(end + 1)
                        || self.is_num(end + 1)
                        || self.is(end + 1, PRONOUN_W));
                let verbish = (s.ends_with(b"ed") || ing_verb || info & PAST != 0) && words > 0;
                if verbish {
                    break;
                }
                // A verb before a figure or a determiner: "the bill
                // includes $40bn".
                if words > 0 && w.ends_with(b"s") && lem.is_some() {
                    let nk = end + 1;
                    let fig = self.is_num(nk)
                        || self.currency_before(nk + 1).is_some_and(|(_, p)| p == nk)
                        || self.is_det(nk);
                    if fig {
                        break;
                    }
                }
                // Title Case headlines: "5.8 Tremor Jolts Northern Chile".
                if self.headline && words > 0 && self.cap(end) && w.ends_with(b"s") && lem.is_some()
                {
                    let pw = self.low(end - 1);
                    if !pw.as_bytes().ends_with(b"s") && self.is_word(end + 1) && self.cap(end + 1)
                    {
                        break;
                    }
                }
                // A verb after a plural noun: "season tickets remain".
                if words > 0 && lem.is_some() && !self.cap(end) {
                    let pw = self.low(end - 1);
                    let pw = pw.as_bytes();
                    if (pw.ends_with(b"s") && !pw.ends_with(b"ss"))
                        || matches!(pw, b"people" | b"children" | b"men" | b"women" | b"police")
                    {
                        break;
                    }
                }
                if words == 0 && (s.ends_with(b"ed") || (s.ends_with(b"ing") && lem.is_some())) {
                    // must be followed by another content word
                    if !self.is_word(end + 1) || self.is(end + 1, STOP_W) {
                        break;
                    }
                }
                end += 1;
                words += 1;
                // Hyphenated compounds: "private-sector", "club-record".
                if self.is_dash(end) && !self.sp(end) && self.is_word(end + 1) && !self.sp(end + 1)
                {
                    end += 1;
                }
                continue;
            }
            break;
        }
        if end == start {
            return None;
        }
        // Do not end on a dash.
        let mut e = end;
        while e > start && !self.is_word(e - 1) && !self.is_num(e - 1) {
            e -= 1;
        }
        (e > start).then_some((start, e))
    }

    /// A noun phrase ending right before token `j` (exclusive), going
    /// left: content words back to a determiner, function word or
    /// punctuation. Returns the token range and the index of a verb found
    /// at its left edge (the phrase's governing verb).
    fn np_left(&self, j: usize) -> Option<(usize, usize, Option<usize>)> {
        let mut i = j;
        let mut words = 0;
        let mut verb = None;
        while i > 0 && words < 6 {
            let k = i - 1;
            if self.is_dash(k) && !self.sp(k + 1) && !self.sp(k) && k > 0 && self.is_word(k - 1) {
                i -= 1;
                continue;
            }
            if !self.is_word(k) {
                break;
            }
            if self.is(k, STOP_W | PRONOUN_W | CLAUSE_W) {
                break;
            }
            // "Inflation slowed to": a past form right before is the verb.
            if words == 0 && self.past(k) {
                return None;
            }
            // A verb at the left edge governs the phrase: "cut its rate";
            // not the second half of a compound ("club-record").
            let compound = k > 0 && self.is_dash(k - 1) && !self.sp(k);
            if words > 0 && !compound && self.lem(k).is_some() && !self.is_det(k.wrapping_sub(1)) {
                verb = Some(k);
                break;
            }
            i = k;
            words += 1;
        }
        if words == 0 {
            return None;
        }
        if verb.is_none() && i > 0 {
            // "cut its benchmark lending rate": a determiner, then a verb.
            let mut k = i - 1;
            if self.is_det(k) && k > 0 {
                k -= 1;
            }
            if self.is_word(k) && self.lem(k).is_some() && !self.is(k, AUX_W) {
                verb = Some(k);
            }
        }
        Some((i, j, verb))
    }

    /// A determiner or a possessive: "the", "its", "Britain's". The
    /// answer is part of the token's cached table answer (see
    /// [`Cx::look_up`]), as it is asked many times about the same token.
    fn is_det(&self, i: usize) -> bool {
        self.is_word(i) && self.info(i) & DET != 0
    }

    /// [`Cx::is_det`] as it was, for its test.
    #[cfg(test)]
    fn is_det_reference(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        self.is(i, DET_W) || {
            let s = self.bytes(i);
            s.ends_with(b"'s") || s.ends_with("’s".as_bytes())
        }
    }

    fn span_of(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].s, self.toks[b - 1].e)
    }

    fn event_at(&self, k: usize) -> Option<(&'static str, usize, usize)> {
        // "the release of", "deaths"
        let lx = self.lex(k);
        let mut lem = lx.lemma().or(lx.event())?;
        let mut e = self.toks[k].e;
        // Phrasal verbs news uses with counts.
        let phrasal = match lem {
            "lay" if self.w(k + 1, "off") => Some("lay off"),
            "set" if self.w(k + 1, "aside") => Some("set aside"),
            "buy" if self.w(k + 1, "back") => Some("buy back"),
            "claw" if self.w(k + 1, "back") => Some("claw back"),
            "win" if self.w(k + 1, "back") => Some("win back"),
            _ => None,
        };
        if let Some(p) = phrasal {
            lem = p;
            e = self.toks[k + 1].e;
        }
        Some((lem, self.toks[k].s, e))
    }

    /// Looks left of a quantity for its governing verb.
    fn verb_left(&self, t0: usize, prev_end: usize, prev_t1: usize) -> Left {
        let mut connective_only = true;
        let mut i = t0;
        let mut steps = 0;
        while steps < 10 {
            if i <= prev_end {
                return if prev_end > 0 { Left::Prev } else { Left::None };
            }
            let k = i - 1;
            steps += 1;
            match self.k(k) {
                Some(K::Punct) => {
                    // Bytes, not a str: no char-boundary tests. The dashes
                    // are "-", "–" (E2 80 93) and "‐" (E2 80 90).
                    let p = self.bytes(k);
                    if matches!(p, b"-" | b"\xE2\x80\x93" | b"\xE2\x80\x90") && !self.sp(k + 1) {
                        i -= 1;
                        continue;
                    }
                    // "fell 120 points, or 1.5%, to 7,850"
                    if p == b"," && k == prev_t1 && prev_t1 > 0 && connective_only {
                        return Left::Prev;
                    }
                    // Possessive apostrophe: "trustees' signatures" ("’"
                    // is E2 80 99).
                    if matches!(p, b"'" | b"\xE2\x80\x99") && !self.sp(k) {
                        i -= 1;
                        continue;
                    }
                    return Left::None;
                }
                Some(K::Num) | None => return Left::None,
                Some(K::Word) => {}
            }
            let low = self.low(k);
            let w = low.as_bytes();
            // The table answer for `k`, fetched once for the tests below:
            // its bits stand for the word lists (`CONNECTIVES`, `UP_DOWN`,
            // `BE_FORMS`), one bit test where a `match` on the word took
            // a branch on its length and compares (a test checks they
            // agree). The rarely true tests on positions go first.
            let info = self.info(k);
            let lx = self.lexicon.entry(info & ENTRY);
            let adverb = info & ADVERB != 0;
            connective_only &= lx.flags & CONNECTIVE_W != 0;
            if lx.flags & UP_DOWN_W != 0 && self.w(k + 1, "from") {
                return Left::Inherit;
            }
            // The gapping and "or" rules ask for a word at the figure
            // before or one past it (`k >= prev_end` here: the walk stops
            // below it): one test for both, mostly false, instead of a
            // position test in each. The word tests of the three rules
            // here ("and"/"while", "including", "or") cannot be true
            // together, so "including" may be asked after both. A test
            // checks this against `verb_left_reference`.
            if prev_end > 0 && k.wrapping_sub(prev_end) <= 1 {
                // Gapping: "received 11,987,214 votes and Ocampo 11,116,035".
                if k == prev_end && k + 1 < t0 && matches!(w, b"and" | b"while") {
                    let names = (k + 1..t0).all(|m| self.is_word(m) && self.cap(m));
                    if names && t0 - k - 1 <= 3 {
                        return Left::Prev;
                    }
                }
                // "1,800 employees, or roughly 6%"
                if w == b"or" && (k == prev_end || self.p(k - 1, ",")) {
                    return Left::Prev;
                }
            }
            // "killed 30 civilians, including 12 children"
            if w == b"including" && k + 1 == t0 && prev_end > 0 {
                return Left::Inherit;
            }
            if lx.flags & CLAUSE_W != 0 && w != b"as" {
                return Left::None;
            }
            if lx.flags & (PREP_W | DET_W) != 0 || adverb {
                i -= 1;
                continue;
            }
            if lx.flags & BE_W != 0 {
                // Only auxiliaries and -ly adverbs between "be" and the
                // figure ("was only 12"). Asked here, the one place it
                // matters, rather than at every step of the walk.
                let adverbs_only = k + 1 == t0
                    || (k + 1..t0)
                        .all(|m| self.is_word(m) && (self.is(m, AUX_W) || self.adverb(m)));
                return if adverbs_only {
                    Left::Be(k)
                } else {
                    Left::None
                };
            }
            // "up 4 points from 2019": the `UP_DOWN_W` bit of the entry
            // fetched above is the list ("up", "down") itself.
            if lx.flags & UP_DOWN_W != 0 && k + 1 == t0 {
                return Left::Inherit;
            }
            // The second part of a hyphenated compound is a noun
            // ("club-record fee").
            let compound = k > 0 && self.is_dash(k - 1) && !self.sp(k);
            if let Some(l) = lx.lemma() {
                if compound {
                    i -= 1;
                    continue;
                }
                // A noun after a determiner: "a target of", unless an
                // event noun linked by "of" ("the release of 88").
                if k >= 1 && self.is_det(k - 1) {
                    if self.w(k + 1, "of") && lx.event().is_some() {
                        return Left::Verb(k);
                    }
                    i -= 1;
                    continue;
                }
                if lx.flags & AUX_W != 0 && l != "have" {
                    i -= 1;
                    continue;
                }
                // "had retaken three villages": "have" before another word
                // is an auxiliary, not the verb that governs the figure
                // (that is "have three children").
                if l == "have"
                    && k + 1 < t0
                    && self.is_word(k + 1)
                    && !self.is_det(k + 1)
                    && !self.adverb(k + 1)
                {
                    return Left::None;
                }
                // A noun inside a noun phrase that another verb governs:
                // "caps annual rent rises at 5%", "cut its benchmark
                // lending rate", "take a restructuring charge of".
                if info & PAST == 0 && self.verb_further_left(k) {
                    i -= 1;
                    continue;
                }
                return Left::Verb(k);
            }
            if k >= 1 && self.is_det(k - 1) && self.w(k + 1, "of") && lx.event().is_some() {
                return Left::Verb(k);
            }
            // A noun: keep looking past one noun phrase.
            i -= 1;
        }
        Left::None
    }

    /// [`Cx::verb_left`] as it was, with the rules near the figure before
    /// asked one by one: the reference for its test.
    #[cfg(test)]
    fn verb_left_reference(&self, t0: usize, prev_end: usize, prev_t1: usize) -> Left {
        let mut connective_only = true;
        let mut i = t0;
        let mut steps = 0;
        while steps < 10 {
            if i <= prev_end {
                return if prev_end > 0 { Left::Prev } else { Left::None };
            }
            let k = i - 1;
            steps += 1;
            match self.k(k) {
                Some(K::Punct) => {
                    // Bytes, not a str: no char-boundary tests. The dashes
                    // are "-", "–" (E2 80 93) and "‐" (E2 80 90).
                    let p = self.bytes(k);
                    if matches!(p, b"-" | b"\xE2\x80\x93" | b"\xE2\x80\x90") && !self.sp(k + 1) {
                        i -= 1;
                        continue;
                    }
                    // "fell 120 points, or 1.5%, to 7,850"
                    if p == b"," && k == prev_t1 && prev_t1 > 0 && connective_only {
                        return Left::Prev;
                    }
                    // Possessive apostrophe: "trustees' signatures" ("’"
                    // is E2 80 99).
                    if matches!(p, b"'" | b"\xE2\x80\x99") && !self.sp(k) {
                        i -= 1;
                        continue;
                    }
                    return Left::None;
                }
                Some(K::Num) | None => return Left::None,
                Some(K::Word) => {}
            }
            let low = self.low(k);
            let w = low.as_bytes();
            // The table answer for `k`, fetched once for the tests below:
            // its bits stand for the word lists (`CONNECTIVES`, `UP_DOWN`,
            // `BE_FORMS`), one bit test where a `match` on the word took
            // a branch on its length and compares (a test checks they
            // agree). The rarely true tests on positions go first.
            let info = self.info(k);
            let lx = self.lexicon.entry(info & ENTRY);
            let adverb = info & ADVERB != 0;
            connective_only &= lx.flags & CONNECTIVE_W != 0;
            if lx.flags & UP_DOWN_W != 0 && self.w(k + 1, "from") {
                return Left::Inherit;
            }
            // Gapping: "received 11,987,214 votes and Ocampo 11,116,035".
            if k == prev_end && prev_end > 0 && k + 1 < t0 && matches!(w, b"and" | b"while") {
                let names = (k + 1..t0).all(|m| self.is_word(m) && self.cap(m));
                if names && t0 - k - 1 <= 3 {
                    return Left::Prev;
                }
            }
            // "killed 30 civilians, including 12 children"
            if w == b"including" && k + 1 == t0 && prev_end > 0 {
                return Left::Inherit;
            }
            // "1,800 employees, or roughly 6%"
            if prev_end > 0
                && (k == prev_end || (k == prev_end + 1 && self.p(k - 1, ",")))
                && w == b"or"
            {
                return Left::Prev;
            }
            if lx.flags & CLAUSE_W != 0 && w != b"as" {
                return Left::None;
            }
            if lx.flags & (PREP_W | DET_W) != 0 || adverb {
                i -= 1;
                continue;
            }
            if lx.flags & BE_W != 0 {
                // Only auxiliaries and -ly adverbs between "be" and the
                // figure ("was only 12"). Asked here, the one place it
                // matters, rather than at every step of the walk.
                let adverbs_only = k + 1 == t0
                    || (k + 1..t0)
                        .all(|m| self.is_word(m) && (self.is(m, AUX_W) || self.adverb(m)));
                return if adverbs_only {
                    Left::Be(k)
                } else {
                    Left::None
                };
            }
            // "up 4 points from 2019": the `UP_DOWN_W` bit of the entry
            // fetched above is the list ("up", "down") itself.
            if lx.flags & UP_DOWN_W != 0 && k + 1 == t0 {
                return Left::Inherit;
            }
            // The second part of a hyphenated compound is a noun
            // ("club-record fee").
            let compound = k > 0 && self.is_dash(k - 1) && !self.sp(k);
            if let Some(l) = lx.lemma() {
                if compound {
                    i -= 1;
                    continue;
                }
                // A noun after a determiner: "a target of", unless an
                // event noun linked by "of" ("the release of 88").
                if k >= 1 && self.is_det(k - 1) {
                    if self.w(k + 1, "of") && lx.event().is_some() {
                        return Left::Verb(k);
                    }
                    i -= 1;
                    continue;
                }
                if lx.flags & AUX_W != 0 && l != "have" {
                    i -= 1;
                    continue;
                }
                // "had retaken three villages": "have" before another word
                // is an auxiliary, not the verb that governs the figure
                // (that is "have three children").
                if l == "have"
                    && k + 1 < t0
                    && self.is_word(k + 1)
                    && !self.is_det(k + 1)
                    && !self.adverb(k + 1)
                {
                    return Left::None;
                }
                // A noun inside a noun phrase that another verb governs:
                // "caps annual rent rises at 5%", "cut its benchmark
                // lending rate", "take a restructuring charge of".
                if info & PAST == 0 && self.verb_further_left(k) {
                    i -= 1;
                    continue;
                }
                return Left::Verb(k);
            }
            if k >= 1 && self.is_det(k - 1) && self.w(k + 1, "of") && lx.event().is_some() {
                return Left::Verb(k);
            }
            // A noun: keep looking past one noun phrase.
            i -= 1;
        }
        Left::None
    }

    /// Whether a verb governs the word at `k` from up to three words to
    /// its left, with only noun-phrase words between.
    fn verb_further_left(&self, k: usize) -> bool {
        if k >= 1 && self.is_word(k - 1) && (self.is(k - 1, AUX_W) || self.adverb(k - 1)) {
            return false;
        }
        let prev_content = k >= 1
            && (self.is_word(k - 1) && !self.is(k - 1, STOP_W | CLAUSE_W | PRONOUN_W)
                || self.is_det(k - 1));
        if !prev_content {
            return false;
        }
        let mut j = k;
        for _ in 0..4 {
            if j == 0 {
                return false;
            }
            j -= 1;
            if !self.is_word(j) {
                if self.is_dash(j) {
                    continue;
                }
                return false;
            }
            let lw = self.low(j);
            let w = lw.as_bytes();
            if self.is(j, CLAUSE_W | PREP_W) {
                return false;
            }
            if (j + 1 < k || !w.ends_with(b"s"))
                && self.lem(j).is_some_and(|l| l != "be" && l != "have")
                && !(j >= 1 && self.is_det(j - 1))
            {
                return true;
            }
            if j + 1 == k && self.is_det(j) {
                continue;
            }
        }
        false
    }

    /// Looks right of a quantity's object for the verb it is the subject
    /// of: "400 people had been injured", "1,200 homes destroyed".
    fn verb_right(&self, mut j: usize) -> Option<usize> {
        let mut steps = 0;
        // "Four people, including two police officers, were killed.",
        // "About 380 firefighters, supported by 24 helicopters, were
        // deployed": look past an insertion between commas when an
        // auxiliary or a verb form follows it.
        if self.p(j, ",") {
            let mut k = j + 1;
            let mut n = 0;
            while k < self.toks.len() && !self.p(k, ",") && n < 14 {
                k += 1;
                n += 1;
            }
            if self.p(k, ",") && self.is_word(k + 1) && (self.is(k + 1, AUX_W) || self.past(k + 1))
            {
                j = k + 1;
            }
        }
        // Skip a prepositional phrase after the object: "residents of the
        // surrounding district were left".
        while steps < 10 {
            steps += 1;
            if !self.is_word(j) {
                return None;
            }
            let low = self.low(j);
            let w = low.as_bytes();
            if self.is(j, AUX_W) || self.adverb(j) {
                j += 1;
                continue;
            }
            if matches!(w, b"remain" | b"remains" | b"remained") && self.is_word(j + 1) {
                let nx = self.low(j + 1);
                if nx.as_bytes().ends_with(b"ed") && self.lem(j + 1).is_some() {
                    j += 1;
                    continue;
                }
            }
            // "are believed to be stranded"
            if matches!(
                w,
                b"believed"
                    | b"thought"
                    | b"said"
                    | b"reported"
                    | b"feared"
                    | b"known"
                    | b"estimated"
            ) && self.w(j + 1, "to")
            {
                j += 2;
                while self.w(j, "be") || self.w(j, "have") || self.w(j, "been") {
                    j += 1;
                }
                continue;
            }
            if matches!(
                w,
                b"of" | b"in" | b"from" | b"on" | b"at" | b"off" | b"near" | b"across" | b"along"
            ) {
                // skip "of the surrounding district"
                j += 1;
                let mut n = 0;
                while self.is_word(j) && n < 5 {
                    let s = self.bytes(j);
                    if self.is(j, AUX_W) || ((s.ends_with(b"ed") || s.ends_with(b"ing")) && n > 1) {
                        break;
                    }
                    j += 1;
                    n += 1;
                }
                continue;
            }
            if self.is(j, STOP_W) && !self.is(j, AUX_W) {
                return None;
            }
            if self.lem(j).is_some() || w == b"dead" {
                return Some(j);
            }
            return None;
        }
        None
    }

    /// The subject noun phrase of the verb at token `v`: the first noun
    /// phrase of its clause ("Food prices rose", "growth, which slowed",
    /// "the death toll from the quake rose").
    fn subject_of(&self, v: usize, prev: Option<&Found>) -> Option<(usize, usize)> {
        // Skip auxiliaries and adverbs before the verb.
        let mut i = v;
        while i > 0 {
            if self.is_word(i - 1) && (self.is(i - 1, AUX_W) || self.adverb(i - 1)) {
                i -= 1;
            } else {
                break;
            }
        }
        // Relative clause right before: "growth, which slowed".
        if i > 0 && (self.w(i - 1, "which") || self.w(i - 1, "that")) {
            let mut k = i - 1;
            if k > 0 && self.p(k - 1, ",") {
                k -= 1;
            }
            // "a fee of £62.5m, which could rise to £70m": the fee.
            if let Some(p) = prev {
                if p.t1 == k || p.obj_t.is_some_and(|(_, b)| b == k) {
                    return p.obj_t;
                }
            }
            return self.np_left(k).map(|(a, b, _)| (a, b));
        }
        // Walk back to the clause start.
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 30 {
            let p = k - 1;
            steps += 1;
            if self.k(p) == Some(K::Punct)
                && matches!(self.s(p), "," | ";" | ":" | "—" | "“" | "\"" | "(" | ")")
            {
                // An inserted clause ", where the outbreak began," ends
                // right before the verb: jump over it.
                if k == i && self.s(p) == "," {
                    let mut q = p;
                    let mut n = 0;
                    while q > 0 && n < 20 && !self.p(q - 1, ",") {
                        q -= 1;
                        n += 1;
                    }
                    if q > 0 && self.is_word(q) {
                        let lw = self.low(q);
                        if matches!(lw.as_bytes(), b"where" | b"which" | b"who" | b"when") {
                            k = q - 1;
                            continue;
                        }
                    }
                }
                break;
            }
            // The three word tests below all ask for `p + 1 < i` and a
            // word of `SUBJECT_EDGES`: one bit of the token's entry (a test
            // checks it against the lists) turns away nearly every word
            // with one well-predicted branch, instead of a `match` on each
            // word's length and bytes.
            if p + 1 < i && self.is_word(p) && self.is(p, SUBJECT_EDGE_W) {
                let low = self.low(p);
                if matches!(
                    low.as_bytes(),
                    b"as" | b"while" | b"and" | b"but" | b"when" | b"because" | b"that"
                ) && p + 1 < i
                {
                    break;
                }
                // "the U.N. says its appeal is only 12 percent funded"
                if matches!(
                    low.as_bytes(),
                    b"says" | b"said" | b"say" | b"told" | b"tells"
                ) && p + 1 < i
                {
                    break;
                }
                // "after inflation slowed", but "since 1970 rose".
                if matches!(low.as_bytes(), b"after" | b"since" | b"before" | b"until")
                    && p + 1 < i
                    && self.is_word(p + 1)
                    && !self.month_at(p + 1)
                {
                    break;
                }
            }
            k = p;
        }
        if k >= i {
            return None;
        }
        let (a, b) = self.np_right(k)?;
        let b = b.min(i);
        if b <= a {
            return None;
        }
        // "The number of measles cases" -> "measles cases"
        if self.is(b - 1, PART_W) && self.w(b, "of") {
            if let Some((c, d)) = self.np_right(b + 1) {
                if d <= i {
                    return Some((c, d));
                }
            }
        }
        if self.is(a, PRONOUN_W) {
            return None;
        }
        Some((a, b))
    }

    /// Fills `object` and `event` of quantity `q`.
    fn read_object_event(&self, out: &mut [Found], q: usize) {
        // Read in place: the finds are only written at the end.
        let f = &out[q];
        let prev = q.checked_sub(1).and_then(|p| out.get(p));
        let prev_end = prev
            .as_ref()
            .map_or(0, |p| p.obj_t.map_or(p.t1, |(_, b)| b.max(p.t1)));
        let mut object: Option<(usize, usize)> = None;
        let mut event: Option<(&'static str, usize, usize)> = None;
        let mut unit = f.unit;
        let mut j = f.t1;
        let counted = f.unit.is_none();
        let money = f.unit.is_some_and(is_currency);
        // "About 30 km (19 miles) of road": look past the conversion.
        if self.p(j, "(") {
            let mut k = j + 1;
            let mut n = 0;
            while k < self.toks.len() && !self.p(k, ")") && n < 12 {
                k += 1;
                n += 1;
            }
            if self.p(k, ")") && self.w(k + 1, "of") {
                j = k + 1;
            }
        }
        let mut obj_end = j;
        // Right: "of" phrases, then the counted noun.
        if self.w(j, "of") {
            match self.np_right(j + 1) {
                Some((a, b)) => {
                    if !self.is(j + 1, PRONOUN_W) && !self.is(b - 1, PART_W) {
                        object = Some((a, b));
                    }
                    obj_end = b;
                }
                None => obj_end = j + 2,
            }
        } else if counted
            && self.headline
            && f.t1 > 0
            && matches!(
                self.low(f.t1 - 1).as_bytes(),
                b"dozens" | b"hundreds" | b"thousands" | b"millions" | b"scores"
            )
            && self.is_word(j)
            && self.lem(j).is_some()
            && !self.low(j).as_bytes().ends_with(b"ing")
        {
            // A Title Case headline: "Thousands Flee Rising Rivers". After
            // a vague plural, a verb is what they do, not what they are.
            event = self.event_at(j);
        } else if counted {
            // "88 more political prisoners"
            while self.w(j, "more") || self.w(j, "further") || self.w(j, "additional") {
                j += 1;
            }
            // "62,000-capacity"
            if self.is_dash(j) && !self.sp(j) {
                j += 1;
            }
            if let Some((a, b)) = self.np_right(j) {
                object = Some((a, b));
                obj_end = b;
            }
        }
        // "Nearly 900,000 of the arrivals are Sudanese refugees", "More
        // than half are children": a plural or proper noun after "are"
        // names what is counted.
        let partitive = self.w(j, "of") && self.is_det(j + 1);
        if (object.is_none() || partitive)
            && matches!(self.low(obj_end).as_bytes(), b"are" | b"were")
            && self.is_word(obj_end + 1)
        {
            if let Some((a, b)) = self.np_right(obj_end + 1) {
                let head = self.s(b - 1);
                let first = self.low(a);
                let nouny = (head.ends_with('s') && !head.ends_with("ss"))
                    || self.cap(b - 1)
                    || matches!(
                        self.low(b - 1).as_bytes(),
                        b"children" | b"people" | b"men" | b"women" | b"police" | b"staff"
                    );
                if a == obj_end + 1 && nouny && !self.past(a) && !first.as_bytes().ends_with(b"ing")
                {
                    object = Some((a, b));
                }
            }
        }
        // "nine out of 10 doctors", "a 40% stake"
        if object.is_none()
            && f.unit == Some("%")
            && self.is_word(j)
            && !self.is(j, STOP_W)
            && self.lex(j).event().is_none()
        {
            if let Some((a, b)) = self.np_right(j) {
                object = Some((a, b));
                obj_end = b;
            }
        }
        // "a 12% drop in net income"
        if !counted && object.is_none() && self.is_word(j) && self.lex(j).event().is_some() {
            event = self.event_at(j);
            if self.w(j + 1, "in") || self.w(j + 1, "of") {
                object = self.np_right(j + 2);
            }
        }
        // Left: the verb that governs the number.
        let prev_t1 = prev.as_ref().map_or(0, |p| p.t1);
        let left = self.verb_left(f.t0, prev_end, prev_t1);
        let mut left_verb = None;
        let mut inherit = false;
        match left {
            Left::Verb(k) => {
                let l = self.lem(k).unwrap_or("");
                // "would add €42m a year": "add" governs a figure right
                // after it that no verb follows ("added 300 had died"
                // reports a clause).
                let adds = l == "add" && k + 1 == f.t0 && self.verb_right(obj_end).is_none();
                if (!self.is(k, REPORTING_L) || adds) && l != "be" {
                    left_verb = Some(k);
                    if event.is_none() {
                        event = self.event_at(k);
                    }
                    if l == "compare" {
                        inherit = true;
                    }
                }
            }
            Left::Prev => {
                if let Some(p) = &prev {
                    if event.is_none() {
                        event = p.event;
                    }
                    if object.is_none() {
                        object = p.obj_t;
                    }
                }
            }
            Left::Inherit => {
                inherit = true;
                if let Some(p) = &prev {
                    if event.is_none() {
                        event = p.event;
                    }
                }
            }
            Left::Be(k) => {
                if object.is_none() {
                    object = self.subject_of(k + 1, prev);
                }
            }
            Left::None => {}
        }
        if inherit {
            // The figure compared with is the main one of the clause, not
            // one inside "in 18 states".
            let src = (q.saturating_sub(8)..q)
                .rev()
                .find(|&r| {
                    let t = out[r].t0;
                    !(t > 0 && (self.w(t - 1, "in") || self.w(t - 1, "of")))
                })
                .or(q.checked_sub(1))
                .map(|r| out[r]);
            if let Some(p) = &src {
                if object.is_none() {
                    object = p.obj_t;
                }
                if unit.is_none() && p.unit.is_some_and(|u| !is_currency(u)) {
                    unit = p.unit;
                }
            }
        }
        // A converted figure in brackets shares what the first one counts.
        let bracket = prev
            .as_ref()
            .is_some_and(|p| f.t0 > 0 && self.p(f.t0 - 1, "(") && f.t0 - 1 == p.t1);
        if bracket {
            if let Some(p) = &prev {
                if event.is_none() {
                    event = p.event;
                }
                if object.is_none() {
                    object = p.obj_t;
                }
            }
        }
        if event.is_none() {
            if let Some(k) = self.verb_right(obj_end) {
                event = self.event_at(k);
            }
        }
        // "The fee, about €72m, surpasses": a figure in apposition.
        if event.is_none() && f.t0 > 0 && self.p(f.t0 - 1, ",") && self.p(f.t1, ",") {
            let k = f.t1 + 1;
            if self.is_word(k)
                && !self.is(k, STOP_W)
                && self.lem(k).is_some()
                && !self.is(k, REPORTING_L)
            {
                event = self.event_at(k);
            }
        }
        // "the $3.56 billion analysts had expected", "the £48m City paid":
        // a relative clause after an amount.
        if event.is_none() && money && object.is_none() {
            let mut k = f.t1;
            let mut n = 0;
            while n < 3 && self.is_word(k) && !self.is(k, STOP_W) && self.lem(k).is_none() {
                k += 1;
                n += 1;
            }
            if n > 0 {
                if matches!(self.low(k).as_bytes(), b"had" | b"has" | b"have") {
                    k += 1;
                }
                if self.is_word(k) && self.past(k) {
                    event = self.event_at(k);
                }
            }
        }
        // "Texas reports 12 new cases": a reporting verb that takes the
        // figure as its object, when nothing else governs it.
        if event.is_none() {
            if let Left::Verb(k) = left {
                if matches!(self.lem(k), Some("report" | "confirm" | "claim" | "record")) {
                    event = self.event_at(k);
                }
            }
        }
        // Money: "$2 billion on share buybacks", "€40m in additional aid",
        // "25 million soles (about $6.8 million) in emergency funds".
        let mut money_k = f.t1;
        if money && self.p(money_k, "(") {
            let mut n = 0;
            while money_k < self.toks.len() && !self.p(money_k, ")") && n < 12 {
                money_k += 1;
                n += 1;
            }
            money_k += 1;
        }
        // Object from the left: "a budget of $3bn", "cut its rate by 50bp",
        // "winds of up to 60 km/h", "The fee, about €72m,".
        if object.is_none() && f.t0 > 0 {
            let mut k = f.t0;
            let mut prep = false;
            // `OBJECT_PREP_W` is the list "of", "by", "at", "to", "from"
            // (a test checks it against the `matches!` it replaces): one
            // bit of the entry the walk left of the figure has fetched,
            // not a branch on the word's length and bytes.
            if self.is_word(k - 1) && self.is(k - 1, OBJECT_PREP_W) {
                k -= 1;
                prep = true;
            }
            // "The fee, about €72m, surpasses": a figure between commas.
            let appos = k > 0
                && self.p(k - 1, ",")
                && !prep
                && (self.p(f.t1, ",") || f.t1 >= self.toks.len());
            let jj = if appos { k - 1 } else { k };
            if let Some((a, b, verb)) = self.np_left(jj) {
                let head = self.low(b - 1);
                let single_verb = self.lem(b - 1).is_some()
                    && b - a == 1
                    && verb.is_none()
                    && !(a > 0 && self.is_det(a - 1));
                // "left unchanged at": an adjective, not a noun.
                let adjective =
                    head.as_bytes().ends_with(b"ed") && !head.as_bytes().ends_with(b"eed");
                // "doubled in size to": the phrase is inside another
                // prepositional phrase.
                let nested =
                    a >= 2 && self.is_word(a - 1) && self.is(a - 1, PREP_W) && self.past(a - 2);
                let ok = (prep || appos || (verb.is_some() && !money))
                    && a >= prev_end
                    && !single_verb
                    && !adjective
                    && !nested
                    && !self.is(b - 1, PRONOUN_W | WEEKDAY_W);
                if ok {
                    let (a2, b2) = self.skip_dets(a, b);
                    if a2 < b2 {
                        object = Some((a2, b2));
                    }
                    if event.is_none() {
                        if let Some(v) = verb {
                            event = self.event_at(v);
                        }
                    }
                }
            }
        }
        let place = self.w(money_k, "in")
            && self.is_word(money_k + 1)
            && self.cap(money_k + 1)
            && !self.is_det(money_k + 1);
        if object.is_none()
            && money
            && !place
            && (self.w(money_k, "in")
                || self.w(money_k, "for")
                || self.w(money_k, "on")
                || self.w(money_k, "through"))
        {
            object = self.money_np(money_k + 1);
        }
        // Subject of a change verb or a passive: "inflation slowed to
        // 3.2%", "deaths rose to 41", "rations would be cut by half".
        if object.is_none() {
            if let Some(k) = left_verb {
                let passive = k > 0
                    && matches!(
                        self.low(k - 1).as_bytes(),
                        b"be" | b"been" | b"was" | b"were" | b"is" | b"are" | b"being"
                    );
                if self.is(k, CHANGE_L) || passive {
                    object = self.subject_of(k, prev);
                }
            }
        }
        // "£86m pension fraud", "a £1.25bn contract"
        if object.is_none() && money && self.is_word(money_k) && !self.is(money_k, STOP_W) {
            object = self.money_np(money_k);
        }
        // "12 people were killed and 40 injured": the second figure
        // counts the same people.
        if object.is_none() && counted && f.t0 > 0 && self.w(f.t0 - 1, "and") {
            if let Some(p) = &prev {
                if self.is(f.t1, CASUALTY_W) {
                    object = p.obj_t;
                }
            }
        }
        // An exchange rate: "the shilling held at around 129 to the U.S.
        // dollar" is counted in shillings.
        // `RATE_LINK_W` is the list "to", "per", "against" (a test checks
        // it against the `matches!` it replaces; no other token is one of
        // these words): one bit of the entry the unit test after the
        // figure has fetched, not a branch on the word's length and bytes.
        if unit.is_none() && self.is_word(f.t1) && self.is(f.t1, RATE_LINK_W) {
            let fx =
                (f.t1 + 1..f.t1 + 8).any(|k| self.is_word(k) && self.lex(k).currency().is_some());
            if fx {
                if let Some((_, b)) = object {
                    if let Some(code) = self.lex(b - 1).currency() {
                        unit = Some(code);
                    }
                }
            }
        }
        let o = &mut out[q];
        o.unit = unit;
        o.obj_t = object;
        o.object = object.map(|(a, b)| self.span_of(a, b));
        o.event = event;
    }

    /// A noun phrase naming what money pays for, not a date or a verb.
    fn money_np(&self, k: usize) -> Option<(usize, usize)> {
        let (a, b) = self.np_right(k)?;
        let lw = self.low(a);
        let w = lw.as_bytes();
        let s = self.s(a);
        let ok = !self.is(a, WEEKDAY_W | MONTH_W)
            && !s.starts_with(|c: char| c.is_ascii_digit())
            && !(b - a == 1 && (self.past(a) || w.ends_with(b"ing")));
        ok.then_some((a, b))
    }

    /// "38 of the 108 seats": the first figure counts what the second
    /// does.
    fn share_objects(&self, out: &mut [Found]) {
        for q in (0..out.len().saturating_sub(1)).rev() {
            let mut j = out[q].t1;
            if !self.w(j, "of") {
                continue;
            }
            j += 1;
            let mut n = 0;
            while n < 3 && self.is_det(j) {
                j += 1;
                n += 1;
            }
            if out[q + 1].t0 == j && out[q + 1].obj_t.is_some() {
                out[q].obj_t = out[q + 1].obj_t;
                out[q].object = out[q + 1].object;
            }
        }
    }

    fn skip_dets(&self, mut a: usize, b: usize) -> (usize, usize) {
        while a < b && self.is_det(a) {
            a += 1;
        }
        (a, b)
    }
}

/// Whether a word before a fraction word ("by nearly a fifth", "about
/// half") makes it an amount.
fn qualifies_fraction(prev: &[u8]) -> bool {
    matches!(
        prev,
        b"by"
            | b"than"
            | b"nearly"
            | b"almost"
            | b"about"
            | b"around"
            | b"roughly"
            | b"over"
            | b"just"
    )
}

/// Parses an English ordinal ("first", "21st", "twenty-fifth",
/// "thirtyfirst") to its value.
#[cfg(test)] // Used by the Duckling ordinal corpus test only.
pub(crate) fn parse_ordinal(s: &str) -> Option<u32> {
    let t = s.trim().to_ascii_lowercase();
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(d) = t.strip_suffix(suf) {
            if !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()) {
                return d.parse().ok();
            }
        }
    }
    let find = |w: &str| {
        super::numbers::ORDINALS
            .iter()
            .find(|(k, _)| *k == w)
            .map(|(_, v)| *v)
    };
    if let Some(v) = find(&t) {
        return Some(v);
    }
    // "twenty-fifth", "twenty—fifth", "twenty fifth", "twentyfifth"
    for (tens, tv) in TENS {
        if let Some(rest) = t.strip_prefix(tens) {
            let rest = rest.trim_start_matches(['-', '—', '–', ' ']);
            if let Some(u) = find(rest).filter(|u| *u < 10) {
                return Some(tv + u);
            }
        }
    }
    None
}

#[cfg(test)]
pub(crate) fn word_end_for_tests(t: &str, i: usize) -> usize {
    word_end(t, i)
}

/// [`word_end`] as it was, a byte a step: the reference for its test.
#[cfg(test)]
pub(crate) fn word_end_reference(t: &str, i: usize) -> usize {
    word_end_slow(t, i)
}

#[cfg(test)]
pub(crate) fn parse_digits_for_tests(s: &str) -> Option<f64> {
    parse_digits(s)
}

#[cfg(test)]
pub(crate) fn scan_for_tests(s: &str) -> Vec<Found> {
    scan_vec(s, false, || false)
}

/// [`scan`] with the finds collected into a list, for tests.
#[cfg(test)]
pub(crate) fn scan_vec(t: &str, headline: bool, lead_label: impl FnOnce() -> bool) -> Vec<Found> {
    let mut found = Vec::new();
    scan(t, headline, lead_label, |f| found.extend_from_slice(f));
    found
}

/// Checks the shortcuts of the scanner against the plain code they stand
/// for, on every token of `t`: the candidate list of
/// [`tokenize_marking`] holds every token the walk over all tokens would
/// read a number at, the cached [`DET`] bit answers as
/// [`Cx::is_det_reference`], and [`Cx::look_up`] as
/// [`Cx::look_up_reference`]. Panics on a difference.
#[cfg(test)]
pub(crate) fn check_shortcuts_for_tests(t: &str) {
    let (mut toks, mut cands) = (Vec::new(), Vec::new());
    tokenize_marking(t, &mut toks, &mut cands);
    let mut plain = Vec::new();
    tokenize(t, &mut plain);
    assert_eq!(toks.len(), plain.len(), "{t:?}");
    let mut reference = Vec::new();
    tokenize_reference(t, &mut reference);
    for (a, b) in toks.iter().zip(&reference) {
        assert_eq!(a.dash, b.dash, "{t:?} at {}", a.s);
    }
    let lower = t.to_ascii_lowercase();
    let info = vec![Cell::new(UNSET); toks.len()];
    let cx = Cx {
        t,
        lower: &lower,
        toks: &toks,
        headline: false,
        info: &info,
        lexicon: &LEXICON,
    };
    assert!(cands.windows(2).all(|w| w[0] < w[1]), "{t:?}");
    // The table bit `unit_after` reads against the list it stands for.
    for i in 0..toks.len() {
        assert_eq!(
            cx.qualifier_before(i),
            cx.qualifier_before_reference(i),
            "token {i} of {t:?}"
        );
        let listed = cx.is_word(i)
            && MEASURE_FIRST_WORDS
                .iter()
                .any(|m| m.as_bytes() == cx.low(i).as_bytes());
        assert_eq!(
            cx.is_word(i) && cx.is(i, MEASURE_FIRST_W),
            listed,
            "{t:?} token {i}"
        );
    }
    // The walk left of a figure against the one with its rules asked one
    // by one, for every start and figures before at a few distances.
    for t0 in 0..=toks.len() {
        for back in [0, 1, 2, 3, 4, 6] {
            let prev_end = t0.saturating_sub(back);
            for prev_t1 in [0, prev_end, prev_end.saturating_sub(1)] {
                assert_eq!(
                    cx.verb_left(t0, prev_end, prev_t1),
                    cx.verb_left_reference(t0, prev_end, prev_t1),
                    "{t:?} {t0} {prev_end} {prev_t1}"
                );
            }
        }
    }
    // The noun phrase to the right with its gate for plain nouns against
    // the one without, from every token.
    for i in 0..=toks.len() {
        assert_eq!(cx.np_right(i), cx.np_right_reference(i), "{t:?} token {i}");
    }
    // The gated rules of `excluded` against the plain ones, on the figure
    // read at each number and word.
    for i in 0..toks.len() {
        for core in [cx.digits_core(i), cx.words_core(i)].into_iter().flatten() {
            assert_eq!(
                cx.excluded(&core),
                cx.excluded_reference(&core),
                "{t:?} token {i} {:?}",
                cx.s(i)
            );
        }
    }
    let mut kept = cands.clone();
    let n = keep_number_starts(t, &toks, &mut kept, cands.len());
    kept.truncate(n);
    assert!(kept.windows(2).all(|w| w[0] < w[1]), "{t:?}");
    for i in 0..toks.len() + 2 {
        assert_eq!(cx.is_dash(i), cx.is_dash_reference(i), "{t:?} token {i}");
        let starts = cx.is_num(i) || (cx.is_word(i) && cx.may_start_number(i));
        if starts {
            assert!(cands.contains(&i), "token {i} {:?} of {t:?}", cx.s(i));
        }
        if cands.contains(&i) {
            assert!(cx.is_num(i) || cx.is_word(i), "{t:?}");
        }
        // The candidates are the numbers and the words that pass
        // `may_start_shape` (the branch-free list is the plain one).
        let shape = cx.is_word(i)
            && cx.bytes(i).first().is_some_and(u8::is_ascii_alphabetic)
            && may_start_shape(cx.bytes(i)[0], cx.bytes(i).len());
        assert_eq!(cands.contains(&i), cx.is_num(i) || shape, "{t:?}");
        // The kept candidates are exactly the numbers and the words
        // `may_start_number` takes.
        assert_eq!(
            kept.contains(&i),
            starts,
            "token {i} {:?} of {t:?}",
            cx.s(i)
        );
        // The one-load capital test answers as the plain one.
        assert_eq!(cx.inner_capital(i), has_inner_capital(cx.s(i)), "{t:?}");
        // The table's bits answer as the word lists they stand for.
        let low = cx.low(i);
        let in_list =
            |l: &[&str]| cx.is_word(i) && l.iter().any(|w| w.as_bytes() == low.as_bytes());
        assert_eq!(
            cx.is(i, CONNECTIVE_W),
            in_list(super::lex::CONNECTIVES),
            "{t:?}"
        );
        assert_eq!(cx.is(i, UP_DOWN_W), in_list(super::lex::UP_DOWN), "{t:?}");
        assert_eq!(cx.is(i, BE_W), in_list(super::lex::BE_FORMS), "{t:?}");
        // The gate of `subject_of`'s walk: the bit is set exactly on the
        // words its three word tests (copied here as they were) accept.
        let edge = matches!(
            low.as_bytes(),
            b"as" | b"while" | b"and" | b"but" | b"when" | b"because" | b"that"
        ) || matches!(
            low.as_bytes(),
            b"says" | b"said" | b"say" | b"told" | b"tells"
        ) || matches!(low.as_bytes(), b"after" | b"since" | b"before" | b"until");
        assert_eq!(cx.is(i, SUBJECT_EDGE_W), cx.is_word(i) && edge, "{t:?}");
        // The object-from-left rule's prepositions, as the `matches!` was.
        let prep = matches!(low.as_bytes(), b"of" | b"by" | b"at" | b"to" | b"from");
        assert_eq!(cx.is(i, OBJECT_PREP_W), cx.is_word(i) && prep, "{t:?}");
        // The exchange-rate rule's words, as the `matches!` was.
        let rate = matches!(low.as_bytes(), b"to" | b"per" | b"against");
        assert_eq!(cx.is_word(i) && cx.is(i, RATE_LINK_W), rate, "{t:?}");
        // The lower-cased token as bytes is the str the scanner used to
        // compare.
        assert_eq!(
            cx.low(i).as_bytes(),
            cx.s(i).to_ascii_lowercase().as_bytes(),
            "token {i} of {t:?}"
        );
        assert_eq!(
            cx.is_det(i),
            cx.is_det_reference(i),
            "token {i} {:?} of {t:?}",
            cx.s(i)
        );
        assert_eq!(
            cx.look_up(i),
            cx.look_up_reference(i),
            "token {i} {:?} of {t:?}",
            cx.s(i)
        );
        assert_eq!(
            cx.time_suffix(i),
            cx.time_suffix_reference(i),
            "token {i} {:?} of {t:?}",
            cx.s(i)
        );
        // A number's `formatted` is what a char search of its token
        // says (`excluded` reads it instead).
        if cx.is_num(i) {
            if let Some(c) = cx.digits_core(i) {
                assert_eq!(c.formatted, cx.s(i).contains(['.', ',']), "{t:?}");
            }
        }
        // `may_start_number` lets through every word longer than "an"
        // that `at` reads a number at.
        if cx.is_word(i) && cx.bytes(i).len() > 2 && cx.starts_number_word(i) {
            assert!(cx.may_start_number(i), "token {i} {:?} of {t:?}", cx.s(i));
        }
    }
}

/// The thread keeps the scan's buffers from one sentence to the next,
/// except those a giant sentence grew, which are freed.
#[cfg(test)]
#[test]
fn scratch_is_kept_only_when_small() {
    let lower_capacity = || SCRATCH.with(|c| c.borrow().1.capacity());
    let _ = scan_vec("Police detained 2,400 people.", false, || false);
    assert!(lower_capacity() > 0, "a news sentence's buffers are kept");
    let giant = "Police detained 2,400 people and ".repeat(1_000);
    assert!(giant.len() > SCRATCH_MAX_BYTES);
    assert!(!scan_vec(&giant, false, || false).is_empty());
    assert_eq!(lower_capacity(), 0, "a giant sentence's buffers are freed");
}

/// [`dollar_prefix`] says what the `format!` it replaces said, for every
/// prefix of the table with its "$" cut off, words next to them, Unicode
/// and words at and past [`DOLLAR_WORD_MAX`].
#[cfg(test)]
#[test]
fn dollar_prefix_agrees_with_format() {
    use super::units::CURRENCY_PREFIXES;
    let mut words: Vec<String> = vec![
        String::new(),
        "US".into(),
        "us".into(),
        "Ü".into(),
        "HK€".into(),
        "González".into(),
        "x".repeat(DOLLAR_WORD_MAX),
        "x".repeat(DOLLAR_WORD_MAX + 1),
        "é".repeat(8),
    ];
    for &(k, _) in CURRENCY_PREFIXES {
        // Every key fits the buffer.
        assert!(k.len() <= DOLLAR_WORD_MAX, "{k}");
        if let Some(w) = k.strip_suffix('$') {
            words.push(w.to_string());
            words.push(format!("{w}S"));
            words.push(format!("{w}{}", "S".repeat(DOLLAR_WORD_MAX)));
        }
    }
    let mut found = 0;
    for w in &words {
        let want = map_get(&CURRENCY_PREFIXES_MAP, format!("{w}$").as_str());
        assert_eq!(dollar_prefix(w), want, "{w:?}");
        found += usize::from(want.is_some());
    }
    assert!(found >= 10, "the table's dollar prefixes are found");
    assert_eq!(dollar_prefix("HK"), Some("HKD"));
}

/// [`parse_digits_formatted`] as the plain code reads it: the separators
/// dropped, then the float parser, and a char search for the second
/// answer.
#[cfg(test)]
fn parse_digits_formatted_reference(s: &str) -> Option<(f64, bool)> {
    let formatted = s.contains([',', '.']);
    let owned: String = s.chars().filter(|&c| c != ',').collect();
    owned
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| (v, formatted))
}

/// The digit walk of [`parse_digits_formatted`] gives the float parser's
/// value to the bit, on every string of up to six chars over digits,
/// points and commas, on long and random ones, and on the bench corpus's
/// number tokens; and refuses what the parser refuses.
#[cfg(test)]
#[test]
fn parse_digits_formatted_agrees_with_the_float_parser() {
    let check = |s: &str| {
        let got = parse_digits_formatted(s).map(|(v, f)| (v.to_bits(), f));
        let want = parse_digits_formatted_reference(s).map(|(v, f)| (v.to_bits(), f));
        // The plain code took an integer of digits and commas with a
        // digit for `formatted` the way the reference does; a string the
        // parser refuses is refused.
        assert_eq!(got, want, "{s:?}");
    };
    let alphabet = ['0', '1', '5', '9', '.', ','];
    let mut words = vec![String::new()];
    for _ in 0..6 {
        let mut next = Vec::new();
        for w in &words {
            for c in alphabet {
                next.push(format!("{w}{c}"));
            }
        }
        for w in &next {
            check(w);
        }
        words = next;
    }
    // Long figures and figures near the 15-digit edge, from a fixed
    // pseudo-random sequence.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..200_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let len = 1 + (x % 24) as usize;
        let point = (x >> 8) as usize % (len + 2);
        let mut s = String::new();
        let mut y = x >> 16;
        for k in 0..len {
            if k == point {
                s.push('.');
            }
            s.push(char::from(b'0' + (y % 10) as u8));
            y = y / 10 + (x >> 40) * (k as u64 + 1);
            if (x >> k) & 31 == 0 {
                s.push(',');
            }
        }
        check(&s);
    }
    for s in [
        "3.14159265358979",
        "0.1",
        "0.3",
        "2.675",
        "1.005",
        "999999999999999.9",
        "123456789012345",
        "1234567890123456",
        "0.000000000000001",
        ".5",
        "5.",
        "1,234.56",
        "1.234,5",
        "1..2",
        ".",
        ",",
        "12e3",
        "−4.5",
        "٣.٥",
    ] {
        check(s);
    }
    let corpus = include_str!("../../benches/corpus/articles.jsonl");
    for w in corpus.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')) {
        check(w);
    }
}
