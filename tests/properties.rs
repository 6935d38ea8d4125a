//! Property tests (proptest) and hostile inputs: for any text, `extract` does not panic,
//! every span it returns is in bounds, on char boundaries and equal to its `text`,
//! entities are sorted and flat, output is deterministic, and a batch equals the texts
//! extracted one by one.
//!
//! The invariants themselves are in `tests/support/invariants.rs`, shared with the fuzz
//! target.

use std::sync::OnceLock;

use atau::{Extraction, Extractor};

use crate::support::invariants::check_invariants;
use proptest::prelude::*;

/// One extractor built with `Extractor::new()`, shared by every case (building compiles
/// the gazetteers).
fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::new)
}

/// Extracts `text` twice, with `atau::extract` and a fresh `Extractor::new()`, checks
/// the invariants and that the outputs are equal, and returns the output.
fn extract_checked(text: &str) -> Extraction<'_> {
    let a = atau::extract(text);
    check_invariants(text, &a);
    let b = extractor().extract(text);
    assert_eq!(a, b, "two extractions of the same text differ");
    a
}

// ---------------------------------------------------------------------------------------
// Strategies.

const KAZAKH_LOWER: &[&str] = &[
    "а", "ә", "б", "в", "г", "ғ", "д", "е", "ё", "ж", "з", "и", "й", "к", "қ", "л", "м", "н", "ң",
    "о", "ө", "п", "р", "с", "т", "у", "ұ", "ү", "ф", "х", "һ", "ц", "ч", "ш", "щ", "ъ", "ы", "і",
    "ь", "э", "ю", "я",
];
const KAZAKH_UPPER: &[&str] = &[
    "А", "Ә", "Б", "В", "Г", "Ғ", "Д", "Е", "Ё", "Ж", "З", "И", "Й", "К", "Қ", "Л", "М", "Н", "Ң",
    "О", "Ө", "П", "Р", "С", "Т", "У", "Ұ", "Ү", "Ф", "Х", "Һ", "Ц", "Ч", "Ш", "Щ", "Ъ", "Ы", "І",
    "Ь", "Э", "Ю", "Я",
];
const LATIN: &[&str] = &["a", "e", "i", "k", "z", "A", "K", "Z", "İ", "ı", "ß", "x", "Q"];
const DIGITS: &[&str] = &["0", "1", "2", "5", "9", "12", "2025", "3,5", "1 000"];
const SPACES: &[&str] = &[" ", " ", " ", "\n", "\r\n", "\t", "\u{a0}", "\r", "\n\n"];
const PUNCTUATION: &[&str] = &[
    "«", "»", "“", "”", "\"", "–", "—", "-", "‐", ":", ",", ".", "(", ")", "'", "’", "%", "!", "?",
    "…", ";",
];
const ODD: &[&str] = &[
    "\u{301}", "\u{307}", "\u{200b}", "\u{200d}", "\u{feff}", "\u{0}", "\u{7}", "\u{1b}", "\u{7f}",
    "\u{85}", "\u{2028}", "\u{fffd}", "😀",
];

/// Strings over a weighted alphabet of the characters the extractor looks at, as tokens
/// (CRLF is one token).
fn alphabet_text() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        40 => prop::sample::select(KAZAKH_LOWER),
        10 => prop::sample::select(KAZAKH_UPPER),
        4 => prop::sample::select(LATIN),
        4 => prop::sample::select(DIGITS),
        20 => prop::sample::select(SPACES),
        14 => prop::sample::select(PUNCTUATION),
        3 => prop::sample::select(ODD),
    ];
    prop::collection::vec(token, 0..160).prop_map(|tokens| tokens.concat())
}

/// Pieces of Kazakh news text: names that inflect, organisations, cues, speakers, dates,
/// amounts, abbreviations, quotation marks and dashes.
const FRAGMENTS: &[&str] = &[
    "Қазақстан",
    "Қазақстанға",
    "Қазақстанның",
    "Ақтауда",
    "Ақтау порты",
    "Баку",
    "Бакуде",
    "Астанада",
    "Алматыдан",
    "Маңғыстау облысында",
    "Каспий теңізі",
    "Әзербайжан Президенті",
    "Ильхам Әлиев",
    "Айдар Құрмашев",
    "Құрмашев",
    "Айгүл Омарова",
    "Қ. Әлжанов",
    "Көлік министрі Қанат Әлжанов",
    "сарапшы",
    "министр",
    "ол",
    "ТМҰ-ның",
    "ТМҰ",
    "Түркі мемлекеттері ұйымы (ТМҰ)",
    "ШЫҰ-ға",
    "БҰҰ",
    "«Самұрық-Қазына» АҚ",
    "«Қазақстан темір жолы» ҰК АҚ",
    "Kazinform",
    "Tengrinews.kz",
    "2025 жылғы 21 қазанда",
    "биыл",
    "сағат 10:30-да",
    "5 млрд доллар",
    "250 мың контейнер",
    "10 пайыз",
    "12,5%",
    "екінші",
    "қазақстандық",
    "– дейді сарапшы",
    "– деді ол",
    ", – деп атап өтті",
    "деп хабарлайды",
    "деп мәлімдеді",
    "пікірінше,",
    "Құрмашевтің пікірінше,",
    "сөзінше,",
    "Бұл – маңызды қадам",
    "жүк тасымалы өсті",
    "келісімге қол қойылды",
    "«Біз дайынбыз",
    "»",
    "«",
    "“",
    "”",
    "\"",
    ":",
    "–",
    "—",
    "-",
    "(",
    ")",
];

const SEPARATORS: &[&str] = &[
    " ", " ", " ", ", ", ". ", " – ", " — ", "-", "", "\n", "\r\n", ": ", "«", "» ", "\u{200b}",
    "\u{301}", "\u{feff}", "\t", "...", "\u{2010}", "\u{2011}", "\u{a0}", "’",
];

/// Realistic fragments joined by random separators, so names, quotes and cues meet.
fn news_text() -> impl Strategy<Value = String> {
    let piece = (prop::sample::select(FRAGMENTS), prop::sample::select(SEPARATORS));
    prop::collection::vec(piece, 0..40).prop_map(|pieces| {
        let mut s = String::new();
        for (fragment, separator) in pieces {
            s.push_str(fragment);
            s.push_str(separator);
        }
        s
    })
}

/// A news text cut at an arbitrary char boundary on both ends.
fn cut_news_text() -> impl Strategy<Value = String> {
    (news_text(), any::<prop::sample::Index>(), any::<prop::sample::Index>()).prop_map(
        |(text, a, b)| {
            let bounds: Vec<usize> =
                text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let (a, b) = (bounds[a.index(bounds.len())], bounds[b.index(bounds.len())]);
            text[a.min(b)..a.max(b)].to_owned()
        },
    )
}

/// Any of the generators above, for batches.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), alphabet_text(), news_text()]
}

// ---------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode_keeps_invariants(text in any::<String>()) {
        extract_checked(&text);
    }

    #[test]
    fn kazakh_alphabet_keeps_invariants(text in alphabet_text()) {
        extract_checked(&text);
    }

    #[test]
    fn news_fragments_keep_invariants(text in news_text()) {
        extract_checked(&text);
    }

    #[test]
    fn cut_news_fragments_keep_invariants(text in cut_news_text()) {
        extract_checked(&text);
    }

    #[test]
    fn lossy_bytes_keep_invariants(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let text = String::from_utf8_lossy(&bytes);
        extract_checked(&text);
    }
}

proptest! {
    // Each case extracts up to ~150 texts; fewer cases keep the file fast.
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn batch_equals_one_by_one(texts in prop::collection::vec(any_text(), 0..8), copies in 1usize..20) {
        let extractor = extractor();
        // Repeating the batch takes it past one chunk of work (64 texts), so the threaded
        // path runs too; the texts are the same, so so must the results be.
        let batch: Vec<String> = (0..copies).flat_map(|_| texts.iter().cloned()).collect();
        let all = extractor.extract_batch(&batch);
        prop_assert_eq!(all.len(), batch.len());
        for (text, got) in batch.iter().zip(&all) {
            check_invariants(text, got);
            prop_assert_eq!(got, &extractor.extract(text));
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let one = extractor.extract_batch(&refs);
        prop_assert_eq!(one.len(), refs.len());
        for (text, got) in refs.iter().zip(&one) {
            prop_assert_eq!(got, &atau::extract(text));
        }
    }
}

/// A test runner that draws the same values in every run, for the tests that check what
/// a strategy reaches.
fn deterministic_runner() -> proptest::test_runner::TestRunner {
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    TestRunner::new_with_rng(Config::default(), TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

/// The news generator must actually reach the entity and quote paths, or the properties
/// above say little: over a fixed set of generated texts some must have both.
#[test]
fn news_strategy_reaches_entities_and_quotes() {
    use proptest::strategy::ValueTree;
    let mut runner = deterministic_runner();
    let strategy = news_text();
    let (mut with_entities, mut with_quotes, mut with_speakers) = (0, 0, 0);
    for _ in 0..200 {
        let text = strategy.new_tree(&mut runner).unwrap().current();
        let ex = extract_checked(&text);
        with_entities += usize::from(!ex.entities.is_empty());
        with_quotes += usize::from(!ex.quotes.is_empty());
        with_speakers += usize::from(ex.quotes.iter().any(|q| q.speaker.is_some()));
    }
    assert!(with_entities >= 100, "only {with_entities}/200 generated texts have entities");
    assert!(with_quotes >= 20, "only {with_quotes}/200 generated texts have quotes");
    assert!(with_speakers >= 10, "only {with_speakers}/200 generated texts have speakers");
}

/// The checker itself must fail on broken output, or every property above is vacuous.
#[test]
fn check_invariants_rejects_broken_output() {
    const TEXT: &str = "Бұл – маңызды қадам, – дейді сарапшы Айгүл Омарова. Қазақстанға келді.";
    let good = atau::extract(TEXT);
    check_invariants(TEXT, &good);
    assert!(good.entities.len() >= 2 && !good.quotes.is_empty());
    type Breakage = Box<dyn Fn(&mut Extraction<'static>)>;
    let breakages: Vec<(&str, Breakage)> = vec![
        ("end past the text", Box::new(|ex| ex.entities[0].end = usize::MAX)),
        ("off a char boundary", Box::new(|ex| ex.entities[0].start += 1)),
        ("stem_end after end", Box::new(|ex| ex.entities[0].stem_end = ex.entities[0].end + 2)),
        ("text not the span", Box::new(|ex| ex.entities[0].text = "Қазақстан")),
        ("unsorted", Box::new(|ex| ex.entities.swap(0, 1))),
        ("overlap", Box::new(|ex| ex.entities[1].start = ex.entities[0].start)),
        ("cue out of bounds", Box::new(|ex| ex.quotes[0].cue.end = 10_000)),
        ("content text", Box::new(|ex| ex.quotes[0].content.text = "")),
        (
            "speaker boundary",
            Box::new(|ex| ex.quotes[0].speaker.as_mut().unwrap().excerpt.end -= 1),
        ),
    ];
    for (what, breakage) in breakages {
        let mut bad = atau::extract(TEXT);
        breakage(&mut bad);
        let caught = std::panic::catch_unwind(|| check_invariants(TEXT, &bad));
        assert!(caught.is_err(), "check_invariants accepted broken output: {what}");
    }
}

// ---------------------------------------------------------------------------------------
// Hostile inputs: deterministic, checked for invariants only (no timing assertions).

#[test]
fn unbalanced_guillemets() {
    for text in [
        "«".repeat(100_000),
        "»".repeat(100_000),
        "«Біз ".repeat(20_000) + "– деді ол.",
        "“".repeat(50_000) + &"\"".repeat(50_000),
    ] {
        extract_checked(&text);
    }
}

#[test]
fn long_runs_of_dashes_and_hyphens() {
    for text in [
        "– ".repeat(100_000),
        "-".repeat(100_000),
        "—".repeat(50_000) + &"‐".repeat(50_000),
        "Бұл – маңызды, ".repeat(20_000) + "– дейді сарапшы.",
        "ТМҰ-".repeat(20_000),
    ] {
        extract_checked(&text);
    }
}

/// A few sentences with places, organisations, a person and a direct quotation.
const SENTENCES: &[&str] = &[
    "Әзербайжан Президенті Ильхам Әлиев 2025 жылғы 21 қазанда Қазақстанға келді.",
    "ТМҰ-ның саммиті Бакуде өтеді.",
    "«Самұрық-Қазына» АҚ Ақтау портына 5 млрд доллар салады.",
    "Бұл – маңызды қадам, – дейді сарапшы Айгүл Омарова.",
    "Айдар Құрмашевтің пікірінше, жүк көлемі 10 пайызға өседі.",
];

#[test]
fn bom_and_crlf_document_reads_like_the_plain_one() {
    let plain = SENTENCES.join("\n");
    let crlf = format!("\u{feff}{}\r\n", SENTENCES.join("\r\n"));
    let a = extract_checked(&plain);
    let b = extract_checked(&crlf);
    // Line ends and a leading BOM only shift offsets: the same mentions and quotations
    // are found, with the same ids.
    let mentions = |ex: &Extraction<'_>| -> Vec<(String, String)> {
        ex.entities.iter().map(|e| (e.text.to_owned(), e.id.to_string())).collect()
    };
    let quotes = |ex: &Extraction<'_>| -> Vec<(String, String, Option<String>)> {
        ex.quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.as_ref().map(|s| s.excerpt.text.to_owned());
                (q.content.text.to_owned(), q.cue.text.to_owned(), speaker)
            })
            .collect()
    };
    assert!(!a.entities.is_empty() && !a.quotes.is_empty());
    assert_eq!(mentions(&a), mentions(&b));
    assert_eq!(quotes(&a), quotes(&b));
}

/// One line (no newline at all) of about `bytes` bytes of repeated sentences.
fn one_line(bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + 200);
    while s.len() < bytes {
        for sentence in SENTENCES {
            s.push_str(sentence);
            s.push(' ');
        }
    }
    s
}

/// Bounds time and memory generously on large input without a timing assertion: a 10 MB
/// single-line document must finish, keep the invariants, and find about ten times what
/// the 1 MB one finds (work, and output, scale linearly rather than giving up).
#[test]
fn ten_megabytes_on_one_line() {
    let small = one_line(1 << 20);
    let large = one_line(10 << 20);
    assert!(!large.contains('\n'));
    let ex_small = atau::extract(&small);
    check_invariants(&small, &ex_small);
    let ex_large = atau::extract(&large);
    check_invariants(&large, &ex_large);
    assert!(ex_small.entities.len() > 1_000 && ex_small.quotes.len() > 100);
    assert!(
        ex_large.entities.len() >= 5 * ex_small.entities.len(),
        "{} entities in 10 MB, {} in 1 MB",
        ex_large.entities.len(),
        ex_small.entities.len()
    );
    assert!(ex_large.quotes.len() >= 5 * ex_small.quotes.len());
}

/// Found by the fuzzer: a surname joined to a suffix by U+2010 (a three-byte hyphen) made
/// the suffix grammar cut a stem inside that char.
#[test]
fn multibyte_hyphens_and_spaces_inside_names() {
    for text in [
        "Айдар Құрмашев келді. Құрмашев\u{2010}тыңх бар.",
        "Айдар Құрмашев келді. Құрмашев\u{2011}ке хат келді.",
        "Маңғыстау\u{a0}облысы мен Нью\u{2010}Йорк.",
    ] {
        extract_checked(text);
    }
}

// ---------------------------------------------------------------------------------------
// User gazetteers: entries with any names the parser accepts.

/// Suffixes and joiners that follow a name in the generated texts.
const AFTER_NAME: &[&str] = &[
    "", "ға", "ге", "ның", "нің", "тың", "-ның", "-ға", "’ға", "да", "дағы", "дан", "ы", "сы",
    "лары", "лық", "ов", "х", "-",
];

/// A name for a user entry: usually capitalised Kazakh words, sometimes with hyphens,
/// digits, Latin, punctuation or odd chars (the parser decides what it accepts).
fn entry_name() -> impl Strategy<Value = String> {
    let word = (
        prop::sample::select(KAZAKH_UPPER),
        prop::collection::vec(
            prop_oneof![
                30 => prop::sample::select(KAZAKH_LOWER),
                2 => prop::sample::select(LATIN),
                2 => prop::sample::select(DIGITS),
                2 => prop::sample::select(PUNCTUATION),
                1 => prop::sample::select(ODD),
            ],
            0..8,
        ),
    )
        .prop_map(|(first, rest)| format!("{first}{}", rest.concat()));
    prop_oneof![
        6 => prop::collection::vec(word, 1..4).prop_map(|w| w.join(" ")),
        1 => alphabet_text().prop_map(|t| t.chars().take(12).collect()),
    ]
}

/// Entries (name, kind, optional alias) and a text that mentions their names with
/// suffixes among news fragments.
fn gazetteer_and_text() -> impl Strategy<Value = (Vec<(String, atau::Kind, String)>, String)> {
    let entry = (entry_name(), prop::sample::select(atau::Kind::ALL), entry_name());
    (
        prop::collection::vec(entry, 1..6),
        prop::collection::vec(
            (any::<prop::sample::Index>(), prop::sample::select(AFTER_NAME), news_text()),
            0..8,
        ),
    )
        .prop_map(|(entries, mentions)| {
            let mut text = String::new();
            for (which, after, news) in mentions {
                let (name, _, alias) = &entries[which.index(entries.len())];
                let surface = if which.index(2) == 0 { name } else { alias };
                text.push_str(surface);
                text.push_str(after);
                text.push(' ');
                text.push_str(&news);
                text.push(' ');
            }
            (entries, text)
        })
}

proptest! {
    // Each case builds an extractor (the user's entries and the lexicons).
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever names a user's entries have, building either succeeds or returns an
    /// error, and extraction with them keeps every invariant; with the embedded
    /// gazetteers off, every entity with a user id names one of the user's entries.
    #[test]
    fn user_gazetteer_entries_keep_invariants((entries, text) in gazetteer_and_text()) {
        let mut gazetteer = atau::Gazetteer::new();
        let mut ids = Vec::new();
        for (k, (name, kind, alias)) in entries.iter().enumerate() {
            let id = format!("USR:e{k}");
            let Ok(entry) = atau::Entry::new(&id, *kind, name) else { continue };
            let entry = entry.with_alias(alias).unwrap_or_else(|_| {
                atau::Entry::new(&id, *kind, name).expect("accepted a moment ago")
            });
            gazetteer.push(entry).expect("ids are unique");
            ids.push(id);
        }
        let extractor = match atau::Extractor::builder()
            .default_gazetteers(false)
            .gazetteer(gazetteer)
            .build()
        {
            Ok(extractor) => extractor,
            Err(error) => {
                // An error names its cause; it never comes from a valid, unique entry set.
                prop_assert!(!error.to_string().is_empty());
                return Ok(());
            }
        };
        let ex = extractor.extract(&text);
        check_invariants(&text, &ex);
        prop_assert_eq!(&ex, &extractor.extract(&text));
        for e in ex.entities.iter().filter(|e| e.id.as_str().starts_with("USR:")) {
            prop_assert!(ids.iter().any(|id| id == e.id.as_str()), "unknown id {}", e.id);
        }
    }
}

/// The generator must reach the user's entries, or the property above says little: over
/// a fixed set of generated cases, most build, and many find user entities.
#[test]
fn gazetteer_strategy_reaches_user_entities() {
    use proptest::strategy::ValueTree;
    let mut runner = deterministic_runner();
    let strategy = gazetteer_and_text();
    let (mut built, mut found) = (0, 0);
    for _ in 0..100 {
        let (entries, text) = strategy.new_tree(&mut runner).unwrap().current();
        let mut gazetteer = atau::Gazetteer::new();
        for (k, (name, kind, _)) in entries.iter().enumerate() {
            if let Ok(entry) = atau::Entry::new(&format!("USR:e{k}"), *kind, name) {
                gazetteer.push(entry).unwrap();
            }
        }
        let Ok(extractor) =
            atau::Extractor::builder().default_gazetteers(false).gazetteer(gazetteer).build()
        else {
            continue;
        };
        built += 1;
        let ex = extractor.extract(&text);
        found += usize::from(ex.entities.iter().any(|e| e.id.as_str().starts_with("USR:")));
    }
    assert!(built >= 90, "only {built}/100 generated gazetteers build");
    assert!(found >= 30, "only {found}/100 generated texts mention a user entity");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A user's entry named in plain capitalised Kazakh words is found where it is
    /// written bare in a sentence, with its own id, whatever its kind, but one: a
    /// district whose name reads as a person's (Абай, "-ев") needs "ауданы" after it
    /// (see the README, "User gazetteers").
    #[test]
    fn plain_user_names_are_found(
        words in prop::collection::vec(
            (prop::sample::select(KAZAKH_UPPER), prop::collection::vec(prop::sample::select(KAZAKH_LOWER), 2..7)),
            1..4,
        ),
        kind in prop::sample::select(atau::Kind::ALL).prop_filter("district", |k| *k != atau::Kind::District),
    ) {
        let name: Vec<String> = words.iter().map(|(first, rest)| format!("{first}{}", rest.concat())).collect();
        let name = name.join(" ");
        let entry = atau::Entry::new("USR:x", kind, &name).unwrap();
        let mut gazetteer = atau::Gazetteer::new();
        gazetteer.push(entry).unwrap();
        let extractor = atau::Extractor::builder().default_gazetteers(false).gazetteer(gazetteer).build().unwrap();
        let text = format!("Кеше {name} туралы жаңалық тарады.");
        let ex = extractor.extract(&text);
        let hit = ex.entities.iter().find(|e| e.id.as_str() == "USR:x");
        prop_assert!(hit.is_some_and(|e| e.text == name), "{text}: {:?}", ex.entities);
    }
}
