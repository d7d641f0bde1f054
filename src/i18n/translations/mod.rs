//! The widget's own words, one file per language: French (the data sheet's
//! wording, docs/rules.md) and each other language's.

mod en;
mod fr;
mod ja;
// The other languages' messages travel only in their words files: the
// widget reads them there (`Lang::register`).
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod de;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod es;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod it;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod ko;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod pt_br;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod zh_hans;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
mod zh_hant;

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub use {en::EN, fr::FR, ja::JA};

use super::lang::Lang;
use super::messages::FailureWords;
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
use super::messages::Messages;

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
/// build, since the files these words would travel in are what failed — in
/// French, English and Japanese (Lang's first three); the other languages'
/// readers read these few words in English (each language's would cost
/// about 110 bytes gzipped of the widget's 80 KB).
#[inline]
pub(super) fn failure_words(lang: Lang) -> &'static FailureWords {
    let built_in = [&fr::FR_FAILURE, &en::EN_FAILURE, &ja::JA_FAILURE];
    let index = lang as usize;
    built_in[if index < built_in.len() {
        index
    } else {
        Lang::En as usize
    }]
}
