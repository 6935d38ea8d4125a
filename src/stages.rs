//! Entry points to each pipeline stage, for the benches (`benches/extraction.rs`).
//!
//! Hidden from the docs and not covered by semver: they exist so that `cargo bench` can
//! show where the time goes. Each stage takes what the earlier stages produced, as the
//! pipeline does: normalise → gazetteer scan → rules → resolution → quotes.

use crate::entity::Entity;
use crate::extractor::Extractor;
use crate::gazetteer::{embedded, matcher::Matcher};
use crate::lexicon::lexicons;
use crate::{normalize, quote, resolve, rules};

/// The output of every stage for one text, ready to feed a later stage again.
#[derive(Debug)]
pub struct Prepared<'t> {
    text: &'t str,
    folded: String,
    gazetteer: Vec<Entity<'t>>,
    rule_matches: Vec<rules::RuleMatch>,
    words: Vec<rules::Word>,
    classes: Vec<crate::word_class::Classes>,
    defs: Vec<rules::Definition>,
    entities: Vec<Entity<'t>>,
}

/// Folds `text` and splits it into words (the normalisation stage); returns the folded
/// text.
pub fn normalize(text: &str) -> String {
    let (mut folded, mut words) = (String::new(), Vec::new());
    normalize::fold_and_split(text, &mut folded, &mut words);
    std::hint::black_box(&words);
    folded
}

/// The folded surface forms of the embedded gazetteer, as the matcher's trie holds
/// them: the input of the bare-scan floor.
pub fn surfaces() -> Vec<String> {
    let mut out: Vec<String> =
        embedded().entries().iter().flat_map(|e| e.surfaces().map(normalize::fold)).collect();
    out.sort();
    out.dedup();
    out
}

/// Builds the default gazetteer matcher from scratch (what the first `extract` pays).
pub fn build_default_matcher() -> usize {
    let lex = lexicons();
    let m = Matcher::build([embedded()], &lex.homographs, &lex.class_keys);
    std::hint::black_box(&m);
    1
}

impl Extractor {
    /// Runs every stage once and keeps each stage's output.
    #[doc(hidden)]
    pub fn __prepare<'t>(&self, text: &'t str) -> Prepared<'t> {
        let crate::extractor::Scanned { folded, words, classes, gazetteer } = self.scan(text);
        let r = rules::Rules::new(text, &folded, words, classes.clone(), &gazetteer, lexicons());
        let defs = rules::definitions(&r);
        let mut rule_matches = Vec::new();
        rules::run(&r, &defs, &mut rule_matches);
        let words = r.words;
        let mut entities = resolve::merge(text, &folded, gazetteer.clone(), rule_matches.clone());
        resolve::link(text, &folded, &words, &defs, &mut entities);
        Prepared { text, folded, gazetteer, rule_matches, words, classes, defs, entities }
    }

    /// The gazetteer stage alone: the scan (which finds the words' lexicon classes too)
    /// and its reading choice; returns the count.
    #[doc(hidden)]
    pub fn __gazetteer(&self, p: &Prepared<'_>) -> usize {
        let mut out = Vec::new();
        let mut classes = Vec::new();
        self.__gazetteer_into(p.text, &p.folded, &p.words, &mut out, &mut classes);
        out.len()
    }

    /// The rules stage alone; returns the number of rule candidates.
    #[doc(hidden)]
    pub fn __rules(&self, p: &Prepared<'_>) -> usize {
        let (words, classes) = (p.words.clone(), p.classes.clone());
        let r = rules::Rules::new(p.text, &p.folded, words, classes, &p.gazetteer, lexicons());
        let defs = rules::definitions(&r);
        let mut out = Vec::new();
        rules::run(&r, &defs, &mut out);
        out.len()
    }

    /// The resolution stage alone (merge and linking); returns the number of entities.
    #[doc(hidden)]
    pub fn __resolve(&self, p: &Prepared<'_>) -> usize {
        let mut entities =
            resolve::merge(p.text, &p.folded, p.gazetteer.clone(), p.rule_matches.clone());
        resolve::link(p.text, &p.folded, &p.words, &p.defs, &mut entities);
        entities.len()
    }

    /// The quotation stage alone; returns the number of quotes.
    #[doc(hidden)]
    pub fn __quotes(&self, p: &Prepared<'_>) -> usize {
        quote::quotes(p.text, &p.folded, &p.words, &p.classes, &p.entities, lexicons()).len()
    }
}
