//! The catalog: the data the widget shows and the engine computes from.
//!
//! A catalog is a versioned JSON document (see `default.json` beside this file
//! for the built-in one). [`Catalog::from_json`] validates it completely, so an
//! embedder's catalog gets the same checks and the same clear messages. The
//! built-in catalog ships checked, in the [`compact`] binary form, so reading it
//! needs no JSON parser.

pub mod compact;
mod model;
mod read;
mod region;

use crate::zones::Zone;
use chrono::{DateTime, NaiveDate, Utc};

pub use model::{Feature, FeatureGroup, FeatureValue, Priority, Provenance, Service, Tier};
pub use read::SCHEMA_VERSION;
pub use region::{Holiday, Override, Region, ZoneChoice, ZoneReason};

use crate::engine::Target;
use crate::error::quoted;
use crate::Error;

/// The built-in catalog document: Adobe Experience Cloud support tiers.
pub const BUILTIN_JSON: &str = include_str!("default.json");

/// The built-in catalog's core in the [`compact`] form (everything but its
/// words; see [`compact::write_parts`]): `default.json`, checked and written
/// by `tests/compact.rs` (which fails when they differ). The widget's module
/// leaves it out: each words file carries it.
#[cfg(any(
    not(all(target_arch = "wasm32", target_os = "unknown")),
    feature = "catalog-reader"
))]
pub const BUILTIN_CORE: &[u8] = include_bytes!("builtin/core.bin");

/// The built-in catalog's words in each of its languages (those of
/// [`Lang::ALL`](crate::i18n::Lang::ALL), in that order), each with the core.
/// The widget's module leaves them out: a page fetches the language it shows
/// (`dist/lang/<code>.bin`, the same files).
#[cfg(any(
    not(all(target_arch = "wasm32", target_os = "unknown")),
    feature = "json-calculator"
))]
pub const BUILTIN_WORDS: [&[u8]; 10] = [
    include_bytes!("builtin/fr.bin"),
    include_bytes!("builtin/en.bin"),
    include_bytes!("builtin/ja.bin"),
    include_bytes!("builtin/de.bin"),
    include_bytes!("builtin/es.bin"),
    include_bytes!("builtin/it.bin"),
    include_bytes!("builtin/ko.bin"),
    include_bytes!("builtin/pt-BR.bin"),
    include_bytes!("builtin/zh-Hans.bin"),
    include_bytes!("builtin/zh-Hant.bin"),
];

/// An author's extra holidays, checked: each region id with its holidays
/// (read from JSON by [`Catalog::read_extra_holidays`], or compiled with
/// [`compact::write_holidays`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraHolidays {
    pub(crate) regions: Vec<(String, Vec<Holiday>)>,
}

impl ExtraHolidays {
    /// Each region id with its extra holidays, in the document's order.
    pub fn regions(&self) -> &[(String, Vec<Holiday>)] {
        &self.regions
    }
}

/// A validated catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    source: Provenance,
    languages: Vec<String>,
    default_tiers: Vec<String>,
    tiers: Vec<Tier>,
    feature_groups: Vec<FeatureGroup>,
    services: Vec<Service>,
    priorities: Vec<Priority>,
    regions: Vec<Region>,
}

/// What to compute a deadline for, in catalog ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request<'a> {
    /// Tier id (`business`).
    pub tier: &'a str,
    /// Priority id (`P2`).
    pub priority: &'a str,
    /// Region id (`emea`).
    pub region: &'a str,
    /// The zone to read the region's hours in; `None` for the region's default.
    pub zone: Option<Zone>,
    /// When the case is submitted.
    pub submitted: DateTime<Utc>,
    /// Holiday dates replacing the region's own; `None` to use the region's.
    pub holidays: Option<&'a [NaiveDate]>,
}

impl Catalog {
    /// Parses and validates a catalog document.
    ///
    /// Every problem is reported with the JSON path it is about:
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let json = sla_calculator::catalog::BUILTIN_JSON.replace("\"17:30\"", "\"05:00\"");
    /// let err = Catalog::from_json(&json).unwrap_err();
    /// assert!(err.to_string().contains(
    ///     "regions[0].hours: closes at 05:00 but opens at 06:00: closing must come after opening"
    /// ));
    /// ```
    pub fn from_json(json: &str) -> Result<Catalog, Error> {
        read::parse(json)
    }

    /// This catalog with an author's extra holidays added to its regions, from
    /// a JSON document `{"schema": 1, "holidays": {"<region id>": [{"date":
    /// "YYYY-MM-DD", "name": …}]}}` (names as in a catalog: one string, or one
    /// per language). Dates a region already has are kept as they are.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use sla_calculator::{Catalog, Request};
    ///
    /// let extra = r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Christmas Eve"}]}}"#;
    /// let catalog = Catalog::builtin()?.with_extra_holidays(extra)?;
    /// // EMEA hours are 09:00–17:00 London (GMT in December), with the
    /// // UK's public holidays. Wednesday 23 December 2026 16:30Z counts 30 min
    /// // until 17:00; Thursday 24th is now a holiday, Friday 25th (Christmas
    /// // Day) and Monday 28th (Boxing Day, moved from Saturday) are the UK's;
    /// // the last 1 h 30 min run Tuesday 29th 09:00–10:30 GMT.
    /// let due = catalog.deadline(&Request {
    ///     tier: "business", priority: "P2", region: "emea", zone: None,
    ///     submitted: Utc.with_ymd_and_hms(2026, 12, 23, 16, 30, 0).unwrap(), holidays: None,
    /// })?;
    /// assert_eq!(due.due, Utc.with_ymd_and_hms(2026, 12, 29, 10, 30, 0).unwrap());
    /// assert_eq!(due.holidays_skipped.len(), 3);
    ///
    /// let err = Catalog::builtin()?.with_extra_holidays(r#"{"schema": 1, "holidays": {"mars": []}}"#).unwrap_err();
    /// assert!(err.to_string().contains("extra holidays, holidays.mars: unknown region \"mars\""));
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn with_extra_holidays(&self, json: &str) -> Result<Catalog, Error> {
        let extra = self.read_extra_holidays(json)?;
        self.clone().with_holidays(&extra)
    }

    /// Reads and checks an extra-holidays JSON document against this catalog
    /// (its languages and regions), for [`Catalog::with_holidays`] or to
    /// compile it ([`compact::write_holidays`]).
    pub fn read_extra_holidays(&self, json: &str) -> Result<ExtraHolidays, Error> {
        read::extra_holidays(self, json)
    }

    /// This catalog with `extra`'s holidays added to its regions (dates a
    /// region already has are kept); a region it lacks is an error. It takes
    /// the catalog rather than copying it: the widget, which reads a fresh one
    /// from its compact form, then needs no code to copy a catalog.
    pub fn with_holidays(self, extra: &ExtraHolidays) -> Result<Catalog, Error> {
        read::merge(self, extra)
    }

    /// The built-in catalog (Adobe Experience Cloud tiers, fr/en/ja).
    #[cfg(any(
        not(all(target_arch = "wasm32", target_os = "unknown")),
        feature = "json-calculator"
    ))]
    pub fn builtin() -> Result<Catalog, Error> {
        Catalog::builtin_in(&BUILTIN_WORDS)
    }

    /// The built-in catalog without its words: every text blank, the rest
    /// whole (see [`compact::read_parts`]). Extra holidays are checked
    /// against it where the words are not at hand (the catalog reader).
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let outline = Catalog::builtin_outline()?;
    /// assert_eq!(outline.languages(), Catalog::builtin()?.languages());
    /// assert_eq!(outline.tiers()[0].name().get("fr"), "");
    /// let json = r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25", "name": "Christmas"}]}}"#;
    /// assert_eq!(outline.read_extra_holidays(json)?, Catalog::builtin()?.read_extra_holidays(json)?);
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    #[cfg(any(
        not(all(target_arch = "wasm32", target_os = "unknown")),
        feature = "catalog-reader"
    ))]
    pub fn builtin_outline() -> Result<Catalog, Error> {
        compact::read_parts(BUILTIN_CORE, &[])
    }

    /// The built-in catalog with the words of some of its languages only
    /// (parts of [`compact::write_parts`], such as a page has fetched).
    pub fn builtin_in(words: &[&[u8]]) -> Result<Catalog, Error> {
        compact::read_words(words)
    }

    /// What an embedder's documents make: their catalog (the built-in one when
    /// `catalog_json` is `None`) with their extra holidays, if any. The
    /// catalog's problems come first; the holidays are checked against a
    /// catalog without problems.
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let holidays = r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Eve"}]}}"#;
    /// let catalog = Catalog::from_documents(None, Some(holidays))?;
    /// assert_eq!(catalog, Catalog::builtin()?.with_extra_holidays(holidays)?);
    /// assert!(Catalog::from_documents(Some("{"), Some(holidays)).is_err());
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    #[cfg(any(
        not(all(target_arch = "wasm32", target_os = "unknown")),
        feature = "json-calculator"
    ))]
    pub fn from_documents(
        catalog_json: Option<&str>,
        extra_holidays_json: Option<&str>,
    ) -> Result<Catalog, Error> {
        let catalog = match catalog_json {
            Some(json) => Catalog::from_json(json)?,
            None => Catalog::builtin()?,
        };
        match extra_holidays_json {
            Some(json) => catalog.with_extra_holidays(json),
            None => Ok(catalog),
        }
    }

    /// Where the data comes from, as the catalog states it.
    pub fn source(&self) -> Option<&str> {
        self.source.0.as_deref()
    }

    /// The catalog's language codes; the first is the fallback.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The tiers shown when the embedder names none.
    pub fn default_tiers(&self) -> &[String] {
        &self.default_tiers
    }

    /// All tiers, in display order.
    pub fn tiers(&self) -> &[Tier] {
        &self.tiers
    }

    /// The comparison rows, grouped.
    pub fn feature_groups(&self) -> &[FeatureGroup] {
        &self.feature_groups
    }

    /// The priorities, most urgent first.
    pub fn priorities(&self) -> &[Priority] {
        &self.priorities
    }

    /// The support regions.
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// Every service a tier may include, in catalog order.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The services `tier` includes, in its order.
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let business = catalog.tier("business")?;
    /// let first = catalog.services_of(business).next().unwrap();
    /// assert_eq!(first.title().get("en"), "Account Support Lead");
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn services_of<'a>(&'a self, tier: &'a Tier) -> impl Iterator<Item = &'a Service> + 'a {
        tier.services
            .iter()
            .filter_map(|&index| self.services.get(index))
    }

    /// The tier with this id.
    pub fn tier(&self, id: &str) -> Result<&Tier, Error> {
        find(&self.tiers, id, "tier", Tier::id)
    }

    /// The position of the priority with this id.
    pub fn priority_index(&self, id: &str) -> Result<usize, Error> {
        let priority = find(&self.priorities, id, "priority", Priority::id)?;
        Ok(self
            .priorities
            .iter()
            .position(|p| p == priority)
            .unwrap_or(0))
    }

    /// The region with this id.
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// assert_eq!(
    ///     catalog.region("mars").unwrap_err().to_string(),
    ///     "unknown region \"mars\" (expected americas, emea, apac, japan)"
    /// );
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn region(&self, id: &str) -> Result<&Region, Error> {
        find(&self.regions, id, "region", Region::id)
    }

    /// The region a visitor in `zone` most likely belongs to: the one that
    /// serves the zone's country (tzdata's `zone.tab`), else one whose zone is
    /// the visitor's, else one whose zone is in the same IANA area (`Asia/…`),
    /// else the first region.
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let region = |zone| catalog.region_for_zone(zone).id();
    /// assert_eq!(region("Europe/Paris"), "emea");
    /// assert_eq!(region("Asia/Tokyo"), "japan");
    /// assert_eq!(region("Asia/Seoul"), "apac");
    /// assert_eq!(region("Asia/Riyadh"), "emea"); // the Middle East
    /// assert_eq!(region("America/Bogota"), "americas");
    /// assert_eq!(region("Africa/Lagos"), "emea");
    /// assert_eq!(region("Asia/Calcutta"), "apac");
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn region_for_zone(&self, zone: &str) -> &Region {
        let area = |name: &str| name.split('/').next().unwrap_or("").to_owned();
        let visitor_area = area(zone);
        self.regions
            .iter()
            .find(|r| r.serves_zone(zone))
            .or_else(|| self.regions.iter().find(|r| r.zone.name() == zone))
            .or_else(|| {
                self.regions
                    .iter()
                    .find(|r| area(r.zone.name()) == visitor_area)
            })
            .unwrap_or(&self.regions[0])
    }

    /// The target of a tier for a priority.
    pub fn target(&self, tier: &str, priority: &str) -> Result<Target, Error> {
        let tier = self.tier(tier)?;
        let index = self.priority_index(priority)?;
        tier.targets.get(index).copied().ok_or_else(|| {
            Error::input(format!(
                "tier {} has no target for {}",
                quoted(&tier.id),
                quoted(priority)
            ))
        })
    }
}

fn find<'a, T>(
    items: &'a [T],
    id: &str,
    what: &str,
    id_of: fn(&T) -> &str,
) -> Result<&'a T, Error> {
    items.iter().find(|item| id_of(item) == id).ok_or_else(|| {
        let known: Vec<&str> = items.iter().map(id_of).collect();
        Error::input(format!(
            "unknown {what} {} (expected {})",
            quoted(id),
            crate::join::join(&known, ", ")
        ))
    })
}
