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

#[cfg(test)]
mod tests {
    use super::*;

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
