//! Reading a catalog document, in stages, each collecting all its problems
//! with their JSON paths: the document gate (size, JSON syntax with line and
//! column, an object, the schema version), the shape reader (`shape.rs`:
//! types, missing and unknown fields), then the checker (`check.rs`: every
//! rule). `extra_holidays.rs` merges a page's extra holidays the same way.

mod check;
mod check_regions;
mod check_tiers;
mod extra_holidays;
mod raw;
mod shape;
mod shape_regions;

use check::Checker;
use shape::Reader;

use super::Catalog;
use crate::error::{Problem, ProblemKind};
use crate::json::{self, Value};
use crate::Error;

pub(super) use extra_holidays::{extra_holidays, merge};

/// The catalog schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// The largest catalog document accepted, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;

/// The document checks every catalog-like document gets first: size, JSON
/// syntax, an object, and the schema version (named before any shape problem).
fn read_document(text: &str) -> Result<Value, Error> {
    if text.len() > MAX_DOCUMENT_BYTES {
        // Tenths of a megabyte in integers: float formatting would cost the
        // WebAssembly build ~20 KB.
        let tenths = text.len() * 10 / (1024 * 1024);
        return Err(Error::document(
            ProblemKind::Unreadable,
            format!(
                "the document is {}.{} MB; catalogs are limited to {} MB",
                tenths / 10,
                tenths % 10,
                MAX_DOCUMENT_BYTES / (1024 * 1024)
            ),
        ));
    }
    let document = json::parse(text)
        .map_err(|err| Error::document(ProblemKind::Unreadable, err.to_string()))?;
    if !matches!(document, Value::Object(_)) {
        return Err(Error::document(
            ProblemKind::WrongType,
            "a catalog must be a JSON object, starting with '{'",
        ));
    }
    // A document of another schema version has another shape: say so first.
    match document.get("schema") {
        None => {
            return Err(Error::catalog(vec![Problem::new(
                "schema",
                ProblemKind::Missing,
                format!("missing (expected \"schema\": {SCHEMA_VERSION})"),
            )]))
        }
        Some(version) if version.as_integer() != Some(i64::from(SCHEMA_VERSION)) => {
            return Err(Error::catalog(vec![Problem::new(
                "schema",
                ProblemKind::Unreadable,
                format!(
                    "unsupported version {} (this build reads version {SCHEMA_VERSION})",
                    version.to_json()
                ),
            )]))
        }
        Some(_) => {}
    }
    Ok(document)
}

/// Parses and checks a catalog document.
pub(in crate::catalog) fn parse(text: &str) -> Result<Catalog, Error> {
    let document = read_document(text)?;
    let mut reader = Reader::default();
    let raw = reader.catalog(&document);
    match raw {
        Some(raw) if reader.problems.is_empty() => {
            let mut checker = Checker::default();
            let catalog = checker.catalog(raw);
            if checker.problems.is_empty() {
                Ok(catalog)
            } else {
                Err(Error::catalog(checker.problems))
            }
        }
        _ => Err(Error::catalog(reader.problems)),
    }
}
