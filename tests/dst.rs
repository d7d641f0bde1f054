//! Wall times around each 2026 DST transition of the supported zones, read as
//! rules §3 (docs/rules.md) says: in a gap, with the offset in force before the change (so the
//! instant shows as one hour later); in a fold, the earlier instant.
//!
//! Each row: zone, wall time, expected UTC instant, and the reasoning.

use chrono::NaiveDateTime;
use sla_calculator::engine::wall_to_instant;
use sla_calculator::{timestamp, zones};

fn read(zone: &str, wall: &str) -> String {
    let wall = NaiveDateTime::parse_from_str(wall, "%Y-%m-%d %H:%M").unwrap();
    timestamp::format_utc(wall_to_instant(&zones::zone(zone).unwrap(), wall).unwrap()).unwrap()
}

#[test]
fn gaps_use_the_offset_before_the_transition() {
    for (zone, wall, expected) in [
        // 8 March: 02:00 EST → 03:00 EDT; 02:30 read at -05:00.
        (
            "America/New_York",
            "2026-03-08 02:30",
            "2026-03-08T07:30:00Z",
        ),
        (
            "America/Toronto",
            "2026-03-08 02:30",
            "2026-03-08T07:30:00Z",
        ),
        // Same day, -06:00 and -08:00 before the change.
        (
            "America/Chicago",
            "2026-03-08 02:30",
            "2026-03-08T08:30:00Z",
        ),
        (
            "America/Los_Angeles",
            "2026-03-08 02:30",
            "2026-03-08T10:30:00Z",
        ),
        // 29 March: 02:00 CET → 03:00 CEST; 02:30 read at +01:00.
        ("Europe/Paris", "2026-03-29 02:30", "2026-03-29T01:30:00Z"),
        ("Europe/Berlin", "2026-03-29 02:59", "2026-03-29T01:59:00Z"),
        // 29 March: 01:00 GMT → 02:00 BST; 01:30 read at +00:00.
        ("Europe/London", "2026-03-29 01:30", "2026-03-29T01:30:00Z"),
        // Friday 27 March: 02:00 IST → 03:00 IDT; 02:30 read at +02:00.
        ("Asia/Jerusalem", "2026-03-27 02:30", "2026-03-27T00:30:00Z"),
        // 4 October: 02:00 AEST → 03:00 AEDT; 02:30 read at +10:00.
        (
            "Australia/Sydney",
            "2026-10-04 02:30",
            "2026-10-03T16:30:00Z",
        ),
        // 27 September: 02:00 NZST → 03:00 NZDT; 02:30 read at +12:00.
        (
            "Pacific/Auckland",
            "2026-09-27 02:30",
            "2026-09-26T14:30:00Z",
        ),
    ] {
        assert_eq!(read(zone, wall), expected, "{zone} {wall}");
    }
}

#[test]
fn folds_take_the_earlier_instant() {
    for (zone, wall, expected) in [
        // 1 November: 02:00 EDT → 01:00 EST; 01:30 first happens at -04:00.
        (
            "America/New_York",
            "2026-11-01 01:30",
            "2026-11-01T05:30:00Z",
        ),
        (
            "America/Chicago",
            "2026-11-01 01:30",
            "2026-11-01T06:30:00Z",
        ),
        (
            "America/Los_Angeles",
            "2026-11-01 01:30",
            "2026-11-01T08:30:00Z",
        ),
        // 25 October: 03:00 CEST → 02:00 CET; 02:30 first at +02:00.
        ("Europe/Paris", "2026-10-25 02:30", "2026-10-25T00:30:00Z"),
        // 25 October: 02:00 BST → 01:00 GMT; 01:30 first at +01:00.
        ("Europe/London", "2026-10-25 01:30", "2026-10-25T00:30:00Z"),
        // 25 October: 02:00 IDT → 01:00 IST; 01:30 first at +03:00.
        ("Asia/Jerusalem", "2026-10-25 01:30", "2026-10-24T22:30:00Z"),
        // 5 April: 03:00 AEDT → 02:00 AEST; 02:30 first at +11:00.
        (
            "Australia/Sydney",
            "2026-04-05 02:30",
            "2026-04-04T15:30:00Z",
        ),
        // 5 April: 03:00 NZDT → 02:00 NZST; 02:30 first at +13:00.
        (
            "Pacific/Auckland",
            "2026-04-05 02:30",
            "2026-04-04T13:30:00Z",
        ),
    ] {
        assert_eq!(read(zone, wall), expected, "{zone} {wall}");
    }
}

#[test]
fn zones_without_dst_read_every_wall_time_once() {
    for (zone, wall, expected) in [
        // No DST since 2019 (Brazil) and 2022 (Mexico): fixed -03:00 / -06:00.
        (
            "America/Sao_Paulo",
            "2026-11-01 00:30",
            "2026-11-01T03:30:00Z",
        ),
        (
            "America/Mexico_City",
            "2026-04-05 02:30",
            "2026-04-05T08:30:00Z",
        ),
        ("Asia/Kolkata", "2026-03-29 02:30", "2026-03-28T21:00:00Z"),
        ("Asia/Tokyo", "2026-03-08 02:30", "2026-03-07T17:30:00Z"),
    ] {
        assert_eq!(read(zone, wall), expected, "{zone} {wall}");
    }
}
