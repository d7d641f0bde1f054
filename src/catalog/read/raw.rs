//! The document as read, before any rule is checked: strings and lists in
//! the catalog's shape (the shape reader fills them, the checker judges them).

pub(super) struct RawCatalog {
    pub(super) source: Option<String>,
    pub(super) languages: Vec<String>,
    pub(super) default_tiers: Vec<String>,
    pub(super) tiers: Vec<RawTier>,
    pub(super) feature_groups: Vec<RawGroup>,
    pub(super) services: Vec<RawService>,
    pub(super) priorities: Vec<RawPriority>,
    pub(super) regions: Vec<RawRegion>,
}

pub(super) struct RawTier {
    pub(super) id: String,
    pub(super) name: RawText,
    pub(super) price: Option<RawText>,
    pub(super) notes: Vec<RawText>,
    pub(super) targets: Vec<(String, RawTarget)>,
    pub(super) services: Vec<String>,
}

pub(super) struct RawService {
    pub(super) id: String,
    pub(super) title: RawText,
    pub(super) label: Option<RawText>,
    pub(super) description: RawText,
    pub(super) footnote: Option<RawText>,
}

pub(super) struct RawTarget {
    pub(super) clock: String,
    pub(super) minutes: Option<i64>,
    pub(super) days: Option<i64>,
}

pub(super) struct RawGroup {
    pub(super) id: String,
    pub(super) name: RawText,
    pub(super) features: Vec<RawFeature>,
}

pub(super) struct RawFeature {
    pub(super) id: String,
    pub(super) name: RawText,
    pub(super) description: Option<RawText>,
    pub(super) values: Vec<(String, RawValue)>,
}

/// A feature cell: `true`/`false`/`null`, a count, or a text.
pub(super) enum RawValue {
    Flag(bool),
    Count(Option<u32>, String),
    Text(RawText),
}

pub(super) struct RawPriority {
    pub(super) id: String,
    pub(super) name: RawText,
    pub(super) definition: RawText,
}

pub(super) struct RawRegion {
    pub(super) id: String,
    pub(super) name: RawText,
    pub(super) hours: RawHours,
    /// `opens`, `closes` and `skips_holidays`.
    pub(super) around_the_clock: Option<(String, String, bool)>,
    pub(super) holiday_hours: Option<Vec<RawWindow>>,
    pub(super) overrides: Vec<RawOverride>,
    pub(super) business_day: Option<String>,
    pub(super) zone: String,
    pub(super) countries: Vec<String>,
    pub(super) local_hours: bool,
    pub(super) public_holidays: Option<String>,
    pub(super) holidays: Vec<RawHoliday>,
    pub(super) holidays_until: Option<String>,
    pub(super) holidays_source: Option<String>,
    pub(super) notes: Vec<RawText>,
}

/// A region's hours: the short form, or windows by weekday.
pub(super) enum RawHours {
    /// `{"opens": "09:00", "closes": "17:00"}`: Monday–Friday.
    Weekdays(String, String),
    /// `{"mon": [["09:00", "12:00"], …], …}`: each listed day's windows, by
    /// its index (Monday 0) and key.
    Weekly(Vec<(usize, Vec<RawWindow>)>),
}

/// `["09:00", "12:00"]`.
pub(super) type RawWindow = (String, String);

pub(super) struct RawOverride {
    pub(super) date: String,
    pub(super) hours: Vec<RawWindow>,
    pub(super) name: Option<RawText>,
}

pub(super) struct RawHoliday {
    pub(super) date: String,
    pub(super) name: RawText,
}

/// A text: one string for every language, or an object of strings by language.
pub(super) enum RawText {
    Same(String),
    ByLanguage(Vec<(String, String)>),
}
