//! Byte spans into the caller's text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the caller's text.
///
/// Every span that atau returns lies on UTF-8 char boundaries of the text it came from, so
/// `&text[span]` never panics for that text.
///
/// # Example
/// ```
/// use atau::Span;
/// let text = "Астана мен Алматы";
/// let span = Span::new(0, "Астана".len());
/// assert_eq!(&text[span], "Астана");
/// assert_eq!(span.len(), 12);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not exceed `end` (an inverted span is clamped to empty).
    ///
    /// # Example
    /// ```
    /// assert!(atau::Span::new(3, 3).is_empty());
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// The span as a `Range`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(atau::Span::new(1, 4).range(), 1..4);
    /// ```
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The length in bytes.
    ///
    /// # Example
    /// ```
    /// assert_eq!(atau::Span::new(2, 6).len(), 4);
    /// ```
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    ///
    /// # Example
    /// ```
    /// assert!(!atau::Span::new(0, 1).is_empty());
    /// ```
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether two spans share at least one byte.
    ///
    /// # Example
    /// ```
    /// use atau::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 8)));
    /// assert!(!Span::new(0, 4).overlaps(Span::new(4, 8)));
    /// ```
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl core::ops::Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// A span together with the text it covers.
///
/// Serialises as `{"start", "end", "text"}`, the shape of every quote part.
///
/// # Example
/// ```
/// use atau::{Excerpt, Span};
/// let text = "Ол келді.";
/// let e = Excerpt::new(text, Span::new(0, 4));
/// assert_eq!(e.text, "Ол");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Excerpt<'t> {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `&text[start..end]`.
    pub text: &'t str,
}

impl<'t> Excerpt<'t> {
    /// Cuts `span` out of `text`.
    ///
    /// # Panics
    /// When `span` is out of bounds or off a char boundary of `text`, as slicing does.
    ///
    /// # Example
    /// ```
    /// let e = atau::Excerpt::new("абв", atau::Span::new(2, 4));
    /// assert_eq!(e.text, "б");
    /// ```
    pub fn new(text: &'t str, span: Span) -> Excerpt<'t> {
        Excerpt { start: span.start, end: span.end, text: &text[span] }
    }

    /// The excerpt's span.
    ///
    /// # Example
    /// ```
    /// let e = atau::Excerpt::new("абв", atau::Span::new(2, 4));
    /// assert_eq!(e.span(), atau::Span::new(2, 4));
    /// ```
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}
