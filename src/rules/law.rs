//! Laws (KazNERD LAW) beyond the gazetteer's codes and constitutions:
//!
//! - a law "on" something, named by its subject before "туралы" ('on') or "жөніндегі"
//!   ('concerning') and "заң" ('law'): "[Білім туралы] заң", «[Педагог мәртебесі
//!   туралы]» заң жобасы. The subject is the name; "заң" stays outside, as KazNERD tags
//!   it. A code named so keeps its head: "[Жер қойнауы туралы кодекске]".
//! - a reference to an article, with its part or paragraph: "[Қылмыстық кодекстің 106-ншы
//!   бабы]", "[Конституцияның 58-інші бабының 1-інші тармағына]", "[120-сыншы баптың
//!   1-інші бөлігіне]". The law before the article and the country before the law
//!   ("Қазақстан Республикасының Қылмыстық кодексінің …") belong to it.

use super::{form_of, RuleMatch, Rules};
use crate::entity::{Kind, Label};
use crate::word_class::Class;

/// The words between a law's subject and its head (folded): 'on', 'concerning'.
pub(crate) const LAW_ABOUT: [&str; 2] = ["туралы", "жөніндегі"];

/// The most words of a law's subject before "туралы".
const MAX_SUBJECT: usize = 8;

/// Whether the folded `word` is a form of "бап" ('article': бабы, баптың, бабының).
fn article(word: &str) -> bool {
    form_of(word, "бап").is_some_and(|c| !c.plural)
}

/// Whether the folded `word` names a part of an article: its part or paragraph
/// (бөлігі, бөлімі, тармағына, тармақшасы).
fn article_part(word: &str) -> bool {
    ["бөлік", "бөлім", "тармақ", "тармақша"].iter().any(|l| form_of(word, l).is_some())
}

/// Adds the laws "on" something and the references to articles. `out` holds the
/// numeric rules' ordinals.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    about(r, out);
    articles(r, out);
    of_country(r, out);
}

/// Laws named by their subject before "туралы" or "жөніндегі".
fn about(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for i in r.of_class(Class::ABOUT) {
        let text = r.text;
        // The law's word after it, or after the closing guillemet of its name.
        let Some(head) = r.words.get(i + 1) else { continue };
        let quoted = text[r.words[i].end()..head.start].trim() == "»";
        if !quoted && !r.adjacent(i) {
            continue;
        }
        let head_word = r.fw(i + 1);
        let code = form_of(head_word, "кодекс").is_some();
        if !(code || form_of(head_word, "заң").is_some()) {
            continue;
        }
        let first = if quoted {
            // «Педагог мәртебесі туралы» заң: the name in guillemets, a few words back.
            let first_back = i.saturating_sub(MAX_SUBJECT);
            let from = first_back.checked_sub(1).map_or(0, |k| r.words[k].end());
            let Some(open) = text[from..r.words[i].start].rfind('«').map(|o| from + o) else {
                continue;
            };
            let k = r.word_from(open);
            if k >= i || (k..i).any(|j| !r.adjacent(j)) {
                continue;
            }
            k
        } else {
            subject_start(r, i)
        };
        if first == i {
            continue;
        }
        let end = if code { r.words[i + 1].end() } else { r.words[i].end() };
        let mut m = RuleMatch::new(r.words[first].start, end, Kind::Law, "law_about");
        m.name = Some(std::sync::Arc::from(&text[m.start..end]));
        out.push(m);
    }
}

/// The first word of the subject before "туралы" (word `i`): the nearest capitalised
/// word of the adjacent words before it ("Мемлекеттік сатып алу туралы"), unless it only
/// opens the sentence a few words back ("Депутаттар сайлау туралы заңды …", where the
/// subject is "сайлау"); else the one word before it ("көші-қон туралы").
fn subject_start(r: &Rules<'_, '_>, i: usize) -> usize {
    if i == 0 || !r.adjacent(i - 1) {
        return i;
    }
    let mut k = i - 1;
    let lowest = i.saturating_sub(MAX_SUBJECT);
    loop {
        if r.words[k].cap {
            let only_the_sentence =
                r.sentence_start(k) && k + 1 < i && !super::modifier_shaped(r.fw(k));
            return if only_the_sentence { i - 1 } else { k };
        }
        if k == lowest || k == 0 || !r.adjacent(k - 1) || r.stop(k - 1) {
            return i - 1;
        }
        k -= 1;
    }
}

/// References to articles: an ordinal before a form of "бап", then perhaps a part or a
/// paragraph with its ordinal; with the law and the country before them.
fn articles(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let heads: Vec<usize> = r.of_class(Class::ARTICLE).filter(|&h| article(r.fw(h))).collect();
    if heads.is_empty() {
        return;
    }
    let ordinals = super::Ordinals::of(out);
    for h in heads {
        if h == 0 || !r.adjacent(h - 1) {
            continue;
        }
        let Some((mut start, _)) = ordinals.ending_at(r.words[h - 1].end()) else { continue };
        let mut end = r.words[h].end();
        // A part or a paragraph after it: "1-інші тармағына", ", 2-нші бөлігі".
        let mut next = h + 1;
        if let Some(w) = r.words.get(next) {
            let gap = r.text[end..w.start].trim_matches([' ', '\u{a0}']);
            if gap.is_empty() || gap == "," {
                if let Some((_, o_end)) = ordinals.starting_at(w.start) {
                    next = r.word_from(o_end);
                    if next < r.words.len() && r.adjacent(next - 1) && article_part(r.fw(next)) {
                        end = r.words[next].end();
                    }
                }
            }
        }
        // The law before it, and the country before the law.
        let (mut id, mut name) = (None, None);
        let k = r.word_from(start);
        if k > 0 && r.adjacent(k - 1) {
            if let Some(law) = r.entity_over(k - 1).filter(|e| e.label == Label::Law) {
                if law.end == r.words[k - 1].end() {
                    start = law.start;
                    id = Some(law.id.clone());
                    name = Some(law.name.clone());
                }
            }
        }
        if id.is_some() {
            start = country_before(r, start).unwrap_or(start);
        }
        let mut m = RuleMatch::new(start, end, Kind::Law, "law_article");
        m.id = id;
        m.name = name.or_else(|| Some(std::sync::Arc::from(&r.text[start..end])));
        out.push(m);
    }
}

/// A code or a constitution after its country, without an article.
fn of_country(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for law in r.gazetteer.iter().filter(|e| e.label == Label::Law) {
        if let Some(start) = country_before(r, law.start) {
            let mut m = RuleMatch::new(start, law.end, Kind::Law, "law_article");
            m.stem_end = law.stem_end;
            m.case = law.case;
            m.id = Some(law.id.clone());
            m.name = Some(law.name.clone());
            out.push(m);
        }
    }
}

/// The start of a country's name right before `pos` (spaces between), in any case, as
/// written before a code: "Қазақстан Республикасының [Қылмыстық кодексі]". (The
/// organisation rule's `of_country` asks the same of a state body, but of a one-word
/// country, bare or genitive.)
fn country_before(r: &Rules<'_, '_>, pos: usize) -> Option<usize> {
    let k = r.word_from(pos);
    if k == 0 || k >= r.words.len() || r.words[k].start != pos || !r.adjacent(k - 1) {
        return None;
    }
    let e = r.entity_over(k - 1)?;
    (e.kind == Kind::Country && e.end == r.words[k - 1].end()).then_some(e.start)
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;
    use crate::Label;

    fn laws(text: &str) -> Vec<String> {
        found(text, |k| k.label() == Label::Law)
    }

    #[test]
    fn codes_and_constitutions_in_any_form() {
        assert_eq!(laws("Өзгерістер Салық кодексіне енеді."), ["LAW Салық кодексіне"]);
        assert_eq!(laws("Бұл Ата Заңға қайшы емес."), ["LAW Ата Заңға"]);
        assert_eq!(laws("Ол қылмыстық кодекспен жазаланды."), ["LAW қылмыстық кодекспен"]);
        // The Constitutional Council is a body, not the constitution.
        assert_eq!(laws("Конституциялық Кеңес жобаны қарады."), Vec::<String>::new());
        // The country before a code belongs to it.
        assert_eq!(
            laws("Іс Қазақстан Республикасының Қылмыстық кодексі бойынша қозғалды."),
            ["LAW Қазақстан Республикасының Қылмыстық кодексі"]
        );
    }

    #[test]
    fn a_law_on_a_subject_is_named_by_the_subject() {
        let cases = [
            ("Мәжіліс Білім туралы заңды қабылдады.", "LAW Білім туралы"),
            (
                "Сондай-ақ Мемлекеттік сатып алу туралы заң жобасы қаралды.",
                "LAW Мемлекеттік сатып алу туралы",
            ),
            ("Сенатта «Педагог мәртебесі туралы» заң қабылданды.", "LAW Педагог мәртебесі туралы"),
            ("« Педагог мәртебесі туралы » заң қабылданды.", "LAW Педагог мәртебесі туралы"),
            ("Себебі көші-қон туралы заңда бұл көрсетілген.", "LAW көші-қон туралы"),
            ("Депутаттар сайлау туралы заңға өзгеріс енгізді.", "LAW сайлау туралы"),
            (
                "Мәжіліс Терроризмге қарсы іс-қимыл жөніндегі заң жобасын талқылады.",
                "LAW Терроризмге қарсы іс-қимыл жөніндегі",
            ),
            (
                "Депутаттар Жер қойнауы туралы кодекске түзету енгізді.",
                "LAW Жер қойнауы туралы кодекске",
            ),
        ];
        for (text, law) in cases {
            assert_eq!(laws(text), [law], "help: {text}");
        }
        // "туралы" before another word is 'about'.
        assert_eq!(laws("Ол білім туралы айтты."), Vec::<String>::new());
        assert_eq!(laws("Заң туралы мақала жазды."), Vec::<String>::new());
    }

    #[test]
    fn references_to_articles() {
        let cases = [
            (
                "Іс Қылмыстық кодекстің 106-ншы бабы бойынша қозғалды.",
                "LAW Қылмыстық кодекстің 106-ншы бабы",
            ),
            (
                "Конституцияның 58-інші бабының 1-інші тармағына сәйкес.",
                "LAW Конституцияның 58-інші бабының 1-інші тармағына",
            ),
            (
                "Ол 120-сыншы баптың 1-інші бөлігіне ауыстырылды.",
                "LAW 120-сыншы баптың 1-інші бөлігіне",
            ),
            (
                "Іс Қылмыстық кодекстің жүз алтыншы бабы, екінші бөлігі бойынша қаралды.",
                "LAW Қылмыстық кодекстің жүз алтыншы бабы, екінші бөлігі",
            ),
            (
                "Қазақстан Республикасы Қылмыстық кодексінің 304-інші бабына сай.",
                "LAW Қазақстан Республикасы Қылмыстық кодексінің 304-інші бабына",
            ),
        ];
        for (text, law) in cases {
            assert_eq!(laws(text), [law], "help: {text}");
        }
        // A count of articles is no reference; a coach is no article.
        assert_eq!(
            laws("Ол Қылмыстық кодекстің 3 бабы бойынша сотталды."),
            ["LAW Қылмыстық кодекстің"]
        );
        assert_eq!(laws("Командаға 2-інші бапкер келді."), Vec::<String>::new());
    }
}
