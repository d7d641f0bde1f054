//! All native integration tests, built as one binary.

mod catalog_validation;
mod cli;
mod dst;
mod edge_cases;
mod properties;
mod support;
