//! Reading the compact form: [`Reader`], checking as it goes.

use chrono::NaiveDate;

use crate::catalog::model::Provenance;
use crate::catalog::{
    Catalog, Feature, FeatureGroup, FeatureValue, Holiday, Override, Priority, Region, Service,
    Tier,
};
use crate::engine::{day_windows, Clock, DailyWindow, Target, Week};
use crate::i18n::Text;
use crate::leb128;
use crate::zones::{self, Zone};

/// Reads the compact form. At the first thing that is not as written, the
/// reader notes where (see [`Reader::damage`]) and every read after it gives
/// a blank value, so that reading code runs straight through without an
/// early return at each field (one check at the end; measured: 1.2 KB less
/// gzipped widget than returning `None` from every read), and the caller
/// drops what was read.
pub(super) struct Reader<'b> {
    /// The bytes not read yet.
    pub(super) rest: &'b [u8],
    /// Reading a core: each language's words not read yet.
    pub(super) words: Option<Vec<(String, &'b [u8])>>,
    /// Where the bytes stopped making sense (how many were left then), if they did.
    pub(super) damaged_at: Option<usize>,
}

impl<'b> Reader<'b> {
    pub(super) fn new(rest: &'b [u8]) -> Reader<'b> {
        Reader {
            rest,
            words: None,
            damaged_at: None,
        }
    }

    /// The bytes stop making sense here: noted (the first place only), and
    /// nothing more is read.
    #[inline(never)]
    pub(super) fn damage(&mut self) {
        self.damaged_at.get_or_insert(self.rest.len());
        self.rest = &[];
        for (_, rest) in self.words.iter_mut().flatten() {
            *rest = &[];
        }
    }

    /// `value`, or `blank()` once the bytes are noted as damaged.
    pub(super) fn check_or<T>(&mut self, value: Option<T>, blank: impl FnOnce() -> T) -> T {
        value.unwrap_or_else(|| {
            self.damage();
            blank()
        })
    }

    pub(super) fn check<T: Default>(&mut self, value: Option<T>) -> T {
        self.check_or(value, T::default)
    }

    /// What was read, if the bytes made sense throughout.
    pub(super) fn whole<T>(&self, value: T) -> Option<T> {
        self.damaged_at.is_none().then_some(value)
    }

    pub(super) fn byte(&mut self) -> u8 {
        let byte = self.rest.split_first().map(|(&byte, rest)| {
            self.rest = rest;
            byte
        });
        self.check(byte)
    }

    pub(super) fn unsigned(&mut self) -> u64 {
        let value = leb128::read_unsigned(&mut self.rest);
        self.check(value)
    }

    pub(super) fn small(&mut self) -> u32 {
        let value = self.unsigned().try_into().ok();
        self.check(value)
    }

    pub(super) fn bytes(&mut self) -> &'b [u8] {
        let length = usize::try_from(self.unsigned()).ok();
        let rest = self.rest;
        let bytes = length
            .and_then(|length| rest.get(..length).zip(rest.get(length..)))
            .map(|(bytes, after)| {
                self.rest = after;
                bytes
            });
        self.check(bytes)
    }

    pub(super) fn str(&mut self) -> &'b str {
        let bytes = self.bytes();
        let text = std::str::from_utf8(bytes).ok();
        self.check(text)
    }

    pub(super) fn string(&mut self) -> String {
        self.str().to_owned()
    }

    /// A list's count, read and checked. Every item takes at least one byte
    /// (of the core, or of each language's words for a text): a count beyond
    /// the bytes left is damage. An outline's texts take no byte at all: a
    /// short list of them is allowed. (Not generic, so one copy serves every
    /// kind of list.)
    #[inline(never)]
    pub(super) fn count(&mut self) -> usize {
        let count = usize::try_from(self.unsigned()).ok();
        let words_left = match &self.words {
            Some(languages) if languages.is_empty() => 1024,
            words => words
                .iter()
                .flatten()
                .map(|(_, rest)| rest.len())
                .max()
                .unwrap_or(0),
        };
        let count = count.filter(|count| *count <= self.rest.len() + words_left);
        self.check(count)
    }

    pub(super) fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let count = self.count();
        let mut items = Vec::with_capacity(count);
        for _ in 0..count {
            items.push(each(self));
        }
        items
    }

    pub(super) fn option<T>(&mut self, some: impl FnOnce(&mut Self) -> T) -> Option<T> {
        match self.byte() {
            0 => None,
            1 => Some(some(self)),
            _ => {
                self.damage();
                None
            }
        }
    }

    pub(super) fn zone(&mut self) -> Zone {
        let zone = zones::find(self.str());
        self.check_or(zone, || Zone::UTC)
    }

    pub(super) fn date(&mut self) -> NaiveDate {
        let date = leb128::read_signed(&mut self.rest)
            .and_then(|days| i32::try_from(days).ok())
            .and_then(NaiveDate::from_num_days_from_ce_opt);
        self.check(date)
    }

    pub(super) fn text(&mut self) -> Text {
        let text = match &mut self.words {
            // An outline: the core alone, every text blank.
            Some(languages) if languages.is_empty() => return Text::blank(),
            Some(languages) => {
                let mut pairs = Vec::with_capacity(languages.len());
                let mut whole = true;
                for (lang, rest) in languages.iter_mut() {
                    let mut words = Reader::new(rest);
                    pairs.push((lang.clone(), words.string()));
                    whole &= words.damaged_at.is_none();
                    *rest = words.rest;
                }
                Text::new(pairs).filter(|_| whole)
            }
            None => {
                let pairs = self.list(|r| (r.string(), r.string()));
                Text::new(pairs)
            }
        };
        self.check_or(text, Text::blank)
    }

    pub(super) fn catalog(&mut self) -> Catalog {
        let catalog = Catalog {
            source: Provenance::default(),
            languages: self.list(Reader::string),
            default_tiers: self.list(Reader::string),
            tiers: self.list(Reader::tier),
            feature_groups: self.list(Reader::group),
            services: self.list(Reader::service),
            priorities: self.list(Reader::priority),
            regions: self.list(Reader::region),
        };
        // Every tier's services are the catalog's.
        let count = catalog.services.len();
        if !catalog
            .tiers
            .iter()
            .all(|t| t.services.iter().all(|&i| i < count))
        {
            self.damage();
        }
        catalog
    }

    pub(super) fn tier(&mut self) -> Tier {
        Tier {
            id: self.string(),
            name: self.text(),
            price: self.option(Reader::text),
            notes: self.list(Reader::text),
            targets: self.list(|r| {
                let clock = Clock::ALL.get(usize::from(r.byte())).copied();
                let amount = r.small();
                match r.check_or(clock, || Clock::BusinessDays) {
                    Clock::BusinessDays => Target::business_days(amount),
                    clock => Target::minutes(clock, amount),
                }
            }),
            services: self.list(|r| {
                let index = usize::try_from(r.unsigned()).ok();
                r.check(index)
            }),
        }
    }

    pub(super) fn service(&mut self) -> Service {
        Service {
            id: self.string(),
            title: self.text(),
            label: self.option(Reader::text),
            description: self.text(),
            footnote: self.option(Reader::text),
        }
    }

    pub(super) fn group(&mut self) -> FeatureGroup {
        FeatureGroup {
            id: self.string(),
            name: self.text(),
            features: self.list(|r| Feature {
                id: r.string(),
                name: r.text(),
                description: r.option(Reader::text),
                values: r.list(|r| match r.byte() {
                    0 => FeatureValue::Absent,
                    1 => FeatureValue::Included,
                    2 => FeatureValue::Count(r.small()),
                    3 => FeatureValue::Text(r.text()),
                    _ => {
                        r.damage();
                        FeatureValue::Absent
                    }
                }),
            }),
        }
    }

    pub(super) fn priority(&mut self) -> Priority {
        Priority {
            id: self.string(),
            name: self.text(),
            definition: self.text(),
        }
    }

    /// One day's windows, checked as a catalog's are (sorted, apart, not too many).
    pub(super) fn windows(&mut self) -> Vec<DailyWindow> {
        let mut windows = Vec::new();
        for _ in 0..self.count() {
            match DailyWindow::new(self.small(), self.small()) {
                Some(window) => windows.push(window),
                None => self.damage(),
            }
        }
        let windows = day_windows(windows).ok();
        self.check(windows)
    }

    pub(super) fn week(&mut self) -> Week {
        let mut days: [Vec<DailyWindow>; 7] = Default::default();
        for day in &mut days {
            *day = self.windows();
        }
        let week = Week::new(days);
        self.check(week)
    }

    pub(super) fn country(&mut self) -> [u8; 2] {
        let code = self.rest.split_first_chunk::<2>().and_then(|(code, rest)| {
            self.rest = rest;
            zones::is_country_code(std::str::from_utf8(code).ok()?).then_some(*code)
        });
        self.check(code)
    }

    /// Holidays written by [`Writer::holidays`].
    pub(super) fn holidays(&mut self) -> Vec<Holiday> {
        let names = self.list(Reader::text);
        let mut days = 0;
        self.list(|r| {
            let date = leb128::read_signed(&mut r.rest)
                .and_then(|step| i32::try_from(i64::from(days) + step).ok())
                .and_then(|sum| {
                    days = sum;
                    NaiveDate::from_num_days_from_ce_opt(sum)
                });
            let name = usize::try_from(r.unsigned())
                .ok()
                .and_then(|index| names.get(index))
                .cloned();
            Holiday {
                date: r.check(date),
                name: r.check_or(name, Text::blank),
            }
        })
    }

    pub(super) fn region(&mut self) -> Region {
        let flags: u8;
        Region {
            id: self.string(),
            name: self.text(),
            week: self.week(),
            overrides: self.list(|r| Override {
                date: r.date(),
                windows: r.windows(),
                name: r.option(Reader::text),
            }),
            around_the_clock: self.week(),
            holiday_hours: self.option(Reader::windows),
            business_day: {
                let minutes = Some(self.small())
                    .filter(|minutes| (1..=24 * 60).contains(minutes))
                    .map(|minutes| crate::timestamp::minutes(i64::from(minutes)));
                self.check(minutes)
            },
            zone: self.zone(),
            countries: self.list(Reader::country),
            local_hours: {
                let byte = Some(self.byte()).filter(|flags| *flags < 8);
                flags = self.check(byte);
                flags & 1 != 0
            },
            public_holidays: flags & 2 != 0,
            around_the_clock_skips_holidays: flags & 4 != 0,
            holidays: self.holidays(),
            holidays_until: self.option(Reader::date),
            holidays_source: Provenance::default(),
            notes: self.list(Reader::text),
        }
    }
}
