//! The IANA time zones bundled with the engine.
//!
//! The engine only computes in zones whose rules it carries: [`SUPPORTED_ZONES`],
//! their IANA aliases (`Asia/Calcutta`, `Europe/Stockholm`…) and the fixed
//! `Etc/*` zones. Their rules are compact tables (`tables.rs`, generated from
//! chrono-tz's copy of the IANA database and checked against it second by
//! second around every transition, 1970–2100): past transitions plus, for zones
//! that still change their clocks, the yearly rule, which keeps applying after
//! 2100. A [`Zone`] is a chrono [`TimeZone`].

mod rules;
mod tables;

use core::fmt;
use core::str::FromStr;

use chrono::{
    FixedOffset, LocalResult, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone,
};

use crate::Error;
use rules::Rules;

/// The earliest instant the bundled rules describe (1970-01-01T00:00:00Z), in
/// Unix seconds; the engine refuses submissions before it.
pub const EARLIEST_UNIX_SECONDS: i64 = rules::EARLIEST;

/// Every zone the engine can compute in, besides `UTC`.
pub const SUPPORTED_ZONES: &[&str] = &[
    "Africa/Johannesburg",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Toronto",
    "Asia/Dubai",
    "Asia/Jerusalem",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/Istanbul",
    "Europe/London",
    "Europe/Paris",
    "Pacific/Auckland",
];

/// A bundled IANA time zone: a name and its offset rules.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use sla_calculator::zones::Zone;
///
/// let paris: Zone = "Europe/Paris".parse()?;
/// let summer = Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap().with_timezone(&paris);
/// assert_eq!(summer.to_rfc3339(), "2026-07-01T14:00:00+02:00");
/// # Ok::<(), sla_calculator::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Zone {
    name: &'static str,
    rules: &'static Rules,
}

impl Zone {
    /// Coordinated Universal Time.
    pub const UTC: Zone = Zone {
        name: "UTC",
        rules: &Rules {
            initial: 0,
            history: &[],
            last: (rules::EARLIEST, 0),
            yearly: None,
        },
    };

    /// The zone's IANA name, as it was looked up (an alias stays an alias).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The offset in force at an instant, in seconds east of UTC.
    fn offset_seconds_at(&self, utc: &NaiveDateTime) -> i32 {
        self.rules.offset_at(utc.and_utc().timestamp())
    }

    fn offset(&self, seconds: i32) -> ZoneOffset {
        ZoneOffset {
            zone: *self,
            // Every bundled offset is well within a day.
            fixed: FixedOffset::east_opt(seconds).unwrap_or(FixedOffset::east_opt(0).unwrap()),
        }
    }

    /// The offset in force just before a wall-clock time (for a time in a
    /// spring-forward gap: the offset the clocks had before jumping).
    pub fn offset_before_local(&self, local: &NaiveDateTime) -> FixedOffset {
        let (_, _, before) = self.rules.offsets_for_local(local.and_utc().timestamp());
        self.offset(before).fixed
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name == other.name
    }
}

impl Eq for Zone {}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

impl FromStr for Zone {
    type Err = Error;

    fn from_str(name: &str) -> Result<Zone, Error> {
        zone(name)
    }
}

/// The offset of a [`Zone`] at some instant (chrono's `TimeZone::Offset`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZoneOffset {
    zone: Zone,
    fixed: FixedOffset,
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset> {
        self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
        match self.rules.offsets_for_local(local.and_utc().timestamp()) {
            (Some(earlier), Some(later), _) => {
                LocalResult::Ambiguous(self.offset(earlier), self.offset(later))
            }
            (Some(only), None, _) | (None, Some(only), _) => LocalResult::Single(self.offset(only)),
            (None, None, _) => LocalResult::None,
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        self.offset(self.offset_seconds_at(utc))
    }
}

/// Looks up a bundled zone by its IANA name (case-sensitive, as in the database).
///
/// ```
/// use sla_calculator::zones::zone;
///
/// assert_eq!(zone("Europe/Paris")?.name(), "Europe/Paris");
/// assert_eq!(zone("Asia/Calcutta")?.name(), "Asia/Calcutta");
/// let err = zone("Mars/Olympus_Mons").unwrap_err();
/// assert!(err.to_string().contains("unknown time zone \"Mars/Olympus_Mons\""));
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn zone(name: &str) -> Result<Zone, Error> {
    match tables::NAMES.binary_search_by(|(candidate, _)| (*candidate).cmp(name)) {
        Ok(found) => {
            let (name, rules) = tables::NAMES[found];
            Ok(Zone {
                name,
                rules: &tables::RULES[usize::from(rules)],
            })
        }
        Err(_) => Err(Error::input(format!(
            "unknown time zone {name:?} (supported: UTC, {})",
            SUPPORTED_ZONES.join(", ")
        ))),
    }
}

/// Every bundled name, aliases and `Etc/*` included, in order.
pub fn all_names() -> impl Iterator<Item = &'static str> {
    tables::NAMES.iter().map(|(name, _)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_keeps_exactly_the_supported_zones() {
        for name in SUPPORTED_ZONES {
            assert_eq!(zone(name).unwrap().name(), *name);
        }
        assert_eq!(zone("UTC").unwrap(), Zone::UTC);
        // Aliases of the listed zones and the Etc/* zones are bundled too
        // (about 120 names, against almost 600 in the full database).
        assert_eq!(zone("Asia/Calcutta").unwrap().name(), "Asia/Calcutta");
        assert!(zone("Etc/GMT-9").is_ok());
        assert!(all_names().count() < 150, "{}", all_names().count());
        assert!(all_names().zip(all_names().skip(1)).all(|(a, b)| a < b));
    }

    #[test]
    fn excluded_zones_are_rejected_with_a_clear_message() {
        for name in ["Europe/Madrid", "America/Denver", "", "europe/paris"] {
            let message = zone(name).unwrap_err().to_string();
            assert!(
                message.starts_with(&format!("unknown time zone {name:?}")),
                "{message}"
            );
            assert!(message.contains("Europe/Paris"), "{message}");
        }
    }
}
