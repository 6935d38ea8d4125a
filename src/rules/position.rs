//! Titles (KazNERD POSITION): one-person titles alone ("Президент", "Елбасы",
//! "Мемлекет басшысы"), and title chains that end in a possessed role noun after a named
//! body or place ("Қаржы министрі", "Әзербайжан Президенті", "Азия зерттеулері бөлімінің
//! басшысы"). A role noun after no named body is not a title ("облыс әкімі"), and a role
//! noun alone is a descriptor, not a title ("сарапшы").

use super::{lemma_form, RuleMatch, Rules};
use crate::entity::{Case, Kind, Label};
use crate::morph::suffix_chain;
use crate::normalize::word_end;

/// Whether a word ends like a locative, ablative, dative or instrumental form, which
/// cannot stand inside a title chain (a chain is bare and genitive nouns).
fn oblique(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "мен",
        "бен", "пен", "да", "де", "та", "те",
    ];
    word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Adds title candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let f = r.folded;
    for (h, w) in r.words.iter().enumerate() {
        // One-person titles, capitalised.
        if w.cap {
            for (lemma, stem) in &r.lex.titles_alone {
                if !f[w.start..].starts_with(lemma.as_str()) {
                    continue;
                }
                let lemma_end = w.start + lemma.len();
                let end = word_end(f, lemma_end);
                if let Some(chain) = suffix_chain(*stem, &f[lemma_end..end], false) {
                    let mut m = RuleMatch::new(w.start, end, Kind::Position, "position_title");
                    m.stem_end = lemma_end;
                    m.case = chain.case;
                    out.push(m);
                    break;
                }
            }
        }
        // Title chains.
        if h == 0 {
            continue;
        }
        let word = r.fw(h);
        let Some(chain) = r.lex.role_heads.iter().find_map(|(lemma, stem)| {
            lemma_form(word, lemma, *stem).map(|x| x.1).filter(|c| c.possessive && !c.plural)
        }) else {
            continue;
        };
        let mut first = None;
        let mut k = h;
        while k > 0 && h - k < 5 && r.adjacent(k - 1) {
            let prev = k - 1;
            if matches!(r.fw(prev), "және" | "мен" | "бен" | "пен" | "жанындағы" | "деп")
                || r.words[prev].cap && r.stop(prev)
            {
                break;
            }
            if let Some(e) = r.entity_covering(r.words[prev].start) {
                let izafet = matches!(e.case, Some(Case::Nominative | Case::Genitive));
                if matches!(e.label, Label::Organisation | Label::Person) || !izafet {
                    break;
                }
            } else if oblique(r.fw(prev)) || r.fw(prev).chars().any(|c| c.is_ascii_digit()) {
                break;
            }
            k = prev;
            if r.words[k].cap {
                first = Some(k);
            }
        }
        let Some(first) = first else { continue };
        let mut m = RuleMatch::new(r.words[first].start, w.end, Kind::Position, "position_chain");
        m.case = chain.case;
        out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn titles(text: &str) -> Vec<String> {
        found(text, |k| k == crate::Kind::Position)
    }

    #[test]
    fn titles_and_chains() {
        assert_eq!(
            titles("Әзербайжан Президенті Ильхам Әлиев келді."),
            ["POSITION Әзербайжан Президенті"]
        );
        assert_eq!(titles("Қаржы министрі мәлімдеді."), ["POSITION Қаржы министрі"]);
        assert_eq!(
            titles("Мемлекет басшысы мен Елбасы"),
            ["POSITION Мемлекет басшысы", "POSITION Елбасы"]
        );
        assert_eq!(titles("Президентке хат жолдады."), ["POSITION Президентке"]);
    }

    #[test]
    fn role_nouns_without_a_named_body_are_not_titles() {
        assert_eq!(titles("облыс әкімі мен сарапшы келді"), Vec::<String>::new());
    }
}
