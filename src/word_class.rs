//! Word classes: which lexicons a word can belong to, found in the gazetteer walk.
//!
//! The rules test every word against several lexicons (head nouns, titles, role nouns,
//! ethnonyms, descriptors, stop words, given names, date lead words). Each test needs
//! the word to start with an entry's lemma minus its last letter (the suffix grammar and
//! the voiced stem start there) or to equal an entry. Those prefixes and words are
//! [`ClassKeys`]: the gazetteer matcher puts them in its trie beside the surface forms,
//! so the one walk it makes at each word start also gives the word's set of [`Class`]
//! bits. A rule skips a lexicon when its bit is clear. The bits are necessary
//! conditions only: a set bit still leads to the full test, so output does not change.

use crate::lexicon::Lexicons;
use crate::quote::CueKind;

/// A set of word classes, one bit each.
pub(crate) type Classes = u32;

/// Word class bits.
pub(crate) struct Class;

impl Class {
    /// The word is a stop word.
    pub const STOP: Classes = 1;
    /// The word is a given name.
    pub const FIRST_NAME: Classes = 1 << 1;
    /// The word can be a form of an organisation head noun (not one of the `quoted` heads,
    /// which name only a name in guillemets before them).
    pub const ORG_HEAD: Classes = 1 << 2;
    /// … of a place descriptor.
    pub const DESCRIPTOR: Classes = 1 << 3;
    /// … of a one-person title.
    pub const TITLE_ALONE: Classes = 1 << 4;
    /// … of a rank.
    pub const RANK: Classes = 1 << 5;
    /// … of a role noun.
    pub const ROLE_HEAD: Classes = 1 << 6;
    /// … of an ethnonym.
    pub const NORP: Classes = 1 << 7;
    /// The word can open a date or time: it starts with a lead word ("биыл", "кешке") or
    /// is a whole lead word ("қаңтар", "жыл").
    pub const LEAD: Classes = 1 << 8;
    /// The word starts with the first word of an according-to cue ("пікірінше").
    pub const ACCORDING: Classes = 1 << 9;
    /// The word starts with a given name ("Тамараның"): it may be one with a suffix.
    pub const GIVEN_STEM: Classes = 1 << 10;
    /// The word starts with a language's name ("қазақ", "ағылшынша").
    pub const LANGUAGE: Classes = 1 << 11;
    /// … of a word for a holiday ("мейрамы", "мерекесіне").
    pub const HOLIDAY: Classes = 1 << 12;
    /// The word starts with жыл ('year'): it may be a themed year's ("Жастар жылы").
    pub const YEAR: Classes = 1 << 13;
    /// The word is "қайырлы" ('good'), which opens a greeting ("Қайырлы таң").
    pub const GREETING: Classes = 1 << 14;
    /// The word starts with a month's name ("қаңтарда", "мамыр").
    pub const MONTH_START: Classes = 1 << 15;
    /// The word starts with a time of day ("кешке", "таңғы", "түске").
    pub const TIME_OF_DAY_START: Classes = 1 << 16;
    /// The word starts with a number word or a collective numeral ("бесінші", "екеуі",
    /// "қырқ").
    pub const NUMBER_WORD_START: Classes = 1 << 17;
    /// The word starts with the first word of a relative date ("өткен", "биыл", "қыста").
    pub const RELATIVE_START: Classes = 1 << 18;
    /// The word starts with the first word of a whole period ("тәулік", "жылы").
    pub const PERIOD_START: Classes = 1 << 19;
    /// The word is "туралы" ('on') or "жөніндегі" ('concerning'), which name a law's
    /// subject ("Білім туралы заң").
    pub const ABOUT: Classes = 1 << 20;
    /// The word starts like a form of "бап" ('article': бабы, баптың).
    pub const ARTICLE: Classes = 1 << 21;
    /// … of an event's head noun (`event` rows of `org_heads.tsv`: съезі, форумы).
    pub const EVENT_HEAD: Classes = 1 << 22;
    /// … of a word that follows a person's name (`after` and `address` rows of
    /// `positions.tsv`: "Сырым бидің", "Мұхтар ата").
    pub const AFTER_NAME: Classes = 1 << 23;
}

/// A key of the word-class walk: a word that starts with `key` has the `prefix`
/// classes, a word that is `key` the `exact` ones as well.
#[derive(Clone, Debug)]
pub(crate) struct ClassKey {
    pub key: String,
    pub prefix: Classes,
    pub exact: Classes,
}

/// Every class key of the lexicons, one per distinct key.
#[derive(Clone, Debug, Default)]
pub(crate) struct ClassKeys(pub Vec<ClassKey>);

/// The part of a lemma every form of it starts with (see `rules::lemma_form`): the
/// whole lemma, or the lemma minus its last letter where that letter changes before a
/// suffix (к, қ, п voice: министрлігі, тарабы; ь drops: ансамблі); cut at the first
/// space (a two-word title's first word is the whole word). The longer the key, the
/// fewer words get the class: with "б" for "би", every word in б would.
fn prefix_of(lemma: &str) -> &str {
    let base = match lemma.char_indices().next_back() {
        Some((i, 'к' | 'қ' | 'п' | 'ь')) => &lemma[..i],
        Some(_) => lemma,
        None => "",
    };
    base.split(' ').next().unwrap_or("")
}

impl ClassKeys {
    /// The class keys of the lexicons in `lex`.
    pub(crate) fn build(lex: &Lexicons) -> ClassKeys {
        let mut entries: Vec<(&str, Classes, bool)> = Vec::new();
        entries.extend(lex.stopwords.iter().map(|w| (w.as_str(), Class::STOP, true)));
        entries.extend(lex.first_names.iter().map(|w| (w.as_str(), Class::FIRST_NAME, true)));
        entries.extend(lex.first_names.iter().map(|w| (w.as_str(), Class::GIVEN_STEM, false)));
        // The heads that name only a name in guillemets before them are looked up there
        // alone: no class.
        let unquoted = lex.org_heads.iter().filter(|(_, _, _, quoted)| !quoted);
        entries.extend(unquoted.map(|(_, l, _, _)| (prefix_of(l), Class::ORG_HEAD, false)));
        let events = lex.org_heads.iter().filter(|(kind, ..)| *kind == crate::entity::Kind::Event);
        entries.extend(events.map(|(_, l, _, _)| (prefix_of(l), Class::EVENT_HEAD, false)));
        entries.extend(
            lex.descriptors.iter().map(|d| (prefix_of(&d.lemma), Class::DESCRIPTOR, false)),
        );
        for (list, class) in [
            (&lex.titles_alone, Class::TITLE_ALONE),
            (&lex.ranks, Class::RANK),
            (&lex.role_heads, Class::ROLE_HEAD),
            (&lex.norp, Class::NORP),
        ] {
            entries.extend(list.iter().map(|(l, _)| (prefix_of(l), class, false)));
        }
        entries
            .extend(lex.after_name.iter().map(|(l, ..)| (prefix_of(l), Class::AFTER_NAME, false)));
        entries.extend(lex.languages.iter().map(|(l, _)| (&**l, Class::LANGUAGE, false)));
        entries.extend(
            crate::rules::HOLIDAY_WORDS.iter().map(|l| (prefix_of(l), Class::HOLIDAY, false)),
        );
        entries.push(("жыл", Class::YEAR, false));
        entries.extend(crate::rules::LAW_ABOUT.iter().map(|&w| (w, Class::ABOUT, true)));
        entries.extend(["бап", "баб"].map(|w| (w, Class::ARTICLE, false)));
        entries.push((crate::rules::GOOD, Class::GREETING, true));
        // Lead words are whole-word prefixes of the text, so of the word.
        entries.extend(crate::rules::LEAD_WORDS.iter().map(|&w| (w, Class::LEAD, false)));
        entries.extend(crate::rules::LEAD_WHOLE_WORDS.iter().map(|&w| (w, Class::LEAD, true)));
        // The numeric rules' lead conditions (which lead words begin which families).
        entries.extend(
            crate::rules::LEAD_CLASS_KEYS
                .iter()
                .flat_map(|&(words, class)| words.iter().map(move |&w| (w, class, false))),
        );
        // A word that begins an according-to cue begins with the cue's first run of word
        // chars.
        let according = lex
            .cues
            .forms(CueKind::According)
            .map(|form| (&form[..crate::normalize::word_end(form, 0)], Class::ACCORDING, false));
        entries.extend(according);
        let mut keys: Vec<ClassKey> = Vec::new();
        let mut index = std::collections::HashMap::new();
        for (key, class, whole) in entries {
            let k = *index.entry(key).or_insert_with(|| {
                keys.push(ClassKey { key: key.to_owned(), prefix: 0, exact: 0 });
                keys.len() - 1
            });
            if whole {
                keys[k].exact |= class;
            } else {
                keys[k].prefix |= class;
            }
        }
        ClassKeys(keys)
    }
}

/// A word's classes, gathered from the keys a walk from its start finds: keys longer
/// than the word do not count (the walk goes on into the next words for multi-word
/// surfaces), and `FIRST_NAME` and `GIVEN_STEM` count only for capitalised words (the
/// rules ask them of those only).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Collect {
    word_len: usize,
    capitalised: bool,
    classes: Classes,
}

impl Collect {
    /// Collects for a word of `word_len` bytes.
    pub(crate) fn new(word_len: usize, capitalised: bool) -> Collect {
        Collect { word_len, capitalised, classes: 0 }
    }

    /// Adds a key of `len` bytes found at the word's start.
    #[inline]
    pub(crate) fn add(&mut self, len: usize, prefix: Classes, exact: Classes) {
        if len <= self.word_len {
            self.classes |= prefix;
            if len == self.word_len {
                self.classes |= exact;
            }
        }
    }

    /// The word's classes.
    pub(crate) fn classes(&self) -> Classes {
        if self.capitalised {
            self.classes
        } else {
            self.classes & !(Class::FIRST_NAME | Class::GIVEN_STEM)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lexicons;
    use crate::rules::{lemma_form, roles};

    /// Every class bit agrees with the test it stands in for: set whenever the test
    /// passes (and, for the exact classes, exactly then).
    #[test]
    fn classes_are_necessary_for_every_lexicon_test() {
        let lex = lexicons();
        let matcher = crate::gazetteer::matcher::Matcher::build(
            [crate::gazetteer::embedded()],
            &lex.homographs,
            &lex.class_keys,
        );
        let classes = |w: &str, cap: bool| matcher.classes_of(w, cap);
        let mut words: Vec<String> = Vec::new();
        let lemmas = lex
            .org_heads
            .iter()
            .map(|(_, l, _, _)| l.as_str())
            .chain(lex.descriptors.iter().map(|d| d.lemma.as_str()))
            .chain(lex.titles_alone.iter().map(|(l, _)| l.as_str()))
            .chain(lex.ranks.iter().map(|(l, _)| l.as_str()))
            .chain(lex.role_heads.iter().map(|(l, _)| l.as_str()))
            .chain(lex.norp.iter().map(|(l, _)| l.as_str()))
            .chain(lex.languages.iter().map(|(l, _)| &**l))
            .chain(lex.after_name.iter().map(|(l, ..)| l.as_str()))
            .chain(crate::rules::HOLIDAY_WORDS);
        for lemma in lemmas {
            for suffix in ["", "ы", "сы", "ның", "ге", "ларының", "гі", "лігі", "і", "дағы"]
            {
                words.push(format!("{lemma}{suffix}"));
            }
            // The voiced stem of a lemma in к, қ, п (министрлігі, тарабы), and a loan's
            // stem without its soft sign (ансамблі).
            if let Some((i, last)) = lemma.char_indices().next_back() {
                let voiced = match last {
                    'к' => "г",
                    'қ' => "ғ",
                    'п' => "б",
                    _ => "",
                };
                for vowel in ["ы", "і"] {
                    words.push(format!("{}{voiced}{vowel}", &lemma[..i]));
                }
            }
            let first = lemma.split(' ').next().unwrap();
            words.push(first.to_owned());
            words.push(first.chars().skip(1).collect());
        }
        words.extend(lex.stopwords.iter().cloned());
        for cue in lex.cues.forms(CueKind::According) {
            words.push(cue.to_owned());
            words.push(cue.split(' ').next().unwrap().to_owned());
        }
        words.extend(lex.first_names.iter().cloned());
        words.extend(lex.first_names.iter().map(|n| format!("{n}ның")));
        words.extend(["", "а", "министрлігі", "қаласында", "жиын", "ұйымы"].map(String::from));
        for lead in crate::rules::LEAD_WORDS.iter().chain(crate::rules::LEAD_WHOLE_WORDS) {
            for suffix in ["", "ы", "да", "тты", "дам"] {
                words.push(format!("{lead}{suffix}"));
            }
        }
        for w in &words {
            let c = classes(w, true);
            assert_eq!(
                classes(w, false),
                c & !(Class::FIRST_NAME | Class::GIVEN_STEM),
                "help: {w}"
            );
            let has = |bit: Classes| c & bit != 0;
            assert_eq!(has(Class::STOP), lex.stopwords.contains(w.as_str()), "help: {w}");
            assert_eq!(has(Class::FIRST_NAME), lex.first_names.contains(w.as_str()), "help: {w}");
            let given = lex.first_names.contains(&w[..crate::rules::split_name(w).0]);
            assert!(!given || has(Class::GIVEN_STEM), "help: {w}");
            let org = lex.org_heads.iter().any(|(_, l, s, q)| !q && lemma_form(w, l, *s).is_some());
            assert!(!org || has(Class::ORG_HEAD), "help: {w}");
            let place = lex.descriptors.iter().any(|d| lemma_form(w, &d.lemma, d.stem).is_some());
            assert!(!place || has(Class::DESCRIPTOR), "help: {w}");
            let norp = lex.norp.iter().any(|(l, _)| w.starts_with(l.as_str()));
            assert!(!norp || has(Class::NORP), "help: {w}");
            let holiday = crate::rules::HOLIDAY_WORDS
                .iter()
                .any(|l| lemma_form(w, l, crate::morph::Stem::classify(l)).is_some());
            assert!(!holiday || has(Class::HOLIDAY), "help: {w}");
            assert_eq!(has(Class::YEAR), w.starts_with("жыл"), "help: {w}");
            let language = lex.languages.iter().any(|(l, _)| w.starts_with(&**l));
            assert_eq!(has(Class::LANGUAGE), language, "help: {w}");
            let first = &w[..crate::normalize::word_end(w, 0)];
            let according =
                lex.cues.forms(CueKind::According).any(|f| f.split(' ').next() == Some(first));
            assert!(!according || has(Class::ACCORDING), "help: {w}");
            let lead = crate::rules::LEAD_WORDS.iter().any(|l| w.starts_with(l))
                || crate::rules::LEAD_WHOLE_WORDS.contains(&w.as_str());
            assert_eq!(has(Class::LEAD), lead, "help: {w}");
            let after = lex.after_name.iter().any(|(l, s, _)| lemma_form(w, l, *s).is_some());
            assert!(!after || has(Class::AFTER_NAME), "help: {w}");
            let role = roles(lex, w).next().is_some();
            assert!(!role || has(Class::ROLE_HEAD | Class::TITLE_ALONE), "help: {w}");
            // Titles may be two words: the text from the word on starts with them.
            let text = format!("{w} прокуроры");
            for (list, bit) in [(&lex.titles_alone, Class::TITLE_ALONE), (&lex.ranks, Class::RANK)]
            {
                let starts = list.iter().any(|(l, _)| text.starts_with(l.as_str()));
                assert!(!starts || has(bit), "help: {w}");
            }
        }
        // The filter is selective: most words of running text have no class.
        let text = "Жиында сарапшылар өңірдегі жол құрылысы мен су жүйесін талқылады";
        let none = text.split(' ').filter(|w| classes(&crate::normalize::fold(w), true) == 0);
        assert!(none.count() >= 5);
    }
}
