//! Parsed temporal meanings ([`Sem`]) and their placement on the calendar
//! ([`Val`]), formatted as TIMEX3 values at the grain the text gives.

use super::Direction;
use super::words::{Rule, Unit};
use crate::Date;
use crate::Text;
use crate::calendar::{days_in_month, easter, nth_weekday};

/// What an expression means before it is placed on the calendar.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Sem {
    /// A day, with or without its year.
    Ymd { y: Option<i32>, m: u8, d: u8 },
    /// A month, with or without its year.
    Ym { y: Option<i32>, m: u8 },
    /// A year.
    Year(i32),
    /// A month-day whose weekday is given ("Sunday, Feb 10").
    WdDate { wd: u8, m: u8, d: u8 },
    /// A day of some month given by its weekday ("Tuesday the 19th").
    WdDom { wd: u8, d: u8 },
    /// The `n`th weekday of a month (-1: the last): "first Monday of March".
    NthWd { n: i8, wd: u8, month: Box<Sem> },
    /// A day of a month given otherwise: "the 20th of next month".
    DayOf { d: u8, month: Box<Sem> },
    /// "October last year": a month of the year counted from publication.
    MonthOfYear { m: u8, rel: i64 },
    /// "last March" (-1), "this March" (0), "next March" (1), "March after
    /// next" (2).
    RelMonth { m: u8, n: i64 },
    /// The `n`th occurrence of a weekday after publication ("three Fridays
    /// from now", `n` = 3) or before it ("two Thursdays ago", `n` = -2),
    /// or after or before a day the text names ("the third Tuesday after
    /// Christmas 2014").
    WeekdayCount {
        wd: u8,
        n: i64,
        base: Option<Box<Sem>>,
    },
    /// A day or week counted inside a month or year: the `n`th (from 1)
    /// or, for negative `n`, the `-n`th last ("the last day of October",
    /// "the first week of October 2014", "the second last week of 2018").
    /// Weeks are the Monday-to-Sunday weeks lying wholly inside the period.
    UnitOf { unit: Unit, n: i8, within: Box<Sem> },
    /// A weekend counted inside a month or year, by its Saturday ("the last
    /// weekend of October"); `n` as for [`Sem::UnitOf`].
    WeekendOf { n: i8, within: Box<Sem> },
    /// The ISO week holding a day ("the week of October 7").
    WeekOf(Box<Sem>),
    /// A day of the month without its month ("on the 15th"): the nearest
    /// such day in the direction.
    Dom(u8),
    /// `n` units from a date the text names ("three days after Easter").
    ShiftFrom { unit: Unit, n: i64, base: Box<Sem> },
    /// A decade by its first three digits ("199" for the 1990s).
    Decade(i32),
    /// A century by its first two digits ("18" for the 19th century).
    Century(i32),
    /// A weekday; `shift`: 0 bare, -1 "last", 1 "next" (in next week),
    /// 3 "of this week", -2 "of last week" (in the previous ISO week).
    Weekday { wd: u8, shift: i8 },
    /// Days from the publication date ("yesterday" = -1).
    DayOffset(i64),
    /// A calendar unit counted from the publication date ("last week").
    RelUnit { unit: Unit, n: i64 },
    /// `n` units from the publication date (`anchor == false`, "two days
    /// ago") or from the last date of the article ("three days later").
    Offset { unit: Unit, n: i64, anchor: bool },
    /// The unit holding the last date mentioned, moved by `n` ("the
    /// following week", "that day", "the same year"); from publication
    /// when the article gave no date before.
    AnchorUnit { unit: Unit, n: i64 },
    /// `n` units after publication ("in two weeks"); kept only in a
    /// sentence about the future.
    After { unit: Unit, n: i64 },
    /// A quarter; `rel` = year offset from the publication year.
    Quarter {
        y: Option<i32>,
        q: u8,
        rel: Option<i64>,
    },
    /// "the same quarter last year": the last quarter mentioned, moved.
    SameQuarter { rel: i64 },
    /// A half year.
    Half {
        y: Option<i32>,
        h: u8,
        rel: Option<i64>,
    },
    /// A season.
    Season {
        y: Option<i32>,
        code: &'static str,
        start: u8,
        rel: Option<i64>,
    },
    /// A holiday.
    Holiday {
        rule: Rule,
        y: Option<i32>,
        rel: Option<i64>,
    },
    /// A holiday in the year counted from the publication year
    /// ("Thanksgiving of next year").
    HolidayOfYear { rule: Rule, rel: i64 },
    /// A weekend; `shift` as for weekdays.
    Weekend { shift: i8 },
    /// A part of a day ("last night", "this morning").
    PartOfDay { day: i64, code: &'static str },
    /// A time of day.
    Time { h: u8, mi: u8 },
    /// A fiscal year.
    Fiscal(i32),
    /// A duration, already in TIMEX3 form ("P3Y").
    Duration(String),
    /// A set, already in TIMEX3 form ("P1Y").
    Set(String),
    /// An interval.
    Interval(Box<Sem>, Box<Sem>),
}

/// A place on the calendar at some grain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Val {
    Day(Date),
    Month(i32, u8),
    Year(i32),
    Week(i32, u8),
    Weekend(i32, u8),
    Quarter(i32, u8),
    Half(i32, u8),
    Season(i32, &'static str),
    Decade(i32),
    Century(i32),
    Time(Date, u8, u8),
    PartOfDay(Date, &'static str),
    Fiscal(i32),
}

impl Val {
    /// The TIMEX3 value string.
    pub(crate) fn timex(&self) -> Text {
        match *self {
            Val::Day(d) => day_string(d),
            Val::Month(y, m) if (0..=9999).contains(&y) && m < 100 => {
                let mut s = Ascii::default();
                s.digits(y.unsigned_abs(), 4);
                s.push(b'-');
                s.digits(u32::from(m), 2);
                s.text()
            }
            Val::Month(y, m) => Text::format(format_args!("{}-{m:02}", year4(y))),
            Val::Year(y) => year4(y),
            Val::Week(y, w) => Text::format(format_args!("{}-W{w:02}", year4(y))),
            Val::Weekend(y, w) => Text::format(format_args!("{}-W{w:02}-WE", year4(y))),
            Val::Quarter(y, q) => Text::format(format_args!("{}-Q{q}", year4(y))),
            Val::Half(y, h) => Text::format(format_args!("{}-H{h}", year4(y))),
            Val::Season(y, c) => Text::format(format_args!("{}-{c}", year4(y))),
            Val::Decade(d) => Text::format(format_args!("{d:03}")),
            Val::Century(c) => Text::format(format_args!("{c:02}")),
            Val::Time(d, h, m) if h < 100 && m < 100 && day_is_plain(d) => {
                let mut s = Ascii::default();
                s.day(d);
                s.push(b'T');
                s.digits(u32::from(h), 2);
                s.push(b':');
                s.digits(u32::from(m), 2);
                s.text()
            }
            Val::Time(d, h, m) => Text::format(format_args!("{d}T{h:02}:{m:02}")),
            Val::PartOfDay(d, c) => Text::format(format_args!("{d}T{c}")),
            Val::Fiscal(y) => Text::format(format_args!("FY{}", year4(y))),
        }
    }

    /// The year the value lies in, if it lies in one.
    pub(crate) fn year(&self) -> Option<i32> {
        match *self {
            Val::Day(d) | Val::Time(d, ..) | Val::PartOfDay(d, _) => Some(d.year()),
            Val::Month(y, _)
            | Val::Year(y)
            | Val::Quarter(y, _)
            | Val::Half(y, _)
            | Val::Season(y, _)
            | Val::Fiscal(y) => Some(y),
            Val::Week(..) | Val::Weekend(..) | Val::Decade(_) | Val::Century(_) => None,
        }
    }

    /// The day, for day-grain values.
    pub(crate) fn day(&self) -> Option<Date> {
        match *self {
            Val::Day(d) | Val::Time(d, ..) | Val::PartOfDay(d, _) => Some(d),
            _ => None,
        }
    }

    /// The month, for month-grain or finer values.
    fn month(&self) -> Option<(i32, u8)> {
        match *self {
            Val::Month(y, m) => Some((y, m)),
            _ => self.day().map(|d| (d.year(), d.month())),
        }
    }
}

fn year4(y: i32) -> Text {
    if (0..=9999).contains(&y) {
        let mut s = Ascii::default();
        s.digits(y.unsigned_abs(), 4);
        return s.text();
    }
    if y < 0 {
        Text::format(format_args!("-{:04}", -i64::from(y)))
    } else {
        Text::format(format_args!("{y:04}"))
    }
}

/// `d` as "YYYY-MM-DD" (its `Display`), written without the formatting
/// machinery for the years 0 to 9999.
pub(crate) fn day_string(d: Date) -> Text {
    if !day_is_plain(d) {
        return Text::format(format_args!("{d}"));
    }
    let mut s = Ascii::default();
    s.day(d);
    s.text()
}

/// Whether `d` is written "YYYY-MM-DD" with four digits of year.
fn day_is_plain(d: Date) -> bool {
    (0..=9999).contains(&d.year()) && d.month() < 100 && d.day() < 100
}

/// A short ASCII value written into a stack buffer and made a [`Text`]
/// once (pushing a char at a time onto a `Text` costs a capacity check
/// per char).
#[derive(Default)]
struct Ascii {
    buf: [u8; 24],
    len: usize,
}

impl Ascii {
    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    /// Appends the last `width` decimal digits of `n`, zero-padded (`n`
    /// has at most `width` digits where it is called).
    fn digits(&mut self, n: u32, width: u32) {
        for k in (0..width).rev() {
            let digit = (n / 10u32.pow(k)) % 10;
            self.push(b'0' + digit as u8);
        }
    }

    /// Appends "YYYY-MM-DD" (for a day with [`day_is_plain`]).
    fn day(&mut self, d: Date) {
        self.digits(d.year().unsigned_abs(), 4);
        self.push(b'-');
        self.digits(u32::from(d.month()), 2);
        self.push(b'-');
        self.digits(u32::from(d.day()), 2);
    }

    fn text(&self) -> Text {
        // Only ASCII bytes are ever pushed.
        Text::new(std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default())
    }
}

/// What the resolver knows when it places an expression.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ctx {
    pub published: Option<Date>,
    pub direction: Direction,
    /// The last date the article mentioned (for "three days later").
    pub anchor: Option<Val>,
    /// The last quarter the article mentioned (for "the same quarter").
    pub quarter: Option<(i32, u8)>,
}

fn ymd(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

/// Picks among the same calendar position in three consecutive years
/// (`f(year)`), the one the direction implies relative to `p`.
fn pick_year<T: Copy + Ord>(
    p: T,
    y0: i32,
    dir: Direction,
    f: impl Fn(i32) -> Option<T>,
) -> Option<i32> {
    let cands: Vec<(i32, T)> = (y0 - 1..=y0 + 1)
        .filter_map(|y| f(y).map(|v| (y, v)))
        .collect();
    match dir {
        Direction::Past => cands.iter().rev().find(|(_, v)| *v <= p).map(|c| c.0),
        Direction::Future => cands.iter().find(|(_, v)| *v >= p).map(|c| c.0),
        Direction::Nearest => None,
    }
}

fn add_months(y: i32, m: u8, n: i64) -> (i32, u8) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + n;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u8)
}

fn holiday_date(rule: Rule, y: i32) -> Option<Date> {
    match rule {
        Rule::Fixed(m, d) => ymd(y, m, d),
        Rule::Easter(n) => Some(easter(y).add_days(i64::from(n))),
        Rule::Nth(m, wd, n) => Some(nth_weekday(y, m, wd, n)),
        Rule::NthPlus(m, wd, n, k) => Some(nth_weekday(y, m, wd, n).add_days(i64::from(k))),
        Rule::OrthodoxEaster(n) => Some(orthodox_easter(y)?.add_days(i64::from(n))),
        Rule::FixedNotSunday(m, d) => {
            let x = ymd(y, m, d)?;
            Some(if x.weekday() == 6 { x.add_days(-1) } else { x })
        }
        Rule::FixedNearestWeekday(m, d) => {
            let x = ymd(y, m, d)?;
            Some(match x.weekday() {
                5 => x.add_days(-1),
                6 => x.add_days(1),
                _ => x,
            })
        }
        lunar => lunar.in_year(y).map(|d| d.0),
    }
}

/// The number of days a holiday placed on `v` spans, when more than one
/// (Ramadan, Passover, Navaratri): it is then an interval from `v`.
pub(crate) fn holiday_len(sem: &Sem, v: Val) -> Option<i64> {
    let (Sem::Holiday { rule, .. } | Sem::HolidayOfYear { rule, .. }) = sem else {
        return None;
    };
    let Val::Day(d) = v else {
        return None;
    };
    rule.all_in_year(d.year())
        .into_iter()
        .find(|(first, len)| *first == d && *len > 1)
        .map(|x| x.1)
}

/// Orthodox Easter Sunday: Meeus' Julian computus, moved to the
/// Gregorian calendar (13 days from 1900 to 2099, 14 from 2100).
fn orthodox_easter(y: i32) -> Option<Date> {
    let (a, b, c) = (y.rem_euclid(4), y.rem_euclid(7), y.rem_euclid(19));
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34).rem_euclid(7);
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let shift = y / 100 - y / 400 - 2;
    Some(ymd(y, month as u8, day as u8)?.add_days(i64::from(shift)))
}

fn week_val(d: Date) -> Val {
    let (y, w) = d.iso_week();
    Val::Week(y, w)
}

/// Places `sem` on the calendar; `None` when it cannot be placed (a
/// relative expression without a publication date, an impossible date).
pub(crate) fn resolve(sem: &Sem, c: &Ctx) -> Option<Val> {
    let pubd = c.published;
    let dir = c.direction;
    let near = |ds: &[Option<Date>], p: Date| -> Option<Date> {
        ds.iter()
            .flatten()
            .min_by_key(|d| (d.to_days() - p.to_days()).abs())
            .copied()
    };
    Some(match *sem {
        Sem::Ymd { y: Some(y), m, d } => Val::Day(ymd(y, m, d)?),
        Sem::Ymd { y: None, m, d } => {
            let p = pubd?;
            let y = match dir {
                Direction::Nearest => near(
                    &[
                        ymd(p.year() - 1, m, d),
                        ymd(p.year(), m, d),
                        ymd(p.year() + 1, m, d),
                    ],
                    p,
                )?
                .year(),
                _ => pick_year(p, p.year(), dir, |y| ymd(y, m, d))?,
            };
            Val::Day(ymd(y, m, d)?)
        }
        Sem::Ym { y: Some(y), m } => Val::Month(y, m),
        Sem::Ym { y: None, m } => {
            let p = pubd?;
            let pm = (p.year(), p.month());
            let y = match dir {
                Direction::Nearest => {
                    let diff = i32::from(m) - i32::from(p.month());
                    if diff > 6 {
                        p.year() - 1
                    } else if diff < -6 {
                        p.year() + 1
                    } else {
                        p.year()
                    }
                }
                _ => pick_year(pm, p.year(), dir, |y| Some((y, m)))?,
            };
            Val::Month(y, m)
        }
        Sem::Year(y) => Val::Year(y),
        Sem::WdDate { wd, m, d } => {
            let p = pubd?;
            let fits: Vec<Date> = (p.year() - 1..=p.year() + 1)
                .filter_map(|y| ymd(y, m, d))
                .filter(|x| x.weekday() == wd)
                .collect();
            match fits.len() {
                0 => resolve(&Sem::Ymd { y: None, m, d }, c)?,
                _ => Val::Day(near(&fits.iter().map(|x| Some(*x)).collect::<Vec<_>>(), p)?),
            }
        }
        Sem::WdDom { wd, d } => {
            let p = pubd?;
            let step: i64 = if dir == Direction::Past { -1 } else { 1 };
            let mut found = None;
            for k in 0..28 {
                let (y, m) = add_months(p.year(), p.month(), step * k);
                if let Some(x) = ymd(y, m, d) {
                    let ok = if step < 0 { x <= p } else { x >= p };
                    if ok && x.weekday() == wd {
                        found = Some(x);
                        break;
                    }
                }
            }
            Val::Day(found?)
        }
        Sem::NthWd { n, wd, ref month } => match resolve(month, c)? {
            Val::Month(y, m) => {
                let x = nth_weekday(y, m, wd, n);
                if x.month() != m {
                    return None;
                }
                Val::Day(x)
            }
            _ => return None,
        },
        Sem::DayOf { d, ref month } => match resolve(month, c)? {
            Val::Month(y, m) => Val::Day(ymd(y, m, d)?),
            _ => return None,
        },
        Sem::MonthOfYear { m, rel } => Val::Month(pubd?.year() + rel as i32, m),
        Sem::RelMonth { m, n } => {
            let p = pubd?;
            let y = match n {
                -1 if m < p.month() => p.year(),
                -1 => p.year() - 1,
                1 if m > p.month() => p.year(),
                1 => p.year() + 1,
                // "March after next": the one after the next.
                2 if m > p.month() => p.year() + 1,
                2 => p.year() + 2,
                _ => p.year(),
            };
            Val::Month(y, m)
        }
        Sem::WeekdayCount { wd, n, ref base } => {
            let p = match base {
                Some(b) => resolve(b, c)?.day()?,
                None => pubd?,
            };
            let (pw, w) = (i64::from(p.weekday()), i64::from(wd));
            if n > 0 {
                let fwd = (w - pw).rem_euclid(7);
                let first = if fwd == 0 { 7 } else { fwd };
                Val::Day(p.add_days(first + 7 * (n - 1)))
            } else {
                let back = (pw - w).rem_euclid(7);
                let first = if back == 0 { 7 } else { back };
                Val::Day(p.add_days(-first + 7 * (n + 1)))
            }
        }
        Sem::UnitOf {
            unit,
            n,
            ref within,
        } => {
            // The period as [start, end) days.
            let (start, end) = match resolve(within, c)? {
                Val::Month(y, m) => {
                    let s = ymd(y, m, 1)?;
                    (s, s.add_days(i64::from(days_in_month(y, m))))
                }
                Val::Year(y) => (ymd(y, 1, 1)?, ymd(y + 1, 1, 1)?),
                _ => return None,
            };
            let n = i64::from(n);
            match unit {
                Unit::Day => {
                    let d = if n > 0 {
                        start.add_days(n - 1)
                    } else {
                        end.add_days(n)
                    };
                    if d < start || d >= end {
                        return None;
                    }
                    Val::Day(d)
                }
                Unit::Week => {
                    // First Monday on or after the start; last Monday whose
                    // week ends before the end.
                    let first = start.add_days((7 - i64::from(start.weekday())) % 7);
                    let last = end.add_days(-7 - i64::from(end.weekday()));
                    let monday = if n > 0 {
                        first.add_days(7 * (n - 1))
                    } else {
                        last.add_days(7 * (n + 1))
                    };
                    if monday < first || monday > last {
                        return None;
                    }
                    week_val(monday)
                }
                _ => return None,
            }
        }
        Sem::WeekendOf { n, ref within } => {
            let (start, end) = match resolve(within, c)? {
                Val::Month(y, m) => {
                    let s = ymd(y, m, 1)?;
                    (s, s.add_days(i64::from(days_in_month(y, m))))
                }
                Val::Year(y) => (ymd(y, 1, 1)?, ymd(y + 1, 1, 1)?),
                _ => return None,
            };
            // Saturdays (weekday 5) inside the period.
            let first = start.add_days((5 - i64::from(start.weekday())).rem_euclid(7));
            let last = end.add_days(-1 - (i64::from(end.add_days(-1).weekday()) - 5).rem_euclid(7));
            let n = i64::from(n);
            let sat = if n > 0 {
                first.add_days(7 * (n - 1))
            } else {
                last.add_days(7 * (n + 1))
            };
            if sat < first || sat > last {
                return None;
            }
            let (y, w) = sat.iso_week();
            Val::Weekend(y, w)
        }
        // A week named by a day is the week that day begins in US usage,
        // where weeks start on Sunday: "the week of October 6" (a Sunday)
        // is the ISO week from Monday October 7.
        Sem::WeekOf(ref day) => match resolve(day, c)? {
            Val::Day(d) if d.weekday() == 6 => week_val(d.add_days(1)),
            Val::Day(d) => week_val(d),
            _ => return None,
        },
        Sem::Dom(d) => {
            let p = pubd?;
            let step: i64 = if dir == Direction::Past { -1 } else { 1 };
            let mut found = None;
            for k in 0..3 {
                let (y, m) = add_months(p.year(), p.month(), step * k);
                if let Some(x) = ymd(y, m, d) {
                    if (step < 0 && x <= p) || (step > 0 && x >= p) {
                        found = Some(x);
                        break;
                    }
                }
            }
            Val::Day(found?)
        }
        Sem::ShiftFrom { unit, n, ref base } => shift(resolve(base, c)?, unit, n)?,
        Sem::Decade(d) => Val::Decade(d),
        Sem::Century(cn) => Val::Century(cn),
        Sem::Fiscal(y) => Val::Fiscal(y),
        Sem::Weekday { wd, shift } => {
            let p = pubd?;
            let pw = i64::from(p.weekday());
            let w = i64::from(wd);
            let back = (pw - w).rem_euclid(7);
            let fwd = (w - pw).rem_euclid(7);
            let d = match shift {
                -1 => p.add_days(-(if back == 0 { 7 } else { back })),
                -2 => p.add_days(w - pw - 7),
                1 => p.add_days(7 - pw + w),
                3 => p.add_days(w - pw),
                _ => match dir {
                    Direction::Past => p.add_days(-back),
                    Direction::Future => p.add_days(fwd),
                    Direction::Nearest => {
                        if back <= fwd {
                            p.add_days(-back)
                        } else {
                            p.add_days(fwd)
                        }
                    }
                },
            };
            Val::Day(d)
        }
        Sem::DayOffset(n) => Val::Day(pubd?.add_days(n)),
        Sem::PartOfDay { day, code } => Val::PartOfDay(pubd?.add_days(day), code),
        Sem::RelUnit { unit, n } => {
            let p = pubd?;
            match unit {
                Unit::Day => Val::Day(p.add_days(n)),
                Unit::Week => week_val(p.add_days(7 * n)),
                Unit::Month => {
                    let (y, m) = add_months(p.year(), p.month(), n);
                    Val::Month(y, m)
                }
                Unit::Quarter => {
                    let q0 = i64::from(p.year()) * 4 + i64::from((p.month() - 1) / 3) + n;
                    Val::Quarter(q0.div_euclid(4) as i32, (q0.rem_euclid(4) + 1) as u8)
                }
                Unit::Year => Val::Year(p.year() + n as i32),
                Unit::Decade => Val::Decade(p.year() / 10 + n as i32),
                Unit::Century => Val::Century(p.year() / 100 + n as i32),
                Unit::Hour => return None,
            }
        }
        Sem::Offset { unit, n, anchor } => {
            // Without an earlier date, "the following week" counts from
            // the publication date.
            // Counting back from a date after publication ("the previous
            // year" after "a contract until 2028") counts from publication.
            let ahead = |v: &Val| match (v.year(), pubd) {
                (Some(y), Some(p)) => y > p.year(),
                _ => false,
            };
            let base = match c.anchor {
                Some(a) if anchor && !(n < 0 && ahead(&a)) => a,
                _ if anchor => pubd.map(Val::Day)?,
                _ => Val::Day(pubd?),
            };
            match unit {
                Unit::Day => Val::Day(base.day()?.add_days(n)),
                Unit::Week => Val::Day(base.day()?.add_days(7 * n)),
                Unit::Month => {
                    let (y, m) = base.month()?;
                    let (y, m) = add_months(y, m, n);
                    Val::Month(y, m)
                }
                Unit::Quarter => {
                    let (y, m) = base.month()?;
                    let (y, m) = add_months(y, m, 3 * n);
                    Val::Quarter(y, (m - 1) / 3 + 1)
                }
                Unit::Year => Val::Year(base.year()? + n as i32),
                Unit::Decade => Val::Year(base.year()? + 10 * n as i32),
                // "48 hours ago": whole days only.
                Unit::Hour if n % 24 == 0 => Val::Day(base.day()?.add_days(n / 24)),
                Unit::Century | Unit::Hour => return None,
            }
        }
        Sem::After { unit, n } => resolve(
            &Sem::Offset {
                unit,
                n,
                anchor: false,
            },
            c,
        )?,
        Sem::AnchorUnit { unit, n } => {
            let ahead = |v: &Val| match (v.year(), pubd) {
                (Some(y), Some(p)) => y > p.year(),
                _ => false,
            };
            let base = match c.anchor {
                Some(a) if !(n < 0 && ahead(&a)) => a,
                _ => Val::Day(pubd?),
            };
            match unit {
                Unit::Day => Val::Day(base.day()?.add_days(n)),
                Unit::Week => week_val(base.day()?.add_days(7 * n)),
                Unit::Month => {
                    let (y, m) = base.month()?;
                    let (y, m) = add_months(y, m, n);
                    Val::Month(y, m)
                }
                Unit::Quarter => {
                    let (y, m) = base.month()?;
                    let (y, m) = add_months(y, m, 3 * n);
                    Val::Quarter(y, (m - 1) / 3 + 1)
                }
                Unit::Year => Val::Year(base.year()? + n as i32),
                _ => return None,
            }
        }
        Sem::Quarter { y, q, rel } => {
            let y = match (y, rel) {
                (Some(y), _) => y,
                (None, Some(r)) => pubd?.year() + r as i32,
                (None, None) => {
                    let p = pubd?;
                    let pq = (p.year(), (p.month() - 1) / 3 + 1);
                    match dir {
                        Direction::Nearest => p.year(),
                        _ => pick_year(pq, p.year(), dir, |y| Some((y, q)))?,
                    }
                }
            };
            Val::Quarter(y, q)
        }
        Sem::SameQuarter { rel } => {
            let (y, q) = c.quarter.or_else(|| {
                let p = pubd?;
                Some((p.year(), (p.month() - 1) / 3 + 1))
            })?;
            Val::Quarter(y + rel as i32, q)
        }
        Sem::Half { y, h, rel } => {
            let y = match (y, rel) {
                (Some(y), _) => y,
                (None, Some(r)) => pubd?.year() + r as i32,
                (None, None) => {
                    let p = pubd?;
                    let ph = (p.year(), if p.month() <= 6 { 1 } else { 2 });
                    match dir {
                        Direction::Nearest => p.year(),
                        _ => pick_year(ph, p.year(), dir, |y| Some((y, h)))?,
                    }
                }
            };
            Val::Half(y, h)
        }
        Sem::Season {
            y,
            code,
            start,
            rel,
        } => {
            let y = match (y, rel) {
                (Some(y), _) => y,
                (None, r) => {
                    let p = pubd?;
                    // The season the publication date is in, as (year, start month).
                    let cur = if p.month() == 12 {
                        (p.year(), 12)
                    } else if p.month() < 3 {
                        (p.year() - 1, 12)
                    } else {
                        (p.year(), (p.month() - 3) / 3 * 3 + 3)
                    };
                    let base = match dir {
                        Direction::Nearest => cur.0,
                        _ => pick_year(cur, p.year(), dir, |y| Some((y, start)))?,
                    };
                    match r {
                        Some(0) => {
                            if start < cur.1 && cur.1 == 12 {
                                cur.0 + 1
                            } else if start == 12 {
                                cur.0
                            } else {
                                p.year()
                            }
                        }
                        Some(-1) => pick_year(cur, p.year(), Direction::Past, |y| Some((y, start)))
                            .map(|y| if (y, start) == cur { y - 1 } else { y })?,
                        Some(1) => {
                            pick_year(cur, p.year(), Direction::Future, |y| Some((y, start)))
                                .map(|y| if (y, start) == cur { y + 1 } else { y })?
                        }
                        _ => base,
                    }
                }
            };
            Val::Season(y, code)
        }
        // A lunar holiday can fall twice in a Gregorian year: "next Eid"
        // is the next occurrence, not the one of next year.
        Sem::Holiday {
            rule,
            y: None,
            rel: rel @ (None | Some(-1) | Some(1)),
        } if rule.is_lunar() => {
            let p = pubd?;
            let days: Vec<Date> = (p.year() - 1..=p.year() + 1)
                .flat_map(|y| rule.all_in_year(y))
                .map(|x| x.0)
                .collect();
            let past = || days.iter().rev().find(|d| **d < p).copied();
            let fut = || days.iter().find(|d| **d > p).copied();
            let on = days.iter().find(|d| **d == p).copied();
            Val::Day(match (rel, dir) {
                (Some(-1), _) => past()?,
                (Some(_), _) => fut()?,
                (None, Direction::Past) => on.or_else(past)?,
                (None, Direction::Future) => on.or_else(fut)?,
                (None, Direction::Nearest) => near(&[past(), on, fut()], p)?,
            })
        }
        Sem::Holiday { rule, y, rel } => {
            let y = match (y, rel) {
                (Some(y), _) => y,
                (None, Some(r)) => {
                    let p = pubd?;
                    let past = pick_year(p, p.year(), Direction::Past, |y| {
                        holiday_date(rule, y).filter(|d| *d != p)
                    });
                    let fut = pick_year(p, p.year(), Direction::Future, |y| {
                        holiday_date(rule, y).filter(|d| *d != p)
                    });
                    match r {
                        -1 => past?,
                        1 => fut?,
                        // "this Christmas": this year's, or the coming one
                        // in a sentence about the future once this year's
                        // has passed.
                        _ if dir == Direction::Future
                            && holiday_date(rule, p.year()).is_some_and(|d| d < p) =>
                        {
                            p.year() + 1
                        }
                        _ => p.year(),
                    }
                }
                (None, None) => {
                    let p = pubd?;
                    match dir {
                        Direction::Nearest => near(
                            &[
                                holiday_date(rule, p.year() - 1),
                                holiday_date(rule, p.year()),
                                holiday_date(rule, p.year() + 1),
                            ],
                            p,
                        )?
                        .year(),
                        _ => pick_year(p, p.year(), dir, |y| holiday_date(rule, y))?,
                    }
                }
            };
            Val::Day(holiday_date(rule, y)?)
        }
        Sem::HolidayOfYear { rule, rel } => {
            Val::Day(holiday_date(rule, pubd?.year() + rel as i32)?)
        }
        Sem::Weekend { shift } => {
            let p = pubd?;
            let pw = i64::from(p.weekday());
            // Saturday of the weekend meant.
            let sat = match shift {
                -1 => p.add_days(5 - pw - 7),
                1 => p.add_days(5 - pw + 7),
                0 if dir == Direction::Past && pw < 5 => p.add_days(5 - pw - 7),
                _ => p.add_days(5 - pw),
            };
            let (y, w) = sat.iso_week();
            Val::Weekend(y, w)
        }
        Sem::Time { .. } | Sem::Duration(_) | Sem::Set(_) | Sem::Interval(..) => return None,
    })
}

/// `base` moved by `n` units, at the grain of the unit (days and weeks
/// need a day, months a month, years a year).
fn shift(base: Val, unit: Unit, n: i64) -> Option<Val> {
    Some(match unit {
        Unit::Day => Val::Day(base.day()?.add_days(n)),
        Unit::Week => Val::Day(base.day()?.add_days(7 * n)),
        Unit::Month => {
            let (y, m) = base.month()?;
            let (y, m) = add_months(y, m, n);
            Val::Month(y, m)
        }
        Unit::Year => Val::Year(base.year()? + n as i32),
        _ => return None,
    })
}

/// Whether a day exists (used by the parser for day numbers).
pub(crate) fn valid_day(m: u8, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= u32::from(days_in_month(2000, m))
}
