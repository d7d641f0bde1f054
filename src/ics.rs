//! Calendar files (RFC 5545): the deadline as one event, to take the answer away.
//!
//! Text from catalogs is escaped as RFC 5545 TEXT (`\\`, `\;`, `\,`, `\n`),
//! other control characters are dropped, and lines are folded at 75 octets
//! without splitting a UTF-8 character.

use chrono::{DateTime, Utc};

/// One event at an instant.
pub struct CalendarEvent<'a> {
    /// A globally unique id (the same answer gives the same id, so importing
    /// it twice updates rather than duplicates).
    pub uid: &'a str,
    /// When the event happens (the deadline).
    pub start: DateTime<Utc>,
    /// When this file was made.
    pub stamp: DateTime<Utc>,
    /// The event's title.
    pub summary: &'a str,
    /// Its longer text (lines separated by `\n`).
    pub description: &'a str,
    /// A link back to the answer, if any.
    pub url: Option<&'a str>,
}

/// The event as an iCalendar file (CRLF line ends, folded lines).
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use sla_calculator::ics::{calendar, CalendarEvent};
///
/// let file = calendar(&CalendarEvent {
///     uid: "20260330T090000Z-business-P2-emea@sla-calculator",
///     start: Utc.with_ymd_and_hms(2026, 3, 30, 9, 0, 0).unwrap(),
///     stamp: Utc.with_ymd_and_hms(2026, 3, 27, 16, 30, 0).unwrap(),
///     summary: "First response due; Business, P2",
///     description: "Two hours of EMEA business hours.",
///     url: None,
/// });
/// assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
/// assert!(file.contains("\r\nDTSTART:20260330T090000Z\r\n"));
/// assert!(file.contains("\r\nSUMMARY:First response due\\; Business\\, P2\r\n"));
/// assert!(file.ends_with("END:VCALENDAR\r\n"));
/// ```
pub fn calendar(event: &CalendarEvent) -> String {
    let mut out = String::new();
    let mut line = |name: &str, value: &str| fold_into(&mut out, name, value);
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//sla-calculator//Support deadline//EN");
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    line("BEGIN", "VEVENT");
    line("UID", &escape(event.uid));
    line("DTSTAMP", &basic_utc(event.stamp));
    line("DTSTART", &basic_utc(event.start));
    line("DTEND", &basic_utc(event.start));
    line("TRANSP", "TRANSPARENT");
    line("SUMMARY", &escape(event.summary));
    line("DESCRIPTION", &escape(event.description));
    if let Some(url) = event.url {
        // A URI value, not TEXT: no escaping, but no line breaks either.
        line("URL", &url.replace(|c: char| c.is_control(), ""));
    }
    line("END", "VEVENT");
    line("END", "VCALENDAR");
    out
}

/// `20260330T090000Z`: RFC 5545's UTC DATE-TIME form.
pub(crate) fn basic_utc(instant: DateTime<Utc>) -> String {
    use chrono::{Datelike, Timelike};
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        instant.year(),
        instant.month(),
        instant.day(),
        instant.hour(),
        instant.minute(),
        instant.second()
    )
}

/// RFC 5545 TEXT escaping; line breaks become `\n`, other controls are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `NAME:value` folded at 75 octets (continuation lines start with a
/// space), never inside a UTF-8 character, ending in CRLF.
fn fold_into(out: &mut String, name: &str, value: &str) {
    let mut width = name.len() + 1;
    out.push_str(name);
    out.push(':');
    for c in value.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        fold_into(&mut out, "DESCRIPTION", &"営業時間".repeat(20));
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolding (remove CRLF + space) gives the value back.
        let unfolded = out.trim_end().replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}", "営業時間".repeat(20)));
    }

    #[test]
    fn text_is_escaped_and_controls_are_dropped() {
        // ; , \ escaped; newline as \n; CR and BEL dropped; tab as a space.
        assert_eq!(escape("a;b,c\\d\ne\r\u{7}f\tg"), "a\\;b\\,c\\\\d\\nef g");
    }
}
