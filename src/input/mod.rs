//! Input as scrapers hand it over: bytes that may not be UTF-8.

mod entities;

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

/// The character reference at the start of `after` (the text after an
/// `&`): its text and the bytes it used, `;` included. Named references come
/// from [`entities::ENTITIES`]; numeric ones must name a character other
/// than NUL.
fn reference(after: &str) -> Option<(Reference, usize)> {
    // A reference is at most 32 bytes up to its ';'.
    let end = after.bytes().take(32).position(|b| b == b';')?;
    let name = &after[..end];
    let r = if let Some(num) = name.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        let c = u32::from_str_radix(digits, radix)
            .ok()
            .and_then(char::from_u32)?;
        (c != '\0').then_some(Reference::Char(c))?
    } else {
        let i = entities::ENTITIES
            .binary_search_by(|(n, _)| n.cmp(&name))
            .ok()?;
        Reference::Named(entities::ENTITIES[i].1)
    };
    Some((r, end + 1))
}

/// What a character reference stands for.
#[derive(Debug, Clone, Copy)]
enum Reference {
    Char(char),
    Named(&'static str),
}

impl Reference {
    fn push_to(self, out: &mut String) {
        match self {
            Reference::Char(c) => out.push(c),
            Reference::Named(s) => out.push_str(s),
        }
    }
}

/// Decodes named and numeric character references; anything else is left
/// as written.
#[cfg(any(feature = "html", test))]
pub(crate) fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((r, used)) => {
                r.push_to(&mut out);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether `c` is an invisible formatting character that scrapers leave in
/// text (Unicode general category Cf: soft hyphen, zero-width spaces and
/// joiners, word joiner, byte-order mark, bidirectional controls) and that
/// the extractors should not see.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{180e}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}')
}

/// Text cleaned for the extractors, with the way back to the caller's
/// offsets.
#[derive(Debug, Clone)]
pub(crate) struct Normalized {
    /// The cleaned text.
    pub text: String,
    /// Pieces of the cleaned text in order: (cleaned start, original start,
    /// cleaned length, original length). A piece copied as is has equal
    /// lengths; a decoded reference or a removed character does not.
    pieces: Vec<(usize, usize, usize, usize)>,
    /// Length of the original text.
    original_len: usize,
}

impl Normalized {
    /// Where a span starting at cleaned offset `pos` starts in the original.
    pub fn start(&self, pos: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 + p.2 <= pos);
        match self.pieces.get(i) {
            Some(&(n, o, nl, ol)) if nl == ol => o + (pos - n).min(ol),
            Some(&(_, o, _, _)) => o,
            None => self.original_len,
        }
    }

    /// Where a span ending at cleaned offset `pos` ends in the original.
    pub fn end(&self, pos: usize) -> usize {
        if pos == 0 {
            return self.start(0);
        }
        let i = self.pieces.partition_point(|p| p.0 + p.2 < pos);
        match self.pieces.get(i) {
            Some(&(n, o, nl, ol)) if nl == ol => o + (pos - n).min(ol),
            Some(&(_, o, _, ol)) => o + ol,
            None => self.original_len,
        }
    }
}

/// Whether `text` holds a character reference or an invisible formatting
/// character. Eight bytes at a time: a run of ASCII without '&' (most of
/// any article) is passed over with a few word operations, and only the
/// bytes that can start an invisible character or a reference ('&' and the
/// lead bytes of multi-byte characters) are looked at, by [`cleans_at`].
fn needs_cleaning(text: &str) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        let v = u64::from_le_bytes(word);
        let amp = v ^ (LO * u64::from(b'&'));
        // The top bit of each byte that is '&' (the zero-byte test can
        // also mark a byte above a true zero: `cleans_at` reads the byte
        // itself, so a false mark costs a look and nothing more) or a
        // lead byte (top two bits set: `v << 1` brings each byte's bit 6
        // up to its own bit 7). Curly quotes and dashes are lead bytes
        // too, so a line of news copy has a few marks a line, each
        // decided from its own bytes.
        let mut marks = ((amp.wrapping_sub(LO) & !amp) | (v & (v << 1))) & HI;
        while marks != 0 {
            if cleans_at(text, base + (marks.trailing_zeros() / 8) as usize) {
                return true;
            }
            marks &= marks - 1;
        }
        base += 8;
    }
    (base..bytes.len()).any(|i| cleans_at(text, i))
}

/// Whether a character reference or an invisible formatting character
/// starts at byte `i` of `text`. The lead bytes of the invisible
/// characters are C2, D8-DC, E1, E2 and EF; the two a news text is full of
/// (C2 for no-break spaces, E2 for curly quotes and dashes) are decided
/// from their UTF-8 bytes without decoding the char:
/// - C2 AD is U+00AD, the soft hyphen;
/// - E2 80 xx is U+2000-U+203F: U+200B-U+200F are 8B-8F and U+202A-U+202E
///   are AA-AE;
/// - E2 81 xx is U+2040-U+207F: U+2060-U+2064 are A0-A4 and U+2066-U+206F
///   are A6-AF.
///
/// The rest decode the char and ask [`invisible`].
fn cleans_at(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match bytes.get(i) {
        Some(b'&') => text.get(i + 1..).and_then(reference).is_some(),
        Some(0xC2) => next(1) == 0xAD,
        Some(0xE2) => match next(1) {
            0x80 => matches!(next(2), 0x8B..=0x8F | 0xAA..=0xAE),
            0x81 => matches!(next(2), 0xA0..=0xA4 | 0xA6..=0xAF),
            _ => false,
        },
        Some(0xD8..=0xDC | 0xE1 | 0xEF) => text
            .get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(invisible),
        _ => false,
    }
}

/// Cleans `text` for the extractors when it needs it: character references
/// left in the text are decoded and invisible formatting characters removed.
/// Returns `None` (and costs one scan) when there is nothing to clean.
pub(crate) fn normalize(text: &str) -> Option<Normalized> {
    // Look only at the bytes that can start an invisible character or a
    // reference: '&' and the lead bytes of the Cf characters (C2, D8-DC,
    // E1, E2, EF); most text is decided without decoding a char.
    if !needs_cleaning(text) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut pieces = Vec::new();
    let mut copy_from = 0; // original offset where the current copied run began
    let mut copy_at = 0; // its offset in the output
    let mut iter = text.char_indices();
    while let Some((i, c)) = iter.next() {
        let replaced = if invisible(c) {
            Some((None, c.len_utf8()))
        } else if c == '&' {
            reference(&text[i + 1..]).map(|(r, used)| (Some(r), used + 1))
        } else {
            None
        };
        let Some((r, used)) = replaced else { continue };
        // Close the copied run before `i`.
        out.push_str(&text[copy_from..i]);
        if i > copy_from {
            pieces.push((copy_at, copy_from, i - copy_from, i - copy_from));
        }
        let at = out.len();
        if let Some(r) = r {
            r.push_to(&mut out);
        }
        pieces.push((at, i, out.len() - at, used));
        // Skip the rest of the reference.
        let next = i + used;
        while iter.as_str().len() > text.len() - next {
            iter.next();
        }
        copy_from = next;
        copy_at = out.len();
    }
    out.push_str(&text[copy_from..]);
    if text.len() > copy_from {
        pieces.push((
            copy_at,
            copy_from,
            text.len() - copy_from,
            text.len() - copy_from,
        ));
    }
    Some(Normalized {
        text: out,
        pieces,
        original_len: text.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("a &amp; b &lt;c&gt; &#233;&#xE9; &eacute; &nosuch; & x"),
            "a & b <c> éé é &nosuch; & x"
        );
        assert_eq!(
            decode_entities("&#0; &#x110000; &#99999999999;"),
            "&#0; &#x110000; &#99999999999;"
        );
        assert_eq!(decode_entities("&"), "&");
        assert_eq!(decode_entities("“&rdquo;&nbsp;"), "“”\u{a0}");
    }

    #[test]
    fn normalization_maps_back() {
        let text = "Pro\u{ad}testers &amp; police\u{200b} clashed &#8212; 2&#44;400 held.";
        let n = normalize(text).unwrap();
        assert_eq!(n.text, "Protesters & police clashed \u{2014} 2,400 held.");
        let find = |s: &str| {
            let start = n.text.find(s).unwrap();
            let end = start + s.len();
            &text[n.start(start)..n.end(end)]
        };
        assert_eq!(find("Protesters"), "Pro\u{ad}testers");
        assert_eq!(find("&"), "&amp;");
        assert_eq!(find("police"), "police");
        assert_eq!(find("2,400"), "2&#44;400");
        assert_eq!(find("held."), "held.");
        assert!(normalize("Plain text & more; AT&T").is_none());
        assert!(normalize("“Curly” quotes — dashes, café, 5½ and ’s").is_none());
        // Every invisible character is seen, whatever its lead byte.
        for c in [
            '\u{ad}', '\u{600}', '\u{61c}', '\u{70f}', '\u{180e}', '\u{200b}', '\u{202e}',
            '\u{2060}', '\u{feff}', '\u{fffb}',
        ] {
            let text = format!("a{c}b");
            assert_eq!(
                normalize(&text).map(|n| n.text),
                Some("ab".to_string()),
                "{:?}",
                c
            );
        }
    }

    #[test]
    fn the_word_scan_finds_what_a_char_scan_finds() {
        // Every offset within and across the eight-byte words.
        let plain = |t: &str| {
            t.char_indices()
                .any(|(i, c)| invisible(c) || (c == '&' && reference(&t[i + 1..]).is_some()))
        };
        for pad in 0..17 {
            for tail in [
                "&amp; x",
                "\u{ad}",
                "\u{feff}y",
                "&nosuch; ",
                "“café”",
                "AT&T",
                "",
            ] {
                let text = format!("{}{tail}{}", "x".repeat(pad), " z".repeat(pad % 5));
                assert_eq!(needs_cleaning(&text), plain(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn the_byte_test_agrees_with_invisible_on_every_char() {
        // Every char, alone, after ASCII and before ASCII: `cleans_at`
        // decides the common lead bytes from the bytes, so check it
        // against the char test everywhere.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("{c}x");
            assert_eq!(cleans_at(&text, 0), invisible(c), "{c:?}");
            let padded = format!("abcdefg{c}");
            assert_eq!(needs_cleaning(&padded), invisible(c), "{c:?}");
        }
    }

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
