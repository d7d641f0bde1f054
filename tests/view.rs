//! The widget's element tree, built natively: structure, wording and escaping.

use sla_calculator::catalog::{FeatureValue, BUILTIN_JSON};
use sla_calculator::i18n::{problem_in, Lang};
use sla_calculator::view::{self, Element, Node};
use sla_calculator::Catalog;

use crate::support::{attrs, builtin, part_text, render, render_brief};

/// The deadline panel's `<time>`: its `datetime` and its text.
fn due_time(tree: &Node) -> (String, String) {
    let panel = tree.part("deadline").expect("a deadline panel");
    let time = panel.find_all(&|e| e.tag == "time")[0];
    (
        time.get_attr("datetime").unwrap().to_owned(),
        time.text_content(),
    )
}

#[test]
fn the_spec_example_is_explained_in_english() {
    let tree = render(
        &builtin(),
        attrs(&[
            ("lang", "en"),
            ("tier", "business"),
            ("region", "emea"),
            ("priority", "P2"),
            ("submitted", "2026-03-27T16:30:00Z"),
        ]),
        "Europe/Paris",
        "2026-03-01T00:00:00Z",
    );
    // The visitor is in Paris, which belongs to EMEA: hours read in Paris
    // time. Friday 17:30 CET is after closing; the 2 hours run Monday
    // 09:00–11:00 CEST (the clocks moved on Sunday) = 09:00Z.
    assert_eq!(
        due_time(&tree),
        ("2026-03-30T09:00:00Z".into(), "Mon 2026-03-30 11:00".into())
    );
    let explanation = part_text(&tree, "explanation");
    assert!(explanation.contains(
        "Submitted outside Europe, Middle East and Africa business hours; the target of 2 hours is counted from Mon 09:00, in business hours only."
    ), "{explanation}");
    // Paris is in France, one of EMEA's countries, and EMEA's hours are local.
    assert!(
        explanation.contains("Europe, Middle East and Africa hours are local: they are read in your time, Europe/Paris."),
        "{explanation}"
    );
    // The fixed submission shows no countdown.
    assert!(tree.part("countdown").is_none());
}

#[test]
fn japan_shows_its_footnotes_and_names_the_holidays() {
    // Friday 1 May 2026 17:00 JST, Business P2 (2 h): 30 min Friday, then
    // Golden Week closes 4–6 May; 1 h 30 Thursday 7 May 09:00–10:30 JST = 01:30Z.
    let tree = render(
        &builtin(),
        attrs(&[
            ("lang", "ja"),
            ("tier", "business"),
            ("region", "japan"),
            ("priority", "P2"),
            ("submitted", "2026-05-01T08:00:00Z"),
        ]),
        "Asia/Tokyo",
        "2026-05-01T08:00:00Z",
    );
    assert_eq!(due_time(&tree).0, "2026-05-07T01:30:00Z");
    assert!(part_text(&tree, "explanation").contains("Mon 2026-05-04 (みどりの日)"));
    let deadline = part_text(&tree, "deadline");
    assert!(deadline.contains("P2、P3、P4 のケースは日本の営業時間内のみの対応となります。"));
    assert!(deadline.contains("Adobe Commerce には日本語のサポートはありません。"));
}

#[test]
fn following_the_clock_shows_a_countdown() {
    // Business P1 (24x7, 1 h) submitted now: due in exactly 1 h.
    let tree = render(
        &builtin(),
        attrs(&[("lang", "en"), ("tier", "business")]),
        "Europe/Paris",
        "2026-06-01T10:00:00Z",
    );
    assert_eq!(due_time(&tree).0, "2026-06-01T11:00:00Z");
    assert_eq!(part_text(&tree, "countdown"), "in 1 h 0 min");
    // "Now" is the pressed choice of the submission control.
    let pressed = tree.find_all(&|e| e.get_attr("aria-pressed") == Some("true"));
    assert_eq!(pressed.len(), 1);
}

#[test]
fn the_countdown_counts_the_minutes_the_clocks_show() {
    // Business P2 in EMEA (2 business hours), followed from Paris on Monday
    // 30 March 2026 before opening: the case would be answered from 09:00
    // CEST, so it is due at 11:00 CEST = 09:00Z whatever the second now is.
    // At 08:58:10 CEST the clocks shown read 08:58 and 11:00: 2 h 2 min
    // (the exact 2 h 1 min 50 s is not what a reader works out from them),
    // still at 08:58:59, and 2 h 1 min from 08:59:00. So the countdown
    // changes only when the minute does, as the widget re-renders.
    let countdown_at = |now| {
        let tree = render(
            &builtin(),
            attrs(&[
                ("lang", "en"),
                ("tier", "business"),
                ("region", "emea"),
                ("priority", "P2"),
            ]),
            "Europe/Paris",
            now,
        );
        assert_eq!(due_time(&tree).0, "2026-03-30T09:00:00Z", "at {now}");
        part_text(&tree, "countdown")
    };
    assert_eq!(countdown_at("2026-03-30T06:58:10Z"), "in 2 h 2 min");
    assert_eq!(countdown_at("2026-03-30T06:58:59Z"), "in 2 h 2 min");
    assert_eq!(countdown_at("2026-03-30T06:59:00Z"), "in 2 h 1 min");
}

#[test]
fn the_comparison_table_follows_the_catalog_cell_by_cell() {
    let catalog = builtin();
    let tiers: Vec<String> = ["online", "business", "enterprise", "elite"]
        .map(String::from)
        .to_vec();
    let table: Node = view::comparison(&catalog, &tiers, Lang::En, None).into();
    for group in catalog.feature_groups() {
        for feature in group.features() {
            let row = row(&table, "data-feature", feature.id());
            let cells: Vec<String> = row
                .find_all(&|e| e.tag == "td")
                .iter()
                .map(|cell| cell.text_content())
                .collect();
            let expected: Vec<String> = feature
                .values()
                .iter()
                .map(|value| match value {
                    FeatureValue::Absent => "Not included".to_owned(),
                    FeatureValue::Included => "✔Included".to_owned(),
                    FeatureValue::Count(n) => n.to_string(),
                    FeatureValue::Text(t) => t.get("en").to_owned(),
                })
                .collect();
            // A mark comes with its words for screen readers ("✔" +
            // "Included"), an empty cell with "Not included"; counts and texts
            // are the cell's whole text.
            assert_eq!(cells, expected, "{}", feature.id());
        }
    }
    // Three groups, as row groups spanning 3, 12 and 2 rows.
    let spans: Vec<&str> = table
        .find_all(&|e| e.tag == "th" && e.get_attr("scope") == Some("rowgroup"))
        .iter()
        .filter_map(|th| th.get_attr("rowspan"))
        .collect();
    assert_eq!(spans, ["3", "12", "2"]);
}

#[test]
fn every_language_renders_without_placeholders_or_fallbacks() {
    for lang in ["fr", "en", "ja"] {
        let text = render(
            &builtin(),
            attrs(&[
                ("lang", lang),
                ("tiers", "online business enterprise elite"),
                ("tier", "elite"),
                ("priority", "P2"),
                ("region", "emea"),
            ]),
            "Europe/London",
            "2026-06-06T10:00:00Z",
        )
        .text_content();
        assert!(!text.contains('{') && !text.contains('}'), "{lang}: {text}");
        for other in ["fr", "en", "ja"].iter().filter(|l| **l != lang) {
            let stranger = match *other {
                "fr" => "Assistance payante",
                "en" => "Paid ($)",
                _ => "有償",
            };
            assert!(!text.contains(stranger), "{lang} shows {other} text");
        }
    }
}

#[test]
fn hostile_catalog_text_stays_text() {
    let json = BUILTIN_JSON.replacen("Online Support", "<img src=x onerror=alert(1)>\\\"'&", 1);
    let catalog = Catalog::from_json(&json).unwrap();
    let html = render(
        &catalog,
        attrs(&[("lang", "en")]),
        "Europe/Paris",
        "2026-06-01T10:00:00Z",
    )
    .to_html();
    assert!(!html.contains("<img"), "markup leaked");
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;\"'&amp;"),
        "text shown literally"
    );
}

#[test]
fn unknown_attribute_values_are_noticed_visibly() {
    let html = render(
        &builtin(),
        attrs(&[("lang", "en"), ("region", "mars")]),
        "America/New_York",
        "2026-06-01T10:00:00Z",
    )
    .to_html();
    assert!(html.contains("part=\"notice\""));
    assert!(
        html.contains("Unrecognised region “mars”; using Americas."),
        "{html}"
    );
}

/// The table row whose `attribute` is `value`.
fn row<'a>(tree: &'a Node, attribute: &str, value: &str) -> &'a Element {
    let rows = tree.find_all(&|e| e.tag == "tr" && e.get_attr(attribute) == Some(value));
    rows.first()
        .copied()
        .unwrap_or_else(|| panic!("no row with {attribute}={value}"))
}

/// The text of the element with `class` inside `element`.
fn with_class(element: &Element, class: &str) -> String {
    let found = element.find_all(&|e| e.get_attr("class") == Some(class));
    found
        .first()
        .unwrap_or_else(|| panic!("no .{class} in {}", element.text_content()))
        .text_content()
}

#[test]
fn the_regional_hours_show_open_and_closed_in_the_visitors_time() {
    // Monday 1 June 2026 10:00Z, a visitor in Paris (CEST, UTC+2): EMEA's
    // hours are local, so Paris's 09:00–17:00: 12:00 is open until 17:00. Los
    // Angeles is 03:00, closed (opens 06:00 PDT = 13:00Z = 15:00 in Paris);
    // Tokyo is 19:00, closed until Tuesday 09:00 JST = 00:00Z = 02:00 in Paris.
    let tree = render(
        &builtin(),
        attrs(&[("lang", "en")]),
        "Europe/Paris",
        "2026-06-01T10:00:00Z",
    );
    let hours = tree.part("hours").expect("the hours table");
    let hours: Node = hours.clone().into();
    assert!(with_class(row(&hours, "data-region", "emea"), "open").starts_with("Open, until 17:00"));
    assert!(with_class(row(&hours, "data-region", "americas"), "closed")
        .starts_with("Closed, opens Mon 15:00"));
    assert!(with_class(row(&hours, "data-region", "japan"), "closed")
        .starts_with("Closed, opens Tue 02:00"));
}

#[test]
fn every_shown_tier_gets_its_deadline_and_the_difference() {
    // The spec example: Business P2 (2 h) is due Monday 30 March 09:00Z. Online
    // P2 (4 h) starts at the same Monday 09:00 CEST opening and ends 13:00 CEST
    // = 11:00Z: 2 h later. Elite P2 is 24x5 / 30 min: Friday 17:30 CET is still
    // inside the weekday clock, so 18:00 CET = 17:00Z on Friday, far earlier.
    let tree = render(
        &builtin(),
        attrs(&[
            ("lang", "en"),
            ("tiers", "online business elite"),
            ("tier", "business"),
            ("region", "emea"),
            ("priority", "P2"),
            ("submitted", "2026-03-27T16:30:00Z"),
        ]),
        "Europe/Paris",
        "2026-03-01T00:00:00Z",
    );
    let by_tier: Node = tree
        .part("by-tier")
        .expect("the by-tier table")
        .clone()
        .into();
    let due_and_difference = |tier: &str| {
        let row = row(&by_tier, "data-tier", tier);
        let time = row.find_all(&|e| e.tag == "time")[0];
        let cells = row.find_all(&|e| e.tag == "td");
        (
            time.get_attr("datetime").unwrap().to_owned(),
            cells.last().unwrap().text_content(),
        )
    };
    assert_eq!(
        due_and_difference("business"),
        ("2026-03-30T09:00:00Z".into(), "selected tier".into())
    );
    assert_eq!(
        due_and_difference("online"),
        ("2026-03-30T11:00:00Z".into(), "2 h 0 min later".into())
    );
    assert_eq!(
        due_and_difference("elite"),
        ("2026-03-27T17:00:00Z".into(), "2 d 16 h earlier".into())
    );
}

#[test]
fn the_label_attribute_names_the_widget_as_text() {
    let tree = render(
        &builtin(),
        attrs(&[("lang", "en"), ("label", "  <b>Acme</b> support  ")]),
        "Europe/Paris",
        "2026-03-01T00:00:00Z",
    );
    let heading = tree.find_all(&|e| e.get_attr("id") == Some("sla-heading"))[0];
    assert_eq!(heading.text_content(), "<b>Acme</b> support");
    assert!(tree.to_html().contains("&lt;b&gt;Acme&lt;/b&gt; support"));
    // Without it, the language's heading.
    let plain = render(
        &builtin(),
        attrs(&[("lang", "en"), ("label", " ")]),
        "Europe/Paris",
        "2026-03-01T00:00:00Z",
    );
    let heading = plain.find_all(&|e| e.get_attr("id") == Some("sla-heading"))[0];
    assert_eq!(heading.text_content(), "When will support answer?");
}

/// A view's text of every `part="notice"` element, in order.
fn notices(tree: &Node) -> Vec<String> {
    tree.find_all(&|e| e.has_part("notice"))
        .iter()
        .map(|e| e.text_content())
        .collect()
}

#[test]
fn without_the_page_s_extra_holidays_the_deadline_is_marked_and_says_why() {
    // Business P2 in EMEA for a visitor in Madrid, Wednesday 23 December 2026
    // 16:30 CET (15:30Z): 30 min to 17:00, then Thursday 24th 09:00–10:30
    // CET = 09:30Z. The page's extra holidays could not be loaded (rules
    // §5.1): the deadline is the one without them, marked, and says why.
    let case = attrs(&[
        ("lang", "fr"),
        ("tier", "business"),
        ("region", "emea"),
        ("priority", "P2"),
        ("submitted", "2026-12-23T15:30:00Z"),
    ]);
    let now = "2026-12-01T00:00:00Z";
    let failing =
        crate::support::render_failing(&builtin(), case.clone(), "Europe/Madrid", now, &[], true);
    assert_eq!(due_time(&failing).0, "2026-12-24T09:30:00Z");
    let panel = failing.part("deadline").unwrap();
    assert_eq!(panel.get_attr("class"), Some("deadline unconfirmed"));
    assert!(notices(&failing)
        .iter()
        .any(|n| n.starts_with("Les jours fériés propres à cette page n’ont pas pu être chargés")));
    // With them loaded (none here), the same deadline is settled: no mark.
    let settled = render(&builtin(), case, "Europe/Madrid", now);
    assert_eq!(
        settled.part("deadline").unwrap().get_attr("class"),
        Some("deadline")
    );
    assert!(notices(&settled).is_empty(), "{:?}", notices(&settled));
    // P1 runs 24x7: no holiday can move it, so nothing to mark.
    let p1 = crate::support::render_failing(
        &builtin(),
        attrs(&[("lang", "fr"), ("tier", "business"), ("priority", "P1")]),
        "Europe/Madrid",
        now,
        &[],
        true,
    );
    assert_eq!(
        p1.part("deadline").unwrap().get_attr("class"),
        Some("deadline")
    );
}

#[test]
fn words_that_could_not_be_loaded_give_english_said_in_the_reader_s_language() {
    // The widget of a reader of `lang` in `zone` whose words failed.
    let failing = |lang: Lang, zone| {
        crate::support::render_failing(
            &builtin(),
            attrs(&[("lang", lang.code())]),
            zone,
            "2026-12-01T00:00:00Z",
            &[lang],
            false,
        )
    };
    let shown = failing(Lang::Ja, "Asia/Tokyo");
    let base = shown.part("base").unwrap();
    assert_eq!(base.get_attr("lang"), Some("en"));
    let fallback = base
        .find_all(&|e| e.has_part("notice") && e.get_attr("lang") == Some("ja"))
        .into_iter()
        .next()
        .expect("a notice in Japanese");
    assert_eq!(
        fallback.text_content(),
        Lang::Ja.failure_words().shown_in_english
    );
    assert!(part_text(&shown, "comparison").contains("Support tiers compared"));

    // A reader of a language whose sentences are not built in gets the
    // widget in English, with no empty notice.
    let korean = failing(Lang::Ko, "Asia/Seoul");
    let base = korean.part("base").unwrap();
    assert_eq!(base.get_attr("lang"), Some("en"));
    let empty = base.find_all(&|e| e.has_part("notice") && e.text_content().trim().is_empty());
    assert!(empty.is_empty(), "an empty notice");
    assert!(part_text(&korean, "comparison").contains("Support tiers compared"));
}

#[test]
fn without_the_widget_the_page_s_own_content_shows_with_a_sentence_in_its_language() {
    for lang in Lang::ALL {
        let tree = view::unavailable(lang, Some("sla-calculator.css"));
        let base = tree.part("base").unwrap();
        // In the reader's language where it is built in (fr, en, ja), else
        // in English, and marked as such for screen readers.
        let written_in = if [Lang::Fr, Lang::Ja].contains(&lang) {
            lang
        } else {
            Lang::En
        };
        assert_eq!(base.get_attr("lang"), Some(written_in.code()), "{lang:?}");
        assert!(!lang.failure_words().unavailable.is_empty(), "{lang:?}");
        assert_eq!(
            notices(&tree),
            [lang.failure_words().unavailable.to_owned()]
        );
        assert_eq!(base.find_all(&|e| e.tag == "slot").len(), 1, "{lang:?}");
    }
    // A catalog that cannot be used says why, and keeps the page's content too.
    let error = view::catalog_error(Lang::En, &["bad".to_owned()], None);
    assert_eq!(error.find_all(&|e| e.tag == "slot").len(), 1);
}

/// The zone control's options, in order.
fn zone_options(tree: &Node) -> Vec<&Element> {
    let select = tree.find_all(&|e| e.tag == "select" && e.get_attr("name") == Some("zone"))[0];
    select.find_all(&|e| e.tag == "option")
}

#[test]
fn a_brief_first_view_is_the_whole_one_up_to_the_comparison_with_its_zone_list_closed() {
    // A reader in Madrid, EMEA (local hours: the zone control is shown).
    let attributes = |chosen: Option<&str>| {
        let mut pairs = vec![
            ("lang", "en"),
            ("tier", "business"),
            ("region", "emea"),
            ("priority", "P2"),
            ("submitted", "2026-12-02T15:30:00Z"),
        ];
        pairs.extend(chosen.map(|zone| ("zone", zone)));
        attrs(&pairs)
    };
    let zone_values = |tree: &Node| -> Vec<String> {
        zone_options(tree)
            .iter()
            .map(|o| o.get_attr("value").unwrap().to_owned())
            .collect()
    };
    let strip_zones = |tree: &Node| {
        let html = tree.to_html();
        let start = html.find("<select name=\"zone\"").unwrap();
        let end = start + html[start..].find("</select>").unwrap();
        format!("{}{}", &html[..start], &html[end..])
    };
    let catalog = builtin();
    let now = "2026-12-02T15:00:00Z";
    for chosen in [None, Some("Europe/Athens")] {
        let whole = render(&catalog, attributes(chosen), "Europe/Madrid", now);
        let brief = render_brief(&catalog, attributes(chosen), "Europe/Madrid", now);
        // The whole view offers every zone of the region's countries (EMEA:
        // well over a hundred); the brief one, the default ("") and the
        // zone chosen, if any: what a closed control shows.
        let all = zone_values(&whole);
        assert!(all.len() > 100 && all.contains(&"Africa/Nairobi".to_owned()));
        let expected: Vec<String> = std::iter::once("")
            .chain(chosen)
            .map(str::to_owned)
            .collect();
        assert_eq!(zone_values(&brief), expected);
        // Everything else it shows is the same: controls, deadline,
        // explanation, the deadline by tier, the filing times and the
        // comparison, in the same order; it ends there (the widget's box
        // closes), and the whole view goes on with the chosen tier's
        // services, the targets, the coverage chart and the regional hours.
        let brief_html = strip_zones(&brief);
        let whole_html = strip_zones(&whole);
        let shown = brief_html.strip_suffix("</div>").unwrap();
        assert!(whole_html.starts_with(shown), "{brief_html}");
        assert!(shown.ends_with("</table></div>"), "{brief_html}");
        for part in ["deadline", "by-tier", "filing", "comparison"] {
            let attribute = format!("part=\"{part}\"");
            assert!(brief_html.contains(&attribute), "{part}");
        }
        for part in ["services", "targets", "coverage", "hours"] {
            let attribute = format!("part=\"{part}\"");
            assert!(!brief_html.contains(&attribute), "{part}");
            assert!(whole_html.contains(&attribute), "{part}");
        }
        assert_eq!(due_time(&brief), due_time(&whole));
    }
}

#[test]
fn each_zone_is_offered_by_its_city_and_the_time_there_now() {
    // Wednesday 1 July 2026, 12:00 UTC, summer time: Madrid and Ceuta on
    // CEST (UTC+2) read 14:00, the Canaries on WEST (UTC+1) 13:00, Athens on
    // EEST (UTC+3) 15:00, Nairobi on EAT (UTC+3, no summer time) 15:00; each
    // wall clock as the language writes the widget's times.
    let labels = |lang: &str| -> Vec<String> {
        let tree = render(
            &builtin(),
            attrs(&[("lang", lang), ("region", "emea"), ("tier", "business")]),
            "Europe/Madrid",
            "2026-07-01T12:00:00Z",
        );
        zone_options(&tree)
            .iter()
            .map(|o| o.text_content())
            .collect()
    };
    let english = labels("en");
    for label in [
        "Madrid (14:00)",
        "Ceuta (14:00)",
        "Canary (13:00)",
        "Athens (15:00)",
        "Nairobi (15:00)",
    ] {
        assert!(english.iter().any(|l| l == label), "{label} in {english:?}");
    }
    assert!(labels("fr").iter().any(|l| l == "Madrid (14 h 00)"));
    assert!(labels("ja").iter().any(|l| l == "Madrid (14:00)"));
}

#[test]
fn problems_for_the_author_read_in_the_widget_s_language_with_the_english_marked() {
    // A French widget: its heading in French; a catalog problem as the
    // catalog reader words it for French (its path and kind in French, then
    // the problem in English, marked so); and one of the element's own (a
    // failed download), in English alone, marked so.
    let err = Catalog::from_json(r#"{"schema": 1, "languages": ["en"], "tiers": 3}"#).unwrap_err();
    let worded = problem_in(Lang::Fr, &err.catalog_problems()[0]);
    let failed = "cannot fetch the catalog catalogs/missing.json: HTTP 404".to_owned();
    let error = view::catalog_error(Lang::Fr, &[worded, failed.clone()], None);
    assert_eq!(error.part("base").unwrap().get_attr("lang"), Some("fr"));
    let items = error.find_all(&|e| e.tag == "li");
    assert_eq!(items[0].get_attr("lang"), None);
    assert_eq!(
        items[0].text_content(),
        "tiers — type de valeur incorrecttiers: expected an array, got a number"
    );
    let english = items[0].find_all(&|e| e.tag == "span")[0];
    assert_eq!(english.get_attr("lang"), Some("en"));
    assert_eq!(
        english.text_content(),
        "tiers: expected an array, got a number"
    );
    assert_eq!(items[1].text_content(), failed);
    let english = items[1].find_all(&|e| e.tag == "span")[0];
    assert_eq!(english.get_attr("lang"), Some("en"));
    assert_eq!(english.text_content(), failed);
    assert!(items[1].find_all(&|e| e.tag == "br").is_empty());
    assert!(error
        .text_content()
        .contains(Lang::Fr.messages().catalog_error_heading));
    // A deadline the engine cannot place (a submission before the zone
    // tables' first year) says why in English, marked so too.
    let tree = render(
        &builtin(),
        attrs(&[("lang", "fr"), ("submitted", "1999-01-01T00:00:00Z")]),
        "Europe/Madrid",
        "2026-07-01T12:00:00Z",
    );
    let panel = tree.part("deadline").unwrap();
    let message = panel.find_all(&|e| e.has_part("error"))[0];
    assert_eq!(message.get_attr("lang"), Some("en"));
    assert!(!message.text_content().is_empty());
}
