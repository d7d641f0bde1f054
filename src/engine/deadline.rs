//! The deadline: the earliest instant at which a target's clock has counted its
//! whole duration since submission.

use std::borrow::Cow;

use crate::zones::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

use super::schedule::{DayKind, Schedule};
use super::Interval;
use crate::Error;

/// How far ahead of the submission the engine looks for open time (rules §3 (docs/rules.md)).
pub const SEARCH_DAYS: i64 = 366;

/// How a target's time is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Clock {
    /// `24x7`: every second counts.
    TwentyFourSeven,
    /// `24x5`: the region's 24x5 week (by default Monday 00:00 to Saturday
    /// 00:00) in its zone, holidays and overrides included (unless the
    /// region's 24x5 week skips holidays).
    TwentyFourFive,
    /// `business_hours`: the region's weekly hours and overrides, except holidays.
    BusinessHours,
    /// `business_days`: the business-hours clock, counting N × the region's
    /// business day.
    BusinessDays,
}

impl Clock {
    /// Every clock, in catalog order.
    pub const ALL: [Clock; 4] = [
        Clock::TwentyFourSeven,
        Clock::TwentyFourFive,
        Clock::BusinessHours,
        Clock::BusinessDays,
    ];

    /// The clock's identifier in catalogs: `24x7`, `24x5`, `business_hours`,
    /// `business_days`.
    pub fn id(self) -> &'static str {
        match self {
            Clock::TwentyFourSeven => "24x7",
            Clock::TwentyFourFive => "24x5",
            Clock::BusinessHours => "business_hours",
            Clock::BusinessDays => "business_days",
        }
    }

    /// Whether the clock stops on holidays (business hours and days).
    pub fn skips_holidays(self) -> bool {
        matches!(self, Clock::BusinessHours | Clock::BusinessDays)
    }

    /// The clock with this identifier.
    ///
    /// ```
    /// use sla_calculator::engine::Clock;
    ///
    /// assert_eq!(Clock::from_id("24x5"), Some(Clock::TwentyFourFive));
    /// assert_eq!(Clock::from_id("24x6"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Clock> {
        Clock::ALL.into_iter().find(|clock| clock.id() == id)
    }
}

/// A response target: a clock and how much of it may run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target {
    clock: Clock,
    amount: u32,
}

impl Target {
    /// A target counted in minutes on a clock other than `business_days`.
    pub fn minutes(clock: Clock, minutes: u32) -> Target {
        Target {
            clock,
            amount: minutes,
        }
    }

    /// A target of `days` business days.
    pub fn business_days(days: u32) -> Target {
        Target {
            clock: Clock::BusinessDays,
            amount: days,
        }
    }

    /// The clock.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Minutes for time-based clocks, days for `business_days`.
    pub fn amount(&self) -> u32 {
        self.amount
    }

    /// The open time to count on `hours`: the minutes, or for business days
    /// N × the length of the region's business day (an error when its open
    /// days differ in length and it sets none).
    pub fn open_time(&self, hours: &Schedule) -> Result<Duration, Error> {
        let unit = match self.clock {
            Clock::BusinessDays => hours.business_day().ok_or_else(|| {
                Error::input(
                    "business days need the region's `business_day` length: its open days differ in length",
                )
            })?,
            _ => crate::timestamp::minutes(1),
        };
        unit.num_seconds()
            .checked_mul(i64::from(self.amount))
            .and_then(Duration::try_seconds)
            .ok_or_else(|| Error::input("the response target is too long to count"))
    }
}

/// One stretch of open time the clock counted without stopping: windows
/// that meet (across midnight, say) are one stretch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountedSpan {
    /// The local date (in the schedule's zone) of the window it starts in.
    pub date: NaiveDate,
    /// When counting started in this window.
    pub from: DateTime<Utc>,
    /// When counting stopped (the window's close, or the deadline).
    pub to: DateTime<Utc>,
}

/// A computed deadline and how it was reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// When the first response is due.
    pub due: DateTime<Utc>,
    /// When the case was submitted.
    pub submitted: DateTime<Utc>,
    /// The target that was counted.
    pub target: Target,
    /// The open time the clock counted (the target's duration).
    pub open_time: Duration,
    /// The zone the schedule was read in.
    pub zone: Zone,
    /// When the clock started: the submission, or the next opening after it.
    pub clock_started: DateTime<Utc>,
    /// The open stretches counted, in order; their lengths add up to `open_time`.
    pub counted: Vec<CountedSpan>,
    /// Holidays that would otherwise have been open between submission and deadline.
    pub holidays_skipped: Vec<NaiveDate>,
    /// Dates with special hours (overrides, and holidays with holiday hours)
    /// the clock met from the submission's day to the deadline.
    pub special_days: Vec<NaiveDate>,
    /// Set when the clock skips holidays and the deadline falls after the last
    /// date the holiday calendar covers: that date. Holidays after it are not
    /// known, so the true deadline may be later.
    pub holidays_unknown_after: Option<NaiveDate>,
}

impl Deadline {
    /// The submission fell outside open hours, so the clock waited for the next opening.
    pub fn started_outside_hours(&self) -> bool {
        self.clock_started > self.submitted
    }
}

/// Computes when a target counted from `submitted` on `hours` falls due.
///
/// `hours` is the region's schedule (zone, weekly windows, overrides,
/// holidays, 24x5 week, business day); the target's clock decides how it is
/// used: `24x7` ignores it, `24x5` counts its 24x5 week, `business_hours` and
/// `business_days` count its windows.
///
/// # Example: a Friday-evening case waits for Monday, across a DST change
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use sla_calculator::engine::{deadline, Clock, DailyWindow, Schedule, Target};
///
/// let paris: sla_calculator::zones::Zone = "Europe/Paris".parse().unwrap();
/// let emea = Schedule::business_hours(paris, DailyWindow::new(9 * 60, 17 * 60).unwrap(), vec![]);
/// // Friday 27 March 2026 17:30 CET is after closing; Europe moves to summer
/// // time on Sunday, so the 2-hour clock runs Monday 09:00–11:00 CEST (07:00–09:00Z).
/// let submitted = Utc.with_ymd_and_hms(2026, 3, 27, 16, 30, 0).unwrap();
/// let due = deadline(&Target::minutes(Clock::BusinessHours, 120), submitted, &emea)?;
/// assert_eq!(due.due, Utc.with_ymd_and_hms(2026, 3, 30, 9, 0, 0).unwrap());
/// assert!(due.started_outside_hours());
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn deadline(
    target: &Target,
    submitted: DateTime<Utc>,
    hours: &Schedule,
) -> Result<Deadline, Error> {
    deadline_on(
        target,
        submitted,
        hours,
        clock_schedule(target, hours).as_deref(),
    )
}

/// [`deadline`] with the target's clock schedule already made (see
/// [`clock_schedule`]): the filing scan, which asks for many deadlines on one
/// target, makes it once.
pub(crate) fn deadline_on(
    target: &Target,
    submitted: DateTime<Utc>,
    hours: &Schedule,
    clock: Option<&Schedule>,
) -> Result<Deadline, Error> {
    if target.amount == 0 {
        return Err(Error::input("a response target must be longer than zero"));
    }
    if submitted.timestamp() < crate::zones::EARLIEST_UNIX_SECONDS {
        return Err(Error::input(
            "the submission time is before 2020, earlier than the bundled time-zone rules",
        ));
    }
    let open_time = target.open_time(hours)?;
    let mut result = Deadline {
        due: submitted,
        submitted,
        target: *target,
        open_time,
        zone: hours.zone(),
        clock_started: submitted,
        counted: Vec::new(),
        holidays_skipped: Vec::new(),
        special_days: Vec::new(),
        holidays_unknown_after: None,
    };
    match clock {
        None => {
            let due = submitted
                .checked_add_signed(open_time)
                .ok_or_else(beyond_year_9999)?;
            result.counted.push(CountedSpan {
                date: hours.local_date(submitted),
                from: submitted,
                to: due,
            });
            result.due = due;
        }
        Some(schedule) => {
            count_open_time(schedule, &mut result)?;
            result.holidays_unknown_after = schedule
                .holidays_until()
                .filter(|&until| schedule.local_date(result.due) > until);
        }
    }
    if result.due.year() > 9999 {
        return Err(beyond_year_9999());
    }
    Ok(result)
}

/// The schedule a target's clock runs on, built from the region's `hours`:
/// `None` for `24x7`, which never stops.
pub(crate) fn clock_schedule<'a>(
    target: &Target,
    hours: &'a Schedule,
) -> Option<Cow<'a, Schedule>> {
    match target.clock {
        Clock::TwentyFourSeven => None,
        Clock::TwentyFourFive => Some(Cow::Owned(hours.around_the_clock())),
        Clock::BusinessHours | Clock::BusinessDays => Some(Cow::Borrowed(hours)),
    }
}

/// Walks the schedule's open windows day by day from the submission, counting
/// open time until `open_time` is reached. Fills `due`, `clock_started`,
/// `counted`, `holidays_skipped` and `special_days`.
fn count_open_time(schedule: &Schedule, result: &mut Deadline) -> Result<(), Error> {
    let submitted = result.submitted;
    let mut remaining = result.open_time;
    let mut cursor = submitted;
    let first_day = schedule.local_date(submitted);
    // The day before too: with midnight DST changes its window can end after
    // the submission's local midnight.
    let mut date = first_day.pred_opt().unwrap_or(first_day);
    let last_day = first_day
        .checked_add_signed(crate::timestamp::days(SEARCH_DAYS))
        .ok_or_else(beyond_year_9999)?;
    while date <= last_day {
        let (kind, windows) = schedule.day_hours(date);
        if matches!(kind, DayKind::Special | DayKind::HolidayHours) && date >= first_day {
            result.special_days.push(date);
        }
        for window in windows {
            let Some(Interval {
                start: opens,
                end: closes,
            }) = schedule.interval(date, *window)
            else {
                continue;
            };
            let from = opens.max(cursor);
            if from >= closes {
                continue;
            }
            if kind == DayKind::Holiday {
                // Open but for the holiday: say so once.
                if result.holidays_skipped.last() != Some(&date) {
                    result.holidays_skipped.push(date);
                }
                continue;
            }
            if result.counted.is_empty() {
                result.clock_started = from;
            }
            let to = if closes - from >= remaining {
                from + remaining
            } else {
                closes
            };
            match result.counted.last_mut() {
                // Windows that meet (22:00–24:00, then 00:00–06:00) are one stretch.
                Some(last) if last.to == from => last.to = to,
                _ => result.counted.push(CountedSpan { date, from, to }),
            }
            remaining -= to - from;
            cursor = to;
            if remaining <= Duration::zero() {
                result.due = to;
                return Ok(());
            }
        }
        match date.succ_opt() {
            Some(next) => date = next,
            None => break,
        }
    }
    Err(Error::engine(if result.counted.is_empty() {
        format!(
            "the {} clock has no open time within {SEARCH_DAYS} days of the submission \
             (check the region's hours and holidays)",
            result.target.clock.id()
        )
    } else {
        format!(
            "the deadline falls more than {SEARCH_DAYS} days after the submission \
             (only part of the target fits in open time)"
        )
    }))
}

fn beyond_year_9999() -> Error {
    Error::engine("the deadline falls after year 9999")
}
