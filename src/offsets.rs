//! Char offsets for consumers that index text by Unicode scalar values (Python `str`,
//! JavaScript code points), computed for every span of an extraction in one pass.

use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

use crate::entity::Entity;
use crate::extraction::Extraction;
use crate::quote::{Quote, QuoteKind, Speaker};
use crate::span::Excerpt;

/// A half-open range of char (Unicode scalar value) offsets: `start` chars precede the
/// span, and it is `end - start` chars long.
///
/// # Example
/// ```
/// let text = "Ол Астанада.";
/// let ex = atau::extract(text);
/// let span = atau::char_offsets(text, &ex).entities[0];
/// assert_eq!((span.start, span.end), (3, 11));
/// let s: String = text.chars().skip(span.start).take(span.end - span.start).collect();
/// assert_eq!(s, "Астанада");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CharSpan {
    /// Chars before the span.
    pub start: usize,
    /// Chars before the end of the span.
    pub end: usize,
}

/// The char spans of one [`Quote`]'s parts.
///
/// # Example
/// ```
/// let text = "Бұл – маңызды қадам, – дейді сарапшы Айгүл Омарова.";
/// let ex = atau::extract(text);
/// let q = &atau::char_offsets(text, &ex).quotes[0];
/// assert_eq!((q.content.start, q.content.end), (0, 19));
/// assert!(q.speaker.is_some());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct QuoteCharOffsets {
    /// The content's char span.
    pub content: CharSpan,
    /// The cue's char span.
    pub cue: CharSpan,
    /// The speaker's char span, when the quote has a speaker.
    pub speaker: Option<CharSpan>,
}

/// Char spans for every span of an [`Extraction`], index for index: `entities[i]` is the
/// span of `extraction.entities[i]`, `quotes[j]` of `extraction.quotes[j]`.
///
/// # Example
/// ```
/// let text = "Ақтаудан Бакуге.";
/// let ex = atau::extract(text);
/// let offsets = atau::char_offsets(text, &ex);
/// assert_eq!(offsets.entities.len(), ex.entities.len());
/// assert_eq!(serde_json::to_string(&offsets.entities[1]).unwrap(), r#"{"start":9,"end":15}"#);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CharOffsets {
    /// One span per entity.
    pub entities: Vec<CharSpan>,
    /// One set of spans per quote.
    pub quotes: Vec<QuoteCharOffsets>,
}

/// Converts the byte offsets of every entity and quote span of `extraction` into char
/// offsets into `text`, so that Python's `text[span.start:span.end]` is the span's text.
///
/// `extraction` must come from `text`. The offsets are sorted once and the text is
/// walked once: O(n + m log m) for n bytes of text and m spans.
///
/// # Example
/// ```
/// let text = "«Қазақстан темір жолы» Ақтауға жетті.";
/// let ex = atau::extract(text);
/// let offsets = atau::char_offsets(text, &ex);
/// for (e, span) in ex.entities.iter().zip(&offsets.entities) {
///     let chars: Vec<char> = text.chars().collect();
///     let s: String = chars[span.start..span.end].iter().collect();
///     assert_eq!(s, e.text);
/// }
/// ```
pub fn char_offsets(text: &str, extraction: &Extraction<'_>) -> CharOffsets {
    // Slots: 2 per entity (start, end), then 6 per quote (content, cue, speaker).
    let quotes_at = 2 * extraction.entities.len();
    let mut marks: Vec<(usize, usize)> =
        Vec::with_capacity(quotes_at + 6 * extraction.quotes.len());
    for (i, e) in extraction.entities.iter().enumerate() {
        marks.push((e.start, 2 * i));
        marks.push((e.end, 2 * i + 1));
    }
    for (j, q) in extraction.quotes.iter().enumerate() {
        let slot = quotes_at + 6 * j;
        marks.extend([
            (q.content.start, slot),
            (q.content.end, slot + 1),
            (q.cue.start, slot + 2),
            (q.cue.end, slot + 3),
        ]);
        if let Some(s) = &q.speaker {
            marks.extend([(s.excerpt.start, slot + 4), (s.excerpt.end, slot + 5)]);
        }
    }
    marks.sort_unstable();

    let mut chars_at = vec![0; quotes_at + 6 * extraction.quotes.len()];
    let bytes = text.as_bytes();
    let (mut pos, mut chars) = (0, 0);
    for (byte, slot) in marks {
        let byte = byte.min(bytes.len());
        if byte > pos {
            // A char starts at every byte that is not a UTF-8 continuation byte.
            chars += bytes[pos..byte].iter().filter(|&&b| (b as i8) >= -0x40).count();
            pos = byte;
        }
        chars_at[slot] = chars;
    }

    let span = |slot: usize| CharSpan { start: chars_at[slot], end: chars_at[slot + 1] };
    CharOffsets {
        entities: (0..extraction.entities.len()).map(|i| span(2 * i)).collect(),
        quotes: extraction
            .quotes
            .iter()
            .enumerate()
            .map(|(j, q)| {
                let slot = quotes_at + 6 * j;
                QuoteCharOffsets {
                    content: span(slot),
                    cue: span(slot + 2),
                    speaker: q.speaker.as_ref().map(|_| span(slot + 4)),
                }
            })
            .collect(),
    }
}

/// An [`Extraction`] that serialises with char offsets beside the byte offsets.
///
/// The JSON is the extraction's own, with `"char_start"` and `"char_end"` added to every
/// entity and to every quote's `content`, `cue` and `speaker`. For a JSON consumer in
/// Python, `text[e["char_start"]:e["char_end"]] == e["text"]` for every entity and quote
/// part, provided `text` is the exact string that was extracted (read files with
/// `newline=""` so that `\r\n` is not translated).
///
/// # Example
/// ```
/// let text = "Ильхам Әлиев Қазақстанға келді.";
/// let ex = atau::extract(text);
/// let json = serde_json::to_value(atau::WithCharOffsets::new(text, &ex)).unwrap();
/// let kz = &json["entities"][1];
/// assert_eq!(kz["text"], "Қазақстанға");
/// assert_eq!((kz["start"].as_u64(), kz["end"].as_u64()), (Some(24), Some(46)));
/// assert_eq!((kz["char_start"].as_u64(), kz["char_end"].as_u64()), (Some(13), Some(24)));
/// ```
#[derive(Clone, Debug)]
pub struct WithCharOffsets<'a, 't> {
    extraction: &'a Extraction<'t>,
    offsets: CharOffsets,
}

impl<'a, 't> WithCharOffsets<'a, 't> {
    /// Computes the char offsets of `extraction`, which must come from `text`.
    ///
    /// # Example
    /// ```
    /// let text = "Астана";
    /// let ex = atau::extract(text);
    /// let with = atau::WithCharOffsets::new(text, &ex);
    /// assert_eq!(with.offsets().entities[0].end, 6);
    /// ```
    pub fn new(text: &str, extraction: &'a Extraction<'t>) -> WithCharOffsets<'a, 't> {
        WithCharOffsets { extraction, offsets: char_offsets(text, extraction) }
    }

    /// The extraction.
    ///
    /// # Example
    /// ```
    /// let ex = atau::extract("Астана");
    /// assert_eq!(atau::WithCharOffsets::new("Астана", &ex).extraction(), &ex);
    /// ```
    pub fn extraction(&self) -> &'a Extraction<'t> {
        self.extraction
    }

    /// The char offsets, as [`char_offsets`] returns them.
    ///
    /// # Example
    /// ```
    /// let ex = atau::extract("Астана");
    /// assert_eq!(atau::WithCharOffsets::new("Астана", &ex).offsets().entities[0].start, 0);
    /// ```
    pub fn offsets(&self) -> &CharOffsets {
        &self.offsets
    }
}

impl Serialize for WithCharOffsets<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let ex = self.extraction;
        let mut s = serializer.serialize_struct("Extraction", 2)?;
        s.serialize_field("entities", &Entities(&ex.entities, &self.offsets.entities))?;
        s.serialize_field("quotes", &Quotes(&ex.quotes, &self.offsets.quotes))?;
        s.end()
    }
}

struct Entities<'a, 't>(&'a [Entity<'t>], &'a [CharSpan]);

impl Serialize for Entities<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().zip(self.1).map(|(inner, c)| WithChars {
            inner,
            char_start: c.start,
            char_end: c.end,
        }))
    }
}

struct Quotes<'a, 't>(&'a [Quote<'t>], &'a [QuoteCharOffsets]);

impl Serialize for Quotes<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().zip(self.1).map(|(q, c)| QuoteOut {
            kind: q.kind,
            content: WithChars::new(&q.content, c.content),
            cue: WithChars::new(&q.cue, c.cue),
            speaker: q.speaker.as_ref().zip(c.speaker).map(|(s, c)| WithChars::new(s, c)),
            rule: q.rule,
        }))
    }
}

/// A serialisable item followed by its char offsets.
#[derive(Serialize)]
struct WithChars<'a, T> {
    #[serde(flatten)]
    inner: &'a T,
    char_start: usize,
    char_end: usize,
}

impl<'a, T> WithChars<'a, T> {
    fn new(inner: &'a T, c: CharSpan) -> WithChars<'a, T> {
        WithChars { inner, char_start: c.start, char_end: c.end }
    }
}

/// [`Quote`]'s fields in order, its parts with char offsets.
#[derive(Serialize)]
struct QuoteOut<'a, 't> {
    kind: QuoteKind,
    content: WithChars<'a, Excerpt<'t>>,
    cue: WithChars<'a, Excerpt<'t>>,
    speaker: Option<WithChars<'a, Speaker<'t>>>,
    rule: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wrapper's JSON minus the char fields is exactly the extraction's JSON, so a
    /// field added to `Extraction` or `Quote` cannot be left out silently.
    #[test]
    fn same_json_as_the_extraction_plus_char_fields() {
        let text = "Бұл – маңызды қадам, – дейді сарапшы Айгүл Омарова. Ол Ақтауға келді.";
        let ex = crate::extract(text);
        assert!(!ex.quotes.is_empty() && ex.quotes[0].speaker.is_some());
        let mut with = serde_json::to_value(WithCharOffsets::new(text, &ex)).unwrap();
        fn strip(v: &mut serde_json::Value) {
            match v {
                serde_json::Value::Object(m) => {
                    m.remove("char_start");
                    m.remove("char_end");
                    m.values_mut().for_each(strip);
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
                _ => {}
            }
        }
        strip(&mut with);
        assert_eq!(with, serde_json::to_value(&ex).unwrap());
    }
}
