//! Word tables for claim assembly: the closed-class English words that bound
//! a subject noun phrase, the verbs whose subject is the thing measured
//! rather than an actor, and the coarse classes of news events.
//!
//! Compiled by the project from general English grammar (closed word
//! classes) and from the event types that conflict and disaster coders use
//! (ACLED's and GDELT CAMEO's event families, reduced to the verbs news
//! copy uses for counts). All entries are lower case.

use super::EventClass;

/// Words that end a subject phrase when read left to right: auxiliaries and
/// modals.
pub(crate) const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have",
    "having", "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would",
];

/// Prepositions: a noun phrase right after one is not a subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "about",
    "above",
    "across",
    "after",
    "against",
    "along",
    "amid",
    "among",
    "around",
    "at",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "between",
    "beyond",
    "by",
    "despite",
    "during",
    "except",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "outside",
    "over",
    "past",
    "per",
    "since",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "until",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

/// Words that open a new clause: the subject of a verb after one of them is
/// found after it.
pub(crate) const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "as", "because", "before", "but", "if", "since", "so", "that", "though",
    "until", "when", "where", "whereas", "which", "while", "who", "whom", "whose",
];

/// Determiners and possessive pronouns that may open a subject phrase.
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "another", "each", "every", "her", "his", "its", "my", "our", "some", "that", "the",
    "their", "these", "this", "those", "your",
];

/// Personal pronouns that can be the subject of a reporting verb.
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "it", "she", "they", "we"];

/// First- and second-person pronouns: a speaker inside a quote, never an
/// actor the article names.
pub(crate) const FIRST_PERSON: &[&str] = &["i", "me", "us", "we", "you"];

/// Adverbs that sit inside a verb group without ending in "-ly" ("has
/// already freed", "was still holding").
pub(crate) const ADVERBS: &[&str] = &[
    "again",
    "already",
    "also",
    "currently",
    "ever",
    "further",
    "just",
    "later",
    "now",
    "often",
    "once",
    "previously",
    "recently",
    "soon",
    "still",
    "then",
    "yet",
];

/// Verbs that pass their subject on to an infinitive ("Veltrix plans to
/// cut", "the bank is expected to raise").
pub(crate) const CONTROL_VERBS: &[&str] = &[
    "agree",
    "agreed",
    "agrees",
    "aim",
    "aimed",
    "aims",
    "attempt",
    "attempted",
    "began",
    "begin",
    "begins",
    "continue",
    "continued",
    "continues",
    "decide",
    "decided",
    "decides",
    "due",
    "expect",
    "expected",
    "expects",
    "going",
    "hope",
    "hoped",
    "hopes",
    "intend",
    "intended",
    "intends",
    "likely",
    "moved",
    "offer",
    "offered",
    "offers",
    "plan",
    "planned",
    "plans",
    "pledge",
    "pledged",
    "pledges",
    "promise",
    "promised",
    "promises",
    "refuse",
    "refused",
    "seek",
    "seeks",
    "set",
    "sought",
    "threaten",
    "threatened",
    "tried",
    "tries",
    "try",
    "voted",
    "vowed",
    "vows",
    "want",
    "wanted",
    "wants",
];

/// Nouns of intent that take an infinitive ("a plan to raise"): the actor is
/// whoever has the plan, not the noun.
pub(crate) const PLAN_NOUNS: &[&str] = &[
    "agreement",
    "attempt",
    "bid",
    "budget",
    "deal",
    "decision",
    "effort",
    "efforts",
    "goal",
    "initiative",
    "move",
    "offer",
    "plan",
    "plans",
    "pledge",
    "program",
    "programme",
    "promise",
    "proposal",
    "push",
    "scheme",
    "target",
    "vote",
];

/// Reporting verbs that open a reported clause ("X said the province
/// would..."), in the forms news uses.
pub(crate) const REPORTING: &[&str] = &[
    "added",
    "announced",
    "argued",
    "believe",
    "believed",
    "believes",
    "claimed",
    "confirmed",
    "estimate",
    "estimated",
    "estimates",
    "said",
    "say",
    "says",
    "show",
    "showed",
    "shows",
    "stated",
    "think",
    "thinks",
    "thought",
    "told",
    "warned",
];

/// Frequent irregular or unsuffixed finite verbs that end a noun phrase
/// read from the right.
pub(crate) const COMMON_VERBS: &[&str] = &[
    "began", "blew", "bought", "brought", "built", "came", "caught", "chose", "cut", "drew",
    "fell", "fled", "flew", "fought", "froze", "gave", "got", "grew", "held", "hit", "kept", "led",
    "left", "lost", "made", "paid", "put", "ran", "rose", "sank", "sent", "set", "shook", "sold",
    "spent", "stole", "struck", "swept", "threw", "took", "tore", "went", "won", "wrote",
];

/// Negation words that, inside the clause of an event, deny it.
pub(crate) const NEGATIONS: &[&str] = &[
    "neither", "never", "no", "nobody", "none", "nor", "not", "nothing",
];

/// Verbs of denial, which negate what they report ("police denied that 40
/// were detained").
pub(crate) const DENIALS: &[&str] = &["denied", "denies", "deny"];

/// Relative pronouns and adverbs that open a relative clause ("who were
/// detained", "where it landed").
pub(crate) const RELATIVES: &[&str] = &["where", "which", "who", "whom"];

/// Superlatives of more, which mark a record high ("the highest since
/// 2019").
pub(crate) const MOST: &[&str] = &[
    "biggest",
    "fastest",
    "highest",
    "largest",
    "most",
    "strongest",
];

/// Superlatives of less, which mark a record low ("the lowest level since
/// the 1950s").
pub(crate) const LEAST: &[&str] = &[
    "fewest", "least", "lowest", "slowest", "smallest", "weakest",
];

/// The noun that marks a record ("a record high", "record lows"): the
/// word [`super::record_after`] looks for besides the superlatives.
pub(crate) const RECORD: &[&str] = &["record"];

/// Event lemmas whose grammatical subject is the quantity measured, not an
/// actor ("the death toll rose to 63", "inflation eased to 3.2%").
pub(crate) const INTRANSITIVE: &[&str] = &[
    "accelerate",
    "advance",
    "climb",
    "decline",
    "decrease",
    "die",
    "dip",
    "double",
    "drop",
    "ease",
    "edge",
    "expand",
    "fall",
    "gain",
    "grow",
    "halve",
    "increase",
    "jump",
    "plummet",
    "plunge",
    "reach",
    "rebound",
    "remain",
    "rise",
    "shrink",
    "slide",
    "slip",
    "slow",
    "slump",
    "soar",
    "stand",
    "surge",
    "swell",
    "top",
    "total",
    "triple",
    "tumble",
];

/// Coarse event classes and the lemmas that belong to them. A lemma may sit
/// in one class only; the first class listing it wins.
pub(crate) const EVENT_CLASSES: &[(EventClass, &[&str])] = &[
    (
        EventClass::Kill,
        &["kill", "slay", "massacre", "execute", "murder"],
    ),
    (EventClass::Die, &["die", "perish", "drown"]),
    (EventClass::Injure, &["injure", "wound", "hurt", "maim"]),
    (
        EventClass::Detain,
        &[
            "detain",
            "arrest",
            "jail",
            "imprison",
            "incarcerate",
            "abduct",
            "kidnap",
            "hold",
        ],
    ),
    (
        EventClass::Release,
        &["release", "free", "pardon", "discharge"],
    ),
    (
        EventClass::Rescue,
        &["rescue", "save", "pull", "bring", "recover"],
    ),
    (
        EventClass::Displace,
        &["displace", "flee", "uproot", "strand", "cross"],
    ),
    (EventClass::Evacuate, &["evacuate", "order", "relocate"]),
    (
        EventClass::Protest,
        &["protest", "march", "rally", "demonstrate"],
    ),
    (
        EventClass::Vote,
        &[
            "vote", "elect", "approve", "pass", "reject", "abstain", "win", "receive", "beat",
        ],
    ),
    (
        EventClass::Cut,
        &[
            "cut",
            "lay off",
            "slash",
            "reduce",
            "lower",
            "trim",
            "shed",
            "eliminate",
            "close",
        ],
    ),
    (
        EventClass::Rise,
        &[
            "rise",
            "climb",
            "increase",
            "grow",
            "jump",
            "surge",
            "soar",
            "gain",
            "double",
            "triple",
            "expand",
            "raise",
            "hike",
            "accelerate",
            "rebound",
            "top",
            "exceed",
        ],
    ),
    (
        EventClass::Fall,
        &[
            "fall", "drop", "decline", "decrease", "ease", "slow", "shrink", "slide", "slip",
            "plunge", "plummet", "tumble", "dip", "halve", "slump",
        ],
    ),
    (
        EventClass::Spend,
        &[
            "spend",
            "invest",
            "allocate",
            "fund",
            "budget",
            "set aside",
            "earmark",
            "pledge",
            "commit",
        ],
    ),
    (
        EventClass::Pay,
        &["pay", "fine", "compensate", "award", "settle", "sign"],
    ),
    (
        EventClass::Infect,
        &[
            "infect",
            "sicken",
            "hospitalize",
            "hospitalise",
            "expose",
            "contract",
        ],
    ),
    (
        EventClass::Destroy,
        &["destroy", "damage", "flatten", "burn", "collapse", "raze"],
    ),
    (EventClass::Sentence, &["sentence", "convict"]),
];
