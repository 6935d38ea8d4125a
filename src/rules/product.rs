//! Products named by a model: a code of letters and digits, or a maker's number, before a
//! product head noun (`product` rows of `data/lexicon/org_heads.tsv`) in the possessive,
//! as a model is named ("Ан-124 ұшағы", "Airbus A320 ұшағының", "Boeing 737 MAX
//! лайнері"), or a code alone in guillemets («Ми-8»). A count takes the bare noun ("5
//! ұшақ") and is no model. Following KazNERD, a maker the gazetteer knows stays an
//! organisation and the product is the model after it ("Boeing 737": 737); a model's own
//! capitalised name joins its number ("Sukhoi Superjet 100": Superjet 100).
//!
//! Names in guillemets before a product head («Лада» автокөлігі) are found with the other
//! names in guillemets, in `organisation`.

use super::{possessed_head, RuleMatch, Rules};
use crate::entity::{Kind, Label};

/// Letters before a model code's digits, at most (Ми-8, МиГ-29, Ан-124).
const CODE_LETTERS: usize = 3;
/// Digits of a model code or number, at most (Ту-154, Boeing 737, А320).
const CODE_DIGITS: usize = 4;
/// Letters after a code's digits, at most (Ту-154М, Су-30СМ).
const CODE_TAIL: usize = 3;

/// Whether the written `word` is shaped like a model code: a capital, at most
/// [`CODE_LETTERS`] letters, an optional hyphen, one to [`CODE_DIGITS`] digits, and at
/// most [`CODE_TAIL`] capitals. A year after a hyphen is a name's («Қыс-2019»), not a
/// model's.
fn code_shaped(word: &str) -> bool {
    let mut chars = word.chars().peekable();
    if !chars.next().is_some_and(crate::normalize::is_upper) {
        return false;
    }
    let mut letters = 1;
    while chars.next_if(|c| c.is_alphabetic()).is_some() {
        letters += 1;
        if letters > CODE_LETTERS {
            return false;
        }
    }
    let hyphen = chars.next_if_eq(&'-').is_some();
    // The digits' count and value (up to four digits: no overflow).
    let (mut digits, mut value) = (0, 0u32);
    while let Some(d) = chars.next_if(char::is_ascii_digit) {
        digits += 1;
        value = value * 10 + (d as u32 - '0' as u32);
        if digits > CODE_DIGITS {
            return false;
        }
    }
    let mut tail = 0;
    while chars.next_if(|&c| crate::normalize::is_upper(c)).is_some() {
        tail += 1;
    }
    let year = hyphen && digits == 4 && (1900..2100).contains(&value);
    chars.next().is_none() && digits > 0 && tail <= CODE_TAIL && !year
}

/// Whether the written `word` is a maker's model number (737, 100): two to
/// [`CODE_DIGITS`] digits.
fn model_number(word: &str) -> bool {
    (2..=CODE_DIGITS).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the written `word` is a model's suffix after its code or number: a second code
/// (Ту-154 Б-2) or a short word in capitals (737 MAX).
fn model_suffix(word: &str) -> bool {
    code_shaped(word) || (word.chars().count() <= 4 && word.chars().all(crate::normalize::is_upper))
}

/// The start of the product in a name `start..end` that opens with a maker the gazetteer
/// knows (Боинг 737 МАКС → 737 МАКС); `start` otherwise.
pub(super) fn after_maker(r: &Rules<'_, '_>, start: usize, end: usize) -> usize {
    let Some(maker) = r.entity_covering(start) else { return start };
    if maker.start != start || maker.label != Label::Organisation || maker.end >= end {
        return start;
    }
    let next = r.word_from(maker.end);
    match r.words.get(next) {
        Some(w) if w.start < end && r.text[maker.end..w.start].trim().is_empty() => w.start,
        _ => start,
    }
}

/// Adds model products to `out`.
pub(super) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let written = |k: usize| &r.text[r.words[k].start..r.words[k].end()];
    for k in 0..r.words.len() {
        let w = r.words[k];
        if !(w.cap || r.text.as_bytes()[w.start].is_ascii_digit()) {
            continue;
        }
        // A model has a digit among its first bytes: after at most three two-byte letters
        // and a hyphen.
        let head = &r.text.as_bytes()[w.start..w.end().min(w.start + 2 * CODE_LETTERS + 2)];
        if !head.iter().any(u8::is_ascii_digit) {
            continue;
        }
        let (code, number) = (code_shaped(written(k)), model_number(written(k)));
        if !code && !number {
            continue;
        }
        // A number needs a capitalised word before it: its maker, or the model's own
        // name, which joins it (a code is named by its letters).
        let mut start = k;
        if number {
            if !(k > 0 && r.adjacent(k - 1) && r.words[k - 1].cap && !r.stop(k - 1)) {
                continue;
            }
            if r.entity_over(k - 1).is_none() && !r.sentence_start(k - 1) {
                start = k - 1;
            }
        }
        let last = if r.adjacent(k) && k + 1 < r.words.len() && model_suffix(written(k + 1)) {
            k + 1
        } else {
            k
        };
        let end = r.words[last].end();
        let headed = r.adjacent(last)
            && last + 1 < r.words.len()
            && possessed_head(r.lex, r.fw(last + 1), Kind::Product);
        let quoted = code && start == k && r.alone_in_guillemets(k, last);
        if headed || quoted {
            out.push(RuleMatch::new(r.words[start].start, end, Kind::Product, "product_model"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{code_shaped, model_number};
    use crate::rules::tests::found;

    fn products(text: &str) -> Vec<String> {
        found(text, |k| k.label() == crate::Label::Product)
    }

    #[test]
    fn model_codes_have_few_letters_and_digits() {
        for code in ["Ми-8", "МиГ-29", "Ан-124", "Ту-154М", "Су-30СМ", "А320", "F-16", "Т-72"]
        {
            assert!(code_shaped(code), "help: {code}");
        }
        for word in ["Қыс-2019", "ЭКСПО-2017", "COVID-19", "ми-8", "Ми-", "Ми-12345", "Ақтау"]
        {
            assert!(!code_shaped(word), "help: {word}");
        }
        assert!(model_number("737") && !model_number("7") && !model_number("12345"));
    }

    #[test]
    fn a_code_before_a_possessed_product_noun_is_a_model() {
        assert_eq!(products("Кеше Ан-124 ұшағы Өскемен әуежайына қонды."), ["PRODUCT Ан-124"]);
        assert_eq!(products("Құтқарушылар Ми-17 тікұшағының көмегімен іздеді."), ["PRODUCT Ми-17"]);
        assert_eq!(products("Ту-154 Б-2 ұшағы кешікті."), ["PRODUCT Ту-154 Б-2"]);
    }

    #[test]
    fn a_makers_number_is_the_model_and_the_maker_an_organisation() {
        let text = "Әуекомпания Airbus A321 ұшағын сатып алды, ал Boeing 787 ұшағы жөнделіп жатыр.";
        assert_eq!(products(text), ["PRODUCT A321", "PRODUCT 787"]);
        let orgs = found(text, |k| k.label() == crate::Label::Organisation);
        assert_eq!(orgs, ["ORGANISATION Airbus", "ORGANISATION Boeing"]);
        // A model's own name joins its number.
        assert_eq!(products("Sukhoi Superjet 100 ұшағы"), ["PRODUCT Superjet 100"]);
    }

    #[test]
    fn a_count_takes_the_bare_noun_and_is_no_model() {
        assert!(products("Boeing 12 ұшақ жеткізді.").is_empty());
        assert!(products("Ауданға 20 трактор мен 5 комбайн келді.").is_empty());
        assert!(products("Т-2 кезеңінде жұмыс басталды.").is_empty());
    }

    #[test]
    fn a_code_alone_in_guillemets_is_a_model() {
        assert_eq!(products("Әскерилер «Ми-8» пайдаланды."), ["PRODUCT Ми-8"]);
        assert!(products("«Қыс-2019» оқуы өтті.").is_empty());
    }

    #[test]
    fn names_in_guillemets_before_a_product_noun() {
        assert_eq!(products("Ол «Нива» автокөлігін жөндеп жатқан."), ["PRODUCT Нива"]);
        assert_eq!(
            products("Төлемді «Жылдам төлем» қосымшасы арқылы жасауға болады."),
            ["PRODUCT Жылдам төлем"]
        );
        assert_eq!(products("«Брент» маркалы мұнай қымбаттады."), ["PRODUCT Брент"]);
        assert_eq!(products("Бұл «Таза бал» деген брендпен сатылады."), ["PRODUCT Таза бал"]);
        // The maker stays an organisation.
        let text = "«Боинг 737 МАКС» лайнерінің ұшуына тыйым салынды.";
        assert_eq!(products(text), ["PRODUCT 737 МАКС"]);
        assert_eq!(
            found(text, |k| k.label() == crate::Label::Organisation),
            ["ORGANISATION Боинг"]
        );
    }
}
