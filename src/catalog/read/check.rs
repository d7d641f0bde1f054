//! The checker: every rule of a catalog (ids, languages, targets, hours,
//! zones, countries, holidays), each problem with its JSON path; what passes
//! becomes the model.

use std::fmt;

use super::raw::*;
use crate::catalog::model::{
    Feature, FeatureGroup, FeatureValue, Priority, Provenance, Region, Service, Tier,
};
use crate::catalog::Catalog;
use crate::engine::{Clock, Target};
use crate::error::quoted;
use crate::i18n::Text;

/// The longest target accepted: one year of open time.
const MAX_TARGET_MINUTES: i64 = 366 * 24 * 60;
const MAX_TARGET_DAYS: i64 = 366;

/// Collects every problem, each prefixed by its JSON path.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<String>,
    pub(super) languages: Vec<String>,
    /// Whether a text may leave languages out (an extra-holidays document's
    /// names: the built-in catalog speaks ten languages, an author writes
    /// the few their readers use); a missing one takes the English text,
    /// else the first one given.
    pub(super) some_languages: bool,
}

impl Checker {
    pub(super) fn problem(&mut self, path: &str, message: impl fmt::Display) {
        self.problems.push(format!("{path}: {message}"));
    }

    pub(super) fn catalog(&mut self, raw: RawCatalog) -> Catalog {
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

        let service_ids = self.ids(
            "services",
            raw.services.iter().map(|s| s.id.as_str()),
            false,
        );
        let mut services = Vec::with_capacity(raw.services.len());
        for (i, service) in raw.services.into_iter().enumerate() {
            let at = |field: &str| format!("services[{i}].{field}");
            services.push(Service {
                title: self.text(&at("title"), service.title),
                label: service.label.map(|t| self.text(&at("label"), t)),
                description: self.text(&at("description"), service.description),
                footnote: service.footnote.map(|t| self.text(&at("footnote"), t)),
                id: service.id,
            });
        }
        for (i, id) in raw.default_tiers.iter().enumerate() {
            if !tier_ids.contains(id) {
                self.problem(
                    &format!("default_tiers[{i}]"),
                    format_args!(
                        "unknown tier {} (expected {})",
                        quoted(id),
                        crate::join::join(&tier_ids, ", ")
                    ),
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
            tiers.push(self.tier(&format!("tiers[{i}]"), t, &priority_ids, &service_ids));
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
                            "{} is already in region {}: a country belongs to one region",
                            quoted(code),
                            quoted(&other.id)
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
            source: Provenance(raw.source),
            languages: raw.languages,
            default_tiers,
            tiers,
            feature_groups,
            services,
            priorities,
            regions,
        }
    }

    pub(super) fn languages(&mut self, languages: &[String]) {
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
                        "{} is not a language code (expected something like \"fr\")",
                        quoted(lang)
                    ),
                );
            } else if languages[..i].contains(lang) {
                self.problem(
                    &format!("languages[{i}]"),
                    format_args!("{} is listed twice", quoted(lang)),
                );
            }
        }
        self.languages = languages.to_vec();
    }

    /// Checks that ids are well-formed and unique (and that there is at least
    /// one, if `required`); returns them in order.
    pub(super) fn ids<'a>(
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
                    format_args!(
                        "{} is not a valid id (use 1–64 letters, digits, '_' or '-')",
                        quoted(id)
                    ),
                );
            } else if seen.iter().any(|s| s == id) {
                self.problem(&path, format_args!("duplicate id {}", quoted(id)));
            }
            seen.push(id.to_owned());
        }
        if required && seen.is_empty() {
            self.problem(list, "must not be empty");
        }
        seen
    }

    pub(super) fn text(&mut self, path: &str, raw: RawText) -> Text {
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
                                "has a {lang} text but {lang} is not in languages ({})",
                                crate::join::join(&self.languages, ", "),
                                lang = quoted(lang)
                            ),
                        );
                    }
                }
                let stand_in = pairs
                    .iter()
                    .find(|(code, _)| code == "en")
                    .or(pairs.first())
                    .filter(|_| self.some_languages);
                let mut ordered = Vec::new();
                for lang in self.languages.clone() {
                    match pairs.iter().find(|(code, _)| *code == lang).or(stand_in) {
                        Some((_, text)) => ordered.push((lang, text.clone())),
                        None => {
                            self.problem(path, format_args!("missing the {} text", quoted(&lang)))
                        }
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

    pub(super) fn texts(&mut self, path: &str, raw: Vec<RawText>) -> Vec<Text> {
        let mut texts = Vec::with_capacity(raw.len());
        for (i, text) in raw.into_iter().enumerate() {
            texts.push(self.text(&format!("{path}[{i}]"), text));
        }
        texts
    }

    pub(super) fn tier(
        &mut self,
        path: &str,
        raw: RawTier,
        priority_ids: &[String],
        service_ids: &[String],
    ) -> Tier {
        let mut services = Vec::with_capacity(raw.services.len());
        for (i, id) in raw.services.iter().enumerate() {
            match service_ids.iter().position(|s| s == id) {
                Some(_) if raw.services[..i].contains(id) => self.problem(
                    &format!("{path}.services[{i}]"),
                    format_args!("{} is listed twice", quoted(id)),
                ),
                Some(index) => services.push(index),
                None => self.problem(
                    &format!("{path}.services[{i}]"),
                    format_args!(
                        "unknown service {} (the catalog's `services` list: {})",
                        quoted(id),
                        if service_ids.is_empty() {
                            "empty".to_owned()
                        } else {
                            crate::join::join(service_ids, ", ")
                        }
                    ),
                ),
            }
        }
        let name = self.text(&format!("{path}.name"), raw.name);
        let price = raw.price.map(|p| self.text(&format!("{path}.price"), p));
        let notes = self.texts(&format!("{path}.notes"), raw.notes);
        for (key, _) in &raw.targets {
            if !priority_ids.contains(key) {
                self.problem(
                    &format!("{path}.targets.{key}"),
                    format_args!(
                        "unknown priority {} (expected {})",
                        quoted(key),
                        crate::join::join(priority_ids, ", ")
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
                    format_args!(
                        "tier {} has no target for priority {}",
                        quoted(&raw.id),
                        quoted(priority)
                    ),
                ),
            }
        }
        Tier {
            id: raw.id,
            name,
            price,
            notes,
            targets,
            services,
        }
    }

    pub(super) fn target(&mut self, path: &str, raw: &RawTarget) -> Option<Target> {
        let Some(clock) = Clock::from_id(&raw.clock) else {
            let known: Vec<&str> = Clock::ALL.iter().map(|c| c.id()).collect();
            self.problem(
                &format!("{path}.clock"),
                format_args!(
                    "unknown clock {} (expected {})",
                    quoted(&raw.clock),
                    crate::join::join(&known, ", ")
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

    pub(super) fn feature(&mut self, path: &str, raw: RawFeature, tier_ids: &[String]) -> Feature {
        let name = self.text(&format!("{path}.name"), raw.name);
        let description = raw
            .description
            .map(|text| self.text(&format!("{path}.description"), text));
        let mut values = raw.values;
        for (key, _) in &values {
            if !tier_ids.contains(key) {
                self.problem(
                    &format!("{path}.values.{key}"),
                    format_args!(
                        "unknown tier {} (expected {})",
                        quoted(key),
                        crate::join::join(tier_ids, ", ")
                    ),
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
            description,
            values,
        }
    }
}
