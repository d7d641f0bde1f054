//! The panels beyond the deadline, and the JSON calculator: extra holidays, the coverage chart, shared links.

use js_sys::Reflect;
#[cfg(feature = "json-calculator")]
use sla_calculator::web::Calculator;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::Element;

use super::harness::*;

/// Business P2 in EMEA, read in London, submitted Thursday 24 December 2026 16:30Z.
async fn before_christmas_eve_in_london() -> web_sys::HtmlElement {
    mount(&[
        ("lang", "en"),
        ("tier", "business"),
        ("region", "emea"),
        ("priority", "P2"),
        ("zone", "Europe/London"),
        ("submitted", "2026-12-23T16:30:00Z"),
    ])
    .await
}

#[wasm_bindgen_test]
async fn extra_holidays_move_the_deadline_and_the_explanation_names_them() {
    // EMEA hours are 09:00–17:00, here in London (GMT in December), with the
    // UK's public holidays. Wednesday 23 December 2026 16:30Z counts 30 min
    // until 17:00, then 1 h 30 min: Thursday 24th 09:00–10:30 without extra
    // holidays; with Christmas Eve added, Friday 25th (Christmas Day) and
    // Monday 28th (Boxing Day, moved from Saturday) are closed too, so
    // Tuesday 29th 09:00–10:30.
    let widget = before_christmas_eve_in_london().await;
    assert_eq!(deadline_attr(&widget), "2026-12-24T10:30:00Z");
    let christmas = r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Christmas <b>Eve</b>"}]}}"#;
    Reflect::set(&widget, &"extraHolidays".into(), &christmas.into()).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-29T10:30:00Z");
    let explanation = text(&find(&widget, ".explanation"));
    assert!(
        explanation.contains("(Christmas <b>Eve</b>)"),
        "{explanation}"
    );
    assert!(
        find_all(&widget, ".explanation b").is_empty(),
        "text, never markup"
    );
    // A bad document is left out, never silently (rules §5.1): the deadline
    // without it (Thursday 24th 10:30, as above), marked and explained; its
    // problems go to the author, in `sla-error`.
    let errors = ErrorEvents::listen(&widget);
    let unknown_region = r#"{"schema": 1, "holidays": {"mars": []}}"#;
    Reflect::set(&widget, &"extraHolidays".into(), &unknown_region.into()).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-24T10:30:00Z");
    assert_eq!(find_all(&widget, "[part=deadline].unconfirmed").len(), 1);
    let notice = text(&find(&widget, ".calendar-end"));
    assert!(
        notice.contains("own holidays could not be loaded"),
        "{notice}"
    );
    assert_eq!(errors.messages().len(), 1);
    let error = errors.messages()[0].clone();
    assert!(
        error.contains("holidays.mars: unknown region \"mars\""),
        "{error}"
    );
    drop(errors);
    // Removing them gives the catalog's own holidays back.
    Reflect::set(&widget, &"extraHolidays".into(), &JsValue::NULL).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-24T10:30:00Z");
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

#[wasm_bindgen_test]
async fn a_feature_description_opens_in_place_and_survives_a_render() {
    // The widget re-renders (here for a new label; following "now", as each
    // minute passes): an opened description stays open, the focus stays on
    // its summary, and the live region says nothing about it.
    let widget = mount(&[("lang", "en"), ("tier", "business")]).await;
    let details = find(&widget, "details.about");
    let summary: web_sys::HtmlElement = details
        .query_selector("summary")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(text(&summary), "Account Support Lead");
    let status_before = text(&find(&widget, "[part=status]"));
    summary.focus().unwrap();
    summary.click();
    settle().await;
    assert!(details.has_attribute("open"), "opened by a click");
    let description = text(&details.query_selector("p").unwrap().unwrap());
    assert!(
        description.starts_with("A designated Account Support Lead"),
        "{description}"
    );
    let heading = text(&find(&widget, "#sla-heading"));
    widget.set_attribute("label", "Plans compared").unwrap();
    settle().await;
    assert_ne!(
        text(&find(&widget, "#sla-heading")),
        heading,
        "rendered again"
    );
    let details_now = find(&widget, "details.about");
    assert!(
        details_now.has_attribute("open"),
        "still open after a render"
    );
    let focused = shadow(&widget).active_element().unwrap();
    assert_eq!(focused.tag_name(), "SUMMARY");
    assert_eq!(text(&find(&widget, "[part=status]")), status_before);
    summary.click();
    settle().await;
    assert!(!details.has_attribute("open"), "closed again");
    // The chosen tier's services are listed, each opening its description.
    let services = find_all(&widget, "[part=services] details.service");
    assert_eq!(services.len(), 10);
    unmount(&widget);
}

#[wasm_bindgen_test]
async fn compiled_holidays_move_the_deadline_without_the_reader() {
    // The same Christmas Eve as above, compiled (`sla compile`): the element
    // gives the bytes to the widget directly. Wednesday 23 December 2026
    // 16:30Z in London: 30 min until 17:00, Christmas Eve (the page's),
    // Christmas Day and Boxing Day (the UK's) closed, Tuesday 29th 09:00–10:30.
    let widget = before_christmas_eve_in_london().await;
    let catalog = sla_calculator::Catalog::builtin().unwrap();
    let json =
        r#"{"schema": 1, "holidays": {"emea": [{"date": "2026-12-24", "name": "Christmas Eve"}]}}"#;
    let bytes = sla_calculator::catalog::compact::write_holidays(
        &catalog.read_extra_holidays(json).unwrap(),
    );
    let array = js_sys::Uint8Array::from(bytes.as_slice());
    Reflect::set(&widget, &"extraHolidays".into(), &array).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-29T10:30:00Z");
    assert!(text(&find(&widget, ".explanation")).contains("(Christmas Eve)"));
    // Damaged bytes: the page's holidays are left out, and the deadline says
    // it may fall on one of them, never silently (rules §5.1). Without
    // Christmas Eve: 30 min on the 23rd, then Thursday 24th 09:00–10:30.
    let damaged = js_sys::Uint8Array::from(&bytes[..bytes.len() - 3]);
    Reflect::set(&widget, &"extraHolidays".into(), &damaged).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-24T10:30:00Z");
    assert_eq!(find_all(&widget, "[part=deadline].unconfirmed").len(), 1);
    let notice = text(&find(&widget, ".calendar-end"));
    assert!(
        notice.contains("own holidays could not be loaded"),
        "{notice}"
    );
    // Sound bytes again: the holidays count, the notice goes.
    Reflect::set(&widget, &"extraHolidays".into(), &array).unwrap();
    settle().await;
    assert_eq!(deadline_attr(&widget), "2026-12-29T10:30:00Z");
    assert!(find_all(&widget, ".calendar-end").is_empty());
    unmount(&widget);
}
