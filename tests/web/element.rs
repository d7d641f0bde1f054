//! The element's contract: catalogs, several instances, attributes and properties, events, fallbacks, removal.

use js_sys::Reflect;
use sla_calculator::catalog::BUILTIN_JSON;
use sla_calculator::timestamp;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

use super::harness::*;

/// A widget in `lang` given the built-in catalog with its first region
/// closing (05:00) before it opens (06:00), listened to for `sla-error`.
async fn with_a_bad_catalog(lang: &str) -> (HtmlElement, ErrorEvents) {
    let widget = mount(&[("lang", lang)]).await;
    let errors = ErrorEvents::listen(&widget);
    let bad = BUILTIN_JSON.replacen("\"closes\": \"17:30\"", "\"closes\": \"05:00\"", 1);
    Reflect::set(&widget, &"catalog".into(), &bad.into()).unwrap();
    settle().await;
    (widget, errors)
}

#[wasm_bindgen_test]
async fn a_bad_catalog_shows_its_error_in_the_widget() {
    let (widget, errors) = with_a_bad_catalog("en").await;
    let error = text(&find(&widget, "[part=error]"));
    assert!(error.contains("The catalog could not be loaded"), "{error}");
    assert!(
        error.contains("regions[0].hours: closes at 05:00 but opens at 06:00"),
        "{error}"
    );
    assert_eq!(errors.messages().len(), 1);
    // A good catalog afterwards replaces the error.
    Reflect::set(&widget, &"catalog".into(), &BUILTIN_JSON.into()).unwrap();
    settle().await;
    assert!(shadow(&widget)
        .query_selector("[part=error]")
        .unwrap()
        .is_none());
    drop(errors);
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn a_bad_catalog_s_problems_read_in_the_widget_s_language_and_follow_it() {
    // A French widget, a catalog whose first region closes before it opens:
    // the problem's path and kind in French, then the problem in English
    // (marked so); `sla-error` gives the English alone, once.
    let (widget, errors) = with_a_bad_catalog("fr").await;
    let english =
        "regions[0].hours: closes at 05:00 but opens at 06:00: closing must come after opening";
    let item = find(&widget, "[part=error] li");
    assert_eq!(item.get_attribute("lang"), None);
    assert_eq!(
        text(&item),
        format!("regions[0].hours — valeurs contradictoires{english}")
    );
    let marked = find(&widget, "[part=error] li span[lang=en]");
    assert_eq!(text(&marked), english);
    assert_eq!(errors.problems(), [english]);
    // In Japanese now: worded again, and not reported again.
    widget.set_attribute("lang", "ja").unwrap();
    settle().await;
    settle().await;
    let item = text(&find(&widget, "[part=error] li"));
    assert_eq!(
        item,
        format!("regions[0].hours — 値が矛盾しています{english}")
    );
    assert_eq!(errors.problems(), [english]);
    drop(errors);
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
async fn the_vendor_catalogs_give_their_weekly_deadlines() {
    // Worked out by hand (the same cases as the vendor page's end-to-end test):
    // GitLab's 24x5 week opens Sunday 15:00 Pacific Time: Saturday 20:00Z + 4
    // hours of severity 2 runs Sunday 15:00–19:00 PST = Monday 03:00Z.
    // OCS Inventory (09:00–12:00, 14:00–18:00 at UTC+1): Monday 11:30 local +
    // 4 working hours = 11:30–12:00, 14:00–17:30 → 16:30Z.
    // NearlyFreeSpeech (weekdays 13:00–21:00, weekends 15:00–19:00 New York):
    // Friday 20:30 EST + 2 hours = 20:30–21:00, Saturday 15:00–16:30 EST → 21:30Z.
    let cases = [
        (
            include_str!("../../www/catalogs/gitlab-support.json"),
            "priority",
            "sev2",
            "2026-12-05T20:00:00Z",
            "2026-12-07T03:00:00Z",
        ),
        (
            include_str!("../../www/catalogs/ocs-inventory-support.json"),
            "support",
            "critical",
            "2026-12-07T10:30:00Z",
            "2026-12-07T16:30:00Z",
        ),
        (
            include_str!("../../www/catalogs/nearlyfreespeech-support.json"),
            "subscription",
            "request",
            "2026-12-05T01:30:00Z",
            "2026-12-05T21:30:00Z",
        ),
    ];
    for (json, tier, priority, submitted, due) in cases {
        let widget = mount(&[
            ("lang", "en"),
            ("tier", tier),
            ("priority", priority),
            ("submitted", submitted),
        ])
        .await;
        Reflect::set(&widget, &"catalog".into(), &json.into()).unwrap();
        settle().await;
        assert_eq!(deadline_attr(&widget), due, "{tier}/{priority}");
        unmount(&widget);
    }
}

#[wasm_bindgen_test]
async fn properties_set_before_the_element_is_defined_are_kept() {
    // A page may set properties on <sla-late> before its script defines it:
    // the selection, the label, and extra holidays all survive the upgrade.
    let element: HtmlElement = document()
        .create_element("sla-late")
        .unwrap()
        .dyn_into()
        .unwrap();
    element.set_attribute("lang", "en").unwrap();
    element.set_attribute("zone", "Europe/London").unwrap();
    element
        .set_attribute("submitted", "2026-12-23T16:30:00Z")
        .unwrap();
    for (name, value) in [
        ("region", "emea"),
        ("tier", "business"),
        ("priority", "P2"),
        ("label", "Early"),
    ] {
        Reflect::set(&element, &name.into(), &value.into()).unwrap();
    }
    let christmas =
        r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Christmas Eve"}]}}"#;
    Reflect::set(&element, &"extraHolidays".into(), &christmas.into()).unwrap();
    document().body().unwrap().append_child(&element).unwrap();
    define_as(Some("sla-late".into()));
    for _ in 0..10 {
        settle().await;
    }
    // EMEA in London, Business P2, Wednesday 23 December 16:30Z: 30 min,
    // then Christmas Eve (the early extra holidays), Christmas Day and Boxing
    // Day (Monday 28th, the UK's) closed: Tuesday 29th 10:30Z.
    assert_eq!(element.get_attribute("region").as_deref(), Some("emea"));
    assert_eq!(deadline_attr(&element), "2026-12-29T10:30:00Z");
    assert_eq!(text(&find(&element, "#sla-heading")), "Early");
    element.remove();
}

#[wasm_bindgen_test]
fn the_element_tells_compiled_documents_from_json_as_rust_writes_them() {
    // What `sla compile` writes (a catalog, extra holidays) the element keeps
    // as bytes, to hand the widget without a JSON reader; JSON, whatever its
    // spacing, it keeps as text, for the catalog reader.
    let catalog =
        sla_calculator::catalog::compact::write(&sla_calculator::Catalog::builtin().unwrap());
    let holidays = sla_calculator::web::read_holidays(
        r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Christmas Eve"}]}}"#
            .into(),
    )
    .unwrap();
    for compiled in [&catalog[..], &holidays[..]] {
        assert!(as_document(compiled).is_instance_of::<js_sys::Uint8Array>());
    }
    for json in [BUILTIN_JSON, " \n{\"schema\": 1, \"holidays\": {}}"] {
        assert_eq!(
            as_document(json.as_bytes()).as_string().as_deref(),
            Some(json)
        );
    }
}

#[wasm_bindgen_test]
fn the_element_observes_the_attributes_the_widget_reads_and_its_holidays() {
    // The browser calls attributeChangedCallback for these alone: each the
    // widget reads (`Attributes::NAMES`), and the page's extra holidays.
    define();
    let element = js_sys::eval("customElements.get('sla-calculator')").unwrap();
    let observed: Vec<String> =
        js_sys::Array::from(&Reflect::get(&element, &"observedAttributes".into()).unwrap())
            .iter()
            .filter_map(|name| name.as_string())
            .collect();
    let mut expected: Vec<&str> = sla_calculator::model::Attributes::NAMES.to_vec();
    expected.push("holidays");
    assert_eq!(observed, expected);
}

#[wasm_bindgen_test]
fn the_element_answers_every_question_the_widget_asks_the_browser() {
    // src/web/browser.rs declares what the widget asks; www/sla-browser.js
    // answers. Each call, through the widget's own binding, on the real object:
    let browser = browser();
    // Intl, with the options the widget writes: midnight UTC in British
    // English, and a zone the browser does not know read as UTC…
    assert_eq!(
        browser
            .format("en-GB", "hour=2-digit minute=2-digit", "UTC", 0.0)
            .unwrap(),
        "00:00"
    );
    assert_eq!(
        browser
            .format("en-GB", "hour=2-digit minute=2-digit", "Mars/Base", 0.0)
            .unwrap(),
        "00:00"
    );
    // …but never named as UTC: the widget keeps the id then.
    assert!(browser
        .format("en", "timeZoneName=longGeneric", "Mars/Base", 0.0)
        .is_err());
    assert_eq!(
        browser
            .format("en", "timeZoneName=longGeneric", "Asia/Kolkata", 0.0)
            .unwrap(),
        "India Standard Time"
    );
    // Countries by code, named and sorted in the language.
    assert_eq!(
        browser.countries("fr", "FRES").unwrap(),
        "ESEspagne\nFRFrance"
    );
    // A datetime-local value read as the visitor's local time (finite), and
    // anything else as NaN.
    assert!(browser.local_time("2026-03-27T17:30").is_finite());
    assert!(browser.local_time("tomorrow").is_nan());
    assert!(!browser.zone().is_empty());
    assert!(!browser.languages().is_empty());
    assert!(browser.page().starts_with("http"));
    let _ = browser.page_lang();
    // A select's value, set once its options exist.
    let select: HtmlSelectElement = document()
        .create_element("select")
        .unwrap()
        .unchecked_into();
    for value in ["a", "b"] {
        let option = document().create_element("option").unwrap();
        option.set_attribute("value", value).unwrap();
        select.append_child(&option).unwrap();
    }
    browser.set_value(&select, "b");
    assert_eq!(select.value(), "b");
}

#[wasm_bindgen_test]
fn messages_come_back_field_for_field_on_the_widget_s_own_target() {
    // The widget reads the messages of its words files with one transmute
    // (`Messages::from_texts`), which relies on the fields' layout; this is
    // the target it runs on (the native tests check the built-in messages'
    // round trip). Distinct texts come back in their order, each field
    // holding its own: the first, a week's first day, the last.
    use sla_calculator::i18n::Messages;
    let texts: Vec<&'static str> = (0..Messages::COUNT)
        .map(|i| &*Box::leak(format!("text {i}").into_boxed_str()))
        .collect();
    let messages = Messages::from_texts(&texts).unwrap();
    assert_eq!(messages.texts(), texts);
    assert_eq!(messages.calculator_heading, "text 0");
    assert_eq!(messages.tier_label, "text 1");
    assert_eq!(messages.weekdays[0], texts[Messages::COUNT - 14]);
    assert_eq!(messages.weekdays_short[6], texts[Messages::COUNT - 1]);
    // Another version's count: none.
    assert!(Messages::from_texts(&texts[1..]).is_none());
}

#[wasm_bindgen_test]
async fn a_page_that_changes_the_shadow_root_does_not_break_the_widget() {
    // The shadow root is open: a page script or a translating extension may
    // wrap text in elements, or put text where an element was. The widget's
    // next renders replace what is not what they left, and go on working.
    let widget = mount(&[
        ("lang", "en"),
        ("region", "emea"),
        ("zone", "Europe/London"),
        ("submitted", "2026-01-12T15:00:00Z"),
    ])
    .await;
    let doc = document();
    // The deadline's first element becomes text; the explanation's text is
    // wrapped in a <font>, as translators do.
    let panel = find(&widget, "[part=deadline]");
    let first = panel.first_element_child().unwrap();
    panel
        .replace_child(&doc.create_text_node("translated"), &first)
        .unwrap();
    let explanation = find(&widget, "[part=explanation]");
    if let Some(words) = explanation.first_child() {
        let font = doc.create_element("font").unwrap();
        explanation.replace_child(&font, &words).unwrap();
        font.append_child(&words).unwrap();
    }
    for (priority, tier) in [("P1", "business"), ("P3", "online"), ("P2", "business")] {
        widget.set_attribute("priority", priority).unwrap();
        widget.set_attribute("tier", tier).unwrap();
        settle().await;
        assert_eq!(
            deadline_attr(&widget),
            engine(
                tier,
                priority,
                "emea",
                "Europe/London",
                "2026-01-12T15:00:00Z"
            ),
            "{tier} {priority}"
        );
    }
    unmount(&widget);
}
