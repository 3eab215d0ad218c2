//! Indian festivals from the Sun's and the Moon's sidereal positions
//! (Lahiri ayanamsa), observed at New Delhi (IST, UTC+5:30) unless said.
//!
//! - Solar days: a sankranti is the instant the Sun enters a sidereal sign;
//!   the festival is that civil day when the sankranti falls before
//!   sunset, else the next day (the Tamil and Punjabi usage).
//! - Lunisolar days: a lunar month runs from new moon to new moon
//!   (amanta) and is named by the sign the Sun is in at its new moon (Sun
//!   in Mina: Chaitra; in Mesha: Vaishakha; ...); when two new moons fall
//!   in one sign, the first month is the leap (adhika) month and no
//!   festival falls in it. A tithi is each 12° of the Moon's elongation
//!   (1–15 the bright half, 16–30 the dark half, 30 ending at new moon).
//!   A festival falls on the civil day at whose *observance moment* its
//!   tithi prevails: sunrise by default; sunset (pradosh) for Diwali,
//!   Dhanteras and Holika Dahan; midday for Ganesh Chaturthi and Rama
//!   Navami; midnight (nishita) for Janmashtami and Maha Shivaratri. When
//!   the tithi holds at two such moments the first day is taken; when at
//!   none (a skipped tithi), the day on which it begins.
//!
//! Months are given below in the amanta reckoning; North India's
//! purnimanta names the dark half after the next month (Diwali is
//! "Kartika Amavasya" there, "Ashvin Amavasya" here: the same day).
//!
//! Accuracy: a day when the tithi or sankranti falls within minutes of the
//! observance moment; local almanacs also differ among themselves on such
//! days (Diwali 2024: 31 October by the sunset rule used here, 1 November
//! in many almanacs).

use super::astro::{self, DELHI, Place};
use crate::Date;

/// Lunar months (amanta), Chaitra = 0 ... Phalguna = 11.
const CHAITRA: u8 = 0;
const VAISHAKHA: u8 = 1;
const ASHADHA: u8 = 3;
const SHRAVANA: u8 = 4;
const BHADRAPADA: u8 = 5;
const ASHVIN: u8 = 6;
const KARTIKA: u8 = 7;
const PAUSHA: u8 = 9;
const MAGHA: u8 = 10;
const PHALGUNA: u8 = 11;

/// Kochi, for Onam (Kerala; IST).
const KOCHI: Place = Place {
    lat: 9.9312,
    lon: 76.2673,
    zone: 5.5,
};

/// When in the day a tithi must prevail for the festival to fall on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Moment {
    Sunrise,
    Sunset,
    Midday,
    Midnight,
    /// The middle of aparahna, the fourth fifth of the daytime.
    Aparahna,
}

/// An Indian festival.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Festival {
    /// Makar Sankranti, Thai Pongal: the Sun enters sidereal Capricorn.
    MakarSankranti,
    /// Bhogi: the day before Makar Sankranti.
    Bhogi,
    /// Mattu Pongal: the day after.
    MattuPongal,
    /// Kaanum Pongal: two days after.
    KaanumPongal,
    /// Vaisakhi (Mesha Sankranti): the civil day on which the Sun enters
    /// sidereal Aries (the Punjabi calendar starts the month that day even
    /// after sunset: Vaisakhi 2024 was 13 April, sankranti at 21:15 IST).
    Vaisakhi,
    /// Rabindra Jayanti: 25 Boishakh of the Bengali solar calendar, whose
    /// month starts the day after Mesha Sankranti.
    RabindraJayanti,
    /// Onam: the day in the solar month Chingam (Sun in sidereal Leo)
    /// whose sunrise (at Kochi) sees the Moon in the Thiruvonam (Shravana)
    /// nakshatra, 280°–293°20′; when the nakshatra comes twice in the month
    /// the later one (Onam 2024 was 15 September, not 19 August).
    Onam,
    /// A tithi of a lunar month (see the module docs).
    Tithi(Lunar),
}

/// Festivals fixed by a tithi of an (amanta) lunar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Lunar {
    /// Ugadi, Gudi Padwa: Chaitra shukla pratipada (1).
    Ugadi,
    /// Rama Navami: Chaitra shukla navami (9), at midday.
    RamaNavami,
    /// Mahavir Jayanti: Chaitra shukla trayodashi (13).
    MahavirJayanti,
    /// Buddha Purnima, Vesak: Vaishakha purnima (15).
    BuddhaPurnima,
    /// Ratha Yatra: Ashadha shukla dwitiya (2).
    RathaYatra,
    /// Raksha Bandhan: Shravana purnima (15) in the afternoon (aparahna)
    /// and outside Bhadra (the first half of the purnima); failing that,
    /// the next day if the purnima lasts six muhurtas (4.8 h) after its
    /// sunrise, else the day Bhadra ends (the rite is then done at night).
    RakshaBandhan,
    /// Krishna Janmashtami: Shravana krishna ashtami (23), at midnight.
    Janmashtami,
    /// Ganesh Chaturthi: Bhadrapada shukla chaturthi (4), at midday.
    GaneshChaturthi,
    /// Navaratri: the nine nights from Ashvin shukla pratipada (1)
    /// through the navami (9) day, an interval (eight to ten days as
    /// tithis are skipped or repeated).
    Navaratri,
    /// Maha Saptami (Durga Puja): Ashvin shukla saptami (7).
    MahaSaptami,
    /// Durga Ashtami (Maha Ashtami): Ashvin shukla ashtami (8).
    DurgaAshtami,
    /// Maha Navami: Ashvin shukla navami (9).
    MahaNavami,
    /// Vijayadashami, Dussehra: Ashvin shukla dashami (10), in the
    /// afternoon (aparahna).
    Vijayadashami,
    /// Valmiki Jayanti (Pargat Diwas): Ashvin purnima (15).
    ValmikiJayanti,
    /// Karva Chauth: Ashvin krishna chaturthi (19), at moonrise (taken
    /// as sunset: the Moon rises about two hours later, the same day).
    KarvaChauth,
    /// Dhanteras: Ashvin krishna trayodashi (28), at sunset.
    Dhanteras,
    /// Naraka Chaturdashi (Choti Diwali): Ashvin krishna chaturdashi (29).
    NarakaChaturdashi,
    /// Kali Chaudas: the same tithi at midnight (its puja is at night).
    KaliChaudas,
    /// Diwali (Lakshmi Puja): Ashvin amavasya (30), at sunset.
    Diwali,
    /// Govardhan Puja: Kartika shukla pratipada (1).
    Govardhan,
    /// Bhai Dooj: Kartika shukla dwitiya (2).
    BhaiDooj,
    /// Chhath: Kartika shukla shashthi (6).
    Chhath,
    /// Guru Nanak Jayanti (Gurpurab): Kartika purnima (15).
    GuruNanak,
    /// Guru Gobind Singh Jayanti: Pausha shukla saptami (7).
    GuruGobindSingh,
    /// Vasant Panchami: Magha shukla panchami (5).
    VasantPanchami,
    /// Guru Ravidass Jayanti: Magha purnima (15).
    RavidassJayanti,
    /// Dayananda Saraswati Jayanti: Magha krishna dashami (25; Phalguna
    /// krishna dashami in the purnimanta reckoning).
    DayanandaJayanti,
    /// Maha Shivaratri: Magha krishna chaturdashi (29), at midnight.
    MahaShivaratri,
    /// Holika Dahan: Phalguna purnima (15), at sunset.
    HolikaDahan,
    /// Holi: the day after Holika Dahan.
    Holi,
}

impl Lunar {
    /// Month, tithi, moment, days added, length in days.
    fn rule(self) -> (u8, u8, Moment, i64, i64) {
        use Moment::*;
        match self {
            Lunar::Ugadi => (CHAITRA, 1, Sunrise, 0, 1),
            Lunar::RamaNavami => (CHAITRA, 9, Midday, 0, 1),
            Lunar::MahavirJayanti => (CHAITRA, 13, Sunrise, 0, 1),
            Lunar::BuddhaPurnima => (VAISHAKHA, 15, Sunrise, 0, 1),
            Lunar::RathaYatra => (ASHADHA, 2, Sunrise, 0, 1),
            Lunar::RakshaBandhan => (SHRAVANA, 15, Sunrise, 0, 1),
            Lunar::Janmashtami => (SHRAVANA, 23, Midnight, 0, 1),
            Lunar::GaneshChaturthi => (BHADRAPADA, 4, Midday, 0, 1),
            Lunar::Navaratri => (ASHVIN, 1, Sunrise, 0, 9),
            Lunar::MahaSaptami => (ASHVIN, 7, Sunrise, 0, 1),
            Lunar::DurgaAshtami => (ASHVIN, 8, Sunrise, 0, 1),
            Lunar::MahaNavami => (ASHVIN, 9, Sunrise, 0, 1),
            Lunar::Vijayadashami => (ASHVIN, 10, Aparahna, 0, 1),
            Lunar::ValmikiJayanti => (ASHVIN, 15, Sunrise, 0, 1),
            Lunar::KarvaChauth => (ASHVIN, 19, Sunset, 0, 1),
            Lunar::Dhanteras => (ASHVIN, 28, Sunset, 0, 1),
            Lunar::NarakaChaturdashi => (ASHVIN, 29, Sunrise, 0, 1),
            Lunar::KaliChaudas => (ASHVIN, 29, Midnight, 0, 1),
            Lunar::Diwali => (ASHVIN, 30, Sunset, 0, 1),
            Lunar::Govardhan => (KARTIKA, 1, Sunrise, 0, 1),
            Lunar::BhaiDooj => (KARTIKA, 2, Sunrise, 0, 1),
            Lunar::Chhath => (KARTIKA, 6, Sunrise, 0, 1),
            Lunar::GuruNanak => (KARTIKA, 15, Sunrise, 0, 1),
            Lunar::GuruGobindSingh => (PAUSHA, 7, Sunrise, 0, 1),
            Lunar::VasantPanchami => (MAGHA, 5, Sunrise, 0, 1),
            Lunar::RavidassJayanti => (MAGHA, 15, Sunrise, 0, 1),
            Lunar::DayanandaJayanti => (MAGHA, 25, Sunrise, 0, 1),
            Lunar::MahaShivaratri => (MAGHA, 29, Midnight, 0, 1),
            Lunar::HolikaDahan => (PHALGUNA, 15, Sunset, 0, 1),
            Lunar::Holi => (PHALGUNA, 15, Sunset, 1, 1),
        }
    }
}

/// The observance moment (UT Julian Day) of civil day `day` at `place`.
fn moment(day: i64, m: Moment, place: Place) -> f64 {
    let (rise, set) = astro::sun_rise_set(day, place);
    match m {
        Moment::Sunrise => rise,
        Moment::Sunset => set,
        Moment::Midday => (rise + set) / 2.0,
        Moment::Midnight => (set + astro::sun_rise_set(day + 1, place).0) / 2.0,
        Moment::Aparahna => rise + 0.7 * (set - rise),
    }
}

/// The sign (0 = Mesha ... 11 = Mina) the Sun is in at new moon `k`.
fn sign_at_new_moon(k: i64) -> i64 {
    (astro::sun_sidereal(astro::new_moon(k)) / 30.0).floor() as i64
}

/// The day of tithi `tithi` in the lunation begun by new moon `k`.
fn tithi_day(k: i64, tithi: u8, m: Moment) -> i64 {
    let start = astro::elongation_reaches(k, f64::from(tithi - 1) * 12.0);
    let end = if tithi >= 30 {
        astro::new_moon(k + 1)
    } else {
        astro::elongation_reaches(k, f64::from(tithi) * 12.0)
    };
    let first = astro::civil_day(start, DELHI.zone) - 1;
    let last = astro::civil_day(end, DELHI.zone) + 1;
    let mut before = first;
    for d in first..=last {
        let t = moment(d, m, DELHI);
        if t >= start && t < end {
            return d;
        }
        if t < start {
            before = d;
        }
    }
    before
}

/// Raksha Bandhan's day in the lunation begun by new moon `k` (see
/// [`Lunar::RakshaBandhan`]).
fn raksha_bandhan_day(k: i64) -> i64 {
    let start = astro::elongation_reaches(k, 168.0);
    let bhadra_end = astro::elongation_reaches(k, 174.0);
    let end = astro::elongation_reaches(k, 180.0);
    let first = astro::civil_day(start, DELHI.zone);
    for d in first..=first + 2 {
        let t = moment(d, Moment::Aparahna, DELHI);
        if t >= bhadra_end && t < end {
            return d;
        }
    }
    let last = astro::civil_day(end, DELHI.zone);
    if end - moment(last, Moment::Sunrise, DELHI) >= 0.2 {
        last
    } else {
        astro::civil_day(bhadra_end, DELHI.zone)
    }
}

/// The (non-leap) lunations of a given month name in or near `year`.
fn lunations(month: u8, year: i32) -> impl Iterator<Item = i64> {
    let jan1 = Date::new(year, 1, 1).map(|d| d.to_days()).unwrap_or(0);
    let k0 = astro::new_moon_before(astro::jd(jan1, 0.0)) - 1;
    (k0..k0 + 15).filter(move |&k| {
        let s = sign_at_new_moon(k);
        (s + 1).rem_euclid(12) == i64::from(month) && sign_at_new_moon(k + 1) != s
    })
}

/// The civil day (IST) a sankranti into sidereal longitude `lon` falls on,
/// moved to the next day when it comes after sunset (the Tamil rule), and
/// the civil day itself; the first after 1 January of `year`.
fn sankranti_day(lon: f64, year: i32) -> Option<(i64, i64)> {
    let jan1 = Date::new(year, 1, 1).ok()?.to_days();
    let t = astro::sankranti(lon, astro::jd(jan1, 0.0));
    let day = astro::civil_day(t, DELHI.zone);
    let (_, set) = astro::sun_rise_set(day, DELHI);
    Some((if t < set { day } else { day + 1 }, day))
}

impl Festival {
    /// The first occurrence in the Gregorian year `year` and its length
    /// in days.
    #[cfg(test)]
    pub(crate) fn in_year(self, year: i32) -> Option<(Date, i64)> {
        self.all_in_year(year).first().copied()
    }

    /// Every occurrence in the Gregorian year `year` (a lunisolar festival
    /// near the turn of the year can fall twice, or not at all).
    pub(crate) fn all_in_year(self, year: i32) -> Vec<(Date, i64)> {
        if let Festival::Tithi(f) = self {
            let (month, tithi, m, add, len) = f.rule();
            return lunations(month, year)
                .filter_map(|k| {
                    let day = if f == Lunar::RakshaBandhan {
                        raksha_bandhan_day(k)
                    } else {
                        tithi_day(k, tithi, m)
                    };
                    let len = if f == Lunar::Navaratri {
                        tithi_day(k, 9, Moment::Sunrise) - day + 1
                    } else {
                        len
                    };
                    let d = Date::from_days(day + add);
                    (d.year() == year).then_some((d, len))
                })
                .collect();
        }
        self.solar(year).into_iter().collect()
    }

    /// The solar festivals' day in `year`.
    fn solar(self, year: i32) -> Option<(Date, i64)> {
        let one = |d: i64| {
            let d = Date::from_days(d);
            (d.year() == year).then_some((d, 1))
        };
        match self {
            Festival::MakarSankranti => one(sankranti_day(270.0, year)?.0),
            Festival::Bhogi => one(sankranti_day(270.0, year)?.0 - 1),
            Festival::MattuPongal => one(sankranti_day(270.0, year)?.0 + 1),
            Festival::KaanumPongal => one(sankranti_day(270.0, year)?.0 + 2),
            Festival::Vaisakhi => one(sankranti_day(0.0, year)?.1),
            // The Bengali month starts the day after the sankranti's civil
            // day; 25 Boishakh is 24 days on.
            Festival::RabindraJayanti => one(sankranti_day(0.0, year)?.1 + 1 + 24),
            Festival::Onam => {
                let jan1 = Date::new(year, 1, 1).ok()?.to_days();
                let simha = astro::sankranti(120.0, astro::jd(jan1, 0.0));
                let first = astro::civil_day(simha, KOCHI.zone) + 1;
                let seen = |d: i64| {
                    let rise = moment(d, Moment::Sunrise, KOCHI) + 0.1;
                    let nak = astro::moon_sidereal(rise);
                    astro::sun_sidereal(rise) < 150.0 && (280.0..280.0 + 40.0 / 3.0).contains(&nak)
                };
                // The first day of the last run of such days in the month.
                let last = (first..first + 32).rev().find(|&d| seen(d))?;
                one(if seen(last - 1) { last - 1 } else { last })
            }
            Festival::Tithi(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(f: Festival, y: i32) -> String {
        f.in_year(y).map(|d| d.0.to_string()).unwrap_or_default()
    }

    fn lunar(f: Lunar, y: i32) -> String {
        day(Festival::Tithi(f), y)
    }

    #[test]
    fn solar_festivals() {
        // Makar Sankranti / Pongal: 2024-01-15 (sankranti 02:54 IST),
        // 2025-01-14; Vaisakhi 2024-04-13, 2025-04-14 (Drik Panchang).
        assert_eq!(day(Festival::MakarSankranti, 2024), "2024-01-15");
        assert_eq!(day(Festival::MakarSankranti, 2025), "2025-01-14");
        assert_eq!(day(Festival::Vaisakhi, 2024), "2024-04-13");
        assert_eq!(day(Festival::Vaisakhi, 2025), "2025-04-14");
        assert_eq!(day(Festival::Bhogi, 2025), "2025-01-13");
        // Onam 2024: 15 September; 2025: 5 September.
        assert_eq!(day(Festival::Onam, 2024), "2024-09-15");
        assert_eq!(day(Festival::Onam, 2025), "2025-09-05");
    }

    #[test]
    fn lunisolar_festivals() {
        // Published dates (Drik Panchang, New Delhi).
        assert_eq!(lunar(Lunar::Diwali, 2024), "2024-10-31");
        assert_eq!(lunar(Lunar::Diwali, 2025), "2025-10-20");
        assert_eq!(lunar(Lunar::Diwali, 2023), "2023-11-12");
        assert_eq!(lunar(Lunar::HolikaDahan, 2024), "2024-03-24");
        assert_eq!(lunar(Lunar::Holi, 2024), "2024-03-25");
        assert_eq!(lunar(Lunar::Vijayadashami, 2023), "2023-10-24");
        assert_eq!(lunar(Lunar::RakshaBandhan, 2024), "2024-08-19");
        assert_eq!(lunar(Lunar::GaneshChaturthi, 2024), "2024-09-07");
        assert_eq!(lunar(Lunar::Ugadi, 2024), "2024-04-09");
        assert_eq!(lunar(Lunar::MahaShivaratri, 2024), "2024-03-08");
        assert_eq!(lunar(Lunar::Janmashtami, 2024), "2024-08-26");
        // Navaratri runs to its navami: 10-18 October 2018 (Dussehra on
        // the 19th); eight to ten days in any year.
        let nav = Festival::Tithi(Lunar::Navaratri).in_year(2018);
        assert_eq!(
            nav.map(|(d, n)| (d.to_string(), n)),
            Some(("2018-10-10".into(), 9))
        );
        for y in 1990..2040 {
            let n = Festival::Tithi(Lunar::Navaratri)
                .in_year(y)
                .map_or(0, |d| d.1);
            assert!((8..=10).contains(&n), "{y}: {n}");
        }
    }
}
#[cfg(test)]
mod published {
    use super::*;

    /// Festival dates of 2020–2025 as published by Drik Panchang (New
    /// Delhi; the first-listed day where it gives two). Four differ by a
    /// day through rules the crate does not model (Bhadra for Holika Dahan
    /// 2023, Rohini for Janmashtami 2021, Vijayadashami 2022, purvahna for
    /// Vasant Panchami 2020); the test keeps that count from growing.
    #[test]
    fn festivals_2020_to_2025() {
        let rows: &[(Lunar, [&str; 6])] = &[
            (
                Lunar::Diwali,
                [
                    "2020-11-14",
                    "2021-11-04",
                    "2022-10-24",
                    "2023-11-12",
                    "2024-10-31",
                    "2025-10-20",
                ],
            ),
            (
                Lunar::Holi,
                [
                    "2020-03-10",
                    "2021-03-29",
                    "2022-03-18",
                    "2023-03-08",
                    "2024-03-25",
                    "2025-03-14",
                ],
            ),
            (
                Lunar::RakshaBandhan,
                [
                    "2020-08-03",
                    "2021-08-22",
                    "2022-08-11",
                    "2023-08-30",
                    "2024-08-19",
                    "2025-08-09",
                ],
            ),
            (
                Lunar::GaneshChaturthi,
                [
                    "2020-08-22",
                    "2021-09-10",
                    "2022-08-31",
                    "2023-09-19",
                    "2024-09-07",
                    "2025-08-27",
                ],
            ),
            (
                Lunar::Janmashtami,
                [
                    "2020-08-11",
                    "2021-08-30",
                    "2022-08-18",
                    "2023-09-06",
                    "2024-08-26",
                    "2025-08-15",
                ],
            ),
            (
                Lunar::MahaShivaratri,
                [
                    "2020-02-21",
                    "2021-03-11",
                    "2022-03-01",
                    "2023-02-18",
                    "2024-03-08",
                    "2025-02-26",
                ],
            ),
            (
                Lunar::Vijayadashami,
                [
                    "2020-10-25",
                    "2021-10-15",
                    "2022-10-05",
                    "2023-10-24",
                    "2024-10-12",
                    "2025-10-02",
                ],
            ),
            (
                Lunar::Navaratri,
                [
                    "2020-10-17",
                    "2021-10-07",
                    "2022-09-26",
                    "2023-10-15",
                    "2024-10-03",
                    "2025-09-22",
                ],
            ),
            (
                Lunar::Chhath,
                [
                    "2020-11-20",
                    "2021-11-10",
                    "2022-10-30",
                    "2023-11-19",
                    "2024-11-07",
                    "2025-10-27",
                ],
            ),
            (
                Lunar::KarvaChauth,
                [
                    "2020-11-04",
                    "2021-10-24",
                    "2022-10-13",
                    "2023-11-01",
                    "2024-10-20",
                    "2025-10-10",
                ],
            ),
            (
                Lunar::Ugadi,
                [
                    "2020-03-25",
                    "2021-04-13",
                    "2022-04-02",
                    "2023-03-22",
                    "2024-04-09",
                    "2025-03-30",
                ],
            ),
            (
                Lunar::RamaNavami,
                [
                    "2020-04-02",
                    "2021-04-21",
                    "2022-04-10",
                    "2023-03-30",
                    "2024-04-17",
                    "2025-04-06",
                ],
            ),
            (
                Lunar::VasantPanchami,
                [
                    "2020-01-29",
                    "2021-02-16",
                    "2022-02-05",
                    "2023-01-26",
                    "2024-02-14",
                    "2025-02-02",
                ],
            ),
        ];
        let mut bad = 0;
        for (f, ds) in rows {
            for (i, want) in ds.iter().enumerate() {
                let got = Festival::Tithi(*f)
                    .in_year(2020 + i as i32)
                    .map(|d| d.0.to_string())
                    .unwrap_or_default();
                if got != *want {
                    bad += 1;
                    println!("{f:?} {}: got {got} want {want}", 2020 + i);
                }
            }
        }
        for (y, want) in [
            (2020, "2020-01-15"),
            (2021, "2021-01-14"),
            (2022, "2022-01-14"),
            (2023, "2023-01-15"),
        ] {
            let got = Festival::MakarSankranti
                .in_year(y)
                .map(|d| d.0.to_string())
                .unwrap_or_default();
            assert_eq!(got, want);
        }
        assert!(bad <= 4, "{bad} festivals off");
    }
}
