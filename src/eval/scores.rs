//! Tallies and figures: what the scorer reports.

use std::ops::AddAssign;

/// The six scored categories of `FORMAT.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Category {
    /// Sentences.
    Sentences,
    /// Quantities (`counts` in the gold files).
    Counts,
    /// Temporal expressions.
    Dates,
    /// Actors.
    Actors,
    /// Attributions.
    Attributions,
    /// Quotes.
    Quotes,
}

impl Category {
    /// Every category, in report order.
    pub const ALL: [Category; 6] = [
        Category::Sentences,
        Category::Counts,
        Category::Dates,
        Category::Actors,
        Category::Attributions,
        Category::Quotes,
    ];

    /// The key of the category in the gold files and the JSON report.
    ///
    /// ```
    /// assert_eq!(news_claims::eval::Category::Counts.name(), "counts");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Category::Sentences => "sentences",
            Category::Counts => "counts",
            Category::Dates => "dates",
            Category::Actors => "actors",
            Category::Attributions => "attributions",
            Category::Quotes => "quotes",
        }
    }
}

/// Matching outcome of one category.
///
/// Precision, recall and F1 are `None` only when the category had nothing at
/// all: no gold item (required or optional) and no prediction. Otherwise an
/// empty denominator counts as perfect when nothing went wrong on that side
/// (no prediction and no required gold item: precision 1) and as 0 when it
/// did (gold items but no prediction: precision 0).
///
/// ```
/// use news_claims::eval::Tally;
///
/// let mut t = Tally::default();
/// assert_eq!(t.f1(), None);
/// t.true_positives = 3;
/// t.false_positives = 1;
/// t.false_negatives = 1;
/// assert_eq!(t.precision(), Some(0.75));
/// assert_eq!(t.recall(), Some(0.75));
/// assert_eq!(t.f1(), Some(0.75));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Tally {
    /// Predictions matched to a required gold item.
    pub true_positives: usize,
    /// Predictions matched to nothing, or inside a boilerplate line.
    pub false_positives: usize,
    /// Required gold items no prediction matched.
    pub false_negatives: usize,
    /// Predictions matched to an optional gold item (neither right nor
    /// wrong).
    pub optional_matched: usize,
    /// Optional gold items no prediction matched (no penalty).
    pub optional_missed: usize,
}

impl Tally {
    /// Whether the category had no gold item and no prediction.
    ///
    /// ```
    /// assert!(news_claims::eval::Tally::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.true_positives
            + self.false_positives
            + self.false_negatives
            + self.optional_matched
            + self.optional_missed
            == 0
    }

    /// `tp / (tp + fp)`.
    ///
    /// ```
    /// let mut t = news_claims::eval::Tally::default();
    /// t.false_negatives = 2; // gold items, no prediction
    /// assert_eq!(t.precision(), Some(0.0));
    /// ```
    pub fn precision(&self) -> Option<f64> {
        ratio(
            self.is_empty(),
            self.true_positives,
            self.false_positives,
            self.false_negatives,
        )
    }

    /// `tp / (tp + fn)`.
    ///
    /// ```
    /// let mut t = news_claims::eval::Tally::default();
    /// t.optional_missed = 1; // only an optional item, not found: nothing wrong
    /// assert_eq!(t.recall(), Some(1.0));
    /// ```
    pub fn recall(&self) -> Option<f64> {
        ratio(
            self.is_empty(),
            self.true_positives,
            self.false_negatives,
            self.false_positives,
        )
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    ///
    /// ```
    /// let mut t = news_claims::eval::Tally::default();
    /// t.true_positives = 1;
    /// t.false_positives = 1;
    /// assert_eq!(t.f1(), Some(2.0 / 3.0));
    /// ```
    pub fn f1(&self) -> Option<f64> {
        let (p, r) = (self.precision()?, self.recall()?);
        Some(if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        })
    }
}

/// `hits / (hits + misses)`, with the conventions of [`Tally`] for an empty
/// denominator (`other`: the errors on the other side).
fn ratio(empty: bool, hits: usize, misses: usize, other: usize) -> Option<f64> {
    if empty {
        return None;
    }
    let total = hits + misses;
    Some(if total > 0 {
        hits as f64 / total as f64
    } else if other == 0 {
        1.0
    } else {
        0.0
    })
}

impl AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.true_positives += o.true_positives;
        self.false_positives += o.false_positives;
        self.false_negatives += o.false_negatives;
        self.optional_matched += o.optional_matched;
        self.optional_missed += o.optional_missed;
    }
}

/// A secondary accuracy: how many of the pairs it was taken over were right.
///
/// ```
/// let mut s = news_claims::eval::Share::default();
/// assert_eq!(s.fraction(), None);
/// s.record(true);
/// s.record(false);
/// assert_eq!(s.fraction(), Some(0.5));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Share {
    /// Pairs that were right.
    pub hits: usize,
    /// Pairs taken into account.
    pub total: usize,
}

impl Share {
    /// Counts one pair.
    pub fn record(&mut self, right: bool) {
        self.total += 1;
        self.hits += usize::from(right);
    }

    /// `hits / total`, `None` when no pair counted.
    pub fn fraction(&self) -> Option<f64> {
        (self.total > 0).then(|| self.hits as f64 / self.total as f64)
    }
}

impl AddAssign for Share {
    fn add_assign(&mut self, o: Share) {
        self.hits += o.hits;
        self.total += o.total;
    }
}

/// Scores of the quantities: matching, then the field accuracies over the
/// matched pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct CountScores {
    /// Matching by value.
    pub tally: Tally,
    /// Same bound.
    pub bound: Share,
    /// Same unit (pairs with a gold unit).
    pub unit: Share,
    /// Object containing the gold object's head word.
    pub object: Share,
    /// Same event, synonyms allowed.
    pub event: Share,
    /// Claim actor containing the gold actor's head word.
    pub actor: Share,
    /// Claim source containing the gold source's head word.
    pub source: Share,
    /// Same hedging (every pair).
    pub hedged: Share,
}

/// Scores of the temporal expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct DateScores {
    /// Matching by overlapping surface.
    pub tally: Tally,
    /// Same normalised value (pairs whose gold has a value or interval).
    pub value: Share,
}

/// Scores of the actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ActorScores {
    /// Matching by surface form.
    pub tally: Tally,
    /// Same kind.
    pub kind: Share,
}

/// Scores of the quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct QuoteScores {
    /// Matching by text.
    pub tally: Tally,
    /// Speaker containing the gold speaker's head word (pairs with a gold
    /// speaker).
    pub speaker: Share,
}

/// The scores of every category, for one article or summed over many
/// (micro-averaged: the tallies add up, figures are computed from the sums).
///
/// ```
/// use news_claims::eval::Scores;
///
/// let mut a = Scores::default();
/// a.counts.tally.true_positives = 1;
/// let mut b = Scores::default();
/// b.counts.tally.false_negatives = 1;
/// a += b;
/// assert_eq!(a.counts.tally.recall(), Some(0.5));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Scores {
    /// Sentences.
    pub sentences: Tally,
    /// Quantities.
    pub counts: CountScores,
    /// Temporal expressions.
    pub dates: DateScores,
    /// Actors.
    pub actors: ActorScores,
    /// Attributions.
    pub attributions: Tally,
    /// Quotes.
    pub quotes: QuoteScores,
}

impl AddAssign for Scores {
    fn add_assign(&mut self, o: Scores) {
        self.sentences += o.sentences;
        let (c, oc) = (&mut self.counts, o.counts);
        c.tally += oc.tally;
        c.bound += oc.bound;
        c.unit += oc.unit;
        c.object += oc.object;
        c.event += oc.event;
        c.actor += oc.actor;
        c.source += oc.source;
        c.hedged += oc.hedged;
        self.dates.tally += o.dates.tally;
        self.dates.value += o.dates.value;
        self.actors.tally += o.actors.tally;
        self.actors.kind += o.actors.kind;
        self.attributions += o.attributions;
        self.quotes.tally += o.quotes.tally;
        self.quotes.speaker += o.quotes.speaker;
    }
}

/// One reported figure: `counts.f1`, `dates.value`, ...
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct Figure {
    /// Its category.
    pub category: Category,
    /// Its key in the JSON report: `p`, `r`, `f1`, or a secondary accuracy
    /// (`bound`, `unit`, `object`, `event`, `actor`, `source`, `hedged`,
    /// `value`, `kind`, `speaker`).
    pub name: &'static str,
    /// The fraction, in 0..=1; `None` when there was nothing to measure.
    pub value: Option<f64>,
}

impl Scores {
    /// The tally of a category.
    ///
    /// ```
    /// use news_claims::eval::{Category, Scores};
    /// assert!(Scores::default().tally(Category::Quotes).is_empty());
    /// ```
    pub fn tally(&self, category: Category) -> Tally {
        match category {
            Category::Sentences => self.sentences,
            Category::Counts => self.counts.tally,
            Category::Dates => self.dates.tally,
            Category::Actors => self.actors.tally,
            Category::Attributions => self.attributions,
            Category::Quotes => self.quotes.tally,
        }
    }

    /// The secondary accuracies of a category, by JSON key.
    ///
    /// ```
    /// use news_claims::eval::{Category, Scores};
    /// let names: Vec<_> = Scores::default().shares(Category::Dates).iter().map(|s| s.0).collect();
    /// assert_eq!(names, ["value"]);
    /// ```
    pub fn shares(&self, category: Category) -> Vec<(&'static str, Share)> {
        let c = &self.counts;
        match category {
            Category::Sentences | Category::Attributions => Vec::new(),
            Category::Counts => vec![
                ("bound", c.bound),
                ("unit", c.unit),
                ("object", c.object),
                ("event", c.event),
                ("actor", c.actor),
                ("source", c.source),
                ("hedged", c.hedged),
            ],
            Category::Dates => vec![("value", self.dates.value)],
            Category::Actors => vec![("kind", self.actors.kind)],
            Category::Quotes => vec![("speaker", self.quotes.speaker)],
        }
    }

    /// Every figure, category by category: `p`, `r`, `f1`, then the
    /// secondary accuracies.
    ///
    /// ```
    /// use news_claims::eval::Scores;
    /// let figures = Scores::default().figures();
    /// assert_eq!(figures.len(), 6 * 3 + 7 + 1 + 1 + 1);
    /// assert!(figures.iter().all(|f| f.value.is_none()));
    /// ```
    pub fn figures(&self) -> Vec<Figure> {
        let mut out = Vec::new();
        for category in Category::ALL {
            let t = self.tally(category);
            for (name, value) in [("p", t.precision()), ("r", t.recall()), ("f1", t.f1())] {
                out.push(Figure {
                    category,
                    name,
                    value,
                });
            }
            for (name, share) in self.shares(category) {
                out.push(Figure {
                    category,
                    name,
                    value: share.fraction(),
                });
            }
        }
        out
    }
}

/// One gold item missed or one prediction wrongly made, for `--verbose`
/// listings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// Its category.
    pub category: Category,
    /// The item's text.
    pub text: String,
    /// Details: the value, the cue, or "inside boilerplate".
    pub note: String,
}

/// A matched pair whose secondary field differs.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mismatch {
    /// Its category.
    pub category: Category,
    /// The field (`bound`, `object`, `value`, ...).
    pub field: &'static str,
    /// The gold item's text.
    pub text: String,
    /// The gold field.
    pub gold: String,
    /// The predicted field.
    pub predicted: String,
}

/// The scores of one article, with what went wrong in it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ArticleScore {
    /// The gold article's id.
    pub id: String,
    /// The tallies.
    pub scores: Scores,
    /// Required gold items no prediction matched.
    pub misses: Vec<Finding>,
    /// Predictions that count as false positives.
    pub false_positives: Vec<Finding>,
    /// Matched pairs with a wrong secondary field.
    pub mismatches: Vec<Mismatch>,
}

/// Scores summed over articles.
///
/// ```
/// use news_claims::eval::{GoldArticle, Predictions, Report, score_predictions};
///
/// let gold = GoldArticle::new("empty", "");
/// let report: Report = [score_predictions(&gold, &Predictions::default())].iter().collect();
/// assert_eq!(report.articles, 1);
/// assert_eq!(report.scores.counts.tally.f1(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Report {
    /// How many articles were scored.
    pub articles: usize,
    /// The summed tallies.
    pub scores: Scores,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// Adds one article's scores.
    pub fn add(&mut self, article: &ArticleScore) {
        self.articles += 1;
        self.scores += article.scores;
    }

    /// Every figure of the summed scores (see [`Scores::figures`]).
    pub fn figures(&self) -> Vec<Figure> {
        self.scores.figures()
    }
}

impl<'a> Extend<&'a ArticleScore> for Report {
    fn extend<I: IntoIterator<Item = &'a ArticleScore>>(&mut self, iter: I) {
        for a in iter {
            self.add(a);
        }
    }
}

impl<'a> FromIterator<&'a ArticleScore> for Report {
    fn from_iter<I: IntoIterator<Item = &'a ArticleScore>>(iter: I) -> Report {
        let mut r = Report::new();
        r.extend(iter);
        r
    }
}
