//! Abbreviations defined in parentheses: "Түркі мемлекеттері ұйымы (ТМҰ)",
//! "Каспий логистикалық қауымдастығы (КЛҚ)", "(бұдан әрі – ҚСЗИ)".
//!
//! The definition links the abbreviation to its long form: `resolve` gives every mention
//! of the abbreviation (ТМҰ-ның too) the long form's id. When no entity ends right before
//! the bracket, the long form is the run of words whose initials spell the abbreviation.
//! An abbreviation that is never defined and is in no gazetteer is not typed: there is
//! no evidence of what it names.

use std::sync::Arc;

use super::{RuleMatch, Rules};
use crate::entity::Kind;
use crate::normalize::fold_char;

/// "Long form (ABBR)": where the abbreviation is and where the long form ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Definition {
    pub abbr_start: usize,
    pub abbr_end: usize,
    pub long_end: usize,
}

/// Whether `s` is written as an abbreviation: 2–10 letters, all capitals.
pub(crate) fn is_abbreviation(s: &str) -> bool {
    if s.len() > 40 {
        return false;
    }
    let n = s.chars().count();
    (2..=10).contains(&n)
        && s.chars().all(|c| crate::normalize::is_upper(c) || c.is_ascii_digit())
        && s.chars().filter(|&c| crate::normalize::is_letter(c)).count() >= 2
}

/// Finds the definitions in the text.
pub(crate) fn definitions(r: &Rules<'_, '_>) -> Vec<Definition> {
    let text = r.text;
    let mut out = Vec::new();
    for (k, w) in r.words.iter().enumerate() {
        let word = &text[w.start..w.end()];
        if k == 0 || !text[w.end()..].starts_with(')') || !is_abbreviation(word) {
            continue;
        }
        let before = &text[..w.start];
        let Some(open) = before.trim_end_matches(' ').strip_suffix('(') else { continue };
        let open = open.trim_end_matches(['–', '—', '-', ' ']);
        let open = open.strip_suffix("бұдан әрі").map_or(open, |o| o.trim_end_matches([' ', ',']));
        if !text[w.end()..].starts_with(')') {
            continue;
        }
        out.push(Definition {
            abbr_start: w.start,
            abbr_end: w.end(),
            long_end: open.trim_end().len(),
        });
    }
    out
}

/// Adds long forms spelled out by the initials of the words before the bracket, and the
/// abbreviation itself, when no entity ends there.
pub(crate) fn find(r: &Rules<'_, '_>, defs: &[Definition], out: &mut Vec<RuleMatch>) {
    for d in defs {
        let letters: Vec<char> = r.text[d.abbr_start..d.abbr_end].chars().map(fold_char).collect();
        // The last word of the long form ends at long_end.
        let last = r.word_from(d.long_end);
        let Some(last) = last.checked_sub(1).filter(|&k| r.words[k].end() == d.long_end) else {
            continue;
        };
        if last + 1 < letters.len() {
            continue;
        }
        let first = last + 1 - letters.len();
        let initials_match = (first..=last).zip(&letters).all(|(i, l)| r.fw(i).starts_with(*l));
        let joined = (first..last).all(|i| r.adjacent(i));
        if !(initials_match && joined && r.words[first].cap) {
            continue;
        }
        let start = r.words[first].start;
        let mut m = RuleMatch::new(start, d.long_end, Kind::Organisation, "abbreviation_initials");
        m.name = Some(Arc::from(&r.text[start..d.long_end]));
        out.push(m);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    #[test]
    fn a_definition_links_every_mention_to_the_long_form() {
        let text = "Каспий логистикалық қауымдастығы (КЛҚ) құрылды. КЛҚ-ның мүшелері көбейді.";
        let ex = crate::extract(text);
        let got: Vec<_> = ex.entities.iter().map(|e| (e.text, e.id.as_str())).collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got.iter().all(|(_, id)| *id == got[0].1), "{got:?}");
    }

    #[test]
    fn initials_spell_an_unknown_long_form() {
        let text = "Дала зерттеулері бірлестігі (ДЗБ) баяндама жасады.";
        assert_eq!(
            found(text, |_| true),
            ["ORGANISATION Дала зерттеулері бірлестігі", "ORGANISATION ДЗБ"]
        );
    }

    #[test]
    fn undefined_unknown_abbreviations_are_not_typed() {
        assert_eq!(found("ЖҚБ туралы айтылды.", |_| true), Vec::<String>::new());
    }
}
