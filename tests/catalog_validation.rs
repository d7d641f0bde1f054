//! Bad catalogs get one clear message per problem, naming the JSON path.

use sla_calculator::catalog::BUILTIN_JSON;
use sla_calculator::i18n::Lang;
use sla_calculator::Catalog;

/// The problems reported for the built-in catalog with `from` replaced by `to`
/// (once).
fn problems_after(from: &str, to: &str) -> Vec<String> {
    assert!(BUILTIN_JSON.contains(from), "{from} not in the catalog");
    let json = BUILTIN_JSON.replacen(from, to, 1);
    Catalog::from_json(&json).unwrap_err().problems()
}

fn assert_problem(from: &str, to: &str, expected: &str) {
    let problems = problems_after(from, to);
    assert!(
        problems.iter().any(|p| p == expected),
        "expected {expected:?} in {problems:#?}"
    );
}

#[test]
fn the_builtin_catalog_is_valid_and_complete() {
    let catalog = Catalog::builtin().unwrap();
    assert_eq!(catalog.languages(), Lang::ALL.map(Lang::code));
    assert_eq!(catalog.default_tiers(), ["online", "business"]);
    let rows: usize = catalog
        .feature_groups()
        .iter()
        .map(|g| g.features().len())
        .sum();
    assert_eq!(rows, 17);
    let group_sizes: Vec<usize> = catalog
        .feature_groups()
        .iter()
        .map(|g| g.features().len())
        .collect();
    assert_eq!(group_sizes, [3, 12, 2]);
    let japan = catalog.region("japan").unwrap();
    assert_eq!(japan.notes().len(), 3);
    // Every built-in region skips the public holidays of the country whose
    // clock it uses (rules §2.4); Japan's come from that one source too, and
    // it lists none of its own.
    for region in catalog.regions() {
        assert!(region.public_holidays(), "{}", region.id());
        assert!(region.holidays().is_empty(), "{}", region.id());
    }
    // 18 national holidays in 2026 (with the 6 May substitute and the 22
    // September citizens' holiday), 17 in 2027 (with the 22 March substitute).
    let jp = sla_calculator::holidays::country("JP").unwrap();
    let in_year = |y: &str| {
        jp.holidays()
            .iter()
            .filter(|h| h.date().to_string().starts_with(y))
            .count()
    };
    assert_eq!((in_year("2026"), in_year("2027")), (18, 17));
}

#[test]
fn malformed_json_names_the_place() {
    let err = Catalog::from_json("{\"schema\": 1,")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("catalog: (document): the document ends too early"),
        "{err}"
    );
    let err = Catalog::from_json("[]").unwrap_err().to_string();
    assert_eq!(
        err,
        "catalog: (document): a catalog must be a JSON object, starting with '{'"
    );
}

#[test]
fn wrong_types_name_the_path() {
    let problems = problems_after("\"minutes\": 60", "\"minutes\": \"sixty\"");
    assert!(
        problems[0] == "tiers[0].targets.P1.minutes: expected a whole number, got a string",
        "{problems:?}"
    );
}

#[test]
fn unknown_fields_are_rejected_to_catch_typos() {
    let problems = problems_after(
        "\"zone\": \"Europe/London\"",
        "\"zone\": \"Europe/London\", \"zoen\": 1",
    );
    assert!(
        problems[0].starts_with("regions[1].zoen: unknown field `zoen`"),
        "{problems:?}"
    );
}

#[test]
fn a_schema_address_for_editors_is_read_and_ignored() {
    // `"$schema"` points editors at the JSON Schema (schema/*.schema.json);
    // it changes nothing, in a catalog or in extra holidays, but must be text.
    let with = BUILTIN_JSON.replacen(
        "\"schema\": 1",
        "\"$schema\": \"./node_modules/sla-calculator/schema/catalog.schema.json\", \"schema\": 1",
        1,
    );
    assert_ne!(with, BUILTIN_JSON);
    assert_eq!(
        Catalog::from_json(&with).unwrap(),
        Catalog::builtin().unwrap()
    );
    assert_problem(
        "\"schema\": 1",
        "\"$schema\": 2, \"schema\": 1",
        "$schema: expected a string, got a number",
    );
    let holidays = r#"{"$schema": "holidays.schema.json", "schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Eve"}]}}"#;
    let plain = r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Eve"}]}}"#;
    let catalog = Catalog::builtin().unwrap();
    assert_eq!(
        catalog.read_extra_holidays(holidays).unwrap(),
        catalog.read_extra_holidays(plain).unwrap()
    );
}

#[test]
fn unknown_clock_kinds() {
    assert_problem(
        "\"clock\": \"24x5\"",
        "\"clock\": \"24x6\"",
        "tiers[2].targets.P2.clock: unknown clock \"24x6\" (expected 24x7, 24x5, business_hours, business_days)",
    );
}

#[test]
fn zero_or_negative_durations() {
    assert_problem(
        "\"minutes\": 60",
        "\"minutes\": 0",
        "tiers[0].targets.P1.minutes: must be positive, got 0",
    );
    assert_problem(
        "\"days\": 3",
        "\"days\": -2",
        "tiers[0].targets.P4.days: must be positive, got -2",
    );
    assert_problem(
        "\"minutes\": 60",
        "\"minutes\": 99999999",
        "tiers[0].targets.P1.minutes: 99999999 is more than a year (at most 527040)",
    );
    assert_problem(
        "\"clock\": \"business_days\",\n     \"days\": 3",
        "\"clock\": \"business_days\",\n     \"minutes\": 3",
        "tiers[0].targets.P4.minutes: the business_days clock is counted in days, not minutes",
    );
}

#[test]
fn closing_must_come_after_opening() {
    assert_problem(
        "\"closes\": \"17:30\"",
        "\"closes\": \"06:00\"",
        "regions[0].hours: closes at 06:00 but opens at 06:00: closing must come after opening",
    );
    assert_problem(
        "\"closes\": \"17:30\"",
        "\"closes\": \"25:00\"",
        "regions[0].hours.closes: invalid time of day \"25:00\" (expected HH:MM between 00:00 and 24:00)",
    );
}

#[test]
fn unknown_zone_names() {
    let problems = problems_after("\"zone\": \"Asia/Tokyo\"", "\"zone\": \"Asia/Tokio\"");
    assert!(
        problems[0].starts_with("regions[3].zone: unknown time zone \"Asia/Tokio\""),
        "{problems:?}"
    );
}

#[test]
fn duplicate_ids() {
    assert_problem(
        "\"id\": \"elite\"",
        "\"id\": \"online\"",
        "tiers[3].id: duplicate id \"online\"",
    );
    assert_problem(
        "\"id\": \"japan\"",
        "\"id\": \"apac\"",
        "regions[3].id: duplicate id \"apac\"",
    );
    assert_problem(
        "\"id\": \"P4\"",
        "\"id\": \"has space\"",
        "priorities[3].id: \"has space\" is not a valid id (use 1–64 letters, digits, '_' or '-')",
    );
}

#[test]
fn a_tier_without_a_target_for_some_priority() {
    let problems = problems_after(
        "\"P4\": {\n     \"clock\": \"business_days\",\n     \"days\": 3\n    }",
        "\"P9\": {\n     \"clock\": \"business_days\",\n     \"days\": 3\n    }",
    );
    assert!(
        problems.contains(
            &"tiers[0].targets.P9: unknown priority \"P9\" (expected P1, P2, P3, P4)".to_string()
        ),
        "{problems:?}"
    );
    assert!(
        problems.contains(
            &"tiers[0].targets: tier \"online\" has no target for priority \"P4\"".to_string()
        ),
        "{problems:?}"
    );
}

#[test]
fn malformed_dates() {
    let listed = |second: &str| {
        format!(
            "\"public_holidays\": \"country\", \"holidays\": [{{\"date\": \"2026-12-24\", \"name\": \"Eve\"}}, {{\"date\": \"{second}\", \"name\": \"x\"}}]"
        )
    };
    assert_problem(
        "\"public_holidays\": \"country\"",
        &listed("2026-02-30"),
        "regions[0].holidays[1].date: invalid date \"2026-02-30\" (expected YYYY-MM-DD)",
    );
    assert_problem(
        "\"public_holidays\": \"country\"",
        &listed("2026-12-24"),
        "regions[0].holidays[1].date: 2026-12-24 is listed twice",
    );
}

#[test]
fn public_holidays_take_one_value() {
    assert_problem(
        "\"public_holidays\": \"country\"",
        "\"public_holidays\": \"state\"",
        "regions[0].public_holidays: \"state\" is not understood: the one value is \"country\" (skip the public holidays of the country whose clock the hours are read in)",
    );
    assert_problem(
        "\"public_holidays\": \"country\"",
        "\"public_holidays\": true",
        "regions[0].public_holidays: expected a string, got a boolean",
    );
}

#[test]
fn texts_must_cover_every_language() {
    let languages = "fr, en, ja, de, es, it, ko, pt-BR, zh-Hans, zh-Hant";
    assert_problem(
        "\"ja\": \"日本\"",
        "\"nl\": \"Japan\"",
        &format!("regions[3].name: has a \"nl\" text but \"nl\" is not in languages ({languages})"),
    );
    assert_problem(
        "\"ja\": \"日本\"",
        "\"nl\": \"Japan\"",
        "regions[3].name: missing the \"ja\" text",
    );
    assert_problem(
        "\"en\": \"Japan\"",
        "\"en\": \"  \"",
        "regions[3].name: must not be empty",
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let json = BUILTIN_JSON
        .replacen("\"minutes\": 60", "\"minutes\": 0", 1)
        .replacen("\"zone\": \"Asia/Tokyo\"", "\"zone\": \"Asia/Tokio\"", 1);
    let err = Catalog::from_json(&json).unwrap_err();
    assert_eq!(err.problems().len(), 2);
    assert!(
        err.to_string().starts_with("catalog: 2 problems: "),
        "{err}"
    );
}

#[test]
fn a_minimal_embedder_catalog_in_one_language() {
    let json = r#"{
        "schema": 1,
        "languages": ["en"],
        "tiers": [{"id": "basic", "name": "Basic", "targets": {"urgent": {"clock": "24x7", "minutes": 45}}}],
        "priorities": [{"id": "urgent", "name": "Urgent", "definition": "Everything is down."}],
        "regions": [{"id": "nz", "name": "New Zealand", "hours": {"opens": "08:00", "closes": "18:00"}, "zone": "Pacific/Auckland"}]
    }"#;
    let catalog = Catalog::from_json(json).unwrap();
    assert_eq!(catalog.default_tiers(), ["basic"]);
    assert_eq!(catalog.tier("basic").unwrap().name().get("fr"), "Basic");
}

#[test]
fn another_schema_version_is_named_before_shape_problems() {
    let err = Catalog::from_json("{\"schema\": 2, \"rows\": []}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "catalog: schema: unsupported version 2 (this build reads version 1)"
    );
    let err = Catalog::from_json("{\"tiers\": []}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "catalog: schema: missing (expected \"schema\": 1)"
    );
    let json = BUILTIN_JSON.replacen("\"schema\": 1", "\"schema\": 3", 1);
    let err = Catalog::from_json(&json).unwrap_err();
    assert_eq!(
        err.to_string(),
        "catalog: schema: unsupported version 3 (this build reads version 1)"
    );
}

#[test]
fn every_shape_problem_is_reported_at_once() {
    let json = BUILTIN_JSON
        .replacen("\"minutes\": 60", "\"minutes\": 1.5", 1)
        .replacen("\"zone\": \"Asia/Tokyo\"", "\"zone\": 9", 1)
        .replacen("\"definition\": {", "\"meaning\": {", 1);
    let problems = Catalog::from_json(&json).unwrap_err().problems();
    assert_eq!(
        problems,
        [
            "tiers[0].targets.P1.minutes: expected a whole number, got 1.5",
            "priorities[0].meaning: unknown field `meaning` (expected one of `id`, `name`, `definition`)",
            "priorities[0]: missing field `definition`",
            "regions[3].zone: expected a string, got a number",
        ]
    );
}

/// The problems an extra-holidays document gets against the built-in catalog.
fn extra_holiday_problems(json: &str) -> Vec<String> {
    Catalog::builtin()
        .unwrap()
        .with_extra_holidays(json)
        .unwrap_err()
        .problems()
}

#[test]
fn bad_extra_holidays_are_named_with_their_path() {
    let cases: &[(&str, &str)] = &[
        ("", "extra holidays, (document): "),
        ("[]", "extra holidays, (document): a catalog must be a JSON object"),
        (r#"{"holidays": {}}"#, "extra holidays, schema: missing"),
        (r#"{"schema": 2, "holidays": {}}"#, "extra holidays, schema: unsupported version 2"),
        (r#"{"schema": 1}"#, "extra holidays, (document): missing field `holidays`"),
        (r#"{"schema": 1, "holidays": {}, "x": 1}"#, "extra holidays, x: unknown field `x`"),
        (r#"{"schema": 1, "holidays": []}"#, "extra holidays, holidays: expected an object of holiday lists by region id, got an array"),
        (r#"{"schema": 1, "holidays": {"emea": {}}}"#, "extra holidays, holidays.emea: expected an array, got an object"),
        (r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25"}]}}"#, "extra holidays, holidays.emea[0]: missing field `name`"),
        (r#"{"schema": 1, "holidays": {"emea": [{"date": "25/12/2026", "name": "Noël"}]}}"#, "extra holidays, holidays.emea[0].date: invalid date \"25/12/2026\""),
        (r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25", "name": "a"}, {"date": "2026-12-25", "name": "b"}]}}"#, "extra holidays, holidays.emea[1].date: 2026-12-25 is listed twice"),
        (r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25", "name": {"nl": "Kerstmis"}}]}}"#, "extra holidays, holidays.emea[0].name: has a \"nl\" text but \"nl\" is not in languages (fr, en, ja, de, es, it, ko, pt-BR, zh-Hans, zh-Hant)"),
        (r#"{"schema": 1, "holidays": {"mars": []}}"#, "extra holidays, holidays.mars: unknown region \"mars\" (expected americas, emea, apac, japan)"),
    ];
    for (json, expected) in cases {
        let problems = extra_holiday_problems(json);
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{json}: expected {expected:?} in {problems:#?}"
        );
    }
}

#[test]
fn extra_holidays_in_english_only_are_read_in_every_language() {
    // An author writes a holiday's name in the languages their readers use;
    // the built-in catalog speaks ten: the others read the English name, else
    // the first one given.
    let christmas_named = |name: &str| {
        let extra = format!(
            r#"{{"schema": 1, "holidays": {{"emea": [{{"date": "2026-12-25", "name": {name}}}]}}}}"#
        );
        let catalog = Catalog::builtin()
            .unwrap()
            .with_extra_holidays(&extra)
            .unwrap();
        let emea = catalog.region("emea").unwrap();
        let day = emea
            .holidays()
            .iter()
            .find(|h| h.date().to_string() == "2026-12-25");
        day.unwrap().name().clone()
    };
    let christmas = christmas_named(r#"{"en": "Christmas", "fr": "Noël"}"#);
    assert_eq!(christmas.get("fr"), "Noël");
    for lang in ["en", "de", "zh-Hant"] {
        assert_eq!(christmas.get(lang), "Christmas", "{lang}");
    }
    let korean = christmas_named(r#"{"ko": "성탄절"}"#);
    assert_eq!(
        korean.get("fr"),
        "성탄절",
        "no English: the first name given"
    );
}

#[test]
fn extra_holidays_join_the_regions_they_name() {
    let extra = r#"{"schema": 1, "holidays": {
        "emea": [{"date": "2026-12-25", "name": {"fr": "Noël", "en": "Christmas", "ja": "クリスマス"}}],
        "japan": [{"date": "2026-05-04", "name": "kept from the catalog"}, {"date": "2026-12-31", "name": "大晦日"}]
    }}"#;
    let base = Catalog::builtin().unwrap();
    let catalog = base.with_extra_holidays(extra).unwrap();
    let emea = catalog.region("emea").unwrap();
    assert_eq!(
        emea.holidays().len(),
        base.region("emea").unwrap().holidays().len() + 1
    );
    assert_eq!(emea.holidays()[0].name().get("fr"), "Noël");
    // Japan lists none of its own (its public holidays come by country):
    // both are added, and the page's name for 4 May is the one it lists.
    let japan = catalog.region("japan").unwrap();
    assert_eq!(
        japan.holidays().len(),
        base.region("japan").unwrap().holidays().len() + 2
    );
    let may4 = catalog.holiday_on(
        japan,
        None,
        sla_calculator::timestamp::parse_date("2026-05-04").unwrap(),
    );
    assert_eq!(
        may4.map(|(name, country)| (name.get("en").to_owned(), country)),
        Some(("kept from the catalog".to_owned(), None))
    );
    assert!(
        japan
            .holidays()
            .windows(2)
            .all(|w| w[0].date() < w[1].date()),
        "still sorted"
    );
}

#[test]
fn each_problem_has_a_kind_and_a_path_to_branch_on() {
    use sla_calculator::{ProblemKind, ProblemKind::*, DOCUMENT};
    // (replace, with, the problem's path, its kind, how its message starts)
    let cases: [(&str, &str, &str, ProblemKind, &str); 11] = [
        (
            "\"clock\": \"24x5\"",
            "\"clock\": \"24x6\"",
            "tiers[2].targets.P2.clock",
            Unknown,
            "unknown clock",
        ),
        (
            "\"minutes\": 60",
            "\"minutes\": 0",
            "tiers[0].targets.P1.minutes",
            OutOfRange,
            "must be positive",
        ),
        (
            "\"closes\": \"17:30\"",
            "\"closes\": \"06:00\"",
            "regions[0].hours",
            Inconsistent,
            "closes at 06:00",
        ),
        (
            "\"closes\": \"17:30\"",
            "\"closes\": \"25:00\"",
            "regions[0].hours.closes",
            Invalid,
            "invalid time of day",
        ),
        (
            "\"id\": \"elite\"",
            "\"id\": \"online\"",
            "tiers[3].id",
            Duplicate,
            "duplicate id",
        ),
        (
            "\"public_holidays\": \"country\"",
            "\"public_holidays\": true",
            "regions[0].public_holidays",
            WrongType,
            "expected a string",
        ),
        (
            "\"zone\": \"Europe/London\"",
            "\"zone\": \"Europe/London\", \"zoen\": 1",
            "regions[1].zoen",
            UnknownField,
            "unknown field",
        ),
        (
            "\"ja\": \"日本\"",
            "\"nl\": \"Japan\"",
            "regions[3].name",
            Unknown,
            "has a \"nl\" text",
        ),
        (
            "\"ja\": \"日本\"",
            "\"nl\": \"Japan\"",
            "regions[3].name",
            Missing,
            "missing the \"ja\" text",
        ),
        (
            "\"en\": \"Japan\"",
            "\"en\": \"  \"",
            "regions[3].name",
            Empty,
            "must not be empty",
        ),
        (
            "\"schema\": 1",
            "\"schema\": 2",
            "schema",
            Unreadable,
            "unsupported version 2",
        ),
    ];
    for (from, to, path, kind, message) in cases {
        assert!(BUILTIN_JSON.contains(from), "{from}");
        let err = Catalog::from_json(&BUILTIN_JSON.replacen(from, to, 1)).unwrap_err();
        let found = err
            .catalog_problems()
            .iter()
            .find(|p| p.path() == path && p.kind() == kind)
            .unwrap_or_else(|| panic!("no {kind:?} at {path} in {err}"));
        assert!(found.message().starts_with(message), "{found}");
        // Shown as before: the path, then the message.
        assert_eq!(found.to_string(), format!("{path}: {}", found.message()));
    }
    // Not JSON at all: a problem of the whole document.
    let err = Catalog::from_json("{\"schema\": 1,").unwrap_err();
    let problem = &err.catalog_problems()[0];
    assert_eq!(
        (problem.path(), problem.kind()),
        (DOCUMENT, Unreadable),
        "{err}"
    );
    // A page's extra holidays say so in the path; an unknown region is a
    // reference to nothing the catalog declares.
    let catalog = Catalog::builtin().unwrap();
    let err = catalog
        .with_extra_holidays(r#"{"schema": 1, "holidays": {"mars": []}}"#)
        .unwrap_err();
    let problem = &err.catalog_problems()[0];
    assert_eq!(problem.path(), "extra holidays, holidays.mars", "{err}");
    assert_eq!(problem.kind(), Unknown, "{err}");
    // A key without a name at the top: the path says where all the same.
    let err = catalog
        .with_extra_holidays(r#"{"schema": 1, "holidays": {}, "": 0}"#)
        .unwrap_err();
    let problem = &err.catalog_problems()[0];
    assert_eq!(problem.kind(), UnknownField, "{err}");
    assert_eq!(problem.path(), "extra holidays, [\"\"]", "{err}");
    assert!(problem.message().starts_with("unknown field ``"), "{err}");
    assert_eq!(
        problem.to_string(),
        format!("{}: {}", problem.path(), problem.message())
    );
    // Other errors have no catalog problems.
    assert!(sla_calculator::Error::is_input(
        &catalog.region("mars").unwrap_err()
    ));
    assert!(catalog
        .region("mars")
        .unwrap_err()
        .catalog_problems()
        .is_empty());
}
