//! The validated catalog: tiers, features, priorities and targets (regions,
//! with their hours, zones and holidays, in `region.rs`).
//!
//! Values of these types only come out of [`Catalog::from_json`](super::Catalog::from_json),
//! so every id is unique, every tier has a target for every priority, and every
//! zone and date is real.

use crate::engine::Target;
use crate::i18n::Text;

/// A support tier (`online`, `business`…), with its targets per priority.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tier {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) price: Option<Text>,
    pub(crate) notes: Vec<Text>,
    /// One target per priority, in the catalog's priority order.
    pub(crate) targets: Vec<Target>,
    /// The included services: indices into the catalog's services, in order.
    pub(crate) services: Vec<usize>,
}

impl Tier {
    /// The stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The display name.
    pub fn name(&self) -> &Text {
        &self.name
    }
    /// The price band ("Paid ($)"), if the tier is paid.
    pub fn price(&self) -> Option<&Text> {
        self.price.as_ref()
    }
    /// Notes shown with the tier's deadline (phone channels…).
    pub fn notes(&self) -> &[Text] {
        &self.notes
    }
    /// The targets, one per priority in [`Catalog::priorities`](super::Catalog::priorities) order.
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }
    /// The included services, as indices into
    /// [`Catalog::services`](super::Catalog::services) (see
    /// [`Catalog::services_of`](super::Catalog::services_of)).
    pub fn service_indices(&self) -> &[usize] {
        &self.services
    }
}

/// A service a tier includes, as the data sheets' cards describe it: a
/// title, a short label above it, what it is, and a footnote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Service {
    pub(crate) id: String,
    pub(crate) title: Text,
    pub(crate) label: Option<Text>,
    pub(crate) description: Text,
    pub(crate) footnote: Option<Text>,
}

impl Service {
    /// The stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The title ("Online Forums").
    pub fn title(&self) -> &Text {
        &self.title
    }
    /// The short label above the title ("Community Forums"), if any.
    pub fn label(&self) -> Option<&Text> {
        self.label.as_ref()
    }
    /// What the service is.
    pub fn description(&self) -> &Text {
        &self.description
    }
    /// A footnote ("Not all products have live chat support."), if any.
    pub fn footnote(&self) -> Option<&Text> {
        self.footnote.as_ref()
    }
}

/// A group of comparison rows ("Assigned experts").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureGroup {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) features: Vec<Feature>,
}

impl FeatureGroup {
    /// The stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The display name.
    pub fn name(&self) -> &Text {
        &self.name
    }
    /// The rows of the group.
    pub fn features(&self) -> &[Feature] {
        &self.features
    }
}

/// One comparison row, with a value per tier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feature {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) description: Option<Text>,
    /// One value per tier, in catalog tier order.
    pub(crate) values: Vec<FeatureValue>,
}

impl Feature {
    /// The stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The display name.
    pub fn name(&self) -> &Text {
        &self.name
    }
    /// What the row means, if the catalog says.
    pub fn description(&self) -> Option<&Text> {
        self.description.as_ref()
    }
    /// The values, one per tier in [`Catalog::tiers`](super::Catalog::tiers) order.
    pub fn values(&self) -> &[FeatureValue] {
        &self.values
    }
}

/// What a tier offers for a feature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeatureValue {
    /// Not offered (an empty cell).
    Absent,
    /// Offered (✔).
    Included,
    /// A count (named contacts, reviews per year…).
    Count(u32),
    /// A short text ("Business hours", "24x5").
    Text(Text),
}

/// A case priority (`P1`–`P4`) and its definition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Priority {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) definition: Text,
}

impl Priority {
    /// The stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The display name ("PRIORITY 1").
    pub fn name(&self) -> &Text {
        &self.name
    }
    /// What cases have this priority.
    pub fn definition(&self) -> &Text {
        &self.definition
    }
}

/// Where data comes from, as an author states it (a catalog's `source`, a
/// region's `holidays_source`): kept when a catalog is read from JSON, for
/// tools; left out of the compact form, since the widget shows nothing of it
/// (the built-in catalog's is 573 bytes); and not part of what makes two
/// catalogs equal: they are equal when they show and compute the same.
#[derive(Clone, Debug, Default)]
pub struct Provenance(pub(crate) Option<String>);

impl PartialEq for Provenance {
    fn eq(&self, _: &Provenance) -> bool {
        true
    }
}

impl Eq for Provenance {}
