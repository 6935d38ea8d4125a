//! Speakers: the words that name who speaks, and the entity they resolve to.
//!
//! In order: a person or organisation entity in the speaker slot (after the cue, or the
//! possessor before an according-to cue) is the speaker, with a role noun beside it kept
//! as its role ("сарапшы Айдар Құрмашев"); a singular role noun (сарапшы, министр) or a
//! pronoun (ол, оның) resolves to the most recent named person speaker in the document;
//! a generic plural (сарапшылар) stays unresolved; a credit line resolves only to an
//! organisation (the outlet); a reporting verb with no subject takes the context speaker.
//! Names inside the quoted content are never the speaker.

use std::sync::Arc;

use super::find::Found;
use super::{Quote, QuoteKind, Speaker};
use crate::entity::{Entity, EntityId, Label};
use crate::lexicon::Lexicons;
use crate::rules::{lemma_form, Word};
use crate::span::{Excerpt, Span};

const PRONOUNS: &[&str] = &["ол", "оның", "оған", "одан", "онымен"];
const PLURAL_PRONOUNS: &[&str] = &["олар", "олардың", "оларға"];

/// Whom "ол" and "сарапшы" refer to: the last person named as a speaker.
#[derive(Clone, Debug)]
struct Antecedent {
    span: Span,
    id: EntityId,
    name: Arc<str>,
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
    let mut last: Option<Antecedent> = None;
    let mut out = Vec::with_capacity(found.len());
    for mut f in found {
        if matches!(f.rule, "subject_first" | "complement") {
            // The subject opens the sentence: a named person or body, possibly after a
            // title, or a role noun or pronoun; the content follows it.
            let Some(subject_end) = subject(text, folded, words, entities, f.speaker_zone, lex)
            else {
                continue;
            };
            let content_start =
                words.iter().find(|w| w.start >= subject_end).map_or(f.content.end, |w| w.start);
            if content_start >= f.content.end {
                continue;
            }
            f.speaker_zone = Span::new(f.speaker_zone.start, subject_end);
            f.content = Span::new(content_start, f.content.end);
            f.speaker_before = true;
        }
        let zone = f.speaker_zone;
        let in_zone = |e: &&Entity<'t>| {
            e.start >= zone.start && e.end <= zone.end && !f.content.overlaps(e.span())
        };
        let credit = f.rule == "credit_line";
        let wanted = |e: &&Entity<'t>| {
            if credit {
                e.label == Label::Organisation
            } else {
                matches!(e.label, Label::Person | Label::Organisation)
            }
        };
        // The named entity in the slot: nearest the cue.
        let named = if f.speaker_before {
            entities.iter().filter(in_zone).rfind(wanted)
        } else {
            entities.iter().filter(in_zone).find(wanted)
        };
        let zone_words: Vec<&Word> = words
            .iter()
            .filter(|w| {
                w.start >= zone.start
                    && w.end <= zone.end
                    && !f.content.overlaps(Span::new(w.start, w.end))
            })
            .collect();
        let role_of = |w: &Word| {
            let fw = &folded[w.start..w.end];
            lex.role_heads
                .iter()
                .chain(&lex.titles_alone)
                .find_map(|(lemma, stem)| lemma_form(fw, lemma, *stem).map(|(_, c)| c.plural))
        };
        let speaker = if let Some(e) = named {
            // A role noun right before or after the name.
            let role = zone_words
                .iter()
                .find(|w| {
                    (w.end <= e.start && e.start - w.end <= 2)
                        || (w.start >= e.end && w.start - e.end <= 2)
                })
                .filter(|w| role_of(w).is_some())
                .map(|w| &text[w.start..w.end]);
            if e.label == Label::Person {
                last = Some(Antecedent { span: e.span(), id: e.id.clone(), name: e.name.clone() });
            }
            Some(speaker(text, e.span(), Some((e.id.clone(), e.name.clone())), role, "named"))
        } else {
            // The word in the slot nearest the cue.
            let w = if f.speaker_before { zone_words.last() } else { zone_words.first() };
            match w {
                Some(w) => {
                    let fw = &folded[w.start..w.end];
                    let span = Span::new(w.start, w.end);
                    let resolved = last.as_ref().map(|a| (a.id.clone(), a.name.clone()));
                    if PRONOUNS.contains(&fw) && !credit {
                        Some(speaker(text, span, resolved, None, "pronoun"))
                    } else if PLURAL_PRONOUNS.contains(&fw) {
                        Some(speaker(text, span, None, None, "generic_plural"))
                    } else {
                        match role_of(w) {
                            Some(false) if !credit => Some(speaker(
                                text,
                                span,
                                resolved,
                                Some(&text[w.start..w.end]),
                                "role_noun",
                            )),
                            Some(_) => Some(speaker(
                                text,
                                span,
                                None,
                                Some(&text[w.start..w.end]),
                                "generic_plural",
                            )),
                            None => Some(speaker(text, span, None, None, "unresolved")),
                        }
                    }
                }
                None if f.kind == QuoteKind::Direct || f.rule == "according_to" => {
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
    let first_words: Vec<&Word> =
        words.iter().filter(|w| w.start >= zone.start && w.end <= zone.end).take(4).collect();
    let limit = first_words.last()?.end;
    let named = entities.iter().find(|e| {
        e.start >= zone.start
            && e.end <= limit
            && matches!(e.label, Label::Person | Label::Organisation)
            && e.case.is_none_or(|c| c == crate::Case::Nominative)
    });
    if let Some(e) = named {
        // Only titles, role nouns or other names may stand before the subject.
        let before_ok = first_words.iter().filter(|w| w.end <= e.start).all(|w| {
            entities.iter().any(|x| x.start <= w.start && w.end <= x.end)
                || is_role(&folded[w.start..w.end], lex)
        });
        if before_ok {
            return Some(e.end);
        }
    }
    let w = first_words.first()?;
    let fw = &folded[w.start..w.end];
    let _ = text;
    (PRONOUNS.contains(&fw) || is_role(fw, lex)).then_some(w.end)
}

fn is_role(word: &str, lex: &Lexicons) -> bool {
    lex.role_heads
        .iter()
        .chain(&lex.titles_alone)
        .any(|(lemma, stem)| lemma_form(word, lemma, *stem).is_some())
}
