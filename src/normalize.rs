//! Normalisation: the caller's text → a folded haystack with the same byte offsets.
//!
//! Folding lower-cases Cyrillic, Latin and other letters **only where the lower-case
//! letter has the same UTF-8 length as the upper-case one** (true for all of Cyrillic,
//! ASCII and Latin-1). Letters whose lower case is longer or shorter (Turkish `İ`) are
//! left as they are. So a byte offset in the folded text is the same offset in the
//! caller's text, and no offset map is needed.
//!
//! Script folding (Latin-script Kazakh, Russian-keyboard spellings) plugs in here as a
//! second table applied the same way: every such fold is between letters of equal UTF-8
//! length (қ → к, ә → а, і → и are all two-byte Cyrillic), so offsets stay shared.

/// Folds `text` into `out` (cleared first); `out.len() == text.len()` afterwards and
/// every char boundary of `text` is a char boundary of `out`.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    for c in text.chars() {
        out.push(fold_char(c));
    }
    debug_assert_eq!(out.len(), text.len());
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

/// Whether `c` joins a suffix to an abbreviation, number or Latin name (ТМҰ-ның, 2025-ке,
/// Google’дың).
#[inline]
pub(crate) fn is_suffix_joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}')
}

/// The char starting at byte `i` of `s`, if any.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|r| r.chars().next())
}

/// The char ending at byte `i` of `s`, if any.
#[inline]
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    s.get(..i).and_then(|r| r.chars().next_back())
}

/// The byte offset where the run of word chars starting at `i` ends.
#[inline]
pub(crate) fn word_end(s: &str, i: usize) -> usize {
    match s.get(i..) {
        Some(rest) => rest.find(|c: char| !is_word_char(c)).map_or(s.len(), |n| i + n),
        None => i,
    }
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
            !before.is_some_and(is_word_char) || c.is_uppercase()
        }
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
