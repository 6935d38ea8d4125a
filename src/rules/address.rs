//! Names a speaker addresses, as broadcast transcripts and interviews write them: a
//! single capitalised word set off by a comma, which no list needs to hold (presenters
//! go by given names that are common words too: Ынтымақ, Шұғыла).
//!
//! - closing a sentence after a comma: "Ақпаратқа рақмет, Ерзат.", "Қайырлы таң,
//!   Шұғыла!", "Сіз тікелей эфирдесіз, Мейіржан?";
//! - opening a sentence before a comma and "сіз"/"сен" or a greeting: "Ынтымақ, сіз
//!   эфирдесіз", "Шұғыла, қайырлы кеш";
//! - between commas after a greeting, a thanks or "иә": "Қайырлы күн, Шұғыла, бүгін…",
//!   "Иә, Ерзат, мен келісемін".
//!
//! A place or body the gazetteer knows stays what it is ("Соңғы жаңалықтар, Ақтөбе."),
//! a title is no name ("…, Президент."), and the last of a list of names after a comma
//! is no address ("Сарыбел, Көкжиде, Ақжарық.").

use super::{person, RuleMatch, Rules};
use crate::word_class::Class;

/// Words a comma may follow before an address: a greeting's time of day (after
/// "қайырлы"), thanks, a greeting, yes.
const BEFORE_ADDRESS: &[&str] = &["таң", "күн", "кеш", "рақмет", "сәлем", "иә"];

/// Second-person pronouns that follow an address opening a sentence.
const YOU: &[&str] = &["сіз", "сен", "сіздер", "сендер"];

/// `s` without one space or no-break space at its end, if it has one.
fn one_space_off_end(s: &str) -> &str {
    s.strip_suffix([' ', '\u{a0}']).unwrap_or(s)
}

/// `s` without one space or no-break space at its start, if it has one.
fn one_space_off_start(s: &str) -> &str {
    s.strip_prefix([' ', '\u{a0}']).unwrap_or(s)
}

/// Whether `s` opens with a sentence end: . ! or ? before a space, a line break, a quote
/// or nothing (not "3.5" or "т.б").
fn closes(s: &str) -> bool {
    s.strip_prefix(['.', '!', '?'])
        .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Adds the names addressed.
pub(crate) fn find(r: &Rules<'_, '_>, out: &mut Vec<RuleMatch>) {
    let n = r.words.len();
    for (i, w) in r.words.iter().enumerate() {
        if !w.cap {
            continue;
        }
        // One space at most between a word and its comma or sentence end: two byte
        // tests rule most capitalised words out.
        let before = one_space_off_end(&r.text[..w.start]);
        let after = one_space_off_start(&r.text[w.end()..]);
        let after_comma = before.ends_with(',');
        if !after_comma && !after.starts_with(',') {
            continue;
        }
        let addressed = if after_comma {
            // Not the last of a list of names ("…, Көкжиде, Ақжарық.").
            i > 0 && !r.words[i - 1].cap && r.entity_over(i - 1).is_none() && closes(after)
                || after.starts_with(',')
                    && i > 0
                    && BEFORE_ADDRESS.contains(&r.fw(i - 1))
                    && r.text[r.words[i - 1].end()..w.start].trim_start().starts_with(',')
        } else {
            // A comma follows (the test above).
            r.sentence_start(i)
                && i + 1 < n
                && r.text[w.end()..r.words[i + 1].start].trim() == ","
                && (YOU.contains(&r.fw(i + 1)) || r.is(i + 1, Class::GREETING))
        };
        if addressed
            && person::name_word(r, i)
            && r.entity_over(i).is_none()
            && super::person_nouns(r.lex, r.fw(i)).next().is_none()
        {
            out.push(person::person(r, i, i, "person_addressed"));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::tests::found;

    fn persons(text: &str) -> Vec<String> {
        found(text, |k| k == crate::Kind::Person)
    }

    #[test]
    fn a_name_closing_a_sentence_after_a_comma() {
        assert_eq!(persons("Қайырлы таң, Шұғыла!"), ["PERSON Шұғыла"]);
        assert_eq!(persons("Ақпаратқа рақмет, Ерзат."), ["PERSON Ерзат"]);
        assert_eq!(persons("Сіз тікелей эфирдесіз, Мейіржан?"), ["PERSON Мейіржан"]);
        // A common word that is a presenter's name: the comma and the sentence end tell.
        assert_eq!(persons("Бүгінгі жаңалықтар осындай, Ынтымақ."), ["PERSON Ынтымақ"]);
    }

    #[test]
    fn a_name_opening_a_sentence_before_you_or_a_greeting() {
        assert_eq!(persons("Ынтымақ, сіз эфирдесіз."), ["PERSON Ынтымақ"]);
        assert_eq!(persons("Шұғыла, қайырлы кеш."), ["PERSON Шұғыла"]);
        // Not before anything else: "Мысалы, біз…", "Ынтымақ, бірлік — басты құндылық".
        assert_eq!(persons("Ынтымақ, бірлік басты құндылық."), Vec::<String>::new());
    }

    #[test]
    fn a_name_between_commas_after_a_greeting_thanks_or_yes() {
        assert_eq!(persons("Иә, Ерзат, мен келісемін."), ["PERSON Ерзат"]);
        assert_eq!(persons("Қайырлы күн, Шұғыла, бүгін не жаңалық?"), ["PERSON Шұғыла"]);
        // Between commas after anything else, it is a list.
        assert_eq!(persons("Сарыбел, Көкжиде, Ақжарық ауылдары."), Vec::<String>::new());
    }

    #[test]
    fn not_addressed() {
        // The last of a list, a place the gazetteer knows, a title.
        assert_eq!(persons("Олар Сарыбел, Көкжиде, Ақжарық."), Vec::<String>::new());
        assert_eq!(persons("Соңғы жаңалықтар, Ақтөбе."), Vec::<String>::new());
        assert_eq!(persons("Бұл елдің арқасы, Президент."), Vec::<String>::new());
        // A number after a full stop: no sentence end.
        assert_eq!(persons("Көрсеткіш, Өсім.5 пайыз"), Vec::<String>::new());
    }
}
