//! Broadcast credits (KazNERD ART): a news item read on air closes with the names of its
//! reporters and camera operators, then its programme in guillemets, and sometimes the
//! place it was filmed in: "Айдар Құрмашев, Ерлан Сейітов, «Кешкі жаршы», Ақтау." or
//! "Ақтаудан Айдар Құрмашев, «Кешкі жаршы»." A name in guillemets with no head noun
//! after it is a programme when its sentence is nothing but such names: people (one at
//! least) and places, listed with commas or "және". A place may follow its compass point
//! ("Шығыс Қазақстаннан", as KazNERD tags it: the place alone), and one phrase may say who
//! helped ("Айдар Құрмашев, «Хабар» агенттігінің көмегімен «Кешкі жаршы»."). After the
//! programme come places, listed with commas, each with its unit word ("Үржар
//! ауданынан").
//!
//! `organisation` walks the names in guillemets and asks [`Credits::closes`] of those
//! with no head noun.

use super::{RuleMatch, Rules, COMPASS};
use crate::entity::Label;
use crate::normalize::{char_at, is_letter, skip_spaces};

/// How far back before its guillemets a credit line may begin, in bytes: a line of a few
/// names. A longer sentence is no credit line, and the bound keeps the look back
/// constant per name in guillemets.
const MAX_LINE: usize = 400;

/// The most words a programme's name has.
const MAX_NAME_WORDS: usize = 6;

/// The most words of a phrase saying who helped.
const MAX_HELP_WORDS: usize = 6;

/// The words closing a phrase that says who helped: 'with the help of', 'with the support
/// of'.
const HELP: [&str; 2] = ["көмегімен", "қолдауымен"];

/// The spans of people and places that a credit line is made of, found once per text
/// when a name in guillemets first needs them.
#[derive(Default)]
pub(crate) struct Credits {
    /// (start, end, a person): the gazetteer's and the rules' so far, sorted by start.
    spans: Option<Vec<(usize, usize, bool)>>,
}

/// What a credit line is made of: a person's name or a place's.
fn credited(label: Label) -> Option<bool> {
    match label {
        Label::Person => Some(true),
        Label::Gpe | Label::Location => Some(false),
        _ => None,
    }
}

impl Credits {
    /// Whether the name in guillemets from `open` (the «) to `after` (past the ») closes
    /// a credit line, given the rule matches found so far, `out`.
    pub(crate) fn closes(
        &mut self,
        r: &Rules<'_, '_>,
        out: &[RuleMatch],
        open: usize,
        after: usize,
    ) -> bool {
        let text = r.text;
        let name = &text[open + '«'.len_utf8()..after - '»'.len_utf8()];
        if name.split_whitespace().count() > MAX_NAME_WORDS
            || name.contains(['.', ',', '!', '?', ':', ';'])
        {
            return false;
        }
        // What follows, to the sentence's end: nothing, or places, after commas or not
        // ("Қытайдың Ухань қаласынан").
        let mut rest = skip_spaces(text, after);
        while !line_ends(text, rest) {
            if text[rest..].starts_with(',') {
                rest = skip_spaces(text, rest + 1);
                if line_ends(text, rest) {
                    break;
                }
            }
            // Only a capitalised word can begin a place: look no further otherwise.
            if !char_at(text, rest).is_some_and(crate::normalize::is_upper) {
                return false;
            }
            let Some((end, false)) = self.longest_at(r, out, rest) else { return false };
            rest = skip_spaces(text, unit_after(r, end));
        }
        // What comes before, from the sentence's start: people and places only.
        let Some(line) = line_start(text, open) else { return false };
        let (mut pos, mut people, mut helped) = (line, 0, false);
        loop {
            pos = skip_spaces(text, pos);
            if pos >= open {
                return people > 0;
            }
            if text[pos..].starts_with(',') {
                pos += 1;
                continue;
            }
            let word_end = pos + text[pos..].find(|c: char| !is_letter(c)).unwrap_or(0);
            let word = &r.folded[pos..word_end];
            if pos < word_end && super::conjunction(word) {
                pos = word_end;
                continue;
            }
            if let Some((end, person)) = self.longest_at(r, out, pos) {
                people += usize::from(person);
                pos = if person { end } else { unit_after(r, end) };
                continue;
            }
            // A compass point before a place: "Шығыс Қазақстаннан".
            if COMPASS.contains(&word) {
                let next = skip_spaces(text, word_end);
                if let Some((end, false)) = self.longest_at(r, out, next) {
                    pos = end;
                    continue;
                }
            }
            match help_phrase(text, &r.folded[..open], pos) {
                Some(end) if !helped => {
                    helped = true;
                    pos = end;
                }
                _ => return false,
            }
        }
    }

    /// The longest person or place starting at `pos`: its end, and whether it is a
    /// person.
    fn longest_at(
        &mut self,
        r: &Rules<'_, '_>,
        out: &[RuleMatch],
        pos: usize,
    ) -> Option<(usize, bool)> {
        let spans = self.spans.get_or_insert_with(|| {
            let gazetteer = r.gazetteer.iter().map(|e| (e.start, e.end, e.label));
            let rules = out.iter().map(|m| (m.start, m.end, m.kind.label()));
            let mut spans: Vec<(usize, usize, bool)> = gazetteer
                .chain(rules)
                .filter_map(|(s, e, label)| credited(label).map(|p| (s, e, p)))
                .collect();
            spans.sort_unstable();
            spans
        });
        let first = spans.partition_point(|s| s.0 < pos);
        spans[first..].iter().take_while(|s| s.0 == pos).max_by_key(|s| s.1).map(|s| (s.1, s.2))
    }
}

/// The end of a phrase saying who helped that starts at `pos`: a few words, spaces only
/// between them, the last of [`HELP`] ("Президент телерадиокешенінің көмегімен").
/// `folded` is the folded text, cut where the phrase must end by.
fn help_phrase(text: &str, folded: &str, pos: usize) -> Option<usize> {
    // A name in guillemets may stand in it: "«Хабар» агенттігінің көмегімен".
    let past_quotes =
        |i: usize| i + folded[i..].len() - folded[i..].trim_start_matches(['«', '»']).len();
    let mut start = past_quotes(pos);
    for _ in 0..MAX_HELP_WORDS {
        let len = folded[start..].find(|c: char| !is_letter(c) && c != '-')?;
        let end = start + len;
        if len == 0 {
            return None;
        }
        if HELP.contains(&&folded[start..end]) {
            return Some(end);
        }
        let next = past_quotes(end);
        start = skip_spaces(text, next);
        if start == next {
            return None;
        }
        start = past_quotes(start);
    }
    None
}

/// Past a place ending at `end`, the unit word that follows it, if one does (a district
/// after its name: "Үржар ауданынан"); else `end`.
fn unit_after(r: &Rules<'_, '_>, end: usize) -> usize {
    let k = r.word_from(skip_spaces(r.text, end));
    let unit =
        k > 0 && k < r.words.len() && r.words[k].start > end && r.adjacent(k - 1) && r.unit_word(k);
    if unit {
        r.words[k].end()
    } else {
        end
    }
}

/// Whether a sentence ends at `pos`: the text's end, a line break or a full stop, a
/// question or an exclamation mark.
fn line_ends(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r'))
}

/// Where the sentence holding `pos` begins: after the last sentence end or line break
/// before it, no more than [`MAX_LINE`] bytes back.
fn line_start(text: &str, pos: usize) -> Option<usize> {
    let from = crate::normalize::ceil_boundary(text, pos.saturating_sub(MAX_LINE));
    match text[from..pos].rfind(['.', '!', '?', '\n']) {
        Some(i) => Some(from + i + 1),
        None if from == 0 => Some(0),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;
    use crate::Label;

    fn works(text: &str) -> Vec<String> {
        found(text, |k| k.label() == Label::Art)
    }

    #[test]
    fn a_programme_closes_a_line_of_reporters() {
        let cases = [
            ("Айдар Құрмашев, Ерлан Сейітов, «Кешкі жаршы».", "ART Кешкі жаршы"),
            ("Жиын ертең өтеді. Гүлнар Әбенова, «Таңғы студия».", "ART Таңғы студия"),
            ("Айдар Құрмашев, Ерлан Сейітов, «Кешкі жаршы», Ақтау.", "ART Кешкі жаршы"),
            ("Айдар Құрмашев және Ерлан Сейітов, «Апта» Ақтаудан.", "ART Апта"),
            ("Ақтаудан Айдар Құрмашев, «Кешкі жаршы».", "ART Кешкі жаршы"),
            ("Айдар Құрмашев, Ақтау, «Кешкі жаршы»\nКелесі жаңалық.", "ART Кешкі жаршы"),
            // A compass point before a place.
            ("Батыс Қазақстаннан Айдар Құрмашев, «Кешкі жаршы».", "ART Кешкі жаршы"),
            // Places after it, listed, with their unit words.
            ("Ерлан Сейітов, «Кешкі жаршы», Баку, Әзербайжан.", "ART Кешкі жаршы"),
            ("Ерлан Сейітов, «Апта», Маңғыстау облысы, Бейнеу ауданынан.", "ART Апта"),
            ("Ерлан Сейітов, «Апта» Әзербайжанның Гәнжә қаласынан.", "ART Апта"),
            ("Бейнеу ауданынан Ерлан Сейітов, «Апта».", "ART Апта"),
            // One phrase saying who helped.
            ("Айдар Құрмашев, өңірдегі тілшілердің қолдауымен, «Апта».", "ART Апта"),
            ("Ерлан Сейітов, «Хабар» агенттігінің көмегімен «Апта».", "ART Апта"),
        ];
        for (text, work) in cases {
            assert_eq!(works(text), [work], "help: {text}");
        }
    }

    #[test]
    fn a_name_in_guillemets_elsewhere_is_no_programme() {
        let cases = [
            // Not a line of names: a verb, a title, a quote's cue.
            "Айдар Құрмашев «Кешкі жаршыны» көрді.",
            "Сарапшы Айдар Құрмашев, «Кешкі жаршы».",
            "Айдар Құрмашев, «Кешкі жаршы», – деді ол.",
            "Айдар Құрмашев: «Кешкі жаршы».",
            // No person: places only.
            "Ақтау, Атырау, «Кешкі жаршы».",
            // Something after it that is no place.
            "Айдар Құрмашев, «Кешкі жаршы» жаңалықтары.",
            "Айдар Құрмашев, «Кешкі жаршы», кеше.",
            // A compass point before no place.
            "Шығыс жақтан Айдар Құрмашев, «Кешкі жаршы».",
            // A lower-case word after the places.
            "Айдар Құрмашев, «Кешкі жаршы», Ақтау, кеше.",
            // More than one phrase of help, or a long one.
            "Айдар Құрмашев, достарының көмегімен, әріптестерінің көмегімен «Апта».",
            "Айдар Құрмашев кеше таңертең жаңа студияда істеген әріптестерінің көмегімен «Апта».",
            // A sentence in guillemets.
            "Айдар Құрмашев, «Біз келдік, бәрі жақсы».",
        ];
        for text in cases {
            assert_eq!(works(text), Vec::<String>::new(), "help: {text}");
        }
    }

    #[test]
    fn a_long_text_before_the_guillemets_is_no_credit_line() {
        let names = "Айдар Құрмашев, ".repeat(40);
        assert_eq!(works(&format!("{names}«Кешкі жаршы».")), Vec::<String>::new());
        // Within the bound it is.
        let names = "Айдар Құрмашев, ".repeat(5);
        assert_eq!(works(&format!("{names}«Кешкі жаршы».")), ["ART Кешкі жаршы"]);
    }
}
