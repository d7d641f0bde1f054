//! When to file: the quickest and the slowest answers over the next seven days.

use super::frame::Frame;
use super::node::{el, Element};
use super::words::{day_time, fill_with};
use crate::engine::FilingStretch;
use crate::i18n::fill;

/// The best and worst times to file this case over the next seven days from
/// the submission, each as a stretch of submission times and its wait.
pub(super) fn filing(frame: &Frame) -> Option<Element> {
    let selection = frame.selection;
    let m = selection.lang.messages();
    let times = frame.answer.filing.as_ref()?;
    let face = frame.clockface;
    let zone = frame.visitor_zone;
    let line = |class: &'static str, template: &str, stretch: &FilingStretch| {
        let (first, last) = (stretch.first, stretch.last);
        let when = if first == last {
            day_time(face, first, zone)
        } else if face.local_date(first, zone) == face.local_date(last, zone) {
            format!("{}–{}", day_time(face, first, zone), face.time(last, zone))
        } else {
            format!(
                "{} – {}",
                day_time(face, first, zone),
                day_time(face, last, zone)
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
