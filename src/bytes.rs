//! Byte tables shared by the scanners.

pub(crate) mod ascii8;
pub(crate) mod runs;

/// Whether each byte is an ASCII letter or digit: one load where a
/// tokeniser's inner loop would otherwise test two ranges.
pub(crate) const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// The key of a word of one to fifteen ASCII letters, as the letter-run
/// walks with a Bloom filter (temporal's head words, attribution's
/// filter) index their word lists: the bytes lower-cased, little-endian,
/// the first eight in the first number and the rest in the second, zero
/// past the word (no letter is a zero byte, so the key also says the
/// length). `None` for any other word.
pub(crate) fn letter_key(w: &[u8]) -> Option<(u64, u64)> {
    if w.is_empty() || w.len() > 15 || !w.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let (lo, hi) = buf.split_at(8);
    Some((
        u64::from_le_bytes(lo.try_into().ok()?),
        u64::from_le_bytes(hi.try_into().ok()?),
    ))
}

/// Byte tests on eight bytes at once (SWAR: SIMD within a register): each
/// answers with the high bit of every byte of a `u64` that passes, exactly
/// (no carry crosses a byte), so the bits can be counted or located.
pub(crate) mod swar {
    /// One in every byte.
    pub(crate) const LO: u64 = 0x0101_0101_0101_0101;
    /// The high bit of every byte.
    pub(crate) const HI: u64 = LO * 0x80;
    /// The low seven bits of every byte.
    pub(crate) const LOW7: u64 = LO * 0x7F;

    /// Bytes greater than `n` (`n` < 0x80; bytes from 0x80 up pass).
    pub(crate) fn gt(v: u64, n: u8) -> u64 {
        (((v & LOW7) + LO * u64::from(0x7F - n)) | v) & HI
    }

    /// Bytes equal to `n`.
    pub(crate) fn eq(v: u64, n: u8) -> u64 {
        let t = v ^ (LO * u64::from(n));
        !(((t & LOW7) + LOW7) | t) & HI
    }

    /// Bytes less than `n` (`n` <= 0x80).
    pub(crate) fn below(v: u64, n: u8) -> u64 {
        !gt(v, n - 1) & HI
    }

    /// The number of bytes marked in `m`, a result of the tests above
    /// (a multiply sums the bytes; no `popcnt` needed).
    pub(crate) fn count(m: u64) -> usize {
        ((m >> 7).wrapping_mul(LO) >> 56) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_keys_are_the_lower_cased_bytes() {
        assert_eq!(
            letter_key(b"Said"),
            Some((u64::from_le_bytes(*b"said\0\0\0\0"), 0))
        );
        assert_eq!(
            letter_key(b"ACCORDING"),
            Some((u64::from_le_bytes(*b"accordin"), u64::from(b'g')))
        );
        assert_eq!(
            letter_key(b"abcdefghijklmno").map(|k| k.1 >> 48),
            Some(0x6F)
        );
        for bad in [&b""[..], b"abcdefghijklmnop", b"x1", b"caf\xc3\xa9", b"a_b"] {
            assert_eq!(letter_key(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_table_is_is_ascii_alphanumeric() {
        for b in 0..=255u8 {
            assert_eq!(
                ASCII_ALNUM[usize::from(b)],
                b.is_ascii_alphanumeric(),
                "{b}"
            );
        }
    }

    #[test]
    fn swar_byte_tests_are_exact() {
        for b in 0..=255u8 {
            let v = u64::from_le_bytes([b, 0, b, 0xFF, b, 0x80, b, b' ']);
            for (k, &byte) in v.to_le_bytes().iter().enumerate() {
                let bit = |m: u64| m >> (8 * k + 7) & 1 == 1;
                assert_eq!(bit(swar::eq(v, 0xC2)), byte == 0xC2);
                assert_eq!(bit(swar::eq(v, b' ')), byte == b' ');
                assert_eq!(bit(swar::gt(v, 0x0D)), byte > 0x0D);
                assert_eq!(bit(swar::below(v, 0x20)), byte < 0x20);
            }
            let marked = swar::eq(v, b);
            assert_eq!(swar::count(marked), marked.count_ones() as usize);
        }
    }
}
