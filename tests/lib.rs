//! All native integration tests, built as one binary.
#![cfg(not(target_arch = "wasm32"))]

mod attributes;
mod catalog_validation;
mod cli;
mod compact;
mod coverage;
mod descriptions;
mod dst;
mod edge_cases;
mod filing;
mod fuzz;
mod hostile;
mod properties;
mod public_holidays;
mod regions;
mod schedules;
mod source;
mod support;
mod take_away;
mod translations;
mod view;
mod zone_tables;
