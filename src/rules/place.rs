//! Places named by a head noun: "X облысы", "X ауданы", "X қаласы", "X ауылы",
//! "X елді мекені", "X көлі", "X өзені", "X теңізі", "X тауы", "X порты", "X әуежайы";
//! before a plural head, each place of a list: "X, Y және Z ауылдары"; but streets
//! listed before their head, plural or singular, are one facility with it ("[X пен Y
//! көшелерінде]"), as KazNERD tags them.
//!
//! Following KazNERD, облысы and әуежайы belong to the name ("[Маңғыстау облысы]",
//! "[Тегеран әуежайы]"); the other descriptors stay outside it ("[Қарасай] ауданы",
//! "[Ақтау] порты"). X is one to three capitalised words right before the descriptor.
//! A gazetteer name before a descriptor is re-typed by `resolve`; this rule finds the
//! names no gazetteer has.

use super::{lemma_form, RuleMatch, Rules};
use crate::entity::{Kind, Label};
use crate::lexicon::Descriptor;
use crate::word_class::Class;

/// Whether the descriptor of `kind` belongs inside the name.
fn inside(kind: Kind, lemma: &str) -> bool {
    matches!(kind, Kind::Region | Kind::Airport | Kind::Facility) && lemma != "өлке"
}

/// Whether word `k` is a gazetteer name with a case suffix ("Польшаның Гливице
/// қаласында": the genitive is not part of the city's name).
fn inflected_entity(r: &Rules<'_, '_>, k: usize) -> bool {
    r.entity_over(k).is_some_and(|e| e.stem_end < e.end)
}

/// Whether word `k` is a given name or a patronymic.
fn person_word(r: &Rules<'_, '_>, k: usize) -> bool {
    let w = r.fw(k);
    r.first_name(k)
        || ["ұлы", "қызы", "ович", "евич", "овна", "евна"].iter().any(|e| w.ends_with(e))
}

/// Whether the word before descriptor `h` is a given name alone (word `k - 1`, right
/// before the descriptor, no capitalised word before it): a place named after someone
/// ("Абай қаласында", "Бірлік аулының").
fn named_after_one(r: &Rules<'_, '_>, h: usize, k: usize) -> bool {
    k == h && r.first_name(k - 1) && !(k >= 2 && r.adjacent(k - 2) && r.words[k - 2].cap)
}

/// Where a place's name that is a person's name with a title after it begins, when one
/// ends right before descriptor `h`: a capitalised word, then one of the lower-case
/// titles that follow names, bare ("Өтеген батыр кентінде", "Сырым би ауданы").
fn titled_name(r: &Rules<'_, '_>, h: usize) -> Option<usize> {
    let (name, title) = (h.checked_sub(2)?, h - 1);
    let bare_title = !r.words[title].cap
        && r.is(title, Class::AFTER_NAME)
        && r.lex.after_name.starting(r.fw(title)).any(|(lemma, ..)| lemma == r.fw(title));
    (bare_title
        && r.adjacent(name)
        && r.adjacent(title)
        && r.words[name].cap
        && !r.stop(name)
        && r.entity_over(name).is_none_or(|e| e.label == Label::Person && e.stem_end == e.end))
    .then(|| r.words[name].start)
}

/// Adds place candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let mut listed_places = Vec::new();
    for h in 1..r.words.len() {
        if !r.is(h, Class::DESCRIPTOR) {
            continue;
        }
        let word = r.fw(h);
        // A two-word descriptor ("елді мекені") is read on the word and the next one.
        let two = if h + 1 < r.words.len() && r.words[h + 1].start == r.words[h].end() + 1 {
            &r.folded[r.words[h].start..r.words[h + 1].end()]
        } else {
            word
        };
        let Some((d, chain)) = r.lex.descriptors.starting(word).find_map(|d| {
            let form = if d.lemma.contains(' ') { two } else { word };
            lemma_form(form, &d.lemma, d.stem).filter(|(_, c)| c.possessive).map(|(_, c)| (d, c))
        }) else {
            continue;
        };
        // A list before a plural descriptor names one place each: "Махамбет, Индер және
        // Исатай аудандары".
        if d.kind == Kind::Facility {
            street_list(r, h, d, chain, out);
        } else if chain.plural {
            listed(r, h, d.kind, out, &mut listed_places);
        }
        // X: capitalised words right before, not stop words.
        let mut first = None;
        let mut k = h;
        // Outside descriptors (порты, ауданы, қаласы) name unknown places only: a
        // gazetteer name before them is re-typed by `resolve`, and a person's name is not
        // part of a place ("директоры Ержан Қайратұлы Ақтау портының").
        let outside = !inside(d.kind, &d.lemma);
        while k > 0
            && h - k < 3
            && r.adjacent(k - 1)
            && r.words[k - 1].cap
            && !r.stop(k - 1)
            && !inflected_entity(r, k - 1)
            && !(outside && r.entity_over(k - 1).is_some())
            && !(outside && person_word(r, k - 1) && !named_after_one(r, h, k))
        {
            k -= 1;
            first = Some(k);
        }
        let Some(first) = first else {
            if !inside(d.kind, &d.lemma) {
                if let Some(start) = titled_name(r, h) {
                    out.push(RuleMatch::new(start, r.words[h - 1].end(), d.kind, "place_head"));
                    continue;
                }
                in_guillemets(r, h, d.kind, out);
            }
            continue;
        };
        let first = r.trim_sentence_start(first, h - 1);
        // The last place of a road ("Атырау – Астрахань күрежолы"): the road is the name.
        if super::facility::after_a_dash(r, first) {
            continue;
        }
        let start = r.words[first].start;
        let last = r.words[h - 1];
        if inside(d.kind, &d.lemma) {
            out.push(up_to_head(r, start, h, d, chain, "place_head"));
        } else {
            out.push(RuleMatch::new(start, last.end(), d.kind, "place_head"));
        }
    }
    // The person rule read a given name in a list as a person: the list says otherwise.
    if !listed_places.is_empty() {
        listed_places.sort_unstable();
        out.retain(|m| {
            m.kind != Kind::Person || listed_places.binary_search(&(m.start, m.end)).is_err()
        });
    }
}

/// Whether word `k` can be part of a place's name in a list or a road: capitalised, not
/// a stop word, and no gazetteer name of another kind or with a case suffix.
pub(crate) fn place_word(r: &Rules<'_, '_>, k: usize) -> bool {
    r.words[k].cap
        && !r.stop(k)
        && r.entity_over(k).is_none_or(|e| {
            e.stem_end == e.end && matches!(e.label, Label::Gpe | Label::Location | Label::Facility)
        })
}

/// Whether word `k` can be a place in a list: a place word of letters and hyphens only.
fn list_word(r: &Rules<'_, '_>, k: usize) -> bool {
    r.words[k].plain && place_word(r, k)
}

/// The first word of a list member that ends at word `last`: one or two list words.
fn member_start(r: &Rules<'_, '_>, last: usize) -> usize {
    if last > 0 && r.adjacent(last - 1) && list_word(r, last - 1) {
        r.trim_sentence_start(last - 1, last)
    } else {
        last
    }
}

/// The places listed before the plural descriptor at word `h`: "[Махамбет], [Индер] және
/// [Исатай] аудандарының", "[Жамбыл], [Қостанай] мен Павлодар облыстарында". Each is a
/// place of the descriptor's kind, named without it (the last is also found by the rule
/// for one name before a descriptor, which keeps an inside descriptor with it: the longer
/// span wins); a given name in the list is the place, not a person.
///
/// The places' spans are added to `listed_places`, for `find` to drop the persons of
/// those spans once all lists are read (one pass over the matches, not one per list).
fn listed(
    r: &Rules<'_, '_>,
    h: usize,
    kind: Kind,
    out: &mut Vec<RuleMatch>,
    listed_places: &mut Vec<(usize, usize)>,
) {
    if h == 0 || !r.adjacent(h - 1) || !list_word(r, h - 1) {
        return;
    }
    let mut first = member_start(r, h - 1);
    let last_member = (r.words[first].start, r.words[h - 1].end());
    let found = out.len();
    while let Some(last) = r.listed_before(first) {
        if !list_word(r, last) {
            break;
        }
        first = member_start(r, last);
        let (start, end) = (r.words[first].start, r.words[last].end());
        out.push(RuleMatch::new(start, end, kind, "place_list"));
    }
    // The last place too is a place, a given name or not ("Ерлан, Жаңаөзен және Бекет
    // ауылдары").
    if out.len() > found {
        out.push(RuleMatch::new(last_member.0, last_member.1, kind, "place_list"));
        listed_places.extend(out[found..].iter().map(|m| (m.start, m.end)));
    }
}

/// Streets (squares, roads) listed before their head noun, plural or singular, are one
/// facility with it, as KazNERD tags them: "[Абай мен Сәтбаев көшелерінде]", "[Абай,
/// Сәтбаев көшесіндегі]". The head at word `h` is descriptor `d`, read with `chain`.
fn street_list(
    r: &Rules<'_, '_>,
    h: usize,
    d: &Descriptor,
    chain: crate::morph::Chain,
    out: &mut Vec<RuleMatch>,
) {
    if !r.adjacent(h - 1) || !list_word(r, h - 1) {
        return;
    }
    let (mut first, mut listed) = (member_start(r, h - 1), false);
    while let Some(last) = r.listed_before(first).filter(|&last| list_word(r, last)) {
        first = member_start(r, last);
        listed = true;
    }
    if listed {
        out.push(up_to_head(r, r.words[first].start, h, d, chain, "place_list"));
    }
}

/// A place named from byte `start` to its descriptor `d` at word `h` (read with
/// `chain`), the descriptor inside: its stem and case are the descriptor's.
fn up_to_head(
    r: &Rules<'_, '_>,
    start: usize,
    h: usize,
    d: &Descriptor,
    chain: crate::morph::Chain,
    source: &'static str,
) -> RuleMatch {
    let (head, word) = (r.words[h], r.fw(h));
    let lemma_len = lemma_form(word, &d.lemma, d.stem).map_or(0, |x| x.0);
    let stem_end = head.start + super::possessed_len(word, lemma_len, chain);
    RuleMatch::stemmed(r.text, (start, stem_end, head.end()), chain.case, d.kind, source)
}

/// «X» + descriptor: the name in guillemets right before the descriptor (word `h`).
fn in_guillemets(r: &Rules<'_, '_>, h: usize, kind: Kind, out: &mut Vec<RuleMatch>) {
    let before = r.text[..r.words[h].start].trim_end_matches([' ', '\u{a0}']);
    let Some(inner_end) = before.strip_suffix('»').map(|b| b.trim_end().len()) else { return };
    // The opening guillemet is on the same line, at most 80 bytes back.
    let window = crate::normalize::ceil_boundary(r.text, inner_end.saturating_sub(84));
    let line_start = r.text[window..inner_end].rfind('\n').map_or(window, |i| window + i + 1);
    let Some(open) = r.text[line_start..inner_end].rfind('«').map(|i| line_start + i) else {
        return;
    };
    let inner = &r.text[open + '«'.len_utf8()..inner_end];
    let start = inner_end - inner.trim_start().len();
    if inner.trim().is_empty()
        || inner.len() > 80
        || !inner.trim_start().starts_with(crate::normalize::is_upper)
    {
        return;
    }
    if r.entity_covering(start).is_some() {
        return; // a gazetteer name: re-typed by `resolve`
    }
    out.push(RuleMatch::new(start, inner_end, kind, "place_head"));
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn places(text: &str) -> Vec<String> {
        found(text, |k| {
            matches!(k.label(), crate::Label::Gpe | crate::Label::Location | crate::Label::Facility)
        })
    }

    #[test]
    fn unknown_places_by_their_head_noun() {
        assert_eq!(places("Жиын Көктерек ауылында өтті."), ["GPE Көктерек"]);
        assert_eq!(places("Жаңаарқа облысында жиын өтті."), ["GPE Жаңаарқа облысында"]);
        assert_eq!(places("Қараойсу өзенінің бойында"), ["LOCATION Қараойсу"]);
        assert_eq!(places("Сарыбел порты салынады."), ["FACILITY Сарыбел"]);
        assert_eq!(places("Сарыбел әуежайына қонды."), ["FACILITY Сарыбел әуежайына"]);
        assert_eq!(places("Тұрсынбаев көшесінде"), ["FACILITY Тұрсынбаев көшесінде"]);
        assert_eq!(places("«Жасыл бақ» ықшамауданында"), ["LOCATION Жасыл бақ"]);
        assert_eq!(places("Көкжиде ауылындағы Есіл өзені"), ["GPE Көкжиде", "LOCATION Есіл"]);
        assert_eq!(
            places("Жиын Польшаның Гливице қаласында өтеді."),
            ["GPE Польшаның", "GPE Гливице"]
        );
    }

    #[test]
    fn a_person_with_a_title_after_the_name_names_a_place() {
        assert_eq!(places("Той Өтепбай батыр ауылында өтті."), ["GPE Өтепбай батыр"]);
        assert_eq!(places("Кеше Қасым хан кентіне жол салынды."), ["GPE Қасым хан"]);
        // The person alone is no place.
        assert_eq!(places("Той Өтепбай батырдың ауылында өтті."), Vec::<String>::new());
    }

    #[test]
    fn a_list_before_a_plural_descriptor_names_one_place_each() {
        assert_eq!(
            places("Су Қызылжар, Жаңатұрмыс және Көкбұлақ ауылдарына жетті."),
            ["GPE Қызылжар", "GPE Жаңатұрмыс", "GPE Көкбұлақ"]
        );
        assert_eq!(
            places("Шөптікөл мен Бозкөл көлдерінде балық көп."),
            ["LOCATION Шөптікөл", "LOCATION Бозкөл"]
        );
        // A given name in the list is a place too.
        assert_eq!(
            places("Ерлан, Жаңаөзен және Бекет ауылдары"),
            ["GPE Ерлан", "GPE Жаңаөзен", "GPE Бекет"]
        );
        // A singular descriptor takes only the name next to it.
        assert_eq!(places("Ерлан мен Көкбұлақ ауылына барды."), ["GPE Көкбұлақ"]);
    }

    #[test]
    fn streets_listed_before_their_head_are_one_facility() {
        assert_eq!(
            places("Жол Тұрсынбаев пен Жандосов көшелерінде жабылады."),
            ["FACILITY Тұрсынбаев пен Жандосов көшелерінде"]
        );
        assert_eq!(
            places("Жол Тұрсынбаев, Жандосов және Сейфуллин көшесінде жабылады."),
            ["FACILITY Тұрсынбаев, Жандосов және Сейфуллин көшесінде"]
        );
        // A street alone, and a lower-case word before the conjunction.
        assert_eq!(places("Жол Жандосов көшесінде жабылады."), ["FACILITY Жандосов көшесінде"]);
        assert_eq!(places("Ескі үй мен Жандосов көшесі бұзылды."), ["FACILITY Жандосов көшесі"]);
    }

    #[test]
    fn a_two_word_descriptor() {
        assert_eq!(places("Ол Қызылжар елді мекенінде туған."), ["GPE Қызылжар"]);
        assert_eq!(
            places("Тасқын Көкбұлақ және Ақшоқы елді мекендерін басты."),
            ["GPE Көкбұлақ", "GPE Ақшоқы"]
        );
        // "елді" alone is 'the country' (accusative).
        assert_eq!(places("Біз Отанымызды, елді сүйеміз."), Vec::<String>::new());
    }

    #[test]
    fn generic_descriptors_are_not_places() {
        assert_eq!(places("облыс әкімі мен қала тұрғындары"), Vec::<String>::new());
        assert_eq!(places("Бұл ауылы бар."), Vec::<String>::new());
        assert_eq!(places("Директор Ержан Қайратұлы Сарыбел портына келді."), ["FACILITY Сарыбел"]);
    }
}
