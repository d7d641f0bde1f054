//! When to file: over a range of submission times, when a case gets its answer
//! soonest after filing, and when it waits longest.
//!
//! The wait (deadline − submission) moves simply as the submission moves.
//! While the clock runs it stays level, except where the deadline jumps over a
//! closing to the next opening (a jump up); while the clock is stopped it
//! falls, second for second, until the next opening. So the shortest wait
//! starts at the range's start or at an opening, and the longest at the
//! range's start or just after a jump: the second after the last submission
//! whose deadline is a given closing. Every probe is the engine's own
//! [`deadline`](super::deadline()), so the answer is exact to the second.

use chrono::{DateTime, Duration, Utc};

use super::deadline::{clock_schedule, deadline_on, Target};
use super::schedule::Schedule;
use crate::Error;

/// Submission times `first..=last` that all wait the same for their answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilingStretch {
    /// The first submission instant of the stretch.
    pub first: DateTime<Utc>,
    /// The last submission instant of the stretch (inclusive).
    pub last: DateTime<Utc>,
    /// The deadline of a case filed at `first`.
    pub due: DateTime<Utc>,
    /// How long any case filed in the stretch waits: `due - first`.
    pub wait: Duration,
}

/// The best and the worst times to file within a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilingTimes {
    /// The earliest stretch with the shortest wait.
    pub best: FilingStretch,
    /// The earliest stretch with the longest wait.
    pub worst: FilingStretch,
}

impl FilingTimes {
    /// Every submission in the range waits the same (a `24x7` clock, say).
    pub fn makes_no_difference(&self) -> bool {
        self.best.wait == self.worst.wait
    }
}

/// The best and worst times to file a case on `target` between `from`
/// (included) and `until` (excluded), to the second (a fraction of a second
/// in `from` is dropped).
///
/// # Example: a week of business hours in Paris
///
/// ```
/// use chrono::{Duration, TimeZone, Utc};
/// use sla_calculator::engine::{filing_times, Clock, DailyWindow, Schedule, Target};
///
/// let paris: sla_calculator::zones::Zone = "Europe/Paris".parse().unwrap();
/// let hours = Schedule::business_hours(paris, DailyWindow::new(9 * 60, 17 * 60).unwrap(), vec![]);
/// // From Monday 12 January 2026 00:00 CET (Sunday 23:00Z), for a week,
/// // with 4 business hours to count.
/// let from = Utc.with_ymd_and_hms(2026, 1, 11, 23, 0, 0).unwrap();
/// let times = filing_times(&Target::minutes(Clock::BusinessHours, 240), &hours, from, from + Duration::days(7))?;
/// // Best: Monday 09:00 to 13:00 CET, the answer comes 4 hours later.
/// assert_eq!(times.best.first, Utc.with_ymd_and_hms(2026, 1, 12, 8, 0, 0).unwrap());
/// assert_eq!(times.best.last, Utc.with_ymd_and_hms(2026, 1, 12, 12, 0, 0).unwrap());
/// assert_eq!(times.best.wait, Duration::hours(4));
/// // Worst: from Friday 13:00:01 to 17:00 CET: 13:00:01 is due Monday 09:00:01,
/// // 2 days 20 hours later (17:00 Friday to 09:00 Monday is 64 hours, plus 4).
/// assert_eq!(times.worst.first, Utc.with_ymd_and_hms(2026, 1, 16, 12, 0, 1).unwrap());
/// assert_eq!(times.worst.last, Utc.with_ymd_and_hms(2026, 1, 16, 16, 0, 0).unwrap());
/// assert_eq!(times.worst.wait, Duration::hours(68));
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn filing_times(
    target: &Target,
    hours: &Schedule,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<FilingTimes, Error> {
    if until <= from {
        return Err(Error::input(
            "the range of filing times must end after it starts",
        ));
    }
    let from = from - Duration::nanoseconds(i64::from(from.timestamp_subsec_nanos()));
    let second = crate::timestamp::seconds(1);
    let last = until - second;
    let clock = clock_schedule(target, hours);
    let due = |submitted| deadline_on(target, submitted, hours, clock.as_deref()).map(|d| d.due);
    let mut candidates = vec![from, last];
    if let Some(schedule) = clock.as_deref() {
        // Shortest waits: where the clock starts running.
        for run in schedule.runs_from(from).take_while(|run| run.start <= last) {
            if run.start >= from {
                candidates.push(run.start);
            }
        }
        // Longest waits: just after the deadline jumps over a closing (where
        // the clock stops; 24x5's midnights are no jump).
        let (first_due, last_due) = (due(from)?, due(last)?);
        for closes in schedule
            .runs_from(first_due - second)
            .map(|run| run.end)
            .take_while(|closes| *closes <= last_due)
        {
            if first_due <= closes {
                let due_by_close = last_where(from, last, |s| Ok(due(s)? <= closes))?;
                if due_by_close < last {
                    candidates.push(due_by_close + second);
                }
            }
        }
    }
    crate::sort::sort_by_key(&mut candidates, |&instant| instant);
    candidates.dedup();
    let mut best: Option<(DateTime<Utc>, DateTime<Utc>)> = None;
    let mut worst = best;
    for submitted in candidates {
        let due = due(submitted)?;
        let wait = due - submitted;
        if best.is_none_or(|(s, d)| wait < d - s) {
            best = Some((submitted, due));
        }
        if worst.is_none_or(|(s, d)| wait > d - s) {
            worst = Some((submitted, due));
        }
    }
    let stretch = |(first, first_due): (DateTime<Utc>, DateTime<Utc>)| {
        let wait = first_due - first;
        // While the clock runs, the wait never falls: the stretch goes on
        // until the wait changes, or the clock stops (its closing included).
        let runs_until = match clock.as_deref() {
            None => Some(last),
            Some(schedule) => schedule
                .runs_from(first)
                .next()
                .filter(|run| run.start <= first)
                .map(|run| run.end.min(last)),
        };
        let last = match runs_until {
            Some(end) => last_where(first, end, |s| Ok(due(s)? - s == wait))?,
            None => first,
        };
        Ok::<_, Error>(FilingStretch {
            first,
            last,
            due: first_due,
            wait,
        })
    };
    match (best, worst) {
        (Some(best), Some(worst)) => Ok(FilingTimes {
            best: stretch(best)?,
            worst: stretch(worst)?,
        }),
        _ => Err(Error::engine("no filing time to compare")),
    }
}

/// The last whole second from `low` to `high` at which `holds` is true, given
/// that it holds at `low` and, once false, stays false.
fn last_where(
    low: DateTime<Utc>,
    high: DateTime<Utc>,
    holds: impl Fn(DateTime<Utc>) -> Result<bool, Error>,
) -> Result<DateTime<Utc>, Error> {
    let (mut good, mut bad) = (0, (high - low).num_seconds() + 1);
    while bad - good > 1 {
        let middle = good + (bad - good) / 2;
        if holds(low + crate::timestamp::seconds(middle))? {
            good = middle;
        } else {
            bad = middle;
        }
    }
    Ok(low + crate::timestamp::seconds(good))
}
