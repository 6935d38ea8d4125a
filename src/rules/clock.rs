//! Clock times after "сағат" ('o'clock'): a number right after the word is the hour,
//! a TIME, not a count: "сағат он төртте" 'at fourteen', "сағат 12-ге дейін" 'until
//! twelve', "сағат он жеті нөл-нөлде" 'at seventeen hundred'. As KazNERD tags them, the
//! word "сағат" stays outside. A number before it counts hours ("екі сағат бойы"), and
//! the duration rules have it.

use super::{RuleMatch, Rules};
use crate::entity::Kind;

/// Re-types the counts among `out` that follow "сағат" as times, and extends each over
/// the spoken minutes "нөл-нөл" ('oh-oh') and a "дейін" ('until') after it.
pub(crate) fn retype(r: &Rules<'_, '_>, out: &mut [RuleMatch]) {
    for m in out.iter_mut().filter(|m| m.kind == Kind::Cardinal) {
        let k = r.word_from(m.start);
        if k == 0 || k >= r.words.len() || r.words[k].start != m.start {
            continue;
        }
        if !(r.adjacent(k - 1) && r.fw(k - 1) == "сағат") {
            continue;
        }
        m.kind = Kind::Time;
        m.source = "time_after_hour_word";
        // The word the match ends in, when it ends a word.
        let last = r.word_from(m.end);
        if last == 0 || r.words[last - 1].end() != m.end {
            continue;
        }
        let mut j = last - 1;
        for extends in [|w: &str| w.starts_with("нөл-нөл"), |w: &str| w == "дейін"] {
            if r.adjacent(j) && extends(r.fw(j + 1)) {
                j += 1;
                m.end = r.words[j].end();
                m.stem_end = m.end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn times(text: &str) -> Vec<String> {
        found(text, |k| matches!(k.label(), crate::Label::Time | crate::Label::Cardinal))
    }

    #[test]
    fn a_number_after_the_hour_word_is_a_time() {
        assert_eq!(times("Жиналыс сағат он төртте басталады."), ["TIME он төртте"]);
        assert_eq!(times("Өтініштер сағат 12-ге дейін қабылданады."), ["TIME 12-ге дейін"]);
        assert_eq!(times("Тіркеу сағат он жеті нөл-нөлде аяқталады."), ["TIME он жеті нөл-нөлде"]);
        assert_eq!(times("Пойыз сағат жиырма екі қырықта жөнелді."), ["TIME жиырма екі қырықта"]);
    }

    #[test]
    fn a_number_elsewhere_stays_what_it_was() {
        // Before the hour word it counts hours; away from it, it counts anything.
        assert_eq!(times("Ол екі сағат бойы күтті."), ["TIME екі сағат бойы"]);
        assert_eq!(times("Сағаттан кейін он төрт адам келді."), ["CARDINAL он төрт"]);
        assert_eq!(times("Сағат, он төрт адам келді."), ["CARDINAL он төрт"]);
    }
}
