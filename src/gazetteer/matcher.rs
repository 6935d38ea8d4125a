//! The gazetteer matcher: a trie of every folded surface form, walked at word starts,
//! with the Kazakh suffix grammar deciding where a mention ends.
//!
//! For each word start one walk gives every surface that begins there; the longest comes
//! first. The rest of the word must then be empty or a valid suffix chain for that surface
//! (`morph::suffix_chain`); after an abbreviation, a number or a Latin name the chain
//! follows a hyphen (ТМҰ-ның). When the longest surface fails, shorter ones starting at
//! the same place are tried, so "Ай" never matches inside "Айдар" but a longer valid
//! reading is never lost.

use std::collections::HashMap;
use std::sync::Arc;

use super::script::{
    latin_context, skeleton_of, spelled_as, spelled_chain, walk_skeleton, Scratch,
};
use super::trie::Trie;
use super::Gazetteer;
use crate::entity::{EntityId, Kind};
use crate::morph::{suffix_chain, Chain, Stem};
use crate::normalize::{char_at, fold, is_suffix_joiner, is_word_char, is_word_start, word_end};
use crate::word_class::{ClassKeys, Classes, Collect};

/// An entry as the matcher needs it.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub id: EntityId,
    pub kind: Kind,
    pub name: Arc<str>,
}

/// What one folded surface form stands for.
#[derive(Clone, Debug)]
struct Pattern {
    /// Indexes into `Matcher::targets`, in gazetteer priority order.
    targets: Vec<u32>,
    stem: Stem,
    /// Written in capitals (ТМҰ, АҚШ, BAQ.KZ): the text must be in capitals too, and
    /// suffixes follow a hyphen.
    abbreviation: bool,
    /// A common word as well as a name (Астана 'capital', Абай 'careful'): the text must
    /// start with a capital letter, and a possessed form is the common word ("астанасы").
    homograph: bool,
    /// A common phrase as well as a name ("Қарулы Күштер" 'the Armed Forces', "қарулы
    /// күштер" 'armed forces'): the text must start with a capital letter.
    common_phrase: bool,
    /// A one-word name written with a capital (Ақтау, Шет): proper nouns are capitalised
    /// in Kazakh, so a lower-case word ("шет", "мұнайлы") is a common word.
    capitalised: bool,
}

/// A gazetteer match, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub start: usize,
    pub stem_end: usize,
    pub end: usize,
    pub pattern: u32,
    pub chain: Chain,
}

/// The compiled gazetteer.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    trie: Trie,
    /// The skeletons of the same surfaces (`script`), for other spellings.
    skeletons: Trie,
    /// The length of each pattern's skeleton, in bytes.
    skeleton_len: Vec<u8>,
    /// The folded surfaces, by pattern.
    keys: Vec<Box<str>>,
    patterns: Vec<Pattern>,
    targets: Vec<Target>,
    /// The word classes of each trie key (patterns first, then the class keys that are
    /// no surface): prefix and exact classes (see `word_class`).
    classes: Vec<(Classes, Classes)>,
}

impl Matcher {
    /// Compiles the entries of `gazetteers` (earlier ones have priority) into the tries.
    pub(crate) fn build<'g>(
        gazetteers: impl IntoIterator<Item = &'g Gazetteer>,
        homographs: &HashMap<String, (), crate::lexicon::FastHash>,
        class_keys: &ClassKeys,
    ) -> Matcher {
        let mut targets = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut add =
            |key: String, target: u32, stem: Stem, surface: &str, patterns: &mut Vec<Pattern>| {
                let i = *index.entry(key.clone()).or_insert_with(|| {
                    keys.push(key.clone());
                    let (phrase, listed) = (key.contains(' '), homographs.contains_key(&key));
                    patterns.push(Pattern {
                        targets: Vec::new(),
                        stem,
                        abbreviation: is_abbreviation(surface),
                        homograph: !phrase && listed,
                        common_phrase: phrase && listed,
                        capitalised: !phrase
                            && surface.chars().next().is_some_and(crate::normalize::is_upper),
                    });
                    patterns.len() - 1
                });
                let p = &mut patterns[i];
                if !p.targets.contains(&target) {
                    p.targets.push(target);
                }
            };
        for g in gazetteers {
            for e in g.entries() {
                let t = targets.len() as u32;
                targets.push(Target {
                    id: e.id().clone(),
                    kind: e.kind(),
                    name: e.name_arc().clone(),
                });
                for surface in e.surfaces() {
                    let key = fold(surface);
                    let stem = Stem::classify(&key);
                    if let Some((voiced, vstem)) = stem.voiced(&key) {
                        let last = key.chars().next_back().map_or(0, char::len_utf8);
                        let mut vkey = key[..key.len() - last].to_string();
                        vkey.push(voiced);
                        add(vkey, t, vstem, surface, &mut patterns);
                    }
                    add(key, t, stem, surface, &mut patterns);
                }
            }
        }
        // The class keys share the trie: a key that is also a surface keeps its pattern
        // index, the others follow the patterns.
        let mut classes = vec![(0, 0); keys.len()];
        let mut trie_keys: Vec<&str> = keys.iter().map(String::as_str).collect();
        for ck in &class_keys.0 {
            let k = match index.get(&ck.key) {
                Some(&k) => k,
                None => {
                    trie_keys.push(&ck.key);
                    classes.push((0, 0));
                    classes.len() - 1
                }
            };
            classes[k].0 |= ck.prefix;
            classes[k].1 |= ck.exact;
        }
        let trie = Trie::build_letters(&trie_keys);
        let skeleton_keys: Vec<Vec<u8>> = keys.iter().map(|k| skeleton_of(k)).collect();
        let skeleton_len = skeleton_keys.iter().map(|k| k.len().min(255) as u8).collect();
        let skeletons = Trie::build(&skeleton_keys);
        let keys = keys.into_iter().map(String::into_boxed_str).collect();
        Matcher { trie, skeletons, skeleton_len, keys, patterns, targets, classes }
    }

    /// The entries a pattern stands for, in priority order.
    pub(crate) fn targets(&self, pattern: u32) -> impl Iterator<Item = &Target> + '_ {
        self.patterns[pattern as usize].targets.iter().map(|&t| &self.targets[t as usize])
    }

    /// Finds every gazetteer mention in `original` (whose fold is `folded`, and whose
    /// words are `words`), appending non-overlapping candidates in text order to `out`,
    /// and the word classes of every word to `classes` (see `word_class`).
    /// With `capitals`, one-word names need a capital first letter in the text.
    ///
    /// A mention starts at a word start: the start of a word, or a capitalised part after
    /// a hyphen inside one (Қазақстан-Қытай).
    pub(crate) fn find(
        &self,
        original: &str,
        folded: &str,
        words: &[crate::rules::Word],
        capitals: bool,
        out: &mut Vec<Candidate>,
        classes: &mut Vec<Classes>,
    ) {
        debug_assert_eq!(original.len(), folded.len());
        let mut scratch = Scratch::default();
        // No mention starts before `free`: the end of the last one.
        let mut free = 0;
        let mut try_at = |start: usize, free: &mut usize, collect: &mut Collect| {
            let found = self.longest_at(original, folded, start, capitals, collect).or_else(|| {
                // Other spellings, at capitalised words that matched nothing as written.
                char_at(original, start)
                    .is_some_and(crate::normalize::is_upper)
                    .then(|| self.skeleton_at(folded, start, &mut scratch))
                    .flatten()
            });
            if let Some(c) = found {
                *free = c.end;
                out.push(c);
            }
        };
        classes.reserve(words.len());
        for w in words {
            let mut collect = Collect::new(w.end() - w.start, w.cap);
            if w.start >= free {
                try_at(w.start, &mut free, &mut collect);
                classes.push(collect.classes());
            } else {
                // Inside a mention: the classes alone.
                classes.push(self.classes_of(&folded[w.start..w.end()], w.cap));
            }
            if !w.joined {
                continue;
            }
            // Parts after a joiner that start words of their own (capitalised).
            let mut k = w.start;
            while let Some((j, c)) =
                folded[k..w.end()].char_indices().find(|&(_, c)| is_suffix_joiner(c))
            {
                let part = k + j + c.len_utf8();
                if part >= free && is_word_start(original, part) {
                    try_at(part, &mut free, &mut Collect::default());
                }
                k = part;
            }
        }
    }

    /// The word classes of the folded word `word` (see `word_class`).
    pub(crate) fn classes_of(&self, word: &str, capitalised: bool) -> Classes {
        let mut collect = Collect::new(word.len(), capitalised);
        self.trie.letter_prefixes(word, |len, key| {
            let (prefix, exact) = self.classes[key as usize];
            collect.add(len, prefix, exact);
        });
        collect.classes()
    }

    /// The longest acceptable mention starting at word start `start`; the class keys
    /// found on the way go to `collect`.
    fn longest_at(
        &self,
        original: &str,
        folded: &str,
        start: usize,
        capitals: bool,
        collect: &mut Collect,
    ) -> Option<Candidate> {
        // Every surface starting here; the longest acceptable one wins.
        let mut nested = Nested::default();
        let patterns = self.patterns.len() as u32;
        self.trie.letter_prefixes(&folded[start..], |len, key| {
            let (prefix, exact) = self.classes[key as usize];
            collect.add(len, prefix, exact);
            if key < patterns {
                nested.push(start + len, key);
            }
        });
        nested.find_longest(|end, pattern| {
            self.accept(original, folded, start, end, pattern, capitals)
        })
    }

    /// The longest mention starting at word start `start` in another spelling (Latin
    /// script, Russian keyboard), matched by skeleton (see `script`).
    fn skeleton_at(&self, folded: &str, start: usize, scratch: &mut Scratch) -> Option<Candidate> {
        /// Shorter skeletons (Ай, Ақ) match too much by chance.
        const MIN_SKELETON: u8 = 4;
        let suffix = &mut scratch.suffix;
        let mut nested = Nested::default();
        walk_skeleton(&self.skeletons, folded, start, |end, pattern| {
            if self.skeleton_len[pattern as usize] >= MIN_SKELETON {
                nested.push(end, pattern);
            }
        });
        nested.find_longest(|stem_end, pattern| {
            let p = &self.patterns[pattern as usize];
            let written = &folded[start..stem_end];
            let key = &self.keys[pattern as usize];
            if p.abbreviation || !spelled_as(written, key, || latin_context(folded, start)) {
                return None;
            }
            let bare = |chain| Candidate { start, stem_end, end: stem_end, pattern, chain };
            let nominative = suffix_chain(p.stem, "", false)?;
            match char_at(folded, stem_end) {
                Some(c) if is_word_char(c) => {
                    let (end, rest) = attached_suffix(folded, stem_end)?;
                    let chain = spelled_chain(p.stem, rest, suffix)?;
                    // Written as the entry is, with a suffix the grammar already turned
                    // down: nothing was in another spelling.
                    if written == &**key && suffix == rest {
                        return None;
                    }
                    if p.reads_as_common_word(chain) {
                        return None;
                    }
                    Some(Candidate { start, stem_end, end, pattern, chain })
                }
                _ => Some(bare(nominative)),
            }
        })
    }

    /// Checks the word boundary and the suffix chain after a surface match.
    fn accept(
        &self,
        original: &str,
        folded: &str,
        start: usize,
        stem_end: usize,
        pattern: u32,
        capitals: bool,
    ) -> Option<Candidate> {
        let p = &self.patterns[pattern as usize];
        // Origin words derived from a name are written in lower case (қазақстандық).
        let lower = !char_at(original, start).is_some_and(crate::normalize::is_upper);
        let needs_capital =
            lower && (p.homograph || p.common_phrase || (capitals && p.capitalised));
        if p.abbreviation && !all_letters_upper(&original[start..stem_end]) {
            return None;
        }
        let bare = |chain| Candidate { start, stem_end, end: stem_end, pattern, chain };
        let nominative = suffix_chain(p.stem, "", false)?;
        let checked = |c: Candidate| (!needs_capital || c.chain.derived).then_some(c);
        match char_at(folded, stem_end) {
            None => checked(bare(nominative)),
            Some(c) if is_word_char(c) => {
                // The surface ends inside a word: the rest must be a suffix chain. Only
                // surfaces that end in a letter take attached suffixes, and
                // abbreviations take them after a hyphen.
                if p.abbreviation {
                    return None;
                }
                let (end, rest) = attached_suffix(folded, stem_end)?;
                let chain = suffix_chain(p.stem, rest, false)?;
                if p.reads_as_common_word(chain) {
                    return None;
                }
                checked(Candidate { start, stem_end, end, pattern, chain })
            }
            Some(c) if is_suffix_joiner(c) => {
                let s = stem_end + c.len_utf8();
                let end = word_end(folded, s);
                let rest = &folded[s..end];
                let lower_start = char_at(original, s).is_some_and(crate::normalize::is_lower);
                if end > s && lower_start && rest.chars().all(crate::normalize::is_letter) {
                    if let Some(chain) = suffix_chain(p.stem, rest, true) {
                        return checked(Candidate { start, stem_end, end, pattern, chain });
                    }
                    // A lower-case word after the hyphen that is no suffix makes one
                    // compound word (мәдени-тілдік): not this entity.
                    return None;
                }
                checked(bare(nominative))
            }
            Some(_) => checked(bare(nominative)),
        }
    }
}

impl Pattern {
    /// A common word that is also a name, read with a bare possessive, is the common word
    /// ("Келесі жылы" 'next year', not the river Келес + -і).
    fn reads_as_common_word(&self, chain: Chain) -> bool {
        self.homograph && chain.possessive && chain.case == Some(crate::Case::Nominative)
    }
}

/// The suffix attached to a surface that ends at `stem_end` inside a word: its end and
/// text. Only surfaces that end in a letter take attached suffixes, and the suffix is
/// letters only.
fn attached_suffix(folded: &str, stem_end: usize) -> Option<(usize, &str)> {
    let last = folded[..stem_end].chars().next_back()?;
    if !crate::normalize::is_letter(last) {
        return None;
    }
    let end = word_end(folded, stem_end);
    let rest = &folded[stem_end..end];
    rest.chars().all(crate::normalize::is_letter).then_some((end, rest))
}

/// The surfaces found at one word start, shortest first. Nested surfaces are few
/// (Қазақстан, Қазақстан Республикасы): past the buffer, the shortest are dropped.
#[derive(Default)]
struct Nested {
    found: [(usize, u32); 16],
    n: usize,
}

impl Nested {
    /// Adds a surface ending at `end`, longer than those before it.
    fn push(&mut self, end: usize, pattern: u32) {
        if self.n == self.found.len() {
            self.found.copy_within(1.., 0);
            self.n -= 1;
        }
        self.found[self.n] = (end, pattern);
        self.n += 1;
    }

    /// The first `Some` that `f` gives for a surface (end, pattern), longest first.
    fn find_longest<T>(&self, mut f: impl FnMut(usize, u32) -> Option<T>) -> Option<T> {
        self.found[..self.n].iter().rev().find_map(|&(end, pattern)| f(end, pattern))
    }
}

/// Whether a surface is written as an abbreviation: at least two letters, all capitals.
fn is_abbreviation(surface: &str) -> bool {
    let letters = surface.chars().filter(|&c| crate::normalize::is_letter(c)).count();
    letters >= 2 && all_letters_upper(surface) && !surface.contains(' ')
}

fn all_letters_upper(s: &str) -> bool {
    s.chars().filter(|&c| crate::normalize::is_letter(c)).all(crate::normalize::is_upper)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn matcher(tsv: &str, homographs: &[&str]) -> Matcher {
        let g = Gazetteer::from_tsv(tsv.as_bytes()).unwrap();
        let h = homographs.iter().map(|w| (w.to_string(), ())).collect();
        Matcher::build([&g], &h, &ClassKeys::default())
    }

    fn found(m: &Matcher, text: &str) -> Vec<String> {
        let (mut folded, mut words) = (String::new(), Vec::new());
        crate::normalize::fold_and_split(text, &mut folded, &mut words);
        let mut out = Vec::new();
        m.find(text, &folded, &words, true, &mut out, &mut Vec::new());
        out.iter()
            .map(|c| {
                let t = m.targets(c.pattern).next().unwrap();
                format!("{}={}", &text[c.start..c.end], t.id)
            })
            .collect()
    }

    const TSV: &str = "GPE:KZ\tcountry\tҚазақстан\tҚР\n\
        GPE:aktau\tcity\tАқтау\t\n\
        ORG:ots\tinternational_organisation\tТүркі мемлекеттері ұйымы\tТМҰ\n\
        PER:ai\tperson\tАй\t\n\
        LOC:central-asia\tarea\tОрталық Азия\t\n\
        ORG:eu\tinternational_organisation\tЕуропалық Одақ\tЕО\n";

    #[test]
    fn inflected_whole_words_only() {
        let m = matcher(TSV, &[]);
        assert_eq!(found(&m, "Қазақстанға келді"), ["Қазақстанға=GPE:KZ"]);
        assert_eq!(found(&m, "ҚАЗАҚСТАН"), ["ҚАЗАҚСТАН=GPE:KZ"]);
        assert_eq!(found(&m, "Айдар келді"), Vec::<String>::new());
        assert_eq!(found(&m, "қазақстанға"), Vec::<String>::new());
        assert_eq!(found(&m, "түркі мемлекеттері ұйымы"), ["түркі мемлекеттері ұйымы=ORG:ots"]);
        assert_eq!(
            found(&m, "Түркі мемлекеттері ұйымындағы"),
            ["Түркі мемлекеттері ұйымындағы=ORG:ots"]
        );
        assert_eq!(found(&m, "Орталық Азиядағы"), ["Орталық Азиядағы=LOC:central-asia"]);
        assert_eq!(found(&m, "Орталығы"), Vec::<String>::new());
    }

    #[test]
    fn abbreviations_take_hyphenated_suffixes_and_capitals() {
        let m = matcher(TSV, &[]);
        assert_eq!(found(&m, "ТМҰ-ның"), ["ТМҰ-ның=ORG:ots"]);
        assert_eq!(found(&m, "ҚР мен ЕО-ға"), ["ҚР=GPE:KZ", "ЕО-ға=ORG:eu"]);
        assert_eq!(found(&m, "тмұ"), Vec::<String>::new());
        assert_eq!(found(&m, "ЕОның"), Vec::<String>::new());
    }

    #[test]
    fn homographs_need_a_capital() {
        let m = matcher(TSV, &["ақтау"]);
        assert_eq!(found(&m, "Ақтауда"), ["Ақтауда=GPE:aktau"]);
        assert_eq!(found(&m, "ақтау"), Vec::<String>::new());
    }

    #[test]
    fn common_phrases_need_a_capital_and_keep_their_possessed_forms() {
        let tsv = "ORG:af\tstate_body\tҚарулы Күштер\t\n";
        let m = matcher(tsv, &["қарулы күштер"]);
        assert_eq!(found(&m, "Елдің Қарулы Күштері"), ["Қарулы Күштері=ORG:af"]);
        assert_eq!(found(&m, "біздің қарулы күштеріміз"), Vec::<String>::new());
        // Not listed, a phrase matches in lower case too.
        let m = matcher(tsv, &[]);
        assert_eq!(found(&m, "біздің қарулы күштеріміз"), ["қарулы күштеріміз=ORG:af"]);
    }

    #[test]
    fn hyphen_compounds() {
        let m = matcher(TSV, &[]);
        assert_eq!(found(&m, "Қазақстан-Ақтау"), ["Қазақстан=GPE:KZ", "Ақтау=GPE:aktau"]);
    }
}
