//! Chinese New Year by the rules of the modern (1645 onward, in China
//! time since 1929) Chinese calendar, as Reingold and Dershowitz give them
//! (*Calendrical Calculations*, ch. 19): days are reckoned in China
//! Standard Time (UTC+8); a month runs from the day of one new moon to the
//! day before the next; the month holding the winter solstice is the 11th;
//! when twelve new moons separate two 11th months, the first month without
//! a major solar term (zhongqi, the Sun at a multiple of 30°) is a leap
//! month; the new year is the second new moon after the solstice, or the
//! third when the 12th or 11th month after it is a leap one. (The shortcut
//! "the month holding Rain Water" fails in years such as 1985.)

use super::astro;
use crate::Date;

/// China Standard Time, hours east of Greenwich.
const CST: f64 = 8.0;

/// The China day of new moon `k`.
fn nm_day(k: i64) -> i64 {
    astro::civil_day(astro::new_moon(k), CST)
}

/// The first new moon whose China day is on or after `day`: (its day, k).
fn new_moon_on_or_after(day: i64) -> (i64, i64) {
    let mut k = astro::new_moon_before(astro::jd(day, -CST));
    for _ in 0..4 {
        if nm_day(k) >= day {
            break;
        }
        k += 1;
    }
    (nm_day(k), k)
}

/// The major solar term in force at the start of China day `day`.
fn major_term(day: i64) -> i64 {
    (astro::sun_longitude(astro::jd(day, -CST)) / 30.0).floor() as i64
}

/// Whether the month beginning on China day `day` holds no major term.
fn no_major_term(day: i64) -> bool {
    major_term(day) == major_term(new_moon_on_or_after(day + 1).0)
}

/// The China day of the winter solstice after the UT Julian Day `after`.
fn solstice_day(after: f64) -> i64 {
    astro::civil_day(astro::sun_reaches(270.0, after), CST)
}

/// The first day of the Chinese year that begins in Gregorian `year`.
pub(crate) fn new_year(year: i32) -> Option<Date> {
    let nov1 = Date::new(year - 1, 11, 1).ok()?.to_days();
    let s1 = solstice_day(astro::jd(nov1, 0.0));
    let s2 = solstice_day(astro::jd(nov1 + 365, 0.0));
    let (m12, _) = new_moon_on_or_after(s1 + 1);
    let (m13, _) = new_moon_on_or_after(m12 + 1);
    // The 11th month of the next year: the new moon on or before s2.
    let next11 = nm_day(new_moon_on_or_after(s2 + 1).1 - 1);
    let months = ((next11 - m12) as f64 / astro::SYNODIC).round() as i64;
    let day = if months == 12 && (no_major_term(m12) || no_major_term(m13)) {
        new_moon_on_or_after(m13 + 1).0
    } else {
        m13
    };
    Some(Date::from_days(day))
}

/// The first day of month `month` (1–12, never a leap month) of the
/// Chinese year that begins in Gregorian `year`: months are counted from
/// the 11th (the month holding the winter solstice), the leap month of a
/// 13-month year (the first without a major solar term) keeping the number
/// of the month before it.
fn month_start(year: i32, month: u8) -> Option<i64> {
    let nov1 = Date::new(year - 1, 11, 1).ok()?.to_days();
    let s1 = solstice_day(astro::jd(nov1, 0.0));
    let s2 = solstice_day(astro::jd(nov1 + 365, 0.0));
    let (_, k_after) = new_moon_on_or_after(s1 + 1);
    let (_, k_next) = new_moon_on_or_after(s2 + 1);
    // Twelve lunations from month 12 to the next month 11: a leap year.
    let leap_year = k_next - 1 - k_after == 12;
    let mut leap_seen = false;
    // Month 11 of the year before starts with new moon k_after - 1.
    let mut number = 11;
    for k in k_after..k_next {
        let day = nm_day(k);
        if leap_year && !leap_seen && no_major_term(day) {
            leap_seen = true;
            continue;
        }
        number = number % 12 + 1;
        if number == month {
            return Some(day);
        }
    }
    None
}

/// A Chinese festival on a day of the lunar year, or the Qingming solar
/// term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Festival {
    /// The Lantern Festival, 15th day of the 1st month.
    Lantern,
    /// Qingming (Tomb-Sweeping Day): the day the Sun reaches 15° of
    /// apparent longitude, China time.
    Qingming,
    /// The Dragon Boat Festival (Duanwu), 5th day of the 5th month.
    DragonBoat,
    /// The Mid-Autumn Festival, 15th day of the 8th month.
    MidAutumn,
}

impl Festival {
    /// The festival's day in Gregorian `year`.
    pub(crate) fn in_year(self, year: i32) -> Option<Date> {
        let day = match self {
            Festival::Lantern => new_year(year)?.to_days() + 14,
            Festival::Qingming => {
                let jan1 = Date::new(year, 1, 1).ok()?.to_days();
                astro::civil_day(astro::sun_reaches(15.0, astro::jd(jan1, 0.0)), CST)
            }
            Festival::DragonBoat => month_start(year, 5)? + 4,
            Festival::MidAutumn => month_start(year, 8)? + 14,
        };
        Some(Date::from_days(day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_new_years() {
        for (y, want) in [
            (2024, "2024-02-10"),
            (2025, "2025-01-29"),
            (2023, "2023-01-22"),
            (2014, "2014-01-31"),
            (2013, "2013-02-10"),
            (2018, "2018-02-16"),
            (2033, "2033-01-31"),
            (1985, "1985-02-20"),
        ] {
            assert_eq!(new_year(y).map(|d| d.to_string()).as_deref(), Some(want));
        }
    }

    #[test]
    fn festivals_of_the_lunar_year() {
        let day = |f: Festival, y: i32| f.in_year(y).map(|d| d.to_string()).unwrap_or_default();
        // Hong Kong Observatory: 2020 had a leap 4th month, 2017 a leap
        // 6th, 2023 a leap 2nd.
        for (y, want) in [
            (2024, "2024-09-17"),
            (2025, "2025-10-06"),
            (2023, "2023-09-29"),
            (2020, "2020-10-01"),
            (2017, "2017-10-04"),
        ] {
            assert_eq!(day(Festival::MidAutumn, y), want);
        }
        for (y, want) in [
            (2024, "2024-06-10"),
            (2025, "2025-05-31"),
            (2023, "2023-06-22"),
            (2020, "2020-06-25"),
        ] {
            assert_eq!(day(Festival::DragonBoat, y), want);
        }
        assert_eq!(day(Festival::Qingming, 2024), "2024-04-04");
        assert_eq!(day(Festival::Qingming, 2023), "2023-04-05");
        assert_eq!(day(Festival::Lantern, 2024), "2024-02-24");
    }
}
#[cfg(test)]
mod published {
    use super::*;

    /// Published Chinese New Year dates (Hong Kong Observatory tables).
    #[test]
    fn more_new_years() {
        for (y, want) in [
            (2020, "2020-01-25"),
            (2021, "2021-02-12"),
            (2022, "2022-02-01"),
            (2026, "2026-02-17"),
            (2027, "2027-02-06"),
            (2030, "2030-02-03"),
            (2031, "2031-01-23"),
            (2034, "2034-02-19"),
            (1990, "1990-01-27"),
            (2000, "2000-02-05"),
            (2010, "2010-02-14"),
            (1976, "1976-01-31"),
            (2006, "2006-01-29"),
            (2007, "2007-02-18"),
        ] {
            let got = new_year(y).map(|d| d.to_string()).unwrap_or_default();
            assert_eq!(got, want, "{y}");
        }
    }
}
