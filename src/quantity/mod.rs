//! Quantities: numbers as news writes them, with bound, unit, and what they
//! count.

use crate::Span;
use crate::segment::SentenceView;

/// How the text bounds a quantity (see `FORMAT.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Bound {
    /// The number as stated.
    #[default]
    Exact,
    /// "about", "around", "some", "an estimated", "dozens of".
    Approx,
    /// A floor: "more than", "over", "at least".
    Lower,
    /// A ceiling: "up to", "fewer than", "nearly", "almost".
    Upper,
    /// "between 10 and 15", "10-15": `value` is the low end, `high` the high.
    Range,
}

/// A short phrase of the text, with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Phrase {
    /// Where it is.
    pub span: Span,
    /// What it says.
    pub text: String,
}

impl Phrase {
    /// A phrase covering `span` of `doc`.
    pub(crate) fn new(doc: &str, span: Span) -> Phrase {
        Phrase {
            span,
            text: span.as_str(doc).to_string(),
        }
    }
}

/// The verb or event noun that governs a number: "freed 99" -> `free`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Event {
    /// Lower-case lemma ("release", "detain", "kill").
    pub lemma: String,
    /// The word as written.
    pub span: Span,
}

/// A quantity mention.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quantity {
    /// The expression, qualifier and unit included ("more than 2,400",
    /// "$1.5 billion").
    pub span: Span,
    /// The expression as written.
    pub text: String,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// The number, scale applied; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub high: Option<f64>,
    /// How the text bounds it.
    pub bound: Bound,
    /// `None` for a plain count; `"%"`, `"pp"`, an ISO 4217 code, or a unit
    /// symbol (`"km"`, `"t"`, `"year"`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub unit: Option<String>,
    /// What is counted ("political prisoners").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub object: Option<Phrase>,
    /// The verb or event noun that governs the number.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub event: Option<Event>,
}

/// Finds the quantities of one sentence, in text order.
pub(crate) fn extract(_s: &SentenceView<'_>) -> Vec<Quantity> {
    Vec::new()
}
