//! Proleptic Gregorian calendar arithmetic: the [`Date`] type and the few
//! operations the temporal resolver needs (day counts, weekdays, ISO weeks,
//! month arithmetic, Easter), plus the lunar and lunisolar calendars that
//! place religious and national holidays: [`hebrew`] (exact arithmetic),
//! [`islamic`], [`chinese`] and [`hindu`] (from the Sun's and the Moon's
//! positions, [`astro`]), the Parsi (Shahenshahi) new year and Nowruz.
//!
//! Written by hand rather than pulled from a date crate: the crate needs only
//! whole days, no time zones and no parsing of arbitrary formats, and these
//! routines are a few lines each (the day-count conversions follow Howard
//! Hinnant's public-domain `days_from_civil` / `civil_from_days` algorithms).

pub(crate) mod astro;
pub(crate) mod chinese;
pub(crate) mod hebrew;
pub(crate) mod hindu;
pub(crate) mod islamic;

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A calendar date (proleptic Gregorian), used as the publication date that
/// anchors relative expressions such as "last year" or "on Monday".
///
/// ```
/// use news_claims::Date;
///
/// let d: Date = "2025-12-28".parse()?;
/// assert_eq!((d.year(), d.month(), d.day()), (2025, 12, 28));
/// assert_eq!(d.to_string(), "2025-12-28");
/// assert!("2025-02-30".parse::<Date>().is_err());
/// # Ok::<(), news_claims::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Builds a date, checking that the day exists.
    ///
    /// ```
    /// use news_claims::Date;
    /// assert!(Date::new(2024, 2, 29).is_ok());
    /// assert!(Date::new(2025, 2, 29).unwrap_err().is_invalid_date());
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, Error> {
        if !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
            || !(-9999..=9999).contains(&year)
        {
            return Err(Error::invalid_date(format!(
                "{year:04}-{month:02}-{day:02}"
            )));
        }
        Ok(Date { year, month, day })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(news_claims::Date::new(2025, 1, 2).unwrap().year(), 2025);
    /// ```
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// assert_eq!(news_claims::Date::new(2025, 1, 2).unwrap().month(), 1);
    /// ```
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// assert_eq!(news_claims::Date::new(2025, 1, 2).unwrap().day(), 2);
    /// ```
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn to_days(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The date `days` days after 1970-01-01.
    pub(crate) fn from_days(days: i64) -> Date {
        let (year, month, day) = civil_from_days(days);
        Date { year, month, day }
    }

    /// This date moved by `n` days (negative moves back).
    pub(crate) fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Day of the week, Monday = 0 to Sunday = 6.
    pub(crate) fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// ISO 8601 week-numbering year and week (1..=53).
    pub(crate) fn iso_week(self) -> (i32, u8) {
        let days = self.to_days();
        // Thursday of this week decides the ISO year.
        let thursday = Date::from_days(days - i64::from(self.weekday()) + 3);
        let jan1 = days_from_civil(thursday.year, 1, 1);
        let week = (thursday.to_days() - jan1) / 7 + 1;
        (thursday.year, week as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, Error> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(Error::invalid_date(s.to_string()));
        }
        match (digits(0..4), digits(5..7), digits(8..10)) {
            (Some(y), Some(m), Some(d)) => Date::new(y as i32, m as u8, d as u8),
            _ => Err(Error::invalid_date(s.to_string())),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Whether `year` is a Gregorian leap year.
pub(crate) const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` of `year`; 0 for a month out of range.
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date (Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
pub(crate) fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Western (Gregorian) Easter Sunday of `year` (anonymous Gregorian
/// algorithm, Meeus/Jones/Butcher).
pub(crate) fn easter(year: i32) -> Date {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        year,
        month: month as u8,
        day: day as u8,
    }
}

/// The `n`th (1-based) `weekday` (Monday = 0) of a month; `n = -1` for the
/// last one.
pub(crate) fn nth_weekday(year: i32, month: u8, weekday: u8, n: i8) -> Date {
    if n < 0 {
        let last = Date {
            year,
            month,
            day: days_in_month(year, month),
        };
        let back = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
        last.add_days(-back)
    } else {
        let first = Date {
            year,
            month,
            day: 1,
        };
        let fwd = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
        first.add_days(fwd + 7 * (i64::from(n) - 1))
    }
}

/// Parsi New Year (Navroz) of the Shahenshahi calendar in `year`: years
/// of 365 days (12 months of 30 days and 5 Gatha days) with no leap day, so
/// the new year moves a day earlier every four Gregorian years. The epoch
/// is 1 Farvardin 1388 YZ = 2018-08-17, as printed in the Parsi calendars
/// of Mumbai; every other year follows by counting.
pub(crate) fn parsi_new_year(year: i32) -> Option<Date> {
    let epoch = days_from_civil(2018, 8, 17);
    let jan1 = days_from_civil(year, 1, 1);
    let k = (jan1 - epoch).div_euclid(365);
    (k..=k + 1)
        .map(|k| Date::from_days(epoch + 365 * k))
        .find(|d| d.year == year)
}

/// Nowruz, the Persian (Solar Hijri) new year in `year`: the day of the
/// March equinox in Iran (UTC+3:30) when the equinox comes before noon
/// there, else the next day (the rule of Iran's official calendar).
pub(crate) fn nowruz(year: i32) -> Option<Date> {
    let mar1 = days_from_civil(year, 3, 1);
    let eq = astro::sun_reaches(0.0, astro::jd(mar1, 0.0));
    let day = astro::civil_day(eq, 3.5);
    let noon = astro::jd(day, 12.0 - 3.5);
    Some(Date::from_days(if eq < noon { day } else { day + 1 }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_round_trip() {
        for days in [-800_000, -1, 0, 1, 10_957, 20_000, 2_932_896] {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(Date::new(2000, 1, 1).unwrap().to_days(), 10_957);
    }

    #[test]
    fn weekdays_and_iso_weeks() {
        let d = Date::new(2025, 12, 28).unwrap(); // a Sunday
        assert_eq!(d.weekday(), 6);
        assert_eq!(d.iso_week(), (2025, 52));
        assert_eq!(Date::new(2024, 12, 30).unwrap().iso_week(), (2025, 1));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
    }

    #[test]
    fn holidays() {
        assert_eq!(easter(2025).to_string(), "2025-04-20");
        assert_eq!(easter(2024).to_string(), "2024-03-31");
        // Thanksgiving (US): fourth Thursday of November.
        assert_eq!(nth_weekday(2025, 11, 3, 4).to_string(), "2025-11-27");
        // Memorial Day: last Monday of May.
        assert_eq!(nth_weekday(2025, 5, 0, -1).to_string(), "2025-05-26");
        // Nowruz: 2024-03-20 (equinox 06:36 Tehran), 2025-03-21 (12:31).
        assert_eq!(
            nowruz(2024).map(|d| d.to_string()).as_deref(),
            Some("2024-03-20")
        );
        assert_eq!(
            nowruz(2025).map(|d| d.to_string()).as_deref(),
            Some("2025-03-21")
        );
        assert_eq!(
            nowruz(2023).map(|d| d.to_string()).as_deref(),
            Some("2023-03-21")
        );
        // Parsi New Year: 2024-08-15, 2025-08-15, 2021-08-16, 2015-08-18.
        for (y, want) in [
            (2024, "2024-08-15"),
            (2025, "2025-08-15"),
            (2021, "2021-08-16"),
            (2015, "2015-08-18"),
        ] {
            assert_eq!(
                parsi_new_year(y).map(|d| d.to_string()).as_deref(),
                Some(want)
            );
        }
    }

    #[test]
    fn parse_rejects_garbage() {
        for bad in [
            "",
            "2025-1-01",
            "2025/01/01",
            "abcd-ef-gh",
            "2025-13-01",
            "2025-00-10",
            "2025-01-٣1",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad}");
        }
    }
}
