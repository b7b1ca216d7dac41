"""Script helpers: matching keys that ignore Traditional/Simplified and full-width forms.

Every helper here keeps the string length, so an index found in a key is an index
into the original text (we slice originals by it and never rewrite what the source said).
"""

from functools import lru_cache

from opencc import OpenCC

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space fold 1:1 onto ASCII.
_WIDTH_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH_FOLD[0x3000] = 0x20


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    return OpenCC("t2s")


def fold_width(text: str) -> str:
    """Full-width letters, digits and punctuation to ASCII (length-preserving)."""
    return text.translate(_WIDTH_FOLD)


def to_simplified(text: str) -> str:
    """OpenCC t2s, guaranteed to keep the length (falls back to char by char if not)."""
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase rule changed the length: convert each character on its own instead.
    return "".join(c if len(s := _t2s().convert(c)) != 1 else s for c in text)


@lru_cache(maxsize=8192)  # the ingest steps key the same lines in turn; OpenCC in pure Python is slow
def match_key(text: str) -> str:
    """Simplified, width-folded twin of ``text`` with identical offsets, for pattern matching."""
    return to_simplified(fold_width(text))


def han_count(text: str) -> int:
    return sum(1 for c in text if is_han(c))


def is_han(char: str) -> bool:
    cp = ord(char)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3134F
    )
