//! An extra-holidays document merged into a catalog's regions.

use super::check::Checker;
use super::read_document;
use super::shape::Reader;
use crate::catalog::Catalog;
use crate::Error;

/// The catalog with the holidays of an extra-holidays document added to its
/// regions (dates it already has are kept as they are). Problems are reported
/// like a catalog's, each starting with "extra holidays".
pub(in crate::catalog) fn with_extra_holidays(
    catalog: &Catalog,
    text: &str,
) -> Result<Catalog, Error> {
    let tag = |problems: Vec<String>| {
        Error::catalog(
            problems
                .into_iter()
                .map(|p| format!("extra holidays, {p}"))
                .collect(),
        )
    };
    let document = read_document(text).map_err(|err| tag(err.problems()))?;
    let mut reader = Reader::default();
    let raw = match reader.extra_holidays(&document) {
        Some(raw) if reader.problems.is_empty() => raw,
        _ => return Err(tag(reader.problems)),
    };
    let mut checker = Checker {
        problems: Vec::new(),
        languages: catalog.languages.clone(),
    };
    let mut merged = catalog.clone();
    let region_ids: Vec<&str> = catalog.regions.iter().map(|r| r.id.as_str()).collect();
    for (region_id, holidays) in raw {
        let path = format!("holidays.{region_id}");
        let holidays = checker.holidays(&path, holidays);
        let Some(region) = merged.regions.iter_mut().find(|r| r.id == region_id) else {
            checker.problem(
                &path,
                format_args!(
                    "unknown region {region_id:?} (expected {})",
                    region_ids.join(", ")
                ),
            );
            continue;
        };
        for holiday in holidays {
            if !region
                .holidays
                .iter()
                .any(|known| known.date == holiday.date)
            {
                region.holidays.push(holiday);
            }
        }
        crate::sort::sort_by_key(&mut region.holidays, |h| h.date);
    }
    if checker.problems.is_empty() {
        Ok(merged)
    } else {
        Err(tag(checker.problems))
    }
}
