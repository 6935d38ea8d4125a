//! Other spellings of Kazakh match the same gazetteer entries, with the same ids, as the
//! Cyrillic spelling: Latin script (the 2021 alphabet) and Russian-keyboard Cyrillic
//! (к for қ, а for ә …). The three fixtures in `fixtures/scripts/` are one text.

fn read(name: &str) -> String {
    let path = format!("{}/tests/fixtures/scripts/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

/// (id, case) of every entity a gazetteer entry stands for (rule-made ids hold `~`).
fn entries(text: &str) -> Vec<(String, Option<atau::Case>)> {
    atau::extract(text)
        .entities
        .iter()
        .filter(|e| !e.id.as_str().contains('~'))
        .map(|e| (e.id.as_str().to_string(), e.case))
        .collect()
}

#[test]
fn russian_keyboard_spelling_finds_the_same_entries() {
    let cyrillic = entries(&read("cyrillic"));
    assert!(cyrillic.len() >= 10, "{cyrillic:?}");
    assert_eq!(entries(&read("russian_keyboard")), cyrillic);
}

#[test]
fn latin_script_finds_the_same_entries() {
    assert_eq!(entries(&read("latin")), entries(&read("cyrillic")));
}

#[test]
fn inflected_other_spellings_keep_their_case() {
    let ex = atau::extract("Казакстанга келді. Qazaqstannyñ astanasy Astana.");
    let found: Vec<_> = ex.entities.iter().map(|e| (e.text, e.id.as_str(), e.case)).collect();
    assert_eq!(found[0], ("Казакстанга", "GPE:KZ", Some(atau::Case::Dative)));
    assert!(found.contains(&("Qazaqstannyñ", "GPE:KZ", Some(atau::Case::Genitive))), "{found:?}");
}

#[test]
fn surnames_link_across_spellings() {
    let ex = atau::extract("Сарапшы Айдар Құрмашев сөйледі. Курмашевтин айтуынша, жүк көбейеді.");
    let ids: Vec<_> = ex.entities.iter().map(|e| (e.text, e.id.as_str())).collect();
    assert!(ids.contains(&("Курмашевтин", "PER:kurmashev-aidar")), "{ids:?}");
    assert_eq!(
        ex.quotes[0].speaker.as_ref().and_then(|s| s.entity_id.as_ref()).map(|i| i.as_str()),
        Some("PER:kurmashev-aidar")
    );
}

#[test]
fn a_shared_skeleton_is_not_enough() {
    // Елбасы is not Эльба + -сы, nor is a Latin brand inside Cyrillic text a Latin place.
    let ex =
        atau::extract("Елбасы сөйледі. Smart Astana қосымшасы мен Telegram арқылы біле алады.");
    let ids: Vec<_> = ex.entities.iter().map(|e| e.id.as_str()).collect();
    assert!(!ids.iter().any(|i| i.contains("elbe") || *i == "GPE:astana"), "{ids:?}");
}

#[test]
fn other_spelling_snapshots() {
    insta::glob!("fixtures/scripts/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_json_snapshot!(atau::extract(&text).entities);
    });
}

#[test]
fn a_company_written_in_either_script_is_one_entity() {
    let ex = atau::extract("«Бек Эйрдің» ұшағы қонды. Bek Air-дің ұшағы Lenovo өкілін алып келді.");
    let ids: Vec<_> = ex.entities.iter().map(|e| (e.text, e.id.as_str())).collect();
    assert_eq!(
        ids,
        [("Бек Эйрдің", "ORG:bek-air"), ("Bek Air-дің", "ORG:bek-air"), ("Lenovo", "ORG:lenovo")]
    );
}
