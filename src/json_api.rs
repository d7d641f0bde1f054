//! The JSON request/answer interface shared by the `sla` CLI (one request per
//! line) and the WebAssembly bindings.
//!
//! A request is `{"tier", "priority", "region", "submitted"}` plus optional
//! `"zone"` (IANA name, overriding the region's) and `"holidays"`
//! (`["YYYY-MM-DD", …]`, replacing the region's). The answer carries
//! `deadline_utc` and how it was reached, or `{"error": "…"}`.

use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::error::from_json_located;
use crate::{timestamp, zones, Catalog, Error, Request};

/// A request as sent; unknown fields are reported back as warnings.
#[derive(Deserialize)]
struct JsonRequest {
    tier: String,
    priority: String,
    region: String,
    #[serde(default)]
    zone: Option<String>,
    submitted: String,
    #[serde(default)]
    holidays: Option<Vec<String>>,
    #[serde(flatten)]
    other: Map<String, Value>,
}

/// Answers one JSON request (as text) with one JSON answer (as text, one line).
///
/// ```
/// use sla_calculator::{json_api, Catalog};
///
/// let catalog = Catalog::builtin()?;
/// let answer = json_api::answer(&catalog, r#"{"tier":"business","priority":"P2","region":"emea",
///     "zone":"Europe/Paris","submitted":"2026-03-27T16:30:00Z"}"#);
/// assert!(answer.to_string().contains(r#""deadline_utc":"2026-03-30T09:00:00Z""#));
///
/// let answer = json_api::answer(&catalog, r#"{"tier":"business","priority":"P2","region":"mars",
///     "submitted":"2026-03-27T16:30:00Z"}"#);
/// assert_eq!(answer["error"], "unknown region \"mars\" (expected americas, emea, apac, japan)");
/// # Ok::<(), sla_calculator::Error>(())
/// ```
pub fn answer(catalog: &Catalog, request: &str) -> Value {
    compute(catalog, request).unwrap_or_else(|message| error_answer(&message))
}

/// The answer for a request that could not be read at all.
pub fn error_answer(message: &str) -> Value {
    json!({ "error": message })
}

fn compute(catalog: &Catalog, text: &str) -> Result<Value, String> {
    if text.trim().is_empty() {
        return Err("empty request (expected a JSON object)".into());
    }
    let request: JsonRequest = from_json_located(text).map_err(|(place, err)| match place {
        Some(path) => format!("invalid request: {path}: {err}"),
        None => format!("invalid request: {err}"),
    })?;
    let message = |err: Error| err.to_string();
    let zone = request
        .zone
        .as_deref()
        .map(zones::zone)
        .transpose()
        .map_err(message)?;
    let submitted = timestamp::parse_instant(&request.submitted).map_err(message)?;
    let holidays = request
        .holidays
        .as_ref()
        .map(|dates| {
            dates
                .iter()
                .map(|d| timestamp::parse_date(d))
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()
        .map_err(|err| format!("holidays: {err}"))?;
    let due = catalog
        .deadline(&Request {
            tier: &request.tier,
            priority: &request.priority,
            region: &request.region,
            zone,
            submitted,
            holidays: holidays.as_deref(),
        })
        .map_err(message)?;
    let mut answer = json!({
        "deadline_utc": timestamp::format_utc(due.due).map_err(message)?,
        "deadline_local": timestamp::format_in_zone(due.due, &due.zone).map_err(message)?,
        "zone": due.zone.name(),
        "clock": due.target.clock().id(),
        "open_minutes": due.open_time.num_minutes(),
        "submitted_utc": timestamp::format_utc(due.submitted).map_err(message)?,
        "clock_started_utc": timestamp::format_utc(due.clock_started).map_err(message)?,
        "outside_hours": due.started_outside_hours(),
        "holidays_skipped": due.holidays_skipped.iter().map(|d| timestamp::format_date(*d)).collect::<Vec<_>>(),
    });
    if !request.other.is_empty() {
        let ignored: Vec<&String> = request.other.keys().collect();
        answer["warnings"] = json!([format!("ignored unknown fields: {ignored:?}")]);
    }
    Ok(answer)
}
