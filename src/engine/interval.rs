//! A half-open stretch of time.

use chrono::{DateTime, Duration, Utc};

/// The instants `[start, end)`: an open window, a run of the clock, a local
/// day. Half-open, as rules §3 (docs/rules.md) reads business hours: `start` is in, `end` is
/// not.
///
/// ```
/// use chrono::{Duration, TimeZone, Utc};
/// use sla_calculator::engine::Interval;
///
/// let opens = Utc.with_ymd_and_hms(2026, 3, 30, 7, 0, 0).unwrap();
/// let window = Interval::new(opens, opens + Duration::hours(8));
/// assert!(window.contains(opens));
/// assert!(!window.contains(window.end));
/// assert_eq!(window.length(), Duration::hours(8));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    /// The first instant in.
    pub start: DateTime<Utc>,
    /// The first instant out.
    pub end: DateTime<Utc>,
}

impl Interval {
    /// `[start, end)`.
    pub fn new(start: DateTime<Utc>, end: DateTime<Utc>) -> Interval {
        Interval { start, end }
    }

    /// Whether `instant` is in.
    pub fn contains(&self, instant: DateTime<Utc>) -> bool {
        self.start <= instant && instant < self.end
    }

    /// How long it lasts.
    pub fn length(&self) -> Duration {
        self.end - self.start
    }

    /// The part of it inside `other`, if any.
    pub fn within(&self, other: Interval) -> Option<Interval> {
        let (start, end) = (self.start.max(other.start), self.end.min(other.end));
        (start < end).then_some(Interval { start, end })
    }
}
