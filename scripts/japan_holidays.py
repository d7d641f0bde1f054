#!/usr/bin/env python3
"""Japan's national holidays for the built-in catalog, from the rules of the Act.

The `japan` region of src/catalog/default.json lists Japan's national holidays
for 2026-2035. This script computes them from the rules of the Act on National
Holidays (国民の祝日に関する法律, Act No. 178 of 1948) as in force since 2020
(Reiwa emperor's birthday on 23 February, スポーツの日 instead of 体育の日),
instead of copying them by hand.

Usage:
    python3 scripts/japan_holidays.py --write
        Rewrite the japan region's `holidays` (every holiday of 2026-2035 in
        date order), `holidays_until` and `holidays_source`. Nothing else in
        the catalog changes, and the file keeps its exact format
        (json.dumps(data, indent=1, ensure_ascii=False) plus a newline).
        The fr/en/ja name of each kind of holiday is the one the catalog
        already uses (read from the file before it is overwritten).

    python3 scripts/japan_holidays.py --check
        Exit 1 with a message on any difference, else print
        "japan holidays: N passed, 0 failed". It checks that
          (a) the catalog's japan holidays are exactly what the rules give for
              2026-2035 and `holidays_until` is 2035-12-31;
          (b) the rules agree, date for date (and by Japanese name), with the
              independent PyPI package `holidays`, which encodes the Act
              separately (its equinox days come from a table by year modulo
              4, not from the formula below);
          (c) the equinox formula gives the equinox days already published
              for 2026 and 2027.

Checked against `holidays` 0.108 (pip requirement: holidays==0.108). The
rules themselves need only the standard library; --check needs `holidays`
and fails, telling to install it, when it is missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

FIRST_YEAR = 2026
LAST_YEAR = 2035
HOLIDAYS_UNTIL = f"{LAST_YEAR}-12-31"
# The version of the PyPI package `holidays` this script was checked against.
HOLIDAYS_PACKAGE_VERSION = "0.108"

CATALOG = Path(__file__).resolve().parent.parent / "src" / "catalog" / "default.json"
REGION = "japan"

CABINET_OFFICE_URL = "https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html"
HOLIDAYS_SOURCE = (
    f"Computed by scripts/japan_holidays.py from the rules of the Act on National "
    f"Holidays (国民の祝日に関する法律) for {FIRST_YEAR}–{LAST_YEAR}: fixed days, "
    f"Happy Monday days, the equinox formula, substitute (振替休日) and citizens' "
    f"(国民の休日) holidays; Cabinet Office, Government of Japan: 国民の祝日について "
    f"({CABINET_OFFICE_URL})"
)

# Each kind of holiday, keyed by a short name, with its name in the Act. The
# Japanese name is how the catalog's entries are matched to a kind; the
# catalog's fr/en names for each kind are read from the file.
KINDS: dict[str, str] = {
    "new_year": "元日",
    "coming_of_age": "成人の日",
    "foundation": "建国記念の日",
    "emperor": "天皇誕生日",
    "vernal_equinox": "春分の日",
    "showa": "昭和の日",
    "constitution": "憲法記念日",
    "greenery": "みどりの日",
    "children": "こどもの日",
    "marine": "海の日",
    "mountain": "山の日",
    "respect_aged": "敬老の日",
    "autumnal_equinox": "秋分の日",
    "sports": "スポーツの日",
    "culture": "文化の日",
    "labour_thanksgiving": "勤労感謝の日",
    # Not 国民の祝日 themselves but 休日 under article 3 of the Act.
    "substitute": "振替休日",
    "citizens": "国民の休日",
}

# Article 2 of the Act: the national holidays (国民の祝日) on a fixed date.
FIXED: list[tuple[int, int, str]] = [
    (1, 1, "new_year"),  # 元日
    (2, 11, "foundation"),  # 建国記念の日 (date set by Cabinet order, 1966)
    (2, 23, "emperor"),  # 天皇誕生日 (Reiwa emperor, since 2020)
    (4, 29, "showa"),  # 昭和の日
    (5, 3, "constitution"),  # 憲法記念日
    (5, 4, "greenery"),  # みどりの日 (since 2007; was the citizens' holiday before)
    (5, 5, "children"),  # こどもの日
    (8, 11, "mountain"),  # 山の日 (since 2016; moved only for the 2020/2021 Olympics)
    (11, 3, "culture"),  # 文化の日
    (11, 23, "labour_thanksgiving"),  # 勤労感謝の日
]

# The "Happy Monday" system (2000 and 2003 amendments): these holidays are the
# n-th Monday of their month. (month, n, kind)
HAPPY_MONDAYS: list[tuple[int, int, str]] = [
    (1, 2, "coming_of_age"),  # 成人の日: 2nd Monday of January
    (7, 3, "marine"),  # 海の日: 3rd Monday of July
    (9, 3, "respect_aged"),  # 敬老の日: 3rd Monday of September
    (10, 2, "sports"),  # スポーツの日: 2nd Monday of October
]

# Equinox days already published (see vernal_equinox_day below), as they are
# listed on the Cabinet Office page: year -> (March day, September day).
PUBLISHED_EQUINOXES: dict[int, tuple[int, int]] = {
    2026: (20, 23),
    2027: (21, 23),
}


def nth_monday(year: int, month: int, n: int) -> dt.date:
    """The n-th Monday (n >= 1) of a month."""
    first = dt.date(year, month, 1)
    # weekday(): Monday is 0. Days from the 1st to the first Monday:
    offset = (7 - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


# 春分の日 and 秋分の日: the Act names them "the day of the vernal (autumnal)
# equinox" (春分日 / 秋分日) without a date. Each year's equinox days are
# published officially in February of the previous year: the National
# Astronomical Observatory of Japan's calendar for the next year (暦要項)
# appears in the official gazette (官報) on the first business day of
# February, and the Cabinet Office then lists the days on its holidays page.
# For years not yet published, the standard approximation of the equinox's
# date (Japan Standard Time) for 1980-2099 is used:
#     March:     int(20.8431 + 0.242194 * (y - 1980)) - int((y - 1980) / 4)
#     September: int(23.2488 + 0.242194 * (y - 1980)) - int((y - 1980) / 4)
# (0.242194 days is how much later the equinox comes each year in a 365-day
# year; the leap days, one every 4 years, bring it back.) The formula agrees
# with the equinox days published; --check verifies it against those of 2026
# and 2027 (PUBLISHED_EQUINOXES). For 2028 and later the days are the
# formula's until each is published, and the catalog's holidays_until says how
# far they go.


def vernal_equinox_day(year: int) -> dt.date:
    assert 1980 <= year <= 2099, "the equinox formula holds for 1980-2099"
    y = year - 1980
    return dt.date(year, 3, int(20.8431 + 0.242194 * y) - int(y / 4))


def autumnal_equinox_day(year: int) -> dt.date:
    assert 1980 <= year <= 2099, "the equinox formula holds for 1980-2099"
    y = year - 1980
    return dt.date(year, 9, int(23.2488 + 0.242194 * y) - int(y / 4))


def national_holidays(year: int) -> dict[dt.date, str]:
    """The 国民の祝日 of article 2 of the Act (no substitute or citizens' days)."""
    days: dict[dt.date, str] = {}
    for month, day, kind in FIXED:
        days[dt.date(year, month, day)] = kind
    for month, n, kind in HAPPY_MONDAYS:
        days[nth_monday(year, month, n)] = kind
    days[vernal_equinox_day(year)] = "vernal_equinox"
    days[autumnal_equinox_day(year)] = "autumnal_equinox"
    # No two rules may give the same day (the Act never does since 2020).
    assert len(days) == len(FIXED) + len(HAPPY_MONDAYS) + 2, year
    return days


def holidays(year: int) -> list[tuple[dt.date, str]]:
    """Every holiday (休日) of the year under the Act, as (date, kind), by date."""
    national = national_holidays(year)
    result = dict(national)

    # Article 3(2), 振替休日: 「国民の祝日」が日曜日に当たるときは、その日後においてその
    # 日に最も近い「国民の祝日」でない日を休日とする. When a national holiday falls
    # on a Sunday, the first following day that is not itself a national
    # holiday is a holiday. "Not a national holiday" matters in Golden Week:
    # when 3 May is a Sunday, 4 and 5 May are holidays already and the
    # substitute is 6 May (as in 2026).
    for day in sorted(national):
        if day.weekday() == 6:  # Sunday
            substitute = day + dt.timedelta(days=1)
            while substitute in national:
                substitute += dt.timedelta(days=1)
            result.setdefault(substitute, "substitute")

    # Article 3(3), 国民の休日: その前日及び翌日が「国民の祝日」である日（「国民の祝日」
    # でない日に限る。）は、休日とする. A day that is not a national holiday but
    # whose day before and day after both are is a holiday. Since 2007 (4 May
    # became みどりの日) the only pair of national holidays two days apart is
    # 敬老の日 (3rd Monday of September) and 秋分の日 when it falls on the
    # Wednesday after, making that Tuesday a holiday (as in 2026, 2032). Both
    # neighbours must be 国民の祝日 proper: a substitute holiday does not count.
    # The day between is looked up among all the year's days, not only in
    # September, so the rule is written as the Act states it.
    for day in sorted(national):
        between = day + dt.timedelta(days=1)
        after = day + dt.timedelta(days=2)
        if after in national and between not in national:
            result.setdefault(between, "citizens")

    return sorted(result.items())


def all_holidays() -> list[tuple[dt.date, str]]:
    return [h for year in range(FIRST_YEAR, LAST_YEAR + 1) for h in holidays(year)]


# ---------------------------------------------------------------------------
# The catalog


def load_catalog() -> tuple[str, dict]:
    text = CATALOG.read_text(encoding="utf-8")
    return text, json.loads(text)


def dump_catalog(data: dict) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def japan_region(data: dict) -> dict:
    regions = [r for r in data["regions"] if r.get("id") == REGION]
    if len(regions) != 1:
        sys.exit(f"japan_holidays: expected one region {REGION!r} in {CATALOG}, found {len(regions)}")
    return regions[0]


def catalog_names(region: dict) -> dict[str, dict]:
    """The fr/en/ja name of each kind, as the catalog has it (matched by ja name)."""
    by_ja = {ja: kind for kind, ja in KINDS.items()}
    names: dict[str, dict] = {}
    problems = []
    for h in region.get("holidays", []):
        name = h.get("name", {})
        kind = by_ja.get(name.get("ja"))
        if kind is None:
            problems.append(f"{h.get('date')}: unknown Japanese name {name.get('ja')!r}")
        elif kind in names and names[kind] != name:
            problems.append(
                f"{h.get('date')}: {name.get('ja')} named {name} here but {names[kind]} before"
            )
        else:
            names.setdefault(kind, name)
    missing = [KINDS[k] for k in KINDS if k not in names]
    if missing:
        problems.append("no name in the catalog for " + ", ".join(missing))
    if problems:
        sys.exit("japan_holidays: the catalog's japan holiday names are not usable:\n  " + "\n  ".join(problems))
    return names


def entries(names: dict[str, dict]) -> list[dict]:
    return [
        {"date": day.isoformat(), "name": dict(names[kind])}
        for day, kind in all_holidays()
    ]


def write() -> None:
    text, data = load_catalog()
    if dump_catalog(data) != text:
        sys.exit(
            f"japan_holidays: {CATALOG} is not in the format json.dumps(indent=1, "
            "ensure_ascii=False) writes; refusing to rewrite it"
        )
    region = japan_region(data)
    names = catalog_names(region)

    # Rebuild the region keeping its key order, with holidays_until right
    # after holidays_source.
    rebuilt: dict = {}
    for key, value in region.items():
        if key == "holidays_until":
            continue
        if key == "holidays_source":
            rebuilt[key] = HOLIDAYS_SOURCE
            rebuilt["holidays_until"] = HOLIDAYS_UNTIL
        elif key == "holidays":
            rebuilt[key] = entries(names)
        else:
            rebuilt[key] = value
    if "holidays_source" not in rebuilt or "holidays" not in rebuilt:
        sys.exit("japan_holidays: the japan region has no holidays_source or holidays key")
    region.clear()
    region.update(rebuilt)

    CATALOG.write_text(dump_catalog(data), encoding="utf-8")
    per_year = {}
    for day, _ in all_holidays():
        per_year[day.year] = per_year.get(day.year, 0) + 1
    print(
        f"japan holidays: wrote {sum(per_year.values())} holidays for "
        f"{FIRST_YEAR}-{LAST_YEAR} to {CATALOG.relative_to(CATALOG.parent.parent.parent)} "
        f"({', '.join(f'{y}: {n}' for y, n in sorted(per_year.items()))})"
    )


# ---------------------------------------------------------------------------
# The check


def check() -> int:
    passed = 0
    failures: list[str] = []

    def verdict(ok: bool, message: str) -> None:
        nonlocal passed
        if ok:
            passed += 1
        else:
            failures.append(message)

    rules = all_holidays()

    # (c) The formula against the equinox days already published.
    for year, (march, september) in sorted(PUBLISHED_EQUINOXES.items()):
        got = (vernal_equinox_day(year).day, autumnal_equinox_day(year).day)
        verdict(
            got == (march, september),
            f"equinox formula gives {year}-03-{got[0]:02} / {year}-09-{got[1]:02}, "
            f"published {year}-03-{march:02} / {year}-09-{september:02}",
        )

    # (a) The catalog against the rules.
    _, data = load_catalog()
    region = japan_region(data)
    until = region.get("holidays_until")
    verdict(
        until == HOLIDAYS_UNTIL,
        f"catalog: japan holidays_until is {until!r}, expected {HOLIDAYS_UNTIL!r}",
    )
    names = catalog_names(region)
    expected = entries(names)
    actual = region.get("holidays", [])
    expected_by_date = {e["date"]: e for e in expected}
    actual_by_date: dict[str, dict] = {}
    for e in actual:
        verdict(
            e.get("date") not in actual_by_date,
            f"catalog: {e.get('date')} is listed twice",
        )
        actual_by_date.setdefault(e.get("date"), e)
    for date in sorted(set(expected_by_date) | set(actual_by_date)):
        want, got = expected_by_date.get(date), actual_by_date.get(date)
        if want is None:
            verdict(False, f"catalog: {date} ({got['name'].get('en')}) is not a holiday by the rules")
        elif got is None:
            verdict(False, f"catalog: {date} ({want['name']['en']}) is missing")
        else:
            verdict(got == want, f"catalog: {date} is {got}, the rules give {want}")
    verdict(
        [e.get("date") for e in actual] == sorted(e.get("date") for e in actual),
        "catalog: japan holidays are not in date order",
    )

    # (b) The rules against the `holidays` package.
    try:
        import holidays as holidays_package  # type: ignore[import-not-found]
    except ImportError:
        failures.append(
            "the Python package `holidays` is not installed; install it with "
            f"`python3 -m pip install holidays=={HOLIDAYS_PACKAGE_VERSION}` "
            "(scripts/setup.sh does) and run the check again"
        )
    else:
        version = getattr(holidays_package, "__version__", "?")
        if version != HOLIDAYS_PACKAGE_VERSION:
            print(
                f"japan holidays: note: comparing with holidays {version}; "
                f"this script was checked against {HOLIDAYS_PACKAGE_VERSION}",
                file=sys.stderr,
            )
        years = range(FIRST_YEAR, LAST_YEAR + 1)
        package = holidays_package.country_holidays("JP", years=years, language="ja")
        theirs = {day: name for day, name in package.items() if day.year in years}
        for year in years:
            verdict(
                any(day.year == year for day in theirs),
                f"holidays {version}: no Japanese holiday at all in {year}",
            )
        ours = {day: KINDS[kind] for day, kind in rules}
        for day in sorted(set(ours) | set(theirs)):
            if day not in theirs:
                verdict(False, f"holidays {version}: {day} ({ours[day]}) is a holiday by the rules, not by the package")
            elif day not in ours:
                verdict(False, f"holidays {version}: {day} ({theirs[day]}) is a holiday by the package, not by the rules")
            else:
                verdict(
                    ours[day] == theirs[day],
                    f"holidays {version}: {day} is {ours[day]} by the rules, {theirs[day]} by the package",
                )

    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    print(f"japan holidays: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="rewrite the japan region of the catalog")
    mode.add_argument("--check", action="store_true", help="check the catalog and the rules")
    mode.add_argument("--list", metavar="YEAR", type=int, help="print the holidays of one year")
    args = parser.parse_args()
    if args.write:
        write()
        return 0
    if args.list is not None:
        for day, kind in holidays(args.list):
            print(f"{day.isoformat()} {day:%a} {KINDS[kind]} ({kind})")
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
