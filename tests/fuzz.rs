//! Time-bounded fuzzing of catalog parsing and the deadline engine.
//!
//! Ignored in a plain `cargo test`; `npm test` runs them in release mode for
//! `SLA_FUZZ_SECONDS` seconds each (default 20):
//! `SLA_FUZZ_SECONDS=60 cargo test --release --test lib fuzz -- --ignored`.
//! A failing input is written to `target/fuzz-failure-*.json` and printed.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use chrono::Weekday;
use chrono::{TimeZone, Utc};
use sla_calculator::catalog::BUILTIN_JSON;
use sla_calculator::engine::{deadline, Clock, DailyWindow, Schedule, Target, Week};
use sla_calculator::view::{self, Attributes, Frame, PlainClockface, Selection, Surroundings};
use sla_calculator::{zones, Catalog};

use crate::support::Random;

fn budget() -> Duration {
    let seconds = std::env::var("SLA_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    Duration::from_secs(seconds)
}

fn seed() -> u64 {
    std::env::var("SLA_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        })
}

fn report(name: &str, input: &str, seed: u64) -> ! {
    let path = format!(
        "{}/target/fuzz-failure-{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let _ = std::fs::write(&path, input);
    panic!("{name}: failing input written to {path} (SLA_FUZZ_SEED={seed})");
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "-1",
    "0",
    "1e999",
    "99999999999",
    "\"\"",
    "\"\\u0000\"",
    "\"24x5\"",
    "\"24x7\"",
    "\"business_days\"",
    "\"00:00\"",
    "\"24:00\"",
    "\"23:59\"",
    "\"2026-02-29\"",
    "\"Asia/Calcutta\"",
    "\"Etc/GMT+12\"",
    "\"<script>\"",
    "\\",
    "\\u12",
    "\u{feff}",
    "𝄞",
    "{\"fr\":\"x\"}",
];

/// Parses, and when valid renders and computes, a mutated catalog; panics only on a defect.
fn exercise(json: &str) {
    let Ok(catalog) = Catalog::from_json(json) else {
        return;
    };
    let around = Surroundings {
        visitor_zone: "Asia/Tokyo".into(),
        ..Default::default()
    };
    let (selection, notices) = Selection::resolve(&catalog, &Attributes::default(), &around);
    let now = Utc.with_ymd_and_hms(2026, 5, 1, 8, 0, 0).unwrap();
    let answer = sla_calculator::model::Answer::compute(&catalog, &selection, "Asia/Tokyo", now);
    let tree = view::widget(&Frame {
        catalog: &catalog,
        selection: &selection,
        answer: &answer,
        notices: &notices,
        visitor_zone: "Asia/Tokyo",
        clockface: &PlainClockface,
        announcement: "",
        stylesheet: None,
        page_url: "https://docs.example/support",
        element_id: "calculator",
        extra_holidays_unavailable: false,
        brief: false,
    });
    let (html, text) = (tree.to_html(), tree.text_content());
    // Every name the widget must show is in its text, and in its markup only
    // escaped: the comparison's groups and rows, the shown tiers, every
    // priority (the targets table) and region (the region control).
    let code = selection.lang.code();
    let mut names: Vec<&str> = Vec::new();
    for group in catalog.feature_groups() {
        if !group.features().is_empty() {
            names.push(group.name().get(code));
        }
        names.extend(group.features().iter().map(|f| f.name().get(code)));
    }
    for id in &selection.tiers {
        names.push(catalog.tier(id).unwrap().name().get(code));
    }
    names.extend(catalog.priorities().iter().map(|p| p.name().get(code)));
    names.extend(catalog.regions().iter().map(|r| r.name().get(code)));
    for name in names {
        assert!(text.contains(name), "{name:?} is not shown");
        let escaped = name
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            html.contains(&escaped),
            "{name:?} is not in the markup as {escaped:?}"
        );
    }
}

#[test]
#[ignore = "time-bounded fuzzing: run by npm test with --ignored"]
fn fuzz_catalog_parsing() {
    let seed = seed();
    let mut random = Random(seed);
    let corpus = [
        BUILTIN_JSON.to_owned(),
        include_str!("../www/catalogs/acme.json").to_owned(),
    ];
    let started = Instant::now();
    let mut runs = 0u64;
    while started.elapsed() < budget() {
        let mut bytes: Vec<u8> = corpus[random.below(corpus.len())].clone().into_bytes();
        for _ in 0..1 + random.below(4) {
            let at = random.below(bytes.len());
            match random.below(4) {
                0 => {
                    let end = (at + 1 + random.below(40)).min(bytes.len());
                    bytes.drain(at..end);
                }
                1 => {
                    let end = (at + 1 + random.below(200)).min(bytes.len());
                    let copy = bytes[at..end].to_vec();
                    let to = random.below(bytes.len());
                    bytes.splice(to..to, copy);
                }
                2 => {
                    let token = random.pick(TOKENS).as_bytes();
                    bytes.splice(at..at, token.iter().copied());
                }
                _ => {
                    if let Some(b) = bytes.get_mut(at) {
                        *b = (random.next() & 0x7f) as u8;
                    }
                }
            }
        }
        let Ok(json) = String::from_utf8(bytes) else {
            continue;
        };
        let call = Instant::now();
        if catch_unwind(AssertUnwindSafe(|| exercise(&json))).is_err()
            || call.elapsed() > Duration::from_secs(2)
        {
            report("catalog", &json, seed);
        }
        runs += 1;
    }
    eprintln!(
        "fuzz_catalog_parsing: {runs} mutated catalogs in {:?} (seed {seed})",
        started.elapsed()
    );
    assert!(runs > 100);
}

#[test]
#[ignore = "time-bounded fuzzing: run by npm test with --ignored"]
fn fuzz_deadline_engine() {
    let seed = seed();
    let mut random = Random(seed);
    let names: Vec<&str> = zones::all_names().collect();
    let started = Instant::now();
    let mut runs = 0u64;
    while started.elapsed() < budget() {
        let zone = zones::zone(random.pick(&names)).unwrap();
        let opens = random.below(24 * 60) as u32;
        let closes = opens + 1 + random.below((24 * 60 - opens) as usize) as u32;
        let window = DailyWindow::new(opens, closes).unwrap();
        // Any year 1..9999, biased towards the present.
        let year = if random.below(2) == 0 {
            2026 + random.below(3) as i32 - 1
        } else {
            1 + random.below(9999) as i32
        };
        let submitted = Utc
            .with_ymd_and_hms(
                year,
                1 + random.below(12) as u32,
                1 + random.below(28) as u32,
                random.below(24) as u32,
                random.below(60) as u32,
                random.below(60) as u32,
            )
            .unwrap();
        let day = submitted.date_naive();
        let holidays = (0..random.below(400))
            .filter_map(|_| {
                day.checked_add_signed(chrono::Duration::days(random.below(500) as i64 - 5))
            })
            .collect();
        let mut schedule = Schedule::business_hours(zone, window, holidays);
        if random.below(2) == 0 {
            // A weekly schedule: up to three windows a day, overrides near
            // the submission, a random 24x5 week and business day.
            let windows = |random: &mut Random| {
                let mut marks: Vec<u32> = (0..random.below(4) * 2)
                    .map(|_| random.below(24 * 60 + 1) as u32)
                    .collect();
                marks.sort_unstable();
                marks.dedup();
                marks
                    .chunks_exact(2)
                    .filter_map(|pair| DailyWindow::new(pair[0], pair[1]))
                    .collect::<Vec<_>>()
            };
            let days: [Vec<DailyWindow>; 7] = std::array::from_fn(|_| windows(&mut random));
            let overrides = (0..random.below(20))
                .filter_map(|_| {
                    let date = day
                        .checked_add_signed(chrono::Duration::days(random.below(30) as i64 - 2))?;
                    Some((date, windows(&mut random)))
                })
                .collect();
            let weekday = |random: &mut Random| Weekday::try_from(random.below(7) as u8).unwrap();
            let opens = (weekday(&mut random), random.below(24 * 60 + 1) as u32);
            let closes = (weekday(&mut random), random.below(24 * 60 + 1) as u32);
            schedule =
                Schedule::weekly(zone, Week::new(days).unwrap(), schedule.holidays().to_vec())
                    .with_overrides(overrides)
                    .with_business_day(chrono::Duration::minutes(1 + random.below(24 * 60) as i64));
            if let Some(week) = Week::stretch(opens, closes) {
                schedule = schedule.with_around_the_clock(week);
            }
        }
        let clock = Clock::ALL[random.below(4)];
        let target = match clock {
            Clock::BusinessDays => Target::business_days(random.below(400) as u32),
            _ => Target::minutes(clock, random.below(600_000) as u32),
        };
        let call = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| deadline(&target, submitted, &schedule)));
        let input = format!("{{\"zone\":\"{}\",\"window\":[{opens},{closes}],\"target\":\"{target:?}\",\"submitted\":\"{submitted}\",\"holidays\":{}}}", zone.name(), schedule.holidays().len());
        match outcome {
            Err(_) => report("engine", &input, seed),
            Ok(Ok(due)) => {
                let counted: chrono::Duration = due.counted.iter().map(|s| s.to - s.from).sum();
                if due.due < submitted
                    || (clock != Clock::TwentyFourSeven && counted != due.open_time)
                {
                    report("engine", &input, seed);
                }
            }
            Ok(Err(err)) => assert!(!err.to_string().is_empty()),
        }
        // A deadline takes well under a millisecond (the 366-day search at
        // worst ≈ 0.1 ms); a second means a pathological case, not a busy
        // machine (200 ms was crossed once by a run sharing two cores with a
        // build: a 60 µs case).
        if call.elapsed() > Duration::from_secs(1) {
            report("engine-slow", &input, seed);
        }
        runs += 1;
    }
    eprintln!(
        "fuzz_deadline_engine: {runs} deadlines in {:?} (seed {seed})",
        started.elapsed()
    );
    assert!(runs > 1000);
}
