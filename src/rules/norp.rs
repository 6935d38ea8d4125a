//! Nationalities and groups (KazNERD NORP): lower-case ethnonyms from
//! `data/lexicon/norp.txt`, inflected ("қазақтың", "орыстар"). Origin words derived from
//! gazetteer places ("қазақстандық", "ақтаулық") are typed NORP by `resolve`. An
//! ethnonym before тіл- names a language, not a group.

use super::{RuleMatch, Rules};
use crate::entity::Kind;
use crate::morph::suffix_chain;
use crate::word_class::Class;

/// Adds NORP candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for (i, w) in r.words.iter().enumerate() {
        if w.cap || !r.is(i, Class::NORP) {
            continue; // capitalised: a country (Қытай) or a name, not an ethnonym
        }
        let word = r.fw(i);
        for (lemma, stem) in r.lex.norp.starting(word) {
            let Some(rest) = word.strip_prefix(lemma.as_str()) else { continue };
            let Some(chain) = suffix_chain(*stem, rest, false) else { continue };
            if r.words.get(i + 1).is_some_and(|_| r.fw(i + 1).starts_with("тіл")) {
                break;
            }
            let mut m = RuleMatch::new(w.start, w.end, Kind::Nationality, "norp");
            m.stem_end = w.start + lemma.len();
            m.case = chain.case;
            out.push(m);
            break;
        }
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
    }
}
