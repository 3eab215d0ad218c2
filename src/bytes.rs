//! Byte tables shared by the scanners.

pub(crate) mod ascii8;

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
