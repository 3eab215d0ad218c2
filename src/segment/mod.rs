//! Sentence segmentation for news text.
//!
//! [`sentence_indices`] is an allocation-free iterator usable on its own; the
//! [`Extractor`](crate::Extractor) runs it over each content block.
//!
//! # How it works
//!
//! One forward pass over the bytes stops only at candidate bytes (`.`, `?`,
//! `!`, line breaks and the lead byte of `…`), found with a 256-entry table.
//! At each candidate a few local checks decide:
//!
//! - A terminator must be followed (after closing quotes or brackets, `.”`,
//!   `?"`, `.)`) by whitespace or the end: "3.2", "U.S.-based",
//!   "example.com" and "Yahoo!in" never split.
//! - A lowercase word or a dash after it never starts a sentence: "Inc.
//!   said", "“Why?” she asked", "N.M. — The".
//! - Before a full stop, the word decides (tables in `abbreviations.rs`, looked
//!   up without allocating): titles ("Dr.", "Gov.", "e.g.") never end a
//!   sentence; "No.", "p.", "Vol." are abbreviations only before a number;
//!   ambiguous ones ("Inc.", "U.S.", "Jan.", a single initial) end it only
//!   before a typical sentence opener ("...in the U.S. The next day" splits,
//!   "the U.S. Geological Survey" does not); "a.m."/"p.m." continue before a
//!   weekday, month or time zone and after a sentence-initial "At 5 a.m.".
//! - "...", "…" end a sentence only before a capital; a spaced ". . ." never
//!   does; four dots do.
//! - "?" or "!" inside quotes followed by a name and a speech verb ("“Why
//!   now?” Smith asked") does not end the sentence.
//! - A line break always ends a sentence (headlines carry no final
//!   punctuation), unless [`SegmenterConfig::join_broken_lines`] is on.
//! - List items: after a sentence that opens with "1)", "1.)", "1.", "a." or
//!   a bullet, the next marker ("2)", "b.", "•") starts a new sentence even
//!   without punctuation.
//!
//! Every check looks at a bounded window around the candidate, so the scan
//! is linear in the input.

mod abbreviations;

use crate::Text;
use std::iter::FusedIterator;

use self::abbreviations::{
    Abbr, COMPANY_FOLLOWERS, OPENERS, SPEECH, STARTERS, TIME_FOLLOWERS, contains, lookup,
    lookup_dotted,
};
use crate::Span;
use crate::structure::BlockKind;

/// One sentence of the article's content, as listed in
/// [`Extraction::sentences`](crate::Extraction).
///
/// ```
/// let text = "Storm Hits Coast\nThe storm hit on Monday. Two died.\n";
/// let ex = news_claims::Extractor::default().extract(text, None);
/// let s = &ex.sentences[2];
/// assert_eq!(s.text, "Two died.");
/// assert_eq!(&text[s.span.range()], "Two died.");
/// assert_eq!(s.block, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Sentence {
    /// The sentence, trimmed of surrounding whitespace.
    pub span: Span,
    /// Index of the [`Block`](crate::Block) it belongs to.
    pub block: usize,
    /// The sentence text (`&text[span]`).
    pub text: Text,
}

/// Options for the segmenter.
///
/// ```
/// use news_claims::{Segmenter, SegmenterConfig};
///
/// const SEG: Segmenter = Segmenter::new(SegmenterConfig::new().join_broken_lines(true));
/// let s: Vec<&str> = SEG.sentences("This is\na sentence. And another.").collect();
/// assert_eq!(s, ["This is\na sentence.", "And another."]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SegmenterConfig {
    join_broken_lines: bool,
}

impl SegmenterConfig {
    /// The default options: a line break always ends a sentence (news
    /// headlines carry no final punctuation).
    ///
    /// ```
    /// use news_claims::{Segmenter, SegmenterConfig};
    ///
    /// let seg = Segmenter::new(SegmenterConfig::new());
    /// let s: Vec<&str> = seg.sentences("Storm Hits Coast\nThe storm hit.").collect();
    /// assert_eq!(s, ["Storm Hits Coast", "The storm hit."]);
    /// ```
    pub const fn new() -> SegmenterConfig {
        SegmenterConfig {
            join_broken_lines: false,
        }
    }

    /// Repair mode for text whose layout was damaged (PDF extraction,
    /// careless scraping). Off by default, since in news a line break ends
    /// a headline.
    ///
    /// When `yes`:
    /// - a line break inside a sentence does not end it: the line does not
    ///   end in sentence punctuation, the next line starts in lower case and
    ///   itself contains a terminator (so a list of short lowercase lines,
    ///   "features\ncontact manager", still splits line by line);
    /// - sentences run together without a space are split: "world.Today",
    ///   "1,000.That" (a lowercase letter or digit, a full stop, then a
    ///   capitalised word), except inside e-mail addresses and URLs and
    ///   after an abbreviation ("Mr.Smith").
    ///
    /// The sentences are still slices of the input: a joined sentence keeps
    /// its line break.
    ///
    /// ```
    /// use news_claims::{Segmenter, SegmenterConfig};
    ///
    /// let seg = Segmenter::new(SegmenterConfig::new().join_broken_lines(true));
    /// let s: Vec<&str> = seg.sentences("It was a cold \nnight.Hello world.").collect();
    /// assert_eq!(s, ["It was a cold \nnight.", "Hello world."]);
    /// ```
    pub const fn join_broken_lines(mut self, yes: bool) -> SegmenterConfig {
        self.join_broken_lines = yes;
        self
    }
}

/// A configured sentence segmenter. Cheap to copy; can live in a `static`.
///
/// ```
/// use news_claims::Segmenter;
///
/// let s: Vec<&str> = Segmenter::default().sentences("Mr. Fox left. He ran.").collect();
/// assert_eq!(s, ["Mr. Fox left.", "He ran."]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Segmenter {
    config: SegmenterConfig,
}

impl Segmenter {
    /// A segmenter with these options.
    ///
    /// ```
    /// use news_claims::{Segmenter, SegmenterConfig};
    ///
    /// static SEG: Segmenter = Segmenter::new(SegmenterConfig::new());
    /// assert_eq!(SEG.sentences("One. Two.").count(), 2);
    /// ```
    pub const fn new(config: SegmenterConfig) -> Segmenter {
        Segmenter { config }
    }

    /// Iterates over `(byte offset, sentence)` pairs of `text`, trimmed; see
    /// [`sentence_indices`] for the guarantees.
    ///
    /// ```
    /// use news_claims::Segmenter;
    ///
    /// let text = "Gov. Ana Ruiz spoke. She left at 5 p.m. Tuesday.";
    /// let got: Vec<(usize, &str)> = Segmenter::default().sentence_indices(text).collect();
    /// assert_eq!(got, [(0, "Gov. Ana Ruiz spoke."), (21, "She left at 5 p.m. Tuesday.")]);
    /// ```
    pub fn sentence_indices<'t>(&self, text: &'t str) -> SentenceIndices<'t> {
        SentenceIndices {
            text,
            pos: 0,
            config: self.config,
            list: List::None,
            scan: CandidateScan::new(),
        }
    }

    /// Iterates over the sentences of `text`, trimmed.
    ///
    /// ```
    /// use news_claims::Segmenter;
    ///
    /// let text = "“Why now?” Smith asked. Nobody knew… It was late.";
    /// let s: Vec<&str> = Segmenter::default().sentences(text).collect();
    /// assert_eq!(s, ["“Why now?” Smith asked.", "Nobody knew…", "It was late."]);
    /// ```
    pub fn sentences<'t>(&self, text: &'t str) -> Sentences<'t> {
        Sentences {
            inner: self.sentence_indices(text),
        }
    }
}

/// Iterates over `(byte offset, sentence)` pairs with the default options.
///
/// The sentences are trimmed of surrounding whitespace, in order and never
/// overlapping: every non-whitespace byte of `text` lies in exactly one
/// sentence, so the sentences with the whitespace between them concatenate
/// back to `text`. Offsets are byte offsets on `char` boundaries. The
/// iterator does not allocate and never panics.
///
/// ```
/// let text = "Prices rose 3.2% in the U.S. The next day, they fell.";
/// let got: Vec<(usize, &str)> = news_claims::sentence_indices(text).collect();
/// assert_eq!(got, [(0, "Prices rose 3.2% in the U.S."), (29, "The next day, they fell.")]);
/// ```
pub fn sentence_indices(text: &str) -> SentenceIndices<'_> {
    Segmenter::default().sentence_indices(text)
}

/// Iterator returned by [`sentence_indices`] and
/// [`Segmenter::sentence_indices`]: `(byte offset, sentence)` pairs.
///
/// ```
/// let mut it = news_claims::sentence_indices("One. Two.");
/// assert_eq!(it.next(), Some((0, "One.")));
/// assert_eq!(it.next(), Some((5, "Two.")));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct SentenceIndices<'t> {
    text: &'t str,
    pos: usize,
    config: SegmenterConfig,
    list: List,
    /// Where the candidate bytes ahead of the scan are.
    scan: CandidateScan,
}

/// List state carried from one sentence to the next within a line, so that
/// "1) first item 2) second item" splits before "2)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    None,
    /// Numbered items; the number and marker style expected next.
    Numbered {
        next: u8,
        style: MarkerStyle,
    },
    /// Lettered items ("a. ... b. ..."); the letter expected next.
    Letter {
        next: u8,
    },
    /// Bulleted items; the bullet character.
    Bullet {
        bullet: char,
    },
}

/// How a numbered list item is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    /// "1.)"
    DotParen,
    /// "1)"
    Paren,
    /// "1."
    Dot,
}

impl MarkerStyle {
    fn bytes(self) -> &'static [u8] {
        match self {
            MarkerStyle::DotParen => b".)",
            MarkerStyle::Paren => b")",
            MarkerStyle::Dot => b".",
        }
    }
}

/// Characters that mark list items when they open a sentence. Hyphens and
/// asterisks are left out: " - " is a dash in wire copy.
const BULLETS: &[char] = &['•', '‣', '⁃', '◦', '▪', '●', '■', '►'];

/// Builds the table of bytes the scanner stops at: terminators, line
/// breaks and the lead byte of "…", U+2028/U+2029 and the bullets; in list
/// mode also digits and lowercase letters (possible item markers).
const fn candidates(list: bool) -> [bool; 256] {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xE2] = true;
    if list {
        let mut c = b'0';
        while c <= b'9' {
            t[c as usize] = true;
            c += 1;
        }
        let mut c = b'a';
        while c <= b'z' {
            t[c as usize] = true;
            c += 1;
        }
    }
    t
}

static CANDIDATES: [bool; 256] = candidates(false);
static CANDIDATES_IN_LIST: [bool; 256] = candidates(true);

/// The next candidate byte of [`CANDIDATES`] for a scan that only moves
/// forward: the next terminator ('.', '?', '!') and the next other
/// candidate (line breaks and the lead byte 0xE2) each come from one
/// vectorised search (memchr) that is kept until the scan passes it.
/// Terminators are tens of bytes apart and the other bytes rarer still, so
/// most calls search once for a terminator and reuse the other answer;
/// each byte is searched at most once for each set while the scan moves
/// forward, so the work stays linear.
#[derive(Debug, Clone, Copy)]
struct CandidateScan {
    /// The terminator search started here...
    term_from: usize,
    /// ... and found this offset (the text's length if none).
    term_at: usize,
    /// The search for other candidates started here...
    other_from: usize,
    /// ... and found this offset (the text's length if none).
    other_at: usize,
}

impl CandidateScan {
    /// A scan with nothing searched yet (every range empty).
    const fn new() -> CandidateScan {
        CandidateScan {
            term_from: 1,
            term_at: 0,
            other_from: 1,
            other_at: 0,
        }
    }

    /// The offset of the first byte at or after `from` that [`CANDIDATES`]
    /// marks. A kept answer for a search that started at or before `from`
    /// and found a byte at or after it is the first at or after `from` too.
    fn next(&mut self, b: &[u8], from: usize) -> Option<usize> {
        let rest = b.get(from..).filter(|r| !r.is_empty())?;
        if !(self.term_from <= from && from <= self.term_at) {
            self.term_from = from;
            self.term_at = memchr::memchr3(b'.', b'?', b'!', rest).map_or(b.len(), |k| from + k);
        }
        if !(self.other_from <= from && from <= self.other_at) {
            self.other_from = from;
            self.other_at = memchr::memchr3(b'\n', b'\r', 0xE2, rest).map_or(b.len(), |k| from + k);
        }
        let k = self.term_at.min(self.other_at);
        (k < b.len()).then_some(k)
    }
}

/// What a run of terminators is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    /// A single full stop: abbreviations decide.
    Period,
    /// Contains "?" or "!".
    Strong,
    /// "..." or "…": ends the sentence only before a capital.
    Ellipsis,
    /// " . . .": an elision inside the sentence.
    SpacedEllipsis,
    /// "word. . . .": a full stop, then an elision that opens the next
    /// sentence when a capital follows.
    PeriodThenEllipsis,
    /// "....", " . . . .", "..": a stop that no abbreviation explains.
    Stop,
}

/// Outcome of looking at one candidate terminator.
enum Step {
    /// The sentence ends at this byte offset.
    Break(usize),
    /// Not a boundary; go on scanning from this offset.
    Skip(usize),
}

/// The first token after a terminator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NextKind {
    End,
    LineBreak,
    Lower,
    Upper,
    Digit,
    Dash,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Next<'t> {
    kind: NextKind,
    /// An opening quote or bracket came first.
    opened: bool,
    /// The opener was a bracket.
    paren: bool,
    /// Byte offset of the token (after any openers).
    start: usize,
    /// For [`NextKind::Upper`], the word's letters.
    word: &'t [u8],
    /// The word is directly followed by a full stop (an initial, "K.").
    dot_after: bool,
}

/// How the word before a full stop behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Not an abbreviation.
    Plain,
    Title,
    Numeric,
    Company,
    Ambiguous,
    /// A single capital letter: an initial or the pronoun "I".
    Initial,
    /// "a.m." / "p.m.".
    AmPm,
}

impl<'t> SentenceIndices<'t> {
    /// Reads a list marker at the start of a sentence, updates the list
    /// state and returns where the scan for the end should begin.
    fn list_marker(&mut self, s: usize) -> usize {
        let t = self.text;
        let b = t.as_bytes();
        let mut j = s;
        let mut bullet = None;
        if let Some(ch) = t.get(s..).and_then(|r| r.chars().next()) {
            if BULLETS.contains(&ch) {
                bullet = Some(ch);
                j += ch.len_utf8();
                while b.get(j) == Some(&b' ') {
                    j += 1;
                }
            }
        }
        let digits = b.get(j..).map_or(0, |r| {
            r.iter().take(3).take_while(|c| c.is_ascii_digit()).count()
        });
        let mut numbered = None;
        if (1..=2).contains(&digits) {
            let n = b[j..j + digits]
                .iter()
                .fold(0u8, |acc, d| acc * 10 + (d - b'0'));
            let k = j + digits;
            let style = if b.get(k..k + 2) == Some(b".)") {
                Some(MarkerStyle::DotParen)
            } else if b.get(k) == Some(&b')') {
                Some(MarkerStyle::Paren)
            } else if b.get(k) == Some(&b'.') {
                Some(MarkerStyle::Dot)
            } else {
                None
            };
            if let Some(style) = style {
                let after = k + style.bytes().len();
                if b.get(after).is_none_or(|c| c.is_ascii_whitespace()) {
                    numbered = Some((n, style, after));
                }
            }
        }
        if let Some(bullet) = bullet {
            self.list = List::Bullet { bullet };
            return numbered.map_or(j, |(_, _, after)| after);
        }
        if let Some((n, style, after)) = numbered {
            self.list = List::Numbered {
                next: n.saturating_add(1),
                style,
            };
            return after;
        }
        if let (Some(&l), Some(b'.'), Some(w)) = (b.get(j), b.get(j + 1), b.get(j + 2)) {
            let expected = match self.list {
                List::Letter { next } => next,
                _ => b'a',
            };
            if l == expected && w.is_ascii_whitespace() {
                self.list = List::Letter { next: l + 1 };
                return j + 2;
            }
        }
        self.list = List::None;
        s
    }

    /// Whether the next list item's marker starts at `i` (a digit or a
    /// lowercase letter after whitespace).
    fn marker_at(&self, i: usize) -> bool {
        let b = self.text.as_bytes();
        if i == 0 || !b[i - 1].is_ascii_whitespace() {
            return false;
        }
        match self.list {
            List::Numbered { next, style } => {
                let digits = b[i..]
                    .iter()
                    .take(3)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if !(1..=2).contains(&digits) {
                    return false;
                }
                let n = b[i..i + digits]
                    .iter()
                    .fold(0u8, |acc, d| acc * 10 + (d - b'0'));
                let k = i + digits;
                let m = style.bytes();
                n == next
                    && b.get(k..k + m.len()) == Some(m)
                    && b.get(k + m.len()).is_none_or(|c| c.is_ascii_whitespace())
            }
            List::Letter { next } => {
                b[i] == next
                    && b.get(i + 1) == Some(&b'.')
                    && b.get(i + 2).is_some_and(|c| c.is_ascii_whitespace())
            }
            _ => false,
        }
    }

    /// Finds the end of the sentence that starts at `start`, scanning from
    /// `body` (after any list marker).
    fn find_end(&mut self, start: usize, body: usize) -> usize {
        let t = self.text;
        let b = t.as_bytes();
        let len = b.len();
        let table = match self.list {
            List::Numbered { .. } | List::Letter { .. } => &CANDIDATES_IN_LIST,
            _ => &CANDIDATES,
        };
        let in_list = matches!(self.list, List::Numbered { .. } | List::Letter { .. });
        let mut i = body;
        loop {
            let next = if in_list {
                b.get(i..)
                    .and_then(|r| r.iter().position(|&c| table[c as usize]))
                    .map(|k| i + k)
            } else {
                self.scan.next(b, i)
            };
            match next {
                Some(k) => i = k,
                None => return len,
            }
            match b[i] {
                b'\n' | b'\r' => {
                    if self.config.join_broken_lines {
                        if let Some(n) = join_at(t, i) {
                            i = n;
                            continue;
                        }
                    }
                    return i;
                }
                b'.' | b'?' | b'!' => match self.terminator(start, i) {
                    Step::Break(e) => return e,
                    Step::Skip(n) => i = n,
                },
                0xE2 => {
                    let tail = &b[i..];
                    if tail.starts_with("…".as_bytes()) {
                        match self.terminator(start, i) {
                            Step::Break(e) => return e,
                            Step::Skip(n) => i = n,
                        }
                    } else if tail.starts_with("\u{2028}".as_bytes())
                        || tail.starts_with("\u{2029}".as_bytes())
                    {
                        return i;
                    } else if let List::Bullet { bullet } = self.list {
                        let mut buf = [0u8; 4];
                        if i > 0
                            && b[i - 1].is_ascii_whitespace()
                            && tail.starts_with(bullet.encode_utf8(&mut buf).as_bytes())
                        {
                            return i;
                        }
                        i += 1;
                    } else {
                        i += 1;
                    }
                }
                _ => {
                    if self.marker_at(i) {
                        return i;
                    }
                    i += 1;
                }
            }
        }
    }

    /// Decides whether the terminator run starting at `i` ends the sentence
    /// that began at `start`.
    fn terminator(&self, start: usize, i: usize) -> Step {
        let t = self.text;
        let b = t.as_bytes();
        let (run, run_end) = scan_run(b, i);
        let ellipsis = matches!(
            run,
            Run::Ellipsis | Run::SpacedEllipsis | Run::PeriodThenEllipsis
        );
        if ellipsis && i > 0 && matches!(b[i - 1], b'[' | b'(') {
            // "[...]": an omission mark, never a boundary.
            return Step::Skip(run_end);
        }
        let (e, quoted) = skip_closers(t, run_end);
        if e >= b.len() {
            return Step::Break(b.len());
        }
        if !starts_with_space(t, e) {
            if self.config.join_broken_lines && run == Run::Period && run_together(t, i) {
                return Step::Break(i + 1);
            }
            return Step::Skip(e.max(i + 1));
        }
        let next = next_token(t, e);
        if matches!(next.kind, NextKind::End | NextKind::LineBreak) {
            return Step::Break(e);
        }
        let brk = match run {
            Run::Strong => match next.kind {
                NextKind::Lower | NextKind::Dash => false,
                NextKind::Upper if quoted && !next.opened => !speech_follows(t, next.start),
                NextKind::Upper => !headline_continues(t, start, i, e),
                _ => true,
            },
            Run::Stop => !matches!(next.kind, NextKind::Lower | NextKind::Dash),
            Run::Ellipsis => next.kind == NextKind::Upper,
            Run::SpacedEllipsis => false,
            Run::PeriodThenEllipsis => {
                if next.kind == NextKind::Upper {
                    return Step::Break(i + 1);
                }
                false
            }
            Run::Period => period_breaks(t, start, i, &next),
        };
        if brk { Step::Break(e) } else { Step::Skip(e) }
    }
}

impl<'t> Iterator for SentenceIndices<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        let t = self.text;
        let start = skip_space(t, self.pos);
        if start >= t.len() {
            self.pos = t.len();
            return None;
        }
        let body = self.list_marker(start);
        let mut end = self.find_end(start, body);
        if end <= start || !t.is_char_boundary(end) {
            // Cannot happen; keep the iterator moving on a char boundary.
            end = start + t[start..].chars().next().map_or(1, char::len_utf8);
        }
        self.pos = end;
        Some((start, t.get(start..end).unwrap_or("").trim_end()))
    }
}

/// Offset of the first non-whitespace char at or after `pos`.
fn skip_space(t: &str, pos: usize) -> usize {
    let Some(rest) = t.get(pos..) else {
        return t.len();
    };
    pos + (rest.len() - rest.trim_start().len())
}

/// Whether the char at `i` is whitespace.
fn starts_with_space(t: &str, i: usize) -> bool {
    t.get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_whitespace)
}

/// Reads the run of terminators starting at `i`.
fn scan_run(b: &[u8], i: usize) -> (Run, usize) {
    let ell = "…".as_bytes();
    let (mut j, mut dots, mut strong) = (i, 0usize, false);
    loop {
        match b.get(j) {
            Some(b'.') => {
                dots += 1;
                j += 1;
            }
            Some(b'?' | b'!') => {
                strong = true;
                j += 1;
            }
            Some(0xE2) if b[j..].starts_with(ell) => {
                dots += 3;
                j += 3;
            }
            _ => break,
        }
    }
    if strong {
        return (Run::Strong, j);
    }
    match dots {
        1 => {
            let (mut k, mut count) = (j, 1);
            while b.get(k) == Some(&b' ')
                && b.get(k + 1) == Some(&b'.')
                && b.get(k + 2) != Some(&b'.')
            {
                k += 2;
                count += 1;
            }
            if count < 3 {
                return (Run::Period, j);
            }
            let attached = i > 0 && !b[i - 1].is_ascii_whitespace();
            let run = match (attached, count >= 4) {
                (true, true) => Run::PeriodThenEllipsis,
                (false, true) => Run::Stop,
                _ => Run::SpacedEllipsis,
            };
            (run, k)
        }
        3 => (Run::Ellipsis, j),
        _ => (Run::Stop, j),
    }
}

/// Skips closing quotes and brackets after a terminator; also says whether
/// a quotation mark was among them.
fn skip_closers(t: &str, mut j: usize) -> (usize, bool) {
    let mut quoted = false;
    for _ in 0..4 {
        let Some(ch) = t.get(j..).and_then(|r| r.chars().next()) else {
            break;
        };
        match ch {
            '"' | '\'' | '”' | '’' | '»' | '›' => quoted = true,
            ')' | ']' | '}' => {}
            _ => break,
        }
        j += ch.len_utf8();
    }
    (j, quoted)
}

/// Reads the first token after the whitespace at `e`.
fn next_token(t: &str, e: usize) -> Next<'_> {
    let b = t.as_bytes();
    // Most full stops are followed by one space and a word that opens with
    // an ASCII letter or digit: the loop below would skip the space and
    // stop at that byte (no line break, opener or other space), so start
    // at it directly.
    if let (Some(b' '), Some(&c)) = (b.get(e), b.get(e + 1)) {
        if c.is_ascii_alphanumeric() {
            return token_at(t, e + 1, char::from(c), false, false);
        }
    }
    next_token_scan(t, e)
}

/// [`next_token`] by a walk over the spaces and openers.
fn next_token_scan(t: &str, e: usize) -> Next<'_> {
    let mut next = Next {
        kind: NextKind::End,
        opened: false,
        paren: false,
        start: e,
        word: &[],
        dot_after: false,
    };
    let mut j = e;
    let mut openers = 0;
    let ch = loop {
        let Some(ch) = t.get(j..).and_then(|r| r.chars().next()) else {
            if next.opened {
                next.kind = NextKind::Other;
            }
            return next;
        };
        match ch {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' if !next.opened => {
                next.kind = NextKind::LineBreak;
                return next;
            }
            c if c.is_whitespace() && !next.opened => {}
            '"' | '\'' | '“' | '‘' | '«' | '‹' | '¿' | '¡' | '(' | '[' if openers < 3 => {
                next.opened = true;
                next.paren |= matches!(ch, '(' | '[');
                openers += 1;
            }
            c => break c,
        }
        j += ch.len_utf8();
    };
    token_at(t, j, ch, next.opened, next.paren)
}

/// The token that starts with `ch` at `j`, after openers if `opened`.
fn token_at(t: &str, j: usize, ch: char, opened: bool, paren: bool) -> Next<'_> {
    let b = t.as_bytes();
    let mut next = Next {
        kind: NextKind::End,
        opened,
        paren,
        start: j,
        word: &[],
        dot_after: false,
    };
    next.kind = if ch.is_lowercase() {
        NextKind::Lower
    } else if ch.is_uppercase() {
        let w = t[j..]
            .char_indices()
            .take_while(|&(k, c)| k < 32 && c.is_alphabetic())
            .last()
            .map_or(0, |(k, c)| k + c.len_utf8());
        next.word = &b[j..j + w];
        next.dot_after = b.get(j + w) == Some(&b'.');
        NextKind::Upper
    } else if ch.is_ascii_digit() || matches!(ch, '$' | '£' | '€' | '¥' | '₹' | '#') {
        NextKind::Digit
    } else if matches!(ch, '-' | '–' | '—' | '―' | '−') {
        NextKind::Dash
    } else {
        NextKind::Other
    };
    next
}

/// The token before the full stop at `i` (not reaching back before the
/// sentence's `start`), without leading quotes or brackets; `None` when it
/// is too long to be an abbreviation.
fn prev_word(t: &str, start: usize, i: usize) -> Option<&[u8]> {
    let b = t.as_bytes();
    let mut lo = i.saturating_sub(40).max(start);
    while !t.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &b[lo..i];
    // ASCII whitespace or a no-break space (C2 A0; a lone A0 byte is the
    // tail of another char such as "à").
    let from = match last_space_in_tail(window).or_else(|| {
        window.iter().enumerate().rposition(|(k, &c)| {
            c.is_ascii_whitespace() || (c == 0xA0 && k > 0 && window[k - 1] == 0xC2)
        })
    }) {
        Some(p) => lo + p + 1,
        None if lo == start => start,
        None => return None,
    };
    let mut w = t.get(from..i)?;
    // Most words open with a letter or digit, which no trimmed char does.
    if w.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        return Some(w.as_bytes());
    }
    loop {
        let trimmed = w.trim_start_matches(['(', '[', '"', '\'', '“', '‘', '«', '—', '–']);
        if trimmed.len() == w.len() {
            break;
        }
        w = trimmed;
    }
    Some(w.as_bytes())
}

/// The last whitespace byte of [`prev_word`]'s test (ASCII whitespace, or
/// the A0 of a no-break space C2 A0) among the last 16 bytes of `window`,
/// found with eight-byte masks instead of a byte loop whose exit depends on
/// the word's length; `None` when there are fewer than 16 bytes or none of
/// them is whitespace (the byte loop then decides). An A0 whose C2 lies
/// before the 16 bytes is not seen: the answer is then `None` or a later
/// whitespace byte, which the loop would find first too.
fn last_space_in_tail(window: &[u8]) -> Option<usize> {
    use crate::bytes::swar;
    let n = window.len();
    let tail: &[u8; 16] = window.get(n.checked_sub(16)?..)?.first_chunk()?;
    let (lo_bytes, hi_bytes) = tail.split_at(8);
    let (mut lo8, mut hi8) = ([0u8; 8], [0u8; 8]);
    lo8.copy_from_slice(lo_bytes);
    hi8.copy_from_slice(hi_bytes);
    let (lo, hi) = (u64::from_le_bytes(lo8), u64::from_le_bytes(hi8));
    let ws = |v: u64| {
        swar::eq(v, b' ')
            | swar::eq(v, b'\t')
            | swar::eq(v, b'\n')
            | swar::eq(v, 0x0C)
            | swar::eq(v, b'\r')
    };
    // A0 after C2, the C2 of the high word's first byte being the low
    // word's last.
    let c2_lo = swar::eq(lo, 0xC2);
    let m_lo = ws(lo) | (swar::eq(lo, 0xA0) & (c2_lo << 8));
    let m_hi = ws(hi) | (swar::eq(hi, 0xA0) & ((swar::eq(hi, 0xC2) << 8) | (c2_lo >> 56)));
    // The highest marked byte: in the high word if any, else the low one.
    let (m, base) = if m_hi != 0 {
        (m_hi, n - 8)
    } else {
        (m_lo, n - 16)
    };
    (m != 0).then(|| base + (63 - m.leading_zeros() as usize) / 8)
}

/// Classifies the word before a full stop.
fn classify(word: &[u8]) -> Class {
    match word {
        [] => return Class::Plain,
        [c] if c.is_ascii_uppercase() => return Class::Initial,
        [c] if c.is_ascii_lowercase() => {
            return match lookup(word) {
                Some(a) => a.into(),
                None => Class::Ambiguous,
            };
        }
        _ => {}
    }
    // A fold rather than a search that stops at the first dot: the words
    // are short, and the loop's exit then does not depend on the dots.
    if word.iter().fold(false, |dot, &c| dot | (c == b'.')) {
        // Dotted initialism: "U.S", "a.m", "Ph.D", "e.g".
        let mut letters = [0u8; 8];
        let mut n = 0;
        for seg in word.split(|&c| c == b'.') {
            if seg.is_empty() || seg.len() > 2 || !seg.iter().all(u8::is_ascii_alphabetic) {
                return Class::Plain;
            }
            for &c in seg {
                if n == letters.len() {
                    return Class::Plain;
                }
                letters[n] = c.to_ascii_lowercase();
                n += 1;
            }
        }
        let letters = &letters[..n];
        if word.len() == 3 && (letters == b"am" || letters == b"pm") {
            return Class::AmPm;
        }
        return lookup_dotted(letters).map_or(Class::Ambiguous, Class::from);
    }
    lookup(word).map_or(Class::Plain, Class::from)
}

impl From<Abbr> for Class {
    fn from(a: Abbr) -> Class {
        match a {
            Abbr::Title => Class::Title,
            Abbr::Numeric => Class::Numeric,
            Abbr::Company => Class::Company,
            Abbr::Ambiguous => Class::Ambiguous,
        }
    }
}

/// Whether a capitalised next word opens a new sentence.
fn opens_sentence(next: &Next<'_>) -> bool {
    next.opened || (contains(&STARTERS, next.word) && !(next.word.len() == 1 && next.dot_after))
}

/// Whether an abbreviation at `token` (e.g. "U.S.") sits inside a name or a
/// title-case headline, so that a capitalised opener after it ("Will",
/// "In") does not start a new sentence: "Biden Says U.S. Will Act". True
/// when the abbreviation opens the sentence (a sentence is never just
/// "U.S."), or when the words before it are in title case (no lowercase
/// word longer than three letters, some capitalised word after the first)
/// and the word after the opener is not in lower case.
fn in_title(t: &str, start: usize, token: usize, next: &Next<'_>) -> bool {
    if next.opened {
        return false;
    }
    let Some(before) = t.get(start..token) else {
        return false;
    };
    if before.trim().is_empty() {
        return true;
    }
    let mut lo = token.saturating_sub(120).max(start);
    while !t.is_char_boundary(lo) {
        lo += 1;
    }
    let mut capitalised = 0;
    for (k, w) in t[lo..token].split_whitespace().enumerate() {
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_lowercase() && w.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            return false;
        }
        if c.is_uppercase() && (k > 0 || lo > start) {
            capitalised += 1;
        }
    }
    if capitalised == 0 {
        return false;
    }
    // The word after the opener must not be lower case ("...and co. They
    // should know" is body text): skip the opener's whole token.
    let after = next.start + next.word.len();
    let Some(rest) = t.get(after..) else {
        return true;
    };
    let rest = rest.trim_start_matches(|c: char| !c.is_whitespace());
    !rest
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Decides whether the single full stop at `i` ends the sentence that began
/// at `start`, given the token after it.
fn period_breaks(t: &str, start: usize, i: usize, next: &Next<'_>) -> bool {
    use NextKind::{Digit, Upper};
    if matches!(next.kind, NextKind::Lower | NextKind::Dash) {
        return false;
    }
    if next.paren && next.kind == Digit {
        // "et al. (2019)": a reference, not a new sentence.
        return false;
    }
    let Some(word) = prev_word(t, start, i) else {
        return true;
    };
    let class = classify(word);
    if next.paren && class != Class::Plain {
        // "Acme Inc. (NYSE: ACME) rose": a bracket after an abbreviation
        // is a parenthetical inside the sentence.
        return false;
    }
    match class {
        Class::Plain => true,
        Class::Title => false,
        Class::Numeric => next.kind != Digit,
        Class::Company => match next.kind {
            Digit => false,
            Upper => {
                next.opened
                    || !(contains(&COMPANY_FOLLOWERS, next.word)
                        || in_title(t, start, i - word.len(), next))
            }
            _ => true,
        },
        Class::Ambiguous => match next.kind {
            Digit => false,
            Upper => opens_sentence(next) && !in_title(t, start, i - word.len(), next),
            _ => true,
        },
        Class::Initial => match next.kind {
            Upper => opens_sentence(next) && !in_title(t, start, i - word.len(), next),
            _ => true,
        },
        Class::AmPm => match next.kind {
            Digit => false,
            Upper => {
                next.opened || !(contains(&TIME_FOLLOWERS, next.word) || time_opener(t, start, i))
            }
            _ => true,
        },
    }
}

/// Whether the sentence from `start` to `i` is only a time opener ("At 5
/// a.m."), so that the capital after "a.m." continues it.
fn time_opener(t: &str, start: usize, i: usize) -> bool {
    if i.saturating_sub(start) > 40 {
        return false;
    }
    let Some(s) = t.get(start..i) else {
        return false;
    };
    let s = s.trim_start_matches(['"', '\'', '“', '‘', '(']);
    let first = s.split_whitespace().next().unwrap_or("");
    contains(&OPENERS, first.as_bytes()) && s.split_whitespace().count() <= 4
}

/// Whether `s` reads as title case: at least two words, a capitalised word
/// after the first, and no lowercase word longer than three letters.
fn title_case(s: &str) -> bool {
    let mut words = 0;
    let mut capitalised = 0;
    for w in s.split_whitespace() {
        words += 1;
        let Some(c) = w.chars().find(|c| c.is_alphabetic()) else {
            continue;
        };
        if c.is_lowercase() && w.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            return false;
        }
        if c.is_uppercase() && words > 1 {
            capitalised += 1;
        }
    }
    words >= 2 && capitalised > 0
}

/// Whether a "?" or "!" at `i`, followed at `e` by more text, sits inside a
/// title-case headline line without final punctuation ("Is Inflation Over?
/// Central Bank Says Not Yet"): a headline is one sentence.
fn headline_continues(t: &str, start: usize, i: usize, e: usize) -> bool {
    if i.saturating_sub(start) > 200 {
        return false;
    }
    let Some(rest) = t.get(e..) else {
        return false;
    };
    let line_end = rest
        .bytes()
        .take(201)
        .position(|b| b == b'\n' || b == b'\r')
        .unwrap_or(rest.len());
    if line_end > 200 {
        return false;
    }
    let after = rest[..line_end].trim();
    !after.is_empty()
        && !after.ends_with(['.', '?', '!', '"', '”', '’', ')'])
        && t.get(start..i).is_some_and(title_case)
        && title_case(after)
}

/// Whether capitalised words and then a speech verb follow at `s`
/// ("Smith asked", "Prime Minister Jane Doe said").
fn speech_follows(t: &str, s: usize) -> bool {
    let mut hi = (s + 80).min(t.len());
    while !t.is_char_boundary(hi) {
        hi -= 1;
    }
    let Some(window) = t.get(s..hi) else {
        return false;
    };
    for (k, w) in window.split_whitespace().take(5).enumerate() {
        let w = w.trim_end_matches([',', ';', '.', ':']);
        if k > 0 && contains(&SPEECH, w.as_bytes()) {
            return true;
        }
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// In join mode: whether the line break at `i` lies inside a sentence (the
/// next line starts in lower case and ends a sentence). Returns where to
/// resume scanning.
fn join_at(t: &str, i: usize) -> Option<usize> {
    let b = t.as_bytes();
    let mut j = i + 1;
    if b[i] == b'\r' && b.get(j) == Some(&b'\n') {
        j += 1;
    }
    let mut k = j;
    while matches!(b.get(k), Some(b' ' | b'\t')) {
        k += 1;
    }
    let first = t.get(k..)?.chars().next()?;
    if !first.is_lowercase() {
        return None;
    }
    let line = &b[k..];
    let line = &line[..line
        .iter()
        .position(|&c| c == b'\n' || c == b'\r')
        .unwrap_or(line.len())];
    line.iter()
        .any(|&c| matches!(c, b'.' | b'?' | b'!'))
        .then_some(j)
}

/// In join mode: whether the full stop at `i`, with no space after it,
/// ends a sentence run into the next ("world.Today"), as opposed to a
/// domain, an e-mail address or an abbreviation.
fn run_together(t: &str, i: usize) -> bool {
    let b = t.as_bytes();
    let prev_ok = i > 0 && (b[i - 1].is_ascii_lowercase() || b[i - 1].is_ascii_digit());
    let next_ok = b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
        && b.get(i + 2).is_some_and(u8::is_ascii_lowercase);
    if !prev_ok || !next_ok {
        return false;
    }
    let lo = b[..i]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |p| p + 1)
        .max(i.saturating_sub(64));
    let hi = b[i..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(b.len(), |p| i + p)
        .min(i + 64);
    let token = &b[lo..hi];
    if token.contains(&b'@') || token.windows(3).any(|w| w == b"://" || w == b"www") {
        return false;
    }
    let word_start = b[lo..i]
        .iter()
        .rposition(|c| !c.is_ascii_alphanumeric())
        .map_or(lo, |p| lo + p + 1);
    lookup(&b[word_start..i]).is_none()
}

impl FusedIterator for SentenceIndices<'_> {}

/// Iterator over sentence strings; see [`Segmenter::sentences`].
///
/// ```
/// let mut it = news_claims::Segmenter::default().sentences("Hi. Bye.");
/// assert_eq!(it.next(), Some("Hi."));
/// assert_eq!(it.next(), Some("Bye."));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct Sentences<'t> {
    inner: SentenceIndices<'t>,
}

impl<'t> Iterator for Sentences<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        self.inner.next().map(|(_, s)| s)
    }
}

impl FusedIterator for Sentences<'_> {}

/// A sentence as the extractors see it: the whole document plus the
/// sentence's span, so that spans come out in document coordinates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SentenceView<'t> {
    /// The whole document text.
    pub doc: &'t str,
    /// The sentence's span in `doc`.
    pub span: Span,
    /// The sentence's index in [`Extraction::sentences`](crate::Extraction).
    pub index: usize,
    /// The kind of block the sentence is in (headlines are Title Case).
    pub block_kind: BlockKind,
}

impl<'t> SentenceView<'t> {
    /// The sentence's text.
    #[inline]
    pub fn text(&self) -> &'t str {
        self.span.as_str(self.doc)
    }

    /// A span relative to the sentence moved into document coordinates.
    #[inline]
    pub fn to_doc(self, local: Span) -> Span {
        local.shift(self.span.start)
    }
}

#[cfg(test)]
mod dev_report {
    //! Sentence F1 of the whole pipeline on the gold dev set. Run with
    //! `cargo test --lib segment::dev_report -- --ignored --nocapture`.

    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn dev_dir() -> Option<PathBuf> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        ["../shared/eval/dev", "../../shared/eval/dev"]
            .iter()
            .map(|p| root.join(p))
            .find(|p| p.is_dir())
    }

    #[test]
    #[ignore = "needs the shared dev set"]
    fn sentence_f1_on_dev_set() {
        let dir = dev_dir().expect("dev set not found");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("read dev dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        let extractor = crate::Extractor::default();
        let (mut tp, mut n_gold, mut n_pred) = (0usize, 0usize, 0usize);
        for path in paths {
            let raw = std::fs::read_to_string(&path).expect("read");
            let doc: serde_json::Value = serde_json::from_str(&raw).expect("json");
            let text = doc["text"].as_str().expect("text");
            let gold: Vec<&str> = doc["sentences"]
                .as_array()
                .expect("sentences")
                .iter()
                .filter_map(|s| s.as_str())
                .collect();
            let got: Vec<String> = extractor
                .extract(text, None)
                .sentences
                .into_iter()
                .map(|s| s.text.into())
                .collect();
            let mut bag: BTreeMap<&str, usize> = BTreeMap::new();
            for g in &gold {
                *bag.entry(g).or_default() += 1;
            }
            for s in &got {
                match bag.get_mut(s.as_str()) {
                    Some(c) if *c > 0 => {
                        *c -= 1;
                        tp += 1;
                    }
                    _ => println!("{}: extra  {s:?}", path.display()),
                }
            }
            for (g, c) in bag {
                if c > 0 {
                    println!("{}: missed {g:?}", path.display());
                }
            }
            n_gold += gold.len();
            n_pred += got.len();
        }
        let p = tp as f64 / n_pred.max(1) as f64;
        let r = tp as f64 / n_gold.max(1) as f64;
        let f1 = 2.0 * p * r / (p + r).max(f64::MIN_POSITIVE);
        println!("sentences: gold {n_gold}, predicted {n_pred}, matched {tp}");
        println!("precision {p:.4} recall {r:.4} F1 {f1:.4}");
        assert!(f1 >= 0.995, "sentence F1 {f1:.4} below 0.995");
    }
}

#[cfg(test)]
mod speed {
    //! Throughput of segmentation alone over about 1 MB of news text: the
    //! bench corpus (`benches/corpus/articles.jsonl`, or the file named by
    //! `NEWS_CLAIMS_CORPUS`), else the dev articles repeated. Prints MB/s;
    //! asserts nothing about time. Run with `cargo test --release --lib
    //! segment::speed -- --ignored --nocapture`.

    use std::path::PathBuf;
    use std::time::Instant;

    #[test]
    #[ignore = "timing; run in release mode"]
    fn segmentation_throughput() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let corpus = std::env::var_os("NEWS_CLAIMS_CORPUS")
            .map_or_else(|| root.join("benches/corpus/articles.jsonl"), PathBuf::from);
        let mut texts = Vec::new();
        if let Ok(raw) = std::fs::read_to_string(&corpus) {
            for line in raw.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(t) = v["text"].as_str() {
                        texts.push(t.to_string());
                    }
                }
            }
        }
        if texts.is_empty() {
            let dir = ["../shared/eval/dev", "../../shared/eval/dev"]
                .iter()
                .map(|p| root.join(p))
                .find(|p| p.is_dir())
                .expect("no corpus and no dev set");
            for e in std::fs::read_dir(dir).expect("dev dir").flatten() {
                let raw = std::fs::read_to_string(e.path()).expect("read");
                let v: serde_json::Value = serde_json::from_str(&raw).expect("json");
                texts.push(v["text"].as_str().expect("text").to_string());
            }
        }
        let mut text = String::new();
        while text.len() < 1 << 20 {
            for t in &texts {
                text.push_str(t);
                text.push('\n');
            }
        }
        let expected = super::sentence_indices(&text).count();
        let rounds = 50;
        let t0 = Instant::now();
        for _ in 0..rounds {
            let n = super::sentence_indices(std::hint::black_box(&text)).count();
            assert_eq!(n, expected);
        }
        let secs = t0.elapsed().as_secs_f64();
        let mb = (text.len() * rounds) as f64 / 1e6;
        println!(
            "segmented {:.2} MB x {rounds} ({expected} sentences each) at {:.0} MB/s",
            text.len() as f64 / 1e6,
            mb / secs
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        Segmenter::default().sentences(text).collect()
    }

    fn joined(text: &str) -> Vec<&str> {
        Segmenter::new(SegmenterConfig::new().join_broken_lines(true))
            .sentences(text)
            .collect()
    }

    #[test]
    fn titles_before_names_do_not_end_sentences() {
        for t in [
            "Gov. Teresa Alcón-Whitaker said so.",
            "Sen. Laura Brennan-Keys said so.",
            "Health Minister Dr. Rosa Quispe told reporters.",
            "Gen. Mark Milley spoke.",
            "Mr. Fox and Ms. Lee left.",
            "Lt. Gov. Dan Patrick and Prof. Jane Roe spoke.",
            "The case Smith v. Jones was heard.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn months_before_numbers_do_not_end_sentences() {
        for t in [
            "It began on Jan. 31 in Roswell.",
            "The quarter ended Sept. 30 with a loss.",
            "He will be sworn in on Aug. 7, officials said.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn initialisms_end_sentences_only_before_an_opener() {
        assert_eq!(
            split("Prices rose in the U.S. The next day, they fell."),
            ["Prices rose in the U.S.", "The next day, they fell."]
        );
        assert_eq!(
            split("It was cheaper in the U.S. Officials said so."),
            ["It was cheaper in the U.S.", "Officials said so."]
        );
        assert_eq!(
            split("He moved to the U.K. In 2019 he returned."),
            ["He moved to the U.K.", "In 2019 he returned."]
        );
        for t in [
            "According to the U.S. Geological Survey, it was strong.",
            "The U.N. refugee agency warned of shortages.",
            "She asked the U.S. Centers for Disease Control for help.",
            "The U.S. 10-year yield rose.",
            "Offices in the U.S. and Europe will close.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn company_suffixes() {
        assert_eq!(
            split("Veltrix Inc. said on Wednesday it would cut jobs."),
            ["Veltrix Inc. said on Wednesday it would cut jobs."]
        );
        assert_eq!(
            split("It was bought by Acme Inc. The deal closed in May."),
            ["It was bought by Acme Inc.", "The deal closed in May."]
        );
        assert_eq!(
            split("Apple Inc. Chief Executive Tim Cook spoke."),
            ["Apple Inc. Chief Executive Tim Cook spoke."]
        );
        assert_eq!(
            split("It was built by Northsea Power Ltd. Karoo Deep said so."),
            ["It was built by Northsea Power Ltd.", "Karoo Deep said so."]
        );
        for t in [
            "Acme Corp. CEO Jane Doe resigned.",
            "Samsung Electronics Co. Ltd. Chairman Lee spoke.",
            "Northbridge Inc. (NYSE: NBI) rose 5%.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
        assert_eq!(
            split("Shares of Northsea Ltd. rose. Karoo Corp. fell."),
            ["Shares of Northsea Ltd. rose.", "Karoo Corp. fell."]
        );
    }

    #[test]
    fn abbreviations_inside_title_case_headlines() {
        for t in [
            "Biden Says U.S. Will Act on Tariffs",
            "U.S. Will Send More Aid",
            "U.K. In Talks With E.U. Over Fishing",
            "Zenthos Cloud Inc. Opens £39.7bn Chip Factory",
            "Regulator Fines Corvina Robotics Corp. US$635m Over Data Breach",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
        // In body text the opener still ends the sentence.
        assert_eq!(
            split("Prices rose in the U.S. The Senate voted later."),
            ["Prices rose in the U.S.", "The Senate voted later."]
        );
        assert_eq!(
            split("He is in the U.S. The Senate voted."),
            ["He is in the U.S.", "The Senate voted."]
        );
    }

    #[test]
    fn number_abbreviations_only_before_numbers() {
        for t in [
            "The No. 2 executive left.",
            "See p. 55 and pp. 60-62 for details.",
            "It holds approx. 5,000 people.",
            "He scored in Vol. 3 of the series.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
        // "No." before a capital is the word "no".
        assert_eq!(
            split("The answer was No. The vote failed."),
            ["The answer was No.", "The vote failed."]
        );
    }

    #[test]
    fn times_of_day() {
        assert_eq!(
            split(
                "At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then went home."
            ),
            [
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left at 6 P.M.",
                "Mr. Smith then went home."
            ]
        );
        for t in [
            "The quake struck at 4:17 a.m. local time.",
            "Polls close at 8 p.m. Tuesday in most states.",
            "Trading resumes at 9:30 a.m. ET on Monday.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn latin_abbreviations_never_end_sentences() {
        let t = "Some groups, e.g. Amnesty International, objected, i.e. They disagreed.";
        assert_eq!(split(t), [t]);
    }

    #[test]
    fn initials() {
        for t in [
            "The author J. K. Rowling spoke.",
            "My name is Jonas E. Smith.",
            "Did you see Albert I. Jones yesterday?",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
        assert_eq!(
            split("We make a good team, you and I. Did you see him?"),
            ["We make a good team, you and I.", "Did you see him?"]
        );
        assert_eq!(
            split("They chose Plan B. The vote was close."),
            ["They chose Plan B.", "The vote was close."]
        );
    }

    #[test]
    fn decimals_versions_urls_and_emails_do_not_split() {
        for t in [
            "Inflation eased to 3.2% and the rate to 8.75%.",
            "Version 2.0.1 of the app fixed it.",
            "Write to jane.doe@example.com for details.",
            "See https://example.com/a.b?c=1 for details.",
            "The site www.example.co.uk is down.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
        assert_eq!(
            split("Her email is Jane.Doe@example.com. I wrote."),
            ["Her email is Jane.Doe@example.com.", "I wrote."]
        );
        assert_eq!(
            split("She has $100.00. It is in her bag."),
            ["She has $100.00.", "It is in her bag."]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("I never meant that… She left the store."),
            ["I never meant that…", "She left the store."]
        );
        assert_eq!(
            split("I never meant that.... She left."),
            ["I never meant that....", "She left."]
        );
        for t in [
            "It was really ... well, odd.",
            "The thing is . . . I didn’t mean it.",
            "He said it was… fine.",
            "\"Bohr [...] used the analogy [...]\" (Smith 55).",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn closing_quotes_and_brackets() {
        assert_eq!(
            split("She said, “This is great.” She left."),
            ["She said, “This is great.”", "She left."]
        );
        assert_eq!(
            split("She said, \"This is great.\" she said."),
            ["She said, \"This is great.\" she said."]
        );
        assert_eq!(
            split("He spoke (He had worked there for years.) at length."),
            ["He spoke (He had worked there for years.) at length."]
        );
        assert_eq!(
            split("It was late. (He left at once.) Then it rained."),
            ["It was late.", "(He left at once.)", "Then it rained."]
        );
        assert_eq!(
            split("The ‘crimes.’ Officials denied it."),
            ["The ‘crimes.’", "Officials denied it."]
        );
    }

    #[test]
    fn quotes_spanning_sentences_split_inside() {
        assert_eq!(
            split("“We will fight. We will win,” she said."),
            ["“We will fight.", "We will win,” she said."]
        );
    }

    #[test]
    fn question_and_exclamation_inside_quotes() {
        for t in [
            "“Why now?” she asked.",
            "“Why now?” Smith asked.",
            "\"Stop!\" Prime Minister Jane Doe shouted.",
            "She works at Yahoo! in the accounting department.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
        assert_eq!(split("Why now? Smith left."), ["Why now?", "Smith left."]);
        assert_eq!(
            split("“Why now?” The minister did not answer."),
            ["“Why now?”", "The minister did not answer."]
        );
        assert_eq!(split("Hello!? Is that you?"), ["Hello!?", "Is that you?"]);
        // A title-case headline with a question inside is one sentence.
        let t = "Is Inflation Over? Central Bank Says Not Yet";
        assert_eq!(split(t), [t]);
        assert_eq!(
            split("Is it over? Central bank officials say not yet."),
            ["Is it over?", "Central bank officials say not yet."]
        );
        assert_eq!(
            split("What Now? The Fed Has Spoken."),
            ["What Now?", "The Fed Has Spoken."]
        );
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            split("Storm Hits Coast\nThe storm hit.\r\nIt rained\u{2028}all day"),
            ["Storm Hits Coast", "The storm hit.", "It rained", "all day"]
        );
    }

    #[test]
    fn dashes_and_non_breaking_spaces() {
        let t = "SANTA FE, N.M. — The number rose.";
        assert_eq!(split(t), [t]);
        assert_eq!(
            split("It rose.\u{a0}Then it fell."),
            ["It rose.", "Then it fell."]
        );
        assert_eq!(
            split("Ask Mr.\u{a0}Smith. Voilà. The end."),
            ["Ask Mr.\u{a0}Smith.", "Voilà.", "The end."]
        );
    }

    #[test]
    fn list_items() {
        assert_eq!(
            split("1) The first item 2) The second item"),
            ["1) The first item", "2) The second item"]
        );
        assert_eq!(
            split("• 9. The first item • 10. The second item"),
            ["• 9. The first item", "• 10. The second item"]
        );
        assert_eq!(
            split("a. The first item b. The second item"),
            ["a. The first item", "b. The second item"]
        );
        // Outside a list, a number in the text does not start an item.
        let t = "Costs rose 2) sharply and 3. The end.";
        assert_eq!(split(t).len(), 2);
        // A hyphen is a dash, not a bullet.
        let t = "- Prices rose - sharply - in May.";
        assert_eq!(split(t), [t]);
    }

    #[test]
    fn join_mode_repairs_broken_lines() {
        assert_eq!(
            joined("This is a sentence\ncut off in the middle."),
            ["This is a sentence\ncut off in the middle."]
        );
        assert_eq!(
            joined("features\ncontact manager\nevents, activities\n"),
            ["features", "contact manager", "events, activities"]
        );
        assert_eq!(
            joined("Headline Here\nthe body starts. Yes."),
            ["Headline Here\nthe body starts.", "Yes."]
        );
        assert_eq!(
            joined("It ended.Then it began."),
            ["It ended.", "Then it began."]
        );
        // Off by default, and never inside e-mail addresses.
        assert_eq!(
            split("It ended.Then it began."),
            ["It ended.Then it began."]
        );
        assert_eq!(
            joined("Mail Jane.Doe@example.com now."),
            ["Mail Jane.Doe@example.com now."]
        );
        assert_eq!(joined("Ask Mr.Smith now."), ["Ask Mr.Smith now."]);
    }

    #[test]
    fn offsets_are_byte_offsets() {
        let text = "Zürich won €5m. Genève lost.";
        let got: Vec<(usize, &str)> = sentence_indices(text).collect();
        assert_eq!(got, [(0, "Zürich won €5m."), (19, "Genève lost.")]);
        for (off, s) in got {
            assert_eq!(&text[off..off + s.len()], s);
        }
    }

    #[test]
    fn empty_and_blank_input() {
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split(" \n\t\u{a0}\r\n"), Vec::<&str>::new());
        assert_eq!(split("."), ["."]);
        assert_eq!(split("…"), ["…"]);
    }

    /// A small deterministic generator (xorshift64*), so the property tests
    /// need no extra dependency and always see the same inputs.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// The space-and-letter shortcut of [`next_token`] reads what the walk
    /// reads, at every offset after whitespace of random texts.
    #[test]
    fn next_token_agrees_with_the_walk() {
        fn key(n: Next<'_>) -> (NextKind, bool, bool, usize, Vec<u8>, bool) {
            (
                n.kind,
                n.opened,
                n.paren,
                n.start,
                n.word.to_vec(),
                n.dot_after,
            )
        }
        let mut rng = Rng(0xFACE_FEED);
        let mut fast = 0;
        for _ in 0..3_000 {
            let text = random_text(&mut rng);
            for e in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                let b = text.as_bytes();
                fast += usize::from(
                    b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric),
                );
                assert_eq!(
                    key(next_token(&text, e)),
                    key(next_token_scan(&text, e)),
                    "{text:?} {e}"
                );
            }
        }
        assert!(fast > 1_000, "the shortcut was taken {fast} times");
    }

    /// The plain search of [`prev_word`] before the mask shortcut.
    fn prev_word_plain(t: &str, start: usize, i: usize) -> Option<&[u8]> {
        let b = t.as_bytes();
        let mut lo = i.saturating_sub(40).max(start);
        while !t.is_char_boundary(lo) {
            lo += 1;
        }
        let window = &b[lo..i];
        let from = match window.iter().enumerate().rposition(|(k, &c)| {
            c.is_ascii_whitespace() || (c == 0xA0 && k > 0 && window[k - 1] == 0xC2)
        }) {
            Some(p) => lo + p + 1,
            None if lo == start => start,
            None => return None,
        };
        let mut w = t.get(from..i)?;
        loop {
            let trimmed = w.trim_start_matches(['(', '[', '"', '\'', '“', '‘', '«', '—', '–']);
            if trimmed.len() == w.len() {
                break;
            }
            w = trimmed;
        }
        Some(w.as_bytes())
    }

    /// The word before a full stop is the same with the mask shortcut and
    /// the letter gate as with the plain search, before every full stop
    /// and from every start of random texts (no-break spaces, quotes,
    /// dashes and accents among the pieces).
    #[test]
    fn prev_word_agrees_with_the_plain_search() {
        let mut rng = Rng(0x0DD_BA11);
        for _ in 0..3_000 {
            let text = random_text(&mut rng);
            let b = text.as_bytes();
            for i in (0..b.len()).filter(|&i| b[i] == b'.') {
                for start in (0..=i).filter(|&s| text.is_char_boundary(s)) {
                    assert_eq!(
                        prev_word(&text, start, i),
                        prev_word_plain(&text, start, i),
                        "{text:?} {start} {i}"
                    );
                }
            }
        }
        let nbsp = "Ask the   long-winded\u{a0}(“Gov.";
        let i = nbsp.len() - 1;
        assert_eq!(prev_word(nbsp, 0, i), Some(&b"Gov"[..]));
        let cross = "0123456789abcd\u{a0}abcdefg.";
        let i = cross.len() - 1;
        assert_eq!(prev_word(cross, 0, i), Some(&b"abcdefg"[..]));
    }

    /// The candidate scan with its kept answers finds what a plain scan of
    /// the table finds, from every offset of random texts in order, and
    /// from random offsets (forward and back) with one scan kept across.
    #[test]
    fn candidate_scan_agrees_with_the_table() {
        let mut rng = Rng(0x5EED_CA4D);
        for _ in 0..2_000 {
            let text = random_text(&mut rng);
            let b = text.as_bytes();
            let plain = |from: usize| {
                b.get(from..)
                    .and_then(|r| r.iter().position(|&c| CANDIDATES[usize::from(c)]))
                    .map(|k| from + k)
            };
            let mut scan = CandidateScan::new();
            for from in 0..=b.len() + 1 {
                assert_eq!(scan.next(b, from), plain(from), "{text:?} from {from}");
            }
            let mut scan = CandidateScan::new();
            for _ in 0..40 {
                let from = rng.below(b.len() + 2);
                assert_eq!(scan.next(b, from), plain(from), "{text:?} from {from}");
            }
        }
    }

    const PIECES: &[&str] = &[
        "The", "word", "U.S.", "Mr.", "a.m.", "Inc.", "No.", "J.", "e.g.", "3.5", "1.", "2)", "a.",
        ". ", ".", "?", "!", "?!", "...", ". . .", "…", "“", "”", "‘", "’", "\"", "'", "(", ")",
        "[", "]", "—", "-", " - ", "•", "⁃", "é", "€", "😀", "ß", "\n", "\r\n", "\r", "\u{a0}",
        "\u{2028}", "\u{2029}", " ", "  ", "\t", "@", "://", "www.", "Zürich", "said", "I", "A",
        "$", "#", "N°", "ﬁ", "\u{301}",
    ];

    fn random_text(rng: &mut Rng) -> String {
        let mut s = String::new();
        let n = rng.below(40);
        for _ in 0..n {
            if rng.below(8) == 0 {
                // Any char at all, including controls and astral planes.
                let c = char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('x');
                s.push(c);
            } else {
                s.push_str(PIECES[rng.below(PIECES.len())]);
                if rng.below(2) == 0 {
                    s.push(' ');
                }
            }
        }
        s
    }

    /// Checks every invariant of the iterator on `text`.
    fn check_invariants(seg: Segmenter, text: &str) {
        let mut rebuilt = String::new();
        let mut prev_end = 0;
        for (off, s) in seg.sentence_indices(text) {
            let end = off + s.len();
            assert!(
                text.is_char_boundary(off) && text.is_char_boundary(end),
                "{text:?}"
            );
            assert!(off >= prev_end, "overlap in {text:?}");
            assert!(
                !s.is_empty() && s.trim() == s,
                "untrimmed {s:?} in {text:?}"
            );
            assert_eq!(&text[off..end], s);
            let gap = &text[prev_end..off];
            assert!(gap.trim().is_empty(), "lost {gap:?} in {text:?}");
            rebuilt.push_str(gap);
            rebuilt.push_str(s);
            prev_end = end;
        }
        let tail = &text[prev_end..];
        assert!(tail.trim().is_empty(), "lost tail {tail:?} in {text:?}");
        rebuilt.push_str(tail);
        assert_eq!(rebuilt, text);
    }

    #[test]
    fn property_no_panic_char_boundaries_and_tiling() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let configs = [
            Segmenter::default(),
            Segmenter::new(SegmenterConfig::new().join_broken_lines(true)),
        ];
        for _ in 0..20_000 {
            let text = random_text(&mut rng);
            for seg in configs {
                check_invariants(seg, &text);
            }
        }
    }

    #[test]
    fn property_long_inputs_are_linear() {
        // Long runs of candidates must not make the scan quadratic: 200 KB
        // of dots, spaced dots and abbreviations finishes at once.
        for unit in [".", ". ", "U.S. ", "a", "\n", "1) ", "• ", "“Why?” "] {
            let text = unit.repeat(200_000 / unit.len());
            let start = std::time::Instant::now();
            check_invariants(Segmenter::default(), &text);
            check_invariants(
                Segmenter::new(SegmenterConfig::new().join_broken_lines(true)),
                &text,
            );
            assert!(start.elapsed().as_secs() < 5, "slow on {unit:?}");
        }
    }
}
