//! One list of the element's attributes (`Attributes::NAMES`), and every
//! place that names them agreeing with it: the custom element, the share
//! link, the README's table and the rules.

use sla_calculator::model::Attributes;
use sla_calculator::share::SHARED_ATTRIBUTES;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The names in a JS array literal `const NAME = ['a', 'b'];` of `text`.
fn js_array(text: &str, name: &str) -> Vec<String> {
    let start = text
        .find(&format!("const {name} = ["))
        .unwrap_or_else(|| panic!("no `const {name} = [` in the element"));
    let rest = &text[start..];
    let body = &rest[rest.find('[').unwrap() + 1..rest.find(']').unwrap()];
    body.split(',')
        .map(|item| item.trim().trim_matches('\'').to_owned())
        .filter(|item| !item.is_empty())
        .collect()
}

#[test]
fn the_element_observes_exactly_the_selection_attributes() {
    let element = read("www/sla-element.js");
    assert_eq!(js_array(&element, "OBSERVED"), Attributes::NAMES);
}

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
