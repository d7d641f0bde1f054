//! One list of the element's attributes (`Attributes::NAMES`), and every
//! place that names them agreeing with it: the custom element, the share
//! link, the README's table and the rules.

use sla_calculator::model::Attributes;
use sla_calculator::share::SHARED_ATTRIBUTES;

use crate::support::repo_file as read;

#[test]
fn every_attribute_round_trips_through_set_and_get() {
    let mut attributes = Attributes::default();
    for name in Attributes::NAMES {
        attributes.set(name, Some(format!("value of {name}")));
    }
    for name in Attributes::NAMES {
        assert_eq!(
            attributes.get(name),
            Some(format!("value of {name}").as_str()),
            "{name}"
        );
    }
    attributes.set("colour", Some("red".into()));
    assert_eq!(attributes.get("colour"), None);
}

#[test]
fn the_share_link_carries_only_selection_attributes() {
    for name in SHARED_ATTRIBUTES {
        assert!(Attributes::NAMES.contains(&name), "{name}");
    }
    // Everything that changes the answer, and nothing of the page's: the
    // language and the columns stay the reader's.
    for name in ["tier", "region", "priority", "submitted", "zone"] {
        assert!(SHARED_ATTRIBUTES.contains(&name), "{name}");
    }
}

#[test]
fn the_readme_and_the_rules_document_every_attribute() {
    let readme = read("README.md");
    let rules = read("docs/rules.md");
    for name in Attributes::NAMES.iter().chain(&["holidays"]) {
        assert!(
            readme.contains(&format!("`{name}`")),
            "README lacks `{name}`"
        );
        assert!(
            rules.contains(&format!("`{name}`")),
            "docs/rules.md lacks `{name}`"
        );
    }
}

/// The names after `@tag ` in the element's JSDoc.
fn documented(element: &str, tag: &str) -> std::collections::BTreeSet<String> {
    element
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix(&format!("* @{tag} ")))
        .filter_map(|rest| rest.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_element_documents_exactly_its_parts_and_custom_properties() {
    use crate::support::{attrs, builtin, render};
    use sla_calculator::view::{self, Node};
    // Every part the widget renders, in states that show them all: a notice
    // (an unknown region), "now" followed (the countdown), and a catalog error.
    let mut parts = std::collections::BTreeSet::new();
    let mut collect = |node: &Node| {
        if let Node::Element(root) = node {
            for element in root.find_all(&|e| e.get_attr("part").is_some()) {
                parts.insert(element.get_attr("part").unwrap().to_owned());
            }
        }
    };
    collect(&render(
        &builtin(),
        attrs(&[("region", "mars")]),
        "Europe/Paris",
        "2026-06-01T10:00:00Z",
    ));
    collect(&render(
        &builtin(),
        attrs(&[("region", "japan")]),
        "Asia/Tokyo",
        "2035-12-28T00:00:00Z",
    ));
    collect(&view::catalog_error(
        sla_calculator::i18n::Lang::En,
        &["x".into()],
        None,
    ));
    let element = read("www/sla-element.js");
    assert_eq!(documented(&element, "csspart"), parts);
    // Every custom property the stylesheet defines a default for.
    let css = read("www/sla-calculator.css");
    let defined: std::collections::BTreeSet<String> = css
        .match_indices("--sla-")
        .filter_map(|(at, _)| {
            let name: String = css[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            css[at + name.len()..]
                .trim_start()
                .starts_with(':')
                .then_some(name)
        })
        .collect();
    assert_eq!(documented(&element, "cssproperty"), defined);
}

#[test]
fn the_typescript_declarations_name_every_attribute_and_detail_key() {
    let types = read("www/sla-calculator.d.ts");
    let body = |name: &str| {
        let start = types
            .find(&format!("interface {name} "))
            .unwrap_or_else(|| panic!("no {name}"));
        let rest = &types[start..];
        rest[..rest.find("\n}").unwrap()].to_owned()
    };
    let element = body("SlaCalculatorElement");
    for name in Attributes::NAMES {
        assert!(
            element.contains(&format!("\n  {name}: ")),
            "the element's type lacks `{name}`"
        );
    }
    for property in [
        "catalog",
        "extraHolidays",
        "readonly deadline",
        "loadCatalog(",
    ] {
        assert!(
            element.contains(property),
            "the element's type lacks `{property}`"
        );
    }
    let detail = body("SlaChangeDetail");
    let keys: Vec<&str> = detail
        .lines()
        .filter_map(|line| line.trim().split_once(": ").map(|(key, _)| key))
        .filter(|key| !key.starts_with("/**") && !key.starts_with('*'))
        .collect();
    assert_eq!(keys, sla_calculator::model::CHANGE_DETAIL);
    assert!(types.contains("'sla-calculator': SlaCalculatorElement;"));
    // JSX: every attribute the element observes, and `holidays`.
    let jsx = body("SlaCalculatorAttributes");
    for name in Attributes::NAMES.iter().chain(&["holidays"]) {
        assert!(
            jsx.contains(&format!("\n  {name}?: string;")),
            "the JSX attributes lack `{name}`"
        );
    }
    assert!(types.contains("'sla-calculator': SlaCalculatorAttributes;"));
}

#[test]
fn where_light_dark_is_unknown_every_colour_has_its_light_value() {
    // Each `--sla-x: light-dark(LIGHT,DARK)` of :host, and the same property
    // set to LIGHT in the `@supports not (color: light-dark(…))` block.
    let css = read("www/sla-calculator.css");
    let fallback_at = css
        .find("@supports not (color: light-dark(")
        .expect("a fallback for browsers without light-dark()");
    let fallback = &css[fallback_at..css[fallback_at..].find("\n}").unwrap() + fallback_at];
    let mut colours = 0;
    for line in css.lines().map(str::trim) {
        let Some((name, value)) = line.split_once(": light-dark(") else {
            continue;
        };
        if !name.starts_with("--sla-") {
            continue;
        }
        let light = value.split(',').next().unwrap();
        assert!(
            fallback.contains(&format!("{name}: {light};")),
            "{name} has no light fallback {light}"
        );
        colours += 1;
    }
    assert_eq!(colours, 9, "the nine colours of the theme");
}
