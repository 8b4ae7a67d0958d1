//! Clock times and weekdays as the person lives them: the browser gives a moment (milliseconds
//! since 1970 UTC) and the offset of the local clock at that moment; everything the reminders
//! decide (quiet hours, weekdays, calendar times) is in that local clock.
//!
//! The offset is taken once for each calculation, so around a daylight-saving change a prompt
//! computed before it can be up to an hour off the wall clock; the next block is right again.

use serde::{Deserialize, Serialize};

use crate::core::record::civil_from_days;

pub const MINUTES_PER_DAY: u16 = 1440;
pub const MS_PER_MINUTE: u64 = 60_000;
const MS_PER_DAY: i64 = 86_400_000;

/// A time of day on the local clock, in minutes after midnight (0..1440).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct LocalTime(u16);

impl LocalTime {
    pub const MIDNIGHT: LocalTime = LocalTime(0);

    pub fn from_minutes(minutes: u16) -> Option<LocalTime> {
        (minutes < MINUTES_PER_DAY).then_some(LocalTime(minutes))
    }

    /// `hour` 0..24 and `minute` 0..60, or nothing.
    pub fn hm(hour: u8, minute: u8) -> Option<LocalTime> {
        (hour < 24 && minute < 60).then(|| LocalTime(u16::from(hour) * 60 + u16::from(minute)))
    }

    /// What an `<input type="time">` holds: "HH:MM" (seconds, if a browser adds them, ignored).
    pub fn parse(text: &str) -> Option<LocalTime> {
        let mut parts = text.trim().split(':');
        let hour = parts.next()?;
        let minute = parts.next()?;
        if hour.len() != 2 || minute.len() != 2 {
            return None;
        }
        LocalTime::hm(hour.parse().ok()?, minute.parse().ok()?)
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn hour(self) -> u8 {
        (self.0 / 60) as u8
    }

    pub fn minute(self) -> u8 {
        (self.0 % 60) as u8
    }

    /// "HH:MM", as the time field shows it.
    pub fn text(self) -> String {
        format!("{:02}:{:02}", self.hour(), self.minute())
    }
}

impl TryFrom<u16> for LocalTime {
    type Error = &'static str;

    fn try_from(minutes: u16) -> Result<LocalTime, &'static str> {
        LocalTime::from_minutes(minutes).ok_or("a time of day is under 1440 minutes")
    }
}

impl From<LocalTime> for u16 {
    fn from(time: LocalTime) -> u16 {
        time.0
    }
}

/// A day of the week, Monday first (ISO 8601).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// 0 for Monday .. 6 for Sunday.
    pub fn index(self) -> u8 {
        self as u8
    }

    /// The weekday of a local day counted from 1970-01-01, which was a Thursday.
    pub fn of_day(day: LocalDay) -> Weekday {
        Weekday::ALL[(day.0 + 3).rem_euclid(7) as usize]
    }

    /// RFC 5545's two-letter code (`BYDAY`).
    pub fn ical_code(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }
}

/// A set of weekdays, one bit each (Monday is bit 0).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "u8", into = "u8")]
pub struct WeekdaySet(u8);

impl WeekdaySet {
    pub const NONE: WeekdaySet = WeekdaySet(0);
    /// Monday to Friday.
    pub const WORKDAYS: WeekdaySet = WeekdaySet(0b001_1111);
    pub const EVERY_DAY: WeekdaySet = WeekdaySet(0b111_1111);

    pub fn of(days: &[Weekday]) -> WeekdaySet {
        days.iter()
            .fold(WeekdaySet::NONE, |set, day| set.with(*day, true))
    }

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.index()) != 0
    }

    pub fn with(self, day: Weekday, on: bool) -> WeekdaySet {
        let bit = 1 << day.index();
        WeekdaySet(if on { self.0 | bit } else { self.0 & !bit })
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The days in the set, Monday first.
    pub fn days(self) -> impl Iterator<Item = Weekday> {
        Weekday::ALL.into_iter().filter(move |d| self.contains(*d))
    }
}

impl From<u8> for WeekdaySet {
    /// Bits past Sunday mean nothing and are dropped.
    fn from(bits: u8) -> WeekdaySet {
        WeekdaySet(bits & WeekdaySet::EVERY_DAY.0)
    }
}

impl From<WeekdaySet> for u8 {
    fn from(set: WeekdaySet) -> u8 {
        set.0
    }
}

/// A date on the local calendar, as days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDay(pub i64);

impl LocalDay {
    pub fn weekday(self) -> Weekday {
        Weekday::of_day(self)
    }

    /// (year, month 1-12, day 1-31).
    pub fn civil(self) -> (i64, u32, u32) {
        civil_from_days(self.0)
    }

    pub fn next(self) -> LocalDay {
        LocalDay(self.0 + 1)
    }
}

/// A moment as the local clock shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalMoment {
    pub day: LocalDay,
    pub time: LocalTime,
}

/// The local day and time of `utc_ms`, for a clock `offset_minutes` ahead of UTC (negative
/// west of Greenwich, as `-Date.getTimezoneOffset()`).
pub fn local_moment(utc_ms: u64, offset_minutes: i32) -> LocalMoment {
    let local_ms = utc_ms as i64 + i64::from(offset_minutes) * MS_PER_MINUTE as i64;
    let day = local_ms.div_euclid(MS_PER_DAY);
    let minutes = (local_ms.rem_euclid(MS_PER_DAY) / MS_PER_MINUTE as i64) as u16;
    LocalMoment {
        day: LocalDay(day),
        time: LocalTime(minutes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_moment_lands_on_its_local_day_and_time() {
        // 2026-12-02T06:15:00Z is a Wednesday; in UTC+1 it is 07:15, in UTC-8 22:15 on Tuesday.
        let ms = 1_796_192_100_000;
        let utc = local_moment(ms, 0);
        assert_eq!(utc.day.civil(), (2026, 12, 2));
        assert_eq!(utc.day.weekday(), Weekday::Wednesday);
        assert_eq!(utc.time, LocalTime::hm(6, 15).unwrap());
        let berlin = local_moment(ms, 60);
        assert_eq!(berlin.time.text(), "07:15");
        let la = local_moment(ms, -480);
        assert_eq!(
            (la.day.weekday(), la.time.text()),
            (Weekday::Tuesday, "22:15".into())
        );
    }

    #[test]
    fn time_fields_parse_and_print_back() {
        assert_eq!(
            LocalTime::parse("08:05").map(LocalTime::text),
            Some("08:05".into())
        );
        assert_eq!(
            LocalTime::parse("23:59:30").map(LocalTime::minutes),
            Some(1439)
        );
        for bad in ["", "8:05", "24:00", "12:60", "ab:cd", "12"] {
            assert_eq!(LocalTime::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn weekday_sets_hold_what_was_put_in_and_drop_unknown_bits() {
        let set = WeekdaySet::of(&[Weekday::Monday, Weekday::Sunday]);
        assert!(set.contains(Weekday::Monday) && set.contains(Weekday::Sunday));
        assert!(!set.contains(Weekday::Friday));
        assert_eq!(set.days().count(), 2);
        assert_eq!(WeekdaySet::from(0xff), WeekdaySet::EVERY_DAY);
        assert!(WeekdaySet::WORKDAYS.days().all(|d| d < Weekday::Saturday));
    }
}
