//! The checker's rules for regions: hours, zones, countries, local hours,
//! holidays and how far their calendar reaches.

use super::check::Checker;
use super::raw::*;
use super::shape_regions::WEEKDAY_KEYS;
use crate::catalog::model::Provenance;
use crate::catalog::region::{Holiday, Override, Region};
use crate::engine::{day_windows, DailyWindow, Week, WindowsProblem, MAX_WINDOWS_PER_DAY};
use crate::error::{quoted, ProblemKind};
use crate::{timestamp, zones};

impl Checker {
    pub(super) fn region(&mut self, path: &str, raw: RawRegion) -> Region {
        let name = self.text(&format!("{path}.name"), raw.name);
        let week = self.week(&format!("{path}.hours"), raw.hours);
        let around_the_clock = match &raw.around_the_clock {
            None => Some(Week::monday_to_friday_around_the_clock()),
            Some((opens, closes, _)) => {
                self.around_the_clock(&format!("{path}.around_the_clock"), opens, closes)
            }
        };
        let around_the_clock_skips_holidays = matches!(raw.around_the_clock, Some((_, _, true)));
        let holiday_hours = raw
            .holiday_hours
            .and_then(|windows| self.windows(&format!("{path}.holiday_hours"), windows));
        let overrides = self.overrides(&format!("{path}.overrides"), raw.overrides);
        let business_day = self.business_day(path, raw.business_day.as_deref(), week.as_ref());
        let zone = self.zone(&format!("{path}.zone"), &raw.zone);
        let mut countries: Vec<[u8; 2]> = Vec::with_capacity(raw.countries.len());
        for (i, code) in raw.countries.iter().enumerate() {
            let code_path = format!("{path}.countries[{i}]");
            match <[u8; 2]>::try_from(code.as_bytes()) {
                Ok(bytes) if crate::zones::is_country_code(code) => {
                    if countries.contains(&bytes) {
                        self.problem(
                            &code_path,
                            ProblemKind::Duplicate,
                            format_args!("{} is listed twice", quoted(code)),
                        );
                    }
                    countries.push(bytes);
                }
                _ => self.problem(
                    &code_path,
                    ProblemKind::Invalid,
                    format_args!(
                        "{} is not an ISO 3166-1 alpha-2 country code (such as \"FR\" or \"JP\")",
                        quoted(code)
                    ),
                ),
            }
        }
        if raw.local_hours && countries.is_empty() {
            self.problem(
                &format!("{path}.local_hours"),
                ProblemKind::Inconsistent,
                "local hours need the region's `countries`: whose clock would they be read in?",
            );
        }
        let public_holidays = match raw.public_holidays.as_deref() {
            None => false,
            Some("country") => true,
            Some(other) => {
                self.problem(
                    &format!("{path}.public_holidays"), ProblemKind::Invalid,
                    format_args!(
                        "{} is not understood: the one value is \"country\" (skip the public holidays of the country whose clock the hours are read in)",
                        quoted(other)
                    ),
                );
                false
            }
        };
        let holidays = self.holidays(&format!("{path}.holidays"), raw.holidays);
        let until_path = format!("{path}.holidays_until");
        let holidays_until = raw.holidays_until.as_deref().and_then(|text| {
            timestamp::parse_date(text)
                .map_err(|err| self.problem(&until_path, ProblemKind::Invalid, err))
                .ok()
        });
        if let (Some(until), Some(last)) = (holidays_until, holidays.last()) {
            if last.date > until {
                self.problem(
                    &until_path,
                    ProblemKind::Inconsistent,
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
            week: week.unwrap_or_else(|| Week::weekdays(DailyWindow::WHOLE_DAY)),
            overrides,
            around_the_clock: around_the_clock
                .unwrap_or_else(Week::monday_to_friday_around_the_clock),
            around_the_clock_skips_holidays,
            holiday_hours,
            business_day: business_day.unwrap_or_else(|| chrono::Duration::hours(8)),
            zone: zone.unwrap_or(crate::zones::Zone::UTC),
            countries,
            local_hours: raw.local_hours,
            public_holidays,
            holidays,
            holidays_until,
            holidays_source: Provenance(raw.holidays_source),
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
                Ok(date) if holidays.iter().any(|h| h.date == date) => self.problem(
                    &date_path,
                    ProblemKind::Duplicate,
                    format_args!("{} is listed twice", holiday.date),
                ),
                Ok(date) => holidays.push(Holiday { date, name }),
                Err(err) => self.problem(&date_path, ProblemKind::Invalid, err),
            }
        }
        crate::sort::sort_by_key(&mut holidays, |h| h.date);
        holidays
    }

    /// A region's weekly hours, every problem named with its path; `None`
    /// if any.
    fn week(&mut self, path: &str, raw: RawHours) -> Option<Week> {
        let mut days: [Vec<DailyWindow>; 7] = Default::default();
        let mut complete = true;
        match raw {
            RawHours::Weekdays(opens, closes) => {
                let window = self.window(path, &(opens, closes), "");
                for day in &mut days[..5] {
                    day.extend(window);
                }
                complete = window.is_some();
            }
            RawHours::Weekly(listed) => {
                for (index, windows) in listed {
                    match self.windows(&format!("{path}.{}", WEEKDAY_KEYS[index]), windows) {
                        Some(windows) => days[index] = windows,
                        None => complete = false,
                    }
                }
                if complete && days.iter().all(Vec::is_empty) {
                    self.problem(
                        path, ProblemKind::Empty,
                        "every day is closed: give at least one day's hours, like \"mon\": [[\"09:00\", \"17:00\"]]",
                    );
                    complete = false;
                }
            }
        }
        if !complete {
            return None;
        }
        Week::new(days)
    }

    /// One window: times `HH:MM`, closing after opening. `at` follows the
    /// path to name the times (`""` for `.opens`/`.closes`, `"[0]"` for a pair).
    fn window(&mut self, path: &str, (opens, closes): &RawWindow, at: &str) -> Option<DailyWindow> {
        let (opens_path, closes_path) = if at.is_empty() {
            (format!("{path}.opens"), format!("{path}.closes"))
        } else {
            (format!("{path}{at}[0]"), format!("{path}{at}[1]"))
        };
        let opening = self.clock_time(&opens_path, opens);
        let closing = self.clock_time(&closes_path, closes);
        DailyWindow::new(opening?, closing?).or_else(|| {
            self.problem(
                &format!("{path}{at}"),
                ProblemKind::Inconsistent,
                format_args!(
                    "closes at {closes} but opens at {opens}: closing must come after opening"
                ),
            );
            None
        })
    }

    /// One day's windows: each valid, sorted, not overlapping, not too many.
    fn windows(&mut self, path: &str, raw: Vec<RawWindow>) -> Option<Vec<DailyWindow>> {
        if raw.len() > MAX_WINDOWS_PER_DAY {
            self.problem(
                path,
                ProblemKind::OutOfRange,
                format_args!(
                    "{} intervals in one day: at most {MAX_WINDOWS_PER_DAY} are supported",
                    raw.len()
                ),
            );
            return None;
        }
        let mut windows = Vec::with_capacity(raw.len());
        for (i, pair) in raw.iter().enumerate() {
            windows.push(self.window(path, pair, &format!("[{i}]"))?);
        }
        match day_windows(windows) {
            Ok(windows) => Some(windows),
            Err(WindowsProblem::Overlap(i)) => {
                self.problem(
                    &format!("{path}[{i}]"), ProblemKind::Inconsistent,
                    format_args!(
                        "opens at {} before the interval before it closes ({}): intervals must be sorted and must not overlap",
                        raw[i].0,
                        raw[i - 1].1
                    ),
                );
                None
            }
            Err(WindowsProblem::TooMany) => None,
        }
    }

    /// The 24x5 week: `"sun 17:00"` to `"fri 17:00"`.
    fn around_the_clock(&mut self, path: &str, opens: &str, closes: &str) -> Option<Week> {
        let opening = self.week_time(&format!("{path}.opens"), opens);
        let closing = self.week_time(&format!("{path}.closes"), closes);
        Week::stretch(opening?, closing?).or_else(|| {
            self.problem(
                path,
                ProblemKind::Inconsistent,
                format_args!(
                    "opens {} and closes {}: that is no time at all or the whole week; \
                     a 24x5 week must be shorter than a week (the 24x7 clock counts every hour)",
                    quoted(opens),
                    quoted(closes)
                ),
            );
            None
        })
    }

    /// `"sun 17:00"`: a weekday key and a time.
    fn week_time(&mut self, path: &str, text: &str) -> Option<(chrono::Weekday, u32)> {
        let Some((day, time)) = text.split_once(' ') else {
            self.problem(
                path,
                ProblemKind::Invalid,
                format_args!(
                    "{} is not a weekday and a time (expected like \"sun 17:00\")",
                    quoted(text)
                ),
            );
            return None;
        };
        let Some(index) = WEEKDAY_KEYS.iter().position(|key| *key == day) else {
            self.problem(
                path,
                ProblemKind::Invalid,
                format_args!(
                    "{} is not a weekday (expected one of mon, tue, wed, thu, fri, sat, sun)",
                    quoted(day)
                ),
            );
            return None;
        };
        let minutes = self.clock_time(path, time)?;
        Some((chrono::Weekday::try_from(index as u8).ok()?, minutes))
    }

    /// Overrides: valid dates, each once, valid windows, names in every language.
    fn overrides(&mut self, path: &str, raw: Vec<RawOverride>) -> Vec<Override> {
        let mut overrides: Vec<Override> = Vec::with_capacity(raw.len());
        for (i, special) in raw.into_iter().enumerate() {
            let at = format!("{path}[{i}]");
            let name = special
                .name
                .map(|name| self.text(&format!("{at}.name"), name));
            let windows = self.windows(&format!("{at}.hours"), special.hours);
            let date = match timestamp::parse_date(&special.date) {
                Ok(date) if overrides.iter().any(|o| o.date == date) => {
                    self.problem(
                        &format!("{at}.date"),
                        ProblemKind::Duplicate,
                        format_args!("{} has two overrides", special.date),
                    );
                    None
                }
                Ok(date) => Some(date),
                Err(err) => {
                    self.problem(&format!("{at}.date"), ProblemKind::Invalid, err);
                    None
                }
            };
            if let (Some(date), Some(windows)) = (date, windows) {
                overrides.push(Override {
                    date,
                    windows,
                    name,
                });
            }
        }
        crate::sort::sort_by_key(&mut overrides, |o| o.date);
        overrides
    }

    /// The length of a business day: the catalog's, else the length every
    /// open day shares; required when open days differ.
    fn business_day(
        &mut self,
        path: &str,
        raw: Option<&str>,
        week: Option<&Week>,
    ) -> Option<chrono::Duration> {
        let at = format!("{path}.business_day");
        match raw {
            Some(text) => {
                let minutes = self.clock_time(&at, text)?;
                if minutes == 0 {
                    self.problem(
                        &at,
                        ProblemKind::OutOfRange,
                        "a business day must be longer than 00:00",
                    );
                    return None;
                }
                Some(chrono::Duration::minutes(i64::from(minutes)))
            }
            None => {
                let week = week?;
                let common = week.common_day_length();
                if common.is_none() {
                    self.problem(
                        path, ProblemKind::Missing,
                        "missing field `business_day`: open days differ in length, so say how long one business day is (like \"business_day\": \"08:00\")",
                    );
                }
                common
            }
        }
    }

    pub(super) fn clock_time(&mut self, path: &str, text: &str) -> Option<u32> {
        timestamp::parse_clock_time(text)
            .map_err(|err| self.problem(path, ProblemKind::Invalid, err))
            .ok()
    }

    pub(super) fn zone(&mut self, path: &str, name: &str) -> Option<crate::zones::Zone> {
        zones::zone(name)
            .map_err(|err| self.problem(path, ProblemKind::Invalid, err))
            .ok()
    }
}
