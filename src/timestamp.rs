//! Reading and writing the few text forms of time the product uses: RFC 3339
//! instants, `YYYY-MM-DD` dates and `HH:MM` wall-clock times.
//!
//! Hand-written rather than chrono's `format` module: the forms are fixed, the
//! messages can say exactly what is wrong, and the WebAssembly build stays small.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use crate::error::quoted;
use crate::Error;

/// A span of `n` units. chrono's own constructors (`Duration::minutes`…)
/// panic past ±2⁶³ ms, a case that carries its message into the widget;
/// these saturate instead, and take what a catalog or a clock can hold.
pub(crate) fn days(n: i64) -> Duration {
    Duration::try_days(n).unwrap_or(Duration::MAX)
}

/// See [`days`].
pub(crate) fn hours(n: i64) -> Duration {
    Duration::try_hours(n).unwrap_or(Duration::MAX)
}

/// See [`days`].
pub(crate) fn minutes(n: i64) -> Duration {
    Duration::try_minutes(n).unwrap_or(Duration::MAX)
}

/// See [`days`].
pub(crate) fn seconds(n: i64) -> Duration {
    Duration::try_seconds(n).unwrap_or(Duration::MAX)
}

/// Parses an RFC 3339 instant with any offset (`Z`, `+09:00`, `-03:00`) into UTC.
///
/// Fractional seconds are accepted and dropped (the product works in whole
/// seconds); a leap second (`:60`) is read as the first second of the next minute.
///
/// ```
/// use sla_calculator::timestamp::{parse_instant, format_utc};
///
/// let t = parse_instant("2026-03-27T17:30:00+01:00")?;
/// assert_eq!(format_utc(t)?, "2026-03-27T16:30:00Z");
/// assert!(parse_instant("yesterday").is_err());
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn parse_instant(text: &str) -> Result<DateTime<Utc>, Error> {
    read_instant(text.as_bytes()).map_err(|why| {
        Error::input(format!(
            "invalid timestamp {}: {} (expected RFC 3339, e.g. 2026-03-27T16:30:00Z)",
            quoted(text),
            why.reason()
        ))
    })
}

/// [`parse_instant`] without saying what is wrong: for callers that only
/// fall back (the widget's `submitted` attribute), so that the reasons'
/// words are not part of the widget.
pub fn instant(text: &str) -> Option<DateTime<Utc>> {
    read_instant(text.as_bytes()).ok()
}

/// What is wrong with an instant's text.
#[derive(Clone, Copy)]
enum Malformed {
    TooShort,
    Date,
    Separator,
    Time,
    Fraction,
    OffsetValue,
    Offset,
}

impl Malformed {
    fn reason(self) -> &'static str {
        match self {
            Malformed::TooShort => "too short",
            Malformed::Date => "the date is not a valid YYYY-MM-DD",
            Malformed::Separator => "the date and time must be separated by 'T'",
            Malformed::Time => "the time is not a valid HH:MM:SS",
            Malformed::Fraction => "a '.' must be followed by fractional digits",
            Malformed::OffsetValue => "the offset is not a valid ±HH:MM",
            Malformed::Offset => "missing or malformed offset ('Z' or ±HH:MM)",
        }
    }
}

fn read_instant(bytes: &[u8]) -> Result<DateTime<Utc>, Malformed> {
    if bytes.len() < 20 {
        return Err(Malformed::TooShort);
    }
    let date = parse_date_bytes(&bytes[..10]).ok_or(Malformed::Date)?;
    if !matches!(bytes[10], b'T' | b't' | b' ') {
        return Err(Malformed::Separator);
    }
    let hour = two_digits(&bytes[11..13]).filter(|h| *h < 24);
    let minute = two_digits(&bytes[14..16]).filter(|m| *m < 60);
    let second = two_digits(&bytes[17..19]).filter(|s| *s <= 60);
    let (Some(hour), Some(minute), Some(second), b':', b':') =
        (hour, minute, second, bytes[13], bytes[16])
    else {
        return Err(Malformed::Time);
    };
    let mut rest = &bytes[19..];
    if let [b'.', tail @ ..] = rest {
        let digits = tail.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 {
            return Err(Malformed::Fraction);
        }
        rest = &tail[digits..];
    }
    let offset_seconds: i64 = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = two_digits(&[*h1, *h2]).filter(|h| *h < 24);
            let minutes = two_digits(&[*m1, *m2]).filter(|m| *m < 60);
            let (Some(hours), Some(minutes)) = (hours, minutes) else {
                return Err(Malformed::OffsetValue);
            };
            let magnitude = i64::from(hours * 3600 + minutes * 60);
            if *sign == b'-' {
                -magnitude
            } else {
                magnitude
            }
        }
        _ => return Err(Malformed::Offset),
    };
    // `second` may be 60 (a leap second): it is added as a duration, so it
    // rolls over into the next minute.
    let wall = NaiveDateTime::new(date, NaiveTime::MIN)
        + seconds(i64::from(hour * 3600 + minute * 60 + second));
    Ok(Utc.from_utc_datetime(&(wall - seconds(offset_seconds))))
}

/// Formats an instant as RFC 3339 in UTC with whole seconds: `2026-03-30T09:00:00Z`.
///
/// Fails for instants outside years 0000–9999, which RFC 3339 cannot write.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use sla_calculator::timestamp::format_utc;
///
/// let t = Utc.with_ymd_and_hms(2026, 3, 30, 9, 0, 0).unwrap();
/// assert_eq!(format_utc(t)?, "2026-03-30T09:00:00Z");
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn format_utc(instant: DateTime<Utc>) -> Result<String, Error> {
    let mut out = format_wall(instant.naive_utc())?;
    out.push('Z');
    Ok(out)
}

/// Formats an instant as RFC 3339 in a time zone, with its offset:
/// `2026-03-30T11:00:00+02:00`.
pub fn format_in_zone<Z: TimeZone>(instant: DateTime<Utc>, zone: &Z) -> Result<String, Error> {
    use chrono::Offset;
    let local = instant.with_timezone(zone);
    let offset = local.offset().fix().local_minus_utc();
    let mut out = format_wall(local.naive_local())?;
    let sign = if offset < 0 { '-' } else { '+' };
    let magnitude = offset.unsigned_abs();
    out.push_str(&format!(
        "{sign}{:02}:{:02}",
        magnitude / 3600,
        (magnitude % 3600) / 60
    ));
    Ok(out)
}

fn format_wall(wall: NaiveDateTime) -> Result<String, Error> {
    use chrono::Timelike;
    if !(0..=9999).contains(&wall.year()) {
        return Err(Error::engine(format!(
            "the instant falls in year {}, outside the years 0000–9999 that can be written",
            wall.year()
        )));
    }
    Ok(format!(
        "{}T{:02}:{:02}:{:02}",
        format_date(wall.date()),
        wall.hour(),
        wall.minute(),
        wall.second()
    ))
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Parses a `YYYY-MM-DD` calendar date.
///
/// ```
/// use sla_calculator::timestamp::parse_date;
///
/// assert!(parse_date("2026-05-06").is_ok());
/// assert!(parse_date("2026-02-30").is_err());
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate, Error> {
    date(text).ok_or_else(|| {
        Error::input(format!(
            "invalid date {} (expected YYYY-MM-DD)",
            quoted(text)
        ))
    })
}

/// [`parse_date`] without saying what is wrong (for callers that only fall back).
pub(crate) fn date(text: &str) -> Option<NaiveDate> {
    parse_date_bytes(text.as_bytes()).filter(|_| text.len() == 10)
}

/// Parses a `HH:MM` wall-clock time into minutes after midnight; `24:00` (the
/// end of the day) is allowed.
///
/// ```
/// use sla_calculator::timestamp::parse_clock_time;
///
/// assert_eq!(parse_clock_time("17:30"), Ok(17 * 60 + 30));
/// assert_eq!(parse_clock_time("24:00"), Ok(24 * 60));
/// assert!(parse_clock_time("25:00").is_err());
/// ```
pub fn parse_clock_time(text: &str) -> Result<u32, Error> {
    let bytes = text.as_bytes();
    let parsed = match bytes {
        [h1, h2, b':', m1, m2] => two_digits(&[*h1, *h2]).zip(two_digits(&[*m1, *m2])),
        _ => None,
    };
    match parsed {
        Some((hours, minutes)) if hours < 24 && minutes < 60 => Ok(hours * 60 + minutes),
        Some((24, 0)) => Ok(24 * 60),
        _ => Err(Error::input(format!(
            "invalid time of day {} (expected HH:MM between 00:00 and 24:00)",
            quoted(text)
        ))),
    }
}

fn parse_date_bytes(bytes: &[u8]) -> Option<NaiveDate> {
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *bytes else {
        return None;
    };
    let year = two_digits(&[y1, y2])? * 100 + two_digits(&[y3, y4])?;
    let month = two_digits(&[m1, m2])?;
    let day = two_digits(&[d1, d2])?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

fn two_digits(bytes: &[u8]) -> Option<u32> {
    match bytes {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => Some(u32::from(a - b'0') * 10 + u32::from(b - b'0')),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> String {
        format_utc(parse_instant(text).unwrap()).unwrap()
    }

    #[test]
    fn offsets_are_applied() {
        assert_eq!(utc("2026-03-27T16:30:00Z"), "2026-03-27T16:30:00Z");
        assert_eq!(utc("2026-03-27T16:30:00z"), "2026-03-27T16:30:00Z");
        // 09:00 in Tokyo (+09:00) is midnight UTC.
        assert_eq!(utc("2026-03-30T09:00:00+09:00"), "2026-03-30T00:00:00Z");
        // 22:15 at -03:30 is 01:45 the next day in UTC.
        assert_eq!(utc("2026-12-31T22:15:00-03:30"), "2027-01-01T01:45:00Z");
        assert_eq!(utc("2026-03-27 16:30:00-00:00"), "2026-03-27T16:30:00Z");
    }

    #[test]
    fn fractions_are_dropped_and_leap_seconds_roll_over() {
        assert_eq!(utc("2026-03-27T16:30:00.999Z"), "2026-03-27T16:30:00Z");
        assert_eq!(utc("2016-12-31T23:59:60Z"), "2017-01-01T00:00:00Z");
    }

    #[test]
    fn malformed_instants_name_the_problem() {
        for (text, why) in [
            ("yesterday", "too short"),
            ("2026-02-30T10:00:00Z", "date"),
            ("2026-03-27X16:30:00Z", "separated"),
            ("2026-03-27T24:00:00Z", "time"),
            ("2026-03-27T16:30:00", "too short"),
            ("2026-03-27T16:30:00+0100", "offset"),
            ("2026-03-27T16:30:00+24:00", "offset"),
            ("2026-03-27T16:30:00.Z", "fractional"),
            ("2026-03-27T16:30:00Zjunk", "offset"),
            ("２０２６-03-27T16:30:00Z", "date"),
        ] {
            let message = parse_instant(text).unwrap_err().to_string();
            assert!(message.contains(why), "{text}: {message}");
            assert!(message.contains("RFC 3339"), "{text}: {message}");
        }
    }

    #[test]
    fn years_beyond_9999_cannot_be_written() {
        let late = parse_instant("9999-12-31T23:59:59Z").unwrap() + Duration::seconds(1);
        assert!(format_utc(late).unwrap_err().is_engine());
    }

    #[test]
    fn zone_formatting_carries_the_offset() {
        let t = parse_instant("2026-03-30T07:00:00Z").unwrap();
        let paris: crate::zones::Zone = "Europe/Paris".parse().unwrap();
        assert_eq!(
            format_in_zone(t, &paris).unwrap(),
            "2026-03-30T09:00:00+02:00"
        );
        let sao_paulo: crate::zones::Zone = "America/Sao_Paulo".parse().unwrap();
        assert_eq!(
            format_in_zone(t, &sao_paulo).unwrap(),
            "2026-03-30T04:00:00-03:00"
        );
    }
}
