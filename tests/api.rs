//! The public API as a user meets it.

use atau::{Case, Extractor, Gazetteer, Kind, Label};

fn ids(text: &str) -> Vec<String> {
    atau::extract(text).entities.iter().map(|e| format!("{}={}", e.text, e.id)).collect()
}

#[test]
fn extractor_is_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + Clone + std::fmt::Debug>() {}
    assert_send_sync::<Extractor>();
    assert_send_sync::<Gazetteer>();
    fn assert_send_sync_only<T: Send + Sync + std::fmt::Debug>() {}
    assert_send_sync_only::<atau::Error>();
    assert_send_sync_only::<atau::Extraction<'static>>();
}

#[test]
fn inflected_names_keep_their_suffix_inside_the_span() {
    let text = "Делегация Қазақстанға келіп, Ресейдің өкілдерімен Бакуде кездесті.";
    let ex = atau::extract(text);
    let got: Vec<_> =
        ex.entities.iter().map(|e| (e.text, &text[e.start..e.stem_end], e.case)).collect();
    assert_eq!(
        got,
        [
            ("Қазақстанға", "Қазақстан", Some(Case::Dative)),
            ("Ресейдің", "Ресей", Some(Case::Genitive)),
            ("Бакуде", "Баку", Some(Case::Locative)),
        ]
    );
}

#[test]
fn names_never_match_inside_unrelated_words() {
    // қазақтың (of the Kazakh: NORP, not Қазақстан), ирандық (Iranian: an origin word, not
    // Иран), аралас (mixed, not Арал), Айдарбек (a name, not Ай).
    let ex = atau::extract("Бұл қазақтың аралас ирандық тағамы, деді Айдарбек.");
    let got: Vec<_> = ex.entities.iter().map(|e| (e.text, e.label)).collect();
    assert_eq!(
        got,
        [("қазақтың", Label::Norp), ("ирандық", Label::Norp), ("Айдарбек", Label::Person)]
    );
}

#[test]
fn abbreviations_take_hyphenated_suffixes() {
    assert_eq!(ids("ТМҰ-ның хатшылығы БҰҰ-мен келісті."), ["ТМҰ-ның=ORG:ots", "БҰҰ-мен=ORG:un"]);
}

#[test]
fn names_that_are_common_words_need_their_capital() {
    // Сыр, the Syr Darya lands, and сыр 'secret'; Қарулы Күштер, the Armed Forces, and
    // қарулы күштер, any armed forces.
    assert_eq!(
        ids("Сыр өңірінде егін орағы басталды, бірақ шаруа сыр бермеді."),
        ["Сыр=LOC:syr-region"]
    );
    assert_eq!(
        ids("Қарулы Күштері жаттығу өткізді, ал көрші елдің қарулы күштері тыныш."),
        ["Қарулы Күштері=ORG:kz-armed-forces"]
    );
}

#[test]
fn a_district_named_after_a_person_needs_its_descriptor() {
    assert_eq!(
        ids("Әл-Фараби трактаттары аударылды. Әл-Фараби ауданында мектеп ашылды."),
        ["Әл-Фараби=PER:al-farabi", "Әл-Фараби=GPE:al-farabi-district"]
    );
}

#[test]
fn a_place_opening_a_quotation_is_a_place_and_one_opening_a_name_is_not() {
    let labels = |text: &str| -> Vec<(String, Label)> {
        atau::extract(text).entities.iter().map(|e| (e.text.to_string(), e.label)).collect()
    };
    // Quotations: more words than a name has, or a sentence's punctuation and no head
    // noun after the closing mark.
    assert_eq!(
        labels("Сарапшы: «Алматы экономикасына жаңа тәсілдер керек» деп санайды."),
        [("Алматы".to_string(), Label::Gpe)]
    );
    assert_eq!(
        labels("Ол: «Қазақстанға инвестиция саламыз», – деді."),
        [("Қазақстанға".to_string(), Label::Gpe)]
    );
    assert_eq!(
        labels("«Алматы таза, жасыл қала», – деді тұрғын."),
        [("Алматы".to_string(), Label::Gpe)]
    );
    // Names: a centre, a campaign with its exclamation mark, both before their head nouns.
    assert!(!labels("«Астана» халықаралық қаржы орталығы ашылды.")
        .iter()
        .any(|(_, l)| *l == Label::Gpe));
    assert!(!labels("Жастар «Семей, алға!» акциясын бастады.")
        .iter()
        .any(|(_, l)| *l == Label::Gpe));
}

#[test]
fn context_selects_the_port_reading() {
    let ex = atau::extract("Ақтау және Баку порттарын жаңғырту жалғасуда. Ақтауда жиын өтті.");
    let got: Vec<_> = ex.entities.iter().map(|e| (e.text, e.kind, e.label)).collect();
    assert_eq!(
        got,
        [
            ("Ақтау", Kind::Port, Label::Facility),
            ("Баку", Kind::Port, Label::Facility),
            ("Ақтауда", Kind::City, Label::Gpe),
        ]
    );
}

#[test]
fn a_user_gazetteer_adds_entities_with_their_ids() {
    let g = Gazetteer::from_tsv(
        "ORG:kaspi-logistics\tcompany\tКаспий логистикалық қауымдастығы\tКЛҚ\n".as_bytes(),
    )
    .unwrap();
    let ex = Extractor::builder().gazetteer(g).build().unwrap();
    let got = ex.extract("КЛҚ-ның мүшелері Каспий логистикалық қауымдастығына қосылды.");
    let ids: Vec<_> = got.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["ORG:kaspi-logistics", "ORG:kaspi-logistics"]);
    assert_eq!(got.entities[1].kind, Kind::Company);
}

#[test]
fn the_json_shape_is_the_scoring_contract() {
    let text = "Қазақстанға";
    let json = serde_json::to_value(atau::extract(text)).unwrap();
    let e = &json["entities"][0];
    for key in ["start", "end", "text", "label", "id", "kind", "name", "stem_end", "case"] {
        assert!(e.get(key).is_some(), "missing {key} in {e}");
    }
    assert_eq!(e["label"], "GPE");
    assert_eq!(e["kind"], "country");
    assert_eq!(e["case"], "dative");
    assert!(json["quotes"].is_array());
}

#[test]
fn batches_equal_sequential_extraction_in_order() {
    let paragraphs = [
        "Ақтау және Баку порттарын жаңғырту жалғасуда.",
        "Сарапшының пікірінше, баға тұрақтанады.",
        "ТМҰ-ның саммиті Бакуде өтеді, – деді Айгүл Омарова.",
        "",
        "2025 жылғы 21 қазанда 5 млрд доллар бөлінді.",
    ];
    let docs: Vec<String> =
        (0..1000).map(|i| paragraphs[i % paragraphs.len()].repeat(1 + i % 3)).collect();
    let extractor = Extractor::new();
    let batch = extractor.extract_batch(&docs);
    let one_by_one: Vec<_> = docs.iter().map(|d| extractor.extract(d)).collect();
    assert_eq!(batch, one_by_one);
}
