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
    /// each with the JSON path it is about.
    Catalog(Vec<Problem>),
    /// A request names something unknown or malformed (tier, zone, timestamp…).
    Input(String),
    /// The engine cannot place the deadline (no open time, out of range).
    Engine(String),
}

impl Error {
    pub(crate) fn catalog(problems: Vec<Problem>) -> Error {
        Error {
            kind: Kind::Catalog(problems),
        }
    }

    /// A catalog error of one problem about the whole document.
    pub(crate) fn document(kind: ProblemKind, message: impl Into<String>) -> Error {
        Error::catalog(vec![Problem::new(DOCUMENT, kind, message.into())])
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
            Kind::Catalog(problems) => {
                let mut texts = Vec::with_capacity(problems.len());
                for problem in problems {
                    texts.push(problem.text.clone());
                }
                texts
            }
            Kind::Input(message) | Kind::Engine(message) => vec![message.clone()],
        }
    }

    /// A catalog error's problems, each with its kind and path (none for
    /// other errors): what a caller branches on.
    ///
    /// ```
    /// use sla_calculator::{Catalog, ProblemKind, DOCUMENT};
    ///
    /// let err = Catalog::from_json(r#"{"schema": 1, "languages": ["en"], "tiers": 3}"#).unwrap_err();
    /// let problems = err.catalog_problems();
    /// assert_eq!(problems[0].path(), "tiers");
    /// assert_eq!(problems[0].kind(), ProblemKind::WrongType);
    /// assert_eq!(problems[0].message(), "expected an array, got a number");
    /// // The fields the document lacks, at its top level:
    /// let missing = problems.iter().filter(|p| p.kind() == ProblemKind::Missing);
    /// assert!(missing.clone().all(|p| p.path() == DOCUMENT));
    /// assert_eq!(missing.count(), 2); // `priorities`, `regions`
    /// ```
    pub fn catalog_problems(&self) -> &[Problem] {
        match &self.kind {
            Kind::Catalog(problems) => problems,
            Kind::Input(_) | Kind::Engine(_) => &[],
        }
    }
}

/// How the path of a problem in a page's extra holidays starts.
pub(crate) const IN_EXTRA_HOLIDAYS: &str = "extra holidays, ";

/// The path of a problem about a whole document (its syntax, its size, the
/// file it is) rather than one place in it.
pub const DOCUMENT: &str = "(document)";

/// One problem of a catalog or extra-holidays document: where (its JSON path,
/// like `tiers[1].targets.P2`; [`DOCUMENT`] for a JSON document as a whole;
/// empty for a compiled file), what kind, and what exactly, in English
/// (quoting the values at fault). Shown as `path: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// As shown, `path: message` (the message alone without a path): kept
    /// whole, so that showing a problem costs the widget no formatting.
    text: String,
    /// How many bytes of `text` the path takes.
    path_len: usize,
    kind: ProblemKind,
}

impl Problem {
    pub(crate) fn new(path: &str, kind: ProblemKind, message: String) -> Problem {
        Problem {
            text: if path.is_empty() {
                message
            } else {
                format!("{path}: {message}")
            },
            path_len: path.len(),
            kind,
        }
    }

    /// Where in the document: a JSON path, [`DOCUMENT`], or empty (a
    /// compiled file). A page's extra holidays' start with `extra holidays, `.
    pub fn path(&self) -> &str {
        &self.text[..self.path_len]
    }

    /// What kind of problem it is.
    pub fn kind(&self) -> ProblemKind {
        self.kind
    }

    /// What exactly is wrong, in English.
    pub fn message(&self) -> &str {
        let start = if self.path_len > 0 {
            self.path_len + 2
        } else {
            0
        };
        &self.text[start..]
    }

    /// Says the problem is in a page's extra holidays, in its path
    /// (`extra holidays, holidays.emea[0].date`: a JSON document's problems
    /// all have one).
    pub(crate) fn in_extra_holidays(&mut self) {
        self.text.insert_str(0, IN_EXTRA_HOLIDAYS);
        self.path_len += IN_EXTRA_HOLIDAYS.len();
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// The kinds of catalog problems, for callers that branch on them (and for
/// the widget, which names each kind in the reader's language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProblemKind {
    /// Not a document this build reads: not JSON, too large, another
    /// schema version, or a damaged or foreign file.
    Unreadable,
    /// A field the format does not have (or no longer has).
    UnknownField,
    /// A field, a language's text, or a priority's target that must be
    /// there is not.
    Missing,
    /// A value of the wrong JSON type (a string for a list…).
    WrongType,
    /// A value of the right type that does not say anything valid: an id,
    /// language, country, zone, date, time or weekday that is malformed.
    Invalid,
    /// A reference to something the document does not declare (a tier,
    /// priority, service, region, clock or language).
    Unknown,
    /// Something listed, or declared, twice.
    Duplicate,
    /// Something that must not be empty is: a list, a text, or a week
    /// with every day closed.
    Empty,
    /// A number or a length outside what is allowed.
    OutOfRange,
    /// Values that contradict each other (closing before opening, local
    /// hours without countries, a clock counted in the wrong unit…).
    Inconsistent,
}

impl ProblemKind {
    /// Every kind, in declaration order.
    pub const ALL: [ProblemKind; 10] = [
        ProblemKind::Unreadable,
        ProblemKind::UnknownField,
        ProblemKind::Missing,
        ProblemKind::WrongType,
        ProblemKind::Invalid,
        ProblemKind::Unknown,
        ProblemKind::Duplicate,
        ProblemKind::Empty,
        ProblemKind::OutOfRange,
        ProblemKind::Inconsistent,
    ];
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            Kind::Catalog(problems) => match problems.as_slice() {
                [one] => write!(f, "catalog: {one}"),
                many => {
                    write!(f, "catalog: {} problems", many.len())?;
                    let mut separator = ": ";
                    for problem in many {
                        f.write_str(separator)?;
                        f.write_str(&problem.text)?;
                        separator = "; ";
                    }
                    Ok(())
                }
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
        let problem =
            |path: &str, message: &str| Problem::new(path, ProblemKind::Empty, message.into());
        let one = Error::catalog(vec![problem("tiers", "must not be empty")]);
        assert_eq!(one.to_string(), "catalog: tiers: must not be empty");
        let two = Error::catalog(vec![problem("a", "x"), problem("b", "y")]);
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
