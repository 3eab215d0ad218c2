//! The scorer's own form of what a pipeline predicted.

use crate::{ActorKind, Bound, Extraction, Span};

/// What a pipeline predicted for one article, in the plain form the scorer
/// reads. [`Predictions::from`] builds it from an [`Extraction`]; tests and
/// other pipelines can build it by hand.
///
/// Every item carries the span it was found at, so the scorer can tell
/// predictions inside boilerplate lines and prefer the gold mention at the
/// same place.
///
/// ```
/// use news_claims::{Extractor, Span};
/// use news_claims::eval::{PredictedCount, Predictions};
///
/// let text = "Storm Kills 12\n";
/// let from_pipeline = Predictions::from(&Extractor::default().extract(text, None));
/// assert_eq!(from_pipeline.sentences.len(), 1);
///
/// let mut by_hand = Predictions::default();
/// by_hand.counts.push(PredictedCount::new(Span::new(12, 14), "12", 12.0));
/// assert_eq!(by_hand.counts[0].value, 12.0);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Predictions {
    /// Sentences.
    pub sentences: Vec<PredictedSentence>,
    /// Quantities.
    pub counts: Vec<PredictedCount>,
    /// Temporal expressions.
    pub dates: Vec<PredictedDate>,
    /// Actors, one per entity.
    pub actors: Vec<PredictedActor>,
    /// Attributions.
    pub attributions: Vec<PredictedAttribution>,
    /// Quotes.
    pub quotes: Vec<PredictedQuote>,
}

/// A predicted sentence.
///
/// ```
/// let s = news_claims::eval::PredictedSentence::new(news_claims::Span::new(0, 3), "Hi.");
/// assert_eq!(s.text, "Hi.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct PredictedSentence {
    /// Where it is.
    pub span: Span,
    /// The sentence.
    pub text: String,
}

impl PredictedSentence {
    /// A sentence at `span`.
    pub fn new(span: Span, text: impl Into<String>) -> PredictedSentence {
        PredictedSentence {
            span,
            text: text.into(),
        }
    }
}

/// A predicted quantity, with the fields of the claim it is evidence for.
///
/// ```
/// use news_claims::{Bound, Span};
/// let mut c = news_claims::eval::PredictedCount::new(Span::new(0, 2), "88", 88.0);
/// c.bound = Bound::Exact;
/// c.hedged = Some(false);
/// assert_eq!(c.object, None);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct PredictedCount {
    /// Where it is.
    pub span: Span,
    /// The expression as written.
    pub text: String,
    /// The number; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    pub high: Option<f64>,
    /// How the text bounds it.
    pub bound: Bound,
    /// Its unit.
    pub unit: Option<String>,
    /// What is counted.
    pub object: Option<String>,
    /// The governing event's lemma.
    pub event: Option<String>,
    /// Who performed the event (from the claim it is evidence for).
    pub actor: Option<String>,
    /// Who the claim is attributed to (from the claim it is evidence for).
    pub source: Option<String>,
    /// Whether its claim is hedged; `None` when no claim cites it (scored as
    /// wrong).
    pub hedged: Option<bool>,
}

impl PredictedCount {
    /// An exact count with no other field set.
    pub fn new(span: Span, text: impl Into<String>, value: f64) -> PredictedCount {
        PredictedCount {
            span,
            text: text.into(),
            value,
            ..PredictedCount::default()
        }
    }
}

/// A predicted temporal expression.
///
/// ```
/// use news_claims::Span;
/// let d = news_claims::eval::PredictedDate::new(Span::new(0, 9), "July 2024", Some("2024-07"));
/// assert_eq!(d.from, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct PredictedDate {
    /// Where it is.
    pub span: Span,
    /// The expression as written.
    pub text: String,
    /// Its normalised value.
    pub value: Option<String>,
    /// For an interval, its start.
    pub from: Option<String>,
    /// For an interval, its end.
    pub to: Option<String>,
}

impl PredictedDate {
    /// A date mention with a value or none.
    pub fn new(span: Span, text: impl Into<String>, value: Option<&str>) -> PredictedDate {
        PredictedDate {
            span,
            text: text.into(),
            value: value.map(str::to_string),
            from: None,
            to: None,
        }
    }
}

/// A predicted actor: one entity with all its surface forms.
///
/// ```
/// use news_claims::{ActorKind, Span};
/// let a = news_claims::eval::PredictedActor::new("Maduro", ActorKind::Person, vec![Span::new(0, 6)]);
/// assert_eq!(a.surfaces, ["Maduro"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PredictedActor {
    /// Its name.
    pub name: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Every form it is given: name, aliases and mention texts.
    pub surfaces: Vec<String>,
    /// Where it is mentioned.
    pub spans: Vec<Span>,
}

impl PredictedActor {
    /// An actor whose only surface form is its name.
    pub fn new(name: impl Into<String>, kind: ActorKind, spans: Vec<Span>) -> PredictedActor {
        let name = name.into();
        PredictedActor {
            surfaces: vec![name.clone()],
            name,
            kind,
            spans,
        }
    }
}

/// A predicted attribution.
///
/// ```
/// use news_claims::Span;
/// let a = news_claims::eval::PredictedAttribution::new(Span::new(0, 9), "Officials", "say");
/// assert_eq!(a.cue, "say");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct PredictedAttribution {
    /// Where its source is.
    pub span: Span,
    /// Who says it.
    pub source: String,
    /// The cue lemma.
    pub cue: String,
}

impl PredictedAttribution {
    /// An attribution whose source is at `span`.
    pub fn new(
        span: Span,
        source: impl Into<String>,
        cue: impl Into<String>,
    ) -> PredictedAttribution {
        PredictedAttribution {
            span,
            source: source.into(),
            cue: cue.into(),
        }
    }
}

/// A predicted quote.
///
/// ```
/// use news_claims::Span;
/// let q = news_claims::eval::PredictedQuote::new(Span::new(1, 4), "Yes", None);
/// assert_eq!(q.speaker, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct PredictedQuote {
    /// Where it is.
    pub span: Span,
    /// The quoted words.
    pub text: String,
    /// Who said it.
    pub speaker: Option<String>,
}

impl PredictedQuote {
    /// A quote at `span`.
    pub fn new(span: Span, text: impl Into<String>, speaker: Option<&str>) -> PredictedQuote {
        PredictedQuote {
            span,
            text: text.into(),
            speaker: speaker.map(str::to_string),
        }
    }
}

impl From<&Extraction> for Predictions {
    /// Reads the pipeline's output. Each quantity takes the actor, source
    /// and hedging that its own sentence gives it: those of the claim
    /// evidence that cites it (a merged claim's own fields may come from
    /// another statement of the fact).
    fn from(x: &Extraction) -> Predictions {
        let mut evidence_of: Vec<Option<&crate::Evidence>> = vec![None; x.quantities.len()];
        for claim in &x.claims {
            for e in &claim.evidence {
                if let Some(slot) = evidence_of.get_mut(e.quantity) {
                    slot.get_or_insert(e);
                }
            }
        }
        let counts = x
            .quantities
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let e = evidence_of[i];
                PredictedCount {
                    span: q.span,
                    text: q.text.to_string(),
                    value: q.value,
                    high: q.high,
                    bound: q.bound,
                    unit: q.unit.as_deref().map(str::to_string),
                    object: q.object.as_ref().map(|o| o.text.to_string()),
                    event: q.event.as_ref().map(|e| e.lemma.to_string()),
                    actor: e.and_then(|e| e.actor.as_ref()).map(|a| a.text.to_string()),
                    source: e
                        .and_then(|e| e.source.as_ref())
                        .map(|s| s.text.to_string()),
                    hedged: e.map(|e| e.hedged),
                }
            })
            .collect();
        Predictions {
            sentences: x
                .sentences
                .iter()
                .map(|s| PredictedSentence::new(s.span, s.text.clone()))
                .collect(),
            counts,
            dates: x
                .dates
                .iter()
                .map(|d| PredictedDate {
                    span: d.span,
                    text: d.text.to_string(),
                    value: d.value.as_deref().map(str::to_string),
                    from: d.from.as_deref().map(str::to_string),
                    to: d.to.as_deref().map(str::to_string),
                })
                .collect(),
            actors: x
                .actors
                .iter()
                .map(|a| {
                    let mut surfaces = vec![a.name.to_string()];
                    surfaces.extend(a.aliases.iter().map(|t| t.to_string()));
                    surfaces.extend(a.mentions.iter().map(|m| m.text.to_string()));
                    surfaces.sort();
                    surfaces.dedup();
                    PredictedActor {
                        name: a.name.to_string(),
                        kind: a.kind,
                        surfaces,
                        spans: a.mentions.iter().map(|m| m.span).collect(),
                    }
                })
                .collect(),
            attributions: x
                .attributions
                .iter()
                .map(|a| {
                    PredictedAttribution::new(a.source.span, a.source.text.clone(), a.cue.clone())
                })
                .collect(),
            quotes: x
                .quotes
                .iter()
                .map(|q| PredictedQuote {
                    span: q.span,
                    text: q.text.to_string(),
                    speaker: q.speaker.as_ref().map(|s| s.text.to_string()),
                })
                .collect(),
        }
    }
}
