//! The WebAssembly edge: thin bindings from the browser to the pure core.
//!
//! Only this module touches wasm-bindgen, web-sys and js-sys. The crate builds
//! two WebAssembly modules from it:
//!
//! - the widget (feature `widget`, on by default): the `<sla-calculator>`
//!   element's Rust side (`www/sla-calculator.js`). It reads the browser's
//!   surroundings (now, the visitor's zone, languages), keeps the element's
//!   state, and applies the view's element tree to the shadow root. It reads
//!   catalogs only in their compact form and has no JSON parser;
//! - the catalog reader (feature `catalog-reader`, `pkg/wasm/sla_reader.js`):
//!   reads and checks an author's catalog and extra-holidays documents and
//!   hands the widget the compact form. Pages download it only when they pass
//!   their own catalog or holidays.

#[cfg(feature = "widget")]
mod browser;
#[cfg(feature = "json-calculator")]
mod calculator;
#[cfg(feature = "widget")]
mod dom;
#[cfg(feature = "widget")]
mod intl;
#[cfg(feature = "catalog-reader")]
mod reader;
#[cfg(feature = "widget")]
mod widget;
#[cfg(feature = "widget")]
mod words;

#[cfg(feature = "widget")]
pub use browser::Browser;
#[cfg(feature = "json-calculator")]
pub use calculator::Calculator;
#[cfg(feature = "catalog-reader")]
pub use reader::{read_catalog, read_holidays};
#[cfg(feature = "widget")]
pub use widget::Widget;
