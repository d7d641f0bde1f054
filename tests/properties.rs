//! Invariants of the engine over random requests in 2026–2027, and agreement
//! with the naive minute-stepping calculator.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use sla_calculator::engine::Clock;
use sla_calculator::{zones, Catalog, Request};

use crate::support::naive::{naive_deadline, open_seconds_between};
use crate::support::{builtin, naive_clock};

const TIERS: [&str; 4] = ["online", "business", "enterprise", "elite"];
const PRIORITIES: [&str; 4] = ["P1", "P2", "P3", "P4"];
const REGIONS: [&str; 4] = ["americas", "emea", "apac", "japan"];
/// Zones whose every 2026–2027 transition day is swept minute by minute: the
/// regions' own, and clocks with unusual changes — Lord Howe's half-hour DST,
/// Chatham's +12:45, Santiago's and Asunción's midnight changes, Casablanca's
/// Ramadan changes, Gaza's 02:00 Saturday changes, Kathmandu's +05:45.
const SAMPLE_ZONES: [&str; 16] = [
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Asuncion",
    "Europe/London",
    "Europe/Madrid",
    "Africa/Casablanca",
    "Asia/Gaza",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Auckland",
];

/// 2026-01-01T00:00:00Z and 2028-01-01T00:00:00Z.
const START: i64 = 1_767_225_600;
const END: i64 = 1_830_297_600;

fn instant(seconds: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(seconds, 0).unwrap()
}

#[derive(Debug, Clone)]
struct Case {
    tier: &'static str,
    priority: &'static str,
    region: &'static str,
    zone: Option<&'static str>,
    submitted: i64,
}

fn cases() -> impl Strategy<Value = Case> {
    let zone = prop_oneof![
        Just(None),
        proptest::sample::select(zones::all_names().collect::<Vec<_>>()).prop_map(Some),
    ];
    (
        proptest::sample::select(&TIERS[..]),
        proptest::sample::select(&PRIORITIES[..]),
        proptest::sample::select(&REGIONS[..]),
        zone,
        START..END,
    )
        .prop_map(|(tier, priority, region, zone, submitted)| Case {
            tier,
            priority,
            region,
            zone,
            submitted,
        })
}

fn request(case: &Case, submitted: i64) -> Request<'static> {
    Request {
        tier: case.tier,
        priority: case.priority,
        region: case.region,
        zone: case.zone.map(|z| zones::zone(z).unwrap()),
        submitted: instant(submitted),
        holidays: None,
    }
}

fn catalog() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(builtin)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn prop_deadline_agrees_with_minute_stepping(case in cases()) {
        let request = request(&case, case.submitted);
        let due = catalog().deadline(&request).unwrap();
        let naive = naive_deadline(&naive_clock(catalog(), &request), request.submitted).unwrap();
        prop_assert_eq!(due.due, naive);
    }

    #[test]
    fn prop_open_time_between_submission_and_deadline_is_the_target(case in cases()) {
        let request = request(&case, case.submitted);
        let due = catalog().deadline(&request).unwrap();
        prop_assert!(due.due >= request.submitted);
        let counted: Duration = due.counted.iter().map(|span| span.to - span.from).sum();
        prop_assert_eq!(counted, due.open_time);
        let clock = naive_clock(catalog(), &request);
        if let Some(hours) = &clock.hours {
            prop_assert_eq!(open_seconds_between(hours, request.submitted, due.due), clock.seconds);
            // Earliest: one second less would not have been enough.
            prop_assert!(open_seconds_between(hours, request.submitted, due.due - Duration::seconds(1)) < clock.seconds);
        }
    }

    #[test]
    fn prop_later_submissions_never_get_earlier_deadlines(case in cases(), later in 0i64..(3 * 24 * 3600)) {
        let first = catalog().deadline(&request(&case, case.submitted)).unwrap();
        let second = catalog().deadline(&request(&case, case.submitted + later)).unwrap();
        prop_assert!(first.due <= second.due, "{:?} then {:?}", first.due, second.due);
    }

    #[test]
    fn prop_p1_is_submission_plus_duration(case in cases()) {
        let request = Request { priority: "P1", ..request(&case, case.submitted) };
        let due = catalog().deadline(&request).unwrap();
        prop_assert_eq!(due.target.clock(), Clock::TwentyFourSeven);
        prop_assert_eq!(due.due, request.submitted + Duration::minutes(due.target.amount().into()));
    }
}

/// Submissions on and around every DST transition day of 2026–2027, every
/// few minutes, against the naive calculator.
#[test]
fn dst_transition_days_agree_with_minute_stepping() {
    let catalog = catalog();
    for zone_name in SAMPLE_ZONES {
        let zone = zones::zone(zone_name).unwrap();
        // Find transition instants by scanning offsets hour by hour.
        let mut transitions = Vec::new();
        let mut t = START;
        let offset = |t: i64| {
            use chrono::Offset;
            zone.offset_from_utc_datetime(&instant(t).naive_utc())
                .fix()
                .local_minus_utc()
        };
        while t < END {
            if offset(t) != offset(t + 3600) {
                transitions.push(t);
            }
            t += 3600;
        }
        for transition in transitions {
            for tier in ["online", "elite"] {
                for priority in ["P2", "P3", "P4"] {
                    for step in (-36 * 60..36 * 60).step_by(97) {
                        let case = Case {
                            tier,
                            priority,
                            region: "emea",
                            zone: Some(zone_name),
                            submitted: transition + step * 60,
                        };
                        let request = request(&case, case.submitted);
                        let due = catalog.deadline(&request).unwrap();
                        let naive =
                            naive_deadline(&naive_clock(catalog, &request), request.submitted)
                                .unwrap();
                        assert_eq!(due.due, naive, "{case:?}");
                    }
                }
            }
        }
    }
}
