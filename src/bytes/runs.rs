//! Runs of ASCII letters found eight bytes at a time: the walks that
//! replaced cold regex prefilters (attribution's cue and hedge filter,
//! quantities' number words) step from run to run with these.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `v` (eight bytes read little-endian) that
/// is an ASCII letter, the other bits clear.
#[inline(always)]
pub(crate) fn letter_bits(v: u64) -> u64 {
    // Case folded, with the high bit of every byte cleared so that no sum
    // below carries into the next byte; bytes >= 0x80 are masked out at
    // the end.
    let x = (v | (ONES * 0x20)) & !HIGHS;
    let ge_a = x.wrapping_add(ONES * (0x80 - 0x61));
    let gt_z = x.wrapping_add(ONES * (0x80 - 0x7B));
    ge_a & !gt_z & !v & HIGHS
}

/// The eight bytes of `b` from `i`, little-endian, zero past its end.
#[inline(always)]
pub(crate) fn load8(b: &[u8], i: usize) -> u64 {
    match b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        Some(&c) => u64::from_le_bytes(c),
        None => load8_tail(b, i),
    }
}

/// [`load8`] near the end of `b`: the last eight bytes of `b` shifted
/// down to start at `i` (zeros come in past the end), without a loop of a
/// length that varies; a byte at a time in a text shorter than that.
#[cold]
#[inline(never)]
fn load8_tail(b: &[u8], i: usize) -> u64 {
    let n = b.len();
    match b
        .get(n.wrapping_sub(8)..)
        .and_then(<[u8]>::first_chunk::<8>)
    {
        Some(&last) => {
            // `i` lies in the last eight bytes (else the fast path ran).
            let skip = i.saturating_sub(n - 8);
            u64::from_le_bytes(last)
                .checked_shr(8 * skip as u32)
                .unwrap_or(0)
        }
        None => b
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take(8)
            .rev()
            .fold(0u64, |v, &c| (v << 8) | u64::from(c)),
    }
}

/// The first byte at or after `i` that is an ASCII letter, or `b.len()`.
#[inline(always)]
pub(crate) fn next_letter(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        let letters = letter_bits(load8(b, i));
        if letters != 0 {
            return (i + (letters.trailing_zeros() / 8) as usize).min(b.len());
        }
        i += 8;
    }
    b.len()
}

/// Walks the runs of ASCII letters of `b`, calling `at(i, key, inside)`
/// where each run starts and then every eight bytes inside it, until `at`
/// answers true (then so does `walk`). `key` holds the lower-cased letters
/// from `i` (up to eight, zero from the first byte that is no letter, so
/// zero where `i` is no letter); `inside` is 1 eight bytes into a run,
/// where no word starts, else 0. So a run starts at `i` where `key` is not
/// zero and `inside` is. The steps are found from the letter bits
/// without a branch on the text, so the walk costs a few instructions a
/// word and reads no table of its own.
#[inline(always)]
pub(crate) fn walk(b: &[u8], mut at: impl FnMut(usize, u64, u64) -> bool) -> bool {
    let n = b.len();
    let mut i = next_letter(b, 0);
    // Whether `i` is inside a run (eight bytes past a place the walk
    // tested or skipped), where no word starts.
    let mut inside = 0u64;
    while i < n {
        let v = load8(b, i);
        let letters = letter_bits(v);
        // (`letters` has only high bits.)
        let other = letters ^ HIGHS;
        // The bytes of the letters from `i` (all ones: eight letters):
        // one less than the lowest byte that is no letter, its bit 0 alone.
        let mask = ((other & other.wrapping_neg()) >> 7).wrapping_sub(1);
        let key = (v | (ONES * 0x20)) & mask;
        if at(i, key, inside) {
            return true;
        }
        // The next run's start: the first letter past the run (the run's
        // own letters are masked out, and a byte that is no letter ends
        // it), or eight bytes on, inside the run or past it.
        let rest = letters & !mask;
        // (`trailing_zeros` of 0 is 64: a step of eight.)
        let step = (rest.trailing_zeros() / 8) as usize;
        // Eight letters fill the mask to its top bit.
        inside = mask >> 63;
        i += step;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_walk_visits_each_run_start_with_its_key() {
        let text = "One  twelve-fold_x9Yz étAt, extraordinarily: no\u{a0}End a";
        let b = text.as_bytes();
        let mut seen = Vec::new();
        walk(b, |i, key, inside| {
            if key != 0 && inside == 0 {
                seen.push((i, key));
            }
            false
        });
        // The plain way: every letter that follows no letter, and its
        // first eight letters lower-cased.
        let plain: Vec<(usize, u64)> = (0..b.len())
            .filter(|&i| b[i].is_ascii_alphabetic() && (i == 0 || !b[i - 1].is_ascii_alphabetic()))
            .map(|i| {
                let run = b[i..]
                    .iter()
                    .take(8)
                    .take_while(|c| c.is_ascii_alphabetic());
                let key = run.enumerate().fold(0u64, |k, (j, c)| {
                    k | u64::from(c.to_ascii_lowercase()) << (8 * j)
                });
                (i, key)
            })
            .collect();
        assert_eq!(seen, plain);
        // The walk stops where `at` says so.
        let mut calls = 0;
        assert!(walk(b, |_, _, _| {
            calls += 1;
            calls == 3
        }));
        assert_eq!(calls, 3);
    }

    #[test]
    fn letter_bits_mark_the_ascii_letters() {
        for x in 0..=255u8 {
            for y in [0u8, b'a', b'Z', b'@', b'[', b'`', b'{', 0x80, 0xC3, 0xFF] {
                let v = u64::from_le_bytes([x, y, x, 0, y, x, 0xFF, x]);
                let plain = v
                    .to_le_bytes()
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.is_ascii_alphabetic())
                    .fold(0u64, |m, (k, _)| m | 0x80 << (8 * k));
                assert_eq!(letter_bits(v), plain, "{x:#x} {y:#x}");
            }
        }
    }

    #[test]
    fn loads_and_the_next_letter_agree_with_a_byte_walk() {
        let text = "éA1_ b—Zz\u{a0}9 q".as_bytes();
        for n in 0..=text.len() {
            let b = &text[..n];
            for i in 0..=n + 2 {
                let plain = (0..8).fold(0u64, |v, k| {
                    v | u64::from(b.get(i + k).copied().unwrap_or(0)) << (8 * k)
                });
                assert_eq!(load8(b, i), plain, "{n} {i}");
                let next = (i..n).find(|&k| b[k].is_ascii_alphabetic()).unwrap_or(n);
                assert_eq!(next_letter(b, i.min(n)), next, "{n} {i}");
            }
        }
    }
}
