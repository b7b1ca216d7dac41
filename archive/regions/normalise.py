"""Text normalisation for matching region names (never for display).

The project's matching form (archive.chinese_text: NFKC where it keeps the length, so ＡＢＣ１２３ and
full-width punctuation fold; OpenCC t2s), plus one step of its own: pinyin annotations scraped from some
pages (堅(jiān)持) are dropped so they cannot split a name.
"""

from __future__ import annotations

import re

from archive.chinese_text import matching_form

# A run of pinyin letters in parentheses right after a CJK character.
_PINYIN_ANNOTATION = re.compile(
    r"(?<=[\u4e00-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)"
)


def normalise_for_matching(text: str) -> str:
    if not text:
        return ""
    return _PINYIN_ANNOTATION.sub("", matching_form(text))
