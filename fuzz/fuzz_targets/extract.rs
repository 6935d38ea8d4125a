//! Fuzzes `atau::extract` with any bytes: as UTF-8 when they are valid, and always through
//! `String::from_utf8_lossy`. Panics (the crate's own, or a broken invariant) are crashes.

#![no_main]

use atau::{Excerpt, Extraction};
use libfuzzer_sys::fuzz_target;

/// Mirrors `check_excerpt` in tests/properties.rs: keep the two in step.
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

/// Mirrors `check_invariants` in tests/properties.rs: keep the two in step.
fn check_invariants(text: &str, ex: &Extraction<'_>) {
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

fn run(text: &str) {
    let ex = atau::extract(text);
    check_invariants(text, &ex);
    assert_eq!(ex, atau::extract(text), "two extractions of the same text differ");
}

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(text) => run(text),
        Err(error) => {
            // The valid prefix, then the whole input with invalid bytes as U+FFFD.
            run(std::str::from_utf8(&data[..error.valid_up_to()]).unwrap());
            run(&String::from_utf8_lossy(data));
        }
    }
});
