//! The extractor and its builder: wires the pipeline stages together.

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::error::{Error, ErrorKind};
use crate::extraction::Extraction;
use crate::gazetteer::{embedded, matcher::Matcher, Gazetteer};
use crate::lexicon::{lexicons, Lexicons};
use crate::{normalize, quote, resolve, rules};

/// The default gazetteer matcher, compiled once and shared by every default extractor.
static DEFAULT_MATCHER: Lazy<Arc<Matcher>> = Lazy::new(|| {
    let lex = lexicons();
    Arc::new(Matcher::build([embedded()], &lex.homographs, &lex.class_keys))
});

/// The default gazetteer matcher, for tests of what its walk finds.
#[cfg(test)]
pub(crate) fn default_matcher() -> &'static Matcher {
    &DEFAULT_MATCHER
}

/// Finds entities and quotations in Kazakh text.
///
/// Build one (it compiles the gazetteers into a trie) and reuse it: it is
/// `Send + Sync`, and `clone` is an `Arc` bump. [`crate::extract`] uses a shared
/// default one.
///
/// # Example
/// ```
/// use atau::Extractor;
/// let extractor = Extractor::new();
/// let ex = extractor.extract("Ильхам Әлиев Астанаға келді.");
/// let names: Vec<&str> = ex.entities.iter().map(|e| &*e.name).collect();
/// assert_eq!(names, ["Ильхам Әлиев", "Астана"]);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    matcher: Arc<Matcher>,
    lex: &'static Lexicons,
    rules: bool,
    quotes: bool,
    capitals: bool,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

/// The per-document buffers that no output keeps (the fold, the words, their classes),
/// kept per thread between calls so that their memory is not returned and faulted in
/// again for every document: large buffers come from `mmap`, and on documents of some
/// hundred kilobytes the page faults of fresh ones were a tenth of the time. Buffers grown
/// past [`Buffers::KEEP`] bytes (a huge text) are dropped, not kept.
#[derive(Default)]
struct Buffers {
    folded: String,
    words: Vec<rules::Word>,
    classes: Vec<crate::word_class::Classes>,
}

thread_local! {
    static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::default();
}

impl Buffers {
    /// The most bytes of fold kept between documents (the words and classes kept with it
    /// take about twice as much).
    const KEEP: usize = 1 << 20;

    /// This thread's buffers (empty ones when another call holds them).
    fn take() -> Buffers {
        BUFFERS
            .with(|b| b.try_borrow_mut().map(|mut b| std::mem::take(&mut *b)).unwrap_or_default())
    }

    /// Returns the buffers for the next document on this thread.
    fn give(folded: String, words: Vec<rules::Word>, classes: Vec<crate::word_class::Classes>) {
        if folded.capacity() <= Self::KEEP {
            BUFFERS.with(|b| {
                if let Ok(mut b) = b.try_borrow_mut() {
                    *b = Buffers { folded, words, classes };
                }
            });
        }
    }
}

/// What [`Extractor::scan`] gives: the folded text, its words, their lexicon classes
/// and the gazetteer entities.
pub(crate) struct Scanned<'t> {
    pub folded: String,
    pub words: Vec<rules::Word>,
    pub classes: Vec<crate::word_class::Classes>,
    pub gazetteer: Vec<crate::entity::Entity<'t>>,
}

impl Extractor {
    /// The default extractor: embedded gazetteers, all rules.
    ///
    /// # Example
    /// ```
    /// let ex = atau::Extractor::new().extract("Баку");
    /// assert_eq!(ex.entities.len(), 1);
    /// ```
    pub fn new() -> Extractor {
        Extractor::builder().build().expect("the default configuration is valid (tested)")
    }

    /// A builder to configure gazetteers and stages.
    ///
    /// # Example
    /// ```
    /// let g = atau::Gazetteer::from_tsv("PER:omarova-aigul\tperson\tАйгүл Омарова\t\n".as_bytes())?;
    /// let ex = atau::Extractor::builder().default_gazetteers(false).gazetteer(g).build()?;
    /// assert_eq!(ex.extract("Айгүл Омарова мен Қазақстан").entities.len(), 1);
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extracts entities and quotations from `text`. Never fails and never panics; empty
    /// or entity-free text gives an empty [`Extraction`].
    ///
    /// # Example
    /// ```
    /// let extractor = atau::Extractor::new();
    /// assert!(extractor.extract("").entities.is_empty());
    /// let ex = extractor.extract("ТМҰ-ның саммиті Бакуде өтті.");
    /// assert_eq!(ex.entities[0].text, "ТМҰ-ның");
    /// assert_eq!(ex.entities[1].text, "Бакуде");
    /// ```
    pub fn extract<'t>(&self, text: &'t str) -> Extraction<'t> {
        let lex = self.inner.lex;
        let Scanned { folded, words, classes, gazetteer } = self.scan(text);
        if !self.inner.rules {
            Buffers::give(folded, words, classes);
            return Extraction { entities: gazetteer, quotes: Vec::new() };
        }
        let r = rules::Rules::new(text, &folded, words, classes, &gazetteer, lex);
        let defs = rules::definitions(&r);
        let mut found = Vec::with_capacity(r.words.len() / 8);
        rules::run(&r, &defs, &mut found);
        let (words, classes) = (r.words, r.classes);
        let mut entities = resolve::merge(text, &folded, gazetteer, found);
        resolve::link(text, &folded, &words, &defs, &mut entities);
        let quotes = if self.inner.quotes {
            quote::quotes(text, &folded, &words, &classes, &entities, lex)
        } else {
            Vec::new()
        };
        Buffers::give(folded, words, classes);
        Extraction { entities, quotes }
    }
}

impl Extractor {
    /// Extracts every text of a batch on all cores. The result is in input order and
    /// identical to calling [`Extractor::extract`] on each text in turn.
    ///
    /// Work is handed out in small chunks from a shared counter to scoped threads
    /// (`std::thread::scope`), one per available core: the texts are independent and the
    /// extractor is shared read-only, so no work-stealing runtime (and no dependency) is
    /// needed.
    ///
    /// # Example
    /// ```
    /// let extractor = atau::Extractor::new();
    /// let docs = ["Астанада жиын өтті.", "ТМҰ-ның саммиті Бакуде өтеді."];
    /// let all = extractor.extract_batch(&docs);
    /// assert_eq!(all.len(), 2);
    /// assert_eq!(all[1], extractor.extract(docs[1]));
    /// ```
    pub fn extract_batch<'t, S: AsRef<str> + Sync>(&self, texts: &'t [S]) -> Vec<Extraction<'t>> {
        const CHUNK: usize = 64;
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunks = texts.len().div_ceil(CHUNK);
        if threads <= 1 || chunks <= 1 {
            return texts.iter().map(|t| self.extract(t.as_ref())).collect();
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut done: Vec<(usize, Vec<Extraction<'t>>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads.min(chunks))
                .map(|_| {
                    scope.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let c = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            if c >= chunks {
                                return mine;
                            }
                            let part = &texts[c * CHUNK..((c + 1) * CHUNK).min(texts.len())];
                            mine.push((c, part.iter().map(|t| self.extract(t.as_ref())).collect()));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        done.sort_unstable_by_key(|(c, _)| *c);
        done.into_iter().flat_map(|(_, part)| part).collect()
    }

    /// The first stages, which every pipeline runs: the fold of `text` with its words,
    /// then the gazetteer scan, which gives the words' classes and the gazetteer
    /// entities.
    pub(crate) fn scan<'t>(&self, text: &'t str) -> Scanned<'t> {
        let Buffers { mut folded, mut words, mut classes } = Buffers::take();
        normalize::fold_and_split(text, &mut folded, &mut words);
        classes.clear();
        let mut gazetteer = Vec::new();
        self.__gazetteer_into(text, &folded, &words, &mut gazetteer, &mut classes);
        Scanned { folded, words, classes, gazetteer }
    }

    /// The gazetteer stage: scan, then one reading per match.
    pub(crate) fn __gazetteer_into<'t>(
        &self,
        text: &'t str,
        folded: &str,
        words: &[rules::Word],
        out: &mut Vec<crate::entity::Entity<'t>>,
        classes: &mut Vec<crate::word_class::Classes>,
    ) {
        // About one mention in eight words in dense news: fewer regrowths.
        let mut candidates = Vec::with_capacity(words.len() / 8);
        let capitals = self.inner.capitals;
        self.inner.matcher.find(text, folded, words, capitals, &mut candidates, classes);
        out.reserve(candidates.len());
        resolve::gazetteer_entities(
            text,
            folded,
            &self.inner.matcher,
            self.inner.lex,
            &candidates,
            out,
        );
    }
}

/// Configures an [`Extractor`]. Setters take `&mut self` and return it, and `build` can be
/// called again after more changes.
///
/// # Example
/// ```
/// let mut builder = atau::Extractor::builder();
/// builder.default_gazetteers(true);
/// let a = builder.build()?;
/// let b = builder.build()?;
/// assert_eq!(a.extract("Астана").entities, b.extract("Астана").entities);
/// # Ok::<(), atau::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    gazetteers: Vec<Gazetteer>,
    default_gazetteers: bool,
    rules: bool,
    quotes: bool,
    capitals: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// A builder with the default configuration.
    ///
    /// # Example
    /// ```
    /// let extractor = atau::ExtractorBuilder::new().build()?;
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            gazetteers: Vec::new(),
            default_gazetteers: true,
            rules: true,
            quotes: true,
            capitals: true,
        }
    }

    /// Adds a user gazetteer. Where its surfaces collide with the embedded ones, the
    /// user's entries are the default reading.
    ///
    /// # Example
    /// ```
    /// let g = atau::Gazetteer::from_tsv("ORG:klk\tcompany\tКаспий логистикалық қауымдастығы\tКЛҚ\n".as_bytes())?;
    /// let ex = atau::Extractor::builder().gazetteer(g).build()?;
    /// assert_eq!(ex.extract("КЛҚ-ның есебі").entities[0].id.as_str(), "ORG:klk");
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.gazetteers.push(gazetteer);
        self
    }

    /// Whether to use the embedded gazetteers (default: yes).
    ///
    /// # Example
    /// ```
    /// let ex = atau::Extractor::builder().default_gazetteers(false).build()?;
    /// assert!(ex.extract("Қазақстан").entities.is_empty());
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn default_gazetteers(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.default_gazetteers = yes;
        self
    }

    /// Whether to run the rule-based matchers (unknown persons, organisations and places,
    /// titles, dates and numbers, abbreviation definitions) and mention linking (default:
    /// yes). Without them only gazetteer entries are found.
    ///
    /// # Example
    /// ```
    /// let ex = atau::Extractor::builder().rules(false).build()?;
    /// assert!(ex.extract("2025 жылы").entities.is_empty());
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn rules(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.rules = yes;
        self
    }

    /// Whether to find quotations and their speakers (default: yes). Quotations need the
    /// rules (for speakers found by rules); with `rules(false)` none are looked for.
    ///
    /// # Example
    /// ```
    /// let ex = atau::Extractor::builder().quotes(false).build()?;
    /// assert!(ex.extract("Бәрі жақсы, – деді ол.").quotes.is_empty());
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn quotes(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.quotes = yes;
        self
    }

    /// Whether a one-word name must start with a capital letter in the text (default:
    /// yes). Kazakh capitalises every proper noun, and many names are also common words
    /// (Шет 'edge', Май 'oil', Жарма 'groats' are districts), so lower-case matches are
    /// mostly wrong. Turn this off for text that was lower-cased before it reached you.
    /// Multi-word names match in any letter case either way; abbreviations always need
    /// capitals.
    ///
    /// # Example
    /// ```
    /// let strict = atau::Extractor::new();
    /// assert!(strict.extract("қазақстанға").entities.is_empty());
    /// let lax = atau::Extractor::builder().require_capitals(false).build()?;
    /// assert_eq!(lax.extract("қазақстанға").entities[0].id.as_str(), "GPE:KZ");
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn require_capitals(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.capitals = yes;
        self
    }

    /// Compiles the configuration.
    ///
    /// # Errors
    /// [`ErrorKind::DuplicateId`] when a user gazetteer reuses an id of another gazetteer
    /// in the configuration (the embedded ones included).
    ///
    /// # Example
    /// ```
    /// let g = atau::Gazetteer::from_tsv("GPE:KZ\tcountry\tҚазақстан\t\n".as_bytes())?;
    /// let err = atau::Extractor::builder().gazetteer(g).build().unwrap_err();
    /// assert_eq!(err.to_string(), "<user gazetteer>: duplicate id \"GPE:KZ\"");
    /// # Ok::<(), atau::Error>(())
    /// ```
    pub fn build(&self) -> Result<Extractor, Error> {
        let lex = lexicons();
        let matcher = if self.gazetteers.is_empty() && self.default_gazetteers {
            Arc::clone(&DEFAULT_MATCHER)
        } else {
            let mut all: Vec<&Gazetteer> = self.gazetteers.iter().collect();
            if self.default_gazetteers {
                all.push(embedded());
            }
            let mut seen = std::collections::HashSet::new();
            for g in &all {
                for e in g.entries() {
                    if !seen.insert(e.id()) {
                        return Err(Error::new(ErrorKind::DuplicateId(e.id().to_string()))
                            .at("<user gazetteer>", None));
                    }
                }
            }
            Arc::new(Matcher::build(all, &lex.homographs, &lex.class_keys))
        };
        Ok(Extractor {
            inner: Arc::new(Inner {
                matcher,
                lex,
                rules: self.rules,
                quotes: self.quotes,
                capitals: self.capitals,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fold capacity this thread keeps between documents.
    fn kept() -> usize {
        BUFFERS.with(|b| b.borrow().folded.capacity())
    }

    #[test]
    fn reused_buffers_change_no_result_and_huge_ones_are_not_kept() {
        let paragraph = "Кеше Астанада Айдар Құрмашев сөйледі. «Жүк артты», – деді ол. \
            ТМҰ-ның саммиті 2025 жылғы 5 наурызда Бакуде өтеді. ";
        let texts: Vec<String> =
            [40, 1, 300, 0, 7, 5_300, 2].iter().map(|&n| paragraph.repeat(n)).collect();
        let extractor = Extractor::new();
        // Each text on a fresh thread (fresh buffers), then all in turn on this one.
        let fresh: Vec<String> = texts
            .iter()
            .map(|t| {
                std::thread::scope(|s| {
                    s.spawn(|| format!("{:?}", extractor.extract(t))).join().unwrap()
                })
            })
            .collect();
        for (t, want) in texts.iter().zip(&fresh) {
            assert_eq!(&format!("{:?}", extractor.extract(t)), want);
            // A text past the limit (the 5,300 paragraphs, 1,065,300 bytes) leaves nothing.
            if t.len() > Buffers::KEEP {
                assert_eq!(kept(), 0);
            } else {
                assert!(kept() >= t.len());
            }
        }
    }
}
