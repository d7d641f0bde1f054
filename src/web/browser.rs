//! What the widget asks the browser, through the element (`browser` in
//! www/sla-browser.js): a few calls, each one line of JavaScript there, in
//! place of the web-sys and js-sys bindings each would need here.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The element's `browser` object.
    #[derive(Clone)]
    pub type Browser;

    /// `millis` formatted by `Intl.DateTimeFormat` in `locale`, with the
    /// options `style` writes (see `intl::Style`), in `zone` (UTC if the
    /// browser does not know it).
    #[wasm_bindgen(method, catch)]
    pub fn format(
        this: &Browser,
        locale: &str,
        style: &str,
        zone: &str,
        millis: f64,
    ) -> Result<String, JsValue>;

    /// The countries of `codes` (ISO 3166-1 alpha-2, run together: `INLK`)
    /// named in `locale` by `Intl.DisplayNames`, in that language's
    /// alphabetical order (`Intl.Collator`): one line each, the code then the
    /// name (`INInde`).
    #[wasm_bindgen(method, catch)]
    pub fn countries(this: &Browser, locale: &str, codes: &str) -> Result<String, JsValue>;

    /// A local date and time (`2026-03-27T17:30`, as a `datetime-local` input
    /// gives it) in the visitor's zone, as Unix milliseconds (NaN if it is
    /// not one): ECMAScript reads a date-time without an offset as local time.
    #[wasm_bindgen(method, js_name = localTime)]
    pub fn local_time(this: &Browser, value: &str) -> f64;

    /// The visitor's IANA zone, as the browser reports it.
    #[wasm_bindgen(method)]
    pub fn zone(this: &Browser) -> String;

    /// The languages the visitor's browser asks for, in order
    /// (`navigator.languages`), separated by commas (which language tags
    /// never contain): one string costs less to pass than a list.
    #[wasm_bindgen(method)]
    pub fn languages(this: &Browser) -> String;

    /// The page's language (`<html lang>`), if it says one.
    #[wasm_bindgen(method, js_name = pageLang)]
    pub fn page_lang(this: &Browser) -> Option<String>;

    /// Sets a form control's `value` property when it differs, unless the
    /// control is an input the visitor has focus in (typing there).
    #[wasm_bindgen(method, js_name = setValue)]
    pub fn set_value(this: &Browser, control: &web_sys::Element, value: &str);

    /// The page's address without its fragment.
    #[wasm_bindgen(method)]
    pub fn page(this: &Browser) -> String;
}
