//! The allomorph table (reference: kazakh-for-extraction.md §2.3, §2.4, §2.6).
//!
//! One row per written shape of a suffix: the slot it fills, its vowel shape, the contexts
//! (last sound of what precedes it, or a possessive) it may follow, and its form. The parser
//! in `mod.rs` walks these rows in slot order; nothing here is computed at run time.

use super::harmony::{Ctx, Harmony, CONS, L, N, P12, P3, R, SOUNDS, T, V, Z};
use crate::entity::Case;

/// The position of a suffix in the chain, and what it contributes to a [`super::Chain`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    /// A derivational suffix making a new word: -лық (origin), -шыл, -сыз 'without'.
    Derivation,
    /// An ordinal after a number written in digits: -ыншы, -ншы, -ші (5-інші, 6-ншы).
    Ordinal,
    /// The plural -лар/-дар/-тар.
    Plural,
    /// The 3rd-person possessive -ы/-сы: the cases after it take the n-series.
    Possessive3,
    /// The 1st/2nd-person singular possessive -ым/-м, -ың/-ң: the dative after it is -а/-е.
    Possessive12,
    /// The 1st-person plural and polite possessives -ымыз/-мыз, -ыңыз/-ңыз.
    PossessiveOther,
    /// A case suffix.
    Case(Case),
    /// The locative attributive -дағы/-ндағы 'located in': a new word, which may go on with
    /// plural, possessive and case.
    Attributive,
    /// The similative -дай/-ндай 'like', or the equative -ша 'in the manner of': no case.
    Similative,
    /// A copula ending (-мын, -быз, -сың, -сыз …), only at the very end.
    Copula,
}

impl Slot {
    /// The order of slots in a chain (§2.6): a suffix may follow only suffixes of lower rank
    /// (an attributive starts a new word and resets the rank to the plural's).
    pub(crate) const fn rank(self) -> u8 {
        match self {
            Slot::Derivation | Slot::Ordinal => 0,
            Slot::Plural => 1,
            Slot::Possessive3 | Slot::Possessive12 | Slot::PossessiveOther => 2,
            Slot::Case(_) | Slot::Attributive | Slot::Similative => 3,
            Slot::Copula => 4,
        }
    }
}

/// One written shape of a suffix.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Allomorph {
    /// The folded form, as written after the stem (without hyphen).
    pub(crate) form: &'static str,
    /// The slot the suffix fills.
    pub(crate) slot: Slot,
    /// Its vowel shape; `Either` for shapes without a harmony pair (-н, -м, -мен).
    pub(crate) shape: Harmony,
    /// The contexts it may follow.
    pub(crate) after: Ctx,
}

/// Back shape.
const B: Harmony = Harmony::Back;
/// Front shape.
const F: Harmony = Harmony::Front;
/// No harmony pair: follows both shapes.
const E: Harmony = Harmony::Either;

/// Shorthand for a row.
const fn row(slot: Slot, shape: Harmony, form: &'static str, after: Ctx) -> Allomorph {
    Allomorph { form, slot, shape, after }
}

use Slot::{
    Attributive as ATTR, Copula as COP, Derivation as DER, Ordinal as ORD, Plural as PL,
    Possessive12 as PX12, Possessive3 as PX3, PossessiveOther as PXO, Similative as SIM,
};
/// Genitive.
const GEN: Slot = Slot::Case(Case::Genitive);
/// Dative.
const DAT: Slot = Slot::Case(Case::Dative);
/// Accusative.
const ACC: Slot = Slot::Case(Case::Accusative);
/// Locative.
const LOC: Slot = Slot::Case(Case::Locative);
/// Ablative.
const ABL: Slot = Slot::Case(Case::Ablative);
/// Instrumental.
const INS: Slot = Slot::Case(Case::Instrumental);

/// Where the plain-series rows for a nasal-final stem may also appear: after -ым/-ың.
const NP: Ctx = N | P12;

/// Every allomorph, in slot order. Within a slot the order only decides which parse of an
/// ambiguous chain supplies the flags (derivation before copula for -сыз).
#[rustfmt::skip]
pub(crate) const TABLE: &[Allomorph] = &[
    // Derivation (§2.3 "-лық"; -шыл, -сыз). Rows ending in ғ/г are the voiced shapes before a
    // vowel-initial suffix (қазақстандығы): the parser then requires a vowel next.
    row(DER, B, "лық", V | R),       row(DER, F, "лік", V | R),
    row(DER, B, "дық", L | N | Z),   row(DER, F, "дік", L | N | Z),
    row(DER, B, "тық", T),           row(DER, F, "тік", T),
    row(DER, B, "лығ", V | R),       row(DER, F, "ліг", V | R),
    row(DER, B, "дығ", L | N | Z),   row(DER, F, "діг", L | N | Z),
    row(DER, B, "тығ", T),           row(DER, F, "тіг", T),
    row(DER, B, "шыл", SOUNDS),      row(DER, F, "шіл", SOUNDS),
    row(DER, B, "сыз", SOUNDS),      row(DER, F, "сіз", SOUNDS),
    // Ordinals after digits (§3): 5-інші, 6-ншы, 20-сыншы, shortened 5-ші.
    row(ORD, B, "ыншы", CONS),       row(ORD, F, "інші", CONS),
    row(ORD, B, "ншы", V),           row(ORD, F, "нші", V),
    row(ORD, B, "сыншы", V),         row(ORD, F, "сінші", V),
    row(ORD, B, "шы", SOUNDS),       row(ORD, F, "ші", SOUNDS),
    // Plural.
    row(PL, B, "лар", V | R),        row(PL, F, "лер", V | R),
    row(PL, B, "дар", L | N | Z),    row(PL, F, "дер", L | N | Z),
    row(PL, B, "тар", T),            row(PL, F, "тер", T),
    // Possessive 3rd person.
    row(PX3, B, "сы", V),            row(PX3, F, "сі", V),
    row(PX3, B, "ы", CONS),          row(PX3, F, "і", CONS),
    // Possessive 1st plural 'our', and 2nd polite/plural 'your'.
    row(PXO, B, "мыз", V),           row(PXO, F, "міз", V),
    row(PXO, B, "ымыз", CONS),       row(PXO, F, "іміз", CONS),
    row(PXO, B, "ңыз", V),           row(PXO, F, "ңіз", V),
    row(PXO, B, "ыңыз", CONS),       row(PXO, F, "іңіз", CONS),
    // Possessive 1st and 2nd singular.
    row(PX12, E, "м", V),
    row(PX12, B, "ым", CONS),        row(PX12, F, "ім", CONS),
    row(PX12, E, "ң", V),
    row(PX12, B, "ың", CONS),        row(PX12, F, "ің", CONS),
    // Genitive; -ның/-нің is also the n-series form after the 3rd-person possessive.
    row(GEN, B, "ның", V | NP | P3), row(GEN, F, "нің", V | NP | P3),
    row(GEN, B, "дың", R | L | Z),   row(GEN, F, "дің", R | L | Z),
    row(GEN, B, "тың", T),           row(GEN, F, "тің", T),
    // Dative; -на/-не after the 3rd-person possessive, -а/-е after -ым/-ың.
    row(DAT, B, "ға", V | R | L | N | Z), row(DAT, F, "ге", V | R | L | N | Z),
    row(DAT, B, "қа", T),            row(DAT, F, "ке", T),
    row(DAT, B, "на", P3),           row(DAT, F, "не", P3),
    row(DAT, B, "а", P12),           row(DAT, F, "е", P12),
    // Accusative; -н after the 3rd-person possessive.
    row(ACC, B, "ны", V),            row(ACC, F, "ні", V),
    row(ACC, B, "ды", R | L | NP | Z), row(ACC, F, "ді", R | L | NP | Z),
    row(ACC, B, "ты", T),            row(ACC, F, "ті", T),
    row(ACC, E, "н", P3),
    // Locative; -нда/-нде after the 3rd-person possessive.
    row(LOC, B, "да", V | R | L | NP | Z), row(LOC, F, "де", V | R | L | NP | Z),
    row(LOC, B, "та", T),            row(LOC, F, "те", T),
    row(LOC, B, "нда", P3),          row(LOC, F, "нде", P3),
    // Ablative; -нан/-нен after a nasal and after the 3rd-person possessive.
    row(ABL, B, "дан", V | R | L | Z), row(ABL, F, "ден", V | R | L | Z),
    row(ABL, B, "нан", NP | P3),     row(ABL, F, "нен", NP | P3),
    row(ABL, B, "тан", T),           row(ABL, F, "тен", T),
    // Instrumental: front only, whatever the stem (§2.1); the long shape -менен too.
    row(INS, E, "мен", V | R | L | NP | P3), row(INS, E, "менен", V | R | L | NP | P3),
    row(INS, E, "бен", Z),           row(INS, E, "бенен", Z),
    row(INS, E, "пен", T),           row(INS, E, "пенен", T),
    // Locative attributive 'located in'.
    row(ATTR, B, "дағы", V | R | L | NP | Z), row(ATTR, F, "дегі", V | R | L | NP | Z),
    row(ATTR, B, "тағы", T),         row(ATTR, F, "тегі", T),
    row(ATTR, B, "ндағы", P3),       row(ATTR, F, "ндегі", P3),
    // Similative 'like' and equative 'in the manner of'.
    row(SIM, B, "дай", V | R | L | NP | Z), row(SIM, F, "дей", V | R | L | NP | Z),
    row(SIM, B, "тай", T),           row(SIM, F, "тей", T),
    row(SIM, B, "ндай", P3),         row(SIM, F, "ндей", P3),
    row(SIM, B, "ша", SOUNDS | P12), row(SIM, F, "ше", SOUNDS | P12),
    row(SIM, B, "нша", P3),          row(SIM, F, "нше", P3),
    // Copula 'I am' (apertium: -мын after N), 'we are' (-быз after N).
    row(COP, B, "мын", V | R | L | NP | P3), row(COP, F, "мін", V | R | L | NP | P3),
    row(COP, B, "бын", Z),           row(COP, F, "бін", Z),
    row(COP, B, "пын", T),           row(COP, F, "пін", T),
    row(COP, B, "мыз", V | R | L | P3), row(COP, F, "міз", V | R | L | P3),
    row(COP, B, "быз", NP | Z),      row(COP, F, "біз", NP | Z),
    row(COP, B, "пыз", T),           row(COP, F, "піз", T),
    // 'you are': familiar, polite, and their plurals (no consonant alternation).
    row(COP, B, "сың", SOUNDS | P3 | P12), row(COP, F, "сің", SOUNDS | P3 | P12),
    row(COP, B, "сыз", SOUNDS | P3 | P12), row(COP, F, "сіз", SOUNDS | P3 | P12),
    row(COP, B, "сыңдар", SOUNDS | P3 | P12), row(COP, F, "сіңдер", SOUNDS | P3 | P12),
    row(COP, B, "сыздар", SOUNDS | P3 | P12), row(COP, F, "сіздер", SOUNDS | P3 | P12),
];

/// The first two bytes of each row's form, as one number (every form starts with a
/// two-byte Cyrillic letter): the key of [`ROWS_BY_HEAD`].
const HEADS: [u16; TABLE.len()] = heads();

/// Computes [`HEADS`] at compile time.
const fn heads() -> [u16; TABLE.len()] {
    let mut out = [0; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        let b = TABLE[i].form.as_bytes();
        out[i] = u16::from_le_bytes([b[0], b[1]]);
        i += 1;
    }
    out
}

/// The slot of a form's first letter in [`ROWS_BY_HEAD`]: the two bytes of a Cyrillic
/// letter (U+0400..U+04FF, lead bytes D0..D3), as the letter's low eight bits; `None` for
/// anything else, which no form starts with.
#[inline]
pub(crate) const fn head_slot(head: u16) -> Option<usize> {
    let [b0, b1] = head.to_le_bytes();
    if b0 >= 0xD0 && b0 <= 0xD3 && b1 & 0xC0 == 0x80 {
        Some((((b0 - 0xD0) as usize) << 6) | (b1 & 0x3F) as usize)
    } else {
        None
    }
}

/// For each first letter (by [`head_slot`]), the rows of [`TABLE`] whose form starts with
/// it, one bit per row: the parser visits only those, in table order.
pub(crate) const ROWS_BY_HEAD: [u128; 256] = rows_by_head();

/// Computes [`ROWS_BY_HEAD`] at compile time; a form that does not start with a Cyrillic
/// letter, or a table of more than 128 rows, fails the build.
const fn rows_by_head() -> [u128; 256] {
    assert!(TABLE.len() <= 128, "one bit per row");
    let mut out = [0u128; 256];
    let mut i = 0;
    while i < TABLE.len() {
        match head_slot(HEADS[i]) {
            Some(slot) => out[slot] |= 1 << i,
            None => panic!("every form starts with a Cyrillic letter"),
        }
        i += 1;
    }
    out
}

/// For each rank, the index of the first row of [`TABLE`] with that rank or a higher one (the
/// table is in rank order, which a test checks), so that the parser skips earlier slots.
pub(crate) const RANK_START: [usize; 5] = rank_starts();

/// Computes [`RANK_START`] at compile time.
const fn rank_starts() -> [usize; 5] {
    let mut out = [TABLE.len(); 5];
    let mut rank = 0;
    while rank < 5 {
        let mut i = 0;
        while i < TABLE.len() && TABLE[i].slot.rank() < rank as u8 {
            i += 1;
        }
        out[rank] = i;
        rank += 1;
    }
    out
}
