//! What each feature means: the data sheet's feature cards in the catalog
//! (French verbatim from the seed, `tests/seed/assistance-commerciale.md`),
//! row descriptions opening in place, and the chosen tier's services.

use sla_calculator::catalog::BUILTIN_JSON;
use sla_calculator::view::{self, Element};
use sla_calculator::Catalog;

use crate::support::{attrs, builtin, render};

const SEED: &str = include_str!("seed/assistance-commerciale.md");

/// A card of the seed: its small label (online cards), bold title,
/// description and footnote, as written.
#[derive(Debug)]
struct Card {
    label: Option<String>,
    title: String,
    description: String,
    footnote: Option<String>,
}

/// The text between `start` and `end` in `s`, after `from`.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<(&'a str, &'a str)> {
    let at = s.find(start)? + start.len();
    let stop = s[at..].find(end)? + at;
    Some((&s[at..stop], &s[stop + end.len()..]))
}

/// Every card of one section of the seed (a `<table>` of `<td>` cells, each
/// with `<p>` paragraphs; the title is the one in `<b>`).
fn cards(section: &str) -> Vec<Card> {
    let (_, after) = between(SEED, section, "\n").unwrap();
    let (table, _) = between(after, "<table", "</table>").unwrap();
    let mut cards = Vec::new();
    let mut rest = table;
    while let Some((cell, next)) = between(rest, "<td>", "</td>") {
        rest = next;
        let mut paragraphs = Vec::new();
        let mut text = cell;
        while let Some((p, next)) = between(text, "<p>", "</p>") {
            paragraphs.push(p.trim().to_owned());
            text = next;
        }
        let Some(title_at) = paragraphs.iter().position(|p| p.starts_with("<b>")) else {
            continue;
        };
        let footnote = paragraphs.iter().find_map(|p| {
            p.strip_prefix("* <i>")?
                .strip_suffix("</i>")
                .map(str::to_owned)
        });
        cards.push(Card {
            label: (title_at > 0).then(|| paragraphs[0].clone()),
            title: paragraphs[title_at]
                .trim_start_matches("<b>")
                .trim_end_matches("</b>")
                .to_owned(),
            description: paragraphs[title_at + 1].clone(),
            footnote,
        });
    }
    cards
}

#[test]
fn the_french_cards_are_the_seeds_word_for_word() {
    let catalog = builtin();
    let business = cards("## Fonctionnalités d’assistance commerciale");
    let online = cards("## Fonctionnalités de l’assistance en ligne");
    assert_eq!((business.len(), online.len()), (4, 6), "{business:?}");
    let services_of =
        |tier: &str| -> Vec<_> { catalog.services_of(catalog.tier(tier).unwrap()).collect() };
    // Online support lists the six online cards; Business its four cards, then the six.
    for (tier, expected) in [
        ("online", online.iter().collect::<Vec<_>>()),
        ("business", business.iter().chain(&online).collect()),
    ] {
        let services = services_of(tier);
        assert_eq!(services.len(), expected.len(), "{tier}");
        for (service, card) in services.iter().zip(expected) {
            assert_eq!(service.title().get("fr"), card.title, "{tier}");
            assert_eq!(
                service.description().get("fr"),
                card.description,
                "{}",
                card.title
            );
            assert_eq!(
                service.label().map(|l| l.get("fr")),
                card.label.as_deref(),
                "{}",
                card.title
            );
            assert_eq!(
                service.footnote().map(|f| f.get("fr")),
                card.footnote.as_deref(),
                "{}",
                card.title
            );
        }
    }
    // The comparison rows the seed's cards describe carry the card's words.
    let described = [
        ("account_support_lead", "Assistance principale du compte"),
        (
            "live_telephone_support",
            "Assistance téléphonique en direct",
        ),
        (
            "escalation_management",
            "Gestion des remontées d’informations",
        ),
        ("p1_support_24x7x365", "Assistance téléphonique"),
        ("online_support", "Portail d’assistance 24/7"),
    ];
    let features: Vec<_> = catalog
        .feature_groups()
        .iter()
        .flat_map(|g| g.features())
        .collect();
    for (row, title) in described {
        let card = business
            .iter()
            .chain(&online)
            .find(|c| c.title == title)
            .unwrap();
        let feature = features.iter().find(|f| f.id() == row).unwrap();
        let description = feature.description().expect(row);
        assert_eq!(description.get("fr"), card.description, "{row}");
        for lang in ["en", "ja"] {
            assert!(!description.get(lang).trim().is_empty(), "{row} {lang}");
            assert_ne!(
                description.get(lang),
                card.description,
                "{row} {lang} is untranslated"
            );
        }
    }
}

#[test]
fn every_service_text_is_in_every_language() {
    let catalog = builtin();
    for service in catalog.services() {
        for lang in ["fr", "en", "ja"] {
            assert!(
                !service.title().get(lang).trim().is_empty(),
                "{} {lang}",
                service.id()
            );
            assert!(
                !service.description().get(lang).trim().is_empty(),
                "{} {lang}",
                service.id()
            );
        }
    }
    // Each tier includes at least the online cards, and Elite the most.
    let count = |tier: &str| catalog.services_of(catalog.tier(tier).unwrap()).count();
    assert!(count("online") < count("business"));
    assert!(count("enterprise") < count("elite"));
}

fn refused(json: String) -> String {
    Catalog::from_json(&json)
        .expect_err("should be refused")
        .to_string()
}

#[test]
fn descriptions_and_services_are_checked_like_every_text() {
    let builtin: serde_json::Value = serde_json::from_str(BUILTIN_JSON).unwrap();
    // A description without its Japanese text.
    let mut json = builtin.clone();
    json["feature_groups"][0]["features"][0]["description"]
        .as_object_mut()
        .unwrap()
        .remove("ja");
    let message = refused(json.to_string());
    assert!(
        message.contains("feature_groups[0].features[0].description: missing the \"ja\" text"),
        "{message}"
    );
    // An empty title, an unknown service and one listed twice.
    let mut json = builtin;
    json["services"][0]["title"]["fr"] = " ".into();
    json["tiers"][0]["services"][0] = "online_forumz".into();
    json["tiers"][0]["services"][2] = json["tiers"][0]["services"][1].clone();
    let message = refused(json.to_string());
    assert!(
        message.contains("services[0].title: must not be empty"),
        "{message}"
    );
    assert!(
        message.contains("tiers[0].services[0]: unknown service \"online_forumz\""),
        "{message}"
    );
    assert!(
        message.contains("tiers[0].services[2]: \"phone_support_p1\" is listed twice"),
        "{message}"
    );
}

/// The elements with `tag` and `class` under `root`.
fn with_class<'a>(root: &'a Element, tag: &str, class: &str) -> Vec<&'a Element> {
    root.find_all(&|e| e.tag == tag && e.get_attr("class") == Some(class))
}

#[test]
fn rows_open_their_description_and_the_chosen_tier_lists_its_services() {
    let tree = render(
        &builtin(),
        attrs(&[("lang", "ja"), ("tier", "business")]),
        "Asia/Tokyo",
        "2026-06-01T00:00:00Z",
    );
    let comparison = tree.part("comparison").unwrap();
    let abouts = with_class(comparison, "details", "about");
    // Every row with a description opens it: a <details> in its row header,
    // the summary being the row's name.
    let catalog = builtin();
    let described = catalog
        .feature_groups()
        .iter()
        .flat_map(|g| g.features())
        .filter(|f| f.description().is_some())
        .count();
    assert_eq!(abouts.len(), described);
    let first = abouts[0];
    assert_eq!(
        first.find_all(&|e| e.tag == "summary")[0].text_content(),
        "アカウントサポートリード"
    );
    assert!(
        first.get_attr("open").is_none(),
        "closed until the visitor opens it"
    );
    // Business's services, in order, each a disclosure; the chat card's footnote marked.
    let services = tree.part("services").unwrap();
    let items = services.find_all(&|e| e.tag == "li");
    assert_eq!(items.len(), 10);
    assert_eq!(
        items[0].get_attr("data-service"),
        Some("account_support_lead")
    );
    let chat = items
        .iter()
        .find(|i| i.get_attr("data-service") == Some("live_chat_support"))
        .unwrap();
    let footnote = with_class(chat, "p", "footnote")[0].text_content();
    assert!(footnote.starts_with("* "), "{footnote}");
    let heading = services.find_all(&|e| e.tag == "h3")[0].text_content();
    assert!(
        heading.contains(catalog.tier("business").unwrap().name().get("ja")),
        "{heading}"
    );
}

#[test]
fn the_static_fallback_explains_every_described_row() {
    let html = view::static_tables(
        &builtin(),
        &["online".into(), "business".into()],
        sla_calculator::i18n::Lang::Fr,
    )
    .to_html();
    assert!(html.contains(
        "<details class=\"about\"><summary>Gestion des remontées d’informations</summary><p>Il s’agit d’un point de contact désigné"
    ), "{html}");
    let described = builtin()
        .feature_groups()
        .iter()
        .flat_map(|g| g.features())
        .filter(|f| f.description().is_some())
        .count();
    assert_eq!(html.matches("<details class=\"about\">").count(), described);
}
