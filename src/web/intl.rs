//! Dates and times for people through the browser's `Intl`: any zone, any
//! language, with no time-zone data in the WebAssembly. Arithmetic stays in Rust.

use std::cell::RefCell;

use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::view::Clockface;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    DateTime,
    WeekdayTime,
    Time,
    Day,
    WeekdayDate,
    LongDate,
    Input,
}

/// A [`Clockface`] backed by `Intl.DateTimeFormat`, caching one formatter
/// per style and zone.
pub struct IntlClockface {
    locale: String,
    formats: RefCell<Vec<(Style, String, Option<Function>)>>,
}

impl IntlClockface {
    /// Formats for `locale` (a BCP 47 tag such as `fr`, `en-GB`, `ja`).
    pub fn new(locale: &str) -> IntlClockface {
        IntlClockface {
            locale: locale.to_owned(),
            formats: RefCell::new(Vec::new()),
        }
    }

    /// The locale this clockface formats for.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    fn format(&self, style: Style, zone: &str, millis: f64) -> String {
        let cached = self
            .formats
            .borrow()
            .iter()
            .find(|(s, z, _)| *s == style && z == zone)
            .map(|(_, _, f)| f.clone());
        let format = match cached {
            Some(format) => format,
            None => {
                let format = self.formatter(style, zone);
                self.formats
                    .borrow_mut()
                    .push((style, zone.to_owned(), format.clone()));
                format
            }
        };
        format
            .and_then(|f| {
                f.call1(&JsValue::NULL, &Date::new(&JsValue::from_f64(millis)))
                    .ok()
            })
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| {
                // No Intl at all: ISO 8601 in UTC is still exact.
                let instant = DateTime::from_timestamp_millis(millis as i64).unwrap_or_default();
                crate::timestamp::format_utc(instant).unwrap_or_default()
            })
    }

    fn formatter(&self, style: Style, zone: &str) -> Option<Function> {
        let options = Object::new();
        let set = |key: &str, value: &str| {
            let _ = Reflect::set(&options, &key.into(), &value.into());
        };
        set("timeZone", zone);
        match style {
            Style::DateTime => {
                set("weekday", "long");
                set("day", "numeric");
                set("month", "long");
                set("year", "numeric");
                set("hour", "2-digit");
                set("minute", "2-digit");
            }
            Style::WeekdayTime => {
                set("weekday", "short");
                set("hour", "2-digit");
                set("minute", "2-digit");
            }
            Style::Time => {
                set("hour", "2-digit");
                set("minute", "2-digit");
            }
            Style::Day | Style::WeekdayDate => {
                set("weekday", "short");
                set("day", "numeric");
                set("month", "short");
            }
            Style::LongDate => {
                set("day", "numeric");
                set("month", "long");
                set("year", "numeric");
            }
            Style::Input => {
                set("year", "numeric");
                set("month", "2-digit");
                set("day", "2-digit");
                set("hour", "2-digit");
                set("minute", "2-digit");
                set("hourCycle", "h23");
            }
        }
        // Swedish writes dates as ISO 8601 does: the form datetime-local wants.
        let locale = if style == Style::Input {
            "sv-SE"
        } else {
            self.locale.as_str()
        };
        let locales = Array::of1(&locale.into());
        // `new Intl.DateTimeFormat(…)` throws on a zone the browser does not
        // know: construct it through Reflect to catch that, and fall back to UTC.
        let construct = |options: &Object| -> Option<Function> {
            let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
            let class = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?;
            let format =
                Reflect::construct(class.dyn_ref::<Function>()?, &Array::of2(&locales, options))
                    .ok()?;
            Some(format.unchecked_into::<Intl::DateTimeFormat>().format())
        };
        construct(&options).or_else(|| {
            set("timeZone", "UTC");
            construct(&options)
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
        self.format(Style::DateTime, zone, millis(instant))
    }
    fn weekday_time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::WeekdayTime, zone, millis(instant))
    }
    fn time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::Time, zone, millis(instant))
    }
    fn day(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::Day, zone, millis(instant))
    }
    fn weekday_date(&self, date: NaiveDate) -> String {
        self.format(Style::WeekdayDate, "UTC", noon_millis(date))
    }
    fn long_date(&self, date: NaiveDate) -> String {
        self.format(Style::LongDate, "UTC", noon_millis(date))
    }
    fn input_value(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.format(Style::Input, zone, millis(instant))
            .replacen(' ', "T", 1)
    }
}

/// The visitor's IANA zone, as the browser reports it.
pub fn visitor_zone() -> String {
    let options = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).resolved_options();
    Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|zone| zone.as_string())
        .unwrap_or_else(|| "UTC".to_owned())
}

/// A `datetime-local` value ("2026-03-27T17:30"), read in the browser's own
/// zone (the visitor's), as an instant.
pub fn local_input_to_utc(value: &str) -> Option<DateTime<Utc>> {
    // Date-time strings without an offset are local time in ECMAScript.
    let millis = Date::new(&JsValue::from_str(value)).get_time();
    if millis.is_nan() || value.len() < 16 {
        return None;
    }
    DateTime::from_timestamp_millis(millis as i64)
}
