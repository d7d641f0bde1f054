//! The `sla` binary as tools use it: JSON lines in, JSON lines out.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;
use sla_calculator::i18n::Lang;

fn sla(args: &[&str], stdin: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sla"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.success(),
    )
}

fn answers(stdin: &str) -> Vec<Value> {
    let (stdout, _, ok) = sla(&["deadline", "--jsonl"], stdin);
    assert!(ok);
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn the_spec_example_round_trips() {
    let answers = answers(concat!(
        r#"{"tier":"business","priority":"P2","region":"emea","zone":"Europe/Paris","submitted":"2026-03-27T16:30:00Z","holidays":["2026-04-06"]}"#,
        "\n",
        r#"{"tier":"business","priority":"P2","region":"mars","submitted":"2026-03-27T16:30:00Z"}"#,
        "\n"
    ));
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0]["deadline_utc"], "2026-03-30T09:00:00Z");
    assert_eq!(answers[0]["deadline_local"], "2026-03-30T11:00:00+02:00");
    assert_eq!(answers[0]["outside_hours"], true);
    assert_eq!(
        answers[1]["error"],
        "unknown region \"mars\" (expected americas, emea, apac, japan)"
    );
}

#[test]
fn every_bad_line_gets_an_error_line_and_the_stream_goes_on() {
    let good = r#"{"tier":"online","priority":"P1","region":"apac","submitted":"2026-06-01T10:00:00+08:00"}"#;
    let bad_lines = [
        ("not json", "invalid request"),
        ("", "empty request"),
        ("[1,2]", "invalid request"),
        (r#"{"tier":"business"}"#, "missing field"),
        (
            r#"{"tier":5,"priority":"P1","region":"emea","submitted":"2026-01-01T00:00:00Z"}"#,
            "tier: expected a string, got a number",
        ),
        (
            r#"{"tier":"business","priority":"P1","region":"emea","submitted":"yesterday"}"#,
            "invalid timestamp \"yesterday\"",
        ),
        (
            r#"{"tier":"business","priority":"P1","region":"emea","zone":"Mars/Base","submitted":"2026-01-01T00:00:00Z"}"#,
            "unknown time zone \"Mars/Base\"",
        ),
        (
            r#"{"tier":"business","priority":"P2","region":"emea","submitted":"2026-01-01T00:00:00Z","holidays":["someday"]}"#,
            "holidays: invalid date \"someday\"",
        ),
        (
            r#"{"tier":"business","priority":"P2","region":"emea","submitted":"2026-01-01T00:00:00Z","holidays":"2026-01-02"}"#,
            "holidays: expected an array of dates, got a string",
        ),
        (
            r#"{"tier":"elite","priority":"P1","region":"emea","submitted":"9999-12-31T23:59:00Z"}"#,
            "after year 9999",
        ),
        (
            r#"{"tier":"business","priority":"P1","region":"emea","submitted":"2026-01-01T00:00:00Z"} trailing"#,
            "unexpected characters after the document",
        ),
    ];
    let mut input = String::new();
    for (line, _) in &bad_lines {
        input.push_str(line);
        input.push('\n');
        input.push_str(good);
        input.push('\n');
    }
    let answers = answers(&input);
    assert_eq!(answers.len(), bad_lines.len() * 2);
    for (i, (line, expected)) in bad_lines.iter().enumerate() {
        let error = answers[2 * i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("{line}: {}", answers[2 * i]));
        assert!(error.contains(expected), "{line}: {error}");
        // 10:00 at +08:00 is 02:00Z; Online P1 is 24x7 / 1 h.
        assert_eq!(answers[2 * i + 1]["deadline_utc"], "2026-06-01T03:00:00Z");
    }
}

#[test]
fn invalid_utf8_and_crlf_lines_are_handled() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sla"))
        .args(["deadline", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"\xff\xfe\n").unwrap();
    stdin
        .write_all(b"{\"tier\":\"online\",\"priority\":\"P1\",\"region\":\"apac\",\"submitted\":\"2026-06-01T02:00:00Z\"}\r\n")
        .unwrap();
    drop(stdin);
    let output = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0].contains("not valid UTF-8"));
    assert!(lines[1].contains("2026-06-01T03:00:00Z"));
}

#[test]
fn check_lists_every_problem_and_fails() {
    let dir = std::env::temp_dir().join(format!("sla-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    std::fs::write(&good, sla_calculator::catalog::BUILTIN_JSON).unwrap();
    let (stdout, _, ok) = sla(&["check", good.to_str().unwrap()], "");
    assert!(ok);
    assert!(
        stdout.contains("ok (4 tiers, 4 priorities, 4 regions, languages fr, en, ja, de, es, it, ko, pt-BR, zh-Hans, zh-Hant)"),
        "{stdout}"
    );

    let bad = dir.join("bad.json");
    let json = sla_calculator::catalog::BUILTIN_JSON
        .replacen("\"minutes\": 60", "\"minutes\": -1", 1)
        .replacen("\"closes\": \"17:30\"", "\"closes\": \"05:00\"", 1);
    std::fs::write(&bad, json).unwrap();
    let (stdout, stderr, ok) = sla(&["check", bad.to_str().unwrap()], "");
    assert!(!ok);
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(
        stdout.contains("tiers[0].targets.P1.minutes: must be positive, got -1"),
        "{stdout}"
    );
    assert!(
        stdout.contains("regions[0].hours: closes at 05:00 but opens at 06:00"),
        "{stdout}"
    );
    assert!(stderr.contains("2 problem(s) found"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn unknown_commands_print_usage_and_fail() {
    let (_, stderr, ok) = sla(&["frobnicate"], "");
    assert!(!ok);
    assert!(stderr.contains("USAGE"), "{stderr}");
}

#[test]
fn a_file_that_cannot_be_read_is_named_with_the_reason_and_no_error_number() {
    // The same words on every system (the npm package runs this tool under
    // WASI, whose error numbers differ from Linux's).
    let (stdout, stderr, ok) = sla(&["check", "no/such/catalog.json"], "");
    assert!(!ok);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "sla: cannot read no/such/catalog.json: No such file or directory\n"
    );
}

#[test]
fn render_writes_the_static_tables_and_the_example_page_carries_them() {
    let (stdout, _, ok) = sla(
        &["render", "--lang", "fr", "--tiers", "online,business"],
        "",
    );
    assert!(ok);
    let html = stdout.trim();
    assert!(
        html.starts_with("<div class=\"sla-static\" lang=\"fr\">"),
        "{html}"
    );
    assert!(html.contains("<caption>Comparaison des niveaux d’assistance</caption>"));
    assert!(
        // Each tier's cell names its tier, for narrow screens (sla-static.css).
        html.contains("<td data-label=\"Assistance en ligne\">Jours ouvrables / 3 jours</td>"),
        "{html}"
    );
    // The example page's no-JS fallback is exactly this output: regenerate it
    // with `sla render --lang fr --tiers online,business` when the catalog changes.
    let page =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/index.html")).unwrap();
    assert!(page.contains(html), "www/index.html's fallback is stale");

    let (_, stderr, ok) = sla(&["render", "--lang", "nl"], "");
    assert!(
        !ok && stderr.contains("unknown language \"nl\" (expected one of fr, en, ja, de, es, it, ko, pt-BR, zh-Hans, zh-Hant)"),
        "{stderr}"
    );
    // Every language, by any tag that names it (as browsers match them).
    for (tag, lang) in [
        ("de-CH", Lang::De),
        ("zh-TW", Lang::ZhHant),
        ("zh-CN", Lang::ZhHans),
        ("pt", Lang::PtBr),
        ("ko", Lang::Ko),
    ] {
        let (html, stderr, ok) = sla(&["render", "--lang", tag], "");
        assert!(ok, "{stderr}");
        let start = format!("<div class=\"sla-static\" lang=\"{}\">", lang.code());
        assert!(html.starts_with(&start), "{tag}: {html}");
        let caption = format!("<caption>{}</caption>", lang.messages().comparison_caption);
        assert!(html.contains(&caption), "{tag}: {html}");
    }
    let (_, stderr, ok) = sla(&["render", "--tiers", "gold"], "");
    assert!(!ok && stderr.contains("unknown tier \"gold\""), "{stderr}");
}

#[test]
fn the_vendor_catalogs_check_render_and_answer() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut seen = 0;
    for entry in std::fs::read_dir(format!("{root}/www/catalogs")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if !name.ends_with("-support.json") {
            continue;
        }
        seen += 1;
        let path = path.to_str().unwrap();
        let (stdout, stderr, ok) = sla(&["check", path], "");
        assert!(ok && stdout.contains(": ok ("), "{name}: {stdout}{stderr}");
        let document: Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        // The source cites the published page and when it was read.
        let source = document["source"].as_str().unwrap();
        assert!(
            source.contains("https://") && source.contains("20"),
            "{name}: {source}"
        );
        let (html, stderr, ok) = sla(&["render", "--lang", "en", "--catalog", path], "");
        assert!(ok, "{name}: {stderr}");
        for tier in document["tiers"].as_array().unwrap() {
            let tier_name = tier["name"].as_str().unwrap().replace('&', "&amp;");
            assert!(html.contains(&tier_name), "{name}: no {tier_name}");
        }
    }
    assert!(seen >= 3, "{seen} vendor catalogs");
}

#[test]
fn an_answer_lists_the_special_days_it_met() {
    // London desk of tests/schedules.json: Christmas Eve 09:00–12:00, Christmas
    // Day closed. 11:00 on the 24th + 4 business hours: 11:00–12:00, then
    // Monday 28th 09:00–12:00 (worked in tests/schedules.rs).
    let catalog = format!("{}/tests/schedules.json", env!("CARGO_MANIFEST_DIR"));
    let (stdout, _, ok) = sla(
        &["deadline", "--jsonl", "--catalog", &catalog],
        r#"{"tier":"desk","priority":"hours4","region":"london","submitted":"2026-12-24T11:00:00Z"}"#,
    );
    assert!(ok);
    let answer: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(answer["deadline_utc"], "2026-12-28T12:00:00Z");
    assert_eq!(
        answer["special_days"],
        serde_json::json!(["2026-12-24", "2026-12-25"])
    );
}

#[test]
fn compile_writes_what_the_widget_reads_and_refuses_what_check_refuses() {
    use sla_calculator::catalog::compact;
    use sla_calculator::Catalog;
    let root = env!("CARGO_MANIFEST_DIR");
    let dir = std::env::temp_dir().join(format!("sla-compile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // The example page's compiled holidays are its JSON list, compiled: kept
    // in sync here (`sla compile www/catalogs/extra-holidays.json -o
    // www/catalogs/extra-holidays.bin` when the list changes).
    let out = dir.join("holidays.bin");
    let (stdout, stderr, ok) = sla(
        &[
            "compile",
            &format!("{root}/www/catalogs/extra-holidays.json"),
            "-o",
            out.to_str().unwrap(),
        ],
        "",
    );
    assert!(ok, "{stdout}{stderr}");
    let compiled = std::fs::read(&out).unwrap();
    let committed = std::fs::read(format!("{root}/www/catalogs/extra-holidays.bin")).unwrap();
    assert!(
        compiled == committed,
        "www/catalogs/extra-holidays.bin is stale: run sla compile"
    );
    let builtin = Catalog::builtin().unwrap();
    let json = std::fs::read_to_string(format!("{root}/www/catalogs/extra-holidays.json")).unwrap();
    assert_eq!(
        builtin
            .clone()
            .with_holidays(&compact::read_holidays(&compiled).unwrap())
            .unwrap(),
        builtin.with_extra_holidays(&json).unwrap()
    );
    // A catalog compiles to the compact form, equal to the checked JSON.
    let out = dir.join("acme.bin");
    let acme = format!("{root}/www/catalogs/acme.json");
    let (_, _, ok) = sla(&["compile", &acme, "-o", out.to_str().unwrap()], "");
    assert!(ok);
    assert_eq!(
        compact::read(&std::fs::read(&out).unwrap()).unwrap(),
        Catalog::from_json(&std::fs::read_to_string(&acme).unwrap()).unwrap()
    );
    // Holidays are checked against the catalog they are for: acme has no "japan".
    let (stdout, _, ok) = sla(
        &[
            "compile",
            &format!("{root}/www/catalogs/extra-holidays.json"),
            "-o",
            dir.join("x.bin").to_str().unwrap(),
            "--catalog",
            &acme,
        ],
        "",
    );
    assert!(!ok && stdout.contains("unknown region"), "{stdout}");
    // A broken catalog gets check's problems, and nothing is written.
    let broken = dir.join("broken.json");
    std::fs::write(
        &broken,
        sla_calculator::catalog::BUILTIN_JSON.replacen("\"17:30\"", "\"05:00\"", 1),
    )
    .unwrap();
    let target = dir.join("broken.bin");
    let (stdout, _, ok) = sla(
        &[
            "compile",
            broken.to_str().unwrap(),
            "-o",
            target.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        !ok && stdout.contains("regions[0].hours: closes at 05:00 but opens at 06:00"),
        "{stdout}"
    );
    assert!(!target.exists());
    // Compiled holidays of another version are refused with a clear message.
    let mut old = committed.clone();
    old[3] = 3;
    let err = compact::read_holidays(&old).unwrap_err().to_string();
    assert!(
        err.contains("not a file of compiled extra holidays of this version"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_reader_that_stops_reading_ends_the_output_quietly() {
    use std::io::{BufRead, BufReader};
    // `sla zones | head -1`: the reader takes one line and closes the pipe.
    // The rest of the list (~10 KB, over what a pipe holds once the reader
    // is gone) meets a closed pipe: the tool stops, with success and no
    // panic (println! panicked here, exit code 101).
    let mut child = Command::new(env!("CARGO_BIN_EXE_sla"))
        .args(["zones", "--transitions", "2026", "2030"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"zone\":\"Africa/Abidjan\""), "{first}");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert_eq!(stderr, "");
}
