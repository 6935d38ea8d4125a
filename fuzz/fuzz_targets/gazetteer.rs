//! Fuzzes user gazetteers: the bytes before the first NUL are read as a TSV gazetteer
//! (`Gazetteer::from_tsv`), the bytes after it (or the whole input, when there is no NUL)
//! are the text. A row the parser accepts must build an extractor, and extraction with it
//! must keep every output invariant. Panics are crashes; `Err` from the parser or the
//! builder is the expected answer to a bad row.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use invariants::check_invariants;

fuzz_target!(|data: &[u8]| {
    let (tsv, text) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (&data[..nul], &data[nul + 1..]),
        None => (data, data),
    };
    let Ok(gazetteer) = atau::Gazetteer::from_tsv(tsv) else { return };
    // The embedded gazetteers off: building them for every input would make each run
    // cost milliseconds; the user's entries alone exercise the same matcher.
    let built = atau::Extractor::builder().default_gazetteers(false).gazetteer(gazetteer).build();
    let Ok(extractor) = built else { return };
    let text = String::from_utf8_lossy(text);
    let ex = extractor.extract(&text);
    check_invariants(&text, &ex);
});
