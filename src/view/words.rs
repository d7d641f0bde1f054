//! Small text helpers the panels share: short day-and-time, wall times in
//! the language's style, and templates with an element in place of a
//! placeholder.

use chrono::{DateTime, Utc};

use super::node::{text, Element, Node};
use super::Clockface;
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
        Lang::En => format!("{h:02}:{m:02}"),
        Lang::Ja => format!("{h}:{m:02}"),
    }
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
