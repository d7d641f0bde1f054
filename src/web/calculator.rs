//! The JSON `Calculator` binding: deadlines without the element (opt-in,
//! `--features json-calculator`).

use wasm_bindgen::prelude::*;

use crate::{json_api, Catalog};

/// A catalog loaded once, answering deadline requests in JSON (see `json_api`).
///
/// Opt-in (`--features json-calculator`): the element does not need it, and it
/// brings the JSON catalog reader (the catalog-reader module's bulk) into the
/// widget module.
#[wasm_bindgen]
pub struct Calculator {
    catalog: Catalog,
}

#[wasm_bindgen]
impl Calculator {
    /// Loads the built-in catalog, or `catalog_json` when given. A catalog
    /// that fails validation throws an `Error` whose message lists every problem.
    #[wasm_bindgen(constructor)]
    pub fn new(catalog_json: Option<String>) -> Result<Calculator, JsError> {
        let catalog = match catalog_json {
            Some(json) => Catalog::from_json(&json),
            None => Catalog::builtin(),
        };
        catalog
            .map(|catalog| Calculator { catalog })
            .map_err(|err| JsError::new(&err.to_string()))
    }

    /// Answers one JSON request with one JSON answer.
    pub fn deadline(&self, request_json: &str) -> String {
        json_api::answer(&self.catalog, request_json).to_json()
    }
}
