#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) of the two documents authors write:
schema/catalog.schema.json (a catalog) and schema/holidays.schema.json (extra
holidays), with a title and description on every field for editors' hover help.
They say what the catalog reader (src/catalog/read/) accepts, as far as JSON
Schema can: tests/reference/catalog_schema.mjs runs a standard validator (Ajv)
and the reader (`sla check`) over the documents tests/schema/manifest.json lists and checks that the schema never
refuses what the reader accepts, and refuses what it refuses but for the
problems JSON Schema cannot express (listed in tests/schema/manifest.json).

The enums of zone names and country codes come from this build's own tables:
`sla zones` and src/zones/tables.rs COUNTRY_CODES.

    python3 scripts/catalog_schema.py target/release/sla          # write
    python3 scripts/catalog_schema.py target/release/sla --check  # compare
"""
import json
import os

import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "schema")
SLA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/sla")
CHECK = "--check" in sys.argv[2:]

# `sla zones`: one name a line, a tab and its country when it has one.
ZONES = [line.split("\t")[0] for line in subprocess.run([SLA, "zones"], capture_output=True, text=True, check=True).stdout.splitlines() if line]
_tables = open(os.path.join(ROOT, "src/zones/tables.rs"), encoding="utf-8").read()
_codes = re.search(r'pub static COUNTRY_CODES: &str = "([A-Z]+)";', _tables).group(1)
COUNTRIES = [_codes[i:i + 2] for i in range(0, len(_codes), 2)]

DRAFT = "https://json-schema.org/draft/2020-12/schema"
# An identifier, not an address to fetch: editors find the files through a
# catalog's "$schema" (e.g. "./node_modules/sla-calculator/schema/catalog.schema.json").
BASE = "https://sla-calculator.invalid/schema/"

# timestamp::parse_clock_time: exactly HH:MM, 00:00-23:59, or 24:00.
TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00"
# timestamp::parse_date: exactly YYYY-MM-DD, a real proleptic Gregorian date
# (chrono's NaiveDate::from_ymd_opt), year 0000-9999, leap years included.
DATE = (
    r"^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"
)
# Checker::ids: 1-64 ASCII letters, digits, '_' or '-'.
ID = r"^[A-Za-z0-9_-]{1,64}$"
# Checker::languages: 1-35 ASCII letters, digits or '-'.
LANG = r"^[A-Za-z0-9-]{1,35}$"
# Checker::text: `text.trim().is_empty()` is refused. Rust's trim() strips the
# Unicode White_Space characters; this class is exactly that set (JavaScript's
# \s differs: it has U+FEFF and lacks U+0085), so a text must hold one
# character outside it.
NOT_BLANK = (
    "[^\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a"
    "\\u2028\\u2029\\u202f\\u205f\\u3000]"
)
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

MAX_TARGET_MINUTES = 366 * 24 * 60
MAX_TARGET_DAYS = 366
MAX_WINDOWS_PER_DAY = 24


def nullable(ref, title, description):
    """An optional field the reader also takes as `null` (= absent)."""
    return {
        "title": title,
        "description": description,
        "anyOf": [{"$ref": ref}, {"type": "null"}],
    }


def nullable_list(item_ref, title, description, **extra):
    return {
        "title": title,
        "description": description,
        "type": ["array", "null"],
        "items": {"$ref": item_ref},
        **extra,
    }


def prop(ref, title, description):
    return {"title": title, "description": description, "$ref": ref}


SHARED_DEFS = {
    "localizedText": {
        "title": "Localised text",
        "description": (
            "A text shown to readers: either one string used for every language of the "
            "catalog, or an object of strings keyed by language code, with exactly one "
            "entry for each code in the catalog's `languages` (no more, no fewer). "
            "No text may be empty or whitespace only."
        ),
        "oneOf": [
            {
                "title": "Same text in every language",
                "description": "One string used for every language of the catalog.",
                "type": "string",
                "pattern": NOT_BLANK,
            },
            {
                "title": "Text by language",
                "description": (
                    "Strings keyed by language code, like {\"en\": \"Business Support\", "
                    "\"fr\": \"Assistance commerciale\"}: one for every language the "
                    "catalog lists, and none for a language it does not list."
                ),
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": LANG},
                "additionalProperties": {
                    "title": "Text in one language",
                    "description": "The text in the language named by the key.",
                    "type": "string",
                    "pattern": NOT_BLANK,
                },
            },
        ],
    },
    "date": {
        "title": "Local date",
        "description": (
            "A calendar date written YYYY-MM-DD (exactly 10 characters), a real date of "
            "the proleptic Gregorian calendar, such as \"2026-12-24\"."
        ),
        "type": "string",
        "format": "date",
        "pattern": DATE,
    },
    "holiday": {
        "title": "Holiday",
        "description": "A named holiday on one local date: business hours and business days are closed then.",
        "type": "object",
        "required": ["date", "name"],
        "additionalProperties": False,
        "properties": {
            "date": prop(
                "#/$defs/date",
                "Date",
                "The holiday's local date, YYYY-MM-DD. A date may appear only once in a list.",
            ),
            "name": prop(
                "#/$defs/localizedText",
                "Name",
                "The holiday's name, shown in explanations and the regional hours.",
            ),
        },
    },
}

CATALOG_DEFS = {
    "id": {
        "title": "Identifier",
        "description": (
            "A stable identifier used by the command line, the element's attributes and "
            "links: 1 to 64 ASCII letters, digits, '_' or '-'. Unique within its list."
        ),
        "type": "string",
        "pattern": ID,
    },
    "languageCode": {
        "title": "Language code",
        "description": "A language code such as \"en\" or \"pt-BR\": 1 to 35 ASCII letters, digits or '-'.",
        "type": "string",
        "pattern": LANG,
    },
    "clockTime": {
        "title": "Time of day",
        "description": "A wall-clock time HH:MM from 00:00 to 23:59, or 24:00 for the end of the day (midnight).",
        "type": "string",
        "pattern": "^(?:" + TIME + ")$",
    },
    "weekTime": {
        "title": "Weekday and time",
        "description": (
            "An instant of the week: a weekday key (mon, tue, wed, thu, fri, sat, sun), one "
            "space and a time HH:MM (00:00-24:00), such as \"sun 17:00\"."
        ),
        "type": "string",
        "pattern": "^(?:" + "|".join(WEEKDAYS) + ") (?:" + TIME + ")$",
    },
    "window": {
        "title": "Opening window",
        "description": (
            "A half-open window [opening, closing) as two times, like [\"09:00\", \"12:00\"]; "
            "the closing must come after the opening."
        ),
        "type": "array",
        "prefixItems": [
            prop("#/$defs/clockTime", "Opens", "When the window opens, HH:MM."),
            prop("#/$defs/clockTime", "Closes", "When the window closes, HH:MM (24:00 for midnight)."),
        ],
        "items": False,
        "minItems": 2,
        "maxItems": 2,
    },
    "dayWindows": {
        "title": "One day's windows",
        "description": (
            f"The windows of one day, sorted and not overlapping, at most {MAX_WINDOWS_PER_DAY}; "
            "an empty list is closed. Windows that meet form one stretch."
        ),
        "type": "array",
        "items": {"$ref": "#/$defs/window"},
        "maxItems": MAX_WINDOWS_PER_DAY,
    },
    "countryCode": {
        "title": "Country code",
        "description": (
            "An ISO 3166-1 alpha-2 country code in upper case, one of the 249 codes of "
            "tzdata's iso3166.tab (such as \"FR\" or \"JP\")."
        ),
        "type": "string",
        "pattern": "^[A-Z]{2}$",
        "enum": COUNTRIES,
    },
    "zoneName": {
        "title": "Time zone",
        "description": (
            "An IANA time zone name as the engine knows it (canonical names, "
            "backward-compatible links and Etc/*; case-sensitive): `sla zones` lists them."
        ),
        "type": "string",
        "enum": ZONES,
    },
    "target": {
        "title": "Target",
        "description": (
            "An initial-response target: a clock and how much of it may run. The "
            "business_days clock is counted in `days`; every other clock in `minutes`."
        ),
        "type": "object",
        "required": ["clock"],
        "additionalProperties": False,
        "properties": {
            "clock": {
                "title": "Clock",
                "description": (
                    "Which time counts: 24x7 (every hour), 24x5 (the region's around-the-clock "
                    "week), business_hours (the region's open hours, holidays skipped) or "
                    "business_days (whole business days of the region's length)."
                ),
                "type": "string",
                "enum": ["24x7", "24x5", "business_hours", "business_days"],
            },
            "minutes": {
                "title": "Minutes",
                "description": (
                    f"The duration in minutes, for every clock but business_days: a whole "
                    f"number from 1 to {MAX_TARGET_MINUTES} (one year)."
                ),
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_TARGET_MINUTES,
            },
            "days": {
                "title": "Business days",
                "description": (
                    f"The number of business days, for the business_days clock only: a whole "
                    f"number from 1 to {MAX_TARGET_DAYS}."
                ),
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_TARGET_DAYS,
            },
        },
        "if": {"properties": {"clock": {"const": "business_days"}}},
        "then": {"required": ["days"], "properties": {"days": True, "minutes": False}},
        "else": {"required": ["minutes"], "properties": {"minutes": True, "days": False}},
    },
    "tier": {
        "title": "Support tier",
        "description": "A support tier (a column of the comparison), with a target for each priority.",
        "type": "object",
        "required": ["id", "name", "targets"],
        "additionalProperties": False,
        "properties": {
            "id": prop("#/$defs/id", "Tier id", "The tier's stable identifier (like \"business\"); unique among tiers."),
            "name": prop("#/$defs/localizedText", "Name", "The tier's display name."),
            "price": nullable(
                "#/$defs/localizedText",
                "Price band",
                "The price band shown for a paid tier (like \"Paid ($)\"); absent or null for none.",
            ),
            "notes": nullable_list(
                "#/$defs/localizedText",
                "Notes",
                "Notes shown with the tier's deadline (phone channels and the like); absent or null for none.",
            ),
            "targets": {
                "title": "Targets by priority",
                "description": (
                    "The initial-response target for each priority, keyed by priority id: "
                    "exactly one for every priority the catalog defines, and none for an "
                    "unknown priority."
                ),
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": ID},
                "additionalProperties": {"$ref": "#/$defs/target"},
            },
            "services": nullable_list(
                "#/$defs/id",
                "Included services",
                "The ids of the services (from the catalog's `services`) this tier includes, "
                "in the order shown; each at most once. Absent or null for none.",
                uniqueItems=True,
            ),
        },
    },
    "service": {
        "title": "Service",
        "description": "A service a tier includes, as the data sheets' cards describe it.",
        "type": "object",
        "required": ["id", "title", "description"],
        "additionalProperties": False,
        "properties": {
            "id": prop("#/$defs/id", "Service id", "The service's stable identifier, referenced by tiers' `services`; unique among services."),
            "title": prop("#/$defs/localizedText", "Title", "The service's title (like \"Online Forums\")."),
            "label": nullable(
                "#/$defs/localizedText",
                "Label",
                "A short label shown above the title (like \"Community Forums\"); absent or null for none.",
            ),
            "description": prop("#/$defs/localizedText", "Description", "What the service is."),
            "footnote": nullable(
                "#/$defs/localizedText",
                "Footnote",
                "A footnote (like \"Not all products have live chat support.\"); absent or null for none.",
            ),
        },
    },
    "featureValue": {
        "title": "Feature value",
        "description": (
            "What a tier offers for a feature: true (offered, shown as a check mark), false "
            "or null (not offered, an empty cell), a count (a whole number from 0 to "
            "4294967295), or a short text."
        ),
        "anyOf": [
            {"type": ["boolean", "null"]},
            {"type": "integer", "minimum": 0, "maximum": 4294967295},
            {"$ref": "#/$defs/localizedText"},
        ],
    },
    "feature": {
        "title": "Feature",
        "description": "One comparison row, with a value per tier.",
        "type": "object",
        "required": ["id", "name"],
        "additionalProperties": False,
        "properties": {
            "id": prop("#/$defs/id", "Feature id", "The row's stable identifier; unique within its group."),
            "name": prop("#/$defs/localizedText", "Name", "The row's display name."),
            "description": nullable(
                "#/$defs/localizedText",
                "Description",
                "What the row means; absent or null for none.",
            ),
            "values": {
                "title": "Values by tier",
                "description": (
                    "The row's value for each tier, keyed by tier id (only the catalog's tiers); "
                    "a tier left out is not offered."
                ),
                "type": "object",
                "propertyNames": {"pattern": ID},
                "additionalProperties": {"$ref": "#/$defs/featureValue"},
            },
        },
    },
    "featureGroup": {
        "title": "Feature group",
        "description": "A group of comparison rows (like \"Assigned experts\").",
        "type": "object",
        "required": ["id", "name", "features"],
        "additionalProperties": False,
        "properties": {
            "id": prop("#/$defs/id", "Group id", "The group's stable identifier; unique among groups."),
            "name": prop("#/$defs/localizedText", "Name", "The group's display name."),
            "features": {
                "title": "Features",
                "description": "The rows of the group, in order.",
                "type": "array",
                "items": {"$ref": "#/$defs/feature"},
            },
        },
    },
    "priority": {
        "title": "Priority",
        "description": "A case priority (like P1) and its definition.",
        "type": "object",
        "required": ["id", "name", "definition"],
        "additionalProperties": False,
        "properties": {
            "id": prop("#/$defs/id", "Priority id", "The priority's stable identifier (like \"P1\"); unique among priorities."),
            "name": prop("#/$defs/localizedText", "Name", "The priority's display name (like \"PRIORITY 1\")."),
            "definition": prop("#/$defs/localizedText", "Definition", "What cases have this priority."),
        },
    },
    "weekdayHours": {
        "title": "Weekday hours (short form)",
        "description": "One window Monday to Friday: {\"opens\": \"09:00\", \"closes\": \"17:00\"}.",
        "type": "object",
        "required": ["opens", "closes"],
        "additionalProperties": False,
        "properties": {
            "opens": prop("#/$defs/clockTime", "Opens", "Opening time, Monday to Friday, HH:MM."),
            "closes": prop("#/$defs/clockTime", "Closes", "Closing time, Monday to Friday, HH:MM (24:00 for midnight); after the opening."),
        },
    },
    "weeklyHours": {
        "title": "Weekly hours",
        "description": (
            "Windows by weekday (mon ... sun); a day left out, null or [] is closed; at "
            "least one day must be open."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": {
            day: {
                "title": name,
                "description": f"{name}'s windows, like [[\"09:00\", \"12:00\"], [\"13:00\", \"17:00\"]]; null or [] is closed.",
                "anyOf": [{"$ref": "#/$defs/dayWindows"}, {"type": "null"}],
            }
            for day, name in zip(
                WEEKDAYS,
                ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            )
        },
        "anyOf": [
            {"required": [day], "properties": {day: {"type": "array", "minItems": 1}}}
            for day in WEEKDAYS
        ],
    },
    "aroundTheClock": {
        "title": "24x5 week",
        "description": (
            "The week of the 24x5 clock: one stretch from `opens` to the next `closes`, in "
            "the region's clock, shorter than a week and not empty."
        ),
        "type": "object",
        "required": ["opens", "closes"],
        "additionalProperties": False,
        "properties": {
            "opens": prop("#/$defs/weekTime", "Opens", "When the 24x5 week starts, like \"sun 17:00\"."),
            "closes": prop("#/$defs/weekTime", "Closes", "When the 24x5 week ends, like \"fri 17:00\"."),
            "skips_holidays": {
                "title": "Skips holidays",
                "description": (
                    "Whether the 24x5 clock also stops on the region's holidays (\"24 hours "
                    "excluding weekends and holidays\"); absent, null or false: it runs through them."
                ),
                "type": ["boolean", "null"],
            },
        },
    },
    "override": {
        "title": "Override",
        "description": (
            "Special hours on one local date, replacing the week's; wins over a holiday on "
            "the same date. The 24x5 clock ignores overrides."
        ),
        "type": "object",
        "required": ["date", "hours"],
        "additionalProperties": False,
        "properties": {
            "date": prop("#/$defs/date", "Date", "The local date, YYYY-MM-DD; at most one override a date."),
            "hours": {
                "title": "Hours",
                "description": "The day's windows; [] closes the day.",
                "$ref": "#/$defs/dayWindows",
            },
            "name": nullable(
                "#/$defs/localizedText",
                "Name",
                "What the day is (like \"Christmas Eve\"); absent or null for none.",
            ),
        },
    },
    "region": {
        "title": "Region",
        "description": (
            "A support region: its business hours, the countries it serves, whose clock its "
            "hours are read in, and its holidays."
        ),
        "type": "object",
        "required": ["id", "name", "hours", "zone"],
        "additionalProperties": False,
        "properties": {
            "id": prop("#/$defs/id", "Region id", "The region's stable identifier (like \"emea\"); unique among regions."),
            "name": prop("#/$defs/localizedText", "Name", "The region's display name."),
            "hours": {
                "title": "Business hours",
                "description": (
                    "The region's weekly business hours: the short form {\"opens\", \"closes\"} "
                    "(Monday to Friday, one window), or windows by weekday."
                ),
                "oneOf": [{"$ref": "#/$defs/weekdayHours"}, {"$ref": "#/$defs/weeklyHours"}],
            },
            "around_the_clock": nullable(
                "#/$defs/aroundTheClock",
                "24x5 week",
                "The 24x5 clock's week; absent or null: Monday 00:00 to Saturday 00:00.",
            ),
            "holiday_hours": {
                "title": "Holiday hours",
                "description": (
                    "Windows open on a holiday instead of closing (like \"Saturday, Sunday & "
                    "Holidays 3pm-7pm\"); absent or null: closed on holidays."
                ),
                "anyOf": [{"$ref": "#/$defs/dayWindows"}, {"type": "null"}],
            },
            "overrides": nullable_list(
                "#/$defs/override",
                "Overrides",
                "Special hours on some local dates; absent or null for none.",
            ),
            "business_day": {
                "title": "Business day length",
                "description": (
                    "The open time of one business day, for business_days targets, HH:MM longer "
                    "than 00:00 (like \"08:00\"). Required when open days differ in length; else "
                    "defaults to the length they share."
                ),
                "anyOf": [
                    {"$ref": "#/$defs/clockTime", "not": {"const": "00:00"}},
                    {"type": "null"},
                ],
            },
            "zone": prop(
                "#/$defs/zoneName",
                "Time zone",
                "The IANA zone the hours are read in (for local hours: for visitors outside the region's countries).",
            ),
            "countries": nullable_list(
                "#/$defs/countryCode",
                "Countries",
                "The ISO 3166-1 alpha-2 codes of the countries the region serves; each at "
                "most once, and a country belongs to one region only. Absent or null for none.",
                uniqueItems=True,
            ),
            "local_hours": {
                "title": "Local hours",
                "description": (
                    "Whether the hours are read in the customer's own clock (their zone, when "
                    "its country is one of `countries`); needs `countries`. Absent, null or "
                    "false: the region's `zone` for everyone."
                ),
                "type": ["boolean", "null"],
            },
            "public_holidays": {
                "title": "Public holidays",
                "description": (
                    "\"country\": the hours also skip the public holidays of the country whose "
                    "clock they are read in (the one value). Absent or null: only listed holidays."
                ),
                "enum": ["country", None],
            },
            "holidays": nullable_list(
                "#/$defs/holiday",
                "Holidays",
                "Holidays (local dates) on which business hours are closed, on top of public holidays; each date once. Absent or null for none.",
            ),
            "holidays_until": nullable(
                "#/$defs/date",
                "Holidays known until",
                "The last date the listed holidays cover, YYYY-MM-DD, not before the last listed holiday; absent or null: 31 December of the last listed holiday's year.",
            ),
            "holidays_source": {
                "title": "Holidays source",
                "description": "Where the holiday dates come from (free text); absent or null for none. For people and tools reading the JSON: `sla compile` leaves it out and the widget does not show it.",
                "type": ["string", "null"],
            },
            "notes": nullable_list(
                "#/$defs/localizedText",
                "Notes",
                "Footnotes shown with the region (like Japan's language and hours notes); absent or null for none.",
            ),
        },
        "if": {"properties": {"local_hours": {"const": True}}, "required": ["local_hours"]},
        "then": {
            "required": ["countries"],
            "properties": {"countries": {"type": "array", "minItems": 1}},
        },
    },
}

DOLLAR_SCHEMA = {
    "title": "JSON Schema",
    "description": (
        "Where editors find this JSON Schema, e.g. "
        "\"./node_modules/sla-calculator/schema/catalog.schema.json\". Read as a string and "
        "otherwise ignored."
    ),
    "type": "string",
}

SCHEMA_VERSION = {
    "title": "Schema version",
    "description": "The catalog format version; this build reads version 1 only.",
    "const": 1,
}

catalog = {
    "$schema": DRAFT,
    "$id": BASE + "catalog.schema.json",
    "title": "SLA calculator support catalog",
    "description": (
        "A support catalog (\"schema\": 1): tiers, their targets per priority, the "
        "comparison's feature groups, services, priorities and regions with their hours "
        "and holidays. At most 5 MB; keys unique in every object; nesting at most 64 levels."
    ),
    "type": "object",
    "required": ["schema", "languages", "tiers", "priorities", "regions"],
    "additionalProperties": False,
    "properties": {
        "$schema": DOLLAR_SCHEMA,
        "schema": SCHEMA_VERSION,
        "source": {
            "title": "Source",
            "description": "Where the catalog's data comes from (free text); absent or null for none. For people and tools reading the JSON: `sla compile` leaves it out and the widget does not show it.",
            "type": ["string", "null"],
        },
        "languages": {
            "title": "Languages",
            "description": (
                "The catalog's language codes, at least one, each once; every text given by "
                "language must have exactly these."
            ),
            "type": "array",
            "items": {"$ref": "#/$defs/languageCode"},
            "minItems": 1,
            "uniqueItems": True,
        },
        "default_tiers": {
            "title": "Default tiers",
            "description": (
                "The ids of the tiers shown when a page names none; absent, null or []: every tier."
            ),
            "type": ["array", "null"],
            "items": {"$ref": "#/$defs/id"},
        },
        "tiers": {
            "title": "Tiers",
            "description": "The support tiers, in display order; at least one, ids unique.",
            "type": "array",
            "items": {"$ref": "#/$defs/tier"},
            "minItems": 1,
        },
        "feature_groups": nullable_list(
            "#/$defs/featureGroup",
            "Feature groups",
            "The comparison table's groups of rows; absent or null for none.",
        ),
        "services": nullable_list(
            "#/$defs/service",
            "Services",
            "The services tiers may include (by id, in a tier's `services`); absent or null for none.",
        ),
        "priorities": {
            "title": "Priorities",
            "description": "The case priorities, in order; at least one, ids unique. Every tier has a target for each.",
            "type": "array",
            "items": {"$ref": "#/$defs/priority"},
            "minItems": 1,
        },
        "regions": {
            "title": "Regions",
            "description": "The support regions; at least one, ids unique.",
            "type": "array",
            "items": {"$ref": "#/$defs/region"},
            "minItems": 1,
        },
    },
    "$defs": {**CATALOG_DEFS, **SHARED_DEFS},
}

holidays = {
    "$schema": DRAFT,
    "$id": BASE + "holidays.schema.json",
    "title": "SLA calculator extra holidays",
    "description": (
        "Holidays a page adds to a catalog's regions ({\"schema\": 1, \"holidays\": {...}}), "
        "checked against that catalog: region ids it has, names in some of its languages (a "
        "language left out reads the English name, else the first given). Dates a "
        "region already lists are kept as the catalog has them."
    ),
    "type": "object",
    "required": ["schema", "holidays"],
    "additionalProperties": False,
    "properties": {
        "$schema": DOLLAR_SCHEMA,
        "schema": SCHEMA_VERSION,
        "holidays": {
            "title": "Holidays by region",
            "description": "Lists of holidays keyed by region id (a region of the catalog the page uses).",
            "type": "object",
            "propertyNames": {"pattern": ID},
            "additionalProperties": {
                "title": "A region's extra holidays",
                "description": "Holidays added to the region; each date once.",
                "type": "array",
                "items": {"$ref": "#/$defs/holiday"},
            },
        },
    },
    "$defs": SHARED_DEFS,
}

def kind_of(node):
    """A short, linked summary of what a value may be."""
    if not isinstance(node, dict):
        return "any"
    if "$ref" in node:
        name = node["$ref"].split("/")[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in node:
        return " or ".join(kind_of(choice) for choice in node["anyOf"])
    if "const" in node:
        return f"`{json.dumps(node['const'])}`"
    if "enum" in node:
        values = node["enum"]
        if len(values) > 12:
            return f"one of {len(values)} names"
        return "one of " + ", ".join(f"`{json.dumps(v, ensure_ascii=False)}`" for v in values)
    kinds = node.get("type", "any")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    words = []
    for kind in kinds:
        if kind == "array" and "items" in node:
            words.append(f"list of {kind_of(node['items'])}")
        elif kind == "object" and "additionalProperties" in node and isinstance(node["additionalProperties"], dict):
            words.append(f"object of {kind_of(node['additionalProperties'])}")
        else:
            words.append(kind)
    return " or ".join(words)


def fields(node, lines):
    required = set(node.get("required", []))
    lines.append("| field | required | value | meaning |")
    lines.append("|---|---|---|---|")
    for key, sub in node.get("properties", {}).items():
        meaning = f"**{sub.get('title', '')}.** {sub.get('description', '')}".replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{key}` | {'yes' if key in required else ''} | {kind_of(sub)} | {meaning} |")
    lines.append("")


def reference():
    """The format reference for authors: every field of both documents, from the schemas."""
    lines = [
        "# The catalog format",
        "",
        "Written by `scripts/catalog_schema.py` from the same source as the JSON Schemas",
        "beside it (`catalog.schema.json`, `holidays.schema.json`): every field, its value and",
        "its meaning. `npx sla-calculator check` reads a catalog exactly as the widget does and",
        "names each problem with its JSON path; the schemas let editors say most of them as you",
        "type (point a document's `\"$schema\"` at them). Examples: `examples/minimal.json` and",
        "`examples/rich.json`.",
        "",
        "What the schemas cannot say, and the reader checks: ids unique in their list; every",
        "priority has a target in every tier; ids referred to (`default_tiers`, a tier's",
        "`services`, a feature's values) exist; every text in every language of `languages`;",
        "a window closes after it opens, windows in order and apart; a country in one region",
        "only; `holidays_until` not before the last holiday; numbers written as whole numbers",
        "(`60`, not `60.0`); a document under 5 MB, 64 levels deep, without duplicate keys.",
        "",
        f"## A catalog",
        "",
        catalog["description"],
        "",
    ]
    fields(catalog, lines)
    lines += ["## Extra holidays", "", holidays["description"], ""]
    fields(holidays, lines)
    for name, node in catalog["$defs"].items():
        lines += [f"## {name}", "", f"**{node.get('title', name)}.** {node.get('description', '')}", ""]
        if "properties" in node:
            fields(node, lines)
        else:
            lines += [f"Value: {kind_of(node)}.", ""]
    return "\n".join(lines).rstrip() + "\n"


stale = []
outputs = [("catalog.schema.json", json.dumps(catalog, indent=2, ensure_ascii=False) + "\n"),
           ("holidays.schema.json", json.dumps(holidays, indent=2, ensure_ascii=False) + "\n"),
           ("catalog-format.md", reference())]
for name, text in outputs:
    path = os.path.join(OUT, name)
    if CHECK:
        if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
            stale.append(path)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", path)
if stale:
    sys.exit("catalog_schema: stale, run `python3 scripts/catalog_schema.py target/release/sla`: " + ", ".join(stale))
if CHECK:
    print("catalog_schema: schema/*.json are current")
