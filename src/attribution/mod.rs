//! Attribution (who says so) and hedges (how sure the text is).
//!
//! One pass over the words of a sentence looks each word up in the
//! reporting-verb table ([`verbs`]) and the hedge table ([`words`]); only at
//! a hit does the little chunker in [`np`] look for the source: the subject
//! before the verb ("the ministry said"), the subject after it in the
//! inverted order of quotes (", said Aisha Mwangi"), the phrase after
//! "according to", the antecedent of "who" ("Zieliński, who ..., said"), an
//! appositive name ("His lawyer, Oliver Chen KC, said") or the main subject
//! for a second verb ("... said X, and announced Y") and for ", saying".

#[cfg(test)]
mod dev_eval;
mod np;
mod scan;
mod verbs;
mod words;

use crate::Text;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::Span;
use crate::actors::Mention;
use crate::segment::SentenceView;
use crate::structure::BlockKind;

use np::{Chunk, Fit, Kind, Sent, WordHasher, WordSet};

/// "X said", "according to X", "X estimated": the source and its cue.
///
/// Pronoun sources ("she said") are left out; the source is the shortest
/// phrase ending in its head ("the ministry", "Analysts", "A spokesperson
/// for trade body RenewableUK").
///
/// ```
/// use news_claims::Extractor;
///
/// let text = "Storm Kills 12\nThe storm killed 12 people, officials said.\n";
/// let x = Extractor::default().extract(text, None);
/// let a = &x.attributions[0];
/// assert_eq!((a.source.text.as_str(), a.cue.as_str()), ("officials", "say"));
/// assert_eq!(&text[a.cue_span.range()], "said");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Attribution {
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// Who says it ("the ministry", "rights groups").
    pub source: Mention,
    /// The reporting verb's lemma or the phrase: `say`, `estimate`,
    /// `according to`.
    pub cue: Text,
    /// Where the cue is.
    pub cue_span: Span,
    /// Index into [`Extraction::actors`](crate::Extraction) of the source,
    /// where it is one.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<usize>,
}

/// A word that marks a sentence's claims as uncertain ("reportedly",
/// "estimated", "could").
///
/// ```
/// use news_claims::Extractor;
///
/// let text = "Clashes in the Capital\nNearly 2,000 were reportedly released in May.\n";
/// let x = Extractor::default().extract(text, None);
/// let cues: Vec<&str> = x.hedges.iter().map(|h| h.cue.as_str()).collect();
/// assert_eq!(cues, ["reportedly"]); // "May" is the month
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Hedge {
    /// Where it is.
    pub span: Span,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// The hedge, lower case ("reportedly", "may have").
    pub cue: Text,
}

/// Reporting-verb forms and the framing participles to `(lemma, form)`.
/// (Inline integer keys: see [`np::WordMap`].) The participles (",
/// calling it “...”") count only in the quote pass's variant; none of
/// them is a reporting-verb form (a test checks), so no entry replaces
/// another.
static VERBS: Lazy<np::WordMap<(&'static str, Form)>> = Lazy::new(|| {
    let verbs = verbs::REPORTING_VERBS.iter().map(|&(form, lemma, strict)| {
        (
            form,
            (lemma, if strict { Form::Strict } else { Form::Verb }),
        )
    });
    let participles = verbs::PARTICIPLES
        .iter()
        .map(|&(form, lemma)| (form, (lemma, Form::Participle)));
    verbs.chain(participles).collect()
});

/// What a form of [`VERBS`] is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Form {
    /// A reporting verb.
    #[default]
    Verb,
    /// A reporting verb that needs a clear subject ([`strict_ok`]).
    Strict,
    /// A framing participle.
    Participle,
}

/// The quick filter of every word that can start a cue: the reporting
/// verbs, the participles and "according".
static CUE_WORDS: Lazy<np::Prefilter> = Lazy::new(|| {
    let words: Vec<&str> = verbs::REPORTING_VERBS
        .iter()
        .map(|&(f, _, _)| f)
        .chain(verbs::PARTICIPLES.iter().map(|&(f, _)| f))
        .chain(["according"])
        .collect();
    np::Prefilter::with_shift(&words, np::MARK_SHIFT)
});

/// Any reporting-verb form or "according": the cheap test that lets most
/// sentences skip tokenising. ASCII word boundaries keep the regex on its
/// fast DFA; the tokeniser then decides on real word boundaries. [`filter`]
/// answers it together with [`HEDGE_FILTER`] in one walk of
/// `ANY_FILTER`; this definition is kept for the test that holds them
/// equal.
#[cfg(test)]
static CUE_FILTER: Lazy<Regex> = Lazy::new(|| {
    let mut forms: Vec<&str> = verbs::REPORTING_VERBS.iter().map(|&(f, _, _)| f).collect();
    forms.extend(verbs::PARTICIPLES.iter().map(|&(f, _)| f));
    forms.push("according");
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    Regex::new(&format!(r"(?i-u)\b(?:{})\b", forms.join("|"))).expect("cue filter compiles")
});

/// The cue words and the hedge words in one filter, the same way: one pass
/// over a sentence without a cue word also answers [`HEDGE_FILTER`] for
/// `hedges` (see [`filter`]).
#[cfg(test)]
static ANY_FILTER: Lazy<Regex> = Lazy::new(|| {
    let mut words: Vec<&str> = verbs::REPORTING_VERBS.iter().map(|&(f, _, _)| f).collect();
    words.extend(verbs::PARTICIPLES.iter().map(|&(f, _)| f));
    words.push("according");
    words.extend(words::HEDGES.iter().map(|&(f, _, _)| f));
    words.sort_by_key(|f| std::cmp::Reverse(f.len()));
    words.dedup();
    Regex::new(&format!(r"(?i-u)\b(?:{})\b", words.join("|"))).expect("filter compiles")
});

/// What a word of `ANY_FILTER` is, by its length and its first and last
/// letters: `ONLY_HEDGE` where every listed word of that shape is a hedge
/// word and no cue word, `EITHER` where words of both kinds share it, 0
/// where only cue words have it. Index: `shape`.
#[cfg(test)]
static SHAPES: Lazy<Vec<u8>> = Lazy::new(|| {
    let mut shapes = vec![0u8; (MAX_WORD + 1) * 26 * 26];
    let cues: Vec<&str> = verbs::REPORTING_VERBS
        .iter()
        .map(|&(f, _, _)| f)
        .chain(verbs::PARTICIPLES.iter().map(|&(f, _)| f))
        .chain(["according"])
        .collect();
    for &(w, _, _) in words::HEDGES {
        if !cues.contains(&w) {
            if let Some(s) = shape(w.as_bytes()).and_then(|i| shapes.get_mut(i)) {
                *s = ONLY_HEDGE;
            }
        }
    }
    for w in cues {
        if let Some(s) = shape(w.as_bytes()).and_then(|i| shapes.get_mut(i)) {
            if *s == ONLY_HEDGE {
                *s = EITHER;
            }
        }
    }
    shapes
});

/// `SHAPES`: only hedge words have this shape.
#[cfg(test)]
const ONLY_HEDGE: u8 = 1;
/// `SHAPES`: cue words and hedge words have this shape.
#[cfg(test)]
const EITHER: u8 = 2;

/// Longest word of `ANY_FILTER`, in bytes (a test checks).
#[cfg(test)]
const MAX_WORD: usize = 16;

/// The index in `SHAPES` of a word of ASCII letters (any case); `None`
/// for anything else.
#[cfg(test)]
fn shape(w: &[u8]) -> Option<usize> {
    let letter = |b: u8| {
        let l = b.to_ascii_lowercase();
        l.is_ascii_lowercase().then(|| usize::from(l - b'a'))
    };
    let (first, last) = (letter(*w.first()?)?, letter(*w.last()?)?);
    (w.len() <= MAX_WORD).then_some((w.len() * 26 + first) * 26 + last)
}

/// Every word that can start a cue, as a set: tells the cue words from the
/// hedge words where `SHAPES` cannot.
#[cfg(test)]
static CUE_SET: Lazy<WordSet> = Lazy::new(|| {
    verbs::REPORTING_VERBS
        .iter()
        .map(|&(f, _, _)| f)
        .chain(verbs::PARTICIPLES.iter().map(|&(f, _)| f))
        .chain(["according"])
        .collect()
});

/// Whether `w`, a match of `ANY_FILTER`, is a cue word (else it is a
/// hedge word).
#[cfg(test)]
fn is_cue_word(w: &[u8]) -> bool {
    match shape(w).and_then(|i| SHAPES.get(i)) {
        Some(&0) => true,
        Some(&ONLY_HEDGE) => false,
        _ => {
            let mut buf = [0u8; MAX_WORD];
            let Some(word) = buf.get_mut(..w.len()) else {
                return false;
            };
            word.copy_from_slice(w);
            word.make_ascii_lowercase();
            CUE_SET.contains(std::str::from_utf8(word).unwrap_or(""))
        }
    }
}

/// Whether each byte is an ASCII word byte (letter, digit, `_`): the bytes
/// an ASCII `\b` does not cut between. (The plain test that
/// `word_bits8` is held equal to.)
#[cfg(test)]
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The ASCII word bytes (letters, digits, `_`: the bytes an ASCII `\b`
/// does not cut between) of eight bytes, as bits 0-7 (bit `i` for byte
/// `i`), without a branch: SWAR range tests that hold for bytes below 0x80
/// (`& !x` drops the others, which are never word bytes).
#[cfg(test)]
#[inline]
fn word_bits8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    const LOW7: u64 = ONES * 0x7F;
    // High bit of each byte `v` (below 0x80) with `m < v < n` (n <= 128).
    let between = |x: u64, m: u64, n: u64| {
        let x7 = x & LOW7;
        (ONES * (127 + n)).wrapping_sub(x7) & !x & (x7 + ONES * (127 - m)) & HIGH
    };
    let letters = between(x | (ONES * 0x20), 0x60, 0x7B);
    let digits = between(x, 0x2F, 0x3A);
    let under = between(x, 0x5E, 0x60);
    // Gathers the eight high bits into bits 0-7 (each product bit comes
    // from one pair of factor bits: no carries).
    (((letters | digits | under) >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// The start of the run of ASCII word bytes that ends at `end`, for a run
/// of at most `MAX_WORD` bytes (a match of `ANY_FILTER`): the sixteen
/// bytes before `end` (zeros, non-word bytes, before the text) are
/// classed at once, and the run is their trailing word bytes. This
/// replaced a byte loop backwards whose exit mispredicted at each match.
#[cfg(test)]
fn run_start(b: &[u8], end: usize) -> usize {
    let mut w = [0u8; 16];
    let from = end.saturating_sub(16);
    if let Some(src) = b.get(from..end) {
        if let Some(dst) = w.get_mut(16 - src.len()..) {
            dst.copy_from_slice(src);
        }
    }
    let (lo, hi) = w.split_at(8);
    let word = |h: &[u8]| <[u8; 8]>::try_from(h).map_or(0, |a| word_bits8(u64::from_le_bytes(a)));
    // Bit 15 for the byte just before `end`, down to bit 0 for the one
    // sixteen bytes before it.
    let mask = word(lo) | (word(hi) << 8);
    let run = ((!mask) << 48).leading_zeros() as usize;
    end - run.min(16).min(end)
}

/// What `CUE_FILTER` answers for `text`, and, where it answers no, what
/// [`HEDGE_FILTER`] answers (`None` where it answers yes: not asked).
///
/// A walk over the runs of ASCII letters ([`scan::any_word`]), which
/// answers exactly as the pattern `ANY_FILTER` with the words told apart
/// (`regex_filter`; the tests hold them equal): the pattern's lazy DFA
/// was a few dozen cold cache lines at every article, the walk's filter is
/// eight.
fn filter(text: &str) -> (bool, Option<bool>) {
    scan::any_word(&scan::INDEX, text.as_bytes())
}

/// Every word that can start a cue: the reporting verbs, the participles
/// and "according".
fn cue_words() -> impl Iterator<Item = &'static str> {
    verbs::REPORTING_VERBS
        .iter()
        .map(|&(f, _, _)| f)
        .chain(verbs::PARTICIPLES.iter().map(|&(f, _)| f))
        .chain(["according"])
}

/// [`filter`] as a walk of `ANY_FILTER`'s matches (the plain form the
/// tests hold [`filter`] equal to): what `CUE_FILTER` answers for `text`,
/// and, where it answers no, what [`HEDGE_FILTER`] answers.
///
/// Each match of `ANY_FILTER` is a whole run of ASCII word bytes that
/// spells a listed word (the words are ASCII letters between `\b`s), and
/// the runs do not overlap, so walking the matches left to right meets
/// every listed word of the sentence: the first cue word ends the walk, and
/// a walk to the end has seen every hedge word. The shortest-match search
/// stops at the end of each match without looking for its start, which is
/// the start of its run.
#[cfg(test)]
fn regex_filter(text: &str) -> (bool, Option<bool>) {
    let b = text.as_bytes();
    let mut hedge = false;
    let mut at = 0;
    while let Some(end) = ANY_FILTER.shortest_match_at(text, at) {
        // Never stuck: a match is at least one byte long.
        if end <= at {
            break;
        }
        let start = run_start(b, end);
        if is_cue_word(&b[start..end]) {
            return (true, None);
        }
        hedge = true;
        at = end;
    }
    (false, Some(hedge))
}

/// The text of the last sentence [`filter`] walked to its end, and whether
/// it has a hedge word.
#[cfg(test)]
#[derive(Debug, Default)]
struct Filtered {
    text: String,
    hedge: bool,
}

#[cfg(test)]
thread_local! {
    /// `find` walks a sentence without a cue word to its end; `hedges`,
    /// which reads the same sentence next, takes the answer from here.
    /// (Only the tests call the two apart: the pipeline's [`read`] uses
    /// the walk's answer at once.)
    static FILTERED: RefCell<Filtered> = const {
        RefCell::new(Filtered {
            text: String::new(),
            hedge: false,
        })
    };
}

/// `CUE_FILTER`'s answer for `text`; the hedge answer of a walk to the
/// end is kept in `FILTERED` for the tests' `hedges`.
fn cue_filter(text: &str) -> bool {
    let (cue, hedge) = filter(text);
    #[cfg(test)]
    if let Some(hedge) = hedge {
        FILTERED.with(|cell| {
            if let Ok(mut last) = cell.try_borrow_mut() {
                last.text.clear();
                last.text.push_str(text);
                last.hedge = hedge;
            }
        });
    }
    #[cfg(not(test))]
    let _ = hedge;
    cue
}

/// [`HEDGE_FILTER`]'s answer for `text`, from [`FILTERED`] when `find`
/// walked this very text last.
#[cfg(test)]
fn hedge_filter(text: &str) -> bool {
    let kept = FILTERED.with(|cell| {
        cell.try_borrow()
            .ok()
            .and_then(|last| (last.text == text).then_some(last.hedge))
    });
    kept.unwrap_or_else(|| HEDGE_FILTER.is_match(text))
}

/// Any hedge word, the same way.
static HEDGE_FILTER: Lazy<Regex> = Lazy::new(|| {
    let mut firsts: Vec<&str> = words::HEDGES.iter().map(|&(f, _, _)| f).collect();
    firsts.sort_by_key(|f| std::cmp::Reverse(f.len()));
    firsts.dedup();
    Regex::new(&format!(r"(?i-u)\b(?:{})\b", firsts.join("|"))).expect("hedge filter compiles")
});

/// [`HEDGE_FIRST`]'s quick filter: most words skip the hash.
static HEDGE_WORDS: Lazy<np::Prefilter> = Lazy::new(|| {
    let words: Vec<&str> = words::HEDGES.iter().map(|&(first, _, _)| first).collect();
    np::Prefilter::with_shift(&words, np::MARK_SHIFT)
});

/// First words of hedges.
static HEDGE_FIRST: Lazy<WordSet> =
    Lazy::new(|| words::HEDGES.iter().map(|&(first, _, _)| first).collect());

/// The entries of [`words::HEDGES`] by first word, in table order: the
/// candidates of [`hedge_entry`], instead of a walk of the whole table
/// comparing every first word of the same length (a `memcmp` each).
static HEDGE_ENTRIES: Lazy<HashMap<&'static str, Vec<HedgeEntry>, BuildHasherDefault<WordHasher>>> =
    Lazy::new(|| {
        let mut by_first: HashMap<&'static str, Vec<HedgeEntry>, BuildHasherDefault<WordHasher>> =
            HashMap::default();
        for e in words::HEDGES {
            by_first.entry(e.0).or_default().push(e);
        }
        by_first
    });

/// An entry of [`words::HEDGES`]: first word, rest, cue.
type HedgeEntry = &'static (&'static str, &'static str, &'static str);

/// The entry of [`words::HEDGES`] for a hedge starting with the word `k`
/// followed by `next`: the first whose rest is `next`, else the first
/// with no rest (what two walks of the table find).
fn hedge_entry(k: &str, next: &str) -> Option<HedgeEntry> {
    let entries = HEDGE_ENTRIES.get(k)?;
    entries
        .iter()
        .find(|&&&(_, rest, _)| !rest.is_empty() && rest == next)
        .or_else(|| entries.iter().find(|&&&(_, rest, _)| rest.is_empty()))
        .copied()
}

/// Tokenises `text` into the buffers of the sentence kept in its slot,
/// which [`keep`] is about to replace: the slot's buffers are reused
/// instead of a new pair allocated and the old pair freed.
fn new_sent(text: &str) -> Sent<'_> {
    let old = KEPT.with(|cell| {
        let mut kept = cell.try_borrow_mut().ok()?;
        kept.get_mut(slot(text))?.parts.take()
    });
    match old {
        Some((lower, toks)) => Sent::new_in(text, lower, toks),
        None => Sent::new(text),
    }
}

/// How many sentences' tokens are kept between passes.
const KEEP: usize = 512;

/// The longest sentence whose tokens are kept: news sentences run to a
/// few hundred bytes, and what the thread holds stays bounded (at most
/// [`KEEP`] texts of this size with their tokens).
const KEEP_MAX_BYTES: usize = 2048;

/// A sentence tokenised before: its text, whether it passed
/// `CUE_FILTER` (false: not known), and its lower-cased copy and tokens.
#[derive(Debug, Default)]
struct Kept {
    text: String,
    cue: bool,
    parts: Option<(String, Vec<np::Tok>)>,
}

thread_local! {
    /// The sentences tokenised lately, each in the slot its text hashes to:
    /// `hedges` reads the sentence `find` just read, and the quote pass
    /// reads again the sentences of the article around each quote. A kept
    /// entry is used only for a text equal to its own.
    static KEPT: RefCell<Vec<Kept>> = const { RefCell::new(Vec::new()) };
}

/// The slot of `text` in [`KEPT`]: a hash of its length and its first and
/// last eight bytes.
fn slot(text: &str) -> usize {
    let b = text.as_bytes();
    let n = b.len().min(8);
    // Loaded straight from the text (a copy into a buffer read back at once
    // stalls on store forwarding).
    let word = |c: &[u8]| match <[u8; 8]>::try_from(c) {
        Ok(a) => u64::from_le_bytes(a),
        Err(_) => c
            .iter()
            .rev()
            .fold(0u64, |acc, &x| (acc << 8) | u64::from(x)),
    };
    let (head, tail) = (word(&b[..n]), word(&b[b.len() - n..]));
    let h = (b.len() as u64)
        ^ head.wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ tail.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    (h.wrapping_mul(0x517C_C1B7_2722_0A95) >> 32) as usize % KEEP
}

/// Keeps the tokens of `text` (`parts` from [`Sent::into_parts`]) for a
/// later pass over the same text.
fn keep(text: &str, parts: (String, Vec<np::Tok>), cue: bool) {
    // A giant sentence (hostile input) is not kept: the thread would hold
    // its copy and tokens for good. Its slot is left as it was, so a
    // later `take` of the same text finds nothing and tokenises again.
    if text.len() > KEEP_MAX_BYTES {
        return;
    }
    KEPT.with(|cell| {
        if let Ok(mut kept) = cell.try_borrow_mut() {
            if kept.len() < KEEP {
                kept.resize_with(KEEP, Kept::default);
            }
            if let Some(k) = kept.get_mut(slot(text)) {
                // Tokens taken out with [`take`] come back to their own
                // text: comparing costs less than copying.
                if k.text != text {
                    k.text.clear();
                    k.text.push_str(text);
                }
                k.cue = cue;
                k.parts = Some(parts);
            }
        }
    });
}

/// The kept tokens of `text` and whether it passed the cue filter, if
/// they were kept (taken out: [`keep`] puts them back).
fn take(text: &str) -> Option<((String, Vec<np::Tok>), bool)> {
    KEPT.with(|cell| {
        let mut kept = cell.try_borrow_mut().ok()?;
        let k = kept.get_mut(slot(text))?;
        if k.text != text {
            return None;
        }
        let parts = k.parts.take()?;
        Some((parts, k.cue))
    })
}

pub(crate) fn warm() {
    Lazy::force(&VERBS);
    Lazy::force(&CUE_WORDS);
    Lazy::force(&HEDGE_FILTER);
    #[cfg(test)]
    {
        Lazy::force(&ANY_FILTER);
        Lazy::force(&SHAPES);
        Lazy::force(&CUE_SET);
    }
    Lazy::force(&scan::INDEX);
    Lazy::force(&HEDGE_FIRST);
    Lazy::force(&HEDGE_WORDS);
    Lazy::force(&HEDGE_ENTRIES);
    np::warm();
}

/// Finds the attributions of one sentence (the pipeline calls [`read`],
/// which answers this and [`hedges`] in one go).
#[cfg(test)]
pub(crate) fn attributions(s: &SentenceView<'_>) -> Vec<Attribution> {
    find(s, false)
}

/// The sentence pass: the attributions of one sentence (as `attributions`
/// finds them) and its hedges (as `hedges`), appended to the two lists.
///
/// The same answers as the two calls in a row, with less work: one walk
/// of `ANY_FILTER` answers both filters (the walk `hedges` would read
/// back from `FILTERED`); the sentence is tokenised once, into buffers
/// reused sentence after sentence ([`SPARE`]); and the lists grow in
/// place, without a vector per sentence.
pub(crate) fn read(
    s: &SentenceView<'_>,
    attributions: &mut Vec<Attribution>,
    hedges: &mut Vec<Hedge>,
) {
    read_noting(s, attributions, hedges, None);
}

/// [`read`], noting in `extra` (where given) what the quote pass's
/// `find(s, true)` would answer beyond `attributions` (see [`Extra`]).
///
/// The tokens are not kept in [`KEPT`] for a later pass: with the quote
/// pass reading the notes, no pass reads the sentence again (but the few
/// in [`Extra`]'s `redo`), and a slot of [`KEPT`] to look up, copy the
/// text into and tokenise into is a few cold cache lines a sentence,
/// where [`SPARE`]'s buffers stay warm.
pub(crate) fn read_noting(
    s: &SentenceView<'_>,
    attributions: &mut Vec<Attribution>,
    hedges: &mut Vec<Hedge>,
    extra: Option<&mut Extra>,
) {
    let text = s.text();
    match filter(text) {
        // A cue word: `find` tokenises, `hedges` then takes its tokens. A
        // text that passes the cue filter was never walked to its end, so
        // [`FILTERED`] cannot hold it and `hedges` would ask
        // [`HEDGE_FILTER`].
        (true, _) => {
            let sent = spare_sent(text);
            read_cued(s, &sent, attributions, hedges, extra);
            give_back(sent.into_parts());
        }
        // No cue word: no attribution; `hedges` reads the walk's hedge
        // answer and tokenises only on a hedge word.
        (false, Some(true)) => {
            let sent = spare_sent(text);
            hedge_scan(s, &sent, hedges);
            give_back(sent.into_parts());
        }
        (false, _) => {}
    }
}

thread_local! {
    /// The buffers [`read_noting`] tokenises into, taken and given back
    /// at each sentence.
    static SPARE: RefCell<(String, Vec<np::Tok>)> = const {
        RefCell::new((String::new(), Vec::new()))
    };
}

/// `text` tokenised into the buffers of [`SPARE`].
fn spare_sent(text: &str) -> Sent<'_> {
    let (lower, toks) = SPARE
        .with(|cell| cell.try_borrow_mut().map(|mut p| std::mem::take(&mut *p)))
        .unwrap_or_default();
    Sent::new_in(text, lower, toks)
}

/// Gives the buffers of a sentence back to [`SPARE`], unless they grew
/// past what a news sentence needs (hostile input: the thread would hold
/// them for good).
fn give_back(parts: (String, Vec<np::Tok>)) {
    if parts.0.capacity() > KEEP_MAX_BYTES {
        return;
    }
    SPARE.with(|cell| {
        if let Ok(mut p) = cell.try_borrow_mut() {
            *p = parts;
        }
    });
}

/// [`read`] for a sentence that passed the cue filter, tokenised: its
/// attributions and its hedges.
///
/// `hedges` would scan the tokens only where the text has no `_` or
/// [`HEDGE_FILTER`] matches (it finds the tokens `find` kept). A scan that
/// finds nothing gives the same answer either way, so the scan runs first
/// and the text is searched for an `_` only when it found a hedge (most
/// sentences have none).
fn read_cued(
    s: &SentenceView<'_>,
    sent: &Sent<'_>,
    attributions: &mut Vec<Attribution>,
    hedges: &mut Vec<Hedge>,
    extra: Option<&mut Extra>,
) {
    cue_scan(s, sent, false, attributions, extra);
    let before = hedges.len();
    hedge_scan(s, sent, hedges);
    let text = s.text();
    if hedges.len() > before && text.as_bytes().contains(&b'_') && !HEDGE_FILTER.is_match(text) {
        hedges.truncate(before);
    }
}

/// Finds the attributions of one sentence; with `pronouns` (the quote
/// pass), sources that are personal pronouns ("she said") are kept too, to
/// be resolved, and framing participles (", calling it “...”") count.
pub(crate) fn find(s: &SentenceView<'_>, pronouns: bool) -> Vec<Attribution> {
    let text = s.text();
    let kept = take(text);
    if !kept.as_ref().is_some_and(|&(_, cue)| cue) && !cue_filter(text) {
        if let Some((parts, cue)) = kept {
            keep(text, parts, cue);
        }
        return Vec::new();
    }
    let sent = match kept {
        Some(((lower, toks), _)) => Sent::from_parts(text, lower, toks),
        None => new_sent(text),
    };
    let mut out = Vec::new();
    cue_scan(s, &sent, pronouns, &mut out, None);
    keep(text, sent.into_parts(), true);
    out
}

/// The attributions of the tokenised sentence `sent` (the text of `s`),
/// appended to `out`: [`find`] past its filter. With `extra` (the plain
/// variant only), what the pronoun variant adds is noted there.
fn cue_scan(
    s: &SentenceView<'_>,
    sent: &Sent<'_>,
    pronouns: bool,
    out: &mut Vec<Attribution>,
    mut extra: Option<&mut Extra>,
) {
    let text = s.text();
    let title = s.block_kind == BlockKind::Headline;
    let noting = extra.is_some();
    // The words whose key passes the quick filter of CUE_WORDS.
    let mut buf = [0u16; 128];
    for i in marked_words(sent, np::MAY_CUE, &mut buf) {
        let k = sent.key(i);
        // `only_pronoun`: an answer of the pronoun variant alone.
        let (lemma, cue_last, chunk, only_pronoun) = if k == "according" && sent.key(i + 1) == "to"
        {
            ("according to", i + 1, sent.np_fwd(i + 2), false)
        } else if let Some(&(lemma, form)) = VERBS.get(k) {
            if form == Form::Participle {
                // Quote pass only: ", calling the response “...”".
                if !(pronouns || noting) {
                    continue;
                }
                let subject = (i > 0 && sent.is_punct(i - 1, ','))
                    .then(|| sent.subject())
                    .flatten();
                (lemma, i, subject, !pronouns)
            } else {
                if sent.is_cap(i) && i > 0 {
                    let headline = headline_verb(k);
                    // The one test that reads the block kind, which the quote
                    // pass tells apart otherwise: it reads this sentence anew.
                    if headline {
                        if let Some(x) = extra.as_deref_mut() {
                            if x.redo.last() != Some(&s.index) {
                                x.redo.push(s.index);
                            }
                        }
                    }
                    if !title || !headline {
                        continue;
                    }
                }
                (lemma, i, verb_source(sent, i, form == Form::Strict), false)
            }
        } else {
            continue;
        };
        let Some(chunk) = chunk else { continue };
        let only_pronoun = match sent.fit(chunk) {
            Fit::Source => only_pronoun,
            Fit::Pronoun if pronouns => false,
            Fit::Pronoun if noting => true,
            _ => continue,
        };
        let (a, b) = sent.range(chunk.first, chunk.last);
        let (ca, cb) = sent.range(i, cue_last);
        let span = s.to_doc(Span::new(a, b));
        let found = Attribution {
            sentence: s.index,
            source: Mention {
                span,
                sentence: s.index,
                text: text[a..b].into(),
            },
            cue: lemma.into(),
            cue_span: s.to_doc(Span::new(ca, cb)),
            actor: None,
        };
        match extra.as_deref_mut() {
            Some(x) if only_pronoun => x.attributions.push(found),
            _ => out.push(found),
        }
    }
}

/// What the quote pass's `find(s, true)` answers beyond the sentence
/// pass's `find(s, false)`, noted by the sentence pass ([`read_noting`]):
/// the quote pass then reads no sentence again but those in `redo`.
///
/// The pronoun variant answers what the plain one does and, in token
/// order among them, the attributions only it takes: pronoun sources
/// ("she said") and framing participles (", calling it"), which are no
/// reporting-verb forms, so the plain variant skips them; a word answers
/// at most once either way. The one test whose answer the two passes may not share is
/// the Title Case verb test, which reads the block kind: the quote pass
/// tells only the first block a headline, the sentence pass each block
/// by its own kind. A sentence where that test decides goes to `redo`.
#[derive(Debug, Default)]
pub(crate) struct Extra {
    /// The pronoun variant's own answers, by sentence and, within one,
    /// in token order.
    attributions: Vec<Attribution>,
    /// Sentences to read again, in order.
    redo: Vec<usize>,
}

/// The pronoun variant's answer for sentence `k` from the sentence pass:
/// `plain` (its attributions, by sentence) and `extra` noted with them.
pub(crate) enum Answer<'a> {
    /// The plain answer.
    Plain(&'a [Attribution]),
    /// The plain answer and the extra ones, in token order.
    Merged(Vec<Attribution>),
    /// Not known: `find(s, true)` tells.
    Redo,
}

/// The answer `find(s, true)` gives for the sentence of index `k`, from
/// what [`read_noting`] gave (`plain`) and noted (`extra`) for every
/// sentence of the article.
pub(crate) fn pronoun_answer<'a>(k: usize, plain: &'a [Attribution], extra: &Extra) -> Answer<'a> {
    if extra.redo.binary_search(&k).is_ok() {
        return Answer::Redo;
    }
    let own = |list: &'a [Attribution]| {
        let from = list.partition_point(|a| a.sentence < k);
        let n = list[from..].partition_point(|a| a.sentence == k);
        &list[from..from + n]
    };
    let mine = own(plain);
    let from = extra.attributions.partition_point(|a| a.sentence < k);
    let more = &extra.attributions[from..];
    let n = more.partition_point(|a| a.sentence == k);
    if n == 0 {
        return Answer::Plain(mine);
    }
    // Token order: each word answers at most once, so the cues start
    // apart.
    let mut all: Vec<Attribution> = mine.iter().chain(&more[..n]).cloned().collect();
    all.sort_by_key(|a| a.cue_span.start);
    Answer::Merged(all)
}

/// The indices of the words of `sent` with `mark`, in order: what
/// `(0..n).filter(|&i| sent.marked(i, mark))` gives.
///
/// Gathered first into `buf` without a branch per token (a test per token
/// is mispredicted at most marked words, which fall where the text puts
/// them): each index is written, and the count moves on only past a marked
/// one. A sentence of more tokens than `buf` holds (rare) is read token by
/// token.
fn marked_words<'a>(
    sent: &'a Sent<'_>,
    mark: u8,
    buf: &'a mut [u16; 128],
) -> impl Iterator<Item = usize> + 'a {
    let n = sent.len();
    let mut count = 0;
    let gathered = n <= buf.len();
    if gathered {
        for (i, t) in sent.toks.iter().enumerate() {
            // `i < 128`: fits a u16, and `count <= i` stays in the buffer.
            buf[count & 127] = i as u16;
            count += usize::from(t.marks & mark != 0);
        }
    }
    let picked = buf[..count].iter().map(|&i| usize::from(i));
    let rest = (0..n).filter(move |&i| !gathered && sent.marked(i, mark));
    picked.chain(rest)
}

/// Whether a capitalised form in a Title Case headline is a verb ("Says",
/// "Officials Warn"): forms that double as nouns ("Air Show", "Police
/// Reports", "Weather Forecast") are not taken.
fn headline_verb(k: &str) -> bool {
    !verbs::NOUN_FORMS.contains(&k) && k != "forecast"
}

/// The source of the reporting verb at token `v`.
fn verb_source(s: &Sent<'_>, v: usize, strict: bool) -> Option<Chunk> {
    let k = s.key(v);
    // ", saying ..." takes the main clause's subject; other participles
    // ("after reporting a drop") have none.
    if k.ends_with("ing") {
        return if v > 0 && s.is_punct(v - 1, ',') {
            s.subject()
        } else {
            None
        };
    }
    if s.noun_use(v) {
        return None;
    }
    let next = s.key(v + 1);
    // "a group called Friends of the Earth": naming, not reporting.
    if matches!(k, "call" | "calls" | "called") && s.is_cap(v + 1) {
        return None;
    }
    // Reduced passives: "results expected next week", "damage estimated at
    // $5m", "an increase forecast to reach", "aid announced by the EU".
    let participle = matches!(
        k,
        "expected"
            | "estimated"
            | "forecast"
            | "believed"
            | "reported"
            | "announced"
            | "predicted"
            | "projected"
            | "shown"
    );
    if participle
        && (matches!(next, "to" | "by" | "next" | "until" | "within" | "between")
            || (k == "estimated" && next == "at"))
        && v > 0
        && !s.in_set(v - 1, &np::AUX)
    {
        return None;
    }
    // Inverted order after a quote or a comma: ", said Aisha Mwangi-Kariuki,".
    // After a plain comma an appositive subject comes first ("Zieliński,
    // who ..., said the party would"); "told X" is never inverted.
    let after_quote = v == 0 || s.is_quote(v - 1) || s.is_punct(v - 1, ':');
    let after_comma = v > 0 && s.is_punct(v - 1, ',');
    if (after_quote || after_comma) && !matches!(k, "told" | "tell" | "tells") {
        let quoted = after_quote || (v >= 2 && s.is_quote(v - 2));
        if after_comma && !quoted {
            if let Some(c) = appositive(s, v - 1) {
                if s.fit(c) != Fit::No {
                    return Some(c);
                }
            }
        }
        if let Some(c) = inverted(s, v) {
            return Some(c);
        }
    }
    if strict && !strict_ok(s, v) {
        return None;
    }
    let p = np::before_verb(s, v)?;
    let chunk = preverbal(s, p)?;
    // "economists polled by Pacifica Wire had forecast": the phrase after
    // "by" is an agent of something else, not the verb's subject.
    if chunk.first > 0 && s.key(chunk.first - 1) == "by" {
        return None;
    }
    Some(chunk)
}

/// The subject ending at token `p`, right before a verb and its
/// auxiliaries.
fn preverbal(s: &Sent<'_>, p: usize) -> Option<Chunk> {
    if s.is_word(p) {
        return match s.key(p) {
            // "Zieliński, who has 21 days to sign, said"; "the Trust, which
            // said".
            "who" | "which" if p >= 2 && s.is_punct(p - 1, ',') => antecedent(s, p - 2),
            "who" | "which" | "that" | "whom" => None,
            // "... said the figures showed, and announced ...".
            "and" | "but" | "then" => s.subject(),
            _ => s.np_back(p),
        };
    }
    if s.toks[p].kind == Kind::Num {
        return s.np_back(p);
    }
    if s.is_punct(p, ')') {
        // "The International Monetary Fund (IMF) estimated".
        let open = (p.saturating_sub(8)..p)
            .rev()
            .find(|&x| s.is_punct(x, '('))?;
        return s.np_back(open.checked_sub(1)?);
    }
    if s.is_punct(p, ',') {
        return appositive(s, p);
    }
    None
}

/// The antecedent of "who" ending at token `e`; past a role appositive to
/// the name ("Martín Echeverría-Cox, chief economist at Banco Andino, who
/// expects").
fn antecedent(s: &Sent<'_>, e: usize) -> Option<Chunk> {
    let c = s.np_back(e)?;
    if !s.is_cap(c.head) && c.first >= 2 && s.is_punct(c.first - 1, ',') {
        if let Some(name) = s.np_back(c.first - 2) {
            if s.is_cap(name.head) {
                return Some(name);
            }
        }
    }
    Some(c)
}

/// The subject after the verb in the inverted order (", said the
/// ministry.", "’, Says Union Leader as ..."): a phrase that ends the clause.
fn inverted(s: &Sent<'_>, v: usize) -> Option<Chunk> {
    let c = s.np_fwd(v + 1)?;
    let after = c.last + 1;
    let closes = after >= s.len()
        || s.is_punct(after, ',')
        || s.is_punct(after, '.')
        || s.is_punct(after, ';')
        || s.is_quote(after)
        || (!s.is_cap(after)
            && matches!(
                s.key(after),
                "in" | "on"
                    | "at"
                    | "as"
                    | "after"
                    | "before"
                    | "during"
                    | "while"
                    | "when"
                    | "with"
                    | "from"
                    | "ahead"
                    | "amid"
                    | "following"
                    | "and"
                    | "but"
            ));
    (closes && s.fit(c) != Fit::No).then_some(c)
}

/// A strict verb ("added", "noted") counts only before "that", a comma, a
/// colon, a quote or the end of the sentence.
fn strict_ok(s: &Sent<'_>, v: usize) -> bool {
    let next = v + 1;
    next >= s.len()
        || s.key(next) == "that"
        || s.is_punct(next, ',')
        || s.is_punct(next, ':')
        || s.is_punct(next, '.')
        || s.is_quote(next)
}

/// The subject when a comma stands right before the verb: "X, who ...,
/// said", "X, 61, said", "His lawyer, Oliver Chen KC, said", "Dr. X, the
/// state epidemiologist, said".
fn appositive(s: &Sent<'_>, comma: usize) -> Option<Chunk> {
    let open = (comma.saturating_sub(24)..comma)
        .rev()
        .find(|&x| s.is_punct(x, ',') || s.is_quote(x))?;
    if !s.is_punct(open, ',') || open == 0 || open + 1 >= comma {
        return None;
    }
    let inner = open + 1;
    let k = s.key(inner);
    // The phrase before the first comma must be a subject, not the object
    // of a preposition ("rose 5% in March, the fastest pace, said X").
    let before = s.np_back(open - 1).filter(|c| {
        c.first == 0
            || !s.is_word(c.first - 1)
            || !np::STOP.contains(s.key(c.first - 1))
            || matches!(
                s.key(c.first - 1),
                "and"
                    | "but"
                    | "while"
                    | "as"
                    | "when"
                    | "because"
                    | "although"
                    | "though"
                    | "that"
            )
    });
    if matches!(k, "who" | "which" | "whose" | "where") || s.toks[inner].kind == Kind::Num {
        return before;
    }
    if s.is_cap(inner) && !matches!(k, "the" | "a" | "an") {
        let name = s.np_back(comma - 1)?;
        return (name.first == inner).then_some(name);
    }
    before
}

/// Finds the hedges of one sentence (the pipeline calls [`read`]).
#[cfg(test)]
pub(crate) fn hedges(s: &SentenceView<'_>) -> Vec<Hedge> {
    let text = s.text();
    // With the tokens kept (most sentences `find` read), the filter is
    // skipped: a token that is a hedge word is a match of the filter (its
    // neighbours are not ASCII letters or digits) save next to an `_`,
    // which the filter counts as a word byte and the tokeniser does not;
    // and without a hedge word the scan below finds nothing either way.
    let kept = take(text);
    let sure = kept.is_some() && !text.as_bytes().contains(&b'_');
    if !sure && !hedge_filter(text) {
        if let Some((parts, cue)) = kept {
            keep(text, parts, cue);
        }
        return Vec::new();
    }
    let (sent, cue_passed) = match kept {
        Some(((lower, toks), cue)) => (Sent::from_parts(text, lower, toks), cue),
        None => (new_sent(text), false),
    };
    let mut out = Vec::new();
    hedge_scan(s, &sent, &mut out);
    keep(text, sent.into_parts(), cue_passed);
    out
}

/// The hedges of the tokenised sentence `sent` (the text of `s`), appended
/// to `out`: `hedges` past its filter.
fn hedge_scan(s: &SentenceView<'_>, sent: &Sent<'_>, out: &mut Vec<Hedge>) {
    let n = sent.len();
    let mut i = 0;
    while i < n {
        if !sent.marked(i, np::MAY_HEDGE) || !HEDGE_FIRST.contains(sent.key(i)) {
            i += 1;
            continue;
        }
        let k = sent.key(i);
        let next = sent.key(i + 1);
        // "May" with a capital is the month, save at the start of a
        // sentence before a verb ("May be ...").
        if k == "may" && sent.is_cap(i) && !(i == 0 && matches!(next, "be" | "have" | "not")) {
            i += 1;
            continue;
        }
        // "could not say" is inability, not doubt.
        if k == "could" && (next == "not" || next == "n't") {
            i += 1;
            continue;
        }
        // "feared" only as "feared dead", "feared to ...".
        if k == "feared"
            && !matches!(
                next,
                "dead" | "killed" | "missing" | "trapped" | "to" | "lost"
            )
        {
            i += 1;
            continue;
        }
        // "suspected" only as a predicate: "is suspected", "suspected of".
        if k == "suspected" && !(next == "of" || (i > 0 && np::BE.contains(sent.key(i - 1)))) {
            i += 1;
            continue;
        }
        let entry = hedge_entry(k, next);
        let Some(&(_, rest, cue)) = entry else {
            i += 1;
            continue;
        };
        let last = if rest.is_empty() || rest != next {
            i
        } else {
            i + 1
        };
        let (a, b) = sent.range(i, last);
        out.push(Hedge {
            span: s.to_doc(Span::new(a, b)),
            sentence: s.index,
            cue: cue.into(),
        });
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(doc: &str, kind: BlockKind) -> SentenceView<'_> {
        SentenceView {
            doc,
            span: Span::new(0, doc.len()),
            index: 0,
            block_kind: kind,
        }
    }

    /// `(source, cue)` pairs found in a paragraph sentence.
    fn attrs(doc: &str) -> Vec<(String, String)> {
        attributions(&view(doc, BlockKind::Paragraph))
            .into_iter()
            .map(|a| {
                assert_eq!(a.source.span.as_str(doc), a.source.text);
                (a.source.text.into(), a.cue.into())
            })
            .collect()
    }

    fn pair(s: &str, c: &str) -> (String, String) {
        (s.to_string(), c.to_string())
    }

    #[test]
    fn hedge_entry_is_the_table_walk() {
        let walk = |k: &str, next: &str| {
            words::HEDGES
                .iter()
                .find(|&&(first, rest, _)| first == k && !rest.is_empty() && rest == next)
                .or_else(|| {
                    words::HEDGES
                        .iter()
                        .find(|&&(first, rest, _)| first == k && rest.is_empty())
                })
        };
        let mut words: Vec<&str> = vec!["", "to", "have", "of", "be", "mayor", "Zoë", "—"];
        for (first, rest, _) in words::HEDGES {
            words.push(first);
            words.push(rest);
        }
        let mut found = 0;
        for &k in &words {
            for &next in &words {
                assert_eq!(hedge_entry(k, next), walk(k, next), "{k} {next}");
                found += usize::from(walk(k, next).is_some_and(|e| !e.1.is_empty()));
            }
        }
        assert!(found >= 5, "{found}");
    }

    #[test]
    fn word_bits_are_the_ascii_word_bytes() {
        // Every byte value in every lane, amid neighbours of each class.
        for v in 0..=255u8 {
            for lane in 0..8 {
                for fill in [0u8, b'a', b'_', b' ', 0xC3, 0xFF, b'9'] {
                    let mut a = [fill; 8];
                    a[lane] = v;
                    let want = a
                        .iter()
                        .enumerate()
                        .fold(0u64, |m, (i, &x)| m | (u64::from(word_byte(x)) << i));
                    assert_eq!(word_bits8(u64::from_le_bytes(a)), want, "{a:?}");
                }
            }
        }
    }

    #[test]
    fn run_start_is_the_byte_loop() {
        let texts = [
            "said",
            "x said",
            "Zoë\u{a0}said_it 42 times—reportedly",
            "acknowledgements",
            "xacknowledgements",
            "é acknowledgements",
            "“may”, perhaps_2 …",
        ];
        for t in texts {
            let b = t.as_bytes();
            for end in 0..=b.len() {
                let want = b[..end]
                    .iter()
                    .rposition(|&x| !word_byte(x))
                    .map_or(0, |p| p + 1);
                // Only runs of at most sixteen bytes are asked about.
                if end - want <= MAX_WORD {
                    assert_eq!(run_start(b, end), want, "{t} {end}");
                }
            }
        }
    }

    #[test]
    fn filter_walk_is_the_regex() {
        // Random sentences of listed words (in any case), other words,
        // digits, `_`, punctuation and non-ASCII text, run together or
        // apart: the walk answers as the pattern's matches do.
        let mut listed: Vec<&str> = cue_words().collect();
        listed.extend(words::HEDGES.iter().map(|&(w, _, _)| w));
        for w in &listed {
            assert!(
                w.len() <= scan::MAX_LEN && scan::key(w.as_bytes()).is_some(),
                "{w}"
            );
        }
        let others = [
            "the",
            "police",
            "a",
            "X",
            "acknowledgementsx",
            "saidsaid",
            "Mays",
            "mayor",
            "accordingly",
            "reportedlyreportedly",
            "esti",
            "mated",
            "sa",
            "id",
        ];
        let seps = [
            " ",
            " ",
            " ",
            "",
            "",
            ", ",
            ".",
            "_",
            "1",
            "42",
            "-",
            "\u{a0}",
            "é",
            "—",
            "’",
            "“",
            "\r\n",
            "ü",
            "\u{1F600}",
            "@",
            "[",
            "`",
            "{",
            "~",
            "\u{7f}",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let (mut cues, mut hedged, mut none) = (0, 0, 0);
        for _ in 0..6000 {
            let mut d = String::new();
            for _ in 0..1 + next(12) {
                let piece = match next(16) {
                    0 => listed[next(listed.len())].to_string(),
                    1 => words::HEDGES[next(words::HEDGES.len())].0.to_string(),
                    2..=6 => others[next(others.len())].to_string(),
                    7 => (0..1 + next(20))
                        .map(|_| char::from(b'a' + next(26) as u8))
                        .collect(),
                    _ => String::new(),
                };
                let piece = match next(4) {
                    0 => piece.to_uppercase(),
                    1 => piece
                        .char_indices()
                        .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                        .collect(),
                    _ => piece,
                };
                d.push_str(&piece);
                d.push_str(seps[next(seps.len())]);
            }
            let got = filter(&d);
            assert_eq!(got, regex_filter(&d), "{d:?}");
            match got {
                (true, _) => cues += 1,
                (false, Some(true)) => hedged += 1,
                _ => none += 1,
            }
        }
        assert!(
            cues > 500 && hedged > 500 && none > 500,
            "{cues} {hedged} {none}"
        );
    }

    #[test]
    fn one_walk_answers_as_the_two_filters() {
        let mut docs: Vec<String> = [
            "",
            "said",
            "SAID",
            "Said_",
            "_said",
            "said2",
            "re-estimated",
            "saidé",
            "éSaid",
            "may",
            "Officials said it was reportedly done.",
            "It was reportedly done, officials said.",
            "Officials said it was reportedly_done.",
            "Officials said_x it was _reportedly done.",
            "It may rain; it could snow; it might.",
            "According to police, it may rain.",
            "accordingly, it MAY have",
            "He Could see; they Says.",
            "“Said,” ‘estimated’ – told—warned",
            "An estimated 300 were believed dead.",
            "acknowledgesacknowledges acknowledges",
            "reportedlyreportedly perhapsperhaps",
            "s a i d m a y",
            "Zoë\u{a0}said\u{a0}it—perhaps",
            "naïvely reportedly… “may”",
            "mayé éperhaps saïd",
            "SAYS\r\nmight",
            "a 16-letter word: acknowledgements; a 17: reportedlyreport",
        ]
        .iter()
        .map(|d| d.to_string())
        .collect();
        // Real sentences, and each again with its words run together or
        // cut by `_` and digits.
        for text in corpus_texts(60) {
            for sentence in text.split(['.', '\n']) {
                docs.push(sentence.to_string());
                docs.push(sentence.replace(' ', "_"));
                docs.push(sentence.replace(' ', "1 "));
                docs.push(sentence.to_uppercase());
            }
        }
        // Every listed word fits the shape table, and each is told right.
        for (w, _, _) in verbs::REPORTING_VERBS {
            assert!(w.len() <= MAX_WORD && is_cue_word(w.as_bytes()), "{w}");
            assert!(is_cue_word(w.to_uppercase().as_bytes()), "{w}");
        }
        for (w, _, _) in words::HEDGES {
            assert!(w.len() <= MAX_WORD, "{w}");
            assert_eq!(is_cue_word(w.as_bytes()), CUE_SET.contains(w), "{w}");
        }
        let (mut cues, mut hedged) = (0, 0);
        for d in &docs {
            assert_eq!(filter(d), regex_filter(d), "{d}");
            let (cue, hedge) = filter(d);
            assert_eq!(cue, CUE_FILTER.is_match(d), "{d}");
            assert_eq!(hedge.is_none(), cue, "{d}");
            if let Some(hedge) = hedge {
                assert_eq!(hedge, HEDGE_FILTER.is_match(d), "{d}");
                hedged += usize::from(hedge);
            }
            cues += usize::from(cue);
        }
        // Every answer comes up.
        assert!(
            cues > 20 && cues + 20 < docs.len(),
            "{cues} of {}",
            docs.len()
        );
        assert!(hedged > 5, "{hedged}");
    }

    /// The texts of the first `n` articles of the bench corpus.
    fn corpus_texts(n: usize) -> Vec<String> {
        let mut texts = crate::bench_corpus_texts();
        texts.truncate(n);
        texts
    }

    /// The sentence pass's buffers come back for the next sentence, but
    /// not those a giant sentence grew.
    #[test]
    fn spare_buffers_stay_bounded() {
        let v = view(
            "Officials said 40 people were killed.",
            BlockKind::Paragraph,
        );
        let (mut a, mut h) = (vec![], vec![]);
        read(&v, &mut a, &mut h);
        let cap = SPARE.with(|c| c.borrow().0.capacity());
        assert!(cap >= v.text().len() && cap <= KEEP_MAX_BYTES, "{cap}");
        let giant = "officials said the army may ".repeat(200);
        read(&view(&giant, BlockKind::Paragraph), &mut a, &mut h);
        assert!(SPARE.with(|c| c.borrow().0.capacity()) <= KEEP_MAX_BYTES);
        assert!(a.len() > 1 && !h.is_empty());
    }

    /// The participles are none of [`VERBS`]' forms: what lets the
    /// sentence pass note the pronoun variant's answers ([`Extra`]).
    #[test]
    fn participles_are_no_verb_forms() {
        for &(f, lemma) in verbs::PARTICIPLES {
            assert!(verbs::REPORTING_VERBS.iter().all(|v| v.0 != f), "{f}");
            assert_eq!(VERBS.get(f), Some(&(lemma, Form::Participle)));
        }
        for &(f, lemma, strict) in verbs::REPORTING_VERBS {
            let form = if strict { Form::Strict } else { Form::Verb };
            assert_eq!(VERBS.get(f), Some(&(lemma, form)));
        }
    }

    /// What [`pronoun_answer`] makes of the notes of [`read_noting`] is
    /// what `find(s, true)` answers, for every sentence not to be read
    /// again, whatever block kinds the two passes give it; and the plain
    /// answers are those of [`read`].
    #[test]
    fn noted_answers_are_the_pronoun_variant() {
        let mut texts: Vec<String> = [
            "“We will fight on,” she said, calling the vote “a sham”.",
            "He said 40 people died, adding that “more will”, officials said.",
            "Officials Say Storm Killed 12",
            "Police Reports Show Rise, Minister Says",
            "They warned, describing it as ominous, and she told reporters so.",
            "The minister, urging calm, said she would resign, according to aides.",
            "According to him, 12 died.",
            "It said, noting the “trend”, that we agreed.",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for text in corpus_texts(60) {
            texts.extend(text.split_inclusive(['.', '\n']).map(str::to_string));
        }
        let doc = texts.concat();
        let mut spans = Vec::new();
        let mut at = 0;
        for t in &texts {
            spans.push(Span::new(at, at + t.len()));
            at += t.len();
        }
        let kinds = [
            BlockKind::Paragraph,
            BlockKind::Headline,
            BlockKind::Standfirst,
        ];
        let view_of = |k: usize, kind: BlockKind| SentenceView {
            doc: &doc,
            span: spans[k],
            index: k,
            block_kind: kind,
        };
        let (mut checked, mut merged, mut redone) = (0, 0, 0);
        for (ka, kb) in [(0, 0), (1, 0), (0, 1), (2, 1), (1, 1)] {
            let (mut plain, mut hedged, mut extra) = (vec![], vec![], Extra::default());
            let (mut want, mut want_hedged) = (vec![], vec![]);
            for k in 0..spans.len() {
                // Block kinds that vary by sentence in one article.
                let kind = kinds[(k * ka + k / 3) % 3];
                read_noting(&view_of(k, kind), &mut plain, &mut hedged, Some(&mut extra));
                read(&view_of(k, kind), &mut want, &mut want_hedged);
            }
            assert_eq!((&plain, &hedged), (&want, &want_hedged));
            for k in 0..spans.len() {
                let other = kinds[(k * kb + k / 5) % 3];
                let answer = match pronoun_answer(k, &plain, &extra) {
                    Answer::Plain(own) => own.to_vec(),
                    Answer::Merged(all) => {
                        merged += 1;
                        all
                    }
                    Answer::Redo => {
                        redone += 1;
                        continue;
                    }
                };
                assert_eq!(answer, find(&view_of(k, other), true), "{:?}", texts[k]);
                checked += 1;
            }
        }
        assert!(
            checked > 1000 && merged > 20 && redone > 0,
            "{checked} {merged} {redone}"
        );
    }

    /// What [`read`] answers is what `attributions` and `hedges` answer
    /// in a row, whatever tokens are kept from before.
    #[test]
    fn read_answers_as_the_two_calls() {
        let mut docs: Vec<String> = [
            "Officials said 40 people were reportedly killed.",
            "It may rain, according to forecasters.",
            "Prices may rise further.",
            "Prices will rise further.",
            "Analysts_said it could_fall, perhaps.",
            "Officials said it could_fall, perhaps.",
            "The strike may_be over, said the union.",
            "“We are likely to see more,” said Zoë Ríos-Carvajal.",
            "Rights groups estimate that 2,000\u{a0}people were detained — allegedly.",
            "ANALYSTS SAID IT MIGHT.",
            "May 4 was calm; police reported no arrests.",
            "",
            "_",
            "said",
            "Reportedly",
        ]
        .iter()
        .map(|d| d.to_string())
        .collect();
        for text in corpus_texts(40) {
            for sentence in text.split_inclusive(['.', '\n']) {
                docs.push(sentence.to_string());
                docs.push(sentence.replace(' ', "_"));
                docs.push(sentence.replacen(' ', "_", 1));
            }
        }
        let (mut found, mut hedged) = (0, 0);
        for d in &docs {
            for kind in [BlockKind::Paragraph, BlockKind::Headline] {
                let v = view(d, kind);
                let want = (attributions(&v), hedges(&v));
                // Fresh; after the quote pass's `find`; after `hedges`
                // alone; and again with the tokens `read` kept.
                for before in 0..4 {
                    match before {
                        0 => drop(take(d)),
                        1 => drop(find(&v, true)),
                        2 => drop(hedges(&v)),
                        _ => {}
                    }
                    let (mut a, mut h) = (vec![], vec![]);
                    read(&v, &mut a, &mut h);
                    assert_eq!((&a, &h), (&want.0, &want.1), "{d:?} ({before})");
                }
                found += want.0.len();
                hedged += want.1.len();
            }
        }
        assert!(found > 100 && hedged > 20, "{found} {hedged}");
    }

    #[test]
    fn hedges_take_the_walk_of_find_only_for_its_own_text() {
        let a = view("Prices may rise further.", BlockKind::Paragraph);
        let b = view("Prices will rise further.", BlockKind::Paragraph);
        assert!(attributions(&a).is_empty());
        assert_eq!(hedges(&b), []);
        assert!(attributions(&b).is_empty());
        assert_eq!(hedges(&a).len(), 1);
        assert_eq!(hedges(&a).len(), 1);
    }

    #[test]
    fn bodies_named_with_on_keep_their_subject() {
        assert_eq!(
            attrs("The wall did not exist, according to the Commission on Audit (COA)."),
            [pair("the Commission on Audit", "according to")]
        );
        assert_eq!(
            attrs("Rates rose, according to the Council on Foreign Relations."),
            [pair("the Council on Foreign Relations", "according to")]
        );
        // "on" before a day is the date of the statement.
        assert_eq!(
            attrs("Prices fell, the Commission on Monday said."),
            [pair("the Commission", "say")]
        );
        assert_eq!(
            attrs("Prices fell, according to Reuters on Monday."),
            [pair("Reuters", "according to")]
        );
    }

    #[test]
    fn kept_tokens_serve_only_their_own_text() {
        let a = "Rates may rise, the bank said.";
        let parts = Sent::new(a).into_parts();
        keep(a, parts, true);
        // Another text, in whatever slot, gets nothing.
        assert!(take("Rates may rise, the bank said!").is_none());
        assert!(take("").is_none());
        let (parts, cue) = take(a).expect("kept");
        assert!(cue);
        let again = Sent::from_parts(a, parts.0, parts.1);
        let fresh = Sent::new(a);
        assert_eq!(again.len(), fresh.len());
        for i in 0..fresh.len() {
            assert_eq!(again.word(i), fresh.word(i));
            assert_eq!(again.key(i), fresh.key(i));
        }
        // Taken out: a second take rebuilds.
        assert!(take(a).is_none());
        // A giant sentence is not kept.
        let giant = "Rates may rise, the bank said, ".repeat(100);
        assert!(giant.len() > KEEP_MAX_BYTES);
        keep(&giant, Sent::new(&giant).into_parts(), true);
        assert!(take(&giant).is_none());
    }

    #[test]
    fn passes_give_the_same_answer_with_kept_tokens() {
        let doc = "Prices could rise further, officials said, and the bank reportedly agreed.";
        let v = view(doc, BlockKind::Paragraph);
        let first = (attributions(&v), hedges(&v));
        // Again, now reading the kept tokens; then with pronouns.
        let second = (attributions(&v), hedges(&v));
        assert_eq!(first, second);
        assert_eq!(first.0.len(), 1);
        assert_eq!(first.1.len(), 2);
        assert_eq!(find(&v, true), find(&v, false));
    }

    /// [`marked_words`] gives the marked words a test per token finds, in
    /// sentences of every length (over its buffer too).
    #[test]
    fn marked_words_as_a_test_per_token() {
        let mut texts: Vec<String> = vec![
            String::new(),
            "Officials said, reportedly, that the army may have estimated 40.".into(),
            "said ".repeat(127),
            "said ".repeat(128),
            "said ".repeat(129),
            "the official said it may ".repeat(60),
        ];
        texts.extend(corpus_texts(40));
        for text in &texts {
            let sent = Sent::new(text);
            for mark in [np::MAY_CUE, np::MAY_HEDGE] {
                let plain: Vec<usize> = (0..sent.len()).filter(|&i| sent.marked(i, mark)).collect();
                let mut buf = [0u16; 128];
                let fast: Vec<usize> = marked_words(&sent, mark, &mut buf).collect();
                assert_eq!(fast, plain, "{text:?}");
            }
        }
    }

    #[test]
    fn subject_before_the_verb() {
        assert_eq!(
            attrs("The toll rose to 63, officials said."),
            [pair("officials", "say")]
        );
        assert_eq!(
            attrs("More than half are children, the agency said on Thursday."),
            [pair("the agency", "say")]
        );
        assert_eq!(
            attrs("The Venezuelan government has announced the release of 88 prisoners."),
            [pair("The Venezuelan government", "announce")]
        );
        assert_eq!(
            attrs("Despite the releases, rights groups estimate that 900 remain."),
            [pair("rights groups", "estimate")]
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            attrs(
                "Inflation eased to 3.2%, according to the Kenya National Bureau of Statistics, inside the range."
            ),
            [pair(
                "the Kenya National Bureau of Statistics",
                "according to"
            )]
        );
        assert_eq!(
            attrs("Some 900,000 are refugees, according to figures compiled as of May."),
            [pair("figures", "according to")]
        );
        assert_eq!(
            attrs(
                "It will build 3,000 shelters, according to the Ministry of Housing, Construction and Sanitation."
            ),
            [pair(
                "the Ministry of Housing, Construction and Sanitation",
                "according to"
            )]
        );
    }

    #[test]
    fn speaker_after_a_quote() {
        assert_eq!(
            attrs(
                "“We see inflation easing,” Governor Wanjiru Achieng-Otieno told reporters after the meeting."
            ),
            [pair("Governor Wanjiru Achieng-Otieno", "tell")]
        );
        assert_eq!(
            attrs(
                "“The CBK is front-loading,” said Aisha Mwangi-Kariuki, chief economist at Ndovu Capital."
            ),
            [pair("Aisha Mwangi-Kariuki", "say")]
        );
        assert_eq!(
            attrs("\"Joël is the player,\" manager Henrik Sørensen said in a statement."),
            [pair("manager Henrik Sørensen", "say")]
        );
    }

    #[test]
    fn parentheses_relatives_and_appositives() {
        assert_eq!(
            attrs(
                "The International Monetary Fund (IMF) estimated last month that growth would be 4.8%."
            ),
            [pair("The International Monetary Fund", "estimate")]
        );
        assert_eq!(
            attrs(
                "Zieliński, who has 21 days to sign or veto legislation, said last week that he had doubts."
            ),
            [pair("Zieliński", "say")]
        );
        assert_eq!(
            attrs("Ashworth-Reid's lawyer, Oliver Chen KC, said his client would appeal."),
            [pair("Oliver Chen KC", "say")]
        );
        assert_eq!(
            attrs("Dr. Miguel Serrano, the state epidemiologist, said the vaccine works."),
            [pair("Dr. Miguel Serrano", "say")]
        );
        assert_eq!(
            attrs("Hundreds staged a march in Cali, which police said was peaceful."),
            [pair("police", "say")]
        );
        assert_eq!(
            attrs("A spokesperson for No. 10 said ministers would review the rules."),
            [pair("A spokesperson for No. 10", "say")]
        );
        assert_eq!(
            attrs("Peru’s National Civil Defence Institute (INDECI) said 400 people were hurt."),
            [pair("Peru’s National Civil Defence Institute", "say")]
        );
    }

    #[test]
    fn names_with_particles_acronyms_and_roles() {
        assert_eq!(
            attrs("Rovers manager Pieter van der Berg said his side had been robbed."),
            [pair("Rovers manager Pieter van der Berg", "say")]
        );
        assert_eq!(
            attrs(
                "\"Demand is outstripping supply,\" WHO spokesperson Tarik Alvesson told reporters."
            ),
            [pair("WHO spokesperson Tarik Alvesson", "tell")]
        );
        assert_eq!(
            attrs(
                "Observers from the Organization of American States (OAS) said the vote was orderly."
            ),
            [pair(
                "Observers from the Organization of American States",
                "say"
            )]
        );
        assert_eq!(
            attrs(
                "“They’re early,” said Martín Echeverría-Cox, chief economist at Banco Andino, who expects a cut."
            ),
            [
                pair("Martín Echeverría-Cox", "say"),
                pair("Martín Echeverría-Cox", "expect")
            ]
        );
        // The phrase after "by" is not the subject of the verb.
        assert!(
            attrs("Only two of the economists polled by Pacifica Wire had forecast a cut.")
                .is_empty()
        );
    }

    #[test]
    fn common_wire_shapes() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "In a statement, the ministry said 40 people died.",
                &[("the ministry", "say")],
            ),
            (
                "Speaking to reporters, Smith said the plan would work.",
                &[("Smith", "say")],
            ),
            (
                "The government, however, said it would not back down.",
                &[("The government", "say")],
            ),
            (
                "A senior official, who spoke on condition of anonymity, said talks had stalled.",
                &[("A senior official", "say")],
            ),
            (
                "Officials have said the toll could rise.",
                &[("Officials", "say")],
            ),
            (
                "Police told Reuters that 12 people were held.",
                &[("Police", "tell")],
            ),
            (
                "The report said 3,000 homes were destroyed.",
                &[("The report", "say")],
            ),
            (
                "Prices will rise, said the central bank.",
                &[("the central bank", "say")],
            ),
            (
                "Some 200 died, according to a Reuters tally.",
                &[("a Reuters tally", "according to")],
            ),
            (
                "The death toll rose to 12, according to a statement from the ministry.",
                &[("a statement from the ministry", "according to")],
            ),
            (
                "Russia claims to have taken the town.",
                &[("Russia", "claim")],
            ),
            (
                "U.N. Secretary-General António Guterres said aid was needed.",
                &[("U.N. Secretary-General António Guterres", "say")],
            ),
        ];
        for (doc, want) in cases {
            let want: Vec<_> = want.iter().map(|(s, c)| pair(s, c)).collect();
            assert_eq!(attrs(doc), want, "{doc}");
        }
    }

    #[test]
    fn naming_and_reduced_passives_are_not_reports() {
        assert!(attrs("He joined a group called Friends of the Earth.").is_empty());
        assert!(attrs("Final results expected next week will decide it.").is_empty());
        assert!(attrs("Damage estimated at $5m was reported.").is_empty());
        assert!(attrs("The aid announced by the EU arrived.").is_empty());
        assert!(attrs("Quarterly figures are not expected until May.").is_empty());
        // With an auxiliary it is active again.
        assert_eq!(
            attrs("Analysts had expected to see a cut."),
            [pair("Analysts", "expect")]
        );
    }

    #[test]
    fn second_verbs_take_the_main_subject() {
        assert_eq!(
            attrs("Ocampo, 61, conceded defeat but said his party may challenge results."),
            [pair("Ocampo", "say")]
        );
        assert_eq!(
            attrs(
                "Energy Secretary Rhys Llewellyn-Hart said the figures showed Britain was on course, and announced that 1,200 MW was approved."
            ),
            [
                pair("Energy Secretary Rhys Llewellyn-Hart", "say"),
                pair("the figures", "show"),
                pair("Energy Secretary Rhys Llewellyn-Hart", "announce"),
            ]
        );
        assert_eq!(
            attrs(
                "NAIROBI, Feb. 11 (Wire) - The Central Bank of Kenya (CBK) cut its rate on Tuesday, saying inflation slowed."
            ),
            [pair("The Central Bank of Kenya", "say")]
        );
    }

    #[test]
    fn headlines_take_title_case_verbs() {
        let doc = "UNHCR Says More Than 1.3 Million Have Fled Sudan";
        let got: Vec<_> = attributions(&view(doc, BlockKind::Headline))
            .into_iter()
            .map(|a| (a.source.text.into(), a.cue.into()))
            .collect();
        assert_eq!(got, [pair("UNHCR", "say")]);
        let doc = "Scientists Say Arctic Ice Hit Record Low";
        let got: Vec<_> = attributions(&view(doc, BlockKind::Headline))
            .into_iter()
            .map(|a| (a.source.text.into(), a.cue.into()))
            .collect();
        assert_eq!(got, [pair("Scientists", "say")]);
        // Forms that are also nouns are not headline verbs.
        let doc = "Air Show Draws Record Crowd";
        assert!(attributions(&view(doc, BlockKind::Headline)).is_empty());
        // In a paragraph a capitalised form is a name, not a verb.
        assert!(attrs("He fought for Islamic State in Syria.").is_empty());
    }

    #[test]
    fn keeps_out_non_attributions() {
        // Pronoun sources are left out.
        assert!(attrs("She said the plan would not crowd out lending.").is_empty());
        // Nouns, passives, negations, infinitives, participles.
        assert!(attrs("The announcement was made by the ministry.").is_empty());
        assert!(attrs("They denounced the so-called reforms.").is_empty());
        assert!(attrs("If you are told to go, go now.").is_empty());
        assert!(attrs("Officials could not say how many were hurt.").is_empty());
        assert!(attrs("He is expected to make his debut on Saturday.").is_empty());
        assert!(attrs("As the first press reports emerged, he fled.").is_empty());
        assert!(attrs("Shares fell after reporting a 12% drop in income.").is_empty());
        assert!(attrs("Women head an estimated 88 percent of households.").is_empty());
        // A lower-case subject that cannot speak.
        assert!(
            attrs("Crews battled fires, with hot, dry winds forecast until Wednesday.").is_empty()
        );
        // Strict verbs need a reporting shape.
        assert!(attrs("The firm added 300 jobs last year.").is_empty());
        assert_eq!(
            attrs("The firm added that 300 jobs were cut."),
            [pair("The firm", "add")]
        );
    }

    #[test]
    fn non_breaking_spaces_and_crlf() {
        assert_eq!(
            attrs("Prices rose,\u{a0}officials\u{a0}said.\r"),
            [pair("officials", "say")]
        );
    }

    fn hedge_cues(doc: &str) -> Vec<String> {
        hedges(&view(doc, BlockKind::Paragraph))
            .into_iter()
            .map(|h| {
                assert_eq!(h.span.as_str(doc).to_lowercase(), h.cue);
                h.cue.into()
            })
            .collect()
    }

    #[test]
    fn hedge_words() {
        assert_eq!(
            hedge_cues("Nearly 2,000 were reportedly released."),
            ["reportedly"]
        );
        assert_eq!(
            hedge_cues("An estimated 18,000 were left homeless."),
            ["estimated"]
        );
        assert_eq!(
            hedge_cues("Over 1,500 people may have been exposed."),
            ["may have"]
        );
        assert_eq!(hedge_cues("The fee could rise to £70m."), ["could"]);
        assert_eq!(
            hedge_cues("The man is believed to be trapped."),
            ["believed"]
        );
        assert_eq!(hedge_cues("He is suspected of fraud."), ["suspected of"]);
        assert_eq!(
            hedge_cues("The man appears to have drowned."),
            ["appears to"]
        );
        assert_eq!(hedge_cues("Six crew are presumed dead."), ["presumed"]);
    }

    #[test]
    fn hedges_after_find_answer_as_the_filter() {
        // `find` keeps the tokens of a sentence with a cue; `hedges` then
        // reads them without its filter, save next to an `_`.
        for (doc, want) in [
            (
                "Officials said it was reportedly done.",
                &["reportedly"][..],
            ),
            ("Officials said it was reportedly_done.", &[][..]),
            ("Officials said it was _reportedly done.", &[][..]),
            (
                "Officials said_x it was reportedly done.",
                &["reportedly"][..],
            ),
            ("Officials said it was re-estimated.", &[][..]),
            ("Officials said nothing.", &[][..]),
        ] {
            let v = view(doc, BlockKind::Paragraph);
            let _ = attributions(&v);
            assert_eq!(hedge_cues(doc), want, "{doc}");
            // The same without kept tokens.
            KEPT.with(|k| k.borrow_mut().clear());
            assert_eq!(hedge_cues(doc), want, "{doc}");
        }
    }

    #[test]
    fn hedge_keep_outs() {
        // "May" the month.
        assert!(hedge_cues("Turnout rose from 54.9 percent in May.").is_empty());
        // Inability, case categories, forecasts.
        assert!(hedge_cues("Officials could not say how many died.").is_empty());
        assert!(hedge_cues("It recorded 4,126 suspected cases.").is_empty());
        assert!(hedge_cues("Analysts had expected a smaller cut.").is_empty());
        assert!(hedge_cues("Residents feared the worst.").is_empty());
        assert!(hedge_cues("He appeared in court on Monday.").is_empty());
    }

    #[test]
    fn spans_are_in_document_coordinates() {
        let doc = "Headline\nThe toll rose, officials said.";
        let s = SentenceView {
            doc,
            span: Span::new(9, doc.len()),
            index: 1,
            block_kind: BlockKind::Paragraph,
        };
        let a = attributions(&s);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].source.span.as_str(doc), "officials");
        assert_eq!(a[0].cue_span.as_str(doc), "said");
        assert_eq!(a[0].sentence, 1);
    }

    #[test]
    fn never_panics_on_odd_input() {
        for doc in [
            "",
            ",",
            "said",
            "according to",
            "“”",
            "’s said",
            "a, said",
            "Ç said, “é”",
            "( said",
            "No. said",
            ", , , said X",
            "who said",
            "and said",
            "‘ ’ \" “ ” ’",
            "said\u{a0}",
        ] {
            let v = view(doc, BlockKind::Paragraph);
            let _ = attributions(&v);
            let _ = find(&v, true);
            let _ = hedges(&v);
        }
    }
}
