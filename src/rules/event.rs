//! Named events that no list holds (KazNERD EVENT): capitalised words right before a word
//! for a holiday, мейрам or мереке ("Наурыз мейрамында", "Рождество мерекесімен"). The
//! name is the event; the holiday word stays outside, as KazNERD tags it.
//!
//! Holidays, wars and recurring events with names of their own are in
//! `data/gazetteer/event.tsv`, and names in guillemets before an event's head noun
//! («Алтын күз» фестивалі) are found with the other names in guillemets
//! (`organisation`).

use super::{lemma_form, RuleMatch, Rules, GENITIVE_ENDINGS};
use crate::entity::{Kind, Label};
use crate::morph::Stem;
use crate::word_class::Class;

/// Words for a holiday: the name before them is one.
pub(crate) const HOLIDAY_WORDS: [&str; 2] = ["мейрам", "мереке"];

/// The most words a holiday's name has here ("Құрбан айт").
const MAX_WORDS: usize = 3;

/// Whether word `i` is a possessed form of a holiday word ("мейрамы", "мерекесіне").
fn holiday_word(r: &Rules<'_, '_>, i: usize) -> bool {
    use once_cell::sync::Lazy;
    static STEMS: Lazy<[Stem; HOLIDAY_WORDS.len()]> =
        Lazy::new(|| HOLIDAY_WORDS.map(Stem::classify));
    let word = r.fw(i);
    HOLIDAY_WORDS.iter().zip(STEMS.iter()).any(|(lemma, &stem)| {
        lemma_form(word, lemma, stem).is_some_and(|(_, c)| c.possessive && !c.plural && !c.derived)
    })
}

/// Adds the names before a holiday word.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for h in r.of_class(Class::HOLIDAY) {
        if h == 0 || !holiday_word(r, h) {
            continue;
        }
        // The capitalised words right before it, bare (a name with a case suffix is no
        // holiday's: "Алматының мерекесі").
        let mut first = h;
        while first > 0
            && h - first < MAX_WORDS
            && r.adjacent(first - 1)
            && r.words[first - 1].cap
            && !r.stop(first - 1)
        {
            first -= 1;
        }
        // The genitive before it owns the holiday ("Ахметтің мерекесі").
        if first == h || GENITIVE_ENDINGS.iter().any(|g| r.fw(h - 1).ends_with(g)) {
            continue;
        }
        // A sentence's first capital may be its own ("Ұлттық мереке"), unless a holiday's
        // name from the gazetteer stands there.
        let listed = r.entity_at(first).is_some_and(|e| e.label == Label::Event);
        if r.sentence_start(first) && !listed {
            continue;
        }
        // Another named thing before the word ("Қазақстан мерекесі") is not a holiday.
        if r.entity_over(first).is_some_and(|e| e.label != Label::Event) {
            continue;
        }
        let (start, end) = (r.words[first].start, r.words[h - 1].end());
        out.push(RuleMatch::new(start, end, Kind::Event, "event_holiday"));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;
    use crate::Label;

    fn events(text: &str) -> Vec<String> {
        found(text, |k| k.label() == Label::Event)
    }

    #[test]
    fn a_name_before_a_holiday_word_is_the_holiday() {
        assert_eq!(
            events("Ауыл тұрғындары Наурыз мейрамын кең көлемде тойлады."),
            ["EVENT Наурыз"]
        );
        assert_eq!(
            events("Әкім жерлестерін Рождество мерекесімен құттықтады."),
            ["EVENT Рождество"]
        );
        assert_eq!(
            events("Мешітке Құрбан айт мейрамында мыңдаған адам жиналды."),
            ["EVENT Құрбан айт"]
        );
    }

    #[test]
    fn a_common_phrase_or_another_name_is_no_holiday() {
        // A sentence's first capital, and a place before the word.
        assert_eq!(events("Ұлттық мереке жақындап қалды."), Vec::<String>::new());
        assert_eq!(events("Жұрт Алматы мерекесіне жиналды."), Vec::<String>::new());
        // Lower case, a case suffix, a plural, and a derived word.
        assert_eq!(events("Бұл ұлттық мейрамы еді."), Vec::<String>::new());
        assert_eq!(events("Олар Астананың мерекесіне келді."), Vec::<String>::new());
        assert_eq!(events("Біз Ерлан Сейітовтың мерекесіне бардық."), Vec::<String>::new());
        assert_eq!(events("Биыл Наурыз мерекелері ұзақ болды."), Vec::<String>::new());
        assert_eq!(events("Бұл Наурыз мерекелік шарасы."), Vec::<String>::new());
    }

    #[test]
    fn listed_holidays_in_any_form() {
        assert_eq!(
            events("Тәуелсіздік күніне орай концерт өтті, Жеңіс күнінде шеру болады."),
            ["EVENT Тәуелсіздік күніне", "EVENT Жеңіс күнінде"]
        );
        assert_eq!(
            events("Ардагерлер Ұлы Отан соғысында ерлік көрсетті."),
            ["EVENT Ұлы Отан соғысында"]
        );
        assert_eq!(events("Халық жаңа жыл қарсаңында базарға шықты."), ["EVENT жаңа жыл"]);
    }
}
