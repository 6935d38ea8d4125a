//! A set of byte strings that answers "which members begin this text?" with one hash
//! lookup per distinct member length, however many members there are. Surname linking
//! asks it for each capitalised word of a document: a scan of every surname there made a
//! long document that names thousands of people quadratic.

use std::collections::HashMap;

use crate::lexicon::FastHash;

/// Byte strings by length (see the module doc).
#[derive(Debug, Default)]
pub(crate) struct PrefixSet<'a> {
    /// The distinct member lengths, longest first.
    lens: Vec<usize>,
    /// Each member → the positions it was given at, in order.
    at: HashMap<&'a [u8], Vec<usize>, FastHash>,
}

impl<'a> PrefixSet<'a> {
    /// The set of `members`, each known by its position in the iterator.
    pub(crate) fn new(members: impl IntoIterator<Item = &'a [u8]>) -> PrefixSet<'a> {
        let mut set = PrefixSet::default();
        for (i, m) in members.into_iter().enumerate() {
            set.at.entry(m).or_default().push(i);
            set.lens.push(m.len());
        }
        set.lens.sort_unstable_by(|a, b| b.cmp(a));
        set.lens.dedup();
        set
    }

    /// The positions of the members that `text` begins with: longest member first, then
    /// in the order the members were given.
    pub(crate) fn within<'s>(&'s self, text: &'s [u8]) -> impl Iterator<Item = usize> + 's {
        self.lens.iter().filter_map(move |&len| self.at.get(text.get(..len)?)).flatten().copied()
    }

    /// Whether `text` begins with a member.
    pub(crate) fn any_within(&self, text: &[u8]) -> bool {
        self.within(text).next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::PrefixSet;

    #[test]
    fn members_that_begin_a_text_longest_first_then_in_order() {
        let members: [&[u8]; 6] = [b"ab", b"abc", b"", b"b", b"ab", b"abcd"];
        let set = PrefixSet::new(members);
        assert_eq!(set.within(b"abcx").collect::<Vec<_>>(), [1, 0, 4, 2]);
        assert_eq!(set.within(b"abcd").collect::<Vec<_>>(), [5, 1, 0, 4, 2]);
        assert_eq!(set.within(b"b").collect::<Vec<_>>(), [3, 2]);
        assert!(set.any_within(b"x"), "the empty member begins every text");
        let set = PrefixSet::new(members.into_iter().filter(|m| !m.is_empty()));
        assert!(!set.any_within(b"x") && !set.any_within(b"") && set.any_within(b"bb"));
    }

    #[test]
    fn agrees_with_a_scan_of_every_member() {
        // Members and texts from a three-letter alphabet: every prefix relation occurs.
        let mut state = 5u32;
        let mut next = |n: usize| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as usize % n
        };
        let words: Vec<Vec<u8>> =
            (0..300).map(|_| (0..next(5)).map(|_| b"abc"[next(3)]).collect()).collect();
        let (members, texts) = words.split_at(60);
        let set = PrefixSet::new(members.iter().map(Vec::as_slice));
        for t in texts {
            let mut scan: Vec<usize> =
                (0..members.len()).filter(|&i| t.starts_with(&members[i])).collect();
            scan.sort_by_key(|&i| std::cmp::Reverse(members[i].len()));
            assert_eq!(set.within(t).collect::<Vec<_>>(), scan, "help: {t:?}");
        }
    }
}
