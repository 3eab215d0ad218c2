//! Merging one article's mentions into actors.
//!
//! Longer names are placed first so that shorter forms ("Maduro", "CBK",
//! "Karoo Deep") find the full name whatever their order in the text; then
//! single words, sentence-initial words that need the article's
//! confirmation, headline runs, references to the government, and nouns
//! standing for something named before ("the ministry").

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashSet};

use crate::Span;
use crate::actors::{Actor, ActorKind, ActorMention, Form, Mention, Strength};

use once_cell::sync::Lazy;

use super::lexicon;
use super::scan::{self, FxMap, GeoClass, LEX};

/// An actor being built.
#[derive(Debug)]
struct Build {
    kind: ActorKind,
    strength: Strength,
    key: Option<&'static str>,
    gov: bool,
    title: Option<Span>,
    /// `(span, sentence, named)` of every mention, `named` saying whether
    /// its form may name the actor ([`names`]): its form held no more, and
    /// a mention takes 32 bytes where it took 48.
    mentions: Small<(Span, usize, bool), 4>,
    /// Normalised surface forms, as byte ranges of [`Builds::arena`].
    surfaces: Small<(usize, usize), 2>,
    /// Hashes of the normalised words of its names.
    tokens: Small<u64, 4>,
    /// Start offsets of its mentions, for "the latest mention before",
    /// once they outgrow the inline list of `mentions` (empty till then:
    /// the inline list answers, see [`Build::last_before`]).
    starts: BTreeSet<usize>,
}

/// A short list kept inline up to `N` items and on the heap beyond: most
/// actors have a few mentions, one or two surfaces and a few words, so
/// that building one allocates nothing.
#[derive(Debug)]
enum Small<T: Copy, const N: usize> {
    /// The first `.1` items of the array are held.
    Inline([T; N], usize),
    /// More than `N`.
    Heap(Vec<T>),
}

impl<T: Copy, const N: usize> Small<T, N> {
    /// An empty list; `fill` only pads the unused slots.
    fn new(fill: T) -> Self {
        Small::Inline([fill; N], 0)
    }

    fn as_slice(&self) -> &[T] {
        match self {
            Small::Inline(a, n) => a.get(..*n).unwrap_or_default(),
            Small::Heap(v) => v,
        }
    }

    fn as_mut_slice(&mut self) -> &mut [T] {
        match self {
            Small::Inline(a, n) => a.get_mut(..*n).unwrap_or_default(),
            Small::Heap(v) => v,
        }
    }

    fn push(&mut self, x: T) {
        match self {
            Small::Inline(a, n) => {
                if let Some(slot) = a.get_mut(*n) {
                    *slot = x;
                    *n += 1;
                } else {
                    let mut v = Vec::with_capacity(2 * N + 1);
                    v.extend_from_slice(a);
                    v.push(x);
                    *self = Small::Heap(v);
                }
            }
            Small::Heap(v) => v.push(x),
        }
    }

    /// Keeps the first `len` items.
    fn truncate(&mut self, len: usize) {
        match self {
            Small::Inline(_, n) => *n = len.min(*n),
            Small::Heap(v) => v.truncate(len),
        }
    }

    fn len(&self) -> usize {
        self.as_slice().len()
    }

    /// Whether `x` is held: inline, every slot is compared and the ones
    /// past the end masked off, a fixed count with no exit at the hit (the
    /// early exit of `contains` mispredicted on where the item was).
    fn has(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        match self {
            Small::Inline(a, n) => held_in(a, *n, x),
            Small::Heap(v) => v.contains(x),
        }
    }

    fn is_empty(&self) -> bool {
        self.as_slice().is_empty()
    }

    fn first(&self) -> Option<&T> {
        self.as_slice().first()
    }

    fn last(&self) -> Option<&T> {
        self.as_slice().last()
    }

    fn iter(&self) -> std::slice::Iter<'_, T> {
        self.as_slice().iter()
    }
}

/// Whether one of the first `n` items of `a` is `x`, comparing all `N`.
#[inline]
fn held_in<T: PartialEq, const N: usize>(a: &[T; N], n: usize, x: &T) -> bool {
    a.iter()
        .enumerate()
        .fold(false, |hit, (i, y)| hit | ((i < n) & (y == x)))
}

/// The surface `r` of [`Build::surfaces`] in `arena`.
#[inline]
fn surf(arena: &str, r: (usize, usize)) -> &str {
    arena.get(r.0..r.1).unwrap_or("")
}

impl Build {
    fn new(m: &ActorMention) -> Build {
        Build {
            kind: m.kind,
            strength: m.strength,
            key: m.key,
            gov: matches!(m.form, Form::Government(_)),
            title: m.title,
            mentions: Small::new((Span::default(), 0, false)),
            surfaces: Small::new((0, 0)),
            tokens: Small::new(0),
            starts: BTreeSet::new(),
        }
    }

    /// The normalised surface forms, from `arena` ([`Builds::arena`]).
    fn surfaces<'x>(&'x self, arena: &'x str) -> impl Iterator<Item = &'x str> + 'x {
        self.surfaces.iter().map(move |&r| surf(arena, r))
    }

    /// Adds a mention with its normalised text `n`, of hash `nh` (`h(n)`);
    /// a new surface is copied to the end of `arena`. Returns how many new
    /// tokens it brought (the last ones of `tokens`) and the hashes of its
    /// surface and last word if the surface is new.
    fn add(
        &mut self,
        m: &ActorMention,
        span: Span,
        n: &str,
        nh: u64,
        arena: &mut String,
    ) -> (usize, Option<(u64, u64)>) {
        let mut new_tokens = 0;
        // The hash of the last piece of `n` split at spaces, when the
        // words were hashed: that of its last word.
        let mut last = None;
        if matches!(m.form, Form::Name | Form::Confirm | Form::Headline) {
            for t in split_words(n) {
                let k = h(t);
                last = Some(k);
                if !t.is_empty() && !self.tokens.has(&k) {
                    self.tokens.push(k);
                    new_tokens += 1;
                }
            }
        }
        let mut new_surface = None;
        if !self.surfaces(arena).any(|s| s == n) {
            // The last word: after the last space (one byte, a boundary),
            // the last piece `split_words` gave.
            let head = last.unwrap_or_else(|| h(last_word(n)));
            new_surface = Some((nh, head));
            let at = arena.len();
            arena.push_str(n);
            self.surfaces.push((at, arena.len()));
        }
        if m.strength > self.strength && !self.gov {
            self.strength = m.strength;
            self.kind = m.kind;
        }
        if self.title.is_none() {
            self.title = m.title;
        }
        if self.key.is_none() && !self.gov {
            self.key = m.key;
        }
        self.note(span, m.sentence, names(m.form));
        (new_tokens, new_surface)
    }

    /// Lists a mention, and its start offset once the mentions outgrow
    /// their inline list.
    fn note(&mut self, span: Span, sentence: usize, named: bool) {
        self.mentions.push((span, sentence, named));
        if let Small::Heap(v) = &self.mentions {
            if self.starts.is_empty() {
                // Just spilled: every start so far.
                self.starts.extend(v.iter().map(|x| x.0.start));
            } else {
                self.starts.insert(span.start);
            }
        }
    }

    /// The least start offset of its mentions (none without one).
    fn first_start(&self) -> Option<usize> {
        match &self.mentions {
            // Every slot weighed (those past the end as `usize::MAX`): a
            // fixed count of selects, where the search's exit
            // mispredicted on the number of mentions.
            Small::Inline(a, n) => Some(a.iter().enumerate().fold(usize::MAX, |best, (i, m)| {
                let start = if i < *n { m.0.start } else { usize::MAX };
                best.min(start)
            }))
            .filter(|_| *n > 0),
            Small::Heap(v) => v.iter().map(|m| m.0.start).min(),
        }
    }

    /// Start of the latest mention before `pos`, if any.
    fn last_before(&self, pos: usize) -> Option<usize> {
        match &self.mentions {
            // Every slot weighed, one past the offset (0 for none, for the
            // slots past the end or not below `pos`): a fixed count of
            // selects where the filter branched on each offset.
            Small::Inline(a, n) => a
                .iter()
                .enumerate()
                .fold(0, |best, (i, (s, _, _))| {
                    let keep = usize::from((i < *n) & (s.start < pos));
                    best.max(s.start.saturating_add(1) * keep)
                })
                .checked_sub(1),
            Small::Heap(_) => self.starts.range(..pos).next_back().copied(),
        }
    }
}

/// The actors being built, with indexes so that each lookup costs the
/// candidates sharing a word with the mention, not every actor.
#[derive(Debug, Default)]
struct Builds {
    v: Vec<Build>,
    /// The surfaces of every build, one after the other.
    arena: String,
    /// A buffer for normalising a mention, kept between mentions.
    scratch: String,
    by_key: FxMap<&'static str, usize>,
    /// The actors by the hash of each of their surfaces; written only
    /// with a bit set in `surface_bits` ([`token_bit`]), which turns most
    /// new names away before the map is probed.
    by_surface: FxMap<u64, usize>,
    surface_bits: [u64; TOKEN_WORDS],
    /// The actors by each word (hash) of their names; read through
    /// [`Builds::with_token`], written through [`index_token`].
    by_token: FxMap<u64, Ids>,
    /// One bit per key of `by_token` ([`token_bit`]): most words asked
    /// about name no actor, and one bit test answers for them before the
    /// map is hashed and probed.
    token_bits: [u64; TOKEN_WORDS],
    by_group_head: FxMap<u64, Ids>,
    /// Organisations by the initials of their name's content words
    /// ("eu" for "European Union").
    by_initials: FxMap<u64, usize>,
    /// The lists of [`merge_with`]'s passes, kept between articles
    /// (taken out for an article, put back after it).
    passes: Passes,
}

/// The actors listed under one index key, in order: inline while there
/// is one (most words name one actor), so that indexing allocates little.
#[derive(Debug)]
enum Ids {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Ids {
    fn as_slice(&self) -> &[usize] {
        match self {
            Ids::One(one) => one,
            Ids::Many(v) => v,
        }
    }

    /// Lists `i` under `key` in `map`, unless it is the last one listed.
    fn add(map: &mut FxMap<u64, Ids>, key: u64, i: usize) {
        match map.entry(key) {
            Entry::Occupied(mut o) => match o.get_mut() {
                Ids::One([x]) => {
                    if *x != i {
                        let v = vec![*x, i];
                        *o.get_mut() = Ids::Many(v);
                    }
                }
                Ids::Many(v) => {
                    if v.last() != Some(&i) {
                        v.push(i);
                    }
                }
            },
            Entry::Vacant(e) => {
                e.insert(Ids::One([i]));
            }
        }
    }
}

/// The hashes ([`h`]) of the head words of each organisation anaphor of
/// the lexicon, in the order of its `|`-separated list.
static HEAD_HASHES: Lazy<Vec<(&'static str, Vec<u64>)>> = Lazy::new(|| {
    lexicon::ORG_ANAPHORS
        .iter()
        .map(|&(_, heads)| (heads, split_bars(heads).map(h).collect()))
        .collect()
});

/// The hashes of the head words `heads` of a [`Form::OrgAnaphor`] (one
/// of the lexicon's lists; `None` for another string).
fn head_hashes(heads: &str) -> Option<&'static [u64]> {
    HEAD_HASHES
        .iter()
        .find(|(hs, _)| *hs == heads)
        .map(|(_, v)| v.as_slice())
}

/// Forces the lazily built tables.
pub(super) fn warm() {
    Lazy::force(&HEAD_HASHES);
}

/// How many words of bits [`Builds::token_bits`] has.
const TOKEN_WORDS: usize = 16;

/// The word and bit of the word hash `t` in [`Builds::token_bits`]: its top
/// bits (the hash's last multiply mixes every byte into them).
#[inline]
fn token_bit(t: u64) -> (usize, u64) {
    let b = (t >> 54) as usize % (TOKEN_WORDS * 64);
    (b / 64, 1 << (b % 64))
}

/// Lists actor `i` under the word hash `t` in `by_token` and sets its bit:
/// the one way into the index, so that a clear bit means no entry.
fn index_token(by_token: &mut FxMap<u64, Ids>, bits: &mut [u64; TOKEN_WORDS], t: u64, i: usize) {
    let (w, bit) = token_bit(t);
    if let Some(x) = bits.get_mut(w) {
        *x |= bit;
    }
    Ids::add(by_token, t, i);
}

/// The initials of the content words of a normalised name of two or more
/// content words ("european union" -> "eu").
fn initials(n: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for t in split_words(n).filter(|t| !t.is_empty() && !glue(t)) {
        out.push(t.chars().next()?);
        words += 1;
    }
    (words >= 2).then_some(out)
}

/// [`initials`] handed to `f`, built on the stack.
fn with_initials<R>(n: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut buf = [0u8; 64];
    let mut len = 0;
    let mut words = 0;
    for t in split_words(n).filter(|t| !t.is_empty() && !glue(t)) {
        let c = t.chars().next()?;
        let Some(slot) = buf.get_mut(len..len + c.len_utf8()) else {
            // Longer than the buffer: the allocating way.
            return initials(n).map(|s| f(&s));
        };
        c.encode_utf8(slot);
        len += c.len_utf8();
        words += 1;
    }
    if words < 2 {
        return None;
    }
    // Whole chars: the check cannot fail.
    std::str::from_utf8(buf.get(..len)?).ok().map(f)
}

impl Builds {
    fn add(&mut self, i: usize, doc: &str, m: &ActorMention, span: Span) {
        let mut n = std::mem::take(&mut self.scratch);
        norm_span_into(doc, span, &mut n);
        self.add_norm(i, m, span, &n, h(&n));
        self.scratch = n;
    }

    /// Adds the mention `m` at `span`, normalised `n` of hash `nh`
    /// (`h(n)`, computed once by the caller for the lookups too), to actor
    /// `i`.
    fn add_norm(&mut self, i: usize, m: &ActorMention, span: Span, n: &str, nh: u64) {
        let Some(b) = self.v.get_mut(i) else { return };
        let (new_tokens, surface) = b.add(m, span, n, nh, &mut self.arena);
        let from = b.tokens.len() - new_tokens;
        let (gov, group, key) = (b.gov, b.kind == ActorKind::Group, b.key);
        if let Some(k) = key {
            if !gov {
                self.by_key.entry(k).or_insert(i);
            }
        }
        if let Some((sh, head)) = surface {
            if !group
                && !gov
                && self
                    .v
                    .get(i)
                    .is_some_and(|b| b.kind == ActorKind::Organization)
            {
                if let Some(ini) = self
                    .v
                    .get(i)
                    .and_then(|b| b.surfaces.last())
                    .and_then(|&r| with_initials(surf(&self.arena, r), h))
                {
                    self.by_initials.entry(ini).or_insert(i);
                }
            }
            if group {
                Ids::add(&mut self.by_group_head, head, i);
            } else if !gov {
                let (w, bit) = token_bit(sh);
                if let Some(x) = self.surface_bits.get_mut(w) {
                    *x |= bit;
                }
                self.by_surface.entry(sh).or_insert(i);
            }
        }
        if !gov && !group {
            let Builds {
                v,
                by_token,
                token_bits,
                ..
            } = self;
            let Some(b) = v.get(i) else { return };
            for &t in b.tokens.as_slice().get(from..).unwrap_or_default() {
                index_token(by_token, token_bits, t, i);
            }
        }
    }

    /// The actor listed under the surface hash `sh`; none when its bit is
    /// clear (no surface with that bit was ever listed).
    fn with_surface(&self, sh: u64) -> Option<usize> {
        let (w, bit) = token_bit(sh);
        if self.surface_bits.get(w).is_none_or(|x| x & bit == 0) {
            return None;
        }
        self.by_surface.get(&sh).copied()
    }

    /// The actors listed under the word hash `t`, in order; none when its
    /// bit is clear (no word with that bit was ever listed).
    fn with_token(&self, t: u64) -> &[usize] {
        let (w, bit) = token_bit(t);
        if self.token_bits.get(w).is_none_or(|x| x & bit == 0) {
            return &[];
        }
        self.by_token.get(&t).map_or(&[][..], Ids::as_slice)
    }

    fn create(&mut self, doc: &str, m: &ActorMention) -> usize {
        let mut n = std::mem::take(&mut self.scratch);
        norm_span_into(doc, m.span, &mut n);
        let i = self.create_norm(m, &n, h(&n));
        self.scratch = n;
        i
    }

    /// A new actor for the mention `m`, normalised `n` of hash `nh`.
    fn create_norm(&mut self, m: &ActorMention, n: &str, nh: u64) -> usize {
        let mut b = Build::new(m);
        if let Form::Government(c) = m.form {
            b.key = c;
        }
        self.v.push(b);
        let i = self.v.len() - 1;
        self.add_norm(i, m, m.span, n, nh);
        i
    }
}

/// A 64-bit hash of a normalised word or name, for the indexes (every hit
/// is checked against the text where a collision could matter).
///
/// The FxHash step over each whole eight bytes, then once more over the
/// last 0 to 7 bytes with their count in the top byte, gathered without
/// a branch on their number: the tail code of [`scan::Fx`] tested the
/// length twice, and both tests mispredicted on the words' varied
/// lengths. Its values differ from `Fx`'s, which is sound because they
/// are only ever compared with each other: they key maps that are
/// looked up and never iterated, and the token bits ([`token_bit`]).
fn h(s: &str) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut x = 0u64;
    let mut chunks = s.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        x = (x.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    (x.rotate_left(5) ^ tail(chunks.remainder())).wrapping_mul(K)
}

/// The bytes of `rest` (fewer than eight) as a word, with their count in
/// the top byte, without a branch on the count: from four bytes on, two
/// four-byte loads that may overlap (at the start and at the end; the
/// bytes both read are the same, so or-ing them is exact); below four,
/// the same loads read a stand-in of bytes 0, `n / 2` and `n - 1`, which
/// with the count tell every such `rest` apart. The choice of the source
/// is a select between two slices.
#[inline]
fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    let last = n.saturating_sub(1);
    let byte = |k: usize| rest.get(k).copied().unwrap_or(0);
    let small = [byte(0), byte(n / 2), byte(last), 0];
    let src: &[u8] = if n >= 4 { rest } else { &small };
    let quad = |q: Option<&[u8]>| {
        q.and_then(|q| <[u8; 4]>::try_from(q).ok())
            .map_or(0, |q| u64::from(u32::from_le_bytes(q)))
    };
    let m = src.len();
    let lo = quad(src.get(..4));
    let hi = quad(src.get(m.saturating_sub(4)..));
    lo | hi << (8 * (m - 4)) | (n as u64) << 56
}

/// Lower case, no diacritics, straight apostrophes, no leading "the", no
/// possessive, single spaces: the scorer's notion of one surface form.
pub(super) fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    norm_into(s, &mut out);
    out
}

/// [`norm`] written into `out` (cleared first), so that a buffer kept
/// between mentions serves them all.
fn norm_into(s: &str, out: &mut String) {
    let (ascii, spaced) = shape(s);
    norm_shaped(s, ascii, spaced, out);
}

/// [`norm_into`] of the text of `span` in `doc`, its [`shape`] read from
/// the document by [`shape_in`] where it can be.
fn norm_span_into(doc: &str, span: Span, out: &mut String) {
    let s = span.as_str(doc);
    let (ascii, spaced) = shape_in(doc, span).unwrap_or_else(|| shape(s));
    norm_shaped(s, ascii, spaced, out);
}

/// Whether `s` is ASCII (no byte with the high bit), and whether it is
/// the usual mention, words one space apart: no byte below b' ', no space
/// first, last or after a space (an empty text is not). That one is the
/// text itself lower-cased. A control byte that is no white space
/// (U+000B) also sends a name the general way, which keeps it as the
/// text does.
///
/// One pass without a branch per byte (the break at the first white
/// space and the test at each space mispredicted).
fn shape(s: &str) -> (bool, bool) {
    let b = s.as_bytes();
    let mut high = 0u8;
    let mut bad = 0u8;
    let mut prev_space = 1u8;
    for &x in b {
        let sp = u8::from(x == b' ');
        bad |= u8::from(x < b' ') | (sp & prev_space);
        prev_space = sp;
        high |= x;
    }
    // An empty text leaves `prev_space` set: not spaced.
    (high < 0x80, bad | prev_space == 0)
}

/// 0x80 in the lanes of a text of `len` bytes read as 32: the 32 bytes of
/// `LANES` from `32 - len` are `len` of 0x80 then zeros ([`shape_in`],
/// [`spaces_in`]).
static LANES: [u8; 64] = {
    let mut l = [0u8; 64];
    let mut i = 0;
    while i < 32 {
        l[i] = 0x80;
        i += 1;
    }
    l
};

/// [`shape`] of the text of `span` (1 to 32 bytes, with 32 bytes of `doc`
/// from its start), computed on those 32 bytes as four words, the same
/// work for every name: the byte loop's exit mispredicted on the name's
/// length. `None` for another span.
fn shape_in(doc: &str, span: Span) -> Option<(bool, bool)> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let len = span.as_str(doc).len();
    if len == 0 || len != span.len() || len > 32 {
        return None;
    }
    let w = doc
        .as_bytes()
        .get(span.start..span.start.wrapping_add(32))?;
    let lanes = LANES.get(32 - len..)?;
    let word = |c: &[u8]| {
        let mut q = [0u8; 8];
        q.copy_from_slice(c);
        u64::from_le_bytes(q)
    };
    // The high bit of each lane whose byte is zero, exactly (no carry
    // crosses a lane).
    let zero = |y: u64| !(((y & LOW7) + LOW7) | y) & HIGH;
    let (mut high, mut bad) = (0u64, 0u64);
    // Whether the byte before the next word's first is a space: as if one
    // came before the text, so that a space first is bad.
    let mut carry = 0x80u64;
    let mut spaces = [0u64; 4];
    for ((c, v), sp) in w
        .chunks_exact(8)
        .zip(lanes.chunks_exact(8))
        .zip(spaces.iter_mut())
    {
        let (x, text) = (word(c), word(v));
        high |= x & text;
        // Below b' ': none of the top three bits set.
        let control = zero(x & 0xe0e0_e0e0_e0e0_e0e0);
        let space = zero(x ^ 0x2020_2020_2020_2020);
        let after_space = (space << 8) | carry;
        bad |= (control | (space & after_space)) & text;
        carry = space >> 56;
        *sp = space;
    }
    // The last byte's lane.
    let last = len - 1;
    let last_space = spaces.get(last / 8)? >> (8 * (last % 8)) & 0x80;
    Some((high == 0, bad | last_space == 0))
}

/// [`norm_into`] of `s`, whose [`shape`] is `(ascii, spaced)`.
fn norm_shaped(s: &str, ascii: bool, spaced: bool, out: &mut String) {
    out.clear();
    let mut space = false;
    if ascii {
        if spaced {
            out.push_str(s);
        } else {
            // Whole words copied, lower-cased in bulk: pushing byte by
            // byte and checking the UTF-8 cost several times more.
            for w in s.split_ascii_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        // Lower-cased in whole blocks of 32 bytes (spaces pad the last
        // one, and are cut off after): the compiler's loop does 32 bytes a
        // turn and ends with an eight-byte loop and a byte loop, whose
        // exits mispredicted on the name's length. Only in a buffer with
        // room for the padding (the buffers kept between mentions): a
        // string made for one name is not grown for it.
        let len = out.len();
        if out.capacity() - len >= 32 {
            out.push_str("                                ");
            if let Some(whole) = out.get_mut(..len.next_multiple_of(32)) {
                whole.make_ascii_lowercase();
            }
            out.truncate(len);
        } else {
            out.make_ascii_lowercase();
        }
    } else {
        for c in s.chars() {
            if c.is_ascii() {
                // No case tables and nothing to fold for ASCII.
                if c.is_whitespace() {
                    space = !out.is_empty();
                    continue;
                }
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c.to_ascii_lowercase());
                continue;
            }
            if c.is_whitespace() {
                space = !out.is_empty();
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            let c = if c == '’' { '\'' } else { c };
            for l in c.to_lowercase() {
                out.push(fold(l));
            }
        }
    }
    if out.starts_with("the ") {
        out.drain(..4);
    }
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    }
}

/// Strips the diacritics of common Latin letters.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ā' | 'ă' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => 'e',
        'ğ' => 'g',
        'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ő' | 'ō' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ș' | 'ş' => 's',
        'ț' | 'ţ' | 'ť' => 't',
        'ú' | 'ù' | 'û' | 'ü' | 'ű' | 'ů' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// Whether `s` has a space: a byte loop, which beats the general search
/// on these short names.
#[inline]
fn has_space(s: &str) -> bool {
    s.bytes().any(|b| b == b' ')
}

/// What follows the last space of `n` (all of it without one), as
/// `n.rsplit(' ').next()` gives it.
#[inline]
fn last_word(n: &str) -> &str {
    // A space is one byte: what follows it starts on a char boundary.
    n.bytes()
        .rposition(|b| b == b' ')
        .map_or(n, |k| n.get(k + 1..).unwrap_or(""))
}

/// `n.split(' ')`: a byte loop finds the spaces of these short names
/// faster than the general pattern search.
fn split_words(n: &str) -> Words<'_> {
    Words(Some(n), b' ')
}

/// `n.split('|')`, as [`split_words`] does it.
fn split_bars(n: &str) -> Words<'_> {
    Words(Some(n), b'|')
}

/// The iterator of [`split_words`] and [`split_bars`]: the rest of the
/// text and the separator, an ASCII byte.
#[derive(Debug, Clone)]
struct Words<'n>(Option<&'n str>, u8);

impl<'n> Iterator for Words<'n> {
    type Item = &'n str;

    #[inline]
    fn next(&mut self) -> Option<&'n str> {
        let rest = self.0?;
        let sep = self.1;
        match rest.as_bytes().iter().position(|&b| b == sep) {
            // The separator is one ASCII byte: both sides are char
            // boundaries.
            Some(p) => {
                self.0 = rest.get(p + 1..);
                rest.get(..p)
            }
            None => {
                self.0 = None;
                Some(rest)
            }
        }
    }
}

/// Words that join a name and say nothing of its identity.
fn glue(t: &str) -> bool {
    matches!(t, "of" | "for" | "the" | "and" | "&" | "on")
}

/// Words too generic to stand alone for an organisation ("Central" in
/// "Central Bank of Kenya").
fn generic(t: &str) -> bool {
    glue(t)
        || LEX.org_heads.has(t)
        || LEX.company_suffixes.has(t)
        || matches!(
            t,
            "central"
                | "national"
                | "international"
                | "federal"
                | "united"
                | "royal"
                | "general"
                | "new"
                | "world"
                | "state"
                | "public"
                | "health"
                | "global"
                | "first"
        )
        || scan::geo(t).is_some()
}

/// The content words of a normalised name, sorted.
fn bag(n: &str) -> Vec<&str> {
    let mut v: Vec<&str> = split_words(n)
        .filter(|t| !t.is_empty() && !glue(t))
        .collect();
    v.sort_unstable();
    v
}

/// Whether the content words of `s` are exactly those in `bag` (sorted).
fn same_bag(s: &str, bag: &[&str]) -> bool {
    let mut n = 0;
    for t in split_words(s).filter(|t| !t.is_empty() && !glue(t)) {
        if !bag.contains(&t) {
            return false;
        }
        n += 1;
    }
    n == bag.len()
}

/// How many actors sharing a word with a mention are compared with it.
const MAX_CANDIDATES: usize = 64;

/// Finds the actor a name mention belongs to (`n` normalised, `nh` its
/// hash).
fn find(builds: &Builds, m: &ActorMention, n: &str, nh: u64, pos: usize) -> Option<usize> {
    if let Some(key) = m.key {
        if let Some(&i) = builds.by_key.get(key) {
            return Some(i);
        }
    }
    if let Some(i) = builds.with_surface(nh) {
        if builds
            .v
            .get(i)
            .is_some_and(|b| b.surfaces(&builds.arena).any(|s| s == n))
        {
            return Some(i);
        }
    }
    if m.key.is_some() {
        return None;
    }
    // "EU" for "European Union", "U.N." for "United Nations".
    if m.kind == ActorKind::Organization && n.len() <= 12 && !has_space(n) {
        let mut buf = [0u8; 12];
        let Some(letters) = dotless_letters(n, &mut buf) else {
            return find_words(builds, m, n, pos);
        };
        if let Some(&i) = builds.by_initials.get(&h(letters)) {
            if builds.v.get(i).is_some_and(|b| {
                b.surfaces(&builds.arena)
                    .any(|s| with_initials(s, |ini| ini == letters) == Some(true))
            }) {
                return Some(i);
            }
        }
    }
    find_words(builds, m, n, pos)
}

/// The letters of `n` (at most 12 bytes) without its dots, when they are
/// 2 to 6 lower-case ASCII letters ("un" for "u.n."), written to `buf`.
///
/// A fixed count of byte steps without a branch on the text (the char
/// loop, its UTF-8 encoding and the check of the copy mispredicted on the
/// name): a '.' is one byte, and the bytes of a char beyond ASCII are
/// neither dots nor ASCII letters, so counting and testing bytes answers
/// as the chars did. A longer `n` (none reaches here) gives `None`.
fn dotless_letters<'b>(n: &str, buf: &'b mut [u8; 12]) -> Option<&'b str> {
    let b = n.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    let mut len = 0;
    let mut lower = true;
    for k in 0..buf.len() {
        // Past the end reads as a dot: not kept.
        let x = b.get(k).copied().unwrap_or(b'.');
        let keep = x != b'.';
        buf[len.min(11)] = x;
        len += usize::from(keep);
        lower &= !keep | x.is_ascii_lowercase();
    }
    if !(2..=6).contains(&len) || !lower {
        return None;
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// The word-level matches of [`find`]: a person's name words, an
/// organisation's content words, first word or company-less prefix.
fn find_words(builds: &Builds, m: &ActorMention, n: &str, pos: usize) -> Option<usize> {
    // The actors sharing the first word; none for most new names, which
    // then need no more work.
    let first = split_words(n).find(|t| !t.is_empty())?;
    let list = builds.with_token(h(first));
    if list.is_empty() {
        return None;
    }
    // The words of the mention: on the stack for the usual short names.
    let mut small = [""; 8];
    let mut big: Vec<&str> = Vec::new();
    let mut count = 0;
    for t in split_words(n).filter(|t| !t.is_empty()) {
        if count < small.len() {
            small[count] = t;
        } else {
            if big.is_empty() {
                big.extend_from_slice(&small);
            }
            big.push(t);
        }
        count += 1;
    }
    let mt: &[&str] = if big.is_empty() {
        &small[..count]
    } else {
        &big
    };
    // The content words, sorted: only for organisations sharing a word.
    let mut mb: Option<Vec<&str>> = None;
    // The hashes of the words, for the person test of every candidate.
    let mut hashes = [0u64; 8];
    for (slot, t) in hashes.iter_mut().zip(mt) {
        *slot = h(t);
    }
    let mut best: Option<(usize, usize)> = None; // (build, score)
    // The latest actors sharing the word; a bound that real articles never
    // reach keeps hostile input linear.
    for &i in &list[list.len().saturating_sub(MAX_CANDIDATES)..] {
        let Some(b) = builds.v.get(i) else { continue };
        if b.gov || b.kind == ActorKind::Group || b.key.is_some() {
            continue;
        }
        let hit = match b.kind {
            ActorKind::Person => {
                (m.kind != ActorKind::Organization || m.strength < Strength::Strong)
                    && if mt.len() <= hashes.len() {
                        hashes[..mt.len()].iter().all(|k| b.tokens.has(k))
                    } else {
                        mt.iter().all(|t| b.tokens.has(&h(t)))
                    }
            }
            ActorKind::Organization => {
                let person_strong = m.kind == ActorKind::Person && m.strength == Strength::Strong;
                if person_strong {
                    false
                } else if mt.len() >= 2 && {
                    let mb = mb.get_or_insert_with(|| bag(n));
                    mb.len() >= 2 && b.surfaces(&builds.arena).any(|s| same_bag(s, mb))
                } {
                    true
                } else if mt.len() == 1 {
                    // "Veltrix" for "Veltrix Inc.", "City" for "Northbridge City";
                    // not "in Leeds" for "Leeds City Council".
                    m.kind != ActorKind::Place
                        && !generic(mt[0])
                        && b.surfaces(&builds.arena).any(|s| {
                            let mut st = split_words(s).filter(|t| !glue(t));
                            let hit = st.by_ref().take(3).any(|t| t == mt[0]);
                            hit && split_words(s).filter(|t| !glue(t)).nth(3).is_none()
                        })
                } else {
                    // "Karoo Deep" for "Karoo Deep Mining Ltd": what is left
                    // must be company words.
                    b.surfaces(&builds.arena).any(|s| {
                        let mut st = split_words(s);
                        let prefix = mt.iter().all(|t| st.next() == Some(*t));
                        let mut rest = st.peekable();
                        prefix
                            && rest.peek().is_some()
                            && rest.all(|t| LEX.company_suffixes.has(t) || LEX.org_heads.has(t))
                    })
                }
            }
            _ => false,
        };
        if hit {
            let score = b.last_before(pos).map_or(0, |s| s + 1);
            if best.is_none_or(|(_, bs)| score > bs) {
                best = Some((i, score));
            }
        }
    }
    best.map(|(i, _)| i)
}

thread_local! {
    /// The tables of [`merge`], kept between articles on this thread: each
    /// article cleared them, where building them afresh allocated and freed
    /// a dozen tables per article.
    static BUILDS: std::cell::RefCell<Builds> = std::cell::RefCell::new(Builds::default());
}

impl Builds {
    /// Empties every table for an article of `cap` mentions (none is ever
    /// iterated, so what they held before cannot show), keeping their
    /// memory unless a huge article grew them.
    fn reset(&mut self, cap: usize) {
        if self.v.capacity() > 1 << 12 || self.arena.capacity() > 1 << 16 {
            *self = Builds::default();
        }
        self.clear();
        let Builds {
            v,
            arena,
            by_surface,
            by_token,
            ..
        } = self;
        v.reserve(cap);
        arena.reserve(cap * 16);
        by_surface.reserve(cap);
        by_token.reserve(cap * 2);
    }

    /// Empties every table, keeping its memory.
    fn clear(&mut self) {
        // Every field named, so that a new one cannot be left out.
        let Builds {
            v,
            arena,
            scratch,
            by_key,
            by_surface,
            surface_bits,
            by_token,
            token_bits,
            by_group_head,
            by_initials,
            passes: _,
        } = self;
        v.clear();
        arena.clear();
        scratch.clear();
        by_key.clear();
        by_surface.clear();
        *surface_bits = [0; TOKEN_WORDS];
        by_token.clear();
        *token_bits = [0; TOKEN_WORDS];
        by_group_head.clear();
        by_initials.clear();
    }
}

/// Merges the mentions of one article into actors, ordered by first mention.
///
/// Kept out of line: the stage shows under this name in profiles.
#[inline(never)]
pub(super) fn merge(doc: &str, mentions: Vec<ActorMention>) -> Vec<Actor> {
    BUILDS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut builds) => merge_with(doc, mentions, &mut builds),
        Err(_) => merge_with(doc, mentions, &mut Builds::default()),
    })
}

/// [`merge`] with the tables `builds` (emptied first).
fn merge_with(doc: &str, mentions: Vec<ActorMention>, builds: &mut Builds) -> Vec<Actor> {
    let mut passes = std::mem::take(&mut builds.passes);
    passes.fill(doc, &mentions);
    let not_actor: std::collections::HashSet<String, std::hash::BuildHasherDefault<scan::Fx>> =
        passes
            .not_actor
            .iter()
            .filter_map(|&i| mentions.get(i))
            .map(|m| norm(m.span.as_str(doc)))
            .collect();
    let cap = mentions.len();
    builds.reset(cap);
    let place = |builds: &mut Builds, nbuf: &mut String, m: &ActorMention| {
        norm_span_into(doc, m.span, nbuf);
        let n = nbuf.as_str();
        if n.is_empty() || (!not_actor.is_empty() && not_actor.contains(n)) {
            return;
        }
        let nh = h(n);
        match find(builds, m, n, nh, m.span.start) {
            Some(i) => builds.add_norm(i, m, m.span, n, nh),
            None => {
                builds.create_norm(m, n, nh);
            }
        }
    };
    // The normalised text of the mention at hand.
    let mut nbuf = String::with_capacity(64);

    // 1. Full names first, longest first.
    for m in passes.full.iter().filter_map(|&(_, i)| mentions.get(i)) {
        place(builds, &mut nbuf, m);
    }
    // 2. Acronyms defined in brackets join their expansion.
    if !passes.defines.is_empty() {
        let mut by_span: FxMap<Span, usize> =
            FxMap::with_capacity_and_hasher(mentions.len(), Default::default());
        for (i, b) in builds.v.iter().enumerate() {
            for (s, _, _) in b.mentions.iter() {
                by_span.entry(*s).or_insert(i);
            }
        }
        for m in passes.defines.iter().filter_map(|&i| mentions.get(i)) {
            match m.defines.and_then(|d| by_span.get(&d).copied()) {
                Some(i) => builds.add(i, doc, m, m.span),
                None => place(builds, &mut nbuf, m),
            }
        }
    }
    // 3. Single words in running text, the sure ones first.
    passes.singles.sort_by_key(|&i| {
        mentions
            .get(i)
            .map(|m| (std::cmp::Reverse(m.strength), m.span.start))
    });
    for m in passes.singles.iter().filter_map(|&i| mentions.get(i)) {
        place(builds, &mut nbuf, m);
    }
    // 4. Sentence-initial words: only where the article confirms them (the
    //    same form, a person's name, an organisation's first word).
    for m in passes.confirm.iter().filter_map(|&i| mentions.get(i)) {
        norm_span_into(doc, m.span, &mut nbuf);
        let n = nbuf.as_str();
        if n.is_empty() || (!not_actor.is_empty() && not_actor.contains(n)) {
            continue;
        }
        let nh = h(n);
        match find(builds, m, n, nh, m.span.start) {
            Some(i) => {
                let ok = builds.v.get(i).is_some_and(|b| {
                    b.kind != ActorKind::Organization
                        || b.surfaces(&builds.arena)
                            .any(|s| s == n || split_words(s).next() == Some(n))
                });
                if ok {
                    builds.add_norm(i, m, m.span, n, nh);
                }
            }
            None if LEX.known_orgs.has(n) => {
                builds.create_norm(m, n, nh);
            }
            None if LEX.org_heads.has(n) => {
                // "United" for "Manchester United", "the Ministry" for the
                // ministry named in full: the most mentioned organisation
                // with the word in its name.
                let list = builds.with_token(nh);
                let best = list[list.len().saturating_sub(MAX_CANDIDATES)..]
                    .iter()
                    .copied()
                    .filter(|&i| {
                        builds.v.get(i).is_some_and(|b| {
                            b.kind == ActorKind::Organization
                                && !b.gov
                                && b.surfaces(&builds.arena)
                                    .any(|s| has_space(s) && split_words(s).any(|t| t == n))
                        })
                    })
                    .max_by_key(|&i| builds.v.get(i).map_or(0, |b| b.mentions.len()));
                if let Some(i) = best {
                    builds.add_norm(i, m, m.span, n, nh);
                }
            }
            None => {}
        }
    }
    // 5. Headline runs: the parts the gazetteer or the body confirms.
    for m in passes.headline.iter().filter_map(|&i| mentions.get(i)) {
        headline(doc, m, builds, &mut nbuf, &mut passes.pieces);
    }
    // 6. The government: one actor per country named, the unqualified
    //    mentions joining the latest one.
    let govs = passes
        .gov_named
        .iter()
        .chain(&passes.gov_other)
        .filter_map(|&i| mentions.get(i));
    let gov_builds = &mut passes.gov_builds;
    gov_builds.clear();
    for m in govs {
        let pos = m.span.start;
        let target = match m.form {
            Form::Government(Some(c)) => gov_builds
                .iter()
                .copied()
                .find(|&i| builds.v.get(i).is_some_and(|b| b.key == Some(c))),
            _ => gov_builds.iter().copied().max_by_key(|&i| {
                builds
                    .v
                    .get(i)
                    .and_then(|b| b.last_before(pos))
                    .map_or(0, |s| s + 1)
            }),
        };
        match target {
            Some(i) => builds.add(i, doc, m, m.span),
            None => gov_builds.push(builds.create(doc, m)),
        }
    }
    // 7. "the ministry", "the governor": the most mentioned candidate named
    //    before, the latest on a tie. The title index only serves "the
    //    governor" and is built only when the article has one.
    let mut by_title: FxMap<String, Vec<usize>> = FxMap::default();
    if passes.person_anaphor {
        for (i, b) in builds.v.iter().enumerate() {
            if b.kind == ActorKind::Person {
                if let Some(t) = b.title {
                    norm_into(t.as_str(doc), &mut nbuf);
                    for w in split_words(&nbuf) {
                        by_title.entry(w.to_string()).or_default().push(i);
                    }
                }
            }
        }
    }
    for m in passes.anaphors.iter().filter_map(|&i| mentions.get(i)) {
        let pos = m.span.start;
        let (words, kind) = match m.form {
            Form::OrgAnaphor(heads) => (heads, ActorKind::Organization),
            Form::PersonAnaphor(titles) => (titles, ActorKind::Person),
            _ => continue,
        };
        let mut best: Option<(usize, (usize, usize))> = None;
        let mut consider = |list: &[usize]| {
            for &i in &list[list.len().saturating_sub(MAX_CANDIDATES)..] {
                let Some(b) = builds.v.get(i) else { continue };
                if b.kind != kind || b.gov {
                    continue;
                }
                if let Some(last) = b.last_before(pos) {
                    let score = (b.mentions.len(), last);
                    if best.is_none_or(|(_, s)| score > s) {
                        best = Some((i, score));
                    }
                }
            }
        };
        if kind == ActorKind::Person {
            for w in split_bars(words) {
                consider(by_title.get(w).map_or(&[][..], Vec::as_slice));
            }
        } else if let Some(hashes) = head_hashes(words) {
            // The same words in the same order, hashed once for all
            // articles.
            for &k in hashes {
                consider(builds.with_token(k));
            }
        } else {
            for w in split_bars(words) {
                consider(builds.with_token(h(w)));
            }
        }
        if let Some((i, _)) = best {
            builds.add(i, doc, m, m.span);
        }
    }
    // 8. Groups: one actor per head word ("officials").
    for m in passes.groups.iter().filter_map(|&i| mentions.get(i)) {
        norm_span_into(doc, m.span, &mut nbuf);
        let n = nbuf.as_str();
        let head = last_word(n);
        // "officials" joins "state health officials"; "Russian officials"
        // stays apart from "Ukrainian officials".
        let multi = has_space(n);
        let ends_with_word = |long: &str, short: &str| {
            long.len() > short.len()
                && long.ends_with(short)
                && long[..long.len() - short.len()].ends_with(' ')
        };
        let nested = |s: &str| {
            if s == n {
                return true;
            }
            // A bare "officials" never joins two qualified groups together.
            if multi && !has_space(s) {
                return false;
            }
            ends_with_word(s, n) || ends_with_word(n, s)
        };
        let list = builds
            .by_group_head
            .get(&h(head))
            .map_or(&[][..], Ids::as_slice);
        let target = list[list.len().saturating_sub(MAX_CANDIDATES)..]
            .iter()
            .copied()
            .find(|&i| {
                builds
                    .v
                    .get(i)
                    .is_some_and(|b| b.surfaces(&builds.arena).any(nested))
            });
        let nh = h(n);
        match target {
            Some(i) => builds.add_norm(i, m, m.span, n, nh),
            None => {
                builds.create_norm(m, n, nh);
            }
        }
    }

    // Ordered by first mention (build order on a tie, as a stable sort
    // of the actors gave), each built in place.
    let v = &mut builds.v;
    // Both lists sized once: collected through a filter they grew step by
    // step, and an `Actor` is large to move at each step.
    let firsts = &mut passes.firsts;
    firsts.clear();
    firsts.reserve(v.len());
    firsts.extend(
        v.iter()
            .enumerate()
            .filter(|(_, b)| !b.mentions.is_empty())
            .map(|(i, b)| {
                let first = b.first_start();
                (first.unwrap_or(0), i)
            }),
    );
    firsts.sort_unstable();
    let mut actors = Vec::with_capacity(firsts.len());
    actors.extend(
        firsts
            .iter()
            .filter_map(|&(_, i)| v.get_mut(i).map(|b| build_actor(doc, b))),
    );
    builds.passes = passes;
    // Emptied now, while the builds and the indexes are in cache (the
    // actors were just made from them): emptied at the next article, each
    // build's lists were read back from memory to be dropped, some
    // 25,000 cache misses a pass. `reset` finds them empty.
    builds.clear();
    actors
}

/// The mentions of each pass of [`merge_with`], sorted out in one pass
/// over them: each pass filtering all the mentions by form cost a
/// mispredicted branch at most mentions of another form, ten times over.
/// Each list holds indexes into the article's mentions and keeps their
/// order, as the filters did. Kept in [`Builds`] between articles, so
/// that its lists allocate only when an article outgrows them.
#[derive(Debug, Default)]
struct Passes {
    /// The full names (two words or more, or a gazetteer key), the most
    /// words first, then in text order.
    full: Vec<((std::cmp::Reverse<usize>, usize), usize)>,
    /// Acronyms defined in brackets (any form).
    defines: Vec<usize>,
    /// Single-word names without a key.
    singles: Vec<usize>,
    confirm: Vec<usize>,
    headline: Vec<usize>,
    /// Government mentions naming their country, then the others.
    gov_named: Vec<usize>,
    gov_other: Vec<usize>,
    /// Organisation and person anaphors, in one list.
    anaphors: Vec<usize>,
    /// Whether a person anaphor is among them.
    person_anaphor: bool,
    groups: Vec<usize>,
    not_actor: Vec<usize>,
    /// Buffers of `merge_with` kept between articles, as the lists are:
    /// the government actors made so far, the actors by first mention,
    /// a headline run's word pieces ([`headline`]).
    gov_builds: Vec<usize>,
    firsts: Vec<(usize, usize)>,
    pieces: Vec<(usize, usize)>,
}

impl Passes {
    /// The passes of `mentions`, in fresh lists.
    #[cfg(test)]
    fn of(doc: &str, mentions: &[ActorMention]) -> Self {
        let mut p = Passes::default();
        p.fill(doc, mentions);
        p
    }

    /// Sorts `mentions` out into the lists (emptied first).
    fn fill(&mut self, doc: &str, mentions: &[ActorMention]) {
        // Every field named, so that a new one cannot be left out.
        let Passes {
            full,
            defines,
            singles,
            confirm,
            headline,
            gov_named,
            gov_other,
            anaphors,
            person_anaphor,
            groups,
            not_actor,
            gov_builds,
            firsts,
            pieces,
        } = self;
        for v in [
            defines, singles, confirm, headline, gov_named, gov_other, anaphors, groups, not_actor,
        ] {
            v.clear();
        }
        full.clear();
        *person_anaphor = false;
        // Emptied where they are filled.
        let _ = (gov_builds, firsts, pieces);
        let p = self;
        for (i, m) in mentions.iter().enumerate() {
            // Almost never: a well-predicted branch.
            if m.defines.is_some() {
                p.defines.push(i);
            }
            match m.form {
                Form::Name if m.defines.is_none() => {
                    let spaces = spaces_in(doc, m.span);
                    // Two words or more (`ntok >= 2`), or a gazetteer name.
                    if m.key.is_some() || spaces > 0 {
                        p.full
                            .push(((std::cmp::Reverse(1 + spaces), m.span.start), i));
                    } else {
                        p.singles.push(i);
                    }
                }
                Form::Name => {}
                Form::Confirm => p.confirm.push(i),
                Form::Headline => p.headline.push(i),
                Form::Government(Some(_)) => p.gov_named.push(i),
                Form::Government(None) => p.gov_other.push(i),
                Form::OrgAnaphor(_) => p.anaphors.push(i),
                Form::PersonAnaphor(_) => {
                    p.anaphors.push(i);
                    p.person_anaphor = true;
                }
                Form::Group => p.groups.push(i),
                Form::NotActor => p.not_actor.push(i),
            }
        }
        // Stable: each key computed once beside its mention, the order
        // `sort_by_cached_key` gives without its key vector.
        p.full.sort_by_key(|&(k, _)| k);
    }
}

/// The number of spaces in the text of `span` in `doc` (none for a span
/// off the document, as [`Span::as_str`] gives the empty text). A text of
/// up to 32 bytes with 32 bytes of the document from its start is counted
/// in those 32 bytes read as four words, the same work for every name:
/// the byte loop's exit mispredicted on the name's length.
fn spaces_in(doc: &str, span: Span) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const SPACES: u64 = 0x2020_2020_2020_2020;
    let s = span.as_str(doc);
    let window = doc
        .as_bytes()
        .get(span.start..span.start.wrapping_add(32))
        .and_then(|w| <&[u8; 32]>::try_from(w).ok());
    match window {
        Some(w) if s.len() == span.len() && s.len() <= 32 => {
            let lanes = LANES.get(32 - s.len()..).unwrap_or_default();
            let word = |c: &[u8]| {
                let mut q = [0u8; 8];
                q.copy_from_slice(c);
                u64::from_le_bytes(q)
            };
            let mut n = 0u64;
            for (c, v) in w.chunks_exact(8).zip(lanes.chunks_exact(8)) {
                // A space: the byte xor 0x20 is zero, which sets the high
                // bit of its lane here, exactly (no carry crosses a lane).
                let y = word(c) ^ SPACES;
                let space = !(((y & LOW7) + LOW7) | y) & word(v);
                // The lanes summed into the top byte (at most 8).
                n += ((space >> 7).wrapping_mul(0x0101_0101_0101_0101)) >> 56;
            }
            n as usize
        }
        _ => s.bytes().filter(|&b| b == b' ').count(),
    }
}

/// The full names (two words or more, or a gazetteer key) among
/// `mentions`, the most words first, then in text order.
#[cfg(test)]
fn full_names_longest_first<'m>(doc: &str, mentions: &'m [ActorMention]) -> Vec<&'m ActorMention> {
    Passes::of(doc, mentions)
        .full
        .into_iter()
        .filter_map(|(_, i)| mentions.get(i))
        .collect()
}

/// Whether a mention of form `f` may name its actor (an anaphor does not).
fn names(f: Form) -> bool {
    matches!(
        f,
        Form::Name | Form::Confirm | Form::Headline | Form::Government(_) | Form::Group
    )
}

/// Turns a finished build into an actor (sorting its mentions in place).
fn build_actor(doc: &str, b: &mut Build) -> Actor {
    if let [(span, sentence, _)] = *b.mentions.as_slice() {
        return lone_actor(doc, b, span, sentence);
    }
    build_actor_plain(doc, b)
}

/// [`build_actor`] without the shortcut for one mention.
fn build_actor_plain(doc: &str, b: &mut Build) -> Actor {
    let ms = b.mentions.as_mut_slice();
    ms.sort_by_key(|(s, _, _)| (s.start, s.end));
    // `dedup_by_key` on the slice: the first of each run of equal spans.
    let mut kept = 0;
    for r in 0..ms.len() {
        if kept == 0 || ms.get(kept - 1).map(|m| m.0) != ms.get(r).map(|m| m.0) {
            // No swap of a mention with itself (most are kept in place).
            if kept != r {
                ms.swap(kept, r);
            }
            kept += 1;
        }
    }
    b.mentions.truncate(kept);
    // A country is named by its name, not by its capital ("Russia", not
    // "Moscow"); otherwise the fullest form wins.
    let is_country = |t: &str| scan::geo_any_case(t).is_some_and(|g| g.class == GeoClass::Country);
    // Which mentions (of the first 64) name a country, each looked up once.
    let mut country_bits = 0u64;
    if b.key.is_some() {
        for (k, (s, _, _)) in b.mentions.iter().enumerate() {
            if is_country(s.as_str(doc)) {
                country_bits |= 1u64 << k.min(63);
            }
        }
    }
    let countries = country_bits != 0;
    let mut name: Option<(&str, usize)> = None;
    for (k, &(s, _, named)) in b.mentions.iter().enumerate() {
        if !named {
            continue;
        }
        let t = s.as_str(doc);
        let country = if k < 63 {
            country_bits & (1 << k) != 0
        } else {
            is_country(t)
        };
        if !countries || country {
            // A char is a byte or more: a mention of no more bytes than
            // the best one has chars cannot beat it, and needs no count.
            if name.is_some_and(|(_, n)| t.len() <= n) {
                continue;
            }
            let chars = t.chars().count();
            if name.is_none_or(|(_, n)| chars > n) {
                name = Some((t, chars));
            }
        }
    }
    let name = name
        .map(|(t, _)| t)
        .or_else(|| b.mentions.first().map(|(s, _, _)| s.as_str(doc)))
        .unwrap_or("");
    let name = crate::Text::new(name);
    let mut aliases: Vec<crate::Text> = Vec::new();
    if b.mentions.len() <= 8 {
        // Few mentions (most actors): a linear check beats hashing.
        for (s, _, _) in b.mentions.iter() {
            let t = s.as_str(doc);
            if t != name && !aliases.iter().any(|a| a == t) {
                aliases.push(t.into());
            }
        }
    } else {
        let mut seen: HashSet<&str, std::hash::BuildHasherDefault<scan::Fx>> = HashSet::default();
        seen.insert(name.as_str());
        for (s, _, _) in b.mentions.iter() {
            let t = s.as_str(doc);
            if seen.insert(t) {
                aliases.push(t.into());
            }
        }
    }
    Actor {
        name,
        kind: b.kind,
        title: b.title.map(|t| t.as_str(doc).into()),
        aliases,
        mentions: b
            .mentions
            .iter()
            .map(|&(span, sentence, _)| Mention {
                span,
                sentence,
                text: span.as_str(doc).into(),
            })
            .collect(),
    }
}

/// [`build_actor`] for a build of one mention (most actors): nothing to
/// sort or dedup, and the name is that mention whatever the rules of
/// `build_actor` would weigh (a lone country is the country; a lone
/// mention of any form is the fallback), so no alias is left.
fn lone_actor(doc: &str, b: &Build, span: Span, sentence: usize) -> Actor {
    let text = span.as_str(doc);
    Actor {
        name: crate::Text::new(text),
        kind: b.kind,
        title: b.title.map(|t| t.as_str(doc).into()),
        aliases: Vec::new(),
        mentions: vec![Mention {
            span,
            sentence,
            text: text.into(),
        }],
    }
}

/// Splits a headline run into the parts that name something known: a
/// gazetteer place, a well-known organisation, or an actor of the body.
///
/// `pieces` is a buffer kept between runs ([`Passes::pieces`]).
fn headline(
    doc: &str,
    m: &ActorMention,
    builds: &mut Builds,
    nbuf: &mut String,
    pieces: &mut Vec<(usize, usize)>,
) {
    let text = m.span.as_str(doc);
    // Word pieces: (start, end) relative to the run, possessive dropped.
    pieces.clear();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                let w = &text[s..i];
                let e = w
                    .strip_suffix("’s")
                    .or_else(|| w.strip_suffix("'s"))
                    .map_or(i, |r| s + r.len());
                pieces.push((s, e));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    let mut i = 0;
    while i < pieces.len() {
        let mut advanced = false;
        for j in (i + 1..=(i + 4).min(pieces.len())).rev() {
            let span = Span::new(m.span.start + pieces[i].0, m.span.start + pieces[j - 1].1);
            let sub = span.as_str(doc);
            norm_span_into(doc, span, nbuf);
            let n = nbuf.as_str();
            let nh = h(n);
            let geo = scan::geo_any_case(sub)
                .filter(|g| !matches!(g.class, GeoClass::Demonym | GeoClass::DemonymPlural));
            let mut hm = m.clone();
            hm.span = span;
            hm.form = Form::Name;
            hm.strength = Strength::Weak;
            if let Some(g) = geo {
                hm.kind = ActorKind::Place;
                hm.strength = Strength::Strong;
                hm.key = Some(g.canon);
                match builds.by_key.get(g.canon).copied() {
                    Some(k) => builds.add_norm(k, &hm, span, n, nh),
                    None => {
                        builds.create_norm(&hm, n, nh);
                    }
                }
            } else if let Some(k) = find(builds, &hm, n, nh, span.start) {
                builds.add_norm(k, &hm, span, n, nh);
            } else if LEX.known_orgs.has(n) {
                hm.kind = ActorKind::Organization;
                hm.strength = Strength::Strong;
                builds.create_norm(&hm, n, nh);
            } else {
                continue;
            }
            i = j;
            advanced = true;
            break;
        }
        if !advanced {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The letters of [`find`]'s initials check as the char loop wrote
    /// them before [`dotless_letters`].
    fn dotless_letters_plain(n: &str) -> Option<String> {
        let mut buf = [0u8; 48];
        let mut len = 0;
        for c in n.chars().filter(|c| *c != '.') {
            if let Some(slot) = buf.get_mut(len..len + c.len_utf8()) {
                c.encode_utf8(slot);
            }
            len += c.len_utf8();
        }
        let letters = buf
            .get(..len)
            .and_then(|l| std::str::from_utf8(l).ok())
            .unwrap_or("");
        if !(2..=6).contains(&len) || !letters.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        Some(letters.to_string())
    }

    #[test]
    fn dotless_letters_agree_with_the_char_loop() {
        for n in [
            "",
            "u",
            "un",
            "u.n.",
            "u.s.",
            "eu",
            "nato",
            "abcdef",
            "abcdefg",
            "a.b.c.d.e.f.",
            "a.b.c.d.e.fg",
            "..",
            ".",
            "ab.",
            "u.k",
            "é.u.",
            "éu",
            "u’n",
            "un1",
            "U.N.",
            "aB",
            "a-b",
            "a b",
            "\u{a0}ab",
            "abc\u{2014}",
            "ñandú",
            "............",
            "abcdefghijkl",
            "a.........b.",
        ] {
            assert!(n.len() <= 12, "{n:?}");
            let mut buf = [0u8; 12];
            assert_eq!(
                dotless_letters(n, &mut buf).map(str::to_string),
                dotless_letters_plain(n),
                "{n:?}"
            );
        }
        let mut buf = [0u8; 12];
        assert_eq!(dotless_letters("u.n.", &mut buf), Some("un"));
        assert_eq!(dotless_letters("abcdefghijklm", &mut buf), None);
    }

    #[test]
    fn initials_on_the_stack_agree_with_the_string() {
        let long = "ábc ".repeat(40);
        for n in [
            "european union",
            "bank of kenya",
            "the world health organization",
            "zürich électricité",
            "one",
            "",
            "  spaced  out ",
            long.as_str(),
        ] {
            assert_eq!(with_initials(n, str::to_string), initials(n), "{n:?}");
        }
        assert_eq!(initials("european union").as_deref(), Some("eu"));
    }

    /// `norm` as it was written before its fast paths.
    fn norm_reference(s: &str) -> String {
        let mut space = false;
        let mut out = if s.is_ascii() {
            let mut out = String::new();
            for w in s.split_ascii_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
            out.make_ascii_lowercase();
            out
        } else {
            let mut out = String::new();
            for c in s.chars() {
                if c.is_whitespace() {
                    space = !out.is_empty();
                    continue;
                }
                if space {
                    out.push(' ');
                    space = false;
                }
                let c = if c == '’' { '\'' } else { c };
                for l in c.to_lowercase() {
                    out.push(fold(l));
                }
            }
            out
        };
        if out.starts_with("the ") {
            out.drain(..4);
        }
        if out.ends_with("'s") {
            out.truncate(out.len() - 2);
        }
        out
    }

    #[test]
    fn a_headline_run_splits_the_same_whatever_its_buffer_held() {
        let doc = "Peru Backs Acme Holdings Chief In Lima\nAcme Holdings and Peru agreed.";
        let view = crate::segment::SentenceView {
            doc,
            span: Span::new(0, 38),
            index: 0,
            block_kind: crate::structure::BlockKind::Headline,
        };
        let runs: Vec<ActorMention> = super::super::find::mentions(&view)
            .into_iter()
            .filter(|m| m.form == Form::Headline)
            .collect();
        assert!(!runs.is_empty());
        let split = |pieces: &mut Vec<(usize, usize)>| {
            let mut builds = Builds::default();
            let mut nbuf = String::new();
            for m in &runs {
                headline(doc, m, &mut builds, &mut nbuf, pieces);
            }
            format!("{:?}", builds.v)
        };
        let clean = split(&mut Vec::new());
        assert!(clean.contains("Place"), "{clean}");
        // Left over from another run, a piece that names a place.
        assert_eq!(split(&mut vec![(34, 38)]), clean);
    }

    #[test]
    fn shape_read_in_the_document_agrees_with_the_byte_loop() {
        // Every span of these documents (at char boundaries): names of 0
        // to over 32 bytes, with spaces first, last or doubled, control
        // bytes, NBSP, accents and curly quotes inside and right after.
        let x31 = "x".repeat(31);
        let docs = [
            "President Nicolás Maduro  said\tthe\u{b}World Bank’s  envoy — “Acme Corp” — left.",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9",
            "  The   UN\r\nsaid  é \u{a0}NATO  and more words after them",
            x31.as_str(),
            "Ünited Státes of América and the Central Bank of Kenya (CBK) Governor",
        ];
        let (mut windowed, mut spans) = (0, 0);
        for doc in docs {
            let bounds: Vec<usize> = (0..=doc.len())
                .filter(|&i| doc.is_char_boundary(i))
                .collect();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b >= a) {
                    let span = Span::new(a, b);
                    let s = span.as_str(doc);
                    if let Some(got) = shape_in(doc, span) {
                        assert_eq!(got, shape(s), "{s:?} in {doc:?}");
                        windowed += 1;
                    }
                    let (mut x, mut y) = (String::with_capacity(64), String::new());
                    norm_span_into(doc, span, &mut x);
                    norm_into(s, &mut y);
                    assert_eq!(x, y, "{s:?}");
                    spans += 1;
                }
            }
        }
        // Off the document: no window, the byte loop answers.
        assert_eq!(shape_in("abc", Span::new(2, 9)), None);
        assert!(windowed > 1000 && spans > windowed, "{windowed} of {spans}");
        // Both answers occur.
        assert_eq!(shape_in(docs[1], Span::new(0, 3)), Some((true, true)));
        assert_eq!(shape_in(docs[2], Span::new(0, 6)), Some((true, false)));
        assert_eq!(shape_in(docs[0], Span::new(10, 18)), Some((false, true)));
    }

    #[test]
    fn norm_fast_paths_agree_with_the_plain_loop() {
        let mut buf = String::from("left over");
        for s in [
            "",
            " ",
            "Acme",
            "The World Bank",
            "the  World\tBank ",
            " Maduro's",
            "Maduro’s",
            "José  María\u{a0}Aznar",
            "JOSÉ\u{b}ÁLVAREZ",
            "a\u{b}b",
            "Zürich Électricité’s",
            "THE \r\nUN",
            "İstanbul",
            "The International Committee Of The RED CROSS",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF",
            "a\u{1}b C",
            "Acme ",
            " Acme",
            "Acme  Corp",
            "Acme\tCorp",
            "Acme\nCorp Ltd",
            "Acme\u{c}Corp",
            "Acme Corp\r",
            "Acme Corp Ltd",
            "Central Bank of Kenya’s",
        ] {
            norm_into(s, &mut buf);
            assert_eq!(buf, norm_reference(s), "{s:?}");
            assert_eq!(norm(s), norm_reference(s), "{s:?}");
            // A buffer with room for the padding is lower-cased in whole
            // blocks.
            let mut roomy = String::with_capacity(256);
            norm_into(s, &mut roomy);
            assert_eq!(roomy, norm_reference(s), "{s:?}");
        }
    }

    #[test]
    fn has_answers_as_contains() {
        let mut small: Small<u64, 4> = Small::new(7);
        for k in 0..12u64 {
            for x in 0..14u64 {
                assert_eq!(small.has(&x), small.as_slice().contains(&x), "{k} {x}");
            }
            // The padding (7) is never held until pushed.
            small.push(k * 3 % 11);
        }
        assert!(matches!(small, Small::Heap(_)));
    }

    #[test]
    fn words_split_as_split_does() {
        for n in [
            "",
            " ",
            "a",
            "a b",
            " a  b ",
            "zürich électricité",
            "acme ",
            "  ",
        ] {
            let want: Vec<&str> = n.split(' ').collect();
            assert_eq!(split_words(n).collect::<Vec<_>>(), want, "{n:?}");
            assert_eq!(last_word(n), n.rsplit(' ').next().unwrap_or(""), "{n:?}");
            assert_eq!(has_space(n), n.contains(' '), "{n:?}");
            let bars = n.replace(' ', "|");
            let want: Vec<&str> = bars.split('|').collect();
            assert_eq!(split_bars(&bars).collect::<Vec<_>>(), want, "{bars:?}");
        }
    }

    #[test]
    fn full_names_come_in_the_order_of_the_cached_key_sort() {
        let doc = "Ana Maria Lopez met Lopez and Ana Maria in São Paulo, Peru.";
        let m = |s: usize, e: usize, form: Form, key: Option<&'static str>| ActorMention {
            span: Span::new(s, e),
            sentence: 0,
            kind: ActorKind::Person,
            title: None,
            form,
            strength: Strength::Default,
            key,
            defines: None,
        };
        // Ties on both keys (the same start and word count) keep their order.
        let mentions = vec![
            m(20, 25, Form::Name, None),
            m(30, 39, Form::Name, None),
            m(0, 15, Form::Name, None),
            m(43, 53, Form::Name, Some("Brazil")),
            m(0, 9, Form::Name, None),
            m(0, 9, Form::Confirm, None),
            m(55, 59, Form::Name, Some("Peru")),
            m(0, 15, Form::Name, Some("x")),
            m(43, 53, Form::Name, None),
        ];
        let ntok = |m: &ActorMention| 1 + m.span.as_str(doc).bytes().filter(|&b| b == b' ').count();
        let mut want: Vec<&ActorMention> = mentions
            .iter()
            .filter(|m| {
                m.form == Form::Name && m.defines.is_none() && (m.key.is_some() || ntok(m) >= 2)
            })
            .collect();
        want.sort_by_cached_key(|m| (std::cmp::Reverse(ntok(m)), m.span.start));
        let got = full_names_longest_first(doc, &mentions);
        assert_eq!(got.len(), 7);
        assert!(got.iter().zip(&want).all(|(a, b)| std::ptr::eq(*a, *b)));
    }

    #[test]
    fn a_new_surface_brings_the_hashes_of_its_text_and_last_word() {
        // The last word's hash comes from the word loop for names and is
        // computed apart for the other forms: both must be the hash of
        // what follows the last space.
        let names = [
            "acme",
            "central bank of kenya",
            "são paulo",
            "nicolás maduro ",
            "a  b",
            "",
            "ministry of health’s",
            "x\u{a0}y z",
        ];
        for form in [
            Form::Name,
            Form::Headline,
            Form::Group,
            Form::Government(None),
        ] {
            for n in names {
                let m = ActorMention {
                    span: Span::new(0, 1),
                    sentence: 0,
                    kind: ActorKind::Organization,
                    title: None,
                    form,
                    strength: Strength::Strong,
                    key: None,
                    defines: None,
                };
                let mut b = Build::new(&m);
                let mut arena = String::new();
                let (_, surface) = b.add(&m, m.span, n, h(n), &mut arena);
                assert_eq!(surface, Some((h(n), h(last_word(n)))), "{n:?} {form:?}");
            }
        }
    }

    #[test]
    fn tables_kept_between_articles_merge_as_fresh_ones() {
        // Articles in turn on one thread (the kept tables), each compared
        // with a merge on tables of its own; a big one in the middle.
        let mut big = String::new();
        for k in 0..300u32 {
            // A name of its own for each line, in letters.
            let w: String = [k % 26, k / 26 % 26]
                .iter()
                .filter_map(|&d| char::from_u32(u32::from(b'a') + d))
                .collect();
            big.push_str(&format!(
                "Acme{w} Holdings and Dr. Jane Ro{w} of Kenya met officials.\n"
            ));
        }
        let texts = [
            "Central Bank of Kenya (CBK) Governor Patrick Njoroge said.\nThe CBK and the government met.\nNjoroge’s ministry agreed; officials said.",
            "President Nicolás Maduro met the World Food Programme.\nMaduro said Venezuela would act.\nThe ministry said.",
            big.as_str(),
            "São Paulo Governor Tarcísio de Freitas spoke.\nKaroo Deep Mining Ltd rose; Karoo Deep fell.\nEU and European Union envoys met.",
            "",
            // Headlines (the first line of these): their runs split into
            // known parts, a long run before a short one.
            "# Acme Holdings Chief Jane Roe Meets Kenya Central Bank Officials In Nairobi Today\nAcme Holdings said Jane Roe met the Central Bank of Kenya.",
            "# Peru Backs Acme\nAcme Holdings and Peru agreed.",
            "Central Bank of Kenya (CBK) Governor Patrick Njoroge said.\nThe CBK and the government met.",
        ];
        let mentions_of = |text: &str| {
            let mut all = Vec::new();
            let mut start = 0;
            for (index, line) in text.split('\n').enumerate() {
                // A line opening with "# " is a headline (from its third
                // byte).
                let (skip, block_kind) = match line.strip_prefix("# ") {
                    Some(_) => (2, crate::structure::BlockKind::Headline),
                    None => (0, crate::structure::BlockKind::Paragraph),
                };
                let view = crate::segment::SentenceView {
                    doc: text,
                    span: Span::new(start + skip, start + line.len()),
                    index,
                    block_kind,
                };
                all.extend(super::super::find::mentions(&view));
                start += line.len() + 1;
            }
            all
        };
        let mut actors = 0;
        let mut headlines = 0;
        for text in texts {
            let mentions = mentions_of(text);
            headlines += mentions.iter().filter(|m| m.form == Form::Headline).count();
            let kept = merge(text, mentions);
            let fresh = merge_with(text, mentions_of(text), &mut Builds::default());
            assert_eq!(kept, fresh, "{text:.60}");
            actors += kept.len();
        }
        assert!(actors > 300, "{actors}");
        assert!(headlines >= 2, "{headlines}");
    }

    #[test]
    fn the_tail_word_is_its_bytes_and_count() {
        // The plain reading: the bytes zero padded (from four bytes on),
        // or bytes 0, n / 2 and n - 1 (below four), the count on top.
        let plain = |rest: &[u8]| {
            let n = rest.len();
            let mut w = [0u8; 8];
            if n >= 4 {
                w[..n].copy_from_slice(rest);
            } else if n > 0 {
                w[0] = rest[0];
                w[1] = rest[n / 2];
                w[2] = rest[n - 1];
            }
            w[7] = n as u8;
            u64::from_le_bytes(w)
        };
        let text = "Zürich’s “Ministry”\u{a0}of — Défense abcdefgh";
        let b = text.as_bytes();
        let mut seen = std::collections::HashMap::new();
        for i in 0..b.len() {
            for j in i..b.len().min(i + 8) {
                let rest = &b[i..j];
                if rest.len() < 8 {
                    assert_eq!(tail(rest), plain(rest), "{rest:?}");
                }
            }
            for j in i..b.len().min(i + 30) {
                // Distinct texts, distinct hashes (on these few).
                let s = &b[i..j];
                if let Ok(t) = std::str::from_utf8(s) {
                    assert_eq!(h(t), h_bytes(s));
                }
                if let Some(other) = seen.insert(h_bytes(s), s) {
                    assert_eq!(other, s);
                }
            }
        }
        assert_ne!(h("ab"), h("ab\0"));
        assert_ne!(h(""), h("\0"));
    }

    /// [`h`] of bytes that need not be UTF-8 (the same steps).
    fn h_bytes(b: &[u8]) -> u64 {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut x = 0u64;
        let mut chunks = b.chunks_exact(8);
        for c in &mut chunks {
            x = (x.rotate_left(5) ^ u64::from_le_bytes(c.try_into().unwrap())).wrapping_mul(K);
        }
        (x.rotate_left(5) ^ tail(chunks.remainder())).wrapping_mul(K)
    }

    #[test]
    fn spaces_are_counted_as_the_byte_loop_counts() {
        let doc = "Zürich’s “Ministry”\u{a0}of  — Défense, the  Bank of  England \
                   and a long name of many words over thirty-two bytes  ";
        let mut tried = 0;
        for i in 0..=doc.len() + 1 {
            for j in i..=doc.len() + 2 {
                let span = Span::new(i, j);
                let want = span.as_str(doc).bytes().filter(|&b| b == b' ').count();
                assert_eq!(spaces_in(doc, span), want, "{span:?}");
                tried += usize::from(want > 1 && j - i <= 32 && j + 32 <= doc.len());
            }
        }
        assert!(tried > 100, "{tried}");
    }

    #[test]
    fn head_hashes_are_the_hashes_of_the_split_heads() {
        for &(_, heads) in lexicon::ORG_ANAPHORS {
            let want: Vec<u64> = split_bars(heads).map(h).collect();
            assert_eq!(head_hashes(heads), Some(&want[..]), "{heads}");
        }
        // A copy answers as the lexicon's string; another list has none.
        let copy = String::from("ministry");
        assert_eq!(head_hashes(&copy), Some(&[h("ministry")][..]));
        assert_eq!(head_hashes("ministry|agency"), None);
    }

    #[test]
    fn the_bits_answer_as_the_token_and_surface_indexes() {
        let mut b = Builds::default();
        let words: Vec<String> = (0..3000).map(|k| format!("w{k}")).collect();
        // Every third word listed, some twice, under a few actors.
        for (k, w) in words.iter().enumerate().filter(|(k, _)| k % 3 == 0) {
            index_token(&mut b.by_token, &mut b.token_bits, h(w), k % 7);
            if k % 2 == 0 {
                index_token(&mut b.by_token, &mut b.token_bits, h(w), k % 5);
            }
        }
        // Surfaces go in through `add_norm`: every fifth word, as an
        // organisation of its own.
        for (k, w) in words.iter().enumerate().filter(|(k, _)| k % 5 == 0) {
            let m = ActorMention {
                span: Span::new(0, w.len()),
                sentence: 0,
                kind: ActorKind::Organization,
                title: None,
                form: Form::Name,
                strength: Strength::Strong,
                key: None,
                defines: None,
            };
            let i = b.create_norm(&m, w, h(w));
            assert_eq!(b.with_surface(h(w)), Some(i), "{k}");
        }
        let mut turned_away = 0;
        for w in words
            .iter()
            .map(String::as_str)
            .chain(["", "ministry", "é"])
        {
            let plain = b.by_token.get(&h(w)).map_or(&[][..], Ids::as_slice);
            assert_eq!(b.with_token(h(w)), plain, "{w}");
            let surface = b.by_surface.get(&h(w)).copied();
            assert_eq!(b.with_surface(h(w)), surface, "{w}");
            let (x, bit) = token_bit(h(w));
            turned_away += usize::from(b.token_bits[x] & bit == 0);
        }
        // The bits turn some words away on their own (the 1400 or so
        // words listed leave about a quarter of the 1024 bits clear).
        assert!(turned_away > 100, "{turned_away}");
    }

    #[test]
    fn one_pass_sorts_the_mentions_as_the_filters_did() {
        let doc = "Ana María López met the “Ministry”\u{a0}— officials and Peru’s government.";
        let forms = [
            Form::Name,
            Form::Confirm,
            Form::Headline,
            Form::OrgAnaphor("ministry"),
            Form::PersonAnaphor("governor"),
            Form::Government(Some("Peru")),
            Form::Government(None),
            Form::Group,
            Form::NotActor,
        ];
        let spans = [
            (0, 3),
            (0, 17),
            (4, 10),
            (22, 40),
            (46, 55),
            (60, 79),
            (60, 64),
        ];
        let mut mentions = Vec::new();
        for k in 0..200usize {
            let (s, e) = spans[k * 7 % spans.len()];
            mentions.push(ActorMention {
                span: Span::new(s, e),
                sentence: k,
                kind: ActorKind::Person,
                title: None,
                form: forms[k * 5 % forms.len()],
                strength: Strength::Default,
                key: (k % 4 == 0).then_some("Peru"),
                defines: (k % 11 == 0).then_some(Span::new(0, 3)),
            });
        }
        let p = Passes::of(doc, &mentions);
        let same = |got: &[usize], f: &dyn Fn(&ActorMention) -> bool| {
            let want: Vec<usize> = (0..mentions.len()).filter(|&i| f(&mentions[i])).collect();
            got == want.as_slice()
        };
        let multi = |m: &ActorMention| has_space(m.span.as_str(doc));
        assert!(same(&p.defines, &|m| m.defines.is_some()));
        assert!(same(&p.singles, &|m| {
            m.form == Form::Name && m.defines.is_none() && !(m.key.is_some() || multi(m))
        }));
        assert!(same(&p.confirm, &|m| m.form == Form::Confirm));
        assert!(same(&p.headline, &|m| m.form == Form::Headline));
        assert!(same(&p.gov_named, &|m| matches!(
            m.form,
            Form::Government(Some(_))
        )));
        assert!(same(&p.gov_other, &|m| m.form == Form::Government(None)));
        assert!(same(&p.anaphors, &|m| matches!(
            m.form,
            Form::OrgAnaphor(_) | Form::PersonAnaphor(_)
        )));
        assert_eq!(
            p.person_anaphor,
            mentions
                .iter()
                .any(|m| matches!(m.form, Form::PersonAnaphor(_)))
        );
        assert!(same(&p.groups, &|m| m.form == Form::Group));
        assert!(same(&p.not_actor, &|m| m.form == Form::NotActor));
        // Every list has something to compare.
        assert!(
            !p.full.is_empty() && !p.singles.is_empty() && !p.defines.is_empty(),
            "{} {} {}",
            p.full.len(),
            p.singles.len(),
            p.defines.len()
        );
    }

    #[test]
    fn a_lone_mention_builds_as_the_plain_way() {
        let doc = "Peru’s  José Álvarez, the “Ministry”\u{a0}— officials in Moscow.";
        let spans = [
            (0, 4),
            (0, 8),
            (10, 24),
            (30, 44),
            (33, 49),
            (50, 59),
            (63, 69),
            (3, 3),
        ];
        let forms = [
            Form::Name,
            Form::Confirm,
            Form::Headline,
            Form::OrgAnaphor("ministry"),
            Form::PersonAnaphor("governor"),
            Form::Government(Some("Peru")),
            Form::Group,
        ];
        let mut n = 0;
        for (s, e) in spans {
            if doc.get(s..e).is_none() {
                continue;
            }
            for form in forms {
                for key in [None, Some("Peru"), Some("Russia")] {
                    for title in [None, Some(Span::new(10, 15))] {
                        let m = ActorMention {
                            span: Span::new(s, e),
                            sentence: 3,
                            kind: ActorKind::Place,
                            title,
                            form,
                            strength: Strength::Strong,
                            key,
                            defines: None,
                        };
                        let mut b = Build::new(&m);
                        b.note(m.span, m.sentence, names(form));
                        let mut c = Build::new(&m);
                        c.note(m.span, m.sentence, names(form));
                        assert_eq!(build_actor(doc, &mut b), build_actor_plain(doc, &mut c));
                        n += 1;
                    }
                }
            }
        }
        assert!(n > 100, "{n}");
    }

    /// A one-byte person mention at the document's start: the seed of a
    /// build whose later mentions a test notes by hand.
    fn person_at_start() -> ActorMention {
        ActorMention {
            span: Span::new(0, 1),
            sentence: 0,
            kind: ActorKind::Person,
            title: None,
            form: Form::Name,
            strength: Strength::Strong,
            key: None,
            defines: None,
        }
    }

    #[test]
    fn starts_answer_as_a_sorted_set() {
        // Inline and spilled, with repeats and out of order.
        let inserts = [40, 10, 40, 30, 20, 10, 50, 5, 45, 30];
        let mut b = Build::new(&person_at_start());
        let mut set = BTreeSet::new();
        for (k, &x) in inserts.iter().enumerate() {
            b.note(Span::new(x, x + 3), k, true);
            set.insert(x);
            for pos in [0, 5, 6, 10, 11, 25, 40, 41, 46, 100] {
                assert_eq!(
                    b.last_before(pos),
                    set.range(..pos).next_back().copied(),
                    "after {k} inserts, before {pos}"
                );
            }
        }
        assert!(matches!(b.mentions, Small::Heap(_)));
    }

    #[test]
    fn the_first_start_is_the_least_of_the_mentions() {
        // Inline and spilled, out of order, with repeats.
        let inserts = [40, 10, 40, 3000, 20, 10, 5, 45];
        let mut b = Build::new(&person_at_start());
        assert_eq!(b.first_start(), None);
        for (k, &x) in inserts.iter().enumerate() {
            b.note(Span::new(x, x + 3), k, true);
            let plain = b.mentions.iter().map(|(s, _, _)| s.start).min();
            assert_eq!(b.first_start(), plain, "after {k} inserts");
        }
        assert_eq!(b.first_start(), Some(5));
    }
}
