//! Temporal expressions: find them and normalise them to TIMEX3-style values
//! against the publication date.
//!
//! The finder ([`scan`]) tokenizes each sentence once and runs a small
//! hand-written grammar over the tokens; the resolver ([`value`]) places
//! each expression on the calendar at the grain the text gives ("July 2024"
//! is `2024-07`, never a day). Ambiguous expressions ("on Monday", "in
//! March") go the way the words near them say (a past-tense verb, "will",
//! "is expected to"), else the configured [`Direction`].
//!
//! How the pieces fit:
//!
//! - A cheap pre-check (a digit, or one of the head words every
//!   expression without digits holds: a month, a weekday, a unit, a word
//!   of a holiday's name...) skips sentences with nothing temporal; then
//!   only tokens from a set of starter words (or digits) are parsed at all,
//!   and the most frequent ones ("the", "a", "from", numbers of up to
//!   three digits) only before a token that can continue an expression.
//!   The tokenizer gives every token its class (starter, unit, ...) from
//!   one lookup (words of up to eight bytes in a small hash table keyed by
//!   their bytes, longer ones in an index by first two letters and
//!   length); the same bits say whether a word is a tense cue, starts a
//!   holiday's name or belongs to a year-context table, so the grammar
//!   looks none of these up again.
//! - Bare four-digit numbers are years only in a year's context: after
//!   "in", "since", "by"... or before a noun such as "election" or "goal"
//!   (Duckling's "latent" idea); "Flight 1990", "2024 points", "$2024" and
//!   "between 1600 and 1700 polling stations" stay out.
//! - The tense cue is looked for before the expression in its own clause
//!   (modals and "is expected to" say future; "said", "was" and "-ed" verbs
//!   say past; an "-ed" word before a noun is an adjective and says
//!   nothing), then just after it.
//! - "Three days later" and "a year earlier" count from the last date the
//!   article placed; dates counted that way do not become the new anchor.
//! - A time of day takes the nearest day of its sentence, else the day of
//!   an earlier sentence sharing two content words with it (the same
//!   event), else of the most recent one, else the publication date.
//!
//! - "The last week of October", "the third day of March", "the second
//!   last week of 2018": weeks are the Monday-to-Sunday weeks lying wholly
//!   inside the month or year; "the week of October 6" is the week that day
//!   begins when it is a Sunday (US weeks), else the ISO week holding it.
//! - "Three days after Easter", "the first Tuesday after the first Monday
//!   in November", "two Fridays ago" count from the named day (or from
//!   publication); "three days after the vote" names no day and is left
//!   out.
//! - "The next three years", "the coming two weeks" are TIMEX3 durations
//!   (`P3Y`, `P2W`), as in TimeBank, not intervals.
//!
//! - Lunar and lunisolar holidays are computed for any year by
//!   `crate::calendar`: Jewish holidays by the exact Hebrew calendar, given
//!   by their eve (Yom Kippur 2024 is 2024-10-11, the evening it begins);
//!   Islamic ones from new moons by the Umm al-Qura rule (a month begins
//!   the day after a conjunction before sunset at Mecca, with the Moon
//!   setting after the Sun); Chinese New Year by the Chinese
//!   calendar's rules in China time (and its Lantern, Dragon Boat and
//!   Mid-Autumn festivals); Indian festivals by sidereal solar ingresses
//!   and by tithis at New Delhi; the Parsi new year by the Shahenshahi
//!   count; Nowruz by the March equinox in Tehran. Holidays of several days (Ramadan, Passover,
//!   Hanukkah, Navaratri) are intervals from the first day (eve) to the
//!   last. "Diwali in 2019" takes the year, "Diwali in five years" the
//!   year five from now. Names made of ordinary words ("night of power")
//!   need a capital or a year, and a one-word name after a capitalised
//!   word is a surname ("Tariq Ramadan").
//!
//! Known limits: lunar holidays follow one convention where observance
//! differs (Islamic months by Umm al-Qura-like astronomy, not local moon
//! sighting, so a country may keep Eid a day later; Jewish holidays in
//! their diaspora length; Indian festivals as New Delhi almanacs reckon
//! them, one day off when a tithi ends within minutes of sunrise or
//! sunset, and regional calendars differ); numeric dates are read in US order
//! (month/day/year); times keep no time zone; vague expressions
//! ("recently", "days earlier", "now") are left out (they are optional in
//! the gold); "the past week" is read as last week, not as a duration;
//! "Sat", "Sun" and "Wed" alone are words, not weekdays, and "BOM", "BOY"
//! (also a weather bureau and a headline word) are not read as "the
//! beginning of the month/year"; "this season" is left to sport.

mod scan;
mod value;
mod words;

use crate::Text;
use crate::segment::SentenceView;
use crate::{Date, Span};

use scan::{Found, K, Scan};
use value::{Ctx, Sem, Val, resolve};

use words::FUTURE_CUES;

/// What kind of temporal expression it is (TimeML's TIMEX3 types, with
/// intervals kept apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TimexKind {
    /// A calendar date at any grain: "2024", "July 2024", "last Monday".
    Date,
    /// A time of day, with its day where known: "10 a.m. on Monday".
    Time,
    /// A length of time: "for three years" (`P3Y`).
    Duration,
    /// A recurrence: "every year", "weekly".
    Set,
    /// An explicit interval: "between March and May 2023"; also a holiday
    /// of several days ("Ramadan 2024", "Passover"), from its first day
    /// to its last.
    Interval,
}

/// Which way an ambiguous expression ("on Monday", "in March") resolves when
/// the sentence's own words do not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Direction {
    /// The most recent matching date (news reports on the past).
    #[default]
    Past,
    /// The next matching date.
    Future,
    /// Whichever matching date is closest.
    Nearest,
}

/// A temporal expression.
///
/// ```
/// use news_claims::{Extractor, TimexKind};
///
/// let text = "Rescuers worked on Monday. The quake had struck on Sunday at 4:17 a.m.\n";
/// let ex = Extractor::default().extract(text, Some("2025-03-04".parse()?));
/// let got: Vec<(&str, Option<&str>)> =
///     ex.dates.iter().map(|t| (t.text.as_str(), t.value.as_deref())).collect();
/// assert_eq!(
///     got,
///     [("Monday", Some("2025-03-03")), ("Sunday", Some("2025-03-02")), ("4:17 a.m.", Some("2025-03-02T04:17"))]
/// );
/// assert_eq!(ex.dates[2].kind, TimexKind::Time);
/// # Ok::<(), news_claims::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Timex {
    /// The expression, without a leading preposition ("since 2019" -> "2019").
    pub span: Span,
    /// The expression as written.
    pub text: Text,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// What kind of expression it is.
    pub kind: TimexKind,
    /// The TIMEX3-style value at the grain the text gives ("2024-07",
    /// "2025-W52", "P3Y"); `None` when it cannot be placed.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub value: Option<Text>,
    /// For intervals, the start.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub from: Option<Text>,
    /// For intervals, the end.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub to: Option<Text>,
    /// Whether the value was computed from the publication date or another
    /// date of the article (relative expressions).
    pub relative: bool,
}

/// How many earlier sentences are remembered for placing a time of day.
const HISTORY: usize = 64;

/// Resolves temporal expressions sentence by sentence, keeping the
/// document-level state (publication date, last date mentioned).
#[derive(Debug, Clone)]
pub(crate) struct Resolver {
    published: Option<Date>,
    direction: Direction,
    /// The last date placed (any grain), for "a year earlier".
    anchor: Option<Val>,
    /// The last quarter mentioned, for "the same quarter last year".
    quarter: Option<(i32, u8)>,
    /// Earlier sentences with a day-grain date: their content words and
    /// that date, for attaching a bare time of day to its day.
    /// The content words are computed the first time they are needed.
    days: Vec<(Span, Date, Option<Vec<u64>>)>,
    /// The lower-cased sentence and its tokens, buffers kept from one
    /// sentence to the next.
    low: String,
    toks: Vec<scan::Tok>,
    /// The tokens where an expression may start, a buffer kept as `toks`.
    starts: Vec<u32>,
    /// The expressions found in the sentence, a buffer kept from one
    /// sentence to the next (most sentences find some).
    found: Vec<Found>,
    /// The sentence's times of day (indices into the output) and its
    /// day-grain dates (token range, day): buffers kept from one sentence
    /// to the next, as `found`.
    times: Vec<usize>,
    day_dates: Vec<(usize, usize, Date)>,
}

/// The sentence buffers of a [`Resolver`] (the lower-cased sentence, its
/// tokens, the tokens where an expression may start, its expressions).
type Buffers = (String, Vec<scan::Tok>, Vec<u32>, Vec<Found>);

thread_local! {
    /// The buffers of the last resolver dropped on this thread, for the
    /// next one: a resolver lives for one article, and its buffers would
    /// otherwise grow anew, a few reallocations, for every article.
    static SPARE: std::cell::Cell<Option<Buffers>> = const { std::cell::Cell::new(None) };
}

/// The longest lower-cased sentence whose buffers a thread keeps for the
/// next resolver (the token and expression lists grow with it).
const SPARE_MAX_BYTES: usize = 16 << 10;

impl Resolver {
    pub(crate) fn new(published: Option<Date>, direction: Direction) -> Resolver {
        // One resolver per article: a fresh budget of lunar calendar work.
        words::arm_lunar_budget();
        // Each buffer is cleared before every use, so what a spare one
        // held does not matter.
        let (low, toks, starts, found) = SPARE.with(std::cell::Cell::take).unwrap_or_default();
        Resolver {
            published,
            direction,
            anchor: None,
            quarter: None,
            days: Vec::new(),
            low,
            toks,
            starts,
            found,
            times: Vec::new(),
            day_dates: Vec::new(),
        }
    }

    /// Finds and normalises the temporal expressions of one sentence.
    #[cfg(test)]
    pub(crate) fn extract(&mut self, s: &SentenceView<'_>) -> Vec<Timex> {
        let mut out = Vec::new();
        self.extract_into(s, &mut out);
        out
    }

    /// Finds and normalises the temporal expressions of one sentence and
    /// appends them to `out` (the article's list: no list per sentence).
    pub(crate) fn extract_into(&mut self, s: &SentenceView<'_>, out: &mut Vec<Timex>) {
        let text = s.text();
        // The copy comes first, padded to whole blocks: the digit test and
        // the lower-casing then run over whole blocks, with no exit that
        // depends on where the sentence ends or where a digit is.
        let mut low = std::mem::take(&mut self.low);
        fill_padded(&mut low, text);
        if !(has_digit_blocks(low.as_bytes()) || scan::has_head_word(low.as_bytes(), text.len())) {
            self.low = low;
            return;
        }
        low.make_ascii_lowercase();
        let buffers = (
            std::mem::take(&mut self.toks),
            std::mem::take(&mut self.starts),
        );
        let mut scan = Scan::with_buffers(text, &low, buffers);
        scan.headline = s.block_kind == crate::structure::BlockKind::Headline;
        self.place(s, &scan, out);
        (self.toks, self.starts) = scan.into_buffers();
        self.low = low;
    }

    /// Finds the expressions of the scanned sentence and places them.
    fn place(&mut self, s: &SentenceView<'_>, scan: &Scan<'_>, out: &mut Vec<Timex>) {
        let mut found = std::mem::take(&mut self.found);
        scan.run_into(&mut found);
        if !found.is_empty() {
            self.place_found(s, scan, &found, out);
        }
        self.found = found;
    }

    /// Places the expressions `found` in the scanned sentence.
    fn place_found(
        &mut self,
        s: &SentenceView<'_>,
        scan: &Scan<'_>,
        found: &[Found],
        out: &mut Vec<Timex>,
    ) {
        // Indices into `out` (which holds the earlier sentences' too).
        let mut times = std::mem::take(&mut self.times);
        times.clear();
        let mut first_day: Option<Date> = None;
        // Day-grain dates of the sentence with their token ranges.
        let mut day_dates = std::mem::take(&mut self.day_dates);
        day_dates.clear();
        for f in found {
            let dateline = is_dateline(scan, f);
            let dir = if needs_direction(&f.sem) {
                local_direction(scan, f).unwrap_or(self.direction)
            } else {
                self.direction
            };
            // "in two weeks" is a date only when the sentence looks ahead.
            if matches!(f.sem, Sem::After { .. }) && dir != Direction::Future {
                continue;
            }
            let ctx = Ctx {
                published: self.published,
                direction: dir,
                anchor: self.anchor,
                quarter: self.quarter,
            };
            let local = Span::new(scan.toks[f.a].s, scan.toks[f.b - 1].e);
            let span = s.to_doc(local);
            let relative = is_relative(&f.sem);
            let mut t = Timex {
                span,
                text: span.as_str(s.doc).into(),
                sentence: s.index,
                kind: TimexKind::Date,
                value: None,
                from: None,
                to: None,
                relative,
            };
            match &f.sem {
                Sem::Time { .. } => {
                    t.kind = TimexKind::Time;
                    times.push(out.len());
                }
                Sem::Duration(v) => {
                    t.kind = TimexKind::Duration;
                    t.value = Some(v.as_str().into());
                }
                Sem::Set(v) => {
                    t.kind = TimexKind::Set;
                    t.value = Some(v.as_str().into());
                }
                Sem::Interval(a, b) => {
                    t.kind = TimexKind::Interval;
                    let va = resolve(a, &ctx);
                    let vb = match end_in_year_of(a, b, va) {
                        Some(b) => resolve(&b, &ctx),
                        None => resolve(b, &ctx),
                    };
                    t.from = va.map(|v| v.timex());
                    t.to = vb.map(|v| v.timex());
                    t.relative = is_relative(a) || is_relative(b);
                    if let Some(v) = vb.or(va) {
                        self.note(v);
                    }
                }
                sem => {
                    let v = resolve(sem, &ctx);
                    t.value = v.map(|v| v.timex());
                    // A holiday of several days is an interval from its
                    // first day (its eve, for Jewish holidays) to its last.
                    if let (Some(Val::Day(d)), Some(len)) =
                        (v, v.and_then(|v| value::holiday_len(sem, v)))
                    {
                        t.kind = TimexKind::Interval;
                        t.value = None;
                        t.from = Some(value::day_string(d));
                        t.to = Some(value::day_string(d.add_days(len - 1)));
                    }
                    if let Some(v) = v {
                        if let Val::Day(d) = v {
                            if !dateline {
                                first_day = first_day.or(Some(d));
                                day_dates.push((f.a, f.b, d));
                            }
                        }
                        // Dates counted from the last one ("a year earlier")
                        // do not become the anchor: a second "a year
                        // earlier" still counts from the story's date.
                        let from_anchor = matches!(
                            sem,
                            Sem::Offset { anchor: true, .. } | Sem::AnchorUnit { .. }
                        );
                        if !dateline && !from_anchor {
                            self.note(v);
                        }
                    }
                }
            }
            out.push(t);
        }
        // Times of day take the nearest day of the sentence ("at 4:17 a.m.
        // on Sunday"), else the day of the earlier sentence that tells of
        // the same event, else the publication date.
        if !times.is_empty() {
            let fallback = if first_day.is_none() {
                // A day after publication only for a sentence about the future.
                let future = times
                    .iter()
                    .zip(found.iter().filter(|f| matches!(f.sem, Sem::Time { .. })))
                    .any(|(_, f)| local_direction(scan, f) == Some(Direction::Future));
                self.day_for(s.doc, scan)
                    .filter(|d| future || self.published.is_none_or(|p| *d <= p))
                    .or(self.published)
            } else {
                None
            };
            for (k, f) in times
                .iter()
                .zip(found.iter().filter(|f| matches!(f.sem, Sem::Time { .. })))
            {
                let near = day_dates
                    .iter()
                    .min_by_key(|(a, b, _)| {
                        if *a >= f.b {
                            2 * (a - f.b)
                        } else {
                            2 * (f.a - b) + 1
                        }
                    })
                    .map(|x| x.2);
                if let (Sem::Time { h, mi }, Some(d)) = (&f.sem, near.or(fallback)) {
                    out[*k].value = Some(Val::Time(d, *h, *mi).timex());
                    out[*k].relative = true;
                }
            }
        }
        self.times = times;
        self.day_dates = day_dates;
        if let Some(d) = first_day {
            if self.days.len() >= HISTORY {
                self.days.remove(0);
            }
            self.days.push((s.span, d, None));
        }
    }

    fn note(&mut self, v: Val) {
        self.anchor = Some(v);
        if let Val::Quarter(y, q) = v {
            self.quarter = Some((y, q));
        }
    }

    /// The day of the earlier sentence sharing at least two content words
    /// with the scanned one (the same event), else of the most recent one.
    fn day_for(&mut self, doc: &str, scan: &Scan<'_>) -> Option<Date> {
        // With one earlier day or none, that is the answer whatever the
        // words share: they are read only where there is a choice.
        if self.days.len() < 2 {
            return self.days.last().map(|x| x.1);
        }
        let words = scan_content_words(scan);
        let mut best: Option<(usize, Date)> = None;
        for (span, d, cached) in self.days.iter_mut().rev() {
            let w = cached.get_or_insert_with(|| content_words(span.as_str(doc)));
            let overlap = words.iter().filter(|x| w.contains(x)).count();
            if overlap >= 2 && best.is_none_or(|(o, _)| overlap > o) {
                best = Some((overlap, *d));
            }
        }
        best.map(|b| b.1).or_else(|| self.days.last().map(|x| x.1))
    }
}

impl Drop for Resolver {
    /// Leaves the sentence buffers to the next resolver of the thread.
    fn drop(&mut self) {
        // The expressions own strings: dropped now, not kept with the buffer.
        self.found.clear();
        let buffers = (
            std::mem::take(&mut self.low),
            std::mem::take(&mut self.toks),
            std::mem::take(&mut self.starts),
            std::mem::take(&mut self.found),
        );
        // Buffers grown by a giant sentence (hostile input, up to the
        // input limit) are freed rather than held by the thread for good;
        // a news sentence needs a few hundred bytes.
        if buffers.0.capacity() > SPARE_MAX_BYTES {
            return;
        }
        // `try_with`: nothing to leave once the thread's storage is gone.
        let _ = SPARE.try_with(|spare| spare.set(Some(buffers)));
    }
}

/// A cheap test before tokenizing: a digit, or one of the words without
/// which nothing can be found ([`scan::head_words`]) as a whole word.
/// (The plain form of the test in `Resolver::extract_into`, which runs
/// the digit test on the padded copy: the tests compare the two.)
#[cfg(test)]
fn worth_scanning(text: &str) -> bool {
    // In blocks without an early exit, which the compiler vectorizes.
    let digit = text
        .as_bytes()
        .chunks(32)
        .any(|ch| ch.iter().fold(false, |a, c| a | c.is_ascii_digit()));
    digit || HEADS.is_match(text)
}

/// The block of [`fill_padded`] and [`has_digit_blocks`].
const BLOCK: usize = 32;

/// `BLOCK + PAD` spaces: enough for any [`fill_padded`].
const BLOCK_PADDING: &str = "                                                ";
const _: () = assert!(BLOCK_PADDING.len() >= BLOCK + scan::PAD - 1);

/// Sets `low` to `text` followed by spaces: at least [`scan::PAD`] (which
/// the tokenizer reads past the sentence's end; no token reaches them),
/// and as many more as make the length a whole number of [`BLOCK`]s.
/// The spaces are copied in one fixed-length piece and cut back, rather
/// than copied by a length that varies with the sentence.
fn fill_padded(low: &mut String, text: &str) {
    low.clear();
    low.push_str(text);
    low.push_str(BLOCK_PADDING);
    low.truncate((text.len() + scan::PAD).next_multiple_of(BLOCK));
}

/// Whether `bytes` (a [`fill_padded`] copy) hold an ASCII digit: whole
/// [`BLOCK`]s without an early exit, which the compiler vectorizes. A copy
/// from [`fill_padded`] has no partial block, and its spaces are no digits,
/// so the answer is the sentence's.
fn has_digit_blocks(bytes: &[u8]) -> bool {
    bytes.chunks_exact(BLOCK).fold(false, |a, ch| {
        a | ch.iter().fold(false, |a, c| a | c.is_ascii_digit())
    })
}

/// The head words as whole words: between non-letters, where any
/// non-ASCII character counts as a non-letter (so the test may let through
/// a word the tokenizer keeps whole, as in "Mayé", but never misses one).
/// The plain form of [`scan::has_head_word`], which the pipeline runs
/// (its lazy DFA's tables were cold at every article).
#[cfg(test)]
static HEADS: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    let words: Vec<String> = scan::head_words()
        .iter()
        .map(|w| regex::escape(w))
        .collect();
    let pattern = format!("(?:^|[^a-zA-Z])(?i-u:{})(?:[^a-zA-Z]|$)", words.join("|"));
    regex::Regex::new(&pattern).expect("valid head-word pattern")
});

/// Forces the module's lazily compiled patterns.
pub(crate) fn warm() {
    #[cfg(test)]
    once_cell::sync::Lazy::force(&HEADS);
    once_cell::sync::Lazy::force(&scan::HEAD_INDEX);
    once_cell::sync::Lazy::force(&scan::STARTERS);
    once_cell::sync::Lazy::force(&scan::WORD_CLASS);
    once_cell::sync::Lazy::force(&scan::CLASS_INDEX);
    once_cell::sync::Lazy::force(&scan::HOLIDAY_INDEX);
    once_cell::sync::Lazy::force(&STOP_WORDS);
}

/// Whether placing the expression needs a direction in time.
fn needs_direction(sem: &Sem) -> bool {
    match sem {
        Sem::Ymd { y: None, .. }
        | Sem::Ym { y: None, .. }
        | Sem::Weekday { shift: 0, .. }
        | Sem::Quarter {
            y: None, rel: None, ..
        }
        | Sem::Half {
            y: None, rel: None, ..
        }
        | Sem::Season { y: None, .. }
        | Sem::Holiday { y: None, .. }
        | Sem::WdDate { .. }
        | Sem::WdDom { .. }
        | Sem::Weekend { .. }
        | Sem::NthWd { .. }
        | Sem::Dom(_)
        | Sem::After { .. } => true,
        Sem::UnitOf { within, .. } | Sem::WeekendOf { within, .. } => needs_direction(within),
        Sem::WeekOf(x) | Sem::ShiftFrom { base: x, .. } => needs_direction(x),
        Sem::Interval(a, b) => needs_direction(a) || needs_direction(b),
        _ => false,
    }
}

/// Whether the value depends on the publication date or another date.
fn is_relative(sem: &Sem) -> bool {
    if let Sem::UnitOf { within: x, .. }
    | Sem::WeekendOf { within: x, .. }
    | Sem::WeekOf(x)
    | Sem::ShiftFrom { base: x, .. }
    | Sem::WeekdayCount { base: Some(x), .. } = sem
    {
        return is_relative(x);
    }
    !matches!(
        sem,
        Sem::Ymd { y: Some(_), .. }
            | Sem::Ym { y: Some(_), .. }
            | Sem::Year(_)
            | Sem::Decade(_)
            | Sem::Century(_)
            | Sem::Fiscal(_)
            | Sem::Quarter { y: Some(_), .. }
            | Sem::Half { y: Some(_), .. }
            | Sem::Season { y: Some(_), .. }
            | Sem::Holiday { y: Some(_), .. }
            | Sem::Duration(_)
            | Sem::Set(_)
    )
}

/// A date right after "CITY, " at the start of a paragraph and before "("
/// or a dash: the dateline.
fn is_dateline(scan: &Scan<'_>, f: &Found) -> bool {
    if f.a < 2 || f.a > 10 || scan.w(f.a - 1) != "," {
        return false;
    }
    let after = scan.w(f.b);
    if !matches!(after, "(" | "-" | "–" | "—") {
        return false;
    }
    scan.toks[..f.a - 1].iter().all(|t| match t.k {
        K::Word => !scan.text[t.s..t.e].bytes().any(|c| c.is_ascii_lowercase()),
        _ => true,
    })
}

/// Past-tense forms that are not "-ed" words.
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "was", "were", "had", "did", "struck", "began", "fell", "rose", "took", "made",
    "met", "won", "left", "held", "came", "went", "saw", "gave", "lost", "sent", "hit", "broke",
    "brought", "bought", "caught", "fought", "found", "paid", "spent", "stood", "grew", "drew",
    "threw", "knew", "wrote", "spoke", "chose", "froze", "ran", "got", "became", "kept", "led",
    "felt", "sold", "shot", "fled", "quit", "ago", "since", "sank", "swept", "woke", "built",
];

/// Words ending in "ed" that are not past tenses.
const NOT_PAST_ED: &[&str] = &[
    "need",
    "needed",
    "red",
    "bed",
    "speed",
    "hundred",
    "seed",
    "feed",
    "shed",
    "indeed",
    "embed",
    "scheduled",
    "expected",
    "planned",
    "proposed",
    "slated",
    "intended",
    "unprecedented",
    "based",
    "related",
    "united",
    "limited",
    "detailed",
    "red",
    "wed",
    "bred",
];

/// The words [`local_direction`] reads by name (the tense cues of
/// [`cue_classes`] aside, which have their own class bits): the words
/// that open a new clause, those of a temporal clause, and the words of
/// the cues written out in its rules. A word neither among them nor a
/// cue, ending neither in "s" nor in "ed", is passed over ([`dull`]).
pub(crate) const DIRECTION_WORDS: &[&str] = &[
    "as",
    "while",
    "whereas",
    "because",
    "but",
    "although",
    "though",
    "before",
    "until",
    "when",
    "once",
    "unless",
    "may",
    "expected",
    "due",
    "set",
    "going",
    "slated",
    "poised",
    "scheduled",
    "planned",
    "to",
];

/// The pronouns before which a word in "-s" is a present tense for
/// [`local_direction`] ("before it brushes Taiwan").
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["it", "he", "she"];

/// Whether token `i` is one that [`local_direction`] does nothing with
/// but count (a word) or pass (a number, a mark but ";"): not a future or
/// past cue, not one of [`DIRECTION_WORDS`], not ending in "ed" (a past
/// tense) nor in "s" after one of [`SUBJECT_PRONOUNS`] (a present one),
/// and not ";" (a new clause). Its tests are combined without branches,
/// so that the search costs one well-guessed branch for each such token.
#[inline(always)]
fn dull(scan: &Scan<'_>, i: usize) -> bool {
    let Some(t) = scan.toks.get(i) else {
        return false;
    };
    let w = scan.wb(i);
    let n = w.len();
    let last = w.last().copied().unwrap_or(0);
    let before_last = w.get(n.wrapping_sub(2)).copied().unwrap_or(0);
    // Of the tense-cue classes only a future or a past cue is one by
    // itself (a function word or a word of `NOT_PAST_ED` is read only as
    // the word after another, or for its "-ed", tested below).
    let cue = t.c & scan::C_CUE;
    let tense =
        (cue == u32::from(FUTURE) << scan::CUE_SHIFT) | (cue == u32::from(PAST) << scan::CUE_SHIFT);
    let named = tense | (t.c & scan::C_DIRECTION_WORD != 0);
    let after_pronoun = scan.class(i.wrapping_sub(1)) & scan::C_SUBJECT_PRONOUN != 0;
    let suffix = ((last == b's') & after_pronoun) | ((last == b'd') & (before_last == b'e'));
    let semicolon = (n == 1) & (last == b';');
    !(named | suffix | semicolon)
}

/// The tense the words around an expression give it: the nearest cue
/// before it in the sentence (up to 14 words), else after it (up to 6).
fn local_direction(scan: &Scan<'_>, f: &Found) -> Option<Direction> {
    direction_search::<true>(scan, f)
}

/// [`local_direction`], passing over the [`dull`] tokens without reading
/// them if `SKIP` (the tests compare it with the search that reads every
/// token).
fn direction_search<const SKIP: bool>(scan: &Scan<'_>, f: &Found) -> Option<Direction> {
    let cue = |i: usize| -> Option<Direction> {
        let w = scan.wb(i);
        let t = scan.toks.get(i)?;
        if t.k != K::Word {
            return None;
        }
        let class = scan.cue_class(i);
        // "must have left", "could have been": a modal of the past; "may
        // have to" is an obligation ahead.
        if class == FUTURE && w != b"next" && scan.wb(i + 1) == b"have" && scan.wb(i + 2) != b"to" {
            return Some(Direction::Past);
        }
        if class == FUTURE {
            return Some(Direction::Future);
        }
        // "may have to", "may need to": an obligation ahead ("may" alone
        // also hedges the past: "may have died").
        if w == b"may"
            && scan.text[t.s..t.e].starts_with('m')
            && (scan.wb(i + 1) == b"have" || scan.wb(i + 1) == b"need")
            && scan.wb(i + 2) == b"to"
        {
            return Some(Direction::Future);
        }
        if matches!(
            w,
            b"expected" | b"due" | b"set" | b"going" | b"slated" | b"poised"
        ) && scan.wb(i + 1) == b"to"
        {
            return Some(Direction::Future);
        }
        if matches!(w, b"scheduled" | b"planned") {
            return Some(Direction::Future);
        }
        // A participle after "be" ("will be held", "would be completed")
        // is no tense. (Looked at only where it matters.)
        let after_be = || i > 0 && matches!(scan.wb(i - 1), b"be" | b"been" | b"being");
        if class == PAST && !after_be() {
            return Some(Direction::Past);
        }
        // Headline style: "Prices to Rise in October" is a future.
        if scan.headline
            && w == b"to"
            && scan.toks.get(i + 1).is_some_and(|t| t.k == K::Word)
            && !matches!(scan.wb(i + 1), b"the" | b"a" | b"an")
        {
            return Some(Direction::Future);
        }
        // Before a noun it is an adjective ("updated figures"): a verb is
        // followed by a function word, a capital, a number or punctuation.
        // (Tested last: the other conditions are cheaper and most often
        // false.)
        let adjective = || {
            scan.toks.get(i + 1).is_some_and(|t| t.k == K::Word)
                && !scan.text[scan.toks[i + 1].s..].starts_with(|c: char| c.is_uppercase())
                && matches!(scan.cue_class(i + 1), 0 | NOT_PAST)
        };
        if w.len() >= 5
            && w.ends_with(b"ed")
            && !w.ends_with(b"eed")
            && class != NOT_PAST
            && !after_be()
            && !scan.text[t.s..t.e].starts_with(|c: char| c.is_uppercase())
            && !adjective()
        {
            return Some(Direction::Past);
        }
        None
    };
    // "through December", "until Wednesday", "by June": a deadline ahead,
    // unless a past verb is right before.
    // Words compared as bytes (`Scan::wb`: the token's text, without the
    // char-boundary tests of slicing a str).
    let prev: &[u8] = if f.a > 0 { scan.wb(f.a - 1) } else { &[] };
    let mut words = 0;
    let mut i = f.a;
    // "before it brushes Taiwan on Tuesday", "when she arrives on Monday":
    // a present-tense verb in a temporal clause speaks of what is ahead.
    let mut present = false;
    while i > 0 && words < 14 {
        i -= 1;
        // Most words: nothing but a count (see `dull`).
        if SKIP && dull(scan, i) {
            words += usize::from(scan.toks[i].k == K::Word);
            continue;
        }
        let w = scan.wb(i);
        if !scan.headline
            && i > 0
            && w.len() > 3
            && w.ends_with(b"s")
            && !w.ends_with(b"ss")
            && matches!(scan.wb(i - 1), b"it" | b"he" | b"she")
        {
            present = true;
        }
        if present && matches!(w, b"before" | b"until" | b"when" | b"once" | b"unless") {
            return Some(Direction::Future);
        }
        // A new clause: its tense is not ours.
        if matches!(
            w,
            b"as" | b"while" | b"whereas" | b"because" | b"but" | b"although" | b"though" | b";"
        ) {
            break;
        }
        if scan.toks[i].k == K::Word {
            words += 1;
        }
        if let Some(d) = cue(i) {
            if matches!(prev, b"until" | b"through" | b"till" | b"by")
                && d == Direction::Past
                && words > 4
            {
                return Some(Direction::Future);
            }
            return Some(d);
        }
    }
    if matches!(prev, b"until" | b"through" | b"till") {
        return Some(Direction::Future);
    }
    let mut words = 0;
    let mut i = f.b;
    while i < scan.toks.len() && words < 6 {
        if scan.toks[i].k == K::Word {
            words += 1;
        }
        if SKIP && dull(scan, i) {
            i += 1;
            continue;
        }
        if let Some(d) = cue(i) {
            return Some(d);
        }
        i += 1;
    }
    None
}

/// The end of a range written without a year ("April–June", "July 13 to
/// Aug 2"), placed from its start: in the start's year, or the next one
/// when it comes earlier in the year ("November–February"), so that the two
/// ends are not resolved apart (an April that has begun and a June that
/// has not would fall in different years).
fn end_in_year_of(a: &Sem, b: &Sem, start: Option<Val>) -> Option<Sem> {
    if !matches!(a, Sem::Ym { y: None, .. } | Sem::Ymd { y: None, .. }) {
        return None;
    }
    let (y, m1, d1) = match start? {
        Val::Month(y, m) => (y, m, 1),
        Val::Day(d) => (d.year(), d.month(), d.day()),
        _ => return None,
    };
    let later = |m2: u8, d2: u8| if (m2, d2) < (m1, d1) { y + 1 } else { y };
    match *b {
        Sem::Ym { y: None, m } => Some(Sem::Ym {
            y: Some(later(m, 31)),
            m,
        }),
        Sem::Ymd { y: None, m, d } => Some(Sem::Ymd {
            y: Some(later(m, d)),
            m,
            d,
        }),
        _ => None,
    }
}

const FUTURE: u8 = 1;
const PAST: u8 = 2;
const FUNCTION: u8 = 3;
const NOT_PAST: u8 = 4;

/// The cue tables in one map (a word in several tables keeps the class
/// of the last, as when this was a map filled in this order). The
/// tokenizer stores each word's cue class with its other classes
/// ([`Scan::cue_class`]), so the cue search looks nothing up.
pub(crate) fn cue_classes() -> std::collections::HashMap<&'static str, u8, scan::FnvBuild> {
    let mut m: std::collections::HashMap<&'static str, u8, scan::FnvBuild> =
        std::collections::HashMap::default();
    for (table, class) in [
        (NOT_PAST_ED, NOT_PAST),
        (FUNCTION_WORDS, FUNCTION),
        (IRREGULAR_PAST, PAST),
        (FUTURE_CUES, FUTURE),
    ] {
        for w in table {
            m.insert(*w, class);
        }
    }
    m
}

/// Words that follow a verb rather than an adjective.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "on", "in", "at", "to", "by", "for", "from", "with", "that", "this", "it",
    "its", "his", "her", "their", "them", "him", "us", "after", "before", "since", "over", "up",
    "down", "out", "off", "as", "and", "but", "or", "into", "about", "more", "than", "some", "all",
    "no", "not", "last", "early", "late", "during", "until", "through", "against", "just",
    "nearly", "almost", "around", "only", "also", "again", "there", "here", "when", "what",
];

/// Words too common to tie two sentences to the same event.
const STOP: &[&str] = &[
    "that",
    "this",
    "with",
    "from",
    "have",
    "were",
    "said",
    "after",
    "before",
    "their",
    "there",
    "which",
    "about",
    "more",
    "than",
    "when",
    "they",
    "them",
    "been",
    "into",
    "over",
    "also",
    "first",
    "last",
    "three",
    "other",
    "some",
    "most",
    "says",
    "told",
    "time",
    "local",
    "according",
    "while",
    "where",
    "would",
    "will",
    "could",
    "what",
    "only",
    "just",
    "then",
    "still",
];

/// Whether `w` is one of [`STOP`] in any ASCII case: the words are at
/// most nine letters long, so the lower-cased word fits a small buffer and
/// one lookup in [`STOP_WORDS`] replaces a scan of the list.
fn is_stop(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() > 9 {
        return false;
    }
    let mut buf = [0u8; 9];
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    // Up to eight letters: the buffer's first eight bytes (zero after the
    // word) are the word's key in the short-word table.
    let mut head = [0u8; 8];
    head.copy_from_slice(&buf[..8]);
    let key = u64::from_le_bytes(head);
    if b.len() <= 8 && key != 0 {
        return STOP_WORDS.get_short(key, b.len()) != 0;
    }
    STOP_WORDS.get(&buf[..b.len()]) != 0
}

/// [`STOP`] laid out by shape, as the word classes are (a word of a shape
/// no stop word has costs two loads).
static STOP_WORDS: once_cell::sync::Lazy<scan::ClassIndex> =
    once_cell::sync::Lazy::new(|| scan::ClassIndex::new(STOP.iter().map(|w| (*w, 1))));

/// The FNV-1a hash of no bytes.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// [`content_words`] of the scanned sentence, read off its word tokens
/// rather than from its text again: a word token is the same run of
/// letters (`scan::word_end` ends both), and the token's bytes in the
/// lower-cased sentence are the ASCII-lower-cased bytes `content_words`
/// hashes (test `scan_content_words_are_content_words`).
fn scan_content_words(scan: &Scan<'_>) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::with_capacity(40);
    // One bit for each hash in `out` (see `add_content_word`).
    let mut seen = 0u64;
    for (i, t) in scan.toks.iter().enumerate() {
        if t.k != K::Word || t.e - t.s < 4 {
            continue;
        }
        let w = scan.w(i);
        if is_stop(w) {
            continue;
        }
        let h = w.bytes().fold(FNV_OFFSET, fnv);
        if add_content_word(&mut out, &mut seen, h) {
            break;
        }
    }
    out
}

/// Adds the hash `h` of a content word to `out` unless it is there, and
/// tells whether `out` is full (40 words). `seen` holds one bit for each
/// hash in `out`, by its top six bits: a word whose bit is not yet set is
/// new, and `out` is searched only when the bit is taken.
fn add_content_word(out: &mut Vec<u64>, seen: &mut u64, h: u64) -> bool {
    let bit = 1u64 << (h >> 58);
    if *seen & bit != 0 && out.contains(&h) {
        return false;
    }
    *seen |= bit;
    out.push(h);
    out.len() >= 40
}

/// One step of FNV-1a.
fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// Content words of the sentence, as FNV-1a hashes (cheap to keep and
/// compare).
fn content_words(text: &str) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::with_capacity(40);
    // One bit for each hash in `out` (see `add_content_word`).
    let mut seen = 0u64;
    let b = text.as_bytes();
    let mut i = 0;
    // The runs of letters, as `text.split(|c: char| !c.is_alphabetic())`
    // gives them, found a byte at a time for ASCII.
    while i < b.len() {
        let c = b[i];
        if c < 0x80 && !c.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        if c >= 0x80 {
            let ch = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            if !scan::is_letter(ch) {
                i += ch.len_utf8();
                continue;
            }
        }
        let s = i;
        // A word of up to seven ASCII letters: its end and its lower-cased
        // bytes come from one load (`scan::short_ascii_word`, the same
        // word `word_end` finds), and those bytes are the key `is_stop`
        // would build, so the stop test is one probe.
        let h = if let Some((e, key)) = scan::short_ascii_word(b, s) {
            i = e;
            let len = e - s;
            if len < 4 || STOP_WORDS.get_short(key, len) != 0 {
                continue;
            }
            key.to_le_bytes()
                .iter()
                .take(len)
                .fold(FNV_OFFSET, |h, &b| fnv(h, b))
        } else {
            i = scan::word_end(text, i);
            let Some(w) = text.get(s..i) else {
                continue;
            };
            if w.len() < 4 || is_stop(w) {
                continue;
            }
            w.bytes()
                .fold(FNV_OFFSET, |h, b| fnv(h, b.to_ascii_lowercase()))
        };
        if add_content_word(&mut out, &mut seen, h) {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests;
