//! Byte tables shared by the scanners.

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
}
