//! What every browser test needs: the element defined with the Rust widget
//! and catalog reader, mounting, reading the shadow DOM, acting as a visitor.

use js_sys::Promise;
use sla_calculator::catalog::BUILTIN_WORDS;
use sla_calculator::i18n::Lang;
use sla_calculator::web::{read_catalog, read_holidays, Widget};
use sla_calculator::{timestamp, zones, Catalog, Request};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot,
};

#[wasm_bindgen(module = "/www/sla-element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineSlaCalculator)]
    fn define_sla_calculator(
        factory: &Promise,
        reader: &JsValue,
        stylesheet: &str,
        words: &JsValue,
        countries: &JsValue,
        tag_name: Option<String>,
    ) -> JsValue;
}

// The element imports its browser adapter (`./sla-browser.js`): naming that
// module here too puts it beside the element among the tests' snippets, where
// the element's relative import finds it.
#[wasm_bindgen(module = "/www/sla-browser.js")]
extern "C" {
    /// What the element hands the widget to ask the browser.
    #[wasm_bindgen(thread_local_v2, js_name = browser)]
    static BROWSER: JsValue;
}

/// The element's browser adapter, as the widget sees it.
pub(crate) fn browser() -> sla_calculator::web::Browser {
    BROWSER.with(|browser| browser.clone().unchecked_into())
}

// …and its file fetching (`./sla-files.js`), the same way.
#[wasm_bindgen(module = "/www/sla-files.js")]
extern "C" {
    /// A fetched document as the element keeps it: compiled bytes (a
    /// `Uint8Array`), else JSON text (a string).
    #[wasm_bindgen(js_name = asDocument)]
    pub(crate) fn as_document(bytes: &[u8]) -> JsValue;
}

/// Defines `<sla-calculator>` with the Rust widget and catalog reader, as the
/// loader does.
pub(crate) fn define() {
    thread_local!(static DEFINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DEFINED.with(|d| d.replace(true)) {
        return;
    }
    define_as(None);
}

/// Defines the element under `tag_name` (default `sla-calculator`).
pub(crate) fn define_as(tag_name: Option<String>) {
    assert!(
        BROWSER.with(JsValue::is_object),
        "the browser adapter is loaded"
    );
    let factory = Closure::<dyn Fn(HtmlElement, js_sys::Function, String, JsValue) -> JsValue>::new(
        |host, root, css, browser: JsValue| {
            Widget::new(host, root, css, browser.unchecked_into())
                .map(JsValue::from)
                .unwrap_or_else(|e| e)
        },
    );
    // The reader throws the problems as an array of strings, as the module does.
    let thrown = |problems: Vec<String>| -> JsValue {
        let problems: js_sys::Array = problems.into_iter().map(JsValue::from).collect();
        problems.into()
    };
    let read_catalog =
        Closure::<dyn Fn(String, Option<String>, Option<String>) -> Result<Vec<u8>, JsValue>>::new(
            move |catalog, holidays, lang| read_catalog(catalog, holidays, lang).map_err(thrown),
        )
        .into_js_value();
    let read_holidays =
        Closure::<dyn Fn(String) -> Result<Vec<u8>, JsValue>>::new(move |holidays| {
            read_holidays(holidays).map_err(thrown)
        })
        .into_js_value();
    let read = js_sys::Object::new();
    js_sys::Reflect::set(&read, &"readCatalog".into(), &read_catalog).unwrap();
    js_sys::Reflect::set(&read, &"readHolidays".into(), &read_holidays).unwrap();
    let read: JsValue = read.into();
    let reader = Closure::<dyn Fn() -> Promise>::new(move || Promise::resolve(&read));
    // The built-in catalog's words, as the loader fetches them (here from
    // the test's own copy of the same files).
    let words = Closure::<dyn Fn(String) -> Promise>::new(|lang: String| {
        let index = Lang::ALL.iter().position(|l| l.code() == lang);
        match index {
            Some(i) => Promise::resolve(&JsValue::from(js_sys::Uint8Array::from(BUILTIN_WORDS[i]))),
            None => Promise::reject(&format!("no words for {lang}").into()),
        }
    });
    // Each country's public holidays, as the loader fetches them
    // (`holidays/<code>.bin`, here written from the same data).
    let countries = Closure::<dyn Fn(String) -> Promise>::new(|code: String| {
        match sla_calculator::holidays::built_in(&code) {
            Some(country) => Promise::resolve(&JsValue::from(js_sys::Uint8Array::from(
                &sla_calculator::catalog::compact::write_country(&country)[..],
            ))),
            None => Promise::reject(&format!("no public holidays for {code}").into()),
        }
    });
    define_sla_calculator(
        &Promise::resolve(&factory.into_js_value()),
        &reader.into_js_value(),
        "sla-calculator.css",
        &words.into_js_value(),
        &countries.into_js_value(),
        tag_name,
    );
}

pub(crate) fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the element's async start-up and re-renders happen.
pub(crate) async fn settle() {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Adds `<sla-calculator>` with these attributes to the page.
pub(crate) async fn mount(attributes: &[(&str, &str)]) -> HtmlElement {
    define();
    let element = document().create_element("sla-calculator").unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&element).unwrap();
    settle().await;
    element.dyn_into().unwrap()
}

pub(crate) fn shadow(element: &HtmlElement) -> ShadowRoot {
    element.shadow_root().expect("an open shadow root")
}

pub(crate) fn find(element: &HtmlElement, selector: &str) -> Element {
    shadow(element)
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in the widget"))
}

pub(crate) fn find_all(element: &HtmlElement, selector: &str) -> Vec<Element> {
    let list = shadow(element).query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

pub(crate) fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

pub(crate) fn deadline_attr(element: &HtmlElement) -> String {
    find(element, "time").get_attribute("datetime").unwrap()
}

/// Chooses `value` in the control named `name`, as a visitor would.
pub(crate) async fn choose(element: &HtmlElement, name: &str, value: &str) {
    let control = find(element, &format!("[name={name}]"));
    if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
        select.set_value(value);
    } else if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    }
    let init = EventInit::new();
    init.set_bubbles(true);
    control
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    settle().await;
}

/// The engine's answer, computed directly, for comparison with the DOM.
pub(crate) fn engine(
    tier: &str,
    priority: &str,
    region: &str,
    zone: &str,
    submitted: &str,
) -> String {
    let catalog = Catalog::builtin().unwrap();
    let due = catalog
        .deadline(&Request {
            tier,
            priority,
            region,
            zone: Some(zones::zone(zone).unwrap()),
            submitted: timestamp::parse_instant(submitted).unwrap(),
            holidays: None,
        })
        .unwrap();
    timestamp::format_utc(due.due).unwrap()
}

pub(crate) fn unmount(element: &HtmlElement) {
    element.remove();
}

/// An `sla-error` event's `message` and `problems`.
type ErrorDetail = (String, Vec<String>);

/// The `sla-error` events an element dispatches while this lives (it stops
/// listening when dropped): each one's `message` and `problems`.
pub(crate) struct ErrorEvents {
    element: HtmlElement,
    seen: std::rc::Rc<std::cell::RefCell<Vec<ErrorDetail>>>,
    listener: Closure<dyn Fn(web_sys::CustomEvent)>,
}

impl ErrorEvents {
    pub(crate) fn listen(element: &HtmlElement) -> ErrorEvents {
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let record = seen.clone();
        let listener =
            Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
                let field =
                    |name: &str| js_sys::Reflect::get(&event.detail(), &name.into()).unwrap();
                let problems: js_sys::Array = field("problems").unchecked_into();
                record.borrow_mut().push((
                    field("message").as_string().unwrap(),
                    problems.iter().filter_map(|p| p.as_string()).collect(),
                ));
            });
        element
            .add_event_listener_with_callback("sla-error", listener.as_ref().unchecked_ref())
            .unwrap();
        ErrorEvents {
            element: element.clone(),
            seen,
            listener,
        }
    }

    /// Each event's `message`, in order.
    pub(crate) fn messages(&self) -> Vec<String> {
        self.seen.borrow().iter().map(|(m, _)| m.clone()).collect()
    }

    /// Every event's `problems`, in order.
    pub(crate) fn problems(&self) -> Vec<String> {
        self.seen
            .borrow()
            .iter()
            .flat_map(|(_, p)| p.clone())
            .collect()
    }
}

impl Drop for ErrorEvents {
    fn drop(&mut self) {
        self.element
            .remove_event_listener_with_callback(
                "sla-error",
                self.listener.as_ref().unchecked_ref(),
            )
            .unwrap();
    }
}
