//! Browser tests, run by `wasm-pack test --headless --chrome --firefox`.
//!
//! They drive the real `<sla-calculator>` element (`www/sla-element.js`) with
//! the real Rust widget behind it, and the real catalog reader for the
//! author's documents, and read its shadow DOM as a page would. Built with
//! `--features catalog-reader,json-calculator` (scripts/test.sh), so that one
//! test module holds both WebAssembly modules' Rust sides.
#![cfg(all(target_arch = "wasm32", feature = "catalog-reader"))]

use js_sys::{Promise, Reflect};
use sla_calculator::catalog::BUILTIN_JSON;
#[cfg(feature = "json-calculator")]
use sla_calculator::web::Calculator;
use sla_calculator::web::{read_catalog, Widget};
use sla_calculator::{timestamp, zones, Catalog, Request};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, ShadowRoot,
};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(module = "/www/sla-element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineSlaCalculator)]
    fn define_sla_calculator(factory: &Promise, reader: &JsValue, stylesheet: &str) -> JsValue;
}

/// Defines `<sla-calculator>` with the Rust widget and catalog reader, as the
/// loader does.
fn define() {
    thread_local!(static DEFINED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DEFINED.with(|d| d.replace(true)) {
        return;
    }
    let factory =
        Closure::<dyn Fn(HtmlElement, ShadowRoot, String) -> JsValue>::new(|host, root, css| {
            Widget::new(host, root, css)
                .map(JsValue::from)
                .unwrap_or_else(|e| e)
        });
    // The reader throws the problems as an array of strings, as the module does.
    let read = Closure::<dyn Fn(Option<String>, Option<String>) -> Result<Vec<u8>, JsValue>>::new(
        |catalog, holidays| {
            read_catalog(catalog, holidays).map_err(|problems| {
                let problems: js_sys::Array = problems.into_iter().map(JsValue::from).collect();
                problems.into()
            })
        },
    )
    .into_js_value();
    let reader = Closure::<dyn Fn() -> Promise>::new(move || Promise::resolve(&read));
    define_sla_calculator(
        &Promise::resolve(&factory.into_js_value()),
        &reader.into_js_value(),
        "sla-calculator.css",
    );
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the element's async start-up and re-renders happen.
async fn settle() {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Adds `<sla-calculator>` with these attributes to the page.
async fn mount(attributes: &[(&str, &str)]) -> HtmlElement {
    define();
    let element = document().create_element("sla-calculator").unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&element).unwrap();
    settle().await;
    element.dyn_into().unwrap()
}

fn shadow(element: &HtmlElement) -> ShadowRoot {
    element.shadow_root().expect("an open shadow root")
}

fn find(element: &HtmlElement, selector: &str) -> Element {
    shadow(element)
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector} in the widget"))
}

fn find_all(element: &HtmlElement, selector: &str) -> Vec<Element> {
    let list = shadow(element).query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

fn deadline_attr(element: &HtmlElement) -> String {
    find(element, "time").get_attribute("datetime").unwrap()
}

/// Chooses `value` in the control named `name`, as a visitor would.
async fn choose(element: &HtmlElement, name: &str, value: &str) {
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
fn engine(tier: &str, priority: &str, region: &str, zone: &str, submitted: &str) -> String {
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

fn unmount(element: &HtmlElement) {
    element.remove();
}

#[wasm_bindgen_test]
async fn the_spec_example_is_shown_in_a_time_element() {
    // Friday 27 March 2026 17:30 in Paris → Monday 30 March 11:00 CEST = 09:00Z.
    let widget = mount(&[
        ("lang", "en"),
        ("tier", "business"),
        ("region", "emea"),
        ("priority", "P2"),
        ("zone", "Europe/Paris"),
        ("submitted", "2026-03-27T16:30:00Z"),
    ])
    .await;
    assert_eq!(deadline_attr(&widget), "2026-03-30T09:00:00Z");
    let explanation = text(&find(&widget, "[part=explanation]"));
    assert!(
        explanation.contains("Submitted outside Europe, Middle East and Africa business hours"),
        "{explanation}"
    );
    let deadline = Reflect::get(&widget, &"deadline".into())
        .unwrap()
        .as_string();
    assert_eq!(deadline.as_deref(), Some("2026-03-30T09:00:00Z"));
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn choosing_region_priority_and_tier_updates_the_deadline() {
    let submitted = "2026-01-16T15:00:00Z";
    let widget = mount(&[
        ("lang", "en"),
        ("zone", "Europe/London"),
        ("submitted", submitted),
        ("tiers", "online business enterprise elite"),
    ])
    .await;
    for (tier, region, priority) in [
        ("business", "emea", "P3"),
        ("online", "japan", "P4"),
        ("enterprise", "americas", "P2"),
        ("elite", "apac", "P1"),
        ("business", "americas", "P2"),
    ] {
        choose(&widget, "tier", tier).await;
        choose(&widget, "region", region).await;
        choose(&widget, "priority", priority).await;
        assert_eq!(
            deadline_attr(&widget),
            engine(tier, priority, region, "Europe/London", submitted),
            "{tier} {region} {priority}"
        );
        // The choice is reflected on the element's attributes.
        assert_eq!(widget.get_attribute("tier").as_deref(), Some(tier));
        assert_eq!(widget.get_attribute("region").as_deref(), Some(region));
        assert_eq!(widget.get_attribute("priority").as_deref(), Some(priority));
        // The selected tier's column is highlighted.
        let selected: Vec<String> = find_all(&widget, "thead th.selected")
            .iter()
            .filter_map(|th| th.get_attribute("data-tier"))
            .collect();
        assert!(
            selected.iter().all(|t| t == tier) && !selected.is_empty(),
            "{selected:?}"
        );
    }
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn the_comparison_table_matches_the_catalog_cell_by_cell() {
    let widget = mount(&[
        ("lang", "fr"),
        ("tiers", "online business enterprise elite"),
    ])
    .await;
    let catalog = Catalog::builtin().unwrap();
    let headers: Vec<String> = find_all(&widget, ".comparison thead th[data-tier]")
        .iter()
        .map(text)
        .collect();
    let names: Vec<String> = catalog
        .tiers()
        .iter()
        .map(|t| t.name().get("fr").to_owned())
        .collect();
    assert_eq!(
        headers
            .iter()
            .map(|h| h.replace(" (sélectionné)", ""))
            .collect::<Vec<_>>(),
        names
    );
    for group in catalog.feature_groups() {
        for feature in group.features() {
            let cells = find_all(
                &widget,
                &format!(".comparison tr[data-feature={}] td", feature.id()),
            );
            assert_eq!(cells.len(), 4, "{}", feature.id());
            for (cell, value) in cells.iter().zip(feature.values()) {
                let shown = text(cell);
                let expected = match value {
                    sla_calculator::catalog::FeatureValue::Absent => "Non inclus".to_owned(),
                    sla_calculator::catalog::FeatureValue::Included => "✔Inclus".to_owned(),
                    sla_calculator::catalog::FeatureValue::Count(n) => n.to_string(),
                    sla_calculator::catalog::FeatureValue::Text(t) => t.get("fr").to_owned(),
                };
                assert_eq!(shown, expected, "{}", feature.id());
            }
        }
    }
    let band: Vec<String> = find_all(&widget, ".comparison .price td")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        band,
        [
            "",
            "",
            "Assistance payante ($)",
            "Assistance payante ($)",
            "Assistance payante ($)"
        ]
    );
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn every_language_renders_with_no_missing_strings() {
    for (lang, caption, heading) in [
        (
            "fr",
            "Cibles du niveau de service : réponse initiale",
            "Quand l’assistance répondra-t-elle ?",
        ),
        (
            "en",
            "Service level targets: initial response",
            "When will support answer?",
        ),
        (
            "ja",
            "サービスレベル目標：初回回答",
            "サポートはいつ回答しますか？",
        ),
    ] {
        let widget = mount(&[
            ("lang", lang),
            ("region", "japan"),
            ("priority", "P3"),
            ("tier", "business"),
        ])
        .await;
        let all = text(&find(&widget, "[part=base]"));
        assert!(all.contains(caption) && all.contains(heading), "{lang}");
        assert!(!all.contains('{'), "{lang}: a placeholder was left: {all}");
        assert_eq!(
            find(&widget, "[part=base]")
                .get_attribute("lang")
                .as_deref(),
            Some(lang)
        );
        // The Japan footnotes, in the widget's language.
        let footnote = Catalog::builtin().unwrap().region("japan").unwrap().notes()[2]
            .get(lang)
            .to_owned();
        assert!(all.contains(&footnote), "{lang}");
        unmount(&widget);
    }
}

#[wasm_bindgen_test]
async fn changing_the_lang_attribute_switches_language_in_place() {
    let widget = mount(&[("lang", "fr")]).await;
    assert!(text(&find(&widget, "h2")).contains("Quand"));
    widget.set_attribute("lang", "ja").unwrap();
    settle().await;
    assert_eq!(text(&find(&widget, "h2")), "サポートはいつ回答しますか？");
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn a_bad_catalog_shows_its_error_in_the_widget() {
    let widget = mount(&[("lang", "en")]).await;
    let errors = std::rc::Rc::new(std::cell::RefCell::new(Vec::<String>::new()));
    let seen = errors.clone();
    let listener =
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            let message = Reflect::get(&event.detail(), &"message".into())
                .unwrap()
                .as_string()
                .unwrap();
            seen.borrow_mut().push(message);
        });
    widget
        .add_event_listener_with_callback("sla-error", listener.as_ref().unchecked_ref())
        .unwrap();
    let bad = BUILTIN_JSON.replacen("\"closes\": \"17:30\"", "\"closes\": \"05:00\"", 1);
    Reflect::set(&widget, &"catalog".into(), &bad.into()).unwrap();
    settle().await;
    let error = text(&find(&widget, "[part=error]"));
    assert!(error.contains("The catalog could not be loaded"), "{error}");
    assert!(
        error.contains("regions[0].hours: closes at 05:00 but opens at 06:00"),
        "{error}"
    );
    assert_eq!(errors.borrow().len(), 1);
    // A good catalog afterwards replaces the error.
    Reflect::set(&widget, &"catalog".into(), &BUILTIN_JSON.into()).unwrap();
    settle().await;
    assert!(shadow(&widget)
        .query_selector("[part=error]")
        .unwrap()
        .is_none());
    widget
        .remove_event_listener_with_callback("sla-error", listener.as_ref().unchecked_ref())
        .unwrap();
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn a_custom_catalog_object_is_used() {
    let widget = mount(&[("lang", "en"), ("submitted", "2026-06-01T00:00:00Z")]).await;
    let json = r#"{"schema":1,"languages":["en"],
        "tiers":[{"id":"basic","name":"Basic <b>plan</b>","targets":{"urgent":{"clock":"24x7","minutes":45}}}],
        "priorities":[{"id":"urgent","name":"Urgent","definition":"<script>alert(1)</script>"}],
        "regions":[{"id":"nz","name":"New Zealand","hours":{"opens":"08:00","closes":"18:00"},"zone":"Pacific/Auckland"}]}"#;
    let object = js_sys::JSON::parse(json).unwrap();
    Reflect::set(&widget, &"catalog".into(), &object).unwrap();
    settle().await;
    // 24x7 / 45 min from 00:00Z.
    assert_eq!(deadline_attr(&widget), "2026-06-01T00:45:00Z");
    // Hostile-looking text is shown as text, never parsed.
    assert!(shadow(&widget)
        .query_selector("b, script")
        .unwrap()
        .is_none());
    let targets = text(&find(&widget, ".targets"));
    assert!(targets.contains("<script>alert(1)</script>"), "{targets}");
    assert!(text(&find(&widget, ".comparison thead")).contains("Basic <b>plan</b>"));
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn two_instances_do_not_interfere() {
    let first = mount(&[
        ("lang", "en"),
        ("region", "emea"),
        ("zone", "Europe/London"),
        ("submitted", "2026-01-16T15:00:00Z"),
        ("tier", "business"),
        ("priority", "P3"),
    ])
    .await;
    let second = mount(&[
        ("lang", "ja"),
        ("region", "japan"),
        ("submitted", "2026-05-01T08:00:00Z"),
        ("tier", "business"),
        ("priority", "P2"),
    ])
    .await;
    // Hand-worked: Friday 15:00 GMT + 4 business hours → Monday 11:00Z;
    // Friday 1 May 17:00 JST + 2 h over Golden Week → Thursday 7 May 10:30 JST.
    assert_eq!(deadline_attr(&first), "2026-01-19T11:00:00Z");
    assert_eq!(deadline_attr(&second), "2026-05-07T01:30:00Z");
    // P2 is 2 h: Friday 15:00–17:00 GMT is enough, the deadline is the closing.
    choose(&first, "priority", "P2").await;
    assert_eq!(deadline_attr(&first), "2026-01-16T17:00:00Z");
    assert_eq!(
        deadline_attr(&second),
        "2026-05-07T01:30:00Z",
        "the other widget did not move"
    );
    assert_eq!(second.get_attribute("priority").as_deref(), Some("P2"));
    assert!(text(&find(&second, "h2")).contains("サポート"));
    unmount(&first);
    unmount(&second);
}

#[wasm_bindgen_test]
async fn attributes_and_properties_round_trip() {
    let widget = mount(&[
        ("lang", "en"),
        ("submitted", "2026-01-12T15:00:00Z"),
        ("zone", "Europe/London"),
        ("region", "emea"),
        ("tier", "business"),
    ])
    .await;
    // Property → attribute → view.
    Reflect::set(&widget, &"priority".into(), &"P2".into()).unwrap();
    settle().await;
    assert_eq!(widget.get_attribute("priority").as_deref(), Some("P2"));
    assert_eq!(
        find(&widget, "[name=priority]")
            .dyn_into::<HtmlSelectElement>()
            .unwrap()
            .value(),
        "P2"
    );
    // Monday 15:00 GMT + 2 h → 17:00Z, exactly at closing.
    assert_eq!(deadline_attr(&widget), "2026-01-12T17:00:00Z");
    // Attribute → property.
    widget.set_attribute("region", "japan").unwrap();
    assert_eq!(
        Reflect::get(&widget, &"region".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("japan")
    );
    // The visitor's submission time (a local wall time) becomes an RFC 3339 attribute.
    choose(&widget, "submitted", "2026-02-02T10:00").await;
    let submitted = widget.get_attribute("submitted").unwrap();
    let instant = timestamp::parse_instant(&submitted).unwrap();
    let local = js_sys::Date::new(&"2026-02-02T10:00".into()).get_time() as i64;
    assert_eq!(instant.timestamp_millis(), local);
    // "Now" removes it and the countdown appears.
    let now = find(&widget, "[name=now]")
        .dyn_into::<HtmlElement>()
        .unwrap();
    now.click();
    settle().await;
    assert_eq!(widget.get_attribute("submitted"), None);
    assert!(shadow(&widget)
        .query_selector("[part=countdown]")
        .unwrap()
        .is_some());
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn sla_change_carries_the_selection_and_the_deadline() {
    let widget = mount(&[
        ("lang", "en"),
        ("zone", "Europe/Paris"),
        ("region", "emea"),
        ("submitted", "2026-03-27T16:30:00Z"),
        ("tier", "business"),
    ])
    .await;
    let details = std::rc::Rc::new(std::cell::RefCell::new(Vec::<JsValue>::new()));
    let seen = details.clone();
    let listener =
        Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            seen.borrow_mut().push(event.detail());
        });
    // Listening on the document: the event bubbles out of the element.
    document()
        .add_event_listener_with_callback("sla-change", listener.as_ref().unchecked_ref())
        .unwrap();
    choose(&widget, "priority", "P2").await;
    document()
        .remove_event_listener_with_callback("sla-change", listener.as_ref().unchecked_ref())
        .unwrap();
    let details = details.borrow();
    assert_eq!(details.len(), 1);
    let get = |key: &str| Reflect::get(&details[0], &key.into()).unwrap().as_string();
    assert_eq!(get("deadline").as_deref(), Some("2026-03-30T09:00:00Z"));
    assert_eq!(get("priority").as_deref(), Some("P2"));
    assert_eq!(get("zone").as_deref(), Some("Europe/Paris"));
    assert_eq!(get("submitted").as_deref(), Some("2026-03-27T16:30:00Z"));
    // The polite live region announces the new deadline.
    assert!(text(&find(&widget, "[role=status]")).contains("First response due by"));
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn unknown_attribute_values_fall_back_visibly() {
    let widget = mount(&[
        ("lang", "en"),
        ("region", "mars"),
        ("submitted", "yesterday"),
        ("priority", "P9"),
    ])
    .await;
    let notice = text(&find(&widget, "[part=notice]"));
    assert!(notice.contains("Unrecognised region “mars”"), "{notice}");
    assert!(
        notice.contains("Unrecognised submitted “yesterday”; using now."),
        "{notice}"
    );
    assert!(
        notice.contains("Unrecognised priority “P9”; using P1."),
        "{notice}"
    );
    // Still a working widget with a deadline.
    assert!(deadline_attr(&widget).ends_with('Z'));
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn a_removed_element_frees_its_widget_and_can_come_back() {
    let widget = mount(&[
        ("lang", "en"),
        ("submitted", "2026-01-12T15:00:00Z"),
        ("zone", "Europe/London"),
        ("region", "emea"),
        ("tier", "business"),
        ("priority", "P2"),
    ])
    .await;
    widget.remove();
    settle().await;
    // Detached, it no longer answers (its Rust state was freed)…
    assert!(Reflect::get(&widget, &"deadline".into()).unwrap().is_null());
    // …and re-attached it starts afresh with the same attributes.
    document().body().unwrap().append_child(&widget).unwrap();
    settle().await;
    assert_eq!(
        Reflect::get(&widget, &"deadline".into())
            .unwrap()
            .as_string()
            .as_deref(),
        Some("2026-01-12T17:00:00Z")
    );
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn extra_holidays_move_the_deadline_and_the_explanation_names_them() {
    // EMEA hours are 09:00–17:00, here in London (GMT in December). Thursday
    // 24 December 2026 16:30Z counts 30 min until 17:00, then 1 h 30 min:
    // Friday 25th 09:00–10:30 without extra holidays, Monday 28th with
    // Christmas Day added.
    let widget = mount(&[
        ("lang", "en"),
        ("tier", "business"),
        ("region", "emea"),
        ("priority", "P2"),
        ("zone", "Europe/London"),
        ("submitted", "2026-12-24T16:30:00Z"),
    ])
    .await;
    assert_eq!(deadline_attr(&widget), "2026-12-25T10:30:00Z");
    let christmas = r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-25", "name": "Christmas <b>Day</b>"}]}}"#;
    Reflect::set(&widget, &"extraHolidays".into(), &christmas.into()).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-28T10:30:00Z");
    let explanation = text(&find(&widget, ".explanation"));
    assert!(
        explanation.contains("(Christmas <b>Day</b>)"),
        "{explanation}"
    );
    assert!(
        find_all(&widget, ".explanation b").is_empty(),
        "text, never markup"
    );
    // A bad document shows its problems instead of a silently wrong deadline.
    let unknown_region = r#"{"schema": 1, "holidays": {"mars": []}}"#;
    Reflect::set(&widget, &"extraHolidays".into(), &unknown_region.into()).unwrap();
    settle().await;
    let error = text(&find(&widget, "[part=error]"));
    assert!(
        error.contains("extra holidays, holidays.mars: unknown region \"mars\""),
        "{error}"
    );
    // Removing them gives the catalog's own holidays back.
    Reflect::set(&widget, &"extraHolidays".into(), &JsValue::NULL).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-25T10:30:00Z");
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn the_coverage_chart_is_real_svg_and_follows_the_region() {
    // Japan is selected: its row stands out. The browser's zone is whatever
    // the test machine has; the chart's text summary names each region.
    let widget = mount(&[
        ("lang", "en"),
        ("tier", "business"),
        ("region", "japan"),
        ("priority", "P3"),
        ("submitted", "2026-11-20T03:00:00Z"),
    ])
    .await;
    const SVG: &str = "http://www.w3.org/2000/svg";
    let chart = find(&widget, "[part=coverage] svg");
    assert_eq!(chart.namespace_uri().as_deref(), Some(SVG));
    let bars = find_all(&widget, "[part=coverage] rect.business");
    assert!(
        bars.len() >= 15,
        "four regions' business hours: {}",
        bars.len()
    );
    for bar in &bars {
        assert_eq!(bar.namespace_uri().as_deref(), Some(SVG));
    }
    // Drawn for real: an SVG element the browser lays out has a size.
    let width = |element: &Element| element.get_bounding_client_rect().width();
    assert!(width(&chart) > 300.0, "{}", width(&chart));
    assert!(width(&bars[0]) > 1.0, "{}", width(&bars[0]));
    let selected = find(&widget, "[part=coverage] g.selected text");
    assert!(text(&selected).starts_with("Japan"), "{}", text(&selected));
    let summary = text(&find(&widget, "[part=coverage] ul.visually-hidden"));
    for region in [
        "Americas",
        "Europe, Middle East and Africa",
        "Asia Pacific",
        "Japan",
        "24x7",
    ] {
        assert!(summary.contains(region), "{summary}");
    }
    // Choosing another region patches the chart in place: still SVG.
    choose(&widget, "region", "emea").await;
    let selected = find(&widget, "[part=coverage] g.selected text");
    assert!(text(&selected).starts_with("Europe"), "{}", text(&selected));
    for element in find_all(&widget, "[part=coverage] svg *") {
        assert_eq!(
            element.namespace_uri().as_deref(),
            Some(SVG),
            "{}",
            element.tag_name()
        );
    }
    // The when-to-file panel answers for the new selection.
    let filing = text(&find(&widget, "[part=filing]"));
    assert!(filing.contains("Quickest answer: file"), "{filing}");
    assert!(filing.contains("Slowest answer: file"), "{filing}");
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn a_shared_link_in_the_address_sets_the_widget_it_names() {
    let location = web_sys::window().unwrap().location();
    // Business P2 in Japan, submitted Friday 1 May 2026 17:00 Tokyo (08:00Z).
    location
        .set_hash(
            "sla=shared&tier=business&region=japan&priority=P2&submitted=2026-05-01T08%3A00%3A00Z",
        )
        .unwrap();
    let named = mount(&[("id", "shared"), ("lang", "en")]).await;
    let other = mount(&[("id", "other"), ("lang", "en")]).await;
    assert_eq!(named.get_attribute("region").as_deref(), Some("japan"));
    assert_eq!(
        named.get_attribute("submitted").as_deref(),
        Some("2026-05-01T08:00:00Z")
    );
    assert_eq!(
        deadline_attr(&named),
        engine(
            "business",
            "P2",
            "japan",
            "Asia/Tokyo",
            "2026-05-01T08:00:00Z"
        )
    );
    assert_eq!(
        other.get_attribute("region"),
        None,
        "the link names another widget"
    );
    // Following a link on the page (hashchange) applies it too.
    location.set_hash("sla=other&region=apac").unwrap();
    settle().await;
    assert_eq!(other.get_attribute("region").as_deref(), Some("apac"));
    // The widget's own link says the same as its attributes.
    let href = find(&named, "a.share").get_attribute("href").unwrap();
    assert!(
        href.contains(
            "#sla=shared&tier=business&region=japan&priority=P2&submitted=2026-05-01T08%3A00%3A00Z"
        ),
        "{href}"
    );
    location.set_hash("").unwrap();
    unmount(&named);
    unmount(&other);
}

#[cfg(feature = "json-calculator")]
#[wasm_bindgen_test]
fn the_json_calculator_answers_in_the_browser() {
    let calculator = Calculator::new(None).unwrap();
    let answer = calculator.deadline(
        r#"{"tier":"business","priority":"P2","region":"emea","zone":"Europe/Paris","submitted":"2026-03-27T16:30:00Z"}"#,
    );
    assert!(
        answer.contains(r#""deadline_utc":"2026-03-30T09:00:00Z""#),
        "{answer}"
    );
    let Err(err) = Calculator::new(Some("{\"schema\": 2}".into())) else {
        panic!("a bad catalog was accepted");
    };
    let message = Reflect::get(&JsValue::from(err), &"message".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert!(
        message.contains("schema: unsupported version 2"),
        "{message}"
    );
}
