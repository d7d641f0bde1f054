//! The whole widget as an element tree: controls, the deadline and its
//! explanation, the two seed tables, and the regional hours.

use chrono::{DateTime, Utc};

use super::node::{el, text, Element, Node};
use super::tables::{comparison, row_table, scrolling, targets};
use super::Clockface;
use crate::catalog::Region;
use crate::engine::{Clock, Deadline, FilingStretch, Interval};
use crate::i18n::{fill, Lang, Messages};
use crate::model::{zone_choice, Answer, Selection, ZoneReason};
use crate::{ics, share, Catalog, Error};

/// Everything one rendering needs.
pub struct Frame<'a> {
    /// The catalog.
    pub catalog: &'a Catalog,
    /// What is selected.
    pub selection: &'a Selection,
    /// Everything shown for the selection, computed once.
    pub answer: &'a Answer,
    /// Fallback notices from the attributes.
    pub notices: &'a [String],
    /// The visitor's IANA zone.
    pub visitor_zone: &'a str,
    /// Date and time formatting in the selection's language.
    pub clock: &'a dyn Clockface,
    /// Text for the polite live region (empty when nothing is to be announced).
    pub announcement: &'a str,
    /// The stylesheet's URL, linked inside the shadow root.
    pub stylesheet: Option<&'a str>,
    /// The page's address without its fragment: shared links start with it
    /// (empty: links are fragment-only).
    pub page_url: &'a str,
    /// The element's `id`, naming it in shared links (may be empty).
    pub element_id: &'a str,
}

/// A short day and time in `zone`: "Mon 30 Mar 11:00".
fn day_time(clock: &dyn Clockface, instant: DateTime<Utc>, zone: &str) -> String {
    format!("{} {}", clock.day(instant, zone), clock.time(instant, zone))
}

/// The widget.
pub fn widget(frame: &Frame) -> Node {
    let selection = frame.selection;
    let lang = selection.lang;
    let m = lang.messages();
    let deadline = &frame.answer.deadline;
    el("div")
        .attr("part", "base")
        .class("base")
        .attr("lang", lang.code())
        .children(
            frame
                .stylesheet
                .map(|href| el("link").attr("rel", "stylesheet").attr("href", href)),
        )
        .child(
            el("section")
                .class("calculator")
                .attr("aria-labelledby", "sla-heading")
                .child(
                    el("h2")
                        .attr("id", "sla-heading")
                        .text(m.calculator_heading),
                )
                .children(notices(frame.notices))
                .child(controls(frame))
                .child(deadline_panel(frame, deadline))
                .children(calendar_notice(frame))
                .children(deadline.as_ref().ok().and_then(|d| by_tier(frame, d)))
                .children(filing(frame))
                .child(
                    el("p")
                        .attr("role", "status")
                        .attr("aria-live", "polite")
                        .class("visually-hidden")
                        .attr("part", "status")
                        .text(frame.announcement),
                ),
        )
        .child(scrolling(
            comparison(frame.catalog, &selection.tiers, lang, Some(&selection.tier)),
            m.comparison_caption,
            "comparison",
        ))
        .child(scrolling(
            targets(
                frame.catalog,
                &selection.tiers,
                lang,
                Some((&selection.tier, &selection.priority)),
            ),
            m.targets_caption,
            "targets",
        ))
        .child(hours(frame))
        .into()
}

/// A catalog that could not be loaded: the message, in the widget, never a blank box.
pub fn catalog_error(lang: Lang, problems: &[String], stylesheet: Option<&str>) -> Node {
    let m = lang.messages();
    el("div")
        .attr("part", "base")
        .class("base")
        .attr("lang", lang.code())
        .children(stylesheet.map(|href| el("link").attr("rel", "stylesheet").attr("href", href)))
        .child(
            el("div")
                .attr("part", "error")
                .class("error")
                .attr("role", "alert")
                .child(el("p").child(el("strong").text(m.catalog_error_heading)))
                .child(el("ul").children(problems.iter().map(|p| el("li").text(p.as_str())))),
        )
        .into()
}

fn notices(notices: &[String]) -> Option<Element> {
    (!notices.is_empty()).then(|| {
        el("ul")
            .attr("part", "notice")
            .class("notice")
            .children(notices.iter().map(|n| el("li").text(n.as_str())))
    })
}

fn select(name: &'static str, label: &str, value: &str, options: Vec<(String, String)>) -> Element {
    el("label")
        .class("control")
        .child(el("span").text(label))
        .child(
            el("select")
                .attr("name", name)
                .attr("value", value)
                .children(options.into_iter().map(|(id, name)| {
                    el("option")
                        .attr_if(id == value, "selected", "")
                        .attr("value", id)
                        .text(name)
                })),
        )
}

fn controls(frame: &Frame) -> Element {
    let catalog = frame.catalog;
    let selection = frame.selection;
    let code = selection.lang.code();
    let m = selection.lang.messages();
    let mut tier_ids: Vec<&str> = selection.tiers.iter().map(String::as_str).collect();
    if !tier_ids.contains(&selection.tier.as_str()) {
        tier_ids.push(&selection.tier);
    }
    let tiers = tier_ids
        .iter()
        .filter_map(|id| catalog.tier(id).ok())
        .map(|t| (t.id().to_owned(), t.name().get(code).to_owned()))
        .collect();
    let regions = catalog
        .regions()
        .iter()
        .map(|r| (r.id().to_owned(), r.name().get(code).to_owned()))
        .collect();
    let priorities = catalog
        .priorities()
        .iter()
        .map(|p| (p.id().to_owned(), p.name().get(code).to_owned()))
        .collect();
    let region = catalog.region(&selection.region).ok();
    let zone_control = region
        .filter(|r| r.local_hours() || selection.zone.is_some())
        .map(|r| {
            let default_zone = r.zone_for_visitor(frame.visitor_zone);
            let mut options = vec![(
                String::new(),
                format!("{} ({})", m.zone_default_option, default_zone.name()),
            )];
            // Local hours: every zone of the region's countries (tzdata's
            // zone.tab names, not links), in name order, so typing a letter
            // jumps to a continent and then a city.
            let mut names: Vec<&str> = r.zones().collect();
            if let Some(zone) = selection.zone.filter(|z| !names.contains(&z.name())) {
                names.push(zone.name());
                crate::sort::sort_by_key(&mut names, |&name| name);
            }
            options.extend(names.iter().map(|&z| (z.to_owned(), z.to_owned())));
            let value = selection
                .zone
                .map(|z| z.name().to_owned())
                .unwrap_or_default();
            select(
                "zone",
                &fill(m.zone_label, &[("region", r.name().get(code))]),
                &value,
                options,
            )
        });
    let submitted = selection.submitted.unwrap_or(frame.answer.now);
    el("form")
        .attr("part", "controls")
        .class("controls")
        .child(select("tier", m.tier_label, &selection.tier, tiers))
        .child(select("region", m.region_label, &selection.region, regions))
        .child(select(
            "priority",
            m.priority_label,
            &selection.priority,
            priorities,
        ))
        .children(zone_control)
        .child(
            el("div")
                .class("control submitted")
                .child(
                    el("label").child(el("span").text(m.submitted_label)).child(
                        el("input")
                            .attr("type", "datetime-local")
                            .attr("name", "submitted")
                            .attr("step", "60")
                            .attr(
                                "value",
                                frame.clock.input_value(submitted, frame.visitor_zone),
                            ),
                    ),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .attr("name", "now")
                        .attr(
                            "aria-pressed",
                            if selection.submitted.is_none() {
                                "true"
                            } else {
                                "false"
                            },
                        )
                        .text(m.now_button),
                ),
        )
}

/// Splits a template around `{name}` and puts `node` in its place.
fn fill_with(template: &str, name: &str, node: Element, values: &[(&str, &str)]) -> Vec<Node> {
    match split_at_placeholder(template, name) {
        Some((before, after)) => vec![
            text(fill(before, values)),
            node.into(),
            text(fill(after, values)),
        ],
        None => vec![text(fill(template, values))],
    }
}

/// The text before and after the first `{name}` in a template. (Looking for
/// the `{` rather than the whole placeholder keeps the widget free of the
/// substring searcher, ~1 KB gzipped.)
fn split_at_placeholder<'t>(template: &'t str, name: &str) -> Option<(&'t str, &'t str)> {
    template.match_indices('{').find_map(|(at, _)| {
        let (before, from) = template.split_at_checked(at)?;
        let after = from
            .strip_prefix('{')?
            .strip_prefix(name)?
            .strip_prefix('}')?;
        Some((before, after))
    })
}

/// Says so when the answer reaches past the region's holiday calendar: the
/// deadline itself, or the seven days the filing panel and the coverage chart
/// look at. Holidays after the calendar's last date are not known, so nothing
/// shown past it is silently wrong.
fn calendar_notice(frame: &Frame) -> Option<Element> {
    let selection = frame.selection;
    let until = frame.answer.holidays_known_until?;
    let region = frame.catalog.region(&selection.region).ok()?;
    let m = selection.lang.messages();
    Some(
        el("p")
            .attr("part", "notice")
            .class("notice calendar-end")
            .attr("role", "note")
            .text(fill(
                m.holidays_unknown,
                &[
                    ("region", region.name().get(selection.lang.code())),
                    ("date", &frame.clock.long_date(until)),
                ],
            )),
    )
}

fn deadline_panel(frame: &Frame, deadline: &Result<Deadline, Error>) -> Element {
    let panel = el("div").attr("part", "deadline").class("deadline");
    let deadline = match deadline {
        Ok(deadline) => deadline,
        Err(err) => {
            return panel.child(
                el("p")
                    .attr("part", "error")
                    .class("error")
                    .attr("role", "alert")
                    .text(err.to_string()),
            )
        }
    };
    let selection = frame.selection;
    let m = selection.lang.messages();
    let code = selection.lang.code();
    let clock = frame.clock;
    let Ok(region) = frame.catalog.region(&selection.region) else {
        return panel;
    };
    let region_name = region.name().get(code);
    let zone_name = deadline.zone.name();
    let due_iso = crate::timestamp::format_utc(deadline.due).unwrap_or_default();
    let time = el("time")
        .attr("datetime", due_iso)
        .text(clock.date_time(deadline.due, frame.visitor_zone));
    let mut panel = panel
        .child(
            el("p")
                .class("due")
                .children(fill_with(m.due_by, "when", time, &[])),
        )
        .child(
            el("p")
                .class("your-time")
                .text(fill(m.your_time, &[("zone", frame.visitor_zone)])),
        );
    if zone_name != frame.visitor_zone {
        panel = panel.child(el("p").class("region-time").text(fill(
            m.region_time,
            &[
                ("region", region_name),
                ("when", &clock.date_time(deadline.due, zone_name)),
                ("zone", zone_name),
            ],
        )));
    }
    if selection.submitted.is_none() {
        let seconds = (deadline.due - frame.answer.now).num_seconds();
        let template = if seconds >= 0 { m.due_in } else { m.due_ago };
        panel = panel.child(
            el("p")
                .class("countdown")
                .attr("part", "countdown")
                .text(fill(template, &[("span", &m.span(seconds))])),
        );
    }
    let explanation = explanation(frame, deadline, region);
    let take_away = take_away(frame, deadline, region, &explanation);
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
/// calendar file.
fn take_away(
    frame: &Frame,
    deadline: &Deadline,
    region: &Region,
    explanation: &[Element],
) -> Element {
    let selection = frame.selection;
    let m = selection.lang.messages();
    let code = selection.lang.code();
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
    let link = format!(
        "{}#{}",
        frame.page_url,
        share::fragment(frame.element_id, &values)
    );
    let catalog = frame.catalog;
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
    let description: Vec<String> = explanation.iter().map(Element::text_content).collect();
    let uid = format!(
        "{}-{}-{}-{}@sla-calculator",
        ics::basic_utc(deadline.due),
        selection.tier,
        selection.priority,
        selection.region
    );
    let file = ics::calendar(&ics::CalendarEvent {
        uid: &uid,
        start: deadline.due,
        stamp: frame.answer.now,
        summary: &summary,
        description: &description.join("\n"),
        url: Some(&link),
    });
    el("div")
        .attr("part", "take-away")
        .class("take-away")
        .attr("role", "group")
        .attr("aria-label", m.take_away_label)
        .child(el("a").class("share").attr("href", link).text(m.share_link))
        .child(
            el("a")
                .class("calendar")
                .attr("href", share::data_url("text/calendar", &file))
                .attr("download", "sla-deadline.ics")
                .text(m.add_to_calendar),
        )
}

/// Every shown tier's deadline for the same region, priority and submission,
/// beside the selected tier's: what an upgrade buys for this very case.
fn by_tier(frame: &Frame, selected: &Deadline) -> Option<Element> {
    let selection = frame.selection;
    if selection.tiers.len() < 2 {
        return None;
    }
    let m = selection.lang.messages();
    let code = selection.lang.code();
    let rows = frame.answer.by_tier.iter().filter_map(|other| {
        let id = &other.tier;
        let tier = frame.catalog.tier(id).ok()?;
        let due = other;
        let seconds = (due.due - selected.due).num_seconds();
        let difference = match seconds {
            0 if *id == selection.tier => m.same_time.to_owned(),
            0 => m.same_deadline.to_owned(),
            s if s < 0 => fill(m.earlier, &[("span", &m.span(s))]),
            s => fill(m.later, &[("span", &m.span(s))]),
        };
        let when = day_time(frame.clock, due.due, frame.visitor_zone);
        Some(
            el("tr")
                .attr("data-tier", id.as_str())
                .attr_if(*id == selection.tier, "class", "selected")
                .child(el("th").attr("scope", "row").text(tier.name().get(code)))
                .child(
                    el("td").child(
                        el("time")
                            .attr(
                                "datetime",
                                crate::timestamp::format_utc(due.due).unwrap_or_default(),
                            )
                            .text(when),
                    ),
                )
                .child(el("td").text(difference)),
        )
    });
    Some(row_table(
        "by-tier",
        m.by_tier_caption,
        &[m.tier_label, m.by_tier_due, m.by_tier_difference],
        rows,
    ))
}

/// The best and worst times to file this case over the next seven days from
/// the submission, each as a stretch of submission times and its wait.
fn filing(frame: &Frame) -> Option<Element> {
    let selection = frame.selection;
    let m = selection.lang.messages();
    let times = frame.answer.filing.as_ref()?;
    let clock = frame.clock;
    let zone = frame.visitor_zone;
    let line = |class: &'static str, template: &str, stretch: &FilingStretch| {
        let (first, last) = (stretch.first, stretch.last);
        let when = if first == last {
            day_time(clock, first, zone)
        } else if clock.local_date(first, zone) == clock.local_date(last, zone) {
            format!(
                "{}–{}",
                day_time(clock, first, zone),
                clock.time(last, zone)
            )
        } else {
            format!(
                "{} – {}",
                day_time(clock, first, zone),
                day_time(clock, last, zone)
            )
        };
        let time = el("time")
            .attr(
                "datetime",
                crate::timestamp::format_utc(first).unwrap_or_default(),
            )
            .text(when);
        let span = m.span(stretch.wait.num_seconds());
        el("p")
            .class(class)
            .children(fill_with(template, "when", time, &[("span", &span)]))
    };
    let panel = el("div")
        .attr("part", "filing")
        .class("filing")
        .child(el("h3").text(m.filing_heading));
    Some(if times.makes_no_difference() {
        panel.child(el("p").class("any-time").text(fill(
            m.filing_any_time,
            &[("span", &m.span(times.best.wait.num_seconds()))],
        )))
    } else {
        panel
            .child(line("best", m.filing_best, &times.best))
            .child(line("worst", m.filing_worst, &times.worst))
    })
}

fn explanation(frame: &Frame, deadline: &Deadline, region: &Region) -> Vec<Element> {
    let selection = frame.selection;
    let m: &Messages = selection.lang.messages();
    let code = selection.lang.code();
    let clock = frame.clock;
    let zone = deadline.zone.name();
    let region_name = region.name().get(code);
    let duration = m.duration(deadline.open_time.num_minutes());
    let target_duration = match deadline.target.clock() {
        Clock::BusinessDays => m.target_in_words(&deadline.target),
        _ => duration.clone(),
    };
    let start = clock.weekday_time(deadline.clock_started, zone);
    let window = region.window();
    let hours = format!(
        "{}–{}",
        wall_time(selection.lang, window.opens()),
        wall_time(selection.lang, window.closes())
    );
    let mut lines = Vec::new();
    let lead = match deadline.target.clock() {
        Clock::TwentyFourSeven => fill(m.explain_around_the_clock, &[("duration", &duration)]),
        Clock::TwentyFourFive if deadline.started_outside_hours() => fill(
            m.explain_weekdays_closed,
            &[("duration", &duration), ("start", &start), ("zone", zone)],
        ),
        Clock::TwentyFourFive => fill(
            m.explain_weekdays_open,
            &[("duration", &duration), ("zone", zone)],
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
                format!(
                    "{}–{}",
                    clock.weekday_time(span.from, zone),
                    clock.time(span.to, zone)
                )
            })
            .collect();
        lines.push(el("p").text(fill(
            m.explain_counted,
            &[("spans", &spans.join(m.list_separator))],
        )));
    }
    if !deadline.holidays_skipped.is_empty() {
        let holidays: Vec<String> = deadline
            .holidays_skipped
            .iter()
            .map(|date| {
                let name = region
                    .holidays()
                    .iter()
                    .find(|h| h.date() == *date)
                    .map(|h| h.name().get(code));
                match name {
                    Some(name) => format!("{} ({name})", clock.weekday_date(*date)),
                    None => clock.weekday_date(*date),
                }
            })
            .collect();
        lines.push(el("p").text(fill(
            m.explain_holidays,
            &[("holidays", &holidays.join(m.list_separator))],
        )));
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
                ("zone", zone),
                ("visitor", frame.visitor_zone),
            ],
        )));
    }
    lines
}

/// A wall-clock time of day in the language's style (the seed writes `9 h 00`).
fn wall_time(lang: Lang, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match lang {
        Lang::Fr => format!("{h} h {m:02}"),
        Lang::En => format!("{h:02}:{m:02}"),
        Lang::Ja => format!("{h}:{m:02}"),
    }
}

fn hours(frame: &Frame) -> Element {
    let selection = frame.selection;
    let lang = selection.lang;
    let m = lang.messages();
    let code = lang.code();
    let clock = frame.clock;
    let visitor = frame.visitor_zone;
    let rows = frame.catalog.regions().iter().map(|region| {
        let zone = zone_choice(region, selection.zone, visitor).zone;
        let schedule = frame.catalog.schedule(region, Some(zone), None);
        let window = region.window();
        let weekly = fill(
            m.hours_weekly,
            &[
                ("opens", &wall_time(lang, window.opens())),
                ("closes", &wall_time(lang, window.closes())),
                ("zone", zone.name()),
            ],
        );
        let (yours, now) = match schedule.current_or_next_interval(frame.answer.now) {
            Some(Interval {
                start: opens,
                end: closes,
            }) => {
                let yours = fill(
                    m.hours_window,
                    &[
                        ("day", &clock.day(opens, visitor)),
                        ("opens", &clock.time(opens, visitor)),
                        ("closes", &clock.time(closes, visitor)),
                    ],
                );
                let now = if opens <= frame.answer.now {
                    (
                        "open",
                        fill(m.open_now, &[("time", &clock.time(closes, visitor))]),
                    )
                } else {
                    (
                        "closed",
                        fill(
                            m.closed_now,
                            &[("when", &clock.weekday_time(opens, visitor))],
                        ),
                    )
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
    let yours_header = fill(m.hours_yours_header, &[("zone", visitor)]);
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

#[cfg(test)]
mod tests {
    use super::split_at_placeholder;

    #[test]
    fn a_template_splits_at_its_placeholder_only() {
        assert_eq!(
            split_at_placeholder("due {when} ({zone})", "when"),
            Some(("due ", " ({zone})"))
        );
        // `{whenever}` and a lone `{` are not `{when}`.
        assert_eq!(
            split_at_placeholder("{ {whenever} then {when}.", "when"),
            Some(("{ {whenever} then ", "."))
        );
        assert_eq!(split_at_placeholder("no placeholder", "when"), None);
        assert_eq!(
            split_at_placeholder("期限 {when}", "when"),
            Some(("期限 ", ""))
        );
    }
}
