//! Named events that no list holds (KazNERD EVENT): capitalised words right before a word
//! for a holiday, мейрам or мереке ("Наурыз мейрамында", "Рождество мерекесімен"). The
//! name is the event; the holiday word stays outside, as KazNERD tags it.
//!
//! A sitting of a named body's recurring event is one too: the body in the genitive, an
//! ordinal or a word for which sitting, and the event's head noun ("Азия жазушыларының
//! 2-інші форумы", «Жаңа жол» партиясының кезектен тыс съезінде", "Қазақтардың алғашқы
//! конгресі"). The span is the whole phrase, as KazNERD tags it.
//!
//! Holidays, wars and recurring events with names of their own are in
//! `data/gazetteer/event.tsv`, and names in guillemets before an event's head noun
//! («Алтын күз» фестивалі) are found with the other names in guillemets
//! (`organisation`).

use super::{genitive_shaped, lemma_form, possessed_head, RuleMatch, Rules};
use crate::entity::{Case, Kind, Label};
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

/// Adds the names before a holiday word, the anniversaries and the numbered sittings.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    holidays(r, out);
    anniversaries(r, out);
    sittings(r, out);
}

/// Words that say which sitting of an event, besides an ordinal: 'first', 'regular'.
const SITTING_WORDS: [&str; 3] = ["алғашқы", "тұңғыш", "кезекті"];

/// The numbered sittings of a named body's events: see the module's documentation.
fn sittings(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let heads: Vec<usize> = r.of_class(Class::EVENT_HEAD).filter(|&h| h > 1).collect();
    if heads.is_empty() {
        return;
    }
    let ordinals = super::Ordinals::of(out);
    for h in heads {
        if !possessed_head(r.lex, r.fw(h), Kind::Event) {
            continue;
        }
        // The words that say which sitting, right before the head.
        let (mut k, mut marked) = (h, false);
        while k > 1 && r.adjacent(k - 1) {
            let w = r.fw(k - 1);
            if SITTING_WORDS.contains(&w) {
                k -= 1;
            } else if w == "тыс" && r.adjacent(k - 2) && r.fw(k - 2) == "кезектен" {
                k -= 2;
            } else if let Some((s, _)) = ordinals.ending_at(r.words[k - 1].end()) {
                k = r.word_from(s);
            } else {
                break;
            }
            marked = true;
        }
        // The body in the genitive before them.
        let Some(g) = k.checked_sub(1) else { continue };
        if !marked || !r.adjacent(g) || !genitive_shaped(r.fw(g)) {
            continue;
        }
        let Some(start) = body_start(r, g) else { continue };
        out.push(RuleMatch::new(start, r.words[h].end(), Kind::Event, "event_sitting"));
    }
}

/// Where the name of the body ends by the genitive word `g` begins: its capitalised words
/// ("Біріккен Ұлттар Ұйымы Бас Ассамблеясының", "Қазақтардың"), a name in guillemets
/// before a lower-case head («Жаңа жол» партиясының), or capitalised words before one
/// ("Азия жазушыларының"). None when no capital names the body.
fn body_start(r: &Rules<'_, '_>, g: usize) -> Option<usize> {
    let mut first = g;
    if !r.words[g].cap {
        if g == 0 {
            return None;
        }
        let before = r.text[..r.words[g].start].trim_end_matches([' ', '\u{a0}']);
        if before.ends_with('»') {
            // Within a name's length back: no search to the start of the text.
            let lo = crate::normalize::ceil_boundary(before, before.len().saturating_sub(120));
            let open = lo + before[lo..].rfind('«')?;
            let inner = &before[open + '«'.len_utf8()..before.len() - '»'.len_utf8()];
            return (inner.trim_start().starts_with(crate::normalize::is_upper)
                && !inner.contains(['«', '\n']))
            .then_some(open);
        }
        if !(r.adjacent(g - 1) && r.words[g - 1].cap && !r.stop(g - 1)) {
            return None;
        }
        first = g - 1;
    }
    while first > 0 && g - first < MAX_BODY_WORDS && r.adjacent(first - 1) {
        let w = first - 1;
        // A name in another case is a word of the sentence's, not of the body's name
        // ("Астанада Азия жазушыларының …").
        let inflected =
            r.entity_over(w).is_some_and(|e| e.case.is_some_and(|c| c != Case::Nominative));
        if !r.words[w].cap || r.stop(w) || inflected {
            break;
        }
        first = w;
    }
    // A sentence's capital alone names nothing ("Жазушылардың екінші форумы"), unless the
    // word is a name or a people's ("Қазақтардың").
    if first == g && r.sentence_start(g) && r.entity_over(g).is_none() && !r.is(g, Class::NORP) {
        return None;
    }
    Some(r.words[r.trim_sentence_start(first, g)].start)
}

/// The most words of a body's name before its sitting.
const MAX_BODY_WORDS: usize = 6;

/// An anniversary of something named: a name in the genitive, a count and a form of
/// "жылдық" ('anniversary'): "Абайдың 175 жылдығына", "Қытай Халық Республикасының 70
/// жылдығымен". Without the name it is a date ("қайраткердің 80 жылдығына").
fn anniversaries(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let heads: Vec<usize> =
        r.of_class(Class::YEAR).filter(|&h| h > 1 && r.fw(h).starts_with("жылдығ")).collect();
    if heads.is_empty() {
        return;
    }
    // The counts and the names found so far, by end: (end, start, a count).
    let mut found: Vec<(usize, usize, bool)> = out
        .iter()
        .filter_map(|m| match m.kind.label() {
            Label::Cardinal | Label::Date => Some((m.end, m.start, true)),
            Label::Person | Label::Gpe | Label::Organisation | Label::Event => {
                (m.case == Some(Case::Genitive)).then_some((m.end, m.start, false))
            }
            _ => None,
        })
        .collect();
    found.extend(
        r.gazetteer
            .iter()
            .filter(|e| e.case == Some(Case::Genitive))
            .filter(|e| matches!(e.label, Label::Person | Label::Gpe | Label::Organisation))
            .map(|e| (e.end, e.start, false)),
    );
    found.sort_unstable();
    // The earliest start of what ends at `end`, a count or a name.
    let ending_at = |end: usize, count: bool| {
        let k = found.partition_point(|f| f.0 < end);
        found[k..].iter().take_while(|f| f.0 == end).filter(|f| f.2 == count).map(|f| f.1).min()
    };
    for h in heads {
        if !r.adjacent(h - 1) {
            continue;
        }
        // The count right before the word (a date rule may have taken the word with it).
        let Some(count) =
            ending_at(r.words[h - 1].end(), true).or_else(|| ending_at(r.words[h].end(), true))
        else {
            continue;
        };
        let k = r.word_from(count);
        if k == 0 || k >= h || r.words[k].start != count || !r.adjacent(k - 1) {
            continue;
        }
        // The count itself, not a date before it ("алдағы 25 жылдығын", 'the coming 25th').
        if !(r.folded.as_bytes()[count].is_ascii_digit() || r.is(k, Class::NUMBER_WORD_START)) {
            continue;
        }
        let Some(start) = ending_at(r.words[k - 1].end(), false) else { continue };
        out.push(RuleMatch::new(start, r.words[h].end(), Kind::Event, "event_anniversary"));
    }
}

/// Adds the names before a holiday word.
fn holidays(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
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
        if first == h || genitive_shaped(r.fw(h - 1)) {
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
    fn an_anniversary_of_something_named() {
        let cases = [
            ("Мектепте Абайдың 175 жылдығына арналған кеш өтті.", "EVENT Абайдың 175 жылдығына"),
            (
                "Ол Қытай Халық Республикасының жетпіс жылдығымен құттықтады.",
                "EVENT Қытай Халық Республикасының жетпіс жылдығымен",
            ),
            (
                "Биыл Айдар Құрмашевтың 60 жылдығы аталып өтеді.",
                "EVENT Айдар Құрмашевтың 60 жылдығы",
            ),
        ];
        for (text, event) in cases {
            assert_eq!(events(text), [event], "help: {text}");
        }
        // Without a name it is a date; a name not in the genitive owns nothing.
        assert_eq!(events("Шара қайраткердің 80 жылдығына лайық."), Vec::<String>::new());
        assert_eq!(events("Абай 175 жылдығын күтті."), Vec::<String>::new());
        assert_eq!(
            events("Астананың алдағы 25 жылдығына дайындық басталды."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_numbered_sitting_of_a_named_body() {
        let cases = [
            (
                "Астанада Азия жазушыларының екінші форумы басталды.",
                "EVENT Азия жазушыларының екінші форумы",
            ),
            (
                "Ол «Жаңа жол» партиясының кезектен тыс 5-інші съезінде сөйледі.",
                "EVENT «Жаңа жол» партиясының кезектен тыс 5-інші съезінде",
            ),
            ("Қазақтардың алғашқы конгресі өтті.", "EVENT Қазақтардың алғашқы конгресі"),
            (
                "Президент Біріккен Ұлттар Ұйымы Бас Ассамблеясының 80-інші сессиясына қатысады.",
                "EVENT Біріккен Ұлттар Ұйымы Бас Ассамблеясының 80-інші сессиясына",
            ),
        ];
        for (text, event) in cases {
            assert_eq!(events(text), [event], "help: {text}");
        }
        // No sitting named, no body named, or no head noun.
        for text in [
            "Азия жазушыларының форумы басталды.",
            "Жазушылардың екінші форумы басталды.",
            "Ол партияның кезекті съезінде сөйледі.",
            "Азия жазушыларының екінші кітабы шықты.",
            "Бүгін екінші форум басталды.",
        ] {
            assert_eq!(events(text), Vec::<String>::new(), "help: {text}");
        }
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
        // A session named for the body it hears: the whole name, not the body.
        let found = crate::rules::tests::found(
            "Мәселе Сенаттағы Үкімет сағатында талқыланды.",
            |k| k.label() != crate::Label::Gpe,
        );
        assert_eq!(found, ["ORGANISATION Сенаттағы", "EVENT Үкімет сағатында"]);
    }
}
