//! Durations and targets in words: "2 hours", "Business hours / 4 hours",
//! "2 d 3 h", from each language's unit templates.

use super::messages::{fill, Messages};
use crate::engine::{Clock, Target};

impl Messages {
    fn unit(&self, one: &'static str, many: &'static str, n: i64) -> String {
        fill(if n == 1 { one } else { many }, &[("n", &n.to_string())])
    }

    /// A duration in minutes, in words: "2 hours", "1 hour 30 minutes", "30 minutes".
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    ///
    /// assert_eq!(Lang::Fr.messages().duration(90), "1 heure 30 minutes");
    /// assert_eq!(Lang::En.messages().duration(120), "2 hours");
    /// assert_eq!(Lang::Ja.messages().duration(30), "30分");
    /// ```
    pub fn duration(&self, minutes: i64) -> String {
        let (hours, rest) = (minutes / 60, minutes % 60);
        match (hours, rest) {
            (0, m) => self.unit(self.minute_one, self.minute_many, m),
            (h, 0) => self.unit(self.hour_one, self.hour_many, h),
            (h, m) => fill(
                self.hours_and_minutes,
                &[
                    ("hours", &self.unit(self.hour_one, self.hour_many, h)),
                    ("minutes", &self.unit(self.minute_one, self.minute_many, m)),
                ],
            ),
        }
    }

    /// A target as the data sheet's table writes it: clock / duration.
    ///
    /// ```
    /// use sla_calculator::engine::{Clock, Target};
    /// use sla_calculator::i18n::Lang;
    ///
    /// let fr = Lang::Fr.messages();
    /// assert_eq!(fr.target(&Target::minutes(Clock::BusinessHours, 240)), "Heures d’ouverture / 4 heures");
    /// assert_eq!(fr.target(&Target::business_days(3)), "Jours ouvrables / 3 jours");
    /// assert_eq!(fr.target(&Target::business_days(1)), "Jour ouvrable / 1 jour");
    /// ```
    pub fn target(&self, target: &Target) -> String {
        format!("{} / {}", self.clock(target), self.target_duration(target))
    }

    /// The clock's label ("24x7", "Business hours", "Business day(s)").
    pub fn clock(&self, target: &Target) -> &'static str {
        match target.clock() {
            Clock::TwentyFourSeven => self.clock_around_the_clock,
            Clock::TwentyFourFive => self.clock_weekdays,
            Clock::BusinessHours => self.clock_business_hours,
            Clock::BusinessDays if target.amount() == 1 => self.clock_business_day,
            Clock::BusinessDays => self.clock_business_days,
        }
    }

    /// The target's amount in words ("4 hours", "3 days").
    pub fn target_duration(&self, target: &Target) -> String {
        match target.clock() {
            Clock::BusinessDays => self.unit(self.day_one, self.day_many, target.amount().into()),
            _ => self.duration(target.amount().into()),
        }
    }

    /// The target's amount in a sentence: "1 business day", "2 hours".
    pub fn target_in_words(&self, target: &Target) -> String {
        match target.clock() {
            Clock::BusinessDays => self.unit(
                self.business_day_one,
                self.business_day_many,
                target.amount().into(),
            ),
            _ => self.duration(target.amount().into()),
        }
    }

    /// A compact span for countdowns, in whole minutes (what is left of a
    /// minute is dropped, so a countdown changes once a minute): "2 d 3 h",
    /// "45 min", "less than a minute".
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    ///
    /// assert_eq!(Lang::En.messages().span(2 * 86400 + 3 * 3600 + 59), "2 d 3 h");
    /// assert_eq!(Lang::Ja.messages().span(45 * 60 + 5), "45分");
    /// assert_eq!(Lang::Fr.messages().span(-59), "moins d’une minute");
    /// ```
    pub fn span(&self, seconds: i64) -> String {
        let seconds = seconds.abs();
        let (days, hours) = (seconds / 86400, seconds % 86400 / 3600);
        let minutes = seconds % 3600 / 60;
        let ((unit, n), smaller) = if days > 0 {
            ((self.span_days, days), Some((self.span_hours, hours)))
        } else if hours > 0 {
            ((self.span_hours, hours), Some((self.span_minutes, minutes)))
        } else if minutes > 0 {
            ((self.span_minutes, minutes), None)
        } else {
            return self.span_under_a_minute.to_owned();
        };
        let part = |template, n: i64| fill(template, &[("n", &n.to_string())]);
        let mut text = part(unit, n);
        if let Some((unit, n)) = smaller {
            text = text + " " + &part(unit, n);
        }
        text
    }
}
