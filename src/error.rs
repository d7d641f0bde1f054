//! The crate's one error type.
//!
//! Every message names what is wrong and, where it helps, what was expected, so
//! that a documentation author or a CLI user can act on it without reading code.

use std::fmt;

/// Everything that can go wrong in the core: a bad catalog, a bad request, or a
/// deadline the engine cannot place.
///
/// ```
/// use sla_calculator::Catalog;
///
/// let err = Catalog::from_json("{").unwrap_err();
/// assert!(err.is_catalog());
/// assert!(err.to_string().starts_with("catalog:"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: Kind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    /// The catalog document is malformed or inconsistent: one entry per problem,
    /// each starting with the JSON path it is about.
    Catalog(Vec<String>),
    /// A request names something unknown or malformed (tier, zone, timestamp…).
    Input(String),
    /// The engine cannot place the deadline (no open time, out of range).
    Engine(String),
}

impl Error {
    pub(crate) fn catalog(problems: Vec<String>) -> Error {
        Error {
            kind: Kind::Catalog(problems),
        }
    }

    pub(crate) fn input(message: impl Into<String>) -> Error {
        Error {
            kind: Kind::Input(message.into()),
        }
    }

    pub(crate) fn engine(message: impl Into<String>) -> Error {
        Error {
            kind: Kind::Engine(message.into()),
        }
    }

    /// The error is about the catalog document.
    pub fn is_catalog(&self) -> bool {
        matches!(self.kind, Kind::Catalog(_))
    }

    /// The error is about a request's values (unknown id, bad timestamp or zone).
    pub fn is_input(&self) -> bool {
        matches!(self.kind, Kind::Input(_))
    }

    /// The engine could not place a deadline (a schedule with no open time, or a
    /// deadline beyond the supported range).
    pub fn is_engine(&self) -> bool {
        matches!(self.kind, Kind::Engine(_))
    }

    /// Each problem on its own, for a catalog error (`path: problem`); the
    /// message alone otherwise.
    pub fn problems(&self) -> Vec<String> {
        match &self.kind {
            Kind::Catalog(problems) => problems.clone(),
            Kind::Input(message) | Kind::Engine(message) => vec![message.clone()],
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Catalog(problems) => match problems.as_slice() {
                [one] => write!(f, "catalog: {one}"),
                many => write!(
                    f,
                    "catalog: {} problems: {}",
                    many.len(),
                    crate::join::join(many, "; ")
                ),
            },
            Kind::Input(message) | Kind::Engine(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// A value quoted in a message: `"Europe/Madird"`. Quotes and backslashes are
/// escaped, and so are control characters and the invisible ones that could
/// hide or reorder part of a message (zero widths, bidirectional controls),
/// as `\u{…}`: a hostile value shows as what it is.
///
/// Messages quote with this rather than with `{:?}`, which the widget's build
/// turns off (`-Zfmt-debug=none`, see scripts/build.sh); a test
/// (`tests/source.rs`) keeps `{:?}` out of the crate's code.
pub(crate) struct Quoted<'a>(&'a str);

/// Quotes `text` for a message (see [`Quoted`]).
pub(crate) fn quoted(text: &str) -> Quoted<'_> {
    Quoted(text)
}

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        f.write_char('"')?;
        for c in self.0.chars() {
            match c {
                '"' | '\\' => {
                    f.write_char('\\')?;
                    f.write_char(c)?;
                }
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\t' => f.write_str("\\t")?,
                '\0' => f.write_str("\\0")?,
                c if c.is_control()
                    || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                        | '\u{2060}'..='\u{2069}' | '\u{feff}') =>
                {
                    write!(f, "\\u{{{:x}}}", u32::from(c))?
                }
                c => f.write_char(c)?,
            }
        }
        f.write_char('"')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_errors_join_their_problems() {
        let one = Error::catalog(vec!["tiers: must not be empty".into()]);
        assert_eq!(one.to_string(), "catalog: tiers: must not be empty");
        let two = Error::catalog(vec!["a: x".into(), "b: y".into()]);
        assert_eq!(two.to_string(), "catalog: 2 problems: a: x; b: y");
        assert_eq!(two.problems().len(), 2);
    }

    #[test]
    fn quoted_values_escape_what_could_forge_or_hide_text() {
        // As Rust's `{:?}` writes these (checked here against it), so messages
        // read the same as they did with `{:?}`.
        for plain in ["Europe/Madird", "", "東京", "a'b", "sun 17:00"] {
            assert_eq!(quoted(plain).to_string(), format!("{plain:?}"));
        }
        assert_eq!(quoted("a\"b\\c").to_string(), r#""a\"b\\c""#);
        assert_eq!(quoted("1\n2\t3\r").to_string(), r#""1\n2\t3\r""#);
        assert_eq!(quoted("\u{7}\0").to_string(), r#""\u{7}\0""#);
        // A right-to-left override would reverse the rest of the message; a
        // zero-width space would hide that two names differ.
        assert_eq!(quoted("ab\u{202e}cd").to_string(), r#""ab\u{202e}cd""#);
        assert_eq!(quoted("P\u{200b}1").to_string(), r#""P\u{200b}1""#);
    }

    #[test]
    fn the_error_stays_small() {
        assert!(std::mem::size_of::<Error>() <= 32);
    }
}
