//! Properties that hold for any input: spans in bounds, on char boundaries, equal to
//! their text, sorted and non-overlapping; output deterministic.

use crate::support::fixture_texts;
use crate::support::invariants::check_invariants;

#[test]
fn spans_hold_on_every_fixture_and_are_deterministic() {
    for text in fixture_texts() {
        let a = atau::extract(&text);
        check_invariants(&text, &a);
        assert_eq!(a, atau::extract(&text));
    }
}

#[test]
fn spans_hold_on_hostile_text() {
    let long_dashes = "–".repeat(10_000) + &"-".repeat(10_000);
    let cases = [
        String::new(),
        " ".into(),
        "\u{feff}Қазақстан\r\nҚазақстан".into(),
        "ТМҰ-".into(),
        "ТМҰ-ның-".into(),
        "Қазақстан\u{0301}ға".into(),
        "Қаз\u{200b}ақстан Ақтау\u{0}Баку".into(),
        "«".repeat(5_000),
        long_dashes,
        "İstanbul İSTANBUL Ақтау-".into(),
        "ҚАЗАҚСТАНҒА".into(),
        "a".repeat(100_000) + "Қазақстан",
        "Қазақстан".repeat(1_000),
    ];
    for text in &cases {
        check_invariants(text, &atau::extract(text));
    }
}

#[test]
fn spans_hold_when_text_is_cut_at_every_char_boundary() {
    let text = "Ақтау және Баку порттарын ТМҰ-ның өкілдері Қазақстанға келді.";
    for (i, _) in text.char_indices() {
        check_invariants(&text[..i], &atau::extract(&text[..i]));
        check_invariants(&text[i..], &atau::extract(&text[i..]));
    }
}
