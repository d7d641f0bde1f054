//! A validated region of the catalog: its business hours and special dates,
//! the countries it serves and whose clock its hours are read in, and its
//! holidays.

use chrono::NaiveDate;

use super::model::Provenance;
use crate::engine::{Clock, DailyWindow, Week};
use crate::i18n::Text;
use crate::zones::Zone;

/// A support region: its business hours, the countries it serves, whose clock
/// its hours are read in, and its holidays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) week: Week,
    pub(crate) overrides: Vec<Override>,
    pub(crate) around_the_clock: Week,
    pub(crate) around_the_clock_skips_holidays: bool,
    pub(crate) holiday_hours: Option<Vec<DailyWindow>>,
    pub(crate) business_day: chrono::Duration,
    pub(crate) zone: Zone,
    pub(crate) countries: Vec<[u8; 2]>,
    pub(crate) local_hours: bool,
    pub(crate) public_holidays: bool,
    pub(crate) holidays: Vec<Holiday>,
    pub(crate) holidays_until: Option<NaiveDate>,
    pub(crate) holidays_source: Provenance,
    pub(crate) notes: Vec<Text>,
}

/// Why a region's hours are read in the zone they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoneReason {
    /// The visitor or the page chose the zone (`zone` attribute or field).
    Chosen,
    /// The region reads its hours in its own zone, for everyone.
    Fixed,
    /// Local hours, and the visitor's zone is in one of the region's countries.
    Visitor,
    /// Local hours, but the visitor's zone is outside the region's countries:
    /// the region's default zone.
    Outside,
}

impl ZoneReason {
    /// The reason's stable identifier (`chosen`, `fixed`, `visitor`, `outside`).
    pub fn id(self) -> &'static str {
        match self {
            ZoneReason::Chosen => "chosen",
            ZoneReason::Fixed => "fixed",
            ZoneReason::Visitor => "visitor",
            ZoneReason::Outside => "outside",
        }
    }
}

/// The zone a region's hours are read in, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZoneChoice {
    /// The zone.
    pub zone: Zone,
    /// Why that one.
    pub reason: ZoneReason,
}

impl Region {
    /// The stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The display name.
    pub fn name(&self) -> &Text {
        &self.name
    }
    /// The weekly business hours (the short form is Monday–Friday, one window).
    pub fn week(&self) -> &Week {
        &self.week
    }
    /// Special hours on some local dates, sorted by date.
    pub fn overrides(&self) -> &[Override] {
        &self.overrides
    }
    /// The 24x5 week (by default Monday 00:00 to Saturday 00:00).
    pub fn around_the_clock(&self) -> &Week {
        &self.around_the_clock
    }
    /// Whether the 24x5 clock stops on holidays too (`"skips_holidays":
    /// true`, as "24 hours excl. weekends and holidays").
    pub fn around_the_clock_skips_holidays(&self) -> bool {
        self.around_the_clock_skips_holidays
    }
    /// Whether `clock` stops on this region's holidays: business hours and
    /// days always, its 24x5 week when it skips them, 24x7 never.
    ///
    /// ```
    /// use sla_calculator::{engine::Clock, Catalog};
    ///
    /// let emea = Catalog::builtin()?.region("emea")?.clone();
    /// assert!(emea.clock_skips_holidays(Clock::BusinessHours));
    /// assert!(!emea.clock_skips_holidays(Clock::TwentyFourFive));
    /// assert!(!emea.clock_skips_holidays(Clock::TwentyFourSeven));
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn clock_skips_holidays(&self, clock: Clock) -> bool {
        clock.skips_holidays()
            || (clock == Clock::TwentyFourFive && self.around_the_clock_skips_holidays)
    }
    /// The hours open on a holiday instead of closing (`"holiday_hours"`,
    /// as "Saturday, Sunday & Holidays 3pm–7pm"); `None`: closed.
    pub fn holiday_hours(&self) -> Option<&[DailyWindow]> {
        self.holiday_hours.as_deref()
    }
    /// The open time of one business day, for `business_days` targets.
    pub fn business_day(&self) -> chrono::Duration {
        self.business_day
    }
    /// The default zone the hours are read in.
    pub fn zone(&self) -> Zone {
        self.zone
    }
    /// The ISO 3166-1 alpha-2 codes of the countries the region serves.
    pub fn countries(&self) -> impl Iterator<Item = &str> {
        self.countries
            .iter()
            .filter_map(|code| core::str::from_utf8(code).ok())
    }
    /// Whether the region serves the country of the zone `visitor_zone`
    /// (tzdata's `zone.tab`; a link such as `Asia/Calcutta` takes its target's).
    pub fn serves_zone(&self, visitor_zone: &str) -> bool {
        crate::zones::country(visitor_zone).is_some_and(|code| self.serves_country(code))
    }
    fn serves_country(&self, code: &str) -> bool {
        self.countries.iter().any(|c| c == code.as_bytes())
    }
    /// The zones of the region's countries (tzdata's `zone.tab` names, not
    /// links), in name order, each with its country: the clocks its local
    /// hours can be read in.
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let emea: Vec<&str> = catalog.region("emea")?.zones().map(|(zone, _)| zone).collect();
    /// assert!(catalog.region("emea")?.zones().any(|zone| zone == ("Europe/Madrid", "ES")));
    /// assert!(emea.contains(&"Europe/Madrid") && emea.contains(&"Africa/Nairobi"));
    /// assert!(!emea.contains(&"Asia/Tokyo"));
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn zones(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        crate::zones::listed_zones(|code| self.serves_country(code))
    }
    /// Whether the hours are "local": read in the customer's own clock.
    pub fn local_hours(&self) -> bool {
        self.local_hours
    }
    /// Whose clock the hours are read in for a visitor in `visitor_zone`, and
    /// why: the visitor's own when the hours are local and the zone's country
    /// is the region's, else the region's default zone.
    ///
    /// ```
    /// use sla_calculator::catalog::ZoneReason;
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let emea = catalog.region("emea")?;
    /// let madrid = emea.clock_for_visitor("Europe/Madrid");
    /// assert_eq!((madrid.zone.name(), madrid.reason), ("Europe/Madrid", ZoneReason::Visitor));
    /// let tokyo = emea.clock_for_visitor("Asia/Tokyo");
    /// assert_eq!((tokyo.zone.name(), tokyo.reason), ("Europe/London", ZoneReason::Outside));
    /// let americas = catalog.region("americas")?;
    /// assert_eq!(americas.clock_for_visitor("America/New_York").reason, ZoneReason::Fixed);
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn clock_for_visitor(&self, visitor_zone: &str) -> ZoneChoice {
        let own = |reason| ZoneChoice {
            zone: self.zone,
            reason,
        };
        if !self.local_hours {
            return own(ZoneReason::Fixed);
        }
        match crate::zones::find(visitor_zone) {
            Some(zone) if zone.country().is_some_and(|code| self.serves_country(code)) => {
                ZoneChoice {
                    zone,
                    reason: ZoneReason::Visitor,
                }
            }
            _ => own(ZoneReason::Outside),
        }
    }
    /// The zone to read the hours in for a visitor in `visitor_zone`
    /// ([`Region::clock_for_visitor`]'s zone).
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let apac = catalog.region("apac")?;
    /// assert_eq!(apac.zone_for_visitor("Asia/Seoul").name(), "Asia/Seoul");
    /// assert_eq!(apac.zone_for_visitor("Australia/Adelaide").name(), "Australia/Adelaide");
    /// assert_eq!(apac.zone_for_visitor("Asia/Calcutta").name(), "Asia/Calcutta");
    /// assert_eq!(apac.zone_for_visitor("Europe/Paris").name(), "Asia/Singapore");
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn zone_for_visitor(&self, visitor_zone: &str) -> Zone {
        self.clock_for_visitor(visitor_zone).zone
    }
    /// Whether the hours skip the public holidays of the country whose
    /// clock they are read in (`"public_holidays": "country"`, rules §2.4):
    /// see [`Catalog::public_holidays`](super::Catalog::public_holidays).
    pub fn public_holidays(&self) -> bool {
        self.public_holidays
    }
    /// The holidays (local dates) the catalog lists, on which business hours
    /// are closed (public holidays by country come on top).
    pub fn holidays(&self) -> &[Holiday] {
        &self.holidays
    }
    /// The last date the holidays the catalog lists cover: its
    /// `holidays_until`, else 31 December of the year of the last holiday it
    /// lists; `None` when it lists none. Holidays a page adds (extra
    /// holidays) do not move it. Public holidays by country have an end of
    /// their own: a schedule's calendar ends at the earlier of the two.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let japan = catalog.region("japan")?;
    /// // Japan lists none: its holidays are Japan's public holidays, known to 2035.
    /// assert_eq!(japan.holidays_until(), None);
    /// assert_eq!(catalog.schedule(japan, None, None).holidays_until(), NaiveDate::from_ymd_opt(2035, 12, 31));
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn holidays_until(&self) -> Option<NaiveDate> {
        self.holidays_until
    }
    /// Where the holiday dates come from.
    pub fn holidays_source(&self) -> Option<&str> {
        self.holidays_source.0.as_deref()
    }
    /// Footnotes shown with the region (Japan's language and hours notes).
    pub fn notes(&self) -> &[Text] {
        &self.notes
    }
}

/// A named holiday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub(crate) date: NaiveDate,
    pub(crate) name: Text,
}

impl Holiday {
    /// The local date.
    pub fn date(&self) -> NaiveDate {
        self.date
    }
    /// The holiday's name.
    pub fn name(&self) -> &Text {
        &self.name
    }
}

/// Special hours on one local date: other windows, or none (closed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Override {
    pub(crate) date: NaiveDate,
    pub(crate) windows: Vec<DailyWindow>,
    pub(crate) name: Option<Text>,
}

impl Override {
    /// The local date.
    pub fn date(&self) -> NaiveDate {
        self.date
    }
    /// The day's windows; empty when it is closed.
    pub fn windows(&self) -> &[DailyWindow] {
        &self.windows
    }
    /// What the day is ("Christmas Eve"), if the catalog says.
    pub fn name(&self) -> Option<&Text> {
        self.name.as_ref()
    }
}
