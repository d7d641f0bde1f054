//! Text in several languages.
//!
//! Catalog strings carry one translation per catalog language; [`Text::get`]
//! picks the requested one, falling back to the catalog's first language. The
//! widget's own words live in the [`Messages`] of each [`Lang`].

mod durations;
mod lang;
mod messages;
mod problems;
mod translations;

pub use lang::{Lang, LangSet};
pub use messages::{fill, FailureWords, Messages};
pub use problems::{kind_in, problem_in, ENGLISH_FOLLOWS};
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub use translations::{EN, FR, JA};

/// A piece of text with one translation per language code (`fr`, `en`, `ja`…).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// `(language, text)` pairs in catalog language order; never empty.
    translations: Vec<(String, String)>,
}

impl Text {
    /// Builds a text from `(language, text)` pairs; the first pair is the fallback.
    /// `None` when there are no pairs.
    pub fn new(translations: Vec<(String, String)>) -> Option<Text> {
        (!translations.is_empty()).then_some(Text { translations })
    }

    /// A text with no words, standing in where a catalog error is already reported.
    pub(crate) fn blank() -> Text {
        Text {
            translations: vec![(String::new(), String::new())],
        }
    }

    /// The text in `lang`: the translation of that very code, else of the
    /// same language as the widget matches tags ([`Lang::from_tag`]: `zh-TW`
    /// finds `zh-Hant`, `pt` finds `pt-BR`; for a language it does not speak,
    /// the same primary subtag: `nl-BE` finds `nl`), else the first language's.
    ///
    /// ```
    /// use sla_calculator::i18n::Text;
    ///
    /// let pairs = [("fr", "Jour"), ("en", "Day"), ("zh-Hans", "日"), ("zh-Hant", "日子")];
    /// let text = Text::new(pairs.map(|(l, t)| (l.into(), t.into())).to_vec()).unwrap();
    /// assert_eq!(text.get("en-GB"), "Day");
    /// assert_eq!(text.get("zh-TW"), "日子");
    /// assert_eq!(text.get("zh"), "日");
    /// assert_eq!(text.get("ja"), "Jour");
    /// ```
    pub fn get(&self, lang: &str) -> &str {
        let translations = &self.translations;
        let same_language = || {
            // Only when no translation has the very code (the widget asks
            // with the catalog's own codes, on every render).
            let wanted = Lang::from_tag(lang);
            translations.iter().find(|(code, _)| match wanted {
                Some(_) => Lang::from_tag(code) == wanted,
                None => primary_subtag(code).eq_ignore_ascii_case(primary_subtag(lang)),
            })
        };
        translations
            .iter()
            .find(|(code, _)| code.eq_ignore_ascii_case(lang))
            .or_else(same_language)
            .or(translations.first())
            .map_or("", |(_, text)| text.as_str())
    }

    /// Whether there is a translation for `lang`.
    pub fn has(&self, lang: &str) -> bool {
        self.translations.iter().any(|(code, _)| code == lang)
    }

    /// All `(language, text)` pairs.
    pub fn translations(&self) -> impl Iterator<Item = (&str, &str)> {
        self.translations
            .iter()
            .map(|(lang, text)| (lang.as_str(), text.as_str()))
    }
}

/// The primary language subtag: `fr` for `fr-CA`, `ja` for `ja_JP`.
pub fn primary_subtag(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}
