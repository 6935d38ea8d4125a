//! # atau — named entities and attributed quotations in Kazakh news text
//!
//! `atau` (Kazakh *атау*, "name") finds named entities in Kazakh (Cyrillic) text with
//! inflection-aware gazetteers and rules, and returns typed spans: byte offsets into your
//! text, a KazNERD label, a fine kind, a stable id and the canonical name.
//!
//! ```
//! let text = "Әзербайжан Президенті Ильхам Әлиев Қазақстанға келді. ТМҰ-ның саммиті Бакуде өтеді.";
//! let ex = atau::extract(text);
//! for e in &ex.entities {
//!     println!("{:<12} {:<13} {:<8} {}", e.text, e.label, e.id, e.name);
//! }
//! let kz = ex.entities.iter().find(|e| e.id.as_str() == "GPE:KZ").unwrap();
//! assert_eq!(kz.text, "Қазақстанға");
//! assert_eq!(&text[kz.start..kz.stem_end], "Қазақстан");
//! assert_eq!(kz.case, Some(atau::Case::Dative));
//! assert_eq!(kz.label, atau::Label::Gpe);
//! // Output is serde-serialisable: the JSON shape is the crate's contract.
//! let json = serde_json::to_string(&ex).unwrap();
//! assert!(json.contains("\"label\":\"GPE\""));
//!
//! // Quotations, with the speaker resolved to an entity.
//! let ex = atau::extract("Бұл – маңызды қадам, – дейді сарапшы Айгүл Омарова.");
//! let q = &ex.quotes[0];
//! assert_eq!(q.content.text, "Бұл – маңызды қадам");
//! assert_eq!(q.cue.text, "дейді");
//! assert_eq!(q.speaker.as_ref().unwrap().name.as_deref(), Some("Айгүл Омарова"));
//!
//! // Latin-script Kazakh and Russian-keyboard spellings find the same entries.
//! let ids = |t| atau::extract(t).entities.iter().map(|e| e.id.to_string()).collect::<Vec<_>>();
//! assert_eq!(ids("Qazaqstanğa keldı"), ["GPE:KZ"]);
//! assert_eq!(ids("Казакстанга келди"), ["GPE:KZ"]);
//!
//! // A configured extractor, batches on every core, and the interop formats.
//! let g = atau::Gazetteer::from_tsv("ORG:klk\tcompany\tКаспий логистикалық қауымдастығы\tКЛҚ\n".as_bytes())?;
//! let extractor = atau::Extractor::builder().gazetteer(g).build()?;
//! let docs = ["КЛҚ мүшелері Ақтауда жиналды.", "Баку порты."];
//! let all = extractor.extract_batch(&docs);
//! assert_eq!(all[0].entities[0].id.as_str(), "ORG:klk");
//! let iob = atau::to_iob(docs[0], &all[0]);
//! assert!(iob.starts_with("КЛҚ B-ORGANISATION\n"));
//! let json = serde_json::to_string(&atau::WithCharOffsets::new(docs[1], &all[1])).unwrap();
//! assert!(json.contains("\"char_end\":4"));
//! # Ok::<(), atau::Error>(())
//! ```
//!
//! ## Overview
//! - [`extract`] runs the default [`Extractor`] (embedded gazetteers, built once).
//! - [`Extractor::builder`] adds user [`Gazetteer`]s (TSV, see `data/README.md`) or turns
//!   the embedded ones off; [`ExtractorBuilder::build`] is the only place errors arise.
//! - [`Extraction`] holds [`Entity`]s (sorted, non-overlapping) and [`Quote`]s.
//! - [`Label`] is the KazNERD class (`PERSON`, `GPE`, …); [`Kind`] the finer type.
//! - [`to_iob`] writes KazNERD-style IOB2; [`WithCharOffsets`] adds char offsets to the JSON.
//! - [`Extractor::extract_batch`] extracts many texts on every core, in input order.
//!
//! ## Pipeline
//! Data flows one way, one module per stage:
//! 1. `normalize`: the text is folded to lower case **without changing byte offsets**,
//!    and split into words in the same pass;
//! 2. `gazetteer::matcher`: a trie of the folded surfaces is walked at word starts, and
//!    `morph` (the Kazakh suffix grammar) decides whether the rest of the word is a valid
//!    suffix chain (Қазақстан·ға, ТМҰ-·ның) — names never match inside other words. The
//!    same walk gives each word its `word_class`: which lexicons it can belong to.
//!    Capitalised words that match nothing as written are tried again through
//!    `gazetteer::script`, a table that folds Latin-script Kazakh (Qazaqstan) and
//!    Russian-keyboard spellings (Казакстан) onto one skeleton;
//! 3. `rules`: matchers for what no list holds — unknown persons ("First Surname",
//!    initials), organisations and places built from head nouns, abbreviations defined in
//!    parentheses, titles, dates, money, percentages and other numbers;
//! 4. `resolve`: context picks one reading per gazetteer match (Ақтау *порты* is the
//!    port), gazetteer and rule candidates merge (longest span wins, the gazetteer wins
//!    ties, entities are flat), and mentions are linked (a surname takes the full name's
//!    id, an abbreviation its definition's);
//! 5. `quote`: paragraphs and sentences, quotations and their cues, then speakers resolved
//!    to entities (names, role nouns, pronouns, context).
//!
//! ## Untrusted input
//! [`Extractor::extract`] takes any `&str`, never panics, and every span it returns is
//! in bounds and on char boundaries of that `&str`.
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

mod entity;
mod error;
mod extraction;
mod extractor;
mod gazetteer;
mod iob;
mod lexicon;
mod morph;
mod normalize;
mod offsets;
mod prefix_set;
mod quote;
mod resolve;
mod rules;
mod span;
#[doc(hidden)]
pub mod stages;
mod taken;
mod word_class;

use once_cell::sync::Lazy;

pub use crate::entity::{Case, Entity, EntityId, Kind, Label, UnknownKind};
pub use crate::error::{Error, ErrorKind};
pub use crate::extraction::Extraction;
pub use crate::extractor::{Extractor, ExtractorBuilder};
pub use crate::gazetteer::{Entry, Gazetteer};
pub use crate::iob::{iob_tokens, to_iob, write_iob, IobTag, IobToken, IobTokens};
pub use crate::offsets::{char_offsets, CharOffsets, CharSpan, QuoteCharOffsets, WithCharOffsets};
pub use crate::quote::{Quote, QuoteKind, Speaker};
pub use crate::span::{Excerpt, Span};

/// Extracts entities and quotations with the default [`Extractor`], built once on first
/// use from the embedded data.
///
/// # Example
/// ```
/// let ex = atau::extract("Астанада");
/// assert_eq!(ex.entities[0].id.as_str(), "GPE:astana");
/// ```
pub fn extract(text: &str) -> Extraction<'_> {
    static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::new);
    DEFAULT.extract(text)
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
