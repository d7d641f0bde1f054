//! Coverage across the visitor's week: when each region's clocks run, as
//! intervals the chart draws.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::{zone_choice, Selection, WEEK_DAYS};
use crate::engine::{wall_to_instant, Interval, Schedule};
use crate::i18n::Text;
use crate::zones::{self, Zone};
use crate::Catalog;

/// The visitor's week: the local midnights from today's to the seventh next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Week {
    /// Each local date with the instant it starts, eight of them: the last
    /// one ends the week.
    pub days: Vec<(NaiveDate, DateTime<Utc>)>,
    /// From the first midnight to the last (at least an hour).
    pub span: Interval,
}

impl Week {
    /// The week from `now`'s local date in `visitor_zone` (a name the tables
    /// do not know reads as UTC). Days are as long as the zone makes them: a
    /// day daylight saving shortens lasts 23 hours.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use sla_calculator::model::Week;
    ///
    /// // Monday 23 March 2026 in Paris: the clocks move on Sunday 29th.
    /// let week = Week::of(Utc.with_ymd_and_hms(2026, 3, 23, 8, 0, 0).unwrap(), "Europe/Paris");
    /// assert_eq!(week.span.start, Utc.with_ymd_and_hms(2026, 3, 22, 23, 0, 0).unwrap());
    /// assert_eq!(week.span.length().num_hours(), 7 * 24 - 1);
    /// ```
    pub fn of(now: DateTime<Utc>, visitor_zone: &str) -> Week {
        let zone = zones::find(visitor_zone).unwrap_or(Zone::UTC);
        let today = now.with_timezone(&zone).date_naive();
        let days: Vec<_> = today
            .iter_days()
            .take(WEEK_DAYS as usize + 1)
            .map(|date| {
                let midnight = date.and_time(NaiveTime::MIN);
                let start = wall_to_instant(&zone, midnight).unwrap_or_else(|| midnight.and_utc());
                (date, start)
            })
            .collect();
        let start = days[0].1;
        let end = days[days.len() - 1]
            .1
            .max(start + crate::timestamp::hours(1));
        Week {
            days,
            span: Interval::new(start, end),
        }
    }

    /// The visitor's local date of an instant within the week.
    pub fn date_of(&self, instant: DateTime<Utc>) -> NaiveDate {
        let index = self
            .days
            .partition_point(|(_, midnight)| *midnight <= instant);
        self.days[index.saturating_sub(1)].0
    }
}

/// One region's clocks over the week, read in the zone its hours are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionCoverage {
    /// The zone the region's hours are read in for this visitor.
    pub zone: Zone,
    /// The region's schedule in that zone, built once for the answer: the
    /// chart's runs and the regional hours are read from it.
    pub schedule: Schedule,
    /// When its 24x5 clock runs (runs that meet are one).
    pub twenty_four_five: Vec<Interval>,
    /// When its business hours run.
    pub business: Vec<Interval>,
    /// Its holidays in the week: each one's name (one the catalog lists, else
    /// the public holiday of the zone's country) and the day.
    pub holidays: Vec<(NaiveDate, Text, Interval)>,
    /// Its days of special hours in the week: the index in
    /// `Region::overrides` and the day.
    pub specials: Vec<(usize, Interval)>,
}

/// Every region's coverage over `week`, in catalog order.
pub fn coverage(
    catalog: &Catalog,
    selection: &Selection,
    visitor_zone: &str,
    week: &Week,
) -> Vec<RegionCoverage> {
    let runs = |schedule: &Schedule| -> Vec<Interval> {
        schedule
            .runs_from(week.span.start)
            .map_while(|run| run.within(week.span))
            .collect()
    };
    catalog
        .regions()
        .iter()
        .map(|region| {
            let zone = zone_choice(region, selection.zone, visitor_zone).zone;
            let hours = catalog.schedule(region, Some(zone), None);
            // The holidays of the week, each named (a listed one, else the
            // zone's country's public holiday).
            // Only dates near the week are read as instants: a country's
            // calendar holds ten years of them.
            let first = hours.local_date(week.span.start).pred_opt();
            let last = hours.local_date(week.span.end).succ_opt();
            let mut holidays = Vec::new();
            for &date in hours.holidays() {
                if Some(date) < first || Some(date) > last {
                    continue;
                }
                let Some(day) = hours.day(date).and_then(|day| day.within(week.span)) else {
                    continue;
                };
                if let Some((name, _)) = catalog.holiday_on(region, Some(zone), date) {
                    holidays.push((date, name.clone(), day));
                }
            }
            let specials = days_within(&hours, week, region.overrides().iter().map(|o| o.date()));
            RegionCoverage {
                zone,
                twenty_four_five: runs(&hours.around_the_clock()),
                business: runs(&hours),
                holidays,
                specials,
                schedule: hours,
            }
        })
        .collect()
}

/// The local days of `dates` (in `hours`' zone) that fall within the week,
/// each with its index in `dates`.
fn days_within(
    hours: &Schedule,
    week: &Week,
    dates: impl Iterator<Item = NaiveDate>,
) -> Vec<(usize, Interval)> {
    dates
        .enumerate()
        .filter_map(|(index, date)| Some((index, hours.day(date)?.within(week.span)?)))
        .collect()
}
