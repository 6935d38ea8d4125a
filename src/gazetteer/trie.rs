//! A byte trie over the folded surface forms: at a word start, one walk over the text
//! yields every surface that begins there, shortest first.
//!
//! The matcher only ever searches anchored at word starts, so it needs no failure links:
//! this is the goto function of Aho-Corasick alone. Built breadth-first from the sorted
//! keys in time linear in their total length (a few milliseconds for the embedded
//! gazetteers), with each node's edges contiguous; nodes with many edges also get a
//! dense 256-entry row, so every step is a short scan or one lookup.

use std::collections::VecDeque;

/// A byte trie mapping keys to their index in the build list.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    /// Node `n`'s edges are `first[n]..first[n + 1]` in `labels` and `child`.
    first: Vec<u32>,
    /// Edge bytes, sorted within each node.
    labels: Vec<u8>,
    /// Edge targets.
    child: Vec<u32>,
    /// The key index ending at each node, plus one (0: none).
    value: Vec<u32>,
    /// For nodes with many edges (the second byte of a Cyrillic letter has up to 64
    /// choices): their row in `dense`, else `NO_ROW`.
    row: Vec<u32>,
    /// 256 targets per dense row (0: no edge; the root is nobody's child).
    dense: Vec<u32>,
}

/// Nodes with more edges than this get a dense row.
const SPARSE_MAX: usize = 8;
const NO_ROW: u32 = u32::MAX;

impl Trie {
    /// Builds the trie of `keys`; a key's value is its index. Duplicate keys keep the
    /// first index.
    pub(crate) fn build<S: AsRef<[u8]>>(keys: &[S]) -> Trie {
        let key = |i: u32| keys[i as usize].as_ref();
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        order.sort_by(|&a, &b| key(a).cmp(key(b)).then(a.cmp(&b)));
        let mut t = Trie::default();
        // (range of `order` sharing the node's prefix, depth)
        let mut queue = VecDeque::from([(0, order.len(), 0)]);
        let mut next_node = 1u32;
        while let Some((mut lo, hi, depth)) = queue.pop_front() {
            let mut value = 0;
            while lo < hi && key(order[lo]).len() == depth {
                if value == 0 {
                    value = order[lo] + 1;
                }
                lo += 1;
            }
            t.value.push(value);
            t.first.push(t.labels.len() as u32);
            while lo < hi {
                let b = key(order[lo])[depth];
                let end = lo + order[lo..hi].iter().take_while(|&&i| key(i)[depth] == b).count();
                t.labels.push(b);
                t.child.push(next_node);
                next_node += 1;
                queue.push_back((lo, end, depth + 1));
                lo = end;
            }
        }
        t.first.push(t.labels.len() as u32);
        for n in 0..t.value.len() {
            let (a, z) = (t.first[n] as usize, t.first[n + 1] as usize);
            if z - a > SPARSE_MAX {
                t.row.push((t.dense.len() / 256) as u32);
                let base = t.dense.len();
                t.dense.resize(base + 256, 0);
                for e in a..z {
                    t.dense[base + t.labels[e] as usize] = t.child[e];
                }
            } else {
                t.row.push(NO_ROW);
            }
        }
        t
    }

    /// Calls `found(len, key)` for every key that is a prefix of `hay`, shortest first.
    #[inline]
    pub(crate) fn prefixes(&self, hay: &[u8], mut found: impl FnMut(usize, u32)) {
        let mut node = Trie::ROOT;
        for (k, &b) in hay.iter().enumerate() {
            let Some(next) = self.step(node, b) else { return };
            node = next;
            if let Some(v) = self.value(node) {
                found(k + 1, v);
            }
        }
    }

    /// The root node, where a walk starts.
    pub(crate) const ROOT: u32 = 0;

    /// The node reached from `node` by byte `b`, if any.
    #[inline]
    pub(crate) fn step(&self, node: u32, b: u8) -> Option<u32> {
        let node = node as usize;
        let row = self.row[node];
        if row != NO_ROW {
            let next = self.dense[row as usize * 256 + b as usize];
            return (next != 0).then_some(next);
        }
        let (a, z) = (self.first[node] as usize, self.first[node + 1] as usize);
        let j = self.labels[a..z].iter().position(|&e| e == b)?;
        Some(self.child[a + j])
    }

    /// The key ending at `node`, if any.
    #[inline]
    pub(crate) fn value(&self, node: u32) -> Option<u32> {
        self.value[node as usize].checked_sub(1)
    }

    /// The number of nodes (for tests and size reports).
    #[cfg(test)]
    pub(crate) fn nodes(&self) -> usize {
        self.value.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(t: &Trie, hay: &str) -> Vec<(usize, u32)> {
        let mut v = Vec::new();
        t.prefixes(hay.as_bytes(), |len, k| v.push((len, k)));
        v
    }

    #[test]
    fn every_prefix_key_shortest_first() {
        let keys = ["қазақстан", "ақ", "ақтау", "қазақстан республикасы", "ақтау"];
        let t = Trie::build(&keys);
        assert_eq!(all(&t, "ақтауда"), [(4, 1), (10, 2)]);
        assert_eq!(all(&t, "қазақстан республикасының"), [(18, 0), (43, 3)]);
        assert_eq!(all(&t, "қаз"), []);
        assert_eq!(all(&t, ""), []);
        assert_eq!(all(&t, "баку"), []);
    }

    #[test]
    fn agrees_with_brute_force_on_many_keys() {
        let keys: Vec<String> =
            (0..2000u32).map(|i| format!("{:x}ә{}", i * 7919 % 4096, i % 7)).collect();
        let t = Trie::build(&keys);
        assert!(t.nodes() > keys.len());
        for hay in ["1aә3", "ffә0xyz", "0ә0", "abcә", "7ә"] {
            let mut expected: Vec<(usize, u32)> = Vec::new();
            for (i, k) in keys.iter().enumerate() {
                if hay.starts_with(k.as_str()) && !expected.iter().any(|(l, _)| *l == k.len()) {
                    expected.push((k.len(), i as u32));
                }
            }
            expected.sort();
            assert_eq!(all(&t, hay), expected, "help: {hay}");
        }
    }

    #[test]
    fn empty_trie_matches_nothing() {
        let t = Trie::build::<&str>(&[]);
        assert_eq!(all(&t, "ақтау"), []);
    }
}
