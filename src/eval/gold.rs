//! Gold annotations, as `FORMAT.md` describes them.

use crate::{ActorKind, Bound, Date};

/// One gold-annotated article (one JSON file of the evaluation sets).
///
/// With the `serde` feature it deserialises from the JSON format of
/// `FORMAT.md`; missing lists are empty and unknown keys are ignored.
///
/// ```
/// use news_claims::eval::{GoldArticle, GoldCount};
///
/// let mut gold = GoldArticle::new("storm", "Storm Kills 12\nThe storm killed 12 people.\n");
/// gold.counts.push(GoldCount::new("12", 12.0));
/// assert_eq!(gold.counts[0].value, 12.0);
/// assert!(!gold.counts[0].optional);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GoldArticle {
    /// A short slug naming the article.
    #[cfg_attr(feature = "serde", serde(default))]
    pub id: String,
    /// The publication date as written in the file (`"2025-12-28"`); see
    /// [`GoldArticle::published_date`].
    #[cfg_attr(feature = "serde", serde(default))]
    pub published: Option<String>,
    /// The article exactly as a scraper hands it over.
    pub text: String,
    /// Whole lines of `text` that are scraper noise.
    #[cfg_attr(feature = "serde", serde(default))]
    pub boilerplate: Vec<String>,
    /// The content sentences, in order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub sentences: Vec<GoldSentence>,
    /// Quantity mentions, in text order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub counts: Vec<GoldCount>,
    /// Temporal expressions, in text order.
    #[cfg_attr(feature = "serde", serde(default))]
    pub dates: Vec<GoldDate>,
    /// Actors, one per entity.
    #[cfg_attr(feature = "serde", serde(default))]
    pub actors: Vec<GoldActor>,
    /// Attributions.
    #[cfg_attr(feature = "serde", serde(default))]
    pub attributions: Vec<GoldAttribution>,
    /// Quotes.
    #[cfg_attr(feature = "serde", serde(default))]
    pub quotes: Vec<GoldQuote>,
}

impl GoldArticle {
    /// An article with no annotations yet.
    ///
    /// ```
    /// let gold = news_claims::eval::GoldArticle::new("a", "Headline\n");
    /// assert!(gold.sentences.is_empty());
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> GoldArticle {
        GoldArticle {
            id: id.into(),
            text: text.into(),
            ..GoldArticle::default()
        }
    }

    /// The publication date, parsed; `None` when absent or not a
    /// `YYYY-MM-DD` date.
    ///
    /// ```
    /// let mut gold = news_claims::eval::GoldArticle::new("a", "Headline\n");
    /// gold.published = Some("2025-12-28".to_string());
    /// assert_eq!(gold.published_date().map(|d| d.day()), Some(28));
    /// ```
    pub fn published_date(&self) -> Option<Date> {
        self.published.as_deref()?.trim().parse().ok()
    }
}

/// A gold sentence. In the JSON files a plain string; an object
/// `{"text": ..., "optional": true}` is read too.
///
/// ```
/// let s = news_claims::eval::GoldSentence::new("Headline");
/// assert_eq!(s.text, "Headline");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "SentenceRepr"))]
#[non_exhaustive]
pub struct GoldSentence {
    /// The sentence as in `text`, trimmed.
    pub text: String,
    /// Not required; a prediction matching it is not a false positive.
    pub optional: bool,
}

impl GoldSentence {
    /// A required sentence.
    ///
    /// ```
    /// assert!(!news_claims::eval::GoldSentence::new("Hi.").optional);
    /// ```
    pub fn new(text: impl Into<String>) -> GoldSentence {
        GoldSentence {
            text: text.into(),
            optional: false,
        }
    }
}

/// How a gold sentence may be written in the JSON files.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum SentenceRepr {
    Plain(String),
    Item {
        text: String,
        #[serde(default)]
        optional: bool,
    },
}

#[cfg(feature = "serde")]
impl From<SentenceRepr> for GoldSentence {
    fn from(r: SentenceRepr) -> GoldSentence {
        match r {
            SentenceRepr::Plain(text) => GoldSentence {
                text,
                optional: false,
            },
            SentenceRepr::Item { text, optional } => GoldSentence { text, optional },
        }
    }
}

/// A gold quantity mention.
///
/// ```
/// use news_claims::Bound;
/// use news_claims::eval::GoldCount;
///
/// let mut c = GoldCount::new("more than 2,400", 2400.0);
/// c.bound = Bound::Lower;
/// c.object = Some("protesters".to_string());
/// assert_eq!(c.high, None);
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GoldCount {
    /// The expression as written, qualifier included.
    #[cfg_attr(feature = "serde", serde(default))]
    pub text: String,
    /// The number, scale applied; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    #[cfg_attr(feature = "serde", serde(default))]
    pub high: Option<f64>,
    /// How the text bounds it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub bound: Bound,
    /// `None` for a plain count, else `"%"`, an ISO 4217 code or a symbol.
    #[cfg_attr(feature = "serde", serde(default))]
    pub unit: Option<String>,
    /// What is counted.
    #[cfg_attr(feature = "serde", serde(default))]
    pub object: Option<String>,
    /// The governing verb's lemma.
    #[cfg_attr(feature = "serde", serde(default))]
    pub event: Option<String>,
    /// Who performed the event.
    #[cfg_attr(feature = "serde", serde(default))]
    pub actor: Option<String>,
    /// Who the claim is attributed to.
    #[cfg_attr(feature = "serde", serde(default))]
    pub source: Option<String>,
    /// Whether the sentence marks the claim as uncertain.
    #[cfg_attr(feature = "serde", serde(default))]
    pub hedged: bool,
    /// Not required; a prediction matching it is not a false positive.
    #[cfg_attr(feature = "serde", serde(default))]
    pub optional: bool,
}

impl GoldCount {
    /// An exact, required count with no other field set.
    ///
    /// ```
    /// let c = news_claims::eval::GoldCount::new("88", 88.0);
    /// assert_eq!(c.bound, news_claims::Bound::Exact);
    /// ```
    pub fn new(text: impl Into<String>, value: f64) -> GoldCount {
        GoldCount {
            text: text.into(),
            value,
            ..GoldCount::default()
        }
    }
}

/// A gold temporal expression.
///
/// ```
/// let d = news_claims::eval::GoldDate::new("July 2024", Some("2024-07"));
/// assert_eq!(d.value.as_deref(), Some("2024-07"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GoldDate {
    /// The expression as written.
    pub text: String,
    /// The TIMEX3-style value; `None` when too vague to place, or for an
    /// interval.
    #[cfg_attr(feature = "serde", serde(default))]
    pub value: Option<String>,
    /// For an interval, its start.
    #[cfg_attr(feature = "serde", serde(default))]
    pub from: Option<String>,
    /// For an interval, its end.
    #[cfg_attr(feature = "serde", serde(default))]
    pub to: Option<String>,
    /// Not required; a prediction matching it is not a false positive.
    #[cfg_attr(feature = "serde", serde(default))]
    pub optional: bool,
}

impl GoldDate {
    /// A required date mention.
    ///
    /// ```
    /// assert_eq!(news_claims::eval::GoldDate::new("recently", None).value, None);
    /// ```
    pub fn new(text: impl Into<String>, value: Option<&str>) -> GoldDate {
        GoldDate {
            text: text.into(),
            value: value.map(str::to_string),
            ..GoldDate::default()
        }
    }
}

/// A gold actor: one per entity.
///
/// ```
/// use news_claims::ActorKind;
/// use news_claims::eval::GoldActor;
///
/// let mut a = GoldActor::new("Nicolás Maduro", ActorKind::Person);
/// a.aliases.push("Maduro".to_string());
/// assert_eq!(a.aliases.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GoldActor {
    /// The fullest form in the text.
    pub name: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// The other forms used for it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub aliases: Vec<String>,
    /// A title or role given to it (not scored).
    #[cfg_attr(feature = "serde", serde(default))]
    pub title: Option<String>,
    /// Not required; a prediction matching it is not a false positive.
    #[cfg_attr(feature = "serde", serde(default))]
    pub optional: bool,
}

impl GoldActor {
    /// A required actor with no alias.
    ///
    /// ```
    /// use news_claims::{ActorKind, eval::GoldActor};
    /// assert!(GoldActor::new("Venezuela", ActorKind::Place).aliases.is_empty());
    /// ```
    pub fn new(name: impl Into<String>, kind: ActorKind) -> GoldActor {
        GoldActor {
            name: name.into(),
            kind,
            aliases: Vec::new(),
            title: None,
            optional: false,
        }
    }
}

/// A gold attribution.
///
/// ```
/// let a = news_claims::eval::GoldAttribution::new("rights groups", "estimate");
/// assert_eq!(a.cue, "estimate");
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GoldAttribution {
    /// Who says it.
    pub source: String,
    /// The reporting verb's lemma or phrase.
    pub cue: String,
    /// The value of the count it carries, if any (not scored).
    #[cfg_attr(feature = "serde", serde(default))]
    pub value: Option<f64>,
    /// Not required; a prediction matching it is not a false positive.
    #[cfg_attr(feature = "serde", serde(default))]
    pub optional: bool,
}

impl GoldAttribution {
    /// A required attribution.
    ///
    /// ```
    /// assert!(!news_claims::eval::GoldAttribution::new("officials", "say").optional);
    /// ```
    pub fn new(source: impl Into<String>, cue: impl Into<String>) -> GoldAttribution {
        GoldAttribution {
            source: source.into(),
            cue: cue.into(),
            ..GoldAttribution::default()
        }
    }
}

/// A gold quote.
///
/// ```
/// let q = news_claims::eval::GoldQuote::new("We will rebuild", Some("the mayor"));
/// assert_eq!(q.speaker.as_deref(), Some("the mayor"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct GoldQuote {
    /// The words inside the quotation marks.
    pub text: String,
    /// Who said it, or `None`.
    #[cfg_attr(feature = "serde", serde(default))]
    pub speaker: Option<String>,
    /// Not required; a prediction matching it is not a false positive.
    #[cfg_attr(feature = "serde", serde(default))]
    pub optional: bool,
}

impl GoldQuote {
    /// A required quote.
    ///
    /// ```
    /// assert_eq!(news_claims::eval::GoldQuote::new("No.", None).speaker, None);
    /// ```
    pub fn new(text: impl Into<String>, speaker: Option<&str>) -> GoldQuote {
        GoldQuote {
            text: text.into(),
            speaker: speaker.map(str::to_string),
            optional: false,
        }
    }
}
