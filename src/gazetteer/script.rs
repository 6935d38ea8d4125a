//! Script folding: Latin-script Kazakh (the 2021 alphabet: Qazaqstan, Äzerbaijan, Aidar
//! Qūrmaşev) and Russian-keyboard spellings (Казакстан, Курмашев, Азербайжан) match the
//! same gazetteer entries as the Cyrillic spelling, through one table applied at match
//! time, not through variants listed in `data/`.
//!
//! The table maps each (already lower-cased) letter to a *skeleton*: letters that the
//! other spellings write alike share one skeleton letter (қ к q k → `k`, ә а ä a → `a`,
//! ұ ү у ū ü u → `u`, і и й ы i ı y → `i`, …), loan letters expand (ю → `iu`, ц → `ts`),
//! and the soft and hard signs vanish. The matcher keeps a second trie over the skeletons
//! of every surface and consults it only where exact matching found nothing at a
//! capitalised word, so Cyrillic text written correctly is matched exactly as before.
//!
//! A suffix after a folded match is written in the same spelling (Казакстанга,
//! Qazaqstanğa): it is restored letter by letter to Kazakh Cyrillic, with the vowel
//! harmony of the entry's stem choosing between the letters a keyboard merges (г/ғ, к/қ,
//! ы/і, ү/ұ), and then checked by the suffix grammar like any other.

use crate::morph::{suffix_chain, Chain, Stem};

/// The skeleton of one lower-cased char: up to two bytes, `None` for chars that are not
/// letters of Kazakh in either script (they keep their own bytes, see [`skeleton_of`]).
#[inline]
fn skeleton(c: char) -> Option<&'static [u8]> {
    Some(match c {
        'а' | 'ә' | 'a' | 'ä' | 'ə' => b"a",
        'б' | 'b' => b"b",
        'в' | 'v' | 'w' => b"v",
        'г' | 'ғ' | 'g' | 'ğ' => b"g",
        'д' | 'd' => b"d",
        'е' | 'э' | 'e' => b"e",
        'ё' => b"io",
        'ж' | 'j' => b"j",
        'з' | 'z' => b"z",
        'и' | 'й' | 'і' | 'ы' | 'i' | 'ı' | 'y' | 'İ' => b"i",
        'к' | 'қ' | 'k' | 'q' | 'c' => b"k",
        'л' | 'l' => b"l",
        'м' | 'm' => b"m",
        'н' | 'ң' | 'n' | 'ñ' | 'ŋ' => b"n",
        'о' | 'ө' | 'o' | 'ö' => b"o",
        'п' | 'p' => b"p",
        'р' | 'r' => b"r",
        'с' | 's' => b"s",
        'т' | 't' => b"t",
        'у' | 'ұ' | 'ү' | 'u' | 'ū' | 'ü' => b"u",
        'ф' | 'f' => b"f",
        'х' | 'һ' | 'h' | 'x' => b"h",
        'ц' => b"ts",
        'ч' | 'ç' => b"c",
        'ш' | 'ş' => b"w",
        'щ' => b"ww",
        'ъ' | 'ь' => b"",
        'ю' => b"iu",
        'я' => b"ia",
        _ => return None,
    })
}

/// Walks `trie` (over skeletons) along the skeleton of `folded[start..]`, calling
/// `found(end, key)` at each char end where a key ends, shortest first; `end` is a byte
/// offset in `folded`. Stops where no key goes on, or at a line break.
#[inline]
pub(crate) fn walk_skeleton(
    trie: &super::trie::Trie,
    folded: &str,
    start: usize,
    mut found: impl FnMut(usize, u32),
) {
    let mut node = super::trie::Trie::ROOT;
    let mut buf = [0; 4];
    for (i, c) in folded[start..].char_indices() {
        if c == '\n' {
            return;
        }
        for &b in skeleton_bytes(c, &mut buf) {
            match trie.step(node, b) {
                Some(n) => node = n,
                None => return,
            }
        }
        if let Some(key) = trie.value(node) {
            found(start + i + c.len_utf8(), key);
        }
    }
}

/// The skeleton of a folded string, as bytes. Chars outside the table keep their UTF-8
/// bytes (spaces, digits, hyphens, other scripts).
pub(crate) fn skeleton_of(folded: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(folded.len());
    for c in folded.chars() {
        push(&mut out, c);
    }
    out
}

#[inline]
fn push(out: &mut Vec<u8>, c: char) {
    let mut buf = [0; 4];
    out.extend_from_slice(skeleton_bytes(c, &mut buf));
}

/// The skeleton bytes of `c`: its table entry, or its own UTF-8 bytes (in `buf`).
#[inline]
fn skeleton_bytes(c: char, buf: &mut [u8; 4]) -> &[u8] {
    match skeleton(c) {
        Some(s) => s,
        None => c.encode_utf8(buf).as_bytes(),
    }
}

/// The skeleton of `folded[start..]`, at most `max` bytes, in `skel`, with `ends[k]` the
/// byte offset in `folded` just after the char whose skeleton ends at skeleton byte `k`
/// (0 inside a char's skeleton). Stops at a line break.
pub(crate) fn skeleton_window(
    folded: &str,
    start: usize,
    max: usize,
    skel: &mut Vec<u8>,
    ends: &mut Vec<usize>,
) {
    skel.clear();
    ends.clear();
    for (i, c) in folded[start..].char_indices() {
        if c == '\n' || skel.len() >= max {
            break;
        }
        let before = skel.len();
        push(skel, c);
        let added = skel.len() - before;
        if added > 0 {
            ends.extend(std::iter::repeat_n(0, added - 1));
            ends.push(start + i + c.len_utf8());
        } else if let Some(last) = ends.last_mut() {
            // A vanished sign (ь, ъ) belongs to the char before it.
            *last = start + i + c.len_utf8();
        }
    }
}

/// Whether `written` (a folded stem from the text) is `key` (a folded surface) in some
/// spelling rather than a different word that shares its skeleton: it has a Latin letter
/// (Latin-script Kazakh), or it is Cyrillic and differs from `key` only where a Russian
/// keyboard lacks a Kazakh letter (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у, һ→х, і→и ы). An
/// identical stem counts: its suffix may be the part in keyboard spelling (Астанага).
pub(crate) fn other_spelling(written: &str, key: &str) -> bool {
    if has_latin(written) {
        return true;
    }
    let mut k = key.chars();
    for w in written.chars() {
        let Some(c) = k.next() else { return false };
        if c == w {
            continue;
        }
        let keyboard = matches!(
            (c, w),
            ('ә', 'а')
                | ('ғ', 'г')
                | ('қ', 'к')
                | ('ң', 'н')
                | ('ө', 'о')
                | ('ұ', 'у')
                | ('ү', 'у')
                | ('һ', 'х')
                | ('і', 'и')
                | ('і', 'ы')
        );
        if !keyboard {
            return false;
        }
    }
    k.next().is_none()
}

/// Whether the text around byte `at` is written in Latin script: at least as many Latin
/// letters as Cyrillic ones within 256 bytes either side. A Latin word inside Cyrillic
/// text is mostly a brand ("Smart Astana қосымшасы", "Astana Hub"), not a place written
/// in Latin Kazakh, so Latin spellings match by skeleton only in Latin text.
pub(crate) fn latin_context(folded: &str, at: usize) -> bool {
    const WINDOW: usize = 256;
    let from = crate::normalize::ceil_boundary(folded, at.saturating_sub(WINDOW));
    let to = crate::normalize::floor_boundary(folded, at + WINDOW);
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    for c in folded[from..to.max(from)].chars() {
        if is_latin(c) {
            latin += 1;
        } else if ('\u{0400}'..='\u{04ff}').contains(&c) {
            cyrillic += 1;
        }
    }
    latin >= cyrillic
}

/// Whether `s` has a Latin letter.
pub(crate) fn has_latin(s: &str) -> bool {
    s.chars().any(is_latin)
}

/// Whether `c` counts as Latin: ASCII letters and Latin-1 to Latin Extended-B.
pub(crate) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00c0}'..='\u{024f}').contains(&c)
}

/// The first byte of the skeleton of `word` (a folded word, no line break), if any.
pub(crate) fn first_skeleton_byte(word: &str) -> Option<u8> {
    let mut buf = [0; 4];
    word.chars().find_map(|c| skeleton_bytes(c, &mut buf).first().copied())
}

/// Buffers for matching other spellings, allocated once per text when needed.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    pub skeleton: Vec<u8>,
    pub ends: Vec<usize>,
    pub suffix: String,
}

/// The suffix chain of `rest`, a suffix written in another spelling after a stem of class
/// `stem`: restored to Kazakh Cyrillic for each vowel shape the stem allows, with a final
/// н read as ң too (keyboards write ң as н: -мен, but -ның).
pub(crate) fn spelled_chain(stem: Stem, rest: &str, suffix: &mut String) -> Option<Chain> {
    if rest.is_empty() {
        return suffix_chain(stem, "", false);
    }
    for &back in stem.shapes() {
        if !restore_suffix(rest, back, suffix) {
            return None;
        }
        let chain = suffix_chain(stem, suffix, false).or_else(|| {
            suffix.pop().filter(|&c| c == 'н').and_then(|_| {
                suffix.push('ң');
                suffix_chain(stem, suffix, false)
            })
        });
        if chain.is_some() {
            return chain;
        }
    }
    None
}

/// Whether the folded `word`, whose skeleton is `skeleton` with char ends `ends` (from
/// [`skeleton_window`]), is `key` (folded, with skeleton `key_skeleton`) in another
/// spelling, whole or followed by a suffix: returns the stem's byte length in `word` and
/// the suffix chain. A Latin spelling counts only when `latin` (the text around is Latin,
/// see [`latin_context`]).
pub(crate) fn spelled_form(
    word: &str,
    (skeleton, ends): (&[u8], &[usize]),
    key: &str,
    key_skeleton: &[u8],
    latin: bool,
    suffix: &mut String,
) -> Option<(usize, Chain)> {
    if key_skeleton.is_empty() || !skeleton.starts_with(key_skeleton) {
        return None;
    }
    let stem_len = ends[key_skeleton.len() - 1];
    let stem = word.get(..stem_len).filter(|s| !s.is_empty())?;
    if !spelled_as(stem, key, || latin) {
        return None;
    }
    let chain = spelled_chain(Stem::classify(key), &word[stem_len..], suffix)?;
    Some((stem_len, chain))
}

/// Whether `written` reads as `key` in another spelling (see [`other_spelling`]), where a
/// Latin spelling counts only when `latin_text()` says the text around is Latin (see
/// [`latin_context`]; asked only for Latin spellings).
pub(crate) fn spelled_as(written: &str, key: &str, latin_text: impl FnOnce() -> bool) -> bool {
    other_spelling(written, key) && (!has_latin(written) || latin_text())
}

/// Restores a suffix written in Latin or on a Russian keyboard to Kazakh Cyrillic, into
/// `out`: `back` is the vowel harmony of the stem it follows. Returns `false` when the
/// suffix has a char no Kazakh suffix has.
pub(crate) fn restore_suffix(rest: &str, back: bool, out: &mut String) -> bool {
    // The back or the front letter, by the stem's harmony.
    let shape = |back_letter, front_letter| if back { back_letter } else { front_letter };
    out.clear();
    for c in rest.chars() {
        let k = match c {
            'а' | 'a' => 'а',
            'ә' | 'ä' => 'ә',
            'е' | 'e' => 'е',
            'ы' | 'і' | 'и' | 'y' | 'ı' | 'i' => shape('ы', 'і'),
            'ғ' | 'г' | 'ğ' | 'g' => shape('ғ', 'г'),
            'қ' | 'к' | 'q' | 'k' => shape('қ', 'к'),
            'ұ' | 'ү' | 'у' | 'ū' | 'ü' | 'u' => shape('ұ', 'ү'),
            'о' | 'ө' | 'o' | 'ö' => shape('о', 'ө'),
            'ң' | 'ñ' => 'ң',
            'н' | 'n' => 'н',
            'д' | 'd' => 'д',
            'т' | 't' => 'т',
            'л' | 'l' => 'л',
            'м' | 'm' => 'м',
            'б' | 'b' => 'б',
            'п' | 'p' => 'п',
            'с' | 's' => 'с',
            'з' | 'z' => 'з',
            'р' | 'r' => 'р',
            'ш' | 'ş' => 'ш',
            'ж' | 'j' => 'ж',
            'й' => 'й',
            'в' | 'v' => 'в',
            _ => return false,
        };
        out.push(k);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_share_a_skeleton() {
        let same = [
            ["қазақстан", "казакстан", "qazaqstan"],
            ["құрмашев", "курмашев", "qūrmaşev"],
            ["әзербайжан", "азербайжан", "äzerbaijan"],
            ["айдар", "айдар", "aidar"],
            ["өскемен", "оскемен", "öskemen"],
            ["ақтөбе", "актобе", "aqtöbe"],
            ["ұлытау", "улытау", "ūlytau"],
            ["шығыс", "шыгыс", "şyğys"],
        ];
        for [cyr, rus, lat] in same {
            assert_eq!(skeleton_of(cyr), skeleton_of(rus), "help: {cyr} / {rus}");
            assert_eq!(skeleton_of(cyr), skeleton_of(lat), "help: {cyr} / {lat}");
        }
        assert_ne!(skeleton_of("ақтау"), skeleton_of("ақтөбе"));
        assert_ne!(skeleton_of("шымкент"), skeleton_of("семей"));
    }

    #[test]
    fn other_spellings_and_other_words() {
        assert!(other_spelling("казакстан", "қазақстан"));
        assert!(other_spelling("алиев", "әлиев"));
        assert!(other_spelling("qazaqstan", "қазақстан"));
        // Same skeleton, but not a keyboard spelling: Елбасы is no form of Эльба.
        assert!(!other_spelling("елба", "эльба"));
        assert!(other_spelling("астана", "астана"));
        assert!(!other_spelling("казак", "қазақстан"));
    }

    #[test]
    fn latin_context_by_majority() {
        assert!(latin_context("qazaqstan men äzerbaijan arasyndağy sauda", 0));
        assert!(!latin_context("smart astana мобильдік қосымшасы мен telegram арқылы", 6));
        assert!(latin_context("", 0));
    }

    #[test]
    fn window_maps_skeleton_ends_to_text_offsets() {
        let t = "юрий қазақстанға";
        let (mut s, mut e) = (Vec::new(), Vec::new());
        skeleton_window(t, 0, 64, &mut s, &mut e);
        assert_eq!(s.len(), e.len());
        assert!(s.starts_with(b"iurii kazakstanga"));
        assert_eq!((e[0], e[1]), (0, 2)); // ю is two skeleton bytes
        assert_eq!(e[s.len() - 1], t.len());
        skeleton_window(t, 0, 5, &mut s, &mut e);
        assert_eq!(s.len(), 5);
        skeleton_window("", 0, 5, &mut s, &mut e);
        assert!(s.is_empty() && e.is_empty());
    }

    #[test]
    fn suffixes_restored_by_harmony() {
        let mut out = String::new();
        let r = |rest: &str, back: bool, out: &mut String| {
            restore_suffix(rest, back, out).then(|| out.clone())
        };
        assert_eq!(r("га", true, &mut out).as_deref(), Some("ға"));
        assert_eq!(r("ğa", true, &mut out).as_deref(), Some("ға"));
        assert_eq!(r("тин", false, &mut out).as_deref(), Some("тін"));
        assert_eq!(r("tiñ", false, &mut out).as_deref(), Some("тің"));
        assert_eq!(r("да", true, &mut out).as_deref(), Some("да"));
        assert_eq!(r("x", true, &mut out), None);
    }
}
