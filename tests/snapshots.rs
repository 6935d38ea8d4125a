//! Extraction output over our own fixtures, reviewed with `cargo insta review`.
//! Entity fixtures are in `fixtures/`, quote fixtures (one construction per file) in
//! `fixtures/quotes/`.

#[test]
fn entity_fixtures() {
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_json_snapshot!(atau::extract(&text).entities);
    });
}

#[test]
fn quote_fixtures() {
    insta::glob!("fixtures/quotes/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_json_snapshot!(atau::extract(&text).quotes);
    });
}
