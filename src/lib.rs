//! `news_claims` reads news articles and pulls out the quantitative claims in
//! them as typed data: "authorities detained more than 2,400 protesters"
//! becomes a count with a lower bound of 2,400, object *protesters*, event
//! *detain*, actor *authorities*, together with its time, its source and its
//! hedging where the article gives them.
//!
//! # Quick start
//!
//! ```
//! use news_claims::{Date, Extractor};
//!
//! let text = "Storm Forces 5,000 From Homes\n\
//!             Authorities evacuated more than 5,000 people on Monday, officials said.\n";
//! let extractor = Extractor::default(); // compile the patterns once, reuse
//! let published: Date = "2025-03-05".parse()?;
//! let extraction = extractor.extract(text, Some(published));
//!
//! // Every mention has a byte span into the caller's text.
//! for s in &extraction.sentences {
//!     assert_eq!(&text[s.span.range()], s.text);
//! }
//! # Ok::<(), news_claims::Error>(())
//! ```
//!
//! # The pipeline
//!
//! 1. [`blocks`]: the scraper's lines, labelled headline, standfirst,
//!    paragraph or noise ("Also Read: ...", "Advertisement", bylines). Noise
//!    is kept in [`Extraction::blocks`] but never read further.
//! 2. Sentences ([`sentence_indices`], [`Segmenter`]): byte spans, with the
//!    abbreviations, initials, decimals and quotes news text is full of.
//! 3. Per-sentence extractors: quantities ([`Quantity`]), temporal
//!    expressions ([`Timex`]), actor mentions, attributions
//!    ([`Attribution`]), hedges ([`Hedge`]); quotes ([`Quote`]) may span
//!    sentences.
//! 4. The document pass: actor mentions merged into [`Actor`]s, dates
//!    resolved against the publication date, and [`Claim`]s assembled.
//!
//! # Spans
//!
//! A [`Span`] is a half-open byte range into the text passed to
//! [`Extractor::extract`], always on `char` boundaries, so `&text[span.range()]`
//! never panics and is the mention as written.
//!
//! # Features
//!
//! - `serde` (default): `Serialize` and `Deserialize` for every output type.
//! - `parallel`: [`Extractor::extract_batch`] runs on all cores (rayon);
//!   without it the batch runs on the calling thread, with the same results.
//! - `html`: read raw HTML pages (`html_to_text`, `Extractor::extract_html`)
//!   with the lol_html parser: scripts, navigation, share widgets and related
//!   boxes dropped, entities decoded, each block keeping its element's offset.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod actors;
mod attribution;
mod bytes;
mod calendar;
mod claims;
mod error;
pub mod eval;
mod extractor;
#[cfg(feature = "html")]
mod html;
mod input;
mod quantity;
mod quotes;
mod segment;
mod span;
#[doc(hidden)]
pub mod stages;
mod structure;
mod temporal;
mod text;

pub use crate::actors::{Actor, ActorKind, Mention};
pub use crate::attribution::{Attribution, Hedge};
pub use crate::calendar::Date;
pub use crate::claims::{
    Change, ChangeRole, Claim, ClaimActor, ClaimSource, EventClass, Evidence, Trend,
};
pub use crate::error::Error;
pub use crate::extractor::{Config, Extraction, Extractor, SCHEMA_VERSION};
#[cfg(feature = "html")]
pub use crate::html::{HtmlBlock, HtmlText, html_to_text};
pub use crate::input::{Decoded, decode_lossy};
pub use crate::quantity::{Bound, Event, Phrase, Quantity};
pub use crate::quotes::{Quote, QuoteKind};
pub use crate::segment::{
    Segmenter, SegmenterConfig, Sentence, SentenceIndices, Sentences, sentence_indices,
};
pub use crate::span::Span;
pub use crate::structure::{Block, BlockKind, Dateline, NoiseKind, blocks};
pub use crate::temporal::{Direction, Timex, TimexKind};
pub use crate::text::Text;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Compiles every pattern of every stage, so that a bad pattern fails at
/// construction (and in the test that calls this), never mid-extraction.
pub(crate) fn force_patterns() {
    actors::warm();
    attribution::warm();
    claims::warm();
    quantity::warm();
    quotes::warm();
    temporal::warm();
}

/// The article texts of the bench corpus (`benches/corpus/articles.jsonl`),
/// for tests that hold a shortcut to the plain code on real text; empty
/// if the file is missing (each test asserts it read some).
#[cfg(test)]
pub(crate) fn bench_corpus_texts() -> Vec<String> {
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/benches/corpus/articles.jsonl"
    ))
    .unwrap_or_default();
    corpus
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|v| v["text"].as_str().unwrap_or("").to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_pattern_compiles() {
        super::force_patterns();
    }

    #[test]
    fn extractor_is_send_sync() {
        fn check<T: Send + Sync + Clone + Default>() {}
        check::<super::Extractor>();
    }
}
