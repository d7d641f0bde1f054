//! A small element tree: what the widget shows, built by pure code, then
//! either written as HTML text (escaped) or applied to the DOM by `web`.
//!
//! Text is always a text node: nothing from a catalog or an attribute is ever
//! parsed as markup.

/// An element or a text node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// An element with attributes and children.
    Element(Element),
    /// Text, shown literally.
    Text(String),
}

/// An element: a tag, attributes and children (its [`Parts`], boxed: the
/// builder's calls then pass a pointer, not the whole element, which makes
/// the widget's view code markedly smaller).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element(Box<Parts>);

/// What an [`Element`] is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    /// The tag name (lowercase).
    pub tag: &'static str,
    /// Attributes in order; names are fixed by the code, values come from data.
    pub attrs: Vec<(&'static str, String)>,
    /// Child nodes.
    pub children: Vec<Node>,
}

impl std::ops::Deref for Element {
    type Target = Parts;
    fn deref(&self) -> &Parts {
        &self.0
    }
}

impl std::ops::DerefMut for Element {
    fn deref_mut(&mut self) -> &mut Parts {
        &mut self.0
    }
}

/// A new element.
#[inline(never)]
pub fn el(tag: &'static str) -> Element {
    Element(Box::new(Parts {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }))
}

/// A text node.
pub fn text(value: impl Into<String>) -> Node {
    Node::Text(value.into())
}

impl Element {
    /// Adds an attribute.
    pub fn attr(self, name: &'static str, value: impl Into<String>) -> Element {
        self.push_attr(name, value.into())
    }

    // The builder's pushes are not inlined: one copy serves every call site
    // (measured: 2 KB less gzipped wasm than inlining them).
    #[inline(never)]
    fn push_attr(mut self, name: &'static str, value: String) -> Element {
        self.attrs.push((name, value));
        self
    }

    /// Adds an attribute when `condition` holds.
    pub fn attr_if(self, condition: bool, name: &'static str, value: impl Into<String>) -> Element {
        if condition {
            self.attr(name, value)
        } else {
            self
        }
    }

    /// Sets the `class` attribute.
    pub fn class(self, value: impl Into<String>) -> Element {
        self.attr("class", value)
    }

    /// Adds a child.
    pub fn child(self, node: impl Into<Node>) -> Element {
        self.push_child(node.into())
    }

    #[inline(never)]
    fn push_child(mut self, node: Node) -> Element {
        self.children.push(node);
        self
    }

    /// Adds children.
    pub fn children<N: Into<Node>>(mut self, nodes: impl IntoIterator<Item = N>) -> Element {
        for node in nodes {
            self = self.push_child(node.into());
        }
        self
    }

    /// Adds a text child.
    pub fn text(self, value: impl Into<String>) -> Element {
        self.push_child(Node::Text(value.into()))
    }

    /// All the text of the element's descendants, concatenated.
    pub fn text_content(&self) -> String {
        self.children.iter().map(Node::text_content).collect()
    }

    /// The value of an attribute.
    pub fn get_attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl From<Element> for Node {
    fn from(element: Element) -> Node {
        Node::Element(element)
    }
}

const VOID: &[&str] = &["br", "input", "link", "meta", "img", "hr"];

impl Node {
    /// The node as HTML, with every text and attribute value escaped.
    ///
    /// ```
    /// use sla_calculator::view::{el, Node};
    ///
    /// let node: Node = el("p").attr("title", "\"x\"").text("<b>bold?</b> & more").into();
    /// assert_eq!(node.to_html(), "<p title=\"&quot;x&quot;\">&lt;b&gt;bold?&lt;/b&gt; &amp; more</p>");
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    fn write_html(&self, out: &mut String) {
        match self {
            Node::Text(value) => escape_into(value, false, out),
            Node::Element(element) => {
                out.push('<');
                out.push_str(element.tag);
                for (name, value) in &element.attrs {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_into(value, true, out);
                    out.push('"');
                }
                out.push('>');
                if VOID.contains(&element.tag) {
                    return;
                }
                for child in &element.children {
                    child.write_html(out);
                }
                out.push_str("</");
                out.push_str(element.tag);
                out.push('>');
            }
        }
    }

    /// All the text of the node and its descendants, concatenated.
    pub fn text_content(&self) -> String {
        match self {
            Node::Text(value) => value.clone(),
            Node::Element(element) => element.text_content(),
        }
    }

    /// Every element of the tree (this one included) that `matches`, in
    /// document order: tests query the tree by what it means (a `part`, a
    /// role, a tag) rather than by its serialized markup.
    ///
    /// ```
    /// use sla_calculator::view::{el, Node};
    ///
    /// let node: Node = el("div").child(el("p").attr("part", "deadline").text("soon")).into();
    /// let found = node.find_all(&|e| e.has_part("deadline"));
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].text_content(), "soon");
    /// ```
    pub fn find_all(&self, matches: &dyn Fn(&Element) -> bool) -> Vec<&Element> {
        let mut found = Vec::new();
        if let Node::Element(element) = self {
            element.collect(matches, &mut found);
        }
        found
    }

    /// The first element with `part` among its `part` names, if any.
    pub fn part(&self, name: &str) -> Option<&Element> {
        self.find_all(&|e| e.has_part(name)).into_iter().next()
    }
}

impl Element {
    /// Whether `name` is one of the element's `part` names.
    pub fn has_part(&self, name: &str) -> bool {
        self.get_attr("part")
            .is_some_and(|parts| parts.split(' ').any(|p| p == name))
    }

    /// The element's element descendants (itself included) that `matches`.
    pub fn find_all(&self, matches: &dyn Fn(&Element) -> bool) -> Vec<&Element> {
        let mut found = Vec::new();
        self.collect(matches, &mut found);
        found
    }

    fn collect<'a>(&'a self, matches: &dyn Fn(&Element) -> bool, found: &mut Vec<&'a Element>) {
        if matches(self) {
            found.push(self);
        }
        for child in &self.children {
            if let Node::Element(element) = child {
                element.collect(matches, found);
            }
        }
    }
}

fn escape_into(value: &str, attribute: bool, out: &mut String) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
