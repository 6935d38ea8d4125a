//! Nationalities and groups (KazNERD NORP): lower-case ethnonyms from
//! `data/lexicon/norp.txt`, inflected ("қазақтың", "орыстар"). Origin words derived from
//! gazetteer places ("қазақстандық", "ақтаулық") are typed NORP by `resolve`. An
//! ethnonym before тіл- names a language, not a group. Capitalised inside a sentence, an
//! ethnonym is a people only before a form of "ел" ("Қазақ елі"); two joined by a hyphen
//! are one ("қазақ-қытай").

use super::{RuleMatch, Rules};
use crate::entity::Kind;
use crate::morph::suffix_chain;
use crate::word_class::Class;

/// The folded `word` as an inflected ethnonym: the byte length of its suffixes and their
/// chain. With `joined`, two ethnonyms joined by a hyphen are one, the second taking the
/// suffixes ("қазақ-қытай", "орыс-украиндардың").
fn ethnonym(r: &Rules<'_, '_>, word: &str, joined: bool) -> Option<(usize, crate::morph::Chain)> {
    r.lex.norp.starting(word).find_map(|(lemma, stem)| {
        let rest = word.strip_prefix(lemma.as_str())?;
        match rest.strip_prefix('-') {
            Some(second) if joined => ethnonym(r, second, false),
            _ => suffix_chain(*stem, rest, false).map(|c| (rest.len(), c)),
        }
    })
}

/// Adds NORP candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for (i, w) in r.words.iter().enumerate() {
        // Capitalised, an ethnonym is a country (Қытай) or a name, unless it opens a
        // sentence and no gazetteer entry covers it ("Қазақ халқы").
        // Before a form of "ел" ('country, people') it is the people: "Қазақ елі",
        // "Қырғыз елінде".
        let capital_ok = || {
            r.sentence_start(i) && r.entity_over(i).is_none()
                || r.adjacent(i) && super::form_of(r.fw(i + 1), "ел").is_some_and(|c| c.possessive)
        };
        if !r.is(i, Class::NORP) || w.cap && !capital_ok() {
            continue;
        }
        let Some((rest_len, chain)) = ethnonym(r, r.fw(i), true) else { continue };
        if r.words.get(i + 1).is_some_and(|_| r.fw(i + 1).starts_with("тіл")) {
            continue;
        }
        let mut m = RuleMatch::new(w.start, w.end(), Kind::Nationality, "norp");
        m.stem_end = w.end() - rest_len;
        m.case = chain.case;
        out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    #[test]
    fn ethnonyms() {
        let t = |s: &str| found(s, |k| k == crate::Kind::Nationality);
        assert_eq!(t("қазақтар мен орыстар"), ["NORP қазақтар", "NORP орыстар"]);
        assert_eq!(t("қазақ тілінде сөйледі"), Vec::<String>::new());
        assert_eq!(t("Қытай мен Қазақстан"), Vec::<String>::new());
        // Opening a sentence, a capitalised ethnonym that is no country is a group.
        assert_eq!(t("Қазақ халқы тойлады. Орыстар да келді."), ["NORP Қазақ", "NORP Орыстар"]);
        assert_eq!(t("Қытай шекарасы жабылды."), Vec::<String>::new());
        assert_eq!(t("Жиынға Ұйғыр Рахимов келді."), Vec::<String>::new());
    }

    #[test]
    fn a_people_before_its_country_and_peoples_joined_by_a_hyphen() {
        let t = |s: &str| found(s, |k| k == crate::Kind::Nationality);
        // Capitalised before a form of "ел", an ethnonym is the people.
        assert_eq!(t("Бүгін бүкіл Өзбек елі тойлайды."), ["NORP Өзбек"]);
        assert_eq!(t("Ол Татар елінің тарихын зерттейді."), ["NORP Татар"]);
        assert_eq!(t("Ол Татар Ерланмен кездесті."), Vec::<String>::new());
        // Two peoples joined by a hyphen are one, the second inflected.
        assert_eq!(t("Бұл қазақ-өзбек шекарасы."), ["NORP қазақ-өзбек"]);
        assert_eq!(t("Ол орыс-украиндардың мәдениетін біледі."), ["NORP орыс-украиндардың"]);
        assert_eq!(t("Қазақ-Британ техникалық университеті ашылды."), Vec::<String>::new());
    }

    #[test]
    fn origin_words_of_continents_and_compound_regions() {
        let t = |s: &str| found(s, |k| k == crate::Kind::Nationality);
        assert_eq!(t("еуропалық стандарттар енгізілді"), ["NORP еуропалық"]);
        assert_eq!(t("посткеңестік кеңістікте"), ["NORP посткеңестік"]);
        assert_eq!(
            t("Шығысқазақстандық фермерлер мен батысқазақстандықтар келді."),
            ["NORP Шығысқазақстандық", "NORP батысқазақстандықтар"]
        );
        // Capitalised inside a sentence, it is a name's first word.
        assert_eq!(t("Еуропалық Одақ шешім қабылдады."), Vec::<String>::new());
    }

    #[test]
    fn origin_words_of_places() {
        let t = |s: &str| found(s, |k| k == crate::Kind::Nationality);
        // Derived from a place with -лық/-лік, -дық/-дік, -тық/-тік: lower case, or
        // capitalised at the start of a sentence.
        assert_eq!(t("ақтаулық балықшылар"), ["NORP ақтаулық"]);
        assert_eq!(t("Павлодарлық зейнеткерлер келді"), ["NORP Павлодарлық"]);
        assert_eq!(t("Шымкенттіктердің үні"), ["NORP Шымкенттіктердің"]);
        // A capitalised origin word that is also a given name reads as the name.
        assert_eq!(t("Жақсылық Серікбаев сөз алды"), Vec::<String>::new());
        // Common nouns that look like origin words (жақсылық 'goodness', қазандық
        // 'boiler') are none in lower case, in any form.
        assert_eq!(t("Ол жақсылық жасады, жақсылығы ұмытылмайды."), Vec::<String>::new());
        assert_eq!(t("Ауылда жаңа қазандық салынды."), Vec::<String>::new());
    }
}
