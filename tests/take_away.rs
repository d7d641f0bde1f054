//! Taking the answer away: the shared link reopens the same answer, and the
//! calendar file is valid RFC 5545 holding the deadline.

use sla_calculator::share;
use sla_calculator::view::{Attributes, Element, Node, Selection, Surroundings};
use sla_calculator::Catalog;

use crate::support::{self, at, attrs, builtin};

/// The page `support::render` places the widget on.
const PAGE: &str = "https://docs.example/support";

fn render(catalog: &Catalog, pairs: &[(&str, &str)], visitor_zone: &str, now: &str) -> Node {
    support::render(catalog, attrs(pairs), visitor_zone, now)
}

/// The first element with `class` in document order.
fn find<'a>(node: &'a Node, class: &str) -> Option<&'a Element> {
    let Node::Element(element) = node else {
        return None;
    };
    if element.get_attr("class") == Some(class) {
        return Some(element);
    }
    element.children.iter().find_map(|child| find(child, class))
}

fn href(node: &Node, class: &str) -> String {
    find(node, class)
        .and_then(|a| a.get_attr("href"))
        .unwrap_or_else(|| panic!("no {class} link"))
        .to_owned()
}

/// The spec example: Business P2 in EMEA, submitted Friday 27 March 2026 17:30 Paris.
const SPEC_EXAMPLE: &[(&str, &str)] = &[
    ("lang", "en"),
    ("tier", "business"),
    ("region", "emea"),
    ("priority", "P2"),
    ("submitted", "2026-03-27T16:30:00Z"),
];

#[test]
fn the_share_link_reopens_the_same_answer_for_another_visitor() {
    let html = render(
        &builtin(),
        SPEC_EXAMPLE,
        "Europe/Paris",
        "2026-03-01T00:00:00Z",
    );
    let link = href(&html, "share");
    // EMEA reads hours in the visitor's local zone when it is one of the
    // region's, so the zone the answer used (Paris) travels with the link.
    assert_eq!(
        link,
        format!(
            "{PAGE}#sla=calculator&tier=business&region=emea&priority=P2\
             &submitted=2026-03-27T16%3A30%3A00Z&zone=Europe%2FParis"
        )
    );
    // A visitor in London opens it. Without the zone, London hours would count
    // Monday 09:00–11:00 BST = 08:00–10:00Z; with it, the same answer as in
    // Paris: Monday 09:00–11:00 CEST = 07:00–09:00Z.
    let fragment = link.split_once('#').unwrap().1;
    let shared = share::read_fragment(fragment, "calculator").unwrap();
    let mut attributes = Attributes::default();
    for (name, value) in &shared {
        attributes.set(name, Some(value.clone()));
    }
    let around = Surroundings {
        visitor_zone: "Europe/London".into(),
        ..Default::default()
    };
    let catalog = builtin();
    let (selection, notices) = Selection::resolve(&catalog, &attributes, &around);
    assert!(notices.is_empty(), "{notices:?}");
    let answer = sla_calculator::model::Answer::compute(
        &catalog,
        &selection,
        "Europe/London",
        at("2026-11-24T00:00:00Z"),
    );
    assert_eq!(answer.due_utc().as_deref(), Some("2026-03-30T09:00:00Z"));
    // Another widget on the page ignores the link.
    assert!(share::read_fragment(fragment, "pricing").is_none());
}

#[test]
fn the_link_for_a_region_with_one_zone_leaves_the_zone_out() {
    // Americas hours are Los Angeles hours for everyone: no zone in the link.
    let pairs = [
        ("tier", "online"),
        ("region", "americas"),
        ("priority", "P3"),
        ("submitted", "2026-03-27T16:30:00Z"),
    ];
    let link = href(
        &render(&builtin(), &pairs, "Asia/Tokyo", "2026-03-01T00:00:00Z"),
        "share",
    );
    assert!(
        link.ends_with("&region=americas&priority=P3&submitted=2026-03-27T16%3A30%3A00Z"),
        "{link}"
    );
}

/// Decodes the `data:` URL and splits the file into unfolded content lines,
/// checking RFC 5545's framing on the way: CRLF everywhere, lines of at most
/// 75 octets, continuation lines starting with one space.
fn calendar_lines(data_url: &str) -> Vec<String> {
    let encoded = data_url
        .strip_prefix("data:text/calendar;charset=utf-8,")
        .expect("a UTF-8 text/calendar data URL");
    let bytes = decode_percent(encoded);
    let file = String::from_utf8(bytes).unwrap();
    assert!(file.ends_with("\r\n"));
    let mut lines: Vec<String> = Vec::new();
    for raw in file.strip_suffix("\r\n").unwrap().split("\r\n") {
        assert!(
            !raw.contains('\n') && !raw.contains('\r'),
            "bare line break in {raw:?}"
        );
        assert!(raw.len() <= 75, "{} octets: {raw:?}", raw.len());
        match raw.strip_prefix(' ') {
            Some(continued) => lines.last_mut().expect("a first line").push_str(continued),
            None => lines.push(raw.to_owned()),
        }
    }
    lines
}

fn decode_percent(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// RFC 5545 TEXT unescaping.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("a lone backslash ends {value:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c:?} in {value:?}");
            out.push(c);
        }
    }
    out
}

fn property<'a>(lines: &'a [String], name: &str) -> &'a str {
    let prefix = format!("{name}:");
    let found: Vec<&String> = lines.iter().filter(|l| l.starts_with(&prefix)).collect();
    assert_eq!(found.len(), 1, "{name} appears {} times", found.len());
    &found[0][prefix.len()..]
}

#[test]
fn the_calendar_file_is_valid_rfc_5545_and_holds_the_deadline() {
    let html = render(
        &builtin(),
        SPEC_EXAMPLE,
        "Europe/Paris",
        "2026-03-01T12:34:56Z",
    );
    let calendar = find(&html, "calendar").unwrap();
    assert_eq!(calendar.get_attr("download"), Some("sla-deadline.ics"));
    // The file is made on request, not on every render.
    assert_eq!(calendar.get_attr("href"), Some("#sla-calendar"));
    let file = support::calendar(
        &builtin(),
        attrs(SPEC_EXAMPLE),
        "Europe/Paris",
        "2026-03-01T12:34:56Z",
    );
    let lines = calendar_lines(&file);
    // Structure: one VEVENT inside one VCALENDAR.
    let frame: Vec<&str> = lines
        .iter()
        .filter(|l| l.starts_with("BEGIN:") || l.starts_with("END:"))
        .map(String::as_str)
        .collect();
    assert_eq!(
        frame,
        [
            "BEGIN:VCALENDAR",
            "BEGIN:VEVENT",
            "END:VEVENT",
            "END:VCALENDAR"
        ]
    );
    assert_eq!(property(&lines, "VERSION"), "2.0");
    assert!(!property(&lines, "PRODID").is_empty());
    // The spec example's deadline, Monday 30 March 2026 09:00Z (11:00 Paris),
    // in RFC 5545's UTC form; DTSTAMP is when the file was made ("now").
    assert_eq!(property(&lines, "DTSTART"), "20260330T090000Z");
    assert_eq!(property(&lines, "DTEND"), "20260330T090000Z");
    assert_eq!(property(&lines, "DTSTAMP"), "20260301T123456Z");
    let uid = property(&lines, "UID");
    assert!(
        uid.contains("business") && uid.ends_with("@sla-calculator"),
        "{uid}"
    );
    let summary = unescape(property(&lines, "SUMMARY"));
    assert!(
        summary.starts_with("Support first response due — Business"),
        "{summary}"
    );
    assert!(
        summary.ends_with("Europe, Middle East and Africa"),
        "{summary}"
    );
    let description = unescape(property(&lines, "DESCRIPTION"));
    assert!(
        description.contains("counted from Mon 09:00"),
        "{description}"
    );
    assert!(
        description.contains('\n'),
        "one line per explanation paragraph"
    );
    assert_eq!(property(&lines, "URL"), href(&html, "share"));
}

#[test]
fn hostile_catalog_text_cannot_break_the_calendar_file() {
    let json = sla_calculator::catalog::BUILTIN_JSON.replace(
        "\"en\": \"Business Support\"",
        "\"en\": \"Busi;ness,\\r\\nEND:VEVENT\\nBEGIN:VALARM\\\\<script>\"",
    );
    assert_ne!(json, sla_calculator::catalog::BUILTIN_JSON);
    let catalog = Catalog::from_json(&json).unwrap();
    let file = support::calendar(
        &catalog,
        attrs(SPEC_EXAMPLE),
        "Europe/Paris",
        "2026-03-01T00:00:00Z",
    );
    let lines = calendar_lines(&file);
    // Still exactly one event: the injected END/BEGIN stayed inside the text.
    assert_eq!(lines.iter().filter(|l| l.starts_with("BEGIN:")).count(), 2);
    let summary = unescape(property(&lines, "SUMMARY"));
    assert!(
        summary.contains("Busi;ness,\nEND:VEVENT\nBEGIN:VALARM\\<script>"),
        "{summary:?}"
    );
}
