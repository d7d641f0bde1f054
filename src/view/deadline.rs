//! The deadline panel: when the first response is due, in the visitor's and
//! the region's time, the countdown, how it was reached, the calendar notice,
//! and the links that take the answer away.

use super::frame::Frame;
use super::node::{el, Element};
use super::words::{fill_with, special_day, weekday_time, weekly_hours, windows_text};
use crate::catalog::Region;
use crate::engine::{Clock, Deadline};
use crate::i18n::{fill, Messages};
use crate::model::ZoneReason;
use crate::{ics, share, Error};
use chrono::{NaiveDate, Weekday};

/// The notices beside the deadline about holidays, and whether it may be
/// early. It may be when holidays it should skip are not known here — the
/// public holidays of a country whose file did not arrive, or the page's
/// extra holidays that could not be loaded (rules §2.4, §5.1) — for a clock
/// that skips holidays; the notices then say which. Otherwise, when the
/// answer reaches past the region's holiday calendar (the deadline itself,
/// or the seven days the filing panel and the coverage chart look at), a
/// notice gives that calendar's end: holidays after it are not known, so
/// nothing shown past it is silently wrong.
pub(super) fn calendar_notices(frame: &Frame) -> (Vec<Element>, bool) {
    let selection = frame.selection;
    let m = selection.lang.messages();
    let region = frame.catalog.region(&selection.region).ok();
    let notice = |line: String| {
        el("p")
            .attr("part", "notice")
            .class("notice calendar-end")
            .attr("role", "note")
            .text(line)
    };
    let mut notices = Vec::new();
    if let Some(country) = &frame.answer.public_holidays_unknown {
        notices.push(notice(fill(
            m.public_holidays_unknown,
            &[("country", country)],
        )));
    }
    let skips_holidays = match (&frame.answer.deadline, region) {
        (Ok(deadline), Some(region)) => region.clock_skips_holidays(deadline.target.clock()),
        _ => false,
    };
    if frame.extra_holidays_unavailable && skips_holidays {
        notices.push(notice(m.extra_holidays_unavailable.to_owned()));
    }
    let unconfirmed = !notices.is_empty();
    if let (false, Some(until), Some(region)) =
        (unconfirmed, frame.answer.holidays_known_until, region)
    {
        notices.push(notice(fill(
            m.holidays_unknown,
            &[
                ("region", region.name().get(selection.lang.code())),
                ("date", &frame.clockface.long_date(until)),
            ],
        )));
    }
    (notices, unconfirmed)
}

/// The deadline, marked when it may be early (`unconfirmed`: see
/// `calendar_notices`).
pub(super) fn deadline_panel(
    frame: &Frame,
    deadline: &Result<Deadline, Error>,
    unconfirmed: bool,
) -> Element {
    let class = if unconfirmed {
        "deadline unconfirmed"
    } else {
        "deadline"
    };
    let panel = el("div").attr("part", "deadline").class(class);
    let deadline = match deadline {
        Ok(deadline) => deadline,
        Err(err) => {
            return panel.child(
                el("p")
                    .attr("part", "error")
                    .class("error")
                    .attr("role", "alert")
                    // (The engine's words are English.)
                    .attr("lang", "en")
                    .text(err.to_string()),
            );
        }
    };
    let selection = frame.selection;
    let m = selection.lang.messages();
    let code = selection.lang.code();
    let face = frame.clockface;
    let Ok(region) = frame.catalog.region(&selection.region) else {
        return panel;
    };
    let region_name = region.name().get(code);
    let zone_name = deadline.zone.name();
    let due_iso = crate::timestamp::format_utc(deadline.due).unwrap_or_default();
    let time = el("time")
        .attr("datetime", due_iso)
        .text(face.date_time(deadline.due, frame.visitor_zone));
    let mut panel = panel
        .child(
            el("p")
                .class("due")
                .children(fill_with(m.due_by, "when", time, &[])),
        )
        .child(
            // The zone as people name it; its IANA id on hover.
            el("p")
                .class("your-time")
                .attr("title", frame.visitor_zone)
                .text(fill(
                    m.your_time,
                    &[("zone", &face.zone_name(frame.visitor_zone))],
                )),
        );
    if zone_name != frame.visitor_zone {
        panel = panel.child(
            el("p")
                .class("region-time")
                .attr("title", zone_name)
                .text(fill(
                    m.region_time,
                    &[
                        ("region", region_name),
                        ("when", &face.date_time(deadline.due, zone_name)),
                        ("zone", &face.zone_name(zone_name)),
                    ],
                )),
        );
    }
    if selection.submitted.is_none() {
        // The minutes between the clock times shown (the deadline's and the
        // visitor's clock's), so that the countdown changes only when the
        // minute does: due at 14:00:37, it reads "in 1 min" from 13:59:00
        // and "in less than a minute" from 14:00:00, as those clocks read.
        let now = frame.answer.now;
        let minutes = deadline.due.timestamp().div_euclid(60) - now.timestamp().div_euclid(60);
        let template = if deadline.due >= now {
            m.due_in
        } else {
            m.due_ago
        };
        panel = panel.child(
            el("p")
                .class("countdown")
                .attr("part", "countdown")
                .text(fill(template, &[("span", &m.span(minutes * 60))])),
        );
    }
    let explanation = explanation(frame, deadline, region);
    let take_away = take_away(frame, deadline, region);
    panel
        .child(
            el("div")
                .attr("part", "explanation")
                .class("explanation")
                .children(explanation),
        )
        .child(take_away)
        .children(
            frame
                .catalog
                .tier(&selection.tier)
                .ok()
                .into_iter()
                .flat_map(|t| t.notes())
                .chain(region.notes())
                .map(|note| el("p").class("note").text(note.get(code))),
        )
}

/// Links that take the answer away: this answer's address (selection and
/// submission in the fragment, see [`crate::share`]) and the deadline as a
/// calendar file. The file is made when the visitor asks for it
/// ([`calendar_url`]), not on every render: the link's `href` is a stand-in
/// the element replaces on click.
fn take_away(frame: &Frame, deadline: &Deadline, region: &Region) -> Element {
    let m = frame.selection.lang.messages();
    el("div")
        .attr("part", "take-away")
        .class("take-away")
        .attr("role", "group")
        .attr("aria-label", m.take_away_label)
        .child(
            el("a")
                .class("share")
                .attr("href", answer_link(frame, deadline, region))
                .text(m.share_link),
        )
        .child(
            el("a")
                .class("calendar")
                .attr("href", "#sla-calendar")
                .attr("download", "sla-deadline.ics")
                .text(m.add_to_calendar),
        )
}

/// This answer's address: the page with the selection, the submission and,
/// where another visitor could get another clock, the zone in its fragment.
fn answer_link(frame: &Frame, deadline: &Deadline, region: &Region) -> String {
    let selection = frame.selection;
    let submitted = crate::timestamp::format_utc(deadline.submitted).unwrap_or_default();
    let mut values = vec![
        ("tier", selection.tier.as_str()),
        ("region", selection.region.as_str()),
        ("priority", selection.priority.as_str()),
        ("submitted", submitted.as_str()),
    ];
    // The zone the deadline was counted in, whenever another visitor could
    // get another one (regions read "in your local time"): same link, same answer.
    if selection.zone.is_some() || region.local_hours() {
        values.push(("zone", deadline.zone.name()));
    }
    format!(
        "{}#{}",
        frame.page_url,
        share::fragment(frame.element_id, &values)
    )
}

/// The deadline shown as a calendar file (RFC 5545) in a `data:` URL: an
/// event at the deadline, named after the case, with the explanation and
/// the answer's link. `None` when there is no deadline.
pub fn calendar_url(frame: &Frame) -> Option<String> {
    let deadline = frame.answer.deadline.as_ref().ok()?;
    let selection = frame.selection;
    let catalog = frame.catalog;
    let region = catalog.region(&selection.region).ok()?;
    let m = selection.lang.messages();
    let code = selection.lang.code();
    let tier = catalog.tier(&selection.tier).map(|t| t.name().get(code));
    let priority = catalog
        .priority_index(&selection.priority)
        .map(|i| catalog.priorities()[i].name().get(code));
    let summary = fill(
        m.calendar_summary,
        &[
            ("tier", tier.unwrap_or(&selection.tier)),
            ("priority", priority.unwrap_or(&selection.priority)),
            ("region", region.name().get(code)),
        ],
    );
    let description: Vec<String> = explanation(frame, deadline, region)
        .iter()
        .map(Element::text_content)
        .collect();
    let uid = format!(
        "{}-{}-{}-{}@sla-calculator",
        ics::basic_utc(deadline.due),
        selection.tier,
        selection.priority,
        selection.region
    );
    let link = answer_link(frame, deadline, region);
    let file = ics::calendar(&ics::CalendarEvent {
        uid: &uid,
        start: deadline.due,
        stamp: frame.answer.now,
        summary: &summary,
        description: &crate::join::join(&description, "\n"),
        url: Some(&link),
    });
    Some(share::data_url("text/calendar", &file))
}

fn explanation(frame: &Frame, deadline: &Deadline, region: &Region) -> Vec<Element> {
    let selection = frame.selection;
    let m: &Messages = selection.lang.messages();
    let code = selection.lang.code();
    let face = frame.clockface;
    let zone = deadline.zone.name();
    let zone_name = face.zone_name(zone);
    let region_name = region.name().get(code);
    let duration = m.duration(deadline.open_time.num_minutes());
    let target_duration = match deadline.target.clock() {
        Clock::BusinessDays => m.target_in_words(&deadline.target),
        _ => duration.clone(),
    };
    let start = face.weekday_time(deadline.clock_started, zone);
    let lang = selection.lang;
    let hours = match region.week().as_weekdays() {
        Some(window) => windows_text(lang, &[window]),
        None => weekly_hours(lang, region.week()),
    };
    // The 24x5 week's ends; a week of several stretches (none in a checked
    // catalog) reads as the default's.
    let (opens, closes) = region
        .around_the_clock()
        .stretch_ends()
        .unwrap_or(((Weekday::Mon, 0), (Weekday::Sat, 0)));
    let (opens, closes) = (weekday_time(lang, opens), weekday_time(lang, closes));
    let mut lines = Vec::new();
    let lead = match deadline.target.clock() {
        Clock::TwentyFourSeven => fill(m.explain_around_the_clock, &[("duration", &duration)]),
        Clock::TwentyFourFive if deadline.started_outside_hours() => fill(
            m.explain_weekdays_closed,
            &[
                ("duration", &duration),
                ("start", &start),
                ("closes", &closes),
                ("zone", &zone_name),
            ],
        ),
        Clock::TwentyFourFive => fill(
            m.explain_weekdays_open,
            &[
                ("duration", &duration),
                ("opens", &opens),
                ("closes", &closes),
                ("zone", &zone_name),
            ],
        ),
        _ if deadline.started_outside_hours() => fill(
            m.explain_business_closed,
            &[
                ("region", region_name),
                ("duration", &target_duration),
                ("start", &start),
            ],
        ),
        _ => fill(
            m.explain_business_open,
            &[
                ("region", region_name),
                ("duration", &target_duration),
                ("hours", &hours),
            ],
        ),
    };
    lines.push(el("p").text(lead));
    if deadline.target.clock() == Clock::BusinessDays {
        lines.push(el("p").text(fill(
            m.explain_business_day_length,
            &[
                ("days", &m.target_in_words(&deadline.target)),
                ("duration", &duration),
            ],
        )));
    }
    if deadline.target.clock() != Clock::TwentyFourSeven && deadline.counted.len() > 1 {
        let spans: Vec<String> = deadline
            .counted
            .iter()
            .map(|span| {
                // A stretch across midnight names both days.
                if face.day(span.from, zone) == face.day(span.to, zone) {
                    format!(
                        "{}–{}",
                        face.weekday_time(span.from, zone),
                        face.time(span.to, zone)
                    )
                } else {
                    format!(
                        "{} – {}",
                        face.weekday_time(span.from, zone),
                        face.weekday_time(span.to, zone)
                    )
                }
            })
            .collect();
        lines.push(el("p").text(fill(
            m.explain_counted,
            &[("spans", &crate::join::join(&spans, m.list_separator))],
        )));
    }
    // A holiday's day, with its name when known: "Tuesday 8 December (Immaculate Conception)".
    let holiday = |date: &NaiveDate| {
        let day = face.weekday_date(*date);
        match frame.catalog.holiday_on(region, Some(deadline.zone), *date) {
            Some((name, _)) => format!("{day} ({})", name.get(code)),
            None => day,
        }
    };
    if !deadline.holidays_skipped.is_empty() {
        let holidays: Vec<String> = deadline.holidays_skipped.iter().map(holiday).collect();
        lines.push(el("p").text(fill(
            m.explain_holidays,
            &[("holidays", &crate::join::join(&holidays, m.list_separator))],
        )));
    }
    if !deadline.special_days.is_empty() {
        let days: Vec<String> = deadline
            .special_days
            .iter()
            .filter_map(|date| {
                if let Some(special) = region.overrides().iter().find(|o| o.date() == *date) {
                    return Some(special_day(face, lang, special));
                }
                // A holiday with holiday hours.
                let hours = windows_text(lang, region.holiday_hours()?);
                Some(format!("{} {hours}", holiday(date)))
            })
            .collect();
        if !days.is_empty() {
            lines.push(el("p").text(fill(
                m.explain_special,
                &[("days", &crate::join::join(&days, m.list_separator))],
            )));
        }
    }
    if deadline.target.clock() != Clock::TwentyFourSeven {
        // Which clock was used, and why.
        let template = match frame.answer.zone.map(|choice| choice.reason) {
            Some(ZoneReason::Visitor) => m.zone_visitor,
            Some(ZoneReason::Outside) => m.zone_outside,
            _ => m.zone_chosen,
        };
        lines.push(el("p").class("zone-note").text(fill(
            template,
            &[
                ("region", region_name),
                ("zone", &zone_name),
                ("visitor", &face.zone_name(frame.visitor_zone)),
            ],
        )));
    }
    lines
}
