//! The bytes of a text taken by accepted spans, one bit each: the span merge and the
//! numeric rules ask "does this candidate overlap anything accepted?" with a read of a
//! word or two, and accepting a span allocates nothing.

/// The bytes of a text taken by accepted spans, one bit each.
pub(crate) struct Taken(Vec<u64>);

impl Taken {
    /// An empty set for a text of `len` bytes.
    pub(crate) fn new(len: usize) -> Taken {
        Taken(vec![0; len / 64 + 1])
    }

    /// The words and bit masks covering bytes `start..end` (none when it is empty).
    fn masks(start: usize, end: usize) -> impl Iterator<Item = (usize, u64)> {
        (start / 64..end.div_ceil(64)).map(move |w| {
            let lo = start.max(w * 64) - w * 64;
            let hi = end.min(w * 64 + 64) - w * 64;
            let ones = if hi - lo == 64 { u64::MAX } else { (1 << (hi - lo)) - 1 };
            (w, ones << lo)
        })
    }

    /// Whether any byte of `start..end` (within the text) is taken.
    pub(crate) fn any(&self, start: usize, end: usize) -> bool {
        Taken::masks(start, end).any(|(w, mask)| self.0[w] & mask != 0)
    }

    /// Takes the bytes of `start..end` (within the text).
    pub(crate) fn set(&mut self, start: usize, end: usize) {
        for (w, mask) in Taken::masks(start, end) {
            self.0[w] |= mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Taken;

    #[test]
    fn taken_bytes_by_word_masks() {
        // Spans inside one word, across words, on word edges: `any` sees exactly the
        // bytes `set` took.
        let spans: [(usize, usize); 6] =
            [(3, 5), (60, 70), (128, 192), (200, 330), (63, 64), (64, 65)];
        let mut t = Taken::new(400);
        let mut bytes = vec![false; 400];
        for &(a, z) in &spans {
            for probe in [(a, z), (a.saturating_sub(1), a), (z, z + 1), (a + 1, z + 3)] {
                if probe.0 >= probe.1 {
                    continue;
                }
                let expected = bytes[probe.0..probe.1].iter().any(|&b| b);
                assert_eq!(t.any(probe.0, probe.1), expected, "help: {probe:?}");
            }
            t.set(a, z);
            bytes[a..z].iter_mut().for_each(|b| *b = true);
        }
    }

    #[test]
    fn taken_answers_as_a_list_of_spans() {
        // Spans across word boundaries (bytes 0, 63, 64, 127, 128 …) and inside words,
        // each checked against every other by a plain interval test.
        let len = 300;
        let spans = [(0, 1), (63, 65), (70, 128), (128, 129), (200, 300), (5, 63), (129, 199)];
        let mut taken = Taken::new(len);
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for (start, end) in spans {
            for a in 0..len {
                for b in a + 1..=len.min(a + 140) {
                    let overlaps = kept.iter().any(|&(s, e)| s < b && a < e);
                    assert_eq!(taken.any(a, b), overlaps, "help: {a}..{b} after {kept:?}");
                }
            }
            taken.set(start, end);
            kept.push((start, end));
        }
        assert!(!taken.any(10, 10), "an empty range takes nothing");
    }
}
