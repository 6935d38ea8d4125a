//! Facilities that no list holds and no head noun names alone:
//!
//! - roads between places, written with dashes: "Атырау – Астрахань күрежолы",
//!   «Омбы – Майқапшағай» автожолы, «Алматы – Шу – Астана» (a list of roads in guillemets).
//!   Following KazNERD, the name is the places and their dashes; the head noun stays
//!   outside. A dash between two names is also a copula ("Астана – еліміздің астанасы")
//!   or a pair ("Қазақстан – Ресей қатынасы", «Қазақстан – Қытай» форумы), so a road
//!   needs evidence: a road noun right after it, or a place in a list with such a road
//!   ("Көкшетау – Астана және Бурабай – Астана бағытындағы жолдар"), or a list of such
//!   pairs each in guillemets of its own.
//! - numbered institutions: "нөмірі 23 мектепте", "№ 5 қалалық емхана", "нөмірі 111-інші
//!   сайлау учаскесінде". The name runs from the number's sign to the head noun, whose
//!   case suffix is kept in the span as for every name, and takes in the town it is in
//!   right before it ("Ақтаудағы № 5 мектеп", "Ақтау қаласындағы № 5 мектеп").

use std::sync::Arc;

use once_cell::sync::Lazy;

use super::place::place_word;
use super::{lemma_in, possessed_len, split_name, with_stems, RuleMatch, Rules};
use crate::entity::{Kind, Label};
use crate::morph::Stem;

/// Nouns for a road or a line that a pair of places names (folded, nominative).
const ROAD_NOUNS: &[&str] = &[
    "жол",
    "тасжол",
    "автожол",
    "күрежол",
    "теміржол",
    "трасса",
    "бағыт",
    "дәліз",
    "құбыр",
    "газқұбыр",
    "мұнайқұбыр",
    "өткел",
    "рейс",
    "пойыз",
];

/// Institutions that are known by their number (folded, nominative).
const NUMBERED: &[&str] = &[
    "мектеп",
    "лицей",
    "гимназия",
    "балабақша",
    "колледж",
    "учаске",
    "бөлімше",
    "аурухана",
    "емхана",
    "перзентхана",
    "дәріхана",
    "кітапхана",
    "орталық",
    "колония",
    "интернат",
];

/// Places in one road, at most ("Ақтөбе – Атырау – Астрахань").
const MAX_PLACES: usize = 6;

/// Words between a number and its institution's head noun, at most.
const MAX_BETWEEN: usize = 4;

static ROAD_LEMMAS: Lazy<Vec<(&'static str, Stem)>> = Lazy::new(|| with_stems(ROAD_NOUNS));
static NUMBERED_LEMMAS: Lazy<Vec<(&'static str, Stem)>> = Lazy::new(|| with_stems(NUMBERED));

/// The lemma of `list` that the folded `word` is a form of, with its length as written
/// in the word and the suffix chain ("мектебінде" → "мектеп"). A hyphenated word counts
/// by its first part ("мектеп-лицейде").
fn form_of(word: &str, list: &[(&'static str, Stem)]) -> Option<(usize, crate::morph::Chain)> {
    lemma_in(word.split('-').next().unwrap_or(word), list)
}

/// Adds facility candidates.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    // Dashes and signs make gaps of more than a space, which few gaps are: the words
    // after such gaps are where roads and numbers with a sign can be.
    let mut dashes = Vec::new();
    for &i in &r.wide {
        let i = i as usize;
        if i > 0 && r.words[i - 1].cap && r.words[i].cap && dash_between(r, i - 1) {
            dashes.push(i - 1);
        }
    }
    // "нөмірі" or "№" right before a number: where the sign starts, and where the
    // number ends.
    let mut signs = Vec::new();
    for m in out.iter().filter(|m| matches!(m.kind, Kind::Cardinal | Kind::Ordinal)) {
        let before = r.folded[..m.start].trim_end_matches([' ', '\u{a0}']);
        if let Some(sign) = before.strip_suffix('№') {
            signs.push((sign.len(), m.end));
        } else if let Some(sign) = before.strip_suffix("нөмірі") {
            let whole = !sign.ends_with(crate::normalize::is_word_char);
            if whole && before.len() < m.start {
                signs.push((sign.len(), m.end));
            }
        }
    }
    // One sign has one number, the longest that follows it (a cardinal and an ordinal
    // may both start there): sorted, the last of a sign's entries.
    signs.sort_unstable();
    signs.dedup_by(|later, earlier| {
        let same = later.0 == earlier.0;
        if same {
            earlier.1 = later.1;
        }
        same
    });
    if !dashes.is_empty() {
        roads(r, &dashes, out);
    }
    if !signs.is_empty() {
        numbered(r, &signs, out);
    }
}

/// Whether words `i` and `i + 1` are separated by a dash between spaces (en, em or a
/// spaced hyphen), and nothing else.
fn dash_between(r: &Rules<'_, '_>, i: usize) -> bool {
    let gap = &r.text[r.words[i].end()..r.words[i + 1].start];
    // " – ": the shortest is a hyphen between spaces; a gap of one space is the rule.
    gap.len() >= 3 && matches!(gap.trim_matches([' ', '\u{a0}']), "–" | "—" | "-")
}

/// Whether a capitalised word and a dash come right before word `k` ("Атырау – [Орал]"):
/// then `k` is not where a place's name starts.
pub(crate) fn after_a_dash(r: &Rules<'_, '_>, k: usize) -> bool {
    k > 0 && r.words[k - 1].cap && dash_between(r, k - 1)
}

/// A road's name candidate: its first and last words, and its evidence.
#[derive(Clone, Copy)]
struct Road {
    first: usize,
    last: usize,
    /// A road noun follows it.
    named: bool,
    /// Guillemets enclose it and nothing else.
    quoted: bool,
}

/// Roads at the dashes after words `dashes` (in text order).
fn roads(r: &Rules<'_, '_>, dashes: &[usize], out: &mut Vec<RuleMatch>) {
    let n = r.words.len();
    let mut found: Vec<Road> = Vec::new();
    let mut next = 0; // the first word not yet in a road
    for &i in dashes {
        if i < next || !place_word(r, i) || !place_word(r, i + 1) {
            continue;
        }
        // The first place: one word, or two ("Батыс Еуропа").
        let mut first = i;
        if i > 0 && r.adjacent(i - 1) && place_word(r, i - 1) {
            // A capital that opens a sentence may be the sentence's ("Мынау Астрахань – …");
            // after a guillemet it is the name's («Батыс Еуропа – …»).
            let quoted = r.after_opening_guillemet(i - 1);
            first = if quoted { i - 1 } else { r.trim_sentence_start(i - 1, i) };
        }
        // The places after it, each one or two words, joined by dashes.
        let mut last = i + 1;
        let mut places = 2;
        loop {
            if last + 1 < n && r.adjacent(last) && place_word(r, last + 1) {
                last += 1;
            }
            if places < MAX_PLACES
                && last + 1 < n
                && dash_between(r, last)
                && place_word(r, last + 1)
            {
                last += 1;
                places += 1;
                continue;
            }
            break;
        }
        let named = road_noun_follows(r, last);
        found.push(Road { first, last, named, quoted: r.alone_in_guillemets(first, last) });
        next = last + 1;
    }
    // Roads listed together ("A – B және C – D бағытындағы жолдар", «A – B», «C – D»)
    // are roads when one of them is followed by a road noun, or when all are quoted.
    let mut from = 0;
    while from < found.len() {
        let mut to = from + 1;
        while to < found.len() && listed(r, found[to - 1].last, found[to].first) {
            to += 1;
        }
        let list = &found[from..to];
        let roads = list.iter().any(|road| road.named)
            || list.len() > 1 && list.iter().all(|road| road.quoted);
        if roads {
            for road in list {
                let (start, end) = (r.words[road.first].start, r.words[road.last].end());
                let mut m = RuleMatch::new(start, end, Kind::Facility, "facility_road");
                m.name = Some(Arc::from(&r.text[start..end]));
                out.push(m);
            }
        }
        from = to;
    }
}

/// Whether a road noun is among the three lower-case words after word `last`, a closing
/// guillemet allowed first: "күрежолын", "» автожолын", "тас жолы", "» көлік дәлізі".
fn road_noun_follows(r: &Rules<'_, '_>, last: usize) -> bool {
    let mut k = last + 1;
    while k < r.words.len() && k <= last + 3 {
        let gap = &r.text[r.words[k - 1].end()..r.words[k].start];
        let gap_ok = if k == last + 1 {
            gap.chars().all(|c| matches!(c, ' ' | '\u{a0}' | '»'))
        } else {
            r.adjacent(k - 1)
        };
        if !gap_ok || r.words[k].cap {
            return false;
        }
        if form_of(r.fw(k), &ROAD_LEMMAS).is_some() {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether only a comma or a conjunction (and guillemets) separate word `a` from word `b`.
fn listed(r: &Rules<'_, '_>, a: usize, b: usize) -> bool {
    let gap = |x: usize| {
        r.text[r.words[x].end()..r.words[x + 1].start].trim_matches([' ', '\u{a0}', '«', '»'])
    };
    match b - a {
        1 => gap(a) == ",",
        2 => super::conjunction(r.fw(a + 1)) && gap(a).is_empty() && gap(a + 1).is_empty(),
        _ => false,
    }
}

/// Numbered institutions after `signs`: where each sign starts, and where its number
/// ends.
fn numbered(r: &Rules<'_, '_>, signs: &[(usize, usize)], out: &mut Vec<RuleMatch>) {
    let n = r.words.len();
    for &(sign_start, number_end) in signs {
        let after = r.word_from(number_end);
        let mut h = after;
        let mut prev_end = number_end;
        while h < n && h <= after + MAX_BETWEEN {
            let gap = &r.text[prev_end..r.words[h].start];
            let w = r.fw(h);
            // Lower-case words only, and no other number or sign ("№ 2 нөмірі 1 мектеп").
            if !super::spaces_only(gap)
                || r.words[h].cap
                || w == "нөмірі"
                || w.starts_with(|c: char| c.is_ascii_digit())
            {
                break;
            }
            if let Some((len, chain)) = form_of(w, &NUMBERED_LEMMAS).filter(|(_, c)| !c.plural) {
                let head = r.words[h];
                // A compound head ("мектеп-лицейдің") is cut at its last part's case.
                let (stem_len, case) = match w.rfind('-') {
                    Some(d) => {
                        let (len, case) = split_name(&w[d + 1..]);
                        (d + 1 + len, case)
                    }
                    None => (possessed_len(w, len, chain), chain.case),
                };
                // The town it is in, right before, names it too: "Ақтаудағы № 5 мектеп".
                let start = town_before(r, sign_start).unwrap_or(sign_start);
                let span = (start, head.start + stem_len, head.end());
                out.push(RuleMatch::stemmed(
                    r.text,
                    span,
                    case,
                    Kind::Facility,
                    "facility_numbered",
                ));
                break;
            }
            prev_end = r.words[h].end();
            h += 1;
        }
    }
}

/// The start of a town the gazetteer knows, in its "in X" form right before byte `pos`:
/// "Көкшетаудағы", or with its unit word, "Ақтау қаласындағы" (KazNERD names a numbered
/// institution with its town). Not a common noun's: "елорда шетіндегі".
fn town_before(r: &Rules<'_, '_>, pos: usize) -> Option<usize> {
    let p = r.word_from(pos).checked_sub(1)?;
    if !super::spaces_only(&r.text[r.words[p].end()..pos]) || !super::attributive_shaped(r.fw(p)) {
        return None;
    }
    let town = |q: usize| {
        r.entity_over(q)
            .filter(|e| e.label == Label::Gpe && e.end == r.words[q].end())
            .map(|e| e.start)
    };
    town(p).or_else(|| {
        let q = p.checked_sub(1).filter(|&q| r.unit_word(p) && r.adjacent(q))?;
        town(q)
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn facilities(text: &str) -> Vec<String> {
        found(text, |k| k.label() == crate::Label::Facility)
    }

    #[test]
    fn roads_between_places() {
        assert_eq!(
            facilities("Үкімет Қарағанды – Балқаш тасжолын жөндеуге қаржы бөлді."),
            ["FACILITY Қарағанды – Балқаш"]
        );
        // The road noun is a descriptor too: the last place does not take it.
        assert_eq!(
            facilities("Ол Орал – Астрахань күрежолын жөндеу туралы айтты."),
            ["FACILITY Орал – Астрахань"]
        );
        assert_eq!(
            facilities("Биыл «Атырау – Орал» автожолының құрылысы аяқталады."),
            ["FACILITY Атырау – Орал"]
        );
        assert_eq!(
            facilities("Бұл «Солтүстік Азия – Батыс Еуропа» көлік дәлізінің бөлігі."),
            ["FACILITY Солтүстік Азия – Батыс Еуропа"]
        );
        assert_eq!(
            facilities("Мынау Астрахань – Ақтөбе тас жолы."),
            ["FACILITY Астрахань – Ақтөбе"]
        );
        assert_eq!(
            facilities("Жөндеу «Шымкент – Тараз – Алматы» және «Орал – Ақсай» жолдарында жүреді."),
            ["FACILITY Шымкент – Тараз – Алматы", "FACILITY Орал – Ақсай"]
        );
        assert_eq!(
            facilities("Қостанай – Арқалық және Жезқазған – Қарағанды бағытындағы жолдар жабылды."),
            ["FACILITY Қостанай – Арқалық", "FACILITY Жезқазған – Қарағанды"]
        );
        assert_eq!(
            facilities("Жаңа Орталық Азия – Қытай газқұбыры іске қосылды."),
            ["FACILITY Орталық Азия – Қытай"]
        );
    }

    #[test]
    fn a_road_has_six_places_at_most() {
        // Nine places: the first six are one candidate, the last three the road that the
        // road noun follows.
        let text = format!("{}Тараз тасжолы", "Шу – ".repeat(8));
        assert_eq!(facilities(&text), ["FACILITY Шу – Шу – Тараз"]);
    }

    #[test]
    fn a_dash_between_names_is_not_always_a_road() {
        // A copula, a pair of states, a list of teams.
        assert_eq!(facilities("Астана – Қазақстанның астанасы."), Vec::<String>::new());
        assert_eq!(facilities("Қазақстан – Ресей қатынасы нығайды."), Vec::<String>::new());
        assert_eq!(facilities("Форум «Қазақстан – Қытай» деп аталды."), Vec::<String>::new());
        // Roads listed in guillemets need no road noun.
        assert_eq!(
            facilities("Жөндеуде «Астана – Қарағанды», «Қарағанды – Балқаш» бар."),
            ["FACILITY Астана – Қарағанды", "FACILITY Қарағанды – Балқаш"]
        );
        assert_eq!(facilities("Ойын Ақтөбе – Тобыл есебімен аяқталды."), Vec::<String>::new());
    }

    #[test]
    fn numbered_institutions() {
        assert_eq!(facilities("Ол нөмірі 23 мектепте оқиды."), ["FACILITY нөмірі 23 мектепте"]);
        assert_eq!(
            facilities("Әкім нөмірі он екінші сайлау учаскесінде дауыс берді."),
            ["FACILITY нөмірі он екінші сайлау учаскесінде"]
        );
        assert_eq!(
            facilities("Науқас № 4 қалалық емханаға жеткізілді."),
            ["FACILITY № 4 қалалық емханаға"]
        );
        assert_eq!(
            facilities("Олар №7 мектеп-лицейдің түлектері."),
            ["FACILITY №7 мектеп-лицейдің"]
        );
        assert_eq!(facilities("№ 5 емхана жабылды."), ["FACILITY № 5 емхана"]);
        // The town it is in, right before, is part of its name.
        assert_eq!(facilities("Ақтаудағы № 5 емхана жабылды."), ["FACILITY Ақтаудағы № 5 емхана"]);
        assert_eq!(
            facilities("Жаңаөзен қаласындағы нөмірі 3 мектепке барды."),
            ["FACILITY Жаңаөзен қаласындағы нөмірі 3 мектепке"]
        );
        // Not a common noun's place, nor a town in another form.
        assert_eq!(facilities("Қала шетіндегі № 5 емхана жабылды."), ["FACILITY № 5 емхана"]);
        assert_eq!(facilities("Ақтауда № 5 емхана бар."), ["FACILITY № 5 емхана"]);
        assert_eq!(facilities("Қазпоштадағы № 5 бөлімше жабылды."), ["FACILITY № 5 бөлімше"]);
        // Another number or sign before the head: the head is that one's.
        assert_eq!(facilities("Жиын № 2 нөмірі 1 мектепте өтті."), ["FACILITY нөмірі 1 мектепте"]);
        // A number without its sign, or with no institution after it, names nothing.
        assert_eq!(facilities("Ауданда 23 мектеп бар."), Vec::<String>::new());
        assert_eq!(facilities("Пәтердің нөмірі 23 екен."), Vec::<String>::new());
        assert_eq!(facilities("Нөмірі 5 үйдің тұрғындары."), Vec::<String>::new());
    }
}
