//! Eight bytes at a time, for the tokenisers of attribution and claims: a load that never reads past its slice, and the ASCII
//! letter-or-digit test on all eight bytes of a `u64` at once (SWAR: SIMD
//! within a register).
//!
//! Why: a tokeniser that finds the end of a word a byte at a time takes a
//! branch per byte whose last turn (the word's end) depends on the text, so
//! the CPU mispredicts it at nearly every word. Here the end of the run is
//! the first zero bit of a mask, found with `trailing_zeros`, and the only
//! branch left is "does the run go on past these eight bytes", which most
//! words answer no. (The crate forbids `unsafe`, so no SSE2 loads: plain
//! `u64` arithmetic, which is portable too.)

use super::swar::{HI, LO, LOW7};

/// The eight bytes of `b` from `at` on as a little-endian `u64`, with the
/// bytes past the end of `b` read as 0.
///
/// For a slice of eight bytes or more this is one load without a
/// text-dependent branch: from `at`, or, near the end, from the last eight
/// bytes shifted down (the shift brings zeros in).
#[inline]
pub(crate) fn load8(b: &[u8], at: usize) -> u64 {
    let n = b.len();
    let Some(last) = n.checked_sub(8) else {
        return load8_short(b, at);
    };
    let from = at.min(last);
    let v = match b.get(from..).and_then(|r| r.first_chunk::<8>()) {
        Some(c) => u64::from_le_bytes(*c),
        None => 0,
    };
    // `at - from` bytes of the load lie before `at`: shift them out (by 64
    // or more, everything goes; the `u128` keeps the shift defined).
    let skip = (at - from).min(8) * 8;
    ((u128::from(v)) >> skip) as u64
}

/// [`load8`] of a slice shorter than eight bytes, byte by byte (a short
/// sentence: rare, and the same turn for every word of it).
#[cold]
#[inline(never)]
fn load8_short(b: &[u8], at: usize) -> u64 {
    let mut v = 0u64;
    for k in (0..8).rev() {
        let byte = at.checked_add(k).and_then(|i| b.get(i)).copied();
        v = (v << 8) | u64::from(byte.unwrap_or(0));
    }
    v
}

/// The high bit of each byte of `v` that is an ASCII letter or digit
/// (`u8::is_ascii_alphanumeric`), exactly: no carry crosses a byte, as
/// each sum stays below 0x100.
#[inline]
pub(crate) fn alnum8(v: u64) -> u64 {
    let seven = v & LOW7;
    // Letters in lower case (digits keep their values, but other bytes
    // move, so digits are tested on `seven`).
    let l = seven | (LO * 0x20);
    // The high bit of `x + (0x80 - lo)` says x >= lo (x < 0x80).
    let letter = (l + LO * (0x80 - 0x61)) & !(l + LO * (0x80 - 0x7B));
    let digit = (seven + LO * (0x80 - 0x30)) & !(seven + LO * (0x80 - 0x3A));
    // A byte from 0x80 up is no ASCII letter or digit.
    (letter | digit) & !v & HI
}

/// The end of the run of ASCII letters and digits of `b` that starts at
/// `at`: the first index from `at` on that is past the end of `b` or holds
/// another byte (`at` itself when `at >= b.len()`).
#[inline]
pub(crate) fn alnum_end(b: &[u8], mut at: usize) -> usize {
    loop {
        // The bytes that end the run (a zero past the end of `b` is one).
        let stop = !alnum8(load8(b, at)) & HI;
        if stop != 0 {
            return at + (stop.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
}

/// Bytes before the text in a [`Padded`] buffer.
const FRONT: usize = 8;
/// Bytes after the text in a [`Padded`] buffer: enough for a load of
/// sixteen bytes from any index up to the text's length.
const BACK: usize = 16;

/// A copy of a text with zeros before and after it, so that the loads of
/// a tokeniser need no care near the ends: [`Padded::load8`] is one load
/// and a bounds check that always passes (the copy costs once per
/// sentence what [`load8`]'s care would cost at every word).
#[derive(Debug, Default)]
pub(crate) struct Padded {
    buf: Vec<u8>,
}

impl Padded {
    /// Makes the buffer a padded copy of `text` (its memory is reused).
    #[inline]
    pub(crate) fn fill(&mut self, text: &[u8]) {
        self.buf.clear();
        self.buf.reserve(FRONT + text.len() + BACK);
        self.buf.extend_from_slice(&[0; FRONT]);
        self.buf.extend_from_slice(text);
        self.buf.extend_from_slice(&[0; BACK]);
    }

    /// [`load8`] of the text: its eight bytes from `at`, zeros past its
    /// end (`at` up to its length plus eight; further on, 0).
    #[inline]
    pub(crate) fn load8(&self, at: usize) -> u64 {
        self.buf
            .get(at.wrapping_add(FRONT)..)
            .and_then(|r| r.first_chunk::<8>())
            .map_or(0, |c| u64::from_le_bytes(*c))
    }

    /// The eight bytes of the text that end just before `end` (up to its
    /// length) as a little-endian `u64`: the byte at `end - 1` is the top
    /// byte; bytes before the text's start read as 0.
    #[inline]
    pub(crate) fn load8_before(&self, end: usize) -> u64 {
        // The text's byte `end - 8` is the buffer's `end - 8 + FRONT`.
        self.buf
            .get(end + FRONT - 8..)
            .and_then(|r| r.first_chunk::<8>())
            .map_or(0, |c| u64::from_le_bytes(*c))
    }

    /// [`alnum_end`] of the text.
    #[inline]
    pub(crate) fn alnum_end(&self, mut at: usize) -> usize {
        loop {
            let stop = !alnum8(self.load8(at)) & HI;
            if stop != 0 {
                return at + (stop.trailing_zeros() / 8) as usize;
            }
            at += 8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain forms the shortcuts replace.
    fn plain_load(b: &[u8], at: usize) -> u64 {
        let mut a = [0u8; 8];
        for (k, x) in a.iter_mut().enumerate() {
            *x = b.get(at + k).copied().unwrap_or(0);
        }
        u64::from_le_bytes(a)
    }

    fn plain_before(b: &[u8], end: usize) -> u64 {
        let mut a = [0u8; 8];
        for (k, x) in a.iter_mut().enumerate() {
            // a[7] is the byte at end - 1.
            *x = (end + k)
                .checked_sub(8)
                .and_then(|i| b.get(i))
                .copied()
                .unwrap_or(0);
        }
        u64::from_le_bytes(a)
    }

    fn plain_end(b: &[u8], at: usize) -> usize {
        let mut j = at;
        while b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        j.max(at)
    }

    #[test]
    fn the_letter_test_is_exact_on_every_byte() {
        for x in 0..=255u8 {
            for (k, other) in [(0usize, b'a'), (3, b' '), (7, 0xE2)] {
                let mut a = [other; 8];
                a[k] = x;
                let m = alnum8(u64::from_le_bytes(a));
                for (j, &y) in a.iter().enumerate() {
                    assert_eq!(
                        m >> (8 * j + 7) & 1 == 1,
                        y.is_ascii_alphanumeric(),
                        "{x} at {k}"
                    );
                }
            }
        }
    }

    #[test]
    fn loads_and_runs_answer_as_the_byte_loops() {
        let texts = [
            "",
            "a",
            "ab c",
            "Zoë Ríos-Carvajal said “40” people",
            "abcdefghijklmnopqrstuvwxyz0123456789 end",
            "x\u{a0}y\u{2014}z’s 2,400 don't",
            "ABCDEFGH",
            "ABCDEFG",
            "short",
            "a long sentence of words, numbers (12345678901234567) and ends.",
        ];
        let mut padded = Padded::default();
        for t in texts {
            let b = t.as_bytes();
            padded.fill(b);
            for at in 0..=b.len() + 10 {
                assert_eq!(load8(b, at), plain_load(b, at), "{t:?} {at}");
                if at <= b.len() {
                    assert_eq!(alnum_end(b, at), plain_end(b, at), "{t:?} {at}");
                    assert_eq!(padded.alnum_end(at), plain_end(b, at), "{t:?} {at}");
                    assert_eq!(padded.load8_before(at), plain_before(b, at), "{t:?} {at}");
                }
                if at <= b.len() + 8 {
                    assert_eq!(padded.load8(at), plain_load(b, at), "{t:?} {at}");
                }
            }
        }
    }
}
