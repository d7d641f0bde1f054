//! An extra-holidays document: read and checked against a catalog (its
//! languages and region ids), then merged into the catalog's regions.

use super::check::Checker;
use super::read_document;
use super::shape::Reader;
use crate::catalog::{Catalog, ExtraHolidays};
use crate::error::{quoted, Problem, ProblemKind, IN_EXTRA_HOLIDAYS};
use crate::Error;

/// Reads and checks an extra-holidays document against `catalog`: valid
/// dates, each once a region, names in some of the catalog's languages (the
/// others read the English name, else the first), regions the catalog has. Problems are reported like a catalog's, each starting with
/// "extra holidays".
pub(in crate::catalog) fn extra_holidays(
    catalog: &Catalog,
    text: &str,
) -> Result<ExtraHolidays, Error> {
    let document = read_document(text).map_err(|err| tagged(err.catalog_problems().to_vec()))?;
    let mut reader = Reader::default();
    let raw = match reader.extra_holidays(&document) {
        Some(raw) if reader.problems.is_empty() => raw,
        _ => return Err(tagged(reader.problems)),
    };
    let mut checker = Checker {
        problems: Vec::new(),
        languages: catalog.languages.clone(),
        some_languages: true,
    };
    let mut regions = Vec::with_capacity(raw.len());
    for (region_id, holidays) in raw {
        let path = format!("holidays.{region_id}");
        let holidays = checker.holidays(&path, holidays);
        if let Some(problem) = unknown_region(catalog, &region_id) {
            checker.problem(&path, ProblemKind::Unknown, problem);
        }
        regions.push((region_id, holidays));
    }
    if checker.problems.is_empty() {
        Ok(ExtraHolidays { regions })
    } else {
        Err(tagged(checker.problems))
    }
}

/// The catalog with `extra`'s holidays added to its regions (dates a region
/// already has are kept as they are); a region it does not have is an error.
pub(in crate::catalog) fn merge(
    mut merged: Catalog,
    extra: &ExtraHolidays,
) -> Result<Catalog, Error> {
    let mut problems = Vec::new();
    for (region_id, holidays) in &extra.regions {
        let Some(region) = merged.regions.iter_mut().find(|r| r.id == *region_id) else {
            problems.push(Problem::new(
                &format!("{IN_EXTRA_HOLIDAYS}holidays.{region_id}"),
                ProblemKind::Unknown,
                unknown_region(&merged, region_id).unwrap_or_default(),
            ));
            continue;
        };
        for holiday in holidays {
            if !region
                .holidays
                .iter()
                .any(|known| known.date == holiday.date)
            {
                region.holidays.push(holiday.clone());
            }
        }
        crate::sort::sort_by_key(&mut region.holidays, |h| h.date);
    }
    if problems.is_empty() {
        Ok(merged)
    } else {
        Err(Error::catalog(problems))
    }
}

/// Why `region_id` cannot take holidays in `catalog`, if it cannot.
fn unknown_region(catalog: &Catalog, region_id: &str) -> Option<String> {
    let ids: Vec<&str> = catalog.regions.iter().map(|r| r.id.as_str()).collect();
    (!ids.contains(&region_id)).then(|| {
        format!(
            "unknown region {} (expected {})",
            quoted(region_id),
            crate::join::join(&ids, ", ")
        )
    })
}

fn tagged(mut problems: Vec<Problem>) -> Error {
    for problem in &mut problems {
        problem.in_extra_holidays();
    }
    Error::catalog(problems)
}
