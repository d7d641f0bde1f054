//! The shape reader for regions, priorities and holidays, and the
//! extra-holidays document.

use super::raw::*;
use super::shape::{Obj, Reader};
use crate::json::Value;

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
        let obj = self.object("", document, &["schema", "holidays"])?;
        let by_region = self.required(&obj, "holidays")?;
        let path = obj.at("holidays");
        let Value::Object(fields) = by_region else {
            self.problem(
                &path,
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
                "zone",
                "countries",
                "local_hours",
                "holidays",
                "holidays_until",
                "holidays_source",
                "notes",
            ],
        )?;
        if obj.get("local_zones").is_some() {
            self.problem(
                &obj.at("local_zones"),
                "`local_zones` was replaced by `countries` (ISO 3166-1 alpha-2 codes) and `local_hours`: true",
            );
        }
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let hours = self.required(&obj, "hours").and_then(|v| {
            let hours = self.object(&obj.at("hours"), v, &["opens", "closes"])?;
            let opens = self
                .required(&hours, "opens")
                .and_then(|v| self.string(&hours.at("opens"), v));
            let closes = self
                .required(&hours, "closes")
                .and_then(|v| self.string(&hours.at("closes"), v));
            Some((opens?, closes?))
        });
        let zone = self
            .required(&obj, "zone")
            .and_then(|v| self.string(&obj.at("zone"), v));
        let countries = self.each(&obj, "countries", false, |r, p, v| r.string(p, v));
        let local_hours = match obj.get("local_hours") {
            None | Some(Value::Null) | Some(Value::Bool(false)) => Some(false),
            Some(Value::Bool(true)) => Some(true),
            Some(other) => {
                self.problem(
                    &obj.at("local_hours"),
                    format_args!("expected true or false, got {}", other.kind()),
                );
                None
            }
        };
        let holidays = self.each(&obj, "holidays", false, Reader::holiday);
        let holidays_until = self.optional_string(&obj, "holidays_until");
        let holidays_source = self.optional_string(&obj, "holidays_source");
        let notes = self.each(&obj, "notes", false, Reader::text);
        let (opens, closes) = hours?;
        Some(RawRegion {
            id: id?,
            name: name?,
            opens,
            closes,
            zone: zone?,
            countries: countries?,
            local_hours: local_hours?,
            holidays: holidays?,
            holidays_until: holidays_until?,
            holidays_source: holidays_source?,
            notes: notes?,
        })
    }
}
