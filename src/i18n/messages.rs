//! The widget's own words in French (the data sheet's wording, docs/rules.md), English and Japanese.
//!
//! Templates use `{name}` placeholders, filled by [`fill`].

use crate::engine::{Clock, Target};

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French, the reference wording.
    Fr,
    /// English.
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// Every language, in catalog order.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::En, Lang::Ja];

    /// The language of a tag (`fr`, `fr-CA`, `ja_JP`…), if the widget speaks it.
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    ///
    /// assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
    /// assert_eq!(Lang::from_tag("xx"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = super::primary_subtag(tag.trim());
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The language whose code is exactly `code` (`fr`, `en`, `ja`), as a
    /// catalog's languages and words files name them.
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    ///
    /// assert_eq!(Lang::from_code("ja"), Some(Lang::Ja));
    /// assert_eq!(Lang::from_code("fr-CA"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The first tag of `tags` the widget speaks, else English.
    pub fn first_supported<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// The language code (`fr`, `en`, `ja`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The widget's words in this language.
    ///
    /// In the WebAssembly widget they are not built in: they come with the
    /// language's words file (`lang/<code>.bin`, see [`Lang::register`]), so
    /// that the widget does not grow with the languages a page does not show.
    /// Until then this gives the few English words an error needs, and the
    /// widget renders nothing else ([`Lang::has_messages`]).
    pub fn messages(self) -> &'static Messages {
        #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
        return match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
            Lang::Ja => &JA,
        };
        #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
        return LOADED
            .with(|loaded| loaded.get()[self as usize])
            .unwrap_or(&NOT_LOADED);
    }

    /// What the widget says in this language when its own words cannot be
    /// loaded. Built into every build, in every language: the words files
    /// these would otherwise travel in are what failed (rules §5).
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    ///
    /// assert!(Lang::Fr.failure_words().shown_in_english.contains("anglais"));
    /// assert!(Lang::Ja.failure_words().unavailable.contains("読み込めません"));
    /// ```
    pub fn failure_words(self) -> &'static FailureWords {
        &FAILURE_WORDS[self as usize]
    }

    /// Whether this language's messages are at hand (always, natively).
    pub fn has_messages(self) -> bool {
        #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
        return true;
        #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
        return LOADED.with(|loaded| loaded.get()[self as usize].is_some());
    }

    /// Makes `messages` this language's, for the rest of the page's life (a
    /// language's messages are read once a page; natively they are built in
    /// and this changes nothing).
    pub fn register(self, messages: Messages) {
        #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
        LOADED.with(|loaded| {
            let mut all = loaded.get();
            if all[self as usize].is_none() {
                all[self as usize] = Some(Box::leak(Box::new(messages)));
                loaded.set(all);
            }
        });
        #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
        let _ = messages;
    }
}

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
thread_local! {
    /// The messages read from the words files the page has loaded, by [`Lang`].
    static LOADED: std::cell::Cell<[Option<&'static Messages>; 3]> = const { std::cell::Cell::new([None; 3]) };
}

/// What [`Lang::messages`] gives in the widget before a language's words
/// file is read: English for the heading and for an error that stops the
/// words from coming (nothing else is rendered then).
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
static NOT_LOADED: Messages = Messages {
    calculator_heading: "When will support answer?",
    catalog_error_heading: "The catalog could not be loaded",
    ..Messages::BLANK
};

/// A set of [`Lang`]s (one bit each).
///
/// ```
/// use sla_calculator::i18n::{Lang, LangSet};
///
/// let mut set = LangSet::default();
/// set.set(Lang::Ja, true);
/// assert!(set.contains(Lang::Ja) && !set.contains(Lang::En));
/// set.set(Lang::Ja, false);
/// assert_eq!(set, LangSet::default());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LangSet(u8);

impl LangSet {
    /// Whether `lang` is in the set.
    pub fn contains(self, lang: Lang) -> bool {
        self.0 & (1 << lang as u8) != 0
    }

    /// Puts `lang` in the set, or takes it out.
    pub fn set(&mut self, lang: Lang, present: bool) {
        if present {
            self.0 |= 1 << lang as u8;
        } else {
            self.0 &= !(1 << lang as u8);
        }
    }
}

/// The few sentences the widget says when its own files fail, by [`Lang`].
#[derive(Debug)]
pub struct FailureWords {
    /// The words of the page's language could not be loaded: the widget is
    /// shown in English instead.
    pub shown_in_english: &'static str,
    /// No words could be loaded: the page's own content (the element's
    /// fallback) is shown instead of the widget.
    pub unavailable: &'static str,
}

static FAILURE_WORDS: [FailureWords; 3] = [
    FailureWords {
        shown_in_english: "Les textes du calculateur en français n’ont pas pu être chargés : il s’affiche en anglais.",
        unavailable: "Le calculateur n’a pas pu être chargé : voici le contenu de la page sans lui.",
    },
    FailureWords {
        shown_in_english: "",
        unavailable: "The calculator could not be loaded: here is the page’s content without it.",
    },
    FailureWords {
        shown_in_english: "計算ツールの日本語の文言を読み込めなかったため、英語で表示しています。",
        unavailable: "計算ツールを読み込めませんでした。以下はツールなしのページの内容です。",
    },
];

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
            const BLANK: Messages = Messages {
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

/// French: the data sheet's wording where it has one.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub static FR: Messages = Messages {
    calculator_heading: "Quand l’assistance répondra-t-elle ?",
    tier_label: "Niveau d’assistance",
    region_label: "Région (adresse de facturation)",
    priority_label: "Priorité",
    zone_label: "Fuseau horaire (région {region})",
    submitted_label: "Envoi du cas (votre heure locale)",
    now_button: "Maintenant",
    submitted_now: "maintenant",
    due_by: "Première réponse au plus tard le {when}",
    your_time: "votre fuseau : {zone}",
    region_time: "Heure de la région {region} : {when} ({zone})",
    due_in: "dans {span}",
    due_ago: "échéance dépassée depuis {span}",
    explain_around_the_clock: "Traité 24x7 : le délai de {duration} court dès l’envoi, sans interruption.",
    explain_weekdays_open: "Le délai de {duration} court en continu du {opens} au {closes} ({zone}).",
    explain_weekdays_closed: "Envoyé hors de la semaine 24x5 ; le délai de {duration} démarre {start} et court en continu jusqu’au {closes} ({zone}).",
    explain_special: "Horaires particuliers : {days}.",
    weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    weekdays_short: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    closed_day: "fermé",
    explain_business_open: "Envoyé pendant les heures d’ouverture de la région {region} ; le délai de {duration} ne compte que les heures d’ouverture ({hours}).",
    explain_business_closed: "Envoyé en dehors des heures d’ouverture de la région {region} ; le délai de {duration} démarre {start} et ne compte que les heures d’ouverture.",
    explain_business_day_length: "{days} = {duration} d’heures d’ouverture.",
    explain_counted: "Temps compté : {spans}.",
    explain_holidays: "Fermé : {holidays}.",
    zone_visitor: "Les heures de la région {region} sont locales : elles sont lues dans votre fuseau, {zone}.",
    zone_outside: "Heures de la région {region} lues dans son fuseau ({zone}) : le vôtre ({visitor}) est hors de la région {region}.",
    holidays_unknown: "Les jours fériés de la région {region} ne sont connus que jusqu’au {date} : ceux d’après ne sont pas comptés, l’échéance réelle peut être plus tardive.",
    public_holidays_unknown: "Les jours fériés du pays {country} ne sont pas connus ici : ils ne sont pas comptés, l’échéance peut tomber sur l’un d’eux.",
    extra_holidays_unavailable: "Les jours fériés propres à cette page n’ont pas pu être chargés : ils ne sont pas comptés, l’échéance peut tomber sur l’un d’eux.",
    zone_chosen: "Heures de la région {region} lues dans le fuseau choisi ({zone}).",
    zone_default_option: "Par défaut",
    comparison_caption: "Comparaison des niveaux d’assistance",
    feature_header: "Fonctionnalité",
    included: "Inclus",
    not_included: "Non inclus",
    selected_tier: "(sélectionné)",
    targets_caption: "Cibles du niveau de service : réponse initiale",
    priority_header: "Priorité",
    hours_caption: "Heures d’ouverture locales par région",
    hours_region_header: "Région",
    hours_local_header: "Heures locales",
    hours_yours_header: "Dans votre heure ({zone})",
    hours_now_header: "En ce moment",
    hours_weekly: "Du lundi au vendredi, {opens} à {closes} ({zone})",
    hours_window: "{day}, {opens} à {closes}",
    open_now: "Ouvert, jusqu’à {time}",
    closed_now: "Fermé, ouvre {when}",
    closed_holiday: "Fermé — jour férié ({name}), ouvre {when}",
    billing_note: "La portée régionale de l’assistance est établie en faisant correspondre l’adresse de facturation du client (sur le bon de commande ou tout autre document d’achat) avec l’une des régions.",
    announce: "Première réponse au plus tard le {when}.",
    notice_unknown: "Valeur « {value} » non reconnue pour {name} ; {fallback} est utilisé.",
    catalog_error_heading: "Le catalogue n’a pas pu être chargé",
    clock_around_the_clock: "24x7",
    clock_weekdays: "24x5",
    clock_business_hours: "Heures d’ouverture",
    clock_business_day: "Jour ouvrable",
    clock_business_days: "Jours ouvrables",
    minute_one: "{n} minute",
    minute_many: "{n} minutes",
    hour_one: "{n} heure",
    hour_many: "{n} heures",
    day_one: "{n} jour",
    day_many: "{n} jours",
    business_day_one: "{n} jour ouvrable",
    business_day_many: "{n} jours ouvrables",
    hours_and_minutes: "{hours} {minutes}",
    span_days: "{n} j",
    span_hours: "{n} h",
    span_minutes: "{n} min",
    span_under_a_minute: "moins d’une minute",
    list_separator: ", ",
    label_separator: " : ",
    by_tier_caption: "Première réponse selon le niveau d’assistance",
    by_tier_due: "Au plus tard (votre heure)",
    by_tier_difference: "Écart",
    same_time: "niveau choisi",
    same_deadline: "même échéance",
    earlier: "{span} plus tôt",
    later: "{span} plus tard",
    take_away_label: "Emporter cette réponse",
    share_link: "Lien vers cette réponse",
    add_to_calendar: "Ajouter à mon agenda (.ics)",
    calendar_summary: "Première réponse du support attendue — {tier}, {priority}, {region}",
    filing_heading: "Quand déposer un cas dans les sept prochains jours",
    filing_best: "Réponse la plus rapide : déposer {when} ; elle est due {span} plus tard.",
    filing_worst: "Réponse la plus lente : déposer {when} ; elle est due {span} plus tard.",
    filing_any_time: "L’heure de dépôt ne change rien : la réponse est due {span} après le dépôt.",
    coverage_caption: "Couverture de l’assistance sur les sept prochains jours, à votre heure ({zone})",
    coverage_every_region: "Toutes les régions",
    coverage_holiday: "Jour férié",
    coverage_special: "Horaires particuliers",
    services_heading: "Services inclus dans {tier}",
    coverage_specials: "Horaires particuliers : {days}.",
    coverage_now: "Maintenant",
    coverage_row: "{region} : heures d’ouverture {hours} ; 24x5 {weekdays}.",
    coverage_holidays: "Jours fériés : {holidays}.",
    coverage_around_the_clock: "24x7 : toutes les heures de la semaine, dans toutes les régions.",
    coverage_none: "aucune",
};

/// English.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub static EN: Messages = Messages {
    calculator_heading: "When will support answer?",
    tier_label: "Support tier",
    region_label: "Region (billing address)",
    priority_label: "Priority",
    zone_label: "Time zone for {region} hours",
    submitted_label: "Case submitted (your local time)",
    now_button: "Now",
    submitted_now: "now",
    due_by: "First response due by {when}",
    your_time: "your time ({zone})",
    region_time: "{region} time: {when} ({zone})",
    due_in: "in {span}",
    due_ago: "overdue by {span}",
    explain_around_the_clock: "Handled 24x7: the target of {duration} runs from submission without pause.",
    explain_weekdays_open: "The target of {duration} is counted around the clock from {opens} to {closes} ({zone}).",
    explain_weekdays_closed: "Submitted outside the 24x5 week; the target of {duration} is counted from {start}, around the clock until {closes} ({zone}).",
    explain_special: "Special hours: {days}.",
    weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    closed_day: "closed",
    explain_business_open: "Submitted during {region} business hours; the target of {duration} is counted in business hours only ({hours}).",
    explain_business_closed: "Submitted outside {region} business hours; the target of {duration} is counted from {start}, in business hours only.",
    explain_business_day_length: "{days} = {duration} of business hours.",
    explain_counted: "Time counted: {spans}.",
    explain_holidays: "Closed: {holidays}.",
    zone_visitor: "{region} hours are local: they are read in your time, {zone}.",
    zone_outside: "{region} hours are read in {zone}: your zone ({visitor}) is outside {region}.",
    holidays_unknown: "{region} holidays are known only up to {date}: later ones are not counted, so the real deadline may be later.",
    public_holidays_unknown: "The public holidays of {country} are not known here: none is counted, so the deadline may fall on one of them.",
    extra_holidays_unavailable: "This page’s own holidays could not be loaded: none is counted, so the deadline may fall on one of them.",
    zone_chosen: "{region} hours are read in {zone}.",
    zone_default_option: "Default",
    comparison_caption: "Support tiers compared",
    feature_header: "Feature",
    included: "Included",
    not_included: "Not included",
    selected_tier: "(selected)",
    targets_caption: "Service level targets: initial response",
    priority_header: "Priority",
    hours_caption: "Regional support hours",
    hours_region_header: "Region",
    hours_local_header: "Local hours",
    hours_yours_header: "In your time ({zone})",
    hours_now_header: "Right now",
    hours_weekly: "Monday to Friday, {opens} to {closes} ({zone})",
    hours_window: "{day}, {opens} to {closes}",
    open_now: "Open, until {time}",
    closed_now: "Closed, opens {when}",
    closed_holiday: "Closed — public holiday ({name}), opens {when}",
    billing_note: "Your support region is set by matching the billing address (on the purchase order or other support purchase document) with one of the regions.",
    announce: "First response due by {when}.",
    notice_unknown: "Unrecognised {name} “{value}”; using {fallback}.",
    catalog_error_heading: "The catalog could not be loaded",
    clock_around_the_clock: "24x7",
    clock_weekdays: "24x5",
    clock_business_hours: "Business hours",
    clock_business_day: "Business day",
    clock_business_days: "Business days",
    minute_one: "{n} minute",
    minute_many: "{n} minutes",
    hour_one: "{n} hour",
    hour_many: "{n} hours",
    day_one: "{n} day",
    day_many: "{n} days",
    business_day_one: "{n} business day",
    business_day_many: "{n} business days",
    hours_and_minutes: "{hours} {minutes}",
    span_days: "{n} d",
    span_hours: "{n} h",
    span_minutes: "{n} min",
    span_under_a_minute: "less than a minute",
    list_separator: ", ",
    label_separator: ": ",
    by_tier_caption: "First response by tier",
    by_tier_due: "Due by (your time)",
    by_tier_difference: "Difference",
    same_time: "selected tier",
    same_deadline: "same deadline",
    earlier: "{span} earlier",
    later: "{span} later",
    take_away_label: "Take this answer away",
    share_link: "Link to this answer",
    add_to_calendar: "Add to my calendar (.ics)",
    calendar_summary: "Support first response due — {tier}, {priority}, {region}",
    filing_heading: "When to file in the next seven days",
    filing_best: "Quickest answer: file {when}; it is due {span} later.",
    filing_worst: "Slowest answer: file {when}; it is due {span} later.",
    filing_any_time: "Filing time makes no difference: the answer is due {span} after filing.",
    coverage_caption: "Support coverage over the next seven days, in your time ({zone})",
    coverage_every_region: "All regions",
    coverage_holiday: "Holiday",
    coverage_special: "Special hours",
    services_heading: "Included with {tier}",
    coverage_specials: "Special hours: {days}.",
    coverage_now: "Now",
    coverage_row: "{region}: business hours {hours}; 24x5 {weekdays}.",
    coverage_holidays: "Holidays: {holidays}.",
    coverage_around_the_clock: "24x7: every hour of the week, in every region.",
    coverage_none: "none",
};

/// Japanese.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub static JA: Messages = Messages {
    calculator_heading: "サポートはいつ回答しますか？",
    tier_label: "サポートレベル",
    region_label: "地域（請求先住所）",
    priority_label: "優先度",
    zone_label: "{region} の営業時間のタイムゾーン",
    submitted_label: "ケース送信日時（現地時間）",
    now_button: "現在",
    submitted_now: "現在",
    due_by: "初回回答期限：{when}",
    your_time: "あなたの時刻（{zone}）",
    region_time: "{region} の時刻：{when}（{zone}）",
    due_in: "あと {span}",
    due_ago: "期限を {span} 超過",
    explain_around_the_clock: "24x7 対応：{duration}の目標時間は送信時点から途切れずに進みます。",
    explain_weekdays_open: "{duration}のカウントは{opens}から{closes}まで連続して進みます（{zone}）。",
    explain_weekdays_closed: "24x5 の時間外に送信されたため、{duration}のカウントは {start} に始まり、{closes}まで連続して進みます（{zone}）。",
    explain_special: "特別営業時間：{days}。",
    weekdays: ["月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜"],
    weekdays_short: ["月", "火", "水", "木", "金", "土", "日"],
    closed_day: "休業",
    explain_business_open: "{region} の営業時間内に送信されました。{duration}のカウントは営業時間（{hours}）のみを数えます。",
    explain_business_closed: "{region} の営業時間外に送信されたため、{duration}のカウントは {start} に始まり、営業時間のみを数えます。",
    explain_business_day_length: "{days} = 営業時間 {duration}。",
    explain_counted: "カウントされた時間：{spans}。",
    explain_holidays: "休業日：{holidays}。",
    zone_visitor: "{region} の営業時間は現地時間のため、あなたの時刻（{zone}）で計算しています。",
    zone_outside: "{region} の営業時間は {zone} の時刻で計算しています（あなたのタイムゾーン {visitor} は {region} の対象外です）。",
    holidays_unknown: "{region} の祝日は {date} までしか分かっていません。それ以降の祝日は数えていないため、実際の期限はこれより遅くなる場合があります。",
    public_holidays_unknown: "{country} の祝日が分からないため数えていません。期限がその祝日に当たる場合があります。",
    extra_holidays_unavailable: "このページ独自の休日を読み込めなかったため数えていません。期限がその休日に当たる場合があります。",
    zone_chosen: "{region} の営業時間は {zone} の時刻として計算しています。",
    zone_default_option: "既定",
    comparison_caption: "サポートレベルの比較",
    feature_header: "機能",
    included: "含まれる",
    not_included: "含まれない",
    selected_tier: "（選択中）",
    targets_caption: "サービスレベル目標：初回回答",
    priority_header: "優先度",
    hours_caption: "地域別のサポート時間",
    hours_region_header: "地域",
    hours_local_header: "現地の営業時間",
    hours_yours_header: "あなたの時刻（{zone}）",
    hours_now_header: "現在",
    hours_weekly: "月曜〜金曜 {opens}〜{closes}（{zone}）",
    hours_window: "{day} {opens}〜{closes}",
    open_now: "営業中（{time} まで）",
    closed_now: "時間外（{when} から）",
    closed_holiday: "祝日（{name}）のため休業（{when} から）",
    billing_note: "サポートの地域は、お客様の請求先住所（発注書またはその他のサポート購入書類）といずれかの地域を照合して決まります。",
    announce: "初回回答期限：{when}。",
    notice_unknown: "{name} の値「{value}」は認識できません。{fallback} を使用します。",
    catalog_error_heading: "カタログを読み込めませんでした",
    clock_around_the_clock: "24x7",
    clock_weekdays: "24x5",
    clock_business_hours: "営業時間内",
    clock_business_day: "営業日",
    clock_business_days: "営業日",
    minute_one: "{n}分",
    minute_many: "{n}分",
    hour_one: "{n}時間",
    hour_many: "{n}時間",
    day_one: "{n}日",
    day_many: "{n}日",
    business_day_one: "{n}営業日",
    business_day_many: "{n}営業日",
    hours_and_minutes: "{hours}{minutes}",
    span_days: "{n}日",
    span_hours: "{n}時間",
    span_minutes: "{n}分",
    span_under_a_minute: "1分未満",
    list_separator: "、",
    label_separator: "：",
    by_tier_caption: "サポートレベル別の初回回答期限",
    by_tier_due: "期限（あなたの時刻）",
    by_tier_difference: "差",
    same_time: "選択中のレベル",
    same_deadline: "同じ期限",
    earlier: "{span} 早い",
    later: "{span} 遅い",
    take_away_label: "この回答を保存・共有",
    share_link: "この回答へのリンク",
    add_to_calendar: "カレンダーに追加 (.ics)",
    calendar_summary: "サポート初回回答期限 — {tier}、{priority}、{region}",
    filing_heading: "今後7日間の提出タイミング",
    filing_best: "最も早く回答：{when} に提出すると、期限は {span} 後です。",
    filing_worst: "最も遅く回答：{when} に提出すると、期限は {span} 後です。",
    filing_any_time: "いつ提出しても同じです：回答期限は提出の {span} 後です。",
    coverage_caption: "今後7日間のサポート対応時間（あなたの時刻、{zone}）",
    coverage_every_region: "全地域",
    coverage_holiday: "祝日",
    coverage_special: "特別営業時間",
    services_heading: "{tier}に含まれるサービス",
    coverage_specials: "特別営業時間：{days}。",
    coverage_now: "現在",
    coverage_row: "{region}：営業時間 {hours}、24x5 {weekdays}。",
    coverage_holidays: "祝日：{holidays}。",
    coverage_around_the_clock: "24x7：すべての地域で、週のすべての時間。",
    coverage_none: "なし",
};

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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_ne!(FR.texts(), EN.texts());
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
