//! Direct quotes and scare quotes, with their speakers.
//!
//! The quote marks of each paragraph are found by a scan for their bytes:
//! curly double marks pair by direction, straight ones by the spaces around
//! them, curly single marks only where they cannot be an apostrophe (an
//! opening ‘ after a space, a closing ’ not followed by a letter). A quote
//! never crosses a paragraph: one left open closes at the paragraph's end (a
//! following paragraph that opens with a mark continues it, the news
//! convention, and keeps its speaker).
//!
//! The speaker comes from the attributions (see `attribution::find`): the
//! reporting verb right after the closing mark (`,” she said`), else the
//! nearest one before the opening mark in the same sentence (`X said the
//! Sejm had “...”`), else the previous quote of the paragraph, else the
//! previous sentence's ("X said." then a quoted paragraph). Pronouns are
//! resolved to the nearest named source or person name before the quote.

mod names;
mod words;

use crate::Span;
use crate::Text;
use crate::actors::Mention;
use crate::attribution::{self, Attribution};
use crate::bytes::ascii8::load8;
use crate::segment::{Sentence, SentenceView};
use crate::structure::BlockKind;

/// A direct quote or a scare quote.
///
/// ```
/// use news_claims::{Extractor, QuoteKind};
///
/// let text = "Prisoners Freed\nThey were accused of committing “crimes” during protests.\n";
/// let x = Extractor::default().extract(text, None);
/// assert_eq!(x.quotes[0].kind, QuoteKind::Scare);
/// assert!(x.quotes[0].speaker.is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// Somebody's words.
    Direct,
    /// A word or two held at a distance: accused of "crimes".
    Scare,
}

/// A quotation.
///
/// A quote interrupted by its speaker is two quotes; a pronoun speaker is
/// resolved to the nearest name before it where one is found.
///
/// ```
/// use news_claims::{Extractor, QuoteKind};
///
/// let text = "Town Vows to Rebuild\nMayor Ana Torres toured the town on Monday.\n\
///             “We will rebuild,” she said, “whatever it takes.”\n";
/// let x = Extractor::default().extract(text, None);
/// let got: Vec<(&str, Option<&str>)> = x
///     .quotes
///     .iter()
///     .map(|q| (q.text.as_str(), q.speaker.as_ref().map(|m| m.text.as_str())))
///     .collect();
/// assert_eq!(
///     got,
///     [
///         ("We will rebuild", Some("Mayor Ana Torres")),
///         ("whatever it takes", Some("Mayor Ana Torres")),
///     ]
/// );
/// assert_eq!(x.quotes[0].kind, QuoteKind::Direct);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Quote {
    /// The words inside the marks, without a trailing comma or full stop the
    /// style puts inside them.
    pub span: Span,
    /// The quoted words.
    pub text: Text,
    /// Index of the sentence where it starts.
    pub sentence: usize,
    /// Direct or scare quote.
    pub kind: QuoteKind,
    /// Who said it, as the text names them.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub speaker: Option<Mention>,
    /// Index into [`Extraction::actors`](crate::Extraction) of the speaker.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub actor: Option<usize>,
}

/// Quotes of at most this many words, with no reporting verb of their
/// own, are scare quotes.
const SCARE_WORDS: usize = 3;

/// Forces the tables the quote pass uses (those of attribution; this
/// module has no statics of its own).
pub(crate) fn warm() {
    attribution::warm();
}

/// Which mark opened a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `"`
    Straight,
    /// `“` or `«`
    Curly,
    /// `‘`
    Single,
}

/// A quote found by the scan, before its speaker is known.
#[derive(Debug, Clone, Copy)]
struct Raw {
    /// Byte offset of the opening mark.
    open: usize,
    /// Start and end of the quoted words, trimmed.
    text: Span,
    /// Byte offset just past the closing mark (the paragraph's end if the
    /// quote is left open).
    close: usize,
    /// Whether it carries on the open quote of the previous paragraph.
    continued: bool,
    /// Whether no closing mark was found (it runs to the paragraph's end).
    unclosed: bool,
}

/// Finds the quotes of an article, given its content sentences.
pub(crate) fn extract(doc: &str, sentences: &[Sentence]) -> Vec<Quote> {
    extract_seen(doc, sentences, None)
}

/// [`extract`] where the sentence pass has run: `seen` holds its
/// attributions and what it noted for this pass
/// ([`attribution::read_noting`]), which spare reading the sentences again.
pub(crate) fn extract_seen(
    doc: &str,
    sentences: &[Sentence],
    seen: Option<(&[Attribution], &attribution::Extra)>,
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    // Sized at the first sentence read anew (most articles need none).
    let mut cache: Vec<Option<Vec<Attribution>>> = Vec::new();
    // The quotes of one paragraph at a time, in one buffer.
    let mut raws = Vec::new();
    let headline = sentences.first().map(|s| s.block);
    let mut i = 0;
    let mut open_at_end = false;
    while i < sentences.len() {
        let block = sentences[i].block;
        let mut j = i + 1;
        while j < sentences.len() && sentences[j].block == block {
            j += 1;
        }
        let region = Span::new(sentences[i].span.start, sentences[j - 1].span.end);
        let left_open = scan(doc, region, open_at_end, &mut raws);
        open_at_end = left_open;
        let mut prev_speaker: Option<(Mention, usize)> = None;
        for &raw in &raws {
            let si = sentence_of(sentences, i, j, raw.text.start);
            let se = sentence_of(
                sentences,
                i,
                j,
                raw.close.saturating_sub(1).max(raw.text.start),
            );
            // Counted only as far as the bound: quotes run long.
            let words = raw
                .text
                .as_str(doc)
                .split_whitespace()
                .take(SCARE_WORDS + 1)
                .count();
            let short = words <= SCARE_WORDS && !raw.unclosed && !raw.continued;
            let mut ctx = Ctx {
                doc,
                sentences,
                cache: &mut cache,
                headline,
                seen,
            };
            let mut speaker = ctx
                .after(se, raw.close)
                .or_else(|| ctx.before(si, raw.open, short));
            if speaker.is_none() && !short {
                speaker = if raw.continued {
                    out.last().and_then(|q| q.speaker.clone())
                } else {
                    prev_speaker
                        .as_ref()
                        .filter(|(_, s)| *s + 1 >= si)
                        .map(|(m, _)| m.clone())
                }
                .or_else(|| ctx.previous_sentence(si, raw.open));
            }
            let mut speaker = speaker.map(|m| ctx.resolve(m, si, raw.open));
            // A nickname inside a name (Joaquín “El Chapo” Guzmán) is no
            // one's words.
            if short && nickname(doc, &raw) {
                speaker = None;
            }
            let kind = if short && speaker.is_none() {
                QuoteKind::Scare
            } else {
                QuoteKind::Direct
            };
            if let Some(m) = &speaker {
                prev_speaker = Some((m.clone(), se));
            }
            out.push(Quote {
                span: raw.text,
                text: raw.text.as_str(doc).into(),
                sentence: si,
                kind,
                speaker,
                actor: None,
            });
        }
        i = j;
    }
    out
}

/// A short capitalised quote between two capitalised words: a nickname.
fn nickname(doc: &str, raw: &Raw) -> bool {
    let inner = raw.text.as_str(doc);
    let all_cap = inner
        .split_whitespace()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let before = doc[..raw.open].split_whitespace().next_back();
    let after = doc
        .get(raw.close..)
        .and_then(|a| a.split_whitespace().next());
    let cap = |w: Option<&str>| w.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    all_cap && cap(before) && cap(after) && doc.get(raw.close..).is_some_and(|a| a.starts_with(' '))
}

/// The index of the sentence (among `lo..hi`) holding byte `pos`.
fn sentence_of(sentences: &[Sentence], lo: usize, hi: usize, pos: usize) -> usize {
    let k = lo + sentences[lo..hi].partition_point(|s| s.span.end <= pos);
    k.min(hi.saturating_sub(1)).max(lo)
}

/// Scans one paragraph for quotes into `out` (cleared first). `continuing`
/// says the previous paragraph ended inside a quote. Returns whether this
/// paragraph ends inside one.
fn scan(doc: &str, region: Span, continuing: bool, out: &mut Vec<Raw>) -> bool {
    let text = region.as_str(doc);
    let base = region.start;
    out.clear();
    let mut open: Option<(Mark, usize, usize, bool)> = None; // (mark, at, content start, continued)
    let bytes = text.as_bytes();
    // Only the bytes that can start a quote mark are looked at: `"`, `'`,
    // and the lead bytes of “ ” ‘ ’ (0xE2) and « » (0xC2).
    let mut from = 0;
    while let Some(i) = next_mark(bytes, from) {
        from = i + 1;
        let Some(c) = text.get(i..).and_then(|t| t.chars().next()) else {
            continue;
        };
        if !matches!(
            c,
            '"' | '\''
                | '\u{201C}'
                | '\u{201D}'
                | '\u{2018}'
                | '\u{2019}'
                | '\u{00AB}'
                | '\u{00BB}'
        ) {
            continue;
        }
        // The chars around the mark, read only by the arms that ask (an
        // apostrophe ’ outside a single-quoted stretch, the most frequent
        // mark, asks nothing).
        let next = || text[i + c.len_utf8()..].chars().next();
        let starts = || {
            text[..i].chars().next_back().is_none_or(|p| {
                p.is_whitespace() || matches!(p, '(' | '[' | '\u{2014}' | '\u{2013}' | '-' | '/')
            })
        };
        let ends = || next().is_none_or(|n| !n.is_alphanumeric());
        let at = base + i;
        let after = at + c.len_utf8();
        let continued = i == 0 && continuing;
        match (c, open) {
            ('"', Some((Mark::Straight, o, cs, cont))) => {
                push(doc, out, o, cs, at, after, cont);
                open = None;
            }
            ('"', None) if starts() || !ends() => {
                open = Some((Mark::Straight, at, after, continued));
            }
            ('\u{201C}' | '\u{00AB}', None) => {
                open = Some((Mark::Curly, at, after, continued));
            }
            ('\u{201C}' | '\u{00AB}', Some((Mark::Curly, o, cs, cont))) => {
                // A second opening mark: the first was never closed.
                push(doc, out, o, cs, at, at, cont);
                open = Some((Mark::Curly, at, after, false));
            }
            ('\u{201D}' | '\u{00BB}', Some((Mark::Curly | Mark::Straight, o, cs, cont))) => {
                push(doc, out, o, cs, at, after, cont);
                open = None;
            }
            ('\u{2018}', None) if starts() && next().is_some_and(|n| n.is_alphanumeric()) => {
                open = Some((Mark::Single, at, after, continued));
            }
            ('\u{2019}' | '\'', Some((Mark::Single, o, cs, cont))) if ends() => {
                push(doc, out, o, cs, at, after, cont);
                open = None;
            }
            _ => {}
        }
    }
    let left_open = open.is_some();
    if let Some((_, o, cs, cont)) = open {
        push(doc, out, o, cs, region.end, region.end, cont);
    }
    left_open
}

/// The offset of the first byte at or after `from` that can start a quote
/// mark: `"`, `'`, or the lead byte of “ ” ‘ ’ (0xE2) or « » (0xC2).
///
/// Thirty-two bytes at a time: the test of a block has no early exit, so
/// the compiler turns it into vector compares, and a block without a mark
/// (most of English text) is passed over whole.
fn next_mark(bytes: &[u8], from: usize) -> Option<usize> {
    let is_mark = |b: u8| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2);
    // The same test without branches (0xC2 and 0xE2 differ in bit 5 only).
    let hit = |c: u8| u8::from(c == b'"') | u8::from(c == b'\'') | u8::from(c & 0xDF == 0xC2);
    let rest = bytes.get(from..)?;
    let mut base = from;
    let mut blocks = rest.chunks_exact(32);
    for block in &mut blocks {
        if block.iter().fold(0u8, |a, &c| a | hit(c)) != 0 {
            // The block holds a mark: the first one, eight bytes at a time.
            for (k, eight) in block.chunks_exact(8).enumerate() {
                let mut w = [0u8; 8];
                w.copy_from_slice(eight);
                let marks = mark_bits(u64::from_le_bytes(w));
                if marks != 0 {
                    return Some(base + 8 * k + (marks.trailing_zeros() / 8) as usize);
                }
            }
            return block.iter().position(|&b| is_mark(b)).map(|k| base + k);
        }
        base += 32;
    }
    // The last bytes (fewer than 32), eight at a time, the last eight
    // read with zeros past the end ([`load8`]; a zero is no mark): no
    // byte-by-byte tail, whose exit the CPU mispredicted at the end of
    // each paragraph.
    while base < bytes.len() {
        let marks = mark_bits(load8(bytes, base));
        if marks != 0 {
            return Some(base + (marks.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    None
}

/// The high bit of each byte of `v` (eight bytes, little-endian) that can
/// start a quote mark (`"`, `'`, 0xC2, 0xE2), the other bits clear.
///
/// A byte equal to `p` is a zero byte of `v ^ p`; `(x & 0x7F) + 0x7F` sets
/// the high bit of every byte of `x` but zero without carrying into the
/// next, so the test is exact.
fn mark_bits(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = ONES * 0x7F;
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x) & (ONES * 0x80);
    // 0xC2 and 0xE2 differ in bit 5 only: both are 0xC2 with it cleared.
    zero(v ^ (ONES * u64::from(b'"')))
        | zero(v ^ (ONES * u64::from(b'\'')))
        | zero((v & (ONES * 0xDF)) ^ (ONES * 0xC2))
}

/// Trims a quote's words and records it, unless empty.
fn push(
    doc: &str,
    out: &mut Vec<Raw>,
    open: usize,
    start: usize,
    end: usize,
    close: usize,
    continued: bool,
) {
    let Some(inner) = doc.get(start..end) else {
        return;
    };
    let lead = inner.len() - inner.trim_start().len();
    let mut t = inner.trim();
    // The comma or full stop the style puts inside the marks (an ellipsis
    // stays).
    if !t.ends_with("..") {
        t = t.strip_suffix([',', '.']).unwrap_or(t).trim_end();
    }
    if t.is_empty() || !t.chars().any(char::is_alphanumeric) {
        return;
    }
    let s = start + lead;
    out.push(Raw {
        open,
        text: Span::new(s, s + t.len()),
        close,
        continued,
        unclosed: close == end,
    });
}

/// Whether `doc[from..to]` may hold a word: it has an ASCII letter or a
/// non-ASCII byte (which may belong to a letter). Out-of-range or empty
/// ranges hold none.
fn may_hold_word(doc: &str, from: usize, to: usize) -> bool {
    doc.as_bytes()
        .get(from..to)
        .is_some_and(|b| b.iter().any(|&c| c >= 0x80 || c.is_ascii_alphabetic()))
}

/// Whether `doc[from..to]` (clamped to the document) may hold `word`
/// (lower-case ASCII) once lower-cased: false only for an all-ASCII range
/// without it in any case (a non-ASCII char may lower-case to ASCII, as
/// the Kelvin sign does to "k", so such ranges may hold it).
fn may_contain_word(doc: &str, from: usize, to: usize, word: &str) -> bool {
    let b = doc.as_bytes();
    let range = b.get(from.min(b.len())..to.min(b.len())).unwrap_or(&[]);
    if !range.is_ascii() {
        return true;
    }
    let w = word.as_bytes();
    let Some(&first) = w.first().filter(|c| c.is_ascii_lowercase()) else {
        return true;
    };
    // Candidates by their first letter in either case (`| 0x20` maps an
    // upper-case letter to its lower case), then the whole word.
    range.iter().enumerate().any(|(k, &c)| {
        c | 0x20 == first
            && range
                .get(k..k + w.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(w))
    })
}

/// What the speaker search needs: the document, its sentences and their
/// attributions (computed once each, on demand).
struct Ctx<'a> {
    doc: &'a str,
    sentences: &'a [Sentence],
    cache: &'a mut Vec<Option<Vec<Attribution>>>,
    headline: Option<usize>,
    /// The sentence pass's attributions and notes, where it ran.
    seen: Option<(&'a [Attribution], &'a attribution::Extra)>,
}

impl Ctx<'_> {
    /// The attributions of sentence `k`, pronoun sources included.
    fn attrs(&mut self, k: usize) -> &[Attribution] {
        if self.cache.get(k).is_none_or(Option::is_none) {
            let mut merged = None;
            if let Some((plain, extra)) = self.seen {
                match attribution::pronoun_answer(k, plain, extra) {
                    attribution::Answer::Plain(own) => return own,
                    attribution::Answer::Merged(all) => merged = Some(all),
                    attribution::Answer::Redo => {}
                }
            }
            if self.cache.len() < self.sentences.len() {
                self.cache.resize(self.sentences.len(), None);
            }
            if let Some(all) = merged {
                self.cache[k] = Some(all);
            }
        }
        if self.cache[k].is_none() {
            let s = &self.sentences[k];
            let view = SentenceView {
                doc: self.doc,
                span: s.span,
                index: k,
                block_kind: if Some(s.block) == self.headline {
                    BlockKind::Headline
                } else {
                    BlockKind::Paragraph
                },
            };
            self.cache[k] = Some(attribution::find(&view, true));
        }
        self.cache[k].as_deref().unwrap_or(&[])
    }

    /// `,” she said` / `,” said Smith`: a reporting verb right after the
    /// closing mark.
    fn after(&mut self, k: usize, close: usize) -> Option<Mention> {
        let doc = self.doc;
        // A cue is a word: none can start after the mark when no letter
        // follows it in the sentence (the quote ends the sentence), and
        // the sentence's attributions need not be computed.
        let end = self.sentences.get(k)?.span.end;
        if !may_hold_word(doc, close, end) {
            return None;
        }
        let attrs = self.attrs(k);
        let a = attrs.get(attrs.partition_point(|a| a.cue_span.start < close))?;
        let gap_end = a.cue_span.start.min(a.source.span.start);
        let gap_ok = gap_end >= close
            && gap_end - close <= 8
            && doc.get(close..gap_end).is_some_and(|g| {
                g.chars().all(|c| {
                    c.is_whitespace()
                        || matches!(c, ',' | ';' | ':' | '\u{2014}' | '\u{2013}' | '-')
                })
            });
        // `,” one volunteer, Ahmet Yilmaz, told Reuters`: an appositive
        // subject between the mark and the verb.
        let near = a.cue_span.start >= close
            && a.cue_span.start - close <= 100
            && (doc.get(close..).is_some_and(|g| g.starts_with(','))
                || doc.get(..close).is_some_and(|d| {
                    // `,”`: the quote's clause ends inside the marks.
                    let mut back = d.chars().rev();
                    back.next();
                    back.next().is_some_and(|c| matches!(c, ',' | '?' | '!'))
                }))
            && doc
                .get(close..a.cue_span.start)
                .is_some_and(|g| !g.contains(['"', '\u{201C}', '\u{201D}', '.', ';']));
        (gap_ok || near).then(|| a.source.clone())
    }

    /// `X said the Sejm had “...”`: the nearest attribution before the
    /// opening mark in the same sentence. Short quotes need a verb.
    fn before(&mut self, k: usize, open: usize, short: bool) -> Option<Mention> {
        // No word before the mark (the quote opens the sentence): no cue
        // ends before it.
        let start = self.sentences.get(k)?.span.start;
        if !may_hold_word(self.doc, start, open) {
            return None;
        }
        let attrs = self.attrs(k);
        let end = attrs.partition_point(|a| a.cue_span.end <= open);
        attrs[..end]
            .iter()
            .rev()
            .find(|a| !(short && a.cue == "according to"))
            .map(|a| a.source.clone())
    }

    /// "X said." then a quote opening the next sentence or paragraph.
    fn previous_sentence(&mut self, k: usize, open: usize) -> Option<Mention> {
        let s = self.sentences.get(k)?;
        // Only a quote that opens its sentence (after a bullet or dash at
        // most).
        if open > s.span.start + 3 || k == 0 {
            return None;
        }
        self.attrs(k - 1)
            .iter()
            .rev()
            .find(|a| a.cue != "according to")
            .map(|a| a.source.clone())
    }

    /// A pronoun speaker ("she") becomes the nearest named source or person
    /// name before the quote; anything else is kept.
    fn resolve(&mut self, m: Mention, k: usize, open: usize) -> Mention {
        if let Some(role) = names::definite_role(&m.text) {
            return self.named_role(m, role, k, open);
        }
        if !names::is_pronoun(&m.text) {
            return m;
        }
        let lo = k.saturating_sub(6);
        for j in (lo..=k).rev() {
            let limit = if j == k {
                open.min(m.span.start)
            } else {
                usize::MAX
            };
            let named = {
                let attrs = self.attrs(j);
                let end = attrs.partition_point(|a| a.cue_span.start < limit);
                attrs[..end]
                    .iter()
                    .rev()
                    .take(8)
                    .find(|a| a.source.span.end <= limit && names::is_person_like(&a.source.text))
                    .map(|a| a.source.clone())
            };
            if let Some(n) = named {
                return n;
            }
            let s = &self.sentences[j];
            let end = limit.min(s.span.end).max(s.span.start);
            // Look at most 600 bytes back, so that many pronoun quotes in
            // one long sentence stay linear.
            let mut from = s.span.start.max(end.saturating_sub(600));
            while !self.doc.is_char_boundary(from) {
                from += 1;
            }
            if let Some(span) = names::last_name(self.doc, Span::new(from, end)) {
                return Mention {
                    span,
                    sentence: j,
                    text: span.as_str(self.doc).into(),
                };
            }
        }
        m
    }

    /// "the governor said" becomes "Governor Wanjiru Achieng-Otieno" where
    /// an earlier attribution in the last ten sentences names a person with
    /// that role word next to the name ("Governor X", "X, the governor",
    /// "a spokesman, X,").
    fn named_role(&mut self, m: Mention, role: &str, k: usize, open: usize) -> Mention {
        let doc = self.doc;
        for j in (k.saturating_sub(10)..=k).rev() {
            let limit = if j == k {
                open.min(m.span.start)
            } else {
                usize::MAX
            };
            // The role word must be near a source of the sentence: where
            // it is nowhere near the sentence, its attributions need not
            // be computed.
            if let Some(s) = self.sentences.get(j) {
                if !may_contain_word(doc, s.span.start.saturating_sub(48), s.span.end + 48, role) {
                    continue;
                }
            }
            let attrs = self.attrs(j);
            let end = attrs.partition_point(|a| a.cue_span.start < limit);
            let found = attrs[..end].iter().rev().take(8).find(|a| {
                if a.source.span.end > limit || !names::is_person_like(&a.source.text) {
                    return false;
                }
                // The role word in or around the source (40 bytes each side).
                let mut lo = a.source.span.start.saturating_sub(40);
                while !doc.is_char_boundary(lo) {
                    lo -= 1;
                }
                let mut hi = (a.source.span.end + 40).min(doc.len());
                while !doc.is_char_boundary(hi) {
                    hi += 1;
                }
                doc[lo..hi].to_lowercase().contains(role)
            });
            if let Some(a) = found {
                return a.source.clone();
            }
        }
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences of `doc`, one block per line (the naive segmenter).
    fn sentences(doc: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut off = 0;
        for (bi, line) in doc.split_inclusive('\n').enumerate() {
            for (o, s) in crate::segment::sentence_indices(line) {
                let start = off + o;
                out.push(Sentence {
                    span: Span::new(start, start + s.len()),
                    block: bi,
                    text: s.into(),
                });
            }
            off += line.len();
        }
        out
    }

    /// With the sentence pass's attributions and notes at hand
    /// ([`extract_seen`]) the quotes are those the pass that reads every
    /// sentence again finds, whatever kinds the sentence pass gave the
    /// blocks (the quote pass tells only the first block a headline).
    #[test]
    fn quotes_from_the_sentence_pass_are_the_plain_ones() {
        let mut docs: Vec<String> = [
            "Minister Says “We Will Win”\n“We will win,” she said, calling it “a test”.\n",
            "Strike Looms\nThe union leader, Ana Ruiz, spoke. “It is over,” he said.\n“More,” Police Reports Show.\n",
        ]
        .iter()
        .map(|d| d.to_string())
        .collect();
        docs.extend(crate::bench_corpus_texts().into_iter().take(80));
        let kinds = [
            BlockKind::Headline,
            BlockKind::Paragraph,
            BlockKind::Standfirst,
        ];
        let mut quoted = 0;
        for doc in &docs {
            let sents = sentences(doc);
            let plain = extract(doc, &sents);
            for shift in 0..3 {
                let (mut attributions, mut hedges) = (vec![], vec![]);
                let mut extra = attribution::Extra::default();
                for (index, s) in sents.iter().enumerate() {
                    let view = SentenceView {
                        doc,
                        span: s.span,
                        index,
                        block_kind: kinds[(s.block + shift) % 3],
                    };
                    attribution::read_noting(
                        &view,
                        &mut attributions,
                        &mut hedges,
                        Some(&mut extra),
                    );
                }
                let seen = extract_seen(doc, &sents, Some((&attributions, &extra)));
                assert_eq!(seen, plain, "{doc:?}");
            }
            quoted += plain.len();
        }
        assert!(quoted > 300, "{quoted}");
    }

    /// `(text, speaker, kind)` of each quote.
    fn quotes(doc: &str) -> Vec<(String, Option<String>, QuoteKind)> {
        extract(doc, &sentences(doc))
            .into_iter()
            .map(|q| {
                assert_eq!(q.span.as_str(doc), q.text);
                (q.text.into(), q.speaker.map(|m| m.text.into()), q.kind)
            })
            .collect()
    }

    fn q(
        text: &str,
        speaker: Option<&str>,
        kind: QuoteKind,
    ) -> (String, Option<String>, QuoteKind) {
        (text.to_string(), speaker.map(str::to_string), kind)
    }

    use QuoteKind::{Direct, Scare};

    #[test]
    fn speaker_after_the_closing_mark() {
        assert_eq!(
            quotes("\"This is an attack on property rights,\" Sadowski said."),
            [q(
                "This is an attack on property rights",
                Some("Sadowski"),
                Direct
            )]
        );
        assert_eq!(
            quotes("“Families are arriving with nothing,” said Ibrahim Ndiaye, a spokesperson."),
            [q(
                "Families are arriving with nothing",
                Some("Ibrahim Ndiaye"),
                Direct
            )]
        );
    }

    #[test]
    fn speaker_before_the_opening_mark() {
        assert_eq!(
            quotes(
                "Prime Minister Józef Nowak said the Sejm had “finally listened to young people.”"
            ),
            [q(
                "finally listened to young people",
                Some("Prime Minister Józef Nowak"),
                Direct
            )]
        );
        assert_eq!(
            quotes(
                "At the time, the government framed the decision as “a concrete expression of the State’s commitment to peace,” signaling a shift."
            ),
            [q(
                "a concrete expression of the State’s commitment to peace",
                Some("the government"),
                Direct
            )]
        );
    }

    #[test]
    fn interrupted_quote_is_two_items_with_one_speaker() {
        let doc = "Mayor Ana Torres toured the town.\n“We will rebuild,” she said, “whatever it takes.”\n";
        assert_eq!(
            quotes(doc),
            [
                q("We will rebuild", Some("Mayor Ana Torres"), Direct),
                q("whatever it takes", Some("Mayor Ana Torres"), Direct),
            ]
        );
    }

    #[test]
    fn next_sentence_keeps_the_speaker() {
        let doc = "“You treated the savings as your bank,” Judge Eleanor Price told him. “The harm cannot be measured in money.”";
        let got = quotes(doc);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, "The harm cannot be measured in money");
        assert_eq!(got[1].1.as_deref(), Some("Judge Eleanor Price"));
    }

    #[test]
    fn scare_quotes() {
        assert_eq!(
            quotes(
                "According to the ministry, they were accused of committing “crimes” during protests."
            ),
            [q("crimes", None, Scare)]
        );
        // A short quote with a reporting verb is somebody's words.
        assert_eq!(
            quotes(
                "Zieliński, who has 21 days to sign, said that he had \"serious doubts\" about it."
            ),
            [q("serious doubts", Some("Zieliński"), Direct)]
        );
    }

    #[test]
    fn framing_participles_give_the_speaker() {
        assert_eq!(
            quotes(
                "The opposition accused the government of ignoring warnings, calling the response \"a national disgrace\"."
            ),
            [q("a national disgrace", Some("The opposition"), Direct)]
        );
    }

    #[test]
    fn nicknames_and_ellipses() {
        assert_eq!(
            quotes("Prosecutors said Joaquín “El Chapo” Guzmán ran the cartel."),
            [q("El Chapo", None, Scare)]
        );
        assert_eq!(
            quotes("“We will see...” she said."),
            [q("We will see...", Some("she"), Direct)]
        );
    }

    #[test]
    fn headline_with_inverted_speaker() {
        let got = quotes("‘We Will Not Back Down’, Says Union Leader as Strike Goes On");
        assert_eq!(
            got,
            [q("We Will Not Back Down", Some("Union Leader"), Direct)]
        );
    }

    #[test]
    fn appositive_speaker_after_the_quote() {
        let doc = "Workers said they heard voices. \"There are people alive,\" one volunteer, Ahmet Yilmaz, told Reuters.";
        assert_eq!(
            quotes(doc),
            [q("There are people alive", Some("Ahmet Yilmaz"), Direct)]
        );
    }

    #[test]
    fn role_speakers_take_the_name() {
        let doc =
            "Governor Wanjiru Otieno said rates would fall.\n“We have room,” the governor said.\n";
        assert_eq!(
            quotes(doc),
            [q("We have room", Some("Governor Wanjiru Otieno"), Direct)]
        );
        // An organisation keeps its phrase.
        let doc = "The ministry said 40 died.\n“We are sorry,” the ministry said.\n";
        assert_eq!(
            quotes(doc),
            [q("We are sorry", Some("the ministry"), Direct)]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("The State’s plan and the players’ union’s view.").is_empty());
        assert_eq!(
            quotes("He called it ‘a disgrace’ on Monday, the minister said."),
            [q("a disgrace", Some("He"), Direct)]
        );
    }

    #[test]
    fn unclosed_quote_stops_at_the_paragraph() {
        let doc = "“We will fight on, the leader said.\nPrices rose 3%, officials said.\n";
        let got = quotes(doc);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "We will fight on, the leader said");
    }

    #[test]
    fn continued_quote_across_paragraphs() {
        let doc = "“The first part goes on,” said Jane Doe. “The second part\n“ends in the next paragraph,” she added.\n";
        let got = quotes(doc);
        let texts: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The first part goes on",
                "The second part",
                "ends in the next paragraph"
            ]
        );
        assert!(
            got.iter().all(|g| g.1.as_deref() == Some("Jane Doe")),
            "{got:?}"
        );
    }

    /// Pseudo-random strings over an alphabet of awkward pieces (quote
    /// marks, apostrophes, non-ASCII letters, NBSP, CRLF, reporting verbs):
    /// nothing panics and every span lies on char boundaries.
    #[test]
    fn random_text_never_panics_and_spans_are_char_aligned() {
        const PIECES: &[&str] = &[
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            "«",
            "»",
            " ",
            "\u{a0}",
            "\r\n",
            "\n",
            ",",
            ".",
            "said",
            " said ",
            "told",
            "according to",
            "Dr.",
            "é",
            "González",
            "the ministry",
            "she",
            "(",
            ")",
            "who",
            "and",
            "may",
            "reportedly",
            "No.",
            "U.S.",
            "—",
            "1,200",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..400 {
            let mut doc = String::new();
            let len = (seed % 40) as usize;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                doc.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            let sents = sentences(&doc);
            for q in extract(&doc, &sents) {
                assert!(doc.get(q.span.range()).is_some(), "{doc:?}");
                if let Some(m) = q.speaker {
                    assert!(doc.get(m.span.range()).is_some(), "{doc:?}");
                }
            }
            for (index, s) in sents.iter().enumerate() {
                let view = SentenceView {
                    doc: &doc,
                    span: s.span,
                    index,
                    block_kind: BlockKind::Paragraph,
                };
                for a in attribution::find(&view, true) {
                    assert!(doc.get(a.source.span.range()).is_some(), "{doc:?}");
                    assert!(doc.get(a.cue_span.range()).is_some(), "{doc:?}");
                }
                for h in attribution::hedges(&view) {
                    assert!(doc.get(h.span.range()).is_some(), "{doc:?}");
                }
            }
        }
    }

    #[test]
    fn tables_load() {
        warm();
    }

    #[test]
    fn never_panics_on_odd_marks() {
        for doc in [
            "\"",
            "“",
            "”",
            "‘",
            "’",
            "\"\"",
            "“”",
            "a “b",
            "a ”b“ c",
            "«x» said Y",
            "“\n”",
            "’tis ‘",
            "\" said \"",
            "“é,” said É.",
            "x ‘y’’ z",
            "“a” “b” “c",
        ] {
            let _ = quotes(doc);
        }
    }

    /// The eight-byte test flags exactly the bytes that can start a mark:
    /// every byte value at every place, among neighbours of every kind
    /// (no carry from one byte may flag another).
    #[test]
    fn mark_bits_flag_exactly_the_mark_bytes() {
        let is_mark = |b: u8| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2);
        for fill in [0u8, b' ', b'"', 0x7F, 0x80, 0xC2, 0xE2, 0xFF, 0x21, 0x26] {
            for pos in 0..8 {
                for b in 0..=255u8 {
                    let mut w = [fill; 8];
                    w[pos] = b;
                    let want = w.iter().enumerate().fold(0u64, |m, (k, &c)| {
                        m | (u64::from(is_mark(c)) << (8 * k + 7))
                    });
                    assert_eq!(mark_bits(u64::from_le_bytes(w)), want, "{w:?}");
                }
            }
        }
    }

    #[test]
    fn mark_scan_finds_every_mark_byte() {
        // Marks at every offset around the 32-byte blocks, ASCII and not.
        let text = "plain words here, then \"a\" and ‘b’ and «c» and “d” it's \
                    and a longer stretch without any mark at all, then \"e\" \
                    and ‘f’ once more, past two whole blocks ’";
        let b = text.as_bytes();
        let want: Vec<usize> = (0..b.len())
            .filter(|&i| matches!(b[i], b'"' | b'\'' | 0xE2 | 0xC2))
            .collect();
        for from in 0..=b.len() {
            let mut got = Vec::new();
            let mut at = from;
            while let Some(i) = next_mark(b, at) {
                got.push(i);
                at = i + 1;
            }
            let expect: Vec<usize> = want.iter().copied().filter(|&i| i >= from).collect();
            assert_eq!(got, expect, "from {from}");
        }
        assert_eq!(next_mark(b"no marks in this long line at all", 0), None);
        assert_eq!(next_mark(b"x", 5), None);
        // Every length of text (the tails shorter than a block and than
        // eight bytes), from every start, against a plain byte search.
        for n in 0..=b.len() {
            let b = &b[..n];
            for from in 0..=n + 1 {
                let plain = b
                    .iter()
                    .enumerate()
                    .skip(from)
                    .find(|&(_, &c)| matches!(c, b'"' | b'\'' | 0xE2 | 0xC2))
                    .map(|(i, _)| i);
                assert_eq!(next_mark(b, from), plain, "{n} from {from}");
            }
        }
    }

    /// The pre-checks that spare an attribution pass answer "may" whenever
    /// the full test could succeed.
    #[test]
    fn word_pre_checks() {
        let doc = "“Yes.” The GOVERNOR said so, he added — K.";
        let punct = "\" ... , ; 12";
        assert!(!may_hold_word(punct, 0, punct.len()));
        let word = "\" ... , ; 12 a";
        assert!(may_hold_word(word, 0, word.len()));
        // A non-ASCII byte may belong to a letter.
        assert!(may_hold_word("”,", 0, 4));
        assert!(may_hold_word(doc, 0, 12));
        assert!(!may_hold_word(doc, 9, 9));
        assert!(!may_hold_word(doc, 40, 200));
        assert!(may_contain_word(doc, 0, doc.len(), "governor"));
        assert!(may_contain_word(doc, 0, 200, "governor"));
        assert!(!may_contain_word("The mayor said.", 0, 15, "governor"));
        assert!(!may_contain_word("The mayor said.", 20, 40, "mayor"));
        // A non-ASCII char may lower-case to ASCII: the Kelvin sign is "k".
        assert!(may_contain_word("The \u{212A}ing said.", 0, 17, "king"));
        assert!("The \u{212A}ing said.".to_lowercase().contains("king"));
    }
}
