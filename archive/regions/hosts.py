"""Government web hosts named after their place, in pinyin: tielingxian.gov.cn (铁岭县), tianmen.gov.cn
(天门市), www.chaisang.gov.cn (柴桑区), or the province's and the place's initials: cqxs.gov.cn (重庆秀山),
schy.gov.cn (四川洪雅).

Spellings come from pypinyin (every reading of a polyphonic character: 朝阳 is chaoyang as well as
zhaoyang). A spelling names a place only when it names exactly one current prefecture or county, and is
not a province's label (search.lexicon.GOV_HOST_LABELS): ambiguous hosts say nothing.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cache
from itertools import islice, product
from urllib.parse import urlsplit

from pypinyin import Style, pinyin

from .gazetteer import RegionEntry, load_gazetteer
from .lexicon import GOV_HOST_LABELS
from .names import TAIWAN

_MIN_SPELLING = 4  # shorter labels (dg, sz, www) are initials of too many places
_READINGS_PER_CHARACTER = 3
_SPELLINGS_PER_NAME = 16


def place_of_gov_host(url: str | None) -> RegionEntry | None:
    """The prefecture or county a *.gov.cn host is named after, if exactly one."""
    host = (urlsplit(url).hostname or "") if url else ""
    if not host.endswith(".gov.cn"):
        return None
    index = _host_label_index()
    found = {index[label] for label in host.split(".")[:-2] if label in index}
    # 'maojian.shiyan.gov.cn': a county's site under its city's domain names the county
    within = {entry for entry in found if any(other.code == entry.prefecture_code != entry.code for other in found)}
    if len(found) == 2 and len(within) == 1:
        return within.pop()
    return found.pop() if len(found) == 1 else None


def _spellings(name: str, style: Style) -> set[str]:
    readings = pinyin(name, style=style, heteronym=True, errors="ignore")
    combos = product(*(reading[:_READINGS_PER_CHARACTER] for reading in readings))
    return {"".join(combo) for combo in islice(combos, _SPELLINGS_PER_NAME)}


@cache
def _host_label_index() -> dict[str, RegionEntry]:
    gazetteer = load_gazetteer()
    candidates: dict[str, set[str]] = defaultdict(set)
    province_initials = {p.code: _spellings(p.short_name or p.name, Style.FIRST_LETTER) for p in gazetteer.provinces()}
    for entry in gazetteer:
        # (a .gov.cn site is the mainland's: anping.gov.cn is 安平县, not 台南's 安平区)
        if entry.level == "province" or not entry.is_current or entry.province_code == TAIWAN:
            continue
        short = entry.short_name or entry.name
        for spelling in _spellings(short, Style.NORMAL) | _spellings(entry.name, Style.NORMAL):
            candidates[spelling].add(entry.code)
        for initials in _spellings(short, Style.FIRST_LETTER):
            for prefix in province_initials.get(entry.province_code, ()):
                candidates[prefix + initials].add(entry.code)
    return {label: gazetteer[codes.pop()] for label, codes in candidates.items()
            if len(codes) == 1 and len(label) >= _MIN_SPELLING and label not in GOV_HOST_LABELS}
