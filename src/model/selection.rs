//! What the visitor has chosen, read from the element's attributes with
//! visible, sensible fallbacks for values that are not understood.

use crate::zones::Zone;
use chrono::{DateTime, Utc};

use crate::i18n::{fill, Lang, LangSet};
use crate::{timestamp, zones, Catalog};

/// The element's attributes, as strings (absent = `None`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    /// `lang`: the element's own language.
    pub lang: Option<String>,
    /// `tiers`: space-separated tier ids shown as columns.
    pub tiers: Option<String>,
    /// `tier`: the selected tier.
    pub tier: Option<String>,
    /// `region`.
    pub region: Option<String>,
    /// `priority`.
    pub priority: Option<String>,
    /// `zone`: an IANA zone overriding the region's.
    pub zone: Option<String>,
    /// `submitted`: RFC 3339; absent = now.
    pub submitted: Option<String>,
    /// `label`: the widget's heading and accessible name (one per widget
    /// when a page has several).
    pub label: Option<String>,
}

impl Attributes {
    /// The names of the selection's attributes: the one list. The element
    /// observes and reflects them (`www/sla-element.js` `OBSERVED`, which also
    /// watches `holidays`, a document URL and no part of the selection), the
    /// share link carries a subset ([`crate::share::SHARED_ATTRIBUTES`]), and
    /// `tests/attributes.rs` checks that they, the README and
    /// `docs/rules.md` agree with this list.
    pub const NAMES: [&'static str; 8] = [
        "lang",
        "tiers",
        "tier",
        "region",
        "priority",
        "zone",
        "submitted",
        "label",
    ];

    /// Sets one attribute by name; unknown names are ignored.
    pub fn set(&mut self, name: &str, value: Option<String>) {
        let slot = match name {
            "lang" => &mut self.lang,
            "tiers" => &mut self.tiers,
            "tier" => &mut self.tier,
            "region" => &mut self.region,
            "priority" => &mut self.priority,
            "zone" => &mut self.zone,
            "submitted" => &mut self.submitted,
            "label" => &mut self.label,
            _ => return,
        };
        *slot = value;
    }

    /// The value of one attribute by name.
    pub fn get(&self, name: &str) -> Option<&str> {
        match name {
            "lang" => self.lang.as_deref(),
            "tiers" => self.tiers.as_deref(),
            "tier" => self.tier.as_deref(),
            "region" => self.region.as_deref(),
            "priority" => self.priority.as_deref(),
            "zone" => self.zone.as_deref(),
            "submitted" => self.submitted.as_deref(),
            "label" => self.label.as_deref(),
            _ => None,
        }
    }
}

/// The selection the widget shows, every id valid in the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The language shown.
    pub lang: Lang,
    /// The language the reader wants (the element's, the page's, the
    /// browser's): another than `lang` when its words could not be loaded.
    pub wanted_lang: Lang,
    /// The tier ids shown as columns.
    pub tiers: Vec<String>,
    /// The selected tier id.
    pub tier: String,
    /// The selected region id.
    pub region: String,
    /// The selected priority id.
    pub priority: String,
    /// A zone overriding the region's, if any.
    pub zone: Option<Zone>,
    /// The submission instant; `None` follows the clock.
    pub submitted: Option<DateTime<Utc>>,
    /// The author's heading for the widget, if any (trimmed, not empty).
    pub label: Option<String>,
}

/// Where the widget runs: the languages around it and the visitor's zone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Surroundings {
    /// The page's language (`<html lang>`), if any.
    pub page_lang: Option<String>,
    /// The browser's languages, preferred first.
    pub browser_langs: Vec<String>,
    /// The visitor's IANA zone (from `Intl`), e.g. `Europe/Paris`.
    pub visitor_zone: String,
    /// The languages whose words could not be loaded here (rules §5.1).
    pub unavailable_langs: LangSet,
}

impl Selection {
    /// The language the reader wants: the element's `lang`, else the page's,
    /// else the browser's, else English.
    pub fn wanted_lang(attributes: &Attributes, around: &Surroundings) -> Lang {
        Lang::first_supported(
            attributes
                .lang
                .iter()
                .chain(around.page_lang.iter())
                .chain(around.browser_langs.iter())
                .map(String::as_str),
        )
    }

    /// The widget's language: the one wanted, else English when the wanted
    /// one's words could not be loaded (rules §5.1).
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    /// use sla_calculator::view::{Attributes, Selection, Surroundings};
    ///
    /// let attributes = Attributes { lang: Some("ja".into()), ..Default::default() };
    /// let mut around = Surroundings::default();
    /// assert_eq!(Selection::resolve_lang(&attributes, &around), Lang::Ja);
    /// around.unavailable_langs.set(Lang::Ja, true);
    /// assert_eq!(Selection::resolve_lang(&attributes, &around), Lang::En);
    /// ```
    pub fn resolve_lang(attributes: &Attributes, around: &Surroundings) -> Lang {
        let wanted = Self::wanted_lang(attributes, around);
        let unavailable = around.unavailable_langs;
        if unavailable.contains(wanted) && !unavailable.contains(Lang::En) {
            Lang::En
        } else {
            wanted
        }
    }

    /// Reads the attributes against the catalog. Unknown values fall back
    /// (a notice per fallback, in the widget's language, says which).
    ///
    /// ```
    /// use sla_calculator::view::{Attributes, Selection, Surroundings};
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let attributes = Attributes { region: Some("mars".into()), lang: Some("en".into()), ..Default::default() };
    /// let around = Surroundings { visitor_zone: "Asia/Tokyo".into(), ..Default::default() };
    /// let (selection, notices) = Selection::resolve(&catalog, &attributes, &around);
    /// assert_eq!(selection.region, "japan"); // from the visitor's zone
    /// assert_eq!(notices, ["Unrecognised region “mars”; using Japan."]);
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn resolve(
        catalog: &Catalog,
        attributes: &Attributes,
        around: &Surroundings,
    ) -> (Selection, Vec<String>) {
        let lang = Self::resolve_lang(attributes, around);
        let m = lang.messages();
        let mut notices = Vec::new();
        let mut unknown = |name: &str, value: &str, fallback: &str| {
            notices.push(fill(
                m.notice_unknown,
                &[("name", name), ("value", value), ("fallback", fallback)],
            ));
        };

        let mut tiers: Vec<String> = Vec::new();
        if let Some(list) = &attributes.tiers {
            for id in list.split_whitespace() {
                if catalog.tier(id).is_ok() && !tiers.iter().any(|t| t == id) {
                    tiers.push(id.to_owned());
                } else if catalog.tier(id).is_err() {
                    unknown("tiers", id, &names(catalog, catalog.default_tiers(), lang));
                }
            }
        }
        if tiers.is_empty() {
            tiers = catalog.default_tiers().to_vec();
        }

        // An id attribute: kept when the catalog knows it, else the fallback
        // (with a notice when a value was given).
        let mut pick =
            |name: &str, value: Option<&str>, known: bool, fallback: String, shown: &str| {
                match value {
                    Some(id) if known => id.to_owned(),
                    Some(id) => {
                        unknown(name, id, shown);
                        fallback
                    }
                    None => fallback,
                }
            };
        let tier_attr = attributes.tier.as_deref();
        let first_tier = tiers.first().cloned().unwrap_or_default();
        let first_tier_name = names(catalog, std::slice::from_ref(&first_tier), lang);
        let known = tier_attr.is_some_and(|id| catalog.tier(id).is_ok());
        let tier = pick("tier", tier_attr, known, first_tier, &first_tier_name);

        let guessed = catalog.region_for_zone(&around.visitor_zone);
        let region_attr = attributes.region.as_deref();
        let known = region_attr.is_some_and(|id| catalog.region(id).is_ok());
        let region = pick(
            "region",
            region_attr,
            known,
            guessed.id().to_owned(),
            guessed.name().get(lang.code()),
        );

        let first_priority = catalog
            .priorities()
            .first()
            .map(|p| p.id().to_owned())
            .unwrap_or_default();
        let priority_attr = attributes.priority.as_deref();
        let known = priority_attr.is_some_and(|id| catalog.priority_index(id).is_ok());
        let priority = pick(
            "priority",
            priority_attr,
            known,
            first_priority.clone(),
            &first_priority,
        );

        // Optional values: absent or empty means "none"; unreadable ones fall back.
        let region_zone = catalog
            .region(&region)
            .map(|r| r.zone_for_visitor(&around.visitor_zone).name().to_owned())
            .unwrap_or_default();
        let zone = optional(
            attributes.zone.as_deref(),
            |name| zones::find(name).ok_or(()),
            |name| unknown("zone", name, &region_zone),
        );
        let submitted = optional(
            attributes.submitted.as_deref(),
            |text| timestamp::instant(text).ok_or(()),
            |text| unknown("submitted", text, m.submitted_now),
        );

        (
            Selection {
                lang,
                wanted_lang: Self::wanted_lang(attributes, around),
                tiers,
                tier,
                region,
                priority,
                zone,
                submitted,
                label: attributes
                    .label
                    .as_deref()
                    .map(str::trim)
                    .filter(|label| !label.is_empty())
                    .map(str::to_owned),
            },
            notices,
        )
    }
}

/// Parses an optional attribute; absent or empty is `None`, and so is a
/// value `parse` rejects, after telling `rejected`.
fn optional<T, E>(
    value: Option<&str>,
    parse: impl Fn(&str) -> Result<T, E>,
    rejected: impl FnOnce(&str),
) -> Option<T> {
    let value = value.filter(|v| !v.is_empty())?;
    parse(value).map_err(|_| rejected(value)).ok()
}

/// Tier names joined, for notices.
fn names(catalog: &Catalog, ids: &[String], lang: Lang) -> String {
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| catalog.tier(id).ok())
        .map(|tier| tier.name().get(lang.code()))
        .collect();
    crate::join::join(&names, lang.messages().list_separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(attributes: Attributes) -> (Selection, Vec<String>) {
        let catalog = Catalog::builtin().unwrap();
        let around = Surroundings {
            page_lang: Some("fr".into()),
            browser_langs: vec!["ja-JP".into()],
            visitor_zone: "Europe/Paris".into(),
            ..Default::default()
        };
        Selection::resolve(&catalog, &attributes, &around)
    }

    #[test]
    fn defaults_follow_the_page_and_the_visitor() {
        let (selection, notices) = resolve(Attributes::default());
        assert_eq!(selection.lang, Lang::Fr);
        assert_eq!(selection.tiers, ["online", "business"]);
        assert_eq!(selection.tier, "online");
        assert_eq!(selection.region, "emea");
        assert_eq!(selection.priority, "P1");
        assert_eq!((selection.zone, selection.submitted), (None, None));
        assert!(notices.is_empty());
    }

    #[test]
    fn the_element_lang_wins_and_unknown_langs_fall_through() {
        let (selection, _) = resolve(Attributes {
            lang: Some("ja".into()),
            ..Default::default()
        });
        assert_eq!(selection.lang, Lang::Ja);
        let (selection, _) = resolve(Attributes {
            lang: Some("xx".into()),
            ..Default::default()
        });
        assert_eq!(selection.lang, Lang::Fr, "the page's language comes next");
    }

    #[test]
    fn unknown_values_fall_back_with_a_notice() {
        let (selection, notices) = resolve(Attributes {
            lang: Some("en".into()),
            tiers: Some("online  platinum business online".into()),
            tier: Some("gold".into()),
            priority: Some("P9".into()),
            zone: Some("Mars/Base".into()),
            submitted: Some("yesterday".into()),
            ..Default::default()
        });
        assert_eq!(selection.tiers, ["online", "business"]);
        assert_eq!(selection.tier, "online");
        assert_eq!(selection.priority, "P1");
        assert_eq!(selection.zone, None);
        assert_eq!(selection.submitted, None);
        assert_eq!(
            notices,
            [
                "Unrecognised tiers “platinum”; using Online Support, Business Support.",
                "Unrecognised tier “gold”; using Online Support.",
                "Unrecognised priority “P9”; using P1.",
                "Unrecognised zone “Mars/Base”; using Europe/Paris.",
                "Unrecognised submitted “yesterday”; using now.",
            ]
        );
    }

    #[test]
    fn valid_values_are_kept() {
        let (selection, notices) = resolve(Attributes {
            tiers: Some("elite business".into()),
            tier: Some("business".into()),
            region: Some("japan".into()),
            priority: Some("P3".into()),
            zone: Some("Asia/Kolkata".into()),
            submitted: Some("2026-03-27T17:30:00+01:00".into()),
            ..Default::default()
        });
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(selection.tiers, ["elite", "business"]);
        assert_eq!(
            (selection.tier.as_str(), selection.region.as_str()),
            ("business", "japan")
        );
        assert_eq!(selection.zone.map(|z| z.name()), Some("Asia/Kolkata"));
        assert_eq!(
            selection.submitted,
            timestamp::parse_instant("2026-03-27T16:30:00Z").ok()
        );
    }
}
