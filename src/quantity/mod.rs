//! Quantities: numbers as news writes them, with bound, unit, and what they
//! count.

mod fasthash;
mod lemma;
mod numbers;
mod parse;
mod qualifiers;
mod units;

#[cfg(test)]
mod dev_report;
#[cfg(test)]
mod duckling_tests;
#[cfg(test)]
mod tests;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::Span;
use crate::segment::SentenceView;
use crate::structure::BlockKind;

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
pub(crate) fn extract(s: &SentenceView<'_>) -> Vec<Quantity> {
    let text = s.text();
    if !maybe_has_number(text) {
        return Vec::new();
    }
    let headline = matches!(s.block_kind, BlockKind::Headline);
    // A sentence cut after "Dec." or "No." (by a segmenter that took the
    // abbreviation for a full stop) starts with the day or the label.
    let before = s.doc.get(..s.span.start).unwrap_or("");
    let lead_label = parse::ends_with_label_abbrev(before);
    let found = parse::scan(text, headline, lead_label);
    found
        .into_iter()
        .map(|f| {
            let span = s.to_doc(Span::new(f.start, f.end));
            Quantity {
                span,
                text: text[f.start..f.end].to_string(),
                sentence: s.index,
                value: f.value,
                high: f.high,
                bound: f.bound,
                unit: f.unit.map(str::to_string),
                object: f
                    .object
                    .map(|(a, b)| Phrase::new(s.doc, s.to_doc(Span::new(a, b)))),
                event: f.event.map(|(lemma, a, b)| Event {
                    lemma,
                    span: s.to_doc(Span::new(a, b)),
                }),
            }
        })
        .collect()
}

/// Forces the lazily built tables (the integrator calls it from
/// `force_patterns`).
#[allow(dead_code)]
pub(crate) fn warm() {
    Lazy::force(&NUMBER_WORD_SET);
    lemma::warm();
    parse::warm();
}

/// ASCII prefilter: any digit, or any word that may spell a number. One
/// DFA pass over the sentence.
static NUMBER_WORD_SET: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i-u)[0-9]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twenty|forty|eighty|ninety|hundred|thousand|million|billion|dozen|score|half|third|quarter|couple|naught|nought)",
    )
    .expect("valid pattern")
});

fn maybe_has_number(text: &str) -> bool {
    NUMBER_WORD_SET.is_match(text)
}
