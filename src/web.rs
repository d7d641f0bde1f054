//! The WebAssembly edge: thin bindings from JavaScript to the core.
//!
//! Only this module touches wasm-bindgen. It holds no logic of its own.

use wasm_bindgen::prelude::*;

use crate::{json_api, Catalog};

/// A catalog loaded once, answering deadline requests.
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

    /// Answers one JSON request with one JSON answer (see the `json_api` module).
    pub fn deadline(&self, request_json: &str) -> String {
        json_api::answer(&self.catalog, request_json).to_string()
    }
}
