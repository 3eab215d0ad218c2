//! The whole pipeline on arbitrary bytes: as text (repaired when not UTF-8)
//! and as an HTML page. It must not panic, and every span must slice the
//! text it was made from.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_claims::{Extraction, Extractor};

fn check(text: &str, ex: &Extraction) {
    for s in &ex.sentences {
        assert_eq!(&text[s.span.range()], s.text);
    }
    for q in &ex.quantities {
        assert_eq!(&text[q.span.range()], q.text);
    }
    for d in &ex.dates {
        assert_eq!(&text[d.span.range()], d.text);
    }
    for a in &ex.actors {
        for m in &a.mentions {
            assert_eq!(&text[m.span.range()], m.text);
        }
    }
    for q in &ex.quotes {
        assert_eq!(&text[q.span.range()], q.text);
    }
}

fuzz_target!(|data: &[u8]| {
    let extractor = Extractor::default();
    let published = "2025-12-28".parse().ok();
    let (decoded, ex) = extractor.extract_bytes(data, published);
    check(&decoded.text, &ex);
    let (doc, ex) = extractor.extract_html(&decoded.text, None);
    check(&doc.text, &ex);
});
