//! Organisations built from head nouns, "X жанындағы Y", and names in guillemets with a
//! legal form.
//!
//! - a capitalised sequence ending in an organisation head noun from
//!   `data/lexicon/org_heads.tsv`, possessed after a noun ("Түркі мемлекеттері ұйымы",
//!   "… ұйымындағы") or bare after an adjective ("Ұлттық банк");
//! - "X жанындағы Y": a body attached to another ("ҚР Президенті жанындағы ҚСЗИ") is one
//!   organisation with Y's id;
//! - «Name» + legal form (АҚ, ЖШС, ҰК АҚ …) or head noun: the name inside the
//!   guillemets, of the head's kind. The `quoted` heads of `org_heads.tsv` name only such
//!   names; among them are the heads of programmes, works, awards and events, which make
//!   the name a PROJECT, ART or EVENT («Нұрлы жол» бағдарламасы, «Абай жолы» романы,
//!   «Парасат» ордені, «Алтын күз» фестивалі; after "атты", "деген" the head is bare:
//!   «…» атты форум). Names listed before the head take it too («A», «B» және «C»
//!   жобалары). Product heads make a PRODUCT («Лада» автокөлігі, «Брент» маркалы
//!   мұнай), its maker left out («Боинг [737]» ұшағы). A name before the people of a
//!   body («…» мамандары, өкілдері, басшылығы) is an organisation;
//! - a body's name with its head that guillemets enclose whole («Мейірім қоры»).

use std::sync::Arc;

use super::{genitive_shaped, possessed_len, split_name, RuleMatch, Rules};
use crate::entity::{Kind, Label};
use crate::word_class::Class;

const LEGAL_FORMS: &[&str] =
    &["АҚ", "ЖШС", "ҰК", "ААҚ", "ЖАҚ", "ҰҚ", "ЖК", "КЕАҚ", "РМК", "ШЖҚ", "МКК", "ҚБ"];
const MAX_WORDS: usize = 6;

/// Whether word `k` is a legal form ("АҚ", "ЖШС", "ҰК"), bare or with a suffix after a
/// hyphen ("АҚ-ның").
pub(super) fn legal_form(r: &Rules<'_, '_>, k: usize) -> bool {
    is_legal_form(&r.text[r.words[k].start..r.words[k].end()])
}

/// Whether a word as written is a legal form ("АҚ", "ЖШС", "ҰК"), bare or with a suffix
/// after a hyphen ("АҚ-ның").
pub(crate) fn is_legal_form(w: &str) -> bool {
    let form = w.split_once('-').map_or(w, |(form, _)| form);
    // Four letters at most: most words are longer and need no lookup.
    form.len() <= 8 && LEGAL_FORMS.contains(&form)
}

/// Whether a folded word looks like an adjective (the head may then be bare).
fn adjectival(word: &str) -> bool {
    [
        "лық", "лік", "дық", "дік", "тық", "тік", "лы", "лі", "ды", "ді", "ты", "ті", "ғы", "гі",
        "қы", "кі", "ский", "ая",
    ]
    .iter()
    .any(|s| word.ends_with(s))
        // Loan adjectives in -и after a consonant: ғылыми, әскери, саяси, мәдени.
        || word.strip_suffix('и').and_then(|w| w.chars().next_back()).is_some_and(|c| {
            crate::normalize::is_letter(c) && !"аәеиоөұүуыіэюя".contains(c)
        })
        || word == "жоғары"
}

/// Adjectives of a body's scope ('national', 'international', 'central', 'republican',
/// 'state', 'inter-parliamentary', 'world'), which open names far more often than common
/// phrases.
const SCOPE_ADJECTIVES: [&str; 7] = [
    "ұлттық",
    "халықаралық",
    "орталық",
    "республикалық",
    "мемлекеттік",
    "парламентаралық",
    "дүниежүзілік",
];

/// Whether word `k` breaks a name (punctuation before it is checked by adjacency).
fn breaks(r: &Rules<'_, '_>, k: usize) -> bool {
    let w = r.fw(k);
    matches!(
        w,
        "және"
            | "мен"
            | "бен"
            | "пен"
            | "не"
            | "немесе"
            | "үшін"
            | "туралы"
            | "бойынша"
            | "деп"
            | "сияқты"
            | "арасындағы"
            | "жанындағы"
    ) || super::never_in_a_name(w)
        || r.words[k].cap && r.stop(k)
        // A noun the speakers possess ("серіктестеріміз", 'our partners') is theirs, in
        // no body's name.
        || !r.words[k].cap && first_plural_possessed(w)
        // A number ("Сарқан ауданында бес кіші су электр станциясы" counts stations).
        || w.starts_with(|c: char| c.is_ascii_digit())
        || crate::rules::NUMBER_WORDS.contains(&w)
        || legal_form(r, k)
        // A genitive before a lower-case word owns what follows, and names no body with
        // it ("мамырдың бірінші күні", "Президенттің көмекшісі қызметін"); a place's unit
        // ("облысының") or a body's head ("университетінің") is the name's own.
        || !r.words[k + 1].cap
            && genitive_shaped(w)
            && !r.is(k, Class::DESCRIPTOR | Class::ORG_HEAD)
        // A lower-case role possessed ends a title, which no name runs across: "Мемлекет
        // басшысы Astra Media Group компаниясының …".
        || !r.words[k].cap
            && r.is(k, Class::ROLE_HEAD)
            && crate::rules::roles(r.lex, w).any(|(_, c)| c.possessive && !c.derived)
        || r.entity_over(k).is_some_and(|e| {
            // A person, or a name with a case suffix ("Алматының орталығы" is the centre
            // of Almaty; "Франциядағы Лувр мұражайы" starts after the place).
            e.label == Label::Person || e.stem_end < e.end
            // A known body's abbreviation before a capitalised name is a body of its own:
            // "ЕО Сауда комитеті" is the EU's trade committee, two entities.
            || e.label == Label::Organisation
                && r.words[k + 1].cap
                && super::abbreviation::is_abbreviation(&r.text[e.start..e.stem_end])
        })
}

/// Whether a folded word ends in the first person plural possessive after a stem of
/// three letters at least ("серіктестеріміз", "елдеріміз"; not "қымыз", kumis).
fn first_plural_possessed(word: &str) -> bool {
    (word.ends_with("ымыз") || word.ends_with("іміз")) && word.chars().count() >= 7
}

/// Whether word `k`, capitalised because it opens a sentence, cannot open a name: a stop
/// word, a form for "in X" ("Өңірдегі", "Біздегі"), or a noun in an oblique case ("Елде",
/// "Өртті"). A gazetteer entry there opens a name whatever its case.
fn cannot_open(r: &Rules<'_, '_>, k: usize) -> bool {
    use crate::entity::Case;
    if r.entity_over(k).is_some() {
        return false;
    }
    let w = r.fw(k);
    r.stop(k)
        || super::attributive_shaped(w)
        || split_name(w).1.is_some_and(|c| c != Case::Nominative)
}

/// A person the rules found: its bytes, and whether it has no suffix.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Person {
    start: usize,
    end: usize,
    bare: bool,
}

/// The first word of a name ending at word `h`: the leftmost capitalised word in the
/// unbroken run before it. A person the rules found (`persons`, in order) breaks the run
/// as a gazetteer person does ("Ерлан Сапаров Медеу аудандық полиция басқармасына" names
/// the body from Медеу), unless the name is given after the person: "Қаныш Сәтбаев
/// атындағы … университеті", or a building (`facility`) bears the person's bare name
/// ("Абай ескерткіші"; "Абайдың ескерткіші" is the person's).
fn name_start(r: &Rules<'_, '_>, h: usize, persons: &[Person], facility: bool) -> Option<usize> {
    let mut k = h;
    let mut first = r.words[h].cap.then_some(h);
    // Inside the person a name is given after.
    let mut named_after = false;
    while k > 0 && h - k < MAX_WORDS && r.adjacent(k - 1) {
        let found = person_over(persons, r.words[k - 1].start);
        let person =
            found.is_some() || r.entity_over(k - 1).is_some_and(|e| e.label == Label::Person);
        named_after = person && (named_after || r.fw(k) == "атындағы");
        let bears_name = facility && found.is_some_and(|p| p.bare);
        if !named_after && !bears_name && (person || breaks(r, k - 1)) {
            // A region or town in the genitive opens the body it owns ("Атырау облысының
            // денсаулық сақтау басқармасы", "Омбы облысының үкіметі").
            if let Some(region) = region_before(r, k - 1) {
                first = Some(region);
            }
            break;
        }
        k -= 1;
        if r.words[k].cap {
            first = Some(k);
        }
    }
    first
}

/// Heads of state bodies that a list names by their fields, the head in the plural after
/// the last: "Денсаулық сақтау, Білім және ғылым министрліктері" ('the ministries of
/// health and of education and science').
const LISTED_HEADS: [&str; 4] = ["министрлік", "комитет", "агенттік", "департамент"];
/// The most words a list of bodies runs over before its head.
const MAX_LIST_WORDS: usize = 12;

/// The first word of a list of state bodies ending at the plural head `h` (one of
/// [`LISTED_HEADS`]), KazNERD's one organisation: members are joined by commas or a
/// conjunction, and at least two of them open with a capital, the list's first word
/// among them. A name the gazetteer knows in the list makes it a list of those, or of
/// bodies they own ("Қазақстан мен Қытай министрліктері", "Xinhua және Reuters
/// агенттіктері"), which names no body of its own.
fn listed_bodies(r: &Rules<'_, '_>, h: usize) -> Option<usize> {
    if !LISTED_HEADS.iter().any(|head| r.fw(h).starts_with(head)) {
        return None;
    }
    let (mut first, mut joined_capitals, mut joined) = (None, 0, false);
    let mut k = h;
    while k > 0 && h - k < MAX_LIST_WORDS {
        // A member begins at word `k` after a comma, or after a conjunction (word `k - 1`);
        // a line break between them ends the list.
        let comma =
            r.text[r.words[k - 1].end()..r.words[k].start].trim_matches([' ', '\u{a0}']) == ",";
        let conjunction = r.adjacent(k - 1) && super::conjunction(r.fw(k - 1));
        // A capitalised member after a joiner counts once the list goes on before it.
        if (comma || conjunction) && r.words[k].cap && first == Some(k) {
            joined = true;
        }
        if conjunction {
            k -= 1;
            continue;
        }
        if !comma && (!r.adjacent(k - 1) || breaks(r, k - 1)) {
            break;
        }
        joined_capitals += usize::from(std::mem::take(&mut joined));
        k -= 1;
        if r.words[k].cap && r.sentence_start(k) && cannot_open(r, k) {
            break; // "Жобаға Білім, …": the sentence's capital
        }
        if r.entity_over(k).is_some() {
            return None;
        }
        if r.words[k].cap {
            first = Some(k);
        }
    }
    first.filter(|_| joined_capitals > 0)
}

/// The start of a military unit's number before the head at word `h`: "әскери" ('military')
/// right before the head, and before it a number of digits, with a second number after a
/// slash ("55/12") and a number sign ("№") allowed.
fn unit_number_before(r: &Rules<'_, '_>, h: usize) -> Option<usize> {
    let digits = |k: usize| r.fw(k).bytes().all(|b| b.is_ascii_digit());
    if h < 2 || !r.fw(h).starts_with("бөлім") || r.fw(h - 1) != "әскери" {
        return None;
    }
    if !r.adjacent(h - 1) || !r.adjacent(h - 2) || !digits(h - 2) {
        return None;
    }
    let mut first = h - 2;
    let gap = |k: usize| r.text[r.words[k - 1].end()..r.words[k].start].trim();
    if first > 0 && gap(first) == "/" && digits(first - 1) {
        first -= 1;
    }
    let mut start = r.words[first].start;
    let before = r.text[..start].trim_end_matches([' ', '\u{a0}']);
    if let Some(sign) = before.strip_suffix('№') {
        start = sign.len();
    }
    Some(start)
}

/// The first word of a place with its unit in the genitive ending at word `k`
/// ("Атырау облысының", "Өскемен қаласының"), if the gazetteer found one there.
fn region_before(r: &Rules<'_, '_>, k: usize) -> Option<usize> {
    let e = r.entity_over(k)?;
    let unit = r.unit_word(k) && genitive_shaped(r.fw(k));
    (unit && e.label == Label::Gpe && e.end == r.words[k].end()).then(|| r.word_from(e.start))
}

/// The person of `persons` (in order) that byte `pos` is inside, if any.
fn person_over(persons: &[Person], pos: usize) -> Option<Person> {
    let i = persons.partition_point(|p| p.start <= pos);
    persons[..i].last().filter(|p| pos < p.end).copied()
}

/// Adds organisation candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let first_new = out.len();
    // The persons the rules found, gathered at the first head.
    let mut persons: Option<Vec<Person>> = None;
    for h in 0..r.words.len() {
        if !r.is(h, Class::ORG_HEAD) {
            continue;
        }
        let word = r.fw(h);
        let Some(super::HeadForm { kind, len: lemma_len, chain, .. }) =
            super::org_head_forms(r.lex, word).find(|h| !h.quoted)
        else {
            continue;
        };
        if chain.derived {
            continue;
        }
        // The body named from byte `start` to the head, its stem and case the head's.
        let body = |start: usize, source: &'static str| {
            let stem_end = r.words[h].start + possessed_len(word, lemma_len, chain);
            RuleMatch::stemmed(
                r.text,
                (start, stem_end, r.words[h].end()),
                chain.case,
                kind,
                source,
            )
        };
        if chain.plural {
            // "мектептерінің": a plural head is a common noun, unless it ends a list of
            // state bodies named by their fields.
            if let Some(first) = listed_bodies(r, h) {
                out.push(body(r.words[first].start, "organisation_list"));
            }
            continue;
        }
        let after_adjective = h > 0 && r.adjacent(h - 1) && adjectival(r.fw(h - 1));
        if !(chain.possessive || after_adjective) {
            continue;
        }
        // A place's unit in the genitive right before "орталығы" makes the place's centre,
        // its chief town, no body: "Отырар ауданының орталығында".
        if word.starts_with("орталы")
            && h > 0
            && r.adjacent(h - 1)
            && r.unit_word(h - 1)
            && genitive_shaped(r.fw(h - 1))
        {
            continue;
        }
        // A military unit is named by its number: "5571 әскери бөлімі", "№ 3656 әскери
        // бөлімінде", "55/12 әскери бөлімінің".
        // Unpossessed, it is counted: "12 әскери бөлім" ('12 military units').
        if let Some(start) = unit_number_before(r, h).filter(|_| chain.possessive) {
            out.push(body(start, "organisation_number"));
            continue;
        }
        let persons = persons.get_or_insert_with(|| {
            let mut spans: Vec<_> = out[..first_new]
                .iter()
                // Not a word the gazetteer knows as something else (Медеу).
                .filter(|m| {
                    m.kind.label() == Label::Person
                        && r.entity_covering(m.start).is_none_or(|e| e.label == Label::Person)
                })
                .map(|m| Person { start: m.start, end: m.end, bare: m.stem_end == m.end })
                .collect();
            spans.sort_unstable();
            spans
        });
        let facility = kind.label() == Label::Facility;
        let Some(first) = name_start(r, h, persons, facility) else { continue };
        // A word of Latin letters, digits allowed ("Kazakh", "LRT", "Web3").
        let latin = |k: usize| {
            use crate::gazetteer::script::{has_latin, is_latin};
            let w = r.fw(k);
            w.chars().all(|c| is_latin(c) || c.is_ascii_digit()) && has_latin(w)
        };
        // A Latin word's capital is the name's, even at a sentence's start ("Royal Dutch
        // Shell компаниясы …").
        let first = if latin(first) { first } else { r.trim_sentence_start(first, h) };
        // A head alone opening a sentence is the common noun ("Компаниясы жабылды").
        if first == h && r.sentence_start(h) {
            continue;
        }
        // A bare head is a name only after a capitalised adjective that starts it ("Ұлттық
        // банк", "Еуразиялық экономикалық одақ"), not after a place that modifies a common
        // noun ("Әзербайжан стратегиялық серіктестігі" is possessed; "… серіктестікті" is not).
        if !chain.possessive
            && (first == h || !adjectival(r.fw(first)) || r.entity_at(first).is_some())
        {
            continue;
        }
        let start = r.words[first].start;
        // "Германия компаниясы" ('a German company'): a bare place before the head is
        // a modifier, not a name.
        if first + 1 == h
            && r.entity_at(first)
                .is_some_and(|e| e.label == Label::Gpe && e.end == r.words[first].end())
        {
            continue;
        }
        // A proper name before a generic head ("SCAT әуекомпаниясы", an abbreviation, or
        // a name of Latin-script words: "Kazakh Invest компаниясы") is the whole name; the
        // head stays outside (KazNERD).
        let name_word = &r.text[r.words[first].start..r.words[first].end()];
        if first < h
            && (first + 1 == h && super::abbreviation::is_abbreviation(name_word)
                || (first..h).all(latin))
        {
            out.push(RuleMatch::new(start, r.words[h - 1].end(), kind, "organisation_head"));
            continue;
        }
        // A common phrase opening a sentence has one capital, the sentence's: "Баспасөз
        // орталығында", "Мұнай компаниясында", "Медициналық қызмет". A name there needs a
        // known entity first or another capital; but a ministry's field is always named
        // ("Мәдениет министрлігі"), unless its first word cannot open a name ("Елдегі",
        // "Таяуда").
        let ministry = word.starts_with("министрлі") && !cannot_open(r, first);
        // Nor is a name of three words or more that an adjective of scope opens
        // ("Халықаралық су ресурстары қауымдастығы"); two are a common phrase ("Ұлттық
        // компаниясы").
        let scope = first + 1 < h && SCOPE_ADJECTIVES.contains(&r.fw(first));
        // A body's name that guillemets enclose whole is one, the guillemet's capital its
        // own («Жасыл әлем қоры»); a quotation has more than a name in them. A place's
        // nickname is no building: «Ескі айлақ» деп атайды ('they call it Old Harbour').
        let enclosed = !facility && r.alone_in_guillemets(first, h);
        if r.sentence_capital_only(first, h) && !ministry && !scope && !enclosed {
            continue;
        }
        let mut m = body(start, "organisation_head");
        // A known organisation before its head noun ("Kaspi банкі") keeps its id.
        if let Some(e) = r.entity_at(first).filter(|e| {
            e.label == Label::Organisation && e.end == r.words[h - 1].end() && e.stem_end == e.end
        }) {
            m.id = Some(e.id.clone());
            m.name = Some(e.name.clone());
            m.kind = e.kind;
        }
        out.push(m);
    }
    attached(r, first_new, out);
    guillemets(r, out);
    of_country(r, out);
}

/// A country, bare or genitive, right before a state body of the gazetteer names that
/// country's body: "Чехия Үкіметі", "Қазақстанның Парламентінде", "Ресейдің Мемлекеттік
/// думасы" are one organisation each (KazNERD tags them whole). It is the gazetteer body
/// itself when the body's id is that country's (a body's slug begins with its country's
/// code: `ORG:kz-government` for `GPE:KZ`); else a body of its own, named by the country's
/// stem and the body's.
fn of_country(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    for body in r.gazetteer.iter().filter(|e| e.kind == Kind::StateBody) {
        let h = r.word_from(body.start);
        if h == 0 || h >= r.words.len() || r.words[h].start != body.start || !r.adjacent(h - 1) {
            continue;
        }
        let Some(country) = r.entity_at(h - 1).filter(|c| {
            c.kind == Kind::Country
                && c.end == r.words[h - 1].end()
                && matches!(c.case, None | Some(crate::Case::Nominative | crate::Case::Genitive))
        }) else {
            continue;
        };
        let mut m = RuleMatch::new(country.start, body.end, body.kind, "organisation_of_country");
        m.stem_end = body.stem_end;
        m.case = body.case;
        let code = country.id.as_str().strip_prefix("GPE:").unwrap_or("");
        let slug = body.id.as_str().strip_prefix("ORG:").unwrap_or("");
        let its_own = slug.len() > code.len()
            && slug.as_bytes()[code.len()] == b'-'
            && slug[..code.len()].eq_ignore_ascii_case(code);
        if its_own {
            m.id = Some(body.id.clone());
            m.name = Some(body.name.clone());
        } else {
            // The country's stem: "Ресейдің Үкіметі" and "Ресей Үкіметі" are one body.
            let name = format!(
                "{} {}",
                &r.text[country.start..country.stem_end],
                &r.text[body.start..body.stem_end]
            );
            m.name = Some(Arc::from(name));
        }
        out.push(m);
    }
}

/// "X жанындағы Y": X is a body, place or title; Y an organisation (gazetteer or rule).
fn attached(r: &Rules<'_, '_>, first_new: usize, out: &mut Vec<RuleMatch>) {
    for j in 1..r.words.len().saturating_sub(1) {
        if r.fw(j) != "жанындағы" || !r.adjacent(j) || !r.adjacent(j - 1) {
            continue;
        }
        let y_start = r.words[j + 1].start;
        // Y: the longest organisation starting right after.
        let from_rules = out[first_new..]
            .iter()
            .filter(|m| m.start == y_start && m.kind.label() == Label::Organisation)
            .max_by_key(|m| m.end)
            .map(|m| (m.end, m.stem_end, m.case, m.id.clone(), m.name.clone()));
        let from_gazetteer = r
            .entity_at(j + 1)
            .filter(|e| e.label == Label::Organisation)
            .map(|e| (e.end, e.stem_end, e.case, Some(e.id.clone()), Some(e.name.clone())));
        let y = match (from_rules, from_gazetteer) {
            (Some(a), Some(b)) => {
                if a.0 > b.0 {
                    a
                } else {
                    b
                }
            }
            (a, b) => match a.or(b) {
                Some(y) => y,
                None => continue,
            },
        };
        // X: a short capitalised run before "жанындағы".
        let mut first = None;
        let mut k = j;
        while k > 0 && j - k < 4 && (k == j || r.adjacent(k - 1)) {
            k -= 1;
            if r.words[k].cap && !r.stop(k) {
                first = Some(k);
            }
            if k + 1 < j && !r.adjacent(k) {
                break;
            }
        }
        let Some(first) = first else { continue };
        let start = r.words[first].start;
        let (end, stem_end, case, id, name) = y;
        let mut m = RuleMatch::new(start, end, Kind::Organisation, "organisation_attached");
        m.stem_end = stem_end;
        m.case = case;
        m.id = id;
        m.name = name;
        out.push(m);
    }
}

/// «Name» followed by a legal form or a head noun: the name inside the guillemets is a
/// company, or what the head says. Names listed before it ("«A», «B» және «C» жобалары")
/// are of the same kind.
/// One with no head that closes a line of names is a programme (see `credits`).
fn guillemets(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let text = r.text;
    let mut from = 0;
    // The names (start, end) listed so far without a head, and where the last one's
    // closing guillemet ends.
    let mut listed: Vec<(usize, usize)> = Vec::new();
    let mut list_end = None;
    let mut credits = super::credits::Credits::default();
    while let Some(open) = text[from..].find('«').map(|i| from + i) {
        let inner = open + '«'.len_utf8();
        let Some(close) = text[inner..].find(['»', '«', '\n']).map(|i| inner + i) else { break };
        from = close.max(inner);
        let name = text[inner..close].trim();
        if !text[close..].starts_with('»')
            || close - inner > 120
            || !name.starts_with(crate::normalize::is_upper)
        {
            listed.clear();
            list_end = None;
            continue;
        }
        // A comma or a conjunction between two names in guillemets lists them.
        let lists = |gap: &str| {
            let gap = gap.trim();
            matches!(gap, "," | "немесе") || super::conjunction(gap)
        };
        if !list_end.is_some_and(|e| lists(&text[e..open])) {
            listed.clear();
        }
        let start = inner + (text[inner..close].len() - text[inner..close].trim_start().len());
        let after = close + '»'.len_utf8();
        let Some(kind) = kind_after(r, after) else {
            if credits.closes(r, out, open, after) {
                let mut m = RuleMatch::new(start, start + name.len(), Kind::Work, "work_credits");
                m.name = Some(Arc::from(name));
                out.push(m);
                listed.clear();
                list_end = None;
                continue;
            }
            listed.push((start, start + name.len()));
            list_end = Some(after);
            continue;
        };
        list_end = None;
        let source = match kind.label() {
            Label::Organisation | Label::Facility => "organisation_guillemets",
            _ => "title_guillemets",
        };
        for (s, e) in listed.drain(..).chain([(start, start + name.len())]) {
            // A model after its maker is the product, the maker stays an organisation:
            // «Боинг [737]» ұшағы.
            let s = if kind == Kind::Product { super::product::after_maker(r, s, e) } else { s };
            out.push(quoted_name(r, (s, e), kind, source));
        }
    }
}

/// The match for the name in guillemets at bytes `s..e`, named by its text. An
/// organisation's name in the genitive is named by its stem: «Тау самалының»
/// қызметкерлері is «Тау самалы»'s staff.
fn quoted_name(
    r: &Rules<'_, '_>,
    (s, e): (usize, usize),
    kind: Kind,
    source: &'static str,
) -> RuleMatch {
    use crate::entity::Case;
    let last = r.folded[s..e].rfind(' ').map_or(s, |i| s + i + 1);
    // The cheap tests first: most names are bare.
    if kind.label() == Label::Organisation && genitive_shaped(&r.folded[last..e]) {
        let (len, case) = split_name(&r.folded[last..e]);
        if case == Some(Case::Genitive) && last + len < e {
            return RuleMatch::stemmed(r.text, (s, last + len, e), case, kind, source);
        }
    }
    let mut m = RuleMatch::new(s, e, kind, source);
    m.name = Some(Arc::from(&r.text[s..e]));
    m
}

/// The kind of a name in guillemets closed before `pos`, by what follows: a legal form
/// makes a company; a head noun what it says when it is no organisation's («Шағала»
/// шипажайы, «Нұрлы жол» бағдарламасы, «Абай жолы» романы) or a channel's («Хабар»
/// арнасы), and a company otherwise: the other organisation heads (агенттігі, қоры) do
/// not tell a company from a body.
fn kind_after(r: &Rules<'_, '_>, pos: usize) -> Option<Kind> {
    let after = r.text[pos..].trim_start_matches([' ', '\u{a0}']);
    let legal = LEGAL_FORMS.iter().any(|f| {
        after.starts_with(f)
            && !after[f.len()..].starts_with(|c: char| crate::normalize::is_letter(c))
    });
    if legal {
        return Some(Kind::Company);
    }
    head_phrase_follows(r, pos)
        .map(
            |k| {
                if k.label() == Label::Organisation && k != Kind::Media {
                    Kind::Company
                } else {
                    k
                }
            },
        )
        .or_else(|| staff_follows(r, pos).then_some(Kind::Organisation))
}

/// Nouns for the people of a body, which a name in guillemets possesses only when it
/// names an organisation: «Жасыл дала» мамандары ('the specialists of …'), «Барыс»
/// ойыншылары, «Ақжол» басшылығы. Not the graduates of a programme («Болашақ»
/// түлектері) nor the residents of a housing estate («Сұңқар» тұрғындары).
const STAFF: [&str; 10] = [
    "маман",
    "қызметкер",
    "өкіл",
    "жұмысшы",
    "ойыншы",
    "акционер",
    "жанкүйер",
    "басшылық",
    "ұжым",
    "мүше",
];

static STAFF_LEMMAS: once_cell::sync::Lazy<Vec<(&'static str, crate::morph::Stem)>> =
    once_cell::sync::Lazy::new(|| super::with_stems(&STAFF));

/// Whether the word right after `pos` (spaces between) is one of [`STAFF`], possessed:
/// «…» мамандары, «…» басшылығымен, «…» ұжымының.
fn staff_follows(r: &Rules<'_, '_>, pos: usize) -> bool {
    let k = r.word_from(pos);
    if k >= r.words.len() || r.words[k].cap || !super::spaces_only(&r.text[pos..r.words[k].start]) {
        return false;
    }
    staff_form(r.fw(k)).is_some_and(|c| c.possessive)
}

/// The suffix chain of the folded `word` as a form of one of [`STAFF`], the people of a
/// body ("өкілдері", "басшылығымен"), no derived word.
pub(crate) fn staff_form(word: &str) -> Option<crate::morph::Chain> {
    super::lemma_in(word, &STAFF_LEMMAS).map(|(_, c)| c).filter(|c| !c.derived)
}

/// The kind of the organisation head noun that ends a short lower-case phrase right after
/// `pos`, if one does: «Астана» халықаралық қаржы орталығы, «Хабар» агенттігі,
/// «Самұрық-Қазына» қоры, «Шағала» шипажайы.
fn head_phrase_follows(r: &Rules<'_, '_>, pos: usize) -> Option<Kind> {
    let k = r.word_from(pos);
    if k >= r.words.len() || !r.text[pos..r.words[k].start].trim().is_empty() {
        return None;
    }
    // After "атты" ('named') or "деген" ('called') the head is bare: «…» атты форум.
    let mut named = false;
    for h in k..(k + 4).min(r.words.len()) {
        if r.words[h].cap || (h > k && !r.adjacent(h - 1)) {
            return None;
        }
        let w = r.fw(h);
        // Every head, the `quoted` ones too (which have no class): this runs after
        // guillemets only.
        let head =
            super::org_head_forms(r.lex, w).find(|h| h.chain.possessive || named).map(|h| h.kind);
        if head.is_some() {
            return head;
        }
        // A brand names what it marks: «Брент» маркалы мұнай.
        if w == "маркалы" {
            return Some(Kind::Product);
        }
        named |= matches!(w, "атты" | "деген" | "аталатын" | "аталған");
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn orgs(text: &str) -> Vec<String> {
        found(text, |k| k.label() == crate::Label::Organisation)
    }

    #[test]
    fn head_nouns() {
        assert_eq!(
            orgs("Ауыл шаруашылығы министрлігінің мәліметінше"),
            ["ORGANISATION Ауыл шаруашылығы министрлігінің"]
        );
        assert_eq!(
            orgs("Кеше Каспий логистикалық қауымдастығы мәлімдеді."),
            ["ORGANISATION Каспий логистикалық қауымдастығы"]
        );
        assert_eq!(
            orgs("Ол Жетісу инновациялық орталығында жұмыс істейді."),
            ["ORGANISATION Жетісу инновациялық орталығында"]
        );
        assert_eq!(
            orgs("Еуразиялық даму банкі несие берді."),
            ["ORGANISATION Еуразиялық даму банкі"]
        );
    }

    #[test]
    fn a_department_is_a_body() {
        assert_eq!(
            orgs("Мақтаарал аудандық жер қатынастары бөлімі мәлімдеме таратты."),
            ["ORGANISATION Мақтаарал аудандық жер қатынастары бөлімі"]
        );
        // A common noun with no name before it is no body.
        assert_eq!(orgs("Ол ауруханаға, жансақтау бөліміне жеткізілді."), Vec::<String>::new());
    }

    #[test]
    fn an_abbreviation_before_a_capitalised_name_is_a_body_of_its_own() {
        let found = |text: &str| {
            crate::rules::tests::found(text, |k| {
                use crate::Label::*;
                matches!(k.label(), Organisation | Position)
            })
        };
        assert_eq!(
            found("Кеше ЕО Сауда комитеті мәлімдеме жасады."),
            ["ORGANISATION ЕО", "ORGANISATION Сауда комитеті"]
        );
        assert_eq!(
            found("ТМҰ Мәдениет бөлімінің басшысы келді."),
            ["ORGANISATION ТМҰ", "POSITION Мәдениет бөлімінің басшысы"]
        );
        // A full name runs on into its part.
        assert_eq!(
            found("Кеше Еуропалық Одақ Сауда комитеті мәлімдеме жасады."),
            ["ORGANISATION Еуропалық Одақ Сауда комитеті"]
        );
    }

    #[test]
    fn a_military_unit_is_named_by_its_number() {
        let found = |text: &str| {
            crate::rules::tests::found(text, |k| {
                use crate::Label::*;
                matches!(k.label(), Organisation | Cardinal)
            })
        };
        assert_eq!(
            found("Ант қабылдау рәсімі 5571 әскери бөлімінде өтті."),
            ["ORGANISATION 5571 әскери бөлімінде"]
        );
        assert_eq!(
            found("Жаттығу № 3656 әскери бөлімінің полигонында басталды."),
            ["ORGANISATION № 3656 әскери бөлімінің"]
        );
        assert_eq!(
            found("Жастар 71/20 әскери бөліміне барды."),
            ["ORGANISATION 71/20 әскери бөліміне"]
        );
        // Unpossessed, the number counts units.
        assert_eq!(found("Облыста 12 әскери бөлім орналасқан."), ["CARDINAL 12"]);
    }

    #[test]
    fn a_genitive_before_a_common_word_owns_the_head() {
        // What a genitive owns is no body's name: the duties of a person, a date.
        assert_eq!(orgs("Ол Әкімнің кеңесшісі қызметін атқарды."), Vec::<String>::new());
        assert_eq!(
            orgs("Ол бұрын Қорғанбек қыркүйектің соңғы күні ресми қызметіне кірісті."),
            Vec::<String>::new()
        );
        // A place's unit in the genitive, and a genitive before a capital, are the name's.
        assert_eq!(
            orgs("Түркістан облысының жастар саясаты басқармасы хабарлады."),
            ["ORGANISATION Түркістан облысының жастар саясаты басқармасы"]
        );
        assert_eq!(
            orgs("Кеше Түркі Халықтарының Мәдениет қоры жиын өткізді."),
            ["ORGANISATION Түркі Халықтарының Мәдениет қоры"]
        );
        // A unit's centre is its chief town; a centre with a field is a body.
        assert_eq!(orgs("Жол Сайрам ауданының орталығына дейін жөнделді."), Vec::<String>::new());
        assert_eq!(
            orgs("Сайрам ауданының жастар орталығы ашылды."),
            ["ORGANISATION Сайрам ауданының жастар орталығы"]
        );
    }

    #[test]
    fn a_possessed_role_ends_a_title_that_no_name_crosses() {
        assert_eq!(
            orgs(
                "Сондай-ақ Мемлекет басшысы Astra Media Group компаниясының өкілдерімен кездесті."
            ),
            ["ORGANISATION Astra Media Group"]
        );
    }

    #[test]
    fn a_bare_head_after_an_adjective() {
        // Loan adjectives in -и and Жоғары are adjectives too.
        assert_eq!(
            orgs("Үлгілер Республикалық ғылыми орталықта сақталады."),
            ["ORGANISATION Республикалық ғылыми орталықта"]
        );
        assert_eq!(
            orgs("Кеше Жоғары аудиторлық кеңес мәлімдеме жасады."),
            ["ORGANISATION Жоғары аудиторлық кеңес"]
        );
        assert_eq!(
            orgs("Өтініш Түркітілдес елдер Парламенттік ассамблеясына жолданды."),
            ["ORGANISATION Түркітілдес елдер Парламенттік ассамблеясына"]
        );
        assert_eq!(
            orgs("Биыл Еуразиялық сутегі альянсы құрылды."),
            ["ORGANISATION Еуразиялық сутегі альянсы"]
        );
        // A noun in -и is no adjective: the head after it stays a common noun.
        assert_eq!(orgs("Ол Тбилиси орталығында тұрады."), Vec::<String>::new());
        assert_eq!(orgs("Жиын ғылыми орталықта өтті."), Vec::<String>::new());
    }

    #[test]
    fn a_person_before_a_name_is_not_part_of_it() {
        let found = |text: &str| {
            crate::rules::tests::found(text, |k| {
                use crate::Label::*;
                matches!(k.label(), Person | Organisation | Facility)
            })
        };
        // A person the rules found, bare or in a case, ends the name before its head.
        assert_eq!(
            found("Кеше Ерлан Сапаров Медеу аудандық полиция басқармасына шағым түсірді."),
            ["PERSON Ерлан Сапаров", "ORGANISATION Медеу аудандық полиция басқармасына"]
        );
        assert_eq!(
            found("Әнші Айгерім Қасенова Халықаралық музыка одағының марапатын алды."),
            ["PERSON Айгерім Қасенова", "ORGANISATION Халықаралық музыка одағының"]
        );
        assert_eq!(found("Ол Нұрланның орталығында оқыды."), ["PERSON Нұрланның"]);
        // A name given after a person, and a building that bears a person's bare name.
        assert_eq!(
            found("Ол Қаныш Сәтбаев атындағы Қазақ ұлттық техникалық университетінде оқиды."),
            ["ORGANISATION Қаныш Сәтбаев атындағы Қазақ ұлттық техникалық университетінде"]
        );
        assert_eq!(
            found("Гүлдер Мұқағали ескерткішіне қойылды."),
            ["FACILITY Мұқағали ескерткішіне"]
        );
        assert_eq!(found("Мұқағалидың биік ескерткіші тұр."), ["PERSON Мұқағалидың"]);
    }

    #[test]
    fn attached_bodies_and_legal_forms() {
        assert_eq!(
            orgs("Үкімет жанындағы Жастар саясаты кеңесінің отырысы өтті."),
            ["ORGANISATION Үкімет жанындағы Жастар саясаты кеңесінің"]
        );
        assert_eq!(orgs("«Каспий жолы» ЖШС кеме сатып алды."), ["ORGANISATION Каспий жолы"]);
        assert_eq!(orgs("«Тамаша» деп атады."), Vec::<String>::new());
        assert_eq!(orgs("«Жетіген» қоры грант берді."), ["ORGANISATION Жетіген"]);
        // A name in Latin script before a head noun: the head stays outside.
        assert_eq!(
            orgs("Келісімге Steppe Rail Logistics компаниясы қол қойды."),
            ["ORGANISATION Steppe Rail Logistics"]
        );
        assert_eq!(
            orgs("Steppe Rail Logistics компаниясы жабылды."),
            ["ORGANISATION Steppe Rail Logistics"]
        );
    }

    #[test]
    fn generic_heads_name_only_what_is_in_guillemets() {
        assert_eq!(
            orgs("Жұмысқа «Ертіссушар» республикалық мемлекеттік кәсіпорны кірісті."),
            ["ORGANISATION Ертіссушар"]
        );
        assert_eq!(
            orgs("«Орманқорғау» мекемесінің мамандары келді."),
            ["ORGANISATION Орманқорғау"]
        );
        assert_eq!(orgs("Құзырлы мекеме жауап берді."), Vec::<String>::new());
        assert_eq!(orgs("«Көне қала» тақырыбына арналған кеш өтті."), Vec::<String>::new());
        // Ensembles, channels, teams and bands in guillemets; a team or band of capitals
        // without them is not one ("Жұмыс тобы" is a working group).
        assert_eq!(orgs("Кеште «Сарыарқа» би ансамблі өнер көрсетті."), ["ORGANISATION Сарыарқа"]);
        assert_eq!(orgs("«Жетісу» телеканалы жаңа жоба бастады."), ["ORGANISATION Жетісу"]);
        assert_eq!(orgs("Финалда «Ертіс» командасы жеңді."), ["ORGANISATION Ертіс"]);
        assert_eq!(orgs("«Дала сазы» тобының әншілері келді."), ["ORGANISATION Дала сазы"]);
        assert_eq!(orgs("Жұмыс тобы құрылды."), Vec::<String>::new());
        assert_eq!(orgs("Өңірде Мемлекеттік кәсіпорын құрылды."), Vec::<String>::new());
    }

    #[test]
    fn a_name_in_guillemets_before_the_people_of_a_body_is_the_body() {
        assert_eq!(orgs("«Жасыл дала» мамандары ауылға барды."), ["ORGANISATION Жасыл дала"]);
        assert_eq!(
            orgs("Бұл туралы «Ақжол Логистик» басшылығы мәлімдеді."),
            ["ORGANISATION Ақжол Логистик"]
        );
        assert_eq!(
            orgs("Жиынға «Қарасу» және «Көктем су» өкілдері келді."),
            ["ORGANISATION Қарасу", "ORGANISATION Көктем су"]
        );
        // Its name in the genitive names it by the stem.
        let ex = crate::extract("«Тау самалының» қызметкерлері наразылық білдірді.");
        assert_eq!(
            ex.entities.iter().map(|e| (e.text, e.id.as_str())).collect::<Vec<_>>(),
            [("Тау самалының", "ORG~тау-самалы")]
        );
        // Graduates and residents are no body's staff; nor is what no possessive ties.
        assert_eq!(orgs("«Болашақ» түлектері жиналды."), Vec::<String>::new());
        assert_eq!(orgs("«Сұңқар» тұрғындары шағымданды."), Vec::<String>::new());
        assert_eq!(orgs("Олар «Жаңа өмір» деп атады, мамандар келісті."), Vec::<String>::new());
    }

    #[test]
    fn a_body_that_guillemets_enclose_whole_is_named_at_their_capital() {
        assert_eq!(orgs("Кеше «Мейірім қоры» жаңа жоба бастады."), ["ORGANISATION Мейірім қоры"]);
        assert_eq!(
            orgs("«Жасыл әлем қорының» өкілдері келді."),
            ["ORGANISATION Жасыл әлем қорының"]
        );
        // A quotation holds more than the name; a place's nickname is no building.
        assert_eq!(orgs("«Қордың жұмысы жақсы», – деді ол."), Vec::<String>::new());
        let facilities =
            found("Тұрғындар оны «Ескі айлақ» деп атайды.", |k| {
                k.label() == crate::Label::Facility
            });
        assert_eq!(facilities, Vec::<String>::new());
    }

    #[test]
    fn a_country_before_its_state_body() {
        let ids = |text: &str| {
            let ex = crate::extract(text);
            let orgs = ex.entities.iter().filter(|e| e.label == crate::Label::Organisation);
            orgs.map(|e| format!("{} {}", e.text, e.id)).collect::<Vec<_>>()
        };
        // The body of that country keeps its gazetteer id; another country's is its own.
        assert_eq!(
            ids("Қазақстан Үкіметі шешім қабылдады."),
            ["Қазақстан Үкіметі ORG:kz-government"]
        );
        assert_eq!(
            ids("Бұл мәселе Қазақстанның Парламентінде қаралды."),
            ["Қазақстанның Парламентінде ORG:kz-parliament"]
        );
        assert_eq!(
            ids("Чехия Үкіметі мәлімдеді. Чехияның Үкіметімен келісім жасалды."),
            ["Чехия Үкіметі ORG~чехия-үкімет", "Чехияның Үкіметімен ORG~чехия-үкімет"]
        );
        // A country in another case is not the body's.
        assert_eq!(ids("Қазақстанға Үкімет көмектесті."), ["Үкімет ORG:kz-government"]);
    }

    #[test]
    fn a_homograph_name_needs_its_capital() {
        // «Хабар» the agency; хабар 'news'.
        assert_eq!(orgs("Бұл туралы «Хабар» агенттігі жазды."), ["ORGANISATION Хабар"]);
        assert_eq!(orgs("Бұл хабар бәрін қуантты."), Vec::<String>::new());
    }

    #[test]
    fn parts_of_a_city_named_in_guillemets_are_places() {
        let places = |text: &str| found(text, |k| k.label() == crate::Label::Location);
        assert_eq!(places("Олар «Самал» шағынауданында тұрады."), ["LOCATION Самал"]);
        assert_eq!(places("«Жаңа қоныс» тұрғын алабына су келді."), ["LOCATION Жаңа қоныс"]);
        assert_eq!(places("Шағынауданда жол жөнделді."), Vec::<String>::new());
    }

    #[test]
    fn facilities_from_head_nouns() {
        let facilities = |text: &str| found(text, |k| k.label() == crate::Label::Facility);
        assert_eq!(
            facilities("Биыл Қаратомар су қоймасынан су жіберілді."),
            ["FACILITY Қаратомар су қоймасынан"]
        );
        assert_eq!(
            facilities("Ол Ұлттық академиялық кітапханада сөйледі."),
            ["FACILITY Ұлттық академиялық кітапханада"]
        );
        assert_eq!(facilities("Демалушылар «Самал» шипажайына барды."), ["FACILITY Самал"]);
        // A plant is a facility, as KazNERD tags it.
        assert_eq!(
            facilities("Жөндеуден кейін Шымкент мұнай өңдеу зауыты іске қосылды."),
            ["FACILITY Шымкент мұнай өңдеу зауыты"]
        );
        // A complex only after a name in guillemets: "тұрғын үй кешені" alone is none.
        assert_eq!(
            facilities("Жаңа «Ақжайық» тұрғын үй кешенінде жарық жоқ."),
            ["FACILITY Ақжайық"]
        );
        assert_eq!(facilities("Тұрғын үй кешенінде жарық жоқ."), Vec::<String>::new());
        // A common noun opening a sentence, and a count of stations, are not names.
        assert_eq!(facilities("Электр станциясында апат болды."), Vec::<String>::new());
        assert_eq!(
            facilities("Ауданда бес кіші су электр станциясы салынды."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn generic_heads_are_not_names() {
        assert_eq!(orgs("ұйымның күн тәртібінде"), Vec::<String>::new());
        assert_eq!(orgs("Бұл орталығы бар."), Vec::<String>::new());
        // A capitalised head with no name before it, at the very start of the text.
        assert_eq!(orgs("Компаниясы жабылды."), Vec::<String>::new());
    }

    #[test]
    fn a_common_noun_opening_a_sentence_names_no_body() {
        assert_eq!(orgs("Мұнай компаниясында вахта басталды."), Vec::<String>::new());
        assert_eq!(orgs("Медициналық қызмет тегін көрсетіледі."), Vec::<String>::new());
        assert_eq!(orgs("Кеше Мұнай компаниясы мәлімдеді."), ["ORGANISATION Мұнай компаниясы"]);
        assert_eq!(orgs("Мәдениет министрлігі хабарлады."), ["ORGANISATION Мәдениет министрлігі"]);
    }

    #[test]
    fn an_adjective_of_scope_opens_a_name_of_three_words_or_more() {
        assert_eq!(
            orgs("Халықаралық су ресурстары қауымдастығы баяндама жариялады."),
            ["ORGANISATION Халықаралық су ресурстары қауымдастығы"]
        );
        assert_eq!(
            orgs("Ұлттық ғарыш зерттеулері орталығы жаңа спутник ұшырды."),
            ["ORGANISATION Ұлттық ғарыш зерттеулері орталығы"]
        );
        // Two words are a common phrase, and other adjectives need a capital of the name.
        assert_eq!(orgs("Ұлттық компаниясы жаңа жоба бастады."), Vec::<String>::new());
        assert_eq!(orgs("Аймақтық су ресурстары басқармасы хабарлады."), Vec::<String>::new());
    }

    #[test]
    fn a_point_of_the_compass_opening_a_sentence_names_the_region_with_its_place() {
        assert_eq!(
            orgs("Батыс Қазақстан облыстық ветеринария басқармасы тексеру жүргізді."),
            ["ORGANISATION Батыс Қазақстан облыстық ветеринария басқармасы"]
        );
        // Before a word the gazetteer does not know, it is the sentence's capital.
        assert_eq!(
            orgs("Шығыс Сарыбел жолдары басқармасы жөндеу бастады."),
            ["ORGANISATION Сарыбел жолдары басқармасы"]
        );
    }

    #[test]
    fn state_bodies_listed_by_their_fields_before_a_plural_head_are_one_body() {
        assert_eq!(
            orgs("Жобаға Білім, Мәдениет және спорт министрліктері қатысады."),
            ["ORGANISATION Білім, Мәдениет және спорт министрліктері"]
        );
        assert_eq!(
            orgs("Қаржы және Ұлттық экономика министрліктерінің өкілдері келді."),
            ["ORGANISATION Қаржы және Ұлттық экономика министрліктерінің"]
        );
        // A plural head alone, one field, or the bodies of known names: no list of bodies.
        assert_eq!(orgs("Барлық министрліктер есеп берді."), Vec::<String>::new());
        assert_eq!(orgs("Ол Энергетика министрліктерінде істеді."), Vec::<String>::new());
        assert_eq!(orgs("Жапония мен Корея министрліктері келісті."), Vec::<String>::new());
        // A line break ends the list: the line before is another sentence's end.
        assert_eq!(
            orgs("Есепті Қаржы\nжәне Мәдениет министрліктері қарады."),
            Vec::<String>::new()
        );
        assert_eq!(
            orgs("Есепті Қаржы,\nМәдениет және спорт министрліктері қарады."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_postposition_or_what_the_speakers_possess_breaks_a_name() {
        // Each opens the sentence with an adjective-shaped word, which may open a name.
        assert_eq!(
            orgs("Егемендік алғаннан кейін Ботаника институты жаңа ғимаратқа көшті."),
            ["ORGANISATION Ботаника институты"]
        );
        assert_eq!(
            orgs("Шетелдік серіктестеріміз Азия инвестиция қоры арқылы келді."),
            ["ORGANISATION Азия инвестиция қоры"]
        );
    }

    #[test]
    fn a_sentence_opened_by_a_word_no_name_begins_with_is_common() {
        // A noun in an oblique case, a form for "in X", an adverb, a local adjective.
        assert_eq!(orgs("Ауданда жаңа спорт академиясы ашылды."), Vec::<String>::new());
        assert_eq!(orgs("Қаладағы банк несие беруді тоқтатты."), Vec::<String>::new());
        assert_eq!(orgs("Таяуда тұрғындар кооперативі құрылды."), Vec::<String>::new());
        assert_eq!(orgs("Аудандық мәслихат шешім қабылдады."), Vec::<String>::new());
        // The same first words do not stop a name that has a capital of its own, and a
        // sentence may still open with a name.
        assert_eq!(
            orgs("Таяуда Ұлттық ғылым академиясы мәлімдеді."),
            ["ORGANISATION Ұлттық ғылым академиясы"]
        );
        assert_eq!(
            orgs("Энергетика министрлігі мәлімдеме жасады."),
            ["ORGANISATION Энергетика министрлігі"]
        );
    }

    /// `LABEL text` of every entity that is no organisation's, facility's or place's.
    fn titles(text: &str) -> Vec<String> {
        use crate::Label::{Art, Event, Project};
        found(text, |k| matches!(k.label(), Project | Art | Event))
    }

    #[test]
    fn a_name_in_guillemets_is_what_its_head_noun_says() {
        let cases = [
            ("Ауылда «Жасыл ел» бағдарламасы аясында ағаш отырғызылды.", "PROJECT Жасыл ел"),
            ("Жазушының «Көк түрік» романы жарық көрді.", "ART Көк түрік"),
            ("Ұстаз «Құрмет» орденімен марапатталды.", "ART Құрмет"),
            ("Оқушылар «Зерде» байқауында жүлде алды.", "EVENT Зерде"),
            // After "атты" ('named') the head is bare.
            ("Қалада «Дала сазы» атты фестиваль өтті.", "EVENT Дала сазы"),
            ("Ол «Тіл тағдыры» деген мақаласында жазды.", "ART Тіл тағдыры"),
            ("Сахнада «Көшпенділер» трилогиясының бөлімі қойылды.", "ART Көшпенділер"),
            ("Оқушылар «Алтын сақа» әңгімесін оқыды.", "ART Алтын сақа"),
            // "арнайы" ('special') and "арналған" ('dedicated') are no channel (арна).
            ("Біз «Алтын дән» арнайы жобасын бастадық.", "PROJECT Алтын дән"),
            ("Ол «Дала үні» арнайы сыйлығын алды.", "ART Дала үні"),
        ];
        for (text, want) in cases {
            assert_eq!(titles(text), [want], "help: {text}");
        }
    }

    #[test]
    fn names_listed_in_guillemets_take_the_head_after_the_last() {
        assert_eq!(
            titles("«Таза өзен», «Жасыл аула» және «Мектепке жол» жобалары іске қосылды."),
            ["PROJECT Таза өзен", "PROJECT Жасыл аула", "PROJECT Мектепке жол"]
        );
        // A name with a head of its own keeps it; a name the list does not reach has none.
        assert_eq!(orgs("«Ақ жол» партиясы мен «Жасыл ел» бағдарламасы"), ["ORGANISATION Ақ жол"]);
        assert_eq!(titles("«Ақ жол» партиясы мен «Жасыл ел» бағдарламасы"), ["PROJECT Жасыл ел"]);
        assert_eq!(
            titles("Ол «Таза өзен» деді. Кейін «Жасыл аула» жобасы басталды."),
            ["PROJECT Жасыл аула"]
        );
    }

    #[test]
    fn quotes_and_lower_case_in_guillemets_name_nothing() {
        // A quotation, a lower-case word, and a head with something else between.
        assert_eq!(titles("«Біз жеңеміз», – деді жаттықтырушы."), Vec::<String>::new());
        assert_eq!(titles("Ол «жақсы» бағдарлама дайындады."), Vec::<String>::new());
        assert_eq!(titles("«Жеңіс бізбен», — деп бағдарламасын ашты."), Vec::<String>::new());
        // A head for nothing else than a name in guillemets: not after capitals alone.
        assert_eq!(titles("Мемлекеттік бағдарламасы қабылданды."), Vec::<String>::new());
    }
}
