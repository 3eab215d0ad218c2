//! Article structure: split the scraper's text into labelled blocks
//! (headline, standfirst, paragraph, noise) and find datelines.
//!
//! Noise is recognised by the shape of the whole line, never by its exact
//! words: a page-furniture label followed by a separator or nothing
//! ("Also Read: ...", "Advertisement"), a short share prompt, "By" and a
//! capitalised name, a line wholly in brackets that opens with a wire
//! credit, a caption ending in an agency photo credit ("REUTERS/Jane
//! Doe"), press-release sections ("About Acme" followed by a paragraph that
//! starts with "Acme"; "Media contact" and the short lines after it). The
//! label tables are in `labels.rs`.

mod labels;

use self::labels::{
    ABOUT_GENERIC, ADVERTISEMENT, CAPTION, CONTACT_HEADINGS, CREDIT, MONTHS, NOT_PLACES,
    PRESS_RELEASE, RELATED, SHARE_PREFIXES, SHARE_WORDS, TIME_WORDS, TIMESTAMP, WEEKDAYS,
};
use crate::Span;

/// What a block of the article is.
///
/// ```
/// use news_claims::{BlockKind, blocks};
///
/// let text = "Quake Hits Peru\nDozens are feared dead.\nLIMA (Wire) - A quake struck.\n";
/// let kinds: Vec<BlockKind> = blocks(text).iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [BlockKind::Headline, BlockKind::Standfirst, BlockKind::Paragraph]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline: the first content line.
    Headline,
    /// The standfirst (dek): a one- or two-sentence summary line right
    /// after the headline, before a body that opens with a dateline (or,
    /// without a dateline, a short line before at least two more
    /// paragraphs).
    Standfirst,
    /// A body paragraph.
    Paragraph,
    /// Scraper noise: kept for the record, never read by the extractors.
    Noise,
}

/// Why a line was taken for scraper noise.
///
/// ```
/// use news_claims::{NoiseKind, blocks};
///
/// let text = "Storm Hits Coast\nAlso Read: Floods in Chad\n(Getty Images)\nThe storm hit.\n";
/// let noise: Vec<Option<NoiseKind>> = blocks(text).iter().map(|b| b.noise).collect();
/// assert_eq!(noise, [None, Some(NoiseKind::Related), Some(NoiseKind::Caption), None]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum NoiseKind {
    /// "Also Read: ...", "RELATED: ...", "Read more", "See also".
    Related,
    /// "Advertisement", "Sponsored".
    Advertisement,
    /// "Share this article", "Follow us on ...", "Click here to subscribe".
    Share,
    /// "By Ana Souza, Health Correspondent", and article metadata lines
    /// such as "Updated 10:32 AM EST, March 4, 2025" or "5 min read".
    Byline,
    /// Photo captions and credits ("Photo: ...", "(Getty Images)").
    Caption,
    /// "(Reporting by ...; Editing by ...)", copyright lines.
    Credit,
    /// Press-release furniture: the "About ..." section, the "Media
    /// contact" section, "FOR IMMEDIATE RELEASE", "###".
    PressRelease,
}

/// One line-level block of the article.
///
/// ```
/// use news_claims::{BlockKind, blocks};
///
/// let text = "Storm Hits Coast\nAdvertisement\nThe storm hit on Monday.\n";
/// let kinds: Vec<BlockKind> = blocks(text).iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [BlockKind::Headline, BlockKind::Noise, BlockKind::Paragraph]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// For noise blocks, what kind of noise.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub noise: Option<NoiseKind>,
    /// The line, without its line terminator and surrounding whitespace.
    pub span: Span,
}

/// A dateline that opens a paragraph: "CARACAS, Dec 27 (Newswire) -" or
/// "GENEVA —". It stays inside the paragraph's first sentence; this record
/// labels its parts (spans into the whole text).
///
/// ```
/// use news_claims::Extractor;
///
/// let text = "Fire Spreads\nPRINCE GEORGE, B.C., July 14 (Cascade Wire) - Crews battled.\n";
/// let ex = Extractor::default().extract(text, None);
/// let d = &ex.datelines[0];
/// assert_eq!(d.span.as_str(text), "PRINCE GEORGE, B.C., July 14 (Cascade Wire) -");
/// assert_eq!(d.place.as_str(text), "PRINCE GEORGE, B.C.");
/// assert_eq!(d.date.map(|s| s.as_str(text)), Some("July 14"));
/// assert_eq!(d.agency.map(|s| s.as_str(text)), Some("Cascade Wire"));
/// assert_eq!(d.block, 1);
/// // The dateline stays in the first sentence.
/// assert!(ex.sentences[1].text.starts_with("PRINCE GEORGE, B.C., July 14"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Dateline {
    /// The whole dateline, separator included.
    pub span: Span,
    /// The place ("CARACAS", "PRINCE GEORGE, B.C.").
    pub place: Span,
    /// The date, when given ("Dec 27").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub date: Option<Span>,
    /// The news agency in brackets, when given ("Newswire").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub agency: Option<Span>,
    /// Index of the block it opens.
    pub block: usize,
}

/// Splits `text` into labelled blocks, one per non-blank line, in order.
///
/// The first content line is the headline (unless it opens with a
/// dateline); the next one is a standfirst when it is a short summary
/// before the body; noise lines are recognised by their shape (a label
/// such as "Also Read:", a byline, a caption credit, a wire credit in
/// brackets, press-release furniture) and keep [`BlockKind::Noise`].
///
/// ```
/// use news_claims::{BlockKind, NoiseKind, blocks};
///
/// let text = "Storm Hits Coast\n\
///             Thousands flee as winds reach 150 km/h.\n\
///             By Ana Souza, Health Correspondent\n\
///             MIAMI, Sept. 3 (Wire) - The storm hit on Monday.\n\
///             Officials said 12 people died.\n\
///             (Reporting by Ana Souza; Editing by Tom Lee)\n";
/// let b = blocks(text);
/// let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
/// assert_eq!(kinds, [
///     BlockKind::Headline,
///     BlockKind::Standfirst,
///     BlockKind::Noise,
///     BlockKind::Paragraph,
///     BlockKind::Paragraph,
///     BlockKind::Noise,
/// ]);
/// assert_eq!(b[2].noise, Some(NoiseKind::Byline));
/// assert_eq!(b[5].noise, Some(NoiseKind::Credit));
/// ```
pub fn blocks(text: &str) -> Vec<Block> {
    // Lines run to about 100-300 bytes (short headlines and noise lines,
    // long paragraphs): sized from the text, the list seldom grows.
    let mut spans: Vec<Span> = Vec::with_capacity(text.len() / 128 + 4);
    spans.extend(lines(text));
    let mut out: Vec<Block> = Vec::with_capacity(spans.len());
    let mut section = Section::None;
    for (k, &span) in spans.iter().enumerate() {
        let line = span.as_str(text);
        let next = spans.get(k + 1).map_or("", |s| s.as_str(text));
        // Whether a label may open the line, for every label rule.
        let labelled = may_open_label(line);
        let mut noise = noise_kind(line, labelled);
        match noise {
            Some(NoiseKind::PressRelease) if is_contact_heading(line, labelled) => {
                section = Section::Contact;
            }
            Some(_) => {}
            None => {
                if labelled && is_about_heading(line, next) {
                    noise = Some(NoiseKind::PressRelease);
                    section = Section::About;
                } else if (section == Section::About && !is_heading(line))
                    || (section == Section::Contact && is_contact_line(line))
                {
                    noise = Some(NoiseKind::PressRelease);
                } else {
                    section = Section::None;
                }
            }
        }
        let kind = if noise.is_some() {
            BlockKind::Noise
        } else {
            BlockKind::Paragraph
        };
        out.push(Block { kind, noise, span });
    }
    label_headline_and_standfirst(text, &mut out);
    out
}

/// The press-release section a line is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    /// After an "About Acme" heading.
    About,
    /// After a "Media contact" heading.
    Contact,
}

/// Marks the first content line as the headline and the second as the
/// standfirst where it is one.
fn label_headline_and_standfirst(text: &str, blocks: &mut [Block]) {
    // The first four content lines are all the rules below look at.
    let mut content = [0usize; 4];
    let mut n = 0;
    for (i, b) in blocks.iter().enumerate() {
        if b.kind != BlockKind::Noise {
            content[n] = i;
            n += 1;
            if n == content.len() {
                break;
            }
        }
    }
    let content = &content[..n];
    let Some(&first) = content.first() else {
        return;
    };
    if parse_dateline(blocks[first].span.as_str(text)).is_some() {
        return;
    }
    blocks[first].kind = BlockKind::Headline;
    let Some(&second) = content.get(1) else {
        return;
    };
    let line = blocks[second].span.as_str(text);
    if parse_dateline(line).is_some() || line.len() > 320 || line.ends_with(':') {
        return;
    }
    if line.starts_with(|c: char| BULLET_STARTS.contains(&c)) {
        return;
    }
    let sentences = crate::segment::sentence_indices(line).take(3).count();
    if sentences > 2 {
        return;
    }
    // Before a body that opens with a dateline, the summary line is a
    // standfirst. Without a dateline it could be the lede: then only a
    // short line (standfirsts run to about 100-160 bytes, ledes longer)
    // with at least two more paragraphs after it.
    let body_has_dateline = content
        .get(2)
        .is_some_and(|&i| parse_dateline(blocks[i].span.as_str(text)).is_some());
    if body_has_dateline || (content.len() >= 4 && line.len() <= 170) {
        blocks[second].kind = BlockKind::Standfirst;
    }
}

/// Characters that open a list item line.
const BULLET_STARTS: &[char] = &['•', '‣', '⁃', '◦', '▪', '●', '■', '►', '-', '*', '–', '—'];

/// The non-blank lines of `text`, trimmed, as spans.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < text.len() {
            let s = start;
            let end = newline_after(text.as_bytes(), s).map_or(text.len(), |n| n + 1);
            start = end;
            // `end` follows a '\n' or is the end: a char boundary.
            let raw = &text[s..end];
            // Most lines open and end (before the line break) with a
            // visible ASCII byte: then only the break is trimmed, with no
            // Unicode whitespace test.
            let r = raw.as_bytes();
            let brk = usize::from(r.last() == Some(&b'\n'));
            let brk = brk + usize::from(brk == 1 && r.len() >= 2 && r[r.len() - 2] == b'\r');
            let visible = |c: Option<&u8>| c.is_some_and(|&c| c > b' ' && c < 0x80);
            if visible(r.first()) && visible(r.len().checked_sub(brk + 1).and_then(|k| r.get(k))) {
                return Some(Span::new(s, end - brk));
            }
            let trimmed_start = raw.len() - raw.trim_start().len();
            let body = raw.trim();
            if !body.is_empty() {
                return Some(Span::new(s + trimmed_start, s + trimmed_start + body.len()));
            }
        }
        None
    })
}

/// The offset of the first '\n' at or after `from`, eight bytes at a time
/// (lines are paragraphs, hundreds of bytes long).
fn newline_after(b: &[u8], from: usize) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let rest = b.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut p = from;
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        let v = u64::from_le_bytes(word) ^ (LO * u64::from(b'\n'));
        let zero = v.wrapping_sub(LO) & !v & HI;
        if zero != 0 {
            // The lowest flagged byte is a true match (false positives only
            // appear above a true zero byte).
            return Some(p + (zero.trailing_zeros() / 8) as usize);
        }
        p += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&x| x == b'\n')
        .map(|k| p + k)
}

/// If `line` starts with `label` (ASCII case-insensitive) at a word
/// boundary, the rest of the line.
#[inline]
fn strip_label<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    // Most lines fail on the first byte: test it before anything else.
    let (l0, b0) = (line.as_bytes().first()?, label.as_bytes().first()?);
    if !l0.eq_ignore_ascii_case(b0) {
        return None;
    }
    let n = label.len();
    let head = line.as_bytes().get(..n)?;
    if !head.eq_ignore_ascii_case(label.as_bytes()) {
        return None;
    }
    let rest = line.get(n..)?;
    let label_ends_in_word = label
        .bytes()
        .last()
        .is_some_and(|b| b.is_ascii_alphanumeric());
    if label_ends_in_word && rest.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(rest)
}

/// The labels of `list` that may open `line`, in the list's order: those
/// whose first byte is the line's, ASCII case ignored. That is the first
/// test of [`strip_label`] (and of a whole-line match), done for the whole
/// list with one lookup in `by_first` (the list's [`by_first`] table)
/// instead of a call per label: a labelled line runs through some 130
/// labels of ten lists, and most start with another letter.
fn openers<'l>(
    line: &str,
    list: &'l [&'l str],
    by_first: &[u64; 32],
) -> impl Iterator<Item = &'l str> + 'l {
    let mut m = line
        .as_bytes()
        .first()
        .map_or(0, |&b| by_first[usize::from(b & 31)]);
    std::iter::from_fn(move || {
        if m == 0 {
            return None;
        }
        let i = m.trailing_zeros() as usize;
        m &= m - 1;
        list.get(i).copied()
    })
}

/// For each first byte `b` (as `b & 31`, which folds ASCII case), the set
/// of labels of `list` (bit `i` for `list[i]`) that start with a byte of
/// the same fold: a superset of those that start with `b`, ASCII case
/// ignored, as [`openers`] needs.
const fn by_first(list: &[&str]) -> [u64; 32] {
    assert!(list.len() <= 64, "a label list of at most 64 labels");
    let mut t = [0u64; 32];
    let mut i = 0;
    while i < list.len() {
        let b = list[i].as_bytes();
        assert!(!b.is_empty(), "no empty label");
        t[(b[0] & 31) as usize] |= 1 << i;
        i += 1;
    }
    t
}

/// [`by_first`] of each label list the line rules walk.
static ADVERTISEMENT_FIRST: [u64; 32] = by_first(ADVERTISEMENT);
static RELATED_FIRST: [u64; 32] = by_first(RELATED);
static CREDIT_FIRST: [u64; 32] = by_first(CREDIT);
static CAPTION_FIRST: [u64; 32] = by_first(CAPTION);
static PHOTO_BY_FIRST: [u64; 32] = by_first(PHOTO_BY);
static SHARE_PREFIXES_FIRST: [u64; 32] = by_first(SHARE_PREFIXES);
static PRESS_RELEASE_FIRST: [u64; 32] = by_first(PRESS_RELEASE);
static BYLINE_LABELS_FIRST: [u64; 32] = by_first(BYLINE_LABELS);
static TIMESTAMP_FIRST: [u64; 32] = by_first(TIMESTAMP);
static CONTACT_HEADINGS_FIRST: [u64; 32] = by_first(CONTACT_HEADINGS);

/// Whether `rest` (what follows a label) is empty or starts with a
/// separator.
fn separated(rest: &str) -> bool {
    let r = rest.trim_start();
    r.is_empty() || r.starts_with([':', '|', '-', '–', '—', '>', '»', '·'])
}

/// Whether `hay` contains `needle` (lowercase ASCII), ignoring ASCII case.
/// Inlined so that the anchor of a literal needle is chosen at compile
/// time.
#[inline(always)]
fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return true;
    }
    if h.len() < n.len() {
        return false;
    }
    // Look for the needle's rarest byte first, with a vectorised search for
    // either case of it (most lines are long body paragraphs that hold none
    // of the needles), and compare the whole needle only there.
    let a = rarest_byte(n);
    let (lower, upper) = (n[a].to_ascii_lowercase(), n[a].to_ascii_uppercase());
    // Where the anchor can be: the needle then starts at the same offset
    // into `h` as the anchor's offset into this region.
    let region = &h[a..=h.len() - n.len() + a];
    memchr::memchr2_iter(lower, upper, region).any(|k| h[k..k + n.len()].eq_ignore_ascii_case(n))
}

/// The index of the byte of `needle` least frequent in English text.
#[inline(always)]
fn rarest_byte(needle: &[u8]) -> usize {
    let mut best = 0;
    for (i, &b) in needle.iter().enumerate() {
        if RARITY[usize::from(b)] > RARITY[usize::from(needle[best])] {
            best = i;
        }
    }
    best
}

/// How rare each byte is in English text: ASCII letters by their rank in
/// letter frequency (either case), a space the most common, anything else
/// rarer than any letter.
const RARITY: [u8; 256] = {
    const BY_FREQUENCY: &[u8] = b" etaoinshrdlcumwfgypbvkjxqz";
    let mut t = [BY_FREQUENCY.len() as u8; 256];
    let mut i = 0;
    while i < BY_FREQUENCY.len() {
        let b = BY_FREQUENCY[i];
        t[b as usize] = i as u8;
        t[b.to_ascii_uppercase() as usize] = i as u8;
        i += 1;
    }
    t
};

/// The number of words of `line`, counted up to [`WORDS_COUNTED`]: every
/// rule compares it with a small number, and body paragraphs are long.
fn word_count(line: &str) -> usize {
    use crate::bytes::swar;
    // Bytes, not chars: the whitespace of news text is ASCII or a no-break
    // space (C2 A0). Eight bytes at a time where no C2 byte can start a
    // no-break space; one byte at a time around a C2.
    let b = line.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        if let Some(&chunk) = b.get(i..).and_then(|r| r.first_chunk::<8>()) {
            let v = u64::from_le_bytes(chunk);
            // Control bytes (tabs, line breaks) and C2 go one at a time:
            // in the chunks left, the space is the only whitespace.
            if swar::eq(v, 0xC2) | swar::below(v, 0x20) == 0 {
                let ws = swar::eq(v, b' ');
                let word = !ws & swar::HI;
                // A word starts at a word byte after whitespace (or after
                // the chunk boundary when the last byte was whitespace).
                let after_ws = (ws << 8) | if in_word { 0 } else { 0x80 };
                words += swar::count(word & after_ws);
                in_word = word >> 63 != 0;
                i += 8;
                if words >= WORDS_COUNTED {
                    return WORDS_COUNTED;
                }
                continue;
            }
        }
        let nbsp = b[i] == 0xC2 && b.get(i + 1) == Some(&0xA0);
        if b[i].is_ascii_whitespace() || nbsp {
            in_word = false;
            i += if nbsp { 2 } else { 1 };
            continue;
        }
        if !in_word {
            in_word = true;
            words += 1;
            if words >= WORDS_COUNTED {
                break;
            }
        }
        i += 1;
    }
    words
}

/// Beyond this many words a line is a paragraph to every shape rule (the
/// largest any rule compares with is 15).
const WORDS_COUNTED: usize = 16;

/// Classifies a line as noise by its shape. `labelled` is
/// [`may_open_label`] of the line: most lines open with no label at all,
/// and one filter lookup skips every label rule for them.
fn noise_kind(line: &str, labelled: bool) -> Option<NoiseKind> {
    // Only the label rules use the line without its final punctuation:
    // most lines are not labelled and skip the trim.
    let bare = if labelled {
        line.trim_end_matches([':', '.', ' ', '…'])
    } else {
        line
    };
    let words = word_count(line);

    if labelled
        && (openers(bare, ADVERTISEMENT, &ADVERTISEMENT_FIRST)
            .any(|l| bare.eq_ignore_ascii_case(l))
            || strip_label(line, "advertisement").is_some_and(separated)
            || (words <= 8 && strip_label(line, "sponsored by").is_some()))
    {
        return Some(NoiseKind::Advertisement);
    }
    if labelled {
        for l in openers(line, RELATED, &RELATED_FIRST) {
            if let Some(rest) = strip_label(line, l) {
                let shouted =
                    l.len() >= 7 && !line[..l.len()].bytes().any(|b| b.is_ascii_lowercase());
                if separated(rest)
                    || (shouted
                        && rest.starts_with(' ')
                        && rest.trim_start().starts_with(char::is_uppercase))
                {
                    return Some(NoiseKind::Related);
                }
            }
        }
    }
    if let Some(kind) = bracketed_noise(line) {
        return Some(kind);
    }
    if (labelled
        && (openers(line, CREDIT, &CREDIT_FIRST).any(|l| {
            // The label test first: it fails on the first byte for most
            // labels, so the test of the label's shape runs only on a hit.
            strip_label(line, l).is_some() && (l.ends_with(" by") || l.ends_with("reporting"))
        }) || strip_label(line, "contributing")
            .is_some_and(|r| r.trim_start().starts_with(':'))
            || strip_label(line, "source").is_some_and(|r| r.trim_start().starts_with(':'))
            || strip_label(line, "our standards").is_some_and(separated)
            || strip_label(line, "copyright").is_some()
            || strip_label(line, "(c)")
                .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))))
        || line.starts_with('©')
        || contains_ci(line, "all rights reserved")
    {
        return Some(NoiseKind::Credit);
    }
    if labelled {
        for l in openers(line, CAPTION, &CAPTION_FIRST) {
            if strip_label(line, l).is_some_and(|r| r.trim_start().starts_with([':', ',', '|'])) {
                return Some(NoiseKind::Caption);
            }
        }
        if openers(line, PHOTO_BY, &PHOTO_BY_FIRST).any(|l| strip_label(line, l).is_some())
            && words <= 15
        {
            return Some(NoiseKind::Caption);
        }
    }
    if has_photo_credit(line) {
        return Some(NoiseKind::Caption);
    }
    if words <= 15
        && ((labelled
            && openers(line, SHARE_PREFIXES, &SHARE_PREFIXES_FIRST)
                .any(|l| strip_label(line, l).is_some()))
            || contains_ci(line, "click here"))
    {
        return Some(NoiseKind::Share);
    }
    if words <= 8 && is_share_bar(line) {
        return Some(NoiseKind::Share);
    }
    if (labelled && is_byline(line)) || is_timestamp(line, words, labelled) {
        return Some(NoiseKind::Byline);
    }
    if labelled {
        for l in openers(line, PRESS_RELEASE, &PRESS_RELEASE_FIRST) {
            let hit = if l.contains(' ') || !l.bytes().all(|b| b.is_ascii_alphabetic()) {
                strip_label(line, l).is_some()
            } else {
                bare.eq_ignore_ascii_case(l)
            };
            if hit {
                return Some(NoiseKind::PressRelease);
            }
        }
    }
    if is_contact_heading(line, labelled) {
        return Some(NoiseKind::PressRelease);
    }
    None
}

/// Labels of a photographer's credit that opens a caption line.
const PHOTO_BY: &[&str] = &[
    "photo by",
    "photos by",
    "photograph by",
    "image by",
    "picture by",
];

/// Labels that open a byline.
const BYLINE_LABELS: &[&str] = &["by ", "written by ", "words by ", "story by "];

/// The labels the rules look for at the start of a line that are not in a
/// table of `labels.rs`. A test checks that every literal label that
/// `strip_label` takes off a line in this file is here.
const OTHER_LINE_LABELS: &[&str] = &[
    "advertisement",
    "sponsored by",
    "contributing",
    "source",
    "our standards",
    "copyright",
    "(c)",
    "about ",
];

/// Every label some rule looks for at the start of a line (by
/// `strip_label` or as the whole line).
const LINE_LABELS: &[&[&str]] = &[
    ADVERTISEMENT,
    RELATED,
    CREDIT,
    CAPTION,
    PHOTO_BY,
    SHARE_PREFIXES,
    BYLINE_LABELS,
    TIMESTAMP,
    PRESS_RELEASE,
    CONTACT_HEADINGS,
    OTHER_LINE_LABELS,
];

/// The filter key of the first `k` bytes of `b`, ASCII case folded.
const fn label_key(b: &[u8], k: usize) -> usize {
    let mut h = k as u32;
    let mut i = 0;
    while i < k {
        h = (h ^ b[i].to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    (h.wrapping_mul(0x9E37_79B1) >> (32 - LABEL_FILTER_BITS)) as usize
}

/// log2 of the number of bits of [`LABEL_STARTS`].
const LABEL_FILTER_BITS: u32 = 13;

/// A Bloom filter (one hash) over the first three bytes of every label in
/// [`LINE_LABELS`] (all of a shorter one), so that a line whose start no
/// label shares skips the label rules. A false hit only costs the rules.
static LABEL_STARTS: [u64; 1 << (LABEL_FILTER_BITS - 6)] = {
    let mut bits = [0u64; 1 << (LABEL_FILTER_BITS - 6)];
    let mut t = 0;
    while t < LINE_LABELS.len() {
        let mut i = 0;
        while i < LINE_LABELS[t].len() {
            let b = LINE_LABELS[t][i].as_bytes();
            let k = if b.len() < 3 { b.len() } else { 3 };
            let key = label_key(b, k);
            bits[key / 64] |= 1 << (key % 64);
            i += 1;
        }
        t += 1;
    }
    bits
};

/// Whether `line` may start with one of [`LINE_LABELS`] (ASCII case
/// ignored); false means it surely does not.
fn may_open_label(line: &str) -> bool {
    let b = line.as_bytes();
    (1..=b.len().min(3)).any(|k| {
        let key = label_key(b, k);
        LABEL_STARTS[key / 64] & (1 << (key % 64)) != 0
    })
}

/// A line wholly in brackets: a wire credit "(Reporting by ...)", a photo
/// credit "(Photo by ...)", "(Getty Images)", or a placeholder left where
/// a picture was: "[Image: Residents gather ...]".
fn bracketed_noise(line: &str) -> Option<NoiseKind> {
    let inner = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))?
        .trim();
    if openers(inner, CREDIT, &CREDIT_FIRST).any(|l| strip_label(inner, l).is_some()) {
        return Some(NoiseKind::Credit);
    }
    if openers(inner, CAPTION, &CAPTION_FIRST)
        .any(|l| strip_label(inner, l).is_some_and(|r| r.trim_start().starts_with([':', ',', '|'])))
    {
        return Some(NoiseKind::Caption);
    }
    if contains_ci(inner, "photo") || contains_ci(inner, "image") || contains_ci(inner, "getty") {
        return Some(NoiseKind::Caption);
    }
    None
}

/// A caption ending in a photo credit: "... REUTERS/Jane Doe", "(AP
/// Photo/Jane Doe)", "... AFP via Getty Images".
fn has_photo_credit(line: &str) -> bool {
    // Trimmed by bytes: the trimmed chars are ASCII, so no char decoding.
    let mut trimmed = line.as_bytes();
    while let [rest @ .., b')' | b'.' | b' '] = trimmed {
        trimmed = rest;
    }
    if trimmed.ends_with(b"Getty Images") || contains_ci(line, "photo/") {
        return true;
    }
    // A closing bracket group that credits a picture: "... (Photo: Andes
    // Wire)", "... (File photo)".
    if let Some(open) = line.strip_suffix(')').and_then(|l| l.rfind('(')) {
        let group = &line[open..];
        if group.len() <= 60
            && ["photo", "image", "credit", "getty"]
                .iter()
                .any(|w| contains_ci(group, w))
        {
            return true;
        }
    }
    // AGENCY/Name near the end of the line.
    let b = line.as_bytes();
    let from = b.len().saturating_sub(80);
    memchr::memchr_iter(b'/', &b[from..]).any(|k| {
        let i = from + k;
        if !b.get(i + 1).is_some_and(u8::is_ascii_uppercase) {
            return false;
        }
        let caps = b[..i]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        caps >= 2
            && (i == caps || !b[i - caps - 1].is_ascii_alphanumeric())
            && b.get(i + 2).is_some_and(u8::is_ascii_lowercase)
    })
}

/// A share bar: only share words ("Facebook Twitter Email").
fn is_share_bar(line: &str) -> bool {
    let mut any = false;
    for w in line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | ',' | '·' | '•'))
    {
        if w.is_empty() {
            continue;
        }
        if !SHARE_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)) {
            return false;
        }
        any = true;
    }
    any
}

/// Lowercase words allowed inside a byline's names and roles.
const BYLINE_CONNECTORS: &[&str] = &[
    "&", "al", "and", "at", "bin", "da", "de", "del", "der", "di", "do", "dos", "du", "el", "for",
    "in", "la", "le", "of", "on", "the", "van", "von", "y", "|", "-", "–", "—", "·",
];

/// "By Ana Souza, Health Correspondent", "By ANA SOUZA and JOHN LEE",
/// "Written by Ana Souza".
fn is_byline(line: &str) -> bool {
    let Some(rest) =
        openers(line, BYLINE_LABELS, &BYLINE_LABELS_FIRST).find_map(|l| strip_label(line, l))
    else {
        return false;
    };
    let words = word_count(rest);
    if words == 0 || words > 14 || line.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let first = rest.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([',', '.']);
    if MONTHS.contains(&first) || WEEKDAYS.contains(&first) {
        return false;
    }
    // The name: words up to the first comma or separator, each capitalised.
    let name_end = rest.find([',', '|', '/', '(']).unwrap_or(rest.len());
    let name: Vec<&str> = rest[..name_end].split_whitespace().collect();
    if name.is_empty() || name.len() > 9 {
        return false;
    }
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if !capitalised(&name[0]) {
        return false;
    }
    // Inside a name, function words are lower case ("Ana Souza and Li Wei");
    // a capitalised "And" or "In" is a title-case headline ("By Land And
    // Sea, ...").
    const HEADLINE_WORDS: &[&str] = &[
        "And", "As", "At", "For", "From", "In", "Of", "On", "To", "With",
    ];
    if name.iter().skip(1).any(|w| HEADLINE_WORDS.contains(w)) {
        return false;
    }
    rest.split_whitespace().all(|w| {
        let w = w.trim_matches([',', ';', '(', ')']);
        w.is_empty()
            || capitalised(&w)
            || BYLINE_CONNECTORS.contains(&w)
            || w.contains('@')
            || w.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// "Updated 10:32 AM EST, March 4, 2025", "Published: 2025-03-04", "4 min
/// read".
/// `words` and `labelled` are [`word_count`] and [`may_open_label`] of
/// the line.
fn is_timestamp(line: &str, words: usize, labelled: bool) -> bool {
    // Trimmed only for short lines: most lines are longer than four words.
    if words <= 4 && {
        let b = line.trim_end_matches(['.', ' ']).as_bytes();
        ["min read", "mins read", "minute read", "minutes read"]
            .iter()
            .any(|s| {
                b.len() >= s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes())
            })
    } {
        return true;
    }
    if is_date_line(line, words) {
        return true;
    }
    words <= 14
        && !line.ends_with('.')
        && labelled
        && line.bytes().any(|b| b.is_ascii_digit())
        && openers(line, TIMESTAMP, &TIMESTAMP_FIRST).any(|l| {
            strip_label(line, l).is_some_and(|r| {
                let r = r.trim_start_matches([':', ' ', '\u{a0}']);
                r.starts_with(|c: char| c.is_ascii_digit())
                    || r.split_whitespace().next().is_some_and(|w| {
                        let w = w.trim_end_matches([',', '.']);
                        MONTHS.contains(&w) || WEEKDAYS.contains(&w) || matches!(w, "on" | "at")
                    })
            })
        })
}

/// A line that is only a date and time: "Tue 4 Mar 2025 10.32 GMT",
/// "March 4, 2025 | 10:32 AM".
fn is_date_line(line: &str, words: usize) -> bool {
    if !(2..=10).contains(&words) {
        return false;
    }
    let mut calendar_word = false;
    for w in line.split_whitespace() {
        let w = w.trim_matches([',', '.', '|', '(', ')']);
        if w.is_empty() || matches!(w, "-" | "–" | "—" | "/" | "at" | "on") {
            continue;
        }
        if w.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'-' | b'/'))
        {
            continue;
        }
        let short = |list: &[&str]| {
            list.iter()
                .any(|m| w.len() >= 3 && m.len() >= w.len() && m[..w.len()].eq_ignore_ascii_case(w))
        };
        if short(MONTHS) || short(WEEKDAYS) {
            calendar_word = true;
            continue;
        }
        if TIME_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t)) {
            continue;
        }
        return false;
    }
    calendar_word
}

/// "Media contact", "Media Contacts:", "For more information, contact:".
/// `labelled` is [`may_open_label`] of the line.
fn is_contact_heading(line: &str, labelled: bool) -> bool {
    labelled
        && word_count(line) <= 8
        && openers(line, CONTACT_HEADINGS, &CONTACT_HEADINGS_FIRST).any(|l| {
            strip_label(line, l).is_some_and(|r| {
                let r = r.trim_start();
                r.is_empty() || r.starts_with([':', ',', '-', '–', '—'])
            })
        })
}

/// A line of a contact block: short, or carrying an address or number.
fn is_contact_line(line: &str) -> bool {
    word_count(line) <= 12
        || line.contains('@')
        || contains_ci(line, "www.")
        || contains_ci(line, "http")
        || line.bytes().filter(u8::is_ascii_digit).count() >= 7
}

/// A short heading line: few words, capitalised, no sentence punctuation,
/// no contact details.
fn is_heading(line: &str) -> bool {
    word_count(line) <= 8
        && line.starts_with(char::is_uppercase)
        && !line.ends_with(['.', '!', '?', ','])
        && !line.contains('@')
        && !contains_ci(line, "www.")
        && !contains_ci(line, "http")
        && !line.bytes().any(|b| b.is_ascii_digit())
}

/// "About Acme Corp." followed by a paragraph that starts with "Acme", or
/// "About Acme: Acme is ..." on one line: the boilerplate section of a
/// press release.
fn is_about_heading(line: &str, next: &str) -> bool {
    let Some(rest) = strip_label(line, "about ") else {
        return false;
    };
    let (name, after) = match rest.split_once(':') {
        Some((n, a)) => (n.trim(), a.trim()),
        None => (rest.trim(), next),
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 {
        return false;
    }
    if name.ends_with(['!', '?', ',']) {
        return false;
    }
    if name.ends_with('.') && words.last().is_some_and(|w| w.len() > 5) {
        return false;
    }
    let significant = |s: &str| -> Option<String> {
        let w = s
            .split_whitespace()
            .find(|w| !w.eq_ignore_ascii_case("the"))?
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        Some(w.to_string())
    };
    if !name.starts_with(char::is_uppercase) {
        return false;
    }
    if ABOUT_GENERIC.iter().any(|g| name.eq_ignore_ascii_case(g)) {
        return !after.is_empty();
    }
    let Some(key) = significant(name) else {
        return false;
    };
    if !key.starts_with(char::is_uppercase) {
        return false;
    }
    significant(after).is_some_and(|w| w.to_lowercase() == key.to_lowercase())
}

/// Finds a dateline at the start of the paragraph `block`.
///
/// Recognised shapes: a place in capitals ("GENEVA", "PRINCE GEORGE"), or
/// in title case when a date or an agency follows; an optional region
/// ("B.C.", "N.M.", "Calif."); an optional date ("Dec 27", "Feb. 11",
/// "4 March 2025"); an optional agency in brackets or slashes ("(Reuters)",
/// "/PRNewswire/"); then a dash separator (" - ", " -- ", " — ", " – ").
pub(crate) fn dateline(text: &str, block: &Block, index: usize) -> Option<Dateline> {
    if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Standfirst) {
        return None;
    }
    let parts = parse_dateline(block.span.as_str(text))?;
    let shift = |s: Span| s.shift(block.span.start);
    Some(Dateline {
        span: shift(parts.span),
        place: shift(parts.place),
        date: parts.date.map(shift),
        agency: parts.agency.map(shift),
        block: index,
    })
}

/// Whether `b` holds a hyphen, an en dash or an em dash: the separators a
/// dateline can end in.
fn has_dash(b: &[u8]) -> bool {
    memchr::memchr2_iter(b'-', 0xE2, b).any(|i| {
        b[i] == b'-' || b[i..].starts_with("—".as_bytes()) || b[i..].starts_with("–".as_bytes())
    })
}

/// Whether [`parse_dateline`] may find a dateline at the start of `b`;
/// false means it surely does not.
///
/// Sound because it follows the parse on ASCII bytes and gives up (true)
/// at the first non-ASCII byte, where the parse's Unicode tests (capitals,
/// whitespace, dashes) take over:
/// - the place's first word must start with a capital and hold two
///   letters: an ASCII line that opens otherwise, or with a one-letter word
///   ("A", "I"), has no dateline;
/// - a place whose first word is in title case needs a date, a region or
///   an agency after it, so its one to three words (a fourth makes it no
///   place) must be followed by ", ", " (" or " /". A word that is no place
///   word ends the place where a capital follows a space or slash, which
///   is none of those, so the scan may stop at any byte outside the
///   letters, dots, hyphens and apostrophes of place words.
///
/// All-capital openings ("GENEVA", "US officials") go to the full parse.
fn may_open_dateline(b: &[u8]) -> bool {
    /// ASCII bytes of a place word: letters, '.', '-', '\''.
    const fn place_byte(c: u8) -> bool {
        c.is_ascii_alphabetic() || matches!(c, b'.' | b'-' | b'\'')
    }
    let (Some(&c0), Some(&c1)) = (b.first(), b.get(1)) else {
        // Empty, or a single byte: no word of two letters.
        return false;
    };
    if c0 >= 0x80 {
        return true;
    }
    if !c0.is_ascii_uppercase() {
        return false;
    }
    if c1 >= 0x80 {
        return true;
    }
    if !place_byte(c1) {
        // A one-letter first word, or one with a digit or symbol in it.
        return false;
    }
    if !c1.is_ascii_lowercase() {
        // All capitals so far: the full parse decides.
        return true;
    }
    // Title case: one to three words, then ", ", " (" or " /".
    let mut i = 0;
    for _ in 0..3 {
        // `b[i]` is a capital (or non-ASCII, which returned above).
        let mut j = i + 1;
        while b.get(j).is_some_and(|&c| place_byte(c)) {
            j += 1;
        }
        let (Some(&e), Some(&f)) = (b.get(j), b.get(j + 1)) else {
            // The line ends within a byte of the words: nothing follows.
            return false;
        };
        if e >= 0x80 || f >= 0x80 {
            return true;
        }
        if matches!((e, f), (b',', b' ') | (b' ', b'(') | (b' ', b'/')) {
            return true;
        }
        if !(matches!(e, b' ' | b'/') && f.is_ascii_uppercase()) {
            return false;
        }
        i = j + 1;
    }
    // A fourth word would follow: too long for a title-case place.
    false
}

/// The parts of a dateline, in line coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DatelineParts {
    span: Span,
    place: Span,
    date: Option<Span>,
    agency: Option<Span>,
}

/// End of the word at `pos`: up to whitespace, a comma or a bracket.
fn word_end(line: &str, pos: usize) -> usize {
    line.get(pos..).map_or(pos, |r| {
        pos + r
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '/' | '—' | '–'))
            .unwrap_or(r.len())
    })
}

/// A word of a place name: capital first letter, then letters, dots,
/// hyphens and apostrophes.
fn is_place_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// A region word after the place: "B.C.", "N.M.", "Calif.", "Kenya".
fn is_region_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
}

fn is_month(w: &str) -> bool {
    MONTHS.contains(&w.trim_end_matches('.'))
}

/// Parses a date at `pos`: "Dec 27", "Feb. 11", "March 3, 2025",
/// "4 March 2025". Returns its end.
fn parse_date(line: &str, pos: usize) -> Option<usize> {
    let b = line.as_bytes();
    let digits_at = |p: usize, max: usize| -> usize {
        b.get(p..).map_or(0, |r| {
            r.iter()
                .take(max + 1)
                .take_while(|c| c.is_ascii_digit())
                .count()
        })
    };
    let year_after = |p: usize, sep: &str| -> usize {
        let q = p + sep.len();
        if line.get(p..q) == Some(sep) && digits_at(q, 4) == 4 {
            q + 4
        } else {
            p
        }
    };
    let w_end = word_end(line, pos);
    let w = line.get(pos..w_end)?;
    if WEEKDAYS.contains(&w) {
        return Some(w_end);
    }
    if is_month(w) {
        if b.get(w_end) != Some(&b' ') {
            return None;
        }
        let d = digits_at(w_end + 1, 2);
        if !(1..=2).contains(&d) {
            return None;
        }
        return Some(year_after(w_end + 1 + d, ", "));
    }
    let d = digits_at(pos, 2);
    if (1..=2).contains(&d) && b.get(pos + d) == Some(&b' ') {
        let m_end = word_end(line, pos + d + 1);
        if is_month(line.get(pos + d + 1..m_end)?) {
            return Some(year_after(m_end, " "));
        }
    }
    None
}

/// Parses a dateline at the start of `line`.
fn parse_dateline(line: &str) -> Option<DatelineParts> {
    // Most paragraphs open with a title-case word and go on as a sentence
    // ("The company said ..."): a byte scan of the opening words settles
    // them without the word-by-word parse.
    if !may_open_dateline(line.as_bytes()) {
        return None;
    }
    parse_dateline_words(line)
}

/// [`parse_dateline`] without its opening gate.
fn parse_dateline_words(line: &str) -> Option<DatelineParts> {
    let b = line.as_bytes();
    // Every dateline ends in a dash: most paragraphs hold none, and one
    // vectorised search settles them.
    if !has_dash(b) {
        return None;
    }
    // Place: one to four words.
    let mut pos = 0;
    let mut place_end = 0;
    let mut words = 0;
    let mut all_caps = true;
    // Places joined by a slash ("BEIJING/WASHINGTON") count as one.
    while words < 6 {
        let end = word_end(line, pos);
        let w = line.get(pos..end)?;
        if !is_place_word(w) || is_month(w) {
            break;
        }
        all_caps &= !w.chars().any(char::is_lowercase);
        words += 1;
        place_end = end;
        if matches!(b.get(end), Some(b' ' | b'/'))
            && line
                .get(end + 1..)
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        {
            pos = end + 1;
        } else {
            break;
        }
    }
    if words == 0 {
        return None;
    }
    if all_caps && words == 1 && NOT_PLACES.contains(&&line[..place_end]) {
        return None;
    }
    if !all_caps && words > 3 {
        return None;
    }
    let mut region = false;
    pos = place_end;
    let mut date = None;
    // ", Region" and ", Date".
    for _ in 0..2 {
        if line.get(pos..pos + 2) != Some(", ") {
            break;
        }
        let at = pos + 2;
        if let Some(end) = parse_date(line, at) {
            date = Some(Span::new(at, end));
            pos = end;
            break;
        }
        if date.is_some() || pos != place_end {
            break;
        }
        let mut q = at;
        let mut region_words = 0;
        while region_words < 3 {
            let end = word_end(line, q);
            if !line.get(q..end).is_some_and(is_region_word) || end == q {
                break;
            }
            region_words += 1;
            place_end = end;
            if b.get(end) == Some(&b' ')
                && line
                    .get(end + 1..)
                    .is_some_and(|r| r.starts_with(char::is_uppercase))
                && parse_date(line, end + 1).is_none()
            {
                q = end + 1;
            } else {
                break;
            }
        }
        if region_words == 0 {
            break;
        }
        region = true;
        pos = place_end;
    }
    // Agency: " (Reuters)" or " /PRNewswire/".
    let mut agency = None;
    for (open, close) in [(" (", ')'), (" /", '/')] {
        if line.get(pos..pos + 2) == Some(open) {
            let inner_start = pos + 2;
            let rest = line.get(inner_start..)?;
            if let Some(len) = rest.find(close) {
                let inner = &rest[..len];
                if (1..=40).contains(&len)
                    && inner.starts_with(char::is_uppercase)
                    && !inner.bytes().any(|c| c.is_ascii_digit())
                {
                    agency = Some(Span::new(inner_start, inner_start + len));
                    pos = inner_start + len + 1;
                }
            }
            break;
        }
    }
    // A title-case place needs more than itself: a date, an agency, or a
    // region and a dash ("Nairobi, Kenya — ...").
    let dash_follows = line
        .get(pos..)
        .is_some_and(|r| r.trim_start().starts_with(['—', '–']));
    if !all_caps && date.is_none() && agency.is_none() && !(region && dash_follows) {
        return None;
    }
    // Separator.
    let rest = line.get(pos..)?;
    let after_space = rest.trim_start_matches([' ', '\u{a0}']);
    let sep_start = pos + (rest.len() - after_space.len());
    let sep_len = ["--", "—", "–", "-"]
        .iter()
        .find(|s| after_space.starts_with(**s))
        .map(|s| s.len())?;
    let sep_end = sep_start + sep_len;
    let tail = line.get(sep_end..)?;
    let spaced = tail.starts_with([' ', '\u{a0}']);
    if sep_len == 1 && (sep_start == pos || !spaced) {
        // A hyphen needs spaces on both sides: "LIMA - ...", not "LIMA-based".
        return None;
    }
    if tail.trim().is_empty() {
        return None;
    }
    Some(DatelineParts {
        span: Span::new(0, sep_end),
        place: Span::new(0, place_end),
        date,
        agency,
    })
}

#[cfg(test)]
mod dev_report {
    //! Block labels on the gold dev set: every `boilerplate` line must be
    //! noise and no other line may be. Run with
    //! `cargo test --lib structure::dev_report -- --ignored --nocapture`.

    use std::path::PathBuf;

    use super::*;

    #[test]
    #[ignore = "needs the shared dev set"]
    fn noise_lines_on_dev_set() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let dir = ["../shared/eval/dev", "../../shared/eval/dev"]
            .iter()
            .map(|p| root.join(p))
            .find(|p| p.is_dir())
            .expect("dev set not found");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("read dev dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        let mut errors = 0;
        for path in paths {
            let raw = std::fs::read_to_string(&path).expect("read");
            let doc: serde_json::Value = serde_json::from_str(&raw).expect("json");
            let text = doc["text"].as_str().expect("text");
            let boiler: Vec<&str> = doc["boilerplate"]
                .as_array()
                .expect("boilerplate")
                .iter()
                .filter_map(|s| s.as_str())
                .collect();
            println!("== {}", path.display());
            for (i, b) in blocks(text).iter().enumerate() {
                let line = b.span.as_str(text);
                let is_boiler = boiler.contains(&line);
                let ok = is_boiler == (b.kind == BlockKind::Noise);
                errors += usize::from(!ok);
                let d = dateline(text, b, i).map(|d| {
                    format!(
                        " [dateline {:?} place {:?} date {:?} agency {:?}]",
                        d.span.as_str(text),
                        d.place.as_str(text),
                        d.date.map(|s| s.as_str(text)),
                        d.agency.map(|s| s.as_str(text)),
                    )
                });
                let head: String = line.chars().take(60).collect();
                println!(
                    "{} {:?}/{:?} {head}{}",
                    if ok { "  " } else { "!!" },
                    b.kind,
                    b.noise,
                    d.unwrap_or_default()
                );
            }
        }
        assert_eq!(errors, 0);
    }
}

#[cfg(test)]
mod tests {

    /// `openers` gives every label of its list that opens the line (by
    /// `strip_label` or as the whole line), in the list's order: the same
    /// labels the plain walk of the list finds.
    #[test]
    fn openers_keep_every_label_that_opens_the_line() {
        let lists: [(&[&str], &[u64; 32]); 10] = [
            (ADVERTISEMENT, &ADVERTISEMENT_FIRST),
            (RELATED, &RELATED_FIRST),
            (CREDIT, &CREDIT_FIRST),
            (CAPTION, &CAPTION_FIRST),
            (PHOTO_BY, &PHOTO_BY_FIRST),
            (SHARE_PREFIXES, &SHARE_PREFIXES_FIRST),
            (PRESS_RELEASE, &PRESS_RELEASE_FIRST),
            (BYLINE_LABELS, &BYLINE_LABELS_FIRST),
            (TIMESTAMP, &TIMESTAMP_FIRST),
            (CONTACT_HEADINGS, &CONTACT_HEADINGS_FIRST),
        ];
        let mut lines: Vec<String> = [
            "",
            "The minister said on Monday that 40 people were hurt.",
            "“Quoted” line",
            "\u{a0}Non-breaking start",
            "Élysée Palace statement",
            "(c) 2025 Acme",
            "© Acme",
            "# Heading",
            "- list item",
            "[Image: residents]",
            "12:30 GMT",
        ]
        .map(str::to_string)
        .to_vec();
        for (list, _) in lists {
            for l in list {
                for form in [l.to_string(), l.to_uppercase(), l.to_lowercase()] {
                    lines.push(form.clone());
                    lines.push(format!("{form}: Jane Doe"));
                    lines.push(format!("{form} Jane Doe"));
                    lines.push(format!("{form}s"));
                    // The same length and last bytes, another first byte.
                    lines.push(format!("x{}", &form[1.min(form.len())..]));
                }
            }
        }
        let opens =
            |line: &str, l: &str| strip_label(line, l).is_some() || line.eq_ignore_ascii_case(l);
        for line in &lines {
            for (list, table) in lists {
                let plain: Vec<&str> = list.iter().copied().filter(|l| opens(line, l)).collect();
                let fast: Vec<&str> = openers(line, list, table)
                    .filter(|l| opens(line, l))
                    .collect();
                assert_eq!(fast, plain, "{line:?}");
            }
        }
    }
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, Option<NoiseKind>)> {
        blocks(text).iter().map(|b| (b.kind, b.noise)).collect()
    }

    fn noise(line: &str) -> Option<NoiseKind> {
        noise_kind(line, may_open_label(line))
    }

    #[test]
    fn words_are_counted_up_to_the_cap() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  By Ana\u{a0}Souza,\tHealth  "), 4);
        assert_eq!(word_count("£5 for Zoë’s café"), 4);
        assert_eq!(word_count(&"word ".repeat(100)), WORDS_COUNTED);
    }

    /// The eight-byte word count agrees with a plain count, on lines of
    /// every length mixing ASCII whitespace, the vertical tab (not
    /// whitespace), no-break spaces, other C2 characters and accents.
    #[test]
    fn word_count_agrees_with_a_plain_count() {
        fn plain(line: &str) -> usize {
            line.split(|c: char| c.is_ascii_whitespace() || c == '\u{a0}')
                .filter(|w| !w.is_empty())
                .count()
                .min(WORDS_COUNTED)
        }
        let pieces = [
            "a",
            "word",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\x0c",
            "\x0b",
            "\u{a0}",
            "£5",
            "Zoë’s",
            "café",
            "—",
            "\u{a0}\u{a0}",
            "«",
            "x\u{a0}y",
            "\x01",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for _ in 0..20_000 {
            let mut line = String::new();
            for _ in 0..next(40) {
                line.push_str(pieces[next(pieces.len())]);
            }
            assert_eq!(word_count(&line), plain(&line), "{line:?}");
        }
    }

    /// The label filter may only say "no" for a line no label opens.
    #[test]
    fn every_label_passes_the_label_filter() {
        for list in LINE_LABELS {
            for l in *list {
                let title: String = l
                    .chars()
                    .enumerate()
                    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                    .collect();
                for form in [l.to_string(), l.to_ascii_uppercase(), title] {
                    assert!(may_open_label(&form), "{form:?}");
                    assert!(may_open_label(&format!("{form}: more text")), "{form:?}");
                }
            }
        }
        // And it can say no.
        assert!(!may_open_label("The minister said on Monday"));
        assert!(!may_open_label("Officials said 12 people died."));
        assert!(!may_open_label(""));
    }

    /// Every literal label a rule strips from a line is in the filter.
    #[test]
    fn literal_labels_are_in_the_filter_lists() {
        let src = include_str!("mod.rs");
        let all: Vec<&str> = LINE_LABELS.iter().flat_map(|l| l.iter().copied()).collect();
        let mut seen = 0;
        for part in src.split("strip_label(line, \"").skip(1) {
            let label = part.split('"').next().unwrap_or("");
            assert!(all.contains(&label), "{label:?} missing from LINE_LABELS");
            seen += 1;
        }
        assert!(seen >= 8, "{seen}");
    }

    #[test]
    fn contains_ci_agrees_with_a_plain_search() {
        fn plain(hay: &str, needle: &str) -> bool {
            let (h, n) = (hay.as_bytes(), needle.as_bytes());
            n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
        }
        let needles = [
            "all rights reserved",
            "photo/",
            "click here",
            "www.",
            "http",
            "getty",
            "x",
            "",
        ];
        let mut hays = vec![
            String::new(),
            "© 2025 Wire. ALL RIGHTS RESERVED.".to_string(),
            "All Rights Reserve".to_string(),
            "(AP Photo/Jane Doe)".to_string(),
            "photo\u{f}".to_string(),
            "Zoë’s café — CLICK HERE www.example.com http".to_string(),
        ];
        // The needle at every offset around the eight-byte steps.
        for n in needles {
            for pad in 0..20 {
                hays.push(format!(
                    "{}{}{}",
                    "é".repeat(pad / 2),
                    n.to_uppercase(),
                    "a".repeat(pad)
                ));
                hays.push(format!("{}{}", "ab".repeat(pad), n));
                hays.push(format!(
                    "{}{}",
                    "ab".repeat(pad),
                    &n[..n.len().saturating_sub(1)]
                ));
            }
        }
        for h in &hays {
            for n in needles {
                assert_eq!(contains_ci(h, n), plain(h, n), "{h:?} {n:?}");
            }
        }
    }

    #[test]
    fn related_links() {
        for l in [
            "Also Read: Peso Firms 1.4% Against Dollar",
            "ALSO READ | Storm hits coast",
            "Read more: Uganda Holds Rate",
            "READ MORE Uganda Holds Rate",
            "RELATED:",
            "Related Stories",
            "See also - Floods in Chad",
            "Read more",
            "Watch: Rescuers reach miners",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Related), "{l}");
        }
        // A sentence that starts with the same words is content.
        for l in [
            "More than 600 wildfires have been recorded.",
            "Read more carefully, the report says otherwise.",
            "Related charges were dropped in May.",
            "Watchdogs said the fund was mismanaged.",
        ] {
            assert_eq!(noise(l), None, "{l}");
        }
    }

    #[test]
    fn advertisements_and_share_prompts() {
        for l in [
            "Advertisement",
            "ADVERTISEMENT",
            "Sponsored",
            "Story continues below advertisement",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Advertisement), "{l}");
        }
        for l in [
            "Share this article",
            "Click here to subscribe",
            "Follow us on Twitter",
            "Sign up for our daily newsletter.",
            "Facebook Twitter WhatsApp Email",
            "To subscribe, click here.",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Share), "{l}");
        }
        assert_eq!(
            noise("Shareholders voted against the plan on Monday."),
            None
        );
        assert_eq!(
            noise("Advertisers pulled $2 million from the network."),
            None
        );
        assert_eq!(
            noise("Followers of the movement said they would keep protesting."),
            None
        );
    }

    #[test]
    fn bylines_and_time_stamps() {
        for l in [
            "By Ana Souza, Health Correspondent",
            "By ANA SOUZA",
            "By Ana Souza and Li Wei in Beijing",
            "By María de la Cruz | Reuters",
            "Written by Tom Lee",
            "Updated 10:32 AM EST, March 4, 2025",
            "Published: 2025-03-04",
            "5 min read",
            "Tue 4 Mar 2025 10.32 GMT",
            "March 4, 2025 | 10:32 AM EST",
            "Wednesday, 12 March 2025",
            "Monday, March 3",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Byline), "{l}");
        }
        for l in [
            "By Monday, the toll had risen to 63.",
            "By the end of the year, prices had doubled.",
            "By Land And Sea, Refugees Flee Sudan",
            "By 2030, Britain Will Double Capacity",
            "Updated figures released on Monday showed 5 deaths.",
            "March Madness Returns",
            "On Monday, 12 people died",
        ] {
            assert_eq!(noise(l), None, "{l}");
        }
    }

    #[test]
    fn captions_and_credits() {
        for l in [
            "Photo: Rescuers at the site. REUTERS/Jane Doe",
            "A man walks past a damaged house in Lima, March 4, 2025. REUTERS/Pedro Ruiz",
            "(AP Photo/John Smith)",
            "(Getty Images)",
            "[Image: Residents gather outside a government building]",
            "[Photo, Jane Doe]",
            "Image source, Getty Images",
            "Rescuers search the rubble. AFP via Getty Images",
            "Rescuers search the rubble in Huarimarca. (Photo: Andes Wire)",
            "Credit: Jane Doe/Reuters",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Caption), "{l}");
        }
        for l in [
            "(Reporting by Brian Otieno; Editing by Helen Marsh)",
            "(Additional reporting by Li Wei)",
            "Reporting by Brian Otieno; Editing by Helen Marsh",
            "© 2025 Savanna Newswire",
            "Copyright 2025 The Wire. All rights reserved.",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Credit), "{l}");
        }
        for l in [
            "The government released 25 million soles (about $6.8 million) in funds.",
            "Winds of up to 60 km/h pushed it east (officials said).",
            "A Reuters/Ipsos poll showed support at 41%.",
            "Photographers gathered outside the court.",
        ] {
            assert_eq!(noise(l), None, "{l}");
        }
    }

    #[test]
    fn press_release_sections() {
        let text = "Acme Opens New Plant\n\
                    FOR IMMEDIATE RELEASE\n\
                    AUSTIN, Texas, March 3, 2025 /PRNewswire/ -- Acme Corp. opened a plant.\n\
                    The plant employs 300 people.\n\
                    About Acme Corp.\n\
                    Acme Corp. is a maker of widgets founded in 1990.\n\
                    It has 5,000 employees.\n\
                    Media Contact:\n\
                    Jane Doe\n\
                    jane.doe@acme.example\n\
                    +1 512 555 0100\n";
        let k = kinds(text);
        let pr = (BlockKind::Noise, Some(NoiseKind::PressRelease));
        assert_eq!(k[0], (BlockKind::Headline, None));
        assert_eq!(k[1], pr);
        assert_eq!(k[2], (BlockKind::Paragraph, None));
        assert_eq!(k[3], (BlockKind::Paragraph, None));
        assert!(k[4..].iter().all(|&x| x == pr), "{k:?}");
    }

    #[test]
    fn scraped_article_with_furniture() {
        use BlockKind::{Headline, Noise, Paragraph, Standfirst};
        let text = "By Ana Souza, Health Correspondent\n\
                    Updated 10:32 AM EST, March 4, 2025\n\
                    Measles Cases Climb to 200 in Texas\n\
                    Health officials urged vaccination. Schools may close.\n\
                    Photo: A nurse prepares a vaccine in Lubbock. REUTERS/Jane Doe\n\
                    LUBBOCK, Texas (AP) — The number of cases rose to 200 on Tuesday.\n\
                    Click here to subscribe to our health newsletter\n\
                    RELATED: Flu season peaks early\n\
                    The outbreak began in January.\n\
                    “We are worried,” Dr. Ana Ruiz said.\n\
                    Share on Facebook | Share on Twitter\n\
                    Copyright 2025 The Associated Press. All rights reserved.\n";
        let k: Vec<BlockKind> = blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(
            k,
            [
                Noise, Noise, Headline, Standfirst, Noise, Paragraph, Noise, Noise, Paragraph,
                Paragraph, Noise, Noise
            ]
        );
    }

    #[test]
    fn generic_about_headings() {
        let text = "Acme Opens Plant\nAcme opened a plant on Monday.\nIt cost $5 million.\nABOUT THE COMPANY\nAcme makes widgets.\n";
        let k = kinds(text);
        assert_eq!(k[3].1, Some(NoiseKind::PressRelease));
        assert_eq!(k[4].1, Some(NoiseKind::PressRelease));
        let text =
            "Acme Opens Plant\nIt opened.\nAbout ACME Corp\nAcme Corp is a maker of widgets.\n";
        assert_eq!(kinds(text)[2].1, Some(NoiseKind::PressRelease));
    }

    #[test]
    fn about_needs_the_shape_of_a_boilerplate_section() {
        // "About" opening ordinary sentences or headings is content.
        let text = "Fire Spreads\nAbout 380 firefighters were deployed.\nAbout the Bill\nThe bill caps rents.\nIt passed.\n";
        assert!(blocks(text).iter().all(|b| b.kind != BlockKind::Noise));
    }

    #[test]
    fn headline_and_standfirst() {
        use BlockKind::{Headline, Paragraph, Standfirst};
        let text = "Storm Hits Coast\nThousands flee.\nMIAMI (Wire) - The storm hit.\n";
        let k: Vec<BlockKind> = blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(k, [Headline, Standfirst, Paragraph]);
        // Without a dateline, a lone line after the headline is the lede.
        let text = "Storm Kills 12\nThe storm killed 12 people, officials said.\nRescue goes on.\n";
        let k: Vec<BlockKind> = blocks(text).iter().map(|b| b.kind).collect();
        assert_eq!(k, [Headline, Paragraph, Paragraph]);
        // A long multi-sentence second line is body text.
        let text = "Storm\nIt hit. It rained. It flooded.\nMore.\nEven more.\n";
        assert_eq!(blocks(text)[1].kind, Paragraph);
        // Noise before the headline does not count as the headline.
        let k = kinds("Advertisement\nStorm Hits\nThe storm hit.\n");
        assert_eq!(k[1].0, Headline);
    }

    #[test]
    fn newlines_are_found_at_every_offset() {
        for pad in 0..20 {
            for tail in ["\n", "é\n", "\r\n", "", "“x”"] {
                let text = format!("{}{tail}abc\n", "a".repeat(pad));
                let b = text.as_bytes();
                for from in 0..=b.len() {
                    let plain = b[from..].iter().position(|&x| x == b'\n').map(|k| from + k);
                    assert_eq!(newline_after(b, from), plain, "{text:?} {from}");
                }
            }
        }
    }

    /// The lines with the ASCII shortcut are the lines of a plain trim of
    /// every line, on random texts of line breaks, spaces (ASCII, no-break,
    /// ideographic), control bytes, dots and accents.
    #[test]
    fn lines_agree_with_a_plain_trim() {
        fn plain(text: &str) -> Vec<Span> {
            let mut out = Vec::new();
            let mut s = 0;
            for raw in text.split_inclusive('\n') {
                let body = raw.trim();
                if !body.is_empty() {
                    let st = s + (raw.len() - raw.trim_start().len());
                    out.push(Span::new(st, st + body.len()));
                }
                s += raw.len();
            }
            out
        }
        const PIECES: &[&str] = &[
            "a", "Word", ".", "\n", "\r\n", "\r", " ", "\t", "\u{a0}", "\u{3000}", "é", "“",
            "\u{b}", "\u{c}", "\u{85}", "\u{2028}", "x\r", "\x7f", "~", "!",
        ];
        let mut state: u64 = 0xA076_1D64_78BD_642F;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(next() % 12) {
                s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            assert_eq!(lines(&s).collect::<Vec<_>>(), plain(&s), "{s:?}");
        }
    }

    #[test]
    fn lines_are_trimmed_spans() {
        let text = "  Title \r\n\r\n\tBody text.\u{a0}\n";
        let b = blocks(text);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].span.as_str(text), "Title");
        assert_eq!(b[1].span.as_str(text), "Body text.");
    }

    fn parts(line: &str) -> Option<(&str, &str, Option<&str>, Option<&str>)> {
        let p = parse_dateline(line)?;
        Some((
            p.span.as_str(line),
            p.place.as_str(line),
            p.date.map(|s| s.as_str(line)),
            p.agency.map(|s| s.as_str(line)),
        ))
    }

    #[test]
    fn the_dash_filter_agrees_with_a_plain_search() {
        for line in [
            "",
            "GENEVA — More",
            "LIMA – x",
            "LIMA - x",
            "well-known",
            "“Quoted” and ’tis",
            "No dash here, only “quotes” …",
            "NAIROBI\u{a0}—\u{a0}x",
            "—",
            "\u{2014}",
            "\u{2010}",
        ] {
            let plain = line.contains(['-', '—', '–']);
            assert_eq!(has_dash(line.as_bytes()), plain, "{line:?}");
        }
    }

    #[test]
    fn the_opening_gate_agrees_with_the_plain_parse() {
        const PIECES: &[&str] = &[
            "The",
            "company",
            "GENEVA",
            "Geneva",
            "New",
            "York",
            "Nairobi",
            "Kenya",
            "A",
            "I",
            "US",
            "São",
            "Paulo",
            "Ríos-Carvajal",
            "O'Neil",
            "N.M.",
            "B.C.",
            "Calif.",
            "March",
            "4",
            "2025",
            "Dec.",
            "Reuters",
            "(AP)",
            "(Reuters)",
            "/PRNewswire/",
            " ",
            " ",
            " ",
            ", ",
            ",",
            "/",
            " (",
            " /",
            "—",
            "–",
            " - ",
            " -- ",
            "-",
            "\u{a0}",
            "“",
            "’",
            "\t",
            ":",
            "É",
            "Ñandú",
            "ÉCOLE",
            "x",
            "1",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut lines: Vec<String> = [
            "Geneva, 4 March 2025 – The agency said",
            "Nairobi, Kenya — The bank cut rates.",
            "KYIV, Ukraine (AP) — Drones struck.",
            "Santa Fe, N.M. — The number",
            "San Jose /PRNewswire/ -- Acme said",
            "Port Au Prince (Reuters) - Aid",
            "Port Au Prince Haiti (Reuters) - Aid",
            "A man — said",
            "The company — said",
            "Abc",
            "Ab",
            "A",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(next() % 9) {
                s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            lines.push(s);
        }
        let mut found = 0;
        for l in &lines {
            let plain = parse_dateline_words(l);
            found += usize::from(plain.is_some());
            assert_eq!(parse_dateline(l), plain, "{l:?}");
        }
        assert!(found > 100, "the generated lines hold datelines: {found}");
    }

    #[test]
    fn datelines() {
        assert_eq!(
            parts("CARACAS, Dec 27 (Newswire) - Venezuela freed 88."),
            Some((
                "CARACAS, Dec 27 (Newswire) -",
                "CARACAS",
                Some("Dec 27"),
                Some("Newswire")
            ))
        );
        assert_eq!(
            parts("GENEVA — More than 1.3 million"),
            Some(("GENEVA —", "GENEVA", None, None))
        );
        assert_eq!(
            parts("PRINCE GEORGE, B.C., July 14 (Cascade Wire) - Authorities ordered"),
            Some((
                "PRINCE GEORGE, B.C., July 14 (Cascade Wire) -",
                "PRINCE GEORGE, B.C.",
                Some("July 14"),
                Some("Cascade Wire")
            ))
        );
        assert_eq!(
            parts("SANTA FE, N.M. — The number"),
            Some(("SANTA FE, N.M. —", "SANTA FE, N.M.", None, None))
        );
        assert_eq!(
            parts("SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme said"),
            Some((
                "SAN JOSE, Calif., March 3, 2025 /PRNewswire/ --",
                "SAN JOSE, Calif.",
                Some("March 3, 2025"),
                Some("PRNewswire")
            ))
        );
        assert_eq!(
            parts("LONDON (Reuters) - Britain said"),
            Some(("LONDON (Reuters) -", "LONDON", None, Some("Reuters")))
        );
        assert_eq!(
            parts("Geneva, 4 March 2025 – The agency said"),
            Some((
                "Geneva, 4 March 2025 –",
                "Geneva",
                Some("4 March 2025"),
                None
            ))
        );
        assert_eq!(
            parts("BEIJING/WASHINGTON, March 3 (Reuters) - China said"),
            Some((
                "BEIJING/WASHINGTON, March 3 (Reuters) -",
                "BEIJING/WASHINGTON",
                Some("March 3"),
                Some("Reuters")
            ))
        );
        assert_eq!(
            parts("Nairobi, Kenya — The bank cut rates."),
            Some(("Nairobi, Kenya —", "Nairobi, Kenya", None, None))
        );
        assert_eq!(
            parts("KYIV, Ukraine (AP) — Drones struck."),
            Some(("KYIV, Ukraine (AP) —", "KYIV, Ukraine", None, Some("AP")))
        );
        assert_eq!(
            parts("BOGOTÁ—Centre-left candidate"),
            Some(("BOGOTÁ—", "BOGOTÁ", None, None))
        );
    }

    #[test]
    fn not_datelines() {
        for l in [
            "Centre-left candidate Valentina Ríos-Carvajal was elected.",
            "UNHCR said on Thursday that 1.3 million had fled.",
            "Geneva — the city — hosts the talks.",
            "Officials, however — said nothing.",
            "Prime Minister Jane Doe, Finance Minister — spoke.",
            "BREAKING — A quake struck.",
            "LIMA-based analysts said so.",
            "Prime Minister Józef Nowak said so.",
            "WASHINGTON",
            "NAIROBI -",
        ] {
            assert_eq!(parts(l), None, "{l}");
        }
    }

    #[test]
    fn dateline_in_document_coordinates() {
        let text = "Quake Hits Peru\nLIMA, March 4 (Andes Wire) - Rescuers dug.\n";
        let b = blocks(text);
        assert_eq!(
            dateline(text, &b[0], 0),
            None,
            "headlines carry no dateline"
        );
        let d = dateline(text, &b[1], 1).expect("dateline");
        assert_eq!(d.span.as_str(text), "LIMA, March 4 (Andes Wire) -");
        assert_eq!(d.place.as_str(text), "LIMA");
        assert_eq!(d.date.map(|s| s.as_str(text)), Some("March 4"));
        assert_eq!(d.agency.map(|s| s.as_str(text)), Some("Andes Wire"));
        assert_eq!(d.block, 1);
    }

    #[test]
    fn property_no_panic_on_arbitrary_lines() {
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        const PIECES: &[&str] = &[
            "By ",
            "About ",
            "Also Read",
            ":",
            "(",
            ")",
            "Reporting by",
            "PARIS",
            ", ",
            "Dec. ",
            "27",
            " - ",
            "—",
            "/",
            "REUTERS/",
            "Getty Images",
            "é",
            "€",
            "\n",
            "\r\n",
            " ",
            "Media contact",
            "@",
            "Photo",
            "FOR IMMEDIATE RELEASE",
            "\u{a0}",
            "😀",
            "N.M.",
        ];
        for _ in 0..5_000 {
            let mut s = String::new();
            for _ in 0..(next() % 30) {
                if next() % 6 == 0 {
                    s.push(char::from_u32((next() % 0x11_0000) as u32).unwrap_or('x'));
                } else {
                    s.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                }
            }
            for (i, b) in blocks(&s).iter().enumerate() {
                assert!(s.get(b.span.range()).is_some(), "{s:?}");
                if let Some(d) = dateline(&s, b, i) {
                    for sp in [Some(d.span), Some(d.place), d.date, d.agency]
                        .into_iter()
                        .flatten()
                    {
                        assert!(s.get(sp.range()).is_some(), "{s:?}");
                        assert!(b.span.contains(sp));
                    }
                }
            }
        }
    }
}
