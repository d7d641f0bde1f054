//! Reading a catalog document: JSON shape first (serde, with the path of the
//! first shape error), then every semantic rule, collecting all problems with
//! their paths.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::model::{Feature, FeatureGroup, FeatureValue, Holiday, Priority, Region, Tier};
use super::Catalog;
use crate::engine::{Clock, DailyWindow, Target};
use crate::error::from_json_located;
use crate::i18n::Text;
use crate::{timestamp, zones, Error};

/// The catalog schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The longest target accepted: one year of open time.
const MAX_TARGET_MINUTES: i64 = 366 * 24 * 60;
const MAX_TARGET_DAYS: i64 = 366;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    schema: u32,
    #[serde(default)]
    source: Option<String>,
    languages: Vec<String>,
    #[serde(default)]
    default_tiers: Vec<String>,
    tiers: Vec<RawTier>,
    #[serde(default)]
    feature_groups: Vec<RawGroup>,
    priorities: Vec<RawPriority>,
    regions: Vec<RawRegion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    id: String,
    name: RawText,
    #[serde(default)]
    price: Option<RawText>,
    #[serde(default)]
    notes: Vec<RawText>,
    targets: BTreeMap<String, RawTarget>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTarget {
    clock: String,
    #[serde(default)]
    minutes: Option<i64>,
    #[serde(default)]
    days: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: String,
    name: RawText,
    features: Vec<RawFeature>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFeature {
    id: String,
    name: RawText,
    #[serde(default)]
    values: BTreeMap<String, RawValue>,
}

/// A feature cell: `true`/`false`/`null`, a count, or a text.
enum RawValue {
    Flag(bool),
    Number(serde_json::Number),
    Text(RawText),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPriority {
    id: String,
    name: RawText,
    definition: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    id: String,
    name: RawText,
    hours: RawHours,
    zone: String,
    #[serde(default)]
    local_zones: Vec<String>,
    #[serde(default)]
    holidays: Vec<RawHoliday>,
    #[serde(default)]
    holidays_source: Option<String>,
    #[serde(default)]
    notes: Vec<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHours {
    opens: String,
    closes: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    date: String,
    name: RawText,
}

/// A text: one string for every language, or an object of strings by language.
enum RawText {
    Same(String),
    ByLanguage(Vec<(String, String)>),
}

impl<'de> Deserialize<'de> for RawText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = RawText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, or an object of strings by language like {\"en\": \"…\"}")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<RawText, E> {
        Ok(RawText::Same(text.to_owned()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawText, A::Error> {
        let mut pairs = Vec::new();
        while let Some((lang, text)) = map.next_entry::<String, String>()? {
            pairs.push((lang, text));
        }
        Ok(RawText::ByLanguage(pairs))
    }
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("true, false, null, a count, or a text")
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<RawValue, E> {
        Ok(RawValue::Flag(flag))
    }

    fn visit_unit<E: de::Error>(self) -> Result<RawValue, E> {
        Ok(RawValue::Flag(false))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<RawValue, E> {
        Ok(RawValue::Number(n.into()))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<RawValue, E> {
        Ok(RawValue::Number(n.into()))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<RawValue, E> {
        serde_json::Number::from_f64(n)
            .map(RawValue::Number)
            .ok_or_else(|| E::custom("a count must be a finite number"))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<RawValue, E> {
        TextVisitor.visit_str(text).map(RawValue::Text)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawValue, A::Error> {
        TextVisitor.visit_map(map).map(RawValue::Text)
    }
}

/// Parses and validates a catalog document.
pub(super) fn parse(json: &str) -> Result<Catalog, Error> {
    if !json.trim_start().starts_with('{') {
        return Err(Error::catalog(vec![
            "(document): a catalog must be a JSON object, starting with '{'".into(),
        ]));
    }
    let raw: RawCatalog = from_json_located(json).map_err(|(place, err)| {
        // A document of another schema version fails on its shape; say so first.
        if let Some(problem) = schema_problem(json) {
            return Error::catalog(vec![problem]);
        }
        let place = place.unwrap_or_else(|| String::from("(document)"));
        Error::catalog(vec![format!("{place}: {}", json_problem(&err))])
    })?;
    let mut checker = Checker::default();
    let catalog = checker.catalog(raw);
    if checker.problems.is_empty() {
        Ok(catalog)
    } else {
        Err(Error::catalog(checker.problems))
    }
}

/// The schema-version problem of a document that failed to parse, if any.
fn schema_problem(json: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct SchemaOnly {
        schema: Option<serde_json::Value>,
    }
    let version = serde_json::from_str::<SchemaOnly>(json).ok()?.schema;
    match version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => None,
        Some(other) => Some(format!(
            "schema: unsupported version {other} (this build reads version {SCHEMA_VERSION})"
        )),
        None => Some(format!(
            "schema: missing (expected \"schema\": {SCHEMA_VERSION})"
        )),
    }
}

/// serde_json's message with its position, worded for people.
fn json_problem(err: &serde_json::Error) -> String {
    let message = err.to_string();
    if err.is_eof() {
        format!("the document ends too early ({message})")
    } else {
        message
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
        if raw.schema != SCHEMA_VERSION {
            self.problem(
                "schema",
                format_args!(
                    "unsupported version {} (this build reads version {SCHEMA_VERSION})",
                    raw.schema
                ),
            );
        }
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
        let priorities: Vec<Priority> = raw
            .priorities
            .into_iter()
            .enumerate()
            .map(|(i, p)| Priority {
                name: self.text(&format!("priorities[{i}].name"), p.name),
                definition: self.text(&format!("priorities[{i}].definition"), p.definition),
                id: p.id,
            })
            .collect();
        let tiers: Vec<Tier> = raw
            .tiers
            .into_iter()
            .enumerate()
            .map(|(i, t)| self.tier(&format!("tiers[{i}]"), t, &priority_ids))
            .collect();
        let feature_groups = raw
            .feature_groups
            .into_iter()
            .enumerate()
            .map(|(i, g)| FeatureGroup {
                name: self.text(&format!("feature_groups[{i}].name"), g.name),
                features: g
                    .features
                    .into_iter()
                    .enumerate()
                    .map(|(j, f)| {
                        self.feature(&format!("feature_groups[{i}].features[{j}]"), f, &tier_ids)
                    })
                    .collect(),
                id: g.id,
            })
            .collect();
        let regions = raw
            .regions
            .into_iter()
            .enumerate()
            .map(|(i, r)| self.region(&format!("regions[{i}]"), r))
            .collect();
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
        let mut seen = HashSet::new();
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
            } else if !seen.insert(lang.as_str()) {
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
        raw.into_iter()
            .enumerate()
            .map(|(i, text)| self.text(&format!("{path}[{i}]"), text))
            .collect()
    }

    fn tier(&mut self, path: &str, raw: RawTier, priority_ids: &[String]) -> Tier {
        let name = self.text(&format!("{path}.name"), raw.name);
        let price = raw.price.map(|p| self.text(&format!("{path}.price"), p));
        let notes = self.texts(&format!("{path}.notes"), raw.notes);
        for key in raw.targets.keys() {
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
            match raw.targets.get(priority) {
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
        for key in values.keys() {
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
                match values.remove(tier) {
                    None | Some(RawValue::Flag(false)) => FeatureValue::Absent,
                    Some(RawValue::Flag(true)) => FeatureValue::Included,
                    Some(RawValue::Number(n)) => match n.as_u64().and_then(|n| u32::try_from(n).ok()) {
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
        let opens = self.clock_time(&format!("{path}.hours.opens"), &raw.hours.opens);
        let closes = self.clock_time(&format!("{path}.hours.closes"), &raw.hours.closes);
        let window = match (opens, closes) {
            (Some(opens), Some(closes)) => DailyWindow::new(opens, closes).or_else(|| {
                self.problem(
                    &format!("{path}.hours"),
                    format_args!(
                        "closes at {} but opens at {}: closing must come after opening",
                        raw.hours.closes, raw.hours.opens
                    ),
                );
                None
            }),
            _ => None,
        };
        let zone = self.zone(&format!("{path}.zone"), &raw.zone);
        let local_zones = raw
            .local_zones
            .iter()
            .enumerate()
            .filter_map(|(i, name)| self.zone(&format!("{path}.local_zones[{i}]"), name))
            .collect();
        let mut holidays: Vec<Holiday> = Vec::new();
        for (i, holiday) in raw.holidays.into_iter().enumerate() {
            let date_path = format!("{path}.holidays[{i}].date");
            let name = self.text(&format!("{path}.holidays[{i}].name"), holiday.name);
            match timestamp::parse_date(&holiday.date) {
                Ok(date) if holidays.iter().any(|h| h.date == date) => {
                    self.problem(&date_path, format_args!("{} is listed twice", holiday.date))
                }
                Ok(date) => holidays.push(Holiday { date, name }),
                Err(err) => self.problem(&date_path, err),
            }
        }
        holidays.sort_by_key(|h| h.date);
        let notes = self.texts(&format!("{path}.notes"), raw.notes);
        Region {
            id: raw.id,
            name,
            window: window.unwrap_or(DailyWindow::WHOLE_DAY),
            zone: zone.unwrap_or(chrono_tz::Tz::UTC),
            local_zones,
            holidays,
            holidays_source: raw.holidays_source,
            notes,
        }
    }

    fn clock_time(&mut self, path: &str, text: &str) -> Option<u32> {
        timestamp::parse_clock_time(text)
            .map_err(|err| self.problem(path, err))
            .ok()
    }

    fn zone(&mut self, path: &str, name: &str) -> Option<chrono_tz::Tz> {
        zones::zone(name)
            .map_err(|err| self.problem(path, err))
            .ok()
    }
}
