//! Every shown tier's deadline for the selected case.

use super::frame::Frame;
use super::node::{el, Element};
use super::tables::row_table;
use super::words::day_time;
use crate::engine::Deadline;
use crate::i18n::fill;

/// Every shown tier's deadline for the same region, priority and submission,
/// beside the selected tier's: what an upgrade buys for this very case.
pub(super) fn by_tier(frame: &Frame, selected: &Deadline) -> Option<Element> {
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
        let when = day_time(frame.clockface, due.due, frame.visitor_zone);
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
