//! Kazakh suffix grammar: is the rest of a word a valid suffix chain for a gazetteer stem?
//!
//! The gazetteer matcher finds a folded alias (the stem) at a word start and asks
//! [`suffix_chain`] whether the letters after it, up to the word end, inflect that stem:
//! "ға" after "қазақстан" does, "стан" after "қазақ" and "дар" after "ай" (Айдар) do not.
//! The facts are those of `kazakh-for-extraction.md` §2 and §3: vowel harmony and the
//! last-sound class of the stem ([`harmony`]), the allomorph table ([`table`]), and the order
//! of suffixes, which the small search in [`suffix_chain`] follows.
//!
//! [`Stem::classify`] runs once per alias when the gazetteer is built; [`suffix_chain`] runs
//! once per match and walks a few dozen table rows per suffix, unless a per-thread memo
//! ([`memo`]: 256 direct-mapped slots, a fixed table per thread) has the answer.

mod harmony;
mod memo;
mod table;
#[cfg(test)]
mod tests;

use self::harmony::{class_of_char, is_vowel, Ctx, Harmony, P12, P3, SOUNDS, V};
use self::table::{head_slot, Allomorph, Slot, RANK_START, ROWS_BY_HEAD, TABLE};
use crate::entity::Case;

/// Phonological facts about a stem, computed once per gazetteer alias at build time.
///
/// # Example
/// ```text
/// let stem = Stem::classify("қазақстан");
/// assert!(suffix_chain(stem, "ға", false).is_some());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stem {
    /// The contexts the first suffix is chosen by: the last-sound class (V R L N Z T, a set
    /// because final ж is both Z and T), or [`P3`] for a stem ending in a 3rd-person
    /// possessive.
    ctx: Ctx,
    /// The vowel shapes the first suffix may take.
    harmony: Harmony,
    /// The stem ends in a 3rd-person possessive and takes the n-series of cases
    /// (түркі мемлекеттері ұйымы → ұйымының, Байтұрсынұлы → Байтұрсынұлын).
    possessed: bool,
    /// The stem's final к/қ/п was voiced (министрлігі): the chain must start with a vowel.
    voiced: bool,
    /// The stem ends in a number written in digits: ordinal suffixes are allowed.
    numeral: bool,
    /// The stem ends in a loan cluster (кт, ск, нк, рк …) that may take an epenthetic і
    /// before its suffixes, as if it ended in a front vowel (фактіге, фактісі, банкіге).
    epenthetic: bool,
}

impl Stem {
    /// Classifies a folded (lower-case) stem; it may contain spaces, hyphens, digits, Latin
    /// letters, '.'.
    ///
    /// The last word decides: its last sound and last vowel (§2.1, §2.2), the number word a
    /// trailing digit string is read as (§3), and whether it is possessed: a multi-word stem
    /// whose last word ends in ы/і (маңғыстау облысы, қазақстан республикасы), or a name in
    /// -ұлы/-қызы (-улы/-кызы) or the compound -басы (елбасы). A single word in ы/і (алматы)
    /// is not possessed.
    ///
    /// # Example
    /// ```text
    /// let stem = Stem::classify("маңғыстау облысы");
    /// assert!(suffix_chain(stem, "нда", false).is_some());
    /// assert!(suffix_chain(stem, "да", false).is_none());
    /// ```
    pub(crate) fn classify(stem: &str) -> Stem {
        let phon = harmony::phonology(stem);
        let possession = possession(stem);
        let ctx = match possession {
            Possession::None => phon.ctx,
            Possession::Possessed => P3,
            Possession::Maybe => P3 | phon.ctx,
        };
        Stem {
            ctx,
            harmony: phon.harmony,
            possessed: possession == Possession::Possessed,
            voiced: false,
            numeral: phon.numeral,
            epenthetic: phon.epenthetic && possession == Possession::None,
        }
    }

    /// The vowel shapes the first suffix may take, as "back?" flags: `[true]` for back
    /// only, `[false]` for front only, both when either is accepted.
    pub(crate) fn shapes(self) -> &'static [bool] {
        match self.harmony {
            Harmony::Back => &[true],
            Harmony::Front => &[false],
            Harmony::Either => &[true, false],
        }
    }

    /// The same stem written with its final к/қ/п voiced to г/ғ/б (министрлік → министрлігі,
    /// орталық → орталығы): returns the voiced final char to look for, and a Stem whose chain
    /// must begin with a vowel-initial suffix.
    ///
    /// `stem` must be the string this `Stem` was classified from. Returns `None` when the
    /// stem does not end in к/қ/п, or is already voiced.
    ///
    /// # Example
    /// ```text
    /// let stem = Stem::classify("орталық");
    /// let (c, voiced) = stem.voiced("орталық").unwrap();
    /// assert_eq!(c, 'ғ');
    /// assert!(suffix_chain(voiced, "ында", false).is_some());
    /// assert!(suffix_chain(voiced, "", false).is_none());
    /// ```
    pub(crate) fn voiced(self, stem: &str) -> Option<(char, Stem)> {
        if self.voiced || self.possessed || self.numeral {
            return None;
        }
        let c = match stem.chars().next_back()? {
            'к' => 'г',
            'қ' => 'ғ',
            'п' => 'б',
            _ => return None,
        };
        Some((c, Stem { voiced: true, ..self }))
    }
}

/// Whether a stem ends in a 3rd-person possessive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Possession {
    /// No: plain series (Алматы → Алматыға).
    None,
    /// Yes: n-series only (облысы → облысына).
    Possessed,
    /// A multi-word stem whose last word ends in -шы/-ші, which may be the agent suffix
    /// (мемлекеттік хатшы → хатшыға) or a possessive: both series.
    Maybe,
}

/// Decides [`Possession`] from the folded stem's last word.
fn possession(stem: &str) -> Possession {
    let stem = stem.trim_end_matches(|c: char| !crate::normalize::is_alphanumeric(c));
    // The space may be longer than one byte (a no-break space).
    let (multi, word) = match stem.char_indices().rev().find(|&(_, c)| c.is_whitespace()) {
        Some((i, c)) => (true, &stem[i + c.len_utf8()..]),
        None => (false, stem),
    };
    let longer = |suffix: &str| word.len() > suffix.len() && word.ends_with(suffix);
    if ["ұлы", "улы", "қызы", "кызы", "басы"].iter().any(|s| longer(s)) {
        return Possession::Possessed;
    }
    if multi && (longer("ы") || longer("і")) {
        if longer("шы") || longer("ші") {
            return Possession::Maybe;
        }
        return Possession::Possessed;
    }
    Possession::None
}

/// The grammatical content of a parsed suffix chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Chain {
    /// The case of the final word form; Some(Nominative) for an empty chain or a chain without
    /// a case suffix; None when the chain ends in -дағы/-дегі (locative attributive) or is
    /// otherwise ambiguous.
    ///
    /// "Otherwise" covers a chain ending in the similative -дай or the equative -ша (Ирандай
    /// 'like Iran'), which mark none of the seven cases, and a chain with two parses that
    /// disagree on the case.
    pub case: Option<Case>,
    /// The chain contains a plural suffix.
    pub plural: bool,
    /// The chain contains a possessive suffix (a possessed stem alone does not count).
    pub possessive: bool,
    /// The chain contains a derivational suffix that makes a new word (-лық/-лік origin words
    /// like қазақстандық, ақтаулық; -шыл, -сыз): the mention is then not the named place itself.
    pub derived: bool,
    /// The chain contains -дағы/-дегі/-ндағы.
    pub attributive: bool,
}

impl Chain {
    /// The empty chain: a nominative without suffixes.
    const EMPTY: Chain = Chain {
        case: Some(Case::Nominative),
        plural: false,
        possessive: false,
        derived: false,
        attributive: false,
    };
}

/// Parses `rest` (folded letters after the stem, possibly empty) as a suffix chain for `stem`.
/// `hyphen` is true when `rest` followed a hyphen or apostrophe (after an abbreviation, a
/// number or a Latin-script name): then the first suffix may take either harmony and any
/// consonant class (the pronunciation of abbreviations is not predictable).
///
/// Returns `None` when `rest` is not a suffix chain for the stem, and for an empty `rest`
/// after a hyphen or after a voiced stem. When two parses disagree on the case, the case is
/// `None` and the flags are those of the first parse (derivations are tried first).
///
/// # Example
/// ```text
/// let ai = Stem::classify("ай");
/// assert!(suffix_chain(ai, "дар", false).is_none()); // Айдар: after й the plural is -лар
/// let tmu = Stem::classify("тмұ");
/// assert_eq!(suffix_chain(tmu, "ның", true).unwrap().case, Some(Case::Genitive));
/// ```
pub(crate) fn suffix_chain(stem: Stem, rest: &str, hyphen: bool) -> Option<Chain> {
    if rest.is_empty() {
        return (!hyphen && !stem.voiced).then_some(Chain::EMPTY);
    }
    memo::chain(stem, rest, hyphen, || parse_chain(stem, rest, hyphen))
}

/// The parse behind [`suffix_chain`], for a non-empty `rest`.
fn parse_chain(stem: Stem, rest: &str, hyphen: bool) -> Option<Chain> {
    let mut state = State {
        ctx: stem.ctx,
        harmony: stem.harmony,
        rank: 0,
        need_vowel: stem.voiced,
        numeral: stem.numeral,
        chain: Chain::EMPTY,
    };
    if hyphen {
        state.ctx |= SOUNDS;
        state.harmony = Harmony::Either;
    }
    let mut found = None;
    walk(rest, state, &mut found);
    if stem.epenthetic && !hyphen && !stem.voiced {
        if let Some(after) = rest.strip_prefix('і') {
            let vowel = State { ctx: V, harmony: Harmony::Front, ..state };
            walk(after, vowel, &mut found);
        }
    }
    found
}

/// Where the parse stands after the suffixes consumed so far.
#[derive(Clone, Copy, Debug)]
struct State {
    /// The contexts the next suffix may be chosen by.
    ctx: Ctx,
    /// The vowel shapes the next suffix may take.
    harmony: Harmony,
    /// The lowest slot rank the next suffix may have.
    rank: u8,
    /// The next suffix must begin with a vowel (after a voiced к/қ/п).
    need_vowel: bool,
    /// Ordinal suffixes are allowed next (first suffix after a number).
    numeral: bool,
    /// What the chain so far means.
    chain: Chain,
}

/// Tries every table row that may come next; records each complete parse in `found`.
fn walk(rest: &str, state: State, found: &mut Option<Chain>) {
    if rest.is_empty() {
        if !state.need_vowel {
            record(found, state.chain);
        }
        return;
    }
    let b = rest.as_bytes();
    let head = u16::from_le_bytes([b[0], b.get(1).copied().unwrap_or(0)]);
    let Some(slot) = head_slot(head) else { return };
    let start = RANK_START.get(usize::from(state.rank)).copied().unwrap_or(TABLE.len());
    // The rows from `start` on whose form starts with the same letter, in table order.
    let from = u128::MAX.checked_shl(start as u32).unwrap_or(0);
    let mut rows = ROWS_BY_HEAD[slot] & from;
    while rows != 0 {
        let i = rows.trailing_zeros() as usize;
        rows &= rows - 1;
        let row = &TABLE[i];
        if row.after & state.ctx == 0
            || !state.harmony.allows(row.shape)
            || !rest.starts_with(row.form)
        {
            continue;
        }
        if state.need_vowel && !row.form.chars().next().is_some_and(is_vowel) {
            continue;
        }
        match row.slot {
            Slot::Ordinal if !state.numeral => continue,
            Slot::Attributive if state.chain.attributive => continue,
            _ => {}
        }
        walk(&rest[row.form.len()..], advance(state, row), found);
    }
}

/// The state after consuming `row`.
fn advance(state: State, row: &Allomorph) -> State {
    let last = row.form.chars().next_back().unwrap_or('а');
    let ctx = match row.slot {
        Slot::Possessive3 => P3,
        Slot::Possessive12 => P12,
        _ => class_of_char(last),
    };
    let harmony = match row.shape {
        Harmony::Either => state.harmony,
        shape => shape,
    };
    let rank = match row.slot {
        Slot::Attributive => Slot::Plural.rank(),
        slot => slot.rank() + 1,
    };
    let mut chain = state.chain;
    match row.slot {
        Slot::Derivation | Slot::Ordinal => {
            chain.derived = true;
            chain.case = Some(Case::Nominative);
        }
        Slot::Plural => {
            chain.plural = true;
            chain.case = Some(Case::Nominative);
        }
        Slot::Possessive3 | Slot::Possessive12 | Slot::PossessiveOther => {
            chain.possessive = true;
            chain.case = Some(Case::Nominative);
        }
        Slot::Case(case) => chain.case = Some(case),
        Slot::Attributive => {
            chain.attributive = true;
            chain.case = None;
        }
        Slot::Similative => chain.case = None,
        Slot::Copula => {}
    }
    State { ctx, harmony, rank, need_vowel: matches!(last, 'г' | 'ғ'), numeral: false, chain }
}

/// Keeps the first complete parse; a later parse with another case makes the case `None`.
fn record(found: &mut Option<Chain>, chain: Chain) {
    match found {
        None => *found = Some(chain),
        Some(first) if first.case != chain.case => first.case = None,
        Some(_) => {}
    }
}
