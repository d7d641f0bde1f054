//! Whose clock a region's hours are read in (rules §2.1 (docs/rules.md): countries and local
//! hours), and holiday calendars that say how far they reach (§2.3).
//!
//! Every deadline here is worked out by hand in the comment above it.

use sla_calculator::catalog::{Region, ZoneReason, BUILTIN_JSON};
use sla_calculator::{json_api, timestamp, Catalog};

use crate::support::{builtin, deadline};

/// The built-in catalog's deadline for a visitor in `visitor_zone`, with the
/// region's hours read where the catalog says (no override).
fn due_for_visitor(
    tier: &str,
    priority: &str,
    region: &str,
    visitor_zone: &str,
    submitted: &str,
) -> String {
    let catalog = builtin();
    let zone = catalog
        .region(region)
        .unwrap()
        .zone_for_visitor(visitor_zone);
    let due = deadline(tier, priority, region, Some(zone.name()), submitted, None).unwrap();
    timestamp::format_utc(due.due).unwrap()
}

/// Whose clock `region` reads its hours in for a visitor in `visitor`, and why.
fn clock(region: &Region, visitor: &str) -> (&'static str, ZoneReason) {
    let choice = region.clock_for_visitor(visitor);
    (choice.zone.name(), choice.reason)
}

#[test]
fn a_visitor_in_madrid_is_served_in_madrid_time() {
    // The issue's case. Wed 2 Dec 2026 16:30 in Madrid (CET, UTC+1) = 15:30Z.
    // EMEA hours are local, 09:00–17:00 Madrid: 30 min count on Wednesday,
    // the other 1 h 30 on Thursday 09:00–10:30 CET = 09:30Z. (Read in London
    // time it would be 10:30Z: an hour late.)
    assert_eq!(
        due_for_visitor(
            "business",
            "P2",
            "emea",
            "Europe/Madrid",
            "2026-12-02T15:30:00Z"
        ),
        "2026-12-03T09:30:00Z"
    );
}

#[test]
fn a_visitor_in_athens_is_served_in_athens_time() {
    // Athens is UTC+2 in winter. Mon 7 Dec 2026 16:00 EET = 14:00Z; P2 (2 h):
    // 1 h Monday to 17:00, 1 h Tuesday 09:00–10:00 EET: due 10:00 EET = 08:00Z.
    assert_eq!(
        due_for_visitor(
            "business",
            "P2",
            "emea",
            "Europe/Athens",
            "2026-12-07T14:00:00Z"
        ),
        "2026-12-08T08:00:00Z"
    );
}

#[test]
fn a_visitor_in_seoul_is_served_in_seoul_time() {
    // Fri 4 Dec 2026 16:00 KST (UTC+9) = 07:00Z. APAC P2 (2 h), 09:00–17:00
    // Seoul: 1 h on Friday, the weekend, 1 h Monday 09:00–10:00 KST = 01:00Z.
    assert_eq!(
        due_for_visitor(
            "business",
            "P2",
            "apac",
            "Asia/Seoul",
            "2026-12-04T07:00:00Z"
        ),
        "2026-12-07T01:00:00Z"
    );
}

#[test]
fn a_visitor_in_adelaide_is_served_in_adelaide_summer_time() {
    // Adelaide keeps daylight time in December: ACDT, UTC+10:30. Mon 7 Dec
    // 2026 15:00 ACDT = 04:30Z. P3 (4 h): 2 h Monday to 17:00, 2 h Tuesday
    // 09:00–11:00 ACDT = Tue 8 Dec 00:30Z.
    assert_eq!(
        due_for_visitor(
            "business",
            "P3",
            "apac",
            "Australia/Adelaide",
            "2026-12-07T04:30:00Z"
        ),
        "2026-12-08T00:30:00Z"
    );
}

#[test]
fn a_link_name_such_as_asia_calcutta_is_read_as_its_zone() {
    // Chromium reports Asia/Calcutta, a link to Asia/Kolkata (India, IST
    // UTC+5:30). Thu 3 Dec 2026 16:30 IST = 11:00Z; P2: 30 min Thursday, 1 h
    // 30 Friday 09:00–10:30 IST = 05:00Z.
    let catalog = builtin();
    let apac = catalog.region("apac").unwrap();
    assert_eq!(
        clock(apac, "Asia/Calcutta"),
        ("Asia/Calcutta", ZoneReason::Visitor)
    );
    assert_eq!(
        due_for_visitor(
            "business",
            "P2",
            "apac",
            "Asia/Calcutta",
            "2026-12-03T11:00:00Z"
        ),
        "2026-12-04T05:00:00Z"
    );
}

#[test]
fn a_visitor_in_kathmandu_gets_the_quarter_hour_offset() {
    // Nepal is UTC+5:45. Mon 7 Dec 2026 16:00 NPT = 10:15Z; P2: 1 h Monday,
    // 1 h Tuesday 09:00–10:00 NPT: due 10:00 NPT = 04:15Z.
    assert_eq!(
        due_for_visitor(
            "business",
            "P2",
            "apac",
            "Asia/Kathmandu",
            "2026-12-07T10:15:00Z"
        ),
        "2026-12-08T04:15:00Z"
    );
}

#[test]
fn a_visitor_outside_the_region_gets_its_default_zone_and_is_told_why() {
    let catalog = builtin();
    let emea = catalog.region("emea").unwrap();
    let outside = ("Europe/London", ZoneReason::Outside);
    assert_eq!(clock(emea, "America/New_York"), outside);
    assert_eq!(clock(emea, "Etc/UTC"), outside);
    assert_eq!(clock(emea, "Mars/Base"), outside);
    // Fixed regions read their own zone for everyone, even their own people.
    let japan = catalog.region("japan").unwrap();
    assert_eq!(
        clock(japan, "Asia/Tokyo"),
        ("Asia/Tokyo", ZoneReason::Fixed)
    );
    // New York, Wed 2 Dec 2026 10:30 EST = 15:30Z, choosing EMEA: London hours
    // (GMT = UTC), so 1 h 30 until 17:00 GMT, 30 min Thursday 09:00–09:30Z.
    assert_eq!(
        due_for_visitor(
            "business",
            "P2",
            "emea",
            "America/New_York",
            "2026-12-02T15:30:00Z"
        ),
        "2026-12-03T09:30:00Z"
    );
}

#[test]
fn every_country_of_tzdata_but_antarctica_is_in_exactly_one_region() {
    let catalog = builtin();
    let mut codes: Vec<&str> = catalog
        .regions()
        .iter()
        .flat_map(|r| r.countries())
        .collect();
    let total = codes.len();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), total, "a country in two regions");
    // tzdata's iso3166.tab has 249 codes; AQ (Antarctica) has no customers.
    assert_eq!(total, 248);
    assert!(!codes.contains(&"AQ"));
    // The seed's regions: Japan alone; the Middle East with Europe and Africa.
    let region_of = |code: &str| {
        catalog
            .regions()
            .iter()
            .find(|r| r.countries().any(|c| c == code))
            .map(|r| r.id())
    };
    assert_eq!(region_of("JP"), Some("japan"));
    for code in ["SA", "AE", "IL", "TR", "EG", "KE", "ES", "GR"] {
        assert_eq!(region_of(code), Some("emea"), "{code}");
    }
    for code in ["KR", "IN", "AU", "NZ", "ID", "TH", "VN", "NP", "PK"] {
        assert_eq!(region_of(code), Some("apac"), "{code}");
    }
    for code in ["US", "CA", "MX", "BR", "JM"] {
        assert_eq!(region_of(code), Some("americas"), "{code}");
    }
}

#[test]
fn coming_of_age_day_2028_is_a_holiday() {
    // The issue's case: Fri 7 Jan 2028 16:00 JST (07:00Z), Business P3 (4 h).
    // 1 h 30 Friday to 17:30; Mon 10 Jan is Coming of Age Day (second Monday
    // of January); 2 h 30 Tuesday 09:00–11:30 JST = 02:30Z.
    let due = deadline(
        "business",
        "P3",
        "japan",
        None,
        "2028-01-07T07:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(
        timestamp::format_utc(due.due).unwrap(),
        "2028-01-11T02:30:00Z"
    );
    assert_eq!(due.holidays_skipped, [crate::support::date("2028-01-10")]);
    assert_eq!(due.holidays_unknown_after, None);
}

#[test]
fn japan_holidays_reach_2035_and_later_deadlines_are_warned() {
    // Autumnal Equinox Day 2035 is Mon 24 Sep (the formula gives the 23rd, a
    // Sunday: substitute Monday). Fri 21 Sep 2035 16:00 JST, P3 (4 h): 1 h 30
    // Friday, Monday off, 2 h 30 Tuesday 25 Sep 09:00–11:30 JST = 02:30Z.
    let due = deadline(
        "business",
        "P3",
        "japan",
        None,
        "2035-09-21T07:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(
        timestamp::format_utc(due.due).unwrap(),
        "2035-09-25T02:30:00Z"
    );
    assert_eq!(due.holidays_unknown_after, None);
    // Mon 31 Dec 2035 16:00 JST: 1 h 30 Monday, then 1 Jan 2036 — past the
    // calendar, so counted as open (09:00–11:30 JST = 02:30Z): the answer
    // says its holidays are known only up to 31 Dec 2035.
    let due = deadline(
        "business",
        "P3",
        "japan",
        None,
        "2035-12-31T07:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(
        timestamp::format_utc(due.due).unwrap(),
        "2036-01-01T02:30:00Z"
    );
    assert_eq!(
        due.holidays_unknown_after,
        Some(crate::support::date("2035-12-31"))
    );
    // 24x7 and 24x5 ignore holidays: nothing to warn about.
    let p1 = deadline(
        "business",
        "P1",
        "japan",
        None,
        "2035-12-31T07:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(p1.holidays_unknown_after, None);
    let elite_p2 = deadline("elite", "P2", "japan", None, "2035-12-31T07:00:00Z", None).unwrap();
    assert_eq!(elite_p2.holidays_unknown_after, None);
    // Holidays passed with the request replace the calendar, for every year.
    let own = deadline(
        "business",
        "P3",
        "japan",
        None,
        "2035-12-31T07:00:00Z",
        Some(&[]),
    )
    .unwrap();
    assert_eq!(own.holidays_unknown_after, None);
    // EMEA lists none, but skips the public holidays of the country whose
    // clock it reads (London's for a visitor outside it), known to 2035.
    let emea = deadline("business", "P3", "emea", None, "2040-01-02T16:00:00Z", None).unwrap();
    assert_eq!(
        emea.holidays_unknown_after,
        Some(crate::support::date("2035-12-31"))
    );
    // A region that lists none and observes no public holidays has no end.
    let json = sla_calculator::catalog::BUILTIN_JSON.replace(
        "\"public_holidays\": \"country\"",
        "\"public_holidays\": null",
    );
    let none = sla_calculator::Catalog::from_json(&json).unwrap();
    let emea = crate::support::deadline_in(
        &none,
        "business",
        "P3",
        "emea",
        None,
        "2040-01-02T16:00:00Z",
        None,
    )
    .unwrap();
    assert_eq!(emea.holidays_unknown_after, None);
}

#[test]
fn the_cli_answer_names_the_zone_the_reason_and_the_warning() {
    let catalog = builtin();
    let answer = |line: &str| json_api::answer(&catalog, line).to_json();
    let madrid = answer(
        r#"{"tier":"business","priority":"P2","region":"emea","visitor_zone":"Europe/Madrid","submitted":"2026-12-02T15:30:00Z"}"#,
    );
    assert!(
        madrid.contains(r#""deadline_utc":"2026-12-03T09:30:00Z""#),
        "{madrid}"
    );
    assert!(
        madrid.contains(r#""zone":"Europe/Madrid","zone_reason":"visitor""#),
        "{madrid}"
    );
    let tokyo_in_emea = answer(
        r#"{"tier":"business","priority":"P2","region":"emea","visitor_zone":"Asia/Tokyo","submitted":"2026-12-02T15:30:00Z"}"#,
    );
    assert!(
        tokyo_in_emea.contains(r#""zone":"Europe/London","zone_reason":"outside""#),
        "{tokyo_in_emea}"
    );
    let chosen = answer(
        r#"{"tier":"business","priority":"P2","region":"japan","zone":"Europe/Madrid","visitor_zone":"Asia/Seoul","submitted":"2026-12-02T15:30:00Z"}"#,
    );
    assert!(
        chosen.contains(r#""zone":"Europe/Madrid","zone_reason":"chosen""#),
        "{chosen}"
    );
    let fixed = answer(
        r#"{"tier":"business","priority":"P2","region":"americas","visitor_zone":"America/New_York","submitted":"2026-12-02T15:30:00Z"}"#,
    );
    assert!(
        fixed.contains(r#""zone":"America/Los_Angeles","zone_reason":"fixed""#),
        "{fixed}"
    );
    assert!(!fixed.contains("warnings"), "{fixed}");
    let late = answer(
        r#"{"tier":"business","priority":"P3","region":"japan","submitted":"2035-12-31T07:00:00Z"}"#,
    );
    assert!(
        late.contains(r#""warnings":["the public holidays of JP are known only up to 2035-12-31"#),
        "{late}"
    );
    let bad = answer(
        r#"{"tier":"business","priority":"P2","region":"emea","visitor_zone":"Europe/Madird","submitted":"2026-12-02T15:30:00Z"}"#,
    );
    assert!(
        bad.contains(
            r#"visitor_zone: unknown time zone \"Europe/Madird\" (closest: Europe/Madrid"#
        ),
        "{bad}"
    );
}

fn problems_in(json: &str) -> Vec<String> {
    Catalog::from_json(json).unwrap_err().problems()
}

fn builtin_with(from: &str, to: &str) -> Vec<String> {
    assert!(BUILTIN_JSON.contains(from), "{from} not in the catalog");
    problems_in(&BUILTIN_JSON.replacen(from, to, 1))
}

#[test]
fn bad_countries_are_named_with_their_path() {
    // Japan's list is ["JP"]; EMEA's starts with "AD".
    let japan_list = "\"countries\": [\n    \"JP\"\n   ]";
    assert!(BUILTIN_JSON.contains(japan_list));
    for (code, message) in [
        ("jp", "regions[3].countries[0]: \"jp\" is not an ISO 3166-1 alpha-2 country code (such as \"FR\" or \"JP\")"),
        ("XX", "regions[3].countries[0]: \"XX\" is not an ISO 3166-1 alpha-2 country code (such as \"FR\" or \"JP\")"),
        ("JPN", "regions[3].countries[0]: \"JPN\" is not an ISO 3166-1 alpha-2 country code (such as \"FR\" or \"JP\")"),
    ] {
        let problems = builtin_with(japan_list, &japan_list.replace("JP", code));
        assert!(problems.iter().any(|p| p == message), "{problems:#?}");
    }
    // France moved into Japan's list: France is already EMEA's.
    let problems = builtin_with(japan_list, &japan_list.replace("\"JP\"", "\"JP\", \"FR\""));
    assert!(
        problems.iter().any(|p| p == "regions[3].countries[1]: \"FR\" is already in region \"emea\": a country belongs to one region"),
        "{problems:#?}"
    );
    let problems = builtin_with(japan_list, &japan_list.replace("\"JP\"", "\"JP\", \"JP\""));
    assert!(
        problems
            .iter()
            .any(|p| p == "regions[3].countries[1]: \"JP\" is listed twice"),
        "{problems:#?}"
    );
}

#[test]
fn old_and_inconsistent_region_fields_are_explained() {
    let region = |extra: &str| {
        format!(
            r#"{{"schema": 1, "languages": ["en"], "tiers": [{{"id": "t", "name": "T", "targets": {{"p": {{"clock": "business_hours", "minutes": 60}}}}}}],
               "priorities": [{{"id": "p", "name": "P", "definition": "D"}}],
               "regions": [{{"id": "nz", "name": "NZ", "hours": {{"opens": "08:00", "closes": "18:00"}}, "zone": "Pacific/Auckland"{extra}}}]}}"#
        )
    };
    assert!(Catalog::from_json(&region(r#", "countries": ["NZ"], "local_hours": true"#)).is_ok());
    let problems = problems_in(&region(r#", "local_zones": ["Pacific/Auckland"]"#));
    assert!(
        problems
            .iter()
            .any(|p| p
                .starts_with("regions[0].local_zones: `local_zones` was replaced by `countries`")),
        "{problems:#?}"
    );
    let problems = problems_in(&region(r#", "local_hours": true"#));
    assert!(
        problems
            .iter()
            .any(|p| p
                .starts_with("regions[0].local_hours: local hours need the region's `countries`")),
        "{problems:#?}"
    );
    let problems = problems_in(&region(r#", "local_hours": "yes""#));
    assert!(
        problems
            .iter()
            .any(|p| p == "regions[0].local_hours: expected true or false, got a string"),
        "{problems:#?}"
    );
    let holidays = r#", "holidays": [{"date": "2027-01-01", "name": "New Year"}]"#;
    let problems = problems_in(&region(&format!(
        r#"{holidays}, "holidays_until": "2026-12-31""#
    )));
    assert!(problems.iter().any(|p| p == "regions[0].holidays_until: 2026-12-31 comes before the last listed holiday, 2027-01-01"), "{problems:#?}");
    let problems = problems_in(&region(r#", "holidays_until": "2026-02-30""#));
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("regions[0].holidays_until: ")),
        "{problems:#?}"
    );
    // Without `holidays_until`, a calendar reaches the end of its last year.
    let catalog = Catalog::from_json(&region(holidays)).unwrap();
    assert_eq!(
        catalog.region("nz").unwrap().holidays_until(),
        Some(crate::support::date("2027-12-31"))
    );
}

#[test]
fn a_page_s_extra_holidays_do_not_move_the_calendar_s_end() {
    // EMEA lists no holidays: it observes none, so it has no end. A page that
    // adds Christmas 2026 adds a holiday, not a calendar that stops in 2026.
    let catalog = builtin();
    let extra =
        r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25", "name": "Christmas"}]}}"#;
    let merged = catalog.with_extra_holidays(extra).unwrap();
    assert_eq!(merged.region("emea").unwrap().holidays().len(), 1);
    assert_eq!(merged.region("emea").unwrap().holidays_until(), None);
    // Japan's calendar is its public holidays', known to 2035, with or
    // without the page's.
    let japan = merged.region("japan").unwrap();
    let until = merged.schedule(japan, None, None).holidays_until();
    assert_eq!(until, Some(crate::support::date("2035-12-31")));
}
