//! Themed years declared by the state (KazNERD PROJECT): a capitalised plural noun or a
//! country's name right before a possessed form of жыл ('year'): "Жастар жылында"
//! ('in the Year of Youth'), "Еріктілер жылы", "Өзбекстан жылы". The year word is part
//! of the name.
//!
//! Programmes and projects named in guillemets («Нұрлы жол» бағдарламасы) are found with
//! the other names in guillemets (`organisation`).

use super::{lemma_form, RuleMatch, Rules};
use crate::entity::Kind;
use crate::morph::Stem;
use crate::word_class::Class;

/// Whether word `i` is a possessed form of жыл ("жылы", "жылында", "жылын").
fn year_word(r: &Rules<'_, '_>, i: usize) -> bool {
    use once_cell::sync::Lazy;
    static STEM: Lazy<Stem> = Lazy::new(|| Stem::classify("жыл"));
    lemma_form(r.fw(i), "жыл", *STEM).is_some_and(|(_, c)| c.possessive && !c.plural && !c.derived)
}

/// Whether word `k` names what a year is declared for: a capitalised plural noun that
/// opens no date ("Келер жылы" is 'next year'), or a country's bare name.
fn theme(r: &Rules<'_, '_>, k: usize) -> bool {
    if !r.words[k].cap {
        return false;
    }
    if let Some(e) = r.entity_over(k) {
        let bare = e.start == r.words[k].start && e.end == r.words[k].end();
        return bare && e.kind == Kind::Country && e.stem_end == e.end;
    }
    let word = r.fw(k);
    word.chars().count() > 4
        && super::PLURAL_ENDINGS.iter().any(|p| word.ends_with(p))
        && !r.is(k, Class::LEAD | Class::STOP)
}

/// Adds the themed years.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for h in r.of_class(Class::YEAR).filter(|&h| h > 0) {
        let k = h - 1;
        if !year_word(r, h) || !theme(r, k) || !r.adjacent(k) {
            continue;
        }
        // A sentence's first capital may be its own ("Адамдар жылы киінді", 'dressed
        // warmly'): there the year must be named in a case ("Жастар жылында"), or stand
        // in guillemets («Жастар жылы» деп жариялады).
        let quoted = r.after_opening_guillemet(k);
        if r.sentence_start(k) && !quoted && r.fw(h) == "жылы" {
            continue;
        }
        let (start, end) = (r.words[k].start, r.words[h].end());
        out.push(RuleMatch::new(start, end, Kind::Project, "project_year"));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;
    use crate::Label;

    fn projects(text: &str) -> Vec<String> {
        found(text, |k| k.label() == Label::Project)
    }

    #[test]
    fn a_plural_or_a_country_before_a_year_is_a_themed_year() {
        assert_eq!(
            projects("Биыл Еріктілер жылы аясында көп шара өтті."),
            ["PROJECT Еріктілер жылы"]
        );
        assert_eq!(projects("Жастар жылында жаңа жобалар басталды."), ["PROJECT Жастар жылында"]);
        assert_eq!(
            projects("Ташкентте Қазақстан жылының ашылуы өтті."),
            ["PROJECT Қазақстан жылының"]
        );
        assert_eq!(projects("Биылғы жылды «Жастар жылы» деп жариялады."), ["PROJECT Жастар жылы"]);
    }

    #[test]
    fn dates_and_warm_weather_are_no_themed_years() {
        // 'Next year', a year's number, 'people dressed warmly', lower case, a plural year.
        assert_eq!(projects("Келер жылы зауыт салынады."), Vec::<String>::new());
        assert_eq!(projects("Ол 2024 жылы келді."), Vec::<String>::new());
        assert_eq!(projects("Адамдар жылы киінді."), Vec::<String>::new());
        assert_eq!(projects("Бұл жастар жылы болды."), Vec::<String>::new());
        assert_eq!(projects("Біз Жастар жылдары туралы айттық."), Vec::<String>::new());
        // A country in a case before the year word.
        assert_eq!(projects("Қазақстанда жылы күн болды."), Vec::<String>::new());
    }
}
