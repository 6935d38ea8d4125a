//! Fuzzes `atau::extract` with any bytes: as UTF-8 when they are valid, and always through
//! `String::from_utf8_lossy`. Panics (the crate's own, or a broken invariant) are crashes.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use invariants::check_invariants;

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
