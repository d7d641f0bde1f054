//! The regional hours: each region's window in its zone and in the visitor's
//! time, open now or next, and the coverage chart above them.

use super::frame::Frame;
use super::node::{el, Element};
use super::tables::row_table;
use super::words::{wall_time, weekly_hours};
use crate::engine::Interval;
use crate::i18n::fill;

pub(super) fn hours(frame: &Frame) -> Element {
    let selection = frame.selection;
    let lang = selection.lang;
    let m = lang.messages();
    let code = lang.code();
    let face = frame.clockface;
    let visitor = frame.visitor_zone;
    // Each region's schedule, as the coverage chart read it.
    let regions = frame.catalog.regions().iter();
    let rows = regions
        .zip(frame.answer.coverage.iter())
        .map(|(region, covered)| {
            let (zone, schedule) = (covered.zone, &covered.schedule);
            let weekly = match region.week().as_weekdays() {
                Some(window) => fill(
                    m.hours_weekly,
                    &[
                        ("opens", &wall_time(lang, window.opens())),
                        ("closes", &wall_time(lang, window.closes())),
                        ("zone", &face.zone_name(zone.name())),
                    ],
                ),
                None => format!(
                    "{} ({})",
                    weekly_hours(lang, region.week()),
                    face.zone_name(zone.name())
                ),
            };
            let (yours, now) = match schedule.current_or_next_interval(frame.answer.now) {
                Some(Interval {
                    start: opens,
                    end: closes,
                }) => {
                    let yours = fill(
                        m.hours_window,
                        &[
                            ("day", &face.day(opens, visitor)),
                            ("opens", &face.time(opens, visitor)),
                            ("closes", &face.time(closes, visitor)),
                        ],
                    );
                    let now = if opens <= frame.answer.now {
                        (
                            "open",
                            fill(m.open_now, &[("time", &face.time(closes, visitor))]),
                        )
                    } else {
                        // Closed today for a holiday: say which (rules §2.4).
                        let today = schedule.local_date(frame.answer.now);
                        let holiday = schedule
                            .is_holiday(today)
                            .then(|| frame.catalog.holiday_on(region, Some(zone), today))
                            .flatten();
                        let when = face.weekday_time(opens, visitor);
                        match holiday {
                            Some((name, _)) => (
                                "closed holiday",
                                fill(
                                    m.closed_holiday,
                                    &[("name", name.get(code)), ("when", &when)],
                                ),
                            ),
                            None => ("closed", fill(m.closed_now, &[("when", &when)])),
                        }
                    };
                    (yours, now)
                }
                None => (String::new(), ("closed", String::new())),
            };
            el("tr")
                .attr("data-region", region.id())
                .attr_if(region.id() == selection.region, "class", "selected")
                .child(el("th").attr("scope", "row").text(region.name().get(code)))
                .child(el("td").text(weekly))
                .child(el("td").text(yours))
                .child(el("td").class(now.0).text(now.1))
        });
    let yours_header = fill(m.hours_yours_header, &[("zone", &face.zone_name(visitor))]);
    let headers = [
        m.hours_region_header,
        m.hours_local_header,
        &yours_header,
        m.hours_now_header,
    ];
    el("div")
        .class("hours-block")
        .child(super::coverage(frame))
        .child(row_table("hours", m.hours_caption, &headers, rows))
        .children(frame.catalog.regions().iter().flat_map(|region| {
            region.notes().iter().map(move |note| {
                el("p").class("note").text(format!(
                    "{}{}{}",
                    region.name().get(code),
                    m.label_separator,
                    note.get(code)
                ))
            })
        }))
        .child(el("p").class("note").text(m.billing_note))
}
