//! What one rendering is given: the catalog, the selection, its answer, and
//! the surroundings (clock face, page, element).

use super::Clockface;
use crate::model::{Answer, Selection};
use crate::Catalog;

/// Everything one rendering needs.
pub struct Frame<'a> {
    /// The catalog.
    pub catalog: &'a Catalog,
    /// What is selected.
    pub selection: &'a Selection,
    /// Everything shown for the selection, computed once.
    pub answer: &'a Answer,
    /// Fallback notices from the attributes.
    pub notices: &'a [String],
    /// The visitor's IANA zone.
    pub visitor_zone: &'a str,
    /// Date and time formatting in the selection's language.
    pub clockface: &'a dyn Clockface,
    /// Text for the polite live region (empty when nothing is to be announced).
    pub announcement: &'a str,
    /// The stylesheet's URL, linked inside the shadow root.
    pub stylesheet: Option<&'a str>,
    /// The page's address without its fragment: shared links start with it
    /// (empty: links are fragment-only).
    pub page_url: &'a str,
    /// The element's `id`, naming it in shared links (may be empty).
    pub element_id: &'a str,
    /// The page's extra holidays could not be loaded (rules §5.1): the
    /// deadline may fall on one of them, and says so.
    pub extra_holidays_unavailable: bool,
    /// A first view, shown as soon as it can be: the zone control lists only
    /// its default and the zone chosen, not the region's hundreds of zones
    /// (the costliest part of a first render), and the view ends with the
    /// comparison (no services, targets, coverage chart or regional hours);
    /// the element renders the whole view once this one is painted.
    pub brief: bool,
}
