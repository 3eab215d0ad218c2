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
    pub text: String,
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
    pub name: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// A title or role given to it ("President", "former ambassador").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub title: Option<String>,
    /// The other forms used for it ("Maduro", "President Maduro").
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub aliases: Vec<String>,
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

/// Merges the mentions of one article into actors, ordered by first mention.
pub(crate) fn merge(doc: &str, mentions: Vec<ActorMention>) -> Vec<Actor> {
    merge::merge(doc, mentions)
}

/// Forces every lazily built table of the module.
pub(crate) fn warm() {
    scan::warm();
    find::warm();
}

/// The byte offsets of the words of a document that start with an ASCII
/// capital: where a country's name, demonym or capital can start. Built
/// once per document for [`country_mentions`], which then compares each
/// name with these few places instead of searching the whole text per name.
/// Ordered by their capital (then by offset), so that a name is compared
/// only with the places that start with its letter.
pub(crate) struct CapitalStarts(Vec<usize>);

impl CapitalStarts {
    /// Indexes `doc`.
    pub(crate) fn new(doc: &str) -> CapitalStarts {
        const LO: u64 = 0x0101_0101_0101_0101;
        const HI: u64 = 0x8080_8080_8080_8080;
        let b = doc.as_bytes();
        let mut starts: Vec<usize> = Vec::new();
        let mut take = |i: usize| {
            let word_start = doc
                .get(..i)
                .is_some_and(|d| d.chars().next_back().is_none_or(|c| !c.is_alphanumeric()));
            if word_start {
                starts.push(i);
            }
        };
        // Capitals are few: eight bytes a step, and a closer look only at
        // a chunk with one. A byte is 'A'..='Z' when its low seven bits
        // are and its high bit is clear (no sum below carries).
        let mut i = 0;
        while let Some(chunk) = b.get(i..i + 8) {
            let mut a = [0u8; 8];
            a.copy_from_slice(chunk);
            let w = u64::from_le_bytes(a);
            let x = w & !HI;
            let mut caps = (x + LO * (0x80 - 0x41)) & !(x + LO * (0x80 - 0x5B)) & !w & HI;
            while caps != 0 {
                take(i + (caps.trailing_zeros() / 8) as usize);
                caps &= caps - 1;
            }
            i += 8;
        }
        for (k, c) in b.iter().enumerate().skip(i) {
            if c.is_ascii_uppercase() {
                take(k);
            }
        }
        starts.sort_by_key(|&i| b[i]);
        CapitalStarts(starts)
    }

    /// [`CapitalStarts::new`] as a plain filter, for its test.
    #[cfg(test)]
    pub(crate) fn plain(doc: &str) -> Vec<usize> {
        let b = doc.as_bytes();
        (0..b.len())
            .filter(|&i| b[i].is_ascii_uppercase())
            .filter(|&i| {
                doc[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .collect()
    }

    /// The places, in text order (for the test).
    #[cfg(test)]
    pub(crate) fn in_text_order(&self) -> Vec<usize> {
        let mut v = self.0.clone();
        v.sort_unstable();
        v
    }

    /// The places whose word starts with the byte `first`.
    fn starting_with(&self, doc: &str, first: u8) -> &[usize] {
        let d = doc.as_bytes();
        let key = |at: &usize| d.get(*at).copied().unwrap_or(0);
        let lo = self.0.partition_point(|at| key(at) < first);
        let hi = self.0.partition_point(|at| key(at) <= first);
        self.0.get(lo..hi).unwrap_or(&[])
    }
}

/// How many times `doc` names `country` (a gazetteer name) by its name,
/// other names, demonyms or capital, as whole words, in any case as written
/// or in capitals (datelines). Zero for a name the gazetteer lacks.
///
/// Counts what `str::match_indices` would report for each form (its
/// matches never overlap) and then keeps the whole words. A form that can
/// overlap itself (a prefix equal to a suffix) or that does not start with
/// an ASCII capital is searched that way; every other form can only stand
/// whole at a capitalised word start, so those places from `starts` are
/// all it is compared with.
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
    let count = |variant: &str| {
        let b = variant.as_bytes();
        if let Some(&first) = b
            .first()
            .filter(|c| c.is_ascii_uppercase() && !has_border(b))
        {
            starts
                .starting_with(doc, first)
                .iter()
                // The first byte turns most places away before the
                // slices are compared.
                .filter(|&&at| {
                    let d = doc.as_bytes();
                    d.get(at) == b.first()
                        && d.get(at..).is_some_and(|r| r.starts_with(b))
                        && whole(at, b.len())
                })
                .count()
        } else {
            doc.match_indices(variant)
                .filter(|(at, _)| whole(*at, variant.len()))
                .count()
        }
    };
    let mut n = 0;
    for form in forms {
        let upper = form.to_uppercase();
        for variant in [form, upper.as_str()] {
            n += count(variant);
            if variant == form && form == upper {
                break;
            }
        }
    }
    n
}

/// Whether a proper prefix of `b` is also its suffix (so that two
/// occurrences can overlap).
fn has_border(b: &[u8]) -> bool {
    (1..b.len()).any(|k| b[..k] == b[b.len() - k..])
}
