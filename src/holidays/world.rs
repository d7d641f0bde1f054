//! Every country's public holidays, built into native programs: `world.txt`
//! (written by `scripts/public_holidays.py`; its header says the format).

use super::CountryHolidays;
use crate::catalog::Holiday;
use crate::i18n::Text;
use crate::timestamp::parse_date;

const WORLD: &str = include_str!("world.txt");

/// Reads `world.txt`. It is generated and checked (`tests/public_holidays.rs`
/// reads every line), so a line that does not parse is a bug: it panics
/// with the line, rather than dropping a country silently.
pub(super) fn read() -> Vec<CountryHolidays> {
    let mut countries: Vec<CountryHolidays> = Vec::new();
    for (number, line) in WORLD.lines().enumerate() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(head) = line.strip_prefix("country ") {
            let words: Vec<&str> = head.split(' ').collect();
            let (code, until) = match words[..] {
                [code, "until", until, "lang", _] => (code, until),
                _ => bad_line(number, line),
            };
            let until = parse_date(until).unwrap_or_else(|_| bad_line(number, line));
            countries.push(
                CountryHolidays::new(code, until, Vec::new())
                    .unwrap_or_else(|| bad_line(number, line)),
            );
            continue;
        }
        let mut cells = line.split('\t');
        let dates = cells.next().unwrap_or_else(|| bad_line(number, line));
        let mut translations = Vec::new();
        while let (Some(lang), Some(name)) = (cells.next(), cells.next()) {
            translations.push((lang.to_owned(), name.to_owned()));
        }
        let name = Text::new(translations).unwrap_or_else(|| bad_line(number, line));
        let country = countries
            .last_mut()
            .unwrap_or_else(|| bad_line(number, line));
        for date in dates.split(',') {
            let date = parse_date(date).unwrap_or_else(|_| bad_line(number, line));
            country.holidays.push(Holiday {
                date,
                name: name.clone(),
            });
        }
    }
    for country in &mut countries {
        crate::sort::sort_by_key(&mut country.holidays, |h| h.date);
    }
    countries
}

fn bad_line<T>(number: usize, line: &str) -> T {
    panic!("world.txt line {}: {line}", number + 1)
}
