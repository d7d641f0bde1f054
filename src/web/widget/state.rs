//! The widget's state between the element's calls: its catalog in use, the
//! selection and answer of each render, and the render itself.

use std::rc::Rc;

use chrono::{DateTime, Utc};
use js_sys::Date;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::catalog::compact;
use crate::i18n::Lang;
use crate::model::Answer;
use crate::view::{self, Frame, Selection};
use crate::{timestamp, Catalog};

use super::super::dom;
use super::super::words::{builtin, has_words, read_builtin, words_loaded, Loaded};
use super::Widget;

impl Widget {
    pub(super) fn now() -> DateTime<Utc> {
        DateTime::from_timestamp_millis(Date::now() as i64).unwrap_or_default()
    }

    /// The language whose words the widget needs and has not been told
    /// are unavailable (see [`missing_words`](Widget::missing_words)).
    pub(super) fn words_needed(&self) -> Option<Lang> {
        let lang = self.lang();
        let needed = !lang.has_messages() || (self.author.is_none() && !has_words(lang.code()));
        (needed && !self.around.unavailable_langs.contains(lang)).then_some(lang)
    }

    pub(super) fn lang(&self) -> Lang {
        Selection::resolve_lang(&self.attributes, &self.around)
    }

    /// The catalog in use: the author's, or the built-in one (`None` while
    /// no words of it are loaded), with the author's compiled holidays.
    pub(super) fn catalog(&self) -> Option<Loaded> {
        let base = self.author.clone().or_else(builtin)?;
        let Some(extra) = &self.extra else {
            return Some(base);
        };
        let generation = match self.author {
            Some(_) => usize::MAX,
            None => words_loaded(),
        };
        if let Some((made_with, merged)) = &*self.merged.borrow() {
            if *made_with == generation {
                return Some(merged.clone());
            }
        }
        // The holidays go into a fresh catalog, read again from its compact
        // form: that costs the download nothing, where copying the one in
        // use (`Clone` for every part of a catalog) costs 1 KB.
        let merged = base.and_then(|_| {
            match &self.author_compact {
                Some(bytes) => compact::read(bytes),
                None => read_builtin(None),
            }
            .and_then(|fresh| fresh.with_holidays(extra))
            .map(Rc::new)
            .map_err(|e| e.problems())
        });
        self.merged.replace(Some((generation, merged.clone())));
        Some(merged)
    }

    /// The selection and its answer, now; `None` while the catalog has failed.
    /// With `same_minute_reuse`, a last render of the same inputs in the same
    /// minute lends its costly parts (for ticks; every other caller follows a
    /// change of input).
    pub(super) fn current(&self, same_minute_reuse: bool) -> Option<Current> {
        let catalog = self.catalog()?.ok()?;
        let (selection, notices) = Selection::resolve(&catalog, &self.attributes, &self.around);
        let now = Self::now();
        let earlier = self.last.as_ref().filter(|last| {
            same_minute_reuse
                && Rc::ptr_eq(&last.catalog, &catalog)
                && last.selection == selection
                && last.answer.now.timestamp().div_euclid(60) == now.timestamp().div_euclid(60)
        });
        let visitor = &self.around.visitor_zone;
        let answer = Answer::compute_reusing(
            &catalog,
            &selection,
            visitor,
            now,
            earlier.map(|last| &last.answer),
        );
        Some(Current {
            catalog,
            selection,
            notices,
            answer,
        })
    }

    pub(super) fn announce(&mut self, iso: &str) -> String {
        let when = timestamp::instant(iso)
            .map(|due| {
                self.sync_clock();
                use crate::view::Clockface;
                self.clock.date_time(due, &self.around.visitor_zone)
            })
            .unwrap_or_default();
        crate::i18n::fill(self.lang().messages().announce, &[("when", &when)])
    }

    /// Formats in the browser's own variant of the widget's language when it
    /// has one (`en-GB` rather than `en`).
    pub(super) fn sync_clock(&mut self) {
        let lang = self.lang();
        let locale = self
            .around
            .browser_langs
            .iter()
            .find(|tag| Lang::from_tag(tag) == Some(lang))
            .cloned()
            .unwrap_or_else(|| lang.code().to_owned());
        if self.clock.locale() != locale {
            self.clock.set_locale(locale);
        }
    }

    /// The page's address without its fragment, and the host's `id`: what a
    /// shared link is made of.
    pub(super) fn link_parts(&self) -> (String, String) {
        let page = self.browser.page();
        let id = self.host.id();
        (page, id)
    }

    /// What the view is given to show `current`.
    pub(super) fn frame<'a>(
        &'a self,
        current: &'a Current,
        page_url: &'a str,
        element_id: &'a str,
    ) -> Frame<'a> {
        Frame {
            catalog: &current.catalog,
            selection: &current.selection,
            answer: &current.answer,
            notices: &current.notices,
            visitor_zone: &self.around.visitor_zone,
            clockface: &self.clock,
            announcement: &self.announcement,
            stylesheet: Some(&self.stylesheet),
            page_url,
            element_id,
            extra_holidays_unavailable: self.extra_unavailable,
            brief: self.brief,
        }
    }

    pub(super) fn render(&mut self) -> Result<(), JsValue> {
        let current = self.current(false);
        self.render_current(current)
    }

    pub(super) fn render_current(&mut self, current: Option<Current>) -> Result<(), JsValue> {
        let lang = self.lang();
        let problems = match self.catalog() {
            Some(Err(problems)) => Some(problems),
            _ => None,
        };
        let unavailable = self.around.unavailable_langs.contains(lang);
        // (No words are missing for a language that is unavailable.)
        if problems.is_none() && self.missing_words().is_some() {
            // Mixed languages are never shown: the words are on their way,
            // and until then the widget keeps what it shows (at first, the
            // page's own content). A catalog that cannot be used is shown at
            // once, in the words at hand: English until its language's
            // messages are in.
            return Ok(());
        }
        self.sync_clock();
        let (page_url, element_id) = self.link_parts();
        let stylesheet = Some(self.stylesheet.as_str());
        let tree = match (&current, problems) {
            (_, Some(problems)) => view::catalog_error(lang, &problems, stylesheet),
            _ if unavailable => view::unavailable(lang, stylesheet),
            (Some(current), None) => view::widget(&self.frame(current, &page_url, &element_id)),
            (None, None) => view::catalog_error(lang, &[], stylesheet),
        };
        let tree = vec![tree];
        let page = dom::Page {
            document: &self.document,
            browser: &self.browser,
        };
        if self.root.is_none() {
            self.root = Some(self.shadow_root.call0(&JsValue::NULL)?.unchecked_into());
        }
        if let Some(root) = &self.root {
            dom::patch_children(&page, root, &self.rendered, &tree, false);
        }
        self.rendered = tree;
        self.last = current;
        Ok(())
    }
}

/// The selection and its answer at one instant: what one render shows.
pub(super) struct Current {
    pub(super) catalog: Rc<Catalog>,
    pub(super) selection: Selection,
    pub(super) notices: Vec<String>,
    pub(super) answer: Answer,
}

/// The `sla-change` event's detail, read from the answer the render showed:
/// `[key, value, key, value…]`.
pub(super) fn change_detail(current: Option<&Current>) -> Vec<JsValue> {
    // Without an answer (a catalog that cannot be used) every key is null.
    let values: [Option<String>; 6] = match current {
        Some(Current {
            selection, answer, ..
        }) => [
            Some(selection.tier.clone()),
            Some(selection.region.clone()),
            Some(selection.priority.clone()),
            answer.zone.map(|choice| choice.zone.name().to_owned()),
            selection
                .submitted
                .and_then(|s| timestamp::format_utc(s).ok()),
            answer.due_utc(),
        ],
        None => Default::default(),
    };
    let mut detail = Vec::new();
    for (key, value) in crate::model::CHANGE_DETAIL.into_iter().zip(values) {
        detail.push(key.into());
        detail.push(value.map_or(JsValue::NULL, JsValue::from));
    }
    detail
}
