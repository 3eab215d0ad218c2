//! Claims: the document pass that ties each quantity to what it counts, the
//! event, the actor, the time, the source and the hedges of its sentence.

use crate::quantity::{Bound, Quantity};
use crate::{Span, extractor::Parts};

/// Where a claim is stated.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Evidence {
    /// Index of the sentence.
    pub sentence: usize,
    /// Index into [`Extraction::quantities`](crate::Extraction) of the
    /// quantity mention.
    pub quantity: usize,
    /// The quantity's span.
    pub span: Span,
}

/// Who performed the event of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ClaimActor {
    /// The phrase as written in the evidence sentence ("authorities").
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// Index into [`Extraction::actors`](crate::Extraction), where the
    /// phrase is a known actor.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<usize>,
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ClaimSource {
    /// The source as written ("rights groups").
    pub text: String,
    /// The cue lemma ("estimate", "according to").
    pub cue: String,
    /// Index into [`Extraction::attributions`](crate::Extraction).
    pub attribution: usize,
}

/// One quantitative fact the article asserts.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Claim {
    /// The number (low end of a range).
    pub value: f64,
    /// The high end of a range.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub high: Option<f64>,
    /// How the text bounds the number.
    pub bound: Bound,
    /// Unit, as in [`Quantity::unit`].
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub unit: Option<String>,
    /// What is counted.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub object: Option<String>,
    /// The event's lemma.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub event: Option<String>,
    /// Who did it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<ClaimActor>,
    /// Index into [`Extraction::dates`](crate::Extraction) of its time.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub time: Option<usize>,
    /// Who says so.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<ClaimSource>,
    /// Whether its sentence marks it as uncertain.
    pub hedged: bool,
    /// Where it is stated, first mention first.
    pub evidence: Vec<Evidence>,
}

/// Assembles one claim per quantity mention.
pub(crate) fn assemble(parts: &Parts<'_>) -> Vec<Claim> {
    parts
        .quantities
        .iter()
        .enumerate()
        .map(|(i, q)| claim_for(parts, i, q))
        .collect()
}

fn claim_for(parts: &Parts<'_>, index: usize, q: &Quantity) -> Claim {
    let hedged = parts.hedges.iter().any(|h| h.sentence == q.sentence);
    let source = parts
        .attributions
        .iter()
        .enumerate()
        .find(|(_, a)| a.sentence == q.sentence)
        .map(|(i, a)| ClaimSource {
            text: a.source.text.clone(),
            cue: a.cue.clone(),
            attribution: i,
        });
    let time = parts.dates.iter().position(|d| d.sentence == q.sentence);
    Claim {
        value: q.value,
        high: q.high,
        bound: q.bound,
        unit: q.unit.clone(),
        object: q.object.as_ref().map(|o| o.text.clone()),
        event: q.event.as_ref().map(|e| e.lemma.clone()),
        actor: None,
        time,
        source,
        hedged,
        evidence: vec![Evidence {
            sentence: q.sentence,
            quantity: index,
            span: q.span,
        }],
    }
}
