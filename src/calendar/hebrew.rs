//! The Hebrew (Jewish) calendar by exact arithmetic: the molad of Tishrei
//! and the four postponements (dehiyyot), after Dershowitz and Reingold,
//! *Calendrical Calculations* (3rd ed.), chapter 8; and the holidays with
//! their published weekday rules.
//!
//! Convention: a Jewish holiday begins at sundown, and the date given is
//! the civil day on whose evening it begins ("erev", as Duckling and Hebcal
//! give it): Yom Kippur 5785 (10 Tishrei = 2024-10-12) is 2024-10-11.
//! Multi-day holidays are intervals from that evening's day through the
//! last day (diaspora reckoning: Passover 8 days, Shavuot and Rosh Hashanah
//! 2 days).

use crate::Date;

/// Hebrew month numbers as in Calendrical Calculations: Nisan = 1 ...
/// Elul = 6, Tishrei = 7 ... Adar = 12, Adar II = 13 (leap years only).
const NISAN: u8 = 1;
const IYAR: u8 = 2;
const SIVAN: u8 = 3;
const AV: u8 = 5;
const TISHREI: u8 = 7;
const KISLEV: u8 = 9;
const SHEVAT: u8 = 11;
const ADAR: u8 = 12;

/// R.D. (Rata Die, 0001-01-01 Gregorian = 1) of 1970-01-01.
const RD_1970: i64 = 719_163;
/// R.D. of 1 Tishrei AM 1 (Calendrical Calculations, `hebrew-epoch`).
const EPOCH: i64 = -1_373_427;

fn is_leap(y: i64) -> bool {
    (7 * y + 1).rem_euclid(19) < 7
}

fn last_month(y: i64) -> u8 {
    if is_leap(y) { 13 } else { 12 }
}

/// Days from the epoch to the molad of Tishrei of year `y`, with the
/// first postponement (no Rosh Hashanah on Sunday, Wednesday, Friday).
fn elapsed_days(y: i64) -> i64 {
    let months = (235 * y - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let days = 29 * months + parts.div_euclid(25_920);
    if (3 * (days + 1)).rem_euclid(7) < 3 {
        days + 1
    } else {
        days
    }
}

/// The remaining postponements: a year may be neither 356 nor 382 days.
fn year_delay(y: i64) -> i64 {
    let (ny0, ny1, ny2) = (elapsed_days(y - 1), elapsed_days(y), elapsed_days(y + 1));
    if ny2 - ny1 == 356 {
        2
    } else if ny1 - ny0 == 382 {
        1
    } else {
        0
    }
}

/// R.D. of 1 Tishrei of year `y`.
fn new_year(y: i64) -> i64 {
    EPOCH + elapsed_days(y) + year_delay(y)
}

fn days_in_year(y: i64) -> i64 {
    new_year(y + 1) - new_year(y)
}

fn days_in_month(y: i64, m: u8) -> i64 {
    let len = days_in_year(y);
    let short = match m {
        2 | 4 | 6 | 10 | 13 => true,
        12 => !is_leap(y),
        // Marheshvan is long (30) in "complete" years, Kislev short (29)
        // in "deficient" ones.
        8 => len % 10 != 5,
        9 => len % 10 == 3,
        _ => false,
    };
    if short { 29 } else { 30 }
}

/// Days since 1970-01-01 of day `d` of month `m` of Hebrew year `y`.
fn to_days(y: i64, m: u8, d: u8) -> i64 {
    let mut rd = new_year(y) + i64::from(d) - 1;
    if m < TISHREI {
        for k in TISHREI..=last_month(y) {
            rd += days_in_month(y, k);
        }
        for k in NISAN..m {
            rd += days_in_month(y, k);
        }
    } else {
        for k in TISHREI..m {
            rd += days_in_month(y, k);
        }
    }
    rd - RD_1970
}

/// A Jewish holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    /// 1–2 Tishrei.
    RoshHashanah,
    /// 10 Tishrei.
    YomKippur,
    /// 15 Tishrei, with the eighth day (22 Tishrei) as one festival
    /// season (Leviticus 23:34–36), as Duckling gives it.
    Sukkot,
    /// 22 Tishrei.
    SheminiAtzeret,
    /// 23 Tishrei (diaspora).
    SimchatTorah,
    /// From 25 Kislev: the eight evenings on which candles are lit.
    Hanukkah,
    /// 15 Shevat.
    TuBishvat,
    /// 14 Adar (Adar II in a leap year).
    Purim,
    /// 15 Adar (Adar II in a leap year).
    ShushanPurim,
    /// 15–22 Nisan (diaspora).
    Passover,
    /// 27 Nisan, moved off Friday (to Thursday) and Sunday (to Monday).
    YomHashoah,
    /// 5 Iyar, moved to Thursday from Friday or Saturday, and to Tuesday
    /// from Monday (the Knesset's rule since 2004).
    YomHaatzmaut,
    /// 18 Iyar.
    LagBaomer,
    /// 6–7 Sivan (diaspora).
    Shavuot,
    /// 9 Av, moved to Sunday from Saturday.
    TishaBav,
}

impl Holiday {
    /// The Hebrew month and day of the (first) day, in Hebrew year `y`,
    /// after the weekday postponements, and the length in days counted
    /// from the evening before.
    fn place(self, y: i64) -> (i64, i64) {
        let adar = if is_leap(y) { 13 } else { ADAR };
        let (m, d, len) = match self {
            Holiday::RoshHashanah => (TISHREI, 1, 3),
            Holiday::YomKippur => (TISHREI, 10, 1),
            Holiday::Sukkot => (TISHREI, 15, 9),
            Holiday::SheminiAtzeret => (TISHREI, 22, 1),
            Holiday::SimchatTorah => (TISHREI, 23, 1),
            Holiday::Hanukkah => (KISLEV, 25, 8),
            Holiday::TuBishvat => (SHEVAT, 15, 1),
            Holiday::Purim => (adar, 14, 1),
            Holiday::ShushanPurim => (adar, 15, 1),
            Holiday::Passover => (NISAN, 15, 9),
            Holiday::YomHashoah => (NISAN, 27, 1),
            Holiday::YomHaatzmaut => (IYAR, 5, 1),
            Holiday::LagBaomer => (IYAR, 18, 1),
            Holiday::Shavuot => (SIVAN, 6, 3),
            Holiday::TishaBav => (AV, 9, 1),
        };
        let day = to_days(y, m, d);
        // Monday = 0 ... Sunday = 6.
        let wd = (day + 3).rem_euclid(7);
        let shift = match (self, wd) {
            (Holiday::YomHashoah, 4) => -1,
            (Holiday::YomHashoah, 6) => 1,
            (Holiday::YomHaatzmaut, 4) => -1,
            (Holiday::YomHaatzmaut, 5) => -2,
            (Holiday::YomHaatzmaut, 0) => 1,
            (Holiday::TishaBav, 5) => 1,
            _ => 0,
        };
        (day + shift, len)
    }

    /// The civil day on whose evening the holiday begins, in the Gregorian
    /// year `year`, and the number of days it spans from that day (1 for a
    /// one-day holiday given by its eve).
    pub(crate) fn in_year(self, year: i32) -> Option<(Date, i64)> {
        let y = i64::from(year);
        [y + 3760, y + 3761].into_iter().find_map(|hy| {
            let (day, len) = self.place(hy);
            let eve = Date::from_days(day - 1);
            (eve.year() == year).then_some((eve, len))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eve(h: Holiday, y: i32) -> String {
        h.in_year(y).map(|d| d.0.to_string()).unwrap_or_default()
    }

    #[test]
    fn new_years_match_published_calendars() {
        // 1 Tishrei: 5785 = 2024-10-03, 5784 = 2023-09-16, 5779 = 2018-09-10,
        // 5760 = 1999-09-11 (Hebcal).
        for (hy, want) in [
            (5785, "2024-10-03"),
            (5784, "2023-09-16"),
            (5779, "2018-09-10"),
            (5760, "1999-09-11"),
        ] {
            assert_eq!(Date::from_days(new_year(hy) - RD_1970).to_string(), want);
        }
        // Year lengths are 353–355 or 383–385 days.
        for hy in 5600..5900 {
            let n = days_in_year(hy);
            assert!(matches!(n, 353..=355 | 383..=385), "{hy}: {n}");
        }
    }

    #[test]
    fn holidays_by_their_eve() {
        assert_eq!(eve(Holiday::RoshHashanah, 2024), "2024-10-02");
        assert_eq!(eve(Holiday::YomKippur, 2024), "2024-10-11");
        assert_eq!(eve(Holiday::Passover, 2024), "2024-04-22");
        assert_eq!(eve(Holiday::Hanukkah, 2024), "2024-12-25");
        assert_eq!(eve(Holiday::Purim, 2024), "2024-03-23"); // Adar II, leap year
        assert_eq!(eve(Holiday::Shavuot, 2025), "2025-06-01");
        // Yom HaShoah 2024: 27 Nisan was Sunday 5 May, observed Monday 6 May.
        assert_eq!(eve(Holiday::YomHashoah, 2024), "2024-05-05");
        // Yom Ha'atzmaut 2024: 5 Iyar was Monday 13 May, observed Tuesday 14.
        assert_eq!(eve(Holiday::YomHaatzmaut, 2024), "2024-05-13");
        // Tisha B'Av 2025: 9 Av was Sunday 3 August (no postponement);
        // 2018: Saturday 21 July, observed Sunday 22.
        assert_eq!(eve(Holiday::TishaBav, 2025), "2025-08-02");
        assert_eq!(eve(Holiday::TishaBav, 2018), "2018-07-21");
        assert_eq!(Holiday::Passover.in_year(2024).map(|d| d.1), Some(9));
    }
}
