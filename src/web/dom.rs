//! Applies a [`Node`] tree to the DOM: creates it the first time, then patches
//! only what changed, so controls keep their focus and state.
//!
//! Text always goes in as text nodes; attribute names come from the code.

use wasm_bindgen::prelude::wasm_bindgen;
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

// The DOM calls of a patch, bound without `catch` (web-sys's bindings
// catch every exception, through a wrapper on each call): none of them can
// throw here. Tag and attribute names come from the code and are valid, a
// node appended is new and goes into an element or the shadow root, a node
// patched is first checked to be an element or a text as expected (see
// `patch`), and a node replaced or removed was just read from its parent's
// children, in the same task. (An exception inside the WebAssembly would
// leave the widget borrowed, and dead.)
#[wasm_bindgen]
extern "C" {
    /// A DOM node, or the document (for the calls below).
    type Dom;
    #[wasm_bindgen(method, js_name = createElement)]
    fn create_element(this: &Dom, tag: &str) -> DomElement;
    #[wasm_bindgen(method, js_name = createElementNS)]
    fn create_element_ns(this: &Dom, namespace: &str, tag: &str) -> DomElement;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute(this: &Dom, name: &str, value: &str);
    #[wasm_bindgen(method, js_name = removeAttribute)]
    fn remove_attribute(this: &Dom, name: &str);
    #[wasm_bindgen(method, js_name = appendChild)]
    fn append_child(this: &Dom, child: &web_sys::Node);
    #[wasm_bindgen(method, js_name = replaceChild)]
    fn replace_child(this: &Dom, new: &web_sys::Node, old: &web_sys::Node);
    #[wasm_bindgen(method, js_name = removeChild)]
    fn remove_child(this: &Dom, child: &web_sys::Node);
}

/// The calls above on a node, or the document.
fn dom(node: &JsValue) -> &Dom {
    node.unchecked_ref()
}

/// Elements of the coverage chart live in SVG's namespace.
const SVG: &str = "http://www.w3.org/2000/svg";

/// Makes `parent`'s children match `new`, given that they currently match
/// `old`; `svg`: whether they belong in SVG's namespace (inside an `svg`).
pub fn patch_children(page: &Page, parent: &web_sys::Node, old: &[Node], new: &[Node], svg: bool) {
    let children = parent.child_nodes();
    for (index, node) in new.iter().enumerate() {
        match (old.get(index), children.item(index as u32)) {
            (Some(before), Some(dom)) => patch(page, parent, &dom, before, node, svg),
            _ => dom(parent).append_child(&create(page, node, svg)),
        }
    }
    // Remove what is left over, from the end.
    for index in (new.len()..old.len()).rev() {
        if let Some(node) = children.item(index as u32) {
            dom(parent).remove_child(&node);
        }
    }
}

fn patch(
    page: &Page,
    parent: &web_sys::Node,
    node: &web_sys::Node,
    old: &Node,
    new: &Node,
    svg: bool,
) {
    // The node is what `old` says unless the page changed the shadow root
    // (it is open: a script, a translating extension that wraps text in
    // elements): then it is replaced, never patched as what it is not.
    let kind = node.node_type();
    match (old, new) {
        (Node::Text(before), Node::Text(after)) if kind == web_sys::Node::TEXT_NODE => {
            if before != after {
                node.set_node_value(Some(after));
            }
        }
        (Node::Element(before), Node::Element(after))
            if before.tag == after.tag && kind == web_sys::Node::ELEMENT_NODE =>
        {
            let element: &DomElement = node.unchecked_ref();
            patch_attributes(page, element, before, after);
            let svg = svg || after.tag == "svg";
            patch_children(page, node, &before.children, &after.children, svg);
            // A select's value can only be set once its options exist.
            if after.tag == "select" {
                set_value(page, element, after);
            }
        }
        _ => dom(parent).replace_child(&create(page, new, svg), node),
    }
}

/// Builds the DOM for a node, in SVG's namespace if `svg` or if it is an `svg`.
fn create(page: &Page, node: &Node, svg: bool) -> web_sys::Node {
    let document = page.document;
    match node {
        Node::Text(value) => document.create_text_node(value).into(),
        Node::Element(element) => {
            let svg = svg || element.tag == "svg";
            let made = if svg {
                dom(document).create_element_ns(SVG, element.tag)
            } else {
                dom(document).create_element(element.tag)
            };
            for (name, value) in &element.attrs {
                dom(&made).set_attribute(name, value);
            }
            for child in &element.children {
                dom(&made).append_child(&create(page, child, svg));
            }
            set_value(page, &made, element);
            made.into()
        }
    }
}

fn patch_attributes(page: &Page, element: &DomElement, before: &Element, after: &Element) {
    for (name, value) in &after.attrs {
        if before.get_attr(name) != Some(value.as_str()) {
            dom(element).set_attribute(name, value);
            if *name == "value" {
                set_value(page, element, after);
            }
        }
    }
    for (name, _) in &before.attrs {
        if after.get_attr(name).is_none() {
            dom(element).remove_attribute(name);
        }
    }
}

/// Form controls (`select`, `input`) show their `value` property, not the
/// attribute: the element's `browser` sets it, unless the visitor is typing
/// in that very input.
fn set_value(page: &Page, dom: &DomElement, element: &Element) {
    if let ("select" | "input", Some(value)) = (element.tag, element.get_attr("value")) {
        page.browser.set_value(dom, value);
    }
}
