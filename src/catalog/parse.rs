//! Reading a catalog document: JSON syntax first (with line and column), then
//! its shape (types, missing and unknown fields), then every semantic rule,
//! collecting all problems of a stage, each with its JSON path.

use std::fmt;

use super::model::{Feature, FeatureGroup, FeatureValue, Holiday, Priority, Region, Tier};
use super::Catalog;
use crate::engine::{Clock, DailyWindow, Target};
use crate::i18n::Text;
use crate::json::{self, Value};
use crate::{timestamp, zones, Error};

/// The catalog schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The longest target accepted: one year of open time.
const MAX_TARGET_MINUTES: i64 = 366 * 24 * 60;
const MAX_TARGET_DAYS: i64 = 366;

struct RawCatalog {
    source: Option<String>,
    languages: Vec<String>,
    default_tiers: Vec<String>,
    tiers: Vec<RawTier>,
    feature_groups: Vec<RawGroup>,
    priorities: Vec<RawPriority>,
    regions: Vec<RawRegion>,
}

struct RawTier {
    id: String,
    name: RawText,
    price: Option<RawText>,
    notes: Vec<RawText>,
    targets: Vec<(String, RawTarget)>,
}

struct RawTarget {
    clock: String,
    minutes: Option<i64>,
    days: Option<i64>,
}

struct RawGroup {
    id: String,
    name: RawText,
    features: Vec<RawFeature>,
}

struct RawFeature {
    id: String,
    name: RawText,
    values: Vec<(String, RawValue)>,
}

/// A feature cell: `true`/`false`/`null`, a count, or a text.
enum RawValue {
    Flag(bool),
    Count(Option<u32>, String),
    Text(RawText),
}

struct RawPriority {
    id: String,
    name: RawText,
    definition: RawText,
}

struct RawRegion {
    id: String,
    name: RawText,
    opens: String,
    closes: String,
    zone: String,
    countries: Vec<String>,
    local_hours: bool,
    holidays: Vec<RawHoliday>,
    holidays_until: Option<String>,
    holidays_source: Option<String>,
    notes: Vec<RawText>,
}

struct RawHoliday {
    date: String,
    name: RawText,
}

/// A text: one string for every language, or an object of strings by language.
enum RawText {
    Same(String),
    ByLanguage(Vec<(String, String)>),
}

/// Parses and validates a catalog document.
/// The largest catalog document accepted, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// The document checks every catalog-like document gets first: size, JSON
/// syntax, an object, and the schema version (named before any shape problem).
fn read_document(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_DOCUMENT_BYTES {
        // Tenths of a megabyte in integers: float formatting would cost the
        // WebAssembly build ~20 KB.
        let tenths = text.len() * 10 / (1024 * 1024);
        return Err(Error::catalog(vec![format!(
            "(document): the document is {}.{} MB; catalogs are limited to {} MB",
            tenths / 10,
            tenths % 10,
            MAX_DOCUMENT_BYTES / (1024 * 1024)
        )]));
    }
    let document =
        json::parse(text).map_err(|err| Error::catalog(vec![format!("(document): {err}")]))?;
    if !matches!(document, Value::Object(_)) {
        return Err(Error::catalog(vec![
            "(document): a catalog must be a JSON object, starting with '{'".into(),
        ]));
    }
    // A document of another schema version has another shape: say so first.
    match document.get("schema") {
        None => {
            return Err(Error::catalog(vec![format!(
                "schema: missing (expected \"schema\": {SCHEMA_VERSION})"
            )]))
        }
        Some(version) if version.as_integer() != Some(i64::from(SCHEMA_VERSION)) => {
            return Err(Error::catalog(vec![format!(
                "schema: unsupported version {} (this build reads version {SCHEMA_VERSION})",
                version.to_json()
            )]))
        }
        Some(_) => {}
    }
    Ok(document)
}

pub(super) fn parse(text: &str) -> Result<Catalog, Error> {
    let document = read_document(text)?;
    let mut reader = Reader::default();
    let raw = reader.catalog(&document);
    match raw {
        Some(raw) if reader.problems.is_empty() => {
            let mut checker = Checker::default();
            let catalog = checker.catalog(raw);
            if checker.problems.is_empty() {
                Ok(catalog)
            } else {
                Err(Error::catalog(checker.problems))
            }
        }
        _ => Err(Error::catalog(reader.problems)),
    }
}

/// The catalog with the holidays of an extra-holidays document added to its
/// regions (dates it already has are kept as they are). Problems are reported
/// like a catalog's, each starting with "extra holidays".
pub(super) fn with_extra_holidays(catalog: &Catalog, text: &str) -> Result<Catalog, Error> {
    let tag = |problems: Vec<String>| {
        Error::catalog(
            problems
                .into_iter()
                .map(|p| format!("extra holidays, {p}"))
                .collect(),
        )
    };
    let document = read_document(text).map_err(|err| tag(err.problems()))?;
    let mut reader = Reader::default();
    let raw = match reader.extra_holidays(&document) {
        Some(raw) if reader.problems.is_empty() => raw,
        _ => return Err(tag(reader.problems)),
    };
    let mut checker = Checker {
        problems: Vec::new(),
        languages: catalog.languages.clone(),
    };
    let mut merged = catalog.clone();
    let region_ids: Vec<&str> = catalog.regions.iter().map(|r| r.id.as_str()).collect();
    for (region_id, holidays) in raw {
        let path = format!("holidays.{region_id}");
        let holidays = checker.holidays(&path, holidays);
        let Some(region) = merged.regions.iter_mut().find(|r| r.id == region_id) else {
            checker.problem(
                &path,
                format_args!(
                    "unknown region {region_id:?} (expected {})",
                    region_ids.join(", ")
                ),
            );
            continue;
        };
        for holiday in holidays {
            if !region
                .holidays
                .iter()
                .any(|known| known.date == holiday.date)
            {
                region.holidays.push(holiday);
            }
        }
        crate::sort::sort_by_key(&mut region.holidays, |h| h.date);
    }
    if checker.problems.is_empty() {
        Ok(merged)
    } else {
        Err(tag(checker.problems))
    }
}

/// Reads the document's shape into the raw structures, reporting every
/// missing field, wrong type and unknown field with its path.
#[derive(Default)]
struct Reader {
    problems: Vec<String>,
}

/// An object being read, with its path.
struct Obj<'v> {
    path: String,
    fields: &'v [(String, Value)],
}

impl<'v> Obj<'v> {
    fn get(&self, key: &str) -> Option<&'v Value> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

impl Reader {
    fn problem(&mut self, path: &str, message: impl fmt::Display) {
        self.problems.push(format!("{path}: {message}"));
    }

    /// `value` as an object whose keys are all in `allowed`.
    fn object<'v>(&mut self, path: &str, value: &'v Value, allowed: &[&str]) -> Option<Obj<'v>> {
        let Value::Object(fields) = value else {
            self.problem(
                path,
                format_args!("expected an object, got {}", value.kind()),
            );
            return None;
        };
        let obj = Obj {
            path: path.to_owned(),
            fields,
        };
        for (key, _) in fields {
            if !allowed.contains(&key.as_str()) {
                let expected = allowed
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                self.problem(
                    &obj.at(key),
                    format_args!("unknown field `{key}` (expected one of {expected})"),
                );
            }
        }
        Some(obj)
    }

    fn required<'v>(&mut self, obj: &Obj<'v>, key: &str) -> Option<&'v Value> {
        let value = obj.get(key);
        if value.is_none() {
            let place = if obj.path.is_empty() {
                "(document)"
            } else {
                &obj.path
            };
            self.problem(place, format_args!("missing field `{key}`"));
        }
        value
    }

    fn string(&mut self, path: &str, value: &Value) -> Option<String> {
        match value {
            Value::String(s) => Some(s.clone()),
            other => {
                self.problem(
                    path,
                    format_args!("expected a string, got {}", other.kind()),
                );
                None
            }
        }
    }

    fn integer(&mut self, path: &str, value: &Value) -> Option<i64> {
        match value {
            Value::Number(n) => n.parse().ok().or_else(|| {
                self.problem(path, format_args!("expected a whole number, got {n}"));
                None
            }),
            other => {
                self.problem(
                    path,
                    format_args!("expected a whole number, got {}", other.kind()),
                );
                None
            }
        }
    }

    fn list<'v>(&mut self, path: &str, value: &'v Value) -> Option<&'v [Value]> {
        match value {
            Value::Array(items) => Some(items),
            other => {
                self.problem(
                    path,
                    format_args!("expected an array, got {}", other.kind()),
                );
                None
            }
        }
    }

    /// Reads each item of an optional list field with `read`; `None` if any failed.
    fn each<T>(
        &mut self,
        obj: &Obj,
        key: &str,
        required: bool,
        mut read: impl FnMut(&mut Reader, &str, &Value) -> Option<T>,
    ) -> Option<Vec<T>> {
        let value = if required {
            self.required(obj, key)?
        } else {
            obj.get(key).unwrap_or(&Value::Null)
        };
        if matches!(value, Value::Null) && !required {
            return Some(Vec::new());
        }
        let path = obj.at(key);
        let items = self.list(&path, value)?;
        // Plain loops rather than collecting `Option`s: the same behaviour in
        // much less WebAssembly (this reader is monomorphized per item type).
        let mut out = Vec::with_capacity(items.len());
        let mut complete = true;
        for (i, item) in items.iter().enumerate() {
            match read(self, &format!("{path}[{i}]"), item) {
                Some(value) => out.push(value),
                None => complete = false,
            }
        }
        complete.then_some(out)
    }

    fn optional_string(&mut self, obj: &Obj, key: &str) -> Option<Option<String>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => self.string(&obj.at(key), value).map(Some),
        }
    }

    fn text(&mut self, path: &str, value: &Value) -> Option<RawText> {
        match value {
            Value::String(s) => Some(RawText::Same(s.clone())),
            Value::Object(fields) => {
                let mut pairs = Vec::new();
                let mut ok = true;
                for (lang, text) in fields {
                    match text {
                        Value::String(t) => pairs.push((lang.clone(), t.clone())),
                        other => {
                            self.problem(
                                &format!("{path}.{lang}"),
                                format_args!("expected a string, got {}", other.kind()),
                            );
                            ok = false;
                        }
                    }
                }
                ok.then_some(RawText::ByLanguage(pairs))
            }
            other => {
                self.problem(
                    path,
                    format_args!("expected a string, or an object of strings by language like {{\"en\": \"…\"}}, got {}", other.kind()),
                );
                None
            }
        }
    }

    fn catalog(&mut self, document: &Value) -> Option<RawCatalog> {
        let obj = self.object(
            "",
            document,
            &[
                "schema",
                "source",
                "languages",
                "default_tiers",
                "tiers",
                "feature_groups",
                "priorities",
                "regions",
            ],
        )?;
        let source = self.optional_string(&obj, "source");
        let languages = self.each(&obj, "languages", true, |r, p, v| r.string(p, v));
        let default_tiers = self.each(&obj, "default_tiers", false, |r, p, v| r.string(p, v));
        let tiers = self.each(&obj, "tiers", true, Reader::tier);
        let feature_groups = self.each(&obj, "feature_groups", false, Reader::group);
        let priorities = self.each(&obj, "priorities", true, Reader::priority);
        let regions = self.each(&obj, "regions", true, Reader::region);
        Some(RawCatalog {
            source: source?,
            languages: languages?,
            default_tiers: default_tiers?,
            tiers: tiers?,
            feature_groups: feature_groups?,
            priorities: priorities?,
            regions: regions?,
        })
    }

    fn id(&mut self, obj: &Obj) -> Option<String> {
        let value = self.required(obj, "id")?;
        self.string(&obj.at("id"), value)
    }

    fn required_text(&mut self, obj: &Obj, key: &str) -> Option<RawText> {
        let value = self.required(obj, key)?;
        self.text(&obj.at(key), value)
    }

    fn tier(&mut self, path: &str, value: &Value) -> Option<RawTier> {
        let obj = self.object(path, value, &["id", "name", "price", "notes", "targets"])?;
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let price = match obj.get("price") {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.text(&obj.at("price"), v).map(Some),
        };
        let notes = self.each(&obj, "notes", false, Reader::text);
        let targets = self.required(&obj, "targets").and_then(|v| {
            let path = obj.at("targets");
            let Value::Object(fields) = v else {
                self.problem(
                    &path,
                    format_args!(
                        "expected an object of targets by priority, got {}",
                        v.kind()
                    ),
                );
                return None;
            };
            let mut targets = Vec::with_capacity(fields.len());
            let mut complete = true;
            for (priority, target) in fields {
                match self.target(&format!("{path}.{priority}"), target) {
                    Some(target) => targets.push((priority.clone(), target)),
                    None => complete = false,
                }
            }
            complete.then_some(targets)
        });
        Some(RawTier {
            id: id?,
            name: name?,
            price: price?,
            notes: notes?,
            targets: targets?,
        })
    }

    fn target(&mut self, path: &str, value: &Value) -> Option<RawTarget> {
        let obj = self.object(path, value, &["clock", "minutes", "days"])?;
        let clock = self
            .required(&obj, "clock")
            .and_then(|v| self.string(&obj.at("clock"), v));
        let minutes = obj
            .get("minutes")
            .map(|v| self.integer(&obj.at("minutes"), v));
        let days = obj.get("days").map(|v| self.integer(&obj.at("days"), v));
        Some(RawTarget {
            clock: clock?,
            minutes: minutes.map_or(Some(None), |m| m.map(Some))?,
            days: days.map_or(Some(None), |d| d.map(Some))?,
        })
    }

    fn group(&mut self, path: &str, value: &Value) -> Option<RawGroup> {
        let obj = self.object(path, value, &["id", "name", "features"])?;
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let features = self.each(&obj, "features", true, Reader::feature);
        Some(RawGroup {
            id: id?,
            name: name?,
            features: features?,
        })
    }

    fn feature(&mut self, path: &str, value: &Value) -> Option<RawFeature> {
        let obj = self.object(path, value, &["id", "name", "values"])?;
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let values = match obj.get("values") {
            None => Some(Vec::new()),
            Some(Value::Object(fields)) => {
                let mut values = Vec::with_capacity(fields.len());
                let mut complete = true;
                for (tier, cell) in fields {
                    let value = match cell {
                        Value::Null => RawValue::Flag(false),
                        Value::Bool(b) => RawValue::Flag(*b),
                        Value::Number(n) => RawValue::Count(n.parse().ok(), n.clone()),
                        other => match self.text(&format!("{}.{tier}", obj.at("values")), other) {
                            Some(text) => RawValue::Text(text),
                            None => {
                                complete = false;
                                continue;
                            }
                        },
                    };
                    values.push((tier.clone(), value));
                }
                complete.then_some(values)
            }
            Some(other) => {
                self.problem(
                    &obj.at("values"),
                    format_args!("expected an object of values by tier, got {}", other.kind()),
                );
                None
            }
        };
        Some(RawFeature {
            id: id?,
            name: name?,
            values: values?,
        })
    }

    fn holiday(&mut self, path: &str, value: &Value) -> Option<RawHoliday> {
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
    fn extra_holidays(&mut self, document: &Value) -> Option<Vec<(String, Vec<RawHoliday>)>> {
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

    fn priority(&mut self, path: &str, value: &Value) -> Option<RawPriority> {
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

    fn region(&mut self, path: &str, value: &Value) -> Option<RawRegion> {
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

/// Collects every problem, each prefixed by its JSON path.
#[derive(Default)]
struct Checker {
    problems: Vec<String>,
    languages: Vec<String>,
}

impl Checker {
    fn problem(&mut self, path: &str, message: impl fmt::Display) {
        self.problems.push(format!("{path}: {message}"));
    }

    fn catalog(&mut self, raw: RawCatalog) -> Catalog {
        self.languages(&raw.languages);
        let tier_ids = self.ids("tiers", raw.tiers.iter().map(|t| t.id.as_str()), true);
        let priority_ids = self.ids(
            "priorities",
            raw.priorities.iter().map(|p| p.id.as_str()),
            true,
        );
        self.ids("regions", raw.regions.iter().map(|r| r.id.as_str()), true);
        self.ids(
            "feature_groups",
            raw.feature_groups.iter().map(|g| g.id.as_str()),
            false,
        );
        for (i, group) in raw.feature_groups.iter().enumerate() {
            self.ids(
                &format!("feature_groups[{i}].features"),
                group.features.iter().map(|f| f.id.as_str()),
                false,
            );
        }

        for (i, id) in raw.default_tiers.iter().enumerate() {
            if !tier_ids.contains(id) {
                self.problem(
                    &format!("default_tiers[{i}]"),
                    format_args!("unknown tier {id:?} (expected {})", tier_ids.join(", ")),
                );
            }
        }
        // Loops rather than `into_iter().map().collect()`, whose in-place
        // collection costs several KB of WebAssembly per element type.
        let mut priorities = Vec::with_capacity(raw.priorities.len());
        for (i, p) in raw.priorities.into_iter().enumerate() {
            priorities.push(Priority {
                name: self.text(&format!("priorities[{i}].name"), p.name),
                definition: self.text(&format!("priorities[{i}].definition"), p.definition),
                id: p.id,
            });
        }
        let mut tiers = Vec::with_capacity(raw.tiers.len());
        for (i, t) in raw.tiers.into_iter().enumerate() {
            tiers.push(self.tier(&format!("tiers[{i}]"), t, &priority_ids));
        }
        let mut feature_groups = Vec::with_capacity(raw.feature_groups.len());
        for (i, g) in raw.feature_groups.into_iter().enumerate() {
            let mut features = Vec::with_capacity(g.features.len());
            for (j, f) in g.features.into_iter().enumerate() {
                let path = format!("feature_groups[{i}].features[{j}]");
                features.push(self.feature(&path, f, &tier_ids));
            }
            feature_groups.push(FeatureGroup {
                name: self.text(&format!("feature_groups[{i}].name"), g.name),
                features,
                id: g.id,
            });
        }
        let mut regions: Vec<Region> = Vec::with_capacity(raw.regions.len());
        for (i, r) in raw.regions.into_iter().enumerate() {
            let region = self.region(&format!("regions[{i}]"), r);
            // A customer's country decides their region: one region per country.
            for (j, code) in region.countries().enumerate() {
                if let Some(other) = regions
                    .iter()
                    .find(|other| other.countries().any(|c| c == code))
                {
                    self.problem(
                        &format!("regions[{i}].countries[{j}]"),
                        format_args!(
                            "{code:?} is already in region {:?}: a country belongs to one region",
                            other.id
                        ),
                    );
                }
            }
            regions.push(region);
        }
        let default_tiers = if raw.default_tiers.is_empty() {
            tier_ids
        } else {
            raw.default_tiers
        };
        Catalog {
            source: raw.source,
            languages: raw.languages,
            default_tiers,
            tiers,
            feature_groups,
            priorities,
            regions,
        }
    }

    fn languages(&mut self, languages: &[String]) {
        if languages.is_empty() {
            self.problem(
                "languages",
                "must list at least one language code, like [\"en\"]",
            );
        }
        for (i, lang) in languages.iter().enumerate() {
            let valid = !lang.is_empty()
                && lang.len() <= 35
                && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !valid {
                self.problem(
                    &format!("languages[{i}]"),
                    format_args!(
                        "{lang:?} is not a language code (expected something like \"fr\")"
                    ),
                );
            } else if languages[..i].contains(lang) {
                self.problem(
                    &format!("languages[{i}]"),
                    format_args!("{lang:?} is listed twice"),
                );
            }
        }
        self.languages = languages.to_vec();
    }

    /// Checks that ids are well-formed and unique (and that there is at least
    /// one, if `required`); returns them in order.
    fn ids<'a>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'a str>,
        required: bool,
    ) -> Vec<String> {
        let mut seen: Vec<String> = Vec::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            let valid = !id.is_empty()
                && id.len() <= 64
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
            if !valid {
                self.problem(
                    &path,
                    format_args!("{id:?} is not a valid id (use 1–64 letters, digits, '_' or '-')"),
                );
            } else if seen.iter().any(|s| s == id) {
                self.problem(&path, format_args!("duplicate id {id:?}"));
            }
            seen.push(id.to_owned());
        }
        if required && seen.is_empty() {
            self.problem(list, "must not be empty");
        }
        seen
    }

    fn text(&mut self, path: &str, raw: RawText) -> Text {
        let pairs: Vec<(String, String)> = match raw {
            RawText::Same(text) => self
                .languages
                .iter()
                .map(|lang| (lang.clone(), text.clone()))
                .collect(),
            RawText::ByLanguage(pairs) => {
                for (lang, _) in &pairs {
                    if !self.languages.contains(lang) {
                        self.problem(
                            path,
                            format_args!(
                                "has a {lang:?} text but {lang:?} is not in languages ({})",
                                self.languages.join(", ")
                            ),
                        );
                    }
                }
                let mut ordered = Vec::new();
                for lang in self.languages.clone() {
                    match pairs.iter().find(|(code, _)| *code == lang) {
                        Some((_, text)) => ordered.push((lang, text.clone())),
                        None => self.problem(path, format_args!("missing the {lang:?} text")),
                    }
                }
                ordered
            }
        };
        if pairs.iter().any(|(_, text)| text.trim().is_empty()) {
            self.problem(path, "must not be empty");
        }
        // Empty only when the catalog lists no languages, which is already reported.
        Text::new(pairs).unwrap_or_else(Text::blank)
    }

    fn texts(&mut self, path: &str, raw: Vec<RawText>) -> Vec<Text> {
        let mut texts = Vec::with_capacity(raw.len());
        for (i, text) in raw.into_iter().enumerate() {
            texts.push(self.text(&format!("{path}[{i}]"), text));
        }
        texts
    }

    fn tier(&mut self, path: &str, raw: RawTier, priority_ids: &[String]) -> Tier {
        let name = self.text(&format!("{path}.name"), raw.name);
        let price = raw.price.map(|p| self.text(&format!("{path}.price"), p));
        let notes = self.texts(&format!("{path}.notes"), raw.notes);
        for (key, _) in &raw.targets {
            if !priority_ids.contains(key) {
                self.problem(
                    &format!("{path}.targets.{key}"),
                    format_args!(
                        "unknown priority {key:?} (expected {})",
                        priority_ids.join(", ")
                    ),
                );
            }
        }
        let mut targets = Vec::new();
        for priority in priority_ids {
            match raw
                .targets
                .iter()
                .find(|(p, _)| p == priority)
                .map(|(_, t)| t)
            {
                Some(target) => {
                    if let Some(target) = self.target(&format!("{path}.targets.{priority}"), target)
                    {
                        targets.push(target);
                    }
                }
                None => self.problem(
                    &format!("{path}.targets"),
                    format_args!("tier {:?} has no target for priority {priority:?}", raw.id),
                ),
            }
        }
        Tier {
            id: raw.id,
            name,
            price,
            notes,
            targets,
        }
    }

    fn target(&mut self, path: &str, raw: &RawTarget) -> Option<Target> {
        let Some(clock) = Clock::from_id(&raw.clock) else {
            let known: Vec<&str> = Clock::ALL.iter().map(|c| c.id()).collect();
            self.problem(
                &format!("{path}.clock"),
                format_args!(
                    "unknown clock {:?} (expected {})",
                    raw.clock,
                    known.join(", ")
                ),
            );
            return None;
        };
        let (field, value, max, other) = match clock {
            Clock::BusinessDays => (
                "days",
                raw.days,
                MAX_TARGET_DAYS,
                raw.minutes.map(|_| "minutes"),
            ),
            _ => (
                "minutes",
                raw.minutes,
                MAX_TARGET_MINUTES,
                raw.days.map(|_| "days"),
            ),
        };
        if let Some(other) = other {
            self.problem(
                &format!("{path}.{other}"),
                format_args!(
                    "the {} clock is counted in {field}, not {other}",
                    clock.id()
                ),
            );
            return None;
        }
        match value {
            None => {
                self.problem(
                    path,
                    format_args!("the {} clock needs \"{field}\"", clock.id()),
                );
                None
            }
            Some(n) if n <= 0 => {
                self.problem(
                    &format!("{path}.{field}"),
                    format_args!("must be positive, got {n}"),
                );
                None
            }
            Some(n) if n > max => {
                self.problem(
                    &format!("{path}.{field}"),
                    format_args!("{n} is more than a year (at most {max})"),
                );
                None
            }
            Some(n) => {
                let n = u32::try_from(n).ok()?;
                Some(match clock {
                    Clock::BusinessDays => Target::business_days(n),
                    _ => Target::minutes(clock, n),
                })
            }
        }
    }

    fn feature(&mut self, path: &str, raw: RawFeature, tier_ids: &[String]) -> Feature {
        let name = self.text(&format!("{path}.name"), raw.name);
        let mut values = raw.values;
        for (key, _) in &values {
            if !tier_ids.contains(key) {
                self.problem(
                    &format!("{path}.values.{key}"),
                    format_args!("unknown tier {key:?} (expected {})", tier_ids.join(", ")),
                );
            }
        }
        let values = tier_ids
            .iter()
            .map(|tier| {
                let value_path = format!("{path}.values.{tier}");
                let cell = values.iter().position(|(t, _)| t == tier).map(|i| values.swap_remove(i).1);
                match cell {
                    None | Some(RawValue::Flag(false)) => FeatureValue::Absent,
                    Some(RawValue::Flag(true)) => FeatureValue::Included,
                    Some(RawValue::Count(count, n)) => match count {
                        Some(count) => FeatureValue::Count(count),
                        None => {
                            self.problem(
                                &value_path,
                                format_args!("a count must be a whole number from 0 to 4294967295, got {n}"),
                            );
                            FeatureValue::Absent
                        }
                    },
                    Some(RawValue::Text(text)) => FeatureValue::Text(self.text(&value_path, text)),
                }
            })
            .collect();
        Feature {
            id: raw.id,
            name,
            values,
        }
    }

    fn region(&mut self, path: &str, raw: RawRegion) -> Region {
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
    fn holidays(&mut self, path: &str, raw: Vec<RawHoliday>) -> Vec<Holiday> {
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

    fn clock_time(&mut self, path: &str, text: &str) -> Option<u32> {
        timestamp::parse_clock_time(text)
            .map_err(|err| self.problem(path, err))
            .ok()
    }

    fn zone(&mut self, path: &str, name: &str) -> Option<crate::zones::Zone> {
        zones::zone(name)
            .map_err(|err| self.problem(path, err))
            .ok()
    }
}
