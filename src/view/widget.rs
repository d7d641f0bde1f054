//! The whole widget as an element tree: the panels (one module each) in
//! order, then the data sheet's two tables and the regional hours.

use super::by_tier::by_tier;
use super::controls::controls;
use super::deadline::{calendar_notice, deadline_panel};
use super::filing::filing;
use super::frame::Frame;
use super::hours::hours;
use super::node::{el, Element, Node};
use super::tables::{comparison, scrolling, targets};
use crate::i18n::Lang;

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
                        .text(selection.label.as_deref().unwrap_or(m.calculator_heading)),
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
        .children(super::services::services(
            frame.catalog,
            &selection.tier,
            lang,
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
