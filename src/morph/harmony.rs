//! Vowel harmony and last-sound class of a folded stem (reference: kazakh-for-extraction.md §2.1,
//! §2.2, and §3 for numbers, abbreviations and Latin script).
//!
//! Everything here runs at gazetteer build time, once per alias, except [`class_of_char`],
//! which the parser calls on the last letter of each suffix it consumes.

/// The context a suffix is chosen by: the last sound before it, or a possessive before it.
///
/// A set of contexts is a bit mask ([`Ctx`]); the table lists, for each allomorph, the
/// contexts it may follow, and a stem may allow several (final ж is Z or T).
pub(crate) type Ctx = u8;

/// Class V: a vowel (Астана, Алматы, Баку).
pub(crate) const V: Ctx = 1;
/// Class R: р, й, or у/и after a vowel (қар, Ресей, Ақтау).
pub(crate) const R: Ctx = 1 << 1;
/// Class L: л (жол, ел).
pub(crate) const L: Ctx = 1 << 2;
/// Class N: м, н, ң (адам, Қазақстан, таң).
pub(crate) const N: Ctx = 1 << 3;
/// Class Z: з, ж (жаз, Тараз).
pub(crate) const Z: Ctx = 1 << 4;
/// Class T: voiceless consonants, and б в г д in loans (Шымкент, клуб, Құрмашев).
pub(crate) const T: Ctx = 1 << 5;
/// After a 3rd-person possessive (ұйымы, облысы, Байтұрсынұлы): the "n" series of cases.
pub(crate) const P3: Ctx = 1 << 6;
/// After a 1st/2nd-person singular possessive (-ым, -ың): dative -а/-е, otherwise like N.
pub(crate) const P12: Ctx = 1 << 7;
/// Any last sound (after a hyphen, or a Latin-script stem).
pub(crate) const SOUNDS: Ctx = V | R | L | N | Z | T;
/// After any consonant.
pub(crate) const CONS: Ctx = R | L | N | Z | T;

/// Which vowel shape a suffix takes (§2.1): back (а, ы) or front (е, і).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Harmony {
    /// Back suffixes only (Қазақстанға).
    Back,
    /// Front suffixes only (Шымкентке).
    Front,
    /// Either shape is accepted (Баку, -ов/-ев surnames, loans in -к, abbreviations).
    Either,
}

impl Harmony {
    /// Whether a suffix of shape `shape` (`Back` or `Front`) may follow.
    pub(crate) fn allows(self, shape: Harmony) -> bool {
        self == Harmony::Either || shape == Harmony::Either || self == shape
    }

    /// The union of two sets of allowed shapes.
    fn or(self, other: Harmony) -> Harmony {
        if self == other {
            self
        } else {
            Harmony::Either
        }
    }
}

/// Back vowel letters (§2.1). ё is listed both as back and as a loan marker taking front
/// suffixes, so it is treated as [`Harmony::Either`] in [`vowel_shape`].
fn is_back_vowel(c: char) -> bool {
    matches!(c, 'а' | 'о' | 'ұ' | 'ы' | 'я')
}

/// Front vowel letters (§2.1).
fn is_front_vowel(c: char) -> bool {
    matches!(c, 'ә' | 'е' | 'і' | 'ө' | 'ү' | 'э')
}

/// Whether `c` is a Cyrillic vowel letter (и and у included).
pub(crate) fn is_vowel(c: char) -> bool {
    is_back_vowel(c) || is_front_vowel(c) || matches!(c, 'и' | 'у' | 'ё' | 'ю')
}

/// The harmony a vowel letter imposes on what follows, or `None` for a consonant.
fn vowel_shape(c: char) -> Option<Harmony> {
    if is_back_vowel(c) {
        Some(Harmony::Back)
    } else if is_front_vowel(c) {
        Some(Harmony::Front)
    } else if matches!(c, 'ё' | 'ю' | 'и' | 'у') {
        Some(Harmony::Either)
    } else {
        None
    }
}

/// The last-sound class of a suffix's or stem's final letter (§2.2). и/у count as vowels
/// here; [`last_sound`] turns them into R after a vowel.
pub(crate) fn class_of_char(c: char) -> Ctx {
    match c {
        c if is_vowel(c) => V,
        'р' | 'й' => R,
        'л' => L,
        'м' | 'н' | 'ң' => N,
        'з' => Z,
        // Final ж: school grammars Z (гараждан), apertium T (гаражтан): accept both.
        'ж' => Z | T,
        _ => T,
    }
}

/// Whether `c` is a Latin letter (a Latin-script name such as Google or BAQ.KZ).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (crate::normalize::is_letter(c) && ('\u{00c0}'..='\u{024f}').contains(&c))
}

/// What a stem's letters say about the suffixes that may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Phonology {
    /// The contexts the first suffix may be chosen by.
    pub(crate) ctx: Ctx,
    /// The vowel shapes the first suffix may take.
    pub(crate) harmony: Harmony,
    /// The stem ends in a number written in digits.
    pub(crate) numeral: bool,
    /// The stem ends in a loan cluster (кт, or a consonant before final к/г: ск, нк, рк,
    /// лк) that may take an epenthetic і before its suffixes (фактіге, банкіге).
    pub(crate) epenthetic: bool,
}

/// Classifies the last word of a folded stem: its last sound and its harmony.
pub(crate) fn phonology(stem: &str) -> Phonology {
    let word = last_word(stem);
    let Some(last) =
        word.chars().rev().find(|c| crate::normalize::is_alphanumeric(*c) || *c == '%')
    else {
        return Phonology {
            ctx: SOUNDS,
            harmony: Harmony::Either,
            numeral: false,
            epenthetic: false,
        };
    };
    if last.is_ascii_digit() {
        return number(word);
    }
    if last == '%' {
        // пайыз (Z, back) or процент (T, front): 90%-ы, 70%-і, 30%-ке.
        return Phonology {
            ctx: Z | T,
            harmony: Harmony::Either,
            numeral: true,
            epenthetic: false,
        };
    }
    if is_latin(last) {
        // The reading of a Latin-script name is not predictable (Google-дың, Air-дің).
        return Phonology {
            ctx: SOUNDS,
            harmony: Harmony::Either,
            numeral: false,
            epenthetic: false,
        };
    }
    Phonology {
        ctx: last_sound(word),
        harmony: harmony(word),
        numeral: false,
        epenthetic: loan_cluster(word),
    }
}

/// The last whitespace- or hyphen-separated piece of a stem (Нью-Йорк → Йорк).
fn last_word(stem: &str) -> &str {
    let trimmed =
        stem.trim_end_matches(|c: char| !crate::normalize::is_alphanumeric(c) && c != '%');
    // The separator may be longer than one byte (U+2010, a no-break space).
    let separator = trimmed.char_indices().rev().find(|&(_, c)| c.is_whitespace() || is_hyphen(c));
    match separator {
        Some((i, c)) => &trimmed[i + c.len_utf8()..],
        None => trimmed,
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The last-sound class of a Cyrillic word (§2.2), skipping ь and ъ.
fn last_sound(word: &str) -> Ctx {
    let mut letters =
        word.chars().rev().filter(|&c| crate::normalize::is_letter(c) && !matches!(c, 'ь' | 'ъ'));
    let Some(last) = letters.next() else {
        return SOUNDS;
    };
    let before = letters.next();
    match last {
        // у/и after a vowel are glides (Ақтау, Мәскеу): class R; after a consonant, vowels (Баку).
        'у' | 'и' if before.is_some_and(is_vowel) => R,
        // и after a consonant is ій/ый too, and takes a glide's endings (бидің, биді),
        // though a loan may take a vowel's (Тбилисинің): both.
        'и' if before.is_some() => V | R,
        c => class_of_char(c),
    }
}

/// Whether a word ends in a loan cluster that may take an epenthetic і: кт (факт), or a
/// consonant before a final к/г (Минск, банк, парк).
fn loan_cluster(word: &str) -> bool {
    let mut letters = word.chars().rev();
    match (letters.next(), letters.next()) {
        (Some('т'), Some('к')) => true,
        (Some('к' | 'г'), Some(c)) => crate::normalize::is_letter(c) && !is_vowel(c),
        _ => false,
    }
}

/// The harmony of a Cyrillic word (§2.1): its last vowel, with the attested variants.
fn harmony(word: &str) -> Harmony {
    let mut shape = None;
    let mut chars = word.chars().rev().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, 'у' | 'и') && chars.peek().copied().is_some_and(is_vowel) {
            // A glide: the vowel before it decides (Ақтауда, Мәскеуде).
            continue;
        }
        // A true и/у (Баку, Мамин, Тбилиси) and ё, ю give Either: both shapes are attested;
        // э in the last syllable gives front (§2.1).
        if let Some(s) = vowel_shape(c) {
            shape = Some(s);
            break;
        }
    }
    // Abbreviations written without vowels (тмд): the reading decides; accept both.
    let mut h = shape.unwrap_or(Harmony::Either);

    let mut letters = word.chars().rev().filter(|&c| crate::normalize::is_letter(c));
    let last = letters.next();
    let second = letters.next();
    // Loans in к/г and clusters such as рк, нк, кт, ск, лк take front suffixes (банкі,
    // фактіге, Нью-Йоркте); native forms with back suffixes also occur: accept both.
    // A final ь (one-syllable loans in -ь take front suffixes): accept both too.
    if matches!(last, Some('к' | 'г' | 'ь')) || (last == Some('т') && second == Some('к')) {
        h = h.or(Harmony::Front);
    }
    // -ов/-ев surnames: the suffix usually follows the root, the other shape occurs too
    // (Әуезовтің, Әуезовтың; Ахметовтың); -иев is often front (Әлиевтің).
    if word.chars().count() >= 4
        && (word.ends_with("ов") || word.ends_with("ев") || word.ends_with("ёв"))
    {
        h = Harmony::Either;
    }
    h
}

/// The spoken last number word of a digit string, its class and harmony (§3).
fn number(word: &str) -> Phonology {
    // Digits of the trailing run, read from the right.
    let digits = word
        .chars()
        .rev()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit())
        .map(|c| c as u8 - b'0');
    // The place (units, tens …) and value of the last non-zero digit.
    let found = digits.enumerate().find(|&(_, d)| d != 0);
    let (ctx, harmony) = match found {
        // нөл
        None => (L, Harmony::Front),
        Some((0, d)) => UNITS[d as usize],
        Some((1, d)) => TENS[d as usize],
        // жүз
        Some((2, _)) => (Z, Harmony::Front),
        // мың
        Some((3..=5, _)) => (N, Harmony::Back),
        // миллион
        Some((6..=8, _)) => (N, Harmony::Back),
        // миллиард
        Some(_) => (T, Harmony::Back),
    };
    Phonology { ctx, harmony, numeral: true, epenthetic: false }
}

/// бір, екі, үш, төрт, бес, алты, жеті, сегіз, тоғыз (index 0 unused).
const UNITS: [(Ctx, Harmony); 10] = [
    (L, Harmony::Front),
    (R, Harmony::Front),
    (V, Harmony::Front),
    (T, Harmony::Front),
    (T, Harmony::Front),
    (T, Harmony::Front),
    (V, Harmony::Back),
    (V, Harmony::Front),
    (Z, Harmony::Front),
    (Z, Harmony::Back),
];

/// он, жиырма, отыз, қырық, елу, алпыс, жетпіс, сексен, тоқсан (index 0 unused).
const TENS: [(Ctx, Harmony); 10] = [
    (L, Harmony::Front),
    (N, Harmony::Back),
    (V, Harmony::Back),
    (Z, Harmony::Back),
    (T, Harmony::Back),
    (R, Harmony::Front),
    (T, Harmony::Back),
    (T, Harmony::Front),
    (N, Harmony::Front),
    (N, Harmony::Back),
];
