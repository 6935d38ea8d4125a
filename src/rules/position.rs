//! Titles (KazNERD POSITION): one-person titles alone ("Президент", "Елбасы",
//! "Мемлекет басшысы"), and title chains that end in a possessed role noun after a named
//! body or place ("Қаржы министрі", "Әзербайжан Президенті", "Азия зерттеулері бөлімінің
//! басшысы"). A role noun after no named body is not a title ("облыс әкімі"), and a role
//! noun alone is a descriptor, not a title ("сарапшы").

use super::{lemma_form, RuleMatch, Rules};
use crate::entity::{Case, Kind, Label};
use crate::morph::suffix_chain;
use crate::normalize::word_end;
use crate::word_class::Class;

/// Whether a word ends like a locative, ablative, dative or instrumental form, which
/// cannot stand inside a title chain (a chain is bare and genitive nouns).
fn oblique(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "нда",
        "нде",
        "дан",
        "ден",
        "тан",
        "тен",
        "нан",
        "нен",
        "ға",
        "ге",
        "қа",
        "ке",
        "мен",
        "бен",
        "пен",
        "да",
        "де",
        "та",
        "те",
        "ларды",
        "лерді",
        "дарды",
        "дерді",
        "тарды",
        "терді",
    ];
    word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether what follows a role noun starts with a 3rd-person possessive (-ы/-і/-сы/-сі),
/// not a 1st or 2nd person one (-ым, -ымыз, -ың), though -ымен is the instrumental.
fn third_person(rest: &str) -> bool {
    let rest = rest.strip_prefix('с').unwrap_or(rest);
    let Some(after) = rest.strip_prefix('ы').or_else(|| rest.strip_prefix('і')) else {
        return false;
    };
    !(after.starts_with('ң') || after.starts_with('м') && !after.starts_with("мен"))
}

/// Adds title candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let f = r.folded;
    for (h, w) in r.words.iter().enumerate() {
        // One-person titles, capitalised; ranks in any case.
        let here = &f[w.start..w.end()];
        // The lists are looked up only when the word's classes allow a match.
        let titles =
            (w.cap && r.is(h, Class::TITLE_ALONE)).then(|| r.lex.titles_alone.starting(here));
        let ranks = r.is(h, Class::RANK).then(|| r.lex.ranks.starting(here));
        let alone = titles.into_iter().flatten().chain(ranks.into_iter().flatten());
        {
            for (lemma, stem) in alone {
                if !f[w.start..].starts_with(lemma.as_str()) {
                    continue;
                }
                let lemma_end = w.start + lemma.len();
                let end = word_end(f, lemma_end);
                let chain = suffix_chain(*stem, &f[lemma_end..end], false);
                if let Some(chain) = chain.filter(|c| !c.derived) {
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
        if !r.is(h, Class::ROLE_HEAD) {
            continue;
        }
        let word = r.fw(h);
        // The head is possessed in the 3rd person ("министрі", "басшысының"), not in the
        // 1st ("тілшіміз" 'our correspondent'), and not derived ("басшылығы").
        let Some(chain) = r.lex.role_heads.starting(word).find_map(|(lemma, stem)| {
            lemma_form(word, lemma, *stem)
                .filter(|(len, c)| {
                    c.possessive && !c.plural && !c.derived && third_person(&word[*len..])
                })
                .map(|x| x.1)
        }) else {
            continue;
        };
        let mut first = None;
        let mut k = h;
        while k > 0 && h - k < 5 && r.adjacent(k - 1) {
            let prev = k - 1;
            // "және" joins two fields of one office: "Білім және ғылым министрі".
            let and_within =
                r.fw(prev) == "және" && prev > 0 && r.adjacent(prev - 1) && r.words[prev - 1].cap;
            if !and_within
                && (super::conjunction(r.fw(prev)) || matches!(r.fw(prev), "жанындағы" | "деп"))
                || r.words[prev].cap && r.stop(prev)
            {
                break;
            }
            if let Some(e) = r.entity_over(prev) {
                let izafet = matches!(e.case, Some(Case::Nominative | Case::Genitive));
                // A body right before the role is part of the title ("Мәжіліс төрағасы",
                // "Үкімет басшысы", "Ұлттық банк төрағасы"), and so is a body right before
                // a role the role is of ("Үкімет басшысының орынбасары"); further left it
                // is its own entity ("ҚСЗИ Азия зерттеулері бөлімінің басшысы"), and so is
                // an outlet in a byline ("BAQ.KZ тілшісі").
                let before_role = k == h
                    || r.is(k, Class::ROLE_HEAD) && super::roles(r.lex, r.fw(k)).next().is_some();
                if e.label == Label::Organisation && e.kind != Kind::Media && before_role && izafet
                {
                    first = Some(r.word_from(e.start)).filter(|&i| r.words[i].start == e.start);
                    break;
                }
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
        let first = r.trim_sentence_start(first, h - 1);
        if !r.words[first].cap {
            continue;
        }
        let mut m = RuleMatch::new(r.words[first].start, w.end(), Kind::Position, "position_chain");
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
        assert_eq!(titles("Кеше Мәжіліс төрағасы сөйледі."), ["POSITION Мәжіліс төрағасы"]);
        // A role of a role: the body before the first is part of the title.
        assert_eq!(
            titles("Жиынға Үкімет басшысының орынбасары келді."),
            ["POSITION Үкімет басшысының орынбасары"]
        );
    }

    #[test]
    fn role_nouns_without_a_named_body_are_not_titles() {
        assert_eq!(titles("облыс әкімі мен сарапшы келді"), Vec::<String>::new());
        assert_eq!(titles("Тақырыпты тілшіміз толықтырады."), Vec::<String>::new());
        assert_eq!(titles("Президенттік резерв"), Vec::<String>::new());
    }

    #[test]
    fn fields_joined_by_and_and_ranks() {
        assert_eq!(
            titles("Ал Білім және ғылым министрі келді."),
            ["POSITION Білім және ғылым министрі"]
        );
        assert_eq!(titles("Оны майор Сейітов қарсы алды."), ["POSITION майор"]);
    }
}
