//! The `<sla-calculator>` element's Rust side: the widget's state, rendered
//! into the element's shadow root.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Date;
use wasm_bindgen::prelude::*;
use web_sys::{Document, HtmlElement, ShadowRoot};

use crate::catalog::compact;
use crate::holidays::PublicHolidays;
use crate::timestamp;
use crate::view::{self, Attributes, Node, Surroundings};

use super::browser::Browser;
use super::intl::{self, IntlClockface};
use super::words::{add_words, Loaded};

mod state;

use state::{change_detail, Current};

/// The state behind one `<sla-calculator>` element. Freed (by the element's
/// `disconnectedCallback`) when the element leaves the page. It never calls
/// back into the page: the element reflects attributes and dispatches events
/// from what these methods return, after they return.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    /// Gives the host's shadow root, attaching it on its first call (the
    /// element's `#root`): the widget asks for it when it first shows
    /// something, so that until then the page's own content stays as it was
    /// laid out.
    shadow_root: js_sys::Function,
    root: Option<ShadowRoot>,
    document: Document,
    stylesheet: String,
    /// The author's catalog in use, or the problems that keep it from being
    /// used; `None` for the built-in catalog.
    author: Option<Loaded>,
    /// The author's catalog in its compact form, read again for a fresh copy
    /// to add the holidays to.
    author_compact: Option<Vec<u8>>,
    /// The author's compiled extra holidays, added to the catalog in use.
    extra: Option<crate::catalog::ExtraHolidays>,
    /// The page's extra holidays could not be loaded: the catalog is used
    /// without them, and the deadline says it may fall on one (rules §5.1).
    extra_unavailable: bool,
    /// The catalog with the extra holidays last made, and how many languages'
    /// words the built-in one had then (a render reuses it; a new language
    /// makes it again).
    merged: RefCell<Option<(usize, Loaded)>>,
    attributes: Attributes,
    around: Surroundings,
    clock: IntlClockface,
    browser: Browser,
    rendered: Vec<Node>,
    announcement: String,
    /// What the last render showed: a tick in the same minute reuses its
    /// costly parts (the filing scan, the coverage).
    last: Option<Current>,
    /// The render under way is a brief first view (`view::Frame::brief`).
    brief: bool,
}

#[wasm_bindgen]
impl Widget {
    /// Binds to a host element, reading its attributes, and renders (once it
    /// has its words). `shadow_root` gives the host's shadow root (holding a
    /// slot, for the page's own content), attaching it on its first call;
    /// `stylesheet` is the widget CSS's URL; `browser` answers what the
    /// widget asks the browser (the element's `browser`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        host: HtmlElement,
        shadow_root: js_sys::Function,
        stylesheet: String,
        browser: Browser,
    ) -> Result<Widget, JsValue> {
        let document = host.owner_document().ok_or("no document")?;
        let mut attributes = Attributes::default();
        for name in Attributes::NAMES {
            attributes.set(name, host.get_attribute(name));
        }
        let around = Surroundings {
            page_lang: browser.page_lang(),
            browser_langs: browser
                .languages()
                .split(',')
                .filter(|tag| !tag.is_empty())
                .map(str::to_owned)
                .collect(),
            visitor_zone: browser.zone(),
            unavailable_langs: Default::default(),
        };
        let mut widget = Widget {
            host,
            shadow_root,
            root: None,
            document,
            stylesheet,
            author: None,
            author_compact: None,
            extra: None,
            extra_unavailable: false,
            merged: RefCell::new(None),
            attributes,
            around,
            clock: IntlClockface::new(browser.clone(), "en"),
            browser,
            // The element puts a slot in its shadow root: the page's own
            // content (its fallback) shows until the widget has something to
            // show instead.
            rendered: vec![view::el("slot").into()],
            announcement: String::new(),
            last: None,
            brief: false,
        };
        widget.render()?;
        Ok(widget)
    }

    /// The attributes a URL fragment (`location.hash`) shares with this
    /// element, as one flat list `[name, value, name, value…]`; empty when
    /// the fragment is not a shared answer for it (see `share`). The element
    /// pairs them and sets them. (Lists for the element are flat: pairing
    /// them there takes less code than building pairs here.)
    pub fn shared_attributes(&self, fragment: &str) -> Vec<JsValue> {
        let mut flat = Vec::new();
        for (name, value) in
            crate::share::read_fragment(fragment, &self.host.id()).unwrap_or_default()
        {
            flat.push(name.into());
            flat.push(value.into());
        }
        flat
    }

    /// An observed attribute changed on the host.
    pub fn attribute_changed(&mut self, name: &str, value: Option<String>) -> Result<(), JsValue> {
        if self.attributes.get(name) == value.as_deref() {
            return Ok(());
        }
        self.attributes.set(name, value);
        self.render()
    }

    /// Uses a catalog in the compact form (`Catalog`'s `compact` module), as
    /// `sla compile` or the catalog reader (`read_catalog`) makes it from an
    /// author's documents, or the built-in catalog when `None`; and compiled
    /// extra holidays added to it, if any. Damaged catalog bytes show as a
    /// catalog error; the element then reads
    /// [`catalog_error`](Widget::catalog_error) to log it and dispatch
    /// `sla-error`. The extra holidays are optional (rules §5.1): when they
    /// could not be loaded (`holidays_unavailable`), or their bytes are
    /// damaged, the catalog is used without them and the deadline says it may
    /// fall on one; returns then why the bytes could not be read.
    pub fn use_compiled(
        &mut self,
        catalog: Option<Vec<u8>>,
        holidays: Option<Vec<u8>>,
        holidays_unavailable: bool,
    ) -> Result<Option<String>, JsValue> {
        self.author = catalog
            .as_deref()
            .map(|bytes| compact::read(bytes).map(Rc::new).map_err(|e| e.problems()));
        self.author_compact = catalog;
        self.merged.replace(None);
        let read = holidays.map(|bytes| compact::read_holidays(&bytes));
        let problem = match &read {
            Some(Err(err)) => Some(err.to_string()),
            _ => None,
        };
        self.extra = read.and_then(Result::ok);
        self.extra_unavailable = holidays_unavailable || problem.is_some();
        self.render()?;
        Ok(problem)
    }

    /// The language whose words (the widget's messages, and the built-in
    /// catalog's texts when it is the one shown) the widget needs before it
    /// can show itself (`fr`, `en`, `ja`), or `None`: the element fetches
    /// `lang/<code>.bin` and passes it to [`add_words`](Widget::add_words).
    /// Until then the widget keeps what it shows (nothing at first).
    pub fn missing_words(&self) -> Option<String> {
        self.words_needed().map(|lang| lang.code().to_owned())
    }

    /// Adds a file the widget asked for, for every widget on the page, and
    /// renders: a language's words (`lang/<code>.bin`, see
    /// [`missing_words`](Widget::missing_words)), or a country's public
    /// holidays (`holidays/<code>.bin`, see
    /// [`missing_countries`](Widget::missing_countries)). Returns 1 when they
    /// were taken, 0 when not: damaged words, or a damaged country file,
    /// change nothing (the element reports the file; the widget goes on
    /// asking for those words, or saying that country's holidays are not
    /// known). No bytes: the words
    /// [`missing_words`](Widget::missing_words) names could not be loaded (a
    /// failed or stalled fetch, a damaged file); the widget then shows
    /// English, saying so in the reader's language, or, without English
    /// either, the page's own content (rules §5.1); words that arrive later
    /// are taken all the same. One export for all three: each costs the
    /// module code of its own.
    ///
    /// Returns 2 instead when this render is the widget's first view: it is
    /// brief (`view::Frame::brief`: the zone control without the region's
    /// zones, and nothing below the comparison), so that the deadline shows
    /// sooner, and the element renders the whole view
    /// ([`tick`](Widget::tick)) once this one is painted.
    pub fn add_words(&mut self, bytes: Vec<u8>) -> Result<u8, JsValue> {
        let taken = if bytes.is_empty() {
            if let Some(lang) = self.words_needed() {
                self.around.unavailable_langs.set(lang, true);
            }
            false
        } else if compact::is_country(&bytes) {
            compact::read_country(&bytes)
                .map(crate::holidays::add)
                .is_ok()
        } else {
            match add_words(bytes) {
                Some(lang) => {
                    if let Some(lang) = lang {
                        self.around.unavailable_langs.set(lang, false);
                    }
                    true
                }
                None => false,
            }
        };
        self.brief = self.last.is_none();
        let rendered = self.render();
        let first_view = self.brief && self.last.is_some();
        self.brief = false;
        rendered?;
        Ok(if first_view { 2 } else { taken as u8 })
    }

    /// The countries whose public holidays the widget needs and does not
    /// know yet, comma-separated (`"ES,GB,JP,US"`): for each region that
    /// observes them, the country of the zone it is read in for this visitor
    /// (rules §2.4). The element fetches `holidays/<code>.bin` for each and
    /// passes it to [`add_words`](Widget::add_words).
    /// Known as soon as words arrive, before they are added (`words`: the
    /// built-in catalog's core travels with them), so that the element
    /// fetches the files meanwhile and the first deadline shown is settled.
    pub fn missing_countries(&self, words: Option<Vec<u8>>) -> String {
        // Before the words are added, their catalog's outline tells which
        // regions observe public holidays, and in which zones.
        let catalog = match (self.catalog(), words) {
            (Some(Ok(catalog)), _) => catalog,
            (_, Some(words)) if self.author.is_none() => match compact::outline_of_words(&words) {
                Ok(outline) => Rc::new(outline),
                Err(_) => return String::new(),
            },
            _ => return String::new(),
        };
        let chosen = self.attributes.zone.as_deref().and_then(crate::zones::find);
        let mut missing: Vec<&str> = Vec::new();
        for region in catalog.regions() {
            let zone = crate::model::zone_choice(region, chosen, &self.around.visitor_zone).zone;
            if let PublicHolidays::Unknown(Some(code)) = catalog.public_holidays(region, Some(zone))
            {
                if !missing.contains(&code) {
                    missing.push(code);
                }
            }
        }
        crate::join::join(&missing, ",")
    }

    /// Shows why the author's catalog or holidays cannot be used: the reader's
    /// problems, or a failed fetch.
    pub fn show_catalog_problems(&mut self, problems: Vec<JsValue>) -> Result<(), JsValue> {
        // Taken as values (strings), not `Vec<String>`: wasm-bindgen's
        // checked conversion of a string array costs 0.2 KB more.
        let problems = problems.iter().filter_map(JsValue::as_string).collect();
        self.author = Some(Err(problems));
        self.extra = None;
        self.render()
    }

    /// A control in the shadow root changed (`name` is the control's name).
    /// Returns the attribute to reflect, `[name, value]` (`value` null to
    /// remove it), or `[]` when nothing changes. The widget takes the new
    /// value at once, so when the element reflects it the attribute comes back
    /// through [`attribute_changed`](Widget::attribute_changed) unchanged and
    /// renders nothing; the element then calls [`changed`](Widget::changed),
    /// which renders once. Nothing here calls back into the page, so page code
    /// reacting to events can use the element freely.
    pub fn control_changed(&mut self, name: &str, value: &str) -> Vec<JsValue> {
        let (attribute, value) = match name {
            "tier" | "region" | "priority" => (name, Some(value.to_owned())),
            "zone" => ("zone", Some(value.to_owned()).filter(|v| !v.is_empty())),
            "now" => ("submitted", None),
            "submitted" => {
                match intl::local_input_to_utc(&self.browser, value)
                    .and_then(|t| timestamp::format_utc(t).ok())
                {
                    Some(iso) => ("submitted", Some(iso)),
                    None => return Vec::new(),
                }
            }
            _ => return Vec::new(),
        };
        self.attributes.set(attribute, value.clone());
        vec![attribute.into(), value.map_or(JsValue::NULL, JsValue::from)]
    }

    /// After a visitor's change has been applied: announces the new deadline
    /// in the live region and returns the `sla-change` event's detail
    /// (`tier region priority zone submitted deadline`), all from one answer,
    /// as a flat list of keys and values.
    pub fn changed(&mut self) -> Result<Vec<JsValue>, JsValue> {
        let current = self.current(false);
        let deadline = current.as_ref().and_then(|c| c.answer.due_utc());
        self.announcement = match &deadline {
            Some(iso) => self.announce(iso),
            None => String::new(),
        };
        let detail = change_detail(current.as_ref());
        self.render_current(current)?;
        Ok(detail)
    }

    /// Why the catalog cannot be used (for `sla-error`): its problems (as the
    /// catalog reader words them: the element reports the English part), none
    /// when it is in use.
    pub fn catalog_error(&self) -> Vec<String> {
        match self.catalog() {
            Some(Err(problems)) => problems,
            _ => Vec::new(),
        }
    }

    /// The language the widget speaks (`fr`, `pt-BR`…): the catalog reader
    /// words problems in it. (Always one: an option, whose glue is the
    /// other getters' and so costs less.)
    pub fn language(&self) -> Option<String> {
        Some(self.lang().code().to_owned())
    }

    /// Re-renders for the passing of time (the countdown, "open now"), and
    /// says in how many milliseconds what it shows next changes: when the
    /// minute does (every time shown is to the minute, and openings,
    /// closings and holidays fall on minutes), or at the deadline if that
    /// comes first (the countdown turns to "overdue").
    pub fn tick(&mut self) -> Result<f64, JsValue> {
        let current = self.current(true);
        let now = Date::now() as i64;
        let mut wait = 60_000 - now.rem_euclid(60_000);
        if let Some(Ok(deadline)) = current.as_ref().map(|c| &c.answer.deadline) {
            let until = deadline.due.timestamp_millis() - now;
            if until > 0 && until < wait {
                wait = until;
            }
        }
        self.render_current(current)?;
        Ok(wait as f64)
    }

    /// The deadline shown as a calendar file in a `data:` URL, made now (the
    /// element puts it in the "add to my calendar" link when it is clicked).
    pub fn calendar_url(&self) -> Option<String> {
        let current = self.last.as_ref()?;
        let (page_url, element_id) = self.link_parts();
        view::calendar_url(&self.frame(current, &page_url, &element_id))
    }

    /// The current deadline as an RFC 3339 UTC instant, if there is one:
    /// the answer a render now would show (made whole, by-tier and coverage
    /// included, rather than by code of its own: the property is seldom read).
    pub fn deadline(&self) -> Option<String> {
        self.current(false)?.answer.due_utc()
    }
}
