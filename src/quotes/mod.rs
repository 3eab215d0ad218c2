//! Direct quotes and scare quotes, with their speakers.

use crate::Span;
use crate::actors::Mention;
use crate::segment::Sentence;

/// A direct quote or a scare quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Somebody's words.
    Direct,
    /// A word or two held at a distance: accused of "crimes".
    Scare,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quote {
    /// The words inside the marks, without a trailing comma or full stop the
    /// style puts inside them.
    pub span: Span,
    /// The quoted words.
    pub text: String,
    /// Index of the sentence where it starts.
    pub sentence: usize,
    /// Direct or scare quote.
    pub kind: QuoteKind,
    /// Who said it, as the text names them.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub speaker: Option<Mention>,
    /// Index into [`Extraction::actors`](crate::Extraction) of the speaker.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<usize>,
}

/// Finds the quotes of an article, given its content sentences.
pub(crate) fn extract(_doc: &str, _sentences: &[Sentence]) -> Vec<Quote> {
    Vec::new()
}
