//! Word tables for temporal expressions: month and weekday names, number
//! words, ordinals, calendar units, seasons, holidays and the cue words that
//! tell a sentence's direction in time.
//!
//! All lists are our own compilation from general knowledge of English
//! (no external source); holiday dates are the well-known fixed or computed
//! dates, each with a note on its source.

/// Month names and their usual abbreviations (lower case), with the month
/// number. Abbreviations are flagged `true`: they need a following day or
/// year (or a full stop) to count, since "Jan" is also a name.
pub(crate) const MONTHS: &[(&str, u8, bool)] = &[
    ("january", 1, false),
    ("jan", 1, true),
    ("february", 2, false),
    ("feb", 2, true),
    ("march", 3, false),
    ("mar", 3, true),
    ("april", 4, false),
    ("apr", 4, true),
    ("may", 5, false),
    ("june", 6, false),
    ("jun", 6, true),
    ("july", 7, false),
    ("jul", 7, true),
    ("august", 8, false),
    ("aug", 8, true),
    ("september", 9, false),
    ("sept", 9, true),
    ("sep", 9, true),
    ("october", 10, false),
    ("oct", 10, true),
    ("november", 11, false),
    ("nov", 11, true),
    ("december", 12, false),
    ("dec", 12, true),
];

/// Weekday names (lower case), Monday = 0; abbreviations flagged `true`.
pub(crate) const WEEKDAYS: &[(&str, u8, bool)] = &[
    ("monday", 0, false),
    ("mon", 0, true),
    ("tuesday", 1, false),
    ("tue", 1, true),
    ("tues", 1, true),
    ("wednesday", 2, false),
    ("wed", 2, true),
    ("thursday", 3, false),
    ("thu", 3, true),
    ("thur", 3, true),
    ("thurs", 3, true),
    ("friday", 4, false),
    ("fri", 4, true),
    ("saturday", 5, false),
    ("sat", 5, true),
    ("sunday", 6, false),
    ("sun", 6, true),
];

/// Cardinal number words used in relative expressions ("two days ago").
pub(crate) const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
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
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("hundred", 100),
];

/// Ordinal words up to the days of a month's need.
pub(crate) const ORDINAL_WORDS: &[(&str, u32)] = &[
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
];

/// Calendar units, singular and plural, with their TIMEX3 duration letter.
pub(crate) const UNITS: &[(&str, Unit)] = &[
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("yr", Unit::Year),
    ("qtr", Unit::Quarter),
    ("yrs", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
];

/// A calendar unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Seasons with their TIMEX3 code and the month they start in (northern
/// hemisphere meteorological seasons).
pub(crate) const SEASONS: &[(&str, &str, u8)] = &[
    ("spring", "SP", 3),
    ("summer", "SU", 6),
    ("autumn", "FA", 9),
    ("fall", "FA", 9),
    ("winter", "WI", 12),
];

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// A fixed month and day.
    Fixed(u8, u8),
    /// Days after Western Easter Sunday (negative: before).
    Easter(i8),
    /// The `n`th weekday (Monday = 0) of a month; -1 = the last.
    Nth(u8, u8, i8),
    /// Days after the `n`th weekday of a month (Black Friday).
    NthPlus(u8, u8, i8, i8),
    /// Days after Orthodox (Julian) Easter Sunday.
    OrthodoxEaster(i8),
    /// A fixed date moved to the Saturday before when it falls on a Sunday
    /// (King's Day in the Netherlands).
    FixedNotSunday(u8, u8),
    /// A fixed date moved to the nearest weekday when it falls on a
    /// weekend (Boss's Day in the US).
    FixedNearestWeekday(u8, u8),
}

/// Holidays, as word sequences (lower case, apostrophes and "'s" dropped by
/// the matcher), longest first where one is a prefix of another. Fixed dates
/// are the civil dates everyone knows (Christmas, New Year, national days);
/// UN observances are from the UN list of international days
/// (<https://www.un.org/en/observances/list-days-weeks>); US federal
/// holidays follow 5 U.S.C. 6103; Easter-based days count from Western
/// Easter. Lunar and lunisolar holidays (Ramadan, Eid, Diwali, Chinese New
/// Year, Passover) are left out: their dates need astronomical tables.
pub(crate) const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24)),
    (&["christmas", "day"], Rule::Fixed(12, 25)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["xmas"], Rule::Fixed(12, 25)),
    (&["boxing", "day"], Rule::Fixed(12, 26)),
    (&["new", "year", "eve"], Rule::Fixed(12, 31)),
    (&["new", "years", "eve"], Rule::Fixed(12, 31)),
    (&["new", "year", "day"], Rule::Fixed(1, 1)),
    (&["new", "years", "day"], Rule::Fixed(1, 1)),
    (&["valentine", "day"], Rule::Fixed(2, 14)),
    (&["valentines", "day"], Rule::Fixed(2, 14)),
    (&["st", "patrick", "day"], Rule::Fixed(3, 17)),
    (&["st", "patricks", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patrick", "day"], Rule::Fixed(3, 17)),
    (&["saint", "patricks", "day"], Rule::Fixed(3, 17)),
    (&["st", "paddy", "day"], Rule::Fixed(3, 17)),
    (&["saint", "paddy", "day"], Rule::Fixed(3, 17)),
    (&["may", "day"], Rule::Fixed(5, 1)),
    (&["halloween"], Rule::Fixed(10, 31)),
    (&["independence", "day"], Rule::Fixed(7, 4)),
    (&["canada", "day"], Rule::Fixed(7, 1)),
    (&["bastille", "day"], Rule::Fixed(7, 14)),
    (&["australia", "day"], Rule::Fixed(1, 26)),
    (&["anzac", "day"], Rule::Fixed(4, 25)),
    (&["armistice", "day"], Rule::Fixed(11, 11)),
    (&["remembrance", "day"], Rule::Fixed(11, 11)),
    (&["veterans", "day"], Rule::Fixed(11, 11)),
    (&["veteran", "day"], Rule::Fixed(11, 11)),
    // UN observances (un.org list of international days).
    (&["world", "refugee", "day"], Rule::Fixed(6, 20)),
    (&["international", "women", "day"], Rule::Fixed(3, 8)),
    (&["international", "womens", "day"], Rule::Fixed(3, 8)),
    (&["world", "aids", "day"], Rule::Fixed(12, 1)),
    (&["world", "health", "day"], Rule::Fixed(4, 7)),
    (&["earth", "day"], Rule::Fixed(4, 22)),
    (&["world", "environment", "day"], Rule::Fixed(6, 5)),
    (&["human", "rights", "day"], Rule::Fixed(12, 10)),
    (&["world", "vegan", "day"], Rule::Fixed(11, 1)),
    // Computed from Easter.
    (&["easter", "sunday"], Rule::Easter(0)),
    (&["easter", "monday"], Rule::Easter(1)),
    (&["easter", "mon"], Rule::Easter(1)),
    (&["easter"], Rule::Easter(0)),
    // The Ides of March, 15 March in the Roman calendar.
    (&["ides", "of", "march"], Rule::Fixed(3, 15)),
    (&["good", "friday"], Rule::Easter(-2)),
    (&["holy", "saturday"], Rule::Easter(-1)),
    (&["maundy", "thursday"], Rule::Easter(-3)),
    (&["palm", "sunday"], Rule::Easter(-7)),
    (&["ash", "wednesday"], Rule::Easter(-46)),
    (&["mardi", "gras"], Rule::Easter(-47)),
    (&["shrove", "tuesday"], Rule::Easter(-47)),
    (&["pancake", "day"], Rule::Easter(-47)),
    (&["ascension", "day"], Rule::Easter(39)),
    (&["pentecost"], Rule::Easter(49)),
    (&["whit", "sunday"], Rule::Easter(49)),
    (&["whit", "monday"], Rule::Easter(50)),
    (&["trinity", "sunday"], Rule::Easter(56)),
    // Orthodox Easter (Julian computus) and the days counted from it.
    (&["orthodox", "easter", "sunday"], Rule::OrthodoxEaster(0)),
    (&["orthodox", "easter"], Rule::OrthodoxEaster(0)),
    (&["orthodox", "good", "friday"], Rule::OrthodoxEaster(-2)),
    (&["orthodox", "great", "friday"], Rule::OrthodoxEaster(-2)),
    (&["clean", "monday"], Rule::OrthodoxEaster(-48)),
    (&["lazarus", "saturday"], Rule::OrthodoxEaster(-8)),
    // King's Day (Netherlands, since 2014): 27 April, the 26th when the
    // 27th is a Sunday. Boss's Day (US): 16 October, the nearest weekday.
    (&["king", "day"], Rule::FixedNotSunday(4, 27)),
    (&["kings", "day"], Rule::FixedNotSunday(4, 27)),
    (&["koningsdag"], Rule::FixedNotSunday(4, 27)),
    (&["boss", "day"], Rule::FixedNearestWeekday(10, 16)),
    (&["bosss", "day"], Rule::FixedNearestWeekday(10, 16)),
    // US federal holidays (5 U.S.C. 6103) and other nth-weekday days.
    (&["thanksgiving", "day"], Rule::Nth(11, 3, 4)),
    (&["thanksgiving"], Rule::Nth(11, 3, 4)),
    (&["memorial", "day"], Rule::Nth(5, 0, -1)),
    (&["labor", "day"], Rule::Nth(9, 0, 1)),
    (&["labour", "day"], Rule::Fixed(5, 1)),
    (&["martin", "luther", "king", "day"], Rule::Nth(1, 0, 3)),
    (&["martin", "luther", "kings", "day"], Rule::Nth(1, 0, 3)),
    (&["mlk", "day"], Rule::Nth(1, 0, 3)),
    (&["mlk", "jr", "day"], Rule::Nth(1, 0, 3)),
    // Its name in New Hampshire ("Martin Luther King Jr. Civil Rights Day").
    (&["civil", "rights", "day"], Rule::Nth(1, 0, 3)),
    (&["presidents", "day"], Rule::Nth(2, 0, 3)),
    (&["columbus", "day"], Rule::Nth(10, 0, 2)),
    (&["mother", "day"], Rule::Nth(5, 6, 2)),
    (&["mothers", "day"], Rule::Nth(5, 6, 2)),
    (&["father", "day"], Rule::Nth(6, 6, 3)),
    (&["fathers", "day"], Rule::Nth(6, 6, 3)),
    (&["black", "friday"], Rule::NthPlus(11, 3, 4, 1)),
    // US Election Day: the Tuesday after the first Monday of November
    // (2 U.S.C. 7); Juneteenth (June 19) and Inauguration Day (January 20,
    // 20th Amendment) are fixed.
    (&["election", "day"], Rule::NthPlus(11, 0, 1, 1)),
    (&["juneteenth"], Rule::Fixed(6, 19)),
    (&["inauguration", "day"], Rule::Fixed(1, 20)),
    // UK: the second Sunday of November.
    (&["remembrance", "sunday"], Rule::Nth(11, 6, 2)),
];

/// Words that mark a sentence as speaking of the future.
pub(crate) const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "could",
    "shall",
    "should",
    // "must reply by Friday" ("must have" is handled as a past).
    "must",
    "might",
    "ll",
    "next",
    "upcoming",
    "scheduled",
    "forecast",
    "forecasts",
    "plans",
    "plan",
    "intends",
    "aims",
    "expects",
    "tomorrow",
];

/// Words that make a following four-digit number a year ("in 2024",
/// "since 1970", "by 2030").
pub(crate) const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "through",
    "thru",
    "from",
    "to",
    "of",
    "during",
    "before",
    "after",
    "between",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "around",
    "circa",
    "throughout",
    "for",
    "as",
    "than",
    "fiscal",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Nouns that make a preceding four-digit number a year ("the 2024
/// election", "the 2030 goal").
pub(crate) const YEAR_NOUNS: &[&str] = &[
    "election",
    "elections",
    "vote",
    "referendum",
    "campaign",
    "census",
    "budget",
    "season",
    "olympics",
    "games",
    "world",
    "cup",
    "war",
    "crisis",
    "protests",
    "protest",
    "uprising",
    "revolution",
    "coup",
    "earthquake",
    "quake",
    "floods",
    "flood",
    "pandemic",
    "attack",
    "attacks",
    "law",
    "act",
    "report",
    "survey",
    "summit",
    "championship",
    "final",
    "tournament",
    "edition",
    "agreement",
    "accord",
    "deal",
    "treaty",
    "target",
    "targets",
    "goal",
    "goals",
    "deadline",
    "levels",
    "level",
    "figure",
    "figures",
    "plan",
    "strategy",
    "race",
    "primary",
    "midterms",
    "general",
    "presidential",
    "parliamentary",
    "local",
    "financial",
    "fiscal",
    "model",
    "harvest",
    "famine",
    "drought",
    "riots",
    "invasion",
    "ceasefire",
    "conference",
    "convention",
    "contest",
    "cycle",
    "peak",
    "high",
    "low",
    "record",
    "total",
];
