//! Dates and times for people through the browser's `Intl`: any zone, any
//! language, with no time-zone data in the WebAssembly. Arithmetic stays in Rust.

use super::browser::Browser;
use chrono::{DateTime, NaiveDate, Utc};

use crate::view::Clockface;

/// What a date is formatted as: the `Intl.DateTimeFormat` options the
/// element's `browser.format` uses, written here once (`name=value`, space
/// separated; `locale=` picks another locale for the form's own value, and
/// `timeZoneName` asks for the zone's name alone, which fails for a zone the
/// browser does not know).
#[derive(Clone, Copy)]
struct Style(&'static str);

impl Style {
    /// "Monday 30 March 2026, 11:00"
    const DATE_TIME: Style =
        Style("weekday=long day=numeric month=long year=numeric hour=2-digit minute=2-digit");
    /// "Mon 11:00"
    const WEEKDAY_TIME: Style = Style("weekday=short hour=2-digit minute=2-digit");
    /// "11:00"
    const TIME: Style = Style("hour=2-digit minute=2-digit");
    /// "Mon 30 Mar"
    const WEEKDAY_DATE: Style = Style("weekday=short day=numeric month=short");
    /// "30 March 2026"
    const LONG_DATE: Style = Style("day=numeric month=long year=numeric");
    /// "2026-03-30 11:00" (Swedish writes ISO 8601: the form datetime-local wants)
    const INPUT: Style = Style(
        "locale=sv-SE year=numeric month=2-digit day=2-digit hour=2-digit minute=2-digit hourCycle=h23",
    );
    /// "India Standard Time": the zone's generic name alone
    const ZONE_NAME: Style = Style("timeZoneName=longGeneric");
}

/// A [`Clockface`] backed by the element's `Intl` formatters.
pub struct IntlClockface {
    locale: String,
    browser: Browser,
}

impl IntlClockface {
    /// Formats for `locale` (a BCP 47 tag such as `fr`, `en-GB`, `ja`).
    pub fn new(browser: Browser, locale: &str) -> IntlClockface {
        IntlClockface {
            locale: locale.to_owned(),
            browser,
        }
    }

    /// The locale this clockface formats for.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Formats for `locale` from now on.
    pub fn set_locale(&mut self, locale: String) {
        self.locale = locale;
    }

    fn format(&self, style: Style, zone: &str, millis: f64) -> String {
        self.browser
            .format(&self.locale, style.0, zone, millis)
            .unwrap_or_else(|_| {
                // No Intl at all: ISO 8601 in UTC is still exact.
                let instant = DateTime::from_timestamp_millis(millis as i64).unwrap_or_default();
                crate::timestamp::format_utc(instant).unwrap_or_default()
            })
    }
}

/// Noon UTC of a date, in JS milliseconds: formatted in UTC, it is that date.
fn noon_millis(date: NaiveDate) -> f64 {
    date.and_hms_opt(12, 0, 0)
        .map(|t| t.and_utc().timestamp_millis() as f64)
        .unwrap_or(0.0)
}

fn millis(instant: DateTime<Utc>) -> f64 {
    instant.timestamp_millis() as f64
}

impl Clockface for IntlClockface {
    fn date_time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::DATE_TIME, zone, millis(instant))
    }
    fn weekday_time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::WEEKDAY_TIME, zone, millis(instant))
    }
    fn time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::TIME, zone, millis(instant))
    }
    fn day(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::WEEKDAY_DATE, zone, millis(instant))
    }
    fn weekday_date(&self, date: NaiveDate) -> String {
        self.format(Style::WEEKDAY_DATE, "UTC", noon_millis(date))
    }
    fn long_date(&self, date: NaiveDate) -> String {
        self.format(Style::LONG_DATE, "UTC", noon_millis(date))
    }
    fn input_value(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::INPUT, zone, millis(instant))
            .replacen(' ', "T", 1)
    }
    fn countries(&self, codes: &str) -> String {
        self.browser
            .countries(&self.locale, codes)
            .unwrap_or_else(|_| crate::view::countries_by_code(codes))
    }
    fn zone_name(&self, zone: &str) -> String {
        self.browser
            .format(&self.locale, Style::ZONE_NAME.0, zone, js_sys::Date::now())
            .unwrap_or_else(|_| zone.to_owned())
    }
}

/// A `datetime-local` value ("2026-03-27T17:30"), read in the browser's own
/// zone (the visitor's), as an instant.
pub fn local_input_to_utc(browser: &Browser, value: &str) -> Option<DateTime<Utc>> {
    let millis = browser.local_time(value);
    if millis.is_nan() || value.len() < 16 {
        return None;
    }
    DateTime::from_timestamp_millis(millis as i64)
}
