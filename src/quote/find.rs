//! Finding quotations: direct speech closed by a dash and a reporting verb, guillemet
//! speech, colon-introduced speech, according-to phrases, news credit lines and
//! "деп санайды" opinions. Each finder records its rule name on the quote.
//!
//! The text is cut into paragraphs (lines) and sentences first; a quote never crosses a
//! paragraph. Cues come from `data/lexicon/cues.tsv`.

use super::contents::Contents;
use super::{segment, QuoteKind};
use crate::lexicon::CueIndex;
use crate::normalize::{char_at, char_before, is_suffix_joiner, is_word_char, skip_spaces};
use crate::span::Span;
use crate::word_class::{Class, Classes};

/// A quotation before speaker resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub kind: QuoteKind,
    pub content: Span,
    pub cue: Span,
    /// Where to look for the speaker: after the cue (to the sentence end) or the
    /// possessor right before it.
    pub speaker_zone: Span,
    /// The speaker slot comes before the cue (according-to: "X-тің пікірінше").
    pub speaker_before: bool,
    pub rule: &'static str,
}

/// Cue kinds, as in `cues.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueKind {
    Direct,
    Credit,
    Opinion,
    According,
    Complement,
}

#[cfg(test)]
impl CueKind {
    /// Every kind, in `cues.tsv` order (for tests that ask for any cue).
    pub(crate) const ALL: [CueKind; 5] = [
        CueKind::Direct,
        CueKind::Credit,
        CueKind::Opinion,
        CueKind::According,
        CueKind::Complement,
    ];
}

pub(super) const DASHES: [char; 3] = ['–', '—', '-'];

/// The most sentences a quotation runs over when nothing else bounds it (direct speech
/// back to its paragraph's start, a continuation to its end): keeps quotes, and output,
/// linear in the text on one-line documents.
const MAX_SENTENCES: usize = 5;

/// One paragraph and what every finder needs about it.
struct Para<'a> {
    text: &'a str,
    folded: &'a str,
    span: Span,
    sentences: &'a [Span],
    /// Its punctuation: offsets in the paragraph, chars.
    marks: &'a [(usize, char)],
    /// The words starting in the paragraph, and their classes (see `word_class`).
    words: &'a [crate::rules::Word],
    classes: &'a [Classes],
    cues: &'a CueIndex,
}

/// Trims spaces, dashes and quotation marks off the start of a span of `text`, and
/// spaces and trailing punctuation off its end. An opening guillemet whose closing one is
/// inside the span stays: it quotes a name ("«Тенгиз» кен орнында …").
fn trim(text: &str, mut a: usize, mut b: usize) -> Span {
    while b > a {
        match char_before(text, b) {
            Some(c) if c.is_whitespace() || matches!(c, ',' | '»' | '"' | '”' | ':' | ';') => {
                b -= c.len_utf8()
            }
            _ => break,
        }
    }
    while a < b {
        match char_at(text, a) {
            Some('«') if segment::matching_guillemet(text, a + '«'.len_utf8(), b).is_some() => {
                break
            }
            Some(c)
                if c.is_whitespace() || DASHES.contains(&c) || c == '«' || c == '"' || c == '“' =>
            {
                a += c.len_utf8()
            }
            _ => break,
        }
    }
    Span::new(a, b)
}

/// Finds every quotation in the text.
pub(crate) fn find(
    text: &str,
    folded: &str,
    words: &[crate::rules::Word],
    classes: &[Classes],
    cues: &CueIndex,
) -> Vec<Found> {
    let mut out = Vec::new();
    // Paragraphs come in text order: their words are found by one forward cursor.
    let mut to = 0;
    // The punctuation the finders look at, per paragraph.
    let mut marks: Vec<(usize, char)> = Vec::new();
    let mut sentences: Vec<Span> = Vec::new();
    for para in segment::paragraphs(text) {
        let mut from = to;
        while words.get(from).is_some_and(|w| w.start < para.start) {
            from += 1;
        }
        to = from;
        while words.get(to).is_some_and(|w| w.start < para.end) {
            to += 1;
        }
        segment::marks(text, para, &words[from..to], &mut marks);
        segment::sentences_into(text, para, marks.iter().copied(), &mut sentences);
        let p = Para {
            text,
            folded,
            span: para,
            sentences: &sentences,
            marks: &marks,
            words: &words[from..to],
            classes: &classes[from..to],
            cues,
        };
        let first = out.len();
        dash_and_guillemet(&p, &mut out);
        according(&p, &mut out);
        colon(text, para, first, &mut out);
        subject_first(&p, &mut out);
        continuation(&p, first, &mut out);
    }
    out.sort_by_key(|q| (q.cue.start, q.content.start));
    out.dedup_by(|a, b| a.cue == b.cue && a.content == b.content);
    out
}

/// The most words a cue in `cues.tsv` has (checked by a test).
pub(crate) const MAX_CUE_WORDS: usize = 6;

/// The sentence containing byte `i`.
fn sentence_of(sentences: &[Span], i: usize) -> Span {
    let k = sentences.partition_point(|s| s.end < i);
    sentences.get(k).copied().filter(|s| s.start <= i).unwrap_or_default()
}

/// Direct speech "…, – дейді X", "«…», – деді X", "«…» деп мәлімдеді X", credit lines
/// "…, деп хабарлайды X" and opinions "…, деп санайды X".
fn dash_and_guillemet(p: &Para<'_>, out: &mut Vec<Found>) {
    let Para { text, folded, span: para, sentences, marks, cues, .. } = *p;
    let mut search_from = para.start;
    for &(off, c) in marks {
        let i = para.start + off;
        if i < search_from || !(c == ',' || c == '»' || c == '"' || c == '”') {
            continue;
        }
        // Separator: ", –", "», –", "»,", "»" then the cue.
        let mut j = i + c.len_utf8();
        let closing_quote = c != ',';
        if closing_quote && text[j..].starts_with(',') {
            j += 1;
        } else if c == ',' {
            // ", »" never occurs; a plain comma.
        }
        let k = skip_spaces(text, j);
        let dash = char_at(text, k).filter(|d| DASHES.contains(d));
        let cue_start = match dash {
            Some(d) => skip_spaces(text, k + d.len_utf8()),
            None => k,
        };
        if cue_start > para.end {
            continue;
        }
        let kinds: &[CueKind] = if dash.is_some() || closing_quote {
            &[CueKind::Direct, CueKind::Credit, CueKind::Opinion]
        } else {
            &[CueKind::Credit, CueKind::Opinion]
        };
        let Some((kind, cue_end)) = cues.longest(folded, cue_start, kinds) else { continue };
        if cue_end > para.end {
            continue;
        }
        // The content, its rule, and where its guillemet opens.
        let (content, rule, opened_at) = if closing_quote {
            let Some(open) = segment::matching_open(text, para.start, i) else {
                continue;
            };
            (trim(text, open, i), "guillemet_after", Some(open))
        } else if kind == CueKind::Direct {
            // Back to the opening dash of this speech, or to the paragraph start, or to
            // the end of the previous quotation's reporting clause.
            let start = opening(text, para, sentences, search_from, i);
            (trim(text, start, i), "dash_after", None)
        } else {
            let s = sentence_of(sentences, i);
            (
                trim(text, s.start.max(search_from), i),
                if kind == CueKind::Credit { "credit_line" } else { "opinion" },
                None,
            )
        };
        if content.is_empty() {
            continue;
        }
        // The speaker zone: from the cue to the end of its sentence; when the cue ends the
        // sentence, the subject before the opening guillemet ("Айдар Құрмашев «…» деп
        // есептейді.").
        let sentence = sentence_of(sentences, cue_end);
        let mut zone = Span::new(cue_end, sentence.end.max(cue_end));
        let mut speaker_before = false;
        if let Some(open) = opened_at {
            let opening = sentence_of(sentences, open);
            let nothing_after = !text[zone.range()].contains(crate::normalize::is_alphanumeric);
            if nothing_after && opening.start < open {
                zone = trim(text, opening.start, open);
                speaker_before = true;
            }
        }
        let qkind = if kind == CueKind::Direct { QuoteKind::Direct } else { QuoteKind::Indirect };
        out.push(Found {
            kind: qkind,
            content,
            cue: Span::new(cue_start, cue_end),
            speaker_zone: zone,
            speaker_before,
            rule,
        });
        search_from = zone.end.max(cue_end);
    }
}

/// Where direct speech ending at `end` begins: the last sentence-initial dash before it
/// (a dash that opens a line or follows a sentence end, not a copula dash), else the
/// paragraph start, never before `floor` (the end of an earlier reporting clause).
fn opening(text: &str, para: Span, sentences: &[Span], floor: usize, end: usize) -> usize {
    let floor = floor.max(para.start);
    let last = sentences.partition_point(|s| s.start < end);
    let mut start = floor;
    for s in sentences[..last].iter().rev().take(MAX_SENTENCES) {
        if s.start < floor {
            return floor;
        }
        start = s.start;
        let first = skip_spaces(text, s.start);
        if char_at(text, first).is_some_and(|c| DASHES.contains(&c)) {
            return first;
        }
    }
    start
}

/// "X-тің пікірінше, <content>": the content runs from the comma to the end of the
/// sentence, to a credit clause (", деп хабарлайды") or to the comma before the next
/// according-to clause of the sentence ("…, ал Y-тің айтуынша, …"); the possessor is
/// looked for in the clause before the cue.
fn according(p: &Para<'_>, out: &mut Vec<Found>) {
    let Para { text, folded, span: para, sentences, words, classes, cues, .. } = *p;
    let mut found = words
        .iter()
        .zip(classes)
        .filter(|(_, &c)| c & Class::ACCORDING != 0)
        .filter_map(|(w, _)| {
            let (_, cue_end) = cues.longest(folded, w.start, &[CueKind::According])?;
            text[cue_end..].starts_with(',').then_some((w.start, cue_end))
        })
        .peekable();
    // Where the clause of the next cue may begin: the end of the last content.
    let mut clause_start = para.start;
    while let Some((i, cue_end)) = found.next() {
        let sentence = sentence_of(sentences, i);
        let content_start = cue_end + 1;
        let mut content_end = sentence.end;
        if let Some(&(next, _)) =
            found.peek().filter(|&&(next, _)| (content_start..sentence.end).contains(&next))
        {
            content_end = text[content_start..next].rfind(',').map_or(next, |x| content_start + x);
        }
        // Stop at a reporting clause inside the same sentence.
        let mut k = content_start;
        while let Some(pos) = text[k..content_end].find(',').map(|x| k + x) {
            let after = skip_spaces(text, pos + 1);
            let after = match char_at(text, after) {
                Some(d) if DASHES.contains(&d) => skip_spaces(text, after + d.len_utf8()),
                _ => after,
            };
            if cues
                .longest(folded, after, &[CueKind::Direct, CueKind::Credit, CueKind::Opinion])
                .is_some()
            {
                content_end = pos;
                break;
            }
            k = pos + 1;
        }
        let content = trim(text, content_start, content_end);
        // The possessor: the words before the cue in its sentence and clause.
        let zone = Span::new(sentence.start.max(clause_start), i);
        clause_start = content_end.max(clause_start);
        if content.is_empty() {
            continue;
        }
        out.push(Found {
            kind: QuoteKind::Indirect,
            content,
            cue: Span::new(i, cue_end),
            speaker_zone: zone,
            speaker_before: true,
            rule: "according_to",
        });
    }
}

/// "X: «…»": speech introduced by a colon and opened by a guillemet.
fn colon(text: &str, para: Span, first: usize, out: &mut Vec<Found>) {
    let p = &text[para.range()];
    let mut from = 0;
    // The contents of the paragraph's quotes found before this finder ran (made at the
    // first colon quote); and the largest end among colon quotes, which start before
    // every later colon.
    let mut earlier: Option<Contents> = None;
    let mut colon_end: Option<usize> = None;
    // The last sentence-ending mark before the colon, found by one forward scan.
    let (mut scanned, mut last_stop) = (0, None);
    while let Some(pos) = p[from..].find(':').map(|x| from + x) {
        from = pos + 1;
        let colon = para.start + pos;
        let after = skip_spaces(text, colon + 1);
        if !text[after..].starts_with('«') {
            continue;
        }
        let open = after + '«'.len_utf8();
        let Some(close) = segment::matching_guillemet(text, open, para.end) else { continue };
        // Already found as "«…», – деді" speech? Then the colon form is not a second quote.
        let earlier = earlier
            .get_or_insert_with(|| Contents::new(out[first..].iter().map(|q| q.content).collect()));
        let covered = |end: Option<usize>| end.is_some_and(|e| close <= e + 2);
        if covered(earlier.max_end_starting_by(open)) || covered(colon_end) {
            continue;
        }
        let content = trim(text, open, close);
        if content.is_empty() {
            continue;
        }
        // The speaker is the clause before the colon, within its sentence.
        if let Some(x) = p[scanned..pos].rfind(['.', '!', '?']) {
            last_stop = Some(scanned + x);
        }
        scanned = pos;
        let zone_start = last_stop.map_or(para.start, |x| para.start + x + 1);
        colon_end = colon_end.max(Some(content.end));
        let cue_end = colon + 1;
        out.push(Found {
            kind: QuoteKind::Direct,
            content,
            cue: Span::new(colon, cue_end),
            speaker_zone: Span::new(zone_start, colon),
            speaker_before: true,
            rule: "colon",
        });
    }
}

/// Nominalised endings that close a reported clause: -ғанын/-генін/-қанын/-кенін (past),
/// -атынын/-етінін/-йтынын/-йтінін (future; -ятынын and -итынын after a vowel stem:
/// "азаятынын", "оқитынын"), and екенін.
const NOMINALISED: &[&str] = &[
    "ғанын",
    "генін",
    "қанын",
    "кенін",
    "атынын",
    "етінін",
    "йтынын",
    "йтінін",
    "ятынын",
    "итынын",
    "екенін",
    "ғандығын",
    "гендігін",
    "атындығын",
    "етіндігін",
    "мейтінін",
    "майтынын",
    "мағанын",
    "мегенін",
];

/// Speech with the speaker first, in one sentence:
/// - "X <content> деп санайды / мәлімдеді" (no comma before деп): an opinion or a
///   statement;
/// - "X <content>-ғанын / -атынын / екенін атап өтті": a nominalised complement;
/// - "<content>. Бұл туралы X мәлім етті.": the content is the paragraph before.
///
/// The subject must open the sentence; `speaker` decides whether it names someone.
fn subject_first(p: &Para<'_>, out: &mut Vec<Found>) {
    let Para { text, folded, span: para, sentences, words, cues, .. } = *p;
    for (si, s) in sentences.iter().enumerate() {
        let sf = &folded[s.range()];
        // "Бұл туралы X мәлім етті."
        if let Some(rest) = sf.strip_prefix("бұл туралы ") {
            let x_start = s.start + (sf.len() - rest.len());
            if si > 0 {
                for (k, _) in
                    rest.char_indices().filter(|(k, _)| *k == 0 || rest[..*k].ends_with(' '))
                {
                    let at = x_start + k;
                    if let Some((_, cue_end)) =
                        cues.longest(folded, at, &[CueKind::Complement, CueKind::Direct])
                    {
                        if cue_end == s.end && at > x_start {
                            let content = trim(
                                text,
                                sentences[si.saturating_sub(MAX_SENTENCES)].start.max(para.start),
                                sentences[si - 1].end,
                            );
                            out.push(Found {
                                kind: QuoteKind::Indirect,
                                content,
                                cue: Span::new(at, cue_end),
                                speaker_zone: Span::new(x_start, at),
                                speaker_before: true,
                                rule: "about_this",
                            });
                        }
                        break;
                    }
                }
            }
            continue;
        }
        // The cue ends the sentence, so it starts among its last words (never among the
        // first two): word starts are collected backwards from the end, no further.
        let mut last = [0usize; MAX_CUE_WORDS + 2];
        let n = run_starts_from_end(text, words, *s, &mut last);
        // `last[..n]` runs from the sentence end backwards; with fewer than all slots
        // filled it holds every word, and the first two words are skipped.
        let take = if n == last.len() { MAX_CUE_WORDS } else { n.saturating_sub(2) };
        for &at in last[..take].iter().rev() {
            if char_before(text, at).is_some_and(|c| c != ' ') {
                continue;
            }
            let before = text[..at].trim_end();
            if before.ends_with([',', '–', '—', '»', '"', ':']) {
                continue; // handled by the dash, guillemet and colon finders
            }
            // The cheap conditions first: most words are neither "деп" nor after a
            // nominalised verb, and need no cue lookup.
            let found = folded[at..]
                .starts_with("деп ")
                .then(|| cues.longest(folded, at, &[CueKind::Opinion, CueKind::Direct]))
                .flatten()
                .filter(|(_, end)| *end == s.end)
                .map(|(_, end)| (end, "subject_first"))
                .or_else(|| {
                    let prev = folded[..at].trim_end();
                    // Every nominalised ending ends in "н" (tested): one test rules most out.
                    let nominalised =
                        prev.ends_with('н') && NOMINALISED.iter().any(|e| prev.ends_with(e));
                    nominalised
                        .then(|| cues.longest(folded, at, &[CueKind::Complement]))
                        .flatten()
                        .filter(|(_, end)| *end == s.end)
                        .map(|(_, end)| (end, "complement"))
                });
            let Some((cue_end, rule)) = found else { continue };
            // The subject: the first word(s) of the sentence; the content follows it.
            out.push(Found {
                kind: QuoteKind::Indirect,
                content: Span::new(s.start, before.len()),
                cue: Span::new(at, cue_end),
                speaker_zone: Span::new(s.start, before.len()),
                speaker_before: false,
                rule,
            });
            break;
        }
    }
}

/// The starts of the runs of word chars in sentence `s`, from its end backwards, into
/// `out` (as many as fit); returns how many. A run starts at a word char after a non-word
/// char, or at the sentence start: the starts of the words (`words`, the paragraph's),
/// of their parts after a joiner (ТМҰ-·ның), and the sentence start when it is a word
/// char.
fn run_starts_from_end(
    text: &str,
    words: &[crate::rules::Word],
    s: Span,
    out: &mut [usize],
) -> usize {
    let mut n = 0;
    let mut push = |at: usize| {
        if n < out.len() {
            out[n] = at;
            n += 1;
        }
        n < out.len()
    };
    let upto = words.partition_point(|w| w.start < s.end);
    for w in words[..upto].iter().rev() {
        if w.end() <= s.start {
            break;
        }
        if w.joined {
            // Part starts after each joiner, last first.
            for (k, c) in text[w.start..w.end()].char_indices().rev() {
                let part = w.start + k + c.len_utf8();
                if is_suffix_joiner(c) && part > s.start && part < s.end && !push(part) {
                    return n;
                }
            }
        }
        if w.start > s.start {
            if !push(w.start) {
                return n;
            }
        } else {
            break;
        }
    }
    if char_at(text, s.start).is_some_and(is_word_char) {
        push(s.start);
    }
    n
}

/// "«…», – деді X. – …": speech that goes on after its reporting clause, opened by a
/// dash at the start of the next sentence and running to the paragraph end.
fn continuation(p: &Para<'_>, first: usize, out: &mut Vec<Found>) {
    let Para { text, span: para, sentences, .. } = *p;
    let mut extra = Vec::new();
    for q in out[first..].iter().filter(|q| q.kind == QuoteKind::Direct && !q.speaker_before) {
        if q.speaker_zone.end < q.cue.end
            || q.speaker_zone.end >= para.end
            || q.cue.start < para.start
        {
            continue;
        }
        let after = &text[q.speaker_zone.end..para.end];
        let Some(rest) = after.strip_prefix(['.', ',']) else { continue };
        let rest_trim = rest.trim_start();
        if !rest_trim.starts_with(DASHES) {
            continue;
        }
        let start = para.end - rest_trim.len();
        let k = sentences.partition_point(|s| s.end < start);
        let end = sentences.get(k + MAX_SENTENCES - 1).map_or(para.end, |s| s.end);
        let content = trim(text, start, end.min(para.end));
        let content = Span::new(
            content.start,
            content.end - text[content.range()].ends_with(['.', '!', '?']) as usize,
        );
        if content.is_empty() {
            continue;
        }
        extra.push(Found { content, rule: "continuation", ..q.clone() });
    }
    out.extend(extra);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_starts_are_those_of_a_char_scan() {
        // The char-by-char definition: from the sentence end backwards, a run starts
        // after each non-word char followed by a word char, and at the sentence start
        // when it is a word char.
        let reference = |text: &str, s: Span, out: &mut [usize]| {
            let mut n = 0;
            let mut in_word = false;
            for (k, c) in text[s.range()].char_indices().rev() {
                let w = is_word_char(c);
                if in_word && !w && n < out.len() {
                    out[n] = s.start + k + c.len_utf8();
                    n += 1;
                }
                in_word = w;
            }
            if in_word && n < out.len() {
                out[n] = s.start;
                n += 1;
            }
            n
        };
        let texts = [
            "Бұл – ТМҰ-ның, БҰҰ-ның және Қазақстан-Қытай шекарасының мәселесі, деп санайды ол.",
            "«Жоба» басталды. Ол-бұл-анау-мынау-сол-осы-бәрі-де-тағы-бір сөз – деді. 5%-ке өсті",
            "A. B. Құрмашев айтты: «Иә». Д’Артаньян келді. ҚР — ЕО-ға -дейін",
            "-а. б- ә'ә ''қ",
            "",
        ];
        for t in texts {
            let (mut folded, mut words) = (String::new(), Vec::new());
            crate::normalize::fold_and_split(t, &mut folded, &mut words);
            for para in segment::paragraphs(t) {
                for s in segment::sentences(t, para) {
                    for size in [3, MAX_CUE_WORDS + 2, 40] {
                        let (mut got, mut want) = (vec![0; size], vec![0; size]);
                        let n = run_starts_from_end(t, &words, s, &mut got);
                        let m = reference(t, s, &mut want);
                        assert_eq!(got[..n], want[..m], "help: {:?}", &t[s.range()]);
                    }
                }
            }
        }
    }

    #[test]
    fn cue_index_finds_what_the_cue_list_does() {
        // The list as first searched: the cues whose first word is the word at `i`, each
        // compared part by part, the longest kept (the last of equals).
        fn by_list(folded: &str, i: usize, kinds: &[CueKind]) -> Option<(CueKind, usize)> {
            let word = folded.get(i..crate::normalize::word_end(folded, i))?;
            let cue_at = |form: &str| {
                let mut pos = i;
                for (k, part) in form.split(' ').enumerate() {
                    if k > 0 {
                        let spaces =
                            folded[pos..].len() - folded[pos..].trim_start_matches(' ').len();
                        if spaces == 0 {
                            return None;
                        }
                        pos += spaces;
                    }
                    folded[pos..].starts_with(part).then_some(())?;
                    pos += part.len();
                }
                (!char_at(folded, pos).is_some_and(is_word_char)).then_some(pos)
            };
            let cues = &crate::lexicon::lexicons().cues;
            cues.iter()
                .filter(|(k, f)| {
                    !word.is_empty() && f.split(' ').next() == Some(word) && kinds.contains(k)
                })
                .filter_map(|(k, f)| cue_at(f).map(|end| (*k, end)))
                .max_by_key(|(_, end)| *end)
        }
        let lex = crate::lexicon::lexicons();
        let mut text = String::from("«Иә», – деді ол. Ол: деп  айтты, деп-ақ, депті");
        for (_, form) in lex.cues.iter() {
            for variant in [form.clone(), form.replace(' ', "  "), form.replace(' ', ",")] {
                for after in ["", ".", "ау", "-ақ", " ол", "\n"] {
                    text.push_str(&format!(", – {variant}{after} "));
                }
            }
            text.push_str(&form[..form.len() - form.chars().last().map_or(0, char::len_utf8)]);
            text.push(' ');
        }
        let all = CueKind::ALL;
        let sets: [&[CueKind]; 5] = [
            &all,
            &[CueKind::Direct, CueKind::Credit, CueKind::Opinion],
            &[CueKind::According],
            &[CueKind::Complement],
            &[CueKind::Opinion, CueKind::Direct],
        ];
        let mut found = 0;
        for i in 0..=text.len() {
            for kinds in sets {
                let expected = by_list(&text, i, kinds);
                assert_eq!(lex.cues.longest(&text, i, kinds), expected, "help: at {i}");
                found += usize::from(expected.is_some());
            }
        }
        assert!(found > lex.cues.len() * 4, "help: only {found} cues found");
    }

    #[test]
    fn nominalised_endings_end_in_n() {
        // `subject_first` tests the last letter before the endings.
        assert!(super::NOMINALISED.iter().all(|e| e.ends_with('н')));
    }
}
