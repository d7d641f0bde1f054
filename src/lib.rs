//! # sla-calculator
//!
//! Support-tier comparison and initial-response deadlines, exact to the second
//! across time zones, daylight saving and holidays.
//!
//! The crate is a pure core — [`catalog`] (the data), [`engine`] (the deadline
//! arithmetic), [`i18n`] (text in several languages) — with thin edges: the
//! `sla` command-line tool and, on `wasm32`, the browser bindings in `web`.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use sla_calculator::{zones, Catalog, Request};
//!
//! let catalog = Catalog::builtin()?;
//! // Friday 27 March 2026, 17:30 in Paris: after EMEA closing. The 2-hour
//! // Business P2 clock starts Monday 09:00 CEST, the day after Europe's switch
//! // to summer time, and ends at 11:00 CEST (09:00Z).
//! let due = catalog.deadline(&Request {
//!     tier: "business",
//!     priority: "P2",
//!     region: "emea",
//!     zone: Some(zones::zone("Europe/Paris")?),
//!     submitted: Utc.with_ymd_and_hms(2026, 3, 27, 16, 30, 0).unwrap(),
//!     holidays: None,
//! })?;
//! assert_eq!(due.due, Utc.with_ymd_and_hms(2026, 3, 30, 9, 0, 0).unwrap());
//! # Ok::<(), sla_calculator::Error>(())
//! ```
#![deny(missing_docs)]

pub mod catalog;
pub mod engine;
mod error;
pub mod holidays;
pub mod i18n;
pub mod ics;
mod join;
pub mod json;
pub mod json_api;
pub mod leb128;
pub mod model;
pub mod share;
mod sort;
pub mod timestamp;
pub mod view;
pub mod zones;

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
pub mod web;

// SAFETY: WebAssembly here runs on one thread (no shared memory, no atomics).
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

pub use catalog::{Catalog, Request};
pub use error::{Error, Problem, ProblemKind, DOCUMENT};
