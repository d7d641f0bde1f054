//! The JSON request/answer interface shared by the `sla` CLI (one request per
//! line) and the WebAssembly bindings.
//!
//! A request is `{"tier", "priority", "region", "submitted"}` plus optional
//! `"zone"` (IANA name, overriding the region's), `"visitor_zone"` (the
//! customer's IANA zone: a region with local hours reads them there when the
//! zone's country is the region's) and `"holidays"` (`["YYYY-MM-DD", …]`,
//! replacing the region's). The answer carries `deadline_utc`, the zone used
//! and why (`zone_reason`: `chosen`, `fixed`, `visitor` or `outside`), how the
//! deadline was reached, and `warnings` (holidays not known that far ahead,
//! ignored fields), or `{"error": "…"}`.

use crate::holidays::PublicHolidays;
use crate::json::{self, Value};
use crate::model::zone_choice;
use crate::{timestamp, zones, Catalog, Error, Request};

const FIELDS: [&str; 7] = [
    "tier",
    "priority",
    "region",
    "zone",
    "visitor_zone",
    "submitted",
    "holidays",
];

/// Answers one JSON request (as text) with one JSON answer.
///
/// ```
/// use sla_calculator::{json_api, Catalog};
///
/// let catalog = Catalog::builtin()?;
/// let answer = json_api::answer(&catalog, r#"{"tier":"business","priority":"P2","region":"emea",
///     "zone":"Europe/Paris","submitted":"2026-03-27T16:30:00Z"}"#);
/// assert!(answer.to_json().contains(r#""deadline_utc":"2026-03-30T09:00:00Z""#));
///
/// let answer = json_api::answer(&catalog, r#"{"tier":"business","priority":"P2","region":"mars",
///     "submitted":"2026-03-27T16:30:00Z"}"#);
/// assert_eq!(
///     answer.get("error").and_then(|e| e.as_str()),
///     Some("unknown region \"mars\" (expected americas, emea, apac, japan)")
/// );
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn answer(catalog: &Catalog, request: &str) -> Value {
    compute(catalog, request).unwrap_or_else(|message| error_answer(&message))
}

/// The answer for a request that could not be read at all.
pub fn error_answer(message: &str) -> Value {
    Value::Object(vec![("error".into(), message.into())])
}

/// A required string field.
fn string<'v>(request: &'v Value, key: &str) -> Result<&'v str, String> {
    match request.get(key) {
        None => Err(format!("invalid request: missing field `{key}`")),
        Some(Value::String(s)) => Ok(s),
        Some(other) => Err(format!(
            "invalid request: {key}: expected a string, got {}",
            other.kind()
        )),
    }
}

fn compute(catalog: &Catalog, text: &str) -> Result<Value, String> {
    if text.trim().is_empty() {
        return Err("empty request (expected a JSON object)".into());
    }
    let request = json::parse(text).map_err(|err| format!("invalid request: {err}"))?;
    let Value::Object(fields) = &request else {
        return Err(format!(
            "invalid request: expected a JSON object, got {}",
            request.kind()
        ));
    };
    let tier = string(&request, "tier")?;
    let priority = string(&request, "priority")?;
    let region = string(&request, "region")?;
    let submitted = string(&request, "submitted")?;
    let message = |err: Error| err.to_string();
    let chosen = match request.get("zone") {
        None | Some(Value::Null) => None,
        Some(_) => Some(zones::zone(string(&request, "zone")?).map_err(message)?),
    };
    let visitor_zone = match request.get("visitor_zone") {
        None | Some(Value::Null) => None,
        Some(_) => {
            let name = string(&request, "visitor_zone")?;
            zones::zone(name).map_err(|err| format!("visitor_zone: {err}"))?;
            Some(name)
        }
    };
    let region_of_request = catalog.region(region).map_err(message)?;
    let choice = zone_choice(region_of_request, chosen, visitor_zone.unwrap_or(""));
    let (zone, zone_reason) = (Some(choice.zone), choice.reason.id());
    let submitted = timestamp::parse_instant(submitted).map_err(message)?;
    let holidays = match request.get("holidays") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .map(|item| match item {
                    Value::String(date) => {
                        timestamp::parse_date(date).map_err(|err| format!("holidays: {err}"))
                    }
                    other => Err(format!(
                        "holidays: expected dates as strings, got {}",
                        other.kind()
                    )),
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Some(other) => {
            return Err(format!(
                "holidays: expected an array of dates, got {}",
                other.kind()
            ))
        }
    };
    let due = catalog
        .deadline(&Request {
            tier,
            priority,
            region,
            zone,
            submitted,
            holidays: holidays.as_deref(),
        })
        .map_err(message)?;
    let mut answer = vec![
        (
            "deadline_utc".to_owned(),
            timestamp::format_utc(due.due).map_err(message)?.into(),
        ),
        (
            "deadline_local".to_owned(),
            timestamp::format_in_zone(due.due, &due.zone)
                .map_err(message)?
                .into(),
        ),
        ("zone".to_owned(), due.zone.name().into()),
        ("zone_reason".to_owned(), zone_reason.into()),
        ("clock".to_owned(), due.target.clock().id().into()),
        (
            "open_minutes".to_owned(),
            due.open_time.num_minutes().into(),
        ),
        (
            "submitted_utc".to_owned(),
            timestamp::format_utc(due.submitted)
                .map_err(message)?
                .into(),
        ),
        (
            "clock_started_utc".to_owned(),
            timestamp::format_utc(due.clock_started)
                .map_err(message)?
                .into(),
        ),
        (
            "outside_hours".to_owned(),
            due.started_outside_hours().into(),
        ),
        (
            "holidays_skipped".to_owned(),
            Value::Array(
                due.holidays_skipped
                    .iter()
                    .map(|date| skipped_holiday(catalog, region_of_request, due.zone, *date))
                    .collect(),
            ),
        ),
        ("special_days".to_owned(), dates(&due.special_days)),
    ];
    let ignored: Vec<&str> = fields
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| !FIELDS.contains(k))
        .collect();
    let mut warnings: Vec<Value> = Vec::new();
    let public = catalog.public_holidays(region_of_request, Some(due.zone));
    let skips_holidays =
        holidays.is_none() && region_of_request.clock_skips_holidays(due.target.clock());
    if let Some(until) = due.holidays_unknown_after {
        let whose = match public.known() {
            Some(country) if country.until() == until => {
                format!("the public holidays of {}", country.country())
            }
            _ => format!("the holidays of region {region}"),
        };
        warnings.push(
            format!(
                "{whose} are known only up to {}: later ones are not counted, so the deadline may be later",
                timestamp::format_date(until)
            )
            .into(),
        );
    }
    match public {
        PublicHolidays::Unknown(Some(country)) if skips_holidays => warnings.push(
            format!(
                "the public holidays of {country} are not known: none is skipped, so the deadline may be early"
            )
            .into(),
        ),
        PublicHolidays::Unknown(None) if skips_holidays => warnings.push(
            format!(
                "the zone {} belongs to no country: no public holiday is skipped",
                due.zone.name()
            )
            .into(),
        ),
        _ => {}
    }
    if !ignored.is_empty() {
        warnings.push(
            format!(
                "ignored unknown fields: {}",
                crate::join::join(&ignored, ", ")
            )
            .into(),
        );
    }
    if !warnings.is_empty() {
        answer.push(("warnings".to_owned(), Value::Array(warnings)));
    }
    Ok(Value::Object(answer))
}

/// A skipped holiday: its date, its name (in English when it has one), and
/// the country whose public holiday it is (none for one the catalog lists).
fn skipped_holiday(
    catalog: &Catalog,
    region: &crate::catalog::Region,
    zone: zones::Zone,
    date: chrono::NaiveDate,
) -> Value {
    let mut fields = vec![("date".to_owned(), timestamp::format_date(date).into())];
    if let Some((name, country)) = catalog.holiday_on(region, Some(zone), date) {
        fields.push(("name".to_owned(), name.get("en").into()));
        if let Some(country) = country {
            fields.push(("country".to_owned(), country.into()));
        }
    }
    Value::Object(fields)
}

/// Dates as a JSON array of `YYYY-MM-DD` strings.
fn dates(list: &[chrono::NaiveDate]) -> Value {
    Value::Array(
        list.iter()
            .map(|d| timestamp::format_date(*d).into())
            .collect(),
    )
}
