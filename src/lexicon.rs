//! Small word lists from `data/lexicon/`, parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::entity::Kind;
use crate::morph::Stem;
use crate::normalize::fold;
use crate::quote::CueKind;

/// A generic head noun that may follow a name and select its reading ("Ақтау порты").
#[derive(Clone, Debug)]
pub(crate) struct Descriptor {
    pub kind: Kind,
    pub lemma: String,
    pub stem: Stem,
    /// Names unknown places only; never re-types a gazetteer name.
    pub new_only: bool,
}

/// A lexicon list indexed by its keys' first letters: a word is compared only with the
/// entries that can be its prefix, not with the whole list (the rules test every word of
/// the text). Keys of three or more letters are grouped by their first two letters, which
/// a form of the key always shares (only a last letter is ever voiced: министрлігі);
/// shorter keys by their first letter.
#[derive(Debug)]
pub(crate) struct Indexed<T> {
    items: Vec<T>,
    /// Item indices grouped by group key, list order within a group.
    order: Vec<u32>,
    /// Short keys by first letter below U+0500 (ASCII, Latin-1, Cyrillic): the group's
    /// range in `order`, looked up by code point without hashing.
    small: Vec<(u32, u32)>,
    /// Long keys whose first two letters are lower-case Kazakh letters, by the pair of
    /// their [`letter_code`]s: looked up without hashing.
    kazakh: Vec<(u32, u32)>,
    /// Other groups: short keys by first letter, other long keys by first two letters.
    groups: HashMap<(char, Option<char>), (u32, u32), FastHash>,
}

/// The lower-case Kazakh alphabet (а–я, ё, ә ғ қ ң ө ұ ү һ і) numbered 0..42.
#[inline]
fn letter_code(c: char) -> Option<usize> {
    Some(match c {
        'а'..='я' => c as usize - 'а' as usize,
        'ё' => 32,
        'ә' => 33,
        'ғ' => 34,
        'қ' => 35,
        'ң' => 36,
        'ө' => 37,
        'ұ' => 38,
        'ү' => 39,
        'һ' => 40,
        'і' => 41,
        _ => return None,
    })
}

/// Letter codes per row of the pair table.
const CODES: usize = 42;

/// The pair table slot of two letters, when both are Kazakh letters.
#[inline]
fn pair_slot(a: char, b: char) -> Option<usize> {
    Some(letter_code(a)? * CODES + letter_code(b)?)
}

/// First letters looked up by table rather than by hash.
const SMALL: usize = 0x500;

impl<T> Indexed<T> {
    fn new(items: Vec<T>, key: impl Fn(&T) -> &str) -> Indexed<T> {
        let group = |i: u32| {
            let mut cs = key(&items[i as usize]).chars();
            let (a, b, c) = (cs.next(), cs.next(), cs.next());
            a.map(|a| (a, b.filter(|_| c.is_some())))
        };
        let mut order: Vec<u32> = (0..items.len() as u32).filter(|&i| group(i).is_some()).collect();
        order.sort_by_key(|&i| group(i));
        let mut small = vec![(0, 0); SMALL];
        let mut kazakh = vec![(0, 0); CODES * CODES];
        let mut groups = HashMap::default();
        let mut g = 0;
        while g < order.len() {
            let k = group(order[g]);
            let end = g + order[g..].iter().take_while(|&&i| group(i) == k).count();
            let range = (g as u32, end as u32);
            match k {
                Some((c, None)) if (c as usize) < SMALL => small[c as usize] = range,
                Some((a, Some(b))) if pair_slot(a, b).is_some() => {
                    kazakh[pair_slot(a, b).unwrap_or_default()] = range;
                }
                Some(k) => {
                    groups.insert(k, range);
                }
                None => {}
            }
            g = end;
        }
        Indexed { items, order, small, kazakh, groups }
    }

    /// The entries whose key can start `word` (same first letter, and same second letter
    /// for keys of three or more letters), in list order.
    #[inline]
    pub(crate) fn starting<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a T> + 'a {
        let mut cs = word.chars();
        let (first, second) = (cs.next(), cs.next());
        let short = match first {
            Some(c) if (c as usize) < SMALL => self.small[c as usize],
            Some(c) => self.groups.get(&(c, None)).copied().unwrap_or((0, 0)),
            None => (0, 0),
        };
        let long = match (first, second) {
            (Some(a), Some(b)) => match pair_slot(a, b) {
                Some(slot) => self.kazakh[slot],
                None => self.groups.get(&(a, Some(b))).copied().unwrap_or((0, 0)),
            },
            _ => (0, 0),
        };
        let short = &self.order[short.0 as usize..short.1 as usize];
        let long = &self.order[long.0 as usize..long.1 as usize];
        Merged { a: short, b: long }.map(move |i| &self.items[i as usize])
    }
}

/// Two ascending index lists merged into one ascending list.
struct Merged<'a> {
    a: &'a [u32],
    b: &'a [u32],
}

impl Iterator for Merged<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        let take_a = match (self.a.first(), self.b.first()) {
            (Some(x), Some(y)) => x < y,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let (head, rest) = if take_a { self.a.split_first()? } else { self.b.split_first()? };
        if take_a {
            self.a = rest;
        } else {
            self.b = rest;
        }
        Some(*head)
    }
}

/// The reporting cues (`cues.tsv`), in list order, with a byte trie over their folded
/// forms: the cues that start at a place of the text are found in one walk from it, a
/// space of a form matching a run of spaces in the text.
#[derive(Debug)]
pub(crate) struct CueIndex {
    cues: Vec<(CueKind, String)>,
    trie: crate::gazetteer::trie::Trie,
    /// The kinds each distinct form is listed under, in list order (by trie key).
    kinds: Vec<Vec<CueKind>>,
}

impl CueIndex {
    fn new(cues: Vec<(CueKind, String)>) -> CueIndex {
        let mut forms: Vec<&str> = Vec::new();
        let mut kinds: Vec<Vec<CueKind>> = Vec::new();
        for (kind, form) in &cues {
            match forms.iter().position(|f| f == form) {
                Some(i) => kinds[i].push(*kind),
                None => {
                    forms.push(form);
                    kinds.push(vec![*kind]);
                }
            }
        }
        let trie = crate::gazetteer::trie::Trie::build(&forms);
        CueIndex { cues, trie, kinds }
    }

    /// The longest cue of one of `allowed` kinds that starts at byte `i` of the folded
    /// text as whole words, and where it ends. Of a form listed under several allowed
    /// kinds, the last listed is taken.
    pub(crate) fn longest(
        &self,
        folded: &str,
        i: usize,
        allowed: &[CueKind],
    ) -> Option<(CueKind, usize)> {
        if !folded.is_char_boundary(i) {
            return None;
        }
        let text = folded.as_bytes();
        let (mut node, mut pos) = (crate::gazetteer::trie::Trie::ROOT, i);
        let mut best = None;
        while let Some(&b) = text.get(pos) {
            let Some(next) = self.trie.step(node, b) else { break };
            node = next;
            pos += 1;
            if b == b' ' {
                // A run of spaces is one.
                while text.get(pos) == Some(&b' ') {
                    pos += 1;
                }
                continue;
            }
            let Some(key) = self.trie.value(node) else { continue };
            if crate::normalize::char_at(folded, pos).is_some_and(crate::normalize::is_word_char) {
                continue;
            }
            if let Some(kind) = self.kinds[key as usize].iter().rev().find(|k| allowed.contains(k))
            {
                best = Some((*kind, pos));
            }
        }
        best
    }

    /// The forms listed under `kind`, in list order.
    pub(crate) fn forms(&self, kind: CueKind) -> impl Iterator<Item = &str> + '_ {
        self.cues.iter().filter(move |(k, _)| *k == kind).map(|(_, form)| form.as_str())
    }
}

impl std::ops::Deref for CueIndex {
    type Target = [(CueKind, String)];

    fn deref(&self) -> &[(CueKind, String)] {
        &self.cues
    }
}

/// A fast, non-cryptographic hash for short lexicon keys (the FxHash mixing step used
/// by rustc): the lexicons are fixed data, so no HashDoS resistance is needed.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Builds [`FxHasher`]s.
pub(crate) type FastHash = std::hash::BuildHasherDefault<FxHasher>;

impl<T> std::ops::Deref for Indexed<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        &self.items
    }
}

/// Every lexicon the pipeline uses.
#[derive(Debug)]
pub(crate) struct Lexicons {
    /// Common words that are also names: a match needs a capital letter.
    pub homographs: HashMap<String, (), FastHash>,
    pub descriptors: Indexed<Descriptor>,
    /// Words that never begin a name.
    pub stopwords: HashSet<String, FastHash>,
    /// Given names (folded).
    pub first_names: HashSet<String, FastHash>,
    /// Given names that are also common words (folded): бақыт 'happiness', сапар 'trip'.
    pub given_words: HashSet<String, FastHash>,
    /// Organisation head nouns: kind, folded lemma, its stem.
    /// The last field is true for heads that name only what stands in guillemets before
    /// them (`quoted` rows: «Ертіссушар» кәсіпорны, but "Мемлекеттік кәсіпорын" is generic).
    pub org_heads: Indexed<(Kind, String, Stem, bool)>,
    /// One-person titles (folded; may be two words).
    pub titles_alone: Indexed<(String, Stem)>,
    /// Ranks: titles in any letter case.
    pub ranks: Indexed<(String, Stem)>,
    /// Role nouns that end a title chain.
    pub role_heads: Indexed<(String, Stem)>,
    /// Nouns for a person that stand before a name but are no title (`person` rows).
    pub person_nouns: Indexed<(String, Stem)>,
    /// Words that follow a person's name (`after` rows, titles there: Сырым би; `address`
    /// rows, no title: Мұхтар ата); the flag is true for titles.
    pub after_name: Indexed<(String, Stem, bool)>,
    /// Ethnonyms.
    pub norp: Indexed<(String, Stem)>,
    /// Languages and scripts: the folded name before "тілі" (also a script's name:
    /// "латын") and the language's name ("қазақ тілі").
    pub languages: Indexed<(Arc<str>, Arc<str>)>,
    /// Reporting cues (`cues.tsv`). The first words of the according-to cues
    /// ("пікірінше", `cues.forms(CueKind::According)`) are the keys of `Class::ACCORDING`,
    /// which the according-to finder tests at every word.
    pub cues: CueIndex,
    /// The keys telling which of the lists above a word can belong to (built from them;
    /// the gazetteer matcher walks them).
    pub class_keys: crate::word_class::ClassKeys,
}

fn stemmed(w: &str) -> (String, Stem) {
    let f = fold(w);
    let s = Stem::classify(&f);
    (f, s)
}

static LEXICONS: Lazy<Lexicons> = Lazy::new(|| {
    let positions = |mode: &str| -> Indexed<(String, Stem)> {
        let rows = rows(include_str!("../data/lexicon/positions.tsv"));
        Indexed::new(rows.filter(|c| c[0] == mode).map(|c| stemmed(c[1])).collect(), |t| &t.0)
    };
    let cues: Vec<(CueKind, String)> = rows(include_str!("../data/lexicon/cues.tsv"))
        .map(|c| {
            let kind = match c[0] {
                "direct" => CueKind::Direct,
                "credit" => CueKind::Credit,
                "opinion" => CueKind::Opinion,
                "according" => CueKind::According,
                "complement" => CueKind::Complement,
                other => panic!("unknown cue kind {other:?} in cues.tsv (tested)"),
            };
            (kind, fold(c[1]))
        })
        .collect();
    let mut lex = Lexicons {
        homographs: words(include_str!("../data/lexicon/homographs.txt"))
            .map(|w| (fold(w), ()))
            .collect(),
        descriptors: Indexed::new(
            rows(include_str!("../data/lexicon/descriptors.tsv"))
                .map(|cols| {
                    let kind = cols[0].parse().expect("descriptor kinds are valid (tested)");
                    let lemma = fold(cols[1]);
                    let new_only = cols.get(2) == Some(&"new-only");
                    // A two-word lemma ("елді мекен") inflects its last word.
                    let stem = Stem::classify(lemma.rsplit(' ').next().unwrap_or(&lemma));
                    Descriptor { kind, stem, lemma, new_only }
                })
                .collect(),
            |d| &d.lemma,
        ),
        stopwords: words(include_str!("../data/lexicon/stopwords.txt")).map(fold).collect(),
        first_names: words(include_str!("../data/lexicon/first_names.txt")).map(fold).collect(),
        given_words: words(include_str!("../data/lexicon/given_words.txt")).map(fold).collect(),
        org_heads: Indexed::new(
            rows(include_str!("../data/lexicon/org_heads.tsv"))
                .map(|cols| {
                    let (lemma, stem) = stemmed(cols[1]);
                    let kind = cols[0].parse().expect("org head kinds are valid (tested)");
                    (kind, lemma, stem, cols.get(2) == Some(&"quoted"))
                })
                .collect(),
            |t| &t.1,
        ),
        titles_alone: positions("alone"),
        ranks: positions("rank"),
        role_heads: positions("head"),
        person_nouns: positions("person"),
        after_name: Indexed::new(
            rows(include_str!("../data/lexicon/positions.tsv"))
                .filter(|cols| matches!(cols[0], "after" | "address"))
                .map(|cols| {
                    let (lemma, stem) = stemmed(cols[1]);
                    (lemma, stem, cols[0] == "after")
                })
                .collect(),
            |t| &t.0,
        ),
        norp: Indexed::new(
            words(include_str!("../data/lexicon/norp.txt")).map(stemmed).collect(),
            |t| &t.0,
        ),
        languages: Indexed::new(
            words(include_str!("../data/lexicon/languages.txt"))
                .map(|w| {
                    let w = fold(w);
                    let name = Arc::from(format!("{w} тілі"));
                    (Arc::from(w), name)
                })
                .collect(),
            |t| &t.0,
        ),
        cues: CueIndex::new(cues),
        class_keys: Default::default(),
    };
    lex.class_keys = crate::word_class::ClassKeys::build(&lex);
    lex
});

/// The embedded lexicons.
pub(crate) fn lexicons() -> &'static Lexicons {
    &LEXICONS
}

/// Non-comment, non-blank lines, trimmed.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Non-comment lines split on TAB.
pub(crate) fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    words(text).map(|l| l.split('\t').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn indexed_offers_every_possible_prefix_in_list_order() {
        // Candidates: long keys sharing the first two letters, short keys sharing the first
        // (a short key's last letter may be voiced in the text); never other long keys.
        let keys = ["министр", "ми", "мин", "мәжіліс", "м", "министрлік", "ма"];
        let ix = Indexed::new(keys.to_vec(), |k| k);
        let got: Vec<&str> = ix.starting("министрлігі").copied().collect();
        assert_eq!(got, ["министр", "ми", "мин", "м", "министрлік", "ма"]);
        let got: Vec<&str> = ix.starting("мәжілісі").copied().collect();
        assert_eq!(got, ["ми", "мәжіліс", "м", "ма"]);
        assert_eq!(ix.starting("").count(), 0);
        assert_eq!(ix.starting("ж").count(), 0);
    }

    use super::*;

    #[test]
    fn lexicons_parse() {
        for cols in rows(include_str!("../data/lexicon/descriptors.tsv")) {
            assert!(
                cols.len() == 2 || (cols.len() == 3 && cols[2] == "new-only"),
                "help: descriptors.tsv row {cols:?} needs kind<TAB>lemma[<TAB>new-only]"
            );
            assert!(cols[0].parse::<Kind>().is_ok(), "help: unknown kind in {cols:?}");
        }
        for cols in rows(include_str!("../data/lexicon/org_heads.tsv")) {
            assert!(
                cols.len() == 2 || (cols.len() == 3 && cols[2] == "quoted"),
                "help: org_heads.tsv row {cols:?} needs kind<TAB>lemma[<TAB>quoted]"
            );
            assert!(cols[0].parse::<Kind>().is_ok(), "help: unknown kind in {cols:?}");
        }
        for cols in rows(include_str!("../data/lexicon/positions.tsv")) {
            assert!(
                cols.len() == 2
                    && matches!(
                        cols[0],
                        "alone" | "head" | "rank" | "person" | "after" | "address"
                    ),
                "help: {cols:?}"
            );
        }
        for cols in rows(include_str!("../data/lexicon/cues.tsv")) {
            assert!(
                cols.len() == 2
                    && matches!(
                        cols[0],
                        "direct" | "credit" | "opinion" | "according" | "complement"
                    ),
                "help: cues.tsv {cols:?}"
            );
        }
        let l = lexicons();
        let all = CueKind::ALL;
        for (_, form) in l.cues.iter() {
            let words = form.split(' ').count();
            assert!(words <= crate::quote::MAX_CUE_WORDS, "help: cue {form:?} has {words} words");
            assert_eq!(
                l.cues.longest(form, 0, &all).map(|c| c.1),
                Some(form.len()),
                "help: {form}"
            );
            assert!(form.split(' ').all(|w| w.chars().all(crate::normalize::is_word_char)));
        }
        assert!(l.first_names.len() >= 1000, "{} first names", l.first_names.len());
        assert!(l.first_names.contains("айдар"));
        assert!(l.given_words.len() >= 80, "{} given words", l.given_words.len());
        for w in &l.given_words {
            assert!(l.first_names.contains(w), "help: given word {w} is no given name");
        }
        assert!(l.homographs.contains_key("астана"));
        assert!(l.descriptors.iter().any(|d| d.kind == Kind::Port && d.lemma == "порт"));
    }
}
