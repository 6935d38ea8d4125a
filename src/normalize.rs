//! Normalisation: the caller's text → a folded haystack with the same byte offsets.
//!
//! Folding lower-cases Cyrillic, Latin and other letters **only where the lower-case
//! letter has the same UTF-8 length as the upper-case one** (true for all of Cyrillic,
//! ASCII and Latin-1). Letters whose lower case is longer or shorter (Turkish `İ`) are
//! left as they are. So a byte offset in the folded text is the same offset in the
//! caller's text, and no offset map is needed.
//!
//! Script folding (Latin-script Kazakh, Russian-keyboard spellings) is not done here but
//! at match time, in `gazetteer::script`: Latin letters are one byte where Cyrillic ones
//! are two, so that fold maps each char to a skeleton while walking, and the offsets stay
//! those of the caller's text.

/// Folds `text` into `out` (cleared first); `out.len() == text.len()` afterwards and
/// every char boundary of `text` is a char boundary of `out`.
///
/// One pass over the bytes: ASCII and two-byte chars (Cyrillic, Latin-1, Latin
/// Extended, Greek) go through a table; only three- and four-byte chars take the general
/// path.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    out.clear();
    fold_push(text, out);
}

/// Appends the fold of `text` to `out` (see [`fold_into`]).
pub(crate) fn fold_push(text: &str, out: &mut String) {
    fold_each(text, out, |_, _, _| {});
}

/// Char classes for word splitting, one bit each (see [`class_of`]).
const WORD: u8 = 1;
const UPPER: u8 = 2;
const JOINER: u8 = 4;
/// A letter or a hyphen-minus: what a name word is made of (see [`Word::plain`]).
const PLAIN: u8 = 8;

/// The word-splitting classes of `c`.
fn class_of(c: char) -> u8 {
    let mut class = 0;
    if is_word_char(c) {
        class |= WORD;
    }
    if is_upper(c) {
        class |= UPPER;
    }
    if is_suffix_joiner(c) {
        class |= JOINER;
    }
    if is_letter(c) || c == '-' {
        class |= PLAIN;
    }
    class
}

/// Folds `text` into `out` (as [`fold_into`]) and splits it into `words` in the same
/// pass: runs of word chars, parts joined across a hyphen or apostrophe that has a word
/// char on both sides (Қасым-Жомарт, ТМҰ-ның).
pub(crate) fn fold_and_split(text: &str, out: &mut String, words: &mut Vec<Word>) {
    if text.len() <= MAX_WORD {
        // No word can be too long: no length check per char.
        split::<false>(text, out, words, MAX_WORD);
    } else {
        split::<true>(text, out, words, MAX_WORD);
    }
}

/// [`fold_and_split`]; with `CUT`, a run of word chars longer than `max_word` bytes
/// (`MAX_WORD`; smaller in tests) is cut, at char boundaries, into words that long: the
/// char that would make a word longer starts the next one.
#[inline]
fn split<const CUT: bool>(text: &str, out: &mut String, words: &mut Vec<Word>, max_word: usize) {
    words.clear();
    words.reserve(text.len() / 8);
    // The word being read: start, end, capitalised, joined, plain.
    let mut open: Option<(usize, usize, bool, bool, bool)> = None;
    // The classes of a joiner just after the open word (0: none); the word ends before
    // it unless a word char follows.
    let mut joiner = 0;
    let push = |words: &mut Vec<Word>, (start, end, cap, joined, plain)| {
        words.push(Word::new(start, end, cap, joined, plain));
    };
    out.clear();
    fold_each(text, out, |i, len, class| {
        if class & WORD != 0 {
            if let Some(w) = open.filter(|&(start, ..)| CUT && i + len - start > max_word) {
                open = None;
                joiner = 0;
                push(words, w);
            }
            match open.as_mut() {
                Some((_, end, _, joined, plain)) => {
                    if joiner != 0 {
                        *joined = true;
                        *plain &= joiner & PLAIN != 0;
                        joiner = 0;
                    }
                    *plain &= class & PLAIN != 0;
                    *end = i + len;
                }
                None => {
                    let cap = class & UPPER != 0;
                    open = Some((i, i + len, cap, false, class & PLAIN != 0));
                }
            }
        } else if open.is_some() && joiner == 0 && class & JOINER != 0 {
            joiner = class;
        } else if let Some(w) = open.take() {
            joiner = 0;
            push(words, w);
        }
    });
    if let Some(w) = open {
        push(words, w);
    }
}

/// The fold loop: calls `each(offset, len, class)` for every char of `text`, with the
/// word-splitting classes of the caller's char (not its fold), while appending its fold
/// to `out`. A run of four lower-case Cyrillic letters (see [`lower_cyrillic4`]), which
/// folds to itself, is copied whole and reported as one word char of eight bytes.
#[inline]
fn fold_each(text: &str, out: &mut String, mut each: impl FnMut(usize, usize, u8)) {
    let (table, classes) = (two_byte_table(), class_table());
    let src = text.as_bytes();
    let mut buf = std::mem::take(out).into_bytes();
    let before = buf.len();
    buf.reserve(src.len());
    let mut i = 0;
    while i < src.len() {
        let b = src[i];
        if b & 0xFC == 0xD0 {
            if let Some(block) = src.get(i..i + 8) {
                if lower_cyrillic4(u64::from_le_bytes(block.try_into().unwrap_or_default())) {
                    buf.extend_from_slice(block);
                    each(i, 8, WORD | PLAIN);
                    i += 8;
                    continue;
                }
            }
        }
        if b < 0x80 {
            buf.push(b.to_ascii_lowercase());
            each(i, 1, classes[usize::from(b)]);
            i += 1;
        } else if b < 0xE0 {
            // A two-byte char (the input is valid UTF-8, so src[i + 1] exists).
            let cp = (usize::from(b & 0x1F) << 6) | usize::from(src[i + 1] & 0x3F);
            let l = table[cp];
            buf.push(0xC0 | (l >> 6) as u8);
            buf.push(0x80 | (l & 0x3F) as u8);
            each(i, 2, classes[cp]);
            i += 2;
        } else {
            let n = if b < 0xF0 { 3 } else { 4 };
            let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            let mut enc = [0; 4];
            buf.extend_from_slice(fold_char(c).encode_utf8(&mut enc).as_bytes());
            each(i, n, class_of(c));
            i += n;
        }
    }
    debug_assert!(std::str::from_utf8(&buf).is_ok());
    // SAFETY: `buf` began as a String's bytes, and every char of `text` (valid UTF-8) was
    // replaced by the UTF-8 encoding of one char: ASCII bytes by ASCII bytes, two-byte
    // chars by the two-byte encoding of a code point in U+0080..U+07FF (the table holds
    // no other), longer chars by `char::encode_utf8`. So `buf` is valid UTF-8 (tested
    // over all of U+0000..U+3000 by `fold_table_agrees_with_char_fold`, and by the
    // property tests).
    *out = unsafe { String::from_utf8_unchecked(buf) };
    debug_assert_eq!(out.len(), before + text.len());
}

/// Whether the eight bytes `x` (little-endian) are four lower-case Cyrillic letters that
/// fold to themselves and are word chars: а–я and ѐ–џ (U+0430..U+045F), and the odd,
/// lower-case code points of U+048A..U+04BF and U+04D0..U+04FF, where the Kazakh letters
/// ғ қ ң ү ұ һ ә ө are. SWAR, per 16-bit lane: the lead must be D0..D3 and the second
/// byte a continuation byte; `v`, the code point minus U+0400, is tested by ranges.
#[inline]
fn lower_cyrillic4(x: u64) -> bool {
    const LANES: u64 = 0x0001_0001_0001_0001;
    const HIGH: u64 = 0x8000 * LANES;
    let leads = x & (0xFF * LANES);
    let conts = (x >> 8) & (0xFF * LANES);
    if leads & (0xFC * LANES) != 0xD0 * LANES || conts & (0xC0 * LANES) != 0x80 * LANES {
        return false;
    }
    // v = (lead & 3) << 6 | (cont & 0x3F), under 0x100 in each lane.
    let v = ((leads & (3 * LANES)) << 6) | (conts & (0x3F * LANES));
    // The lane's high bit is set where v >= k.
    let at_least = |k: u64| v + (0x8000 - k) * LANES;
    let odd = (v & LANES) << 15;
    let small = at_least(0x30) & !at_least(0x60);
    let kazakh = odd & ((at_least(0x8A) & !at_least(0xC0)) | at_least(0xD0));
    (small | kazakh) & HIGH == HIGH
}

/// A word of the text: a run of word chars, hyphenated parts joined (Қасым-Жомарт,
/// ТМҰ-ның).
///
/// 16 bytes: the end is kept as a length of at most `u32::MAX` bytes (a longer run of
/// word chars, possible only in a text of over 4 GiB, is split into words of at most that
/// length, at char boundaries).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    len: u32,
    /// Starts with a capital letter.
    pub cap: bool,
    /// Has parts joined by a hyphen or an apostrophe.
    pub joined: bool,
    /// Is letters and hyphen-minuses only (no digit, mark or apostrophe); folding keeps
    /// this (tested), so it holds of the folded word too.
    pub plain: bool,
}

impl Word {
    /// The word from `start` to `end`, which must be at most `u32::MAX` bytes long.
    pub(crate) fn new(start: usize, end: usize, cap: bool, joined: bool, plain: bool) -> Word {
        debug_assert!(end - start <= MAX_WORD);
        Word { start, len: (end - start) as u32, cap, joined, plain }
    }

    /// The offset one past the word's last byte.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.start + self.len as usize
    }
}

/// The longest word, in bytes (see [`Word`]).
const MAX_WORD: usize = u32::MAX as usize;

/// The word-splitting classes of every one- and two-byte code point (U+0000..U+07FF).
fn class_table() -> &'static [u8; 0x800] {
    static TABLE: once_cell::sync::Lazy<Box<[u8; 0x800]>> = once_cell::sync::Lazy::new(|| {
        let mut t = Box::new([0u8; 0x800]);
        for (cp, slot) in t.iter_mut().enumerate() {
            *slot = char::from_u32(cp as u32).map_or(0, class_of);
        }
        t
    });
    &TABLE
}

/// The fold of every two-byte code point (U+0080..U+07FF), indexed by code point.
fn two_byte_table() -> &'static [u16; 0x800] {
    static TABLE: once_cell::sync::Lazy<Box<[u16; 0x800]>> = once_cell::sync::Lazy::new(|| {
        let mut t = Box::new([0u16; 0x800]);
        for (cp, slot) in t.iter_mut().enumerate() {
            *slot = char::from_u32(cp as u32).map_or(cp as u16, |c| {
                let f = fold_char(c) as u32;
                if (0x80..0x800).contains(&f) {
                    f as u16
                } else {
                    cp as u16
                }
            });
        }
        t
    });
    &TABLE
}

/// Folds `text` into a new string; see [`fold_into`].
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Lower-cases one char when its lower case is one char of the same UTF-8 length.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// Whether `c` belongs to a word: letters, digits and combining marks.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c as u32 {
        // Fast paths for the scripts of Kazakh text: ASCII and the Cyrillic block, whose
        // only non-letters are the signs U+0482..U+0489.
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x0400..=0x04FF => !(0x0482..=0x0489).contains(&(c as u32)),
        0x0300..=0x036F => true,
        _ => c.is_alphanumeric(),
    }
}

/// The bytes of `x` equal to `b`, as a mask with the high bit of each set (SWAR
/// zero-byte search): zero exactly when no byte is `b`, and its lowest set bit marks the
/// first such byte (bits above a match may be set by the borrow, so only the lowest is
/// exact).
#[inline]
pub(crate) fn bytes_equal(x: u64, b: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let y = x ^ (ONES * u64::from(b));
    y.wrapping_sub(ONES) & !y & (ONES << 7)
}

/// `char::is_alphanumeric`, with fast paths for ASCII and the Cyrillic block (whose only
/// non-alphanumerics are U+0482..U+0489).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0x0400..=0x04FF => !(0x0482..=0x0489).contains(&(c as u32)),
        _ => c.is_alphanumeric(),
    }
}

/// Whether `c` is a letter (`char::is_alphabetic`), with a fast path for ASCII and
/// Cyrillic.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0x0400..=0x04FF => !(0x0482..=0x0489).contains(&(c as u32)),
        _ => c.is_alphabetic(),
    }
}

/// Whether `c` is upper case (`char::is_uppercase`), with a fast path for ASCII and
/// Cyrillic.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0x0400..=0x042F => true,
        0x0430..=0x045F => false,
        n @ (0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF) => n % 2 == 0,
        0x04C0 => true,
        n @ 0x04C1..=0x04CE => n % 2 == 1,
        _ => c.is_uppercase(),
    }
}

/// Whether `c` is lower case (`char::is_lowercase`), with a fast path for ASCII and
/// Cyrillic.
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_lowercase(),
        0x0400..=0x042F => false,
        0x0430..=0x045F => true,
        n @ (0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF) => n % 2 == 1,
        0x04C0 => false,
        n @ 0x04C1..=0x04CF => n % 2 == 0 || n == 0x04CF,
        _ => c.is_lowercase(),
    }
}

/// Whether `c` joins a suffix to an abbreviation, number or Latin name (ТМҰ-ның, 2025-ке,
/// Google’дың).
#[inline]
pub(crate) fn is_suffix_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}')
}

/// The first byte at or after `i` in `s` that is no space, no-break space or tab.
pub(crate) fn skip_spaces(s: &str, i: usize) -> usize {
    i + (s[i..].len() - s[i..].trim_start_matches([' ', '\u{a0}', '\t']).len())
}

/// The char starting at byte `i` of `s`, if any.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The first char boundary of `s` at or after byte `i`; `s.len()` for any `i` past it.
#[inline]
pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

/// The last char boundary of `s` at or before byte `i`; `s.len()` for any `i` past it.
#[inline]
pub(crate) fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The char ending at byte `i` of `s`, if any.
#[inline]
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

/// The byte offset where the run of word chars starting at `i` ends.
#[inline]
pub(crate) fn word_end(s: &str, i: usize) -> usize {
    if !s.is_char_boundary(i) {
        return i;
    }
    let b = s.as_bytes();
    let mut k = i;
    while k < b.len() {
        // Byte-level fast paths for ASCII and the Cyrillic block (U+0400..U+04FF, lead
        // bytes D0..D3), whose only non-letters are the signs U+0482..U+0489.
        match b[k] {
            x if x < 0x80 => {
                if !x.is_ascii_alphanumeric() {
                    return k;
                }
                k += 1;
            }
            0xD0..=0xD3 => {
                if b[k] == 0xD2 && (0x82..=0x89).contains(&b[k + 1]) {
                    return k;
                }
                k += 2;
            }
            _ => {
                let c = s[k..].chars().next().unwrap_or(' ');
                if !is_word_char(c) {
                    return k;
                }
                k += c.len_utf8();
            }
        }
    }
    b.len()
}

/// Whether a word starts at byte `i`: a word char not preceded by a word char, nor by a
/// hyphen that joins it to a preceding word unless it is capitalised (Қазақстан-Қытай).
#[inline]
pub(crate) fn is_word_start(original: &str, i: usize) -> bool {
    let Some(c) = char_at(original, i) else {
        return false;
    };
    if !is_word_char(c) {
        return false;
    }
    match char_before(original, i) {
        None => true,
        Some(p) if is_word_char(p) => false,
        Some(p) if is_suffix_joiner(p) => {
            let before = char_before(original, i - p.len_utf8());
            !before.is_some_and(is_word_char) || is_upper(c)
        }
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_round_to_whole_chars_within_the_text() {
        let s = "Aә ";
        // A at 0, ә at 1..3, space at 3.
        assert_eq!((0..=6).map(|i| ceil_boundary(s, i)).collect::<Vec<_>>(), [0, 1, 3, 3, 4, 4, 4]);
        assert_eq!(
            (0..=6).map(|i| floor_boundary(s, i)).collect::<Vec<_>>(),
            [0, 1, 1, 3, 4, 4, 4]
        );
        assert_eq!((ceil_boundary("", 3), floor_boundary("", 3)), (0, 0));
    }

    #[test]
    fn bytes_equal_finds_the_first_equal_byte() {
        for (bytes, b, first) in [
            ([1u8, 2, 3, 4, 5, 6, 7, 8], 5, Some(4)),
            ([0xFF, 0, 0x80, 0x80, 1, 1, 0, 0], 0x80, Some(2)),
            ([9; 8], 9, Some(0)),
            ([0, 1, 0, 1, 0, 1, 0, 1], 2, None),
            ([0xC2, 0xBB, 0xD0, 0xB0, 0xD1, 0x80, 0x20, 0xC2], 0xC2, Some(0)),
        ] {
            let mask = bytes_equal(u64::from_le_bytes(bytes), b);
            let found = (mask != 0).then(|| mask.trailing_zeros() as usize / 8);
            assert_eq!(found, first, "help: {bytes:?} {b}");
            assert_eq!(found, bytes.iter().position(|&x| x == b));
        }
    }

    #[test]
    fn alphanumeric_fast_paths_agree_with_char() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "help: {c:?}");
        }
    }

    #[test]
    fn word_end_agrees_with_char_test() {
        // The byte-level fast paths stop exactly where the first non-word char is.
        let reference = |s: &str, i: usize| match s.get(i..) {
            Some(rest) => rest.find(|c: char| !is_word_char(c)).map_or(s.len(), |n| i + n),
            None => i,
        };
        let mut text = String::new();
        for cp in (0..0x600).chain(0x1E00..0x2100) {
            if let Some(c) = char::from_u32(cp) {
                text.push('ә');
                text.push(c);
                text.push_str("Қа1");
            }
        }
        for i in 0..=text.len() {
            assert_eq!(word_end(&text, i), reference(&text, i), "help: at {i}");
        }
    }

    #[test]
    fn fold_keeps_byte_length_and_lowercases_kazakh() {
        let text = "ҚАЗАҚСТАН Әзербайжан ҮШІН ӨҢІР ҒЫЛЫМ ҰЙЫМ Һ BAQ.KZ İstanbul Ä";
        let folded = fold(text);
        assert_eq!(folded.len(), text.len());
        assert!(folded.starts_with("қазақстан әзербайжан үшін өңір ғылым ұйым һ baq.kz "));
        // İ lower-cases to two chars: kept as is so offsets hold.
        assert!(folded.contains("İstanbul"));
        assert!(folded.ends_with('ä'));
    }

    #[test]
    fn letter_and_case_fast_paths_agree_with_unicode() {
        for c in ('\0'..='\u{0600}').chain(['ә', 'Ұ', '€', 'İ', 'ı', '\u{1E9E}']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "help: is_letter U+{:04X}", c as u32);
            assert_eq!(is_upper(c), c.is_uppercase(), "help: is_upper U+{:04X}", c as u32);
            assert_eq!(is_lower(c), c.is_lowercase(), "help: is_lower U+{:04X}", c as u32);
        }
    }

    #[test]
    fn lower_cyrillic_blocks_are_four_small_letters_exactly() {
        // Every two bytes in every lane, the other lanes holding "я": the block passes
        // exactly when the lane is one char of the ranges, a word char that folds to
        // itself.
        for lane in 0..4 {
            for pair in 0..=u16::MAX {
                let mut block = "яяяя".as_bytes().to_vec();
                block[2 * lane..2 * lane + 2].copy_from_slice(&pair.to_be_bytes());
                let x = u64::from_le_bytes(block[..].try_into().unwrap());
                let expected = std::str::from_utf8(&block[2 * lane..2 * lane + 2]).is_ok_and(|c| {
                    c.chars().all(|c| {
                        fold_char(c) == c
                            && is_word_char(c)
                            && (('\u{430}'..='\u{45F}').contains(&c)
                                || (c as u32 % 2 == 1
                                    && matches!(c as u32, 0x48A..=0x4BF | 0x4D0..=0x4FF)))
                    })
                });
                assert_eq!(lower_cyrillic4(x), expected, "help: lane {lane}, {pair:04x}");
            }
        }
    }

    #[test]
    fn fold_table_agrees_with_char_fold() {
        let all: String = ('\0'..='\u{3000}').collect();
        let expected: String = all.chars().map(fold_char).collect();
        assert_eq!(fold(&all), expected);
    }

    #[test]
    fn folding_keeps_letters_and_hyphens() {
        // `Word::plain` is decided on the text and read of the fold.
        for c in '\0'..=char::MAX {
            let f = fold_char(c);
            assert_eq!(is_letter(f), is_letter(c), "help: {c:?} U+{:04X}", c as u32);
            assert_eq!(f == '-', c == '-', "help: {c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for c in ('\0'..='\u{0600}').chain(['ә', 'Ұ', '€', '«', '–', '\u{0301}']) {
            let unicode = c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c);
            assert_eq!(is_word_char(c), unicode, "help: {c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn word_starts() {
        let t = "ТМҰ-ның Қазақстан-Қытай";
        assert!(is_word_start(t, 0));
        let h = t.find("ның").unwrap();
        assert!(!is_word_start(t, h));
        let q = t.find("Қытай").unwrap();
        assert!(is_word_start(t, q));
        assert!(!is_word_start(t, 2));
    }

    #[test]
    fn a_word_longer_than_the_limit_is_cut_at_char_boundaries() {
        // The limit is u32::MAX bytes; a small one shows the cut. Eight-byte blocks of
        // small Cyrillic letters are read whole, so the cuts fall between them too.
        let text = "Қазақстандағы ақпараттандыру x1ә";
        let (mut folded, mut words) = (String::new(), Vec::new());
        fold_and_split(text, &mut folded, &mut words);
        let whole: Vec<(usize, usize)> = words.iter().map(|w| (w.start, w.end())).collect();
        for max in [8, 9, 10, 16, 21] {
            let mut cut = Vec::new();
            split::<true>(text, &mut folded, &mut cut, max);
            for w in &cut {
                assert!(w.end() - w.start <= max, "help: {max} {w:?}");
                assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end()));
            }
            // The pieces of each word tile it, and only the first keeps its capital.
            for &(start, end) in &whole {
                let pieces: Vec<&Word> =
                    cut.iter().filter(|w| w.start >= start && w.end() <= end).collect();
                assert_eq!(pieces.first().map(|w| w.start), Some(start), "help: {max}");
                assert_eq!(pieces.last().map(|w| w.end()), Some(end), "help: {max}");
                assert!(pieces.windows(2).all(|p| p[0].end() == p[1].start), "help: {max}");
                assert!(pieces.iter().skip(1).all(|w| !w.cap), "help: {max}");
            }
        }
        // With the real limit, nothing is cut.
        assert_eq!(whole, [(0, 26), (27, 55), (56, 60)]);
    }
}
