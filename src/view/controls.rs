//! The form: tier, region, priority, the region's zone, and the submission time.

use chrono::{DateTime, Timelike, Utc};

use super::frame::Frame;
use super::node::{el, Element};
use super::words::wall_time;
use crate::i18n::{fill, Lang};

fn select(name: &'static str, label: &str, value: &str, options: Vec<Element>) -> Element {
    el("label")
        .class("control")
        .child(el("span").text(label))
        .child(
            el("select")
                .attr("name", name)
                .attr("value", value)
                .children(options),
        )
}

fn option(id: &str, name: &str, value: &str) -> Element {
    el("option")
        .attr_if(id == value, "selected", "")
        .attr("value", id)
        .text(name)
}

/// A zone's city as people write it: `Buenos Aires` for
/// `America/Argentina/Buenos_Aires`.
fn city(zone: &str) -> String {
    let start = zone
        .bytes()
        .rposition(|b| b == b'/')
        .map_or(0, |slash| slash + 1);
    // (`replacen` rather than `replace`: the widget already has it; no city
    // has more than three underscores.)
    zone[start..].replacen('_', " ", 3)
}

/// The region's zones under their countries (`<optgroup>`s named in the
/// widget's language, alphabetically), each by its city and the time there
/// now, in the language's style (`Buenos Aires (11:30)`): typing a city's
/// first letters finds it. Within a country, zones keep tzdata's order (by
/// id); zones of no country (one an author chose) come last, by their IANA id.
fn zone_options(
    face: &dyn super::Clockface,
    (lang, now): (Lang, DateTime<Utc>),
    zones: &[(&str, Option<&str>)],
    value: &str,
) -> Vec<Element> {
    // The zone's city and its wall clock now (read in the bundled tables,
    // as every deadline is).
    let label = |zone: &str| match crate::zones::find(zone) {
        Some(found) => {
            let local = now.with_timezone(&found);
            let minutes = local.hour() * 60 + local.minute();
            format!("{} ({})", city(zone), wall_time(lang, minutes))
        }
        None => city(zone),
    };
    // The countries' codes run together: `INLK`.
    let mut codes = String::new();
    for &(_, country) in zones {
        match country {
            Some(code) if !codes.as_bytes().chunks(2).any(|c| c == code.as_bytes()) => {
                codes.push_str(code)
            }
            _ => {}
        }
    }
    let mut options = Vec::new();
    for line in face.countries(&codes).split('\n') {
        let (Some(code), Some(country)) = (line.get(..2), line.get(2..)) else {
            continue;
        };
        let mut group = el("optgroup").attr("label", country);
        for &(zone, of) in zones {
            if of == Some(code) {
                group = group.child(option(zone, &label(zone), value));
            }
        }
        options.push(group);
    }
    for &(zone, country) in zones {
        if country.is_none() {
            options.push(option(zone, zone, value));
        }
    }
    options
}

pub(super) fn controls(frame: &Frame) -> Element {
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
        .map(|t| option(t.id(), t.name().get(code), &selection.tier))
        .collect();
    let regions = catalog
        .regions()
        .iter()
        .map(|r| option(r.id(), r.name().get(code), &selection.region))
        .collect();
    let priorities = catalog
        .priorities()
        .iter()
        .map(|p| option(p.id(), p.name().get(code), &selection.priority))
        .collect();
    let region = catalog.region(&selection.region).ok();
    let zone_control = region
        .filter(|r| r.local_hours() || selection.zone.is_some())
        .map(|r| {
            let default_zone = r.zone_for_visitor(frame.visitor_zone).name();
            let value = selection.zone.map_or("", |z| z.name());
            let default = format!(
                "{} ({})",
                m.zone_default_option,
                frame.clockface.zone_name(default_zone)
            );
            let mut options = vec![option("", &default, value)];
            // Local hours: every zone of the region's countries (tzdata's
            // zone.tab names, not links), and the one chosen if it is not;
            // in a brief view, the one chosen alone (see `Frame::brief`).
            let mut zones: Vec<(&str, Option<&str>)> = r
                .zones()
                .filter(|_| !frame.brief)
                .map(|(zone, country)| (zone, Some(country)))
                .collect();
            if let Some(zone) = selection
                .zone
                .filter(|z| zones.iter().all(|&(id, _)| id != z.name()))
            {
                zones.push((zone.name(), zone.country()));
            }
            options.extend(zone_options(
                frame.clockface,
                (selection.lang, frame.answer.now),
                &zones,
                value,
            ));
            select(
                "zone",
                &fill(m.zone_label, &[("region", r.name().get(code))]),
                value,
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
                                frame.clockface.input_value(submitted, frame.visitor_zone),
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
