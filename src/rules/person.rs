//! Persons not in the gazetteer: "First Surname" with a known first name or a surname
//! shape, "First Patronymic Surname", and initials + surname.
//!
//! - a first name from `data/lexicon/first_names.txt` followed by a capitalised word that
//!   is not another entity: "Айгүл Сейітованың", "Ерлан Нұрланұлы";
//! - any capitalised word followed by a word with surname morphology (-ов/-ев/-ин,
//!   -ова/-ева/-ина, -ұлы/-қызы, -улы/-кызы), inflected: "Тимур Сабыровтың";
//! - a patronymic between them: "Тимур Сабырұлы Уәлиханов", or after the first name in
//!   "Surname First Patronymic" lists: "Сабыров Тимур Нұрланұлы";
//! - any two name words right after a title, role or occupation noun: "шахматшы Магнус
//!   Карлсен", "әріптесім Айбек Сейіт"; one, after one person's rank, title or role
//!   (not "қолбасшылары", not "басшылығында"): "император Нарухито", "философ Сократтың";
//! - a known first name alone, when it does not open the sentence or a comma follows it,
//!   and with a case suffix inside a sentence: "Тамараның үйінде";
//! - a surname alone by its shape (-ов, -ева …; -ин, -ина inside a sentence only):
//!   "Жақсыбекованың тобы"; a link to a full name in the document replaces it;
//! - "Surname First" with a known first name and no name word after: "Омарова Гүлнар";
//! - an Arabic name with its fathers and its family's "Әл": "Халид бен Салман Әл Сауд";
//! - a surname in the plural before a family's noun: "Бегалиевтер отбасы";
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

/// A folded name word without its suffix chain: Сейітованың → сейітова.
fn name_stem(word: &str) -> &str {
    &word[..split_name(word).0]
}

/// Whether a folded word, once its suffix chain is removed, has a surname ending.
fn surname_shaped(word: &str) -> bool {
    let stem = name_stem(word);
    stem.chars().count() >= 4 && SURNAME_ENDINGS.iter().any(|e| stem.ends_with(e))
}

/// The source of a surname found alone by its shape: a later link to a full name in the
/// document replaces it (see `resolve`).
pub(crate) const SURNAME_ALONE: &str = "person_surname";

/// Whether a folded word alone is surely a surname by its shape: a surname ending on a
/// stem of five letters or more, so that short words (Киев, Орлов) are left to the
/// gazetteer. -ов, -ев, -ова, -ева, -ский, -цкий anywhere (not -ская, which ends the
/// Russian adjectives of street and place names: Минская, Городская); -ин and -ина,
/// which end common nouns too (Карантин, Медицина), only inside a sentence, where a noun
/// is not capitalised: `sentence_start` is asked only for those.
fn surname_alone(word: &str, sentence_start: impl FnOnce() -> bool) -> bool {
    const ENDINGS: &[&str] = &["ов", "ев", "ова", "ева", "ский", "цкий"];
    const INSIDE_ONLY: &[&str] = &["ин", "ина"];
    // Most words have none of the endings anywhere: they are ruled out before the parse,
    // by one pass over their bytes for ов, ев, ин (о е и and в н all start with D0), ск
    // or цк (с ц start with D1, к with D0).
    let has_ending = word.as_bytes().windows(4).any(|w| {
        matches!(
            w,
            [0xD0, 0xBE | 0xB5, 0xD0, 0xB2]
                | [0xD0, 0xB8, 0xD0, 0xBD]
                | [0xD1, 0x81 | 0x86, 0xD0, 0xBA]
        )
    });
    if !has_ending {
        return false;
    }
    let stem = name_stem(word);
    if stem.chars().count() < 5 {
        return false;
    }
    ENDINGS.iter().any(|e| stem.ends_with(e))
        || INSIDE_ONLY.iter().any(|e| stem.ends_with(e)) && !sentence_start()
}

/// The last elements of compound Kazakh given names (Арыстан+бек, Тәубә+хан, Нұр+жан,
/// Айым+гүл): names no list holds are mostly built on them.
const GIVEN_ENDINGS: &[&str] =
    &["бек", "хан", "жан", "гүл", "бай", "ғали", "нұр", "болат", "сұлтан"];

/// Whether a folded word is shaped like a compound given name: one of [`GIVEN_ENDINGS`]
/// after two letters at least, with no suffix after it (a first name before a surname
/// is nominative): "арыстанбек", "тәубәхан"; not "бек", "нұр".
fn given_shaped(word: &str) -> bool {
    GIVEN_ENDINGS
        .iter()
        .any(|e| word.strip_suffix(e).is_some_and(|stem| stem.chars().nth(1).is_some()))
}

fn patronymic(word: &str) -> bool {
    PATRONYMIC_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether word `i` can be part of a name: capitalised, not a stop word, and not another
/// kind of gazetteer entity.
#[inline(always)]
pub(crate) fn name_word(r: &Rules<'_, '_>, i: usize) -> bool {
    let w = r.words[i];
    w.cap
        && !r.stop(i)
        && w.plain
        && r.text[w.start..w.end()].chars().skip(1).any(crate::normalize::is_lower)
        && r.entity_over(i).is_none_or(|e| e.label == Label::Person)
}

/// The given name that word `i` is with a case suffix, if it is one: "Тамараның",
/// "Айбекке".
fn given_inflected<'a>(r: &Rules<'_, 'a>, i: usize) -> Option<&'a str> {
    let w = r.fw(i);
    let (stem, case) = split_name(w);
    (stem < w.len() && case.is_some() && r.lex.first_names.contains(&w[..stem])).then(|| &w[..stem])
}

/// Whether word `i` is a title or role noun (Президент, министр): it stands before a
/// name, it is not part of it.
fn title(r: &Rules<'_, '_>, i: usize) -> bool {
    r.is(i, Class::ROLE_HEAD | Class::TITLE_ALONE) && super::roles(r.lex, r.fw(i)).next().is_some()
}

/// Whether word `i` is a noun that stands before a person's name: a title or role noun,
/// or an occupation or relation (шахматшы, әріптесім).
fn before_name(r: &Rules<'_, '_>, i: usize) -> bool {
    // No word class marks the occupations: they are looked up, as this is asked only
    // before a pair of name words.
    title(r, i) || super::occupations(r.lex, r.fw(i)).next().is_some()
}

/// Whether word `i` is a rank, or a title, role or occupation noun for one person that
/// stands before a name: not plural ("қолбасшылары"), not a derived word ("басшылығында").
fn one_before_name(r: &Rules<'_, '_>, i: usize) -> bool {
    r.is(i, Class::RANK)
        || super::person_nouns(r.lex, r.fw(i)).any(|(_, c)| !c.plural && !c.derived)
}

/// The last word of an Arabic name with its chain of fathers and its family, from name
/// word `i`: "Мұхаммед бен Заид Әл Наһаян", "Ахмад бен Абдалла бен Заид Әл-Махмудпен".
/// The family's "Әл" tells the chain from names joined by "бен" ('and').
fn arabic_chain(r: &Rules<'_, '_>, names: &[bool], i: usize) -> Option<usize> {
    let n = names.len();
    let mut k = i;
    while k + 2 < n
        && r.adjacent(k)
        && r.adjacent(k + 1)
        && matches!(r.fw(k + 1), "бен" | "ибн" | "бин")
        && names[k + 2]
    {
        k += 2;
    }
    if k == i || !r.adjacent(k) || k + 1 >= n {
        return None;
    }
    let family = r.fw(k + 1);
    if family.starts_with("әл-") && names[k + 1] {
        Some(k + 1)
    } else if family == "әл" && k + 2 < n && r.adjacent(k + 1) && names[k + 2] {
        Some(k + 2)
    } else {
        None
    }
}

/// Whether word `i` is a surname in the plural (the family) with a noun for a family
/// after it: "Ибрагимовтер отбасының", "Есжановтар әулеті".
fn family_name(r: &Rules<'_, '_>, i: usize) -> bool {
    let w = r.fw(i);
    r.words[i].cap
        && r.adjacent(i)
        && ["отбасы", "әулет"].iter().any(|f| r.fw(i + 1).starts_with(f))
        && super::PLURAL_ENDINGS
            .iter()
            .any(|p| w.strip_suffix(p).is_some_and(|stem| surname_alone(stem, || false)))
}

/// Whether word `i`, a suffix after a hyphen left out, is an abbreviation (БТР-лер).
fn abbreviation_word(r: &Rules<'_, '_>, i: usize) -> bool {
    let written = &r.text[r.words[i].start..r.words[i].end()];
    super::abbreviation::is_abbreviation(written.split('-').next().unwrap_or(written))
}

/// Whether word `k` is a possessed noun for a land or region ("Сыр еліне", "Жетісу
/// өңірінде", "Арқа жерінде"): the name before it is the land's.
fn names_a_land(r: &Rules<'_, '_>, k: usize) -> bool {
    k < r.words.len() && ["елі", "өңірі", "өлкесі", "жері"].iter().any(|l| r.fw(k).starts_with(l))
}

/// Adds person candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let n = r.words.len();
    let first_new = out.len();
    // Each word is asked about up to three times: decided once. Given names that are
    // no name word (a place's name, say) are noted for the pass below.
    let mut names: Vec<bool> = Vec::with_capacity(n);
    let (mut given_not_name, mut surname_places) = (Vec::new(), Vec::new());
    for i in 0..n {
        let name = name_word(r, i);
        if !name && r.words[i].cap && r.first_name(i) {
            given_not_name.push(i);
        }
        // (A given name's class bit is cheap, the surname's shape is not: asked last.)
        let given_at = |k: usize| r.words[k].cap && r.first_name(k);
        if !name
            && r.words[i].cap
            && (i > 0 && given_at(i - 1) && r.adjacent(i - 1)
                || i + 1 < n && given_at(i + 1) && r.adjacent(i))
            && r.entity_over(i)
                .is_some_and(|e| e.label == Label::Gpe && e.start == r.words[i].start)
            && surname_shaped(r.fw(i))
        {
            surname_places.push(i);
        }
        names.push(name);
    }
    // A town named after a person (Сәтбаев, Қонаев) is a surname next to a given name:
    // "Ерлан Сәтбаевтың", "Сәтбаев Ерлан Маратұлы".
    for i in surname_places {
        let given = |k: usize| names[k] && r.first_name(k);
        if i > 0 && r.adjacent(i - 1) && given(i - 1) || r.adjacent(i) && given(i + 1) {
            names[i] = true;
        }
    }
    // A given name that is a place's name too (Шалқар, Алтай) is a name word next to a
    // surname or patronymic: "Шалқар Серікбаевтың", "Серікбаев Алтай Нұрланұлы".
    for i in given_not_name {
        let w = r.words[i];
        let named_by_shape = |k: usize| {
            names[k] && {
                let f = r.fw(k);
                surname_shaped(f) || patronymic(name_stem(f))
            }
        };
        if r.entity_over(i).is_some_and(|e| e.start == w.start && e.end == w.end())
            && (i > 0 && r.adjacent(i - 1) && named_by_shape(i - 1)
                || r.adjacent(i) && named_by_shape(i + 1))
        {
            names[i] = true;
        }
    }
    // Whether word `i` follows a title, role or occupation noun.
    let after_role = |i: usize| i > 0 && r.adjacent(i - 1) && before_name(r, i - 1);
    let mut i = 0;
    while i < n {
        if let Some(last) = names[i].then(|| arabic_chain(r, &names, i)).flatten() {
            out.push(person(r, i, last, "person_name"));
            i = last + 1;
            continue;
        }
        // A known first name alone: a person, but opening a sentence a name that is also
        // a common word (Бақыт 'happiness') is the word unless a comma follows (an
        // address: "Динара, сіз эфирдесіз").
        // A name opening a name in guillemets names what is named after the person
        // («Қобыланды» жыры, «Томирис» картинасы).
        let alone = names[i] && !(r.adjacent(i) && i + 1 < n && names[i + 1]);
        let common = |given: &str| {
            r.sentence_start(i) && r.lex.given_words.contains(given) || r.after_opening_guillemet(i)
        };
        // A name before a place's or a body's head names the place ("Бірлік аулында").
        let names_place = || r.adjacent(i) && i + 1 < n && names_a_place_or_body(r, i + 1);
        if alone && r.first_name(i) && !title(r, i) && !names_place() {
            let comma = r.text[r.words[i].end()..].starts_with(',') && !opens_list(r, i);
            if comma || !common(r.fw(i)) {
                out.push(person(r, i, i, "person_first_name"));
            }
        }
        // A known first name with a case suffix, alone: "Тамараның үйінде", "Нұрболатқа
        // айтты"; opening a sentence, not one that is also a common word ("Сапарды").
        if alone
            && r.is(i, Class::GIVEN_STEM)
            && !r.first_name(i)
            && given_inflected(r, i).is_some_and(|stem| !common(stem))
        {
            out.push(person(r, i, i, "person_first_name"));
        }
        // A surname alone, by its shape: "Жақсыбекованың тобы", "маманы Серікбаевқа".
        if alone
            && r.entity_over(i).is_none()
            && !r.first_name(i)
            && surname_alone(r.fw(i), || r.sentence_start(i))
            && !title(r, i)
            && !names_place()
        {
            out.push(person(r, i, i, SURNAME_ALONE));
        }
        // A name word alone right after a title, rank or role noun: "император Нарухито",
        // "қолбасшы Кумбасардың", "сарапшы Доманн".
        if alone
            && i > 0
            && r.adjacent(i - 1)
            && !r.is(i, Class::FIRST_NAME | Class::GIVEN_STEM)
            && one_before_name(r, i - 1)
            && !title(r, i)
            && !surname_alone(r.fw(i), || r.sentence_start(i))
            && !names_place()
            && !names_a_land(r, i + 1)
            && !r.after_opening_guillemet(i)
            && !abbreviation_word(r, i)
        {
            out.push(person(r, i, i, "person_after_role"));
        }
        // A surname in the plural before a family's noun is the family: "Бегалиевтер
        // отбасы", "Есжановтар әулеті".
        if alone && r.entity_over(i).is_none() && family_name(r, i) {
            out.push(person(r, i, i, "person_family"));
        }
        if i + 1 >= n || !names[i] || title(r, i) || !r.adjacent(i) || !names[i + 1] {
            i += 1;
            continue;
        }
        // A noun for a person that is a given name too, opening a sentence before a given
        // name and a surname, is the noun: "Ғалым Нұрлан Әбдіров" ('scientist …').
        if r.sentence_start(i)
            && one_before_name(r, i)
            && i + 2 < n
            && r.adjacent(i + 1)
            && names[i + 2]
            && r.first_name(i + 1)
            && surname_shaped(r.fw(i + 2))
        {
            i += 1;
            continue;
        }
        let first = r.fw(i);
        let known_first = r.first_name(i);
        // An unknown first word opening a sentence must look nominative: "Зерттеуге
        // Сейітовамен" is 'to the study, with Seitova', not a name. Inside a sentence its
        // capital tells, and a name may end like a case suffix (Зайда, Едіге, Дәрмен).
        if !known_first
            && r.sentence_start(i)
            && super::split_name(first).1 != Some(crate::Case::Nominative)
        {
            i += 1;
            continue;
        }
        let mut last = i + 1;
        // First Patronymic Surname, and Surname First Patronymic (lists, documents).
        if i + 2 < n && r.adjacent(i + 1) && names[i + 2] {
            let (w1, w2) = (r.fw(i + 1), r.fw(i + 2));
            let fio = patronymic(w1) && surname_shaped(w2);
            let sfp = surname_shaped(first) && r.first_name(i + 1) && patronymic(name_stem(w2));
            if fio || sfp {
                last = i + 2;
            }
        }
        // Two name words right after a role noun are a name whatever their shape:
        // "шахматшы Магнус Карлсен", "төрағасы Ханна Беккер". A first word shaped like
        // a compound given name makes the pair one too: "Арыстанбек Кенже".
        // Surname First, as lists and documents write it ("Мизамова Жаңылсын"), when no
        // name word follows (in "Тоқаев Ерлан Қошановты" the first name opens the next).
        let surname_first = || {
            last == i + 1
                && r.first_name(i + 1)
                && !(r.adjacent(i + 1) && i + 2 < n && names[i + 2])
                && surname_shaped(first)
        };
        // After a role, a run of name words that a body's head ends names the body:
        // "Мемлекет басшысы Astra Media Group компаниясының өкілдері".
        let role_then_body = || {
            let mut end = last;
            while end + 1 < n && r.adjacent(end) && names[end + 1] {
                end += 1;
            }
            r.adjacent(end) && end + 1 < n && names_a_place_or_body(r, end + 1)
        };
        if !(known_first
            || after_role(i) && !role_then_body()
            || surname_shaped(r.fw(last))
            || given_shaped(first)
            || surname_first())
        {
            i += 1;
            continue;
        }
        // A name that fills a pair of guillemets names a work, a body or a product after
        // the person («Абай жолы» эпопеясы, «Лада Гранта» моделі).
        if r.alone_in_guillemets(i, last) || opens_short_name_in_guillemets(r, i, last) {
            i = last + 1;
            continue;
        }
        // A known first name followed by another known first name and no surname shape is
        // more likely a list of names than one person.
        out.push(person(r, i, last, "person_name"));
        i = last + 1;
    }
    initials(r, &names, out);
    before_after_name(r, &names, out);
    listed_with_persons(r, &names, first_new, out);
}

/// Byte spans (start, end), sorted by start.
type Spans = Vec<(usize, usize)>;

/// Two name words of no known name or shape listed next to a person are a person too:
/// "Риа Шолан, Айбын Құсанбеков, «…»", "Ерлан Сапаров пен Ким Ли Сун". Persons are
/// those of the gazetteer and the rules so far (`out[first_new..]`), and those this
/// finds, left to right.
fn listed_with_persons(
    r: &Rules<'_, '_>,
    names: &[bool],
    first_new: usize,
    out: &mut Vec<RuleMatch>,
) {
    let n = r.words.len();
    // The persons so far, (start, end) sorted, with the furthest end of each prefix,
    // gathered at the first candidate pair; and those this pass finds, in order.
    let mut persons: Option<(Spans, Vec<usize>)> = None;
    let mut found: Spans = Vec::new();
    let gazetteer = |k: usize| r.entity_over(k).filter(|e| e.label == Label::Person);
    let mut i = 0;
    while i + 1 < n {
        if !(names[i] && names[i + 1] && r.adjacent(i)) {
            i += 1;
            continue;
        }
        // The list members after and before the pair.
        let next = r.listed_after(i + 1);
        let before = r.listed_before(i);
        if next.is_none() && before.is_none() {
            i += 1;
            continue;
        }
        let (persons, reach) = persons.get_or_insert_with(|| {
            let mut p: Vec<_> = out[first_new..]
                .iter()
                .filter(|m| m.kind == Kind::Person)
                .map(|m| (m.start, m.end))
                .collect();
            p.sort_unstable();
            let reach = p
                .iter()
                .scan(0, |max, q| {
                    *max = q.1.max(*max);
                    Some(*max)
                })
                .collect::<Vec<_>>();
            (p, reach)
        });
        // Covered by a person: one found before (by start) that reaches past `a`.
        let (a, z) = (r.words[i].start, r.words[i + 1].end());
        let k = persons.partition_point(|q| q.0 < z);
        if k > 0 && reach[k - 1] > a
            || found.last().is_some_and(|f: &(usize, usize)| f.1 > a)
            || r.entity_over(i).is_some()
            || r.entity_over(i + 1).is_some()
            || title(r, i)
            || title(r, i + 1)
        {
            i += 1;
            continue;
        }
        let after = next.is_some_and(|j| {
            let start = r.words[j].start;
            persons.binary_search_by_key(&start, |p| p.0).is_ok()
                || gazetteer(j).is_some_and(|e| e.start == start)
        });
        let before = before.is_some_and(|k| {
            // A person ending at word `k` starts at or before it: the last few by start.
            let (start, end) = (r.words[k].start, r.words[k].end());
            let n = persons.partition_point(|p| p.0 <= start);
            persons[..n].iter().rev().take(4).any(|p| p.1 == end)
                || found.last().is_some_and(|f| f.1 == end)
                || gazetteer(k).is_some_and(|e| e.end == end)
        });
        if after || before {
            let m = person(r, i, i + 1, "person_listed");
            found.push((m.start, m.end));
            out.push(m);
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// Whether word `i` opens a list of common nouns, a comma after it: the next word is
/// in lower case and no parenthetical word, and a comma or a conjunction follows it
/// ("Бірлік, ынтымақ, бейбітшілік"; but "Сағыныш, меніңше, …" addresses Сағыныш). A name
/// with a comma after it opening a sentence is otherwise one the speaker addresses.
fn opens_list(r: &Rules<'_, '_>, i: usize) -> bool {
    /// Parenthetical words: 'of course', 'indeed', 'firstly', 'so', 'that is', 'for example'.
    const PARENTHETICAL: &[&str] =
        &["әрине", "шынында", "біріншіден", "екіншіден", "сонымен", "яғни", "демек", "мысалы"];
    let Some(next) = r.words.get(i + 1) else { return false };
    let word = r.fw(i + 1);
    // 'In my (our, your) opinion': меніңше, біздіңше, сіздіңше.
    let opinion = word.ends_with("ңше") || word.ends_with("ңша");
    !next.cap && !opinion && !PARENTHETICAL.contains(&word) && r.listed_after(i + 1).is_some()
}

/// Whether the name `first..=last` opens a name in guillemets that one more capitalised
/// word closes: «Жігер Мұнай Сервис» is a company's name, not a person's.
fn opens_short_name_in_guillemets(r: &Rules<'_, '_>, first: usize, last: usize) -> bool {
    let k = last + 1;
    r.after_opening_guillemet(first)
        && r.adjacent(last)
        && r.words.get(k).is_some_and(|w| w.cap)
        && r.before_closing_guillemet(k)
}

/// The form of a word that follows a person's name that folded `word` is, if any: its
/// lemma's flag (a title there) and chain, not plural (аталар are no one person) and no
/// derived word.
fn after_name(r: &Rules<'_, '_>, word: &str) -> Option<bool> {
    r.lex.after_name.starting(word).find_map(|(lemma, stem, title)| {
        let (_, chain) = super::lemma_form(word, lemma, *stem)?;
        (!chain.plural && !chain.derived).then_some(*title)
    })
}

/// Whether a folded word is shaped like an adjective (see `modifier_shaped`) or a noun
/// for a doer (-гер, -кер, -шы, -ші, -паз: ардагер, зейнеткер, малшы), which open a
/// sentence capitalised as a name does.
fn common_noun_shaped(word: &str) -> bool {
    const DOER: &[&str] = &["гер", "кер", "шы", "ші", "паз"];
    super::modifier_shaped(word)
        || word.chars().count() > 4 && DOER.iter().any(|e| word.ends_with(e))
}

/// Whether word `k` is a possessed form of a place descriptor or an organisation head
/// noun (not a `quoted` one, as `Class::ORG_HEAD` says): a name with a word after it
/// names a place or a body then ("Өтепбай батыр ауылында", "Сырым би ауданы", "Жәңгір
/// хан кесенесі"); before another form it is the common noun ("Ерке мектепке барды" is a
/// girl going to school).
fn names_a_place_or_body(r: &Rules<'_, '_>, k: usize) -> bool {
    let w = r.fw(k);
    let possessed =
        |form: Option<(usize, crate::morph::Chain)>| form.is_some_and(|(_, c)| c.possessive);
    r.is(k, Class::DESCRIPTOR)
        && r.lex.descriptors.starting(w).any(|d| possessed(super::lemma_form(w, &d.lemma, d.stem)))
        || r.is(k, Class::ORG_HEAD)
            && super::org_head_forms(r.lex, w).any(|h| !h.quoted && h.chain.possessive)
}

/// A name followed by a word of respect or kinship, or by a title that follows names:
/// "Мұхтар ата", "Гүлшара апамыз", "Жақсыбай ақсақал", "Сырым бидің", "Әлішер қажыға".
/// The name alone is the person; the title is a POSITION (KazNERD tags both so). The
/// name is a single capitalised word (a pair is the name rule's); opening a sentence,
/// where any noun is capitalised, not one shaped like an adjective or a noun for a doer
/// unless it is a known given name ("Ардагер атамыз" is 'our veteran grandfather').
/// A gazetteer name stays what the gazetteer says ("Алатау ата" is
/// the mountain told of as a father).
fn before_after_name(r: &Rules<'_, '_>, names: &[bool], out: &mut Vec<RuleMatch>) {
    for k in r.of_class(Class::AFTER_NAME) {
        let Some(i) = k.checked_sub(1) else { continue };
        if !names[i]
            || !r.adjacent(i)
            || r.after_opening_guillemet(i)
            || r.sentence_start(i) && !r.first_name(i) && common_noun_shaped(r.fw(i))
            || r.adjacent(k) && names_a_place_or_body(r, k + 1)
        {
            continue;
        }
        let Some(title) = after_name(r, r.fw(k)) else { continue };
        out.push(person(r, i, i, "person_before_address"));
        if title {
            let t = r.words[k];
            out.push(RuleMatch::new(t.start, t.end(), Kind::Position, "position_after_name"));
        }
    }
}

pub(crate) fn person(
    r: &Rules<'_, '_>,
    first: usize,
    last: usize,
    source: &'static str,
) -> RuleMatch {
    let (a, z) = (r.words[first], r.words[last]);
    let (stem_len, case) = split_name(r.fw(last));
    RuleMatch::stemmed(r.text, (a.start, z.start + stem_len, z.end()), case, Kind::Person, source)
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
    fn one_name_word_after_a_title_or_role() {
        assert_eq!(persons("Сапарға патша Вильгельм қатысты."), ["PERSON Вильгельм"]);
        assert_eq!(persons("Еңбекті философ Сократтың шәкірттері жазды."), ["PERSON Сократтың"]);
        // Not after many holders of a role, a derived word, nor before a land's noun or as
        // an abbreviation.
        assert_eq!(persons("Бұл жолы студенттер Отанға адал екенін айтты."), Vec::<String>::new());
        assert_eq!(persons("Кеңес төрағалығында Бекжарма мәселесі қаралды."), Vec::<String>::new());
        assert_eq!(persons("Мемлекет басшысы Арқа жеріне барды."), Vec::<String>::new());
        assert_eq!(persons("Әскер қолбасшысы БМП-ны сынады."), Vec::<String>::new());
    }

    #[test]
    fn surname_then_first_name() {
        assert_eq!(persons("Тізімде Омарова Гүлнар бар."), ["PERSON Омарова Гүлнар"]);
        // A first name that opens the next name is that name's.
        assert_eq!(
            persons("Кеше Тоқаев Ерлан Сейітовты қабылдады."),
            ["PERSON Тоқаев", "PERSON Ерлан Сейітовты"]
        );
    }

    #[test]
    fn an_arabic_name_with_its_fathers_and_family() {
        assert_eq!(
            persons("Кездесуге Халид бен Салман Әл Сауд келді."),
            ["PERSON Халид бен Салман Әл Сауд"]
        );
        assert_eq!(
            persons("Министр Омар бен Хамад бен Рашид Әл-Тани мырзамен кездесті."),
            ["PERSON Омар бен Хамад бен Рашид Әл-Тани"]
        );
        // Without the family's "Әл", "бен" is 'and'.
        assert_eq!(persons("Кеше Айбек бен Ерлан келді."), ["PERSON Айбек", "PERSON Ерлан"]);
    }

    #[test]
    fn a_family_by_its_surname_in_the_plural() {
        assert_eq!(persons("Жуырда Тілеубаевтар отбасы жаңа үйге көшті."), ["PERSON Тілеубаевтар"]);
        assert_eq!(persons("Бұл Сәрсенбаевалар әулетінің мекені."), ["PERSON Сәрсенбаевалар"]);
        // Without a family's noun, or without a surname's shape, no family.
        assert_eq!(persons("Жуырда Тілеубаевтар келді."), Vec::<String>::new());
        assert_eq!(persons("Жуырда Малшылар отбасы көшті."), Vec::<String>::new());
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
    fn a_name_that_is_a_common_word_opening_a_sentence() {
        // Addressed (a comma after it, even before a parenthetical word), it is a name.
        assert_eq!(persons("Толқын, ертең эфирде тағы кездесеміз."), ["PERSON Толқын"]);
        assert_eq!(persons("Сезім, меніңше, бұл дұрыс шешім."), ["PERSON Сезім"]);
        // Opening a list of common nouns, or alone, it is the word.
        assert_eq!(persons("Бірлік, ынтымақ, береке — басты құндылық."), Vec::<String>::new());
        assert_eq!(persons("Сезім алдамайды."), Vec::<String>::new());
        // Inside a sentence its capital makes it a name, before a common noun in a case too.
        assert_eq!(
            persons("Кеше Ерке мектепке барды, ал Диас пен Әнел үйде қалды."),
            ["PERSON Ерке", "PERSON Диас", "PERSON Әнел"]
        );
    }

    #[test]
    fn a_name_before_a_place_or_a_company_is_not_a_person() {
        let found = |text: &str| {
            found(text, |k| {
                matches!(
                    k.label(),
                    crate::Label::Person | crate::Label::Gpe | crate::Label::Organisation
                )
            })
        };
        assert_eq!(
            found("Ол Ақмола облысының Мерей ауылында тұрады."),
            ["GPE Ақмола облысының", "GPE Мерей"]
        );
        assert_eq!(
            found("Жұмысты «Ерлан Құрылыс Сервис» серіктестігі атқарды."),
            ["ORGANISATION Ерлан Құрылыс Сервис"]
        );
        assert_eq!(found("Ол «Ерлан Құрылыс Сервисте» жұмыс істейді."), Vec::<String>::new());
    }

    #[test]
    fn two_name_words_listed_with_a_person() {
        assert_eq!(
            persons("Риа Шолан, Айбын Құсанбеков, «Кешкі хабар»."),
            ["PERSON Риа Шолан", "PERSON Айбын Құсанбеков"]
        );
        assert_eq!(
            persons("Финалда Ерлан Сапаров пен Ким Лисун ойнады."),
            ["PERSON Ерлан Сапаров", "PERSON Ким Лисун"]
        );
        // A pair listed with no person is no name by itself.
        assert_eq!(persons("Риа Шолан, Бота Мырза, «Кешкі хабар»."), Vec::<String>::new());
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
        assert_eq!(persons("Динара ханым келді."), ["PERSON Динара"]);
        assert_eq!(persons("Жиын аяқталды. Айгүл апай сабақ берді."), ["PERSON Айгүл"]);
        // With a case suffix, inside a sentence or at its start.
        assert_eq!(persons("Сыйлықты Динараға тапсырды."), ["PERSON Динараға"]);
        assert_eq!(persons("Біз Ерланның үйінде болдық."), ["PERSON Ерланның"]);
        assert_eq!(persons("Ерланның үйінде болдық."), ["PERSON Ерланның"]);
        // Opening a sentence, a name that is also a common word is the word ("Бақыттың
        // кілті": the key to happiness; "Сапар барысында": during the visit), unless a
        // comma makes it an address.
        assert_eq!(persons("Бақыттың кілті еңбекте."), Vec::<String>::new());
        assert_eq!(persons("Сапар барысында келісім жасалды."), Vec::<String>::new());
        assert_eq!(persons("Жұлдызды түнде аспан ашық."), Vec::<String>::new());
        assert_eq!(persons("Бақыт, сөз сізде."), ["PERSON Бақыт"]);
        assert_eq!(persons("Кеше Сапар бізге келді."), ["PERSON Сапар"]);
        // A name opening a name in guillemets names what is named after the person.
        assert_eq!(persons("Ол «Қобыланды» жырын айтты."), Vec::<String>::new());
        assert_eq!(persons("«Айгерім» ансамблі өнер көрсетті."), Vec::<String>::new());
        // So does a full name that fills the guillemets; a quote that opens with a name
        // does not.
        assert_eq!(persons("Театр «Бекзат Оразалин» спектаклін қойды."), Vec::<String>::new());
        assert_eq!(persons("«Айдар Құрмашев келді», – деді ол."), ["PERSON Айдар Құрмашев"]);
        assert_eq!(
            persons("Сабыров Тимур Нұрланұлына хат жазды."),
            ["PERSON Сабыров Тимур Нұрланұлына"]
        );
        assert_eq!(persons("Президент Тоқаевтың жарлығы"), ["PERSON Тоқаевтың"]);
    }

    #[test]
    fn a_surname_alone_by_its_shape() {
        assert_eq!(persons("Жобаны Жақсыбекованың тобы әзірледі."), ["PERSON Жақсыбекованың"]);
        assert_eq!(persons("Мақаланы кеше Серікбаев жазды."), ["PERSON Серікбаев"]);
        // -ин and -ина end common nouns too: only inside a sentence.
        assert_eq!(persons("Жарысты Семёнкиннің жанкүйерлері тамашалады."), ["PERSON Семёнкиннің"]);
        assert_eq!(persons("Карантин кезінде мектептер жабылды."), Vec::<String>::new());
        assert_eq!(persons("Машина жолда тұрып қалды."), Vec::<String>::new());
        // Polish and Russian surnames in -ский, -цкий; not the adjectives in -ская of
        // street names.
        assert_eq!(
            persons("Концертте Ковальскийдің шығармалары орындалды."),
            ["PERSON Ковальскийдің"]
        );
        assert_eq!(persons("Ол кеше Залесскийге хат жазды."), ["PERSON Залесскийге"]);
        assert_eq!(persons("Дүкен Садовская көшесінде ашылды."), Vec::<String>::new());
        // A surname before a place's head names the place.
        assert_eq!(persons("Биыл Жұмабаев ауылына жол салынды."), Vec::<String>::new());
        // Short words are left to the gazetteer.
        assert_eq!(persons("Делегация кеше Киевке барды."), Vec::<String>::new());
        // "Зерттеуге" is 'to the study', not a given name: the surname stands alone.
        assert_eq!(persons("Зерттеуге Сейітовамен бірге кірісті."), ["PERSON Сейітовамен"]);
    }

    #[test]
    fn two_name_words_after_a_noun_for_a_person() {
        // Titles and occupations, possessed or not, before names of any shape.
        assert_eq!(
            persons("Бұл – тарихи жеңіс, – деді шахматшы Магнус Карлсен."),
            ["PERSON Магнус Карлсен"]
        );
        assert_eq!(persons("Толығырақ әріптесім Айбек Сейіт хабарлайды."), ["PERSON Айбек Сейіт"]);
        assert_eq!(persons("Жиынды кеңес төрағасы Ханна Беккер ашты."), ["PERSON Ханна Беккер"]);
        // Without such a noun, two capitalised words of no name shape are no person.
        assert_eq!(persons("Кеше Ханна Беккер келді."), Vec::<String>::new());
        // Nor are name words that a body's head ends, after a role or not.
        assert_eq!(
            persons("Мемлекет басшысы Astra Media Group компаниясының өкілдерін қабылдады."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_compound_given_name_before_any_surname() {
        // Given names built on -бек, -хан, -жан, -гүл … need no list, and the surname after
        // them no surname ending (a father's name as the surname).
        assert_eq!(
            persons("Жарыста Ержанбек Сейдахмет бірінші келді."),
            ["PERSON Ержанбек Сейдахмет"]
        );
        assert_eq!(persons("Көрмені Айымгүл Тоқтар ашты."), ["PERSON Айымгүл Тоқтар"]);
        assert_eq!(
            persons("Әнді Тілеуғали Құдайберген орындады."),
            ["PERSON Тілеуғали Құдайберген"]
        );
        assert_eq!(persons("Сыйлық Дастанбай Мәлікке берілді."), ["PERSON Дастанбай Мәлікке"]);
        // Short words with those endings are not names by their shape (Нұр Отан), nor is a
        // word with a suffix after the ending, nor a place the gazetteer knows.
        assert_eq!(persons("Кеше Нұр Отан жиналды."), Vec::<String>::new());
        assert_eq!(persons("Делегация Әзірбайжан Үкіметімен кездесті."), Vec::<String>::new());
        // "to Yerzhanbek, Seidakhmet came": the known given name alone, not the pair.
        assert_eq!(persons("Кеше Ержанбекке Сейдахмет келді."), ["PERSON Сейдахмет"]);
    }

    #[test]
    fn a_given_name_that_looks_inflected_or_names_a_place() {
        // Inside a sentence a capitalised word before a surname is a given name, even when
        // it ends like a case suffix (-да, -ге, -мен).
        assert_eq!(persons("Жиынға Зайда Омарбекова қатысты."), ["PERSON Зайда Омарбекова"]);
        assert_eq!(persons("Сөзді Дәурен Сейітов алды."), ["PERSON Дәурен Сейітов"]);
        // A given name that is also a place (Шалқар, Алтай) before a surname.
        assert_eq!(persons("Марапатты Шалқар Серікбаев алды."), ["PERSON Шалқар Серікбаев"]);
        assert_eq!(persons("Шалқар көлінің жағасында демалдық."), Vec::<String>::new());
        // A town named after a person (Сәтбаев) next to a given name is the surname.
        assert_eq!(persons("Марапатты Ерлан Сәтбаев алды."), ["PERSON Ерлан Сәтбаев"]);
        assert_eq!(persons("Сәтбаев Ерлан Маратұлы сөз алды."), ["PERSON Сәтбаев Ерлан Маратұлы"]);
        assert_eq!(persons("Кеше Сәтбаев қаласына бардық."), Vec::<String>::new());
    }

    #[test]
    fn not_persons() {
        // A first name before a country is not a person's surname: the name alone is.
        assert_eq!(persons("Айдар Қазақстанға оралды."), ["PERSON Айдар"]);
        assert_eq!(persons("Бүгін Астанада жиын өтті."), Vec::<String>::new());
    }

    #[test]
    fn a_name_before_a_word_of_respect_or_a_title_that_follows_names() {
        let found =
            |t: &str| found(t, |k| matches!(k, crate::Kind::Person | crate::Kind::Position));
        // Words of respect and kinship: the name alone is the person, whatever its shape.
        assert_eq!(found("Біз Гүлшара апамыздың үйінде болдық."), ["PERSON Гүлшара"]);
        assert_eq!(found("Ауылға Жақсыбай ақсақал келді."), ["PERSON Жақсыбай"]);
        assert_eq!(found("Мектеп Қабанбай батырдың атын алды."), ["PERSON Қабанбай"]);
        assert_eq!(found("Бұл үйде Ордабек ағай тұрады."), ["PERSON Ордабек"]);
        // Titles that follow names are positions there; a final и takes a glide's endings.
        assert_eq!(found("Елде Сырым бидің өсиеті айтылады."), ["PERSON Сырым", "POSITION бидің"]);
        assert_eq!(found("Ол Әлішер қажыға сәлем айтты."), ["PERSON Әлішер", "POSITION қажыға"]);
        // Opening a sentence, where nouns are capitalised too, only a given name counts.
        assert_eq!(found("Құрманғазы атамыз күй шығарған."), ["PERSON Құрманғазы"]);
        assert_eq!(found("Сырлыбай ақсақал сөз алды."), ["PERSON Сырлыбай"]);
        assert_eq!(found("Малшы ағай қой бақты."), Vec::<String>::new());
        assert_eq!(found("Ардагер атамыз марапатталды."), Vec::<String>::new());
        // A name and a word after it that name a place, or a name in guillemets.
        assert_eq!(found("Ол Өтепбай батыр ауылында тұрады."), Vec::<String>::new());
        assert_eq!(found("Ол Айдар батыр кентінде тұрады."), Vec::<String>::new());
        assert_eq!(found("Жол Сарыбақ би көшесіне шығады."), Vec::<String>::new());
        assert_eq!(found("Театр «Жәңгір хан» қойылымын көрсетті."), Vec::<String>::new());
        // Many grandfathers are no one person; "апат" ('accident') is no form of апа.
        assert_eq!(found("Ауылдың Ердос аталары жиналды."), Vec::<String>::new());
        assert_eq!(found("Ұшақ апатынан кейін тексеру басталды."), Vec::<String>::new());
    }
}
