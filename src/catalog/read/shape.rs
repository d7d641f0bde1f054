//! The shape reader: the JSON document into the raw structures, reporting
//! every missing field, wrong type and unknown field with its JSON path.

use std::fmt;

use super::raw::*;
use crate::error::{Problem, ProblemKind};
use crate::json::Value;

/// Reads the document's shape into the raw structures, reporting every
/// missing field, wrong type and unknown field with its path.
#[derive(Default)]
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
}

/// An object being read, with its path.
pub(super) struct Obj<'v> {
    pub(super) path: String,
    pub(super) fields: &'v [(String, Value)],
}

impl<'v> Obj<'v> {
    pub(super) fn get(&self, key: &str) -> Option<&'v Value> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(super) fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            // A key without a name still has a path (`[""]`): a problem's
            // path is never empty, but for a compiled file's.
            if key.is_empty() {
                return "[\"\"]".to_owned();
            }
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

impl Reader {
    pub(super) fn problem(&mut self, path: &str, kind: ProblemKind, message: impl fmt::Display) {
        self.problems
            .push(Problem::new(path, kind, message.to_string()));
    }

    /// `value` as an object whose keys are all in `allowed`.
    pub(super) fn object<'v>(
        &mut self,
        path: &str,
        value: &'v Value,
        allowed: &[&str],
    ) -> Option<Obj<'v>> {
        let Value::Object(fields) = value else {
            self.problem(
                path,
                ProblemKind::WrongType,
                format_args!("expected an object, got {}", value.kind()),
            );
            return None;
        };
        let obj = Obj {
            path: path.to_owned(),
            fields,
        };
        for (key, _) in fields {
            if !allowed.contains(&key.as_str()) {
                let expected: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
                let expected = crate::join::join(&expected, ", ");
                self.problem(
                    &obj.at(key),
                    ProblemKind::UnknownField,
                    format_args!("unknown field `{key}` (expected one of {expected})"),
                );
            }
        }
        Some(obj)
    }

    pub(super) fn required<'v>(&mut self, obj: &Obj<'v>, key: &str) -> Option<&'v Value> {
        let value = obj.get(key);
        if value.is_none() {
            let place = if obj.path.is_empty() {
                "(document)"
            } else {
                &obj.path
            };
            self.problem(
                place,
                ProblemKind::Missing,
                format_args!("missing field `{key}`"),
            );
        }
        value
    }

    pub(super) fn string(&mut self, path: &str, value: &Value) -> Option<String> {
        match value {
            Value::String(s) => Some(s.clone()),
            other => {
                self.problem(
                    path,
                    ProblemKind::WrongType,
                    format_args!("expected a string, got {}", other.kind()),
                );
                None
            }
        }
    }

    pub(super) fn integer(&mut self, path: &str, value: &Value) -> Option<i64> {
        match value {
            Value::Number(n) => n.parse().ok().or_else(|| {
                self.problem(
                    path,
                    ProblemKind::WrongType,
                    format_args!("expected a whole number, got {n}"),
                );
                None
            }),
            other => {
                self.problem(
                    path,
                    ProblemKind::WrongType,
                    format_args!("expected a whole number, got {}", other.kind()),
                );
                None
            }
        }
    }

    pub(super) fn list<'v>(&mut self, path: &str, value: &'v Value) -> Option<&'v [Value]> {
        match value {
            Value::Array(items) => Some(items),
            other => {
                self.problem(
                    path,
                    ProblemKind::WrongType,
                    format_args!("expected an array, got {}", other.kind()),
                );
                None
            }
        }
    }

    /// Reads each item of an optional list field with `read`; `None` if any failed.
    pub(super) fn each<T>(
        &mut self,
        obj: &Obj,
        key: &str,
        required: bool,
        mut read: impl FnMut(&mut Reader, &str, &Value) -> Option<T>,
    ) -> Option<Vec<T>> {
        let value = if required {
            self.required(obj, key)?
        } else {
            obj.get(key).unwrap_or(&Value::Null)
        };
        if matches!(value, Value::Null) && !required {
            return Some(Vec::new());
        }
        let path = obj.at(key);
        let items = self.list(&path, value)?;
        // Plain loops rather than collecting `Option`s: the same behaviour in
        // much less WebAssembly (this reader is monomorphized per item type).
        let mut out = Vec::with_capacity(items.len());
        let mut complete = true;
        for (i, item) in items.iter().enumerate() {
            match read(self, &format!("{path}[{i}]"), item) {
                Some(value) => out.push(value),
                None => complete = false,
            }
        }
        complete.then_some(out)
    }

    /// `true` or `false`; absent or `null` is `false`.
    pub(super) fn optional_bool(&mut self, obj: &Obj, key: &str) -> Option<bool> {
        match obj.get(key) {
            None | Some(Value::Null) | Some(Value::Bool(false)) => Some(false),
            Some(Value::Bool(true)) => Some(true),
            Some(other) => {
                self.problem(
                    &obj.at(key),
                    ProblemKind::WrongType,
                    format_args!("expected true or false, got {}", other.kind()),
                );
                None
            }
        }
    }

    pub(super) fn optional_string(&mut self, obj: &Obj, key: &str) -> Option<Option<String>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => self.string(&obj.at(key), value).map(Some),
        }
    }

    pub(super) fn text(&mut self, path: &str, value: &Value) -> Option<RawText> {
        match value {
            Value::String(s) => Some(RawText::Same(s.clone())),
            Value::Object(fields) => {
                let mut pairs = Vec::new();
                let mut ok = true;
                for (lang, text) in fields {
                    match text {
                        Value::String(t) => pairs.push((lang.clone(), t.clone())),
                        other => {
                            self.problem(
                                &format!("{path}.{lang}"),
                                ProblemKind::WrongType,
                                format_args!("expected a string, got {}", other.kind()),
                            );
                            ok = false;
                        }
                    }
                }
                ok.then_some(RawText::ByLanguage(pairs))
            }
            other => {
                self.problem(
                    path, ProblemKind::WrongType,
                    format_args!("expected a string, or an object of strings by language like {{\"en\": \"…\"}}, got {}", other.kind()),
                );
                None
            }
        }
    }

    pub(super) fn catalog(&mut self, document: &Value) -> Option<RawCatalog> {
        let obj = self.object(
            "",
            document,
            &[
                "$schema",
                "schema",
                "source",
                "languages",
                "default_tiers",
                "tiers",
                "feature_groups",
                "services",
                "priorities",
                "regions",
            ],
        )?;
        // Where an editor finds the JSON Schema (schema/catalog.schema.json):
        // read as a string, and otherwise ignored.
        let _ = self.optional_string(&obj, "$schema");
        let source = self.optional_string(&obj, "source");
        let languages = self.each(&obj, "languages", true, |r, p, v| r.string(p, v));
        let default_tiers = self.each(&obj, "default_tiers", false, |r, p, v| r.string(p, v));
        let tiers = self.each(&obj, "tiers", true, Reader::tier);
        let feature_groups = self.each(&obj, "feature_groups", false, Reader::group);
        let services = self.each(&obj, "services", false, Reader::service);
        let priorities = self.each(&obj, "priorities", true, Reader::priority);
        let regions = self.each(&obj, "regions", true, Reader::region);
        Some(RawCatalog {
            source: source?,
            languages: languages?,
            default_tiers: default_tiers?,
            tiers: tiers?,
            feature_groups: feature_groups?,
            services: services?,
            priorities: priorities?,
            regions: regions?,
        })
    }

    pub(super) fn id(&mut self, obj: &Obj) -> Option<String> {
        let value = self.required(obj, "id")?;
        self.string(&obj.at("id"), value)
    }

    /// An optional text field (absent or `null`: `None`).
    pub(super) fn optional_text(&mut self, obj: &Obj, key: &str) -> Option<Option<RawText>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(value) => self.text(&obj.at(key), value).map(Some),
        }
    }

    /// A service: `{"id", "title", "label", "description", "footnote"}`.
    pub(super) fn service(&mut self, path: &str, value: &Value) -> Option<RawService> {
        let obj = self.object(
            path,
            value,
            &["id", "title", "label", "description", "footnote"],
        )?;
        let id = self.id(&obj);
        let title = self.required_text(&obj, "title");
        let label = self.optional_text(&obj, "label");
        let description = self.required_text(&obj, "description");
        let footnote = self.optional_text(&obj, "footnote");
        Some(RawService {
            id: id?,
            title: title?,
            label: label?,
            description: description?,
            footnote: footnote?,
        })
    }

    pub(super) fn required_text(&mut self, obj: &Obj, key: &str) -> Option<RawText> {
        let value = self.required(obj, key)?;
        self.text(&obj.at(key), value)
    }

    pub(super) fn tier(&mut self, path: &str, value: &Value) -> Option<RawTier> {
        let obj = self.object(
            path,
            value,
            &["id", "name", "price", "notes", "targets", "services"],
        )?;
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let price = match obj.get("price") {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.text(&obj.at("price"), v).map(Some),
        };
        let notes = self.each(&obj, "notes", false, Reader::text);
        let services = self.each(&obj, "services", false, |r, p, v| r.string(p, v));
        let targets = self.required(&obj, "targets").and_then(|v| {
            let path = obj.at("targets");
            let Value::Object(fields) = v else {
                self.problem(
                    &path,
                    ProblemKind::WrongType,
                    format_args!(
                        "expected an object of targets by priority, got {}",
                        v.kind()
                    ),
                );
                return None;
            };
            let mut targets = Vec::with_capacity(fields.len());
            let mut complete = true;
            for (priority, target) in fields {
                match self.target(&format!("{path}.{priority}"), target) {
                    Some(target) => targets.push((priority.clone(), target)),
                    None => complete = false,
                }
            }
            complete.then_some(targets)
        });
        Some(RawTier {
            id: id?,
            name: name?,
            price: price?,
            notes: notes?,
            targets: targets?,
            services: services?,
        })
    }

    pub(super) fn target(&mut self, path: &str, value: &Value) -> Option<RawTarget> {
        let obj = self.object(path, value, &["clock", "minutes", "days"])?;
        let clock = self
            .required(&obj, "clock")
            .and_then(|v| self.string(&obj.at("clock"), v));
        let minutes = obj
            .get("minutes")
            .map(|v| self.integer(&obj.at("minutes"), v));
        let days = obj.get("days").map(|v| self.integer(&obj.at("days"), v));
        Some(RawTarget {
            clock: clock?,
            minutes: minutes.map_or(Some(None), |m| m.map(Some))?,
            days: days.map_or(Some(None), |d| d.map(Some))?,
        })
    }

    pub(super) fn group(&mut self, path: &str, value: &Value) -> Option<RawGroup> {
        let obj = self.object(path, value, &["id", "name", "features"])?;
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let features = self.each(&obj, "features", true, Reader::feature);
        Some(RawGroup {
            id: id?,
            name: name?,
            features: features?,
        })
    }

    pub(super) fn feature(&mut self, path: &str, value: &Value) -> Option<RawFeature> {
        let obj = self.object(path, value, &["id", "name", "description", "values"])?;
        let id = self.id(&obj);
        let name = self.required_text(&obj, "name");
        let description = self.optional_text(&obj, "description");
        let values = match obj.get("values") {
            None => Some(Vec::new()),
            Some(Value::Object(fields)) => {
                let mut values = Vec::with_capacity(fields.len());
                let mut complete = true;
                for (tier, cell) in fields {
                    let value = match cell {
                        Value::Null => RawValue::Flag(false),
                        Value::Bool(b) => RawValue::Flag(*b),
                        Value::Number(n) => RawValue::Count(n.parse().ok(), n.clone()),
                        other => match self.text(&format!("{}.{tier}", obj.at("values")), other) {
                            Some(text) => RawValue::Text(text),
                            None => {
                                complete = false;
                                continue;
                            }
                        },
                    };
                    values.push((tier.clone(), value));
                }
                complete.then_some(values)
            }
            Some(other) => {
                self.problem(
                    &obj.at("values"),
                    ProblemKind::WrongType,
                    format_args!("expected an object of values by tier, got {}", other.kind()),
                );
                None
            }
        };
        Some(RawFeature {
            id: id?,
            name: name?,
            description: description?,
            values: values?,
        })
    }
}
