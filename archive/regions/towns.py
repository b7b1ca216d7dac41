"""Township names (镇, 乡, 街道, 苏木) as evidence of the county they lie in.

A county report often names only its towns (十间房镇, 野岗镇) and says 我县. A town's full name, written with
its ending, is specific: most of the 38,000 are borne by one county in the whole country. Names borne by a few
counties count only with other support, like any ambiguous name; names borne by many (城关镇, 太平镇) are
ignored. The list is the statistics bureau's of 2021 (data/towns.tsv, see scripts/build_town_names.py).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

from .gazetteer import Gazetteer, RegionEntry

TOWNS_FILE = Path(__file__).with_name("data") / "towns.tsv"
# A name shared by more counties than this says nothing about which.
MAX_COUNTIES_PER_NAME = 3
# 张镇, 雪乡: a one-character stem hides in ordinary words (返乡, 乡镇).
MIN_NAME_LENGTH = 3


@cache
def town_counties() -> dict[str, tuple[str, ...]]:
    """Town name → the six-digit codes of the county-level units that have a town of that name."""
    counties: dict[str, set[str]] = defaultdict(set)
    with open(TOWNS_FILE, encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            code, name = line.rstrip("\n").split("\t")
            if len(name) >= MIN_NAME_LENGTH:
                counties[name].add(code)
    return {name: tuple(sorted(codes)) for name, codes in counties.items() if len(codes) <= MAX_COUNTIES_PER_NAME}


def town_entries(gazetteer: Gazetteer) -> dict[str, tuple[RegionEntry, ...]]:
    """Town name → the regions it places a text in: its county, or, for a town run by a development zone
    (statistical codes such as 130171, not in GB/T 2260), the zone's prefecture."""
    placed = {}
    for name, codes in town_counties().items():
        entries = tuple(dict.fromkeys(entry for code in codes if (entry := _region_of(code, gazetteer))))
        if entries:
            placed[name] = entries
    return placed


def _region_of(code: str, gazetteer: Gazetteer) -> RegionEntry | None:
    entry = gazetteer.get(code)
    if entry is not None:
        return entry
    return gazetteer.get(code[:4] + "00")
