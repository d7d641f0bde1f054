//! Applies a [`Node`] tree to the DOM: creates it the first time, then patches
//! only what changed, so controls keep their focus and state.
//!
//! Text always goes in as text nodes; attribute names come from the code.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element as DomElement};

use super::browser::Browser;
use crate::view::{Element, Node};

/// Where a tree is applied: the document that makes its nodes, and the
/// element's `browser` (which sets form controls' values).
pub struct Page<'a> {
    /// The host's document.
    pub document: &'a Document,
    /// The element's `browser` object.
    pub browser: &'a Browser,
}

/// Elements of the coverage chart live in SVG's namespace.
const SVG: &str = "http://www.w3.org/2000/svg";

/// Makes `parent`'s children match `new`, given that they currently match
/// `old`; `svg`: whether they belong in SVG's namespace (inside an `svg`).
pub fn patch_children(
    page: &Page,
    parent: &web_sys::Node,
    old: &[Node],
    new: &[Node],
    svg: bool,
) -> Result<(), JsValue> {
    let children = parent.child_nodes();
    for (index, node) in new.iter().enumerate() {
        match (old.get(index), children.item(index as u32)) {
            (Some(before), Some(dom)) => patch(page, parent, &dom, before, node, svg)?,
            _ => {
                parent.append_child(&create(page, node, svg)?)?;
            }
        }
    }
    // Remove what is left over, from the end.
    for index in (new.len()..old.len()).rev() {
        if let Some(dom) = children.item(index as u32) {
            parent.remove_child(&dom)?;
        }
    }
    Ok(())
}

fn patch(
    page: &Page,
    parent: &web_sys::Node,
    dom: &web_sys::Node,
    old: &Node,
    new: &Node,
    svg: bool,
) -> Result<(), JsValue> {
    match (old, new) {
        (Node::Text(before), Node::Text(after)) => {
            if before != after {
                dom.set_node_value(Some(after));
            }
        }
        (Node::Element(before), Node::Element(after)) if before.tag == after.tag => {
            let element: &DomElement = dom.unchecked_ref();
            patch_attributes(page, element, before, after)?;
            let svg = svg || after.tag == "svg";
            patch_children(page, dom, &before.children, &after.children, svg)?;
            // A select's value can only be set once its options exist.
            if after.tag == "select" {
                set_value(page, element, after);
            }
        }
        _ => {
            parent.replace_child(&create(page, new, svg)?, dom)?;
        }
    }
    Ok(())
}

/// Builds the DOM for a node, in SVG's namespace if `svg` or if it is an `svg`.
fn create(page: &Page, node: &Node, svg: bool) -> Result<web_sys::Node, JsValue> {
    let document = page.document;
    match node {
        Node::Text(value) => Ok(document.create_text_node(value).into()),
        Node::Element(element) => {
            let svg = svg || element.tag == "svg";
            let dom = if svg {
                document.create_element_ns(Some(SVG), element.tag)?
            } else {
                document.create_element(element.tag)?
            };
            for (name, value) in &element.attrs {
                dom.set_attribute(name, value)?;
            }
            for child in &element.children {
                dom.append_child(&create(page, child, svg)?)?;
            }
            set_value(page, &dom, element);
            Ok(dom.into())
        }
    }
}

fn patch_attributes(
    page: &Page,
    dom: &DomElement,
    before: &Element,
    after: &Element,
) -> Result<(), JsValue> {
    for (name, value) in &after.attrs {
        if before.get_attr(name) != Some(value.as_str()) {
            dom.set_attribute(name, value)?;
            if *name == "value" {
                set_value(page, dom, after);
            }
        }
    }
    for (name, _) in &before.attrs {
        if after.get_attr(name).is_none() {
            dom.remove_attribute(name)?;
        }
    }
    Ok(())
}

/// Form controls (`select`, `input`) show their `value` property, not the
/// attribute: the element's `browser` sets it, unless the visitor is typing
/// in that very input.
fn set_value(page: &Page, dom: &DomElement, element: &Element) {
    if let ("select" | "input", Some(value)) = (element.tag, element.get_attr("value")) {
        page.browser.set_value(dom, value);
    }
}
