//! The validated catalog: tiers, features, priorities, targets and regions.
//!
//! Values of these types only come out of [`Catalog::from_json`](super::Catalog::from_json),
//! so every id is unique, every tier has a target for every priority, and every
//! zone and date is real.

use crate::zones::Zone;
use chrono::NaiveDate;

use crate::engine::{DailyWindow, Target};
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

/// A support region: its business hours, time zone and holidays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) window: DailyWindow,
    pub(crate) zone: Zone,
    pub(crate) local_zones: Vec<Zone>,
    pub(crate) holidays: Vec<Holiday>,
    pub(crate) holidays_source: Option<String>,
    pub(crate) notes: Vec<Text>,
}

impl Region {
    /// The stable identifier.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The display name.
    pub fn name(&self) -> &Text {
        &self.name
    }
    /// The daily business-hours window (Monday–Friday).
    pub fn window(&self) -> DailyWindow {
        self.window
    }
    /// The default zone the hours are read in.
    pub fn zone(&self) -> Zone {
        self.zone
    }
    /// For regions whose hours are "local time": the zones a visitor may be
    /// in and have the hours read in their own zone. Empty for fixed-zone regions.
    pub fn local_zones(&self) -> &[Zone] {
        &self.local_zones
    }
    /// The zone to read the hours in for a visitor in `visitor_zone`: the
    /// visitor's own zone when it belongs to the region, else the default.
    ///
    /// ```
    /// use sla_calculator::Catalog;
    ///
    /// let catalog = Catalog::builtin()?;
    /// let emea = catalog.region("emea")?;
    /// assert_eq!(emea.zone_for_visitor("Europe/Paris").name(), "Europe/Paris");
    /// assert_eq!(emea.zone_for_visitor("Asia/Tokyo").name(), "Europe/London");
    /// let americas = catalog.region("americas")?;
    /// assert_eq!(americas.zone_for_visitor("America/New_York").name(), "America/Los_Angeles");
    /// # Ok::<(), sla_calculator::Error>(())
    /// ```
    pub fn zone_for_visitor(&self, visitor_zone: &str) -> Zone {
        self.local_zones
            .iter()
            .copied()
            .find(|zone| zone.name() == visitor_zone)
            .unwrap_or(self.zone)
    }
    /// The holidays (local dates) on which business hours are closed.
    pub fn holidays(&self) -> &[Holiday] {
        &self.holidays
    }
    /// Where the holiday dates come from.
    pub fn holidays_source(&self) -> Option<&str> {
        self.holidays_source.as_deref()
    }
    /// Footnotes shown with the region (Japan's language and hours notes).
    pub fn notes(&self) -> &[Text] {
        &self.notes
    }
}

/// A named holiday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub(crate) date: NaiveDate,
    pub(crate) name: Text,
}

impl Holiday {
    /// The local date.
    pub fn date(&self) -> NaiveDate {
        self.date
    }
    /// The holiday's name.
    pub fn name(&self) -> &Text {
        &self.name
    }
}
