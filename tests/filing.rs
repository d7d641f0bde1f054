//! "If I file now / at …": the best and worst times to file in a week, worked
//! out by hand, then checked against a minute-by-minute scan of the engine.

use chrono::{DateTime, Duration, Utc};
use sla_calculator::engine::FilingTimes;
use sla_calculator::{zones, Catalog, Request};

use crate::support::{at, builtin, Random};

fn filing(tier: &str, priority: &str, region: &str, zone: Option<&str>, from: &str) -> FilingTimes {
    let from = at(from);
    builtin()
        .filing_times(
            &Request {
                tier,
                priority,
                region,
                zone: zone.map(|z| zones::zone(z).unwrap()),
                submitted: from,
                holidays: None,
            },
            from + Duration::days(7),
        )
        .unwrap()
}

fn hours_minutes(h: i64, m: i64) -> Duration {
    Duration::hours(h) + Duration::minutes(m)
}

#[test]
fn business_hours_in_japan_wait_longest_before_a_holiday_weekend() {
    // Japan, 09:00–17:30 JST (UTC+9), Business P3: 4 business hours.
    // The week of Monday 16 November 2026 (00:00 JST = Sunday 15:00Z);
    // Monday 23 November is Labour Thanksgiving Day.
    let times = filing("business", "P3", "japan", None, "2026-11-15T15:00:00Z");
    // Best: Monday 09:00 JST (00:00Z); any time until 13:30 JST (04:30Z)
    // leaves the 4 hours inside the day's window.
    assert_eq!(times.best.first, at("2026-11-16T00:00:00Z"));
    assert_eq!(times.best.last, at("2026-11-16T04:30:00Z"));
    assert_eq!(times.best.due, at("2026-11-16T04:00:00Z"));
    assert_eq!(times.best.wait, Duration::hours(4));
    // Worst: Friday 20th 13:30:01 JST: 3 h 59 min 59 s count on Friday, the
    // last second on Tuesday 24th (Monday is the holiday) at 09:00:01 JST.
    // Friday 17:30 to Tuesday 09:00 is 87 h 30 closed, plus the 4 hours.
    assert_eq!(times.worst.first, at("2026-11-20T04:30:01Z"));
    assert_eq!(times.worst.due, at("2026-11-24T00:00:01Z"));
    assert_eq!(times.worst.wait, hours_minutes(91, 30));
    // Every submission up to the 17:30 closing waits as long.
    assert_eq!(times.worst.last, at("2026-11-20T08:30:00Z"));
    assert!(!times.makes_no_difference());
}

#[test]
fn around_the_clock_makes_no_difference() {
    // Business P1 is 60 minutes on the 24x7 clock: every second of the week
    // waits one hour.
    let times = filing("business", "P1", "emea", None, "2026-03-23T10:15:30Z");
    assert!(times.makes_no_difference());
    assert_eq!(times.best.wait, Duration::hours(1));
    assert_eq!(times.best.first, at("2026-03-23T10:15:30Z"));
    assert_eq!(times.best.last, at("2026-03-30T10:15:29Z"));
}

#[test]
fn weekdays_clock_runs_across_midnights_and_stops_for_the_weekend() {
    // Enterprise P2: 60 minutes on the 24x5 clock, read in London (UTC in
    // January). From Monday 12 January 2026 00:00Z.
    let times = filing("enterprise", "P2", "emea", None, "2026-01-12T00:00:00Z");
    // Best: right away, and at any time until Friday 23:00, whose hour ends
    // exactly at Saturday 00:00: one stretch across four midnights.
    assert_eq!(times.best.first, at("2026-01-12T00:00:00Z"));
    assert_eq!(times.best.last, at("2026-01-16T23:00:00Z"));
    assert_eq!(times.best.wait, Duration::hours(1));
    // Worst: Friday 23:00:01, whose last second counts on Monday 00:00:01:
    // 48 hours of weekend plus the hour. Filing at Saturday 00:00 (the clock
    // has stopped) waits as long, and later weekend filings less.
    assert_eq!(times.worst.first, at("2026-01-16T23:00:01Z"));
    assert_eq!(times.worst.last, at("2026-01-17T00:00:00Z"));
    assert_eq!(times.worst.wait, Duration::hours(49));
}

#[test]
fn business_day_across_the_spring_change_is_an_hour_shorter() {
    // EMEA Business P4: 1 business day = 8 hours of London's 09:00–17:00.
    // The week from Monday 23 March 2026 00:00Z; the UK moves to BST
    // (UTC+1) on Sunday 29 March.
    let times = filing("business", "P4", "emea", None, "2026-03-23T00:00:00Z");
    // Best: exactly at an opening, Monday 09:00Z: the day's whole window.
    // One second later the last second spills into Tuesday: a single instant.
    assert_eq!(times.best.first, at("2026-03-23T09:00:00Z"));
    assert_eq!(times.best.last, at("2026-03-23T09:00:00Z"));
    assert_eq!(times.best.wait, Duration::hours(8));
    // Worst: Friday 27th 09:00:01 GMT, due Monday 30th 09:00:01 BST
    // (08:00:01Z): three days less the hour the clocks skipped = 71 hours,
    // and so on to the Friday 17:00 closing.
    assert_eq!(times.worst.first, at("2026-03-27T09:00:01Z"));
    assert_eq!(times.worst.due, at("2026-03-30T08:00:01Z"));
    assert_eq!(times.worst.wait, Duration::hours(71));
    assert_eq!(times.worst.last, at("2026-03-27T17:00:00Z"));
}

#[test]
fn an_empty_range_is_refused_with_a_message() {
    let from = at("2026-01-12T00:00:00Z");
    let request = Request {
        tier: "business",
        priority: "P3",
        region: "emea",
        zone: None,
        submitted: from,
        holidays: None,
    };
    let err = builtin().filing_times(&request, from).unwrap_err();
    assert!(
        err.to_string().contains("must end after it starts"),
        "{err}"
    );
}

/// Waits of submissions every minute of the week, by the engine itself.
fn scan(
    catalog: &Catalog,
    request: &Request,
    until: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, Duration)> {
    let mut waits = Vec::new();
    let mut submitted = request.submitted;
    while submitted < until {
        let due = catalog
            .deadline(&Request {
                submitted,
                ..*request
            })
            .unwrap()
            .due;
        waits.push((submitted, due - submitted));
        submitted += Duration::minutes(1);
    }
    waits
}

#[test]
fn matches_a_minute_by_minute_scan() {
    let catalog = builtin();
    let tiers = ["online", "business", "enterprise", "elite"];
    let priorities = ["P1", "P2", "P3", "P4"];
    let regions = ["americas", "emea", "apac", "japan"];
    let mut rng = Random(0x5ca1_ab1e);
    for _ in 0..24 {
        // A random minute in 2026–2027 (on the scan's grid, as openings are).
        let from = at("2026-01-01T00:00:00Z") + Duration::minutes(rng.below(2 * 365 * 1440) as i64);
        let until = from + Duration::days(7);
        let request = Request {
            tier: rng.pick(&tiers),
            priority: rng.pick(&priorities),
            region: rng.pick(&regions),
            zone: None,
            submitted: from,
            holidays: None,
        };
        let times = catalog.filing_times(&request, until).unwrap();
        let waits = scan(&catalog, &request, until);
        let shortest = waits.iter().map(|(_, w)| *w).min().unwrap();
        let longest = waits.iter().map(|(_, w)| *w).max().unwrap();
        let case = format!(
            "{} {} {} from {from}",
            request.tier, request.priority, request.region
        );
        assert_eq!(times.best.wait, shortest, "{case}");
        assert_eq!(times.worst.wait, longest, "{case}");
        // Each stretch is exact: both ends wait as said, the second after
        // it does not (unless the range ends there).
        for stretch in [times.best, times.worst] {
            let wait = |s| {
                catalog
                    .deadline(&Request {
                        submitted: s,
                        ..request
                    })
                    .unwrap()
                    .due
                    - s
            };
            assert_eq!(wait(stretch.first), stretch.wait, "{case}");
            assert_eq!(wait(stretch.last), stretch.wait, "{case}");
            assert_eq!(stretch.due, stretch.first + stretch.wait, "{case}");
            let after = stretch.last + Duration::seconds(1);
            assert!(
                after >= until || wait(after) != stretch.wait,
                "{case}: {stretch:?}"
            );
            let before = stretch.first - Duration::seconds(1);
            assert!(
                before < from || wait(before) != stretch.wait || times.makes_no_difference(),
                "{case}: {stretch:?}"
            );
        }
        // The stretches are the earliest: no scanned minute before them waits as little (as long).
        assert!(
            waits
                .iter()
                .all(|(s, w)| *s >= times.best.first || *w > shortest),
            "{case}"
        );
        assert!(
            waits
                .iter()
                .all(|(s, w)| *s >= times.worst.first || *w < longest),
            "{case}"
        );
    }
}

#[test]
fn a_fraction_of_a_second_in_the_start_is_dropped() {
    // The browser's "now" has milliseconds. EMEA Business P2 (2 business
    // hours, London 09:00–17:00, GMT in January), from Monday 12 January
    // 2026 10:00:00.250Z: the worst stretch is Friday 15:00:01 to the 17:00
    // closing, in whole seconds (with the fraction kept, it would end at
    // 16:59:59.250, a closed-time second later waiting less).
    let from = at("2026-01-12T10:00:00Z") + Duration::milliseconds(250);
    let request = Request {
        tier: "business",
        priority: "P2",
        region: "emea",
        zone: None,
        submitted: from,
        holidays: None,
    };
    let times = builtin()
        .filing_times(&request, from + Duration::days(7))
        .unwrap();
    assert_eq!(times.worst.first, at("2026-01-16T15:00:01Z"));
    assert_eq!(times.worst.last, at("2026-01-16T17:00:00Z"));
    assert_eq!(times.worst.wait, Duration::hours(66));
}
