//! The whole widget as an element tree: the panels (one module each) in
//! order, then the data sheet's two tables and the regional hours.

use super::by_tier::by_tier;
use super::controls::controls;
use super::deadline::{calendar_notices, deadline_panel};
use super::filing::filing;
use super::frame::Frame;
use super::hours::hours;
use super::node::{el, Element, Node};
use super::tables::{comparison, scrolling, targets};
use crate::i18n::{Lang, ENGLISH_FOLLOWS};
use crate::model::Selection;

/// The widget.
pub fn widget(frame: &Frame) -> Node {
    let selection = frame.selection;
    let lang = selection.lang;
    let m = lang.messages();
    let deadline = &frame.answer.deadline;
    let (holiday_notices, unconfirmed) = calendar_notices(frame);
    // A brief first view (`Frame::brief`) ends with the comparison: the
    // services, the targets, the coverage chart and the regional hours
    // follow once it is painted.
    let widget = base(lang, frame.stylesheet)
        .child(
            el("section")
                .class("calculator")
                .attr("aria-labelledby", "sla-heading")
                .child(
                    el("h2")
                        .attr("id", "sla-heading")
                        .text(selection.label.as_deref().unwrap_or(m.calculator_heading)),
                )
                .children(words_fallback(selection))
                .children(notices(frame.notices))
                .child(controls(frame))
                .child(deadline_panel(frame, deadline, unconfirmed))
                .children(holiday_notices)
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
        ));
    if frame.brief {
        return widget.into();
    }
    widget
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

/// A catalog that could not be loaded: the message, in the widget, never a
/// blank box; and below it the page's own content, the element's fallback
/// (rules §5.1).
pub fn catalog_error(lang: Lang, problems: &[String], stylesheet: Option<&str>) -> Node {
    let m = lang.messages();
    base(lang, stylesheet)
        .child(
            el("div")
                .attr("part", "error")
                .class("error")
                .attr("role", "alert")
                .child(el("p").child(el("strong").text(m.catalog_error_heading)))
                // The problems are the author's to fix: each one's path and
                // kind in the widget's language, as the catalog reader words
                // them, then the problem in English (what the CLI prints),
                // marked so for screen readers; the element's own (a failed
                // download) in English alone.
                .child(el("ul").children(problems.iter().map(|problem| {
                    let (shown, english) =
                        problem.split_once(ENGLISH_FOLLOWS).unwrap_or(("", problem));
                    el("li")
                        .text(shown)
                        .children((!shown.is_empty()).then(|| el("br")))
                        .child(el("span").attr("lang", "en").text(english))
                }))),
        )
        .child(el("slot"))
        .into()
}

/// No words of the reader's language nor English could be loaded: a
/// sentence saying so in the reader's language (built in for fr, en and ja;
/// in English for the others), then the page's
/// own content, the element's fallback (rules §5.1).
pub fn unavailable(lang: Lang, stylesheet: Option<&str>) -> Node {
    let words = lang.failure_words();
    // English's sentences are the only ones without a "shown in English":
    // a language whose sentences are not built in reads English's, as English.
    let written_in = if words.shown_in_english.is_empty() {
        Lang::En
    } else {
        lang
    };
    base(written_in, stylesheet)
        .child(
            el("p")
                .attr("part", "notice")
                .class("notice")
                .attr("role", "note")
                .text(words.unavailable),
        )
        .child(el("slot"))
        .into()
}

/// The widget's outer box in `lang`, with its stylesheet.
fn base(lang: Lang, stylesheet: Option<&str>) -> Element {
    el("div")
        .attr("part", "base")
        .class("base")
        .attr("lang", lang.code())
        .children(stylesheet.map(|href| el("link").attr("rel", "stylesheet").attr("href", href)))
}

/// Says, in the reader's language, that the widget is shown in English
/// because the words of that language could not be loaded (in French and
/// Japanese: the other languages' sentences are not built in).
fn words_fallback(selection: &Selection) -> Option<Element> {
    let wanted = selection.wanted_lang;
    let sentence = wanted.failure_words().shown_in_english;
    // (A language whose sentences are not built in has none: English's is empty.)
    (wanted != selection.lang && !sentence.is_empty()).then(|| {
        el("p")
            .attr("part", "notice")
            .class("notice")
            .attr("role", "note")
            .attr("lang", wanted.code())
            .text(sentence)
    })
}

fn notices(notices: &[String]) -> Option<Element> {
    (!notices.is_empty()).then(|| {
        el("ul")
            .attr("part", "notice")
            .class("notice")
            .children(notices.iter().map(|n| el("li").text(n.as_str())))
    })
}
