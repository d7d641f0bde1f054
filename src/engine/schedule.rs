//! When a support clock runs: weekly open windows in a time zone, minus holidays.

use super::Interval;
use crate::zones::Zone;
use chrono::LocalResult;
use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};

/// A daily open window in wall-clock minutes after midnight, `[opens, closes)`.
///
/// `closes` may be `24 * 60`: the window then ends at the next day's midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DailyWindow {
    opens: u32,
    closes: u32,
}

impl DailyWindow {
    /// A window from `opens` to `closes` minutes after midnight. `None` unless
    /// `opens < closes <= 24 * 60`.
    ///
    /// ```
    /// use sla_calculator::engine::DailyWindow;
    ///
    /// assert!(DailyWindow::new(9 * 60, 17 * 60).is_some());
    /// assert!(DailyWindow::new(17 * 60, 9 * 60).is_none());
    /// ```
    pub fn new(opens: u32, closes: u32) -> Option<DailyWindow> {
        (opens < closes && closes <= 24 * 60).then_some(DailyWindow { opens, closes })
    }

    /// The whole day, midnight to midnight (the 24x5 clock's window).
    pub const WHOLE_DAY: DailyWindow = DailyWindow {
        opens: 0,
        closes: 24 * 60,
    };

    /// Minutes after midnight at which the window opens.
    pub fn opens(&self) -> u32 {
        self.opens
    }

    /// Minutes after midnight at which the window closes (up to `24 * 60`).
    pub fn closes(&self) -> u32 {
        self.closes
    }

    /// The window's nominal length on the wall clock (ignoring DST changes).
    pub fn nominal_length(&self) -> Duration {
        Duration::minutes(i64::from(self.closes - self.opens))
    }
}

/// Weekly open hours in one time zone: Monday to Friday during a daily window,
/// except holiday dates (local dates).
///
/// Wall times that do not exist or occur twice are resolved as rules §3 (docs/rules.md) says:
/// a time in a spring-forward gap is read with the offset in force before the
/// transition, an ambiguous one is the earlier instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    zone: Zone,
    window: DailyWindow,
    holidays: Vec<NaiveDate>,
    holidays_until: Option<NaiveDate>,
}

impl Schedule {
    /// Business hours: Monday–Friday during `window`, closed on `holidays`.
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use sla_calculator::engine::{DailyWindow, Schedule};
    ///
    /// let paris: sla_calculator::zones::Zone = "Europe/Paris".parse().unwrap();
    /// let hours = Schedule::business_hours(paris, DailyWindow::new(9 * 60, 17 * 60).unwrap(), vec![]);
    /// // Monday 30 March 2026, the day after Europe moved to summer time (UTC+2).
    /// let day = NaiveDate::from_ymd_opt(2026, 3, 30).unwrap();
    /// let window = hours.open_interval_on(day).unwrap();
    /// assert_eq!(window.start, Utc.with_ymd_and_hms(2026, 3, 30, 7, 0, 0).unwrap());
    /// assert_eq!(window.end, Utc.with_ymd_and_hms(2026, 3, 30, 15, 0, 0).unwrap());
    /// ```
    pub fn business_hours(
        zone: Zone,
        window: DailyWindow,
        mut holidays: Vec<NaiveDate>,
    ) -> Schedule {
        crate::sort::sort_by_key(&mut holidays, |&date| date);
        holidays.dedup();
        Schedule {
            zone,
            window,
            holidays,
            holidays_until: None,
        }
    }

    /// The same schedule, with its holidays known only up to `until` (the last
    /// date the holiday calendar covers; `None`: every year).
    pub fn with_holidays_until(mut self, until: Option<NaiveDate>) -> Schedule {
        self.holidays_until = until;
        self
    }

    /// The last date the holidays are known for (`None`: every year).
    pub fn holidays_until(&self) -> Option<NaiveDate> {
        self.holidays_until
    }

    /// The 24x5 clock: Monday 00:00 to Saturday 00:00 in `zone`; holidays are
    /// not excluded.
    pub fn twenty_four_five(zone: Zone) -> Schedule {
        Schedule::business_hours(zone, DailyWindow::WHOLE_DAY, Vec::new())
    }

    /// The schedule's time zone.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// The daily window.
    pub fn window(&self) -> DailyWindow {
        self.window
    }

    /// The holiday dates, sorted.
    pub fn holidays(&self) -> &[NaiveDate] {
        &self.holidays
    }

    /// Whether `date` is one of the schedule's holidays.
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.holidays.binary_search(&date).is_ok()
    }

    /// The window of `date` as instants, holidays ignored; `None` on weekends.
    pub fn window_on(&self, date: NaiveDate) -> Option<Interval> {
        if matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            return None;
        }
        let opens = self.resolve(date, self.window.opens)?;
        let closes = self.resolve(date, self.window.closes)?;
        Some(Interval::new(opens, closes))
    }

    /// The open interval `[opens, closes)` of `date` as instants, or `None` when
    /// the schedule is closed that day (weekend or holiday).
    pub fn open_interval_on(&self, date: NaiveDate) -> Option<Interval> {
        if self.is_holiday(date) {
            return None;
        }
        self.window_on(date)
    }

    /// The open interval containing `instant`, or else the next one (within
    /// [`SEARCH_DAYS`](super::SEARCH_DAYS) days); `None` if there is none.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use sla_calculator::engine::{DailyWindow, Schedule};
    ///
    /// let tokyo: sla_calculator::zones::Zone = "Asia/Tokyo".parse().unwrap();
    /// let japan = Schedule::business_hours(tokyo, DailyWindow::new(9 * 60, 17 * 60 + 30).unwrap(), vec![]);
    /// // Saturday 10 January 2026, noon JST: the next window is Monday 09:00–17:30 JST.
    /// let saturday = Utc.with_ymd_and_hms(2026, 1, 10, 3, 0, 0).unwrap();
    /// let monday = japan.current_or_next_interval(saturday).unwrap();
    /// assert_eq!(monday.start, Utc.with_ymd_and_hms(2026, 1, 12, 0, 0, 0).unwrap());
    /// assert_eq!(monday.end, Utc.with_ymd_and_hms(2026, 1, 12, 8, 30, 0).unwrap());
    /// assert!(!japan.is_open_at(saturday));
    /// assert!(japan.is_open_at(monday.start));
    /// assert!(!japan.is_open_at(monday.end));
    /// ```
    pub fn current_or_next_interval(&self, instant: DateTime<Utc>) -> Option<Interval> {
        let first = self.local_date(instant).pred_opt()?;
        first
            .iter_days()
            .take(super::SEARCH_DAYS as usize + 2)
            .filter_map(|date| self.open_interval_on(date))
            .find(|window| window.end > instant)
    }

    /// The stretches the clock runs without stopping, from the window
    /// containing `instant` (or else the next) onwards: windows that meet, such
    /// as 24x5's midnights, join into one.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use sla_calculator::engine::Schedule;
    ///
    /// let london: sla_calculator::zones::Zone = "Europe/London".parse().unwrap();
    /// let weekdays = Schedule::twenty_four_five(london);
    /// // Wednesday 14 January 2026, noon GMT: the 24x5 clock runs from that
    /// // day's window (Wednesday 00:00) to Saturday 00:00 in one stretch, then
    /// // again from the next Monday.
    /// let mut runs = weekdays.runs_from(Utc.with_ymd_and_hms(2026, 1, 14, 12, 0, 0).unwrap());
    /// let first = runs.next().unwrap();
    /// assert_eq!(first.start, Utc.with_ymd_and_hms(2026, 1, 14, 0, 0, 0).unwrap());
    /// assert_eq!(first.end, Utc.with_ymd_and_hms(2026, 1, 17, 0, 0, 0).unwrap());
    /// assert_eq!(runs.next().map(|run| run.start), Some(Utc.with_ymd_and_hms(2026, 1, 19, 0, 0, 0).unwrap()));
    /// ```
    pub fn runs_from(&self, instant: DateTime<Utc>) -> impl Iterator<Item = Interval> + '_ {
        let mut next = self.current_or_next_interval(instant);
        std::iter::from_fn(move || {
            let mut run = next?;
            next = loop {
                match self.current_or_next_interval(run.end) {
                    Some(meets) if meets.start == run.end => run.end = meets.end,
                    other => break other,
                }
            };
            Some(run)
        })
    }

    /// Whether the schedule is open at `instant` (windows are half-open).
    pub fn is_open_at(&self, instant: DateTime<Utc>) -> bool {
        self.current_or_next_interval(instant)
            .is_some_and(|window| window.contains(instant))
    }

    /// The whole local `date` in the schedule's zone, as instants `[start, next start)`.
    pub fn day(&self, date: NaiveDate) -> Option<Interval> {
        Some(Interval::new(
            self.resolve(date, 0)?,
            self.resolve(date.succ_opt()?, 0)?,
        ))
    }

    /// The local date of an instant in the schedule's zone.
    pub fn local_date(&self, instant: DateTime<Utc>) -> NaiveDate {
        instant.with_timezone(&self.zone).date_naive()
    }

    /// The instant of `minutes` after the start of `date` on the zone's wall clock.
    fn resolve(&self, date: NaiveDate, minutes: u32) -> Option<DateTime<Utc>> {
        let wall = NaiveDateTime::new(date, NaiveTime::MIN)
            .checked_add_signed(Duration::minutes(i64::from(minutes)))?;
        wall_to_instant(&self.zone, wall)
    }
}

/// Reads a wall-clock time in `zone`: an ambiguous time is the earlier instant;
/// a time in a gap is read with the offset in force before the transition (so
/// 02:30 in a one-hour spring-forward gap is the instant shown as 03:30).
/// `None` only at the edges of the representable calendar.
///
/// ```
/// use chrono::{NaiveDate, TimeZone, Utc};
/// use sla_calculator::engine::wall_to_instant;
///
/// let new_york: sla_calculator::zones::Zone = "America/New_York".parse().unwrap();
/// // 8 March 2026: clocks jump from 02:00 EST to 03:00 EDT; 02:30 does not exist.
/// let gap = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap().and_hms_opt(2, 30, 0).unwrap();
/// assert_eq!(wall_to_instant(&new_york, gap), Some(Utc.with_ymd_and_hms(2026, 3, 8, 7, 30, 0).unwrap()));
/// // 1 November 2026: 01:30 happens twice; the earlier (EDT, UTC-4) is taken.
/// let fold = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap().and_hms_opt(1, 30, 0).unwrap();
/// assert_eq!(wall_to_instant(&new_york, fold), Some(Utc.with_ymd_and_hms(2026, 11, 1, 5, 30, 0).unwrap()));
/// ```
pub fn wall_to_instant(zone: &Zone, wall: NaiveDateTime) -> Option<DateTime<Utc>> {
    match zone.from_local_datetime(&wall) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.with_timezone(&Utc)),
        LocalResult::None => {
            let before = zone.offset_before_local(&wall).local_minus_utc();
            let utc = wall.checked_sub_signed(Duration::seconds(i64::from(before)))?;
            Some(Utc.from_utc_datetime(&utc))
        }
    }
}
