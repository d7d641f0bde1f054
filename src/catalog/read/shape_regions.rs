//! The shape reader for regions, priorities and holidays, and the
//! extra-holidays document.

use super::raw::*;
use super::shape::{Obj, Reader};
use crate::error::ProblemKind;
use crate::json::Value;

/// The weekly form's keys, Monday first.
pub(super) const WEEKDAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl Reader {
    pub(super) fn holiday(&mut self, path: &str, value: &Value) -> Option<RawHoliday> {
        let holiday = self.object(path, value, &["date", "name"])?;
        let date = self
            .required(&holiday, "date")
            .and_then(|v| self.string(&holiday.at("date"), v));
        let name = self.required_text(&holiday, "name");
        Some(RawHoliday {
            date: date?,
            name: name?,
        })
    }

    /// An extra-holidays document: `{"schema": 1, "holidays": {"<region id>": [holiday…]}}`.
    pub(super) fn extra_holidays(
        &mut self,
        document: &Value,
    ) -> Option<Vec<(String, Vec<RawHoliday>)>> {
        let obj = self.object("", document, &["$schema", "schema", "holidays"])?;
        // Where an editor finds the JSON Schema: a string, otherwise ignored.
        let _ = self.optional_string(&obj, "$schema");
        let by_region = self.required(&obj, "holidays")?;
        let path = obj.at("holidays");
        let Value::Object(fields) = by_region else {
            self.problem(
                &path,
                ProblemKind::WrongType,
                format_args!(
                    "expected an object of holiday lists by region id, got {}",
                    by_region.kind()
                ),
            );
            return None;
        };
        let regions = Obj { path, fields };
        let mut out = Vec::with_capacity(fields.len());
        let mut complete = true;
        for (region, _) in fields {
            match self.each(&regions, region, true, Reader::holiday) {
                Some(holidays) => out.push((region.clone(), holidays)),
                None => complete = false,
            }
        }
        complete.then_some(out)
    }

    /// `{"opens": …, "closes": …}` (both strings).
    fn opens_closes(&mut self, path: &str, value: &Value) -> Option<(String, String)> {
        let obj = self.object(path, value, &["opens", "closes"])?;
        self.opening_and_closing(&obj)
    }

    /// An object's `opens` and `closes` strings, both required.
    fn opening_and_closing(&mut self, obj: &Obj) -> Option<(String, String)> {
        let opens = self
            .required(obj, "opens")
            .and_then(|v| self.string(&obj.at("opens"), v));
        let closes = self
            .required(obj, "closes")
            .and_then(|v| self.string(&obj.at("closes"), v));
        Some((opens?, closes?))
    }

    /// `{"opens": "sun 17:00", "closes": "fri 17:00", "skips_holidays": true}`.
    fn around_the_clock(&mut self, path: &str, value: &Value) -> Option<(String, String, bool)> {
        let obj = self.object(path, value, &["opens", "closes", "skips_holidays"])?;
        let opening_and_closing = self.opening_and_closing(&obj);
        let skips = self.optional_bool(&obj, "skips_holidays");
        let (opens, closes) = opening_and_closing?;
        Some((opens, closes, skips?))
    }

    /// A region's `hours`: the short form when it has `opens` or `closes`,
    /// else windows by weekday.
    fn hours(&mut self, path: &str, value: &Value) -> Option<RawHours> {
        if let Value::Object(fields) = value {
            if fields.iter().any(|(k, _)| k == "opens" || k == "closes") {
                let (opens, closes) = self.opens_closes(path, value)?;
                return Some(RawHours::Weekdays(opens, closes));
            }
        }
        let obj = self.object(path, value, &WEEKDAY_KEYS)?;
        let mut days = Vec::new();
        let mut complete = true;
        for (index, key) in WEEKDAY_KEYS.iter().enumerate() {
            if obj.get(key).is_some() {
                match self.each(&obj, key, false, Reader::window) {
                    Some(windows) => days.push((index, windows)),
                    None => complete = false,
                }
            }
        }
        complete.then_some(RawHours::Weekly(days))
    }

    /// `["09:00", "12:00"]`.
    fn window(&mut self, path: &str, value: &Value) -> Option<RawWindow> {
        if let Value::Array(items) = value {
            if let [Value::String(opens), Value::String(closes)] = items.as_slice() {
                return Some((opens.clone(), closes.clone()));
            }
        }
        let got = match value {
            Value::Array(items) => format!("{} items", items.len()),
            other => other.kind().to_owned(),
        };
        self.problem(
            path, ProblemKind::WrongType,
            format_args!(
                "expected an opening and a closing time as two strings, like [\"09:00\", \"12:00\"]; got {got}"
            ),
        );
        None
    }

    /// An override: `{"date": …, "hours": [window…], "name": text}`.
    fn special_hours(&mut self, path: &str, value: &Value) -> Option<RawOverride> {
        let obj = self.object(path, value, &["date", "hours", "name"])?;
        let date = self
            .required(&obj, "date")
            .and_then(|v| self.string(&obj.at("date"), v));
        let hours = self.each(&obj, "hours", true, Reader::window);
        let name = self.optional_text(&obj, "name");
        Some(RawOverride {
            date: date?,
            hours: hours?,
            name: name?,
        })
    }

    pub(super) fn priority(&mut self, path: &str, value: &Value) -> Option<RawPriority> {
        let obj = self.object(path, value, &["id", "name", "definition"])?;
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let definition = self.required_text(&obj, "definition");
        Some(RawPriority {
            id: id?,
            name: name?,
            definition: definition?,
        })
    }

    pub(super) fn region(&mut self, path: &str, value: &Value) -> Option<RawRegion> {
        let obj = self.object(
            path,
            value,
            &[
                "id",
                "name",
                "hours",
                "around_the_clock",
                "holiday_hours",
                "overrides",
                "business_day",
                "zone",
                "countries",
                "local_hours",
                "public_holidays",
                "holidays",
                "holidays_until",
                "holidays_source",
                "notes",
            ],
        )?;
        if obj.get("local_zones").is_some() {
            self.problem(
                &obj.at("local_zones"), ProblemKind::UnknownField,
                "`local_zones` was replaced by `countries` (ISO 3166-1 alpha-2 codes) and `local_hours`: true",
            );
        }
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let hours = self
            .required(&obj, "hours")
            .and_then(|v| self.hours(&obj.at("hours"), v));
        let around_the_clock = match obj.get("around_the_clock") {
            None | Some(Value::Null) => Some(None),
            Some(v) => self
                .around_the_clock(&obj.at("around_the_clock"), v)
                .map(Some),
        };
        let holiday_hours = match obj.get("holiday_hours") {
            None | Some(Value::Null) => Some(None),
            Some(_) => self
                .each(&obj, "holiday_hours", true, Reader::window)
                .map(Some),
        };
        let overrides = self.each(&obj, "overrides", false, Reader::special_hours);
        let business_day = self.optional_string(&obj, "business_day");
        let zone = self
            .required(&obj, "zone")
            .and_then(|v| self.string(&obj.at("zone"), v));
        let countries = self.each(&obj, "countries", false, |r, p, v| r.string(p, v));
        let local_hours = self.optional_bool(&obj, "local_hours");
        let public_holidays = self.optional_string(&obj, "public_holidays");
        let holidays = self.each(&obj, "holidays", false, Reader::holiday);
        let holidays_until = self.optional_string(&obj, "holidays_until");
        let holidays_source = self.optional_string(&obj, "holidays_source");
        let notes = self.each(&obj, "notes", false, Reader::text);
        Some(RawRegion {
            id: id?,
            name: name?,
            hours: hours?,
            around_the_clock: around_the_clock?,
            holiday_hours: holiday_hours?,
            overrides: overrides?,
            business_day: business_day?,
            zone: zone?,
            countries: countries?,
            local_hours: local_hours?,
            public_holidays: public_holidays?,
            holidays: holidays?,
            holidays_until: holidays_until?,
            holidays_source: holidays_source?,
            notes: notes?,
        })
    }
}
