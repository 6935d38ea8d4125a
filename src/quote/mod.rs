//! Quotations and their speakers: `segment` cuts paragraphs and sentences, `find`
//! locates quotations and their cues, `speaker` resolves who speaks.

mod contents;
mod find;
mod segment;
mod speaker;

pub(crate) use find::CueKind;
#[cfg(test)]
pub(crate) use find::MAX_CUE_WORDS;

use std::sync::Arc;

use serde::Serialize;

use crate::entity::EntityId;
use crate::span::Excerpt;

/// How a quotation is reported.
///
/// # Example
/// ```
/// assert_eq!(atau::QuoteKind::Direct.as_str(), "direct");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteKind {
    /// The speaker's own words: "…, – дейді X", «…».
    Direct,
    /// Reported or according-to speech: "X-тің пікірінше, …", "… деп хабарлайды X".
    Indirect,
}

impl QuoteKind {
    /// The snake_case name used in JSON.
    ///
    /// # Example
    /// ```
    /// assert_eq!(atau::QuoteKind::Indirect.as_str(), "indirect");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who said a quotation: the words in the text, and the entity they resolve to.
///
/// # Example
/// ```
/// # fn speaker(s: &atau::Speaker<'_>) {
/// println!("{} → {:?}", s.excerpt.text, s.name);
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Speaker<'t> {
    /// The speaker as written: a name, a surname, a role noun, a pronoun.
    #[serde(flatten)]
    pub excerpt: Excerpt<'t>,
    /// The resolved entity's id, when the speaker resolves to a named entity.
    pub entity_id: Option<EntityId>,
    /// The resolved entity's canonical name.
    pub name: Option<Arc<str>>,
    /// The role noun used for the speaker (сарапшы, министр), if any.
    pub role: Option<&'t str>,
    /// The rule that resolved the speaker: `named` (a person or body in the slot),
    /// `pronoun` (ол, оның), `role_noun` (министр, сарапшы, a title), `body_noun`
    /// (министрліктің: the last body named with that head; компанияның: the last company),
    /// `context` (a bare verb or
    /// according-to word), `generic_plural` (сарапшылар, олар: unresolved by design) or
    /// `unresolved`.
    pub rule: &'static str,
}

/// One attributed quotation.
///
/// # Example
/// ```
/// # fn show(q: &atau::Quote<'_>) {
/// println!("{:?}: {} ({})", q.kind, q.content.text, q.cue.text);
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Quote<'t> {
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// The quoted or reported content.
    pub content: Excerpt<'t>,
    /// The reporting cue: a verb (дейді, деп атап өтті) or an according-to word (пікірінше).
    pub cue: Excerpt<'t>,
    /// The speaker, when the text names or implies one.
    pub speaker: Option<Speaker<'t>>,
    /// The rule that found the quotation.
    pub rule: &'static str,
}

/// Finds the quotations of a text whose entities are already resolved.
pub(crate) fn quotes<'t>(
    text: &'t str,
    folded: &str,
    words: &[crate::rules::Word],
    classes: &[crate::word_class::Classes],
    entities: &[crate::entity::Entity<'t>],
    lex: &crate::lexicon::Lexicons,
) -> Vec<Quote<'t>> {
    let found = find::find(text, folded, words, classes, &lex.cues);
    speaker::attribute(text, folded, words, entities, found, lex)
}

#[cfg(test)]
mod tests;
