//! `sla`: the command-line edge of sla-calculator.
//!
//! Argument parsing and I/O only; every answer comes from the library.

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn main() {}

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod cli {
    use std::io::{self, BufRead, Write};
    use std::process::ExitCode;
    use std::time::Duration;

    use sla_calculator::i18n::Lang;
    use sla_calculator::{json_api, view, zones, Catalog};

    const USAGE: &str = "\
sla: support-tier SLA deadlines

USAGE:
    sla deadline --jsonl [--catalog FILE]
        Reads one JSON request per line on stdin, writes one JSON answer per
        line on stdout, in order; a bad line gets {\"error\": ...} and the
        stream goes on. Request fields: tier, priority, region, submitted
        (RFC 3339), and optionally zone (IANA name, overriding the region's),
        visitor_zone (the customer's IANA zone: regions with local hours read
        them there when its country is theirs) and holidays
        ([\"YYYY-MM-DD\", ...], replacing the region's).
    sla check CATALOG.json
        Validates a catalog document; lists every problem with its path.
    sla compile CATALOG.json|HOLIDAYS.json -o FILE [--catalog CATALOG.json]
        Validates a catalog or an extra-holidays document (the same problems
        as check; holidays against --catalog, else the built-in catalog) and
        writes its compact binary form, which <sla-calculator> takes without
        downloading its JSON reader.
    sla render [--lang fr|en|ja|de|es|it|ko|pt-BR|zh-Hans|zh-Hant] [--tiers online,business] [--catalog FILE]
        Writes the static HTML of the tier comparison and the service level
        targets: the no-JS fallback to paste inside <sla-calculator>.
    sla holidays --out DIR
        Writes each country's public holidays (every country of tzdata's
        zone.tab, from src/holidays/world.txt) as DIR/XX.bin, the compact
        file <sla-calculator> fetches for a visitor's country, and the data's
        licence as DIR/LICENSE.
    sla zones
        Lists every time zone name the engine knows (the IANA database's:
        canonical names, backward-compatible links and Etc/*), one per line,
        with its ISO 3166-1 country where tzdata gives one.
    sla zones --transitions FROM_YEAR TO_YEAR
        For every name, one JSON line: its offset (seconds east of UTC) on
        1 January of FROM_YEAR and every change until the end of TO_YEAR, as
        [unix seconds, offset from then on] pairs. Tests compare them with an
        independent tz database.
";

    pub fn main() -> ExitCode {
        // Run by the npm package's `sla-calculator` command (WebAssembly,
        // WASI), relative paths are the caller's: its wrapper passes the
        // directory it was started in.
        #[cfg(target_os = "wasi")]
        if let Some(dir) = std::env::var_os("PWD") {
            let _ = std::env::set_current_dir(dir);
        }
        let args: Vec<String> = std::env::args().skip(1).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let result = match args.as_slice() {
            ["deadline", rest @ ..] => deadline(rest),
            ["check", path] => check(path),
            ["compile", path, "-o", out] => compile(path, out, None),
            ["compile", path, "-o", out, "--catalog", catalog]
            | ["compile", path, "--catalog", catalog, "-o", out] => {
                compile(path, out, Some(catalog))
            }
            ["render", rest @ ..] => render(rest),
            ["holidays", "--out", dir] => country_files(dir),
            ["zones", "--transitions", from, to] => transitions(from, to),
            ["zones"] => {
                let mut list = String::new();
                for name in zones::all_names() {
                    list.push_str(name);
                    if let Some(code) = zones::country(name) {
                        list.push('\t');
                        list.push_str(code);
                    }
                    list.push('\n');
                }
                print(&list)
            }
            ["help" | "--help" | "-h"] => print(USAGE),
            _ => Err(format!("unrecognised arguments {args:?}\n\n{USAGE}")),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("sla: {message}");
                ExitCode::FAILURE
            }
        }
    }

    /// Writes `text` to standard output, whole. Node's WASI (the package's
    /// `sla-calculator` command) hands the tool a pipe Node made
    /// non-blocking: when a slow reader lets it fill, a write is refused for
    /// a moment (`WouldBlock`) and is tried again here, where `println!`
    /// would panic ("Resource temporarily unavailable"). A write refused so
    /// takes none of the bytes, so trying again repeats none. A pipe the
    /// reader closed (`| head`) is the reader's choice, not a failure.
    fn print(text: &str) -> Result<(), String> {
        match write_out(text) {
            Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
                Err(cannot("write", "stdout", &err))
            }
            _ => Ok(()),
        }
    }

    /// [`print`]'s writing, with the error as it came.
    fn write_out(text: &str) -> io::Result<()> {
        let refused = |err: &io::Error| {
            matches!(
                err.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
            )
        };
        let mut out = io::stdout().lock();
        let mut rest = text.as_bytes();
        loop {
            let step = match rest {
                [] => out.flush().map(|()| None),
                _ => out.write(rest).map(Some),
            };
            match step {
                Ok(None) => return Ok(()),
                Ok(Some(0)) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(Some(n)) => rest = &rest[n..],
                Err(err) if refused(&err) => std::thread::sleep(Duration::from_millis(1)),
                Err(err) => return Err(err),
            }
        }
    }

    /// Why a file could not be read or written, in the system's words but
    /// without its error number (which differs between systems: the npm
    /// package runs this tool under WASI).
    fn cannot(verb: &str, path: &str, err: &io::Error) -> String {
        let reason = err.to_string();
        let reason = reason.split(" (os error").next().unwrap_or(&reason);
        format!("cannot {verb} {path}: {reason}")
    }

    fn load_catalog(path: Option<&str>) -> Result<Catalog, String> {
        match path {
            None => Catalog::builtin().map_err(|err| err.to_string()),
            Some(path) => {
                let text =
                    std::fs::read_to_string(path).map_err(|err| cannot("read", path, &err))?;
                Catalog::from_json(&text).map_err(|err| format!("{path}: {err}"))
            }
        }
    }

    fn render(args: &[&str]) -> Result<(), String> {
        let (mut lang, mut tiers, mut catalog_path) = (Lang::Fr, None, None);
        let mut rest = args;
        while let [flag, value, tail @ ..] = rest {
            match *flag {
                "--lang" => {
                    lang = Lang::from_tag(value).ok_or_else(|| {
                        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
                        format!(
                            "unknown language {value:?} (expected one of {})",
                            codes.join(", ")
                        )
                    })?
                }
                "--tiers" => tiers = Some(value.split(',').map(str::to_owned).collect::<Vec<_>>()),
                "--catalog" => catalog_path = Some(*value),
                _ => return Err(format!("unrecognised option {flag:?}\n\n{USAGE}")),
            }
            rest = tail;
        }
        if !rest.is_empty() {
            return Err(format!("unrecognised arguments {rest:?}\n\n{USAGE}"));
        }
        let catalog = load_catalog(catalog_path)?;
        let tiers = tiers.unwrap_or_else(|| catalog.default_tiers().to_vec());
        for id in &tiers {
            catalog.tier(id).map_err(|err| err.to_string())?;
        }
        print(&format!(
            "{}\n",
            view::static_tables(&catalog, &tiers, lang).to_html()
        ))
    }

    /// `sla zones --transitions FROM TO`: each zone's offsets, found by
    /// stepping six hours at a time (no two changes are closer) and bisecting
    /// to the second.
    fn country_files(dir: &str) -> Result<(), String> {
        let dir = std::path::Path::new(dir);
        let write = |name: &str, bytes: &[u8]| {
            std::fs::write(dir.join(name), bytes)
                .map_err(|err| cannot("write", &dir.join(name).display().to_string(), &err))
        };
        std::fs::create_dir_all(dir)
            .map_err(|err| cannot("create", &dir.display().to_string(), &err))?;
        for country in sla_calculator::holidays::known_countries() {
            let bytes = sla_calculator::catalog::compact::write_country(country);
            write(&format!("{}.bin", country.country()), &bytes)?;
        }
        write("LICENSE", sla_calculator::holidays::LICENSE.as_bytes())
    }

    fn transitions(from: &str, to: &str) -> Result<(), String> {
        use chrono::{DateTime, Offset, TimeZone};
        let year = |text: &str| {
            text.parse::<i32>()
                .ok()
                .filter(|y| (2020..=2200).contains(y))
                .ok_or_else(|| format!("expected a year from 2020 to 2200, got {text:?}"))
        };
        let (from, to) = (year(from)?, year(to)?);
        let start = chrono::NaiveDate::from_ymd_opt(from, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp();
        let end = chrono::NaiveDate::from_ymd_opt(to + 1, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            .and_utc()
            .timestamp();
        let mut out = String::new();
        for name in zones::all_names() {
            let zone = zones::zone(name).map_err(|e| e.to_string())?;
            let offset = |unix: i64| {
                let utc = DateTime::from_timestamp(unix, 0).unwrap().naive_utc();
                zone.offset_from_utc_datetime(&utc).fix().local_minus_utc()
            };
            let mut changes = vec![format!("[{start},{}]", offset(start))];
            let mut at = start;
            while at < end {
                let next = (at + 6 * 3600).min(end);
                if offset(next) != offset(at) {
                    let (mut low, mut high) = (at, next);
                    while high - low > 1 {
                        let middle = (low + high) / 2;
                        if offset(middle) == offset(at) {
                            low = middle;
                        } else {
                            high = middle;
                        }
                    }
                    changes.push(format!("[{high},{}]", offset(high)));
                }
                at = next;
            }
            out.push_str(&format!(
                "{{\"zone\":{name:?},\"offsets\":[{}]}}\n",
                changes.join(",")
            ));
        }
        print(&out)
    }

    fn check(path: &str) -> Result<(), String> {
        let text = std::fs::read_to_string(path).map_err(|err| cannot("read", path, &err))?;
        match Catalog::from_json(&text) {
            Ok(catalog) => print(&format!(
                "{path}: ok ({} tiers, {} priorities, {} regions, languages {})\n",
                catalog.tiers().len(),
                catalog.priorities().len(),
                catalog.regions().len(),
                catalog.languages().join(", ")
            )),
            Err(err) => print_problems(path, &err),
        }
    }

    /// A document's problems, one line each, then the error that ends the run.
    fn print_problems(path: &str, err: &sla_calculator::Error) -> Result<(), String> {
        let problems = err.problems();
        let lines: String = problems
            .iter()
            .map(|problem| format!("{path}: {problem}\n"))
            .collect();
        print(&lines)?;
        Err(format!("{path}: {} problem(s) found", problems.len()))
    }

    /// `sla compile`: a catalog (it has `tiers`) or extra holidays, checked,
    /// written in the compact form.
    fn compile(path: &str, out: &str, catalog_path: Option<&str>) -> Result<(), String> {
        use sla_calculator::catalog::compact;
        let text = std::fs::read_to_string(path).map_err(|err| cannot("read", path, &err))?;
        let is_catalog = sla_calculator::json::parse(&text)
            .map(|document| document.get("tiers").is_some())
            .unwrap_or(true);
        let compiled = if is_catalog {
            Catalog::from_json(&text).map(|catalog| compact::write(&catalog))
        } else {
            let catalog = load_catalog(catalog_path)?;
            catalog
                .read_extra_holidays(&text)
                .map(|extra| compact::write_holidays(&extra))
        };
        match compiled {
            Ok(bytes) => {
                std::fs::write(out, &bytes).map_err(|err| cannot("write", out, &err))?;
                print(&format!(
                    "{path}: compiled to {out} ({} bytes)\n",
                    bytes.len()
                ))
            }
            Err(err) => print_problems(path, &err),
        }
    }

    fn deadline(args: &[&str]) -> Result<(), String> {
        let catalog_path = match args {
            ["--jsonl"] => None,
            ["--jsonl", "--catalog", path] | ["--catalog", path, "--jsonl"] => Some(*path),
            _ => return Err(format!("deadline needs --jsonl\n\n{USAGE}")),
        };
        let catalog = load_catalog(catalog_path)?;
        let stdin = io::stdin();
        let mut input = stdin.lock();
        let mut line = Vec::new();
        loop {
            line.clear();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => break,
                Ok(_) => {}
                Err(err) => return Err(cannot("read", "stdin", &err)),
            }
            let answer = match std::str::from_utf8(&line) {
                Ok(text) => json_api::answer(&catalog, text.trim_end_matches(['\n', '\r'])),
                Err(_) => json_api::error_answer("the line is not valid UTF-8"),
            };
            match write_out(&format!("{}\n", answer.to_json())) {
                // A closed pipe (`| head`) is the reader's choice, not a failure.
                Err(err) if err.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
                Err(err) => return Err(cannot("write", "stdout", &err)),
                Ok(()) => {}
            }
        }
        Ok(())
    }
}
