//! The catalog's regions as the engine's schedules (their weeks, overrides
//! and holidays, the public holidays of the zone they are read in), and the
//! deadlines and filing times the engine reads from them: the catalog is the
//! document's data; asking the engine is the model's job.

use chrono::{DateTime, NaiveDate, Utc};

use crate::catalog::{Catalog, Region, Request};
use crate::engine::{self, Deadline, FilingTimes, Schedule};
use crate::holidays::PublicHolidays;
use crate::i18n::Text;
use crate::zones::Zone;
use crate::Error;

impl Catalog {
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
