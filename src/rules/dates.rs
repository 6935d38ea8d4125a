//! Dates joined across their parts, after the numeric rules: a date ending in the
//! genitive of a time unit ("2019-ыншы жылдың", "Келер жылдың", "соңғы бес жылдың") and
//! what it is the genitive of are one date, as KazNERD tags them:
//!
//! - another date right after it: "2019-ыншы жылдың 12-нші наурызында", "келер жылдың
//!   3 қыркүйегінде", "өткен жылдың шілде айында" (with "ай", which a month alone leaves
//!   outside);
//! - a noun for a part of the period: "соңғы бес жылдың ішінде", "Өткен айдың
//!   ортасында", "Осы жылдың аяғына дейін".
//!
//! So are a numbered year with "жылы" and the day after it ("1965 жылы 4 мамырда"), and
//! "биылғы" and "былтырғы" ('this year's', 'last year's') and the date they qualify:
//! "Биылғы бірінші тоқсанда", "биылғы сегіз айда"; and a month in the genitive and the
//! day after it, which alone reads as a count: "сәуірдің 12-сі", "қазанның он
//! үші", "мамырдың 3-і – 4-іне дейін".
//!
//! Three more kinds of date are found here, where the numeric rules' matches are known:
//! a period's bare genitive before its start or end ("Жылдың басынан бері"), months
//! named bare in a list or a range ("қаңтар, наурыз және мамыр айларында", "қаңтар –
//! ақпандағы"), and a count joined by a conjunction to a date that begins with a number
//! ("18 бен 30 жас аралығындағы").
//!
//! Last, [`between`] joins two dates, or a date and a day, linked by a conjunction before
//! "аралығында" ("5 наурыз бен 10 сәуір аралығында").

use super::{RuleMatch, Rules};
use crate::entity::Kind;
use crate::word_class::Class;

/// The genitive forms of time units and seasons that end a date open to a following part.
const GENITIVES: &[&str] = &[
    "жылдың",
    "жылының",
    "жылдардың",
    "айдың",
    "айының",
    "аптаның",
    "тоқсанның",
    "ғасырдың",
    "ғасырлардың",
    "онжылдықтың",
    "қыстың",
    "жаздың",
    "көктемнің",
    "күздің",
];

/// Adjectives of a year that qualify the date after them.
const OF_A_YEAR: &[&str] = &["биылғы", "былтырғы"];

/// Forms of the nouns for a part of a period (its inside, start, end, middle, half): these
/// and [`BOUNDS`].
const PARTS: &[&str] = &["ішінде", "ішіндегі", "басындағы", "аяғындағы", "соңындағы", "жартысында"];

/// The genitives of a period that open a date with no date before them, and the parts
/// they take so: a start, an end or a middle ("жылдың басынан", "айдың
/// соңына"), not "жылдың ішінде", which reads as 'within the year'.
const BARE_GENITIVES: &[&str] = &["жылдың", "айдың", "ғасырдың"];
const BOUNDS: &[&str] = &[
    "басында",
    "басынан",
    "басына",
    "аяғында",
    "аяғына",
    "аяғынан",
    "соңында",
    "соңына",
    "соңынан",
    "ортасында",
    "ортасына",
    "ортасынан",
];

/// What may follow a part and belongs to the date ("аяғына дейін", "басынан бері").
const TAILS: &[&str] = &["дейін", "дейінгі", "бері"];

/// The numeric rules' matches (which do not overlap) by start: (start, end, kind).
pub(super) struct Numbers(pub(super) Vec<(usize, usize, Kind)>);

impl Numbers {
    pub(super) fn of(matches: &[RuleMatch]) -> Numbers {
        let mut all: Vec<_> = matches.iter().map(|m| (m.start, m.end, m.kind)).collect();
        all.sort_unstable_by_key(|&(start, ..)| start);
        Numbers(all)
    }

    /// Whether a match covers the byte at `pos`.
    fn covers(&self, pos: usize) -> bool {
        let after = self.0.partition_point(|&(start, ..)| start <= pos);
        after > 0 && self.0[after - 1].1 > pos
    }

    /// The end of the match that starts at `pos`, if its kind passes `keep`.
    fn end_at(&self, pos: usize, keep: impl Fn(Kind) -> bool) -> Option<usize> {
        let i = self.0.binary_search_by_key(&pos, |&(start, ..)| start).ok()?;
        let (_, end, kind) = self.0[i];
        keep(kind).then_some(end)
    }
}

/// Joins the dates among `out[from..]` (the numeric rules' matches) with what follows
/// them, adding the joined dates.
pub(crate) fn join(r: &Rules<'_, '_>, from: usize, out: &mut Vec<RuleMatch>) {
    let numeric = from..out.len();
    // The dates that may open another: (start, end, how). Their last letter tells most
    // dates apart.
    let opening = |m: &RuleMatch| {
        let date = &r.folded[m.start..m.end];
        let opens = if m.kind != Kind::Date {
            return None;
        } else if date.ends_with('ң') && ends_in_genitive(date) {
            Opens::Genitive
        } else if !date.ends_with('ы') {
            return None;
        } else if OF_A_YEAR.contains(&date) {
            Opens::OfAYear
        } else if date.ends_with(" жылы") && begins_with_a_number(date) {
            Opens::DayOfYear
        } else {
            return None;
        };
        Some((m.start, m.end, opens))
    };
    let openers: Vec<(usize, usize, Opens)> =
        out[numeric.clone()].iter().filter_map(opening).collect();
    let (months, bare) = genitives(r);
    let listed = listed_months(r);
    let ranges = range_openers(r, &out[numeric.clone()]);
    if openers.is_empty()
        && months.is_empty()
        && bare.is_empty()
        && listed.is_empty()
        && ranges.is_empty()
    {
        return;
    }
    let mut numbers = Numbers::of(&out[numeric.clone()]);
    if !listed.is_empty() {
        // Months in lists may follow a date's genitive too: "Осы жылдың қаңтар – мамыр".
        let before = out.len();
        month_lists(r, &listed, &numbers, out);
        if out.len() > before {
            numbers = Numbers::of(&out[numeric.start..]);
        }
    }
    let date = |k: Kind| k == Kind::Date;
    for (start, next) in ranges {
        let date_start = r.words[next].start;
        if let Some(date_end) = numbers.end_at(date_start, date) {
            out.push(RuleMatch::new(start, date_end, Kind::Date, "date_range"));
        }
    }
    let bare = bare
        .into_iter()
        .filter(|&k| !numbers.covers(r.words[k].start))
        .map(|k| (r.words[k].start, r.words[k].end(), Opens::Genitive));
    let openers = openers.into_iter().chain(bare);
    for (start, end, opens) in openers {
        let Some(k) = word_after(r, end) else { continue };
        let next = r.words[k];
        let joined_end = match numbers.end_at(next.start, date) {
            // A year's day begins with its number ("1965 жылы 4 мамырда").
            Some(_) if opens == Opens::DayOfYear && !begins_with_a_number(r.fw(k)) => None,
            Some(b_end) => Some(with_month_noun(r, (next.start, b_end))),
            None if opens != Opens::Genitive => None,
            None if PARTS.contains(&r.fw(k)) || BOUNDS.contains(&r.fw(k)) => {
                let tail = k + 1 < r.words.len() && r.adjacent(k) && TAILS.contains(&r.fw(k + 1));
                Some(if tail { r.words[k + 1].end() } else { next.end() })
            }
            None => None,
        };
        if let Some(joined_end) = joined_end {
            out.push(RuleMatch::new(start, joined_end, Kind::Date, "date_joined"));
        }
    }
    month_days(r, &months, &numbers, out);
}

/// The word right after byte `end`, spaces only between (no punctuation, no line break).
fn word_after(r: &Rules<'_, '_>, end: usize) -> Option<usize> {
    let k = r.word_from(end);
    (k < r.words.len() && r.text[end..r.words[k].start].chars().all(|c| c == ' ')).then_some(k)
}

/// How a date opens the date after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opens {
    /// A time unit's genitive: "2019-ыншы жылдың [12-нші наурызында]", "жылдың [басынан]".
    Genitive,
    /// "биылғы", "былтырғы": "[Биылғы] бірінші тоқсанда".
    OfAYear,
    /// A numbered year with "жылы", before the day in it: "1965 жылы [4 мамырда]".
    DayOfYear,
}

/// Whether a folded date or word begins with a number, in digits or words.
fn begins_with_a_number(folded: &str) -> bool {
    folded.starts_with(|c: char| c.is_ascii_digit())
        || super::numeric::NUMBER_WORDS.iter().any(|w| folded.starts_with(w))
}

/// The words that are a month's bare name, or two joined by a hyphen ("қаңтар-маусым"):
/// among the words of `Class::LEAD`, which all month names begin.
fn listed_months(r: &Rules<'_, '_>) -> Vec<usize> {
    let month = |w: &str| super::numeric::MONTHS.contains(&w);
    r.of_class(Class::LEAD)
        .filter(|&k| {
            let w = r.fw(k);
            month(w) || w.split_once('-').is_some_and(|(a, b)| month(a) && month(b))
        })
        .collect()
}

/// Months named bare (no case, no "ай") next to another month in a list or a range,
/// which alone would be common nouns or nothing dated: each month of a list is a date of
/// its own ("қаңтар, наурыз және мамыр айларында", "қаңтар мен ақпанда"), a range one
/// date ("қаңтар – ақпандағы", "қаңтар-маусым").
fn month_lists(r: &Rules<'_, '_>, listed: &[usize], numbers: &Numbers, out: &mut Vec<RuleMatch>) {
    // A month in any form, as the other member of a list.
    let month_form = |k: usize| {
        let w = r.fw(k);
        super::numeric::MONTHS.iter().any(|m| {
            w.starts_with(m) && super::lemma_form(w, m, crate::morph::Stem::classify(m)).is_some()
        })
    };
    let gap = |k: usize| r.text[r.words[k].end()..r.words[k + 1].start].trim_matches(' ');
    let n = r.words.len();
    for &k in listed {
        if numbers.covers(r.words[k].start) {
            continue;
        }
        // "қаңтар-маусым": two months joined in one word.
        if r.fw(k).contains('-') {
            out.push(RuleMatch::new(r.words[k].start, r.words[k].end(), Kind::Date, "date_months"));
            continue;
        }
        // The member after this one, and whether a dash (a range) leads to it.
        let next = if k + 1 >= n {
            None
        } else if matches!(gap(k), "," | "–" | "—" | "-") {
            Some((k + 1, gap(k) != ","))
        } else if k + 2 < n && r.adjacent(k) && r.adjacent(k + 1) && listing(r.fw(k + 1)) {
            Some((k + 2, false))
        } else {
            None
        };
        let next = next.filter(|&(j, _)| month_form(j));
        // The member before this one, for the last of a list.
        let before = (k >= 1 && gap(k - 1) == "," && month_form(k - 1))
            || (k >= 2
                && r.adjacent(k - 2)
                && r.adjacent(k - 1)
                && listing(r.fw(k - 1))
                && month_form(k - 2));
        let end = match next {
            Some((j, true)) => r.words[j].end(),
            Some(_) => r.words[k].end(),
            None if before => r.words[k].end(),
            None => continue,
        };
        out.push(RuleMatch::new(r.words[k].start, end, Kind::Date, "date_months"));
    }
}

/// A number, a conjunction, and a date that begins with a number are one date, the range
/// of the two ("18 бен 30 жас аралығындағы", "бір және алты жастағы"), which alone reads
/// as a count and a date: the counts (their start) before a conjunction and a number
/// (its word).
fn range_openers(r: &Rules<'_, '_>, numeric: &[RuleMatch]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for m in numeric.iter().filter(|m| m.kind == Kind::Cardinal) {
        let Some(k) = word_after(r, m.end) else { continue };
        // The conjunction as a word of its own ("18 бен 30"), or joined to the number by a
        // hyphen ("18-бен 30").
        let number = &r.folded[m.start..m.end];
        let next = if ["-бен", "-пен", "-мен"].iter().any(|c| number.ends_with(c)) {
            k
        } else if super::conjunction(r.fw(k)) && r.adjacent(k) {
            k + 1
        } else {
            continue;
        };
        if begins_with_a_number(r.fw(next)) {
            found.push((m.start, next));
        }
    }
    found
}

/// Two dates, or a date and a day, joined by a conjunction before "аралығында"
/// ('between'), are one date with it, as KazNERD tags them: "5 наурыз бен 10 сәуір
/// аралығында", "Наурыздың 5-і мен 14-і аралығында", "сәуірдің 29-ы мен мамырдың 5-і
/// күндері аралығында". Adds the joined dates for the matches `out[from..]`.
pub(crate) fn between(r: &Rules<'_, '_>, from: usize, out: &mut Vec<RuleMatch>) {
    let dated = |k: Kind| matches!(k, Kind::Date | Kind::Cardinal);
    if !out[from..].iter().any(|m| m.kind == Kind::Date) {
        return;
    }
    // The longest match at each start.
    let mut all: Vec<(usize, usize, Kind)> =
        out[from..].iter().filter(|m| dated(m.kind)).map(|m| (m.start, m.end, m.kind)).collect();
    all.sort_unstable_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    all.dedup_by_key(|m| m.0);
    let longest_at = |pos: usize| {
        let i = all.binary_search_by_key(&pos, |m| m.0).ok()?;
        Some(all[i].1)
    };
    let between_word = |k: usize| r.fw(k).starts_with("аралығ");
    let mut joined = Vec::new();
    for &(start, end, kind) in &all {
        if kind != Kind::Date {
            continue;
        }
        let Some(k) = word_after(r, end) else { continue };
        if !super::conjunction(r.fw(k)) || !r.adjacent(k) {
            continue;
        }
        let Some(second_end) = longest_at(r.words[k + 1].start) else { continue };
        let last = r.word_from(second_end) - 1;
        let close = if between_word(last) {
            Some(last)
        } else {
            // "… күндері аралығында"
            let mut j = last + 1;
            if j < r.words.len() && r.adjacent(j - 1) && r.fw(j) == "күндері" {
                j += 1;
            }
            (j < r.words.len() && r.adjacent(j - 1) && between_word(j)).then_some(j)
        };
        if let Some(close) = close {
            joined.push(RuleMatch::new(start, r.words[close].end(), Kind::Date, "date_between"));
        }
    }
    out.extend(joined);
}

/// Whether a word joins the members of a list: "және", "мен" (бен, пен), "немесе".
fn listing(word: &str) -> bool {
    super::conjunction(word) || word == "немесе"
}

/// The words in the genitive with a word after them that open a date: months
/// ("сәуірдің 12-сі", see [`month_days`]), and periods before their start, end or middle
/// ("жылдың басынан", see [`BARE_GENITIVES`]).
fn genitives(r: &Rules<'_, '_>) -> (Vec<usize>, Vec<usize>) {
    let (mut months, mut periods) = (Vec::new(), Vec::new());
    for k in 0..r.words.len().saturating_sub(1) {
        let w = r.fw(k);
        // A genitive ends in "ң": most words are ruled out by their last letter. Genitives
        // are common, so the month is looked up once its ending is cut off.
        if !w.ends_with('ң') || !r.adjacent(k) {
            continue;
        }
        let stem = super::GENITIVE_ENDINGS.iter().find_map(|g| w.strip_suffix(g));
        if stem.is_some_and(|stem| super::numeric::MONTHS.contains(&stem)) {
            months.push(k);
        } else if BARE_GENITIVES.contains(&w) && BOUNDS.contains(&r.fw(k + 1)) {
            periods.push(k);
        }
    }
    (months, periods)
}

/// A month in the genitive (each of `months`) and the numbers right after it (a day, or a
/// range of days): one date, without a "күні" ('day') that ends the number.
fn month_days(r: &Rules<'_, '_>, months: &[usize], numbers: &Numbers, out: &mut Vec<RuleMatch>) {
    let number = |k: Kind| matches!(k, Kind::Cardinal | Kind::Ordinal | Kind::Date);
    for &k in months {
        let Some(mut end) = numbers.end_at(r.words[k + 1].start, number) else { continue };
        // "25-і – 26-сына дейін": a dash and another number.
        let after = &r.text[end..];
        let dash = after.trim_start_matches(' ');
        if let Some(rest) = dash.strip_prefix(['–', '—', '-']) {
            let next = end + (after.len() - rest.len()) + (rest.len() - rest.trim_start().len());
            if let Some(e) = numbers.end_at(next, number) {
                end = e;
            }
        }
        let joined = &r.folded[r.words[k].start..end];
        let end = joined.strip_suffix(" күні").map_or(end, |d| r.words[k].start + d.len());
        out.push(RuleMatch::new(r.words[k].start, end, Kind::Date, "date_joined"));
    }
}

/// The end of `date`, past "ай" when the date is a month alone and a form of "ай"
/// follows it: "мамыр айында".
fn with_month_noun(r: &Rules<'_, '_>, (start, end): (usize, usize)) -> usize {
    let k = r.word_from(start);
    let one_month =
        k < r.words.len() && r.words[k].end() == end && super::numeric::MONTHS.contains(&r.fw(k));
    if one_month && r.adjacent(k) && r.fw(k + 1).starts_with("ай") {
        let ai = r.fw(k + 1);
        if super::lemma_form(ai, "ай", crate::morph::Stem::classify("ай")).is_some() {
            return r.words[k + 1].end();
        }
    }
    end
}

/// Whether the folded date ends with the genitive of a time unit.
fn ends_in_genitive(date: &str) -> bool {
    let last = date.rsplit(' ').next().unwrap_or(date);
    // "2013-жылдың": the unit may be joined to a number by a hyphen.
    let last = last.rsplit('-').next().unwrap_or(last);
    GENITIVES.contains(&last)
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn dates(text: &str) -> Vec<String> {
        found(text, |k| k == crate::Kind::Date)
    }

    #[test]
    fn a_date_and_the_date_it_opens() {
        assert_eq!(
            dates("Заң 2019-ыншы жылдың 12-нші наурызында қабылданды."),
            ["DATE 2019-ыншы жылдың 12-нші наурызында"]
        );
        assert_eq!(
            dates("Көрме келер жылдың 24 шілдесінде ашылады."),
            ["DATE келер жылдың 24 шілдесінде"]
        );
        assert_eq!(dates("Жиын 2020 жылдың мамыр айында өтті."), ["DATE 2020 жылдың мамыр айында"]);
        // A month alone leaves "ай" outside.
        assert_eq!(dates("Жиын мамыр айында өтті."), ["DATE мамыр"]);
        assert_eq!(dates("Биылғы бірінші тоқсанда өсті."), ["DATE Биылғы бірінші тоқсанда"]);
    }

    #[test]
    fn a_month_in_the_genitive_and_its_day() {
        assert_eq!(dates("Көрме сәуірдің 12-сі күні ашылады."), ["DATE сәуірдің 12-сі"]);
        assert_eq!(dates("Сайлау қазанның он үші күні өтеді."), ["DATE қазанның он үші"]);
        assert_eq!(
            dates("Жиын мамырдың 3-і – 4-іне дейін өтеді."),
            ["DATE мамырдың 3-і – 4-іне дейін"]
        );
        // A month's genitive before another word is no date of a day.
        assert_eq!(dates("Наурыздың соңы жылы болды."), Vec::<String>::new());
    }

    #[test]
    fn a_date_and_a_part_of_its_period() {
        assert_eq!(dates("Баға соңғы бес жылдың ішінде өсті."), ["DATE соңғы бес жылдың ішінде"]);
        assert_eq!(dates("Ол өткен айдың ортасында келді."), ["DATE өткен айдың ортасында"]);
        assert_eq!(
            dates("Жұмыс осы жылдың аяғына дейін бітеді."),
            ["DATE осы жылдың аяғына дейін"]
        );
        assert_eq!(dates("Егін күздің басында жиналады."), ["DATE күздің басында"]);
        // With no date before it, a period's genitive opens one before its start, end or
        // middle only.
        assert_eq!(dates("Жылдың басынан бері баға өсті."), ["DATE Жылдың басынан бері"]);
        assert_eq!(dates("Есеп айдың соңына дейін тапсырылады."), ["DATE айдың соңына дейін"]);
        assert_eq!(dates("Жылдың үздік мұғалімі марапатталды."), Vec::<String>::new());
    }

    #[test]
    fn a_numbered_year_and_the_day_in_it() {
        assert_eq!(
            dates("Ақын 1938 жылы 12 қарашада дүниеге келген."),
            ["DATE 1938 жылы 12 қарашада"]
        );
        assert_eq!(
            dates("Зауыт екі мың он бесінші жылы үшінші шілдеде ашылды."),
            ["DATE екі мың он бесінші жылы үшінші шілдеде"]
        );
        // A relative year and a month with no day stay apart.
        assert_eq!(
            dates("Өткен жылы 5 қарашада ол келді."),
            ["DATE Өткен жылы", "DATE 5 қарашада"]
        );
        assert_eq!(dates("Ол 2015 жылы қыста келді."), ["DATE 2015 жылы", "DATE қыста"]);
    }

    #[test]
    fn two_dates_between_which_something_happens() {
        assert_eq!(
            dates("Көрме 5 наурыз бен 10 сәуір аралығында өтеді."),
            ["DATE 5 наурыз бен 10 сәуір аралығында"]
        );
        assert_eq!(
            dates("Науқан қыркүйектің 3-і мен 17-сі аралығында жүреді."),
            ["DATE қыркүйектің 3-і мен 17-сі аралығында"]
        );
        assert_eq!(
            dates("Емтихан маусымның 2-сі мен шілденің 8-і күндері аралығында өтеді."),
            ["DATE маусымның 2-сі мен шілденің 8-і күндері аралығында"]
        );
        // With no "аралығында" the dates stay two.
        assert_eq!(
            dates("Жиындар 5 наурыз бен 10 сәуірде өтеді."),
            ["DATE 5 наурыз", "DATE 10 сәуірде"]
        );
    }

    #[test]
    fn a_count_and_a_date_joined_by_a_conjunction() {
        assert_eq!(
            dates("Отбасының екі және төрт жастағы балалары бар."),
            ["DATE екі және төрт жастағы"]
        );
        assert_eq!(
            dates("Сынаққа 25-пен 40 жас аралығындағы ерлер қатысты."),
            ["DATE 25-пен 40 жас аралығындағы"]
        );
        // Not a count and something else dated.
        assert_eq!(dates("Үш бала және 2024 жылы туған қыз"), ["DATE 2024 жылы"]);
    }

    #[test]
    fn months_in_lists_and_ranges() {
        // Each month of a list is a date; a range is one.
        assert_eq!(
            dates("Жәрмеңке ақпан, сәуір және қазан айларында өтеді."),
            ["DATE ақпан", "DATE сәуір", "DATE қазан"]
        );
        assert_eq!(
            dates("Аяз желтоқсан мен қаңтарда күшейеді."),
            ["DATE желтоқсан", "DATE қаңтарда"]
        );
        assert_eq!(dates("Өнім шілде – тамыздағы деңгейде қалды."), ["DATE шілде – тамыздағы"]);
        assert_eq!(dates("Өнім наурыз-мамыр айларында артты."), ["DATE наурыз-мамыр"]);
        // A month's name alone, or beside another noun, is no date.
        assert_eq!(dates("Маусым аяқталды, ожау мен қазан жуылды."), Vec::<String>::new());
    }

    #[test]
    fn other_words_after_the_genitive_stay_outside() {
        assert_eq!(dates("Өткен жылдың қорытындысы шықты."), ["DATE Өткен жылдың"]);
        // A date not in the genitive opens nothing.
        assert_eq!(dates("Өткен жылы 24 шілдеде ашылды."), ["DATE Өткен жылы", "DATE 24 шілдеде"]);
    }
}
