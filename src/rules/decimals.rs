//! Decimals written with a space after the comma, after the numeric rules: "3, 5 миллион"
//! for 3,5 million. Transcribed speech and text that went through a tokeniser write them
//! so, and the numeric rules read two numbers there ("3" and "5 миллион"); KazNERD tags
//! one amount, "3, 5 миллион" (MONEY, PERCENTAGE, QUANTITY or CARDINAL, as the second
//! part's unit says).
//!
//! A comma and one space between two numbers is a decimal comma when nothing says the
//! numbers are a list: the whole part has at most three digits and no list or range
//! before it ("1, 2, 3", "1–2, 3"), the fraction has at most three digits, and no
//! further number joins it by a comma or a conjunction ("3, 5 және 7"). Four-digit parts
//! are years or thousands ("2019, 2020 жылдары"), never a decimal's whole part here.
//!
//! Read out, such a decimal is two numbers in words joined by the particle да/де/та/те
//! ('and'): "бес те алты пайыз" (5,6 per cent), "он екі де тоғыз пайызы". The whole part
//! is bare number words ending below a thousand (not "мың да бір", 'a thousand and one'),
//! and "бір де бір" ('not a single one') is no number.

use std::ops::Range;

use super::dates::Numbers;
use super::numeric::UNITS_AND_TENS;
use super::{RuleMatch, Rules, NUMBER_WORDS};
use crate::entity::Kind;

/// The most digits either part of a spaced decimal has.
const MAX_DIGITS: usize = 3;

/// The words that join a further number to a list ("3, 5 және 7").
const LIST_JOINERS: [&str; 4] = ["және", "мен", "немесе", "не"];

/// What joins the parts of a decimal read out: the particle 'and', in its four forms.
const SPOKEN_JOINS: [&str; 4] = [" да ", " де ", " та ", " те "];

/// Adds, for each pair of `out[numeric]` (the numeric rules' matches) that is one decimal
/// written with a space after its comma or read out, the match of the whole, with the
/// second part's kind. The parts stay; the longer match wins when entities are merged.
pub(crate) fn join(r: &Rules<'_, '_>, numeric: Range<usize>, out: &mut Vec<RuleMatch>) {
    let folded = r.folded.as_bytes();
    let before_a_fraction = |m: &RuleMatch| {
        let written =
            folded.get(m.end..m.end + 3).is_some_and(|w| w[..2] == *b", " && w[2].is_ascii_digit());
        // " да ", " те " …: a space, two two-byte letters, a space.
        let spoken = folded.get(m.end..m.end + 6).is_some_and(|w| w[0] == b' ' && w[5] == b' ');
        written || spoken
    };
    if !out[numeric.clone()].iter().any(before_a_fraction) {
        return;
    }
    let folded = r.folded;
    let numbers = Numbers::of(&out[numeric]);
    for pair in numbers.0.windows(2) {
        let ((a_start, a_end, _), (b_start, b_end, kind)) = (pair[0], pair[1]);
        if kind == Kind::Ordinal {
            continue;
        }
        let source = match folded.get(a_end..b_start) {
            Some(", ")
                if whole_part(folded, a_start, a_end) && fraction(folded, b_start, b_end) =>
            {
                "decimal_spaced"
            }
            Some(join)
                if SPOKEN_JOINS.contains(&join)
                    && spoken(&folded[a_start..a_end], &folded[b_start..b_end]) =>
            {
                "decimal_spoken"
            }
            _ => continue,
        };
        out.push(RuleMatch::new(a_start, b_end, kind, source));
    }
}

/// Whether `whole` and `fraction`, numeric matches joined by да/де/та/те, are a decimal
/// read out: `whole` is number words ending in a unit or a ten (not "жүз", "мың" …,
/// which read as "a hundred and …"), `fraction` begins with a number word, and they are
/// not "бір де бір".
fn spoken(whole: &str, fraction: &str) -> bool {
    let mut words = whole.split(' ');
    let number_words = words.clone().all(|w| NUMBER_WORDS.contains(&w));
    let ends_low = words.next_back().is_some_and(|w| UNITS_AND_TENS.contains(&w));
    let first = fraction.split(' ').next().unwrap_or("");
    number_words
        && ends_low
        && NUMBER_WORDS.iter().any(|n| first.starts_with(n))
        && !(whole == "бір" && first.starts_with("бір"))
}

/// Whether `folded[start..end]`, a match just before ", ", can be a decimal's whole part:
/// it ends in one to three digits, after a head word ("шамамен 3") or alone, and a number
/// alone does not follow a list's comma or a range's dash.
fn whole_part(folded: &str, start: usize, end: usize) -> bool {
    let m = &folded[start..end];
    let digits = m.len() - m.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > MAX_DIGITS {
        return false;
    }
    let head = &m[..m.len() - digits];
    if !head.is_empty() {
        return head.ends_with(' ');
    }
    // "1, 2, 3", "1–2, 3": a number and a comma or a dash before it. A dash after a word
    // is the copula's ("Өсім — 2, 5 пайыз").
    let before = folded[..start].trim_end_matches(' ');
    let after_number = |b: &str| b.trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit());
    !before.strip_suffix([',', '-', '–', '—']).is_some_and(after_number)
}

/// Whether the match `folded[start..end]`, just after ", ", begins with a decimal's
/// fraction: one to three digits not continued by another decimal sign, and no list goes
/// on after the match.
fn fraction(folded: &str, start: usize, end: usize) -> bool {
    let m = &folded[start..end];
    let digits = m.len() - m.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &m[digits..];
    let signed =
        rest.starts_with([',', '.']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    if digits == 0 || digits > MAX_DIGITS || signed {
        return false;
    }
    let after = folded[end..].trim_start_matches(' ');
    let number_next = |s: &str| s.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit());
    let listed = after.strip_prefix(',').is_some_and(number_next)
        || LIST_JOINERS
            .iter()
            .any(|j| after.strip_prefix(j).is_some_and(|s| s.starts_with(' ') && number_next(s)));
    !listed
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn numbers(text: &str) -> Vec<String> {
        found(text, |k| {
            use crate::entity::Kind::*;
            matches!(k, Cardinal | Money | Percentage | Quantity | Date)
        })
    }

    #[test]
    fn a_comma_and_a_space_between_a_whole_part_and_a_fraction_make_one_amount() {
        assert_eq!(numbers("Өсім 2, 7 пайызға жетті."), ["PERCENTAGE 2, 7 пайызға"]);
        assert_eq!(
            numbers("Қорға 12, 45 миллиард теңге бөлінді."),
            ["MONEY 12, 45 миллиард теңге"]
        );
        assert_eq!(numbers("Жол 8, 3 шақырымға созылады."), ["QUANTITY 8, 3 шақырымға"]);
        assert_eq!(numbers("Шамамен 1, 5 мың адам келді."), ["CARDINAL Шамамен 1, 5 мың"]);
        assert_eq!(numbers("Экспорт — 6, 25 пайыз."), ["PERCENTAGE 6, 25 пайыз"]);
    }

    #[test]
    fn a_list_of_numbers_stays_a_list() {
        assert_eq!(
            numbers("Олар 3, 5 және 7 сыныптарда оқиды."),
            ["CARDINAL 3", "CARDINAL 5", "CARDINAL 7"]
        );
        assert_eq!(
            numbers("Топтарда 4, 6, 9 бала бар."),
            ["CARDINAL 4", "CARDINAL 6", "CARDINAL 9"]
        );
        assert_eq!(
            numbers("Мектепті 4000, 5000 бала бітірді."),
            ["CARDINAL 4000", "CARDINAL 5000"]
        );
        assert_eq!(numbers("Жоспар 1–2, 4 есеге өсті."), ["CARDINAL 1–2", "CARDINAL 4 есеге"]);
    }

    #[test]
    fn a_decimal_read_out_is_one_amount() {
        assert_eq!(numbers("Өсім бес те алты пайызды құрады."), ["PERCENTAGE бес те алты пайызды"]);
        assert_eq!(
            numbers("Бюджет он екі де тоғыз миллиард теңге."),
            ["MONEY он екі де тоғыз миллиард теңге"]
        );
        // Not decimals: 'not a single one', 'a thousand and one'.
        for text in ["Бір де бір адам келмеді.", "Мың да бір түн оқылды."]
        {
            let found = numbers(text);
            assert!(!found.iter().any(|e| e.contains(" да ") || e.contains(" де ")), "{found:?}");
        }
    }

    #[test]
    fn a_written_decimal_is_unchanged() {
        assert_eq!(numbers("Өсім 2,7 пайызға жетті."), ["PERCENTAGE 2,7 пайызға"]);
    }
}
