//! Persons not in the gazetteer: "First Surname" with a known first name or a surname
//! shape, "First Patronymic Surname", and initials + surname.
//!
//! - a first name from `data/lexicon/first_names.txt` followed by a capitalised word that
//!   is not another entity: "Айгүл Сейітованың", "Ерлан Нұрланұлы";
//! - any capitalised word followed by a word with surname morphology (-ов/-ев/-ин,
//!   -ова/-ева/-ина, -ұлы/-қызы, -улы/-кызы), inflected: "Тимур Сабыровтың";
//! - a patronymic between them: "Тимур Сабырұлы Уәлиханов", or after the first name in
//!   "Surname First Patronymic" lists: "Сабыров Тимур Нұрланұлы";
//! - a known first name alone, when it does not open the sentence or a comma follows it;
//! - initials: "А. Құрмашев", "Н.Ә. Назарбаев", "А.Құрмашевке".

use std::sync::Arc;

use super::{split_name, RuleMatch, Rules};
use crate::entity::{Kind, Label};
use crate::word_class::Class;

const SURNAME_ENDINGS: &[&str] = &[
    "ов",
    "ев",
    "ёв",
    "ин",
    "ова",
    "ева",
    "ёва",
    "ина",
    "ұлы",
    "улы",
    "қызы",
    "кызы",
    "ский",
    "ская",
    "енко",
    "янц",
    "ян",
    "дзе",
    "швили",
];
const PATRONYMIC_ENDINGS: &[&str] =
    &["ұлы", "қызы", "улы", "кызы", "ович", "евич", "овна", "евна", "ична"];

/// Whether a folded word, once its suffix chain is removed, has a surname ending.
fn surname_shaped(word: &str) -> bool {
    let (len, _) = split_name(word);
    let stem = &word[..len];
    stem.chars().count() >= 4 && SURNAME_ENDINGS.iter().any(|e| stem.ends_with(e))
}

fn patronymic(word: &str) -> bool {
    PATRONYMIC_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether word `i` can be part of a name: capitalised, not a stop word, and not another
/// kind of gazetteer entity.
fn name_word(r: &Rules<'_, '_>, i: usize) -> bool {
    let w = r.words[i];
    w.cap
        && !r.stop(i)
        && w.plain
        && r.text[w.start..w.end()].chars().skip(1).any(crate::normalize::is_lower)
        && r.entity_over(i).is_none_or(|e| e.label == Label::Person)
}

/// Whether word `i` is a title or role noun (Президент, министр): it stands before a
/// name, it is not part of it.
fn title(r: &Rules<'_, '_>, i: usize) -> bool {
    r.is(i, Class::ROLE_HEAD | Class::TITLE_ALONE) && super::roles(r.lex, r.fw(i)).next().is_some()
}

/// Adds person candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let n = r.words.len();
    // Each word is asked about up to three times: decided once.
    let names: Vec<bool> = (0..n).map(|i| name_word(r, i)).collect();
    let mut i = 0;
    while i < n {
        // A known first name alone: a person when it is not the sentence's first word, or
        // when a comma follows (an address: "Динара, сіз эфирдесіз").
        let alone = names[i] && !(r.adjacent(i) && i + 1 < n && names[i + 1]);
        if alone && r.first_name(i) && !title(r, i) {
            let comma = r.text[r.words[i].end()..].starts_with(',');
            if !r.sentence_start(i) || comma {
                out.push(person(r, i, i, "person_first_name"));
            }
        }
        if i + 1 >= n || !names[i] || title(r, i) || !r.adjacent(i) || !names[i + 1] {
            i += 1;
            continue;
        }
        let first = r.fw(i);
        let known_first = r.first_name(i);
        // An unknown first word must look nominative: "Зерттеуге Сейітовамен" is 'to the
        // study, with Seitova', not a name.
        if !known_first && super::split_name(first).1 != Some(crate::Case::Nominative) {
            i += 1;
            continue;
        }
        let mut last = i + 1;
        // First Patronymic Surname, and Surname First Patronymic (lists, documents).
        if i + 2 < n && r.adjacent(i + 1) && names[i + 2] {
            let (w1, w2) = (r.fw(i + 1), r.fw(i + 2));
            let fio = patronymic(w1) && surname_shaped(w2);
            let sfp = surname_shaped(first)
                && r.first_name(i + 1)
                && patronymic(&w2[..super::split_name(w2).0]);
            if fio || sfp {
                last = i + 2;
            }
        }
        if !(known_first || surname_shaped(r.fw(last))) {
            i += 1;
            continue;
        }
        // A known first name followed by another known first name and no surname shape is
        // more likely a list of names than one person.
        out.push(person(r, i, last, "person_name"));
        i = last + 1;
    }
    initials(r, &names, out);
}

fn person(r: &Rules<'_, '_>, first: usize, last: usize, source: &'static str) -> RuleMatch {
    let (a, z) = (r.words[first], r.words[last]);
    let (stem_len, case) = split_name(r.fw(last));
    let stem_end = z.start + stem_len;
    let mut m = RuleMatch::new(a.start, z.end(), Kind::Person, source);
    m.stem_end = stem_end;
    m.case = case;
    m.name = Some(Arc::from(&r.text[a.start..stem_end]));
    m
}

/// "А. Құрмашев", "Н.Ә. Назарбаев", "А.Құрмашевке".
fn initials(r: &Rules<'_, '_>, names: &[bool], out: &mut Vec<RuleMatch>) {
    let text = r.text;
    for (k, w) in r.words.iter().enumerate() {
        // An initial: one capital letter followed by '.'.
        let word = &text[w.start..w.end()];
        if !(text[w.end()..].starts_with('.') && w.cap && word.chars().count() == 1) {
            continue;
        }
        if k > 0 && text[..w.start].ends_with('.') && r.words[k - 1].end() + 1 == w.start {
            continue; // the second initial of "Н.Ә."; handled from the first
        }
        let mut j = k + 1;
        // Another initial ("Н.Ә.").
        if let Some(v) = r.words.get(j) {
            let vw = &text[v.start..v.end()];
            if v.cap
                && vw.chars().count() == 1
                && text[v.end()..].starts_with('.')
                && text[w.end() + 1..v.start].trim().is_empty()
            {
                j += 1;
            }
        }
        let Some(s) = r.words.get(j) else { continue };
        let gap = &text[r.words[j - 1].end()..s.start];
        if !(gap == "." || gap == ". ") || !names[j] {
            continue;
        }
        let (stem_len, case) = split_name(r.fw(j));
        let mut m = RuleMatch::new(w.start, s.end(), Kind::Person, "person_initials");
        m.stem_end = s.start + stem_len;
        m.case = case;
        m.name = Some(Arc::from(&text[w.start..s.start + stem_len]));
        // "Н. Назарбаев": a known person's surname after initials is that person.
        if let Some(e) = r.entity_at(j).filter(|e| e.label == Label::Person && e.end == s.end()) {
            m.id = Some(e.id.clone());
            m.name = Some(e.name.clone());
        }
        out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn persons(text: &str) -> Vec<String> {
        found(text, |k| k == crate::Kind::Person)
    }

    #[test]
    fn first_name_and_surname() {
        assert_eq!(
            persons("Сарапшы Айгүл Сейітованың айтуынша, баға өседі."),
            ["PERSON Айгүл Сейітованың"]
        );
        assert_eq!(persons("Мұны Ерлан Нұрланұлы жеткізді."), ["PERSON Ерлан Нұрланұлы"]);
        assert_eq!(
            persons("Жиынға Андрей Петров пен Ольга Смирнова қатысты."),
            ["PERSON Андрей Петров", "PERSON Ольга Смирнова"]
        );
    }

    #[test]
    fn unknown_first_name_with_surname_shape() {
        assert_eq!(
            persons("Баяндаманы Тимурхан Сабыровқа тапсырды."),
            ["PERSON Тимурхан Сабыровқа"]
        );
    }

    #[test]
    fn patronymic_and_initials() {
        assert_eq!(persons("Тимур Сабырұлы Уәлиханов келді."), ["PERSON Тимур Сабырұлы Уәлиханов"]);
        assert_eq!(
            persons("Бұл туралы А. Құрмашев пен Н.Ә. Назарбаев жазды."),
            ["PERSON А. Құрмашев", "PERSON Н.Ә. Назарбаев"]
        );
    }

    #[test]
    fn first_names_alone_and_other_orders() {
        assert_eq!(persons("Бүгін Динара бізге келді."), ["PERSON Динара"]);
        assert_eq!(persons("Динара, сіз эфирдесіз."), ["PERSON Динара"]);
        assert_eq!(persons("Динара ханым келді."), Vec::<String>::new());
        assert_eq!(
            persons("Сабыров Тимур Нұрланұлына хат жазды."),
            ["PERSON Сабыров Тимур Нұрланұлына"]
        );
        assert_eq!(persons("Президент Тоқаевтың жарлығы"), ["PERSON Тоқаевтың"]);
    }

    #[test]
    fn not_persons() {
        // A first name before a country is not a person's surname.
        assert_eq!(persons("Айдар Қазақстанға оралды."), Vec::<String>::new());
        assert_eq!(persons("Бүгін Астанада жиын өтті."), Vec::<String>::new());
        assert_eq!(persons("Зерттеуге Сейітовамен бірге кірісті."), Vec::<String>::new());
    }
}
