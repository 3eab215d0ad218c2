//! Sentence segmentation for news text.
//!
//! [`sentence_indices`] is an allocation-free iterator usable on its own; the
//! [`Extractor`](crate::Extractor) runs it over each content block.

use std::iter::FusedIterator;

use crate::Span;
use crate::structure::BlockKind;

/// One sentence of the article's content.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Sentence {
    /// The sentence, trimmed of surrounding whitespace.
    pub span: Span,
    /// Index of the [`Block`](crate::Block) it belongs to.
    pub block: usize,
    /// The sentence text (`&text[span]`).
    pub text: String,
}

/// Options for the segmenter.
///
/// ```
/// use news_claims::{Segmenter, SegmenterConfig};
///
/// const SEG: Segmenter = Segmenter::new(SegmenterConfig::new().join_broken_lines(true));
/// let s: Vec<&str> = SEG.sentences("This is\na sentence. And another.").collect();
/// assert_eq!(s, ["This is\na sentence.", "And another."]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SegmenterConfig {
    join_broken_lines: bool,
}

impl SegmenterConfig {
    /// The default options: a line break always ends a sentence (news
    /// headlines carry no final punctuation).
    pub const fn new() -> SegmenterConfig {
        SegmenterConfig {
            join_broken_lines: false,
        }
    }

    /// When `yes`, a line break inside a sentence (the next line starting in
    /// lower case, the line not ending in sentence punctuation) does not end
    /// it. Off by default.
    pub const fn join_broken_lines(mut self, yes: bool) -> SegmenterConfig {
        self.join_broken_lines = yes;
        self
    }
}

/// A configured sentence segmenter. Cheap to copy; can live in a `static`.
///
/// ```
/// use news_claims::Segmenter;
///
/// let s: Vec<&str> = Segmenter::default().sentences("Mr. Fox left. He ran.").collect();
/// assert_eq!(s, ["Mr. Fox left.", "He ran."]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Segmenter {
    config: SegmenterConfig,
}

impl Segmenter {
    /// A segmenter with these options.
    pub const fn new(config: SegmenterConfig) -> Segmenter {
        Segmenter { config }
    }

    /// Iterates over `(byte offset, sentence)` pairs of `text`, trimmed.
    pub fn sentence_indices<'t>(&self, text: &'t str) -> SentenceIndices<'t> {
        SentenceIndices {
            text,
            pos: 0,
            config: self.config,
        }
    }

    /// Iterates over the sentences of `text`, trimmed.
    pub fn sentences<'t>(&self, text: &'t str) -> Sentences<'t> {
        Sentences {
            inner: self.sentence_indices(text),
        }
    }
}

/// Iterates over `(byte offset, sentence)` pairs with the default options.
///
/// The sentences are trimmed of surrounding whitespace, in order and never
/// overlapping: every non-whitespace byte of `text` lies in exactly one
/// sentence. The iterator does not allocate.
///
/// ```
/// let text = "Prices rose 3.2% in the U.S. The next day, they fell.";
/// let got: Vec<(usize, &str)> = news_claims::sentence_indices(text).collect();
/// assert_eq!(got, [(0, "Prices rose 3.2% in the U.S."), (29, "The next day, they fell.")]);
/// ```
pub fn sentence_indices(text: &str) -> SentenceIndices<'_> {
    Segmenter::default().sentence_indices(text)
}

/// Iterator returned by [`sentence_indices`] and
/// [`Segmenter::sentence_indices`].
#[derive(Debug, Clone)]
pub struct SentenceIndices<'t> {
    text: &'t str,
    pos: usize,
    config: SegmenterConfig,
}

impl<'t> Iterator for SentenceIndices<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        let bytes = self.text.as_bytes();
        // Skip leading whitespace.
        let rest = &self.text[self.pos..];
        let start = self.pos + (rest.len() - rest.trim_start().len());
        if start >= self.text.len() {
            self.pos = self.text.len();
            return None;
        }
        let mut i = start;
        let mut end = self.text.len();
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'\n' && !self.config.join_broken_lines {
                end = i;
                break;
            }
            if matches!(b, b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
            {
                end = i + 1;
                break;
            }
            i += 1;
        }
        self.pos = end;
        let s = self.text[start..end].trim_end();
        Some((start, s))
    }
}

impl FusedIterator for SentenceIndices<'_> {}

/// Iterator over sentence strings; see [`Segmenter::sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    inner: SentenceIndices<'t>,
}

impl<'t> Iterator for Sentences<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        self.inner.next().map(|(_, s)| s)
    }
}

impl FusedIterator for Sentences<'_> {}

/// A sentence as the extractors see it: the whole document plus the
/// sentence's span, so that spans come out in document coordinates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceView<'t> {
    /// The whole document text.
    pub doc: &'t str,
    /// The sentence's span in `doc`.
    pub span: Span,
    /// The sentence's index in [`Extraction::sentences`](crate::Extraction).
    pub index: usize,
    /// The kind of block the sentence is in (headlines are Title Case).
    pub block_kind: BlockKind,
}

impl<'t> SentenceView<'t> {
    /// The sentence's text.
    #[inline]
    pub fn text(&self) -> &'t str {
        self.span.as_str(self.doc)
    }

    /// A span relative to the sentence moved into document coordinates.
    #[inline]
    pub fn to_doc(&self, local: Span) -> Span {
        local.shift(self.span.start)
    }
}
