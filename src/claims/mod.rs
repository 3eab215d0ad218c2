//! Claims: the document pass that ties each quantity to what it counts, the
//! event, the actor, the time, the source and the hedges of its sentence, and
//! merges the mentions of one fact (headline, standfirst, body) into one
//! claim.

mod words;

use crate::Span;
use crate::Text;
use crate::bytes::ASCII_ALNUM;
use crate::bytes::ascii8::{Padded, alnum_end};
use crate::extractor::Parts;
use crate::quantity::{Bound, Quantity};
use crate::structure::BlockKind;
use crate::temporal::TimexKind;
use once_cell::sync::Lazy;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use words::{EVENT_CLASSES, INTRANSITIVE};

/// Coarse class of a claim's event, for the events news counts most.
///
/// ```
/// use news_claims::EventClass;
/// assert_eq!(EventClass::of("free"), Some(EventClass::Release));
/// assert_eq!(EventClass::of("arrest"), Some(EventClass::Detain));
/// assert_eq!(EventClass::of("sing"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EventClass {
    /// kill, slay, execute.
    Kill,
    /// die, perish, drown.
    Die,
    /// injure, wound, hurt.
    Injure,
    /// detain, arrest, jail, imprison.
    Detain,
    /// release, free, pardon.
    Release,
    /// rescue, pull out, bring to the surface.
    Rescue,
    /// displace, flee, strand.
    Displace,
    /// evacuate, order out.
    Evacuate,
    /// protest, march, rally.
    Protest,
    /// vote, elect, approve, win.
    Vote,
    /// cut, lay off, reduce.
    Cut,
    /// rise, climb, increase, grow.
    Rise,
    /// fall, drop, decline, ease.
    Fall,
    /// spend, invest, allocate, fund.
    Spend,
    /// pay, fine, compensate.
    Pay,
    /// infect, hospitalise, expose.
    Infect,
    /// destroy, damage, burn.
    Destroy,
    /// sentence, convict.
    Sentence,
}

impl EventClass {
    /// The class of an event lemma, if it has one.
    pub fn of(lemma: &str) -> Option<EventClass> {
        lemma_info(lemma).class
    }
}

/// What [`EVENT_LEMMAS`] tells of a lemma: its class, and whether it is in
/// [`INTRANSITIVE`] (one probe answers both, where a binary search of the
/// list compared the lemma with five or six of its words).
#[derive(Debug, Clone, Copy, Default)]
struct LemmaInfo {
    class: Option<EventClass>,
    intransitive: bool,
}

/// The [`LemmaInfo`] of a lemma (nothing for an unlisted one).
fn lemma_info(lemma: &str) -> LemmaInfo {
    let slots = &*EVENT_LEMMAS;
    let mut i = class::slot(lemma.as_bytes(), EVENT_SLOTS);
    // The table is at most half full, so an empty slot ends the probe.
    while let Some(Some((l, info))) = slots.get(i) {
        if *l == lemma {
            return *info;
        }
        i = (i + 1) % EVENT_SLOTS;
    }
    LemmaInfo::default()
}

/// Slots of [`EVENT_LEMMAS`], a power of two.
const EVENT_SLOTS: usize = 1 << 9;

/// The lemmas of [`EVENT_CLASSES`] with their class (the first class
/// listing a lemma) and those of [`INTRANSITIVE`], in an open-addressing
/// hash table, as in [`class`].
static EVENT_LEMMAS: Lazy<Vec<Option<(&'static str, LemmaInfo)>>> = Lazy::new(|| {
    let mut slots: Vec<Option<(&'static str, LemmaInfo)>> = vec![None; EVENT_SLOTS];
    let mut count = 0;
    let classed = EVENT_CLASSES
        .iter()
        .flat_map(|(class, lemmas)| lemmas.iter().map(|&l| (l, Some(*class))));
    let intransitive = INTRANSITIVE.iter().map(|&l| (l, None));
    for (lemma, class) in classed.chain(intransitive) {
        let mut i = class::slot(lemma.as_bytes(), EVENT_SLOTS);
        while slots[i].is_some_and(|(l, _)| l != lemma) {
            i = (i + 1) % EVENT_SLOTS;
        }
        let (_, info) = slots[i].get_or_insert_with(|| {
            count += 1;
            (lemma, LemmaInfo::default())
        });
        match class {
            // The first class listing a lemma wins.
            Some(class) => info.class = info.class.or(Some(class)),
            None => info.intransitive = true,
        }
    }
    assert!(count * 2 < EVENT_SLOTS, "the event table is too full");
    slots
});

/// Which way a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Trend {
    /// rose, up, increased.
    Up,
    /// fell, down, cut.
    Down,
}

/// What part a claim's number plays in a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ChangeRole {
    /// The new level: "rose **to** 41".
    Level,
    /// The earlier level: "rose to 41 **from** 29".
    Previous,
    /// The size of the change: "rose **by** 5", "down 3.2%".
    Amount,
    /// A record against the past: "the highest since 2019", "a record
    /// low".
    Record,
}

/// A change that a claim's number is part of: "rose to 41 from 29".
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Change {
    /// Up or down.
    pub direction: Trend,
    /// What this claim's number is in the change.
    pub role: ChangeRole,
    /// The other end: for a level, the earlier value; for an earlier value,
    /// the new level; when the sentence gives it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub other: Option<f64>,
    /// For a record, what it is measured against as written: the
    /// expression after "since" ("2019", "the 1950s").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub since: Option<Text>,
}

/// Who performed the event of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ClaimActor {
    /// The phrase as written in the evidence sentence ("authorities").
    pub text: Text,
    /// Where it is.
    pub span: Span,
    /// Index into [`Extraction::actors`](crate::Extraction), where the
    /// phrase is a known actor.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<usize>,
}

/// Who a claim is attributed to.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ClaimSource {
    /// The source as written ("rights groups", "she").
    pub text: Text,
    /// The cue lemma ("estimate", "according to").
    pub cue: Text,
    /// Index into [`Extraction::attributions`](crate::Extraction), where
    /// the source is one (pronoun sources are not).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub attribution: Option<usize>,
}

/// One statement of a claim: a quantity mention and what its own sentence
/// says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Evidence {
    /// Index of the sentence.
    pub sentence: usize,
    /// Index into [`Extraction::quantities`](crate::Extraction) of the
    /// quantity mention.
    pub quantity: usize,
    /// The quantity's span.
    pub span: Span,
    /// The actor this sentence names for it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<ClaimActor>,
    /// The source this sentence gives for it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<ClaimSource>,
    /// Whether this sentence hedges it.
    pub hedged: bool,
}

/// One quantitative fact the article asserts, with every place it is stated.
///
/// ```
/// use news_claims::{Bound, Extractor};
///
/// let text = "Police Detain 40\nPolice detained 40 protesters on Monday, officials said.\n";
/// let ex = Extractor::default().extract(text, "2025-03-05".parse().ok());
/// for claim in &ex.claims {
///     // Every claim points back at its quantity mentions.
///     for e in &claim.evidence {
///         assert_eq!(ex.quantities[e.quantity].value, claim.value);
///     }
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Claim {
    /// The number (low end of a range).
    pub value: f64,
    /// The high end of a range.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub high: Option<f64>,
    /// How the text bounds the number.
    pub bound: Bound,
    /// Unit, as in [`Quantity::unit`].
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub unit: Option<Text>,
    /// What is counted.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub object: Option<Text>,
    /// The event's lemma.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub event: Option<Text>,
    /// The event's coarse class.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub class: Option<EventClass>,
    /// Who did it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<ClaimActor>,
    /// Index into [`Extraction::dates`](crate::Extraction) of its time: a
    /// date of its sentence, else the last one of its paragraph before it,
    /// else the dateline's.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub time: Option<usize>,
    /// Who says so.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub source: Option<ClaimSource>,
    /// Whether a statement of it is marked uncertain.
    pub hedged: bool,
    /// Whether the event is denied ("did not release").
    pub negated: bool,
    /// The change it is part of, if any.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub change: Option<Change>,
    /// Where it is stated, in text order.
    pub evidence: Vec<Evidence>,
}

/// Assembles the claims of an article: one per fact, in order of first
/// statement. Linear in the number of mentions: per-sentence lookups go
/// through [`Index`], and a new mention is compared with at most
/// [`MERGE_WINDOW`] earlier claims of the same value.
pub(crate) fn assemble(parts: &Parts<'_>) -> Vec<Claim> {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => assemble_with(parts, &mut scratch),
        Err(_) => assemble_with(parts, &mut Scratch::default()),
    })
}

/// The buffers of [`assemble`], kept between the articles of a thread:
/// made afresh, they were six allocations an article (and as many frees),
/// each on memory no recent article had touched.
#[derive(Default)]
struct Scratch {
    /// The tokens of a sentence, empty between articles: a token borrows
    /// its article, so the vector is held here as one of tokens of no
    /// article (see [`recycle`]).
    tokens: Vec<Token<'static>>,
    /// The padded copy of the sentence the tokeniser reads.
    pad: Padded,
    /// [`Index::sentences`].
    per: Vec<PerSentence>,
    /// [`Index::mentions`].
    mentions: Vec<(Span, usize)>,
    /// [`ValueIndex::heads`].
    heads: HashMap<i64, usize, BuildHasherDefault<BucketHasher>>,
    /// [`ValueIndex::values`].
    values: Vec<(f64, Ids, usize)>,
}

thread_local! {
    /// [`assemble`]'s buffers on this thread.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Above this many elements a kept buffer is dropped rather than kept (a
/// huge article does not hold its memory for the rest of the run).
const KEEP_AT_MOST: usize = 1 << 12;

/// `v`, emptied, as a vector of another element type of the same layout
/// and its memory: the standard library collects a vector's `into_iter`
/// in place (a test checks the memory is kept). Empty, it holds no
/// element to convert.
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

/// `v` emptied, or a new vector where it grew past [`KEEP_AT_MOST`].
fn emptied<T>(mut v: Vec<T>) -> Vec<T> {
    if v.capacity() > KEEP_AT_MOST {
        return Vec::new();
    }
    v.clear();
    v
}

/// [`assemble`] with the buffers of `scratch` (given back emptied).
fn assemble_with(parts: &Parts<'_>, scratch: &mut Scratch) -> Vec<Claim> {
    let index = Index::new(
        parts,
        emptied(std::mem::take(&mut scratch.per)),
        emptied(std::mem::take(&mut scratch.mentions)),
    );
    let mut claims: Vec<Claim> = Vec::with_capacity(parts.quantities.len());
    // Claims by value, for merging restatements of one fact.
    let mut by_value = ValueIndex::from_parts(
        std::mem::take(&mut scratch.heads),
        emptied(std::mem::take(&mut scratch.values)),
        parts.quantities.len(),
    );
    // Sized for a long sentence: the buffer seldom grows.
    let mut tokens: Vec<Token<'_>> = emptied(std::mem::take(&mut scratch.tokens));
    tokens.reserve(96);
    let mut tokens_of = usize::MAX;
    // The padded copy of the sentence the tokeniser reads. Kept between
    // articles, it has room for a long sentence already: it is no longer
    // sized first for the article's longest (a pass over its quantities).
    let pad = &mut scratch.pad;
    let mut facts = SentenceFacts::default();
    for (qi, q) in parts.quantities.iter().enumerate() {
        if tokens_of != q.sentence {
            tokens.clear();
            facts = SentenceFacts::default();
            if let Some(s) = parts.sentences.get(q.sentence) {
                let seen = tokenize(parts.doc, s.span, &mut tokens, pad);
                // Scan the sentence only for what it has.
                if seen & (class::NEGATION | class::DENIAL | class::CONTRACTED_NOT) != 0 {
                    facts.negation = first_negation(&tokens);
                }
                if seen & class::SUBJECT_PRONOUN != 0 {
                    facts.pronoun = pronoun_source(&tokens);
                }
                facts.record = seen & (class::MOST | class::LEAST | class::RECORD) != 0;
                facts.relative = seen & class::RELATIVE != 0;
            }
            tokens_of = q.sentence;
        }
        let claim = claim_for(parts, &index, &tokens, &facts, qi, q);
        let tolerance = 0.005 * claim.value.abs();
        let (lo, hi) = (claim.value - tolerance, claim.value + tolerance);
        let target = by_value.first_among(lo, hi, |ci| same_fact(parts, &claims[ci], &claim));
        match target {
            Some(ci) => absorb(parts, &mut claims[ci], claim),
            None => {
                by_value.insert(claim.value, claims.len());
                claims.push(claim);
            }
        }
    }
    link_changes(&mut claims);
    // The buffers back, for the next article.
    scratch.tokens = recycle(tokens);
    scratch.per = index.sentences;
    scratch.mentions = index.mentions;
    (scratch.heads, scratch.values) = (by_value.heads, by_value.values);
    claims
}

/// What the tokens of a sentence tell each claim of it, found once per
/// sentence.
#[derive(Debug, Default)]
struct SentenceFacts {
    /// The pronoun source ("..., she said"), see [`pronoun_source`].
    pronoun: Option<ClaimSource>,
    /// The first negation, see [`first_negation`].
    negation: Option<Span>,
    /// Whether a word may mark a record (a superlative, "record"): without
    /// one, [`record_after`] finds nothing, and is not asked.
    record: bool,
    /// Whether a word may open a relative clause: without one,
    /// [`relative_between`] is false for every pair of tokens, and is not
    /// asked.
    relative: bool,
}

/// Forces the word-class table (the integrator's `force_patterns`).
pub(crate) fn warm() {
    class::warm();
    Lazy::force(&EVENT_LEMMAS);
}

/// The claims of one value in the value index, in order. Most values have
/// one claim, so the first is kept inline and the vector seldom allocates.
struct Ids {
    first: usize,
    more: Vec<usize>,
}

impl Ids {
    /// The latest [`MERGE_WINDOW`] claims, newest first.
    fn latest(&self) -> impl Iterator<Item = usize> + '_ {
        self.more
            .iter()
            .rev()
            .copied()
            .chain(std::iter::once(self.first))
            .take(MERGE_WINDOW)
    }
}

/// How many earlier claims of the same value a mention is compared with.
const MERGE_WINDOW: usize = 32;

/// The claims by value: each exact value (as `f64::total_cmp` tells values
/// apart) with its claims, found by the range of values around a new
/// mention. Replaces an ordered map, whose range walk and node inserts cost
/// several hundred instructions a mention; here a value is one hash probe.
///
/// The values are grouped in buckets of the top bits of their
/// [`total_key`], which orders them as `total_cmp` does: every value
/// between `lo` and `hi` sits in a bucket between theirs, so looking in
/// those buckets (and checking each value against the range) finds exactly
/// the values an ordered map's range would. A bucket spans about 1.6% of a
/// number (the exponent and the top six bits of the mantissa), and a merge
/// range 1%, so a lookup reads one or two buckets.
struct ValueIndex {
    /// Each bucket's latest value, an index into `values`.
    heads: HashMap<i64, usize, BuildHasherDefault<BucketHasher>>,
    /// The values: the value, its claims, and the previous value of its
    /// bucket (`usize::MAX`: none).
    values: Vec<(f64, Ids, usize)>,
}

/// Bits of [`total_key`] below a bucket's: 52 mantissa bits less six.
const BUCKET_SHIFT: u32 = 46;

/// Most buckets a lookup walks one by one; a wider range (only an infinite
/// value gives one) reads every value instead.
const MAX_BUCKETS: i64 = 16;

/// `x` as an integer ordered as `f64::total_cmp` orders the floats (the
/// standard library's own transform: negative values have their magnitude
/// bits flipped).
fn total_key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

impl ValueIndex {
    #[cfg(test)]
    fn with_capacity(n: usize) -> ValueIndex {
        ValueIndex {
            heads: HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default()),
            values: Vec::with_capacity(n),
        }
    }

    /// An index in the (empty) tables `heads` and `values`, with room for
    /// `n` values.
    fn from_parts(
        mut heads: HashMap<i64, usize, BuildHasherDefault<BucketHasher>>,
        mut values: Vec<(f64, Ids, usize)>,
        n: usize,
    ) -> ValueIndex {
        // A map kept from a larger article spreads this one's few buckets
        // over more cache lines (and its clearing writes them all): past
        // twice the room needed, a fresh one is cheaper.
        if heads.capacity() > 2 * n.max(16) {
            heads = HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default());
        }
        heads.clear();
        heads.reserve(n);
        values.clear();
        values.reserve(n);
        ValueIndex { heads, values }
    }

    /// Adds claim `claim` of value `value`.
    fn insert(&mut self, value: f64, claim: usize) {
        let bucket = total_key(value) >> BUCKET_SHIFT;
        let head = self.heads.get(&bucket).copied().unwrap_or(usize::MAX);
        let mut at = head;
        while let Some((v, ids, next)) = self.values.get_mut(at) {
            if v.total_cmp(&value).is_eq() {
                ids.more.push(claim);
                return;
            }
            at = *next;
        }
        self.heads.insert(bucket, self.values.len());
        self.values.push((
            value,
            Ids {
                first: claim,
                more: Vec::new(),
            },
            head,
        ));
    }

    /// The first claim (lowest index) that `same` accepts among the latest
    /// [`MERGE_WINDOW`] claims of each value from `lo` to `hi` (in
    /// `total_cmp` order, both included): what an ordered map's range,
    /// flattened, filtered and its minimum taken, gives.
    fn first_among(&self, lo: f64, hi: f64, mut same: impl FnMut(usize) -> bool) -> Option<usize> {
        let (first, last) = (total_key(lo) >> BUCKET_SHIFT, total_key(hi) >> BUCKET_SHIFT);
        let mut best: Option<usize> = None;
        let mut visit = |(v, ids, _): &(f64, Ids, usize)| {
            if lo.total_cmp(v).is_le() && v.total_cmp(&hi).is_le() {
                for ci in ids.latest() {
                    if best.is_none_or(|b| ci < b) && same(ci) {
                        best = Some(ci);
                    }
                }
            }
        };
        if last.saturating_sub(first) < MAX_BUCKETS {
            // The chains of the buckets in range (none where `lo` > `hi`).
            for bucket in first..=last {
                let mut at = self.heads.get(&bucket).copied().unwrap_or(usize::MAX);
                while let Some(entry) = self.values.get(at) {
                    visit(entry);
                    at = entry.2;
                }
            }
        } else {
            self.values.iter().for_each(visit);
        }
        best
    }

    /// Every claim [`ValueIndex::first_among`] looks at, for the test
    /// that holds it equal to an ordered map's range.
    #[cfg(test)]
    fn between(&self, lo: f64, hi: f64) -> Vec<usize> {
        let mut seen = Vec::new();
        self.first_among(lo, hi, |ci| {
            seen.push(ci);
            false
        });
        seen
    }
}

/// The hash of a bucket number: one multiplication (the keys are small
/// integers, and the map is only looked up, never iterated).
#[derive(Default)]
struct BucketHasher(u64);

impl Hasher for BucketHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    #[inline]
    fn write_i64(&mut self, n: i64) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Per-sentence views of the mention lists (which come in sentence order).
struct Index {
    /// For each sentence, what it holds ([`PerSentence`]): one allocation
    /// and one cache line or two a sentence, where a vector a field cost
    /// five allocations an article and five lines a claim.
    sentences: Vec<PerSentence>,
    /// The date of the article's dateline.
    dateline_date: Option<usize>,
    /// Every actor mention as (span, actor index), by position.
    mentions: Vec<(Span, usize)>,
}

/// The mentions of one sentence, as ranges of the article's lists.
#[derive(Debug, Clone, Default)]
struct PerSentence {
    /// The range of its attributions.
    attributions: Range<usize>,
    /// The range of its dates.
    dates: Range<usize>,
    /// The range of its hedges.
    hedges: Range<usize>,
    /// The range of its quantities.
    quantities: Range<usize>,
    /// The last usable date of an earlier sentence of the same block.
    earlier_date: Option<usize>,
}

/// Whether a temporal expression can time a claim.
fn usable(kind: TimexKind) -> bool {
    matches!(
        kind,
        TimexKind::Date | TimexKind::Time | TimexKind::Interval
    )
}

/// Sets the range `field` of each sentence in `per` to the items (`len`
/// of them, in sentence order, item `i` in sentence `sentence_of(i)`) of
/// that sentence. Each run of items of one sentence gives its range (a
/// later run of the same sentence wins). One step per item, the start
/// chosen by a select, not a loop that ends where the text says.
fn fill_ranges(
    per: &mut [PerSentence],
    len: usize,
    sentence_of: impl Fn(usize) -> usize,
    field: impl Fn(&mut PerSentence) -> &mut Range<usize>,
) {
    let mut previous = usize::MAX;
    // The start of the current run, kept in a register: a select between
    // it and `i` is a `cmov`, where one between the stored start and `i`
    // was compiled into a jump (mispredicted at each new sentence).
    let mut run_start = 0;
    for i in 0..len {
        let s = sentence_of(i);
        run_start = if s == previous { run_start } else { i };
        if let Some(p) = per.get_mut(s) {
            let r = field(p);
            r.start = run_start;
            r.end = i + 1;
        }
        previous = s;
    }
}

impl Index {
    /// The index of `parts`, in the (empty) vectors `per` and `mentions`.
    fn new(
        parts: &Parts<'_>,
        mut per: Vec<PerSentence>,
        mut mentions: Vec<(Span, usize)>,
    ) -> Index {
        per.clear();
        per.resize(parts.sentences.len(), PerSentence::default());
        fill_ranges(
            &mut per,
            parts.attributions.len(),
            |i| parts.attributions[i].sentence,
            |p| &mut p.attributions,
        );
        fill_ranges(
            &mut per,
            parts.dates.len(),
            |i| parts.dates[i].sentence,
            |p| &mut p.dates,
        );
        fill_ranges(
            &mut per,
            parts.hedges.len(),
            |i| parts.hedges[i].sentence,
            |p| &mut p.hedges,
        );
        fill_ranges(
            &mut per,
            parts.quantities.len(),
            |i| parts.quantities[i].sentence,
            |p| &mut p.quantities,
        );
        let mut last: Option<(usize, usize)> = None; // (block, date index)
        for (p, s) in per.iter_mut().zip(parts.sentences) {
            p.earlier_date = last.filter(|(b, _)| *b == s.block).map(|(_, d)| d);
            if let Some(d) = p.dates.clone().rev().find(|&d| usable(parts.dates[d].kind)) {
                last = Some((s.block, d));
            }
        }
        let dateline_date = parts
            .datelines
            .first()
            .and_then(|d| d.date)
            .and_then(|span| parts.dates.iter().position(|d| span.overlaps(d.span)));
        // Sized first: collected from a `flat_map`, which cannot tell its
        // length, the vector grew (and was copied) several times.
        let total = parts.actors.iter().map(|a| a.mentions.len()).sum();
        mentions.clear();
        mentions.reserve(total);
        mentions.extend(
            parts
                .actors
                .iter()
                .enumerate()
                .flat_map(|(ai, a)| a.mentions.iter().map(move |m| (m.span, ai))),
        );
        mentions.sort_unstable();
        Index {
            sentences: per,
            dateline_date,
            mentions,
        }
    }

    /// What sentence `s` holds (nothing for a sentence out of range).
    fn of(&self, s: usize) -> PerSentence {
        self.sentences.get(s).cloned().unwrap_or_default()
    }

    /// The actor with a mention overlapping `span` (mentions do not nest,
    /// so the few starting just before its end are enough to look at).
    fn actor_at(&self, span: Span) -> Option<usize> {
        let upto = self.mentions.partition_point(|(m, _)| m.start < span.end);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(8)
            .find(|(m, _)| m.overlaps(span))
            .map(|(_, a)| *a)
    }
}

/// The closed word classes of [`words`] as bits, so that a token's classes
/// are looked up once, when the sentence is tokenised, instead of scanning
/// a list each time a rule asks.
mod class {
    use super::words as w;
    use crate::bytes::ascii8::load8;
    use once_cell::sync::Lazy;

    pub(super) const ADVERB: u32 = 1;
    pub(super) const AUXILIARY: u32 = 1 << 1;
    pub(super) const CLAUSE_OPENER: u32 = 1 << 2;
    pub(super) const COMMON_VERB: u32 = 1 << 3;
    pub(super) const CONTROL_VERB: u32 = 1 << 4;
    pub(super) const DENIAL: u32 = 1 << 5;
    pub(super) const DETERMINER: u32 = 1 << 6;
    pub(super) const FIRST_PERSON: u32 = 1 << 7;
    pub(super) const NEGATION: u32 = 1 << 8;
    pub(super) const PLAN_NOUN: u32 = 1 << 9;
    pub(super) const PREPOSITION: u32 = 1 << 10;
    pub(super) const REPORTING: u32 = 1 << 11;
    pub(super) const SUBJECT_PRONOUN: u32 = 1 << 12;
    pub(super) const RELATIVE: u32 = 1 << 13;
    pub(super) const MOST: u32 = 1 << 14;
    pub(super) const LEAST: u32 = 1 << 15;
    /// Not a word class: set on the punctuation marks that end a clause
    /// for hedges and negations (`,` `;` `:` `—` `–` `(` `)`).
    pub(super) const BOUNDARY: u32 = 1 << 16;
    /// Not a word class: set on "-n't" words ("didn't", "won’t").
    pub(super) const CONTRACTED_NOT: u32 = 1 << 17;
    pub(super) const RECORD: u32 = 1 << 18;

    /// Where a word's id sits in its class bits: the top eight bits, above
    /// every class bit. Id 0 is no word of [`NAMED`].
    pub(super) const ID_SHIFT: u32 = 24;

    /// The words the rules ask for by name ("of", "to", "said"), each with
    /// its own id (1 to 63), stored in the top bits of its class bits
    /// ([`ID_SHIFT`]). A rule then tests a set of them with one shift of a
    /// mask ([`set`]) instead of comparing the token with each word of a
    /// list, a branch per word that depends on the text.
    pub(super) const NAMED: &[(&str, u32)] = &[
        ("a", 1),
        ("added", 2),
        ("and", 3),
        ("are", 4),
        ("be", 5),
        ("been", 6),
        ("being", 7),
        ("but", 8),
        ("by", 9),
        ("down", 10),
        ("for", 11),
        ("from", 12),
        ("is", 13),
        ("it", 14),
        ("its", 15),
        ("low", 16),
        ("lows", 17),
        ("no", 18),
        ("of", 19),
        ("one", 20),
        ("record", 21),
        ("said", 22),
        ("says", 23),
        ("since", 24),
        ("that", 25),
        ("the", 26),
        ("their", 27),
        ("they", 28),
        ("to", 29),
        ("told", 30),
        ("up", 31),
        ("was", 32),
        ("were", 33),
        ("which", 34),
        ("who", 35),
    ];

    /// The set of the named words `words` (each in [`NAMED`]) as a mask of
    /// their ids, for [`super::Token::is_in`]. A word not in [`NAMED`]
    /// fails the build (a const panic).
    pub(super) const fn set(words: &[&str]) -> u64 {
        let mut mask = 0u64;
        let mut i = 0;
        while i < words.len() {
            let mut j = 0;
            let mut found = false;
            while j < NAMED.len() {
                if same(words[i].as_bytes(), NAMED[j].0.as_bytes()) {
                    mask |= 1 << NAMED[j].1;
                    found = true;
                }
                j += 1;
            }
            assert!(found, "a word of the set is not named");
            i += 1;
        }
        mask
    }

    /// Byte equality, in a `const fn`.
    const fn same(a: &[u8], b: &[u8]) -> bool {
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }

    /// Longest entry of any list: longer words are in none.
    const MAX_LEN: usize = 16;

    /// Slots of the table's index, a power of two about three times the
    /// number of words (a cuckoo table fills up to half before inserts
    /// fail), kept small so that the index is few cache lines (2 KB): the
    /// other stages evict it between the articles.
    const SLOTS: usize = 1 << 10;

    /// Room for entries, a power of two (entry 0 is none): the lookup
    /// masks an index into it rather than check its bounds.
    const ENTRIES: usize = 1 << 9;

    /// Bits of an entry's index in a slot of [`Table::index`]; the slot's
    /// other bits hold the word's [`homes`] tag.
    const ENTRY_BITS: u32 = ENTRIES.trailing_zeros();

    /// Every listed word with its class bits, in a cuckoo hash table: a
    /// word has two homes in `index` (see [`homes`]) and its entry is in
    /// one of them, so a lookup reads both and compares the two entries.
    ///
    /// Why no early exit: about half the words of a sentence are listed,
    /// in no order the CPU can learn, so any test on the way ("is this word
    /// in the table?") is mispredicted often; the same work on every word,
    /// answered by masks, is cheaper.
    ///
    /// Why the tags: a slot holds a word's entry and seven bits of that
    /// word's hash. A word not listed (half the words) finds other words in
    /// its homes; where the tag differs, the lookup reads entry 0 (a line
    /// every lookup keeps warm) instead of that other word's key, a cache
    /// line of its own that the other stages evict between articles. Only
    /// a hit (or one miss in 128) reads a key of the table.
    pub(super) struct Table {
        /// For each slot, the index in `keys` of the word there (the low
        /// [`ENTRY_BITS`]; 0: none, the entry that matches no word) and
        /// its tag (the bits above).
        index: Box<[u16; SLOTS]>,
        /// The [`key`] of each entry's word ((0, 0), which no word has,
        /// for entry 0 and the unused ones): sixteen bytes, four to a
        /// cache line. A key tells the word's length too (see [`key`]),
        /// so no length is stored.
        keys: Box<[(u64, u64); ENTRIES]>,
        /// The class bits of each entry's word (0 for entry 0).
        bits: Box<[u32; ENTRIES]>,
        /// How many entries are used (entry 0 included).
        #[cfg(test)]
        used: usize,
    }

    /// Bit 5 of every byte: set, it makes an ASCII capital small.
    const CASE: u64 = 0x2020_2020_2020_2020;

    /// The [`key`] masks of a word of each length up to [`MAX_LEN`]: ones
    /// over its bytes in each half. A longer word (index `MAX_LEN + 1`)
    /// keeps its first seven bytes and the eight after the eighth: a key
    /// with a zero byte before a byte that is not, which no word of the
    /// lists has, so it matches none.
    const MASKS: [(u64, u64); MAX_LEN + 2] = {
        let mut t = [(0u64, 0u64); MAX_LEN + 2];
        t[MAX_LEN + 1] = (u64::MAX >> 8, u64::MAX);
        let mut n = 1;
        while n <= MAX_LEN {
            let lo = if n >= 8 { u64::MAX } else { (1 << (8 * n)) - 1 };
            let hi = if n >= 16 {
                u64::MAX
            } else if n > 8 {
                (1 << (8 * (n - 8))) - 1
            } else {
                0
            };
            t[n] = (lo, hi);
            n += 1;
        }
        t
    };

    /// The key of a word: its first [`MAX_LEN`] bytes with bit 5 set
    /// ([`CASE`]), read as two little-endian numbers, zero past its end.
    ///
    /// Every listed word is ASCII small letters (the table checks), and a
    /// byte with bit 5 set is a small letter exactly when it was that
    /// letter or its capital before (no other byte turns into a letter:
    /// the capitals are the letters less 0x20). So a word of the same
    /// length has the key of a listed word exactly when it is that word
    /// ignoring ASCII case, whatever its other bytes. And the length is
    /// in the key: every byte of a word has bit 5 set, so not zero, and
    /// the bytes past its end are zero; a word longer than [`MAX_LEN`]
    /// gets a key with a zero inside (see [`MASKS`]), no listed word's.
    #[inline]
    pub(super) fn key(word: &[u8]) -> (u64, u64) {
        key_of_loads(load8(word, 0), load8(word, 8), word.len())
    }

    /// [`key`] of the word of `len` bytes whose first sixteen bytes (and
    /// what follows, if it is shorter) are `lo` and `hi`, read in place
    /// from the text: folded and masked to the word's length.
    #[inline]
    pub(super) fn key_of_loads(lo: u64, hi: u64, len: usize) -> (u64, u64) {
        let (mlo, mhi) = MASKS[len.min(MAX_LEN + 1)];
        ((lo | CASE) & mlo, (hi | CASE) & mhi)
    }

    /// The slot a word hashes to in a table of `slots` slots (a power of
    /// two). The hash reads at most two eight-byte
    /// (or four-byte) windows of the word with bit 5 of each byte set, so
    /// that ASCII case does not change it; the caller compares the words.
    #[inline]
    pub(super) fn slot(word: &[u8], slots: usize) -> usize {
        let n = word.len();
        let key = if let (Some(a), Some(b)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) {
            (u64::from_le_bytes(*a) | CASE) ^ (u64::from_le_bytes(*b) | CASE).rotate_left(29)
        } else if let (Some(a), Some(b)) = (word.first_chunk::<4>(), word.last_chunk::<4>()) {
            (u64::from(u32::from_le_bytes(*a)) | (u64::from(u32::from_le_bytes(*b)) << 32)) | CASE
        } else {
            // One to three bytes: the first, middle and last.
            let byte = |i: usize| u64::from(word.get(i).copied().unwrap_or(0));
            (byte(0) | (byte(n / 2) << 8) | (byte(n.saturating_sub(1)) << 16)) | CASE
        };
        let key = key ^ n as u64;
        // Fibonacci hashing: the top bits of the product.
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - slots.trailing_zeros())) as usize
    }

    /// The two slots of [`Table`] where a word of `len` bytes with key
    /// `key` may be, and its tag (`16 - ENTRY_BITS` bits): three fields of
    /// one product (Fibonacci hashing).
    #[inline]
    fn homes(key: (u64, u64), len: usize) -> (usize, usize, u16) {
        const BITS: u32 = SLOTS.trailing_zeros();
        const TAG_BITS: u32 = 16 - ENTRY_BITS;
        let h = (key.0 ^ key.1.rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (
            (h >> (64 - BITS)) as usize,
            (h >> (64 - 2 * BITS)) as usize & (SLOTS - 1),
            (h >> (64 - 2 * BITS - TAG_BITS)) as u16 & ((1 << TAG_BITS) - 1),
        )
    }

    /// Every listed word with the bits of the lists it is in.
    fn listed() -> Vec<(&'static str, u32)> {
        let lists: [(&[&'static str], u32); 17] = [
            (w::ADVERBS, ADVERB),
            (w::AUXILIARIES, AUXILIARY),
            (w::CLAUSE_OPENERS, CLAUSE_OPENER),
            (w::COMMON_VERBS, COMMON_VERB),
            (w::CONTROL_VERBS, CONTROL_VERB),
            (w::DENIALS, DENIAL),
            (w::DETERMINERS, DETERMINER),
            (w::FIRST_PERSON, FIRST_PERSON),
            (w::NEGATIONS, NEGATION),
            (w::PLAN_NOUNS, PLAN_NOUN),
            (w::PREPOSITIONS, PREPOSITION),
            (w::REPORTING, REPORTING),
            (w::SUBJECT_PRONOUNS, SUBJECT_PRONOUN),
            (w::RELATIVES, RELATIVE),
            (w::MOST, MOST),
            (w::LEAST, LEAST),
            (w::RECORD, RECORD),
        ];
        let mut words: Vec<(&'static str, u32)> = Vec::new();
        let named = NAMED.iter().map(|&(word, id)| (word, id << ID_SHIFT));
        let listed = lists
            .iter()
            .flat_map(|&(list, bit)| list.iter().map(move |&word| (word, bit)));
        // The named words first: the commonest words of English ("the",
        // "of", "to", "said"), whose entries then share the table's first
        // few cache lines of keys, which nearly every sentence reads.
        for (word, bit) in named.chain(listed) {
            match words.iter_mut().find(|(t, _)| t.eq_ignore_ascii_case(word)) {
                Some((_, bits)) => *bits |= bit,
                None => words.push((word, bit)),
            }
        }
        words
    }

    static TABLE: Lazy<Table> = Lazy::new(|| {
        let words = listed();
        assert!(words.len() * 5 / 2 < SLOTS, "the class table is too full");
        assert!(words.len() < ENTRIES, "the class table has too many words");
        let mut index = Box::new([0u16; SLOTS]);
        // Each entry's key, length and class bits (entry 0: none).
        let mut entries: Vec<((u64, u64), usize, u32)> = vec![((0, 0), 0, 0)];
        for (word, bits) in words {
            let b = word.as_bytes();
            assert!(!b.is_empty() && b.len() <= MAX_LEN, "{word} does not fit");
            // What makes [`key`] exact.
            assert!(
                b.iter().all(u8::is_ascii_lowercase),
                "{word} is not small letters"
            );
            let key = key(b);
            let Ok(entry) = u16::try_from(entries.len()) else {
                panic!("the class table has too many words");
            };
            entries.push((key, b.len(), bits));
            // Cuckoo insertion: take a free home, else push the word out of
            // the first home to its other one, and so on. A slot holds the
            // entry and its word's tag.
            let (a, other, tag) = homes(key, b.len());
            let mut moving = entry | (tag << ENTRY_BITS);
            let mut at = if index[a] == 0 { a } else { other };
            let mut placed = false;
            for _ in 0..SLOTS {
                std::mem::swap(&mut index[at], &mut moving);
                if moving == 0 {
                    placed = true;
                    break;
                }
                let (key, len, _) = entries[usize::from(moving) & (ENTRIES - 1)];
                let (a, b, _) = homes(key, len);
                at = if at == a { b } else { a };
            }
            assert!(placed, "{word}: the class table has no place for it");
        }
        let mut keys = Box::new([(0u64, 0u64); ENTRIES]);
        let mut class_bits = Box::new([0u32; ENTRIES]);
        for (i, &(key, _, bits)) in entries.iter().enumerate() {
            keys[i] = key;
            class_bits[i] = bits;
        }
        Table {
            index,
            keys,
            bits: class_bits,
            #[cfg(test)]
            used: entries.len(),
        }
    });

    /// The class bits of a word (case-insensitive for ASCII letters).
    #[cfg(test)]
    pub(super) fn of(word: &str) -> u32 {
        table().of(word)
    }

    /// The table, for a caller that looks up many words (a sentence's):
    /// the lazy static is checked once.
    pub(super) fn table() -> &'static Table {
        &TABLE
    }

    impl Table {
        /// The class bits of a word (case-insensitive for ASCII letters).
        #[inline]
        pub(super) fn of(&self, word: &str) -> u32 {
            self.of_key(key(word.as_bytes()), word.len())
        }

        /// The class bits of the word of `len` bytes whose [`key`] is
        /// `key`: the bits of the entry in one of its two [`homes`] with
        /// that tag and key (the key tells the length; entry 0's, (0, 0),
        /// is no word's), read without a branch on the answer.
        #[inline]
        pub(super) fn of_key(&self, key: (u64, u64), len: usize) -> u32 {
            let (a, b, tag) = homes(key, len);
            // The indexes are masked into the fixed-size arrays (a no-op:
            // homes are below SLOTS, entries below ENTRIES), so no bounds
            // check is left.
            let bits = |slot: usize| {
                let held = self.index[slot & (SLOTS - 1)];
                // Another word's tag: entry 0 (see [`Table`]).
                let same_tag = held >> ENTRY_BITS == tag;
                let at = usize::from(held) & (ENTRIES - 1) & usize::from(same_tag).wrapping_neg();
                let k = &self.keys[at];
                // Zero exactly on a hit.
                let diff = (k.0 ^ key.0) | (k.1 ^ key.1);
                let miss = (diff | diff.wrapping_neg()) >> 63;
                // On a miss, the bits of entry 0 (none). The answer is
                // read through an index computed by arithmetic: a choice
                // between the bits and 0 is compiled into a branch, which
                // the CPU would mispredict on about every other word.
                let chosen = at & (miss as usize).wrapping_sub(1);
                self.bits[chosen]
            };
            bits(a) | bits(b)
        }
    }

    /// Builds the table.
    pub(super) fn warm() {
        Lazy::force(&TABLE);
    }

    #[cfg(test)]
    #[test]
    fn every_entry_fits_and_is_found() {
        let words = listed();
        assert_eq!(TABLE.index.iter().filter(|&&i| i != 0).count(), words.len());
        assert_eq!(TABLE.used, words.len() + 1);
        assert!(TABLE.keys[TABLE.used..].iter().all(|&k| k == (0, 0)));
        assert!(TABLE.bits[TABLE.used..].iter().all(|&b| b == 0));
        assert_eq!((TABLE.keys[0], TABLE.bits[0]), ((0, 0), 0));
        // Every slot's entry carries its word's tag.
        for &held in TABLE.index.iter().filter(|&&i| i != 0) {
            let at = usize::from(held) & (ENTRIES - 1);
            let key = TABLE.keys[at];
            // The length, from the key (its bytes that are not zero).
            let (lo, hi) = (key.0.to_le_bytes(), key.1.to_le_bytes());
            let len = lo.iter().chain(&hi).filter(|&&b| b != 0).count();
            let (_, _, tag) = homes(key, len);
            assert_eq!(held >> ENTRY_BITS, tag);
        }
        assert!(words.len() > 100);
        for (w, bits) in words {
            assert!(w.len() <= MAX_LEN, "{w} is longer than MAX_LEN");
            assert_eq!(of(w), bits);
            assert_eq!(of(&w.to_ascii_uppercase()), bits);
            // Every mix of cases passes the quick filter too.
            let mut first_up = w.to_string();
            first_up[..1].make_ascii_uppercase();
            assert_eq!(of(&first_up), bits, "{first_up}");
            let second_up: String = w
                .char_indices()
                .map(|(i, c)| if i == 1 { c.to_ascii_uppercase() } else { c })
                .collect();
            assert_eq!(of(&second_up), bits, "{second_up}");
            // A word one byte off is not found (no entry holds '#').
            let changed = format!("{}#", &w[..w.len() - 1]);
            assert_eq!(of(&changed), 0, "{changed}");
        }
        assert_eq!(of("said") & REPORTING, REPORTING);
        assert_eq!(of("The") & DETERMINER, DETERMINER);
        assert_eq!(of("protesters"), 0);
        assert_eq!(of("Ríos"), 0);
    }

    /// A word longer than [`MAX_LEN`] has a key no word up to that length
    /// has (its first sixteen bytes as a shorter word's would be, were it
    /// not for the zero [`MASKS`] puts in it), and is in no list.
    #[cfg(test)]
    #[test]
    fn longer_words_match_no_key() {
        let table = table();
        for (w, _) in listed() {
            let long = format!("{w}{}", "x".repeat(MAX_LEN + 1 - w.len()));
            assert!(long.len() > MAX_LEN);
            for n in 1..=MAX_LEN {
                assert_ne!(
                    key(long.as_bytes()),
                    key(&long.as_bytes()[..n]),
                    "{long} {n}"
                );
            }
            assert_eq!(table.of(&long), 0, "{long}");
        }
        // Sixteen letters and more: every length keeps the zero.
        for n in MAX_LEN + 1..40 {
            let (lo, hi) = key("a".repeat(n).as_bytes());
            assert_eq!(lo >> 56, 0);
            assert_ne!(hi, 0);
        }
    }

    /// [`key_of_loads`] gives the key [`key`] gives for the word sliced out, for
    /// words of every length at every place of a text (its start, its
    /// end, with letters past ASCII on either side).
    #[cfg(test)]
    #[test]
    fn keys_read_in_place_are_those_of_the_word() {
        let text = "Zoë said: ABCDEFGHIJKLMNOPQRS the Ríos’ n't x".as_bytes();
        for start in 0..text.len() {
            for len in 1..=MAX_LEN.min(text.len() - start) {
                let word = &text[start..start + len];
                let (lo, hi) = (load8(text, start), load8(text, start + 8));
                assert_eq!(key_of_loads(lo, hi, len), key(word), "{start} {len}");
            }
        }
    }

    /// The lookup answers as a plain search of the lists ignoring ASCII
    /// case, for the listed words in every case, words one byte off, and
    /// the words of the bench corpus (accents, curly quotes, numbers).
    #[cfg(test)]
    #[test]
    fn the_lookup_answers_as_a_search_of_the_lists() {
        let words = listed();
        let plain = |w: &str| {
            words
                .iter()
                .filter(|(t, _)| t.eq_ignore_ascii_case(w))
                .fold(0, |acc, (_, bits)| acc | bits)
        };
        let corpus = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/benches/corpus/articles.jsonl"
        ))
        .unwrap_or_default();
        let mut asked: Vec<String> = corpus
            .split(|c: char| !c.is_alphanumeric() && !"'’.-".contains(c))
            .take(200_000)
            .map(str::to_string)
            .collect();
        assert!(asked.len() > 100_000, "the bench corpus is read");
        for (w, _) in &words {
            asked.push(w.to_ascii_uppercase());
            asked.push(format!("{w}s"));
            asked.push(format!("{w}\u{e9}"));
            asked.push(w[1..].to_string());
            asked.push(w.replace('e', "\u{e9}"));
            asked.push(w.replace('a', "@"));
            asked.push(w.replace('o', "O"));
        }
        asked.extend(
            [
                "", "a", "A", "I", "Ríos", "n’t", "don't", "THE", "ThE", "@", "`", "[he", "{he",
            ]
            .map(String::from),
        );
        let table = table();
        for w in &asked {
            assert_eq!(table.of(w), plain(w), "{w:?}");
        }
    }
}

/// A word or punctuation mark of a sentence, in document coordinates.
#[derive(Debug, Clone, Copy)]
struct Token<'t> {
    span: Span,
    text: &'t str,
    word: bool,
    /// The closed word classes the word belongs to ([`class`] bits).
    classes: u32,
}

impl Token<'_> {
    /// Whether the word is in `list` (lower case), ignoring ASCII case. The
    /// lists are short, and the length check rejects most entries at once.
    /// (Always inlined: the lists are constants, and left to itself the
    /// compiler at times makes this a call per word asked.)
    /// Kept for the tests, which hold [`Token::is_in`] to it.
    #[cfg(test)]
    fn is(&self, list: &[&str]) -> bool {
        if !self.word {
            return false;
        }
        for w in list {
            if w.eq_ignore_ascii_case(self.text) {
                return true;
            }
        }
        false
    }

    /// Whether the word is one of the named words of `set` (a
    /// [`class::set`]): `Token::is` (kept for the tests) on the list the
    /// set was made of, as one shift of a mask. Sound because a token's classes are those of
    /// the class table for its text (ignoring ASCII case, as `is` does),
    /// where each named word carries its id; other words and punctuation
    /// marks have id 0, in no set (a test compares the two on the bench
    /// corpus).
    #[inline]
    fn is_in(&self, set: u64) -> bool {
        (set >> ((self.classes >> class::ID_SHIFT) & 63)) & 1 != 0
    }

    /// Whether the word belongs to one of the word classes in `bits`.
    #[inline]
    fn has(&self, bits: u32) -> bool {
        self.classes & bits != 0
    }

    #[inline]
    fn capitalised(&self) -> bool {
        self.word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// A "-n't" verb: "didn't", "won’t".
    fn contracted_not(&self) -> bool {
        self.has(class::CONTRACTED_NOT)
    }

    fn possessive(&self) -> bool {
        self.text.ends_with("'s") || self.text.ends_with("’s")
    }
}

/// Splits a sentence into words (letters, digits and the joiners `-`, `'`,
/// `’`, `.` between them) and single punctuation marks. Reads bytes, and
/// decodes a char only where a byte is not ASCII. Returns the union of the
/// tokens' [`class`] bits, so that a rule can skip a sentence that lacks
/// what it looks for.
///
/// The common word, ASCII letters and digits up to a space, the end, or a
/// mark that cannot join (a comma or stop before a space, a bracket), takes
/// a short path with few branches that depend on the text: its end is
/// found eight bytes at a time ([`alnum_end`]), the test of what follows
/// it is one table lookup, and its classes are read without a branch
/// ([`word_classes`]). A word that may go on (a joiner, a char past ASCII)
/// is finished out of line by [`word_tail`] (a test holds the tokens equal
/// to those of the char-by-char loop). Kept out of line itself: inlined in
/// [`assemble`], its loop is laid out worse (measured).
#[inline(never)]
fn tokenize<'t>(doc: &'t str, span: Span, out: &mut Vec<Token<'t>>, pad: &mut Padded) -> u32 {
    let mut seen = 0;
    let table = class::table();
    let text = span.as_str(doc);
    let bytes = text.as_bytes();
    pad.fill(bytes);
    let mut i = 0;
    while let Some(&x) = bytes.get(i) {
        if ASCII_ALNUM[usize::from(x)] {
            let mut end = pad.alnum_end(i + 1);
            // Most words end at a space, the end, or an ASCII mark that
            // joins nothing: not a joiner, or a comma or stop with a space
            // or the end after it (see [`WORD_ENDS`]). The two bytes after
            // the run are read from the padded copy (zeros past the end,
            // where a 0 after the run ends the word as the end does), so
            // that no test on the text's length is needed.
            let next = pad.load8(end);
            let (y, z) = (next as u8, (next >> 8) as u8);
            let spaced = (z == b' ') | (end + 1 >= bytes.len());
            // The space after the word, skipped here rather than by the
            // loop.
            let mut skip = usize::from(y == b' ');
            if !WORD_ENDS[usize::from(y) << 1 | usize::from(spaced)] {
                end = word_tail(text, char::from(x), end);
                skip = usize::from(bytes.get(end) == Some(&b' '));
            }
            let word = slice(doc, span.start, i, end);
            let classes = word_classes(table, pad, i, end);
            out.push(Token {
                span: Span::new(i, end).shift(span.start),
                text: word,
                word: true,
                classes,
            });
            seen |= classes;
            i = end + skip;
            continue;
        }
        let (c, len) = if x < 0x80 {
            if x == b' ' {
                i += 1;
                continue;
            }
            (char::from(x), 1)
        } else {
            match char_at(text, i) {
                Some(p) => p,
                None => break,
            }
        };
        if !alphanumeric(c) {
            if !c.is_whitespace() {
                out.push(Token {
                    span: Span::new(i, i + len).shift(span.start),
                    text: slice(doc, span.start, i, i + len),
                    word: false,
                    classes: if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')') {
                        class::BOUNDARY
                    } else {
                        0
                    },
                });
            }
            i += len;
            continue;
        }
        // A word that starts past ASCII ("Ñandú", "١٢٣"): the slow way.
        let end = word_tail(text, c, i + len);
        let word = slice(doc, span.start, i, end);
        seen |= push_word(out, table, word, Span::new(i, end).shift(span.start));
        i = end + usize::from(bytes.get(end) == Some(&b' '));
    }
    seen
}

/// `text[from..to]` of the sentence `text` that starts at byte `base` of
/// `doc`, sliced out of `doc`: the same text, but the char-boundary checks
/// of the slice meet the start or the end of their string (a branch of
/// its own, mispredicted once a sentence when it is the sentence's) only
/// at the document's ends.
#[inline]
fn slice(doc: &str, base: usize, from: usize, to: usize) -> &str {
    doc.get(base + from..base + to).unwrap_or("")
}

/// [`AFTER_WORD`]: the word ends before this byte (a space, an ASCII mark
/// that joins nothing; also the end of the text).
const ENDS: u8 = 0;
/// [`AFTER_WORD`]: `,` or `.`, which end the word when a space or the end
/// follows them (else they may join: "2,400", "U.S").
const ENDS_BEFORE_SPACE: u8 = 1;
/// [`AFTER_WORD`]: a joiner (`-`, `'`) or a byte past ASCII: the word may go
/// on.
const MAY_GO_ON: u8 = 2;

/// Whether a run of ASCII letters and digits ends the word, by the byte
/// `y` after it and whether a space or the end follows that byte
/// (`spaced`), at index `y << 1 | spaced`: [`AFTER_WORD`] with the space
/// test folded in, so that [`tokenize`]'s short path answers with one load,
/// where the compiler made a jump of each test (mispredicted on the words
/// before a comma or stop).
const WORD_ENDS: [bool; 512] = {
    let mut t = [false; 512];
    let mut i = 0;
    while i < 512 {
        let after = AFTER_WORD[i >> 1];
        let spaced = i & 1 == 1;
        t[i] = after == ENDS || (after == ENDS_BEFORE_SPACE && spaced);
        i += 1;
    }
    t
};

/// What the byte after a run of ASCII letters and digits says of the
/// word's end, for [`tokenize`]'s short path, as the `match` it replaces:
/// one load instead of a jump that depends on the text.
const AFTER_WORD: [u8; 256] = {
    let mut t = [ENDS; 256];
    let mut i = 0x80;
    while i < 256 {
        t[i] = MAY_GO_ON;
        i += 1;
    }
    t[b'-' as usize] = MAY_GO_ON;
    t[b'\'' as usize] = MAY_GO_ON;
    t[b',' as usize] = ENDS_BEFORE_SPACE;
    t[b'.' as usize] = ENDS_BEFORE_SPACE;
    t
};

/// The class bits of the word at `start..end` of the text in `pad` (the
/// [`class`] bits of [`push_word`]), without a branch on the text: its key
/// read in place ([`class::key_of_loads`]) and looked up with
/// [`class::Table::of_key`], and the "-n't" test on the bytes that end it.
#[inline(always)]
fn word_classes(table: &class::Table, pad: &Padded, start: usize, end: usize) -> u32 {
    let len = end - start;
    let key = class::key_of_loads(pad.load8(start), pad.load8(start + 8), len);
    let classes = table.of_key(key, len);
    // "n't" or "n’t" (E2 80 99) ends the word: the last three or five
    // bytes, at the top of the eight before `end`.
    let tail = pad.load8_before(end);
    let straight = (tail >> 40 == 0x74_27_6E) & (len >= 3);
    let curly = (tail >> 24 == 0x74_99_80_E2_6E) & (len >= 5);
    classes | (class::CONTRACTED_NOT & 0u32.wrapping_sub(u32::from(straight | curly)))
}

/// Pushes the word token `word` at `span` with its classes from `table`
/// (and [`class::CONTRACTED_NOT`] for "n't"), and returns those classes.
#[inline]
fn push_word<'t>(out: &mut Vec<Token<'t>>, table: &class::Table, word: &'t str, span: Span) -> u32 {
    let mut classes = table.of(word);
    if word.ends_with("n't") || word.ends_with("n’t") {
        classes |= class::CONTRACTED_NOT;
    }
    out.push(Token {
        span,
        text: word,
        word: true,
        classes,
    });
    classes
}

/// Where the word of `text` that starts with `c` ends, its ASCII letters
/// and digits read up to `end`, where a joiner or a char past ASCII may
/// carry it on: the joiners inside a word ("Ríos-Carvajal", "Maduro’s",
/// "U.S"), thousands separators inside a number ("2,400"), letters past
/// ASCII. Out of line: most words never get here.
#[inline(never)]
fn word_tail(text: &str, c: char, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        if bytes.get(end) == Some(&b' ') {
            break;
        }
        let Some((d, d_len)) = char_at(text, end) else {
            break;
        };
        let joined = alphanumeric(d)
            || (matches!(d, '-' | '\'' | '’' | '.' | ',') && {
                let next = char_at(text, end + d_len).map(|(n, _)| n);
                if d == ',' {
                    c.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
                } else {
                    next.is_some_and(alphanumeric)
                }
            });
        if !joined {
            break;
        }
        end = alnum_end(bytes, end + d_len);
    }
    end
}

/// [`tokenize`] as first written, char by char (the tests compare the
/// two).
///
/// Splits a sentence into words (letters, digits and the joiners `-`, `'`,
/// `’`, `.` between them) and single punctuation marks. Reads bytes, and
/// decodes a char only where a byte is not ASCII. Returns the union of the
/// tokens' [`class`] bits, so that a rule can skip a sentence that lacks
/// what it looks for.
#[cfg(test)]
fn tokenize_plain<'t>(doc: &'t str, span: Span, out: &mut Vec<Token<'t>>) -> u32 {
    let mut seen = 0;
    let table = class::table();
    let text = span.as_str(doc);
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if c == ' ' {
            i += 1;
            continue;
        }
        if !alphanumeric(c) {
            if !c.is_whitespace() {
                out.push(Token {
                    span: Span::new(i, i + len).shift(span.start),
                    text: &text[i..i + len],
                    word: false,
                    classes: if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')') {
                        class::BOUNDARY
                    } else {
                        0
                    },
                });
            }
            i += len;
            continue;
        }
        let mut end = i + len;
        loop {
            // A byte at a time through a table (the range tests cost twice
            // as much).
            while bytes.get(end).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
                end += 1;
            }
            // Most words end at a space, which joins nothing.
            if bytes.get(end) == Some(&b' ') {
                break;
            }
            let Some((d, d_len)) = char_at(text, end) else {
                break;
            };
            // Joiners inside a word: "Ríos-Carvajal", "Maduro’s", "U.S",
            // and thousands separators inside a number: "2,400".
            let joined = alphanumeric(d)
                || (matches!(d, '-' | '\'' | '’' | '.' | ',') && {
                    let next = char_at(text, end + d_len).map(|(n, _)| n);
                    if d == ',' {
                        c.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
                    } else {
                        next.is_some_and(alphanumeric)
                    }
                });
            if !joined {
                break;
            }
            end += d_len;
        }
        let word = &text[i..end];
        seen |= push_word(out, table, word, Span::new(i, end).shift(span.start));
        // The space after the word, skipped here rather than by the loop.
        i = if bytes.get(end) == Some(&b' ') {
            end + 1
        } else {
            end
        };
    }
    seen
}

/// The char at byte `at` of `text` (a char boundary) and its length, read
/// straight from the byte when it is ASCII.
#[inline]
fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let &b = text.as_bytes().get(at)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// `char::is_alphanumeric`, answered without the Unicode tables for ASCII
/// and for the General Punctuation block (U+2000–U+206F: curly quotes,
/// dashes, spaces), which has no letter or digit (a test checks) and where
/// the tables cost a few hundred instructions.
#[inline]
fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// Where a quantity and its event sit among the sentence's tokens, found
/// once per claim for the rules that need them.
struct At {
    /// The first token of the quantity ([`token_at`] its start).
    start: usize,
    /// The first token after the quantity ([`token_at`] its end).
    end: usize,
    /// The event's first token, when it has an event (else 0).
    event: usize,
}

/// Index of the first token that starts at or after `pos`: the
/// `partition_point` of the tokens that start before it (a test compares
/// the two).
///
/// A binary search by steps of fixed sizes (64, 32, ..., 1, enough for a
/// sentence of up to 127 tokens; a longer one takes `partition_point`):
/// each step advances to the end of the next `step` tokens when the last of
/// them starts before `pos` (clamped to the end, so that no step reads
/// past it), a select rather than a jump. The same steps for every search,
/// so the loop's exit is never mispredicted, where the search that
/// halves the range until it is empty mispredicted one turn in ten.
#[inline]
fn token_at(tokens: &[Token<'_>], pos: usize) -> usize {
    const STEPS: [usize; 7] = [64, 32, 16, 8, 4, 2, 1];
    let len = tokens.len();
    if len == 0 || len > 127 {
        return tokens.partition_point(|t| t.span.start < pos);
    }
    let mut base = 0;
    for step in STEPS {
        // `i` is at least 1 (base + step >= 1, len >= 1), at most len.
        let i = (base + step).min(len);
        let before = tokens.get(i - 1).is_some_and(|t| t.span.start < pos);
        base = if (i > base) & before { i } else { base };
    }
    base
}

// Kept out of line, as the rules it calls expect: inlined in [`assemble`],
// the small helpers it calls are no longer inlined in it (measured: a few
// million instructions more on the bench corpus).
#[inline(never)]
fn claim_for(
    parts: &Parts<'_>,
    index: &Index,
    tokens: &[Token<'_>],
    facts: &SentenceFacts,
    qi: usize,
    q: &Quantity,
) -> Claim {
    let (pronoun, negation) = (facts.pronoun.as_ref(), facts.negation);
    let event = q.event.as_ref();
    let lemma = event.map(|e| e.lemma.as_str());
    let info = lemma.map_or(LemmaInfo::default(), lemma_info);
    let class = info.class;
    let at = At {
        start: token_at(tokens, q.span.start),
        end: token_at(tokens, q.span.end),
        event: event.map_or(0, |e| token_at(tokens, e.span.start)),
    };
    let source = source_for(parts, index, pronoun, q);
    let actor = actor_for(parts, index, tokens, q, &at, source.as_ref(), info);
    let hedged = hedged(parts, index, tokens, qi, q, &at);
    let negated = event.is_some_and(|e| {
        negated(tokens, &at) || negation.is_some_and(|n| same_clause_before(tokens, n, e.span))
    });
    let change = change_for(parts.doc, tokens, q, &at, class, facts.record);
    Claim {
        value: q.value,
        high: q.high,
        bound: q.bound,
        unit: q.unit.clone(),
        object: q.object.as_ref().map(|o| o.text.clone()),
        event: event.map(|e| e.lemma.clone()),
        class,
        actor: actor.clone(),
        time: time_for(parts, index, tokens, q, &at, facts.relative),
        source: source.clone(),
        hedged,
        negated,
        change,
        evidence: vec![Evidence {
            sentence: q.sentence,
            quantity: qi,
            span: q.span,
            actor,
            source,
            hedged,
        }],
    }
}

/// The attribution that carries the quantity: the nearest one whose cue
/// comes before it ("rights groups estimate that more than 900"), else the
/// last one of the sentence after it ("..., the institute said."); else a
/// pronoun with a reporting verb ("..., she said").
fn source_for(
    parts: &Parts<'_>,
    index: &Index,
    pronoun: Option<&ClaimSource>,
    q: &Quantity,
) -> Option<ClaimSource> {
    let range = index.of(q.sentence).attributions;
    let in_sentence = &parts.attributions[range.clone()];
    if in_sentence.len() > 32 {
        // A pathological sentence: keep the work per quantity bounded.
        let i = nearest(
            range,
            q.span,
            |i| parts.attributions[i].source.span,
            |_| true,
        )?;
        let a = &parts.attributions[i];
        return Some(ClaimSource {
            text: a.source.text.clone(),
            cue: a.cue.clone(),
            attribution: Some(i),
        });
    }
    let before = in_sentence
        .iter()
        .enumerate()
        .filter(|(_, a)| a.cue_span.end <= q.span.start)
        .max_by_key(|(_, a)| a.cue_span.end);
    let after = || {
        in_sentence
            .iter()
            .enumerate()
            .filter(|(_, a)| a.cue_span.start >= q.span.end)
            .max_by_key(|(_, a)| a.cue_span.start)
    };
    let chosen = before
        .or_else(after)
        .or_else(|| in_sentence.iter().enumerate().next());
    if let Some((i, a)) = chosen {
        return Some(ClaimSource {
            text: a.source.text.clone(),
            cue: a.cue.clone(),
            attribution: Some(range.start + i),
        });
    }
    pronoun.cloned().or_else(|| quote_speaker(parts, q))
}

/// A figure inside a quotation is the speaker's claim.
fn quote_speaker(parts: &Parts<'_>, q: &Quantity) -> Option<ClaimSource> {
    let at = parts
        .quotes
        .partition_point(|qu| qu.span.end <= q.span.start);
    let quote = parts.quotes.get(at).filter(|qu| qu.span.contains(q.span))?;
    let speaker = quote.speaker.as_ref()?;
    Some(ClaimSource {
        text: speaker.text.clone(),
        cue: "say".into(),
        attribution: None,
    })
}

/// "he said", "she told reporters", "said she": a pronoun source, which the
/// attribution extractor leaves out.
fn pronoun_source(tokens: &[Token<'_>]) -> Option<ClaimSource> {
    for (i, t) in tokens.iter().enumerate() {
        if !t.has(class::SUBJECT_PRONOUN) {
            continue;
        }
        let next = tokens
            .get(i + 1)
            .filter(|n| n.is_in(const { class::set(&["added", "said", "says", "told"]) }));
        let prev = i
            .checked_sub(1)
            .map(|p| &tokens[p])
            .filter(|p| p.is_in(const { class::set(&["added", "said", "says"]) }));
        if let Some(verb) = next.or(prev) {
            let cue = if verb.is_in(const { class::set(&["told"]) }) {
                "tell"
            } else if verb.is_in(const { class::set(&["added"]) }) {
                "add"
            } else {
                "say"
            };
            return Some(ClaimSource {
                text: t.text.into(),
                cue: cue.into(),
                attribution: None,
            });
        }
    }
    None
}

/// Of the items `range` (in text order, located by `span_of`) that `keep`
/// accepts, the one nearest to `target`: a binary search, then a few steps
/// either way.
fn nearest(
    range: Range<usize>,
    target: Span,
    span_of: impl Fn(usize) -> Span,
    keep: impl Fn(usize) -> bool,
) -> Option<usize> {
    const STEPS: usize = 4;
    let (mut lo, mut hi) = (range.start, range.end);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if span_of(mid).start < target.start {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let distance = |s: Span| {
        if s.end <= target.start {
            target.start - s.end
        } else {
            s.start.saturating_sub(target.end)
        }
    };
    let before = (range.start..lo).rev().take(STEPS);
    let after = (lo..range.end).take(STEPS);
    before
        .chain(after)
        .filter(|&i| keep(i) && !span_of(i).overlaps(target))
        .min_by_key(|&i| (distance(span_of(i)), i))
}

/// The actor of the event: the subject of an active verb that comes before
/// the number ("authorities detained more than 2,400"), the subject of an
/// object relative clause ("the £48m City paid"), or the agent of a passive
/// verb after it ("2,400 were detained by police").
fn actor_for(
    parts: &Parts<'_>,
    index: &Index,
    tokens: &[Token<'_>],
    q: &Quantity,
    at: &At,
    source: Option<&ClaimSource>,
    info: LemmaInfo,
) -> Option<ClaimActor> {
    let event = q.event.as_ref()?.span;
    let e = at.event;
    if e >= tokens.len() {
        return None;
    }
    let phrase = if event.start < q.span.start {
        if info.intransitive {
            return None;
        }
        subject_before(tokens, e)?
    } else {
        let headline = parts
            .sentences
            .get(q.sentence)
            .and_then(|s| parts.blocks.get(s.block))
            .is_some_and(|b| b.kind == BlockKind::Headline);
        let after_q = at.end;
        let object = q.object.as_ref().map(|o| o.span);
        relative_subject(tokens, after_q, e, object, headline).or_else(|| agent_after(tokens, e))?
    };
    let (first, last) = (&tokens[phrase.0], &tokens[phrase.1 - 1]);
    if !nominal(last) && !last.has(class::SUBJECT_PRONOUN) && !last.has(class::FIRST_PERSON) {
        return None;
    }
    let mut span = Span::new(first.span.start, last.span.end);
    let mut text: Text = span.as_str(parts.doc).into();
    if phrase.1 - phrase.0 == 1 && first.has(class::FIRST_PERSON) {
        // "I will govern for 52 million": the speaker, not named here.
        return None;
    }
    // "Veltrix said it would cut 1,800 jobs": the pronoun is the source.
    if phrase.1 - phrase.0 == 1 && first.is_in(const { class::set(&["it", "they"]) }) {
        let a = source
            .and_then(|s| s.attribution)
            .and_then(|i| parts.attributions.get(i))?;
        span = a.source.span;
        text = a.source.text.clone();
    }
    let actor = index.actor_at(span);
    Some(ClaimActor { text, span, actor })
}

/// How many tokens back from a verb its subject is looked for.
const WINDOW: usize = 40;

/// Index just before the verb group that ends at `i` (auxiliaries, adverbs,
/// negations: "has not yet", "is reportedly").
fn skip_verb_group(tokens: &[Token<'_>], mut i: usize, floor: usize) -> usize {
    while i > floor {
        let t = &tokens[i - 1];
        if t.has(class::AUXILIARY)
            || t.has(class::NEGATION)
            || t.has(class::ADVERB)
            || (t.word && t.text.ends_with("ly") && !t.capitalised())
        {
            i -= 1;
        } else {
            break;
        }
    }
    i
}

/// The subject noun phrase of the verb at token `verb`, as a token range.
fn subject_before(tokens: &[Token<'_>], verb: usize) -> Option<(usize, usize)> {
    // A subject is looked for within a window, so that the work per claim is
    // bounded however long the sentence.
    let floor = verb.saturating_sub(WINDOW);
    let mut i = skip_verb_group(tokens, verb, floor);
    // "X was elected, winning 50.9%": a participle clause, not a
    // progressive ("were admitting").
    let participle = tokens[verb].text.ends_with("ing") && i == verb;
    // An event noun ("announced the release of 88", "its target of 5
    // million"): the actor is the subject of the verb that governs the noun
    // phrase, if a verb does.
    let noun = tokens
        .get(verb + 1)
        .is_some_and(|t| t.is_in(const { class::set(&["of"]) }))
        || (i > floor && tokens[i - 1].has(class::DETERMINER) && !tokens[i - 1].capitalised());
    if noun {
        let (start, _) = phrase_ending_at(tokens, verb);
        i = start.max(floor);
        let governor = i.checked_sub(1).map(|g| &tokens[g])?;
        if !governor.word
            || governor.capitalised()
            || governor.has(class::PREPOSITION)
            || governor.has(class::CLAUSE_OPENER)
            || governor.has(class::AUXILIARY)
        {
            return None;
        }
        i = skip_verb_group(tokens, i - 1, floor);
    }
    // An infinitive: "asked donors to fund", "plans to cut", "Veltrix to Cut".
    if i > floor && tokens[i - 1].is_in(const { class::set(&["to"]) }) {
        i -= 1;
        let before = i.checked_sub(1).filter(|&b| b >= floor).map(|b| &tokens[b]);
        // After a determiner the word is a noun ("a plan to raise"), not a
        // verb passing on its subject ("plans to raise").
        let noun = i >= 2 && i - 2 >= floor && tokens[i - 2].has(class::DETERMINER);
        let control = !noun
            && before.is_some_and(|b| {
                b.has(class::CONTROL_VERB)
                    || (!b.capitalised() && (verbish(b) || b.text.ends_with("ing")))
            });
        if control {
            // "is designed to capture", "is believed to have flown".
            i = skip_verb_group(tokens, i - 1, floor);
        } else {
            let (start, end) = phrase_ending_at(tokens, i);
            if start == end || !nominal(&tokens[end - 1]) {
                // "cut 1,500 jobs by 2027 to save": the clause's subject.
                return clause_subject(tokens, i);
            }
            // "the government's plan to raise": the possessor acts.
            if let Some(p) = tokens[start..end].iter().position(Token::possessive) {
                return Some((start, start + p + 1));
            }
            if !tokens[end - 1].has(class::PLAN_NOUN) {
                return Some((start, end));
            }
            // "the cabinet approved a plan to raise": whoever governs the plan.
            let governor = start
                .checked_sub(1)
                .filter(|&g| g >= floor)
                .map(|g| &tokens[g])?;
            if !governor.word
                || governor.has(class::PREPOSITION)
                || governor.has(class::CLAUSE_OPENER)
            {
                return None;
            }
            i = skip_verb_group(tokens, start - 1, floor);
        }
    }
    // After a relative pronoun the antecedent is the phrase right before,
    // even inside a prepositional phrase ("since Hurricane Mitch in 1998,
    // which killed").
    let mut antecedent = false;
    loop {
        if i <= floor {
            return None;
        }
        let t = &tokens[i - 1];
        if t.is_in(const { class::set(&["that", "which", "who"]) }) {
            // A relative clause: its subject is the phrase before it.
            i -= 1;
            if i > floor && tokens[i - 1].text == "," {
                i -= 1;
            }
            antecedent = true;
            continue;
        }
        if t.is_in(const { class::set(&["and"]) }) {
            // "X declared ... and released 25 million": shared subject.
            return clause_subject(tokens, i - 1);
        }
        if t.text == ")" {
            // Skip "(CBK)".
            let open = tokens[floor..i - 1].iter().rposition(|t| t.text == "(")?;
            i = floor + open;
            continue;
        }
        if t.text == "," {
            if participle {
                // "X was elected on Sunday, winning 50.9%".
                return main_subject(tokens, i - 1);
            }
            // "The project, to be built by X, will supply": skip the
            // parenthetical back to its opening comma.
            let open = tokens[floor..i - 1].iter().rposition(|t| t.text == ",")?;
            let before = (floor + open).checked_sub(1).map(|b| &tokens[b]);
            if !before.is_some_and(|b| b.word) {
                return None;
            }
            i = floor + open;
            continue;
        }
        if !t.word || t.has(class::CLAUSE_OPENER) {
            return None;
        }
        if t.has(class::SUBJECT_PRONOUN) || t.has(class::FIRST_PERSON) {
            return Some((i - 1, i));
        }
        let (start, end) = phrase_ending_at(tokens, i);
        if start == end {
            return None;
        }
        let dated = tokens[start..end]
            .iter()
            .all(|t| t.text.bytes().all(|b| b.is_ascii_digit()));
        // A phrase right before its verb after "after", "since", "as" is
        // the subject of that clause ("after the cabinet approved"), not a
        // prepositional phrase.
        let in_pp = start > 0
            && tokens[start - 1].has(class::PREPOSITION)
            && !tokens[start - 1].is_in(const { class::set(&["of"]) })
            && !(tokens[start - 1].has(class::CLAUSE_OPENER) && end == i);
        if in_pp && (dated || !antecedent) {
            // "Rescuers on Wednesday brought", "Mitch in 1998, which":
            // skip the prepositional phrase.
            i = start - 1;
            continue;
        }
        return Some((start, end));
    }
}

/// "the £48m City paid": a short capitalised or pronoun subject between the
/// number and its verb, in an object relative clause. Not in headlines,
/// where every word is capitalised.
fn relative_subject(
    tokens: &[Token<'_>],
    from: usize,
    verb: usize,
    object: Option<Span>,
    headline: bool,
) -> Option<(usize, usize)> {
    if headline || from >= verb || verb - from > 3 {
        return None;
    }
    let between = &tokens[from..verb];
    let first = &between[0];
    let ok = (first.capitalised() || first.has(class::SUBJECT_PRONOUN))
        && between
            .iter()
            .all(|t| t.word && !t.has(class::AUXILIARY) && !t.has(class::PREPOSITION))
        && object.is_none_or(|o| {
            !o.overlaps(Span::new(
                first.span.start,
                between[between.len() - 1].span.end,
            ))
        });
    ok.then_some((from, verb))
}

/// The noun phrase that ends just before token `end`: determiners,
/// possessives, capitalised words and their "of"/"and" links, lower-case
/// modifiers; at most eight words. A lower-case word that looks like a verb
/// ends it.
fn phrase_ending_at(tokens: &[Token<'_>], end: usize) -> (usize, usize) {
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = &tokens[start - 1];
        if !t.word
            || t.has(class::AUXILIARY)
            || t.has(class::CLAUSE_OPENER)
            || t.has(class::SUBJECT_PRONOUN)
        {
            break;
        }
        if start < end && !t.capitalised() && verbish(t) {
            break;
        }
        if t.has(class::PREPOSITION) {
            // "Central Bank of Kenya": a link between capitalised words.
            let linked = t.is_in(const { class::set(&["for", "of"]) })
                && start < end
                && tokens[start].capitalised()
                && start >= 2
                && tokens[start - 2].capitalised();
            if !linked {
                break;
            }
        }
        if t.has(class::DETERMINER) {
            start -= 1;
            break;
        }
        start -= 1;
    }
    // A phrase does not start with a link word.
    while start < end && tokens[start].is_in(const { class::set(&["and", "for", "of"]) }) {
        start += 1;
    }
    (start, end)
}

/// The subject of the sentence's main clause, for a participle clause at
/// token `at` ("TEGUCIGALPA — Hurricane Delia slammed into the coast as a
/// Category 3 storm (115 mph), killing 27"): the phrase that opens the
/// sentence, after a dateline dash or an opening adverbial phrase.
fn main_subject(tokens: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
    let floor = at.saturating_sub(WINDOW);
    let mut start = tokens[floor..at]
        .iter()
        .rposition(|t| matches!(t.text, "—" | "–" | "-" | ":"))
        .map_or(floor, |p| floor + p + 1);
    // "On Saturday, Hurricane Delia slammed ...": skip the opening phrase.
    if tokens.get(start).is_some_and(|t| t.has(class::PREPOSITION)) {
        let comma = tokens[start..at].iter().position(|t| t.text == ",")?;
        start += comma + 1;
    }
    let mut end = start;
    while end < at && end - start < 6 {
        let t = &tokens[end];
        let linked = t.is_in(const { class::set(&["of"]) })
            && tokens.get(end + 1).is_some_and(|n| n.capitalised());
        if !t.word || t.has(class::AUXILIARY) || (t.has(class::PREPOSITION) && !linked) {
            break;
        }
        if end > start && !t.capitalised() && !tokens[end - 1].has(class::DETERMINER) && verbish(t)
        {
            break;
        }
        end += 1;
    }
    (end > start && nominal(&tokens[end - 1])).then_some((start, end))
}

/// The subject at the start of the clause that contains token `at`; a
/// reporting verb opens a clause ("X said the province would ...").
fn clause_subject(tokens: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
    let floor = at.saturating_sub(WINDOW);
    let mut start = tokens[floor..at]
        .iter()
        .rposition(|t| {
            matches!(t.text, "," | ";" | ":" | "—" | "–" | "-" | ")")
                || t.has(class::CLAUSE_OPENER)
                || t.has(class::REPORTING)
        })
        .map_or(floor, |p| floor + p + 1);
    let mut end = start;
    while end < at {
        let t = &tokens[end];
        if !t.word
            || t.has(class::AUXILIARY)
            || (t.has(class::PREPOSITION)
                && !(t.is_in(const { class::set(&["of"]) })
                    && tokens.get(end + 1).is_some_and(|n| n.capitalised())))
        {
            break;
        }
        if end > start && !t.capitalised() && !tokens[end - 1].has(class::DETERMINER) && verbish(t)
        {
            break;
        }
        end += 1;
    }
    while start < end && tokens[start].is_in(const { class::set(&["and", "but", "that"]) }) {
        start += 1;
    }
    // "..., killing 27 and forcing 64,000": a participle clause; its
    // subject is the main clause's, before it. Where that clause's own
    // start cannot be read (it ends in a bracket: "winds of 185 km/h (115
    // mph), killing ..."), the sentence's subject.
    if start > floor
        && start < at
        && !tokens[start].capitalised()
        && tokens[start].text.ends_with("ing")
    {
        return clause_subject(tokens, start - 1).or_else(|| main_subject(tokens, start - 1));
    }
    if start < end && !tokens[start].capitalised() && verbish(&tokens[start]) {
        // "The outbreak, in 2022 and 2023, killed ...": the verb follows a
        // phrase set off by commas; the subject stands before it.
        if start > floor + 1 && tokens[start - 1].text == "," {
            let open = tokens[floor..start - 1].iter().rposition(|t| t.text == ",");
            if let Some(open) = open.map(|o| floor + o) {
                let inserted = &tokens[open + 1..start - 1];
                if open > floor
                    && inserted.len() <= 8
                    && inserted.first().is_some_and(|t| t.has(class::PREPOSITION))
                {
                    return clause_subject(tokens, open);
                }
            }
        }
        // "..., campaigned on promises to build": no subject written.
        return None;
    }
    (end > start && end - start <= 6).then_some((start, end))
}

/// Whether a token can head a noun phrase: a word that is not a number, a
/// determiner, a verb form or an adverb.
fn nominal(t: &Token<'_>) -> bool {
    t.word
        && !t
            .text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && !t.has(class::DETERMINER)
        && !t.has(class::ADVERB)
        && (t.capitalised()
            || !(verbish(t)
                || t.text.ends_with("ing")
                || t.text.ends_with("ly")
                || t.has(class::AUXILIARY)))
}

/// Whether a lower-case word looks like a finite verb.
fn verbish(t: &Token<'_>) -> bool {
    t.text.ends_with("ed") || t.has(class::REPORTING) || t.has(class::COMMON_VERB)
}

/// "were detained by police": the agent after a passive verb.
fn agent_after(tokens: &[Token<'_>], verb: usize) -> Option<(usize, usize)> {
    let passive = verb > 0
        && tokens[verb - 1]
            .is_in(const { class::set(&["are", "be", "been", "being", "is", "was", "were"]) });
    if !passive {
        return None;
    }
    let by = verb + 1;
    if !tokens.get(by)?.is_in(const { class::set(&["by"]) }) {
        return None;
    }
    let start = by + 1;
    let mut end = start;
    while end < tokens.len()
        && tokens[end].word
        && !tokens[end].has(class::PREPOSITION)
        && !tokens[end].has(class::AUXILIARY)
        && end - start < 6
    {
        end += 1;
    }
    (end > start).then_some((start, end))
}

/// Whether a hedge of the sentence bears on the quantity: one in its own
/// clause (no comma, colon, dash or bracket between them; a figure in
/// brackets counts from its opening bracket), and not the qualifier of
/// another figure ("fell 14 per cent to an estimated 41.2 million tonnes":
/// only the second is hedged).
fn hedged(
    parts: &Parts<'_>,
    index: &Index,
    tokens: &[Token<'_>],
    qi: usize,
    q: &Quantity,
    at: &At,
) -> bool {
    const MAX_HEDGES: usize = 16;
    let PerSentence {
        hedges: range,
        quantities: others,
        ..
    } = index.of(q.sentence);
    // Most sentences have no hedge: the bracket search below, a test per
    // token that the CPU mispredicts often, is then not needed (`any` of
    // nothing is false).
    if range.is_empty() {
        return false;
    }
    let qt = at.start;
    let anchor = bracket_start(tokens, qt).unwrap_or(qt);
    parts.hedges[range].iter().take(MAX_HEDGES).any(|h| {
        if h.span.overlaps(q.span) {
            return true;
        }
        let ht = token_at(tokens, h.span.start);
        // The qualifier of another figure: right before it (or inside it).
        let in_sentence = &parts.quantities[others.clone()];
        let next = in_sentence.partition_point(|o| o.span.end <= h.span.start);
        let qualifies_other = (next..in_sentence.len().min(next + 2)).any(|j| {
            let o = &in_sentence[j];
            others.start + j != qi
                && (o.span.overlaps(h.span)
                    || (h.span.end <= o.span.start && token_at(tokens, o.span.start) <= ht + 2))
        });
        if qualifies_other {
            return false;
        }
        let (lo, hi) = if ht < anchor {
            (ht + 1, anchor)
        } else {
            (qt + 1, ht)
        };
        hi <= lo + WINDOW
            && !tokens[lo.min(hi)..hi]
                .iter()
                .any(|t| t.has(class::BOUNDARY))
    })
}

/// If token `at` sits inside brackets, the index of the opening bracket.
fn bracket_start(tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let floor = at.saturating_sub(8);
    for i in (floor..at).rev() {
        match tokens[i].text {
            ")" => return None,
            "(" => return Some(i),
            _ => {}
        }
    }
    None
}

/// Whether a negation sits in the verb group of the event ("did not
/// release", "no one was killed").
fn negated(tokens: &[Token<'_>], at: &At) -> bool {
    let (e, q_start) = (at.event, at.start);
    let from = e
        .saturating_sub(3)
        .max(if q_start < e { q_start + 1 } else { 0 });
    // The classes of the (at most three) tokens `from..e`, gathered
    // without a branch per token: a token counts where its index is in the
    // range, by a mask rather than a loop that ends where the range does.
    let mut classes = 0;
    for back in 1..=3 {
        let i = e.wrapping_sub(back);
        let inside = back <= e && i >= from;
        let bits = tokens.get(i).map_or(0, |t| t.classes);
        classes |= bits & 0u32.wrapping_sub(u32::from(inside));
    }
    classes & (class::NEGATION | class::CONTRACTED_NOT) != 0
}

/// The first negation of a sentence: "not", "never", "denied", a "-n't"
/// verb, "no" (with "one": "No one was killed").
fn first_negation(tokens: &[Token<'_>]) -> Option<Span> {
    let i = tokens
        .iter()
        .position(|t| t.has(class::NEGATION) || t.has(class::DENIAL) || t.contracted_not())?;
    let end = if tokens[i].is_in(const { class::set(&["no"]) })
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_in(const { class::set(&["one"]) }))
    {
        i + 1
    } else {
        i
    };
    Some(Span::new(tokens[i].span.start, tokens[end].span.end))
}

/// Whether the negation `n` ("denied", "No one") comes before `target` in
/// the same clause.
fn same_clause_before(tokens: &[Token<'_>], n: Span, target: Span) -> bool {
    if n.end > target.start {
        return false;
    }
    let (lo, hi) = (token_at(tokens, n.end), token_at(tokens, target.start));
    hi <= lo + WINDOW && !tokens[lo..hi].iter().any(|t| t.has(class::BOUNDARY))
}

/// The claim's time: a date of its sentence nearest to it, unless that
/// date sits in a relative clause after it ("the release of 88 prisoners
/// who were detained ... in July 2024" dates the detention); else the last
/// date of its paragraph before it, else the dateline's date.
fn time_for(
    parts: &Parts<'_>,
    index: &Index,
    tokens: &[Token<'_>],
    q: &Quantity,
    at: &At,
    relative_words: bool,
) -> Option<usize> {
    let PerSentence {
        dates: range,
        earlier_date,
        ..
    } = index.of(q.sentence);
    let qt = at.end;
    // Most sentences have no relative word: then no date is in a relative
    // clause, and the token search per date is not needed.
    let relative =
        |d: Span| relative_words && relative_between(tokens, qt, token_at(tokens, d.start));
    nearest(
        range,
        q.span,
        |i| parts.dates[i].span,
        |i| usable(parts.dates[i].kind) && !relative(parts.dates[i].span),
    )
    .or(earlier_date)
    .or(index.dateline_date)
}

/// Whether a relative word ("who", "which") sits between token `qt` and
/// a later token `dt`, at most [`WINDOW`] tokens on.
fn relative_between(tokens: &[Token<'_>], qt: usize, dt: usize) -> bool {
    dt > qt && dt - qt <= WINDOW && tokens[qt..dt].iter().any(|t| t.has(class::RELATIVE))
}

/// "rose to 41 from 29", "cut by 50 basis points", "up 3.2%".
fn change_for(
    doc: &str,
    tokens: &[Token<'_>],
    q: &Quantity,
    at: &At,
    class: Option<EventClass>,
    record: bool,
) -> Option<Change> {
    let qi = at.start;
    let before = qi.checked_sub(1).map(|i| &tokens[i]);
    let before2 = qi.checked_sub(2).map(|i| &tokens[i]);
    let trend_word = |t: Option<&Token<'_>>| match t {
        Some(t) if t.is_in(const { class::set(&["up"]) }) => Some(Trend::Up),
        Some(t) if t.is_in(const { class::set(&["down"]) }) => Some(Trend::Down),
        _ => None,
    };
    let by_class = match class {
        Some(EventClass::Rise) => Some(Trend::Up),
        Some(EventClass::Fall | EventClass::Cut) => Some(Trend::Down),
        _ => None,
    };
    let (direction, role) = match before {
        Some(t) if t.is_in(const { class::set(&["to"]) }) => (by_class?, ChangeRole::Level),
        Some(t) if t.is_in(const { class::set(&["from"]) }) => {
            (trend_word(before2).or(by_class)?, ChangeRole::Previous)
        }
        Some(t) if t.is_in(const { class::set(&["by"]) }) => (by_class?, ChangeRole::Amount),
        Some(t) if trend_word(Some(t)).is_some() => (trend_word(Some(t))?, ChangeRole::Amount),
        Some(t) if q.event.as_ref().is_some_and(|e| e.span == t.span) => {
            (by_class?, ChangeRole::Amount)
        }
        // Only a token with the class MOST, LEAST or RECORD makes
        // [`record_after`] find one (a test holds the gate).
        _ if !record => return None,
        _ => return record_after(doc, tokens, at.end),
    };
    Some(Change {
        direction,
        role,
        other: None,
        since: None,
    })
}

/// "... to 41.2 million tonnes, the lowest level since the 1950s": a
/// superlative or "record" within a few words after the figure (across at
/// most one comma, into an apposition), with what follows "since".
fn record_after(doc: &str, tokens: &[Token<'_>], from: usize) -> Option<Change> {
    const REACH: usize = 8;
    let mut commas = 0;
    let end = tokens.len().min(from + REACH);
    for i in from..end {
        let t = &tokens[i];
        if t.text == "," {
            commas += 1;
            if commas > 1
                || !tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_in(const { class::set(&["a", "its", "the", "their"]) }))
            {
                return None;
            }
            continue;
        }
        if !t.word {
            return None;
        }
        let direction = if t.has(class::MOST) {
            Trend::Up
        } else if t.has(class::LEAST) {
            Trend::Down
        } else if t.is_in(const { class::set(&["record"]) }) {
            match tokens.get(i + 1) {
                Some(n) if n.is_in(const { class::set(&["low", "lows"]) }) => Trend::Down,
                _ => Trend::Up,
            }
        } else {
            continue;
        };
        // "since 2019", "since the 1950s": up to the end of the clause.
        let since = tokens[i + 1..tokens.len().min(i + 1 + REACH)]
            .iter()
            .position(|t| t.is_in(const { class::set(&["since"]) }))
            .map(|p| i + 2 + p)
            .and_then(|start| {
                let stop = tokens[start..]
                    .iter()
                    .take(5)
                    .position(|t| !t.word)
                    .map_or(tokens.len().min(start + 5), |p| start + p);
                (stop > start).then(|| {
                    Span::new(tokens[start].span.start, tokens[stop - 1].span.end)
                        .as_str(doc)
                        .into()
                })
            });
        return Some(Change {
            direction,
            role: ChangeRole::Record,
            other: None,
            since,
        });
    }
    None
}

/// Pairs levels with earlier values in the same sentence ("rose to 41 from
/// 29"). The partner is one of the next few claims, since claims come in
/// text order.
fn link_changes(claims: &mut [Claim]) {
    const WINDOW: usize = 8;
    for i in 0..claims.len() {
        if claims[i]
            .change
            .as_ref()
            .is_none_or(|c| c.role != ChangeRole::Level)
        {
            continue;
        }
        let Some(first) = claims[i].evidence.first() else {
            continue;
        };
        let (sentence, qi) = (first.sentence, first.quantity);
        let end = claims.len().min(i + 1 + WINDOW);
        let partner = (i + 1..end).find(|&j| {
            let c = &claims[j];
            c.change
                .as_ref()
                .is_some_and(|ch| ch.role == ChangeRole::Previous)
                && c.unit == claims[i].unit
                && c.evidence
                    .iter()
                    .any(|e| e.sentence == sentence && e.quantity > qi)
        });
        if let Some(j) = partner {
            let (level, previous) = (claims[i].value, claims[j].value);
            if let Some(ch) = claims[i].change.as_mut() {
                ch.other = Some(previous);
            }
            if let Some(ch) = claims[j].change.as_mut() {
                ch.other = Some(level);
            }
        }
    }
}

/// Whether `new` (one mention) states the same fact as `claim`.
fn same_fact(parts: &Parts<'_>, claim: &Claim, new: &Claim) -> bool {
    let close = |a: f64, b: f64| (a - b).abs() <= 0.005 * a.abs().max(b.abs());
    let sentence = new.evidence[0].sentence;
    // Evidence comes in text order: only the last can share the sentence.
    if claim
        .evidence
        .last()
        .is_some_and(|e| e.sentence == sentence)
    {
        return false;
    }
    if !close(claim.value, new.value)
        || claim.high.is_some() != new.high.is_some()
        || claim.high.zip(new.high).is_some_and(|(a, b)| !close(a, b))
        || claim.unit != new.unit
    {
        return false;
    }
    // Only a headline or standfirst restates a body fact; two body mentions
    // of one number are kept apart unless object and event both agree.
    let in_summary = |e: &Evidence| {
        parts
            .sentences
            .get(e.sentence)
            .and_then(|s| parts.blocks.get(s.block))
            .is_some_and(|b| matches!(b.kind, BlockKind::Headline | BlockKind::Standfirst))
    };
    // Headline and standfirst come first, so the claim's first evidence
    // tells whether it was stated in the summary.
    let summary = in_summary(&new.evidence[0]) || claim.evidence.first().is_some_and(in_summary);
    let objects = match (&claim.object, &new.object) {
        (Some(a), Some(b)) => Some(head(a) == head(b)),
        _ => None,
    };
    let events = match (&claim.event, &new.event) {
        (Some(a), Some(b)) => Some(a == b || (claim.class.is_some() && claim.class == new.class)),
        _ => None,
    };
    match (objects, events) {
        (Some(false), _) | (_, Some(false)) => false,
        (Some(true), Some(true)) => true,
        (Some(true), None) | (None, Some(true)) => summary,
        (None, None) => false,
    }
}

/// The head word of a noun phrase: its last word, lower case, a final "s"
/// dropped.
fn head(phrase: &str) -> String {
    let last = phrase
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    last.strip_suffix('s').map_or(last.clone(), str::to_string)
}

/// Adds the mention `new` to `claim`, filling fields the claim lacks. Body
/// sentences are preferred over the headline for the claim's own fields.
fn absorb(parts: &Parts<'_>, claim: &mut Claim, new: Claim) {
    let new_in_body = parts
        .sentences
        .get(new.evidence[0].sentence)
        .and_then(|s| parts.blocks.get(s.block))
        .is_some_and(|b| b.kind == BlockKind::Paragraph);
    macro_rules! fill {
        ($field:ident) => {
            if claim.$field.is_none() || (new_in_body && new.$field.is_some()) {
                claim.$field = new.$field;
            }
        };
    }
    if new_in_body {
        claim.bound = new.bound;
    }
    fill!(object);
    fill!(event);
    fill!(class);
    fill!(actor);
    fill!(time);
    fill!(source);
    fill!(change);
    claim.hedged |= new.hedged;
    claim.negated |= new.negated;
    claim.evidence.extend(new.evidence);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out, &mut Padded::default());
        out
    }

    fn subject(s: &str, verb: &str) -> Option<String> {
        let t = toks(s);
        let v = t.iter().position(|t| t.text == verb)?;
        subject_before(&t, v).map(|(a, b)| s[t[a].span.start..t[b - 1].span.end].to_string())
    }

    /// [`recycle`] keeps the vector's memory (else [`Scratch`] would
    /// allocate the token buffer anew for each article).
    #[test]
    fn recycled_tokens_keep_their_memory() {
        let doc = String::from("Police detained 40 protesters.");
        let mut tokens = toks(&doc);
        tokens.reserve(200);
        let (at, cap) = (tokens.as_ptr() as usize, tokens.capacity());
        let kept: Vec<Token<'static>> = recycle(tokens);
        assert!(kept.is_empty());
        assert_eq!((kept.as_ptr() as usize, kept.capacity()), (at, cap));
        // Emptied, as kept, until it grows too large.
        let big: Vec<u8> = Vec::with_capacity(KEEP_AT_MOST + 1);
        assert_eq!(emptied(big).capacity(), 0);
        let small = vec![1u8, 2, 3];
        let small = emptied(small);
        assert!(small.is_empty() && small.capacity() >= 3);
    }

    /// Articles assembled one after another on one thread (its buffers
    /// kept) give the claims each gives alone.
    #[test]
    fn kept_buffers_leave_no_trace() {
        let texts = [
            "Police detained 40 protesters on Monday, officials said. She said 12 were freed.",
            "The company cut 1,800 jobs, up from 900 last year, the lowest since 2019.",
            "",
            "Rebels freed 88 prisoners who were detained in July 2024, the group said.",
        ];
        // Each on a thread of its own: buffers never used before.
        let alone: Vec<Vec<Claim>> = texts
            .iter()
            .map(|t| std::thread::scope(|s| s.spawn(|| claims_of(t)).join()))
            .map(|r| r.unwrap_or_default())
            .collect();
        assert!(alone.iter().filter(|c| !c.is_empty()).count() >= 3);
        for _ in 0..2 {
            for (t, want) in texts.iter().zip(&alone) {
                assert_eq!(&claims_of(t), want, "{t}");
            }
        }
    }

    #[test]
    fn clause_boundaries_are_marked_on_punctuation_only() {
        let t = toks("Rain fell (40 mm); roads – the A1, the M4: shut — 2,400 who-knows.");
        let marked: Vec<&str> = t
            .iter()
            .filter(|t| t.has(class::BOUNDARY))
            .map(|t| t.text)
            .collect();
        assert_eq!(marked, ["(", ")", ";", "–", ",", ":", "—"]);
        assert!(t.iter().all(|t| !t.word || !t.has(class::BOUNDARY)));
    }

    /// The tokens of [`tokenize`] are those of the char-by-char loop, on
    /// words with every joiner, numbers, abbreviations, possessives and
    /// Unicode (curly quotes, accents, non-breaking and thin spaces,
    /// dashes, numerals without letters), and on the bench corpus.
    #[test]
    fn tokens_are_those_of_the_char_loop() {
        let mut texts: Vec<String> = [
            "Officials said 40 people were reportedly killed.",
            "AT&T's R&D unit and A&1,000 or B&2, 2,400 and 2,4a, a,1 and 1,a.",
            "Gen. Smith met Mr. Jones and Dr.Who in the U.S. on Jan. 5.",
            "The Supporters' Trust and the Jones’ bar; the fans’ views.",
            "It costs ½ of £1.5bn, x² and ١٢٣ or ٣-year plans, ٣,٤ and 3,٤.",
            "A 10-year, $2,400 plan at 3:30pm, 24/7, 1.5bn-dollar 2.5’s 9'ers.",
            "“We won’t,” said Zoë Ríos-Carvajal — don't, didn’t, can't.",
            "U.S.-based co-op's e-mail: rock 'n' roll in the '90s…",
            "Rain\u{a0}fell\u{2009}in\tthe north\r\nof C++ #1 @user x.y.z ends.",
            "snake_case _ __init__ and a–b, a—b, a-b-c and -5 or .5 or 5.",
            "NO ONE DIDN'T SAY IT, Can’t Stop, Won'T, Ⅻ legions 𝒜lpha ß.",
            "1,2,3 a.b.c. x., y,. 4.é 5,é e.é e,é 2,\u{a0}3 a.\u{a0}b",
            "",
            " ",
            "’",
            "a",
            "a.",
            "1,",
            "a-",
            "a- b",
            "a\0b a,\0 b.\0c 1,\u{0}2 x\0",
            "end,",
            "end. ",
        ]
        .map(String::from)
        .to_vec();
        let lines: Vec<String> = crate::bench_corpus_texts()
            .iter()
            .flat_map(|t| t.lines().map(String::from).collect::<Vec<_>>())
            .collect();
        assert!(lines.len() > 1000, "the bench corpus is read");
        texts.extend(lines);
        let key = |v: &[Token<'_>]| {
            v.iter()
                .map(|t| (t.span, t.text.to_string(), t.word, t.classes))
                .collect::<Vec<_>>()
        };
        for text in &texts {
            for (lead, tail) in [
                ("", ""),
                ("Intro. ", ""),
                ("É “", ""),
                ("", " x"),
                ("", ",9"),
            ] {
                let doc = format!("{lead}{text}{tail}");
                let span = Span::new(lead.len(), doc.len() - tail.len());
                let (mut fast, mut plain) = (Vec::new(), Vec::new());
                let seen = tokenize(&doc, span, &mut fast, &mut Padded::default());
                assert_eq!(seen, tokenize_plain(&doc, span, &mut plain), "{doc:?}");
                assert_eq!(key(&fast), key(&plain), "{doc:?}");
            }
        }
    }

    /// [`negated`] answers as the scan of the verb group it replaces, at
    /// every event and quantity position of varied sentences.
    /// [`Token::is_in`] answers as [`Token::is`] on the list its set was
    /// made of, for every token of the bench corpus and of odd texts
    /// (case, accents, curly quotes, NBSP, dashes, "-n't").
    #[test]
    fn named_word_sets_answer_as_the_lists() {
        let lists: &[&[&str]] = &[
            &["a", "its", "the", "their"],
            &["added", "said", "says", "told"],
            &["added", "said", "says"],
            &["added"],
            &["and", "but", "that"],
            &["and", "for", "of"],
            &["and"],
            &["are", "be", "been", "being", "is", "was", "were"],
            &["by"],
            &["down"],
            &["for", "of"],
            &["from"],
            &["it", "they"],
            &["low", "lows"],
            &["no"],
            &["of"],
            &["one"],
            &["record"],
            &["since"],
            &["that", "which", "who"],
            &["to"],
            &["told"],
            &["up"],
        ];
        let corpus = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/benches/corpus/articles.jsonl"
        ))
        .unwrap_or_default();
        assert!(corpus.len() > 100_000, "the bench corpus is read");
        let mut texts: Vec<String> = corpus.lines().map(str::to_string).collect();
        texts.push(
            "OF Of oF THE The Their THEY they’re It’s it's No one, NO-ONE \u{a0}to\u{a0}by \
             — Up/down, Record-low lows LOWS récord thé, Said: SAYS told’ \"were\" was, \
             being been BE are IS is. since Since’ that, which WHO who's one1 a A an"
                .to_string(),
        );
        let mut asked = 0;
        for text in &texts {
            let tokens = toks(text);
            for t in &tokens {
                for list in lists {
                    assert_eq!(
                        t.is_in(class::set(list)),
                        t.is(list),
                        "{:?} in {list:?}",
                        t.text
                    );
                    asked += 1;
                }
            }
        }
        assert!(asked > 1_000_000);
        // Every named word has its own id below 64.
        let mut ids: Vec<u32> = class::NAMED.iter().map(|&(_, id)| id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), class::NAMED.len());
        assert!(ids.iter().all(|&id| (1..64).contains(&id)));
    }

    #[test]
    fn negation_in_the_verb_group_as_the_scan() {
        let texts = [
            "Police did not detain 40 people, officials said.",
            "They didn’t free 12; 30 were never released.",
            "No one was hurt, and 5 were not killed in the blast.",
            "It can't be 40.",
        ];
        for text in texts {
            let t = toks(text);
            for e in 0..=t.len() {
                for start in 0..=t.len() {
                    let at = At {
                        start,
                        end: start,
                        event: e,
                    };
                    let from = e
                        .saturating_sub(3)
                        .max(if start < e { start + 1 } else { 0 });
                    let plain = t.get(from..e).is_some_and(|r| {
                        r.iter()
                            .any(|t| t.has(class::NEGATION) || t.contracted_not())
                    });
                    if e <= t.len() && from <= e {
                        assert_eq!(negated(&t, &at), plain, "{text:?} {e} {start}");
                    }
                }
            }
        }
    }

    /// [`record_after`] finds a record only in a sentence with a token of
    /// the classes MOST, LEAST or RECORD, which gate it in [`change_for`].
    #[test]
    fn records_need_a_superlative_or_record() {
        let mut texts: Vec<String> = [
            "Output fell to 41.2 million tonnes, the lowest since the 1950s.",
            "Sales hit 40 units, a RECORD high since 2019.",
            "Sales hit 40 units, a record low.",
            "Rain fell on 40 towns, the agency said.",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(crate::bench_corpus_texts().iter().take(80).cloned());
        let mut found = 0;
        for text in &texts {
            let t = toks(text);
            let record = t
                .iter()
                .any(|t| t.has(class::MOST | class::LEAST | class::RECORD));
            for from in 0..t.len() {
                let r = record_after(text, &t, from);
                assert!(r.is_none() || record, "{text:?} {from}");
                found += usize::from(r.is_some());
            }
        }
        assert!(found > 3, "{found}");
    }

    /// [`token_at`] answers as `partition_point`, for every position of
    /// the sentences of the bench corpus and of odd ones (one token, none,
    /// more than 127).
    #[test]
    fn token_search_as_partition_point() {
        let long = "word, ".repeat(100);
        let mut texts: Vec<String> = ["", "a", "a b", "“Zoë” — 5,400 ½", long.as_str()]
            .map(String::from)
            .to_vec();
        // Every length up to past the bound, and the corpus in sentences.
        texts.extend((1..=130).map(|n| "w, ".repeat(n)));
        texts.extend(crate::bench_corpus_texts().iter().flat_map(|t| {
            t.split(". ")
                .map(|s| s.chars().take(2000).collect::<String>())
                .collect::<Vec<_>>()
        }));
        let mut asked = 0;
        for text in &texts {
            let t = toks(text);
            for pos in 0..=text.len() + 1 {
                let plain = t.partition_point(|t| t.span.start < pos);
                assert_eq!(token_at(&t, pos), plain, "{text:?} {pos}");
                asked += 1;
            }
        }
        assert!(asked > 100_000);
    }

    /// [`fill_ranges`] gives the ranges of the plain loop it replaces (the
    /// stored start kept or replaced at each item), for runs of sentences
    /// in order, with gaps, repeated runs (the later wins) and sentences
    /// out of range.
    #[test]
    fn ranges_as_the_plain_loop() {
        let cases: &[&[usize]] = &[
            &[],
            &[0],
            &[0, 0, 1, 3, 3, 3, 4],
            &[2, 2, 2],
            &[0, 1, 0, 0, 1],
            &[5, 9, 9, 1, 1, 7],
            &[1, 1, 2, 2, 3, 3, 3, 3, 6, 6, 6, 6, 6],
        ];
        for sentences in cases {
            let mut fast = vec![PerSentence::default(); 7];
            fill_ranges(
                &mut fast,
                sentences.len(),
                |i| sentences[i],
                |p| &mut p.dates,
            );
            let mut plain = vec![0..0; 7];
            let mut previous = usize::MAX;
            for (i, &s) in sentences.iter().enumerate() {
                if let Some(r) = plain.get_mut(s) {
                    r.start = if s == previous { r.start } else { i };
                    r.end = i + 1;
                }
                previous = s;
            }
            let got: Vec<Range<usize>> = fast.iter().map(|p| p.dates.clone()).collect();
            assert_eq!(got, plain, "{sentences:?}");
        }
    }

    /// The gate of [`time_for`] holds: [`relative_between`] finds a relative
    /// clause only in a sentence with a word of the class.
    #[test]
    fn relative_clauses_need_a_relative_word() {
        let mut texts: Vec<String> = [
            "88 prisoners who were detained in July 2024 were freed.",
            "The 40 towns, WHICH flooded on Monday, were cut off.",
            "A plan for 500 homes where families lived since 2019.",
            "Rain fell on 40 towns on Monday.",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(crate::bench_corpus_texts().iter().take(80).cloned());
        let mut found = 0;
        for text in &texts {
            let t = toks(text);
            let relative = t.iter().any(|t| t.has(class::RELATIVE));
            for qt in 0..t.len() {
                for dt in qt..t.len().min(qt + WINDOW + 2) {
                    let r = relative_between(&t, qt, dt);
                    assert!(!r || relative, "{text:?} {qt} {dt}");
                    found += usize::from(r);
                }
            }
        }
        assert!(found > 3, "{found}");
    }

    /// The shortcut of [`alphanumeric`] holds: the General Punctuation
    /// block has no letter or digit, and it answers as the char method.
    #[test]
    fn the_punctuation_block_is_not_alphanumeric() {
        for c in ('\u{2000}'..='\u{206F}')
            .chain(['a', 'Z', '7', 'é', 'ß', '\u{a0}', '’', '—', '中', '٣'])
        {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
        assert!(alphanumeric('é') && !alphanumeric('\u{2019}'));
    }

    /// The value index finds what a range of an ordered map (by
    /// `total_cmp`) of the same values finds, claim for claim.
    #[test]
    fn the_value_index_finds_what_an_ordered_range_finds() {
        use std::collections::BTreeMap;
        #[derive(Clone, Copy, Debug)]
        struct Ordered(f64);
        impl PartialEq for Ordered {
            fn eq(&self, o: &Self) -> bool {
                self.0.total_cmp(&o.0).is_eq()
            }
        }
        impl Eq for Ordered {}
        impl PartialOrd for Ordered {
            fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(o))
            }
        }
        impl Ord for Ordered {
            fn cmp(&self, o: &Self) -> std::cmp::Ordering {
                self.0.total_cmp(&o.0)
            }
        }
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            1.004,
            1.006,
            0.995,
            0.9951,
            -1.0,
            -1.004,
            -0.996,
            100.0,
            100.5,
            100.502,
            99.5,
            99.49,
            2.5e-320,
            1e300,
            f64::MAX,
            -f64::MAX,
            f64::MIN_POSITIVE,
            f64::NAN,
        ];
        // Steps across bucket edges: powers of two and their neighbours.
        for e in -8..40 {
            let p = 2f64.powi(e);
            values.extend([p, p * 0.996, p * 1.004, p * 1.0156, p * 1.0157, -p]);
        }
        // Repeats, past the merge window.
        values.extend(std::iter::repeat_n(7.0, MERGE_WINDOW + 5));
        let mut index = ValueIndex::with_capacity(4);
        let mut map: BTreeMap<Ordered, Ids> = BTreeMap::new();
        // What the index and the ordered map each give for a range, sorted.
        let both = |index: &ValueIndex, map: &BTreeMap<Ordered, Ids>, lo: f64, hi: f64| {
            let mut want: Vec<usize> = map
                .range(Ordered(lo)..=Ordered(hi))
                .flat_map(|(_, ids)| ids.latest())
                .collect();
            let mut got: Vec<usize> = index.between(lo, hi);
            want.sort_unstable();
            got.sort_unstable();
            (got, want)
        };
        let mut checked = 0;
        for (claim, &v) in values.iter().enumerate() {
            for &probe in &values {
                let tolerance = 0.005 * probe.abs();
                let (lo, hi) = (probe - tolerance, probe + tolerance);
                if Ordered(lo) > Ordered(hi) {
                    continue;
                }
                let (got, want) = both(&index, &map, lo, hi);
                assert_eq!(got, want, "{probe} among the first {claim}");
                checked += usize::from(!want.is_empty());
            }
            index.insert(v, claim);
            match map.entry(Ordered(v)) {
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(Ids {
                        first: claim,
                        more: Vec::new(),
                    });
                }
                std::collections::btree_map::Entry::Occupied(mut e) => e.get_mut().more.push(claim),
            }
        }
        assert!(checked > 1000, "{checked}");
        // A range too wide for the buckets (from an infinite value) reads
        // every value, and still only those in range.
        let (got, want) = both(&index, &map, -f64::NAN, f64::INFINITY);
        assert_eq!(got, want);
        assert!(got.len() > values.len() / 2);
    }

    #[test]
    fn the_value_index_offers_the_latest_claims_newest_first() {
        let one = Ids {
            first: 7,
            more: Vec::new(),
        };
        assert_eq!(one.latest().collect::<Vec<_>>(), [7]);
        let many = Ids {
            first: 0,
            more: (1..=40).collect(),
        };
        let latest: Vec<usize> = many.latest().collect();
        assert_eq!(latest.len(), MERGE_WINDOW);
        assert_eq!(latest.first(), Some(&40));
        assert_eq!(latest.last(), Some(&(40 - MERGE_WINDOW + 1)));
        let few = Ids {
            first: 0,
            more: vec![3, 5],
        };
        assert_eq!(few.latest().collect::<Vec<_>>(), [5, 3, 0]);
    }

    #[test]
    fn a_sentence_reports_the_classes_it_has() {
        let seen = |s: &str| {
            tokenize(
                s,
                Span::new(0, s.len()),
                &mut Vec::new(),
                &mut Padded::default(),
            )
        };
        let all = seen("They didn’t say it wasn't 40.");
        assert_ne!(all & class::SUBJECT_PRONOUN, 0);
        assert_ne!(all & class::CONTRACTED_NOT, 0);
        let none = seen("Rain fell on 40 towns, the agency said.");
        assert_eq!(none & (class::SUBJECT_PRONOUN | class::CONTRACTED_NOT), 0);
        assert_ne!(none & class::REPORTING, 0);
        let t = toks("didn't won’t not can");
        let contracted: Vec<bool> = t.iter().map(Token::contracted_not).collect();
        assert_eq!(contracted, [true, true, false, false]);
    }

    #[test]
    fn tokens_keep_names_and_numbers_whole() {
        let t = toks("Peru’s Áncash region, 2,400 U.S. troops—Ríos-Carvajal.");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Peru’s",
                "Áncash",
                "region",
                ",",
                "2,400",
                "U.S",
                ".",
                "troops",
                "—",
                "Ríos-Carvajal",
                "."
            ]
        );
    }

    #[test]
    fn a_phrase_set_off_by_commas_before_the_verb() {
        let s = "The outbreak, in 2022 and 2023, killed 1,700 people and infected some 59,000";
        assert_eq!(subject(s, "infected").as_deref(), Some("The outbreak"));
        // An apposition is not skipped: its subject is not written there.
        let s = "Voters, angry at the levy, rejected it, and campaigned for 20 days";
        assert_eq!(subject(s, "campaigned"), None);
    }

    #[test]
    fn subjects_of_active_verbs() {
        assert_eq!(
            subject(
                "In the aftermath, authorities detained more than 2,400",
                "detained"
            )
            .as_deref(),
            Some("authorities")
        );
        assert_eq!(
            subject(
                "days earlier, when the Maduro administration freed 99",
                "freed"
            )
            .as_deref(),
            Some("the Maduro administration")
        );
        assert_eq!(
            subject(
                "Rescuers in Peru’s Áncash region pulled three more",
                "pulled"
            )
            .as_deref(),
            Some("Rescuers")
        );
        assert_eq!(
            subject("Rescuers on Wednesday brought fifteen miners", "brought").as_deref(),
            Some("Rescuers")
        );
        assert_eq!(
            subject("The Central Bank of Kenya (CBK) cut its rate", "cut").as_deref(),
            Some("The Central Bank of Kenya")
        );
        assert_eq!(
            subject("The government has not released 40", "released").as_deref(),
            Some("The government")
        );
        assert_eq!(
            subject("A former manager who diverted £86m", "diverted").as_deref(),
            Some("A former manager")
        );
        assert_eq!(
            subject(
                "The government declared an emergency in 14 districts and released 25 million",
                "released"
            )
            .as_deref(),
            Some("The government")
        );
        assert_eq!(
            subject(
                "LIMA, Oct. 26 (Wire) - Ana Gonçalves won the runoff on Sunday, taking 52.3%",
                "taking"
            )
            .as_deref(),
            Some("Ana Gonçalves")
        );
        assert_eq!(
            subject(
                "Hospitals in the capital, Nampula, were reportedly admitting 150",
                "admitting"
            )
            .as_deref(),
            Some("Hospitals")
        );
        assert_eq!(
            subject(
                "The stockpile fell, well below its target of 5 million",
                "target"
            ),
            None
        );
        let cases = [
            (
                "The plant is designed to capture 1.5 million tonnes",
                "capture",
                "The plant",
            ),
            (
                "The charity is believed to have flown in 40 tonnes",
                "flown",
                "The charity",
            ),
            (
                "the cabinet approved a plan to raise tax to 21%",
                "raise",
                "the cabinet",
            ),
            (
                "The opposition filed the motion after the cabinet approved a plan to raise tax to 21%",
                "raise",
                "the cabinet",
            ),
            (
                "Nordhavn said it would cut 1,500 jobs by 2027 to save 2 billion",
                "save",
                "it",
            ),
            (
                "TEGUCIGALPA — Hurricane Delia slammed into the coast as a Category 3 storm with winds of 185 km/h (115 mph), killing 27",
                "killing",
                "Hurricane Delia",
            ),
            (
                "On Saturday, Hurricane Delia slammed into the coast, killing 27",
                "killing",
                "Hurricane Delia",
            ),
            (
                "It was not hit this hard since Hurricane Mitch in 1998, which killed 7,000",
                "killed",
                "Hurricane Mitch",
            ),
            // Coordinated participles share the main clause's subject, also
            // when that clause ends in a bracket.
            (
                "Typhoon Haikui struck with gusts of 190 km/h (118 mph), flattening 300 homes and cutting power to 20,000",
                "cutting",
                "Typhoon Haikui",
            ),
            (
                "Officials said the storm hit the coast, killing 27 and forcing 64,000 from their homes",
                "forcing",
                "the storm",
            ),
        ];
        for (sentence, verb, want) in cases {
            assert_eq!(subject(sentence, verb).as_deref(), Some(want), "{sentence}");
        }
    }

    #[test]
    fn no_subject_where_none_is_written() {
        assert_eq!(subject("freed 99 prisoners", "freed"), None);
        assert_eq!(subject("Officials met; released 40", "released"), None);
        assert_eq!(
            subject(
                "She, a doctor, campaigned on plans to build homes and hire 12,000",
                "hire"
            ),
            None
        );
    }

    #[test]
    fn passive_agents() {
        let s = "40 protesters were detained by riot police on Monday";
        let t = toks(s);
        let v = t.iter().position(|t| t.text == "detained").unwrap();
        let (a, b) = agent_after(&t, v).unwrap();
        assert_eq!(&s[t[a].span.start..t[b - 1].span.end], "riot police");
        let s = "40 protesters were detained on Monday";
        let t = toks(s);
        assert_eq!(agent_after(&t, 3), None);
    }

    #[test]
    fn event_classes_follow_the_scoring_synonyms() {
        for (a, b) in [
            ("free", "release"),
            ("arrest", "detain"),
            ("jail", "imprison"),
            ("slay", "kill"),
            ("wound", "injure"),
        ] {
            assert_eq!(EventClass::of(a), EventClass::of(b), "{a} {b}");
            assert!(EventClass::of(a).is_some());
        }
        // Every lemma is found, in the first class that lists it; the
        // lookup is exact.
        for (_, lemmas) in words::EVENT_CLASSES {
            for lemma in *lemmas {
                let first = words::EVENT_CLASSES
                    .iter()
                    .find(|(_, l)| l.contains(lemma))
                    .map(|(c, _)| *c);
                assert_eq!(EventClass::of(lemma), first, "{lemma}");
                assert_eq!(EventClass::of(&lemma.to_uppercase()), None);
                assert_eq!(EventClass::of(&format!("{lemma}x")), None);
            }
        }
    }

    /// One probe of the event table answers as a search of the
    /// intransitive list, for listed lemmas and others near them.
    #[test]
    fn intransitive_lemmas_as_the_list() {
        let mut asked: Vec<String> = Vec::new();
        let lemmas = EVENT_CLASSES
            .iter()
            .flat_map(|(_, l)| l.iter())
            .chain(INTRANSITIVE);
        for lemma in lemmas {
            asked.push(lemma.to_string());
            asked.push(lemma.to_uppercase());
            asked.push(format!("{lemma}s"));
            asked.push(lemma[1..].to_string());
            asked.push(lemma.replace('e', "é"));
        }
        asked.extend(["", "sing", "be", "x"].map(String::from));
        let mut intransitive = 0;
        for lemma in &asked {
            let listed = INTRANSITIVE.contains(&lemma.as_str());
            assert_eq!(lemma_info(lemma).intransitive, listed, "{lemma}");
            intransitive += usize::from(listed);
        }
        assert!(intransitive >= INTRANSITIVE.len());
    }

    #[test]
    fn records_against_the_past() {
        let s =
            "Emissions fell 14 per cent to 41.2 million tonnes, the lowest level since the 1950s.";
        let t = toks(s);
        let at = t.iter().position(|t| t.text == "tonnes").unwrap();
        let c = record_after(s, &t, at).expect("a record");
        assert_eq!((c.direction, c.role), (Trend::Down, ChangeRole::Record));
        assert_eq!(c.since.as_deref(), Some("the 1950s"));
        let s = "Sales hit 9,000 units, a record high.";
        let t = toks(s);
        let c = record_after(s, &t, 3).expect("a record");
        assert_eq!((c.direction, c.since), (Trend::Up, None));
        // Another clause's superlative is not this figure's.
        let s = "Sales hit 9,000 units, and analysts said demand was the highest since 2019.";
        let t = toks(s);
        assert_eq!(record_after(s, &t, 3), None);
    }

    /// The claims of a one-paragraph article (a headline first).
    fn claims_of(body: &str) -> Vec<Claim> {
        let text = format!("Headline Without Numbers\n{body}\n");
        crate::Extractor::default()
            .extract(&text, "2025-03-05".parse().ok())
            .claims
    }

    fn claim(claims: &[Claim], value: f64) -> &Claim {
        claims
            .iter()
            .find(|c| c.value == value)
            .unwrap_or_else(|| panic!("no claim {value}"))
    }

    #[test]
    fn hedges_bear_on_their_own_clause() {
        let c = claims_of(
            "Authorities detained more than 2,400 protesters, with nearly 2,000 reportedly released.",
        );
        assert!(!claim(&c, 2400.0).hedged);
        assert!(claim(&c, 2000.0).hedged);
        // "an estimated" qualifies the figure after it only.
        let c = claims_of("Emissions fell 14 per cent to an estimated 41.2 million tonnes.");
        assert!(!claim(&c, 14.0).hedged);
        assert!(claim(&c, 41_200_000.0).hedged);
        // A converted figure in brackets shares its figure's hedge.
        let c =
            claims_of("The firm is reportedly weighing a 2bn rand (about $110 million) upgrade.");
        assert!(claim(&c, 2e9).hedged && claim(&c, 110e6).hedged);
    }

    #[test]
    fn negations_in_the_verb_group() {
        let c = claims_of("Police did not detain 40 protesters on Monday.");
        assert!(claim(&c, 40.0).negated);
        let c = claims_of("Officials denied that 300 people were evacuated.");
        assert!(claim(&c, 300.0).negated);
        let c = claims_of("Police detained 40 protesters, but none were charged.");
        assert!(!claim(&c, 40.0).negated);
    }

    #[test]
    fn a_relative_clause_does_not_time_the_claim() {
        let text = "Headline Without Numbers\nOn Monday, police freed 88 prisoners.\nThe government released 99 prisoners who were detained in July 2024.\n";
        let ex = crate::Extractor::default().extract(text, "2025-03-05".parse().ok());
        let c = claim(&ex.claims, 99.0);
        let when = c
            .time
            .and_then(|i| ex.dates.get(i))
            .and_then(|d| d.value.clone());
        assert_ne!(when.as_deref(), Some("2024-07"));
        let c = claim(&ex.claims, 88.0);
        let when = c
            .time
            .and_then(|i| ex.dates.get(i))
            .and_then(|d| d.value.clone());
        assert_eq!(when.as_deref(), Some("2025-03-03"));
    }

    #[test]
    fn a_figure_in_a_quotation_is_its_speakers() {
        let c = claims_of(
            "“We have treated more than 300 patients since Sunday,” Health Minister Rosa Quispe told reporters. “Forty of them needed surgery.”",
        );
        let source = claim(&c, 40.0).source.as_ref().map(|s| s.text.as_str());
        assert!(source.is_some_and(|s| s.contains("Quispe")), "{source:?}");
    }

    #[test]
    fn word_lists_are_sorted_lower_case_and_short() {
        use super::words::*;
        for list in [
            ADVERBS,
            AUXILIARIES,
            CLAUSE_OPENERS,
            COMMON_VERBS,
            CONTROL_VERBS,
            DENIALS,
            DETERMINERS,
            FIRST_PERSON,
            INTRANSITIVE,
            LEAST,
            MOST,
            NEGATIONS,
            PLAN_NOUNS,
            PREPOSITIONS,
            RELATIVES,
            REPORTING,
            SUBJECT_PRONOUNS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?} not sorted");
            assert!(
                list.iter()
                    .all(|w| w.len() <= 16 && *w == w.to_ascii_lowercase())
            );
        }
    }

    #[test]
    fn heads_ignore_case_and_plural() {
        assert_eq!(head("Political Prisoners"), "prisoner");
        assert_eq!(head("political prisoner"), "prisoner");
        assert_eq!(head(""), "");
    }
}
