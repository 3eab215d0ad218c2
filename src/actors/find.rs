//! Finding actor mentions in one sentence.
//!
//! The sentence is tokenized once; runs of capitalised words are then
//! classified by their last word (organisation and place heads), the
//! gazetteer, the title in front of them, and the words around them. Side
//! passes over the same tokens find groups ("officials said"), references to
//! the government, and nouns that stand for an organisation or person named
//! before ("the ministry", "the governor").

use crate::Span;
use crate::actors::{ActorKind, ActorMention, Form, Strength};
use crate::segment::SentenceView;
use crate::structure::BlockKind;

use std::cell::Cell;

use once_cell::sync::Lazy;

use super::lexicon;
use super::scan::{self, *};

/// The most tokens one name can span.
const MAX_RUN: usize = 16;

/// The state of one sentence's scan.
struct Cx<'a, 's> {
    view: &'a SentenceView<'s>,
    text: &'s str,
    toks: &'a [Tok],
    /// Index of the first word token.
    first_word: Option<usize>,
    /// The word classes of each token (0 for punctuation), looked up on
    /// first use: [`UNKNOWN`] until then.
    masks: &'a [Cell<u32>],
    /// The word class tables.
    classes: scan::Classes,
    /// The non-ASCII tokens lower-cased ([`Scratch::lowered`]).
    lowered: &'a str,
    /// Where each is in `lowered` ([`Scratch::low_spans`]).
    low_spans: &'a [Option<(usize, usize)>],
    /// The sentence in ASCII lower case (same offsets as `text`).
    lower: &'a str,
    /// `lower` and the padding after it ([`lower_padded_into`]): where
    /// the word classes are looked up.
    padded: &'a [u8],
    /// Whether the sentence is all ASCII.
    all_ascii: bool,
    out: Vec<ActorMention>,
    /// The tokens the groups pass may start at, in order: the words of
    /// [`W_GROUPS`] or [`W_GROUPS_WORD`].
    side_groups: &'a [usize],
    /// The tokens the government pass may start at, in order: the words of
    /// [`W_NATIONAL_BODIES`] or [`W_GOV`], and "bank".
    side_gov: &'a [usize],
    /// The tokens the anaphor pass may start at, in order: the words of
    /// [`W_ANAPHOR`] after the first token.
    side_anaphors: &'a [usize],
    /// The tokens a run of names may start at ([`scan::may_start_run`]),
    /// in order: the run loops visit these only.
    starts: &'a [usize],
}

/// The padding of the lower-case copy of a sentence ([`run`]): one block
/// of the width the lower-casing loop works in.
const BLANKS: &str = "                                ";

/// [`lower_padded_into`] cut to the text: `text.to_ascii_lowercase()`.
#[cfg(test)]
fn lower_into(text: &str, lower: &mut String) {
    lower_padded_into(text, lower);
    lower.truncate(text.len());
}

/// `text` in ASCII lower case, written into `lower` (cleared first), and
/// 32 spaces after it: `text.to_ascii_lowercase()` is `lower[..text.len()]`.
/// Lower-cased in whole blocks of 32 bytes (the spaces pad the last one):
/// the loop the compiler makes does 32 bytes a turn, then ends with a
/// loop over eight-byte words and one over single bytes, whose exits
/// mispredicted on the sentence's length. The padding is kept so that the
/// class lookups can load a whole word's 24 bytes at any token
/// ([`scan::Classes::at`]).
fn lower_padded_into(text: &str, lower: &mut String) {
    lower.clear();
    lower.push_str(text);
    lower.push_str(BLANKS);
    // The end is in the padding or at its start: a char boundary.
    if let Some(whole) = lower.get_mut(..text.len().next_multiple_of(BLANKS.len())) {
        whole.make_ascii_lowercase();
    }
}

/// Finds the actor mentions of one sentence, in text order.
pub(super) fn mentions(view: &SentenceView<'_>) -> Vec<ActorMention> {
    let mut out = Vec::new();
    mentions_into(view, &mut out);
    out
}

/// [`mentions`] appended to `out`: the article's list grows in place, where
/// a list per sentence cost an allocation and a free each.
pub(super) fn mentions_into(view: &SentenceView<'_>, out: &mut Vec<ActorMention>) {
    // An article's list, sized once at its first sentence for the usual
    // density of mentions (one per 64 bytes is above it): grown from
    // nothing, it was reallocated and moved several times per article. A
    // huge text starts from a bounded guess and grows as before.
    if out.capacity() == 0 {
        out.reserve((view.doc.len() / 64).min(4096));
    }
    // Scratch buffers reused across sentences on this thread. A giant
    // sentence (hostile input, text with no stops) grows them to many
    // times its size (the marks take a slot per byte): they are dropped
    // after it rather than held by the thread.
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            run(view, &mut scratch, out);
            if view.span.len() > SCRATCH_MAX_BYTES {
                *scratch = Scratch::default();
            }
        }
        Err(_) => run(view, &mut Scratch::default(), out),
    })
}

/// The longest sentence whose scratch buffers are kept for the next one:
/// news sentences run to a few hundred bytes.
const SCRATCH_MAX_BYTES: usize = 16 << 10;

/// Per-sentence buffers, kept between calls to avoid allocating.
#[derive(Debug, Default)]
struct Scratch {
    toks: Vec<Tok>,
    lower: String,
    masks: Vec<Cell<u32>>,
    /// The words each side pass starts at ([`Cx::side_groups`],
    /// [`Cx::side_gov`], [`Cx::side_anaphors`]).
    side: [scan::Marks; 3],
    /// The non-ASCII words lower-cased, one after the other.
    lowered: String,
    /// Where each non-ASCII word's lower case is in `lowered`; `None`
    /// for the other tokens and the words too long to look up.
    low_spans: Vec<Option<(usize, usize)>>,
    /// The words the side filter let through.
    maybe: scan::Marks,
    /// The words a run of names may start at.
    starts: scan::Marks,
}

/// The word classes the side passes start at.
const SIDE: u32 = W_GROUPS | W_GROUPS_WORD | W_NATIONAL_BODIES | W_GOV | W_ANAPHOR;

/// A word's classes not looked up yet (no word has every class).
const UNKNOWN: u32 = u32::MAX;

/// Lets through every word the side passes may start at (the words of
/// the [`SIDE`] classes, and "bank"), and turns most others away before
/// their classes are looked up.
static SIDE_FILTER: Lazy<WordFilter> = Lazy::new(|| {
    let mut f = WordFilter::default();
    for w in scan::words_in(SIDE) {
        f.insert(w.as_bytes());
    }
    f.insert(b"bank");
    f
});

/// Lets through every particle of a name ([`W_PARTICLES`]) and turns
/// most other words away before their classes are looked up.
static PARTICLE_FILTER: Lazy<WordFilter> = Lazy::new(|| {
    let mut f = WordFilter::default();
    for w in scan::words_in(W_PARTICLES) {
        f.insert(w.as_bytes());
    }
    f
});

/// Forces the lazily built tables.
pub(super) fn warm() {
    Lazy::force(&SIDE_FILTER);
    Lazy::force(&PARTICLE_FILTER);
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Appends the mentions of the sentence of `view` to `dest`, in text order
/// (the mentions already there are left as they are).
fn run(view: &SentenceView<'_>, scratch: &mut Scratch, dest: &mut Vec<ActorMention>) {
    let text = view.text();
    let Scratch {
        toks,
        lower,
        masks,
        side,
        lowered,
        low_spans,
        maybe,
        starts,
    } = scratch;
    // The side passes start at words in their lists, which the filter
    // lets through (with a few others) while tokenizing.
    let all_ascii = scan::tokenize_marking(text, toks, &SIDE_FILTER, maybe, starts);
    // One copy lower-cased in bulk: the ASCII tokens read their key from
    // it, only the others are lower-cased one by one.
    lower_padded_into(text, lower);
    // The padded copy for the class lookups, the text's for the rest.
    let padded = lower.as_bytes();
    let lower = lower.get(..text.len()).unwrap_or_default();
    // Classes are looked up when first asked for: most lower-case words
    // are never asked about, except by the side passes, which a filter
    // answers for most words first.
    // Filled to a whole number of 32 cells: the fill loop the compiler
    // makes then ends without its tail loop, whose exit mispredicted on
    // the sentence's length. The cells past the tokens are never asked
    // for (a token index is below `toks.len()`; asked, they answer as
    // before: `look_up` finds no token and gives 0).
    masks.clear();
    masks.resize(toks.len().next_multiple_of(32), Cell::new(UNKNOWN));
    let low_bytes = padded;
    let classes = scan::Classes::get();
    // The non-ASCII tokens lower-cased once: keys and classes read them
    // many times. Every non-ASCII word is among the words the tokenizer
    // marked (`maybe`, in token order): visiting those only skips most
    // tokens, where the test of every token mispredicted on the text.
    lowered.clear();
    low_spans.clear();
    if !all_ascii {
        low_spans.resize(toks.len(), None);
    }
    // Token `i`'s lower case, kept in `lowered` with its place in
    // `low_spans`; `None` for punctuation and a word too long to look up.
    let mut lower_non_ascii = |i: usize, t: &Tok| -> (u32, bool) {
        let at = lowered.len();
        let fits = t.is_word()
            && text
                .get(t.s..t.e)
                .is_some_and(|w| scan::lower_push(w, lowered));
        let w = if fits { lowered.get(at..) } else { None };
        if w.is_some() {
            if let Some(slot) = low_spans.get_mut(i) {
                *slot = Some((at, lowered.len()));
            }
        }
        (w.map_or(0, scan::classes_lower), w == Some("bank"))
    };
    // Each side pass's words are listed apart, without a branch per word
    // (each list takes the index when the word is of its classes): the
    // three passes went through one list of them all, and the test of
    // each pass on each word mispredicted on the text.
    let [groups, gov, anaphors] = side;
    let mut groups_fill = groups.start(maybe.len());
    let mut gov_fill = gov.start(maybe.len());
    let mut anaphors_fill = anaphors.start(maybe.len());
    if view.block_kind != BlockKind::Headline {
        // The marked words' classes, and the non-ASCII ones lower-cased
        // on the way (one pass over the marks, where a pass of its own
        // for the lower case tested each word's ASCII-ness once more).
        for &i in maybe.iter() {
            let Some(t) = toks.get(i) else { continue };
            let (m, bank) = if all_ascii | t.ascii {
                let w = low_bytes.get(t.s..t.e).unwrap_or_default();
                (classes.at(low_bytes, t.s, t.e), w == b"bank")
            } else {
                lower_non_ascii(i, t)
            };
            if let Some(c) = masks.get(i) {
                c.set(m);
            }
            groups_fill.put(i, m & (W_GROUPS | W_GROUPS_WORD) != 0);
            gov_fill.put(i, (m & (W_NATIONAL_BODIES | W_GOV) != 0) | bank);
            anaphors_fill.put(i, (m & W_ANAPHOR != 0) & (i >= 1));
        }
    } else if !all_ascii {
        // A headline's words are only lower-cased here: its classes are
        // looked up on first use.
        for &i in maybe.iter() {
            let Some(t) = toks.get(i) else { continue };
            if !t.ascii {
                lower_non_ascii(i, t);
            }
        }
    }
    let (gn, vn, an) = (groups_fill.len(), gov_fill.len(), anaphors_fill.len());
    groups.done(gn);
    gov.done(vn);
    anaphors.done(an);
    let base = dest.len();
    let mut cx = Cx {
        view,
        text,
        toks,
        first_word: toks.iter().position(Tok::is_word),
        masks,
        classes,
        lower,
        padded,
        all_ascii,
        // The mentions are pushed after those already in `dest`; the
        // indexes `push` returns are indexes into the whole list.
        out: std::mem::take(dest),
        side_groups: groups,
        side_gov: gov,
        side_anaphors: anaphors,
        lowered,
        low_spans,
        starts,
    };
    if view.block_kind == BlockKind::Headline {
        cx.headline();
    } else {
        cx.body();
        cx.groups();
        cx.government();
        cx.anaphors();
    }
    let mut out = cx.out;
    sort_and_dedup_from(&mut out, base);
    *dest = out;
}

/// Sorts the mentions of `out` from `base` on by span and drops each that
/// repeats the span and form of the one kept before it (what
/// `sort_by_key` and `dedup_by` do to a list of its own), leaving those
/// before `base` as they are.
fn sort_and_dedup_from(out: &mut Vec<ActorMention>, base: usize) {
    // No mention or one (most sentences): nothing to sort or drop, and
    // the sort's setup and the loop's turns are spared.
    if out.len() < base + 2 {
        return;
    }
    if let Some(mine) = out.get_mut(base..) {
        mine.sort_by_key(|m| (m.span.start, m.span.end));
    }
    let mut kept = base;
    for r in base..out.len() {
        let repeat = kept > base
            && out
                .get(kept - 1)
                .zip(out.get(r))
                .is_some_and(|(a, b)| a.span == b.span && a.form == b.form);
        if !repeat {
            // Most mentions are kept where they are: a swap of a mention
            // with itself still moved it through a temporary.
            if kept != r {
                out.swap(kept, r);
            }
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// The longest key [`Cx::with_key`] builds; no name it is looked up in is
/// longer.
const KEY_MAX: usize = 128;

/// Up to eight bytes of `w` lower-cased (ASCII) and packed into a
/// little-endian word, zero padded: what [`scan::load_padded`] of the
/// lower-case copy gives for the same word, masked to its length.
#[inline(always)]
fn pack_lower8(w: &[u8]) -> u64 {
    let mut k = 0u64;
    for (i, &b) in w.iter().take(8).enumerate() {
        k |= u64::from(b.to_ascii_lowercase()) << (8 * i);
    }
    k
}

impl<'a, 's> Cx<'a, 's> {
    /// The word text of token `i` (possessive left out).
    fn w(&self, i: usize) -> &'s str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.s..t.e))
            .unwrap_or("")
    }

    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    /// The word classes of token `i`, looked up on first use.
    #[inline(always)]
    fn mask(&self, i: usize) -> u32 {
        let Some(c) = self.masks.get(i) else {
            return 0;
        };
        let m = c.get();
        if m != UNKNOWN {
            return m;
        }
        self.look_up(c, i)
    }

    /// [`Cx::mask`] of a token not looked up yet: looks it up and keeps
    /// the answer in `c`.
    #[cold]
    #[inline(never)]
    fn look_up(&self, c: &Cell<u32>, i: usize) -> u32 {
        let m = match self.toks.get(i) {
            Some(t) if t.is_word() => {
                if self.all_ascii | t.ascii {
                    self.classes.at(self.padded, t.s, t.e)
                } else {
                    self.low(i).map_or(0, scan::classes_lower)
                }
            }
            _ => 0,
        };
        c.set(m);
        m
    }

    /// Token `i` lower-cased (’ as '): a slice of `lower` (the sentence in
    /// ASCII lower case) for an ASCII token, else of `lowered` for a word;
    /// `None` when it does not fit (no listed word or name is that long)
    /// and for non-ASCII punctuation.
    #[inline]
    fn low(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        // An ASCII slice starts and ends on char boundaries.
        // `|`: both are plain bools, one test where `||` made two jumps.
        if self.all_ascii | t.ascii {
            self.lower.get(t.s..t.e)
        } else {
            self.low_spans
                .get(i)
                .copied()
                .flatten()
                .and_then(|(s, e)| self.lowered.get(s..e))
        }
    }

    /// Whether token `i` is a word of one of the `class`es (case-insensitive).
    #[inline(always)]
    fn is(&self, i: usize, class: u32) -> bool {
        self.mask(i) & class != 0
    }

    /// Whether token `i` is the word `word` (ASCII case-insensitive).
    ///
    /// Compares lengths before touching the text: most calls ask about a
    /// word of another length.
    ///
    /// A word of one to eight bytes (every literal asked about but a few)
    /// is compared as an integer with the token's bytes in the sentence's
    /// lower-case copy, and the three tests are combined without a branch
    /// each: the length test mispredicted on the text. A lower-cased token
    /// equals the lower-cased word exactly when the two are equal ignoring
    /// ASCII case. The word is a literal at nearly every call, so that its
    /// packing folds into a constant once this is inlined.
    #[inline(always)]
    fn eq(&self, i: usize, word: &str) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let w = word.as_bytes();
        let n = w.len();
        if (1..=8).contains(&n) {
            let mask = u64::MAX >> (64 - 8 * n as u32);
            let got = scan::load_padded(self.lower.as_bytes(), t.s) & mask;
            return t.is_word() & (t.e.wrapping_sub(t.s) == n) & (got == pack_lower8(w));
        }
        self.eq_plain(i, word)
    }

    /// [`Cx::eq`] the plain way: for words not known in advance (the
    /// packing would not fold) and the long ones.
    #[inline]
    fn eq_plain(&self, i: usize, word: &str) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.is_word()
            && t.e.wrapping_sub(t.s) == word.len()
            && self
                .text
                .as_bytes()
                .get(t.s..t.e)
                .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// Whether token `i` is a particle of a name ("de", "van"):
    /// `is(i, W_PARTICLES)`, with most ASCII words (the word after nearly
    /// every run of names: "said", "and") turned away by
    /// [`PARTICLE_FILTER`] before their classes are looked up.
    fn particle(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        // The filter folds ASCII case as the classes do; a non-ASCII
        // word is asked the slow way.
        if t.ascii && !PARTICLE_FILTER.may(self.text.as_bytes().get(t.s..t.e).unwrap_or_default()) {
            return false;
        }
        self.is(i, W_PARTICLES)
    }

    /// Whether token `i` is a lower-case word.
    fn lower_word(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.is_word() & (t.flags & CAP == 0))
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.tok(i).and_then(|t| t.punct)
    }

    /// A capitalised word that can be part of a name.
    fn name_like(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        // A capitalised word with no digit and no lower-case part after a
        // hyphen; a lone capital letter ("I", "C$") is not a name, an
        // initial ("J.") is. The tests are and-ed into one branch: each
        // of its own mispredicted on the text.
        let shape =
            t.is_word() & (t.flags & (CAP | DIGIT | HYPHLOW) == CAP) & (t.e.wrapping_sub(t.s) != 1);
        shape && !self.is(i, W_NOT_NAMES)
    }

    /// Whether token `i` opens the sentence or a clause that starts with a
    /// capital for reasons other than being a name.
    fn initial(&self, i: usize) -> bool {
        if self.first_word == Some(i) {
            return true;
        }
        if i == 0 {
            return true;
        }
        match self.punct(i - 1) {
            Some('“' | '‘' | ':' | '—' | '–' | '(' | '[') => true,
            Some('-') => self.toks.get(i - 1).is_some_and(|t| {
                t.s > 0
                    && self.text.as_bytes().get(t.s - 1) == Some(&b' ')
                    && self.text.as_bytes().get(t.s + 1) == Some(&b' ')
            }),
            // A closing quote after a full stop ends a sentence the
            // segmenter may have kept whole.
            Some('”' | '’' | '"' | '\'')
                if i >= 2 && matches!(self.punct(i - 2), Some('.' | '!' | '?')) =>
            {
                true
            }
            Some('"' | '\'') => self.toks.get(i - 1).is_some_and(|t| {
                t.s == 0
                    || self.text[..t.s]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_whitespace)
            }),
            _ => false,
        }
    }

    fn span(&self, a: usize, b_incl: usize) -> Span {
        let s = self.toks.get(a).map_or(0, |t| t.s);
        let e = self.toks.get(b_incl).map_or(s, |t| t.e.max(s));
        self.view.to_doc(Span::new(s, e))
    }

    fn push(&mut self, span: Span, kind: ActorKind, form: Form, strength: Strength) -> usize {
        self.out.push(ActorMention {
            span,
            sentence: self.view.index,
            kind,
            title: None,
            form,
            strength,
            key: None,
            defines: None,
        });
        self.out.len() - 1
    }

    /// Tokens `a..b` lower-cased (’ as ') and joined by single spaces,
    /// handed to `f`; `None` when longer than [`KEY_MAX`] bytes.
    ///
    /// Built on demand: only the runs that are looked up need it.
    fn with_key<R>(&self, a: usize, b: usize, f: impl FnOnce(&str) -> R) -> Option<R> {
        if b <= a {
            return None;
        }
        // The usual run, ASCII words one space apart, is a slice of
        // `lower` as it stands. (It may be longer than `KEY_MAX`: no name
        // looked up is, so the answer is the same.)
        let (first, last) = (self.toks.get(a)?, self.toks.get(b - 1)?);
        let bytes = self.text.as_bytes();
        let spaced = self
            .toks
            .get(a..b)?
            .windows(2)
            .all(|p| p[1].s == p[0].e + 1 && bytes.get(p[0].e) == Some(&b' '));
        if spaced && (self.all_ascii || bytes.get(first.s..last.e).is_some_and(<[u8]>::is_ascii)) {
            return self.lower.get(first.s..last.e).map(f);
        }
        let mut key = [0u8; KEY_MAX];
        let mut n = 0;
        for i in a..b {
            if i > a {
                *key.get_mut(n)? = b' ';
                n += 1;
            }
            let t = self.toks.get(i)?;
            let mut buf = [0u8; 64];
            let w = if t.ascii || t.is_word() {
                self.low(i)?
            } else {
                // Non-ASCII punctuation, lower-cased where it is asked for.
                scan::lower(self.text.get(t.s..t.e)?, &mut buf)?
            };
            key.get_mut(n..n + w.len())?.copy_from_slice(w.as_bytes());
            n += w.len();
        }
        // Whole lower-cased tokens and spaces: the check cannot fail.
        std::str::from_utf8(key.get(..n)?).ok().map(f)
    }

    /// The gazetteer entry named by tokens `a..b`, if any.
    fn geo(&self, a: usize, b: usize) -> Option<scan::Geo> {
        if b <= a || b - a > 5 {
            return None;
        }
        // One word: its key is `low(a)`, which its classes were looked up
        // by, and every one-word name of the gazetteer has [`W_GEO`] (the
        // class table holds the words of 2 to [`scan::PACKED`] bytes), so
        // a clear bit answers without the key or the hash.
        // Several words: the key starts with `low(a)` and a space, and the
        // first word of every such name has [`W_GEO_FIRST`].
        if self.tok(a).is_some_and(Tok::is_word)
            && self
                .low(a)
                .is_some_and(|k| (2..=scan::PACKED).contains(&k.len()))
            && !self.is(a, if b == a + 1 { W_GEO } else { W_GEO_FIRST })
        {
            return None;
        }
        self.with_key(a, b, scan::geo).flatten()
    }

    fn known_org(&self, a: usize, b: usize) -> bool {
        // One word of two bytes or more: its classes say it (every such
        // listed name is in the class table), without building the key.
        if b == a + 1 && self.tok(a).is_some_and(|t| t.is_word() && t.e >= t.s + 2) {
            return self.is(a, W_KNOWN_ORGS);
        }
        if b <= a || b - a > 4 {
            return false;
        }
        // Several words: the key starts with `low(a)` and a space, and the
        // first word of every such listed name has [`W_KNOWN_FIRST`] (the
        // class table holds the words of 2 to [`scan::PACKED`] bytes), so
        // a clear bit answers without the key or the search.
        if b > a + 1
            && self.tok(a).is_some_and(Tok::is_word)
            && self
                .low(a)
                .is_some_and(|k| (2..=scan::PACKED).contains(&k.len()))
            && !self.is(a, W_KNOWN_FIRST)
        {
            return false;
        }
        self.with_key(a, b, |k| LEX.known_orgs.has(k)) == Some(true)
    }

    // ----- headlines -------------------------------------------------------

    /// Headlines are Title Case: every run of capitalised words is handed to
    /// `merge`, which keeps only the parts the gazetteer or the body confirms.
    fn headline(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let named = self.name_like(i)
                || self
                    .tok(i)
                    .is_some_and(|t| t.is_word() && t.flags & ALLCAPS != 0 && t.flags & DIGIT == 0);
            if !named {
                i += 1;
                continue;
            }
            let a = i;
            while i < n
                && (self.name_like(i)
                    || self.tok(i).is_some_and(|t| {
                        t.flags & ALLCAPS != 0 && t.flags & DIGIT == 0 && t.is_word()
                    }))
            {
                let stop = self
                    .tok(i)
                    .is_some_and(|t| t.flags & (POSS | MODIFIER) != 0);
                i += 1;
                if stop {
                    break;
                }
            }
            let span = self.span(a, i - 1);
            self.push(span, ActorKind::Place, Form::Headline, Strength::Weak);
        }
    }

    // ----- capitalised runs -------------------------------------------------

    fn body(&mut self) {
        self.body_at(self.starts);
    }

    /// Finds the runs of names starting at the tokens `candidates` (in
    /// order). Only the tokens in `starts` can pass the first test below
    /// (a name needs a capital, "No." is three bytes ending in a stop), so
    /// [`Cx::body`] jumps from one of them to the next instead of visiting
    /// every token (the tests hand it every token to compare); `i` still
    /// moves past each run as before.
    fn body_at(&mut self, candidates: &[usize]) {
        let mut i = 0;
        for &c in candidates {
            if c < i {
                continue;
            }
            i = c;
            if !self.name_like(i) && !self.eq(i, "No.") {
                continue;
            }
            // An acronym defined in brackets is emitted with its expansion.
            let defined = self.punct(i.wrapping_sub(1)) == Some('(')
                && self.punct(i + 1) == Some(')')
                && self.tok(i).is_some_and(|t| t.flags & ALLCAPS != 0)
                && i >= 2
                && (self.lower_word(i - 2) || self.name_like(i - 2));
            if defined {
                if !self.name_like(i - 2) && self.lower_word(i - 2) {
                    let span = self.span(i, i);
                    self.push(
                        span,
                        ActorKind::Organization,
                        Form::NotActor,
                        Strength::Weak,
                    );
                }
                i += 1;
                continue;
            }
            // "a spokesperson for No. 10"
            if self.eq(i, "No.") {
                if self.tok(i + 1).is_some_and(|t| t.flags & DIGIT != 0)
                    && self.eq(i.wrapping_sub(1), "for")
                    && self.is(i.wrapping_sub(2), W_ROLES)
                {
                    let span = self.span(i, i + 1);
                    self.push(span, ActorKind::Organization, Form::Name, Strength::Strong);
                }
                i += 1;
                continue;
            }
            let b = self.extend_run(i);
            self.classify(i, b);
            i = b.max(i + 1);
        }
    }

    /// The end (exclusive) of the run of name tokens starting at `a`.
    fn extend_run(&self, a: usize) -> usize {
        let n = self.toks.len();
        let mut j = a + 1;
        let chain_head = |k: usize| {
            self.is(k, W_ORG_HEADS)
                || self.is(k, W_PLACE_HEADS)
                || [
                    "City", "Republic", "Kingdom", "House", "State", "States", "Isle",
                ]
                .iter()
                .any(|h| self.eq_plain(k, h))
        };
        let mut has_head = chain_head(a);
        let mut in_chain = false;
        // No name is longer than this; the cap keeps per-run work constant.
        while j < n && j - a < MAX_RUN {
            let last = &self.toks[j - 1];
            if last.flags & (POSS | MODIFIER) != 0 {
                // "McDonald's Corp": a possessive inside a company name.
                if last.flags & POSS != 0 && self.name_like(j) && self.is(j, W_COMPANY_SUFFIXES) {
                    j += 1;
                }
                break;
            }
            if self.name_like(j) {
                // An acronym in brackets is not part of the run.
                has_head |= chain_head(j);
                j += 1;
                continue;
            }
            if last.flags & POSS_PL != 0 {
                break;
            }
            if self.lower_word(j) {
                if self.particle(j) {
                    // "de la Cruz", "van der Berg"
                    let mut k = j;
                    while k < j + 3 && self.lower_word(k) && self.particle(k) {
                        k += 1;
                    }
                    if self.name_like(k) {
                        j = k + 1;
                        continue;
                    }
                }
                let of = self.eq(j, "of");
                if of || self.eq(j, "for") || self.eq(j, "on") {
                    let k = if self.eq(j + 1, "the") { j + 2 } else { j + 1 };
                    if !self.name_like(k) {
                        break;
                    }
                    // "Bank of Kenya", "Secretary of State": only after a head
                    // word; "Laura Brennan-Keys of Massachusetts" stays apart.
                    let title_left = of && self.is(j - 1, W_TITLE_HEADS);
                    if !has_head && !title_left {
                        break;
                    }
                    if !has_head && (self.geo(k, k + 1).is_some() || self.geo(k, k + 2).is_some()) {
                        break;
                    }
                    in_chain = true;
                    j = k + 1;
                    continue;
                }
                if self.eq(j, "and") && self.name_like(j + 1) {
                    if in_chain {
                        j += 2;
                        continue;
                    }
                    // "Unity and Tradition party", "Disaster Risk Reduction and
                    // Management Council"
                    let mut k = j + 1;
                    while self.name_like(k) && k - j < 4 {
                        k += 1;
                    }
                    if !has_head && self.is(k - 1, W_ORG_HEADS) {
                        j = k;
                        continue;
                    }
                    if self.tok(k - 1).is_some_and(|t| t.flags & POSS == 0)
                        && (self.eq(k, "party")
                            || self.eq(k, "alliance")
                            || self.eq(k, "coalition")
                            || self.eq(k, "movement"))
                    {
                        j = k;
                        continue;
                    }
                    // "Trinidad and Tobago"
                    if self.geo(a, j + 2).is_some() {
                        j += 2;
                        continue;
                    }
                }
                break;
            }
            match self.punct(j) {
                Some(',') if in_chain => {
                    // "Ministry of Housing, Construction and Sanitation"
                    // Bounded look-ahead keeps the scan linear.
                    let mut k = j + 1;
                    let mut ok = false;
                    let limit = j + 16;
                    loop {
                        if !self.name_like(k) || k > limit {
                            break;
                        }
                        while self.name_like(k) && k <= limit {
                            k += 1;
                        }
                        if self.punct(k) == Some(',') {
                            k += 1;
                            continue;
                        }
                        ok = self.eq(k, "and") && self.name_like(k + 1);
                        break;
                    }
                    if ok {
                        j += 1;
                        continue;
                    }
                    break;
                }
                Some('&') if self.name_like(j + 1) => {
                    j += 2;
                    continue;
                }
                _ => break,
            }
        }
        j
    }

    /// Classifies the run `a..b` and pushes what it names.
    fn classify(&mut self, a: usize, b: usize) {
        let mut a = a;
        // The tests of a rule are and-ed without a branch each where they
        // are cheap and have no effect (each of its own mispredicted on the
        // text); a token index before the first wraps and finds no token.
        let mut after_the = (a > 0) & self.eq(a.wrapping_sub(1), "the");
        if self.initial(a) {
            while a < b
                && self.is(a, W_INITIAL_STOP | W_GROUPS)
                    & self.tok(a).is_none_or(|t| t.flags & ALLCAPS == 0)
            {
                after_the |= self.eq(a, "the");
                a += 1;
            }
            while a < b && !self.name_like(a) {
                a += 1;
            }
            if a >= b {
                return;
            }
        }
        let initial = self.initial(a);
        // "Section 4", "Article 5": a numbered part, not a name.
        if (b == a + 1)
            & self
                .tok(b)
                .is_some_and(|t| t.is_word() & (t.flags & DIGIT != 0))
            && !self.w(b).contains('-')
        {
            return;
        }
        // "Black Friday", "Super Tuesday": part of a calendar name.
        if self
            .tok(b)
            .is_some_and(|t| t.is_word() & (t.flags & CAP != 0))
            && self.is(b, W_NOT_NAMES)
        {
            return;
        }
        // Honours after the name.
        let mut nb = b;
        while nb > a + 1 && self.is(nb - 1, W_POSTNOMINALS) {
            nb -= 1;
        }
        if self.is(nb - 1, W_NON_ACTOR_HEADS)
            || (nb - a >= 2 && (self.eq(nb - 1, "year") || self.is(a, W_NON_ACTOR_PREFIXES)))
        {
            return;
        }
        // A lone "Corp", "Inc.", "St." or "Square" is what is left of a cut
        // name.
        if nb == a + 1 && self.is(a, W_COMPANY_SUFFIXES | W_PLACE_HEADS | W_PLACE_PREFIXES) {
            return;
        }
        let span = self.span(a, nb - 1);
        let defines = self.punct(b) == Some('(')
            && self.punct(b + 2) == Some(')')
            && self
                .tok(b + 1)
                .is_some_and(|t| t.is_word() && t.flags & ALLCAPS != 0);
        let emit_acronym = |cx: &mut Self| {
            if defines {
                let acr = cx.span(b + 1, b + 1);
                let i = cx.push(acr, ActorKind::Organization, Form::Name, Strength::Strong);
                cx.out[i].defines = Some(span);
            }
        };

        // Datelines: "NAIROBI, Feb. 11 (...) -", "GENEVA —".
        let all_caps = (a..nb).all(|i| self.tok(i).is_some_and(|t| t.flags & ALLCAPS != 0));
        if all_caps
            && self.first_word == Some(a)
            && matches!(self.punct(b), Some(',' | '—' | '–' | '-'))
        {
            let geo = self.geo(a, nb);
            let i = self.push(span, ActorKind::Place, Form::Name, Strength::Strong);
            if let Some(g) = geo {
                if g.class != GeoClass::Capital {
                    self.out[i].key = Some(g.canon);
                }
            }
            return;
        }

        // Whole-run gazetteer names.
        if let Some(g) = self.geo(a, nb) {
            match g.class {
                GeoClass::Demonym => {}
                GeoClass::DemonymPlural => {
                    if self.acting(nb) || initial {
                        self.push(span, ActorKind::Group, Form::Group, Strength::Default);
                    }
                }
                // "As Washington increases pressure", "Beijing's response":
                // a capital acting stands for its country.
                GeoClass::Capital
                    if !self.locative(a)
                        && !self.after_preposition(a)
                        && (self.tok(nb - 1).is_some_and(|t| t.flags & POSS != 0)
                            || (self.lower_word(b)
                                && !self.is(b, W_LOCATIVE | W_PARTICLES)
                                && ![
                                    "and", "or", "of", "to", "for", "with", "from", "on", "at",
                                    "by",
                                ]
                                .iter()
                                .any(|w| self.eq_plain(b, w)))) =>
                {
                    let i = self.push(span, ActorKind::Place, Form::Name, Strength::Strong);
                    self.out[i].key = Some(g.canon);
                }
                GeoClass::Capital => {
                    self.push(span, ActorKind::Place, Form::Name, Strength::Strong);
                }
                // "Honduras's Caribbean coast", "the Pacific islands": a
                // region naming a stretch of land or sea, not an actor.
                _ if self.lower_word(b)
                    && [
                        "coast",
                        "coastline",
                        "coasts",
                        "islands",
                        "seaboard",
                        "shore",
                        "shores",
                        "waters",
                    ]
                    .iter()
                    .any(|w| self.eq_plain(b, w)) => {}
                _ => {
                    let i = self.push(span, ActorKind::Place, Form::Name, Strength::Strong);
                    self.out[i].key = Some(g.canon);
                }
            }
            return;
        }

        // Organisations.
        let last_low = |cx: &Self, class: u32| cx.is(nb - 1, class);
        let len = nb - a;
        // Whether the whole run is a well-known organisation: asked once
        // for the test below and the strength after it (a pure lookup).
        let known = self.known_org(a, nb);
        let org = last_low(self, W_ORG_HEADS | W_COMPANY_SUFFIXES)
            || known
            || (a + 2..nb).any(|k| self.known_org(a, k))
            || (len >= 2
                && self.eq(nb - 1, "City")
                && self.geo(a, nb).is_none()
                && !self.locative(a)
                && !self.after_preposition(a))
            || (len >= 2 && self.is(a, W_ORG_PREFIXES))
            || (self.eq(b, "party") && self.lower_word(b))
            || (len == 2
                && self
                    .geo(nb - 1, nb)
                    .is_some_and(|g| g.class == GeoClass::Country)
                && self.geo(a, a + 1).is_none()
                && !self.is(a, W_COMPASS)
                && !matches!(
                    self.w(a),
                    "New"
                        | "Greater"
                        | "North"
                        | "South"
                        | "East"
                        | "West"
                        | "Northern"
                        | "Southern"
                        | "Eastern"
                        | "Western"
                        | "Central"
                        | "Upper"
                        | "Lower"
                ))
            || self.has_org_chain(a, nb)
            || (a + 1..nb).any(|k| self.punct(k) == Some('&'));
        if org {
            let strength = if len == 1 && !known {
                Strength::Default
            } else {
                Strength::Strong
            };
            // A head word alone ("United", "Ministry") only stands for an
            // organisation the article names in full.
            let form = if len == 1 && !known && !defines {
                Form::Confirm
            } else {
                Form::Name
            };
            self.push(span, ActorKind::Organization, form, strength);
            emit_acronym(self);
            return;
        }

        // A place name opening the run ("Peru Earthquake" never reaches
        // here in the body; "Venezuela Frees" does only in headlines).
        if len >= 2 {
            if let Some((k, g)) = self.place_before_title(a, nb) {
                let ps = self.span(a, k - 1);
                let i = self.push(ps, ActorKind::Place, Form::Name, Strength::Strong);
                self.out[i].key = Some(g.canon);
                self.classify(k, b);
                return;
            }
        }

        // Places by their last or first word.
        if last_low(self, W_PLACE_HEADS)
            || (len >= 2 && self.is(a, W_PLACE_PREFIXES))
            || (len >= 3 && self.is(a, W_PLACE_HEADS) && self.eq(a + 1, "of"))
        {
            self.push(span, ActorKind::Place, Form::Name, Strength::Strong);
            return;
        }

        // People with a title in front: "Health Minister Dr. Rosa Quispe-Huamán".
        let mut t_end = None;
        for k in a..nb.min(a + 5) {
            if k + 1 >= nb {
                break;
            }
            if !self.name_like(k) {
                break;
            }
            if self.is(k, W_TITLE_HEADS) {
                t_end = Some(k);
            }
        }
        if len >= 5 && self.is(a, W_TITLE_HEADS) && self.lower_word(a + 1) {
            // "Secretary of State Marco Rubio": the name is the last two words.
            if self.name_like(nb - 2) && self.name_like(nb - 1) && !self.lower_word(nb - 3) {
                let ns = self.span(nb - 2, nb - 1);
                let i = self.push(ns, ActorKind::Person, Form::Name, Strength::Strong);
                self.out[i].title = Some(self.span(a, nb - 3));
                return;
            }
        }
        if let Some(k) = t_end {
            if !(k + 1..nb).any(|j| !self.is(j, W_TITLE_HEADS)) {
                return;
            }
            if self.name_like(k + 1) {
                let ns = self.span(k + 1, nb - 1);
                let i = self.push(ns, ActorKind::Person, Form::Name, Strength::Strong);
                self.out[i].title = Some(self.span(a, k));
                // "WHO Director-General Tedros": the organisation in the title.
                if k > a
                    && (self.known_org(a, a + 1)
                        || self.tok(a).is_some_and(|t| t.flags & ALLCAPS != 0))
                    && self.geo(a, a + 1).is_none()
                {
                    let os = self.span(a, a);
                    self.push(os, ActorKind::Organization, Form::Name, Strength::Default);
                }
                return;
            }
        }
        // "Health Minister Dr." with the name cut off: a title, not a name.
        if self.is(nb - 1, W_TITLE_HEADS)
            && (self.w(nb - 1).ends_with('.')
                || self.is(nb - 1, W_ROLES)
                || (a..nb).all(|k| self.is(k, W_TITLE_HEADS)))
        {
            return;
        }

        if after_the && !defines && !self.spokes_for(a) {
            return;
        }

        // A lower-case role in front: "former senator Andrés Felipe Ocampo".
        if (a > 0) & self.is(a.wrapping_sub(1), W_ROLES) & self.lower_word(a.wrapping_sub(1)) {
            let mut t = a - 1;
            while t > 0 && self.lower_word(t - 1) && self.is(t - 1, W_ROLE_MODIFIERS) {
                t -= 1;
            }
            if !(t > 0 && self.eq(t - 1, "the")) {
                let i = self.push(span, ActorKind::Person, Form::Name, Strength::Strong);
                self.out[i].title = Some(self.span(t, a - 1));
                return;
            }
        }
        // "Ashworth-Reid's lawyer, Oliver Chen KC": a role before a comma.
        if len >= 2
            && a >= 2
            && self.punct(a - 1) == Some(',')
            && self.lower_word(a - 2)
            && self.is(a - 2, W_ROLES)
        {
            let mut t = a - 2;
            while t > 0 && self.lower_word(t - 1) && self.is(t - 1, W_ROLES | W_ROLE_MODIFIERS) {
                t -= 1;
            }
            let i = self.push(span, ActorKind::Person, Form::Name, Strength::Strong);
            self.out[i].title = Some(self.span(t, a - 2));
            return;
        }

        // "Ring of Fire": the tail of a name not recognised as a whole.
        if len == 1 && !defines && a >= 2 && self.eq(a - 1, "of") && self.name_like(a - 2) {
            return;
        }
        // Places by context: "the town of Yungay", "in Roswell", "central Andes".
        if a >= 2 && self.eq(a - 1, "of") && self.is(a - 2, W_PLACE_OF) && self.lower_word(a - 2) {
            self.push(span, ActorKind::Place, Form::Name, Strength::Default);
            return;
        }
        if a > 0 && self.is(a - 1, W_COMPASS) && self.lower_word(a - 1) {
            let ps = self.span(a - 1, nb - 1);
            self.push(ps, ActorKind::Place, Form::Name, Strength::Default);
            return;
        }
        if self.tok(nb - 1).is_some_and(|t| t.flags & MODIFIER != 0) {
            self.push(span, ActorKind::Place, Form::Name, Strength::Weak);
            return;
        }
        if self.locative(a) && !initial {
            // "shares in Petrobras", "a stake in Northsea": a company.
            let finance = a >= 2
                && self.eq(a - 1, "in")
                && ["shares", "stake", "stakes", "investment", "investments"]
                    .iter()
                    .any(|w| self.eq_plain(a - 2, w));
            let kind = if finance {
                ActorKind::Organization
            } else {
                ActorKind::Place
            };
            self.push(span, kind, Form::Name, Strength::Weak);
            return;
        }
        if self.is(b, W_PLACE_HEADS) && self.lower_word(b) {
            // "Áncash region"
            self.push(span, ActorKind::Place, Form::Name, Strength::Default);
            return;
        }

        // "Western allies": a capitalised adjective, not a name.
        if len == 1 && self.is(a, W_ADJECTIVES) {
            return;
        }
        if len == 1 {
            let acronym = self.tok(a).is_some_and(|t| t.flags & ALLCAPS != 0);
            let strength = if defines {
                Strength::Strong
            } else {
                Strength::Weak
            };
            let form = if initial && !defines {
                Form::Confirm
            } else {
                Form::Name
            };
            // "Ocampo, 61, conceded": an age makes a person; so does the
            // wire-style inversion "..., said Smith."
            let age = self.punct(b) == Some(',')
                && self
                    .tok(b + 1)
                    .is_some_and(|t| t.flags & DIGIT != 0 && self.w(b + 1).len() <= 3)
                && self.punct(b + 2) == Some(',');
            let said = a > 0
                && self.lower_word(a - 1)
                && (self.eq(a - 1, "said") || self.eq(a - 1, "says"))
                && (b >= self.toks.len() || matches!(self.punct(b), Some(',' | '.' | ';')));
            if !acronym && !defines && (age || said) {
                // An age confirms a sentence-initial name on its own.
                let form = if age { Form::Name } else { form };
                self.push(span, ActorKind::Person, form, Strength::Default);
                return;
            }
            self.push(span, ActorKind::Organization, form, strength);
            emit_acronym(self);
            return;
        }
        if defines {
            self.push(span, ActorKind::Organization, Form::Name, Strength::Strong);
            emit_acronym(self);
            return;
        }
        // "analysts at Morgan Stanley", "at Old Trafford": not a person.
        if a > 0 && self.eq(a - 1, "at") && self.lower_word(a - 1) {
            self.push(span, ActorKind::Organization, Form::Name, Strength::Weak);
            emit_acronym(self);
            return;
        }
        // Two or more capitalised words with nothing else to go on: a person.
        let i = self.push(span, ActorKind::Person, Form::Name, Strength::Default);
        self.out[i].title = self.appositive_title(b);
    }

    /// The longest country, region or city opening the run `a..nb` (of
    /// at most five tokens, leaving one) that a title follows: "U.S." in
    /// "U.S. President Donald Trump", with the token `k` after it; none
    /// for "Jordan Henderson" and "Victoria Beckham".
    ///
    /// The title is asked about first: it is a class lookup most tokens
    /// have made already, where the gazetteer needs a key built and hashed,
    /// and without a title the place does not count.
    fn place_before_title(&self, a: usize, nb: usize) -> Option<(usize, scan::Geo)> {
        for k in (a + 1..nb.min(a + 6)).rev() {
            let titled = self.is(k, W_TITLE_HEADS) || self.is(nb - 1, W_ORG_HEADS);
            if !titled {
                continue;
            }
            if let Some(g) = self.geo(a, k) {
                if matches!(
                    g.class,
                    GeoClass::Country | GeoClass::Region | GeoClass::City
                ) {
                    return Some((k, g));
                }
            }
        }
        None
    }

    /// [`Cx::place_before_title`] as it was written, the gazetteer asked
    /// first: the tests compare the two.
    #[cfg(test)]
    fn place_before_title_plain(&self, a: usize, nb: usize) -> Option<(usize, scan::Geo)> {
        for k in (a + 1..nb.min(a + 6)).rev() {
            if let Some(g) = self.geo(a, k) {
                let titled = self.is(k, W_TITLE_HEADS) || self.is(nb - 1, W_ORG_HEADS);
                if titled
                    && matches!(
                        g.class,
                        GeoClass::Country | GeoClass::Region | GeoClass::City
                    )
                {
                    return Some((k, g));
                }
            }
        }
        None
    }

    /// "Ministry of X", "Bank of Y": a head word before an "of"/"for" chain.
    fn has_org_chain(&self, a: usize, b: usize) -> bool {
        let mut seen_head = false;
        for k in a..b {
            if self.lower_word(k) && (self.eq(k, "of") || self.eq(k, "for") || self.eq(k, "on")) {
                return seen_head;
            }
            seen_head |= self.is(k, W_ORG_HEADS);
        }
        false
    }

    /// Whether the word before token `a` (or before "the" and a compass
    /// word) is a locative preposition.
    fn locative(&self, a: usize) -> bool {
        let mut k = a;
        if k > 0 && self.is(k - 1, W_COMPASS) {
            k -= 1;
        }
        if k > 0 && self.eq(k - 1, "the") {
            k -= 1;
        }
        k > 0 && self.lower_word(k - 1) && self.is(k - 1, W_LOCATIVE)
    }

    /// Whether a preposition stands before token `a` ("from Caracas"): a
    /// capital there is a place, not its government.
    fn after_preposition(&self, a: usize) -> bool {
        a > 0
            && self.lower_word(a - 1)
            && [
                "across", "around", "at", "from", "in", "into", "near", "of", "outside", "through",
                "to", "toward", "towards", "via", "within",
            ]
            .iter()
            .any(|p| self.eq_plain(a - 1, p))
    }

    /// "a spokesperson for (the) X"
    fn spokes_for(&self, a: usize) -> bool {
        let mut k = a;
        if k > 0 && self.eq(k - 1, "the") {
            k -= 1;
        }
        k >= 2 && self.eq(k - 1, "for") && self.is(k - 2, W_ROLES)
    }

    /// Whether the token at `i` is a verb that shows the phrase before it
    /// acting or speaking.
    fn acting(&self, i: usize) -> bool {
        self.lower_word(i) && self.is(i, W_GROUP_VERBS)
    }

    /// ", chief economist at ...", ", the state epidemiologist": a role in
    /// an apposition after a name.
    fn appositive_title(&self, b: usize) -> Option<Span> {
        if self.punct(b) != Some(',') {
            return None;
        }
        let mut k = b + 1;
        if self.eq(k, "the") || self.eq(k, "a") || self.eq(k, "an") {
            k += 1;
        }
        // ", Tesla's chief executive", ", the company's head of safety"
        if self.tok(k).is_some_and(|t| t.flags & POSS != 0) {
            k += 1;
        }
        let start = k;
        for j in k..(k + 4).min(self.toks.len()) {
            if !self.lower_word(j) {
                return None;
            }
            if self.is(j, W_ROLES) {
                let mut e = j;
                while self.lower_word(e + 1) && self.is(e + 1, W_ROLES) {
                    e += 1;
                }
                // "head of safety"
                if self.eq(e + 1, "of") && self.lower_word(e + 2) && !self.is(e + 2, W_THE) {
                    e += 2;
                }
                return Some(self.span(start, e));
            }
        }
        None
    }

    // ----- groups -----------------------------------------------------------

    fn groups(&mut self) {
        let side = self.side_groups;
        for &i in side {
            if !self.is(i, W_GROUPS | W_GROUPS_WORD) {
                continue;
            }
            let cap = self.tok(i).is_some_and(|t| t.flags & CAP != 0);
            let mut k = i;
            while k > 0 && i - k < 2 && self.is(k - 1, W_GROUP_MODIFIERS) {
                k -= 1;
            }
            // "Ukrainian officials"
            if k > 0
                && self
                    .geo(k - 1, k)
                    .is_some_and(|g| g.class == GeoClass::Demonym)
            {
                k -= 1;
            }
            if self.is(i, W_GROUPS_WORD) && k == i {
                continue;
            }
            let start_initial =
                self.initial(k) || (k > 0 && self.eq(k - 1, "the") && self.initial(k - 1));
            if cap && !start_initial {
                continue;
            }
            let according = i >= 2
                && self.eq(k.wrapping_sub(1), "to")
                && self.eq(k.wrapping_sub(2), "according");
            if self.name_like(i + 1) {
                // "The opposition Unity and Tradition party"
                continue;
            }
            let next = if self.tok(i).is_some_and(|t| t.flags & POSS != 0) {
                usize::MAX
            } else {
                i + 1
            };
            // "4,000 families had been displaced": acted upon.
            let passive = self.eq(next + 1, "been") || self.eq(next + 1, "being");
            // "Opposition leader Raila Odinga": a modifier.
            let modifier = self.lower_word(i + 1) && self.is(i + 1, W_ROLES);
            if !modifier && (start_initial || according || (self.acting(next) && !passive)) {
                let span = self.span(k, i);
                self.push(span, ActorKind::Group, Form::Group, Strength::Default);
            }
        }
    }

    // ----- the government ----------------------------------------------------

    fn government(&mut self) {
        let side = self.side_gov;
        for &i in side {
            // "Brazil's central bank", "the central bank": one organisation
            // per article, named by the two words.
            if i > 0
                && self.lower_word(i)
                && self.eq(i, "bank")
                && self.eq(i - 1, "central")
                && !self.name_like(i + 1)
            {
                let span = self.span(i - 1, i);
                self.push(span, ActorKind::Organization, Form::Name, Strength::Strong);
                continue;
            }
            if !self.is(i, W_NATIONAL_BODIES | W_GOV) {
                continue;
            }
            // "the Israeli military", "Kenya's parliament"
            if i > 0 && self.lower_word(i) && self.is(i, W_NATIONAL_BODIES) {
                let country = self.geo(i - 1, i).is_some_and(|g| {
                    g.class == GeoClass::Demonym
                        || (g.class == GeoClass::Country
                            && self.tok(i - 1).is_some_and(|t| t.flags & POSS != 0))
                });
                if country {
                    let span = self.span(i - 1, i);
                    self.push(span, ActorKind::Organization, Form::Name, Strength::Strong);
                }
                continue;
            }
            let gov = self.eq(i, "government");
            if !gov && !self.eq(i, "administration") && !self.eq(i, "regime") {
                continue;
            }
            if i > 0 && self.tok(i).is_some_and(|t| t.flags & CAP != 0) && !self.eq(i - 1, "the") {
                continue;
            }
            if i == 0 {
                continue;
            }
            let j = i - 1;
            let pj = self.tok(j).copied();
            let Some(pt) = pj else { continue };
            if pt.is_word() && pt.flags & CAP != 0 && !self.is(j, W_INITIAL_STOP) {
                // Qualified: "Venezuelan government", "Maduro’s government",
                // "the Maduro administration", "U.S. government".
                let mut q = j;
                let mut geo = self.geo(j, j + 1);
                if geo.is_none() && j > 0 {
                    if let Some(g) = self.geo(j - 1, j + 1) {
                        geo = Some(g);
                        q = j - 1;
                    }
                }
                let country = geo
                    .filter(|g| {
                        matches!(
                            g.class,
                            GeoClass::Country | GeoClass::Demonym | GeoClass::Capital
                        )
                    })
                    .map(|g| g.canon);
                if geo.is_some() && country.is_none() {
                    continue;
                }
                if country.is_none() && !self.name_like(j) {
                    continue;
                }
                let span = self.span(q, i);
                self.push(
                    span,
                    ActorKind::Organization,
                    Form::Government(country),
                    Strength::Strong,
                );
                continue;
            }
            let det = |k: usize| {
                ["the", "its", "their", "his", "her"]
                    .iter()
                    .any(|d| self.eq_plain(k, d))
            };
            let unqualified = det(j)
                || ([
                    "federal",
                    "national",
                    "central",
                    "interim",
                    "transitional",
                    "military",
                    "new",
                    "current",
                ]
                .iter()
                .any(|d| self.eq_plain(j, d))
                    && j > 0
                    && det(j - 1));
            if unqualified && gov {
                let span = self.span(i, i);
                self.push(
                    span,
                    ActorKind::Organization,
                    Form::Government(None),
                    Strength::Strong,
                );
            }
        }
    }

    // ----- "the ministry", "the governor" --------------------------------------

    fn anaphors(&mut self) {
        let side = self.side_anaphors;
        for &i in side {
            if !self.is(i, W_ANAPHOR) || !self.is(i - 1, W_THE) {
                continue;
            }
            if !self.lower_word(i) {
                continue;
            }
            if self.name_like(i + 1) {
                continue;
            }
            let Some(found) = self.with_key(i, i + 1, |l| {
                (
                    lexicon::ORG_ANAPHORS.iter().find(|(k, _)| *k == l),
                    lexicon::PERSON_ANAPHORS.iter().find(|(k, _)| *k == l),
                )
            }) else {
                continue;
            };
            if let (Some(&(_, heads)), _) = found {
                let span = self.span(i, i);
                self.push(
                    span,
                    ActorKind::Organization,
                    Form::OrgAnaphor(heads),
                    Strength::Weak,
                );
            } else if let (None, Some(&(_, titles))) = found {
                let span = self.span(i, i);
                self.push(
                    span,
                    ActorKind::Person,
                    Form::PersonAnaphor(titles),
                    Strength::Weak,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_word_known_orgs_answer_from_their_classes() {
        // Every listed name without a space, of two bytes or more, is in
        // the class table.
        for &k in lexicon::KNOWN_ORGS {
            if !k.contains(' ') && k.len() >= 2 {
                assert_ne!(scan::classes_lower(k) & W_KNOWN_ORGS, 0, "{k}");
            }
        }
        let text = "Officials at Interpol, INTERPOL and interpol met X, Acme and Zürich Re.";
        with_cx(text, 0, |cx| {
            let n = cx.toks.len();
            for i in 0..n {
                let slow = cx.with_key(i, i + 1, |k| LEX.known_orgs.has(k)) == Some(true);
                assert_eq!(cx.known_org(i, i + 1), slow, "{:?}", cx.w(i));
            }
            assert!((0..n).any(|i| cx.known_org(i, i + 1)));
        });
    }

    /// The sentence view of `text` read as one body sentence.
    fn body_view(text: &str) -> SentenceView<'_> {
        SentenceView {
            doc: text,
            span: Span::new(0, text.len()),
            index: 0,
            block_kind: BlockKind::Paragraph,
        }
    }

    /// The finder's context over what `run` left in `scratch` for `view`.
    fn cx_of<'a, 's>(
        view: &'a SentenceView<'s>,
        scratch: &'a Scratch,
        lower: &'a str,
        first_word: Option<usize>,
    ) -> Cx<'a, 's> {
        let text = view.doc;
        Cx {
            view,
            text,
            toks: &scratch.toks,
            first_word,
            masks: &scratch.masks,
            classes: scan::Classes::get(),
            lower,
            padded: lower.as_bytes(),
            all_ascii: text.is_ascii(),
            out: Vec::new(),
            side_groups: &[],
            side_gov: &[],
            side_anaphors: &[],
            lowered: &scratch.lowered,
            low_spans: &scratch.low_spans,
            starts: &scratch.starts,
        }
    }

    /// Runs `f` on the context the finder builds for `text` read as one
    /// body sentence whose first word is token `first_word`.
    fn with_cx(text: &str, first_word: usize, f: impl FnOnce(&Cx<'_, '_>)) {
        let view = body_view(text);
        let mut scratch = Scratch::default();
        run(&view, &mut scratch, &mut Vec::new());
        let lower = text.to_ascii_lowercase();
        f(&cx_of(&view, &scratch, &lower, Some(first_word)));
    }

    /// Sentences with the shapes the run loop acts on: names, acronyms in
    /// brackets, "No. 10", lower-case "no.", curly quotes, accents, NBSP,
    /// em dashes, initials, possessives.
    const RUN_SENTENCES: &[&str] = &[
        "President Nicolás Maduro met the World Food Programme (WFP) in Caracas.",
        "A spokesperson for No. 10 said no. 5 was out; \u{201c}Maybe,\u{201d} said Smith.",
        "The Ministry of Housing, Construction and Sanitation \u{2014} led by Dr. Rosa Quispe-Huam\u{e1}n \u{2014} agreed.",
        "rubella (MMR) cases rose in S\u{e3}o Paulo\u{2019}s north, J. R. Smith\u{a0}Jr. said.",
        "NAIROBI, Feb. 11 (Reuters) - Kenya\u{2019}s central bank cut rates; McDonald's Corp rose.",
        "\u{c9}LYS\u{c9}E officials and al-Assad\u{2019}s regime met Trinidad and Tobago envoys.",
        "no capital letter here at all, only words and 3 numbers.",
        "",
    ];

    #[test]
    fn words_compared_as_integers_answer_as_the_plain_comparison() {
        let words = [
            "the",
            "of",
            "for",
            "No.",
            "party",
            "on",
            "and",
            "year",
            "to",
            "says",
            "said",
            "regime",
            "movement",
            "in",
            "a",
            "an",
            "at",
            "bank",
            "been",
            "being",
            "central",
            "City",
            "THE",
            "alliance",
            "coalition",
            "government",
            "the-",
            "Thé",
        ];
        let texts = [
            "The party of the Central Bank said on Monday that THE regime, and a movement, \
             had been at odds for a year",
            "No. 10 said “the” party’s Alliance—in Zürich, Thé café—was being the",
            "Said of\u{a0}the the-coalition Government’s at an No.",
            "the",
            "of the",
        ];
        let mut asked = 0;
        for text in texts {
            with_cx(text, 0, |cx| {
                for i in 0..cx.toks.len() + 1 {
                    for w in words {
                        assert_eq!(cx.eq(i, w), cx.eq_plain(i, w), "{w:?} at {i} of {text:?}");
                        asked += usize::from(cx.eq_plain(i, w));
                    }
                }
            });
        }
        assert!(asked >= 20, "{asked}");
    }

    #[test]
    fn lower_copies_are_the_text_lower_cased() {
        let mut lower = String::from("Left Over From Before, Longer Than The Next Text");
        for text in [
            "",
            "A",
            "The Ministry of Health SAID",
            "ÉCOLE “Zürich” — São Paulo\u{a0}GONZÁLEZ’s",
            "abcdefghijklmnopqrstuvwxyzABCDEF",
            "abcdefghijklmnopqrstuvwxyzABCDEFG",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345ABCDEFGHIJKLMNOPQRSTUVWXYZ012345",
        ] {
            lower_into(text, &mut lower);
            assert_eq!(lower, text.to_ascii_lowercase(), "{text:?}");
        }
    }

    #[test]
    fn sorting_a_sentence_in_place_is_sorting_a_list_of_its_own() {
        let m = |s: usize, e: usize, form: Form| ActorMention {
            span: Span::new(s, e),
            sentence: 0,
            kind: ActorKind::Person,
            title: None,
            form,
            strength: Strength::Weak,
            key: None,
            defines: None,
        };
        let before = vec![m(0, 4, Form::Name), m(0, 4, Form::Name)];
        let lists = [
            vec![],
            vec![m(9, 12, Form::Name)],
            vec![
                m(20, 25, Form::Name),
                m(9, 12, Form::Group),
                m(20, 25, Form::Name),
                m(9, 12, Form::Name),
                m(9, 12, Form::Group),
                m(9, 14, Form::Name),
                m(20, 25, Form::Confirm),
            ],
            vec![
                m(0, 4, Form::Name),
                m(0, 4, Form::Name),
                m(0, 4, Form::Name),
            ],
            // Two: out of order, and a repeat.
            vec![m(20, 25, Form::Name), m(9, 12, Form::Name)],
            vec![m(9, 12, Form::Group), m(9, 12, Form::Group)],
        ];
        for list in lists {
            let mut want = list.clone();
            want.sort_by_key(|m| (m.span.start, m.span.end));
            want.dedup_by(|a, b| a.span == b.span && a.form == b.form);
            let mut got = before.clone();
            got.extend(list.iter().cloned());
            sort_and_dedup_from(&mut got, before.len());
            assert_eq!(got[..before.len()], before[..]);
            assert_eq!(got[before.len()..], want[..], "{list:?}");
        }
    }

    #[test]
    fn mentions_appended_are_the_mentions_of_each_sentence() {
        let doc = "President Nicolás Maduro met officials. The Venezuelan government \
                   and the ministry said Acme Corp (AC) grew. No names here.";
        let mut all = Vec::new();
        let mut want = Vec::new();
        let mut start = 0;
        for (index, end) in doc
            .match_indices(". ")
            .map(|(k, _)| k + 1)
            .chain([doc.len()])
            .enumerate()
        {
            let view = SentenceView {
                doc,
                span: Span::new(start, end),
                index,
                block_kind: BlockKind::Paragraph,
            };
            want.extend(mentions(&view));
            mentions_into(&view, &mut all);
            start = end + 1;
        }
        assert_eq!(all, want);
        assert!(all.len() >= 4, "{all:?}");
    }

    #[test]
    fn the_run_loop_jumping_over_starts_finds_what_every_token_finds() {
        for text in RUN_SENTENCES {
            let view = body_view(text);
            let mut scratch = Scratch::default();
            run(&view, &mut scratch, &mut Vec::new());
            let lower = text.to_ascii_lowercase();
            let first_word = scratch.toks.iter().position(Tok::is_word);
            let cx = |out| Cx {
                out,
                ..cx_of(&view, &scratch, &lower, first_word)
            };
            // Every token the loop acts on is marked.
            let probe = cx(Vec::new());
            for i in 0..scratch.toks.len() {
                if probe.name_like(i) || probe.eq(i, "No.") {
                    assert!(scratch.starts.contains(&i), "{:?} in {text:?}", probe.w(i));
                }
            }
            let mut fast = cx(Vec::new());
            fast.body();
            let mut plain = cx(Vec::new());
            let every: Vec<usize> = (0..scratch.toks.len()).collect();
            plain.body_at(&every);
            assert_eq!(fast.out, plain.out, "{text:?}");
            if text.contains("Maduro") {
                assert!(!fast.out.is_empty());
            }
        }
    }

    #[test]
    fn one_word_places_answer_from_their_classes_as_the_gazetteer_does() {
        // Every one-word name of the gazetteer as written, in capitals and
        // in lower case, between words that are not places; and sentences
        // with accents, curly quotes, NBSP and dashes.
        let mut texts: Vec<String> = RUN_SENTENCES.iter().map(|s| s.to_string()).collect();
        for (k, _) in scan::gazetteer_names().filter(|(k, _)| !k.contains(' ')) {
            texts.push(format!(
                "In {k}, {} and {}\u{a0}said—Smith’s.",
                k.to_uppercase(),
                capital(k)
            ));
        }
        let mut places = 0;
        for text in &texts {
            with_cx(text, 0, |cx| {
                for i in 0..cx.toks.len() {
                    let want = cx.with_key(i, i + 1, scan::geo).flatten();
                    let got = cx.geo(i, i + 1);
                    assert_eq!(got.map(|g| g.canon), want.map(|g| g.canon), "{:?}", cx.w(i));
                    places += usize::from(got.is_some());
                }
            });
        }
        assert!(places > 300, "{places}");
    }

    /// `k` with its first letter in upper case.
    fn capital(k: &str) -> String {
        let mut c = k.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    #[test]
    fn particles_answer_through_the_filter_as_their_classes_do() {
        // Every particle in three cases, words after runs of names, and
        // non-ASCII words.
        let mut text = String::from("Ana said and of the on Él é ü del’ x ");
        for w in scan::words_in(W_PARTICLES) {
            text.push_str(&format!("{w} {} {} ", w.to_uppercase(), capital(w)));
        }
        with_cx(&text, 0, |cx| {
            let mut hits = 0;
            for i in 0..cx.toks.len() {
                assert_eq!(cx.particle(i), cx.is(i, W_PARTICLES), "{:?}", cx.w(i));
                hits += usize::from(cx.particle(i));
            }
            assert!(hits >= 3 * lexicon::PARTICLES.len(), "{hits}");
            assert!(!cx.particle(1), "said");
        });
    }

    #[test]
    fn places_of_several_words_answer_through_their_first_word() {
        let mut texts: Vec<String> = RUN_SENTENCES.iter().map(|s| s.to_string()).collect();
        for (k, _) in scan::gazetteer_names().filter(|(k, _)| k.contains(' ')) {
            let cap: Vec<String> = k.split(' ').map(capital).collect();
            texts.push(format!(
                "In {k}, {} and {}\u{a0}said—Smith’s New York.",
                k.to_uppercase(),
                cap.join(" ")
            ));
        }
        let mut places = 0;
        for text in &texts {
            with_cx(text, 0, |cx| {
                let n = cx.toks.len();
                for a in 0..n {
                    for b in a + 1..(a + 6).min(n + 1) {
                        let want = cx.with_key(a, b, scan::geo).flatten();
                        let got = cx.geo(a, b);
                        assert_eq!(got.map(|g| g.canon), want.map(|g| g.canon), "{a}..{b}");
                        places += usize::from(b > a + 1 && got.is_some());
                    }
                }
            });
        }
        assert!(places > 50, "{places}");
    }

    #[test]
    fn known_organisations_of_several_words_answer_through_their_first_word() {
        // Every listed name of several words as written, in capitals and
        // capitalised, between other words; and sentences with accents,
        // curly quotes, NBSP and dashes.
        let mut texts: Vec<String> = RUN_SENTENCES.iter().map(|s| s.to_string()).collect();
        for &k in lexicon::KNOWN_ORGS.iter().filter(|k| k.contains(' ')) {
            let cap: Vec<String> = k.split(' ').map(capital).collect();
            texts.push(format!(
                "The {k} and {} met {}\u{a0}said—Smith’s World Bank.",
                k.to_uppercase(),
                cap.join(" ")
            ));
        }
        let mut known = 0;
        for text in &texts {
            with_cx(text, 0, |cx| {
                let n = cx.toks.len();
                for a in 0..n {
                    for b in a + 2..(a + 5).min(n + 1) {
                        let want = cx.with_key(a, b, |k| LEX.known_orgs.has(k)) == Some(true);
                        assert_eq!(cx.known_org(a, b), want, "{a}..{b} {text:?}");
                        known += usize::from(want);
                    }
                }
            });
        }
        assert!(known > 20, "{known}");
    }

    #[test]
    fn places_before_a_title_are_found_as_the_gazetteer_first_finds_them() {
        let text = "U.S. President Donald Trump met São Paulo Governor Tarcísio \
                    and New York City Mayor Eric Adams, Jordan Henderson, Kenya Airways \
                    Chief Executive Allan Kilavuka and United Kingdom Prime Minister Keir Starmer.";
        with_cx(text, 0, |cx| {
            let n = cx.toks.len();
            let mut found = 0;
            for a in 0..n {
                for nb in a + 2..(a + 8).min(n + 1) {
                    let want = cx.place_before_title_plain(a, nb);
                    let got = cx.place_before_title(a, nb);
                    assert_eq!(
                        got.map(|(k, g)| (k, g.canon)),
                        want.map(|(k, g)| (k, g.canon)),
                        "{a}..{nb}"
                    );
                    found += usize::from(got.is_some());
                }
            }
            assert!(found >= 3, "{found}");
        });
    }

    #[test]
    fn keys_of_non_ascii_runs_are_their_words_lower_cased() {
        // Accented words (lower-cased once per sentence), curly quotes and
        // dashes (lower-cased where asked for), ASCII words.
        let text = "“Nicolás MADURO” — São Paulo’s ÉLYSÉE and Acme met.";
        assert!(!text.is_ascii());
        with_cx(text, 1, |cx| {
            let n = cx.toks.len();
            let mut checked = 0;
            for a in 0..n {
                for b in a + 1..(a + 4).min(n + 1) {
                    let mut want = String::new();
                    for t in &cx.toks[a..b] {
                        if !want.is_empty() {
                            want.push(' ');
                        }
                        let mut buf = [0u8; 64];
                        want.push_str(scan::lower(&text[t.s..t.e], &mut buf).unwrap_or("?"));
                    }
                    assert_eq!(cx.with_key(a, b, str::to_string), Some(want), "{a}..{b}");
                    checked += 1;
                }
            }
            assert!(checked > 20, "{checked}");
        });
    }

    #[test]
    fn the_side_filter_lets_every_side_word_through() {
        let mut n = 0;
        for w in scan::words_in(SIDE).chain(["bank"]) {
            assert!(SIDE_FILTER.may(w.as_bytes()), "{w}");
            // As written in the text, in any case.
            let upper = w.to_ascii_uppercase();
            assert!(SIDE_FILTER.may(upper.as_bytes()), "{upper}");
            n += 1;
        }
        assert!(n > 20, "{n}");
        // It turns most other words away.
        let others = ["said", "the", "on", "Monday", "percent", "of", "x", ""];
        let through: Vec<&&str> = others
            .iter()
            .filter(|w| SIDE_FILTER.may(w.as_bytes()))
            .collect();
        assert!(through.len() <= 1, "{through:?}");
    }

    #[test]
    fn scratch_is_kept_only_when_small() {
        let toks_capacity = || SCRATCH.with(|c| c.borrow().toks.capacity());
        let sentence = "Police detained Maria González in Caracas.";
        assert!(!mentions(&body_view(sentence)).is_empty());
        assert!(toks_capacity() > 0, "a news sentence's buffers are kept");
        let giant = "Police detained Maria González in Caracas and ".repeat(500);
        assert!(giant.len() > SCRATCH_MAX_BYTES);
        assert!(!mentions(&body_view(&giant)).is_empty());
        assert_eq!(toks_capacity(), 0, "a giant sentence's buffers are freed");
    }

    #[test]
    fn tokenizing_marks_side_words_and_every_non_ascii_word() {
        let text = "“Officials” said the GOVERNMENT of São Tomé and the ministry’s staff.";
        let mut toks = Vec::new();
        let mut maybe = scan::Marks::default();
        let mut starts = scan::Marks::default();
        scan::tokenize_marking(text, &mut toks, &SIDE_FILTER, &mut maybe, &mut starts);
        let marked: Vec<&str> = maybe.iter().map(|&i| &text[toks[i].s..toks[i].e]).collect();
        for w in ["Officials", "GOVERNMENT", "São", "Tomé", "ministry"] {
            assert!(marked.contains(&w), "{w} in {marked:?}");
        }
        for w in ["said", "the", "“", "of"] {
            assert!(!marked.contains(&w), "{w} in {marked:?}");
        }
        // In token order, each once.
        assert!(maybe.windows(2).all(|p| p[0] < p[1]), "{maybe:?}");
    }

    #[test]
    fn non_ascii_words_are_lower_cased_once_in_body_and_headline() {
        // `run` lower-cases the non-ASCII words while it looks up the
        // marked words' classes (in a headline, on their own): each has
        // its lower case in `lowered`, in token order; no other token has
        // one.
        let texts = [
            "“Officials” in São Tomé told GONZÁLEZ’s aides — and Müller — \
             that the Élysée’s ministry had met.",
            "Président Ñuñoa: the naïve ÉLYSÉE Þór said “no”.",
        ];
        for text in texts {
            for kind in [BlockKind::Paragraph, BlockKind::Headline] {
                let view = SentenceView {
                    doc: text,
                    span: Span::new(0, text.len()),
                    index: 0,
                    block_kind: kind,
                };
                let mut scratch = Scratch::default();
                run(&view, &mut scratch, &mut Vec::new());
                let mut want = String::new();
                let mut got = String::new();
                for (i, t) in scratch.toks.iter().enumerate() {
                    let span = scratch.low_spans.get(i).copied().flatten();
                    if t.ascii || !t.is_word() {
                        assert_eq!(span, None, "{i} {kind:?} {text}");
                        continue;
                    }
                    let mut buf = [0u8; 64];
                    want.push_str(scan::lower(&text[t.s..t.e], &mut buf).unwrap_or("?"));
                    want.push('|');
                    let (s, e) = span.unwrap_or((0, 0));
                    got.push_str(&scratch.lowered[s..e]);
                    got.push('|');
                }
                assert_eq!(got, want, "{kind:?} {text}");
                assert!(want.matches('|').count() >= 5, "{want}");
            }
        }
    }

    #[test]
    fn each_side_pass_lists_the_marked_words_of_its_classes() {
        // The three lists `run` fills without a branch are the words the
        // one list of them all held (the words of the side classes and
        // "bank"), each taken by the pass whose classes it has.
        let texts = [
            "“Officials” said the Government, the Venezuelan government \
             and the ministry met the central bank.",
            "Protesters and residents told the regime’s police that the \
             BANK, the army and the company had left São Tomé.",
            "The ministry said officials of the administration, the \
             parliament and the Bank of England’s governor met.",
            "Ministry officials — the rebels, the military — and Bank staff \
             said the court and the agency would act.",
        ];
        let mut listed = [0; 3];
        for text in texts {
            let view = body_view(text);
            let mut scratch = Scratch::default();
            let mut out = Vec::new();
            run(&view, &mut scratch, &mut out);
            // The one list, and the words of it each pass went on with
            // after its first test.
            let mut want: [Vec<usize>; 3] = Default::default();
            for &i in scratch.maybe.iter() {
                let t = scratch.toks[i];
                let m = scratch.masks[i].get();
                let bank = text[t.s..t.e].eq_ignore_ascii_case("bank");
                if m & SIDE == 0 && !bank {
                    continue;
                }
                if m & (W_GROUPS | W_GROUPS_WORD) != 0 {
                    want[0].push(i);
                }
                if m & (W_NATIONAL_BODIES | W_GOV) != 0 || bank {
                    want[1].push(i);
                }
                if i >= 1 && m & W_ANAPHOR != 0 {
                    want[2].push(i);
                }
            }
            for (k, w) in want.iter().enumerate() {
                assert_eq!(&*scratch.side[k], &w[..], "{k} {text}");
                listed[k] += w.len();
            }
        }
        assert!(listed.iter().all(|&n| n >= 3), "{listed:?}");
    }

    #[test]
    fn side_passes_start_at_marked_words_in_any_case() {
        // A group, the government, an anaphor and "central bank", in a
        // sentence with curly quotes (not all ASCII).
        let text = "“Officials” said the Government, the Venezuelan government \
                    and the ministry met the central bank.";
        let view = SentenceView {
            doc: text,
            span: Span::new(0, text.len()),
            index: 0,
            block_kind: BlockKind::Paragraph,
        };
        let got = mentions(&view);
        let forms: Vec<(&str, Form)> = got
            .iter()
            .map(|m| (&text[m.span.range()], m.form))
            .collect();
        assert!(forms.contains(&("Officials", Form::Group)), "{forms:?}");
        assert!(
            forms.contains(&("Government", Form::Government(None))),
            "{forms:?}"
        );
        assert!(
            forms
                .iter()
                .any(|(t, f)| *t == "Venezuelan government"
                    && matches!(f, Form::Government(Some(_)))),
            "{forms:?}"
        );
        assert!(
            forms
                .iter()
                .any(|(t, f)| *t == "ministry" && matches!(f, Form::OrgAnaphor(_))),
            "{forms:?}"
        );
        assert!(forms.contains(&("central bank", Form::Name)), "{forms:?}");
    }
}
