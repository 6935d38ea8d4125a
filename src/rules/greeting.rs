//! The time of day a greeting names: "Қайырлы таң" ('good morning'), "қайырлы күн",
//! "Қайырлы кеш". KazNERD tags the noun as a TIME, and "қайырлы" ('good') stays outside.

use super::{RuleMatch, Rules};
use crate::entity::Kind;
use crate::word_class::Class;

/// The greeting's adjective (its word class is `Class::GREETING`).
pub(crate) const GOOD: &str = "қайырлы";

/// The times of day a greeting wishes well: morning, day, evening (bare: "қайырлы
/// істің" is 'of a good deed').
const TIMES: &[&str] = &["таң", "күн", "кеш"];

/// Adds the times named in greetings, found by the class of "қайырлы".
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for good in r.of_class(Class::GREETING) {
        let k = good + 1;
        if r.adjacent(good) && TIMES.contains(&r.fw(k)) {
            out.push(RuleMatch::new(
                r.words[k].start,
                r.words[k].end(),
                Kind::Time,
                "time_greeting",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn times(text: &str) -> Vec<String> {
        found(text, |k| k == crate::Kind::Time)
    }

    #[test]
    fn the_time_a_greeting_names() {
        assert_eq!(times("Қайырлы таң, құрметті көрермен!"), ["TIME таң"]);
        assert_eq!(times("Сәлем, қайырлы кеш, Әсел."), ["TIME кеш"]);
        assert_eq!(times("Бәрімізге қайырлы күн болсын."), ["TIME күн"]);
        // A good deed, and a day that is not greeted.
        assert_eq!(times("Қайырлы істің қайыры бар."), Vec::<String>::new());
        assert_eq!(times("Күн ашық болды."), Vec::<String>::new());
    }
}
