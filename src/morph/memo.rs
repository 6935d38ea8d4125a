//! A per-thread memo of suffix chain parses. Text repeats a few hundred suffix strings
//! after a few kinds of stem (ға, ның, дағы after a back-vowel stem ending in a
//! consonant …), and a lookup costs a fraction of a parse. The parse is a pure function
//! of its inputs, so the memo changes no result.

use std::cell::RefCell;

use super::{Chain, Stem};

/// Slots of the memo, direct-mapped: a new key takes its slot from the old one. Small, so
/// that it stays in the first-level cache beside the other stages' tables.
const SLOTS: usize = 256;
/// The longest suffix string kept; longer ones (rare) are parsed every time.
const MAX_REST: usize = 22;

/// One parse: its inputs (the suffix bytes zero-padded, and their length) and result.
#[derive(Clone, Copy)]
struct Entry {
    stem: Stem,
    hyphen: bool,
    len: u8,
    rest: [u8; MAX_REST],
    chain: Option<Chain>,
}

thread_local! {
    static MEMO: RefCell<[Option<Entry>; SLOTS]> = const { RefCell::new([None; SLOTS]) };
}

/// The chain `parse` gives for (`stem`, `rest`, `hyphen`), from the memo when the same
/// inputs were parsed last in their slot.
pub(super) fn chain(
    stem: Stem,
    rest: &str,
    hyphen: bool,
    parse: impl FnOnce() -> Option<Chain>,
) -> Option<Chain> {
    if rest.len() > MAX_REST {
        return parse();
    }
    let mut key = [0; MAX_REST];
    key[..rest.len()].copy_from_slice(rest.as_bytes());
    let slot = slot_of(stem, hyphen, &key);
    let len = rest.len() as u8;
    let same = |e: &Entry| e.stem == stem && e.hyphen == hyphen && e.len == len && e.rest == key;
    let hit = MEMO.with(|m| m.borrow()[slot].filter(same));
    if let Some(e) = hit {
        return e.chain;
    }
    // Parsed outside the borrow; stored after.
    let chain = parse();
    let entry = Entry { stem, hyphen, len, rest: key, chain };
    MEMO.with(|m| m.borrow_mut()[slot] = Some(entry));
    chain
}

/// The slot of a key: a multiplicative hash of the stem's facts and the suffix bytes,
/// eight at a time.
fn slot_of(stem: Stem, hyphen: bool, rest: &[u8; MAX_REST]) -> usize {
    let flags = [stem.possessed, stem.voiced, stem.numeral, stem.epenthetic, hyphen];
    let bits = flags.iter().fold(0u64, |b, &f| b << 1 | u64::from(f));
    let mut h = u64::from(stem.ctx) | (stem.harmony as u64) << 8 | bits << 16;
    for chunk in rest.chunks(8) {
        let mut word = [0; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

#[cfg(test)]
mod tests {
    use super::super::{parse_chain, suffix_chain, Stem};

    #[test]
    fn the_memo_answers_as_the_parse() {
        // More keys than slots, each asked three times in turn, so that slots are shared
        // and overwritten: every answer must be the parse's.
        let stems = [
            "қазақстан",
            "алматы",
            "ай",
            "тмұ",
            "министрлік",
            "шымкент",
            "баку",
            "2025",
            "факт",
            "маңғыстау облысы",
        ];
        let rests = [
            "ға",
            "ке",
            "ның",
            "нің",
            "дағы",
            "тар",
            "лардың",
            "і",
            "сы",
            "ін",
            "не",
            "дар",
            "ғы",
            "лық",
            "ге",
            "ында",
            "ыңыздардағы",
            "x",
            "сының",
            "інші",
            "лардағыларыныңыздардағылардың",
        ];
        let mut asked = 0;
        for _ in 0..3 {
            for s in stems {
                let stem = Stem::classify(s);
                for rest in rests {
                    for hyphen in [false, true] {
                        let parsed = parse_chain(stem, rest, hyphen);
                        assert_eq!(suffix_chain(stem, rest, hyphen), parsed, "help: {s}+{rest}");
                        asked += 1;
                    }
                }
            }
        }
        assert!(asked / 3 > super::SLOTS);
    }
}
