//! Bad gazetteer data gives one clear error line; nothing is dropped silently.

use atau::{ErrorKind, Extractor, Gazetteer};

fn err(tsv: &str) -> String {
    Gazetteer::from_tsv(tsv.as_bytes()).unwrap_err().to_string()
}

#[test]
fn each_reason_is_named_with_its_line() {
    assert_eq!(
        err("GPE:x\tcity\tА\n"),
        "<user gazetteer>:1: expected 4 tab-separated columns, found 3"
    );
    assert_eq!(err("# c\n\nGPE:x\tcity\t\t\n"), "<user gazetteer>:3: empty name");
    assert_eq!(err("GPE:x\tplanet\tМарс\t\n"), "<user gazetteer>:1: unknown kind \"planet\"");
    assert_eq!(
        err("GPE:x\tcity\tА\t\nGPE:x\tcity\tБ\t\n"),
        "<user gazetteer>:2: duplicate id \"GPE:x\""
    );
    assert_eq!(
        err("город\tcity\tА\t\n"),
        "<user gazetteer>:1: invalid id \"город\" (expected PREFIX:slug, e.g. \"GPE:KZ\")"
    );
    assert_eq!(err("GPE:x\tcity\tА\t--\n"), "<user gazetteer>:1: invalid alias \"--\"");
}

#[test]
fn io_errors_name_the_file_and_chain_their_source() {
    let e = Gazetteer::from_path("/no/such/dir/places.tsv").unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Io(_)));
    assert!(e.to_string().starts_with("/no/such/dir/places.tsv: read error: "), "{e}");
    assert!(std::error::Error::source(&e).is_some());
}

#[test]
fn invalid_utf8_is_an_error_not_a_panic() {
    let e = Gazetteer::from_tsv(&[0xff, 0xfe, b'\n'][..]).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Io(_)));
}

#[test]
fn a_user_id_that_clashes_with_the_embedded_data_fails_at_build() {
    let g = Gazetteer::from_tsv("ORG:un\torganisation\tБасқа ұйым\t\n".as_bytes()).unwrap();
    let e = Extractor::builder().gazetteer(g).build().unwrap_err();
    assert_eq!(e.to_string(), "<user gazetteer>: duplicate id \"ORG:un\"");
    // Without the embedded data the same gazetteer is fine.
    let g = Gazetteer::from_tsv("ORG:un\torganisation\tБасқа ұйым\t\n".as_bytes()).unwrap();
    assert!(Extractor::builder().default_gazetteers(false).gazetteer(g).build().is_ok());
}
