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

use crate::zones::Zone;
use chrono::{DateTime, NaiveDate, Utc};

pub use model::{
    Feature, FeatureGroup, FeatureValue, Holiday, Override, Priority, Provenance, Region, Service,
    Tier, ZoneChoice, ZoneReason,
};
pub use read::SCHEMA_VERSION;

use crate::engine::{self, Deadline, FilingTimes, Schedule, Target};
use crate::error::quoted;
use crate::holidays::PublicHolidays;
use crate::i18n::Text;
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

/// The built-in catalog's words in French, English and Japanese, each with
/// the core. The widget's module leaves them out: a page fetches the
/// language it shows (`dist/lang/*.bin`, the same files).
#[cfg(any(
    not(all(target_arch = "wasm32", target_os = "unknown")),
    feature = "json-calculator"
))]
pub const BUILTIN_WORDS: [&[u8]; 3] = [
    include_bytes!("builtin/fr.bin"),
    include_bytes!("builtin/en.bin"),
    include_bytes!("builtin/ja.bin"),
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

    /// The business-hours schedule of a region (its week, overrides, 24x5
    /// week and business day), read in `zone` (or the region's default), with
    /// `holidays` replacing the region's own if given (overrides stay).
    /// The region's own holidays are those it lists, known up to
    /// [`Region::holidays_until`], and, when it observes them, the public
    /// holidays of the zone's country ([`Catalog::public_holidays`]), known
    /// up to their data's last date.
    pub fn schedule(
        &self,
        region: &Region,
        zone: Option<Zone>,
        holidays: Option<&[NaiveDate]>,
    ) -> Schedule {
        let zone = zone.unwrap_or(region.zone);
        // Holidays passed in replace the region's calendar, and are the
        // caller's word for every year; the region's own reach as far as it says.
        let (holidays, until) = match holidays {
            Some(dates) => (dates.to_vec(), None),
            None => {
                let mut dates: Vec<NaiveDate> = region.holidays.iter().map(|h| h.date).collect();
                if let Some(country) = self.public_holidays(region, Some(zone)).known() {
                    dates.extend(country.holidays.iter().map(|h| h.date));
                }
                (dates, self.calendar_end(region, Some(zone)))
            }
        };
        let overrides = region
            .overrides
            .iter()
            .map(|special| (special.date, special.windows.clone()))
            .collect();
        Schedule::weekly(zone, region.week.clone(), holidays)
            .with_overrides(overrides)
            .with_around_the_clock(region.around_the_clock.clone())
            .with_around_the_clock_skipping_holidays(region.around_the_clock_skips_holidays)
            .with_holiday_hours(region.holiday_hours.clone())
            .with_business_day(region.business_day)
            .with_holidays_until(until)
    }

    /// The public holidays `region` skips when its hours are read in `zone`
    /// (or its default zone): those of the zone's country, when the region
    /// observes them (rules §2.4 (docs/rules.md)).
    ///
    /// ```
    /// use sla_calculator::{zones::zone, Catalog};
    ///
    /// let catalog = Catalog::builtin()?;
    /// let emea = catalog.region("emea")?;
    /// // EMEA's hours are local: a visitor in Madrid gets Spain's holidays.
    /// assert_eq!(catalog.public_holidays(emea, Some(zone("Europe/Madrid")?)).country(), Some("ES"));
    /// // Japan's hours are Tokyo's, and so are its holidays.
    /// assert_eq!(catalog.public_holidays(catalog.region("japan")?, None).country(), Some("JP"));
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn public_holidays(&self, region: &Region, zone: Option<Zone>) -> PublicHolidays {
        PublicHolidays::in_zone(region.public_holidays, zone.unwrap_or(region.zone))
    }

    /// The last day `region`'s holidays are known when its hours are read in
    /// `zone` (or its default zone): the earlier of the end of those it lists
    /// ([`Region::holidays_until`]) and of its country's public holidays;
    /// `None` when neither ends.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use sla_calculator::{zones::zone, Catalog};
    ///
    /// let catalog = Catalog::builtin()?;
    /// let emea = catalog.region("emea")?;
    /// // Spain's public holidays are known through 2035.
    /// let madrid = catalog.calendar_end(emea, Some(zone("Europe/Madrid")?));
    /// assert_eq!(madrid, NaiveDate::from_ymd_opt(2035, 12, 31));
    /// // UTC is no country's: nothing to end.
    /// assert_eq!(catalog.calendar_end(emea, Some(zone("UTC")?)), None);
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn calendar_end(&self, region: &Region, zone: Option<Zone>) -> Option<NaiveDate> {
        let listed = region.holidays_until();
        match self.public_holidays(region, zone).known() {
            Some(country) => Some(listed.map_or(country.until, |u| u.min(country.until))),
            None => listed,
        }
    }

    /// The name of the holiday on `date` for `region` read in `zone`: one
    /// the catalog lists (then no country), else the zone's country's public
    /// holiday (with the country's code).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use sla_calculator::{zones::zone, Catalog};
    ///
    /// let catalog = Catalog::builtin()?;
    /// let emea = catalog.region("emea")?;
    /// let day = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
    /// let (name, country) = catalog.holiday_on(emea, Some(zone("Europe/Madrid")?), day).unwrap();
    /// assert_eq!((name.get("en"), country), ("Immaculate Conception", Some("ES")));
    /// assert!(catalog.holiday_on(emea, Some(zone("Europe/London")?), day).is_none());
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn holiday_on<'a>(
        &'a self,
        region: &'a Region,
        zone: Option<Zone>,
        date: NaiveDate,
    ) -> Option<(&'a Text, Option<&'a str>)> {
        if let Some(listed) = region.holidays.iter().find(|h| h.date == date) {
            return Some((&listed.name, None));
        }
        let country = self.public_holidays(region, zone).known()?;
        Some((&country.on(date)?.name, Some(country.country())))
    }

    /// Computes the initial-response deadline for a request.
    ///
    /// # Example: Golden Week in Japan
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use sla_calculator::{Catalog, Request};
    ///
    /// let catalog = Catalog::builtin()?;
    /// // Friday 1 May 2026, 17:00 JST (08:00Z), Business P3 (4 business hours).
    /// // 30 minutes count on Friday (17:00–17:30). Then the weekend, and Golden
    /// // Week: 4, 5 and 6 May (Greenery Day, Children's Day, and the substitute
    /// // for Constitution Day, which fell on Sunday). The remaining 3 h 30 run
    /// // Thursday 7 May 09:00–12:30 JST (03:30Z).
    /// let request = Request {
    ///     tier: "business",
    ///     priority: "P3",
    ///     region: "japan",
    ///     zone: None,
    ///     submitted: Utc.with_ymd_and_hms(2026, 5, 1, 8, 0, 0).unwrap(),
    ///     holidays: None,
    /// };
    /// let due = catalog.deadline(&request)?;
    /// assert_eq!(due.due, Utc.with_ymd_and_hms(2026, 5, 7, 3, 30, 0).unwrap());
    /// assert_eq!(due.holidays_skipped.len(), 3);
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn deadline(&self, request: &Request) -> Result<Deadline, Error> {
        let target = self.target(request.tier, request.priority)?;
        let region = self.region(request.region)?;
        let schedule = self.schedule(region, request.zone, request.holidays);
        engine::deadline(&target, request.submitted, &schedule)
    }

    /// When, from `request.submitted` until `until`, filing `request` (its
    /// tier, priority, region, zone and holidays) gets the quickest answer,
    /// and when the slowest. See [`engine::filing_times`].
    ///
    /// ```
    /// use chrono::{Duration, TimeZone, Utc};
    /// use sla_calculator::{Catalog, Request};
    ///
    /// let catalog = Catalog::builtin()?;
    /// // P1 runs around the clock: the time of filing makes no difference.
    /// let from = Utc.with_ymd_and_hms(2026, 1, 12, 0, 0, 0).unwrap();
    /// let request = Request { tier: "business", priority: "P1", region: "emea", zone: None, submitted: from, holidays: None };
    /// let times = catalog.filing_times(&request, from + Duration::days(7))?;
    /// assert!(times.makes_no_difference());
    /// assert_eq!(times.best.wait, Duration::hours(1));
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn filing_times(
        &self,
        request: &Request,
        until: DateTime<Utc>,
    ) -> Result<FilingTimes, Error> {
        let target = self.target(request.tier, request.priority)?;
        let region = self.region(request.region)?;
        let schedule = self.schedule(region, request.zone, request.holidays);
        engine::filing_times(&target, &schedule, request.submitted, until)
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
