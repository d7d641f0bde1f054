//! The data sheet's two tables (docs/rules.md §1): the tier comparison and the service level targets.
//! Shared by the widget and the static (no-JS) rendering.

use super::node::{el, Element, Node};
use crate::catalog::{Feature, FeatureValue, Tier};
use crate::i18n::Lang;
use crate::Catalog;

/// A visually hidden span: read by screen readers, not shown.
pub(crate) fn hidden(value: impl Into<String>) -> Element {
    el("span").class("visually-hidden").text(value)
}

/// A table inside a labelled, focusable scroll container, so that wide tables
/// scroll inside themselves on narrow screens.
pub(crate) fn scrolling(table: Element, label: &str, part: &'static str) -> Element {
    el("div")
        .class("scroll")
        .attr("part", part)
        // A named group, not a landmark: the widget is the one landmark, so
        // several widgets on a page keep their landmarks distinct (`label`).
        .attr("role", "group")
        .attr("aria-label", label)
        .attr("tabindex", "0")
        .child(table)
}

/// A scrolling table of rows under a caption and a row of column headers
/// (the by-tier deadlines, the regional hours).
pub(crate) fn row_table(
    class: &'static str,
    caption: &str,
    headers: &[&str],
    rows: impl IntoIterator<Item = Element>,
) -> Element {
    let mut head = el("tr");
    for header in headers {
        head = head.child(el("th").attr("scope", "col").text(*header));
    }
    // Each cell labelled with its column's header, as tier cells are.
    let rows = rows.into_iter().map(|mut row| {
        for (cell, header) in row.children.iter_mut().zip(headers) {
            match cell {
                Node::Element(cell) if cell.tag == "td" => {
                    cell.attrs.push(("data-label", (*header).to_owned()))
                }
                _ => {}
            }
        }
        row
    });
    let table = el("table")
        .class(class)
        .child(el("caption").text(caption))
        .child(el("thead").child(head))
        .child(el("tbody").children(rows));
    scrolling(table, caption, class)
}

fn shown_tiers<'a>(
    catalog: &'a Catalog,
    ids: &'a [String],
) -> impl Iterator<Item = (usize, &'a Tier)> + 'a {
    ids.iter().filter_map(|id| {
        let index = catalog.tiers().iter().position(|t| t.id() == id)?;
        Some((index, &catalog.tiers()[index]))
    })
}

fn tier_header(tier: &Tier, lang: Lang, selected: Option<&str>) -> Element {
    let is_selected = selected == Some(tier.id());
    el("th")
        .attr("scope", "col")
        .attr("data-tier", tier.id())
        .class(if is_selected { "tier selected" } else { "tier" })
        .text(tier.name().get(lang.code()))
        .children(is_selected.then(|| hidden(format!(" {}", lang.messages().selected_tier))))
}

/// A cell of a tier's column, marked when the tier is selected, and
/// labelled with the tier's name (`data-label`): where a narrow widget (or
/// the no-JS fallback's sla-static.css) stacks each row, the name shows
/// beside the value.
fn tier_cell(tier: &Tier, code: &str, selected: Option<&str>) -> Element {
    el("td")
        .attr_if(selected == Some(tier.id()), "class", "selected")
        .attr("data-label", tier.name().get(code))
}

/// A feature's row header: its name, which opens its description in place
/// when the catalog has one (a `<details>`: keyboard and screen-reader
/// usable, and it works without JavaScript).
fn row_header(feature: &Feature, code: &str) -> Element {
    let name = feature.name().get(code);
    let header = el("th").attr("scope", "row");
    match feature.description() {
        Some(description) => header.child(
            el("details")
                .class("about")
                .child(el("summary").text(name))
                .child(el("p").text(description.get(code))),
        ),
        None => header.text(name),
    }
}

/// The tier comparison table: price band, grouped feature rows, ✔ marks,
/// counts and texts. `selected` highlights one tier's column.
pub fn comparison(
    catalog: &Catalog,
    tiers: &[String],
    lang: Lang,
    selected: Option<&str>,
) -> Element {
    let code = lang.code();
    let m = lang.messages();
    let head = el("thead").child(
        el("tr")
            .child(
                el("th")
                    .attr("scope", "col")
                    .attr("colspan", "2")
                    .text(m.feature_header),
            )
            .children(
                shown_tiers(catalog, tiers).map(|(_, tier)| tier_header(tier, lang, selected)),
            ),
    );
    let has_prices = shown_tiers(catalog, tiers).any(|(_, t)| t.price().is_some());
    let price_band = has_prices.then(|| {
        el("tbody")
            .class("price")
            .child(el("tr").child(el("td").attr("colspan", "2")).children(
                shown_tiers(catalog, tiers).map(|(_, tier)| {
                    tier_cell(tier, code, selected).text(tier.price().map_or("", |p| p.get(code)))
                }),
            ))
    });
    let groups = catalog.feature_groups().iter().map(|group| {
        let rows = group.features().iter().enumerate().map(|(row, feature)| {
            let group_header = (row == 0).then(|| {
                el("th")
                    .attr("scope", "rowgroup")
                    .attr("rowspan", group.features().len().to_string())
                    .class("group")
                    .text(group.name().get(code))
            });
            el("tr")
                .attr("data-feature", feature.id())
                .children(group_header)
                .child(row_header(feature, code))
                .children(shown_tiers(catalog, tiers).map(|(index, tier)| {
                    let cell = tier_cell(tier, code, selected);
                    match feature.values().get(index).unwrap_or(&FeatureValue::Absent) {
                        FeatureValue::Absent => cell.child(hidden(m.not_included)),
                        FeatureValue::Included => cell
                            .child(
                                el("span")
                                    .class("check")
                                    .attr("aria-hidden", "true")
                                    .text("✔"),
                            )
                            .child(hidden(m.included)),
                        FeatureValue::Count(n) => cell.text(n.to_string()),
                        FeatureValue::Text(value) => cell.text(value.get(code)),
                    }
                }))
        });
        el("tbody").children(rows)
    });
    el("table")
        .class("comparison")
        .child(el("caption").text(m.comparison_caption))
        .child(head)
        .children(price_band)
        .children(groups)
}

/// The service level targets: one row per priority (name and definition),
/// one column per shown tier. `selected` highlights a tier and a priority.
pub fn targets(
    catalog: &Catalog,
    tiers: &[String],
    lang: Lang,
    selected: Option<(&str, &str)>,
) -> Element {
    let code = lang.code();
    let m = lang.messages();
    let selected_tier = selected.map(|(tier, _)| tier);
    let head = el("thead").child(
        el("tr")
            .child(el("th").attr("scope", "col").text(m.priority_header))
            .children(
                shown_tiers(catalog, tiers).map(|(_, tier)| tier_header(tier, lang, selected_tier)),
            ),
    );
    let rows = catalog
        .priorities()
        .iter()
        .enumerate()
        .map(|(index, priority)| {
            let is_selected = selected.is_some_and(|(_, p)| p == priority.id());
            el("tr")
                .attr("data-priority", priority.id())
                .attr_if(is_selected, "class", "selected")
                .child(
                    el("th")
                        .attr("scope", "row")
                        .child(el("strong").text(priority.name().get(code)))
                        .child(
                            el("span")
                                .class("definition")
                                .text(priority.definition().get(code)),
                        ),
                )
                .children(shown_tiers(catalog, tiers).map(|(_, tier)| {
                    let target = tier.targets().get(index);
                    tier_cell(tier, code, selected_tier)
                        .text(target.map(|t| m.target(t)).unwrap_or_default())
                }))
        });
    el("table")
        .class("targets")
        .child(el("caption").text(m.targets_caption))
        .child(head)
        .child(el("tbody").children(rows))
}

/// The static, script-free rendering of both tables, and of each tier's
/// included services with their descriptions and footnotes: what `sla render`
/// writes and an author can paste inside `<sla-calculator>` as a fallback.
///
/// ```
/// use sla_calculator::i18n::Lang;
/// use sla_calculator::view::static_tables;
/// use sla_calculator::Catalog;
///
/// let catalog = Catalog::builtin()?;
/// let html = static_tables(&catalog, &["online".into(), "business".into()], Lang::Fr).to_html();
/// assert!(html.contains("<caption>Cibles du niveau de service : réponse initiale</caption>"));
/// assert!(html.contains("Assistance payante ($)"));
/// // The online tier's cards, each opening its description, as in the widget.
/// assert!(html.contains("<h3>Services inclus dans Assistance en ligne</h3>"), "{html}");
/// # Ok::<(), sla_calculator::Error>(())
/// ```
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub fn static_tables(catalog: &Catalog, tiers: &[String], lang: Lang) -> super::node::Node {
    let m = lang.messages();
    el("div")
        .class("sla-static")
        .attr("lang", lang.code())
        .child(scrolling(
            comparison(catalog, tiers, lang, None),
            m.comparison_caption,
            "comparison",
        ))
        .child(scrolling(
            targets(catalog, tiers, lang, None),
            m.targets_caption,
            "targets",
        ))
        // Each tier's included services, their descriptions and footnotes,
        // as the widget shows the chosen one's.
        .children(
            tiers
                .iter()
                .filter_map(|tier| super::services::services(catalog, tier, lang)),
        )
        .into()
}
