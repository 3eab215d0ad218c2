//! Property tests: whatever the input, extraction does not panic, every span
//! lies on char boundaries and slices back to its surface, and sentences
//! tile the content blocks.

use news_claims::{BlockKind, Extraction, Extractor, Span};
use proptest::prelude::*;

/// Pieces of news text and of the web's debris, so that generated inputs hit
/// the extractors' patterns and not only random noise.
const PIECES: &[&str] = &[
    "Venezuela",
    " Frees ",
    "88",
    " political prisoners",
    ". ",
    "\n",
    "\r\n",
    "more than ",
    "2,400",
    " protesters",
    " on Monday",
    ", officials said",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "U.S.",
    " Dr.",
    " Mr. ",
    "No. 2",
    " $3.5bn",
    " €40m",
    "£62.5m",
    "3.2%",
    " per cent",
    " between 10 and 15",
    " 10–15",
    " last year",
    " July 2024",
    " Dec. 25",
    "2025-12-28",
    " 4:17 a.m.",
    "Also Read: ",
    "Advertisement",
    "By Ana Souza, Health Correspondent",
    "(Reporting by X; Editing by Y)",
    " — ",
    "…",
    "...",
    "?",
    "!",
    " (",
    ")",
    "\u{a0}",
    "\u{200b}",
    "\u{ad}",
    "&amp;",
    "é",
    "González",
    "👍🏽",
    "\u{202e}",
    "עברית",
    "0",
    "9",
    " according to the ministry",
    " reportedly",
    " could",
    " dozens of",
    " two dozen",
    " half a million",
    " Ministry of Health",
    " WHO",
    " (WHO)",
    " the 1990s",
    " three days later",
    " since 2019",
    "Gov.",
    " Sen. ",
    " J. K. Rowling",
    " e.g. ",
    " a.m. ",
    " Inc. ",
    "\t",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<String>(),
            1 => "[0-9.,%$€ -]{1,12}",
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// Not whitespace and not an invisible formatting character (category Cf).
fn visible(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(c, '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}'
            | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}')
}

fn check(text: &str, ex: &Extraction) {
    let slice = |span: Span| {
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "{span:?} out of range"
        );
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        &text[span.range()]
    };
    let mut last = 0;
    for s in &ex.sentences {
        assert_eq!(slice(s.span), s.text);
        assert!(!s.text.is_empty());
        assert_eq!(s.text.trim(), s.text);
        assert!(s.span.start >= last, "sentences overlap or go backwards");
        last = s.span.end;
        let block = &ex.blocks[s.block];
        assert!(block.kind != BlockKind::Noise && block.span.contains(s.span));
    }
    // Tiling: every visible char of a content block is in a sentence
    // (invisible formatting characters may fall between sentences).
    for (bi, b) in ex.blocks.iter().enumerate() {
        if b.kind == BlockKind::Noise {
            continue;
        }
        let covered: usize = ex
            .sentences
            .iter()
            .filter(|s| s.block == bi)
            .map(|s| s.text.chars().filter(|&c| visible(c)).count())
            .sum();
        let all = slice(b.span).chars().filter(|&c| visible(c)).count();
        assert_eq!(covered, all, "block {bi} not tiled by its sentences");
    }
    for q in &ex.quantities {
        assert_eq!(slice(q.span), q.text);
        assert!(q.value.is_finite());
    }
    for d in &ex.dates {
        assert_eq!(slice(d.span), d.text);
    }
    for a in &ex.actors {
        for m in &a.mentions {
            assert_eq!(slice(m.span), m.text);
        }
    }
    for a in &ex.attributions {
        assert_eq!(slice(a.source.span), a.source.text);
        slice(a.cue_span);
    }
    for h in &ex.hedges {
        slice(h.span);
    }
    for q in &ex.quotes {
        assert_eq!(slice(q.span), q.text);
    }
    for c in &ex.claims {
        for e in &c.evidence {
            assert_eq!(ex.quantities[e.quantity].span, e.span);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_handled(text in news_like()) {
        let ex = Extractor::default().extract(&text, "2025-12-28".parse().ok());
        check(&text, &ex);
    }

    #[test]
    fn any_bytes_are_handled(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let (decoded, ex) = Extractor::default().extract_bytes(&bytes, None);
        check(&decoded.text, &ex);
    }

    #[test]
    fn arbitrary_unicode_is_handled(text in any::<String>()) {
        let ex = Extractor::default().extract(&text, None);
        check(&text, &ex);
    }

    #[test]
    fn cleaning_keeps_spans_on_the_callers_text(text in news_like()) {
        // Entities and invisible characters sprinkled in must not move any
        // span off the caller's text.
        let dirty = text.replace(' ', " \u{200b}").replace("88", "8&#56;").replace('—', "&mdash;");
        let ex = Extractor::default().extract(&dirty, None);
        check(&dirty, &ex);
    }

    #[test]
    fn segmentation_alone_tiles(text in news_like()) {
        let mut last = 0;
        for (off, s) in news_claims::sentence_indices(&text) {
            prop_assert_eq!(&text[off..off + s.len()], s);
            prop_assert!(off >= last);
            prop_assert_eq!(s.trim(), s);
            prop_assert!(text[last..off].trim().is_empty());
            last = off + s.len();
        }
        prop_assert!(text[last..].trim().is_empty());
    }
}

#[test]
fn truncation_is_reported_not_silent() {
    use news_claims::Config;
    let extractor = Extractor::new(Config::new().max_input_bytes(20)).unwrap();
    let text = "Short headline\nA much longer paragraph that goes past the limit.\n";
    let ex = extractor.extract(text, None);
    let cut = ex.truncated_at.expect("cut reported");
    assert!(cut <= 20 && text.is_char_boundary(cut));
    assert!(ex.sentences.iter().all(|s| s.span.end <= cut));
    // A cut never splits a character.
    let ex = Extractor::new(Config::new().max_input_bytes(2))
        .unwrap()
        .extract("éé", None);
    assert_eq!(ex.truncated_at, Some(2));
}
