//! Actors: people, organisations, places and groups, found per sentence and
//! merged per article.
//!
//! No model is involved: word lists ([`lexicon`]) and a gazetteer
//! ([`gazetteer`]) shipped in the crate drive a rule-based reader.
//!
//! - [`scan`] tokenizes a sentence in one pass (possessives, initials, dotted
//!   acronyms, "-based" suffixes are recognised there) and gives each word a
//!   bitmask of the word lists it belongs to, with one hash lookup.
//! - [`find`] groups capitalised words into runs ("Ministry of Housing,
//!   Construction and Sanitation", "Gonzalo de la Cruz") and classifies each
//!   run: dateline, gazetteer place, organisation by its head word, title +
//!   person, place by context, and otherwise a person (two words or more) or
//!   a lone word that `merge` must confirm. Sentence-initial capitals and
//!   headline words are never taken on their own. Side passes find acting
//!   groups ("officials said"), references to the government and nouns
//!   standing for something named before ("the ministry").
//! - [`merge`](mod@merge) joins the mentions of one article: full names first, then
//!   surnames, acronyms (defined in brackets or by initials), company names
//!   without their suffix, sentence-initial words and headline words that
//!   the body confirms, the government's forms, "the ministry" and "the
//!   governor". Lookups go through hash indexes, so merging is linear in the
//!   number of mentions.

use crate::Span;
use crate::Text;
use crate::segment::SentenceView;

#[cfg(test)]
mod dev_eval;
mod find;
mod gazetteer;
mod lexicon;
mod merge;
mod scan;
#[cfg(test)]
mod tests;

/// What kind of actor.
///
/// ```
/// use news_claims::{ActorKind, Extractor};
///
/// let text = "Aid Talks Resume\nThe World Food Programme (WFP) said officials in Chad agreed.\n";
/// let actors = Extractor::default().extract(text, None).actors;
/// let kinds: Vec<(&str, ActorKind)> = actors.iter().map(|a| (a.name.as_str(), a.kind)).collect();
/// assert!(kinds.contains(&("World Food Programme", ActorKind::Organization)));
/// assert!(kinds.contains(&("Chad", ActorKind::Place)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ActorKind {
    /// A named person.
    Person,
    /// Companies, ministries, agencies, courts, parties, NGOs, media.
    Organization,
    /// A country, city or region acting or acted upon.
    Place,
    /// An unnamed collective: authorities, officials, protesters.
    Group,
}

/// One mention of something in the text.
///
/// ```
/// use news_claims::Extractor;
///
/// let text = "Talks Resume\nPresident Nicolás Maduro spoke on Monday.\n";
/// let actors = Extractor::default().extract(text, None).actors;
/// let m = &actors[0].mentions[0];
/// assert_eq!(m.text, "Nicolás Maduro"); // the title is not part of the mention
/// assert_eq!(&text[m.span.range()], m.text);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// What it says.
    pub text: Text,
}

/// One real-world actor of the article, with all its mentions.
///
/// ```
/// use news_claims::{ActorKind, Extractor};
///
/// let text = "Talks Resume\nPresident Nicolás Maduro spoke. Later, Maduro’s aides left.\n";
/// let actors = Extractor::default().extract(text, None).actors;
/// let maduro = actors.iter().find(|a| a.kind == ActorKind::Person).expect("a person");
/// assert_eq!(maduro.name, "Nicolás Maduro");
/// assert_eq!(maduro.title.as_deref(), Some("President"));
/// assert_eq!(maduro.aliases, ["Maduro"]);
/// assert_eq!(maduro.mentions.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Actor {
    /// The fullest form in the text ("Nicolás Maduro").
    pub name: Text,
    /// What kind of actor.
    pub kind: ActorKind,
    /// A title or role given to it ("President", "former ambassador").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<Text>,
    /// The other forms used for it ("Maduro", "President Maduro").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub aliases: Vec<Text>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// What shape of mention an [`ActorMention`] is; `merge` treats each
/// differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A name in running text.
    Name,
    /// A capitalised word at a sentence start: a name only if the article
    /// confirms it elsewhere ("Ocampo, 61, conceded" vs "Turnout rose").
    Confirm,
    /// A run of Title Case headline words; `merge` keeps the parts that the
    /// gazetteer or the body confirms.
    Headline,
    /// "the ministry": stands for the latest organisation whose name has one
    /// of these `|`-separated head words.
    OrgAnaphor(&'static str),
    /// "the governor": stands for the latest person with one of these titles.
    PersonAnaphor(&'static str),
    /// "the government", "Venezuelan government", "Maduro’s government",
    /// with the country when the text names it.
    Government(Option<&'static str>),
    /// An unnamed collective ("officials", "rights groups").
    Group,
    /// An acronym defined by a lower-case phrase ("rubella (MMR)"): not an
    /// actor anywhere in the article.
    NotActor,
}

/// How sure the mention is of its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A guess from weak context (a lone capitalised word).
    Weak,
    /// The default reading of the shape (two capitalised words: a person).
    Default,
    /// Backed by a head word, a title, the gazetteer or a definition.
    Strong,
}

/// An actor mention found in one sentence, before merging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ActorMention {
    /// The mention, title excluded, possessive stripped.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// What kind of actor it names.
    pub kind: ActorKind,
    /// A title or role written next to it.
    pub title: Option<Span>,
    /// The shape of the mention.
    pub form: Form,
    /// How sure `kind` is.
    pub strength: Strength,
    /// The gazetteer entity it names ("United States" for "Washington").
    pub key: Option<&'static str>,
    /// For an acronym defined in brackets, the span of its expansion.
    pub defines: Option<Span>,
}

/// Finds the actor mentions of one sentence, in text order.
pub(crate) fn mentions(s: &SentenceView<'_>) -> Vec<ActorMention> {
    find::mentions(s)
}

/// [`mentions`] appended to `out` (an article's list, grown in place).
pub(crate) fn mentions_into(s: &SentenceView<'_>, out: &mut Vec<ActorMention>) {
    find::mentions_into(s, out)
}

/// Merges the mentions of one article into actors, ordered by first mention.
pub(crate) fn merge(doc: &str, mentions: Vec<ActorMention>) -> Vec<Actor> {
    merge::merge(doc, mentions)
}

/// Forces every lazily built table of the module.
pub(crate) fn warm() {
    scan::warm();
    find::warm();
    merge::warm();
}

/// The byte offsets of the words of a document that start with an ASCII
/// capital: where a country's name, demonym or capital can start. Built
/// once per document for [`country_mentions`], which then compares each
/// name with the few places that start with its first letter instead of
/// searching the whole text per name.
pub(crate) struct CapitalStarts {
    /// The offsets grouped by their capital, each group in text order:
    /// those of `b'A' + k` are `at[from[k]..from[k + 1]]`.
    at: Vec<usize>,
    from: [usize; 27],
}

impl CapitalStarts {
    /// Indexes `doc`.
    pub(crate) fn new(doc: &str) -> CapitalStarts {
        let b = doc.as_bytes();
        // A capital at `i` (an ASCII byte, so `i` is a char boundary)
        // starts a word when no letter or digit comes before it; the byte
        // before answers for ASCII, only a non-ASCII one needs decoding.
        let starts_word = |i: usize| match i.checked_sub(1).and_then(|p| b.get(p)) {
            None => true,
            Some(&p) if p < 0x80 => !p.is_ascii_alphanumeric(),
            Some(_) => doc
                .get(..i)
                .and_then(|d| d.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric()),
        };
        let mut found: Vec<usize> = Vec::new();
        // Eight bytes at a time: most words hold no capital at all.
        let mut chunks = b.chunks_exact(8);
        let mut base = 0;
        for chunk in &mut chunks {
            let mut m = scan::ascii_classes(scan::le_word(chunk)).0;
            while m != 0 {
                let i = base + (m.trailing_zeros() / 8) as usize;
                if starts_word(i) {
                    found.push(i);
                }
                m &= m - 1;
            }
            base += 8;
        }
        for (k, x) in chunks.remainder().iter().enumerate() {
            if x.is_ascii_uppercase() && starts_word(base + k) {
                found.push(base + k);
            }
        }
        // Grouped by letter (a counting sort keeps text order in a group).
        let letter = |i: usize| usize::from(b.get(i).map_or(0, |c| c.wrapping_sub(b'A')).min(25));
        let mut from = [0usize; 27];
        for &i in &found {
            from[letter(i) + 1] += 1;
        }
        for k in 1..27 {
            from[k] += from[k - 1];
        }
        let mut next = from;
        let mut at = vec![0; found.len()];
        for &i in &found {
            let l = letter(i);
            if let Some(slot) = at.get_mut(next[l]) {
                *slot = i;
            }
            next[l] += 1;
        }
        CapitalStarts { at, from }
    }

    /// The word starts whose capital is `c` (none for another byte).
    fn of(&self, c: u8) -> &[usize] {
        if !c.is_ascii_uppercase() {
            return &[];
        }
        let k = usize::from(c - b'A');
        self.at
            .get(self.from[k]..self.from[k + 1])
            .unwrap_or_default()
    }
}

/// How many times `doc` names `country` (a gazetteer name) by its name,
/// other names, demonyms or capital, as whole words, in any case as written
/// or in capitals (datelines). Zero for a name the gazetteer lacks.
///
/// Counts what `str::match_indices` would report for each form and for
/// its capitals (its matches never overlap) and then keeps the whole
/// words. A form that can overlap itself (a prefix equal to a suffix) or
/// that does not start with an ASCII capital is searched that way; every
/// other form can only stand whole at a capitalised word start, so the
/// places from `starts` with its first letter are all it is compared with.
/// The capitals of an ASCII form are compared byte by byte as the form is
/// read, without a copy.
pub(crate) fn country_mentions(doc: &str, starts: &CapitalStarts, country: &str) -> usize {
    let Some(&(name, demonyms, capitals, others)) =
        gazetteer::COUNTRIES.iter().find(|(n, ..)| *n == country)
    else {
        return 0;
    };
    let forms = std::iter::once(name)
        .chain(demonyms.split('|'))
        .chain(capitals.split('|'))
        .chain(others.split('|'))
        .filter(|f| !f.is_empty());
    let d = doc.as_bytes();
    let whole = |at: usize, len: usize| {
        let before = doc[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = doc[at + len..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        before && after
    };
    // The matches of `form`, or with `up` of its capitals (`form` is then
    // ASCII, and each of its bytes stands for one of the capitals).
    let count = |form: &str, up: bool| {
        let b = form.as_bytes();
        let len = b.len();
        let at = |k: usize| {
            b.get(k)
                .map(|&x| if up { x.to_ascii_uppercase() } else { x })
        };
        match at(0) {
            Some(first)
                if first.is_ascii_uppercase()
                    && !(1..len).any(|k| (0..k).all(|j| at(j) == at(len - k + j))) =>
            {
                starts
                    .of(first)
                    .iter()
                    .filter(|&&p| {
                        d.get(p..p + len)
                            .is_some_and(|r| r.iter().enumerate().all(|(k, &x)| Some(x) == at(k)))
                            && whole(p, len)
                    })
                    .count()
            }
            _ if up => count_in(doc, starts, &form.to_ascii_uppercase(), &whole),
            _ => count_in(doc, starts, form, &whole),
        }
    };
    let mut n = 0;
    for form in forms {
        n += count(form, false);
        if form.is_ascii() {
            // Its capitals differ from it when it has a small letter.
            if form.bytes().any(|x| x.is_ascii_lowercase()) {
                n += count(form, true);
            }
        } else {
            let upper = form.to_uppercase();
            if upper != form {
                n += count_in(doc, starts, &upper, &whole);
            }
        }
    }
    n
}

/// The matches of `variant` in `doc` as [`country_mentions`] counts them,
/// for the capitals of a non-ASCII form (a copy made by `to_uppercase`).
fn count_in(
    doc: &str,
    starts: &CapitalStarts,
    variant: &str,
    whole: &dyn Fn(usize, usize) -> bool,
) -> usize {
    let b = variant.as_bytes();
    match b.first() {
        Some(&first) if first.is_ascii_uppercase() && !has_border(b) => starts
            .of(first)
            .iter()
            .filter(|&&p| {
                doc.as_bytes().get(p..).is_some_and(|r| r.starts_with(b)) && whole(p, b.len())
            })
            .count(),
        _ => doc
            .match_indices(variant)
            .filter(|(p, _)| whole(*p, variant.len()))
            .count(),
    }
}

/// Whether a proper prefix of `b` is also its suffix (so that two
/// occurrences can overlap).
fn has_border(b: &[u8]) -> bool {
    (1..b.len()).any(|k| b[..k] == b[b.len() - k..])
}
