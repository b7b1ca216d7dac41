"""Traditional → Simplified for display only. The archive stores the source's own script, never this.

The display uses OpenCC's full t2s (phrases, then characters). Search normalisation uses its own
length-preserving variant in search.analysis, because it must keep highlight offsets; reading does not.
"""
from functools import cache

from opencc import OpenCC

ORIGINAL = "original"
SIMPLIFIED = "simplified"
SCRIPTS = (ORIGINAL, SIMPLIFIED)


@cache
def _t2s() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text) if text else text


def chosen_script(value: str | None) -> str:
    return SIMPLIFIED if value == SIMPLIFIED else ORIGINAL


def script_of(text: str, sample: int = 2000) -> str:
    """A BCP 47 tag for Chinese text: zh-Hant when simplifying changes it noticeably, else zh-Hans.

    Screen readers and fonts use it (traditional glyph forms, the right voice); the threshold ignores the
    odd traditional character that simplified texts also contain.
    """
    head = text[:sample]
    if not head:
        return "zh-Hans"
    changed = sum(a != b for a, b in zip(head, to_simplified(head)))
    return "zh-Hant" if changed >= max(3, len(head) // 200) else "zh-Hans"
