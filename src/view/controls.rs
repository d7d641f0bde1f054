//! The form: tier, region, priority, the region's zone, and the submission time.

use super::frame::Frame;
use super::node::{el, Element};
use crate::i18n::fill;

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
