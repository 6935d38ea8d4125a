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
            } else if oblique(r.fw(prev))
                || r.fw(prev).contains(|c: char| c.is_ascii_digit()) && !ordinal(r.fw(prev))
            {
                break;
            }
            k = prev;
            if r.words[k].cap {
                first = Some(k);
            }
        }
        let Some(first) = first else {
            // A body named in guillemets: "«Нұр Отан» партиясының төрағасы", "«Роскосмос»
            // басшысы"; the title begins at the opening guillemet.
            if let Some(open) = quoted_body(r, k, h) {
                let mut m = RuleMatch::new(open, w.end(), Kind::Position, "position_chain");
                m.case = chain.case;
                out.push(m);
            }
            continue;
        };
        let first = r.trim_sentence_start(first, h - 1);
        if !r.words[first].cap {
            continue;
        }
        // A common noun opening a sentence is capitalised too: "Автобус жүргізушісі" is
        // no title. There the chain needs more than its capital: a named entity first,
        // another capitalised word, a role within ("Премьер-министрдің орынбасары"), or
        // a minister, whose field is always named ("Қаржы министрі").
        if r.sentence_capital_only(first, h - 1)
            && !(first..h).any(|j| r.is(j, Class::ROLE_HEAD | Class::TITLE_ALONE))
            && !word.contains("министр")
        {
            continue;
        }
        let mut m = RuleMatch::new(r.words[first].start, w.end(), Kind::Position, "position_chain");
        m.case = chain.case;
        out.push(m);
    }
}

/// Whether a word is an ordinal in digits, which may rank a role ("1-інші орынбасары").
fn ordinal(word: &str) -> bool {
    let Some((digits, suffix)) = word.split_once('-') else { return false };
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && super::numeric::DIGIT_ORDINAL_SUFFIXES.contains(&suffix)
}

/// Where a title chain whose first word is `k` and whose role is word `h` begins, when a
/// name in guillemets comes right before it and is the body the role is of: the chain is
/// the role alone ("«Роскосмос» басшысы") or begins with the body's head noun ("«Нұр
/// Отан» партиясының төрағасы"). The name is one capitalised name on one line.
fn quoted_body(r: &Rules<'_, '_>, k: usize, h: usize) -> Option<usize> {
    if k == 0 || !(k == h || r.is(k, Class::ORG_HEAD)) {
        return None;
    }
    let gap_start = r.words[k - 1].end();
    let gap = &r.text[gap_start..r.words[k].start];
    if gap.trim_matches(' ') != "»" {
        return None;
    }
    let close = gap_start + gap.find('»')?;
    let open = r.text[..close].rfind('«')?;
    let name = &r.text[open + '«'.len_utf8()..close];
    let one_name = name.len() <= 120 && !name.contains(['»', '\n']);
    (one_name && name.trim_start().starts_with(crate::normalize::is_upper)).then_some(open)
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
    fn offices_held_by_one_person_and_their_assistants() {
        let cases = [
            ("Кеше Бас прокурор Айдар Құрмашев мәлімдеді.", "POSITION Бас прокурор"),
            ("Ақсақалдар Премьермен кездесті.", "POSITION Премьермен"),
            ("Кеше Венгрия Премьерінің сапары басталды.", "POSITION Венгрия Премьерінің"),
            ("Бұл туралы Президенттің көмекшісі айтты.", "POSITION Президенттің көмекшісі"),
        ];
        for (text, title) in cases {
            assert_eq!(titles(text), [title], "help: {text}");
        }
        // A premiere is no premier, and an assistant with no named office is no title.
        assert_eq!(titles("Театр жаңа премьерасын ұсынды."), Vec::<String>::new());
        assert_eq!(titles("Желі таптырмас көмекші болды."), Vec::<String>::new());
    }

    #[test]
    fn role_nouns_without_a_named_body_are_not_titles() {
        assert_eq!(titles("облыс әкімі мен сарапшы келді"), Vec::<String>::new());
        assert_eq!(titles("Тақырыпты тілшіміз толықтырады."), Vec::<String>::new());
        assert_eq!(titles("Президенттік резерв"), Vec::<String>::new());
    }

    #[test]
    fn bodies_named_in_guillemets_and_ranked_roles() {
        assert_eq!(
            titles("Жиынды «Атамекен» палатасының төрағасы ашты."),
            ["POSITION «Атамекен» палатасының төрағасы"]
        );
        assert_eq!(titles("Жобаны «Самұрық» басшысы таныстырды."), ["POSITION «Самұрық» басшысы"]);
        // A quotation before a verb is no body.
        assert_eq!(titles("«Жол ашық» деді басшысы."), Vec::<String>::new());
        // An ordinal ranks the role: "1-інші орынбасары" is part of the title.
        assert_eq!(
            titles("Кеше Энергетика министрінің 1-інші орынбасары келді."),
            ["POSITION Энергетика министрінің 1-інші орынбасары"]
        );
    }

    #[test]
    fn a_sentence_opening_noun_is_no_named_body() {
        assert_eq!(titles("Автобус жүргізушісі жолға шықты."), Vec::<String>::new());
        assert_eq!(titles("Оркестр жетекшісі марапатталды."), Vec::<String>::new());
        // Inside a sentence the capital tells; at its start an entity, another capital, a
        // role within, or a minister's field do.
        assert_eq!(titles("Жиынға Оркестр жетекшісі келді."), ["POSITION Оркестр жетекшісі"]);
        assert_eq!(titles("Германия канцлері келді."), ["POSITION Германия канцлері"]);
        assert_eq!(
            titles("Премьер-министрдің орынбасары сөйледі."),
            ["POSITION Премьер-министрдің орынбасары"]
        );
        assert_eq!(titles("Энергетика министрі келді."), ["POSITION Энергетика министрі"]);
        assert_eq!(
            titles("Жиынға Орталық сайлау комиссиясының мүшесі қатысты."),
            ["POSITION Орталық сайлау комиссиясының мүшесі"]
        );
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
