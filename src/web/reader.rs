//! The catalog reader's binding: an author's JSON documents in, the compact
//! catalog the widget uses out. Built alone (`--no-default-features
//! --features catalog-reader`) as `www/dist/pkg/sla_reader_bg.wasm`, which the
//! element downloads only when a page passes its own catalog or holidays.

use wasm_bindgen::prelude::*;

use crate::catalog::compact;
use crate::Catalog;

/// Reads and checks an author's catalog (the built-in one when absent) and
/// extra holidays, and returns the catalog in the compact form for the
/// widget's `use_catalog`. Throws an array of problems, each naming the JSON
/// path it is about (see `Catalog::from_documents`).
#[wasm_bindgen]
pub fn read_catalog(
    catalog_json: Option<String>,
    extra_holidays_json: Option<String>,
) -> Result<Vec<u8>, Vec<String>> {
    Catalog::from_documents(catalog_json.as_deref(), extra_holidays_json.as_deref())
        .map(|catalog| compact::write(&catalog))
        .map_err(|err| err.problems())
}
