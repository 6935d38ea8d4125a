//! Numeric expressions: dates (durations and ages among them, as KazNERD tags them), times,
//! money, percentages, quantities, ordinals, cardinals.
//!
//! One regex per family, compiled once, run over the folded text (so the patterns are
//! lower case and need no case-insensitive matching). Most families begin with a digit:
//! they are tried only where a number starts, anchored there, so the text is not scanned
//! once per family. Each of those that begin with a number has a twin for numbers written
//! in words ("екі жүз алпыстан астам"), tried at number words. The families that begin
//! with a word (month names, relative dates, times of day, ordinals in words) are tried at
//! the words their literal prefixes lead (see `word_class`). The families tried at the
//! same starts share one DFA (a [`Group`]): one walk from a start gives every family's
//! match there, the longest its pattern allows (which is also the regex crate's
//! leftmost-first match: a test checks this). Families run from the most specific to the
//! least, and a later family never takes bytes an earlier one matched.
//! Following KazNERD, spans include the unit, the suffix chain and trailing approximators
//! ("15 пайызға дейін", "100 мыңнан астам").

use std::cell::RefCell;

use once_cell::sync::Lazy;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::{Anchored, Input, MatchKind};

use super::{RuleMatch, Rules};
use crate::entity::Kind;
use crate::normalize::char_before;
use crate::taken::Taken;
use crate::word_class::{Class, Classes};

/// A Kazakh or Latin letter (for suffix chains after numbers).
const L: &str = "[а-яёәғқңөұүһіa-z]";
/// The month names, the alternation `month` in the patterns.
pub(crate) const MONTHS: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
const MULT: &str = "(?:мың|млн|млрд|трлн|миллион|миллиард|триллион)";
const APPROX: &str =
    "(?:\\s+(?:дейін|астамы(?:н|на|нда)?|астам|шамасында|шамасы|жуық|тарта|аса|артық|кем))?";
/// The emphatic particle a number may take before its unit: "бір-ақ күн", "5-ақ пайыз"
/// ('only one day', 'only 5 per cent').
const EMPHASIS: &str = "(?:-ақ)?";
/// 4 444, 5,9, 3.5, 100
const NUM: &str = r"[0-9]{1,3}(?:[ \u{a0}][0-9]{3})+(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)?";

/// Kazakh number words: units, tens, hundreds and the multipliers, "жарым" (and a half)
/// and "жарты" (half). A number written in words is a run of them, the last one possibly
/// inflected ("екі жүз алпыстан астам"); each number-led family has a twin led by these
/// words.
pub(crate) const NUMBER_WORDS: [&str; 25] = concat(&[
    &UNITS_AND_TENS,
    &["жүз", "мың", "миллион", "миллиард", "триллион", "жарым", "жарты"],
]);

/// The number words for the units and the tens, "бір" to "тоқсан".
pub(crate) const UNITS_AND_TENS: [&str; 18] = [
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];

/// The collective numerals (екеу 'the two of them', бесеу), which end a number in words
/// and take any person's possessive and any case: "екеуі", "екеуміз", "төртеуінің".
const COLLECTIVES: [&str; 9] =
    ["екеу", "үшеу", "төртеу", "бесеу", "алтау", "жетеу", "сегізеу", "тоғызау", "онау"];

/// The approximative suffixes of number words, after which a possessive and a case may
/// follow: -даған/-деген 'tens of, hundreds of' (ондаған, жүздеген, мыңдағаны) and
/// -дай/-дей 'about' (жүздей, мыңдайы), but not after "бір" and "он" (бірдей 'same',
/// ондай 'such').
const APPROXIMATIVES: [&str; 8] = ["даған", "деген", "таған", "теген", "дай", "дей", "тай", "тей"];

/// Words that begin with a number word and read as it by the suffix grammar, but are
/// almost always something else: pronoun forms (оның 'his', онда 'there', онымен 'with
/// him'), postpositions and adverbs (үшін 'for', бірге 'together', бірден 'at once',
/// бірде 'once'), "жүзеге асыру" 'to implement', "әлем жүзінде" 'worldwide', алтын 'gold'.
const NOT_NUMBERS: &[&str] = &[
    "оның",
    "оны",
    "онда",
    "ондағы",
    "ондай",
    "оным",
    "онымен",
    "онысы",
    "онысын",
    "үшін",
    "бірге",
    "бірден",
    "бірде",
    "біреу",
    "біреуі",
    "бірін",
    "жүзеге",
    "жүзінде",
    "жүзіне",
    "жүзінен",
    "алтын",
    "алтыны",
    "екен",
    // тоқсан is also a quarter of the year: "бірінші тоқсанда" 'in the first quarter'.
    "тоқсанда",
    "тоқсанның",
    "тоқсанында",
    "тоқсанындағы",
    "тоқсандағы",
];

/// The places of a decimal fraction read in words, after "бүтін" ('whole'): tenths,
/// hundredths, thousandths ("екі бүтін оннан бес", 2.5).
const DECIMAL_PLACES: [&str; 3] = ["оннан", "жүзден", "мыңнан"];

/// The ordinal suffixes after a number word (бірінші, алтыншы, жиырмасыншы, қырқыншы).
const ORDINAL_SUFFIXES: [&str; 6] = ["ыншы", "інші", "ншы", "нші", "сыншы", "сінші"];
/// The ordinal suffixes after digits and a hyphen ("2-інші", "20-сыншы", "5-ші").
pub(crate) const DIGIT_ORDINAL_SUFFIXES: [&str; 8] =
    ["інші", "ыншы", "нші", "ншы", "сыншы", "сінші", "ші", "шы"];

/// Whether the number words a word-led match begins with are number words: exact ones,
/// then at most one inflected by the suffix grammar (жүзден, мыңға), which is not one of
/// [`NOT_NUMBERS`], or a collective ([`COLLECTIVES`]) or an approximative
/// ([`APPROXIMATIVES`]) form that no number word follows; at least one must be there.
fn number_words(matched: &str) -> bool {
    let mut seen = false;
    // A range may join its numbers by a hyphen: "жеті-сегіз".
    let mut words = matched
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .filter(|w| !w.is_empty());
    while let Some(w) = words.next() {
        if NUMBER_WORDS.contains(&w) {
            seen = true;
            continue;
        }
        let last =
            || !words.clone().next().is_some_and(|n| NUMBER_WORDS.iter().any(|u| n.starts_with(u)));
        if let Some(c) = COLLECTIVES.iter().find(|c| w.starts_with(*c)) {
            return last()
                && form_of(w, c).is_some_and(|(_, chain)| !chain.derived && chain.case.is_some());
        }
        if let Some(u) = NUMBER_WORDS.iter().find(|u| w.starts_with(*u)) {
            // "бірге" ('together') takes the predicative endings too: "біргеміз" 'we are
            // together'. After another number word the forms of "бір" are its cases: "он
            // бірге" 'to eleven', "жиырма бірде" 'at twenty-one'.
            let of_one = seen && *u == "бір";
            if !of_one && (NOT_NUMBERS.contains(&w) || w.starts_with("бірге")) {
                return false;
            }
            let rest = &w[u.len()..];
            let approximative = APPROXIMATIVES.iter().find(|a| {
                rest.starts_with(*a) && !(matches!(*u, "бір" | "он") && a.ends_with('й'))
            });
            if let Some(a) = approximative {
                let lemma = &w[..u.len() + a.len()];
                return last()
                    && form_of(w, lemma).is_some_and(|(_, chain)| {
                        !chain.derived && !chain.plural && chain.case.is_some()
                    });
            }
            // A case form, possessed in the 3rd person at most (бірі 'one of them'), not a
            // derived word (бірлік 'unity', онсыз 'without it'), a similative (бірдей
            // 'same') or another person's possessive (жетім 'orphan', read жеті-м).
            let third = |rest: &str| ["ы", "і", "сы", "сі"].iter().any(|p| rest.starts_with(p));
            return form_of(w, u).is_some_and(|(len, chain)| {
                !chain.derived && chain.case.is_some() && (!chain.possessive || third(&w[len..]))
            });
        }
        break;
    }
    seen
}

/// The nouns after which a bare "екі" means 'both' rather than counts: "екі ел
/// арасындағы" 'between the two countries', "екі тарап та" 'both sides'.
const PARTIES: &[&str] = &["ел", "тарап", "жақ"];

/// The determiners after which a bare "бір" is the indefinite article 'a', not a count:
/// "белгілі бір" 'a certain', "сондай бір" 'such a', "ең бір" 'a most' (and "қандай да
/// бір" 'some', see [`indefinite_one`]).
const DETERMINERS: &[&str] = &["белгілі", "сондай", "осындай", "мұндай", "ондай", "ең"];

/// Whether `number`, a number in words between `before` and `after`, is "бір" as no count:
/// the reciprocal pronoun ("бір-бірімен" 'with each other', "бірі-бірін"), the indefinite
/// article after a determiner ("белгілі бір мерзім", "қандай да бір өзгеріс"), or "бір
/// кездері" 'once' (a form of "кез" 'time').
fn indefinite_one(before: &str, number: &str, after: &str) -> bool {
    if number.starts_with("бір-бір") || number.starts_with("бірі-бір") {
        return true;
    }
    if number != "бір" {
        return false;
    }
    let mut previous = before.split_whitespace().rev();
    let determiner = match previous.next() {
        Some("да") => previous.next() == Some("қандай"),
        Some(word) => DETERMINERS.contains(&word),
        None => false,
    };
    let once = || {
        after
            .split_whitespace()
            .next()
            .is_some_and(|w| form_of(w, "кез").is_some_and(|(_, chain)| !chain.derived))
    };
    determiner || once()
}

/// Whether `number` is a form of "жүз" alone after "жер" or "әлем": "жер жүзінде",
/// "әлем жүзін" ('all over the world', жүз 'face'), not a hundred.
fn face_of(before: &str, number: &str) -> bool {
    number.starts_with("жүз")
        && !number.contains(' ')
        && matches!(before.split_whitespace().next_back(), Some("жер" | "әлем"))
}

/// Whether `number`, a number in words, is a bare "екі" before one of [`PARTIES`] (in any
/// case but "елді мекен", a settlement, which is counted): the two parties of a bilateral
/// relation, which the text names elsewhere, not a count.
fn both_parties(number: &str, after: &str) -> bool {
    if number != "екі" {
        return false;
    }
    let mut next = after.split_whitespace();
    let Some(word) = next.next() else { return false };
    let settlement = word == "елді" && next.next().is_some_and(|w| w.starts_with("мекен"));
    !settlement && PARTIES.iter().any(|p| form_of(word, p).is_some_and(|(_, chain)| !chain.derived))
}

/// Whether the hours of a `time_of_day_hour` match are hours: after each time-of-day
/// word (and "сағат"), digits or number words (see [`number_words`]).
fn hours(matched: &str) -> bool {
    let offset = |w: &str| w.as_ptr() as usize - matched.as_ptr() as usize;
    let mut words = matched.split_whitespace();
    while let Some(w) = words.next() {
        if !time_of_day_led(w) {
            continue;
        }
        let Some(mut hour) = words.next() else { return false };
        if hour == "сағат" {
            let Some(h) = words.next() else { return false };
            hour = h;
        }
        if !hour.starts_with(|c: char| c.is_ascii_digit())
            && !number_words(&matched[offset(hour)..])
        {
            return false;
        }
    }
    true
}

/// Whether an ordinal written in words is one: its first word is a number word or an
/// ordinal of one (the regex lists the suffixes), not one of [`NOT_NUMBERS`].
fn ordinal_words(matched: &str) -> bool {
    matched.split_whitespace().next().is_some_and(|w| !NOT_NUMBERS.contains(&w))
}

/// Where a family's matches may begin.
#[derive(Clone, Copy)]
enum Lead {
    /// A digit or `$`: the regex is anchored and tried at each number start where the
    /// shape holds: a necessary condition on how the match begins (see [`Digits`]), so
    /// that where it fails the regex, which cannot match, is not run.
    Number(fn(Digits) -> bool),
    /// A word: the regex is anchored and tried at each word that begins with one of
    /// [`LEAD_WORDS`] or is one of [`LEAD_WHOLE_WORDS`], and where one of the family's
    /// own conditions on the text from there holds (necessary ones, like a shape: the
    /// bits of [`lead_conditions`], found once per word).
    Word(u8),
    /// Number words, for the twin of a number-led family: tried where a word is
    /// [`CARDINAL_WORD_LED`] and where what follows the number can begin the rest of the
    /// pattern by the family's shape (see [`after_number_words`]).
    NumberWords(fn(Digits) -> bool),
}

/// The conditions of [`Lead::Word`], bits of one byte: which words a word-led family's
/// match can begin with. The word-led test checks the families through them.
const MONTH_LED: u8 = 1;
const TIME_OF_DAY_LED: u8 = 2;
/// The word is a number in words by [`number_words`] (екі, жүзден; not бірақ, үшін):
/// where it is not, no number in words that begins with it passes that check (see
/// [`lead_conditions`]), so the twins of the number-led families are not tried.
const CARDINAL_WORD_LED: u8 = 4;
const RELATIVE_LED: u8 = 8;
const PERIOD_LED: u8 = 16;
/// The word is the ordinal of a number word (бірінші, қырқыншы), or a bare number word
/// before one ("жиырма бірінші"), as an ordinal in words must begin (see
/// [`ordinal_runs`]).
const ORDINAL_WORD_LED: u8 = 32;

/// How relative dates begin ("өткен жылы", "жыл сайын", "бүгінгі", "қыста"): the first
/// words of `date_relative`'s alternatives, or their prefixes.
const RELATIVE_STARTS: [&str; 35] = concat(&[
    &WEEKDAYS,
    &[
        "бірнеше",
        "ағымдағы",
        "ендігі",
        "өткен",
        "келер",
        "келесі",
        "биыл",
        "былтыр",
        "алдағы",
        "алғашқы",
        "соңғы",
        "күнделікті",
        "осы",
        "сол",
        "дәл",
        "ширек",
        "орта",
        "ғасыр",
        "жыл",
        "ай",
        "күн",
        "апта",
        "бүгін",
        "кеше",
        "ертең",
        "қыс",
        "жаз",
        "көктем",
        "күз",
    ],
]);
/// The days of the week, Monday to Sunday, but Friday: "жұма" is also a given name.
const WEEKDAYS: [&str; 6] = ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "сенбі", "жексенбі"];

/// How whole periods begin ("тәулік бойы"): the first words of `date_period`.
const PERIOD_STARTS: [&str; 6] = ["тәулік", "күні", "түні", "жыл", "ай", "апта"];

/// The word classes that hold the [`Lead::Word`] conditions' first test, which words a
/// word begins with (see `word_class`): the gazetteer walk finds them at each word start.
pub(crate) const LEAD_CLASS_KEYS: &[(&[&str], Classes)] = &[
    (&MONTHS, Class::MONTH_START),
    (&TIMES_OF_DAY, Class::TIME_OF_DAY_START),
    (&NOON, Class::TIME_OF_DAY_START),
    (&MIDDAY, Class::TIME_OF_DAY_START),
    (&NUMBER_WORDS, Class::NUMBER_WORD_START),
    (&COLLECTIVES, Class::NUMBER_WORD_START),
    (&["қырқ"], Class::NUMBER_WORD_START),
    (&RELATIVE_STARTS, Class::RELATIVE_START),
    (&PERIOD_STARTS, Class::PERIOD_START),
];

/// The [`Lead::Word`] conditions that hold for `rest`, the text from a word start whose
/// word classes are `classes` (see [`LEAD_CLASS_KEYS`]).
///
/// The number-word conditions look at the word's letters, `word`. A number in words the
/// regex matches from here begins with them: its first word, as [`number_words`] splits
/// it (at whitespace and hyphens), cannot end before a letter (a match ends at a word's
/// end), so it is `word`, or `word` with something that is not a letter glued on ("бес%"),
/// which is neither a number word nor, by the suffix grammar, a form of one, so the check
/// fails there anyway.
fn lead_conditions(rest: &str, classes: Classes) -> u8 {
    let bit = |class: Classes, bit: u8| if classes & class != 0 { bit } else { 0 };
    let mut conditions = bit(Class::MONTH_START, MONTH_LED)
        | bit(Class::TIME_OF_DAY_START, TIME_OF_DAY_LED)
        | bit(Class::RELATIVE_START, RELATIVE_LED)
        | bit(Class::PERIOD_START, PERIOD_LED);
    if classes & Class::NUMBER_WORD_START != 0 {
        let end = rest.find(|c: char| !crate::normalize::is_letter(c)).unwrap_or(rest.len());
        let word = &rest[..end];
        if number_words(word) {
            conditions |= CARDINAL_WORD_LED;
        }
        let ordinal = NUMBER_WORDS.iter().chain(&["қырқ"]).any(|u| {
            word.strip_prefix(u).is_some_and(|r| ORDINAL_SUFFIXES.iter().any(|o| r.starts_with(o)))
        });
        if ordinal {
            conditions |= ORDINAL_WORD_LED;
        }
    }
    conditions
}

/// For each lead (`leads`, sorted, their words ending at `ends`) whose word is a bare
/// number word, the first char after the word and the whitespace after it ('\0' at the
/// end of the text); `None` for the other leads.
fn bare_number_words(folded: &str, leads: &[usize], ends: &[usize]) -> Vec<Option<char>> {
    leads
        .iter()
        .zip(ends)
        .map(|(&s, &e)| {
            NUMBER_WORDS
                .contains(&&folded[s..e])
                .then(|| folded[e..].chars().find(|c| !c.is_whitespace()).unwrap_or('\0'))
        })
        .collect()
}

/// Adds [`ORDINAL_WORD_LED`] to the bare number words that begin a run of them ending in
/// an ordinal ("екі мың жиырма бесінші"), one backward sweep: an ordinal in words is
/// bare number words, each followed by whitespace, then an ordinal one.
fn ordinal_runs(conditions: &mut [u8], bare: &[Option<char>], heads: &[usize]) {
    for k in (0..conditions.len()).rev() {
        let next_ordinal = k + 1 < conditions.len()
            && heads[k + 1] == heads[k]
            && conditions[k + 1] & ORDINAL_WORD_LED != 0;
        if bare[k].is_some() && next_ordinal {
            conditions[k] |= ORDINAL_WORD_LED;
        }
    }
}

/// For the twin of a number-led family with shape `shape`, whether it may match at each
/// of `leads`, into `possible`, in one backward sweep. A number in words is bare number
/// words separated by whitespace, the last one possibly inflected; the rest of the
/// pattern (a range's dash, a multiplier, the unit) begins right after one of them. So
/// at a lead whose word is bare, the rest begins with the char after it (its `bare`
/// char), or after a later word of its run: the shape of one of those chars must hold
/// (as it must after digits, see [`Digits`]). At an inflected number word
/// ([`CARDINAL_WORD_LED`], not bare), what follows is not looked at.
fn after_number_words(shape: fn(Digits) -> bool, leads: &WordLeads, possible: &mut Vec<bool>) {
    let WordLeads { conditions, bare, heads, .. } = leads;
    possible.clear();
    possible.resize(conditions.len(), false);
    for k in (0..conditions.len()).rev() {
        possible[k] = conditions[k] & CARDINAL_WORD_LED != 0
            && match bare[k] {
                None => true,
                // "бүтін" begins a decimal fraction ("екі бүтін оннан бес пайыз"), which
                // any family's number may have: what follows it is not looked at.
                Some(after) => {
                    shape(Digits { len: 1, next: b' ', after })
                        || after == 'б'
                        || (k + 1 < possible.len() && heads[k + 1] == heads[k] && possible[k + 1])
                }
            };
    }
}

/// The word starts where word-led families may begin (sorted, with their words' ends),
/// and what `find` knows of each before trying a family there.
struct WordLeads {
    starts: Vec<usize>,
    /// [`Lead::Word`] conditions, by [`lead_conditions`] and [`ordinal_runs`].
    conditions: Vec<u8>,
    /// Runs of bare number words, by [`number_word_heads`].
    heads: Vec<usize>,
    /// By [`bare_number_words`].
    bare: Vec<Option<char>>,
}

impl WordLeads {
    fn new(folded: &str, starts: Vec<usize>, ends: &[usize], classes: &[Classes]) -> WordLeads {
        let mut conditions: Vec<u8> =
            starts.iter().zip(classes).map(|(&s, &c)| lead_conditions(&folded[s..], c)).collect();
        let heads = number_word_heads(folded, &starts, ends);
        let bare = bare_number_words(folded, &starts, ends);
        ordinal_runs(&mut conditions, &bare, &heads);
        WordLeads { starts, conditions, heads, bare }
    }
}

/// The regex alternation of `words`: "(?:a|b)".
fn group(words: &[&str]) -> String {
    format!("(?:{})", words.join("|"))
}

/// Whether `rest` begins with one of `words`. The first two bytes (a Kazakh letter) are
/// compared inline before the rest: most words differ there.
fn begins_with_one_of(rest: &str, words: &[&str]) -> bool {
    let head = rest.as_bytes().get(..2);
    words.iter().any(|w| w.as_bytes().get(..2) == head && rest.starts_with(w))
}

/// Conditions of [`Lead::Word`], as functions: what [`LEAD_CLASS_KEYS`] finds in the
/// gazetteer walk (tested against these).
#[cfg(test)]
fn month_led(rest: &str) -> bool {
    begins_with_one_of(rest, &MONTHS)
}
fn time_of_day_led(rest: &str) -> bool {
    begins_with_one_of(rest, &TIMES_OF_DAY)
        || begins_with_one_of(rest, &NOON)
        || begins_with_one_of(rest, &MIDDAY)
}
#[cfg(test)]
fn number_word_led(rest: &str) -> bool {
    begins_with_one_of(rest, &NUMBER_WORDS)
        || begins_with_one_of(rest, &COLLECTIVES)
        || rest.starts_with("қырқ")
}

/// Times of day (KazNERD TIME), with any suffix: the alternation `time_of_day` in the
/// patterns.
const TIMES_OF_DAY: [&str; 9] =
    ["таңертең", "кешке", "түнде", "күндіз", "түсте", "таңғы", "кешкі", "түнгі", "түнімен"];
/// Midday's time of day, 'of noon' ("түскі 2-ге дейін", "түскі үзіліс"), as a whole word:
/// with more letters it is a form of the verb "түсу" ('to fall': "түскің").
const MIDDAY: [&str; 1] = ["түскі"];
/// Noon in the dative and the ablative, as whole words before "дейін", "кейін" or "бері"
/// ("түске дейін", "түстен кейін"): with more letters they are forms of the verb "түсу"
/// ('to fall': "түскен", "түскелі"), and alone they may be "түс" 'colour' ("сары түске").
const NOON: [&str; 2] = ["түске", "түстен"];

/// Every way a word-led family's match can begin (checked by a test against the
/// patterns): a word start is tried only when one of these is its prefix, or when it is
/// one of [`LEAD_WHOLE_WORDS`] (its `Class::LEAD`, see `word_class`). Relative dates and
/// seasons, which take suffixes ("бүгінгі", "қыста"), then the times of day, the
/// weekdays, the months that are dates in a case ("қаңтарда"), the number words and the
/// collective numerals.
pub(crate) const LEAD_WORDS: &[&str] = &concat::<69>(&[
    &["бүгін", "кеше", "ертең", "биыл", "былтыр", "қыс", "жаз", "көктем", "күз", "қырқ"],
    &TIMES_OF_DAY,
    &WEEKDAYS,
    &UNAMBIGUOUS_MONTHS,
    &NUMBER_WORDS,
    &COLLECTIVES,
]);

/// The words that begin a word-led match only as whole words, a space after them
/// ("қазан айында", "өткен жылы", "ай сайын"): "айтты" and "жылдам" start with "ай" and
/// "жыл" but are never tried. The months not among [`LEAD_WORDS`], before
/// "айы"/"айында", then the words of "өткен жылы", "жыл сайын", "ай басынан бері".
pub(crate) const LEAD_WHOLE_WORDS: &[&str] = &concat::<28>(&[
    &["маусым", "қазан", "бірнеше"],
    &[
        "ағымдағы",
        "ендігі",
        "өткен",
        "келер",
        "келесі",
        "алдағы",
        "алғашқы",
        "соңғы",
        "жыл",
        "ай",
        "күн",
        "күні",
        "түні",
        "тәулік",
        "апта",
        "осы",
        "күнделікті",
        "сол",
        "дәл",
        "ширек",
        "орта",
        "ғасырлар",
    ],
    &NOON,
    &MIDDAY,
]);

/// The words of `parts`, in order, as one array of `N` words (`N` must be their total).
const fn concat<const N: usize>(parts: &[&[&'static str]]) -> [&'static str; N] {
    let mut out = [""; N];
    let (mut i, mut p) = (0, 0);
    while p < parts.len() {
        let mut k = 0;
        while k < parts[p].len() {
            assert!(i < N, "concat: N is the total length");
            out[i] = parts[p][k];
            i += 1;
            k += 1;
        }
        p += 1;
    }
    assert!(i == N, "concat: N is the total length");
    out
}

struct Family {
    kind: Kind,
    lead: Lead,
    /// The family's pattern. Searches run on its [`Group`]'s DFA, where it is pattern
    /// `pattern_id`.
    pattern: String,
    pattern_id: u16,
    source: &'static str,
    /// Whether the family is number-led and its pattern's number-led alternatives all
    /// begin with [`NUM`], what follows depending only on where the number ends (see
    /// [`chain_heads`]): where it fails at a member of a digit-group chain, it fails at
    /// every later member. Or whether it is led by number words, whose patterns begin
    /// with a run of them: where it fails at a word of a run of bare number words, it
    /// fails at the later words of the run (see [`number_word_heads`]).
    chained: bool,
    /// A check on the match the regex cannot make: a duration's unit word is a form of a
    /// unit by the suffix grammar ("жылдан" is "жыл", "жылыту" is not), a number in words
    /// is one ([`number_words`]), and so on.
    check: Option<fn(&str) -> bool>,
    /// Words right before a match that join it: "соңғы" before a duration, "минус"
    /// before degrees.
    heads: &'static [&'static str],
}

/// The units of time a duration counts, with their stems (KazNERD tags "5 жылдан бері",
/// "2 аптаның ішінде", "3 жасар" as DATE, "12 сағатта" as TIME).
const DATE_UNITS: &[&str] = &["жыл", "ай", "апта", "жұма", "күн", "тәулік", "ғасыр", "тоқсан"];
const TIME_UNITS: &[&str] = &["сағат", "минут", "секунд"];
/// What may follow a duration and belongs to it: "ішінде", "бұрын", "бойы", "бері" …
/// Longer words before their prefixes: the regex alternation takes the first that matches.
const DURATION_TAILS: [&str; 17] = [
    "ішінде",
    "бұрынғы",
    "бұрын",
    "бойына",
    "бойы",
    "бері",
    "кейін",
    "соң",
    "дейінгі",
    "дейін",
    "аралығындағы",
    "аралығында",
    "астам",
    "артық",
    "жуық",
    "шамасында",
    "аса",
];
/// What may follow a date and belongs to it, as KazNERD tags it: "2030 жылға дейін",
/// "1997 жылдан бері", "мамыр айына дейін" ("бастап", "қарай" stay outside).
const DATE_TAILS: [&str; 4] = ["дейінгі", "дейін", "бері", "аралығында"];
/// Words before an amount that belong to it: "шамамен 5 млн теңге" 'about', "кемі 30
/// пайыз" and "кем дегенде 3 жыл" 'at least', "тура бір жыл" 'exactly'.
const AMOUNT_HEADS: [&str; 4] = ["шамамен", "кемі", "кем дегенде", "тура"];
/// Words before a quantity or a cardinal that belong to it: "минус 35 градус", "плюс
/// жиырма", and [`AMOUNT_HEADS`].
const SIGNED_HEADS: &[&str] = &concat::<6>(&[&["минус", "плюс"], &AMOUNT_HEADS]);
/// Words before a quantity that belong to it: [`SIGNED_HEADS`], and the time a rate is
/// per ("сағатына 80 шақырым" 'eighty kilometres an hour', "секундына 120 текше метр").
const QUANTITY_HEADS: &[&str] =
    &concat::<9>(&[SIGNED_HEADS, &["сағатына", "минутына", "секундына"]]);
/// Words before a duration that belong to it: "соңғы 10 жылда", "алдағы 5 жылда", and
/// [`AMOUNT_HEADS`].
const DURATION_HEADS: &[&str] =
    &concat::<10>(&[&["соңғы", "алдағы", "өткен", "кейінгі", "келесі", "келер"], &AMOUNT_HEADS]);

/// The unit word of a duration match: its last word but one of [`DURATION_TAILS`] (the
/// patterns end in the unit and an optional tail).
fn unit_word(matched: &str) -> Option<&str> {
    matched.split_whitespace().rev().find(|w| !DURATION_TAILS.contains(w))
}

/// `word` as a form of `lemma` by the suffix grammar (see `lemma_form`): the lemma's
/// length in the word and the suffix chain.
fn form_of(word: &str, lemma: &str) -> Option<(usize, crate::morph::Chain)> {
    super::lemma_form(word, lemma, crate::morph::Stem::classify(lemma))
}

/// Whether `word` is a form of one of `units`, by the suffix grammar, or such a form with
/// the attributive -ғы/-гі/-қы/-кі of time words (жылғы, күнгі).
fn form_of_one(word: &str, units: &[&str]) -> bool {
    let attributive = ["ғы", "гі", "қы", "кі"].iter().find_map(|a| word.strip_suffix(a));
    [Some(word), attributive]
        .into_iter()
        .flatten()
        .any(|w| units.iter().any(|u| form_of(w, u).is_some()))
}

/// [`Family::check`] of `date_duration`: an age form (which the pattern lists: жасар,
/// жастағы …) or a form of a unit of [`DATE_UNITS`].
fn date_unit(matched: &str) -> bool {
    unit_word(matched).is_some_and(|w| w.starts_with("жас") || form_of_one(w, DATE_UNITS))
}

/// [`Family::check`] of `date_duration_words`: a number in words, then a unit of
/// [`DATE_UNITS`]; but "тоқсан" (a quarter, and ninety) right after жүз, мың or a larger
/// multiplier is the tens of the number ("бес жүз тоқсан бес адам" is 595 people, "мың
/// тоқсан" 1090), not a count of quarters ("екі тоқсан").
fn date_unit_in_words(matched: &str) -> bool {
    if !(number_words(matched) && date_unit(matched)) {
        return false;
    }
    let mut words = matched.split_whitespace().rev().skip_while(|w| DURATION_TAILS.contains(w));
    let (Some(unit), Some(before)) = (words.next(), words.next()) else { return true };
    let multiplier = ["жүз", "мың", "миллион", "миллиард", "триллион"].contains(&before);
    !(multiplier && form_of(unit, "тоқсан").is_some())
}

/// [`Family::check`] of `time_duration`.
fn time_unit(matched: &str) -> bool {
    unit_word(matched).is_some_and(|w| form_of_one(w, TIME_UNITS))
}

/// How the text at a number start begins: the length of its run of ASCII digits, the
/// byte after the run (0 at the end of the text), and the first char after the whole
/// number and the spaces after it (`after`: what a unit, a currency or `%` would start
/// with; '\0' at the end). A `$` start has no digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Digits {
    len: usize,
    next: u8,
    after: char,
}

impl Digits {
    /// How the text at `start` begins, its `after` found by a scan to the end of the
    /// text: the reference [`Digits::all`] is tested against.
    #[cfg(test)]
    fn at(folded: &str, start: usize) -> Digits {
        Digits::at_until(folded, start, folded.len(), '\0')
    }

    /// `Digits::at` (a test helper) of every start in `starts` (sorted), in one backward
    /// sweep. A number's scan for `after` that reaches the next start ends where that
    /// start's scan does (a start begins with a digit, which the scan skips, or with `$`,
    /// where both stop), so each byte is scanned once: a long run of numbers and spaces
    /// ("1 2 3 …") costs linear time, not quadratic.
    fn all(folded: &str, starts: &[usize]) -> Vec<Digits> {
        let mut out = Vec::with_capacity(starts.len());
        let mut later: Option<(usize, char)> = None;
        for &start in starts.iter().rev() {
            let d = match later {
                Some((next, after)) => Digits::at_until(folded, start, next, after),
                None => Digits::at_until(folded, start, folded.len(), '\0'),
            };
            later = Some((start, d.after));
            out.push(d);
        }
        out.reverse();
        out
    }

    /// How the text at `start` begins, its `after` scanned for up to byte `until` and
    /// taken to be `beyond` when nothing there ends the scan. When the digits run past
    /// `until`, the scan goes to the end of the text.
    fn at_until(folded: &str, start: usize, until: usize, beyond: char) -> Digits {
        let rest = &folded.as_bytes()[start..];
        let len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        let from = start + len;
        let (until, beyond) = if until >= from { (until, beyond) } else { (folded.len(), '\0') };
        // A number (digits, group and decimal separators) then spaces (`\s`) is all a
        // unit can follow.
        let after = folded[from..until]
            .chars()
            .find(|&c| !(c.is_ascii_digit() || c == '.' || c == ',' || c.is_whitespace()))
            .unwrap_or(beyond);
        Digits { len, next: rest.get(len).copied().unwrap_or(0), after }
    }

    /// Whether the byte after the digits can begin `\s` (any non-ASCII byte can).
    fn space_next(self) -> bool {
        matches!(self.next, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') || self.next >= 0x80
    }
}

/// For each number start (`starts`, sorted, with their [`Digits`]), the index of the
/// first start of its digit-group chain: "1 234 567" is one chain of three starts, each
/// group after the first of exactly three digits, one space or no-break space before it.
/// A start that continues no chain is its own head.
///
/// Why a [`Family::chained`] pattern that fails at a chain member fails at every later
/// one: from a later member, [`NUM`] can end only where it also ends from the earlier one
/// (its first alternative reads the groups in between, and its second ends where the
/// first can end after the same groups), or inside a group, before a digit, where no
/// pattern's rest can begin; and the rest of the pattern depends only on that end.
/// Skipping them keeps a long chain that no pattern completes ("1 234 234 … тонна" for
/// money) linear: each member would otherwise read the rest of the chain again. A test
/// checks this on generated chains.
fn chain_heads(folded: &str, starts: &[usize], digits: &[Digits]) -> Vec<usize> {
    let bytes = folded.as_bytes();
    let mut heads: Vec<usize> = Vec::with_capacity(starts.len());
    for (k, (&start, d)) in starts.iter().zip(digits).enumerate() {
        let continues = k > 0 && d.len == 3 && {
            let (prev, p) = (starts[k - 1], digits[k - 1]);
            let sep = prev + p.len;
            let sep_len = match bytes.get(sep..) {
                Some([b' ', ..]) => 1,
                Some([0xC2, 0xA0, ..]) => 2,
                _ => 0,
            };
            // A group after the head has exactly three digits; the head one to three.
            let group = if heads[k - 1] == k - 1 { (1..=3).contains(&p.len) } else { p.len == 3 };
            group && sep_len > 0 && sep + sep_len == start
        };
        heads.push(if continues { heads[k - 1] } else { k });
    }
    heads
}

/// For each word-led start (`starts`, sorted, the words ending at `ends`), the index of
/// the first start of its run of number words: a word continues a run when the word
/// before it is a bare number word (екі, жүз: not inflected) and only whitespace lies
/// between them. Any other start is its own head.
///
/// Why a [`Family::chained`] word-led family that fails at a run member fails at every
/// later one: its pattern begins with number words separated by whitespace, which from
/// an earlier member read the bare number words in between and then go on exactly as
/// from the later member; so every way to match from the later member is also tried
/// from the earlier one, and its check (`number_words`, the unit word) sees the same
/// words. Skipping them keeps a long run of number words linear. A test checks this on
/// generated runs.
fn number_word_heads(folded: &str, starts: &[usize], ends: &[usize]) -> Vec<usize> {
    let mut heads: Vec<usize> = Vec::with_capacity(starts.len());
    for (k, &start) in starts.iter().enumerate() {
        let continues = k > 0 && {
            let (prev, prev_end) = (starts[k - 1], ends[k - 1]);
            prev_end < start
                && NUMBER_WORDS.contains(&&folded[prev..prev_end])
                && folded[prev_end..start].chars().all(char::is_whitespace)
        };
        heads.push(if continues { heads[k - 1] } else { k });
    }
    heads
}

/// Shapes of [`Lead::Number`]. A test checks each against its regex.
fn any_number(d: Digits) -> bool {
    d.len > 0
}
fn day_or_year_date(d: Digits) -> bool {
    (d.len == 4 && d.next == b'-') || ((1..=2).contains(&d.len) && d.next == b'.')
}
fn full_date(d: Digits) -> bool {
    // "2025 жылғы …", "2025-жылғы …", "21 қазан 2025 …"
    (d.len == 4 && (d.space_next() || d.next == b'-') && matches!(d.after, 'ж' | '-'))
        || ((1..=2).contains(&d.len) && d.space_next() && month_initial(d.after))
}
fn day_month(d: Digits) -> bool {
    // "21 қазанда", "21-ші қазан", "24 – 27 маусым"
    (1..=2).contains(&d.len)
        && (d.next == b'-'
            || (d.space_next() && (month_initial(d.after) || matches!(d.after, '-' | '–' | '—'))))
}
fn year(d: Digits) -> bool {
    // "2025 жылы", "2025-жылы", "2020–2025 жылдары", "2025 ж."
    d.len == 4 && matches!(d.after, 'ж' | '-' | '–')
}
/// Whether `c` begins a month name (tested against [`MONTHS`]).
fn month_initial(c: char) -> bool {
    matches!(c, 'қ' | 'а' | 'н' | 'с' | 'м' | 'ш' | 'т' | 'ж')
}
fn clock(d: Digits) -> bool {
    (1..=2).contains(&d.len) && matches!(d.next, b':' | b'.')
}
fn money(d: Digits) -> bool {
    // After the number: a multiplier (мың, млн, трлн …), a currency, or a range's dash
    // or hyphen.
    let unit = matches!(
        d.after,
        'м' | 'т' | 'а' | 'д' | 'е' | 'р' | 'ю' | 'с' | 'ф' | '₸' | '$' | '-' | '–'
    );
    (d.len > 0 && unit) || d.next == b'$'
}
fn percentage(d: Digits) -> bool {
    d.len > 0 && matches!(d.after, '%' | 'п' | '-' | '–')
}
fn quantity(d: Digits) -> bool {
    // A multiplier (мың, млн, трлн …) or a unit (тонна, шақырым, км, метр, гектар …,
    // айлық есептік көрсеткіш).
    d.len > 0
        && matches!(d.after, 'м' | 'т' | 'ш' | 'к' | 'г' | 'л' | 'б' | 'а' | 'с' | 'ц' | '-' | '–')
}
fn duration(d: Digits) -> bool {
    // A unit of time (жыл, ай, апта, күн, тәулік, ғасыр, жас; сағат, минут, секунд), an
    // approximation ("10 шақты жыл"), or a range's dash.
    d.len > 0 && matches!(d.after, 'ж' | 'а' | 'к' | 'т' | 'ғ' | 'с' | 'м' | 'ш' | '-' | '–' | '—')
}
fn time_duration(d: Digits) -> bool {
    // сағат, секунд, минут, or a range's dash.
    d.len > 0 && matches!(d.after, 'с' | 'м' | '-' | '–')
}
fn fraction(d: Digits) -> bool {
    // "4-тен 1-і", "5тен бірі": the ablative right after the number.
    d.len > 0 && matches!(d.after, '-' | 'т' | 'д' | 'н')
}
fn ordinal(d: Digits) -> bool {
    d.len > 0 && d.next == b'-'
}

static FAMILIES: Lazy<Vec<Family>> = Lazy::new(|| {
    let suffix = format!("(?:-?{L}+)?");
    // Each family is written as a spec (kind, source, lead, pattern): the number-led ones
    // get their twins from the pattern (below), then every spec is compiled.
    let mk = |kind: Kind, source: &'static str, lead: Lead, pattern: String| {
        (kind, source, lead, pattern)
    };
    let compile = |kind: Kind, source: &'static str, lead: Lead, pattern: &str| {
        // No `\b`: a Unicode word boundary keeps the regex engine off its fast DFA on
        // Cyrillic text, and `find` checks word boundaries itself.
        let chained = (matches!(lead, Lead::Number(_))
            && pattern.starts_with(&format!("(?:{NUM})")))
            || source.ends_with("_words");
        let check: Option<fn(&str) -> bool> = match source {
            "date_duration" | "date_ordinal" | "date_ordinal_words" => Some(date_unit),
            "time_duration" => Some(time_unit),
            "date_duration_words" => Some(date_unit_in_words),
            "time_duration_words" => Some(|m| number_words(m) && time_unit(m)),
            "money_words"
            | "percentage_words"
            | "quantity_words"
            | "cardinal_words"
            | "cardinal_fraction_words" => Some(number_words),
            "ordinal_words" | "date_words" => Some(ordinal_words),
            "time_of_day_hour" => Some(hours),
            _ => None,
        };
        let heads: &[&str] =
            if source.starts_with("date_duration") || source.starts_with("time_duration") {
                DURATION_HEADS
            } else if source.starts_with("quantity") {
                QUANTITY_HEADS
            } else if source.starts_with("cardinal") {
                SIGNED_HEADS
            } else if source.starts_with("money") || source.starts_with("percentage") {
                &AMOUNT_HEADS
            } else if source.starts_with("date_ordinal") {
                // "өткен ғасырдың 50-інші жылдары"
                &["өткен ғасырдың"]
            } else if source.starts_with("date_month") {
                // "өткен ақпан айында", "биылғы мамыр айынан"; a relative year in the
                // genitive owns the month ("өткен жылдың шілде айында").
                &[
                    "өткен жылдың",
                    "биылғы жылдың",
                    "былтырғы жылдың",
                    "келер жылдың",
                    "келесі жылдың",
                    "алдағы жылдың",
                    "осы жылдың",
                    "өткен",
                    "биылғы",
                    "былтырғы",
                    "келер",
                    "келесі",
                    "алдағы",
                ]
            } else {
                &[]
            };
        let pattern = pattern.to_string();
        Family { kind, lead, pattern, pattern_id: 0, source, chained, check, heads }
    };
    // A number in words, for the twins of the number-led families: number words, the last
    // one possibly inflected (checked by `number_words`).
    // The collective numerals end a number ("он екеуі"), as an inflected word does
    // (`number_words` checks that): those that do not begin with a number word ("үшеу"
    // does) are added.
    // A decimal fraction is read with "бүтін" ('whole') and the place of its digits: "екі
    // бүтін оннан бес" (2.5, 'two whole, five of ten'), "бір бүтін жүзден жиырма" (1.20).
    let words = group(&concat::<28>(&[&NUMBER_WORDS, &["екеу", "алтау", "жетеу"]]));
    let places = group(&DECIMAL_PLACES);
    let plain_in_words = format!(r"{words}(?:\s+{words})*{L}*");
    let number_in_words =
        format!(r"{words}(?:\s+{words})*(?:\s+бүтін\s+{places}\s+{words}(?:\s+{words})*)?{L}*");
    // What may follow the first number of an amount: a range's second number ("2 – 3",
    // "жеті-сегіз") or the second of "from … to" ("80-нен 60 шақырымға дейін").
    let span = format!(
        r"(?:\s*[-–]\s*(?:{NUM}|{plain_in_words})|-?(?:нен|ден|тен|нан|дан|тан)\s+(?:{NUM}|{plain_in_words}))?"
    );
    let hour = format!(
        r"(?:таңғы|түскі|кешкі|түнгі|күндізгі)\s+(?:сағат\s+)?(?:(?:2[0-3]|[01]?[0-9])(?:[:.]\s?[0-5][0-9])?(?:-?{L}+)?|{plain_in_words})"
    );
    let ordinal_suffix = group(&ORDINAL_SUFFIXES);
    let ordinal_in_words = format!(r"(?:{words}\s+)*(?:{words}|қырқ){ordinal_suffix}");
    // Each family compiled, each chained number-led one followed by its twin led by
    // number words.
    let with_twins = |specs: Vec<(Kind, &'static str, Lead, String)>| -> Vec<Family> {
        let mut out = Vec::with_capacity(specs.len() * 2);
        for (kind, source, lead, pattern) in specs {
            let family = compile(kind, source, lead, &pattern);
            let twin = (family.chained && matches!(lead, Lead::Number(_))).then(|| {
                let twin_source = match source {
                    "money" => "money_words",
                    "percentage" => "percentage_words",
                    "quantity" => "quantity_words",
                    "date_duration" => "date_duration_words",
                    "time_duration" => "time_duration_words",
                    "cardinal_fraction" => "cardinal_fraction_words",
                    "cardinal" => "cardinal_words",
                    other => unreachable!("a chained number-led family without a twin: {other}"),
                };
                // The number the match begins with may be a decimal in words; a later
                // one (a range's second) is plain, and "(?:{NUM}|{plain})", digits or
                // words, becomes the words once.
                let plain = format!("(?:{plain_in_words})");
                let words_pattern = pattern
                    .replacen(NUM, &number_in_words, 1)
                    .replace(NUM, &plain_in_words)
                    .replace(&format!("(?:{plain_in_words}|{plain_in_words})"), &plain);
                let Lead::Number(shape) = lead else { unreachable!("number-led") };
                compile(kind, twin_source, Lead::NumberWords(shape), &words_pattern)
            });
            out.push(family);
            out.extend(twin);
        }
        out
    };
    let n = NUM;
    let (month, time_of_day) = (group(&MONTHS), group(&TIMES_OF_DAY));
    let duration_tail = format!(r"(?:\s+{})?", group(&DURATION_TAILS));
    let date_tail = format!(r"(?:\s+{})?", group(&DATE_TAILS));
    let date_unit = group(DATE_UNITS);
    let weekday = group(&WEEKDAYS);
    let month_in_case = format!("{}{}", group(&UNAMBIGUOUS_MONTHS), group(&MONTH_CASES));
    // What ends a time of day: "кешке дейін", "түстен кейін".
    let time_tail = "(?:дейін|кейін|бері)";
    let ordinal_digits = format!("[0-9]+-{}", group(&DIGIT_ORDINAL_SUFFIXES));
    // A part of a period: its start, end or middle ("жыл аяғына", "ғасырдың ортасында").
    let part = r"(?:(?:бас|соң|аяғ)(?:ынан|ына|ында)|орта(?:сынан|сына|сында))";
    let mut families = with_twins(vec![
        // 2025-10-21, 21.10.2025
        mk(Kind::Date, "date_numeric", Lead::Number(day_or_year_date), r"[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])|(?:0?[1-9]|[12][0-9]|3[01])\.(?:0[1-9]|1[0-2])\.[0-9]{4}".into()),
        // 2025 жылғы 21 қазанда, 2024 жылдың 5 наурызында, 21 қазан 2025 жыл
        mk(
            Kind::Date,
            "date_full",
            Lead::Number(full_date),
            format!(r"[0-9]{{4}}(?:\s+|-)(?:жылғы|жылдың)\s+[0-9]{{1,2}}(?:-\S+)?\s+{month}{L}*|[0-9]{{1,2}}\s+{month}{L}*,?\s+[0-9]{{4}}(?:\s+жыл{L}*|\s+ж\.)?{date_tail}"),
        ),
        // 21 қазан(да); қазан айында; 2025 жылы; 2025-жылы; 2025 ж.; 2020-2025 жылдары
        mk(Kind::Date, "date_day_month", Lead::Number(day_month), format!(r"[0-9]{{1,2}}(?:-\S+)?(?:\s*[-–—]\s*[0-9]{{1,2}}(?:-\S+)?)?\s+{month}{L}*{date_tail}")),
        mk(Kind::Date, "date_month", Lead::Word(MONTH_LED), format!(r"{month}\s+ай{L}*(?:\s+(?:басы|соңы|ортасы)(?:нда|нан|на|н)?)?{date_tail}")),
        mk(
            Kind::Date,
            "date_year",
            Lead::Number(year),
            format!(r"[0-9]{{4}}(?:\s*[-–]\s*[0-9]{{4}})?(?:-{L}+)?(?:\s+|-)жыл{L}*(?:\s+{month}{L}*)?{date_tail}|[0-9]{{4}}\s+ж\."),
        ),
        // Relative dates and periods, as KazNERD tags them: "өткен жылы", "жыл сайын",
        // "бірнеше жылдан бері", "соңғы бірнеше күнде" ('several years, days': a duration
        // with no number, which "бірнеше" before other nouns is not); the days of the week
        // ("сәрсенбіде", "өткен сенбіде"; "[дүйсенбі] күні", as a month with "ай"; not
        // "сенбілік", a day of voluntary work);
        // "жыл соңына дейін", "бүгінгі таңда", "былтырдан бері", "қыста", "көктемгі"; a
        // season bare, in the genitive, with a possessive or in the dative ("қыс келді",
        // "қыстың", "жазы", "көктемге"; not "қысқа", also 'short').
        mk(
            Kind::Date,
            "date_relative",
            Lead::Word(RELATIVE_LED),
            format!(
                r"(?:(?:соңғы|алдағы|өткен|кейінгі|келесі)\s+)?бірнеше\s+{date_unit}{L}*{duration_tail}|(?:(?:өткен|келер|келесі|осы)\s+)?{weekday}(?:де|ден|ге|нің|сі)?{date_tail}|(?:өткен|келер|келесі|биылғы|былтырғы|алдағы|алғашқы|соңғы|ағымдағы|ендігі)\s+(?:(?:жыл|ай|апта|тоқсан|тәулік){L}*|күндер(?:і|де|ден)?)(?:\s+(?:(?:{month}|қыс|жаз|көктем|күз){L}*|(?:соң|бас|орта)(?:ындағы|ынан|ында|ына|ын|ы)))?{date_tail}|күнделікті|осы\s+(?:жыл(?:ы|да|дың|ғы)?|ай(?:да|дың|ы)?|апта(?:да|ның)?|тоқсан(?:да|ның)?|(?:қыс|жаз|көктем|күз)(?:та|да|те|де)?){date_tail}|(?:жыл|ай|күн|апта)\s+сайын(?:ғы)?|(?:жыл|ай)\s+{part}(?:\s+(?:бері|дейін))?|(?:дәл\s+)?(?:осы|сол)\s+күн(?:і|нен|ге|дері)(?:\s+(?:дейін|бері))?|(?:өткен|орта|ширек)\s+ғасыр(?:лар(?:да|дағы|ы)?|да|дағы|дан|ға|дың\s+{part})?{duration_tail}|ғасырлар\s+бойы|бүгінгі\s+(?:күн{L}*|таң{L}*)(?:\s+дейін)?|(?:бүгін|кеше|былтыр|биыл)(?:ге|нен|ден|нан|дан)\s+(?:дейін|бері)|(?:бүгін|кеше|ертең|биыл|былтыр)(?:гі|ғы|ге|ден|нен|нан|дан|дың|ның|нің)?|(?:қыс|жаз|көктем|күз)(?:\s+бойы|(?:тың|дың|нің|дің)\s+күн(?:і|дері)|\s+айлар(?:ы|ында|ынан|ына)?)|(?:(?:қыс|жаз|көктем|күз)(?:та|да|те|де|қы|ғы|гі|кі|тың|дың|тің|дің|ы|і)?|(?:жаз|көктем|күз)(?:ға|ге)){date_tail}"
            ),
        ),
        // A time of day with the hour: "таңғы 7-ден бері", "таңғы сағат бесте", "таңғы
        // 9-дан кешкі 8-ге дейін" (a bare "сағат" before a clock time stays outside, as in
        // KazNERD).
        mk(
            Kind::Time,
            "time_of_day_hour",
            Lead::Word(TIME_OF_DAY_LED),
            format!(r"{hour}(?:\s+{hour})?(?:\s+(?:дейін|бері|шамасында|кейін))?"),
        ),
        // 18:30, 10:00-де.
        mk(Kind::Time, "time", Lead::Number(clock), format!(r"(?:2[0-3]|[01]?[0-9])[:.]\s?[0-5][0-9]{suffix}")),
        mk(
            Kind::Time,
            "time",
            Lead::Word(TIME_OF_DAY_LED),
            format!(
                r"{time_of_day}{L}*(?:\s+{time_of_day}{L}*)?(?:\s+{time_tail})?|{}\s+{time_tail}|{}",
                group(&NOON),
                group(&MIDDAY)
            ),
        ),
        mk(
            Kind::Money,
            "money",
            Lead::Number(money),
            format!(
                r"(?:{n}){EMPHASIS}{span}(?:\s+{MULT}{L}*)?\s*(?:ақш\s+доллар{L}*|теңге{L}*|доллар{L}*|еуро{L}*|евро{L}*|рубль{L}*|рубл{L}*|юан{L}*|сом{L}*|манат{L}*|фунт{L}*|₸|\$)(?:-{L}+)?{APPROX}|\$\s?(?:{n})(?:\s+{MULT}{L}*)?"
            ),
        ),
        mk(
            Kind::Percentage,
            "percentage",
            Lead::Number(percentage),
            format!(r"(?:{n}){EMPHASIS}{span}\s*(?:%(?:-{L}+)?|пайыз{L}*|процент{L}*){APPROX}"),
        ),
        mk(
            Kind::Quantity,
            "quantity",
            Lead::Number(quantity),
            format!(
                r"(?:{n}){EMPHASIS}{span}(?:\s+{MULT}{L}*)?\s+(?:тонна{L}*|тонн{L}*|центнер{L}*|(?:шаршы\s+|текше\s+)?(?:шақырым{L}*|километр{L}*|км|метр{L}*|сантиметр{L}*|миллиметр{L}*|см|мм)|гектар{L}*|га|литр{L}*|баррель{L}*|текше\s+метр{L}*|куб{L}*|килограмм{L}*|кг|градус{L}*(?:\s+(?:ыстық|суық))?|мегаватт{L}*|киловатт{L}*|гигаватт{L}*|мвт|квт|гвт|балл{L}*|балд{L}*|балға|балда|тэу|контейнер{L}*|айлық\s+есептік\s+көрсеткіш{L}*|аек)(?:\s+(?:{n})\s+(?:сантиметр|миллиметр|килограмм|грамм){L}*)?{APPROX}"
            ),
        ),
        // Durations and ages: "5 жылдан бері", "2 – 3 жылда", "2 аптаның ішінде", "3
        // жасар", "12 сағатта"; the unit word is checked by the suffix grammar.
        mk(
            Kind::Date,
            "date_duration",
            Lead::Number(duration),
            format!(r"(?:{n}){EMPHASIS}(?:\s*[-–—]\s*(?:{n}))?(?:-?(?:ға|ге|қа|ке)\s+жуық|\s+шақты)?\s+(?:(?:{date_unit}|жас)(?:тан|тен|дан|ден|нан|нен)\s+(?:{n})\s+)?(?:{date_unit}{L}*|жас(?:ар|тағы|тан|қа|та|ында|ынан|ына|\s+аралығында(?:ғы)?)){duration_tail}"),
        ),
        mk(
            Kind::Time,
            "time_duration",
            Lead::Number(time_duration),
            format!(r"(?:{n})(?:\s*[-–]\s*(?:{n}))?\s+{}{L}*(?:\s+(?:{n})\s+(?:минут|секунд){L}*)?{duration_tail}", group(TIME_UNITS)),
        ),
        // A whole period: "тәулік бойы", "күні бойы" (after the durations, which take "3
        // жыл бойы" whole).
        mk(
            Kind::Date,
            "date_period",
            Lead::Word(PERIOD_LED),
            r"(?:тәулік|күні|түні|жыл|ай|апта)\s+бойы(?:на)?".into(),
        ),
        // Ordinal years, days and centuries: "2023-інші жылға дейін", "1-інші күні",
        // "20-сыншы ғасырдағы"; the unit word is checked by the suffix grammar.
        mk(
            Kind::Date,
            "date_ordinal",
            Lead::Number(ordinal),
            format!(r"{ordinal_digits}(?:\s*(?:[-–—]|,)\s*{ordinal_digits})?\s+(?:{}){L}*{date_tail}", group(DATE_UNITS)),
        ),
        // Dates in words: "жиырма төртінші қарашада", "екі мың жиырмасыншы жылдың бірінші
        // қаңтарынан".
        mk(
            Kind::Date,
            "date_words",
            Lead::Word(ORDINAL_WORD_LED),
            format!(r"(?:{ordinal_in_words}\s+жыл(?:дың|ғы)\s+)?{ordinal_in_words}(?:\s*[-–—]\s*{ordinal_in_words})?\s+{month}{L}*{date_tail}"),
        ),
        mk(
            Kind::Date,
            "date_ordinal_words",
            Lead::Word(ORDINAL_WORD_LED),
            format!(r"{ordinal_in_words}(?:\s*(?:[-–—]|,)\s*{ordinal_in_words})?\s+(?:{}){L}*{date_tail}", group(DATE_UNITS)),
        ),
        // A month alone in a case: "қаңтарда", "желтоқсанға дейін". After the dates whose
        // day comes first ("жиырма бесінші наурызда").
        mk(Kind::Date, "date_month_case", Lead::Word(MONTH_LED), format!(r"{month_in_case}{date_tail}")),
        mk(Kind::Ordinal, "ordinal_words", Lead::Word(ORDINAL_WORD_LED), format!(r"{ordinal_in_words}{L}*")),
        mk(Kind::Ordinal, "ordinal", Lead::Number(ordinal), format!(r"{ordinal_digits}{L}*")),
        // Fractions: 4-тен 1-і, үштен бірі.
        mk(Kind::Cardinal, "cardinal_fraction", Lead::Number(fraction), format!(r"(?:{n})-?(?:тен|тан|ден|дан|нен|нан)\s+(?:{words}|[0-9]+)(?:-?{L}+)?")),
        // 12, 1 – 2, 100 мыңнан астам, 2 есе (times), 20 шақты (about 20).
        mk(Kind::Cardinal, "cardinal", Lead::Number(any_number), format!(r"(?:{n})(?:\s*[-–]\s*(?:{n}))?(?:\s+{MULT}{L}*)?(?:-{L}+)?(?:\s+(?:есе|шақты){L}*)?{APPROX}")),
    ]);
    // Each family's pattern id in its group's DFA: the families of a group in order.
    let mut next = [0u16; GROUP_COUNT];
    for f in &mut families {
        let g = f.lead.group();
        f.pattern_id = next[g];
        next[g] += 1;
    }
    families
});

/// How many [`Group`]s there are: one per kind of [`Lead`].
const GROUP_COUNT: usize = 3;

impl Lead {
    /// The index of the lead's [`Group`] in [`GROUPS`].
    fn group(self) -> usize {
        match self {
            Lead::Number(_) => 0,
            Lead::NumberWords(_) => 1,
            Lead::Word(_) => 2,
        }
    }
}

/// The patterns of the families tried at the same starts (those with the same kind of
/// [`Lead`]), as one forward lazy DFA that reports every end of every pattern's match:
/// one walk from a start serves every family of the group, where a DFA per family would
/// read the number and the words after it once per family.
struct Group {
    dfa: DFA,
}

static GROUPS: Lazy<Vec<Group>> = Lazy::new(|| {
    (0..GROUP_COUNT)
        .map(|g| {
            let patterns: Vec<&str> = FAMILIES
                .iter()
                .filter(|f| f.lead.group() == g)
                .map(|f| f.pattern.as_str())
                .collect();
            assert!(patterns.len() <= MAX_GROUP_PATTERNS, "a group has too many patterns");
            // Anchored by the search, not by `^`: a walk starts at a number or a word.
            let dfa = DFA::builder()
                .configure(DFA::config().starts_for_each_pattern(false).match_kind(MatchKind::All))
                .build_many(&patterns)
                .expect("numeric rule regexes are valid (tested)");
            Group { dfa }
        })
        .collect()
});

/// The end of a `date_month` match `start..end`: a month named with "ай" alone is the
/// month, as KazNERD tags it ("[қаңтар] айында"); with a part of the month or a tail
/// after "ай" it is the whole ("[сәуір айының ортасында]", "[қараша айына дейін]").
fn month_alone(folded: &str, start: usize, end: usize) -> usize {
    let matched = &folded[start..end];
    let mut words = matched.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(month), Some(_), None) => start + month.len(),
        _ => end,
    }
}

/// The months whose name in a case is the month and nothing else: not "маусым" (also
/// 'season': "жылыту маусымында") or "қазан" ('cauldron', and the city Kazan).
const UNAMBIGUOUS_MONTHS: [&str; 10] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қараша",
    "желтоқсан",
];

/// The case endings a month alone takes as a date: locative ("қаңтарда"), ablative
/// ("шілдеден"), dative ("қарашаға"). Not the genitive: "наурыздың бесі" is a day (see
/// the date joins).
const MONTH_CASES: [&str; 14] =
    ["да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке"];

/// Whether the text before a number at `start` ends in a possessed form of "жас" ('age'),
/// the word "қазір" ('now') perhaps after it: "атаның жасы қазір сексеннен асқан",
/// "Орташа жастары елуге тақаған".
fn after_age(folded: &str, start: usize) -> bool {
    let before = folded[..start].trim_end();
    let before = before.strip_suffix("қазір").map_or(before, str::trim_end);
    ["жасы", "жастары"]
        .iter()
        .any(|w| before.strip_suffix(w).is_some_and(|rest| starts_clean(folded, rest.len())))
}

/// Whether a match may start at `start` (no letter, digit or hyphen just before it).
#[inline]
fn starts_clean(folded: &str, start: usize) -> bool {
    !char_before(folded, start).is_some_and(|c| crate::normalize::is_alphanumeric(c) || c == '-')
}

/// The most patterns a [`Group`] may have (checked when the groups are built).
const MAX_GROUP_PATTERNS: usize = 32;

/// The longest match of each pattern of a group at `start` that ends no later than
/// `until`, in one walk of the group's DFA: `(pattern id, end)` pairs appended to `out`,
/// one per pattern that matches.
fn walk(
    dfa: &DFA,
    cache: &mut Cache,
    folded: &str,
    start: usize,
    until: usize,
    out: &mut Vec<(u16, usize)>,
) {
    // The default configuration never quits or gives up (no cache clear limit), and
    // anchored searches are always supported: there is no error to report.
    let input = Input::new(folded).range(start..until).anchored(Anchored::Yes);
    let Ok(mut sid) = dfa.start_state_forward(cache, &input) else { return };
    // Each pattern's pair in `out`, by its index there, once it has matched.
    let mut pair = [usize::MAX; MAX_GROUP_PATTERNS];
    let mut record = |cache: &mut Cache, sid, end: usize| {
        for k in 0..dfa.match_len(cache, sid) {
            let p = dfa.match_pattern(cache, sid, k).as_usize();
            // The walk goes forward: a later end is a longer match.
            match out.get_mut(pair[p]) {
                Some((_, e)) => *e = end,
                None => {
                    pair[p] = out.len();
                    out.push((p as u16, end));
                }
            }
        }
    };
    for (at, &b) in folded.as_bytes()[..until].iter().enumerate().skip(start) {
        let Ok(next) = dfa.next_state(cache, sid, b) else { return };
        sid = next;
        if sid.is_tagged() {
            // Matches are reported one byte late: a match state entered on the byte at
            // `at` holds the matches that end at `at`.
            if sid.is_match() {
                record(cache, sid, at);
            }
            if sid.is_dead() {
                return;
            }
        }
    }
    // At `until`, the end of the range, whether or not the text goes on: the patterns
    // have no look-around, so what follows `until` cannot change a match before it.
    if let Ok(eoi) = dfa.next_eoi_state(cache, sid) {
        if eoi.is_match() {
            record(cache, eoi, until);
        }
    }
}

thread_local! {
    /// Each group's lazy DFA cache (by index in [`GROUPS`]), kept by the thread from one
    /// document to the next, so that the DFA states a walk needs are built once.
    static CACHES: RefCell<Vec<Cache>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the thread's DFA caches, one per group (made on first use).
fn with_caches<T>(f: impl FnOnce(&mut [Cache]) -> T) -> T {
    // Taken out for the call, put back after: no borrow is held while `f` runs.
    let mut caches = CACHES.try_with(RefCell::take).unwrap_or_default();
    if caches.len() != GROUPS.len() {
        caches = GROUPS.iter().map(|g| g.dfa.create_cache()).collect();
    }
    let out = f(&mut caches);
    // Fails only while the thread is being torn down: the caches are dropped then.
    let _ = CACHES.try_with(|c| c.replace(caches));
    out
}

/// The end of pattern `pattern_id`'s match among the pairs of a walk, if it matched.
fn end_of(ends: &[(u16, usize)], pattern_id: u16) -> Option<usize> {
    ends.iter().find(|&&(p, _)| p == pattern_id).map(|&(_, e)| e)
}

/// The longest match of each pattern found at each start of a group, walked on first
/// need (see [`Walks::at`]).
struct Walks {
    /// Per start, where its pairs begin in `ends` (shifted left 8 bits) and how many
    /// there are (at most [`MAX_GROUP_PATTERNS`], the low 8 bits); 8 bytes a start.
    spans: Vec<u64>,
    ends: Vec<(u16, usize)>,
}

impl Walks {
    const NOT_WALKED: u64 = u64::MAX;

    fn new(starts: usize) -> Walks {
        Walks { spans: vec![Self::NOT_WALKED; starts], ends: Vec::new() }
    }

    /// The ends of the walk at start `k` (at byte `start`), walking it if not yet done.
    fn at(
        &mut self,
        group: &Group,
        cache: &mut Cache,
        folded: &str,
        k: usize,
        start: usize,
    ) -> &[(u16, usize)] {
        if self.spans[k] == Self::NOT_WALKED {
            let from = self.ends.len();
            walk(&group.dfa, cache, folded, start, folded.len(), &mut self.ends);
            // `from` counts pairs of 16 bytes in memory: it is far below 2^56.
            self.spans[k] = (from as u64) << 8 | (self.ends.len() - from) as u64;
        }
        let from = (self.spans[k] >> 8) as usize;
        &self.ends[from..from + (self.spans[k] & 0xff) as usize]
    }
}

/// The end of family `f`'s match at `start` in `folded`, if it has one that ends at a
/// word's end and passes its check: the longest, from `ends`, what its group's walk found
/// there. A match that ends inside a word ("5 млрд доллардан аса|ды", where "аса" is an
/// approximator and "асады" a verb) or that its check refuses gives way to the longest
/// that ends before its last word (another walk, into `scratch`), so at most one walk
/// per word of the match.
fn find_at(
    f: &Family,
    ends: &[(u16, usize)],
    (group, cache, scratch): (&Group, &mut Cache, &mut Vec<(u16, usize)>),
    folded: &str,
    start: usize,
) -> Option<usize> {
    let mut end = end_of(ends, f.pattern_id)?;
    loop {
        let inside_word = folded[end..].starts_with(crate::normalize::is_alphanumeric);
        if !inside_word && f.check.is_none_or(|ok| ok(&folded[start..end])) {
            return Some(end);
        }
        // A match its check refuses is tried again without its last word too: "үш
        // бірдей" ('as many as three', бірдей 'same' is no number) counts "үш".
        let until = start + folded[start..end].rfind(char::is_whitespace)?;
        scratch.clear();
        walk(&group.dfa, cache, folded, start, until, scratch);
        end = end_of(scratch, f.pattern_id)?;
    }
}

/// Adds numeric matches to `out`, never overlapping each other.
pub(crate) fn find(rules: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let folded = rules.folded;
    // In one pass over the words: where numbers start (words beginning with a digit; and
    // dollar signs, below), and where word-led families may start.
    let (mut numbers, mut leads) = (Vec::new(), Vec::new());
    let (mut lead_ends, mut lead_classes) = (Vec::new(), Vec::new());
    for (w, &classes) in rules.words.iter().zip(&rules.classes) {
        let s = w.start;
        if folded.as_bytes()[s].is_ascii_digit() {
            if starts_clean(folded, s) {
                numbers.push(s);
            }
        } else if classes & Class::LEAD != 0 && starts_clean(folded, s) {
            leads.push(s);
            lead_ends.push(w.end());
            lead_classes.push(classes);
        }
    }
    let leads = WordLeads::new(folded, leads, &lead_ends, &lead_classes);
    if folded.contains('$') {
        numbers.extend(folded.match_indices('$').map(|(i, _)| i));
        numbers.sort_unstable();
    }
    // How each number begins, for the shapes.
    let digits = Digits::all(folded, &numbers);
    let heads = chain_heads(folded, &numbers, &digits);
    // The bytes of accepted spans, one bit each: an overlap check reads a word or two.
    let mut taken = Taken::new(folded.len());
    let mut accept = |start: usize, end: usize, f: &Family, out: &mut Vec<RuleMatch>| {
        if !starts_clean(folded, start)
            || folded[end..].starts_with(crate::normalize::is_alphanumeric)
            // After "бүтін" a number and its place are a decimal's digits ("бір бүтін оннан
            // бес"), not a fraction ("оннан бесі", 'five of ten').
            || (f.source == "cardinal_fraction_words" && folded[..start].trim_end().ends_with("бүтін"))
            // "бүгінде" is lexicalised 'nowadays', not a date.
            || (f.source == "date_relative" && &folded[start..end] == "бүгінде")
            || (f.source == "cardinal_words"
                && (both_parties(&folded[start..end], &folded[end..])
                    || indefinite_one(&folded[..start], &folded[start..end], &folded[end..])
                    || face_of(&folded[..start], &folded[start..end])))
        {
            return;
        }
        if taken.any(start, end) {
            return;
        }
        // The family's head words join it: "соңғы 10 жылда", "минус 35 градус".
        let mut start = start;
        let head = folded[..start].trim_end();
        if let Some(h) = f.heads.iter().find(|h| head.ends_with(*h)) {
            let s = head.len() - h.len();
            if head.len() < start && starts_clean(folded, s) && !taken.any(s, start) {
                start = s;
            }
        }
        let end = if f.source == "date_month" { month_alone(folded, start, end) } else { end };
        taken.set(start, end);
        // A count after "жасы" ('his age') is an age, a date as KazNERD tags it.
        let (kind, source) = if f.kind == Kind::Cardinal && after_age(folded, start) {
            (Kind::Date, "date_age")
        } else {
            (f.kind, f.source)
        };
        out.push(RuleMatch::new(start, end, kind, source));
    };
    let mut twin_possible = Vec::new();
    let mut walks: Vec<Walks> = (0..GROUP_COUNT)
        .map(|g| Walks::new(if g == 0 { numbers.len() } else { leads.starts.len() }))
        .collect();
    let mut scratch = Vec::new();
    with_caches(|caches| {
        for f in FAMILIES.iter() {
            let g = f.lead.group();
            let (group, cache, walks) = (&GROUPS[g], &mut caches[g], &mut walks[g]);
            let (starts, heads) = match f.lead {
                Lead::Number(_) => (&numbers, &heads),
                Lead::Word(_) | Lead::NumberWords(_) => (&leads.starts, &leads.heads),
            };
            if let Lead::NumberWords(shape) = f.lead {
                after_number_words(shape, &leads, &mut twin_possible);
            }
            // Like `find_iter`: a family's matches do not overlap each other.
            let mut resume = 0;
            // The chain (its head's index) where this family has failed: see `chain_heads`.
            let mut failed_chain = usize::MAX;
            for (k, &s) in starts.iter().enumerate() {
                if s < resume {
                    continue;
                }
                if f.chained && heads[k] == failed_chain {
                    continue;
                }
                let possible = match f.lead {
                    Lead::Number(shape) => shape(digits[k]),
                    Lead::Word(condition) => leads.conditions[k] & condition != 0,
                    Lead::NumberWords(_) => twin_possible[k],
                };
                if !possible {
                    continue;
                }
                let ends = walks.at(group, cache, folded, k, s);
                match find_at(f, ends, (group, cache, &mut scratch), folded, s) {
                    Some(end) => {
                        resume = end;
                        accept(s, end, f, out);
                    }
                    None if f.chained => failed_chain = heads[k],
                    None => {}
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use regex_automata::hybrid::dfa::DFA;
    use regex_automata::{Anchored, Input};

    use super::{
        after_number_words, begins_with_one_of, chain_heads, number_word_heads, number_word_led,
        walk, Class, Classes, Digits, Family, Lead, WordLeads, CARDINAL_WORD_LED, COLLECTIVES,
        FAMILIES, GROUPS, LEAD_WHOLE_WORDS, LEAD_WORDS, MONTHS, NOON, NUMBER_WORDS,
        ORDINAL_WORD_LED, PERIOD_STARTS, RELATIVE_STARTS, TIMES_OF_DAY,
    };
    use crate::rules::tests::found;

    /// `f`'s longest match at `start` in `text` that ends no later than `until`, by a
    /// walk of its group.
    fn longest(f: &Family, text: &str, start: usize, until: usize) -> Option<usize> {
        let g = f.lead.group();
        let mut ends = Vec::new();
        super::with_caches(|caches| {
            walk(&GROUPS[g].dfa, &mut caches[g], text, start, until, &mut ends)
        });
        super::end_of(&ends, f.pattern_id)
    }

    /// Whether `f`'s pattern matches at `start` in `text`.
    fn regex_matches(f: &Family, text: &str, start: usize) -> bool {
        longest(f, text, start, text.len()).is_some()
    }

    /// The end of `f`'s match at `start` in `text`, as `find` takes it.
    fn match_at(f: &Family, text: &str, start: usize) -> Option<usize> {
        let g = f.lead.group();
        super::with_caches(|caches| {
            let (mut ends, mut scratch) = (Vec::new(), Vec::new());
            walk(&GROUPS[g].dfa, &mut caches[g], text, start, text.len(), &mut ends);
            let walking = (&GROUPS[g], &mut caches[g], &mut scratch);
            super::find_at(f, &ends, walking, text, start)
        })
    }

    #[test]
    fn number_shapes_hold_wherever_the_regex_matches() {
        // Every digit run length, every separator after it, every tail: where a
        // number-led family's regex matches, its shape must hold, or the shortcut would
        // lose the match.
        let runs = ["", "$", "1", "05", "21", "123", "2025", "12345"];
        let seps =
            ["", " ", "  ", "-", ".", ":", ",", "\u{a0}", "\t", "\u{0b}", "\n", "–", "%", "$"];
        let tails = [
            "",
            "жылы",
            "жылғы 21 қазанда",
            // every month, bare and inflected
            "қаңтар",
            "ақпанда",
            "наурыз айы",
            "сәуірде",
            "мамыр 2025 жыл",
            "маусымның",
            "шілдеде",
            "тамыз",
            "қыркүйекте",
            "қарашада",
            "желтоқсан 2024 ж.",
            "-ші қазан",
            "– 2025 жылдары",
            "- 2025 жж",
            "жылдың 5 наурызында",
            "қазан 2025 жыл",
            "қазанда",
            "10.2025",
            "10-21",
            "2025 жылдары",
            "ж.",
            "00",
            "30-да",
            "000 теңге",
            "5 млрд доллар",
            "мың теңгеден астам",
            "пайыз",
            "пайызға дейін",
            "тонна",
            "мың тонна",
            // every unit, currency and multiplier of the money, percentage and quantity
            // patterns, bare and after a multiplier
            "процент",
            "%-ке",
            "тонн",
            "шақырым",
            "километр",
            "км",
            "метр",
            "гектар",
            "га",
            "литр",
            "баррель",
            "текше метр",
            "килограмм",
            "кг",
            "градус",
            "мегаватт",
            "мвт",
            "тэу",
            "контейнер",
            "млн тонна",
            "трлн баррель",
            "миллион литр",
            "теңге",
            "доллар",
            "ақш доллары",
            "еуро",
            "евро",
            "рубль",
            "юан",
            "сом",
            "манат",
            "фунт",
            "₸",
            "$",
            "млн теңге",
            "млрд ақш доллары",
            "миллиард юан",
            "триллион теңге",
            "трлн ₸",
            "мың $",
            "інші",
            "ші",
            "сыншы жылы",
            "ке",
            "5",
            // every unit of the durations, and the ordinal dates
            "жыл",
            "жылдан бері",
            "айда",
            "аптаның ішінде",
            "күнге",
            "тәулік бойы",
            "ғасыр бұрын",
            "жасар",
            "жастағы",
            "– 3 жылда",
            "-5 күн",
            "сағат",
            "сағаттың ішінде",
            "минутқа дейін",
            "секунд",
            "-інші жылға дейін",
            "-ші ғасырдағы",
            "айлық есептік көрсеткіш",
            "аек",
            // fractions
            "-тен 1-і",
            "нан бірі",
            // ranges and "from … to" before a unit
            "– 3 тонна",
            "-4 пайыз",
            "-нен 60 шақырымға дейін",
            "– 7 млн теңге",
            "-ден бес мың доллар",
            "шаршы метр",
            "сантиметр",
            "центнер",
            "балл",
            "балды",
        ];
        let mut matched = vec![0; FAMILIES.len()];
        for run in runs {
            for sep in seps {
                for tail in tails {
                    let probe = format!("{run}{sep}{tail}");
                    for (i, f) in FAMILIES.iter().enumerate() {
                        if let (Lead::Number(shape), true) = (f.lead, regex_matches(f, &probe, 0)) {
                            matched[i] += 1;
                            assert!(shape(Digits::at(&probe, 0)), "help: {} {probe:?}", f.source);
                        }
                    }
                }
            }
        }
        for (f, n) in FAMILIES.iter().zip(matched) {
            let word_led = matches!(f.lead, Lead::Word(_) | Lead::NumberWords(_));
            assert!(word_led || n > 0, "help: no probe for {}", f.source);
        }
    }

    /// `each` texts of every length in `lens`, each a run of that many `pieces` drawn by
    /// a linear congruential generator from `seed`: the same texts in every run.
    fn generated(pieces: &[&str], seed: u32, lens: &[usize], each: usize) -> Vec<String> {
        let mut state = seed;
        let mut texts = Vec::new();
        for &len in lens {
            for _ in 0..each {
                let mut t = String::new();
                for _ in 0..len {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    t.push_str(pieces[(state >> 16) as usize % pieces.len()]);
                }
                texts.push(t);
            }
        }
        texts
    }

    #[test]
    fn digits_of_all_starts_are_those_of_each_start() {
        // Runs of numbers, separators and spaces of every kind, ending in a unit, a mark,
        // a `$` or the end of the text: the sweep must give what a scan from each start
        // to the end of the text gives.
        let pieces =
            ["1", "23", "2025", " ", "\u{a0}", "\t", "\n", ".", ",", "-", "$", "т", "%", "ә"];
        let mut texts: Vec<String> = vec![String::new(), "1".into(), "$".into(), "1 2 3".into()];
        texts.extend(generated(&pieces, 7, &[4, 9, 30, 200], 50));
        let mut compared = 0;
        for t in &texts {
            let starts: Vec<usize> = t
                .char_indices()
                .filter(|&(_, c)| c.is_ascii_digit() || c == '$')
                .map(|(i, _)| i)
                .collect();
            let each: Vec<Digits> = starts.iter().map(|&s| Digits::at(t, s)).collect();
            assert_eq!(Digits::all(t, &starts), each, "help: {t:?}");
            compared += each.len();
        }
        assert!(compared > 5_000, "help: {compared}");
    }

    #[test]
    fn a_walk_finds_the_match_each_pattern_finds_alone() {
        // `find` takes each family's longest match from one walk of its group's DFA. The
        // patterns are written so that this is the match the regex crate's leftmost-first
        // search finds with the pattern alone, its alternatives tried in order (an hour
        // alternation that tried "2" before "23" was not: "кешкі 23:00-де"). Compared at
        // every word start of the fixtures, of sentences written for the hard cases and
        // of generated text, for every end bound `find_at` may use.
        let written = [
            "Жиын кешкі 23:00-де басталып, түнгі 22-ден таңғы 6-ға дейін созылды.",
            "Бағасы 1 250 000,5 теңгеден 12 345 678 долларға дейін өсті; 2 – 3 млрд теңге.",
            "2024 жылғы 5 наурызда, 21 қазан 2025 жылы, 2020-2025 жылдары, 1998 ж.",
            "Жиырма бесінші қарашада екі мың жиырмасыншы жылдың бірінші қаңтарынан бері.",
            "Екі жүз алпыстан астам адам, он екеуі, жүздеген турист, үш бірдей жоба.",
            "Өткен жылы, жыл сайын, осы айда, бүгінгі күнге дейін, былтырдан бері, қыста.",
            "5 жылдан бері, 2 аптаның ішінде, 3 жасар, 12 сағатта, тәулік бойы, 4-тен 1-і.",
            "минус 35 градус, 15 пайызға дейін, 100 мыңнан астам, 20 шақты, 2 есе, $5 млн.",
            "Өсім екі бүтін оннан бес пайыз, он төрт бүтін жүзден жиырма миллиард теңге болды.",
        ];
        let fixtures = [
            include_str!("../../tests/fixtures/numbers.txt"),
            include_str!("../../tests/fixtures/inflection.txt"),
            include_str!("../../tests/fixtures/quotes/dash_after.txt"),
        ];
        let pieces = [
            "1",
            "23",
            "2025",
            " 234",
            " ",
            "  ",
            "\u{a0}",
            "-",
            "–",
            ".",
            ":",
            ",",
            "$",
            "%",
            " бір",
            " екі",
            " жүз",
            " мың",
            " он",
            " жиырма",
            "ден",
            "інші",
            " жыл",
            "ғы",
            " қазан",
            " айында",
            " теңге",
            " млн",
            " пайыз",
            " тонна",
            " сағат",
            " бойы",
            " дейін",
            " бері",
            " өткен",
            " кешкі",
            " таңғы",
            " бүтін оннан",
        ];
        let mut texts: Vec<String> =
            written.iter().chain(&fixtures).map(|t| crate::normalize::fold(t)).collect();
        texts.extend(generated(&pieces, 5, &[6, 20, 80], 120));
        let alone: Vec<DFA> = FAMILIES.iter().map(|f| DFA::new(&f.pattern).unwrap()).collect();
        let mut caches: Vec<_> = alone.iter().map(DFA::create_cache).collect();
        let mut compared = 0;
        for t in &texts {
            let starts = (0..t.len()).filter(|&i| {
                t.is_char_boundary(i)
                    && !t[i..].starts_with(char::is_whitespace)
                    && t[..i].ends_with(|c: char| c.is_whitespace() || c == '(')
                    || i == 0
            });
            for start in starts {
                for (f, (dfa, cache)) in FAMILIES.iter().zip(alone.iter().zip(&mut caches)) {
                    let Some(end) = longest(f, t, start, t.len()) else {
                        let input = Input::new(t).range(start..).anchored(Anchored::Yes);
                        let first = dfa.try_search_fwd(cache, &input).unwrap();
                        assert!(first.is_none(), "help: {} at {start} in {t:?}", f.source);
                        continue;
                    };
                    // The bounds `find_at` uses: the text's end, and the whitespace in the
                    // match.
                    let untils = t[start..end]
                        .char_indices()
                        .filter(|(_, c)| c.is_whitespace())
                        .map(|(i, _)| start + i)
                        .chain([t.len()]);
                    for until in untils {
                        let input = Input::new(t).range(start..until).anchored(Anchored::Yes);
                        let first = dfa.try_search_fwd(cache, &input).unwrap().map(|m| m.offset());
                        let walked = longest(f, t, start, until);
                        assert_eq!(
                            first, walked,
                            "help: {} at {start} until {until} in {t:?}",
                            f.source
                        );
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 3_000, "help: {compared}");
    }

    #[test]
    fn chained_patterns_that_fail_at_a_chain_member_fail_at_every_later_one() {
        // Digit groups of every length, both group separators, decimals, units, currencies
        // and `$`: wherever a chained family fails at a number start, it must fail at the
        // later starts of the same chain, or skipping them would lose matches.
        let pieces = [
            "1",
            "12",
            "123",
            " 234",
            " 234",
            " 234",
            "\u{a0}234",
            " 5678",
            "5678",
            " ",
            "  ",
            ",5",
            ".",
            "$",
            " тонна",
            " теңге",
            " млн",
            "%",
            " пайыз",
            "-ке",
            " жылда",
            " сағат",
            " – ",
            " жылыту",
            "-тен 1-і",
            "нан бірі",
            "ә",
            "\n",
        ];
        let mut members = 0;
        for t in generated(&pieces, 11, &[3, 8, 20, 60], 100) {
            let b = t.as_bytes();
            let starts: Vec<usize> = (0..b.len())
                .filter(|&i| {
                    b[i] == b'$'
                        || (b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
                })
                .collect();
            let digits = Digits::all(&t, &starts);
            let heads = chain_heads(&t, &starts, &digits);
            for f in FAMILIES.iter().filter(|f| f.chained && matches!(f.lead, Lead::Number(_))) {
                for k in 0..starts.len() {
                    if match_at(f, &t, starts[k]).is_some() {
                        continue;
                    }
                    for j in (k + 1..starts.len()).filter(|&j| heads[j] == heads[k]) {
                        members += 1;
                        assert!(
                            match_at(f, &t, starts[j]).is_none(),
                            "help: {} {t:?} at {}",
                            f.source,
                            starts[j]
                        );
                    }
                }
            }
        }
        assert!(members > 1_000, "help: {members}");
        let chained: Vec<&str> = FAMILIES
            .iter()
            .filter(|f| f.chained && matches!(f.lead, Lead::Number(_)))
            .map(|f| f.source)
            .collect();
        assert_eq!(
            chained,
            [
                "money",
                "percentage",
                "quantity",
                "date_duration",
                "time_duration",
                "cardinal_fraction",
                "cardinal"
            ]
        );
    }

    #[test]
    fn word_led_patterns_that_fail_in_a_run_of_number_words_fail_at_its_later_words() {
        // Runs of bare and inflected number words, ordinals, units, tails and other words:
        // wherever a chained word-led family finds nothing (its regex, then its check),
        // it must find nothing at the later words of the same run, or skipping them
        // would lose matches.
        let pieces = [
            "бір",
            "екі",
            "жүз",
            "мың",
            "он",
            "жарым",
            " бір",
            " екі",
            " жүз",
            " мың",
            " он",
            " үш",
            " жарым",
            " ",
            " ",
            "  ",
            "\n",
            "ден",
            "ге",
            "інші",
            "нші",
            "і",
            " жыл",
            " жылдан",
            " жылдың",
            " айда",
            " пайыз",
            " теңге",
            " тонна",
            " сағат",
            " наурыз",
            " наурызда",
            " астам",
            " бері",
            " ел",
            ",",
            "ә",
            "оның",
        ];
        let mut members = 0;
        for t in generated(&pieces, 5, &[3, 8, 20, 60, 200], 200) {
            let words = crate::rules::words(&t);
            let (starts, ends): (Vec<usize>, Vec<usize>) = words
                .iter()
                .filter(|w| number_word_led(&t[w.start..]) && super::starts_clean(&t, w.start))
                .map(|w| (w.start, w.end()))
                .unzip();
            let heads = number_word_heads(&t, &starts, &ends);
            let finds = |f: &super::Family, at: usize| match_at(f, &t, at).is_some();
            for f in FAMILIES.iter().filter(|f| f.chained && !matches!(f.lead, Lead::Number(_))) {
                for k in 0..starts.len() {
                    if finds(f, starts[k]) {
                        continue;
                    }
                    for j in (k + 1..starts.len()).filter(|&j| heads[j] == heads[k]) {
                        members += 1;
                        assert!(!finds(f, starts[j]), "help: {} {t:?} at {}", f.source, starts[j]);
                    }
                }
            }
        }
        assert!(members > 1_000, "help: {members}");
        let chained: Vec<&str> = FAMILIES
            .iter()
            .filter(|f| f.chained && !matches!(f.lead, Lead::Number(_)))
            .map(|f| f.source)
            .collect();
        assert_eq!(chained.len(), 10, "help: {chained:?}");
    }

    #[test]
    fn number_word_conditions_hold_wherever_the_regex_matches() {
        // Runs of number words, inflected or not, with ranges, multipliers, units and
        // other words: wherever a family led by number words finds a match, the
        // conditions `find` tries it under must hold, or the shortcut would lose it.
        let pieces = [
            "бір",
            "екі",
            " екі",
            " жүз",
            " мың",
            " он",
            " үш",
            " жиырма",
            " қырық",
            " жарым",
            " бес",
            " тоқсан",
            " бүтін оннан",
            " бүтін жүзден",
            " бүтін",
            " ",
            "  ",
            "-",
            " – ",
            "%",
            "$",
            "ден",
            "тен",
            "ге",
            "інші",
            "ыншы",
            "нші",
            "сыншы",
            "і",
            " жыл",
            " жылдан",
            " айда",
            " апта",
            " тоқсанда",
            " пайыз",
            " процент",
            " теңге",
            " ақш доллары",
            " млн",
            " млрд",
            " тонна",
            " шақырым",
            " сағат",
            " минут",
            " жас",
            " есе",
            " бірі",
            " наурыз",
            " наурызда",
            " бері",
            " бойы",
            " астам",
            " адам",
            " ел",
            "оның",
            " бірақ",
            " үшін",
            ",",
        ];
        let mut tried = vec![0; FAMILIES.len()];
        for t in generated(&pieces, 11, &[2, 4, 8, 20, 60], 600) {
            let (starts, ends): (Vec<usize>, Vec<usize>) = crate::rules::words(&t)
                .iter()
                .filter(|w| super::starts_clean(&t, w.start))
                .map(|w| (w.start, w.end()))
                .unzip();
            let classes: Vec<Classes> =
                starts.iter().zip(&ends).map(|(&s, &e)| classes_of(&t[s..e])).collect();
            let leads = WordLeads::new(&t, starts, &ends, &classes);
            let mut possible = Vec::new();
            for (i, f) in FAMILIES.iter().enumerate() {
                match f.lead {
                    Lead::NumberWords(shape) => after_number_words(shape, &leads, &mut possible),
                    Lead::Word(c) if c & (CARDINAL_WORD_LED | ORDINAL_WORD_LED) != 0 => {
                        possible = leads.conditions.iter().map(|&k| k & c != 0).collect();
                    }
                    _ => continue,
                }
                for (k, &s) in leads.starts.iter().enumerate() {
                    if match_at(f, &t, s).is_some() {
                        tried[i] += 1;
                        assert!(possible[k], "help: {} {t:?} at {s}", f.source);
                    }
                }
            }
        }
        for (f, n) in FAMILIES.iter().zip(tried) {
            let led = matches!(f.lead, Lead::NumberWords(_))
                || matches!(f.lead, Lead::Word(c) if c & (CARDINAL_WORD_LED | ORDINAL_WORD_LED) != 0);
            assert!(!led || n >= 10, "help: {} matched {n} times", f.source);
        }
    }

    /// The word classes the default gazetteer walk finds for the folded `word`.
    fn classes_of(word: &str) -> Classes {
        crate::extractor::default_matcher().classes_of(word, false)
    }

    #[test]
    fn lead_classes_are_the_lead_conditions() {
        // Every lead list's words, bare, inflected and cut short, and words that merely
        // share a beginning with them: the classes must say what the prefix tests say.
        let mut words: Vec<String> = Vec::new();
        let lists = [&MONTHS[..], &TIMES_OF_DAY, &NOON, &NUMBER_WORDS, &COLLECTIVES];
        for w in
            lists.into_iter().chain([&RELATIVE_STARTS[..], &PERIOD_STARTS, &["қырқ"]]).flatten()
        {
            for suffix in ["", "да", "ыншы", "інші", "ы", "дағы", "тың", "-ақ", "ке"]
            {
                words.push(format!("{w}{suffix}"));
            }
            let mut cut = w.to_string();
            cut.pop();
            words.push(cut);
        }
        words.extend(
            ["", "а", "айтты", "жылдам", "бірақ", "үшін", "кешір", "қазақ"].map(String::from),
        );
        let mut led = [0; 5];
        for w in &words {
            let c = classes_of(w);
            let (tod, relative, period) = (
                super::time_of_day_led(w),
                begins_with_one_of(w, &RELATIVE_STARTS),
                begins_with_one_of(w, &PERIOD_STARTS),
            );
            let tests = [
                (Class::MONTH_START, super::month_led(w)),
                (Class::TIME_OF_DAY_START, tod),
                (Class::NUMBER_WORD_START, number_word_led(w)),
                (Class::RELATIVE_START, relative),
                (Class::PERIOD_START, period),
            ];
            for (i, (class, holds)) in tests.into_iter().enumerate() {
                assert_eq!(c & class != 0, holds, "help: {w} {i}");
                led[i] += usize::from(holds);
            }
        }
        assert!(led.iter().all(|&n| n >= 10), "help: {led:?}");
    }

    #[test]
    fn lead_lists_begin_with_a_whole_letter() {
        // `begins_with_one_of` compares two bytes first.
        for list in [&MONTHS[..], &TIMES_OF_DAY, &NUMBER_WORDS, &RELATIVE_STARTS, &PERIOD_STARTS] {
            assert!(list.iter().all(|w| w.len() >= 2 && w.is_char_boundary(2)), "help: {list:?}");
        }
    }

    #[test]
    fn chains_of_digit_groups() {
        let heads = |t: &str| {
            let b = t.as_bytes();
            let starts: Vec<usize> = (0..b.len())
                .filter(|&i| {
                    b[i].is_ascii_digit() && (i == 0 || b[i - 1] == b' ' || b[i - 1] == 0xA0)
                })
                .collect();
            chain_heads(t, &starts, &Digits::all(t, &starts))
        };
        assert_eq!(heads("1 234 567 тонна"), [0, 0, 0]);
        assert_eq!(heads("12\u{a0}345 теңге"), [0, 0]);
        // A group of four digits, two spaces or a first group of four begin a new chain.
        assert_eq!(heads("1 234 5678 теңге"), [0, 0, 2]);
        assert_eq!(heads("1  234 567"), [0, 1, 1]);
        assert_eq!(heads("1234 567"), [0, 1]);
        assert_eq!(heads("1 23 456"), [0, 1, 1]);
        // Found where a chain member fails: a later chain.
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        // (The cardinal from "1" reads "1 234 567", which ends inside a number, so it is
        // tried again up to the space before: "1 234".)
        assert_eq!(t("1 234 5678 теңге"), ["CARDINAL 1 234", "MONEY 5678 теңге"]);
        assert_eq!(t("Жоспар 12 450 300 тонна"), ["QUANTITY 12 450 300 тонна"]);
    }

    #[test]
    fn month_initials_are_those_of_the_months() {
        for m in MONTHS {
            assert!(super::month_initial(m.chars().next().unwrap()), "help: {m}");
        }
        let initials: Vec<char> = MONTHS.iter().filter_map(|m| m.chars().next()).collect();
        for c in ('а'..='я').chain(['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і']) {
            assert_eq!(super::month_initial(c), initials.contains(&c), "help: {c}");
        }
    }

    #[test]
    fn word_led_families_start_with_a_lead_word() {
        // Word-led families are tried only at words with a lead prefix or that are a whole
        // lead word: every month and one probe per top-level alternative of those
        // patterns must still be found whole.
        for m in MONTHS {
            let prefix = LEAD_WORDS.contains(&m);
            assert!(prefix || LEAD_WHOLE_WORDS.contains(&m), "help: month {m}");
        }
        assert!(FAMILIES.iter().any(|f| matches!(f.lead, Lead::Word(_))));
        let probes = [
            "қазан айына дейін",
            "өткен жылы",
            "бірнеше жылдан бері",
            "келер жылы",
            "былтырғы айда",
            "келесі аптада",
            "алдағы айда",
            "жыл сайын",
            "апта сайын",
            "жыл соңына дейін",
            "ай басынан бері",
            "бүгінгі таңда",
            "бүгінгі күнге дейін",
            "былтырдан бері",
            "кешеге дейін",
            "ертең",
            "биылғы",
            "қыста",
            "жазда",
            "көктемде",
            "күзде",
            "қысқы",
            "таңертең",
            "кешке",
            "түнде",
            "күндіз",
            "түсте",
            "таңғы",
            "түскі",
            "кешкі",
            "түнгі",
            "түнімен",
            "осы жылы",
            "күнделікті",
            "жыл басынан бері",
            "тәулік бойы",
            "күні бойы",
            "түні бойы",
            "апта бойы",
            "жыл аяғына дейін",
            "ай ортасында",
            "дәл осы күні",
            "сол күннен",
            "осы күнге дейін",
            "өткен ғасырда",
            "орта ғасырлардағы",
            "ширек ғасыр бұрын",
            "ғасырлар бойы",
            "ағымдағы жылы",
            "ендігі жылы",
            "өткен тәулікте",
            "соңғы күндері",
            "алдағы күндерде",
        ];
        for probe in probes {
            let text = format!("Жиын {probe} өтті");
            let f = found(&text, |k| matches!(k, crate::Kind::Date | crate::Kind::Time));
            assert_eq!(f.len(), 1, "help: {probe}: {f:?}");
            assert!(f[0].ends_with(probe), "help: {probe}: {f:?}");
        }
    }

    #[test]
    fn dates_money_percentages() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        assert_eq!(t("date 2025-10-21 Астана"), ["DATE 2025-10-21"]);
        assert_eq!(t("2025 жылғы 21 қазанда өтті"), ["DATE 2025 жылғы 21 қазанда"]);
        assert_eq!(t("2024 жылдың 5 наурызында"), ["DATE 2024 жылдың 5 наурызында"]);
        assert_eq!(t("Жиын 21 қазанда өтеді"), ["DATE 21 қазанда"]);
        // A month named with "ай" is the month alone, unless a part of the month, a tail or
        // a head word joins it (as KazNERD tags them).
        assert_eq!(t("қазан айында басталады"), ["DATE қазан"]);
        assert_eq!(t("Маусым айындағы жағдай"), ["DATE Маусым"]);
        assert_eq!(t("сәуір айының ортасында"), ["DATE сәуір айының ортасында"]);
        assert_eq!(t("қараша айына дейін созылады"), ["DATE қараша айына дейін"]);
        assert_eq!(t("өткен ақпан айында құрылды"), ["DATE өткен ақпан айында"]);
        assert_eq!(t("Ол осы жылдың қыркүйек айында келді"), ["DATE осы жылдың қыркүйек айында"]);
        assert_eq!(t("келесі жылдың сәуір айынан бастап"), ["DATE келесі жылдың сәуір айынан"]);
        // A month alone in a case is a date, unless its name is also a common noun.
        assert_eq!(t("Сессия қаңтарда ашылады"), ["DATE қаңтарда"]);
        assert_eq!(t("Жұмыс желтоқсанға дейін созылады"), ["DATE желтоқсанға дейін"]);
        assert_eq!(t("Шілдеден бастап баға өседі"), ["DATE Шілдеден"]);
        assert_eq!(t("өткен қарашада ашылды"), ["DATE өткен қарашада"]);
        assert_eq!(t("Жылыту маусымында ақау болмады"), Vec::<String>::new());
        assert_eq!(t("Су қазанда қайнады"), Vec::<String>::new());
        assert_eq!(t("Жолдар қаңтарылып қалды"), Vec::<String>::new());
        assert_eq!(t("2025 жылы және 2025-жылы"), ["DATE 2025 жылы", "DATE 2025-жылы"]);
        assert_eq!(t("Биыл және былтыр"), ["DATE Биыл", "DATE былтыр"]);
        assert_eq!(t("бүгінде дамып келеді"), Vec::<String>::new());
        assert_eq!(t("5 млрд доллар салынды"), ["MONEY 5 млрд доллар"]);
        assert_eq!(t("100 мың теңгеден астам"), ["MONEY 100 мың теңгеден астам"]);
        assert_eq!(t("3,5 млн еуро"), ["MONEY 3,5 млн еуро"]);
        assert_eq!(
            t("15 пайыз, 15% және 30%-ке"),
            ["PERCENTAGE 15 пайыз", "PERCENTAGE 15%", "PERCENTAGE 30%-ке"]
        );
        assert_eq!(t("7,5 пайызға дейін өсті"), ["PERCENTAGE 7,5 пайызға дейін"]);
        assert_eq!(t("сағат 10:00-де басталды"), ["TIME 10:00-де"]);
        assert_eq!(t("200 мың тонна жүк"), ["QUANTITY 200 мың тонна"]);
        assert_eq!(t("5-інші және 2-ші орын"), ["ORDINAL 5-інші", "ORDINAL 2-ші"]);
        assert_eq!(t("12 адам"), ["CARDINAL 12"]);
        assert_eq!(t("Қазанда және қазанда"), Vec::<String>::new());
        assert_eq!(t("Өткен жылы жыл сайын өтті"), ["DATE Өткен жылы", "DATE жыл сайын"]);
        assert_eq!(t("жыл соңына дейін бітеді"), ["DATE жыл соңына дейін"]);
        assert_eq!(t("қыста суық, таңертең жауын"), ["DATE қыста", "TIME таңертең"]);
        assert_eq!(t("Қыс ерте келді, көктемге дейін"), ["DATE Қыс", "DATE көктемге дейін"]);
        assert_eq!(t("Ауылдың жазы салқын"), ["DATE жазы"]);
        assert_eq!(t("Мәселе бірнеше жылдан бері шешілмей келеді"), ["DATE бірнеше жылдан бері"]);
        assert_eq!(t("соңғы бірнеше айда баға өсті"), ["DATE соңғы бірнеше айда"]);
        assert_eq!(t("Жиынға бірнеше адам келді"), Vec::<String>::new());
        assert_eq!(t("Кеңес сәрсенбіде өтеді"), ["DATE сәрсенбіде"]);
        assert_eq!(t("өткен сенбіде ашылды"), ["DATE өткен сенбіде"]);
        assert_eq!(t("Жексенбі күні сайлау"), ["DATE Жексенбі"]);
        assert_eq!(t("Қалада сенбілік өтті"), Vec::<String>::new());
        assert_eq!(t("Ол хат жазды, жолы қысқа"), Vec::<String>::new());
        assert_eq!(t("2020-сыншы жылы"), ["DATE 2020-сыншы жылы"]);
    }

    #[test]
    fn numbers_in_words() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        // Every number-led family reads numbers written in words, the last word inflected.
        assert_eq!(t("Өтінімнің екі жүз алпыстан астамы"), ["CARDINAL екі жүз алпыстан астамы"]);
        assert_eq!(t("алты жарым мың отбасы"), ["CARDINAL алты жарым мың"]);
        assert_eq!(t("Баға он бес пайызға өсті"), ["PERCENTAGE он бес пайызға"]);
        assert_eq!(t("жобаға бес миллиард теңге бөлінді"), ["MONEY бес миллиард теңге"]);
        assert_eq!(t("үш жүз тонна жүк"), ["QUANTITY үш жүз тонна"]);
        assert_eq!(t("жұмыс екі жылдан бері тоқтап тұр"), ["DATE екі жылдан бері"]);
        assert_eq!(t("Пойыз қырық сағатта жетеді"), ["TIME қырық сағатта"]);
        assert_eq!(t("тұрғындардың үштен бірі"), ["CARDINAL үштен бірі"]);
        assert_eq!(t("ең ірі жобалардың бірі"), ["CARDINAL бірі"]);
        // Ordinals, and ordinal dates and days.
        assert_eq!(t("екінші кезең және қырқыншы орын"), ["ORDINAL екінші", "ORDINAL қырқыншы"]);
        assert_eq!(t("жиырма бесінші наурызда"), ["DATE жиырма бесінші наурызда"]);
        assert_eq!(t("бірінші тоқсанда өсті"), ["DATE бірінші тоқсанда"]);
        // Collective numerals, in any person and case; approximatives; halves.
        assert_eq!(
            t("Сегіз адамның төртеуі бала, екеуміз келдік, он екеуінің үйі бар"),
            ["CARDINAL Сегіз", "CARDINAL төртеуі", "CARDINAL екеуміз", "CARDINAL он екеуінің"]
        );
        assert_eq!(
            t("Залда жүздеген журналист, оның мыңдағаны жас, тоғыз жүздей тұрғын"),
            ["CARDINAL жүздеген", "CARDINAL мыңдағаны", "CARDINAL тоғыз жүздей"]
        );
        assert_eq!(
            t("Жарты миллион адамның жартысынан көбі жарты сағатта келді"),
            ["CARDINAL Жарты миллион", "CARDINAL жартысынан", "TIME жарты сағатта"]
        );
        // бірдей 'same', ондай 'such' and жартылай 'partly' are no numbers; "үш бірдей" ('as
        // many as three') counts "үш".
        assert_eq!(t("ондай баға бірдей, жартылай дайын"), Vec::<String>::new());
        assert_eq!(t("Қалада үш бірдей театр бар"), ["CARDINAL үш"]);
        // Amounts take "шамамен" 'about' and "кемі" 'at least' before them.
        assert_eq!(
            t("шамамен 700 мың тонна, кемі 30 пайыз, шамамен 5 млн теңге, кемі алты мың"),
            [
                "QUANTITY шамамен 700 мың тонна",
                "PERCENTAGE кемі 30 пайыз",
                "MONEY шамамен 5 млн теңге",
                "CARDINAL кемі алты мың"
            ]
        );
        // "тоқсан" is a quarter, and ninety: after жүз or мың it is the number's tens.
        assert_eq!(t("Жоба екі тоқсан бойы жүрді"), ["DATE екі тоқсан бойы"]);
        assert_eq!(t("Ауылда бес жүз тоқсан бес адам тұрады"), ["CARDINAL бес жүз тоқсан бес"]);
        assert_eq!(t("Қорда мың тоқсан кітап бар"), ["CARDINAL мың тоқсан"]);
        assert_eq!(t("Қала екі жүз тоқсан жыл бұрын салынған"), ["DATE екі жүз тоқсан жыл бұрын"]);
        assert_eq!(
            t("екі мың отызыншы жылға дейінгі кезең"),
            ["DATE екі мың отызыншы жылға дейінгі"]
        );
        // Words that begin with a number word but are something else.
        for s in [
            "Оның айтуынша, бұл үшін бірге жұмыс істейміз",
            "Қиын сәтте де біз біргеміз, деді ол.",
            "онда бірдей бағалар, бірлік пен жетім бала",
            "алтын өндірісі жүзеге асырылып, әлем жүзінде танылды",
            "онымен бірден келісті, онсыз бірде болмайды",
        ] {
            assert_eq!(t(s), Vec::<String>::new(), "help: {s}");
        }
        // After another number word those forms of "бір" are its cases.
        assert_eq!(t("Жиын он бірге қалдырылды"), ["CARDINAL он бірге"]);
        assert_eq!(t("Топ жиырма бірден тұрады"), ["CARDINAL жиырма бірден"]);
        // "Екі ел" is both countries of a bilateral relation, not a count; a settlement is.
        assert_eq!(t("екі елдің ынтымақтастығы, екі тарап та"), Vec::<String>::new());
        assert_eq!(t("екі елді мекен мен екі адам"), ["CARDINAL екі", "CARDINAL екі"]);
        // "бір" is no count as the reciprocal pronoun, as the indefinite article after a
        // determiner, and in "бір кездері" 'once'; after "тағы" ('one more') it counts.
        for s in [
            "Көршілер бір-бірімен сөйлесіп, бір-біріне көмектеседі",
            "Бірі-бірін қолдайтын екі ұжым",
            "Ол белгілі бір мерзімге дейін жауап береді",
            "Қандай да бір өзгеріс болса, сондай бір оқиғаны хабарлаймыз",
            "Бұл ең бір қиын кезең еді",
            "Бір кездері мұнда диірмен болған",
        ] {
            let counts: Vec<String> = t(s).into_iter().filter(|e| !e.contains("екі")).collect();
            assert_eq!(counts, Vec::<String>::new(), "help: {s}");
        }
        assert_eq!(t("Ауданда тағы бір мектеп ашылды"), ["CARDINAL бір"]);
        assert_eq!(
            t("Бір адам жараланды, бір-екі үй зардап шекті"),
            ["CARDINAL Бір", "CARDINAL бір-екі"]
        );
        assert_eq!(t("Ол бір кезеңнің соңы еді"), ["CARDINAL бір"]);
        // "жер жүзі", "әлем жүзі" ('the face of the earth': the world) hold no hundred.
        assert_eq!(t("Өнімдер жер жүзіне тарады, әлем жүзінде танымал"), Vec::<String>::new());
        assert_eq!(t("Жер жүзінен жүзден астам ел келді"), ["CARDINAL жүзден астам"]);
        // Decimal fractions in words: "бүтін" ('whole') and the place of the digits.
        assert_eq!(
            t("Өсім екі бүтін оннан бес пайызды құрады"),
            ["PERCENTAGE екі бүтін оннан бес пайызды"]
        );
        assert_eq!(
            t("Жобаға он төрт бүтін оннан сегіз миллиард теңге бөлінді"),
            ["MONEY он төрт бүтін оннан сегіз миллиард теңге"]
        );
        assert_eq!(
            t("Өңірде екі бүтін жүзден жиырма бес миллион тонна астық жиналды"),
            ["QUANTITY екі бүтін жүзден жиырма бес миллион тонна"]
        );
        assert_eq!(t("Табыс бір бүтін оннан бес есе артты"), ["CARDINAL бір бүтін оннан бес есе"]);
        // "бүтін" without a place is the adjective 'whole'.
        assert_eq!(t("Үстелде үш бүтін нан қалды"), ["CARDINAL үш"]);
    }

    #[test]
    fn relative_dates_and_periods() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        assert_eq!(t("Егін алғашқы тоқсанда өсті"), ["DATE алғашқы тоқсанда"]);
        assert_eq!(t("соңғы жылдары көбейді"), ["DATE соңғы жылдары"]);
        assert_eq!(t("Ауруханада тәулік бойы кезекшілік"), ["DATE тәулік бойы"]);
        assert_eq!(t("Ол 3 жыл бойы жұмыс істеді"), ["DATE 3 жыл бойы"]);
        assert_eq!(t("күнделікті тұтыну тауарлары"), ["DATE күнделікті"]);
        assert_eq!(t("биылдың өзінде"), ["DATE биылдың"]);
        assert_eq!(
            t("өткен жылдың басында және келесі жылдан бастап"),
            ["DATE өткен жылдың басында", "DATE келесі жылдан"]
        );
        // "Осы" opens a period it names ("осы аптада"), not a counted one.
        assert_eq!(t("Осы 100 күнде"), ["DATE 100 күнде"]);
        assert_eq!(t("Кешен салынды"), Vec::<String>::new());
        // A day pointed at ("that day", "this day"), not a pronoun before another noun.
        assert_eq!(t("Сол күннен бастап мұражай ашық"), ["DATE Сол күннен"]);
        assert_eq!(t("Дәл осы күні көпір ашылды"), ["DATE Дәл осы күні"]);
        assert_eq!(t("Сол жақта бұл үй тұр"), Vec::<String>::new());
        // Centuries named without a number, and the decade of the last one.
        assert_eq!(t("Мешіт өткен ғасырда салынған"), ["DATE өткен ғасырда"]);
        assert_eq!(t("Ширек ғасырға жуық жұмыс істеді"), ["DATE Ширек ғасырға жуық"]);
        assert_eq!(t("Орта мектепте оқыды"), Vec::<String>::new());
        // The current and the coming year, the past day, recent days.
        // A season's whole length, its days and months.
        assert_eq!(t("Қыс бойы жол жабық тұрды"), ["DATE Қыс бойы"]);
        assert_eq!(t("Қыстың күндері суық болады"), ["DATE Қыстың күндері"]);
        assert_eq!(t("Жаз айларында су азаяды"), ["DATE Жаз айларында"]);
        assert_eq!(t("көктемнің күні жылы"), ["DATE көктемнің күні"]);
        assert_eq!(t("Ағымдағы жылы жол жөнделеді"), ["DATE Ағымдағы жылы"]);
        assert_eq!(t("Ендігі жылы мектеп ашылады"), ["DATE Ендігі жылы"]);
        assert_eq!(t("Өткен тәулікте өрт болған жоқ"), ["DATE Өткен тәулікте"]);
        assert_eq!(t("соңғы күндері жаңбыр көп жауды"), ["DATE соңғы күндері"]);
        assert_eq!(t("Ағымдағы жөндеу жұмыстары басталды"), Vec::<String>::new());
        assert_eq!(t("Ендігі кезекте жол салынады"), Vec::<String>::new());
        assert_eq!(
            t("Зауыт өткен ғасырдың 70-інші жылдары салынған"),
            ["DATE өткен ғасырдың 70-інші жылдары"]
        );
    }

    #[test]
    fn ranges_of_dates_and_ages() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        // Ordinal ranges and lists before one unit or month are one date.
        assert_eq!(
            t("Қорған 5-інші – 6-ыншы ғасырларда салынған"),
            ["DATE 5-інші – 6-ыншы ғасырларда"]
        );
        assert_eq!(
            t("Қолжазбалар он алтыншы, он жетінші ғасырларда жазылған"),
            ["DATE он алтыншы, он жетінші ғасырларда"]
        );
        assert_eq!(t("Көрме 12 – 15 шілде аралығында өтеді"), ["DATE 12 – 15 шілде аралығында"]);
        // Ages between two numbers, or from one to the other.
        assert_eq!(
            t("Сауалнамаға 20 бен 35 жас аралығындағы жастар қатысты"),
            ["DATE 20 бен 35 жас аралығындағы"]
        );
        assert_eq!(
            t("Топқа екі жастан бес жасқа дейінгі балалар барады"),
            ["DATE екі жастан бес жасқа дейінгі"]
        );
        assert_eq!(t("Шарт 1 айдан 3 айға дейін жасалады"), ["DATE 1 айдан 3 айға дейін"]);
        // The emphatic particle stays with its number.
        assert_eq!(t("Мерзімі екі-ақ күн қалды"), ["DATE екі-ақ күн"]);
        assert_eq!(t("Өсім 3-ақ пайыз болды"), ["PERCENTAGE 3-ақ пайыз"]);
        // A count after "жасы" ('age') is an age.
        assert_eq!(t("Ақсақалдың жасы қазір тоқсаннан асқан"), ["DATE тоқсаннан"]);
        assert_eq!(t("Жеңімпаздың жасы 19-да"), ["DATE 19-да"]);
        assert_eq!(t("Жасыл алаңда 19 ағаш бар"), ["CARDINAL 19"]);
    }

    #[test]
    fn ranges_and_units_of_amounts() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        // A range, or "from … to", before the unit is one amount.
        assert_eq!(t("Жол 2 – 3 километрге қысқарады"), ["QUANTITY 2 – 3 километрге"]);
        assert_eq!(
            t("жылдамдық 90-нан 70 шақырымға дейін"),
            ["QUANTITY 90-нан 70 шақырымға дейін"]
        );
        assert_eq!(t("Баға 5 – 7 пайызға өседі"), ["PERCENTAGE 5 – 7 пайызға"]);
        assert_eq!(t("жобаға 10-15 млн теңге"), ["MONEY 10-15 млн теңге"]);
        assert_eq!(t("Төрт-бес мың тонна жүк"), ["QUANTITY Төрт-бес мың тонна"]);
        // Units of area, length, points and temperature below zero.
        assert_eq!(t("Пәтер 60 шаршы метр"), ["QUANTITY 60 шаршы метр"]);
        assert_eq!(
            t("бойы 187 сантиметр, 2400 балды жинады"),
            ["QUANTITY 187 сантиметр", "QUANTITY 2400 балды"]
        );
        assert_eq!(t("Аяз минус 35 градусқа дейін"), ["QUANTITY минус 35 градусқа дейін"]);
    }

    #[test]
    fn hours_of_the_day() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        // Times of day with their tails, from one to another, and noon before a tail only
        // ("түс" is also 'colour', "түскен" 'fallen').
        assert_eq!(t("Дүкен түске дейін жабық"), ["TIME түске дейін"]);
        assert_eq!(t("Түстен кейін жиын болады"), ["TIME Түстен кейін"]);
        assert_eq!(t("Ол таңертеңнен кешке дейін жұмыста"), ["TIME таңертеңнен кешке дейін"]);
        assert_eq!(t("Қабырғаны сары түске бояды"), Vec::<String>::new());
        assert_eq!(t("Ауруханаға түскен науқас"), Vec::<String>::new());
        // A time of day with its hour, in digits or words, and a range of two.
        assert_eq!(t("Пункт таңғы 7-ден бері жұмыс істейді"), ["TIME таңғы 7-ден бері"]);
        assert_eq!(
            t("Дүкен таңғы 9-дан кешкі 8-ге дейін ашық"),
            ["TIME таңғы 9-дан кешкі 8-ге дейін"]
        );
        assert_eq!(t("Ол таңғы сағат бесте тұрды"), ["TIME таңғы сағат бесте"]);
        assert_eq!(t("Кездесу кешкі 18:30-да"), ["TIME кешкі 18:30-да"]);
        // Midday's too: "түскі" ('of noon', of the early afternoon), alone or with the hour.
        assert_eq!(t("Құжаттар түскі 2-ге дейін қабылданады"), ["TIME түскі 2-ге дейін"]);
        assert_eq!(t("Құжаттар түскі екіге дейін қабылданады"), ["TIME түскі екіге дейін"]);
        assert_eq!(t("Жұмысшылар түскі үзілісте демалды"), ["TIME түскі"]);
        assert_eq!(t("Дүкен таңғы он бірге дейін жабық"), ["TIME таңғы он бірге дейін"]);
        assert_eq!(t("Автобустан түскің келсе, айт"), Vec::<String>::new());
        // Hours from 20 to 23 are whole hours, not a "2" with a digit glued on.
        assert_eq!(t("Жиын кешкі 23:00-де басталады"), ["TIME кешкі 23:00-де"]);
        assert_eq!(
            t("Жол түнгі 22-ден таңғы 6-ға дейін жабық"),
            ["TIME түнгі 22-ден таңғы 6-ға дейін"]
        );
        // A bare "сағат" before a clock time stays outside (KazNERD); a time of day
        // without an hour is a time alone.
        assert_eq!(t("Жиын сағат 15:00-де басталды"), ["TIME 15:00-де"]);
        assert_eq!(t("Сабақ таңғы, оның соңы кешкі"), ["TIME таңғы", "TIME кешкі"]);
    }

    #[test]
    fn a_match_ending_inside_a_word_is_tried_without_it() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        // "аса" (over) is an approximator, "асады" (exceeds) a verb; "бері" (since) a
        // tail, "беріледі" (is given) a verb.
        assert_eq!(t("Шығын 5 млрд доллардан асады"), ["MONEY 5 млрд доллардан"]);
        assert_eq!(t("Саны 100-ден асады"), ["CARDINAL 100-ден"]);
        assert_eq!(t("Науқасқа 12 минут беріледі"), ["TIME 12 минут"]);
        assert_eq!(t("Саны 100-ден аса"), ["CARDINAL 100-ден аса"]);
    }

    #[test]
    fn durations_ages_and_date_tails() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        // A number and a unit of time is a duration: DATE, or TIME for hours and minutes,
        // with the words around it that KazNERD includes.
        assert_eq!(t("Көпір 5 жылдан бері жабық"), ["DATE 5 жылдан бері"]);
        assert_eq!(t("жоба 2 – 3 жылда бітеді"), ["DATE 2 – 3 жылда"]);
        assert_eq!(t("2 аптаның ішінде 300 адам"), ["DATE 2 аптаның ішінде", "CARDINAL 300"]);
        assert_eq!(t("Соңғы 10 жылда өнім өсті"), ["DATE Соңғы 10 жылда"]);
        assert_eq!(t("алдағы 3 айда және 40 күнге"), ["DATE алдағы 3 айда", "DATE 40 күнге"]);
        assert_eq!(t("100 жыл бұрын салынған"), ["DATE 100 жыл бұрын"]);
        assert_eq!(t("Содан бері тура бір жыл өтті"), ["DATE тура бір жыл"]);
        assert_eq!(t("Ол кем дегенде 3 жыл жұмыс істейді"), ["DATE кем дегенде 3 жыл"]);
        assert_eq!(t("Бұл тура жол емес, 3 жыл керек"), ["DATE 3 жыл"]);
        // An approximate count before its unit ('nearly 40', 'some ten').
        assert_eq!(t("Ол 40-қа жуық жыл ұстаздық етті"), ["DATE 40-қа жуық жыл"]);
        assert_eq!(t("Ол елуге жуық жылын ғылымға арнады"), ["DATE елуге жуық жылын"]);
        assert_eq!(t("Үй жиырма шақты жыл бос тұр"), ["DATE жиырма шақты жыл"]);
        assert_eq!(t("жүк 2 тәулік ішінде жетеді"), ["DATE 2 тәулік ішінде"]);
        assert_eq!(t("7 жасар бала мен 60 жастан асқан"), ["DATE 7 жасар", "DATE 60 жастан"]);
        assert_eq!(t("Пойыз 12 сағатта жетеді"), ["TIME 12 сағатта"]);
        assert_eq!(t("Уақыт 3 сағат 50 минут берілді"), ["TIME 3 сағат 50 минут"]);
        // The time a rate is per belongs to the quantity, not to a count.
        assert_eq!(t("Жылдамдық сағатына 80 шақырым"), ["QUANTITY сағатына 80 шақырым"]);
        // Two units of one measure, and heat or frost after degrees.
        assert_eq!(t("Бойы 1 метр 20 сантиметр"), ["QUANTITY 1 метр 20 сантиметр"]);
        assert_eq!(
            t("Салмағы алты тонна алты жүз килограмм"),
            ["QUANTITY алты тонна алты жүз килограмм"]
        );
        assert_eq!(t("Күн 40 градус ыстық болды"), ["QUANTITY 40 градус ыстық"]);
        assert_eq!(t("Ол сағатына 5 рет келеді"), ["CARDINAL 5"]);
        assert_eq!(t("Ол екі сағат он минутта жетті"), ["TIME екі сағат он минутта"]);
        assert_eq!(t("тексеру 15 минутқа дейін созылады"), ["TIME 15 минутқа дейін"]);
        // The unit word must be a form of the unit: heating, regions and young people are
        // counted, not dated; "айлық есептік көрсеткіш" is a unit of payment.
        assert_eq!(t("19 жылыту пункті ашылды"), ["CARDINAL 19"]);
        assert_eq!(t("8 аймағынан келді"), ["CARDINAL 8"]);
        assert_eq!(t("15 жас алғаш рет"), ["CARDINAL 15"]);
        assert_eq!(t("50 айлық есептік көрсеткіш"), ["QUANTITY 50 айлық есептік көрсеткіш"]);
        // Ordinal years, days and centuries, and what follows a date.
        assert_eq!(t("2030-ыншы жылға дейін"), ["DATE 2030-ыншы жылға дейін"]);
        assert_eq!(t("19-ыншы ғасырдағы үй"), ["DATE 19-ыншы ғасырдағы"]);
        assert_eq!(t("3-інші орын"), ["ORDINAL 3-інші"]);
        assert_eq!(t("2030 жылға дейін бітеді"), ["DATE 2030 жылға дейін"]);
        assert_eq!(t("желтоқсан айына дейін"), ["DATE желтоқсан айына дейін"]);
        assert_eq!(t("5 наурыздан бастап"), ["DATE 5 наурыздан"]);
        // "Осы" with a period, a period of the last or next year.
        assert_eq!(t("Осы аптада шешіледі"), ["DATE Осы аптада"]);
        assert_eq!(t("осы айтылған сөз"), Vec::<String>::new());
        assert_eq!(t("өткен жылдың күзінде"), ["DATE өткен жылдың күзінде"]);
        assert_eq!(t("келесі жылдың соңына дейін"), ["DATE келесі жылдың соңына дейін"]);
        assert_eq!(
            t("бүгінгі күнге дейін, ай сайынғы"),
            ["DATE бүгінгі күнге дейін", "DATE ай сайынғы"]
        );
    }
}
