//! Extraction output over our own fixtures, reviewed with `cargo insta review`.

#[test]
fn extract_fixtures() {
    insta::glob!("fixtures/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        insta::assert_json_snapshot!(atau::extract(&text));
    });
}
