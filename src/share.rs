//! Shareable answers: the selection and submission time in a URL fragment,
//! and the `data:` URL of a downloadable file.
//!
//! The fragment is form-encoded, `sla=<element id>&tier=…&region=…&priority=…
//! &submitted=…[&zone=…]`: `sla` says which widget of the page it is for (its
//! `id`, empty for a widget without one); the other keys are the element's
//! attribute names, so opening the link sets those attributes and the usual
//! checks (with visible fallbacks) apply.

/// The attributes a shared link may set, in the order links write them.
pub const SHARED_ATTRIBUTES: [&str; 5] = ["tier", "region", "priority", "submitted", "zone"];

/// The fragment (without `#`) for a widget `id` and its attribute values.
///
/// ```
/// use sla_calculator::share::{fragment, read_fragment};
///
/// let shared = fragment("calculator", &[("tier", "business"), ("region", "emea"),
///     ("priority", "P2"), ("submitted", "2026-03-27T16:30:00Z")]);
/// assert_eq!(shared, "sla=calculator&tier=business&region=emea&priority=P2&submitted=2026-03-27T16%3A30%3A00Z");
/// let read = read_fragment(&format!("#{shared}"), "calculator").unwrap();
/// assert_eq!(read[3], ("submitted", "2026-03-27T16:30:00Z".to_owned()));
/// assert!(read_fragment(&format!("#{shared}"), "other-widget").is_none());
/// ```
pub fn fragment(id: &str, values: &[(&str, &str)]) -> String {
    let mut out = format!("sla={}", percent_encode(id));
    for (name, value) in values {
        out.push('&');
        out.push_str(name);
        out.push('=');
        out.push_str(&percent_encode(value));
    }
    out
}

/// The attributes a fragment (`#…` or without `#`) sets on the widget `id`,
/// or `None` if the fragment is not a shared answer for that widget. Unknown
/// keys are ignored; values are returned as written (the widget checks them).
pub fn read_fragment(fragment: &str, id: &str) -> Option<Vec<(&'static str, String)>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut target = None;
    let mut values = Vec::new();
    for pair in fragment.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value)?;
        if key == "sla" {
            target = Some(value);
        } else if let Some(name) = SHARED_ATTRIBUTES.iter().find(|name| **name == key) {
            values.push((*name, value));
        }
    }
    (target.as_deref() == Some(id)).then_some(values)
}

/// A `data:` URL holding `text` with the given media type (UTF-8).
///
/// ```
/// use sla_calculator::share::data_url;
///
/// assert_eq!(data_url("text/calendar", "A:b c\r\n"), "data:text/calendar;charset=utf-8,A%3Ab%20c%0D%0A");
/// ```
pub fn data_url(media_type: &str, text: &str) -> String {
    format!("data:{media_type};charset=utf-8,{}", percent_encode(text))
}

/// Percent-encodes every byte but RFC 3986's unreserved characters.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (as a space, as forms write it); `None` if
/// the result is not UTF-8 or an escape is malformed.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_survives_a_round_trip() {
        for text in ["", "a b+c", "100%", "東京", "<script>&amp;", "é#&=?/"] {
            assert_eq!(percent_decode(&percent_encode(text)).as_deref(), Some(text));
            let link = fragment(text, &[("tier", text)]);
            assert_eq!(
                read_fragment(&link, text),
                Some(vec![("tier", text.to_owned())])
            );
        }
    }

    #[test]
    fn malformed_or_foreign_fragments_are_ignored() {
        assert_eq!(read_fragment("#section-2", ""), None);
        assert_eq!(read_fragment("#sla=x&tier=%zz", "x"), None);
        assert_eq!(read_fragment("#sla=x&tier=%FF", "x"), None);
        assert_eq!(read_fragment("#sla=x&tier=%4", "x"), None);
        // Unknown keys are dropped; values are left for the widget to check.
        assert_eq!(
            read_fragment("#sla=&lang=xx&region=mars", ""),
            Some(vec![("region", "mars".to_owned())])
        );
    }
}
