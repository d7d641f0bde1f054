//! A week of open hours: for each weekday, the wall-clock windows support is
//! open, as the SLA engines describe business hours (several windows a day,
//! any day of the week).

use chrono::{Duration, Weekday};

/// The most windows one day may have. Real policies have one to four; the
/// limit keeps every computation over a week quick (the filing scan probes
/// each closing).
pub const MAX_WINDOWS_PER_DAY: usize = 24;

/// Minutes in a day: the latest a window may close (`24:00`).
const DAY: u32 = 24 * 60;

/// A daily open window in wall-clock minutes after midnight, `[opens, closes)`.
///
/// `closes` may be `24 * 60`: the window then ends at the next day's midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DailyWindow {
    opens: u32,
    closes: u32,
}

impl DailyWindow {
    /// A window from `opens` to `closes` minutes after midnight. `None` unless
    /// `opens < closes <= 24 * 60`.
    ///
    /// ```
    /// use sla_calculator::engine::DailyWindow;
    ///
    /// assert!(DailyWindow::new(9 * 60, 17 * 60).is_some());
    /// assert!(DailyWindow::new(17 * 60, 9 * 60).is_none());
    /// ```
    pub fn new(opens: u32, closes: u32) -> Option<DailyWindow> {
        (opens < closes && closes <= DAY).then_some(DailyWindow { opens, closes })
    }

    /// The whole day, midnight to midnight.
    pub const WHOLE_DAY: DailyWindow = DailyWindow {
        opens: 0,
        closes: DAY,
    };

    /// Minutes after midnight at which the window opens.
    pub fn opens(&self) -> u32 {
        self.opens
    }

    /// Minutes after midnight at which the window closes (up to `24 * 60`).
    pub fn closes(&self) -> u32 {
        self.closes
    }

    /// The window's nominal length on the wall clock (ignoring DST changes).
    pub fn nominal_length(&self) -> Duration {
        crate::timestamp::minutes(i64::from(self.closes - self.opens))
    }
}

/// Why a list of windows is not one day's hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowsProblem {
    /// Window `index` opens before the one before it closes.
    Overlap(usize),
    /// More than [`MAX_WINDOWS_PER_DAY`] windows.
    TooMany,
}

/// Checks one day's windows: sorted, not overlapping, at most
/// [`MAX_WINDOWS_PER_DAY`]. Windows that touch (`12:00` closes, `12:00`
/// opens) are joined into one.
///
/// ```
/// use sla_calculator::engine::{day_windows, DailyWindow, WindowsProblem};
///
/// let w = |o: u32, c: u32| DailyWindow::new(o * 60, c * 60).unwrap();
/// assert_eq!(day_windows(vec![w(9, 12), w(12, 17)]), Ok(vec![w(9, 17)]));
/// assert_eq!(day_windows(vec![w(9, 13), w(12, 17)]), Err(WindowsProblem::Overlap(1)));
/// ```
pub fn day_windows(windows: Vec<DailyWindow>) -> Result<Vec<DailyWindow>, WindowsProblem> {
    if windows.len() > MAX_WINDOWS_PER_DAY {
        return Err(WindowsProblem::TooMany);
    }
    let mut joined: Vec<DailyWindow> = Vec::with_capacity(windows.len());
    for (index, window) in windows.into_iter().enumerate() {
        match joined.last_mut() {
            Some(last) if window.opens < last.closes => return Err(WindowsProblem::Overlap(index)),
            Some(last) if window.opens == last.closes => last.closes = window.closes,
            _ => joined.push(window),
        }
    }
    Ok(joined)
}

/// Weekly open hours: each weekday's windows, in the region's wall clock.
///
/// ```
/// use chrono::{Duration, Weekday};
/// use sla_calculator::engine::{DailyWindow, Week};
///
/// let w = |o, c| DailyWindow::new(o, c).unwrap();
/// // A Japanese desk closing for lunch, and open Saturday morning.
/// let mut days: [Vec<DailyWindow>; 7] = Default::default();
/// for day in 0..5 {
///     days[day] = vec![w(9 * 60, 12 * 60), w(13 * 60, 17 * 60 + 30)];
/// }
/// days[5] = vec![w(10 * 60, 14 * 60)];
/// let week = Week::new(days).unwrap();
/// assert_eq!(week.windows(Weekday::Tue).len(), 2);
/// assert_eq!(week.open_length(Weekday::Mon), chrono::Duration::minutes(7 * 60 + 30));
/// assert_eq!(week.common_day_length(), None); // Saturday is shorter
/// assert!(Week::default().windows(Weekday::Mon).is_empty()); // closed every day
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Week {
    days: [Vec<DailyWindow>; 7],
}

impl Week {
    /// Monday to Friday during `window`: the catalog's short form.
    pub fn weekdays(window: DailyWindow) -> Week {
        let mut days: [Vec<DailyWindow>; 7] = Default::default();
        for day in &mut days[..5] {
            day.push(window);
        }
        Week { days }
    }

    /// A week from each day's windows, Monday first; `None` unless
    /// [`day_windows`] accepts every day.
    pub fn new(days: [Vec<DailyWindow>; 7]) -> Option<Week> {
        let mut checked: [Vec<DailyWindow>; 7] = Default::default();
        for (slot, windows) in checked.iter_mut().zip(days) {
            *slot = day_windows(windows).ok()?;
        }
        Some(Week { days: checked })
    }

    /// One stretch a week, from `opens` to the next `closes` (weekday and
    /// minutes after midnight; `closes` may be `24 * 60`): a 24x5 week.
    /// `None` when it is empty or a whole week, or a time is past `24:00`.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use sla_calculator::engine::Week;
    ///
    /// // Sunday 17:00 to Friday 17:00: five days of 24 hours.
    /// let week = Week::stretch((Weekday::Sun, 17 * 60), (Weekday::Fri, 17 * 60)).unwrap();
    /// assert_eq!(week.windows(Weekday::Sun)[0].opens(), 17 * 60);
    /// assert_eq!(week.windows(Weekday::Wed)[0].closes(), 24 * 60);
    /// assert_eq!(week.windows(Weekday::Fri)[0].closes(), 17 * 60);
    /// assert!(week.windows(Weekday::Sat).is_empty());
    /// assert!(Week::stretch((Weekday::Mon, 0), (Weekday::Mon, 0)).is_none());
    /// ```
    pub fn stretch(opens: (Weekday, u32), closes: (Weekday, u32)) -> Option<Week> {
        if opens.1 > DAY || closes.1 > DAY {
            return None;
        }
        let minute = |(day, minutes): (Weekday, u32)| day.num_days_from_monday() * DAY + minutes;
        let (start, mut end) = (minute(opens), minute(closes));
        if end <= start {
            end += 7 * DAY;
        }
        let length = end - start;
        if length == 0 || length >= 7 * DAY {
            return None;
        }
        let mut days: [Vec<DailyWindow>; 7] = Default::default();
        let mut at = start;
        while at < end {
            let day_start = at / DAY * DAY;
            let until = end.min(day_start + DAY);
            days[(day_start / DAY % 7) as usize].push(DailyWindow {
                opens: at - day_start,
                closes: until - day_start,
            });
            at = until;
        }
        for day in &mut days {
            crate::sort::sort_by_key(day, |window| window.opens);
        }
        Some(Week { days })
    }

    /// The default 24x5 week: Monday 00:00 to Saturday 00:00.
    pub fn monday_to_friday_around_the_clock() -> Week {
        Week::weekdays(DailyWindow::WHOLE_DAY)
    }

    /// The windows of `day`, sorted (empty when closed).
    pub fn windows(&self, day: Weekday) -> &[DailyWindow] {
        &self.days[day.num_days_from_monday() as usize]
    }

    /// Each day's windows, Monday first.
    pub fn days(&self) -> &[Vec<DailyWindow>; 7] {
        &self.days
    }

    /// How long `day` is open on the wall clock.
    pub fn open_length(&self, day: Weekday) -> Duration {
        self.windows(day)
            .iter()
            .map(DailyWindow::nominal_length)
            .fold(Duration::zero(), |sum, length| sum + length)
    }

    /// The length every open day shares, `None` when open days differ (or
    /// none is open): the default length of a business day.
    pub fn common_day_length(&self) -> Option<Duration> {
        let mut lengths = self
            .days
            .iter()
            .map(|windows| windows.iter().map(|w| w.closes - w.opens).sum::<u32>())
            .filter(|&minutes| minutes > 0);
        let first = lengths.next()?;
        lengths
            .all(|minutes| minutes == first)
            .then(|| crate::timestamp::minutes(i64::from(first)))
    }

    /// The window shared by Monday to Friday when the week is exactly the
    /// short form (one window, weekdays only).
    pub fn as_weekdays(&self) -> Option<DailyWindow> {
        let window = *self.days[0].first()?;
        (*self == Week::weekdays(window)).then_some(window)
    }

    /// Where the week's one stretch opens and closes (weekday, minutes after
    /// midnight; a close at midnight is the next day's `00:00`), or `None`
    /// when the week is not one stretch.
    ///
    /// ```
    /// use chrono::Weekday;
    /// use sla_calculator::engine::Week;
    ///
    /// let default = Week::monday_to_friday_around_the_clock();
    /// assert_eq!(default.stretch_ends(), Some(((Weekday::Mon, 0), (Weekday::Sat, 0))));
    /// let new_york = Week::stretch((Weekday::Sun, 17 * 60), (Weekday::Fri, 17 * 60)).unwrap();
    /// assert_eq!(new_york.stretch_ends(), Some(((Weekday::Sun, 17 * 60), (Weekday::Fri, 17 * 60))));
    /// ```
    pub fn stretch_ends(&self) -> Option<((Weekday, u32), (Weekday, u32))> {
        let mut stretches: Vec<(u32, u32)> = Vec::new();
        for (index, day) in (0..).zip(&self.days) {
            for window in day {
                let (opens, closes) = (index * DAY + window.opens, index * DAY + window.closes);
                match stretches.last_mut() {
                    Some(last) if last.1 == opens => last.1 = closes,
                    _ => stretches.push((opens, closes)),
                }
            }
        }
        // Sunday's stretch running into Monday's is one.
        if stretches.len() == 2 && stretches[0].0 == 0 && stretches[1].1 == 7 * DAY {
            stretches = vec![(stretches[1].0, stretches[0].1)];
        }
        let [(opens, closes)] = stretches[..] else {
            return None;
        };
        let at = |minute: u32| {
            let day = Weekday::try_from((minute / DAY % 7) as u8).ok()?;
            Some((day, minute % DAY))
        };
        Some((at(opens)?, at(closes)?))
    }

    /// Whether no day is open.
    pub fn is_closed(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }
}
