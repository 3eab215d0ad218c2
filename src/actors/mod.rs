//! Actors: people, organisations, places and groups, found per sentence and
//! merged per article.

use crate::Span;
use crate::segment::SentenceView;

/// What kind of actor.
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
}

/// Finds the actor mentions of one sentence, in text order.
pub(crate) fn mentions(_s: &SentenceView<'_>) -> Vec<ActorMention> {
    Vec::new()
}

/// Merges the mentions of one article into actors, ordered by first mention.
pub(crate) fn merge(doc: &str, mentions: Vec<ActorMention>) -> Vec<Actor> {
    mentions
        .into_iter()
        .map(|m| {
            let text = m.span.as_str(doc).to_string();
            Actor {
                name: text.clone(),
                kind: m.kind,
                title: m.title.map(|t| t.as_str(doc).to_string()),
                aliases: Vec::new(),
                mentions: vec![Mention {
                    span: m.span,
                    sentence: m.sentence,
                    text,
                }],
            }
        })
        .collect()
}
