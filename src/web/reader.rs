//! The catalog reader's binding: an author's JSON documents in, the compact
//! forms the widget uses out. Built alone (`--no-default-features
//! --features catalog-reader`) as `pkg/wasm/sla_reader_bg.wasm`, which the
//! element downloads only when a page passes its own catalog or holidays as
//! JSON. It carries none of the built-in catalog's words.

use wasm_bindgen::prelude::*;

use crate::catalog::compact;
use crate::i18n::{problem_in, Lang};
use crate::{Catalog, Error};

/// Reads and checks an author's catalog and, if given, extra holidays for
/// it, and returns the catalog in the compact form for the widget's
/// `use_compiled`. Throws an array of problems, each naming the JSON path it
/// is about and its kind in `lang` (the widget's language; English if none),
/// then its English message (see [`problem_in`]).
#[wasm_bindgen]
pub fn read_catalog(
    catalog_json: String,
    extra_holidays_json: Option<String>,
    lang: Option<String>,
) -> Result<Vec<u8>, Vec<String>> {
    let worded = |err: Error| worded(err, lang.as_deref());
    let catalog = Catalog::from_json(&catalog_json).map_err(worded)?;
    let catalog = match extra_holidays_json {
        Some(json) => catalog.with_extra_holidays(&json).map_err(worded)?,
        None => catalog,
    };
    Ok(compact::write(&catalog))
}

/// Reads and checks extra holidays for the built-in catalog (its regions and
/// languages) and returns them compiled, for the widget's `use_compiled`.
/// Throws an array of problems, in English (the widget leaves holidays it
/// cannot read out, and only reports them).
#[wasm_bindgen]
pub fn read_holidays(extra_holidays_json: String) -> Result<Vec<u8>, Vec<String>> {
    Catalog::builtin_outline()
        .and_then(|outline| outline.read_extra_holidays(&extra_holidays_json))
        .map(|extra| compact::write_holidays(&extra))
        .map_err(|err| err.problems())
}

/// An error's problems for a reader of `lang` (a language tag).
fn worded(err: Error, lang: Option<&str>) -> Vec<String> {
    let lang = lang.and_then(Lang::from_tag).unwrap_or(Lang::En);
    let problems = err.catalog_problems();
    if problems.is_empty() {
        return err.problems();
    }
    problems
        .iter()
        .map(|problem| problem_in(lang, problem))
        .collect()
}
