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
//! So are "биылғы" and "былтырғы" ('this year's', 'last year's') and the date they
//! qualify: "Биылғы бірінші тоқсанда", "биылғы сегіз айда"; and a month in the genitive
//! and the day after it, which alone reads as a count: "сәуірдің 12-сі", "қазанның он
//! үші", "мамырдың 3-і – 4-іне дейін".

use super::{RuleMatch, Rules};
use crate::entity::Kind;

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

/// Forms of the nouns for a part of a period (its inside, start, end, middle, half).
const PARTS: &[&str] = &[
    "ішінде",
    "ішіндегі",
    "басында",
    "басынан",
    "басына",
    "басындағы",
    "аяғында",
    "аяғына",
    "аяғынан",
    "аяғындағы",
    "соңында",
    "соңына",
    "соңынан",
    "соңындағы",
    "ортасында",
    "ортасына",
    "ортасынан",
    "жартысында",
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
    // The dates that may open another: (start, end, whether "биылғы" or "былтырғы"). Their
    // last letter tells most dates apart.
    let opening = |m: &RuleMatch| {
        let date = &r.folded[m.start..m.end];
        let of_a_year = date.ends_with('ы') && OF_A_YEAR.contains(&date);
        (m.kind == Kind::Date && (of_a_year || date.ends_with('ң') && ends_in_genitive(date)))
            .then_some((m.start, m.end, of_a_year))
    };
    let openers: Vec<(usize, usize, bool)> =
        out[numeric.clone()].iter().filter_map(opening).collect();
    let months = genitive_months(r);
    if openers.is_empty() && months.is_empty() {
        return;
    }
    let numbers = Numbers::of(&out[numeric]);
    let date = |k: Kind| k == Kind::Date;
    for (start, end, of_a_year) in openers {
        let k = r.word_from(end);
        if k >= r.words.len() || !r.text[end..r.words[k].start].chars().all(|c| c == ' ') {
            continue;
        }
        let next = r.words[k];
        let joined_end = match numbers.end_at(next.start, date) {
            Some(b_end) => Some(with_month_noun(r, (next.start, b_end))),
            None if of_a_year => None,
            None if PARTS.contains(&r.fw(k)) => {
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

/// The words that are a month in the genitive with a word after them.
fn genitive_months(r: &Rules<'_, '_>) -> Vec<usize> {
    let genitive_month = |k: usize| {
        let w = r.fw(k);
        // A genitive ends in "ң": most words are ruled out by their last letter. Genitives
        // are common, so the month is looked up once its ending is cut off.
        w.ends_with('ң')
            && super::GENITIVE_ENDINGS
                .iter()
                .find_map(|g| w.strip_suffix(g))
                .is_some_and(|stem| super::numeric::MONTHS.contains(&stem))
            && r.adjacent(k)
    };
    (0..r.words.len().saturating_sub(1)).filter(|&k| genitive_month(k)).collect()
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
    }

    #[test]
    fn other_words_after_the_genitive_stay_outside() {
        assert_eq!(dates("Өткен жылдың қорытындысы шықты."), ["DATE Өткен жылдың"]);
        // A date not in the genitive opens nothing.
        assert_eq!(dates("Өткен жылы 24 шілдеде ашылды."), ["DATE Өткен жылы", "DATE 24 шілдеде"]);
    }
}
