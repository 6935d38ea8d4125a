//! Output for other tools: IOB2 in KazNERD's CoNLL layout, and char offsets for consumers
//! that index text by Unicode scalar values (Python). Texts written for this project.

use atau::{IobTag, Label};

/// Two sentences of news: a title and a two-word name, a date, a suffixed country, an
/// abbreviation with a hyphenated suffix, guillemets, a percentage with `%-ға`.
const NEWS: &str = "Әзербайжан Президенті Ильхам Әлиев 12 наурызда Қазақстанға ресми сапармен \
келді. Екі ел басшылары ТМҰ-ның Астанада өтетін саммитіне дайындықты, «Орта дәліз» бағыты \
бойынша жүк тасымалын 15 %-ға арттыру жоспарын талқылады.";

/// 1-byte (ASCII), 2-byte (Cyrillic, «»), 3-byte (–, €, …) and 4-byte (emoji, 𝔸) chars
/// before, between and inside the spans, with a quote and its speaker.
const MIXED: &str = "Tengrinews 😀 (𝔸) хабарлайды: € 5 – Ильхам Әлиев Қазақстанға келді… \
«Келісім екі елге де тиімді 🤝», – деді Нұрлан Әбдіров. 𝔸𝔹 Айгүл Омарованың пікірінше, баға \
тұрақтанады.\r\nТМҰ-ның саммиті Бакуде 😀 өтеді.";

fn texts() -> Vec<String> {
    let mut out = vec![NEWS.to_string(), MIXED.to_string()];
    out.extend(crate::support::fixture_texts());
    out
}

#[test]
fn iob_of_a_news_paragraph() {
    let ex = atau::extract(NEWS);
    insta::assert_snapshot!(atau::to_iob(NEWS, &ex));
}

#[test]
fn iob_lines_are_blank_or_token_space_tag() {
    for text in texts() {
        let iob = atau::to_iob(&text, &atau::extract(&text));
        assert!(iob.ends_with(" O\n\n") || iob.ends_with("\n\n"), "{iob:?}");
        let mut blank_before = true;
        for line in iob.lines() {
            if line.is_empty() {
                assert!(!blank_before, "two blank lines in a row in {iob}");
                blank_before = true;
                continue;
            }
            blank_before = false;
            let fields: Vec<&str> = line.split(' ').collect();
            assert_eq!(fields.len(), 2, "{line:?}");
            assert!(!fields[0].is_empty() && !fields[0].contains(char::is_whitespace));
            let tag = fields[1];
            let label = tag.strip_prefix("B-").or_else(|| tag.strip_prefix("I-"));
            assert!(tag == "O" || label.is_some_and(|l| !l.is_empty()), "{line:?}");
        }
    }
}

#[test]
fn iob_inside_tags_continue_an_entity_of_the_same_label() {
    for text in texts() {
        let ex = atau::extract(&text);
        let mut prev = IobTag::Outside;
        for t in atau::iob_tokens(&text, &ex) {
            if let IobTag::Inside(label) = t.tag {
                assert!(!t.sentence_start, "I- opens a sentence at {t:?}");
                assert_eq!(prev.label(), Some(label), "I- after {prev} at {t:?}");
            }
            prev = t.tag;
        }
        // And in the written form.
        let iob = atau::to_iob(&text, &ex);
        let mut prev = "O";
        for line in iob.lines() {
            let tag = line.split(' ').nth(1).unwrap_or("O");
            if let Some(label) = tag.strip_prefix("I-") {
                assert!(prev == format!("B-{label}") || prev == tag, "{prev} then {line:?}");
            }
            prev = tag;
        }
    }
}

/// Entities cover whole tokens, so the IOB2 spans are exactly the entities (each opens
/// with one B-), and the tokens are the text without its spaces.
#[test]
fn iob_tokens_cover_the_text_and_spans_are_the_entities() {
    for text in texts() {
        let ex = atau::extract(&text);
        let tokens: Vec<_> = atau::iob_tokens(&text, &ex).collect();
        let joined: String = tokens.iter().map(|t| t.text).collect();
        let visible: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, visible);
        for t in &tokens {
            assert_eq!(t.text, &text[t.start..t.end]);
        }

        let mut spans: Vec<(usize, usize, Label)> = Vec::new();
        for t in &tokens {
            match t.tag {
                IobTag::Begin(l) => spans.push((t.start, t.end, l)),
                IobTag::Inside(_) => spans.last_mut().unwrap().1 = t.end,
                IobTag::Outside => {}
                other => panic!("help: a tag this test does not know: {other}"),
            }
        }
        let entities: Vec<_> = ex.entities.iter().map(|e| (e.start, e.end, e.label)).collect();
        assert_eq!(spans, entities, "in {text}");
    }
}

#[test]
fn iob_tokenisation_follows_kaznerd() {
    let text = "ТМҰ-ның 2025-жылы 5,3 %-ке өсті. Қасым-Жомарт «Хабар»-ға 18:00-де келді!";
    let tokens: Vec<_> = atau::iob_tokens(text, &atau::Extraction::default())
        .map(|t| if t.sentence_start { format!("|{}", t.text) } else { t.text.to_string() })
        .collect();
    assert_eq!(
        tokens.join(" "),
        "|ТМҰ-ның 2025-жылы 5 , 3 %-ке өсті . |Қасым-Жомарт « Хабар »-ға 18 : 00-де келді !"
    );
}

/// `chars[start..end]` as a string, the way Python slices a `str`.
fn char_slice(chars: &[char], start: usize, end: usize) -> String {
    chars[start..end].iter().collect()
}

#[test]
fn char_offsets_agree_with_chars_slicing() {
    let mut widths = [false; 4];
    for c in MIXED.chars() {
        widths[c.len_utf8() - 1] = true;
    }
    assert_eq!(widths, [true; 4], "MIXED must hold 1-, 2-, 3- and 4-byte chars");

    let mut quotes = 0;
    for text in texts() {
        let ex = atau::extract(&text);
        let chars: Vec<char> = text.chars().collect();
        let offsets = atau::char_offsets(&text, &ex);
        assert_eq!(offsets.entities.len(), ex.entities.len());
        assert_eq!(offsets.quotes.len(), ex.quotes.len());
        for (e, c) in ex.entities.iter().zip(&offsets.entities) {
            assert_eq!(char_slice(&chars, c.start, c.end), e.text, "{e:?}");
        }
        for (q, c) in ex.quotes.iter().zip(&offsets.quotes) {
            assert_eq!(char_slice(&chars, c.content.start, c.content.end), q.content.text);
            assert_eq!(char_slice(&chars, c.cue.start, c.cue.end), q.cue.text);
            let speaker = q.speaker.as_ref().map(|s| s.excerpt.text);
            let sliced = c.speaker.map(|s| char_slice(&chars, s.start, s.end));
            assert_eq!(sliced.as_deref(), speaker);
            quotes += 1;
        }
    }
    assert!(quotes > 0);

    // MIXED itself has entities and quotes past multi-byte chars.
    let ex = atau::extract(MIXED);
    assert!(ex.entities.len() >= 5 && ex.quotes.len() >= 2, "{ex:#?}");
}

#[test]
fn char_offsets_in_json_slice_like_python() {
    let ex = atau::extract(MIXED);
    let json = serde_json::to_value(atau::WithCharOffsets::new(MIXED, &ex)).unwrap();
    let chars: Vec<char> = MIXED.chars().collect();
    let check = |part: &serde_json::Value| {
        let (a, z) = (part["char_start"].as_u64().unwrap(), part["char_end"].as_u64().unwrap());
        assert_eq!(char_slice(&chars, a as usize, z as usize), part["text"].as_str().unwrap());
        // The byte offsets are still there, unchanged.
        let (s, e) = (part["start"].as_u64().unwrap(), part["end"].as_u64().unwrap());
        assert_eq!(&MIXED[s as usize..e as usize], part["text"].as_str().unwrap());
    };
    let entities = json["entities"].as_array().unwrap();
    assert_eq!(entities.len(), ex.entities.len());
    entities.iter().for_each(check);
    for q in json["quotes"].as_array().unwrap() {
        check(&q["content"]);
        check(&q["cue"]);
        if !q["speaker"].is_null() {
            check(&q["speaker"]);
        }
    }
}
