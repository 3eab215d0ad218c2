//! Byte spans into the caller's text.

use std::ops::Range;

/// A half-open byte range `start..end` into the text given to the
/// [`Extractor`](crate::Extractor).
///
/// Spans always lie on `char` boundaries, so slicing the original text with
/// [`Span::range`] never panics and yields the mention's surface form.
///
/// ```
/// use news_claims::Span;
///
/// let text = "Prices rose 3.2% in Zürich.";
/// let span = Span::new(12, 16);
/// assert_eq!(span.as_str(text), "3.2%");
/// assert_eq!(&text[span.range()], "3.2%");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end` (`start <= end`).
    ///
    /// ```
    /// let span = news_claims::Span::new(3, 7);
    /// assert_eq!(span.len(), 4);
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range<usize>`, ready for slicing.
    ///
    /// ```
    /// let span = news_claims::Span::new(0, 5);
    /// assert_eq!(&"hello world"[span.range()], "hello");
    /// ```
    #[inline]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(news_claims::Span::new(2, 2).len(), 0);
    /// ```
    #[inline]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(news_claims::Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers. Returns `""` if the span does not fit `text`
    /// or does not fall on `char` boundaries, instead of panicking.
    ///
    /// ```
    /// let text = "Nicolás Maduro";
    /// assert_eq!(news_claims::Span::new(0, 8).as_str(text), "Nicolás");
    /// ```
    #[inline]
    pub fn as_str(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    /// Whether `other` lies entirely inside `self`.
    ///
    /// ```
    /// use news_claims::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[inline]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// ```
    /// use news_claims::Span;
    /// assert!(Span::new(0, 10).overlaps(Span::new(8, 12)));
    /// assert!(!Span::new(0, 8).overlaps(Span::new(8, 12)));
    /// ```
    #[inline]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved right by `offset` bytes (sentence to document
    /// coordinates).
    ///
    /// ```
    /// use news_claims::Span;
    /// assert_eq!(Span::new(1, 3).shift(10), Span::new(11, 13));
    /// ```
    #[inline]
    pub const fn shift(self, offset: usize) -> Span {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
