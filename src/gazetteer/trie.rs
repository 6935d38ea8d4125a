//! A trie over the folded surface forms: at a word start, one walk over the text yields
//! every surface that begins there, shortest first.
//!
//! The matcher only ever searches anchored at word starts, so it needs no failure links:
//! this is the goto function of Aho-Corasick alone. Built depth-first from the sorted
//! keys in time linear in their total length (a few milliseconds for the embedded
//! gazetteers). Letter tries (`build_letters`) take one step per Kazakh letter, not one
//! per byte; a node with up to eight edges compares their labels in a register, one with
//! more has a dense 256-byte row, so every step reads one node and at most one row.

/// A byte trie mapping keys to their index in the build list.
///
/// A node's children get consecutive numbers in edge order, so a node's edge `e` leads to
/// node `first + e + 1` and no child array is needed. Each node is one 12-byte
/// record holding its (up to eight) edge labels, so a step reads one record and compares
/// its labels in a register; nodes with more edges have a dense row.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    nodes: Vec<Node>,
    /// 256 entries per dense row: the edge's place among the node's edges plus one (0: no
    /// edge). A node has fewer than 256 edges: bytes C0, C1 and F5..FF never occur in
    /// UTF-8, so in no key.
    dense: Vec<u8>,
    /// The key index ending at each node, read only where `VALUE` is set.
    values: Vec<u32>,
    /// Letter tries: the node after each letter, and after each pair of letters (by
    /// letter code; 0: none, the root being nobody's child), tagged with `VALUE`.
    after_one: Vec<u32>,
    after_two: Vec<u32>,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    /// A sparse node's edge labels, in order, `NO_LABEL` past them (bytes, not a `u64`,
    /// so that a node is 12 bytes); a dense node's row in `dense` (a `u32`, little-endian).
    inline: [u8; 8],
    /// The node's first edge (edge `e` leads to node `e + 1`), with the `DENSE` and
    /// `VALUE` flags in the top bits.
    first: u32,
}

/// A node with no edges and no value, before it is filled in.
const EMPTY_NODE: Node = Node { inline: [NO_LABEL; 8], first: 0 };

/// Pads a sparse node's labels: 0xFF never occurs in UTF-8, so it is never a symbol.
const NO_LABEL: u8 = 0xFF;

/// The symbol of each char in the two-byte range U+0400..U+04FF (`0`: none): the
/// lower-case Kazakh letters (а–я, ё, ә ғ қ ң ө ұ ү һ і) are `0x80..0xAA`.
static LETTERS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 32 {
        t[0x30 + c] = 0x80 + c as u8; // а..я
        c += 1;
    }
    let extra: [usize; 10] = [0x51, 0xD9, 0x93, 0x9B, 0xA3, 0xE9, 0xB1, 0xAF, 0xBB, 0x56];
    let mut k = 0;
    while k < extra.len() {
        t[extra[k]] = 0xA0 + k as u8; // ё ә ғ қ ң ө ұ ү һ і
        k += 1;
    }
    t
};

/// The first letter symbol, and the number of letter symbols.
const LETTER0: u8 = 0x80;
const LETTER_CODES: usize = 42;

/// The symbol at byte `k` of `hay` (a char boundary) and its length in bytes: a
/// lower-case Kazakh letter is one symbol in `0x80..0xAA`; any other byte is itself.
/// Decoding is unambiguous: a letter symbol is never a lead byte, and other chars keep
/// their whole UTF-8 sequence.
#[inline]
fn symbol_at(hay: &str, k: usize) -> (u8, usize) {
    let bytes = hay.as_bytes();
    let b = bytes[k];
    if b & 0xFC == 0xD0 {
        // A two-byte lead (D0..D3): `hay` is UTF-8, so its continuation byte follows.
        let c = bytes[k + 1];
        let sym = LETTERS[(usize::from(b & 3) << 6) | usize::from(c & 0x3F)];
        if sym != 0 {
            return (sym, 2);
        }
    }
    (b, 1)
}

/// Nodes with more edges than this get a dense row (the second byte of a Cyrillic letter
/// has up to 64 choices).
const SPARSE_MAX: usize = 8;
/// Flags in `Node::first`; what is left is an edge index or a row (under 2^30: a trie of
/// a billion edges would not fit in memory anyway).
const DENSE: u32 = 1 << 31;
const VALUE: u32 = 1 << 30;
const INDEX: u32 = VALUE - 1;

impl Trie {
    /// Builds the trie of `keys`; a key's value is its index. Duplicate keys keep the
    /// first index.
    pub(crate) fn build<S: AsRef<[u8]>>(keys: &[S]) -> Trie {
        let key = |i: u32| keys[i as usize].as_ref();
        let mut order: Vec<u32> = (0..keys.len() as u32).collect();
        order.sort_by(|&a, &b| key(a).cmp(key(b)).then(a.cmp(&b)));
        // Every node's children are one block of consecutive ids, allocated when the node
        // is expanded. Nodes are expanded depth first, first child first, so the block of
        // a node's first child follows its own: a chain of single children (the tail of
        // a long name) lies in consecutive records, and a walk down it stays in one or
        // two cache lines instead of jumping to a new level of the trie at every step.
        let mut t = Trie { nodes: vec![EMPTY_NODE], values: vec![0], ..Trie::default() };
        // (node, range of `order` sharing the node's prefix, depth)
        let mut stack = vec![(0u32, 0, order.len(), 0)];
        // The children's groups of `order` (edge byte, range), while a node is expanded.
        let mut groups: Vec<(u8, usize, usize)> = Vec::new();
        while let Some((node, mut lo, hi, depth)) = stack.pop() {
            let mut value = 0;
            while lo < hi && key(order[lo]).len() == depth {
                if value == 0 {
                    value = order[lo] + 1;
                }
                lo += 1;
            }
            groups.clear();
            while lo < hi {
                let b = key(order[lo])[depth];
                let end = lo + order[lo..hi].iter().take_while(|&&i| key(i)[depth] == b).count();
                groups.push((b, lo, end));
                lo = end;
            }
            // Edge `e` (0-based) leads to node `first + e + 1`, the children's block.
            let block = t.nodes.len() as u32;
            let mut first = (block - 1) | if value > 0 { VALUE } else { 0 };
            let mut inline = [NO_LABEL; 8];
            if groups.len() <= SPARSE_MAX {
                for (e, &(b, ..)) in groups.iter().enumerate() {
                    inline[e] = b;
                }
            } else {
                debug_assert!(groups.len() < 256, "a node has fewer than 256 edges");
                let base = t.dense.len();
                t.dense.resize(base + 256, 0);
                for (e, &(b, ..)) in groups.iter().enumerate() {
                    t.dense[base + b as usize] = (e + 1) as u8;
                }
                inline[..4].copy_from_slice(&((base / 256) as u32).to_le_bytes());
                first |= DENSE;
            }
            t.nodes[node as usize] = Node { inline, first };
            t.values[node as usize] = value.saturating_sub(1);
            t.nodes.resize(t.nodes.len() + groups.len(), EMPTY_NODE);
            t.values.resize(t.nodes.len(), 0);
            // Pushed last child first, so that the first child is expanded next.
            for (e, &(_, lo, end)) in groups.iter().enumerate().rev() {
                stack.push((block + e as u32, lo, end, depth + 1));
            }
        }
        t
    }

    /// Builds a trie of `keys` walked by [`Trie::letter_prefixes`]: each lower-case
    /// Kazakh letter is one symbol (see [`symbol_at`]), so a walk over Cyrillic takes one
    /// step per letter instead of two.
    pub(crate) fn build_letters<S: AsRef<str>>(keys: &[S]) -> Trie {
        let symbols: Vec<Vec<u8>> = keys
            .iter()
            .map(|k| {
                let k = k.as_ref();
                let mut out = Vec::with_capacity(k.len());
                let mut i = 0;
                while i < k.len() {
                    let (sym, len) = symbol_at(k, i);
                    out.push(sym);
                    i += len;
                }
                out
            })
            .collect();
        let mut t = Trie::build(&symbols);
        // The nodes after one and after two letters, by letter code.
        let step_letter = |t: &Trie, node: u32, code: usize| t.step(node, LETTER0 + code as u8);
        t.after_one = (0..LETTER_CODES)
            .map(|a| step_letter(&t, Trie::ROOT, a).map_or(0, |n| t.tagged(n)))
            .collect();
        t.after_two = (0..LETTER_CODES * LETTER_CODES)
            .map(|ab| {
                let one = step_letter(&t, Trie::ROOT, ab / LETTER_CODES);
                one.and_then(|n| step_letter(&t, n, ab % LETTER_CODES)).map_or(0, |n| t.tagged(n))
            })
            .collect();
        t
    }

    /// A node id for the letter tables: the id, with `VALUE` set when a key ends there.
    fn tagged(&self, node: u32) -> u32 {
        node | (self.nodes[node as usize].first & VALUE)
    }

    /// Like [`Trie::prefixes`] for a trie built by [`Trie::build_letters`]: `len` is a
    /// byte length in `hay`.
    #[inline]
    pub(crate) fn letter_prefixes(&self, hay: &str, mut found: impl FnMut(usize, u32)) {
        let mut node = Trie::ROOT;
        let mut k = 0;
        // Two letters first, by table: the top of the trie in 7 KiB instead of two steps.
        if hay.len() >= 4 && !self.after_two.is_empty() {
            let (a, la) = symbol_at(hay, 0);
            let (b, lb) = symbol_at(hay, la);
            let code = |s: u8| s.wrapping_sub(LETTER0) as usize;
            if la == 2 && lb == 2 {
                let one = self.after_one[code(a)];
                if one == 0 {
                    return;
                }
                if one & VALUE != 0 {
                    found(2, self.values[(one & INDEX) as usize]);
                }
                let two = self.after_two[code(a) * LETTER_CODES + code(b)];
                if two == 0 {
                    return;
                }
                if two & VALUE != 0 {
                    found(4, self.values[(two & INDEX) as usize]);
                }
                node = two & INDEX;
                k = 4;
            }
        }
        while k < hay.len() {
            let (sym, len) = symbol_at(hay, k);
            let Some(next) = self.step(node, sym) else { return };
            node = next;
            k += len;
            if let Some(v) = self.value(node) {
                found(k, v);
            }
        }
    }

    /// Calls `found(len, key)` for every key that is a prefix of `hay`, shortest first.
    #[cfg(test)]
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
        let Node { inline, first } = self.nodes[node as usize];
        if first & DENSE != 0 {
            let row = u32::from_le_bytes([inline[0], inline[1], inline[2], inline[3]]);
            let place = self.dense[row as usize * 256 + b as usize];
            return (place != 0).then_some((first & INDEX) + u32::from(place));
        }
        // The lowest byte of `inline` equal to `b`.
        let zero = crate::normalize::bytes_equal(u64::from_le_bytes(inline), b);
        if zero == 0 || b == NO_LABEL {
            return None;
        }
        Some((first & INDEX) + zero.trailing_zeros() / 8 + 1)
    }

    /// The key ending at `node`, if any.
    #[inline]
    pub(crate) fn value(&self, node: u32) -> Option<u32> {
        (self.nodes[node as usize].first & VALUE != 0).then(|| self.values[node as usize])
    }

    /// The number of nodes (for tests and size reports).
    #[cfg(test)]
    pub(crate) fn nodes(&self) -> usize {
        self.nodes.len()
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
    fn letter_trie_agrees_with_byte_trie() {
        // Kazakh letters become one symbol each; other chars (capitals, Latin, dashes,
        // other Cyrillic) keep their bytes, and nothing new matches.
        let keys = [
            "қазақстан",
            "ақ",
            "ақтау",
            "ҚР",
            "баку порты",
            "ўзбек",
            "a–b",
            "ёлка",
            "һә",
            "і",
            "ә",
        ];
        let bytes = Trie::build(&keys);
        let letters = Trie::build_letters(&keys);
        // Two letters are looked up by table first: hays of every short shape.
        for hay in [
            "ақтауда",
            "ҚР-ға",
            "баку порты",
            "ўзбекстан",
            "a–b",
            "ёлкада",
            "һәм",
            "ақ-",
            "ақ",
            "а",
            "ақт",
            "і",
            "іі",
            "әә",
            "әқ",
            "һ",
            "ba",
            "қазақстан",
        ] {
            let mut by_letters = Vec::new();
            letters.letter_prefixes(hay, |len, k| by_letters.push((len, k)));
            assert_eq!(by_letters, all(&bytes, hay), "help: {hay}");
        }
        assert!(letters.nodes() < bytes.nodes());
    }

    #[test]
    fn a_chain_of_single_children_lies_in_consecutive_nodes() {
        // Depth-first layout: after the last branch, a key's tail is one run of ids, so a
        // walk down it reads neighbouring records.
        let keys = ["баку порты", "бакуда", "ақтау", "ақсу", "астана"];
        let t = Trie::build(&keys);
        let mut node = Trie::ROOT;
        let mut path = Vec::new();
        for &b in "баку порты".as_bytes() {
            node = t.step(node, b).expect("a key's bytes are a path");
            path.push(node);
        }
        // "баку" branches after its last byte ("баку " / "бакуд"); from there on, each
        // node's only child is the next id.
        let after_branch = &path["баку ".len()..];
        assert!(after_branch.windows(2).all(|w| w[1] == w[0] + 1), "{path:?}");
    }

    #[test]
    fn empty_trie_matches_nothing() {
        let t = Trie::build::<&str>(&[]);
        assert_eq!(all(&t, "ақтау"), []);
    }
}
