//! Helpers shared by the test suites.

pub(crate) mod invariants;

/// The texts of every fixture (`tests/fixtures/*.txt`, then `tests/fixtures/quotes/*.txt`,
/// each in name order).
pub(crate) fn fixture_texts() -> Vec<String> {
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
