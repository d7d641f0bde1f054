//! A small, strict JSON reader and writer (RFC 8259).
//!
//! Written for this crate rather than taken from serde_json: it keeps object
//! keys in order and rejects duplicates, bounds nesting, keeps numbers as their
//! text (no floating point), reports `line:column`, and costs a fraction of the
//! WebAssembly size.

use std::fmt::Write;

mod parse;

pub use parse::{parse, ParseError};

/// The deepest nesting accepted; deeper documents are refused, not overflowed.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Numbers keep their source text; objects keep key order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written (`60`, `-2`, `1.5e3`).
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object, keys in document order (no duplicates).
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, for messages: "a string", "an object"…
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The value of `key`, for an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number as a whole number, if it is one that fits in an `i64`.
    pub fn as_integer(&self) -> Option<i64> {
        match self {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// Writes the value as compact JSON.
    ///
    /// ```
    /// use sla_calculator::json::{parse, Value};
    ///
    /// let value = parse(r#"{"a": [1, "x\"y", null, true]}"#)?;
    /// assert_eq!(value.to_json(), r#"{"a":[1,"x\"y",null,true]}"#);
    /// # Ok::<(), sla_calculator::json::ParseError>(())
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_string(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(n.to_string())
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_documents_round_trip() {
        for text in [
            "null",
            "true",
            "[]",
            "{}",
            "-0",
            "1.5e-3",
            r#""\u00e9\ud83d\ude00\n\"\\/""#,
            r#"{"b":1,"a":[{"c":null}]}"#,
        ] {
            let value = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(parse(&value.to_json()).unwrap(), value, "{text}");
        }
        assert_eq!(
            parse(r#""\u00e9\ud83d\ude00""#).unwrap(),
            Value::String("é😀".into())
        );
    }

    #[test]
    fn invalid_documents_say_what_and_where() {
        for (text, message, column) in [
            ("", "ends too early", 1),
            ("[1,]", "expected a value", 4),
            ("{\"a\" 1}", "expected ':'", 6),
            ("{'a': 1}", "expected a key", 2),
            ("[01]", "malformed number", 2),
            ("[1.]", "malformed number", 2),
            ("\"abc", "unterminated string", 5),
            ("\"a\tb\"", "control character", 3),
            ("\"\\x\"", "invalid escape", 3),
            ("\"\\ud800\"", "unpaired surrogate", 8),
            ("[1] [2]", "after the document", 5),
            ("{\"a\":1,\"a\":2}", "duplicate key \"a\"", 8),
            ("tru", "expected a value", 1),
            ("NaN", "expected a value", 1),
        ] {
            let err = parse(text).unwrap_err();
            assert!(err.message.contains(message), "{text}: {err}");
            assert_eq!((err.line, err.column), (1, column), "{text}: {err}");
        }
        let err = parse("{\n  \"a\": [\n    1,\n  }").unwrap_err();
        assert_eq!((err.line, err.column), (4, 3), "{err}");
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert!(parse(&deep)
            .unwrap_err()
            .message
            .contains("nested deeper than 64"));
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn integers_are_read_exactly() {
        assert_eq!(parse("60").unwrap().as_integer(), Some(60));
        assert_eq!(parse("-2").unwrap().as_integer(), Some(-2));
        assert_eq!(parse("1.5").unwrap().as_integer(), None);
        assert_eq!(parse("99999999999999999999").unwrap().as_integer(), None);
    }
}
