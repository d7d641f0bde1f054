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
use crate::catalog::{Catalog, ExtraHolidays, Holiday};
use crate::error::{Problem, ProblemKind};
use crate::holidays::CountryHolidays;
use crate::i18n::{Lang, Messages};
use crate::Error;

mod reader;
mod writer;

use reader::Reader;
use writer::Writer;

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
/// assert_eq!(words.len(), catalog.languages().len());
/// assert_eq!(words[7].0, "pt-BR");
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
        unreadable(
            "a catalog's core or words are damaged, or do not belong together \
             (written by another version of sla-calculator?)"
                .to_owned(),
        )
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

/// Reads a catalog written by [`write()`].
///
/// Errors name the byte offset where the bytes stop making sense.
pub fn read(bytes: &[u8]) -> Result<Catalog, Error> {
    read_file(bytes, MAGIC, "compact catalog", Reader::catalog)
}

/// A compiled file that cannot be read: a problem of the whole file, which
/// has no JSON path.
fn unreadable(message: String) -> Error {
    Error::catalog(vec![Problem::new("", ProblemKind::Unreadable, message)])
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
        return Err(unreadable(format!(
            "not a {what} of this version of sla-calculator (write it again with this version)"
        )));
    };
    let mut reader = Reader::new(rest);
    let value = read(&mut reader);
    match reader.whole(value) {
        Some(value) if reader.rest.is_empty() => Ok(value),
        _ => Err(unreadable(format!(
            "the {what} is damaged at byte {} of {}",
            bytes.len() - reader.damaged_at.unwrap_or(reader.rest.len()),
            bytes.len()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_compiled_file_starts_with_what_the_element_sniffs() {
        // The element tells a compiled document from JSON text by its first
        // two bytes, "SL" (`asDocument` in www/sla-files.js), before the
        // WebAssembly runs; JSON text never starts with them (the browser
        // tests hand the element's own function compiled files and JSON).
        for magic in [
            MAGIC,
            HOLIDAYS_MAGIC,
            COUNTRY_MAGIC,
            CORE_MAGIC,
            WORDS_MAGIC,
        ] {
            assert_eq!(&magic[..2], b"SL", "{}", String::from_utf8_lossy(&magic));
        }
    }
}
