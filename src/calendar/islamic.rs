//! The Islamic (Hijri) calendar, its months started astronomically by the
//! Umm al-Qura rule of Saudi Arabia (in force since 1423 AH, applied here
//! to every year): a month begins on the day after the new-moon
//! conjunction (its civil day at Mecca) when the conjunction comes before
//! sunset and the Moon sets after the Sun that day; else a day later. Actual observance follows moon sighting in many countries
//! and may come a day later there.
//!
//! The tabular (arithmetic, 30-year cycle) calendar was compared on
//! published Saudi dates and on the Duckling rows and placed fewer of
//! them: it drifts by a day or two from the Moon, which is what the
//! holidays actually follow. Accuracy: a day, when the conjunction falls
//! within minutes of sunset at Mecca or the Moon sets within minutes of
//! the Sun; before 1423 AH Saudi Arabia used other criteria.

use super::astro;
use crate::Date;

/// Hijri month index (12 × (year − 1) + month − 1) of the month starting
/// with new moon `k = 0` (2000-01-06): Shawwal 1420.
const K0_MONTH: i64 = 12 * 1419 + 9;

/// Days since 1970-01-01 of the first day of the month begun by new moon
/// number `k`.
fn month_start(k: i64) -> i64 {
    let conj = astro::new_moon(k);
    let day = astro::civil_day(conj, astro::MECCA.zone);
    let (_, sunset) = astro::sun_rise_set(day, astro::MECCA);
    let moon_up = astro::moon_altitude(sunset, astro::MECCA) > 0.125;
    if conj < sunset && moon_up {
        day + 1
    } else {
        day + 2
    }
}

/// Days since 1970-01-01 of day `d` of month `m` (1–12) of Hijri year `y`.
fn to_days(y: i64, m: u8, d: u8) -> i64 {
    let k = 12 * (y - 1) + i64::from(m) - 1 - K0_MONTH;
    month_start(k) + i64::from(d) - 1
}

/// Length of a Hijri month (29 or 30 days).
fn month_len(y: i64, m: u8) -> i64 {
    let k = 12 * (y - 1) + i64::from(m) - 1 - K0_MONTH;
    month_start(k + 1) - month_start(k)
}

/// An Islamic holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Holiday {
    /// 1 Muharram.
    NewYear,
    /// 10 Muharram.
    Ashura,
    /// 12 Rabi al-Awwal (Mawlid an-Nabi, the Sunni date).
    Mawlid,
    /// 27 Rajab.
    IsraMiraj,
    /// The whole month of Ramadan (the 9th month), an interval.
    Ramadan,
    /// 27 Ramadan.
    LaylatAlQadr,
    /// The last Friday of Ramadan.
    JumuatulWida,
    /// 1 Shawwal.
    EidAlFitr,
    /// 9 Dhu al-Hijjah, the Day of Arafah (of the Hajj).
    Arafah,
    /// 10 Dhu al-Hijjah.
    EidAlAdha,
}

impl Holiday {
    /// The (first) day in Hijri year `y` and the length in days.
    fn place(self, y: i64) -> (i64, i64) {
        match self {
            Holiday::NewYear => (to_days(y, 1, 1), 1),
            Holiday::Ashura => (to_days(y, 1, 10), 1),
            Holiday::Mawlid => (to_days(y, 3, 12), 1),
            Holiday::IsraMiraj => (to_days(y, 7, 27), 1),
            Holiday::Ramadan => (to_days(y, 9, 1), month_len(y, 9)),
            Holiday::LaylatAlQadr => (to_days(y, 9, 27), 1),
            Holiday::JumuatulWida => {
                let last = to_days(y, 9, 1) + month_len(y, 9) - 1;
                // Back to a Friday (weekday 4, Monday = 0).
                (last - (last + 3 - 4).rem_euclid(7), 1)
            }
            Holiday::EidAlFitr => (to_days(y, 10, 1), 1),
            Holiday::Arafah => (to_days(y, 12, 9), 1),
            Holiday::EidAlAdha => (to_days(y, 12, 10), 1),
        }
    }

    /// The first occurrence in the Gregorian year `year` (a Hijri year is
    /// 11 days shorter, so some years hold two) and its length in days.
    #[cfg(test)]
    pub(crate) fn in_year(self, year: i32) -> Option<(Date, i64)> {
        self.all_in_year(year).first().copied()
    }

    /// Every occurrence in the Gregorian year `year` (one or two), in
    /// order, with their lengths.
    pub(crate) fn all_in_year(self, year: i32) -> Vec<(Date, i64)> {
        // Hijri year running at the start of `year`.
        let h0 = ((f64::from(year) - 622.0) * 33.0 / 32.0).floor() as i64;
        (h0 - 1..=h0 + 2)
            .filter_map(|hy| {
                let (day, len) = self.place(hy);
                let d = Date::from_days(day);
                (d.year() == year).then_some((d, len))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tabular calendar (civil epoch 16 July 622 Julian, leap years
    /// 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle),
    /// after Calendrical Calculations, kept to compare the two rules.
    fn tabular(y: i64, m: u8, d: u8) -> Date {
        let m = i64::from(m);
        let rd = i64::from(d)
            + 29 * (m - 1)
            + (6 * m - 1) / 11
            + (y - 1) * 354
            + (3 + 11 * y).div_euclid(30)
            + 227_015
            - 1;
        Date::from_days(rd - 719_163)
    }

    #[test]
    fn astronomical_rule_beats_tabular() {
        // Published Saudi (Umm al-Qura) dates: (Hijri y, m, d, civil date).
        let published = [
            (1439, 12, 10, "2018-08-21"),
            (1444, 10, 1, "2023-04-21"),
            (1444, 12, 10, "2023-06-28"),
            (1445, 9, 1, "2024-03-11"),
            (1445, 10, 1, "2024-04-10"),
            (1445, 12, 10, "2024-06-16"),
            (1446, 1, 1, "2024-07-07"),
            (1446, 9, 1, "2025-03-01"),
            (1446, 10, 1, "2025-03-30"),
            (1446, 12, 10, "2025-06-06"),
        ];
        let (mut astro_ok, mut tab_ok) = (0, 0);
        for (y, m, d, want) in published {
            astro_ok += usize::from(Date::from_days(to_days(y, m, d)).to_string() == want);
            tab_ok += usize::from(tabular(y, m, d).to_string() == want);
        }
        assert_eq!(astro_ok, published.len());
        assert!(tab_ok < astro_ok, "tabular {tab_ok}");
    }

    fn day(h: Holiday, y: i32) -> String {
        h.in_year(y).map(|d| d.0.to_string()).unwrap_or_default()
    }

    #[test]
    fn published_umm_al_qura_dates() {
        // Eid al-Fitr 2024 (1 Shawwal 1445) was Wednesday 10 April;
        // Eid al-Adha 2024 Sunday 16 June; Ramadan 1445 began 11 March.
        assert_eq!(day(Holiday::EidAlFitr, 2024), "2024-04-10");
        assert_eq!(day(Holiday::EidAlAdha, 2024), "2024-06-16");
        assert_eq!(day(Holiday::Ramadan, 2024), "2024-03-11");
        // Islamic New Year 1446: 7 July 2024.
        assert_eq!(day(Holiday::NewYear, 2024), "2024-07-07");
        // 1 Ramadan 1446 = 1 March 2025.
        assert_eq!(day(Holiday::Ramadan, 2025), "2025-03-01");
        let len = Holiday::Ramadan.in_year(2024).map(|d| d.1);
        assert!(matches!(len, Some(29 | 30)));
        // Jumu'atul-Wida is a Friday.
        let jw = Holiday::JumuatulWida.in_year(2024).map(|d| d.0.weekday());
        assert_eq!(jw, Some(4));
    }

    #[test]
    fn two_eids_in_one_year_gives_the_first() {
        // 2000 held two Eid al-Fitr (8 January and 27 December).
        assert_eq!(day(Holiday::EidAlFitr, 2000), "2000-01-08");
        let all: Vec<String> = Holiday::EidAlFitr
            .all_in_year(2000)
            .iter()
            .map(|d| d.0.to_string())
            .collect();
        assert_eq!(all, ["2000-01-08", "2000-12-27"]);
    }
}
#[cfg(test)]
mod published {
    use super::*;

    /// Saudi dates of both Eids, 2019–2023.
    #[test]
    fn eids_2019_to_2023() {
        for (h, y, want) in [
            (Holiday::EidAlFitr, 2019, "2019-06-04"),
            (Holiday::EidAlFitr, 2020, "2020-05-24"),
            (Holiday::EidAlFitr, 2021, "2021-05-13"),
            (Holiday::EidAlFitr, 2022, "2022-05-02"),
            (Holiday::EidAlFitr, 2023, "2023-04-21"),
            (Holiday::EidAlAdha, 2019, "2019-08-11"),
            (Holiday::EidAlAdha, 2020, "2020-07-31"),
            (Holiday::EidAlAdha, 2021, "2021-07-20"),
            (Holiday::EidAlAdha, 2022, "2022-07-09"),
            (Holiday::EidAlAdha, 2023, "2023-06-28"),
        ] {
            let got = h.in_year(y).map(|d| d.0.to_string()).unwrap_or_default();
            assert_eq!(got, want, "{h:?} {y}");
        }
    }
}
