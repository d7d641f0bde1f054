//! Weekly schedules (SPEC §2.2): split shifts, Saturday hours, a Sunday-evening
//! 24x5 week, overrides and business days of a stated length. Every deadline
//! is worked out by hand in its comment; the catalog is `tests/schedules.json`.

use std::time::{Duration as Elapsed, Instant};

use chrono::Duration;
use sla_calculator::{timestamp, Catalog};

use crate::support::{attrs, date, deadline_in, render};

fn catalog() -> Catalog {
    Catalog::from_json(include_str!("schedules.json")).unwrap()
}

/// The due instant of a request on the test catalog, as RFC 3339 UTC.
fn due(priority: &str, region: &str, submitted: &str) -> String {
    let d = deadline_in(&catalog(), "desk", priority, region, None, submitted, None).unwrap();
    timestamp::format_utc(d.due).unwrap()
}

#[test]
fn a_lunch_break_is_not_counted_and_shows_as_two_spans() {
    // Tokyo desk: 09:00–12:00 and 13:00–17:30 JST (UTC+9, no DST).
    // Monday 12 January 2026 11:00 JST (02:00Z), 2 business hours: 11:00–12:00
    // counts one hour, lunch does not, 13:00–14:00 the other: due 14:00 JST = 05:00Z.
    let d = deadline_in(
        &catalog(),
        "desk",
        "hours2",
        "tokyo",
        None,
        "2026-01-12T02:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(
        timestamp::format_utc(d.due).unwrap(),
        "2026-01-12T05:00:00Z"
    );
    let spans: Vec<_> = d
        .counted
        .iter()
        .map(|s| (s.from.to_rfc3339(), s.to.to_rfc3339()))
        .collect();
    assert_eq!(
        spans,
        [
            (
                "2026-01-12T02:00:00+00:00".into(),
                "2026-01-12T03:00:00+00:00".into()
            ),
            (
                "2026-01-12T04:00:00+00:00".into(),
                "2026-01-12T05:00:00+00:00".into()
            ),
        ]
    );
    // Submitted during lunch (12:30 JST = 03:30Z), the clock starts at 13:00
    // (04:00Z) and runs two hours: 15:00 JST = 06:00Z.
    assert_eq!(
        due("hours2", "tokyo", "2026-01-12T03:30:00Z"),
        "2026-01-12T06:00:00Z"
    );
    // At 17:30 (08:30Z) it is closed: the next morning 09:00–11:00 = 02:00Z.
    assert_eq!(
        due("hours2", "tokyo", "2026-01-12T08:30:00Z"),
        "2026-01-13T02:00:00Z"
    );
}

#[test]
fn the_explanation_and_hours_table_show_the_split_shift() {
    let tree = render(
        &catalog(),
        attrs(&[
            ("lang", "en"),
            ("tier", "desk"),
            ("region", "tokyo"),
            ("priority", "hours2"),
            ("submitted", "2026-01-12T02:00:00Z"),
        ]),
        "Asia/Tokyo",
        "2026-01-12T00:00:00Z",
    );
    let explanation = tree.part("explanation").unwrap().text_content();
    assert!(
        explanation.contains("Time counted: Mon 11:00–12:00, Mon 13:00–14:00."),
        "{explanation}"
    );
    assert!(
        explanation.contains("in business hours only (Mon–Fri 09:00–12:00, 13:00–17:30)"),
        "{explanation}"
    );
    let rows = tree.find_all(&|e| e.tag == "tr" && e.get_attr("data-region").is_some());
    let paris = rows
        .iter()
        .find(|row| row.get_attr("data-region") == Some("paris"))
        .unwrap();
    let cells = paris.find_all(&|e| e.tag == "td");
    assert_eq!(
        cells[0].text_content(),
        "Mon–Fri 09:00–17:00; Sat 10:00–14:00 (Europe/Paris)"
    );
}

#[test]
fn saturday_half_days_count_and_business_days_take_the_stated_length() {
    // Paris desk: Monday–Friday 09:00–17:00, Saturday 10:00–14:00 (CET, UTC+1
    // in January); a business day is 8 hours.
    // Friday 16 January 2026 16:00 CET (15:00Z), 4 business hours: Friday
    // 16:00–17:00 is one, Saturday 10:00–13:00 the other three: 13:00 CET = 12:00Z.
    assert_eq!(
        due("hours4", "paris", "2026-01-16T15:00:00Z"),
        "2026-01-17T12:00:00Z"
    );
    // Saturday 13:30 CET (12:30Z), 2 hours: 13:30–14:00 (30 min), then Monday
    // 19 January 09:00–10:30: 10:30 CET = 09:30Z.
    assert_eq!(
        due("hours2", "paris", "2026-01-17T12:30:00Z"),
        "2026-01-19T09:30:00Z"
    );
    // Friday 12:00 CET (11:00Z), one business day of 8 hours: Friday
    // 12:00–17:00 (5 h), Saturday 10:00–13:00 (3 h): 13:00 CET = 12:00Z.
    assert_eq!(
        due("day1", "paris", "2026-01-16T11:00:00Z"),
        "2026-01-17T12:00:00Z"
    );
    // Sunday is closed: Sunday noon + 1 business day = Monday 09:00–17:00,
    // due at Monday's closing, 17:00 CET = 16:00Z.
    assert_eq!(
        due("day1", "paris", "2026-01-18T11:00:00Z"),
        "2026-01-19T16:00:00Z"
    );
}

#[test]
fn a_sunday_evening_24x5_week_crosses_the_us_spring_change() {
    // New York desk: 24x5 from Sunday 17:00 to Friday 17:00, New York time.
    // The US moves from EST (UTC−5) to EDT (UTC−4) at 02:00 on Sunday 8 March
    // 2026, so that Sunday's 17:00 is EDT: 21:00Z, not 22:00Z.
    // Friday 6 March 16:00 EST (21:00Z), 4 hours of 24x5: 16:00–17:00 EST is
    // one (22:00Z), then from Sunday 17:00 EDT (21:00Z) three more: 00:00Z Monday.
    assert_eq!(
        due("weekly4", "newyork", "2026-03-06T21:00:00Z"),
        "2026-03-09T00:00:00Z"
    );
    // Saturday 7 March noon EST (17:00Z), 1 hour: Sunday 17:00–18:00 EDT = 22:00Z.
    assert_eq!(
        due("weekly1", "newyork", "2026-03-07T17:00:00Z"),
        "2026-03-08T22:00:00Z"
    );
    // Sunday 8 March 16:59 EDT (20:59Z) is a minute before the week opens.
    assert_eq!(
        due("weekly1", "newyork", "2026-03-08T20:59:00Z"),
        "2026-03-08T22:00:00Z"
    );
    // In autumn the US leaves EDT at 02:00 on Sunday 1 November 2026: that
    // Sunday's 17:00 is EST (22:00Z). Saturday 31 October noon EDT (16:00Z),
    // 1 hour: 23:00Z.
    assert_eq!(
        due("weekly1", "newyork", "2026-10-31T16:00:00Z"),
        "2026-11-01T23:00:00Z"
    );
    // Wednesday runs around the clock: 23:30 EST (04:30Z Thursday) + 1 h = 05:30Z.
    assert_eq!(
        due("weekly1", "newyork", "2026-01-15T04:30:00Z"),
        "2026-01-15T05:30:00Z"
    );
    // Friday 16:30 EST (21:30Z) + 1 h: 30 min to 17:00, then Sunday 17:00 EST
    // (22:00Z on the 18th) + 30 min = 22:30Z.
    assert_eq!(
        due("weekly1", "newyork", "2026-01-16T21:30:00Z"),
        "2026-01-18T22:30:00Z"
    );
}

#[test]
fn an_override_half_day_and_closed_day_replace_the_week() {
    // London desk: Monday–Friday 09:00–17:00 GMT; Thursday 24 December 2026
    // 09:00–12:00 (Christmas Eve), Friday 25 closed (Christmas Day).
    // Thursday 24 December 11:00 GMT, 4 business hours: 11:00–12:00 is one;
    // Friday is closed, then the weekend; Monday 28 December 09:00–12:00 the
    // other three: 12:00Z.
    let d = deadline_in(
        &catalog(),
        "desk",
        "hours4",
        "london",
        None,
        "2026-12-24T11:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(
        timestamp::format_utc(d.due).unwrap(),
        "2026-12-28T12:00:00Z"
    );
    assert_eq!(d.special_days, [date("2026-12-24"), date("2026-12-25")]);
    assert!(d.holidays_skipped.is_empty());
    // 12:30 on Christmas Eve is after its special closing: 1 hour runs Monday
    // 09:00–10:00 (without the override it would be 13:30 the same day).
    assert_eq!(
        due("hours1", "london", "2026-12-24T12:30:00Z"),
        "2026-12-28T10:00:00Z"
    );
    // The explanation names the special days and their hours.
    let tree = render(
        &catalog(),
        attrs(&[
            ("lang", "en"),
            ("tier", "desk"),
            ("region", "london"),
            ("priority", "hours4"),
            ("submitted", "2026-12-24T11:00:00Z"),
        ]),
        "Europe/London",
        "2026-12-23T12:00:00Z",
    );
    let explanation = tree.part("explanation").unwrap().text_content();
    assert!(
        explanation.contains(
            "Special hours: Thu 2026-12-24 (Christmas Eve) 09:00–12:00, Fri 2026-12-25 (Christmas Day) closed."
        ),
        "{explanation}"
    );
    // The coverage chart shades both days and names them.
    let coverage = tree.part("coverage").unwrap();
    let specials =
        coverage.find_all(&|e| e.tag == "rect" && e.get_attr("class") == Some("special"));
    let titles: Vec<String> = specials.iter().map(|r| r.text_content()).collect();
    assert_eq!(
        titles,
        [
            "Thu 2026-12-24 (Christmas Eve) 09:00–12:00",
            "Fri 2026-12-25 (Christmas Day) closed"
        ]
    );
}

#[test]
fn windows_that_meet_at_midnight_are_one_stretch() {
    // Night desk (Tokyo): Monday 22:00–24:00 and Tuesday 00:00–06:00.
    // Monday 12 January 2026 23:00 JST (14:00Z), 4 hours: 23:00–03:00 JST
    // without a stop: due Tuesday 03:00 JST = Monday 18:00Z, one counted span.
    let d = deadline_in(
        &catalog(),
        "desk",
        "hours4",
        "night",
        None,
        "2026-01-12T14:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(
        timestamp::format_utc(d.due).unwrap(),
        "2026-01-12T18:00:00Z"
    );
    assert_eq!(d.counted.len(), 1);
    assert_eq!(d.counted[0].to - d.counted[0].from, Duration::hours(4));
}

#[test]
fn the_short_form_keeps_its_meaning() {
    // The short form reads as Monday–Friday: the same deadlines as the
    // built-in EMEA region (09:00–17:00) read in London.
    let short = deadline_in(
        &catalog(),
        "desk",
        "hours2",
        "london",
        None,
        "2026-03-27T16:30:00Z",
        None,
    )
    .unwrap();
    // Friday 16:30 GMT: 30 min to 17:00, Monday 30 March 09:00–10:30 BST
    // (UTC+1 since Sunday) = 09:30Z.
    assert_eq!(
        timestamp::format_utc(short.due).unwrap(),
        "2026-03-30T09:30:00Z"
    );
}

/// A catalog with one region `r` whose fields are `region` (JSON).
fn with_region(region: &str) -> String {
    format!(
        r#"{{"schema":1,"languages":["en"],"tiers":[{{"id":"t","name":"T","targets":{{"P":{{"clock":"business_hours","minutes":60}},"D":{{"clock":"business_days","days":1}},"W":{{"clock":"24x5","minutes":60}}}}}}],
            "priorities":[{{"id":"P","name":"P","definition":"p"}},{{"id":"D","name":"D","definition":"d"}},{{"id":"W","name":"W","definition":"w"}}],
            "regions":[{{"id":"r","name":"R","zone":"Europe/Paris",{region}}}]}}"#
    )
}

fn problems(region: &str) -> String {
    Catalog::from_json(&with_region(region))
        .expect_err("the catalog should be refused")
        .to_string()
}

#[test]
fn every_schedule_problem_is_named_with_its_path() {
    let cases: &[(&str, &str)] = &[
        (
            r#""hours":{"mon":[["09:00","13:00"],["12:00","17:00"]]}"#,
            "regions[0].hours.mon[1]: opens at 12:00 before the interval before it closes (13:00): intervals must be sorted and must not overlap",
        ),
        (
            r#""hours":{"tue":[["13:00","17:00"],["09:00","12:00"]]}"#,
            "regions[0].hours.tue[1]: opens at 09:00 before the interval before it closes (17:00)",
        ),
        (
            r#""hours":{"wed":[["09:00","25:00"]]}"#,
            "regions[0].hours.wed[0][1]: invalid time of day \"25:00\" (expected HH:MM between 00:00 and 24:00)",
        ),
        (
            r#""hours":{"thu":[["17:00","09:00"]]}"#,
            "regions[0].hours.thu[0]: closes at 09:00 but opens at 17:00: closing must come after opening",
        ),
        (
            r#""hours":{"fri":[["09:00"]]}"#,
            "regions[0].hours.fri[0]: expected an opening and a closing time as two strings, like [\"09:00\", \"12:00\"]; got 1 items",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]],"sun ":[]}"#,
            "regions[0].hours.sun : unknown field `sun ` (expected one of `mon`, `tue`, `wed`, `thu`, `fri`, `sat`, `sun`)",
        ),
        (
            r#""hours":{}"#,
            "regions[0].hours: every day is closed",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]]},"overrides":[{"date":"2026-02-30","hours":[]}]"#,
            "regions[0].overrides[0].date: ",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]]},"overrides":[{"date":"2026-12-24","hours":[["12:00","09:00"]]}]"#,
            "regions[0].overrides[0].hours[0]: closes at 09:00 but opens at 12:00",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]]},"overrides":[{"date":"2026-12-24","hours":[]},{"date":"2026-12-24","hours":[]}]"#,
            "regions[0].overrides[1].date: 2026-12-24 has two overrides",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]]},"around_the_clock":{"opens":"sun 17:00","closes":"sun 17:00"}"#,
            "regions[0].around_the_clock: opens \"sun 17:00\" and closes \"sun 17:00\": that is no time at all or the whole week",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]]},"around_the_clock":{"opens":"sunday 17:00","closes":"fri 17:00"}"#,
            "regions[0].around_the_clock.opens: \"sunday\" is not a weekday (expected one of mon, tue, wed, thu, fri, sat, sun)",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]]},"around_the_clock":{"opens":"sun 17:00","closes":"fri 24:30"}"#,
            "regions[0].around_the_clock.closes: invalid time of day \"24:30\"",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]],"sat":[["10:00","14:00"]]}"#,
            "regions[0]: missing field `business_day`: open days differ in length",
        ),
        (
            r#""hours":{"mon":[["09:00","17:00"]]},"business_day":"00:00""#,
            "regions[0].business_day: a business day must be longer than 00:00",
        ),
    ];
    for (region, expected) in cases {
        let message = problems(region);
        assert!(message.contains(expected), "{region}\n  gave: {message}");
    }
}

#[test]
fn ten_thousand_intervals_are_refused_at_once() {
    let intervals: Vec<String> = (0..10_000)
        .map(|i| {
            format!(
                "[\"{:02}:{:02}\",\"{:02}:{:02}\"]",
                i / 60 % 24,
                i % 60,
                i / 60 % 24,
                i % 60
            )
        })
        .collect();
    let started = Instant::now();
    let message = problems(&format!(r#""hours":{{"mon":[{}]}}"#, intervals.join(",")));
    assert!(
        message
            .contains("regions[0].hours.mon: 10000 intervals in one day: at most 24 are supported"),
        "{message}"
    );
    assert!(started.elapsed() < Elapsed::from_secs(2));
}

#[test]
fn the_busiest_allowed_week_and_a_year_of_overrides_answer_quickly() {
    // 24 one-minute windows every day, every day of a year overridden with
    // 24 others: the heaviest schedule a catalog may hold.
    let day: Vec<String> = (0..24)
        .map(|h| format!("[\"{h:02}:00\",\"{h:02}:01\"]"))
        .collect();
    let day = format!("[{}]", day.join(","));
    let week: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|key| format!("\"{key}\":{day}"))
        .collect();
    let other: Vec<String> = (0..24)
        .map(|h| format!("[\"{h:02}:30\",\"{h:02}:31\"]"))
        .collect();
    let overrides: Vec<String> = date("2026-01-01")
        .iter_days()
        .take(365)
        .map(|d| format!("{{\"date\":\"{d}\",\"hours\":[{}]}}", other.join(",")))
        .collect();
    let json = with_region(&format!(
        r#""hours":{{{}}},"overrides":[{}]"#,
        week.join(","),
        overrides.join(",")
    ));
    let catalog = Catalog::from_json(&json).unwrap();
    let started = Instant::now();
    // 1 business day = 24 one-minute windows: a day of them.
    let d = deadline_in(&catalog, "t", "D", "r", None, "2026-06-01T10:00:00Z", None).unwrap();
    assert_eq!(d.open_time, Duration::minutes(24));
    // Every deadline found with the filing scan over a week.
    let filing = catalog
        .filing_times(
            &sla_calculator::Request {
                tier: "t",
                priority: "D",
                region: "r",
                zone: None,
                submitted: crate::support::at("2026-06-01T00:00:00Z"),
                holidays: None,
            },
            crate::support::at("2026-06-08T00:00:00Z"),
        )
        .unwrap();
    assert!(filing.best.wait <= filing.worst.wait);
    assert!(
        started.elapsed() < Elapsed::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn an_always_closed_schedule_is_an_error_not_a_hang() {
    // Open only on Mondays, but every Monday of the year is closed by an
    // override: no open time within the 366-day search.
    let mondays: Vec<String> = date("2026-01-05")
        .iter_weeks()
        .take(60)
        .map(|d| format!("{{\"date\":\"{d}\",\"hours\":[]}}"))
        .collect();
    let json = with_region(&format!(
        r#""hours":{{"mon":[["09:00","17:00"]]}},"overrides":[{}]"#,
        mondays.join(",")
    ));
    let catalog = Catalog::from_json(&json).unwrap();
    let started = Instant::now();
    let err = deadline_in(&catalog, "t", "P", "r", None, "2026-01-01T00:00:00Z", None).unwrap_err();
    assert!(
        err.to_string().contains("no open time within 366 days"),
        "{err}"
    );
    assert!(started.elapsed() < Elapsed::from_secs(2));
}

/// Random weekly schedules — zero to three windows a day, some meeting at
/// midnight, a random 24x5 week that may skip holidays, overrides and
/// holidays near the submission, holiday hours, the zone's country's public
/// holidays, zones with unusual DST — against the naive minute-stepping calculator,
/// which reads the same data with none of the engine's code.
#[test]
fn random_weekly_schedules_agree_with_the_naive_calculator() {
    const ZONES: [&str; 8] = [
        "America/New_York",
        "America/Santiago",
        "Europe/London",
        "Africa/Casablanca",
        "Asia/Kathmandu",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "Asia/Tokyo",
    ];
    const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let mut random = crate::support::Random(0x005e_ed17);
    let hhmm = |m: usize| format!("\"{:02}:{:02}\"", m / 60, m % 60);
    let windows = |random: &mut crate::support::Random| -> String {
        // Up to three sorted windows on a quarter-hour grid; sometimes one
        // that closes at 24:00 or opens at 00:00.
        let mut marks: Vec<usize> = (0..random.below(4) * 2)
            .map(|_| random.below(97) * 15)
            .collect();
        marks.sort_unstable();
        marks.dedup();
        if marks.len() % 2 == 1 {
            marks.pop();
        }
        let pairs: Vec<String> = marks
            .chunks(2)
            .map(|pair| format!("[{},{}]", hhmm(pair[0]), hhmm(pair[1])))
            .collect();
        format!("[{}]", pairs.join(","))
    };
    let mut checked = 0;
    for _ in 0..160 {
        let zone = ZONES[random.below(ZONES.len())];
        let week: Vec<String> = DAYS
            .iter()
            .map(|day| format!("\"{day}\":{}", windows(&mut random)))
            .collect();
        let submitted = 1_767_225_600 + random.below(2 * 365 * 86_400) as i64;
        let submitted = chrono::DateTime::from_timestamp(submitted, 0).unwrap();
        let near = |random: &mut crate::support::Random| {
            submitted.date_naive() + Duration::days(random.below(12) as i64 - 2)
        };
        let overrides: Vec<String> = (0..random.below(4))
            .map(|_| {
                format!(
                    "{{\"date\":\"{}\",\"hours\":{}}}",
                    near(&mut random),
                    windows(&mut random)
                )
            })
            .collect();
        let holidays: Vec<String> = (0..random.below(3))
            .map(|_| format!("{{\"date\":\"{}\",\"name\":\"h\"}}", near(&mut random)))
            .collect();
        let opens = format!("{} {:02}:00", DAYS[random.below(7)], random.below(24));
        let closes = format!("{} {:02}:00", DAYS[random.below(7)], random.below(24));
        let skips = random.below(2) == 1;
        let holiday_hours = match random.below(2) {
            0 => String::new(),
            _ => format!(r#","holiday_hours":{}"#, windows(&mut random)),
        };
        let public = match random.below(2) {
            0 => "",
            _ => r#","public_holidays":"country""#,
        };
        let region = format!(
            r#""hours":{{{}}},"overrides":[{}],"holidays":[{}],"around_the_clock":{{"opens":"{opens}","closes":"{closes}","skips_holidays":{skips}}},"business_day":"05:00"{holiday_hours}{public}"#,
            week.join(","),
            overrides.join(","),
            holidays.join(",")
        )
        .replace("Europe/Paris", zone);
        let json = with_region(&region).replace("Europe/Paris", zone);
        // Closed weeks, and overrides listing one date twice, are refused:
        // nothing to compare.
        let Ok(catalog) = Catalog::from_json(&json) else {
            continue;
        };
        for priority in ["P", "D", "W"] {
            let request = sla_calculator::Request {
                tier: "t",
                priority,
                region: "r",
                zone: None,
                submitted,
                holidays: None,
            };
            let engine = catalog.deadline(&request).ok().map(|d| d.due);
            let naive = crate::support::naive::naive_deadline(
                &crate::support::naive_clock(&catalog, &request),
                submitted,
            );
            // The engine searches 366 days, the naive calculator 373: a
            // deadline only the naive one finds lies past the engine's search.
            if let Some(due) = naive {
                if due - submitted > Duration::days(366) {
                    continue;
                }
            }
            assert_eq!(
                engine, naive,
                "{priority} at {submitted} in {zone}\n{region}"
            );
            checked += 1;
        }
    }
    assert!(checked > 300, "only {checked} cases compared");
}

#[test]
fn the_best_and_worst_times_to_file_know_the_lunch_break() {
    // Tokyo desk (09:00–12:00, 13:00–17:30 JST), 2 business hours, over the
    // week from Monday 12 January 2026 00:00 JST (Sunday 15:00Z).
    // Best: Monday 09:00 to 10:00 — the answer comes 2 hours later; from
    // 10:00:01 the count runs into lunch and waits an hour more.
    // Worst: Friday 15:30:01 to 17:30 — 1 h 59 min 59 s on Friday, the last
    // second on Monday at 09:00:01: 65 h 30 min later.
    let request = sla_calculator::Request {
        tier: "desk",
        priority: "hours2",
        region: "tokyo",
        zone: None,
        submitted: crate::support::at("2026-01-11T15:00:00Z"),
        holidays: None,
    };
    let times = catalog()
        .filing_times(&request, crate::support::at("2026-01-18T15:00:00Z"))
        .unwrap();
    let utc = |t| timestamp::format_utc(t).unwrap();
    assert_eq!(
        (utc(times.best.first), utc(times.best.last), times.best.wait),
        (
            "2026-01-12T00:00:00Z".into(),
            "2026-01-12T01:00:00Z".into(),
            Duration::hours(2)
        )
    );
    assert_eq!(
        (
            utc(times.worst.first),
            utc(times.worst.last),
            times.worst.wait
        ),
        (
            "2026-01-16T06:30:01Z".into(),
            "2026-01-16T08:30:00Z".into(),
            Duration::minutes(65 * 60 + 30)
        )
    );
}

#[test]
fn a_week_open_around_the_clock_every_day_answers_at_once() {
    // Every day 00:00–24:00: the business clock never stops, so 1 business
    // hour from any instant is one hour later; every filing time waits the
    // same; the widget renders (its runs are a week long at most).
    let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|day| format!("\"{day}\":[[\"00:00\",\"24:00\"]]"))
        .collect();
    let catalog =
        Catalog::from_json(&with_region(&format!(r#""hours":{{{}}}"#, days.join(",")))).unwrap();
    let started = Instant::now();
    let d = deadline_in(&catalog, "t", "P", "r", None, "2026-06-06T10:15:00Z", None).unwrap();
    assert_eq!(
        timestamp::format_utc(d.due).unwrap(),
        "2026-06-06T11:15:00Z"
    );
    let request = sla_calculator::Request {
        tier: "t",
        priority: "P",
        region: "r",
        zone: None,
        submitted: crate::support::at("2026-06-01T00:00:00Z"),
        holidays: None,
    };
    let times = catalog
        .filing_times(&request, crate::support::at("2026-06-08T00:00:00Z"))
        .unwrap();
    assert!(times.makes_no_difference(), "{times:?}");
    let tree = render(
        &catalog,
        attrs(&[("lang", "en"), ("region", "r"), ("priority", "P")]),
        "Europe/Paris",
        "2026-06-01T00:00:00Z",
    );
    assert!(tree.part("coverage").is_some());
    assert!(
        started.elapsed() < Elapsed::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}
