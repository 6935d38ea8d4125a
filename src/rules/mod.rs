//! Rule-based matchers for what no list can hold. One module per family, one signature:
//! `fn find(rules: &Rules, out: &mut Vec<RuleMatch>)`, run in the order of [`run`].
//!
//! Rules see the caller's text, its fold, the words, and the gazetteer entities already
//! resolved (as evidence: a surname is not a country, a title chain starts at a named
//! body). Their matches may overlap each other and the gazetteer's; `resolve` merges.

mod abbreviation;
mod address;
mod clock;
mod credits;
mod dates;
mod decimals;
mod event;
mod facility;
mod greeting;
mod language;
mod law;
mod norp;
mod numeric;
mod organisation;
pub(crate) use organisation::{is_legal_form, staff_form};
pub(crate) mod person;
mod place;
mod position;
mod product;
mod project;

use std::sync::Arc;

use crate::entity::{Case, Entity, EntityId, Kind, Label};
use crate::lexicon::Lexicons;
use crate::morph::{suffix_chain, Chain, Stem};
use crate::word_class::{Class, Classes};

pub(crate) use abbreviation::{definitions, Definition};
pub(crate) use event::HOLIDAY_WORDS;
pub(crate) use greeting::GOOD;
pub(crate) use law::LAW_ABOUT;
pub(crate) use numeric::{LEAD_CLASS_KEYS, LEAD_WHOLE_WORDS, LEAD_WORDS, NUMBER_WORDS};

/// A rule's candidate entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RuleMatch {
    pub start: usize,
    pub stem_end: usize,
    pub end: usize,
    pub kind: Kind,
    pub case: Option<Case>,
    /// The canonical name, when it is not `text[start..stem_end]`.
    pub name: Option<Arc<str>>,
    /// The id, when the rule knows the entity (a gazetteer entry inside it).
    pub id: Option<EntityId>,
    pub source: &'static str,
}

impl RuleMatch {
    pub(crate) fn new(start: usize, end: usize, kind: Kind, source: &'static str) -> RuleMatch {
        RuleMatch { start, stem_end: end, end, kind, case: None, name: None, id: None, source }
    }

    /// A match whose suffixes start at `stem_end` (in `case`), named by the text of
    /// `start..stem_end`: a name and its head noun in the head's case ("Ақтау
    /// қаласындағы", "Ұлттық банктің").
    pub(crate) fn stemmed(
        text: &str,
        (start, stem_end, end): (usize, usize, usize),
        case: Option<Case>,
        kind: Kind,
        source: &'static str,
    ) -> RuleMatch {
        RuleMatch {
            stem_end,
            case,
            name: Some(Arc::from(&text[start..stem_end])),
            ..RuleMatch::new(start, end, kind, source)
        }
    }
}

pub(crate) use crate::normalize::Word;

/// What every rule sees.
pub(crate) struct Rules<'t, 'a> {
    pub text: &'t str,
    pub folded: &'a str,
    pub words: Vec<Word>,
    /// The lexicon classes of each word (see `word_class`).
    pub classes: Vec<Classes>,
    /// The gazetteer entity covering each word's start (its index; `u32::MAX`: none).
    covering: Vec<u32>,
    /// The words after a gap of more than two bytes (more than a space: punctuation, a
    /// dash, a sign), in order: what looks at such gaps visits these words only.
    pub wide: Vec<u32>,
    pub gazetteer: &'a [Entity<'t>],
    pub lex: &'static Lexicons,
}

impl<'t, 'a> Rules<'t, 'a> {
    pub(crate) fn new(
        text: &'t str,
        folded: &'a str,
        words: Vec<Word>,
        classes: Vec<Classes>,
        gazetteer: &'a [Entity<'t>],
        lex: &'static Lexicons,
    ) -> Rules<'t, 'a> {
        debug_assert_eq!(words.len(), classes.len());
        // Words and entities are both sorted: one sweep finds the entity over each word.
        let mut covering = Vec::with_capacity(words.len());
        let mut wide = Vec::new();
        let mut after = 0; // entities starting at or before the word
        let mut prev_end = 0;
        for (i, w) in words.iter().enumerate() {
            if w.start - prev_end > 2 {
                wide.push(i as u32);
            }
            prev_end = w.end();
            while gazetteer.get(after).is_some_and(|e| e.start <= w.start) {
                after += 1;
            }
            let over = after.checked_sub(1).filter(|&i| gazetteer[i].end > w.start);
            covering.push(over.map_or(u32::MAX, |i| i as u32));
        }
        Rules { text, folded, words, classes, covering, wide, gazetteer, lex }
    }

    /// The folded form of word `i`.
    pub(crate) fn fw(&self, i: usize) -> &'a str {
        let w = self.words[i];
        &self.folded[w.start..w.end()]
    }

    /// Whether words `i` and `i + 1` are separated by spaces only (no punctuation, no
    /// line break).
    #[inline]
    pub(crate) fn adjacent(&self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.words.get(i), self.words.get(i + 1)) else {
            return false;
        };
        spaces_only(&self.text[a.end()..b.start])
    }

    /// Whether word `k` is a place's unit word in lower case after its name ("облысы",
    /// "қаласындағы", "ауданынан"): a descriptor, not capitalised.
    pub(crate) fn unit_word(&self, k: usize) -> bool {
        !self.words[k].cap && self.is(k, Class::DESCRIPTOR)
    }

    /// Whether word `i` is a stop word (never begins a name).
    pub(crate) fn stop(&self, i: usize) -> bool {
        self.is(i, Class::STOP)
    }

    /// Whether word `i`, capitalised, is a known given name.
    pub(crate) fn first_name(&self, i: usize) -> bool {
        debug_assert!(self.words[i].cap, "given names are looked up for capitalised words");
        self.is(i, Class::FIRST_NAME)
    }

    /// Whether word `i` has any of the `classes` (see `word_class`).
    #[inline]
    pub(crate) fn is(&self, i: usize, classes: Classes) -> bool {
        self.classes[i] & classes != 0
    }

    /// The words with any of the `classes`, in order: a scan of the classes, not of the
    /// words' text.
    pub(crate) fn of_class(&self, classes: Classes) -> impl Iterator<Item = usize> + '_ {
        self.classes.iter().enumerate().filter(move |(_, &c)| c & classes != 0).map(|(i, _)| i)
    }

    /// Whether word `i` begins a sentence (nothing before it, or a sentence end, a line
    /// break, a colon, a dash or an opening quote).
    pub(crate) fn sentence_start(&self, i: usize) -> bool {
        let from = if i == 0 { 0 } else { self.words[i - 1].end() };
        let gap = &self.text[from..self.words[i].start];
        i == 0 || gap.contains(['.', '!', '?', '\n', ':', '«', '"', '“', '–', '—'])
    }

    /// Whether word `i` stands right after an opening guillemet, whitespace between: it
    /// opens a name in guillemets («Жастар жылы», «Қобыланды» жыры).
    pub(crate) fn after_opening_guillemet(&self, i: usize) -> bool {
        self.text[..self.words[i].start].trim_end().ends_with('«')
    }

    /// Whether guillemets enclose words `first..=last` and nothing else, spaces between
    /// («Ми-8», «Абай жолы»).
    pub(crate) fn alone_in_guillemets(&self, first: usize, last: usize) -> bool {
        let before = self.text[..self.words[first].start].trim_end_matches([' ', '\u{a0}']);
        before.ends_with('«') && self.before_closing_guillemet(last)
    }

    /// Whether a closing guillemet follows word `last`, spaces between.
    pub(crate) fn before_closing_guillemet(&self, last: usize) -> bool {
        self.text[self.words[last].end()..].trim_start_matches([' ', '\u{a0}']).starts_with('»')
    }

    /// The first word of a run of capitalised name words `first..=last`: a capitalised
    /// word that begins a sentence is dropped when a capitalised word follows it in the
    /// run and no gazetteer entry covers it ("Жиын Көктерек ауылында"), unless it is an
    /// adjective or participle, which open names ("Біріккен Ұлттар Ұйымы", "Ұлттық банк").
    pub(crate) fn trim_sentence_start(&self, first: usize, last: usize) -> usize {
        if first < last
            && self.sentence_start(first)
            && self.entity_over(first).is_none()
            && !self.first_name(first)
            && !modifier_shaped(self.fw(first))
            && !self.compass_before_place(first)
        {
            if let Some(k) = (first + 1..=last).find(|&k| self.words[k].cap) {
                return k;
            }
        }
        first
    }

    /// Whether word `k` is a point of the compass right before a place the gazetteer
    /// found, the two naming a region: "Шығыс Қазақстан облыстық …", "Солтүстік Қазақстан".
    pub(crate) fn compass_before_place(&self, k: usize) -> bool {
        COMPASS.contains(&self.fw(k))
            && k + 1 < self.words.len()
            && self.adjacent(k)
            && self
                .entity_at(k + 1)
                .is_some_and(|e| matches!(e.label, Label::Gpe | Label::Location))
    }

    /// The index of the first word that starts at or after byte `pos`.
    pub(crate) fn word_from(&self, pos: usize) -> usize {
        self.words.partition_point(|w| w.start < pos)
    }

    /// The gazetteer entity that starts at word `i`, if any.
    pub(crate) fn entity_at(&self, i: usize) -> Option<&'a Entity<'t>> {
        let start = self.words[i].start;
        self.gazetteer.binary_search_by_key(&start, |e| e.start).ok().map(|k| &self.gazetteer[k])
    }

    /// The gazetteer entity covering the start of word `k`, if any (as
    /// [`Rules::entity_covering`], looked up once per word).
    pub(crate) fn entity_over(&self, k: usize) -> Option<&'a Entity<'t>> {
        let i = self.covering[k];
        (i != u32::MAX).then(|| &self.gazetteer[i as usize])
    }

    /// Whether the capital of words `first..=last` (`first` capitalised) may be only the
    /// sentence's: `first` opens a sentence, no gazetteer entity starts there, and no
    /// later word of them is capitalised. A common noun opening a sentence ("Автобус
    /// жүргізушісі", "Мұнай компаниясында") looks like a name there.
    pub(crate) fn sentence_capital_only(&self, first: usize, last: usize) -> bool {
        self.sentence_start(first)
            && self.entity_at(first).is_none()
            && !(first + 1..=last).any(|k| self.words[k].cap)
    }

    /// The last word of the list member before word `k`, when `k` begins a member of a
    /// list: a comma before it, or a conjunction between spaces ("A, B және C").
    pub(crate) fn listed_before(&self, k: usize) -> Option<usize> {
        let gap = self.text[self.words[k.checked_sub(1)?].end()..self.words[k].start].trim();
        if gap == "," {
            Some(k - 1)
        } else if k > 1
            && self.adjacent(k - 1)
            && self.adjacent(k - 2)
            && conjunction(self.fw(k - 1))
        {
            Some(k - 2)
        } else {
            None
        }
    }

    /// The first word of the list member after word `k`, when a comma follows `k`
    /// (spaces before it) or a conjunction between spaces does: `listed_before`'s twin.
    pub(crate) fn listed_after(&self, k: usize) -> Option<usize> {
        let gap = self.text[self.words[k].end()..].trim_start_matches([' ', '\u{a0}']);
        let next = if gap.starts_with(',') {
            k + 1
        } else if self.adjacent(k) && self.adjacent(k + 1) && conjunction(self.fw(k + 1)) {
            k + 2
        } else {
            return None;
        };
        (next < self.words.len()).then_some(next)
    }

    /// The gazetteer entity covering byte `pos`, if any.
    pub(crate) fn entity_covering(&self, pos: usize) -> Option<&'a Entity<'t>> {
        let k = self.gazetteer.partition_point(|e| e.start <= pos);
        k.checked_sub(1).map(|k| &self.gazetteer[k]).filter(|e| e.end > pos)
    }
}

/// The ordinals the numeric rules found, by start and by end, for the rules that build on
/// them (a law's articles, an event's sittings). Ordinals do not overlap each other.
pub(crate) struct Ordinals {
    /// (start, end), sorted.
    by_start: Vec<(usize, usize)>,
    /// (start, end), sorted by end, then start.
    by_end: Vec<(usize, usize)>,
}

impl Ordinals {
    /// The ordinals among the matches `found` so far.
    pub(crate) fn of(found: &[RuleMatch]) -> Ordinals {
        let mut by_start: Vec<(usize, usize)> =
            found.iter().filter(|m| m.kind == Kind::Ordinal).map(|m| (m.start, m.end)).collect();
        by_start.sort_unstable();
        let mut by_end = by_start.clone();
        by_end.sort_unstable_by_key(|o| (o.1, o.0));
        Ordinals { by_start, by_end }
    }

    /// The ordinal (start, end) that ends at byte `end`, if any.
    pub(crate) fn ending_at(&self, end: usize) -> Option<(usize, usize)> {
        let k = self.by_end.partition_point(|o| o.1 < end);
        self.by_end.get(k).filter(|o| o.1 == end).copied()
    }

    /// The ordinal (start, end) that starts at byte `start`, if any.
    pub(crate) fn starting_at(&self, start: usize) -> Option<(usize, usize)> {
        let k = self.by_start.partition_point(|o| o.0 < start);
        self.by_start.get(k).filter(|o| o.0 == start).copied()
    }
}

/// The genitive case endings (-ның, -дың, -тың and their front-vowel pairs).
pub(crate) const GENITIVE_ENDINGS: [&str; 6] = ["дың", "дің", "ның", "нің", "тың", "тің"];

/// Whether a folded word ends in a genitive case ending.
pub(crate) fn genitive_shaped(word: &str) -> bool {
    GENITIVE_ENDINGS.iter().any(|g| word.ends_with(g))
}

/// Whether a folded word ends in the attributive locative, the form for "in X"
/// ("Ақтаудағы", "Өңірдегі", "қаласындағы").
pub(crate) fn attributive_shaped(word: &str) -> bool {
    ["дағы", "дегі", "тағы", "тегі"].iter().any(|s| word.ends_with(s))
}

/// Whether a gap between two words is spaces only (no-break spaces too), one at least:
/// no punctuation, no line break.
#[inline]
pub(crate) fn spaces_only(gap: &str) -> bool {
    // Mostly one space: decided on the bytes.
    gap == " " || !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
}

/// Plural endings of a noun ('youth' жастар, 'volunteers' еріктілер).
pub(crate) const PLURAL_ENDINGS: [&str; 6] = ["лар", "лер", "дар", "дер", "тар", "тер"];

/// Whether a folded word is a conjunction that joins two names in a list: "және", or
/// "мен" / "бен" / "пен" ('and', 'with').
pub(crate) fn conjunction(word: &str) -> bool {
    matches!(word, "және" | "мен" | "бен" | "пен")
}

/// Function words that never stand inside a name or a title, capitalised or not:
/// pronouns, adverbs of degree and time, postpositions of time. A name's or title's run
/// of words stops at one: "Соғыстан бері Ботаника институты", "Бұған дейін сала
/// министрі", "оның баспасөз хатшысы".
pub(crate) fn never_in_a_name(word: &str) -> bool {
    matches!(
        word,
        "ол" | "олар"
            | "бұл"
            | "осы"
            | "сол"
            | "оның"
            | "олардың"
            | "бұның"
            | "соның"
            | "мұның"
            | "біздің"
            | "сіздің"
            | "менің"
            | "ең"
            | "өте"
            | "тіпті"
            | "тек"
            | "ғана"
            | "енді"
            | "қазір"
            | "кеше"
            | "бүгін"
            | "ертең"
            | "биыл"
            | "былтыр"
            | "бері"
            | "кейін"
            | "дейін"
            | "соң"
            | "бұрын"
    )
}

/// The points of the compass, folded ('east', 'west', 'north', 'south'), which open a
/// region's colloquial name: "Шығыс Қазақстан" ('East Kazakhstan').
pub(crate) const COMPASS: [&str; 4] = ["шығыс", "батыс", "солтүстік", "оңтүстік"];

/// Whether a folded word ends like an adjective or participle (-лық, -ты, -ғы, -ған …).
pub(crate) fn modifier_shaped(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі", "қы", "кі", "ты", "ті", "лы", "лі",
        "ды", "ді", "ған", "ген", "қан", "кен", "ская", "ский", "ый", "ий",
    ];
    word.chars().count() > 4 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Splits `text` into words, char by char: the definition `normalize::fold_and_split`
/// implements in its fold pass (tested against this).
#[cfg(test)]
pub(crate) fn words(text: &str) -> Vec<Word> {
    use crate::normalize::{is_suffix_joiner, is_upper, is_word_char};
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let (mut end, mut joined) = (i + c.len_utf8(), false);
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
            } else if is_suffix_joiner(d)
                && text[j + d.len_utf8()..].chars().next().is_some_and(is_word_char)
            {
                joined = true;
            } else {
                break;
            }
            chars.next();
        }
        let plain = |c: char| crate::normalize::is_letter(c) || c == '-';
        out.push(Word::new(i, end, is_upper(c), joined, text[i..end].chars().all(plain)));
    }
    out
}

/// Matches `lemma` (folded, unpossessed) at the start of the folded `word` followed by a
/// valid suffix chain (its voiced variant too: министрлік → министрлігі). Returns the
/// byte length of the lemma as written and the chain.
pub(crate) fn lemma_form(word: &str, lemma: &str, stem: Stem) -> Option<(usize, Chain)> {
    // Both readings share the lemma minus its last letter: one comparison rules most
    // words out.
    let last = lemma.chars().next_back()?;
    let base = &lemma[..lemma.len() - last.len_utf8()];
    if !word.starts_with(base) {
        return None;
    }
    if let Some(rest) = word[base.len()..].strip_prefix(last) {
        if let Some(chain) = suffix_chain(stem, rest, false) {
            return Some((lemma.len(), chain));
        }
    }
    // A loan's final soft sign drops before a vowel: ансамбль → ансамблі, магистраль →
    // магистралі (the stem's sounds stay the lemma's).
    if last == 'ь' && word.len() > base.len() {
        if let Some(chain) = suffix_chain(stem, &word[base.len()..], false) {
            return Some((base.len(), chain));
        }
    }
    let (voiced, vstem) = stem.voiced(lemma)?;
    let rest = word[base.len()..].strip_prefix(voiced)?;
    let chain = suffix_chain(vstem, rest, false)?;
    Some((lemma.len() - last.len_utf8() + voiced.len_utf8(), chain))
}

/// The lemmas of a list with their stems, worked out once (as the lexicons' lemmas are).
pub(crate) fn with_stems(list: &[&'static str]) -> Vec<(&'static str, Stem)> {
    list.iter().map(|&lemma| (lemma, Stem::classify(lemma))).collect()
}

/// The first lemma of `list` (see [`with_stems`]) that the folded `word` is a form of, as
/// [`lemma_form`] reads it: its length as written in the word and the suffix chain.
pub(crate) fn lemma_in(word: &str, list: &[(&'static str, Stem)]) -> Option<(usize, Chain)> {
    list.iter().find_map(|&(lemma, stem)| lemma_form(word, lemma, stem))
}

/// The suffix chain of the folded `word` as a form of `lemma`, when one reads and makes
/// no new word (тілінде of тіл, not тілші; заңға of заң).
pub(crate) fn form_of(word: &str, lemma: &str) -> Option<Chain> {
    lemma_form(word, lemma, Stem::classify(lemma)).map(|(_, c)| c).filter(|c| !c.derived)
}

/// A word read as a form of a head noun of names (`org_heads.tsv`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct HeadForm<'l> {
    /// The head's lemma (министрлік).
    pub(crate) lemma: &'l str,
    /// The kind of name it heads.
    pub(crate) kind: Kind,
    /// Whether it names only a name in guillemets.
    pub(crate) quoted: bool,
    /// The length of the lemma's part in the word (министрліг in министрлігі).
    pub(crate) len: usize,
    /// The suffix chain after it.
    pub(crate) chain: Chain,
}

/// The head nouns of names (`org_heads.tsv`) that the folded `word` is a form of, in list
/// order.
pub(crate) fn org_head_forms<'l>(
    lex: &'l Lexicons,
    word: &'l str,
) -> impl Iterator<Item = HeadForm<'l>> + 'l {
    lex.org_heads.starting(word).filter_map(move |(kind, lemma, stem, quoted)| {
        lemma_form(word, lemma, *stem).map(|(len, chain)| HeadForm {
            lemma,
            kind: *kind,
            quoted: *quoted,
            len,
            chain,
        })
    })
}

/// Whether the folded `word` is a possessed form of a head noun of `kind` in
/// `org_heads.tsv` (ұшағы of ұшақ, съезінде of съез), no derived word.
pub(crate) fn possessed_head(lex: &Lexicons, word: &str, kind: Kind) -> bool {
    org_head_forms(lex, word).any(|h| h.kind == kind && h.chain.possessive && !h.chain.derived)
}

/// The role nouns and titles (`positions.tsv`: `head`, then `alone`) that the folded `word`
/// is a form of, with their suffix chains: министрдің → ("министр", genitive).
pub(crate) fn roles<'l>(
    lex: &'l Lexicons,
    word: &'l str,
) -> impl Iterator<Item = (&'l str, Chain)> + 'l {
    lex.role_heads.starting(word).chain(lex.titles_alone.starting(word)).filter_map(
        move |(lemma, stem)| lemma_form(word, lemma, *stem).map(|(_, c)| (lemma.as_str(), c)),
    )
}

/// The nouns for a person that are no title (`positions.tsv`: `person`: occupations and
/// relations, шахматшы, әріптес) that the folded `word` is a form of, with their chains.
pub(crate) fn occupations<'l>(
    lex: &'l Lexicons,
    word: &'l str,
) -> impl Iterator<Item = (&'l str, Chain)> + 'l {
    lex.person_nouns.starting(word).filter_map(move |(lemma, stem)| {
        lemma_form(word, lemma, *stem).map(|(_, c)| (lemma.as_str(), c))
    })
}

/// [`roles`], then [`occupations`]: every noun that can stand before a person's name
/// (шахматшы Магнус Карлсен) and refer back to them (шахматшы).
pub(crate) fn person_nouns<'l>(
    lex: &'l Lexicons,
    word: &'l str,
) -> impl Iterator<Item = (&'l str, Chain)> + 'l {
    roles(lex, word).chain(occupations(lex, word))
}

/// Where the possessive of a head noun ends: after the lemma, one -ы/-і or -сы/-сі when
/// the chain is possessive. Returns a byte length into `word`.
pub(crate) fn possessed_len(word: &str, lemma_len: usize, chain: Chain) -> usize {
    if !chain.possessive {
        return lemma_len;
    }
    let rest = &word[lemma_len..];
    for p in ["сы", "сі", "ы", "і"] {
        if rest.starts_with(p) {
            return lemma_len + p.len();
        }
    }
    lemma_len
}

/// The surname endings a name's stem is cut after (see [`split_name`]). The person
/// rule's own `SURNAME_ENDINGS` (in `person`) is longer: -енко, -дзе and the like make a
/// word look like a surname but are not cut at here.
const STEM_ENDINGS: &[&str] = &[
    "ова", "ева", "ёва", "ина", "ов", "ев", "ёв", "ин", "ұлы", "улы", "қызы", "кызы", "ский",
    "ская",
];

/// Whether `c` is the last char of one of [`STEM_ENDINGS`] (tested against the list).
#[inline]
fn ends_a_stem_ending(c: char) -> bool {
    matches!(c, 'а' | 'в' | 'н' | 'ы' | 'й' | 'я')
}

/// Splits an inflected name word into stem and suffix chain: returns the stem's byte
/// length and the chain. Surname endings (-ов, -ева, -ұлы …) are tried first; otherwise
/// the longest stem whose rest marks a case.
pub(crate) fn split_name(word: &str) -> (usize, Option<Case>) {
    if STEM_ENDINGS.iter().any(|e| word.ends_with(e)) {
        return (word.len(), Some(Case::Nominative));
    }
    // The longest stem ending in a surname ending whose rest is a chain marking a case:
    // stem ends are tried from the longest down, and the first that reads wins.
    for (i, c) in word.char_indices().rev() {
        let stem_len = i + c.len_utf8();
        if stem_len == word.len()
            || !ends_a_stem_ending(c)
            || !STEM_ENDINGS.iter().any(|e| word[..stem_len].ends_with(e))
        {
            continue;
        }
        if let Some(c) = suffix_chain(Stem::classify(&word[..stem_len]), &word[stem_len..], false) {
            if c.case != Some(Case::Nominative) {
                return (stem_len, c.case);
            }
        }
    }
    split_at_case(word)
}

/// The longest stem (two letters at least, eight letters back at most) whose rest is a
/// bare case ending; else the whole word, nominative.
fn split_at_case(word: &str) -> (usize, Option<Case>) {
    let min = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
    for (i, _) in word.char_indices().rev().take(8) {
        if i < min {
            break;
        }
        let Some(c) = suffix_chain(Stem::classify(&word[..i]), &word[i..], false) else {
            continue;
        };
        if c.case.is_some_and(|k| k != Case::Nominative) && !c.plural && !c.possessive {
            return (i, c.case);
        }
    }
    (word.len(), Some(Case::Nominative))
}

/// Runs every rule family, in order.
pub(crate) fn run(rules: &Rules<'_, '_>, defs: &[Definition], out: &mut Vec<RuleMatch>) {
    // Before the numbers: a model's number is the product's (Boeing [737] ұшағы), and
    // the earlier rule wins a tie.
    product::find(rules, out);
    let first = out.len();
    numeric::find(rules, out);
    let numeric = first..out.len();
    dates::join(rules, first, out);
    dates::between(rules, first, out);
    greeting::find(rules, out);
    decimals::join(rules, numeric, out);
    clock::retype(rules, &mut out[first..]);
    abbreviation::find(rules, defs, out);
    person::find(rules, out);
    address::find(rules, out);
    place::find(rules, out);
    facility::find(rules, out);
    organisation::find(rules, out);
    position::find(rules, out);
    language::find(rules, out);
    event::find(rules, out);
    project::find(rules, out);
    norp::find(rules, out);
    law::find(rules, out);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Runs the default extractor on `text` and lists `LABEL text` for entities whose kind
    /// passes `keep`.
    pub(crate) fn found(text: &str, keep: impl Fn(Kind) -> bool) -> Vec<String> {
        crate::extract(text)
            .entities
            .iter()
            .filter(|e| keep(e.kind))
            .map(|e| format!("{} {}", e.label, e.text))
            .collect()
    }

    #[test]
    fn words_split_in_the_fold_pass_are_those_split_char_by_char() {
        let mut texts: Vec<String> = [
            "Қасым-Жомарт ТМҰ-ның – «Хабар» O'Brien д’Артаньян ҂Ә҃ӘӘ é-é a--b -x x- 5%-ке",
            "",
            "-",
            "ӘӘ‐әә‑ә’",
            "a-",
            "Ә'-Ә",
        ]
        .map(String::from)
        .to_vec();
        let mut all = String::new();
        for cp in (0..0x600).chain(0x1E00..0x2100).chain(0x1F600..0x1F610) {
            if let Some(c) = char::from_u32(cp) {
                for joiner in ["-", "’", ""] {
                    all.push('ә');
                    all.push(c);
                    all.push_str(joiner);
                    all.push(c);
                    all.push(' ');
                }
            }
        }
        texts.push(all);
        for t in &texts {
            let (mut folded, mut split) = (String::new(), Vec::new());
            crate::normalize::fold_and_split(t, &mut folded, &mut split);
            assert_eq!(split, words(t), "help: {t:?}");
            assert_eq!(folded, crate::normalize::fold(t));
        }
    }

    #[test]
    fn words_join_hyphenated_parts() {
        let t = "Қасым-Жомарт ТМҰ-ның – «Хабар»";
        let w: Vec<_> = words(t).iter().map(|w| &t[w.start..w.end()]).collect();
        assert_eq!(w, ["Қасым-Жомарт", "ТМҰ-ның", "Хабар"]);
    }

    /// [`split_name`] as first written: every occurrence of every ending, by substring
    /// search, then the longest stem with a case; kept to check the faster one against.
    fn split_name_by_search(word: &str) -> (usize, Option<Case>) {
        let mut best: Option<(usize, Option<Case>)> = None;
        for ending in STEM_ENDINGS {
            for (pos, _) in word.match_indices(ending) {
                let stem_len = pos + ending.len();
                if stem_len == word.len() {
                    return (stem_len, Some(Case::Nominative));
                }
                let rest = &word[stem_len..];
                if let Some(c) = suffix_chain(Stem::classify(&word[..stem_len]), rest, false) {
                    if c.case != Some(Case::Nominative) && best.is_none_or(|(l, _)| stem_len > l) {
                        best = Some((stem_len, c.case));
                    }
                }
            }
        }
        best.unwrap_or_else(|| split_at_case(word))
    }

    #[test]
    fn names_split_as_by_substring_search() {
        for e in STEM_ENDINGS {
            assert!(ends_a_stem_ending(e.chars().next_back().unwrap()), "help: {e}");
        }
        // Stems with endings inside and at the end, then every suffix of the grammar's
        // common cases, twice over.
        let stems = ["құрмаш", "сейіт", "нұрлан", "ивановск", "ахмет", "ерлан", "ин", "овов"];
        let suffixes = ["", "тың", "тің", "ның", "ға", "ке", "қа", "ды", "ны", "та", "тан", "мен"];
        let mut checked = 0;
        for stem in stems {
            for a in STEM_ENDINGS.iter().chain([&""]) {
                for b in STEM_ENDINGS.iter().chain([&""]) {
                    for s in suffixes {
                        let word = format!("{stem}{a}{b}{s}");
                        let fast = split_name(&word);
                        assert_eq!(fast, split_name_by_search(&word), "help: {word}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 10_000);
    }

    #[test]
    fn a_final_soft_sign_drops_before_a_vowel() {
        let stem = Stem::classify("ансамбль");
        let form = |w: &str| lemma_form(w, "ансамбль", stem).map(|(len, c)| (len, c.case));
        // Written as read: the soft sign before a consonant, dropped before a vowel.
        assert_eq!(form("ансамбльдері").map(|x| x.0), Some("ансамбль".len()));
        assert_eq!(form("ансамблі").map(|x| x.0), Some("ансамбл".len()));
        assert_eq!(form("ансамблінің"), Some(("ансамбл".len(), Some(Case::Genitive))));
        assert_eq!(form("ансамблер"), None);
    }

    #[test]
    fn names_split_into_stem_and_case() {
        let cases = [
            ("құрмашевтің", "құрмашев", Case::Genitive),
            ("құрмашев", "құрмашев", Case::Nominative),
            ("сейітованың", "сейітова", Case::Genitive),
            ("тоқаевқа", "тоқаев", Case::Dative),
            ("нұрланұлының", "нұрланұлы", Case::Genitive),
            ("ыдырысқа", "ыдырыс", Case::Dative),
            ("айдар", "айдар", Case::Nominative),
            ("ерлан", "ерлан", Case::Nominative),
            ("мадина", "мадина", Case::Nominative),
        ];
        for (word, stem, case) in cases {
            let (len, c) = split_name(word);
            assert_eq!((&word[..len], c), (stem, Some(case)), "help: {word}");
        }
    }
}
