//! When a support clock runs: weekly open windows in a time zone, special
//! hours on some dates, minus holidays.

use super::week::{DailyWindow, Week};
use super::Interval;
use crate::zones::Zone;
use chrono::LocalResult;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// Open hours in one time zone: a [`Week`] of windows, special hours on some
/// local dates (overrides), closed on holiday dates; with the region's 24x5
/// week and the length of its business day.
///
/// Wall times that do not exist or occur twice are resolved as rules §3 (docs/rules.md) says:
/// a time in a spring-forward gap is read with the offset in force before the
/// transition, an ambiguous one is the earlier instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    zone: Zone,
    week: Week,
    overrides: Vec<(NaiveDate, Vec<DailyWindow>)>,
    holidays: Vec<NaiveDate>,
    holidays_until: Option<NaiveDate>,
    around_the_clock: Week,
    around_the_clock_skips_holidays: bool,
    holiday_windows: Option<Vec<DailyWindow>>,
    business_day: Option<Duration>,
}

/// The longest run [`Schedule::runs_from`] gives: a week (a schedule that
/// never closes gives one run a week, back to back).
const MAX_RUN: Duration = Duration::days(7);

/// What decides a local date's hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayKind {
    /// The week's hours for that weekday.
    Usual,
    /// A holiday: the week's hours are closed.
    Holiday,
    /// An override: special hours (or none) instead of the week's.
    Special,
    /// A holiday with holiday hours: those instead of closing.
    HolidayHours,
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
    /// let window = hours.open_intervals_on(day).next().unwrap();
    /// assert_eq!(window.start, Utc.with_ymd_and_hms(2026, 3, 30, 7, 0, 0).unwrap());
    /// assert_eq!(window.end, Utc.with_ymd_and_hms(2026, 3, 30, 15, 0, 0).unwrap());
    /// ```
    pub fn business_hours(zone: Zone, window: DailyWindow, holidays: Vec<NaiveDate>) -> Schedule {
        Schedule::weekly(zone, Week::weekdays(window), holidays)
    }

    /// Weekly hours: each weekday's windows, closed on `holidays`. A business
    /// day lasts the length open days share, unless
    /// [`with_business_day`](Schedule::with_business_day) says otherwise.
    pub fn weekly(zone: Zone, week: Week, mut holidays: Vec<NaiveDate>) -> Schedule {
        crate::sort::sort_by_key(&mut holidays, |&date| date);
        holidays.dedup();
        Schedule {
            zone,
            week,
            overrides: Vec::new(),
            holidays,
            holidays_until: None,
            around_the_clock: Week::monday_to_friday_around_the_clock(),
            around_the_clock_skips_holidays: false,
            holiday_windows: None,
            business_day: None,
        }
    }

    /// The same schedule open during `windows` on a holiday instead of
    /// closing (`None`: closed), as "Saturday, Sunday & Holidays 3pm–7pm".
    ///
    /// ```
    /// use chrono::{NaiveDate, TimeZone, Utc};
    /// use sla_calculator::engine::{DailyWindow, Schedule};
    ///
    /// let phoenix: sla_calculator::zones::Zone = "America/Phoenix".parse().unwrap();
    /// let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
    /// let desk = Schedule::business_hours(phoenix, DailyWindow::new(9 * 60, 17 * 60).unwrap(), vec![christmas])
    ///     .with_holiday_hours(Some(vec![DailyWindow::new(15 * 60, 19 * 60).unwrap()]));
    /// // Christmas Day: 15:00–19:00 MST (22:00–02:00Z), not 09:00–17:00.
    /// let window = desk.open_intervals_on(christmas).next().unwrap();
    /// assert_eq!(window.start, Utc.with_ymd_and_hms(2026, 12, 25, 22, 0, 0).unwrap());
    /// assert_eq!(window.end, Utc.with_ymd_and_hms(2026, 12, 26, 2, 0, 0).unwrap());
    /// ```
    pub fn with_holiday_hours(mut self, windows: Option<Vec<DailyWindow>>) -> Schedule {
        self.holiday_windows = windows;
        self
    }

    /// The same schedule whose 24x5 clock stops on its holidays too ("24
    /// hours excl. weekends and holidays").
    pub fn with_around_the_clock_skipping_holidays(mut self, skips: bool) -> Schedule {
        self.around_the_clock_skips_holidays = skips;
        self
    }

    /// The same schedule, with its holidays known only up to `until` (the last
    /// date the holiday calendar covers; `None`: every year).
    pub fn with_holidays_until(mut self, until: Option<NaiveDate>) -> Schedule {
        self.holidays_until = until;
        self
    }

    /// The same schedule with special hours on some local dates: each date's
    /// windows replace the week's (none: closed), holiday or not. A date
    /// listed twice keeps its first windows.
    pub fn with_overrides(mut self, mut overrides: Vec<(NaiveDate, Vec<DailyWindow>)>) -> Schedule {
        crate::sort::sort_by_key(&mut overrides, |(date, _)| *date);
        overrides.dedup_by_key(|(date, _)| *date);
        self.overrides = overrides;
        self
    }

    /// The same schedule with another 24x5 week (see [`Week::stretch`]).
    pub fn with_around_the_clock(mut self, week: Week) -> Schedule {
        self.around_the_clock = week;
        self
    }

    /// The same schedule with business days of `length` open time.
    pub fn with_business_day(mut self, length: Duration) -> Schedule {
        self.business_day = Some(length);
        self
    }

    /// The last date the holidays are known for (`None`: every year).
    pub fn holidays_until(&self) -> Option<NaiveDate> {
        self.holidays_until
    }

    /// The default 24x5 clock in `zone`: Monday 00:00 to Saturday 00:00;
    /// holidays are not excluded.
    pub fn twenty_four_five(zone: Zone) -> Schedule {
        Schedule::weekly(zone, Week::monday_to_friday_around_the_clock(), Vec::new())
    }

    /// This schedule's 24x5 clock: its around-the-clock week, in its zone,
    /// holidays and overrides not excluded.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc, Weekday};
    /// use sla_calculator::engine::{DailyWindow, Schedule, Week};
    ///
    /// let new_york: sla_calculator::zones::Zone = "America/New_York".parse().unwrap();
    /// let desk = Schedule::business_hours(new_york, DailyWindow::new(9 * 60, 17 * 60).unwrap(), vec![])
    ///     .with_around_the_clock(Week::stretch((Weekday::Sun, 17 * 60), (Weekday::Fri, 17 * 60)).unwrap());
    /// // Sunday 11 January 2026 at 17:00 EST (22:00Z) the 24x5 clock starts.
    /// let sunday = Utc.with_ymd_and_hms(2026, 1, 11, 22, 0, 0).unwrap();
    /// assert!(desk.around_the_clock().is_open_at(sunday));
    /// assert!(!desk.is_open_at(sunday));
    /// ```
    pub fn around_the_clock(&self) -> Schedule {
        if !self.around_the_clock_skips_holidays {
            return Schedule::weekly(self.zone, self.around_the_clock.clone(), Vec::new());
        }
        Schedule::weekly(
            self.zone,
            self.around_the_clock.clone(),
            self.holidays.clone(),
        )
        .with_holidays_until(self.holidays_until)
    }

    /// The schedule's time zone.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// The weekly hours.
    pub fn week(&self) -> &Week {
        &self.week
    }

    /// The open time of one business day: the one set, else the length every
    /// open day of the week shares (`None` when open days differ).
    pub fn business_day(&self) -> Option<Duration> {
        self.business_day.or_else(|| self.week.common_day_length())
    }

    /// The holiday dates, sorted.
    pub fn holidays(&self) -> &[NaiveDate] {
        &self.holidays
    }

    /// Whether `date` is one of the schedule's holidays.
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.holidays.binary_search(&date).is_ok()
    }

    /// What decides `date`'s hours, and the windows it names: the override's,
    /// a holiday's holiday hours, a holiday's closed weekly windows, or the
    /// week's.
    pub fn day_hours(&self, date: NaiveDate) -> (DayKind, &[DailyWindow]) {
        if let Ok(index) = self.overrides.binary_search_by_key(&date, |(d, _)| *d) {
            return (DayKind::Special, &self.overrides[index].1);
        }
        let weekly = self.week.windows(date.weekday());
        match (self.is_holiday(date), &self.holiday_windows) {
            (true, Some(windows)) => (DayKind::HolidayHours, windows),
            (true, None) => (DayKind::Holiday, weekly),
            (false, _) => (DayKind::Usual, weekly),
        }
    }

    /// `window` on `date` as instants.
    pub fn interval(&self, date: NaiveDate, window: DailyWindow) -> Option<Interval> {
        Some(Interval::new(
            self.resolve(date, window.opens())?,
            self.resolve(date, window.closes())?,
        ))
    }

    /// The open intervals `[opens, closes)` of `date` as instants, in order:
    /// none on a closed day or a holiday.
    pub fn open_intervals_on(&self, date: NaiveDate) -> impl Iterator<Item = Interval> + '_ {
        let windows = match self.day_hours(date) {
            (DayKind::Holiday, _) => &[][..],
            (_, windows) => windows,
        };
        windows
            .iter()
            .filter_map(move |window| self.interval(date, *window))
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
            .flat_map(|date| self.open_intervals_on(date))
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
                    // A schedule open around the clock every day never
                    // stops: a run ends after a week, and the next one
                    // starts where it ends.
                    Some(meets) if meets.start == run.end && run.length() >= MAX_RUN => {
                        break Some(meets)
                    }
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
            .checked_add_signed(crate::timestamp::minutes(i64::from(minutes)))?;
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
            let utc = wall.checked_sub_signed(crate::timestamp::seconds(i64::from(before)))?;
            Some(Utc.from_utc_datetime(&utc))
        }
    }
}
