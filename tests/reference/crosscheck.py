#!/usr/bin/env python3
"""Cross-checks `sla deadline --jsonl` against an independent implementation of
SPEC §3, written in Python with the system's tz database (zoneinfo).

Python reads wall times exactly as SPEC §3 asks: with fold=0, a time in a
spring-forward gap uses the offset in force before the transition and an
ambiguous time is the earlier instant (PEP 495).

Usage: crosscheck.py BINARY [--count N] [--seed S]
Prints 'N passed, M failed' and exits non-zero on any disagreement.
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

ROOT = pathlib.Path(__file__).resolve().parents[2]
CATALOG = json.loads((ROOT / "src/catalog/default.json").read_text())
UTC = timezone.utc
ZONES = [
    "Africa/Johannesburg", "America/Chicago", "America/Los_Angeles", "America/Mexico_City",
    "America/New_York", "America/Sao_Paulo", "America/Toronto", "Asia/Dubai", "Asia/Jerusalem",
    "Asia/Kolkata", "Asia/Shanghai", "Asia/Singapore", "Asia/Tokyo", "Australia/Perth",
    "Australia/Sydney", "Europe/Berlin", "Europe/Istanbul", "Europe/London", "Europe/Paris",
    "Pacific/Auckland",
]
TIERS = {t["id"]: t for t in CATALOG["tiers"]}
REGIONS = {r["id"]: r for r in CATALOG["regions"]}


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def wall_to_utc(zone, day, minute_of_day):
    wall = datetime.combine(day, time()) + timedelta(minutes=minute_of_day)
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC)


def reference_deadline(request):
    """SPEC §3, written from the text."""
    target = TIERS[request["tier"]]["targets"][request["priority"]]
    region = REGIONS[request["region"]]
    zone = ZoneInfo(request.get("zone") or region["zone"])
    submitted = datetime.fromisoformat(request["submitted"]).astimezone(UTC).replace(microsecond=0)
    clock = target["clock"]
    if clock == "24x7":
        return submitted + timedelta(minutes=target["minutes"])
    if clock == "24x5":
        opens, closes, holidays = 0, 24 * 60, set()
        need = target["minutes"] * 60
    else:
        opens, closes = minutes(region["hours"]["opens"]), minutes(region["hours"]["closes"])
        if "holidays" in request:
            holidays = {date.fromisoformat(d) for d in request["holidays"]}
        else:
            holidays = {date.fromisoformat(h["date"]) for h in region.get("holidays", [])}
        if clock == "business_days":
            need = target["days"] * (closes - opens) * 60
        else:
            need = target["minutes"] * 60
    cursor = submitted
    day = submitted.astimezone(zone).date() - timedelta(days=1)
    for _ in range(369):
        if day.weekday() < 5 and day not in holidays:
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


def random_request(rng):
    tier = rng.choice(list(TIERS))
    priority = rng.choice(["P1", "P2", "P3", "P4"])
    region = rng.choice(list(REGIONS))
    request = {"tier": tier, "priority": priority, "region": region}
    zone_name = rng.choice(ZONES) if rng.random() < 0.5 else None
    if zone_name:
        request["zone"] = zone_name
    zone = ZoneInfo(zone_name or REGIONS[region]["zone"])
    start = datetime(2026, 1, 1, tzinfo=UTC)
    instant = start + timedelta(seconds=rng.randrange(2 * 365 * 86400))
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
    offset = timedelta(minutes=rng.choice([0, 0, 60, -300, 330, 540, -180, 765]))
    request["submitted"] = instant.astimezone(timezone(offset)).isoformat().replace("+00:00", "Z")
    roll = rng.random()
    if roll < 0.15:
        local_day = instant.astimezone(zone).date()
        request["holidays"] = sorted({(local_day + timedelta(days=rng.randrange(-2, 10))).isoformat() for _ in range(rng.randrange(1, 6))})
    elif roll < 0.2:
        request["holidays"] = []
    return request


BAD_LINES = [
    ('{"tier":"business","priority":"P2","region":"mars","submitted":"2026-01-01T00:00:00Z"}', "unknown region"),
    ('{"tier":"business","priority":"P2","region":"emea","zone":"Mars/Base","submitted":"2026-01-01T00:00:00Z"}', "unknown time zone"),
    ('{"tier":"business","priority":"P2","region":"emea","submitted":"not a time"}', "invalid timestamp"),
    ('{"tier":"business"', "invalid request"),
    ('{"tier":"gold","priority":"P2","region":"emea","submitted":"2026-01-01T00:00:00Z"}', "unknown tier"),
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
            line, fragment = rng.choice(BAD_LINES)
            lines.append(line)
            expected.append(("error", fragment))
        else:
            request = random_request(rng)
            lines.append(json.dumps(request))
            due = reference_deadline(request)
            expected.append(("due", due.strftime("%Y-%m-%dT%H:%M:%SZ") if due else None))
    out = subprocess.run([args.binary, "deadline", "--jsonl"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    if len(out) != len(lines):
        print(f"expected {len(lines)} answer lines, got {len(out)}")
        print(f"0 passed, {len(lines)} failed")
        return 1
    passed = failed = 0
    for line, (kind, value), answer in zip(lines, expected, out):
        answer = json.loads(answer)
        if kind == "error":
            ok = value in answer.get("error", "")
        else:
            ok = answer.get("deadline_utc") == value
        if ok:
            passed += 1
        else:
            failed += 1
            if failed <= 10:
                print(f"MISMATCH {line}\n  reference: {value}\n  sla:       {answer}")
    print(f"crosscheck: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
