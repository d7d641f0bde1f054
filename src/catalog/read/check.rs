//! The checker: every rule of a catalog (ids, languages, texts here; tiers'
//! targets and features in `check_tiers.rs`; regions' hours, zones,
//! countries and holidays in `check_regions.rs`), each problem with its JSON
//! path; what passes becomes the model.

use std::fmt;

use super::raw::*;
use crate::catalog::model::{FeatureGroup, Priority, Provenance, Service};
use crate::catalog::region::Region;
use crate::catalog::Catalog;
use crate::error::{quoted, Problem, ProblemKind};
use crate::i18n::Text;

/// Collects every problem, each prefixed by its JSON path.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<Problem>,
    pub(super) languages: Vec<String>,
    /// Whether a text may leave languages out (an extra-holidays document's
    /// names: the built-in catalog speaks ten languages, an author writes
    /// the few their readers use); a missing one takes the English text,
    /// else the first one given.
    pub(super) some_languages: bool,
}

impl Checker {
    pub(super) fn problem(&mut self, path: &str, kind: ProblemKind, message: impl fmt::Display) {
        self.problems
            .push(Problem::new(path, kind, message.to_string()));
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
                    ProblemKind::Unknown,
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
                        ProblemKind::Duplicate,
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
                ProblemKind::Empty,
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
                    ProblemKind::Invalid,
                    format_args!(
                        "{} is not a language code (expected something like \"fr\")",
                        quoted(lang)
                    ),
                );
            } else if languages[..i].contains(lang) {
                self.problem(
                    &format!("languages[{i}]"),
                    ProblemKind::Duplicate,
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
                    ProblemKind::Invalid,
                    format_args!(
                        "{} is not a valid id (use 1–64 letters, digits, '_' or '-')",
                        quoted(id)
                    ),
                );
            } else if seen.iter().any(|s| s == id) {
                self.problem(
                    &path,
                    ProblemKind::Duplicate,
                    format_args!("duplicate id {}", quoted(id)),
                );
            }
            seen.push(id.to_owned());
        }
        if required && seen.is_empty() {
            self.problem(list, ProblemKind::Empty, "must not be empty");
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
                            ProblemKind::Unknown,
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
                        None => self.problem(
                            path,
                            ProblemKind::Missing,
                            format_args!("missing the {} text", quoted(&lang)),
                        ),
                    }
                }
                ordered
            }
        };
        if pairs.iter().any(|(_, text)| text.trim().is_empty()) {
            self.problem(path, ProblemKind::Empty, "must not be empty");
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
}
