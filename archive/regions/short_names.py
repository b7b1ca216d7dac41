"""Short names of administrative regions: 泽库县 → 泽库, 黄南藏族自治州 → 黄南.

The rule strips the administrative suffix and, for autonomous units only, the
ethnic words before it. A result shorter than two characters is never used
(和县 stays 和县, 城区 stays 城区): one character is not a name.
"""

from __future__ import annotations

from functools import cache

from .sources import ethnic_group_names

AUTONOMY_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗")
PLAIN_SUFFIXES = (
    "特别行政区", "地区", "林区", "特区", "新区", "矿区",
    "省", "市", "县", "区", "旗", "盟",
)
MIN_SHORT_NAME_LENGTH = 2


def split_suffix(name: str) -> tuple[str, str]:
    """泽库县 → (泽库, 县); longest suffix wins, so 浦东新区 → (浦东, 新区)."""
    for suffix in sorted(AUTONOMY_SUFFIXES + PLAIN_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)], suffix
    return name, ""


@cache
def _ethnic_words() -> tuple[str, ...]:
    # Names write both 蒙古族 and bare 蒙古 (博尔塔拉蒙古自治州); a bare one-character
    # group (藏, 回) is not stripped: 西藏 must stay 西藏.
    words = set()
    for group in ethnic_group_names():
        words.add(group)
        bare = group.removesuffix("族")
        if len(bare) >= 2:
            words.add(bare)
    return tuple(sorted(words, key=len, reverse=True))


def strip_ethnic_words(stem: str) -> str:
    """酉阳土家族苗族 → 酉阳; stops before the stem would drop below two characters."""
    changed = True
    while changed:
        changed = False
        for word in _ethnic_words():
            if stem.endswith(word) and len(stem) - len(word) >= MIN_SHORT_NAME_LENGTH:
                stem = stem[: -len(word)]
                changed = True
                break
    return stem


def short_name(name: str) -> str:
    stem, suffix = split_suffix(name)
    if suffix in AUTONOMY_SUFFIXES:
        stem = strip_ethnic_words(stem)
        # 鄂温克族自治旗 is named after its people alone: its short name is theirs without 族 (鄂温克旗).
        if stem.endswith("族") and stem in _ethnic_words() and len(stem) - 1 >= MIN_SHORT_NAME_LENGTH:
            stem = stem[:-1]
    if len(stem) < MIN_SHORT_NAME_LENGTH:
        return name
    return stem
