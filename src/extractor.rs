//! The pipeline: structure, sentences, per-sentence extractors, document pass.

use crate::actors::{self, Actor};
use crate::attribution::{self, Attribution, Hedge};
use crate::claims::{self, Claim};
use crate::quantity::{self, Quantity};
use crate::quotes::{self, Quote};
use crate::segment::{Segmenter, SegmenterConfig, Sentence, SentenceView};
use crate::structure::{self, Block, BlockKind, Dateline};
use crate::temporal::{Direction, Resolver, Timex};
use crate::{Date, Decoded, Error, Span};

/// Version of the output schema; bumped whenever a field of [`Extraction`]
/// or its parts changes meaning or is removed.
pub const SCHEMA_VERSION: u32 = 1;

/// Extractor options. Plain data with `const` setters, so a configuration can
/// live in a `const` or `static`.
///
/// ```
/// use news_claims::{Config, Direction, Extractor};
///
/// const CONFIG: Config = Config::new().direction(Direction::Future).max_input_bytes(1 << 20);
/// let extractor = Extractor::new(CONFIG)?;
/// # Ok::<(), news_claims::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    direction: Direction,
    max_input_bytes: usize,
    segmenter: SegmenterConfig,
}

impl Config {
    /// The defaults: ambiguous dates resolve to the past, inputs up to 8 MiB.
    pub const fn new() -> Config {
        Config {
            direction: Direction::Past,
            max_input_bytes: 8 << 20,
            segmenter: SegmenterConfig::new(),
        }
    }

    /// Which way ambiguous dates ("on Monday") resolve when the sentence's
    /// tense does not say.
    pub const fn direction(mut self, direction: Direction) -> Config {
        self.direction = direction;
        self
    }

    /// The largest input read; the rest is cut at a line or char boundary
    /// and reported in [`Extraction::truncated_at`]. Must be at least 1.
    pub const fn max_input_bytes(mut self, bytes: usize) -> Config {
        self.max_input_bytes = bytes;
        self
    }

    /// Options for the sentence segmenter.
    pub const fn segmenter(mut self, segmenter: SegmenterConfig) -> Config {
        self.segmenter = segmenter;
        self
    }
}

impl Default for Config {
    fn default() -> Config {
        Config::new()
    }
}

/// Everything found in one article. Every mention carries a [`Span`]
/// into the text given to [`Extractor::extract`] and the index of its
/// sentence; lists are in text order (actors by first mention).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Extraction {
    /// [`SCHEMA_VERSION`] of the crate that made it.
    pub schema_version: u32,
    /// The publication date given, if any.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub published: Option<Date>,
    /// Where the input was cut because it exceeded
    /// [`Config::max_input_bytes`]; nothing past it was read.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub truncated_at: Option<usize>,
    /// The article's lines, labelled; noise lines included.
    pub blocks: Vec<Block>,
    /// Datelines opening paragraphs.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub datelines: Vec<Dateline>,
    /// Sentences of the content blocks.
    pub sentences: Vec<Sentence>,
    /// Quantity mentions.
    pub quantities: Vec<Quantity>,
    /// Temporal expressions.
    pub dates: Vec<Timex>,
    /// Actors, each with its mentions.
    pub actors: Vec<Actor>,
    /// Attributions.
    pub attributions: Vec<Attribution>,
    /// Hedge words.
    pub hedges: Vec<Hedge>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Claims assembled from the above.
    pub claims: Vec<Claim>,
}

/// The pieces of an extraction before the claims are assembled.
pub(crate) struct Parts<'t> {
    pub doc: &'t str,
    pub blocks: &'t [Block],
    pub datelines: &'t [Dateline],
    pub sentences: &'t [Sentence],
    pub quantities: &'t [Quantity],
    pub dates: &'t [Timex],
    pub actors: &'t [Actor],
    pub attributions: &'t [Attribution],
    pub hedges: &'t [Hedge],
    pub quotes: &'t [Quote],
}

/// The extraction pipeline. Build it once and share it: it is cheap to
/// clone, `Send + Sync`, and holds no per-article state.
///
/// ```
/// use news_claims::{Date, Extractor};
///
/// let extractor = Extractor::default();
/// let text = "Storm Kills 12 in Coastal Towns\nThe storm killed 12 people on Monday, officials said.\n";
/// let published: Date = "2025-03-05".parse()?;
/// let extraction = extractor.extract(text, Some(published));
/// assert_eq!(extraction.sentences.len(), 2);
/// for s in &extraction.sentences {
///     assert_eq!(&text[s.span.range()], s.text);
/// }
/// # Ok::<(), news_claims::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    config: Config,
}

impl Extractor {
    /// An extractor with these options.
    pub fn new(config: Config) -> Result<Extractor, Error> {
        if config.max_input_bytes == 0 {
            return Err(Error::invalid_config(
                "max_input_bytes must be at least 1".to_string(),
            ));
        }
        crate::force_patterns();
        Ok(Extractor { config })
    }

    /// The options in use.
    ///
    /// ```
    /// assert_eq!(*news_claims::Extractor::default().config(), news_claims::Config::new());
    /// ```
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Extracts everything from one article. `published` anchors relative
    /// dates ("last year"); without it they keep an unresolved value.
    ///
    /// Never panics and never fails; text with nothing in it gives empty
    /// lists.
    pub fn extract(&self, text: &str, published: Option<Date>) -> Extraction {
        self.extract_with(text, published, &mut NoLaps)
    }

    /// [`Extractor::extract`], telling `laps` as each stage ends.
    pub(crate) fn extract_with<L: Laps>(
        &self,
        text: &str,
        published: Option<Date>,
        laps: &mut L,
    ) -> Extraction {
        let (text, truncated_at) = self.cut(text);
        // Character references and invisible formatting characters left in
        // the text are cleaned away for the extractors; spans are mapped
        // back to the caller's text afterwards.
        let mut extraction = match crate::input::normalize(text) {
            None => self.run_with(text, published, laps),
            Some(clean) => {
                let mut ex = self.run_with(&clean.text, published, laps);
                remap(&mut ex, text, &clean);
                ex
            }
        };
        extraction.truncated_at = truncated_at;
        extraction
    }

    /// The pipeline proper, on text already cut and cleaned, telling
    /// `laps` as each stage ends (a no-op for [`NoLaps`], which the
    /// compiler removes; timers for [`crate::stages::extract_timed`]).
    fn run_with<L: Laps>(&self, text: &str, published: Option<Date>, laps: &mut L) -> Extraction {
        let truncated_at = None;
        let blocks = structure::blocks(text);
        let segmenter = Segmenter::new(self.config.segmenter);

        let mut datelines = Vec::new();
        // News sentences run to about 100-150 bytes: sized from the text,
        // the list seldom grows (and a short article wastes little).
        let mut sentences = Vec::with_capacity(text.len() / 128 + 4);
        for (bi, block) in blocks.iter().enumerate() {
            if block.kind == BlockKind::Noise {
                continue;
            }
            if let Some(d) = structure::dateline(text, block, bi) {
                datelines.push(d);
            }
            let body = block.span.as_str(text);
            for (off, s) in segmenter.sentence_indices(body) {
                let start = block.span.start + off;
                let span = Span::new(start, start + s.len());
                sentences.push(Sentence {
                    span,
                    block: bi,
                    text: s.into(),
                });
            }
        }

        // Sized from the text like the sentences: wire copy holds a
        // quantity every 100-300 bytes, a date or an attribution every
        // 200-400, an actor mention every 50-150. A list that starts
        // empty is copied on each doubling (four or five times for an
        // article); one that starts near its size seldom is, and a short
        // article wastes little.
        laps.lap(Stage::Sentences);
        let mut quantities = Vec::with_capacity(text.len() / 192 + 4);
        let mut dates = Vec::with_capacity(text.len() / 320 + 2);
        let mut mentions = Vec::with_capacity(text.len() / 96 + 4);
        let mut attributions = Vec::with_capacity(text.len() / 320 + 2);
        let mut hedges = Vec::new();
        let mut resolver = Resolver::new(published, self.config.direction);
        let views = || {
            sentences.iter().enumerate().map(|(index, s)| SentenceView {
                doc: text,
                span: s.span,
                index,
                block_kind: blocks[s.block].kind,
            })
        };
        // One stage over every sentence, then the next: each stage's code
        // and tables stay in the cache for the whole article, where taking
        // a sentence through all four stages in turn evicted them every
        // sentence (the stages are independent; each sees the sentences
        // in order).
        views().for_each(|v| quantity::extract_into(&v, &mut quantities));
        laps.lap(Stage::Quantities);
        views().for_each(|v| resolver.extract_into(&v, &mut dates));
        laps.lap(Stage::Dates);
        views().for_each(|v| actors::mentions_into(&v, &mut mentions));
        laps.lap(Stage::ActorMentions);
        // What the quote pass needs beyond the attributions, noted here.
        let mut extra = attribution::Extra::default();
        views().for_each(|v| {
            attribution::read_noting(&v, &mut attributions, &mut hedges, Some(&mut extra));
        });
        laps.lap(Stage::Attributions);
        let actors = actors::merge(text, mentions);
        laps.lap(Stage::ActorMerge);
        quantity::localise_currencies(text, &mut quantities);
        let mut quotes = quotes::extract_seen(text, &sentences, Some((&attributions, &extra)));
        link_actors(&actors, &mut attributions, &mut quotes);
        laps.lap(Stage::Quotes);

        let claims = claims::assemble(&Parts {
            doc: text,
            blocks: &blocks,
            datelines: &datelines,
            sentences: &sentences,
            quantities: &quantities,
            dates: &dates,
            actors: &actors,
            attributions: &attributions,
            hedges: &hedges,
            quotes: &quotes,
        });
        laps.lap(Stage::Claims);
        Extraction {
            schema_version: SCHEMA_VERSION,
            published,
            truncated_at,
            blocks,
            datelines,
            sentences,
            quantities,
            dates,
            actors,
            attributions,
            hedges,
            quotes,
            claims,
        }
    }

    /// Extracts from bytes that may not be valid UTF-8: they are decoded with
    /// [`decode_lossy`](crate::decode_lossy) first, and the spans of the
    /// extraction index the decoded text returned with it.
    ///
    /// ```
    /// let (decoded, ex) = news_claims::Extractor::default().extract_bytes(b"Prices \xFFrose.\n", None);
    /// assert_eq!(decoded.replacements.len(), 1);
    /// assert_eq!(ex.sentences[0].text, decoded.text.trim());
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8], published: Option<Date>) -> (Decoded, Extraction) {
        let decoded = crate::input::decode_lossy(bytes);
        let extraction = self.extract(&decoded.text, published);
        (decoded, extraction)
    }

    /// Extracts from a raw HTML page (the `html` feature): the page's
    /// article text is read with [`html_to_text`](crate::html_to_text), and
    /// the spans of the extraction index that text, returned with it.
    ///
    /// ```
    /// let page = "<h1>Police Detain 40</h1><div class=share>Share</div><p>Police detained 40 people.</p>";
    /// let (doc, ex) = news_claims::Extractor::default().extract_html(page, None);
    /// assert_eq!(doc.text, "Police Detain 40\nPolice detained 40 people.");
    /// assert_eq!(ex.sentences.len(), 2);
    /// ```
    #[cfg(feature = "html")]
    pub fn extract_html(
        &self,
        html: &str,
        published: Option<Date>,
    ) -> (crate::HtmlText, Extraction) {
        let doc = crate::html::html_to_text(html);
        let extraction = self.extract(&doc.text, published);
        (doc, extraction)
    }

    /// Extracts from many articles, each with its publication date; the
    /// results come in input order. With the `parallel` feature the articles
    /// are spread over all cores (rayon's global pool); without it they are
    /// done one after another on the calling thread.
    ///
    /// ```
    /// let extractor = news_claims::Extractor::default();
    /// let articles = [("Storm Kills 12\n", None), ("Police Detain 40 Protesters\n", None)];
    /// let results = extractor.extract_batch(&articles);
    /// assert_eq!(results.len(), 2);
    /// assert_eq!(results[1].sentences[0].text, "Police Detain 40 Protesters");
    /// ```
    pub fn extract_batch<T>(&self, articles: &[(T, Option<Date>)]) -> Vec<Extraction>
    where
        T: AsRef<str> + Sync,
    {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            articles
                .par_iter()
                .map(|(text, published)| self.extract(text.as_ref(), *published))
                .collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            articles
                .iter()
                .map(|(text, published)| self.extract(text.as_ref(), *published))
                .collect()
        }
    }

    /// Cuts `text` to the configured maximum, at a line break if one is near,
    /// else at a char boundary.
    fn cut<'t>(&self, text: &'t str) -> (&'t str, Option<usize>) {
        let max = self.config.max_input_bytes;
        if text.len() <= max {
            return (text, None);
        }
        let mut end = max;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        if let Some(nl) = text[..end].rfind('\n') {
            if nl > 0 && end - nl < 4096 {
                end = nl;
            }
        }
        (&text[..end], Some(end))
    }
}

/// Moves every span of `ex` from the cleaned text to the caller's `original`
/// text, and re-reads each surface from it.
fn remap(ex: &mut Extraction, original: &str, clean: &crate::input::Normalized) {
    let map = |s: &mut Span| {
        let start = clean.start(s.start);
        *s = Span::new(start, clean.end(s.end).max(start));
    };
    let surface = |s: Span| crate::Text::new(s.as_str(original));
    for b in &mut ex.blocks {
        map(&mut b.span);
    }
    for d in &mut ex.datelines {
        map(&mut d.span);
        map(&mut d.place);
        if let Some(s) = d.date.as_mut() {
            map(s);
        }
        if let Some(s) = d.agency.as_mut() {
            map(s);
        }
    }
    for s in &mut ex.sentences {
        map(&mut s.span);
        s.text = surface(s.span);
    }
    let mention = |m: &mut crate::Mention| {
        map(&mut m.span);
        m.text = surface(m.span);
    };
    for q in &mut ex.quantities {
        map(&mut q.span);
        q.text = surface(q.span);
        if let Some(o) = q.object.as_mut() {
            map(&mut o.span);
            o.text = surface(o.span);
        }
        if let Some(e) = q.event.as_mut() {
            map(&mut e.span);
        }
    }
    for d in &mut ex.dates {
        map(&mut d.span);
        d.text = surface(d.span);
    }
    for a in &mut ex.actors {
        a.mentions.iter_mut().for_each(mention);
    }
    for a in &mut ex.attributions {
        mention(&mut a.source);
        map(&mut a.cue_span);
    }
    for h in &mut ex.hedges {
        map(&mut h.span);
    }
    for q in &mut ex.quotes {
        map(&mut q.span);
        q.text = surface(q.span);
        if let Some(s) = q.speaker.as_mut() {
            mention(s);
        }
    }
    let sources: Vec<crate::Text> = ex
        .attributions
        .iter()
        .map(|a| a.source.text.clone())
        .collect();
    for c in &mut ex.claims {
        let source_text = |s: &mut crate::ClaimSource| {
            if let Some(t) = s.attribution.and_then(|i| sources.get(i)) {
                s.text.clone_from(t);
            }
        };
        if let Some(s) = c.source.as_mut() {
            source_text(s);
        }
        if let Some(a) = c.actor.as_mut() {
            map(&mut a.span);
            a.text = surface(a.span);
        }
        for e in &mut c.evidence {
            map(&mut e.span);
            if let Some(s) = e.source.as_mut() {
                source_text(s);
            }
            if let Some(a) = e.actor.as_mut() {
                map(&mut a.span);
                a.text = surface(a.span);
            }
        }
    }
}

/// Points attribution sources and quote speakers at the actor that has a
/// mention overlapping them: a binary search over all mentions sorted by
/// position, so that linking stays linear however many mentions there are.
fn link_actors(actors: &[Actor], attributions: &mut [Attribution], quotes: &mut [Quote]) {
    // Sized first: a `flat_map` tells `collect` no length, so the list
    // would be copied at each doubling.
    let mut mentions: Vec<(Span, usize)> =
        Vec::with_capacity(actors.iter().map(|a| a.mentions.len()).sum());
    for (ai, a) in actors.iter().enumerate() {
        mentions.extend(a.mentions.iter().map(|m| (m.span, ai)));
    }
    mentions.sort_unstable();
    // Mentions do not nest, so the few starting just before the span's end
    // are the only candidates.
    let find = |span: Span| {
        let upto = mentions.partition_point(|(m, _)| m.start < span.end);
        mentions[..upto]
            .iter()
            .rev()
            .take(8)
            .filter(|(m, _)| m.overlaps(span))
            .map(|(_, a)| *a)
            .min()
    };
    for a in attributions {
        a.actor = find(a.source.span);
    }
    for q in quotes {
        q.actor = q.speaker.as_ref().and_then(|s| find(s.span));
    }
}

/// The parts of [`Extractor::run_with`], in the order they run, as
/// [`Laps::lap`] names them when each ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stage {
    /// Blocks, datelines and sentence segmentation.
    Sentences,
    /// Quantities, sentence by sentence.
    Quantities,
    /// Temporal expressions, sentence by sentence.
    Dates,
    /// Actor mentions, sentence by sentence.
    ActorMentions,
    /// Attributions and hedges, sentence by sentence.
    Attributions,
    /// Actor mentions merged into actors.
    ActorMerge,
    /// Currency localisation, quotes, and actors linked to attributions
    /// and quotes.
    Quotes,
    /// Claims assembled.
    Claims,
}

/// Told by [`Extractor::run_with`] as each [`Stage`] ends.
pub(crate) trait Laps {
    /// `stage` has just ended.
    fn lap(&mut self, stage: Stage);
}

/// Laps that do nothing: the pipeline as it always runs.
pub(crate) struct NoLaps;

impl Laps for NoLaps {
    #[inline(always)]
    fn lap(&mut self, _: Stage) {}
}
