"""Script helpers of the ingest steps: counting Han characters.

Matching keys that ignore Traditional/Simplified and full-width forms (``match_key``, ``fold_forms``) are the
project's one normalisation, in archive.chinese_text; every one keeps the string length, so an index found in
a key is an index into the original text (we slice originals by it and never rewrite what the source said).
"""


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
