//! The selected tier's included services, as the data sheets' cards: a
//! compact list under the comparison, each title (and short label) opening
//! its description in place.

use super::node::{el, Element};
use crate::catalog::Catalog;
use crate::i18n::{fill, Lang};

/// The services `tier` includes, or `None` when the catalog lists none.
pub(super) fn services(catalog: &Catalog, tier: &str, lang: Lang) -> Option<Element> {
    let tier = catalog.tier(tier).ok()?;
    let code = lang.code();
    let items: Vec<Element> = catalog
        .services_of(tier)
        .map(|service| {
            let summary = el("summary")
                .child(
                    el("span")
                        .class("service-title")
                        .text(service.title().get(code)),
                )
                .children(
                    service
                        .label()
                        .map(|label| el("span").class("service-label").text(label.get(code))),
                );
            el("li").attr("data-service", service.id()).child(
                el("details")
                    .class("service")
                    .child(summary)
                    .child(el("p").text(service.description().get(code)))
                    .children(service.footnote().map(|note| {
                        el("p")
                            .class("footnote")
                            .text(format!("* {}", note.get(code)))
                    })),
            )
        })
        .collect();
    (!items.is_empty()).then(|| {
        let m = lang.messages();
        el("div")
            .attr("part", "services")
            .class("services")
            .child(el("h3").text(fill(m.services_heading, &[("tier", tier.name().get(code))])))
            .child(el("ul").class("service-list").children(items))
    })
}
