//! Article structure: split the scraper's text into labelled blocks
//! (headline, standfirst, paragraph, noise) and find datelines.

use crate::Span;

/// What a block of the article is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline: the first content line.
    Headline,
    /// The standfirst (dek): a one-sentence summary line after the headline.
    Standfirst,
    /// A body paragraph.
    Paragraph,
    /// Scraper noise: kept for the record, never read by the extractors.
    Noise,
}

/// Why a line was taken for scraper noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NoiseKind {
    /// "Also Read: ...", "RELATED: ...", "Read more", "See also".
    Related,
    /// "Advertisement", "Sponsored".
    Advertisement,
    /// "Share this article", "Follow us on ...", "Click here to subscribe".
    Share,
    /// "By Ana Souza, Health Correspondent".
    Byline,
    /// Photo captions and credits ("Photo: ...", "(Getty Images)").
    Caption,
    /// "(Reporting by ...; Editing by ...)", copyright lines.
    Credit,
    /// Press-release furniture: "About ...", "Media contact", "FOR IMMEDIATE RELEASE".
    PressRelease,
}

/// One line-level block of the article.
///
/// ```
/// use news_claims::{BlockKind, blocks};
///
/// let text = "Storm Hits Coast\nAdvertisement\nThe storm hit on Monday.\n";
/// let kinds: Vec<BlockKind> = blocks(text).iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [BlockKind::Headline, BlockKind::Noise, BlockKind::Paragraph]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// For noise blocks, what kind of noise.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub noise: Option<NoiseKind>,
    /// The line, without its line terminator and surrounding whitespace.
    pub span: Span,
}

/// A dateline that opens a paragraph: "CARACAS, Dec 27 (Newswire) -" or
/// "GENEVA —". It stays inside the paragraph's first sentence; this record
/// labels its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Dateline {
    /// The whole dateline, separator included.
    pub span: Span,
    /// The place ("CARACAS", "PRINCE GEORGE, B.C.").
    pub place: Span,
    /// The date, when given ("Dec 27").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub date: Option<Span>,
    /// The news agency in brackets, when given ("Newswire").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub agency: Option<Span>,
    /// Index of the block it opens.
    pub block: usize,
}

/// Splits `text` into labelled blocks, one per non-blank line, in order.
///
/// See [`Block`] for an example.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut content_lines = 0usize;
    for span in lines(text) {
        let line = span.as_str(text);
        let (kind, noise) = match noise_kind(line) {
            Some(n) => (BlockKind::Noise, Some(n)),
            None => {
                content_lines += 1;
                let kind = match content_lines {
                    1 => BlockKind::Headline,
                    _ => BlockKind::Paragraph,
                };
                (kind, None)
            }
        };
        out.push(Block { kind, noise, span });
    }
    out
}

/// The non-blank lines of `text`, trimmed, as spans.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').filter_map(move |raw| {
        let s = start;
        start += raw.len();
        let trimmed_start = raw.len() - raw.trim_start().len();
        let body = raw.trim();
        (!body.is_empty()).then(|| Span::new(s + trimmed_start, s + trimmed_start + body.len()))
    })
}

/// Classifies a line as noise by its shape.
fn noise_kind(line: &str) -> Option<NoiseKind> {
    let lower = line.to_ascii_lowercase();
    if lower.starts_with("also read")
        || lower.starts_with("related:")
        || lower.starts_with("read more")
    {
        return Some(NoiseKind::Related);
    }
    if lower == "advertisement" {
        return Some(NoiseKind::Advertisement);
    }
    if lower.starts_with("(reporting by") {
        return Some(NoiseKind::Credit);
    }
    None
}

/// Finds a dateline at the start of the paragraph `block`.
pub(crate) fn dateline(_text: &str, _block: &Block, _index: usize) -> Option<Dateline> {
    None
}
