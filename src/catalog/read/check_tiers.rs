//! The checker's rules for tiers: each target's clock and length, each
//! feature's value for each tier, and the services a tier lists.

use super::check::Checker;
use super::raw::*;
use crate::catalog::model::{Feature, FeatureValue, Tier};
use crate::engine::{Clock, Target};
use crate::error::{quoted, ProblemKind};

/// The longest target accepted: one year of open time.
const MAX_TARGET_MINUTES: i64 = 366 * 24 * 60;
const MAX_TARGET_DAYS: i64 = 366;

impl Checker {
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
                    ProblemKind::Duplicate,
                    format_args!("{} is listed twice", quoted(id)),
                ),
                Some(index) => services.push(index),
                None => self.problem(
                    &format!("{path}.services[{i}]"),
                    ProblemKind::Unknown,
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
                    ProblemKind::Unknown,
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
                    ProblemKind::Missing,
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
                ProblemKind::Unknown,
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
                ProblemKind::Inconsistent,
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
                    ProblemKind::Missing,
                    format_args!("the {} clock needs \"{field}\"", clock.id()),
                );
                None
            }
            Some(n) if n <= 0 => {
                self.problem(
                    &format!("{path}.{field}"),
                    ProblemKind::OutOfRange,
                    format_args!("must be positive, got {n}"),
                );
                None
            }
            Some(n) if n > max => {
                self.problem(
                    &format!("{path}.{field}"),
                    ProblemKind::OutOfRange,
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
                    ProblemKind::Unknown,
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
                                &value_path, ProblemKind::OutOfRange,
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
