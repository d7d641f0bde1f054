//! Text in several languages.
//!
//! Catalog strings carry one translation per catalog language; [`Text::get`]
//! picks the requested one, falling back to the catalog's first language. The
//! widget's own words live in the [`Messages`] of each [`Lang`] (fr, en, ja).

mod messages;

pub use messages::{fill, FailureWords, Lang, LangSet, Messages};
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub use messages::{EN, FR, JA};

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

    /// The text in `lang` (a language code; a region subtag like `fr-CA` is
    /// ignored), or in the first language when there is no such translation.
    ///
    /// ```
    /// use sla_calculator::i18n::Text;
    ///
    /// let text = Text::new(vec![("fr".into(), "Jour".into()), ("en".into(), "Day".into())]).unwrap();
    /// assert_eq!(text.get("en-GB"), "Day");
    /// assert_eq!(text.get("ja"), "Jour");
    /// ```
    pub fn get(&self, lang: &str) -> &str {
        let primary = primary_subtag(lang);
        self.translations
            .iter()
            .find(|(code, _)| code.eq_ignore_ascii_case(primary))
            .or_else(|| self.translations.first())
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
