//! Temporal expressions: find them and normalise them to TIMEX3-style values
//! against the publication date.

use crate::segment::SentenceView;
use crate::{Date, Span};

/// What kind of temporal expression it is (TimeML's TIMEX3 types, with
/// intervals kept apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TimexKind {
    /// A calendar date at any grain: "2024", "July 2024", "last Monday".
    Date,
    /// A time of day, with its day where known: "10 a.m. on Monday".
    Time,
    /// A length of time: "for three years" (`P3Y`).
    Duration,
    /// A recurrence: "every year", "weekly".
    Set,
    /// An explicit interval: "between March and May 2023".
    Interval,
}

/// Which way an ambiguous expression ("on Monday", "in March") resolves when
/// the sentence's own words do not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Direction {
    /// The most recent matching date (news reports on the past).
    #[default]
    Past,
    /// The next matching date.
    Future,
    /// Whichever matching date is closest.
    Nearest,
}

/// A temporal expression.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Timex {
    /// The expression, without a leading preposition ("since 2019" -> "2019").
    pub span: Span,
    /// The expression as written.
    pub text: String,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// What kind of expression it is.
    pub kind: TimexKind,
    /// The TIMEX3-style value at the grain the text gives ("2024-07",
    /// "2025-W52", "P3Y"); `None` when it cannot be placed.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub value: Option<String>,
    /// For intervals, the start.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub from: Option<String>,
    /// For intervals, the end.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub to: Option<String>,
    /// Whether the value was computed from the publication date or another
    /// date of the article (relative expressions).
    pub relative: bool,
}

/// Resolves temporal expressions sentence by sentence, keeping the
/// document-level state (publication date, last date mentioned).
#[derive(Debug, Clone)]
pub(crate) struct Resolver {
    #[allow(dead_code)]
    published: Option<Date>,
    #[allow(dead_code)]
    direction: Direction,
}

impl Resolver {
    pub(crate) fn new(published: Option<Date>, direction: Direction) -> Resolver {
        Resolver {
            published,
            direction,
        }
    }

    /// Finds and normalises the temporal expressions of one sentence.
    pub(crate) fn extract(&mut self, _s: &SentenceView<'_>) -> Vec<Timex> {
        Vec::new()
    }
}
