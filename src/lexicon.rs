//! Small word lists from `data/lexicon/`, parsed once.

use std::collections::{HashMap, HashSet};

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

/// A lexicon list indexed by first letter: a word is compared only with the entries that
/// can be its prefix, not with the whole list (the rules test every word of the text).
#[derive(Debug)]
pub(crate) struct Indexed<T> {
    items: Vec<T>,
    by_first: HashMap<char, Vec<u32>>,
}

impl<T> Indexed<T> {
    fn new(items: Vec<T>, key: impl Fn(&T) -> &str) -> Indexed<T> {
        let mut by_first: HashMap<char, Vec<u32>> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            if let Some(c) = key(item).chars().next() {
                by_first.entry(c).or_default().push(i as u32);
            }
        }
        Indexed { items, by_first }
    }

    /// The entries whose key starts with the first letter of `word`, in list order.
    pub(crate) fn starting<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a T> + 'a {
        let first = word.chars().next().and_then(|c| self.by_first.get(&c));
        first.into_iter().flatten().map(move |&i| &self.items[i as usize])
    }
}

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
    pub homographs: HashMap<String, ()>,
    pub descriptors: Indexed<Descriptor>,
    /// Words that never begin a name.
    pub stopwords: HashSet<String>,
    /// Given names (folded).
    pub first_names: HashSet<String>,
    /// Organisation head nouns: kind, folded lemma, its stem.
    pub org_heads: Indexed<(Kind, String, Stem)>,
    /// One-person titles (folded; may be two words).
    pub titles_alone: Indexed<(String, Stem)>,
    /// Ranks: titles in any letter case.
    pub ranks: Indexed<(String, Stem)>,
    /// Role nouns that end a title chain.
    pub role_heads: Indexed<(String, Stem)>,
    /// Ethnonyms.
    pub norp: Indexed<(String, Stem)>,
    /// Reporting cues (`cues.tsv`).
    pub cues: Indexed<(CueKind, String)>,
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
    Lexicons {
        homographs: words(include_str!("../data/lexicon/homographs.txt"))
            .map(|w| (fold(w), ()))
            .collect(),
        descriptors: Indexed::new(
            rows(include_str!("../data/lexicon/descriptors.tsv"))
                .map(|cols| {
                    let kind = cols[0].parse().expect("descriptor kinds are valid (tested)");
                    let lemma = fold(cols[1]);
                    let new_only = cols.get(2) == Some(&"new-only");
                    Descriptor { kind, stem: Stem::classify(&lemma), lemma, new_only }
                })
                .collect(),
            |d| &d.lemma,
        ),
        stopwords: words(include_str!("../data/lexicon/stopwords.txt")).map(fold).collect(),
        first_names: words(include_str!("../data/lexicon/first_names.txt")).map(fold).collect(),
        org_heads: Indexed::new(
            rows(include_str!("../data/lexicon/org_heads.tsv"))
                .map(|cols| {
                    let (lemma, stem) = stemmed(cols[1]);
                    (cols[0].parse().expect("org head kinds are valid (tested)"), lemma, stem)
                })
                .collect(),
            |t| &t.1,
        ),
        titles_alone: positions("alone"),
        ranks: positions("rank"),
        role_heads: positions("head"),
        norp: Indexed::new(
            words(include_str!("../data/lexicon/norp.txt")).map(stemmed).collect(),
            |t| &t.0,
        ),
        cues: Indexed::new(
            rows(include_str!("../data/lexicon/cues.tsv"))
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
                .collect(),
            |t| &t.1,
        ),
    }
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
            assert_eq!(cols.len(), 2, "help: org_heads.tsv row {cols:?}");
            assert!(cols[0].parse::<Kind>().is_ok(), "help: unknown kind in {cols:?}");
        }
        for cols in rows(include_str!("../data/lexicon/positions.tsv")) {
            assert!(
                cols.len() == 2 && matches!(cols[0], "alone" | "head" | "rank"),
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
        assert!(l.first_names.len() >= 1000, "{} first names", l.first_names.len());
        assert!(l.first_names.contains("айдар"));
        assert!(l.homographs.contains_key("астана"));
        assert!(l.descriptors.iter().any(|d| d.kind == Kind::Port && d.lemma == "порт"));
    }
}
