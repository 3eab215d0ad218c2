//! Quantities: numbers as news writes them, with bound, unit, and what they
//! count.
//!
//! How it works, per sentence (`parse.rs`):
//!
//! 1. A digit scan eight bytes a step, then (for a sentence without
//!    digits) one walk over the runs of ASCII letters (`numword.rs`)
//!    skip sentences with no digit and no number word; the rest is tokenized in one pass
//!    (words, numbers with their separators, single punctuation) over the
//!    sentence and a lower-cased copy of it with the same byte offsets,
//!    both in scratch buffers the thread keeps, like the list of finds.
//!    Every word list the rules ask about is one table (`lex.rs`): a token
//!    is looked up once per sentence and the answer kept for every later
//!    question about it; tokens are compared with literals as bytes.
//! 2. A number is parsed only where a token can start one (a digit, or a
//!    word whose first letter and length fit a number word): digits with
//!    separators, signs, slash fractions, scales ("1.2 million", "3bn",
//!    "£62.5m", "5k", "1.5 lakh crore"), words ("one hundred and twelve",
//!    "a dozen", "half a million"), vague plurals read the way conflict
//!    coders do ("dozens" 12, "tens of thousands" 10000, bound `approx`),
//!    fractions of a whole as percentages ("half of", "two-thirds of"),
//!    ratios ("one in five" 20 %).
//! 3. Around it: a currency before ("US$", "C$", "KSh", "EUR"), a unit after
//!    (tables in `units.rs`, normalised to ISO 4217 and symbols), a range
//!    tail ("between 10 and 15", "10-15", "$3.6bn to $3.7bn"), a qualifier
//!    before (`qualifiers.rs`; only these words set a bound).
//! 4. The keep-out rules, each with a unit test: years (bare 4-digit
//!    1000-2100 unless a plural count noun follows without a preposition
//!    before), days of the month next to a month name, times ("4:17",
//!    "10 a.m."), ordinals and decades (letters attached to the digits),
//!    labels ("Section 230", "Boeing 737", "No. 10", "G20", "COVID-19",
//!    "iPhone 15", a capitalised name before a small plain integer), phone
//!    numbers and leading-zero codes, street addresses ("10 Downing
//!    Street"), sports scores ("2-1"), durations with "ago"/"earlier", and
//!    "one" as a pronoun ("one of the", "no one", "one another",
//!    "one-sided"). A sentence that a segmenter cut after "Dec." or "No."
//!    is read with that word in mind.
//! 5. What it counts: the noun phrase after it ("88 more political
//!    prisoners"), after "of" ("tens of thousands of people"), or before it
//!    ("a budget of $3bn", "cut its rate by 50 basis points"), or the
//!    subject of a change verb or a passive ("inflation slowed to 3.2%");
//!    the event is the governing verb to the left (lemmatised by
//!    `lemma.rs`) or the verb the counted phrase is subject of ("400 people
//!    had been injured"). "rose 4% to $3.5 billion", "up from 121",
//!    "compared with 285", "including 12 children", gapped figures ("and
//!    Ocampo 11,116,035") and a converted figure in brackets share the
//!    object and event of the figure before; "N of the X are Y" counts Y;
//!    an exchange rate ("held at 129 to the dollar") is counted in the
//!    currency of its subject.
//!
//! Measuring: `cargo test --lib quantity::dev_report -- --ignored
//! --nocapture` scores the dev set; `cargo test --release --lib
//! quantity::tests::speed -- --ignored --nocapture` gives the throughput;
//! `Q="sentence" cargo test --lib quantity::tests::debug_one -- --ignored
//! --nocapture` prints what one sentence yields.

mod fasthash;
mod lemma;
mod lex;
mod numbers;
mod numword;
mod parse;
mod qualifiers;
mod units;
mod words;

#[cfg(test)]
mod dev_report;
#[cfg(test)]
mod duckling_tests;
#[cfg(test)]
mod tests;

use crate::Text;
use once_cell::sync::Lazy;

use crate::Span;
use crate::segment::SentenceView;
use crate::structure::BlockKind;

/// How the text bounds a quantity (see `FORMAT.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Bound {
    /// The number as stated.
    #[default]
    Exact,
    /// "about", "around", "some", "an estimated", "dozens of".
    Approx,
    /// A floor: "more than", "over", "at least".
    Lower,
    /// A ceiling: "up to", "fewer than", "nearly", "almost".
    Upper,
    /// "between 10 and 15", "10-15": `value` is the low end, `high` the high.
    Range,
}

/// A short phrase of the text, with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Phrase {
    /// Where it is.
    pub span: Span,
    /// What it says.
    pub text: Text,
}

impl Phrase {
    /// A phrase covering `span` of `doc`.
    pub(crate) fn new(doc: &str, span: Span) -> Phrase {
        Phrase {
            span,
            text: span.as_str(doc).into(),
        }
    }
}

/// The verb or event noun that governs a number: "freed 99" -> `free`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Event {
    /// Lower-case lemma ("release", "detain", "kill").
    pub lemma: Text,
    /// The word as written.
    pub span: Span,
}

/// A quantity mention.
///
/// ```
/// use news_claims::{Bound, Extractor};
///
/// let text = "Authorities detained more than 2,400 protesters.\n";
/// let extraction = Extractor::default().extract(text, None);
/// let q = &extraction.quantities[0];
/// assert_eq!(q.text, "more than 2,400");
/// assert_eq!((q.value, q.bound), (2400.0, Bound::Lower));
/// assert_eq!(q.object.as_ref().map(|o| o.text.as_str()), Some("protesters"));
/// assert_eq!(q.event.as_ref().map(|e| e.lemma.as_str()), Some("detain"));
/// assert_eq!(&text[q.span.range()], "more than 2,400");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quantity {
    /// The expression, qualifier and unit included ("more than 2,400",
    /// "$1.5 billion").
    pub span: Span,
    /// The expression as written.
    pub text: Text,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// The number, scale applied; the low end of a range.
    pub value: f64,
    /// The high end of a range.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub high: Option<f64>,
    /// How the text bounds it.
    pub bound: Bound,
    /// `None` for a plain count; `"%"`, `"pp"`, an ISO 4217 code, or a unit
    /// symbol (`"km"`, `"t"`, `"year"`).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub unit: Option<Text>,
    /// What is counted ("political prisoners").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub object: Option<Phrase>,
    /// The verb or event noun that governs the number.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub event: Option<Event>,
}

/// Finds the quantities of one sentence, in text order.
#[cfg(test)]
pub(crate) fn extract(s: &SentenceView<'_>) -> Vec<Quantity> {
    let mut out = Vec::new();
    extract_into(s, &mut out);
    out
}

/// Finds the quantities of one sentence and appends them to `out` (the
/// article's list: no list per sentence).
pub(crate) fn extract_into(s: &SentenceView<'_>, out: &mut Vec<Quantity>) {
    let text = s.text();
    if !maybe_has_number(text) {
        return;
    }
    let headline = matches!(s.block_kind, BlockKind::Headline);
    // A sentence cut after "Dec." or "No." (by a segmenter that took the
    // abbreviation for a full stop) starts with the day or the label.
    // Only the word before the sentence matters: look at a bounded tail, so
    // that the work per sentence does not grow with the line. Asked only
    // for a sentence that opens with a figure.
    let lead_label = || {
        let mut from = s.span.start.saturating_sub(32);
        while !s.doc.is_char_boundary(from) {
            from -= 1;
        }
        let before = s.doc.get(from..s.span.start).unwrap_or("");
        parse::ends_with_label_abbrev(before)
    };
    parse::scan(text, headline, lead_label, |found| {
        out.extend(found.iter().map(|f| {
            let span = s.to_doc(Span::new(f.start, f.end));
            Quantity {
                span,
                text: text[f.start..f.end].into(),
                sentence: s.index,
                value: f.value,
                high: f.high,
                bound: f.bound,
                unit: f.unit.map(Text::from),
                object: f
                    .object
                    .map(|(a, b)| Phrase::new(s.doc, s.to_doc(Span::new(a, b)))),
                event: f.event.map(|(lemma, a, b)| Event {
                    lemma: lemma.into(),
                    span: s.to_doc(Span::new(a, b)),
                }),
            }
        }));
    });
}

/// Forces the lazily built tables (the integrator calls it from
/// `force_patterns`).
pub(crate) fn warm() {
    Lazy::force(&numword::TABLE);
    lemma::warm();
    Lazy::force(&lex::LEXICON);
    parse::warm();
}

/// ASCII prefilter: any digit, or any word that may spell a number. The
/// pipeline asks [`numword::any_number_word`] after the digit scan; the
/// tests hold the two equal.
#[cfg(test)]
pub(crate) static NUMBER_WORD_SET: Lazy<regex::Regex> = Lazy::new(|| {
    regex::Regex::new(
        r"(?i-u)[0-9]|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twenty|forty|eighty|ninety|hundred|thousand|million|billion|dozen|score|half|third|quarter|couple|naught|nought)",
    )
    .expect("valid pattern")
});

fn maybe_has_number(text: &str) -> bool {
    // Most sentences that have a number have a digit: find one eight bytes
    // a step before the letter-run walk looks for number words.
    has_ascii_digit(text.as_bytes()) || numword::any_number_word(text.as_bytes())
}

/// Whether `b` holds an ASCII digit.
fn has_ascii_digit(b: &[u8]) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        // A byte is a digit when it is 0x30..=0x39: XOR 0x30 takes an
        // ASCII byte below 10 only then. A byte of 0x80 and up is set to
        // 0x40 or more instead, so that no byte can borrow; then "some byte
        // below 10" is exact for the chunk.
        let w = u64::from_le_bytes(a);
        let high = w & HI;
        let x = ((w & !HI) ^ (LO * 0x30)) | (high >> 1);
        if x.wrapping_sub(LO * 10) & !x & HI != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Gives figures in a currency name that several countries share ("peso",
/// "crowns", "shilling", "rupee") the code of the country the article is
/// about: of the countries using that name, the one the text names most
/// (its name, demonyms and capital, from the actors' gazetteer, so that
/// "Philippine" and a "MANILA" dateline count for the Philippines). A figure
/// whose own text pins the currency ("Mexican pesos", "KSh") keeps its code;
/// with none of those countries named the default stays.
pub(crate) fn localise_currencies(doc: &str, quantities: &mut [Quantity]) {
    // Most articles have no figure in a shared currency name: one look at
    // the units before anything else.
    let shared = |u: &str| units::SHARED_CURRENCIES.iter().any(|(d, _)| *d == u);
    if !quantities
        .iter()
        .any(|q| q.unit.as_deref().is_some_and(shared))
    {
        return;
    }
    // Whether each figure's own text pins its currency, asked once.
    let pinned: Vec<bool> = quantities
        .iter()
        .map(|q| q.unit.as_deref().is_some_and(shared) && names_currency(&q.text))
        .collect();
    let mut starts = None;
    for (default, countries) in units::SHARED_CURRENCIES {
        let open = |(q, pinned): (&Quantity, &bool)| q.unit.as_deref() == Some(*default) && !pinned;
        if !quantities.iter().zip(&pinned).any(open) {
            continue;
        }
        let best = countries
            .iter()
            .map(|(country, code)| {
                let starts = starts.get_or_insert_with(|| crate::actors::CapitalStarts::new(doc));
                (crate::actors::country_mentions(doc, starts, country), *code)
            })
            .filter(|(n, _)| *n > 0)
            .max_by_key(|(n, _)| *n);
        let Some((_, code)) = best else { continue };
        for (q, pinned) in quantities.iter_mut().zip(&pinned) {
            if q.unit.as_deref() == Some(*default) && !pinned {
                q.unit = Some(code.into());
            }
        }
    }
}

/// Whether a figure's own text pins its currency: an ISO code, a symbol
/// with a country prefix, or a national adjective.
fn names_currency(text: &str) -> bool {
    let b = text.as_bytes();
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        // Every code is three capitals (a test checks): a figure's
        // digits ("500") need no look at the list.
        (w.len() == 3
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && units::CURRENCY_CODES.contains(&w))
            // Every adjective starts with an ASCII letter (a test checks):
            // the figure's digits need no look at the list.
            || (w.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
                && is_national_adjective(w))
    }) || b.iter().enumerate().any(|(i, &c)| {
        // A figure's text is short: one walk over its bytes, and only at
        // a byte some prefix starts with a look at the prefixes (the old
        // code walked the text once per prefix).
        PREFIX_FIRST[usize::from(c)]
            && units::CURRENCY_PREFIXES.iter().any(|(p, _)| {
                let p = p.as_bytes();
                p.len() > 1 && b.get(i..).is_some_and(|r| r.starts_with(p))
            })
    })
}

/// Whether a byte is the first of a currency prefix of two bytes or more.
const PREFIX_FIRST: [bool; 256] = {
    let mut m = [false; 256];
    let mut k = 0;
    while k < units::CURRENCY_PREFIXES.len() {
        let p = units::CURRENCY_PREFIXES[k].0.as_bytes();
        if p.len() > 1 {
            m[p[0] as usize] = true;
        }
        k += 1;
    }
    m
};

/// Whether `w` is a national adjective of `NATIONAL_CURRENCIES` in any
/// ASCII case: one lookup of its lower-cased form in the word table
/// (every adjective is written in lower case there, a test checks)
/// instead of a comparison with each adjective.
fn is_national_adjective(w: &str) -> bool {
    // No adjective is near this long (a test checks); the buffer leaves
    // room for the eight-byte read of a short word.
    let mut buf = [0u8; 40];
    let n = w.len();
    let Some(dst) = buf.get_mut(..n).filter(|_| n <= 32) else {
        return false;
    };
    dst.copy_from_slice(w.as_bytes());
    dst.make_ascii_lowercase();
    let lexicon = &*lex::LEXICON;
    lexicon.entry(lexicon.find_in(&buf, 0, n)).flags & lex::NATIONAL_W != 0
}

/// [`names_currency`] as it was, for its test.
#[cfg(test)]
fn names_currency_reference(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        (w.len() == 3 && units::CURRENCY_CODES.contains(&w))
            || units::NATIONAL_CURRENCIES
                .iter()
                .any(|(adj, _, _)| w.eq_ignore_ascii_case(adj))
    }) || units::CURRENCY_PREFIXES
        .iter()
        .any(|(p, _)| p.len() > 1 && text.as_bytes().windows(p.len()).any(|w| w == p.as_bytes()))
}
