//! Word tables for temporal expressions: month and weekday names, number
//! words, ordinals, calendar units, seasons, holidays and the cue words that
//! tell a sentence's direction in time.
//!
//! All lists are our own compilation from general knowledge of English
//! (no external source); holiday dates are the well-known fixed or computed
//! dates, each with a note on its source.

use crate::Date;
use crate::calendar::chinese::Festival as ChineseFestival;
use crate::calendar::hebrew::Holiday as Hebrew;
use crate::calendar::hindu::{Festival, Lunar};
use crate::calendar::islamic::Holiday as Islamic;
use crate::calendar::{chinese, nowruz, parsi_new_year};

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

/// Adverbs and adjectives of a regular set, with their TIMEX3 period
/// ("daily" P1D, "quarterly" P3M). Own compilation.
pub(crate) const SET_WORDS: &[(&str, &str)] = &[
    ("daily", "P1D"),
    ("weekly", "P1W"),
    ("monthly", "P1M"),
    ("annual", "P1Y"),
    ("annually", "P1Y"),
    ("yearly", "P1Y"),
    ("quarterly", "P3M"),
];

/// Seasons with their TIMEX3 code and the month they start in (northern
/// hemisphere meteorological seasons).
pub(crate) const SEASONS: &[(&str, &str, u8)] = &[
    ("spring", "SP", 3),
    ("summer", "SU", 6),
    ("autumn", "FA", 9),
    ("fall", "FA", 9),
    ("winter", "WI", 12),
];

/// Lunar holidays already computed: (rule, year) to the answer.
type HolidayCache = std::collections::HashMap<(Rule, i32), Vec<(Date, i64)>>;

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// A Jewish holiday (Hebrew calendar), given by its eve.
    Hebrew(Hebrew),
    /// An Islamic holiday (astronomical Hijri months).
    Islamic(Islamic),
    /// An Indian festival (sidereal solar or lunisolar).
    Hindu(Festival),
    /// Chinese New Year.
    ChineseNewYear,
    /// A festival of the Chinese lunar year (or the Qingming term).
    Chinese(ChineseFestival),
    /// Parsi New Year (Shahenshahi).
    ParsiNewYear,
    /// Nowruz (Persian new year, at the March equinox).
    Nowruz,
}

/// How many lunar holiday placements an article may still ask for; `None`
/// outside a [`super::Resolver`] (no limit). About 2,000 placements cost at
/// most a tenth of a second; news articles ask for a handful.
const LUNAR_PLACEMENTS_PER_ARTICLE: u32 = 2048;

thread_local! {
    static LUNAR_BUDGET: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

/// Gives the article about to be read on this thread a fresh budget of
/// lunar holiday placements.
pub(crate) fn arm_lunar_budget() {
    LUNAR_BUDGET.with(|b| b.set(Some(LUNAR_PLACEMENTS_PER_ARTICLE)));
}

impl Rule {
    /// The (first) day of the holiday in the Gregorian year `y` and the
    /// number of days it spans (more than one for Ramadan, Passover...).
    pub(crate) fn in_year(self, y: i32) -> Option<(Date, i64)> {
        self.all_in_year(y).first().copied()
    }

    /// Every occurrence of a lunar holiday in the Gregorian year `y` (an
    /// Islamic year is 11 days shorter, so some years hold two), in order.
    pub(crate) fn all_in_year(self, y: i32) -> Vec<(Date, i64)> {
        if !self.is_lunar() {
            return Vec::new();
        }
        // A hostile text naming thousands of lunar holidays in different
        // years would cost tens of microseconds each: past the article's
        // budget they are left unplaced.
        if !LUNAR_BUDGET.with(|b| match b.get() {
            Some(0) => false,
            Some(n) => {
                b.set(Some(n - 1));
                true
            }
            None => true,
        }) {
            return Vec::new();
        }
        // The astronomy costs tens of microseconds a holiday; a text that
        // names one holiday many times computes it once (per thread).
        thread_local! {
            static CACHE: std::cell::RefCell<HolidayCache> = std::cell::RefCell::new(HolidayCache::new());
        }
        if let Some(hit) = CACHE.with(|c| c.borrow().get(&(self, y)).cloned()) {
            return hit;
        }
        let got = self.compute(y);
        CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= 4096 {
                c.clear();
            }
            c.insert((self, y), got.clone());
        });
        got
    }

    fn compute(self, y: i32) -> Vec<(Date, i64)> {
        let one = |d: Option<Date>| d.map(|d| (d, 1)).into_iter().collect();
        match self {
            Rule::Hebrew(h) => h.in_year(y).into_iter().collect(),
            Rule::Islamic(h) => h.all_in_year(y),
            Rule::Hindu(f) => f.all_in_year(y),
            Rule::ChineseNewYear => one(chinese::new_year(y)),
            Rule::Chinese(f) => one(f.in_year(y)),
            Rule::ParsiNewYear => one(parsi_new_year(y)),
            Rule::Nowruz => one(nowruz(y)),
            _ => Vec::new(),
        }
    }

    /// Whether the rule follows a lunar or lunisolar calendar.
    pub(crate) fn is_lunar(self) -> bool {
        matches!(
            self,
            Rule::Hebrew(_)
                | Rule::Islamic(_)
                | Rule::Hindu(_)
                | Rule::ChineseNewYear
                | Rule::Chinese(_)
                | Rule::ParsiNewYear
                | Rule::Nowruz
        )
    }
}

/// Holidays, as word sequences (lower case, apostrophes and "'s" dropped by
/// the matcher), longest first where one is a prefix of another. Fixed dates
/// are the civil dates everyone knows (Christmas, New Year, national days);
/// UN observances are from the UN list of international days
/// (<https://www.un.org/en/observances/list-days-weeks>); US federal
/// holidays follow 5 U.S.C. 6103; Easter-based days count from Western
/// Easter. Lunar and lunisolar holidays (Jewish, Islamic, Indian, Chinese,
/// Parsi) are computed by `crate::calendar`; their English names and
/// transliterations are our own compilation from general knowledge and
/// news usage, plus the variants of Duckling's English holiday rules
/// (BSD licence; e.g. "id ul-adha", "Bakr Id", "sacrifice feast",
/// "succos", "feast of the ingathering", "night of power", "Holocaust
/// Day"). Hyphens inside a name are skipped like apostrophes, so
/// "eid al-adha" is `["eid", "al", "adha"]`.
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
    // More of Duckling's English names (its holiday rules, BSD licence),
    // listed first so that longer forms come before shorter ones.
    (&["yom", "teruah"], Rule::Hebrew(Hebrew::RoshHashanah)),
    (&["shovuos"], Rule::Hebrew(Hebrew::Shavuot)),
    (
        &["yom", "hazikaron", "lashoah", "ve", "lag", "vurah"],
        Rule::Hebrew(Hebrew::YomHashoah),
    ),
    (
        &["holocaust", "remembrance", "day"],
        Rule::Hebrew(Hebrew::YomHashoah),
    ),
    (&["day", "of", "arafah"], Rule::Islamic(Islamic::Arafah)),
    (&["arafah", "day"], Rule::Islamic(Islamic::Arafah)),
    (
        &["night", "of", "destiny"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["night", "of", "value"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["mawlid", "al", "nabi", "al", "sharif"],
        Rule::Islamic(Islamic::Mawlid),
    ),
    (&["mevlid", "i", "nebi"], Rule::Islamic(Islamic::Mawlid)),
    (&["mevlid"], Rule::Islamic(Islamic::Mawlid)),
    (&["prophet", "birthday"], Rule::Islamic(Islamic::Mawlid)),
    (&["prophets", "birthday"], Rule::Islamic(Islamic::Mawlid)),
    (
        &["jumu", "atul", "widaa"],
        Rule::Islamic(Islamic::JumuatulWida),
    ),
    (
        &["pongal", "pandigai"],
        Rule::Hindu(Festival::MakarSankranti),
    ),
    (
        &["magha", "sankranthi"],
        Rule::Hindu(Festival::MakarSankranti),
    ),
    (&["sankranthi"], Rule::Hindu(Festival::MakarSankranti)),
    (&["mesadi"], Rule::Hindu(Festival::Vaisakhi)),
    (&["vaisakhadi"], Rule::Hindu(Festival::Vaisakhi)),
    (
        &["dushera"],
        Rule::Hindu(Festival::Tithi(Lunar::Vijayadashami)),
    ),
    (
        &["durgotsava"],
        Rule::Hindu(Festival::Tithi(Lunar::Navaratri)),
    ),
    (
        &["durga", "ashtami"],
        Rule::Hindu(Festival::Tithi(Lunar::DurgaAshtami)),
    ),
    (
        &["maha", "ashtami"],
        Rule::Hindu(Festival::Tithi(Lunar::DurgaAshtami)),
    ),
    (
        &["maha", "navami"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaNavami)),
    ),
    (
        &["chhath", "parv"],
        Rule::Hindu(Festival::Tithi(Lunar::Chhath)),
    ),
    (&["chhathi"], Rule::Hindu(Festival::Tithi(Lunar::Chhath))),
    (
        &["rathayatra"],
        Rule::Hindu(Festival::Tithi(Lunar::RathaYatra)),
    ),
    (
        &["rathyatra"],
        Rule::Hindu(Festival::Tithi(Lunar::RathaYatra)),
    ),
    (
        &["swami", "dayanand", "saraswati", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::DayanandaJayanti)),
    ),
    (
        &["swami", "saraswati", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::DayanandaJayanti)),
    ),
    (
        &["maharishi", "saraswati", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::DayanandaJayanti)),
    ),
    (
        &["dhanvantari", "trayodashi"],
        Rule::Hindu(Festival::Tithi(Lunar::Dhanteras)),
    ),
    // The UN's International Holocaust Remembrance Day (27 January).
    (
        &["international", "holocaust", "remembrance", "day"],
        Rule::Fixed(1, 27),
    ),
    // Chinese festivals (Chinese calendar, China time). Chuseok is the
    // Korean Mid-Autumn Festival: the same lunar day, in Korea time (the
    // day differs only when a new moon falls between 23:00 and 24:00 UTC+8).
    (
        &["lantern", "festival"],
        Rule::Chinese(ChineseFestival::Lantern),
    ),
    (
        &["yuanxiao", "festival"],
        Rule::Chinese(ChineseFestival::Lantern),
    ),
    (
        &["qingming", "festival"],
        Rule::Chinese(ChineseFestival::Qingming),
    ),
    (&["qingming"], Rule::Chinese(ChineseFestival::Qingming)),
    (
        &["ching", "ming", "festival"],
        Rule::Chinese(ChineseFestival::Qingming),
    ),
    (&["ching", "ming"], Rule::Chinese(ChineseFestival::Qingming)),
    (
        &["tomb", "sweeping", "day"],
        Rule::Chinese(ChineseFestival::Qingming),
    ),
    (
        &["tomb", "sweeping", "festival"],
        Rule::Chinese(ChineseFestival::Qingming),
    ),
    (
        &["dragon", "boat", "festival"],
        Rule::Chinese(ChineseFestival::DragonBoat),
    ),
    (
        &["duanwu", "festival"],
        Rule::Chinese(ChineseFestival::DragonBoat),
    ),
    (&["duanwu"], Rule::Chinese(ChineseFestival::DragonBoat)),
    (
        &["tuen", "ng", "festival"],
        Rule::Chinese(ChineseFestival::DragonBoat),
    ),
    (&["tuen", "ng"], Rule::Chinese(ChineseFestival::DragonBoat)),
    (
        &["mid", "autumn", "festival"],
        Rule::Chinese(ChineseFestival::MidAutumn),
    ),
    (
        &["mooncake", "festival"],
        Rule::Chinese(ChineseFestival::MidAutumn),
    ),
    (
        &["moon", "festival"],
        Rule::Chinese(ChineseFestival::MidAutumn),
    ),
    (
        &["zhongqiu", "festival"],
        Rule::Chinese(ChineseFestival::MidAutumn),
    ),
    (&["zhongqiu"], Rule::Chinese(ChineseFestival::MidAutumn)),
    (&["chuseok"], Rule::Chinese(ChineseFestival::MidAutumn)),
    // Nowruz (Iran's calendar rule). "Navroz" alone is left out: it is
    // also the Parsi new year.
    (&["nowruz"], Rule::Nowruz),
    (&["norouz"], Rule::Nowruz),
    (&["norooz"], Rule::Nowruz),
    (&["nowrouz"], Rule::Nowruz),
    (&["nauryz"], Rule::Nowruz),
    (&["navruz"], Rule::Nowruz),
    (&["newroz"], Rule::Nowruz),
    (&["persian", "new", "year"], Rule::Nowruz),
    (&["iranian", "new", "year"], Rule::Nowruz),
    // Jewish holidays (Hebrew calendar; given by their eve).
    (&["rosh", "hashanah"], Rule::Hebrew(Hebrew::RoshHashanah)),
    (&["rosh", "hashana"], Rule::Hebrew(Hebrew::RoshHashanah)),
    (&["rosh", "hashanna"], Rule::Hebrew(Hebrew::RoshHashanah)),
    (&["rosh", "hashannah"], Rule::Hebrew(Hebrew::RoshHashanah)),
    (&["rosh", "hashonah"], Rule::Hebrew(Hebrew::RoshHashanah)),
    (&["yom", "kippur"], Rule::Hebrew(Hebrew::YomKippur)),
    (&["yom", "kipur"], Rule::Hebrew(Hebrew::YomKippur)),
    (&["sukkot"], Rule::Hebrew(Hebrew::Sukkot)),
    (&["sukkoth"], Rule::Hebrew(Hebrew::Sukkot)),
    (&["sukkos"], Rule::Hebrew(Hebrew::Sukkot)),
    (&["succot"], Rule::Hebrew(Hebrew::Sukkot)),
    (&["succoth"], Rule::Hebrew(Hebrew::Sukkot)),
    (&["succos"], Rule::Hebrew(Hebrew::Sukkot)),
    (
        &["feast", "of", "the", "ingathering"],
        Rule::Hebrew(Hebrew::Sukkot),
    ),
    (
        &["feast", "of", "ingathering"],
        Rule::Hebrew(Hebrew::Sukkot),
    ),
    (
        &["feast", "of", "tabernacles"],
        Rule::Hebrew(Hebrew::Sukkot),
    ),
    (&["feast", "of", "booths"], Rule::Hebrew(Hebrew::Sukkot)),
    (
        &["shemini", "atzeret"],
        Rule::Hebrew(Hebrew::SheminiAtzeret),
    ),
    (&["shmini", "atzeret"], Rule::Hebrew(Hebrew::SheminiAtzeret)),
    (
        &["shemini", "atzeres"],
        Rule::Hebrew(Hebrew::SheminiAtzeret),
    ),
    (&["simchat", "torah"], Rule::Hebrew(Hebrew::SimchatTorah)),
    (&["simchas", "torah"], Rule::Hebrew(Hebrew::SimchatTorah)),
    (&["simhat", "torah"], Rule::Hebrew(Hebrew::SimchatTorah)),
    (&["hanukah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["hanuka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["hanukkah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["hanukka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["hannukah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["hannuka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["hannukkah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["hannukka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["chanukah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["chanuka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["chanukkah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["chanukka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["channukah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["channuka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["channukkah"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["channukka"], Rule::Hebrew(Hebrew::Hanukkah)),
    (&["tu", "bishvat"], Rule::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "bishevat"], Rule::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "bshvat"], Rule::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "bshevat"], Rule::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "b", "shvat"], Rule::Hebrew(Hebrew::TuBishvat)),
    (&["tu", "b", "shevat"], Rule::Hebrew(Hebrew::TuBishvat)),
    (&["shushan", "purim"], Rule::Hebrew(Hebrew::ShushanPurim)),
    (&["purim"], Rule::Hebrew(Hebrew::Purim)),
    (&["passover"], Rule::Hebrew(Hebrew::Passover)),
    (&["pesach"], Rule::Hebrew(Hebrew::Passover)),
    (&["pesah"], Rule::Hebrew(Hebrew::Passover)),
    (&["yom", "hashoah"], Rule::Hebrew(Hebrew::YomHashoah)),
    (&["yom", "hashoa"], Rule::Hebrew(Hebrew::YomHashoah)),
    (&["yom", "ha", "shoah"], Rule::Hebrew(Hebrew::YomHashoah)),
    (&["holocaust", "day"], Rule::Hebrew(Hebrew::YomHashoah)),
    (&["yom", "haatzmaut"], Rule::Hebrew(Hebrew::YomHaatzmaut)),
    (
        &["yom", "ha", "atzmaut"],
        Rule::Hebrew(Hebrew::YomHaatzmaut),
    ),
    (&["lag", "baomer"], Rule::Hebrew(Hebrew::LagBaomer)),
    (&["lag", "ba", "omer"], Rule::Hebrew(Hebrew::LagBaomer)),
    (&["lag", "b", "omer"], Rule::Hebrew(Hebrew::LagBaomer)),
    (&["lag", "bomer"], Rule::Hebrew(Hebrew::LagBaomer)),
    (&["shavuot"], Rule::Hebrew(Hebrew::Shavuot)),
    (&["shavuoth"], Rule::Hebrew(Hebrew::Shavuot)),
    (&["shavuos"], Rule::Hebrew(Hebrew::Shavuot)),
    (&["feast", "of", "weeks"], Rule::Hebrew(Hebrew::Shavuot)),
    (&["tisha", "bav"], Rule::Hebrew(Hebrew::TishaBav)),
    (&["tisha", "b", "av"], Rule::Hebrew(Hebrew::TishaBav)),
    (&["tisha", "beav"], Rule::Hebrew(Hebrew::TishaBav)),
    (&["tisha", "be", "av"], Rule::Hebrew(Hebrew::TishaBav)),
    (&["tishah", "bav"], Rule::Hebrew(Hebrew::TishaBav)),
    (&["tishah", "b", "av"], Rule::Hebrew(Hebrew::TishaBav)),
    // Islamic holidays (astronomical Hijri months).
    (&["eid", "al", "adha"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["eid", "ul", "adha"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["eid", "el", "adha"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["id", "ul", "adha"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["id", "al", "adha"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["eid", "ul", "azha"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["eid", "al", "azha"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["bakr", "id"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["bakri", "id"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["bakrid"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["sacrifice", "feast"], Rule::Islamic(Islamic::EidAlAdha)),
    (
        &["feast", "of", "the", "sacrifice"],
        Rule::Islamic(Islamic::EidAlAdha),
    ),
    (
        &["feast", "of", "sacrifice"],
        Rule::Islamic(Islamic::EidAlAdha),
    ),
    (&["kurban", "bayrami"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["qurban", "bayram"], Rule::Islamic(Islamic::EidAlAdha)),
    (&["eid", "al", "fitr"], Rule::Islamic(Islamic::EidAlFitr)),
    (&["eid", "ul", "fitr"], Rule::Islamic(Islamic::EidAlFitr)),
    (&["eid", "el", "fitr"], Rule::Islamic(Islamic::EidAlFitr)),
    (&["id", "ul", "fitr"], Rule::Islamic(Islamic::EidAlFitr)),
    (&["id", "al", "fitr"], Rule::Islamic(Islamic::EidAlFitr)),
    (
        &["feast", "of", "breaking", "the", "fast"],
        Rule::Islamic(Islamic::EidAlFitr),
    ),
    (&["ramazan", "bayrami"], Rule::Islamic(Islamic::EidAlFitr)),
    (
        &["laylat", "al", "qadr"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["laylat", "al", "kadr"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["laylat", "ul", "qadr"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (&["laylatul", "qadr"], Rule::Islamic(Islamic::LaylatAlQadr)),
    (
        &["lailat", "al", "qadr"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (&["lailatul", "qadr"], Rule::Islamic(Islamic::LaylatAlQadr)),
    (&["shab", "e", "qadr"], Rule::Islamic(Islamic::LaylatAlQadr)),
    (
        &["night", "of", "power"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["night", "of", "measures"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (
        &["night", "of", "decree"],
        Rule::Islamic(Islamic::LaylatAlQadr),
    ),
    (&["ramadan"], Rule::Islamic(Islamic::Ramadan)),
    (&["ramazan"], Rule::Islamic(Islamic::Ramadan)),
    (&["ramzan"], Rule::Islamic(Islamic::Ramadan)),
    (
        &["jumu", "atul", "wida"],
        Rule::Islamic(Islamic::JumuatulWida),
    ),
    (&["jumuatul", "wida"], Rule::Islamic(Islamic::JumuatulWida)),
    (
        &["jamat", "ul", "vida"],
        Rule::Islamic(Islamic::JumuatulWida),
    ),
    (
        &["jumat", "ul", "vida"],
        Rule::Islamic(Islamic::JumuatulWida),
    ),
    (
        &["jummat", "ul", "wida"],
        Rule::Islamic(Islamic::JumuatulWida),
    ),
    (
        &["isra", "and", "mi", "raj"],
        Rule::Islamic(Islamic::IsraMiraj),
    ),
    (&["isra", "and", "miraj"], Rule::Islamic(Islamic::IsraMiraj)),
    (&["isra", "wal", "miraj"], Rule::Islamic(Islamic::IsraMiraj)),
    (&["isra", "mi", "raj"], Rule::Islamic(Islamic::IsraMiraj)),
    (&["isra", "miraj"], Rule::Islamic(Islamic::IsraMiraj)),
    (
        &["lailat", "al", "miraj"],
        Rule::Islamic(Islamic::IsraMiraj),
    ),
    (&["shab", "e", "miraj"], Rule::Islamic(Islamic::IsraMiraj)),
    (&["prophet", "ascension"], Rule::Islamic(Islamic::IsraMiraj)),
    (
        &["prophets", "ascension"],
        Rule::Islamic(Islamic::IsraMiraj),
    ),
    (
        &["the", "night", "journey"],
        Rule::Islamic(Islamic::IsraMiraj),
    ),
    (&["islamic", "new", "year"], Rule::Islamic(Islamic::NewYear)),
    (&["hijri", "new", "year"], Rule::Islamic(Islamic::NewYear)),
    (&["arabic", "new", "year"], Rule::Islamic(Islamic::NewYear)),
    (&["amun", "jadid"], Rule::Islamic(Islamic::NewYear)),
    (&["ashura"], Rule::Islamic(Islamic::Ashura)),
    (&["ashoura"], Rule::Islamic(Islamic::Ashura)),
    (&["mawlid", "al", "nabawi"], Rule::Islamic(Islamic::Mawlid)),
    (&["mawlid", "al", "nabi"], Rule::Islamic(Islamic::Mawlid)),
    (&["mawlid", "an", "nabi"], Rule::Islamic(Islamic::Mawlid)),
    (&["mawlid", "un", "nabi"], Rule::Islamic(Islamic::Mawlid)),
    (&["milad", "un", "nabi"], Rule::Islamic(Islamic::Mawlid)),
    (
        &["eid", "milad", "un", "nabi"],
        Rule::Islamic(Islamic::Mawlid),
    ),
    (&["eid", "e", "milad"], Rule::Islamic(Islamic::Mawlid)),
    (&["mawlid"], Rule::Islamic(Islamic::Mawlid)),
    // Chinese and Parsi new years.
    (
        &["chinese", "lunar", "new", "year", "day"],
        Rule::ChineseNewYear,
    ),
    (
        &["chinese", "lunar", "new", "years", "day"],
        Rule::ChineseNewYear,
    ),
    (&["chinese", "lunar", "new", "year"], Rule::ChineseNewYear),
    (&["chinese", "new", "year", "day"], Rule::ChineseNewYear),
    (&["chinese", "new", "years", "day"], Rule::ChineseNewYear),
    (&["chinese", "new", "years"], Rule::ChineseNewYear),
    (&["chinese", "new", "year"], Rule::ChineseNewYear),
    (&["lunar", "new", "year", "day"], Rule::ChineseNewYear),
    (&["lunar", "new", "years", "day"], Rule::ChineseNewYear),
    (&["lunar", "new", "year"], Rule::ChineseNewYear),
    (&["parsi", "new", "year", "day"], Rule::ParsiNewYear),
    (&["parsi", "new", "year"], Rule::ParsiNewYear),
    (&["parsi", "new", "years"], Rule::ParsiNewYear),
    (&["jamshedi", "navroz"], Rule::ParsiNewYear),
    (&["jamshedi", "nowruz"], Rule::ParsiNewYear),
    // Indian festivals: sidereal solar days.
    (&["thai", "pongal"], Rule::Hindu(Festival::MakarSankranti)),
    (&["pongal"], Rule::Hindu(Festival::MakarSankranti)),
    (
        &["makar", "sankranti"],
        Rule::Hindu(Festival::MakarSankranti),
    ),
    (
        &["makara", "sankranti"],
        Rule::Hindu(Festival::MakarSankranti),
    ),
    (
        &["makar", "sankranthi"],
        Rule::Hindu(Festival::MakarSankranti),
    ),
    (
        &["makara", "sankranthi"],
        Rule::Hindu(Festival::MakarSankranti),
    ),
    (&["maghi"], Rule::Hindu(Festival::MakarSankranti)),
    (&["uttarayan"], Rule::Hindu(Festival::MakarSankranti)),
    (&["bhogi", "pandigai"], Rule::Hindu(Festival::Bhogi)),
    (&["bogi", "pandigai"], Rule::Hindu(Festival::Bhogi)),
    (&["bhogi"], Rule::Hindu(Festival::Bhogi)),
    (&["boghi"], Rule::Hindu(Festival::Bhogi)),
    (&["mattu", "pongal"], Rule::Hindu(Festival::MattuPongal)),
    (&["maattu", "pongal"], Rule::Hindu(Festival::MattuPongal)),
    (&["kaanum", "pongal"], Rule::Hindu(Festival::KaanumPongal)),
    (&["kanum", "pongal"], Rule::Hindu(Festival::KaanumPongal)),
    (&["kanni", "pongal"], Rule::Hindu(Festival::KaanumPongal)),
    (&["vaisakhi"], Rule::Hindu(Festival::Vaisakhi)),
    (&["vaishakhi"], Rule::Hindu(Festival::Vaisakhi)),
    (&["baisakhi"], Rule::Hindu(Festival::Vaisakhi)),
    (&["vasakhi"], Rule::Hindu(Festival::Vaisakhi)),
    (&["mesha", "sankranti"], Rule::Hindu(Festival::Vaisakhi)),
    (
        &["rabindra", "jayanti"],
        Rule::Hindu(Festival::RabindraJayanti),
    ),
    (
        &["rabindra", "jayanthi"],
        Rule::Hindu(Festival::RabindraJayanti),
    ),
    (
        &["rabindranath", "jayanti"],
        Rule::Hindu(Festival::RabindraJayanti),
    ),
    (
        &["pochishe", "boishakh"],
        Rule::Hindu(Festival::RabindraJayanti),
    ),
    (&["thiru", "onam"], Rule::Hindu(Festival::Onam)),
    (&["thiruvonam"], Rule::Hindu(Festival::Onam)),
    (&["onam"], Rule::Hindu(Festival::Onam)),
    // Indian festivals: tithis of lunar months.
    (
        &["naraka", "chaturdashi"],
        Rule::Hindu(Festival::Tithi(Lunar::NarakaChaturdashi)),
    ),
    (
        &["narak", "chaturdashi"],
        Rule::Hindu(Festival::Tithi(Lunar::NarakaChaturdashi)),
    ),
    (
        &["naraka", "chaturdasi"],
        Rule::Hindu(Festival::Tithi(Lunar::NarakaChaturdashi)),
    ),
    (
        &["kali", "chaudas"],
        Rule::Hindu(Festival::Tithi(Lunar::KaliChaudas)),
    ),
    (
        &["choti", "diwali"],
        Rule::Hindu(Festival::Tithi(Lunar::NarakaChaturdashi)),
    ),
    (
        &["chhoti", "diwali"],
        Rule::Hindu(Festival::Tithi(Lunar::NarakaChaturdashi)),
    ),
    (
        &["roop", "chaudas"],
        Rule::Hindu(Festival::Tithi(Lunar::NarakaChaturdashi)),
    ),
    (
        &["holika", "dahan"],
        Rule::Hindu(Festival::Tithi(Lunar::HolikaDahan)),
    ),
    (
        &["holika"],
        Rule::Hindu(Festival::Tithi(Lunar::HolikaDahan)),
    ),
    (
        &["chhoti", "holi"],
        Rule::Hindu(Festival::Tithi(Lunar::HolikaDahan)),
    ),
    (
        &["choti", "holi"],
        Rule::Hindu(Festival::Tithi(Lunar::HolikaDahan)),
    ),
    (
        &["kamudu", "pyre"],
        Rule::Hindu(Festival::Tithi(Lunar::HolikaDahan)),
    ),
    (
        &["kama", "dahanam"],
        Rule::Hindu(Festival::Tithi(Lunar::HolikaDahan)),
    ),
    (&["diwali"], Rule::Hindu(Festival::Tithi(Lunar::Diwali))),
    (&["deepavali"], Rule::Hindu(Festival::Tithi(Lunar::Diwali))),
    (&["deepawali"], Rule::Hindu(Festival::Tithi(Lunar::Diwali))),
    (&["divali"], Rule::Hindu(Festival::Tithi(Lunar::Diwali))),
    (&["dipawali"], Rule::Hindu(Festival::Tithi(Lunar::Diwali))),
    (
        &["lakshmi", "puja"],
        Rule::Hindu(Festival::Tithi(Lunar::Diwali)),
    ),
    (
        &["laxmi", "puja"],
        Rule::Hindu(Festival::Tithi(Lunar::Diwali)),
    ),
    (
        &["dhanteras"],
        Rule::Hindu(Festival::Tithi(Lunar::Dhanteras)),
    ),
    (
        &["dhanatrayodashi"],
        Rule::Hindu(Festival::Tithi(Lunar::Dhanteras)),
    ),
    (
        &["dhantrayodashi"],
        Rule::Hindu(Festival::Tithi(Lunar::Dhanteras)),
    ),
    (
        &["dhan", "teras"],
        Rule::Hindu(Festival::Tithi(Lunar::Dhanteras)),
    ),
    (
        &["govardhan", "puja"],
        Rule::Hindu(Festival::Tithi(Lunar::Govardhan)),
    ),
    (&["annakut"], Rule::Hindu(Festival::Tithi(Lunar::Govardhan))),
    (
        &["bhai", "dooj"],
        Rule::Hindu(Festival::Tithi(Lunar::BhaiDooj)),
    ),
    (
        &["bhai", "duj"],
        Rule::Hindu(Festival::Tithi(Lunar::BhaiDooj)),
    ),
    (
        &["bhai", "tika"],
        Rule::Hindu(Festival::Tithi(Lunar::BhaiDooj)),
    ),
    (
        &["bhai", "phonta"],
        Rule::Hindu(Festival::Tithi(Lunar::BhaiDooj)),
    ),
    (
        &["bhau", "beej"],
        Rule::Hindu(Festival::Tithi(Lunar::BhaiDooj)),
    ),
    (&["bhaubeej"], Rule::Hindu(Festival::Tithi(Lunar::BhaiDooj))),
    (
        &["chhath", "puja"],
        Rule::Hindu(Festival::Tithi(Lunar::Chhath)),
    ),
    (&["chhath"], Rule::Hindu(Festival::Tithi(Lunar::Chhath))),
    (
        &["dala", "puja"],
        Rule::Hindu(Festival::Tithi(Lunar::Chhath)),
    ),
    (
        &["dala", "chhath"],
        Rule::Hindu(Festival::Tithi(Lunar::Chhath)),
    ),
    (
        &["surya", "shashthi"],
        Rule::Hindu(Festival::Tithi(Lunar::Chhath)),
    ),
    (
        &["surya", "sashti"],
        Rule::Hindu(Festival::Tithi(Lunar::Chhath)),
    ),
    (&["holi"], Rule::Hindu(Festival::Tithi(Lunar::Holi))),
    (&["dhulandi"], Rule::Hindu(Festival::Tithi(Lunar::Holi))),
    (&["dhuleti"], Rule::Hindu(Festival::Tithi(Lunar::Holi))),
    (&["phagwah"], Rule::Hindu(Festival::Tithi(Lunar::Holi))),
    (
        &["rangwali", "holi"],
        Rule::Hindu(Festival::Tithi(Lunar::Holi)),
    ),
    (
        &["navaratri"],
        Rule::Hindu(Festival::Tithi(Lunar::Navaratri)),
    ),
    (
        &["navratri"],
        Rule::Hindu(Festival::Tithi(Lunar::Navaratri)),
    ),
    (
        &["navarathri"],
        Rule::Hindu(Festival::Tithi(Lunar::Navaratri)),
    ),
    (
        &["durga", "puja"],
        Rule::Hindu(Festival::Tithi(Lunar::Navaratri)),
    ),
    (
        &["maha", "saptami"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaSaptami)),
    ),
    (
        &["vijayadashami"],
        Rule::Hindu(Festival::Tithi(Lunar::Vijayadashami)),
    ),
    (
        &["vijaya", "dashami"],
        Rule::Hindu(Festival::Tithi(Lunar::Vijayadashami)),
    ),
    (
        &["dussehra"],
        Rule::Hindu(Festival::Tithi(Lunar::Vijayadashami)),
    ),
    (
        &["dasara"],
        Rule::Hindu(Festival::Tithi(Lunar::Vijayadashami)),
    ),
    (
        &["dussera"],
        Rule::Hindu(Festival::Tithi(Lunar::Vijayadashami)),
    ),
    (
        &["dasera"],
        Rule::Hindu(Festival::Tithi(Lunar::Vijayadashami)),
    ),
    (
        &["karva", "chauth"],
        Rule::Hindu(Festival::Tithi(Lunar::KarvaChauth)),
    ),
    (
        &["karwa", "chauth"],
        Rule::Hindu(Festival::Tithi(Lunar::KarvaChauth)),
    ),
    (
        &["karaka", "chaturthi"],
        Rule::Hindu(Festival::Tithi(Lunar::KarvaChauth)),
    ),
    (
        &["raksha", "bandhan"],
        Rule::Hindu(Festival::Tithi(Lunar::RakshaBandhan)),
    ),
    (
        &["rakhi"],
        Rule::Hindu(Festival::Tithi(Lunar::RakshaBandhan)),
    ),
    (
        &["krishna", "janmashtami"],
        Rule::Hindu(Festival::Tithi(Lunar::Janmashtami)),
    ),
    (
        &["janmashtami"],
        Rule::Hindu(Festival::Tithi(Lunar::Janmashtami)),
    ),
    (
        &["gokulashtami"],
        Rule::Hindu(Festival::Tithi(Lunar::Janmashtami)),
    ),
    (
        &["krishnashtami"],
        Rule::Hindu(Festival::Tithi(Lunar::Janmashtami)),
    ),
    (
        &["krishna", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::Janmashtami)),
    ),
    (
        &["ganesh", "chaturthi"],
        Rule::Hindu(Festival::Tithi(Lunar::GaneshChaturthi)),
    ),
    (
        &["ganesha", "chaturthi"],
        Rule::Hindu(Festival::Tithi(Lunar::GaneshChaturthi)),
    ),
    (
        &["vinayaka", "chaturthi"],
        Rule::Hindu(Festival::Tithi(Lunar::GaneshChaturthi)),
    ),
    (
        &["vinayagar", "chathurthi"],
        Rule::Hindu(Festival::Tithi(Lunar::GaneshChaturthi)),
    ),
    (
        &["sri", "rama", "navami"],
        Rule::Hindu(Festival::Tithi(Lunar::RamaNavami)),
    ),
    (
        &["rama", "navami"],
        Rule::Hindu(Festival::Tithi(Lunar::RamaNavami)),
    ),
    (
        &["ram", "navami"],
        Rule::Hindu(Festival::Tithi(Lunar::RamaNavami)),
    ),
    (
        &["maha", "shivaratri"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaShivaratri)),
    ),
    (
        &["maha", "shivratri"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaShivaratri)),
    ),
    (
        &["mahashivaratri"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaShivaratri)),
    ),
    (
        &["mahashivratri"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaShivaratri)),
    ),
    (
        &["shivaratri"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaShivaratri)),
    ),
    (
        &["shivratri"],
        Rule::Hindu(Festival::Tithi(Lunar::MahaShivaratri)),
    ),
    (
        &["vasant", "panchami"],
        Rule::Hindu(Festival::Tithi(Lunar::VasantPanchami)),
    ),
    (
        &["basant", "panchami"],
        Rule::Hindu(Festival::Tithi(Lunar::VasantPanchami)),
    ),
    (
        &["saraswati", "puja"],
        Rule::Hindu(Festival::Tithi(Lunar::VasantPanchami)),
    ),
    (&["ugadi"], Rule::Hindu(Festival::Tithi(Lunar::Ugadi))),
    (&["yugadi"], Rule::Hindu(Festival::Tithi(Lunar::Ugadi))),
    (
        &["samvatsaradi"],
        Rule::Hindu(Festival::Tithi(Lunar::Ugadi)),
    ),
    (
        &["chaitra", "sukladi"],
        Rule::Hindu(Festival::Tithi(Lunar::Ugadi)),
    ),
    (
        &["chaitra", "sukhladi"],
        Rule::Hindu(Festival::Tithi(Lunar::Ugadi)),
    ),
    (
        &["gudi", "padwa"],
        Rule::Hindu(Festival::Tithi(Lunar::Ugadi)),
    ),
    (
        &["mahavir", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::MahavirJayanti)),
    ),
    (
        &["mahaveer", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::MahavirJayanti)),
    ),
    (
        &["mahavir", "janma", "kalyanak"],
        Rule::Hindu(Festival::Tithi(Lunar::MahavirJayanti)),
    ),
    (
        &["mahaveer", "janma", "kalyanak"],
        Rule::Hindu(Festival::Tithi(Lunar::MahavirJayanti)),
    ),
    (
        &["guru", "ravidass", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::RavidassJayanti)),
    ),
    (
        &["guru", "ravidas", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::RavidassJayanti)),
    ),
    (
        &["guru", "ravidass", "birthday"],
        Rule::Hindu(Festival::Tithi(Lunar::RavidassJayanti)),
    ),
    (
        &["guru", "ravidas", "birthday"],
        Rule::Hindu(Festival::Tithi(Lunar::RavidassJayanti)),
    ),
    (
        &["ravidass", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::RavidassJayanti)),
    ),
    (
        &["ravidas", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::RavidassJayanti)),
    ),
    (
        &["maharishi", "valmiki", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::ValmikiJayanti)),
    ),
    (
        &["valmiki", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::ValmikiJayanti)),
    ),
    (
        &["pargat", "diwas"],
        Rule::Hindu(Festival::Tithi(Lunar::ValmikiJayanti)),
    ),
    (
        &["guru", "gobind", "singh", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::GuruGobindSingh)),
    ),
    (
        &["guru", "govind", "singh", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::GuruGobindSingh)),
    ),
    (
        &["guru", "gobind", "singh", "birthday"],
        Rule::Hindu(Festival::Tithi(Lunar::GuruGobindSingh)),
    ),
    (
        &["guru", "govind", "singh", "birthday"],
        Rule::Hindu(Festival::Tithi(Lunar::GuruGobindSingh)),
    ),
    (
        &["guru", "nanak", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::GuruNanak)),
    ),
    (
        &["guru", "nanak", "gurpurab"],
        Rule::Hindu(Festival::Tithi(Lunar::GuruNanak)),
    ),
    (
        &["guru", "nanak", "birthday"],
        Rule::Hindu(Festival::Tithi(Lunar::GuruNanak)),
    ),
    (
        &["buddha", "purnima"],
        Rule::Hindu(Festival::Tithi(Lunar::BuddhaPurnima)),
    ),
    (
        &["buddha", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::BuddhaPurnima)),
    ),
    (
        &["buddha", "day"],
        Rule::Hindu(Festival::Tithi(Lunar::BuddhaPurnima)),
    ),
    (
        &["vesak"],
        Rule::Hindu(Festival::Tithi(Lunar::BuddhaPurnima)),
    ),
    (
        &["wesak"],
        Rule::Hindu(Festival::Tithi(Lunar::BuddhaPurnima)),
    ),
    (
        &["vaisakha"],
        Rule::Hindu(Festival::Tithi(Lunar::BuddhaPurnima)),
    ),
    (
        &["ratha", "yatra"],
        Rule::Hindu(Festival::Tithi(Lunar::RathaYatra)),
    ),
    (
        &["rath", "yatra"],
        Rule::Hindu(Festival::Tithi(Lunar::RathaYatra)),
    ),
    (
        &["maharishi", "dayanand", "saraswati", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::DayanandaJayanti)),
    ),
    (
        &["dayananda", "saraswati", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::DayanandaJayanti)),
    ),
    (
        &["dayanand", "saraswati", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::DayanandaJayanti)),
    ),
    (
        &["saraswati", "jayanti"],
        Rule::Hindu(Festival::Tithi(Lunar::DayanandaJayanti)),
    ),
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
