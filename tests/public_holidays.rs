//! Rules §2.4: a region's hours skip the public holidays of the country whose
//! clock is used. Deadlines worked out by hand from each country's calendar,
//! and what the CLI and the widget's view say about them.

use sla_calculator::catalog::compact;
use sla_calculator::json::Value;
use sla_calculator::{holidays, json_api};

use crate::support::{attrs, builtin, date, part_text};

/// The CLI's answer to one request line, parsed.
fn answer(line: &str) -> Value {
    json_api::answer(&builtin(), line)
}

fn due_of(answer: &Value) -> &str {
    answer
        .get("deadline_utc")
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no deadline in {}", answer.to_json()))
}

/// `holidays_skipped` as (date, name, country) triples.
fn skipped(answer: &Value) -> Vec<(String, String, String)> {
    let Some(Value::Array(items)) = answer.get("holidays_skipped") else {
        panic!("no holidays_skipped in {}", answer.to_json());
    };
    items
        .iter()
        .map(|item| {
            let field = |key| {
                item.get(key)
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned()
            };
            (field("date"), field("name"), field("country"))
        })
        .collect()
}

fn warnings(answer: &Value) -> Vec<String> {
    match answer.get("warnings") {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|w| w.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn madrid_8_december_2026_is_skipped() {
    // Business P4 is one business day: 8 h of EMEA's 09:00–17:00, read in
    // Madrid for a visitor there. Monday 7 December 2026 17:30 CET (16:30Z)
    // is after closing. Tuesday 8 December is the Immaculate Conception, a
    // Spanish national holiday: closed. The day counts on Wednesday 9
    // December, 09:00–17:00 CET = 08:00–16:00Z.
    let madrid = answer(
        r#"{"tier":"business","priority":"P4","region":"emea","visitor_zone":"Europe/Madrid","submitted":"2026-12-07T16:30:00Z"}"#,
    );
    assert_eq!(due_of(&madrid), "2026-12-09T16:00:00Z");
    assert_eq!(
        skipped(&madrid),
        [(
            "2026-12-08".into(),
            "Immaculate Conception".into(),
            "ES".into()
        )]
    );
    assert!(warnings(&madrid).is_empty(), "{:?}", warnings(&madrid));
    // A visitor in Paris files the same case: 8 December is a working day in
    // France, so the day runs Tuesday 09:00–17:00 CET.
    let paris = answer(
        r#"{"tier":"business","priority":"P4","region":"emea","visitor_zone":"Europe/Paris","submitted":"2026-12-07T16:30:00Z"}"#,
    );
    assert_eq!(due_of(&paris), "2026-12-08T16:00:00Z");
    assert!(skipped(&paris).is_empty());
}

#[test]
fn a_kolkata_visitor_under_india_s_old_zone_name_gets_gandhi_jayanti() {
    // Asia/Calcutta is a link to Asia/Kolkata: India. Business P2 (2 h),
    // Thursday 1 October 2026 16:30 IST (11:00Z): 30 min until 17:00 IST.
    // Friday 2 October is Gandhi Jayanti: closed. Monday 5 October 09:00 IST
    // (03:30Z) + 1 h 30 = 05:00Z.
    let kolkata = answer(
        r#"{"tier":"business","priority":"P2","region":"apac","visitor_zone":"Asia/Calcutta","submitted":"2026-10-01T11:00:00Z"}"#,
    );
    assert_eq!(due_of(&kolkata), "2026-10-05T05:00:00Z");
    assert_eq!(skipped(&kolkata)[0].0, "2026-10-02");
    assert_eq!(skipped(&kolkata)[0].2, "IN");
    assert!(skipped(&kolkata)[0].1.contains("Gandhi"));
}

#[test]
fn seoul_across_chuseok_2026() {
    // Chuseok 2026 is Thursday 24 – Saturday 26 September (the day before,
    // the day, the day after). Business P3 (4 h) from Wednesday 23 September
    // 16:00 KST (07:00Z): 1 h until 17:00. Thursday and Friday are closed for
    // Chuseok, Saturday and Sunday anyway. Monday 28 September 09:00 KST
    // (00:00Z) + 3 h = 03:00Z.
    let seoul = answer(
        r#"{"tier":"business","priority":"P3","region":"apac","visitor_zone":"Asia/Seoul","submitted":"2026-09-23T07:00:00Z"}"#,
    );
    assert_eq!(due_of(&seoul), "2026-09-28T03:00:00Z");
    let dates: Vec<String> = skipped(&seoul).into_iter().map(|s| s.0).collect();
    assert_eq!(dates, ["2026-09-24", "2026-09-25"]);
}

#[test]
fn sydney_on_australia_day_2027() {
    // Tuesday 26 January 2027 is Australia Day. Business P2 (2 h) from
    // Monday 25 January 16:00 AEDT (UTC+11, 05:00Z): 1 h until 17:00.
    // Tuesday is closed. Wednesday 27 January 09:00 AEDT (Tuesday 22:00Z)
    // + 1 h = 23:00Z.
    let sydney = answer(
        r#"{"tier":"business","priority":"P2","region":"apac","visitor_zone":"Australia/Sydney","submitted":"2027-01-25T05:00:00Z"}"#,
    );
    assert_eq!(due_of(&sydney), "2027-01-26T23:00:00Z");
    assert_eq!(
        skipped(&sydney),
        [("2027-01-26".into(), "Australia Day".into(), "AU".into())]
    );
}

#[test]
fn a_substitute_day_closes_like_the_holiday() {
    // Independence Day 2027 falls on Sunday 4 July; the US observes it on
    // Monday 5 July. Americas reads Los Angeles, so the US's holidays.
    // Business P2 (2 h) from Friday 2 July 17:00 PDT (Saturday 00:00Z): 30
    // min until 17:30. Monday 5 July is closed (observed). Tuesday 6 July
    // 06:00 PDT (13:00Z) + 1 h 30 = 14:30Z.
    let observed = answer(
        r#"{"tier":"business","priority":"P2","region":"americas","visitor_zone":"America/New_York","submitted":"2027-07-03T00:00:00Z"}"#,
    );
    assert_eq!(due_of(&observed), "2027-07-06T14:30:00Z");
    let skipped = skipped(&observed);
    assert_eq!(skipped.len(), 1);
    assert_eq!(
        (skipped[0].0.as_str(), skipped[0].2.as_str()),
        ("2027-07-05", "US")
    );
    assert!(skipped[0].1.contains("observed"), "{skipped:?}");
}

#[test]
fn a_zone_of_no_country_skips_none_and_says_so() {
    // UTC belongs to no country: a chosen UTC clock skips no public holiday
    // (1 January 2027 counts), and the answer warns. Business P2 from
    // Friday 1 January 2027 09:00Z: 09:00–11:00Z.
    let utc = answer(
        r#"{"tier":"business","priority":"P2","region":"emea","zone":"UTC","submitted":"2027-01-01T09:00:00Z"}"#,
    );
    assert_eq!(due_of(&utc), "2027-01-01T11:00:00Z");
    assert_eq!(
        warnings(&utc),
        ["the zone UTC belongs to no country: no public holiday is skipped"]
    );
    // 24x7 never stops for holidays: nothing to warn about.
    let p1 = answer(
        r#"{"tier":"business","priority":"P1","region":"emea","zone":"UTC","submitted":"2027-01-01T09:00:00Z"}"#,
    );
    assert!(warnings(&p1).is_empty());
}

#[test]
fn a_country_without_public_holidays_in_force_counts_every_weekday() {
    // Under martial law Ukraine's public holidays are not days off (the
    // holidays package lists none from 2023): its data is known, and empty.
    let ukraine = holidays::country("UA").unwrap();
    assert!(ukraine.holidays().is_empty());
    // Friday 1 January 2027 09:00 EET (07:00Z), Business P2: 09:00–11:00
    // EET, no warning.
    let kyiv = answer(
        r#"{"tier":"business","priority":"P2","region":"emea","visitor_zone":"Europe/Kyiv","submitted":"2027-01-01T07:00:00Z"}"#,
    );
    assert_eq!(due_of(&kyiv), "2027-01-01T09:00:00Z");
    assert!(warnings(&kyiv).is_empty(), "{:?}", warnings(&kyiv));
}

#[test]
fn past_the_data_the_country_and_its_last_date_are_named() {
    let late = answer(
        r#"{"tier":"business","priority":"P4","region":"emea","visitor_zone":"Europe/Madrid","submitted":"2035-12-31T16:30:00Z"}"#,
    );
    assert_eq!(
        warnings(&late),
        ["the public holidays of ES are known only up to 2035-12-31: later ones are not counted, so the deadline may be later"]
    );
}

#[test]
fn where_the_source_stops_early_the_warning_comes_early() {
    // Sri Lanka's public holidays are known to 2026 only. Business P2 from
    // Monday 4 January 2027 10:00 in Colombo (04:30Z): 2 h, 12:00 (06:30Z),
    // with a warning naming the country and its last known date.
    let colombo = answer(
        r#"{"tier":"business","priority":"P2","region":"apac","visitor_zone":"Asia/Colombo","submitted":"2027-01-04T04:30:00Z"}"#,
    );
    assert_eq!(due_of(&colombo), "2027-01-04T06:30:00Z");
    assert_eq!(
        warnings(&colombo),
        ["the public holidays of LK are known only up to 2026-12-31: later ones are not counted, so the deadline may be later"]
    );
}

#[test]
fn the_request_s_own_holidays_replace_the_public_ones() {
    // The Madrid case with `"holidays": []`: nothing skipped, Tuesday 17:00.
    let own = answer(
        r#"{"tier":"business","priority":"P4","region":"emea","visitor_zone":"Europe/Madrid","submitted":"2026-12-07T16:30:00Z","holidays":[]}"#,
    );
    assert_eq!(due_of(&own), "2026-12-08T16:00:00Z");
}

#[test]
fn every_country_of_zone_tab_has_data_to_2035_and_a_small_file() {
    let codes: Vec<String> = sla_calculator::zones::listed_zones(|_| true)
        .map(|(_, country)| country.to_owned())
        .collect();
    let mut codes = codes;
    codes.sort();
    codes.dedup();
    let mut largest = 0;
    for code in &codes {
        let country = holidays::country(code).unwrap_or_else(|| panic!("no data for {code}"));
        // Sri Lanka's holidays are gazetted year by year: the source knows
        // them to 2026 only, and the data says so.
        let until = if code == "LK" {
            "2026-12-31"
        } else {
            "2035-12-31"
        };
        assert_eq!(country.until(), date(until), "{code}");
        let bytes = compact::write_country(country);
        assert_eq!(compact::read_country(&bytes).unwrap(), *country, "{code}");
        largest = largest.max(bytes.len());
        // Every year 2026–2035 has holidays, but where the data says none at all.
        if !country.holidays().is_empty() {
            use chrono::Datelike;
            for year in 2026..=country.until().year() {
                assert!(
                    country.holidays().iter().any(|h| h.date().year() == year),
                    "{code} has no holiday in {year}"
                );
            }
        }
    }
    assert_eq!(holidays::known_countries().len(), 247);
    // One country's file stays small (uncompressed; Thailand's, the largest,
    // is 5.8 KB, 1.5 KB gzipped).
    assert!(largest < 8192, "largest country file {largest} bytes");
}

#[test]
fn damaged_country_files_are_refused_not_misread() {
    let spain = compact::write_country(holidays::country("ES").unwrap());
    for cut in [0, 3, 4, 6, 10, spain.len() - 1] {
        assert!(
            compact::read_country(&spain[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    let mut other_version = spain.clone();
    other_version[3] = 9;
    assert!(compact::read_country(&other_version).is_err());
    let mut bad_code = spain;
    bad_code[4] = b'x';
    assert!(compact::read_country(&bad_code).is_err());
}

#[test]
fn the_explanation_names_the_holiday_in_the_page_s_language_else_the_country_s() {
    let madrid = |lang| {
        crate::support::render(
            &builtin(),
            attrs(&[
                ("lang", lang),
                ("tier", "business"),
                ("region", "emea"),
                ("priority", "P4"),
                ("submitted", "2026-12-07T16:30:00Z"),
            ]),
            "Europe/Madrid",
            "2026-12-07T16:30:00Z",
        )
    };
    // English is in the data; French is not, so Spain's own name.
    assert!(part_text(&madrid("en"), "explanation").contains("(Immaculate Conception)"));
    assert!(part_text(&madrid("fr"), "explanation").contains("(Inmaculada Concepción)"));
    // Japan's holidays carry our French names.
    let tokyo = crate::support::render(
        &builtin(),
        attrs(&[
            ("lang", "fr"),
            ("tier", "business"),
            ("region", "japan"),
            ("priority", "P2"),
            ("submitted", "2026-05-01T08:00:00Z"),
        ]),
        "Asia/Tokyo",
        "2026-05-01T08:00:00Z",
    );
    assert!(part_text(&tokyo, "explanation").contains("(Jour de la verdure)"));
}

#[test]
fn holiday_names_come_in_the_widget_s_ten_languages_where_the_data_has_them() {
    // The holidays package's own translations (scripts/public_holidays.py):
    // Spain's national day in Spanish and English; Taiwan's in traditional
    // characters, then simplified for a reader of simplified Chinese; the
    // country's own language where the package has no translation.
    let name = |country: &str, date: &str, lang: &str| -> String {
        let holidays = sla_calculator::holidays::country(country).unwrap();
        let day = holidays
            .holidays()
            .iter()
            .find(|h| h.date().to_string() == date)
            .unwrap_or_else(|| panic!("{country} {date}"));
        day.name().get(lang).to_owned()
    };
    assert_eq!(name("ES", "2026-10-12", "es"), "Fiesta Nacional de España");
    assert_eq!(name("ES", "2026-10-12", "en"), "National Day");
    assert_eq!(name("TW", "2026-10-10", "zh-Hant"), "國慶日");
    assert_eq!(name("TW", "2026-10-10", "zh-Hans"), "国庆日");
    assert_eq!(name("TW", "2026-10-10", "zh-TW"), "國慶日");
    assert_eq!(name("CN", "2026-01-01", "zh-Hans"), "元旦");
    assert_eq!(name("DE", "2026-10-03", "de"), "Tag der Deutschen Einheit");
    // Germany has no Korean names in the package: German, the country's own.
    assert_eq!(name("DE", "2026-10-03", "ko"), "Tag der Deutschen Einheit");
    // A Korean reader in Seoul on Chuseok reads its Korean name.
    let chuseok = name("KR", "2026-09-25", "ko");
    assert!(chuseok.contains("추석"), "{chuseok}");
}

#[test]
fn on_the_holiday_the_hours_table_says_closed_for_it_never_open() {
    // Tuesday 8 December 2026 11:00 in Madrid (10:00Z), inside EMEA's
    // 09:00–17:00: closed for the Immaculate Conception, opening Wednesday.
    let tree = crate::support::render(
        &builtin(),
        attrs(&[("lang", "en"), ("region", "emea")]),
        "Europe/Madrid",
        "2026-12-08T10:00:00Z",
    );
    let hours = tree.to_html();
    let emea = hours
        .split("<tr ")
        .find(|row| row.starts_with("data-region=\"emea\""))
        .unwrap();
    assert!(
        emea.contains("Closed — public holiday (Immaculate Conception), opens Wed 09:00"),
        "{emea}"
    );
    assert!(!emea.contains("Open"), "{emea}");
    // The same instant for a visitor in Paris: open.
    let paris = crate::support::render(
        &builtin(),
        attrs(&[("lang", "en"), ("region", "emea")]),
        "Europe/Paris",
        "2026-12-08T10:00:00Z",
    );
    let hours = paris.to_html();
    let emea = hours
        .split("<tr ")
        .find(|row| row.starts_with("data-region=\"emea\""))
        .unwrap();
    assert!(emea.contains("Open, until 17:00"), "{emea}");
}

/// The answer of a vendor example catalog (`www/catalogs/`) to one request.
fn vendor_answer(catalog: &str, line: &str) -> Value {
    let path = format!("{}/www/catalogs/{catalog}", env!("CARGO_MANIFEST_DIR"));
    let catalog =
        sla_calculator::Catalog::from_json(&std::fs::read_to_string(path).unwrap()).unwrap();
    json_api::answer(&catalog, line)
}

#[test]
fn holiday_hours_open_a_holiday_at_the_weekend_hours() {
    // NearlyFreeSpeech.NET: Monday–Friday 13:00–21:00, weekends and holidays
    // 15:00–19:00, New York time; holidays read as the US's. Friday 25
    // December 2026 (Christmas Day) 14:00 EST (19:00Z): the holiday hours
    // open at 15:00, so the 2 hours run 15:00–17:00 EST = 22:00Z (a usual
    // Friday would give 16:00 EST).
    let christmas = vendor_answer(
        "nearlyfreespeech-support.json",
        r#"{"tier":"subscription","priority":"request","region":"us-eastern","submitted":"2026-12-25T19:00:00Z"}"#,
    );
    assert_eq!(due_of(&christmas), "2026-12-25T22:00:00Z");
    let special: Vec<&str> = match christmas.get("special_days") {
        Some(Value::Array(days)) => days.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    assert_eq!(special, ["2026-12-25"]);
    // Christmas 2027 falls on a Saturday: the US observes it on Friday 24th,
    // which gets the holiday hours too. Friday 24 December 2027 13:00 EST
    // (18:00Z): closed until 15:00, 2 hours → 17:00 EST = 22:00Z.
    let observed = vendor_answer(
        "nearlyfreespeech-support.json",
        r#"{"tier":"subscription","priority":"request","region":"us-eastern","submitted":"2027-12-24T18:00:00Z"}"#,
    );
    assert_eq!(due_of(&observed), "2027-12-24T22:00:00Z");
}

#[test]
fn a_24x5_week_that_skips_holidays_stops_on_them() {
    // Ubuntu Pro weekday support, severity 1: 4 hours "excl. weekends and
    // holidays", a 24x5 week in the customer's clock. A customer in Madrid
    // files Monday 7 December 2026 22:00 CET (21:00Z): 2 hours until
    // midnight; Tuesday 8 December (Immaculate Conception) stops the clock;
    // Wednesday 00:00–02:00 CET = 01:00Z.
    let madrid = vendor_answer(
        "ubuntu-pro-support.json",
        r#"{"tier":"weekday","priority":"S1","region":"hq","visitor_zone":"Europe/Madrid","submitted":"2026-12-07T21:00:00Z"}"#,
    );
    assert_eq!(due_of(&madrid), "2026-12-09T01:00:00Z");
    assert_eq!(skipped(&madrid)[0].0, "2026-12-08");
    // Built-in EMEA's 24x5 (Enterprise P2, 1 hour) does not skip holidays:
    // Tuesday 8 December 10:00 CET counts for a visitor in Madrid.
    let builtin = answer(
        r#"{"tier":"enterprise","priority":"P2","region":"emea","visitor_zone":"Europe/Madrid","submitted":"2026-12-08T09:00:00Z"}"#,
    );
    assert_eq!(due_of(&builtin), "2026-12-08T10:00:00Z");
    // Its severity 2 is business hours, 08:00–18:00: 8 hours from Monday 7
    // December 17:00 CET (16:00Z) are 1 hour Monday, none Tuesday, 7 hours
    // Wednesday 08:00–15:00 CET = 14:00Z.
    let s2 = vendor_answer(
        "ubuntu-pro-support.json",
        r#"{"tier":"weekday","priority":"S2","region":"hq","visitor_zone":"Europe/Madrid","submitted":"2026-12-07T16:00:00Z"}"#,
    );
    assert_eq!(due_of(&s2), "2026-12-09T14:00:00Z");
}

#[test]
fn holiday_hours_and_skipping_holidays_are_checked() {
    let region = |extra: &str| {
        sla_calculator::catalog::BUILTIN_JSON.replacen(
            "\"public_holidays\": \"country\"",
            &format!("\"public_holidays\": \"country\", {extra}"),
            1,
        )
    };
    let problems = |extra: &str| {
        sla_calculator::Catalog::from_json(&region(extra))
            .unwrap_err()
            .problems()
    };
    assert_eq!(
        problems(r#""holiday_hours": [["19:00", "15:00"]]"#),
        ["regions[0].holiday_hours[0]: closes at 15:00 but opens at 19:00: closing must come after opening"]
    );
    assert_eq!(
        problems(
            r#""around_the_clock": {"opens": "mon 00:00", "closes": "sat 00:00", "skips_holidays": "yes"}"#
        ),
        ["regions[0].around_the_clock.skips_holidays: expected true or false, got a string"]
    );
    // Both read and written back by the compact form the widget takes.
    let json = region(
        r#""holiday_hours": [["10:00", "12:00"]], "around_the_clock": {"opens": "mon 00:00", "closes": "sat 00:00", "skips_holidays": true}"#,
    );
    let catalog = sla_calculator::Catalog::from_json(&json).unwrap();
    let americas = catalog.region("americas").unwrap();
    assert!(americas.around_the_clock_skips_holidays());
    assert_eq!(americas.holiday_hours().map(<[_]>::len), Some(1));
    assert_eq!(compact::read(&compact::write(&catalog)).unwrap(), catalog);
}

/// The countries the built-in catalog reads public holidays in, for a
/// visitor in `visitor_zone`.
fn builtin_countries_for(visitor_zone: &str) -> std::collections::BTreeSet<&'static str> {
    let catalog = builtin();
    catalog
        .regions()
        .iter()
        .filter(|region| region.public_holidays())
        .filter_map(|region| region.zone_for_visitor(visitor_zone).country())
        .collect()
}

#[test]
fn the_countries_fetched_early_serve_every_visitor_but_for_their_own() {
    // The element starts these files with the WebAssembly, with the
    // visitor's own country when the browser can tell it (its
    // BUILTIN_COUNTRIES: the browser test "the holidays a first deadline
    // needs are on their way before the WebAssembly runs" checks, by the
    // requests it makes, that the widget then asks for nothing more). They
    // are what a visitor in a zone of no country needs…
    let early = builtin_countries_for("UTC");
    assert_eq!(early, ["GB", "JP", "SG", "US"].into());
    // …and a visitor anywhere else needs no other than their zone's country.
    for zone in sla_calculator::zones::all_names() {
        let own = sla_calculator::zones::country(zone);
        for code in builtin_countries_for(zone) {
            assert!(
                early.contains(code) || Some(code) == own,
                "{zone} needs {code}"
            );
        }
    }
    // A visitor in Paris reads EMEA in Paris: France, and the others' own.
    assert_eq!(
        builtin_countries_for("Europe/Paris"),
        ["FR", "JP", "SG", "US"].into()
    );
}
