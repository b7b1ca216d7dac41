"""Which script to show an article in. The archive stores the source's own script, never a conversion.

Display in Simplified is OpenCC's full t2s (phrases, then characters): archive.chinese_text.to_simplified, the
same conversion search normalises with.
"""
from archive.chinese_text import to_simplified

ORIGINAL = "original"
SIMPLIFIED = "simplified"
SCRIPTS = (ORIGINAL, SIMPLIFIED)

__all__ = ["ORIGINAL", "SIMPLIFIED", "SCRIPTS", "chosen_script", "script_of", "to_simplified"]


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
