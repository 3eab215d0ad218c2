//! Number words of English. Own compilation from general knowledge of
//! English (cardinals, ordinals, scale words, the vague plurals that
//! conflict-event coders such as ACLED map to the base of their scale).

/// Cardinal words below a hundred that stand alone (lower case).
pub(crate) const SMALL: &[(&str, u32)] = &[
    ("zero", 0),
    ("naught", 0),
    ("nought", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Tens words.
pub(crate) const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words after a number ("3 million", "1.5bn", "5k"), singular and
/// plural. `hundred` is handled apart (it multiplies only the part below a
/// thousand). Indian news writes lakh (10^5) and crore (10^7).
pub(crate) const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// Scale abbreviations written after a number, attached or not
/// ("3bn", "£62.5m", "5k", "$4 bn"). `m` is only a scale after a currency
/// (else it is metres); see `mod.rs`.
pub(crate) const SCALE_ABBREVS: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("b", 1e9),
    ("bln", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Vague plurals and the base value coders give them (bound `approx`):
/// "dozens (of)" 12, "scores of" 20, "hundreds" 100, "thousands" 1000, ...
/// The flag says whether the word needs a following "of" ("scores" alone is
/// a verb or a noun of sport).
pub(crate) const VAGUE: &[(&str, f64, bool)] = &[
    ("dozens", 12.0, false),
    ("scores", 20.0, true),
    ("hundreds", 100.0, false),
    ("thousands", 1000.0, false),
    ("millions", 1e6, false),
    ("billions", 1e9, false),
];

/// Ordinal words (for `parse_ordinal`; ordinals are never quantities).
pub(crate) const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
];

/// Fractions of a whole, as percentages, read when "of" follows or a
/// qualifier precedes ("half of", "cut by half", "two-thirds of").
pub(crate) const FRACTIONS: &[(&str, f64)] = &[
    ("half", 50.0),
    ("third", 100.0 / 3.0),
    ("thirds", 100.0 / 3.0),
    ("quarter", 25.0),
    ("quarters", 25.0),
    ("fifth", 20.0),
    ("fifths", 20.0),
];

/// Month names and their abbreviations (lower case), for keeping days of
/// the month out.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Capitalised words that name a thing by a number ("Section 230",
/// "Boeing 737", "Route 66"): the number is a label, not a count. Own
/// compilation.
pub(crate) const LABEL_WORDS: &[&str] = &[
    "section",
    "article",
    "chapter",
    "clause",
    "rule",
    "route",
    "highway",
    "interstate",
    "flight",
    "boeing",
    "airbus",
    "apollo",
    "windows",
    "iphone",
    "level",
    "category",
    "phase",
    "title",
    "room",
    "gate",
    "platform",
    "terminal",
    "channel",
    "proposition",
    "prop",
    "resolution",
    "form",
    "no",
    "nos",
    "number",
    "paragraph",
    "schedule",
    "annex",
    "unit",
    "block",
    "ward",
    "district",
    "division",
    "grade",
    "class",
    "version",
    "model",
    "series",
    "episode",
    "season",
    "volume",
    "vol",
    "page",
    "p",
    "pp",
    "figure",
    "table",
    "covid",
    "g",
    "mh",
    "f",
];
