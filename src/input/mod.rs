//! Input as scrapers hand it over: bytes that may not be UTF-8.

use crate::Span;

/// Text decoded from bytes that may not be valid UTF-8.
///
/// Every invalid byte sequence becomes one U+FFFD REPLACEMENT CHARACTER (as
/// [`String::from_utf8_lossy`] does), and its place in the decoded text is
/// recorded, so a caller can tell a real "�" from a repair. Spans of an
/// [`Extraction`](crate::Extraction) made from the decoded text index
/// [`Decoded::text`], not the original bytes; for valid input the two are
/// the same.
///
/// ```
/// let d = news_claims::decode_lossy(b"Caf\xE9 prices rose 3%");
/// assert_eq!(d.text, "Caf\u{FFFD} prices rose 3%");
/// assert_eq!(d.replacements.len(), 1);
/// assert_eq!(d.replacements[0].as_str(&d.text), "\u{FFFD}");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// Where invalid bytes were replaced, as spans of `text` (each one
    /// U+FFFD, three bytes).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub replacements: Vec<Span>,
}

/// Decodes `bytes` as UTF-8, replacing invalid sequences; see [`Decoded`].
pub fn decode_lossy(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len());
    let mut replacements = Vec::new();
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            let start = text.len();
            text.push(char::REPLACEMENT_CHARACTER);
            replacements.push(Span::new(start, text.len()));
        }
    }
    Decoded { text, replacements }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_input_is_unchanged() {
        let d = decode_lossy("Nicolás Maduro’s “crimes” — 2,400".as_bytes());
        assert_eq!(d.text, "Nicolás Maduro’s “crimes” — 2,400");
        assert!(d.replacements.is_empty());
    }

    #[test]
    fn each_invalid_sequence_is_one_replacement() {
        // A lone continuation byte, a truncated 3-byte sequence, an overlong form.
        let d = decode_lossy(b"a\x80b\xE2\x80c\xC0\xAFd");
        assert_eq!(d.text, String::from_utf8_lossy(b"a\x80b\xE2\x80c\xC0\xAFd"));
        for r in &d.replacements {
            assert_eq!(r.as_str(&d.text), "\u{FFFD}");
        }
        assert_eq!(d.replacements.len(), d.text.matches('\u{FFFD}').count());
    }
}
