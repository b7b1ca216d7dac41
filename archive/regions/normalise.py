"""Text normalisation for matching region names (never for display).

Full-width forms are folded (ＡＢＣ１２３, full-width punctuation: the part of
NFKC that matters here, at a fraction of its cost), pinyin annotations scraped
from some pages (堅(jiān)持) are dropped so they cannot split a name, and
traditional text is converted with OpenCC ``t2s``. OpenCC is pure Python and slow, so it only runs
when the text contains a character that ``t2s`` would change.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from opencc import OpenCC

# U+FF01..U+FF5E are full-width ASCII; U+3000 is the ideographic space.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

# A run of pinyin letters in parentheses right after a CJK character.
_PINYIN_ANNOTATION = re.compile(
    r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)"
)


@cache
def _converter() -> OpenCC:
    return OpenCC("t2s")


@cache
def _traditional_characters() -> frozenset[str]:
    """Characters that t2s rewrites, from OpenCC's own character table."""
    import opencc

    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and source not in targets.split():
            chars.add(source)
    return frozenset(chars)


def to_simplified(text: str) -> str:
    if _traditional_characters().isdisjoint(text):
        return text
    return _converter().convert(text)


def normalise_for_matching(text: str) -> str:
    if not text:
        return ""
    text = text.translate(_FULL_WIDTH)
    text = _PINYIN_ANNOTATION.sub("", text)
    return to_simplified(text)
