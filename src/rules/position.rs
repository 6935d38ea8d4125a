//! Titles (KazNERD POSITION): one-person titles alone ("Президент", "Елбасы",
//! "Мемлекет басшысы"), and title chains that end in a possessed role noun after a named
//! body or place ("Қаржы министрі", "Әзербайжан Президенті", "Тарих зерттеулері бөлімінің
//! басшысы"). A role noun after no named body is not a title ("облыс әкімі"), and a role
//! noun alone is a descriptor, not a title ("сарапшы").

use super::{lemma_form, RuleMatch, Rules};
use crate::entity::{Case, Kind, Label};
use crate::morph::{suffix_chain, Chain};
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

/// Words that may stand between a named body and the role of a title without being a
/// role or a body themselves: "бас атқарушы директоры" ('chief executive'), "бұрынғы
/// жетекшісі" ('former head'), "құрметті докторы" ('honorary doctor').
const TITLE_MODIFIERS: [&str; 7] =
    ["бас", "атқарушы", "бұрынғы", "құрметті", "ресми", "көркемдік", "тұрақты"];

/// The organisations the rules before this one found, for the chains that begin with one
/// ("Табиғи ресурстарды қорғау агенттігінің төраға орынбасары"), and the ordinals.
struct Found {
    /// (end, start) of each organisation not in an oblique case and no outlet, sorted.
    bodies: Vec<(usize, usize)>,
    ordinals: super::Ordinals,
}

impl Found {
    fn of(found: &[RuleMatch]) -> Found {
        let mut bodies: Vec<_> = found
            .iter()
            .filter(|m| {
                m.kind.label() == Label::Organisation
                    && m.kind != Kind::Media
                    // A name without its head ("Kazakh Invest" of "… компаниясы") is bare.
                    && (matches!(m.case, Some(Case::Nominative | Case::Genitive))
                        || m.case.is_none() && m.stem_end == m.end)
            })
            .map(|m| (m.end, m.start))
            .collect();
        bodies.sort_unstable();
        Found { bodies, ordinals: super::Ordinals::of(found) }
    }

    /// The start of the longest organisation that ends at byte `end`.
    fn body_ending_at(&self, end: usize) -> Option<usize> {
        let k = self.bodies.partition_point(|b| b.0 < end);
        self.bodies.get(k).filter(|b| b.0 == end).map(|b| b.1)
    }
}

/// Whether word `j` may stand inside a title between a named body and its role: a lower
/// case form of a role ("төраға орынбасары"), of an organisation's head noun (a body
/// within the body: "министрлігі колледжінің оқытушысы", "басқарма төрағасы"), a
/// modifier ([`TITLE_MODIFIERS`]) or an ordinal ("төрағасының бірінші орынбасары").
fn inside_title(r: &Rules<'_, '_>, found: &Found, j: usize) -> bool {
    let word = r.fw(j);
    if r.words[j].cap {
        return false;
    }
    TITLE_MODIFIERS.contains(&word)
        || ordinal(word)
        || found.ordinals.starting_at(r.words[j].start).is_some_and(|o| o.1 == r.words[j].end())
        || r.is(j, Class::ROLE_HEAD) && super::roles(r.lex, word).any(|(_, c)| izafet_form(c))
        || r.is(j, Class::ORG_HEAD) && org_head_form(r, word)
}

/// Whether a suffix chain may stand inside a title chain: bare, possessed or genitive,
/// singular, no derived word.
fn izafet_form(c: Chain) -> bool {
    !c.derived && !c.plural && matches!(c.case, Some(Case::Nominative | Case::Genitive))
}

/// Whether the folded `word` is a singular nominative or genitive form of an
/// organisation's head noun, quoted ones too ("арнасының" of арна).
fn org_head_form(r: &Rules<'_, '_>, word: &str) -> bool {
    super::org_head_forms(r.lex, word).any(|h| izafet_form(h.chain))
}

/// Adds title candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let f = r.folded;
    let first_new = out.len();
    // What the earlier rules found, gathered at the first chain.
    let mut found: Option<Found> = None;
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
        let found = found.get_or_insert_with(|| Found::of(&out[..first_new]));
        let mut first = None;
        let mut k = h;
        // Whether the words `k..h` may all stand between a body and the role.
        let mut inner = true;
        while k > 0 && h - k < 5 && r.adjacent(k - 1) {
            let prev = k - 1;
            // "және" joins two fields of one office: "Білім және ғылым министрі".
            let and_within =
                r.fw(prev) == "және" && prev > 0 && r.adjacent(prev - 1) && r.words[prev - 1].cap;
            if !and_within
                && (super::conjunction(r.fw(prev)) || matches!(r.fw(prev), "жанындағы" | "деп"))
                || r.words[prev].cap && r.stop(prev)
                || super::never_in_a_name(r.fw(prev))
            {
                break;
            }
            if let Some(e) = r.entity_over(prev) {
                let izafet = matches!(e.case, Some(Case::Nominative | Case::Genitive));
                // A body right before the role is part of the title ("Мәжіліс төрағасы",
                // "Үкімет басшысы", "Ұлттық банк төрағасы"), and so is a body right before
                // a role the role is of ("Үкімет басшысының орынбасары"); further left it
                // is its own entity ("ТМҰ Тарих бөлімінің басшысы"), and so is
                // an outlet in a byline ("BAQ.KZ тілшісі").
                // So is a body before lower-case roles, bodies and modifiers ("Ұлттық
                // банктің басқарма төрағасы").
                let before_role = k == h
                    || r.is(k, Class::ROLE_HEAD) && super::roles(r.lex, r.fw(k)).next().is_some()
                    || inner;
                if e.label == Label::Organisation && e.kind != Kind::Media && before_role && izafet
                {
                    first = Some(r.word_from(e.start)).filter(|&i| r.words[i].start == e.start);
                    break;
                }
                if matches!(e.label, Label::Organisation | Label::Person) || !izafet {
                    break;
                }
            } else if let Some(start) = found.body_ending_at(r.words[prev].end()).filter(|_| inner)
            {
                // An organisation the rules named, whatever its words ("Табиғи ресурстарды
                // қорғау агенттігінің төрағасы"), under the same conditions.
                first = Some(r.word_from(start)).filter(|&i| r.words[i].start == start);
                break;
            } else if oblique(r.fw(prev))
                && !(inner && inside_title(r, found, prev))
                // A field joined to the next by "және" is a name's, whatever its ending
                // ("Сауда және интеграция министрі": сауда 'trade' ends like a locative).
                && !(r.words[prev].cap && r.fw(k) == "және")
                || r.fw(prev).contains(|c: char| c.is_ascii_digit()) && !ordinal(r.fw(prev))
            {
                break;
            }
            inner = inner && inside_title(r, found, prev);
            k = prev;
            // A legal form is its name's ("«Каспий жолы» ЖШС директоры"): it opens no title.
            if r.words[k].cap && !super::organisation::legal_form(r, k) {
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
        if !r.words[first].cap || super::organisation::legal_form(r, first) {
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
/// the role alone ("«Роскосмос» басшысы") or lower-case words with the body's head noun
/// among them ("«Нұр Отан» партиясының төрағасы"). The name is one capitalised name on
/// one line.
fn quoted_body(r: &Rules<'_, '_>, k: usize, h: usize) -> Option<usize> {
    // Legal forms after the name stand for its head: "«Каспий жолы» ЖШС директоры".
    let legal = (k..h).take_while(|&j| super::organisation::legal_form(r, j)).count();
    // Else the body's head is among the words, maybe after a modifier noun: "«Информбюро»
    // ақпарат агенттігінің журналисі".
    let head_within = || {
        (k + legal..h).all(|j| !r.words[j].cap)
            && (legal > 0 || (k..h).any(|j| r.is(j, Class::ORG_HEAD) || org_head_form(r, r.fw(j))))
    };
    if k == 0 || !(k == h || head_within()) {
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
    fn a_field_ending_like_a_locative_before_and() {
        // сауда 'trade' ends like a locative; before "және" it is a field of the office.
        assert_eq!(
            titles("Жиынға Сауда және интеграция министрі қатысты."),
            ["POSITION Сауда және интеграция министрі"]
        );
    }

    #[test]
    fn a_pronoun_adverb_or_postposition_ends_a_chain() {
        assert_eq!(
            titles("Президенттің ойы осы кеңесшісі арқылы жетті."),
            ["POSITION Президенттің"]
        );
        assert_eq!(
            titles("Премьер ең алдымен Словакия Президентімен кездесті."),
            ["POSITION Премьер", "POSITION Словакия Президентімен"]
        );
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
        // Legal forms after the name are the body's: the title opens at its guillemet.
        assert_eq!(
            titles("Жобаны «Ақбұлақ» ЖШС директоры таныстырды."),
            ["POSITION «Ақбұлақ» ЖШС директоры"]
        );
        assert_eq!(
            titles("Кеше «Ертіс су» ҰК АҚ-ның басқарма төрағасы келді."),
            ["POSITION «Ертіс су» ҰК АҚ-ның басқарма төрағасы"]
        );
        // A legal form with no name is no named body.
        assert_eq!(titles("Бұрын ол ЖШС директоры болған."), Vec::<String>::new());
        assert_eq!(titles("Жиналыс ЖШС директорын сайлады."), Vec::<String>::new());
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
    fn a_named_body_opens_a_title_across_lower_case_roles_bodies_and_modifiers() {
        let cases = [
            // A board, a deputy of a role, a body within the body.
            ("Жиынға Ұлттық банктің басқарма төрағасы келді.", "Ұлттық банктің басқарма төрағасы"),
            (
                "Кеше Денсаулық сақтау министрлігі колледжінің оқытушысы сөйледі.",
                "Денсаулық сақтау министрлігі колледжінің оқытушысы",
            ),
            // A body the organisation rule named, whatever its inner words.
            (
                "Кеше Табиғи ресурстарды қорғау агенттігінің төраға орынбасары сөйледі.",
                "Табиғи ресурстарды қорғау агенттігінің төраға орынбасары",
            ),
            // A Latin name without its head, and modifiers of the role.
            (
                "Kazakh Invest компаниясының бас атқарушы директоры Айдар Құрмашев келді.",
                "Kazakh Invest компаниясының бас атқарушы директоры",
            ),
            (
                "Ол Астана медицина университетінің құрметті профессоры атанды.",
                "Астана медицина университетінің құрметті профессоры",
            ),
            // In guillemets, with a modifier noun before the head, or a head that names
            // only quoted names (арна 'channel').
            (
                "Бұл туралы «Қазақпарат» ақпарат агенттігінің тілшісі хабарлады.",
                "«Қазақпарат» ақпарат агенттігінің тілшісі",
            ),
            (
                "Бұл туралы «Jibek Joly» арнасының директоры айтты.",
                "«Jibek Joly» арнасының директоры",
            ),
        ];
        for (text, title) in cases {
            assert_eq!(titles(text), [format!("POSITION {title}")], "help: {text}");
        }
        // A capitalised unit between is a name of its own, and a word that is none of
        // those leaves the body alone.
        assert_eq!(
            titles("ҚазҰУ Тарих зерттеулері секторының басшысы келді."),
            ["POSITION Тарих зерттеулері секторының басшысы"]
        );
        assert_eq!(titles("Кеше Ұлттық банктің жаңа төрағасы сөйледі."), Vec::<String>::new());
        // A department is a body within the body a name gives, not one an abbreviation
        // gives (see `organisation::breaks`).
        assert_eq!(
            titles("Еуразия ұлттық университеті Тарих бөлімінің басшысы келді."),
            ["POSITION Еуразия ұлттық университеті Тарих бөлімінің басшысы"]
        );
        assert_eq!(
            titles("ТМҰ Тарих бөлімінің басшысы келді."),
            ["POSITION Тарих бөлімінің басшысы"]
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
