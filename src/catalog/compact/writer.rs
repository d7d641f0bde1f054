//! Writing the compact form: [`Writer`], field by field in declaration order.

use chrono::{Datelike, NaiveDate};

use crate::catalog::{
    Catalog, FeatureGroup, FeatureValue, Holiday, Priority, Region, Service, Tier,
};
use crate::engine::{Clock, DailyWindow, Week};
use crate::i18n::Text;
use crate::leb128;

impl Writer {
    pub(super) fn catalog(&mut self, catalog: &Catalog) {
        let out = self;
        out.list(&catalog.languages, |w, s| w.str(s));
        out.list(&catalog.default_tiers, |w, s| w.str(s));
        out.list(&catalog.tiers, Writer::tier);
        out.list(&catalog.feature_groups, Writer::group);
        out.list(&catalog.services, Writer::service);
        out.list(&catalog.priorities, Writer::priority);
        out.list(&catalog.regions, Writer::region);
    }
}

/// The bytes written, and when writing in parts, each language's texts.
pub(super) struct Writer(
    pub(super) Vec<u8>,
    pub(super) Option<Vec<(String, Vec<String>)>>,
);

impl Writer {
    pub(super) fn unsigned(&mut self, value: u64) {
        leb128::write_unsigned(&mut self.0, value);
    }

    pub(super) fn str(&mut self, text: &str) {
        self.bytes(text.as_bytes());
    }

    pub(super) fn bytes(&mut self, bytes: &[u8]) {
        self.unsigned(bytes.len() as u64);
        self.0.extend_from_slice(bytes);
    }

    pub(super) fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.unsigned(items.len() as u64);
        for item in items {
            each(self, item);
        }
    }

    pub(super) fn option<T: ?Sized>(
        &mut self,
        value: Option<&T>,
        some: impl FnOnce(&mut Self, &T),
    ) {
        match value {
            None => self.0.push(0),
            Some(value) => {
                self.0.push(1);
                some(self, value);
            }
        }
    }

    pub(super) fn text(&mut self, text: &Text) {
        if let Some(languages) = &mut self.1 {
            for (lang, words) in text.translations() {
                match languages.iter_mut().find(|(l, _)| l == lang) {
                    Some((_, texts)) => texts.push(words.to_owned()),
                    None => languages.push((lang.to_owned(), vec![words.to_owned()])),
                }
            }
            return;
        }
        let pairs: Vec<(&str, &str)> = text.translations().collect();
        self.list(&pairs, |w, (lang, words)| {
            w.str(lang);
            w.str(words);
        });
    }

    pub(super) fn tier(&mut self, tier: &Tier) {
        self.str(&tier.id);
        self.text(&tier.name);
        self.option(tier.price.as_ref(), Writer::text);
        self.list(&tier.notes, Writer::text);
        self.list(&tier.targets, |w, target| {
            w.0.push(clock_code(target.clock()));
            w.unsigned(target.amount().into());
        });
        self.list(&tier.services, |w, index| w.unsigned(*index as u64));
    }

    pub(super) fn service(&mut self, service: &Service) {
        self.str(&service.id);
        self.text(&service.title);
        self.option(service.label.as_ref(), Writer::text);
        self.text(&service.description);
        self.option(service.footnote.as_ref(), Writer::text);
    }

    pub(super) fn group(&mut self, group: &FeatureGroup) {
        self.str(&group.id);
        self.text(&group.name);
        self.list(&group.features, |w, feature| {
            w.str(&feature.id);
            w.text(&feature.name);
            w.option(feature.description.as_ref(), Writer::text);
            w.list(&feature.values, |w, value| match value {
                FeatureValue::Absent => w.0.push(0),
                FeatureValue::Included => w.0.push(1),
                FeatureValue::Count(n) => {
                    w.0.push(2);
                    w.unsigned((*n).into());
                }
                FeatureValue::Text(text) => {
                    w.0.push(3);
                    w.text(text);
                }
            });
        });
    }

    pub(super) fn priority(&mut self, priority: &Priority) {
        self.str(&priority.id);
        self.text(&priority.name);
        self.text(&priority.definition);
    }

    pub(super) fn date(&mut self, date: NaiveDate) {
        leb128::write_signed(&mut self.0, date.num_days_from_ce().into());
    }

    /// Holidays: each distinct name once, then (days since the previous
    /// holiday, name index) pairs — ten years of a country's holidays share
    /// a dozen or two names.
    pub(super) fn holidays(&mut self, holidays: &[Holiday]) {
        let mut names: Vec<&Text> = Vec::new();
        for holiday in holidays {
            if !names.contains(&&holiday.name) {
                names.push(&holiday.name);
            }
        }
        self.list(&names, |w, name| w.text(name));
        let mut previous = 0;
        self.list(holidays, |w, holiday| {
            let days = holiday.date.num_days_from_ce();
            leb128::write_signed(&mut w.0, (days - previous).into());
            previous = days;
            let index = names.iter().position(|n| *n == &holiday.name).unwrap_or(0);
            w.unsigned(index as u64);
        });
    }

    pub(super) fn windows(&mut self, windows: &[DailyWindow]) {
        self.list(windows, |w, window| {
            w.unsigned(window.opens().into());
            w.unsigned(window.closes().into());
        });
    }

    pub(super) fn week(&mut self, week: &Week) {
        for day in week.days() {
            self.windows(day);
        }
    }

    pub(super) fn region(&mut self, region: &Region) {
        self.str(&region.id);
        self.text(&region.name);
        self.week(&region.week);
        self.list(&region.overrides, |w, special| {
            w.date(special.date);
            w.windows(&special.windows);
            w.option(special.name.as_ref(), Writer::text);
        });
        self.week(&region.around_the_clock);
        self.option(region.holiday_hours.as_deref(), Writer::windows);
        self.unsigned(region.business_day.num_minutes().unsigned_abs());
        self.str(region.zone.name());
        self.list(&region.countries, |w, code| w.0.extend_from_slice(code));
        self.0.push(
            u8::from(region.local_hours)
                | u8::from(region.public_holidays) << 1
                | u8::from(region.around_the_clock_skips_holidays) << 2,
        );
        self.holidays(&region.holidays);
        self.option(region.holidays_until.as_ref(), |w, date| w.date(*date));
        self.list(&region.notes, Writer::text);
    }
}

/// A clock's code: its place in [`Clock::ALL`].
fn clock_code(clock: Clock) -> u8 {
    Clock::ALL.iter().position(|c| *c == clock).unwrap_or(0) as u8
}
