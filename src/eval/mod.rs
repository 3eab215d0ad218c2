//! Evaluation against gold-annotated articles, as `shared/eval/FORMAT.md`
//! specifies it.
//!
//! Read a gold article ([`GoldArticle`], deserialisable from the JSON
//! format with the `serde` feature), run the [`Extractor`](crate::Extractor)
//! on its `text`, and [`score`] the [`Extraction`] against it. The
//! [`ArticleScore`]s of many articles add up into a [`Report`] with
//! precision, recall and F1 per category and the secondary accuracies. The
//! `eval` example is the command-line front end.
//!
//! ```
//! use news_claims::Extractor;
//! use news_claims::eval::{GoldArticle, GoldSentence, Report, score};
//!
//! let mut gold = GoldArticle::new("storm", "Storm Hits Coast\nThe storm killed 12 people.\n");
//! gold.sentences = vec![
//!     GoldSentence::new("Storm Hits Coast"),
//!     GoldSentence::new("The storm killed 12 people."),
//! ];
//! let extraction = Extractor::default().extract(&gold.text, gold.published_date());
//! let article = score(&gold, &extraction);
//! let report: Report = [&article].into_iter().collect();
//! assert_eq!(report.scores.sentences.f1(), Some(1.0));
//! ```
//!
//! # Rules
//!
//! The scorer reads the pipeline's output through [`Predictions`], a plain
//! form that can also be built by hand. In every category:
//!
//! - **Boilerplate.** Each `boilerplate` entry is looked up as a whole line
//!   of `text` (every line equal to it once trimmed; where no line is, every
//!   place it occurs). A prediction whose span overlaps such a line is a
//!   false positive and matches nothing; an actor is one when every mention
//!   of it is there.
//! - **Optional gold items** are matched only with the predictions no
//!   required item could take; a prediction matched to one is neither a
//!   true nor a false positive, and missing one costs nothing.
//! - **One to one.** Each gold item and each prediction is in at most one
//!   pair. Pairs are found as a maximum bipartite matching over the
//!   predictions in text order, each trying its preferred candidates first
//!   (see [`score_predictions`]).
//! - **Where gold items are.** The gold files give no positions, but their
//!   lists are in text order: counts, dates and quotes are located in the
//!   text in order (case-insensitively, outside boilerplate, whole words
//!   preferred, each search starting where the previous item ended).
//!
//! Per category:
//!
//! - **sentences**: exact trimmed strings, order-aware multiset match: a
//!   longest common subsequence of the gold and predicted sequences (greedy
//!   in-order matching beyond 4 million cells).
//! - **counts**: values equal within 0.5% of the gold value (and the high
//!   ends of ranges likewise; a range never matches a single number); a
//!   prediction prefers the gold item located where it is, then the first
//!   in text order. Over the true-positive pairs: `bound` equal; `unit`
//!   equal; `object`, `actor` and `source` containing the gold phrase's
//!   head word (its last word, case and diacritics ignored, a final "s"
//!   ignored, compared word by word); `event` equal with the synonyms
//!   free=release, arrest=detain=jail=imprison, slay=kill, wound=injure;
//!   `hedged` equal. Each share is taken over the pairs whose gold field is
//!   not null (`bound` and `hedged` never are). Actor, source and hedging
//!   come from the claim whose evidence cites the quantity.
//! - **dates**: surface texts overlapping (one contains the other,
//!   case-insensitive) *and*, where the gold mention was located, spans
//!   overlapping: the same "July 2024" written twice is two mentions, and
//!   each prediction can only take the one it sits on. Value accuracy over
//!   the pairs whose gold has a value (or, for an interval, `from` and
//!   `to`, which must then both be equal).
//! - **actors**: one prediction per entity; matched when one of its surface
//!   forms (name, aliases, mention texts) equals the gold name or an alias
//!   once case-folded, diacritics removed (Latin-1 and Latin Extended-A), a
//!   leading "the" and a possessive "'s"/"’s" removed. Kind accuracy over
//!   the pairs.
//! - **attributions**: the cue equal (case-insensitive) and the predicted
//!   source containing the gold source's head word.
//! - **quotes**: texts equal with whitespace folded; speaker accuracy over
//!   the pairs with a gold speaker: the predicted speaker contains its head
//!   word.
//!
//! Secondary accuracies are taken over true-positive pairs only (pairs with
//! optional gold items are left out, as they are from precision and
//! recall).

mod fold;
mod gold;
mod matching;
mod normalize;
mod predictions;
mod scores;

pub use self::gold::{
    GoldActor, GoldArticle, GoldAttribution, GoldCount, GoldDate, GoldQuote, GoldSentence,
};
pub use self::predictions::{
    PredictedActor, PredictedAttribution, PredictedCount, PredictedDate, PredictedQuote,
    PredictedSentence, Predictions,
};
pub use self::scores::{
    ActorScores, ArticleScore, Category, CountScores, DateScores, Figure, Finding, Mismatch,
    QuoteScores, Report, Scores, Share, Tally,
};

use self::matching::{align, assign};
use self::normalize::{actor_key, contains_head, event_key, fold_whitespace, locate_in_order};
use crate::{Bound, Extraction, Span};

/// Scores one extraction against its gold article.
///
/// ```
/// use news_claims::Extractor;
/// use news_claims::eval::{GoldArticle, GoldCount, score};
///
/// let mut gold = GoldArticle::new("a", "Storm Kills 12\n");
/// gold.counts.push(GoldCount::new("12", 12.0));
/// let x = Extractor::default().extract(&gold.text, None);
/// let s = score(&gold, &x);
/// let t = s.scores.counts.tally;
/// assert_eq!(t.true_positives + t.false_negatives, 1);
/// ```
pub fn score(gold: &GoldArticle, extraction: &Extraction) -> ArticleScore {
    score_predictions(gold, &Predictions::from(extraction))
}

/// Relative tolerance for equal values.
const TOLERANCE: f64 = 0.005;

/// Whether a predicted value equals a gold one within 0.5% of the gold
/// value (exactly, for a gold 0).
fn same_value(gold: f64, predicted: f64) -> bool {
    (predicted - gold).abs() <= TOLERANCE * gold.abs() * (1.0 + 1e-9)
}

/// The lines of `text` that are boilerplate, as byte ranges.
fn boilerplate_ranges(text: &str, boilerplate: &[String]) -> Vec<(usize, usize)> {
    let wanted: Vec<&str> = boilerplate
        .iter()
        .map(|b| b.trim())
        .filter(|b| !b.is_empty())
        .collect();
    let mut found = vec![false; wanted.len()];
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if let Some(i) = wanted.iter().position(|w| *w == trimmed) {
            found[i] = true;
            let start = pos + (line.len() - line.trim_start().len());
            out.push((start, start + trimmed.len()));
        }
        pos += line.len();
    }
    for (w, _) in wanted.iter().zip(&found).filter(|(_, f)| !**f) {
        out.extend(text.match_indices(w).map(|(i, m)| (i, i + m.len())));
    }
    out.sort_unstable();
    out
}

fn overlaps(a: Span, (start, end): (usize, usize)) -> bool {
    a.start < end && start < a.end
}

fn bound_name(b: Bound) -> &'static str {
    match b {
        Bound::Exact => "exact",
        Bound::Approx => "approx",
        Bound::Lower => "lower",
        Bound::Upper => "upper",
        Bound::Range => "range",
    }
}

fn show(v: Option<&str>) -> String {
    v.map_or_else(|| "null".to_string(), str::to_string)
}

fn show_count(value: f64, high: Option<f64>) -> String {
    match high {
        Some(h) => format!("{value}-{h}"),
        None => format!("{value}"),
    }
}

/// Candidates of a prediction: those located where it is first, then the
/// others in text order.
fn by_place(
    span: Span,
    located: &[Option<(usize, usize)>],
    ok: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let (mut near, mut far): (Vec<usize>, Vec<usize>) = (0..located.len())
        .filter(|&g| ok(g))
        .partition(|&g| located[g].is_some_and(|r| overlaps(span, r)));
    near.append(&mut far);
    near
}

/// Turns one category's assignment into its tally and findings, and returns
/// the true-positive pairs `(prediction, gold)`.
struct Outcome<'a> {
    category: Category,
    optional: &'a [bool],
    in_boilerplate: &'a [bool],
}

impl Outcome<'_> {
    fn tally(
        &self,
        assignment: &[Option<usize>],
        pred_label: impl Fn(usize) -> (String, String),
        gold_label: impl Fn(usize) -> (String, String),
        out: &mut ArticleScore,
    ) -> (Tally, Vec<(usize, usize)>) {
        let mut tally = Tally::default();
        let mut pairs = Vec::new();
        let mut taken = vec![false; self.optional.len()];
        for (p, m) in assignment.iter().enumerate() {
            match *m {
                Some(g) if g < taken.len() => {
                    taken[g] = true;
                    if self.optional[g] {
                        tally.optional_matched += 1;
                    } else {
                        tally.true_positives += 1;
                        pairs.push((p, g));
                    }
                }
                _ => {
                    tally.false_positives += 1;
                    let (text, mut note) = pred_label(p);
                    if self.in_boilerplate.get(p).copied().unwrap_or(false) {
                        note = if note.is_empty() {
                            "inside boilerplate".to_string()
                        } else {
                            format!("{note}; inside boilerplate")
                        };
                    }
                    out.false_positives.push(Finding {
                        category: self.category,
                        text,
                        note,
                    });
                }
            }
        }
        for (g, &hit) in taken.iter().enumerate() {
            if hit {
                continue;
            }
            if self.optional[g] {
                tally.optional_missed += 1;
            } else {
                tally.false_negatives += 1;
                let (text, note) = gold_label(g);
                out.misses.push(Finding {
                    category: self.category,
                    text,
                    note,
                });
            }
        }
        (tally, pairs)
    }
}

/// Records one secondary field of a pair, and the mismatch if wrong.
struct Check<'a> {
    category: Category,
    text: &'a str,
}

impl Check<'_> {
    fn record(
        &self,
        share: &mut Share,
        field: &'static str,
        right: bool,
        gold: String,
        predicted: String,
        out: &mut Vec<Mismatch>,
    ) {
        share.record(right);
        if !right {
            out.push(Mismatch {
                category: self.category,
                field,
                text: self.text.to_string(),
                gold,
                predicted,
            });
        }
    }
}

/// Scores hand-built or converted [`Predictions`] against a gold article;
/// [`score`] is this on an [`Extraction`].
///
/// Matching preferences, for each prediction taken in order: counts and
/// quotes try the gold items located at the prediction's span first, then
/// the others in text order; dates may only take a gold item located at
/// their span (or one that could not be located); actors and attributions
/// try the gold items in list order.
///
/// ```
/// use news_claims::{Bound, Span};
/// use news_claims::eval::{GoldArticle, GoldCount, PredictedCount, Predictions, score_predictions};
///
/// let text = "Police detained more than 2,400 protesters.\n";
/// let mut gold = GoldArticle::new("a", text);
/// let mut g = GoldCount::new("more than 2,400", 2400.0);
/// g.bound = Bound::Lower;
/// g.object = Some("protesters".into());
/// gold.counts.push(g);
///
/// let mut pred = Predictions::default();
/// let mut p = PredictedCount::new(Span::new(16, 31), "more than 2,400", 2401.0);
/// p.bound = Bound::Lower;
/// p.object = Some("protester".into());
/// pred.counts.push(p);
///
/// let s = score_predictions(&gold, &pred);
/// assert_eq!(s.scores.counts.tally.true_positives, 1);
/// assert_eq!(s.scores.counts.object.fraction(), Some(1.0));
/// ```
pub fn score_predictions(gold: &GoldArticle, pred: &Predictions) -> ArticleScore {
    let mut out = ArticleScore {
        id: gold.id.clone(),
        scores: Scores::default(),
        misses: Vec::new(),
        false_positives: Vec::new(),
        mismatches: Vec::new(),
    };
    let boiler = boilerplate_ranges(&gold.text, &gold.boilerplate);
    let in_bp = |s: Span| boiler.iter().any(|&r| overlaps(s, r));
    score_sentences(gold, pred, &in_bp, &mut out);
    score_counts(gold, pred, &boiler, &in_bp, &mut out);
    score_dates(gold, pred, &boiler, &in_bp, &mut out);
    score_actors(gold, pred, &in_bp, &mut out);
    score_attributions(gold, pred, &in_bp, &mut out);
    score_quotes(gold, pred, &boiler, &in_bp, &mut out);
    out
}

fn score_sentences(
    gold: &GoldArticle,
    pred: &Predictions,
    in_bp: &dyn Fn(Span) -> bool,
    out: &mut ArticleScore,
) {
    let g_text: Vec<&str> = gold.sentences.iter().map(|s| s.text.trim()).collect();
    let optional: Vec<bool> = gold.sentences.iter().map(|s| s.optional).collect();
    let p_text: Vec<&str> = pred.sentences.iter().map(|s| s.text.trim()).collect();
    let in_boilerplate: Vec<bool> = pred.sentences.iter().map(|s| in_bp(s.span)).collect();
    let allowed: Vec<bool> = in_boilerplate.iter().map(|b| !b).collect();
    let assignment = align(&g_text, &optional, &p_text, &allowed);
    let outcome = Outcome {
        category: Category::Sentences,
        optional: &optional,
        in_boilerplate: &in_boilerplate,
    };
    let (tally, _) = outcome.tally(
        &assignment,
        |p| (p_text[p].to_string(), String::new()),
        |g| (g_text[g].to_string(), String::new()),
        out,
    );
    out.scores.sentences = tally;
}

fn score_counts(
    gold: &GoldArticle,
    pred: &Predictions,
    boiler: &[(usize, usize)],
    in_bp: &dyn Fn(Span) -> bool,
    out: &mut ArticleScore,
) {
    let golds = &gold.counts;
    let located = locate_in_order(&gold.text, golds.iter().map(|c| c.text.as_str()), boiler);
    let optional: Vec<bool> = golds.iter().map(|c| c.optional).collect();
    let in_boilerplate: Vec<bool> = pred.counts.iter().map(|c| in_bp(c.span)).collect();
    let candidates: Vec<Vec<usize>> = pred
        .counts
        .iter()
        .zip(&in_boilerplate)
        .map(|(p, &bp)| {
            if bp {
                return Vec::new();
            }
            by_place(p.span, &located, |g| {
                let gc = &golds[g];
                same_value(gc.value, p.value)
                    && match (gc.high, p.high) {
                        (None, None) => true,
                        (Some(gh), Some(ph)) => same_value(gh, ph),
                        _ => false,
                    }
            })
        })
        .collect();
    let assignment = assign(&candidates, &optional);
    let outcome = Outcome {
        category: Category::Counts,
        optional: &optional,
        in_boilerplate: &in_boilerplate,
    };
    let (tally, pairs) = outcome.tally(
        &assignment,
        |p| {
            let c = &pred.counts[p];
            (c.text.clone(), show_count(c.value, c.high))
        },
        |g| {
            let c = &golds[g];
            (c.text.clone(), show_count(c.value, c.high))
        },
        out,
    );
    let mut s = CountScores {
        tally,
        ..CountScores::default()
    };
    for (p, g) in pairs {
        let (pc, gc) = (&pred.counts[p], &golds[g]);
        let check = Check {
            category: Category::Counts,
            text: &gc.text,
        };
        let mm = &mut out.mismatches;
        check.record(
            &mut s.bound,
            "bound",
            pc.bound == gc.bound,
            bound_name(gc.bound).to_string(),
            bound_name(pc.bound).to_string(),
            mm,
        );
        if let Some(unit) = &gc.unit {
            let right = pc.unit.as_deref() == Some(unit.as_str());
            check.record(
                &mut s.unit,
                "unit",
                right,
                unit.clone(),
                show(pc.unit.as_deref()),
                mm,
            );
        }
        let phrases = [
            ("object", &gc.object, &pc.object, &mut s.object),
            ("actor", &gc.actor, &pc.actor, &mut s.actor),
            ("source", &gc.source, &pc.source, &mut s.source),
        ];
        for (field, g_phrase, p_phrase, share) in phrases {
            if let Some(gp) = g_phrase {
                let right = p_phrase.as_deref().is_some_and(|pp| contains_head(pp, gp));
                check.record(
                    share,
                    field,
                    right,
                    gp.clone(),
                    show(p_phrase.as_deref()),
                    mm,
                );
            }
        }
        if let Some(ge) = &gc.event {
            let right = pc
                .event
                .as_deref()
                .is_some_and(|pe| event_key(pe) == event_key(ge));
            check.record(
                &mut s.event,
                "event",
                right,
                ge.clone(),
                show(pc.event.as_deref()),
                mm,
            );
        }
        let right = pc.hedged == Some(gc.hedged);
        let shown = pc
            .hedged
            .map_or_else(|| "null".to_string(), |h| h.to_string());
        check.record(
            &mut s.hedged,
            "hedged",
            right,
            gc.hedged.to_string(),
            shown,
            mm,
        );
    }
    out.scores.counts = s;
}

fn score_dates(
    gold: &GoldArticle,
    pred: &Predictions,
    boiler: &[(usize, usize)],
    in_bp: &dyn Fn(Span) -> bool,
    out: &mut ArticleScore,
) {
    let golds = &gold.dates;
    let located = locate_in_order(&gold.text, golds.iter().map(|d| d.text.as_str()), boiler);
    let optional: Vec<bool> = golds.iter().map(|d| d.optional).collect();
    let g_lower: Vec<String> = golds.iter().map(|d| d.text.trim().to_lowercase()).collect();
    let in_boilerplate: Vec<bool> = pred.dates.iter().map(|d| in_bp(d.span)).collect();
    let candidates: Vec<Vec<usize>> = pred
        .dates
        .iter()
        .zip(&in_boilerplate)
        .map(|(p, &bp)| {
            let pl = p.text.trim().to_lowercase();
            if bp || pl.is_empty() {
                return Vec::new();
            }
            (0..golds.len())
                .filter(|&g| {
                    let gl = &g_lower[g];
                    !gl.is_empty()
                        && (gl.contains(pl.as_str()) || pl.contains(gl.as_str()))
                        && located[g].is_none_or(|r| overlaps(p.span, r))
                })
                .collect()
        })
        .collect();
    let assignment = assign(&candidates, &optional);
    let outcome = Outcome {
        category: Category::Dates,
        optional: &optional,
        in_boilerplate: &in_boilerplate,
    };
    let (tally, pairs) = outcome.tally(
        &assignment,
        |p| {
            (
                pred.dates[p].text.clone(),
                date_value(&pred.dates[p].value, &pred.dates[p].from, &pred.dates[p].to),
            )
        },
        |g| {
            (
                golds[g].text.clone(),
                date_value(&golds[g].value, &golds[g].from, &golds[g].to),
            )
        },
        out,
    );
    let mut s = DateScores {
        tally,
        ..DateScores::default()
    };
    for (p, g) in pairs {
        let (pd, gd) = (&pred.dates[p], &golds[g]);
        let right = if gd.value.is_some() {
            pd.value == gd.value
        } else if gd.from.is_some() || gd.to.is_some() {
            pd.from == gd.from && pd.to == gd.to
        } else {
            continue;
        };
        Check {
            category: Category::Dates,
            text: &gd.text,
        }
        .record(
            &mut s.value,
            "value",
            right,
            date_value(&gd.value, &gd.from, &gd.to),
            date_value(&pd.value, &pd.from, &pd.to),
            &mut out.mismatches,
        );
    }
    out.scores.dates = s;
}

/// A date's value for listings: the value, or `from/to` for an interval.
fn date_value(value: &Option<String>, from: &Option<String>, to: &Option<String>) -> String {
    match (value, from, to) {
        (Some(v), _, _) => v.clone(),
        (None, None, None) => "null".to_string(),
        (None, f, t) => format!("{}/{}", show(f.as_deref()), show(t.as_deref())),
    }
}

fn score_actors(
    gold: &GoldArticle,
    pred: &Predictions,
    in_bp: &dyn Fn(Span) -> bool,
    out: &mut ArticleScore,
) {
    let golds = &gold.actors;
    let optional: Vec<bool> = golds.iter().map(|a| a.optional).collect();
    let g_keys: Vec<Vec<String>> = golds
        .iter()
        .map(|a| {
            std::iter::once(&a.name)
                .chain(&a.aliases)
                .map(|s| actor_key(s))
                .filter(|k| !k.is_empty())
                .collect()
        })
        .collect();
    let in_boilerplate: Vec<bool> = pred
        .actors
        .iter()
        .map(|a| !a.spans.is_empty() && a.spans.iter().all(|&s| in_bp(s)))
        .collect();
    let candidates: Vec<Vec<usize>> = pred
        .actors
        .iter()
        .zip(&in_boilerplate)
        .map(|(p, &bp)| {
            if bp {
                return Vec::new();
            }
            let keys: Vec<String> = std::iter::once(&p.name)
                .chain(&p.surfaces)
                .map(|s| actor_key(s))
                .filter(|k| !k.is_empty())
                .collect();
            (0..golds.len())
                .filter(|&g| g_keys[g].iter().any(|k| keys.contains(k)))
                .collect()
        })
        .collect();
    let assignment = assign(&candidates, &optional);
    let outcome = Outcome {
        category: Category::Actors,
        optional: &optional,
        in_boilerplate: &in_boilerplate,
    };
    let (tally, pairs) = outcome.tally(
        &assignment,
        |p| (pred.actors[p].name.clone(), kind_name(pred.actors[p].kind)),
        |g| (golds[g].name.clone(), kind_name(golds[g].kind)),
        out,
    );
    let mut s = ActorScores {
        tally,
        ..ActorScores::default()
    };
    for (p, g) in pairs {
        let (pa, ga) = (&pred.actors[p], &golds[g]);
        Check {
            category: Category::Actors,
            text: &ga.name,
        }
        .record(
            &mut s.kind,
            "kind",
            pa.kind == ga.kind,
            kind_name(ga.kind),
            kind_name(pa.kind),
            &mut out.mismatches,
        );
    }
    out.scores.actors = s;
}

fn kind_name(kind: crate::ActorKind) -> String {
    use crate::ActorKind;
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Place => "place",
        ActorKind::Group => "group",
    }
    .to_string()
}

fn score_attributions(
    gold: &GoldArticle,
    pred: &Predictions,
    in_bp: &dyn Fn(Span) -> bool,
    out: &mut ArticleScore,
) {
    let golds = &gold.attributions;
    let optional: Vec<bool> = golds.iter().map(|a| a.optional).collect();
    let in_boilerplate: Vec<bool> = pred.attributions.iter().map(|a| in_bp(a.span)).collect();
    let cue = |s: &str| s.trim().to_lowercase();
    let candidates: Vec<Vec<usize>> = pred
        .attributions
        .iter()
        .zip(&in_boilerplate)
        .map(|(p, &bp)| {
            if bp {
                return Vec::new();
            }
            (0..golds.len())
                .filter(|&g| {
                    cue(&golds[g].cue) == cue(&p.cue) && contains_head(&p.source, &golds[g].source)
                })
                .collect()
        })
        .collect();
    let assignment = assign(&candidates, &optional);
    let outcome = Outcome {
        category: Category::Attributions,
        optional: &optional,
        in_boilerplate: &in_boilerplate,
    };
    let (tally, _) = outcome.tally(
        &assignment,
        |p| {
            (
                pred.attributions[p].source.clone(),
                pred.attributions[p].cue.clone(),
            )
        },
        |g| (golds[g].source.clone(), golds[g].cue.clone()),
        out,
    );
    out.scores.attributions = tally;
}

fn score_quotes(
    gold: &GoldArticle,
    pred: &Predictions,
    boiler: &[(usize, usize)],
    in_bp: &dyn Fn(Span) -> bool,
    out: &mut ArticleScore,
) {
    let golds = &gold.quotes;
    let located = locate_in_order(&gold.text, golds.iter().map(|q| q.text.as_str()), boiler);
    let optional: Vec<bool> = golds.iter().map(|q| q.optional).collect();
    let g_text: Vec<String> = golds.iter().map(|q| fold_whitespace(&q.text)).collect();
    let in_boilerplate: Vec<bool> = pred.quotes.iter().map(|q| in_bp(q.span)).collect();
    let candidates: Vec<Vec<usize>> = pred
        .quotes
        .iter()
        .zip(&in_boilerplate)
        .map(|(p, &bp)| {
            if bp {
                return Vec::new();
            }
            let pt = fold_whitespace(&p.text);
            by_place(p.span, &located, |g| g_text[g] == pt)
        })
        .collect();
    let assignment = assign(&candidates, &optional);
    let outcome = Outcome {
        category: Category::Quotes,
        optional: &optional,
        in_boilerplate: &in_boilerplate,
    };
    let (tally, pairs) = outcome.tally(
        &assignment,
        |p| {
            (
                pred.quotes[p].text.clone(),
                show(pred.quotes[p].speaker.as_deref()),
            )
        },
        |g| (golds[g].text.clone(), show(golds[g].speaker.as_deref())),
        out,
    );
    let mut s = QuoteScores {
        tally,
        ..QuoteScores::default()
    };
    for (p, g) in pairs {
        let (pq, gq) = (&pred.quotes[p], &golds[g]);
        if let Some(gs) = &gq.speaker {
            let right = pq
                .speaker
                .as_deref()
                .is_some_and(|ps| contains_head(ps, gs));
            Check {
                category: Category::Quotes,
                text: &gq.text,
            }
            .record(
                &mut s.speaker,
                "speaker",
                right,
                gs.clone(),
                show(pq.speaker.as_deref()),
                &mut out.mismatches,
            );
        }
    }
    out.scores.quotes = s;
}

#[cfg(test)]
mod tests;
