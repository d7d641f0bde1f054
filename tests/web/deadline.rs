//! The deadline, the controls, the tables and the languages, as a visitor sees them.

use js_sys::Reflect;
use sla_calculator::Catalog;
use wasm_bindgen_test::*;

use super::harness::*;

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
