//! One [`Answer`] per selection: every figure the widget shows, computed once.

use std::rc::Rc;

use chrono::{DateTime, NaiveDate, Utc};

use super::{coverage, RegionCoverage, Selection, Week};
use crate::catalog::{Region, ZoneChoice, ZoneReason};
use crate::engine::{self, Deadline, FilingTimes, Schedule};
use crate::holidays::PublicHolidays;
use crate::zones::Zone;
use crate::{timestamp, Catalog, Error, Request};

/// How many days from the submission the filing panel and the coverage chart
/// look at.
pub const WEEK_DAYS: i64 = 7;

/// The zone `region`'s hours are read in: `chosen` if any, else the region's
/// clock for a visitor in `visitor_zone` (rules §2.1 (docs/rules.md)).
///
/// ```
/// use sla_calculator::model::{zone_choice, ZoneReason};
/// use sla_calculator::Catalog;
///
/// let catalog = Catalog::builtin()?;
/// let emea = catalog.region("emea")?;
/// let madrid = zone_choice(emea, None, "Europe/Madrid");
/// assert_eq!((madrid.zone.name(), madrid.reason), ("Europe/Madrid", ZoneReason::Visitor));
/// let chosen = zone_choice(emea, Some("Asia/Tokyo".parse()?), "Europe/Madrid");
/// assert_eq!((chosen.zone.name(), chosen.reason), ("Asia/Tokyo", ZoneReason::Chosen));
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn zone_choice(region: &Region, chosen: Option<Zone>, visitor_zone: &str) -> ZoneChoice {
    match chosen {
        Some(zone) => ZoneChoice {
            zone,
            reason: ZoneReason::Chosen,
        },
        None => region.clock_for_visitor(visitor_zone),
    }
}

/// The engine's request for a selection: its region read in the zone the
/// visitor gets, submitted at `selection.submitted` or `now`.
pub fn request_for<'a>(
    catalog: &Catalog,
    selection: &'a Selection,
    visitor_zone: &str,
    now: DateTime<Utc>,
) -> Result<Request<'a>, Error> {
    let region = catalog.region(&selection.region)?;
    Ok(Request {
        tier: &selection.tier,
        priority: &selection.priority,
        region: &selection.region,
        zone: Some(zone_choice(region, selection.zone, visitor_zone).zone),
        submitted: selection.submitted.unwrap_or(now),
        holidays: None,
    })
}

/// One shown tier's deadline for the selected case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierDeadline {
    /// The tier's id.
    pub tier: String,
    /// When its first response is due.
    pub due: DateTime<Utc>,
}

/// Everything the widget shows for one selection at one instant, computed
/// once: the view renders it, the browser edge reads its events from it.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The instant it was computed for.
    pub now: DateTime<Utc>,
    /// The zone the region's hours are read in, and why (`None`: unknown region).
    pub zone: Option<ZoneChoice>,
    /// When the case is (taken to be) submitted.
    pub submitted: DateTime<Utc>,
    /// The selected tier's deadline and how it was reached.
    pub deadline: Result<Deadline, Error>,
    /// Every shown tier's deadline for the same case (empty with fewer than
    /// two tiers shown, or no deadline).
    pub by_tier: Vec<TierDeadline>,
    /// The best and worst times to file over the [`WEEK_DAYS`] from the
    /// submission (`None` without a deadline).
    pub filing: Option<FilingTimes>,
    /// The visitor's week, from today's local midnight (shared by the
    /// answers of one minute: see [`Answer::compute_reusing`]).
    pub week: Rc<Week>,
    /// Every region's clocks over [`Answer::week`], in catalog order (shared
    /// as the week is).
    pub coverage: Rc<Vec<RegionCoverage>>,
    /// The last date the region's holidays are known for, when what is shown
    /// (the deadline, or the week the filing panel and the chart look at)
    /// reaches past it: the widget says so.
    pub holidays_known_until: Option<NaiveDate>,
    /// The country whose public holidays the selected region skips but that
    /// are not known (no data, or the widget's file for it has not arrived):
    /// the widget says so rather than showing a deadline as settled.
    pub public_holidays_unknown: Option<String>,
}

impl Answer {
    /// The answer for `selection`, for a visitor in `visitor_zone`, at `now`.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use sla_calculator::model::{Answer, Attributes, Selection, Surroundings};
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let attributes = Attributes {
    ///     region: Some("emea".into()),
    ///     tier: Some("business".into()),
    ///     priority: Some("P2".into()),
    ///     submitted: Some("2026-12-02T15:30:00Z".into()),
    ///     ..Default::default()
    /// };
    /// let around = Surroundings { visitor_zone: "Europe/Madrid".into(), ..Default::default() };
    /// let (selection, _) = Selection::resolve(&catalog, &attributes, &around);
    /// let now = Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap();
    /// let answer = Answer::compute(&catalog, &selection, "Europe/Madrid", now);
    /// // Wed 16:30 in Madrid: 30 min that day, 1 h 30 on Thursday from 09:00.
    /// assert_eq!(answer.due_utc().as_deref(), Some("2026-12-03T09:30:00Z"));
    /// assert_eq!(answer.by_tier.len(), 2); // online and business are shown
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn compute(
        catalog: &Catalog,
        selection: &Selection,
        visitor_zone: &str,
        now: DateTime<Utc>,
    ) -> Answer {
        Answer::compute_reusing(catalog, selection, visitor_zone, now, None)
    }

    /// As [`Answer::compute`], taking the week, its coverage and the filing
    /// times — the costly parts, which change by the minute — from `earlier`,
    /// an answer for the same catalog, selection and visitor computed in the
    /// same minute (a widget following `now` may render more than once a
    /// minute: for a new choice, or at the deadline).
    ///
    /// ```
    /// use chrono::{Duration, TimeZone, Utc};
    /// use sla_calculator::model::{Answer, Attributes, Selection, Surroundings};
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let around = Surroundings { visitor_zone: "Asia/Tokyo".into(), ..Default::default() };
    /// let (selection, _) = Selection::resolve(&catalog, &Attributes::default(), &around);
    /// let now = Utc.with_ymd_and_hms(2026, 12, 1, 1, 0, 0).unwrap();
    /// let first = Answer::compute(&catalog, &selection, "Asia/Tokyo", now);
    /// let later = now + Duration::seconds(30);
    /// let next = Answer::compute_reusing(&catalog, &selection, "Asia/Tokyo", later, Some(&first));
    /// // The deadline follows the second; the filing scan is the minute's.
    /// assert_eq!(next.now, later);
    /// assert_eq!(next.filing, first.filing);
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn compute_reusing(
        catalog: &Catalog,
        selection: &Selection,
        visitor_zone: &str,
        now: DateTime<Utc>,
        earlier: Option<&Answer>,
    ) -> Answer {
        let region = catalog.region(&selection.region).ok();
        let zone = region.map(|r| zone_choice(r, selection.zone, visitor_zone));
        let submitted = selection.submitted.unwrap_or(now);
        let request = request_for(catalog, selection, visitor_zone, now);
        let (week, coverage) = match earlier {
            Some(earlier) => (Rc::clone(&earlier.week), Rc::clone(&earlier.coverage)),
            None => {
                let week = Week::of(now, visitor_zone);
                let coverage = coverage(catalog, selection, visitor_zone, &week);
                (Rc::new(week), Rc::new(coverage))
            }
        };
        // The region's schedule, as the coverage built it (in the same zone):
        // every deadline and the filing times of this answer are asked of
        // the engine on it.
        let covering = Rc::clone(&coverage);
        let built: Schedule;
        let (asked, deadline) = match request.and_then(|request| {
            let region = catalog.region(request.region)?;
            Ok((request, region))
        }) {
            Err(error) => (None, Err(error)),
            Ok((request, region)) => {
                let index = catalog
                    .regions()
                    .iter()
                    .position(|r| std::ptr::eq(r, region));
                let schedule = match index.and_then(|i| covering.get(i)) {
                    Some(covered)
                        if Some(covered.zone) == request.zone && request.holidays.is_none() =>
                    {
                        &covered.schedule
                    }
                    _ => {
                        built = catalog.schedule(region, request.zone, request.holidays);
                        &built
                    }
                };
                let deadline = deadline_on(catalog, schedule, &request);
                (Some((request, schedule)), deadline)
            }
        };
        let mut answer = Answer {
            now,
            week,
            coverage,
            zone,
            submitted,
            deadline,
            by_tier: Vec::new(),
            filing: None,
            holidays_known_until: None,
            public_holidays_unknown: None,
        };
        let (Some((request, schedule)), Ok(deadline)) = (asked, &answer.deadline) else {
            return answer;
        };
        if selection.tiers.len() >= 2 {
            // The same case for every shown tier; the selected one is known.
            answer.by_tier = selection
                .tiers
                .iter()
                .filter_map(|id| {
                    let due = if *id == selection.tier {
                        deadline.due
                    } else {
                        let other = Request {
                            tier: id,
                            ..request.clone()
                        };
                        deadline_on(catalog, schedule, &other).ok()?.due
                    };
                    Some(TierDeadline {
                        tier: id.clone(),
                        due,
                    })
                })
                .collect();
        }
        answer.filing = match earlier {
            Some(earlier) => earlier.filing,
            None => {
                let until = request.submitted + crate::timestamp::days(WEEK_DAYS);
                engine::filing_times(&deadline.target, schedule, request.submitted, until).ok()
            }
        };
        let calendar_end =
            region.and_then(|region| catalog.calendar_end(region, Some(deadline.zone)));
        if let Some(until) = calendar_end {
            let week_end = submitted + crate::timestamp::days(WEEK_DAYS);
            let week_past = week_end.with_timezone(&deadline.zone).date_naive() > until;
            if deadline.holidays_unknown_after.is_some() || week_past {
                answer.holidays_known_until = Some(until);
            }
        }
        if let Some(region) = region.filter(|r| r.clock_skips_holidays(deadline.target.clock())) {
            if let PublicHolidays::Unknown(Some(country)) =
                catalog.public_holidays(region, Some(deadline.zone))
            {
                answer.public_holidays_unknown = Some(country.to_owned());
            }
        }
        answer
    }

    /// The deadline as RFC 3339 UTC (`2026-03-30T09:00:00Z`), if there is one.
    pub fn due_utc(&self) -> Option<String> {
        let deadline = self.deadline.as_ref().ok()?;
        timestamp::format_utc(deadline.due).ok()
    }
}

/// `request`'s deadline on its region's schedule (built once for the
/// answer's every tier). Not inlined: one copy of the engine's deadline.
#[inline(never)]
fn deadline_on(
    catalog: &Catalog,
    schedule: &Schedule,
    request: &Request,
) -> Result<Deadline, Error> {
    let target = catalog.target(request.tier, request.priority)?;
    engine::deadline(&target, request.submitted, schedule)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Attributes, Surroundings};
    use chrono::TimeZone;

    #[test]
    fn a_tick_in_the_same_minute_keeps_the_deadline_live() {
        // Business P2 in EMEA for a visitor in Madrid, following now: Tuesday
        // 1 December 2026 10:00:00Z is 11:00 in Madrid, open, so the 2 hours
        // run to 13:00 Madrid = 12:00:00Z; thirty seconds later, 12:00:30Z.
        let catalog = Catalog::builtin().unwrap();
        let attributes = Attributes {
            tier: Some("business".into()),
            region: Some("emea".into()),
            priority: Some("P2".into()),
            ..Default::default()
        };
        let around = Surroundings {
            visitor_zone: "Europe/Madrid".into(),
            ..Default::default()
        };
        let (selection, _) = Selection::resolve(&catalog, &attributes, &around);
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
        let first = Answer::compute(&catalog, &selection, "Europe/Madrid", now);
        let later = now + chrono::Duration::seconds(30);
        let tick =
            Answer::compute_reusing(&catalog, &selection, "Europe/Madrid", later, Some(&first));
        assert_eq!(first.due_utc().as_deref(), Some("2026-12-01T12:00:00Z"));
        assert_eq!(tick.due_utc().as_deref(), Some("2026-12-01T12:00:30Z"));
        assert_eq!(
            tick.by_tier[1].due,
            Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 30).unwrap()
        );
        // The minute's parts are the first answer's.
        assert_eq!((&tick.week, &tick.coverage), (&first.week, &first.coverage));
        assert_eq!(tick.filing, first.filing);
    }

    #[test]
    fn each_region_s_schedule_is_built_once_and_is_the_one_its_hours_are_read_in() {
        // Visitors in Tokyo, Madrid and New York, no zone chosen: each
        // region's hours are read in the zone `zone_choice` gives it for that
        // visitor. Whatever that zone is, the schedule the answer keeps for
        // a region (the chart's and the regional hours') is the catalog's
        // schedule of that region in that zone, and the deadline the answer
        // asks of the engine on the selected region's is the one
        // `Catalog::deadline` computes from scratch (Christmas Eve, 16:00Z).
        let catalog = Catalog::builtin().unwrap();
        for (visitor, region) in [
            ("Asia/Tokyo", "emea"),
            ("Europe/Madrid", "emea"),
            ("America/New_York", "japan"),
        ] {
            let attributes = Attributes {
                region: Some(region.into()),
                priority: Some("P3".into()),
                ..Default::default()
            };
            let around = Surroundings {
                visitor_zone: visitor.into(),
                ..Default::default()
            };
            let (selection, _) = Selection::resolve(&catalog, &attributes, &around);
            let now = Utc.with_ymd_and_hms(2026, 12, 24, 16, 0, 0).unwrap();
            let answer = Answer::compute(&catalog, &selection, visitor, now);
            assert_eq!(answer.coverage.len(), catalog.regions().len());
            for (covered, region) in answer.coverage.iter().zip(catalog.regions()) {
                let zone = zone_choice(region, None, visitor).zone;
                assert_eq!(covered.zone, zone);
                assert_eq!(covered.schedule, catalog.schedule(region, Some(zone), None));
            }
            let request = request_for(&catalog, &selection, visitor, now).unwrap();
            let from_scratch = catalog.deadline(&request).unwrap();
            assert_eq!(
                answer.deadline.as_ref().unwrap().due,
                from_scratch.due,
                "{visitor} {region}"
            );
        }
    }
}
