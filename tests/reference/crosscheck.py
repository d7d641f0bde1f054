#!/usr/bin/env python3
"""Cross-checks `sla deadline --jsonl` against an independent implementation of
rules §3 (docs/rules.md), written in Python with zoneinfo reading the PyPI package tzdata (the
same IANA release as the engine's tables), not the system's tz database.

Python reads wall times exactly as rules §3 (docs/rules.md) asks: with fold=0, a time in a
spring-forward gap uses the offset in force before the transition and an
ambiguous time is the earlier instant (PEP 495).

Whose clock: a `zone` override wins; americas and japan always use their
zone; a region with local hours (emea, apac) reads them in the visitor's zone
when its country (tzdata's zone.tab, or a link's target's, read here from
tzdata.zi) is one of the region's countries, else in the region's zone.
Holidays: a region with "public_holidays": "country" (all four built-in ones,
rules §2.4) skips the public holidays of the country of the zone its hours are
read in, taken here straight from the PyPI package `holidays` (the source the
engine's data is generated from, read with none of the engine's code or data)
for the years the engine's data covers, 2026–2035 (or to the package's last
year for the country, when earlier). A business-hours or business-days
deadline whose local date is after the calendar's end (the region's
holidays_until, or the public holidays' last known date) warns, unless the
request brought its own holidays.

Weekly schedules (SPEC §2.2) are checked on their own catalogs (the test
catalog tests/schedules.json and the vendors' examples in www/catalogs/): per
weekday windows, overrides (which win over holidays), the region's 24x5 week
(`around_the_clock`) and business days of `business_day`, read here from the
JSON with none of the engine's code.

Usage: crosscheck.py BINARY [--count N] [--seed S]
Prints 'crosscheck: N passed, M failed' and exits non-zero on any disagreement.
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys
import zoneinfo
from functools import lru_cache
from datetime import date, datetime, time, timedelta, timezone

from zones import countries_of, use_tzdata_package

use_tzdata_package()  # before any ZoneInfo is made
ZoneInfo = zoneinfo.ZoneInfo

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATALOG = json.loads((ROOT / "src/catalog/default.json").read_text())
UTC = timezone.utc
# Every name of the tzdata package but Factory, its placeholder for "no zone
# configured", which the engine does not bundle (zones.py reports it).
ZONES = sorted(zoneinfo.available_timezones() - {"Factory"})
COUNTRIES = countries_of(ZONES)
TIERS = {t["id"]: t for t in CATALOG["tiers"]}
REGIONS = {r["id"]: r for r in CATALOG["regions"]}
# The zones of each region's countries, for visitors who get local hours.
REGION_ZONES = {r["id"]: [name for name in ZONES if COUNTRIES[name] in r.get("countries", [])]
                for r in CATALOG["regions"]}
BUSINESS_HOURS = [(tier, priority) for tier in TIERS for priority, target in TIERS[tier]["targets"].items()
                  if target["clock"] == "business_hours"]
# The years the engine's public-holiday data covers (scripts/public_holidays.py).
PUBLIC_YEARS = range(2026, 2036)
PUBLIC_UNTIL = date(2035, 12, 31)
WARNING = "known only up to"


@lru_cache(maxsize=None)
def public_until(country):
    """The last date a country's public holidays are known: 2035-12-31, or the
    end of the package's last year for the country when earlier (Sri Lanka's
    are published year by year)."""
    import holidays
    last = min(PUBLIC_UNTIL.year, type(holidays.country_holidays(country)).end_year)
    return date(last, 12, 31)


@lru_cache(maxsize=None)
def public_holidays(country):
    """The public holidays of `country` (None: a zone of no country), as rules
    §2.4 defines them: the national list, and the days every one of the
    country's subdivisions observes."""
    if country is None:
        return frozenset()
    import holidays
    days = set(holidays.country_holidays(country, years=PUBLIC_YEARS))
    everywhere = None
    for subdivision in getattr(type(holidays.country_holidays(country)), "subdivisions", ()) or ():
        observed = set(holidays.country_holidays(country, subdiv=subdivision, years=PUBLIC_YEARS))
        everywhere = observed if everywhere is None else everywhere & observed
    return frozenset(days | (everywhere or set()))


JAPAN_HOLIDAYS = sorted(d for d in public_holidays("JP") if d.year >= 2028)


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def wall_to_utc(zone, day, minute_of_day):
    wall = datetime.combine(day, time()) + timedelta(minutes=minute_of_day)
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC)


def reference_zone(request):
    """Whose clock the region's hours are read on: (name, reason)."""
    region = REGIONS[request["region"]]
    if request.get("zone"):
        return request["zone"], "chosen"
    if not region.get("local_hours"):
        return region["zone"], "fixed"
    visitor = request.get("visitor_zone")
    if visitor and COUNTRIES.get(visitor) in region["countries"]:
        return visitor, "visitor"
    return region["zone"], "outside"


def reference_deadline(request):
    """rules §3 (docs/rules.md) on the built-in catalog, in the clock reference_zone picks."""
    return weekly_deadline(CATALOG, request, reference_zone(request)[0])


def reference_warns(request, due):
    """Whether the deadline lies past the last day the region's holidays are known."""
    clock = TIERS[request["tier"]]["targets"][request["priority"]]["clock"]
    region = REGIONS[request["region"]]
    zone_name = reference_zone(request)[0]
    until = region.get("holidays_until")
    if region.get("public_holidays") == "country" and COUNTRIES.get(zone_name):
        country_until = public_until(COUNTRIES[zone_name])
        until = min(date.fromisoformat(until), country_until).isoformat() if until else country_until.isoformat()
    if clock not in ("business_hours", "business_days") or "holidays" in request or not until or not due:
        return False
    return due.astimezone(ZoneInfo(reference_zone(request)[0])).date() > date.fromisoformat(until)


def general_request(rng):
    tier = rng.choice(list(TIERS))
    priority = rng.choice(["P1", "P2", "P3", "P4"])
    region = rng.choice(list(REGIONS))
    request = {"tier": tier, "priority": priority, "region": region}
    if rng.random() < 0.2:
        request["zone"] = rng.choice(ZONES)
    if rng.random() < 0.75:
        local = REGION_ZONES[region] if REGIONS[region].get("local_hours") and rng.random() < 0.5 else ZONES
        request["visitor_zone"] = rng.choice(local)
    zone = ZoneInfo(reference_zone(request)[0])
    start = datetime(2026, 1, 1, tzinfo=UTC)
    instant = start + timedelta(seconds=rng.randrange((datetime(2037, 1, 1, tzinfo=UTC) - start).days * 86400))
    roll = rng.random()
    if roll < 0.25:
        # Exactly at an opening or closing time, or a second either side.
        local = instant.astimezone(zone)
        hours = REGIONS[region]["hours"]
        m = minutes(rng.choice([hours["opens"], hours["closes"], "00:00"]))
        instant = wall_to_utc(zone, local.date(), m) + timedelta(seconds=rng.choice([-1, 0, 0, 1]))
    elif roll < 0.45:
        # Near a DST transition of the zone.
        t = instant
        off = t.astimezone(zone).utcoffset()
        for _ in range(24 * 200):
            t += timedelta(hours=1)
            if t.astimezone(zone).utcoffset() != off:
                break
        instant = t + timedelta(minutes=rng.randrange(-3 * 1440, 3 * 1440))
    return request, instant


def japan_request(rng):
    """Japan business hours in 2028–2035, half of them just before a holiday."""
    tier, priority = rng.choice(BUSINESS_HOURS)
    request = {"tier": tier, "priority": priority, "region": "japan"}
    if rng.random() < 0.3:
        request["visitor_zone"] = rng.choice(ZONES)
    tokyo = ZoneInfo(REGIONS["japan"]["zone"])
    if rng.random() < 0.5:
        day = rng.choice(JAPAN_HOLIDAYS) + timedelta(days=rng.randrange(-3, 2))
        wall = datetime.combine(day, time()) + timedelta(seconds=rng.randrange(86400))
        instant = wall.replace(tzinfo=tokyo).astimezone(UTC)
    else:
        start, end = datetime(2028, 1, 1, tzinfo=tokyo), datetime(2036, 1, 1, tzinfo=tokyo)
        instant = (start + timedelta(seconds=rng.randrange((end - start).days * 86400))).astimezone(UTC)
    return request, instant


def random_request(rng):
    request, instant = japan_request(rng) if rng.random() < 0.1 else general_request(rng)
    zone = ZoneInfo(reference_zone(request)[0])
    offset = timedelta(minutes=rng.choice([0, 0, 60, -300, 330, 540, -180, 765]))
    request["submitted"] = instant.astimezone(timezone(offset)).isoformat().replace("+00:00", "Z")
    roll = rng.random()
    if roll < 0.15:
        local_day = instant.astimezone(zone).date()
        request["holidays"] = sorted({(local_day + timedelta(days=rng.randrange(-2, 10))).isoformat() for _ in range(rng.randrange(1, 6))})
    elif roll < 0.2:
        request["holidays"] = []
    return request


WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKLY_CATALOGS = [ROOT / "tests/schedules.json"] + sorted((ROOT / "www/catalogs").glob("*-support.json"))


def weekly_windows(region):
    """Each weekday's windows in minutes, Monday first."""
    hours = region["hours"]
    if "opens" in hours:
        window = [(minutes(hours["opens"]), minutes(hours["closes"]))]
        return [window] * 5 + [[], []]
    return [[(minutes(a), minutes(b)) for a, b in hours.get(day, [])] for day in WEEKDAYS]


def around_the_clock_windows(region):
    """The 24x5 week: one stretch from `opens` to the next `closes`, cut at midnights."""
    spec = region.get("around_the_clock", {"opens": "mon 00:00", "closes": "sat 00:00"})

    def at(text):
        day, hhmm = text.split(" ")
        return WEEKDAYS.index(day) * 1440 + minutes(hhmm)
    start, end = at(spec["opens"]), at(spec["closes"])
    if end <= start:
        end += 7 * 1440
    days = [[] for _ in range(7)]
    while start < end:
        day_start = start // 1440 * 1440
        until = min(end, day_start + 1440)
        days[day_start // 1440 % 7].append((start - day_start, until - day_start))
        start = until
    return [sorted(d) for d in days]


def weekly_deadline(catalog, request, zone_name=None):
    """rules §3 over weekly windows, overrides and holidays (the request's own
    replace the region's), read in `zone_name` (default: the request's zone,
    else the region's)."""
    target = next(t for t in catalog["tiers"] if t["id"] == request["tier"])["targets"][request["priority"]]
    region = next(r for r in catalog["regions"] if r["id"] == request["region"])
    zone = ZoneInfo(zone_name or request.get("zone") or region["zone"])
    submitted = datetime.fromisoformat(request["submitted"]).astimezone(UTC).replace(microsecond=0)
    clock = target["clock"]
    if clock == "24x7":
        return submitted + timedelta(minutes=target["minutes"])
    # The request's holidays replace the region's: those it lists and, with
    # "public_holidays": "country", those of the country of the zone used.
    if "holidays" in request:
        holidays = {date.fromisoformat(d) for d in request["holidays"]}
    else:
        holidays = {date.fromisoformat(h["date"]) for h in region.get("holidays", [])}
        if region.get("public_holidays") == "country":
            holidays |= public_holidays(COUNTRIES.get(zone.key))
    overrides, holiday_hours = {}, []
    if clock == "24x5":
        week = around_the_clock_windows(region)
        need = target["minutes"] * 60
        # A 24x5 week stops on holidays only when it says so (rules §2.4).
        if not (region.get("around_the_clock") or {}).get("skips_holidays"):
            holidays = set()
    else:
        week = weekly_windows(region)
        overrides = {date.fromisoformat(o["date"]): [(minutes(a), minutes(b)) for a, b in o["hours"]]
                     for o in region.get("overrides", [])}
        # On a holiday, holiday hours when the region has them, else closed.
        holiday_hours = [(minutes(a), minutes(b)) for a, b in region.get("holiday_hours", [])]
        if clock == "business_days":
            lengths = {sum(c - o for o, c in day) for day in week} - {0}
            day_length = minutes(region["business_day"]) if "business_day" in region else lengths.pop()
            need = target["days"] * day_length * 60
        else:
            need = target["minutes"] * 60
    cursor = submitted
    day = submitted.astimezone(zone).date() - timedelta(days=1)
    for _ in range(369):
        if day in overrides:
            windows = overrides[day]
        elif day in holidays:
            windows = holiday_hours
        else:
            windows = week[day.weekday()]
        for opens, closes in windows:
            o, c = wall_to_utc(zone, day, opens), wall_to_utc(zone, day, closes)
            start = max(o, cursor)
            if start < c:
                available = (c - start).total_seconds()
                if available >= need:
                    return start + timedelta(seconds=need)
                need -= available
                cursor = c
        day += timedelta(days=1)
    return None


def weekly_requests(rng, catalog, count):
    """Requests on a weekly catalog: any tier, priority and region; a third
    near an override, some at a window's edge, some in another zone."""
    lines = []
    for _ in range(count):
        tier = rng.choice(catalog["tiers"])
        region = rng.choice(catalog["regions"])
        request = {"tier": tier["id"], "priority": rng.choice(list(tier["targets"])), "region": region["id"]}
        if rng.random() < 0.15:
            request["zone"] = rng.choice(ZONES)
        zone = ZoneInfo(request.get("zone") or region["zone"])
        overrides = region.get("overrides", [])
        if overrides and rng.random() < 0.35:
            day = date.fromisoformat(rng.choice(overrides)["date"]) + timedelta(days=rng.randrange(-2, 2))
            instant = wall_to_utc(zone, day, rng.randrange(1440)) + timedelta(seconds=rng.randrange(60))
        else:
            start = datetime(2025, 12, 1, tzinfo=UTC)
            instant = start + timedelta(seconds=rng.randrange(11 * 365 * 86400))
            if rng.random() < 0.3:
                edges = [m for day in weekly_windows(region) for pair in day for m in pair] or [0]
                local = instant.astimezone(zone)
                instant = wall_to_utc(zone, local.date(), rng.choice(edges)) + timedelta(seconds=rng.choice([-1, 0, 1]))
        request["submitted"] = instant.strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(request)
    return lines


def weekly_batches(binary, rng, count):
    """Checks `count` requests on each weekly catalog; returns (passed, failed)."""
    passed = failed = 0
    for path in WEEKLY_CATALOGS:
        catalog = json.loads(path.read_text())
        requests = weekly_requests(rng, catalog, count)
        out = subprocess.run([binary, "deadline", "--jsonl", "--catalog", str(path)],
                             input="".join(json.dumps(r) + "\n" for r in requests),
                             capture_output=True, text=True, check=True).stdout.splitlines()
        for request, answer in zip(requests, out):
            due = weekly_deadline(catalog, request)
            want = due.strftime("%Y-%m-%dT%H:%M:%SZ") if due else None
            got = json.loads(answer).get("deadline_utc")
            if got == want and len(out) == len(requests):
                passed += 1
            else:
                failed += 1
                if failed <= 10:
                    print(f"MISMATCH ({path.name}) {json.dumps(request)}\n  reference: {want}\n  sla:       {answer}")
    return passed, failed


BAD_LINES = [
    ('{"tier":"business","priority":"P2","region":"mars","submitted":"2026-01-01T00:00:00Z"}', ["unknown region"]),
    ('{"tier":"business","priority":"P2","region":"emea","zone":"Mars/Base","submitted":"2026-01-01T00:00:00Z"}', ["unknown time zone"]),
    ('{"tier":"business","priority":"P2","region":"emea","visitor_zone":"Mars/Base","submitted":"2026-01-01T00:00:00Z"}',
     ["visitor_zone", "unknown time zone"]),
    ('{"tier":"business","priority":"P2","region":"emea","submitted":"not a time"}', ["invalid timestamp"]),
    ('{"tier":"business"', ["invalid request"]),
    ('{"tier":"gold","priority":"P2","region":"emea","submitted":"2026-01-01T00:00:00Z"}', ["unknown tier"]),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20261124)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines, expected = [], []
    for i in range(args.count):
        if i % 50 == 49:
            line, fragments = rng.choice(BAD_LINES)
            lines.append(line)
            expected.append(("error", fragments))
        else:
            request = random_request(rng)
            lines.append(json.dumps(request))
            due = reference_deadline(request)
            zone, reason = reference_zone(request)
            expected.append(("due", {
                "deadline_utc": due.strftime("%Y-%m-%dT%H:%M:%SZ") if due else None,
                "zone": zone, "zone_reason": reason, "warns": reference_warns(request, due),
            }))
    out = subprocess.run([args.binary, "deadline", "--jsonl"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    if len(out) != len(lines):
        print(f"expected {len(lines)} answer lines, got {len(out)}")
        print(f"crosscheck: 0 passed, {len(lines)} failed")
        return 1
    passed = failed = 0
    for line, (kind, value), answer in zip(lines, expected, out):
        answer = json.loads(answer)
        if kind == "error":
            ok = all(fragment in answer.get("error", "") for fragment in value)
        elif value["deadline_utc"] is None:
            ok = "error" in answer
        else:
            got = {
                "deadline_utc": answer.get("deadline_utc"), "zone": answer.get("zone"),
                "zone_reason": answer.get("zone_reason"),
                "warns": any(WARNING in warning for warning in answer.get("warnings", [])),
            }
            ok = got == value
        if ok:
            passed += 1
        else:
            failed += 1
            if failed <= 10:
                print(f"MISMATCH {line}\n  reference: {value}\n  sla:       {answer}")
    weekly_passed, weekly_failed = weekly_batches(args.binary, rng, max(args.count // 5, 50))
    print(f"crosscheck: {passed} passed, {failed} failed; weekly schedules: "
          f"{weekly_passed} passed, {weekly_failed} failed")
    return 1 if failed or weekly_failed else 0


if __name__ == "__main__":
    sys.exit(main())
