//! The catalog's compact binary form: a checked [`Catalog`] written as bytes.
//!
//! The widget never reads JSON itself. The built-in catalog ships in this form
//! (`builtin/*.bin`: a core and each language's words, see [`write_parts`];
//! generated from `default.json` and checked against it by
//! `tests/compact.rs`), and a catalog an author passes is read and checked by
//! the separate catalog-reader module, which hands the widget these bytes. So
//! the JSON parser and the checker's messages are only downloaded by pages that
//! pass their own catalog or holidays.
//!
//! Layout: the magic `SLA` and a format version byte, then every field in
//! declaration order — unsigned integers as LEB128, signed ones zigzagged,
//! strings as a length and UTF-8 bytes, lists as a count and their items,
//! options and feature values as a tag byte. Reading checks everything a
//! constructor would (windows, targets, zones, dates) and names the byte where
//! the bytes stop making sense, so damaged bytes give an error, never a panic.
//!
//! ```
//! use sla_calculator::catalog::compact;
//! use sla_calculator::Catalog;
//!
//! let catalog = Catalog::builtin()?;
//! let bytes = compact::write(&catalog);
//! assert_eq!(compact::read(&bytes)?, catalog);
//! assert!(compact::read(&bytes[..bytes.len() / 2]).is_err());
//! # Ok::<(), sla_calculator::Error>(())
//! ```

use chrono::{Datelike, NaiveDate};

use super::model::Provenance;
use super::{
    Catalog, ExtraHolidays, Feature, FeatureGroup, FeatureValue, Holiday, Override, Priority,
    Region, Service, Tier,
};
use crate::engine::{day_windows, Clock, DailyWindow, Target, Week};
use crate::holidays::CountryHolidays;
use crate::i18n::{Lang, Messages, Text};
use crate::leb128;
use crate::zones::{self, Zone};
use crate::Error;

/// The first bytes of every compact catalog: `SLA` and the format version.
const MAGIC: [u8; 4] = *b"SLA\x06";

/// Writes a checked catalog in the compact form.
pub fn write(catalog: &Catalog) -> Vec<u8> {
    let mut out = Writer(MAGIC.to_vec(), None);
    out.catalog(catalog);
    out.0
}

/// The first bytes of compiled extra holidays.
const HOLIDAYS_MAGIC: [u8; 4] = *b"SLH\x04";

/// Writes an author's checked extra holidays in the compact form (`sla
/// compile`): a page passing them needs no JSON reader.
///
/// ```
/// use sla_calculator::catalog::compact;
/// use sla_calculator::Catalog;
///
/// let catalog = Catalog::builtin()?;
/// let json = r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25", "name": "Christmas"}]}}"#;
/// let extra = catalog.read_extra_holidays(json)?;
/// let bytes = compact::write_holidays(&extra);
/// assert_eq!(compact::read_holidays(&bytes)?, extra);
/// assert_eq!(catalog.clone().with_holidays(&extra)?, catalog.with_extra_holidays(json)?);
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn write_holidays(extra: &ExtraHolidays) -> Vec<u8> {
    let mut out = Writer(HOLIDAYS_MAGIC.to_vec(), None);
    out.list(extra.regions(), |w, (region, holidays)| {
        w.str(region);
        w.list(holidays, |w, holiday| {
            w.date(holiday.date);
            w.text(&holiday.name);
        });
    });
    out.0
}

/// Reads extra holidays written by [`write_holidays`].
pub fn read_holidays(bytes: &[u8]) -> Result<ExtraHolidays, Error> {
    read_file(
        bytes,
        HOLIDAYS_MAGIC,
        "file of compiled extra holidays",
        |r| ExtraHolidays {
            regions: r.list(|r| {
                let region = r.string();
                let holidays = r.list(|r| Holiday {
                    date: r.date(),
                    name: r.text(),
                });
                (region, holidays)
            }),
        },
    )
}

/// The first bytes of a country's public holidays (`holidays/XX.bin`).
const COUNTRY_MAGIC: [u8; 4] = *b"SLP\x01";

/// Writes one country's public holidays in the compact form: the file the
/// element fetches for a country (`holidays/ES.bin` in the package).
///
/// ```
/// use sla_calculator::catalog::compact;
/// use sla_calculator::holidays;
///
/// let spain = holidays::country("ES").unwrap();
/// let bytes = compact::write_country(&spain);
/// assert_eq!(compact::read_country(&bytes)?, *spain);
/// assert!(bytes.len() < 2048);
/// assert!(compact::read_country(&bytes[..bytes.len() - 1]).is_err());
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn write_country(country: &CountryHolidays) -> Vec<u8> {
    let mut out = Writer(COUNTRY_MAGIC.to_vec(), None);
    out.0.extend_from_slice(&country.country);
    out.date(country.until);
    out.holidays(&country.holidays);
    out.0
}

/// Whether `bytes` are meant as a country's public holidays (by their
/// magic; [`read_country`] checks the rest).
pub fn is_country(bytes: &[u8]) -> bool {
    bytes.starts_with(&COUNTRY_MAGIC)
}

/// Reads a country's public holidays written by [`write_country`].
pub fn read_country(bytes: &[u8]) -> Result<CountryHolidays, Error> {
    read_file(
        bytes,
        COUNTRY_MAGIC,
        "country's public holidays file",
        |r| CountryHolidays {
            country: r.country(),
            until: r.date(),
            holidays: r.holidays(),
        },
    )
}

/// The first bytes of a catalog's core (everything but its words), and of a
/// language's words.
const CORE_MAGIC: [u8; 4] = *b"SLC\x06";
const WORDS_MAGIC: [u8; 4] = *b"SLW\x06";

/// Writes a catalog in parts: the core, without a word of any language, and
/// each language's words (every text of the catalog in that language, in the
/// order the core uses them), each carrying a copy of the core. A page loads
/// only the languages it shows, and any one of them is the whole catalog in
/// that language ([`read_words`]); [`read_parts`] puts a core and words back
/// together.
///
/// ```
/// use sla_calculator::catalog::compact;
/// use sla_calculator::Catalog;
///
/// let catalog = Catalog::builtin()?;
/// let (core, words) = compact::write_parts(&catalog);
/// assert_eq!(words.iter().map(|(lang, _)| lang.as_str()).collect::<Vec<_>>(), ["fr", "en", "ja"]);
/// let all: Vec<&[u8]> = words.iter().map(|(_, w)| w.as_slice()).collect();
/// assert_eq!(compact::read_parts(&core, &all)?, catalog);
/// // French alone: every text in French.
/// let french = compact::read_parts(&core, &all[..1])?;
/// assert_eq!(french.tiers()[0].name().get("en"), "Assistance en ligne");
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn write_parts(catalog: &Catalog) -> (Vec<u8>, Vec<(String, Vec<u8>)>) {
    let mut out = Writer(CORE_MAGIC.to_vec(), Some(Vec::new()));
    out.catalog(catalog);
    let Writer(core, words) = out;
    let words = words
        .unwrap_or_default()
        .into_iter()
        .map(|(lang, texts)| {
            let mut part = Writer(WORDS_MAGIC.to_vec(), None);
            part.str(&lang);
            // The widget's own messages in this language, when it speaks it
            // (they travel with the words: see `Lang::messages`).
            let messages = Lang::from_code(&lang)
                .map(|l| l.messages().texts())
                .unwrap_or_default();
            part.list(&messages, |w, text| w.str(text));
            // The core (a catalog's words are useless without it, and a page
            // showing another catalog needs neither).
            part.bytes(&core);
            part.unsigned(texts.len() as u64);
            for text in &texts {
                part.str(text);
            }
            (lang, part.0)
        })
        .collect();
    (core, words)
}

/// The language of a words part written by [`write_parts`], if it is one.
pub fn words_language(words: &[u8]) -> Option<String> {
    let mut reader = Reader::new(words.strip_prefix(&WORDS_MAGIC[..])?);
    let lang = reader.string();
    reader.whole(lang)
}

/// The widget's messages a words part carries (see [`write_parts`]), if its
/// language is one the widget speaks and the part is whole. Their text is
/// kept for the rest of the program (a language's messages are read once).
///
/// ```
/// use sla_calculator::catalog::{compact, Catalog};
/// use sla_calculator::i18n::Lang;
///
/// let (_, words) = compact::write_parts(&Catalog::builtin()?);
/// let (lang, japanese) = &words[2];
/// assert_eq!(lang, "ja");
/// assert_eq!(compact::words_messages(japanese).as_ref(), Some(Lang::Ja.messages()));
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn words_messages(words: &[u8]) -> Option<Messages> {
    let (_, texts, _) = words_head(words)?;
    // One string for them all, kept; each message a slice of it.
    let all: &'static str = Box::leak(crate::join::join(&texts, "").into_boxed_str());
    let mut at = 0;
    let slices: Vec<&'static str> = texts
        .iter()
        .map(|text| {
            at += text.len();
            &all[at - text.len()..at]
        })
        .collect();
    Messages::from_texts(&slices)
}

/// A words part's language and the widget's messages in it, borrowed, and
/// the reader at what follows (the count of the catalog's texts, then them).
fn words_head(part: &[u8]) -> Option<(&str, Vec<&str>, Reader<'_>)> {
    let mut reader = Reader::new(part.strip_prefix(&WORDS_MAGIC[..])?);
    let lang = reader.str();
    let messages = reader.list(Reader::str);
    reader
        .whole((lang, messages))
        .map(|(lang, messages)| (lang, messages, reader))
}

/// A words part's language, the core it carries and its catalog texts,
/// past the messages.
fn skip_to_catalog_words(part: &[u8]) -> Option<(String, &[u8], &[u8])> {
    let (lang, _, mut reader) = words_head(part)?;
    let core = reader.bytes();
    reader.unsigned();
    reader.whole((lang.to_owned(), core, reader.rest))
}

/// Reads a catalog from the words of some of its languages (parts of
/// [`write_parts`]; each carries the core): its texts are in those languages
/// only.
///
/// ```
/// use sla_calculator::catalog::compact;
/// use sla_calculator::Catalog;
///
/// let (_, words) = compact::write_parts(&Catalog::builtin()?);
/// let japanese = compact::read_words(&[&words[2].1])?;
/// assert_eq!(japanese.tiers()[0].name().get("ja"), "オンラインサポート");
/// assert!(compact::read_words(&[]).is_err());
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn read_words(words: &[&[u8]]) -> Result<Catalog, Error> {
    read_parts(words.first().map_or(&[], |part| core_of(part)), words)
}

/// The outline of the catalog a words part belongs to (its core alone, see
/// [`read_parts`]): what is known of the catalog before its texts are read.
pub fn outline_of_words(words: &[u8]) -> Result<Catalog, Error> {
    read_parts(core_of(words), &[])
}

/// The core a words part carries (nothing, if it is not whole).
fn core_of(words: &[u8]) -> &[u8] {
    skip_to_catalog_words(words).map_or(&[], |(_, core, _)| core)
}

/// Reads a catalog from its core and the words of some of its languages
/// (see [`write_parts`]): its texts are in those languages only. With no
/// words, the core alone (its outline): every text blank, its ids,
/// languages, hours, zones and holiday dates whole.
pub fn read_parts(core: &[u8], words: &[&[u8]]) -> Result<Catalog, Error> {
    read_parts_whole(core, words).ok_or_else(|| {
        Error::catalog(vec![
            "a catalog's core or words are damaged, or do not belong together \
             (written by another version of sla-calculator?)"
                .to_owned(),
        ])
    })
}

/// [`read_parts`], when the core and the words are whole and belong together.
fn read_parts_whole(core: &[u8], words: &[&[u8]]) -> Option<Catalog> {
    let rest = core.strip_prefix(&CORE_MAGIC[..])?;
    let mut languages = Vec::with_capacity(words.len());
    for part in words {
        let (lang, words_core, texts) = skip_to_catalog_words(part)?;
        if words_core != core {
            return None;
        }
        languages.push((lang, texts));
    }
    let mut reader = Reader {
        words: Some(languages),
        ..Reader::new(rest)
    };
    let catalog = reader.catalog();
    let unread = reader
        .words
        .iter()
        .flatten()
        .any(|(_, rest)| !rest.is_empty());
    reader
        .whole(catalog)
        .filter(|_| reader.rest.is_empty() && !unread)
}

impl Writer {
    fn catalog(&mut self, catalog: &Catalog) {
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

/// Reads a catalog written by [`write()`].
///
/// Errors name the byte offset where the bytes stop making sense.
pub fn read(bytes: &[u8]) -> Result<Catalog, Error> {
    read_file(bytes, MAGIC, "compact catalog", Reader::catalog)
}

/// Reads a whole file written here: its magic, then what `read` makes of the
/// rest, which must take every byte. A file of another version or kind, or
/// damaged, is an error naming `what` (and where the bytes stop making sense);
/// never a panic.
fn read_file<'b, T>(
    bytes: &'b [u8],
    magic: [u8; 4],
    what: &str,
    read: impl FnOnce(&mut Reader<'b>) -> T,
) -> Result<T, Error> {
    let Some(rest) = bytes.strip_prefix(&magic[..]) else {
        return Err(Error::catalog(vec![format!(
            "not a {what} of this version of sla-calculator (write it again with this version)"
        )]));
    };
    let mut reader = Reader::new(rest);
    let value = read(&mut reader);
    match reader.whole(value) {
        Some(value) if reader.rest.is_empty() => Ok(value),
        _ => Err(Error::catalog(vec![format!(
            "the {what} is damaged at byte {} of {}",
            bytes.len() - reader.damaged_at.unwrap_or(reader.rest.len()),
            bytes.len()
        )])),
    }
}

/// The bytes written, and when writing in parts, each language's texts.
struct Writer(Vec<u8>, Option<Vec<(String, Vec<String>)>>);

impl Writer {
    fn unsigned(&mut self, value: u64) {
        leb128::write_unsigned(&mut self.0, value);
    }

    fn str(&mut self, text: &str) {
        self.bytes(text.as_bytes());
    }

    fn bytes(&mut self, bytes: &[u8]) {
        self.unsigned(bytes.len() as u64);
        self.0.extend_from_slice(bytes);
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.unsigned(items.len() as u64);
        for item in items {
            each(self, item);
        }
    }

    fn option<T: ?Sized>(&mut self, value: Option<&T>, some: impl FnOnce(&mut Self, &T)) {
        match value {
            None => self.0.push(0),
            Some(value) => {
                self.0.push(1);
                some(self, value);
            }
        }
    }

    fn text(&mut self, text: &Text) {
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

    fn tier(&mut self, tier: &Tier) {
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

    fn service(&mut self, service: &Service) {
        self.str(&service.id);
        self.text(&service.title);
        self.option(service.label.as_ref(), Writer::text);
        self.text(&service.description);
        self.option(service.footnote.as_ref(), Writer::text);
    }

    fn group(&mut self, group: &FeatureGroup) {
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

    fn priority(&mut self, priority: &Priority) {
        self.str(&priority.id);
        self.text(&priority.name);
        self.text(&priority.definition);
    }

    fn date(&mut self, date: NaiveDate) {
        leb128::write_signed(&mut self.0, date.num_days_from_ce().into());
    }

    /// Holidays: each distinct name once, then (days since the previous
    /// holiday, name index) pairs — ten years of a country's holidays share
    /// a dozen or two names.
    fn holidays(&mut self, holidays: &[Holiday]) {
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

    fn windows(&mut self, windows: &[DailyWindow]) {
        self.list(windows, |w, window| {
            w.unsigned(window.opens().into());
            w.unsigned(window.closes().into());
        });
    }

    fn week(&mut self, week: &Week) {
        for day in week.days() {
            self.windows(day);
        }
    }

    fn region(&mut self, region: &Region) {
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

/// Reads the compact form. At the first thing that is not as written, the
/// reader notes where (see [`Reader::damage`]) and every read after it gives
/// a blank value, so that reading code runs straight through without an
/// early return at each field (one check at the end; measured: 1.2 KB less
/// gzipped widget than returning `None` from every read), and the caller
/// drops what was read.
struct Reader<'b> {
    /// The bytes not read yet.
    rest: &'b [u8],
    /// Reading a core: each language's words not read yet.
    words: Option<Vec<(String, &'b [u8])>>,
    /// Where the bytes stopped making sense (how many were left then), if they did.
    damaged_at: Option<usize>,
}

impl<'b> Reader<'b> {
    fn new(rest: &'b [u8]) -> Reader<'b> {
        Reader {
            rest,
            words: None,
            damaged_at: None,
        }
    }

    /// The bytes stop making sense here: noted (the first place only), and
    /// nothing more is read.
    #[inline(never)]
    fn damage(&mut self) {
        self.damaged_at.get_or_insert(self.rest.len());
        self.rest = &[];
        for (_, rest) in self.words.iter_mut().flatten() {
            *rest = &[];
        }
    }

    /// `value`, or `blank()` once the bytes are noted as damaged.
    fn check_or<T>(&mut self, value: Option<T>, blank: impl FnOnce() -> T) -> T {
        value.unwrap_or_else(|| {
            self.damage();
            blank()
        })
    }

    fn check<T: Default>(&mut self, value: Option<T>) -> T {
        self.check_or(value, T::default)
    }

    /// What was read, if the bytes made sense throughout.
    fn whole<T>(&self, value: T) -> Option<T> {
        self.damaged_at.is_none().then_some(value)
    }

    fn byte(&mut self) -> u8 {
        let byte = self.rest.split_first().map(|(&byte, rest)| {
            self.rest = rest;
            byte
        });
        self.check(byte)
    }

    fn unsigned(&mut self) -> u64 {
        let value = leb128::read_unsigned(&mut self.rest);
        self.check(value)
    }

    fn small(&mut self) -> u32 {
        let value = self.unsigned().try_into().ok();
        self.check(value)
    }

    fn bytes(&mut self) -> &'b [u8] {
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

    fn str(&mut self) -> &'b str {
        let bytes = self.bytes();
        let text = std::str::from_utf8(bytes).ok();
        self.check(text)
    }

    fn string(&mut self) -> String {
        self.str().to_owned()
    }

    /// A list's count, read and checked. Every item takes at least one byte
    /// (of the core, or of each language's words for a text): a count beyond
    /// the bytes left is damage. An outline's texts take no byte at all: a
    /// short list of them is allowed. (Not generic, so one copy serves every
    /// kind of list.)
    #[inline(never)]
    fn count(&mut self) -> usize {
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

    fn list<T>(&mut self, mut each: impl FnMut(&mut Self) -> T) -> Vec<T> {
        let count = self.count();
        let mut items = Vec::with_capacity(count);
        for _ in 0..count {
            items.push(each(self));
        }
        items
    }

    fn option<T>(&mut self, some: impl FnOnce(&mut Self) -> T) -> Option<T> {
        match self.byte() {
            0 => None,
            1 => Some(some(self)),
            _ => {
                self.damage();
                None
            }
        }
    }

    fn zone(&mut self) -> Zone {
        let zone = zones::find(self.str());
        self.check_or(zone, || Zone::UTC)
    }

    fn date(&mut self) -> NaiveDate {
        let date = leb128::read_signed(&mut self.rest)
            .and_then(|days| i32::try_from(days).ok())
            .and_then(NaiveDate::from_num_days_from_ce_opt);
        self.check(date)
    }

    fn text(&mut self) -> Text {
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

    fn catalog(&mut self) -> Catalog {
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

    fn tier(&mut self) -> Tier {
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

    fn service(&mut self) -> Service {
        Service {
            id: self.string(),
            title: self.text(),
            label: self.option(Reader::text),
            description: self.text(),
            footnote: self.option(Reader::text),
        }
    }

    fn group(&mut self) -> FeatureGroup {
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

    fn priority(&mut self) -> Priority {
        Priority {
            id: self.string(),
            name: self.text(),
            definition: self.text(),
        }
    }

    /// One day's windows, checked as a catalog's are (sorted, apart, not too many).
    fn windows(&mut self) -> Vec<DailyWindow> {
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

    fn week(&mut self) -> Week {
        let mut days: [Vec<DailyWindow>; 7] = Default::default();
        for day in &mut days {
            *day = self.windows();
        }
        let week = Week::new(days);
        self.check(week)
    }

    fn country(&mut self) -> [u8; 2] {
        let code = self.rest.split_first_chunk::<2>().and_then(|(code, rest)| {
            self.rest = rest;
            zones::is_country_code(std::str::from_utf8(code).ok()?).then_some(*code)
        });
        self.check(code)
    }

    /// Holidays written by [`Writer::holidays`].
    fn holidays(&mut self) -> Vec<Holiday> {
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

    fn region(&mut self) -> Region {
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
