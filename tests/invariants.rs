//! Properties that hold for any input: spans in bounds, on char boundaries, equal to
//! their text, sorted and non-overlapping; output deterministic.

use atau::Extraction;

fn check(text: &str, ex: &Extraction<'_>) {
    let mut last_end = 0;
    for e in &ex.entities {
        assert!(e.start <= e.stem_end && e.stem_end <= e.end && e.end <= text.len(), "{e:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{e:?}");
        assert!(text.is_char_boundary(e.stem_end), "{e:?}");
        assert_eq!(e.text, &text[e.start..e.end]);
        assert!(e.start >= last_end, "entities overlap or are unsorted at {e:?}");
        assert!(e.start < e.end, "empty entity {e:?}");
        last_end = e.end;
    }
    for q in &ex.quotes {
        for part in [&q.content, &q.cue] {
            assert!(part.start <= part.end && part.end <= text.len());
            assert_eq!(part.text, &text[part.start..part.end]);
        }
        if let Some(s) = &q.speaker {
            assert_eq!(s.excerpt.text, &text[s.excerpt.start..s.excerpt.end]);
        }
    }
}

fn fixtures() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["tests/fixtures", "tests/fixtures/quotes"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut files: Vec<_> =
            std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files.into_iter().filter(|f| f.extension().is_some_and(|x| x == "txt")) {
            out.push(std::fs::read_to_string(f).unwrap());
        }
    }
    out
}

#[test]
fn spans_hold_on_every_fixture_and_are_deterministic() {
    for text in fixtures() {
        let a = atau::extract(&text);
        check(&text, &a);
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
        check(text, &atau::extract(text));
    }
}

#[test]
fn spans_hold_when_text_is_cut_at_every_char_boundary() {
    let text = "Ақтау және Баку порттарын ТМҰ-ның өкілдері Қазақстанға келді.";
    for (i, _) in text.char_indices() {
        check(&text[..i], &atau::extract(&text[..i]));
        check(&text[i..], &atau::extract(&text[i..]));
    }
}
