//! The checker's rules for regions: hours, zones, countries, local hours,
//! holidays and how far their calendar reaches.

use super::check::Checker;
use super::raw::*;
use crate::catalog::model::{Holiday, Region};
use crate::engine::DailyWindow;
use crate::{timestamp, zones};

impl Checker {
    pub(super) fn region(&mut self, path: &str, raw: RawRegion) -> Region {
        let name = self.text(&format!("{path}.name"), raw.name);
        let opens = self.clock_time(&format!("{path}.hours.opens"), &raw.opens);
        let closes = self.clock_time(&format!("{path}.hours.closes"), &raw.closes);
        let window = match (opens, closes) {
            (Some(opens), Some(closes)) => DailyWindow::new(opens, closes).or_else(|| {
                self.problem(
                    &format!("{path}.hours"),
                    format_args!(
                        "closes at {} but opens at {}: closing must come after opening",
                        raw.closes, raw.opens
                    ),
                );
                None
            }),
            _ => None,
        };
        let zone = self.zone(&format!("{path}.zone"), &raw.zone);
        let mut countries: Vec<[u8; 2]> = Vec::with_capacity(raw.countries.len());
        for (i, code) in raw.countries.iter().enumerate() {
            let code_path = format!("{path}.countries[{i}]");
            match <[u8; 2]>::try_from(code.as_bytes()) {
                Ok(bytes) if crate::zones::is_country_code(code) => {
                    if countries.contains(&bytes) {
                        self.problem(&code_path, format_args!("{code:?} is listed twice"));
                    }
                    countries.push(bytes);
                }
                _ => self.problem(
                    &code_path,
                    format_args!("{code:?} is not an ISO 3166-1 alpha-2 country code (such as \"FR\" or \"JP\")"),
                ),
            }
        }
        if raw.local_hours && countries.is_empty() {
            self.problem(
                &format!("{path}.local_hours"),
                "local hours need the region's `countries`: whose clock would they be read in?",
            );
        }
        let holidays = self.holidays(&format!("{path}.holidays"), raw.holidays);
        let until_path = format!("{path}.holidays_until");
        let holidays_until = raw.holidays_until.as_deref().and_then(|text| {
            timestamp::parse_date(text)
                .map_err(|err| self.problem(&until_path, err))
                .ok()
        });
        if let (Some(until), Some(last)) = (holidays_until, holidays.last()) {
            if last.date > until {
                self.problem(
                    &until_path,
                    format_args!(
                        "{until} comes before the last listed holiday, {}",
                        last.date
                    ),
                );
            }
        }
        // Unstated, a calendar reaches the end of its last listed year.
        let holidays_until = holidays_until.or_else(|| {
            use chrono::Datelike;
            chrono::NaiveDate::from_ymd_opt(holidays.last()?.date.year(), 12, 31)
        });
        let notes = self.texts(&format!("{path}.notes"), raw.notes);
        Region {
            id: raw.id,
            name,
            window: window.unwrap_or(DailyWindow::WHOLE_DAY),
            zone: zone.unwrap_or(crate::zones::Zone::UTC),
            countries,
            local_hours: raw.local_hours,
            holidays,
            holidays_until,
            holidays_source: raw.holidays_source,
            notes,
        }
    }

    /// Checks a holiday list: valid dates, each once, names in every language; sorted.
    pub(super) fn holidays(&mut self, path: &str, raw: Vec<RawHoliday>) -> Vec<Holiday> {
        let mut holidays: Vec<Holiday> = Vec::new();
        for (i, holiday) in raw.into_iter().enumerate() {
            let date_path = format!("{path}[{i}].date");
            let name = self.text(&format!("{path}[{i}].name"), holiday.name);
            match timestamp::parse_date(&holiday.date) {
                Ok(date) if holidays.iter().any(|h| h.date == date) => {
                    self.problem(&date_path, format_args!("{} is listed twice", holiday.date))
                }
                Ok(date) => holidays.push(Holiday { date, name }),
                Err(err) => self.problem(&date_path, err),
            }
        }
        crate::sort::sort_by_key(&mut holidays, |h| h.date);
        holidays
    }

    pub(super) fn clock_time(&mut self, path: &str, text: &str) -> Option<u32> {
        timestamp::parse_clock_time(text)
            .map_err(|err| self.problem(path, err))
            .ok()
    }

    pub(super) fn zone(&mut self, path: &str, name: &str) -> Option<crate::zones::Zone> {
        zones::zone(name)
            .map_err(|err| self.problem(path, err))
            .ok()
    }
}
