//! The pure model between the catalog and the view: what the visitor chose
//! ([`Selection`], resolved from the element's attributes), the engine's
//! request for it, and the one [`Answer`] everything shown is read from.
//!
//! A visitor's change flows: attributes → [`Selection::resolve`] →
//! [`Answer::compute`] (deadline, by-tier deadlines, filing times, the
//! week's coverage, calendar notice) → `view::widget` renders it → the browser edge patches the DOM
//! and reads the `sla-change` event's detail from the same answer.

mod answer;
mod coverage;
mod schedules;
mod selection;

pub use crate::catalog::{ZoneChoice, ZoneReason};
pub use answer::{request_for, zone_choice, Answer, TierDeadline, WEEK_DAYS};
pub use coverage::{coverage, RegionCoverage, Week};
pub use selection::{Attributes, Selection, Surroundings};

/// The keys of the `sla-change` event's detail, in order: the selection, the
/// zone the hours were read in, the submission and the deadline (RFC 3339 UTC).
pub const CHANGE_DETAIL: [&str; 6] = [
    "tier",
    "region",
    "priority",
    "zone",
    "submitted",
    "deadline",
];
