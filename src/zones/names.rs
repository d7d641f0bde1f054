//! The names of the bundled zones: finding one (a binary search of the
//! sorted names), its country, the zones `zone.tab` lists, and the closest
//! names to a misspelt one.

use super::tables;

/// One name of the tables: its rule set, its country, whether `zone.tab`
/// lists it.
pub(super) struct Entry {
    pub(super) name: &'static str,
    pub(super) rules: usize,
    pub(super) country: Option<&'static str>,
    pub(super) listed: bool,
}

/// Every name of the tables, in order (`tables::NAMES` beside its columns).
pub(super) fn entries() -> impl Iterator<Item = Entry> {
    all_names()
        .enumerate()
        .filter_map(|(row, name)| row_entry(row, name))
}

/// The `row`th name's entry, `name` being that name.
fn row_entry(row: usize, name: &'static str) -> Option<Entry> {
    let country = usize::from(*tables::NAME_COUNTRIES.get(row)?);
    Some(Entry {
        name,
        rules: usize::from(*tables::NAME_RULES.get(row)?),
        country: tables::COUNTRY_CODES.get(country * 2..country * 2 + 2),
        listed: tables::NAME_LISTED.get(row) == Some(&1),
    })
}

/// The entry of `name`: a binary search of the sorted names, each probe
/// widened to its whole line (a region's zone control looks up every zone of
/// the region: a scan of the ~600 names each time cost milliseconds of the
/// first render).
pub(super) fn entry(name: &str) -> Option<Entry> {
    let text = tables::NAMES.as_bytes();
    // `low` is always the start of a line, `high` the start of one or the end.
    let (mut low, mut high) = (0, text.len());
    while low < high {
        let middle = low + (high - low) / 2;
        let start = text[low..middle]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(low, |newline| low + newline + 1);
        let end = start + text[start..].iter().position(|&b| b == b'\n')?;
        match text[start..end].cmp(name.as_bytes()) {
            core::cmp::Ordering::Less => low = end + 1,
            core::cmp::Ordering::Greater => high = start,
            core::cmp::Ordering::Equal => {
                let row = text[..start].iter().filter(|&&b| b == b'\n').count();
                return row_entry(row, tables::NAMES.get(start..end)?);
            }
        }
    }
    None
}

/// The ISO 3166-1 alpha-2 country of a zone name, from tzdata's `zone.tab`; a
/// backward-compatible link has its target's. `None` for `UTC`, `Etc/*` and
/// unknown names.
///
/// ```
/// use sla_calculator::zones::country;
///
/// assert_eq!(country("Europe/Madrid"), Some("ES"));
/// assert_eq!(country("Asia/Calcutta"), Some("IN")); // a link to Asia/Kolkata
/// assert_eq!(country("US/Pacific"), Some("US"));
/// assert_eq!(country("Etc/GMT-9"), None);
/// ```
pub fn country(name: &str) -> Option<&'static str> {
    entry(name)?.country
}

/// Whether `code` is an ISO 3166-1 alpha-2 country code (tzdata's
/// `iso3166.tab`: 249 codes, such as `FR` or `JP`).
///
/// ```
/// use sla_calculator::zones::is_country_code;
///
/// assert!(is_country_code("FR") && is_country_code("JP"));
/// assert!(!is_country_code("fr") && !is_country_code("XX") && !is_country_code("FRA"));
/// ```
pub fn is_country_code(code: &str) -> bool {
    // A binary search: the codes are sorted (and a catalog's region lists a
    // hundred of them).
    let known = tables::COUNTRY_CODES.as_bytes();
    let (mut low, mut high) = (0, known.len() / 2);
    while low < high {
        let middle = low + (high - low) / 2;
        match known[middle * 2..middle * 2 + 2].cmp(code.as_bytes()) {
            core::cmp::Ordering::Less => low = middle + 1,
            core::cmp::Ordering::Greater => high = middle,
            core::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// The zones `zone.tab` lists (not links) whose country `serves` accepts,
/// in name order, each with its country.
///
/// ```
/// use sla_calculator::zones::listed_zones;
///
/// let spain: Vec<_> = listed_zones(|country| country == "ES").map(|(zone, _)| zone).collect();
/// assert_eq!(spain, ["Africa/Ceuta", "Atlantic/Canary", "Europe/Madrid"]);
/// ```
pub fn listed_zones(
    serves: impl Fn(&str) -> bool,
) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries().filter_map(move |entry| match entry.country {
        Some(country) if entry.listed && serves(country) => Some((entry.name, country)),
        _ => None,
    })
}

/// Every name of the database, links and `Etc/*` included, in order.
pub fn all_names() -> impl Iterator<Item = &'static str> {
    tables::NAMES.split_terminator('\n')
}

/// Up to three known names closest to `wanted`: by edit distance, ignoring
/// case, to the whole name or to its last part (`Madrid` → `Europe/Madrid`).
pub(super) fn closest_names(wanted: &str) -> Vec<&'static str> {
    if wanted.trim().is_empty() {
        return Vec::new();
    }
    // Zone names are ASCII: ASCII case folding needs no Unicode tables.
    let wanted: Vec<u8> = wanted
        .bytes()
        .take(64)
        .map(|b| b.to_ascii_lowercase())
        .collect();
    let mut scored: Vec<(usize, &'static str)> = all_names()
        .map(|name| {
            let lower: Vec<u8> = name.bytes().map(|b| b.to_ascii_lowercase()).collect();
            let city = match lower.iter().rposition(|&c| c == b'/') {
                Some(slash) => &lower[slash + 1..],
                None => &lower[..],
            };
            let distance = edit_distance(&wanted, &lower).min(edit_distance(&wanted, city));
            (distance, name)
        })
        .collect();
    crate::sort::sort_by_key(&mut scored, |&(distance, name)| (distance, name));
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

/// Levenshtein distance between two short byte strings.
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}
