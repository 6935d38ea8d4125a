//! Languages and scripts (KazNERD LANGUAGE), from `data/lexicon/languages.txt`:
//!
//! - a language's name and a form of тіл ('language'): "қазақ тілінде", "ағылшын тілден"
//!   (the two words); before the plural ("тілдерінде") the name alone;
//! - the names listed before those: "қазақ, орыс және ағылшын тілдерінде" (each alone);
//! - the equative -ша/-ше: "қазақша", "немісше сөйледі";
//! - a name before a word for an alphabet: "латын әліпбиі", "араб графикасы"; a script's
//!   own name in any form: "латынға көшу", "кириллицада".
//!
//! Every form of one language has one id: its name is `<name> тілі` ("қазақ тілі"); a
//! script is named by its own word. The ethnonym rule runs after this one, so that a word
//! read here is a language and not a group (`resolve` keeps the earlier of two rule
//! matches of one span).

use std::sync::Arc;

use super::{form_of, lemma_form, possessed_len, RuleMatch, Rules};
use crate::entity::Kind;
use crate::morph::{suffix_chain, Chain, Stem};
use crate::word_class::Class;

/// Script names that are the script in any form and alone ("латынға көшеміз"); each is
/// in `languages.txt`.
const SCRIPTS: [&str; 3] = ["латын", "кирилл", "кириллица"];

/// Words for an alphabet after a language's name ("араб әліпбиі", "араб қарпі"), each with
/// the word whose sounds its suffixes follow: әліпби ends in the sound й (әліпбиі), and
/// қаріп and әріп drop their і before a vowel (қарпі, әрпіне) but keep its harmony.
const ALPHABETS: [(&str, &str); 6] = [
    ("әліпби", "әліпбий"),
    ("қаріп", "қаріп"),
    ("қарп", "қаріп"),
    ("әріп", "әріп"),
    ("әрп", "әріп"),
    ("графика", "графика"),
];

/// How word `i` reads with a language's name before it: a form of тіл, singular or
/// plural, with its chain; None for any other word (тілші 'correspondent', тілдік
/// 'linguistic').
fn language_word(r: &Rules<'_, '_>, i: usize) -> Option<Chain> {
    let word = r.fw(i);
    // Most words fail the first comparison.
    if !word.starts_with("тіл") {
        return None;
    }
    form_of(word, "тіл")
}

/// Whether word `i` is a form of an alphabet word ("әліпбиіне", "қарпі"). The words'
/// first two letters rule most words out before the suffix grammar is asked.
fn alphabet_word(r: &Rules<'_, '_>, i: usize) -> bool {
    use once_cell::sync::Lazy;
    static STEMS: Lazy<[Stem; ALPHABETS.len()]> =
        Lazy::new(|| ALPHABETS.map(|(_, sounds)| Stem::classify(sounds)));
    let word = r.fw(i);
    ALPHABETS.iter().zip(STEMS.iter()).any(|(&(a, _), &stem)| {
        word.get(..4) == a.get(..4)
            && lemma_form(word, a, stem).is_some_and(|(_, chain)| !chain.derived)
    })
}

/// A language's lexicon row: its folded word (a script's name too) and the language's
/// name.
type Row = (Arc<str>, Arc<str>);

/// The language whose name word `i` is exactly ("қазақ").
fn name_at(r: &Rules<'_, '_>, i: usize) -> Option<&'static Row> {
    let word = r.fw(i);
    r.lex.languages.starting(word).find(|(l, _)| &**l == word)
}

fn language(r: &Rules<'_, '_>, first: usize, last: usize, name: &Arc<str>) -> RuleMatch {
    let (a, z) = (r.words[first], r.words[last]);
    let mut m = RuleMatch::new(a.start, z.end(), Kind::Language, "language");
    m.name = Some(name.clone());
    m
}

/// Adds the names listed before word `i` ("қазақ, орыс және [ағылшын]"): each alone,
/// walking back over commas and conjunctions while the words are languages' names.
fn names_listed_before(r: &Rules<'_, '_>, mut i: usize, out: &mut Vec<RuleMatch>) {
    while let Some(prev) = r.listed_before(i) {
        let Some((_, name)) = name_at(r, prev) else { return };
        let mut m = language(r, prev, prev, name);
        m.case = Some(crate::Case::Nominative);
        out.push(m);
        i = prev;
    }
}

/// Adds language candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for i in 0..r.words.len() {
        if !r.is(i, Class::LANGUAGE) {
            continue;
        }
        if let Some((own, name)) = name_at(r, i) {
            let next = (r.adjacent(i)).then_some(i + 1);
            if let Some(chain) = next.and_then(|k| language_word(r, k)) {
                // "қазақ тілінде": both words; before the plural, the name alone.
                let k = i + 1;
                let m = if chain.plural {
                    let mut m = language(r, i, i, name);
                    m.case = Some(crate::Case::Nominative);
                    m
                } else {
                    let mut m = language(r, i, k, name);
                    let len = possessed_len(r.fw(k), "тіл".len(), chain);
                    m.stem_end = r.words[k].start + len;
                    m.case = chain.case;
                    m
                };
                out.push(m);
                names_listed_before(r, i, out);
                continue;
            }
            if next.is_some_and(|k| alphabet_word(r, k)) || SCRIPTS.contains(&&**own) {
                let mut m = language(r, i, i, own);
                m.case = Some(crate::Case::Nominative);
                out.push(m);
            }
            continue;
        }
        let word = r.fw(i);
        for (lemma, name) in r.lex.languages.starting(word) {
            let Some(rest) = word.strip_prefix(&**lemma) else { continue };
            // The equative: "қазақша", "ағылшыншаға". Names of three letters are left out:
            // датша, финше read otherwise.
            let equative = ["ша", "ше"].iter().find_map(|e| rest.strip_prefix(e));
            if let Some(after) = equative.filter(|_| lemma.chars().count() >= 4) {
                let stem = Stem::classify(&word[..word.len() - after.len()]);
                if let Some(chain) = suffix_chain(stem, after, false).filter(|c| !c.derived) {
                    let mut m = language(r, i, i, name);
                    m.stem_end = r.words[i].end() - after.len();
                    // The equative alone marks none of the cases; a suffix after it does
                    // ("ағылшыншасы").
                    m.case = if after.is_empty() { None } else { chain.case };
                    out.push(m);
                    break;
                }
            }
            // A script's name in a case: "латынға көшу".
            if SCRIPTS.contains(&&**lemma) {
                if let Some(chain) = form_of(word, lemma) {
                    let mut m = language(r, i, i, lemma);
                    m.stem_end = r.words[i].start + lemma.len();
                    m.case = chain.case;
                    out.push(m);
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;
    use crate::Kind;

    fn languages(text: &str) -> Vec<String> {
        found(text, |k| k == Kind::Language)
    }

    #[test]
    fn a_name_before_til_is_one_language() {
        assert_eq!(languages("Ол қазақ тілінде сөйледі."), ["LANGUAGE қазақ тілінде"]);
        assert_eq!(languages("Ағылшын тілі пәні енгізілді."), ["LANGUAGE Ағылшын тілі"]);
        assert_eq!(languages("кітап неміс тілінен аударылды"), ["LANGUAGE неміс тілінен"]);
        assert_eq!(languages("оқушылар испан тілден емтихан тапсырды"), ["LANGUAGE испан тілден"]);
        assert_eq!(languages("Мектепте қазақ тілді сыныптар көбейді"), ["LANGUAGE қазақ тілді"]);
    }

    #[test]
    fn every_form_of_a_language_has_one_id() {
        let ex = crate::extract("Ол қазақ тілін үйренді, қазақша сөйлейді, қазақ тілінде жазады.");
        let ids: Vec<_> = ex.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["LANGUAGE~қазақ-тілі"; 3]);
        assert!(ex.entities.iter().all(|e| &*e.name == "қазақ тілі"));
    }

    #[test]
    fn lists_before_the_plural() {
        assert_eq!(
            languages("Сайт қазақ, орыс және ағылшын тілдерінде жұмыс істейді."),
            ["LANGUAGE қазақ", "LANGUAGE орыс", "LANGUAGE ағылшын"]
        );
        assert_eq!(
            languages("Кітап қытай мен жапон тілдеріне аударылды."),
            ["LANGUAGE қытай", "LANGUAGE жапон"]
        );
        // The list ends at a word that is no language's name.
        assert_eq!(
            languages("Әдебиет, орыс және неміс тілдері оқытылады."),
            ["LANGUAGE орыс", "LANGUAGE неміс"]
        );
    }

    #[test]
    fn the_equative_and_scripts() {
        assert_eq!(
            languages("Ол немісше де, французша да сөйлейді."),
            ["LANGUAGE немісше", "LANGUAGE французша"]
        );
        assert_eq!(languages("Мақаланың ағылшыншасы дайын."), ["LANGUAGE ағылшыншасы"]);
        let cases: Vec<_> =
            crate::extract("қазақша, ағылшыншаға").entities.iter().map(|e| e.case).collect();
        assert_eq!(cases, [None, Some(crate::Case::Dative)]);
        assert_eq!(
            languages("Латын әліпбиіне көшу жалғасады, кириллицадан бас тартылады."),
            ["LANGUAGE Латын", "LANGUAGE кириллицадан"]
        );
        assert_eq!(languages("ел латынға көшеді"), ["LANGUAGE латынға"]);
        assert_eq!(languages("Араб графикасы ұмытылды."), ["LANGUAGE Араб"]);
        assert_eq!(languages("Кітап араб қарпімен басылған."), ["LANGUAGE араб"]);
        assert_eq!(languages("Мектеп араб қарпіне көшті."), ["LANGUAGE араб"]);
        assert_eq!(languages("Ескі араб әліпбиімен жазылған."), ["LANGUAGE араб"]);
        assert_eq!(languages("грек әрпімен белгіленеді, грек әріптері"), ["LANGUAGE грек"; 2]);
    }

    #[test]
    fn not_languages() {
        // A group, not a language: the ethnonym rule reads these.
        assert_eq!(languages("Қазақ халқы мен орыс ағайындар келді."), Vec::<String>::new());
        // Derived from тіл: a correspondent, a linguistic matter.
        assert_eq!(languages("Ағылшын тілшісі келді, қазақ тілдік ортасы."), Vec::<String>::new());
        // A country is no language; short names take no -ша.
        assert_eq!(languages("Қытай мен Жапония келісті."), Vec::<String>::new());
        assert_eq!(languages("датша, тайша"), Vec::<String>::new());
    }

    #[test]
    fn a_language_is_not_a_group() {
        let norp = |t: &str| found(t, |k| k == Kind::Nationality);
        assert_eq!(norp("қазақ, орыс және ағылшын тілдерінде"), Vec::<String>::new());
        assert_eq!(norp("орысша сөйлеген қазақтар"), ["NORP қазақтар"]);
    }
}
