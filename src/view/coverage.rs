//! Coverage across the week: when each region's business hours and 24x5
//! clock run over the visitor's next seven days, in the visitor's own time,
//! as an SVG chart built here (no charting library in the page), with a text
//! summary for screen readers. "Now" is marked; holidays are shaded.
//!
//! Horizontal positions are percentages of the week (so the chart stretches
//! to any width while its text keeps its size), computed from instants: days
//! that daylight saving makes 23 or 25 hours long are drawn so.

use chrono::{DateTime, Utc};

use super::frame::Frame;
use super::node::{el, Element};
use super::words::special_day;
use super::Clockface;
use crate::engine::Interval;
use crate::i18n::fill;
use crate::model::Week;

/// Vertical layout, in CSS pixels: the day labels, then one row per region
/// (label above its bar), then room for the "now" label.
const HEADER: i64 = 22;
const ROW: i64 = 34;
const BAR_OFFSET: i64 = 16;
const BAR: i64 = 14;
const FOOTER: i64 = 16;

/// Where `instant` falls in the week, in thousandths of a percent, to the
/// minute (so the "now" mark moves when the minute changes, not before).
fn position(week: &Week, instant: DateTime<Utc>) -> i64 {
    let total = week.span.length().num_minutes();
    let at = (instant - week.span.start).num_minutes().clamp(0, total);
    at * 100_000 / total
}

/// Thousandths of a percent as an SVG length: `12.345%`.
fn percent(thousandths: i64) -> String {
    format!("{}.{:03}%", thousandths / 1000, thousandths % 1000)
}

/// A span in the visitor's words: "Mon 09:00–17:00", "Fri 18:00 – Sat 02:00".
fn span_text(face: &dyn Clockface, week: &Week, span: Interval, zone: &str) -> String {
    let (from, to) = (span.start, span.end);
    if week.date_of(from) == week.date_of(to) {
        format!("{}–{}", face.weekday_time(from, zone), face.time(to, zone))
    } else {
        format!(
            "{} – {}",
            face.weekday_time(from, zone),
            face.weekday_time(to, zone)
        )
    }
}

/// One rectangle of a bar, with its words as a tooltip.
fn bar(week: &Week, span: Interval, top: i64, class: &'static str, title: String) -> Element {
    let (from, to) = (position(week, span.start), position(week, span.end));
    el("rect")
        .class(class)
        .attr("x", percent(from))
        .attr("y", top.to_string())
        .attr("width", percent(to - from))
        .attr("height", BAR.to_string())
        .child(el("title").text(title))
}

/// A line from the top of the chart down to `bottom`, at `x`.
fn vertical_line(x: &str, bottom: i64) -> Element {
    el("line")
        .attr("x1", x)
        .attr("x2", x)
        .attr("y1", "0")
        .attr("y2", bottom.to_string())
}

/// A row's label and the empty track its bars sit on.
fn row(index: i64, label: String, selected: bool) -> (Element, i64) {
    let top = HEADER + index * ROW;
    let group = el("g")
        .class(if selected { "row selected" } else { "row" })
        .child(
            el("text")
                .class("label")
                .attr("x", "0")
                .attr("y", (top + 12).to_string())
                .text(label),
        )
        .child(
            el("rect")
                .class("track")
                .attr("x", "0")
                .attr("y", (top + BAR_OFFSET).to_string())
                .attr("width", "100%")
                .attr("height", BAR.to_string()),
        );
    (group, top + BAR_OFFSET)
}

/// The coverage figure: caption, chart, legend and the same in words.
pub fn coverage(frame: &Frame) -> Element {
    let selection = frame.selection;
    let lang = selection.lang;
    let m = lang.messages();
    let code = selection.lang.code();
    let face = frame.clockface;
    let visitor = frame.visitor_zone;
    let week = &frame.answer.week;
    let regions = frame.catalog.regions();
    let height = HEADER + ROW * (regions.len() as i64 + 1) + FOOTER;
    let mut chart = el("svg")
        .class("chart")
        .attr("width", "100%")
        .attr("height", height.to_string())
        .attr("aria-hidden", "true")
        .attr("focusable", "false");
    for (date, midnight) in &week.days[..week.days.len() - 1] {
        let x = percent(position(week, *midnight));
        chart = chart
            .child(vertical_line(&x, height - FOOTER).class("day"))
            .child(
                el("text")
                    .class("day-label")
                    .attr("x", x)
                    .attr("dx", "4")
                    .attr("y", "14")
                    .text(face.weekday_date(*date)),
            );
    }
    let mut summary = Vec::new();
    let mut any_special = false;
    for (index, (region, covered)) in regions.iter().zip(frame.answer.coverage.iter()).enumerate() {
        let zone = covered.zone;
        let name = region.name().get(code);
        let zone_name = face.zone_name(zone.name());
        let (mut group, top) = row(
            index as i64,
            format!("{name} · {zone_name}"),
            region.id() == selection.region,
        );
        // Each span in words once, for its tooltip and for the summary. The
        // 24x5 band is drawn first, under the business hours.
        let mut words = [String::new(), String::new()];
        for (index, (spans, class, label)) in [
            (&covered.twenty_four_five, "weekdays", m.clock_weekdays),
            (&covered.business, "business", m.clock_business_hours),
        ]
        .into_iter()
        .enumerate()
        {
            let texts: Vec<String> = spans
                .iter()
                .map(|span| span_text(face, week, *span, visitor))
                .collect();
            for (span, text) in spans.iter().zip(&texts) {
                let title = format!("{name}{}{label} {text}", m.label_separator);
                group = group.child(bar(week, *span, top, class, title));
            }
            words[index] = if texts.is_empty() {
                m.coverage_none.to_owned()
            } else {
                crate::join::join(&texts, m.list_separator)
            };
        }
        let mut line = fill(
            m.coverage_row,
            &[
                ("region", &format!("{name} ({zone_name})")),
                ("hours", &words[1]),
                ("weekdays", &words[0]),
            ],
        );
        let mut holidays = Vec::new();
        for (date, name, span) in &covered.holidays {
            let title = format!("{} ({})", face.weekday_date(*date), name.get(code));
            let span = *span;
            group = group.child(bar(week, span, top, "holiday", title.clone()));
            holidays.push(title);
        }
        if !holidays.is_empty() {
            line.push(' ');
            line.push_str(&fill(
                m.coverage_holidays,
                &[("holidays", &crate::join::join(&holidays, m.list_separator))],
            ));
        }
        let mut specials = Vec::new();
        for &(special_index, span) in &covered.specials {
            let special = &region.overrides()[special_index];
            let title = special_day(face, lang, special);
            group = group.child(bar(week, span, top, "special", title.clone()));
            specials.push(title);
        }
        if !specials.is_empty() {
            any_special = true;
            line.push(' ');
            line.push_str(&fill(
                m.coverage_specials,
                &[("days", &crate::join::join(&specials, m.list_separator))],
            ));
        }
        summary.push(el("li").text(line));
        chart = chart.child(group);
    }
    let (mut group, top) = row(
        regions.len() as i64,
        format!("{} · {}", m.coverage_every_region, m.clock_around_the_clock),
        false,
    );
    group = group.child(bar(
        week,
        week.span,
        top,
        "around",
        m.coverage_around_the_clock.to_owned(),
    ));
    summary.push(el("li").text(m.coverage_around_the_clock));
    let now = percent(position(week, frame.answer.now));
    chart = chart.child(group).child(
        el("g")
            .class("now")
            .child(vertical_line(&now, height - FOOTER))
            .child(
                el("text")
                    .attr("x", now)
                    .attr("dx", "3")
                    .attr("y", (height - 4).to_string())
                    .text(m.coverage_now),
            ),
    );
    let mut legend = vec![
        ("business", m.clock_business_hours),
        ("weekdays", m.clock_weekdays),
        ("around", m.clock_around_the_clock),
        ("holiday", m.coverage_holiday),
        ("now", m.coverage_now),
    ];
    if any_special {
        legend.insert(4, ("special", m.coverage_special));
    }
    el("figure")
        .attr("part", "coverage")
        .class("coverage")
        .child(el("figcaption").text(fill(
            m.coverage_caption,
            &[("zone", &face.zone_name(visitor))],
        )))
        .child(el("div").class("chart-scroll").child(chart))
        .child(
            el("ul")
                .class("legend")
                .attr("aria-hidden", "true")
                .children(legend.into_iter().map(|(class, label)| {
                    el("li")
                        .child(el("span").class(format!("swatch {class}")))
                        .text(label)
                })),
        )
        .child(el("ul").class("visually-hidden").children(summary))
}
