//! Paragraphs and sentences: the frame quotations live in.

use crate::normalize::{char_at, char_before, Word};
use crate::span::Span;

/// Whether the quotation finders look at `c`: guillemets, sentence ends, commas and
/// closing quotation marks.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '.' | '!' | '?' | '…' | ',' | '"' | '”')
}

/// The marks (see [`is_mark`]) of paragraph `para`, with their offsets in it, into `out`
/// (cleared first). A mark is neither a word char nor a joiner, so it lies between the
/// paragraph's `words` (those starting in it, in order): only those gaps are read, most
/// of them a single space.
pub(crate) fn marks(text: &str, para: Span, words: &[Word], out: &mut Vec<(usize, char)>) {
    out.clear();
    let mut from = para.start;
    let gaps = words.iter().map(|w| (w.start, w.end())).chain([(para.end, para.end)]);
    for (start, end) in gaps {
        let gap = &text[from.min(start)..start];
        if gap != " " {
            let at = from - para.start;
            out.extend(gap.char_indices().filter(|&(_, c)| is_mark(c)).map(|(i, c)| (at + i, c)));
        }
        from = end;
    }
}

/// The chars of `s` that can be punctuation, with their byte offsets: every ASCII char
/// but letters and digits, and every char of U+0080..U+00BF and U+2000..U+2FFF (lead
/// bytes C2 and E2: « » … – — “ ”). Other chars may be yielded too; letters are skipped
/// by byte, eight at a time in runs of non-ASCII text. For loops that only look at
/// punctuation. (The finders use [`marks`], which reads only the gaps between words;
/// this is its reference.)
#[cfg(test)]
pub(crate) fn punctuation(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    use crate::normalize::bytes_equal;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            // Eight non-ASCII bytes with no C2 or E2 lead among them: skip them, and the
            // rest of a char cut at the end.
            if let Some(block) = b.get(i..i + 8) {
                let x = u64::from_le_bytes(block.try_into().unwrap_or_default());
                if x & HIGH == HIGH && bytes_equal(x, 0xC2) == 0 && bytes_equal(x, 0xE2) == 0 {
                    i += 8;
                    while b.get(i).is_some_and(|&c| c & 0xC0 == 0x80) {
                        i += 1;
                    }
                    continue;
                }
            }
            let x = b[i];
            if x < 0x80 {
                i += 1;
                if !x.is_ascii_alphanumeric() {
                    return Some((i - 1, char::from(x)));
                }
            } else if (0xD0..=0xD3).contains(&x) {
                i += 2;
            } else {
                // `i` is always on a char boundary: every step is one whole char.
                let c = s[i..].chars().next()?;
                let at = i;
                i += c.len_utf8();
                return Some((at, c));
            }
        }
        None
    })
}

/// Non-blank lines, trimmed of surrounding spaces.
pub(crate) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
        start = end;
    }
    out
}

/// The sentences of a paragraph. A sentence ends at `.`, `!`, `?` or `…` followed by a
/// space and a capital letter, a digit, a dash or an opening quote, or by the paragraph
/// end; not after an initial ("А. Құрмашев") or inside guillemets. Spans exclude the
/// final punctuation.
#[cfg(test)]
pub(crate) fn sentences(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, para, punctuation(&text[para.range()]), &mut out);
    out
}

/// [`sentences`] into `out` (cleared first, so that one buffer serves every paragraph of
/// a text), given the paragraph's punctuation (offsets in the paragraph, as
/// [`punctuation`] yields them; chars other than « » . ! ? … may be left out).
pub(crate) fn sentences_into(
    text: &str,
    para: Span,
    marks: impl IntoIterator<Item = (usize, char)>,
    out: &mut Vec<Span>,
) {
    out.clear();
    let mut start = para.start;
    let mut depth = 0usize;
    for (off, c) in marks {
        let i = para.start + off;
        match c {
            '«' => depth += 1,
            '»' => depth = depth.saturating_sub(1),
            '.' | '!' | '?' | '…' if depth == 0 => {
                let next_i = i + c.len_utf8();
                let after = text[next_i..para.end].trim_start_matches([' ', '\u{a0}']);
                let at_end = after.is_empty();
                let spaced = after.len() < text[next_i..para.end].len();
                let opens = after.starts_with(|d: char| {
                    crate::normalize::is_upper(d)
                        || d.is_ascii_digit()
                        || matches!(d, '–' | '—' | '-' | '«' | '"' | '“')
                });
                // "А. Құрмашев": a single capital letter before the period is an initial.
                let initial = char_before(text, i).is_some_and(crate::normalize::is_upper)
                    && char_before(text, i - char_before(text, i).map_or(0, char::len_utf8))
                        .is_none_or(|b| !crate::normalize::is_alphanumeric(b));
                if at_end || (spaced && opens && !initial) {
                    if i > start {
                        out.push(Span::new(start, i));
                    }
                    start = para.end - after.len();
                }
            }
            _ => {}
        }
    }
    if start < para.end {
        out.push(Span::new(start, para.end));
    }
}

/// The longest quotation looked for, in bytes: quotation marks further apart than this
/// are not paired, which keeps the search linear on hostile text (10⁵ unbalanced «).
const MAX_QUOTE: usize = 16 * 1024;

/// The position of the quotation mark that opens the one closing at `close` (`»`, `”` or
/// `"`), searching back to `floor`; inner pairs («Ақтау», „…“) are skipped.
pub(crate) fn matching_open(text: &str, floor: usize, close: usize) -> Option<usize> {
    let closing = char_at(text, close)?;
    let floor = crate::normalize::ceil_boundary(text, floor.max(close.saturating_sub(MAX_QUOTE)));
    let (open, shut) = match closing {
        '»' => ('«', '»'),
        '”' => ('“', '”'),
        '"' => return text.get(floor..close)?.rfind('"').map(|i| floor + i),
        _ => return None,
    };
    let mut depth = 0usize;
    for (i, c) in text.get(floor..close)?.char_indices().rev() {
        if c == shut {
            depth += 1;
        } else if c == open {
            if depth == 0 {
                return Some(floor + i);
            }
            depth -= 1;
        }
    }
    None
}

/// The position of the `»` that closes a `«` opened just before `open`, within `limit`.
pub(crate) fn matching_guillemet(text: &str, open: usize, limit: usize) -> Option<usize> {
    let limit = crate::normalize::ceil_boundary(
        text,
        limit.min(open.saturating_add(MAX_QUOTE)).min(text.len()),
    );
    let mut depth = 1usize;
    for (off, c) in text.get(open..limit)?.char_indices() {
        match c {
            '«' => depth += 1,
            '»' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + off);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_yields_every_mark() {
        let text = "Ақтау, «Баку»… – дейді ол: 5%! Ҳ҂ “x” é. Қазақстанның—ұлттық—«Ұлттық»\n\
                    ӘӘӘӘӘӘӘӘ…ӘӘӘӘ»ҚҚҚҚҚҚҚҚҚ🙂ҚҚҚҚ”";
        let found: Vec<(usize, char)> = punctuation(text).collect();
        for (i, c) in text.char_indices() {
            let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            let mark = (c.is_ascii() && !c.is_ascii_alphanumeric()) || lead == 0xC2 || lead == 0xE2;
            if mark {
                assert!(found.contains(&(i, c)), "help: {c:?} at {i}");
            }
        }
        for (i, c) in found {
            assert_eq!(text[i..].chars().next(), Some(c), "help: at {i}");
        }
    }

    #[test]
    fn marks_between_words_are_the_marks_of_the_whole_text() {
        // Every char of U+0000..U+3000 next to letters, joiners and marks: reading only
        // the gaps between words loses no mark.
        let mut all = String::from("«Иә», – деді ол. Ақтау-ға… «Жоқ!» “x” \"y\"?,. ");
        for cp in 0..0x3000 {
            if let Some(c) = char::from_u32(cp).filter(|c| *c != '\n') {
                for around in ["ә", "-", ".", " ", "»"] {
                    all.push_str(around);
                    all.push(c);
                    all.push_str(around);
                    all.push('«');
                }
            }
        }
        for text in [all.as_str(), "", "  .  ", "ә", "«", "Ә,ә", "ә-,ә"] {
            for para in paragraphs(text) {
                let (mut folded, mut words) = (String::new(), Vec::new());
                crate::normalize::fold_and_split(text, &mut folded, &mut words);
                words.retain(|w| para.start <= w.start && w.start < para.end);
                let mut found = Vec::new();
                marks(text, para, &words, &mut found);
                let expected: Vec<(usize, char)> =
                    punctuation(&text[para.range()]).filter(|&(_, c)| is_mark(c)).collect();
                let first_difference = found.iter().zip(&expected).position(|(a, b)| a != b);
                assert_eq!(found.len(), expected.len(), "help: at {first_difference:?}");
                assert_eq!(first_difference, None);
            }
        }
    }

    #[test]
    fn paragraphs_and_sentences() {
        let t = " Бірінші сөйлем. Екінші – «Иә. Жоқ» сөйлем!\n\nА. Құрмашев келді. 2025 жылы.";
        let ps = paragraphs(t);
        assert_eq!(ps.len(), 2);
        let s: Vec<_> = sentences(t, ps[0]).iter().map(|s| &t[s.range()]).collect();
        assert_eq!(s, ["Бірінші сөйлем", "Екінші – «Иә. Жоқ» сөйлем"]);
        let s: Vec<_> = sentences(t, ps[1]).iter().map(|s| &t[s.range()]).collect();
        assert_eq!(s, ["А. Құрмашев келді", "2025 жылы"]);
    }

    #[test]
    fn matching_quotation_marks() {
        let t = "x «Біз «Ақтау» аймағына барамыз», – деді.";
        let close = t.rfind('»').unwrap();
        assert_eq!(matching_open(t, 0, close), t.find('«'));
        let t = "«Ол „иә“ деді»";
        assert_eq!(matching_open(t, 0, t.rfind('»').unwrap()), Some(0));
    }
}
