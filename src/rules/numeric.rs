//! Numeric expressions: dates, times, money, percentages, quantities, ordinals, cardinals.
//!
//! One regex per family over the caller's text (case-insensitive, explicit Kazakh letter
//! classes), compiled once. Families run from the most specific to the least, and a
//! later family never takes bytes an earlier one matched. Following KazNERD, spans
//! include the unit, the suffix chain and trailing approximators ("15 пайызға дейін",
//! "100 мыңнан астам").

use once_cell::sync::Lazy;
use regex::Regex;

use super::{RuleMatch, Rules};
use crate::entity::Kind;

/// A Kazakh or Latin letter (for suffix chains after numbers).
const L: &str = "[а-яёәғқңөұүһіa-z]";
const MONTH: &str =
    "(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)";
const MULT: &str = "(?:мың|млн|млрд|трлн|миллион|миллиард|триллион)";
const APPROX: &str = "(?:\\s+(?:дейін|астам|шамасында|шамасы|жуық|аса|артық|кем))?";

fn num() -> String {
    // 4 444, 5,9, 3.5, 100
    r"\d{1,3}(?:[ \u{a0}]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?".to_string()
}

struct Family {
    kind: Kind,
    re: Regex,
    source: &'static str,
}

static FAMILIES: Lazy<Vec<Family>> = Lazy::new(|| {
    let n = num();
    let suffix = format!("(?:-?{L}+)?");
    // No `\b`: a Unicode word boundary keeps the regex engine off its fast DFA on
    // Cyrillic text, and `find` checks word boundaries itself.
    let w = |pattern: String| format!(r"(?i)(?:{pattern})");
    let mk = |kind, source, pattern: String| Family {
        kind,
        source,
        re: Regex::new(&w(pattern)).expect("numeric rule regexes are valid (tested)"),
    };
    vec![
        // 2025-10-21, 21.10.2025
        mk(Kind::Date, "date_numeric", r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d{4}".into()),
        // 2025 жылғы 21 қазанда, 2024 жылдың 5 наурызында, 21 қазан 2025 жыл
        mk(
            Kind::Date,
            "date_full",
            format!(r"\d{{4}}(?:\s+|-)(?:жылғы|жылдың)\s+\d{{1,2}}(?:-\S+)?\s+{MONTH}{L}*|\d{{1,2}}\s+{MONTH}{L}*,?\s+\d{{4}}(?:\s+жыл{L}*|\s+ж\.)?"),
        ),
        // 21 қазан(да); қазан айында; 2025 жылы; 2025-жылы; 2025 ж.; 2020-2025 жылдары
        mk(Kind::Date, "date_day_month", format!(r"\d{{1,2}}(?:-\S+)?\s+{MONTH}{L}*")),
        mk(Kind::Date, "date_month", format!(r"{MONTH}\s+ай{L}*")),
        mk(
            Kind::Date,
            "date_year",
            format!(r"\d{{4}}(?:\s*[-–]\s*\d{{4}})?(?:-{L}+)?(?:\s+|-)жыл{L}*(?:\s+{MONTH}{L}*)?|\d{{4}}\s+ж\."),
        ),
        // Relative dates and periods, as KazNERD tags them: "өткен жылы", "жыл сайын",
        // "жыл соңына дейін", "бүгінгі таңда", "былтырдан бері", "қыста", "көктемгі".
        mk(
            Kind::Date,
            "date_relative",
            format!(
                r"(?:өткен|келер|келесі|биылғы|былтырғы|алдағы)\s+(?:жыл|ай|апта){L}*|(?:жыл|ай|күн|апта)\s+сайын|(?:жыл|ай)\s+(?:басынан|соңына|басында|соңында|ортасында)(?:\s+(?:бері|дейін))?|бүгінгі\s+(?:күні|таңда|күнге\s+дейін)|(?:бүгін|кеше|былтыр|биыл)(?:ге|нен|ден|нан|дан)\s+(?:дейін|бері)|(?:бүгін|кеше|ертең|биыл|былтыр)(?:гі|ғы|ге|ден|нен|нан|дан)?|(?:қыс|жаз|көктем|күз)(?:та|да|те|де|қы|ғы|гі|кі)"
            ),
        ),
        // сағат 10:00-де, 18:30
        mk(
            Kind::Time,
            "time",
            format!(
                r"(?:сағат\s+)?(?:[01]?\d|2[0-3])[:.]\s?[0-5]\d{suffix}|(?:таңертең|кешке|түнде|күндіз|түсте|таңғы|кешкі|түнгі|түнімен){L}*"
            ),
        ),
        mk(
            Kind::Money,
            "money",
            format!(
                r"(?:{n})(?:\s+{MULT}{L}*)?\s*(?:АҚШ\s+доллар{L}*|теңге{L}*|доллар{L}*|еуро{L}*|евро{L}*|рубль{L}*|рубл{L}*|юан{L}*|сом{L}*|манат{L}*|фунт{L}*|₸|\$)(?:-{L}+)?{APPROX}|\$\s?(?:{n})(?:\s+{MULT}{L}*)?"
            ),
        ),
        mk(
            Kind::Percentage,
            "percentage",
            format!(r"(?:{n})\s*(?:%(?:-{L}+)?|пайыз{L}*|процент{L}*){APPROX}"),
        ),
        mk(
            Kind::Quantity,
            "quantity",
            format!(
                r"(?:{n})(?:\s+{MULT}{L}*)?\s+(?:тонна{L}*|тонн{L}*|шақырым{L}*|километр{L}*|км|метр{L}*|гектар{L}*|га|литр{L}*|баррель{L}*|текше\s+метр{L}*|килограмм{L}*|кг|градус{L}*|мегаватт{L}*|МВт|ТЭУ|контейнер{L}*){APPROX}"
            ),
        ),
        mk(Kind::Ordinal, "ordinal", format!(r"\d+-(?:інші|ыншы|нші|ншы|сыншы|сінші|ші|шы){L}*")),
        mk(Kind::Cardinal, "cardinal", format!(r"(?:{n})(?:\s+{MULT}{L}*)?(?:-{L}+)?{APPROX}")),
    ]
});

/// Adds numeric matches to `out`, never overlapping each other.
pub(crate) fn find(rules: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let text = rules.text;
    // Accepted spans by start: an overlap check in O(log n).
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for f in FAMILIES.iter() {
        for m in f.re.find_iter(text) {
            let (start, end) = (m.start(), m.end());
            if text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '-')
                || text[end..].starts_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            // "бүгінде" is lexicalised 'nowadays', not a date.
            if f.source == "date_relative" && m.as_str().to_lowercase() == "бүгінде" {
                continue;
            }
            let before = taken.range(..=start).next_back().is_some_and(|(_, &e)| e > start);
            if before || taken.range(start..end).next().is_some() {
                continue;
            }
            taken.insert(start, end);
            out.push(RuleMatch::new(start, end, f.kind, f.source));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    #[test]
    fn dates_money_percentages() {
        let t = |s: &str| found(s, |k| k.label() != crate::Label::Gpe);
        assert_eq!(t("date 2025-10-21 Астана"), ["DATE 2025-10-21"]);
        assert_eq!(t("2025 жылғы 21 қазанда өтті"), ["DATE 2025 жылғы 21 қазанда"]);
        assert_eq!(t("2024 жылдың 5 наурызында"), ["DATE 2024 жылдың 5 наурызында"]);
        assert_eq!(t("Жиын 21 қазанда өтеді"), ["DATE 21 қазанда"]);
        assert_eq!(t("қазан айында басталады"), ["DATE қазан айында"]);
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
        assert_eq!(t("сағат 10:00-де басталды"), ["TIME сағат 10:00-де"]);
        assert_eq!(t("200 мың тонна жүк"), ["QUANTITY 200 мың тонна"]);
        assert_eq!(t("5-інші және 2-ші орын"), ["ORDINAL 5-інші", "ORDINAL 2-ші"]);
        assert_eq!(t("12 адам"), ["CARDINAL 12"]);
        assert_eq!(t("Қазанда және қазанда"), Vec::<String>::new());
        assert_eq!(t("Өткен жылы жыл сайын өтті"), ["DATE Өткен жылы", "DATE жыл сайын"]);
        assert_eq!(t("жыл соңына дейін бітеді"), ["DATE жыл соңына дейін"]);
        assert_eq!(t("қыста суық, таңертең жауын"), ["DATE қыста", "TIME таңертең"]);
        assert_eq!(t("2020-сыншы жылы"), ["DATE 2020-сыншы жылы"]);
    }
}
