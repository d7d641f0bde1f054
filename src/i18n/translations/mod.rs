//! The widget's own words, one file per language: French (the data sheet's
//! wording, docs/rules.md) and each other language's.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod ja;
mod ko;
mod pt_br;
mod zh_hans;
mod zh_hant;

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub use {en::EN, fr::FR, ja::JA};

use super::lang::Lang;
use super::messages::{FailureWords, Messages};

/// The messages of `lang`, built in (the widget's come with its words files).
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub(super) fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
        Lang::Ja => &JA,
        Lang::De => &de::DE,
        Lang::Es => &es::ES,
        Lang::It => &it::IT,
        Lang::Ko => &ko::KO,
        Lang::PtBr => &pt_br::PT_BR,
        Lang::ZhHans => &zh_hans::ZH_HANS,
        Lang::ZhHant => &zh_hant::ZH_HANT,
    }
}

/// What the widget says in `lang` when its own files fail: built into every
/// build, since the files these words would travel in are what failed.
pub(super) fn failure_words(lang: Lang) -> &'static FailureWords {
    match lang {
        Lang::Fr => &fr::FR_FAILURE,
        Lang::En => &en::EN_FAILURE,
        Lang::Ja => &ja::JA_FAILURE,
        Lang::De => &de::DE_FAILURE,
        Lang::Es => &es::ES_FAILURE,
        Lang::It => &it::IT_FAILURE,
        Lang::Ko => &ko::KO_FAILURE,
        Lang::PtBr => &pt_br::PT_BR_FAILURE,
        Lang::ZhHans => &zh_hans::ZH_HANS_FAILURE,
        Lang::ZhHant => &zh_hant::ZH_HANT_FAILURE,
    }
}
