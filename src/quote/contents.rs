//! Quoted contents, sorted, for questions about positions in the text that must stay
//! O(log n) however many quotations a text has.

use crate::span::Span;

/// Quoted contents sorted by start, with the running maximum of their ends, so that
/// "is this mention inside a quote?" costs O(log n).
pub(super) struct Contents {
    spans: Vec<Span>,
    max_end: Vec<usize>,
}

impl Contents {
    pub(super) fn new(mut spans: Vec<Span>) -> Contents {
        spans.sort();
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        Contents { spans, max_end }
    }

    /// Whether `span` overlaps a content.
    pub(super) fn overlaps(&self, span: Span) -> bool {
        let k = self.spans.partition_point(|s| s.start < span.end);
        k > 0 && self.max_end[k - 1] > span.start
    }

    /// The largest end among the contents that start at or before `pos`.
    pub(super) fn max_end_starting_by(&self, pos: usize) -> Option<usize> {
        let k = self.spans.partition_point(|s| s.start <= pos);
        k.checked_sub(1).map(|k| self.max_end[k])
    }
}

#[cfg(test)]
mod tests {
    use super::Contents;
    use crate::span::Span;

    #[test]
    fn overlaps_and_ends_of_contents_starting_by_a_position() {
        let c = Contents::new(vec![Span::new(10, 50), Span::new(0, 5), Span::new(20, 30)]);
        assert!(c.overlaps(Span::new(4, 6)) && c.overlaps(Span::new(45, 60)));
        assert!(!c.overlaps(Span::new(5, 10)) && !c.overlaps(Span::new(50, 60)));
        assert_eq!(c.max_end_starting_by(0), Some(5));
        assert_eq!(c.max_end_starting_by(25), Some(50));
        assert_eq!(Contents::new(vec![Span::new(3, 4)]).max_end_starting_by(2), None);
    }
}
