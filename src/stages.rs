//! Each stage of the pipeline on its own, for the per-stage benchmarks.
//!
//! Not part of the stable API (hidden from the docs): the stages' inputs are
//! internal types. [`Prepared`] does the structure and segmentation work
//! once, outside the timed loop; each function then runs one stage over
//! every sentence and returns how many items it found, so that a benchmark
//! can check its result.

use crate::extractor::{Laps, Stage};
use crate::segment::SentenceView;
use crate::structure::{self, BlockKind};
use crate::{Date, Segmenter, Span, actors, attribution, quantity, quotes, temporal};

/// An article split into blocks and sentences.
#[derive(Debug, Clone)]
pub struct Prepared<'t> {
    doc: &'t str,
    sentences: Vec<(Span, BlockKind)>,
    full: Vec<crate::Sentence>,
}

impl<'t> Prepared<'t> {
    /// Labels the blocks of `doc` and splits the content into sentences.
    pub fn new(doc: &'t str) -> Prepared<'t> {
        let mut sentences = Vec::new();
        let mut full = Vec::new();
        for (bi, b) in structure::blocks(doc).iter().enumerate() {
            if b.kind == BlockKind::Noise {
                continue;
            }
            for (off, s) in Segmenter::default().sentence_indices(b.span.as_str(doc)) {
                let span = Span::new(b.span.start + off, b.span.start + off + s.len());
                sentences.push((span, b.kind));
                full.push(crate::Sentence {
                    span,
                    block: bi,
                    text: s.into(),
                });
            }
        }
        Prepared {
            doc,
            sentences,
            full,
        }
    }

    fn views(&self) -> impl Iterator<Item = SentenceView<'t>> + '_ {
        self.sentences
            .iter()
            .enumerate()
            .map(|(index, &(span, block_kind))| SentenceView {
                doc: self.doc,
                span,
                index,
                block_kind,
            })
    }

    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// Whether there are no sentences.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }
}

/// The quantity extractor alone: how many quantities.
pub fn quantities(p: &Prepared<'_>) -> usize {
    let mut out = Vec::new();
    for v in p.views() {
        quantity::extract_into(&v, &mut out);
    }
    out.len()
}

/// The temporal extractor alone: how many temporal expressions.
pub fn dates(p: &Prepared<'_>, published: Option<Date>) -> usize {
    let mut resolver = temporal::Resolver::new(published, crate::Direction::Past);
    let mut out = Vec::new();
    for v in p.views() {
        resolver.extract_into(&v, &mut out);
    }
    out.len()
}

/// Actor mentions alone, before merging: how many.
pub fn actor_mentions(p: &Prepared<'_>) -> usize {
    let mut mentions = Vec::new();
    for v in p.views() {
        actors::mentions_into(&v, &mut mentions);
    }
    mentions.len()
}

/// Actor mentions merged into actors: how many actors.
pub fn actors(p: &Prepared<'_>) -> usize {
    let mut mentions = Vec::new();
    for v in p.views() {
        actors::mentions_into(&v, &mut mentions);
    }
    actors::merge(p.doc, mentions).len()
}

/// Attributions and hedges: how many.
pub fn attributions(p: &Prepared<'_>) -> usize {
    let (mut attributions, mut hedges) = (Vec::new(), Vec::new());
    for v in p.views() {
        attribution::read(&v, &mut attributions, &mut hedges);
    }
    attributions.len() + hedges.len()
}

/// Quotes alone, the quote pass looking up the attributions it needs
/// itself (the pipeline hands it the attribution pass's; see
/// [`actors_attributions_quotes`]): how many.
pub fn quotes(p: &Prepared<'_>) -> usize {
    quotes::extract(p.doc, &p.full).len()
}

/// Actor mentions and their merging, attributions, hedges and quotes, as
/// the pipeline runs them (the quote pass reads what the attribution pass
/// noted for it): how many actors, attributions and quotes.
pub fn actors_attributions_quotes(p: &Prepared<'_>) -> usize {
    let mut mentions = Vec::new();
    let (mut attributions, mut hedges) = (Vec::new(), Vec::new());
    let mut extra = attribution::Extra::default();
    for v in p.views() {
        mentions.extend(actors::mentions(&v));
        attribution::read_noting(&v, &mut attributions, &mut hedges, Some(&mut extra));
    }
    let quotes = quotes::extract_seen(p.doc, &p.full, Some((&attributions, &extra))).len();
    attributions.len() + hedges.len() + actors::merge(p.doc, mentions).len() + quotes
}

/// The parts of the pipeline that [`extract_timed`] times, in the order
/// they run.
pub const STAGE_NAMES: [&str; 8] = [
    "structure and sentences",
    "quantities",
    "dates",
    "actor mentions",
    "attributions and hedges",
    "actor merge",
    "currencies, quotes, links",
    "claims",
];

/// [`Extractor::extract`](crate::Extractor::extract), adding the wall time
/// of each part of the pipeline (in the order of [`STAGE_NAMES`]) to
/// `times`: how the stages share the time when they run one after another
/// on each article, as they do in use, which the benchmarks of a stage
/// alone cannot tell (alone, a stage finds its code and the branch
/// predictor's state left by itself). The cleaning of the input and the
/// mapping of spans back count in the first part and the last.
///
/// ```
/// use news_claims::{Extractor, stages};
///
/// let mut times = [std::time::Duration::ZERO; stages::STAGE_NAMES.len()];
/// let ex = stages::extract_timed(&Extractor::default(), "Police detained 2,400 people.", None, &mut times);
/// assert_eq!(ex.quantities.len(), 1);
/// assert!(times.iter().sum::<std::time::Duration>() > std::time::Duration::ZERO);
/// ```
pub fn extract_timed(
    extractor: &crate::Extractor,
    text: &str,
    published: Option<Date>,
    times: &mut [std::time::Duration; STAGE_NAMES.len()],
) -> crate::Extraction {
    let mut timer = Timer {
        last: std::time::Instant::now(),
        times,
    };
    let ex = extractor.extract_with(text, published, &mut timer);
    // The span mapping after the claims (when the text was cleaned).
    timer.lap(Stage::Claims);
    ex
}

/// Adds the time since the last lap to the stage that ended.
struct Timer<'a> {
    last: std::time::Instant,
    times: &'a mut [std::time::Duration; STAGE_NAMES.len()],
}

impl Laps for Timer<'_> {
    fn lap(&mut self, stage: Stage) {
        let now = std::time::Instant::now();
        if let Some(t) = self.times.get_mut(stage as usize) {
            *t += now - self.last;
        }
        self.last = now;
    }
}
