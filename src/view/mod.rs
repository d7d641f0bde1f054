//! What the widget shows, built by pure code: an element tree from the
//! catalog, the selection and the current instant. The browser edge (`web`)
//! applies the tree to the DOM; `sla render` writes it as HTML.
//!
//! Dates and times are formatted through a [`Clockface`], so the browser can
//! use `Intl` (any zone, any language) while tests use [`PlainClockface`].

mod by_tier;
mod controls;
mod coverage;
mod deadline;
mod filing;
mod frame;
mod hours;
mod node;
mod services;
mod tables;
mod widget;
mod words;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

pub use crate::model::{Attributes, Selection, Surroundings};
pub use coverage::coverage;
pub use deadline::calendar_url;
pub use frame::Frame;
pub use node::{el, text, Element, Node, Parts};
// `sla render`'s, not the widget's (which would then make its one call to
// the services panel a shared one: 52 B more gzipped).
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub use tables::static_tables;
pub use tables::{comparison, targets};
pub use widget::{catalog_error, unavailable, widget};

/// Formats instants for people, in a language, in any IANA zone.
pub trait Clockface {
    /// A full date and time: "Monday 30 March 2026, 11:00".
    fn date_time(&self, instant: DateTime<Utc>, zone: &str) -> String;
    /// A weekday and time: "Mon 09:00".
    fn weekday_time(&self, instant: DateTime<Utc>, zone: &str) -> String;
    /// A time of day: "09:00".
    fn time(&self, instant: DateTime<Utc>, zone: &str) -> String;
    /// A short day: "Mon 30 Mar".
    fn day(&self, instant: DateTime<Utc>, zone: &str) -> String;
    /// A calendar date with its weekday: "Mon 4 May".
    fn weekday_date(&self, date: NaiveDate) -> String;
    /// A date with its year, for dates that may be far off: "31 December 2035"
    /// (this default writes ISO 8601, `2035-12-31`).
    fn long_date(&self, date: NaiveDate) -> String {
        crate::timestamp::format_date(date)
    }
    /// The wall time for a `datetime-local` input: "2026-03-27T17:30".
    fn input_value(&self, instant: DateTime<Utc>, zone: &str) -> String;
    /// A zone as people name it, in the clockface's language: "India
    /// Standard Time", "heure de l’Inde" (this default gives the IANA id,
    /// `Asia/Kolkata`, as tools and tests want it).
    fn zone_name(&self, zone: &str) -> String {
        zone.to_owned()
    }
    /// Countries, their ISO 3166-1 alpha-2 codes run together (`INLK`),
    /// named in the clockface's language, in that language's alphabetical
    /// order: one line each, the code then the name (`LKSri Lanka`,
    /// `INInde`; this default names each by its code, in the order given).
    fn countries(&self, codes: &str) -> String {
        countries_by_code(codes)
    }

    /// The local date of `instant` in `zone` (read from [`Clockface::input_value`]).
    fn local_date(&self, instant: DateTime<Utc>, zone: &str) -> NaiveDate {
        let value = self.input_value(instant, zone);
        crate::timestamp::date(value.get(..10).unwrap_or_default())
            .unwrap_or_else(|| instant.date_naive())
    }
}

/// Countries named by their codes, in the order given (see [`Clockface::countries`]).
pub fn countries_by_code(codes: &str) -> String {
    let mut lines = String::new();
    for code in codes.as_bytes().chunks(2) {
        let code = std::str::from_utf8(code).unwrap_or_default();
        lines.push_str(code);
        lines.push_str(code);
        lines.push('\n');
    }
    lines
}

/// A language-neutral [`Clockface`] on the bundled zones (others read as UTC):
/// ISO-style dates and English weekday abbreviations. For tests and tools.
pub struct PlainClockface;

impl PlainClockface {
    fn local(instant: DateTime<Utc>, zone: &str) -> chrono::NaiveDateTime {
        match crate::zones::find(zone) {
            Some(tz) => instant.with_timezone(&tz).naive_local(),
            None => instant.naive_utc(),
        }
    }
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

impl Clockface for PlainClockface {
    fn date_time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        let local = Self::local(instant, zone);
        format!(
            "{} {:02}:{:02}",
            self.weekday_date(local.date()),
            local.hour(),
            local.minute()
        )
    }
    fn weekday_time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        let local = Self::local(instant, zone);
        format!(
            "{} {:02}:{:02}",
            WEEKDAYS[local.weekday().num_days_from_monday() as usize],
            local.hour(),
            local.minute()
        )
    }
    fn time(&self, instant: DateTime<Utc>, zone: &str) -> String {
        let local = Self::local(instant, zone);
        format!("{:02}:{:02}", local.hour(), local.minute())
    }
    fn day(&self, instant: DateTime<Utc>, zone: &str) -> String {
        self.weekday_date(Self::local(instant, zone).date())
    }
    fn weekday_date(&self, date: NaiveDate) -> String {
        format!(
            "{} {}",
            WEEKDAYS[date.weekday().num_days_from_monday() as usize],
            crate::timestamp::format_date(date)
        )
    }
    fn input_value(&self, instant: DateTime<Utc>, zone: &str) -> String {
        let local = Self::local(instant, zone);
        format!(
            "{}T{:02}:{:02}",
            crate::timestamp::format_date(local.date()),
            local.hour(),
            local.minute()
        )
    }
}
