//! The result of one extraction.

use serde::Serialize;

use crate::entity::Entity;
use crate::quote::Quote;

/// Everything found in one text: entities in text order, and quotations.
///
/// Borrows the text it came from, like `regex::Match`: spans and `text` fields point
/// into it, so extraction allocates nothing per mention beyond the vectors.
///
/// # Example
/// ```
/// let ex = atau::extract("Баку мен Ақтау порттары.");
/// let json = serde_json::to_string(&ex).unwrap();
/// assert!(json.starts_with("{\"entities\":[{\"start\":0"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Extraction<'t> {
    /// Entity mentions, sorted by start, never overlapping.
    pub entities: Vec<Entity<'t>>,
    /// Attributed quotations, sorted by the start of their content.
    pub quotes: Vec<Quote<'t>>,
}
