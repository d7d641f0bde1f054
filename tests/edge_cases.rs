//! Deadlines worked out by hand, one rule of rules §3 (docs/rules.md) each.
//!
//! Calendar facts used below (2026): 1 January is a Thursday, so Monday 12
//! January, Friday 16 January, Saturday 17 January. US clocks change on Sunday
//! 8 March and Sunday 1 November; the EU's on Sunday 29 March and Sunday 25
//! October; Sydney's on Sunday 5 April (back) and Sunday 4 October (forward).
//! Regional hours: americas 06:00–17:30 Los Angeles, emea 09:00–17:00 London
//! (or the visitor's zone), apac 09:00–17:00 Singapore (or visitor's), japan
//! 09:00–17:30 Tokyo. Business: P2 2 h, P3 4 h, P4 1 business day. Online: P2
//! 4 h, P3 6 h, P4 3 business days. Enterprise P2 and Elite P2/P3 are 24x5.

use crate::support::{at, deadline, deadline_in, due};
use sla_calculator::{timestamp, Catalog};

fn utc(deadline: &sla_calculator::engine::Deadline) -> String {
    timestamp::format_utc(deadline.due).unwrap()
}

#[test]
fn the_spec_example_friday_evening_in_paris_before_summer_time() {
    // Friday 27 March 17:30 CET (16:30Z) is after closing. Monday 30 March opens
    // at 09:00 CEST (UTC+2, the day after the switch) = 07:00Z; 2 h → 09:00Z.
    let d = deadline(
        "business",
        "P2",
        "emea",
        Some("Europe/Paris"),
        "2026-03-27T16:30:00Z",
        Some(&["2026-04-06"]),
    )
    .unwrap();
    assert_eq!(utc(&d), "2026-03-30T09:00:00Z");
    assert!(d.started_outside_hours());
    assert_eq!(d.clock_started, at("2026-03-30T07:00:00Z"));
}

#[test]
fn a_deadline_landing_exactly_on_closing_is_that_closing() {
    // Monday 12 January 15:00 GMT, 2 h of business hours: 15:00–17:00 is open,
    // so the clock is full at 17:00 exactly, not at Tuesday's opening.
    assert_eq!(
        due("business", "P2", "emea", None, "2026-01-12T15:00:00Z"),
        "2026-01-12T17:00:00Z"
    );
}

#[test]
fn a_submission_at_opening_counts_from_opening() {
    // Monday 12 January 06:00 PST = 14:00Z; 2 h → 08:00 PST = 16:00Z.
    let d = deadline(
        "business",
        "P2",
        "americas",
        None,
        "2026-01-12T14:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(utc(&d), "2026-01-12T16:00:00Z");
    assert!(!d.started_outside_hours());
}

#[test]
fn a_submission_at_closing_waits_for_the_next_opening() {
    // Monday 12 January 17:30 PST = Tuesday 01:30Z: closed (half-open window).
    // Tuesday opens 06:00 PST = 14:00Z; 2 h → 16:00Z.
    let d = deadline(
        "business",
        "P2",
        "americas",
        None,
        "2026-01-13T01:30:00Z",
        None,
    )
    .unwrap();
    assert_eq!(utc(&d), "2026-01-13T16:00:00Z");
    assert!(d.started_outside_hours());
    assert_eq!(d.clock_started, at("2026-01-13T14:00:00Z"));
}

#[test]
fn a_submission_one_second_before_closing_counts_that_second() {
    // Monday 12 January 16:59:59 GMT: 1 s counts on Monday, 1 h 59 min 59 s on
    // Tuesday from 09:00 → 10:59:59Z.
    assert_eq!(
        due("business", "P2", "emea", None, "2026-01-12T16:59:59Z"),
        "2026-01-13T10:59:59Z"
    );
}

#[test]
fn friday_afternoon_rolls_over_the_weekend() {
    // Friday 16 January 15:00 GMT, 4 h: 2 h on Friday (15:00–17:00), 2 h on
    // Monday 19 January (09:00–11:00) → 11:00Z.
    let d = deadline("business", "P3", "emea", None, "2026-01-16T15:00:00Z", None).unwrap();
    assert_eq!(utc(&d), "2026-01-19T11:00:00Z");
    assert_eq!(d.counted.len(), 2);
}

#[test]
fn one_business_day_from_monday_ten_is_tuesday_ten() {
    // 8 h from Monday 10:00 GMT: 7 h on Monday, 1 h on Tuesday → Tuesday 10:00.
    assert_eq!(
        due("business", "P4", "emea", None, "2026-01-12T10:00:00Z"),
        "2026-01-13T10:00:00Z"
    );
}

#[test]
fn p4_from_saturday_is_due_at_monday_closing() {
    // Saturday 24 January 10:00 PST (18:00Z). One business day in the americas
    // is 11 h 30; Monday 26 January 06:00–17:30 PST is exactly that, so the
    // deadline is Monday's closing, 17:30 PST = Tuesday 01:30Z.
    assert_eq!(
        due("business", "P4", "americas", None, "2026-01-24T18:00:00Z"),
        "2026-01-27T01:30:00Z"
    );
    // A week earlier, Monday 19 January is Martin Luther King Jr. Day, a US
    // public holiday (americas reads Los Angeles, so the US's): the day
    // counts on Tuesday 20 January, 06:00–17:30 PST = Wednesday 01:30Z.
    assert_eq!(
        due("business", "P4", "americas", None, "2026-01-17T18:00:00Z"),
        "2026-01-21T01:30:00Z"
    );
}

#[test]
fn three_business_days_in_japan_are_three_full_windows() {
    // Monday 5 January 09:00 JST (00:00Z): 3 × 8 h 30 = Monday, Tuesday and
    // Wednesday in full → Wednesday 7 January 17:30 JST = 08:30Z.
    assert_eq!(
        due("online", "P4", "japan", None, "2026-01-05T00:00:00Z"),
        "2026-01-07T08:30:00Z"
    );
}

#[test]
fn us_spring_forward_over_the_weekend() {
    // Friday 6 March 16:30 PST (00:30Z Saturday): 1 h on Friday until 17:30.
    // Monday 9 March opens 06:00 PDT (UTC-7) = 13:00Z; 1 h more → 14:00Z.
    assert_eq!(
        due("business", "P2", "americas", None, "2026-03-07T00:30:00Z"),
        "2026-03-09T14:00:00Z"
    );
}

#[test]
fn us_fall_back_over_the_weekend() {
    // Friday 30 October 15:30 PDT (22:30Z): 2 h on Friday until 17:30 PDT.
    // Monday 2 November opens 06:00 PST (UTC-8) = 14:00Z; 2 h more → 16:00Z.
    assert_eq!(
        due("business", "P3", "americas", None, "2026-10-30T22:30:00Z"),
        "2026-11-02T16:00:00Z"
    );
}

#[test]
fn eu_fall_back_over_the_weekend() {
    // Friday 23 October 16:00 CEST (14:00Z): 1 h on Friday. Monday 26 October
    // opens 09:00 CET (UTC+1) = 08:00Z; 1 h more → 09:00Z.
    assert_eq!(
        due(
            "business",
            "P2",
            "emea",
            Some("Europe/Paris"),
            "2026-10-23T14:00:00Z"
        ),
        "2026-10-26T09:00:00Z"
    );
}

#[test]
fn sydney_dst_ends_on_a_sunday_before_monday_opening() {
    // Friday 3 April 15:00 AEDT (UTC+11) = 04:00Z: 2 h on Friday. Sydney goes
    // back to AEST (UTC+10) on Sunday 5 April; Monday 6 April 09:00 AEST =
    // Sunday 23:00Z; 2 h more → 01:00Z Monday. (Without holidays: that
    // Friday is Good Friday and that Monday Easter Monday.)
    let no_holidays = crate::support::deadline(
        "business",
        "P3",
        "apac",
        Some("Australia/Sydney"),
        "2026-04-03T04:00:00Z",
        Some(&[]),
    )
    .unwrap();
    assert_eq!(
        sla_calculator::timestamp::format_utc(no_holidays.due).unwrap(),
        "2026-04-06T01:00:00Z"
    );
    // With Australia's public holidays, Friday and Monday are closed: the 4
    // hours run Tuesday 7 April 09:00–13:00 AEST = Monday 23:00Z – 03:00Z.
    assert_eq!(
        due(
            "business",
            "P3",
            "apac",
            Some("Australia/Sydney"),
            "2026-04-03T04:00:00Z"
        ),
        "2026-04-07T03:00:00Z"
    );
}

#[test]
fn sydney_dst_starts_on_a_sunday_before_monday_opening() {
    // Friday 2 October 16:00 AEST (UTC+10) = 06:00Z: 1 h on Friday. Summer time
    // (UTC+11) starts Sunday 4 October; Monday 5 October 09:00 AEDT = Sunday
    // 22:00Z; 1 h more → 23:00Z.
    assert_eq!(
        due(
            "business",
            "P2",
            "apac",
            Some("Australia/Sydney"),
            "2026-10-02T06:00:00Z"
        ),
        "2026-10-04T23:00:00Z"
    );
}

#[test]
fn around_the_clock_on_weekdays_skips_the_weekend() {
    // Enterprise P2 is 24x5 / 1 h. Friday 16 January 23:30 GMT: 30 min until
    // Saturday 00:00, then from Monday 00:00 GMT → Monday 19 January 00:30Z.
    assert_eq!(
        due("enterprise", "P2", "emea", None, "2026-01-16T23:30:00Z"),
        "2026-01-19T00:30:00Z"
    );
    // Elite P3 (24x5 / 1 h) in Japan from Saturday 17 January noon JST: the
    // week opens Monday 19 January 00:00 JST (Sunday 15:00Z) → 16:00Z.
    assert_eq!(
        due("elite", "P3", "japan", None, "2026-01-17T03:00:00Z"),
        "2026-01-18T16:00:00Z"
    );
}

#[test]
fn around_the_clock_on_weekdays_ignores_holidays() {
    // Monday 4 May 2026 is Greenery Day, but 24x5 does not exclude holidays:
    // 10:00 JST (01:00Z) + 1 h → 02:00Z the same day.
    assert_eq!(
        due("enterprise", "P2", "japan", None, "2026-05-04T01:00:00Z"),
        "2026-05-04T02:00:00Z"
    );
}

#[test]
fn golden_week_closes_japan_for_three_weekdays() {
    // Friday 1 May 17:00 JST (08:00Z), Business P2 (2 h): 30 min on Friday.
    // Sat 2, Sun 3 (Constitution Day), Mon 4 (Greenery Day), Tue 5 (Children's
    // Day), Wed 6 (substitute holiday for the 3rd). Thursday 7 May 09:00 +
    // 1 h 30 → 10:30 JST = 01:30Z.
    let d = deadline(
        "business",
        "P2",
        "japan",
        None,
        "2026-05-01T08:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(utc(&d), "2026-05-07T01:30:00Z");
    let skipped: Vec<String> = d
        .holidays_skipped
        .iter()
        .map(|h| timestamp::format_date(*h))
        .collect();
    assert_eq!(skipped, ["2026-05-04", "2026-05-05", "2026-05-06"]);
}

#[test]
fn silver_week_2026_closes_japan_monday_to_wednesday() {
    // Friday 18 September 17:00 JST (08:00Z), Business P3 (4 h): 30 min on
    // Friday. Mon 21 (Respect for the Aged), Tue 22 (citizens' holiday between
    // two holidays), Wed 23 (Autumnal Equinox). Thursday 24 September 09:00 +
    // 3 h 30 → 12:30 JST = 03:30Z.
    assert_eq!(
        due("business", "P3", "japan", None, "2026-09-18T08:00:00Z"),
        "2026-09-24T03:30:00Z"
    );
}

#[test]
fn a_substitute_holiday_moves_the_deadline() {
    // Vernal Equinox Day 2027 is Sunday 21 March, so Monday 22 March is a
    // substitute holiday. Friday 19 March 17:00 JST (08:00Z), Business P4
    // (one business day = 8 h 30): 30 min on Friday, Monday closed, Tuesday
    // 23 March 09:00 + 8 h → 17:00 JST = 08:00Z.
    let d = deadline(
        "business",
        "P4",
        "japan",
        None,
        "2027-03-19T08:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(utc(&d), "2027-03-23T08:00:00Z");
    assert_eq!(d.holidays_skipped, [crate::support::date("2027-03-22")]);
}

#[test]
fn an_explicit_holiday_list_replaces_the_regions() {
    // The spec example with Monday 30 March declared a holiday: the clock
    // starts Tuesday 31 March 09:00 CEST (07:00Z) → 09:00Z.
    let d = deadline(
        "business",
        "P2",
        "emea",
        Some("Europe/Paris"),
        "2026-03-27T16:30:00Z",
        Some(&["2026-03-30"]),
    )
    .unwrap();
    assert_eq!(utc(&d), "2026-03-31T09:00:00Z");
    // An empty list re-opens Japan on Greenery Day: Monday 4 May 10:00 JST
    // (01:00Z) + 2 h → 12:00 JST = 03:00Z.
    let d = deadline(
        "business",
        "P2",
        "japan",
        None,
        "2026-05-04T01:00:00Z",
        Some(&[]),
    )
    .unwrap();
    assert_eq!(utc(&d), "2026-05-04T03:00:00Z");
}

#[test]
fn offsets_in_the_input_name_the_same_instant() {
    // 17:30+01:00 and 02:30+10:00 the next day are both 16:30Z on 27 March.
    for submitted in [
        "2026-03-27T17:30:00+01:00",
        "2026-03-28T02:30:00+10:00",
        "2026-03-27T13:30:00-03:00",
    ] {
        assert_eq!(
            due("business", "P2", "emea", Some("Europe/Paris"), submitted),
            "2026-03-30T09:00:00Z",
            "{submitted}"
        );
    }
}

#[test]
fn p1_is_submission_plus_duration_at_any_hour() {
    // Sunday 18 January 03:07:09Z: 24x7, so Elite's 15 min and Online's 1 h
    // are simply added.
    assert_eq!(
        due("elite", "P1", "japan", None, "2026-01-18T03:07:09Z"),
        "2026-01-18T03:22:09Z"
    );
    assert_eq!(
        due("online", "P1", "americas", None, "2026-01-18T03:07:09Z"),
        "2026-01-18T04:07:09Z"
    );
    // Across the US spring-forward: 1 h of real time, whatever the wall clock says.
    assert_eq!(
        due("business", "P1", "americas", None, "2026-03-08T09:30:00Z"),
        "2026-03-08T10:30:00Z"
    );
}

#[test]
fn a_schedule_that_never_opens_is_an_error_not_a_hang() {
    // Every day of 2026–2027 declared a holiday: no open time within 366 days.
    let mut day = crate::support::date("2026-01-01");
    let mut all = Vec::new();
    while day < crate::support::date("2028-01-01") {
        all.push(day.to_string());
        day = day.succ_opt().unwrap();
    }
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    let err = deadline(
        "business",
        "P2",
        "emea",
        None,
        "2026-03-02T10:00:00Z",
        Some(&all),
    )
    .unwrap_err();
    assert!(err.is_engine());
    assert!(
        err.to_string().contains("no open time within 366 days"),
        "{err}"
    );
}

#[test]
fn a_submission_before_2020_is_an_error_not_a_guess() {
    // The bundled zone rules start in 2020 (every zone of the database since
    // then): earlier offsets are not carried, so no answer beats a wrong one.
    let err = deadline(
        "business",
        "P2",
        "americas",
        None,
        "2019-12-31T23:59:59Z",
        None,
    )
    .unwrap_err();
    assert!(err.to_string().contains("before 2020"), "{err}");
    // 2020 is fine. Americas hours are 06:00–17:30 Los Angeles (PST, UTC-8 in
    // January). 00:00Z on Tuesday 7 January 2020 is Monday 6 January 16:00
    // PST: 1 h 30 min count until 17:30, the last 30 min on Tuesday
    // 06:00–06:30 PST = 14:30Z.
    let due = deadline(
        "business",
        "P2",
        "americas",
        None,
        "2020-01-07T00:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(
        timestamp::format_utc(due.due).unwrap(),
        "2020-01-07T14:30:00Z"
    );
}

#[test]
fn a_deadline_after_year_9999_is_an_error() {
    let err = deadline("elite", "P1", "emea", None, "9999-12-31T23:50:00Z", None).unwrap_err();
    assert_eq!(err.to_string(), "the deadline falls after year 9999");
    // Friday 31 December 9999 after closing: the next opening is in year 10000.
    let err = deadline("business", "P2", "emea", None, "9999-12-31T18:00:00Z", None).unwrap_err();
    assert!(err.is_engine(), "{err}");
}

#[test]
fn unknown_ids_are_named_with_the_expected_values() {
    let err = deadline("platinum", "P2", "emea", None, "2026-01-12T10:00:00Z", None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown tier \"platinum\" (expected online, business, enterprise, elite)"
    );
    let err = deadline("business", "P5", "emea", None, "2026-01-12T10:00:00Z", None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown priority \"P5\" (expected P1, P2, P3, P4)"
    );
}

#[test]
fn an_opening_in_a_dst_gap_is_read_with_the_offset_before() {
    // Israel springs forward on Friday 27 March 2026 at 02:00 (+02:00 → +03:00).
    // A region open 02:30–05:00: 02:30 does not exist that day, so it is read
    // at +02:00 = 00:30Z (shown as 03:30 IDT); 05:00 IDT = 02:00Z. A 60-minute
    // target submitted at 00:00Z therefore starts at 00:30Z and ends 01:30Z.
    // The americas come first in the catalog: their hours become 02:30–05:00.
    let json = sla_calculator::catalog::BUILTIN_JSON
        .replacen("\"opens\": \"06:00\"", "\"opens\": \"02:30\"", 1)
        .replacen("\"closes\": \"17:30\"", "\"closes\": \"05:00\"", 1);
    let catalog = Catalog::from_json(&json).unwrap();
    let d = deadline_in(
        &catalog,
        "online",
        "P2",
        "americas",
        Some("Asia/Jerusalem"),
        "2026-03-27T00:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(d.clock_started, at("2026-03-27T00:30:00Z"));
    // Online P2 is 4 h: 1 h 30 on Friday (00:30Z–02:00Z), then Monday 30 March
    // 02:30 IDT (23:30Z Sunday) + 2 h 30 → 02:00Z Monday.
    assert_eq!(utc(&d), "2026-03-30T02:00:00Z");
}
