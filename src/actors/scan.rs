//! The sentence tokenizer and the lexicon lookups used by actor finding.
//!
//! One pass over the sentence's chars makes word and punctuation tokens;
//! lookups lower-case a word into a stack buffer and binary-search sorted
//! word lists, so the hot path does not allocate beyond the token vector.

use once_cell::sync::Lazy;

use super::{gazetteer, lexicon};

/// The token starts with an upper-case letter.
pub(super) const CAP: u16 = 1;
/// At least two letters, all upper case ("UNHCR", "U.S.").
pub(super) const ALLCAPS: u16 = 2;
/// Contains a digit.
pub(super) const DIGIT: u16 = 4;
/// A possessive "’s"/"'s" followed the word (left out of `e`).
pub(super) const POSS: u16 = 8;
/// A plural possessive apostrophe followed the word ("Supporters'").
pub(super) const POSS_PL: u16 = 16;
/// A hyphen followed by a lower-case part ("Centre-left").
pub(super) const HYPHLOW: u16 = 32;
/// The word was cut before an adjectival suffix ("San Francisco-based"):
/// `e` ends before the hyphen.
pub(super) const MODIFIER: u16 = 64;
/// The word is a lower-case particle joined to a name ("al-Assad").
pub(super) const PARTICLE_NAME: u16 = 128;

/// A word or punctuation token, in sentence-local byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tok {
    /// First byte.
    pub s: usize,
    /// End of the word proper (possessive and adjectival suffix left out).
    pub e: usize,
    /// End of everything the token consumed.
    pub end: usize,
    /// `Some(c)` for a punctuation token.
    pub punct: Option<char>,
    /// `CAP`, `ALLCAPS`, ...
    pub flags: u16,
}

impl Tok {
    /// Whether the token is a word.
    #[inline]
    pub fn is_word(&self) -> bool {
        self.punct.is_none()
    }
}

/// Adjectival suffixes cut off a place name ("Moscow-backed").
const MODIFIER_SUFFIXES: &[&str] = &[
    "aligned",
    "allied",
    "backed",
    "based",
    "born",
    "controlled",
    "funded",
    "headquartered",
    "led",
    "linked",
    "listed",
    "made",
    "owned",
    "registered",
    "run",
];

/// Words written with a final full stop that belongs to them.
const DOTTED: &[&str] = &[
    "adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "det", "dr",
    "feb", "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs",
    "ms", "mt", "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st",
    "supt",
];

/// Splits a sentence into tokens. Never panics; offsets are char boundaries.
pub(super) fn tokenize(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = match text[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let cl = c.len_utf8();
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                s: i,
                e: i + cl,
                end: i + cl,
                punct: Some(c),
                flags: 0,
            });
            i += cl;
            continue;
        }
        out.push(word(text, i));
        i = out.last().map_or(text.len(), |t| t.end.max(i + cl));
    }
}

/// Reads one word starting at `start` (an alphanumeric char).
fn word(text: &str, start: usize) -> Tok {
    let mut flags = 0u16;
    let mut j = start;
    let mut seg_len = 0usize; // letters since the last '.' or '-'
    let mut seg_upper = true;
    let mut has_dot = false;
    let mut letters = 0usize;
    let mut uppers = 0usize;
    let mut first = true;
    let mut last_hyphen: Option<usize> = None;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let pos = start + off;
        if c.is_alphanumeric() {
            if first && c.is_uppercase() {
                flags |= CAP;
            }
            if c.is_numeric() {
                flags |= DIGIT;
            }
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    uppers += 1;
                }
            }
            if last_hyphen == Some(pos) && c.is_lowercase() {
                flags |= HYPHLOW;
            }
            seg_len += 1;
            seg_upper &= c.is_uppercase();
            first = false;
            j = pos + c.len_utf8();
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        match c {
            '-' | '\'' | '’' if next_alnum => {
                if c == '-' {
                    last_hyphen = Some(pos + 1);
                }
                seg_len = 0;
                seg_upper = true;
                j = pos + c.len_utf8();
            }
            '.' if next_alnum
                && seg_len == 1
                && seg_upper
                && next.is_some_and(char::is_uppercase) =>
            {
                has_dot = true;
                seg_len = 0;
                j = pos + 1;
            }
            _ => break,
        }
    }
    let w = &text[start..j];
    let mut e = j;
    let mut end = j;
    // Possessive "’s" / "'s".
    for suffix in ["’s", "'s", "’S", "'S"] {
        if w.len() > suffix.len() && w.ends_with(suffix) {
            e = j - suffix.len();
            flags |= POSS;
            break;
        }
    }
    let rest = &text[j..];
    if flags & POSS == 0 && (w.ends_with('s') || w.ends_with('S')) {
        for ap in ['\'', '’'] {
            if rest.starts_with(ap)
                && !rest[ap.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                end = j + ap.len_utf8();
                flags |= POSS_PL;
                break;
            }
        }
    }
    // A full stop that belongs to the word: initials, dotted acronyms,
    // abbreviations.
    if flags & (POSS | POSS_PL) == 0 && rest.starts_with('.') {
        let single_upper = letters == 1 && uppers == 1 && w.chars().count() == 1;
        let mut buf = [0u8; 64];
        let keep = single_upper
            || has_dot
            || lower(w, &mut buf).is_some_and(|l| {
                LEX.dotted.has(l) || {
                    let mut b2 = [0u8; 64];
                    let n = l.len();
                    n < b2.len() && {
                        b2[..n].copy_from_slice(l.as_bytes());
                        b2[n] = b'.';
                        std::str::from_utf8(&b2[..n + 1])
                            .ok()
                            .is_some_and(|k| geo(k).is_some())
                    }
                }
            });
        if keep {
            e = j + 1;
            end = j + 1;
        }
    }
    if letters >= 2 && uppers == letters {
        flags |= ALLCAPS;
    }
    // "San Francisco-based": cut the adjectival suffix.
    if flags & HYPHLOW != 0 && flags & POSS == 0 {
        if let Some(h) = w.rfind('-') {
            let suffix = &w[h + 1..];
            let mut buf = [0u8; 64];
            if lower(suffix, &mut buf).is_some_and(|s| MODIFIER_SUFFIXES.contains(&s)) {
                e = start + h;
                flags = (flags & !HYPHLOW) | MODIFIER;
            }
        }
    }
    // "al-Assad", "bin-Salman": a particle glued to a capitalised name.
    if flags & CAP == 0 {
        if let Some(h) = w.find('-') {
            let (p, r) = (&w[..h], &w[h + 1..]);
            if matches!(p, "al" | "el" | "bin" | "ibn" | "abu" | "ben")
                && r.chars().next().is_some_and(char::is_uppercase)
            {
                flags |= CAP | PARTICLE_NAME;
                flags &= !HYPHLOW;
            }
        }
    }
    Tok {
        s: start,
        e,
        end,
        punct: None,
        flags,
    }
}

/// Lower-cases `s` into `buf`; `None` when it does not fit.
pub(super) fn lower<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let mut n = 0;
    for c in s.chars() {
        let c = if c == '’' { '\'' } else { c };
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// A sorted list of lower-case words.
#[derive(Debug)]
pub(super) struct Lexicon(Vec<&'static str>);

impl Lexicon {
    fn new(words: &[&'static str]) -> Lexicon {
        let mut v = words.to_vec();
        v.sort_unstable();
        v.dedup();
        Lexicon(v)
    }

    /// Whether `w` (already lower case) is in the list.
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        self.0.binary_search(&w).is_ok()
    }

    /// Whether the lower-cased `w` is in the list.
    #[inline]
    pub fn has_word(&self, w: &str) -> bool {
        let mut buf = [0u8; 64];
        lower(w, &mut buf).is_some_and(|l| self.has(l))
    }
}

/// All word lists, sorted once.
#[derive(Debug)]
pub(super) struct Lexicons {
    pub title_heads: Lexicon,
    pub roles: Lexicon,
    pub role_modifiers: Lexicon,
    pub postnominals: Lexicon,
    pub org_heads: Lexicon,
    pub company_suffixes: Lexicon,
    pub org_prefixes: Lexicon,
    pub place_heads: Lexicon,
    pub place_prefixes: Lexicon,
    pub non_actor_prefixes: Lexicon,
    pub national_bodies: Lexicon,
    pub non_actor_heads: Lexicon,
    pub not_names: Lexicon,
    pub initial_stop: Lexicon,
    pub particles: Lexicon,
    pub known_orgs: Lexicon,
    pub groups: Lexicon,
    pub group_modifiers: Lexicon,
    pub group_verbs: Lexicon,
    pub place_of: Lexicon,
    pub locative: Lexicon,
    pub compass: Lexicon,
    pub dotted: Lexicon,
}

/// The word lists.
pub(super) static LEX: Lazy<Lexicons> = Lazy::new(|| Lexicons {
    title_heads: Lexicon::new(lexicon::TITLE_HEADS),
    roles: Lexicon::new(lexicon::ROLES),
    role_modifiers: Lexicon::new(lexicon::ROLE_MODIFIERS),
    postnominals: Lexicon::new(lexicon::POSTNOMINALS),
    org_heads: Lexicon::new(lexicon::ORG_HEADS),
    company_suffixes: Lexicon::new(lexicon::COMPANY_SUFFIXES),
    org_prefixes: Lexicon::new(lexicon::ORG_PREFIXES),
    place_heads: Lexicon::new(lexicon::PLACE_HEADS),
    place_prefixes: Lexicon::new(lexicon::PLACE_PREFIXES),
    non_actor_prefixes: Lexicon::new(lexicon::NON_ACTOR_PREFIXES),
    national_bodies: Lexicon::new(lexicon::NATIONAL_BODIES),
    non_actor_heads: Lexicon::new(lexicon::NON_ACTOR_HEADS),
    not_names: Lexicon::new(lexicon::NOT_NAMES),
    initial_stop: Lexicon::new(lexicon::INITIAL_STOP),
    particles: Lexicon::new(lexicon::PARTICLES),
    known_orgs: Lexicon::new(lexicon::KNOWN_ORGS),
    groups: Lexicon::new(lexicon::GROUPS),
    group_modifiers: Lexicon::new(lexicon::GROUP_MODIFIERS),
    group_verbs: Lexicon::new(lexicon::GROUP_VERBS),
    place_of: Lexicon::new(lexicon::PLACE_OF),
    locative: Lexicon::new(lexicon::LOCATIVE),
    compass: Lexicon::new(lexicon::COMPASS),
    dotted: Lexicon::new(DOTTED),
});

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum GeoClass {
    /// A country, or another name of one ("UK").
    Country,
    /// A country's adjective ("Venezuelan").
    Demonym,
    /// Its people ("Colombians").
    DemonymPlural,
    /// A country's capital ("Washington").
    Capital,
    /// A state, province, nation or continent.
    Region,
    /// A large city.
    City,
}

/// A gazetteer hit: the entity it names and what kind of name it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Geo {
    /// The country (for countries, demonyms, capitals) or the place itself.
    pub canon: &'static str,
    /// What kind of name matched.
    pub class: GeoClass,
}

/// The gazetteer, keyed by lower-case name.
static GAZETTEER: Lazy<Vec<(String, Geo)>> = Lazy::new(|| {
    let mut v: Vec<(String, Geo)> = Vec::new();
    let mut add = |name: &str, canon: &'static str, class: GeoClass| {
        let name = name.trim();
        if !name.is_empty() {
            v.push((name.to_lowercase().replace('’', "'"), Geo { canon, class }));
        }
    };
    for &(name, _, _, aliases) in gazetteer::COUNTRIES {
        add(name, name, GeoClass::Country);
        for a in aliases.split('|') {
            add(a, name, GeoClass::Country);
        }
    }
    for &(name, demonyms, _, _) in gazetteer::COUNTRIES {
        for d in demonyms.split('|') {
            add(d, name, GeoClass::Demonym);
            if d.ends_with('n') || d.ends_with('i') {
                add(&format!("{d}s"), name, GeoClass::DemonymPlural);
            }
        }
    }
    for &(name, _, capitals, _) in gazetteer::COUNTRIES {
        for c in capitals.split('|') {
            add(c, name, GeoClass::Capital);
        }
    }
    for &(name, aliases) in gazetteer::REGIONS {
        add(name, name, GeoClass::Region);
        for a in aliases.split('|') {
            add(a, name, GeoClass::Region);
        }
    }
    for &city in gazetteer::CITIES {
        add(city, city, GeoClass::City);
    }
    // First entry wins: a country's name beats a demonym spelled the same.
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v.dedup_by(|later, earlier| later.0 == earlier.0);
    v
});

/// Looks `key` (lower case, words joined by one space) up in the gazetteer.
pub(super) fn geo(key: &str) -> Option<Geo> {
    GAZETTEER
        .binary_search_by(|(k, _)| k.as_str().cmp(key))
        .ok()
        .and_then(|i| GAZETTEER.get(i))
        .map(|(_, g)| *g)
}

/// Forces the lazily built tables.
pub(super) fn warm() {
    Lazy::force(&LEX);
    Lazy::force(&GAZETTEER);
}
