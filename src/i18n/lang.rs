//! The languages the widget speaks, how a language tag finds one, and where
//! each one's messages come from.

use super::messages::{FailureWords, Messages};
use super::translations;

/// A language the widget speaks: the ten of Adobe's documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French, the reference wording.
    Fr,
    /// English.
    En,
    /// Japanese.
    Ja,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Korean.
    Ko,
    /// Portuguese, as written in Brazil (Adobe's only Portuguese).
    PtBr,
    /// Chinese in simplified characters.
    ZhHans,
    /// Chinese in traditional characters.
    ZhHant,
}

/// How many languages the widget speaks.
const COUNT: usize = 10;
const _: () = assert!(COUNT <= 16, "a LangSet holds 16 languages");

impl Lang {
    /// Every language, in catalog order.
    pub const ALL: [Lang; COUNT] = [
        Lang::Fr,
        Lang::En,
        Lang::Ja,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Ko,
        Lang::PtBr,
        Lang::ZhHans,
        Lang::ZhHant,
    ];

    /// The language a tag (`fr`, `fr-CA`, `ja_JP`, `zh-TW`…) asks for, if the
    /// widget speaks it, matched as browsers match: by the language, except
    /// that any Portuguese is Brazil's, and Chinese goes by its script, else
    /// by its region (traditional in Taiwan, Hong Kong and Macao, simplified
    /// elsewhere).
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    ///
    /// assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
    /// assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    /// assert_eq!(Lang::from_tag("pt"), Some(Lang::PtBr));
    /// assert_eq!(Lang::from_tag("zh-HK"), Some(Lang::ZhHant));
    /// assert_eq!(Lang::from_tag("zh-Hans-HK"), Some(Lang::ZhHans));
    /// assert_eq!(Lang::from_tag("zh"), Some(Lang::ZhHans));
    /// assert_eq!(Lang::from_tag("xx"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let mut subtags = tag.trim().as_bytes().split(|&b| b == b'-' || b == b'_');
        let primary = subtags.next()?;
        let is = |subtag: &[u8], code: &str| subtag.eq_ignore_ascii_case(code.as_bytes());
        if is(primary, "pt") {
            return Some(Lang::PtBr);
        }
        if is(primary, "zh") {
            // The first subtag that tells: a script, else a region.
            let told =
                subtags.find(|s| ["hans", "hant", "tw", "hk", "mo"].iter().any(|c| is(s, c)));
            return Some(match told {
                Some(subtag) if !is(subtag, "hans") => Lang::ZhHant,
                _ => Lang::ZhHans,
            });
        }
        Lang::ALL.into_iter().find(|lang| is(primary, lang.code()))
    }

    /// The language whose code is exactly `code` (`fr`, `pt-BR`, `zh-Hant`…),
    /// as a catalog's languages and words files name them.
    ///
    /// ```
    /// use sla_calculator::i18n::Lang;
    ///
    /// assert_eq!(Lang::from_code("ja"), Some(Lang::Ja));
    /// assert_eq!(Lang::from_code("zh-Hant"), Some(Lang::ZhHant));
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

    /// The language's code, as the catalog and the words files name it
    /// (`fr`, `en`, `ja`, `de`, `es`, `it`, `ko`, `pt-BR`, `zh-Hans`, `zh-Hant`).
    pub fn code(self) -> &'static str {
        const CODES: [&str; COUNT] = [
            "fr", "en", "ja", "de", "es", "it", "ko", "pt-BR", "zh-Hans", "zh-Hant",
        ];
        CODES[self as usize]
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
        return translations::messages(self);
        #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
        return LOADED
            .with(|loaded| loaded[self as usize].get())
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
        translations::failure_words(self)
    }

    /// Whether this language's messages are at hand (always, natively).
    pub fn has_messages(self) -> bool {
        #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
        return true;
        #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
        return LOADED.with(|loaded| loaded[self as usize].get().is_some());
    }

    /// Makes `messages` this language's, for the rest of the page's life (a
    /// language's messages are read once a page; natively they are built in
    /// and this changes nothing).
    pub fn register(self, messages: Messages) {
        #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
        LOADED.with(|loaded| {
            let slot = &loaded[self as usize];
            if slot.get().is_none() {
                slot.set(Some(Box::leak(Box::new(messages))));
            }
        });
        #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
        let _ = messages;
    }
}

#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
thread_local! {
    /// The messages read from the words files the page has loaded, by [`Lang`].
    static LOADED: [std::cell::Cell<Option<&'static Messages>>; COUNT] = const { [const { std::cell::Cell::new(None) }; COUNT] };
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
/// set.set(Lang::ZhHant, true);
/// assert!(set.contains(Lang::ZhHant) && !set.contains(Lang::ZhHans));
/// set.set(Lang::ZhHant, false);
/// assert_eq!(set, LangSet::default());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LangSet(u16);

impl LangSet {
    /// Whether `lang` is in the set.
    pub fn contains(self, lang: Lang) -> bool {
        self.0 & (1 << lang as u16) != 0
    }

    /// Puts `lang` in the set, or takes it out.
    pub fn set(&mut self, lang: Lang, present: bool) {
        if present {
            self.0 |= 1 << lang as u16;
        } else {
            self.0 &= !(1 << lang as u16);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_find_languages_as_browsers_match_them() {
        // The issue's table (issue 29) and the tags around it, shared with
        // the element's matcher (tests/e2e/package.test.mjs).
        let table = include_str!("../../tests/lang-tags.txt");
        let cases: Vec<(&str, &str)> = table
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(' '))
            .collect();
        assert!(cases.len() > 20, "{cases:?}");
        for (tag, code) in cases {
            assert_eq!(Lang::from_tag(tag).map_or("-", Lang::code), code, "{tag}");
        }
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn every_code_names_its_own_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
        assert_eq!(Lang::ALL.len(), COUNT);
    }
}
