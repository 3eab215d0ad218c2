//! The crate's one error type.

use std::fmt;

/// An error from building or configuring an [`Extractor`](crate::Extractor)
/// or from parsing a [`Date`](crate::Date).
///
/// Extraction itself never fails: text with nothing in it gives an empty
/// [`Extraction`](crate::Extraction). The error is opaque; ask it what it is
/// with the `is_*` predicates.
///
/// ```
/// let err = "2025-02-30".parse::<news_claims::Date>().unwrap_err();
/// assert!(err.is_invalid_date());
/// assert_eq!(err.to_string(), "invalid date: 2025-02-30");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    InvalidDate(String),
    InvalidConfig(String),
}

impl Error {
    pub(crate) fn invalid_date(what: String) -> Error {
        Error {
            kind: ErrorKind::InvalidDate(what),
        }
    }

    pub(crate) fn invalid_config(what: String) -> Error {
        Error {
            kind: ErrorKind::InvalidConfig(what),
        }
    }

    /// Whether a date could not be parsed or does not exist.
    ///
    /// ```
    /// assert!(news_claims::Date::new(2025, 13, 1).unwrap_err().is_invalid_date());
    /// ```
    pub fn is_invalid_date(&self) -> bool {
        matches!(self.kind, ErrorKind::InvalidDate(_))
    }

    /// Whether a configuration value was rejected.
    ///
    /// ```
    /// use news_claims::{Config, Extractor};
    /// let err = Extractor::new(Config::new().max_input_bytes(0)).unwrap_err();
    /// assert!(err.is_invalid_config());
    /// ```
    pub fn is_invalid_config(&self) -> bool {
        matches!(self.kind, ErrorKind::InvalidConfig(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidDate(s) => write!(f, "invalid date: {s}"),
            ErrorKind::InvalidConfig(s) => write!(f, "invalid configuration: {s}"),
        }
    }
}

impl std::error::Error for Error {}
