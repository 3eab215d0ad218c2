//! Attribution (who says so) and hedges (how sure the text is).

use crate::Span;
use crate::actors::Mention;
use crate::segment::SentenceView;

/// "X said", "according to X", "X estimated": the source and its cue.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Attribution {
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// Who says it ("the ministry", "rights groups").
    pub source: Mention,
    /// The reporting verb's lemma or the phrase: `say`, `estimate`,
    /// `according to`.
    pub cue: String,
    /// Where the cue is.
    pub cue_span: Span,
    /// Index into [`Extraction::actors`](crate::Extraction) of the source,
    /// where it is one.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<usize>,
}

/// A word that marks a sentence's claims as uncertain ("reportedly",
/// "estimated", "could").
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Hedge {
    /// Where it is.
    pub span: Span,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// The hedge, lower case ("reportedly", "may have").
    pub cue: String,
}

/// Finds the attributions of one sentence.
pub(crate) fn attributions(_s: &SentenceView<'_>) -> Vec<Attribution> {
    Vec::new()
}

/// Finds the hedges of one sentence.
pub(crate) fn hedges(_s: &SentenceView<'_>) -> Vec<Hedge> {
    Vec::new()
}
