//! Small text helpers the panels share: short day-and-time, wall times in
//! the language's style, and templates with an element in place of a
//! placeholder.

use chrono::{DateTime, Utc, Weekday};

use super::node::{text, Element, Node};
use super::Clockface;
use crate::catalog::Override;
use crate::engine::{DailyWindow, Week};
use crate::i18n::{fill, Lang};

/// A short day and time in `zone`: "Mon 30 Mar 11:00".
pub(super) fn day_time(face: &dyn Clockface, instant: DateTime<Utc>, zone: &str) -> String {
    format!("{} {}", face.day(instant, zone), face.time(instant, zone))
}

/// Splits a template around `{name}` and puts `node` in its place.
pub(super) fn fill_with(
    template: &str,
    name: &str,
    node: Element,
    values: &[(&str, &str)],
) -> Vec<Node> {
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
pub(super) fn split_at_placeholder<'t>(
    template: &'t str,
    name: &str,
) -> Option<(&'t str, &'t str)> {
    template.match_indices('{').find_map(|(at, _)| {
        let (before, from) = template.split_at_checked(at)?;
        let after = from
            .strip_prefix('{')?
            .strip_prefix(name)?
            .strip_prefix('}')?;
        Some((before, after))
    })
}

/// A wall-clock time of day in the language's style (the data sheet (docs/rules.md) writes `9 h 00`).
pub(super) fn wall_time(lang: Lang, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match lang {
        Lang::Fr => format!("{h} h {m:02}"),
        Lang::Ja => format!("{h}:{m:02}"),
        // As `Intl` writes the widget's other times (`hour: "2-digit"`).
        _ => format!("{h:02}:{m:02}"),
    }
}

/// A day's windows: "09:00–12:00, 13:00–17:30", or "closed".
pub(super) fn windows_text(lang: Lang, windows: &[DailyWindow]) -> String {
    if windows.is_empty() {
        return lang.messages().closed_day.to_owned();
    }
    let texts: Vec<String> = windows
        .iter()
        .map(|w| {
            format!(
                "{}–{}",
                wall_time(lang, w.opens()),
                wall_time(lang, w.closes())
            )
        })
        .collect();
    crate::join::join(&texts, ", ")
}

/// A week's hours, days that follow each other with the same hours grouped:
/// "Mon–Fri 09:00–12:00, 13:00–17:30; Sat 10:00–14:00". Closed days are left out.
pub(super) fn weekly_hours(lang: Lang, week: &Week) -> String {
    let short = lang.messages().weekdays_short;
    let days = week.days();
    let mut groups = Vec::new();
    let mut first = 0;
    while first < 7 {
        let mut last = first;
        while last + 1 < 7 && days[last + 1] == days[first] {
            last += 1;
        }
        if !days[first].is_empty() {
            let names = if first == last {
                short[first].to_owned()
            } else {
                format!("{}–{}", short[first], short[last])
            };
            groups.push(format!("{names} {}", windows_text(lang, &days[first])));
        }
        first = last + 1;
    }
    crate::join::join(&groups, "; ")
}

/// A day of special hours in words: "Thu 2026-12-24 (Christmas Eve) 09:00–12:00",
/// "Fri 2026-12-25 (Christmas Day) closed".
pub(super) fn special_day(face: &dyn Clockface, lang: Lang, special: &Override) -> String {
    let day = face.weekday_date(special.date());
    let day = match special.name() {
        Some(name) => format!("{day} ({})", name.get(lang.code())),
        None => day,
    };
    format!("{day} {}", windows_text(lang, special.windows()))
}

/// A weekday and a wall time: "Sunday 17:00".
pub(super) fn weekday_time(lang: Lang, (day, minutes): (Weekday, u32)) -> String {
    let name = lang.messages().weekdays[day.num_days_from_monday() as usize];
    format!("{name} {}", wall_time(lang, minutes))
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
