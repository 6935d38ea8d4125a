//! The output invariants every extraction must keep, checked by assertions: used by the
//! property and fixture tests (`tests/support/mod.rs`) and included by the fuzz target
//! (`fuzz/fuzz_targets/extract.rs`), so both check exactly the same things.

use atau::{Excerpt, Extraction};

/// Asserts that `part` is `&text[start..end]`: in bounds, on char boundaries, and
/// borrowed from `text` itself (not an equal copy).
fn check_excerpt(text: &str, what: &str, part: &Excerpt<'_>) {
    assert!(
        part.start <= part.end && part.end <= text.len(),
        "{what} {}..{} out of bounds (len {})",
        part.start,
        part.end,
        text.len()
    );
    assert!(
        text.is_char_boundary(part.start) && text.is_char_boundary(part.end),
        "{what} {}..{} off a char boundary",
        part.start,
        part.end
    );
    assert_eq!(part.text, &text[part.start..part.end], "{what} text differs from its span");
    assert_eq!(part.text.as_ptr(), text[part.start..].as_ptr(), "{what} not borrowed from text");
}

/// Every invariant the crate documents for the output of one extraction of `text`.
pub(crate) fn check_invariants(text: &str, ex: &Extraction<'_>) {
    let mut last_end = 0;
    for (i, e) in ex.entities.iter().enumerate() {
        assert!(
            e.start < e.end && e.end <= text.len(),
            "entity {i} {}..{} empty or out of bounds (len {}): {e:?}",
            e.start,
            e.end,
            text.len()
        );
        assert!(
            text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
            "entity {i} off a char boundary: {e:?}"
        );
        assert!(
            e.start <= e.stem_end && e.stem_end <= e.end && text.is_char_boundary(e.stem_end),
            "entity {i} stem_end {} outside {}..{} or off a char boundary",
            e.stem_end,
            e.start,
            e.end
        );
        assert_eq!(e.text, &text[e.start..e.end], "entity {i} text differs from its span");
        assert_eq!(e.text.as_ptr(), text[e.start..].as_ptr(), "entity {i} not borrowed");
        assert!(e.start >= last_end, "entity {i} unsorted or overlapping: {e:?}");
        assert!(!e.id.as_str().is_empty() && !e.name.is_empty(), "entity {i} without id: {e:?}");
        assert_eq!(e.kind.label(), e.label, "entity {i} kind and label disagree: {e:?}");
        last_end = e.end;
    }
    let mut last_start = 0;
    for (i, q) in ex.quotes.iter().enumerate() {
        check_excerpt(text, &format!("quote {i} content"), &q.content);
        check_excerpt(text, &format!("quote {i} cue"), &q.cue);
        if let Some(s) = &q.speaker {
            check_excerpt(text, &format!("quote {i} speaker"), &s.excerpt);
        }
        assert!(q.content.start >= last_start, "quotes not sorted by content at {i}: {q:?}");
        last_start = q.content.start;
    }
}
