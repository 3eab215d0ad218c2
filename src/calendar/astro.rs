//! Low-precision positional astronomy for the lunar and lunisolar
//! calendars: the Sun's and the Moon's apparent ecliptic longitudes, new
//! moons, the moment the Sun reaches a longitude, sunrise and sunset.
//!
//! Sources (formulas, not tables of dates): Jean Meeus, *Astronomical
//! Algorithms* (2nd ed., 1998): the Sun after chapter 25 ("low accuracy",
//! about 0.01°), the Moon after chapter 47 (the terms of table 47.A down
//! to 0.0003°, about 10″), the mean lunation of chapter 49 as the first
//! guess of a new moon; sunrise and sunset by the usual "sunrise equation"
//! (as in the NOAA solar calculator, about a minute).
//!
//! Times are Julian Days (UT) as `f64`; the dynamical-time correction ΔT is
//! Espenak and Meeus' polynomial for 1986–2150 and a parabola outside it
//! (a minute's error shifts a new moon by a minute, which decides a date
//! only when the event falls within that minute of a day boundary).
//!
//! All functions are pure and total: they return a number for any input,
//! and the searches are bounded loops.

/// Julian Day of 1970-01-01 00:00 UT.
const JD_UNIX: f64 = 2_440_587.5;
/// Julian Day of J2000.0 (2000-01-01 12:00 TT).
const J2000: f64 = 2_451_545.0;
/// Mean synodic month, days (Meeus 49.1).
pub(crate) const SYNODIC: f64 = 29.530_588_861;

/// Julian Day (UT) of the start of the civil day `days` after 1970-01-01,
/// plus `hours` (UT).
pub(crate) fn jd(days: i64, hours: f64) -> f64 {
    JD_UNIX + days as f64 + hours / 24.0
}

/// The civil day (days since 1970-01-01) holding the Julian Day `t`, in a
/// zone `offset_h` hours east of Greenwich.
pub(crate) fn civil_day(t: f64, offset_h: f64) -> i64 {
    (t - JD_UNIX + offset_h / 24.0).floor() as i64
}

fn norm(deg: f64) -> f64 {
    deg.rem_euclid(360.0)
}

/// An angle moved into (-180, 180].
pub(crate) fn signed(deg: f64) -> f64 {
    let d = norm(deg);
    if d > 180.0 { d - 360.0 } else { d }
}

fn sin_d(deg: f64) -> f64 {
    deg.to_radians().sin()
}

/// ΔT = TT − UT in days (Espenak & Meeus 2006 for 1986–2150; Morrison &
/// Stephenson's parabola elsewhere).
fn delta_t(t_ut: f64) -> f64 {
    let y = 2000.0 + (t_ut - J2000) / 365.25;
    let secs = if (1986.0..2005.0).contains(&y) {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t.powi(3)
    } else if (2005.0..2050.0).contains(&y) {
        let t = y - 2000.0;
        62.92 + 0.32217 * t + 0.005589 * t * t
    } else if (2050.0..2150.0).contains(&y) {
        -20.0 + 32.0 * ((y - 1820.0) / 100.0).powi(2) - 0.5628 * (2150.0 - y)
    } else if (1950.0..1986.0).contains(&y) {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t * t / 260.0 - t.powi(3) / 718.0
    } else {
        -20.0 + 32.0 * ((y - 1820.0) / 100.0).powi(2)
    };
    secs / 86_400.0
}

/// Julian centuries of dynamical time since J2000 for a UT Julian Day.
fn centuries(t_ut: f64) -> f64 {
    (t_ut + delta_t(t_ut) - J2000) / 36_525.0
}

/// Nutation in longitude, degrees (the main term, 17.2″ sin Ω).
fn nutation(t: f64) -> f64 {
    let omega = 125.04452 - 1934.136261 * t;
    -0.004_778 * sin_d(omega) - 0.000_367 * sin_d(2.0 * (280.4665 + 36000.7698 * t))
}

/// The Sun's apparent geocentric longitude (degrees, 0..360, tropical) at
/// the UT Julian Day `t_ut` (Meeus ch. 25, low accuracy).
pub(crate) fn sun_longitude(t_ut: f64) -> f64 {
    let t = centuries(t_ut);
    let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    let m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
    let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_d(m)
        + (0.019993 - 0.000101 * t) * sin_d(2.0 * m)
        + 0.000289 * sin_d(3.0 * m);
    // Aberration (-20.5″) and nutation.
    norm(l0 + c - 0.005_69 + nutation(t))
}

/// Periodic terms of the Moon's longitude (Meeus table 47.A): multiples of
/// D, M, M', F and the coefficient in 1e-6 degrees.
const MOON_TERMS: &[(i8, i8, i8, i8, i32)] = &[
    (0, 0, 1, 0, 6_288_774),
    (2, 0, -1, 0, 1_274_027),
    (2, 0, 0, 0, 658_314),
    (0, 0, 2, 0, 213_618),
    (0, 1, 0, 0, -185_116),
    (0, 0, 0, 2, -114_332),
    (2, 0, -2, 0, 58_793),
    (2, -1, -1, 0, 57_066),
    (2, 0, 1, 0, 53_322),
    (2, -1, 0, 0, 45_758),
    (0, 1, -1, 0, -40_923),
    (1, 0, 0, 0, -34_720),
    (0, 1, 1, 0, -30_383),
    (2, 0, 0, -2, 15_327),
    (0, 0, 1, 2, -12_528),
    (0, 0, 1, -2, 10_980),
    (4, 0, -1, 0, 10_675),
    (0, 0, 3, 0, 10_034),
    (4, 0, -2, 0, 8_548),
    (2, 1, -1, 0, -7_888),
    (2, 1, 0, 0, -6_766),
    (1, 0, -1, 0, -5_163),
    (1, 1, 0, 0, 4_987),
    (2, -1, 1, 0, 4_036),
    (2, 0, 2, 0, 3_994),
    (4, 0, 0, 0, 3_861),
    (2, 0, -3, 0, 3_665),
    (0, 1, -2, 0, -2_689),
    (2, 0, -1, 2, -2_602),
    (2, -1, -2, 0, 2_390),
    (1, 0, 1, 0, -2_348),
    (2, -2, 0, 0, 2_236),
    (0, 1, 2, 0, -2_120),
    (0, 2, 0, 0, -2_069),
    (2, -2, -1, 0, 2_048),
    (2, 0, 1, -2, -1_773),
    (2, 0, 0, 2, -1_595),
    (4, -1, -1, 0, 1_215),
    (0, 0, 2, 2, -1_110),
    (3, 0, -1, 0, -892),
    (2, 1, 1, 0, -810),
    (4, -1, -2, 0, 759),
    (0, 2, -1, 0, -713),
    (2, 2, -1, 0, -700),
    (2, 1, -2, 0, 691),
    (2, -1, 0, -2, 596),
    (4, 0, 1, 0, 549),
    (0, 0, 4, 0, 537),
    (4, -1, 0, 0, 520),
    (1, 0, -2, 0, -487),
    (2, 1, 0, -2, -399),
    (0, 0, 2, -2, -381),
    (1, 1, 1, 0, 351),
    (3, 0, -2, 0, -340),
    (4, 0, -3, 0, 330),
    (2, -1, 2, 0, 327),
    (0, 2, 1, 0, -323),
    (1, 1, -1, 0, 299),
    (2, 0, 3, 0, 294),
];

/// The Moon's apparent geocentric longitude (degrees, 0..360, tropical) at
/// the UT Julian Day `t_ut` (Meeus ch. 47).
pub(crate) fn moon_longitude(t_ut: f64) -> f64 {
    let t = centuries(t_ut);
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let lp = 218.316_447_7 + 481_267.881_234_21 * t - 0.001_578_6 * t2 + t3 / 538_841.0
        - t4 / 65_194_000.0;
    let d = 297.850_192_1 + 445_267.111_403_4 * t - 0.001_881_9 * t2 + t3 / 545_868.0
        - t4 / 113_065_000.0;
    let m = 357.529_109_2 + 35_999.050_290_9 * t - 0.000_153_6 * t2 + t3 / 24_490_000.0;
    let mp = 134.963_396_4 + 477_198.867_505_5 * t + 0.008_741_4 * t2 + t3 / 69_699.0
        - t4 / 14_712_000.0;
    let f = 93.272_095 + 483_202.017_523_3 * t - 0.003_653_9 * t2 - t3 / 3_526_000.0
        + t4 / 863_310_000.0;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t2;
    let a1 = 119.75 + 131.849 * t;
    let a2 = 53.09 + 479_264.29 * t;
    let mut sum = 3958.0 * sin_d(a1) + 1962.0 * sin_d(lp - f) + 318.0 * sin_d(a2);
    for &(cd, cm, cmp, cf, coef) in MOON_TERMS {
        let arg = f64::from(cd) * d + f64::from(cm) * m + f64::from(cmp) * mp + f64::from(cf) * f;
        let ecc = match cm.abs() {
            1 => e,
            2 => e * e,
            _ => 1.0,
        };
        sum += f64::from(coef) * ecc * sin_d(arg);
    }
    norm(lp + sum / 1e6 + nutation(t))
}

/// Periodic terms of the Moon's latitude (Meeus table 47.B, down to
/// 0.0017°): multiples of D, M, M', F and the coefficient in 1e-6 degrees.
const MOON_LAT_TERMS: &[(i8, i8, i8, i8, i32)] = &[
    (0, 0, 0, 1, 5_128_122),
    (0, 0, 1, 1, 280_602),
    (0, 0, 1, -1, 277_693),
    (2, 0, 0, -1, 173_237),
    (2, 0, -1, 1, 55_413),
    (2, 0, -1, -1, 46_271),
    (2, 0, 0, 1, 32_573),
    (0, 0, 2, 1, 17_198),
    (2, 0, 1, -1, 9_266),
    (0, 0, 2, -1, 8_822),
    (2, -1, 0, -1, 8_216),
    (2, 0, -2, -1, 4_324),
    (2, 0, 1, 1, 4_200),
    (2, 1, 0, -1, -3_359),
    (2, -1, -1, 1, 2_463),
    (2, -1, 0, 1, 2_211),
    (2, -1, -1, -1, 2_065),
    (0, 1, -1, -1, -1_870),
    (4, 0, -1, -1, 1_828),
    (0, 1, 0, 1, -1_794),
    (0, 0, 0, 3, -1_749),
];

/// The Moon's geocentric ecliptic latitude in degrees (Meeus ch. 47).
fn moon_latitude(t_ut: f64) -> f64 {
    let t = centuries(t_ut);
    let lp = 218.316_447_7 + 481_267.881_234_21 * t;
    let d = 297.850_192_1 + 445_267.111_403_4 * t;
    let m = 357.529_109_2 + 35_999.050_290_9 * t;
    let mp = 134.963_396_4 + 477_198.867_505_5 * t;
    let f = 93.272_095 + 483_202.017_523_3 * t;
    let e = 1.0 - 0.002_516 * t;
    let a1 = 119.75 + 131.849 * t;
    let a3 = 313.45 + 481_266.484 * t;
    let mut sum = -2235.0 * sin_d(lp)
        + 382.0 * sin_d(a3)
        + 175.0 * sin_d(a1 - f)
        + 175.0 * sin_d(a1 + f)
        + 127.0 * sin_d(lp - mp)
        - 115.0 * sin_d(lp + mp);
    for &(cd, cm, cmp, cf, coef) in MOON_LAT_TERMS {
        let arg = f64::from(cd) * d + f64::from(cm) * m + f64::from(cmp) * mp + f64::from(cf) * f;
        let ecc = if cm != 0 { e } else { 1.0 };
        sum += f64::from(coef) * ecc * sin_d(arg);
    }
    sum / 1e6
}

/// The Moon's geocentric altitude (degrees) at `place` at the UT Julian
/// Day `t_ut`. The Moon sets when its geocentric altitude falls to
/// +0.125° (parallax less refraction and semi-diameter, Meeus ch. 15).
pub(crate) fn moon_altitude(t_ut: f64, place: Place) -> f64 {
    let t = centuries(t_ut);
    let (lam, beta) = (moon_longitude(t_ut), moon_latitude(t_ut));
    let eps = 23.439_291 - 0.013_004_2 * t;
    let (sl, cl) = lam.to_radians().sin_cos();
    let (sb, cb) = beta.to_radians().sin_cos();
    let (se, ce) = eps.to_radians().sin_cos();
    let ra = (sl * ce - (sb / cb) * se).atan2(cl).to_degrees();
    let dec = (sb * ce + cb * se * sl).asin().to_degrees();
    let gmst = 280.460_618_37 + 360.985_647_366_29 * (t_ut - J2000);
    let h = gmst + place.lon - ra;
    let sin_alt = sin_d(place.lat) * sin_d(dec)
        + place.lat.to_radians().cos() * dec.to_radians().cos() * h.to_radians().cos();
    sin_alt.clamp(-1.0, 1.0).asin().to_degrees()
}

/// The Moon's elongation from the Sun in longitude (0..360): 0 at new
/// moon, 180 at full moon. A tithi is each 12° of it.
pub(crate) fn elongation(t_ut: f64) -> f64 {
    norm(moon_longitude(t_ut) - sun_longitude(t_ut))
}

/// The instant (UT Julian Day) near `guess` at which `f` (an angle that
/// grows by about `rate` degrees a day) equals `target`: Newton steps on
/// the angle difference, a bounded number of them.
fn solve_angle(f: impl Fn(f64) -> f64, target: f64, rate: f64, guess: f64) -> f64 {
    let mut t = guess;
    for _ in 0..12 {
        let step = signed(target - f(t)) / rate;
        t += step;
        if step.abs() < 1e-6 {
            break;
        }
    }
    t
}

/// The `k`th new moon counted from the one of 2000-01-06 (`k = 0`), as a
/// UT Julian Day: the instant the Moon's and the Sun's longitudes agree,
/// found from the mean lunation (Meeus 49.1).
pub(crate) fn new_moon(k: i64) -> f64 {
    let mean = 2_451_550.097_66 + SYNODIC * k as f64;
    solve_angle(elongation, 0.0, 12.190_749, mean)
}

/// The number `k` of the last new moon at or before the UT Julian Day `t`.
pub(crate) fn new_moon_before(t: f64) -> i64 {
    let mut k = ((t - 2_451_550.097_66) / SYNODIC).floor() as i64;
    // The true new moon wanders up to ~14 h from the mean one.
    if new_moon(k) > t {
        k -= 1;
    } else if new_moon(k + 1) <= t {
        k += 1;
    }
    k
}

/// The instant (UT Julian Day) the elongation reaches `angle` degrees in
/// the lunation that starts with new moon `k`.
pub(crate) fn elongation_reaches(k: i64, angle: f64) -> f64 {
    let start = new_moon(k);
    solve_angle(elongation, angle, 12.190_749, start + angle / 12.190_749)
}

/// The instant (UT Julian Day) at which the Sun's apparent tropical
/// longitude reaches `lon` degrees, the first time after `after`.
pub(crate) fn sun_reaches(lon: f64, after: f64) -> f64 {
    let ahead = norm(lon - sun_longitude(after));
    let guess = after + ahead / 0.985_647;
    solve_angle(sun_longitude, lon, 0.985_647, guess)
}

/// The Lahiri (Chitrapaksha) ayanamsa in degrees: 23°51′11″ at J2000,
/// growing with the general precession in longitude (50.29″ a year).
pub(crate) fn ayanamsa(t_ut: f64) -> f64 {
    23.853 + (t_ut - J2000) / 365.25 * 50.29 / 3600.0
}

/// The Sun's sidereal (Lahiri) longitude.
pub(crate) fn sun_sidereal(t_ut: f64) -> f64 {
    norm(sun_longitude(t_ut) - ayanamsa(t_ut))
}

/// The Moon's sidereal (Lahiri) longitude.
pub(crate) fn moon_sidereal(t_ut: f64) -> f64 {
    norm(moon_longitude(t_ut) - ayanamsa(t_ut))
}

/// The instant (UT Julian Day) the Sun's sidereal longitude reaches `lon`,
/// the first time after `after` (a sankranti for multiples of 30°).
pub(crate) fn sankranti(lon: f64, after: f64) -> f64 {
    let ahead = norm(lon - sun_sidereal(after));
    let guess = after + ahead / 0.985_647;
    solve_angle(sun_sidereal, lon, 0.985_647, guess)
}

/// A place on Earth: latitude and longitude in degrees (north, east
/// positive) and its civil time zone in hours east of Greenwich.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    pub lat: f64,
    pub lon: f64,
    pub zone: f64,
}

/// Mecca, for the Umm al-Qura rule (UTC+3).
pub(crate) const MECCA: Place = Place {
    lat: 21.4225,
    lon: 39.8262,
    zone: 3.0,
};

/// New Delhi, for Indian festivals (IST, UTC+5:30).
pub(crate) const DELHI: Place = Place {
    lat: 28.6139,
    lon: 77.2090,
    zone: 5.5,
};

/// Sunrise and sunset (UT Julian Days) of the civil day `days` (since
/// 1970-01-01) at `place`, by the sunrise equation with the standard
/// altitude −0.833° (refraction and the Sun's radius). Near the poles,
/// where the Sun does not rise or set, the hour angle is clamped (the
/// places used here are far from them).
pub(crate) fn sun_rise_set(days: i64, place: Place) -> (f64, f64) {
    // Days from J2000 to local noon of the civil day.
    let n = (days - 10_957) as f64;
    let jstar = n - place.lon / 360.0;
    let m = norm(357.5291 + 0.985_600_28 * jstar);
    let c = 1.9148 * sin_d(m) + 0.02 * sin_d(2.0 * m) + 0.0003 * sin_d(3.0 * m);
    let lambda = norm(m + c + 180.0 + 102.9372);
    let transit = J2000 + jstar + 0.0053 * sin_d(m) - 0.0069 * sin_d(2.0 * lambda);
    let sin_dec = sin_d(lambda) * sin_d(23.4397);
    let cos_dec = (1.0 - sin_dec * sin_dec).sqrt();
    let cos_h =
        (sin_d(-0.833) - sin_d(place.lat) * sin_dec) / (place.lat.to_radians().cos() * cos_dec);
    let h = cos_h.clamp(-1.0, 1.0).acos().to_degrees();
    (transit - h / 360.0, transit + h / 360.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    fn at(y: i32, m: u8, d: u8, h: f64) -> f64 {
        let day = Date::new(y, m, d).map(|d| d.to_days()).unwrap_or(0);
        jd(day, h)
    }

    /// Minutes between two Julian Days.
    fn minutes(a: f64, b: f64) -> f64 {
        ((a - b) * 1440.0).abs()
    }

    #[test]
    fn meeus_examples() {
        // Meeus example 25.a: 1992-10-13 0h TD, apparent λ = 199.90895°
        // (low-accuracy method; ΔT ~ 1 min ignored here).
        assert!((sun_longitude(2_448_908.5) - 199.909).abs() < 0.02);
        // Meeus example 47.a: 1992-04-12 0h TD, apparent λ = 133.167265°.
        assert!((moon_longitude(2_448_724.5) - 133.167).abs() < 0.02);
        // Same example: β = -3.229126°.
        assert!((moon_latitude(2_448_724.5) + 3.229).abs() < 0.01);
    }

    #[test]
    fn new_moons_match_published_times() {
        // Published (USNO / timeanddate) new moons, UT.
        for (y, m, d, h, mi) in [
            (2000, 1, 6, 18, 14),
            (2024, 1, 11, 11, 57),
            (2024, 2, 9, 22, 59),
            (2013, 2, 10, 7, 20),
            (2018, 5, 15, 11, 48),
            (2017, 5, 25, 19, 44),
            (2018, 6, 13, 19, 43),
        ] {
            let want = at(y, m, d, f64::from(h) + f64::from(mi) / 60.0);
            let k = new_moon_before(want + 1.0);
            let got = new_moon(k);
            assert!(minutes(got, want) < 5.0, "{y}-{m}-{d}: {}", got - want);
        }
    }

    #[test]
    fn equinoxes_and_sankranti() {
        // March equinox 2024-03-20 03:06 UT; December solstice 2024-12-21 09:20 UT.
        let eq = sun_reaches(0.0, at(2024, 3, 1, 0.0));
        assert!(minutes(eq, at(2024, 3, 20, 3.1)) < 15.0);
        let sol = sun_reaches(270.0, at(2024, 12, 1, 0.0));
        assert!(minutes(sol, at(2024, 12, 21, 9.33)) < 15.0);
        // Makar Sankranti 2024: 2024-01-15 02:54 IST (Lahiri, Drik Panchang).
        let s = sankranti(270.0, at(2024, 1, 1, 0.0));
        assert!(minutes(s, at(2024, 1, 14, 21.4)) < 30.0, "{}", s);
    }

    #[test]
    fn sunrise_in_delhi() {
        // 2024-06-21 sunrise 05:24 IST, sunset 19:22 IST (timeanddate).
        let d = Date::new(2024, 6, 21).map(|d| d.to_days()).unwrap_or(0);
        let (rise, set) = sun_rise_set(d, DELHI);
        assert!(minutes(rise, at(2024, 6, 21, 5.4 - 5.5)) < 4.0);
        assert!(minutes(set, at(2024, 6, 21, 19.3667 - 5.5)) < 4.0);
    }
}
