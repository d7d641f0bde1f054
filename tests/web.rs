//! Browser tests, run by `wasm-pack test --headless --chrome --firefox`.
//!
//! They drive the real `<sla-calculator>` element (`www/sla-element.js`) with
//! the real Rust widget behind it, and the real catalog reader for the
//! author's documents, and read its shadow DOM as a page would. Built with
//! `--features catalog-reader,json-calculator` (scripts/test.sh), so that one
//! test module holds both WebAssembly modules' Rust sides.
#![cfg(all(target_arch = "wasm32", feature = "catalog-reader"))]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/deadline.rs"]
mod deadline;
#[path = "web/element.rs"]
mod element;
#[path = "web/harness.rs"]
mod harness;
#[path = "web/panels.rs"]
mod panels;
