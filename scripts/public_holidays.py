#!/usr/bin/env python3
"""The national public holidays of every country of tzdata's zone.tab (rules §2.4).

Generates src/holidays/world.txt from the PyPI package `holidays` (pinned:
holidays==0.108, MIT licence, https://github.com/vacanza/holidays): for each
ISO 3166 code that zone.tab names, the package's national public holidays (its
default categories: public holidays, with the observed and substitute days the
package applies as each country's law sets them), and the days every one of
the country's subdivisions observes (a day off everywhere in the country:
Australia's substitute days are set by its states, all of them), for
FIRST_YEAR..LAST_YEAR (or the last year the package knows, when it is
earlier: Sri Lanka's are published year by year), named in the country's own language (the package's
default language; Chinese by its script, zh-Hans or zh-Hant) and in each of
the widget's ten languages where the package has them.

Usage:
    python3 scripts/public_holidays.py --write   rewrite src/holidays/world.txt
    python3 scripts/public_holidays.py --check   exit 1 on any difference, else
                                                 print "public holidays: N passed, 0 failed"

The file's format (read by src/holidays/world.rs, one line each):
    # comment
    country XX until YYYY-MM-DD lang LL     a country's block; LL its own language
    DATE[,DATE...]<TAB>LL<TAB>NAME[<TAB>LL<TAB>NAME...]
                                            dates sharing one name, the name in
                                            each language (its own first)
A country with no public holidays (Ukraine under martial law, the British
Indian Ocean Territory) has a block with no lines: its data is known and empty.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata
import os
import sys
from pathlib import Path

FIRST_YEAR = 2026
LAST_YEAR = 2035
HOLIDAYS_PACKAGE_VERSION = "0.108"
OUT = Path(__file__).resolve().parent.parent / "src" / "holidays" / "world.txt"
# The widget's languages besides each country's own, where the package has
# names in them: our code, and the package's tags for it, preferred first.
LANGUAGES = (
    ("en", ("en_US", "en_GB", "en")),
    ("fr", ("fr",)),
    ("ja", ("ja",)),
    ("de", ("de",)),
    ("es", ("es",)),
    ("it", ("it",)),
    ("ko", ("ko",)),
    ("pt-BR", ("pt_BR", "pt_PT", "pt")),
    ("zh-Hans", ("zh_CN", "zh_SG", "zh")),
    ("zh-Hant", ("zh_TW", "zh_HK", "zh_MO")),
)

# Names the package lacks, in the widget's languages: the French names of
# Japan's holidays the built-in catalog carried before its holidays came from
# the package (our translations, by the holiday's Japanese name).
SUPPLEMENTS: dict[str, dict[str, dict[str, str]]] = {
    "JP": {
        "元日": {"fr": "Jour de l’An"},
        "成人の日": {"fr": "Jour de la majorité"},
        "建国記念の日": {"fr": "Fête de la fondation de l’État"},
        "天皇誕生日": {"fr": "Anniversaire de l’empereur"},
        "春分の日": {"fr": "Équinoxe de printemps"},
        "昭和の日": {"fr": "Jour de Shōwa"},
        "憲法記念日": {"fr": "Jour de la Constitution"},
        "みどりの日": {"fr": "Jour de la verdure"},
        "こどもの日": {"fr": "Jour des enfants"},
        "振替休日": {"fr": "Jour férié de substitution"},
        "海の日": {"fr": "Jour de la mer"},
        "山の日": {"fr": "Jour de la montagne"},
        "敬老の日": {"fr": "Jour du respect des personnes âgées"},
        "国民の休日": {"fr": "Jour férié national (entre deux jours fériés)"},
        "秋分の日": {"fr": "Équinoxe d’automne"},
        "スポーツの日": {"fr": "Journée du sport"},
        "文化の日": {"fr": "Jour de la culture"},
        "勤労感謝の日": {"fr": "Fête du travail"},
    }
}


def zone_tab_countries() -> list[str]:
    import tzdata

    path = Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab"
    codes = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t")[0])
    return sorted(codes)


def primary(tag: str) -> str:
    return tag.replace("-", "_").split("_")[0].lower()


def package_language(supported: tuple[str, ...], tags: tuple[str, ...]) -> str | None:
    """The first of `tags` the package gives names in."""
    return next((tag for tag in tags if tag in supported), None)


def our_code(tag: str) -> str:
    """A package language tag as the widget names the language: the primary
    subtag, but Chinese by its script (zh_TW → zh-Hant, zh_CN → zh-Hans)."""
    for code, tags in LANGUAGES:
        if code.startswith("zh") and tag in tags:
            return code
    return primary(tag)


def country_block(code: str) -> list[str]:
    import holidays

    cls = holidays.country_holidays(code).__class__
    # Some countries' holidays are published year by year: the package
    # knows them up to its `end_year` (Sri Lanka: 2026), and so does the data.
    last_year = min(LAST_YEAR, cls.end_year)
    years = range(FIRST_YEAR, last_year + 1)
    supported = tuple(cls.supported_languages or ())
    own_tag = cls.default_language
    own = our_code(own_tag) if own_tag else "en"
    # Each language's names, the country's own first.
    tags: list[tuple[str, str | None]] = [(own, own_tag)]
    for lang, candidates in LANGUAGES:
        if lang != own and primary(lang) != own:
            tag = package_language(supported, candidates)
            if tag is not None and tag != own_tag:
                tags.append((lang, tag))
    # The national list, and the days every subdivision observes: a day off
    # in every part of the country is the country's (Australia's substitute
    # days are the states', all of them, and absent from its national list).
    subdivisions = tuple(getattr(cls, "subdivisions", ()) or ())
    everywhere = None
    for subdivision in subdivisions:
        days = set(holidays.country_holidays(code, subdiv=subdivision, years=years))
        everywhere = days if everywhere is None else everywhere & days
    names: dict = {}
    for lang, tag in tags:
        table = dict(holidays.country_holidays(code, years=years, language=tag))
        if everywhere:
            first = holidays.country_holidays(code, subdiv=subdivisions[0], years=years, language=tag)
            for date in everywhere - set(table):
                table[date] = first[date]
        for date, name in sorted(table.items()):
            names.setdefault(date, []).append((lang, name))
    by_name: dict[tuple, list] = {}
    for date in sorted(names):
        translations = []
        for lang, name in names[date]:
            if "\t" in name or "\n" in name:
                raise SystemExit(f"{code} {date}: a name with a tab or newline")
            # A translation equal to the country's own adds nothing.
            if translations and name == translations[0][1]:
                continue
            translations.append((lang, name))
        supplement = SUPPLEMENTS.get(code, {}).get(translations[0][1], {})
        for lang, name in supplement.items():
            if all(lang != have for have, _ in translations):
                translations.append((lang, name))
        by_name.setdefault(tuple(translations), []).append(date)
    lines = [f"country {code} until {last_year}-12-31 lang {own}"]
    for translations, dates in sorted(by_name.items(), key=lambda item: item[1][0]):
        cells = [",".join(d.isoformat() for d in dates)]
        for lang, name in translations:
            cells += [lang, name]
        lines.append("\t".join(cells))
    return lines


def generate() -> str:
    version = importlib.metadata.version("holidays")
    if version != HOLIDAYS_PACKAGE_VERSION:
        raise SystemExit(
            f"public holidays: holidays {version} is installed, the data is made with "
            f"{HOLIDAYS_PACKAGE_VERSION} (pip install holidays=={HOLIDAYS_PACKAGE_VERSION})"
        )
    lines = [
        "# National public holidays of every country of tzdata's zone.tab,",
        f"# {FIRST_YEAR}-{LAST_YEAR}, generated by scripts/public_holidays.py from the",
        f"# Python package `holidays` {HOLIDAYS_PACKAGE_VERSION} (https://github.com/vacanza/holidays),",
        "# MIT licence, Copyright (c) Vacanza Team and individual contributors",
        "# (see holidays-LICENSE beside this file). Do not edit: run the script.",
    ]
    for code in zone_tab_countries():
        lines += country_block(code)
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = parser.parse_args()
    try:
        text = generate()
    except ModuleNotFoundError as err:
        raise SystemExit(f"public holidays: {err}; run scripts/setup.sh") from err
    if args.write:
        OUT.write_text(text, encoding="utf-8")
        license_text = importlib.metadata.distribution("holidays").read_text(
            "licenses/LICENSE"
        ) or importlib.metadata.distribution("holidays").read_text("LICENSE")
        (OUT.parent / "holidays-LICENSE").write_text(license_text, encoding="utf-8")
        print(f"wrote {OUT} ({len(text)} bytes)")
        return 0
    current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    countries = text.count("\ncountry ")
    if current != text:
        diff = difflib.unified_diff(
            current.splitlines(), text.splitlines(), "world.txt", "generated", lineterm="", n=0
        )
        print("\n".join(list(diff)[:40]), file=sys.stderr)
        print(
            f"public holidays: {countries - 1} passed, 1 failed "
            "(src/holidays/world.txt is not what the script makes: run it with --write)",
            file=sys.stderr,
        )
        return 1
    print(f"public holidays: {countries} passed, 0 failed")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
