//! The deadline engine: schedules of open time and the deadline they give.
//!
//! Pure: no clock, no I/O, no browser. Callers pass the submission instant and
//! the schedule (zone, hours, holidays); the engine answers with the deadline
//! and a structured account of how it was reached.

mod deadline;
mod filing;
mod interval;
mod schedule;
mod week;

pub use deadline::{deadline, Clock, CountedSpan, Deadline, Target, SEARCH_DAYS};
pub use filing::{filing_times, FilingStretch, FilingTimes};
pub use interval::Interval;
pub use schedule::{wall_to_instant, DayKind, Schedule};
pub use week::{day_windows, DailyWindow, Week, WindowsProblem, MAX_WINDOWS_PER_DAY};
