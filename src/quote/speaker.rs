//! Speakers: the words that name who speaks, and the entity they resolve to.
//!
//! In order: a person or organisation entity in the speaker slot (after the cue, or the
//! possessor before an according-to cue) is the speaker, with a role noun beside it kept
//! as its role ("сарапшы Айдар Құрмашев"); a singular role noun (сарапшы, министр) or a
//! pronoun (ол, оның) resolves to the most recent named person speaker in the document;
//! a generic plural (сарапшылар) stays unresolved; a credit line resolves only to an
//! organisation (the outlet); a reporting verb with no subject takes the context speaker.
//! Names inside the quoted content are never the speaker. After the cue the speaker is in
//! the nominative, and the word right after the cue opens the subject: "ол" there, or a
//! role noun with no person after it, is the speaker whatever is named later.

use std::sync::Arc;

use super::contents::Contents;
use super::find::{CueKind, Found};
use super::{Quote, QuoteKind, Speaker};
use crate::entity::{Entity, EntityId, Label};
use crate::lexicon::Lexicons;
use crate::rules::{person_nouns, Word};
use crate::span::{Excerpt, Span};

/// How far back a role noun looks for the person it names, in bytes.
const ROLE_WINDOW: usize = 20_000;

/// How far from its cue a speaker is looked for, in bytes: the part of a speaker zone
/// nearest the cue. A zone runs to a sentence end or start, so on a paragraph with no
/// sentence end but many quotes the zones would overlap, and reading each whole would
/// make attribution quadratic in the text.
const MAX_ZONE: usize = 2 * 1024;

const PRONOUNS: &[&str] = &["ол", "оның", "оған", "одан", "онымен"];
const PLURAL_PRONOUNS: &[&str] = &["олар", "олардың", "оларға"];

/// Whom "ол" and "сарапшы" refer to: the last person named as a speaker.
#[derive(Clone, Debug)]
struct Antecedent {
    span: Span,
    id: EntityId,
    name: Arc<str>,
}

impl Antecedent {
    fn of(e: &Entity<'_>) -> Antecedent {
        Antecedent { span: e.span(), id: e.id.clone(), name: e.name.clone() }
    }
}

/// Builds quotes with resolved speakers, in cue order.
pub(crate) fn attribute<'t>(
    text: &'t str,
    folded: &str,
    words: &[Word],
    entities: &[Entity<'t>],
    found: Vec<Found>,
    lex: &Lexicons,
) -> Vec<Quote<'t>> {
    if found.is_empty() {
        return Vec::new();
    }
    // Subject-first quotes begin as their whole sentence: the subject opening it is cut
    // off first, so that the people named there count as mentioned, not quoted.
    let found: Vec<Found> = found
        .into_iter()
        .filter_map(|f| with_subject(text, folded, words, entities, lex, f))
        .collect();
    let mut last: Option<Antecedent> = None;
    // Quoted content: the people named there are talked about, not speaking.
    let contents = Contents::new(found.iter().map(|f| f.content).collect());
    let mut nearby =
        Nearby { text, entities, contents: &contents, newlines: None, ends: None, people: None };
    let mut out = Vec::with_capacity(found.len());
    for mut f in found {
        let zone = f.speaker_zone;
        let zone = if f.speaker_before {
            Span::new(zone.start.max(zone.end.saturating_sub(MAX_ZONE)), zone.end)
        } else {
            Span::new(zone.start, zone.end.min(zone.start.saturating_add(MAX_ZONE)))
        };
        let in_zone = |e: &&Entity<'t>| {
            e.start >= zone.start && e.end <= zone.end && !f.content.overlaps(e.span())
        };
        let zone_words = || {
            words_in(words, zone).iter().filter(|w| {
                w.start >= zone.start
                    && w.end() <= zone.end
                    && !f.content.overlaps(Span::new(w.start, w.end()))
            })
        };
        // A role or occupation noun, and whether it is plural; a derived word is none
        // ("әкімдігінің" is the akimat's, an office, not the akim's).
        let role_of = |w: &Word| {
            person_nouns(lex, &folded[w.start..w.end()])
                .find(|(_, c)| !c.derived)
                .map(|(_, c)| c.plural)
        };
        // After the cue, the word right after it opens the subject: "ол" there is the
        // speaker whatever is named later ("– деді ол Айдар Құрмашевке"), and a singular
        // role noun is unless a person follows it ("– деді сарапшы Айдар Құрмашев"; "– деп
        // жазды дәрігер өзінің Telegram арнасында": no organisation).
        let lead = if f.speaker_before { None } else { zone_words().next() };
        let lead_he = lead.is_some_and(|w| &folded[w.start..w.end()] == "ол");
        let lead_role = lead.is_some_and(|w| role_of(w) == Some(false));
        // The entity the slot opens with, if any.
        let lead_entity =
            lead.and_then(|w| ents_in(entities, zone).first().filter(|e| e.start == w.start));
        let lead_person = lead_entity.is_some_and(|e| e.label == Label::Person);
        // A credit line names an outlet; one whose subject is a person is direct speech
        // when its cue is a reporting verb too and a dash or guillemet sets it off ("«…», –
        // деп жазды дәрігер").
        let person_subject = lead_he || lead_role || lead_person;
        if person_subject && f.kind == QuoteKind::Indirect {
            let between = &text[f.content.end..f.cue.start];
            let direct = lex.cues.longest(folded, f.cue.start, &[CueKind::Direct]);
            if direct.is_some_and(|(_, end)| end == f.cue.end) {
                if between.contains('»') {
                    (f.kind, f.rule) = (QuoteKind::Direct, "guillemet_after");
                } else if between.contains(super::find::DASHES) {
                    (f.kind, f.rule) = (QuoteKind::Direct, "dash_after");
                }
            }
        }
        let credit = f.rule == "credit_line" && !person_subject;
        // After the cue the speaker is in the nominative ("– деді ол Дәулет Серікбаевқа":
        // the dative is whom he answered); a genitive owns the speaker ("– деді Тоқаевтың
        // кеңесшісі Ерлан Қарин").
        let subject_case = |e: &Entity<'t>| f.speaker_before || nominative(e);
        let wanted = |e: &&Entity<'t>| {
            if credit {
                e.label == Label::Organisation
            } else {
                matches!(e.label, Label::Person | Label::Organisation)
            }
        };
        // The named entity in the slot: nearest the cue.
        // A person in the slot is the speaker even when an organisation is named too
        // ("– деп атап өтті «ҚТЖ» ҰК АҚ басқарма төрағасы Гүлнар Сейітқалиева").
        let person = |e: &&Entity<'t>| e.label == Label::Person && !credit && subject_case(e);
        let named = if lead_he {
            None
        } else if f.speaker_before {
            let near = ents_in(entities, zone).iter().filter(in_zone).rfind(wanted);
            near.filter(|e| e.label == Label::Person)
                .or_else(|| ents_in(entities, zone).iter().filter(in_zone).rfind(person))
                .or(near)
        } else {
            ents_in(entities, zone).iter().filter(in_zone).find(person).or_else(|| {
                let body = |e: &&Entity<'t>| wanted(e) && subject_case(e);
                ents_in(entities, zone).iter().filter(in_zone).find(body).filter(|_| !lead_role)
            })
        };
        let speaker = if let Some(e) = named {
            // A role noun right before or after the name.
            let role = zone_words()
                .find(|w| {
                    (w.end() <= e.start && e.start - w.end() <= 2)
                        || (w.start >= e.end && w.start - e.end <= 2)
                })
                .filter(|w| role_of(w).is_some())
                .map(|w| &text[w.start..w.end()]);
            if e.label == Label::Person {
                last = Some(Antecedent::of(e));
            }
            Some(speaker(text, e.span(), Some((e.id.clone(), e.name.clone())), role, "named"))
        } else {
            // The word in the slot nearest the cue.
            // Before a colon the clause's subject opens it ("Ол былай деді: «…»"): a
            // pronoun or role noun there is the speaker, not the verb before the colon.
            let subject_first = || {
                zone_words().next().filter(|w| {
                    let fw = &folded[w.start..w.end()];
                    PRONOUNS.contains(&fw) || is_role(fw, lex)
                })
            };
            let w = if f.rule == "colon" {
                subject_first().or_else(|| zone_words().next_back())
            } else if f.speaker_before {
                zone_words().next_back()
            } else {
                // A title opening the slot is read by its role, its last word ("– деді
                // Денсаулық сақтау басқармасының басшысы").
                lead.map(|w| {
                    let title =
                        lead_entity.filter(|t| t.label == Label::Position && t.end <= zone.end);
                    title.map_or(w, |t| {
                        let last = words.partition_point(|v| v.start < t.end) - 1;
                        &words[last]
                    })
                })
            };
            match w {
                Some(w) => {
                    let fw = &folded[w.start..w.end()];
                    let span = Span::new(w.start, w.end());
                    let from_last = || last.as_ref().map(|a| (a.id.clone(), a.name.clone()));
                    let before = f.content.start.min(f.cue.start);
                    if PRONOUNS.contains(&fw) && !credit {
                        // A person introduced earlier in the same paragraph ("Кездесуде …
                        // Асқар Ибраев … таныстырды. – Біз дайынбыз, – деді ол."), else the
                        // last speaker, else the last person mentioned before.
                        let near = nearby
                            .in_paragraph(before)
                            .or_else(|| nearby.previous_subject(before))
                            .or_else(|| {
                                last.is_none().then(|| nearby.last_before(before)).flatten()
                            });
                        let resolved =
                            near.map(|e| (e.id.clone(), e.name.clone())).or_else(from_last);
                        if let Some(e) = near {
                            last = Some(Antecedent::of(e));
                        }
                        Some(speaker(text, span, resolved, None, "pronoun"))
                    } else if PLURAL_PRONOUNS.contains(&fw) {
                        Some(speaker(text, span, None, None, "generic_plural"))
                    } else {
                        match role_of(w) {
                            Some(false) if !credit => {
                                // The last person introduced with this role ("Көлік министрі
                                // Қанат Әлжанов … – деп түйіндеді министр."), else the last
                                // named speaker.
                                let lemma = role_lemma(fw, lex).unwrap_or(fw);
                                // A role ending a title names that office ("Мемлекет
                                // басшысының айтуынша": the head of state's, not any
                                // head's); the title is the speaker's words and role.
                                let title = ending_at(entities, w.end()).filter(|t| {
                                    t.label == Label::Position
                                        && t.start < w.start
                                        && t.start >= zone.start
                                });
                                let field = title.map_or("", |t| &folded[t.start..w.start]);
                                let titled = |e: &Entity<'_>| {
                                    holds_office(title_before(folded, entities, e), field, lemma)
                                };
                                // Within the last 20 KB of text: a role noun refers to
                                // someone introduced nearby.
                                let from = before.saturating_sub(ROLE_WINDOW);
                                // With no one so titled, the person of its paragraph, as
                                // for a pronoun ("Президент Қасым-Жомарт Тоқаев … Мемлекет
                                // басшысы: «…»").
                                let near = mentions(nearby.people(), from, before, titled)
                                    .or_else(|| nearby.in_paragraph(before));
                                let resolved =
                                    near.map(|e| (e.id.clone(), e.name.clone())).or_else(from_last);
                                if let Some(e) = near {
                                    last = Some(Antecedent::of(e));
                                }
                                let span = title.map_or(span, |t| t.span());
                                Some(speaker(
                                    text,
                                    span,
                                    resolved,
                                    Some(&text[span.range()]),
                                    "role_noun",
                                ))
                            }
                            Some(_) => Some(speaker(
                                text,
                                span,
                                None,
                                Some(&text[w.start..w.end()]),
                                "generic_plural",
                            )),
                            None => {
                                // A body's head noun, bare ("министрліктің баспасөз
                                // қызметі", 'the ministry's press service'): the last
                                // organisation named with that head.
                                let from = before.saturating_sub(ROLE_WINDOW);
                                let body = body_head(lex, fw, true).and_then(|head| {
                                    // A form of the head starts with it, its last letter
                                    // aside (министрлік, министрлігі).
                                    let stem = head
                                        .char_indices()
                                        .next_back()
                                        .map_or(head, |(i, _)| &head[..i]);
                                    nearby.body(from, before, |e| {
                                        // Its head ends the name, or follows it in
                                        // guillemets («Самұрық-Энерго» компаниясы).
                                        let name = &folded[e.start..e.end];
                                        let last = name.rsplit(' ').next().unwrap_or(name);
                                        let after = folded[e.end..]
                                            .strip_prefix('»')
                                            .and_then(|a| a.trim_start().split(' ').next())
                                            .unwrap_or("");
                                        // "Компания" is any company the text named.
                                        (head == "компания" && e.kind == crate::Kind::Company)
                                            || [last, after].iter().any(|w| {
                                                w.starts_with(stem)
                                                    && body_head(lex, w, false) == Some(head)
                                            })
                                    })
                                });
                                let resolved = body.map(|e| (e.id.clone(), e.name.clone()));
                                let rule = if body.is_some() { "body_noun" } else { "unresolved" };
                                Some(speaker(text, span, resolved, None, rule))
                            }
                        }
                    }
                }
                // A bare according-to word ("Айтуынша, …", 'by his account') is the
                // pronoun's case: a person introduced earlier in the paragraph, who becomes
                // the last speaker; else, as for a bare reporting verb, the last speaker.
                None if f.kind == QuoteKind::Direct || f.rule == "according_to" => {
                    if f.rule == "according_to" {
                        let before = f.content.start.min(f.cue.start);
                        if let Some(e) = nearby.in_paragraph(before) {
                            last = Some(Antecedent::of(e));
                        }
                    }
                    last.as_ref().map(|a| {
                        speaker(text, a.span, Some((a.id.clone(), a.name.clone())), None, "context")
                    })
                }
                None => None,
            }
        };
        out.push(Quote {
            kind: f.kind,
            content: Excerpt::new(text, f.content),
            cue: Excerpt::new(text, f.cue),
            speaker,
            rule: f.rule,
        });
    }
    out.sort_by_key(|q| (q.content.start, q.cue.start));
    out
}

fn speaker<'t>(
    text: &'t str,
    span: Span,
    resolved: Option<(EntityId, Arc<str>)>,
    role: Option<&'t str>,
    rule: &'static str,
) -> Speaker<'t> {
    let (entity_id, name) = match resolved {
        Some((id, name)) => (Some(id), Some(name)),
        None => (None, None),
    };
    Speaker { excerpt: Excerpt::new(text, span), entity_id, name, role, rule }
}

/// A subject-first or complement quote with its subject cut off its content and made its
/// speaker zone (None when its sentence opens with no subject); other quotes as found.
fn with_subject(
    text: &str,
    folded: &str,
    words: &[Word],
    entities: &[Entity<'_>],
    lex: &Lexicons,
    mut f: Found,
) -> Option<Found> {
    if !matches!(f.rule, "subject_first" | "complement") {
        return Some(f);
    }
    // The subject opens the sentence: a named person or body, possibly after a title, or
    // a role noun or pronoun; the content follows it.
    let subject_end = subject(text, folded, words, entities, f.speaker_zone, lex)?;
    // A particle after the subject is the subject's: "X болса, …" ('as for X'), "X та …"
    // ('X too').
    let mut next = words.partition_point(|w| w.start < subject_end);
    if words
        .get(next)
        .is_some_and(|w| matches!(&folded[w.start..w.end()], "болса" | "да" | "де" | "та" | "те"))
    {
        next += 1;
    }
    let content_start = words.get(next).map_or(f.content.end, |w| w.start);
    if content_start >= f.content.end {
        return None;
    }
    f.speaker_zone = Span::new(f.speaker_zone.start, subject_end);
    f.content = Span::new(content_start, f.content.end);
    f.speaker_before = true;
    Some(f)
}

/// Where the subject that opens `zone` ends: a person or organisation among the first
/// words (after a title or role noun), else a role noun or pronoun as the first word.
fn subject(
    text: &str,
    folded: &str,
    words: &[Word],
    entities: &[Entity<'_>],
    zone: Span,
    lex: &Lexicons,
) -> Option<usize> {
    // A connective opening the sentence comes before its subject ("Ал сарапшы …").
    let opening = words_in(words, zone).first();
    let skip = opening.is_some_and(|w| CONNECTIVES.contains(&&folded[w.start..w.end()]));
    let first_words: Vec<&Word> = words_in(words, zone)
        .iter()
        .skip(usize::from(skip))
        .filter(|w| w.end() <= zone.end)
        .take(SUBJECT_WORDS)
        .collect();
    let limit = first_words.last()?.end();
    // A person opening the sentence or right after a title chain ("… бөлімінің басшысы
    // Нұргүл Сапарова"); else an organisation opening the sentence.
    let after_title = |e: &Entity<'_>| {
        first_words.iter().rfind(|w| w.end() <= e.start).is_none_or(|w| {
            is_role(&folded[w.start..w.end()], lex)
                || ending_at(entities, w.end()).is_some_and(|x| x.label == Label::Position)
        })
    };
    let person = ents_in(entities, Span::new(zone.start, limit))
        .iter()
        .filter(|e| e.end <= limit)
        .find(|e| e.label == Label::Person && nominative(e) && after_title(e));
    if let Some(e) = person {
        return Some(e.end);
    }
    if let Some(e) = ents_in(entities, zone).first().filter(|e| e.start == first_words[0].start) {
        if e.label == Label::Organisation {
            if let Some(end) = body_subject_end(text, folded, words, e, lex) {
                return Some(end);
            }
        }
    }
    let w = first_words.first()?;
    let fw = &folded[w.start..w.end()];
    (PRONOUNS.contains(&fw) || is_role(fw, lex)).then_some(w.end())
}

/// Where a subject that organisation `e` opens ends: after its legal forms ("«Қазақстан
/// темір жолы» ҰК АҚ") and its head noun after the name ("Kaspi банкі"), and after the
/// press service or the people who speak for it ("баспасөз қызметі", "басшылығы",
/// "өкілдері"). In the genitive it is a subject only with these ("Министрліктің
/// баспасөз қызметі …").
fn body_subject_end(
    text: &str,
    folded: &str,
    words: &[Word],
    e: &Entity<'_>,
    lex: &Lexicons,
) -> Option<usize> {
    use crate::rules::{form_of, is_legal_form, org_head_forms, staff_form};
    let nominative_possessed =
        |c: crate::morph::Chain| c.possessive && c.case == Some(crate::Case::Nominative);
    // The word `k`, when nothing but spaces (and the name's closing guillemet) come
    // between byte `end` and it.
    let next = |k: usize, end: usize| {
        words
            .get(k)
            .filter(|w| text[end..w.start].chars().all(|c| matches!(c, ' ' | '\u{a0}' | '»')))
    };
    let word = |w: &Word| &folded[w.start..w.end()];
    let (mut k, mut end) = (words.partition_point(|w| w.start < e.end), e.end);
    while let Some(w) = next(k, end).filter(|w| is_legal_form(&text[w.start..w.end()])) {
        (k, end) = (k + 1, w.end());
    }
    if let Some(w) = next(k, end).filter(|w| {
        nominative(e) && org_head_forms(lex, word(w)).any(|h| nominative_possessed(h.chain))
    }) {
        (k, end) = (k + 1, w.end());
    }
    let unit = next(k, end).and_then(|w| {
        if word(w) == "баспасөз" {
            next(k + 1, w.end())
                .filter(|v| form_of(word(v), "қызмет").is_some_and(nominative_possessed))
                .map(Word::end)
        } else {
            staff_form(word(w)).filter(|&c| nominative_possessed(c)).map(|_| w.end())
        }
    });
    unit.or(nominative(e).then_some(end))
}

/// Connectives that may open a sentence before its subject: 'and', 'but', 'however',
/// 'also', 'in turn'.
const CONNECTIVES: [&str; 7] = ["ал", "бірақ", "алайда", "дегенмен", "сондай-ақ", "және", "әрі"];

/// The most words a subject runs over, a title before the name included: "«Қазақстан
/// темір жолы» ҰК АҚ басқарма төрағасы Нұрлан Сауранбаев" has seven before the name.
const SUBJECT_WORDS: usize = 10;

/// Whether an entity is in the nominative (or has no case), as a subject is.
fn nominative(e: &Entity<'_>) -> bool {
    e.case.is_none_or(|c| c == crate::Case::Nominative)
}

fn is_role(word: &str, lex: &Lexicons) -> bool {
    person_nouns(lex, word).next().is_some()
}

/// Who was mentioned before a quotation, for pronouns, role nouns and bare according-to
/// words; what it needs is found at the first of them.
struct Nearby<'a, 'e, 't> {
    text: &'a str,
    entities: &'e [Entity<'t>],
    contents: &'a Contents,
    /// Line breaks, for "the same paragraph" in O(log n).
    newlines: Option<Vec<usize>>,
    /// Where sentences may end ('.', '!', '?' and line breaks), for "the sentence before"
    /// in O(log n): a scan back from each quotation is quadratic on a long text with few.
    ends: Option<Vec<usize>>,
    /// The people (`Person` entities) mentioned outside every quotation, in text order:
    /// each lookup is a binary search, then a walk back over people only.
    people: Option<Vec<&'e Entity<'t>>>,
}

impl<'e, 't> Nearby<'_, 'e, 't> {
    /// The people mentioned outside every quotation, in text order.
    fn people(&mut self) -> &[&'e Entity<'t>] {
        let (entities, contents) = (self.entities, self.contents);
        self.people.get_or_insert_with(|| {
            entities
                .iter()
                .filter(|e| e.label == Label::Person && !contents.overlaps(e.span()))
                .collect()
        })
    }

    /// The last organisation mentioned outside every quotation in `from..before` that
    /// passes `keep`.
    fn body(
        &self,
        from: usize,
        before: usize,
        keep: impl Fn(&Entity<'t>) -> bool,
    ) -> Option<&'e Entity<'t>> {
        let (entities, contents) = (self.entities, self.contents);
        let hi = entities.partition_point(|e| e.start < before);
        entities[..hi]
            .iter()
            .rev()
            .take_while(|e| e.start >= from)
            .filter(|e| e.label == Label::Organisation && e.end <= before)
            .find(|e| !contents.overlaps(e.span()) && keep(e))
    }

    /// The last person mentioned before byte `before`.
    fn last_before(&mut self, before: usize) -> Option<&'e Entity<'t>> {
        mentions(self.people(), 0, before, |_| true)
    }

    /// The person who opens the sentence before the one of byte `before` as its subject:
    /// the first person mentioned there, in the nominative ("Сәкен Бибосынов жеңісін
    /// арнады. «…», – деп жазды ол."; not "Бапкер Сәкенді мақтады.").
    fn previous_subject(&mut self, before: usize) -> Option<&'e Entity<'t>> {
        let text = self.text;
        let ends = self.ends.get_or_insert_with(|| {
            text.match_indices(['.', '!', '?', '\n']).map(|(i, _)| i).collect()
        });
        // The last end before byte `at`.
        let boundary = |at: usize| ends[..ends.partition_point(|&i| i < at)].last().copied();
        let end = text[..boundary(before)?]
            .trim_end_matches(['.', '!', '?', ' ', '\u{a0}', '\n', '\r'])
            .len();
        let from = boundary(end).map_or(0, |i| i + 1);
        let people = self.people();
        let first = people.get(people.partition_point(|e| e.start < from))?;
        (first.end <= end && nominative(first)).then_some(*first)
    }

    /// The last person mentioned in the paragraph of byte `before`, before it.
    fn in_paragraph(&mut self, before: usize) -> Option<&'e Entity<'t>> {
        let text = self.text;
        let newlines =
            self.newlines.get_or_insert_with(|| text.match_indices('\n').map(|(i, _)| i).collect());
        let k = newlines.partition_point(|&n| n < before);
        let para_start = k.checked_sub(1).map_or(0, |k| newlines[k] + 1);
        mentions(self.people(), para_start, before, |_| true)
    }
}

/// The last of `people` (see [`Nearby::people`]) mentioned in `from..to` that passes
/// `keep`.
fn mentions<'e, 't>(
    people: &[&'e Entity<'t>],
    from: usize,
    to: usize,
    keep: impl Fn(&Entity<'t>) -> bool,
) -> Option<&'e Entity<'t>> {
    let lo = people.partition_point(|e| e.start < from);
    let hi = people.partition_point(|e| e.start < to).max(lo);
    people[lo..hi].iter().rev().find(|e| e.end <= to && keep(e)).copied()
}

/// The folded title right before a person: a POSITION entity or the previous word.
fn title_before<'a>(folded: &'a str, entities: &[Entity<'_>], e: &Entity<'_>) -> &'a str {
    let head = folded[..e.start].trim_end();
    if let Some(t) = ending_at(entities, head.len()).filter(|t| t.label == Label::Position) {
        return &folded[t.start..t.end];
    }
    let start = head.rfind(' ').map_or(0, |i| i + 1);
    &head[start..]
}

/// Offices with two names in the news: the President is "Мемлекет басшысы" ('head of
/// state'), the Prime Minister "Үкімет басшысы" ('head of government').
const SAME_OFFICE: [[&str; 2]; 2] =
    [["президент", "мемлекет басшы"], ["премьер-министр", "үкімет басшы"]];

/// Whether a folded title holds the office of role `lemma` after the words `field`
/// ("мемлекет " + "басшы"; `field` empty for a bare role): the title names them, or
/// another name of the same office.
fn holds_office(title: &str, field: &str, lemma: &str) -> bool {
    let named_here =
        title.match_indices(field).any(|(i, _)| title[i + field.len()..].starts_with(lemma));
    let this_office = |office: &&str| office.strip_prefix(field) == Some(lemma);
    named_here
        || SAME_OFFICE
            .iter()
            .filter(|names| names.iter().any(this_office))
            .flatten()
            .any(|office| title.contains(office))
}

/// The organisation head noun (`org_heads.tsv`) the folded `word` is a form of, not derived
/// and, when `bare`, not possessed: министрліктің → министрлік; with `bare` false,
/// министрлігі too.
fn body_head<'l>(lex: &'l Lexicons, word: &'l str, bare: bool) -> Option<&'l str> {
    crate::rules::org_head_forms(lex, word)
        .find(|h| !(h.chain.derived || bare && h.chain.possessive))
        .map(|h| h.lemma)
}

/// The role lemma a word is a form of (министрдің → министр).
fn role_lemma<'l>(word: &'l str, lex: &'l Lexicons) -> Option<&'l str> {
    person_nouns(lex, word).next().map(|(lemma, _)| lemma)
}

/// The entities (sorted by start) that start inside `span`.
fn ents_in<'e, 't>(entities: &'e [Entity<'t>], span: Span) -> &'e [Entity<'t>] {
    let lo = entities.partition_point(|e| e.start < span.start);
    let hi = entities.partition_point(|e| e.start < span.end);
    &entities[lo..hi.max(lo)]
}

/// The words (sorted by start) that start inside `span`.
fn words_in(words: &[Word], span: Span) -> &[Word] {
    let lo = words.partition_point(|w| w.start < span.start);
    let hi = words.partition_point(|w| w.start < span.end);
    &words[lo..hi.max(lo)]
}

/// The entity ending exactly at `end` (entities are flat, so sorted by end too).
fn ending_at<'e, 't>(entities: &'e [Entity<'t>], end: usize) -> Option<&'e Entity<'t>> {
    let k = entities.partition_point(|e| e.end < end);
    entities.get(k).filter(|e| e.end == end)
}
