//! What the widget says: every message it shows that does not come from the
//! catalog ([`Messages`], one set per language in `translations/`), and the
//! few sentences built into every build for when its own files fail.
//!
//! Templates use `{name}` placeholders, filled by [`fill`].

/// The few sentences the widget says when its own files fail, by language.
#[derive(Debug)]
pub struct FailureWords {
    /// The words of the page's language could not be loaded: the widget is
    /// shown in English instead.
    pub shown_in_english: &'static str,
    /// No words could be loaded: the page's own content (the element's
    /// fallback) is shown instead of the widget.
    pub unavailable: &'static str,
}

/// Fills `{name}` placeholders of a template.
///
/// ```
/// use sla_calculator::i18n::fill;
///
/// assert_eq!(fill("due {when} ({zone})", &[("when", "Monday"), ("zone", "Paris")]), "due Monday (Paris)");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, next)) => {
                match values.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = next;
            }
            None => {
                out.push('{');
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every string the widget shows that does not come from the catalog.
///
/// Laid out exactly as its texts are listed (`messages_texts!` below: the
/// single texts in this order, then the weeks), which
/// [`from_texts`](Messages::from_texts) relies on.
#[derive(Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Messages {
    /// Heading of the calculator.
    pub calculator_heading: &'static str,
    /// Control labels.
    pub tier_label: &'static str,
    /// Region control label.
    pub region_label: &'static str,
    /// Priority control label.
    pub priority_label: &'static str,
    /// Zone control label: `{region}`.
    pub zone_label: &'static str,
    /// Submission control label.
    pub submitted_label: &'static str,
    /// The "now" button.
    pub now_button: &'static str,
    /// Shown beside the submission field while it follows the clock.
    pub submitted_now: &'static str,
    /// `{when}` is the deadline in the visitor's time.
    pub due_by: &'static str,
    /// `{zone}`: the visitor's zone name.
    pub your_time: &'static str,
    /// `{region}`, `{when}`, `{zone}`.
    pub region_time: &'static str,
    /// `{span}`: how long until the deadline.
    pub due_in: &'static str,
    /// `{span}`: how long ago the deadline passed.
    pub due_ago: &'static str,
    /// 24x7 explanation: `{duration}`.
    pub explain_around_the_clock: &'static str,
    /// 24x5 explanation, submitted while running: `{duration}`, `{opens}`,
    /// `{closes}` (a weekday and a time), `{zone}`.
    pub explain_weekdays_open: &'static str,
    /// 24x5 explanation, submitted while stopped: `{duration}`, `{start}`,
    /// `{closes}`, `{zone}`.
    pub explain_weekdays_closed: &'static str,
    /// `{days}`: dates with special hours the clock met, and their hours.
    pub explain_special: &'static str,
    /// A day with no hours.
    pub closed_day: &'static str,
    /// Business hours, submitted while open: `{region}`, `{duration}`, `{hours}`.
    pub explain_business_open: &'static str,
    /// Business hours, submitted while closed: `{region}`, `{duration}`, `{start}`.
    pub explain_business_closed: &'static str,
    /// Business days: `{days}`, `{duration}`.
    pub explain_business_day_length: &'static str,
    /// `{spans}`: the open stretches counted.
    pub explain_counted: &'static str,
    /// `{holidays}`: the holidays skipped.
    pub explain_holidays: &'static str,
    /// Local hours read in the visitor's own zone: `{region}`, `{zone}`.
    pub zone_visitor: &'static str,
    /// Local hours read in the region's default zone, the visitor being
    /// outside its countries: `{region}`, `{zone}`, `{visitor}`.
    pub zone_outside: &'static str,
    /// The region's holiday calendar ends before what is shown (`{region}`, `{date}`).
    pub holidays_unknown: &'static str,
    /// The public holidays of the country whose clock is used are not known
    /// (no data, or its file did not arrive): `{country}`, its code.
    pub public_holidays_unknown: &'static str,
    /// The page's extra holidays could not be loaded: the deadline may fall on one.
    pub extra_holidays_unavailable: &'static str,
    /// Zone chosen by the embedder or the visitor: `{region}`, `{zone}`.
    pub zone_chosen: &'static str,
    /// Option of the zone list meaning "the default".
    pub zone_default_option: &'static str,
    /// Comparison table caption.
    pub comparison_caption: &'static str,
    /// Header of the feature column.
    pub feature_header: &'static str,
    /// Accessible text of a ✔ cell.
    pub included: &'static str,
    /// Accessible text of an empty cell.
    pub not_included: &'static str,
    /// Marks the selected tier's column header.
    pub selected_tier: &'static str,
    /// Targets table caption.
    pub targets_caption: &'static str,
    /// Header of the priority column.
    pub priority_header: &'static str,
    /// Regional hours table caption.
    pub hours_caption: &'static str,
    /// Hours table headers.
    pub hours_region_header: &'static str,
    /// Header: the region's own hours.
    pub hours_local_header: &'static str,
    /// Header: `{zone}` the visitor's zone.
    pub hours_yours_header: &'static str,
    /// Header: open now?
    pub hours_now_header: &'static str,
    /// Monday–Friday `{opens}`–`{closes}` `{zone}`.
    pub hours_weekly: &'static str,
    /// `{day}` `{opens}`–`{closes}`: the current or next window in the visitor's time.
    pub hours_window: &'static str,
    /// Open now, until `{time}`.
    pub open_now: &'static str,
    /// Closed, opens `{when}`.
    pub closed_now: &'static str,
    /// Closed today for a public holiday, `{name}`; opens `{when}`.
    pub closed_holiday: &'static str,
    /// The data sheet's sentence on how the region is chosen.
    pub billing_note: &'static str,
    /// Announced to screen readers when the deadline changes: `{when}`.
    pub announce: &'static str,
    /// A value from an attribute that was not understood: `{name}`, `{value}`, `{fallback}`.
    pub notice_unknown: &'static str,
    /// A catalog that failed to load.
    pub catalog_error_heading: &'static str,
    /// Clock labels as the data sheet writes them.
    pub clock_around_the_clock: &'static str,
    /// 24x5.
    pub clock_weekdays: &'static str,
    /// Business hours.
    pub clock_business_hours: &'static str,
    /// Business day (singular) and days (plural).
    pub clock_business_day: &'static str,
    /// Plural.
    pub clock_business_days: &'static str,
    /// Units: `{n}`.
    pub minute_one: &'static str,
    /// Plural minutes.
    pub minute_many: &'static str,
    /// One hour.
    pub hour_one: &'static str,
    /// Hours.
    pub hour_many: &'static str,
    /// One day.
    pub day_one: &'static str,
    /// Days.
    pub day_many: &'static str,
    /// One business day, in sentences.
    pub business_day_one: &'static str,
    /// Business days, in sentences.
    pub business_day_many: &'static str,
    /// Joins a number of hours and minutes: `{hours}`, `{minutes}`.
    pub hours_and_minutes: &'static str,
    /// Compact span units for countdowns: `{n}`.
    pub span_days: &'static str,
    /// Hours in countdowns.
    pub span_hours: &'static str,
    /// Minutes in countdowns.
    pub span_minutes: &'static str,
    /// A span shorter than a minute, in countdowns (they count whole minutes).
    pub span_under_a_minute: &'static str,
    /// Separates list items.
    pub list_separator: &'static str,
    /// Between a label and what it introduces ("Japan: …").
    pub label_separator: &'static str,
    /// Caption of the tier-by-deadline comparison.
    pub by_tier_caption: &'static str,
    /// Its deadline column.
    pub by_tier_due: &'static str,
    /// Its difference column.
    pub by_tier_difference: &'static str,
    /// The selected tier's own row.
    pub same_time: &'static str,
    /// Another tier due at the very same instant.
    pub same_deadline: &'static str,
    /// `{span}` earlier than the selected tier.
    pub earlier: &'static str,
    /// `{span}` later than the selected tier.
    pub later: &'static str,
    /// Names the row of links that take the answer away.
    pub take_away_label: &'static str,
    /// The link to this very answer (selection and submission in the URL).
    pub share_link: &'static str,
    /// The link that downloads the deadline as an .ics file.
    pub add_to_calendar: &'static str,
    /// The calendar event's title.
    pub calendar_summary: &'static str,
    /// Heading of the best/worst filing times.
    pub filing_heading: &'static str,
    /// The quickest filing time: `{when}`, `{span}`.
    pub filing_best: &'static str,
    /// The slowest filing time: `{when}`, `{span}`.
    pub filing_worst: &'static str,
    /// Every filing time waits the same: `{span}`.
    pub filing_any_time: &'static str,
    /// Caption of the coverage chart: `{zone}`.
    pub coverage_caption: &'static str,
    /// The 24x7 row's label.
    pub coverage_every_region: &'static str,
    /// Legend: a holiday.
    pub coverage_holiday: &'static str,
    /// The selected tier's services: `{tier}`.
    pub services_heading: &'static str,
    /// Legend: a date with special hours.
    pub coverage_special: &'static str,
    /// Summary: `{days}`, the dates with special hours in the week.
    pub coverage_specials: &'static str,
    /// Legend: the current instant.
    pub coverage_now: &'static str,
    /// A region's coverage in words: `{region}`, `{hours}`, `{weekdays}`.
    pub coverage_row: &'static str,
    /// A region's holidays in the week: `{holidays}`.
    pub coverage_holidays: &'static str,
    /// The 24x7 row in words.
    pub coverage_around_the_clock: &'static str,
    /// No open time in the week.
    pub coverage_none: &'static str,
    /// Weekday names, Monday first, as in "from Sunday 17:00".
    pub weekdays: [&'static str; 7],
    /// Short weekday names, Monday first, as in "Sat 10:00–14:00".
    pub weekdays_short: [&'static str; 7],
}

/// Writes [`Messages::texts`] and [`Messages::from_texts`] from one list of
/// the fields, in the order a words file holds them (`catalog::compact`):
/// the single texts, then each week of names as its seven.
macro_rules! messages_texts {
    (texts: $($text:ident),*; weeks: $($week:ident),*) => {
        impl Messages {
            /// Every text empty.
            #[allow(dead_code)] // the widget's stand-in starts from it
            pub(crate) const BLANK: Messages = Messages {
                $($text: "",)*
                $($week: [""; 7],)*
            };

            /// Every text, in the order of a words file.
            pub fn texts(&self) -> Vec<&'static str> {
                let mut texts = vec![$(self.$text),*];
                $(texts.extend_from_slice(&self.$week);)*
                texts
            }

            /// How many texts [`texts`](Messages::texts) gives.
            pub const COUNT: usize = [$(stringify!($text)),*].len() + 7 * [$(stringify!($week)),*].len();

            /// The messages of [`texts`](Messages::texts)'s order, if `texts`
            /// is exactly that many.
            pub fn from_texts(texts: &[&'static str]) -> Option<Messages> {
                let texts: [&'static str; Messages::COUNT] = texts.try_into().ok()?;
                // SAFETY: `Messages` is `repr(C)` and made only of `&'static
                // str` fields and arrays of them, declared in the order of
                // this list: it is laid out as `COUNT` such references one
                // after the other, with no padding (`transmute` checks the
                // sizes are equal at compile time), and every one of them is
                // a valid `&'static str`. The order is checked by the
                // round-trip test below. One copy instead of a hundred field
                // stores: 1.2 KB less gzipped WebAssembly.
                Some(unsafe { std::mem::transmute::<[&'static str; Messages::COUNT], Messages>(texts) })
            }
        }
    };
}

messages_texts! {
    texts:
        calculator_heading, tier_label, region_label, priority_label, zone_label,
        submitted_label, now_button, submitted_now, due_by, your_time, region_time, due_in,
        due_ago, explain_around_the_clock, explain_weekdays_open, explain_weekdays_closed,
        explain_special, closed_day, explain_business_open, explain_business_closed,
        explain_business_day_length, explain_counted, explain_holidays, zone_visitor,
        zone_outside, holidays_unknown, public_holidays_unknown, extra_holidays_unavailable, zone_chosen, zone_default_option, comparison_caption,
        feature_header, included, not_included, selected_tier, targets_caption, priority_header,
        hours_caption, hours_region_header, hours_local_header, hours_yours_header,
        hours_now_header, hours_weekly, hours_window, open_now, closed_now, closed_holiday, billing_note,
        announce, notice_unknown, catalog_error_heading, clock_around_the_clock, clock_weekdays,
        clock_business_hours, clock_business_day, clock_business_days, minute_one, minute_many,
        hour_one, hour_many, day_one, day_many, business_day_one, business_day_many,
        hours_and_minutes, span_days, span_hours, span_minutes, span_under_a_minute, list_separator,
        label_separator, by_tier_caption, by_tier_due, by_tier_difference, same_time,
        same_deadline, earlier, later, take_away_label, share_link, add_to_calendar,
        calendar_summary, filing_heading, filing_best, filing_worst, filing_any_time,
        coverage_caption, coverage_every_region, coverage_holiday, services_heading,
        coverage_special, coverage_specials, coverage_now, coverage_row, coverage_holidays,
        coverage_around_the_clock, coverage_none;
    weeks: weekdays, weekdays_short
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))] // the widget has no built-in messages
    fn messages_travel_as_their_texts_and_come_back_whole() {
        // The words files carry `texts()`; reading them back gives each
        // language's messages field for field, and a list of another length
        // (a words file of another version) gives none.
        for lang in Lang::ALL {
            let texts = lang.messages().texts();
            assert_eq!(texts.len(), Messages::COUNT);
            assert_eq!(
                Messages::from_texts(&texts).as_ref(),
                Some(lang.messages()),
                "{lang:?}"
            );
            assert_eq!(Messages::from_texts(&texts[1..]), None, "one text short");
            let mut more = texts.clone();
            more.push("extra");
            assert_eq!(Messages::from_texts(&more), None, "one text too many");
        }
        assert_ne!(Lang::Fr.messages().texts(), Lang::En.messages().texts());
    }

    #[test]
    fn every_language_has_the_english_placeholders() {
        // A template that drops or misspells a `{name}` shows the reader a
        // brace or loses a value: each language's has exactly English's.
        let names = |template: &str| {
            let mut names: Vec<String> = template
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                .collect();
            names.sort();
            names
        };
        let english = Lang::En.messages().texts();
        for lang in Lang::ALL {
            let texts = lang.messages().texts();
            for (i, (text, reference)) in texts.iter().zip(&english).enumerate() {
                assert_eq!(names(text), names(reference), "{lang:?}, text {i}: {text}");
                assert!(
                    !text.is_empty() || reference.is_empty(),
                    "{lang:?}, text {i} is empty"
                );
            }
        }
    }

    #[test]
    fn templates_keep_unknown_placeholders_and_lone_braces() {
        assert_eq!(fill("{a} {b} {", &[("a", "1")]), "1 {b} {");
    }

    #[test]
    fn every_language_fills_every_template_it_declares() {
        for lang in Lang::ALL {
            let m = lang.messages();
            for (template, names) in [
                (m.due_by, &["when"][..]),
                (m.closed_holiday, &["name", "when"][..]),
                (
                    m.explain_business_closed,
                    &["region", "duration", "start"][..],
                ),
                (
                    m.explain_business_open,
                    &["region", "duration", "hours"][..],
                ),
                (m.zone_visitor, &["region", "zone"][..]),
                (m.zone_outside, &["region", "zone", "visitor"][..]),
                (m.holidays_unknown, &["region", "date"][..]),
                (m.public_holidays_unknown, &["country"][..]),
                (m.hours_weekly, &["opens", "closes", "zone"][..]),
                (
                    m.explain_weekdays_open,
                    &["duration", "opens", "closes", "zone"][..],
                ),
                (
                    m.explain_weekdays_closed,
                    &["duration", "start", "closes", "zone"][..],
                ),
                (m.explain_special, &["days"][..]),
                (m.services_heading, &["tier"][..]),
                (m.coverage_specials, &["days"][..]),
                (m.notice_unknown, &["name", "value", "fallback"][..]),
            ] {
                let values: Vec<(&str, &str)> = names.iter().map(|n| (*n, "X")).collect();
                let filled = fill(template, &values);
                assert!(!filled.contains('{'), "{lang:?}: {filled}");
            }
        }
    }
}
