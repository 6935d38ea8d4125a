//! The gazetteers embedded in the library, parsed once.

use once_cell::sync::Lazy;

use super::{tsv, Gazetteer};

/// The embedded files, in priority order: where two entries share a surface form and
/// context does not decide, the earlier file's entry is the default reading.
pub(crate) const FILES: &[(&str, &str)] = &[
    ("country.tsv", include_str!("../../data/gazetteer/country.tsv")),
    ("kz_place.tsv", include_str!("../../data/gazetteer/kz_place.tsv")),
    ("world_place.tsv", include_str!("../../data/gazetteer/world_place.tsv")),
    ("geo.tsv", include_str!("../../data/gazetteer/geo.tsv")),
    ("organisation.tsv", include_str!("../../data/gazetteer/organisation.tsv")),
    ("person.tsv", include_str!("../../data/gazetteer/person.tsv")),
    ("facility.tsv", include_str!("../../data/gazetteer/facility.tsv")),
    ("disease.tsv", include_str!("../../data/gazetteer/disease.tsv")),
    ("event.tsv", include_str!("../../data/gazetteer/event.tsv")),
    ("project.tsv", include_str!("../../data/gazetteer/project.tsv")),
    ("law.tsv", include_str!("../../data/gazetteer/law.tsv")),
];

static EMBEDDED: Lazy<Gazetteer> = Lazy::new(|| {
    let mut g = Gazetteer::new();
    for (name, text) in FILES {
        // Every embedded file is parsed by the test below, so this cannot fail in a
        // tested build.
        tsv::parse_into(text, name, &mut g).expect("embedded gazetteers are valid");
    }
    g
});

/// The embedded gazetteer, parsed on first use.
pub(crate) fn embedded() -> &'static Gazetteer {
    &EMBEDDED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_file_parses_and_ids_are_unique_across_files() {
        let mut g = Gazetteer::new();
        for (name, text) in FILES {
            if let Err(e) = tsv::parse_into(text, name, &mut g) {
                panic!("{e}\nhelp: fix the row in data/gazetteer/{name}");
            }
        }
        assert!(g.len() >= 2000, "only {} entries", g.len());
    }

    #[test]
    fn id_prefix_matches_label() {
        for e in embedded().entries() {
            let prefix = e.id().as_str().split(':').next().unwrap();
            let want = match e.kind().label() {
                crate::Label::Gpe => "GPE",
                crate::Label::Location => "LOC",
                crate::Label::Facility => "FAC",
                crate::Label::Person => "PER",
                crate::Label::Organisation => "ORG",
                crate::Label::Disease => "DIS",
                crate::Label::Event => "EVT",
                crate::Label::Project => "PRJ",
                crate::Label::Law => "LAW",
                other => panic!("unexpected label {other} for {}", e.id()),
            };
            assert_eq!(prefix, want, "help: {} has kind {}", e.id(), e.kind());
        }
    }

    /// The mentions labelled `label` that the default extractor finds in `text`: their
    /// text and id.
    fn mentions(text: &str, label: crate::Label) -> Vec<(String, String)> {
        crate::extract(text)
            .entities
            .iter()
            .filter(|e| e.label == label)
            .map(|e| mention(e.text, e.id.as_str()))
            .collect()
    }

    /// A mention as [`mentions`] lists it.
    fn mention(text: &str, id: &str) -> (String, String) {
        (text.to_owned(), id.to_owned())
    }

    #[test]
    fn programmes_in_any_form() {
        let projects = |t: &str| mentions(t, crate::Label::Project);
        let p = mention;
        assert_eq!(
            projects("Көпбалалы отбасылар атаулы әлеуметтік көмекті уақытында алды."),
            [p("атаулы әлеуметтік көмекті", "PRJ:targeted-social-assistance")]
        );
        assert_eq!(
            projects("Ұлттық қордан трансферт бөлінді, ал түлектер ҰБТ-ға дайындалуда."),
            [p("Ұлттық қордан", "PRJ:national-fund"), p("ҰБТ-ға", "PRJ:unt")]
        );
        // Longer than the country inside it, and a number inside it is no cardinal.
        assert_eq!(
            projects("«Цифрлық Қазақстан» және «100 жаңа есім» жобалары"),
            [
                p("Цифрлық Қазақстан", "PRJ:digital-kazakhstan"),
                p("100 жаңа есім", "PRJ:hundred-new-faces")
            ]
        );
    }

    #[test]
    fn diseases_in_any_form_and_letter_case() {
        let diseases = |t: &str| mentions(t, crate::Label::Disease);
        let d = mention;
        assert_eq!(
            diseases("Коронавирустан сауыққандар көбейді, КОВИД-19-бен күрес жалғасады."),
            [d("Коронавирустан", "DIS:covid-19"), d("КОВИД-19-бен", "DIS:covid-19")]
        );
        assert_eq!(
            diseases("Ол қант диабетімен ауырады, әкесі Альцгеймер ауруына шалдыққан."),
            [d("қант диабетімен", "DIS:diabetes"), d("Альцгеймер ауруына", "DIS:alzheimer")]
        );
        // The name only: the word for the illness after it stays outside.
        assert_eq!(diseases("коронавирус инфекциясы"), [d("коронавирус", "DIS:covid-19")]);
        // A name that is also a person's needs "ауруы"; words that are also common words
        // are left out (қызылша is also 'sugar beet').
        assert_eq!(diseases("Паркинсон мен Смит келді."), []);
        assert_eq!(diseases("Шаруалар қант қызылшасын жинады."), []);
    }

    #[test]
    fn roads_railways_and_canals_are_facilities_corridors_are_locations() {
        let label =
            |t: &str| crate::extract(t).entities.iter().map(|e| e.label).collect::<Vec<_>>();
        use crate::Label::{Facility, Location};
        assert_eq!(label("Керуендер Ұлы Жібек жолымен жүрді."), [Facility]);
        assert_eq!(label("Жүк Суэц каналы арқылы өтеді."), [Facility]);
        assert_eq!(label("Жүк Орта дәліз арқылы жеткізіледі."), [Location]);
    }

    #[test]
    fn a_sea_or_range_named_without_its_descriptor_leaves_the_descriptor_outside() {
        let texts = |t: &str| {
            crate::extract(t).entities.iter().map(|e| e.text.to_owned()).collect::<Vec<_>>()
        };
        // "Каспий" alone is the sea, so "теңізі" is a descriptor; "Жерорта" is not used
        // alone, so "Жерорта теңізі" is the whole name.
        assert_eq!(texts("Балықшылар Каспий теңізінде жұмыс істейді."), ["Каспий"]);
        assert_eq!(texts("Құстар Жерорта теңізінен ұшып келді."), ["Жерорта теңізінен"]);
        assert_eq!(texts("Альпинистер Гималай тауларына аттанды."), ["Гималай"]);
    }

    #[test]
    fn a_state_body_slug_of_two_letters_is_a_country_code() {
        // The organisation rule reads "Қазақстанның Үкіметі" as ORG:kz-government by this
        // prefix (data/README.md): a wrong code would read it as another body.
        let countries: Vec<String> = embedded()
            .entries()
            .iter()
            .filter(|e| e.kind() == crate::Kind::Country)
            .map(|e| e.id().as_str().trim_start_matches("GPE:").to_ascii_lowercase())
            .collect();
        for e in embedded().entries().iter().filter(|e| e.kind() == crate::Kind::StateBody) {
            let slug = e.id().as_str().trim_start_matches("ORG:");
            if let Some((code, _)) = slug.split_once('-').filter(|(c, _)| c.len() == 2) {
                assert!(countries.iter().any(|c| c == code), "help: {} ({code})", e.id());
            }
        }
    }
}
