//! Hostile and broken input: every case yields correct rendering with the text
//! shown literally, or a clear error naming the problem — never a panic or a hang.

use std::time::{Duration, Instant};

use sla_calculator::catalog::BUILTIN_JSON;
use sla_calculator::json::{self, Value};
use sla_calculator::view::{self, Attributes, Frame, PlainClockface, Selection, Surroundings};
use sla_calculator::{json_api, Catalog};

use crate::support::at;

/// The builtin catalog with `suffix` appended to every text (not to ids, codes, zones, dates, hours).
fn poisoned(suffix: &str) -> String {
    fn poison(value: &mut Value, key: &str, suffix: &str) {
        const KEEP: [&str; 12] = [
            "id",
            "zone",
            "clock",
            "opens",
            "closes",
            "date",
            "countries",
            "holidays_until",
            "public_holidays",
            "languages",
            "default_tiers",
            "schema",
        ];
        match value {
            // A tier's `services` are ids; the catalog's `services` are
            // objects whose texts are poisoned like any other.
            Value::String(s) if !KEEP.contains(&key) && key != "services" => s.push_str(suffix),
            Value::Array(items) if !KEEP.contains(&key) => {
                items.iter_mut().for_each(|v| poison(v, key, suffix))
            }
            Value::Object(fields) => fields.iter_mut().for_each(|(k, v)| poison(v, k, suffix)),
            _ => {}
        }
    }
    let mut value = json::parse(BUILTIN_JSON).unwrap();
    poison(&mut value, "", suffix);
    value.to_json()
}

fn render_html(catalog: &Catalog, attributes: &Attributes) -> String {
    let around = Surroundings {
        visitor_zone: "Europe/Paris".into(),
        ..Default::default()
    };
    let (selection, notices) = Selection::resolve(catalog, attributes, &around);
    let answer = sla_calculator::model::Answer::compute(
        catalog,
        &selection,
        "Europe/Paris",
        at("2026-06-01T10:00:00Z"),
    );
    view::widget(&Frame {
        catalog,
        selection: &selection,
        answer: &answer,
        notices: &notices,
        visitor_zone: "Europe/Paris",
        clockface: &PlainClockface,
        announcement: "",
        stylesheet: None,
        page_url: "https://docs.example/support",
        element_id: "calculator",
        extra_holidays_unavailable: false,
        brief: false,
    })
    .to_html()
}

#[test]
fn markup_in_every_string_field_is_escaped() {
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    let catalog = Catalog::from_json(&poisoned(hostile)).unwrap();
    for region in ["americas", "emea", "apac", "japan"] {
        let mut attributes = Attributes {
            lang: Some("en".into()),
            region: Some(region.into()),
            ..Default::default()
        };
        attributes.set("tiers", Some("online business enterprise elite".into()));
        let html = render_html(&catalog, &attributes);
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "markup leaked for {region}"
        );
        assert!(
            html.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"
            ),
            "{region}"
        );
    }
    // Hostile attribute values are echoed in notices, as text.
    let attributes = Attributes {
        region: Some("<b>mars</b>".into()),
        lang: Some("en".into()),
        ..Default::default()
    };
    let html = render_html(&Catalog::builtin().unwrap(), &attributes);
    assert!(
        html.contains("Unrecognised region “&lt;b&gt;mars&lt;/b&gt;”"),
        "{html}"
    );
}

#[test]
fn broken_catalogs_get_clear_messages() {
    let cases: Vec<(String, &str)> = vec![
        (
            "".into(),
            "(document): the document ends too early at line 1 column 1",
        ),
        (
            "{\"schema\": 1".into(),
            "(document): the document ends too early",
        ),
        // A byte-order mark (Windows editors write one) is ignored.
        ("\u{feff}{}".into(), "schema: missing"),
        ("[]".into(), "(document): a catalog must be a JSON object"),
        (
            "{\"schema\": \"1\"}".into(),
            "schema: unsupported version \"1\"",
        ),
        (
            "{\"schema\": 1}".into(),
            "(document): missing field `languages`",
        ),
        (
            BUILTIN_JSON.replacen(
                "\"default_tiers\": [",
                "\"default_tiers\": \"online\", \"x\": [",
                1,
            ),
            "default_tiers: expected an array, got a string",
        ),
        (
            BUILTIN_JSON.replacen("\"opens\": \"06:00\"", "\"opens\": \"6am\"", 1),
            "regions[0].hours.opens: invalid time of day \"6am\"",
        ),
        (
            BUILTIN_JSON.replacen("\"opens\": \"06:00\"", "\"opens\": \"23:59\"", 1),
            "regions[0].hours: closes at 17:30 but opens at 23:59",
        ),
        (
            BUILTIN_JSON.replacen(
                "\"zone\": \"America/Los_Angeles\"",
                "\"zone\": \"../../etc/passwd\"",
                1,
            ),
            "regions[0].zone: unknown time zone \"../../etc/passwd\"",
        ),
        (
            BUILTIN_JSON.replacen("\"minutes\": 60", "\"minutes\": 1e400", 1),
            "tiers[0].targets.P1.minutes: expected a whole number, got 1e400",
        ),
        (
            BUILTIN_JSON.replacen("\"minutes\": 60", "\"minutes\": 99999999999999999999999", 1),
            "expected a whole number, got 99999999999999999999999",
        ),
        (
            BUILTIN_JSON.replacen("\"online\": 4", "\"online\": -4", 1),
            "a count must be a whole number from 0 to 4294967295, got -4",
        ),
        (
            BUILTIN_JSON.replacen("\"languages\": [", "\"languages\": [\"<x>\",", 1),
            "languages[0]: \"<x>\" is not a language code",
        ),
        ("[".repeat(100_000), "nested deeper than 64 levels"),
    ];
    for (json, expected) in cases {
        let started = Instant::now();
        let err = Catalog::from_json(&json).unwrap_err().to_string();
        assert!(err.contains(expected), "expected {expected:?} in {err}");
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{expected}: too slow"
        );
    }
}

#[test]
fn a_huge_catalog_is_read_and_rendered_in_reasonable_time() {
    // 60 tiers × 400 features (24,000 cells), 40 holidays a region.
    let tiers: Vec<String> = (0..60)
        .map(|t| format!(r#"{{"id":"t{t}","name":"Tier {t}","targets":{{"P1":{{"clock":"business_hours","minutes":{}}}}}}}"#, 30 + t))
        .collect();
    let values: Vec<String> = (0..60).map(|t| format!(r#""t{t}":{}"#, t % 3)).collect();
    let features: Vec<String> = (0..400)
        .map(|f| {
            format!(
                r#"{{"id":"f{f}","name":"Feature {f}","values":{{{}}}}}"#,
                values.join(",")
            )
        })
        .collect();
    let holidays: Vec<String> = (1..=40)
        .map(|d| {
            format!(
                r#"{{"date":"2026-0{}-{:02}","name":"H"}}"#,
                1 + d / 28,
                1 + d % 28
            )
        })
        .collect();
    let json = format!(
        r#"{{"schema":1,"languages":["en"],"tiers":[{}],"feature_groups":[{{"id":"g","name":"G","features":[{}]}}],
        "priorities":[{{"id":"P1","name":"P1","definition":"d"}}],
        "regions":[{{"id":"r","name":"R","hours":{{"opens":"09:00","closes":"17:00"}},"zone":"Europe/Paris","holidays":[{}]}}]}}"#,
        tiers.join(","),
        features.join(","),
        holidays.join(",")
    );
    let started = Instant::now();
    let catalog = Catalog::from_json(&json).unwrap();
    let attributes = Attributes {
        tiers: Some(
            (0..60)
                .map(|t| format!("t{t}"))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ..Default::default()
    };
    let html = render_html(&catalog, &attributes);
    assert!(html.len() > 100_000);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn absurd_requests_get_the_answer_or_error_they_should() {
    let catalog = Catalog::builtin().unwrap();
    for (line, expected) in [
        // Year 0, and year -1 once the offset is taken away: before the zone rules.
        (
            r#"{"tier":"elite","priority":"P1","region":"emea","submitted":"0000-01-01T00:00:00Z"}"#,
            Err("the submission time is before 2020, earlier than the bundled time-zone rules"),
        ),
        (
            r#"{"tier":"business","priority":"P4","region":"japan","submitted":"0000-01-01T00:00:00+23:59"}"#,
            Err("the submission time is before 2020, earlier than the bundled time-zone rules"),
        ),
        // 9999-12-31T23:59:59-23:59 is 10000-01-01T23:58:59Z: past year 9999.
        (
            r#"{"tier":"business","priority":"P4","region":"japan","submitted":"9999-12-31T23:59:59-23:59"}"#,
            Err("the deadline falls after year 9999"),
        ),
        // Holidays far away change nothing: Thursday 1 January 2026 in London
        // (no visitor zone: EMEA's default), P2 runs 09:00–11:00 GMT.
        (
            r#"{"tier":"business","priority":"P2","region":"emea","submitted":"2026-01-01T00:00:00Z","holidays":["0000-01-01","9999-12-31"]}"#,
            Ok("2026-01-01T11:00:00Z"),
        ),
        (
            r#"{"tier":"business","priority":"P2","region":"emea","zone":"","submitted":"2026-01-01T00:00:00Z"}"#,
            Err("unknown time zone \"\" (`sla zones` lists them all)"),
        ),
        (
            r#"{"tier":"\u0000","priority":"P2","region":"emea","submitted":"2026-01-01T00:00:00Z"}"#,
            Err("unknown tier \"\\0\" (expected online, business, enterprise, elite)"),
        ),
        // Fractions beyond nanoseconds are cut, not refused: the same answer.
        // (No visitor zone: EMEA reads London, where 1 January is New Year's
        // Day, so the 2 hours run Friday 2 January 09:00–11:00 GMT.)
        (
            r#"{"tier":"business","priority":"P2","region":"emea","submitted":"2026-01-01T00:00:00.99999999999999999999Z"}"#,
            Ok("2026-01-02T11:00:00Z"),
        ),
    ] {
        let answer = json_api::answer(&catalog, line);
        let got = match answer.get("deadline_utc").and_then(Value::as_str) {
            Some(due) => Ok(due),
            None => Err(answer
                .get("error")
                .and_then(Value::as_str)
                .unwrap_or("(none)")),
        };
        assert_eq!(got, expected, "{line}");
    }
}

#[test]
fn a_huge_document_is_refused_up_front() {
    let big = format!(
        "{{\"schema\":1,\"source\":\"{}\"}}",
        "x".repeat(6 * 1024 * 1024)
    );
    let err = Catalog::from_json(&big).unwrap_err().to_string();
    assert!(
        err.contains("the document is 6.0 MB; catalogs are limited to 5 MB"),
        "{err}"
    );
}
