//! IOB2 export in the CoNLL layout of KazNERD: one `token TAG` line per token, a blank
//! line after each sentence.
//!
//! Tokens follow KazNERD's conventions:
//! - a **word** is a run of letters and digits (combining marks, ZWJ/ZWNJ and soft hyphens
//!   included); a hyphen (`-`, U+2010, U+2011) or an apostrophe (`'`, `’`, `ʼ`) between two
//!   word characters stays inside the word: `ТМҰ-ның`, `2025-жылы`, `Қасым-Жомарт`;
//! - a case suffix written with a hyphen after `%`, `»`, `”`, `"` or `)` joins that mark:
//!   `%-ке`, `»-дан`;
//! - every other character that is not a space is a token of its own: `.`, `,`, `«`, `»`,
//!   `–`, `(`, and the decimal comma and clock colon (`5 , 3`, `18 : 00-де`);
//! - white space, control characters, U+200B, U+2060 and U+FEFF separate tokens and are
//!   never part of one, so every line is exactly `token TAG`.
//!
//! A sentence ends at a line break, and after `.`, `!`, `?` or `…` outside guillemets when
//! a space follows and the next token starts with a capital letter or a digit or is a dash
//! or an opening quote — but not after an initial (`А. Омарова`). These are the rules the
//! quotation finder uses.

use std::fmt;

use crate::entity::{Entity, Label};
use crate::extraction::Extraction;

/// The IOB2 tag of one token.
///
/// Displays as KazNERD writes it: `O`, `B-GPE`, `I-PERSON`.
///
/// # Example
/// ```
/// use atau::{IobTag, Label};
/// assert_eq!(IobTag::Begin(Label::Gpe).to_string(), "B-GPE");
/// assert_eq!(IobTag::Inside(Label::Organisation).to_string(), "I-ORGANISATION");
/// assert_eq!(IobTag::Outside.label(), None);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IobTag {
    /// `O`: the token is in no entity.
    Outside,
    /// `B-LABEL`: the first token of an entity.
    Begin(Label),
    /// `I-LABEL`: a later token of the same entity.
    Inside(Label),
}

impl IobTag {
    /// The entity label, `None` for [`IobTag::Outside`].
    ///
    /// # Example
    /// ```
    /// use atau::{IobTag, Label};
    /// assert_eq!(IobTag::Inside(Label::Person).label(), Some(Label::Person));
    /// ```
    pub fn label(self) -> Option<Label> {
        match self {
            IobTag::Outside => None,
            IobTag::Begin(l) | IobTag::Inside(l) => Some(l),
        }
    }

    fn write_to<W: fmt::Write + ?Sized>(self, out: &mut W) -> fmt::Result {
        match self {
            IobTag::Outside => out.write_char('O'),
            IobTag::Begin(l) => {
                out.write_str("B-")?;
                out.write_str(l.as_str())
            }
            IobTag::Inside(l) => {
                out.write_str("I-")?;
                out.write_str(l.as_str())
            }
        }
    }
}

impl fmt::Display for IobTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

/// One token of the text with its IOB2 tag.
///
/// # Example
/// ```
/// let text = "ТМҰ-ның саммиті.";
/// let ex = atau::extract(text);
/// let t = atau::iob_tokens(text, &ex).next().unwrap();
/// assert_eq!((t.text, t.start, t.end), ("ТМҰ-ның", 0, "ТМҰ-ның".len()));
/// assert_eq!(t.tag.to_string(), "B-ORGANISATION");
/// assert!(t.sentence_start);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct IobToken<'t> {
    /// The token, `&text[start..end]`; never empty, never contains white space.
    pub text: &'t str,
    /// Byte offset of the token's first byte.
    pub start: usize,
    /// Byte offset one past the token's last byte.
    pub end: usize,
    /// The token's tag.
    pub tag: IobTag,
    /// Whether the token opens a sentence (the first token of the text does).
    pub sentence_start: bool,
}

/// The iterator returned by [`iob_tokens`].
///
/// # Example
/// ```
/// let ex = atau::extract("Астанада");
/// let mut tokens: atau::IobTokens<'_, '_> = atau::iob_tokens("Астанада", &ex);
/// assert_eq!(tokens.next().unwrap().tag, atau::IobTag::Begin(atau::Label::Gpe));
/// assert!(tokens.next().is_none());
/// ```
#[derive(Clone, Debug)]
pub struct IobTokens<'t, 'e> {
    text: &'t str,
    entities: &'e [Entity<'e>],
    /// Byte position of the scan.
    pos: usize,
    /// The first entity that may still overlap a token at or after `pos`.
    next_entity: usize,
    /// The entity of the previous token, if it was tagged.
    prev_entity: Option<usize>,
    /// Whether a token was returned already.
    started: bool,
    /// Whether the previous token may end a sentence (`.`, `!`, `?`, `…` outside
    /// guillemets, not after an initial).
    prev_terminal: bool,
    /// Whether the previous token is a single capital letter (an initial before `.`).
    prev_initial: bool,
    /// Guillemet depth within the current line.
    depth: usize,
}

/// Tokenises `text` as KazNERD does and tags each token with the entities of
/// `extraction`, in IOB2.
///
/// `extraction` must come from `text`. A token is tagged with the entity that covers its
/// first byte or, failing that, the first entity that starts inside it; `B-` on the first
/// token tagged with an entity (and on the first one after a sentence break), `I-` on the
/// next ones. Entities cover whole words in practice, so this only matters when a
/// boundary falls inside a token. Tokens are slices of `text`: nothing is allocated, and
/// the walk is linear in the length of the text.
///
/// # Example
/// ```
/// use atau::{IobTag, Label};
/// let text = "Ильхам Әлиев Қазақстанға келді.";
/// let ex = atau::extract(text);
/// let tags: Vec<(&str, IobTag)> = atau::iob_tokens(text, &ex).map(|t| (t.text, t.tag)).collect();
/// assert_eq!(
///     tags,
///     [
///         ("Ильхам", IobTag::Begin(Label::Person)),
///         ("Әлиев", IobTag::Inside(Label::Person)),
///         ("Қазақстанға", IobTag::Begin(Label::Gpe)),
///         ("келді", IobTag::Outside),
///         (".", IobTag::Outside),
///     ]
/// );
/// ```
pub fn iob_tokens<'t, 'e>(text: &'t str, extraction: &'e Extraction<'_>) -> IobTokens<'t, 'e> {
    IobTokens {
        text,
        entities: &extraction.entities,
        pos: 0,
        next_entity: 0,
        prev_entity: None,
        started: false,
        prev_terminal: false,
        prev_initial: false,
        depth: 0,
    }
}

/// Writes the IOB2 form of `extraction` over `text`: `token TAG` per line (one space, as
/// in KazNERD), a blank line after every sentence, so the output of a non-empty text
/// ends with `"\n\n"` and texts' outputs concatenate into one CoNLL file. An empty or
/// blank text writes nothing. Tokens and tags are those of [`iob_tokens`].
///
/// # Errors
/// Only those of `out`.
///
/// # Example
/// ```
/// let text = "Бакуде өтті. Астанада!";
/// let ex = atau::extract(text);
/// let mut out = String::new();
/// atau::write_iob(&mut out, text, &ex).unwrap();
/// assert_eq!(out, "Бакуде B-GPE\nөтті O\n. O\n\nАстанада B-GPE\n! O\n\n");
/// ```
pub fn write_iob<W: fmt::Write + ?Sized>(
    out: &mut W,
    text: &str,
    extraction: &Extraction<'_>,
) -> fmt::Result {
    let mut any = false;
    for t in iob_tokens(text, extraction) {
        if t.sentence_start && any {
            out.write_char('\n')?;
        }
        any = true;
        out.write_str(t.text)?;
        out.write_char(' ')?;
        t.tag.write_to(out)?;
        out.write_char('\n')?;
    }
    if any {
        out.write_char('\n')?;
    }
    Ok(())
}

/// The IOB2 form of `extraction` over `text` as a string; see [`write_iob`].
///
/// # Example
/// ```
/// let text = "ТМҰ-ның саммиті 2025 жылы өтеді.";
/// let iob = atau::to_iob(text, &atau::extract(text));
/// assert!(iob.starts_with("ТМҰ-ның B-ORGANISATION\nсаммиті O\n"));
/// assert!(iob.ends_with(". O\n\n"));
/// ```
pub fn to_iob(text: &str, extraction: &Extraction<'_>) -> String {
    // Tags and separators add about half the text's length for Cyrillic text.
    let mut out = String::with_capacity(text.len() + text.len() / 2 + 16);
    write_iob(&mut out, text, extraction).expect("writing to a String cannot fail");
    out
}

impl<'t> Iterator for IobTokens<'t, '_> {
    type Item = IobToken<'t>;

    fn next(&mut self) -> Option<IobToken<'t>> {
        let text = self.text;
        // Skip separators, noting whether they hold a space or a line break.
        let mut spaced = false;
        let mut line_break = false;
        let start = loop {
            let c = text.get(self.pos..)?.chars().next()?;
            if !is_gap(c) {
                break self.pos;
            }
            spaced = true;
            line_break |= is_line_break(c);
            self.pos += c.len_utf8();
        };
        let first = text[start..].chars().next()?;
        let mut end = start + first.len_utf8();
        if is_word_char(first) {
            end = word_end(text, end);
        } else if matches!(first, '%' | '»' | '”' | '"' | ')') {
            // "%-ке", "»-дан": a hyphenated suffix stays on the mark it follows.
            if let Some(h) = text[end..].chars().next().filter(|&h| is_hyphen(h)) {
                let after = end + h.len_utf8();
                if text[after..].chars().next().is_some_and(is_word_char) {
                    end = word_end(text, after);
                }
            }
        }
        self.pos = end;
        let token = &text[start..end];

        if line_break {
            self.depth = 0;
        }
        let opens = first.is_uppercase()
            || first.is_ascii_digit()
            || matches!(first, '–' | '—' | '-' | '«' | '"' | '“');
        let sentence_start = !self.started || line_break || (self.prev_terminal && spaced && opens);
        self.started = true;
        match first {
            '«' => self.depth += 1,
            '»' => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        let terminal = matches!(token, "." | "!" | "?" | "…");
        self.prev_terminal = terminal && self.depth == 0 && !(token == "." && self.prev_initial);
        self.prev_initial = first.is_uppercase() && token.len() == first.len_utf8();

        // The entity covering the token's start, else the first one starting inside it.
        while let Some(e) = self.entities.get(self.next_entity) {
            if e.end > start && e.start < e.end {
                break;
            }
            self.next_entity += 1;
        }
        let entity = self.entities.get(self.next_entity).filter(|e| e.start < end);
        let tag = match entity {
            None => {
                self.prev_entity = None;
                IobTag::Outside
            }
            Some(e) => {
                let continues = self.prev_entity == Some(self.next_entity) && !sentence_start;
                self.prev_entity = Some(self.next_entity);
                if continues {
                    IobTag::Inside(e.label)
                } else {
                    IobTag::Begin(e.label)
                }
            }
        };
        Some(IobToken { text: token, start, end, tag, sentence_start })
    }
}

impl std::iter::FusedIterator for IobTokens<'_, '_> {}

/// Letters, digits, and the marks and joiners that belong inside a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '\u{AD}'
                | '\u{300}'..='\u{36F}'
                | '\u{483}'..='\u{489}'
                | '\u{1AB0}'..='\u{1AFF}'
                | '\u{1DC0}'..='\u{1DFF}'
                | '\u{200C}'
                | '\u{200D}'
                | '\u{20D0}'..='\u{20FF}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FE20}'..='\u{FE2F}'
        )
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Characters that separate tokens and belong to none.
fn is_gap(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{B}' | '\u{C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The end of the word continuing at `i` (just after a word character): more word
/// characters, and hyphens or apostrophes with a word character after them.
fn word_end(text: &str, mut i: usize) -> usize {
    let mut chars = text[i..].chars().peekable();
    while let Some(c) = chars.next() {
        let joins =
            (is_hyphen(c) || is_apostrophe(c)) && chars.peek().is_some_and(|&d| is_word_char(d));
        if !is_word_char(c) && !joins {
            break;
        }
        i += c.len_utf8();
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(&str, bool)> {
        iob_tokens(text, &Extraction::default()).map(|t| (t.text, t.sentence_start)).collect()
    }

    #[test]
    fn tokens_follow_kaznerd() {
        let toks: Vec<&str> = tokens("ТМҰ-ның 5,3 %-ке «Хабар»-дан 18:00-де (БҰҰ) o'z -ға ТМҰ-")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            toks,
            [
                "ТМҰ-ның",
                "5",
                ",",
                "3",
                "%-ке",
                "«",
                "Хабар",
                "»-дан",
                "18",
                ":",
                "00-де",
                "(",
                "БҰҰ",
                ")",
                "o'z",
                "-",
                "ға",
                "ТМҰ",
                "-"
            ]
        );
    }

    #[test]
    fn sentences() {
        let starts: Vec<&str> =
            tokens("А. Омарова келді... Ол «Иә. Жоқ» деді! 2025 жылы.\nжаңа жол. әрі")
                .into_iter()
                .filter(|&(_, s)| s)
                .map(|(t, _)| t)
                .collect();
        assert_eq!(starts, ["А", "Ол", "2025", "жаңа"]);
    }

    #[test]
    fn gaps_are_never_tokens() {
        let toks = tokens("\u{FEFF}a\u{200B}b\u{0}c\u{A0}d\r\n");
        assert_eq!(toks, [("a", true), ("b", false), ("c", false), ("d", false)]);
    }
}
