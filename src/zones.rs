//! The IANA time zones bundled with the engine.
//!
//! The engine only computes in zones whose rules it carries. To keep the
//! WebAssembly small, chrono-tz is built with a filter (`.cargo/config.toml`)
//! that keeps [`SUPPORTED_ZONES`], plus their IANA aliases (`Asia/Calcutta`,
//! `Europe/Stockholm`…) and the fixed `Etc/*` zones; tests check the filter.

use chrono_tz::Tz;

use crate::Error;

/// Every zone the engine can compute in, besides `UTC`.
pub const SUPPORTED_ZONES: &[&str] = &[
    "Africa/Johannesburg",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Toronto",
    "Asia/Dubai",
    "Asia/Jerusalem",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/Istanbul",
    "Europe/London",
    "Europe/Paris",
    "Pacific/Auckland",
];

/// Looks up a bundled zone by its IANA name.
///
/// ```
/// use sla_calculator::zones::zone;
///
/// assert_eq!(zone("Europe/Paris")?.name(), "Europe/Paris");
/// let err = zone("Mars/Olympus_Mons").unwrap_err();
/// assert!(err.to_string().contains("unknown time zone \"Mars/Olympus_Mons\""));
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn zone(name: &str) -> Result<Tz, Error> {
    name.parse::<Tz>().map_err(|_| {
        Error::input(format!(
            "unknown time zone {name:?} (supported: UTC, {})",
            SUPPORTED_ZONES.join(", ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_keeps_exactly_the_supported_zones() {
        for name in SUPPORTED_ZONES {
            assert_eq!(zone(name).unwrap().name(), *name);
        }
        assert_eq!(zone("UTC").unwrap(), Tz::UTC);
        // The filter keeps aliases of the listed zones and the Etc/* zones too
        // (about 120 names, against almost 600 in the full database).
        assert!(zone("Asia/Calcutta").is_ok());
        assert!(
            chrono_tz::TZ_VARIANTS.len() < 150,
            "{}",
            chrono_tz::TZ_VARIANTS.len()
        );
    }

    #[test]
    fn excluded_zones_are_rejected_with_a_clear_message() {
        for name in ["Europe/Madrid", "America/Denver", "", "europe/paris"] {
            let message = zone(name).unwrap_err().to_string();
            assert!(
                message.starts_with(&format!("unknown time zone {name:?}")),
                "{message}"
            );
            assert!(message.contains("Europe/Paris"), "{message}");
        }
    }
}
