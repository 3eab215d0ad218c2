//! Word tables for article structure: the labels scrapers leave on noise
//! lines, month and weekday names for datelines.
//!
//! Source: compiled for this crate from general knowledge of news sites,
//! wire copy and press-release layout (no external list was copied). The
//! labels are generic page furniture, not text from any article; each is
//! only taken for noise when the line has the right shape (see
//! `super::noise_kind`).

/// Labels that introduce a link to another story: "Also Read: ...",
/// "RELATED: ...". Matched case-insensitively at the start of a line,
/// followed by the end of the line or a separator (`:`, `|`, a dash, `>`).
pub(crate) const RELATED: &[&str] = &[
    "also read",
    "also see",
    "don't miss",
    "explore more",
    "filed under",
    "further reading",
    "more from",
    "more news",
    "more on this",
    "more on this story",
    "more stories",
    "more",
    "must read",
    "read also",
    "read more",
    "read next",
    "read the full story",
    "recommended",
    "recommended reading",
    "related",
    "related articles",
    "related content",
    "related coverage",
    "related news",
    "related stories",
    "related story",
    "see also",
    "suggested reading",
    "tags",
    "top stories",
    "topics",
    "trending",
    "watch",
    "watch now",
    "what to read next",
    "you may also like",
    "you might also like",
];

/// Whole-line advertising furniture, matched case-insensitively against
/// the line without trailing `:` or `.`; the first few also as prefixes
/// followed by a separator ("Advertisement - scroll to continue").
pub(crate) const ADVERTISEMENT: &[&str] = &[
    "ad",
    "ad feedback",
    "advert",
    "advertisement",
    "advertisements",
    "article continues below",
    "content from our partners",
    "continue reading below",
    "paid content",
    "paid post",
    "partner content",
    "promoted",
    "promoted content",
    "scroll to continue with content",
    "skip advertisement",
    "sponsored",
    "sponsored content",
    "story continues below",
    "story continues below advertisement",
];

/// Prefixes of share / follow / subscribe prompts (case-insensitive, at a
/// word boundary). Only short lines count.
pub(crate) const SHARE_PREFIXES: &[&str] = &[
    "click here",
    "copy link",
    "download our app",
    "download the app",
    "email this",
    "follow @",
    "follow us",
    "get our newsletter",
    "get the latest",
    "gift this article",
    "join our",
    "like us on",
    "listen to this article",
    "newsletter sign-up",
    "print this",
    "save article",
    "share on",
    "share this",
    "share via",
    "sign up for",
    "sign up now",
    "sign up to",
    "subscribe now",
    "subscribe to",
    "tap here",
];

/// Words that make up share bars ("Facebook Twitter WhatsApp Email"): a
/// line made only of these is noise.
pub(crate) const SHARE_WORDS: &[&str] = &[
    "bluesky",
    "bookmark",
    "comment",
    "comments",
    "copy",
    "email",
    "facebook",
    "flipboard",
    "follow",
    "instagram",
    "link",
    "linkedin",
    "listen",
    "pinterest",
    "print",
    "reddit",
    "save",
    "share",
    "subscribe",
    "telegram",
    "threads",
    "tweet",
    "twitter",
    "whatsapp",
    "x",
];

/// Labels of photo captions and credits ("Photo: ...", "Image source,
/// Getty Images"), followed by `:`, `,` or `|`.
pub(crate) const CAPTION: &[&str] = &[
    "caption",
    "credit",
    "credits",
    "file photo",
    "graphic",
    "illustration",
    "image",
    "image caption",
    "image credit",
    "image source",
    "media caption",
    "photo",
    "photo credit",
    "photograph",
    "photos",
    "picture",
    "pictured",
    "video",
];

/// Openings of wire credit lines, inside or outside brackets:
/// "(Reporting by ...; Editing by ...)".
pub(crate) const CREDIT: &[&str] = &[
    "additional reporting",
    "compiled by",
    "contributing",
    "corrects",
    "editing by",
    "edited by",
    "produced by",
    "reporting by",
    "research by",
    "this article",
    "this story",
    "translated by",
    "updates",
    "with reporting",
    "writing by",
];

/// Press-release furniture: lines that start with these (case-insensitive)
/// are noise, and "media contact"-type headings open a contact section.
pub(crate) const PRESS_RELEASE: &[&str] = &[
    "###",
    "-30-",
    "- ends -",
    "ends",
    "for immediate release",
    "forward-looking statements",
    "note to editors",
    "notes to editors",
    "safe harbor statement",
    "view original content",
];

/// Headings that open a contact section in a press release; the short
/// lines after them (names, phone numbers, addresses) are noise too.
pub(crate) const CONTACT_HEADINGS: &[&str] = &[
    "contact",
    "contacts",
    "for more information",
    "investor contact",
    "investor contacts",
    "investor relations",
    "media contact",
    "media contacts",
    "media enquiries",
    "media inquiries",
    "press contact",
    "press contacts",
    "press office",
];

/// Openings of time stamps ("Updated 10:32 AM EST") and other article
/// metadata, reported as bylines.
pub(crate) const TIMESTAMP: &[&str] = &[
    "first published",
    "last modified",
    "last updated",
    "posted",
    "published",
    "updated",
];

/// What a generic "About ..." heading of a press release names: "About
/// the Company", "About Us".
pub(crate) const ABOUT_GENERIC: &[&str] = &[
    "author",
    "authors",
    "company",
    "firm",
    "foundation",
    "group",
    "organisation",
    "organization",
    "report",
    "study",
    "survey",
    "the author",
    "the authors",
    "the company",
    "the firm",
    "the foundation",
    "the group",
    "the organisation",
    "the organization",
    "the report",
    "the study",
    "the survey",
    "this release",
    "us",
];

/// Month names and their news abbreviations, for datelines.
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Clock words of time-stamp lines ("10:32 AM EST").
pub(crate) const TIME_WORDS: &[&str] = &[
    "am", "a.m", "bst", "cet", "cest", "edt", "est", "et", "gmt", "ist", "jst", "pdt", "pm", "p.m",
    "pst", "pt", "utc",
];

/// Weekday names: "By Monday, ..." is not a byline.
pub(crate) const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// All-capital words that open a paragraph like a dateline place but are
/// story labels: "BREAKING — ...".
pub(crate) const NOT_PLACES: &[&str] = &[
    "ANALYSIS",
    "BREAKING",
    "CORRECTION",
    "EDITORIAL",
    "EXCLUSIVE",
    "FLASH",
    "LIVE",
    "NEW",
    "OPINION",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "WATCH",
];
