//! Resolution: candidates → entities. Picks one reading per gazetteer match from its
//! context, and keeps the output flat (no overlaps).
//!
//! A surface can stand for several entries: "Ақтау" is a city and a port, "Балқаш" a
//! city and a lake. The reading is chosen in this order:
//! 1. a descriptor noun right after the name selects the entry of its kind
//!    ("Ақтау порты" → port, "Балқаш көлі" → lake, "Қарасай ауданы" → district);
//! 2. coordinated names share a plural descriptor ("Ақтау және Баку порттарын": both ports);
//! 3. otherwise the first entry in gazetteer priority order, skipping kinds that need a
//!    descriptor: districts always, ports when the surface has another reading.
//!
//! Then gazetteer and rule candidates are merged into one flat list: **the longest span
//! wins**, the gazetteer wins ties, then the rule that ran first. Nested mentions are
//! dropped: the GPE inside an organisation's name ("[ҚР Президенті жанындағы ҚСЗИ]"), the
//! country inside a title ("[Әзербайжан Президенті]") — entities are flat, as in
//! KazNERD. Last, mentions are linked within the document (see [`link`]).

use std::collections::HashMap;

use crate::lexicon::FastHash;
use std::sync::Arc;

use crate::entity::{Entity, EntityId, Kind, Label};
use crate::gazetteer::matcher::{Candidate, Matcher, Target};
use crate::lexicon::Lexicons;
use crate::morph::suffix_chain;
use crate::normalize::{char_at, is_word_char, word_end};
use crate::prefix_set::PrefixSet;
use crate::taken::Taken;

/// A descriptor found after a candidate: its kind and whether it is plural.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Described {
    kind: Kind,
    plural: bool,
}

/// Turns gazetteer candidates into entities.
pub(crate) fn gazetteer_entities<'t>(
    text: &'t str,
    folded: &str,
    matcher: &Matcher,
    lex: &Lexicons,
    candidates: &[Candidate],
    out: &mut Vec<Entity<'t>>,
) {
    let mut id_buf = String::with_capacity(64);
    // A descriptor follows a bare name only ("Алматы қаласы"); after "Ақтөбе облысына"
    // the next noun is not its descriptor.
    let described: Vec<Option<Described>> = candidates
        .iter()
        .map(|c| {
            let bare = c.stem_end == c.end;
            bare.then(|| descriptor_after(folded, c.end, lex)).flatten()
        })
        .collect();
    // Kinds chosen so far, filled right to left so that coordination can look ahead.
    let mut chosen: Vec<Option<&Target>> = vec![None; candidates.len()];
    let mut wanted: Vec<Option<Kind>> = vec![None; candidates.len()];
    let mut carried: Vec<Option<Kind>> = vec![None; candidates.len()];
    for i in (0..candidates.len()).rev() {
        let c = &candidates[i];
        if c.chain.derived {
            continue; // origin words (ақтаулық, қазақстандық): see below
        }
        // A plural descriptor is shared by coordinated names, carried leftwards across
        // "және", "мен" and commas: "Ақтау, Баку және Түркменбашы порттары".
        carried[i] = described[i]
            .filter(|d| d.plural)
            .map(|d| d.kind)
            .or_else(|| coordinated_with(text, candidates, i).and_then(|j| carried[j]));
        let mut want = described[i].map(|d| d.kind);
        if want.is_none() {
            want = carried[i];
        }
        // Districts named after people (Абай, Уәлиханов) read as the person without "ауданы".
        let stem = &folded[c.start..c.stem_end];
        let first_name = lex.first_names.contains(stem)
            || ["ов", "ев", "ин", "ова", "ева", "ина", "ұлы"].iter().any(|e| stem.ends_with(e));
        chosen[i] = pick(matcher, c.pattern, want, first_name);
        // Only a singular descriptor right after the name re-types it beyond its entries
        // ("Ертіс ауылы"); "Таяу Шығыс қалалары" are cities *in* the Middle East.
        wanted[i] = described[i].filter(|d| !d.plural).map(|d| d.kind);
    }
    for ((c, t), want) in candidates.iter().zip(chosen).zip(wanted) {
        if c.chain.derived {
            // "қазақстандық", "Атыраулық": an origin word derived from a place is NORP,
            // unless, capitalised, it is also a given name (Жақсылық Үшкемпіров).
            let place =
                matcher.targets(c.pattern).next().is_some_and(|t| t.kind.label() == Label::Gpe);
            let capital = text[c.start..].starts_with(crate::normalize::is_upper);
            let name = capital && lex.first_names.contains(&folded[c.start..c.end]);
            let common = !capital && common_derived(&folded[c.start..c.end], lex);
            if place && !name && !common {
                let word = &text[c.start..c.end];
                out.push(Entity {
                    start: c.start,
                    end: c.end,
                    text: word,
                    stem_end: c.end,
                    label: Label::Norp,
                    kind: Kind::Nationality,
                    id: folded_rule_id(Label::Norp, &folded[c.start..c.end], &mut id_buf),
                    name: Arc::from(word),
                    case: c.chain.case,
                    source: "gazetteer_origin",
                });
            }
            continue;
        }
        let Some(t) = t else { continue };
        if matches!(t.kind.label(), Label::Gpe | Label::Location)
            && !place_context(text, folded, c, want.is_some())
        {
            continue;
        }
        // A place descriptor of a kind the entry does not have re-types the name by
        // context ("Ертіс ауылы": a village named after the river).
        if let Some(kind) = want.filter(|k| *k != t.kind && is_place(*k) && is_place(t.kind)) {
            out.push(Entity {
                start: c.start,
                end: c.end,
                text: &text[c.start..c.end],
                stem_end: c.stem_end,
                label: kind.label(),
                kind,
                id: folded_rule_id(kind.label(), &folded[c.start..c.stem_end], &mut id_buf),
                name: Arc::from(&text[c.start..c.stem_end]),
                case: c.chain.case,
                source: "gazetteer_retyped",
            });
            continue;
        }
        out.push(Entity {
            start: c.start,
            end: c.end,
            text: &text[c.start..c.end],
            stem_end: c.stem_end,
            label: t.kind.label(),
            kind: t.kind,
            id: EntityId::clone(&t.id),
            name: t.name.clone(),
            case: c.chain.case,
            source: "gazetteer",
        });
    }
}

/// Whether a folded word is a form of a common noun that looks like an origin word
/// (homographs.txt: жақсылық, жақсылығы, қазандықтар). The noun's last letter may be
/// voiced before a suffix (қ → ғ), so its forms are matched on the noun minus that letter.
fn common_derived(word: &str, lex: &Lexicons) -> bool {
    const ORIGIN: [&str; 6] = ["лық", "лік", "дық", "дік", "тық", "тік"];
    lex.homographs.keys().filter(|h| ORIGIN.iter().any(|o| h.ends_with(o))).any(|h| {
        let base = h.char_indices().next_back().map_or("", |(i, _)| &h[..i]);
        word.starts_with(base)
    })
}

/// Whether a place name is used as a place: not a name in guillemets standing for
/// something else ("«Астана» халықаралық қаржы орталығы", "«Нұр-Сұлтан» әні"), and not
/// the country of a currency ("АҚШ доллары").
fn place_context(text: &str, folded: &str, c: &Candidate, described: bool) -> bool {
    let before = text[..c.start].trim_end_matches([' ', '\u{a0}']);
    // A place that opens a name in guillemets names something else: «Астана Хаб»,
    // «Нұр-Сұлтан» әні, «Алматы – Екатеринбург» бағыты. A place in a case, or opening a
    // quotation, is the place: «Қазақстанға инвестиция саламыз», – деді ол.
    let nominative = matches!(c.chain.case, None | Some(crate::Case::Nominative));
    if !described
        && before.ends_with(['«', '"', '“'])
        && nominative
        && !opens_a_quotation(&text[c.start..])
    {
        return false;
    }
    let next = skip_spaces(folded, c.end).map_or("", |i| &folded[i..]);
    !next.starts_with("доллар")
}

/// The most words a name in guillemets that opens with a place has ("«Батыс Еуропа –
/// Батыс Қытай» дәлізі" has four).
const MAX_QUOTED_NAME_WORDS: usize = 4;

/// The bytes after an opening mark that `opens_a_quotation` reads: far more than four
/// words take.
const MAX_QUOTED_NAME_BYTES: usize = 512;

/// Whether the text after an opening quotation mark, `rest`, is a quotation rather than a
/// name: no closing mark on the line, more words than a name has before it, or a
/// sentence's punctuation inside and no lower-case word (a head noun) after the mark.
///
/// Only the first [`MAX_QUOTED_NAME_BYTES`] are read, so that the test costs the same on
/// a line of any length: a closing mark further on has more words than a name before it.
fn opens_a_quotation(rest: &str) -> bool {
    let window = crate::normalize::floor_boundary(rest, MAX_QUOTED_NAME_BYTES);
    let Some(close) = rest[..window].find(['»', '"', '”', '\n']) else { return true };
    if rest[close..].starts_with('\n') {
        return true; // no closing mark on the line
    }
    let inside = &rest[..close];
    let words = inside.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic));
    // A name in guillemets may have a sentence's punctuation, when a head noun follows:
    // «Арман, алға!» акциясы.
    let after =
        rest[close..].chars().skip(1).take_while(|&c| c != '\n').find(|c| !c.is_whitespace());
    words.count() > MAX_QUOTED_NAME_WORDS
        || inside.contains([',', '.', '?', '!', ':', ';'])
            && !after.is_some_and(crate::normalize::is_lower)
}

/// Whether a kind is a place (GPE, LOCATION or FACILITY).
fn is_place(kind: Kind) -> bool {
    matches!(kind.label(), Label::Gpe | Label::Location | Label::Facility)
}

/// Picks a reading: the one of kind `want` if any, else the default one.
fn pick(matcher: &Matcher, pattern: u32, want: Option<Kind>, first_name: bool) -> Option<&Target> {
    if let Some(kind) = want {
        if let Some(t) = matcher.targets(pattern).find(|t| t.kind == kind) {
            return Some(t);
        }
    }
    let several = matcher.targets(pattern).nth(1).is_some();
    matcher.targets(pattern).find(|t| !needs_descriptor(t.kind, several, first_name))
}

/// Kinds read only when a descriptor says so: a district whose name is also another
/// entry or a given name (Абай, Жамбыл), a port whose name is also its city's.
fn needs_descriptor(kind: Kind, has_other_readings: bool, first_name: bool) -> bool {
    match kind {
        Kind::District => has_other_readings || first_name,
        Kind::Port => has_other_readings,
        _ => false,
    }
}

/// The descriptor noun right after `end` (one space away), if the next word is one.
fn descriptor_after(folded: &str, end: usize, lex: &Lexicons) -> Option<Described> {
    // «Алтын дала» ықшамауданы: the descriptor may follow the closing guillemet.
    let end = match folded[end..].trim_start_matches(' ').strip_prefix(['»', '"', '”']) {
        Some(rest) => folded.len() - rest.len(),
        None => end,
    };
    let start = skip_spaces(folded, end)?;
    let word_stop = word_end(folded, start);
    let word = &folded[start..word_stop];
    lex.descriptors.starting(word).filter(|d| !d.new_only).find_map(|d| {
        // The lemma may be two words ("елді мекен"): it is matched on the text, and its
        // suffixes run to the end of the word it ends in.
        let rest = folded[start..].strip_prefix(d.lemma.as_str())?;
        let rest = &rest[..word_end(rest, 0)];
        let chain = suffix_chain(d.stem, rest, false)?;
        Some(Described { kind: d.kind, plural: chain.plural })
    })
}

/// Skips one run of horizontal spaces after `i`; the next word must start there.
fn skip_spaces(s: &str, i: usize) -> Option<usize> {
    let rest = s.get(i..)?;
    let n = rest.find(|c: char| c != ' ' && c != '\u{a0}' && c != '\t')?;
    if n == 0 {
        return None;
    }
    char_at(s, i + n).filter(|c| is_word_char(*c)).map(|_| i + n)
}

/// The index of the next candidate when only a conjunction or a comma separates it from
/// candidate `i` ("Ақтау және Баку", "Ақтау мен Баку", "Ақтау, Құрық").
fn coordinated_with(text: &str, candidates: &[Candidate], i: usize) -> Option<usize> {
    let next = candidates.get(i + 1)?;
    let gap = text.get(candidates[i].end..next.start)?.trim();
    matches!(gap, "," | "және" | "мен" | "бен" | "пен" | "не" | "немесе").then_some(i + 1)
}

/// The id of an entity found by a rule: the label's prefix, `~`, and the folded name
/// with spaces as hyphens ("PER~айдар-құрмашев"). The same name gets the same id in
/// every document. `buf` is scratch space, so that only the id itself is allocated.
pub(crate) fn rule_id(label: Label, name: &str, buf: &mut String) -> EntityId {
    id_of(label, name, buf, crate::normalize::fold_push)
}

/// [`rule_id`] of a name already folded (a slice of the folded text: folding is char by
/// char, so it is the fold of the same slice of the text).
fn folded_rule_id(label: Label, folded: &str, buf: &mut String) -> EntityId {
    id_of(label, folded, buf, |w, buf| buf.push_str(w))
}

/// Slots of the per-thread memo of rule entities' ids and names (direct-mapped).
const NAME_SLOTS: usize = 512;

/// A recent (label, name, id) of a rule entity named by its own text.
type NameSlot = Option<(Label, Arc<str>, EntityId)>;

thread_local! {
    static NAMES: std::cell::RefCell<Vec<NameSlot>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The id and name of a rule entity named by its text as `written` (whose fold is
/// `folded`): "2024 жылы" → (DATE~2024-жылы, "2024 жылы"). Numbers, dates and names recur
/// across documents, so the last pair made for each (label, text) in its slot of a
/// per-thread memo is shared instead of made again: two allocations saved per hit. The
/// pair is a pure function of its inputs, so the memo changes no output.
fn named_by_text(
    label: Label,
    written: &str,
    folded: &str,
    buf: &mut String,
) -> (EntityId, Arc<str>) {
    use std::hash::Hasher;
    let mut h = crate::lexicon::FxHasher::default();
    h.write(written.as_bytes());
    h.write_u8(label as u8);
    let slot = (h.finish() >> 32) as usize % NAME_SLOTS;
    NAMES.with(|memo| {
        let mut memo = memo.borrow_mut();
        if memo.is_empty() {
            memo.resize(NAME_SLOTS, None);
        }
        if let Some((l, name, id)) = &memo[slot] {
            if *l == label && **name == *written {
                return (id.clone(), name.clone());
            }
        }
        let (id, name) = (folded_rule_id(label, folded, buf), Arc::<str>::from(written));
        memo[slot] = Some((label, name.clone(), id.clone()));
        (id, name)
    })
}

/// The id of `name`, each of its words folded by `push` (which appends to the buffer).
fn id_of(label: Label, name: &str, buf: &mut String, push: fn(&str, &mut String)) -> EntityId {
    let prefix = match label {
        Label::Person => "PER",
        Label::Gpe => "GPE",
        Label::Location => "LOC",
        Label::Organisation => "ORG",
        Label::Facility => "FAC",
        Label::Position => "POS",
        other => other.as_str(),
    };
    buf.clear();
    buf.push_str(prefix);
    buf.push('~');
    // A dash between words ("Атырау – Орал") adds nothing to the id.
    for (i, w) in name
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| matches!(c, '–' | '—' | '-')))
        .enumerate()
    {
        if i > 0 {
            buf.push('-');
        }
        push(w, buf);
    }
    EntityId::from_arc(Arc::from(buf.as_str()))
}

/// Merges rule matches into the gazetteer entities: longest span first, the gazetteer
/// on ties, then rule order; the result is sorted and flat.
pub(crate) fn merge<'t>(
    text: &'t str,
    folded: &str,
    gazetteer: Vec<Entity<'t>>,
    rules: Vec<crate::rules::RuleMatch>,
) -> Vec<Entity<'t>> {
    // Candidates by length, longest first, then by index: gazetteer entities come before
    // rule matches (the gazetteer wins ties), and rules keep their order. One integer key
    // each: the length's complement above the index.
    let key = |start: usize, end: usize, k: usize| {
        (u128::from(u64::MAX - end.saturating_sub(start) as u64) << 64) | k as u128
    };
    let mut order: Vec<u128> = gazetteer
        .iter()
        .enumerate()
        .map(|(i, e)| key(e.start, e.end, i))
        .chain(rules.iter().enumerate().map(|(i, m)| key(m.start, m.end, gazetteer.len() + i)))
        .collect();
    order.sort_unstable();
    let mut taken = Taken::new(text.len());
    let mut keep = vec![false; order.len()];
    for &key in &order {
        let k = key as u64 as usize;
        let (start, end) = match k.checked_sub(gazetteer.len()) {
            None => (gazetteer[k].start, gazetteer[k].end),
            Some(r) => (rules[r].start, rules[r].end),
        };
        if start >= end || taken.any(start, end) {
            continue;
        }
        taken.set(start, end);
        keep[k] = true;
    }
    let (keep_gazetteer, keep_rules) = keep.split_at(gazetteer.len());
    // The kept entities stay in the gazetteer's buffer, which grows once for the kept
    // rule matches.
    let mut kept = gazetteer;
    let mut flags = keep_gazetteer.iter();
    kept.retain(|_| flags.next().is_some_and(|&keep| keep));
    kept.reserve(keep_rules.iter().filter(|&&k| k).count());
    // Names and ids are made for kept rule matches only.
    let mut id_buf = String::with_capacity(64);
    for (m, _) in rules.into_iter().zip(keep_rules).filter(|(_, &k)| k) {
        let label = m.kind.label();
        let (id, name) = match (m.id, m.name) {
            (Some(id), name) => (id, name.unwrap_or_else(|| Arc::from(&text[m.start..m.stem_end]))),
            (None, Some(name)) => (rule_id(label, &name, &mut id_buf), name),
            (None, None) => {
                let (written, folded) = (&text[m.start..m.stem_end], &folded[m.start..m.stem_end]);
                named_by_text(label, written, folded, &mut id_buf)
            }
        };
        kept.push(Entity {
            start: m.start,
            end: m.end,
            text: &text[m.start..m.end],
            stem_end: m.stem_end,
            label,
            kind: m.kind,
            id,
            name,
            case: m.case,
            source: m.source,
        });
    }
    kept.sort_unstable_by_key(|e| e.start);
    kept
}

/// The index of the entity (sorted by start, flat) overlapping `start..end`, if any.
fn overlapping(entities: &[Entity<'_>], start: usize, end: usize) -> Option<usize> {
    let k = entities.partition_point(|e| e.start < end);
    k.checked_sub(1).filter(|&i| entities[i].end > start)
}

/// Links mentions within a document, like GATE's OrthoMatcher:
/// - every mention of an abbreviation defined in parentheses takes its long form's id
///   (a gazetteer id wins over a rule id), and mentions not yet found are added;
/// - a surname alone, or with initials, takes the id and name of a full-name mention of
///   the same person in the document (the earlier one when there are several), and
///   surname-only mentions that no rule found are added.
pub(crate) fn link<'t>(
    text: &'t str,
    folded: &str,
    words: &[crate::rules::Word],
    defs: &[crate::rules::Definition],
    entities: &mut Vec<Entity<'t>>,
) {
    link_abbreviations(text, words, defs, entities);
    link_surnames(text, folded, words, entities);
}

fn link_abbreviations<'t>(
    text: &'t str,
    words: &[crate::rules::Word],
    defs: &[crate::rules::Definition],
    entities: &mut Vec<Entity<'t>>,
) {
    // Each defined abbreviation → the id, name and kind its mentions take.
    let mut linked: HashMap<&str, (EntityId, Arc<str>, Kind), FastHash> = HashMap::default();
    for d in defs {
        let Some(long) = overlapping(entities, d.long_end.saturating_sub(1), d.long_end)
            .filter(|&i| entities[i].end == d.long_end)
        else {
            continue;
        };
        let abbr = &text[d.abbr_start..d.abbr_end];
        let abbr_entity = overlapping(entities, d.abbr_start, d.abbr_start + 1)
            .filter(|&i| entities[i].start == d.abbr_start);
        let gazetteer_id = |e: &Entity<'_>| !e.id.as_str().contains('~');
        let (id, name, kind) = match abbr_entity {
            Some(a) if !gazetteer_id(&entities[long]) && gazetteer_id(&entities[a]) => {
                (entities[a].id.clone(), entities[a].name.clone(), entities[a].kind)
            }
            _ => (entities[long].id.clone(), entities[long].name.clone(), entities[long].kind),
        };
        entities[long].id = id.clone();
        entities[long].name = name.clone();
        linked.entry(abbr).or_insert((id, name, kind));
    }
    if linked.is_empty() {
        return;
    }
    // One pass over the words: ТМҰ, ТМҰ-ның … Words are hashed only when their first
    // two bytes may be an abbreviation's (one byte would let half of all Cyrillic
    // through): a bit per head in 1024, from the lead byte's low 4 bits and the next
    // byte's low 6, which tells every two-byte Cyrillic letter apart. A collision only
    // costs a lookup.
    let head = |s: &str| {
        let b = s.as_bytes();
        let (b0, b1) = (b[0] as usize, b.get(1).copied().unwrap_or(0) as usize);
        ((b0 & 0x0f) << 6) | (b1 & 0x3f)
    };
    let mut heads = [0u64; 16];
    for abbr in linked.keys() {
        let h = head(abbr);
        heads[h >> 6] |= 1 << (h & 63);
    }
    let may_be_linked = |w: &&crate::rules::Word| {
        let h = head(&text[w.start..w.end()]);
        heads[h >> 6] & (1 << (h & 63)) != 0
    };
    let mut added = Vec::new();
    for w in words.iter().filter(may_be_linked) {
        let word = &text[w.start..w.end()];
        let abbr = word.split(crate::normalize::is_suffix_joiner).next().unwrap_or(word);
        let Some((id, name, kind)) = linked.get(abbr) else { continue };
        let stem_end = w.start + abbr.len();
        match overlapping(entities, w.start, w.end()).map(|i| &mut entities[i]) {
            Some(e) if e.start == w.start && e.stem_end == stem_end => {
                e.id = id.clone();
                e.name = name.clone();
            }
            Some(_) => {}
            None => added.push(Entity {
                start: w.start,
                end: w.end(),
                text: word,
                stem_end,
                label: kind.label(),
                kind: *kind,
                id: id.clone(),
                name: name.clone(),
                case: None,
                source: "abbreviation_link",
            }),
        }
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|e| e.start);
    }
}

/// How many surnames a document must have before their lookups go through a
/// [`PrefixSet`]: below that, scanning them is cheaper than hashing. Either way the
/// same surnames are found, in the same order (a test runs both).
const INDEXED_FROM: usize = 32;

fn link_surnames<'t>(
    text: &'t str,
    folded: &str,
    words: &[crate::rules::Word],
    entities: &mut Vec<Entity<'t>>,
) {
    link_surnames_with(text, folded, words, entities, INDEXED_FROM);
}

fn link_surnames_with<'t>(
    text: &'t str,
    folded: &str,
    words: &[crate::rules::Word],
    entities: &mut Vec<Entity<'t>>,
    indexed_from: usize,
) {
    // Surname (folded stem) → (id, name) of the first full mention.
    let mut full: HashMap<String, (EntityId, Arc<str>), FastHash> = HashMap::default();
    // The folded last word of a name (in `buf`), and whether every word before it is an
    // initial (ends with a dot); None for an empty name.
    let last_word = |name: &str, buf: &mut String| {
        let mut parts = name.split_whitespace();
        let last = parts.next_back()?;
        crate::normalize::fold_into(last, buf);
        let mut before = parts.peekable();
        let single = before.peek().is_none();
        Some((single, before.all(|p| p.ends_with('.'))))
    };
    let mut buf = String::new();
    let by_initials = |name: &str| name.split_whitespace().next().is_some_and(|p| p.ends_with('.'));
    // Full names first; a surname known only with initials ("А.Б. Қасымов") is linked to
    // that mention when no full name has it.
    let mut with_initials = Vec::new();
    for e in entities.iter().filter(|e| e.label == Label::Person) {
        if let Some((false, _)) = last_word(&e.name, &mut buf) {
            if by_initials(&e.name) {
                with_initials.push((buf.clone(), e));
            } else if !full.contains_key(buf.as_str()) {
                full.insert(buf.clone(), (e.id.clone(), e.name.clone()));
            }
        }
    }
    for (surname, e) in with_initials {
        full.entry(surname).or_insert_with(|| (e.id.clone(), e.name.clone()));
    }
    if full.is_empty() {
        return;
    }
    // Person mentions that are a surname alone or initials + surname (initials take a
    // full name only: "Н. Қасымов" is not "А.Б. Қасымов").
    for e in entities.iter_mut().filter(|e| e.label == Label::Person) {
        if let Some((single, initials)) = last_word(&e.name, &mut buf) {
            if single || initials {
                let entry = full.get(buf.as_str()).filter(|(_, n)| single || !by_initials(n));
                if let Some((id, n)) = entry {
                    e.id = id.clone();
                    e.name = n.clone();
                }
            }
        }
    }
    // Surnames alone that no rule found, as written or in another spelling (Курмашевтің,
    // Qūrmaşevtiñ).
    // Longest first, then by name: the order is the same in every run.
    let mut skeletons: Vec<(&String, Vec<u8>)> =
        full.keys().map(|s| (s, crate::gazetteer::script::skeleton_of(s))).collect();
    skeletons.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let longest = skeletons.iter().map(|(_, k)| k.len()).max().unwrap_or(0);
    let mut first_bytes = [false; 256];
    for (_, k) in &skeletons {
        if let Some(&b) = k.first() {
            first_bytes[b as usize] = true;
        }
    }
    // A word's skeleton must start with a surname's: its first bytes are checked first.
    const HEAD: usize = 3;
    let heads: Vec<&[u8]> = skeletons.iter().map(|(_, k)| &k[..k.len().min(HEAD)]).collect();
    let surnames: Vec<&str> = full.keys().map(String::as_str).collect();
    // With many surnames, each test below is a few hash lookups instead of a scan.
    let indexed = surnames.len() >= indexed_from;
    let surname_set = indexed.then(|| PrefixSet::new(surnames.iter().map(|s| s.as_bytes())));
    let head_set = indexed.then(|| PrefixSet::new(heads.iter().copied()));
    let skeleton_set = indexed.then(|| PrefixSet::new(skeletons.iter().map(|(_, k)| k.as_slice())));
    let mut scratch = crate::gazetteer::script::Scratch::default();
    let (mut added, mut replaced) = (Vec::new(), Vec::new());
    // Only words outside every mention can be added: that is checked first, as it is
    // cheaper than the spelling tests. A surname the person rule guessed by its shape
    // alone is no obstacle: a link replaces it, with the full name's id. Words and
    // entities are both in text order, and entities are flat (so their ends are in order
    // too): one forward cursor, `next`, stays on the first entity that ends after the
    // word starts. `None`: the word is in a mention; `Some(None)`: outside every
    // mention; `Some(Some(k))`: it is the guessed surname `entities[k]`.
    let mut next = 0;
    let mut place = |w: &crate::rules::Word| {
        while entities.get(next).is_some_and(|e| e.end <= w.start) {
            next += 1;
        }
        match entities.get(next) {
            None => Some(None),
            Some(e) if e.start >= w.end() => Some(None),
            Some(e)
                if e.start == w.start
                    && e.end == w.end()
                    && e.source == crate::rules::person::SURNAME_ALONE =>
            {
                Some(Some(next))
            }
            Some(_) => None,
        }
    };
    let candidates = words.iter().filter(|w| w.cap).filter_map(|w| Some((w, place(w)?)));
    for (w, over) in candidates {
        let word = &folded[w.start..w.end()];
        let begins_a_surname = match &surname_set {
            Some(set) => set.any_within(word.as_bytes()),
            None => surnames.iter().any(|s| word.starts_with(s)),
        };
        let exact = begins_a_surname
            .then(|| {
                let (stem_len, case) = crate::rules::split_name(word);
                full.get(&word[..stem_len]).map(|v| (stem_len, case, v))
            })
            .flatten();
        let found = exact.or_else(|| {
            use crate::gazetteer::script::{
                first_skeleton_byte, has_latin, latin_context, skeleton_window,
            };
            if !first_skeleton_byte(word).is_some_and(|b| first_bytes[b as usize]) {
                return None;
            }
            let crate::gazetteer::script::Scratch { skeleton, ends, suffix } = &mut scratch;
            skeleton_window(word, 0, HEAD, skeleton, ends);
            let head = match &head_set {
                Some(set) => set.any_within(skeleton),
                None => heads.iter().any(|h| skeleton.starts_with(h)),
            };
            if !head {
                return None;
            }
            skeleton_window(word, 0, longest, skeleton, ends);
            let latin = has_latin(word) && latin_context(folded, w.start);
            let skeleton: &[u8] = skeleton;
            // In `skeletons` order; the set yields only those whose skeleton begins the
            // word's, the others `spelled_form` would refuse.
            let spelled = |k: usize| {
                let (s, key_skeleton) = &skeletons[k];
                crate::gazetteer::script::spelled_form(
                    word,
                    (skeleton, ends),
                    s,
                    key_skeleton,
                    latin,
                    suffix,
                )
                .map(|(len, chain)| (len, chain.case, &full[*s]))
            };
            match &skeleton_set {
                Some(set) => set.within(skeleton).find_map(spelled),
                None => (0..skeletons.len()).find_map(spelled),
            }
        });
        let Some((stem_len, case, (id, n))) = found else { continue };
        let linked = Entity {
            start: w.start,
            end: w.end(),
            text: &text[w.start..w.end()],
            stem_end: w.start + stem_len,
            label: Label::Person,
            kind: Kind::Person,
            id: id.clone(),
            name: n.clone(),
            case,
            source: "surname_link",
        };
        match over {
            None => added.push(linked),
            Some(k) => replaced.push((k, linked)),
        }
    }
    for (k, e) in replaced {
        entities[k] = e;
    }
    if !added.is_empty() {
        entities.extend(added);
        entities.sort_by_key(|e| e.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_memo_answers_as_a_fresh_build() {
        // More distinct texts than slots, each asked several times and in two letter
        // cases (one id, two names), so that slots are shared and overwritten.
        let mut buf = String::new();
        for round in 0..3 {
            for i in 0..1500 {
                let lower = format!("{} жылы биыл", 1000 + (i * 7 + round) % 1500);
                let upper = lower.replace("биыл", "Биыл");
                for text in [&lower, &upper] {
                    for label in [Label::Date, Label::Cardinal] {
                        let folded = crate::normalize::fold(text);
                        let (id, name) = named_by_text(label, text, &folded, &mut buf);
                        assert_eq!(id, folded_rule_id(label, &folded, &mut String::new()));
                        assert_eq!(&*name, text.as_str());
                    }
                }
            }
        }
    }

    #[test]
    fn a_quotation_opens_where_no_short_name_closes_on_the_line() {
        assert!(!opens_a_quotation("Астана» халықаралық қаржы орталығы"));
        assert!(!opens_a_quotation("Арман, алға!» акциясы"));
        assert!(opens_a_quotation("Алматыға бардық, – деді ол.\nКеше «Астана» әні"));
        assert!(opens_a_quotation("Алматы экономикасына жаңа тәсілдер керек» деп санайды"));
        assert!(opens_a_quotation("Алматы, Астана!» – деді ол."));
        // A closing mark past the bytes read, and none at all on a long line: the same
        // answer as for a line that ends early.
        let far = format!("Алматы {}» әні", "ә".repeat(MAX_QUOTED_NAME_BYTES));
        assert!(opens_a_quotation(&far));
        assert!(opens_a_quotation(&"Алматы ".repeat(100_000)));
        // The window never splits a letter (two bytes each, an odd offset first).
        assert!(opens_a_quotation(&format!("А{}", "ә".repeat(MAX_QUOTED_NAME_BYTES))));
    }

    /// `mention -> id` of each person.
    fn people(text: &str) -> Vec<String> {
        let ex = crate::extract(text);
        let people = ex.entities.iter().filter(|e| e.label == Label::Person);
        people.map(|e| format!("{} -> {}", e.text, e.id)).collect()
    }

    #[test]
    fn a_surname_alone_takes_a_full_name_then_initials() {
        assert_eq!(
            people("Құжатты профессор А.Б. Қасымов зерттеді. Қасымовтың шәкірті оны жалғастырды."),
            ["А.Б. Қасымов -> PER~а.б.-қасымов", "Қасымовтың -> PER~а.б.-қасымов"]
        );
        assert_eq!(
            people(
                "Құжатты Асқар Қасымов зерттеді. Кейін А. Қасымов жазды. Қасымовтың шәкірті келді."
            ),
            [
                "Асқар Қасымов -> PER~асқар-қасымов",
                "А. Қасымов -> PER~асқар-қасымов",
                "Қасымовтың -> PER~асқар-қасымов"
            ]
        );
        // Other initials are another person.
        assert_eq!(
            people("Құжатты А.Б. Қасымов зерттеді. Н. Қасымов келмеді."),
            ["А.Б. Қасымов -> PER~а.б.-қасымов", "Н. Қасымов -> PER~н.-қасымов"]
        );
        // A surname guessed by its shape, typed on a Russian keyboard, takes the full name.
        assert_eq!(
            people("Жиынды Айдар Құрмашев ашты. Курмашевтің баяндамасы ұзаққа созылды."),
            ["Айдар Құрмашев -> PER:kurmashev-aidar", "Курмашевтің -> PER:kurmashev-aidar"]
        );
    }

    #[test]
    fn surnames_link_the_same_with_and_without_their_index() {
        // Sixty people named in full, then by surname alone: as written, inflected and
        // typed on a Russian keyboard (Құрмашев → Курмашев), which only the skeleton
        // lookup finds.
        let (heads, tails) = (
            ["Құр", "Ақ", "Сәр", "Бек", "Нұр", "Жақ", "Ибр", "Тоқ", "Әбд", "Омар"],
            ["маш", "ба", "ғали", "тем", "жан"],
        );
        let given = ["Айдар", "Ерлан", "Марат", "Айгүл", "Асқар"];
        let mut surnames = Vec::new();
        for h in heads {
            for t in tails {
                surnames.push(format!("{h}{t}ев"));
            }
        }
        let keyboard = |s: &str| -> String {
            s.chars()
                .map(|c| match c {
                    'қ' => 'к',
                    'Қ' => 'К',
                    'ұ' | 'ү' => 'у',
                    'ғ' => 'г',
                    'ә' => 'а',
                    'Ә' => 'А',
                    'і' => 'и',
                    c => c,
                })
                .collect()
        };
        let mut text = String::new();
        for (i, s) in surnames.iter().enumerate() {
            text += &format!("Кеше {} {s} Астанаға келді. ", given[i % given.len()]);
        }
        for s in &surnames {
            text +=
                &format!("{s} сөз сөйледі. {s}тің ұсынысы қабылданды. {} келісті. ", keyboard(s));
        }
        let extractor = crate::Extractor::new();
        let crate::extractor::Scanned { folded, words, classes, gazetteer } = extractor.scan(&text);
        let lex = crate::lexicon::lexicons();
        let r = crate::rules::Rules::new(&text, &folded, words, classes, &gazetteer, lex);
        let defs = crate::rules::definitions(&r);
        let mut found = Vec::new();
        crate::rules::run(&r, &defs, &mut found);
        let merged = merge(&text, &folded, gazetteer.clone(), found);
        let (mut scanned, mut indexed) = (merged.clone(), merged);
        link_surnames_with(&text, &folded, &r.words, &mut scanned, usize::MAX);
        link_surnames_with(&text, &folded, &r.words, &mut indexed, 0);
        assert_eq!(scanned, indexed);
        let linked = |source| indexed.iter().filter(|e| e.source == source).count();
        assert!(surnames.len() >= 50, "help: {}", surnames.len());
        assert_eq!(linked("surname_link"), 3 * surnames.len());
    }
}
